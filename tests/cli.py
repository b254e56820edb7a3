"""The installed `bounce-sync` as the command-line tests run it (tests/sync/, tests/deploy/,
tests/e2e/, the connectors' exit-status tests): the executable in a clean environment, the
config of a local setup (a Maildir mailbox and the local CRM) built from named tables, the
example folder a quick start copies, and a strict reader of the metrics file."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).with_name("bounce-sync")
TOKEN = "pat-na1-11112222-3333-4444-5555-666677778888"

# The tables of a local setup's config, to build a test's config from (the text as a
# person would write it; some tests edit LOCAL by replacing a line).
STATE_TOML = """
[state]
url = "sqlite:///state.sqlite3"
"""
MAILDIR_MAILBOX_TOML = """
[[mailboxes]]
name = "sales"
source = "maildir"
address = "rep@acme.example"
path = "mail"
"""
LOCAL_CRM_TOML = """
[crm]
connector = "local"
path = "crm.sqlite3"
import_csv = "contacts.csv"
"""
LOCAL = STATE_TOML + MAILDIR_MAILBOX_TOML + LOCAL_CRM_TOML + """
[policy]
# This Maildir has no sent folder; these tests are about the commands, not trust
# (tests/sync/test_trust.py and tests/e2e/test_forged.py are), so they act on what
# cannot be verified, as the policy allows.
unknown_origin = "apply"
"""


def bounce_sync(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed executable run in `cwd`, without the caller's BOUNCE_SYNC_* variables."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCE_SYNC")}
    full_env.update(env or {})
    return subprocess.run([str(BIN), *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=120)


def local_demo(folder: Path, config: str = LOCAL) -> Path:
    """`folder` as a quick start leaves it: the example contacts and mail beside `config`
    (bounce-sync.toml); returns the config's path."""
    shutil.copy(ROOT / "examples" / "contacts.csv", folder / "contacts.csv")
    shutil.copytree(ROOT / "examples" / "mail", folder / "mail")
    path = folder / "bounce-sync.toml"
    path.write_text(config)
    return path


# --------------------------------------------------------------------------- metrics

_SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? '
                     r'(-?[0-9.e+-]+|NaN|\+Inf|-Inf)$')


def parse_prometheus(text: str) -> dict[str, dict[str, float]]:
    """A strict reader of the text exposition format: every line is HELP, TYPE or a sample of
    a declared metric."""
    assert text.endswith("\n")
    types: dict[str, str] = {}
    samples: dict[str, dict[str, float]] = {}
    for line in text.splitlines():
        if line.startswith("# HELP "):
            continue
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ")
            assert kind in {"gauge", "counter"}
            types[name] = kind
            continue
        match = _SAMPLE.match(line)
        assert match, f"not a sample line: {line!r}"
        name, labels, value = match.group(1), match.group(2) or "", match.group(3)
        assert name in types, f"{name} has no TYPE"
        samples.setdefault(name, {})[labels] = float(value)
    return samples
