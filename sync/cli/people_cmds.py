"""The commands for the people who live with bounce-sync's decisions: `explain ADDRESS`
(why a contact was marked), `undo ADDRESS` (a wrong call taken back) and `report` (bounce
rates at a glance, as text, one HTML page with charts, or the suppression list as CSV).
They read the state store (and, where cheap, the CRM or the mailboxes' sent counts); the
models and the rendering live in sync/insight/.
"""

from __future__ import annotations

import getpass
from datetime import timedelta
from pathlib import Path
from typing import Any

import click

from sync import config as config_mod
from sync.cli.app import (
    EXIT_STATUSES_HELP, SIMPLE_EXIT_HELP, Exit, cli, common, load, log, prepare_local_crm,
    run_lock, start_command, state_store, utcnow, worker_id,
)
from sync.cli.output import emit
from sync.errors import SyncError
from sync.insight import explain as explain_mod
from sync.ports import enrolls_at_step


def _mailbox_infos(cfg: config_mod.Config) -> dict[str, explain_mod.MailboxInfo]:
    return {m.name: explain_mod.MailboxInfo(name=m.name, source=m.source,
                                            address=str(m.settings.get("address", "")))
            for m in cfg.mailboxes}


@cli.command(epilog=SIMPLE_EXIT_HELP, short_help="Why an address was (or was not) marked bounced.")
@common
@click.argument("address")
@click.option("--no-crm", is_flag=True,
              help="Use the state store only; do not ask the CRM which contacts hold the address now.")
def explain(config_path, log_format, debug, address, no_crm) -> None:
    """Everything bounce-sync knows about ADDRESS: the contacts holding it now or before,
    every bounce message for it (mailbox, message ids, date, a Gmail link for Gmail
    mailboxes), how each was classified (reason, hard or soft, status, the server's text)
    and whether it was trusted, the actions planned and applied with their results, and
    later evidence (signs of life, resend requests, undos). The CRM is asked once (a
    lookup by address) for the contacts' current state, unless --no-crm."""
    settings = start_command(config_path, log_format, debug)
    cfg = load(settings)
    from classifier.records import normalise_address

    address = normalise_address(address)
    crm_contacts = None
    if not no_crm:
        crm = config_mod.build_crm(cfg)
        try:
            crm_contacts = [c for c in crm.find_contacts([address]) if address in c.emails]
        except SyncError as exc:
            log.warning("the CRM could not be asked (%s); showing the state store only", exc)
    with state_store(cfg) as store:
        bounces = store.address_bounces(address)
        ids = list(dict.fromkeys([b["contact_id"] for b in bounces
                                  if b["contact_id"] and b["crm"] == cfg.crm.connector]
                                 + [c.ref.id for c in crm_contacts or ()]))
        recorded = explain_mod.Recorded(
            bounces=bounces, ledger=store.ledger_rows((b["mailbox"], b["message_id"]) for b in bounces),
            actions=store.contact_actions(cfg.crm.connector, ids),
            events=store.address_events(address), known_hard=store.known_hard_entry(address),
            saved={cid: store.saved_enrollments(cfg.crm.connector, cid) for cid in ids})
    model = explain_mod.explain(address=address, crm=cfg.crm.connector, recorded=recorded,
                                mailboxes=_mailbox_infos(cfg), crm_contacts=crm_contacts,
                                at_step=_enrolls_at_step(cfg))
    emit(settings, explain_mod.explain_lines(model), model)


def _enrolls_at_step(cfg: config_mod.Config) -> bool:
    """Whether the configured CRM declares EnrollsAtStep, asked of its class (explain --no-crm
    builds no connector). A connector that does not even import says step one: explain
    still answers from the store, as it does without the CRM."""
    try:
        return enrolls_at_step(config_mod.crm_class(cfg))
    except SyncError:
        return False


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


@cli.command(epilog=EXIT_STATUSES_HELP, short_help="Take back a bounce mark: clear it, re-enroll.")
@common
@click.argument("address")
@click.option("--contact", "contact_id", metavar="ID",
              help="Only this contact (its CRM id, as `explain` shows it); default: every contact "
                   "our mark for ADDRESS stands on.")
@click.option("--by", "by", metavar="NAME", default=None,
              help="Who asks (kept in the history, shown by `explain`); default: the OS user.")
def undo(config_path, log_format, debug, address, contact_id, by) -> None:
    """Undo bounce-sync's call on ADDRESS: clear our bounce mark, put each contact back in
    the sequences it was removed from (at the saved step where the CRM can enroll at a step,
    the local CRM; at step one in HubSpot and Salesforce), forget the address as known to
    hard-bounce, and record who asked. The actions go through the outbox and are applied
    now, like a run's. The CRM-side way: set the contact's bounce status to "resend"."""
    from sync.undo import undo as undo_run

    settings, crm, who, result = _as_a_person(config_path, log_format, debug, by, undo_run,
                                              address=address, contact_id=contact_id)
    human = [f"{result.address}: undo requested by {who}"]
    undone = 0
    for c in result.contacts:
        line, done = _undo_line(c, at_step=enrolls_at_step(crm))
        human.append(line)
        undone += done
    human += [f"  {note}" for note in result.report.notes]
    status = result.report.exit_status()
    left = len(result.contacts) - undone
    human.append(f"{undone} contact(s) undone" + (f", {left} not yet" if left else "")
                 + f" (exit status {status})")
    emit(settings, human, result.to_dict())
    raise Exit(status)


def _undo_line(c: dict[str, Any], *, at_step: bool) -> tuple[str, bool]:
    """One contact of an undo, as it stands: done, waiting or failed (with the way on)."""
    # The local CRM re-enrolls at the saved step; HubSpot and Salesforce only at step one,
    # so say what the contact was on rather than suggest it resumes there.
    seqs = ", ".join(f"{e['sequence_name'] or e['sequence_id']} at step "
                     + (f"{e['step'] or 1}" if at_step else
                        "1" + (f" (was on step {e['step']})" if e["step"] else ""))
                     for e in c["reenroll_in"])
    states = "; ".join(f"{a['kind']} {a['state']}" + (f" ({a['error']})" if a["error"] else "")
                       for a in c["actions"])
    what = "bounce cleared" + (f", back in {seqs}" if seqs else ", no sequence to restore")
    found = {a["state"] for a in c["actions"]}
    if found <= {"done"}:
        return f"  contact {c['id']}: {what} [{states}]", True
    if "failed" in found:
        way = "`bounce-sync retry` applies it once the CRM takes it"
    else:
        way = "the next run applies it"
    return f"  contact {c['id']}: NOT undone in the CRM yet [{states}]; {way}", False


@cli.command("apply-unverified", epilog=EXIT_STATUSES_HELP,
             short_help="Apply a bounce recorded as unverified, as a person's decision.")
@common
@click.argument("address")
@click.option("--message", "message_id", metavar="ID",
              help="Only this bounce (its message id in its source, as `explain` shows it).")
@click.option("--by", "by", metavar="NAME", default=None,
              help="Who decides (kept in the history, shown by `explain`); default: the OS user.")
def apply_unverified(config_path, log_format, debug, address, message_id, by) -> None:
    """Apply the bounces of ADDRESS that were only recorded because they could not be
    verified against the mailbox's sent mail (`explain ADDRESS` says why): the planner
    plans them again as trusted by NAME (mark, unenroll), records who decided, and the
    actions go through the outbox and are applied now, like a run's."""
    from sync.apply_unverified import apply_unverified as apply_run

    settings, crm, who, result = _as_a_person(config_path, log_format, debug, by, apply_run,
                                              address=address, message_id=message_id)
    status = result.report.exit_status()
    human = [f"{result.address}: {len(result.messages)} unverified bounce(s) applied by {who}",
             *(f"  {m}" for m in result.messages), *(f"  {n}" for n in result.report.notes),
             f"{result.report.contacts_marked} contact(s) marked (exit status {status})"]
    emit(settings, human, result.to_dict())
    raise Exit(status)


def _as_a_person(config_path, log_format, debug, by, action, **what) -> tuple[Any, Any, str, Any]:
    """A person's decision (undo, apply-unverified), run like a run: the config, the CRM, the
    store under the run lock, the local CRM prepared; `action` queues through the outbox and
    applies. Returns (settings, crm, who decided, the action's result)."""
    settings = start_command(config_path, log_format, debug)
    cfg = load(settings)
    crm = config_mod.build_crm(cfg)
    who = by or _default_user()
    with state_store(cfg) as store, run_lock(store):
        prepare_local_crm(cfg, crm, dry_run=False)
        result = action(crm=crm, store=store, policy=cfg.policy, clock=utcnow, by=who, log=log,
                        worker_id=worker_id(), **what)
    return settings, crm, who, result


@cli.command(epilog=SIMPLE_EXIT_HELP, short_help="Bounce rates per mailbox, sequence and reason.")
@common
@click.option("--days", type=click.IntRange(1, 3650), default=30, show_default=True,
              help="The window: bounces of the last N days.")
@click.option("--html", "html_path", metavar="FILE",
              help="Also write one self-contained HTML page with charts (no scripts, no "
                   "external files) to FILE.")
@click.option("--csv", "csv_path", metavar="FILE",
              help="Also write the suppression list (addresses not to email, with reason, date "
                   "and contact) to FILE as CSV.")
@click.option("--no-sent", is_flag=True,
              help="Do not ask the mailboxes how much they sent (rates are then unknown; only "
                   "the state store is read).")
def report(config_path, log_format, debug, days, html_path, csv_path, no_sent) -> None:
    """Bounce rate per mailbox, bounces per sequence or cadence, per reason and per
    recipient domain over the last --days, hard and soft, and the open alerts. The bounce
    rate is the share of the messages sent that bounced, each bounce counted when its
    original was sent (never over 100%). The mailboxes that can count their sent mail
    (Gmail, Maildir/mbox with a sent folder, IMAP with a sent folder) are asked for it, a
    few cheap calls each, unless --no-sent."""
    settings = start_command(config_path, log_format, debug)
    cfg = load(settings)
    from sync.insight import page, report as report_mod, suppression

    now = utcnow()
    since = now - timedelta(days=days)
    with state_store(cfg) as store:
        rows = store.bounces_since(since)
        removed = store.removed_by_contact()
        alerts = store.open_alerts()
        suppressed = suppression.rows(store.known_hard_all(), store.marked_bounces())
    buckets = report_mod.buckets(since=report_mod.chart_start(rows, since=since, now=now), now=now)
    sent = {} if no_sent else _sent_counts(cfg, [since] + [b.start for b in buckets])
    model = report_mod.build(rows=rows, removed=removed, alerts=alerts, sent=sent,
                             buckets=buckets, mailboxes=[m.name for m in cfg.mailboxes],
                             since=since, now=now, days=days)
    written = []
    if html_path:
        Path(html_path).write_text(page.render(model), encoding="utf-8")
        written.append(f"HTML report written to {html_path}")
    if csv_path:
        with open(csv_path, "w", encoding="utf-8", newline="") as f:
            suppression.write_csv(f, suppressed)
        written.append(f"suppression list ({len(suppressed)} address(es)) written to {csv_path}")
    emit(settings, report_mod.lines(model) + written,
         {"event": "report", **report_mod.to_dict(model), "html": html_path, "csv": csv_path,
          "suppressed": len(suppressed)})


def _sent_counts(cfg: config_mod.Config, starts: list) -> dict[str, list[int] | None]:
    """Per mailbox, messages sent from each start to the next (the last: to now), from
    the counts since each start, or None when the mailbox cannot tell or asking failed
    (the report then shows counts)."""
    from sync.ports import counts_sent

    out: dict[str, list[int] | None] = {}
    for m, source in config_mod.build_sources(cfg, only=()):
        if not counts_sent(source):
            out[m.name] = None
            continue
        try:
            # the window's start is often the chart's too: each start is asked once
            counted = {s: source.sent_count(since=s) for s in dict.fromkeys(starts)}
            since_each = [counted[s] for s in starts]
        except SyncError as exc:
            log.warning("mailbox %s: could not count its sent mail (%s); rates unknown", m.name, exc)
            out[m.name] = None
            continue
        if any(n is None for n in since_each):
            out[m.name] = None
            continue
        ends = since_each[1:] + [0]
        out[m.name] = [max(0, a - b) for a, b in zip(since_each, ends)]
    return out
