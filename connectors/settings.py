"""Shared settings check for connectors: a key the connector does not know is an error.

A connector that ignored unknown keys would run with its default for a misspelled one
(`quota_fractoin = 0.5` quietly pacing at 0.95, `unenrol = "none"` quietly unenrolling), so
every connector calls `reject_unknown` first, with the keys its module docstring documents.
The error names the key and, when one of the known keys is close, suggests it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from sync.errors import ConfigError

__all__ = ["reject_unknown", "suggestion"]


def suggestion(key: str, known: Iterable[str]) -> str | None:
    """The known key closest to `key` (case and `-`/`_` ignored), or None if none is close."""
    folded = {k.lower().replace("-", "_"): k for k in known}
    close = difflib.get_close_matches(key.lower().replace("-", "_"), list(folded), n=1, cutoff=0.6)
    return folded[close[0]] if close else None


def reject_unknown(settings: Mapping[str, Any], known: Iterable[str], *, prefix: str = "") -> None:
    """Raise `ConfigError(prefix + key, "unknown key", fix)` for the first key of `settings`
    not in `known`. The fix is "did you mean X?" for a near miss, else the list of keys."""
    known = frozenset(known)
    for key in settings:
        if key in known:
            continue
        near = suggestion(str(key), known)
        fix = (f"did you mean {near}?" if near
               else f"remove it; the keys are: {', '.join(sorted(known))}")
        raise ConfigError(f"{prefix}{key}", "unknown key", fix)
