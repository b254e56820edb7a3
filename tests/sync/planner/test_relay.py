"""Planner table tests for our own relay not resolving (sync/planner/relay.py): a batch of hard
"host unknown" bounces naming one host that is no recipient's own is our relay or smarthost,
held (recorded, not applied) with one sender alert; the controls stay hard.

The notices are built with the classifier reviews' layouts (Sendmail's and Postfix's own
failure notices, Exim's bounce) and read by the real classifier: the planner sees what a run
would see. Sendmail's "Host unknown (Name server: %s: host not found)" and Postfix's "Host or
domain name not found. Name service error for name=%s type=%s: Host not found" follow
tests/classifier/review_dns63_layouts.py's sources (SM_DNS, PF_DNS)."""

from __future__ import annotations

import pytest

from classifier import classify
from classifier.records import Classification
from sync.planner import BounceRecord, PlanCounts, plan, remember_alerts
from sync.policy import Policy
from sync.records import AlertKind, BounceOutcome, MarkBounced, Unenroll
from tests.classifier.review_holdout50_layouts import exim, postfix
from tests.classifier.review_notices14_layouts import sendmail
from tests.classifier.review_notices51_layouts import sendmail_own
from tests.sync.helpers import NOW, contact
from tests.sync.planner.builders import seen, state

SENDGRID = "smtp.sendgrid.net"
# Three prospects of one send, in three domains.
PROSPECTS = ("k.lindqvist@nordhavn-tech.se", "d.fischer@ostwind-bau.de", "e.rossi@pietra-serena.it")


def _sendmail(address: str, host: str, rid: str = "") -> Classification:
    """Sendmail's notice of its own failure: the named host does not resolve."""
    return classify(sendmail_own(rid or address.split("@")[0], "550 5.1.2",
                                 f"Host unknown (Name server: {host}: host not found)", "5.1.2", address=address))


def _postfix(address: str, host: str, kind: str = "MX") -> Classification:
    """Postfix's notice of its own DNS failure (X-Postfix diagnostic, 5.4.4)."""
    return classify(postfix(address.split("@")[0], address, reason="Host or domain name not found. Name service error "
                            f"for name={host} type={kind}: Host not found", status="5.4.4", remote=None))


def _observations(notices, *, first: int = 1, **kw):
    """One MessageSeen per notice (ids m<first>, m<first + 1>, ...), each with a contact
    holding its recipient, the mailbox's sent mail showing the original (trusted)."""
    out = []
    for i, c in enumerate(notices, start=first):
        address = c.deliveries[0].address
        out.append(seen(c, contact(str(i), address, sequences=["seq-a"]), mid=f"m{i}", **kw))
    return out


def _marked(p) -> set[str]:
    return {a.address for a in p.actions if isinstance(a, MarkBounced)}


def _bounces(p) -> list[BounceRecord]:
    return [h for h in p.history if isinstance(h, BounceRecord)]


def test_the_notices_read_hostunknown_hard_one_by_one():
    """What the batch rule stands on: each notice alone is the classifier's hard hostunknown
    (review dns63's Sendmail smart-host row, a strict xfail there)."""
    for c in (_sendmail(PROSPECTS[0], SENDGRID), _postfix(PROSPECTS[1], SENDGRID)):
        [d] = c.deliveries
        assert (d.reason.value, d.hard_bounce, d.scope.value) == ("hostunknown", True, "recipient")


def test_a_send_whose_smarthost_does_not_resolve_marks_no_one():
    p = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS]), state(), Policy(), now=NOW)
    assert p.actions == ()
    [alert] = p.alerts
    assert (alert.mailbox, alert.kind, alert.reason, alert.paused) == ("rep", AlertKind.SENDER,
                                                                       f"relay:{SENDGRID}", False)
    assert (f"3 recipients in 3 domains failed on host {SENDGRID} that does not resolve: likely your "
            "relay/smarthost") in alert.message
    assert "apply-unverified" in alert.message
    # Kept in the history, recorded only (as an untrusted bounce is): a person may apply one.
    bounces = _bounces(p)
    assert sorted(b.address for b in bounces) == sorted(PROSPECTS)
    assert all(b.outcome is BounceOutcome.UNVERIFIED and b.hard and b.reason == "hostunknown"
               and not (b.known_bad or b.counts_for_rate or b.counts_soft) for b in bounces)
    assert p.counts == PlanCounts(bounces_hard=3, unverified=3)
    assert p.next_state.known_hard == {} and p.next_state.hard_in_window == {}
    assert all(not n.trusted and n.why.startswith("held: 3 recipients") for n in p.trust)
    assert p.pause == frozenset()


def test_one_notice_for_the_whole_send_is_held_too():
    """Sendmail writes one notice for a message's failed recipients (savemail.c errbody):
    its three deliveries make the batch alone."""
    text = f"Host unknown (Name server: {SENDGRID}: host not found)"
    c = classify(sendmail("relay1", [(f"<{a}>", text, None) for a in PROSPECTS],
                          [(a, None, "5.1.2", f"550 5.1.2 {text}") for a in PROSPECTS], to=", ".join(PROSPECTS),
                          transcript="\n".join(f"550 5.1.2 <{a}>... {text}" for a in PROSPECTS),
                          host="mail.example.com"))
    people = [contact(str(i), a, sequences=["seq-a"]) for i, a in enumerate(PROSPECTS)]
    p = plan([seen(c, *people)], state(), Policy(), now=NOW)
    assert p.actions == () and len(p.alerts) == 1 and len(_bounces(p)) == 3


def test_control_each_prospects_own_mx_host_not_resolving_marks_them_all():
    notices = [_sendmail(a, "mx1." + a.split("@")[1]) for a in PROSPECTS]
    p = plan(_observations(notices), state(), Policy(), now=NOW)
    assert _marked(p) == set(PROSPECTS)
    assert sum(isinstance(a, Unenroll) for a in p.actions) == 3
    assert p.alerts == () and p.counts == PlanCounts(bounces_hard=3)


def test_two_prospects_of_one_domain_whose_mx_does_not_resolve_stay_hard():
    """One domain's recipients share its MX host (a hosting company's, outside their domain):
    one domain tells nothing of our relay, however many recipients."""
    notices = [_sendmail(a, "mx.hostco-legacy.net") for a in ("a.berg@fjell-sag.no", "b.dahl@fjell-sag.no")]
    p = plan(_observations(notices), state(), Policy(), now=NOW)
    assert _marked(p) == {"a.berg@fjell-sag.no", "b.dahl@fjell-sag.no"} and p.alerts == ()


def test_two_domains_on_one_dead_hosting_mx_are_held_for_a_person():
    """The rule's known cost: two prospects' domains whose MX records both name a hosting
    company's host that no longer resolves read exactly as our relay failing for two domains.
    They are held, not lost: the alert names the host (a person sees it is no relay of ours)
    and `apply-unverified` applies them; a false hard for every prospect of a send is the
    costlier error. A third recipient whose own domain holds the host would settle it (below)."""
    notices = [_sendmail(a, "mx.hostco-legacy.net") for a in ("a.berg@fjell-sag.no", "l.moen@kyst-fisk.no")]
    p = plan(_observations(notices), state(), Policy(), now=NOW)
    assert p.actions == () and "host mx.hostco-legacy.net" in p.alerts[0].message


def test_a_host_under_one_recipients_domain_is_theirs_for_every_recipient():
    """A company's MX serving its brands' domains: mx.brand-one.example named for prospects at
    brand-one, brand-two and brand-three. Under brand-one's domain, it is the prospects' host,
    never our relay, whatever the other domains."""
    host = "mx.brand-one.example"
    notices = [_sendmail(f"p{i}@brand-{n}.example", host) for i, n in enumerate(("one", "two", "three"))]
    p = plan(_observations(notices), state(), Policy(), now=NOW)
    assert len(_marked(p)) == 3 and p.alerts == ()


def test_a_shared_parent_is_the_recipients_organisation():
    """mx.corp.example for prospects at eu.corp.example and us.corp.example: beside their
    domains under one parent, the company's own MX host."""
    notices = [_sendmail(a, "mx.corp.example") for a in ("a@eu.corp.example", "b@us.corp.example")]
    assert len(_marked(plan(_observations(notices), state(), Policy(), now=NOW))) == 2


def test_a_single_bounce_naming_an_unknown_host_stays_hard():
    """One notice cannot tell our smarthost from a prospect's MX host (review dns63)."""
    p = plan(_observations([_sendmail(PROSPECTS[0], SENDGRID)]), state(), Policy(), now=NOW)
    assert _marked(p) == {PROSPECTS[0]} and p.alerts == ()


def test_a_configured_relay_host_is_ours_even_alone():
    policy = Policy(relay_hosts=("SMTP.SendGrid.net.",))  # as written in the config: case and final dot
    p = plan(_observations([_sendmail(PROSPECTS[0], SENDGRID)]), state(), policy, now=NOW)
    assert p.actions == ()
    [alert] = p.alerts
    assert alert.reason == f"relay:{SENDGRID}"
    assert "1 recipient in 1 domain failed on host smtp.sendgrid.net" in alert.message
    assert "one of your relay_hosts" in alert.message
    assert [b.outcome for b in _bounces(p)] == [BounceOutcome.UNVERIFIED]


def test_a_configured_relay_host_does_not_hold_another_host():
    policy = Policy(relay_hosts=("smtp.mailgun.org",))
    p = plan(_observations([_sendmail(PROSPECTS[0], SENDGRID)]), state(), policy, now=NOW)
    assert _marked(p) == {PROSPECTS[0]}


def test_postfix_and_sendmail_wordings_count_together():
    """Postfix's "Name service error for name=<relay> type=MX" (a relay or transport nexthop
    written without brackets, looked up as a domain) and Sendmail's "Name server: <relay>" in
    one page name one host: two domains, held."""
    notices = [_postfix(PROSPECTS[0], SENDGRID), _sendmail(PROSPECTS[1], SENDGRID)]
    p = plan(_observations(notices), state(), Policy(), now=NOW)
    assert p.actions == () and len(p.alerts) == 1
    assert "2 recipients in 2 domains" in p.alerts[0].message


def test_postfix_mx_host_of_each_prospect_stays_hard():
    notices = [_postfix(a, "mx2." + a.split("@")[1], kind="A") for a in PROSPECTS[:2]]
    assert len(_marked(plan(_observations(notices), state(), Policy(), now=NOW))) == 2


def test_exims_words_name_no_host_and_stay_hard():
    notices = [classify(exim(a.split("@")[0], a, detail="all relevant MX records point to non-existent hosts"))
               for a in PROSPECTS]
    assert all(c.deliveries[0].reason.value == "hostunknown" for c in notices)
    assert len(_marked(plan(_observations(notices), state(), Policy(), now=NOW))) == 3


@pytest.mark.parametrize("domains, held", [(0, False), (2, True), (3, True), (4, False)])
def test_the_number_of_domains_is_the_policys(domains, held):
    p = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS]), state(),
             Policy(relay_failure_domains=domains), now=NOW)
    assert (p.actions == ()) is held and len(p.alerts) == int(held)


def test_forged_notices_do_not_make_a_batch():
    """Only bounces with evidence count (DESIGN.md, Trust): a stranger's notice naming the
    host for another domain does not hold a prospect's real bounce."""
    real = _observations([_sendmail(PROSPECTS[0], SENDGRID)])
    forged = _observations([_sendmail(PROSPECTS[1], SENDGRID)], first=2, sent_by=False)
    p = plan(real + forged, state(), Policy(), now=NOW)
    assert _marked(p) == {PROSPECTS[0]} and p.alerts == ()
    assert {b.address: b.outcome for b in _bounces(p)}[PROSPECTS[1]] is BounceOutcome.UNVERIFIED


def test_the_sender_alert_pauses_the_mailbox_by_policy():
    # From our own MTA (MAILER-DAEMON@mail.example.com for the mailbox seller@example.com): a
    # pause needs what any sender notice needs (trust.sender_verdict; test_relay_review66).
    p = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS], mailbox_address="seller@example.com"),
             state(), Policy(pause_mailbox_on_sender_alert=True), now=NOW)
    assert p.pause == {"rep"} and p.alerts[0].paused and p.alerts[0].message.endswith("; mailbox paused")


def test_a_later_page_of_the_run_holds_the_host_alone_without_a_second_alert():
    """The alert's tag names the host; the worker hands the planner the run's alerts so far
    (remember_alerts), so the send's last bounce, on the next page, is held too."""
    first = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS[:2]]), state(), Policy(), now=NOW)
    later = remember_alerts(state(), raised=first.alerts)
    p = plan(_observations([_sendmail(PROSPECTS[2], SENDGRID, rid="late")], first=3), later, Policy(),
             now=NOW)
    assert p.actions == () and p.alerts == ()
    assert [b.outcome for b in _bounces(p)] == [BounceOutcome.UNVERIFIED]


def test_a_later_run_holds_a_lone_bounce_while_the_alert_is_open():
    """A later run's memory is the store's (alert_memory): the relay alert's tag while no one
    acknowledged it. While open, a lone notice naming the host is held and the alert is not
    raised again; once acknowledged, a lone notice is hard again unless the host is
    configured. What was held taught nothing: the store's state has no known-bad address."""
    first = plan(_observations([_sendmail(a, SENDGRID) for a in PROSPECTS]), state(), Policy(), now=NOW)
    lone = _observations([_sendmail(PROSPECTS[0], SENDGRID, rid="next")])
    still_open = remember_alerts(state(), still_open=[AlertKind.SENDER.tag("rep", f"relay:{SENDGRID}")])
    p = plan(lone, still_open, Policy(), now=NOW)
    assert p.actions == () and p.alerts == ()
    acknowledged = plan(lone, state(), Policy(), now=NOW)
    assert _marked(acknowledged) == {PROSPECTS[0]}
    assert plan(lone, state(), Policy(relay_hosts=(SENDGRID,)), now=NOW).actions == ()
    assert first.next_state.known_hard == {}


def test_replaying_the_page_plans_the_same():
    """Pure: a page replayed after a kill plans the same history, alerts and keys."""
    obs = _observations([_sendmail(a, SENDGRID) for a in PROSPECTS])
    assert plan(obs, state(), Policy(), now=NOW) == plan(obs, state(), Policy(), now=NOW)


def test_a_person_applying_a_held_bounce_marks_the_contact():
    """apply-unverified replans the bounce trusted by a person (MessageSeen.trusted_by): the
    person's decision wins over the batch rule, even for a configured relay host."""
    obs = _observations([_sendmail(a, SENDGRID) for a in PROSPECTS], trusted_by="lead@acme.example")
    p = plan(obs, state(), Policy(relay_hosts=(SENDGRID,)), now=NOW)
    assert _marked(p) == set(PROSPECTS) and p.alerts == ()
