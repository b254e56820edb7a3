"""The hundred-and-eighty-fourth review's notices (tests/classifier/review_notices184.py): an adversarial audit of
review 181's mends in classifier/hints.py. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices184 import ROWS as FIRST
from tests.classifier.review_notices184_more import ROWS as MORE

ROWS = FIRST + MORE

JUDGEMENT: dict[str, str] = {
    "r184-svc-ticket-opened-first": (
        "kim lost (no bounce; as on main since review 181's hints._acknowledged): a non-daemon notice service (weak "
        "source) that opens with 'A ticket (#88121) has been opened with our postmaster.' and only then says 'Your "
        "message to kim could not be delivered' with the 5.1.1 has the very shape of a help desk's acknowledgement "
        "quoting a request into which the seller pasted an NDR (Freshdesk, Zendesk, ServiceNow rows ack-*, which read "
        "right and would be false hards on the pasted address otherwise); a real NDR comes from a mail system's "
        "address or as a report (daemon path, untouched by the guard)"),
    "r184-h-svc-received-message-will-and-failure": (
        "kim lost (no bounce), the price of review 184's broader _acknowledged: 'We have received your message and "
        "will process it.' closing its sentence above 'Your message to kim could not be delivered' (a weak, made-up "
        "relay wording) is Help Scout's and HubSpot's acknowledgement opening word for word (rows "
        "ack-helpscout-*, ack-hubspot-*); the same words in ONE sentence with the failure ('received your message "
        "but it could not be delivered', review 181's b2 row, and r184-svc-received-your-request-but) stay a "
        "failure"),
}

test_review_notices184, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 66)
