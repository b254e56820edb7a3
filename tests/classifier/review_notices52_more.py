"""The fifty-second review's single notices (see review_notices52.py): the audited wordings where no
mail server refuses anything, or where they are not the cause. An auto-responder's away text, a
person's reply quoting an error, a ticket system's acknowledgement, a soft bounce whose returned
original carries the words, our relay's delay notice with the words inside a temporary reply, and a
real bounce whose inline original carries MailScanner's part-withheld warning (intros.only_delivered).
Expected: no bounce for the first three, the real cause for the others. All HAND-MADE; each source
names the audited rule and the layout followed."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices26_layouts import plain
from tests.classifier.review_notices34_layouts import mail, responder
from tests.classifier.review_notices35_layouts import exim_remote

R, ANY = "recipient", ""
CE = "counter-example (hand-made): "
# The audited wordings (review 45: PowerMTA, Mautic, Postal; review 47: Vda, Exchange's MailboxOffline).
AUDITED = [
    ("addr-no-longer-valid", "Address no longer valid", "PowerMTA default bad-mailbox rule (review 45)"),
    ("domain-no-longer-in-use", "Domain no longer in use", "PowerMTA default bad-domain rule (review 45)"),
    ("domain-obsolete", "Domain example.org is obsolete", "PowerMTA default bad-domain rule (review 45)"),
    ("route-rejects", "Route does not accept incoming messages",
     "postalserver/postal app/lib/smtp_server/client.rb (review 45)"),
    ("not-member", "User not a member of domain", "Mautic DsnParser rule 0198 (review 45)"),
    ("recipient-disabled", "recipient disabled", "Vda BounceProcessing BounceClassifier.php (review 47)"),
    ("mailbox-cannot-be-accessed", "Mailbox cannot be accessed",
     "Exchange SmtpResponse MailboxOffline (review 47)"),
]
AWAY = ("RFC 3834 auto-reply as Exchange writes it (review 34's responder, 'exchange': Auto-Submitted: auto-generated, "
        "X-Auto-Response-Suppress, the 'Automatic reply:' prefix)")
PERSON = "a person's reply (review 34's plain mail layout: In-Reply-To absent, an ordinary text/plain message)"
TICKET = "a help desk's automated acknowledgement (review 34's plain mail layout, '[Ticket #n]' subject)"
RETURNED = ("Exim's bounce of '552 5.2.2 Mailbox full' (review 35's exim_remote) whose returned original carries the "
            "words in its body")
DELAY = "our Postfix relay's delay report (notices.relayed, Action: delayed) of a 451 quoting the words"

ROWS = []
for wid, words, src in AUDITED:
    ROWS += [
        (f"away-{wid}", f"{src}; {CE}an away text: {AWAY}",
         responder("exchange", "Lead Person <lead@example.org>", "en",
                   f"Thank you for your message. Please note: {words} for my old team alias; I am out of the office "
                   "until Monday 7 December and will reply then."), []),
        (f"person-{wid}", f"{src}; {CE}{PERSON}",
         mail("Lead Person <lead@example.org>", "Re: Quick question",
              f"Hi,\n\nour IT says the '550 {words}' error you saw last week is fixed, please resend.\n\nBest,\nLead"),
         []),
        (f"ticket-{wid}", f"{src}; {CE}{TICKET}",
         mail("Partner Support <support@helpdesk.partner.example>", "[Ticket #4411] Delivery problem",
              f"Hello,\n\nYour request 'Bounce: 550 {words}' has been received and assigned ticket #4411.\n"
              "An agent will reply within one business day.\n\nThis is an automated message."), []),
        (f"returned-{wid}", f"{src}; {CE}{RETURNED}",
         exim_remote(f"r52-ret-{wid}", "552 5.2.2 Mailbox full", "RCPT").replace(
             b"Hello", f"Hello. PS: {words} (our old notice, please ignore).".encode(), 1),
         [(LEAD, False, ("mailboxfull",), R, False)]),
        (f"delay-{wid}", f"{src}; {CE}{DELAY}",
         relayed(f"451 4.3.0 Temporary lookup failure ({words} check deferred)", status="4.3.0",
                 action="delayed"), [(LEAD, False, (), ANY, True)]),
    ]

MAILSCANNER = ("MailScanner/v5 reports/en/sender.virus.report.txt ('Any infected parts of the message ... have not been "
               "delivered', review 48's intros.only_delivered)")
_PF_BODY = ("This is the mail system at host mail.example.com.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n"
            f"<{LEAD}>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <{LEAD}>:\n"
            "    Recipient address rejected: User unknown in local recipient table (in reply\n"
            "    to RCPT TO command)\n\n")
ROWS += [
    ("mailscanner-in-returned-original", f"{MAILSCANNER}; {CE}Postfix's plain notice (review 26's plain layout) of a "
     "missing user whose inline returned original carries MailScanner's part-withheld warning",
     plain("r52-ms", LEAD, _PF_BODY + "------ Original message ------\n", subject="Undelivered Mail Returned to Sender",
           original="This message has been delivered successfully with a warning: Any infected parts of the "
                    "message (invoice.exe) have not been delivered."),
     [(LEAD, True, ("userunknown",), R, False)]),
]
