"""The Salesforce HTTP seam: one session, one login, one retry policy, one translation.

Every API call of the connector goes through `SalesforceApi.call`, which logs in when
needed (once more when a session expires), turns each vendor failure into our error type
right where it is caught (`Transient` when another try may succeed), and retries through
the shared `connectors.http.call_with_retries`. Vendor exceptions never leave this module.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar
from urllib.parse import quote_plus, urlencode

import requests
from requests.adapters import HTTPAdapter
from simple_salesforce import Salesforce
from simple_salesforce.format import quote_soql_value
from simple_salesforce.exceptions import (
    SalesforceError, SalesforceExpiredSession, SalesforceMalformedRequest,
)

from connectors.http import FenceHook, Transient, call_with_retries, retry_after_seconds
from connectors.salesforce.auth import Login, Seen, login
from connectors.salesforce.settings import Settings
from sync.errors import AuthError, Permanent, QuotaExhausted, SyncError

log = logging.getLogger(__name__)
T = TypeVar("T")

URL_BUDGET = 14_000  # encoded SOQL bytes per GET: 16,384 for URI + headers, minus headroom
COMPOSITE_QUERIES = 5  # query subrequests per `composite` request (25 subrequests, 5 queries)
TRANSIENT = {"UNABLE_TO_LOCK_ROW"}
Rows = list[dict[str, Any]]


class _Transport(HTTPAdapter):
    """Gives every request a timeout (simple-salesforce sets none, and its login calls take
    no timeout argument) and, for tests only, sends https:// requests to a plain-http
    loopback server: simple-salesforce rewrites every instance URL to https."""

    def __init__(self, timeout: float, plain_http_target: str | None = None,
                 fence: FenceHook | None = None) -> None:
        super().__init__()
        self.timeout = timeout
        self.target = plain_http_target
        self.fence = fence if fence is not None else FenceHook()

    def send(self, request, **kwargs):  # type: ignore[override]
        self.fence.check()  # the outbox's lease check (SalesforceApi.fenced): LeaseLost stops it here
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        if self.target:
            rest = request.url.partition("://")[2].partition("/")[2]
            request.url = f"{self.target}/{rest}"
        return super().send(request, **kwargs)


def describe_errors(errors: Iterable[dict[str, Any]]) -> str:
    """Salesforce's error list as one line (REST lists say `errorCode`, per-record and
    action results `statusCode`)."""
    return "; ".join(f"{e.get('statusCode') or e.get('errorCode')}: {e.get('message')}"
                     for e in errors) or "unknown error"


def _errors_of(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, dict):
        content = [content]
    return [c for c in content if isinstance(c, dict)] if isinstance(content, list) else []


class SalesforceApi:
    """The logged-in client and the calls the connector makes through it. A rate limit
    (REQUEST_LIMIT_EXCEEDED, which Salesforce sends without Retry-After) stops every
    further call for the run: nothing more is sent, the next cron run tries again."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.seen = Seen()
        self._sf: Salesforce | None = None
        self._login: Login | None = None
        self._session: requests.Session | None = None
        self._stopped: QuotaExhausted | None = None
        self._fence = FenceHook()  # the outbox's lease check, while an apply runs

    def fenced(self, fence: Callable[[], None] | None) -> contextlib.AbstractContextManager[None]:
        """While the block runs, `fence()` is called before every request this thread
        sends, logins and retries included (in the transport, the one place all of them
        pass): LeaseLost from it stops the apply before anything more goes out."""
        return self._fence.fenced(fence)

    # -- transport and login -----------------------------------------------------------------

    def _http(self) -> requests.Session:
        if self._session is None:
            s = requests.Session()
            transport = _Transport(self.settings.timeout, self.settings.plain_http_target,
                                   self._fence)
            s.mount("https://", transport)
            s.mount("http://", transport)
            s.hooks["response"].append(self._observe)
            self._session = s
        return self._session

    def _observe(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        """Every response (logins and failures too): remember usage, Retry-After and the
        status (simple-salesforce's errors carry neither headers nor, at login, status)."""
        self.seen.status = response.status_code
        usage = response.headers.get("Sforce-Limit-Info")
        if usage:
            self.seen.api_usage = usage
        self.seen.retry_after = retry_after_seconds(response.headers.get("Retry-After"))

    def client(self) -> Salesforce:
        """The logged-in client; logs in on first use."""
        if self._sf is None:
            try:
                self._login = login(self.settings, self._http(), self.seen)
            except QuotaExhausted as exc:
                self._stopped = exc
                raise
            self._sf = self._login.client
        return self._sf

    def user_id(self) -> str | None:
        """The integration user's id: from the token answer's `id` URL, or (a `session`
        login has no token answer) by `crm.username` when set; None when neither says."""
        if self._login is None or self._login.user_id is None:
            self.client()
        if self._login is not None and self._login.user_id:
            return self._login.user_id
        username = self.settings.credentials.get("username")
        if not username:
            return None
        rows = self.query("integration user lookup",
                          f"SELECT Id FROM User WHERE Username = {quote_soql_value(username)}")
        return rows[0]["Id"] if rows else None

    def describe(self, sobjects: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The describe answers of these objects, by name, in one call (a `composite` of
        describe GETs when there are several)."""
        if len(sobjects) == 1:
            return {sobjects[0]: self.restful(f"describe {sobjects[0]}", f"sobjects/{sobjects[0]}/describe/")}

        def run(sf: Salesforce) -> dict[str, dict[str, Any]]:
            subrequests = [{"method": "GET", "referenceId": o,
                            "url": f"/services/data/v{sf.sf_version}/sobjects/{o}/describe/"}
                           for o in sobjects]
            answer = sf.restful("composite", method="POST", timeout=self.settings.timeout,
                                json={"allOrNone": False, "compositeRequest": subrequests})
            out = {}
            for item in (answer or {}).get("compositeResponse") or ():
                status = int(item.get("httpStatusCode") or 500)
                if status >= 300:
                    raise self.translate("describe", status, item.get("body"))
                out[item.get("referenceId")] = item.get("body") or {}
            return out
        return self.call("describe", run)

    # -- calls ---------------------------------------------------------------------------------

    def call(self, what: str, fn: Callable[[Salesforce], T]) -> T:
        """Run one API call with our retry policy; vendor errors become ours here."""
        if self._stopped is not None:
            raise QuotaExhausted(f"Salesforce: {self._stopped} (stopped for this run)")
        return call_with_retries(lambda: self._attempt(what, fn), what=f"Salesforce {what}",
                                 max_attempts=self.settings.max_attempts,
                                 base=self.settings.backoff, sleep=time.sleep, log=log)

    def _attempt(self, what: str, fn: Callable[[Salesforce], T]) -> T:
        refreshed = False
        while True:
            sf = self.client()
            try:
                return fn(sf)
            except SalesforceExpiredSession as exc:
                # One re-login per try; a session that dies again is revoked.
                if refreshed or self.settings.auth == "session":
                    raise AuthError(f"Salesforce session rejected during {what}",
                                    setting=self.settings.auth_setting) from exc
                log.info("Salesforce session expired; logging in again")
                self._sf, refreshed = None, True
            except SalesforceError as exc:
                raise self.translate(what, exc.status, exc.content) from exc
            except requests.Timeout as exc:
                raise Transient(f"Salesforce {what}: timed out") from exc
            except requests.ConnectionError as exc:
                raise Transient(f"Salesforce {what}: connection failed") from exc

    def translate(self, what: str, status: int, content: Any) -> SyncError:
        """A failed answer (its HTTP status and Salesforce's error list) as our error."""
        errors = _errors_of(content)
        codes = {e.get("errorCode") or e.get("statusCode") for e in errors}
        text = describe_errors(errors)
        if "REQUEST_LIMIT_EXCEEDED" in codes:
            self._stopped = QuotaExhausted(f"Salesforce API limit reached ({text})",
                                           retry_after=self.seen.retry_after)
            return self._stopped
        if status == 403:
            return AuthError(f"Salesforce refused {what}: {text}", setting=self.settings.auth_setting)
        if "INVALID_FIELD" in codes or "INVALID_FIELD_FOR_INSERT_UPDATE" in codes:
            return Permanent(f"Salesforce {what}: {text.strip()} -- a field is missing or not "
                             "visible to the integration user; run `bounce-sync setup`")
        if status >= 500 or codes & TRANSIENT:
            return Transient(f"Salesforce {what}: HTTP {status} {text}", retry_after=self.seen.retry_after)
        return Permanent(f"Salesforce {what}: HTTP {status} {text}")

    def query(self, what: str, soql: str, *, tooling: bool = False) -> Rows:
        """Every row of one SOQL query (all pages)."""
        timeout = self.settings.timeout
        if tooling:
            def run(sf: Salesforce) -> Rows:
                return sf.restful("tooling/query/", params={"q": soql}, timeout=timeout)["records"]
        else:
            def run(sf: Salesforce) -> Rows:
                return list(sf.query_all_iter(soql, timeout=timeout))
        return self.call(what, run)

    def restful(self, what: str, path: str, *, method: str = "GET", body: Any = None) -> Any:
        """One REST call under /services/data/vXX.X/."""
        timeout = self.settings.timeout
        return self.call(what, lambda sf: sf.restful(path, method=method, json=body, timeout=timeout))

    def invoke(self, action: str, inputs: list[dict[str, Any]]) -> Rows:
        """One invocable-action call; per-input results in input order. A call whose every
        input failed may come back as HTTP 400 carrying the same result list."""
        timeout = self.settings.timeout

        def run(sf: Salesforce) -> Rows:
            try:
                return sf.restful(f"actions/standard/{action}", method="POST",
                                  json={"inputs": inputs}, timeout=timeout)
            except SalesforceMalformedRequest as exc:
                if isinstance(exc.content, list) and exc.content and all(
                        isinstance(c, dict) and "isSuccess" in c for c in exc.content):
                    return exc.content
                raise
        answer = self.call(action, run)
        if not isinstance(answer, list) or len(answer) != len(inputs):
            raise Permanent(f"Salesforce {action}: unexpected answer shape")
        return answer

    def query_many(self, what: str, soqls: Sequence[str], *,
                   optional: Iterable[int] = ()) -> list[Rows | None]:
        """Records of each query, in order, in as few API calls as Salesforce allows: a
        short lone query is one GET; otherwise `composite` requests carry up to five
        queries each (SOQL in the body, one API call per request). Further result pages
        (over 2,000 rows) cost one `query_more` call each. A query whose index is in
        `optional` and that Salesforce refuses as a bad request yields None; any other
        failure raises, as the same query sent alone would."""
        optional = set(optional)
        out: list[Rows | None] = []
        for start in range(0, len(soqls), COMPOSITE_QUERIES):
            group = list(soqls[start:start + COMPOSITE_QUERIES])
            if len(group) == 1 and len(quote_plus(group[0])) < URL_BUDGET and start not in optional:
                out.append(self.query(what, group[0]))
                continue
            tolerated = {i - start for i in optional if start <= i < start + len(group)}
            out += self.call(what, lambda sf, g=group, t=tolerated: self._composite(sf, what, g, t))
        return out

    def _composite(self, sf: Salesforce, what: str, soqls: list[str],
                   tolerated: set[int]) -> list[Rows | None]:
        version = sf.sf_version
        subrequests = [{"method": "GET", "url": f"/services/data/v{version}/query/?{urlencode({'q': q})}",
                        "referenceId": f"q{i}"} for i, q in enumerate(soqls)]
        answer = sf.restful("composite", method="POST", timeout=self.settings.timeout,
                            json={"allOrNone": False, "compositeRequest": subrequests})
        items = {item.get("referenceId"): item for item in (answer or {}).get("compositeResponse") or ()
                 if isinstance(item, dict)}
        out: list[Rows | None] = []
        for i, sub in enumerate(subrequests):
            item = items.get(sub["referenceId"])
            if item is None:
                raise Permanent("Salesforce composite: an answer without the query results")
            status, body = int(item.get("httpStatusCode") or 500), item.get("body")
            if status >= 300:
                if i in tolerated and status == 400:
                    out.append(None)
                    continue
                # the same translation as for the query sent alone
                raise self.translate(what, status, body)
            records = list(body.get("records") or ())
            while not body.get("done", True) and body.get("nextRecordsUrl"):
                body = sf.query_more(body["nextRecordsUrl"], identifier_is_url=True,
                                     timeout=self.settings.timeout)
                records += body.get("records") or ()
            out.append(records)
        return out
