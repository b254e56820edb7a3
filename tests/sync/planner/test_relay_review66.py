"""A reviewer's attempts on the relay rule (sync/planner/relay.py), written before the mends:
forged batches that pause, a second mailbox behind the same relay, host names no DNS holds,
the operator's config, and what the alert tells a person when the host is a prospect's.

Notices as in test_relay.py: Sendmail's own failure notice (review 51's sendmail_own layout,
review dns63's SM_DNS source), read by the real classifier."""

from __future__ import annotations

from dataclasses import replace

import pytest

from classifier import classify
from classifier.dns_names import named_host
from classifier.origin import Hop
from classifier.records import Classification
from sync.planner import plan, remember_alerts
from sync.policy import Policy
from sync.records import MarkBounced
from tests.classifier.review_holdout50_layouts import postfix
from tests.classifier.review_notices51_layouts import sendmail_own
from tests.sync.helpers import NOW, contact
from tests.sync.planner.builders import seen, state

SENDGRID = "smtp.sendgrid.net"
PROSPECTS = ("k.lindqvist@nordhavn-tech.se", "d.fischer@ostwind-bau.de", "e.rossi@pietra-serena.it")
# The sending mailbox's own address: the notice's From, MAILER-DAEMON@mail.example.com, is
# its own provider's (trust.sender_verdict), as our MTA's notice of its relay failing is.
OWN = "seller@example.com"


def _sendmail(address: str, host: str) -> Classification:
    return classify(sendmail_own(address.split("@")[0], "550 5.1.2",
                                 f"Host unknown (Name server: {host}: host not found)", "5.1.2", address=address))


def _observations(notices, *, first: int = 1, mailbox: str = "rep", **kw):
    return [seen(c, contact(f"{mailbox}{i}", c.deliveries[0].address, sequences=["seq-a"]), mid=f"m{i}",
                 mailbox=mailbox, **kw) for i, c in enumerate(notices, start=first)]


def _marked(p) -> set[str]:
    return {a.address for a in p.actions if isinstance(a, MarkBounced)}


# ---- forged mail: a pause is a sender notice's harm (DESIGN.md, Trust) ----------------------------


def test_a_batch_not_from_our_own_provider_does_not_pause_the_mailbox():
    """A prospect who got our mail To: several prospects knows its Message-ID and their
    addresses: the bounces they forge for them are trusted per recipient (held, harmless), but
    a pause needs what any sender-side notice needs (trust.sender_verdict): the mailbox's own
    provider wrote it. Here no provider evidence: no pause."""
    p = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS]), state(),
             Policy(pause_mailbox_on_sender_alert=True), now=NOW)
    assert p.actions == () and len(p.alerts) == 1
    assert p.pause == frozenset() and not p.alerts[0].paused


def test_forged_notices_under_unverified_apply_do_not_pause():
    """policy unverified = "apply" trusts every bounce per recipient: stranger's notices make a
    batch, but a stranger's notice never pauses a mailbox."""
    hop = Hop(by="mail.example.com", helo="mail.example.com", rdns="vps-17.attacker.example", ip="203.0.113.9")
    notices = [_sendmail(a, SENDGRID) for a in PROSPECTS]
    notices = [replace(c, origin=replace(c.origin, hops=(hop,))) for c in notices]
    forged = _observations(notices, sent_by=False, mailbox_address=OWN)
    p = plan(forged, state(), Policy(unverified="apply", pause_mailbox_on_sender_alert=True), now=NOW)
    assert p.pause == frozenset() and all(not a.paused for a in p.alerts)


def test_our_own_mtas_notices_still_pause_by_policy():
    """Control: the same batch from our own MTA (From MAILER-DAEMON@mail.example.com, the
    mailbox seller@example.com, no outside hop) pauses as policy says."""
    p = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS], mailbox_address=OWN), state(),
             Policy(pause_mailbox_on_sender_alert=True), now=NOW)
    assert p.pause == {"rep"} and p.alerts[0].paused


# ---- two mailboxes behind one relay ---------------------------------------------------------------


def test_a_second_mailbox_behind_the_same_relay_is_held_in_the_same_run():
    """Two reps' mailboxes sent through one MTA and its smarthost: the first mailbox's page
    shows the relay failing (three domains); the second's page holds one bounce naming it.
    Read alone it would be marked bounced: a false hard for a failure of ours. The run's
    alerts (remember_alerts) name the host: the second mailbox's bounce is held, with its own
    alert (a person sees both mailboxes were hit)."""
    first = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS]), state(), Policy(), now=NOW)
    assert first.actions == ()
    later = remember_alerts(state(), raised=first.alerts)
    p = plan(_observations([_sendmail("m.keller@harborline-freight.com", SENDGRID)], mailbox="rep2"), later,
             Policy(), now=NOW)
    assert p.actions == ()
    assert [a.mailbox for a in p.alerts] == ["rep2"]


def test_a_second_mailbox_is_not_held_for_another_host():
    """Control: another host named on the second mailbox stays hard."""
    first = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS]), state(), Policy(), now=NOW)
    later = remember_alerts(state(), raised=first.alerts)
    p = plan(_observations([_sendmail("m.keller@harborline-freight.com", "smtp.mailgun.org")], mailbox="rep2"),
             later, Policy(), now=NOW)
    assert _marked(p) == {"m.keller@harborline-freight.com"}


# ---- host names no DNS holds ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Host unknown (Name server: " + "a" * 64 + ".example.net: host not found)",  # a label over 63
    "Host unknown (Name server: " + ".".join(["relay"] * 50) + ".net: host not found)",  # over 253
    "Host unknown (Name server: 192.0.2.7: host not found)",  # an address is not looked up by name
])
def test_a_name_no_dns_can_hold_is_no_host(text):
    """The host goes into an alert's reason, its tag and the store: a name DNS cannot hold (RFC
    1035: labels of 63, names of 255 octets with their lengths) or an IPv4 address is none."""
    assert named_host(text) is None


@pytest.mark.parametrize("text, host", [
    ("Host unknown (Name server: SMTP.SendGrid.NET.: host not found)", SENDGRID),
    ("Host unknown (Name server: " + "a" * 63 + ".example.net: host not found)", "a" * 63 + ".example.net"),
    ("Name service error for name=mx1.123.example type=MX: Host not found", "mx1.123.example"),
])
def test_controls_real_names_are_still_read(text, host):
    assert named_host(text) == host


# ---- the operator's config ------------------------------------------------------------------------


def test_an_ip_address_in_relay_hosts_is_refused_with_the_fix():
    """A relay given by address is never looked up by name: no DNS failure names it, the entry
    would silently do nothing."""
    with pytest.raises(ValueError, match=r"relay_hosts: '192\.0\.2\.7' is an IP address"):
        Policy(relay_hosts=("192.0.2.7",))


def test_a_unicode_relay_host_is_taken_in_its_ascii_form():
    """An operator writes the relay's name as they know it; MTAs' errors name its IDNA form."""
    policy = Policy(relay_hosts=("smtp.bücher.example",))
    p = plan(_observations([_sendmail(PROSPECTS[0], "smtp.xn--bcher-kva.example")]), state(), policy, now=NOW)
    assert p.actions == () and len(p.alerts) == 1


# ---- what the alert tells a person ----------------------------------------------------------------


def test_the_alert_says_the_host_may_be_the_prospects_own():
    """Two prospects' domains hosted at one dead hosting company (mx1.deadhost.net) read as our
    relay failing: held. The alert must tell the operator what to check and what to do when
    the host is not theirs."""
    notices = [_sendmail(a, "mx1.deadhost.net") for a in ("a.berg@fjell-sag.no", "l.moen@kyst-fisk.no")]
    [alert] = plan(_observations(notices), state(), Policy(), now=NOW).alerts
    assert "if mx1.deadhost.net is not your relay" in alert.message


def test_a_later_run_of_a_second_mailbox_holds_while_the_first_ones_alert_is_open(store):
    """Across runs the memory is the store's (alert_memory): the first mailbox's open relay
    alert holds the second mailbox's lone bounce naming the host, as it does the first's."""
    first = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS]), state(), Policy(), now=NOW)
    store.record_page(crm="local", entries=[], plan=first, now=NOW, mailbox="rep")
    still_open, _ = store.alert_memory("rep2", now=NOW, rate_window_days=30)
    p = plan(_observations([_sendmail("m.keller@harborline-freight.com", SENDGRID)], mailbox="rep2"),
             remember_alerts(state(), still_open=still_open), Policy(), now=NOW)
    assert p.actions == () and [a.mailbox for a in p.alerts] == ["rep2"]
    store.ack_alerts(now=NOW, mailboxes=["rep"])
    acked, _ = store.alert_memory("rep2", now=NOW, rate_window_days=30)
    assert acked == frozenset()


def test_known_cost_a_straggler_on_an_earlier_page_is_marked():
    """Pinned, not mended: the worker plans page by page (batch_limit messages), so the send's
    first bounce alone at the end of a page, before the page that shows the relay failing,
    reads as one notice reads (hard: review dns63) and is marked. The later page's bounces are
    held and its alert names the host; the straggler needs a person (its mark is in the CRM; the
    worker's alert names it: sync/relay_stragglers.py, tests/sync/test_relay_worker.py)."""
    early = plan(_observations([_sendmail(PROSPECTS[0], SENDGRID)]), state(), Policy(), now=NOW)
    assert _marked(early) == {PROSPECTS[0]}
    later = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS[1:]], first=2), state(), Policy(),
                 now=NOW)
    assert later.actions == () and len(later.alerts) == 1


def test_controls_postfixs_try_again_is_temporary_and_two_hosts_name_none():
    """Postfix's TRY_AGAIN ("Host not found, try again", 4.4.3: review dns63's PF_DNS source)
    is the classifier's soft networkerror: never a batch, no alert. Words naming two hosts do
    not say which failed: no host."""
    notices = [classify(postfix(a.split("@")[0], a, status="4.4.3", remote=None,
                                reason=f"Host or domain name not found. Name service error for name={SENDGRID} "
                                       "type=MX: Host not found, try again")) for a in PROSPECTS]
    assert {(c.deliveries[0].reason.value, c.deliveries[0].hard_bounce) for c in notices} == {("networkerror", False)}
    assert plan(_observations(notices), state(), Policy(), now=NOW).alerts == ()
    assert named_host("Host unknown (Name server: a.example.net: host not found); name=b.example.net") is None
