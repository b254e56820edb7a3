"""Layouts of review replies58 (review_replies58.py): what else lands in a sales rep's inbox that is no delivery
failure (helpdesk acknowledgements, CRM autoresponders, unsubscribe requests and confirmations, a person quoting or
forwarding a bounce), and the leaver's refusal as a mail server returns it. The auto-replies themselves are built
with review_notices34_layouts.responder (its SOURCES name each responder's fields); the persons' replies and the
reports with review_nonbounce46_layouts. Each builder names its fields' source; every text is HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_nonbounce46_layouts import LEAD, SELLER, our_headers, OUR_BODY, reply_head, whole
from tests.classifier.review_notices34_layouts import enc

# Where each non-responder layout's fields come from.
RFC3834 = "RFC 3834 sections 2, 3.1.7 and 5 (Auto-Submitted: auto-replied / auto-generated; no reply to a reply)"
JSM = ("Atlassian 'How Jira Service Management processes email requests' (support.atlassian.com: auto-submitted "
       "keywords, X-JIRA-FingerPrint) and RFC 3834")
ZENDESK = ("Zendesk help 'Understanding the default triggers' ('Notify requester of received request': subject "
           "'Request received: {{ticket.title}}', 'Your request (#N) has been received and is being reviewed'); "
           "(weak: the X-Zendesk fields and Auto-Submitted as Zendesk's mail shows them)")
FRESHDESK = ("Freshdesk support 'Email notifications' ('New Ticket Created' to requester: 'Ticket Received - "
             "{{ticket.subject}}'); (weak: fields)")
SERVICENOW = ("ServiceNow docs 'Email notifications' (the incident.opened.by.me notification 'Incident INC... has "
              "been opened on your behalf'; watermark 'Ref:MSG...'); (weak: fields)")
HELPSCOUT = ("Help Scout docs 'Set up auto replies' (auto reply sent once per new conversation; Auto-Submitted: "
             "auto-replied as RFC 3834 asks, weak)")
HUBSPOT = ("HubSpot Knowledge Base 'Create and use a help desk / ticket confirmation email' (the 'We've received your "
           "request' confirmation, ticket #); (weak: fields)")
SFDC = ("Salesforce Help 'Set Up Auto-Response Rules' (Email-to-Case / Web-to-Lead auto-response: the template "
        "chosen per rule entry, From the rule's sender); (weak: fields)")
UNSUB = ("RFC 2369 section 3.2 (List-Unsubscribe mailto: a client sends mail with the given subject) and RFC 8058 "
         "(one-click); Gmail Help 'Unsubscribe from mailing lists' (the client's automatic unsubscribe mail)")
OUTLOOK_FWD = "Microsoft support 'Forward an email' (Outlook's 'FW:' header block: From / Sent / To / Subject)"


def helpdesk(name: str, sender: str, subject: str, text: str, extra: str = "") -> bytes:
    """A helpdesk's acknowledgement of our mail (it opened a ticket): In-Reply-To our message, the tool's fields."""
    head = reply_head(name, sender, enc(subject), extra, msgid=f"<ticket-{name}@helpdesk.partner.example>")
    return whole(head, text.rstrip("\n") + "\n", mark="a helpdesk's acknowledgement")


def crm_autoresponse(name: str, sender: str, subject: str, text: str, extra: str = "") -> bytes:
    """A CRM's auto-response rule answering our mail (no Auto-Submitted unless the tool writes one)."""
    head = (f"From: {sender}\nTo: Sam Seller <{SELLER}>\nSubject: {enc(subject)}\n"
            f"Message-ID: <auto-{name}@crm.partner.example>\n{extra}")
    return whole(head, text.rstrip("\n") + "\n", mark="a CRM auto-response")


def unsubscribe_request(name: str, who: str, subject: str = "unsubscribe", text: str = "") -> bytes:
    """The mail a client sends to a List-Unsubscribe mailto: (RFC 2369): the subject given, usually no text."""
    head = f"From: {who}\nTo: unsubscribe-{name}@example.com\nSubject: {subject}\nMessage-ID: <u-{name}@partner.example>\n"
    return whole(head, text + "\n", mark="a List-Unsubscribe mailto request")


def forwarded(name: str, who: str, note: str, fwd_from: str, fwd_subject: str, fwd_text: str) -> bytes:
    """A person forwarding a notice she received (Outlook's 'FW:' and header block) with a line of her own."""
    head = reply_head(name, who, f"FW: {fwd_subject}", "X-Mailer: Microsoft Outlook 16.0\n")
    body = (f"{note}\n\n________________________________\nFrom: {fwd_from}\nSent: Friday, December 4, 2026 3:12 PM\n"
            f"To: {who.split('<')[-1].rstrip('>')}\nSubject: {fwd_subject}\n\n{fwd_text}\n")
    return whole(head, body, mark="a person's forward")


def quoted_copy(name: str) -> str:
    return our_headers(name) + "\n" + OUR_BODY


__all__ = ["LEAD", "SELLER", "crm_autoresponse", "forwarded", "helpdesk", "quoted_copy", "unsubscribe_request"]
