"""Bounce classifier: `classify(raw: bytes) -> Classification` (`classify_headers` for a message
of which only some headers are known). Pure: no I/O, clock or environment.

`classify` and `classify_headers` are imported on first use (PEP 562): the classifier compiles
some thousands of regular expressions (about 1.5 s of a process's start), and the commands that
only read the store, the CRM or the config (`status`, `explain`, `undo`, `check`, `--help`) need
the records alone."""

from classifier.records import Classification, Delivery, Original, Reason, Scope

__all__ = ["classify", "classify_headers", "Classification", "Delivery", "Original", "Reason", "Scope"]


def __getattr__(name: str):
    if name in ("classify", "classify_headers"):
        from classifier import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'classifier' has no attribute {name!r}")
