"""`imap`: bounces from any IMAP mailbox (Microsoft 365, Google Workspace, Dovecot, ...).

Settings of a `[[mailboxes]]` table with `source = "imap"`:

    address        = "rep@acme.example"   # the mailbox's own address
    host           = "outlook.office365.com"
    port           = 993                  # optional: 993 with tls = "ssl", else 143
    tls            = "ssl"                # optional: "ssl" (implicit TLS, the default),
                                          # "starttls", or "none" (plain text: test servers
                                          # and trusted links only; check() says so)
    ca_file        = "corp-ca.pem"        # optional: PEM of the CA that signed the server's
                                          # certificate (default: the system's CAs). The
                                          # certificate and host name are always verified.
    username       = "rep@acme.example"   # optional: the login name (default: address)
    password       = "env:IMAP_PASSWORD"  # a secret reference (env:/file:), for LOGIN ...
    oauth2_token   = "file:token.txt"     # ... or an OAuth2 access token for SASL XOAUTH2
                                          # (Microsoft 365, Google Workspace); exactly one of
                                          # the two. A path (not a reference) is re-read at
                                          # every login, so a token refresher can rewrite it.
    folders        = ["INBOX"]            # optional: folders read for bounces (default INBOX)
    sent_folder    = "Sent"               # optional: the sent mail, to verify bounces
    lookback_days  = 30                   # optional: how far back a folder whose UIDVALIDITY
                                          # changed is read again (1..3650)
    timeout        = 60                   # optional: seconds per network operation (1..600)

Any other key is refused (`ConfigError`, with "did you mean ...?" for a near miss): SETTINGS
lists the keys above. bounce-sync does not refresh OAuth2 tokens (they last about an hour):
something else must keep `oauth2_token` fresh (e.g. a helper that rewrites the file).

Library: the stdlib `imaplib`. It covers what is needed (implicit TLS and STARTTLS with our
own `ssl` context, EXAMINE, UID SEARCH/FETCH, SASL), adds no dependency to keep patched, and
IMAPClient, the well-kept alternative, is a layer over imaplib itself: it would add a
dependency without removing imaplib's behaviour, which we need to control anyway to count and
save round trips (connection.py).

Cost (round trips = request flights, counted by the client as `round_trips`):
  * connecting: TCP and TLS handshakes and the greeting; LOGIN (or AUTHENTICATE XOAUTH2, one
    round trip with SASL-IR); STARTTLS adds one. The greeting's and the login's capability
    responses are used, so no CAPABILITY command is sent when the server sends them (Dovecot,
    Gmail); a server that does not costs one more.
  * an idle run: one STATUS per folder, then LOGOUT: `len(folders) + 2` round trips with
    tls = "ssl" (measured against Dovecot by tests/connectors/imap/test_source.py). The sent
    folder is not touched on an idle run.
  * new mail in a folder: EXAMINE, one UID SEARCH, one UID FETCH per 25 messages; later pages
    of the same pass reuse the search (only FETCHes). With `sent_folder`, once per fetch that
    reads: one STATUS, and when the sent mail changed an EXAMINE plus one header-only FETCH
    of the new sent mail (sent.py). Nothing is ever marked seen: folders are EXAMINEd
    (read-only) and bodies fetched with BODY.PEEK[].
  * CONDSTORE, where offered: STATUS also asks HIGHESTMODSEQ, kept in the cursor when a
    folder has been read to its end; an unchanged value skips the folder (and the sent-folder
    refresh) whatever UIDNEXT says. It saves no round trip over UIDNEXT on a server that keeps
    UIDNEXT exact (one STATUS per folder either way); it makes "nothing changed" a proof
    rather than a prediction (RFC 3501 calls UIDNEXT a predicted value).

Cursor (opaque JSON): the server and account it belongs to, per folder [UIDVALIDITY, lowest
UID not handed over, HIGHESTMODSEQ or null, start of an unfinished dated scan or null], and
the folder an unfinished pass continues with (fetch.py). `fetch(cursor, limit=, since=)`:
`since` (a first read only, as the worker passes it for a backfill or after `CursorExpired`)
limits the read to mail from that date (IMAP SEARCH SINCE, a day early: the worker filters by
`received_at`, the INTERNALDATE). Without a cursor and `since`, a folder is read whole.

Message ids are a digest of the message's bytes: the same message re-read after a UIDVALIDITY
change, or present in two folders, has one id, so the worker's ledger counts it once.

`sent_messages(ids)` (sync.ports.LooksUpSent): with `sent_folder`, as the Maildir source does
it (sent.py: the originals' To/Cc/Bcc from the cached header index); without it None. `sent_count(since=)`: messages in `sent_folder` with an internal date from
`since` on (from the same cached index), None without `sent_folder`.

Errors: a refused login is `AuthError` naming `password` or `oauth2_token` (exit 2); an
unreachable server, a timeout or a dropped connection is `Retryable`; when a connection drops
between FETCH batches, the page returns what was fetched with `more` and the cursor covers
only that, so nothing is lost and the next call or run resumes. A missing folder or an
unverifiable certificate is `Permanent`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from connectors.base import CheckItem
from connectors.imap.connection import Session, open_session
from connectors.imap.fetch import Cursor, FolderRead, Pending, read_folder
from connectors.imap.sent import SentIndex
from connectors.imap.settings import SETTINGS, ImapSettings, Tls, parse
from sync.errors import SyncError
from sync.records import MailBatch, RawMessage, SentMessage

__all__ = ["ImapSource", "SETTINGS"]


class ImapSource:
    """`MailSource` over IMAP folders. One session is kept open across the pages of a pass
    and closed (LOGOUT) by the page that says no more."""

    name = "imap"
    LOOKS_UP_SENT = True  # declared ability (sync.ports.LooksUpSent): with sent_folder

    def __init__(self, settings: Mapping[str, Any], *, base_dir: Path,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.settings: ImapSettings = parse(settings, base_dir=base_dir)
        self.address = self.settings.address
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._session: Session | None = None
        self._pending: Pending | None = None
        self._sent = SentIndex(self.settings.sent_folder) if self.settings.sent_folder else None
        self._closed_round_trips = 0

    def __repr__(self) -> str:
        s = self.settings
        return f"ImapSource({self.address!r}, {s.host}:{s.port})"

    @property
    def round_trips(self) -> int:
        """Request flights sent to the server by this source so far (for tests and tuning)."""
        return self._closed_round_trips + (self._session.round_trips if self._session else 0)

    # -- sessions ---------------------------------------------------------------------

    def _open(self) -> Session:
        if self._session is None:
            self._pending = None
            self._session = open_session(self.settings)
        return self._session

    def close(self) -> None:
        """LOGOUT, if a session is open."""
        if self._session is not None:
            session, self._session, self._pending = self._session, None, None
            session.logout()
            self._closed_round_trips += session.round_trips

    def _drop(self) -> None:
        if self._session is not None:
            session, self._session, self._pending = self._session, None, None
            session.drop()
            self._closed_round_trips += session.round_trips

    # -- MailSource ---------------------------------------------------------------------

    def fetch(self, cursor: str | None, *, limit: int, since: datetime | None = None) -> MailBatch:
        """See connectors.base.MailSource; `since` bounds a first read (no cursor) from below."""
        if limit < 1:
            raise ValueError("limit must be 1 or more")
        if since is not None and since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        state = Cursor.decode(cursor, self.settings.fingerprint())
        if cursor is None and since is not None:
            state = replace(state, since=int(since.timestamp()))
        try:
            batch = self._fetch(self._open(), cursor, state, limit)
        except SyncError:
            self._drop()
            raise
        if not batch.more:
            self.close()
        return batch

    def _fetch(self, session: Session, cursor: str | None, state: Cursor, limit: int) -> MailBatch:
        folders = self.settings.folders
        start = folders.index(state.at) if state.at in folders else 0
        states = {name: f for name, f in state.folders.items() if name in folders}
        messages: dict[str, RawMessage] = {}
        notes: list[str] = []
        sent_fresh = [self._sent is None]
        at: str | None = None
        last: FolderRead | None = None

        def refresh_sent() -> None:  # once per fetch, before a folder is selected for reading
            if not sent_fresh[0]:
                self._sent.refresh(session)  # type: ignore[union-attr]
                sent_fresh[0] = True

        pending = self._pending if self._pending and self._pending.cursor == cursor else None
        self._pending = None
        rescan_since = self._clock() - timedelta(days=self.settings.lookback_days)
        for name in folders[start:]:
            budget = limit - len(messages)
            if budget == 0:
                at = name
                break
            last = read_folder(session, name, states.get(name), budget=budget,
                               first_since=state.since, rescan_since=rescan_since,
                               pending=pending if pending and pending.folder == name else None,
                               before_select=refresh_sent)
            states[name] = last.state
            notes.extend([last.note] if last.note else [])
            for f in last.messages:
                raw = RawMessage(id=hashlib.sha256(f.data).hexdigest()[:32], raw=f.data, received_at=f.internal_date)
                messages.setdefault(raw.id, raw)  # the same message in two folders: once
            if last.lost is not None or last.pending is not None:
                at = name
                break
        new_cursor = Cursor(box=state.box, folders=states, at=at,
                            since=state.since if at is not None else None).encode()
        if last is not None and last.lost is not None:
            notes.append(f"the connection was lost after {len(messages)} message(s) ({last.lost}); "
                         "the rest is read next time")
            self._drop()
        elif last is not None and last.pending is not None and at == last.pending.folder:
            self._pending = replace(last.pending, cursor=new_cursor)
        return MailBatch(messages=tuple(messages.values()), cursor=new_cursor, more=at is not None,
                         full_sync=cursor is None, notes=tuple(notes))

    def sent_messages(self, message_ids: Sequence[str]) -> Mapping[str, SentMessage] | None:
        """The originals among `message_ids` that `sent_folder` holds, with their recipients
        (sync.ports.LooksUpSent), from the cached index (refreshed: one STATUS when nothing
        changed); None without `sent_folder`."""
        if self._sent is None:
            return None
        if message_ids:
            self._refresh_sent()
        return self._sent.sent_messages(message_ids)

    def _refresh_sent(self) -> None:
        opened = self._session is None
        try:
            self._sent.refresh(self._open())  # type: ignore[union-attr]
        except SyncError:
            self._drop()
            raise
        if opened:
            self.close()

    def sent_count(self, *, since: datetime) -> int | None:
        """Messages in `sent_folder` stored from `since` on (the bounce-rate alert's
        denominator), from the cached sent index; None without `sent_folder`."""
        if self._sent is None:
            return None
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        self._refresh_sent()
        return self._sent.count_since(since)

    def check(self) -> Sequence[CheckItem]:
        """Prove the server, TLS and login, and that every folder (and the sent folder) can be read:
        one session, STATUS only, nothing changed."""
        s = self.settings
        head = f"mailbox {self.address}"
        try:
            session = open_session(s)
        except SyncError as exc:
            return [CheckItem(name=head, ok=False, detail=str(exc))]
        try:
            how = "XOAUTH2" if s.oauth2_token is not None else "LOGIN"
            tls = {Tls.SSL: "TLS", Tls.STARTTLS: "STARTTLS",
                   Tls.NONE: "NO TLS: the password and mail cross the network in clear text"}[s.tls]
            items = [CheckItem(name=head, ok=True, detail=(
                f"{s.host}:{s.port} ({tls}), logged in as {s.username} by {how}; "
                f"CONDSTORE {'offered' if session.condstore else 'not offered'}"))]
            items += [self._check_folder(session, f"folder {name}", name) for name in s.folders]
            if s.sent_folder:
                items.append(self._check_folder(session, "sent_folder", s.sent_folder))
            else:
                items.append(CheckItem(name="sent_folder", ok=True,
                                       detail="not configured: bounces cannot be verified against sent mail"))
            return items
        finally:
            session.logout()

    @staticmethod
    def _check_folder(session: Session, label: str, folder: str) -> CheckItem:
        try:
            st = session.status(folder, ("MESSAGES", "UIDVALIDITY"))
        except SyncError as exc:
            return CheckItem(name=label, ok=False, detail=str(exc))
        return CheckItem(name=label, ok=True, detail=f"{folder!r}: {st.get('MESSAGES', 0)} message(s)")
