"""emersion's go-smtp's own reply texts (the twenty-first round of real servers, tests/classifier/
real_cases_round21.py): what the Go library behind maddy and many small Go mail services (go-smtp 0.12.1, conn.go,
server.go, lengthlimit_reader.go, backend.go) answers by itself as a receiving server, quoted by the sending MTA in
its notice. maddy's own texts need no entry (its "User doesn't exist", "Use Submission for outgoing SMTP", "Client
identity is listed in the used DNSBL"... read by the general tables). Data merged into `classifier.phrases` beside
the other tables; matched like them, lowercase substrings of the whitespace-collapsed diagnostic."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

# backend.go ErrAuthRequired: SMTP AUTH asked of our client whatever the recipient, so our side's
# (`wordings.names_sending_client`), also where the notice names no stage (OpenSMTPD's).
SENDING_CLIENT = ("please authenticate first",)

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    # backend.go ErrAuthRequired, which conn.go handleMail answers "502 5.7.0 Please authenticate first" when the
    # backend takes no anonymous sessions: SMTP AUTH asked of our client, at MAIL FROM (real round 21,
    # go-smtp-authentication-required), where the stage alone would read our sender refused.
    R.SECURITYERROR: SENDING_CLIENT,
    # lengthlimit_reader.go ErrTooLongLine, "smtp: too longer line in input stream" (go-smtp's spelling), which
    # reaches the backend's read of DATA and comes back inside the weather reply below; server.go answers the same
    # limit on a command line "500 5.4.0 Too long line, closing connection". A line over the server's limit
    # (MaxLineLength, 2000 by default: RFC 5321 §4.5.3.1.6 doubled) breaks the line-length rule (real round 21,
    # go-smtp-line-too-long), as Exim's "maximum allowed line length".
    R.NOTCOMPLIANTRFC: ("too longer line in input stream", "too long line, closing connection"),
    R.SYSTEMERROR: (
        # conn.go toSMTPStatus: any backend error that is no *SMTPError becomes "554 5.0.0 Error: transaction
        # failed, blame it on the weather: <err>": the backend's own failure, whatever its Go error says ("dial tcp
        # 127.0.0.1:2424: connect: connection refused" is the receiver's connection to its own store, not ours:
        # real round 21, go-smtp-backend-error). Read before the network words (phrases' second pass).
        "blame it on the weather",
        # SQLite's SQLITE_BUSY text, the store of many small servers (go-smtp's handleRcpt passes a backend's plain
        # error as "451 4.0.0 <err>": real round 21, go-smtp-rcpt-backend-error-*): the receiver's own database,
        # busy for now.
        "database is locked",
    ),
}
