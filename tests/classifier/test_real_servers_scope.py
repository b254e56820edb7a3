"""Whose fault each refusal in the later rounds of real notices is (taxonomy §7: the sender's
host, envelope sender, authentication, relaying or sending rate, or the recipient's side), one
test over every row of real_cases_receivers.RECEIVERS_SCOPE, real_cases_milters.MILTERS_SCOPE,
real_cases_policy.POLICY_SCOPE, real_cases_sendmail.SENDMAIL_SCOPE and the later rounds' *_SCOPE
tables (real_rounds.py gathers them); the reasons are in
test_real_servers. A row in a *_SCOPE_DISAGREES is a judgement call the classifier reads the other
way: it must still differ (strict, as an xfail)."""

from __future__ import annotations

from pathlib import Path

from classifier import classify
from tests.classifier.real_cases_milters import MILTERS, MILTERS_SCOPE, MILTERS_SCOPE_DISAGREES
from tests.classifier.real_cases_policy import POLICY, POLICY_SCOPE
from tests.classifier.real_cases_receivers import RECEIVERS, RECEIVERS_SCOPE
from tests.classifier import real_rounds
from tests.classifier.real_cases_sendmail import SENDMAIL, SENDMAIL_SCOPE

REAL = Path(__file__).parent / "fixtures" / "real"
SCOPE = {**RECEIVERS_SCOPE, **MILTERS_SCOPE, **POLICY_SCOPE, **SENDMAIL_SCOPE, **real_rounds.SCOPE}
# file: why the classifier's scope differs (judgement calls; each must still differ, strict).
SCOPE_DISAGREES = {**MILTERS_SCOPE_DISAGREES, **real_rounds.SCOPE_DISAGREES}


def test_every_scope_row_is_a_real_case():
    cases = {**RECEIVERS, **MILTERS, **POLICY, **SENDMAIL, **real_rounds.CASES}
    assert set(SCOPE) <= set(cases)
    assert all(set(SCOPE[n]) == set(cases[n][1]) for n in SCOPE)
    assert set(MILTERS_SCOPE_DISAGREES) <= set(MILTERS_SCOPE)
    assert real_rounds.SCOPE_DISAGREES_ARE_ROWS


def test_scope_of_each_real_refusal():
    wrong = []
    for name, want in sorted(SCOPE.items()):
        got = {d.address: d.scope.value for d in classify((REAL / name).read_bytes()).deliveries}
        if name in SCOPE_DISAGREES:
            if got == want:
                wrong.append(f"{name}: now agrees ({got}); drop it from its *_SCOPE_DISAGREES")
        elif got != want:
            wrong.append(f"{name}: got {got}, want {want}")
    assert not wrong, "scope differs from the server's words:\n" + "\n".join(wrong)
