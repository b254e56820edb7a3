"""The thirty-fourth review's machine notices that are no bounce: ticket systems' and CRMs'
acknowledgements, success DSNs and read receipts (MDN) in several languages, challenge-response
verification requests, list servers' confirmation and moderation notices, an Exchange message
recall report. Taxonomy section 5: `delivered`, auto-replies and the like never mark a contact
bounced; every row expects []. The wordings are the products' own where the row's source quotes
them; the layouts (review_notices34_layouts) are HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices34_layouts import SELLER, SUBJECT, mail, report

LEAD = "lead@partner.example"
SUP = "support@partner.example"
_ACK = "Auto-Submitted: auto-replied\n"

# ---- ticket systems and CRMs ----------------------------------------------------------------
TICKETS = [
    ("zendesk-request-received", "Zendesk Support default trigger 'Notify requester and CCs of received request' "
     "(support.zendesk.com 'About the standard Support triggers': subject 'Request received: {{ticket.title}}', "
     "'Your request ({{ticket.id}}) has been received and is being reviewed by our support staff.', the "
     "'##- Please type your reply above this line -##' delimiter)",
     mail(f"Partner Support <{SUP}>", f"[Partner] Request received: {SUBJECT}",
          "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
          "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n",
          _ACK + "X-Mailer: Zendesk Mailer\n"), []),
    ("freshdesk-ticket-received", "Freshdesk 'Requester notifications: New ticket created' default template "
     "(support.freshdesk.com 'Understanding email notifications': 'Ticket Received - {{ticket.subject}}', 'We would "
     "like to acknowledge that we have received your request and a ticket has been created.')",
     mail(f"Partner Helpdesk <{SUP}>", f"Ticket Received - {SUBJECT}",
          "Dear Sam,\n\nWe would like to acknowledge that we have received your request and a ticket has been created."
          "\nA support representative will be reviewing your request and will send you a personal response.(usually "
          "within 24 hours).\n\nTo view the status of the ticket or add comments, please visit\n"
          "https://partner.freshdesk.com/helpdesk/tickets/9123\n\nThank you for your patience.\n\nSincerely,\n"
          "Partner Support Team\n", _ACK), []),
    ("salesforce-email-to-case-auto-response", "Salesforce Help 'Set Up Auto-Response Rules' (Email-to-Case auto-"
     "response from an email template; the default 'SUPPORT: Case Created (Web Inquiries)' merge text 'Thank you for "
     "submitting your question. A support representative will respond shortly. Your case number is {!Case.CaseNumber}')",
     mail(f"Partner Customer Care <{SUP}>", f"Case 00001023: {SUBJECT} [ ref:!00D5g0abc.!5005g01Xyz:ref ]",
          "Thank you for submitting your question. A support representative will respond shortly.\n\nYour case "
          "number is 00001023.\n", _ACK), []),
    ("hubspot-conversations-ack", "HubSpot Knowledge Base 'Set up an automated email reply for incoming messages' "
     "(conversations inbox; the default 'Thanks for reaching out! We've received your email and will get back to "
     "you as soon as we can.') (weak: the fields)",
     mail("Partner Team <hello@partner.example>", f"Re: {SUBJECT}",
          "Thanks for reaching out! We've received your email and will get back to you as soon as we can.\n", _ACK),
     []),
    ("jira-sm-request-received", "Atlassian Jira Service Management 'Customer notifications' ('Request created': "
     "subject '[JIRA] (SUP-311) ...', 'We've received your request and will get back to you soon.')",
     mail("Partner Service Desk <jira@partner.atlassian.net>", f"SUP-311 {SUBJECT}",
          "—-—-—-—\nReply above this line.\n\nYour request SUP-311 has been received.\n\nWe've received your request "
          "and will get back to you soon.\n\nView request · Turn off this request's notifications\n",
          "Auto-Submitted: auto-generated\nPrecedence: bulk\n"), []),
    ("jira-sm-cannot-create-unknown-customer", "Atlassian Jira Service Management 'Why can't customers create "
     "requests by email' (a help desk that accepts only its customers answers unknown senders; the text HAND-MADE)",
     mail("Partner Service Desk <jira@partner.atlassian.net>", f"Re: {SUBJECT}",
          "We couldn't create a request from your email. Only customers of the Partner Service Desk can raise "
          "requests. Ask a service desk agent to add you as a customer.\n", "Auto-Submitted: auto-generated\n"), []),
    ("otrs-znuny-auto-reply-new-ticket", "Znuny/OTRS initial auto responses ('auto reply' type: 'Thanks for your "
     "email. A new ticket has been created.', subject 'RE: <OTRS_CUSTOMER_SUBJECT[24]>' with the ticket hook)",
     mail(f"Partner Support <{SUP}>", f"[Ticket#2026120410000123] RE: {SUBJECT}",
          "Thanks for your email. A new ticket has been created.\n\nYour email will be answered by a human ASAP.\n",
          "Precedence: bulk\nX-Loop: yes\nAuto-Submitted: auto-generated\n"), []),
    ("gitlab-service-desk-thank-you", "GitLab docs 'Service Desk' (thank_you email: 'Thank you for your support "
     "request! We are tracking your request as ticket #%{issue_iid}, and will respond as soon as we can.')",
     mail(f"Partner Support <{SUP}>", f"Re: {SUBJECT} (#42)",
          "Thank you for your support request! We are tracking your request as ticket #42, and will respond as soon "
          "as we can.\n", "Auto-Submitted: auto-generated\n"), []),
]

# ---- success DSNs, Exchange delivery receipts ---------------------------------------------------
_EXO = "Microsoft Outlook <postmaster@partner.onmicrosoft.com>"
_DSN_SRC = ("Exchange Online delivery receipts (learn.microsoft.com 'DSNs and NDRs in Exchange Server': "
            "'Delivered' and 'Relayed' DSN, 'Your message has been delivered to the following recipients:', "
            "'Delivery to these recipients or groups is complete, but no delivery notification was sent by the "
            "destination server:'); RFC 3464 Action delivered / relayed / expanded")


def _receipt(subject: str, text: str, action: str, lang: str) -> tuple:
    block = (f"Reporting-MTA: dns;AM6PR01MB1234.eurprd01.prod.outlook.com\n\nFinal-recipient: RFC822; {LEAD}\n"
             f"Action: {action}\nStatus: 2.0.0\nX-Display-Name: Lee Ad")
    return (f"exchange-{action}-{lang}", _DSN_SRC + f"; the {lang} subject and text HAND-MADE (weak: Outlook's UI)",
            report(_EXO, f"{subject} {SUBJECT}", text + f"\n\n{LEAD}\n\nSubject: {SUBJECT}\n", block,
                   extra="Auto-Submitted: auto-replied\n"), [])


RECEIPTS = [
    _receipt("Delivered:", "Your message has been delivered to the following recipients:", "delivered", "en"),
    _receipt("Relayed:", "Delivery to these recipients or groups is complete, but no delivery notification was sent "
             "by the destination server:", "relayed", "en"),
    _receipt("Übermittelt:", "Die Zustellung an diese Empfänger oder Gruppen wurde abgeschlossen, aber der Zielserver "
             "hat keine Zustellungsbenachrichtigung gesendet:", "relayed", "de"),
    _receipt("Zugestellt:", "Ihre Nachricht wurde an die folgenden Empfänger übermittelt:", "delivered", "de"),
    _receipt("Remis :", "Votre message a été remis aux destinataires suivants :", "delivered", "fr"),
    _receipt("Entregado:", "El mensaje se entregó a los siguientes destinatarios:", "delivered", "es"),
    ("exim-success-expanded", "Exim deliver.c success DSN ('The following addresses had successful delivery "
     "notifications'); RFC 3464 Action 'expanded'",
     report("Mail Delivery System <Mailer-Daemon@mx.partner.example>", "Delivery Status Notification",
            "This message was created automatically by mail delivery software.\n ----- The following addresses had "
            f"successful delivery notifications -----\n<sales@partner.example> (expanded to {LEAD})\n",
            "Reporting-MTA: dns; mx.partner.example\n\nAction: expanded\nFinal-Recipient: rfc822;sales@partner.example"
            "\nStatus: 2.0.0", extra="Auto-Submitted: auto-replied\n"), []),
    ("postfix-success-relayed-mailbox-full-words", "Postfix bounce_templates.c success template; a relayed "
     "receipt whose remote reply names the mailbox (HAND-MADE '250 2.0.0 Ok: queued, mailbox quota 95% full')",
     report("MAILER-DAEMON@mail.ourco.example (Mail Delivery System)", "Successful Mail Delivery Report",
            "This is the mail system at host mail.ourco.example.\n\nYour message was successfully delivered to the "
            "destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further "
            "notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems."
            f"\n\n                   The mail system\n\n<{LEAD}>: delivery via mx.partner.example[192.0.2.9]:25: "
            "250 2.0.0 Ok: queued as 4Qx (mailbox quota 95% full)\n",
            f"Reporting-MTA: dns; mail.ourco.example\n\nFinal-Recipient: rfc822; {LEAD}\nAction: relayed\n"
            "Status: 2.0.0\nRemote-MTA: dns; mx.partner.example\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4Qx "
            "(mailbox quota 95% full)", extra="Auto-Submitted: auto-replied\n"), []),
]

# ---- read receipts (MDN, RFC 8098) -----------------------------------------------------------------
_MDN_SRC = ("Outlook read receipts (support.microsoft.com 'Add and request read receipts and delivery "
            "notifications'; RFC 8098 disposition-notification); the localised 'Read:' prefix and text HAND-MADE "
            "(weak: Outlook's UI)")


def _mdn(lang: str, prefix: str, text: str, disposition: str = "displayed") -> tuple:
    block = (f"Reporting-UA: partner.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{LEAD}\n"
             f"Original-Message-ID: <r34-q3@ourco.example>\nDisposition: manual-action/MDN-sent-manually; {disposition}")
    name = "read" if disposition == "displayed" else "not-read"
    return (f"mdn-{name}-{lang}", _MDN_SRC,
            report(f"Lee Ad <{LEAD}>", f"{prefix} {SUBJECT}",
                   f"{text}", block, rtype="disposition-notification",
                   part="message/disposition-notification"), [])


_SENT = f"\n\n  To: {LEAD}\n  Subject: {SUBJECT}\n  Sent: 04.12.2026 09:00\n\n"
MDNS = [
    _mdn("en", "Read:", f"Your message{_SENT}was read on 04.12.2026 10:15."),
    _mdn("de", "Gelesen:", f"Ihre Nachricht{_SENT}wurde am 04.12.2026 10:15 gelesen."),
    _mdn("fr", "Lu :", f"Votre message{_SENT}a été lu le 04/12/2026 10:15."),
    _mdn("es", "Leído:", f"Su mensaje{_SENT}se ha leído el 04/12/2026 10:15."),
    _mdn("it", "Letto:", f"Il messaggio{_SENT}è stato letto in data 04/12/2026 10:15."),
    _mdn("pt", "Lida:", f"A sua mensagem{_SENT}foi lida em 04/12/2026 10:15."),
    _mdn("nl", "Gelezen:", f"Uw bericht{_SENT}is gelezen op 04-12-2026 10:15."),
    _mdn("pl", "Przeczytano:", f"Wiadomość{_SENT}została przeczytana 04.12.2026 10:15."),
    _mdn("ru", "Прочитано:", f"Ваше сообщение{_SENT}было прочитано 04.12.2026 10:15."),
    _mdn("ja", "開封済み:", f"メッセージ{_SENT}は 2026/12/04 10:15 に開封されました。"),
    _mdn("zh", "已读:", f"您的邮件{_SENT}已于 2026/12/4 10:15 被阅读。"),
    _mdn("en", "Not read:", f"Your message{_SENT}was deleted without being read on 04.12.2026 10:15.", "deleted"),
    _mdn("de", "Ungelesen:", f"Ihre Nachricht{_SENT}wurde am 04.12.2026 10:15 ungelesen gelöscht.", "deleted"),
    _mdn("fr", "Non lu :", f"Votre message{_SENT}a été supprimé sans avoir été lu le 04/12/2026 10:15.", "deleted"),
    _mdn("es", "No leído:", f"Su mensaje{_SENT}se eliminó sin haberse leído el 04/12/2026 10:15.", "deleted"),
    ("mdn-thunderbird-displayed", "Thunderbird mailnews/extensions/mdn/nsMsgMdnGenerator (msgMdn.properties: "
     "'MsgMdnDisplayed=The message sent on %S to %S with subject \"%S\" has been displayed. This is no guarantee "
     "that the message has been read or understood.'; Subject 'Return Receipt (displayed) - %S')",
     report(f"Lee Ad <{LEAD}>", f"Return Receipt (displayed) - {SUBJECT}",
            f"This is a Return Receipt for the mail that you sent to {LEAD}.\n\nNote: This Return Receipt only "
            "acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the "
            "recipient has read or understood the message contents.",
            f"Reporting-UA: pc.partner.example; Thunderbird 128.5.0\nFinal-Recipient: rfc822;{LEAD}\n"
            "Original-Message-ID: <r34-q3@ourco.example>\nDisposition: manual-action/MDN-sent-manually; displayed",
            rtype="disposition-notification", part="message/disposition-notification"), []),
    ("mdn-plain-text-read-receipt", "A webmail's plain read receipt (Roundcube program/localization/en_US "
     "'receiptread' 'Return Receipt (read)', 'yourmessage' 'This is a Return Receipt for your message', "
     "'receiptnote' 'Note: This receipt only acknowledges that the message was displayed on the recipient's "
     "computer.'), sent as text/plain (HAND-MADE layout)",
     mail(f"Lee Ad <{LEAD}>", f"Return Receipt (read): {SUBJECT}",
          f"This is a Return Receipt for your message\n\nTo: {LEAD}\nSubject: {SUBJECT}\nSent: Fri, 4 Dec 2026\n\n"
          "Note: This receipt only acknowledges that the message was displayed on the recipient's computer. There is "
          "no guarantee that the recipient has read or understood the message contents.\n"), []),
]

# ---- challenge-response, list servers, a recall report ---------------------------------------------
CHALLENGES = [
    ("boxtrapper-verify", "cPanel docs 'BoxTrapper' (the verify template: 'The user %email% is using a "
     "challenge-response ... To confirm that you sent this message, reply to this email'; weak: wording as cPanel's "
     "template shows it)",
     mail("Kim Ng <kim@partner.example>", f"Re: {SUBJECT} verify#8d1f2c",
          "The user kim@partner.example uses a challenge-response system (BoxTrapper) to block spam.\n\nTo confirm "
          f"that you sent the message with subject \"{SUBJECT}\", reply to this email without changing the subject. "
          "Your message is held until you verify.\n"), []),
    ("spamarrest-verify", "(weak: Spam Arrest's verification request as its help pages describe it: 'I am protecting "
     "myself from receiving junk mail. Please click the link below to complete the verification process.')",
     mail("Kim Ng <kim@partner.example>", f"Re: {SUBJECT} [Verification Request]",
          "I apologize for this automatic reply to your email.\n\nTo control spam, I now allow incoming messages only "
          "from senders I have approved beforehand.\n\nIf you would like to be added to my list of approved senders, "
          "please click the link below to complete the verification process. You will only need to do this once.\n\n"
          "https://www.spamarrest.example/verify?c=8d1f2c\n", "From-Spam-Arrest: yes\n"), []),
    ("mailwasher-challenge-undelivered-words", "(weak: MailWasher's sender challenge, 'Your email was not delivered "
     "... until you confirm' as its FAQ describes the reply)",
     mail("Kim Ng <kim@partner.example>", f"Re: {SUBJECT}",
          "Your email has not been delivered yet. I use MailWasher to protect against spam: please click the link "
          "below to confirm you are a real person, and your message will be delivered to my inbox.\n\n"
          "https://confirm.partner.example/c/8d1f2c\n", "Auto-Submitted: auto-replied\n"), []),
]

_MM3_HOLD = ("GNU Mailman 3 src/mailman/templates/en/list:user:notice:hold.txt ('Your mail to '$listname' with the "
             "subject ... Is being held until the list moderator can review it for approval. The message is being "
             "held because: $reasons ...') and list:user:action:subscribe.txt (gitlab.com/mailman/mailman)")
LISTS = [
    ("mailman3-held-moderation", _MM3_HOLD,
     mail("Partners <partners-owner@lists.partner.example>", "Your message to partners@lists.partner.example awaits "
          "moderator approval", f"Your mail to 'partners@lists.partner.example' with the subject\n\n    {SUBJECT}\n\n"
          "Is being held until the list moderator can review it for approval.\n\nThe message is being held because:"
          "\n\nThe message is not from a list member\n\nEither the message will get posted to the list, or you will "
          "receive notification of the moderator's decision.\n", "Auto-Submitted: auto-generated\nPrecedence: bulk\n"),
     []),
    ("mailman3-subscribe-confirm", _MM3_HOLD,
     mail("partners-confirm+4f2a@lists.partner.example", "Your confirmation is needed to join the "
          "partners@lists.partner.example mailing list.", "Email Address Registration Confirmation\n\nHello, this is "
          "the GNU Mailman server at lists.partner.example.\n\nWe have received a registration request for the email "
          f"address\n\n    {SELLER}\n\nBefore you can start using GNU Mailman at this site, you must first confirm "
          "that this is your email address. You can do this by replying to this message.\n\nIf you do not wish to "
          "register this email address, simply disregard this message.\n", "Auto-Submitted: auto-generated\n"), []),
    ("listserv-held-for-review", "(weak: L-Soft LISTSERV 'Your message is being held for review' as its list owners' "
     "manual describes the Send= Editor notice)",
     mail("L-Soft list server <LISTSERV@LISTS.PARTNER.EXAMPLE>", f"PARTNERS: {SUBJECT}",
          "Your message dated Fri, 4 Dec 2026 09:00:00 +0100 with subject \"Quote for Q3\" has been submitted to the "
          "moderator of the PARTNERS list for approval.\n"), []),
]

RECALL = [
    ("exchange-recall-failure", "Microsoft Support 'Recall or replace an email message that you sent' (the message "
     "recall report; its text HAND-MADE, weak: as users quote it: 'Your message ... could not be recalled')",
     mail("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.example>",
          f"Message Recall Failure: {SUBJECT}", f"Your message\n\n  To: {LEAD}\n  Subject: {SUBJECT}\n  Sent: "
          "04.12.2026 09:00\n\ncould not be recalled on 04.12.2026 09:20.\n"), []),
    ("exchange-recall-success", "Microsoft Support 'Recall or replace an email message that you sent' (HAND-MADE "
     "text, weak)",
     mail("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.example>",
          f"Message Recall Success: {SUBJECT}", f"Your message\n\n  To: {LEAD}\n  Subject: {SUBJECT}\n  Sent: "
          "04.12.2026 09:00\n\nwas recalled successfully on 04.12.2026 09:20.\n"), []),
]

MACHINES_ROWS = TICKETS + RECEIPTS + MDNS + CHALLENGES + LISTS + RECALL
