"""The twenty-sixth review's notices naming two failed recipients (the original went to both and
to a third, delivered, recipient): the notice's own list must give the exact set, each with its
own reason. See review_notices26.py. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices26_layouts import A, B, FLUFL, FULL, Q_SOURCE, SENDMAIL, TWO, hard, mixed, plain, sm, soft

# Two failed recipients in one notice (the original went to both and to OTHER, delivered): the
# notice's list gives the exact set, each its own reason.
MULTI = [
    ("sendmail-two-fatal", sm("sz-sb.de shape, two addresses") + "; " + SENDMAIL,
     plain("sendmail-two-fatal", TWO,
           "   ----- The following addresses had permanent fatal errors -----\n"
           f"<{A}>\n    (reason: 550 5.1.1 <{A}>... User unknown)\n<{B}>\n    (reason: 552 5.2.2 <{B}>... Mailbox full)\n\n"
           "   ----- Transcript of session follows -----\n... while talking to mx.buyer.example.:\n"
           f">>> RCPT To:<{A}>\n<<< 550 5.1.1 <{A}>... User unknown\n550 5.1.1 <{A}>... User unknown\n"
           f">>> RCPT To:<{B}>\n<<< 552 5.2.2 <{B}>... Mailbox full\n552 5.2.2 <{B}>... Mailbox full\n",
           original="   ----- Original message follows -----\n"),
     hard(A) + soft(B, FULL)),
    ("smail-two-failed", sm("Smail shape, two addresses"),
     plain("smail-two-failed", TWO,
           "|------------------------- Failed addresses follow: ---------------------|\n"
           f" {A} ... transport smtp: 550 5.1.1 <{A}>... User unknown\n"
           f" {B} ... transport smtp: 552 5.2.2 <{B}>... Mailbox full\n",
           subject="mail failed, returning to sender",
           original="|------------------------- Message text follows: ------------------------|\n"),
     hard(A) + soft(B, FULL)),
    ("mdaemon-two-did-not-receive", sm("MDaemon 3.5 shape, two addresses"),
     plain("mdaemon-two-did-not-receive", TWO,
           "The following addresses did NOT receive a copy of your message:\n\n"
           f">  {A}\n>  {B}\n\n--- Session Transcript ---\n"
           f" Thu 2026-12-03 09:00:04: --> RCPT To:<{A}>\n Thu 2026-12-03 09:00:04: <-- 550 5.1.1 No such user here\n"
           f" Thu 2026-12-03 09:00:04: --> RCPT To:<{B}>\n Thu 2026-12-03 09:00:04: <-- 550 5.1.1 No such user here\n"
           "--- End Transcript ---\n", subject="Message delivery failure", original=": Message contains 1 file attachments\n"),
     hard(A) + hard(B)),
    ("googlemail-two-failed", sm("googlemail.com shape, two addresses"),
     plain("googlemail-two-failed", TWO,
           "This is an automatically generated Delivery Status Notification\n\n"
           "Delivery to the following recipients failed permanently:\n\n"
           f"     {A}\n     {B}\n\nTechnical details of permanent failure:\n"
           "Google tried to deliver your message, but it was rejected by the recipient domain.\n"
           "The error that the other server returned was: 550 5.1.1 Recipient address rejected: User unknown\n\n",
           sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
           subject="Delivery Status Notification (Failure)", original="   ----- Original message -----\n"),
     hard(A) + hard(B)),
    ("earthling-two-failed", sm("earthling.net shape, two addresses"),
     plain("earthling-two-failed", TWO,
           "Delivery has failed to these recipients or groups:\n\n"
           f"[{A}]\nThe recipient's mailbox is full and can't accept messages now.\n\n"
           f"[{B}]\nThe recipient's mailbox is full and can't accept messages now.\n\n",
           subject="Undeliverable: Quick question", original="Original message details:\n"),
     soft(A, FULL) + soft(B, FULL)),
    ("mailenable-two-failed", sm("MailEnable shape, two addresses"),
     plain("mailenable-two-failed", TWO,
           "Message could not be delivered to some recipients.\n"
           f"Recipient: [SMTP:{A}]\nReason: 550 5.1.1 Mailbox does not exist\n\n"
           f"Recipient: [SMTP:{B}]\nReason: 552 5.2.2 Mailbox full\n\n",
           sender="POSTMASTER@mx.example.net", subject="Message Delivery Failure", original="Message headers follow:\n"),
     hard(A) + soft(B, FULL)),
    ("lsmtp-two-errors", sm("LSMTP shape, two addresses"),
     plain("lsmtp-two-errors", TWO,
           "The enclosed message was found to contain errors:\n\n--> Error description:\n"
           f"Error-For:  {A}\nError-Code: 5.1.1\nError-Text: 550 5.1.1 No such user\n\n"
           f"Error-For:  {B}\nError-Code: 5.2.2\nError-Text: 552 5.2.2 Mailbox full\n\n"
           "Error-End:  Two errors reported.\n", subject="Delivery failure"),
     hard(A) + soft(B, FULL)),
    ("exchange55-two-recipients", FLUFL.format("exchange.py") + " (two recipients)",
     mixed("exchange55-two-recipients", TWO,
           "Your message\n\n  To:      Lead Buyer; Second Buyer\n  Subject: Quick question\n\n"
           "did not reach the following recipient(s):\n\n"
           f"{A} on Thu, 3 Dec 2026 09:00:04 +0000\n    The recipient name is not recognized\n"
           "    MSEXCH:IMS:Buyer:Site:MAIL01 0 (000C05A6) Unknown Recipient\n"
           f"{B} on Thu, 3 Dec 2026 09:00:04 +0000\n    The recipient name is not recognized\n"
           "    MSEXCH:IMS:Buyer:Site:MAIL01 0 (000C05A6) Unknown Recipient\n",
           sender="System Administrator <postmaster@buyer.example>",
           subject="Undeliverable: Quick question", headers="X-Mailer: Internet Mail Service (5.5.2653.19)\n"),
     hard(A) + hard(B)),
    ("caiwireless-two", FLUFL.format("caiwireless.py") + " (two addresses; the detector itself stops at the first)",
     mixed("caiwireless-two", TWO,
           "The following recipients did not receive this message:\n\n"
           f"<{A}>\n<{B}>\n\nPlease reply to postmaster@buyer.example if you feel this message to be in error.\n"
           "Reason: 550 5.1.1 Mailbox unknown\n", sender="postmaster@buyer.example",
           subject="Undeliverable Message"),
     hard(A) + hard(B)),
    ("qmail-two-paragraphs", Q_SOURCE.format("Hi. This is the") + " (two recipient paragraphs)",
     plain("qmail-two-paragraphs", TWO,
           "Hi. This is the qmail-send program at mx.example.net.\nI'm afraid I wasn't able to deliver your message "
           "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           f"<{A}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
           f"<{B}>:\nThis user's mailbox is full. (#5.2.2)\n\n",
           subject="failure notice", original="--- Below this line is a copy of the message.\n"),
     hard(A) + soft(B, FULL)),
    ("groupwise-two", FLUFL.format("groupwise.py") + " (two addresses)",
     mixed("groupwise-two", TWO,
           "The message that you sent was undeliverable to the following:\n"
           f"\t{A} (550 5.1.1 user not found)\n\t{B} (552 5.2.2 mailbox full)\n\nPossible Solutions:\n"
           "\tVerify the address is correct.\n", sender="Postmaster@buyer.example",
           subject="Message status - undeliverable", headers="X-Mailer: Novell GroupWise Internet Agent 5.5.3.1\n"),
     hard(A) + soft(B, FULL)),
    ("netscape-two", FLUFL.format("netscape.py") + " (two addresses under one reason)",
     mixed("netscape-two", TWO,
           "This Message was undeliverable due to the following reason:\n\n"
           "The user(s) account is temporarily over quota.\n\n"
           f"<{A}>\n<{B}>\n\nPlease reply to Postmaster@buyer.example\nif you feel this message to be in error.\n",
           subject="Delivery Notification: Delivery has failed", sender="postmaster@buyer.example"),
     soft(A, FULL) + soft(B, FULL)),
    # Named without a domain or by display name alone: only the returned original's To completes them.
    ("exchange55-display-names", FLUFL.format("exchange.py") + " (Exchange 5.5 naming each recipient by display "
                                                               "name: 'Jane Doe on <date>')",
     mixed("exchange55-display-names", f"Lead Buyer <{A}>, Second Buyer <{B}>",
           "Your message\n\n  To:      Lead Buyer; Second Buyer\n  Subject: Quick question\n\n"
           "did not reach the following recipient(s):\n\n"
           "Lead Buyer on Thu, 3 Dec 2026 09:00:04 +0000\n    The recipient name is not recognized\n"
           "    MSEXCH:IMS:Buyer:Site:MAIL01 0 (000C05A6) Unknown Recipient\n"
           "Second Buyer on Thu, 3 Dec 2026 09:00:04 +0000\n    The recipient name is not recognized\n"
           "    MSEXCH:IMS:Buyer:Site:MAIL01 0 (000C05A6) Unknown Recipient\n",
           sender="System Administrator <postmaster@buyer.example>",
           subject="Undeliverable: Quick question", headers="X-Mailer: Internet Mail Service (5.5.2653.19)\n"),
     hard(A) + hard(B)),
    ("yale-two-names", FLUFL.format("yale.py") + " (two user names without a domain)",
     plain("yale-two-names", "lead.buyer@yale.example, second.buyer@yale.example",
           "Message not delivered to the following:\n\n    lead.buyer    Mailbox unknown\n"
           "    second.buyer    Mailbox unknown\n\nError Detail:\n    550 5.1.1 User unknown\n\n",
           sender="MAILER-DAEMON@mail.yale.example", subject="Undeliverable mail",
           original="------- Returned message follows -------\n"),
     hard("lead.buyer@yale.example") + hard("second.buyer@yale.example")),
    ("aol-two-screen-names", FLUFL.format("aol.py") + " (two screen names)",
     plain("aol-two-screen-names", "leadbuyer@aol.com, secondbuyer@aol.com",
           "Your mail to the following recipients could not be delivered because they are not accepting mail "
           "from seller@example.com:\n\tleadbuyer\n\tsecondbuyer\n",
           sender="Mail Delivery Subsystem <MAILER-DAEMON@aol.com>", subject="Returned mail: User unknown",
           original="----- Original message -----\n"),
     soft("leadbuyer@aol.com", ("filtered",)) + soft("secondbuyer@aol.com", ("filtered",))),
]
