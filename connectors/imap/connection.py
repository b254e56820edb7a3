"""One IMAP session: connect (TLS as configured, certificates always verified), log in with a
password or XOAUTH2, and the few commands the source uses, with `imaplib`'s errors turned
into ours at this seam.

Round trips are what an idle run costs, so the client counts them (`round_trips`: each time
it writes after having read, one request flight) and avoids the ones `imaplib` would add:
it takes the capabilities from the greeting's and the login's CAPABILITY responses (RFC 3501
7.1, sent by Dovecot, Gmail and most servers) instead of asking with a CAPABILITY command, and
sends the XOAUTH2 response in the AUTHENTICATE command itself where SASL-IR is offered.

Errors: a refused login is `AuthError` naming the key (`[UNAVAILABLE]` is `Retryable`: the
server says it is down, not that the password is wrong); a socket error, a timeout, an
unexpected BYE or an unreadable response is `Retryable` (the cursor has not moved past
anything not returned); an unverifiable certificate is `Permanent` with the fix (`ca_file`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import ssl
import imaplib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from connectors.imap.settings import PASSWORD_SETTING, TOKEN_SETTING, ImapSettings, Tls, reveal
from sync.errors import AuthError, Permanent, Retryable, SyncError

__all__ = ["Fetched", "Session", "encode_folder", "imap_date", "open_session", "parse_fetch",
           "translate_errors", "xoauth2_string"]

_CAPABILITY_CODE = re.compile(rb"\[CAPABILITY ([^\]]*)\]", re.IGNORECASE)
_TRANSIENT_CODES = (b"[UNAVAILABLE]", b"[INUSE]", b"[LIMIT]", b"[SERVERBUG]")


def xoauth2_string(username: str, token: str) -> bytes:
    """The XOAUTH2 initial client response, before base64: Google's and Microsoft's format
    ("user=" {user} ^A "auth=Bearer " {token} ^A ^A)."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01".encode()


def encode_folder(name: str) -> str:
    """A folder name as an IMAP astring: modified UTF-7 (RFC 3501 5.1.3), always quoted."""
    out, chunk = [], []

    def flush() -> None:
        if chunk:
            b64 = base64.b64encode("".join(chunk).encode("utf-16-be")).rstrip(b"=")
            out.append("&" + b64.decode().replace("/", ",") + "-")
            chunk.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            chunk.append(ch)
    flush()
    text = "".join(out)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Counting:
    """Mixed into imaplib's classes: counts request flights, learns capabilities passively."""

    round_trips: int = 0
    _wrote_last = False
    _lazy_capabilities = False

    def send(self, data: bytes) -> None:
        if not self._wrote_last:
            self.round_trips += 1
            self._wrote_last = True
        super().send(data)  # type: ignore[misc]

    def readline(self) -> bytes:
        self._wrote_last = False
        return super().readline()  # type: ignore[misc]

    def read(self, size: int) -> bytes:
        self._wrote_last = False
        return super().read(size)  # type: ignore[misc]

    def _get_capabilities(self) -> None:
        # The greeting's [CAPABILITY ...] code lands in untagged_responses; after STARTTLS the
        # login response will tell (RFC 3501 requires asking again, not what we ask before).
        learned = self.untagged_responses.pop("CAPABILITY", None)  # type: ignore[attr-defined]
        if learned:
            self.capabilities = tuple(learned[-1].decode("ascii", "replace").upper().split())
        elif self._lazy_capabilities:
            self.capabilities = ("IMAP4REV1",)
        else:
            super()._get_capabilities()  # type: ignore[misc]


class _Plain(_Counting, imaplib.IMAP4):
    pass


class _Tls(_Counting, imaplib.IMAP4_SSL):
    pass


@contextmanager
def translate_errors(what: str) -> Iterator[None]:
    """imaplib's and the socket's exceptions as ours, naming what was being done."""
    try:
        yield
    except SyncError:
        raise
    except ssl.SSLCertVerificationError as exc:
        raise Permanent(f"{what}: the server's certificate cannot be verified ({exc.verify_message}); "
                        "set ca_file to the CA that signed it") from exc
    except imaplib.IMAP4.abort as exc:
        raise Retryable(f"{what}: the connection was lost ({exc})", retry_after=60) from exc
    except (OSError, EOFError) as exc:  # socket errors, timeouts, TLS failures
        raise Retryable(f"{what}: {type(exc).__name__}: {exc}", retry_after=60) from exc
    except imaplib.IMAP4.error as exc:
        text = str(exc)
        if any(code.decode() in text for code in _TRANSIENT_CODES):
            raise Retryable(f"{what}: {text}", retry_after=60) from exc
        raise Permanent(f"{what}: {text}") from exc


class Session:
    """A logged-in connection. Methods raise `Retryable`/`Permanent`, never imaplib errors."""

    def __init__(self, client: _Counting, settings: ImapSettings) -> None:
        self._c: Any = client
        self.settings = settings
        self.selected: str | None = None

    @property
    def round_trips(self) -> int:
        """Commands sent on this connection so far: the cost of a run, counted."""
        return self._c.round_trips

    @property
    def condstore(self) -> bool:
        """Whether the server offers CONDSTORE: HIGHESTMODSEQ then tells an unchanged folder."""
        return "CONDSTORE" in self._c.capabilities

    @property
    def capabilities(self) -> tuple[str, ...]:
        """What the server said it supports."""
        return tuple(self._c.capabilities)

    def status(self, folder: str, items: tuple[str, ...]) -> dict[str, int]:
        """STATUS: one round trip, the folder need not be selected."""
        with translate_errors(f"STATUS {folder}"):
            typ, data = self._c.status(encode_folder(folder), "(" + " ".join(items) + ")")
        if typ != "OK":
            raise Permanent(f"folder {folder!r}: {_text(data)} (check `folders`/`sent_folder`)")
        line = b" ".join(d for d in data if isinstance(d, bytes))
        found = dict(re.findall(rb"([A-Z]+) (\d+)", line.rsplit(b"(", 1)[-1]))
        return {k.decode(): int(v) for k, v in found.items()}

    def examine(self, folder: str) -> dict[str, int]:
        """Select read-only (EXAMINE): nothing we do can change flags, \\Seen included."""
        with translate_errors(f"EXAMINE {folder}"):
            typ, data = self._c.select(encode_folder(folder), readonly=True)
        if typ != "OK":
            raise Permanent(f"folder {folder!r}: {_text(data)}")
        self.selected = folder
        out = {}
        for key in ("UIDVALIDITY", "UIDNEXT", "EXISTS", "HIGHESTMODSEQ"):
            values = self._c.untagged_responses.get(key)
            if values:
                out[key] = int(values[-1])
        return out

    def uid_search(self, criteria: str) -> list[int]:
        """UID SEARCH in the selected folder: the UIDs matching `criteria`, ascending."""
        with translate_errors(f"UID SEARCH in {self.selected}"):
            typ, data = self._c.uid("SEARCH", criteria)
        if typ != "OK":
            raise Permanent(f"UID SEARCH in {self.selected!r}: {_text(data)}")
        return sorted(int(n) for d in data if d for n in d.split())

    def uid_fetch(self, uids: str, items: str) -> list[Fetched]:
        """UID FETCH of `items` (which must hold UID and one body section), parsed."""
        with translate_errors(f"UID FETCH in {self.selected}"):
            typ, data = self._c.uid("FETCH", uids, items)
        if typ != "OK":
            raise Permanent(f"UID FETCH in {self.selected!r}: {_text(data)}")
        return parse_fetch([d for d in data if d is not None])

    def logout(self) -> None:
        """Polite LOGOUT; a connection that is already gone is simply closed."""
        try:
            self._c.logout()
        except (imaplib.IMAP4.error, OSError, EOFError):
            try:
                self._c.shutdown()
            except OSError:
                pass

    def drop(self) -> None:
        """Close without LOGOUT (after an error: the session state is unknown)."""
        try:
            self._c.shutdown()
        except OSError:
            pass


def _text(data: Any) -> str:
    parts = [d.decode("utf-8", "replace") if isinstance(d, bytes) else str(d) for d in data or () if d]
    return " ".join(parts) or "refused"


def tls_context(settings: ImapSettings) -> ssl.SSLContext:
    """Verifying context: the system CAs, or `ca_file` when set. Verification is never off."""
    context = ssl.create_default_context(cafile=str(settings.ca_file) if settings.ca_file else None)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def open_session(settings: ImapSettings) -> Session:
    """Connect and log in; `Retryable` when the server cannot be reached, `AuthError` when
    it refuses the credentials."""
    s = settings
    where = f"IMAP {s.host}:{s.port}"
    with translate_errors(f"connecting to {where}"):
        if s.tls is Tls.SSL:
            client: Any = _Tls(s.host, s.port, ssl_context=tls_context(s), timeout=s.timeout)
        else:
            client = _Plain(s.host, s.port, timeout=s.timeout)
    try:
        with translate_errors(f"{where} STARTTLS"):
            if s.tls is Tls.STARTTLS:
                if "STARTTLS" not in client.capabilities:
                    raise Permanent(f"{where} does not offer STARTTLS; use tls = \"ssl\" (port 993)")
                client._lazy_capabilities = True
                client.starttls(ssl_context=tls_context(s))
        _login(client, s, where)
    except BaseException:
        try:
            client.shutdown()
        except OSError:
            pass
        raise
    # The login response (or an untagged CAPABILITY with it) lists the post-login
    # capabilities; only a server that sends neither costs a CAPABILITY command.
    with translate_errors(f"{where} CAPABILITY"):
        client._lazy_capabilities = False
        client._get_capabilities()
    return Session(client, s)


def _login(client: Any, s: ImapSettings, where: str) -> None:
    if s.oauth2_token is not None:
        token = reveal(s.oauth2_token, "oauth2_token")
        typ, data = _xoauth2(client, s.username, token, where)
        setting = TOKEN_SETTING
    else:
        if "LOGINDISABLED" in client.capabilities:
            raise AuthError(f"{where} refuses LOGIN on this connection (LOGINDISABLED); use tls = \"ssl\" "
                            "or \"starttls\"", setting="mailboxes[].tls")
        with translate_errors(f"{where} LOGIN"):
            try:
                typ, data = client._simple_command("LOGIN", client._quote(s.username),
                                                   client._quote(reveal(s.password, "password")))
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:  # BAD: malformed, say as the server says
                typ, data = "NO", [str(exc).encode()]
        setting = PASSWORD_SETTING
    text = b" ".join(d for d in data if isinstance(d, bytes))
    if typ != "OK":
        if any(code in text for code in _TRANSIENT_CODES):
            raise Retryable(f"{where} login: {text.decode('utf-8', 'replace')}", retry_after=60)
        raise AuthError(f"{where} refused the login of {s.username!r}: {text.decode('utf-8', 'replace')}",
                        setting=setting)
    client.state = "AUTH"
    if (m := _CAPABILITY_CODE.search(text)) and "CAPABILITY" not in client.untagged_responses:
        client.untagged_responses["CAPABILITY"] = [m.group(1)]


def _xoauth2(client: Any, username: str, token: str, where: str) -> tuple[str, list[bytes]]:
    """AUTHENTICATE XOAUTH2. A refusal comes as a continuation holding a base64 JSON error,
    which the client answers with an empty line to get the tagged NO (Google's protocol doc)."""
    sasl_ir = "SASL-IR" in client.capabilities
    response = xoauth2_string(username, token)
    sent = [sasl_ir]  # with SASL-IR the response travels in the command itself
    errors: list[bytes] = []

    def answer(challenge: bytes) -> bytes:
        # imaplib hands over the challenge decoded and base64-encodes what is returned.
        if not sent[0] and not challenge:
            sent[0] = True
            return response
        errors.append(challenge)
        return b""  # an empty line ends the exchange after an error challenge

    initial = base64.b64encode(response).decode() if sasl_ir else None
    with translate_errors(f"{where} AUTHENTICATE XOAUTH2"):
        client.literal = imaplib._Authenticator(answer).process
        try:
            typ, data = client._simple_command("AUTHENTICATE", "XOAUTH2", initial)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            typ, data = "NO", [str(exc).encode()]
    detail = _oauth_error(errors[-1]) if errors else ""
    return typ, [*data, detail.encode()] if detail else data


def _oauth_error(challenge: bytes) -> str:
    """The server's JSON error (status, schemes, scope), if it is one."""
    try:
        info = json.loads(challenge)
    except (ValueError, binascii.Error):
        return ""
    return f"(oauth2 status {info.get('status')}, scope {info.get('scope')})" if isinstance(info, dict) else ""


# --------------------------------------------------------------------------- FETCH responses

_FETCH_START = re.compile(rb"^\d+ \(")
_UID = re.compile(rb"\bUID (\d+)")
_INTERNALDATE = re.compile(rb'INTERNALDATE "\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)"')
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """One message of a UID FETCH response: its UID, INTERNALDATE (UTC) and the literal."""

    uid: int
    internal_date: datetime | None
    data: bytes


def parse_fetch(data: list[Any]) -> list[Fetched]:
    """imaplib's FETCH data as messages. A response is a (prefix, literal) pair followed by
    its trailer (`)`, or more items when the server puts UID after the literal); responses
    without a literal (unsolicited FLAGS updates) are not messages and are left out."""
    parts: list[list[Any]] = []  # [meta bytes, literal]
    for item in data:
        if isinstance(item, tuple):
            parts.append([item[0], item[1]])
        elif isinstance(item, bytes) and parts and not _FETCH_START.match(item):
            parts[-1][0] += b" " + item  # the trailer of the last literal response
    out = []
    for meta, literal in parts:
        uid = _UID.search(meta)
        if uid is None:
            continue
        out.append(Fetched(uid=int(uid.group(1)), internal_date=_internal_date(meta), data=literal))
    return sorted(out, key=lambda f: f.uid)


def _internal_date(meta: bytes) -> datetime | None:
    m = _INTERNALDATE.search(meta)
    if m is None or m.group(2).lower().decode() not in _MONTHS:
        return None
    day, mon, year, hh, mm, ss, sign, oh, om = m.groups()
    offset = timedelta(hours=int(oh), minutes=int(om)) * (1 if sign == b"+" else -1)
    try:
        local = datetime(int(year), _MONTHS[mon.lower().decode()], int(day), int(hh), int(mm), int(ss),
                         tzinfo=timezone(offset))
    except ValueError:
        return None
    return local.astimezone(timezone.utc)


def imap_date(moment: datetime) -> str:
    """A SEARCH date (`20-Nov-2026`), month names in English whatever the locale."""
    month = tuple(_MONTHS)[moment.month - 1].capitalize()
    return f"{moment.day}-{month}-{moment.year}"
