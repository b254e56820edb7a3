"""The commands a person uses after an alert: `alerts list` and `alerts ack` (an alert
stays open until acknowledged), and `mailbox resume` (a mailbox paused by policy stays
paused until a person resumes it).
"""

from __future__ import annotations

import click

from sync.cli.app import cli, common, load, start_command, state_store, utcnow
from sync.cli.output import alert_line, emit
from sync.errors import ConfigError
from sync.records import AlertKind


@cli.group(short_help="List and acknowledge open alerts.")
def alerts() -> None:
    """Open alerts (a sending mailbox blocked or bouncing too much): list them, acknowledge
    them. An alert stays open until acknowledged; `run` exits 3 only when it raises one."""


@alerts.command("list")
@common
@click.option("--mailbox", "mailbox_names", multiple=True, metavar="NAME", help="Only this mailbox (repeatable).")
def alerts_list(config_path, log_format, debug, mailbox_names) -> None:
    """Alerts no one acknowledged yet, newest first. Exit status 0."""
    settings = start_command(config_path, log_format, debug)
    cfg = load(settings)
    with state_store(cfg) as store:
        found = [a for a in store.open_alerts() if not mailbox_names or a.mailbox in mailbox_names]
    emit(settings, [alert_line(a) for a in found] + [f"{len(found)} open alert(s)"],
          {"event": "alerts", "open": [a.to_dict() for a in found]})


@alerts.command("ack", short_help="Acknowledge open alerts once a person has looked.")
@common
@click.option("--mailbox", "mailbox_names", multiple=True, metavar="NAME",
              help="Only this mailbox's alerts (repeatable); default: every mailbox.")
@click.option("--kind", type=click.Choice([k.value for k in AlertKind]), help="Only alerts of this kind.")
def alerts_ack(config_path, log_format, debug, mailbox_names, kind) -> None:
    """Acknowledge open alerts once a person has looked: they leave `status` and `alerts
    list`, and the bounce rate counts again from now. A mailbox paused by policy stays paused
    until `bounce-sync mailbox resume NAME`. Exit status 0."""
    settings = start_command(config_path, log_format, debug)
    cfg = load(settings)
    with state_store(cfg) as store:
        n = store.ack_alerts(now=utcnow(), mailboxes=list(mailbox_names), kind=kind)
    emit(settings, [f"{n} alert(s) acknowledged"],
          {"event": "alerts_acked", "acknowledged": n, "mailboxes": list(mailbox_names), "kind": kind})


@cli.group("mailbox", short_help="Resume a mailbox paused by policy.")
def mailbox_group() -> None:
    """A mailbox's state in the state store (a pause by policy)."""


@mailbox_group.command("resume", short_help="Read a mailbox paused by policy again.")
@common
@click.argument("name")
def mailbox_resume(config_path, log_format, debug, name) -> None:
    """Read mailbox NAME again after policy `pause_mailbox_on_sender_alert` paused it. (A
    mailbox paused with `paused = true` in the config file is resumed by editing the file.)"""
    settings = start_command(config_path, log_format, debug)
    cfg = load(settings)
    configured = [m.name for m in cfg.mailboxes]
    if name not in configured:
        raise ConfigError("mailboxes[].name", f"no mailbox named {name!r} in {cfg.path}",
                          f"use one of: {', '.join(configured) or '(none configured)'}")
    with state_store(cfg) as store:
        was = store.mailbox_paused(name)
        if was:
            store.set_paused(name, None)
    paused_in_config = any(m.name == name and m.paused for m in cfg.mailboxes)
    human = [f"mailbox {name}: resumed (was paused: {was}); the next run reads it" if was
             else f"mailbox {name}: was not paused by policy; nothing to do"]
    if paused_in_config:
        human.append(f"note: mailbox {name} is still paused in the config file (paused = true)")
    emit(settings, human, {"event": "mailbox_resumed", "mailbox": name, "was_paused": was,
                            "paused_in_config": paused_in_config})

