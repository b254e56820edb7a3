"""Exim's newer own texts (review old37): what Exim 4.93 and later writes in its own bounce for a message it would
not send. Data merged into `classifier.phrases`; matched like the other tables, lowercase substrings of the
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
}
