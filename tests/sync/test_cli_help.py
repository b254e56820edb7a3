"""Every command's --help is something an admin can act on: a description, help on every
option, a list line that is not cut off, and the exit statuses under the commands cron runs."""

from __future__ import annotations

import re
import subprocess

import click
import pytest

from sync import cli as cli_mod
from tests.cli import BIN

# The classifier's own commands live in sync/classify_cmd.py (the classifier engineer's).
_NOT_OURS = {"classify", "evaluate"}


def _commands(group: click.Group, prefix: str = ""):
    for name, command in sorted(group.commands.items()):
        if name in _NOT_OURS:
            continue
        path = f"{prefix}{name}"
        yield path, command
        if isinstance(command, click.Group):
            yield from _commands(command, path + " ")


COMMANDS = list(_commands(cli_mod.cli))


def test_the_commands_are_all_found():
    names = {path for path, _ in COMMANDS}
    assert {"run", "watch", "setup", "check", "status", "backfill", "retry", "reclassify",
            "connectors", "alerts list", "alerts ack", "mailbox resume", "gmail-auth",
            "contacts list", "contacts edit", "contacts resend", "explain", "undo",
            "report"} <= names


@pytest.mark.parametrize("path, command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_and_option_has_help(path, command):
    assert command.help and len(command.help.split()) >= 5, path
    short = command.get_short_help_str(limit=60)
    assert not short.endswith("..."), f"{path}: list line cut off: {short!r}"
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help and param.help.strip(), f"{path} {param.opts[0]} has no help"


def _exit_lines(text: str) -> dict[int, str]:
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^\s+(\d)\s{2}(\S.*)$", text, re.M)}


def test_run_help_lists_every_exit_status_from_the_real_executable():
    result = subprocess.run([str(BIN), "run", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "Exit statuses:" in result.stdout
    lines = _exit_lines(result.stdout)
    assert set(lines) == {cli_mod.EXIT_OK, cli_mod.EXIT_WORK_LEFT, cli_mod.EXIT_CONFIG,
                          cli_mod.EXIT_SENDER_ALERT, cli_mod.EXIT_INTERNAL}
    assert "done" in lines[0] and "next run" in lines[1] and "setting" in lines[2] and "sender" in lines[3]
    assert "internal error" in lines[4] and "internal error" not in lines[1]


@pytest.mark.parametrize("name", ["watch", "backfill", "retry", "reclassify", "undo"])
def test_the_other_commands_that_apply_actions_list_the_same_exit_statuses(name):
    command = cli_mod.cli.commands[name]
    assert command.epilog == cli_mod.cli.commands["run"].epilog


def test_top_level_help_says_where_to_start():
    result = subprocess.run([str(BIN), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    order = [result.stdout.index(f"bounce-sync {step} -c FILE") for step in ("setup", "check", "run")]
    assert order == sorted(order)
    assert "run --help" in result.stdout


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_flags(flag):
    result = subprocess.run([str(BIN), flag], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and re.match(r"bounce-sync, version \d", result.stdout), result


def test_shell_completion_script_as_the_readme_says():
    import os

    env = {**os.environ, "_BOUNCE_SYNC_COMPLETE": "bash_source"}
    result = subprocess.run([str(BIN)], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0 and "complete " in result.stdout and "bounce-sync" in result.stdout
