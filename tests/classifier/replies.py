"""What a table of server reply texts asserts (test_server_wordings*.py): `reason_for` gives
the row's reason, and the reply is hard exactly when the taxonomy says that reason is (§4: a
missing user or domain, a moved mailbox, a domain that takes no mail, permanently)."""

from __future__ import annotations

from classifier import severity
from classifier.reasons import reason_for
from classifier.records import Reason as R

_HARD = (R.USERUNKNOWN, R.HOSTUNKNOWN, R.HASMOVED)


def check_reply(source: str, status: str | None, command: str | None, text: str, reason: R) -> None:
    reply = text[:3] if text[:3].isdigit() else None
    got = reason_for(status=status, reply_code=reply, diagnostic=text, action="failed", command=command)
    assert got is reason, source
    hard = reason in _HARD or (reason is R.NOTACCEPT and not (status or "5").startswith("4"))
    assert severity.is_hard_bounce(got, status, reply, text) is hard, source
