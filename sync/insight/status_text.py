"""`bounce-sync status` in plain words, and the lists behind its counts (`--failed`: the
outbox actions that failed for good; `--unmatched`: bounced addresses no contact held).

The JSON form stays the store's `status` dict (machines want the fields); people get
sentences: "read 3 minutes ago", "not paused", reasons in words with the code in brackets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sync.insight.tally import STATUS_WINDOWS
from sync.known_bad import cursor_crm
from sync.insight.words import ACTION_WORDS, ago, plural, reason_words, when


def _at(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _since(now: datetime, text: str | None) -> str:
    at = _at(text)
    return "never" if at is None else f"{ago((now - at).total_seconds())} ({when(at)})"


def status_lines(data: Mapping[str, Any], *, now: datetime) -> list[str]:
    """The status overview as sentences, one topic per paragraph."""
    out = ["Mailboxes"]
    for name, m in (data.get("mailboxes") or {}).items():
        state = f"paused: {m['paused_reason'] or 'by policy'}" if m.get("paused") else "not paused"
        out.append(f"  {name}: read {_since(now, m.get('cursor_saved_at'))}; "
                   f"last run {_since(now, m.get('last_run_at'))}; {state}")
        if m.get("last_error"):
            out.append(f"    last error: {m['last_error']}")
        opened = m.get("open_alerts") or []
        out.append(f"    {plural(len(opened), 'open alert')}" + (":" if opened else ""))
        out += [f"      {when(_at(a['at']))}: {a['message']}" for a in opened]
    if not data.get("mailboxes"):
        out.append("  none read yet")
    box = data.get("outbox") or {}
    failed = box.get("failed", 0)
    out += ["", f"CRM actions: {box.get('waiting', 0)} waiting, {box.get('leased', 0)} being "
                f"applied, {box.get('done', 0)} done, {failed} failed for good"
                + (" (`bounce-sync status --failed` lists them; `bounce-sync retry` tries "
                   "them again)" if failed else "")]
    unclassifiable = data.get("unclassifiable", 0)
    out.append(f"Messages bounce-sync could not read: {unclassifiable}"
               + (" (`bounce-sync reclassify` tries them again)" if unclassifiable else ""))
    for days in STATUS_WINDOWS:
        out += ["", *_bounces(days, data.get(f"bounces_{days}d") or {},
                              data.get(f"bounces_by_reason_{days}d") or {})]
    for name, w in (data.get("watchers") or {}).items():
        checked = cursor_crm(name)
        what = (f"Watcher for {name}: last looked for edited contacts" if checked is None else
                f"Known-bad check for {checked}: last looked for contacts holding an address "
                "known to bounce")
        out += ["", f"{what} {_since(now, w.get('cursor_saved_at'))}"]
    out += ["", *_leases(data)]
    out += ["", *_last_run(data.get("last_run"), now)]
    return out


def _bounces(days: int, t: Mapping[str, int], by_reason: Mapping[str, int]) -> list[str]:
    """One window's bounces, counted as `report` counts them (sync/insight/tally.py)."""
    total = t.get("total", 0)
    out = [f"Bounces in the last {days} days: "
           + (f"{total} ({t.get('hard', 0)} hard, {t.get('soft', 0)} soft)" if total else "none")]
    out += [f"  {reason_words(reason)}: {n}"
            for reason, n in sorted(by_reason.items(), key=lambda kv: (-kv[1], kv[0]))]
    apart = [(t.get("sender_side", 0), "message", " refused because of the mailbox itself, not "
              "the address"),
             (t.get("unverified", 0), "bounce", " not trusted, recorded only (`bounce-sync "
              "explain ADDRESS` says why)"),
             (t.get("delayed", 0), "delay report", ", not counted")]
    out += [f"  also {plural(n, word)}{words}" for n, word, words in apart if n]
    return out


def _leases(data: Mapping[str, Any]) -> list[str]:
    """Who reads what now, and the leases a dead or frozen worker holds: its mail waits."""
    held, left = data.get("leases") or [], data.get("expired_leases") or []
    if not held and not left:
        return ["Leases: none held (no worker is reading now)"]
    out = ["Leases"]
    for lease in held:
        line = (f"  {lease['name']}: held by {lease['owner']} for "
                f"{max(0, lease.get('expires_in_seconds') or 0)} s more")
        if lease.get("holder_gone"):
            line += (f"; that worker {lease['holder_gone']}: its work waits until the "
                     "lease expires and a run takes it over")
        out.append(line)
    out += [f"  {lease['name']}: expired, never released by {lease['owner']}, which stopped "
            "renewing it (dead or frozen); the next run takes it over" for lease in left]
    return out


def _last_run(last: Mapping[str, Any] | None, now: datetime) -> list[str]:
    if not last:
        return ["Last run: none yet"]
    line = (f"Last run ({last.get('mode', 'run')}): finished "
            f"{_since(now, last.get('finished_at'))}, exit status {last.get('exit_status')}; "
            f"{plural(last.get('messages_scanned', 0), 'new message')}, "
            f"{last.get('contacts_marked', 0)} contact(s) marked, "
            f"{last.get('unenrolled', 0)} taken out of sequences, "
            f"{last.get('reenrolled', 0)} put back")
    out = [line]
    if last.get("unmatched"):
        out.append(f"  {plural(last['unmatched'], 'bounced address', 'bounced addresses')} "
                   "matched no contact (`bounce-sync status --unmatched` lists them)")
    if last.get("error"):
        out.append(f"  error: {last['error']}")
    out += [f"  problem: {p['message']}" for p in last.get("problems") or ()]
    out += [f"  note: {n}" for n in last.get("notes") or ()]
    return out


def failed_lines(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """One line per failed outbox action: contact, what, the error."""
    out = [f"Actions that failed for good: {len(rows)}"]
    for r in rows:
        who = f"contact {r['contact_id']}" + (f" ({r['address']})" if r.get("address") else "")
        why = f" ({r['note']})" if r.get("note") else ""
        out.append(f"  {when(r['at'])}  {who}: {ACTION_WORDS.get(r['kind'], r['kind'])}{why} "
                   f"[{r['kind']}], {plural(r['attempts'], 'attempt')}: {r['error'] or 'no error text'}")
    if rows:
        out.append("  `bounce-sync retry` tries them again once the cause is fixed")
    return out


def unmatched_lines(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """One line per bounce to an address no contact held: address, mailbox, date, reason."""
    out = [f"Bounced addresses no CRM contact held: {len(rows)} (newest first)"]
    out += [f"  {r['address']:<36} mailbox {r['mailbox']}, {when(r['at'])}, "
            f"{'hard' if r['hard'] else 'soft'}: {reason_words(r['reason'])}" for r in rows]
    return out


def item_dicts(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows as JSON (dates as ISO text)."""
    return [{k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in r.items()}
            for r in rows]
