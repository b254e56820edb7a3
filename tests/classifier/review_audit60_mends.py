"""Audit 60's rows written AFTER its first run, for its two mends (review_audit60.py's and review_audit60_more.py's rows
were committed before): a row failing without its mend, and controls that read the same with and without it.

1. classifier/changed_address.py: the foreign "your" before the noun, a name slot of two words that are no determiner
   or machine, German's words between noun and verb naming no machine or ours, no move to a server, no invitation to
   retry, and the bare move verbs ("ist umgezogen", "is verhuisd") only towards the person's new e-mail address, "no
   longer reachable" or another employer. Its twenty attack rows fail without it; here a 4xx given up that invites a
   retry (hard without the mend) and controls: the person's moves and changed addresses in the shapes the mend keeps
   ("Ihre Nachricht ...: die Adresse von <Name>", a two-word name after "de", "ist umgezogen" with a new address).
2. classifier/severity.py _OUR_SIDE_REFUSED: "the sending account" only in a state of its own (suspended, banned,
   disabled, deleted, expired ...). Its two attack rows (a group's and a mailbox's own refusal) read the sender's
   scope without it; controls: our account said locked / disabled, the sender's scope before and after."""

from __future__ import annotations

from tests.classifier.review_audit60_layouts import EXIM_FAIL, HAND, PF_GIVEN_UP, PF_RCPT_ACCESS, moved, not_hard, ours
from tests.classifier.review_bulk59_layouts import g_said, pf_said
from tests.classifier.review_holdout50 import g_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, GMAIL_SRC, POSTFIX_SRC, exim

MEND_ROWS = [
    # Mend 1: fails without it.
    ("au60-mend-pf-given-up-de-adresse-geaendert-retry", f"{POSTFIX_SRC}; {PF_GIVEN_UP}; access(5) DEFER text{HAND}",
     pf_said("m1", "v.ernst@nordlicht-handel.de", "450 4.7.1 <v.ernst@nordlicht-handel.de>: Recipient address "
             "rejected: Diese E-Mail-Adresse hat sich geaendert, bitte spaeter erneut versuchen", "4.7.1",
             mx="mx01.nordlicht-handel.de", command="RCPT TO"),
     not_hard("v.ernst@nordlicht-handel.de")),
    # Mend 1: controls, hasmoved before and after.
    ("au60-mend-ctl-exim-de-ihre-nachricht-adresse-von", f"{EXIM_SRC}; {EXIM_FAIL}{HAND}",
     exim("m2", "j.richter@hanse-logistik.de", detail="Ihre Nachricht wurde nicht zugestellt: Die Adresse von Jana "
          "Richter hat sich geaendert, bitte schreiben Sie an jana@richter-beratung.de", host="mx.hanse-logistik.de"),
     moved("j.richter@hanse-logistik.de")),
    ("au60-mend-ctl-gmail-fr-adresse-de-marc-dubois", f"{GMAIL_SRC}; Postfix access(5) REJECT text{HAND}",
     g_remote("m3", "m.dubois@atelier-roche.fr", "550 L'adresse de Marc Dubois a changé ; écrivez à "
              "marc.dubois@dubois-conseil.fr", "5.0.0", "mx.atelier-roche.fr"),
     moved("m.dubois@atelier-roche.fr")),
    ("au60-mend-ctl-pf-de-ist-umgezogen-neue-adresse", f"{POSTFIX_SRC}; {PF_RCPT_ACCESS}{HAND}",
     pf_said("m4", "u.lehmann@hanse-logistik.de", "550 5.7.1 <u.lehmann@hanse-logistik.de>: Recipient address "
             "rejected: Frau Ute Lehmann ist umgezogen, neue Adresse: ute.lehmann@lehmann-design.de", "5.7.1",
             mx="mx.hanse-logistik.de", command="RCPT TO"),
     moved("u.lehmann@hanse-logistik.de")),
    ("au60-mend-ctl-gmail-en-his-address-has-changed", f"{GMAIL_SRC}; {EXIM_FAIL}{HAND}",
     g_remote("m5", "t.hale@kestrel-systems.co.uk", "550 Tom Hale has changed his address to tom@hale-partners.com",
              "5.0.0", "mx.kestrel-systems.co.uk"),
     moved("t.hale@kestrel-systems.co.uk")),
    # Mend 2: controls, the sender's scope before and after.
    ("au60-mend-ctl-pf-sending-account-locked", f"{POSTFIX_SRC}; our relay's access(5) REJECT text{HAND}",
     pf_said("m6", "n.cole@kestrel-systems.co.uk", "550 5.7.1 The sending account <seller@example.com> is locked",
             "5.7.1", mx="relay.example.com", command="MAIL FROM"),
     ours("n.cole@kestrel-systems.co.uk")),
    ("au60-mend-ctl-gmail-sending-account-disabled", f"{GMAIL_SRC} (Google's own refusal, no remote){HAND}",
     g_said("m7", "p.reid@kestrel-systems.co.uk", "550 5.7.1 The sending account has been disabled", "5.7.1", None,
            blocked=False),
     ours("p.reid@kestrel-systems.co.uk")),
]
