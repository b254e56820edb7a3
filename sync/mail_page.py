"""One page of mail, from fetched bytes to a recorded plan: the part of the mail stage
that sees messages (sync/mail_stage.py moves pages between mailboxes, the lookup pool and
this module).

    _prepare_page: drop ledger duplicates -> classify each message (oldest first) -> the
                   addresses the CRM lookup needs (the planner says which)
    _process_page: the page's contacts -> the planner -> ONE store transaction (ledger,
                   history, outbox, cursor), fenced by the mailbox's lease

The page decides no bounce rule: which addresses to look up, whether to ask for the sent
count, what to remember of alerts and each message's ledger status come from sync/planner/.

The two keep their leading underscore, and `_classify` its name, because the kill-anywhere
harness tells which stage a worker is in from the function names on its stack
(tests/stress/harness/stages.py `stage_of`); renaming them would blind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from typing import Any

from classifier.origin import Origin, reply_origin
from classifier.records import Classification, normalise_address
from classifier.text import address_in
from sync import logs
from sync.errors import SyncError
from sync.leases import Fence
from sync.planner import (
    MessageSeen, TrustNote, addresses_to_look_up, answering_addresses, may_move_bounce_rate,
    plan, recall, remember_alerts, replies_to_verify,
)
from sync.planner.dates import DateClaims, message_date
from sync.planner.trust import addresses_mapped
from sync.ports import MailSource, counts_sent
from sync.records import Contact, LedgerStatus, RawMessage
from sync.relay_stragglers import name_stragglers, planned_marks
from sync.sanitize import clean
from sync.sent_evidence import SentEvidence, look_up_sent
from sync.session import Session
from sync.store import LedgerEntry


class SentCount:
    """The bounce-rate alert's denominator: the source's `sent_count(since=)` (declared by
    `sync.ports.CountsSent`), asked at most once per mailbox per run, and only by a page that
    brings new hard bounces, so an idle run costs the source nothing more (Gmail: one
    history.list per mailbox). None: the source cannot tell (no such ability, no sent
    folder, or it failed)."""

    def __init__(self, source: MailSource, since: datetime, session: Session, *,
                 open_alert: bool = False) -> None:
        self.source, self.since, self.log = source, since, session.log
        self.asked = open_alert  # an open bounce-rate alert is not raised again: no need to ask
        self.value: int | None = None

    def __call__(self) -> int | None:
        if not self.asked:
            self.asked = True
            self.value = self._ask()
        return self.value

    def _ask(self) -> int | None:
        source = self.source
        if not counts_sent(source):
            return None
        try:
            value = source.sent_count(since=self.since)
        except SyncError as exc:
            self.log.warning("sent count unavailable for the bounce-rate alert: %s", exc)
            return None
        return None if value is None else int(value)


@dataclass(frozen=True, slots=True, kw_only=True)
class Mailbox:
    """A configured mailbox as the worker reads it: the name its cursor, leases and alerts
    are kept under, and its source."""

    name: str
    source: MailSource
    paused: bool = False  # paused in the config (a pause by policy lives in the store)
    key: str = ""  # where the config defines it ("mailboxes[1]"), named in its errors
    provider: str | None = None  # the config's `provider` ("google", "domain"): `provider_of`


def provider_of(mailbox: Mailbox) -> str | None:
    """Whose servers write the mailbox's delivery notices, for the trust rules
    (sync/planner/trust.py): the config's `provider`, else Google for the Gmail source;
    None leaves it to the mailbox's address (a gmail.com address is Google's)."""
    if mailbox.provider:
        return mailbox.provider
    return "google" if getattr(mailbox.source, "name", None) == "gmail" else None


class Reader:
    """One claimed mailbox, read page by page into the lookup pool (sync/mail_stage.py
    claims, reads and releases it; a page keeps it to know its lease, fence and alerts)."""

    def __init__(self, mailbox: Mailbox, *, lease: str, fence: Fence | None, cursor: str | None,
                 since: datetime | None, sent: SentCount, alerted: frozenset[str]) -> None:
        self.mailbox, self.name, self.lease, self.fence = mailbox, mailbox.name, lease, fence
        self.cursor = cursor  # where the next fetch starts
        self.since = since  # a backfill's start (pages keep only mail from then on)
        self.scan_since = since  # only the first call of a scan carries `since`
        self.sent, self.alerted = sent, alerted
        self.pages = 0
        self.done = False  # nothing more to fetch this run
        self.stopped = False  # its pages not yet recorded are not to be (lease lost, lookup failed)
        self.error: str | None = None  # for mark_mailbox_run


@dataclass(slots=True, kw_only=True)
class Fresh:
    """A message new to the ledger, classified. The raw bytes are dropped once read (a pool
    holds many pages): kept only for an unclassifiable message, which the ledger stores to
    classify again later."""

    id: str
    received_at: datetime  # its date, as the planner decides it (sync/planner/dates.py)
    classification: Classification
    from_address: str | None  # ordinary mail's sender (a sign of life)
    raw: bytes | None = None
    origin: Origin | None = None  # a reply's header facts, when it needs evidence


@dataclass(slots=True, kw_only=True)
class Page:
    """A page classified and waiting in the pool for its contacts, then planned and recorded."""

    mailbox: str
    reader: Reader | None  # None: reclassifying stored messages
    fetched: int  # messages the source handed over (progress)
    fresh: list[Fresh]
    duplicates: int
    wanted: frozenset[str]  # recipient bounce addresses to look up in the CRM
    now: datetime  # when it was read: the time of a message that carries none
    cursor: str | None = None
    save_cursor: bool = False
    reclassified: bool = False
    sent: SentEvidence = SentEvidence()  # the originals found in the mailbox's sent mail
    source: MailSource | None = None  # the mailbox's source (reclassify: from the config)
    provider: str | None = None  # whose servers write its notices (`provider_of`)


def _prepare_page(mailbox: str, messages: Sequence[RawMessage], run: Session, *,
                  reader: Reader | None, fetched: int, cursor: str | None, save_cursor: bool,
                  reclassified: bool = False, mailbox_of: Mailbox | None = None) -> Page:
    """Drop ledger duplicates, classify the rest (oldest first), and collect the recipient
    bounce addresses the CRM lookup needs."""
    now = run.clock()
    seen = set() if reclassified else run.store.seen_messages(mailbox, [m.id for m in messages])
    fresh_raw = [m for m in messages if m.id not in seen]
    run.report.duplicates += len(messages) - len(fresh_raw)
    if not reclassified:
        run.report.messages_scanned += len(fresh_raw)
    floor = reader.since if reader is not None else None  # a backfill reads from its start on
    fresh, classified = [], []
    tick = run.progress if not reclassified else None
    if tick is not None and len(messages) > len(fresh_raw):
        tick(len(messages) - len(fresh_raw))  # read before: counted as read at once
    for m in fresh_raw:
        # A headers-only message (Gmail's metadata of ordinary mail) is never classified as
        # a whole one: only the auto-reply rule, which reads headers, runs on it.
        c = _classify_headers(m.raw) if m.headers_only else _classify(m.raw)
        headers = _headers(m.raw)
        sender = None if c.deliveries or c.error else _from_address(headers)
        classified.append((m, c, headers, sender))
        if tick is not None:
            tick(1)
    # Answers (replies, auto-replies) from addresses that bounced are later evidence: their
    # contacts join the page's one pooled lookup (the store says which bounced), and a human
    # reply's evidence is gathered (the planner says which: its headers' facts here, the
    # messages it answers in the sent lookup below).
    answers = answering_addresses((c, sender) for _, c, _, sender in classified)
    bounced = run.store.bounced_addresses(run.crm.name, answers) if answers else frozenset()
    verify = replies_to_verify([(c, sender) for _, c, _, sender in classified], bounced)
    origins = {i: reply_origin(classified[i][2]) for i in verify if classified[i][2] is not None}
    # Trust evidence, asked once per page after classifying (a source error here stops the
    # mailbox like a failed read: the page is read again next run, never taken on trust).
    box = reader.mailbox if reader is not None else mailbox_of
    source = box.source if box is not None else None
    sent = look_up_sent(source, [c for _, c, _, _ in classified], list(origins.values()))
    for i, (m, c, headers, sender) in enumerate(classified):
        # The planner's date rule: never before the original was sent, never after now.
        original = sent.original(c)
        at = message_date(_claims(m, headers), now=now, floor=floor,
                          sent_at=original.sent_at if original is not None else None)
        fresh.append(Fresh(id=m.id, received_at=at, classification=c, from_address=sender,
                           raw=m.raw if c.error is not None else None, origin=origins.get(i)))
    # Oldest first. The planner counts soft bounces by their dates whatever the order (pages
    # of a newest-first scan come newest first), but within a page the order still settles
    # ties, e.g. a reply and a bounce stamped with the same time.
    fresh.sort(key=lambda f: f.received_at)
    wanted = addresses_to_look_up((f.classification for f in fresh), sent.found,
                                  answers=answers, bounced=bounced)
    return Page(mailbox=mailbox, reader=reader, fetched=fetched, fresh=fresh,
                duplicates=len(messages) - len(fresh), wanted=wanted, now=now, cursor=cursor,
                save_cursor=save_cursor, reclassified=reclassified, sent=sent, source=source,
                provider=provider_of(box) if box is not None else None)


@logs.with_context(lambda page, *_, **__: {"mailbox": page.mailbox})  # JSON log lines name it
def _process_page(page: Page, contacts: Sequence[Contact], run: Session) -> None:
    """Plan one page with its contacts and record it in ONE transaction (ledger, history,
    outbox, cursor), fenced by its mailbox's lease."""
    report, store, policy, crm, carry = run.report, run.store, run.policy, run.crm, run.carry
    reader, mailbox = page.reader, page.mailbox
    now = run.clock()
    observations = _observations(page, contacts)
    needed = recall(observations, policy, now=now)
    sent = reader.sent if reader is not None else None
    moves_rate = may_move_bounce_rate(f.classification for f in page.fresh)
    state = store.planner_state(
        crm=crm.name, addresses=needed.addresses, contact_ids=needed.contact_ids,
        since=needed.since, now=now, known_bad_since=needed.known_bad_since,
        mailboxes=[mailbox], rate_window_days=policy.bounce_rate_window_days,
        sent_in_window={mailbox: sent() if sent is not None and moves_rate else None},
        rate_since={mailbox: sent.since} if sent is not None else None)
    state = remember_alerts(state, still_open=reader.alerted if reader is not None else (),
                            raised=report.alerts)
    if carry is not None:
        state = carry.onto(state)
    p = name_stragglers(plan(observations, state, policy, now=now), store,
                        since=now - timedelta(days=policy.bounce_rate_window_days),
                        planned=carry.marks if carry is not None else ())
    if carry is not None:
        carry.marks.extend(planned_marks(p))  # the store has no row of a dry run's marks
    if carry is not None and p.next_state is not None:
        carry.keep(state, p.next_state)
    entries = [_ledger_entry(mailbox, f, status, p.trust) for f, status in zip(page.fresh, p.ledger)]
    report.add(p.counts)
    report.alerts.extend(p.alerts)
    if run.dry_run:
        report.planned.extend(p.actions)
    else:
        new = store.record_page(crm=crm.name, entries=entries, plan=p, now=now, mailbox=mailbox,
                                cursor=page.cursor, save_cursor=page.save_cursor,
                                reclassified=page.reclassified,
                                fence=reader.fence if reader is not None else None)
        run.log.info("mailbox %s page: %d messages (%d new), %d actions queued", mailbox,
                     len(page.fresh) + page.duplicates, len(page.fresh), new)


def _observations(page: Page, contacts: Sequence[Contact]) -> list[MessageSeen]:
    """What the planner is told of each fresh message: its classification and the contacts
    holding one of its addresses."""
    observations = []
    source = page.source
    for f in page.fresh:
        c = f.classification
        sent = page.sent.original(c)
        addresses = {d.address for d in c.deliveries} | addresses_mapped(c, sent) | (
            {normalise_address(f.from_address)} if f.from_address else set())
        observations.append(MessageSeen(
            mailbox=page.mailbox, message_id=f.id, classification=c, at=f.received_at,
            contacts=tuple(k for k in contacts if addresses & set(k.emails)),
            from_address=f.from_address, sent_lookup=page.sent.can_tell, sent=sent,
            provider=page.provider, mailbox_address=getattr(source, "address", None),
            reply_origin=f.origin, answers=page.sent.answered(f.origin)))
    return observations


def _classify(raw: bytes) -> Classification:
    """The classifier promises never to raise on bad mail; if it does anyway (a bug), the
    message is recorded as unclassifiable rather than stopping the run."""
    from classifier import classify

    try:
        return classify(raw)
    except Exception as exc:  # noqa: BLE001 - any classifier bug becomes data, not a crash
        return Classification(is_bounce=False, error=f"{type(exc).__name__}: {exc}"[:500])


def _classify_headers(raw: bytes) -> Classification:
    from classifier import classify_headers

    return classify_headers(raw)


def _headers(raw: bytes) -> Message | None:
    """The message's headers (None when unreadable: it only loses a sign of life or a date)."""
    try:
        return BytesHeaderParser().parsebytes(raw)
    except Exception:  # noqa: BLE001 - a broken header block is data, not a crash
        return None


def _from_address(headers: Message | None) -> str | None:
    try:
        value = headers.get("From") if headers is not None else None
        address = clean(address_in(str(value or "")), limit=320)
    except Exception:  # noqa: BLE001 - a broken header only loses a sign of life
        return None
    return address or None


def _claims(message: RawMessage, headers: Message | None) -> DateClaims:
    """What the message says of its date, for the planner to weigh (sync/planner/dates.py):
    the source's arrival, the newest Received header (the first one: our server's), Date."""
    received = header = None
    if headers is not None:
        try:
            first = headers.get("Received")
            received = _date(str(first).rpartition(";")[2]) if first and ";" in str(first) else None
            header = _date(str(headers.get("Date") or ""))
        except Exception:  # noqa: BLE001 - a broken header is no claim
            received = header = None
    return DateClaims(arrival=message.received_at, received=received, header=header)


def _date(text: str) -> datetime | None:
    """An RFC 5322 date, timezone-aware (a date without a zone is taken as UTC); None when
    unreadable."""
    try:
        value = parsedate_to_datetime(" ".join(text.split()))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if value is None:
        return None
    return value.astimezone(timezone.utc) if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _ledger_entry(mailbox: str, message: Fresh, status: LedgerStatus,
                  trust: Sequence[TrustNote] = ()) -> LedgerEntry:
    """The ledger row for a message, with the status the planner gave it (Plan.ledger);
    an unclassifiable one keeps its raw bytes to be classified again later."""
    c = message.classification
    if status is LedgerStatus.UNCLASSIFIABLE:
        return LedgerEntry(mailbox=mailbox, message_id=message.id, status=status,
                           classification=None, error=c.error, raw=message.raw,
                           received_at=message.received_at)
    kept = classification_dict(c)
    kept["trust"] = {n.address: {"trusted": n.trusted, "why": n.why}  # for `explain`
                     for n in trust if n.message_id == message.id}
    return LedgerEntry(mailbox=mailbox, message_id=message.id, status=status,
                       classification=kept, received_at=message.received_at)


def classification_dict(c: Classification) -> dict[str, Any]:
    """What the ledger keeps of a classification (JSON-safe): enough to re-plan from history
    and to show in `status`, without the raw message."""
    return {
        "is_bounce": c.is_bounce, "format": c.format,
        "deliveries": [{"address": d.address, "reason": d.reason.value, "hard": d.hard_bounce,
                        "scope": d.scope.value, "action": d.action, "status": d.status,
                        "reply_code": d.reply_code, "diagnostic": d.diagnostic}
                       for d in c.deliveries],
        "original": {"message_id": c.original.message_id, "from": c.original.from_,
                     "subject": c.original.subject},
    }
