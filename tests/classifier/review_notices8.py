"""The eighth review's notices: what lands in a sales sender's inbox looking like a bounce
without being one, and bounces dressed as auto-replies. List servers' moderation notices
(Mailman), ticket systems' auto-responses (OTRS), a challenge filter's refusal (cPanel
BoxTrapper), success and relay reports (Postfix, Exim, Sendmail, Sun/Oracle Messaging Server),
a mail program's disposition notifications (KDE KMime), and delivery failures carrying an
auto-responder's marks. Each wording is quoted from the product's own source or documentation
(the row's source names it); the layout around it is HAND-MADE where the row says so.

A row: (name, source, raw message, expected) as in review_notices2.py: expected lists, per
failed recipient, (address, hard, allowed reasons or (), scope or "", delay); an EMPTY list
means "not a bounce" (review_check.misses: is_bounce False, whatever non-bounce reading the
classifier gives, an auto-reply's or a success report's). The expectation was written from
the source's words and shared/classifier/taxonomy.md BEFORE the classifier ran.
test_review_notices8.py runs them."""

from __future__ import annotations

import zlib

LEAD = "lead@example.org"
SELLER = "seller@example.com"
KIM = "kim@partner.example"
SUBJECT = "Quote for Q3"
UNKNOWN = ("userunknown",)

# Sources (each wording below is quoted from one of these).
MM_HELD = ("GNU Mailman 2 templates/en/postheld.txt ('Your mail to '%(listname)s' with the subject ... Is being held "
           "until the list moderator can review it for approval. The reason it is being held: ...') and "
           "Mailman/Handlers/Hold.py hold_for_approval (subject 'Your message to %(listname)s awaits moderator "
           "approval', from the list's admin address) (terencehonles/mailman); the reasons as list archives quote them")
OTRS = ("OTRS scripts/database/otrs-initial_insert (auto_response rows: 'default reject (after follow-up and rejected "
        "of a closed ticket)' subject 'Your email has been rejected! (RE: <OTRS_CUSTOMER_SUBJECT[24]>)', text 'Your "
        "previous ticket is closed. -- Your follow-up has been rejected. -- Please create a new ticket.'; 'default "
        "reply (after new ticket has been created)') (Centuran/OTRS-Community-Edition, otrs/otrs)")
BOXTRAPPER = ("cPanel UAPI BoxTrapper::save_email_template (the blacklist template: 'To: %email% Subject: Re: "
              "%subject% The user %acct% does not accept mail from your address. The headers of the message sent "
              "from your address are shown below: %headers%'; cPanel docs: 'blacklist — BoxTrapper responds with "
              "this message when a blacklisted address sends an email')")
PF_TEMPLATES = ("Postfix src/bounce/bounce_templates.c (def_bounce_success_template 'Successful Mail Delivery Report', "
                "'Your message was successfully delivered to the destination(s) listed below...'; "
                "def_bounce_failure_template) and bounce_notify_util.c ('Auto-Submitted: auto-replied') "
                "(vdukhovni/postfix)")
PF_SMTPD = "Postfix src/smtpd/smtpd_check.c ('Recipient address rejected: User unknown in virtual mailbox table')"
EXIM_DSN = ("Exim src/src/deliver.c (success DSN: 'Subject: Delivery Status Notification', 'The following addresses "
            "had successful delivery notifications', '<%s> (relayed %s)', 'Action: delivered' before "
            "'Final-Recipient:', 'Diagnostic-Code: smtp; 250 Ok' or 'X-Exim; relayed via non DSN router') "
            "(Exim/exim)")
SM_RECEIPT = ("Sendmail savemail.c errbody ('The following addresses had successful delivery notifications', "
              "'%s  (successfully delivered to mailbox)', '(relayed to non-DSN-aware mailer)', Action 'delivered "
              "(to mailbox)', 'relayed (to non-DSN-aware mailer)', 'expanded (to multi-recipient alias)') and "
              "deliver.c dropenvelope (returntosender(\"Return receipt\", ...)), returntosender (Subject "
              "'Return receipt', "
              "'Auto-Submitted: auto-generated (return-receipt)'; a MIME report only if SendMIMEErrors, plain text "
              "otherwise) (freebsd/freebsd-src)")
SUN_RELAY = ("Oracle 'Sun Java System Messaging Server 6 2005Q4 Administration Guide', DSN_RELAYED_FORMAT: 'Your "
             "message to $a has been relayed to a messaging system which may not provide a final delivery "
             "confirmation' (docs.oracle.com/cd/E19636-01/819-2650/bgbpg)")
SYMPA_DSN = ("Sympa default/mail_tt2/delivery_status_notification.tt2 (multipart/report 'This is an automatic "
             "response sent by Sympa Mailing Lists Manager.'; delivered: 'Message was successfully delivered to "
             "following address:'; 5.1.1 'List unknown', 'The following address is not a known mailing list:'; 5.2.3 "
             "'Too large message', 'Your message could not be sent because its size (%1 kB) was over the maximum size "
             "(%2 kB) allowed on this list.'; 5.7.0 'A virus in your mail', 'Our viruschecker found a virus named %1 "
             "...'; 'Diagnostic-Code: X-Sympa; ...') (sympa-community/sympa); the X-Sympa diagnostic texts HAND-MADE")
SYMPA_REPORT = ("Sympa default/mail_tt2/message_report.tt2 (Subject 'Message distribution'; 'Your message to the list "
                "'%1' has been forwarded to the moderator(s)', 'Message %1 for list '%2' has been distributed.', "
                "'Message %1 for list '%2' has been rejected.') (sympa-community/sympa)")
PF_VERIFY = ("Postfix src/bounce/bounce_templates.c def_bounce_verify_template ('Mail Delivery Status Report', "
             "'Enclosed is the mail delivery report that you requested.') (vdukhovni/postfix)")
KMIME = ("KDE KMime src/kmime_mdn.cpp dispositionTypes (descriptions of 'deleted', 'denied', 'processed', 'failed'; "
         "'Failure:' header for failed) (KDE/kmime); RFC 8098 section 3.2.6 disposition types")


def _plain(from_: str, subject: str, body: str, extra: str = "", to: str = SELLER) -> bytes:
    return (f"From: {from_}\nTo: {to}\nSubject: {subject}\nDate: Thu, 03 Dec 2026 09:15:02 +0000\n"
            f"Message-ID: <review8-{zlib.crc32((subject + body).encode())}@partner.example>\n{extra}"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n" + body).encode()


def _original(to: str = LEAD) -> str:
    return (f"From: Seller <{SELLER}>\nTo: {to}\nSubject: {SUBJECT}\n"
            "Message-ID: <review8-original@example.com>\n")


def _report(from_: str, subject: str, text: str, status_block: str, extra: str = "",
            rtype: str = "delivery-status", part: str = "message/delivery-status") -> bytes:
    """A multipart/report (RFC 6522) as the generator named in the row lays it out (HAND-MADE)."""
    return (f"From: {from_}\nTo: {SELLER}\nSubject: {subject}\nDate: Thu, 03 Dec 2026 09:15:02 +0000\n{extra}"
            f'MIME-Version: 1.0\nContent-Type: multipart/report; report-type={rtype}; boundary="r8"\n\n'
            "This is a MIME-encapsulated message.\n\n"
            f"--r8\nContent-Type: text/plain; charset=us-ascii\n\n{text}\n\n"
            f"--r8\nContent-Type: {part}\n\n{status_block}\n\n"
            f"--r8\nContent-Type: text/rfc822-headers\n\n{_original()}\n--r8--\n").encode()


# ---- 1. moderation, ticket systems, a challenge filter: the mail arrived, nobody refused the address --
def _mailman_held(reason: str) -> bytes:
    body = (f"Your mail to 'Partners' with the subject\n\n    {SUBJECT}\n\n"
            "Is being held until the list moderator can review it for approval.\n\n"
            f"The reason it is being held:\n\n    {reason}\n\n"
            "Either the message will get posted to the list, or you will receive \n"
            "notification of the moderator's decision.\n")
    return _plain("partners-admin@lists.partner.example", "Your message to Partners awaits moderator approval",
                  body, "Precedence: bulk\nX-BeenThere: partners@lists.partner.example\n", to=SELLER)


_OTRS_FROM = "Partner Support <support@partner.example>"
_BOXTRAPPER_HEADERS = (f"Return-Path: <{SELLER}>\nFrom: Seller <{SELLER}>\nTo: {KIM}\nSubject: {SUBJECT}\n"
                       "Message-ID: <review8-original@example.com>\n")

NOT_BOUNCES_FILTERS = [
    ("mailman-held-non-member", MM_HELD + " ('Post by non-member to a members-only list')",
     _mailman_held("Post by non-member to a members-only list"), []),
    ("mailman-held-too-many-recipients", MM_HELD + " ('Too many recipients to the message')",
     _mailman_held("Too many recipients to the message"), []),
    ("mailman-held-suspicious-header", MM_HELD + " ('Message has a suspicious header')",
     _mailman_held("Message has a suspicious header"), []),
    ("otrs-auto-reject-closed-ticket", OTRS,
     _plain(_OTRS_FROM, f"Your email has been rejected! (RE: {SUBJECT})",
            "Your previous ticket is closed.\n\n-- Your follow-up has been rejected. --\n\n"
            "Please create a new ticket.\n\nYour OTRS Team\n"), []),
    ("otrs-auto-reply-new-ticket", OTRS,
     _plain(_OTRS_FROM, f"RE: {SUBJECT}",
            "This is a demo text which is send to every inquiry.\nIt could contain something like:\n\n"
            "Thanks for your email. A new ticket has been created.\n\nYou wrote:\n"
            "> Hello, here is the quote you asked for.\n\nYour email will be answered by a human ASAP\n\n"
            "Have fun with OTRS! :-)\n\nYour OTRS Team\n"), []),
]

# The recipient's own filter refuses our address for good (taxonomy: `filtered`, the recipient
# blocks the sender): a soft refusal of this contact, not a dead address.
REFUSALS = [
    ("boxtrapper-blacklist", BOXTRAPPER,
     _plain(f"Kim Ng <{KIM}>", f"Re: {SUBJECT}",
            f"The user {KIM} does not accept mail from your address.\n\n"
            f"The headers of the message sent from your address are shown below:\n\n{_BOXTRAPPER_HEADERS}"),
     [(KIM, False, ("filtered",), "", False)]),
]

# ---- 3. delivery failures dressed as auto-replies ------------------------------------------
_PF_FAILURE = ("This is the mail system at host mail.partner.example.\n\n"
               "I'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients. It's attached below.\n\n"
               "For further assistance, please send mail to <postmaster>\n\n"
               "If you do so, please include this problem report. You can\n"
               "delete your own text from the attached returned message.\n\n"
               "                   The mail system\n\n")
_PF_REPLY = f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table"

AUTO_MARKED_BOUNCES = [
    ("postfix-failure-auto-reply-marks", PF_TEMPLATES + "; " + PF_SMTPD + "; Precedence: auto_reply and X-Autoreply "
     "added on the way (HAND-MADE)",
     _report("MAILER-DAEMON@mail.partner.example (Mail Delivery System)", "Undelivered Mail Returned to Sender",
             _PF_FAILURE + f"<{LEAD}>: host mx.example.org[192.0.2.25] said: {_PF_REPLY} (in reply to RCPT TO "
             "command)",
             f"Reporting-MTA: dns; mail.partner.example\n\nFinal-Recipient: rfc822; {LEAD}\nOriginal-Recipient: "
             f"rfc822;{LEAD}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\n"
             f"Diagnostic-Code: smtp; {_PF_REPLY}",
             "Auto-Submitted: auto-replied\nPrecedence: auto_reply\nX-Autoreply: yes\n"),
     [(LEAD, True, UNKNOWN, "recipient", False)]),
    ("postfix-failure-subject-automatic-reply", PF_TEMPLATES + "; " + PF_SMTPD + "; the Subject rewritten "
     "'Automatic reply: ...' by a forwarding mailbox's rule (HAND-MADE)",
     _report("MAILER-DAEMON@mail.partner.example (Mail Delivery System)",
             "Automatic reply: Undelivered Mail Returned to Sender",
             _PF_FAILURE + f"<{LEAD}>: host mx.example.org[192.0.2.25] said: {_PF_REPLY} (in reply to RCPT TO "
             "command)",
             f"Reporting-MTA: dns; mail.partner.example\n\nFinal-Recipient: rfc822; {LEAD}\nAction: failed\n"
             f"Status: 5.1.1\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; {_PF_REPLY}",
             "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n"),
     [(LEAD, True, UNKNOWN, "recipient", False)]),
    ("plain-failure-from-autoresponder", PF_SMTPD + "; a partner's notice service answering in plain text with an "
     "auto-responder's marks (HAND-MADE layout)",
     _plain("Partner IT <it-notices@partner.example>", f"Automatic reply: {SUBJECT}",
            f"Your message to {KIM} could not be delivered.\n\n"
            f"{KIM}: 550 5.1.1 <{KIM}>: Recipient address rejected: User unknown in virtual mailbox table\n",
            "Auto-Submitted: auto-replied\nPrecedence: auto_reply\nX-Autoreply: yes\n"),
     [(KIM, True, UNKNOWN, "", False)]),
]

# ---- 4. success and relay reports, disposition notifications: not bounces -----------------
_PF_SUCCESS = ("This is the mail system at host mail.partner.example.\n\n"
               "Your message was successfully delivered to the destination(s)\n"
               "listed below. If the message was delivered to mailbox you will\n"
               "receive no further notifications. Otherwise you may still receive\n"
               "notifications of mail delivery errors from other systems.\n\n"
               "                   The mail system\n\n")
_PF_FROM = "MAILER-DAEMON@mail.partner.example (Mail Delivery System)"
_PF_MTA = "Reporting-MTA: dns; mail.partner.example\n\n"


def _pf_success(action: str, remote: str = "") -> bytes:
    return _report(_PF_FROM, "Successful Mail Delivery Report", _PF_SUCCESS + f"<{LEAD}>: {action}",
                   _PF_MTA + f"Final-Recipient: rfc822; {LEAD}\nOriginal-Recipient: rfc822;{LEAD}\n"
                   f"Action: {action}\nStatus: 2.0.0\n{remote}", "Auto-Submitted: auto-replied\n")


_EXIM_TEXT = ("This message was created automatically by mail delivery software.\n"
              " ----- The following addresses had successful delivery notifications -----\n")
_SM_TEXT = ("The original message was received at Thu, 3 Dec 2026 09:14:58 GMT\n"
            "from relay.example.com [198.51.100.7]\n\n"
            "   ----- The following addresses had successful delivery notifications -----\n")


def _sm_receipt(note: str, action: str) -> bytes:
    return _report("Mail Delivery Subsystem <MAILER-DAEMON@mx.partner.example>", "Return receipt",
                   _SM_TEXT + f"<{LEAD}>  ({note})",
                   "Reporting-MTA: dns; mx.partner.example\nArrival-Date: Thu, 3 Dec 2026 09:14:58 GMT\n\n"
                   f"Final-Recipient: RFC822; {LEAD}\nAction: {action}\nStatus: 2.0.0",
                   "Auto-Submitted: auto-generated (return-receipt)\n")


def _kmime(disposition: str, description: str, extra: str = "") -> bytes:
    text = (f"The message sent on Thu, 03 Dec 2026 09:14:58 +0000 to {LEAD} with subject \"{SUBJECT}\" "
            + description)
    block = (f"Reporting-UA: pc.example.org; KMime 5.24\nOriginal-Recipient: rfc822;{LEAD}\n"
             f"Final-Recipient: rfc822; {LEAD}\nOriginal-Message-ID: <review8-original@example.com>\n"
             f"Disposition: {disposition}\n{extra}")
    return _report(f"Lee Ad <{LEAD}>", f"Message Disposition Notification: {SUBJECT}", text, block,
                   rtype="disposition-notification", part="message/disposition-notification")


SUCCESS_REPORTS = [
    ("postfix-success-delivered", PF_TEMPLATES, _pf_success("delivered"), []),
    ("postfix-success-relayed", PF_TEMPLATES, _pf_success("relayed", "Remote-MTA: dns; mx.example.org\n"), []),
    ("postfix-success-expanded", PF_TEMPLATES, _pf_success("expanded"), []),
    ("exim-success-dsn-remote-smtp", EXIM_DSN,
     _report("Mail Delivery System <Mailer-Daemon@mail.partner.example>", "Delivery Status Notification",
             _EXIM_TEXT + f"<{LEAD}> (relayed via non \"Remote SMTP\" router)\n",
             f"Reporting-MTA: dns; mail.partner.example\n\nAction: delivered\nFinal-Recipient: rfc822;{LEAD}\n"
             "Status: 2.0.0\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 250 Ok",
             "Auto-Submitted: auto-generated\n"), []),
    ("exim-success-dsn-non-dsn-router", EXIM_DSN,
     _report("Mail Delivery System <Mailer-Daemon@mail.partner.example>", "Delivery Status Notification",
             _EXIM_TEXT + f"<{LEAD}> (relayed via non DSN router)\n",
             f"Reporting-MTA: dns; mail.partner.example\n\nAction: delivered\nFinal-Recipient: rfc822;{LEAD}\n"
             "Status: 2.0.0\nDiagnostic-Code: X-Exim; relayed via non DSN router",
             "Auto-Submitted: auto-generated\n"), []),
    ("sendmail-return-receipt-mailbox", SM_RECEIPT + "",
     _sm_receipt("successfully delivered to mailbox", "delivered (to mailbox)"), []),
    ("sendmail-return-receipt-relayed", SM_RECEIPT + "",
     _sm_receipt("relayed to non-DSN-aware mailer", "relayed (to non-DSN-aware mailer)"), []),
    ("sendmail-return-receipt-expanded", SM_RECEIPT + "",
     _sm_receipt("expanded by alias", "expanded (to multi-recipient alias)"), []),
    ("sun-messaging-relayed", SUN_RELAY + " (report layout and Subject HAND-MADE)",
     _report("Internet Mail Delivery <postmaster@mail.partner.example>", "Delivery Notification: Delivery has "
             "been relayed",
             f"This report relates to a message you sent with the following header fields:\n\n"
             f"  Message-id: <review8-original@example.com>\n  To: {LEAD}\n  Subject: {SUBJECT}\n\n"
             f"Your message to {LEAD} has been relayed to a messaging system which may not provide a final "
             "delivery confirmation",
             f"Reporting-MTA: dns;mail.partner.example\n\nOriginal-recipient: rfc822;{LEAD}\n"
             f"Final-recipient: rfc822;{LEAD}\nAction: relayed\nStatus: 2.0.0"), []),
    ("kmime-mdn-deleted-unseen", KMIME,
     _kmime("manual-action/MDN-sent-manually; deleted", "has been deleted unseen. This is no guarantee that the "
            "message will not be \"undeleted\" and nonetheless read later on."), []),
    ("kmime-mdn-denied", KMIME,
     _kmime("manual-action/MDN-sent-manually; denied", "has been acted upon. The sender does not wish to disclose "
            "more details to you than that."), []),
    ("kmime-mdn-processed", KMIME,
     _kmime("automatic-action/MDN-sent-automatically; processed", "has been processed by some automatic means."), []),
    ("kmime-mdn-failed", KMIME + " (the Failure text HAND-MADE)",
     _report(f"Lee Ad <{LEAD}>", f"Message Disposition Notification: {SUBJECT}",
             "Generation of a Message Disposition Notification for the message sent on Thu, 03 Dec 2026 09:14:58 "
             f"+0000 to {LEAD} with subject \"{SUBJECT}\" failed. Reason is given in the Failure: header field "
             "below.",
             f"Reporting-UA: pc.example.org; KMime 5.24\nFinal-Recipient: rfc822; {LEAD}\n"
             "Original-Message-ID: <review8-original@example.com>\n"
             "Disposition: automatic-action/MDN-sent-automatically; failed\nFailure: no receipt address",
             rtype="disposition-notification", part="message/disposition-notification"), []),
]

# ---- second and third rounds (written after the first round's fixes, before running them): list
# servers' own reports, Sendmail's plain receipts (one disagreement; the alias row was written after its
# fix and fails on the unfixed code too), KMime's dispatched --
LIST = "partners@lists.partner.example"
_SYMPA_FROM = "SYMPA <sympa@lists.partner.example>"


def _sympa_dsn(subject: str, text: str, action: str, status: str, diagnostic: str) -> bytes:
    return _report(_SYMPA_FROM, subject, "This is an automatic response sent by Sympa Mailing Lists Manager.\n" + text,
                   f"Reporting-MTA: dns; lists.partner.example\nArrival-Date: Thu, 3 Dec 2026 09:14:58 +0000\n\n"
                   f"Final-Recipient: rfc822; {LIST}\nAction: {action}\nStatus: {status}\n"
                   f"Remote-MTA: dns; lists.partner.example\nDiagnostic-Code: X-Sympa; {diagnostic}")


_NOT_DISTRIBUTED = f"Impossible to distribute your message for list '{LIST}' for the following reason:\n\n"

LIST_SERVERS = [
    ("sympa-report-forwarded-to-moderators", SYMPA_REPORT,
     _plain(_SYMPA_FROM, "Message distribution", "Your message to the list 'partners' has been forwarded to the "
            "moderator(s)\n"), []),
    ("sympa-report-distributed", SYMPA_REPORT,
     _plain(_SYMPA_FROM, "Message distribution", "Message <review8-original@example.com> for list 'partners' has been "
            "distributed.\n"), []),
    ("sympa-report-rejected-by-moderator", SYMPA_REPORT + "; a moderator's decision on one message, no refusal of "
     "the address",
     _plain(_SYMPA_FROM, "Message distribution", "Message <review8-original@example.com> for list 'partners' has been "
            "rejected.\n"), []),
    ("sympa-dsn-delivered", SYMPA_DSN,
     _sympa_dsn("Message was successfully delivered", f"Message was successfully delivered to following address:\n\n"
                f"\t{LIST}\n", "delivered", "2.0.0", "Message distributed"), []),
    ("sympa-dsn-list-unknown", SYMPA_DSN,
     _sympa_dsn("List unknown", _NOT_DISTRIBUTED + f"The following address is not a known mailing list:\n\n\t{LIST}\n\n"
                "To find out the correct listname, ask for this server's lists directory:\n\n"
                "\tmailto:sympa@lists.partner.example?subject=WHICH\n", "failed", "5.1.1", "List unknown"),
     [(LIST, True, UNKNOWN, "recipient", False)]),
    ("sympa-dsn-too-large", SYMPA_DSN,
     _sympa_dsn("Too large message", _NOT_DISTRIBUTED + "Your message could not be sent because its size (2048 kB) was "
                "over the maximum size (1024 kB) allowed on this list.\n", "failed", "5.2.3", "Too large message"),
     [(LIST, False, ("mesgtoobig", "exceedlimit"), "", False)]),
    ("sympa-dsn-virus", SYMPA_DSN,
     _sympa_dsn("A virus in your mail", _NOT_DISTRIBUTED + "    ***** V I R U S    A L E R T *****\n\n"
                f"Our viruschecker found a virus named EICAR-Test-Signature in a message addressed to {LIST} and that "
                f"seems to be yours (From: {SELLER}).\n\nWe stopped delivery of this email.\n", "failed", "5.7.0",
                "Virus found"),
     [(LIST, False, ("virusdetected",), "", False)]),
    ("sendmail-return-receipt-plain-text", SM_RECEIPT + " (SendMIMEErrors off)",
     _plain("Mail Delivery Subsystem <MAILER-DAEMON@mx.partner.example>", "Return receipt",
            _SM_TEXT + f"<{LEAD}>  (successfully delivered to mailbox)\n\n"
            "   ----- Transcript of session is unavailable -----\n\n",
            "Auto-Submitted: auto-generated (return-receipt)\n"), []),
    ("sendmail-return-receipt-plain-alias", SM_RECEIPT + " (SendMIMEErrors off; errbody's '    (expanded from: %s)')",
     _plain("Mail Delivery Subsystem <MAILER-DAEMON@mx.partner.example>", "Return receipt",
            _SM_TEXT + f"<{LEAD}>  (successfully delivered to mailing list)\n"
            "    (expanded from: <sales@partner.example>)\n\n   ----- Transcript of session is unavailable -----\n\n",
            "Auto-Submitted: auto-generated (return-receipt)\n"), []),
    ("kmime-mdn-dispatched", KMIME,
     _kmime("manual-action/MDN-sent-manually; dispatched", "has been dispatched. This is no guarantee that the "
            "message will not be read later on."), []),
    ("postfix-verify-report-delivered", PF_VERIFY,
     _report(_PF_FROM, "Mail Delivery Status Report", "This is the mail system at host mail.partner.example.\n\n"
             "Enclosed is the mail delivery report that you requested.\n\n                   The mail system\n",
             _PF_MTA + f"Final-Recipient: rfc822; {LEAD}\nAction: delivered\nStatus: 2.0.0\n"
             "Remote-MTA: dns; mx.example.org", "Auto-Submitted: auto-replied\n"), []),
]

ROWS = NOT_BOUNCES_FILTERS + REFUSALS + AUTO_MARKED_BOUNCES + SUCCESS_REPORTS + LIST_SERVERS
