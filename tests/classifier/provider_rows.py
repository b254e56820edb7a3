"""The check the provider tables share (test_provider_asia_ru.py, test_provider_hosts.py): each row
is (name, source, (raw notice, failed address), scope, reason or reasons, hard), read through the
whole `classify` path; a row named in `known` is a strict xfail (it must still fail), and one in
`known_scope` is checked strictly on all but its scope (which must still differ)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from classifier import classify


def outcome(raw: bytes):
    """(address, scope, reason, hard) of the notice's first delivery; None if it is no bounce."""
    result = classify(raw)
    if not result.is_bounce or not result.deliveries:
        return None
    d = result.deliveries[0]
    return d.address, d.scope, d.reason, d.hard_bounce


def misreadings(rows: Iterable[tuple], known: Mapping[str, str], known_scope: Mapping[str, str] = {}) -> list[str]:
    """Every row read otherwise than it says, and every known miss that no longer is one."""
    wrong, fixed = [], []
    for name, source, (raw, address), scope, reason, hard in rows:
        got = outcome(raw)
        reasons = reason if isinstance(reason, tuple) else (reason,)
        ok = got is not None and got[0] == address and got[1:] in [(scope, r, hard) for r in reasons]
        if name in known_scope and got is not None:
            rest_ok = got[0] == address and (got[2], got[3]) in [(r, hard) for r in reasons]
            if rest_ok and got[1] is scope:
                fixed.append(f"{name}: its scope is as the row says now; drop it from KNOWN_SCOPE")
            elif rest_ok:
                continue
        if name in known:
            if ok:
                fixed.append(f"{name}: passes now; drop it from KNOWN ({known[name]})")
        elif not ok:
            shown = "not a bounce" if got is None else f"{got[0]} {got[1].value}/{got[2].value}/hard={got[3]}"
            want = "|".join(r.value for r in reasons)
            wrong.append(f"{name} ({source}): want {address} {scope.value}/{want}/hard={hard}, got {shown}")
    return wrong + fixed
