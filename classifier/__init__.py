"""Bounce classifier: `classify(raw: bytes) -> Classification` (`classify_headers` for a message
of which only some headers are known). Pure: no I/O, clock or environment."""

from classifier.engine import classify, classify_headers
from classifier.records import Classification, Delivery, Original, Reason, Scope

__all__ = ["classify", "classify_headers", "Classification", "Delivery", "Original", "Reason", "Scope"]
