"""The fifty-fourth review: machine-made mail in a sales sender's inbox that is NOT a bounce,
second round after review 34 (which had out-of-office and leaver replies, ticket and CRM
acknowledgements, success DSNs, read receipts and people quoting bounces):

- review_notices54_reports.py: DMARC aggregate reports (RFC 7489; Google's zip, Microsoft's and
  Yahoo's gzip, OpenDMARC, Mail::DMARC), DMARC/DKIM/SPF failure reports (RFC 6591 AFRF,
  Feedback-Type: auth-failure, taxonomy `feedback`), SMTP TLS reports (RFC 8460).
- review_notices54_people.py: calendar replies (Google Calendar, Outlook in seven languages, a
  room's auto-decline, a counter-proposal), Outlook recall requests and cloud recall reports.
- review_notices54_services.py: gateways' quarantine digests and "held" notices (Microsoft 365,
  Proofpoint, Mimecast, Barracuda, Google Workspace, Sophos), mailing-list housekeeping (Mailman 3
  probes, Google Groups moderation), e-signature notifications, chat and social notifications
  quoting a bounce, ESPs' complaint notices, unsubscribe confirmations, newsletters.
- review_notices54_nested.py: non-bounces carrying a bounce or our original inside (a Mailman
  probe with its sample bounce, failure reports without RFC 6591's markings, a digest listing an
  NDR, a recall report with the recalled message).
- review_notices54_controls.py: the real refusals and a delay beside them, which stay bounces.

Rows: (name, source, raw, expected); expected [] = no bounce (taxonomy section 5), written from
the words, shared/DESIGN.md and shared/classifier/taxonomy.md BEFORE the classifier ran.
test_review_notices54.py runs them."""

from __future__ import annotations

from tests.classifier import review_notices54_controls, review_notices54_nested, review_notices54_people, \
    review_notices54_reports, review_notices54_services

ROWS = (review_notices54_reports.REPORT_ROWS + review_notices54_people.PEOPLE_ROWS
        + review_notices54_services.SERVICE_ROWS + review_notices54_nested.NESTED_ROWS
        + review_notices54_controls.CONTROL_ROWS)
