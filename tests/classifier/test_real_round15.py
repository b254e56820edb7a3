"""The fifteenth round's mends, on HAND-MADE notices beside the real ones (real_cases_round15.py).

First (classifier/older_servers.py ALIAS_EXPANSION, read in reasons._coded): Postfix's cleanup
answers "451 4.6.0 Alias expansion error" when it cannot expand the RECEIVER's own virtual aliases (its expansion,
nesting or address-length limit, or a failed table lookup: src/cleanup/cleanup_map1n.c). The 4.6.0 is Postfix's code
for it, not anything in our message: systemerror, not 4.6.0's media subject (contenterror). Read on HAND-MADE relay
reports beside the real notices (real_cases_round15.py). The controls: other x.6.0 refusals keep contenterror, a
final notice keeps its permanence, nothing turns hard.

Then Exim's own words: its router's "remote host address is the local host" / "lowest numbered MX record points to
local host" (src/routers/rf_self_action.c) as systemerror (older_servers.PHRASES), and its "Mail failure - message too
big" (src/moan.c, ERRMESS_TOOBIG) as mesgtoobig (classifier/reporters/exim_moan.py), not ERRMESS_TOOMANYRECIP's
message, which ends with the same line."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed


def _read(text: str, status: str, command: str = "DATA", action: str | None = None) -> tuple:
    (d,) = classify(relayed(text, status=status, command=command, action=action)).deliveries
    return d.address, d.reason.value, d.hard_bounce, d.permanent


def test_postfix_alias_expansion_error_for_now_is_the_receivers_system():
    assert _read("451 4.6.0 Alias expansion error", "4.6.0", action="delayed") == (LEAD, "systemerror", False, False)


def test_the_same_words_without_a_status_still_name_the_receivers_aliases():
    # The phrase table speaks where no code does (a relay that passed on only the text).
    assert _read("451 Alias expansion error", None)[1:3] == ("systemerror", False)


@pytest.mark.parametrize("text, status", [
    ("554 5.6.0 Error: malformed MIME header", "5.6.0"),
    ("550 5.6.0 uuencoded attachments are not accepted", "5.6.0"),
])
def test_other_media_refusals_keep_contenterror(text, status):
    assert _read(text, status) == (LEAD, "contenterror", False, True)


def _exim(failed: str, why: str) -> bytes:
    """Exim's notice for an address its router failed (deliver.c's layout, HAND-MADE after the real round's)."""
    return (
        "From: Mail Delivery System <Mailer-Daemon@mx.example.com>\nTo: seller@example.com\n"
        "Subject: Mail delivery failed: returning message to sender\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Exim 4.96 layout)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B0"\n\n'
        "--B0\nContent-type: text/plain; charset=us-ascii\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {failed}\n    {why}\n\n"
        "--B0\nContent-type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
        f"Action: failed\nFinal-Recipient: rfc822;{failed}\nStatus: 5.0.0\n\n"
        "--B0\nContent-type: message/rfc822\n\n"
        f"From: seller@example.com\nTo: {failed}\nSubject: Hello\nMessage-ID: <hand-made-r15@example.com>\n\nHi\n--B0--\n"
    ).encode()


@pytest.mark.parametrize("why", ["remote host address is the local host",
                                 "lowest numbered MX record points to local host"])
def test_exims_route_back_to_itself_is_a_system_error(why):
    # Exim's rf_self_action.c: the routed host is this host (self = fail): a misrouting, not the mailbox.
    (d,) = classify(_exim(LEAD, why)).deliveries
    assert (d.reason.value, d.hard_bounce, d.permanent) == ("systemerror", False, True)


def _moan(subject: str, paragraph: str) -> bytes:
    """Exim's "Mail failure - ..." message (moan.c's layout, HAND-MADE after the real round's): no DSN, a copy."""
    return (
        "From: Mail Delivery System <Mailer-Daemon@example.com>\nTo: seller@example.com\n"
        f"Subject: Mail failure - {subject}\nAuto-Submitted: auto-replied\nX-Hand-Made: yes (Exim 4.96 moan.c)\n"
        "References: <hand-made-r15@example.com>\n\n"
        f"{paragraph}\n\n------ This is a copy of your message, including all the headers. ------\n\n"
        f"From: seller@example.com\nTo: {LEAD}\nSubject: Hello\nMessage-ID: <hand-made-r15@example.com>\n\nHi\n"
    ).encode()


def test_exims_mail_failure_for_its_size_limit_is_too_big():
    result = classify(_moan("message too big", "A message that you sent was longer than the maximum size allowed on this\n"
                                                "system. It was not delivered to any recipients."))
    assert [(d.address, d.reason.value, d.hard_bounce) for d in result.deliveries] == [(LEAD, "mesgtoobig", False)]


def test_the_same_last_line_after_another_cause_is_not_too_big():
    # ERRMESS_TOOMANYRECIP ends with the same line as ERRMESS_TOOBIG: only the opening sentence says the size.
    result = classify(_moan("too many recipients", "A message that you sent contained more recipients than allowed on\n"
                                                    "this system. It was not delivered to any recipients."))
    assert all(d.reason.value != "mesgtoobig" for d in result.deliveries)
