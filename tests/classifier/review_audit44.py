"""Audit 44: a SHORT ADVERSARIAL audit of the mends merged in session 39 (audit 43's bare_deleted.py and
retired_address's readings, audit 43b's whole_addresses.py / parse.py stub rule), HAND-MADE rows written before the
classifier ran on them (committed first):
(1) bare_deleted.NOUN: a "user / recipient deleted" that ends its clause but is said of something else (a quarantine's
    cause, a ticket's reason, a CRM export's status, Outlook's recall report, a list manager's notice), and true
    absences in new shapes (a bracketed address before it, a bare ISO day, "by the administrator", a directory);
(2) retired_address: "that address" after a verdict word where "that" is another address, and "for / as of <time>";
(3) whole_addresses (_bracketed, _headed, the speed gate) and parse's stub rule: whole notices where a wrong address
    could come out (a postmaster address cut across a break, a forward target, undisclosed recipients) and a stub
    plain part inside multipart/mixed.
Rows: (name, source, raw, expected) as review_check reads them; "attack" in a source marks a variant made to probe."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit43b import LONG, NO_MAILBOX, qmail
from tests.classifier.review_layouts42_layouts import LEAD, OTHER, SELLER, message, multipart, plain_part, \
    postfix_report, POSTFIX_INTRO, block, original, prose, text_part
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
at = relayed_for("a44", MX, LEAD)


def hard(*reasons: str, address: str = LEAD) -> list[tuple]:
    return [(address, True, reasons, R, False)]


# ---- (1) bare_deleted: said of something else, in replies ------------------------------------------------------
DELETED_ROWS = at("d", f"{ADMIN}; attack on bare_deleted.NOUN (a deletion that ends its clause)", [
    ("quarantined-because-user-deleted", "550 5.7.1 The message was quarantined because the user deleted.", "5.7.1",
     "DATA", False, (), ANY),
    ("reason-user-deleted-in-filter", "550 5.7.1 Message rejected by content filter (rule 12). Reason: user deleted",
     "5.7.1", "DATA", False, (), ANY),
    ("sender-rule-user-deleted", "554 5.7.1 Blocked by recipient's sender rule (created by user, deleted: no)",
     "5.7.1", "DATA", False, (), ANY),
    # True absences in new shapes: must be hard.
    ("tp-bracketed-user-deleted", f"550 5.1.1 <{LEAD}>: user deleted", "5.1.1", "RCPT", True, UU, R),
    ("tp-user-deleted-on-iso-day", "550 5.0.0 User deleted on 2026-01-04", "5.0.0", "RCPT", True, UU, R),
    ("tp-user-deleted-iso-day-no-on", "550 5.0.0 user deleted 2026-01-04", "5.0.0", "RCPT", True, UU, R),
    ("tp-zimbra-like-deleted-by-admin", f"550 5.1.1 <{LEAD}>: Recipient address rejected: user deleted by "
     "administrator", "5.1.1", "RCPT", True, UU, R),
    ("tp-exchange-like-deleted-from-ad", "550 5.1.1 RESOLVER.ADR.RecipNotFound; recipient deleted from Active "
     "Directory", "5.1.1", "RCPT", True, UU, R),
])

# ---- (1b) bare_deleted in non-bounces: whole messages ----------------------------------------------------------
NB = "a non-bounce (expected: no bounce read)"


def _plain(name: str, sender: str, subject: str, text: str, *, extra: str = "", mark: str) -> bytes:
    head = (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\nMessage-ID: <a44-{name}@partner.example>\n{extra}")
    return message(head, text_part(text, charset="us-ascii", cte="7bit"), mark=mark)


NONBOUNCE_ROWS = [
    ("a44-n-crm-export-status-recipient-deleted", f"{NB}: a CRM's scheduled export mail (HubSpot/Salesforce-like "
     "report digests: a table of contacts and statuses); attack",
     _plain("n1", "CRM Reports <reports@crm.example.com>", "Weekly contact export",
            f"Your weekly export is ready.\n\nContact: {LEAD}\nStatus: recipient deleted\n\nContact: {OTHER}\n"
            "Status: active\n\nDownload the full CSV from your dashboard.\n", mark="CRM export digest"), []),
    ("a44-n-helpdesk-autoreply-user-deleted", f"{NB}: a helpdesk's auto-reply closing a ticket (RFC 3834 "
     "Auto-Submitted: auto-replied; Zendesk/Freshdesk-like ticket mail); attack",
     _plain("n2", "Partner Support <support@partner.example>", "[Ticket #4471] closed",
            "Your request #4471 has been closed.\nReason: user deleted\n\nIf this is wrong, reply to reopen it.\n",
            extra="Auto-Submitted: auto-replied\n", mark="helpdesk auto-reply"), []),
    ("a44-n-outlook-recall-report", f"{NB}: Outlook's message recall report (Microsoft Support 'Recall or replace "
     "an email message that you sent': a report per recipient; o-xchange.com 'Success or Failure of a Message "
     "Recall': the recipient is told 'you, the sender, deleted the message'); attack wording",
     _plain("n3", f"Lena Lead <{LEAD}>", "Message Recall Report for message: Quick question",
            f"Your message\n\n  To: Lena Lead <{LEAD}>\n  Subject: Quick question\n  Sent: 07/12/2026 09:00\n\n"
            "Message recalled: recipient deleted.\nRecall Success\n", mark="Outlook recall report"), []),
    ("a44-n-list-manager-member-deleted", f"{NB}: a list manager's admin notice to the list owner (Mailman 2 "
     "'unsubscribe notification', Sympa's 'user deleted' owner notice); attack",
     _plain("n4", "partners-owner@lists.example.com", "Partners unsubscribe notification",
            f"{LEAD} has been removed from Partners.\nAction: user deleted.\n",
            extra="Precedence: bulk\n", mark="list manager notice"), []),
]

# ---- (2) retired_address ---------------------------------------------------------------------------------------
RETIRED_ROWS = at("r", f"{ADMIN}; attack on retired_address's verdict 'that' and 'for / as of' time readings", [
    ("that-is-reply-to", "550 5.7.1 Rejected: your Reply-To names billing@example.com; sorry, that address is no "
     "longer in use", "5.7.1", "DATA", False, (), ANY),
    ("for-two-weeks-office-move", "550 5.2.1 Sorry, that address is no longer in use for two weeks during the office "
     "move; mail works again from 21 December", "5.2.1", "RCPT", False, (), R),
    ("as-of-next-month-soft", "452 4.2.1 Error: that address is no longer in use as of next month; deferring",
     "4.2.1", "RCPT", False, (), ANY),
    ("tp-that-as-of-date", "550 5.1.1 Unfortunately, that address is no longer in use as of 1 March 2026", "5.1.1",
     "RCPT", True, UU, R),
    ("tp-that-for-over-a-year", "550 5.1.1 Undeliverable: that address is no longer used for over a year", "5.1.1",
     "RCPT", True, UU, R),
])

# ---- (3) whole notices: a wrong address must not come out ------------------------------------------------------
QM = "qmail-1.03 qmail-send.c bounce text ('Hi. This is the qmail-send program at', '<addr>:' then the reason)"
CUT = "a relay hard-wrapping at 70 columns even where no blank falls (review layouts42's gateway)"
PM = "postmaster.helpdesk.team.of.partner-group@mailops.partner-group.example"
FWD = "lena.lead.new.address.in.procurement@purchasing.subsidiary.example"
WHOLE_ROWS = [
    ("a44-w-postmaster-cut-undisclosed", f"{QM}; {CUT}: the recipient whole, the site's help line names a postmaster "
     "address in brackets cut across the break; To undisclosed-recipients:; (RFC 5322 3.4)",
     qmail("w1", f"<{LEAD}>:\n{NO_MAILBOX}Questions: write to <{PM[:40]}\n{PM[40:]}>\n",
           to="undisclosed-recipients:;"), hard(*UU)),
    ("a44-w-recipient-at-line-end-postmaster-next", f"{QM}-like site text; the recipient at a line's end in brackets, "
     "the next line a host name closing the brackets (a relay's re-wrap that lost '> via <'); undisclosed; attack",
     qmail("w2", f"Your message to <{LEAD}\nmx2.partner.example> failed.\n<{LEAD}>:\n{NO_MAILBOX}", to="undisclosed-recipients:;"),
     hard(*UU)),
    ("a44-w-forward-target-cut-postfix", "Postfix bounce(8) (bounce_notify_util.c '<%s> (expanded from <%s>)'); "
     f"{CUT}: the forward target cut, To undisclosed (the final recipient is what failed: audit 43b's w13 rule)",
     postfix_report("w3", POSTFIX_INTRO + f"<{FWD[:45]}\n{FWD[45:]}> (expanded from <{LEAD}>): host "
                    f"mx.subsidiary.example[192.0.2.30] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n",
                    [block(f"rfc822; {FWD}", "failed", "5.1.1", "550 5.1.1 User unknown", orig=f"rfc822; {LEAD}")],
                    to="undisclosed-recipients:;"),
     hard(*UU, address=FWD)),
    ("a44-w-two-cut-one-recipient-undisclosed", f"{QM}; {CUT}: two long recipients, one cut; To undisclosed",
     qmail("w4", f"<{OTHER}>:\n{NO_MAILBOX}\n<{LONG[:70]}\n{LONG[70:]}>:\n{NO_MAILBOX}",
           to="undisclosed-recipients:;"), hard(*UU, address=OTHER) + hard(*UU, address=LONG)),
    ("a44-w-stub-plain-in-mixed", "RFC 2046 5.1.3 multipart/mixed built by a gateway re-wrapping an Exchange NDR: "
     "the stub text/plain ('This message is in HTML format...') and the text/html NDR side by side (not "
     "alternative), the original attached; attack on parse's stub rule",
     prose("w5", "Undeliverable: Quick question", multipart("multipart/mixed", "a44m-w5", [
         text_part("This message is in HTML format. Please view it in an HTML-capable mail program.\n"),
         text_part("<html><body><p><b>Delivery has failed to these recipients or groups:</b></p><p><a href=\""
                   f"mailto:{LEAD}\">{LEAD}</a><br>The email address you entered couldn't be found.</p><p>Remote "
                   "Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p></body></html>",
                   ctype="text/html"),
         plain_part("message/rfc822", original("w5", LEAD))]), to=LEAD, returned=False), hard(*UU)),
]

ROWS = DELETED_ROWS + NONBOUNCE_ROWS + RETIRED_ROWS + WHOLE_ROWS

# ---- the mends' controls (audit 44): nearby notices that must NOT change -----------------------------------------
MEND = "the mend's control (audit 44)"
CONTROL_ROWS = at("c", f"{ADMIN}; {MEND}", [
    ("clause-verdict-that-still-hard", "550 5.1.1 Recipient rejected; sorry, that address is no longer in use",
     "5.1.1", "RCPT", True, UU, R),
    ("for-two-years-still-hard", "550 5.1.1 Sorry, that address is no longer in use for two years", "5.1.1", "RCPT",
     True, UU, R),
    ("for-over-a-year-contact-still-hard", "550 5.1.1 This address is no longer used for over a year; contact the "
     "office instead", "5.1.1", "RCPT", True, UU, R),
    ("user-deleted-iso-day-on-still-hard", "550 5.0.0 User deleted on 2026-01-04", "5.0.0", "RCPT", True, UU, R),
    ("user-deleted-iso-version-not-hard", "535 5.7.8 Authentication failed: API user deleted 2026-01-04", "5.7.8",
     "MAIL", False, (), ANY),
])
HTML_ONLY_MIXED = ("RFC 2046 5.1.3 multipart/mixed: a short site notice with a help link '.../bounce.html' and the "
                   "reason beside a gateway's HTML footer (audit 43b's s2 shape): the plain part stays the notice")
CONTROL_ROWS += [
    ("a44-c-whole-long-line-cut-undisclosed", f"{QM}; {CUT}: the recipient cut at column 70, To undisclosed (audit "
     "43b's k4 shape: still made whole)",
     qmail("c1", f"<{LONG[:70]}\n{LONG[70:]}>:\n{NO_MAILBOX}", to="undisclosed-recipients:;"),
     hard(*UU, address=LONG)),
    ("a44-c-help-link-plain-in-mixed", HTML_ONLY_MIXED,
     prose("c2", "Undeliverable: Quick question", multipart("multipart/mixed", "a44m-c2", [
         text_part("Delivery to Lena Lead failed permanently: there is no such user here (550 5.1.1).\n"
                   "See https://postmaster.partner.example/errors.html\n"),
         text_part("<html><body><p>Service notice: our mail service will be upgraded on Saturday night. Messages "
                   "may be delayed for up to 4 hours and will be retried automatically.</p></body></html>",
                   ctype="text/html"),
         plain_part("message/rfc822", original("c2", LEAD))]), to=LEAD, returned=False), hard(*UU)),
]
ROWS = ROWS + CONTROL_ROWS
