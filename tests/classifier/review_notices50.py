"""The fiftieth review: the failed recipients, exactly. The product writes a bounce onto the CRM
contact whose address failed; a missed recipient keeps a dead address mailed, an extra one (our
sender, a postmaster, a Reporting-MTA, a forwarding target read as the contact, a recipient that
was delivered) marks a good prospect bounced. Whole notices as the MTAs print failed recipients:
RFC 3464 Final-Recipient/Original-Recipient in each address type (rfc822, utf-8, x400, unknown)
and each spelling (angle brackets, comments, quoted local parts, a trailing dot, upper case,
xtext), reports mixing failed, delayed, delivered, relayed and expanded recipients, alias and
forward expansion, X-Failed-Recipients, Sendmail's and qmail's lists, Exim's indented entries,
Exchange's display names, Domino's, OpenSMTPD's, Gmail's; addresses in the Subject; our own
sender, postmaster and the Reporting-MTA; the same recipient twice. Expectations were written from
the sources BEFORE the classifier ran. ORIGINS: what Classification.origin must map a failed
address back to (DESIGN.md "Trust"). All HAND-MADE; test_review_notices50.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices14_layouts import exim
from tests.classifier.review_notices50_layouts import block, opensmtpd, report
from tests.classifier.review_notices50_sources import (
    EXIM, KIM, LEAD, LEE, OSMTPD, PF, R, RFC3461, RFC3464, RFC6533, SM, UNKNOWN_DIAG, _D, _one, delayed, hard)


# ---- one recipient, each way RFC 3464 lets a report spell it --------------------------------------
FORMS = [
    ("d-rfc822-control", RFC3464, _one("ctl", "rfc822; lead@example.org"), hard(LEAD)),
    ("d-type-upper-no-space", RFC3464 + " (address-type is case-insensitive; no blank required after ';')",
     _one("upper", "RFC822;lead@example.org"), hard(LEAD)),
    ("d-angle-brackets", RFC3464 + "; Exchange and Domino write '<addr>' in the generic-address",
     _one("angle", "rfc822; <lead@example.org>"), hard(LEAD)),
    ("d-comment-after", RFC3464 + " (RFC 822 comments allowed in structured fields)",
     _one("comment", "rfc822; lead@example.org (Lead Person)"), hard(LEAD)),
    ("d-comment-before", RFC3464 + " (RFC 822 comments allowed in structured fields)",
     _one("comment2", "rfc822; (Lead Person) lead@example.org"), hard(LEAD)),
    ("d-display-name-and-angle", RFC3464 + "; a gateway writing the To mailbox rather than the addr-spec",
     _one("dname", 'rfc822; "Person, Lead" <lead@example.org>'), hard(LEAD)),
    ("d-trailing-dot-domain", RFC3464 + "; RFC 1034 §3.1 (an absolute name ends in a dot; sendmail's savemail.c strips it "
     "only from Remote-MTA)", _one("dot", "rfc822; lead@example.org."), hard(LEAD)),
    ("d-upper-case-address", RFC3464 + "; RFC 5321 §2.4 (domain caseless; CRMs keep addresses lower-case)",
     _one("case", "rfc822; LEAD@EXAMPLE.ORG"), hard(LEAD)),
    ("d-mixed-case-final-lower-original", RFC3464, _one("mixed", "rfc822; Lead@Example.ORG", orig="rfc822; lead@example.org"),
     hard(LEAD)),
    ("d-utf8-type-ascii-address", RFC6533, _one("u8a", "utf-8; lead@example.org"), hard(LEAD)),
    ("d-utf8-global-non-ascii", RFC6533, _one("u8g", "utf-8; jürgen@example.org", to="jürgen@example.org",
                                              kind="message/global-delivery-status"), hard("jürgen@example.org")),
    ("d-utf8-hexpoint-escape", RFC6533 + " (utf-8-addr-xtext in an ASCII message/delivery-status)",
     _one("u8x", "utf-8; j\\x{FC}rgen@example.org", to="jürgen@example.org"), hard("jürgen@example.org")),
    ("d-x400-final-rfc822-original", RFC3464 + " §2.3.1 (the ORCPT the sender gave) and the x400 address type (RFC 3464 "
     "§2.3.2 registers 'x400')",
     _one("x400", "x400; /G=Lead/S=Person/O=Example/PRMD=Example/ADMD=; /C=GB/", orig="rfc822; lead@example.org"),
     hard(LEAD)),
    ("d-unknown-type", RFC3464 + " (address-type 'unknown' when the gateway cannot tell the type)",
     _one("unk", "unknown; lead@example.org"), hard(LEAD)),
    ("d-xtext-plus-in-original", RFC3461 + "; " + PF + " (dsn_orcpt printed as given)",
     _one("xorig", "rfc822; first+crm@example.org", orig="rfc822;first+2Bcrm@example.org", to="first+crm@example.org"),
     hard("first+crm@example.org")),
    ("d-xtext-plus-in-final-sendmail", RFC3461 + "; " + SM + " (Final-Recipient through xtextify)",
     _one("xfinal", "RFC822; first+2Bcrm@example.org", to="first+crm@example.org"), hard("first+crm@example.org")),
    ("d-xtext-equals-in-final", RFC3461 + "; " + SM, _one("xeq", "RFC822; a+3Db@example.org", to="a=b@example.org"),
     hard("a=b@example.org")),
    ("d-folded-final-recipient", RFC3464 + " (RFC 822 folding of a long field)",
     report("fold", [block("rfc822;\n\tlead@example.org")]), hard(LEAD)),
    ("d-lower-case-field-names", RFC3464 + " (field names case-insensitive)",
     report("lowf", ["final-recipient: rfc822; lead@example.org\naction: failed\nstatus: 5.1.1\n"
                     "diagnostic-code: smtp; 550 5.1.1 User unknown\n"]), hard(LEAD)),
    ("d-quoted-local-part-needless", RFC3464 + "; RFC 5321 §4.1.2 (a quoted-string local part; the quotes kept as the "
     "server printed them, review 14's rule)", _one("q", 'rfc822; "lead.person"@example.org', to='"lead.person"@example.org'),
     hard('"lead.person"@example.org')),
    ("d-alias-final-original-differ", RFC3464 + "; " + PF + " (virtual alias: Original-Recipient the address we sent to)",
     _one("alias", "rfc822; j.doe@mail.example.org", orig="rfc822; sales@example.org", to="sales@example.org"),
     hard("j.doe@mail.example.org")),
    ("d-alias-original-xtext-upper", RFC3461 + "; " + RFC3464,
     _one("aliasx", "rfc822; j.doe@mail.example.org", orig="RFC822;Sales+2BQ4@Example.org", to="Sales+Q4@Example.org"),
     hard("j.doe@mail.example.org")),
    ("d-final-no-space-angle-upper", RFC3464, _one("nsa", "RFC822;<LEAD@example.org>"), hard(LEAD)),
    ("d-x400-only-one-recipient-original", RFC3464 + " (x400 address, no ORCPT; the original went to one address)",
     _one("x400only", "x400; /G=Lead/S=Person/O=Example/ADMD= /C=GB/"), hard(LEAD)),
]

# ---- several recipients, several actions in one report --------------------------------------------
MIXED = [
    ("m-failed-and-delivered", RFC3464 + " (NOTIFY=SUCCESS,FAILURE: a delivered recipient in the same report)",
     report("fd", [block("rfc822; lead@example.org"), block(f"rfc822; {KIM}", "delivered", "2.0.0", diag=_D)],
            to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("m-failed-and-relayed", RFC3464 + " (relayed: handed to a system that sends no DSN)",
     report("fr", [block("rfc822; lead@example.org"), block(f"rfc822; {KIM}", "relayed", "2.0.0", diag=None)],
            to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("m-failed-and-expanded", SM + " ('expanded (to multi-recipient alias)')",
     report("fe", [block("rfc822; lead@example.org"),
                   block("RFC822; team@partner.example", "expanded (to multi-recipient alias)", "2.0.0", diag=None)],
            to=f"{LEAD}, team@partner.example"), hard(LEAD)),
    ("m-failed-and-sendmail-relayed", SM + " ('relayed (to non-DSN-aware mailer)')",
     report("fsr", [block("RFC822; lead@example.org"),
                    block(f"RFC822; {KIM}", "relayed (to non-DSN-aware mailer)", "2.0.0", diag=None)],
            to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("m-delayed-only", RFC3464 + " (Action delayed, Will-Retry-Until)",
     report("dl", [block("rfc822; lead@example.org", "delayed", "4.4.1", diag="smtp; 421 4.4.1 Connection timed out",
                         extra="Will-Retry-Until: Mon, 7 Dec 2026 10:00:00 +0000\n")],
            subject="Delayed Mail (still being retried)"), delayed(LEAD)),
    ("m-failed-and-delayed", RFC3464,
     report("fdl", [block("rfc822; lead@example.org"),
                    block(f"rfc822; {KIM}", "delayed", "4.4.1", diag="smtp; 421 4.4.1 Connection timed out")],
            to=f"{LEAD}, {KIM}"), hard(LEAD) + delayed(KIM)),
    ("m-all-delivered-success", RFC3464 + " (a success report: no failure)",
     report("ok", [block("rfc822; lead@example.org", "delivered", "2.0.0", diag=_D)],
            subject="Successful Mail Delivery Report", text="This is the mail system at host mail.example.com.\n\n"
            "Your message was successfully delivered to the destination(s)\nlisted below.\n"), []),
    ("m-relayed-only", RFC3464, report("ro", [block("rfc822; lead@example.org", "relayed", "2.0.0", diag=None)],
                                       subject="Relayed Mail Delivery Report",
                                       text="Your message was relayed to the destination(s) listed below.\n"), []),
    ("m-expanded-only", SM, report("eo", [block("RFC822; team@example.org", "expanded (to multi-recipient alias)",
                                                "2.0.0", diag=None)], subject="Return receipt",
                                   text="The original message was received and expanded to a list.\n",
                                   to="team@example.org"), []),
    ("m-same-recipient-two-blocks", RFC3464 + " (a report listing one recipient twice: one delivery)",
     report("dup", [block("rfc822; lead@example.org"), block("rfc822; lead@example.org")]), hard(LEAD)),
    ("m-same-recipient-two-cases", RFC3464 + "; RFC 5321 §2.4",
     report("dupc", [block("rfc822; lead@example.org"), block("rfc822; LEAD@Example.org")]), hard(LEAD)),
    ("m-three-failed-one-delivered", RFC3464,
     report("three", [block("rfc822; lead@example.org"), block(f"rfc822; {KIM}"), block(f"rfc822; {LEE}"),
                      block("rfc822; ann@partner.example", "delivered", "2.0.0", diag=_D)],
            to=f"{LEAD}, {KIM}, {LEE}, ann@partner.example"), hard(LEAD, KIM, LEE)),
    ("m-action-upper-case", RFC3464 + " (action-value is case-insensitive)",
     report("au", ["Final-Recipient: rfc822; lead@example.org\nAction: FAILED\nStatus: 5.1.1\n"
                   f"Diagnostic-Code: {UNKNOWN_DIAG}\n"]), hard(LEAD)),
    ("m-failed-hard-and-full", RFC3464,
     report("hf", [block("rfc822; lead@example.org"),
                   block(f"rfc822; {KIM}", status="5.2.2", diag="smtp; 552 5.2.2 Mailbox full")],
            to=f"{LEAD}, {KIM}"), hard(LEAD) + [(KIM, False, ("mailboxfull",), R, False)]),
    ("m-delivered-cc-in-original-only", RFC3464 + " (a Cc the report does not name at all)",
     report("cc", [block("rfc822; lead@example.org")], cc=f"{KIM}, {LEE}"), hard(LEAD)),
    ("m-xfr-agrees-with-two-blocks", RFC3464 + "; " + EXIM + " (the header as Exim folds it)",
     report("xfr2", [block("rfc822; lead@example.org"), block(f"rfc822; {KIM}")], xfr=f"{LEAD},\n  {KIM}",
            to=f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
]

# ---- our sender, postmasters, reporting hosts: never recipients -----------------------------------
_PF_TEXT = ("This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could "
            "not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send "
            "mail to <postmaster@mail.example.com>\n\nIf you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n                   The mail system\n\n"
            "<lead@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1\n    <lead@example.org>: Recipient "
            "address rejected: User unknown (in reply to RCPT TO\n    command)\n")
OURS = [
    ("s-postmaster-and-x-postfix-sender", PF,
     report("pm", [block("rfc822; lead@example.org", orig="rfc822; lead@example.org")], text=_PF_TEXT,
            per_message="X-Postfix-Queue-ID: 4Zb1X2Y3Q\nX-Postfix-Sender: rfc822; seller@example.com\n"), hard(LEAD)),
    ("s-text-names-sender-and-recipient", RFC3464 + "; a gateway's sentence naming both ends (hand-made)",
     report("both", [block("rfc822; lead@example.org")],
            text="Your message from seller@example.com to lead@example.org could not be delivered.\n"), hard(LEAD)),
    ("s-reply-to-postmaster-header", RFC3464 + "; a notice with 'Reply-To: postmaster@...' (hand-made)",
     report("rt", [block("rfc822; lead@example.org")], top="Reply-To: postmaster@mail.example.com\n"), hard(LEAD)),
    ("s-diag-names-postmaster", RFC3464 + "; a refusal that names the remote postmaster (hand-made)",
     report("dpm", [block("rfc822; lead@example.org",
                          diag="smtp; 550 5.1.1 <lead@example.org>: no such user here; questions to postmaster@example.org")]),
     hard(LEAD)),
    ("s-reporting-mta-is-an-address-host", RFC3464 + " (Reporting-MTA a dns name, never a recipient)",
     report("rmta", [block("rfc822; lead@example.org")], host="bounce.example.com",
            sender="MAILER-DAEMON@bounce.example.com"), hard(LEAD)),
    ("s-received-from-mta-and-envelope-id", RFC3464 + " §2.2 (Original-Envelope-Id, Received-From-MTA)",
     report("env", [block("rfc822; lead@example.org")],
            per_message="Original-Envelope-Id: seller+2Bcampaign-42@example.com\nReceived-From-MTA: dns; seller.example.com\n"),
     hard(LEAD)),
    ("s-sender-copied-self-delivered", RFC3464 + " (the seller's own copy delivered, in the same report)",
     report("self", [block("rfc822; lead@example.org"),
                     block("rfc822; seller@example.com", "delivered", "2.0.0", diag=_D)],
            to=LEAD, cc="seller@example.com"), hard(LEAD)),
    ("s-exim-errors-to-sender-paragraph", EXIM + " ('A message sent by <%s>' names our sender)",
     exim("snd", [(LEAD, "mx.example.org [192.0.2.25]",
                   "SMTP error from remote mail server after RCPT TO:<lead@example.org>: 550 5.1.1 User unknown")],
          to=LEAD, dsn=[(LEAD, "550 5.1.1 User unknown")], sender_line="seller@example.com"), hard(LEAD)),
    ("s-opensmtpd-sender-in-received", OSMTPD,
     opensmtpd("snd", ["lead@example.org: 550 5.1.1 <lead@example.org>... User Unknown"], to=LEAD), hard(LEAD)),
    ("s-postmaster-copy-recipient-list", PF + " (the postmaster's copy, 'Postmaster Copy: Undelivered Mail', names "
     "the same recipient)",
     report("pmc", [block("rfc822; lead@example.org")], subject="Postmaster Copy: Undelivered Mail",
            sender="MAILER-DAEMON@mail.example.com (Mail Delivery System)"), hard(LEAD)),
]

ROWS = FORMS + MIXED + OURS

ORIGINS = {
    "d-alias-final-original-differ": {"j.doe@mail.example.org": "sales@example.org"},
    "d-alias-original-xtext-upper": {"j.doe@mail.example.org": "sales+q4@example.org"},
    "d-xtext-plus-in-original": {"first+crm@example.org": "first+crm@example.org"},
    "p-forward-target-expanded-from": {"lead.home@gmail.example": LEAD},
    "p-two-failed-one-expanded": {"kim@mail.partner.example": KIM},
    "p-alias-two-members-one-failed": {"kim@mail.example.org": "team@example.org"},
    "p-orcpt-xtext-original": {"first+crm@example.org": "first+crm@example.org"},
    "e-xfr-only-names-target-no-dsn": {"lead.home@gmail.example": LEAD},
    "o-original-recipient-brackets-case": {"j.doe@mail.example.org": "sales@example.org"},
    "o-postfix-local-expanded-full": {"lead@mail.example.org": LEAD},
    "m-failed-original-alias-of-delivered": {"kim@mail.example.org": "team@example.org"},
    "d-original-xtext-only-orcpt-differs": {"lead+news@example.org": "lead+news@example.org"},
}
__all__ = ["ROWS", "ORIGINS"]
