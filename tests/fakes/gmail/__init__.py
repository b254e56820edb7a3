"""A stateful fake of the Gmail API (v1) and Google's OAuth token endpoint on 127.0.0.1.

Driven by the real google-api-python-client / google-auth, so it speaks the wire format they
expect: JSON bodies, Google's error bodies, the multipart/mixed batch endpoint, and the OAuth
token endpoint (refresh-token grant for authorized users, JWT-bearer grant for service
accounts with domain-wide delegation).

    with FakeGmail() as fake:
        info = fake.authorized_user("rep@sender.example")      # authorized-user JSON (dict)
        mid = fake.add_message("rep@sender.example", raw_bytes)  # lands in INBOX
        fake.add_sent("rep@sender.example", raw_sent)            # lands in SENT
        fake.expire_history_before(fake.history_id("rep@sender.example"))
        fake.revoke_refresh_token()
        fake.part_faults.fail_next("rate_limit")                 # one batch *part* fails

State per mailbox: messages (id, threadId, labelIds, raw, internalDate, historyId), a
history log with increasing, non-contiguous ids and a minimum retained id (older start ids
get Google's 404), user labels, and per-minute quota accounting in units (429
`rateLimitExceeded` over the limit). Access tokens expire and are checked on every call.

Sized for 100,000 messages: one small slotted object per message, headers needed for search
extracted once on insert, listing pages resume from a sort key (O(page) when matches are
dense), rfc822msgid: answered from an index.

Modules: `state` (the mailboxes, tokens and the test helpers that change them), `search`
(Gmail's q syntax), `bodies` (Google's error bodies), `tokens` (the OAuth endpoint and
per-call auth and quota), `routes` (the v1 API endpoints), `batch` (the multipart batch
endpoint), `server` (FakeGmail, which puts them together).
"""

from __future__ import annotations

from tests.fakes.gmail.bodies import google_error
from tests.fakes.gmail.search import And, Matcher, Not, Or, QueryError, Term, _walk, parse_query
from tests.fakes.gmail.server import FakeGmail
from tests.fakes.gmail.state import (
    GOOGLE_TOKEN_URI, MAX_BATCH_PARTS, PST, READ_SCOPES, SCOPE_FULL, SCOPE_METADATA, SCOPE_MODIFY,
    SCOPE_READONLY, SYSTEM_LABELS, UNIT_COSTS, WRITE_SCOPES, AccessToken, Grant, HistoryRecord, Mailbox, Msg)

__all__ = ["FakeGmail", "Mailbox", "Msg", "HistoryRecord", "Grant", "AccessToken", "google_error",
           "parse_query", "Matcher", "QueryError", "Term", "Not", "And", "Or", "_walk",
           "SCOPE_READONLY", "SCOPE_MODIFY", "SCOPE_METADATA", "SCOPE_FULL", "READ_SCOPES", "WRITE_SCOPES",
           "UNIT_COSTS", "SYSTEM_LABELS", "MAX_BATCH_PARTS", "GOOGLE_TOKEN_URI", "PST"]
