"""The hundred-and-fifty-second review: what the whole review-invariance grid (tests/classifier/test_review_invariance.py,
42 layout transforms over every review row) found on main in the "Delivered:" / "Not delivered" sub-heading rules of
formats/intros.py (reviews 133, 135, 139, 143, 144, 147), shown here in layouts real writers use themselves.

1. A GATEWAY'S LOWER CASE (the grid's lower_notice on r139-head-flush-not-delivered-no-colon, r144-head-c-not-delivered-
   flush, r144-head-c-not-delivered-caps): review 144 made a flush-left "Not delivered" a failure heading only when
   capitalised, to keep a wrapped sentence's tail out; lower-cased, "not delivered" was no heading, the failed kim was
   lost and the delivered lead read failed (a FALSE HARD on a live prospect).
2. CAPITALS OR TITLE CASE (upper_notice, title_notice on r144-head-wrapped-sentence-not-delivered): the opposite; the
   tail "NOT DELIVERED" of a wrapped sentence between delivered entries became a heading, the delivered lee read failed
   (a FALSE HARD). Both are told by the lines around, not by letter case: a heading opens its paragraph (after a blank
   line, an address entry, a line indented under one, or a line ending in ':' or '.'); a sentence's tail follows a line
   that does not end one.
3. A WRITER'S WIDTH (wrap_40_tab on r144-head-side-after-451-greylisting): "Delivered (after a 451 4.7.1" / "<tab>
   greylisting delay):" folded at 40 columns; the heading's colon line did not open its paragraph, the delivered list
   was lost and the lead read failed (a FALSE HARD). A heading broken over lines is read whole from its first line.
CONTROLS: a wrapped sentence ending "not delivered" (any case, with or without its full stop) stays a sentence; a
failure heading stays one (lower case, after a note's full stop, folded itself); a list intro's tail "delivered to:"
is no heading; a delivered list in capitals stays delivered.

Findings (28 rows, expectations committed before running; main at d93fde8): 16 misread. 6 FALSE HARDS (the lower-case
"not delivered" heading: kim lost, the delivered lead read hard userunknown); 10 delivered addresses read failed (onhold,
soft, wrong scope): the wrapped sentence's tail in capitals, title case, or the writer's own capital "Not delivered" /
a tail "rejected" (5), the delivered heading folded or wrapped by its width (5). Mended in formats/intros.py: `_tail`
(not opening its paragraph, after a line ending mid-clause: an auxiliary, article, preposition or conjunction), in any
case (`_NOT_DELIVERED` case-blind); `_heading_text` (a ':' heading read whole from the line that opens it, up to three
lines, no colon of its own before). Mending found 1 false soft of its own (review 135's control "Status: 2.0.0" above
"Failed:", joined into a heading; mended by the colon rule). The whole grid over reviews 13x-15x's rows (42
transforms): 1 changed reading left, older, not this family (wrap_40_tab on r149-pf-help-helpdesk-bare: the helpdesk
address folded to a line's start read as a failed recipient, onhold).

Rows: (name, source, raw, expected), each expectation written from the words, the status (RFC 3463) and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; test_review_notices152.py runs them."""

from __future__ import annotations

from tests.classifier.casing import keeping_addresses
from tests.classifier.review_notices50_sources import KIM, LEE, hard
from tests.classifier.review_notices85 import notice

LEAD = "lead@partner.example"
SRC = ("hand-made after RFC 3461 §4.1 (NOTIFY=SUCCESS,FAILURE: one report may name delivered and failed recipients) "
       "and RFC 3464 §2.3.3 (Action: failed / delivered), in review 133/139/144's layout of headed lists under the "
       "intro 'could not be delivered to one or more of its recipients' (Exim src/deliver.c's wording); ")
CASE = ("the notice's text re-cased in transit (RFC 822 §3.4.7: text may be any case; VMS Mail upcasing what passes "
        "through it, vmsnet 1989, digiater.com net/89b/mail_fwd_case_sens.txt; the grid's lower_notice / upper_notice / "
        "title_notice)")
WIDTH = ("the notice's text broken at its writer's width (GroupWise GWIA's 'Line Wrap Length for Message Text on "
         "Outbound Mail', ConsoleOne help novell_gwia/smtpmessageformatpnl.html; RFC 5322 §2.2.3 folding; the grid's "
         "wrap_40_tab)")
INTRO = "Your message could not be delivered to one or more of its recipients.\n\n"
WHY = "\n\tReason: 550 5.1.1 User unknown"


def _row(name: str, why: str, lines: str, case=None, to: str = f"{LEAD}, {KIM}", intro: str = INTRO,
         expected=None) -> tuple:
    """The intro, then `lines`, the notice's words (not its addresses) re-cased by `case`; only kim failed unless `expected` says."""
    body = intro + lines + "\n"
    return (f"r152-{name}", SRC + why, notice(f"r152-{name}", keeping_addresses(body, case) if case else body, to=to),
            hard(KIM) if expected is None else expected)


FH = " (FALSE HARD attack: the delivered lead / lee must stay delivered, kim failed)"
CTL = " (control)"
LOW, UP, TITLE = str.lower, str.upper, str.title
THREE = f"{LEAD}, {LEE}, {KIM}"
ROWS: list[tuple] = [
    # 1. A failure heading set flush left with no colon, in a gateway's lower case.
    _row("lower-not-delivered-tab", CASE + FH, f"Delivered:\n\t{LEAD}\nNot delivered\n\t{KIM}{WHY}", LOW),
    _row("lower-not-delivered-flush", CASE + FH, f"Delivered:\n{LEAD}\nNot delivered\n{KIM}{WHY}", LOW),
    _row("lower-not-delivered-after-reason", CASE + FH + " (after the delivered entry's own indented line)",
         f"Delivered:\n\t{LEAD}\n\tResult: 250 2.0.0 OK\nNot delivered\n\t{KIM}{WHY}", LOW),
    _row("lower-not-delivered-after-blank", CASE + FH, f"Delivered:\n\t{LEAD}\n\nNot delivered\n\t{KIM}{WHY}", LOW),
    _row("lower-nicht-zugestellt", CASE + FH + " (German)", f"Zugestellt:\n\t{LEAD}\nNicht zugestellt\n\t{KIM}{WHY}",
         LOW),
    _row("upper-not-delivered", CASE + CTL, f"Delivered:\n\t{LEAD}\nNot delivered\n\t{KIM}{WHY}", UP),
    _row("title-not-delivered", CASE + CTL, f"Delivered:\n\t{LEAD}\nNot delivered\n\t{KIM}{WHY}", TITLE),
    _row("lower-not-delivered-after-note-stop", CASE + CTL + " (after a note's full stop)",
         f"Delivered:\n{LEAD}\nNo DSN requested.\nNot delivered\n{KIM}{WHY}", LOW),
    # 2. A wrapped sentence ending "not delivered" between delivered entries, in any case.
    _row("upper-wrapped-sentence", CASE + FH, f"Delivered:\n{LEAD}\nCopies addressed to the sender are\nnot delivered"
         f"\n{LEE}\nFailed:\n{KIM}{WHY}", UP, to=THREE),
    _row("title-wrapped-sentence", CASE + FH, f"Delivered:\n{LEAD}\nCopies addressed to the sender are\nnot delivered"
         f"\n{LEE}\nFailed:\n{KIM}{WHY}", TITLE, to=THREE),
    _row("lower-wrapped-sentence", CASE + CTL, f"Delivered:\n{LEAD}\nCopies addressed to the sender are\nnot delivered"
         f"\n{LEE}\nFailed:\n{KIM}{WHY}", LOW, to=THREE),
    _row("wrapped-sentence-capital-not", CTL + " (the tail starts a capitalised word, the writer's own case)",
         f"Delivered:\n{LEAD}\nCopies addressed to the sender are\nNot delivered\n{LEE}\nFailed:\n{KIM}{WHY}",
         to=THREE),
    _row("wrapped-sentence-full-stop", CTL + " (its full stop at the tail's end)", f"Delivered:\n{LEAD}\nCopies "
         f"addressed to the sender are\nnot delivered.\n{LEE}\nFailed:\n{KIM}{WHY}", to=THREE),
    _row("upper-wrapped-sentence-full-stop", CASE + FH, f"Delivered:\n{LEAD}\nCopies addressed to the sender are\n"
         f"not delivered.\n{LEE}\nFailed:\n{KIM}{WHY}", UP, to=THREE),
    _row("wrapped-sentence-rejected", FH + " (a wrapped sentence's tail is a failure word alone)",
         f"Delivered:\n{LEAD}\nMessages that carry no sender are\nrejected\n{LEE}\nFailed:\n{KIM}{WHY}", to=THREE),
    # 3. A delivered heading broken by its writer's width.
    _row("heading-folded-tab", WIDTH + FH, f"Delivered (after a 451 4.7.1\n\tgreylisting delay):\n\t{LEAD}\nFailed:\n\t"
         f"{KIM}{WHY}"),
    _row("heading-wrapped-flush", WIDTH + FH, f"Delivered (after a 451 4.7.1 greylisting\ndelay):\n{LEAD}\nFailed:\n"
         f"{KIM}{WHY}"),
    _row("heading-folded-three-lines", WIDTH + FH, f"Delivered (after a 451\n\t4.7.1 greylisting\n\tdelay):\n\t{LEAD}"
         f"\nFailed:\n\t{KIM}{WHY}"),
    _row("heading-folded-via-failover", WIDTH + FH, f"Delivered (via the failover\n MX host):\n {LEAD}\nFailed:\n {KIM}"
         f"{WHY}"),
    _row("upper-heading-folded-tab", WIDTH + " and " + CASE + FH, f"Delivered (after a 451 4.7.1\n\tgreylisting delay):"
         f"\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", UP),
    # Controls of the width rule: a failure heading folded stays one, a list intro's tail is no heading.
    _row("c-failed-heading-folded", WIDTH + CTL, f"Delivered:\n\t{LEAD}\nNot delivered (after three\n\tattempts):\n\t"
         f"{KIM}{WHY}"),
    _row("c-intro-tail-delivered-to", WIDTH + CTL + " (the intro's tail alone on its line)", f"\t{KIM}{WHY}",
         intro="Your message could not be\ndelivered to:\n"),
    _row("c-delivered-heading-then-sentence-tail-colon", WIDTH + CTL + " (a sentence broken before 'delivered:' "
         "under a failure heading is no heading)", f"Failed:\n\t{KIM}{WHY}\nThe following were never\ndelivered:\n\t"
         f"{LEE}{WHY}", to=THREE, expected=hard(KIM, LEE)),
    # Controls: a failed list stays failed, a delivered list stays delivered, in each case.
    _row("c-lower-failed-list", CASE + CTL, f"Failed:\n\t{KIM}{WHY}", LOW),
    _row("c-upper-delivered-list", CASE + CTL, f"Delivered:\n\t{LEAD}\n\t{LEE}\nFailed:\n\t{KIM}{WHY}", UP, to=THREE),
    _row("c-lower-not-delivered-colon", CASE + CTL, f"Delivered:\n\t{LEAD}\nNot delivered:\n\t{KIM}{WHY}", LOW),
    _row("c-title-delivered-list", CASE + CTL, f"Delivered:\n\t{LEAD}\n\t{LEE}\nFailed:\n\t{KIM}{WHY}", TITLE,
         to=THREE),
    # 4. The whole grid after this review (wrap_40_tab on notices149:r149-pf-help-helpdesk-bare): a help sentence
    # broken by its writer's width before an address ("write to" / "helpdesk@...") read that address as the list's
    # failed entry (onhold); the lead's own paragraph stays the one failure. Control: a list intro broken before its
    # address ("could not be delivered to" / "kim@...") still names kim.
    ("r152-help-sentence-address-tail", WIDTH + " (FALSE attack: our helpdesk address on a help sentence's folded "
     "line is no failed recipient; found by the whole grid)",
     notice("r152-help-sentence-address-tail", "I'm sorry to have to inform you that\n\tyour message could not\nbe "
            "delivered to one or more recipients.\n\tIt's attached below.\n\nIf you need help, write to\n\t"
            f"helpdesk@example.com or call extension\n\t4711.\n\n<{KIM}>: host mx.partner.example[192.0.2.7] said:"
            "\n    550 5.1.1 User unknown (in reply to RCPT TO command)\n", to=KIM), hard(KIM)),
    _row("c-intro-broken-before-address", WIDTH + CTL + " (an intro broken before its address: the address is the "
         "list's entry)", f"\t{KIM}{WHY}", intro="Your message could not be delivered to\n", to=KIM),
    # A judgement's edge, written honestly: a flush note with no full stop, then a flush failure heading with no colon.
    _row("note-no-stop-then-not-delivered", " (FALSE SOFT attack: a note with no full stop, then a failure heading; "
         "kim must stay failed)",
         f"Delivered:\n{LEAD}\nNo DSN requested\nNot delivered\n{KIM}{WHY}"),
]
