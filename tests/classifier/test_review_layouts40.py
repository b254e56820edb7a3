"""Review layouts40's whole notices (tests/classifier/review_layouts40.py): Exchange 4.0/5.5 NDRs, Sieve rejection
MDNs, labelled recipient lines, malformed Final-Recipient fields, auto-reply headers, away replies, challenges and
encoded Message-IDs, written from their generators' sources and documents. One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from classifier import classify
from tests.classifier.review_check import review_tests
from tests.classifier.review_layouts40_more import CONTROL_ROWS, MESSAGE_IDS, ROWS

JUDGEMENT = {
    "l40-cyrus-reject-alias": (
        "The recipient's Sieve script refuses 'unsolicited sales mail': expected filtered (the owner's own choice of "
        "senders), read spamdetected (the script judging our mail unsolicited, i.e. spam). Both soft, both the "
        "recipient's scope: the planner does the same with either, and a rule that read a script's spam words as "
        "filtered would set aside the table's spam wording for one layout. Left as it reads."),
}

test_review_layouts40, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS + CONTROL_ROWS, JUDGEMENT, 60)


def test_returned_message_ids_read():
    raw = {r[0]: r[2] for r in ROWS}
    got = {name: (classify(raw[name]).original.message_id or "").strip("<>") for name in MESSAGE_IDS}
    assert got == MESSAGE_IDS


def test_challenge_words_read_across_broken_lines():
    # The mend in formats/challenge.py (review layouts40): SurgeMail's Friends request (row
    # l40-challenge-surgemail-friends) re-wrapped at 40 columns with tabs, as test_review_invariance's wrap_40_tab
    # does, is still the responder's auto-reply (vacation, no bounce), as it reads unwrapped.
    from tests.classifier.review_layouts40_layouts import reply
    text = ("To keep spam out of my mailbox I use a Friends list. Your message to me is held\n\tpending until you "
            "confirm that you sent it. Please click the link below to\n\tconfirm you are a real\n\tperson:\n\n"
            "https://mail.partner.example/cgi/confirm?k=51ab")
    result = classify(reply("sw", "", "Did you send me an email?", text))
    assert not result.is_bounce
    assert [(d.address, d.reason.value) for d in result.deliveries] == [("lead@partner.example", "vacation")]


def test_challenge_words_across_lines_leave_a_bounce_a_bounce():
    # Its control: a real refusal whose help text, broken over lines, asks to "confirm that you are a\n person" is
    # still the bounce its 550 5.1.1 says (formats/challenge.py's _FAILURE keeps it out, joined lines or not).
    from tests.classifier.review_layouts40_layouts import labelled
    text = ("Your message could not be delivered.\n\nRecipient: lead@partner.example\nReason: 550 5.1.1 User unknown"
            "\n\nIf you think this is wrong, visit our help page and confirm that you are a\nperson to open a ticket.\n")
    (d,) = classify(labelled("cw", "Undeliverable mail: Quick question", text, to="lead@partner.example")).deliveries
    assert (d.address, d.reason.value, d.hard_bounce) == ("lead@partner.example", "userunknown", True)


def test_an_address_no_longer_in_use_is_gone_as_one_no_longer_valid():
    # The lead's re-read of layouts40's note (2026-12-07): an admin's refusal "This (email) address is no longer in
    # use" (Exchange mail flow rule under 5.7.1, access(5) REJECT with no code) read securityerror / onhold, soft, while
    # "no longer valid" and "no longer monitored" read userunknown, hard. Controls: our address, an IP's, a forwarding
    # target's, a 4xx, and the mailbox's own "no longer in use" (suspend, review issue 13's call) keep their readings.
    from classifier import classify
    from tests.classifier.notices import relayed

    def one(text: str, status: str | None) -> tuple:
        (d,) = classify(relayed(text, status=status, command="RCPT")).deliveries
        return d.reason.value, d.hard_bounce, d.scope.value

    gone = ("userunknown", True, "recipient")
    assert one("550 5.7.1 This email address is no longer in use. Please contact sales@partner.example", "5.7.1") == gone
    assert one("550 This address is no longer in use.", None) == gone
    assert one("550 5.7.1 This address is no longer used", "5.7.1") == gone
    assert one("550 5.7.1 This address is no longer valid", "5.7.1") == gone
    for ours in ("550 5.7.1 Your sender address is no longer in use",
                 "550 5.7.1 The IP address you are sending from is no longer in use by our customer",
                 "550 5.7.1 The address from which you sent is no longer in use",
                 "550 5.7.1 Reply-to address is no longer in use",
                 "550 5.7.1 The forwarding address for this mailbox is no longer in use",
                 "550 5.7.1 This mailbox is no longer in use"):
        assert one(ours, "5.7.1")[1] is False, ours
    assert one("450 4.7.1 This address is no longer in use", "4.7.1")[1] is False
