"""The `bounce-sync` command: parses flags, loads the config, builds connectors, calls the
worker and prints what happened. It holds no business logic (STYLE rule 9).

    app.py          the `cli` group, common options, config/store/lock helpers, `main`
    output.py       stdout: human lines or one JSON object, check items, the status tree
    mail_cmds.py    run, watch, backfill, retry, reclassify (what cron runs)
    admin_cmds.py   setup, check, status, connectors
    alert_cmds.py   alerts list/ack, mailbox resume
    gmail_cmd.py    gmail-auth
    local_crm.py    contacts list/edit/resend (the local CRM's admin screens)
    people_cmds.py  explain, undo, report (for the people who live with the decisions)

Exit statuses (the contract with cron and monitoring):
  0  all done
  1  work left for the next run (waiting or failed outbox items, a quota, a transient error,
     another run holding the lock)
  2  config or credentials: a person must fix a setting
  3  a sender-side alert: the sending mailbox is blocked or bouncing too much
  4  an internal error: a bug in bounce-sync ("internal error: ...")
"""

from __future__ import annotations

# Importing the command modules registers their commands on `cli`.
from sync.cli import admin_cmds, alert_cmds, gmail_cmd, local_crm, mail_cmds, people_cmds  # noqa: F401
from sync.cli.app import EXIT_CONFIG, EXIT_INTERNAL, EXIT_OK, EXIT_SENDER_ALERT, EXIT_WORK_LEFT, Exit, cli, main

# The classifier's own commands (sync/classify_cmd.py, the classifier engineer's module).
from sync.classify_cmd import classify as _classify_cmd, evaluate as _evaluate_cmd  # noqa: E402

cli.add_command(_classify_cmd)
cli.add_command(_evaluate_cmd)

__all__ = ["EXIT_CONFIG", "EXIT_INTERNAL", "EXIT_OK", "EXIT_SENDER_ALERT", "EXIT_WORK_LEFT", "Exit", "cli",
           "main"]
