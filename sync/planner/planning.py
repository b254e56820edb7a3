"""`plan`: observations + remembered state + policy + now -> a `Plan`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sync.planner.changes import change, holds_known_bad
from sync.planner.messages import message
from sync.planner.relay import relay_failures
from sync.planner.result import Plan
from sync.planner.scratch import Scratch
from sync.planner.state import ContactChanged, MessageSeen, Observation, PlannerState
from sync.policy import Policy


def plan(observations: Sequence[Observation], state: PlannerState, policy: Policy, *,
         now: datetime) -> Plan:
    """Decide what to do about `observations`, in order. Later observations see the state
    earlier ones produced (two soft bounces on one page count twice). Pure: the same
    arguments give the same plan, so a replayed page after a crash plans the same keys."""
    s = Scratch(state, policy, now)
    # A batch rule, read over all the observations before any is planned: our relay's failure
    # bounces every recipient of a send alike (relay.py).
    s.relay = relay_failures(observations, policy, alerted=state.alerted)
    for obs in observations:
        if isinstance(obs, MessageSeen):
            message(s, obs)
        elif isinstance(obs, ContactChanged):
            change(s, obs.contact)
        else:
            holds_known_bad(s, obs.contact)
    return s.result()
