"""`FakeHubSpot`: the fake's server. It checks the Bearer token, applies HubSpot's rate
limits (the ten-secondly rolling bucket with its X-HubSpot-RateLimit-* headers, search's
own per-second limit, the daily count), renders injected faults as HubSpot would, and hands
the request to the routes (`routes.py`, `account_routes.py`) over the state (`state.py`)."""

from __future__ import annotations

import time
import uuid
from collections import deque
from functools import partial

from tests.fakes.base import FakeServer, Request, Response, json_response
from tests.fakes.hubspot.account_routes import AccountRoutes
from tests.fakes.hubspot.routes import error
from tests.fakes.hubspot.state import TOKEN, HubSpotState


class FakeHubSpot(AccountRoutes, FakeServer):
    """The HubSpot APIs bounce-sync uses, on 127.0.0.1; see the package docstring for the
    traps it reproduces."""

    def __init__(self, *, token: str = TOKEN, search_lag: float = 5.0,
                 ten_secondly_limit: int = 190, window_seconds: float = 10.0,
                 search_per_second: int = 5, daily_limit: int = 625_000,
                 search_cap: int = 10_000, one_sequence_per_contact: bool = True,
                 seed: int = 1) -> None:
        FakeServer.__init__(self)
        HubSpotState.__init__(self, search_lag=search_lag,
                              one_sequence_per_contact=one_sequence_per_contact, seed=seed)
        self.token = token
        self.ten_secondly_limit = ten_secondly_limit
        self.window_seconds = window_seconds
        self.search_per_second = search_per_second
        self.daily_limit = daily_limit
        self.search_cap = search_cap
        self._calls: deque[float] = deque()
        self._searches: deque[float] = deque()
        self.daily_used = 0
        self.refusals: list[tuple[str, str]] = []

        self.route("POST", r"/crm/v3/objects/contacts/batch/read", self._batch_read)
        self.route("POST", r"/crm/v3/objects/contacts/batch/update", self._batch_update)
        self.route("POST", r"/crm/v3/objects/contacts/search", self._search)
        self.route("GET", r"/crm/v3/objects/contacts", self._list_contacts)
        self.route("GET", r"/crm/v3/objects/contacts/(?P<id>[^/]+)", self._get_contact)
        self.route("GET", r"/crm/v3/properties/contacts/groups", partial(self._read_all, table=self.groups))
        self.route("GET", r"/crm/v3/properties/contacts/groups/(?P<name>[^/]+)",
                   partial(self._read_one, table=self.groups, what="property group"))
        self.route("POST", r"/crm/v3/properties/contacts/groups", self._create_group)
        self.route("GET", r"/crm/v3/properties/contacts", partial(self._read_all, table=self.properties))
        self.route("GET", r"/crm/v3/properties/contacts/(?P<name>[^/]+)",
                   partial(self._read_one, table=self.properties, what="property"))
        self.route("POST", r"/crm/v3/properties/contacts", self._create_property)
        self.route("PATCH", r"/crm/v3/properties/contacts/(?P<name>[^/]+)", self._update_property)
        self.route("GET", r"/automation/v4/sequences", self._list_sequences)
        self.route("POST", r"/automation/v4/sequences/enrollments", self._enroll)
        self.route("GET", r"/automation/v4/sequences/enrollments/contact/(?P<id>[^/]+)",
                   self._enrollment_of)
        self.route("GET", r"/automation/v4/flows", self._list_flows)
        self.route("POST", r"/automation/v4/flows", self._create_flow)
        self.route("POST", r"/oauth/v2/private-apps/get/access-token-info", self._token_info)

    def _token_info(self, request: Request) -> Response:
        """HubSpot's private-app token info (developers.hubspot.com/docs/api/private-apps):
        the scopes granted (every scope the fake knows when `granted_scopes` is None)."""
        if (request.json() or {}).get("tokenKey") != self.token:
            return error(400, "VALIDATION_ERROR", "Invalid token key")
        from tests.fakes.hubspot.routes import SCOPES

        granted = self.granted_scopes if self.granted_scopes is not None else set(SCOPES.values())
        return json_response({"userId": 7001, "hubId": 62515, "appId": 4242,
                              "scopes": sorted({"oauth", *granted})})

    def start(self, port: int = 0) -> FakeHubSpot:
        """Start as the base does, with Nagle off so answers are not held back."""
        super().start(port)
        # The base handler writes headers and body in two sends; with Nagle on, each answer
        # waits for the client's delayed ACK (~40 ms). TCP_NODELAY makes it ~1 ms.
        self._server.RequestHandlerClass.disable_nagle_algorithm = True
        return self

    # ------------------------------------------------------------------ dispatch, auth, limits

    def dispatch(self, request: Request) -> Response:
        """Token first, then the rate limits (which a refused token does not spend), then
        the route; every answer but a search's carries the ten-secondly headers."""
        auth = request.headers.get("authorization", "")
        if auth != f"Bearer {self.token}":
            request.status = 401
            return error(401, "INVALID_AUTHENTICATION",
                         "Authentication credentials not found. This API supports OAuth 2.0 "
                         "authentication and you can find more details at "
                         "https://developers.hubspot.com/docs/methods/auth/oauth-overview")
        is_search = request.path.endswith("/search")
        with self.state_lock:
            limited = self._rate_limited(request, is_search)
        if limited is not None:
            return limited
        refused = self.check_body(request)
        response = refused if refused is not None else super().dispatch(request)
        with self.state_lock:
            self.daily_used += 1
            self._add_limit_headers(response, is_search)
        return response

    def _rate_limited(self, request: Request, is_search: bool) -> Response | None:
        now = time.monotonic()
        if is_search:
            while self._searches and now - self._searches[0] >= 1.0:
                self._searches.popleft()
            if len(self._searches) >= self.search_per_second:
                request.fault = "search_secondly"
                return self._limit_body("SECONDLY", "You have reached your secondly limit.")
            self._searches.append(now)
            return None
        while self._calls and now - self._calls[0] >= self.window_seconds:
            self._calls.popleft()
        if len(self._calls) >= self.ten_secondly_limit:
            request.fault = "ten_secondly"
            response = self._limit_body("TEN_SECONDLY_ROLLING",
                                        "You have reached your ten_secondly_rolling limit.")
            self._add_limit_headers(response, False)
            return response
        self._calls.append(now)
        return None

    def _add_limit_headers(self, response: Response, is_search: bool) -> None:
        h = response.headers
        h.setdefault("X-HubSpot-Correlation-Id", str(uuid.uuid4()))
        h["X-HubSpot-RateLimit-Daily"] = str(self.daily_limit)
        h["X-HubSpot-RateLimit-Daily-Remaining"] = str(max(0, self.daily_limit - self.daily_used))
        if not is_search:
            h["X-HubSpot-RateLimit-Interval-Milliseconds"] = str(int(self.window_seconds * 1000))
            h["X-HubSpot-RateLimit-Max"] = str(self.ten_secondly_limit)
            h["X-HubSpot-RateLimit-Remaining"] = str(max(0, self.ten_secondly_limit - len(self._calls)))

    def _limit_body(self, policy: str, message: str) -> Response:
        body = {"status": "error", "message": message, "errorType": "RATE_LIMIT",
                "correlationId": str(uuid.uuid4()), "policyName": policy,
                "requestId": str(uuid.uuid4())}
        response = json_response(body, 429)
        if self.faults.retry_after is not None and policy != "DAILY":
            response.headers["Retry-After"] = f"{self.faults.retry_after:g}"
        return response

    def render_fault(self, kind: str, request: Request) -> Response:
        """An injected fault as HubSpot answers it (its 429 bodies name the policy)."""
        if kind == "rate_limit":
            return self._limit_body("TEN_SECONDLY_ROLLING",
                                    "You have reached your ten_secondly_rolling limit.")
        if kind == "daily_quota":
            return self._limit_body("DAILY", "You have reached your daily limit.")
        if kind == "expired_token":
            return error(401, "EXPIRED_AUTHENTICATION",
                         "The OAuth token used to make this call expired 1 minute(s) ago.")
        if kind == "server_error":
            return error(502, "INTERNAL_ERROR", "Bad Gateway: the upstream service failed.")
        raise ValueError(f"unknown fault kind {kind!r}")
