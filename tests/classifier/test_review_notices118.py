"""The hundred-and-eighteenth review's notices (tests/classifier/review_notices118.py and review_notices118_more.py):
the least-covered languages' wordings for a missing, disabled or full mailbox, relay/policy refusals and unroutable
domains, with controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices118 import ROWS

_RELAY_CS = ("a Czech host's gloss, not a server's words: 'Nelze přeposlat' (cannot forward) and 'odesílatelův server "
             "nemá povolení' explain the English 'Unable to relay'; read soft (onhold) with the recipient's scope. The "
             "reply itself (the report and relay rows) reads norelaying, the sender's: no Czech relay rule on a gloss")
_RELAY_IT = ("Libero's advice to its own user ('devi usare l'SMTP previsto dal tuo provider'), which no notice carries; "
             "read soft (onhold). The reply 'RELAYING NOT ALLOWED (550 Relay Disabled)' (the report and relay rows) reads "
             "norelaying, the sender's")
_BLOCKED_PL = ("a hand-made control: 'zablokowane' stands 44 characters after 'Konto', past mailbox_states' 40-character "
               "shape, so onhold, not suspend; soft either way, and what the control guards (not OUR IP blocked, not "
               "hard) holds")
JUDGEMENT: dict[str, str] = {
    "r118-cs-grh-spam-relay": (
        "a layout artifact: review_langs.postfix reports every reply 'in reply to RCPT TO', and a spam verdict at RCPT "
        "is read as the recipient's filter (filtered) by design; the same reply in the report layout reads "
        "spamdetected. Soft either way"),
    "r118-cs-mydreams-relay-words-utf8": _RELAY_CS,
    "r118-cs-mydreams-relay-words-windows-1250": _RELAY_CS,
    "r118-it-relay-words-utf8": _RELAY_IT,
    "r118-it-relay-words-iso-8859-15": _RELAY_IT,
    "r118-pl-r2-c-recipient-account-blocked-words-utf8": _BLOCKED_PL,
    "r118-pl-r2-c-recipient-account-blocked-words-windows-1250": _BLOCKED_PL,
}

test_review_notices118, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
