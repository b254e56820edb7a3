"""Planner table tests for a reply's evidence (sync/planner/trust.py `reply_verdict`, its
effects in replies.py): a human reply clears a hard bounce only when it answers mail this
mailbox sent to its From (alone, or with others and an authenticated From domain); every
forgery is flagged for a person, once, and leaves the mark and the known-bad memory as they
were. Each attack sits beside a positive control."""

from __future__ import annotations

from classifier.origin import AuthResult, Origin
from classifier.records import Classification
from sync.planner import Forgive, plan
from sync.policy import Policy
from sync.records import BounceStatus, SentMessage
from tests.sync.helpers import NOW
from tests.sync.planner.builders import DAY, bounced_ana, genuine_reply, kinds, reply_state, seen

ANA = "ana@example.com"
REPLY = Classification(is_bounce=False)
TO_ANA = SentMessage(message_id="s1@acme.example", recipients=frozenset({ANA}))
TO_BO = SentMessage(message_id="s2@acme.example", recipients=frozenset({"bo@example.com"}))
TO_BOTH = SentMessage(message_id="s3@acme.example", recipients=frozenset({ANA, "bo@example.com"}))


def google(method: str, result: str, domain: str, *, header: int = 0,
           authserv: str = "mx.google.com") -> AuthResult:
    """One result of an Authentication-Results header; header 0 is the topmost (Gmail's own
    on mail it received, `Authentication-Results: mx.google.com; dmarc=pass ...`)."""
    return AuthResult(method=method, result=result, domain=domain, header=header, authserv=authserv)


def reply(*, answers=(), replied_to=None, auth=(), provider="google", mid="r1", **kw):
    """Ana's reply as the worker hands it over: its header facts, and the messages its
    In-Reply-To/References name as found in this mailbox's sent mail."""
    ids = replied_to if replied_to is not None else tuple(s.message_id for s in answers)
    origin = Origin(from_address=ANA, replied_to=ids, auth=tuple(auth))
    return seen(REPLY, bounced_ana(), mid=mid, from_address=ANA, reply_origin=origin,
                answers=tuple(answers), provider=provider, mailbox_address="rep@acme.example", **kw)


def outcome(obs):
    p = plan([obs], reply_state(), Policy(), now=NOW)
    return p, kinds(p)


def assert_flagged_not_cleared(obs, why: str) -> None:
    p, got = outcome(obs)
    assert got == ["Flag"], got
    flag = p.actions[0]
    assert flag.status is BounceStatus.BOUNCED and why in flag.note, flag.note
    assert "bounce-sync undo ana@example.com" in flag.note  # what a person can do
    assert ANA in p.next_state.known_hard and (ANA, "1") in p.next_state.done
    assert not [h for h in p.history if isinstance(h, Forgive)]
    [note] = [t for t in p.trust if t.address == ANA]
    assert not note.trusted and why in note.why  # kept in the ledger for `explain`


def test_a_forged_reply_with_a_from_header_only_is_flagged_not_cleared():
    assert_flagged_not_cleared(reply(), "no In-Reply-To or References")
    # Its In-Reply-To names a message this mailbox never sent.
    assert_flagged_not_cleared(reply(replied_to=("made-up@evil.example",)),
                               "name no message this mailbox sent")


def test_a_forged_reply_quoting_a_real_message_id_sent_to_someone_else_is_flagged():
    """Bo got mail from us and knows its Message-ID; he writes a "reply" From Ana."""
    assert_flagged_not_cleared(reply(answers=(TO_BO,)), "did not send to ana@example.com")


def test_a_genuine_reply_to_mail_sent_to_ana_alone_clears():
    p, got = outcome(reply(answers=(TO_ANA,)))
    assert got == ["ClearBounce"]
    assert ANA not in p.next_state.known_hard
    [note] = p.trust
    assert note.trusted and "sent to ana@example.com alone" in note.why


def test_a_reply_to_mail_sent_to_several_needs_the_receiving_servers_authentication():
    # Bo was a co-recipient: he knows the id. Without an authenticated From: flagged.
    assert_flagged_not_cleared(reply(answers=(TO_BOTH,)), "1 other(s) who know its Message-ID")
    # Bo writes the Authentication-Results himself: below Gmail's own, it counts for nothing.
    own = google("dmarc", "none", "example.com")
    planted = google("dmarc", "pass", "example.com", header=1)
    assert_flagged_not_cleared(reply(answers=(TO_BOTH,), auth=(own, planted)), "no DMARC or DKIM pass")
    # Topmost but not written by the provider (its authserv-id is not Google's).
    fake_top = google("dmarc", "pass", "example.com", authserv="mx.evil.example")
    assert_flagged_not_cleared(reply(answers=(TO_BOTH,), auth=(fake_top,)), "no DMARC or DKIM pass")
    # A DKIM pass for another domain is not aligned with the From.
    other = google("dkim", "pass", "evil.example")
    assert_flagged_not_cleared(reply(answers=(TO_BOTH,), auth=(other,)), "no DMARC or DKIM pass")
    # Positive controls: Gmail's own verdict, DMARC pass, or a DKIM pass aligned with the From.
    for result in (google("dmarc", "pass", "example.com"), google("dkim", "pass", "@example.com")):
        p, got = outcome(reply(answers=(TO_BOTH,), auth=(result,)))
        assert got == ["ClearBounce"], (result, got)
        assert "authenticated example.com" in p.trust[0].why


def test_a_domain_mailbox_trusts_only_its_own_servers_results():
    """provider "domain": the topmost Authentication-Results count when a host of the
    mailbox's own domain wrote them (acme.example), never Google's name on them."""
    mine = google("dmarc", "pass", "example.com", authserv="mx.acme.example")
    p, got = outcome(reply(answers=(TO_BOTH,), auth=(mine,), provider="domain"))
    assert got == ["ClearBounce"]
    claimed = google("dmarc", "pass", "example.com")  # mx.google.com: not this mailbox's server
    assert_flagged_not_cleared(reply(answers=(TO_BOTH,), auth=(claimed,), provider="domain"),
                               "no DMARC or DKIM pass")


def test_the_receiving_server_finding_the_from_forged_wins_over_a_real_thread():
    forged = google("dmarc", "fail", "example.com")
    assert_flagged_not_cleared(reply(answers=(TO_ANA,), auth=(forged,)), "dmarc=fail")


def test_without_a_sent_lookup_or_gathered_evidence_a_reply_only_flags():
    assert_flagged_not_cleared(reply(answers=(), replied_to=("s1@acme.example",), sent_lookup=False),
                               "cannot look up its sent mail")
    unlooked = seen(REPLY, bounced_ana(), from_address=ANA)  # the worker gathered nothing
    assert_flagged_not_cleared(unlooked, "evidence was not looked up")


def test_a_flood_of_forged_replies_flags_the_contact_once_and_still_resets_soft_counts():
    floods = [reply(mid=f"r{n}") for n in range(50)]
    st = reply_state(soft_bounces={ANA: (NOW - DAY,)})
    p = plan(floods, st, Policy(), now=NOW)
    assert kinds(p) == ["Flag"]  # one key per contact and hard bounce: one CRM write
    assert ANA not in p.next_state.soft_bounces or not p.next_state.soft_bounces[ANA]
    # A genuine reply after the flood still clears.
    p = plan([*floods, reply(mid="real", answers=(TO_ANA,))], st, Policy(), now=NOW)
    assert kinds(p) == ["Flag", "ClearBounce"]


def test_genuine_reply_builder_is_the_trusted_case():
    """The builder other planner tests use for a genuine reply (builders.genuine_reply)."""
    obs = seen(REPLY, bounced_ana(), from_address=ANA, **genuine_reply(ANA))
    assert kinds(plan([obs], reply_state(), Policy(), now=NOW)) == ["ClearBounce"]
