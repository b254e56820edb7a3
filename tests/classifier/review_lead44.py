"""Review lead44 (session 44's lead): the mend of codes63's one open false hard, with controls. Our address said "not
found" in the RECIPIENT's allow list (a rule of the recipient's that takes mail only from senders it lists) is their
choice of senders, never their own absence: "550 5.7.1 Rejected by the recipient's rule: your address couldn't be
found in the recipient's allow list" read userunknown, hard (`reasons._is_userunknown` at RCPT: the sender check
`lexicon.sender_refused` holds, but `soft_wordings.recipient_choice` made the sender stage step aside, and the
generic "couldn't be found" then read the recipient missing). Rows hand-made in Exim's and Postfix's layouts; the
replies are admins' ACL / access-map texts (Exim spec "Access control lists": `deny message = ...`; Postfix access(5)
"REJECT optional text"). The two mend rows fail without the mend; the three controls read the same before and
after. Not mended (seen while writing them): the same words after Postfix's own "Recipient address rejected:" lead
("<r>: Recipient address rejected: the recipient's rule: your address couldn't be found in the recipient's
whitelist") still read hard: the lead names the recipient refused, and neither the sender check nor the recipient's
choice reads past it (a hand-made wording; left). Names "l44-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_codes63 import policy
from tests.classifier.review_holdout50 import ex_remote, hard, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, POSTFIX_SRC

EXIM_ACL = "Exim ACL 'deny message = ...' (the admin's own text; Exim spec 'Access control lists')"
PF_ACCESS = "Postfix access(5) 'REJECT optional text...' (the admin's own text, 5.7.1 by default)"

ROWS = [
    ("l44-exim-not-found-in-allow-list", f"{EXIM_SRC}; {EXIM_ACL} (fails without the mend)",
     ex_remote("l1", "r.blanc@provence-huiles.fr", "550 5.7.1 Rejected by the recipient's rule: your address was not "
               "found in the allow list", "mx.provence-huiles.fr"), policy("r.blanc@provence-huiles.fr")),
    ("l44-pf-sender-not-found-on-whitelist", f"{POSTFIX_SRC}; {PF_ACCESS} (fails without the mend)",
     pf_remote("l2", "m.ferri@lago-garda.it", "554 5.7.1 Rejected by the recipient's rule: your sender address "
               "couldn't be found in the recipient's whitelist", "5.7.1", "mx.lago-garda.it"),
     policy("m.ferri@lago-garda.it")),
    ("l44-ctl-exim-only-specific-senders-user-unknown", f"{EXIM_SRC}; {EXIM_ACL} (control: hard before and after)",
     ex_remote("l3", "k.lund@fjord-tre.no", "550 5.7.1 Recipient is only accepting mail from specific senders; user "
               "unknown", "mx.fjord-tre.no"), hard("k.lund@fjord-tre.no")),
    ("l44-ctl-pf-recipient-address-couldnt-be-found", f"{POSTFIX_SRC}; {PF_ACCESS} (control: hard before and after)",
     pf_remote("l4", "a.berg@vastkust-fisk.se", "550 5.1.1 <a.berg@vastkust-fisk.se>: Recipient address rejected: "
               "the recipient's address couldn't be found", "5.1.1", "mx.vastkust-fisk.se"), hard("a.berg@vastkust-fisk.se")),
    ("l44-ctl-exim-your-address-not-in-allow-list", f"{EXIM_SRC}; {EXIM_ACL} (control: soft before and after)",
     ex_remote("l5", "j.meyer@elbtal-chemie.de", "550 5.7.1 Your address couldn't be found in the recipient's allow "
               "list", "mx.elbtal-chemie.de"), policy("j.meyer@elbtal-chemie.de")),
]
