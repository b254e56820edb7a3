"""Audit 61 (see review_audit61.py), the rest: (1) the warning words formats/prose._DELAY_TEXT took from MDaemon
("temporary non-fatal delivery errors", "this is a warning message only") beside MDaemon's permanent notice, Sendmail's
and MXLogic's warnings and a person who quotes the words; (2) formats/reply_rests.reply_object's new-address rule
against failed entries that follow a line ending in "to" / "moved to" (Domino's "was not delivered to:", a list
whose next entry follows a moved one); (3) classifier/changed_address.py: OUR sender's or a host's address said to
have changed (false hards) and the person's in layouts and name shapes the audits did not use (false softs, measured);
(4) severity's "the sending account" in a recipient's own block or a group's restriction. Expectations written before
the classifier ran."""

from __future__ import annotations

from tests.classifier.review_audit60 import g_problem
from tests.classifier.review_audit60_layouts import (EXIM_FAIL, HAND, PF_RCPT_ACCESS, PF_SENDER_ACCESS, QMAIL_BS,
                                                     dead, moved, not_hard, ours, theirs)
from tests.classifier.review_audit61_layouts import (DOMINO, MDAEMON_DSN, MXLOGIC_WARN, SENDMAIL_WARN, domino,
                                                     mdaemon_fail, mxlogic_warn, sendmail_warn)
from tests.classifier.review_bulk59_layouts import ex_said, pf_said
from tests.classifier.review_damaged60_layouts import forward_attached
from tests.classifier.review_groupware60_layouts import MDAEMON_WARN_SRC, mdaemon_warn
from tests.classifier.review_holdout50 import g_remote, hard, later
from tests.classifier.review_holdout50_layouts import (EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC, exim, exo, qmail)
from tests.classifier.review_lead43 import EXIM_SRC as L43_EXIM, PF_SRC as L43_PF
from tests.classifier.review_lead43 import exim as exim_body
from tests.classifier.review_lead43 import postfix as pf_body
from tests.classifier.review_nonbounce46_layouts import person

NB: list = []
PERSON = "a person's reply from Outlook (review_nonbounce46_layouts.person), quoting a notice's words in prose"

# ---- (1) the warning words beside failures --------------------------------------------------------------------------
_MD_TWO = mdaemon_warn("w2", "b.hoffmann@rhein-chemie.de", mx="mx.rhein-chemie.de",
                       reply="451 4.3.0 Temporary lookup failure").replace(
    b" Tue 2025-10-14 09:12:42: --> RCPT To:<b.hoffmann@rhein-chemie.de>\n",
    b" Tue 2025-10-14 09:12:42: --> RCPT To:<u.graf@rhein-chemie.de>\n"
    b" Tue 2025-10-14 09:12:42: <-- 550 5.1.1 <u.graf@rhein-chemie.de>: Recipient address rejected: User unknown\n"
    b" Tue 2025-10-14 09:12:42: --> RCPT To:<b.hoffmann@rhein-chemie.de>\n")
WARN_ROWS = [
    ("au61-mdaemon-permanent-user-unknown", f"{MDAEMON_DSN}; {MDAEMON_WARN_SRC} (its layout)",
     mdaemon_fail("w1", "k.schreiber@rhein-chemie.de", mx="mx.rhein-chemie.de", reply="550 5.1.1 "
                  "<k.schreiber@rhein-chemie.de>: Recipient address rejected: User unknown in local recipient table"),
     hard("k.schreiber@rhein-chemie.de")),
    ("au61-mdaemon-warning-transcript-names-another", f"{MDAEMON_WARN_SRC}; {MDAEMON_DSN}: the warning's transcript "
     f"shows the session's earlier RCPT refused for another address (its failure is the permanent notice's){HAND}",
     _MD_TWO, later("b.hoffmann@rhein-chemie.de")),
    ("au61-sendmail-warning-banner", SENDMAIL_WARN,
     sendmail_warn("w3", "p.lambert@ardennes-bois.be", remote="mx.ardennes-bois.be",
                   reply="452 4.2.2 <p.lambert@ardennes-bois.be>... Mailbox full"), later("p.lambert@ardennes-bois.be")),
    ("au61-mxlogic-warning-banner", MXLOGIC_WARN,
     mxlogic_warn("w4", "d.kovac@jadran-ribe.hr", "452 4.3.1 Insufficient system resources"),
     later("d.kovac@jadran-ribe.hr")),
    ("au61-person-quotes-warning-words", f"{PERSON}{HAND}",
     person("w5", "Lena Lead <lead@partner.example>", "RE: Quick question", "Hi Sam,\n\nyour first mail came with a "
            "note from our server saying 'THIS IS A WARNING MESSAGE ONLY - YOU DO NOT NEED TO RESEND YOUR MESSAGE' and "
            "that it had TEMPORARY non-fatal delivery errors, but it arrived fine in the end. Thursday works.\n\nLena"),
     NB),
    ("au61-fwd-attached-mdaemon-permanent", f"{MDAEMON_DSN}; a colleague's forward as attachment",
     forward_attached(mdaemon_fail("w6", "f.weber@rhein-chemie.de", mx="mx.rhein-chemie.de", reply="550 5.1.1 "
                                   "<f.weber@rhein-chemie.de>: Recipient address rejected: User unknown"),
                      "Priya Raman <priya.raman@example.com>", "Hi Sam, this one came back - wrong address?"),
     hard("f.weber@rhein-chemie.de")),
]

# ---- (2) failed entries after a line ending "to" / "moved to" --------------------------------------------------------
NEW_ADDRESS_ROWS = [
    ("au61-pf-relocated-then-unknown-entry", f"{L43_PF}; {POSTFIX_SRC} (two entries)",
     pf_body("n1", "<a.osei@harbourline.com>: user has moved to\n    ama.osei@harbourline.africa\n\n"
                   "<k.mensah@harbourline.com>: host mx.harbourline.com[203.0.113.25] said:\n    550 5.1.1 "
                   "<k.mensah@harbourline.com>: Recipient address\n    rejected: User unknown in local recipient table "
                   "(in reply\n    to RCPT TO command)\n", "a.osei@harbourline.com, k.mensah@harbourline.com"),
     moved("a.osei@harbourline.com") + hard("k.mensah@harbourline.com")),
    ("au61-exim-moved-to-then-unrouteable-entry", f"{L43_EXIM}; Exim 'Unrouteable address' for the next entry",
     exim_body("n2", "  a.berg@tallis-energy.com\n    Anna Berg has moved to\n    anna.berg@tallis-group.com\n"
                     "  h.dahl@tallis-energ.com\n    Unrouteable address\n",
               "a.berg@tallis-energy.com, h.dahl@tallis-energ.com"),
     moved("a.berg@tallis-energy.com") + hard("h.dahl@tallis-energ.com")),
    ("au61-domino-two-not-delivered-to", DOMINO,
     domino("n3", [("m.ferrari@lago-tessile.it", "User m.ferrari (m.ferrari@lago-tessile.it) not listed in Domino "
                    "Directory"), ("l.bianchi@lago-tessile.it", "User l.bianchi (l.bianchi@lago-tessile.it) not listed "
                    "in Domino Directory")]),
     hard("m.ferrari@lago-tessile.it") + hard("l.bianchi@lago-tessile.it")),
    ("au61-exim-new-address-label-then-reply-entry", f"{L43_EXIM}; the next entry's own reply under it{HAND}",
     exim_body("n4", "  n.rossi@seiwa-trading.com\n    This address has moved. New address:\n  nrossi@seiwa.co.jp\n"
                     "  t.sato@seiwa-trading.com\n    SMTP error from remote mail server after RCPT TO:"
                     "<t.sato@seiwa-trading.com>:\n    550 5.1.1 User unknown\n",
               "n.rossi@seiwa-trading.com, t.sato@seiwa-trading.com"),
     moved("n.rossi@seiwa-trading.com") + hard("t.sato@seiwa-trading.com")),
]

# ---- (3) changed_address.py ----------------------------------------------------------------------------------------
CHANGED_ROWS = [
    ("au61-gmail-de-adresse-des-absenders", f"{GMAIL_SRC}; {PF_SENDER_ACCESS}{HAND}",
     g_problem("c1", "k.brandt@hanse-logistik.de", "550 5.7.1 Die Adresse des Absenders hat sich geaendert und ist "
               "fuer dieses Postfach nicht freigegeben.", "5.7.1", "mx.hanse-logistik.de"),
     not_hard("k.brandt@hanse-logistik.de")),
    ("au61-gmail-en-sender-changed-their-address", f"{GMAIL_SRC}; {PF_SENDER_ACCESS}{HAND}",
     g_problem("c2", "r.moore@kestrel-systems.co.uk", "550 5.7.1 Sender not authorised: the sender has changed their "
               "email address since it was approved for this mailbox.", "5.7.1", "mx.kestrel-systems.co.uk"),
     not_hard("r.moore@kestrel-systems.co.uk")),
    ("au61-gmail-de-adresse-von-host-geaendert", f"{GMAIL_SRC}; relay refusal on an old MX with an admin's text{HAND}",
     g_problem("c3", "t.meyer@nordlicht-handel.de", "550 5.7.1 Relaying verweigert: die Adresse von "
               "mail.nordlicht-handel.de hat sich geaendert; bitte DNS-Cache leeren", "5.7.1",
               "mail.alt-hosting.de"),
     not_hard("t.meyer@nordlicht-handel.de")),
    ("au61-exim-de-email-adresse-von-person", f"{EXIM_FAIL}{HAND}",
     exim("c4", "j.keller@oberhaus-gruppe.de", detail="Die E-Mail-Adresse von Jana Keller hat sich geaendert: "
          "jana.keller@oberhaus.group"), moved("j.keller@oberhaus-gruppe.de")),
    ("au61-pf-it-indirizzo-di-persona", f"{POSTFIX_SRC}; {PF_RCPT_ACCESS}{HAND}",
     pf_said("c5", "m.rossi@officine-brera.it", "550 5.7.1 <m.rossi@officine-brera.it>: Recipient address rejected: "
             "L'indirizzo email di Maria Rossi è cambiato", "5.7.1", mx="mx.officine-brera.it", command="RCPT TO"),
     moved("m.rossi@officine-brera.it")),
    ("au61-qmail-fr-adresse-de-votre-correspondant", f"{QMAIL_SRC}; {QMAIL_BS}{HAND} (the French notices' 'votre "
     "correspondant': the person written to)",
     qmail("c6", "p.girard@atelier-roche.fr", detail="L'adresse de votre correspondant a changé : il n'utilise plus "
           "cette boîte."), moved("p.girard@atelier-roche.fr")),
    ("au61-pf-nl-adres-van-jan-de-vries", f"{POSTFIX_SRC}; {PF_RCPT_ACCESS}{HAND} (a Dutch name with a tussenvoegsel)",
     pf_said("c7", "j.devries@delta-haven.nl", "550 5.7.1 <j.devries@delta-haven.nl>: Recipient address rejected: "
             "Het e-mailadres van Jan de Vries is gewijzigd", "5.7.1", mx="mx.delta-haven.nl", command="RCPT TO"),
     moved("j.devries@delta-haven.nl")),
    ("au61-exim-es-four-word-name", f"{EXIM_FAIL}{HAND} (a Spanish name of two given names and two surnames)",
     exim("c8", "a.garcia@grupo-levante.es", detail="La dirección de correo de Ana María García López ha cambiado"),
     moved("a.garcia@grupo-levante.es")),
    ("au61-gmail-en-address-of-person-changed", f"{GMAIL_SRC}; {EXIM_FAIL}{HAND}",
     g_remote("c9", "j.doe@kestrel-systems.co.uk", "550 The email address of Jane Doe has changed; please update your "
              "records", "5.0.0", "mx.kestrel-systems.co.uk"), moved("j.doe@kestrel-systems.co.uk")),
    ("au61-exo-en-persons-address-changed", f"{EXO_SRC}; mail flow rule explanation in the remote reply{HAND}",
     exo("c10", "t.hughes@kestrel-systems.co.uk", why="Your message wasn't delivered because the recipient's email "
         "provider rejected it.", fix="How to Fix It\nContact the recipient by some other means.",
         diag="550 5.7.1 Tom Hughes's email address has changed and this mailbox is closed", status="5.7.1",
         remote="mx.kestrel-systems.co.uk"), dead("t.hughes@kestrel-systems.co.uk")),
    ("au61-pf-de-ist-umgezogen-bei-anderem", f"{POSTFIX_SRC}; {PF_RCPT_ACCESS}{HAND}",
     pf_said("c11", "s.koch@hanse-logistik.de", "550 5.7.1 <s.koch@hanse-logistik.de>: Recipient address rejected: "
             "Stefan Koch ist umgezogen und arbeitet jetzt bei einem anderen Unternehmen", "5.7.1",
             mx="mx.hanse-logistik.de", command="RCPT TO"), dead("s.koch@hanse-logistik.de")),
]

# ---- (4) "the sending account" in the recipient side's own choice -------------------------------------------------
BLOCKS = ("ARCHITECTURE.md recipient_blocklists.py and taxonomy 2 'filtered' (the recipient blocks the sender): a "
          "recipient's own block refusing our sender, the recipient's scope")
GROUPS = "Google Workspace Groups 'Who can post' (a group's own restriction: the recipient's choice)"
SCOPE_ROWS = [
    ("au61-gmail-sending-account-blocked-by-recipient", f"{GMAIL_SRC}; {BLOCKS}{HAND}",
     g_problem("s1", "e.virtanen@saimaa-puu.fi", "550 5.7.1 Message rejected: the sending account was blocked by the "
               "recipient", "5.7.1", "mx.saimaa-puu.fi"), theirs("e.virtanen@saimaa-puu.fi")),
    ("au61-gmail-sending-account-restricted-group", f"{GMAIL_SRC}; {GROUPS}{HAND}",
     g_problem("s2", "sales-team@saimaa-puu.fi", "550 5.7.1 The sending account is restricted from posting to this "
               "group", "5.7.1", "mx.saimaa-puu.fi"), theirs("sales-team@saimaa-puu.fi")),
    ("au61-exim-sending-account-disabled-smarthost", f"{L43_EXIM}; a smarthost refusing OUR account (taxonomy 7)"
     f"{HAND}",
     ex_said("s3", "o.lund@fjord-cargo.no", "550 5.7.0 The sending account has been disabled", mx="smtp.example.com",
             after="MAIL FROM:<seller@example.com>"), ours("o.lund@fjord-cargo.no")),
]

MORE_ROWS = WARN_ROWS + NEW_ADDRESS_ROWS + CHANGED_ROWS + SCOPE_ROWS
