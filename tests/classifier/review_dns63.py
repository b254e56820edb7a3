"""Review dns63: a MEASUREMENT of the classifier on notices about recipient domains that do not exist, resolve to no
mail host or accept no mail (taxonomy: hostunknown, notaccept: hard), aimed at what review 51 (review_notices51_dns.py)
left out: the AAAA and MX-host lookups, a smarthost's reply for the domain (Google's smtp-relay 553 5.1.2, Exchange
Online Protection's 5.4.310 through a connector, a Sendmail smarthost's 'Host unknown'), qmail's perm_nomx, Exchange
Server's older NDR layout, Gmail's and Exchange Online's modern layouts in other languages, MailEnable, RFC 7504's 521,
a two-domain notice; beside look-alikes that must stay SOFT (about half the rows, the false hards): a relayhost or a
smarthost route of OUR side that does not resolve (the 'Host not found' is not the recipient's domain), OUR HELO
name or client host not resolving at the receiver, OUR sender domain failing verification ('Unrouteable address' of a
sender verify, 'No MX for your FROM address', 5.1.8), temporary DNS failures (SERVFAIL, timeouts, 'try again',
ErrorRetry) and their expiry, a domain's MX pointing back at the sender (MxLoopback: the domain exists), MX hosts
refusing or not answering connections; Gmail's BadRcptDomain help link in a delay notice.
Expected rows (address, hard, reasons, scope, delay) written from the servers' words and shared/classifier/
taxonomy.md BEFORE the classifier ran on them (committed first). Names "d63-<generator>-<what>". HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_dns63_layouts import (EOP_DNS, EXCH_DNS, EXIM_DNS, G_DNS, G_LOCAL, G_RELAY_DOMAIN,
                                                   MAILENABLE, PF_DNS, QMAIL_DNS, RFC7504, SM_DNS, mailenable)
from tests.classifier.review_holdout50 import ex_remote, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       QMAIL_SRC, SENDMAIL_SRC, exchange_old, exim, exo, gmail,
                                                       postfix, qmail, sendmail)
from tests.classifier.review_notices51_layouts import GAVE_UP, NOTACCEPT, hard, postfix_many, soft

NOTFOUND_PF = "Host or domain name not found. Name service error for name={n} type={t}: Host not found"


def _a(local: str, domain: str) -> str:
    return f"{local}@{domain}"


# Recipients (each row its own, so a row's reading cannot lean on another's)
A = {k: _a(*v.split("@")) for k, v in {
    "aaaa": "m.keller@harborline-freight.com", "mxhost": "j.ortiz@alder-ridge.com",
    "nullmx": "p.nakamura@quarry-lane.com", "grelay": "t.obrien@larkspur-ag.com", "grelay_ex": "s.varga@kestrel-mfg.com",
    "eop": "l.dubois@vantor-logistik.de", "ex_rcpt": "r.patel@brookmere.io", "ex_mx": "a.santos@tidewater-pack.com",
    "sm": "k.lindqvist@nordhavn-tech.se", "qm": "d.fischer@ostwind-bau.de", "qm_nomx": "e.rossi@pietra-serena.it",
    "ex_nullmx": "h.kim@cobalt-harbor.com", "pf_521": "c.moreau@verrerie-lyon.fr", "ex_nosmtp": "b.silva@pinhal-agro.pt",
    "mail_en": "n.ahmed@crescent-textiles.pk", "gm_amx": "f.weber@fernhill-labs.com",
}.items()}
SMARTHOST_G = "smtp-relay.gmail.com"
EOP_MX = "example-net.mail.protection.outlook.com"
X310 = ("550 5.4.310 DNS domain {d} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={d}] "
        "[DB8PEPF00000A1B.eurprd02.prod.outlook.com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E5F]")
G553 = ("553-5.1.2 We weren't able to find the recipient domain. Please check for any 553-5.1.2 spelling errors, and "
        "make sure you didn't enter any spaces, 553-5.1.2 periods, or other punctuation after the recipient's email "
        "553 5.1.2 address. d9443c01a7336-2a1b3c4d5e6f7si12345pfx.{n} - gsmtp")
EXO_NX_WHY = {
    "en": ("The Domain Name System (DNS) reported that the recipient's domain does not exist.",
           "How to Fix It\nContact the recipient by some other means (by phone, for example) and ask them to tell "
           "their email admin that it appears that their domain isn't properly registered at their domain registrar."),
    "de": ("Das Domain Name System (DNS) hat gemeldet, dass die Domäne des Empfängers nicht vorhanden ist.",
           "So beheben Sie das Problem\nWenden Sie sich auf anderem Weg an den Empfänger (z. B. telefonisch) und bitten "
           "Sie ihn, seinem E-Mail-Administrator mitzuteilen, dass die Domäne anscheinend nicht ordnungsgemäß bei "
           "der Domänenregistrierungsstelle registriert ist."),
    "fr": ("Le système DNS (Domain Name System) a signalé que le domaine du destinataire n'existe pas.",
           "Comment résoudre ce problème\nContactez le destinataire par un autre moyen (par téléphone, par exemple) et "
           "demandez-lui d'indiquer à son administrateur de messagerie que son domaine ne semble pas correctement "
           "enregistré auprès de son bureau d'enregistrement."),
    "es": ("El sistema de nombres de dominio (DNS) ha informado que el dominio del destinatario no existe.",
           "Cómo solucionarlo\nPóngase en contacto con el destinatario por algún otro medio (por teléfono, por "
           "ejemplo) y pídale que le diga a su administrador de correo electrónico que parece que su dominio no está "
           "registrado correctamente en el registrador de dominios."),
}
EXO_NX_ADDR = {"en": "g.hall@westbrook-dental.com", "de": "u.brandt@elbtal-metall.de",
               "fr": "m.lefevre@atelier-rhone.fr", "es": "j.navarro@olivares-grupo.es"}
OLD_NX = ("Contact the recipient by some other means (by phone, for example) and ask them to tell their email admin "
          "that it appears that their domain isn't properly registered at their domain registrar. Give them the error "
          "details shown below. It's likely that the recipient's email admin is the only one who can fix this problem.")
OLD_BAD = ("The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to "
           "resend the message. If the problem continues, please contact your helpdesk.")
OLD_BAD_DE = ("Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, "
              "und versuchen Sie, die Nachricht erneut zu senden. Falls das Problem weiterhin besteht, wenden Sie sich "
              "an Ihr Helpdesk.")
G_NX_LANG = {
    "it": ("Indirizzo non trovato", "Il tuo messaggio non è stato recapitato a {a} perché il dominio {d} non è stato "
           "trovato. Verifica che non siano presenti errori di battitura o spazi non necessari e riprova.",
           "v.greco@tessuti-como.it"),
    "nl": ("Adres niet gevonden", "Je bericht is niet afgeleverd bij {a} omdat het domein {d} niet is gevonden. "
           "Controleer het adres op typefouten of onnodige spaties en probeer het opnieuw.", "w.dekker@polder-bouw.nl"),
    "pl": ("Nie znaleziono adresu", "Twoja wiadomość nie została dostarczona do {a}, ponieważ nie znaleziono domeny "
           "{d}. Sprawdź, czy nie ma literówek lub zbędnych spacji, i spróbuj ponownie.", "k.nowak@wisla-trans.pl"),
    "pt": ("Endereço não encontrado", "Sua mensagem não foi entregue a {a} porque o domínio {d} não foi encontrado. "
           "Verifique se há erros de digitação ou espaços desnecessários e tente novamente.",
           "r.costa@serra-azul-agro.com.br"),
}
G_DELAY_LANG = {
    "it": ("Messaggio ritardato", "Si è verificato un problema temporaneo durante la consegna del tuo messaggio a {a}. "
           "Gmail riproverà per altre 46 ore."),
    "pt": ("Mensagem atrasada", "Ocorreu um problema temporário ao entregar sua mensagem para {a}. O Gmail tentará "
           "novamente por mais 46 horas."),
    "nl": ("Bericht vertraagd", "Er is een tijdelijk probleem opgetreden bij het bezorgen van je bericht aan {a}. Gmail "
           "probeert het nog 46 uur opnieuw."),
    "pl": ("Wiadomość opóźniona", "Wystąpił tymczasowy problem z dostarczeniem Twojej wiadomości do {a}. Gmail będzie "
           "ponawiać próby przez kolejne 46 godzin."),
}
EXO_FAIL_LANG = {
    "es": ("No se puede entregar", "No se pudo entregar el mensaje porque se produjo un error en la consulta DNS del "
           "dominio del destinatario. Microsoft 365 lo intentó durante un tiempo y ahora ha dejado de intentarlo."),
    "it": ("Non recapitabile", "Impossibile recapitare il messaggio perché la query DNS del dominio del destinatario "
           "non è riuscita. Microsoft 365 ha riprovato per un certo periodo e ora ha rinunciato."),
    "pt": ("Não é possível entregar", "Não foi possível entregar a mensagem porque a consulta DNS do domínio do "
           "destinatário falhou. O Microsoft 365 tentou por algum tempo e agora desistiu."),
    "nl": ("Onbestelbaar", "Het bericht kan niet worden bezorgd omdat de DNS-query voor het domein van de geadresseerde "
           "is mislukt. Microsoft 365 heeft het een tijd geprobeerd en heeft het nu opgegeven."),
}
X312 = ("550 5.4.312 Message expired, DNS query failed [Message=ServerFailure] [LastAttemptedServerName=example.org] "
        "[AM7PR02MB6001.eurprd02.prod.outlook.com]")
G_TEMP = ("There was a temporary problem delivering your message to {a}. Gmail will retry for 46 more hours. You'll be "
          "notified if the delivery fails permanently.")
G_PROBLEM = "There was a problem delivering your message to {a}. See the technical details below."
RELAY = "smtp-relay.example.com"  # our own relayhost / smarthost name


def _dom(a: str) -> str:
    return a.split("@")[1]


def _pf_own(rid: str, a: str, text: str, status: str, action: str = "failed") -> bytes:
    """Postfix's notice of its own failure (no remote reply: an X-Postfix diagnostic)."""
    return postfix(rid, a, reason=text, status=status, remote=None, action=action)


def _g(rid: str, a: str, diag: str, heading: str, lead: str, *, action: str = "failed", learn: str = "",
       remote: str | None = None) -> bytes:
    return gmail(rid, a, heading=heading, lead=lead.format(a=a, d=_dom(a)), response=diag, diag=diag, status="4.0.0",
                 action=action, learn=learn, remote=remote)


def _nx(a: str) -> str:
    d = _dom(a)
    return f"DNS Error: DNS type 'mx' lookup of {d} responded with code NXDOMAIN Domain name not found: {d}"


G_NX_LEAD = ("Your message wasn't delivered to {a} because the domain {d} couldn't be found. Check for typos or "
             "unnecessary spaces and try again.")
BADRCPT = "https://support.google.com/mail/?p=BadRcptDomain"

ROWS = [
    # ---- Postfix, its own DNS outcome (holdout layout)
    ("d63-pf-own-aaaa-host-not-found", PF_DNS + "; " + POSTFIX_SRC,
     _pf_own("d63a", A["aaaa"], NOTFOUND_PF.format(n=_dom(A["aaaa"]), t="AAAA"), "5.4.4"), hard(address=A["aaaa"])),
    ("d63-pf-own-mx-host-a-not-found", PF_DNS + " (the domain's MX names a host with no A record)",
     _pf_own("d63b", A["mxhost"], NOTFOUND_PF.format(n="mx2." + _dom(A["mxhost"]), t="A"), "5.4.4"),
     hard(address=A["mxhost"])),
    ("d63-pf-own-nullmx-holdout-layout", PF_DNS + "; " + POSTFIX_SRC,
     _pf_own("d63c", A["nullmx"], f"Domain {_dom(A['nullmx'])} does not accept mail (nullMX)", "5.1.10"),
     hard(NOTACCEPT, address=A["nullmx"])),
    ("d63-pf-own-521-does-not-accept", RFC7504,
     postfix("d63d", A["pf_521"], reason=f"host mx.{_dom(A['pf_521'])}[203.0.113.25] refused to talk to me: 521 5.3.2 "
             f"mx.{_dom(A['pf_521'])} does not accept mail", status="5.3.2", remote=f"mx.{_dom(A['pf_521'])}",
             diag=f"521 5.3.2 mx.{_dom(A['pf_521'])} does not accept mail"), hard(NOTACCEPT, address=A["pf_521"])),
    # ---- a smarthost's reply about the recipient's domain
    ("d63-pf-smtp-relay-gmail-553-512", G_RELAY_DOMAIN + "; " + POSTFIX_SRC,
     pf_remote("d63e", A["grelay"], G553.format(n=1), "5.1.2", SMARTHOST_G), hard(address=A["grelay"])),
    ("d63-ex-smtp-relay-gmail-553-512", G_RELAY_DOMAIN + "; " + EXIM_SRC,
     ex_remote("d63f", A["grelay_ex"], G553.format(n=2), SMARTHOST_G), hard(address=A["grelay_ex"])),
    ("d63-pf-eop-connector-5310", EOP_DNS + "; " + POSTFIX_SRC,
     pf_remote("d63g", A["eop"], X310.format(d=_dom(A["eop"])), "5.4.310", EOP_MX), hard(address=A["eop"])),
    ("d63-ex-rcpt-domain-not-found-550", PF_DNS + " (a remote Postfix's reject_unknown_recipient_domain, 550 5.1.2 "
     "'Recipient address rejected: Domain not found'); " + EXIM_SRC,
     ex_remote("d63h", A["ex_rcpt"], f"550 5.1.2 <{A['ex_rcpt']}>: Recipient address rejected: Domain not found",
               "mx.brookmere.io"), hard(address=A["ex_rcpt"])),
    ("d63-sm-smarthost-host-unknown", SM_DNS + "; " + SENDMAIL_SRC,
     sendmail("d63i", A["sm"], remote="smarthost.example.com", rcpt_reply=f"550 5.1.2 <{A['sm']}>... Host unknown "
              f"(Name server: {_dom(A['sm'])}: host not found)", status="5.1.2"), hard(address=A["sm"])),
    ("d63-ex-remote-nullmx-556", PF_DNS + " (a remote Postfix's null-MX refusal, '556 5.1.10 ... Domain %s does not "
     "accept mail (nullMX)'); " + EXIM_SRC,
     ex_remote("d63j", A["ex_nullmx"], f"556 5.1.10 <{A['ex_nullmx']}>: Recipient address rejected: Domain "
               f"{_dom(A['ex_nullmx'])} does not accept mail (nullMX)", "smarthost.example.com"),
     hard(NOTACCEPT, address=A["ex_nullmx"])),
    # ---- Exim's own router outcome (holdout layout)
    ("d63-ex-own-mx-nonexistent-hosts", EXIM_DNS + "; " + EXIM_SRC,
     exim("d63k", A["ex_mx"], detail="all relevant MX records point to non-existent hosts"), hard(address=A["ex_mx"])),
    ("d63-ex-own-no-smtp-service", EXIM_DNS + "; " + EXIM_SRC,
     exim("d63l", A["ex_nosmtp"], detail="an MX or SRV record indicated no SMTP service"),
     hard(NOTACCEPT, address=A["ex_nosmtp"])),
    # ---- qmail (holdout layout)
    ("d63-qmail-no-host-named", QMAIL_DNS + "; " + QMAIL_SRC,
     qmail("d63m", A["qm"], detail=f"Sorry, I couldn't find any host named {_dom(A['qm'])}. (#5.1.2)"),
     hard(address=A["qm"])),
    ("d63-qmail-no-mx-or-ip-544", QMAIL_DNS + " (perm_nomx: no MX nor A gives an address, the domain routes "
     "nowhere: review 51's rule, hostunknown); " + QMAIL_SRC,
     qmail("d63n", A["qm_nomx"], detail="Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)"),
     hard(address=A["qm_nomx"])),
    # ---- Exchange Server's older NDR layout
    ("d63-exch-old-5310", EOP_DNS + "; " + EXO_OLD_SRC,
     exchange_old("d63o", "y.tanaka@sakura-denki.jp", explain=OLD_NX, diag=X310.format(d="sakura-denki.jp"),
                  status="5.4.310"), hard(address="y.tanaka@sakura-denki.jp")),
    ("d63-exch-old-544-nonexistent", EXCH_DNS + "; " + EXO_OLD_SRC,
     exchange_old("d63p", "o.murphy@clonmel-dairy.ie", explain=OLD_BAD,
                  diag="550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", status="5.4.4"),
     hard(address="o.murphy@clonmel-dairy.ie")),
    ("d63-exch-old-544-nonexistent-de", EXCH_DNS + "; " + EXO_OLD_SRC,
     exchange_old("d63q", "f.wolf@harz-holz.de", explain=OLD_BAD_DE, lang="de",
                  diag="550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", status="5.4.4"),
     hard(address="f.wolf@harz-holz.de")),
    # ---- Gmail
    ("d63-gm-a-lookup-of-mx-host-nxdomain", G_DNS + " (the MX host's own A lookup answering NXDOMAIN); " + GMAIL_SRC,
     _g("d63r", A["gm_amx"], f"DNS Error: DNS type 'a' lookup of mx1.{_dom(A['gm_amx'])} responded with code NXDOMAIN "
        f"Domain name not found: mx1.{_dom(A['gm_amx'])}", "Address not found", G_NX_LEAD, learn=BADRCPT),
     hard(address=A["gm_amx"])),
    # ---- MailEnable
    ("d63-mailenable-not-registered", MAILENABLE,
     mailenable("d63s", A["mail_en"], _dom(A["mail_en"])), hard(address=A["mail_en"])),
    # ---- a notice for two domains: one gone, one only slow to answer its DNS
    ("d63-pf-two-domains-gone-and-try-again", PF_DNS + "; review 51's postfix_many (bounce_notify_util.c, one block "
     "per recipient)",
     postfix_many("d63t", [("g.ito@minato-seiki.jp", "5.4.4", NOTFOUND_PF.format(n="minato-seiki.jp", t="MX"), None),
                           ("l.berg@fjord-energi.no", "4.4.3",
                            NOTFOUND_PF.format(n="fjord-energi.no", t="MX") + ", try again", None)]),
     hard(address="g.ito@minato-seiki.jp") + soft(GAVE_UP, address="l.berg@fjord-energi.no")),
]
ROWS += [(f"d63-exo-modern-5310-{lang}", EOP_DNS + "; " + EXO_SRC,
               exo(f"d63u{lang}", EXO_NX_ADDR[lang], why=why, fix=fix, diag=X310.format(d=_dom(EXO_NX_ADDR[lang])),
                   status="5.4.310", lang=lang), hard(address=EXO_NX_ADDR[lang]))
              for lang, (why, fix) in EXO_NX_WHY.items()]
ROWS += [(f"d63-gm-holdout-nxdomain-{lang}", G_DNS + "; " + G_LOCAL + "; " + GMAIL_SRC,
               gmail(f"d63v{lang}", a, heading=heading, lead=lead.format(a=a, d=_dom(a)), response=_nx(a), diag=_nx(a),
                     status="4.0.0", learn=BADRCPT), hard(address=a))
              for lang, (heading, lead, a) in G_NX_LANG.items()]
