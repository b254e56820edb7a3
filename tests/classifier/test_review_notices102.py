"""The hundred-and-second review's notices (tests/classifier/review_notices102.py): an adversarial audit of review
98's mends, attacks beside controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices102 import ROWS

_EXPIRED = ("'The recipient's account has expired and was deleted' under 5.1.1 reads suspend (soft): mailbox_states' "
            "'expired' wins before departures' 'deleted'; older than review 98 (read so before it), a false SOFT (keeps "
            "mailing a dead address, never unenrols a live one); left for the states' order")
_NOT_FULL = ("'not \'mailbox full\' but no such user' under 5.7.1 reads mailboxfull: the full-mailbox phrase wins the "
             "first pass, its negation unread (review 98's own standing call r98-neg-neg-c-not-mailbox-full, older "
             "than its mends); a false SOFT, left")
_OWNER = ("'The domain owner rejects mail for unknown users: no such user <r>' with no stage (Gmail's and Exchange "
          "Online's layouts) reads filtered: 'rejects mail' with no stage reads a filter's refusal (soft); so before "
          "review 98 too (the relay's RCPT row, which review 98 made soft, reads hard again after review 102's mend); a "
          "judgement call, soft")
_QUOTED = ("'The mailbox doesn't \"exist\" on this server' (a word only stressed in quotes) is not read as the mailbox "
           "missing by lexicon.no_such_recipient (so before review 98); a hand-written emphasis no server's fixed "
           "text uses; a false SOFT, left")
_COMPACT = ("Postfix's text with the blank lines between paragraphs dropped and wrapped (a gateway compacting it): "
            "the third recipient's '<bob@x>: host' line reads as the second's wrapped reply "
            "(formats/broken.continues_reply), bob is never listed; so before review 98 (its lines_about mend plays "
            "no part); Postfix itself always writes the blank line, left: a false SOFT for bob")
JUDGEMENT: dict[str, str] = {
    **{f"r102-own-own-c-en-recipients-account-expired{s}": _EXPIRED for s in ("", "-gmail", "-exo")},
    **{f"r102-role-role-not-full-but-no-such-user{s}": _NOT_FULL for s in ("", "-gmail", "-exo")},
    **{f"r102-role-role-domain-owner-rejects{s}": _OWNER for s in ("-gmail", "-exo")},
    **{f"r102-role-role-doesnt-quoted-exist{s}": _QUOTED for s in ("", "-gmail", "-exo")},
    **{f"r102-pf-compact-three-w{w}": _COMPACT for w in (40, 60)},
}

test_review_notices102, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
