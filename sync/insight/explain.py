"""`bounce-sync explain ADDRESS`: why a contact was (or was not) marked, from what the state
store recorded and, where cheap, what the CRM shows now.

`explain` builds one JSON-safe dict (what `--log-format json` prints); `explain_lines`
lays it out for a terminal. Both are pure: the CLI hands over the store's rows, the
configured mailboxes and the CRM's contacts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sync.insight.words import (
    ACTION_WORDS, STATE_WORDS, outcome_words, reason_words, status_words, when,
)
from sync.records import Contact, LedgerStatus


@dataclass(frozen=True, slots=True, kw_only=True)
class MailboxInfo:
    """A configured mailbox, as explain names it (and links to it, for Gmail)."""

    name: str
    source: str
    address: str


def gmail_link(mailbox_address: str, message_id: str) -> str:
    """A link that opens a Gmail API message id in Gmail's web UI, in the right account
    when several are signed in (`authuser` takes the address), in "All Mail" (`#all`), so
    it works whatever labels the message has since."""
    return (f"https://mail.google.com/mail/u/?authuser={quote(mailbox_address, safe='@')}"
            f"#all/{quote(message_id, safe='')}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Recorded:
    """What the store holds about one address (sync/store/insight.py's queries)."""

    bounces: Sequence[Mapping[str, Any]]
    ledger: Mapping[tuple[str, str], Mapping[str, Any]]
    actions: Sequence[Mapping[str, Any]]
    events: Sequence[Mapping[str, Any]]
    known_hard: Mapping[str, Any] | None
    saved: Mapping[str, Sequence[Any]]  # contact id -> enrollments removed (latest)


def explain(*, address: str, crm: str, recorded: Recorded, mailboxes: Mapping[str, MailboxInfo],
            crm_contacts: Sequence[Contact] | None, at_step: bool) -> dict[str, Any]:
    """Everything about `address`: contacts, bounce messages with their classification and
    trust, the actions and their results, and later evidence. `crm_contacts` None: the CRM
    was not asked; `at_step`: the CRM declares `sync.ports.EnrollsAtStep`."""
    known = recorded.known_hard
    return {
        "event": "explain", "address": address, "crm": crm,
        "known_bad": None if known is None else {
            **_iso(known), "reason_words": reason_words(known["reason"])},
        "contacts": _contacts(crm, recorded, crm_contacts, at_step),
        "bounces": [_bounce(b, recorded.ledger, mailboxes) for b in recorded.bounces],
        "actions": [_action(a) for a in recorded.actions],
        "later": [_event(e) for e in _without_undo_twins(recorded.events)],
    }


def _iso(d: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in d.items()}


def _contacts(crm: str, recorded: Recorded, now: Sequence[Contact] | None,
              at_step: bool) -> list[dict[str, Any]]:
    before = list(dict.fromkeys(b["contact_id"] for b in recorded.bounces
                                if b["contact_id"] and b["crm"] == crm))
    current = {c.ref.id: c for c in now or ()}
    out = []
    for cid in list(current) + [c for c in before if c not in current]:
        c = current.get(cid)
        out.append({
            "id": cid, "holds_address_now": None if now is None else cid in current,
            "seen_in_bounces": cid in before,
            "crm_now": None if c is None else {
                "email": c.email, "status": c.bounce_status.value if c.bounce_status else None,
                "status_words": status_words(c.bounce_status.value if c.bounce_status else None),
                "bounced_address": c.bounced_address, "soft_count": c.soft_count,
                "sequences": [_enrollment(e) for e in c.enrollments]},
            "saved_enrollments": [_enrollment(e) for e in recorded.saved.get(cid, ())],
            "undo_restores": restores_words(crm, at_step),
        })
    return out


def restores_words(crm: str, at_step: bool) -> str:
    """Where undo or resend puts the contact back, in plain words for this CRM; `at_step`:
    it declares `sync.ports.EnrollsAtStep` (the saved step), else step one."""
    if at_step:
        return "undo or resend puts it back at the step it was on"
    return (f"undo or resend puts it back at step one: {crm}'s API cannot enroll at a "
            "later step")


def _enrollment(e: Any) -> dict[str, Any]:
    return {"sequence_id": e.sequence_id, "sequence_name": e.sequence_name, "step": e.step}


def _delivery(entry: Mapping[str, Any] | None, address: str) -> Mapping[str, Any]:
    c = (entry or {}).get("classification") or {}
    return next((d for d in c.get("deliveries") or () if d.get("address") == address), {})


def _trust(entry: Mapping[str, Any] | None, outcome: str, address: str = "") -> dict[str, Any]:
    status = (entry or {}).get("status")
    kept = ((entry or {}).get("classification") or {})
    original = (kept.get("original") or {}).get("message_id")
    verdict = (kept.get("trust") or {}).get(address)  # the planner's why (sync/planner/trust.py)
    if status == LedgerStatus.UNVERIFIED or outcome == "unverified":
        why = verdict["why"] if verdict else ("it could not be shown to answer mail this "
                                              "mailbox sent (policy `unverified` / `unknown_origin`)")
        return {"trusted": False, "why": f"not trusted: {why}; it only went into the history "
                "(`bounce-sync apply-unverified` applies it as a person's decision)"}
    if status is None:
        return {"trusted": None, "why": "the message is no longer in the ledger"}
    if verdict:
        return {"trusted": bool(verdict["trusted"]), "why": verdict["why"]}
    return {"trusted": True, "why": (f"it quotes the message the mailbox sent ({original})"
                                     if original else "the policy acts on it (origin not quoted)")}


def _bounce(b: Mapping[str, Any], ledger: Mapping[tuple[str, str], Mapping[str, Any]],
            mailboxes: Mapping[str, MailboxInfo]) -> dict[str, Any]:
    entry = ledger.get((b["mailbox"], b["message_id"]))
    d = _delivery(entry, b["address"])
    box = mailboxes.get(b["mailbox"])
    original = (((entry or {}).get("classification") or {}).get("original") or {})
    received = (entry or {}).get("received_at") or b["at"]
    return {
        "mailbox": b["mailbox"], "source": box.source if box else None,
        "message_id": b["message_id"], "answers_message_id": original.get("message_id"),
        "subject": original.get("subject"), "received_at": received.isoformat(),
        "original_sent_at": b["sent_at"].isoformat() if b.get("sent_at") else None,
        "link": gmail_link(box.address, b["message_id"]) if box and box.source == "gmail" else None,
        "reason": b["reason"], "reason_words": reason_words(b["reason"]),
        "hard": b["hard"], "kind": "hard" if b["hard"] else "soft", "scope": b["scope"],
        "dsn_status": d.get("status"), "diagnostic": b["diagnostic"] or d.get("diagnostic"),
        "trust": _trust(entry, b["outcome"], b["address"]), "outcome": b["outcome"],
        "outcome_words": outcome_words(b["outcome"]), "contact_id": b["contact_id"] or None,
    }


def _action(a: Mapping[str, Any]) -> dict[str, Any]:
    body = a["action"]
    detail = ""
    if a["kind"] == "MarkBounced":
        detail = f"{status_words(body.get('status'))}: {reason_words(body.get('reason'))}"
    elif a["kind"] in ("Unenroll", "Reenroll"):
        detail = ", ".join(_sequence_text(e) for e in body.get("enrollments") or ()) or "no sequence known"
    elif body.get("note"):
        detail = body["note"]
    result = a.get("result") or {}
    removed = [_sequence_text(e) for e in result.get("removed") or ()]
    return {"contact_id": a["contact_id"], "kind": a["kind"],
            "what": ACTION_WORDS.get(a["kind"], a["kind"]), "detail": detail,
            "state": a["state"], "state_words": STATE_WORDS.get(a["state"], a["state"]),
            "result": result.get("outcome"), "error": a.get("error"), "attempts": a["attempts"],
            "removed": removed, "queued_at": a["created_at"].isoformat(),
            "updated_at": a["updated_at"].isoformat()}


def _sequence_text(e: Mapping[str, Any]) -> str:
    name = e.get("sequence_name") or e.get("sequence_id")
    return f"{name} (step {e['step']})" if e.get("step") else str(name)


_EVENT_WORDS = {"sign_of_life": "the address showed signs of life",
                "forgive": "the address was forgiven (resend or undo): its bounces no longer count",
                "undo": "a person undid the mark; the address is no longer known to bounce"}


def _without_undo_twins(events: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """An undo records the resend path's Forgive too; show the undo (it names who asked)."""
    undone = {(e["at"], e.get("contact_id")) for e in events if e["kind"] == "undo"}
    return [e for e in events
            if not (e["kind"] == "forgive" and (e["at"], e.get("contact_id")) in undone)]


def _event(e: Mapping[str, Any]) -> dict[str, Any]:
    return {"at": e["at"].isoformat(), "kind": e["kind"],
            "words": _EVENT_WORDS.get(e["kind"], e["kind"]), "why": e.get("why"),
            "contact_id": e.get("contact_id")}


# --------------------------------------------------------------------------- terminal


def explain_lines(model: Mapping[str, Any]) -> list[str]:
    """The explanation laid out for a terminal, in sections."""
    lines = [f"{model['address']}  (CRM: {model['crm']})"]
    known = model["known_bad"]
    lines.append(f"Known to hard-bounce since {_t(known['at'])}: {known['reason_words']}" if known
                 else "Not known to hard-bounce.")
    lines += ["", "Contacts"] + (_contact_lines(model["contacts"]) or ["  none recorded or found"])
    lines += ["", "Bounce messages"] + (_bounce_lines(model["bounces"]) or ["  none recorded"])
    lines += ["", "Actions on these contacts"]
    lines += [f"  {_t(a['queued_at'])}  contact {a['contact_id']}: {a['what']}"
              + (f" ({a['detail']})" if a["detail"] else "") + f" -> {a['state_words']}"
              + (f"; removed {', '.join(a['removed'])}" if a["removed"] else "")
              + (f"; error: {a['error']}" if a["error"] else "")
              for a in model["actions"]] or ["  none"]
    lines += ["", "Later evidence"]
    lines += [f"  {_t(e['at'])}  {e['words']}" + (f" ({e['why']})" if e["why"] else "")
              + (f", contact {e['contact_id']}" if e["contact_id"] else "")
              for e in model["later"]] or ["  none"]
    return lines


def _t(iso: str) -> str:
    from datetime import datetime

    return when(datetime.fromisoformat(iso))


def _contact_lines(contacts: Iterable[Mapping[str, Any]]) -> list[str]:
    out = []
    for c in contacts:
        now = c["crm_now"]
        if now is not None:
            seqs = ", ".join(_sequence_text(s) for s in now["sequences"]) or "no active sequence"
            out.append(f"  contact {c['id']}: holds this address now; {now['status_words']}; {seqs}")
        elif c["holds_address_now"] is False:
            out.append(f"  contact {c['id']}: held this address when it bounced; no longer holds it")
        else:
            out.append(f"  contact {c['id']}: held this address when it bounced (CRM not asked)")
        if c["saved_enrollments"]:
            out.append("    removed on the bounce from: "
                       + ", ".join(_sequence_text(s) for s in c["saved_enrollments"])
                       + f" ({c['undo_restores']})")
    return out


def _bounce_lines(bounces: Iterable[Mapping[str, Any]]) -> list[str]:
    out = []
    for n, b in enumerate(bounces, 1):
        out.append(f"  {n}. {_t(b['received_at'])}, mailbox {b['mailbox']}"
                   + (f" ({b['source']})" if b["source"] else "") + f", message {b['message_id']}")
        if b["answers_message_id"]:
            out.append(f"     answers the sent message {b['answers_message_id']}"
                       + (f" \"{b['subject']}\"" if b["subject"] else "")
                       + (f", sent {_t(b['original_sent_at'])}" if b.get("original_sent_at") else ""))
        if b["link"]:
            out.append(f"     open in Gmail: {b['link']}")
        out.append(f"     {b['kind']} bounce: {b['reason_words']}"
                   + (f"; status {b['dsn_status']}" if b["dsn_status"] else ""))
        if b["diagnostic"]:
            out.append(f"     the server said: {b['diagnostic']}")
        trust = b["trust"]
        label = {True: "trusted", False: "not trusted", None: "unknown"}[trust["trusted"]]
        out.append(f"     trust: {label}: {trust['why']}")
        out.append(f"     outcome: {b['outcome_words']}"
                   + (f" (contact {b['contact_id']})" if b["contact_id"] else ""))
    return out
