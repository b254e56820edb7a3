"""What `plan` returns: the typed `Plan` the worker and the watcher carry out as written."""

from __future__ import annotations

from dataclasses import dataclass

from sync.planner.history import HistoryRecord
from sync.planner.state import PlannerState
from sync.planner.trust import TrustNote
from sync.records import Action, LedgerStatus
from sync.report import Alert


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanCounts:
    """How many of each kind of thing a plan saw, for the run report (RunReport.add).
    Named fields rather than a dict, so a counter no report line shows cannot slip in
    unnoticed, and a misspelt one fails at once."""

    unclassifiable: int = 0
    not_bounces: int = 0
    bounces_hard: int = 0  # recipient-side, per recipient
    bounces_soft: int = 0
    bounces_sender: int = 0
    unverified: int = 0  # bounces the policy does not act on
    unmatched: int = 0  # bounced addresses no CRM contact has
    refused: int = 0  # new contact addresses known to hard-bounce
    resend: int = 0  # resends a CRM user asked for (not a report line today)


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """Everything the planner decided for some observations; the caller records it in one
    transaction and decides nothing more.

    - actions: CRM writes for the outbox (idempotent keys);
    - history: records for the bounce history (what the store reads back as state);
    - ledger: one LedgerStatus per MessageSeen observation, in the order given;
    - alerts / pause: alerts to raise and mailboxes to pause;
    - next_state: the state after these observations (a dry run carries it to the next page);
    - trust: the trust verdict of each bounced address, for the ledger (`explain`).
    """

    actions: tuple[Action, ...] = ()
    history: tuple[HistoryRecord, ...] = ()
    alerts: tuple[Alert, ...] = ()
    pause: frozenset[str] = frozenset()  # mailboxes to pause
    counts: PlanCounts = PlanCounts()
    ledger: tuple[LedgerStatus, ...] = ()
    next_state: PlannerState | None = None
    trust: tuple[TrustNote, ...] = ()  # per message and bounced address: trusted or not, why
