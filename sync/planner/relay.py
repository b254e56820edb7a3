"""Our own relay not resolving: a batch of "host unknown" bounces that blame our side.

When the host our MTA hands mail to (a Sendmail SMART_HOST, a Postfix relayhost or transport
nexthop, a SendGrid / SES / Mailgun smarthost name) does not resolve, the MTA bounces every
recipient of the send: "550 5.1.2 <prospect@their.example>... Host unknown (Name server:
smtp.sendgrid.net: host not found)". One such notice reads exactly as a prospect's MX host not
resolving, so the classifier reads it hostunknown, hard (review dns63's Sendmail smart-host
row); only the batch tells them apart. This module reads the batch, once per `plan` call,
before any delivery is planned:

    a hard hostunknown bounce, trusted, of one mailbox, whose words name one host
    (classifier/dns_names.py `named_host`) that is no name of its recipient's domain
    (`of_recipient`: the domain, under it, above it, beside it under one parent)
        -> ours when that host is one of policy `relay_hosts`, or is named so for
           recipients in at least policy `relay_failure_domains` domains, or a relay alert
           for it, of any mailbox (they share their MTA and its relay), is in
           PlannerState.alerted (raised by an earlier page of the run, or open in the store:
           sync/store/alerts.py alert_memory, raised within the bounce-rate window and not
           acknowledged);
        -> never ours when any bounce of the call names it as its own recipient's host
           (a prospect's MX serving several of its domains), nor for a bounce a person
           applied (`MessageSeen.trusted_by`: apply-unverified replans it trusted).

A bounce held as ours marks no contact and makes no address known-bad: it is recorded only
(outcome unverified, as an untrusted bounce is, so `bounce-sync apply-unverified` applies it),
and the mailbox gets one sender alert naming the host (messages.py). A lone bounce naming an
unknown host that is not configured stays hard: one notice cannot tell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from classifier.dns_names import named_host, of_recipient
from classifier.records import Reason, Scope
from sync.planner.rules import is_hard, trusted
from sync.planner.state import MessageSeen, Observation
from sync.policy import Policy
from sync.records import RELAY_REASON_PREFIX, AlertKind

# What a relay alert's tag holds before its host, whatever its mailbox (AlertKind.tag).
_ALERTED = AlertKind.SENDER.tag("", RELAY_REASON_PREFIX)


def relay_reason(host: str) -> str:
    """The reason a relay alert is raised and remembered under: one per mailbox and host."""
    return RELAY_REASON_PREFIX + host


@dataclass(frozen=True, slots=True, kw_only=True)
class RelayFailure:
    """One host taken for our relay on a mailbox, with what showed it (for the alert's words)."""

    mailbox: str
    host: str
    recipients: int  # distinct recipients of this call whose bounce names it
    domains: int  # their distinct domains
    configured: bool  # one of policy relay_hosts

    @property
    def why(self) -> str:
        """What the trust note (`explain`) and the alert say of it."""
        seen = (f"{self.recipients} recipient{'s' if self.recipients != 1 else ''} in "
                f"{self.domains} domain{'s' if self.domains != 1 else ''} failed on host "
                f"{self.host} that does not resolve")
        if self.configured:
            return f"{seen}: it is one of your relay_hosts, so your relay/smarthost"
        return f"{seen}: likely your relay/smarthost"


# (mailbox, message id, recipient address as classified) -> the relay failure that holds it
Held = Mapping[tuple[str, str, str], RelayFailure]


def _candidates(observations: Iterable[Observation], policy: Policy
                ) -> Iterable[tuple[MessageSeen, str, str, str]]:
    """(observation, address as classified, address acted on, named host) of every trusted,
    hard hostunknown bounce whose words name one host."""
    for obs in observations:
        if not isinstance(obs, MessageSeen) or obs.trusted_by:
            continue
        c = obs.classification
        if not c.is_bounce or c.error is not None:
            continue
        for d in c.deliveries:
            if d.reason is not Reason.HOSTUNKNOWN or d.scope is not Scope.RECIPIENT or not is_hard(d):
                continue
            host = named_host(d.diagnostic)
            if host is None:
                continue
            verdict = trusted(obs, d, policy)
            if verdict.trusted:
                yield obs, d.address, verdict.address, host


def relay_failures(observations: Iterable[Observation], policy: Policy, *,
                   alerted: frozenset[str] = frozenset()) -> Held:
    """The bounces of these observations held as our relay's failure (the module's rule)."""
    configured = policy.relay_host_names()
    # Hosts some relay alert names, of any mailbox: mailboxes share their MTA and its relay, so
    # one mailbox's alert (this run's, or open in the store) holds another's lone bounce too.
    known = {tag.rpartition(_ALERTED)[2] for tag in alerted if _ALERTED in tag}
    theirs: set[str] = set()  # hosts some bounce names as its own recipient's
    named: dict[tuple[str, str], list[tuple[MessageSeen, str, str]]] = {}
    for obs, address, acted, host in _candidates(observations, policy):
        if of_recipient(host, acted):
            theirs.add(host)
        else:
            named.setdefault((obs.mailbox, host), []).append((obs, address, acted))
    held: dict[tuple[str, str, str], RelayFailure] = {}
    for (mailbox, host), seen in named.items():
        recipients = {acted for _, _, acted in seen}
        domains = {a.rpartition("@")[2] for a in recipients}
        is_configured = host in configured
        batch = (host not in theirs and policy.relay_failure_domains > 0
                 and (len(domains) >= policy.relay_failure_domains or host in known))
        if not (is_configured or batch):
            continue
        failure = RelayFailure(mailbox=mailbox, host=host, recipients=len(recipients),
                               domains=len(domains), configured=is_configured)
        held.update({(obs.mailbox, obs.message_id, address): failure for obs, address, _ in seen})
    return held
