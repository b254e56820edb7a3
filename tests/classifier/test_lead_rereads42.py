"""The lead's re-reads of 2026-12-07 (session 39): cases that reviews pinned without analysis, each with its
controls. HAND-MADE notices in the layouts their builders name."""

from __future__ import annotations

from classifier import classify
from tests.classifier.review_old36_layouts import postfix1

LEAD, OTHER, IP = "lead@partner.example", "other@partner.example", "192.0.2.25"


def read(raw: bytes) -> list[tuple]:
    return [(d.address, d.reason.value, d.hard_bounce) for d in classify(raw).deliveries]


def test_a_remote_sendmail_reply_folded_after_said_is_no_second_recipient():
    # Postfix folds a long "<r>: host x[ip] said: <reply>" after "said:" with an indented continuation; the remote
    # sendmail's reply "550 <other>... User unknown" then stands on a line of its own, shaped like Sendmail's own
    # verdict line. It is the reply about lead (test_review_invariance's wrap_66_folded on old36's row read other@
    # as a second failed recipient, HARD: an address we never sent to).
    said = f"<{LEAD}>: host mx.partner.example[{IP}] said:\n"
    folded = read(postfix1("fo", said + f" 550 <{OTHER}>... User unknown\n"))
    assert [a for a, *_ in folded] == [LEAD]
    assert folded == read(postfix1("fo", said[:-1] + f" 550 <{OTHER}>... User unknown\n"))
    # Controls: the reply about lead itself, folded, is still lead's hard; Sendmail's own verdict lines (column 0,
    # one per recipient, no "said:" above) each name a failed recipient.
    assert read(postfix1("fl", said + f" 550 <{LEAD}>... User unknown\n")) == [(LEAD, "userunknown", True)]
    two = read(postfix1("ft", f"550 5.1.1 <{LEAD}>... User unknown\n550 5.1.1 <{OTHER}>... User unknown\n"))
    assert two == [(LEAD, "userunknown", True), (OTHER, "userunknown", True)]


def test_a_bare_user_deleted_is_gone_as_an_account_deleted():
    # "550 5.0.0 User deleted" read onhold, soft, while "Account deleted" read userunknown, hard (audit 41b's open
    # case): departures' deletion knew only account, mailbox, address, inbox. The issue's principle: a permanent
    # refusal saying the recipient no longer exists is hard. Controls: our login's user, a user who deleted a
    # message, a recipient off a list, a deletion scheduled, a 4xx.
    from tests.classifier.notices import relayed

    def one(text: str, status: str | None, command: str = "RCPT") -> tuple:
        (d,) = classify(relayed(text, status=status, command=command)).deliveries
        return d.reason.value, d.hard_bounce

    for gone in ("550 User deleted", "550 5.0.0 User deleted", "550 user was deleted", "550 Recipient deleted",
                 "550 5.0.0 User is deleted", "550 5.0.0 recipient has been deleted"):
        assert one(gone, None) == ("userunknown", True), gone
    for kept in ("550 5.7.1 SMTP user deleted", "550 5.7.1 Relay user deleted", "550 5.7.1 Sending user deleted",
                 "550 5.7.1 Your user was deleted", "550 5.7.1 User deleted the message",
                 "550 5.7.1 The recipient deleted your message unread", "550 5.7.1 Recipient deleted from whitelist",
                 "550 5.7.1 User deleted from group", "550 5.7.1 user is deleted in 30 days",
                 "550 5.7.1 Message rejected: recipient deleted messages automatically"):
        assert one(kept, "5.7.1")[1] is False, kept
    assert one("450 4.2.1 User deleted", "4.2.1")[1] is False


def test_mox_dsn_keeps_each_error_with_doubled_blank_lines_or_a_wrapped_error():
    # Mox writes each recipient's error ABOVE its address (formats/mox_dsn.py); a relay doubling the blank lines, or a
    # client wrapping a long error onto a second line (tab-indented or flush), lost it: the second recipient's rate refusal
    # (speeding, ours) read mailboxfull from its 4.2.2 alone (the review grid's blank_lines and wrap_60).
    from tests.classifier.review_old37 import ROWS as OLD37
    from tests.classifier.variants import TRANSFORMS

    rows = {name: row[-2] for name, *row in OLD37}

    def full(raw: bytes) -> list[tuple]:
        return [(d.address, d.reason.value, d.scope.value, d.diagnostic) for d in classify(raw).deliveries]

    for name, key in (("blank_lines", "o37-moxdsn-dmarc-and-rate"), ("wrap_60", "o37-moxdsn-size-rate"),
                      ("wrap_50_flush", "o37-moxdsn-high-rate")):
        raw = rows[key]
        assert TRANSFORMS[name](raw) != raw
        assert full(TRANSFORMS[name](raw)) == full(raw), (name, key)


def test_mox_dsn_error_search_stays_linear_over_many_lines():
    # The first form of the wrapped-error pattern let a line's trailing blanks split two ways per line: thousands of
    # lines of "a  \t " before an address took minutes (found by the lead). A guard on the matches, not a timing: the
    # same input must give no error, and a bounded error still comes back joined.
    from classifier.formats.mox_dsn import said_above

    head = "Permanent delivery failure to:\n\n\t"
    assert said_above(head + "a  \t \n" * 3000 + "\t") == ""
    assert said_above(head + "more than 200 messages\nfrom your ip\n\nError:\n\n\t") == "more than 200 messages from your ip"
