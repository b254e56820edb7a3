"""Audit 61's mend rows, written AFTER the first run of review_audit61.py / review_audit61_more.py (its docstring says
what that run read) and committed before the mends were run on them: for each of the four mends, rows that fail
without it and controls in the same words' other sense that read the same before and after; and two probes of
changed_address.py's name slot (a company's or an office's address on an old MX), expectations written before they ran.
Names "au61-mend-..." and "au61-probe-..."."""

from __future__ import annotations

from tests.classifier.review_audit60 import g_problem
from tests.classifier.review_audit60_layouts import (HAND, PF_RCPT_ACCESS, dead, moved, not_hard, ours, theirs)
from tests.classifier.review_audit61_layouts import CR_FEW
from tests.classifier.review_bulk59_layouts import pf_said
from tests.classifier.review_damaged60_layouts import line_ends
from tests.classifier.review_damaged60_more import CR
from tests.classifier.review_holdout50 import hard, soft
from tests.classifier.review_holdout50_layouts import GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC, qmail
from tests.classifier.review_lead43 import EXIM_SRC as L43_EXIM
from tests.classifier.review_lead43 import exim as exim_body

GROUPS = "Google Workspace Groups 'Who can post' (a group's own restriction: the recipient's choice)"
MS_RESTRICTED = ("learn.microsoft.com 'Fix email delivery issues for error code 5.1.8 / 5.7.705 / 5.7.708' (an account "
                 "restricted from sending: the sending side's state)")
NOSUCH_ML = ("550-5.1.1 The email account that you tried to reach does not exist. Please try\r\r\n550-5.1.1 "
             "double-checking the recipient's email address for typos or\r\r\n550-5.1.1 unnecessary spaces.\r\r\n"
             "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si1234567qtb.61 - gsmtp")


def _qmail_crlf_reply(rid: str, a: str) -> bytes:
    """qmail's bounce in CRLF quoting Gmail's multi-line reply whose own CRLFs were kept (CR CR LF on its lines)."""
    raw = qmail(rid, a, detail="209.85.220.41 does not like recipient.\nRemote host said: @@REPLY@@\n"
                "Giving up on 209.85.220.41.", host="mail.example-isp.net").replace(b"\n", b"\r\n")
    return raw.replace(b"@@REPLY@@", NOSUCH_ML.encode())


MEND_ROWS = [
    # 1. formats/reply_rests._reply_in_paragraph: the next entry's bare address ends the paragraph.
    ("au61-mend-exim-new-address-then-unrouteable-then-reply", f"{L43_EXIM}; three entries (fails without)",
     exim_body("m1", "  n.rossi@seiwa-trading.com\n    This address has moved. New address:\n  nrossi@seiwa.co.jp\n"
                     "  t.sato@seiwa-trading.com\n    Unrouteable address\n  k.ito@seiwa-trading.com\n    SMTP error "
                     "from remote mail server after RCPT TO:<k.ito@seiwa-trading.com>:\n    550 5.1.1 User unknown\n",
               "n.rossi@seiwa-trading.com, t.sato@seiwa-trading.com, k.ito@seiwa-trading.com"),
     moved("n.rossi@seiwa-trading.com") + dead("t.sato@seiwa-trading.com", ("hostunknown",))
     + hard("k.ito@seiwa-trading.com")),
    ("au61-mend-ctl-exim-changed-his-address-then-host-reply", f"{L43_EXIM}; the next entry with its host line "
     "(control)",
     exim_body("m2", "  b.lindqvist@tallis-energy.com\n    Bo Lindqvist has changed his address to\n  "
                     "bo.lindqvist@tallis-group.com\n  k.lund@tallis-energy.com\n    host mx.tallis-energy.com "
                     "[203.0.113.5]\n    SMTP error from remote mail server after RCPT TO:<k.lund@tallis-energy.com>:\n"
                     "    550 5.1.1 User unknown\n", "b.lindqvist@tallis-energy.com, k.lund@tallis-energy.com"),
     moved("b.lindqvist@tallis-energy.com") + hard("k.lund@tallis-energy.com")),
    # 2. parse.normalise: CR CR LF one line end where every other CR ends a CRLF.
    ("au61-mend-qmail-crlf-multiline-reply-crcrlf", f"{QMAIL_SRC}; {CR_FEW} (the remote's multi-line reply kept its "
     "own CRLFs; control: read hard before and after)",
     _qmail_crlf_reply("m3", "h.berg@vastkust-fisk.se"), hard("h.berg@vastkust-fisk.se")),
    ("au61-mend-ctl-qmail-bare-cr", f"{QMAIL_SRC}; {CR} (classic Mac bare CR line ends; control)",
     line_ends(qmail("m4", "i.novak@vltava-sklo.cz", detail="Sorry, no mailbox here by that name. (#5.1.1)"), b"\r"),
     hard("i.novak@vltava-sklo.cz")),
    # 3. severity: "the sending account" restricted from posting to a group / blocked by the recipient.
    ("au61-mend-gmail-sending-account-restricted-list", f"{GMAIL_SRC}; {GROUPS} (a mailing list; fails without)",
     g_problem("m5", "news@saimaa-puu.fi", "550 5.7.1 The sending account is restricted from posting to this mailing "
               "list", "5.7.1", "mx.saimaa-puu.fi"), theirs("news@saimaa-puu.fi")),
    ("au61-mend-ctl-gmail-sending-account-restricted-external", f"{GMAIL_SRC}; {MS_RESTRICTED} (ours; control)",
     g_problem("m6", "a.koski@saimaa-puu.fi", "550 5.7.1 The sending account has been restricted from sending to "
               "external recipients", "5.7.1", "mx.saimaa-puu.fi"), ours("a.koski@saimaa-puu.fi")),
    # 4. changed_address: "bei / bij een(em) ander(en) Unternehmen / bedrijf"; "de votre correspondant / destinataire".
    ("au61-mend-pf-nl-verhuisd-bij-ander-bedrijf", f"{POSTFIX_SRC}; {PF_RCPT_ACCESS}{HAND} (fails without)",
     pf_said("m7", "p.jansen@delta-haven.nl", "550 5.7.1 <p.jansen@delta-haven.nl>: Recipient address rejected: Piet "
             "Jansen is verhuisd en werkt nu bij een ander bedrijf", "5.7.1", mx="mx.delta-haven.nl",
             command="RCPT TO"), dead("p.jansen@delta-haven.nl")),
    ("au61-mend-qmail-fr-adresse-de-votre-destinataire", f"{QMAIL_SRC}; bouncesaying{HAND} (fails without)",
     qmail("m8", "m.dubois@atelier-roche.fr", detail="L'adresse électronique de votre destinataire a changé."),
     moved("m.dubois@atelier-roche.fr")),
    ("au61-mend-ctl-gmail-fr-adresse-de-votre-serveur", f"{GMAIL_SRC}; relay refusal with an admin's text{HAND} "
     "(ours; control)",
     g_problem("m9", "c.roche@atelier-roche.fr", "550 5.7.1 Relais refusé : l'adresse de votre serveur de messagerie "
               "a changé, reconfigurez votre relais", "5.7.1", "mx.atelier-roche.fr"),
     not_hard("c.roche@atelier-roche.fr")),
    ("au61-mend-ctl-pf-fr-correspondant-pas-change-plein", f"{POSTFIX_SRC}; Dovecot quota text{HAND} (control)",
     pf_said("m10", "l.petit@atelier-roche.fr", "552 5.2.2 <l.petit@atelier-roche.fr>: l'adresse de votre "
             "correspondant n'a pas changé mais sa boîte est pleine", "5.2.2", mx="mx.atelier-roche.fr",
             command="RCPT TO"), soft("l.petit@atelier-roche.fr", ("mailboxfull",))),
    # 5. formats/reply_rests._NEW_ADDRESS: the changed-address sentence ending in ':' or 'to' labels the address below
    # (found by the invariance grid's wrap_40_tab over au61-exim-de-email-adresse-von-person: the new one read failed).
    ("au61-mend-exim-de-geaendert-colon-wrapped", f"{L43_EXIM}; re-wrapped at 40 columns with tabs (fails without)",
     exim_body("m11", "  j.keller@oberhaus-gruppe.de\n    Die E-Mail-Adresse von Jana Keller\n\that sich geaendert:\n"
                      "\tjana.keller@oberhaus.group\n", "j.keller@oberhaus-gruppe.de"), moved("j.keller@oberhaus-gruppe.de")),
    ("au61-mend-exim-fr-a-change-colon", f"{L43_EXIM}; the admin's text in French, the new address on its own line "
     "(fails without)",
     exim_body("m12", "  s.laurent@atelier-roche.fr\n    L'adresse électronique de Sophie Laurent a changé :\n"
                      "  sophie.laurent@laurent-design.fr\n", "s.laurent@atelier-roche.fr"),
     moved("s.laurent@atelier-roche.fr")),
    ("au61-mend-ctl-exim-address-changed-then-next-entry-reply", f"{L43_EXIM}; the next entry with its own reply "
     "under a sentence ending the same way (control)",
     exim_body("m13", "  a.berg@tallis-energy.com\n    Anna Berg's address has changed:\n  k.lund@tallis-energy.com\n"
                      "    SMTP error from remote mail server after RCPT TO:<k.lund@tallis-energy.com>:\n    550 5.1.1 "
                      "User unknown\n", "a.berg@tallis-energy.com, k.lund@tallis-energy.com"),
     [("a.berg@tallis-energy.com", True, (), "recipient", False)] + hard("k.lund@tallis-energy.com")),
    # Probes of the name slot (written before they ran): an office's or a company's address on an old MX.
    ("au61-probe-gmail-nl-adres-van-kantoor-utrecht", f"{GMAIL_SRC}; relay refusal on an old MX{HAND}",
     g_problem("p1", "s.visser@delta-haven.nl", "550 5.7.1 Relaying geweigerd: het adres van kantoor Utrecht is "
               "gewijzigd, de mail loopt nu via mx2.delta-haven.nl", "5.7.1", "mx.delta-haven.nl"),
     not_hard("s.visser@delta-haven.nl")),
    ("au61-probe-gmail-fr-adresse-de-groupe-roche", f"{GMAIL_SRC}; relay refusal on an old MX{HAND}",
     g_problem("p2", "c.roche@atelier-roche.fr", "550 5.7.1 Relais refusé : l'adresse de Groupe Roche a changé, le "
               "courrier passe désormais par mx2.atelier-roche.fr", "5.7.1", "mx.atelier-roche.fr"),
     not_hard("c.roche@atelier-roche.fr")),
]
