"""Where a running `bounce-sync` command is, for the kill-anywhere harness: the stages a kill
aims at (`STAGES`), a sitecustomize hook that makes the command's interpreter dump its
stacks on SIGUSR2 (faulthandler; the product is not modified), and the reading of those
dumps into a stage (`stage_of`, `Sampler`)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

STAGES = ("fetch", "classify", "checkpoint", "apply", "watch")


# --------------------------------------------------------------------------- stage sampling

# Loaded by the command's interpreter (PYTHONPATH) so the harness can ask, at any moment,
# where the worker is: SIGUSR2 dumps every thread's stack into a file (faulthandler, from C,
# without running Python code in the worker). The product is not modified.
_SITECUSTOMIZE = """\
import faulthandler, os, signal
_path = os.environ.get("STRESS_STACK_FILE")
if _path:
    # Restored when faulthandler unloads at exit: a late sample must not end the process.
    signal.signal(signal.SIGUSR2, signal.SIG_IGN)
    _stack_file = open(_path, "a", buffering=1)
    faulthandler.register(signal.SIGUSR2, file=_stack_file, all_threads=True, chain=False)
    # SA_RESTART: a sample must not make a system call in the worker fail with EINTR.
    signal.siginterrupt(signal.SIGUSR2, False)
"""

_FRAME = re.compile(r'File "([^"]+)", line \d+ in (\S+)')


def install_sampler(folder: Path) -> Path:
    """Write the sitecustomize hook into `folder`; returns the folder to put on PYTHONPATH."""
    hook = Path(folder) / "stress_hook"
    hook.mkdir(parents=True, exist_ok=True)
    (hook / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    return hook


def stage_of(frames: list[tuple[str, str]]) -> str:
    """The pipeline stage a stack is in (frames most recent first, as faulthandler writes)."""
    funcs = [fn for _, fn in frames]
    files = [f.replace(os.sep, "/") for f, _ in frames]
    if "watch_changes" in funcs:
        return "watch"
    if "drain" in funcs:
        if any(fn in ("complete_actions", "lease_actions", "release_actions") for fn in funcs):
            return "checkpoint"
        return "apply"
    # The worker classifies a page as it reads it (_prepare_page), looks the pooled pages'
    # contacts up together (_look_up), then plans and records each page (_process_page).
    if any(fn in ("_process_page", "_prepare_page", "_look_up") for fn in funcs):
        if "record_page" in funcs:
            return "checkpoint"
        if "_classify" in funcs or any("/classifier/" in f for f in files):
            return "classify"
        if "find_contacts" in funcs:
            return "match"
        return "plan"
    if "_read_mailbox" in funcs or "_read_mailboxes" in funcs:
        if "mark_mailbox_run" in funcs or "claim" in funcs or "release" in funcs:
            return "checkpoint"
        return "fetch"
    if "_finish" in funcs:
        return "finish"
    if "run_once" in funcs:
        return "run"
    return "startup"


class Sampler:
    """Where a running command is, read from its faulthandler dumps."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.path.write_text("")
        self.offset = 0

    def sample(self, proc: subprocess.Popen, wait: float = 0.05) -> str | None:
        """Signal `proc`, read the dump; None if the process is gone or did not answer."""
        if proc.poll() is not None:
            return None
        try:
            os.kill(proc.pid, signal.SIGUSR2)
        except ProcessLookupError:
            return None
        deadline = time.monotonic() + wait
        text = ""
        while time.monotonic() < deadline:
            time.sleep(0.001)
            with open(self.path, encoding="utf-8", errors="replace") as f:
                f.seek(self.offset)
                text = f.read()
            # A complete dump ends with the main thread's outermost frame: the CLI's main.
            if text and re.search(r'in (main|<module>)\s*$', text.rstrip() + "\n", re.M):
                break
        self.offset += len(text.encode("utf-8", "replace"))
        if not text:
            return None
        threads = re.split(r"\n(?=(?:Current thread|Thread) 0x)", text)
        best = "startup"
        for block in threads:
            stage = stage_of(_FRAME.findall(block))
            if stage != "startup":
                best = stage
        return best
