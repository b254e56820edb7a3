"""The seventeenth round: Exim 4.96's own notices with administrators' texts (real_cases_round17.py), and its one mend.

Every reading was right at first: an administrator's bounce_message_file, warn_message_file, bounce_message_text or
dsn_from changes Exim's prose and headers, not the per-address lines and DSN the readings come from. The first test
holds that: each real notice reads as the earlier round's notice of the same failure with Exim's built-in texts.

The mend (classifier/formats generated_text): a pipe transport's returned output sits under the template's THIRD item
when a site sets one, instead of Exim's "The following text was generated during the delivery attempt:" (deliver.c
prints the item in the sentence's place, then its own "------ <address> ------" line). The program's words were
dropped there; they are read now, so a program that says why (maildrop's "This mailbox is closed") gives the same
reading under a site's text as under Exim's. Shown on HAND-MADE copies of the real notice; the controls: a section for
another address lends nothing, and the real notice's reading stays mailererror."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier import classify

REAL = Path(__file__).parent / "fixtures" / "real"
PIPE = "exim-template-helpdesk-pipe-output.eml"
OUTPUT = b"ticket-import: queue tickets is closed for maintenance"


def _facts(raw: bytes) -> tuple:
    (d,) = classify(raw).deliveries
    return d.reason.value, d.hard_bounce, d.permanent, d.status, d.reply_code, d.diagnostic, d.smtp_command, d.action


@pytest.mark.parametrize("name, built_in", [
    ("exim-template-wikimedia-unknown-local-user.eml", "exim-unknown-local-user.eml"),
    ("exim-template-helpdesk-unknown-local-user.eml", "exim-unknown-local-user.eml"),
    ("exim-bounce-message-text-unknown-local-user.eml", "exim-unknown-local-user.eml"),
    ("exim-dsn-from-reply-to-unknown-local-user.eml", "exim-unknown-local-user.eml"),
    ("exim-template-wikimedia-references-subject-remote-unrouteable.eml", "exim-remote-rcpt-unrouteable.eml"),
    ("exim-template-helpdesk-remote-unrouteable.eml", "exim-remote-rcpt-unrouteable.eml"),
    ("exim-dsn-failure-envid-orcpt.eml", "exim-remote-rcpt-unrouteable.eml"),
    ("exim-template-spec-default-remote-message-too-big.eml", "exim-remote-message-too-big.eml"),
    ("exim-template-wikimedia-refused-retry-timeout.eml", "exim-connection-refused-retry-timeout.eml"),
    ("exim-template-helpdesk-refused-retry-timeout.eml", "exim-connection-refused-retry-timeout.eml"),
])
def test_an_administrators_texts_leave_exims_reading_as_with_its_own(name, built_in):
    assert _facts((REAL / name).read_bytes()) == _facts((REAL / built_in).read_bytes())


def test_references_holding_the_subject_do_not_stand_for_the_original():
    # Wikimedia's older template: "References: $h_subject". The original is the returned message's Message-ID.
    result = classify((REAL / "exim-template-wikimedia-references-subject-remote-unrouteable.eml").read_bytes())
    assert result.original.message_id == "20261206094159.49084.ex-wmold-ghost@bounce-lab.test"


def test_a_programs_output_under_a_sites_own_third_item_is_read():
    (d,) = classify((REAL / PIPE).read_bytes()).deliveries
    assert d.diagnostic == "local delivery failed " + OUTPUT.decode()
    assert (d.reason.value, d.hard_bounce, d.permanent) == ("mailererror", False, True)


def test_the_program_saying_why_gives_the_reading_it_gives_under_exims_own_sentence():
    closed = b"This mailbox is closed; please write to support@bounce-lab.test instead."
    raw = (REAL / PIPE).read_bytes().replace(OUTPUT, closed)
    builtin = _facts((REAL / "exim-maildrop-exitcode-77-return-output.eml").read_bytes())
    assert _facts(raw)[:3] == builtin[:3] == ("suspend", False, True)


def test_a_section_for_another_address_lends_nothing():
    raw = (REAL / PIPE).read_bytes().replace(b"------ importer@bounce-lab.test ------",
                                             b"------ other@bounce-lab.test ------")
    (d,) = classify(raw.replace(OUTPUT, b"This mailbox is closed.")).deliveries
    assert (d.address, d.reason.value, d.diagnostic) == ("importer@bounce-lab.test", "mailererror",
                                                          "local delivery failed")
