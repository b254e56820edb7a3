"""Bounce classifier: `classify(raw: bytes) -> Classification`. Pure: no I/O, clock or environment."""

from classifier.engine import classify
from classifier.records import Classification, Delivery, Original, Reason, Scope

__all__ = ["classify", "Classification", "Delivery", "Original", "Reason", "Scope"]
