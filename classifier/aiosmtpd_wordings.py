"""aiosmtpd's own reply texts (the twenty-first round of real servers, tests/classifier/real_cases_round21.py): what
the Python asyncio SMTP server (aiosmtpd 1.4, aiosmtpd/smtp.py) answers by itself with a 500 that is no syntax error
of the client's, quoted by the sending MTA in its notice. Read before the "50x: the command was not understood"
fallback of `classifier.reasons`. Data merged into `classifier.phrases` beside the other tables; matched like them,
lowercase substrings (and bounded patterns) of the whitespace-collapsed diagnostic."""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    # smtp_DATA with decode_data=True and enable_SMTPUTF8=False (no 8BITMIME offered): a body that is not ASCII gets
    # "500 Error: strict ASCII mode" after end of DATA (real round 21, opensmtpd-aiosmtpd-strict-ascii-mode): the
    # message's 8-bit content refused.
    R.CONTENTERROR: ("error: strict ascii mode",),
    # handle_exception's own fallback when describing the handler's exception failed too.
    R.SYSTEMERROR: ("error: cannot describe error",),
}

PATTERNS: Mapping[Reason, tuple[re.Pattern[str], ...]] = {
    # handle_exception's default for an exception a handler raised, "500 Error: (<class name>) <str(error)>" ("500
    # Error: (ConnectionRefusedError) [Errno 111] Connect call failed ('127.0.0.1', 2424)": real round 21,
    # opensmtpd-aiosmtpd-handler-exception): the receiving service's own failure, whatever the exception says.
    R.SYSTEMERROR: (re.compile(r"\b500 error: \([a-z_][a-z0-9_.]{0,80}(?:error|exception)\) "),),
}
