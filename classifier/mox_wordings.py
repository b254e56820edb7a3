"""Mox's own reply texts (review old37, tests/classifier/review_old37.py): what the Go mail server mox (mjl-/mox,
smtpserver/server.go and smtpserver/analyze.go) answers as a receiving server, at MAIL, RCPT and after DATA, and
writes in its own DSN (formats/mox_dsn.py). Data merged into `classifier.phrases` beside the other tables; matched
like them, lowercase substrings of the whitespace-collapsed diagnostic."""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.guard import Guarded
from classifier.records import Reason
from classifier.soft_wordings import NOT_BESIDE_NO_USER

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    # analyze.go checkCount/checkSize: "more than %d messages in past %s from your ip/network" and "more than %d
    # bytes in past %s from your ip/network", sent as "452 4.2.2" (a full-mailbox status): the rate from our sending
    # IP or its network, not the recipient's mailbox ("from your ip" alone is a block in `phrases`).
    R.SPEEDING: ("from your ip/network",),
    # server.go cmdRcpt: "550 5.1.1 not accepting email for domain", a domain this server does not serve (mox's
    # relay refusal; its 5.1.1 says nothing of a mailbox).
    R.NORELAYING: ("not accepting email for domain",),
    # server.go cmdMail: "451 4.4.0 cannot verify mx records for mailfrom domain" and "550 5.7.27 mailfrom domain not
    # configured for mail": our envelope sender's domain checked.
    R.REJECTED: ("for mailfrom domain", "mailfrom domain not configured"),
    # server.go cmdMail: "530 5.7.10 requiretls only allowed on tls-encrypted connections" (RFC 8689's parameter
    # given on a plain connection).
    R.SECURITYERROR: ("requiretls only allowed on tls-encrypted",),
    # analyze.go reject(): junk, SPF, reputation and store failures all answered "451 4.3.0 error processing" (mox
    # tells a refused sender nothing more): the receiving system's own word for it, read where no other cause is.
    R.SYSTEMERROR: ("error processing",),
}

PATTERNS: Mapping[Reason, tuple[re.Pattern[str] | Guarded, ...]] = {
    # server.go cmdMail: "550 5.1.0 too many failures" once a connection made more than ten bad transactions and no
    # good one: our connection's record refused, no recipient named (its 5.1.0 says nothing of an address). Never
    # beside a missing user ("user unknown (too many failures)": the recipient's absence is the verdict).
    R.BLOCKED: (Guarded(re.compile(NOT_BESIDE_NO_USER + r"\btoo many failures\b"), ("too many failures",)),),
}
