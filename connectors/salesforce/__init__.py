"""Salesforce CRM connector (simple-salesforce), Contact and Lead.

Settings (the `[crm]` table; secrets arrive as `sync.secret.Secret`):

  auth                  "jwt" | "password" | "client_credentials" | "session"; every mode that
                        logs in uses the OAuth 2.0 token endpoint (SOAP login() is gone from
                        API 65.0 on); JWT bearer or client credentials are the recommended modes
    jwt                 consumer_key, username, private_key (Secret holding the PEM, or a
                        path to the PEM file, relative to the config folder), domain; the
                        assertion's audience is login.salesforce.com (test.salesforce.com for
                        "test", "*.sandbox.my", "*.scratch.my"), never the My Domain, while
                        the token request goes to the `domain` host
    password            the OAuth username-password flow through a connected app:
                        consumer_key, consumer_secret (Secret), username, password (Secret),
                        security_token (Secret, appended to the password; optional from a
                        trusted IP range), domain. Many orgs block this flow (new orgs since
                        Summer '23 by default)
    client_credentials  consumer_key, consumer_secret (Secret), domain (your My Domain stem,
                        e.g. "acme.my"; "login"/"test" are refused by Salesforce)
    session             session_id (Secret), instance_url (no re-login: an expired session
                        is an AuthError); username lets `setup` find the integration user
  domain                login host stem: "login" (default), "test" (sandbox), "acme.my";
  login_url             or the full login URL instead (https://acme.my.salesforce.com)
  objects               ["Contact", "Lead"] (default)
  api_version           "59.0" (default)
  field_prefix          "Bounce_Sync_" (default): our fields are <prefix><Name>__c
  permission_set        "Bounce_Sync_Fields" (default): grants our fields to the integration user
  write_standard_fields true (default): also set EmailBouncedReason (<= 255) and
                        EmailBouncedDate on a hard bounce, so Salesforce shows its warning
  secondary_email_fields []: extra email fields matched besides Email (e.g. "Alt_Email__c")
  cadence_removal_disposition "Bad Data" (default)
  query_chunk           500 (default, at most 2000): addresses per lookup call; a lookup call is
                        one `composite` request carrying, per object, the record query and
                        its cadence tracker query (SOQL in the request body: no 16 KB URL
                        limit; each statement stays under SOQL's 100,000 characters)
  action_chunk          200 (default, at most 200): inputs per cadence action call (no
                        documented maximum; the notes advise 100-200)
  watch_lag_seconds     120 (default): overlap when the watcher resumes from its cursor
  request_timeout       30 (seconds, default)
  max_attempts          5 (default): tries per request on 5xx / timeouts / UNABLE_TO_LOCK_ROW
  backoff_seconds       1.0 (default): first backoff (doubles, capped at 60 s) without Retry-After
  insecure_http_for_tests  "http://127.0.0.1:PORT": TESTS ONLY. simple-salesforce always builds
                        https:// URLs; this maps every request to that plain-http loopback
                        address (the fake server). Refused for any other host.

Any other key is refused (`ConfigError`, with "did you mean ...?" for a near miss): SETTINGS
lists the keys above.

Retries and rate limits. A 5xx, a timeout, a dropped connection or UNABLE_TO_LOCK_ROW (at
login: `temporarily_unavailable`, an HTTP 5xx/429 page, or a 403 page
carrying no Salesforce error code, as a proxy or edge sends) is tried up to `max_attempts`
times in all, through the shared `connectors.http` policy: waiting `backoff_seconds` doubled
after each try (1, 2, 4 ... s, capped at 60 s, with jitter over the upper half), never less
than the Retry-After when one is sent; a Retry-After over 300 s ends the call at once. Then
it surfaces as `Retryable` (the run exits 1). REQUEST_LIMIT_EXCEEDED (a 403 on REST, or the OAuth
`rate_limit_exceeded` at login) comes with no Retry-After, so it is not
retried inside the run: the connector raises `QuotaExhausted`, sends nothing more this run,
and the next cron run tries again (cron's interval is the backoff). Only a refusal of the
credentials, the user or the connected app at login (`invalid_grant`, `invalid_client_id`,
`invalid_client`, `inactive_user`, ...: LOGIN_REFUSED) is an `AuthError` naming the settings
to fix (exit 2); a login code we do not know is `Permanent`.

`setup` creates our custom fields through the Tooling API REST endpoint
(`tooling/sobjects/CustomField`) rather than the SOAP Metadata API, then a permission set with
read/edit FieldPermissions on them, assigned to the integration user (fields created by API
get no field-level security otherwise); the user is the one the token answer's `id` URL
names (no `oauth2/userinfo` call). A field an older release created is brought up to the
current label, description, help text and picklist labels (`definitions`): its Tooling
`Metadata` is read (one GET per field) and PATCHed back only when it differs, keeping what an
admin changed; API names and stored values never change. Vendor exceptions never leave this
package.

Writes are fitted to the org's fields as describe reports them (read once per run, one
call, only when something is written; see `fields`): texts cut to the field's length on a
character boundary; our `Address` field (type Email: 80 characters, format-checked) gets
only an address Salesforce accepts, otherwise it is left empty and the address goes into
the Note field, so a long or malformed address never sinks the record's update; a value a
restricted picklist lacks fails that action unsent; a standard field the user cannot edit
(EmailBouncedReason/Date) is left out.

Where things live: `settings` (the table above, checked once), `auth` (the four login modes
and what a refused login means), `api` (session, retries, error translation, queries and
composite requests), `definitions` (what each field shows a rep), `schema` (`setup`,
`check`), `reads` (lookup by address,
watcher), `writes` (`apply`: field writes, cadence removal and re-enrolment), `connector`
(`SalesforceConnector`, wiring the parts), `fields` (describe-driven value fitting).
"""

from __future__ import annotations

from connectors.salesforce.connector import SalesforceConnector
from connectors.salesforce.schema import FIELD_SPECS
from connectors.salesforce.settings import AUTH_MODES, OBJECTS, SETTINGS

__all__ = ["AUTH_MODES", "FIELD_SPECS", "OBJECTS", "SETTINGS", "SalesforceConnector"]
