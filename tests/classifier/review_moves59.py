"""Moves 59: a MEASUREMENT of the classifier on notices that say the recipient's address has MOVED or CHANGED, or was
forwarded / redirected, and on their near-misses. This module: the hard failures of a moved address (RFC 5321's 551,
Postfix relocated_maps' 5.1.6 'User has moved to ...', Sendmail's FEATURE(redirect), Exim ':fail:' texts, qmail's
bouncesaying, Exchange's 5.1.6 DSN text, RFC 7293's 5.7.17 / 5.7.18) wrapped in the real layouts of
review_holdout50_layouts.py (Gmail, Exchange Online / on-premises, Postfix, Exim, Sendmail, qmail), the admin-written
refusals in de, fr, es, it, nl, pt, pl, and two hard controls that say nothing of a move. review_moves59_more.py: the
auto-replies announcing a new address (delivered, no bounce) and the soft and other near-misses. Expected rows
(address, hard, reasons, scope, delay; [] = no bounce) written from the servers' words and shared/classifier/
taxonomy.md ('hasmoved': 5.1.6, 5.7.17, 5.7.18, "has moved", "no longer at this address"; always hard) BEFORE the
classifier ran on them (committed first). Names "mv59-<wrapper>-<what>"."""

from __future__ import annotations

from tests.classifier.review_holdout50 import NOSUCH, ex_remote, exo_remote, g_remote, hard, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       QMAIL_SRC, SENDMAIL_SRC, exchange_old, exim, exo, qmail,
                                                       sendmail)
from tests.classifier.review_moves59_layouts import (ADMIN_WORDS, EXCH_EN, EXCH_FR, EXIM_FAIL, EXO_RULE, GWS_DOMAIN,
                                                     PF_ACCESS, PF_RELOC, PF_RELOC_RCPT, QMAIL_BS, RFC5321, RRVS,
                                                     SISI_DOC, SM_REDIRECT, moved, pf_own)
from tests.classifier.review_moves59_more import MORE_ROWS

GMX = "aspmx.l.google.com"
EOPMX = "harlow-build-com.mail.protection.outlook.com"


def relocated_reply(a: str, new: str) -> str:
    return f"550 5.1.6 <{a}>: Recipient address rejected: User has moved to {new}"


def ex_fail(rid: str, a: str, text: str, host: str = "mx1.example-hosting.net") -> bytes:
    """Exim's bounce for an address its redirect router failed with ':fail: <text>' (no remote host)."""
    return exim(rid, a, detail=text, host=host)


# ---- Postfix relocated_maps: '5.1.6 User has moved to <new_location>' ---------------------------------------------------
RELOCATED_ROWS = [
    ("mv59-pf-own-relocated", f"{POSTFIX_SRC}; {PF_RELOC}",
     pf_own("r1", "anna.berg@tallis-energy.com", "User has moved to anna.berg@tallis-group.com"),
     moved("anna.berg@tallis-energy.com")),
    ("mv59-pf-own-relocated-phone", f"{POSTFIX_SRC}; {PF_RELOC} (new_location a phone number)",
     pf_own("r2", "orders@quayline.co.uk", "User has moved to Quayline Sales, +44 20 7946 0321"),
     moved("orders@quayline.co.uk")),
    ("mv59-gmail-pf-relocated-rcpt", f"{GMAIL_SRC}; {PF_RELOC_RCPT}",
     g_remote("r3", "m.kowalski@brightwater-ins.co.uk", relocated_reply("m.kowalski@brightwater-ins.co.uk",
              "marta.kowalski@brightwater.group"), "5.1.6", "mx.brightwater-ins.co.uk"),
     moved("m.kowalski@brightwater-ins.co.uk")),
    ("mv59-exo-pf-relocated-rcpt", f"{EXO_SRC}; {PF_RELOC_RCPT}",
     exo_remote("r4", "d.ferreira@lumiere-conseil.fr", relocated_reply("d.ferreira@lumiere-conseil.fr",
                "david.ferreira@lumiere.eu"), "5.1.6", "mail.lumiere-conseil.fr"),
     moved("d.ferreira@lumiere-conseil.fr")),
    ("mv59-exim-pf-relocated-rcpt", f"{EXIM_SRC}; {PF_RELOC_RCPT}",
     ex_remote("r5", "t.nakamura@seiwa-trading.com", relocated_reply("t.nakamura@seiwa-trading.com",
               "tnakamura@seiwa.co.jp"), "mx1.seiwa-trading.com"), moved("t.nakamura@seiwa-trading.com")),
    ("mv59-pf-pf-relocated-domain", f"{POSTFIX_SRC}; {PF_RELOC_RCPT} (an '@domain' key: the whole domain moved)",
     pf_remote("r6", "info@oberhaus-gruppe.de", relocated_reply("info@oberhaus-gruppe.de", "oberhaus.group"), "5.1.6",
               "mail.oberhaus-gruppe.de"), moved("info@oberhaus-gruppe.de")),
    ("mv59-exo-old-pf-relocated", f"{EXO_OLD_SRC}; {PF_RELOC_RCPT}",
     exchange_old("r7", "r.ahmed@marisol-foods.com", explain="The e-mail address you entered couldn't be found. Please "
                  "check the recipient's e-mail address and try to resend the message.",
                  diag=relocated_reply("r.ahmed@marisol-foods.com", "rahmed@marisol.com"), status="5.1.6",
                  remote="mx.marisol-foods.com"), moved("r.ahmed@marisol-foods.com")),
]

# ---- RFC 5321 551 and Sendmail's FEATURE(redirect) --------------------------------------------------------------------
REDIRECT_ROWS = [
    ("mv59-gmail-551-please-try", f"{GMAIL_SRC}; {RFC5321}",
     g_remote("s1", "j.oduya@halden-tools.com", "551 User not local; please try <j.oduya@halden.no>", "5.0.0",
              "mail.halden-tools.com"), moved("j.oduya@halden-tools.com")),
    ("mv59-exim-551-please-try", f"{EXIM_SRC}; {RFC5321}",
     ex_remote("s2", "p.santos@tidewater-analytics.io", "551 5.1.6 User not local; please try <psantos@tidewater.ai>",
               "mx.tidewater-analytics.io"), moved("p.santos@tidewater-analytics.io")),
    ("mv59-sendmail-redirect", f"{SENDMAIL_SRC}; {SM_REDIRECT}",
     sendmail("s3", "c.dubois@harlow-build.com", remote="mail.harlow-build.com",
              rcpt_reply="551 5.1.1 User has moved; please try <c.dubois@harlow.group>", status="5.1.1"),
     moved("c.dubois@harlow-build.com")),
    ("mv59-pf-sendmail-redirect", f"{POSTFIX_SRC}; {SM_REDIRECT}",
     pf_remote("s4", "l.herrera@marisol-foods.com", "551 5.1.1 User has moved; please try <lherrera@marisol.com>",
               "5.1.1", "smtp.marisol-foods.com"), moved("l.herrera@marisol-foods.com")),
    ("mv59-exo-sendmail-redirect", f"{EXO_SRC}; {SM_REDIRECT}",
     exo_remote("s5", "k.brandt@oberhaus-gruppe.de", "551 5.1.1 User has moved; please try <k.brandt@oberhaus.group>",
                "5.1.1", "mail.oberhaus-gruppe.de"), moved("k.brandt@oberhaus-gruppe.de")),
]

# ---- admin-written texts in English: Exim :fail:, qmail bouncesaying, 5.1.6 at RCPT ----------------------------------
ADMIN_EN_ROWS = [
    ("mv59-exim-fail-no-longer-at", EXIM_FAIL,
     ex_fail("a1", "s.okafor@quayline.co.uk", "Sade Okafor is no longer at this address. Please write to "
             "sade@okafor-consulting.com"), moved("s.okafor@quayline.co.uk")),
    ("mv59-exim-fail-changed-address", EXIM_FAIL,
     ex_fail("a2", "b.lindqvist@tallis-energy.com", "Bo Lindqvist has changed his address to bo.lindqvist@tallis-group"
             ".com"), moved("b.lindqvist@tallis-energy.com")),
    ("mv59-gmail-exim-fail-rcpt", f"{GMAIL_SRC}; {EXIM_FAIL}",
     g_remote("a3", "h.weber@lumiere-conseil.fr", "550 This mailbox has moved. Please use h.weber@lumiere.eu", "5.0.0",
              "mx1.lumiere-conseil.fr"), moved("h.weber@lumiere-conseil.fr")),
    ("mv59-qmail-bouncesaying", f"{QMAIL_SRC}; {QMAIL_BS}",
     qmail("a4", "n.rossi@seiwa-trading.com", detail="This address has moved. New address: nrossi@seiwa.co.jp"),
     moved("n.rossi@seiwa-trading.com")),
    ("mv59-pf-own-error-no-longer-at", f"{POSTFIX_SRC}; Postfix transport(5) / error(8): a nexthop "
     "'error:5.1.6 <text>' bounces with that DSN code and the admin's text",
     pf_own("a10", "f.murphy@quayline.co.uk", "No longer at this address; please contact Fionn Murphy at "
            "fionn@murphy-logistics.ie"), moved("f.murphy@quayline.co.uk")),
    ("mv59-exim-fail-gone-away", EXIM_FAIL + " (the spec's own example text 'Gone away, no forwarding address' for "
     "an ex-employee's alias)",
     ex_fail("a11", "x.employee@halden-tools.com", "Gone away, no forwarding address"),
     moved("x.employee@halden-tools.com")),
    ("mv59-pf-no-longer-on-server", f"{POSTFIX_SRC}; {SISI_DOC}",
     pf_remote("a5", "g.mendes@brightwater-ins.co.uk", "550 5.1.6 recipient no longer on server: "
               "g.mendes@brightwater-ins.co.uk", "5.1.6", "mx2.brightwater-ins.co.uk"),
     moved("g.mendes@brightwater-ins.co.uk")),
    ("mv59-gmail-rrvs-owner-changed", f"{GMAIL_SRC}; {RRVS}",
     g_remote("a6", "sales@halden-tools.com", "550 5.7.17 Mailbox owner has changed", "5.7.17", "mail.halden-tools.com"),
     moved("sales@halden-tools.com")),
    ("mv59-exo-rrvs-domain-changed", f"{EXO_SRC}; {RRVS}",
     exo_remote("a7", "contact@marisol-foods.com", "550 5.7.18 Domain owner has changed", "5.7.18",
                "mx.marisol-foods.com"), moved("contact@marisol-foods.com")),
    ("mv59-exo-old-fr-5-1-6", f"{EXO_OLD_SRC} (fr); {EXCH_FR}",
     exchange_old("a8", "c.moreau@lumiere-conseil.fr", lang="fr", explain="c.moreau@lumiere-conseil.fr : l'adresse "
                  "électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus "
                  "de messages. Aucune adresse de transfert n'a été configurée.",
                  diag="550 5.1.6 recipient no longer on server", status="5.1.6", remote="mx.lumiere-conseil.fr"),
     moved("c.moreau@lumiere-conseil.fr")),
    ("mv59-exo-old-en-5-1-6", f"{EXO_OLD_SRC}; {EXCH_EN}",
     exchange_old("a9", "e.hughes@harlow-build.com", explain="e.hughes@harlow-build.com: The recipient's e-mail address "
                  "has changed. The address this message was sent to no longer accepts messages. No forwarding "
                  "address has been set up.", diag="550 5.1.6 recipient no longer on server", status="5.1.6"),
     moved("e.hughes@harlow-build.com")),
]

# ---- admin-written texts in other languages (the mechanisms sourced, the words HAND-MADE) ------------------------------
ADMIN_L10N_ROWS = [
    ("mv59-exim-fail-de-umgezogen", EXIM_FAIL + ADMIN_WORDS,
     ex_fail("l1", "j.keller@oberhaus-gruppe.de", "Jana Keller ist umgezogen und unter dieser Adresse nicht mehr "
             "erreichbar. Neue Adresse: jana.keller@oberhaus.group", host="mx.oberhaus-gruppe.de"),
     moved("j.keller@oberhaus-gruppe.de")),
    ("mv59-pf-access-de-adresse-geaendert", f"{POSTFIX_SRC}; {PF_ACCESS}{ADMIN_WORDS}",
     pf_remote("l2", "vertrieb@oberhaus-gruppe.de", "550 5.7.1 <vertrieb@oberhaus-gruppe.de>: Recipient address "
               "rejected: Diese E-Mail-Adresse hat sich geaendert. Bitte schreiben Sie an vertrieb@oberhaus.group",
               "5.7.1", "mx.oberhaus-gruppe.de"), moved("vertrieb@oberhaus-gruppe.de")),
    ("mv59-exim-fail-fr-adresse-changee", EXIM_FAIL + ADMIN_WORDS,
     ex_fail("l3", "p.girard@lumiere-conseil.fr", "L'adresse de Pauline Girard a changé ; elle n'est plus joignable à "
             "cette adresse. Nouvelle adresse : pauline.girard@lumiere.eu", host="mx.lumiere-conseil.fr"),
     moved("p.girard@lumiere-conseil.fr")),
    ("mv59-gmail-es-direccion-cambiado", f"{GMAIL_SRC}; {EXIM_FAIL}{ADMIN_WORDS}",
     g_remote("l4", "m.garcia@marisol-foods.es", "550 La dirección de correo de Marta García ha cambiado. Su nueva "
              "dirección es marta.garcia@marisol.com", "5.0.0", "mx.marisol-foods.es"), moved("m.garcia@marisol-foods.es")),
    ("mv59-exo-rule-it-indirizzo-cambiato", f"{EXO_SRC}; {EXO_RULE}{ADMIN_WORDS}",
     exo("l5", "l.bianchi@harlow-build.com", why="Questo indirizzo è cambiato: Luca Bianchi non riceve più posta a "
         "questo indirizzo. Il nuovo indirizzo è luca.bianchi@harlow.group", fix="How to Fix It\nOnly an email admin "
         "in the recipient's organization can fix this issue.", diag="550 5.7.1 TRANSPORT.RULES.RejectMessage; the "
         "message was rejected by organization policy", status="5.7.1"), moved("l.bianchi@harlow-build.com")),
    ("mv59-pf-access-nl-verhuisd", f"{POSTFIX_SRC}; {PF_ACCESS}{ADMIN_WORDS}",
     pf_remote("l6", "j.devries@halden-tools.nl", "550 5.7.1 <j.devries@halden-tools.nl>: Recipient address rejected: "
               "Dit adres is gewijzigd, Jan de Vries is verhuisd naar jan.devries@halden.no", "5.7.1",
               "mx.halden-tools.nl"), moved("j.devries@halden-tools.nl")),
    ("mv59-exim-pt-endereco-mudou", f"{EXIM_SRC}; {EXIM_FAIL}{ADMIN_WORDS}",
     ex_remote("l7", "r.souza@tidewater-analytics.com.br", "550 O endereço de Rafael Souza mudou. O novo endereço é "
               "rafael.souza@tidewater.ai", "mx.tidewater-analytics.com.br"), moved("r.souza@tidewater-analytics.com.br")),
    ("mv59-qmail-pl-adres-zmieniony", f"{QMAIL_SRC}; {QMAIL_BS}{ADMIN_WORDS}",
     qmail("l8", "a.nowak@quayline.pl", detail="Adres e-mail Anny Nowak uległ zmianie. Nowy adres: anna.nowak@quayline"
           ".com", host="mail.quayline.pl"), moved("a.nowak@quayline.pl")),
]

# ---- hard controls that say nothing of a move ----------------------------------------------------------------------------
CONTROL_ROWS = [
    ("mv59-gmail-domain-removed-nosuch", f"{GMAIL_SRC}; {GWS_DOMAIN}",
     g_remote("c1", "owen.price@tallis-energy.co.uk", f"550 5.1.1 {NOSUCH} d75a77b69052e-4f1c2b3a.59 - gsmtp", "5.1.1",
              GMX), hard("owen.price@tallis-energy.co.uk")),
    ("mv59-exo-eop-unknown-after-migration", f"{EXO_SRC}; EOP '550 5.1.10 RESOLVER.ADR.RecipientNotFound' after a "
     "tenant-to-tenant migration removed the old alias (HAND-MADE situation, the reply Exchange Online's)",
     exo_remote("c2", "f.ali@harlow-build.com", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient f.ali@harlow-build"
                ".com not found by SMTP address lookup", "5.1.10", EOPMX), hard("f.ali@harlow-build.com")),
]

ROWS = RELOCATED_ROWS + REDIRECT_ROWS + ADMIN_EN_ROWS + ADMIN_L10N_ROWS + CONTROL_ROWS + MORE_ROWS
