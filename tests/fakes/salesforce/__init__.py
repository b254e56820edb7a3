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
and POST answering 200 with per-record results; `limits`; describe (types as describe names
them, lengths, edit rights, restricted picklist values); the OAuth token endpoint's JWT
bearer, username-password and client-credentials flows; the SOAP login, below API 65.0 only.

Strict, as Salesforce is (each refusal cites its Salesforce page where it is made, and
tests/connectors/salesforce/test_strict.py proves the connector never triggers it): SOAP
login() at API 65.0 or later (INVALID_OPERATION fault); a JWT whose `aud` is not
https://login.salesforce.com (https://test.salesforce.com when `sandbox`) ("invalid_grant",
"audience is invalid"); `oauth2/userinfo` with an `api`-only token; in Collections writes,
more than 200 records (EXCEEDED_ID_LIMIT) and an unknown or invisible field (INVALID_FIELD,
with `fields`) for the whole request, and per record a read-only field
(INVALID_FIELD_FOR_INSERT_UPDATE), a value over the field's length counted in UTF-16 units
(STRING_TOO_LONG), a malformed address in an Email field (INVALID_EMAIL_ADDRESS) and a value a
restricted picklist lacks (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST).

Every response carries `Sforce-Limit-Info: api-usage=N/M`; once the daily allocation `M`
is spent, REST calls get the 403 REQUEST_LIMIT_EXCEEDED answer.

Injected faults are answered in the format of the endpoint they hit: REST calls get the JSON
error list (`[{"message", "errorCode"}]`; REQUEST_LIMIT_EXCEEDED is a 403 without
Retry-After, a 503 SERVER_UNAVAILABLE carries `faults.retry_after`); the SOAP login gets a
SOAP fault (HTTP 500, `sf:REQUEST_LIMIT_EXCEEDED` in an UnexpectedErrorFault; HTTP 503 with
`sf:SERVER_UNAVAILABLE` for a server error; bounce-sync no longer calls it); the OAuth token endpoint gets the OAuth error
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
