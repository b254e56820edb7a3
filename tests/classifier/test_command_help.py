"""`bounce-sync classify` and `evaluate` explain themselves like the other commands: a
description that fits the command list, help on every option, and what the exit status says."""

from __future__ import annotations

import os
import re
import subprocess

import click
import pytest

from sync.classify_cmd import classify, evaluate
from tests.cli import BIN

COMMANDS = {"classify": classify, "evaluate": evaluate}


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_has_help_and_the_description_says_what_and_the_exit_status(name):
    command = COMMANDS[name]
    assert command.help and re.search(r"exit status", command.help, re.I), name
    assert len(command.help.split()) >= 20, name
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help and len(param.help.split()) >= 5, f"{name} {param.opts[0]}"


def test_the_options_say_what_they_choose_between():
    [fmt] = [p for p in classify.params if p.name == "fmt"]
    assert "jsonl:" in fmt.help and "table:" in fmt.help
    [misses] = [p for p in evaluate.params if p.name == "max_misses"]
    assert "0 lists none" in misses.help


@pytest.mark.parametrize("columns", ["80", "100"])
def test_the_command_list_does_not_cut_their_descriptions(columns):
    env = {**os.environ, "COLUMNS": columns}
    out = subprocess.run([str(BIN), "--help"], capture_output=True, text=True, timeout=60, env=env).stdout
    for name, command in COMMANDS.items():
        [line] = [m.group(1) for m in re.finditer(rf"^  {name}\s+(.*)$", out, re.M)]
        assert line == command.short_help and not line.endswith("..."), line


def test_each_command_help_shows_the_option_help_from_the_real_executable():
    out = subprocess.run([str(BIN), "classify", "--help"], capture_output=True, text=True, timeout=60).stdout
    assert "jsonl: one JSON object per message" in out and "Exit status: 0" in out
    out = subprocess.run([str(BIN), "evaluate", "--help"], capture_output=True, text=True, timeout=60).stdout
    assert "How many misses to list" in out and "labels.jsonl" in out


def test_a_negative_misses_count_is_refused(tmp_path):
    (tmp_path / "labels.jsonl").write_text("")
    result = subprocess.run([str(BIN), "evaluate", "--misses", "-1", str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "--misses" in result.stderr
