"""Older mail servers' and groupware's own verdict sentences (the hundred-and-sixty-fifth review,
tests/classifier/review_notices165.py): words a server writes in its own notice for the whole list it
returns, not a remote SMTP reply. Data: `LOCAL_VERDICTS` joins `wordings.LOCAL_DELIVERY_UNKNOWN`
(a directory's own "no such user": no content filter speaks there, whatever the SMTP stage), and
`PHRASES` is merged into `classifier.phrases` beside the other tables (lowercase substrings of the
whitespace-collapsed diagnostic)."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

LOCAL_VERDICTS = (
    # Novell GroupWise: a status of Undeliverable "indicates either that the user to whom the message is addressed
    # does not exist in the post office, or that the post office does not exist in the domain" (GroupWise 7 and 2012
    # Troubleshooting 2); the post office is GroupWise's own store and directory.
    "does not exist in the post office", "not found in the post office", "not found in post office",
    # Openwave/Critical Path InterMail's own list of local addresses its directory did not know ("The following
    # destination addresses were unknown (please check the addresses and re-mail the message):").
    "destination addresses were unknown",
)

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.MAILBOXFULL: (
        # GroupWise's per-user disk space limit (its admin guides' "Managing Disk Space Usage in the Post Office": the
        # "Mailbox Size Limit", "the maximum disk space storage available to each user"), a user's limit, never the
        # server's disk ("insufficient disk space" stays systemfull).
        "disk space limit exceeded",
    ),
    R.EXPIRED: (
        # InterMail's queue expiry (an ISP's notice in the pages corpus, and au/EZweb's: Sisimai::Lhost::EZweb):
        # "Your message was not delivered because the destination computer was not reachable within the allowed
        # queue period.", "Your message was not delivered within 4 days and 0 hours." (never "not yet delivered").
        "not reachable within the allowed queue period", "your message was not delivered within ",
    ),
}
