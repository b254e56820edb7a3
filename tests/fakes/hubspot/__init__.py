"""A stateful fake of the HubSpot APIs bounce-sync uses, on 127.0.0.1.

Follows the request and response shapes in shared/api/hubspot.md (a test deserialises its
answers with hubspot-api-client's own models), including the traps a connector must survive:

- batch read by `idProperty=email` matches the *primary* email only; missing inputs come back
  as 207 with an OBJECT_NOT_FOUND error listing them; results are never in input order;
- batch update takes ids only (100 at most); one invalid value (unknown property, bad
  enumeration option, read-only `hs_` property) or a duplicate id fails the whole batch (400);
  unknown ids give 207 OBJECT_NOT_FOUND;
- search sees writes only after `search_lag` seconds (`settle()` flushes), pages at most 200,
  refuses to page past `search_cap` (10,000) results, and has its own per-second limit;
- the ten-secondly rolling limit (190 per 10 s by default) answers HubSpot's 429 bodies with
  `policyName`; every non-search answer carries the X-HubSpot-RateLimit-* headers;
- strictness (`strict.py`): request bodies checked against hubspot-api-client's own models
  (unknown keys, missing required fields, enum values), more than 100 batch inputs, values
  over 65,536 characters, response-only keys in a flow create, search `query` over 3,000
  characters: each refused with HubSpot's VALIDATION_ERROR body and logged in `refusals`;
- search `query` matches the default searchable contact properties (hs_additional_emails
  among them) by substring, as HubSpot's search guide documents;
- users with connected inboxes (`connect_inbox`): enrolling needs one of the user's inboxes
  as senderEmail (and one of its aliases as senderAliasAddress); the enrollment read names
  the user's login (`enrolledByEmail`), not the inbox;
- sequences v4 (enroll; enrollment by contact) and automation v4 flows (create; list in
  pages of 100 with `paging.next.after`, `add_flow` fills a portal); a flow
  whose trigger property becomes known on a contact and whose action is "Unenroll from
  sequence" (actionTypeId 0-4702372) unenrolls that contact, as HubSpot's workflow would,
  but at once rather than ~80 s later;
- Bearer-token check (401 with HubSpot's body) and, optionally, granted scopes (403
  MISSING_SCOPES naming the missing ones).

Seeding and inspection (`add_contact`, `contact`, `edit_email`, `settle`, ...) go straight to
the state, never through HTTP, so tests see what a HubSpot user would.

Layout: `state` (the account's data and HubSpot's own reactions to a write), `routes` (the
contact and search routes, the error body, the scope check, body checks), `account_routes`
(properties, sequences, flows), `strict` (what HubSpot refuses, with the pages that say so),
`server` (`FakeHubSpot`: token, rate limits, faults, the route table).
"""

from tests.fakes.hubspot.server import FakeHubSpot
from tests.fakes.hubspot.state import TOKEN, UNENROLL_ACTION_TYPE, iso_ms, parse_time_ms

__all__ = ["TOKEN", "UNENROLL_ACTION_TYPE", "FakeHubSpot", "iso_ms", "parse_time_ms"]
