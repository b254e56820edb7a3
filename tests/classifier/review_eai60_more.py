"""EAI 60's further rows (see review_eai60.py): subaddresses, quoted local parts, capitals, folded and encoded
headers, percent-hack and source routes, addresses in prose, and two controls (a success report and a delay warning
for a UTF-8 address). HAND-MADE; expectations written before the classifier ran on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_eai60_layouts import (EXIM_SRC, EXO_PLUS, EXO_SRC, GMAIL_SRC, PF_PERCENT, PF_SRC,
                                                   QMAIL_SRC, RFC2047, RFC3464, RFC5321_QUOTED, RFC5321_ROUTE, RFC6533,
                                                   SENDMAIL_SRC, exim_entry, exim_plain, original, pf, plain_notice,
                                                   rcpt, report, said, sendmail_notice)
from tests.classifier.review_holdout50 import HU, R, g_nosuch, g_remote, hard, later, soft
from tests.classifier.review_holdout50_layouts import exo, qmail

UNKNOWN_PF = "550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table"
EXO_WHY = ("The email address you entered couldn't be found. Please check the recipient's email address and try to "
           "resend the message.", "How to Fix It\nCheck the address for typos and send the message again.")
LEAD = "lead@partner-logistics.example"
LONG = "purchasing.department.emea@partner-logistics-holding.example"
NOSUCH_SM = "550 5.1.1 <{a}>... User unknown"


def _exo(rid: str, a: str, diag: str, status: str) -> bytes:
    return exo(rid, a, why=EXO_WHY[0], fix=EXO_WHY[1], diag=diag, status=status)


SUBADDRESS_ROWS = [
    ("ea60-gmail-plus-tag-nosuch", f"{GMAIL_SRC}; Gmail's NoSuchUser reply for a tagged address",
     g_nosuch("p1", "j.ortiz+crm@partner-logistics.example"), hard("j.ortiz+crm@partner-logistics.example")),
    ("ea60-exo-plus-tag-5110", f"{EXO_SRC}; {EXO_PLUS}: plus addressing off, 'lead+q4@' has no proxy address",
     _exo("p2", "lead+q4@partner-logistics.example", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
          "lead+q4@partner-logistics.example not found by SMTP address lookup", "5.1.10"),
     hard("lead+q4@partner-logistics.example")),
    ("ea60-qmail-dash-extension", QMAIL_SRC,
     qmail("p3", "lead-news@partner-logistics.example", detail="Sorry, no mailbox here by that name. (#5.1.1)"),
     hard("lead-news@partner-logistics.example")),
    ("ea60-exim-plus-tag-xfailed", f"{EXIM_SRC}; the tag kept in X-Failed-Recipients and RCPT TO",
     exim_plain("p4", "anna+vendors@partner-logistics.example", exim_entry(
         "anna+vendors@partner-logistics.example", "550 5.1.1 <anna+vendors@partner-logistics.example>: "
         "Recipient address rejected: User unknown"), "anna+vendors@partner-logistics.example"),
     hard("anna+vendors@partner-logistics.example")),
    ("ea60-pf-tag-dropped-in-final", f"{PF_SRC}; {RFC3464}: the receiving site strips the extension (Final-Recipient "
     "'anna@'), Original-Recipient keeps the tagged address we wrote; the final mailbox failed",
     pf("p5", said("anna@partner-logistics.example", UNKNOWN_PF.format(a="anna@partner-logistics.example"),
                   expanded="anna+vendors@partner-logistics.example"),
        [rcpt("rfc822; anna@partner-logistics.example", "5.1.1", UNKNOWN_PF.format(a="anna@partner-logistics.example"),
              orig="rfc822; anna+vendors@partner-logistics.example")], "anna+vendors@partner-logistics.example"),
     hard("anna@partner-logistics.example")),
]

FORM_ROWS = [
    ("ea60-pf-quoted-local-space", f"{PF_SRC}; {RFC5321_QUOTED}",
     pf("q1", said('"john doe"@partner-logistics.example', UNKNOWN_PF.format(a='"john doe"@partner-logistics.example')),
        [rcpt('rfc822; "john doe"@partner-logistics.example', "5.1.1",
              UNKNOWN_PF.format(a='"john doe"@partner-logistics.example'))], '"john doe"@partner-logistics.example'),
     hard('"john doe"@partner-logistics.example')),
    ("ea60-sendmail-apostrophe-local", f"{SENDMAIL_SRC}; RFC 5322 §3.2.3 (\"'\" is atext: o'brien@ needs no quotes)",
     sendmail_notice("q2", "o'brien@partner-logistics.example", NOSUCH_SM.format(a="o'brien@partner-logistics.example"),
                     [rcpt("RFC822; o'brien@partner-logistics.example", "5.1.1",
                           NOSUCH_SM.format(a="o'brien@partner-logistics.example"))],
                     "Liam O'Brien <o'brien@partner-logistics.example>"), hard("o'brien@partner-logistics.example")),
    ("ea60-exim-quoted-double-dot", f"{EXIM_SRC}; {RFC5321_QUOTED} (two dots in a row only inside quotes)",
     exim_plain("q3", '"j..smith"@partner-logistics.example', exim_entry(
         '"j..smith"@partner-logistics.example', '550 5.1.1 <"j..smith"@partner-logistics.example>: Recipient '
         'address rejected: User unknown'), '"j..smith"@partner-logistics.example'),
     hard('"j..smith"@partner-logistics.example')),
    ("ea60-gmail-512-punctuation-words", f"{GMAIL_SRC}: the domain misspelt; the reply's own words speak of "
     "'periods, or other punctuation after the recipient's email address'",
     g_remote("q4", "lead@partner-logistics.exmaple", "553-5.1.2 We weren't able to find the recipient domain. Please "
              "check for any\n553-5.1.2 spelling errors, and make sure you didn't enter any spaces,\n553-5.1.2 "
              "periods, or other punctuation after the recipient's email\n553 5.1.2 address. "
              "a640c23a62f3a-q4si1234567a.2 - gsmtp", "5.1.2", "gmail-smtp-in.l.google.com"),
     [("lead@partner-logistics.exmaple", True, HU, R, False)]),
    ("ea60-gmail-capitals-final", f"{GMAIL_SRC}; RFC 5321 §2.4 (a local part's case may matter): kept as written",
     g_nosuch("c1", "J.Ortiz@Partner-Logistics.COM"), hard("J.Ortiz@Partner-Logistics.COM")),
    ("ea60-exim-capitals-local-lower-domain", f"{EXIM_SRC} (Exim lowercases the domain, keeps the local part's "
     "case); the original's To in the CRM's capitals",
     exim_plain("c2", "J.Ortiz@partner-logistics.com", exim_entry("J.Ortiz@partner-logistics.com", "550 5.1.1 "
                "<J.Ortiz@partner-logistics.com>: Recipient address rejected: User unknown"),
                "J.Ortiz@Partner-Logistics.COM"), hard("J.Ortiz@partner-logistics.com")),
    ("ea60-exo-all-capitals", f"{EXO_SRC} (RecipNotFound for an address written in capitals)",
     _exo("c3", "PURCHASING@PARTNER-LOGISTICS.EXAMPLE", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1"),
     hard("PURCHASING@PARTNER-LOGISTICS.EXAMPLE")),
]

FOLDED_ROWS = [
    ("ea60-exim-xfailed-folded-two", f"{EXIM_SRC} (X-Failed-Recipients lists every failed address, folded as RFC "
     "5322 §2.2.3 allows)",
     exim_plain("f1", "a.weber@partner-logistics.example,\n  b.kraus@partner-logistics.example",
                exim_entry("a.weber@partner-logistics.example", "550 5.1.1 <a.weber@partner-logistics.example>: User "
                           "unknown") + exim_entry("b.kraus@partner-logistics.example", "550 5.1.1 "
                                                   "<b.kraus@partner-logistics.example>: User unknown"),
                "a.weber@partner-logistics.example,\n b.kraus@partner-logistics.example"),
     hard("a.weber@partner-logistics.example") + hard("b.kraus@partner-logistics.example")),
    ("ea60-pf-final-recipient-folded", f"{PF_SRC}; {RFC3464} (a field folded like any RFC 822 header)",
     pf("f2", said(LONG, UNKNOWN_PF.format(a=LONG)),
        [rcpt(f"rfc822;\n    {LONG}", "5.1.1", UNKNOWN_PF.format(a=LONG), orig=f"rfc822;\n    {LONG}")], LONG),
     hard(LONG)),
    ("ea60-exim-to-encoded-display-name", f"{EXIM_SRC}; {RFC2047}: the original's To has an encoded display name",
     exim_plain("f3", "j.mueller@bau-partner.example", exim_entry("j.mueller@bau-partner.example", "550 5.1.1 "
                "<j.mueller@bau-partner.example>: User unknown"),
                "=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <j.mueller@bau-partner.example>"),
     hard("j.mueller@bau-partner.example")),
    ("ea60-exo-to-folded-three-one-failed", f"{EXO_SRC}: the original's To folded over three lines, one of three "
     "failed",
     report("f4", frm="Microsoft Outlook <postmaster@example.net>", subject="Undeliverable: Quick question about "
            "your Q4 logistics", text="Your message to b.kraus@partner-logistics.example couldn't be delivered.\n\n"
            f"{EXO_WHY[0]}\n\n{EXO_WHY[1]}\n\nMore Info for Email Admins\nStatus code: 550 5.1.1\n",
            blocks=[rcpt("rfc822;b.kraus@partner-logistics.example", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; "
                         "not found", remote=None)],
            orig=original("Anna Weber <a.weber@partner-logistics.example>,\n Bernd Kraus\n <b.kraus@partner-"
                          "logistics.example>,\n c.vogel@partner-logistics.example", "f4"),
            reporting="SA1PR19MB5432.namprd19.prod.outlook.com"), hard("b.kraus@partner-logistics.example")),
    ("ea60-gateway-hard-wrap-splits-address", "a mail gateway's plain notice hard-wrapped at 60 columns (the address "
     "cut at its hyphen); the original's To holds it whole",
     plain_notice("f5", "Mail Gateway <postmaster@gw.partner-logistics-holding.example>", "Delivery failure",
                  "Your message could not be delivered to the following recipient:\n\n  purchasing.department.emea@"
                  "partner-logistics-\nholding.example\n\nReason: 550 5.1.1 User unknown\n", LONG), hard(LONG)),
    ("ea60-exim-xfailed-encoded-word", f"{EXIM_SRC} frame; {RFC2047}: a non-conforming writer put the failed "
     "address in X-Failed-Recipients as an encoded-word; the list below it names the same address in UTF-8",
     exim_plain("f6", "=?utf-8?q?j=C3=BCrgen=40bau-partner=2Eexample?=", exim_entry("jürgen@bau-partner.example",
                "550 5.1.1 <jürgen@bau-partner.example>: User unknown"), "jürgen@bau-partner.example"),
     hard("jürgen@bau-partner.example")),
]

ROUTE_ROWS = [
    ("ea60-sendmail-percent-hack-unknown", f"{SENDMAIL_SRC}; RFC 1123 §5.2.16 / RFC 5321 Appendix C (the "
     "'%'-route: 'lead%partner-logistics.example@relay...' is the address we wrote, named as it stands)",
     sendmail_notice("r1", "lead%partner-logistics.example@relay.partner.example", NOSUCH_SM.format(
         a="lead%partner-logistics.example@relay.partner.example"),
         [rcpt("RFC822; lead%partner-logistics.example@relay.partner.example", "5.1.1", NOSUCH_SM.format(
             a="lead%partner-logistics.example@relay.partner.example"))],
         "lead%partner-logistics.example@relay.partner.example"),
     hard("lead%partner-logistics.example@relay.partner.example")),
    ("ea60-pf-percent-hack-relay-denied", f"{PF_SRC}; {PF_PERCENT}: a refusal to relay, not a missing mailbox",
     pf("r2", said("lead%other-firm.example@mx.partner-logistics.example", "554 5.7.1 "
                   "<lead%other-firm.example@mx.partner-logistics.example>: Relay access denied"),
        [rcpt("rfc822; lead%other-firm.example@mx.partner-logistics.example", "5.7.1", "554 5.7.1 "
              "<lead%other-firm.example@mx.partner-logistics.example>: Relay access denied")],
        "lead%other-firm.example@mx.partner-logistics.example"),
     soft("lead%other-firm.example@mx.partner-logistics.example", ("norelaying",), None)),
    ("ea60-dsn-source-route-final-with-original", f"{RFC5321_ROUTE}; {RFC3464} (Sun ONE / Oracle Messaging Server "
     "writes the LMTP hop's route in Final-Recipient)",
     report("r3", frm="Internet Mail Delivery <postmaster@mail.partner-logistics.example>", subject="Delivery "
            "Notification: Delivery has failed", text=f"This report relates to a message you sent.\n\nRecipient "
            f"address: {LEAD}\nReason: Remote SMTP server has rejected address\nDiagnostic code: smtp;550 5.1.1 unknown"
            " or illegal alias\n", blocks=[rcpt(f"rfc822;@ims-ms-daemon.partner-logistics.example:{LEAD}", "5.1.1",
                                                 "550 5.1.1 unknown or illegal alias", orig=f"rfc822;{LEAD}",
                                                 remote="ims-ms-daemon")],
            orig=original(LEAD, "r3"), reporting="mail.partner-logistics.example"), hard(LEAD)),
    ("ea60-dsn-source-route-final-alone", f"{RFC5321_ROUTE}: a two-hop route in angle brackets, no Original-Recipient",
     report("r4", frm="Mail Delivery System <MAILER-DAEMON@relay.example.net>", subject="Returned mail",
            text=f"Delivery to the following recipient failed permanently:\n\n  {LEAD}\n\n550 5.1.1 user unknown\n",
            blocks=[rcpt(f"rfc822; <@relay.example.net,@mx.partner-logistics.example:{LEAD}>", "5.1.1",
                         "550 5.1.1 user unknown")], orig=original(LEAD, "r4"), reporting="relay.example.net"),
     hard(LEAD)),
    ("ea60-dsn-final-in-angle-brackets", f"{RFC3464} (the field holds an addr-spec; a writer added angle brackets)",
     report("r5", frm="Mail Delivery System <MAILER-DAEMON@relay.example.net>", subject="Returned mail",
            text=f"Your message to <{LEAD}> could not be delivered.\n",
            blocks=[rcpt(f"rfc822; <{LEAD}>", "5.1.1", "550 5.1.1 <" + LEAD + ">: no such user")],
            orig=original(LEAD, "r5"), reporting="relay.example.net"), hard(LEAD)),
]

PROSE_ROWS = [
    ("ea60-plain-prose-sentence-full-stop", "a small server's plain notice; the sentence's full stop right after the "
     "address (RFC 5321 §4.1.2: a domain never ends in '.')",
     plain_notice("w1", "MAILER-DAEMON <mailer-daemon@gw.partner-logistics.example>", "Undeliverable mail",
                  f"We could not deliver your message to {LEAD}. The mailbox does not exist.\n", LEAD), hard(LEAD)),
    ("ea60-plain-prose-double-quotes", "a plain notice naming the address in double quotes, the reply after a colon",
     plain_notice("w2", "MAILER-DAEMON <mailer-daemon@gw.partner-logistics.example>", "Delivery failure",
                  f"The address \"{LEAD}\" was rejected by the destination server: 550 5.1.1 no such user.\n", LEAD),
     hard(LEAD)),
    ("ea60-plain-prose-list-comma-full-stop", "a plain notice listing two failed addresses in one sentence, a comma "
     "after the first, a full stop after the second",
     plain_notice("w3", "MAILER-DAEMON <mailer-daemon@gw.partner-logistics.example>", "Delivery failure",
                  "Delivery failed permanently for a.weber@partner-logistics.example, b.kraus@partner-logistics.example."
                  "\nReason: 550 5.1.1 no such user here.\n",
                  "a.weber@partner-logistics.example, b.kraus@partner-logistics.example"),
     hard("a.weber@partner-logistics.example") + hard("b.kraus@partner-logistics.example")),
    ("ea60-plain-prose-angle-full-stop", "a plain notice: '<address>.' closing its sentence, the reason on the next line",
     plain_notice("w4", "MAILER-DAEMON <mailer-daemon@gw.partner-logistics.example>", "Returned mail",
                  f"Your message could not be delivered to <{LEAD}>.\nThe server said: 550 5.1.1 User unknown\n", LEAD),
     hard(LEAD)),
]

CONTROL_ROWS = [
    ("ea60-pf-global-success-report", f"{PF_SRC} (Postfix's success report, NOTIFY=SUCCESS) with a 'utf-8;' "
     f"recipient; {RFC6533}: no bounce",
     report("k1", frm="MAILER-DAEMON@mail.example.com (Mail Delivery System)", subject="Successful Mail Delivery "
            "Report", text="This is the mail system at host mail.example.com.\n\nYour message was successfully "
            "delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive "
            "no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from "
            "other systems.\n\n                   The mail system\n\n<jürgen@bau-partner.example>: delivery via "
            "mx.bau-partner.example[203.0.113.25]:25: 250\n    2.0.0 Ok: queued as 4Rb4\n",
            blocks=[rcpt("utf-8; jürgen@bau-partner.example", "2.0.0", "250 2.0.0 Ok: queued as 4Rb4",
                         action="relayed", remote="mx.bau-partner.example")],
            orig=original("jürgen@bau-partner.example", "k1"), glob=True, headers_only=True), []),
    ("ea60-pf-global-delay-warning", f"{PF_SRC} (delay-warning template, Action: delayed) for a 'utf-8;' recipient",
     report("k2", frm="MAILER-DAEMON@mail.example.com (Mail Delivery System)", subject="Delayed Mail (still being "
            "retried)", text="This is the mail system at host mail.example.com.\n\n####################################"
            "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\nYour message could not be "
            "delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
            "                   The mail system\n\n<δοκιμή@παράδειγμα.example>: connect to mx.xn--hxajbheg2az3al"
            ".example[203.0.113.44]:25:\n    Connection timed out\n",
            blocks=[rcpt("utf-8; δοκιμή@παράδειγμα.example", "4.4.1", None, action="delayed", remote=None,
                         extra="Diagnostic-Code: X-Postfix; connect to mx.xn--hxajbheg2az3al.example[203.0.113.44]:25:"
                               "\n    Connection timed out\nWill-Retry-Until: Sun, 19 Oct 2025 09:10:02 +0000 (UTC)\n")],
            orig=original("δοκιμή@παράδειγμα.example", "k2"), glob=True, headers_only=True),
     later("δοκιμή@παράδειγμα.example")),
]

MORE_ROWS = SUBADDRESS_ROWS + FORM_ROWS + FOLDED_ROWS + ROUTE_ROWS + PROSE_ROWS + CONTROL_ROWS
