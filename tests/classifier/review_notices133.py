"""The hundred-and-thirty-third review: two misreadings the whole review-invariance grid found
(tests/classifier/test_review_invariance.py, 42 layout transforms over every review row).

1. FALSE HARD on a delivered lead (wrap_40_tab on notices126:r126-mixed-numbered-summary): a notice whose list intro
   ("could not be delivered to one or more of its recipients") is followed by a SUB-HEADING saying the addresses under
   it went through ("Delivered:", "Recipients delivered:", "1) Recipients delivered:", "Relayed:", "Zugestellt:",
   "Remis :", "Entregado:"), each address on a line of its own under it, read those delivered addresses as failed
   (onhold, or hard where a reason line followed). Such a heading ends the failed list until a failure heading
   ("Failed:", "Recipients failed:", "Undeliverable:", "Not delivered:", "Nicht zugestellt:", "Non remis :") starts it
   again. Controls: a failure heading's addresses stay failed (also first, and in each language); "Delivery to the
   following recipients failed:" stays a failure heading; a notice with only a failed list is unchanged.
2. FALSE SOFT (diag_multiline on notices121:r121-cause-5.1.1-generic-antispam-product and its Gmail / Exchange Online
   copies): "550 5.1.1 <lead> recipient rejected. Anti-Spam Gateway 3.2" sent as a multi-line reply ("550-5.1.1 ...
   recipient rejected. 550 5.1.1 Anti-Spam Gateway 3.2") read spamdetected: generic_refusal.cause_words sets a filter
   product's name and version aside only where it stands alone (reviews 121, 128, 131), and the reply line's code before
   it hid that. A reply line's code must not change the reading. Controls: the product's verdict following it on the
   same line stays the cause (soft), as does a reply line naming spam itself.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources per section.
test_review_notices133.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices85 import notice

R, S, ANY = "recipient", "sender", None
UNK, SPAM = ("userunknown",), ("spamdetected",)

# ---- 1. A "went through" sub-heading under a failed-list intro -----------------------------------------------------
LEAD = "lead@partner.example"
HEAD_SRC = ("hand-made after RFC 3461 §4.1 (NOTIFY=SUCCESS,FAILURE: one report may name delivered and failed "
            "recipients) and RFC 3464 §2.3.3 (Action: failed / delayed / delivered / relayed / expanded), in the "
            "human part's layout of review 85/90's mixed reports (the intro 'could not be delivered to one or more of "
            "its recipients', then headed lists); found by the review-invariance grid's wrap_40_tab on "
            "notices126:r126-mixed-numbered-summary (the heading alone on its line, the address folded under it)")
# Each failed address's reason on a line of its own under it (review 107's WHY, indented).
WHY = "\n\tReason: 550 5.1.1 User unknown"
INTRO = "Your message could not be delivered to one or more of its recipients.\n\n"


def _mixed(name: str, lines: str, why: str = "", intro: str = INTRO) -> tuple:
    """The intro, then `lines` (headed lists); lead and kim in the returned original's To."""
    return (f"r133-head-{name}", HEAD_SRC + why, notice(f"r133-{name}", intro + lines + "\n", to=f"{LEAD}, {KIM}"),
            hard(KIM))


OK = " (the delivered lead stays delivered, kim failed)"
CONTROL = " (control: the failure heading's address stays failed)"
HEAD_ROWS = [
    _mixed("delivered-tab", f"Delivered:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", OK),
    _mixed("recipients-delivered-indent", f"Recipients delivered:\n    {LEAD}\nRecipients failed:\n    {KIM}{WHY}",
           OK),
    _mixed("numbered-recipients-delivered", f"1) Recipients delivered:\n\t{LEAD}\n2) Recipients failed:\n\t{KIM}{WHY}",
           OK + " (the grid's wrapped numbered summary)"),
    _mixed("intro-folded", f"Recipients delivered:\n\t{LEAD}\nRecipients failed:\n\t{KIM}{WHY}", OK,
           intro="Your message could not be delivered to\n\tone or more of its recipients.\n\n"),
    _mixed("relayed", f"Relayed:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", OK + " (RFC 3464's 'relayed')"),
    _mixed("successfully-delivered-to", f"Successfully delivered to:\n\t{LEAD}\nUndeliverable:\n\t{KIM}{WHY}",
           OK),
    _mixed("delivered-reason-unindented", f"Delivered:\n\t{LEAD}\nFailed:\n\t{KIM}\nReason: 550 5.1.1 User unknown",
           OK + " (kim's reason line not indented)"),
    _mixed("de-zugestellt", f"Zugestellt:\n\t{LEAD}\nNicht zugestellt:\n\t{KIM}{WHY}",
           OK + " (German; 'nicht zugestellt' the failure)"),
    _mixed("fr-remis", f"Remis :\n\t{LEAD}\nNon remis :\n\t{KIM}{WHY}",
           OK + " (French; 'non remis' the failure)"),
    _mixed("es-entregado", f"Entregado:\n\t{LEAD}\nNo entregado:\n\t{KIM}{WHY}",
           OK + " (Spanish; 'no entregado' the failure)"),
    # Controls: the failure heading's addresses stay failed.
    _mixed("c-failed-first", f"Failed:\n\t{KIM}{WHY}\nDelivered:\n\t{LEAD}", CONTROL + " (failed first)"),
    _mixed("c-failed-first-intro-folded", f"Failed:\n\t{KIM}{WHY}\nDelivered:\n\t{LEAD}", CONTROL + " (failed first, "
           "the intro folded: no list intro known, the lone addresses' list; found by the grid's wrap_40_tab and "
           "wrap_50_flush on r133-head-c-failed-first, its reading written after that run)",
           intro="Your message could not be delivered to\n\tone or more of its recipients.\n\n"),
    _mixed("c-not-delivered-heading", f"Delivered:\n\t{LEAD}\nNot delivered:\n\t{KIM}{WHY}",
           CONTROL + " ('not delivered:' is a failure heading)"),
    _mixed("c-only-failed-list", f"Failed:\n\t{KIM}{WHY}", CONTROL + " (a failed list alone, unchanged)"),
    _mixed("c-delivery-to-following-failed", f"Delivery to the following recipients failed:\n\t{KIM}{WHY}",
           CONTROL + " ('Delivery to the following recipients failed:' is a failure heading)"),
    _mixed("c-delivered-then-delivery-failed", f"Delivered:\n\t{LEAD}\nDelivery to the following recipients "
           f"failed:\n\t{KIM}{WHY}", CONTROL + " (after a delivered list)"),
    ("r133-head-c-both-failed", HEAD_SRC + CONTROL + " (two failed under one failure heading)",
     notice("r133-both-failed", INTRO + f"Recipients failed:\n\t{LEAD}{WHY}\n\t{KIM}{WHY}\n",
            to=f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
    ("r133-head-c-no-heading", HEAD_SRC + CONTROL + " (the addresses right under the intro)",
     notice("r133-no-heading", INTRO + f"\t{LEAD}{WHY}\n\t{KIM}{WHY}\n", to=f"{LEAD}, {KIM}"),
     hard(LEAD, KIM)),
]

# ---- 2. A filter product's name and version on a multi-line reply's last line ------------------------------------
G_MX, G_L = "mx.partner.example", "lead@partner.example"
LINE_SRC = ("RFC 5321 4.2.1 (a multi-line reply: '<code>-<text>' lines, the last '<code> <text>'; Gmail repeats the "
            "enhanced status on each line), review 121's row r121-cause-5.1.1-generic-antispam-product as the grid's "
            "diag_multiline sends it; generic_refusal.cause_words (reviews 121, 128, 131: a product's name and version "
            "standing alone names no cause); hand-made")
LINES = [
    ("product-last-line", f"550-5.1.1 <{G_L}> recipient rejected. 550 5.1.1 Anti-Spam Gateway 3.2", "5.1.1", "RCPT",
     True, UNK, R),
    ("product-last-line-no-stop", f"550-5.1.1 <{G_L}> recipient rejected 550 5.1.1 Anti-Spam Gateway 3.2", "5.1.1",
     "RCPT", True, UNK, R),
    ("product-last-line-basic-code", f"550-<{G_L}> recipient rejected. 550 Anti-Spam Gateway 3.2", "5.0.0", "RCPT",
     True, UNK, R),
    ("antivirus-product-last-line", f"550-5.1.1 <{G_L}> recipient rejected. 550 5.1.1 Anti-Virus Engine 6.1", "5.1.1",
     "RCPT", True, UNK, R),
    ("product-middle-line", f"550-5.1.1 <{G_L}> recipient rejected. 550-5.1.1 Anti-Spam Gateway 3.2 550 5.1.1 "
     "Recipient rejected", "5.1.1", "RCPT", True, UNK, R),
    # Controls: the product's verdict on its line, or a line naming spam, is the cause (soft).
    ("c-product-then-verdict", f"550-5.7.1 <{G_L}> recipient rejected. 550 5.7.1 Anti-Spam Gateway 3.2 found spam in "
     "this message", "5.7.1", "DATA", False, ANY, ANY),
    ("c-product-colon-spam", f"550-5.1.1 <{G_L}> recipient rejected. 550 5.1.1 Anti-Spam Gateway 3.2: message is "
     "spam", "5.1.1", "RCPT", False, ANY, ANY),
    ("c-line-names-spam", f"550-5.7.1 <{G_L}> recipient rejected. 550 5.7.1 Message rejected as spam", "5.7.1",
     "DATA", False, SPAM, ANY),
    ("c-antivirus-verdict", f"550-<{G_L}> recipient rejected. 550 Anti-Virus Engine 6.1 found Eicar-Test-Signature",
     "5.0.0", "RCPT", False, ANY, ANY),
]

ROWS: list[tuple] = HEAD_ROWS + both_layouts("r133", G_MX, G_L)("line", LINE_SRC, LINES)
