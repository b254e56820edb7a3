"""The hundred-and-twenty-third review's notices (tests/classifier/review_notices123.py, rounds two and three in
review_notices123_more.py): an adversarial audit of review 117's mends (a date between a state and 'deleted', the
unindented parenthesis join, 'after (a) failed', the 5.1.7/5.1.8 sender rule, 'sender <us> not allowed',
'inactivated'). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices123 import ROWS as FIRST
from tests.classifier.review_notices123_more import ROWS as MORE

ROWS = FIRST + MORE

_BARE_SCHEDULE = (
    "NOT mended (a reason, not a hardness): '550 5.2.1 Account deleted on 1 April unless renewed' now reads soft (the "
    "condition after the deletion, deletion_dates.NOT_DONE), but with no state word (expired, disabled, suspended...) "
    "its reason is the 5.2.1 status's default, filtered, where the row expects suspend (an account still there, its "
    "deletion to come). Reading a bare scheduled deletion as a state is a wider call on mailbox_states than this "
    "audit's; soft either way, so no prospect is lost")
_OTHERS_FAILED = (
    "NOT mended (judged): the DELIVERED lead's own parenthesis, broken over unindented lines and closed at their end, "
    "says 'other recipients failed, see below' inside it. Read whole (review 117's call), its words hold 'failed'; "
    "telling a failure said of OTHER recipients from this one's needs the sentence's subject, which "
    "outcome_words.went_through does not parse (a one-line '(delivered; other recipients failed)' reads the same, "
    "older than review 117). A false hard on a live lead, but only where a writer puts others' outcome inside this "
    "one's parenthesis")
_RECAP_BLOCK = (
    "NOT mended (older than reviews 117 and 123, another layout's miss): a mixed report that restates the original's "
    "headers under an 'Original message:' line before its labelled outcomes reads as no bounce (numbered) or the "
    "delivered lead onhold and kim missed (unnumbered, main at 8f6a9bb alike); without the 'Original message:' line "
    "the same numbered recap reads kim alone, as expected. Review 123's numbered labels leave 'To:' out; the "
    "heading's effect on the report's reading is a recap-layout question for the lead")
_NOTE_CLOSES = (
    "NOT mended (judged, the price of a case-blind rule): the delivered lead's parenthesis broken unindented, then a "
    "Greek label line that closes it with no parenthesis of its own ('Σημείωση: 1 failed)'). Review 117 stopped at a "
    "capitalised label line, which the grid's re-cased notices undo (lower_notice joined 117's own note control; "
    "upper/title_notice stopped kim's 'ABGEWIESEN: ...)' and 'Then returned: ...' rest, false softs); review 123 "
    "stops at a label line (any case) only where it opens a parenthesis of its own, so a label line that only closes "
    "this one is its rest, and here that rest holds 'failed'. A note written inside another's parenthesis is rare")
JUDGEMENT: dict[str, str] = {
    "r123-mixed-el-note-closes": _NOTE_CLOSES,
    "r123-mixed-r2-numbered-recap": _RECAP_BLOCK,
    **{f"r123-gone-bare-deleted-on-date-unless{s}": _BARE_SCHEDULE for s in ("", "-gmail", "-exo")},
    "r123-mixed-own-paren-others-failed": _OTHERS_FAILED,
}

test_review_notices123, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 209)
