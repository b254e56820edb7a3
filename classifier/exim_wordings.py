"""Exim's newer own texts (review old37): what Exim 4.93 and later writes in its own bounce for a message it would
not send, cPanel's Exim ACL reply for a recipient it cannot verify (review holdout51) and the spec's ratelimit ACL
message that Exim configurations copy (review reasons53). Data merged into
`classifier.phrases`; matched like the other tables, lowercase substrings of the
whitespace-collapsed diagnostic."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    # The transport's message_linelength_limit (Exim 4.93+): "message has lines too long for transport (received %d,
    # limit %d)": our message's lines break RFC 5321's line-length rule, as Debian exim4-config's "maximum allowed
    # line length" (wordings.py) and go-smtp's "too long line" (go_smtp_wordings.py).
    R.NOTCOMPLIANTRFC: ("lines too long for transport",),
    # cPanel's Exim ACL for a recipient its routers cannot verify (no such local user or alias): '550-"The recipient
    # cannot be verified.  Please check all recipients of this message to verify they are valid."' (review holdout51:
    # it read onhold). Whole, with its second sentence: a bare "cannot be verified" may be a check for now.
    R.USERUNKNOWN: ("the recipient cannot be verified. please check all recipients",),
    # The Exim spec's ratelimit ACL example, copied into configurations as it stands: "message = Sender rate exceeds
    # $sender_rate_limit messages per $sender_rate_period" ("451 Sender rate exceeds 100 messages per 1h"): our
    # sending rate over the receiver's limit (review reasons53: a delay warning quoting it read expired, of the
    # recipient). The spec's own words whole: a bare "rate exceeds" may be any rate.
    R.SPEEDING: ("sender rate exceeds",),
    # The smtp transport's own texts where hosts_require_tls is not met (src/transports/smtp.c): "a TLS session is
    # required, but the server did not offer TLS support" / "..., but an attempt to start TLS failed": the secure
    # channel the sending side demands was not had (review holds58: it read onhold). Exim's words whole, from their
    # start: a remote's "TLS is required" has its own table (phrases.py, soft_wordings.py).
    R.SECURITYERROR: ("a tls session is required, but",),
}
