"""The ninety-second review's notices (tests/classifier/review_notices92.py, review_notices92_more.py): servers' own
source and vendors' own documentation no earlier review cites, and an attack on the review's own rules. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices92 import ROWS as _SOURCES
from tests.classifier.review_notices92_more import ROWS as _MORE

ROWS = _SOURCES + _MORE

_STAGE = ("An English 'unknown user' / 'user not found' / 'does not exist' / 'not a valid mailbox' quoted without the "
          "SMTP stage (Gmail's DSN, Exchange Online's NDR, Winmail's 'remote server said', Synchronet's own notice): "
          "read filtered (soft) by the team's standing call (sisimai's rule, test_review_notices15.py, 21, 23: a "
          "content filter may answer so after DATA; Japanese carriers' '550 Unknown user' under 5.2.0 is one); a false "
          "soft here, left to that call")
_DATA = ("Synchronet's '550 Unknown user.' after DATA (its To: header's address on the blocked-address list): read "
         "filtered, sisimai's rule for a 'user unknown' answered to DATA; here the words are indeed a header filter's, "
         "so the soft reading is defensible")
_OWN = ("Synchronet's own notice names the stage only as 'instead of the expected reply: \"250 ...\"' (MAIL FROM or "
        "RCPT TO): no format reads that yet, so its quoted '550 Unknown User: <rcpt>' falls under the standing call "
        "for an unnamed stage (filtered)")
_SENDER_TYPO = ("'550 sender address does no exists' at RCPT (hand-made attack, a typo form): soft (onhold) but with the "
                "recipient's scope, where 'does not exist' reads rejected with the sender's; the typo is no sender wording "
                "the sender tables know, and the reading stays soft, so left")
JUDGEMENT: dict[str, str] = {
    **{f"r92-syn-unknown-user-rcpt{lay}": _STAGE for lay in ("-gmail", "-exo")},
    **{f"r92-syn-old-unknown-user-no-space{lay}": _STAGE for lay in ("-gmail", "-exo")},
    **{f"r92-eh-user-not-exist{lay}": _STAGE for lay in ("-gmail", "-exo")},
    "r92-win-remote-user-not-found": _STAGE,
    "r92-win-remote-not-a-valid-mailbox": _STAGE,
    **{f"r92-syn-unknown-user-data{lay}": _DATA for lay in ("", "-gmail", "-exo")},
    "r92-syn-own-synchronet-unknown": _OWN,
    **{f"r92-db-{row}{lay}": _STAGE for row in ("rc-ld-does-no-exists", "rc-ne-does-not-exist", "local-user-not-found",
                                                "no-such-user-here-umail") for lay in ("-gmail", "-exo")},
    **{f"r92-atk-sender-address-does-no-exists-rcpt{lay}": _SENDER_TYPO for lay in ("", "-gmail", "-exo")},
}

test_review_notices92, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 130)
