"""The fiftieth review (review_notices50.py says what it reads), its second pass: more address forms and delays,
other addresses inside a failed recipient's report (a new address, our sender), and the encodings and markup a
recipient has to be read through. Expectations written before the classifier ran; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import gmail_own
from tests.classifier.review_notices14_layouts import exim, postfix, qmail, sendmail
from tests.classifier.review_notices37_layouts import DELAY_LEAD, exim_warning, postfix_delay
from tests.classifier.review_notices50_layouts import block, exchange2003, opensmtpd, plain, report, sendmail_warning
from tests.classifier.review_notices50_sources import (
    DOMINO, EXIM, EXO, EX03, GMAIL, KIM, LEAD, LEE, OSMTPD, PF, QM, R, RFC3461, RFC3464, RFC6533, SM, _D, _EX,
    _EX03_TEXT, _EXB, _HOST, _QM_LOCAL, _SM_T, _one, delayed, hard, soft)


# ---- more forms, delays and lists (the second pass over the sources) --------------------------------
MORE = [
    ("d-no-address-type", RFC3464 + " (a gateway that leaves out the address-type: malformed, the address plain)",
     _one("notype", "lead@example.org"), hard(LEAD)),
    ("d-no-type-angle", RFC3464 + " (no address-type, the address in brackets)", _one("notype2", "<lead@example.org>"),
     hard(LEAD)),
    ("d-x-actual-recipient", SM + " (X-Actual-Recipient: the virtusertable target; Final-Recipient the RCPT name)",
     report("xact", [block("RFC822; lead@example.org", extra="X-Actual-Recipient: RFC822; l.person@mail.example.org\n")]),
     hard(LEAD)),
    ("d-idn-a-label", RFC3464 + "; RFC 5890 (the A-label as the server wrote it)",
     _one("idn", "rfc822; lead@xn--mnchen-3ya.example", to="lead@xn--mnchen-3ya.example"),
     hard("lead@xn--mnchen-3ya.example")),
    ("d-trailing-blank-and-tab", RFC3464, report("blank", ["Final-Recipient: rfc822; lead@example.org \t\nAction: failed\n"
                                                      "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"]),
     hard(LEAD)),
    ("d-plus-tag-plain", RFC3464 + " (a plus tag that looks like xtext: '+20' read literally outside ORCPT)",
     _one("plus20", "rfc822; lead+2024@example.org", to="lead+2024@example.org"), hard("lead+2024@example.org")),
    ("d-original-xtext-only-orcpt-differs", RFC3461 + "; " + RFC3464 + " (ORCPT with '+2B' for the tag we sent)",
     _one("orx", "rfc822; lead+news@example.org", orig="rfc822;lead+2Bnews@example.org", to="lead+news@example.org"),
     hard("lead+news@example.org")),
    ("d-utf8-original-rfc822-final", RFC6533 + "; " + RFC3464,
     _one("u8o", "rfc822; lead@example.org", orig="utf-8; lead@example.org"), hard(LEAD)),
    ("m-two-delayed", RFC3464, report("2dl", [block("rfc822; lead@example.org", "delayed", "4.4.1", diag=None),
                                              block(f"rfc822; {KIM}", "delayed", "4.4.1", diag=None)],
                                      subject="Delayed Mail (still being retried)", to=f"{LEAD}, {KIM}"),
     delayed(LEAD, KIM)),
    ("m-failed-delayed-delivered-relayed", RFC3464 + " (one of each)",
     report("each", [block("rfc822; lead@example.org"), block(f"rfc822; {KIM}", "delayed", "4.4.1", diag=None),
                     block(f"rfc822; {LEE}", "delivered", "2.0.0", diag=_D),
                     block("rfc822; ann@partner.example", "relayed", "2.0.0", diag=None)],
            to=f"{LEAD}, {KIM}, {LEE}, ann@partner.example"), hard(LEAD) + delayed(KIM)),
    ("m-failed-original-alias-of-delivered", RFC3464 + " (an alias: one member delivered, one failed; both with the "
     "alias as Original-Recipient)",
     report("alm", [block("rfc822; kim@mail.example.org", orig="rfc822; team@example.org"),
                    block("rfc822; lee@mail.example.org", "delivered", "2.0.0", orig="rfc822; team@example.org", diag=_D)],
            to="team@example.org"), hard("kim@mail.example.org")),
    ("pd-postfix-delay", PF + " (the delay template, Action delayed)", postfix_delay("r50 pf delay",
     "450 4.2.0 <x>: Recipient address rejected: Greylisted".replace("<x>", f"<{DELAY_LEAD}>"), "4.2.0"),
     delayed(DELAY_LEAD)),
    ("pd-exim-warning", EXIM + " (moan.c warning: 'The address to which the message has not yet been delivered is:')",
     exim_warning("r50 exim warning", "451 4.3.0 Temporary lookup failure", "4.3.0"), delayed(DELAY_LEAD)),
    ("pd-sendmail-warning", SM + " (a delay warning)",
     sendmail_warning("smw", f"<{LEAD}>", "Connection timed out with mx.example.org.", to=LEAD), delayed(LEAD)),
    ("sm-plain-expanded-two-members", SM + " (errbody without MIME; '(expanded from: <alias>)' under each member)",
     sendmail("exp2", [("<kim@mail.example.org>", "550 5.1.1 User unknown", "<team@example.org>"),
                       ("<lee@mail.example.org>", "550 5.1.1 User unknown", "<team@example.org>")], [],
              to="team@example.org", transcript=_SM_T.format(a="kim@mail.example.org"), mime=False),
     hard("kim@mail.example.org", "lee@mail.example.org")),
    ("sm-deferred-given-up", SM + " ('Message could not be delivered for 5 days': a timeout, not a dead address)",
     sendmail("gaveup", [(f"<{LEAD}>", "Deferred: Connection timed out with mx.example.org.", None)],
              [(LEAD, None, "4.4.7", "SMTP; 421 4.4.1 Connection timed out")], to=LEAD,
              transcript=f"<{LEAD}>... Deferred: Connection timed out with mx.example.org.\n"
                         "Message could not be delivered for 5 days\nMessage will be deleted from queue"), soft(LEAD)),
    ("sm-three-one-cc-delivered", SM + " (two of three failed; the Cc is not named)",
     sendmail("3", [(f"<{LEAD}>", "550 5.1.1 User unknown", None), (f"<{KIM}>", "550 5.1.1 User unknown", None)],
              [(LEAD, None, "5.1.1", "550 5.1.1 User unknown"), (KIM, None, "5.1.1", "550 5.1.1 User unknown")],
              to=f"{LEAD}, {KIM}", cc=LEE, transcript=_SM_T.format(a=LEAD) + "\n" + _SM_T.format(a=KIM)),
     hard(LEAD, KIM)),
    ("q-upper-and-plus", QM, qmail("up", [("Lead+CRM@Example.ORG", _QM_LOCAL)], to="Lead+CRM@Example.ORG"),
     hard("lead+crm@example.org")),
    ("q-sender-in-return-path-only", QM + " (our sender in the returned copy's Return-Path and From)",
     qmail("rp", [(LEAD, _QM_LOCAL)], to=f"{LEAD}, seller@example.com"), hard(LEAD)),
    ("e-unrouteable-no-host-line", EXIM + " ('Unrouteable address': no host line)",
     exim("unr", [(LEAD, None, "Unrouteable address")], to=LEAD, dsn=[(LEAD, "X-Exim; Unrouteable address")]),
     hard(LEAD, reasons=("userunknown", "hostunknown"))),
    ("e-two-one-generated", EXIM + " (a direct address and a redirected one in one bounce)",
     exim("mix", [(LEAD, _HOST, _EX.format(a=LEAD)),
                  (f"kim@mail.partner.example\n    (generated from {KIM})", _HOST, _EX.format(a="kim@mail.partner.example"))],
          to=f"{LEAD}, {KIM}", dsn=[(LEAD, "550 5.1.1 User unknown"), (KIM, "550 5.1.1 User unknown")],
          failed=[LEAD, "kim@mail.partner.example"]), hard(LEAD, KIM)),
    ("e-retry-timeout", EXIM + " ('retry timeout exceeded': soft)",
     exim("rto", [(LEAD, None, "retry timeout exceeded")], to=LEAD, dsn=[(LEAD, "X-Exim; retry timeout exceeded")]),
     soft(LEAD)),
    ("os-upper-case", OSMTPD, opensmtpd("uc", ["LEAD@EXAMPLE.ORG: 550 5.1.1 User Unknown"], to=LEAD), hard(LEAD)),
    ("os-envelope-expired", OSMTPD + " ('Envelope expired': a timeout)",
     opensmtpd("exp", [f"{LEAD}: Envelope expired", f"{KIM}: Envelope expired"], to=f"{LEAD}, {KIM}"), soft(LEAD, KIM)),
    ("os-one-of-three", OSMTPD + " (the two other recipients delivered: not listed)",
     opensmtpd("1of3", [f"{KIM}: 550 5.1.1 <{KIM}>... User Unknown"], to=f"{LEAD}, {KIM}, {LEE}"), hard(KIM)),
    ("dm-dsn-part", DOMINO + "; " + RFC3464 + " (Domino's DSN with 'rfc822;<addr>')",
     report("dmd", [block("rfc822;<lead@example.org>", diag="smtp;550 5.1.1 User not listed in Domino Directory")],
            sender="Postmaster <postmaster@acme.example>", subject="DELIVERY FAILURE: User lead@example.org not listed "
            "in Domino Directory", text="Your message\n\n  Subject: Quick question\n\nwas not delivered to:\n\n"
            "  lead@example.org\n\nbecause:\n\n  User lead@example.org not listed in Domino Directory\n",
            host="acme.example"), hard(LEAD)),
    ("outlook-com-two", EXO + " (Outlook.com's consumer NDR 'Delivery has failed to these recipients or groups:' "
     "with 'addr (addr)')",
     report("olc", [block("rfc822;lead@example.org", diag=_EXB), block(f"rfc822;{KIM}", diag=_EXB)],
            sender="postmaster@outlook.com", subject="Undeliverable: Quick question", host="DB5PR01MB0001.eurprd01.prod.outlook.com",
            text=f"Delivery has failed to these recipients or groups:\n\n{LEAD} ({LEAD})\nThe email address you entered "
            f"couldn't be found.\n\n{KIM} ({KIM})\nThe email address you entered couldn't be found.\n",
            to=f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
    ("gm-sender-named-in-body", GMAIL + " (Gmail's body names our sender's message; only the recipient failed)",
     gmail_own("550 5.1.1 User unknown", status="5.1.1", heading="Address not found",
               body=f"Your message to {LEAD} from seller@example.com wasn't delivered because the address couldn't be "
                    "found.", address=LEAD, remote="mx.example.org"), hard(LEAD)),
    ("subj-xfr-angle-brackets", EXIM + " (a gateway writing the header's address in brackets; hand-made)",
     plain("xfrb", "Mail delivery failed: returning message to sender",
           "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
           "delivered to one or more of its\nrecipients. This is a permanent error.\n\n  550 5.1.1 User unknown\n",
           to=f"{LEAD}, {KIM}", xfr=f"<{LEAD}>"), hard(LEAD)),
]

# ---- other addresses inside a failed recipient's report: a new address, our sender ---------------
_SND = "seller@example.com"
SENDER_SIDE = [(LEAD, False, (), "sender", False)]
OTHERS = [
    ("o-qmail-new-address-suggested", QM + " (the recipient's server names where to write instead: a suggestion, not a "
     "failed recipient)",
     qmail("new", [(LEAD, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 <lead@example.org>: this "
                          "address no longer accepts mail, please write to lead.new@newco.example\nGiving up on 192.0.2.25.")],
           to=LEAD), hard(LEAD)),
    ("o-postfix-try-another", PF + " (the reply names another address to try)",
     postfix("try", [(LEAD, None, "host mx.example.org[192.0.2.25] said: 550 5.1.1 <lead@example.org>: User unknown; "
                     f"contact {KIM} for sales (in reply to RCPT TO command)")],
             [(LEAD, f"rfc822; {LEAD}", "5.1.1", f"550 5.1.1 <lead@example.org>: User unknown; contact {KIM} for sales")],
             to=LEAD), hard(LEAD)),
    ("o-exim-has-moved", EXIM + "; RFC 3463 X.1.6 (destination mailbox has moved, no forwarding address)",
     exim("moved", [(LEAD, _HOST, "SMTP error from remote mail server after RCPT TO:<lead@example.org>: 550 5.1.6 "
                                  "Recipient has moved; please use lead@newco.example")],
          to=LEAD, dsn=[(LEAD, "550 5.1.6 Recipient has moved; please use lead@newco.example")]),
     [(LEAD, True, ("hasmoved", "userunknown"), R, False)]),
    ("o-dsn-sender-rejected-names-seller", RFC3464 + "; Postfix smtpd reject_unknown_sender_domain ('<%s>: Sender "
     "address rejected: Domain not found', review 32's layout)",
     report("srej", [block("rfc822; lead@example.org", "failed", "5.1.8",
                           diag=f"smtp; 553 5.1.8 <{_SND}>: Sender address rejected: Domain not found")]), SENDER_SIDE),
    ("o-exim-after-mail-from", EXIM + " ('SMTP error from remote mail server after MAIL FROM:<%s> SIZE=%d:')",
     exim("mf", [(LEAD, _HOST, f"SMTP error from remote mail server after MAIL FROM:<{_SND}> SIZE=1514: 550 5.7.1 "
                                "Sender rejected by policy")], to=LEAD, dsn=[(LEAD, "550 5.7.1 Sender rejected by policy")]),
     SENDER_SIDE),
    ("o-qmail-sender-rejected", QM + " (qmail-remote.c 'Connected to %s but sender was rejected.')",
     qmail("snd", [(LEAD, "Connected to 192.0.2.25 but sender was rejected.\nRemote host said: 553 sorry, your envelope "
                          "sender domain must exist (#5.7.1)\nGiving up on 192.0.2.25.")], to=LEAD), SENDER_SIDE),
    ("o-sendmail-pipe-expanded-from-lead", SM + " (a program the recipient's .forward named failed: the pipe is no "
     "address; the RCPT name is ours)",
     sendmail("pipe", [("|/usr/bin/procmail", "Service unavailable", f"<{LEAD}>")],
              [(LEAD, None, "5.3.0", "X-Unix; unknown mailer error 1")], to=LEAD,
              transcript="... while talking to local.:\n554 5.3.0 unknown mailer error 1"), soft(LEAD)),
    ("o-exim-file-generated-by", EXIM + " ('save to %s generated by %s': a file delivery's parent is the recipient)",
     exim("file", [(f"save to /home/lead/Mail/inbox\n    generated by {LEAD}", None,
                    "mailbox is full (MTA-imposed quota exceeded while writing to /home/lead/Mail/inbox)")],
          to=LEAD, dsn=[(LEAD, "X-Exim; mailbox is full")], failed=[LEAD]),
     [(LEAD, False, ("mailboxfull",), R, False)]),
    ("o-postfix-local-expanded-full", PF + "; Postfix local(8) ('cannot update mailbox %s for user %s. %s')",
     postfix("lfull", [("lead@mail.example.org", LEAD, "cannot update mailbox /var/mail/lead for user lead. error writing "
                        "message: Disk quota exceeded")],
             [("lead@mail.example.org", f"rfc822; {LEAD}", "5.2.2", "cannot update mailbox /var/mail/lead for user "
               "lead. error writing message: Disk quota exceeded")], to=LEAD),
     [("lead@mail.example.org", False, ("mailboxfull",), R, False)]),
    ("o-undisclosed-recipients", RFC3464 + " (the original's To is 'undisclosed-recipients:;': only the report names "
     "the address)", _one("undis", "rfc822; lead@example.org", to="undisclosed-recipients:;"), hard(LEAD)),
    ("o-no-action-field", RFC3464 + " (a block without its required Action: the 5.x.x status says failed)",
     report("noact", ["Final-Recipient: rfc822; lead@example.org\nStatus: 5.1.1\n"
                      "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"]), hard(LEAD)),
    ("o-original-recipient-brackets-case", RFC3464,
     _one("obr", "rfc822; j.doe@mail.example.org", orig="rfc822;<Sales@Example.org>", to="sales@example.org"),
     hard("j.doe@mail.example.org")),
    ("o-xfr-upper-dsn-lower", RFC3464 + "; " + EXIM, report("xfrc", [block("rfc822; lead@example.org")], xfr="LEAD@EXAMPLE.ORG"),
     hard(LEAD)),
    ("o-gmail-delay", GMAIL + " (Gmail's 'Delivery Status Notification (Delay)': Action delayed)",
     gmail_own("421 4.4.1 Connection timed out", status="4.4.1", heading="Message not delivered",
               body=f"There was a temporary problem delivering your message to {LEAD}. Gmail will retry for 44 more "
                    "hours. You'll be notified if the delivery fails permanently.", action="delayed")
     .replace(b"Subject: Delivery Status Notification (Failure)", b"Subject: Delivery Status Notification (Delay)"),
     delayed(LEAD)),
    ("o-success-expanded-alias", PF + " (NOTIFY=SUCCESS to an alias: Postfix's 'expanded' report, no failure)",
     report("sexp", [block("rfc822; team@example.org", "expanded", "2.0.0", diag="X-Postfix; alias expanded")],
            subject="Successful Mail Delivery Report", to="team@example.org",
            text="This is the mail system at host mail.example.com.\n\nYour message was successfully delivered to the "
                 "destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further "
                 "notifications. Otherwise you may still receive notifications\nof mail delivery errors from other "
                 "systems.\n\n<team@example.org>: alias expanded\n"), []),
]

# ---- encodings and markup a recipient has to be read through ---------------------------------------
_EXO_HTML = ("<html><body><div><p style=\"font-size:16pt\">Your message to <a href=\"mailto:lead@example.org\">"
             "lead@example.org</a> couldn't be delivered.</p><p>lead wasn't found at example.org.</p>"
             "<p><b>Original Message Details</b></p><table><tr><td>Created Date:</td><td>12/3/2026 10:00:00 AM</td></tr>"
             "<tr><td>Sender Address:</td><td>seller@example.com</td></tr><tr><td>Recipient Address:</td>"
             "<td>lead@example.org</td></tr><tr><td>Subject:</td><td>Quick question</td></tr></table>"
             "<p>Error Details</p><p>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
             "SMTP address lookup</p><p>DSN generated by: DB5PR01MB0001.eurprd01.prod.outlook.com</p>"
             "<p>Need help? <a href=\"mailto:postmaster@outlook.com\">postmaster@outlook.com</a></p></div></body></html>")


def _exo_html(name: str, with_dsn: bool) -> bytes:
    dsn = ("--H50\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;DB5PR01MB0001.eurprd01.prod.outlook.com\n\n"
           "Final-Recipient: rfc822;lead@example.org\nAction: failed\nStatus: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n"
           if with_dsn else "")
    kind = "multipart/report; report-type=delivery-status" if with_dsn else "multipart/mixed"
    return ("From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>\n"
            "To: seller@example.com\nSubject: Undeliverable: Quick question\nX-MS-Exchange-Message-Is-Ndr: \n"
            f"Message-ID: <r50-{name}@DB5PR01MB0001.eurprd01.prod.outlook.com>\nAuto-Submitted: auto-replied\n"
            f"X-Hand-Made: yes (Exchange Online HTML NDR, review 50)\nMIME-Version: 1.0\nContent-Type: {kind}; "
            'boundary="H50"\n\n--H50\nContent-Type: text/html; charset=utf-8\n\n' + _EXO_HTML + "\n" + dsn
            + "--H50\nContent-Type: text/rfc822-headers\n\nFrom: Seller <seller@example.com>\nTo: lead@example.org\n"
            f"Subject: Quick question\nMessage-ID: <review50-{name}@example.com>\n\n--H50--\n").encode()


def _crlf(raw: bytes) -> bytes:
    return raw.replace(b"\n", b"\r\n")


def _b64_report(name: str) -> bytes:
    import base64
    fields = ("Reporting-MTA: dns; mail.example.com\n\n" + block("rfc822; lead@example.org") + "\n"
              + block(f"rfc822; {KIM}") + "\n" + block(f"rfc822; {LEE}", "delivered", "2.0.0", diag=_D))
    encoded = base64.encodebytes(fields.encode()).decode()
    return ("From: MAILER-DAEMON@mail.example.com\nTo: seller@example.com\nSubject: Delivery Status Notification\n"
            f"Message-Id: <r50-{name}@mail.example.com>\nX-Hand-Made: yes (review 50)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B64"\n\n'
            f"--B64\nContent-Type: text/plain\n\n{NEUTRAL_TEXT}\n--B64\nContent-Type: message/delivery-status\n"
            f"Content-Transfer-Encoding: base64\n\n{encoded}\n--B64\nContent-Type: text/rfc822-headers\n\n"
            f"From: Seller <seller@example.com>\nTo: {LEAD}, {KIM}, {LEE}\nSubject: Quick question\n\n--B64--\n").encode()


NEUTRAL_TEXT = "Your message could not be delivered to one or more recipients."
_QP_BODY = ("Your message did not reach some or all of the intended recipients.\n\nThe following recipient could not "
            "be reached: lead.person.with.a.long.name@exam=\nple.org\n\n550 5.1.1 User unknown\n")
ENCODED = [
    ("h-exo-html-with-dsn", EXO + " (the HTML NDR's 'Original Message Details' table: Sender Address, Recipient "
     "Address; the help mailto)", _exo_html("hd", True), [(LEAD, True, ("userunknown",), R, False)]),
    ("h-exo-html-no-dsn", EXO + " (the same HTML without its DSN part: the sender and the help address in the same "
     "table)", _exo_html("hn", False), [(LEAD, True, ("userunknown",), R, False)]),
    ("h-crlf-mixed-actions", RFC3464 + " (CRLF line ends, as mail is stored by many IMAP servers)",
     _crlf(report("crlf", [block("rfc822; lead@example.org"), block(f"rfc822; {KIM}", "delivered", "2.0.0", diag=_D),
                           block(f"rfc822; {LEE}", "delayed", "4.4.1", diag=None)], to=f"{LEAD}, {KIM}, {LEE}")),
     hard(LEAD) + delayed(LEE)),
    ("h-base64-delivery-status", RFC3464 + "; RFC 2045 §6 (a base64 message/delivery-status part)", _b64_report("b64"),
     hard(LEAD, KIM)),
    ("h-qp-soft-break-in-address", "RFC 2045 §6.7 (a quoted-printable soft line break inside the address; a gateway's "
     "plain notice, hand-made)",
     plain("qp", "Undeliverable: Quick question", _QP_BODY, to="lead.person.with.a.long.name@example.org")
     .replace(b"Content-Type: text/plain; charset=utf-8\n", b"Content-Type: text/plain; charset=utf-8\n"
              b"Content-Transfer-Encoding: quoted-printable\n"),
     hard("lead.person.with.a.long.name@example.org")),
    ("h-display-name-looks-like-address", EX03 + " (the display name is another address: '\"kim@partner.example\" "
     "<lead@example.org>')",
     exchange2003("dnaddr", [(KIM, _EX03_TEXT, "5.1.1")], to=f'"{KIM}" <lead@example.org>'), hard(LEAD)),
    ("h-display-name-is-same-address", EX03 + " (control: the display name is the address itself)",
     exchange2003("dnsame", [(LEAD, _EX03_TEXT, "5.1.1")], to=f'"{LEAD}" <{LEAD}>, Kim Other <{KIM}>'), hard(LEAD)),
    ("h-display-name-and-real-address-both", EX03 + " (control: the listed address is also a recipient's own address: "
     "that one failed)",
     exchange2003("dnboth", [(KIM, _EX03_TEXT, "5.1.1")], to=f'"{KIM}" <{LEAD}>, {KIM}'), hard(KIM)),
    ("h-2003-cc-listed-by-name", EX03 + " (the one failed recipient is a Cc, named by its display name)",
     exchange2003("ccname", [("Kim Other", _EX03_TEXT, "5.1.1")], to=f"Lead Person <{LEAD}>", cc=f"Kim Other <{KIM}>"),
     hard(KIM)),
    ("h-postmaster-line-under-subject-address", "a gateway notice whose Subject names the failed address and whose "
     "body names only its postmaster (hand-made)",
     plain("dfpm", f"Delivery failure: {LEAD}", "Your message could not be delivered.\n\n550 5.1.1 User unknown\n\n"
           "Questions? Write to postmaster@mail.example.com\n", to=LEAD), hard(LEAD)),
    ("h-subject-address-body-none", "a plain NDR whose body names no address; the original subject names one "
     "(hand-made; Exchange's 'Undeliverable: <subject>')",
     plain("sub", f"Undeliverable: Intro from {KIM}", "Your message did not reach some or all of the intended "
           "recipients.\n\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n", to=LEAD), hard(LEAD)),
    ("h-exim-same-address-twice", EXIM + " (one address given twice on the envelope)",
     exim("twice", [(LEAD, _HOST, _EX.format(a=LEAD)), (LEAD, _HOST, _EX.format(a=LEAD))], to=f"{LEAD}, {LEAD}",
          dsn=[(LEAD, "550 5.1.1 User unknown"), (LEAD, "550 5.1.1 User unknown")]), hard(LEAD)),
    ("h-utf8-global-with-original", RFC6533,
     _one("u8go", "utf-8; jürgen@example.org", orig="utf-8; jürgen@example.org", to="jürgen@example.org",
          kind="message/global-delivery-status"), hard("jürgen@example.org")),
]

ROWS = MORE + OTHERS + ENCODED
