"""The fifty-fourth review's meeting and recall mail: calendar replies as Google Calendar and
Outlook/Exchange send them (an iTIP REPLY, RFC 5546, in a text/calendar; method=REPLY part,
"Accepted:" / "Declined:" / "Tentative:" in the attendee's language) and Outlook's message recall
requests ("Recall: <subject>") and Exchange Online's cloud recall reports. Review 34 had two
Declined replies and the classic recall report in four languages; these are the other answers,
languages and the newer report. No row is a bounce (taxonomy section 5): every row expects []."""

from __future__ import annotations

from tests.classifier.review_notices34_layouts import SELLER, mail
from tests.classifier.review_notices54_layouts import LEAD, ics_reply, multi, part

_GCAL = ("Google Calendar Help 'Respond to event invitations' (answer 37033) and RFC 5546 section 3.2.3 (METHOD:REPLY, "
         "PARTSTAT ACCEPTED / DECLINED / TENTATIVE); Google's reply mail: Subject '<Accepted|Declined|Tentatively "
         "Accepted>: <title> @ <when> (<organizer>)', text '<name> has accepted this invitation.', Sender "
         "calendar-notification@google.com (weak: the text part as Google's mails show it)")
_OUTLOOK = ("Microsoft Support 'Respond to a meeting invitation' (Accept / Tentative / Decline, 'Send the response "
            "now'), Subject prefixes 'Accepted:', 'Tentative:', 'Declined:' localised as Outlook's UI "
            "(weak: the localised prefixes); MS-OXCICAL / RFC 5546 METHOD:REPLY part; Thread-Topic and X-MS-Has-Attach "
            "as Outlook writes them")

_GOOGLE_WORDS = {"ACCEPTED": ("Accepted", "has accepted this invitation."),
                 "DECLINED": ("Declined", "has declined this invitation."),
                 "TENTATIVE": ("Tentatively Accepted", "has tentatively accepted this invitation.")}


def _google(partstat: str, note: str = "") -> bytes:
    word, said = _GOOGLE_WORDS[partstat]
    text = f"Lee Ad {said}\n\n{note}\nDemo call\nThursday Dec 10, 2026 3pm – 3:30pm (Greenwich Mean Time)\n\n" \
           "Invitation from Google Calendar\n"
    return multi(f"Lee Ad <{LEAD}>", f"{word}: Demo call @ Thu Dec 10, 2026 3pm - 3:30pm (GMT) ({SELLER})",
                 [part("text/plain", text), part("text/calendar; method=REPLY", ics_reply(partstat, LEAD))],
                 "Sender: Google Calendar <calendar-notification@google.com>\nReply-To: Lee Ad <lead@partner.example>\n",
                 kind="alternative")


_OUTLOOK_WORDS = {
    "en": {"ACCEPTED": "Accepted:", "DECLINED": "Declined:", "TENTATIVE": "Tentative:"},
    "de": {"ACCEPTED": "Angenommen:", "DECLINED": "Abgelehnt:", "TENTATIVE": "Mit Vorbehalt angenommen:"},
    "fr": {"ACCEPTED": "Accepté:", "DECLINED": "Refusé:", "TENTATIVE": "Provisoire:"},
    "es": {"ACCEPTED": "Aceptado:", "DECLINED": "Rechazado:", "TENTATIVE": "Provisional:"},
    "it": {"ACCEPTED": "Accettato:", "DECLINED": "Rifiutato:", "TENTATIVE": "Provvisorio:"},
    "nl": {"ACCEPTED": "Geaccepteerd:", "DECLINED": "Geweigerd:", "TENTATIVE": "Voorlopig:"},
    "pt": {"ACCEPTED": "Aceito:", "DECLINED": "Recusado:", "TENTATIVE": "Provisório:"},
}


def _outlook(lang: str, partstat: str, note: str = "") -> bytes:
    subject = f"{_OUTLOOK_WORDS[lang][partstat]} Demo call"
    return multi(f"Lee Ad <{LEAD}>", subject,
                 [part("text/plain", note or " "), part("text/calendar; method=REPLY",
                                                        ics_reply(partstat, LEAD).replace("Google Inc//Google Calendar "
                                                                                          "70.9054", "Microsoft Corp"
                                                                                          "oration//Outlook 16.0 MIMEDIR"))],
                 "Thread-Topic: Demo call\nX-MS-Has-Attach: \nX-MS-TNEF-Correlator: \n"
                 "X-MS-Exchange-Organization-SCL: -1\n", kind="alternative")


CALENDAR_ROWS = [
    *[(f"gcal-{p.lower()}", _GCAL, _google(p), []) for p in _GOOGLE_WORDS],
    ("gcal-declined-note-address-gone", _GCAL + "; the attendee's note (HAND-MADE)",
     _google("DECLINED", "Lee Ad replied: \"This address will no longer be monitored from January, please use "
             "lee@partner-group.example.\"\n"), []),
    *[(f"outlook-{lang}-{p.lower()}", _OUTLOOK, _outlook(lang, p), [])
      for lang in _OUTLOOK_WORDS for p in ("ACCEPTED", "DECLINED", "TENTATIVE")],
    ("outlook-declined-note-undeliverable-words", _OUTLOOK + "; the attendee's note (HAND-MADE)",
     _outlook("en", "DECLINED", "Sorry, I can't make it. By the way your last mail was undeliverable to our "
              "shared inbox sales@partner.example, it rejects external senders."), []),
    ("exchange-resource-auto-declined", "Microsoft Learn 'Manage resource mailboxes' (Calendar Attendant / resource "
     "booking: 'Your request was declined.' when the room is booked; Set-CalendarProcessing "
     "AddAdditionalResponse) (weak: the layout)",
     multi("Boardroom 4 <room4@partner.example>", "Declined: Demo call",
           [part("text/plain", "Your request was declined.\n\nAll times listed are in the following time zone: "
                 "(UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nThe resource is unavailable for this time."),
            part("text/calendar; method=REPLY", ics_reply("DECLINED", "room4@partner.example"))],
           "Auto-Submitted: auto-replied\nX-MS-Exchange-Generated-Message-Source: Calendar Repair Assistant\n"
           "X-Auto-Response-Suppress: All\n", kind="alternative"), []),
    ("gcal-proposed-new-time", "Google Calendar Help 'Propose a new meeting time' ('<name> has proposed a new time "
     "for this event') (weak: the fields)",
     multi(f"Lee Ad <{LEAD}>", f"New time proposed: Demo call @ Thu Dec 10, 2026 3pm - 3:30pm (GMT) ({SELLER})",
           [part("text/plain", "Lee Ad has proposed a new time for this event.\n\nFriday Dec 11, 2026 10am – "
                 "10:30am\n"),
            part("text/calendar; method=COUNTER", ics_reply("TENTATIVE", LEAD).replace("METHOD:REPLY",
                                                                                      "METHOD:COUNTER"))],
           "Sender: Google Calendar <calendar-notification@google.com>\n", kind="alternative"), []),
]

# ---- Outlook message recall -----------------------------------------------------------------
_RECALL = ("Microsoft Support 'Recall or replace an email message that you sent' (the recall request arrives as "
           "'Recall: <subject>' with '<name> would like to recall the message, \"<subject>\".'; Exchange Online's "
           "cloud recall report 'Message Recall Report for message: <subject>' listing each recipient's 'Recall "
           "Success' / 'Recall Failure')")
_RECALL_WORDS = {
    "en": ("Recall:", "would like to recall the message"),
    "de": ("Rückruf:", "möchte die Nachricht zurückrufen"),
    "fr": ("Rappel :", "voudrait rappeler le message"),
    "es": ("Recuperar:", "desea recuperar el mensaje"),
    "nl": ("Intrekken:", "wil het bericht intrekken"),
}


def _recall_request(lang: str) -> bytes:
    prefix, words = _RECALL_WORDS[lang]
    return mail(f"Lee Ad <{LEAD}>", f"{prefix} Pricing follow-up", f"Lee Ad {words}, \"Pricing follow-up\".",
                "Thread-Topic: Pricing follow-up\nX-MS-Exchange-Organization-Recall: \n"
                "X-MS-Exchange-Organization-AuthAs: Internal\n")


def _cloud_report(status: str, text: str) -> bytes:
    body = (f"Message Recall Report for message: Quote for Q3\n\nOriginal message sent: 12/4/2026 9:55 AM\n"
            f"Recall requested: 12/4/2026 10:02 AM\n\nRecipient: {LEAD}\nRecall status: {status}\n{text}\n")
    return mail("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.example>",
                "Message Recall Report for message: Quote for Q3", body,
                "Auto-Submitted: auto-generated\nX-MS-Exchange-Generated-Message-Source: Message Recall\n"
                "X-MS-Exchange-Organization-SCL: -1\n")


RECALL_ROWS = [
    *[(f"recall-request-{lang}", _RECALL + " (localised as Outlook's UI, weak)", _recall_request(lang), [])
      for lang in _RECALL_WORDS],
    ("recall-cloud-report-failed-read", _RECALL,
     _cloud_report("Failed", "The message could not be recalled because it has already been read."), []),
    ("recall-cloud-report-succeeded", _RECALL, _cloud_report("Succeeded", "The message was recalled."), []),
    ("recall-cloud-report-not-supported", _RECALL + "; a recipient outside the organization ('Recall failed: "
     "recipient is not in your organization')",
     _cloud_report("Failed", "Recall failed: the recipient's mailbox is not in your organization, so the message "
                   "could not be recalled."), []),
    ("recall-classic-success-report", "Exchange 2016 classic recall ('Your recall of message \"<subject>\" to "
     "<recipient> succeeded on <date>', as the recall report's text; MS-OXOMSG 3.1.4.5) (weak: the layout)",
     mail("Lee Ad <lead@partner.example>", "Message Recall Success: Quote for Q3",
          f"Your message\n\nTo: {LEAD}\nSubject: Quote for Q3\nSent: 12/4/2026 9:55 AM\n\nwas recalled by "
          "Lee Ad <lead@partner.example> on 12/4/2026 10:03 AM", "X-MS-Exchange-Organization-Recall: \n"), []),
]

PEOPLE_ROWS = CALENDAR_ROWS + RECALL_ROWS
