"""Codes 63, second batch (written after the first run, expectations committed before it ran on them): 5.7.x
policy refusals whose words hold one of the generic table's no-such-user phrases (classifier/phrases.py userunknown:
"recipient rejected", "no valid recipients", "recipient address rejected.", "requested action not taken: mailbox
unavailable", "couldn't be found", "recipient is not local") inside a sentence that says why: the sender's domain,
our IP, content, relaying. FALSE HARDS are the aim; two hard controls under 5.7.1 whose words do say the recipient
is missing. Names "c63-2-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_codes63 import PF_ACCESS, policy
from tests.classifier.review_holdout50 import S, ex_remote, hard, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, POSTFIX_SRC

RFC5321 = "RFC 5321 4.2.3 ('550 Requested action not taken: mailbox unavailable (e.g., ... command rejected for policy reasons)')"
EXIM_ACL = "Exim ACL 'deny message = ...' (the admin's own text; Exim spec 'Access control lists'), an admin-set 5.7.1"
OURIP = "198.51.100.7"

ROWS = [
    ("c63-2-pf-571-recipient-rejected-by-policy-domain", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("f1", "a.nowak@baltic-amber.pl", "554 5.7.1 <a.nowak@baltic-amber.pl>: Recipient rejected by policy: "
               "the sender's domain example.com is on this recipient's block list", "5.7.1", "mx.baltic-amber.pl"),
     policy("a.nowak@baltic-amber.pl")),
    ("c63-2-exim-571-no-valid-recipients-content", f"{EXIM_SRC}; {EXIM_ACL}",
     ex_remote("f2", "j.meyer@elbtal-chemie.de", "550 5.7.1 No valid recipients: message refused by the content "
               "policy (attachment type .iso not allowed)", "mx.elbtal-chemie.de", command="end of data"),
     policy("j.meyer@elbtal-chemie.de")),
    ("c63-2-pf-571-recipient-address-rejected-dot-ip", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("f3", "p.costa@tejo-logistica.pt", f"550 5.7.1 Recipient address rejected. Your IP {OURIP} is on a "
               "local deny list", "5.7.1", "mx.tejo-logistica.pt"), policy("p.costa@tejo-logistica.pt", (), S)),
    ("c63-2-pf-571-mailbox-unavailable-policy", f"{POSTFIX_SRC}; {RFC5321}",
     pf_remote("f4", "e.lund@vastkust-hamn.se", "550 5.7.1 Requested action not taken: mailbox unavailable for "
               "policy reasons (sender domain not allowed)", "5.7.1", "mx.vastkust-hamn.se"),
     policy("e.lund@vastkust-hamn.se")),
    ("c63-2-exim-571-allow-list-couldnt-be-found", f"{EXIM_SRC}; {EXIM_ACL}",
     ex_remote("f5", "r.blanc@provence-huiles.fr", "550 5.7.1 Rejected by the recipient's rule: your address couldn't "
               "be found in the recipient's allow list", "mx.provence-huiles.fr"), policy("r.blanc@provence-huiles.fr")),
    ("c63-2-pf-571-recipient-not-local-relaying", f"{POSTFIX_SRC}; {PF_ACCESS} (a relay refusal in the admin's words)",
     pf_remote("f6", "m.russo@etna-ceramiche.it", "550 5.7.1 <m.russo@etna-ceramiche.it>: the recipient is not local "
               "and relaying is denied for your host", "5.7.1", "relay.etna-ceramiche.it"),
     policy("m.russo@etna-ceramiche.it", ("norelaying",), S)),
    ("c63-2-pf-571-recipient-rejected-spam", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("f7", "h.kim@busan-shipparts.kr", "550 5.7.1 Recipient rejected: message looks like spam (score 12.4 > "
               "8.0)", "5.7.1", "mx.busan-shipparts.kr", command="end of DATA"), policy("h.kim@busan-shipparts.kr")),
    ("c63-2-exim-571-not-a-valid-address-sender", f"{EXIM_SRC}; {EXIM_ACL}",
     ex_remote("f8", "t.sato@kansai-robotics.jp", "550 5.7.1 <seller@example.com> is not a valid address to send "
               "from: sender verification failed", "mx.kansai-robotics.jp", command="MAIL FROM"),
     policy("t.sato@kansai-robotics.jp", (), S)),
    # Hard controls: 5.7.1, and the words say the recipient is missing.
    ("c63-2-pf-571-unknown-recipient-control", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("f9", "l.ortiz@andes-mineria.cl", "550 5.7.1 <l.ortiz@andes-mineria.cl>: Unknown recipient", "5.7.1",
               "mx.andes-mineria.cl"), hard("l.ortiz@andes-mineria.cl")),
    ("c63-2-exim-571-no-mailbox-by-that-name-control", f"{EXIM_SRC}; {EXIM_ACL}",
     ex_remote("f10", "k.ahmed@indus-pharma.pk", "550 5.7.1 Rejected: there is no mailbox by that name at this "
               "domain", "mx.indus-pharma.pk"), hard("k.ahmed@indus-pharma.pk")),
]
