"""Whose fault each refusal in the sixth and seventh rounds of real notices is (taxonomy §7: the
sender's host, envelope sender, authentication, relaying or sending rate, or the recipient's side),
one test over every row of real_cases_receivers.RECEIVERS_SCOPE and real_cases_policy.POLICY_SCOPE;
the reasons are in test_real_servers."""

from __future__ import annotations

from pathlib import Path

from classifier import classify
from tests.classifier.real_cases_policy import POLICY, POLICY_SCOPE
from tests.classifier.real_cases_receivers import RECEIVERS, RECEIVERS_SCOPE

REAL = Path(__file__).parent / "fixtures" / "real"
ROWS = {**RECEIVERS, **POLICY}
SCOPE = {**RECEIVERS_SCOPE, **POLICY_SCOPE}


def test_every_scope_row_is_a_real_case():
    assert set(SCOPE) <= set(ROWS)
    assert all(set(SCOPE[n]) == set(ROWS[n][1]) for n in SCOPE)


def test_scope_of_each_real_refusal():
    wrong = []
    for name, want in sorted(SCOPE.items()):
        got = {d.address: d.scope.value for d in classify((REAL / name).read_bytes()).deliveries}
        if got != want:
            wrong.append(f"{name}: got {got}, want {want}")
    assert not wrong, "scope differs from the server's words:\n" + "\n".join(wrong)
