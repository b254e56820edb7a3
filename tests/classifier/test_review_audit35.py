"""The thirty-fifth audit's notices (tests/classifier/review_audit35.py): an adversarial audit of real rounds 19 and
20's classifier mends (smtp-server's "Too many connected clients", slimta's "(Too many retries)", Schleuder's
verdicts, the quoted local part's lookup, the Cyrus / Dovecot / Exim store and callout wordings). One table-driven
test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit35 import ROWS

_DELAY_FALLBACK = (
    "Another server's own '(too many retries)' in a notice that says delivery goes on (Action: delayed): read expired "
    "with the delay kept, not the 4.3.0 reply's own reason. Not slimta_wordings' doing: the same reply without the "
    "words reads expired too, reasons.reason_for's standing fallback for a delay whose words no table reads "
    "('action == delayed ... return R.EXPIRED'; round 19: 'read expired, the fallback for a delay'). Soft, temporary "
    "and the recipient's either way; only the label differs; reasons.py is at its 450-line limit")
_SYNTAX = (
    "Invented words: no server found saying 'Destination mailbox has an invalid format' under 5.1.3 (RFC 3463: bad "
    "destination mailbox address syntax). Cyrus's 'Mailbox has an invalid format' (store_and_callout_wordings, "
    "systemerror) takes it: reasons._is_userunknown's standing _MISCODED_AS_UNKNOWN rule (a system word under a "
    "no-such-user status that names no missing user reads the words). A false soft, not a false hard; left unless a "
    "server is found that says it")
JUDGEMENT: dict[str, str] = {
    "a35-tmr-slimta-greylisted": (
        "slimta's bounce of a greylisting that never let it in ('450 4.2.0 ... Greylisted, see http://postgrey... "
        "(Too many retries)'): read blocked, the sender's (wordings.py's standing 'greylist' reading: our host "
        "greylisted), not expired. The standing cause-vs-outcome call (real round 19's "
        "slimta-own-bounce-deferred-too-many-retries, 4.7.1 read blocked); a greylist that never passes is arguably "
        "our host's (changing IPs, retries too soon), so the sender page is defensible. Soft and final either way"),
    "a35-tmr-postfix-delay-remote-words": _DELAY_FALLBACK,
    "a35-tmr-exim-warning-remote-words": _DELAY_FALLBACK,
    "a35-tmr-gmail-delay-remote-words": _DELAY_FALLBACK,
    "a35-st-badformat-address-syntax": _SYNTAX,
    "a35-st-badformat-address-syntax-gmail": _SYNTAX,
    "a35-st-badformat-address-syntax-exo": _SYNTAX,
}

test_review_audit35, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
