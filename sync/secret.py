"""A secret value that cannot leak by accident: str(), repr() and f-strings show only where
it came from. Code that must send it (an Authorization header) calls `reveal()`."""

from __future__ import annotations


class Secret:
    """A secret from the config (`env:` or `file:`): the value only through `reveal()`, where it
    is sent; anything that prints it shows where it came from instead."""

    __slots__ = ("_value", "source")

    def __init__(self, value: str, source: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError(f"empty secret from {source}")
        self._value = value
        self.source = source  # e.g. "env:HUBSPOT_TOKEN", never the value

    def reveal(self) -> str:
        """The value, for the one place that sends it (an Authorization header, a login form)."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({self.source})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self):  # no pickling into logs or caches
        raise TypeError("secrets are not picklable")
