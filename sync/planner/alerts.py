"""Alerts about a sending mailbox, and the rule that pages a person once for each.

Two kinds (AlertKind): a sender-side refusal (the mailbox is blocked, unauthenticated,
rate-limited; or our relay does not resolve, relay.py, one alert per host), and a bounce rate
too high over the window. An alert is named by its tag
(AlertKind.tag); a tag in `PlannerState.alerted` is not raised again. The worker hands the
planner what it knows (alerts still open in the store, alerts this run already raised) and
`remember_alerts` decides what that silences.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from classifier.records import Delivery
from sync.planner.relay import RelayFailure, relay_reason
from sync.planner.rules import trim
from sync.planner.state import PlannerState
from sync.policy import Policy
from sync.records import AlertKind
from sync.report import Alert


def alert_tag(alert: Alert) -> str:
    """The tag an alert is remembered by: per mailbox for the bounce rate, per mailbox and
    reason for sender-side refusals (a relay's reason names its host: relay.relay_reason)."""
    return AlertKind(alert.kind).tag(alert.mailbox, alert.reason)


def remember_alerts(state: PlannerState, *, still_open: Iterable[str] = (),
                    raised: Iterable[Alert] = ()) -> PlannerState:
    """Alerts page once (README, exit statuses): an open bounce-rate alert is not raised
    again, and a sender alert is raised once per run per reason, whatever the number of
    pages. `still_open`: tags the store holds open; `raised`: alerts of this run so far."""
    return replace(state, alerted=state.alerted | frozenset(still_open)
                   | {alert_tag(a) for a in raised})


def sender_alert(*, mailbox: str, message_id: str, at: datetime, d: Delivery,
                 paused: bool) -> Alert:
    """Mail is refused because of the sender: a person must look (and, by policy, the
    mailbox is paused until they do)."""
    return Alert(
        mailbox=mailbox, kind=AlertKind.SENDER, reason=d.reason.value, at=at,
        message_id=message_id, paused=paused,
        message=f"mail from {mailbox} is refused because of the sender: "
                f"{d.reason.label} ({trim(d.diagnostic, 200) or 'no diagnostic'})"
                + ("; mailbox paused" if paused else ""))


def relay_alert(*, failure: RelayFailure, message_id: str, at: datetime, paused: bool) -> Alert:
    """Our relay or smarthost does not resolve (sync/planner/relay.py): every recipient of the
    send bounced "host unknown"; none is marked, a person must fix the relay's name, or apply
    them when the host is the prospects' own (two domains on one dead hosting MX read alike)."""
    return Alert(
        mailbox=failure.mailbox, kind=AlertKind.SENDER, reason=relay_reason(failure.host), at=at,
        message_id=message_id, paused=paused,
        message=f"mail from {failure.mailbox}: {failure.why}; their bounces were recorded, not "
                f"applied: check the relay's name; if {failure.host} is not your relay (the "
                "prospects' own mail host, e.g. a hosting company's MX gone), apply each with "
                "`bounce-sync apply-unverified ADDRESS`" + ("; mailbox paused" if paused else ""))


def rate_alert(*, mailbox: str, message_id: str, at: datetime, hard: int, sent: int | None,
               policy: Policy) -> Alert | None:
    """Too many hard bounces for what the mailbox sent in the window (a list gone stale
    hurts the sender's reputation); without a sent count, too many hard bounces at all if
    `bounce_count_alert` is set. None: under the limits."""
    days = policy.bounce_rate_window_days
    if sent and hard >= policy.bounce_rate_min_bounces and hard / sent > policy.bounce_rate_threshold:
        text = (f"{mailbox}: {hard} hard bounces for {sent} messages sent in "
                f"{days} days ({hard / sent:.1%} > {policy.bounce_rate_threshold:.1%})")
    elif not sent and policy.bounce_count_alert and hard >= policy.bounce_count_alert:
        text = f"{mailbox}: {hard} hard bounces in {days} days"
    else:
        return None
    return Alert(mailbox=mailbox, kind=AlertKind.BOUNCE_RATE, reason=AlertKind.BOUNCE_RATE.value,
                 message=text, at=at, message_id=message_id)
