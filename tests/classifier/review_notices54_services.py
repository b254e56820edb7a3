"""The fifty-fourth review's service mail: quarantine digests and "held" notices of mail
gateways (Microsoft 365 quarantine notifications, Proofpoint, Mimecast, Barracuda, Google
Workspace), mailing-list housekeeping (Mailman 3 bounce probes and subscription notices, Google
Groups moderation), e-signature notifications (DocuSign, Adobe Acrobat Sign, PandaDoc), chat and
social notifications quoting a bounce's words (LinkedIn, Slack, Teams), ESPs' complaint notices,
unsubscribe confirmations and newsletters about undelivered things. None says a delivery to a
prospect failed for good; taxonomy section 5 (and `feedback` for complaints): every row
expects []. A gateway's digest lists mail held FOR the seller; a "held" notice to the sender says
the message waits for review, not that it was refused (the refusals are in
review_notices54_controls)."""

from __future__ import annotations

from tests.classifier.review_notices34_layouts import SELLER, mail
from tests.classifier.review_notices54_layouts import LEAD, multi, part

# ---- quarantine digests and held notices ------------------------------------------------------
_M365 = ("Microsoft Learn 'Quarantine notifications (end-user spam notifications) in EOP' ('You have messages in "
         "quarantine', from quarantine@messaging.microsoft.com, 'Review These Messages', the Sender / Subject / Date "
         "table, Release / Block sender / Review message); the older EOP subject 'Spam Notification: <n> New "
         "Messages' and 'Microsoft 365 security: You have messages in quarantine'")
_PP = ("Proofpoint Essentials KB 'Quarantine Digests Explained' (support.proofpointessentials.com Article 321: Preview, "
       "Release Email, Release & Approve, Block, Request New Digest); Harvard MSO 'Your Proofpoint End User Digest' "
       "(Request Summary Digest, Manage My Account, Release and Allow Sender, 'Low Priority Mail - Quarantined', "
       "'Spam - Quarantined')")
_MIME = ("Mimecast Personal Portal 'Held, Bounced & Rejected Messages' and 'Mimecast quarantine digest notifications' "
         "(Release / Block / Permit, 'held in a quarantine area (or Hold Queue)', expire after 14 days)")
_BARRA = ("(weak: Barracuda Email Security Service / Email Gateway Defense 'Quarantine Summary' / 'Quarantine "
          "Notification' as campus.barracuda.com's 'Quarantine Notification' pages describe it: Deliver, Whitelist, "
          "Delete)")
_GWS = ("Google Workspace Admin Help 'Admin quarantine' (answer 6104172: messages held for review in the Admin "
        "quarantine; the sender may be told by a custom notice) (weak: the notice text)")

_TABLE = ("From: newsletter@vendor.example\nSubject: Delivery failed for your order 4411\nDate: 12/4/2026\n\n"
          "From: MAILER-DAEMON@relay.vendor.example\nSubject: Undeliverable: your invoice\nDate: 12/4/2026\n")

QUARANTINE_ROWS = [
    ("m365-quarantine-notification", _M365,
     mail("Microsoft 365 <quarantine@messaging.microsoft.com>", "You have messages in quarantine",
          f"Review These Messages\n\n2 messages are being held for you to review as of 12/4/2026 9:00:03 AM (UTC).\n\n"
          f"Review them within 30 days of the received date by going to the Quarantine page in the Security "
          f"Center.\n\n{_TABLE}\nRelease | Block Sender | Review Message\n",
          "X-MS-Exchange-Organization-SCL: -1\nX-MS-Exchange-Generated-Message-Source: Quarantine Notification\n"
          "Auto-Submitted: auto-generated\n"), []),
    ("m365-spam-notification-old", _M365,
     mail("spam@messaging.microsoft.com", "Spam Notification: 2 New Messages",
          f"There are 2 new messages in your Spam Quarantine since you received your last spam notification. "
          f"These messages will be automatically deleted after 15 days.\n\n{_TABLE}\n"
          "Release to Inbox | Report as Not Junk\n", "Auto-Submitted: auto-generated\n"), []),
    ("m365-security-subject", _M365,
     mail("Microsoft 365 security <quarantine@messaging.microsoft.com>",
          "Microsoft 365 security: You have messages in quarantine",
          f"You have 1 new messages in quarantine.\n\nSender: {LEAD}\nSubject: Re: Quote for Q3 - mailbox "
          "unavailable\nDate: 12/4/2026 9:50 AM\nQuarantine reason: High confidence phishing\n"
          "Expires: 1/3/2027\n", "Auto-Submitted: auto-generated\n"), []),
    ("proofpoint-end-user-digest", _PP,
     mail("Proofpoint <noreply@partner.pphosted.com>", "End User Digest: 2 New Messages",
          "The emails listed below have been placed in your personal Quarantine.\n\nSpam - Quarantined\n"
          f"{_TABLE}\nRequest New End User Digest | Request Safe/Blocked Senders List | Manage My Account\n"
          "Release | Release and Allow Sender | Block Sender\n", "Auto-Submitted: auto-generated\n"), []),
    ("proofpoint-essentials-digest", _PP,
     mail("Proofpoint Essentials <quarantine@proofpointessentials.com>", f"Quarantine Digest for {SELLER}",
          "Here is your quarantine digest. These messages were not delivered to your inbox.\n\n"
          f"{_TABLE}\nPreview | Release Email | Release & Approve | Block\nRequest New Digest\n"), []),
    ("mimecast-hold-digest", _MIME,
     mail("Mimecast <postmaster@ourco.example>", "Mimecast: Hold Queue Summary",
          "The following messages are on hold and were not delivered to your Inbox. Messages expire after 14 "
          f"days.\n\n{_TABLE}\nRelease | Block | Permit\n", "Auto-Submitted: auto-generated\n"), []),
    ("mimecast-held-notice-to-sender", _MIME + " (a held policy's sender notification, weak: the text)",
     mail("postmaster@partner.example", "Message held: Quote for Q3",
          f"Your message to {LEAD} has been held by our email security service and is awaiting review by an "
          "administrator. You will not be notified if it is released. No action is required.\n",
          "Auto-Submitted: auto-generated\nX-Mimecast-Spam-Score: 0\n"), []),
    ("m365-released-from-quarantine", _M365 + " (the release notice: 'Your message was released from quarantine')",
     mail("Microsoft 365 <quarantine@messaging.microsoft.com>", "Your message has been released from quarantine",
          f"A message sent to you by {LEAD}, subject 'Re: Quote for Q3', was released from quarantine and "
          "delivered to your Inbox.\n", "Auto-Submitted: auto-generated\n"), []),
    ("barracuda-quarantine-summary", _BARRA,
     mail("Barracuda Email Security <quarantine@ess.barracudanetworks.com>", f"Quarantine Summary for {SELLER}",
          f"Quarantined Email Summary\n\n2 messages have been quarantined.\n\n{_TABLE}\n"
          "Deliver | Whitelist | Delete\n", "Auto-Submitted: auto-generated\n"), []),
    ("barracuda-quarantine-notification-sender", _BARRA + " (the sender's copy of a 'Quarantined' notice)",
     mail("Barracuda Email Gateway Defense <noreply@ess.barracudanetworks.com>", "Message Quarantined: Quote for Q3",
          f"Your message to {LEAD} was quarantined and has not been delivered yet. The recipient can deliver it "
          "from the quarantine.\n", "Auto-Submitted: auto-generated\n"), []),
    ("gws-admin-quarantine-held-sender", _GWS,
     mail("The Partner IT team <it-noreply@partner.example>", "Your message is being held for review",
          f"Your message to {LEAD} with subject \"Quote for Q3\" is being held for review by an administrator "
          "of partner.example. It will be delivered if approved.\n", "Auto-Submitted: auto-generated\n"), []),
    ("sophos-quarantine-digest", "(weak: Sophos Central Email 'Quarantine digest' help page: Release, Delete, "
     "'messages held in quarantine')",
     mail("Sophos Email <do-not-reply@central.sophos.com>", "Quarantine digest: 2 messages held",
          f"The following messages addressed to you were held in quarantine.\n\n{_TABLE}\nRelease | Delete\n",
          "Auto-Submitted: auto-generated\n"), []),
]

# ---- mailing lists ------------------------------------------------------------------------------
_MM3 = ("Mailman 3 core src/mailman/templates/en/ (list:user:action:probe: 'This is a probe message. You can ignore "
        "this message. The $listname mailing list has received a number of bounces from you, indicating that there "
        "may be a problem delivering messages to $sender_email.'; list:user:notice:disable 'Your subscription has "
        "been disabled on the $listname mailing list because it has received a number of bounces indicating that "
        "there may be a problem delivering messages to $sender_email.'; list:user:notice:welcome)")
_LIST = "List-Id: <partners.lists.partner.example>\nPrecedence: list\nAuto-Submitted: auto-generated\n"
_GG = ("Google Groups Help 'Moderate messages' ('Your message to <group> is awaiting moderator approval' notice to "
       "the poster) (weak: the text)")

LIST_ROWS = [
    ("mailman3-bounce-probe", _MM3,
     mail("partners-bounces+probe@lists.partner.example", "The partners mailing list probe message",
          "This is a probe message. You can ignore this message.\n\nThe partners mailing list has received a number "
          f"of bounces from you, indicating that there may be a problem delivering messages to {SELLER}. A sample "
          "is attached below. Please examine this message to make sure there are no problems with your email "
          "address. You may want to check with your mail administrator for more help.\n", _LIST), []),
    ("mailman3-subscription-disabled", _MM3,
     mail("partners-owner@lists.partner.example", "Your subscription for partners mailing list has been disabled",
          "Your subscription has been disabled on the partners mailing list because it has received a number of "
          f"bounces indicating that there may be a problem delivering messages to {SELLER}. You may want to check "
          "with your mail administrator for more help.\n", _LIST), []),
    ("mailman3-welcome", _MM3,
     mail("partners-request@lists.partner.example", "Welcome to the \"Partners\" mailing list",
          "Welcome to the \"Partners\" mailing list!\n\nTo post to this list, send your message to:\n\n  "
          "partners@lists.partner.example\n\nYou can unsubscribe or make adjustments to your options via email by "
          "sending a message to:\n\n  partners-request@lists.partner.example\n", _LIST), []),
    ("mailman3-unsubscribed", _MM3 + " (list:user:notice:goodbye)",
     mail("partners-request@lists.partner.example", "You have been unsubscribed from the Partners mailing list",
          f"You have been unsubscribed from the Partners mailing list: {SELLER}\n", _LIST), []),
    ("google-groups-awaiting-moderation", _GG,
     mail("Partner Sales Group <sales@partner.example>", "Your message to sales awaits moderator approval",
          "Your message to sales@partner.example has been received and is awaiting moderator approval. You will be "
          "notified if it is rejected.\n", "Auto-Submitted: auto-generated\n"
          "Sender: sales+noreply@partner.example\nList-ID: <sales.partner.example>\n"), []),
    ("listserv-subscription-confirmed", "(weak: L-Soft LISTSERV's 'You have been added to the X list' notice, "
     "LISTSERV Reference Manual 'SUBSCRIBE command')",
     mail("L-Soft list server at LISTS.PARTNER.EXAMPLE (16.5) <LISTSERV@LISTS.PARTNER.EXAMPLE>",
          "You are now subscribed to the PARTNERS list",
          "Your subscription to the PARTNERS list has been accepted.\n", "Precedence: bulk\n"), []),
]

# ---- e-signature ----------------------------------------------------------------------------------
_DS = ("DocuSign Support 'Envelope notifications' (sender notifications: 'Completed: <envelope subject>' 'All parties "
       "have completed <subject>', 'Declined: ...' '<name> declined to sign' with the reason, 'Voided: ...'; from "
       "dse_<site>@docusign.net 'via DocuSign') (weak: the exact text)")
_ADOBE = "(weak: Adobe Acrobat Sign Help 'Email notifications' ('<agreement> between X and Y is Signed and Filed!'))"


def _docusign(subject: str, text: str) -> bytes:
    return mail("Lee Ad via DocuSign <dse_NA3@docusign.net>", subject, text,
                f"Reply-To: Lee Ad <{LEAD}>\nX-Api-Host: docusign.net\nAuto-Submitted: auto-generated\n")


ESIGN_ROWS = [
    ("docusign-completed", _DS, _docusign("Completed: Please DocuSign: Order form Q3.pdf",
                                          "All parties have completed Please DocuSign: Order form Q3.pdf.\n\n"
                                          "VIEW COMPLETED DOCUMENT\n"), []),
    ("docusign-declined", _DS, _docusign("Declined: Please DocuSign: Order form Q3.pdf",
                                         "Lee Ad declined to sign your envelope.\n\nReason for declining: we "
                                         "rejected the offer; the budget was not approved.\n"), []),
    ("docusign-voided", _DS, _docusign("Voided: Please DocuSign: Order form Q3.pdf",
                                       "Sam Seller voided this envelope.\nReason: The document was sent to the wrong "
                                       "recipient.\n"), []),
    ("docusign-viewed", _DS, _docusign("Viewed: Please DocuSign: Order form Q3.pdf",
                                       f"{LEAD} has viewed your document.\n"), []),
    ("adobe-sign-signed-filed", _ADOBE,
     mail("Adobe Acrobat Sign <adobesign@adobesign.com>", "Order form Q3 between Ourco and Partner is Signed and "
          "Filed!", f"Order form Q3 between Ourco and Partner is Signed and Filed!\n\nLee Ad ({LEAD}) signed.\n",
          "Auto-Submitted: auto-generated\n"), []),
    ("pandadoc-document-completed", "(weak: PandaDoc Help 'Email notifications' ('Document completed'))",
     mail("PandaDoc <docs@email.pandadoc.net>", "Document completed: Order form Q3",
          f"Lee Ad ({LEAD}) completed the document \"Order form Q3\". Delivery of the signed copy failed? No "
          "action is needed: it is attached in PandaDoc.\n"), []),
]

# ---- chat and social notifications --------------------------------------------------------------
_QUOTE = (f"Your email to {LEAD} bounced: Delivery to the following recipient failed permanently: {LEAD}. "
          "550 5.1.1 user unknown")
SOCIAL_ROWS = [
    ("linkedin-message-quoting-bounce", "(weak: LinkedIn Help 'Email notifications' (messages-noreply@linkedin.com, "
     "'<name> sent you a new message'); the quoted chat text HAND-MADE)",
     mail("Lee Ad via LinkedIn <messages-noreply@linkedin.com>", "Lee sent you a new message",
          f"Lee Ad\nSales Director at Partner\n\n\"Hi Sam, I tried to reply but {_QUOTE} - please use my LinkedIn "
          "instead.\"\n\nReply\n\nYou are receiving Messages from connections notification emails.\nUnsubscribe\n",
          "Precedence: bulk\nList-Unsubscribe: <https://www.linkedin.com/e/v2?e=unsub>\n"), []),
    ("linkedin-inmail-declined", "(weak: LinkedIn Help 'InMail response' ('<name> declined your InMail' "
     "notification, inmail-hit-reply@linkedin.com))",
     mail("LinkedIn <inmail-hit-reply@linkedin.com>", "Lee Ad declined your InMail",
          "Lee Ad declined your InMail: \"Quote for Q3\".\n\nThe message was not delivered to their inbox again; "
          "your InMail credit has been returned.\n", "Precedence: bulk\n"), []),
    ("slack-dm-notification-quoting-bounce", "Slack Help 'Configure your Slack notifications' (email notifications "
     "from notification@slack.com, '[Slack] New message from <name>') (weak: the layout; quoted text HAND-MADE)",
     mail("Slack <notification@slack.com>", "[Slack] New message from Lee Ad in Partner",
          f"Lee Ad: {_QUOTE}\n\nOpen in Slack\n", "Precedence: bulk\n"), []),
    ("teams-missed-message-undeliverable", "Microsoft Support 'Manage notifications in Teams' (missed-activity "
     "emails from noreply@email.teams.microsoft.com) (weak: the layout; chat text HAND-MADE)",
     mail("Microsoft Teams <noreply@email.teams.microsoft.com>", "Lee Ad sent you a message",
          "Lee Ad sent a message in a chat\n\n\"Undeliverable: Quote for Q3 - your message couldn't be delivered to "
          "sales@partner.example because the group only accepts mail from inside the organization.\"\n\n"
          "Reply in Teams\n", "X-MS-Exchange-Organization-SCL: -1\n"), []),
    ("salesforce-chatter-digest-bounce-words", "(weak: Salesforce Help 'Chatter email digests' (noreply@chatter."
     "salesforce.com); post text HAND-MADE)",
     mail("Chatter <noreply@chatter.salesforce.com>", "Chatter Daily Digest",
          f"Pat Ops posted: \"Hard bounce on {LEAD} again - mailbox full? Please check.\"\n\nComment | Like\n",
          "Precedence: bulk\n"), []),
    ("jira-comment-quoting-ndr", "(weak: Atlassian Jira 'Configure email notifications' (jira@<site>.atlassian.net "
     "'[JIRA] (OPS-12) ...'); comment text HAND-MADE)",
     mail("Pat Ops (Jira) <jira@ourco.atlassian.net>", "[JIRA] (OPS-12) Prospect mails bounce",
          f"Pat Ops commented on OPS-12:\n\n> {LEAD}: host mx.partner.example[192.0.2.7] said: 550 5.1.1 "
          "<lead@partner.example>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
          "Turns out this was our relay; fixed.\n", "Auto-Submitted: auto-generated\nPrecedence: bulk\n"), []),
]

# ---- ESP complaint notices, unsubscribe confirmations, newsletters --------------------------------
_NEWS = ("List-Id: <news.vendor.example>\nList-Unsubscribe: <mailto:unsub@vendor.example>\n"
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click\nPrecedence: bulk\n")
BULK_ROWS = [
    ("mailchimp-abuse-complaint-notice", "Mailchimp Help 'About Abuse Complaints' (account owners are told of "
     "complaints; the complainer is unsubscribed) (weak: the notice text)",
     mail("Mailchimp <noreply@mailchimp.com>", "Abuse complaint received for Q3 campaign",
          f"A subscriber, {LEAD}, reported your campaign \"Q3 offer\" as spam. We've unsubscribed them from your "
          "audience.\n", "Auto-Submitted: auto-generated\n"), []),
    ("hubspot-contact-marked-spam", "(weak: HubSpot Knowledge Base 'Understand email sending errors' (spam report: "
     "the contact reported your email as spam and is unsubscribed))",
     mail("HubSpot <noreply@notifications.hubspot.com>", "A contact reported your email as spam",
          f"{LEAD} reported your sales email \"Quote for Q3\" as spam. HubSpot will not send marketing email to "
          "this contact again. Bounce status: none.\n", "Auto-Submitted: auto-generated\n"), []),
    ("sendgrid-spam-report-alert", "(weak: Twilio SendGrid Docs 'Spam Reports' and 'Alerts' (an alert mail when a "
     "recipient marks mail as spam))",
     mail("SendGrid <noreply@sendgrid.com>", "SendGrid Alert: Spam Report",
          f"Spam Report\n\nEmail: {LEAD}\nCreated: 2026-12-04 10:00:00\n\nThis address is now suppressed.\n",
          "Auto-Submitted: auto-generated\n"), []),
    ("unsubscribe-confirmation-vendor", "RFC 8058 one-click unsubscription and a sender's confirmation page/mail "
     "(weak: 'You have been unsubscribed' as vendors write it)",
     mail("Vendor News <news@vendor.example>", "You have been unsubscribed",
          f"{SELLER} has been removed from our mailing list and will no longer receive these emails.\n", _NEWS), []),
    ("prospect-mailto-unsubscribe", "RFC 2369 List-Unsubscribe mailto: (a mail client mails 'unsubscribe' from the "
     "recipient's address to the mailto: address; Outlook's and Gmail's unsubscribe buttons do so)",
     mail(f"Lee Ad <{LEAD}>", "unsubscribe", "This message was automatically generated by Gmail.\n",
          "Auto-Submitted: auto-generated\n"), []),
    ("mailchimp-unsubscribe-success", "(weak: Mailchimp's 'Unsubscribe Successful' confirmation)",
     mail("Vendor via Mailchimp <news@vendor.example>", "Unsubscribe Successful",
          f"You have been removed from Vendor News.\n\n{SELLER} will no longer receive emails from us.\n", _NEWS),
     []),
    ("newsletter-undelivered-parcels", "a newsletter with List-Id and RFC 8058 List-Unsubscribe-Post (HAND-MADE)",
     mail("Logistics Weekly <news@vendor.example>", "Undelivered parcels: what to do when a delivery fails",
          "This week: undelivered parcels, returned to sender, address unknown. 5 steps when a delivery failed "
          "permanently.\n\nUnsubscribe: https://vendor.example/u\n", _NEWS), []),
    ("newsletter-bounce-rate-benchmarks", "a newsletter with List-Id (HAND-MADE)",
     mail("Email Geeks <news@vendor.example>", "Hard bounces, mailbox full and user unknown: 2026 benchmarks",
          "What does 550 5.1.1 user unknown mean? Why is the mailbox full? Our delivery report explains "
          "undeliverable mail.\n\nManage preferences | Unsubscribe\n", _NEWS), []),
    ("newsletter-html-undeliverable", "a newsletter HTML alternative with List-Id (HAND-MADE)",
     multi("Vendor News <news@vendor.example>", "Your monthly digest",
           [part("text/plain", "Mail delivery failed? Read our guide.\n"),
            part("text/html", "<html><body><h1>Undeliverable mail?</h1><p>Message not delivered: the 5 "
                              "reasons.</p></body></html>")], _NEWS, kind="alternative"), []),
]

SERVICE_ROWS = QUARANTINE_ROWS + LIST_ROWS + ESIGN_ROWS + SOCIAL_ROWS + BULK_ROWS
