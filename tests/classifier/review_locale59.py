"""Review locale59: a MEASUREMENT of the classifier on the SENDER's OWN provider's bounce notice when the sender's
mailbox is set to another language (de, fr, es, it, pt-BR, nl, pl, sv, ja, zh, ru): Gmail's DSN (this module) and
Microsoft 365 / Outlook.com's NDR, its delay notice, Exchange 2003's older NDR and Yahoo's notice
(review_locale59_more.py). Unlike langs54 / langs57, whose Gmail frames translated only the heading and lead, every
user-facing line here is in the sender's language (review_locale59_layouts: the labels before the remote reply too),
and the templates are the ones those reviews did not use: Gmail's unknown-DOMAIN notice, its 'Delivery incomplete'
delay in fr / es / it / pt / nl / pl / sv, its 'Message not delivered' in nl / pl / sv / ja, its sending-limit and
policy notices (OUR side: scope sender), connection expiries; Microsoft 365's 5.4.1 / 5.4.310 / 4.4.7 / 5.4.316 /
5.2.2 / 5.7.1 and its own-side refusals (5.1.8, 5.1.90, 5.7.705 / 708 / 750 / 520) in it..zh labels.

The remote replies are quoted from providers' help pages (cited per row); the localised frame lines are Google's own
wording where its localised help quotes them (the sending-limit headings), else OUR translation (rows say so).
Expected rows (address, hard, reasons, scope, delay) written from the words and shared/classifier/taxonomy.md BEFORE
the classifier ran (committed first). Names "lc59-<frame>-<lang>-<what>". All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_locale59_layouts import gmail_loc

R, S, ANY = "recipient", "sender", None
UU, HU, FULL, SUSP = ("userunknown",), ("hostunknown",), ("mailboxfull",), ("suspend",)
BLOCK = ("blocked", "badreputation")
LATE = ("expired", "networkerror")


def hard(a: str, reasons: tuple = UU) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str, reasons: tuple = (), scope: str | None = R) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def later(a: str) -> list[tuple]:
    return [(a, False, (), ANY, True)]


FRAME = ("Gmail's DSN in the sender's language (review_locale59_layouts.gmail_loc; Subject kept English as "
         "support.google.com/mail/answer/6596?hl=de says): {}; heading, lead and labels translated by us from Gmail's "
         "English template{}")
DNS = ("Gmail's unknown-domain notice ('Your message wasn't delivered to X because the domain D couldn't be found. "
       "Check for typos or unnecessary spaces and try again.', 'DNS Error: DNS type 'mx' lookup of D responded with "
       "code NXDOMAIN Domain name not found: D', Status 4.0.0, support.google.com/mail/?p=BadRcptDomain; Google's "
       "'Fix bounced or rejected emails' answer 6596)")
SITEPKG = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (providers' replies by kind: 'Empfänger ist "
           "unbekannt oder existiert nicht mehr': T-Online '550 5.1.1 user unknown', GMX '550 5.1.1 ... User is "
           "unknown', '550 5.2.1 ... User is inactive', Web.de '550 Benutzer nicht bekannt/User unknown', AOL '550 "
           "MAILBOX NOT FOUND', Freenet '550 unrouteable address', Yahoo '554 delivery error: dd Sorry your message to "
           "... cannot be delivered. This account has been disabled or discontinued', Hotmail '550 Requested action not "
           "taken: mailbox unavailable', Compuserve '550 5.1.1 ... Mailbox not found', '550 5.2.0 No such mailbox', "
           "'554 Sorry, no mailbox here by that name. (#5.1.1)', 'User ... not listed in Domino Directory'; "
           "'Postfach voll': T-Online '552 5.2.2 Over STORAGE quota', Web.de '550 Benutzer hat das Speichervolumen "
           "ueberschritten. / User has exhausted allowed storage space.', '550 Benutzer hat zuviele Mails auf dem "
           "Server. / User has too many messages on the server.', Lycos 'mailbox full - quota exceeded')")
YAHOO_DE = ("de.hilfe.yahoo.com sln3275 (Yahoo's German help on returned mail: 'Remote host said: 554 delivery error: "
            "dd This user doesn't have a yahoo.com account (...) [-5] - mta123.mail.mud.yahoo.com')")
GREF = "Google's SMTP error reference (support.google.com/a/answer/3726730)"
BYTECAMP = ("bytecamp.net FAQ 'Fehlermeldungen bei Zustellproblemen' ('450 4.7.1 Client host rejected: cannot find your "
            "reverse hostname', '450 4.2.0 Recipient address rejected: Greylisted', '421 4.7.0 Error: too many "
            "connections from ...', '422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)')")
CONNECT = ("Google's 'The recipient server did not accept our requests to connect' (support.google.com/mail/answer/7720; "
           "answer 82454?hl=it quotes it as 'Il server del destinatario non ha accettato le nostre richieste')")
LIMIT_SRC = ("Google's own localised heading of the sending-limit notice (support.google.com/mail/answer/22839 hl=de "
             "'Sie haben das Limit zum Senden von E-Mails erreicht.', hl=fr 'Vous avez atteint la limite d'envoi "
             "d'e-mails', hl=ja '送信できるメールの制限数に達しました'; answer/166852 hl=it 'Hai raggiunto il limite di invio "
             "email'; answer/6596 hl=es-419 'Alcanzaste el límite para enviar correos electrónicos'; pt translated by "
             "us); the reply {} (support.google.com/a/answer/3726730)")
G_POLICY = ("Google Workspace Admin Help 7282433 'Message bounced due to a policy rule' (the default rejection text "
            "'Rejected due to policy associated with sender.': our own admin's rule, no remote server)")
SPAMHAUS = "Postfix reject_rbl_client default reply (smtpd_check.c: 'Service unavailable; Client host [...] blocked using ...')"
T = "d75a77b69052e-4f1c2b3a9d8si1234567qtb.{} - gsmtp"


def _g(name, lang, kind, a, reply, status, remote, src, exp, *, learn="", ours=True):
    src_line = FRAME.format(src, "" if ours else " but the heading (Google's own, as cited)")
    return (f"lc59-gmail-{lang}-{name}", src_line, gmail_loc(f"lc59{name}{lang}", a, lang, kind, reply, status, remote,
                                                              learn=learn), exp)


def _dns(d: str) -> str:
    return f"DNS Error: DNS type 'mx' lookup of {d} responded with code NXDOMAIN Domain name not found: {d}"


BAD = "https://support.google.com/mail/?p=BadRcptDomain"
DOMAIN_ROWS = [
    _g("domain", lang, "domain", a, _dns(a.split("@")[1]), "4.0.0", None, DNS, hard(a, HU), learn=BAD)
    for lang, a in [("de", "k.hoffmann@hoffmann-logistk.de"), ("fr", "m.lefebvre@transports-lefebvre.frr"),
                    ("es", "j.moreno@moreno-distribucion.com.ess"), ("pt", "r.almeida@almeida-importacao.com.brr"),
                    ("nl", "p.dekker@dekker-transportt.nl"), ("ja", "t.sato@sato-shoji.co.jpp"),
                    ("zh", "li.na@huaxin-wuliu.cnn"), ("ru", "a.kuznetsov@kuznetsov-trans.ruu")]
]

NOTFOUND_ROWS = [
    _g("tonline-user-unknown", "sv", "notfound", "s.braun@t-online.de", "550 5.1.1 user unknown", "5.1.1",
       "mx00.t-online.de", SITEPKG, hard("s.braun@t-online.de")),
    _g("aol-mailbox-not-found", "it", "notfound", "f.romano@aol.com", "550 MAILBOX NOT FOUND", "5.0.0",
       "mx-aol.mail.gm0.yahoodns.net", SITEPKG, hard("f.romano@aol.com")),
    _g("compuserve-mailbox-not-found", "nl", "notfound", "w.visser@compuserve.de", "550 5.1.1 <w.visser@compuserve.de>"
       "... Mailbox not found", "5.1.1", "mx.compuserve.de", SITEPKG, hard("w.visser@compuserve.de")),
    _g("hotmail-mailbox-unavailable", "es", "notfound", "c.navarro@hotmail.com", "550 Requested action not taken: "
       "mailbox unavailable", "5.0.0", "hotmail-com.olc.protection.outlook.com", SITEPKG, hard("c.navarro@hotmail.com")),
    _g("yahoo-no-account", "fr", "notfound", "n.girard@yahoo.fr", "554 delivery error: dd This user doesn't have a "
       "yahoo.fr account (n.girard@yahoo.fr) [-5] - mta1234.mail.ir2.yahoo.com", "5.0.0",
       "mx-eu.mail.am0.yahoodns.net", f"{SITEPKG}; {YAHOO_DE}", hard("n.girard@yahoo.fr")),
    _g("gmx-user-is-unknown", "pl", "notfound", "m.kowalczyk@gmx.net", "550 5.1.1 <m.kowalczyk@gmx.net>... User is "
       "unknown", "5.1.1", "mx00.emig.gmx.net", SITEPKG, hard("m.kowalczyk@gmx.net")),
    _g("webde-benutzer-nicht-bekannt", "de", "notfound", "h.krause@web.de", "550 Benutzer nicht bekannt/User unknown",
       "5.0.0", "mx-ha03.web.de", SITEPKG, hard("h.krause@web.de")),
    _g("freenet-unrouteable", "ru", "notfound", "d.popov@freenet.de", "550 unrouteable address", "5.0.0",
       "mx.freenet.de", SITEPKG, hard("d.popov@freenet.de")),
    _g("qmail-no-mailbox", "ja", "notfound", "y.ito@partner-kogyo.co.jp", "554 Sorry, no mailbox here by that name. "
       "(#5.1.1)", "5.1.1", "mail.partner-kogyo.co.jp", SITEPKG, hard("y.ito@partner-kogyo.co.jp")),
    _g("no-such-mailbox-520", "zh", "notfound", "zhou.lei@partner-keji.cn", "550 5.2.0 No such mailbox", "5.2.0",
       "mx.partner-keji.cn", SITEPKG, hard("zhou.lei@partner-keji.cn")),
    _g("domino-not-listed", "pt", "notfound", "l.ferreira@partner-industria.com.br", "550 User "
       "l.ferreira@partner-industria.com.br not listed in Domino Directory", "5.0.0", "mx.partner-industria.com.br",
       SITEPKG, hard("l.ferreira@partner-industria.com.br")),
]

FULL_ROWS = [
    _g("webde-storage", "nl", "failed", "b.schmitt@web.de", "550 Benutzer hat das Speichervolumen ueberschritten. / "
       "User has exhausted allowed storage space.", "5.0.0", "mx-ha02.web.de", SITEPKG, soft("b.schmitt@web.de", FULL)),
    _g("tonline-over-storage", "sv", "failed", "u.lange@t-online.de", "552 5.2.2 Over STORAGE quota", "5.2.2",
       "mx00.t-online.de", SITEPKG, soft("u.lange@t-online.de", FULL)),
    _g("gmail-overquota-perm", "pl", "failed", "tomasz.wojcik@gmail.com", "552-5.2.2 The recipient's inbox is out of "
       "storage space and inactive. Please direct the recipient to\n552 5.2.2 "
       f"https://support.google.com/mail/?p=OverQuotaPerm {T.format(1)}", "5.2.2", "gmail-smtp-in.l.google.com",
       f"{GREF} 552 5.2.2 OverQuotaPerm", soft("tomasz.wojcik@gmail.com", FULL + SUSP)),
    _g("lycos-mailbox-full", "ja", "failed", "k.yamamoto@lycos.de", "mailbox full - quota exceeded", "5.0.0",
       "mx.lycos.de", SITEPKG, soft("k.yamamoto@lycos.de", FULL)),
    _g("webde-too-many-mails", "fr", "failed", "g.roux@web.de", "550 Benutzer hat zuviele Mails auf dem Server. / User "
       "has too many messages on the server.", "5.0.0", "mx-ha03.web.de", SITEPKG, soft("g.roux@web.de", FULL)),
    _g("gmx-user-inactive", "es", "failed", "i.castro@gmx.de", "550 5.2.1 <i.castro@gmx.de>... User is inactive",
       "5.2.1", "mx00.emig.gmx.net", SITEPKG, soft("i.castro@gmx.de", SUSP)),
    _g("yahoo-disabled", "it", "failed", "s.greco@yahoo.it", "554 delivery error: dd Sorry your message to "
       "s.greco@yahoo.it cannot be delivered. This account has been disabled or discontinued - "
       "mta1021.mail.ir2.yahoo.com", "5.0.0", "mx-eu.mail.am0.yahoodns.net", SITEPKG, soft("s.greco@yahoo.it", SUSP)),
]

RATE = ("450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-4.2.1 prevents additional "
        "messages from being delivered. Please resend your\n450-4.2.1 message at a later point. If the user is able to "
        "receive mail at that\n450-4.2.1 time, your message will be delivered. For more information, go to\n450 4.2.1 "
        f"https://support.google.com/mail/?p=ReceivingRate {T.format(2)}")
DELAY_ROWS = [
    _g("overquota-temp", "fr", "delay", "e.blanc@gmail.com", "452-4.2.2 The recipient's inbox is out of storage space. "
       f"Please direct the recipient to\n452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp {T.format(3)}",
       "4.2.2", "gmail-smtp-in.l.google.com", f"{GREF} 452 4.2.2 OverQuotaTemp", later("e.blanc@gmail.com")),
    _g("receiving-rate", "es", "delay", "a.ortega@gmail.com", RATE, "4.2.1", "gmail-smtp-in.l.google.com",
       f"{GREF} 450 4.2.1 ReceivingRate; support.google.com/mail/answer/22839 (hl=de 'Der Nutzer, den Sie kontaktieren "
       "möchten, empfängt E-Mails in einer Geschwindigkeit, die verhindert, dass zusätzliche Nachrichten übermittelt "
       "werden.')", later("a.ortega@gmail.com")),
    _g("no-connect", "it", "delay", "v.colombo@partner-meccanica.it", "The recipient server did not accept our "
       "requests to connect. Learn more at https://support.google.com/mail/answer/7720 \n[mx.partner-meccanica.it. "
       "203.0.113.61: timed out]", "4.4.1", None, CONNECT, later("v.colombo@partner-meccanica.it")),
    _g("greylisted", "pt", "delay", "c.ribeiro@partner-comercio.com.br", "450 4.2.0 <c.ribeiro@partner-comercio.com.br>: "
       "Recipient address rejected: Greylisted", "4.2.0", "mx.partner-comercio.com.br", BYTECAMP,
       later("c.ribeiro@partner-comercio.com.br")),
    _g("dns-servfail", "nl", "delay", "j.smit@partner-handel.nl", "DNS Error: DNS type 'mx' lookup of partner-handel.nl "
       "responded with code SERVFAIL", "4.0.0", None, f"{DNS} (a SERVFAIL instead of NXDOMAIN: the lookup failed, the "
       "domain is not shown dead)", later("j.smit@partner-handel.nl")),
    _g("too-many-connections", "sv", "delay", "e.lindqvist@partner-maskin.se", "421 4.7.0 Error: too many connections "
       "from 209.85.220.41", "4.7.0", "mx.partner-maskin.se", BYTECAMP, later("e.lindqvist@partner-maskin.se")),
    _g("no-reverse-hostname", "pl", "delay", "k.zielinski@partner-budowa.pl", "450 4.7.1 Client host rejected: cannot "
       "find your reverse hostname, [209.85.220.41]", "4.7.1", "mx.partner-budowa.pl", BYTECAMP,
       later("k.zielinski@partner-budowa.pl")),
    _g("quota-limit-422", "de", "delay", "f.wolf@partner-technik.de", "422 4.2.2 Quota limit exceeded "
       "(Speicherplatz des Kontos ueberschritten)", "4.2.2", "mx.partner-technik.de", BYTECAMP,
       later("f.wolf@partner-technik.de")),
]

EXPIRY_ROWS = [
    _g("no-connect-final", "ru", "failed", "i.morozov@partner-stroy.ru", "The recipient server did not accept our "
       "requests to connect. Learn more at https://support.google.com/mail/answer/7720 \n[mx.partner-stroy.ru. "
       "203.0.113.62: timed out]", "4.4.1", None, CONNECT, soft("i.morozov@partner-stroy.ru", LATE, ANY)),
    _g("no-connect-final", "sv", "failed", "m.berg@partner-skog.se", "The recipient server did not accept our requests "
       "to connect. Learn more at https://support.google.com/mail/answer/7720 \n[mx.partner-skog.se. 203.0.113.63: "
       "timed out]", "4.4.1", None, CONNECT, soft("m.berg@partner-skog.se", LATE, ANY)),
]

LIMIT = f"550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to\n " \
        f"https://support.google.com/a/answer/166852 {T.format(4)}"
RELAY_USER = ("550 5.4.5 Daily SMTP relay limit exceeded for user. For more information on SMTP relay sending limits "
              "please contact your administrator or visit https://support.google.com/a/answer/166852 - gsmtp")
RELAY_CUST = ("550 5.7.1 Daily SMTP relay sending limit exceeded for customer. For more information on SMTP relay "
              "sending limits please contact your administrator or visit https://support.google.com/a/answer/166852 "
              "- gsmtp")
OURS_ROWS = [
    _g("sending-limit", lang, "limit", a, reply, st, None, LIMIT_SRC.format(quote), soft(a, (), S),
       learn="https://support.google.com/mail/answer/22839", ours=lang == "pt")
    for lang, a, reply, st, quote in [
        ("de", "t.keller@partner-bau.de", LIMIT, "5.4.5", "'550 5.4.5 Daily user sending limit exceeded'"),
        ("fr", "a.moreau@partner-conseil.fr", LIMIT, "5.4.5", "'550 5.4.5 Daily user sending limit exceeded'"),
        ("ja", "h.kobayashi@partner-denki.co.jp", LIMIT, "5.4.5", "'550 5.4.5 Daily user sending limit exceeded'"),
        ("it", "p.ricci@partner-moda.it", LIMIT, "5.4.5", "'550 5.4.5 Daily user sending limit exceeded'"),
        ("es", "l.gil@partner-logistica.es", RELAY_USER, "5.4.5", "'550 5.4.5 Daily SMTP relay limit exceeded for user'"),
        ("pt", "b.lima@partner-servicos.com.br", RELAY_CUST, "5.7.1",
         "'550 5.7.1 Daily SMTP relay sending limit exceeded for customer'"),
    ]
] + [
    _g("policy-sender", "fr", "blocked", "o.mercier@partner-immo.fr", "Rejected due to policy associated with sender.",
       "5.0.0", None, G_POLICY, soft("o.mercier@partner-immo.fr", (), S)),
    _g("policy-sender-571", "ja", "blocked", "r.nakamura@partner-seiki.co.jp", "550 5.7.1 Rejected due to policy "
       f"associated with sender. - gcdp {T.format(5)}", "5.7.1", None, G_POLICY,
       soft("r.nakamura@partner-seiki.co.jp", (), S)),
    _g("spamhaus-client-host", "sv", "blocked", "o.holm@partner-verktyg.se", "554 5.7.1 Service unavailable; Client "
       "host [209.85.220.41] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/209.85.220.41", "5.7.1",
       "mx.partner-verktyg.se", SPAMHAUS, soft("o.holm@partner-verktyg.se", BLOCK, S)),
]

ROWS = DOMAIN_ROWS + NOTFOUND_ROWS + FULL_ROWS + DELAY_ROWS + EXPIRY_ROWS + OURS_ROWS
