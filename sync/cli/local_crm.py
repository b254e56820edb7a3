"""The local CRM's admin screens, `contacts list/edit/resend`: a person looks at and edits
contacts as a CRM user would (crm.connector = "local" only; other CRMs have their own
screens). They write through the local CRM's own methods, never through the outbox, so the
next `run` sees an edit the way it sees one made in any CRM.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from sync import config as config_mod
from sync.cli.app import EXIT_CONFIG, Exit, Settings, cli, common, load, log, prepare_local_crm, start_command
from sync.cli.output import emit
from sync.errors import ConfigError


@cli.group(short_help="See and edit the local CRM's contacts.")
def contacts() -> None:
    """Look at and edit the local CRM's contacts, as a CRM user would (crm.connector =
    "local" only; other CRMs have their own screens)."""


def _local_crm(settings: Settings) -> Any:
    cfg = load(settings)
    if cfg.crm.connector != "local":
        raise ConfigError("crm.connector", f"`contacts` works on the local CRM only, not {cfg.crm.connector!r}",
                          "use your CRM's own screens, or point --config at a local-CRM config")
    crm = config_mod.build_crm(cfg)
    prepare_local_crm(cfg, crm, dry_run=False)
    return crm


def _when(stored: str | None) -> str:
    """The local CRM's ISO timestamp as people read times elsewhere (`2026-11-06 12:13 UTC`)."""
    from sync.insight.words import when

    try:
        return when(datetime.fromisoformat(stored)) if stored else "-"
    except ValueError:
        return stored or "-"


def _user_error(exc: ValueError) -> Exit:
    log.error("%s", exc)
    return Exit(EXIT_CONFIG)


@contacts.command("list", short_help="Contacts with their bounce status and sequences.")
@common
@click.option("--bounced", "only_bounced", is_flag=True, help="Only contacts with any bounce status.")
@click.option("--status", type=click.Choice(["bounced", "soft_bounced", "resend", "refused", "none"]),
              help="Only contacts with this bounce status (none: contacts without one).")
def contacts_list(config_path, log_format, debug, only_bounced, status) -> None:
    """Contacts with their bounce status, reason and active sequences."""
    settings = start_command(config_path, log_format, debug)
    crm = _local_crm(settings)
    try:
        rows = crm.list_contacts(status)
    except ValueError as exc:
        raise _user_error(exc) from None
    if only_bounced:
        rows = [r for r in rows if r.get("status")]
    human = []
    width = max((len(r.get("status_label") or "") for r in rows), default=0)
    for r in rows:
        seqs = ", ".join(f"{s['name']} (step {s['step']})" for s in r.get("sequences") or ()) or "no active sequence"
        line = f"{r['email'] or '-':<32} {r.get('status_label') or 'ok':<{width}} {seqs}"
        if r.get("status"):
            line += (f"\n{'':<33}{r.get('reason') or ''}; bounced {r.get('bounced_address') or ''} "
                     f"on {_when(r.get('bounced_at'))}")
            if r.get("note"):
                line += f"; {r['note']}"
        human.append(line)
    human.append(f"{len(rows)} contacts")
    emit(settings, human, {"event": "contacts", "contacts": rows})


@contacts.command("edit", short_help="Change a contact's primary address.")
@common
@click.argument("contact")
@click.option("--email", "new_email", required=True, metavar="ADDRESS", help="The new primary address.")
def contacts_edit(config_path, log_format, debug, contact, new_email) -> None:
    """Change the primary address of CONTACT (its email or id); the next `run` clears the
    bounce and re-enrolls it, or refuses an address known to bounce."""
    settings = start_command(config_path, log_format, debug)
    crm = _local_crm(settings)
    try:
        crm.edit_email(contact, new_email)
    except ValueError as exc:
        raise _user_error(exc) from None
    emit(settings, [f"{contact}: email is now {new_email}; the next `bounce-sync run` re-enrolls it"],
          {"event": "contact_edited", "contact": contact, "email": new_email})


@contacts.command("resend", short_help="Email a bounced contact's same address again.")
@common
@click.argument("contact")
def contacts_resend(config_path, log_format, debug, contact) -> None:
    """Ask for CONTACT's (email or id) same address to be emailed again: the next `run`
    clears its bounce and re-enrolls it."""
    settings = start_command(config_path, log_format, debug)
    crm = _local_crm(settings)
    try:
        crm.request_resend(contact)
    except ValueError as exc:
        raise _user_error(exc) from None
    emit(settings, [f"{contact}: marked for resend; the next `bounce-sync run` re-enrolls it"],
          {"event": "contact_resend", "contact": contact})

