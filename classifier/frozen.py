"""A quicker `__init__` for the classifier's frozen, slotted dataclasses (records, facts, hops).

A frozen dataclass's generated `__init__` stores each field with
`object.__setattr__(self, "name", value)`: a global lookup, an attribute lookup and a call
that finds the slot by its name again, per field. A classification builds some ten records
per message (a Hop per Received header, a Fact per recipient, ...), so that was a few percent
of `classify`. `quick_init` writes the same `__init__` (same parameters, defaults, default
factories, `__post_init__` call) storing each field through its slot's own descriptor
(`Cls.name.__set__`), which is what `object.__setattr__` ends up calling. Only the plain
fields this package uses are supported; anything else raises at import.
tests/classifier/test_frozen.py checks it against dataclasses' own `__init__`.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")

_FACTORY = object()  # a parameter left out whose default comes from its factory


def quick_init(cls: type[T]) -> type[T]:
    """`cls` (a frozen dataclass with slots) with the quicker `__init__`; apply above `@dataclass`."""
    params = dataclasses.fields(cls)
    if not cls.__dataclass_params__.frozen or "__slots__" not in cls.__dict__:  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses with slots")
    names = {"_FACTORY": _FACTORY}
    signature: list[str] = []
    keyword_only: list[str] = []
    body: list[str] = []
    for f in params:
        if not f.init or f._field_type is not dataclasses._FIELD:  # type: ignore[attr-defined]
            raise TypeError(f"{cls.__name__}.{f.name}: quick_init supports plain init fields only")
        name = f.name
        names[f"_set_{name}"] = cls.__dict__[name].__set__
        if f.default is not dataclasses.MISSING:
            names[f"_default_{name}"] = f.default
            param = f"{name}=_default_{name}"
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{name}"] = f.default_factory
            param = f"{name}=_FACTORY"
            body.append(f" if {name} is _FACTORY: {name} = _factory_{name}()")
        else:
            param = name
        (keyword_only if f.kw_only else signature).append(param)
        body.append(f" _set_{name}(self, {name})")
    if keyword_only:
        signature += ["*", *keyword_only]
    if hasattr(cls, "__post_init__"):
        body.append(" self.__post_init__()")
    source = f"def __init__(self, {', '.join(signature)}):\n" + "\n".join(body or [" pass"]) + "\n"
    exec(source, names)  # noqa: S102 - the text is built above from field names only
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls
