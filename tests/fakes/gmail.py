"""A stateful fake of the Gmail API (v1) and Google's OAuth token endpoint on 127.0.0.1.

Driven by the real google-api-python-client / google-auth, so it speaks the wire format they
expect: JSON bodies, Google's error bodies, the multipart/mixed batch endpoint, and the OAuth
token endpoint (refresh-token grant for authorized users, JWT-bearer grant for service
accounts with domain-wide delegation).

    with FakeGmail() as fake:
        info = fake.authorized_user("rep@sender.example")      # authorized-user JSON (dict)
        mid = fake.add_message("rep@sender.example", raw_bytes)  # lands in INBOX
        fake.add_sent("rep@sender.example", raw_sent)            # lands in SENT
        fake.expire_history_before(fake.history_id("rep@sender.example"))
        fake.revoke_refresh_token()
        fake.part_faults.fail_next("rate_limit")                 # one batch *part* fails

State per mailbox: messages (id, threadId, labelIds, raw, internalDate, historyId), a
history log with increasing, non-contiguous ids and a minimum retained id (older start ids
get Google's 404), user labels, and per-minute quota accounting in units (429
`rateLimitExceeded` over the limit). Access tokens expire and are checked on every call.

Sized for 100,000 messages: one small slotted object per message, headers needed for search
extracted once on insert, listing pages resume from a sort key (O(page) when matches are
dense), rfc822msgid: answered from an index.
"""

from __future__ import annotations

import base64
import bisect
import itertools
import json
import re
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import decode_header, make_header
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.fakes.base import FakeServer, FaultSwitch, Request, Response, json_response

SCOPE_READONLY = "https://www.googleapis.com/auth/gmail.readonly"
SCOPE_MODIFY = "https://www.googleapis.com/auth/gmail.modify"
SCOPE_METADATA = "https://www.googleapis.com/auth/gmail.metadata"
SCOPE_FULL = "https://mail.google.com/"
READ_SCOPES = {SCOPE_READONLY, SCOPE_MODIFY, SCOPE_FULL, SCOPE_METADATA}
WRITE_SCOPES = {SCOPE_MODIFY, SCOPE_FULL}

# Quota units per method (the new regime, projects created from 1 May 2026).
UNIT_COSTS = {
    "getProfile": 1, "labels.list": 1, "labels.create": 5, "history.list": 2,
    "messages.list": 5, "messages.get": 20, "messages.modify": 5, "messages.batchModify": 50,
}

SYSTEM_LABELS = ("INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT",
                 "CHAT", "CATEGORY_PERSONAL", "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS",
                 "CATEGORY_UPDATES", "CATEGORY_FORUMS")
MAX_BATCH_PARTS = 100
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
PST = timezone(timedelta(hours=-8))  # Gmail reads after:YYYY/MM/DD as midnight Pacific


# --------------------------------------------------------------------------- Google's bodies


def google_error(code: int, message: str, reason: str, status: str, domain: str = "global",
                 **extra: Any) -> dict:
    err = {"message": message, "domain": domain, "reason": reason}
    err.update(extra)
    return {"error": {"code": code, "message": message, "errors": [err], "status": status}}


def _not_found() -> Response:
    return json_response(google_error(404, "Requested entity was not found.", "notFound", "NOT_FOUND"), 404)


def _bad_request(message: str) -> Response:
    return json_response(google_error(400, message, "invalidArgument", "INVALID_ARGUMENT"), 400)


def _unauthenticated() -> Response:
    message = ("Request had invalid authentication credentials. Expected OAuth 2 access token, login "
               "cookie or other valid authentication credential. See "
               "https://developers.google.com/identity/sign-in/web/devconsole-project.")
    body = {"error": {"code": 401, "message": message, "status": "UNAUTHENTICATED", "errors": [
        {"message": "Invalid Credentials", "domain": "global", "reason": "authError",
         "location": "Authorization", "locationType": "header"}]}}
    return json_response(body, 401, **{
        "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"'})


def _insufficient_scope() -> Response:
    body = google_error(403, "Request had insufficient authentication scopes.",
                        "insufficientPermissions", "PERMISSION_DENIED")
    body["error"]["errors"][0]["message"] = "Insufficient Permission"
    return json_response(body, 403, **{
        "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="insufficient_scope"'})


def _rate_limited(retry_after: float | None) -> Response:
    until = datetime.now(timezone.utc) + timedelta(seconds=retry_after or 1)
    msg = f"User-rate limit exceeded.  Retry after {until.strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z"
    headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
    return json_response(google_error(429, msg, "rateLimitExceeded", "RESOURCE_EXHAUSTED",
                                      domain="usageLimits"), 429, **headers)


def _daily_limit() -> Response:
    return json_response(google_error(403, "Daily Limit Exceeded", "dailyLimitExceeded",
                                      "PERMISSION_DENIED", domain="usageLimits"), 403)


def _backend_error() -> Response:
    return json_response(google_error(500, "Backend Error", "backendError", "INTERNAL"), 500)


def _b64url(data: bytes) -> str:
    # Gmail's raw is base64url; unpadded here so clients must pad before decoding.
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# --------------------------------------------------------------------------- mailbox state


_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FOLD = re.compile(rb"\r?\n[ \t]+")
_WANTED = re.compile(rb"^(from|to|subject|message-id):[ \t]*(.*)$", re.I | re.M)


def _search_headers(raw: bytes) -> tuple[str, str, str, str]:
    """(from, to, subject, message-id) lower-cased, from the top-level header block only.
    A regex over the block, not a full parse: adding 100,000 messages must stay quick."""
    end = _HEADER_END.search(raw)
    block = _FOLD.sub(b" ", raw[: end.start()] if end else raw)
    found: dict[bytes, str] = {}
    for m in _WANTED.finditer(block):
        name = m.group(1).lower()
        if name not in found:
            value = m.group(2).strip().decode("utf-8", "replace")
            if "=?" in value:
                try:
                    value = str(make_header(decode_header(value)))
                except Exception:
                    pass
            found[name] = value.lower()
    msgid = found.get(b"message-id", "").strip().strip("<>")
    return found.get(b"from", ""), found.get(b"to", ""), found.get(b"subject", ""), msgid


class Msg:
    __slots__ = ("id", "thread_id", "labels", "raw", "internal_date", "history_id", "seq",
                 "frm", "to", "subject", "msgid")

    def __init__(self, id: str, thread_id: str, labels: set[str], raw: bytes, internal_date: int,
                 history_id: int, seq: int) -> None:
        self.id, self.thread_id, self.labels, self.raw = id, thread_id, labels, raw
        self.internal_date, self.history_id, self.seq = internal_date, history_id, seq
        self.frm, self.to, self.subject, self.msgid = _search_headers(raw)

    @property
    def key(self) -> tuple[int, int]:
        return (self.internal_date, self.seq)


@dataclass
class AccessToken:
    expires: float  # time.time()
    grant: Grant
    parent: Grant | None  # the refresh-token grant it came from


@dataclass
class HistoryRecord:
    id: int
    kind: str  # messageAdded | messageDeleted | labelAdded | labelRemoved
    message_id: str
    thread_id: str
    labels: tuple[str, ...]  # labels of the message (added) or the labels changed


@dataclass
class Mailbox:
    address: str
    messages: dict[str, Msg] = field(default_factory=dict)
    order: list[tuple[int, int]] = field(default_factory=list)  # sorted (internalDate, seq)
    by_key: dict[tuple[int, int], str] = field(default_factory=dict)
    by_msgid: dict[str, set[str]] = field(default_factory=dict)
    history: list[HistoryRecord] = field(default_factory=list)
    history_ids: list[int] = field(default_factory=list)  # parallel to history, for bisect
    history_id: int = 1000
    min_history_id: int = 0
    user_labels: dict[str, str] = field(default_factory=dict)  # id -> name
    window: tuple[int, int] = (0, 0)  # (minute, units used in it)


@dataclass
class Grant:
    user: str
    scopes: frozenset[str]
    revoked: bool = False


# --------------------------------------------------------------------------- search (q)


@dataclass(frozen=True)
class Term:
    op: str  # "" for free text
    value: str


@dataclass(frozen=True)
class Not:
    node: Any


@dataclass(frozen=True)
class And:
    nodes: tuple


@dataclass(frozen=True)
class Or:
    nodes: tuple


_TOKEN = re.compile(r'\s*(?:(?P<p>[(){}])|(?P<q>"[^"]*")|(?P<op>[A-Za-z_][A-Za-z0-9_]*):|(?P<neg>-)(?=\S)|(?P<w>[^\s(){}"]+))')
SUPPORTED_OPS = {"from", "to", "subject", "in", "label", "after", "before", "rfc822msgid",
                 "newer_than", "older_than", "is"}


class QueryError(ValueError):
    pass


def parse_query(q: str) -> Any:
    """Gmail search syntax, the subset bounce-sync uses: op:value, op:(a OR b), "quoted
    phrases", -negation, OR (binds tighter than the implicit AND), ( ) and { } groups."""
    tokens: list[tuple[str, str]] = []
    pos = 0
    q = q.strip()
    while pos < len(q):
        m = _TOKEN.match(q, pos)
        if not m or m.end() == pos:
            raise QueryError(f"cannot parse query at {q[pos:]!r}")
        pos = m.end()
        kind = m.lastgroup
        tokens.append((kind, m.group(kind)))
    it = _Parser(tokens)
    node = it.parse_and(None, closing=None)
    if it.i != len(tokens):
        raise QueryError("unbalanced parentheses")
    return node


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens, self.i = tokens, 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def parse_and(self, op: str | None, closing: str | None) -> Any:
        nodes = []
        while (tok := self.peek()) is not None and tok != ("p", closing):
            if tok[0] == "p" and tok[1] in ")}":
                raise QueryError("unbalanced parentheses")
            nodes.append(self.parse_or(op))
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def parse_or(self, op: str | None) -> Any:
        nodes = [self.parse_unary(op)]
        while self.peek() == ("w", "OR"):
            self.i += 1
            nodes.append(self.parse_unary(op))
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def parse_unary(self, op: str | None) -> Any:
        tok = self.peek()
        if tok is None:
            raise QueryError("query ends too early")
        self.i += 1
        kind, text = tok
        if kind == "neg":
            return Not(self.parse_unary(op))
        if kind == "p" and text == "(":
            node = self.parse_and(op, ")")
            self.i += 1
            return node
        if kind == "p" and text == "{":
            node = self.parse_and(op, "}")
            self.i += 1
            return Or(node.nodes) if isinstance(node, And) else node
        if kind == "op":
            name = text.lower()
            if name not in SUPPORTED_OPS:
                raise QueryError(f"operator {name}: not supported by the fake")
            nxt = self.peek()
            if nxt is None:
                raise QueryError(f"{name}: needs a value")
            if nxt == ("p", "("):
                self.i += 1
                node = self.parse_and(name, ")")
                self.i += 1
                return node
            self.i += 1
            return Term(name, nxt[1].strip('"'))
        if kind in ("q", "w"):
            return Term(op or "", text.strip('"'))
        raise QueryError(f"unexpected {text!r}")


def _walk(node: Any) -> Iterator[Term]:
    if isinstance(node, Term):
        yield node
    elif isinstance(node, Not):
        yield from _walk(node.node)
    elif isinstance(node, (And, Or)):
        for n in node.nodes:
            yield from _walk(n)


def _date_bound(value: str) -> int:
    """after:/before: value -> epoch milliseconds."""
    if value.isdigit():
        return int(value) * 1000
    try:
        y, m, d = (int(x) for x in value.replace("-", "/").split("/"))
    except ValueError:
        raise QueryError(f"bad date {value!r}") from None
    return int(datetime(y, m, d, tzinfo=PST).timestamp() * 1000)


def _relative(value: str) -> int:
    m = re.fullmatch(r"(\d+)([dmy])", value)
    if not m:
        raise QueryError(f"bad relative age {value!r}")
    days = int(m.group(1)) * {"d": 1, "m": 30, "y": 365}[m.group(2)]
    return int((time.time() - days * 86400) * 1000)


_IN_LABELS = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "spam": "SPAM", "trash": "TRASH",
              "chats": "CHAT", "starred": "STARRED", "important": "IMPORTANT"}


def _label_slug(name: str) -> str:
    return re.sub(r"[\s/]+", "-", name.strip().lower())


class Matcher:
    def __init__(self, node: Any, box: Mailbox) -> None:
        self.node, self.box = node, box
        self.slugs = {_label_slug(n): lid for lid, n in box.user_labels.items()}
        for term in _walk(node):  # validate values once, so a bad query is a 400 up front
            if term.op in ("after", "before"):
                _date_bound(term.value)
            elif term.op in ("newer_than", "older_than"):
                _relative(term.value)
            elif term.op == "in" and term.value.lower() not in _IN_LABELS and term.value.lower() != "anywhere":
                raise QueryError(f"in:{term.value} not supported by the fake")

    def __call__(self, msg: Msg) -> bool:
        return self._eval(self.node, msg)

    def _eval(self, node: Any, msg: Msg) -> bool:
        if isinstance(node, Term):
            return self._term(node, msg)
        if isinstance(node, Not):
            return not self._eval(node.node, msg)
        if isinstance(node, And):
            return all(self._eval(n, msg) for n in node.nodes)
        if isinstance(node, Or):
            return any(self._eval(n, msg) for n in node.nodes)
        return True

    def _term(self, t: Term, msg: Msg) -> bool:
        v = t.value.lower()
        if t.op == "from":
            return v in msg.frm
        if t.op == "to":
            return v in msg.to
        if t.op == "subject":
            return v in msg.subject
        if t.op == "":
            return v in msg.subject or v in msg.frm or v in msg.to or v in msg.raw.decode("latin-1").lower()
        if t.op == "in":
            return True if v == "anywhere" else _IN_LABELS[v] in msg.labels
        if t.op == "is":
            return {"unread": "UNREAD" in msg.labels, "read": "UNREAD" not in msg.labels,
                    "starred": "STARRED" in msg.labels, "important": "IMPORTANT" in msg.labels}.get(v, False)
        if t.op == "label":
            lid = self.slugs.get(_label_slug(v)) or v.upper()
            return lid in msg.labels
        if t.op == "after":
            return msg.internal_date >= _date_bound(v)
        if t.op == "before":
            return msg.internal_date < _date_bound(v)
        if t.op == "newer_than":
            return msg.internal_date >= _relative(v)
        if t.op == "older_than":
            return msg.internal_date < _relative(v)
        if t.op == "rfc822msgid":
            return msg.msgid == v.strip("<>")
        return False


def _msgid_terms(node: Any) -> list[str]:
    """rfc822msgid values that every match must carry (a conjunct), for the index."""
    if isinstance(node, Term) and node.op == "rfc822msgid":
        return [node.value.lower().strip("<>")]
    if isinstance(node, And):
        return [v for n in node.nodes for v in _msgid_terms(n)]
    return []


# --------------------------------------------------------------------------- the server


class FakeGmail(FakeServer):
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
        self.access_tokens: dict[str, AccessToken] = {}
        self.service_accounts: dict[str, tuple[str, frozenset[str]]] = {}  # email -> (public pem, delegated scopes)
        self.parts_served = 0  # batch parts answered (each is one API call)
        self.unindexed: set[str] = set()  # message ids search does not see yet (index lag)
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

    # -- helpers for tests -----------------------------------------------------------------

    def mailbox(self, user: str) -> Mailbox:
        user = user.lower()
        with self.state_lock:
            if user not in self.mailboxes:
                self.mailboxes[user] = Mailbox(address=user)
            return self.mailboxes[user]

    def history_id(self, user: str) -> int:
        return self.mailbox(user).history_id

    def add_message(self, user: str, raw: bytes, labels: Iterable[str] = ("INBOX",),
                    thread_id: str | None = None, internal_date: int | None = None) -> str:
        """Deliver a message (as Gmail would) and log a messageAdded record; returns its id."""
        with self.state_lock:
            box = self.mailbox(user)
            if internal_date is None:  # strictly increasing, so "newest first" is well defined
                self._clock_ms = max(self._clock_ms + 1, int(time.time() * 1000))
                internal_date = self._clock_ms
            mid = f"{next(self._ids):x}"
            box.history_id += 3  # history ids increase but are not contiguous
            msg = Msg(mid, thread_id or mid, set(labels), raw, internal_date, box.history_id, next(self._seq))
            box.messages[mid] = msg
            bisect.insort(box.order, msg.key)
            box.by_key[msg.key] = mid
            if msg.msgid:
                box.by_msgid.setdefault(msg.msgid, set()).add(mid)
            self._log(box, HistoryRecord(box.history_id, "messageAdded", mid, msg.thread_id,
                                         tuple(sorted(msg.labels))))
            return mid

    def add_sent(self, user: str, raw: bytes, thread_id: str | None = None) -> str:
        return self.add_message(user, raw, labels=("SENT",), thread_id=thread_id)

    def delete_message(self, user: str, mid: str) -> None:
        with self.state_lock:
            box = self.mailbox(user)
            msg = box.messages.pop(mid)
            box.order.remove(msg.key)
            del box.by_key[msg.key]
            if msg.msgid:
                box.by_msgid.get(msg.msgid, set()).discard(mid)
            box.history_id += 3
            self._log(box, HistoryRecord(box.history_id, "messageDeleted", mid, msg.thread_id, ()))

    def expire_history_before(self, history_id: int, user: str | None = None) -> None:
        """Forget history older than `history_id`: start ids below it answer 404."""
        with self.state_lock:
            for box in [self.mailbox(user)] if user else list(self.mailboxes.values()):
                box.min_history_id = history_id
                cut = bisect.bisect_left(box.history_ids, history_id)
                del box.history[:cut], box.history_ids[:cut]

    def _log(self, box: Mailbox, record: HistoryRecord) -> None:
        box.history.append(record)
        box.history_ids.append(record.id)

    # -- credentials -------------------------------------------------------------------------

    def authorized_user(self, user: str, scopes: Iterable[str] = (SCOPE_READONLY,)) -> dict:
        """An authorized-user JSON (as `InstalledAppFlow` stores it) for `user`, whose token_uri
        is this fake."""
        client_id = f"{secrets.token_hex(6)}.apps.googleusercontent.com"
        client_secret = "GOCSPX-" + secrets.token_urlsafe(18)
        refresh = "1//0g" + secrets.token_urlsafe(40)
        with self.state_lock:
            self.mailbox(user)
            self.clients[client_id] = client_secret
            self.refresh_tokens[refresh] = Grant(user.lower(), frozenset(scopes))
        return {"type": "authorized_user", "client_id": client_id, "client_secret": client_secret,
                "refresh_token": refresh, "token_uri": f"{self.url}/token", "scopes": list(scopes)}

    def service_account(self, client_email: str = "bounce-sync@proj.iam.gserviceaccount.com",
                        delegated_scopes: Iterable[str] = (SCOPE_READONLY, SCOPE_MODIFY)) -> dict:
        """A service-account key JSON with a fresh RSA key; domain-wide delegation granted for
        `delegated_scopes`."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption()).decode()
        public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                                   serialization.PublicFormat.SubjectPublicKeyInfo).decode()
        with self.state_lock:
            self.service_accounts[client_email] = (public_pem, frozenset(delegated_scopes))
        return {"type": "service_account", "project_id": "proj", "private_key_id": secrets.token_hex(20),
                "private_key": private_pem, "client_email": client_email, "client_id": "1" * 21,
                "token_uri": f"{self.url}/token"}

    def revoke_refresh_token(self, token: str | None = None) -> None:
        """Revoke one refresh token (or all): the next refresh gets `invalid_grant`, and live
        access tokens from it stop working, as when a user removes the app's access."""
        with self.state_lock:
            for value, grant in self.refresh_tokens.items():
                if token is None or value == token:
                    grant.revoked = True

    def expire_access_tokens(self) -> None:
        with self.state_lock:
            self.access_tokens.clear()

    def issued_tokens(self) -> list[str]:
        """Every secret this fake handed out (for the cassette secret scan)."""
        with self.state_lock:
            return [*self.refresh_tokens, *self.access_tokens, *self.clients.values()]

    # -- faults --------------------------------------------------------------------------------

    def render_fault(self, kind: str, request: Request) -> Response:
        if kind == "rate_limit":
            return _rate_limited(self.faults.retry_after)
        if kind == "daily_quota":
            return _daily_limit()
        if kind == "expired_token":
            return _unauthenticated()
        return _backend_error()  # server_error, and what a timed-out request finally gets

    # -- token endpoint --------------------------------------------------------------------------

    def _token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
        grant_type = form.get("grant_type")
        if grant_type == "refresh_token":
            client = form.get("client_id", "")
            if self.clients.get(client) != form.get("client_secret"):
                return json_response({"error": "invalid_client", "error_description": "Unauthorized"}, 401)
            grant = self.refresh_tokens.get(form.get("refresh_token", ""))
            if grant is None or grant.revoked:
                return json_response({"error": "invalid_grant",
                                      "error_description": "Token has been expired or revoked."}, 400)
            asked = set(form.get("scope", "").split()) - {""}
            if asked - grant.scopes:
                return json_response({"error": "invalid_scope",
                                      "error_description": "Bad Request"}, 400)
            return self._issue(Grant(grant.user, frozenset(asked) or grant.scopes), grant, scope=True)
        if grant_type == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return self._jwt_grant(form.get("assertion", ""))
        return json_response({"error": "unsupported_grant_type",
                              "error_description": f"Invalid grant_type: {grant_type}"}, 400)

    def _jwt_grant(self, assertion: str) -> Response:
        from google.auth import jwt

        try:
            unverified = jwt.decode(assertion, verify=False)
            public_pem, delegated = self.service_accounts[unverified["iss"]]
            # google-auth always addresses the assertion to Google's endpoint, wherever it posts it
            claims = jwt.decode(assertion, certs=public_pem, audience=GOOGLE_TOKEN_URI)
        except Exception:
            return json_response({"error": "invalid_grant", "error_description": "Invalid JWT Signature."}, 400)
        scopes = frozenset(claims.get("scope", "").split())
        subject = claims.get("sub")
        if not subject or not scopes or scopes - delegated:
            return json_response({"error": "unauthorized_client", "error_description":
                                  "Client is unauthorized to retrieve access tokens using this method, "
                                  "or client not authorized for any of the scopes requested."}, 401)
        self.mailbox(subject)
        return self._issue(Grant(subject.lower(), scopes), None, scope=False)

    def _issue(self, grant: Grant, parent: Grant | None, *, scope: bool) -> Response:
        token = "ya29." + secrets.token_urlsafe(48)
        # The refresh grant it came from is kept, so a revocation kills live access tokens too.
        self.access_tokens[token] = AccessToken(time.time() + self.token_lifetime, grant, parent)
        body = {"access_token": token, "expires_in": self.token_lifetime - 1, "token_type": "Bearer"}
        if scope:
            body["scope"] = " ".join(sorted(grant.scopes))
        return json_response(body)

    def _authorize(self, request: Request) -> Grant | Response:
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else ""
        entry = self.access_tokens.get(token)
        if entry is None or entry.expires < time.time() or (entry.parent and entry.parent.revoked):
            return _unauthenticated()
        grant = entry.grant
        user = unquote(request.match["user"]) if request.match else "me"
        if user != "me" and user.lower() != grant.user:
            body = google_error(403, "Delegation denied for " + grant.user, "forbidden", "PERMISSION_DENIED")
            return json_response(body, 403)
        return grant

    # -- API plumbing ------------------------------------------------------------------------------

    def _call(self, request: Request, method: str, *, write: bool = False) -> tuple[Grant, Mailbox] | Response:
        """Authenticate, check scope, charge quota. Returns (grant, mailbox) or the error."""
        grant = self._authorize(request)
        if isinstance(grant, Response):
            return grant
        if not grant.scopes & (WRITE_SCOPES if write else READ_SCOPES):
            return _insufficient_scope()
        box = self.mailbox(grant.user)
        minute = int(time.monotonic() // 60)
        used = box.window[1] if box.window[0] == minute else 0
        cost = self.unit_costs[method]
        if used + cost > self.quota_units_per_minute:
            return _rate_limited(self.faults.retry_after)
        box.window = (minute, used + cost)
        return grant, box

    # -- endpoints -----------------------------------------------------------------------------

    def _get_profile(self, request: Request) -> Response:
        got = self._call(request, "getProfile")
        if isinstance(got, Response):
            return got
        _, box = got
        threads = {m.thread_id for m in box.messages.values()}
        return json_response({"emailAddress": box.address, "messagesTotal": len(box.messages),
                              "threadsTotal": len(threads), "historyId": str(box.history_id)})

    def _label(self, lid: str, name: str, user: bool) -> dict:
        if not user:
            return {"id": lid, "name": lid, "type": "system"}
        return {"id": lid, "name": name, "type": "user", "messageListVisibility": "show",
                "labelListVisibility": "labelShow"}

    def _labels_list(self, request: Request) -> Response:
        got = self._call(request, "labels.list")
        if isinstance(got, Response):
            return got
        _, box = got
        labels = [self._label(lid, lid, False) for lid in SYSTEM_LABELS]
        labels += [self._label(lid, name, True) for lid, name in box.user_labels.items()]
        return json_response({"labels": labels})

    def _labels_create(self, request: Request) -> Response:
        got = self._call(request, "labels.create", write=True)
        if isinstance(got, Response):
            return got
        _, box = got
        name = (request.json() or {}).get("name", "").strip()
        if not name:
            return _bad_request("Invalid label name")
        taken = {n.lower() for n in box.user_labels.values()} | {s.lower() for s in SYSTEM_LABELS}
        if name.lower() in taken:
            return json_response(google_error(409, "Label name exists or conflicts", "duplicate",
                                              "ALREADY_EXISTS"), 409)
        lid = f"Label_{len(box.user_labels) + 1}"
        box.user_labels[lid] = name
        return json_response(self._label(lid, name, True))

    def _history_list(self, request: Request) -> Response:
        got = self._call(request, "history.list")
        if isinstance(got, Response):
            return got
        _, box = got
        start = request.arg("startHistoryId")
        if not start or not start.isdigit():
            return _bad_request("Invalid startHistoryId")
        start_id = int(start)
        if start_id < box.min_history_id:
            return _not_found()
        try:
            size = min(int(request.arg("maxResults", "100")), 500)
            offset = int(request.arg("pageToken") or 0)
        except ValueError:
            return _bad_request("Invalid pageToken or maxResults")
        types = set(request.query.get("historyTypes", [])) or {"messageAdded", "messageDeleted",
                                                               "labelAdded", "labelRemoved"}
        label = request.arg("labelId")
        # Records after startHistoryId; the page token is the id to resume after (stable).
        i = bisect.bisect_right(box.history_ids, max(start_id, offset))
        records: dict[int, dict] = {}
        last_id = None
        while i < len(box.history) and len(records) < size:
            rec = box.history[i]
            i += 1
            if rec.kind not in types or (label and label not in rec.labels):
                continue
            msg = {"id": rec.message_id, "threadId": rec.thread_id}
            entry = records.setdefault(rec.id, {"id": str(rec.id), "messages": []})
            entry["messages"].append(dict(msg))
            key = {"messageAdded": "messagesAdded", "messageDeleted": "messagesDeleted",
                   "labelAdded": "labelsAdded", "labelRemoved": "labelsRemoved"}[rec.kind]
            if rec.kind == "messageAdded":
                entry.setdefault(key, []).append({"message": {**msg, "labelIds": list(rec.labels)}})
            elif rec.kind == "messageDeleted":
                entry.setdefault(key, []).append({"message": msg})
            else:
                entry.setdefault(key, []).append({"message": msg, "labelIds": list(rec.labels)})
            last_id = rec.id
        body: dict[str, Any] = {"historyId": str(box.history_id)}
        if records:
            body["history"] = list(records.values())
        more = self._any_left(box, i, types, label)
        if more and last_id is not None:
            body["nextPageToken"] = str(last_id)
        return json_response(body)

    @staticmethod
    def _any_left(box: Mailbox, i: int, types: set[str], label: str | None) -> bool:
        return any(r.kind in types and (not label or label in r.labels) for r in box.history[i:])

    def _messages_list(self, request: Request) -> Response:
        got = self._call(request, "messages.list")
        if isinstance(got, Response):
            return got
        grant, box = got
        q = request.arg("q", "") or ""
        if q and grant.scopes <= {SCOPE_METADATA}:
            return json_response(google_error(403, "Metadata scope does not support 'q' parameter",
                                              "forbidden", "PERMISSION_DENIED"), 403)
        try:
            node = parse_query(q) if q.strip() else And(())
            match = Matcher(node, box)
            size = min(int(request.arg("maxResults", "100")), 500)
        except (QueryError, ValueError) as exc:
            return _bad_request(f"Invalid query: {exc}")
        label_ids = request.query.get("labelIds", [])
        spam_trash = request.arg("includeSpamTrash", "false") == "true" or any(
            t.op == "in" and t.value.lower() in ("anywhere", "spam", "trash") for t in _walk(node))

        def ok(msg: Msg) -> bool:
            if msg.id in self.unindexed:
                return False
            if not spam_trash and msg.labels & {"SPAM", "TRASH"}:
                return False
            return all(lid in msg.labels for lid in label_ids) and match(msg)

        token = request.arg("pageToken")
        cutoff: tuple[int, int] | None = None  # the last key of the previous page
        if token:
            try:
                date, seq = (int(x) for x in base64.urlsafe_b64decode(token.encode()).decode().split(":"))
            except Exception:
                return _bad_request("Invalid pageToken")
            cutoff = (date, seq)
        msgids = _msgid_terms(node)
        candidates: Iterable[tuple[int, int]]
        if msgids:  # answered from the index, like Gmail's own
            ids = set.intersection(*(box.by_msgid.get(v, set()) for v in msgids))
            keys = (box.messages[i].key for i in ids)
            candidates = sorted((k for k in keys if cutoff is None or k < cutoff), reverse=True)
        else:
            end = bisect.bisect_left(box.order, cutoff) if cutoff else len(box.order)
            candidates = (box.order[j] for j in range(end - 1, -1, -1))  # newest first
        found: list[Msg] = []
        more = False
        for key in candidates:
            msg = box.messages[box.by_key[key]]
            if ok(msg):
                if len(found) == size:
                    more = True
                    break
                found.append(msg)
        body: dict[str, Any] = {"resultSizeEstimate": len(found) + (size if more else 0)}
        if found:
            body["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in found]
        if more:
            last = found[-1].key
            body["nextPageToken"] = base64.urlsafe_b64encode(f"{last[0]}:{last[1]}".encode()).decode()
        return json_response(body)

    def _message_resource(self, msg: Msg, fmt: str, headers: list[str]) -> dict:
        body: dict[str, Any] = {"id": msg.id, "threadId": msg.thread_id, "labelIds": sorted(msg.labels),
                                "historyId": str(msg.history_id), "internalDate": str(msg.internal_date),
                                "sizeEstimate": len(msg.raw), "snippet": msg.subject[:100]}
        if fmt == "raw":
            body["raw"] = _b64url(msg.raw)
        elif fmt in ("metadata", "full"):
            from email import message_from_bytes
            from email.policy import compat32

            parsed = message_from_bytes(msg.raw, policy=compat32)
            wanted = {h.lower() for h in headers}
            hdrs = [{"name": k, "value": str(v)} for k, v in parsed.items()
                    if fmt == "full" or not wanted or k.lower() in wanted]
            body["payload"] = {"partId": "", "mimeType": parsed.get_content_type(), "filename": "",
                               "headers": hdrs, "body": {"size": 0}}
        return body

    def _messages_get(self, request: Request) -> Response:
        got = self._call(request, "messages.get")
        if isinstance(got, Response):
            return got
        grant, box = got
        fmt = request.arg("format", "full")
        if fmt not in ("raw", "minimal", "metadata", "full"):
            return _bad_request(f"Invalid format {fmt}")
        if fmt in ("raw", "full") and grant.scopes <= {SCOPE_METADATA}:
            return json_response(google_error(403, f"Metadata scope doesn't allow format {fmt.upper()}",
                                              "forbidden", "PERMISSION_DENIED"), 403)
        msg = box.messages.get(request.match["id"])
        if msg is None:
            return _not_found()
        return json_response(self._message_resource(msg, fmt, request.query.get("metadataHeaders", [])))

    def _relabel(self, box: Mailbox, msg: Msg, add: list[str], remove: list[str]) -> None:
        added = [lid for lid in add if lid not in msg.labels]
        removed = [lid for lid in remove if lid in msg.labels]
        msg.labels.update(added)
        msg.labels.difference_update(removed)
        for kind, labels in (("labelAdded", added), ("labelRemoved", removed)):
            if labels:
                box.history_id += 3
                msg.history_id = box.history_id
                self._log(box, HistoryRecord(box.history_id, kind, msg.id, msg.thread_id, tuple(labels)))

    def _check_labels(self, box: Mailbox, ids: list[str]) -> str | None:
        for lid in ids:
            if lid not in SYSTEM_LABELS and lid not in box.user_labels:
                return lid
        return None

    def _messages_modify(self, request: Request) -> Response:
        got = self._call(request, "messages.modify", write=True)
        if isinstance(got, Response):
            return got
        _, box = got
        body = request.json() or {}
        add, remove = body.get("addLabelIds", []), body.get("removeLabelIds", [])
        if (bad := self._check_labels(box, add + remove)) is not None:
            return _bad_request(f"Invalid label: {bad}")
        msg = box.messages.get(request.match["id"])
        if msg is None:
            return _not_found()
        self._relabel(box, msg, add, remove)
        return json_response({"id": msg.id, "threadId": msg.thread_id, "labelIds": sorted(msg.labels)})

    def _messages_batch_modify(self, request: Request) -> Response:
        got = self._call(request, "messages.batchModify", write=True)
        if isinstance(got, Response):
            return got
        _, box = got
        body = request.json() or {}
        ids = body.get("ids", [])
        if len(ids) > 1000:
            return _bad_request("Too many ids: at most 1000")
        add, remove = body.get("addLabelIds", []), body.get("removeLabelIds", [])
        if (bad := self._check_labels(box, add + remove)) is not None:
            return _bad_request(f"Invalid label: {bad}")
        for mid in ids:
            if (msg := box.messages.get(mid)) is not None:
                self._relabel(box, msg, add, remove)
        return Response(204)

    # -- batch ---------------------------------------------------------------------------------

    def _batch(self, request: Request) -> Response:
        ctype = request.headers.get("content-type", "")
        m = re.search(r'boundary="?([^";]+)"?', ctype)
        if not ctype.startswith("multipart/mixed") or not m:
            return _bad_request("Batch requests must be multipart/mixed")
        if self.before_batch is not None:
            self.before_batch()
        parts = _split_multipart(request.body, m.group(1).encode())
        if len(parts) > MAX_BATCH_PARTS:
            return _bad_request(f"Too many requests in batch: {len(parts)} (at most {MAX_BATCH_PARTS})")
        boundary = "batch_" + secrets.token_hex(12)
        out: list[str] = []
        for n, part in enumerate(parts):
            content_id, inner = _parse_part(part)
            response = self._answer_part(request, inner, n)
            payload, headers = response.encoded()
            status_text = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
                           403: "Forbidden", 404: "Not Found", 429: "Too Many Requests",
                           500: "Internal Server Error"}.get(response.status, "Error")
            head = [f"HTTP/1.1 {response.status} {status_text}"]
            head += [f"{k}: {v}" for k, v in headers.items()]
            head.append(f"Content-Length: {len(payload)}")
            out.append(f"--{boundary}\r\nContent-Type: application/http\r\nContent-ID: <response-{content_id[1:]}"
                       f"\r\n\r\n" + "\r\n".join(head) + "\r\n\r\n" + payload.decode("utf-8") + "\r\n")
            self.parts_served += 1
        body = "".join(out) + f"--{boundary}--\r\n"
        return Response(200, body.encode(), {"Content-Type": f"multipart/mixed; boundary={boundary}"})

    def _answer_part(self, outer: Request, inner: Request, n: int) -> Response:
        if self.max_concurrent_parts is not None and n >= self.max_concurrent_parts:
            return _rate_limited(None)  # Google's "Too many concurrent requests for user"
        fault = self.part_faults.draw(inner.path)
        if fault is not None:
            inner.fault = fault
            return self.render_fault("server_error" if fault in ("timeout", "slow") else fault, inner)
        if "authorization" not in inner.headers:  # parts without their own credentials use the batch's
            inner.headers["authorization"] = outer.headers.get("authorization", "")
        for method, pattern, handler in self._routes:
            if method == inner.method and pattern.pattern.startswith("/gmail/") and (m := pattern.match(inner.path)):
                inner.match = m
                return handler(inner)
        return self.not_found(inner)

def _split_multipart(body: bytes, boundary: bytes) -> list[bytes]:
    chunks = body.split(b"--" + boundary)
    parts = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        parts.append(chunk.strip(b"\r\n"))
    return parts


def _parse_part(part: bytes) -> tuple[str, Request]:
    """A batch part: MIME headers (Content-ID), blank line, then an application/http request."""
    text = part.decode("utf-8").replace("\r\n", "\n")
    mime_headers, _, http = text.partition("\n\n")
    content_id = ""
    for line in mime_headers.split("\n"):
        if line.lower().startswith("content-id:"):
            content_id = line.split(":", 1)[1].strip()
    head, _, body = http.partition("\n\n")
    lines = head.split("\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    split = urlsplit(target)
    return content_id, Request(method=method, path=split.path,
                               query=parse_qs(split.query, keep_blank_values=True),
                               headers=headers, body=body.encode())

