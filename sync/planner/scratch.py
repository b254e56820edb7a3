"""The mutable scratch space of one `plan` call; it never escapes the call.

Later observations see the state earlier ones produced (two soft bounces on one page count
twice), so the message and watcher rules (messages.py, changes.py) update this as they go;
`result` freezes it into the returned `Plan`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime

from sync.planner.history import HistoryRecord, SignOfLife
from sync.planner.relay import Held
from sync.planner.result import Plan, PlanCounts
from sync.planner.soft import older_than_life
from sync.planner.state import PastBounce, PlannerState
from sync.planner.trust import TrustNote
from sync.policy import Policy
from sync.records import Action, LedgerStatus
from sync.report import Alert


class Scratch:
    """One plan's working state: the PlannerState made mutable, plus what is decided."""

    def __init__(self, state: PlannerState, policy: Policy, now: datetime) -> None:
        self.policy, self.now, self.crm = policy, now, state.crm
        self.state = state
        self.last_life = dict(state.last_life)
        self.soft = {a: [t for t in ts if not self.before_life(a, t)]
                     for a, ts in state.soft_bounces.items()}
        self.soft_details = {a: list(ds) for a, ds in state.soft_details.items()}
        self.known_hard = dict(state.known_hard)
        self.done = set(state.done)
        self.hard_in_window = dict(state.hard_in_window)
        self.alerted = set(state.alerted)
        self.actions: dict[str, Action] = {}
        self.history: list[HistoryRecord] = []
        self.alerts: list[Alert] = []
        self.pause: set[str] = set()
        self.counts: Counter[str] = Counter()
        self.ledger: list[LedgerStatus] = []
        self.trust: list[TrustNote] = []
        self.relay: Held = {}  # bounces held as our relay's failure (relay.py), set by `plan`

    def note_trust(self, message_id: str, address: str, trusted: bool, why: str) -> None:
        """Keep a trust verdict for the ledger (`explain` shows why)."""
        self.trust.append(TrustNote(message_id=message_id, address=address, trusted=trusted,
                                    why=why))

    def count(self, name: str, n: int = 1) -> None:
        """Add to a PlanCounts field (checked when the plan is frozen)."""
        self.counts[name] += n

    def emit(self, action: Action) -> None:
        """Queue an action once: the same key from two observations is one CRM write."""
        self.actions.setdefault(action.key, action)

    def raise_alert(self, tag: str, alert: Alert) -> None:
        """Raise an alert unless its tag was raised already (PlannerState.alerted)."""
        if tag in self.alerted:
            return
        self.alerted.add(tag)
        self.alerts.append(alert)

    def life(self, address: str, at: datetime, why: str) -> None:
        """A sign of life at `at` resets the soft bounces up to then, not later ones (a page
        of older mail may come after newer bounces); equal times were seen before it."""
        self.soft[address] = [t for t in self.soft.get(address, ()) if t > at]
        self.soft_details[address] = [b for b in self.soft_details.get(address, ()) if b.at > at]
        if address not in self.last_life or at > self.last_life[address]:
            self.last_life[address] = at
        self.history.append(SignOfLife(address=address, at=at, why=why))

    def before_life(self, address: str, at: datetime) -> bool:
        """Is a soft bounce at `at` older than the address's latest sign of life?"""
        return older_than_life(self.last_life.get(address), at)

    def soft_detail(self, address: str, at: datetime) -> PastBounce | None:
        """The counted soft bounce of `address` at `at` (its reason and diagnostic)."""
        return next((b for b in reversed(self.soft_details.get(address, ())) if b.at == at), None)

    def forget_soft(self, address: str) -> None:
        """A resend forgives the address: its soft bounces no longer count."""
        self.soft.pop(address, None)
        self.soft_details.pop(address, None)

    def result(self) -> Plan:
        """The decisions, frozen, with the state they leave behind."""
        next_state = replace(
            self.state, soft_bounces={a: tuple(ts) for a, ts in self.soft.items()},
            known_hard=dict(self.known_hard), done=frozenset(self.done),
            hard_in_window=dict(self.hard_in_window), alerted=frozenset(self.alerted),
            soft_details={a: tuple(ds) for a, ds in self.soft_details.items()},
            last_life=dict(self.last_life))
        return Plan(actions=tuple(self.actions.values()), history=tuple(self.history),
                    alerts=tuple(self.alerts), pause=frozenset(self.pause),
                    counts=PlanCounts(**self.counts), ledger=tuple(self.ledger),
                    trust=tuple(self.trust),
                    next_state=next_state)
