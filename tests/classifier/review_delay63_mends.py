"""Delay 63's mend rows: variants the mend (classifier/formats/amazonses.py reads SES's DeliveryDelay event) must read
as written, and controls whose reading it must NOT change (each checked against the reading without the mend when
written). Expectations as in review_delay63.py; written after the first run, before the mend ran on them."""

from __future__ import annotations

from tests.classifier.review_delay63_layouts import SES_SRC, ses_event
from tests.classifier.review_holdout50 import later, soft

SES_EMAIL = (f"{SES_SRC}; SNS 'Email' subscriptions mail the notification's Message as the text itself (the 'Email-JSON' "
             "ones its envelope)")

ROWS = [
    # Variants: DeliveryDelay without the SNS envelope, under other delay types, with three recipients.
    ("dl63m-ses-delay-no-envelope-full", SES_EMAIL,
     ses_event("m1", "delay", [("u.chua@orchard-lighting.sg", "4.2.2", "smtp; 452 4.2.2 Mailbox full")],
               sub="MailboxFull", sns=False), later("u.chua@orchard-lighting.sg")),
    ("dl63m-ses-delay-spamdetected", f"{SES_SRC} (delayType SpamDetected); Outlook.com's 451 4.7.650 rate limit",
     ses_event("m2", "delay", [("v.goh@outlook.com", "4.7.650", "smtp; 451 4.7.650 The mail server [54.240.3.12] has "
                                "been temporarily rate limited due to IP reputation. (S775)")], sub="SpamDetected"),
     later("v.goh@outlook.com")),
    ("dl63m-ses-delay-three-no-envelope", SES_EMAIL,
     ses_event("m3", "delay", [("w.ong@jurong-steel.sg", "4.4.7", "smtp; 421 4.4.0 Unable to lookup DNS for jurong-"
                                "steel.sg"), ("x.yeo@jurong-steel.sg", "4.4.7", "smtp; 421 4.4.0 Unable to lookup DNS "
                                "for jurong-steel.sg"), ("y.teo@jurong-steel.sg", "4.4.7", "smtp; 421 4.4.0 Unable to "
                                "lookup DNS for jurong-steel.sg")], sub="Undetermined", sns=False),
     later("w.ong@jurong-steel.sg") + later("x.yeo@jurong-steel.sg") + later("y.teo@jurong-steel.sg")),
    # Controls: SES's Bounce events keep their reading (Transient: SES gave up, final and soft; Suppressed: SES's own
    # list, soft), with and without the envelope.
    ("dl63m-ctl-ses-transient-general-no-envelope", SES_EMAIL,
     ses_event("c1", "Transient", [("z.lee@clementi-print.sg", "4.4.7", "smtp; 421 4.4.1 Connection timed out")],
               sns=False), soft("z.lee@clementi-print.sg")),
    ("dl63m-ctl-ses-suppressed", f"{SES_SRC} (bounceSubType Suppressed: SES's suppression list)",
     ses_event("c2", "Permanent", [("a.tay@bedok-foods.sg", "5.1.1", "Amazon SES has suppressed sending to this address "
                                    "because it has a recent history of bouncing as an invalid address.")],
               sub="Suppressed"), soft("a.tay@bedok-foods.sg", ("suppressed", "filtered"))),
    ("dl63m-ctl-ses-transient-full-two", SES_SRC,
     ses_event("c3", "Transient", [("b.low@tampines-tools.sg", "4.2.2", "smtp; 452 4.2.2 Mailbox full"),
                                   ("c.sim@tampines-tools.sg", "4.2.2", "smtp; 452 4.2.2 Mailbox full")],
               sub="MailboxFull"),
     soft("b.low@tampines-tools.sg", ("mailboxfull",)) + soft("c.sim@tampines-tools.sg", ("mailboxfull",))),
]
