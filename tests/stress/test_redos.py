"""Forged mail built to make one of the classifier's patterns backtrack without end, each found by
benchmarks/redos_scan.py (its dynamic prober; regexploit's own analysis reads no bounded repeat)
and fixed in the pattern's home with the same matches.

No timed assertion: the attack message must read as the small control with the same words does, and
pytest-timeout fails a hang. A tighter limit than pyproject's 300 s: some attacks are quadratic in text the
classifier caps (a line of a 64,000-character part costs about 4 minutes before its fix, under 300 s); before
its fix each test here takes minutes, after it under a second.
"""

from __future__ import annotations

import pytest

from classifier import classify
from classifier.records import Reason

pytestmark = pytest.mark.timeout(60)


def _reading(raw: bytes):
    c = classify(raw)
    return c.is_bounce, [(d.address, d.reason, d.hard_bounce) for d in c.deliveries]


def _auto_reply(run: str) -> bytes:
    return ("From: Help Desk <support@partner.example>\nTo: rep@seller.example\n"
            "Subject: Automatic reply: Order 4711\nAuto-Submitted: auto-replied\n"
            "Message-ID: <a2@partner.example>\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n\n"
            f"Thank you. Your request {run}x\n\nThe following message could not be delivered:\n"
            "550 5.1.1 <orders@partner.example>: Recipient address rejected: User unknown\n").encode()


def test_a_run_of_abbreviations_in_an_auto_reply_does_not_hang_the_worker():
    """Found in session 31's re-read: hints' acknowledgement pattern let the blanks after an abbreviation's period
    ("Your request no. 48250") be read in two ways, so a forged auto-reply with a run of "no. " and no "has been
    received" after it cost twice as much per abbreviation (24 took 27 s; 32 would take hours)."""
    long, short = _reading(_auto_reply("no. " * 32)), _reading(_auto_reply("no. "))
    assert long == short


def test_a_run_of_initials_in_an_auto_reply_does_not_hang_the_worker():
    """hints._GAP read an initial's "x." both as one followed by another and as one after another, so
    "Your request a.a.a.a..." with no "has been received" after it doubled with each initial (20
    took 3 s in classify, 40 would take weeks)."""
    long, short = _reading(_auto_reply("a." * 40)), _reading(_auto_reply("a.b."))
    assert long == short
    assert short[0] and short[1][0][0] == "orders@partner.example"


def _dsn(diagnostic: str) -> bytes:
    return ("From: MAILER-DAEMON@mx.partner.example\nTo: rep@seller.example\n"
            "Subject: Undelivered Mail Returned to Sender\nMessage-ID: <b1@mx.partner.example>\n"
            "Date: Thu, 3 Dec 2026 10:00:00 +0000\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
            "--b\nContent-Type: text/plain\n\nThis is the mail system at host mx.partner.example.\n\n"
            f"<lena@partner.example>: host mx.partner.example said: {diagnostic}\n"
            "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.partner.example\n\n"
            "Final-Recipient: rfc822; lena@partner.example\nAction: failed\nStatus: 5.1.1\n"
            f"Diagnostic-Code: smtp; {diagnostic}\n--b--\n").encode()


def test_a_long_capitalised_word_before_left_does_not_hang_the_worker():
    """leaver_names' name word let a run of lowercase letters be split between its parts in every way, so a
    forged DSN's "Maaa…a left here" doubled with each letter (22 took 1.4 s in classify, 40 would take days)."""
    long = _reading(_dsn("550 5.1.1 M" + "a" * 40 + " left here"))
    short = _reading(_dsn("550 5.1.1 Ma left here"))
    assert long == short
    assert short[0] and short[1][0][0] == "lena@partner.example"


def test_a_run_of_dotted_letters_in_a_generic_refusal_does_not_hang_the_worker():
    """generic_refusal's host pattern read a run such as "a.a.a..." (no top label of two letters) from every
    character and every split of it, cubic in the reply's length: a forged DSN's 1,600 characters took 152 s;
    the reply is read up to 2,000 characters (reasons._normal)."""
    head = "550 5.1.1 Requested action not taken: mailbox unavailable "
    long, short = _reading(_dsn(head + "a." * 1000 + "!")), _reading(_dsn(head + "a.a.!"))
    assert long == short
    assert short[0] and short[1][0][0] == "lena@partner.example"


def test_long_runs_of_blanks_in_a_quoted_printable_bounce_do_not_hang_the_worker():
    """text's quoted-printable padding pattern tried a run of blanks not ending a line from each of its blanks:
    a forged bounce with 32,000 blanks before a word took 14 s in classify, quadratic. A part is read up to
    128,000 characters, so one part costs minutes at most; a message of parts, up to the 1 MB cap, costs that many
    times more (four here: before the fix, far beyond pytest-timeout)."""

    def bounce(blanks: int, parts: int) -> bytes:
        part = ("--b\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: quoted-printable\n\n"
                + " " * blanks + "x \n")
        return ("From: MAILER-DAEMON@mx.partner.example\nTo: rep@seller.example\n"
                "Subject: Undelivered Mail Returned to Sender\nMessage-ID: <b2@mx.partner.example>\n"
                "Date: Thu, 3 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
                "<lena@partner.example>: host mx.partner.example said: 550 5.1.1 user unknown\n"
                + part * parts + "--b--\n").encode()

    long, short = _reading(bounce(120_000, 4)), _reading(bounce(1, 1))
    assert long == short
    assert short[0] and short[1][0][0] == "lena@partner.example"


def test_a_long_run_of_blanks_in_a_heading_line_does_not_hang_the_worker():
    """intros' heading side pattern (what a went-through heading says beside it) was tried from each blank of a
    run: a forged bounce's line "Delivered", 16,000 blanks, "x:" took 25 s in classify, quadratic; a line may be a
    part's whole text (64,000 characters: minutes)."""

    def bounce(blanks: int) -> bytes:
        return ("From: MAILER-DAEMON@mx.partner.example\nTo: rep@seller.example\n"
                "Subject: Undelivered Mail Returned to Sender\nMessage-ID: <b3@mx.partner.example>\n"
                "Date: Thu, 3 Dec 2026 10:00:00 +0000\n\nThis is the mail system at host mx.partner.example.\n\n"
                "<lena@partner.example>: host mx.partner.example said: 550 5.1.1 user unknown\n"
                "Delivered" + " " * blanks + "x:\n\nThe following addresses had permanent fatal errors:\n"
                "<kim@partner.example>\n").encode()

    long, short = _reading(bounce(60_000)), _reading(bounce(1))
    assert long == short
    assert short[0] and [d[0] for d in short[1]] == ["lena@partner.example", "kim@partner.example"]


def test_a_line_of_leading_blanks_before_a_label_does_not_hang_the_worker():
    """recipients' recap patterns ("To:", "From:" restated) split a line's leading blanks between two runs in
    every way when no bullet stood between them: a forged bounce's line of 8,000 blanks before "x: y" took 3.7 s
    in classify, quadratic; 60,000 minutes."""

    def bounce(blanks: int) -> bytes:
        return ("From: MAILER-DAEMON@mx.partner.example\nTo: rep@seller.example\n"
                "Subject: Undelivered Mail Returned to Sender\nMessage-ID: <b4@mx.partner.example>\n"
                "Date: Thu, 3 Dec 2026 10:00:00 +0000\n\nThis is the mail system at host mx.partner.example.\n\n"
                "<lena@partner.example>: host mx.partner.example said: 550 5.1.1 user unknown\n"
                + " " * blanks + "x: y\n").encode()

    long, short = _reading(bounce(60_000)), _reading(bounce(1))
    assert long == short
    assert short[0] and short[1][0][0] == "lena@partner.example"


def test_a_long_run_of_dotted_labels_does_not_hang_the_worker():
    """outcome_words._HOST (a host's name on a delivered line) tried every label's start of a dotted run to the
    line's end when no name's end was there, so a forged "delivered via a.a.a...:" was quadratic (16,000 characters
    took 33 s in classify; the prober's last finding). A name has at most 127 labels (RFC 1035): bounded so, about 1 s for 44,000."""

    def plain(line: str) -> bytes:
        return ("From: MAILER-DAEMON@mx.partner.example\nTo: rep@seller.example\n"
                "Subject: Undelivered Mail Returned to Sender\nMessage-ID: <b3@mx.partner.example>\n"
                "Date: Thu, 3 Dec 2026 10:00:00 +0000\n\nThis is the mail system at host mx.partner.example.\n\n"
                "<lena@partner.example>: host mx.partner.example said: 550 5.1.1 user unknown\n"
                f"{line}\n\nThe following addresses had permanent fatal errors:\n<kim@partner.example>\n").encode()

    long, short = _reading(plain("delivered via " + "a." * 22_000 + ":")), _reading(plain("delivered via a.a.:"))
    assert long == short
    assert short[0] and [a for a, _, _ in short[1]] == ["lena@partner.example", "kim@partner.example"]


def _exchange55(blanks: str) -> bytes:
    return ("From: System Administrator <postmaster@ex55.partner.example>\nTo: rep@seller.example\n"
            "Subject: Undeliverable: Follow-up\nX-Mailer: Internet Mail Service (5.5.2653.19)\n"
            "Message-ID: <c1@ex55.partner.example>\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n\n"
            "Your message\n\n  To:      lead@partner.example\n  Subject: Follow-up\n\n"
            "did not reach the following recipient(s):\n\n"
            "lead@partner.example on Thu, 3 Dec 2026 10:00:00 +0000\n"
            f"    The recipient name is not recognized\n{blanks}\n"
            "    MSEXCH:IMS:Partner:Site:EX55 0 (000C05A6) Unknown Recipient\n").encode()


def test_blank_lines_and_a_long_word_in_an_exchange_notice_do_not_hang_the_worker():
    """Session 33: Exchange 5.5's reader looked for the next recipient's paragraph with `\\n\\s*\\S+@\\S+ on `,
    tried at every newline; each newline of a blank run before a word full of "@" cost the square of the
    word's length (6,000 blank lines before a 6,000-character word: minutes). Now each run is read once."""
    long = _reading(_exchange55("\n" * 6000 + "a@" * 3000))
    short = _reading(_exchange55("\n" + "a@" * 3000))
    assert long == short
    assert short[1][0][:2] == ("lead@partner.example", Reason.USERUNKNOWN)
