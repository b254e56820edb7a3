"""End to end, once per CRM: soft bounces of one address over several days escalate to
bounced (and unenroll) at the policy's threshold, with a note saying so."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.timeout(120)

SEQ = {"Q4 Outbound": 3}


def test_three_soft_bounces_over_days_escalate_to_bounced_and_unenroll(e2e):
    ana = e2e.add_contact("ana.full@prospects.example", SEQ)
    # Both in the first run's page, which Gmail lists newest first.
    e2e.mail.bounce(ana.email, "soft", days_ago=9)
    e2e.mail.bounce(ana.email, "soft", days_ago=4)

    first = e2e.run()
    assert first["bounces_soft"] == 2 and first["unenrolled"] == 0, first.summary
    e2e.assert_contact(ana, status="soft_bounced", reason="mailboxfull", hard=False,
                       soft_count=2, sequences=SEQ,
                       note_contains="2 soft bounces in 30 days: mailbox full; still emailed")

    e2e.mail.bounce(ana.email, "soft")  # the third, today: within the 30-day window
    second = e2e.run()

    assert second["bounces_soft"] == 1 and second["unenrolled"] == 1, second.summary
    # The escalation is explained where a rep reads it; the policy's window came through
    # the outbox with the action.
    e2e.assert_contact(ana, status="bounced", reason="mailboxfull", sequences={},
                       address=ana.email, soft_count=3,
                       note_contains="3 soft bounces in 30 days: mailbox full; marked bounced")
