"""The fake's state: mailboxes (messages, history, labels, quota window) and OAuth grants and
tokens, with the helpers tests use to change them (deliver, delete, expire history, revoke).

`GmailState` is a mixin of `FakeGmail`: it expects the attributes FakeGmail's constructor
sets and the `state_lock` and `url` of `FakeServer`.
"""

from __future__ import annotations

import bisect
import re
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta, timezone
from email.header import decode_header, make_header

SCOPE_READONLY = "https://www.googleapis.com/auth/gmail.readonly"
SCOPE_MODIFY = "https://www.googleapis.com/auth/gmail.modify"
SCOPE_METADATA = "https://www.googleapis.com/auth/gmail.metadata"
SCOPE_FULL = "https://mail.google.com/"
READ_SCOPES = {SCOPE_READONLY, SCOPE_MODIFY, SCOPE_FULL, SCOPE_METADATA}
WRITE_SCOPES = {SCOPE_MODIFY, SCOPE_FULL}

# Quota units per method, from Google's published table
# (developers.google.com/workspace/gmail/api/reference/quota; messages.get is 5 in every format).
UNIT_COSTS = {
    "getProfile": 1, "labels.list": 1, "labels.create": 5, "history.list": 2,
    "messages.list": 5, "messages.get": 5, "messages.modify": 5, "messages.batchModify": 50,
}

SYSTEM_LABELS = ("INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT",
                 "CHAT", "CATEGORY_PERSONAL", "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS",
                 "CATEGORY_UPDATES", "CATEGORY_FORUMS")
MAX_BATCH_PARTS = 100
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
PST = timezone(timedelta(hours=-8))  # Gmail reads after:YYYY/MM/DD as midnight Pacific


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
    """One stored message: slotted, with its search headers extracted once (100,000 must fit)."""

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
    """An issued access token; revoking its refresh grant kills it too."""

    expires: float  # time.time()
    grant: Grant
    parent: Grant | None  # the refresh-token grant it came from


@dataclass
class HistoryRecord:
    """One history.list record (ids increase, not contiguously, as Gmail's)."""

    id: int
    kind: str  # messageAdded | messageDeleted | labelAdded | labelRemoved
    message_id: str
    thread_id: str
    labels: tuple[str, ...]  # labels of the message (added) or the labels changed


@dataclass
class Mailbox:
    """One user's mailbox: messages with their sort and Message-ID indexes, history, labels, quota."""

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
    """Who a token acts for and with which scopes."""

    user: str
    scopes: frozenset[str]
    revoked: bool = False


class GmailState:
    """Test helpers over the fake's state (every change under `state_lock`)."""

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

    def now_ms(self) -> int:
        """The fake's idea of now (epoch ms): where the next delivered message is dated."""
        with self.state_lock:
            return max(self._clock_ms + 1, int(time.time() * 1000))

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

    def _new_client(self, user: str) -> tuple[str, str]:
        """A new OAuth client (id, secret) this fake's token endpoint knows, and `user`'s mailbox."""
        client_id = f"{secrets.token_hex(6)}.apps.googleusercontent.com"
        client_secret = "GOCSPX-" + secrets.token_urlsafe(18)
        with self.state_lock:
            self.mailbox(user)
            self.clients[client_id] = client_secret
        return client_id, client_secret

    def authorized_user(self, user: str, scopes: Iterable[str] = (SCOPE_READONLY,)) -> dict:
        """An authorized-user JSON (as `InstalledAppFlow` stores it) for `user`, whose token_uri
        is this fake."""
        client_id, client_secret = self._new_client(user)
        refresh = "1//0g" + secrets.token_urlsafe(40)
        with self.state_lock:
            self.refresh_tokens[refresh] = Grant(user.lower(), frozenset(scopes))
        return {"type": "authorized_user", "client_id": client_id, "client_secret": client_secret,
                "refresh_token": refresh, "token_uri": f"{self.url}/token", "scopes": list(scopes)}

    def consent(self, user: str, scopes: Iterable[str] = (SCOPE_READONLY,)) -> tuple[dict, str]:
        """A Desktop-app client-secrets JSON whose token_uri is this fake, and the code
        Google's consent page would hand `user`'s browser (for the installed-app flow)."""
        client_id, client_secret = self._new_client(user)
        code = "4/0A" + secrets.token_urlsafe(30)
        with self.state_lock:
            self.auth_codes[code] = Grant(user.lower(), frozenset(scopes))
        client = {"installed": {"client_id": client_id, "client_secret": client_secret,
                                "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                                "token_uri": f"{self.url}/token", "redirect_uris": ["http://localhost"]}}
        return client, code

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
            return [*self.refresh_tokens, *self.access_tokens, *self.clients.values(), *self.auth_codes]
