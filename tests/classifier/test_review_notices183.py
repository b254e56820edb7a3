"""The hundred-and-eighty-third review's notices (tests/classifier/review_notices183.py): an adversarial audit of review
180's mends (summary count lines, refusals of nothing and tries given up, our sender greeted or asked and answered, a
reply below an address). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices183 import ROWS

_FILTERED = (
    "kim is now kept as an entry (reply_rests.reply_below reads the reply's bare code after a colon or a reply word, "
    "review 183's mend), but its reply carries no enhanced status and no command: a bare 'User unknown' at an unnamed "
    "stage reads filtered, soft (reasons.py: taxonomy 'filtered' = refused after DATA or by a recipient-side filter; "
    "the project's reading of a 'no such user' whose stage no reply names, read again as userunknown only without a "
    "remote reply). A reason rule for every bare-code reply, not for this review's layout")
# (Review 186 mended r183-below-de-unzustellbar-0-von-1-zugestellt and r183-below-fr-echec-0-sur-1-remis: formats/
# failure_said's German and French failure words. Ordinary rows now.)
JUDGEMENT: dict[str, str] = {
    # (Session 31 mended r183-below-bounced-0-retries-remaining, r183-below-c-bounce-rate-100,
    # r183-below-c-retries-exhausted and r183-b2-below-de-bounce-rate-100-komma: formats/failure_said's count of bounces
    # and tries given up. Ordinary rows now.)
    # (r183-greet-de-absender-blacklist-colon-nein: mended in review 185, denied_mentions._ANSWERED_LIST; now an
    # ordinary row.)
    "r183-rr-kim-error-550-colon": _FILTERED,
    "r183-rr-kim-code-550-paren": _FILTERED,
    "r183-b2-rr-forward-path-then-postal-address-lines": (
        "kim's 551 'please try' / <lead>, two blank lines, then a postal address block whose second line is '500 Main "
        "Street': a bare code opening its line is how a reply stands (RFC 5321 §4.2: '550 User unknown'), and nothing "
        "in 'Main Street' tells it from a reply's text without a lexicon of failure words that would miss replies "
        "in words it lacks (kim lost, the false soft 180 mended). The inline address 'Example Corp, 500 Main Street' "
        "reads right (a bare code only opening the line or after a colon, a quote or a reply word)"),
}

test_review_notices183, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
