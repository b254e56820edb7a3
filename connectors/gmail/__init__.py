"""Gmail mail source: bounces from a Gmail / Google Workspace mailbox through the Gmail API.

Settings (the mailbox's table in the config file):

    address            the mailbox (required); check() proves the credentials open this one
    credentials        an authorized-user JSON (with a refresh token, as `bounce-sync gmail-auth`
                       / `authorize()` stores it) or a service-account key JSON; a path
                       (relative to the config's folder) or a Secret holding the JSON text or
                       the path (required)
    delegated_user     service accounts only: the user to impersonate through domain-wide
                       delegation (default: `address`)
    query              Gmail search for bounces (default DEFAULT_QUERY: the usual NDR senders
                       and subjects, in every label, never sent mail, drafts or chats)
    api_endpoint       TESTS ONLY (the fake server); default "https://gmail.googleapis.com/".
                       Batches follow it (the client library's own batch URI would not,
                       googleapis/google-api-python-client#1107)
    token_uri          TESTS ONLY: overrides the OAuth token endpoint; default: the JSON's own
    quota_units_per_minute  per-user quota, default 6000 (the figure for projects created from
                       May 2026; older projects have 15,000), counted by Gmail over a moving minute
    quota_fraction     share of that quota any 60 seconds of ours may spend, above 0 and at
                       most 1 (default 0.95): a run bursts up to it, then goes on at that
                       share per minute; the rest is slack for other clients of the user
    unit_costs         per-method units, e.g. {"messages.get" = 20}; defaults in UNIT_COSTS (Google's
                       published table); pacing also halves its share on rateLimitExceeded and
                       grows it back over 10 minutes, so a wrong figure costs retries, not a run
    batch_size         messages.get calls per batch, 1..50 (default 50)
    label_processed    optional label name put on every fetched bounce (needs gmail.modify)
    verify             "lookup" (default) or "off": whether bounces' originals are looked up in
                       Sent ("thread", from older configs, means "lookup")
    timeout            seconds per HTTP request (default 60)
    max_attempts       tries per call before giving up with Retryable (default 5)
    backoff_seconds    first retry wait; doubles with jitter up to 60 s, never shorter than
                       Retry-After (connectors.http, shared with the CRMs) (default 1.0)
    search_lag_seconds the search index lags behind history: a new message the bounce query
                       did not match is asked about again (in the next run's one search) until
                       a run at least this long after it was first seen (default 60; 0 = never)

Any other key is refused (`ConfigError`, with "did you mean ...?" for a near miss): SETTINGS
lists the keys above.

Scopes: gmail.readonly, or gmail.modify when `label_processed` is set. A token without it
is reported as lacking that scope (check, and the first refused call), never as revoked.

Cost, in the per-user quota units of UNIT_COSTS (Google's published per-method table):
  * idle run: one history.list (2 units);
  * new mail: the history pages (2 each) + one messages.list of the bounce query bounded by
    `after:` (5 per 500 results), so non-bounces are never downloaded; when some new mail is
    not a bounce, one listing of all mail after the bound (5 per 500) places it in time; the
    run after new non-bounce mail asks once more (5), against the search index's lag;
  * a new message dated before the bound (imported or migrated mail, late delivery) that
    the listing does not show: one messages.get(format=minimal) (5), batched, then one
    search of the bounce query around its date (5 per window of overlapping dates), so
    history's additions are all read whatever their dates (`screen`);
  * each new bounce: one messages.get(format=raw) (5), in batches of at most `batch_size`;
  * verify="lookup" (the worker's sent lookup, once per page, cached per run): one
    messages.list (5) of `in:sent {rfc822msgid:A ...}` per 20 originals not asked before,
    plus one messages.get(format=metadata: To, Cc, Bcc, Message-ID, Date) (5) per sent
    original found, batched (`sent`);
  * signs of life: new mail given up as a bounce (after the search lag) is ordinary mail; one
    search of INBOUND mail around its dates (5 per 500) leaves out the mailbox's own sent
    mail, drafts and chats, then each inbound message costs one messages.get(format=metadata)
    (5), batched, for From and the auto-reply headers (Auto-Submitted, X-Autoreply,
    X-Autorespond, Precedence, Subject) only, never its body (`inbound`). The worker reads
    them as replies or auto-replies, which reset soft-bounce counts. A full sync reads no
    signs of life (only bounces);
  * label_processed: one messages.batchModify (50) per fetch that returned bounces;
  * sent_count (the bounce-rate alert's denominator): one messages.list (5) of
    `in:sent after:`, asked by the worker once per mailbox per run, and only on a run that
    found new hard bounces for this mailbox (never on an idle run).
A full sync costs one getProfile (1) plus one messages.list (5) per page of up to 500 ids.

Cursor (opaque JSON): {"v": 1, "mode": "full", "start": historyId taken before the scan,
"page": next page token, "t": epoch of the scan's start, "since": lower bound} while a full
sync pages; then {"v": 1, "mode": "history", "h": historyId, "t": epoch lower bound of new
mail, "done": whether h is the mailbox's latest id, "pending": bounce ids found but not yet
returned, "life": inbound ids still to read as headers, "recheck": [[id, first seen, earliest date, latest date]...]} (older cursors'
two-field entries are still read).

Where things are: `settings` (keys, defaults, the bounce query, unit costs), `auth`
(credentials JSON, service accounts, the consent flow), `pacing` (the minute budget),
`client` (every call: pacing, the shared retry policy, error translation, scope refusals),
`reads` (full sync, history), `screen` (which new messages are bounces, whatever their
dates), `downloads` (batched messages.get), `inbound` (signs of life, headers only), `sent` (verification and sent counts), `labels`
(label_processed), `source` (GmailSource).
"""

from __future__ import annotations

from connectors.gmail.auth import authorize
from connectors.gmail.pacing import MinuteBudget
from connectors.gmail.settings import DEFAULT_QUERY, SETTINGS, UNIT_COSTS
from connectors.gmail.source import GmailSource

__all__ = ["GmailSource", "DEFAULT_QUERY", "UNIT_COSTS", "SETTINGS", "MinuteBudget", "authorize"]
