"""The worker's policy: data, no logic.

The config file's `[policy]` table maps 1:1 onto `Policy` (same names, same types); every
field has a default so an empty table is valid. The planner is the only reader of the
decision fields; the worker reads the window/lookback fields.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, fields

UNVERIFIED_CHOICES = ("record", "apply")
REENROLL_CHOICES = ("auto", "flag")
# The shortest lease that is safe (sync/leases.py): a worker renews every quarter lease and
# sends a CRM batch only with half a lease left, so it loses a lease only after renewals
# fail for three quarters of it; under 5 s, a busy database or a pause of the process
# would be enough.
MIN_LEASE_SECONDS = 5
# A relay's host name as an MTA's DNS error names it (classifier/dns_names.py LOOKED_UP): letters,
# digits and hyphens in two labels or more, a final dot allowed.
_HOST_NAME = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\.?")


@dataclass(frozen=True, slots=True, kw_only=True)
class Policy:
    """The config's [policy] table, data only: what the planner and the stages may do. Each
    field's comment says what it decides; README's configuration reference lists them."""

    # Soft bounces: N of them for one address within M days escalate to "bounced"
    # (and unenroll). Fewer only record a soft status and count on the contact.
    soft_bounce_threshold: int = 3
    soft_bounce_window_days: int = 30
    # A bounce recipient without evidence that this mailbox sent it the original (the
    # original is not in the sent mail, or was not sent to that address: forged, backscatter):
    # "record" keeps it in the bounce history only (a person may apply it); "apply" acts.
    unverified: str = "record"
    # A bounce whose source cannot look up sent mail (no sent folder configured, Gmail
    # verify = "off", a source without the ability): "record" keeps it in the history only;
    # "apply" acts on it anyway. Configure the sent folder instead (README: How bounces are
    # trusted).
    unknown_origin: str = "record"
    # A bounced contact whose email was edited: "auto" clears the bounce and re-enrolls it
    # at step one in the sequences it was removed from; "flag" only flags it for a person.
    reenroll: str = "auto"
    # A human reply from an address after its hard bounce clears the bounce (later evidence
    # wins) but a reply ends sequences: the contact is re-enrolled (at its saved step, where
    # the CRM can) only with this set.
    reenroll_after_reply: bool = False
    # An address that hard-bounced (trusted evidence, any mailbox) within this many days is
    # refused on any contact that gets it by edit, creation or import: flagged "refused"
    # and removed from its sequences. Older hard bounces no longer refuse an address.
    known_bad_days: int = 365
    # A sender-scope bounce (the mailbox itself is blocked/rate-limited) always raises an
    # alert; with this set the mailbox is also paused (not read) until resumed.
    pause_mailbox_on_sender_alert: bool = False
    # Our own relay not resolving (a Sendmail SMART_HOST, a Postfix relayhost or transport, a
    # SendGrid/SES/Mailgun smarthost name mistyped or gone): the MTA bounces EVERY recipient of
    # the send with "Host unknown (Name server: <relay>: host not found)", words that name a
    # prospect's MX host not resolving just as well (sync/planner/relay.py). Hard "host unknown"
    # bounces of one mailbox, on one page, naming one host that is no name of the recipients'
    # own domains, for recipients in at least this many domains, are taken for our relay: no
    # contact is marked (the bounces are kept in the history, recorded only, for a person to
    # apply) and one sender alert names the host. 0 turns the rule off; 1 is refused: one
    # domain's recipients share its MX host, so one domain tells nothing.
    relay_failure_domains: int = 2
    # Host names of our own relays and smarthosts ("smtp.sendgrid.net"): a hard "host unknown"
    # bounce naming one of them is ours even alone (held, alerted, as above).
    relay_hosts: tuple[str, ...] = ()
    # Alert when hard bounces / mail sent by a mailbox over the window exceeds the
    # threshold, once at least `bounce_rate_min_bounces` bounces were seen. The rate needs
    # the source to report how much it sent (optional `sent_count(since=)`); without it
    # the alert uses the minimum alone only if `bounce_count_alert` is set.
    bounce_rate_threshold: float = 0.05
    bounce_rate_window_days: int = 7
    bounce_rate_min_bounces: int = 5
    bounce_count_alert: int = 0  # 0 = off; else alert on this many hard bounces in the window
    # When a mailbox cursor has expired, re-scan at most this many days back.
    lookback_days: int = 30
    # "Action: delayed" notices: count them as soft bounces, or ignore them.
    delays_count_as_soft: bool = False
    # Outbox: an action failing this many times is marked failed (kept for `retry`).
    max_attempts: int = 5
    # Leases (PostgreSQL multi-worker): how long a claimed mailbox or outbox row stays
    # with a worker that stopped renewing it (killed, frozen) before another may take it
    # over. Renewed while the worker works, so it need not cover a long CRM call.
    lease_seconds: int = 300
    # A mailbox not read successfully for longer than this (an outage, a revoked token left
    # unfixed) makes every run exit 2, so it pages even when each failed read alone only
    # leaves work for the next run. 0 turns the rule off.
    mailbox_stale_hours: float = 24

    def __post_init__(self) -> None:
        problems = []
        if self.soft_bounce_threshold < 1:
            problems.append("soft_bounce_threshold must be at least 1")
        for name in ("soft_bounce_window_days", "bounce_rate_window_days", "lookback_days",
                     "max_attempts", "lease_seconds", "known_bad_days"):
            if getattr(self, name) < 1:
                problems.append(f"{name} must be at least 1")
        if 1 <= self.lease_seconds < MIN_LEASE_SECONDS:
            problems.append(f"lease_seconds must be at least {MIN_LEASE_SECONDS} (renewed every "
                            "quarter lease; shorter is not safe, see README: Several workers)")
        if self.unverified not in UNVERIFIED_CHOICES:
            problems.append(f"unverified must be one of {UNVERIFIED_CHOICES}")
        if self.unknown_origin not in UNVERIFIED_CHOICES:
            problems.append(f"unknown_origin must be one of {UNVERIFIED_CHOICES}")
        if self.reenroll not in REENROLL_CHOICES:
            problems.append(f"reenroll must be one of {REENROLL_CHOICES}")
        if not 0 < self.bounce_rate_threshold <= 1:
            problems.append("bounce_rate_threshold must be in (0, 1]")
        if self.mailbox_stale_hours < 0:
            problems.append("mailbox_stale_hours must not be negative (0 turns the rule off)")
        if self.bounce_rate_min_bounces < 0 or self.bounce_count_alert < 0:
            problems.append("bounce counts must not be negative")
        if self.relay_failure_domains == 1 or self.relay_failure_domains < 0:
            problems.append("relay_failure_domains must be 0 (off) or at least 2 (one domain's "
                            "recipients share its MX host)")
        problems.extend(f"relay_hosts: {h!r} {why}" for h in self.relay_hosts
                        for why in [_relay_host_problem(h)] if why)
        if problems:
            raise ValueError("; ".join(problems))

    def relay_host_names(self) -> frozenset[str]:
        """`relay_hosts` as MTAs' DNS errors name them (classifier/dns_names.py named_host):
        lowercase, no final dot, a Unicode name in its IDNA (xn--) form."""
        return frozenset(relay_host_name(h) for h in self.relay_hosts)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """For the config loader: the keys `[policy]` accepts."""
        return tuple(f.name for f in fields(cls))


def relay_host_name(host: str) -> str:
    """One relay host as MTAs' DNS errors name it (Policy.relay_host_names); "" if it has no such
    form (a Unicode name IDNA refuses)."""
    name = host.strip().lower().rstrip(".")
    try:
        return name if name.isascii() else name.encode("idna").decode("ascii")
    except UnicodeError:
        return ""


def _relay_host_problem(host: object) -> str | None:
    """Why a `relay_hosts` entry would never match a DNS failure's host, or None."""
    fix = "(write the relay's host name as the MTA names it, e.g. \"smtp.sendgrid.net\")"
    if not isinstance(host, str):
        return f"is not a host name {fix}"
    name = relay_host_name(host)
    try:
        ipaddress.ip_address(host.strip().strip("[]"))
        return f"is an IP address: a relay given by address is never looked up by name {fix}"
    except ValueError:
        pass
    if not name or not _HOST_NAME.fullmatch(name) or name.rpartition(".")[2].isdigit():
        return f"is not a host name {fix}"
    return None
