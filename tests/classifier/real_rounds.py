"""The later rounds of real notices (real_cases_round9 onwards), gathered in one place so that
test_real_servers.py and test_real_servers_scope.py take a new round by one line here, not by
growing themselves. Each round module holds ROUNDn (file: (is_bounce, {recipient: (reason, hard,
permanent)})), ROUNDn_DISAGREES, ROUNDn_SCOPE and, where it has judgement calls, ROUNDn_SCOPE_DISAGREES."""

from __future__ import annotations

from tests.classifier import real_cases_round9 as _r9, real_cases_round10 as _r10, real_cases_round11 as _r11
from tests.classifier import real_cases_round12 as _r12, real_cases_round13 as _r13, real_cases_round14 as _r14
from tests.classifier import real_cases_round15 as _r15, real_cases_round16 as _r16, real_cases_round17 as _r17
from tests.classifier import real_cases_round18 as _r18, real_cases_round19 as _r19, real_cases_round20 as _r20
from tests.classifier import real_cases_round21 as _r21

_ROUNDS = ((_r9, "ROUND9"), (_r10, "ROUND10"), (_r11, "ROUND11"), (_r12, "ROUND12"), (_r13, "ROUND13"), (_r14, "ROUND14"),
           (_r15, "ROUND15"), (_r16, "ROUND16"), (_r17, "ROUND17"),
           (_r18, "ROUND18"), (_r19, "ROUND19"), (_r20, "ROUND20"), (_r21, "ROUND21"))


def _merged(suffix: str) -> dict:
    out: dict = {}
    for module, name in _ROUNDS:
        out.update(getattr(module, name + suffix, {}))
    return out


CASES = _merged("")
DISAGREES = _merged("_DISAGREES")
SCOPE = _merged("_SCOPE")
SCOPE_DISAGREES = _merged("_SCOPE_DISAGREES")
# Bounces the classifier reads as no bounce at all (their original Message-ID test is an xfail too).
READ_AS_NO_BOUNCE = frozenset().union(*(getattr(m, n + "_READ_AS_NO_BOUNCE", ()) for m, n in _ROUNDS))
# Notices of test messages sent with an empty Message-ID field (the returned message has no Message-ID to read).
SENT_WITHOUT_ID = frozenset().union(*(getattr(m, n + "_SENT_WITHOUT_ID", ()) for m, n in _ROUNDS))
# Each round's scope judgement calls must be rows of its own scope table.
SCOPE_DISAGREES_ARE_ROWS = all(set(getattr(m, n + "_SCOPE_DISAGREES", {})) <= set(getattr(m, n + "_SCOPE"))
                               for m, n in _ROUNDS)
