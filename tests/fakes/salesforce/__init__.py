"""A stateful fake of the Salesforce REST API (and its login endpoints) on 127.0.0.1.

Follows `shared/api/salesforce.md`: Contact (with the read-only, derived IsEmailBounced) and
Lead (IsConverted, no IsEmailBounced); ActionCadence / ActionCadenceTracker and the two Sales
Engagement invocable actions with the generic action result envelope; custom fields created
through the Tooling API (`tooling/sobjects/CustomField`) that stay invisible to the
integration user until a permission set grants them (FLS: INVALID_FIELD otherwise);
PermissionSet / FieldPermissions / PermissionSetAssignment as REST sObjects; SOQL queries
(see `soql`, semi-joins included) with 2,000-row pages and `nextRecordsUrl`;
`POST composite` (up to 25 subrequests, 5 of them queries or collections, run in order as
ONE API call, answered with `compositeResponse` items; `@{ref.field}` / `@{ref.list[n].f}`
references as documented, no others); sObject Collections PATCH
and POST answering 200 with per-record results; `limits`; describe; the SOAP
username-password login, the OAuth JWT bearer and client-credentials token flows.

Every response carries `Sforce-Limit-Info: api-usage=N/M`; once the daily allocation `M`
is spent, REST calls get the 403 REQUEST_LIMIT_EXCEEDED answer.

Injected faults are answered in the format of the endpoint they hit: REST calls get the JSON
error list (`[{"message", "errorCode"}]`; REQUEST_LIMIT_EXCEEDED is a 403 without
Retry-After, a 503 SERVER_UNAVAILABLE carries `faults.retry_after`); the SOAP login gets a
SOAP fault (HTTP 500, `sf:REQUEST_LIMIT_EXCEEDED` in an UnexpectedErrorFault; HTTP 503 with
`sf:SERVER_UNAVAILABLE` for a server error); the OAuth token endpoint gets the OAuth error
JSON (`{"error", "error_description"}`: 400 `rate_limit_exceeded`, 503
`temporarily_unavailable`; these statuses are [UNVERIFIED]). "expired_token" means nothing to
a login, which is answered normally. Two more kinds, for any endpoint: "maintenance" (a 503
HTML page, as during a Salesforce maintenance window) and "edge_403" (a 403 HTML page, as a
proxy or firewall in front of Salesforce answers); neither carries a Salesforce error code.
The token endpoint is exempt from random faults (`FaultSwitch.exempt`) unless a test
changes that. Indexes on Id, Email,
TargetId (and configured secondary email fields) keep 100,000 contacts cheap to query.

Deliberate choices where the notes say [UNVERIFIED]: an action call whose every input fails
answers 400 with the same list (otherwise 200); at most 200 inputs per action call;
assigning a target already active in a cadence fails that input with DUPLICATE_VALUE.

Layout: `schema` (the org's fixed schema, limits and answer formats), `state` (records,
indexes, sessions, field-level security, query evaluation), `soql` (parser and evaluator),
`routes_login`, `routes_rest`, `routes_composite`, `routes_actions` (the endpoints) and
`server` (`FakeSalesforce`: routes table, session guard, API allocation, faults).
"""

from __future__ import annotations

from tests.fakes.salesforce.schema import format_datetime
from tests.fakes.salesforce.server import FakeSalesforce

__all__ = ["FakeSalesforce", "format_datetime"]
