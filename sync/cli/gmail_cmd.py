"""`gmail-auth`: Google's consent flow, once per Gmail mailbox. The only command that
imports a connector module directly: it runs before any config exists.
"""

from __future__ import annotations

import click

from sync.cli.app import cli, start_command
from sync.cli.output import emit


@cli.command("gmail-auth", short_help="Authorize a Gmail mailbox once (OAuth consent).")
@click.option("--client-secrets", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The OAuth client JSON (type Desktop app) downloaded from Google Cloud.")
@click.option("--token-file", required=True, type=click.Path(dir_okay=False),
              help="Where to store the authorized-user JSON (mode 600); reference it as the "
                   "mailbox's `credentials`.")
@click.option("--modify", is_flag=True, help="Ask for gmail.modify (needed by `label_processed`).")
@click.option("--headless/--browser", default=None,
              help="--headless: print the consent URL and take the pasted code or address (a server "
                   "with no browser); --browser: open a browser here. Default: a browser if one is found.")
@click.option("--log-format", type=click.Choice(["auto", "human", "json"]), default="auto",
              show_default=True, help="auto: human lines on a terminal, JSON lines otherwise.")
@click.option("--debug", is_flag=True, help="Also log the libraries' debug messages and tracebacks.")
def gmail_auth(client_secrets, token_file, modify, headless, log_format, debug) -> None:
    """Run Google's consent flow once per Gmail mailbox (signed in as that mailbox) and store
    its refresh token. On a machine with no browser (or with --headless) the consent URL is
    printed and the code, or the whole address the browser ends on, is pasted back. Needs no
    config file; see README "Gmail setup"."""
    settings = start_command(None, log_format, debug)
    from connectors.gmail import authorize

    path = authorize(client_secrets, token_file, modify=modify, headless=headless,
                     ask=lambda prompt: click.prompt(prompt.rstrip(": "), err=True),
                     say=lambda text: click.echo(text, err=True))
    emit(settings, [f"stored {path}; in the mailbox's table write credentials = \"{path}\""],
          {"event": "gmail_auth", "token_file": str(path)})

