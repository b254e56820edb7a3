"""The pure planner: the only home of the bounce rules.

observations + remembered state + policy + now -> a typed `Plan` (actions, history records,
alerts, mailboxes to pause, counts, ledger statuses). No I/O, no clock (STYLE rule 1). The
worker loads a `PlannerState` for exactly what a page touches (`recall`), calls `plan`, and
records the plan in one transaction; the store filters on what the planner wrote and the
worker decides nothing itself. ARCHITECTURE.md lists where each rule lives.

Two kinds of observation:
- `MessageSeen`: one classified message from a mailbox, with the CRM contacts matching its
  addresses (looked up by the worker);
- `ContactChanged`: one contact carrying our bounce status that the watcher saw change.

Every action key is a hash of (origin, recipient, crm, contact id, action kind), where the
origin is the source message ("mailbox/message id") or the change; replaying the same
observation after a crash produces the same keys, and the outbox ignores keys it holds.

Modules: state (observations, PlannerState), trust (may a bounce act on a recipient, may
a sender notice page, may a reply clear a hard bounce), rules (hard/delayed, ledger status, lookups, evidence), history (the records the store keeps), result (Plan, PlanCounts), soft
(escalation), alerts (sender and bounce-rate alerts, once only), relay (our relay not resolving:
a batch of "host unknown" bounces held, not applied), messages (mail rules),
changes (watcher rules), scratch (one call's working state), planning (`plan`).
"""

from sync.planner.alerts import alert_tag, rate_alert, remember_alerts, sender_alert
from sync.planner.history import BounceRecord, Forgive, HistoryRecord, SignOfLife, bounce_record
from sync.planner.planning import plan
from sync.planner.result import Plan, PlanCounts
from sync.planner.rules import (
    DIAGNOSTIC_LIMIT, NO_EVIDENCE_OUTCOMES, Evidence, Recall, action_key, addresses_to_look_up,
    answering_addresses, evidence, is_delay, is_hard, is_sign_of_life, ledger_status,
    may_move_bounce_rate, recall, replies_to_verify, trim, trusted,
)
from sync.planner.soft import SoftDecision, soft_decision
from sync.planner.state import (
    ContactChanged, HoldsKnownBad, MessageSeen, Observation, PastBounce, PlannerState,
)
from sync.planner.trust import TrustNote, Verdict, original_key, reply_verdict

# The names before the planner became a package (issue 8): a history record was a "fact",
# which the classifier also calls what a format read about one recipient. Kept for branches
# written against the old names; new code uses BounceRecord and HistoryRecord.
BounceFact = BounceRecord
Fact = HistoryRecord

__all__ = [
    "DIAGNOSTIC_LIMIT", "NO_EVIDENCE_OUTCOMES", "BounceFact", "BounceRecord", "ContactChanged",
    "Evidence", "Fact", "Forgive", "HistoryRecord", "HoldsKnownBad", "MessageSeen", "Observation", "PastBounce",
    "Plan", "PlanCounts", "PlannerState", "Recall", "SignOfLife", "SoftDecision", "action_key",
    "addresses_to_look_up", "alert_tag", "answering_addresses", "bounce_record", "evidence", "is_delay", "is_hard",
    "is_sign_of_life", "ledger_status", "may_move_bounce_rate", "plan", "rate_alert", "recall",
    "replies_to_verify",
    "remember_alerts", "sender_alert", "soft_decision", "trim", "trusted", "TrustNote", "Verdict",
    "original_key", "reply_verdict",
]
