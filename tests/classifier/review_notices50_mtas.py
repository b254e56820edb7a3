"""The fiftieth review (review_notices50.py says what it reads), the MTAs' own lists: Postfix's text and DSN,
Sendmail's lists, qmail's paragraphs, Exim's indented entries, Exchange's display names, Domino, Gmail, OpenSMTPD, and
recipients named only in headers or the Subject. Expectations written before the classifier ran; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import gmail_own
from tests.classifier.review_notices import domino
from tests.classifier.review_notices14_layouts import exim, postfix, qmail, sendmail
from tests.classifier.review_notices50_layouts import block, exchange, exchange2003, opensmtpd, plain
from tests.classifier.review_notices50_sources import (
    DOMINO, EXIM, EXO, EX03, GMAIL, KIM, LEAD, LEE, OSMTPD, PF, QM, RFC3461, SM, _EX, _EX03_TEXT, _EXB, _HOST,
    _QM_LOCAL, _SM_T, _pfr, _qm_remote, delayed, hard, soft)


# ---- Postfix's text and DSN ------------------------------------------------------------------------

POSTFIX = [
    ("p-forward-target-expanded-from", PF + " (a .forward/alias: the text '(expanded from <x>)', the DSN "
     "Original-Recipient the address we sent to)",
     postfix("fwd", [("lead.home@gmail.example", LEAD, _pfr("lead.home@gmail.example"))],
             [("lead.home@gmail.example", f"rfc822; {LEAD}", "5.1.1", "550 5.1.1 User unknown")], to=LEAD),
     hard("lead.home@gmail.example")),
    ("p-two-failed-one-expanded", PF,
     postfix("two", [("kim@mail.partner.example", KIM, _pfr("kim@mail.partner.example")), (LEAD, None, _pfr(LEAD))],
             [("kim@mail.partner.example", f"rfc822; {KIM}", "5.1.1", "550 5.1.1 User unknown"),
              (LEAD, f"rfc822; {LEAD}", "5.1.1", "550 5.1.1 User unknown")], to=f"{LEAD}, {KIM}"),
     hard("kim@mail.partner.example", LEAD)),
    ("p-alias-two-members-one-failed", PF + " (one of an alias's two members failed; the other is not named)",
     postfix("alias1", [("kim@mail.example.org", "team@example.org", _pfr("kim@mail.example.org"))],
             [("kim@mail.example.org", "rfc822; team@example.org", "5.1.1", "550 5.1.1 User unknown")],
             to="team@example.org"), hard("kim@mail.example.org")),
    ("p-orcpt-xtext-original", PF + "; " + RFC3461 + " (dsn_orcpt printed as the client sent it)",
     postfix("orcpt", [("first+crm@example.org", None, _pfr("first+crm@example.org"))],
             [("first+crm@example.org", "rfc822;first+2Bcrm@example.org", "5.1.1", "550 5.1.1 User unknown")],
             to="first+crm@example.org"), hard("first+crm@example.org")),
    ("p-same-recipient-twice-in-text", PF + " (two log entries for one recipient after a retry; one DSN block)",
     postfix("twice", [(LEAD, None, _pfr(LEAD)), (LEAD, None, _pfr(LEAD))],
             [(LEAD, f"rfc822; {LEAD}", "5.1.1", "550 5.1.1 User unknown")], to=LEAD), hard(LEAD)),
    ("p-reply-names-another-address", PF + " (the remote reply names the alias target it tried)",
     postfix("other", [(LEAD, None, "host mx.example.org[192.0.2.25] said: 550 5.1.1 <l.person@internal.example.org>: "
                       "Recipient address rejected: User unknown (in reply to RCPT TO command)")],
             [(LEAD, f"rfc822; {LEAD}", "5.1.1", "550 5.1.1 <l.person@internal.example.org>: User unknown")], to=LEAD),
     hard(LEAD)),
    ("p-upper-case-in-text-and-dsn", PF, postfix("upper", [("LEAD@EXAMPLE.ORG", None, _pfr("LEAD@EXAMPLE.ORG"))],
                                                 [("LEAD@EXAMPLE.ORG", "rfc822; LEAD@EXAMPLE.ORG", "5.1.1", "550 5.1.1 x")],
                                                 to="LEAD@EXAMPLE.ORG"), hard(LEAD)),
]

# ---- Sendmail ----------------------------------------------------------------------------------------
SENDMAIL = [
    ("sm-two-permanent-fatal", SM,
     sendmail("two", [(f"<{LEAD}>", "550 5.1.1 User unknown", None), (f"<{KIM}>", "550 5.1.1 User unknown", None)],
              [(LEAD, None, "5.1.1", "550 5.1.1 User unknown"), (KIM, None, "5.1.1", "550 5.1.1 User unknown")],
              to=f"{LEAD}, {KIM}", transcript=_SM_T.format(a=LEAD) + "\n" + _SM_T.format(a=KIM)), hard(LEAD, KIM)),
    ("sm-plain-two-and-a-cc", SM + " (errbody without MIME: no DSN part)",
     sendmail("plain2", [(f"<{LEAD}>", "550 5.1.1 User unknown", None), (f"<{KIM}>", "550 5.1.1 User unknown", None)],
              [], to=f"{LEAD}, {KIM}", cc=LEE, transcript=_SM_T.format(a=LEAD) + "\n" + _SM_T.format(a=KIM), mime=False),
     hard(LEAD, KIM)),
    ("sm-xtext-final-recipient", SM + "; " + RFC3461,
     sendmail("xt", [("<first+crm@example.org>", "550 5.1.1 User unknown", None)],
              [("first+2Bcrm@example.org", None, "5.1.1", "550 5.1.1 User unknown")], to="first+crm@example.org",
              transcript=_SM_T.format(a="first+crm@example.org")), hard("first+crm@example.org")),
    ("sm-user-unknown-dots-only", SM + " (the transcript's '<x>... User unknown' names the one recipient)",
     sendmail("dots", [(f"<{LEAD}>", "550 5.1.1 User unknown", None)], [], to=LEAD, transcript=_SM_T.format(a=LEAD),
              mime=False), hard(LEAD)),
    ("sm-alias-expanded-from", SM + " (the DSN's Final-Recipient the RCPT name, X-Actual-Recipient the target)",
     sendmail("al", [("<j.doe@mail.example.org>", "550 5.1.1 User unknown", "<sales@example.org>")],
              [("sales@example.org", "j.doe@mail.example.org", "5.1.1", "550 5.1.1 User unknown")],
              to="sales@example.org", transcript=_SM_T.format(a="j.doe@mail.example.org")), hard("sales@example.org")),
    ("sm-mixed-case-in-list", SM,
     sendmail("case", [("<Lead@Example.ORG>", "550 5.1.1 User unknown", None)],
              [("Lead@Example.ORG", None, "5.1.1", "550 5.1.1 User unknown")], to="Lead@Example.ORG",
              transcript=_SM_T.format(a="Lead@Example.ORG")), hard(LEAD)),
]

# ---- qmail -------------------------------------------------------------------------------------------

QMAIL = [
    ("q-two-paragraphs", QM, qmail("two", [(LEAD, _QM_LOCAL), (KIM, _QM_LOCAL)], to=f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
    ("q-remote-does-not-like", QM, qmail("rem", [(LEAD, _qm_remote(LEAD))], to=LEAD), hard(LEAD)),
    ("q-same-recipient-twice", QM + " (one address given twice on the envelope: two paragraphs)",
     qmail("dup", [(LEAD, _QM_LOCAL), (LEAD, _QM_LOCAL)], to=f"{LEAD}, {LEAD}"), hard(LEAD)),
    ("q-three-one-remote-two-local", QM,
     qmail("three", [(LEAD, _qm_remote(LEAD)), (KIM, _QM_LOCAL), (LEE, _QM_LOCAL)], to=f"{LEAD}, {KIM}, {LEE}"),
     hard(LEAD, KIM, LEE)),
    ("q-remote-reply-names-other", QM + " (the remote reply names the alias target)",
     qmail("oth", [(LEAD, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 <l.person@internal.example.org>"
                          "... User unknown\nGiving up on 192.0.2.25.")], to=LEAD), hard(LEAD)),
]

# ---- Exim ----------------------------------------------------------------------------------------------
EXIM_ROWS = [
    ("e-two-failed-host-lines", EXIM,
     exim("two", [(LEAD, _HOST, _EX.format(a=LEAD)), (KIM, "mx.partner.example [192.0.2.26]", _EX.format(a=KIM))],
          to=f"{LEAD}, {KIM}", dsn=[(LEAD, "550 5.1.1 User unknown"), (KIM, "550 5.1.1 User unknown")]),
     hard(LEAD, KIM)),
    ("e-three-no-dsn-folded-xfr", EXIM + " (no DSN part)",
     exim("three", [(LEAD, _HOST, _EX.format(a=LEAD)), (KIM, _HOST, _EX.format(a=KIM)), (LEE, _HOST, _EX.format(a=LEE))],
          to=f"{LEAD}, {KIM}, {LEE}", dsn=None), hard(LEAD, KIM, LEE)),
    ("e-forward-target-generated-from-dsn", EXIM + " (the DSN names the ancestor we sent to)",
     exim("gen", [(f"lead.home@gmail.example\n    (generated from {LEAD})", "gmail-smtp-in.l.gmail.example [192.0.2.40]",
                   _EX.format(a="lead.home@gmail.example"))], to=LEAD, dsn=[(LEAD, "550 5.1.1 User unknown")],
          failed=["lead.home@gmail.example"]), hard(LEAD)),
    ("e-pipe-generated-by", EXIM + " (a pipe's failure: 'pipe to |cmd\\n    generated by <parent>', X-Failed-Recipients "
     "the parent)",
     exim("pipe", [(f"pipe to |/usr/local/bin/procmail\n    generated by {LEAD}", None,
                    "Child process of local_delivery transport returned 75 (could mean temporary error)")],
          to=LEAD, dsn=[(LEAD, "X-Exim; child process returned 75")], failed=[LEAD]), soft(LEAD)),
    ("e-upper-case-and-cc", EXIM, exim("uc", [("Lead@EXAMPLE.org", _HOST, _EX.format(a="Lead@EXAMPLE.org"))],
                                       to="Lead@EXAMPLE.org", cc=KIM, dsn=[("Lead@EXAMPLE.org", "550 5.1.1 x")]),
     hard(LEAD)),
    ("e-xfr-only-names-target-no-dsn", EXIM + " (no DSN part: the redirected address is what failed)",
     exim("tgt", [(f"lead.home@gmail.example\n    (generated from {LEAD})", _HOST,
                   _EX.format(a="lead.home@gmail.example"))], to=LEAD, dsn=None), hard("lead.home@gmail.example")),
]

# ---- Exchange, Domino, Gmail, OpenSMTPD ------------------------------------------------------------
VENDORS = [
    ("x-display-name-dsn-address", EXO,
     exchange("dn", ["Lead Person"], [block("rfc822;lead@example.org", diag=_EXB, extra="X-Display-Name: Lead Person\n")],
              to="Lead Person <lead@example.org>"), hard(LEAD)),
    ("x-two-display-names-dsn", EXO,
     exchange("dn2", ["Lead Person", "Kim Other"],
              [block("rfc822;lead@example.org", diag=_EXB, extra="X-Display-Name: Lead Person\n"),
               block(f"rfc822;{KIM}", diag=_EXB, extra="X-Display-Name: Kim Other\n")],
              to="Lead Person <lead@example.org>", cc=f"Kim Other <{KIM}>, Lee Third <{LEE}>"), hard(LEAD, KIM)),
    ("x-display-name-original-only", EX03 + " (the address only in the returned original's To)",
     exchange2003("orig", [("Lead Person", _EX03_TEXT, "5.1.1")], to="Lead Person <lead@example.org>"), hard(LEAD)),
    ("x-display-name-original-to-and-cc", EX03 + " (the original had other recipients who are not listed)",
     exchange2003("origcc", [("Lead Person", _EX03_TEXT, "5.1.1")], to=f"Lead Person <lead@example.org>, Kim Other <{KIM}>",
                  cc=f"Lee Third <{LEE}>"), hard(LEAD)),
    ("x-2003-two-display-names", EX03,
     exchange2003("two", [("Lead Person", _EX03_TEXT, "5.1.1"), ("Kim Other", _EX03_TEXT, "5.1.1")],
                  to=f"Lead Person <lead@example.org>, Kim Other <{KIM}>", cc=f"Lee Third <{LEE}>"), hard(LEAD, KIM)),
    ("x-2003-display-name-is-the-address", EX03 + " (a recipient with no display name is listed by its address)",
     exchange2003("addr", [(LEAD, _EX03_TEXT, "5.1.1")], to=f"{LEAD}, Kim Other <{KIM}>"), hard(LEAD)),
    ("x-exchange-no-dsn-part", EXO + " (a relay dropped the DSN part: display name in the text, address in the "
     "original's To)",
     exchange("nodsn", ["Lead Person"], None, to=f"Lead Person <lead@example.org>, Kim Other <{KIM}>"), hard(LEAD)),
    ("x-original-rcpt-x-display", EXO + " (Exchange's Original-Recipient beside Final-Recipient)",
     exchange("orc", ["Lead Person"], [block("rfc822;lead@example.org", orig="rfc822;lead@example.org", diag=_EXB)],
              to=LEAD), hard(LEAD)),
    ("x-subject-names-an-address", EXO + " (the original's Subject names another address: 'Undeliverable: ...' names "
     "no recipient)",
     exchange("subj", ["Lead Person"], [block("rfc822;lead@example.org", diag=_EXB)], to=LEAD,
              subject="Undeliverable: Intro from kim@partner.example", orig_subject="Intro from kim@partner.example"),
     hard(LEAD)),
    ("dm-two-not-delivered-to", DOMINO,
     domino("two", "Quick question", f"{LEAD}\n  {KIM}", "User not listed in Domino Directory"), hard(LEAD, KIM)),
    ("dm-one-control", DOMINO, domino("one", "Quick question", LEAD, "User not listed in Domino Directory"), hard(LEAD)),
    ("gm-two-recipients", GMAIL,
     gmail_own("550-5.1.1 The email account that you tried to reach does not exist. - gsmtp", status="5.1.1",
               heading="Address not found",
               body=f"Your message wasn't delivered to {LEAD} because the address couldn't be found, or is unable to "
                    "receive mail.", address=LEAD, remote="mx.example.org")
     .replace(f"X-Failed-Recipients: {LEAD}".encode(), f"X-Failed-Recipients: {LEAD}, {KIM}".encode())
     .replace(b"--g1\nContent-Type: message/rfc822",
              f"Final-Recipient: rfc822; {KIM}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.partner.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--g1\nContent-Type: message/rfc822".encode()),
     hard(LEAD, KIM)),
    ("os-two-recipients", OSMTPD,
     opensmtpd("two", [f"{LEAD}: 550 5.1.1 <{LEAD}>... User Unknown", f"{KIM}: 550 5.1.1 <{KIM}>... User Unknown"],
               to=f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
    ("os-warning", OSMTPD + " (notice_warning: a delay)",
     opensmtpd("warn", [f"{LEAD}: 421 4.4.1 Connection timed out"], to=LEAD, warning=True), delayed(LEAD)),
]

# ---- one-part notices: the recipient in the headers or the subject -----------------------------------
SUBJECT = [
    ("subj-delivery-failure-names-address", "a gateway notice whose Subject names the failed address and whose body "
     "does not (the brief's 'Delivery failure: x' shape; hand-made)",
     plain("dfx", f"Delivery failure: {LEAD}", "Your message could not be delivered.\n\n550 5.1.1 User unknown\n",
           to=LEAD), hard(LEAD)),
    ("subj-undeliverable-names-original-subject", EXO + " (a plain NDR: 'Undeliverable: <original subject>' whose "
     "original subject holds an address)",
     plain("undx", f"Undeliverable: Note for {KIM}", f"Delivery has failed to these recipients or groups:\n\n{LEAD}\n"
           "The email address you entered couldn't be found.\n\nDiagnostic information for administrators:\n\n"
           f"Generating server: EX01.corp.example.com\n\n{LEAD}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n",
           to=LEAD), hard(LEAD)),
    ("subj-xfr-header-only", EXIM + " (X-Failed-Recipients the one naming of the address)",
     plain("xfr", "Mail delivery failed: returning message to sender",
           "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
           "delivered to one or more of its\nrecipients. This is a permanent error.\n\n  550 5.1.1 User unknown\n",
           to=f"{LEAD}, {KIM}", xfr=LEAD), hard(LEAD)),
    ("subj-xfr-two-headers", EXIM + " (a gateway writing one X-Failed-Recipients header per address; hand-made)",
     plain("xfr2", "Mail delivery failed: returning message to sender",
           f"This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
           f"delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
           f"  {LEAD}\n    550 5.1.1 User unknown\n  {KIM}\n    550 5.1.1 User unknown\n",
           to=f"{LEAD}, {KIM}", xfr=f"{LEAD}\nX-Failed-Recipients: {KIM}"), hard(LEAD, KIM)),
]

ROWS = POSTFIX + SENDMAIL + QMAIL + EXIM_ROWS + VENDORS + SUBJECT
