"""The thirty-fourth review's edge cases of the auto-reply reading: an auto-reply whose Subject
repeats a seller's subject in a bounce's words ("Undelivered parcels ...", "Returned mail ..."),
a person or mailbox whose address looks like a mail system's (a surname Root, a company called
Bounce House), an away text that names the person's NEW address on a labelled line, Outlook's
server-side "reply using a specific message" rule, an away text in HTML only. Every row is an
auto-reply or a person's mail: taxonomy section 5, expected []. All HAND-MADE; the responders'
fields as review_notices34_layouts.SOURCES cite them."""

from __future__ import annotations

from tests.classifier.review_notices34_layouts import SELLER, SOURCES, mail, prefix

_AWAY = ("I am out of the office until 14 December.\nNew address: kim.ng@newpartner.example\n"
         "For urgent matters: sales@partner.example")


def _oof(kind: str, who: str, subject: str, body: str, html: bool = False) -> bytes:
    addr = who.split("<")[-1].rstrip(">")
    if kind == "exchange":
        extra = (f"Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
                 f"X-MS-Exchange-Inbox-Rules-Loop: {addr}\n")
    else:  # exchange2010: the Subject and X-Auto-Response-Suppress only
        extra = "X-Auto-Response-Suppress: All\n"
    return mail(who, f"{prefix('en')} {subject}", body, extra, html=html)


# Sales subjects in a bounce's words, repeated by the auto-reply (BOUNCE_SUBJECT's words).
SELLER_SUBJECTS = ("Undelivered parcels cost you 3% - quick question", "Returned mail is expensive: a 10 min call?",
                   "Rejected payments? We fix that", "Bounce rates too high?", "Mail delivery failed? Not with us")
SUBJECT_ROWS = [
    (f"oof-{kind}-seller-subject-{i}", SOURCES[kind] + "; the seller's subject in a bounce's words (HAND-MADE)",
     _oof(kind, "Kim Ng <kim@partner.example>", subject, _AWAY), [])
    for i, subject in enumerate(SELLER_SUBJECTS) for kind in ("exchange", "exchange2010")
]

# Addresses that look like a mail system's (DAEMON_FROM's words inside a person's or company's name).
LOOKALIKE_ROWS = [
    ("oof-surname-root", SOURCES["exchange2010"] + "; a person surnamed Root (HAND-MADE)",
     _oof("exchange2010", "Hannah Root <hannah.root@partner.example>", "Quote for Q3",
          "I am on leave until 14 December.\nAlternate contact: alex@partner.example\n"), []),
    ("oof-surname-root-exchange", SOURCES["exchange"] + "; a person surnamed Root (HAND-MADE)",
     _oof("exchange", "Hannah Root <hannah.root@partner.example>", "Quote for Q3",
          "I have left the company. Messages to this address are not delivered to anyone; please contact "
          "alex@partner.example.\n"), []),
    ("reply-company-bounce-house", "a person's reply (HAND-MADE): a company whose domain holds 'bounce-'",
     mail("Tom Hart <tom@bounce-house.example>", "Re: Quote for Q3",
          "Thanks Sam. Please send the contract to my colleague:\n\nRecipient: anne@bounce-house.example\n\n"
          "My old address tom@oldco.example no longer works.\n", "In-Reply-To: <r34-q3@ourco.example>\n"), []),
    ("oof-company-bounce-house", SOURCES["exchange"] + "; a company whose domain holds 'bounce-' (HAND-MADE)",
     _oof("exchange", "Tom Hart <tom@bounce-house.example>", "Quote for Q3", _AWAY), []),
    ("oof-name-daemon", SOURCES["gmail"] + "; a team mailbox called 'daemon' (HAND-MADE: a band's fan mail)",
     mail("The Daemons <the.daemon@band.example>", "Re: Quote for Q3", "We are on tour until January; this "
          "mailbox is not monitored. Booking: bookings@band.example\n", "Auto-Submitted: auto-replied\n"), []),
    ("oof-mail-delivery-team", SOURCES["exchange"] + "; a logistics company's 'Mail Delivery' team (HAND-MADE)",
     _oof("exchange", "Mail Delivery Team <post@logistics.example>", "Quote for Q3",
          "Our mail delivery team is closed until 4 January. Undeliverable parcels are held at the depot.\n"
          "Address: depot@logistics.example\n"), []),
]

# Outlook's server-side rule "have server reply using a specific message": the template's own
# Subject, X-MS-Exchange-Generated-Message-Source (weak: the value as Exchange writes it for rules).
_RULE = ("Microsoft Support 'Manage email messages by using rules' ('have server reply using a specific message'); "
         "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent (weak); the template text HAND-MADE")
_LEAVER = ("Jane Doe has left Partner Inc. Your message was not delivered to anyone and this mailbox will be "
           "closed. Please contact info@partner.example.")


def _with_original(text: str) -> bytes:
    return ("From: Jane Doe <jane.doe@partner.example>\nTo: " + SELLER + "\nSubject: Jane Doe has left Partner Inc\n"
            "Date: Fri, 04 Dec 2026 10:15:02 +0100\nMessage-ID: <r34-rule@partner.example>\n"
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="r34m"\n\n--r34m\nContent-Type: text/plain; charset=utf-8\n\n'
            f"{text}\n\n--r34m\nContent-Type: message/rfc822\n\nFrom: Sam Seller <{SELLER}>\n"
            "To: jane.doe@partner.example\nSubject: Quote for Q3\nMessage-ID: <r34-q3@ourco.example>\n\n"
            "Hi Jane, here is the quote.\n\n--r34m--\n").encode()


RULE_ROWS = [
    ("rule-reply-leaver-template", _RULE,
     mail("Jane Doe <jane.doe@partner.example>", "Jane Doe has left Partner Inc", _LEAVER,
          "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\n"), []),
    ("rule-reply-leaver-template-original-attached", _RULE + "; the answered message attached (HAND-MADE)",
     _with_original(_LEAVER), []),
]

# Outlook on the web composes the away text in HTML.
_HTML = ("<html><body><div>I am out of the office until 14 December.</div><div>My mailbox is full, so mail sent "
         "to me may be <b>undeliverable</b> until then.</div><div>Urgent: <a href=\"mailto:sales@partner.example\">"
         "sales@partner.example</a></div></body></html>")
HTML_ROWS = [
    ("oof-html-exchange-mailbox-full", SOURCES["exchange"] + "; HTML only as Outlook on the web writes it (HAND-MADE)",
     _oof("exchange", "Kim Ng <kim@partner.example>", "Quote for Q3", _HTML, html=True), []),
    ("oof-html-exchange2010-mailbox-full", SOURCES["exchange2010"] + "; HTML only (HAND-MADE)",
     _oof("exchange2010", "Kim Ng <kim@partner.example>", "Quote for Q3", _HTML, html=True), []),
]

EDGES_ROWS = SUBJECT_ROWS + LOOKALIKE_ROWS + RULE_ROWS + HTML_ROWS
