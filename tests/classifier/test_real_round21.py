"""The twenty-first round's mends, on HAND-MADE notices beside the real ones (real_cases_round21.py).

classifier/go_smtp_wordings.py holds go-smtp's own texts: "Please authenticate first" (SMTP AUTH asked of our client
at MAIL FROM: securityerror, where the stage alone read our sender refused), its "too longer line" error and "Too long
line" reply (notcompliantrfc), the "blame it on the weather" wrapper of a backend's plain error (the receiver's own
failure: systemerror, before the Go network words it may quote) and SQLite's "database is locked" (systemerror, where
a delay read expired); classifier/opensmtpd_wordings.py OpenSMTPD's own "message too large for peer" (mesgtoobig, not
sisimai's exceedlimit) and filter-senderscore's "your IP reputation is too low for this MX" (badreputation, read onhold
where OpenSMTPD's notice names no stage); classifier.formats reads OpenSMTPD's "550 Invalid recipient: <x>" as said to
RCPT (a no-such-user it read filtered at an unnamed stage: a false soft); classifier/aiosmtpd_wordings.py aiosmtpd's
"500 Error: strict ASCII mode" (contenterror) and its handler-exception reply "500 Error: (<class>) <text>"
(systemerror), both read syntaxerror from their 500 before. The controls keep the other readings: a bare
refusal at MAIL FROM, maddy's own failed connect, a full mailbox named inside the wrapper, a delay whose words name
nothing, "Invalid recipient" without OpenSMTPD's address at an unnamed stage, a 5.2.3 "message too large",
aiosmtpd's own 500s for commands it did not understand.
Classification is pure (no clock read), so no clock is pinned here."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed

_WEATHER = "554 5.0.0 Error: transaction failed, blame it on the weather: "


def _one(raw: bytes) -> tuple:
    (d,) = classify(raw).deliveries
    return d.address, d.reason.value, d.hard_bounce, d.permanent, d.scope.value


def test_authentication_asked_of_our_client_is_a_security_matter_of_ours():
    raw = relayed("502 5.7.0 Please authenticate first", status="5.7.0", command="MAIL")
    assert _one(raw) == (LEAD, "securityerror", False, True, "sender")


def test_a_bare_refusal_at_mail_from_stays_our_sender_refused():
    # Control: the same stage and status with words that name nothing.
    assert _one(relayed("550 5.7.0 Not accepted", status="5.7.0", command="MAIL"))[1:] == (
        "rejected", False, True, "sender")


@pytest.mark.parametrize("text, command", [
    (_WEATHER + "smtp: too longer line in input stream", "DATA"),  # lengthlimit_reader.go, through the backend
    ("500 5.4.0 Too long line, closing connection", "DATA"),  # server.go's own reply to the same limit
])
def test_a_line_over_the_limit_breaks_the_line_length_rule(text, command):
    assert _one(relayed(text, status="5.0.0" if "weather" in text else "5.4.0", command=command))[1:4] == (
        "notcompliantrfc", False, True)


def test_a_backends_plain_error_is_the_receivers_own_failure():
    # The Go error names the receiver's connection to its own store, not ours.
    raw = relayed(_WEATHER + "dial tcp 127.0.0.1:2424: connect: connection refused", status="5.0.0", command="DATA")
    assert _one(raw)[1:] == ("systemerror", False, True, "recipient")


@pytest.mark.parametrize("text, status, reason", [
    # Control: maddy's own remote delivery failing to connect (its "No usable MXs"): our side's network words.
    ("No usable MXs, last err: dial tcp 192.0.2.9:25: connect: connection refused", "4.4.1", "networkerror"),
    # Control: a full mailbox named inside the wrapper is still the full mailbox.
    (_WEATHER + "mailbox is full", "5.0.0", "mailboxfull"),
])
def test_other_words_keep_their_readings(text, status, reason):
    assert _one(relayed(text, status=status, command="DATA"))[1] == reason


def test_a_locked_database_is_the_receivers_trouble_for_now():
    raw = relayed("451 4.0.0 database is locked", status="4.0.0", action="delayed")
    assert _one(raw)[1:] == ("systemerror", False, False, "recipient")


def test_a_delay_whose_words_name_nothing_still_reads_expired():
    # Control: the fallback for a delay stays.
    assert _one(relayed("451 4.0.0 please try again", status="4.0.0", action="delayed"))[1] == "expired"


# --- OpenSMTPD's notices name no stage (its list gives "<rcpt>: <reply>" and Status 5.0.0) ---

def test_authentication_asked_of_our_client_is_ours_at_an_unnamed_stage_too():
    raw = relayed("502 5.7.0 Please authenticate first", status="5.0.0", command=None)
    assert _one(raw)[1:] == ("securityerror", False, True, "sender")


def test_opensmtpds_invalid_recipient_is_said_to_rcpt():
    # smtp_session.c's "%s: <%s>" after the lookup's "550 Invalid recipient": a missing mailbox, hard.
    raw = relayed(f"550 Invalid recipient: <{LEAD}>", status="5.0.0", command=None)
    assert _one(raw)[1:] == ("userunknown", True, True, "recipient")


def test_invalid_recipient_without_the_stage_words_keeps_the_unnamed_stage_rule():
    # Control: the same words without OpenSMTPD's address may be a filter after DATA (sisimai's rule): soft.
    assert _one(relayed("550 Invalid recipient", status="5.0.0", command=None))[1:3] == ("filtered", False)


@pytest.mark.parametrize("command", [None, "RCPT"])
def test_a_low_sender_score_is_our_ips_reputation(command):
    raw = relayed("550 your IP reputation is too low for this MX", status="5.0.0", command=command)
    assert _one(raw)[1:] == ("badreputation", False, True, "sender")


def test_a_peer_too_small_for_the_message_is_its_size_limit():
    raw = relayed("message too large for peer", status="5.0.0", command=None)
    assert _one(raw)[1:4] == ("mesgtoobig", False, True)


def test_a_per_recipient_limit_stays_exceedlimit():
    # Control: sisimai's "message too large" under 5.2.3 (a per-recipient limit) keeps its reading.
    assert _one(relayed("552 5.2.3 Message too large", status="5.2.3", command="DATA"))[1] == "exceedlimit"


# --- aiosmtpd's 500s that are no syntax error of ours ---

@pytest.mark.parametrize("text, reason", [
    ("500 Error: strict ASCII mode", "contenterror"),
    ("500 Error: (ConnectionRefusedError) [Errno 111] Connect call failed ('127.0.0.1', 2424)", "systemerror"),
    ("500 Error: (KeyError) 'mailbox'", "systemerror"),
])
def test_aiosmtpds_own_500s_name_the_content_or_its_own_failure(text, reason):
    assert _one(relayed(text, status="5.0.0", command="DATA"))[1:4] == (reason, False, True)


@pytest.mark.parametrize("text", ['500 Error: command "XADR" not recognized', "500 Error: bad syntax"])
def test_aiosmtpds_500s_for_commands_stay_syntax_errors(text):
    # Control: smtp.py's replies to a command it did not understand.
    assert _one(relayed(text, status="5.0.0", command="RCPT"))[1] == "syntaxerror"
