"""The fifty-fourth review's harder cases: non-bounces that CARRY a bounce or our original mail
to the prospect inside them, where a reader that trusts any returned original or any nested
report would find a failed recipient. A Mailman 3 probe attaches the bounce it got about the
seller's own address; DMARC failure reports from receivers that leave out RFC 6591's
report-type or label the feedback part as text; a quarantine digest listing a held NDR; an
Exchange mail-flow rule's "notify the sender" notice; a recall report with the recalled message
attached; an HTML DMARC summary. Every row expects [] (taxonomy section 5; `feedback` for
auth-failure reports)."""

from __future__ import annotations

from tests.classifier.review_notices34_layouts import SELLER, mail
from tests.classifier.review_notices54_layouts import DOMAIN, LEAD, multi, part

_ORIGINAL = (f"From: Sam Seller <{SELLER}>\nTo: Lee Ad <{LEAD}>\nSubject: Quote for Q3\n"
             f"Message-ID: <r54-q3@{DOMAIN}>\nDate: Fri, 04 Dec 2026 09:55:00 +0000\n\nHi Lee, the quote is attached.\n")


def _rfc822(body: str) -> str:
    return f"Content-Type: message/rfc822\n\n{body}"


_SELF_BOUNCE = ("From: MAILER-DAEMON@mx.ourco.example (Mail Delivery System)\nTo: partners-bounces@lists.partner."
                "example\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: "
                'multipart/report; report-type=delivery-status; boundary="in1"\n\n--in1\nContent-Type: text/plain\n\n'
                f"<{SELLER}>: host mx.ourco.example said: 552 5.2.2 mailbox over quota\n\n--in1\nContent-Type: "
                f"message/delivery-status\n\nReporting-MTA: dns; mx.ourco.example\n\nFinal-Recipient: rfc822; "
                f"{SELLER}\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox over quota\n\n"
                "--in1--\n")
_MM3 = ("Mailman 3 core templates/en/list:user:action:probe.txt ('This is a probe message. You can ignore this "
        "message. ... A sample is attached below.') and mailman/app/bounces.py send_probe (the probe is multipart/"
        "mixed: the text, then the bounce that triggered it as message/rfc822)")

_AFRF_BLOCK = (f"Feedback-Type: auth-failure\nUser-Agent: Receiver-Forensics/2.0\nVersion: 1\nOriginal-Mail-From: "
               f"<{SELLER}>\nOriginal-Rcpt-To: <{LEAD}>\nSource-IP: 198.51.100.23\nReported-Domain: {DOMAIN}\n"
               f"Auth-Failure: dmarc\nAuthentication-Results: mx.partner.example; dmarc=fail header.from={DOMAIN}\n"
               "Delivery-Result: reject\n")
_AFRF = ("RFC 6591 / RFC 7489 section 7.3 failure report as receivers send it in practice: some omit the "
         "report-type parameter or send the feedback fields as text/plain (weak: as DMARC report processors' "
         "documentation of malformed forensic reports describes them, e.g. parsedmarc's 'failure report' parser "
         "notes); the original returned whole as message/rfc822 (RFC 6591 section 3.1)")

NESTED_ROWS = [
    ("mailman3-probe-with-own-bounce-attached", _MM3,
     multi("partners-bounces+probe@lists.partner.example", "The partners mailing list probe message",
           [part("text/plain", "This is a probe message. You can ignore this message.\n\nThe partners mailing list "
                 "has received a number of bounces from you, indicating that there may be a problem delivering "
                 f"messages to {SELLER}. A sample is attached below.\n"), _rfc822(_SELF_BOUNCE)],
           "List-Id: <partners.lists.partner.example>\nPrecedence: list\nAuto-Submitted: auto-generated\n"), []),
    ("afrf-no-report-type-param", _AFRF,
     multi("DMARC Forensics <forensic@partner.example>", f"DMARC Failure Report for {DOMAIN}",
           [part("text/plain", "This is an authentication failure report for an email message received from "
                 "IP 198.51.100.23. The message was rejected."), "Content-Type: message/feedback-report\n\n"
            + _AFRF_BLOCK, _rfc822(_ORIGINAL)], kind="report"), []),
    ("afrf-feedback-part-as-text", _AFRF,
     multi("DMARC Forensics <forensic@partner.example>", f"DMARC Forensic Report: {DOMAIN} failed",
           [part("text/plain", "A message from your domain failed DMARC and was not delivered.\n\n" + _AFRF_BLOCK),
            _rfc822(_ORIGINAL)]), []),
    ("afrf-mixed-original-only", _AFRF + " (a receiver that sends only the text and the original)",
     multi("dmarc-noreply@partner.example", f"FW: Quote for Q3 [DMARC failure report for {DOMAIN}]",
           [part("text/plain", f"Authentication failure report\nReported-Domain: {DOMAIN}\nAuth-Failure: dmarc\n"
                 "Delivery-Result: reject\nThe message below failed DMARC and was rejected."),
            _rfc822(_ORIGINAL)], "Auto-Submitted: auto-generated\n"), []),
    ("proofpoint-digest-lists-held-ndr", "Proofpoint End User Digest (as review_notices54_services) listing a "
     "quarantined NDR addressed to the seller (HAND-MADE)",
     mail("Proofpoint <noreply@ourco.pphosted.com>", "End User Digest: 1 New Message",
          "The emails listed below have been placed in your personal Quarantine.\n\nSpam - Quarantined\n\n"
          "From: MAILER-DAEMON@mx.partner.example\nSubject: Undelivered Mail Returned to Sender\n"
          f"Detail: <{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n\n"
          "Release | Release and Allow Sender | Block Sender\n", "Auto-Submitted: auto-generated\n"), []),
    ("exo-transport-rule-notify-sender-only", "Microsoft Learn 'Mail flow rule actions in Exchange Online' (Notify "
     "the sender with a message: NotifyOnly 'the message is delivered' with the rule's text; 'Use mail flow rules "
     "to notify senders') (weak: the layout)",
     mail("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@partner.example>",
          "Notification: Quote for Q3",
          f"Your message to {LEAD} was delivered, but it contained an attachment type that our policy flags. "
          "Please send quotes as PDF in future.\n\nThis is an automatically generated notification.",
          "Auto-Submitted: auto-generated\nX-MS-Exchange-Generated-Message-Source: Transport Rule Agent\n"
          "X-MS-Exchange-Organization-SCL: -1\n"), []),
    ("recall-report-with-original-attached", "Microsoft Support 'Recall or replace an email message that you sent' "
     "(the cloud recall report) with the recalled message attached (HAND-MADE)",
     multi("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.example>",
           "Message Recall Report for message: Quote for Q3",
           [part("text/plain", f"Message Recall Report for message: Quote for Q3\n\nRecipient: {LEAD}\n"
                 "Recall status: Failed\nThe message couldn't be recalled."), _rfc822(_ORIGINAL)],
           "Auto-Submitted: auto-generated\nX-MS-Exchange-Generated-Message-Source: Message Recall\n"), []),
    ("dmarc-html-summary-failed-rejected", "RFC 7489 section 7.2.1.1 Subject with an HTML-only summary (a hosted "
     "DMARC service's digest; HAND-MADE)",
     multi("DMARC Digest <digest@dmarc-service.example>", f"Report Domain: {DOMAIN} Submitter: dmarc-service.example "
           "Report-ID: <weekly-49>",
           [part("text/plain", f"4 messages from {DOMAIN} failed DMARC and were rejected by partner.example.\n"),
            part("text/html", f"<html><body><table><tr><td>partner.example</td><td>{LEAD}</td><td>rejected</td>"
                              "<td>550 5.7.1 DMARC policy</td></tr></table></body></html>")],
           "Auto-Submitted: auto-generated\n", kind="alternative"), []),
    ("calendar-reply-with-original-invite", "Outlook 'Accepted:' reply (as review_notices54_people) carrying the "
     "organiser's invite as message/rfc822 (HAND-MADE)",
     multi(f"Lee Ad <{LEAD}>", "Accepted: Demo call",
           [part("text/plain", "Accepted."), _rfc822(_ORIGINAL)], "Thread-Topic: Demo call\n"), []),
    ("m365-quarantine-html-lists-ndr", "Microsoft Learn 'Quarantine notifications (end-user spam notifications) in "
     "EOP' (the notification is HTML: 'Review These Messages', the Sender / Subject / Date table, Release / Block "
     "Sender) listing a quarantined NDR about the prospect (HAND-MADE)",
     multi("Microsoft 365 <quarantine@messaging.microsoft.com>", "You have messages in quarantine",
           [part("text/html", "<html><body><p>Review These Messages</p><p>1 messages are being held for you to "
                 "review as of 12/4/2026.</p><table><tr><th>Sender:</th><td>postmaster@partner.example</td></tr>"
                 "<tr><th>Subject:</th><td>Undeliverable: Quote for Q3</td></tr><tr><th>Details:</th><td>Delivery "
                 f"has failed to these recipients or groups: {LEAD}. 550 5.1.1 RESOLVER.ADR.RecipNotFound; not "
                 "found</td></tr></table><p>Release | Block Sender | Review Message</p></body></html>")],
           "Auto-Submitted: auto-generated\nX-MS-Exchange-Generated-Message-Source: Quarantine Notification\n",
           kind="alternative"), []),
    ("exchange-resource-auto-accepted", "Microsoft Learn 'Manage resource mailboxes' (resource booking "
     "AutomateProcessing AutoAccept: 'Your request was accepted.') (weak: the layout)",
     multi("Boardroom 4 <room4@partner.example>", "Accepted: Demo call",
           [part("text/plain", "Your request was accepted."),
            part("text/calendar; method=REPLY", "BEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nATTENDEE;"
                 "PARTSTAT=ACCEPTED:mailto:room4@partner.example\nSUMMARY:Demo call\nEND:VEVENT\nEND:VCALENDAR")],
           "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n", kind="alternative"), []),
    ("esp-complaint-with-original", "(weak: an ESP's complaint notice to the account owner with the complained-about "
     "message attached, as Mailchimp's and SendGrid's help pages describe complaints)",
     multi("SendGrid <noreply@sendgrid.com>", "Spam report received",
           [part("text/plain", f"The recipient {LEAD} marked the message below as spam. The address was added to "
                 "your suppression list; future mail to it will be dropped."), _rfc822(_ORIGINAL)],
           "Auto-Submitted: auto-generated\n"), []),
]
