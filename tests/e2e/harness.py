"""End-to-end harness: the real `bounce-sync` command, in a subprocess, against the fake
Gmail API and one CRM (the fake HubSpot, the fake Salesforce, or the local SQLite CRM).

The fakes run in the test process on 127.0.0.1; the config the command reads points the
gmail mailbox(es) and the CRM at them, with every secret passed through `env:` references.
The harness seeds and inspects the fakes' state directly (as a CRM user or the mail
provider would), never through our connectors, so assertions see what a person would see.

    with E2E(tmp_path, "hubspot") as e2e:
        ana = e2e.add_contact("ana@example.com", sequences={"Q4 Outbound": 2})
        e2e.mail.bounce("ana@example.com", "hard")          # sent mail + Gmail DSN
        result = e2e.run()                                    # RunResult(status, summary, ...)
        e2e.assert_contact(ana, status="bounced", reason="userunknown", sequences={})
        before = e2e.writes(); e2e.run(); assert e2e.writes() == before

Reusable pieces for other harnesses (kill-anywhere, fault injection):
  * tests/e2e/mailer.py: `BOUNCES` (the bounce kinds and what each must do to a contact),
    `Mailer` (builds RFC 3464 DSNs from mailer-daemon@googlemail.com that quote a SENT
    message in the same Gmail thread, auto-replies, and sender-side limit notices);
  * tests/e2e/crm_backends.py: `CrmBackend` with `HubSpotBackend`, `SalesforceBackend`,
    `LocalBackend`: start, config table, env, seeding, reading back (`state(ref) ->
    ContactState`), write/call counters; `backend(name)`;
  * `E2E.command(...)` builds the argv/env so a caller can run the CLI with its own
    `subprocess.Popen` (and kill it wherever it likes); `E2E.run` runs it to the end.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.cli import BIN
from tests.e2e.crm_backends import ContactState, CrmBackend, Ref, backend
from tests.e2e.mailer import BOUNCES, MAILBOX, Mailer
from tests.fakes.gmail import FakeGmail

CRMS = ("hubspot", "salesforce", "local")

# Secrets reach the command only through the environment (`env:` references in the config).
ENV_GMAIL = "E2E_GMAIL_CREDENTIALS_{n}"


# --------------------------------------------------------------------------- the harness


@dataclass
class RunResult:
    status: int
    summary: dict[str, Any]
    stdout: str
    stderr: str
    seconds: float
    logs: list[dict[str, Any]] = field(default_factory=list)

    def __getitem__(self, key: str) -> Any:
        return self.summary[key]


@dataclass(frozen=True)
class Counts:
    """Requests seen by the fakes at one moment."""

    gmail: int
    gmail_history: int
    gmail_gets: int  # batches of messages.get
    crm_calls: int
    crm_writes: int
    crm_snapshot: Any = None

    def __sub__(self, other: Counts) -> Counts:
        return Counts(self.gmail - other.gmail, self.gmail_history - other.gmail_history,
                      self.gmail_gets - other.gmail_gets, self.crm_calls - other.crm_calls,
                      self.crm_writes - other.crm_writes)


class E2E:
    """Fakes + config + the command. Use as a context manager (fakes stop on exit)."""

    def __init__(self, folder: Path, crm: str | CrmBackend, *,
                 mailboxes: Sequence[str] = (MAILBOX,), policy: Mapping[str, Any] | None = None,
                 mailbox_settings: Mapping[str, Any] | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.crm = backend(crm) if isinstance(crm, str) else crm
        self.gmail = FakeGmail()
        self.addresses = tuple(mailboxes)
        self.policy = dict(policy or {})
        self.mailbox_settings = dict(mailbox_settings or {})
        self.mailers: dict[str, Mailer] = {}
        self.config = self.folder / "bounce-sync.toml"
        self._env: dict[str, str] = {}
        self._started = False

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> E2E:
        self.gmail.start()
        self.crm.start(self.folder)
        self._started = True
        for n, address in enumerate(self.addresses):
            creds = self.gmail.authorized_user(address)
            self._env[ENV_GMAIL.format(n=n)] = json.dumps(creds)
            self.mailers[address] = Mailer(self.gmail, address)
        self._env.update(self.crm.env())
        self.crm.setup()
        self.write_config()
        return self

    def stop(self) -> None:
        if self._started:
            self.gmail.stop()
            self.crm.stop()
            self._started = False

    def __enter__(self) -> E2E:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def mail(self) -> Mailer:
        """The first mailbox's mailer."""
        return self.mailers[self.addresses[0]]

    def secrets(self) -> list[str]:
        """Every secret value the command was given (none may appear in its output)."""
        found = list(self.crm.secrets())
        for value in self._env.values():
            if value.startswith("{"):
                info = json.loads(value)
                found += [info["client_secret"], info["refresh_token"]]
        found += [t for t in self.gmail.issued_tokens() if t.startswith("ya29.")]
        return found

    # -- config ----------------------------------------------------------------------------

    def write_config(self) -> Path:
        lines = ['[state]', 'url = "sqlite:///bounce-sync.sqlite3"', '']
        for n, address in enumerate(self.addresses):
            table = {"name": f"mbox{n}", "source": "gmail", "address": address,
                     "credentials": f"env:{ENV_GMAIL.format(n=n)}", "api_endpoint": self.gmail.url,
                     "timeout": 5, "max_attempts": 3, "backoff_seconds": 0.05,
                     **self.mailbox_settings}
            lines += ["[[mailboxes]]", *_toml_pairs(table), ""]
        lines += ["[crm]", *_toml_pairs(self.crm.table()), ""]
        if self.policy:
            lines += ["[policy]", *_toml_pairs(self.policy), ""]
        self.config.write_text("\n".join(lines), encoding="utf-8")
        return self.config

    # -- seeding ---------------------------------------------------------------------------

    def add_contact(self, email: str, sequences: Mapping[str, int] | None = None, *,
                    secondary: Sequence[str] = ()) -> Ref:
        seqs = dict({"Q4 Outbound": 2} if sequences is None else sequences)
        return Ref(id=self.crm.add_contact(email, seqs, secondary), email=email, sequences=seqs)

    def add_contacts(self, n: int, *, domain: str = "prospects.example",
                     sequences: Mapping[str, int] | None = None) -> list[Ref]:
        return [self.add_contact(f"prospect{i:04d}@{domain}", sequences) for i in range(n)]

    def deliver(self, plan: Iterable[tuple[Ref | str, str]], *, mailbox: str | None = None) -> None:
        """Mail for many recipients at once: (contact or address, kind) pairs where kind is a
        key of BOUNCES or "auto_reply"."""
        mailer = self.mailers[mailbox or self.addresses[0]]
        for who, kind in plan:
            to = who.email if isinstance(who, Ref) else who
            if kind == "auto_reply":
                mailer.auto_reply(to)
            else:
                mailer.bounce(to, kind)

    # -- the command -----------------------------------------------------------------------

    def command(self, *args: str, log_format: str = "json") -> tuple[list[str], dict[str, str]]:
        """argv and environment for one invocation of the real command."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCE_SYNC")}
        env.update(self._env)
        return [str(BIN), *args, "--config", str(self.config), "--log-format", log_format], env

    def invoke(self, *args: str, log_format: str = "json", timeout: float = 300) -> subprocess.CompletedProcess[str]:
        # 300 s, not 60: a run takes seconds, but a clean-clone CI on a machine shared with five other jobs saw three
        # runs pass 60 s (session 45); a hang still fails, and each test's own pytest timeout still bounds it.
        argv, env = self.command(*args, log_format=log_format)
        return subprocess.run(argv, cwd=self.folder, env=env, capture_output=True, text=True,
                              timeout=timeout)

    def run(self, *args: str, settle: bool = True) -> RunResult:
        """`bounce-sync run ARGS` to its end; the summary parsed and checked for shape."""
        if settle:
            self.crm.settle()
        started = time.monotonic()
        done = self.invoke("run", *args)
        seconds = time.monotonic() - started
        assert done.returncode in (0, 1, 3), f"exit {done.returncode}\n{done.stderr}"
        logs = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]
        lines = done.stdout.splitlines()
        assert len(lines) == 1, done.stdout + done.stderr
        summary = json.loads(lines[0])
        assert summary["event"] == "summary", summary
        assert summary["exit_status"] == done.returncode, (summary, done.stderr)
        for secret in self.secrets():
            assert secret not in done.stdout and secret not in done.stderr, "a secret was printed"
        return RunResult(done.returncode, summary, done.stdout, done.stderr, seconds, logs)

    # -- reading back ----------------------------------------------------------------------

    def state(self, ref: Ref) -> ContactState:
        return self.crm.state(ref.id)

    def edit_email(self, ref: Ref, new: str) -> Ref:
        self.crm.edit_email(ref.id, new)
        return Ref(id=ref.id, email=new, sequences=ref.sequences)

    def counts(self) -> Counts:
        return Counts(gmail=self.gmail.count(),
                      gmail_history=self.gmail.count("GET", r"/history$"),
                      gmail_gets=self.gmail.count("POST", r"^/batch"),
                      crm_calls=self.crm.calls(), crm_writes=self.crm.writes(),
                      crm_snapshot=self.crm.snapshot())

    def assert_contact(self, ref: Ref, *, status: str | None = None, reason: str | None = None,
                       hard: bool | None = None, sequences: Mapping[str, int] | None = None,
                       address: str | None = None, soft_count: int | None = None,
                       note_contains: str | None = None, untouched: bool = False) -> ContactState:
        """Check one contact; `untouched` means no bounce field set and its seeded sequences
        still active at their seeded steps."""
        s = self.state(ref)
        where = f"{self.crm.name} contact {ref.email}: {s}"
        if untouched:
            assert (s.status, s.reason, s.bounced_address, s.note) == (None, None, None, None), where
            assert s.sequences == ref.sequences, where
            return s
        assert s.status == status, where
        if reason is not None:
            assert s.reason == reason, where
        if hard is not None:
            assert s.hard is hard, where
        if sequences is not None:
            assert s.sequences == dict(sequences), where
        if address is not None:
            assert s.bounced_address == address, where
        if soft_count is not None:
            assert s.soft_count == soft_count, where
        if note_contains is not None:
            assert note_contains in (s.note or ""), where
        if status in ("bounced", "soft_bounced") and s.reason is not None:
            assert s.bounced_at, where
            assert s.diagnostic and s.diagnostic.strip(), where
        return s

    def assert_final_state(self, expected: Mapping[Ref, str]) -> None:
        """Many contacts at once, by the kind of mail each got (keys of BOUNCES,
        "auto_reply" or "none"): a hard/spam bounce leaves the contact bounced with that
        reason and out of every sequence; one soft bounce leaves it soft_bounced and
        enrolled; sender-side, auto-reply and none leave it untouched."""
        for ref, kind in expected.items():
            k = BOUNCES.get(kind)
            if k is None or k.reason is None:
                self.assert_contact(ref, untouched=True)
            elif k.hard:
                self.assert_contact(ref, status="bounced", reason=k.reason, hard=True,
                                    sequences={}, address=ref.email)
            else:
                self.assert_contact(ref, status="soft_bounced", reason=k.reason, hard=False,
                                    sequences=ref.sequences, address=ref.email, soft_count=1)


def assert_quiet(result: RunResult) -> None:
    """A run that changed nothing in the CRM and left nothing waiting."""
    for key in ("contacts_marked", "unenrolled", "reenrolled", "cleared", "flagged", "refused",
                "failed", "waiting"):
        assert result[key] == 0, (key, result.summary)


def _toml_pairs(table: Mapping[str, Any]) -> list[str]:
    return [f"{k} = {_toml_value(v)}" for k, v in table.items()]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {value!r}")
