"""Wording of older and less common mail servers' own notices and replies (issue 13, the third
black-box review; the fourth and ninth added hosts' documented replies, below): data merged into `classifier.phrases` beside `classifier.wordings`.

`classifier.phrases` and `classifier.wordings` are at the module size limit; these wordings
were read in the servers' own sources and documentation, each named beside it (the rows of
tests/classifier/review_notices3*.py quote them in whole notices). Matched like the phrase
tables: lowercase substrings of the whitespace-collapsed diagnostic, plus bounded patterns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.USERUNKNOWN: (
        # "550 Requested action was not taken because this server doesn't handle mail for that
        # user": the recipient's mailbox "incorrectly typed or not found" (InMotion Hosting,
        # 'Email error 550', inmotionhosting.com/support/email/bounceback-errors/email-error-550).
        "doesn't handle mail for that user",
    ),
    R.HOSTUNKNOWN: (
        # Apache James RemoteDelivery, when the recipient's domain has no DNS entry or no MX:
        # "There are no DNS entries for the hostname x.  I cannot determine where to send this
        # message." and "I found no MX record entries for the hostname x. ..." (its bounce after
        # giving up; "Temporary problem looking up mail server" is the network's, below).
        "there are no dns entries for the hostname", "found no mx record entries for the hostname",
    ),
    R.NETWORKERROR: (
        # Apache James RemoteDelivery: "Temporary problem looking up mail server for host: x" (a
        # resolver that did not answer; its final bounce quotes the last one).
        "temporary problem looking up mail server",
        # A local socket's refused connect() as the sending MTA's runtime words it, never a remote
        # reply: Go's net package ("dial tcp 192.0.2.9:25: connect: connection refused", in maddy's
        # "No usable MXs, last err: ..." of internal/target/remote/connect.go) and Rust's io error
        # ("Connection refused (os error 111)", in Stalwart's "connection to 'x' failed: ...").
        "connect: connection refused", "connection refused (os error", "no usable mxs",
    ),
    R.TOOMANYCONN: (
        # Stalwart queue/dsn.rs: "(too many concurrent connections to remote server)"; FTGate's
        # "451 4.5.1 [ip] Max concurrent sessions (#1.04)" (docs.ftgate.com 'Service Error Messages').
        "too many concurrent connections", "max concurrent sessions",
    ),
    R.SECURITYERROR: (
        # rustls's certificate error as Stalwart's DSN quotes it: "TLS error from 'x': invalid peer
        # certificate: UnknownIssuer" (queue/dsn.rs Error::TlsError).
        "invalid peer certificate",
    ),
    R.MAILBOXFULL: (
        # FTGate: "Allocated mailbox storage exceeded (#1.02)"; GNU Mailutils' mda: "user: message
        # would exceed maximum mailbox size for this recipient" (manual, 'Mailbox Quotas').
        "mailbox storage exceeded", "would exceed maximum mailbox size",
    ),
    R.MESGTOOBIG: (
        # "550 5.7.0 Message Size Violation": "the allowed size of the message was exceeded" (cyon,
        # 'SMTP-Error 550', cyon.ch/support/a/smtp-error-550); its 5.7.0 read a security refusal.
        "message size violation",
    ),
    R.NORELAYING: (
        # Kerio Connect: "550 5.7.1 Relaying is denied" (GFI support, 'Outbound Email Delivery
        # Troubleshooting').
        "relaying is denied",
    ),
    R.SPEEDING: (
        # A shared host's Exim refusing its own customer's mail: "Domain x has exceeded the max
        # defers and failures per hour (5/5 (38%)) allowed. Message discarded." = too many of the
        # sender's mails bounced within the hour, its sending is held for 60 minutes (adeska KB
        # 133, demo.adeska.de/kundenportal/knowledgebase/133): the sender's rate, not the address.
        "max defers and failures per hour",
        # "SMTP 550 ("fromemail" max messages per session)": several emails sent simultaneously,
        # the sender exceeded the email limits, try later (Bluehost Help, 'What Does My Email
        # Bounce Mean?', bluehost.com/help/article/what-does-my-email-bounce-mean).
        "max messages per session",
    ),
}

PATTERNS: Mapping[Reason, tuple[re.Pattern[str], ...]] = {
    # Apache James's DNSRBLHandler refuses a client on its blacklist zones with "5.7.1 Rejected:
    # unauthenticated e-mail from <ip> is restricted.  Contact the postmaster for details." (at
    # RCPT, unless authenticated): mail from our IP is refused, whatever the policy-class status.
    R.BLOCKED: (re.compile(r"\b(?:e-?mail|mail|messages?) from \[?\d{1,3}(?:\.\d{1,3}){3}\]? is restricted\b"),),
}

