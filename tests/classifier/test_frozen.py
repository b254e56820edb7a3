"""classifier.frozen.quick_init: the same objects and errors as dataclasses' own __init__."""

from __future__ import annotations

import dataclasses
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from classifier.formats import Fact
from classifier.frozen import quick_init
from classifier.origin import AuthResult, Hop, Origin
from classifier.records import Classification, Delivery, Original, Reason


def _both(kw_only: bool = True) -> tuple[type, type]:
    """One record shape twice: with dataclasses' __init__ and with quick_init's."""
    made = []
    for quick in (False, True):
        @dataclass(frozen=True, slots=True, kw_only=kw_only)
        class Record:
            name: str
            count: int = 3
            items: list = field(default_factory=list)  # a fresh list per record
            tags: tuple = ()

            def __post_init__(self) -> None:
                type(self).calls.append(1)  # type: ignore[attr-defined]
                if self.count < 0:
                    raise ValueError("negative")

        Record.calls = []  # type: ignore[attr-defined]  # one list per class: __post_init__'s calls
        made.append(quick_init(Record) if quick else Record)
    return made[0], made[1]


@pytest.mark.parametrize("kw_only", [True, False])
def test_same_fields_defaults_factories_and_post_init(kw_only: bool) -> None:
    plain, quick = _both(kw_only)
    for kwargs in ({"name": "a"}, {"name": "b", "count": 5, "items": [1], "tags": ("x",)}):
        a, b = plain(**kwargs), quick(**kwargs)
        assert dataclasses.astuple(a) == dataclasses.astuple(b)
        assert repr(a).split("(", 1)[1] == repr(b).split("(", 1)[1]
    assert plain.calls == quick.calls == [1, 1]
    assert quick(name="a").items is not quick(name="a").items
    with pytest.raises(ValueError):
        quick(name="a", count=-1)


@pytest.mark.parametrize("kw_only", [True, False])
def test_same_argument_errors(kw_only: bool) -> None:
    plain, quick = _both(kw_only)
    for args, kwargs in (((), {}), (("a",), {}), ((), {"name": "a", "other": 1}), (("a", 1, [], (), 9), {})):
        outcomes = []
        for cls in (plain, quick):
            try:
                cls(*args, **kwargs)
                outcomes.append(None)
            except TypeError:
                outcomes.append(TypeError)
        assert outcomes[0] == outcomes[1], (args, kwargs)


def test_records_stay_frozen_equal_and_hashable() -> None:
    hop = Hop(helo="a", rdns="b", ip="192.0.2.1", by="mx")
    with pytest.raises(FrozenInstanceError):
        hop.helo = "x"  # type: ignore[misc]
    assert hop == Hop(helo="a", rdns="b", ip="192.0.2.1", by="mx") and hash(hop) == hash(Hop(helo="a", rdns="b",
                                                                                              ip="192.0.2.1", by="mx"))
    assert Origin().hops == () and Classification(is_bounce=False).original == Original()
    assert Classification(is_bounce=False).origin is not Classification(is_bounce=False).origin  # a factory
    assert AuthResult(method="spf", result="pass").header == 0
    assert Fact(address="a@b").diagnostic == ""
    delivery = Delivery(address=" <A@B> ", reason=Reason.USERUNKNOWN, hard_bounce=True, permanent=True)
    assert delivery.address == "a@b"  # __post_init__ ran
    with pytest.raises(ValueError):
        Delivery(address="a@b", reason=Reason.USERUNKNOWN, hard_bounce=True, permanent=True, status="x")
    with pytest.raises(ValueError):
        Classification(is_bounce=True)
    with pytest.raises(TypeError):
        Hop("a")  # type: ignore[misc]  # keyword-only, as the dataclass declares


def test_refuses_what_it_does_not_mirror() -> None:
    @dataclass(slots=True)
    class Thawed:
        a: int

    with pytest.raises(TypeError):
        quick_init(Thawed)

    @dataclass(frozen=True, slots=True)
    class Hidden:
        a: int
        b: int = field(default=0, init=False)

    with pytest.raises(TypeError):
        quick_init(Hidden)
