"""nodemailer's smtp-server's own reply texts (the nineteenth round of real servers, tests/classifier/
real_cases_round19.py): what the npm package smtp-server 3.21 (dist/cjs/smtp-connection.js), the SMTP server of
many Node mail services, answers by itself as a receiving server, quoted by the sending MTA in its notice
("421 <name> Too many connected clients ...", "501 Error: Bad recipient address syntax"). Data merged into
`classifier.phrases` beside the other tables; matched like them, lowercase substrings of the
whitespace-collapsed diagnostic."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.USERUNKNOWN: (
        # handler_RCPT's MAILBOX_SYNTAX_ERROR reply, "501 Error: Bad recipient address syntax": the address as
        # given cannot be parsed (since 3.16: a local part with a dot at either end or two in a row, a path over
        # 253 octets, an invalid domain or address literal): RFC 3463 X.1.3's "Bad destination mailbox address
        # syntax", the taxonomy's userunknown; the site will never take this address as written (real round 19,
        # smtp-server-recipient-address-syntax).
        "bad recipient address syntax",
    ),
    R.TOOMANYCONN: (
        # connectionReady's greeting when maxClients is reached, "421 <name> Too many connected clients, try
        # again in a moment": the server's limit on concurrent clients (real round 19,
        # smtp-server-too-many-clients-*).
        "too many connected clients",
    ),
}
