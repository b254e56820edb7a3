"""`FakeGmail`: the fake server put together from its state and its routes."""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable

from tests.fakes.base import FakeServer, FaultSwitch, Request, Response
from tests.fakes.gmail.batch import BatchRoutes
from tests.fakes.gmail.bodies import backend_error, daily_limit, rate_limited, unauthenticated
from tests.fakes.gmail.routes import ApiRoutes
from tests.fakes.gmail.state import UNIT_COSTS, AccessToken, GmailState, Grant, Mailbox
from tests.fakes.gmail.tokens import TokenRoutes


class FakeGmail(ApiRoutes, BatchRoutes, TokenRoutes, GmailState, FakeServer):
    """The Gmail API and Google's token endpoint on 127.0.0.1 (see the package docstring)."""

    def __init__(self, *, quota_units_per_minute: int = 6000, token_lifetime: int = 3600) -> None:
        super().__init__()
        self.mailboxes: dict[str, Mailbox] = {}
        self.quota_units_per_minute = quota_units_per_minute
        self.unit_costs = dict(UNIT_COSTS)
        self.token_lifetime = token_lifetime
        self.max_concurrent_parts: int | None = None  # batch parts past this get 429
        self.part_faults = FaultSwitch()  # faults for individual batch parts
        self.part_faults.exempt = re.compile(r"(?!)")
        self.clients: dict[str, str] = {}  # OAuth client_id -> client_secret
        self.refresh_tokens: dict[str, Grant] = {}
        self.auth_codes: dict[str, Grant] = {}  # consent codes not yet exchanged
        self.access_tokens: dict[str, AccessToken] = {}
        self.service_accounts: dict[str, tuple[str, frozenset[str]]] = {}  # email -> (public pem, delegated scopes)
        self.parts_served = 0  # batch parts answered (each is one API call)
        self.unindexed: set[str] = set()  # message ids search does not see yet (index lag)
        self.refusals: list[tuple[str, str]] = []  # (method, message) of every request refused as invalid
        self.history_with_labels = False  # messagesAdded records carry labelIds (Gmail's typically do not)
        self.before_batch: Callable[[], None] | None = None  # test hook: runs as a batch arrives
        self._ids = itertools.count(0x18C0_0000_0000_0000)
        self._seq = itertools.count()
        self._clock_ms = int(time.time() * 1000)

        users = r"/gmail/v1/users/(?P<user>[^/]+)"
        self.route("POST", r"/token", self._token)
        self.route("POST", r"/batch/gmail/v1|/batch", self._batch)
        for method, pattern, handler in self._api_routes(users):
            self.route(method, pattern, handler)

    def _api_routes(self, users: str):
        return [
            ("GET", users + r"/profile", self._get_profile),
            ("GET", users + r"/labels", self._labels_list),
            ("POST", users + r"/labels", self._labels_create),
            ("GET", users + r"/history", self._history_list),
            ("GET", users + r"/messages", self._messages_list),
            ("POST", users + r"/messages/batchModify", self._messages_batch_modify),
            ("GET", users + r"/messages/(?P<id>[^/]+)", self._messages_get),
            ("POST", users + r"/messages/(?P<id>[^/]+)/modify", self._messages_modify),
        ]


    def render_fault(self, kind: str, request: Request) -> Response:
        if kind == "rate_limit":
            return rate_limited(self.faults.retry_after)
        if kind == "daily_quota":
            return daily_limit()
        if kind == "expired_token":
            return unauthenticated()
        return backend_error()  # server_error, and what a timed-out request finally gets
