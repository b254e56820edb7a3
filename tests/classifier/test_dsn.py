"""classifier/formats/dsn.py: where a report without a Diagnostic-Code takes an address's explanation from its text.

Exim (its `-eximdsn-` boundary) lists each address with its reasons on the lines right under it; the paragraph after
the list is its closing text (deliver.c's fixed "No action is required on your part..." in a delay warning, or an
administrator's warn_message_file "final" section), which the CRM's bounce field showed as the cause."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier import classify

REAL = Path(__file__).parent / "fixtures" / "real"


def _only(raw: bytes):
    (d,) = classify(raw).deliveries
    return d


@pytest.mark.parametrize("name", ["exim-connection-refused-delay-warning.eml",
                                  "exim-template-helpdesk-refused-delay-warning.eml",
                                  "exim-template-wikimedia-refused-delay-warning.eml"])
def test_exims_closing_text_is_no_addresss_explanation(name):
    d = _only((REAL / name).read_bytes())
    assert d.diagnostic is None  # Exim's warning names no cause for a refused connection
    assert (d.reason.value, d.action, d.hard_bounce) == ("expired", "delayed", False)


@pytest.mark.parametrize("name, said", [
    ("exim-quota-delay-warning.eml", "Delay reason: mailbox is full"),
    ("exim-greeting-timeout-delay-warning.eml", "host 127.0.0.1 [127.0.0.1]"),
    ("exim-redirect-defer-text-delay-warning.eml",
     "Delay reason: Mailbox is being migrated to the new server, please try again later"),
])
def test_the_lines_under_an_address_in_exims_list_stay_its_explanation(name, said):
    assert _only((REAL / name).read_bytes()).diagnostic == said


def _report(boundary: str) -> bytes:
    # HAND-MADE: a report without a Diagnostic-Code whose text explains the address in the paragraph below it.
    return f"""From: Mail Delivery System <mailer-daemon@mx.example.net>
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"

--{boundary}
Content-Type: text/plain

The following address failed:

  someone@example.com

Mailbox does not exist here.

--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Action: failed
Final-Recipient: rfc822;someone@example.com
Status: 5.0.0

--{boundary}--
""".encode()


def test_only_exims_own_report_ends_an_explanation_at_the_blank_line():
    assert _only(_report("=_other_writer_7")).diagnostic == "Mailbox does not exist here."
    assert _only(_report("1796225871-eximdsn-1954495167")).diagnostic is None
