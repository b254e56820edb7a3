"""Plumbing shared by the stateful fake API servers (Gmail, HubSpot, Salesforce).

Each fake is a `FakeServer` subclass that registers routes and keeps its own state; this
module gives it a loopback HTTP server on a free port, a request log for counting, and
switches that inject faults the way the vendor would answer them.

    with FakeHubSpot() as fake:          # starts on 127.0.0.1:<free port>
        fake.url                          # "http://127.0.0.1:PORT"
        fake.faults.fail_next("rate_limit", count=2)
        fake.faults.set_rate(0.2, kinds=("rate_limit", "server_error"), seed=7)
        fake.log                          # [Request(method, path, ...), ...]

Fault kinds every fake understands (rendered by the subclass's `render_fault`):
  "rate_limit"    the vendor's 429 (or Salesforce's 403 REQUEST_LIMIT_EXCEEDED)
  "daily_quota"   the vendor's answer for an exhausted daily quota
  "server_error"  a 5xx with the vendor's body
  "expired_token" a 401 as for an expired access token (refresh should fix it)
  "timeout"       the answer is held `timeout_seconds` (longer than the client waits)
  "slow"          the answer is held `slow_seconds`, then given normally
  "applied_5xx"   the request is APPLIED, then answered with the vendor's 5xx (the answer
                  is lost: the client cannot tell it went through)
  "applied_drop"  the request is APPLIED, then the connection is closed with no answer
Every request a route handled with a 2xx is marked `Request.applied`, so the harnesses count
what the fake really accepted (tests/stress/harness/repeats.py).
Routes whose path matches `FaultSwitch.exempt` (token endpoints by default) see no
random faults, so a refresh can always succeed unless a test asks otherwise.
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

Handler = Callable[["Request"], "Response"]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes
    match: re.Match[str] | None = None
    status: int | None = None  # filled in once answered
    fault: str | None = None  # the injected fault, if any
    applied: bool = False  # a route handled it with a 2xx (its effect is in the fake's state)
    drop: bool = False  # close the connection instead of answering (applied_drop)
    at: float = field(default_factory=time.monotonic)

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default


@dataclass
class Response:
    status: int = 200
    body: bytes | str | dict | list | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        body = self.body
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json;charset=utf-8")
        elif isinstance(body, str):
            body = body.encode()
            headers.setdefault("Content-Type", "text/plain;charset=utf-8")
        return body or b"", headers


def json_response(payload: Any, status: int = 200, **headers: str) -> Response:
    return Response(status, payload, dict(headers))


class FaultSwitch:
    """Which requests get a fault instead of their answer. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[str] = []
        self._rate = 0.0
        self._kinds: tuple[str, ...] = ()
        self._rng = random.Random(0)
        self.exempt = re.compile(r"/token|/oauth2|/services/oauth2")
        self.timeout_seconds = 5.0
        self.slow_seconds = 0.5
        self.retry_after: float | None = 1.0  # seconds sent in Retry-After, where the vendor sends it

    def fail_next(self, kind: str, count: int = 1) -> None:
        with self._lock:
            self._queue.extend([kind] * count)

    def set_rate(self, rate: float, *, kinds: Iterable[str], seed: int = 0) -> None:
        with self._lock:
            self._rate, self._kinds, self._rng = rate, tuple(kinds), random.Random(seed)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._rate, self._kinds = 0.0, ()

    def draw(self, path: str) -> str | None:
        if self.exempt.search(path):
            return None
        with self._lock:
            if self._queue:
                return self._queue.pop(0)
            if self._rate and self._rng.random() < self._rate:
                return self._rng.choice(self._kinds)
        return None


class FakeServer:
    """Base class: subclasses call `self.route(...)` in `__init__` and implement
    `render_fault(kind, request)`."""

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self.log: list[Request] = []
        self.faults = FaultSwitch()
        self.state_lock = threading.RLock()  # handlers run on several threads
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- routing --------------------------------------------------------------------------

    def route(self, method: str, pattern: str, handler: Handler) -> None:
        self._routes.append((method.upper(), re.compile(pattern + r"\Z"), handler))

    def render_fault(self, kind: str, request: Request) -> Response:  # pragma: no cover
        raise NotImplementedError

    def dispatch(self, request: Request) -> Response:
        fault = self.faults.draw(request.path)
        if fault in ("timeout", "slow"):
            time.sleep(self.faults.timeout_seconds if fault == "timeout" else self.faults.slow_seconds)
            request.fault = fault
            if fault == "timeout":
                return self.render_fault("server_error", request)
        elif fault in ("applied_5xx", "applied_drop"):
            request.fault = fault
            self._route(request)  # applied ...
            if fault == "applied_drop":
                request.drop = True
            return self.render_fault("server_error", request)  # ... and the answer lost
        elif fault is not None:
            request.fault = fault
            return self.render_fault(fault, request)
        return self._route(request)

    def _route(self, request: Request) -> Response:
        for method, pattern, handler in self._routes:
            if method == request.method and (m := pattern.match(request.path)):
                request.match = m
                with self.state_lock:
                    response = handler(request)
                request.applied = 200 <= response.status < 300
                return response
        return self.not_found(request)

    def not_found(self, request: Request) -> Response:
        return json_response({"error": f"no route for {request.method} {request.path}"}, 404)

    # -- counting -------------------------------------------------------------------------

    def requests(self, method: str | None = None, path: str | None = None) -> list[Request]:
        """Logged requests, optionally filtered by method and a path regex (search)."""
        rx = re.compile(path) if path else None
        return [r for r in list(self.log)
                if (method is None or r.method == method) and (rx is None or rx.search(r.path))]

    def count(self, method: str | None = None, path: str | None = None) -> int:
        return len(self.requests(method, path))

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return self._server.server_address[1]

    def start(self, port: int = 0) -> FakeServer:
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in separate writes; with Nagle's algorithm on, the
            # body waits for the client's delayed ACK (~40 ms a request).
            disable_nagle_algorithm = True

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Request(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                fake.log.append(request)
                try:
                    response = fake.dispatch(request)
                except Exception as exc:  # a bug in the fake: answer 500 and say so
                    response = json_response({"error": f"fake server bug: {exc!r}"}, 500)
                request.status = response.status
                if request.drop:  # applied, then the connection lost before any answer
                    self.close_connection = True
                    try:
                        self.connection.shutdown(2)
                    except OSError:
                        pass
                    return
                payload, headers = response.encoded()
                try:
                    self.send_response(response.status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
        self._server.daemon_threads = True
        # A short poll interval: stop() waits for it, and every test stops a server.
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self):
        return self.start() if self._server is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()
