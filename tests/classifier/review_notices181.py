"""The hundred-and-eighty-first review: a FRESH LOOK at the gate between bounces, auto-replies and challenge-response
notices by their HEADERS and subjects (issue 13: "some real bounces are taken for auto-replies because of their
headers"; "challenge-response notices are not bounces"): classifier/hints.py (auto_reply_marked, _looks_like_bounce's
`automatic`, _answered_subject), formats/autoreply.py, formats/challenge.py, order.py.

What earlier reviews covered (8, 34*, 68, 82, 85, the header-invariance test over autoreply_variants.BOUNCE_HEADERS):
the responders' own fields on away texts, the marks added to MTA bounces from daemon senders, OTRS's reject, Mailman's
hold, BoxTrapper. Aimed here at what they did not: (A) a mail system's notice from a NON-daemon sender (a partner's
notice service, an ISP's autoresponder path) carrying only ONE of the marks auto_reply_marked accepts (X-Autorespond,
Precedence: auto_reply) or none but Precedence: bulk; (B) our OWN out-of-office returned undelivered ("Undeliverable:
Automatic reply: ...", an NDR carrying an auto-reply, its returned headers Auto-Submitted) from Exchange, Postfix,
Exim, qmail, Sendmail, Exchange 2003; (C) relayed bounces under localised auto-reply prefixes and Exchange's rule
fields; (D) role mailboxes' and ticket systems' acknowledgements (RT, Znuny, Jira Service Management, Zendesk,
Freshdesk) whose subjects or texts hold a bounce's words; (E) challenge-response notices in their real templates (TMDA's
confirm_request.txt, which says "was not delivered" and ends in qmail's "--- Below this line is a copy"), and in French
and German (Mailinblack and the like), and one in an NDR's words.

Findings and mends: see the end of this docstring once run (filled after the run; expectations committed first).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources per row.
test_review_notices181.py runs them."""

from __future__ import annotations

import email.header
import zlib

from tests.classifier.review_notices50_sources import hard

SELLER = "seller@ourco.example"
KIM = "kim@partner.example"
LEAD = "lead@partner.example"
SUBJ = "Quote for Q3"
HOST = "mx.partner.example"
NO: list[tuple] = []  # no bounce: an auto-reply, an acknowledgement, a challenge
ROWS: list[tuple] = []


def _subject(text: str) -> str:
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return email.header.Header(text, "utf-8", maxlinelen=76, header_name="Subject").encode()


def _ident(name: str) -> str:
    return f"<r181-{zlib.crc32(name.encode()):08x}@{HOST}>"


def original(subject: str = SUBJ, to: str = KIM, extra: str = "") -> str:
    """Our message's header block, as a bounce returns it."""
    return (f"From: Sam Seller <{SELLER}>\nTo: <{to}>\nSubject: {_subject(subject)}\n"
            f"Date: Thu, 03 Dec 2026 09:14:58 +0000\nMessage-ID: <q3-{zlib.crc32(subject.encode()):08x}@ourco.example>\n"
            f"{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")


# Our own out-of-office answering kim (Exchange's Automatic Replies: MS-OXCMAIL 2.2.3.2.1, Auto-Submitted and
# X-Auto-Response-Suppress on an OOF), the message an NDR returns in part B.
OOF_ORIGINAL = original("Automatic reply: Re: Samples", extra="Auto-Submitted: auto-generated\n"
                        "X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: seller@ourco.example\n"
                        "In-Reply-To: <abc-123@partner.example>\n")


def msg(name: str, from_: str, subject: str, body: str, extra: str = "", *, to: str = SELLER,
        ctype: str = "text/plain; charset=utf-8") -> bytes:
    """A one-part message: the header block as written, then `body`."""
    return (f"From: {from_}\nTo: {to}\nSubject: {_subject(subject)}\nDate: Fri, 04 Dec 2026 10:15:02 +0100\n"
            f"Message-ID: {_ident(name)}\n{extra}MIME-Version: 1.0\nContent-Type: {ctype}\n"
            "Content-Transfer-Encoding: 8bit\n\n" + body + "\n").encode()


def report(name: str, from_: str, subject: str, text: str, fields: str, extra: str = "", *,
           returned: str | None = None) -> bytes:
    """An RFC 3464 / RFC 6522 report: the text, the delivery-status fields, the returned headers."""
    b = f"r181-{zlib.crc32(name.encode()):08x}"
    return (f"From: {from_}\nTo: {SELLER}\nSubject: {_subject(subject)}\nDate: Fri, 04 Dec 2026 10:15:02 +0100\n"
            f"Message-ID: {_ident(name)}\n{extra}MIME-Version: 1.0\n"
            f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
            f"--{b}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--{b}\nContent-Type: message/delivery-status\n\n{fields}\n"
            f"--{b}\nContent-Type: text/rfc822-headers\n\n{returned if returned is not None else original()}\n"
            f"--{b}--\n").encode()


def row(name: str, source: str, raw: bytes, expected: list) -> tuple:
    return (f"r181-{name}", "hand-made (review 181) after " + source, raw, expected)


# ---- the MTAs' own words -------------------------------------------------------------------------------------------
PF_SRC = ("vdukhovni/postfix src/bounce/bounce_templates.c (the failure template: 'I'm sorry to have to inform you that "
          "your message could not / be delivered to one or more recipients'), bounce_notify_util.c (Auto-Submitted: "
          "auto-replied on every bounce), smtpd_check.c ('Recipient address rejected: User unknown in virtual mailbox "
          "table')")
PF_TEXT = ("This is the mail system at host mail.partner.example.\n\nI'm sorry to have to inform you that your message "
           "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please "
           "send mail to postmaster.\n\n                   The mail system\n\n")
REPLY = f"550 5.1.1 <{KIM}>: Recipient address rejected: User unknown in virtual mailbox table"
PF_FIELDS = (f"Reporting-MTA: dns; mail.partner.example\n\nFinal-Recipient: rfc822; {KIM}\nOriginal-Recipient: "
             f"rfc822;{KIM}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; {HOST}\nDiagnostic-Code: smtp; {REPLY}\n")
PF_FROM = "MAILER-DAEMON@mail.partner.example (Mail Delivery System)"

SM_SRC = ("freebsd-src contrib/sendmail/src/savemail.c (errbody: '   ----- The following addresses had permanent fatal "
          "errors -----', '   ----- Transcript of session follows -----'; returntosender writes 'Auto-Submitted: "
          "auto-generated (failure)' and 'Subject: Returned mail: see transcript for details')")
SM_TEXT = ("The original message was received at Thu, 3 Dec 2026 09:14:58 GMT\nfrom relay.ourco.example [198.51.100.7]"
           f"\n\n   ----- The following addresses had permanent fatal errors -----\n<{KIM}>\n    (reason: 550 5.1.1 "
           f"<{KIM}>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to {HOST}.:\n"
           f">>> RCPT To:<{KIM}>\n<<< 550 5.1.1 <{KIM}>... User unknown\n550 5.1.1 <{KIM}>... User unknown\n")
SM_FIELDS = (f"Reporting-MTA: dns; relay.partner.example\nArrival-Date: Thu, 3 Dec 2026 09:14:58 GMT\n\n"
             f"Final-Recipient: RFC822; {KIM}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: DNS; {HOST}\n"
             f"Diagnostic-Code: SMTP; 550 5.1.1 <{KIM}>... User unknown\nLast-Attempt-Date: Thu, 3 Dec 2026 09:15:01 GMT\n")
SM_FROM = "Mail Delivery Subsystem <MAILER-DAEMON@relay.partner.example>"

EXIM_SRC = ("Exim src/deliver.c (the bounce: 'This message was created automatically by mail delivery software.', 'A "
            "message that you sent could not be delivered to one or more of its / recipients. This is a permanent "
            "error. The following address(es) failed:', 'SMTP error from remote mail server after RCPT TO:', "
            "'------ This is a copy of the message, including all the headers. ------'; its header fields "
            "X-Failed-Recipients and Auto-Submitted: auto-replied; Subject 'Mail delivery failed: returning message to "
            "sender')")


def exim_text(returned: str = "") -> str:
    return ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
            "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            f"failed:\n\n  {KIM}\n    host {HOST} [192.0.2.25]\n    SMTP error from remote mail server after RCPT "
            f"TO:<{KIM}>:\n    {REPLY}\n\n------ This is a copy of the message, including all the headers. ------\n\n"
            + (returned or original()) + "\nHello Kim, here is the quote.\n")


EXIM_FROM = "Mail Delivery System <Mailer-Daemon@mail.partner.example>"

QMAIL_SRC = ("netqmail qmail-send.c (bounce text 'Hi. This is the qmail-send program at ...', 'I'm afraid I wasn't able "
             "to deliver your message to the following addresses.', 'This is a permanent error; I've given up. Sorry it "
             "didn't work out.', '--- Below this line is a copy of the message.'; Subject 'failure notice'), "
             "qmail-local.c ('Sorry, no mailbox here by that name. (#5.1.1)')")


def qmail_text(returned: str = "") -> str:
    return (f"Hi. This is the qmail-send program at {HOST}.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{KIM}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the "
            "message.\n\nReturn-Path: <seller@ourco.example>\n" + (returned or original()) + "\nHello Kim.\n")


QMAIL_FROM = f"MAILER-DAEMON@{HOST}"

EXO_SRC = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (the NDR's 'Your "
           "message to ... couldn't be delivered.', '... wasn't found at ...', 'Remote Server returned '550 5.1.10 "
           "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup''), sent from the organization's "
           "Microsoft Outlook system mailbox (MicrosoftExchange...@)")
EXO_TEXT = (f"Your message to {KIM} couldn't be delivered.\n\nkim wasn't found at partner.example.\n\nSam Seller    "
            "Office 365    kim\nAction Required                Recipient\n\nUnknown To address\n\nDiagnostic "
            f"information for administrators:\n\nGenerating server: AM0PR01MB1234.eurprd01.prod.outlook.com\n\n{KIM}\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
            "lookup'\n")
EXO_FIELDS = (f"Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.outlook.com\n\nFinal-recipient: RFC822; {KIM}\n"
              "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
              "Recipient not found by SMTP address lookup\n")
EXO_FROM = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@partner.example>"

EX03_SRC = ("Exchange 2003's plain-text NDR (Microsoft KB 284204 'Delivery status notifications in Exchange Server': 'Your "
            "message did not reach some or all of the intended recipients.', 'The following recipient(s) could not be "
            "reached:', 'The e-mail account does not exist at the organization this message was sent to.', '<host "
            "#5.1.1>'), From System Administrator <postmaster@>")


def ex03_text(subject: str = SUBJ) -> str:
    return ("Your message did not reach some or all of the intended recipients.\n\n      Subject:\t" + subject
            + "\n      Sent:\t03/12/2026 09:14\n\nThe following recipient(s) could not be reached:\n\n      "
            f"{KIM} on 03/12/2026 09:15\n            The e-mail account does not exist at the organization this "
            "message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct "
            f"address.\n            <{HOST} #5.1.1>\n")


EX03_FROM = "System Administrator <postmaster@partner.example>"

# ---- A. a mail system's notice from a non-daemon sender, with ONE auto-responder mark --------------------------------
SVC_SRC = ("review 8's 'plain-failure-from-autoresponder' layout (a partner's notice service answering through its "
           "autoresponder path: 'Your message to <addr> could not be delivered.' and the Postfix reply) with ONE of the "
           "marks hints.auto_reply_marked accepts: X-Autorespond (cPanel/Exim autoresponders, weak), Precedence: "
           "auto_reply (RFC 3834 §3.1.8 notes the Precedence field's non-standard uses; Yahoo/ISP autoresponders), "
           "Auto-Submitted: auto-generated (RFC 3834 §5)")
SVC_FROM = "Partner IT <it-notices@partner.example>"
SVC_BODY = f"Your message to {KIM} could not be delivered.\n\n{KIM}: {REPLY}\n"
MARKS = {
    "x-autorespond": "X-Autorespond: yes\n",
    "precedence-auto-reply": "Precedence: auto_reply\n",
    "auto-generated": "Auto-Submitted: auto-generated\n",
    "x-autoreply": "X-Autoreply: yes\n",
}
for key, extra in MARKS.items():
    ROWS.append(row(f"svc-{key}-automatic-reply-subject", SVC_SRC + f" (only '{extra.strip()}'; Subject 'Automatic "
                    "reply: <ours>'; kim dead: hard)", msg(f"svc-{key}-ar", SVC_FROM, f"Automatic reply: {SUBJ}",
                                                          SVC_BODY, extra), hard(KIM)))
    ROWS.append(row(f"svc-{key}-own-subject", SVC_SRC + f" (only '{extra.strip()}'; Subject our own, no prefix)",
                    msg(f"svc-{key}-own", SVC_FROM, SUBJ, SVC_BODY, extra), hard(KIM)))
ROWS += [
    row("svc-precedence-bulk-own-subject", SVC_SRC + " (only 'Precedence: bulk', the mark vacation(1) and list servers "
        "write; Subject our own: a machine's notice naming kim's failure with a 5.1.1 reply)",
        msg("svc-bulk", SVC_FROM, SUBJ, SVC_BODY, "Precedence: bulk\n"), hard(KIM)),
    row("svc-c-no-mark-person", "RFC 5322 (a person's reply; CONTROL: no machine's mark, a colleague's own words "
        "quoting the reply code they saw; no bounce)",
        msg("svc-person", f"Lena Lead <{LEAD}>", f"Re: {SUBJ}", f"Hi Sam,\n\nKim left in November; your message to "
            f"{KIM} could not be delivered, our server says '550 5.1.1 user unknown'. I'll take it from here.\n\nLena",
            "In-Reply-To: <q3@ourco.example>\n"), NO),
]

# ---- B. our OWN out-of-office returned undelivered: an NDR carrying an auto-reply ------------------------------------
OWN_OOF = ("; the returned message our own out-of-office (Exchange Automatic Replies, MS-OXCMAIL 2.2.3.2.1: "
           "'Automatic reply: <subject>', Auto-Submitted, X-Auto-Response-Suppress) sent to kim, whose address is dead: "
           "the NDR names kim (hard)")
ROWS += [
    row("own-oof-exo-ndr", EXO_SRC + OWN_OOF + " (Subject 'Undeliverable: Automatic reply: Re: Samples')",
        report("own-oof-exo", EXO_FROM, "Undeliverable: Automatic reply: Re: Samples", EXO_TEXT, EXO_FIELDS,
               "Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr:\n", returned=OOF_ORIGINAL), hard(KIM)),
    row("own-oof-postfix-dsn", PF_SRC + OWN_OOF,
        report("own-oof-pf", PF_FROM, "Undelivered Mail Returned to Sender", PF_TEXT, PF_FIELDS,
               "Auto-Submitted: auto-replied\n", returned=OOF_ORIGINAL), hard(KIM)),
    row("own-oof-sendmail-dsn", SM_SRC + OWN_OOF,
        report("own-oof-sm", SM_FROM, "Returned mail: see transcript for details", SM_TEXT, SM_FIELDS,
               "Auto-Submitted: auto-generated (failure)\n", returned=OOF_ORIGINAL), hard(KIM)),
    row("own-oof-exim-plain", EXIM_SRC + OWN_OOF + " (the OOF's header block inline under Exim's copy line)",
        msg("own-oof-exim", EXIM_FROM, "Mail delivery failed: returning message to sender", exim_text(OOF_ORIGINAL),
            f"X-Failed-Recipients: {KIM}\nAuto-Submitted: auto-replied\n"), hard(KIM)),
    row("own-oof-qmail-plain", QMAIL_SRC + OWN_OOF + " (qmail writes no Auto-Submitted of its own; the OOF's is in the "
        "copy below its line)", msg("own-oof-qmail", QMAIL_FROM, "failure notice", qmail_text(OOF_ORIGINAL)),
        hard(KIM)),
    row("own-oof-ex2003-plain", EX03_SRC + OWN_OOF + " (Subject 'Undeliverable: Automatic reply: Re: Samples', the "
        "recap's Subject line the OOF's)",
        msg("own-oof-ex03", EX03_FROM, "Undeliverable: Automatic reply: Re: Samples",
            ex03_text("Automatic reply: Re: Samples")), hard(KIM)),
    row("own-oof-ex2003-de", EX03_SRC + OWN_OOF + " (German Outlook: 'Unzustellbar: Automatische Antwort: Re: Muster')",
        msg("own-oof-ex03-de", EX03_FROM, "Unzustellbar: Automatische Antwort: Re: Muster",
            ex03_text("Automatische Antwort: Re: Muster")), hard(KIM)),
    row("own-oof-ex2003-fr", EX03_SRC + OWN_OOF + " (French Outlook: 'Non remis : Réponse automatique : Re: "
        "Échantillons')",
        msg("own-oof-ex03-fr", EX03_FROM, "Non remis : Réponse automatique : Re: Échantillons",
            ex03_text("Réponse automatique : Re: Échantillons")), hard(KIM)),
    row("own-oof-svc-plain", SVC_SRC + OWN_OOF + " (the partner's notice service, Subject 'Undeliverable: Automatic "
        "reply: Re: Samples', Auto-Submitted: auto-replied of its own)",
        msg("own-oof-svc", SVC_FROM, "Undeliverable: Automatic reply: Re: Samples", SVC_BODY,
            "Auto-Submitted: auto-replied\n"), hard(KIM)),
]

# ---- C. relayed bounces under localised auto-reply prefixes, Exchange's rule fields ---------------------------------
RELAY = ("; the Subject rewritten with an auto-reply's prefix and the rule's fields added by a mailbox rule that "
         "relayed the notice (learn.microsoft.com 'Automatic replies' localised prefixes; blogs.it.ox.ac.uk "
         "'Email loops': X-MS-Exchange-Inbox-Rules-Loop, X-MS-Exchange-Generated-Message-Source), a daemon's notice "
         "still: kim hard")
RULE = ("X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\nX-MS-Exchange-Inbox-Rules-Loop: "
        "seller@ourco.example\n")
ROWS += [
    row("relay-sendmail-automatic-reply", SM_SRC + RELAY,
        report("relay-sm", SM_FROM, "Automatic reply: Returned mail: see transcript for details", SM_TEXT, SM_FIELDS,
               "Auto-Submitted: auto-replied\n" + RULE), hard(KIM)),
    row("relay-postfix-reponse-automatique", PF_SRC + RELAY + " (French, Precedence: junk)",
        report("relay-pf-fr", PF_FROM, "Réponse automatique : Undelivered Mail Returned to Sender", PF_TEXT, PF_FIELDS,
               "Auto-Submitted: auto-replied\nPrecedence: junk\n" + RULE), hard(KIM)),
    row("relay-exim-abwesenheitsnotiz", EXIM_SRC + RELAY + " (German 'Abwesenheitsnotiz:', Precedence: bulk and "
        "X-Autorespond)",
        msg("relay-exim-de", EXIM_FROM, "Abwesenheitsnotiz: Mail delivery failed: returning message to sender",
            exim_text(), f"X-Failed-Recipients: {KIM}\nAuto-Submitted: auto-replied\nPrecedence: bulk\n"
            "X-Autorespond: yes\n" + RULE), hard(KIM)),
    row("relay-exim-no-xfr-precedence-bulk", EXIM_SRC + RELAY + " (X-Failed-Recipients dropped on the way, Precedence: "
        "bulk, Subject 'Respuesta automática: Mail delivery failed: ...')",
        msg("relay-exim-es", EXIM_FROM, "Respuesta automática: Mail delivery failed: returning message to sender",
            exim_text(), "Auto-Submitted: auto-replied\nPrecedence: bulk\n"), hard(KIM)),
    row("relay-qmail-automatic-reply-junk", QMAIL_SRC + RELAY + " ('Automatic reply: failure notice', Precedence: junk, "
        "X-Autoreply)",
        msg("relay-qmail", QMAIL_FROM, "Automatic reply: failure notice", qmail_text(),
            "Precedence: junk\nX-Autoreply: yes\nAuto-Submitted: auto-replied\n"), hard(KIM)),
    row("relay-qmail-risposta-automatica", QMAIL_SRC + RELAY + " (Italian 'Risposta automatica: failure notice', no "
        "Auto-Submitted)",
        msg("relay-qmail-it", QMAIL_FROM, "Risposta automatica: failure notice", qmail_text(),
            "X-Auto-Response-Suppress: All\n" + RULE), hard(KIM)),
    row("relay-exo-automatische-antwort", EXO_SRC + RELAY + " ('Automatische Antwort: Unzustellbar: Quote for Q3')",
        report("relay-exo-de", EXO_FROM, f"Automatische Antwort: Unzustellbar: {SUBJ}", EXO_TEXT, EXO_FIELDS,
               "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n" + RULE), hard(KIM)),
    row("relay-ex2003-out-of-office-autoreply", EX03_SRC + RELAY + " (Exchange 2003's 'Out of Office AutoReply: "
        "Undeliverable: Quote for Q3')",
        msg("relay-ex03", EX03_FROM, f"Out of Office AutoReply: Undeliverable: {SUBJ}", ex03_text(),
            "X-Auto-Response-Suppress: All\n"), hard(KIM)),
    row("relay-c-sendmail-plain-marks", SM_SRC + " (CONTROL: the DSN as Sendmail writes it, no relay)",
        report("relay-c-sm", SM_FROM, "Returned mail: see transcript for details", SM_TEXT, SM_FIELDS,
               "Auto-Submitted: auto-generated (failure)\n"), hard(KIM)),
    row("relay-c-exim-plain", EXIM_SRC + " (CONTROL: Exim's bounce as written)",
        msg("relay-c-exim", EXIM_FROM, "Mail delivery failed: returning message to sender", exim_text(),
            f"X-Failed-Recipients: {KIM}\nAuto-Submitted: auto-replied\n"), hard(KIM)),
]

# ---- D. away texts, role mailboxes and ticket acknowledgements in a bounce's words: no bounce ----------------------
AWAY = ("; an auto-reply (taxonomy §5: `vacation`, no bounce) whatever words its text or Subject holds; the mailbox "
        "answered, it exists")
ROLE_SRC = ("Dovecot Pigeonhole src/lib-sieve/plugins/vacation/cmd-vacation.c ('Auto-Submitted: auto-replied "
            "(vacation)', 'Precedence: bulk', X-Sieve) and RFC 5230 §4.5 (:subject set by the user)")
EXO_OOF = ("learn.microsoft.com 'Automatic replies (Out of Office)'; MS-OXCMAIL 2.2.3.2.1 (Auto-Submitted: "
           "auto-generated), 2.1.3.2.20 (X-Auto-Response-Suppress: All)")
BULK_RULE = ("learn.microsoft.com archive blog 'Mitigating Mail Loops when using Auto Reply in Exchange 2010' (a "
             "transport rule adding 'Precedence: bulk' to a mailbox's auto-replies)")
GMAIL = ("Gmail API users.settings.updateVacation (VacationSettings.responseSubject, the user's own subject) and "
         "Google Help 25922 'Send automatic replies'; Auto-Submitted: auto-replied")
ROWS += [
    row("away-role-sieve-not-delivered-subject", ROLE_SRC + AWAY + " (a role address's :subject 'Message not delivered "
        "to a person - this mailbox is not monitored', its text 'undeliverable to a person')",
        msg("away-role", "Orders <orders@partner.example>", "Message not delivered to a person - this mailbox is not "
            "monitored", "Thank you for your email. Messages sent to this address are undeliverable to a person: the "
            "mailbox is not monitored. Please use https://partner.example/contact for orders and questions.",
            "Auto-Submitted: auto-replied (vacation)\nPrecedence: bulk\nX-Sieve: Pigeonhole Sieve 0.5.21\n"
            "In-Reply-To: <q3@ourco.example>\n"), NO),
    row("away-exo-leaver-precedence-bulk", EXO_OOF + "; " + BULK_RULE + AWAY + " (a leaver's text: 'mail to it will "
        "then be undeliverable')",
        msg("away-exo-leaver", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I left Partner Inc on 30 November. This "
            "mailbox is no longer monitored and will be deleted in January; mail to it will then be undeliverable. "
            "Please contact sales@partner.example.", "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
            f"Precedence: bulk\nX-MS-Exchange-Inbox-Rules-Loop: {KIM}\n"), NO),
    row("away-exo-rule-template-not-delivered", "learn.microsoft.com 'Use rules to automatically reply' (Outlook's "
        "'reply using a specific template' rule) and X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent "
        "(blogs.it.ox.ac.uk 'Email loops')" + AWAY + " (the template's own subject, 'was not delivered to anyone')",
        msg("away-rule", f"Kim Ng <{KIM}>", "This mailbox is closed", "Your email was not delivered to anyone: this "
            "mailbox is closed since 1 December. Please write to orders@partner.example instead.",
            f"X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\nX-MS-Exchange-Inbox-Rules-Loop: {KIM}\n"),
        NO),
    row("away-gmail-delivery-delayed-subject", GMAIL + AWAY + " (a logistics buyer's responseSubject 'Delivery delayed: "
        "away until 4 January', a text saying parcels are undeliverable over the holidays)",
        msg("away-gmail", f"Lena Lead <{LEAD}>", "Delivery delayed: away until 4 January", "Hi, I'm away until 4 "
            "January. Parcels to our warehouse are undeliverable between 24 December and 2 January; for urgent orders "
            "call +44 20 7946 0000.", "Auto-Submitted: auto-replied\nIn-Reply-To: <q3@ourco.example>\n"), NO),
    row("away-exo-ndr-words-quoted", EXO_OOF + AWAY + " (a text quoting the NDR the sender will get after January, "
        "'550 5.1.1', under 'Automatic reply:')",
        msg("away-quoted", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I am retiring on 31 December. After that "
            f"date mail to {KIM} could not be delivered (you will get '550 5.1.1 User unknown'); please write to "
            "lena@partner.example.", "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"), NO),
    row("away-czech-exchange2010-no-auto-submitted", "Exchange 2010's OOF as review 34 (exchange2010: Subject prefix and "
        "X-Auto-Response-Suppress only), the Czech prefix 'Automatická odpověď:' (Outlook's Czech UI, review 34's "
        "EXTRA_PREFIXES)" + AWAY + " (text: 'nebudou přečteny', will not be read)",
        msg("away-cs", f"Jan Novák <{KIM}>", f"Automatická odpověď: {SUBJ}", "Jsem mimo kancelář do 4. ledna. Do té "
            "doby nebudou zprávy na tuto adresu přečteny; v naléhavých případech pište na info@partner.example.",
            "X-Auto-Response-Suppress: All\n"), NO),
]

TICKET = "; a ticket system's acknowledgement of our mail (an auto-reply of a live service address: no bounce)"
OUR_SUBJ = "Failed delivery of samples - new date?"  # a seller's own subject, about a shipment
RT_SRC = ("bestpractical/rt share/static or etc/initialdata 'Autoreply' template ('Subject: AutoReply: "
          "{$Ticket->Subject}', 'This message has been automatically generated in response to the creation of a "
          "trouble ticket regarding:', 'There is no need to reply to this message right now.'); RT's fields Managed-By: "
          "RT, RT-Ticket, Precedence: bulk (as openwebmail's filter keys them)")
ZNUNY_SRC = ("OTRS/Znuny scripts/database/otrs-initial_insert (auto_response 'default reply (after new ticket has been "
             "created)', the '[Ticket#<number>] RE: <subject>' Subject, 'This is a demo text which is send to every "
             "inquiry.'; weak: the fields X-Loop and Auto-Submitted as Znuny 6 writes them)")
JSM_SRC = ("Atlassian Jira Service Management 'Customize email notifications' ('Request received' notification, "
           "'——-—— Reply above this line.'), weak: its fields Auto-Submitted: auto-generated and X-JIRA-FingerPrint as "
           "Jira Cloud writes them")
ZD_SRC = ("Zendesk 'About the standard Support triggers' ('Request received: {{ticket.title}}', 'Your request "
          "({{ticket.id}}) has been received and is being reviewed by our support staff.', the '##- Please type your "
          "reply above this line -##' delimiter); weak: its fields")
FD_SRC = ("Freshdesk 'Understanding email notifications' (the 'New ticket created' requester template, 'We would like to "
          "acknowledge that we have received your request and a ticket has been created.', quoting the request)")
ROWS += [
    row("ticket-rt-autoreply", RT_SRC + TICKET,
        msg("t-rt", "Partner Support via RT <support@partner.example>", f"[partner.example #4711] AutoReply: {OUR_SUBJ}",
            "Greetings,\n\nThis message has been automatically generated in response to the creation of a trouble "
            f"ticket regarding:\n\t\"{OUR_SUBJ}\",\na summary of which appears below.\n\nThere is no need to reply to "
            "this message right now.  Your ticket has been assigned an ID of [partner.example #4711].\n\n-----------\n"
            "Hi, our samples could not be delivered to your warehouse on Tuesday (the carrier's note says 'address "
            "undeliverable'). Which date suits you?\n",
            "Managed-BY: RT 5.0.5 (http://www.bestpractical.com/rt/)\nRT-Ticket: partner.example #4711\n"
            "Precedence: bulk\nAuto-Submitted: auto-replied\nX-RT-Loop-Prevention: partner.example\n"), NO),
    row("ticket-znuny-new-ticket", ZNUNY_SRC + TICKET,
        msg("t-znuny", "Partner Service <service@partner.example>", f"[Ticket#2026120410000017] RE: {OUR_SUBJ}",
            "This is an automatically generated message. Your request has been received and will be processed by our "
            f"team.\n\nYour subject: {OUR_SUBJ}\n\nYour Partner Service Team\n",
            "X-Loop: yes\nAuto-Submitted: auto-replied\nPrecedence: bulk\nX-Mailer: Znuny Mail Service (6.5.x)\n"), NO),
    row("ticket-jsm-request-received", JSM_SRC + TICKET,
        msg("t-jsm", "Partner Help Center <jira@partner.atlassian.net>", f"SUP-4711 {OUR_SUBJ}",
            "——-—— Reply above this line.\n\nYour request SUP-4711 \"Failed delivery of samples - new date?\" has been "
            "received and will be reviewed by our team.\n\nView request · Turn off this request's notifications\n",
            "Auto-Submitted: auto-generated\nX-JIRA-FingerPrint: 3f5c0a1e\nPrecedence: bulk\n"), NO),
    row("ticket-zendesk-request-received", ZD_SRC + TICKET,
        msg("t-zd", "Partner Support <support@partner.example>", f"[Partner] Request received: {OUR_SUBJ}",
            "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
            "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\nSam Seller\n\n"
            "Hi, our samples could not be delivered to your warehouse on Tuesday. Which date suits you?\n",
            "Auto-Submitted: auto-generated\nX-Mailer: Zendesk Mailer\n"), NO),
    row("ticket-freshdesk-quotes-failure", FD_SRC + TICKET + " (the quoted request holds 'could not be delivered to' "
        "an address and a 5.1.1 line the seller pasted)",
        msg("t-fd", "Partner Helpdesk <help@partner.example>", f"Ticket Received - {OUR_SUBJ}",
            "Dear Sam,\n\nWe would like to acknowledge that we have received your request and a ticket has been created."
            "\nA support representative will be reviewing your request and will send you a personal response.\n\n"
            "Your request:\nHi, my last message to orders@partner.example could not be delivered (550 5.1.1 User "
            "unknown), so I am writing to you: our samples failed delivery on Tuesday.\n",
            "Auto-Submitted: auto-generated\nPrecedence: bulk\n"), NO),
]

# ---- E. challenge-response notices: no bounce -----------------------------------------------------------------------
CHALLENGE = ("; a challenge-response request (formats/challenge.py: the message waits for us; no bounce)")
TMDA_SRC = ("tmda templates/confirm_request.txt (KevinGoodsell/tmda-fork: 'Subject: Please confirm your message', "
            "'Your e-mail message with the subject of \"%(subject)s\" / was not delivered because your address was not "
            "recognized.', 'To release your message for delivery, please send an empty message / to the following "
            "address, or use your mailer's \"Reply\" feature.', 'This confirmation verifies that your message is "
            "legitimate and not / junk-mail.', '--- Below this line is a copy of your message.'); its fields "
            "X-Delivery-Agent: TMDA and Precedence: bulk (as openwebmail's filter keys them)")
TMDA_FROM = "Kim Ng <kim-confirm-1764924502.12345.7f3a2c@partner.example>"


def tmda(extra: str = "") -> bytes:
    body = (f"Your e-mail message with the subject of \"{SUBJ}\"\nwas not delivered because your address was not "
            "recognized.\n\nTo release your message for delivery, please send an empty message\nto the following "
            "address, or use your mailer's \"Reply\" feature.\n\n<mailto:kim-confirm-1764924502.12345.7f3a2c@partner."
            "example>\n\nThis confirmation verifies that your message is legitimate and not\njunk-mail.\n\n[ This "
            "message was generated by TMDA v1.1.12 http://tmda.net/,\n  an automated junk-mail reduction system. ]\n\n"
            "--- Below this line is a copy of your message.\n\n" + original() + "\nHello Kim, here is the quote.\n")
    return msg("tmda" + extra, TMDA_FROM, "Please confirm your message", body,
               "X-Delivery-Agent: TMDA/1.1.12 (Macallan)\nPrecedence: bulk\n" + extra)


SPAMARREST = ("(weak) Spam Arrest as its reviewers describe it (all-software-review 2009, designfour.co.uk: 'an "
              "automated verification email is sent from Spam Arrest asking the sender to verify him or herself by "
              "clicking on an included link', 'Unverified emails remain stored ... for 7 days')")
BOXBE = ("(weak) Boxbe's waitlist notice as users quote it ('Your message ... was waitlisted. Please add yourself to my "
         "Guest List so your messages will be delivered to my Inbox.')")
MIB = ("(weak) mailinblack.com 'Help and support' ('an authentication request is sent to them so they can prove that "
       "they are a natural person and not a spammer robot'), 'My email is blocked in quarantine' ('Pending email: ... the "
       "sender hasn't yet completed the authentication request'); the French wording HAND-MADE in that sense")
SURGE = ("(weak) surgeweb 'Phishing and Spam' (1usa.co: non-friends 'receive back a \"Did you send me an email?\" email... "
         "where the person is given the opportunity to click to confirm themselves'; held pending)")
ROWS += [
    row("ch-tmda-confirm-request", TMDA_SRC + CHALLENGE + " ('was not delivered because your address was not "
        "recognized' and qmail's copy line: no failure of kim's)", tmda(), NO),
    row("ch-tmda-confirm-auto-replied", TMDA_SRC + CHALLENGE + " (the same with Auto-Submitted: auto-replied, RFC 3834 "
        "§5 as a newer TMDA or a relay adds)", tmda("Auto-Submitted: auto-replied\n"), NO),
    row("ch-spamarrest-verify", SPAMARREST + CHALLENGE,
        msg("ch-sa", f"Kim Ng <{KIM}>", f"Re: {SUBJ} [Verification required]", "Hello,\n\nI am protecting my inbox "
            "with Spam Arrest. Your message has not been delivered yet: please click the link below and type the "
            "verification word shown, once, and it will be delivered.\n\nhttps://www.spamarrest.com/v/7f3a2c\n\n"
            "Unverified messages are deleted after 7 days.\n", "Auto-Submitted: auto-replied\n"), NO),
    row("ch-boxbe-waitlisted", BOXBE + CHALLENGE,
        msg("ch-boxbe", "Kim Ng <notify@boxbe.com>", "Request to join Kim Ng's Guest List",
            f"Hello,\n\nYour message about \"{SUBJ}\" to {KIM} was waitlisted. Please add yourself to my Guest List so "
            "your messages will be delivered to my Inbox. Use the link below.\n\nhttps://www.boxbe.com/anno?tc=7f3a2c\n",
            "Auto-Submitted: auto-replied\n"), NO),
    row("ch-mailinblack-fr", MIB + CHALLENGE + " (French: 'Votre message n'a pas encore été délivré', 'prouver que vous "
        "n'êtes pas un robot')",
        msg("ch-mib", f"Kim Ng <{KIM}>", f"Authentification requise : {SUBJ}", "Bonjour,\n\nVous avez envoyé un "
            f"message à {KIM}. Sa messagerie est protégée par Mailinblack : votre message n'a pas encore été délivré.\n"
            "Pour qu'il le soit, merci de vous authentifier en cliquant sur le lien ci-dessous afin de prouver que vous "
            "n'êtes pas un robot.\n\nhttps://auth.mailinblack.com/v/7f3a2c\n", "Auto-Submitted: auto-replied\n"), NO),
    row("ch-de-noch-nicht-zugestellt", MIB + CHALLENGE + " (the same service's German text: 'Ihre Nachricht wurde noch "
        "nicht zugestellt', 'bestätigen Sie, dass Sie kein Roboter sind')",
        msg("ch-de", f"Kim Ng <{KIM}>", f"Bestätigung erforderlich: {SUBJ}", "Guten Tag,\n\nIhre Nachricht an "
            f"{KIM} wurde noch nicht zugestellt. Bitte bestätigen Sie über den folgenden Link, dass Sie kein Roboter "
            "sind; danach wird sie zugestellt.\n\nhttps://auth.mailinblack.com/v/7f3a2c\n",
            "Auto-Submitted: auto-replied\n"), NO),
    row("ch-surgeweb-did-you-send", SURGE + CHALLENGE,
        msg("ch-surge", f"Kim Ng <{KIM}>", "Did you send me an email?", f"Your message \"{SUBJ}\" is being held "
            "pending until you confirm that you sent it. Please click on the link below to confirm and have your "
            "message delivered.\n\nhttps://webmail.partner.example/confirm?id=7f3a2c\n", "Precedence: bulk\n"), NO),
    row("ch-undelivered-approved-senders", "cPanel BoxTrapper's verify template in the sense of reviews 8 and 34 "
        "('To confirm that you sent this message, reply'), worded with an NDR's Subject 'Undelivered: please confirm "
        "your message' and 'was not delivered because your address is not on my list of approved senders'"
        + CHALLENGE,
        msg("ch-undel", f"Kim Ng <{KIM}>", "Undelivered: please confirm your message", f"Your message \"{SUBJ}\" was "
            "not delivered because your address is not on my list of approved senders. To have it delivered, simply "
            "reply to this message; you only need to do this once.\n", "Auto-Submitted: auto-replied\n"), NO),
    row("ch-c-qmail-our-copy-says-confirm", QMAIL_SRC + " (CONTROL: a real qmail failure whose returned copy of OUR "
        "message asks kim to 'click the link to confirm' a meeting: kim hard)",
        msg("ch-c-qmail", QMAIL_FROM, "failure notice", qmail_text().replace(
            "Hello Kim.\n", "Hello Kim, please click the link below to confirm our meeting: https://ourco.example/m\n"
            "I use a scheduling tool to protect my calendar against spam.\n")), hard(KIM)),
]

# ---- controls ---------------------------------------------------------------------------------------------------------
ROWS += [
    row("c-gmail-vacation-plain", GMAIL + AWAY + " (CONTROL: a plain away text)",
        msg("c-gmail", f"Lena Lead <{LEAD}>", f"Re: {SUBJ}", "Hi, I'm on holiday until 4 January with no access to "
            "email.", "Auto-Submitted: auto-replied\nIn-Reply-To: <q3@ourco.example>\n"), NO),
    row("c-exo-oof-plain", EXO_OOF + AWAY + " (CONTROL)",
        msg("c-exo", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I am out of the office until Monday.",
            "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"), NO),
    row("c-exo-ndr-plain", EXO_SRC + " (CONTROL: the NDR as written)",
        report("c-exo-ndr", EXO_FROM, f"Undeliverable: {SUBJ}", EXO_TEXT, EXO_FIELDS, "Auto-Submitted: auto-replied\n"),
        hard(KIM)),
    row("c-postfix-dsn", PF_SRC + " (CONTROL)",
        report("c-pf", PF_FROM, "Undelivered Mail Returned to Sender", PF_TEXT, PF_FIELDS,
               "Auto-Submitted: auto-replied\n"), hard(KIM)),
    row("c-qmail-plain", QMAIL_SRC + " (CONTROL)", msg("c-qmail", QMAIL_FROM, "failure notice", qmail_text()),
        hard(KIM)),
    row("c-ex2003-plain", EX03_SRC + " (CONTROL)", msg("c-ex03", EX03_FROM, f"Undeliverable: {SUBJ}", ex03_text()),
        hard(KIM)),
]

# ---- second batch (written after the first ran and was mended, before running these): attacks on the mends ---------
# hints._looks_like_bounce now takes every auto-responder mark (auto_reply_marked) and, off a list, Precedence: bulk /
# junk as a machine's mark for its failure-with-reply-code rule; and a ticket acknowledgement's opening above the
# failure's words is no failure.
VAC1 = ("vacation(1) (FreeBSD usr.bin/vacation/vacation.c: ~/.vacation.msg sent with 'Precedence: bulk' and no "
        "Auto-Submitted in its older versions; Subject 'away from my mail' as its set-up writes)")
DIGEST_SRC = ("RFC 2076 §3.9 / RFC 3834 §2 (Precedence: bulk on bulk mail); a vendor's deliverability newsletter sent "
              "without List-* fields, quoting an example bounce with an example address")
ROWS += [
    row("b2-vac1-bulk-old-address-code", VAC1 + AWAY + " (Precedence: bulk only; the away text says mail to the "
        "sender's OLD address could not be delivered, quoting its 550 5.1.1: an away text, no bounce)",
        msg("b2-vac1", "Robin Hale <robin@unix.partner.example>", "away from my mail", "I am away until 4 January. "
            "Note: mail to my old address robin@old-partner.example could not be delivered after the move (550 5.1.1 "
            "User unknown); please use this one.", "Precedence: bulk\n"), NO),
    row("b2-autorespond-own-address-code", SVC_SRC + AWAY + " (X-Autorespond only, 'Automatic reply:', the away text "
        "quoting a 5.1.1 about the mailbox itself after a date)",
        msg("b2-ar-own", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", f"After 31 January mail to {KIM} could not be "
            "delivered (550 5.1.1 User unknown): I am leaving. Please write to lena@partner.example.",
            "X-Autorespond: yes\n"), NO),
    row("b2-precedence-auto-reply-plain-away", SVC_SRC + AWAY + " (Precedence: auto_reply only, a plain away text)",
        msg("b2-par", f"Kim Ng <{KIM}>", f"Auto Response: {SUBJ}", "I'm travelling this week with limited access to "
            "email.", "Precedence: auto_reply\n"), NO),
    row("b2-bulk-digest-no-list-fields", DIGEST_SRC + " (no bounce: a newsletter's example, 'Your message to "
        "jane@example.com could not be delivered: 550 5.1.1')",
        msg("b2-digest", "Deliverability Weekly <news@mailtips.example>", "Deliverability tips #12: reading bounces",
            "This week: reading a bounce. A typical one says: 'Your message to jane@example.com could not be "
            "delivered. 550 5.1.1 User unknown'. That is a hard bounce; remove the address from your list.\n\nSee you "
            "next week!", "Precedence: bulk\n"), NO),
    row("b2-bulk-digest-list-fields", DIGEST_SRC + " (the same with List-Unsubscribe and Precedence: list: no bounce)",
        msg("b2-digest-l", "Deliverability Weekly <news@mailtips.example>", "Deliverability tips #12: reading bounces",
            "A typical bounce says: 'Your message to jane@example.com could not be delivered. 550 5.1.1 User "
            "unknown'.", "Precedence: bulk\nList-Unsubscribe: <mailto:unsub@mailtips.example>\n"), NO),
    row("b2-junk-notice-service", SVC_SRC + " (Precedence: junk only, procmail's formail -I 'Precedence: junk' mark "
        "(procmailex(5)) on a notice service's failure naming kim with 5.1.1: kim hard)",
        msg("b2-junk", SVC_FROM, SUBJ, SVC_BODY, "Precedence: junk\n"), hard(KIM)),
    row("b2-bulk-on-list-notice-service", SVC_SRC + " (the notice service's failure passed through a list with "
        "List-Id and Precedence: bulk: a list's post, the rule stays off; no daemon From: no bounce read)",
        msg("b2-bulk-list", SVC_FROM, SUBJ, SVC_BODY, "Precedence: bulk\nList-Id: <it.partner.example>\n"), NO),
]

ACK_CTL = ("; CONTROL of the acknowledgement guard: the failure's words come FIRST (a notice service's failure, then "
           "its own note about a ticket or a request): kim hard")
ROWS += [
    row("b2-ack-ticket-after-failure", SVC_SRC + ACK_CTL,
        msg("b2-ack-after", SVC_FROM, SUBJ, SVC_BODY + "\nA ticket has been created for our postmaster (#88121).\n",
            "Auto-Submitted: auto-generated\n"), hard(KIM)),
    row("b2-ack-request-could-not-be-delivered", SVC_SRC + ACK_CTL + " ('Your request could not be delivered to "
        "kim': no acknowledgement)",
        msg("b2-ack-req", SVC_FROM, SUBJ, f"Your request could not be delivered to {KIM}.\n\n{KIM}: {REPLY}\n",
            "Auto-Submitted: auto-generated\n"), hard(KIM)),
    row("b2-ack-received-your-message-but", SVC_SRC + ACK_CTL + " ('We have received your message but could not "
        "deliver it': a message, no request)",
        msg("b2-ack-msg", SVC_FROM, SUBJ, f"We have received your message but it could not be delivered to {KIM}.\n\n"
            f"{KIM}: {REPLY}\n", "X-Autorespond: yes\n"), hard(KIM)),
    row("b2-ack-zendesk-quoted-ndr", ZD_SRC + TICKET + " (the quoted request holds an NDR the seller pasted, 'Your "
        "message to orders@... couldn't be delivered', 550 5.1.10)",
        msg("b2-zd", "Partner Support <support@partner.example>", f"[Partner] Request received: {OUR_SUBJ}",
            "##- Please type your reply above this line -##\n\nYour request (48214) has been received and is being "
            "reviewed by our support staff.\n\nSam Seller\n\nHi, I got this when writing to orders:\n\nYour message to "
            "orders@partner.example couldn't be delivered.\nRemote Server returned '550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
            "Auto-Submitted: auto-generated\nX-Mailer: Zendesk Mailer\n"), NO),
    row("b2-ack-rt-quoted-ndr", RT_SRC + TICKET + " (the summary below quotes a Postfix reply naming orders@)",
        msg("b2-rt", "Partner Support via RT <support@partner.example>", f"[partner.example #4712] AutoReply: "
            f"{OUR_SUBJ}", "Greetings,\n\nThis message has been automatically generated in response to the creation of "
            f"a trouble ticket regarding:\n\t\"{OUR_SUBJ}\",\na summary of which appears below.\n\n-----------\nMy mail "
            "to orders@partner.example was undeliverable: 550 5.1.1 <orders@partner.example>: Recipient address "
            "rejected: User unknown in virtual mailbox table\n",
            "RT-Ticket: partner.example #4712\nPrecedence: bulk\nAuto-Submitted: auto-replied\n"), NO),
    row("b2-ack-jsm-quoted-failure", JSM_SRC + TICKET + " (the request's description quoted: 'delivery failed', a "
        "5.1.1 naming orders@)",
        msg("b2-jsm", "Partner Help Center <jira@partner.atlassian.net>", f"SUP-4712 {OUR_SUBJ}",
            "——-—— Reply above this line.\n\nYour request SUP-4712 has been received and will be reviewed by our team."
            "\n\nDescription:\nDelivery failed to orders@partner.example with 550 5.1.1 User unknown.\n",
            "Auto-Submitted: auto-generated\nPrecedence: bulk\n"), NO),
]

ROWS += [
    row("b2-groups-via-daemon", EXIM_SRC + " (weak: Google Groups' DMARC rewrite of the From, \"'Mail Delivery System' "
        "via Sales Team <sales@ourco.example>\", with its List-Id and Precedence: list, as a group address we send from "
        "relays the bounce to its members; X-Failed-Recipients kept: kim hard)",
        msg("b2-groups", "'Mail Delivery System' via Sales Team <sales@ourco.example>",
            "Mail delivery failed: returning message to sender", exim_text(),
            f"X-Failed-Recipients: {KIM}\nAuto-Submitted: auto-replied\nList-Id: <sales.ourco.example>\n"
            "Precedence: list\nX-Original-Sender: mailer-daemon@mail.partner.example\n"), hard(KIM)),
    row("b2-own-oof-ex2003-es", EX03_SRC + OWN_OOF + " (Spanish Outlook: 'No se puede entregar: Respuesta automática: "
        "Re: Muestras')",
        msg("b2-oof-es", EX03_FROM, "No se puede entregar: Respuesta automática: Re: Muestras",
            ex03_text("Respuesta automática: Re: Muestras")), hard(KIM)),
    row("b2-own-oof-qmail-relayed-prefix", QMAIL_SRC + OWN_OOF + " (the failure notice of our OOF, itself relayed "
        "under 'Automatic reply: failure notice' with X-Autoreply)",
        msg("b2-oof-qmail", QMAIL_FROM, "Automatic reply: failure notice", qmail_text(OOF_ORIGINAL),
            "X-Autoreply: yes\n"), hard(KIM)),
    row("b2-ch-tmda-no-headers", TMDA_SRC + CHALLENGE + " (the request with no TMDA field at all, a relay having "
        "stripped X-Delivery-Agent and Precedence)",
        msg("b2-tmda-bare", TMDA_FROM, "Please confirm your message", tmda().decode().split("\n\n", 1)[1]), NO),
]
