"""The ninety-first review: mends of misreadings earlier reviews left as strict xfails, each beside controls that
must not change (a live recipient, our own side, a delayed notice, other wordings the new rule must not catch).

1. A filter's signature ("This server is protected by Spamhaus") under 5.1.1 is no blocklist speaking
   (review 90's r90-footer-recipient-rejected-protected-by-spamhaus): generic_refusal.without_signature.
2. "(bounced back to sender)", "returned to sender": the direction the notice went, not the sender refused
   (review 90's l90-c-kim-bounced-back): lexicon._SENDER.
3. A notice with a delayed section and a failed one: each recipient its own section's (review 85's
   a85-delay-then-failed): formats/prose._section_action; a plain success report ("Delivery to the following
   recipient succeeded") is no bounce (review 85's a85-success-report-local): intros.DELIVERED_SAID.
4. "<Name> left <Company>" with names in any Latin script, a middle initial, a title before one surname (review 86's
   leaver rule; review 87's r87-left-dr-surname-of-comma-name): departures._NAMED_LEFT.
5. A Cc read only from a quoted reply chain when the returned header copy has no To (review 89's gap):
   fields.quoted_headers.

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices25.rows_relayed (our relay's
Postfix report), rows_quoted (Gmail's own DSN, Exchange Online's NDR), review_notices85.notice (a plain groupware
notice with labelled lines). All HAND-MADE; test_review_notices91.py runs them; the attacks on these mends are
in review_notices91_attacks.py."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_relayed
from tests.classifier.review_notices50_sources import KIM, LEAD, hard
from tests.classifier.review_notices85 import notice
from tests.classifier.review_notices88 import ANY, LEAD as PLEAD, MX, R, S, UNK

MOVED = ("hasmoved", "userunknown")


both = both_layouts("r91", MX, PLEAD)


# ---- 1. a filter's signature beside a 5.1.1 refusal --------------------------------------------------------------
SIG = ("RFC 3463's 5.1.1 (bad destination mailbox address) refusal followed by a filter vendor's tagline ('This "
       "server is protected by ...', as appliance and hosting signatures put it), hand-made after review 90's row")
SIGNATURES = [
    ("sig-user-unknown-protected-by-spamcop", "550 5.1.1 User unknown. This server is protected by SpamCop",
     "5.1.1", "RCPT", True, UNK, R),
    ("sig-no-such-user-protected-by-spamhaus-and-spamcop", "550 5.1.1 No such user here. Protected by Spamhaus and "
     "SpamCop.", "5.1.1", "RCPT", True, UNK, R),
    ("sig-recipient-rejected-system-protected-by-sorbs", "550 5.1.1 Recipient rejected; this system is protected by "
     "SORBS", "5.1.1", "RCPT", True, UNK, R),
    ("sig-mailbox-unknown-domain-protected-by-uceprotect", "550 5.1.1 Mailbox unknown. This domain is protected by "
     "UCEPROTECT.", "5.1.1", "RCPT", True, UNK, R),
]
# The blocklist itself speaking, with or without the same signature: our host (blocked, the sender's).
SIG_CONTROLS = [
    ("sig-c-listed-by-spamhaus", "550 5.1.1 Recipient rejected: your IP 192.0.2.25 is listed by Spamhaus", "5.1.1",
     "RCPT", False, ("blocked",), S),
    ("sig-c-listed-then-signature", "550 5.1.1 Rejected: client 192.0.2.25 listed at zen.spamhaus.org. This server "
     "is protected by Spamhaus", "5.1.1", "RCPT", False, ("blocked",), S),
    ("sig-c-protected-and-ip-listed", "550 5.1.1 Recipient rejected. This server is protected by Spamhaus, and your "
     "IP is listed there", "5.1.1", "RCPT", False, ("blocked",), S),
    ("sig-c-blocked-using", "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org",
     "5.7.1", "RCPT", False, ("blocked",), S),
    ("sig-c-delayed", "450 4.1.1 Recipient rejected. This server is protected by Spamhaus", "4.1.1", "RCPT", False,
     (), ANY),
    ("sig-c-full-mailbox", "552 5.2.2 Mailbox full. This server is protected by Spamhaus", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
]

# ---- 2. "back to sender": the direction, not the refused party --------------------------------------------------
BACK = ("A failed recipient's own tag '(returned to sender)' / '(bounced back to the sender)' on a labelled line above "
        "'Reason: 550 5.1.1 User unknown' (groupware notices' recipient tables, review 90's layout), hand-made")
_WHY = "Reason: 550 5.1.1 User unknown\n"


def _one(name: str, lead_line: str, kim_line: str) -> bytes:
    return notice(f"91-{name}", "Your message could not be delivered to one or more of its recipients.\n\n"
                  f"{lead_line}\n{kim_line}\n", to=f"{LEAD}, {KIM}")


def _sender_refused(name: str, line: str) -> bytes:
    return notice(f"91-{name}", f"Your message could not be delivered.\n\nRecipient: kim\n{line}\n", to=KIM)


_OURS = [(KIM, False, ("rejected",), S, False)]
TAGS = [
    ("b91-returned-to-sender", BACK, _one("rs", "Recipient: lead (delivered)",
                                          f"Recipient: kim (returned to sender)\n{_WHY}"), hard(KIM)),
    ("b91-bounced-back-to-the-sender", BACK, _one("bt", "Recipient: lead (delivered)",
                                                  f"Recipient: kim (bounced back to the sender)\n{_WHY}"), hard(KIM)),
    ("b91-return-to-sender-no-such-user", BACK, _one("rn", "Recipient: lead (delivered)",
                                                     "Recipient: kim (return to sender)\nReason: 550 No such user"),
     hard(KIM)),
    # Controls: the sender really refused, the same direction words beside (ours, soft).
    ("b91-c-sender-address-rejected-returned", BACK + " (control: Postfix's 'Sender address rejected' refusal)",
     _sender_refused("sa", "Reason: 553 5.1.8 <seller@example.com>: Sender address rejected: Domain not found "
                     "(returned to sender)"), _OURS),
    ("b91-c-sender-unknown-back-to-sender", BACK + " (control: 'sender unknown' as the reason)",
     _sender_refused("su", "Reason: 550 5.1.0 Sender unknown; bounced back to sender"), _OURS),
]
TAG_REPLIES = ("RFC 3463 5.1.1 refusals whose text ends with the server's note that the message goes back to its "
               "sender (hand-made)")
TAG_ROWS = [
    ("tag-user-unknown-returned-to-sender", "550 5.1.1 <lead@partner.example>: User unknown, returned to sender",
     "5.1.1", "RCPT", True, UNK, R),
    ("tag-no-such-mailbox-bounced-back-to-sender", "550 5.1.1 No such mailbox - bounced back to sender", "5.1.1",
     "RCPT", True, UNK, R),
]
TAG_CONTROLS = [  # our sender refused at MAIL FROM, a note of the direction beside (ours, soft)
    ("tag-c-sender-rejected-at-mail", "553 5.1.8 Sender address rejected: domain not found, returned to sender",
     "5.1.8", "MAIL", False, ("rejected",), S),
    ("tag-c-unknown-sender", "550 5.1.0 Unknown sender - return to sender", "5.1.0", "MAIL", False, ("rejected",), S),
]

# ---- 3. sections of one notice; a success report -------------------------------------------------------------------
SECT = ("RFC 3461 §4.1 NOTIFY=DELAY,FAILURE (one notice reporting a delayed recipient and a failed one), in a plain "
        "groupware notice with section headings (hand-made after review 85's row)")
_DELAY = "Reason: 451 4.4.1 no answer from host, will retry\n"
_LEAD_DELAYED = [(LEAD, False, (), "", True)]
SECTIONS = [
    ("s91-failed-then-delayed", SECT + " (the failed section first)",
     notice("91-fd", "Delivery to the following recipient failed permanently:\n\nRecipient: kim\n" + _WHY + "\n"
            "Delivery to the following recipient has been delayed:\n\nRecipient: lead\n" + _DELAY,
            to=f"{LEAD}, {KIM}"), hard(KIM) + _LEAD_DELAYED),
    ("s91-exchange-headings", SECT + " (Exchange's headings 'Delivery has failed to these recipients or groups:' and "
     "'Delivery has been delayed to these recipients or groups:')",
     notice("91-ex", "Delivery has failed to these recipients or groups:\n\nkim@partner.example\n" + _WHY + "\n"
            "Delivery has been delayed to these recipients or groups:\n\nlead@example.org\n" + _DELAY,
            to=f"{LEAD}, {KIM}"), hard(KIM) + _LEAD_DELAYED),
    ("s91-plural-headings-by-address", SECT + " (plural headings, addresses)",
     notice("91-pa", "Delivery to the following recipients has been delayed:\n\n  lead@example.org\n  " + _DELAY
            + "\nDelivery to the following recipients failed permanently:\n\n  kim@partner.example\n  " + _WHY,
            to=f"{LEAD}, {KIM}"), _LEAD_DELAYED + hard(KIM)),
    ("s91-delayed-then-failed-no-permanently", SECT + " (the failed heading without 'permanently')",
     notice("91-np", "Delivery to the following recipient has been delayed:\n\nRecipient: lead\n" + _DELAY
            + "\nDelivery to the following recipient failed:\n\nRecipient: kim\n" + _WHY, to=f"{LEAD}, {KIM}"),
     _LEAD_DELAYED + hard(KIM)),
    # Controls: a notice of one kind keeps its one reading.
    ("s91-c-only-delayed-two", SECT + " (control: both delayed)",
     notice("91-od", "Delivery to the following recipients has been delayed:\n\nRecipient: lead\nRecipient: kim\n"
            + _DELAY, to=f"{LEAD}, {KIM}"), [(LEAD, False, (), "", True), (KIM, False, (), "", True)]),
    ("s91-c-only-failed-two", SECT + " (control: both failed for good)",
     notice("91-of", "Delivery to the following recipients failed permanently:\n\nRecipient: lead\n" + _WHY
            + "Recipient: kim\n" + _WHY, to=f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
    ("s91-c-warning-names-permanent-failure", SECT + " (control: a delay warning that says when a permanent failure "
     "notice would follow)",
     notice("91-wp", "Delivery to the following recipient has been delayed:\n\nRecipient: lead\n" + _DELAY
            + "\nYou will receive a permanent failure notice if delivery does not succeed.\n", to=LEAD),
     _LEAD_DELAYED),
]
OK = ("A success DSN's own sentence (Windows' SMTP service: 'Delivery to the following recipients succeeded.'; "
      "Exchange's relay notice: 'Delivery to these recipients or groups is complete, but no delivery notification "
      "was sent by the destination server'), as recalled, hand-made after review 85's row")
SUCCESS = [
    ("o91-succeeded-two", OK, notice("91-s2", "This is an automatically generated Delivery Status Notification.\n\n"
                                     "Delivery to the following recipients succeeded.\n\n   lead@example.org\n"
                                     "   kim@partner.example\n", to=f"{LEAD}, {KIM}",
                                     subject="Delivery Status Notification (Success)"), []),
    ("o91-exchange-relay-complete", OK, notice("91-rc", "Delivery to these recipients or groups is complete, but no "
                                               "delivery notification was sent by the destination server:\n\n"
                                               "lead@example.org\n", to=LEAD, subject="Relayed: Quick question"), []),
    # Controls: a failure said beside the same sentence keeps the notice a bounce.
    ("o91-c-succeeded-then-failed", OK + " (control: a failed section after it)",
     notice("91-sf", "Delivery to the following recipients succeeded:\n\nRecipient: lead\n\n"
            "Delivery to the following recipients failed:\n\nRecipient: kim\n" + _WHY, to=f"{LEAD}, {KIM}"),
     hard(KIM)),
    ("o91-c-succeeded-later-rejected", OK + " (control: delivered to a relay, later refused)",
     notice("91-sl", "Delivery to the following recipient succeeded, but the next server later rejected it:\n\n"
            "kim@partner.example\n" + _WHY, to=KIM), hard(KIM)),
]

# ---- 4. a leaver named in any Latin script, with a middle initial or a title ----------------------------------------
LEFT = ("A recipient server's admin text '<Name> left <Company> <when>; please write to ...' (Postfix access(5) "
        "'REJECT <text>' / Exim ':fail: <text>', as review 69's rows), hand-made with names in other Latin scripts")
LEAVERS = [
    ("left-jose-nunez", "550 5.7.1 José Núñez left Partner Ltd on 30 November; please write to sales@partner.example",
     "5.7.1", "RCPT", True, MOVED, R),
    ("left-mary-j-smith", "550 5.7.1 Mary J. Smith left Partner Corp in March. Please contact info@partner.example",
     "5.7.1", "RCPT", True, MOVED, R),
    ("left-zoe-lee", "550 5.7.1 Zoë Lee left Partner GmbH on 1 December", "5.7.1", "RCPT", True, MOVED, R),
    ("left-sean-obrien", "550 5.7.1 Seán O'Brien left Partner Ltd on 2 January", "5.7.1", "RCPT", True, MOVED, R),
    ("left-ewan-mcdonald", "550 5.7.1 Ewan McDonald left Partner Ltd; please write to info@partner.example instead",
     "5.7.1", "RCPT", True, MOVED, R),
    ("left-lukasz-zolw", "550 5.7.1 Łukasz Żółw left Partner Sp. z o.o. on 1 December", "5.7.1", "RCPT", True, MOVED,
     R),
    ("left-ms-nunez", "550 5.7.1 Ms. Núñez left Partner SA on 1 December", "5.7.1", "RCPT", True, MOVED, R),
]
# Controls: the same shapes that are no leaver, or not for good.
LEAVER_CONTROLS = [
    ("left-c-codigo-postal-blank", "550 5.7.1 Código Postal left Blank. Please contact support@partner.example",
     "5.7.1", "RCPT", False, (), ANY),
    ("left-c-zoe-voicemail", "550 5.7.1 Zoë Lee left Partner Ltd a voicemail on 1 December", "5.7.1", "RCPT", False,
     (), ANY),
    ("left-c-messages-from-nunez", "550 5.7.1 Messages from José Núñez are refused: José Núñez left Partner Ltd on 1 "
     "March", "5.7.1", "RCPT", False, (), ANY),
    ("left-c-caps", "550 5.7.1 JOSÉ NÚÑEZ LEFT PARTNER LTD ON 1 MARCH", "5.7.1", "RCPT", False, (), ANY),
    ("left-c-delayed", "450 4.7.1 José Núñez left Partner Ltd on 1 March", "4.7.1", "RCPT", False, (), ANY),
    ("left-c-dr-web-quarantine", "550 5.7.1 Dr. Web left Quarantine on 3 March", "5.7.1", "RCPT", False, (), ANY),
    ("left-c-title-the-building", "550 5.7.1 Mr. Núñez left The Building on 3 March", "5.7.1", "RCPT", False, (),
     ANY),
]

# ---- 5. a Cc named only in a quoted reply chain, the copy trimmed to no To --------------------------------------------
CHAIN = ("Outlook's reply header block ('-----Original Message----- / From: / Sent: / To: / Cc: / Subject:') quoted in "
         "the returned original's body under a header copy trimmed to From/Date (review 89's layout, no To), hand-made")
_CHAIN = ("Hello,\nsee below.\n\n-----Original Message-----\nFrom: Kim Other <kim@partner.example>\nSent: Wednesday, "
          "December 2, 2026 09:00\nTo: Seller <seller@example.com>\nCc: Pat Colleague <pat@partner.example>\n"
          "Subject: Pricing\n\nPlease send the price list.\n")


def _trimmed(name: str, named: str, own: str) -> bytes:
    return ("From: MAILER-DAEMON@mail.example.com\nTo: seller@example.com\nSubject: Undeliverable: Pricing\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <r91-{name}@mail.example.com>\nX-Hand-Made: yes (review 91)\n"
            f"Content-Type: text/plain; charset=utf-8\n\nYour message could not be delivered.\n\nRecipient: {named}\n"
            + _WHY + "\n------ This is a copy of the message. ------\n\nFrom: Seller <seller@example.com>\n" + own
            + "Date: Thu, 3 Dec 2026 10:00:00 +0000\n\n" + _CHAIN).encode()


CHAIN_ROWS = [
    # Which pat failed is not in the notice: the chain's Cc is an older message's (a live colleague marked dead).
    ("c91-no-to-chain-cc-named-local", CHAIN + " (the notice names 'pat'; only the chain's Cc is a pat)",
     _trimmed("cp", "pat", ""), []),
    ("c91-c-own-cc-named-local", CHAIN + " (control: the copy's own block holds the Cc, no To)",
     _trimmed("oc", "kim", f"Cc: Kim Other <{KIM}>\n"), hard(KIM)),
    ("c91-c-own-to-and-cc-named-local", CHAIN + " (control: the copy's own To and Cc; the failed one the Cc)",
     _trimmed("tc", "kim", f"To: {LEAD}\nCc: Kim Other <{KIM}>\n"), hard(KIM)),
    ("c91-c-no-to-chain-cc-named-by-address", CHAIN + " (control: the notice names the address itself)",
     _trimmed("ca", "pat@partner.example", ""), hard("pat@partner.example")),
]

ROWS = (both("sig", SIG, SIGNATURES + SIG_CONTROLS) + TAGS + both("tag", TAG_REPLIES, TAG_ROWS)
        + rows_relayed("r91-tag", TAG_REPLIES, MX, PLEAD, TAG_CONTROLS) + SECTIONS + SUCCESS
        + both("left", LEFT, LEAVERS + LEAVER_CONTROLS) + CHAIN_ROWS)
