"""The connector side of `sync.ports`: connector modules import the Protocols and
`CheckItem` from here, as they always have.

They live in `sync/ports.py` so that `sync/` never imports `connectors/` (connectors import
the core, not the other way round); see that module for the contract and the optional
abilities a connector declares (`ReadsSince`, `CountsSent`, `LooksUpSent`, `Batched`,
`EnrollsAtStep`).
"""

from __future__ import annotations

from sync.ports import (
    Batched,
    CheckItem,
    CountsSent,
    CrmConnector,
    EnrollsAtStep,
    LooksUpSent,
    MailSource,
    ReadsSince,
)

__all__ = ["Batched", "CheckItem", "CountsSent", "CrmConnector", "EnrollsAtStep", "LooksUpSent",
           "MailSource", "ReadsSince"]
