"""What every `bounce-sync` command shares: the `cli` group, the common options, loading
the config, opening the state store, the run lock, and `main`, which turns every failure
into one line and a documented exit status. The commands themselves live in the sibling
modules, grouped by job; none of them holds business logic (STYLE rule 9).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from typing import Any, NoReturn

import click

from sync import config as config_mod
from sync import logs, metrics
from sync.cli.output import echo
from sync.errors import AuthError, ConfigError, Permanent, Retryable, StateError, SyncError
from sync.report import EXIT_CONFIG, EXIT_INTERNAL, EXIT_OK, EXIT_SENDER_ALERT, EXIT_WORK_LEFT  # noqa: F401 - re-exported (sync.cli)

# Shown under the help of every command that processes mail or applies actions (click keeps
# lines after \b as written). README "Exit statuses" says the same in more words.
EXIT_STATUSES_HELP = """\b
Exit statuses:
  0  all done
  1  work left for the next run: outbox actions still waiting or failed in
     this run, a quota spent, a transient API error, another run holding
     the lock; cron simply runs again
  2  a person must fix a setting: the config, a missing secret, a revoked
     token, a missing CRM field (run `setup`), an unusable state store, a
     mailbox not read for over mailbox_stale_hours; the message names the
     key and the fix
  3  a sender-side alert: a sending mailbox is blocked, rate-limited or
     bouncing too much; contacts were not touched for it
  4  an internal error: a bug in bounce-sync ("internal error: ...", see
     --debug) stopped the run or one mailbox's reading; what it recorded is
     kept and the next run continues; report it
"""
SIMPLE_EXIT_HELP = """\b
Exit statuses: 0 done; 1 a transient error; 2 a setting to fix (the message
names the key and the fix); 4 a bug ("internal error: ...", see --debug).
"""

log = logging.getLogger(logs.LOGGER_NAME)
_current: Settings | None = None  # the running command's options, for main()'s error handling


def utcnow() -> datetime:
    """The real clock, in one place: the CLI is the only part of bounce-sync that reads it
    (the worker and the stages are handed a clock, so tests pin it)."""
    return datetime.now(timezone.utc)


def worker_id() -> str:
    """host:pid, so a lease or an outbox row names the process that holds it."""
    return f"{socket.gethostname()}:{os.getpid()}"


class Exit(Exception):
    """Leave with this status after the message was already said. `last`: what the process
    does as its very last act, once everything it says is out; `main` then ends it at once
    (`_end`)."""

    def __init__(self, status: int, *, last: Callable[[], None] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.last = last


# --------------------------------------------------------------------------- shared options


class Settings:
    """What every command's common options say, kept on the click context."""

    def __init__(self, config_path: str | None, log_format: str, debug: bool) -> None:
        self.config_path = config_path
        self.log_format = log_format
        self.debug = debug
        self.json = logs.resolve_format(log_format, sys.stderr) == "json"


def common(func: Callable[..., Any]) -> Callable[..., Any]:
    """--config, --log-format and --debug on every command (cron lines read naturally:
    `bounce-sync run --config /etc/bounce-sync.toml`)."""
    func = click.option("--debug", is_flag=True,
                        help="Also log the libraries' debug messages and tracebacks.")(func)
    func = click.option("--log-format", type=click.Choice(["auto", "human", "json"]), default="auto",
                        show_default=True,
                        help="Logs go to stderr, results to stdout; auto: human lines on a terminal, "
                             "JSON lines (one object per line) otherwise.")(func)
    func = click.option("--config", "-c", "config_path", metavar="FILE", default=None,
                        help=f"Config file [default: ${config_mod.ENV_CONFIG} or ./{config_mod.DEFAULT_PATH}].")(func)
    return func


def start_command(config_path: str | None, log_format: str, debug: bool, *,
                  metrics_file: str | None = None) -> Settings:
    """The first line of every command: logging set up as asked, and the options kept for
    `main`, which decides on tracebacks after the command failed (and writes the metrics
    file of a run that failed: every run leaves one)."""
    global _current
    settings = _current = Settings(config_path, log_format, debug)
    metrics.expect(metrics_file)
    logs.setup(log_format, debug=debug)
    return settings


def load(settings: Settings) -> config_mod.Config:
    """The config file, its secrets registered for redaction before anything is logged."""
    cfg = config_mod.load(settings.config_path)
    logs.register_secrets(cfg.secrets)
    return cfg


def open_configured_store(cfg: config_mod.Config) -> Any:
    """The config's state store, its sessions' idle-in-transaction limit set from the config's
    lease (sync.leases.idle_limit): every command that holds leases opens it so (`run` and the
    mail commands through their trace, `undo` and `apply-unverified` through `state_store`)."""
    from sync.leases import idle_limit
    from sync.store import open_store

    return open_store(cfg.state_url_text(), base_dir=cfg.base_dir, idle_limit=idle_limit(cfg.policy.lease_seconds))


@contextlib.contextmanager
def state_store(cfg: config_mod.Config) -> Iterator[Any]:
    """The configured state store, closed however the command ends."""
    store = open_configured_store(cfg)
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def run_lock(store: Any, *, dry_run: bool = False) -> Iterator[None]:
    """Two runs on one state never work at once; the second leaves quietly with status 1.
    (The worker takes the same re-entrant lock itself; taking it here first turns "held"
    into the quiet exit cron wants. A dry run writes nothing and need not wait.)"""
    if dry_run:
        yield
        return
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(store.run_lock())
        except Permanent as exc:
            log.warning("another run is in progress; this one does nothing (%s)", exc)
            raise Exit(EXIT_WORK_LEFT) from None
        yield


def build_mailboxes(cfg: config_mod.Config, only: Sequence[str]) -> list[Any]:
    """The configured mailboxes (or the `--mailbox` ones) as the worker reads them. A
    mailbox whose source cannot be built (its credentials file unreadable, say) fails on
    its own when read, named with its key and fix; the others are still read."""
    from sync.worker import Mailbox

    known = {m.name for m in cfg.mailboxes}
    if any(name not in known for name in only):
        config_mod.build_sources(cfg, only=only)  # raises the `--mailbox` error, naming them
    built = []
    for m in cfg.mailboxes:
        if only and m.name not in only:
            continue
        try:
            [(_, source)] = config_mod.build_sources(cfg, only=[m.name])
        except ConfigError as exc:
            source = UnbuiltSource(exc)
        built.append(Mailbox(name=m.name, source=source, paused=m.paused, key=m.key,
                             provider=m.provider))
    return built


class UnbuiltSource:
    """Stands for a mailbox source the config could not build: reading it raises that
    error, so the mailbox fails alone (sync/mail_stage.py) instead of the whole run."""

    name = "unbuilt"

    def __init__(self, error: ConfigError) -> None:
        self.error = error

    def fetch(self, cursor: str | None, *, limit: int) -> Any:
        """Raise the error that kept the source from being built."""
        raise self.error

    def check(self) -> Any:
        """Raise the error that kept the source from being built."""
        raise self.error


def prepare_local_crm(cfg: config_mod.Config, crm: Any, *, dry_run: bool) -> None:
    """The local CRM needs no admin: its first run creates the database and imports the
    contacts, so the quick start is one command. Other CRMs need `bounce-sync setup`.
    A local CRM that is still not usable after that (a bad line in the import CSV, no
    contacts imported) stops the run here, before any mail is read: mail matched against
    an empty CRM would be consumed as unmatched and its bounces never applied."""
    if cfg.crm.connector != "local" or dry_run:
        return
    if all(item.ok for item in crm.check()):
        return
    try:
        for item in crm.setup(dry_run=False):
            (log.info if item.ok else log.warning)("setup: %s%s", item.name, f": {item.detail}" if item.detail else "")
    except Permanent as exc:
        raise ConfigError("crm.import_csv", f"the local CRM cannot be set up: {exc}",
                          "correct it and run again; no mail was read, so nothing is lost") from exc
    bad = [item for item in crm.check() if not item.ok]
    if bad:
        raise ConfigError(f"crm.{bad[0].name}", f"the local CRM is not usable: {bad[0].detail}",
                          "fix it (`bounce-sync check` lists what fails) and run `bounce-sync setup`; "
                          "no mail was read, so nothing is lost")


# --------------------------------------------------------------------------- the group


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog="""\b
First time:   bounce-sync setup -c FILE    (install the CRM fields)
              bounce-sync check -c FILE    (prove credentials, scopes, fields)
Then cron:    bounce-sync run -c FILE --metrics-file PATH    (every few minutes)
Day to day:   bounce-sync status -c FILE;  bounce-sync alerts list -c FILE
`bounce-sync COMMAND --help` says more; `run --help` lists the exit statuses.
Every key of the config file: README.md, "Configuration reference".
""")
@click.version_option(None, "--version", "-V", package_name="bounce-sync")
def cli() -> None:
    """Read bounce messages from sending mailboxes, mark the CRM contacts that bounced,
    take them out of their sequences, and re-enroll them when their address is fixed."""


# --------------------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; every failure ends as one line and a documented exit status. A command
    that leaves a last act (a run exiting 3 marks its alerts paged) never returns: the
    process ends right after that act (`_end`)."""
    last: Callable[[], None] | None = None
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="bounce-sync",
                 standalone_mode=False)
        status = EXIT_OK
    except Exit as done:
        status, last = done.status, done.last
    except click.exceptions.Abort:
        echo("aborted", err=True)
        status = EXIT_WORK_LEFT
    except click.ClickException as exc:
        exc.show()
        status = EXIT_CONFIG  # a usage error is a config error for cron: a person must fix the line
    except KeyboardInterrupt:
        echo("interrupted; the next run continues where this one stopped", err=True)
        status = EXIT_WORK_LEFT
    except Exception as exc:
        status = say_failure(exc)
    metrics.publish_pending(status, now=utcnow())  # a run that failed leaves its file too
    if last is not None:
        _end(status, last)
    return status


def _end(status: int, last: Callable[[], None]) -> NoReturn:
    """Everything said (summary, log lines), then `last`, then the process ends with
    `status` at once: no exit handlers, no interpreter teardown. A run's alerts are marked
    paged by `last` (sync/cli/trace.py); the tens of milliseconds of an ordinary exit after
    that would be a window in which a kill leaves them marked though no run exited 3 with
    them, and they would never page (issue 10, finding 5)."""
    _flush()
    last()  # what it logs if it cannot do its part is written as it is logged (StreamHandler)
    os._exit(status)


def _flush() -> None:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more can be said
            stream.flush()


def failure(exc: BaseException) -> tuple[int, int, str]:
    """(exit status, log level, one line) for what stopped a command: the one mapping of
    errors to the README's exit statuses, for `main` and for a run's trace."""
    text = logs.describe(exc)
    if isinstance(exc, StateError):
        return (EXIT_WORK_LEFT, logging.WARNING, f"{text}; the next run continues") if exc.transient \
            else (EXIT_CONFIG, logging.ERROR, text)
    if isinstance(exc, (ConfigError, AuthError)):
        return EXIT_CONFIG, logging.ERROR, text
    if isinstance(exc, Retryable):
        return EXIT_WORK_LEFT, logging.WARNING, f"{text}; the next run continues"
    if isinstance(exc, Permanent):
        return EXIT_CONFIG, logging.ERROR, text
    if isinstance(exc, SyncError):
        return EXIT_WORK_LEFT, logging.ERROR, text
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_WORK_LEFT, logging.WARNING, "interrupted; the next run continues where this one stopped"
    # A bug: say it in one line; --debug shows the traceback. Its own status: neither work
    # left (a retry may meet it again) nor a setting, and systemd marks the unit failed.
    return (EXIT_INTERNAL, logging.CRITICAL,
            f"internal error: {text} (run again with --debug for the traceback)")


def say_failure(exc: BaseException) -> int:
    """Log what stopped the command in one line; its exit status."""
    status, level, line = failure(exc)
    log.log(level, "%s", line, exc_info=debugging())
    return status


def debugging() -> bool:
    """Did the running command ask for --debug (tracebacks in the log)?"""
    return bool(_current and _current.debug)
