"""Audit 60's other rows (review_audit60.py runs them with its own; expectations written before the classifier ran).
1. Our own sales mail returned inside a soft failure, its footer a company notice that OUR address changed / our
   office moved (changed_address's words in our words, not the recipient server's).
2. Not bounces: a person's reply and a mailing list's autoresponse saying an address changed or someone moved.
3. GMX / WEB.DE / IONOS hosts (remote/gmx.py's 'user unknown' rule, merged with review locale59): the words about our
   sender (MAIL FROM), in a delay and a 4xx given up, in our returned original under a full mailbox; positives in
   layouts the mend did not see.
4. Microsoft 5.7.515's words (soft_wordings' 'does not meet the required authentication level'): a forwarder's domain
   named, a person quoting them, our returned original; positives in Exim's and Exchange Online's layouts.
5. "the sending account" (severity._OUR_SIDE_REFUSED): a group's or a mailbox's own refusal of it (the recipient's
   choice); positives (Microsoft's 5.7.501 ban, Google's relay suspension through Postfix)."""

from __future__ import annotations

from tests.classifier.review_audit60_layouts import (BLOCKS, FOOTER, GMX_EM, GOOG_RELAY, GROUPS, HAND, MAILMAN_AR,
                                                     MS_501, MS_HV, NB, NEWSROOM_GMX, PERSON, PF_EXPANDED,
                                                     PF_GIVEN_UP, RFC5321_450, SITEPKG, dead, for_now,
                                                     list_autoresponse, not_hard, ours, theirs, with_footer)
from tests.classifier.review_bulk59_layouts import ex_said, exo_said, pf_later, pf_said
from tests.classifier.review_holdout50 import g_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC, exo,
                                                       postfix, qmail)
from tests.classifier.review_moves59_layouts import pf_expanded
from tests.classifier.review_nonbounce46_layouts import person

FULL = ("mailboxfull",)
GMXMX, WEBMX = "mx00.emig.gmx.net", "mx-ha03.web.de"
OLC = "outlook-com.olc.protection.outlook.com"
LENA = "Lena Lead <lead@partner.example>"

# ---- 1. our returned original's footer says OUR address changed / our office moved ---------------------------------
FOOTER_ROWS = [
    ("au60-qmail-full-footer-de-unsere-adresse", f"{QMAIL_SRC} ('Remote host said:'); a full mailbox; {FOOTER}",
     with_footer(qmail("c1", "f.wagner@nordlicht-handel.de", detail="Remote host said: 550 mailbox full",
                       host="mail.example-isp.net"),
                 "Bitte beachten Sie: Unsere Adresse hat sich geändert. Neue Anschrift: Hafenstraße 12, 20457 "
                 "Hamburg.\nUnser Büro ist umgezogen, unsere E-Mail-Adressen bleiben gleich."),
     theirs("f.wagner@nordlicht-handel.de", FULL)),
    ("au60-exim-full-footer-fr-notre-adresse", f"{EXIM_SRC}; a full mailbox; {FOOTER}",
     with_footer(ex_said("c2", "c.roche@atelier-roche.fr", "550 Mailbox is full / Blocks limit exceeded",
                         mx="mx.atelier-roche.fr", after="RCPT TO:<c.roche@atelier-roche.fr>"),
                 "Notre adresse a changé ! Retrouvez-nous au 12 rue des Tanneurs, 69002 Lyon."),
     theirs("c.roche@atelier-roche.fr", FULL)),
    ("au60-pf-full-footer-nl-ons-adres", f"{POSTFIX_SRC}; a full mailbox; {FOOTER}",
     with_footer(pf_said("c3", "j.bakker@delta-haven.nl", "552 Mailbox over quota", "5.0.0", mx="mx.delta-haven.nl",
                         command="RCPT TO"),
                 "Let op: ons adres is gewijzigd. Ons kantoor is verhuisd naar Kade 4, 3011 Rotterdam."),
     theirs("j.bakker@delta-haven.nl", FULL)),
]

# ---- 2. not bounces ---------------------------------------------------------------------------------------------------
REPLY_ROWS = [
    ("au60-person-de-meine-adresse-geaendert", f"{PERSON}{HAND}",
     person("au60d1", LENA, "AW: Quick question", "Hallo Sam,\n\ndanke für die Nachricht! Meine E-Mail-Adresse hat "
            "sich geändert, bitte schreiben Sie künftig an lena@lead-consulting.de.\n\nViele Grüße\nLena"), NB),
    ("au60-person-nl-ik-ben-verhuisd", f"{PERSON}{HAND}",
     person("au60d2", LENA, "RE: Quick question", "Hoi Sam,\n\nIk ben verhuisd naar ons kantoor in Utrecht, maar mijn "
            "e-mailadres blijft hetzelfde. Donderdag past prima.\n\nGroet,\nLena"), NB),
    ("au60-person-en-quotes-ndr-address-changed", f"{PERSON}{HAND}",
     person("au60d3", LENA, "RE: Quick question", "Hi Sam,\n\nI forwarded this to Tom, but his mailbox sent back "
            "'550 5.1.6 This address has changed' - Tom Hale has changed his address to tom@hale-partners.com, try "
            "him there.\n\nLena"), NB),
    ("au60-mailman-autoresponse-list-address-changed", f"{MAILMAN_AR}{HAND}",
     list_autoresponse("au60f1", "vertrieb@lists.hanse-logistik.de", "Die Adresse dieser Liste hat sich geändert: "
                       "bitte schreiben Sie künftig an vertrieb@hanse-logistik.de. Ihre Nachricht wurde dennoch "
                       "verteilt."), NB),
]

# ---- 3. GMX / WEB.DE / IONOS ------------------------------------------------------------------------------------------
GMX_ROWS = [
    ("au60-gmail-webde-sender-user-unknown", f"{GMAIL_SRC} (no SMTP stage); {GMX_EM}; WEB.DE refusing OUR sender{HAND}",
     g_remote("i1", "a.neumann@web.de", "550 Sender address <seller@example.com> rejected: User unknown", "5.0.0",
              WEBMX, heading="Message not delivered", lead="There was a problem delivering your message to {a}."),
     ours("a.neumann@web.de")),
    ("au60-exim-gmx-mail-from-user-unknown", f"{EXIM_SRC} (after MAIL FROM); {GMX_EM}{HAND}",
     ex_said("i2", "o.schreiber@gmx.de", "550 User unknown", mx=GMXMX, after="MAIL FROM:<seller@example.com> SIZE=2345"),
     ours("o.schreiber@gmx.de")),
    ("au60-pf-delay-gmx-450-mailbox-unavailable", f"{POSTFIX_SRC} (delay warning); {RFC5321_450}; {GMX_EM}",
     pf_later("i3", "e.busch@gmx.de", "450 Requested action not taken: mailbox unavailable", "4.0.0", mx=GMXMX),
     for_now("e.busch@gmx.de")),
    ("au60-pf-given-up-webde-450-mailbox-unavailable", f"{POSTFIX_SRC}; {PF_GIVEN_UP}; {RFC5321_450}; {GMX_EM}",
     pf_said("i4", "c.lorenz@web.de", "450 Requested action not taken: mailbox unavailable", "4.0.0", mx=WEBMX,
             command="RCPT TO"),
     not_hard("c.lorenz@web.de")),
    ("au60-exim-gmx-quota-footer-user-unknown", f"{EXIM_SRC}; {NEWSROOM_GMX}; {FOOTER} (our product's words)",
     with_footer(ex_said("i5", "f.haas@gmx.de", "552-Requested mail action aborted: exceeded storage allocation\n"
                         "    552 Quota exceeded", mx=GMXMX, after="RCPT TO:<f.haas@gmx.de>"),
                 "PS: our platform removes 'user unknown' and 'user is unknown' addresses from your lists "
                 "automatically."),
     theirs("f.haas@gmx.de", FULL)),
    ("au60-exo-webde-benutzer-nicht-bekannt", f"{EXO_SRC} (no SMTP stage in the NDR); {SITEPKG}",
     exo_said("i6", "b.kraft@web.de", "550 Benutzer nicht bekannt/User unknown", "5.0.0", mx=WEBMX),
     dead("b.kraft@web.de", ("userunknown",))),
    ("au60-gmail-gmx-multiline-user-is-unknown", f"{GMAIL_SRC}; {GMX_EM} (multi-line, the cause on the last line); "
     f"{SITEPKG} (the pairing of the two lines HAND-MADE, weak)",
     g_remote("i7", "h.richter@gmx.de", "550-Requested action not taken: mailbox unavailable 550 User is unknown",
              "5.0.0", GMXMX),
     dead("h.richter@gmx.de", ("userunknown",))),
    ("au60-exim-webde-rcpt-user-unknown", f"{EXIM_SRC} (after RCPT TO); {SITEPKG}",
     ex_said("i8", "m.krause@web.de", "550 Benutzer nicht bekannt/User unknown", mx=WEBMX,
             after="RCPT TO:<m.krause@web.de>"),
     dead("m.krause@web.de", ("userunknown",))),
]

# ---- 4. Microsoft 5.7.515's words -------------------------------------------------------------------------------------
W515 = "does not meet the required authentication level"
AUTH_ROWS = [
    ("au60-pf-forward-5-7-515-forwarder-domain", f"{POSTFIX_SRC}; {PF_EXPANDED}; {MS_HV}",
     pf_expanded("j1", "d.hofmann@outlook.com", "d.hofmann@nordlicht-handel.de", f"550 5.7.515 Access denied, sending "
                 f"domain NORDLICHT-HANDEL.DE {W515}.", "5.7.515", OLC),
     theirs("d.hofmann@outlook.com")),
    ("au60-person-en-quotes-5-7-515", f"{PERSON}; {MS_HV} (the words){HAND}",
     person("au60j2", LENA, "RE: Quick question", f"Hi Sam,\n\nour IT says Outlook.com now refuses mail whose sending "
            f"domain {W515}, so they will check our own domain before the demo.\n\nLena"), NB),
    ("au60-exim-full-footer-5-7-515", f"{EXIM_SRC}; a full mailbox; {FOOTER}; {MS_HV} (the words)",
     with_footer(ex_said("j3", "p.lange@hanse-logistik.de", "552 5.2.2 Mailbox full", mx="mx.hanse-logistik.de",
                         after="RCPT TO:<p.lange@hanse-logistik.de>"),
                 f"PS: mail from a domain that {W515} is refused by Outlook.com; ours passes SPF, DKIM and DMARC."),
     theirs("p.lange@hanse-logistik.de", FULL)),
    ("au60-exim-5-7-515-end-of-data", f"{EXIM_SRC} (after end of data); {MS_HV}",
     ex_said("j4", "k.young@outlook.com", f"550 5.7.515 Access denied, sending domain EXAMPLE.COM {W515}. "
             "[BN1PEPF00004681.namprd05.prod.outlook.com 2025-10-14T09:12:44.000Z 08DE0A1B2C3D4E5F]", mx=OLC),
     ours("k.young@outlook.com", ("authfailure",))),
    ("au60-exo-5-7-515-hotmail", f"{EXO_SRC}; {MS_HV}",
     exo_said("j5", "l.ward@hotmail.com", f"550 5.7.515 Access denied, sending domain EXAMPLE.NET {W515}.", "5.7.515",
              mx="hotmail-com.olc.protection.outlook.com"),
     ours("l.ward@hotmail.com", ("authfailure",))),
]

# ---- 5. "the sending account" ----------------------------------------------------------------------------------------
ACCOUNT_ROWS = [
    ("au60-gmail-group-sending-account-not-member", f"{GMAIL_SRC}; {GROUPS}{HAND}",
     g_remote("k1", "sales-team@kestrel-systems.co.uk", "550 5.7.1 The sending account is not a member of this group; "
              "only members can post to sales-team@kestrel-systems.co.uk", "5.7.1", "aspmx.l.google.com",
              heading="Message not delivered", lead="There was a problem delivering your message to {a}."),
     theirs("sales-team@kestrel-systems.co.uk")),
    ("au60-exo-mailbox-refuses-sending-account", f"{EXO_SRC}; {BLOCKS}{HAND}",
     exo_said("k2", "j.price@kestrel-systems.co.uk", "550 5.7.1 This mailbox does not accept mail from the sending "
              "account (blocked senders list)", "5.7.1", mx="mx.kestrel-systems.co.uk"),
     theirs("j.price@kestrel-systems.co.uk")),
    ("au60-exo-own-5-7-501-sending-account-banned", f"{EXO_SRC} (our tenant's own refusal, no remote); {MS_501}",
     exo("k3", "h.sato@kyoto-seimitsu.co.jp", why="Your message couldn't be delivered because you weren't recognized as "
         "a valid sender.", fix="How to Fix It\nContact your email admin.", diag="550 5.7.501 Access denied, spam abuse "
         "detected. The sending account has been banned due to detected spam activity. For details, see Fix email "
         "delivery issues for error code 5.7.501 in Office 365.", status="5.7.501"),
     ours("h.sato@kyoto-seimitsu.co.jp")),
    ("au60-pf-google-relay-sending-account-suspended", f"{POSTFIX_SRC}; {GOOG_RELAY}",
     postfix("k4", "r.moore@kestrel-systems.co.uk", reason="host smtp-relay.gmail.com[142.250.102.28] said: 550 5.7.0 "
             "Mail relay denied [198.51.100.7]. The sending email account has been temporarily suspended due to abuse. "
             "For more information, go to https://support.google.com/a/answer/6140680 a640c23a62f3a-60si1 - gsmtp (in "
             "reply to MAIL FROM command)", status="5.7.0", remote="smtp-relay.gmail.com",
             diag="550 5.7.0 Mail relay denied [198.51.100.7]. The sending email account has been temporarily "
             "suspended due to abuse. For more information, go to https://support.google.com/a/answer/6140680 "
             "a640c23a62f3a-60si1 - gsmtp"),
     ours("r.moore@kestrel-systems.co.uk")),
]

MORE_ROWS = FOOTER_ROWS + REPLY_ROWS + GMX_ROWS + AUTH_ROWS + ACCOUNT_ROWS
