"""Review formats57: a MEASUREMENT of the classifier on whole-notice FORMATS (the layout, not the wording), HAND-MADE
whole messages each after its generator's source or RFC (cited per row), none of the earlier layout reviews' rows
(layouts40 / 42, holdout 50 / 51 / 56 layouts, nonbounce46) repeated:
(1) Sieve reject / ereject (RFC 5429) sent as RFC 3798 MDNs (Disposition automatic-action/MDN-sent-automatically;
    deleted) with the MDN's fields as real generators and relays leave them (mixed case, angle brackets, only an
    Original-Recipient, no returned part, a UTF-8 recipient), ereject answered over LMTP to Postfix and Exim, and MDNs
    that are no refusal (a client's "Not read", an autoresponder's "processed");
(2) prose notices naming the recipient on a labelled line ("Failed address:", a flattened "Original-Recipient:",
    "Failed recipients:", "Recipient address:"), only in the quoted original's "To:", by local part or display name;
(3) RFC 3464 reports where one recipient's address is malformed (unbalanced brackets, trailing dot, double '@',
    needless quotes, raw UTF-8 in an rfc822 field, a display name, no ';', an xtext ORCPT with an empty Final-Recipient):
    the rest of the report is still read.
review_formats57_more.py holds (4) structures (global reports, nested and forwarded reports, signed and wrapped
reports), (5) bounces with auto-reply headers, (6) look-alike non-bounces and (7) encoded returned Message-IDs.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from
the generators' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_audit35 import hard, soft
from tests.classifier.review_formats57_layouts import (PF_TEXT, fields, mdn_fields, plain, rcpt, rejection_mdn,
                                                       report, with_original)
from tests.classifier.review_layouts40_layouts import LEAD, OTHER
from tests.classifier.review_notices14_layouts import exim

R, S, ANY = "recipient", "sender", None
NB: list[tuple] = []
LENA = f"Lena Lead <{LEAD}>"
OTTO = f"Otto Other <{OTHER}>"
CHOICE = ("filtered", "policyviolation", "rejected")
UNWANTED = CHOICE + ("spamdetected",)
DELETED = "automatic-action/MDN-sent-automatically; deleted"

# ---- (1) Sieve reject / ereject ------------------------------------------------------------------------------------
PH = ("Pigeonhole src/lib-sieve/ext-reject.c (RFC 5429 reject: an MDN, Disposition automatic-action/MDN-sent-"
      "automatically; deleted; Dovecot's default rejection_reason 'Your message to <%t> was automatically "
      "rejected:%n%r')")
RFC3798 = "RFC 3798 3.2 / RFC 5322 1.2.2 (MDN field names and disposition values are case-insensitive)"
RFC8098 = "RFC 8098 3 (the returned original is optional in an MDN)"
EREJECT = "RFC 5429 2.2 (ereject refuses in the protocol: '550 5.7.1' and the reason)"


def _ph(name: str, reason: str, *, address: str = LEAD, final: str | None = None, **kw) -> bytes:
    """Pigeonhole's rejection: its default text around `reason`, the MDN naming `final` (default: the address)."""
    text = f"Your message to <{address}> was automatically rejected:\n{reason}\n"
    return rejection_mdn(name, text, mdn_fields(final or f"rfc822; {address}", DELETED, name=name), to=address, **kw)


SIEVE_ROWS = [
    ("f57-sieve-ph-mailbox-gone", f"{PH}; the owner's reason says the mailbox is gone (layouts40's reading of a "
     "Sieve 'no longer in use': the owner's word on the address)",
     _ph("gone", "This mailbox does not exist anymore."), hard("userunknown", "hasmoved")),
    ("f57-sieve-ph-two-line-reason", f"{PH}; the script's reason over two lines",
     _ph("two", "Please stop sending me sales offers.\nI have never asked for them."), soft(*UNWANTED)),
    ("f57-sieve-mdn-fields-mixed-case", f"{PH}; {RFC3798}: field names upper case, 'Automatic-Action/MDN-Sent-"
     "Automatically;Deleted' without a blank",
     rejection_mdn("case", f"Your message to <{LEAD}> was automatically rejected:\nI do not accept mail from your "
                   "company.\n", f"REPORTING-UA: mail.partner.example; Dovecot Mail Delivery Agent\nFINAL-RECIPIENT: "
                   f"RFC822;{LEAD}\nORIGINAL-MESSAGE-ID: <f57-case@example.com>\nDISPOSITION: Automatic-Action/"
                   "MDN-Sent-Automatically;Deleted\n", to=LEAD), soft(*CHOICE)),
    ("f57-sieve-final-in-angle-brackets", f"{PH}; Final-Recipient 'rfc822; <address>' (as Cyrus and older Sieve "
     "implementations write the mailbox)",
     _ph("angle", "I do not accept mail from your company.", final=f"rfc822; <{LEAD}>"), soft(*CHOICE)),
    ("f57-sieve-original-recipient-only", "RFC 3798 3.2.3 (Original-Recipient) and 3.2.4 (Final-Recipient required, "
     "left out by a generator): a rejection MDN naming the recipient only in Original-Recipient, a generic text",
     rejection_mdn("orig", "Your message was rejected by the recipient's mail filter.\n",
                   mdn_fields(None, DELETED, name="orig", orig=f"rfc822; {LEAD}"), to=LEAD), soft(*CHOICE)),
    ("f57-sieve-no-returned-part", f"{PH}; {RFC8098}: no returned part, the original only by Original-Message-ID",
     _ph("noret", "No advertising, please.", returned=None), soft(*UNWANTED)),
    ("f57-sieve-utf8-recipient-global-mdn", f"{PH}; RFC 6533 4 (message/global-disposition-notification, a UTF-8 "
     "recipient written as is)",
     _ph("glob", "Ich nehme keine Werbung an.", address="jürgen@partner.example",
         kind="message/global-disposition-notification"), soft(*UNWANTED, address="jürgen@partner.example")),
    ("f57-sieve-ereject-postfix-lmtp", f"{EREJECT}; Postfix lmtp(8) reporting it (bounce_notify_util.c layout; "
     "'host ...[private/dovecot-lmtp] said: ... (in reply to end of DATA command)'), the other recipient delivered",
     report("erpf", PF_TEXT + f"<{LEAD}>: host mail.partner.example[private/dovecot-lmtp] said: 550 5.7.1\n    <{LEAD}> "
            "I do not accept mail from example.com (in reply to end of DATA\n    command)\n",
            fields(rcpt(LEAD, "failed", "5.7.1", f"550 5.7.1 <{LEAD}> I do not accept mail from example.com",
                        remote="mail.partner.example"),
                   rcpt(OTHER, "delivered", "2.0.0", f"250 2.0.0 <{OTHER}> Saved", remote="mail.partner.example")),
            to=f"{LEAD}, {OTHER}"), soft(*CHOICE)),
    ("f57-sieve-ereject-exim-lmtp", f"{EREJECT}; Exim src/src/deliver.c bounce (review 14's layout) with "
     "transports/lmtp.c's 'LMTP error after end of data'",
     exim("erex", [(LEAD, None, "LMTP error after end of data: 550 5.7.1 I do not accept mail from example.com")],
          to=LEAD, dsn=[(LEAD, "550 5.7.1 I do not accept mail from example.com")]), soft(*CHOICE)),
    ("f57-sieve-outlook-not-read", "RFC 8098 3.2.6.2 ('deleted': the message was deleted unread, delivered first); "
     "Outlook's not-read receipt ('Not read:' subject, 'was deleted without being read', Microsoft support 'Add and "
     "request read receipts and delivery notifications')",
     rejection_mdn("notread", "Your message\n\n  To: Lena Lead\n  Subject: Quick question\n  Sent: Thursday, December "
                   "3, 2026 10:00:00 AM (UTC+00:00)\n\nwas deleted without being read on Thursday, December 3, 2026 "
                   "4:12:09 PM (UTC+00:00).\n", mdn_fields(f"rfc822;{LEAD}", "manual-action/MDN-sent-automatically; "
                                                           "deleted", name="notread", ua=""),
                   to=LEAD, from_=LENA, subject="Not read: Quick question", auto="", returned="text/rfc822-headers"),
     NB),
    ("f57-sieve-autoresponder-processed", "RFC 3798 3.2.6.2 ('processed': handled by an automatic agent without "
     "being displayed; no failure)",
     rejection_mdn("proc", f"The message you sent to {LEAD} was processed by an automatic agent.\n",
                   mdn_fields(f"rfc822; {LEAD}", "automatic-action/MDN-sent-automatically; processed", name="proc"),
                   to=LEAD, subject="Disposition notification: Quick question", auto="Auto-Submitted: auto-replied\n"),
     NB),
]

# ---- (2) Labelled recipient lines, the quoted original's To, local part or display name only ------------------------
LB = ("labelled prose notice (Gromox data/local_bounce templates' shape: the reason, then 'Label: value' lines, the "
      "original attached)")
VMT = "Postfix smtpd_check.c 'Recipient address rejected: User unknown in virtual mailbox table'"
QUOTE = ("a groupware notice quoting the original inline under Outlook's '-----Original Message-----' block (From / "
         "Sent / To / Subject lines)")


def _lab(name: str, text: str, **kw) -> bytes:
    return with_original(name, "Undeliverable: Quick question", text, **kw)


LABEL_ROWS = [
    ("f57-label-failed-address", f"{LB}; 'Failed address:' with {VMT}",
     _lab("fa", "Your message could not be delivered.\n\nFailed address: lead@partner.example\nError: 550 5.1.1 "
          "<lead@partner.example>: Recipient address rejected: User unknown in virtual mailbox table\n", to=LEAD),
     hard("userunknown")),
    ("f57-label-flattened-original-recipient", "RFC 3464 2.3 fields flattened into a single text part by a gateway "
     "(its 'Original-Recipient:' line in the body, no status part)",
     plain("flat", "Delivery Status Notification (Failure)", "Delivery to the following recipient failed "
            "permanently:\n\nOriginal-Recipient: rfc822;lead@partner.example\nAction: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 No such user\n", from_="Mail Delivery System <postmaster@example.com>"),
     hard("userunknown")),
    ("f57-label-to-of-quoted-original-only", f"{QUOTE}; the mailbox full, the address only in the quoted To",
     plain("qto", "Undeliverable: Quick question", "Your message could not be delivered because the recipient's "
            "mailbox is full.\n\n-----Original Message-----\nFrom: Sam Seller <seller@example.com>\nSent: Thursday, "
            "December 3, 2026 10:00 AM\nTo: Lena Lead <lead@partner.example>\nSubject: Quick question\n\nHello, a "
            "quick question.\n", from_="Mail Delivery System <postmaster@partner.example>"),
     soft("mailboxfull")),
    ("f57-label-quoted-to-domain-not-found", f"{QUOTE}; the domain not found, the address only in the quoted To",
     plain("qdom", "Undeliverable: Quick question", "Delivery has failed: the recipient's domain does not exist "
            "(DNS: host not found).\n\n-----Original Message-----\nFrom: Sam Seller <seller@example.com>\nSent: "
            "Thursday, December 3, 2026 10:00 AM\nTo: lena@partner-old.example\nSubject: Quick question\n",
            from_="Mail Delivery System <postmaster@example.com>"),
     hard("hostunknown", address="lena@partner-old.example")),
    ("f57-label-failed-recipients-list", f"{LB}; 'Failed recipients:' with one line per address and its reply",
     _lab("frl", "Your message could not be delivered to some recipients.\n\nFailed recipients:\n  "
          "lead@partner.example: 550 5.1.1 User unknown\n  other@partner.example: 552 5.2.2 Mailbox full\n",
          to=LEAD, cc=OTHER), hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("f57-label-local-part-in-prose", "a site's prose naming the mailbox by its local part ('The mailbox 'lead' "
     "does not exist on this server', as Dovecot LDA / local delivery agents name the user), one recipient in To",
     _lab("lp", "The mailbox 'lead' does not exist on this server.\n", to=LENA), hard("userunknown")),
    ("f57-label-local-part-longer-cc", f"{LB}; 'Recipient: lead' while the Cc holds lead.assistant@: only the exact "
     "local part fits",
     _lab("lpc", "Your message could not be delivered.\n\nRecipient: lead\nReason: 550 5.1.1 User unknown\n",
          to=LEAD, cc="lead.assistant@partner.example"), hard("userunknown")),
    ("f57-label-display-name-in-prose", "Exchange's NDR naming a recipient by display name ('<name> could not be "
     "reached', layouts40's KB layouts), here the account disabled",
     _lab("dn", "Lena Lead could not be reached.\n\nThe recipient's account has been disabled.\n", to=LENA),
     soft("suspend")),
    ("f57-label-display-name-cc-control", "as above; the display name is the Cc recipient's: only that one",
     _lab("dnc", "Otto Other could not be reached.\n\nThe recipient's mailbox is full.\n", to=LENA, cc=OTTO),
     soft("mailboxfull", address=OTHER)),
    ("f57-label-recipient-address-trailing-period", f"{LB}; 'Recipient address: <address>.' the sentence's period "
     "after the bracket",
     _lab("rat", "Your message could not be delivered.\n\nRecipient address: <lead@partner.example>.\nReason: 550 "
          "5.1.1 mailbox unavailable\n", to=LEAD), hard("userunknown")),
]

# ---- (3) One malformed address in a report: the rest still read --------------------------------------------------
MAL = "RFC 3464 2.3.2 (Final-Recipient: address-type ; generic-address), written wrongly by a generator"
GOOD = rcpt(OTHER, "failed", "5.2.2", "552 5.2.2 Mailbox full")
GOOD_TEXT = f"<{OTHER}>: host mx.partner.example said: 552 5.2.2 Mailbox full (in\n    reply to RCPT TO command)\n"
UU = "550 5.1.1 User unknown"
BOTH = f"{LEAD}, {OTHER}"


def _mal(name: str, final: str | None, *, to: str = BOTH, first: bool = True, orig: str | None = None,
         ftype: str = "rfc822", named: str | None = None) -> bytes:
    """A Postfix-layout report: one block with `final` as written (its text line naming `named`, if any), and GOOD."""
    bad = rcpt(final, "failed", "5.1.1", UU, orig=orig, ftype=ftype)
    text = PF_TEXT + (f"<{named}>: host mx.partner.example said: {UU} (in reply\n    to RCPT TO command)\n"
                      if named else "") + GOOD_TEXT
    return report(name, text, fields(*([bad, GOOD] if first else [GOOD, bad])), to=to)


LEAD_AND_OTHER = hard("userunknown") + soft("mailboxfull", address=OTHER)
MALFORMED_ROWS = [
    ("f57-dsn-unbalanced-open-bracket", f"{MAL}: '<address' never closed",
     _mal("ubo", f"<{LEAD}", named=LEAD), LEAD_AND_OTHER),
    ("f57-dsn-unbalanced-close-bracket", f"{MAL}: 'address>' never opened, the block last",
     _mal("ubc", f"{LEAD}>", first=False, named=LEAD), LEAD_AND_OTHER),
    ("f57-dsn-trailing-dot-domain", f"{MAL}: the domain with a root's trailing dot (RFC 1034 3.1 absolute name)",
     _mal("tdot", f"{LEAD}.", named=LEAD), LEAD_AND_OTHER),
    ("f57-dsn-double-at", f"{MAL}: 'lead@@partner.example', no address at all; the other block read",
     _mal("dat", "lead@@partner.example"), soft("mailboxfull", address=OTHER)),
    ("f57-dsn-needless-quotes", f"{MAL}; RFC 5321 4.1.2 (a quoted-string local part equal to its dot-string: "
     "'\"lena.lead\"@' is lena.lead@)",
     _mal("nq", '"lena.lead"@partner.example', to=f"lena.lead@partner.example, {OTHER}"),
     hard("userunknown", address="lena.lead@partner.example") + soft("mailboxfull", address=OTHER)),
    ("f57-dsn-raw-utf8-in-rfc822-type", f"{MAL}: raw UTF-8 under the rfc822 type in a plain delivery-status (RFC 6533 "
     "3 wants utf-8 and a global report; older SMTPUTF8 relays wrote it so)",
     _mal("raw8", "jürgen@partner.example", to=f"jürgen@partner.example, {OTHER}"),
     hard("userunknown", address="jürgen@partner.example") + soft("mailboxfull", address=OTHER)),
    ("f57-dsn-display-name-in-final", f"{MAL}: a display name before the bracketed address",
     _mal("dname", f"Lena Lead <{LEAD}>"), LEAD_AND_OTHER),
    ("f57-dsn-type-without-semicolon", f"{MAL}: 'rfc822 address' with no ';'",
     _mal("nosemi", f"rfc822 {LEAD}", ftype=""), LEAD_AND_OTHER),
    ("f57-dsn-empty-final-xtext-orcpt", "RFC 3461 4.2 (ORCPT in xtext: '+2B' is '+') carried to Original-Recipient, "
     "the Final-Recipient empty",
     _mal("xt", "", orig="rfc822;lead+2Bsales@partner.example", to=f"lead+sales@partner.example, {OTHER}"),
     hard("userunknown", address="lead+sales@partner.example") + soft("mailboxfull", address=OTHER)),
]

ROWS = SIEVE_ROWS + LABEL_ROWS + MALFORMED_ROWS
