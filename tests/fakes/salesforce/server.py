"""`FakeSalesforce`: the server, its routes table, the session guard, the daily API
allocation and fault rendering, over the state and route mixins of this package."""

from __future__ import annotations

import re
import socket
import threading

from tests.fakes.base import FakeServer, Request, Response
from tests.fakes.salesforce.routes_actions import ActionRoutes
from tests.fakes.salesforce.routes_composite import CompositeRoutes
from tests.fakes.salesforce.routes_login import LoginRoutes
from tests.fakes.salesforce.routes_rest import RestRoutes
from tests.fakes.salesforce.routes_tooling import ToolingRoutes
from tests.fakes.salesforce.schema import API, SOAP_LOGIN, TOKEN_ENDPOINT, api_error, html_page
from tests.fakes.salesforce.state import SalesforceState


class FakeSalesforce(LoginRoutes, RestRoutes, ToolingRoutes, CompositeRoutes, ActionRoutes,
                     SalesforceState, FakeServer):
    """The Salesforce REST API and its login endpoints on 127.0.0.1 (see the package
    docstring for what it covers and how faults are answered)."""

    def __init__(self, *, username: str = "integration@example.com", daily_limit: int = 15000,
                 secondary_fields: tuple[str, ...] = ("Alt_Email__c",)) -> None:
        super().__init__()
        self._init_state(username, daily_limit, secondary_fields)
        self._routes_for_api()

    @property
    def started(self) -> bool:
        """Whether the server is listening (a harness starts it once)."""
        return self._server is not None

    def start(self, port: int = 0) -> FakeSalesforce:
        super().start(port)
        # Headers and body go out in two writes; without TCP_NODELAY, Nagle plus the
        # client's delayed ACK adds ~40 ms to every answer.
        handler = self._server.RequestHandlerClass
        self._server.RequestHandlerClass = type("NoDelayHandler", (handler,),
                                                {"disable_nagle_algorithm": True})
        return self

    def stop(self) -> None:
        """As the base class, but wakes the accept loop (it polls every 0.5 s) so a
        per-test server stops at once."""
        server = self._server
        if server is None:
            return
        stopper = threading.Thread(target=FakeServer.stop, args=(self,))
        stopper.start()
        while stopper.is_alive():
            try:
                socket.create_connection(server.server_address[:2], timeout=0.1).close()
            except OSError:
                pass
            stopper.join(0.02)

    def _routes_for_api(self) -> None:
        self.route("POST", SOAP_LOGIN, self._soap_login)
        self.route("POST", TOKEN_ENDPOINT, self._token)
        self._api("GET", r"/services/oauth2/userinfo", self._userinfo)
        self._api("GET", API + r"query/?", self._query)
        self._api("GET", API + r"query/(?P<locator>[\w-]+)", self._query_more)
        self._api("GET", API + r"tooling/query/?", self._tooling_query)
        self._api("GET", API + r"limits/?", self._limits)
        self._api("GET", API + r"sobjects/(?P<sobject>\w+)/describe/?", self._describe)
        self._api("POST", API + r"sobjects/(?P<sobject>\w+)/?", self._create_one)
        self._api("PATCH", API + r"composite/sobjects/?", self._collection_update)
        self._api("POST", API + r"composite/sobjects/?", self._collection_create)
        self._api("POST", API + r"tooling/sobjects/CustomField/?", self._create_field)
        self._api("GET", API + r"tooling/sobjects/CustomField/(?P<id>\w+)/?", self._read_field)
        self._api("PATCH", API + r"tooling/sobjects/CustomField/(?P<id>\w+)/?", self._update_field)
        self._api("POST", API + r"actions/standard/(?P<action>\w+)/?", self._action)
        self._api("POST", API + r"composite/?", self._composite)

    def _api(self, method: str, pattern: str, handler) -> None:
        def guarded(request: Request) -> Response:
            auth = request.headers.get("authorization", "")
            if not auth.startswith("Bearer ") or auth[7:] not in self.sessions:
                return api_error("INVALID_SESSION_ID", "Session expired or invalid", 401)
            return handler(request)
        self.route(method, pattern, guarded)

    def dispatch(self, request: Request) -> Response:
        if request.path.startswith("/services/data/"):
            with self.state_lock:
                over = self.api_used >= self.api_max
                if not over:
                    self.api_used += 1
            response = (self.render_fault("daily_quota", request) if over
                        else super().dispatch(request))
        else:
            response = super().dispatch(request)
        response.headers.setdefault("Sforce-Limit-Info", f"api-usage={self.api_used}/{self.api_max}")
        return response

    def render_fault(self, kind: str, request: Request) -> Response:
        if kind == "maintenance":
            return html_page(503, "Service Unavailable")
        if kind == "edge_403":
            return html_page(403, "Forbidden")
        if re.fullmatch(SOAP_LOGIN, request.path) or re.fullmatch(TOKEN_ENDPOINT, request.path):
            return self._login_fault(kind, request)
        if kind == "rate_limit":  # the concurrent long-running request limit: also a 403
            return api_error("REQUEST_LIMIT_EXCEEDED", "ConcurrentPerOrgLongTxn Limit exceeded.", 403)
        if kind == "daily_quota":
            return api_error("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.", 403)
        if kind == "expired_token":
            return api_error("INVALID_SESSION_ID", "Session expired or invalid", 401)
        response = api_error("SERVER_UNAVAILABLE",
                          "Server temporarily unavailable, please try again later.", 503)
        if self.faults.retry_after is not None:
            response.headers["Retry-After"] = f"{self.faults.retry_after:g}"
        return response
