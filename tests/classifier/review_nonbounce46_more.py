"""Review nonbounce46, second batch (written after the first batch's run, BEFORE this batch ran; committed first):
harder shapes of the same families. An Exim autoreply whose admin-written text lays out an address and an error
line the way Exim's bounce does (only the missing X-Failed-Recipients, the prospect's From and the Subject tell them
apart); a person's reply carrying an NDR about a COLLEAGUE as a message/rfc822 attachment or as Gmail's inline
forward; a forward target's auto-reply; a colleague's reply; MDNs 'dispatched' and 'processed'; and as controls real
bounces of qmail and Sendmail with Precedence junk/bulk and X-Autoreply added. Rows as review_nonbounce46.ROWS."""

from __future__ import annotations

from tests.classifier.review_nonbounce46 import EXIM_AR, GMAIL, HARD_UU, LENA, MDN, NB, PERSON
from tests.classifier.review_nonbounce46_layouts import LEAD, SELLER, exim_autoreply, gmail_vacation, mdn, person, \
    person_attaching, whole, with_fields
from tests.classifier.review_recipients45_layouts import qmail, rcpt, sendmail

CFO = "cfo@partner.example"
EXO_NDR = (f"From: Microsoft Outlook <postmaster@partner.example>\nTo: {LEAD}\nSubject: Undeliverable: Budget\n"
           "Message-ID: <ndr-cfo-46@partner.example>\nX-MS-Exchange-Message-Is-Ndr:\nAuto-Submitted: auto-replied\n"
           "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"N46\"\n\n"
           f"--N46\nContent-Type: text/plain; charset=utf-8\n\nDelivery has failed to these recipients or groups:\n\n"
           f"{CFO}\nThe email address you entered couldn't be found.\n\n--N46\nContent-Type: message/delivery-status\n\n"
           f"Reporting-MTA: dns; AM0PR08MB.eurprd08.prod.outlook.com\n\nFinal-Recipient: rfc822; {CFO}\nAction: failed\n"
           "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n\n--N46\n"
           f"Content-Type: text/rfc822-headers\n\nFrom: {LENA}\nTo: {CFO}\nSubject: Budget\n"
           "Message-ID: <budget-46@partner.example>\n\n--N46--\n").encode()
GMAIL_FWD = ("---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
             f"Date: Mon, 7 Dec 2026 at 08:02\nSubject: Delivery Status Notification (Failure)\nTo: <{LEAD}>\n\n\n"
             f"** Address not found **\n\nYour message wasn't delivered to {CFO} because the address couldn't be "
             "found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email "
             "account that you tried to reach does not exist.")
QMAIL_BNC = "qmail-send.c bounce (review recipients45's layout) with Precedence: junk and X-Autoreply put first"
SENDMAIL_BNC = ("sendmail/savemail.c errbody (review recipients45's layout: Auto-Submitted: auto-generated (failure)) "
                "with Precedence: bulk put first")

ROWS = [
    ("nb46-exim-ar-bounce-shaped", EXIM_AR + "; the admin's text laid out as Exim's bounce entry (HAND-MADE)",
     exim_autoreply("exim-ar-bounce-shaped", LENA, "Auto: Quick question",
                    "This message was created automatically by the Partner GmbH mail system.\n\n"
                    f"The following address is no longer in use:\n\n  {LEAD}\n    mailbox closed\n\n"
                    "Please contact sales@partner.example."), NB),
    ("nb46-exim-ar-headers-only-copy", EXIM_AR + "; the transport's headers_only option (no body in the copy)",
     exim_autoreply("exim-ar-headers-only-copy", LENA, "Automatic reply",
                    "I no longer have access to this mailbox. It will be deleted.", headers_only=True), NB),
    ("nb46-person-attached-ndr-colleague", PERSON + "; the attached NDR Exchange Online's (DSNs and NDRs in Exchange)",
     person_attaching("person-attached-ndr-colleague", LENA,
                      "Hi Sam, our CFO's address in your CC seems wrong, see the attached. Use cfo.office@partner."
                      "example instead.", EXO_NDR), NB),
    ("nb46-person-gmail-forwarded-dsn", PERSON + "; Gmail's inline forward of its own DSN (shared/api/gmail.md 9)",
     person("person-gmail-forwarded-dsn", LENA, "Fwd: Delivery Status Notification (Failure)",
            f"Sam - I forwarded your note to our CFO and got this back. Try cfo.office@partner.example.\n\n{GMAIL_FWD}"),
     NB),
    ("nb46-forward-target-vacation", GMAIL + "; the prospect's forward target answers", gmail_vacation(
        "forward-target-vacation", "Lena Lead <lena@newco.example>",
        f"Mail to {LEAD} is forwarded here. That mailbox will be closed at the end of the month; please update your "
        "address book."), NB),
    ("nb46-colleague-mailbox-full", PERSON, person(
        "colleague-mailbox-full", "Jane Doe <jane.doe@partner.example>", "RE: Quick question",
        "Hi Sam, Lena's mailbox is full and she's out until January, so your mail may bounce. I'll pass it on."), NB),
    ("nb46-mdn-dispatched", MDN + "; 'dispatched' (sent somewhere without being displayed)", mdn(
        "mdn-dispatched", "Read: Quick question",
        "Your message was dispatched without being displayed.", "automatic-action/MDN-sent-automatically; dispatched"),
     NB),
    ("nb46-mdn-processed-error", MDN + "; 'processed/error' with an Error field", mdn(
        "mdn-processed-error", "Disposition notification",
        "The message was processed, but an error occurred while processing it.",
        "automatic-action/MDN-sent-automatically; processed/error"), NB),
    ("nb46-ctl-qmail-junk-autoreply", QMAIL_BNC, with_fields(qmail(
        "ctl-qmail-junk-autoreply", f"<{LEAD}>:\n192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 "
        f"<{LEAD}>: Recipient address rejected: User unknown in local recipient table\nGiving up on 192.0.2.25.\n\n",
        to=LEAD), "Precedence: junk\nX-Autoreply: yes\n"), HARD_UU),
    ("nb46-ctl-sendmail-bulk", SENDMAIL_BNC, with_fields(sendmail(
        "ctl-sendmail-bulk", f"   ----- The following addresses had permanent fatal errors -----\n<{LEAD}>\n    "
        "(reason: 550 5.1.1 User unknown)\n", f"... while talking to mx.partner.example.:\n>>> RCPT To:<{LEAD}>\n"
        f"<<< 550 5.1.1 <{LEAD}>... User unknown\n550 5.1.1 <{LEAD}>... User unknown",
        [rcpt(f"RFC822; {LEAD}", "failed", "5.1.1", f"550 5.1.1 <{LEAD}>... User unknown")], to=LEAD),
        "Precedence: bulk\n"), HARD_UU),
    ("nb46-ctl-exim-ar-vs-bounce-same-host", EXIM_AR.split(" (")[0] + " / deliver.c: a real Exim bounce from the "
     "host whose vacation router replied above (Mailer-Daemon, X-Failed-Recipients)", whole(
        f"From: Mail Delivery System <Mailer-Daemon@mail.partner.example>\nTo: {SELLER}\nSubject: Mail delivery "
        f"failed: returning message to sender\nX-Failed-Recipients: {LEAD}\nAuto-Submitted: auto-replied\n"
        "Precedence: bulk\nMessage-Id: <E1vNb46-same@mail.partner.example>\n",
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
        "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:"
        f"\n\n  {LEAD}\n    Unknown user\n\n------ This is a copy of the message, including all the headers. ------"
        f"\n\nFrom: Sam Seller <{SELLER}>\nTo: {LEAD}\nSubject: Quick question\nMessage-ID: <nb46-same@example.com>\n\n"
        "Hi Lena\n", mark="Exim deliver.c bounce"), HARD_UU),
]
