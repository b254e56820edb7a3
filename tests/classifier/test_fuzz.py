"""Mutated corpus messages never make the classifier raise."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier import Classification, classify

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "emails"
FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted(CORPUS.glob("bsd__*.eml"))[::7] + sorted(FIXTURES.glob("*.eml"))


@pytest.mark.skipif(not SAMPLES, reason="no sample messages")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    index=st.integers(min_value=0, max_value=10_000),
    cut=st.floats(min_value=0.0, max_value=1.0),
    junk=st.binary(max_size=64),
    where=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)), max_size=8),
)
def test_mutations_never_raise(index, cut, junk, where, flips):
    raw = bytearray(SAMPLES[index % len(SAMPLES)].read_bytes())
    for pos, value in flips:
        if raw:
            raw[int(pos * (len(raw) - 1))] = value
    at = int(where * len(raw))
    raw[at:at] = junk
    raw = bytes(raw[: max(1, int(len(raw) * (0.3 + 0.7 * cut)))])
    result = classify(raw)
    assert isinstance(result, Classification)
