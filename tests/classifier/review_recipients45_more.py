"""Review recipients45, second half (see review_recipients45.py): Courier, OpenSMTPD, Gmail, Yahoo / AOL, Exchange
2010 and Microsoft 365 / Exchange 2013-2019 HTML, Domino, MDaemon. HAND-MADE whole notices; expectations written
before the classifier ran on them."""

from __future__ import annotations

from tests.classifier.review_layouts42_layouts import exchange2013_html, exchange_html, m365_html
from tests.classifier.review_recipients45 import CC3, FULL, PF_UU, TO2, UU, delay, hard, soft
from tests.classifier.review_recipients45_layouts import KIM, LEAD, LEE, SELLER, courier, courier_banner, domino, \
    exchange2010, gmail, mdaemon, opensmtpd, rcpt, yahoo

CO = "Courier courier/module.dsn (courier-mta.org/courierdsn.html; review 25's layout)"
COURIER_ROWS = [
    ("r45-courier-failed-and-delayed", f"{CO}: an 'UNDELIVERABLE MAIL' section and a 'DELAYED MAIL' section in one "
     "notice, each '<addr>:' with the SMTP dialogue; Action failed / delayed",
     courier("c1", courier_banner("UNDELIVERABLE MAIL") + "Your message to the following recipients cannot be "
             f"delivered:\n\n<{LEAD}>:\n    mx.partner.example [192.0.2.25]:\n>>> RCPT TO:<{LEAD}>\n<<< "
             f"{PF_UU.format(LEAD)}\n\n" + courier_banner("DELAYED MAIL") + "Your message to the following recipients "
             f"has not been delivered yet:\n\n<{KIM}>:\n    mx.partner.example [192.0.2.25]:\n>>> RCPT TO:<{KIM}>\n"
             f"<<< 452 4.2.2 <{KIM}>: Mailbox full\n",
             [rcpt(f"rfc822; {LEAD}", "failed", "5.1.1", PF_UU.format(LEAD)),
              rcpt(f"rfc822; {KIM}", "delayed", "4.2.2", f"452 4.2.2 <{KIM}>: Mailbox full")], to=TO2, cc=CC3),
     [hard(LEAD, *UU), delay(KIM)]),
    ("r45-courier-two-failed-sender-in-dialogue", f"{CO}; the dialogue quotes OUR MAIL FROM before the refusals",
     courier("c2", courier_banner("UNDELIVERABLE MAIL") + "Your message to the following recipients cannot be "
             f"delivered:\n\n<{LEAD}>:\n    mx.partner.example [192.0.2.25]:\n>>> MAIL FROM:<{SELLER}>\n<<< 250 2.1.0 "
             f"Ok\n>>> RCPT TO:<{LEAD}>\n<<< {PF_UU.format(LEAD)}\n\n<{LEE}>:\n    mx.other-partner.example "
             f"[192.0.2.40]:\n>>> RCPT TO:<{LEE}>\n<<< 550 5.1.1 <{LEE}>: no such user\n",
             [rcpt(f"rfc822; {LEAD}", "failed", "5.1.1", PF_UU.format(LEAD)),
              rcpt(f"rfc822; {LEE}", "failed", "5.1.1", f"550 5.1.1 <{LEE}>: no such user",
                   remote="mx.other-partner.example")], to=f"{LEAD}, {LEE}", cc=KIM),
     [hard(LEAD, *UU), hard(LEE, *UU)]),
]

OS = "OpenSMTPD/OpenSMTPD smtpd/bounce.c (NOTICE_INTRO, notice_error / notice_warning, one '%s@%s: %s' per envelope)"
OPENSMTPD_ROWS = [
    ("r45-osmtpd-two-error-lines", f"{OS}: two envelopes of one message, two reasons",
     opensmtpd("o1", f"{LEAD}: 550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown\n"
                     f"{KIM}: 552 5.2.2 <{KIM}>: Mailbox full\n", to=TO2, cc=CC3),
     [hard(LEAD, *UU), soft(KIM, *FULL)]),
    ("r45-osmtpd-warning-two", f"{OS}: the warning ('A message is delayed for more than %s for the following list of "
     "recipients:', notice_warning2 'only a temporary failure report'), two envelopes",
     opensmtpd("o2", f"{LEAD}: 421 4.4.2 Connection timed out\n{KIM}: 421 4.4.2 Connection timed out\n", to=TO2,
               delayed=True),
     [delay(LEAD), delay(KIM)]),
]

GM = "Gmail's DSN (shared/api/gmail.md section 9: the '** Address not found **' / '** Delivery incomplete **' texts)"
NOSUCH = ("550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking "
          "the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 "
          "5.1.1  https://support.google.com/mail/?p=NoSuchUser")
GMAIL_ROWS = [
    ("r45-gmail-address-not-found-cc", f"{GM}; the relayed refusal quoted under 'The response from the remote server "
     "was:'; To two, Cc three, only one failed",
     gmail("g1", "** Address not found **\n\nYour message wasn't delivered to lead@partner.example because the "
           "address couldn't be found, or is unable to receive mail.\n\nLearn more here: "
           "https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n"
           f"{PF_UU.format(LEAD)}\n", [rcpt(f"rfc822; {LEAD}", "failed", "5.1.1", PF_UU.format(LEAD))],
           to=TO2, cc=CC3, failed=LEAD),
     [hard(LEAD, *UU)]),
    ("r45-gmail-two-over-quota", f"{GM}; '** Message not delivered **' naming two recipients, two blocks",
     gmail("g2", f"** Message not delivered **\n\nThere was a problem delivering your message to {LEAD}, {KIM}. See "
           "the technical details below.\n\nThe response was:\n\n552 5.2.2 The email account that you tried to reach "
           "is over quota.\n", [rcpt(f"rfc822; {a}", "failed", "5.2.2", "552 5.2.2 The email account that you tried "
                                     "to reach is over quota.") for a in (LEAD, KIM)],
           to=TO2, failed=f"{LEAD}, {KIM}"),
     [soft(LEAD, *FULL), soft(KIM, *FULL)]),
    ("r45-gmail-delay", f"{GM}; the delay ('** Delivery incomplete **', Action: delayed, no X-Failed-Recipients)",
     gmail("g3", "** Delivery incomplete **\n\nThere was a temporary problem delivering your message to "
           "lead@partner.example. Gmail will retry for 47 more hours. You'll be notified if the delivery fails "
           "permanently.\n\nThe response was:\n\nThe recipient server did not accept our requests to connect. Learn "
           "more at https://support.google.com/mail/answer/7720 \n[mx.partner.example. 192.0.2.25: timed out]\n",
           [rcpt(f"rfc822; {LEAD}", "delayed", "4.4.1", "The recipient server did not accept our requests to "
                 "connect. [mx.partner.example. 192.0.2.25: timed out]")], to=TO2,
           subject="Delivery Status Notification (Delay)"),
     [delay(LEAD)]),
    ("r45-gmail-mixed-case-final", f"{GM}; the address in mixed case in the text and Final-Recipient",
     gmail("g4", "** Address not found **\n\nYour message wasn't delivered to Lena.Lead@Partner.Example because the "
           "address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
           f"{NOSUCH}\n", [rcpt("rfc822; Lena.Lead@Partner.Example", "failed", "5.1.1", NOSUCH.replace("\n", " "))],
           to="Lena.Lead@Partner.Example", failed="Lena.Lead@Partner.Example"),
     [hard("lena.lead@partner.example", *UU)]),
]

YH = "Yahoo's bounce ('Sorry, we were unable to deliver your message to the following address.'; Yahoo Help SLN3444)"
YL = "lena.lead.r45@yahoo.com"
YK = "kim.other.r45@yahoo.com"
YAHOO_ROWS = [
    ("r45-yahoo-two-paragraphs", f"{YH}: two '<addr>:' paragraphs, 554 'dd This user doesn't have a yahoo.com "
     "account (%s)' and a disabled mailbox (suspend: soft)",
     yahoo("y1", f"<{YL}>:\n554: delivery error: dd This user doesn't have a yahoo.com account ({YL}) [0] - "
           f"mta1042.mail.ne1.yahoo.com\n\n<{YK}>:\n554: delivery error: dd Sorry your message to {YK} cannot be "
           "delivered. This mailbox is disabled (554.30). - mta1042.mail.ne1.yahoo.com\n\n",
           to=f"Lena <{YL}>, Kim <{YK}>", cc=CC3),
     [hard(YL, *UU), soft(YK, "suspend")]),
    ("r45-aol-display-name-cc", f"{YH} as AOL's servers send it (From MAILER-DAEMON@aol.com)",
     yahoo("y2", "<lena.lead.r45@aol.com>:\n554: delivery error: dd This user doesn't have a aol.com account "
           "(lena.lead.r45@aol.com) [-5] - mta1234.mail.aol.com\n\n", to="Lena Lead <lena.lead.r45@aol.com>", cc=CC3,
           host="aol.com"),
     [hard("lena.lead.r45@aol.com", *UU)]),
]

XS = ("Exchange 2010 text NDR (Microsoft Learn 'DSNs and NDRs in Exchange Server': 'Delivery has failed to these "
      "recipients or groups:', 'Diagnostic information for administrators:', '#%s ##', 'Original message headers:')")
RNF = "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"
STALE = "IMCEAEX-_O=PARTNER_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP_CN=RECIPIENTS_CN=LLEAD@partner.example"
EXCHANGE_ROWS = [
    ("r45-x2010-two-failed-original-headers", f"{XS}: two display names in the user section, two addresses in the "
     "diagnostic section (5.1.1, 5.2.2), the original's headers with To, Cc and a Received 'for <%s>'",
     exchange2010("x1", "Lena Lead\nThe e-mail address you entered couldn't be found. Please check the recipient's "
                  "e-mail address and try to resend the message. If the problem continues, please contact your "
                  "helpdesk.\n\nKim, Other\nThe recipient's mailbox is full and can't accept messages now. Please try "
                  "resending this message later, or contact the recipient directly.",
                  f"{LEAD}\n{RNF}\n\n{KIM}\n#552 5.2.2 STOREDRV.Deliver: mailbox full ##", to=TO2, cc=CC3),
     [hard(LEAD, *UU), soft(KIM, *FULL)]),
    ("r45-x2010-delayed-two", f"{XS} (the delay: 'Delivery is delayed to these recipients or groups:'), two",
     exchange2010("x2", f"{LEAD}\n\n{KIM}\n\nSubject: Quick question\n\nThis message hasn't been delivered yet. "
                  "Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for "
                  "the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by "
                  "that time.", "Server at mx.partner.example (192.0.2.25) returned '400 4.4.7 Message delayed'",
                  to=TO2, delayed=True),
     [delay(LEAD), delay(KIM)]),
    ("r45-x2010-stale-legacy-dn", f"{XS}; the display name in the user section, the recipient written as its stale "
     "legacyExchangeDN (IMCEAEX-..., Microsoft Learn 'IMCEAEX NDR') in the diagnostic: the address we sent to is the "
     "original's To of that display name",
     exchange2010("x3", "Lena Lead\nThe e-mail address you entered couldn't be found. Please check the recipient's "
                  "e-mail address and try to resend the message.", f"{STALE}\n#550 5.1.1 "
                  "RESOLVER.ADR.ExRecipNotFound; not found ##", to=f"Lena Lead <{LEAD}>", cc=KIM),
     [hard(LEAD, *UU)]),
    ("r45-x2013-html-two-with-dsn", "Exchange 2013-2019 HTML NDR (review layouts42's exchange2013_html: the "
     "recipients as mailto links with display names) and its DSN, two failed",
     exchange_html("x4", exchange2013_html(
         "Delivery has failed to these recipients or groups:",
         f"<a href=\"mailto:{LEAD}\">Lena Lead ({LEAD})</a><br>The email address you entered couldn't be found.<br>"
         f"<a href=\"mailto:{KIM}\">Kim, Other ({KIM})</a>",
         "The email address you entered couldn't be found.",
         f"{LEAD}<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'<br>{KIM}<br>Remote "
         "Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"),
         dsn=[rcpt(f"rfc822;{a}", "failed", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                   remote=None) for a in (LEAD, KIM)], to=TO2),
     [hard(LEAD, *UU), hard(KIM, *UU)]),
    ("r45-x2013-group-member", "Exchange 2013-2019 NDR for a distribution group's member (the DSN's Original-"
     "Recipient the group we sent to, Final-Recipient the member; Microsoft Learn 'Delivery status notifications': "
     "ORCPT kept through expansion): the member is read, mapping back to the group (ORIGINS)",
     exchange_html("x5", exchange2013_html(
         "Delivery has failed to these recipients or groups:", f"<a href=\"mailto:{KIM}\">{KIM}</a>",
         "The email address you entered couldn't be found.",
         f"{KIM}<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"),
         dsn=[rcpt(f"rfc822;{KIM}", "failed", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                   orig="rfc822;sales-team@partner.example", remote=None)], to="sales-team@partner.example"),
     [hard(KIM, *UU)]),
    ("r45-m365-html-cc-and-dsn", "Microsoft 365's current NDR (review layouts42's m365_html: 'Your message to %s "
     "couldn't be delivered.', 'Diagnostic information for administrators', 'Remote Server returned') and its DSN; "
     "To two, Cc three, one failed",
     exchange_html("x6", m365_html(f"Your message to {KIM} couldn't be delivered.",
                                   "<b>kim</b> wasn't found at <b>partner.example</b>.",
                                   f"{KIM}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                                   "Recipient not found by SMTP address lookup'"),
                   dsn=[rcpt(f"rfc822;{KIM}", "failed", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                             "Recipient not found by SMTP address lookup", remote=None)], to=TO2,
                   subject="Undeliverable: Quick question"),
     [hard(KIM, *UU)]),
]

DO = "HCL Domino DSN text ('Your message ... was not delivered to: ... because: ...', one paragraph per recipient)"
DOMINO_ROWS = [
    ("r45-domino-two-paragraphs", f"{DO}: two recipients not in the Domino Directory; Status 5.0.0",
     domino("d1", [(LEAD, f"User lead ({LEAD}) not listed in Domino Directory"),
                   (KIM, f"User kim ({KIM}) not listed in Domino Directory")],
            [rcpt(f"rfc822;{a}", "failed", "5.0.0", None, remote=None) for a in (LEAD, KIM)], to=TO2, cc=CC3),
     [hard(LEAD, *UU), hard(KIM, *UU)]),
    ("r45-domino-notes-name", f"{DO}; the recipient as its Notes hierarchical name ('Lena Lead/Sales/Partner@Partner') "
     "in the text, the Internet address in the DSN",
     domino("d2", [("Lena Lead/Sales/Partner@Partner", "User Lena Lead/Sales/Partner@Partner not listed in Domino "
                    "Directory")], [rcpt(f"rfc822;{LEAD}", "failed", "5.0.0", None, remote=None)],
            to=f"Lena Lead <{LEAD}>", cc=KIM),
     [hard(LEAD, *UU)]),
]

MD_T = (" Mon 2026-12-07 09:00:01.120: Attempting SMTP connection to [mx.partner.example : 25]\n"
        " Mon 2026-12-07 09:00:01.180: Connection established (192.0.2.25:25)\n"
        " Mon 2026-12-07 09:00:01.230: <-- 220 mx.partner.example ESMTP\n"
        f" Mon 2026-12-07 09:00:01.260: --> MAIL From:<{SELLER}> SIZE=2345\n"
        f" Mon 2026-12-07 09:00:01.290: <-- 250 2.1.0 <{SELLER}> Sender OK\n"
        f" Mon 2026-12-07 09:00:01.320: --> RCPT To:<{LEAD}>\n"
        f" Mon 2026-12-07 09:00:01.350: <-- {PF_UU.format(LEAD)}\n")
MDAEMON_ROWS = [
    ("r45-mdaemon-transcript-with-sender", "MDaemon's permanent-failure DSN (MDaemon help, Queues > DSN Options; "
     "review 46's layout): 'Failed address:', the session transcript with OUR MAIL From, the original attached",
     mdaemon("m1", f"Failed address: {LEAD}\n", MD_T, to=TO2, cc=CC3),
     [hard(LEAD, *UU)]),
]

ROWS = COURIER_ROWS + OPENSMTPD_ROWS + GMAIL_ROWS + YAHOO_ROWS + EXCHANGE_ROWS + DOMINO_ROWS + MDAEMON_ROWS
ORIGINS = {"r45-x2013-group-member": {KIM: "sales-team@partner.example"}}
