"""Review recipients45, round two (see review_recipients45.py): whole notices written after the first round's mends,
probing the set again where an address that is no failed recipient stands in a shape failed ones use (a postmaster
address in angle brackets, our sender in Microsoft 365's details table, a bracketed suggestion in a Sendmail
transcript), where one recipient is written two ways (case, U-label vs A-label), a success report, our own sender Cc'd
and failed, and one refusal after DATA for two recipients. HAND-MADE; expectations written before the classifier ran
on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_layouts42_layouts import exchange_html, m365_html
from tests.classifier.review_recipients45 import CC3, FULL, PF, PF_FULL, PF_UU, S, TO2, UU, hard, said, soft
from tests.classifier.review_recipients45_layouts import KIM, LEAD, LEE, SELLER, exchange2010, exim, flat, head, opensmtpd, \
    original, postfix, qmail, rcpt, report, sendmail, yahoo

MX = "mx.partner.example [192.0.2.25]"
ULABEL = "lead@münchen-partner.example"
ALABEL = "lead@xn--mnchen-partner-gsb.example"
PF_SUCCESS = ("This is the mail system at host mail.example.com.\n\nYour message was successfully delivered to the "
              "destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further "
              "notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other "
              "systems.\n\n                   The mail system\n\n")
DETAILS = ("<br><br><table><tr><td colspan=\"2\"><b>Original Message Details</b></td></tr>"
           "<tr><td>Created Date:</td><td>12/7/2026 9:00:00 AM</td></tr>"
           f"<tr><td>Sender Address:</td><td>{SELLER}</td></tr>"
           f"<tr><td>Recipient Address:</td><td>{LEAD}</td></tr>"
           "<tr><td>Subject:</td><td>Quick question</td></tr></table>")
SPAM = "550 5.7.1 Message rejected as spam by Content Filtering"

ROWS = [
    ("r45b-pf-intro-names-postmaster-address", f"{PF}, the site's intro giving the postmaster as a full address in "
     "angle brackets ('please send mail to <postmaster@...>', bounce_template_file's own text)",
     postfix("b1", said(LEAD, PF_UU.format(LEAD)), [rcpt(f"rfc822; {LEAD}", "failed", "5.1.1", PF_UU.format(LEAD))],
             to=TO2).replace(b"please send mail to postmaster.", b"please send mail to\n<postmaster@mail.example.com>."),
     [hard(LEAD, *UU)]),
    ("r45b-pf-self-cc-failed", f"{PF}: our own sender Cc'd on the mail and its own mailbox full, beside a failed "
     "recipient: both are failed recipients of the report (the planner's trust rules decide what our own address is)",
     postfix("b2", said(LEAD, PF_UU.format(LEAD)) + said(SELLER, PF_FULL.format(SELLER), host="mail.example.com"
                                                          "[192.0.2.10]"),
             [rcpt(f"rfc822; {LEAD}", "failed", "5.1.1", PF_UU.format(LEAD)),
              rcpt(f"rfc822; {SELLER}", "failed", "5.2.2", PF_FULL.format(SELLER), remote="mail.example.com")],
             to=LEAD, cc=SELLER),
     [hard(LEAD, *UU), soft(SELLER, *FULL)]),
    ("r45b-pf-one-address-two-cases", f"{PF}: the text and Original-Recipient in the original's case, Final-Recipient "
     "in lower case: one recipient",
     postfix("b3", said("Lead@Partner.Example", PF_UU.format("Lead@Partner.Example")),
             [rcpt(f"rfc822; {LEAD}", "failed", "5.1.1", PF_UU.format("Lead@Partner.Example"),
                   orig="rfc822; Lead@Partner.Example")], to="Lena Lead <Lead@Partner.Example>"),
     [hard(LEAD, *UU)]),
    ("r45b-pf-success-report-two", "Postfix bounce_template.c default success text ('Your message was successfully "
     "delivered to the destination(s)\\nlisted below.', Subject 'Successful Mail Delivery Report', NOTIFY=SUCCESS), "
     "two recipients Action: delivered / relayed: no bounce",
     report("b4", head("MAILER-DAEMON@mail.example.com (Mail Delivery System)", "Successful Mail Delivery Report",
                       "b4", "Auto-Submitted: auto-replied\n"),
            PF_SUCCESS + f"<{LEAD}>: delivery via mx.partner.example[192.0.2.25]:25: 250 2.0.0 Ok: queued as 4Rb4\n\n"
            f"<{KIM}>: delivery via mx.partner.example[192.0.2.25]:25: 250 2.0.0 Ok: queued as 4Rb5\n",
            f"Reporting-MTA: dns; mail.example.com\nX-Postfix-Sender: rfc822; {SELLER}\n\n"
            + "\n".join(rcpt(f"rfc822; {a}", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 4Rb4") for a in (LEAD, KIM)),
            to=TO2, cc=CC3, headers_only=True, mark="Postfix bounce(8) success report"),
     []),
    ("r45b-ex-end-of-data-two", "Exim/exim src/src/deliver.c and transports/smtp.c ('SMTP error from remote mail "
     "server after end of data:'): one content refusal reported for both recipients of the transaction",
     exim("b5", f"  {LEAD}\n    host {MX}\n    SMTP error from remote mail server after end of data:\n    {SPAM}\n"
          f"  {KIM}\n    host {MX}\n    SMTP error from remote mail server after end of data:\n    {SPAM}\n",
          [LEAD, KIM], to=TO2, cc=CC3),
     [soft(LEAD, "spamdetected"), soft(KIM, "spamdetected")]),
    ("r45b-sm-transcript-suggests-address", "Sendmail sendmail/savemail.c errbody; the transcript's '<<< 550 5.1.1 "
     "<%s>... User unknown' with the remote's bracketed suggestion after it",
     sendmail("b6", f"   ----- The following addresses had permanent fatal errors -----\n<{LEAD}>\n    (reason: 550 "
              f"5.1.1 <{LEAD}>... User unknown; try <lena.lead@partner.example>)\n",
              f"... while talking to mx.partner.example.:\n>>> RCPT To:<{LEAD}>\n<<< 550 5.1.1 <{LEAD}>... User "
              "unknown; try <lena.lead@partner.example>\n",
              [rcpt(f"RFC822; {LEAD}", "failed", "5.1.1", f"550 5.1.1 <{LEAD}>... User unknown; try "
                    "<lena.lead@partner.example>")], to=LEAD, cc=KIM),
     [hard(LEAD, *UU)]),
    ("r45b-aol-mailbox-not-found", "Yahoo's bounce as AOL's servers send it (Yahoo Help SLN3444); AOL's '552 1 "
     "Requested mail action aborted, mailbox not found' under 'Remote host said:'",
     yahoo("b7", "<lena.lead.r45@aol.com>:\n64.12.88.131 does not like recipient.\nRemote host said: 552 1 Requested "
           "mail action aborted, mailbox not found\nGiving up on 64.12.88.131.\n\n",
           to="Lena <lena.lead.r45@aol.com>, kim.r45@aol.com", host="aol.com"),
     [hard("lena.lead.r45@aol.com", *UU)]),
    ("r45b-m365-details-table-names-sender", "Microsoft 365's current NDR (review layouts42's m365_html) with its "
     "'Original Message Details' table (Created Date, Sender Address, Recipient Address, Subject): our sender's "
     "address in it is no recipient",
     exchange_html("b8", m365_html(f"Your message to {LEAD} couldn't be delivered.",
                                   "<b>lead</b> wasn't found at <b>partner.example</b>.",
                                   f"{LEAD}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                                   "Recipient not found by SMTP address lookup'").replace("</body>", DETAILS +
                                                                                           "</body>"),
                   dsn=[rcpt(f"rfc822;{LEAD}", "failed", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                             "Recipient not found by SMTP address lookup", remote=None)], to=TO2),
     [hard(LEAD, *UU)]),
    ("r45b-m365-ulabel-html-alabel-dsn", "Microsoft 365's current NDR naming an IDN recipient by its U-label in the "
     "HTML, the DSN by its A-label (RFC 5890; a report without SMTPUTF8): one recipient, as the report writes it",
     exchange_html("b9", m365_html(f"Your message to {ULABEL} couldn't be delivered.",
                                   "<b>lead</b> wasn't found at <b>münchen-partner.example</b>.",
                                   f"{ULABEL}<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not "
                                   "found'"),
                   dsn=[rcpt(f"rfc822;{ALABEL}", "failed", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                             remote=None)], to=f"Lena <{ULABEL}>"),
     [hard(ALABEL, *UU)]),
    ("r45b-pf-said-reply-names-another-domain-user", f"{PF}; the remote reply's second line names a colleague who "
     "'took over' the account (line_wrap at 79 puts her address at a continuation line's start)",
     postfix("b10", f"<{LEAD}>: host mx.partner.example[192.0.2.25] said: 550 5.1.1\n    <{LEAD}>: user unknown, "
             "please write to\n    kim.other@partner-new.example instead (in reply to RCPT TO command)\n\n",
             [rcpt(f"rfc822; {LEAD}", "failed", "5.1.1", f"550 5.1.1 <{LEAD}>: user unknown, please write to "
                   "kim.other@partner-new.example instead")], to=LEAD),
     [hard(LEAD, *UU)]),
]

# ---- Round three: prose-only notices (no status part), where every address is read from the words -----------------
OLD_EXIM_BOUNCE = ("Sam,\n\nthe list you sent last week bounced for one of them:\n\n  old.contact@partner.example\n    "
                   "host mx.partner.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT "
                   "TO:<old.contact@partner.example>:\n    550 5.1.1 User unknown\n\nplease fix it.\n")
GMAIL_LEGACY = ("Delivery to the following {who} failed permanently:\n\n{listed}\n\nTechnical details of permanent "
                "failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient "
                "domain partner.example by mx.partner.example. [192.0.2.25].\n\nThe error that the other server "
                "returned was:\n{reply}\n\n----- Original message -----\n\n")
ROUND3 = [
    ("r45b-ex-no-dsn-returned-body-quotes-exim", "Exim/exim src/src/deliver.c bounce without a DSN part; the "
     "returned message's body quotes an earlier Exim entry for another address: only the notice's own entries",
     exim("c1", f"  {LEAD}\n    host {MX}\n    SMTP error from remote mail server after RCPT TO:<{LEAD}>:\n    "
          f"{PF_UU.format(LEAD)}\n", [LEAD], to=TO2, body=OLD_EXIM_BOUNCE),
     [hard(LEAD, *UU)]),
    ("r45b-qm-sender-refused-in-recipients-paragraph", "qmail-1.03 qmail-send.c bounce / qmail-remote's 'does not "
     "like recipient.' with the remote's reply refusing OUR sender: the recipient, sender-side",
     qmail("c2", f"<{LEAD}>:\n192.0.2.25 does not like recipient.\nRemote host said: 550 5.7.1 <{SELLER}>: Sender "
           "address rejected: not permitted\nGiving up on 192.0.2.25.\n\n", to=LEAD, cc=KIM),
     [soft(LEAD, scope=S)]),
    ("r45b-osmtpd-moved-to-and-full", "OpenSMTPD/OpenSMTPD smtpd/bounce.c: two envelopes, the first's error naming "
     "the address the person moved to",
     opensmtpd("c3", f"{LEAD}: 550 5.1.6 <{LEAD}>: Recipient address rejected: moved to kim.new@partner-new.example\n"
                     f"{KIM}: 552 5.2.2 <{KIM}>: Mailbox full\n", to=TO2, cc=CC3),
     [hard(LEAD, "hasmoved", "userunknown"), soft(KIM, *FULL)]),
    ("r45b-sm-v5-verdict-lines-no-mime", "Sendmail V5/8.x errbody without MIME (savemail.c: '   ----- Transcript of "
     "session follows -----', usrerr's '%s... %s' verdict lines '550 <addr>... User unknown', '   ----- Unsent "
     "message follows -----')",
     flat(head("Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>", "Returned mail: User unknown", "c4"),
          f"   ----- Transcript of session follows -----\n550 {LEAD}... User unknown\n550 {LEE}... Host unknown "
          "(Name server: other-partner.example: host not found)\n\n   ----- Unsent message follows -----\n"
          + original("c4", f"{LEAD}, {LEE}", cc=CC3), mark="Sendmail V5 errbody"),
     [hard(LEAD, *UU), hard(LEE, "hostunknown")]),
    ("r45b-gmail-legacy-one", "Gmail's legacy bounce (shared/api/gmail.md section 9: 'Delivery to the following "
     "recipient failed permanently:', 'Technical details of permanent failure:', '----- Original message -----'), "
     "the whole original below with addresses in body and signature",
     flat(head("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
               "c5", f"X-Failed-Recipients: {LEAD}\n"),
          GMAIL_LEGACY.format(who="recipient", listed=f"     {LEAD}", reply=PF_UU.format(LEAD))
          + original("c5", TO2, cc=CC3), mark="Gmail legacy bounce"),
     [hard(LEAD, *UU)]),
    ("r45b-gmail-legacy-two", "Gmail's legacy bounce (as above) listing two recipients under 'the following "
     "recipients failed permanently:', one reply for both",
     flat(head("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
               "c6", f"X-Failed-Recipients: {LEAD}, {KIM}\n"),
          GMAIL_LEGACY.format(who="recipients", listed=f"     {LEAD}\n     {KIM}",
                              reply="550 5.1.1 Recipient address rejected: User unknown")
          + original("c6", TO2, cc=CC3), mark="Gmail legacy bounce"),
     [hard(LEAD, *UU), hard(KIM, *UU)]),
]
ROWS += ROUND3

# ---- Round four: attacks on one recipient's words reaching another (a verdict said of one, the other named in it) --
NAMES_KIM = f"550 5.1.1 <{LEAD}>: User unknown; mail for this team now goes to {KIM}"
ROUND4 = [
    ("r45b-attack-sm-fatal-names-the-delayed", "Sendmail sendmail/savemail.c errbody (fatal and transient sections, "
     "review_recipients45's layout); attack: the fatal one's reply names the delayed one",
     sendmail("d1", f"   ----- The following addresses had permanent fatal errors -----\n<{LEAD}>\n    (reason: "
              f"{NAMES_KIM})\n\n   ----- The following addresses had transient non-fatal errors -----\n<{KIM}>\n",
              f"... while talking to mx.partner.example.:\n>>> RCPT To:<{LEAD}>\n<<< {NAMES_KIM}\n>>> RCPT To:<{KIM}>\n"
              f"<<< 451 4.4.1 Timeout waiting for the mailbox server\n",
              [rcpt(f"RFC822; {LEAD}", "failed", "5.1.1", NAMES_KIM),
               rcpt(f"RFC822; {KIM}", "delayed", "4.4.1", "451 4.4.1 Timeout waiting for the mailbox server")], to=TO2),
     [hard(LEAD, *UU), (KIM, False, (), None, True)]),
    ("r45b-attack-qm-first-reply-names-second", "qmail-1.03 qmail-send.c bounce; attack: the first paragraph's reply "
     "names the second recipient, whose own paragraph says mailbox full",
     qmail("d2", f"<{LEAD}>:\n192.0.2.25 does not like recipient.\nRemote host said: {NAMES_KIM}\nGiving up on "
           f"192.0.2.25.\n\n<{KIM}>:\n192.0.2.25 does not like recipient.\nRemote host said: 552 5.2.2 <{KIM}>: "
           "Mailbox full\nGiving up on 192.0.2.25.\n\n", to=TO2),
     [hard(LEAD, *UU), soft(KIM, *FULL)]),
    ("r45b-attack-ex-first-error-names-second", "Exim/exim src/src/deliver.c bounce without DSN; attack: the first "
     "entry's SMTP error names the second address, whose own entry is 'retry timeout exceeded'",
     exim("d3", f"  {LEAD}\n    host {MX}\n    SMTP error from remote mail server after RCPT TO:<{LEAD}>:\n    "
          f"{NAMES_KIM}\n  {KIM}\n    retry timeout exceeded\n", [LEAD, KIM], to=TO2),
     [hard(LEAD, *UU), soft(KIM, scope=None)]),
    ("r45b-attack-x2010-policy-beside-unknown", "Exchange 2010 text NDR (review_recipients45_more's layout): one "
     "address not found, the other refused by the recipient's own restriction (5.7.1 NotAuthorized): only the first "
     "is hard",
     exchange2010("d4", "Lena Lead\nThe e-mail address you entered couldn't be found.\n\nKim, Other\nYour message "
                  "wasn't delivered because of security policies.",
                  f"{LEAD}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\n{KIM}\n#550 5.7.1 "
                  "RESOLVER.RST.NotAuthorized; not authorized ##", to=TO2, cc=CC3),
     [hard(LEAD, *UU), soft(KIM, scope=None)]),
    ("r45b-attack-osmtpd-sender-refused-beside-unknown", "OpenSMTPD/OpenSMTPD smtpd/bounce.c; attack: the first "
     "envelope refused for OUR sender (the reply quotes it), the second for no such user",
     opensmtpd("d5", f"{LEAD}: 550 5.7.1 <{SELLER}>: Sender address rejected: Access denied\n"
                     f"{KIM}: 550 5.1.1 <{KIM}>: Recipient address rejected: User unknown\n", to=TO2),
     [soft(LEAD, scope=S), hard(KIM, *UU)]),
]
ROWS += ROUND4
