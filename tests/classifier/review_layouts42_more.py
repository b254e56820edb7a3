"""Review layouts42's groups (5)-(10) (review_layouts42.py has the plan and groups (1)-(4)): Final-Recipient other than
Original-Recipient, long addresses wrapped or folded, delay warnings, auto-reply headers and auto-replies, nested
bounces, list managers' notices to the owner. HAND-MADE; expectations committed before the classifier ran on them;
test_review_layouts42.py runs them."""

from __future__ import annotations

from email.header import Header

from tests.classifier.review_layouts42 import FULL, JOSE, LEAD, NOT_BOUNCE, OTHER, POSTFIX_INTRO, ROWS_A, UNAL, UU, \
    UU550, ZH, delay, hard, said, soft
from tests.classifier.review_layouts42_layouts import POSTFIX_DELAY, SELLER, block, exim_warning, exchange_html, \
    list_owner, m365_html, postfix_report, prose, reply, sendmail_warning, text_part
from tests.classifier.review_notices14_layouts import exim, qmail

# ---- (5) Final-Recipient other than Original-Recipient -------------------------------------------------------------
RFC = "RFC 3464 2.3.1/2.3.2 (Original-Recipient from the ORCPT, RFC 3461 4.2 xtext; Final-Recipient after rewriting)"
PLUS = "lead+crm@partner.example"
ORIG_ROWS = [
    ("l42-rc-orcpt-xtext-plus", f"{RFC}: ORCPT 'rfc822;lead+2Bcrm@partner.example' (xtext), the final mailbox "
     "without the extension (Postfix recipient_delimiter)",
     postfix_report("r1", POSTFIX_INTRO + said(LEAD, "552 5.2.2 Mailbox full"),
                    [block(f"rfc822; {LEAD}", "failed", "5.2.2", "552 5.2.2 Mailbox full",
                           orig="rfc822;lead+2Bcrm@partner.example")], to=PLUS),
     soft(*FULL)),
    ("l42-rc-virtual-alias", f"{RFC}: virtual(5) rewrote lead@ to the internal mailbox lena.lead@mail.partner.example; "
     "5.1.1 for the internal one (the alias points nowhere): the failed address hard",
     postfix_report("r2", POSTFIX_INTRO + said("lena.lead@mail.partner.example",
                                                UU550.format("<lena.lead@mail.partner.example>")),
                    [block("rfc822; lena.lead@mail.partner.example", "failed", "5.1.1",
                           UU550.format("<lena.lead@mail.partner.example>"), orig=f"rfc822; {LEAD}")], to=LEAD),
     hard(*UU, address="lena.lead@mail.partner.example")),
    ("l42-rc-srs-forwarded-bounce", "RFC 3464 report of the forward target's host, returned to the forwarder's SRS "
     "address (libsrs2 'SRS0=HHH=TT=domain=local@forwarder') and on to us: the failed recipient is the target, our "
     "SRS-rewritten sender is none",
     postfix_report("r3", POSTFIX_INTRO.replace("mail.example.com", "mx.elsewhere.example") +
                    said("lena@elsewhere.example", UU550.format("<lena@elsewhere.example>"), host="mx.elsewhere.example"
                         "[203.0.113.5]"),
                    [block("rfc822; lena@elsewhere.example", "failed", "5.1.1",
                           UU550.format("<lena@elsewhere.example>"), remote="mx.elsewhere.example")],
                    to=LEAD, host="mx.elsewhere.example",
                    extra="X-Original-To: SRS0=Hq3c=TT=example.com=seller@fwd.partner.example\n"
                          "Delivered-To: SRS0=Hq3c=TT=example.com=seller@fwd.partner.example\n"),
     hard(*UU, address="lena@elsewhere.example")),
    ("l42-rc-orcpt-xtext-in-final", f"{RFC}: an MTA copying the ORCPT's xtext into Final-Recipient ('+2B' left in), "
     "the original's To the decoded address",
     postfix_report("r4", POSTFIX_INTRO + said(PLUS, UU550.format(f"<{PLUS}>")),
                    [block("rfc822; lead+2Bcrm@partner.example", "failed", "5.1.1", UU550.format(f"<{PLUS}>"))],
                    to=PLUS),
     hard(*UU, address=PLUS)),
]
# The address each failed one maps back to (the trust rules' original recipient).
ORIGINS = {"l42-rc-orcpt-xtext-plus": {LEAD: PLUS},
           "l42-rc-virtual-alias": {"lena.lead@mail.partner.example": LEAD}}

# ---- (6) Long addresses wrapped or folded -------------------------------------------------------------------------
LONG = "lena.lead.head.of.procurement.emea@purchasing.subsidiary.partner-group.example"
EX = "Exim src/src/deliver.c bounce (review 14's layout)"
WRAP_ROWS = [
    ("l42-wrap-dsn-fields-folded", "RFC 5322 2.2.3 folding in the status part (RFC 3464 2.1 fields are header-like): "
     "Final-Recipient and Diagnostic-Code folded after the type",
     postfix_report("w1", POSTFIX_INTRO + said(LONG, UU550.format(f"<{LONG}>")),
                    [f"Final-Recipient: rfc822;\n\t{LONG}\nAction: failed\nStatus: 5.1.1\n"
                     f"Remote-MTA: dns;\n mx.partner-group.example\nDiagnostic-Code: smtp;\n 550 5.1.1 <{LONG}>:\n "
                     "Recipient address rejected: User unknown in virtual mailbox table\n"], to=LONG),
     hard(*UU, address=LONG)),
    ("l42-wrap-exim-long-address", f"{EX}: a long address on its own line, the SMTP error broken after ': ' "
     "(print_address_error)",
     exim("w2", [(LONG, "mx.partner-group.example [192.0.2.25]",
                  f"SMTP error from remote mail server after RCPT TO:<{LONG}>: 550 5.1.1 <{LONG}>: Recipient address "
                  "rejected: User unknown")], to=LONG),
     hard(*UU, address=LONG)),
    ("l42-wrap-gateway-hard-wrap-in-address", "qmail-send.c bounce hard-wrapped at 72 columns by a gateway (no "
     "blank to break at, the address cut): the whole address from the original's To, never the fragment",
     prose("w3", "failure notice", text_part(
         "Hi. This is the qmail-send program at mx.partner-group.example.\nI'm afraid I wasn't able to deliver your "
         "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
         f"<{LONG[:70]}\n{LONG[70:]}>:\nSorry, no mailbox here by that name. (#5.1.1)\n", charset="us-ascii",
         cte="7bit"), to=LONG, sender="MAILER-DAEMON@mx.partner-group.example"),
     hard(*UU, address=LONG)),
    ("l42-wrap-qmail-two-long", "qmail-send.c bounce (review 14's layout) with two long addresses, one unknown and one "
     "over quota (vpopmail's 'mailbox is full')",
     qmail("w4", [(LONG, "Sorry, no mailbox here by that name. (#5.1.1)"),
                  ("other.person.in.accounts.payable@purchasing.subsidiary.partner-group.example",
                   "user is over quota (#5.2.2)")],
           to=f"{LONG}, other.person.in.accounts.payable@purchasing.subsidiary.partner-group.example"),
     hard(*UU, address=LONG) + soft(*FULL, address="other.person.in.accounts.payable@purchasing.subsidiary."
                                     "partner-group.example")),
]

# ---- (7) Delay warnings ---------------------------------------------------------------------------------------------
PFD = "Postfix bounce(8) delay warning (bounce_template.c default delay template, Action: delayed)"


def _postfix_delay(name: str, reply: str) -> bytes:
    """Postfix's delay warning for the lead, the remote's 4.1.1 `reply` in its text and status part."""
    return postfix_report(name, POSTFIX_DELAY + said(LEAD, reply),
                          [block(f"rfc822; {LEAD}", "delayed", "4.1.1", reply)], to=LEAD, delay=True)


DELAY_ROWS = [
    ("l42-delay-postfix-timeout", f"{PFD}: 'connect to ...: Connection timed out'",
     postfix_report("d1", POSTFIX_DELAY + f"<{LEAD}>: connect to mx.partner.example[192.0.2.25]:25: Connection timed "
                    "out\n",
                    [block(f"rfc822; {LEAD}", "delayed", "4.4.1", None,
                           extra="Diagnostic-Code: X-Postfix; connect to mx.partner.example[192.0.2.25]:25: "
                                 "Connection timed out\nWill-Retry-Until: Sat, 12 Dec 2026 09:00:01 +0000 (UTC)\n")],
                    to=LEAD, delay=True),
     delay()),
    ("l42-delay-postfix-unverified-user-unknown", f"{PFD}: Postfix's reject_unverified_recipient answering 450 "
     "4.1.1 with the probe's 'User unknown' (postconf(5) unverified_recipient_defer_code): a delay, never hard",
     _postfix_delay("d2", f"450 4.1.1 <{LEAD}>: Recipient address rejected: unverified address: host "
                    "mx2.partner.example[192.0.2.26] said: 550 5.1.1 User unknown"),
     delay()),
    ("l42-delay-postfix-local-recipient-450", f"{PFD}: 'User unknown in local recipient table' answered 450 "
     "(unknown_local_recipient_reject_code = 450 while testing, postconf(5))",
     _postfix_delay("d3", f"450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table"),
     delay()),
    ("l42-delay-exim-quota", "Exim deliver.c delay warning (no status part), 'Delay reason' a 452 over quota",
     exim_warning("d4", LEAD, "    host mx.partner.example [192.0.2.25]\n    Delay reason: SMTP error from remote "
                  f"mail server after RCPT TO:<{LEAD}>:\n    452 4.2.2 Mailbox over quota"),
     delay()),
    ("l42-delay-exim-user-unknown-4xx", "Exim deliver.c delay warning, the delay reason a 451 'User unknown' "
     "(a callout's temporary answer): a delay, never hard",
     exim_warning("d5", LEAD, "    host mx.partner.example [192.0.2.25]\n    Delay reason: SMTP error from remote "
                  f"mail server after RCPT TO:<{LEAD}>:\n    451 4.1.1 <{LEAD}>: User unknown, try again later"),
     delay()),
    ("l42-delay-sendmail-deferred", "Sendmail savemail.c delay warning: 'Deferred: Connection timed out with "
     "mx.partner.example.', Action: delayed 4.4.7",
     sendmail_warning("d6", LEAD, f"<{LEAD}>... Deferred: Connection timed out with mx.partner.example.\n",
                      [block(f"RFC822; {LEAD}", "delayed", "4.4.7", None,
                             extra="Diagnostic-Code: SMTP; 421 4.4.7 Connection timed out\n"
                                   "Last-Attempt-Date: Mon, 7 Dec 2026 09:00:00 GMT\n"
                                   "Will-Retry-Until: Fri, 11 Dec 2026 05:00:00 GMT\n")]),
     delay()),
    ("l42-delay-sendmail-450-mailbox-unavailable", "Sendmail savemail.c delay warning: '450 4.2.0 <...>... Mailbox "
     "unavailable' (a greylisting milter's words)",
     sendmail_warning("d7", LEAD, f"<<< 450 4.2.0 <{LEAD}>... Mailbox unavailable, greylisted, try again later\n"
                      f"<{LEAD}>... Deferred: 450 4.2.0 <{LEAD}>... Mailbox unavailable\n",
                      [block(f"RFC822; {LEAD}", "delayed", "4.2.0", f"450 4.2.0 <{LEAD}>... Mailbox unavailable, "
                             "greylisted, try again later")]),
     delay()),
]

def _away_quoting(name: str, subject: str, away: str, quoted: str) -> bytes:
    """An Outlook away reply (Auto-Submitted: auto-replied, "Automatic reply: <subject>") quoting what it answers."""
    return reply(name, "Auto-Submitted: auto-replied\n", f"Automatic reply: {subject}", text_part(away), quoted=quoted)


# ---- (8) Auto-reply headers on bounces; auto-replies that are no bounce ---------------------------------------------
ML = "Microsoft Learn (Exchange Online NDR)"
AUTO_ROWS = [
    ("l42-auto-m365-ndr-headers", f"{ML} with the headers Exchange Online sets on it (Auto-Submitted: auto-replied, "
     "X-Auto-Response-Suppress: All, X-MS-Exchange-Message-Is-Ndr)",
     exchange_html("a1", m365_html(f"Your message to {LEAD} couldn't be delivered.",
                                   "<b>lead</b> wasn't found at <b>partner.example</b>.",
                                   f"{LEAD}<br>Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not "
                                   "found'"),
                   extra="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nPrecedence: bulk\n"),
     hard(*UU)),
    ("l42-auto-exim-subject-auto", "Exim deliver.c bounce (review 14's layout) re-subjected 'Auto: ' and marked "
     "'X-Autoreply: yes' by a helpdesk relay",
     b"X-Autoreply: yes\nX-Autorespond: yes\n" + exim("a2", [(LEAD, "mx.partner.example [192.0.2.25]",
                                                            f"SMTP error from remote mail server after RCPT TO:<{LEAD}>"
                                                            ": 550 5.1.1 User unknown")], to=LEAD)
     .replace(b"Subject: Mail delivery failed", b"Subject: Auto: Mail delivery failed"),
     hard(*UU)),
    ("l42-auto-ooo-could-not-be-delivered-to-me", "RFC 3834 auto-reply (Auto-Submitted: auto-replied, X-Autoreply) "
     "whose own text says the message 'could not be delivered to me personally' while away: no bounce",
     reply("a3", "Auto-Submitted: auto-replied\nX-Autoreply: yes\nPrecedence: junk\n",
           "Automatic reply: Quick question",
           text_part("Thank you for your message. It could not be delivered to me personally because I am away until "
                     "14 December; it will be read when I return.\nFor urgent matters please call the office.\n")),
     NOT_BOUNCE),
    ("l42-auto-ooo-names-colleague-undeliverable", "RFC 3834 out-of-office (Outlook's 'Automatic reply:') naming a "
     "former colleague's address as undeliverable: no bounce, no address",
     reply("a4", "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n", "Automatic reply: Quick question",
           text_part(f"I am out of the office until Monday.\n\nPlease note that mail to my former colleague "
                     f"{OTHER} is now undeliverable; write to sales@partner.example instead.\n")),
     NOT_BOUNCE),
    ("l42-auto-helpdesk-ack-undeliverable-advice", "a helpdesk's RFC 3834 acknowledgement (Auto-Submitted: "
     "auto-replied; Zendesk-style 'Your request has been received') advising what to do with an 'Undeliverable' "
     "message: no bounce",
     reply("a5", "Auto-Submitted: auto-replied\nPrecedence: bulk\n", "[Request received] Quick question",
           text_part("Your request (#48213) has been received and is being reviewed by our support staff.\n\nIf you "
                     "receive an 'Undeliverable' or 'Mail delivery failed' message about this ticket, please reply "
                     "to this email instead of writing to a personal address.\n"),
           sender="Partner Support <support@partner.example>"),
     NOT_BOUNCE),
    ("l42-auto-ooo-quoting-our-undeliverable", "an Outlook auto-reply quoting our own mail, whose text talks of "
     "'undeliverable parcels' and 'return to sender': no bounce",
     _away_quoting("a6", "Quick question", "I am on leave until 4 January with no access to email.\n",
                   "Hello Lena, about the undeliverable parcels: the carrier marked them 'return to sender', "
                   "address unknown. Could you confirm the delivery address?"),
     NOT_BOUNCE),
    ("l42-auto-relayed-receipt-headers", "RFC 3464 success report (Action: relayed, Status 2.0.0; 'Delivery Status "
     "Notification (Relay)' as sendmail and Exchange title it) with Auto-Submitted: auto-replied: no bounce",
     postfix_report("a7", "This is the mail system at host mail.example.com.\n\nYour message was successfully "
                    "relayed to the destination(s) listed below.\n\n" + f"<{LEAD}>: relayed to non-DSN-aware "
                    "mailer\n", [block(f"rfc822; {LEAD}", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 4kT")],
                    to=LEAD).replace(b"Subject: Undelivered Mail Returned to Sender",
                                     b"Subject: Delivery Status Notification (Relay)"),
     NOT_BOUNCE),
]

# ---- (9) Nested bounces ----------------------------------------------------------------------------------------------
INNER = postfix_report("inner", POSTFIX_INTRO + said(OTHER, UU550.format(f"<{OTHER}>")),
                       [block(f"rfc822; {OTHER}", "failed", "5.1.1", UU550.format(f"<{OTHER}>"))], to=OTHER)
NEST = ("Postfix bounce(8) report whose returned message (message/rfc822, bounce_notify_util.c) is itself a bounce "
        "about another address (our seller forwarded an NDR to the lead)")


def _nest(name: str, text: str, blocks: list[str], *, delayed: bool = False) -> bytes:
    forwarded = (f"From: Sam Seller <{SELLER}>\nTo: {LEAD}\nSubject: FW: Undelivered Mail Returned to Sender\n"
                 f"Message-ID: <l42-{name}@example.com>\nMIME-Version: 1.0\n").encode() + \
        b'Content-Type: multipart/mixed; boundary="fw"\n\n--fw\nContent-Type: text/plain\n\nFYI, see below.\n' \
        b"--fw\nContent-Type: message/rfc822\n\n" + INNER + b"\n--fw--\n"
    return postfix_report(name, text, blocks, to=LEAD, delay=delayed,
                          returned=("Content-Type: message/rfc822\n", forwarded))


NEST_ROWS = [
    ("l42-nest-full-around-unknown", f"{NEST}: the outer says the lead's mailbox is full; the inner's 5.1.1 for "
     "other@ must not be read",
     _nest("n1", POSTFIX_INTRO + said(LEAD, "552 5.2.2 Mailbox full"),
           [block(f"rfc822; {LEAD}", "failed", "5.2.2", "552 5.2.2 Mailbox full")]),
     soft(*FULL)),
    ("l42-nest-delay-around-unknown", f"{NEST}: the outer a delay warning for the lead; the inner's hard failure "
     "for other@ must not be read",
     _nest("n2", POSTFIX_DELAY + f"<{LEAD}>: connect to mx.partner.example[192.0.2.25]:25: Connection refused\n",
           [block(f"rfc822; {LEAD}", "delayed", "4.4.1", None,
                  extra="Diagnostic-Code: X-Postfix; connect to mx.partner.example[192.0.2.25]:25: Connection "
                        "refused\n")], delayed=True),
     delay()),
    ("l42-nest-qmail-around-exim", "qmail-send.c bounce (no MIME) of our forward of an Exim bounce, the forward quoted "
     "after '--- Below this line is a copy of the message.': the outer's over-quota only",
     (f"From: MAILER-DAEMON@mx.partner.example\nTo: {SELLER}\nSubject: failure notice\nMessage-ID: <l42q-n3@mx>\n"
      "X-Hand-Made: yes (qmail-send.c bounce, review layouts42)\n\nHi. This is the qmail-send program at "
      "mx.partner.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a "
      "permanent error; I've given up. Sorry it didn't work out.\n\n"
      f"<{LEAD}>:\nuser is over quota (#5.2.2)\n\n--- Below this line is a copy of the message.\n\n"
      f"Return-Path: <{SELLER}>\nFrom: Sam Seller <{SELLER}>\nTo: {LEAD}\nSubject: FW: Mail delivery failed: "
      "returning message to sender\n\n-----Original Message-----\nFrom: Mail Delivery System <Mailer-Daemon@"
      "mail.example.net>\nSubject: Mail delivery failed: returning message to sender\n\nThis message was created "
      "automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of "
      "its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
      f"  {OTHER}\n    host mx.partner.example [192.0.2.25]\n    SMTP error from remote mail server after RCPT TO:"
      f"<{OTHER}>:\n    550 5.1.1 User unknown\n").encode(),
     soft(*FULL)),
    ("l42-nest-unknown-around-delivered", f"{NEST}, the inner a success report for other@: only the lead, hard",
     _nest("n4", POSTFIX_INTRO + said(LEAD, UU550.format(f"<{LEAD}>")),
           [block(f"rfc822; {LEAD}", "failed", "5.1.1", UU550.format(f"<{LEAD}>"))]),
     hard(*UU)),
]

# ---- (10) List managers' notices to the list's owner ----------------------------------------------------------------
MM = ("GNU Mailman 2.1 Mailman/Bouncer.py and templates/en/bounce.txt (the owner's 'Bounce action notification': "
      "'This is a Mailman mailing list bounce action notice:', List/Member/Action/Reason lines)")
MM_UNCAUGHT = ("GNU Mailman 2.1 Mailman/Queue/BounceRunner.py (the owner's 'Uncaught bounce notification': 'The "
               "attached message was received as a bounce, but either the bounce format\nwas not recognized, or no "
               "member addresses could be extracted from it.')")
SY = "sympa-community/sympa src/etc/templates/us/listowner_notification.us.tpl (automatic_bounce_management)"
LIST_BOUNCE = postfix_report("lb", POSTFIX_INTRO + said(LEAD, UU550.format(f"<{LEAD}>")),
                             [block(f"rfc822; {LEAD}", "failed", "5.1.1", UU550.format(f"<{LEAD}>"))], to=LEAD)
LIST_ROWS = [
    ("l42-list-mailman-bounce-action", f"{MM}: a member disabled for excessive bounces; a notice about the list's "
     "subscription, no bounce of our mail",
     list_owner("l1", "Bounce action notification", "This is a Mailman mailing list bounce action notice:\n\n"
                f"    List:       Partners\n    Member:     {LEAD}\n    Action:     Subscription disabled.\n"
                "    Reason:     Excessive or fatal bounces.\n\n\nThe triggering bounce notice is attached below.\n\n"
                "Questions? Contact the Mailman site administrator at:\n    mailman@lists.example.com\n",
                sender="partners-bounces@lists.example.com", attached=LIST_BOUNCE),
     NOT_BOUNCE),
    ("l42-list-mailman-uncaught", f"{MM_UNCAUGHT}: the list's own bounce forwarded to the owner, not our mail",
     list_owner("l2", "Uncaught bounce notification", "The attached message was received as a bounce, but either the "
                "bounce format\nwas not recognized, or no member addresses could be extracted from it.  This\n"
                "mailing list has been configured to send all unrecognized bounce messages\nto the list "
                "administrator(s).\n\nFor more information see:\nhttps://lists.example.com/mailman/admin/partners/"
                "bounce\n", sender="partners-bounces@lists.example.com", attached=LIST_BOUNCE),
     NOT_BOUNCE),
    ("l42-list-sympa-removed-bouncers", f"{SY}: 'Because we received MANY non-delivery reports, the subsribers listed "
     "bellow have been removed from list ...' with the addresses: no bounce of our mail",
     list_owner("l3", "List partners automatic bounce management", "Because we received MANY non-delivery reports, the "
                "subsribers listed bellow have been\nremoved from list partners :\n\n" + f"{LEAD}\n{OTHER}\n\n",
                sender="sympa@lists.example.com"),
     NOT_BOUNCE),
]


# ---- Batch b, written after the first run and before its own (committed first) --------------------------------------
G62 = ("RFC 6533 6.2 (message/global-delivery-status, unlike message/delivery-status, may carry a base64 or "
       "quoted-printable transfer encoding) in Postfix bounce(8)'s SMTPUTF8 report")
A, C = "ann@partner.example", "cy@partner.example"
OOO_JA = ("ただいま不在にしております。12月14日（月）以降、順次ご返信いたします。\n"
          "お急ぎの場合は office@partner.example までご連絡ください。\n")
B_ROWS = [
    ("l42b-gl-status-base64", f"{G62}: base64, a UTF-8 recipient unknown",
     postfix_report("b1", POSTFIX_INTRO + said(ZH, UU550.format(f"<{ZH}>")),
                    [block(f"utf-8; {ZH}", "failed", "5.1.1", UU550.format(f"<{ZH}>"))], to=ZH, utf8=True,
                    status_cte="base64"),
     hard(*UU, address=ZH)),
    ("l42b-gl-status-quoted-printable", f"{G62}: quoted-printable, a UTF-8 recipient's mailbox full",
     postfix_report("b2", POSTFIX_INTRO + said(JOSE, "552 5.2.2 Mailbox full"),
                    [block(f"utf-8; {JOSE}", "failed", "5.2.2", "552 5.2.2 Mailbox full")], to=JOSE, utf8=True,
                    status_cte="quoted-printable"),
     soft(*FULL, address=JOSE)),
    ("l42b-gl-status-base64-delayed", f"{G62}: base64, a delay (Action: delayed, 4.4.1)",
     postfix_report("b3", POSTFIX_DELAY + f"<{UNAL}>: connect to mx.partner.example[192.0.2.25]:25: Connection "
                    "timed out\n",
                    [block(f"utf-8; {UNAL}", "delayed", "4.4.1", None,
                           extra="Diagnostic-Code: X-Postfix; connect to mx.partner.example[192.0.2.25]:25: "
                                 "Connection timed out\n")], to=UNAL, utf8=True, delay=True, status_cte="base64"),
     delay(address=UNAL)),
    ("l42b-dsn-status-base64-against-rfc", "RFC 3464 report whose message/delivery-status a gateway base64-encoded "
     "(RFC 3464 2.1 wants 7bit; seen from relays re-encoding every part): one failed, one delivered",
     postfix_report("b4", POSTFIX_INTRO + said(A, UU550.format(f"<{A}>")),
                    [block(f"rfc822; {A}", "failed", "5.1.1", UU550.format(f"<{A}>")),
                     block(f"rfc822; {C}", "delivered", "2.0.0", "250 2.0.0 Ok")], to=f"{A}, {C}",
                    status_cte="base64"),
     hard(*UU, address=A)),
    ("l42b-exim-smtputf8-global", "Exim src/src/deliver.c bounce of an SMTPUTF8 message (review 14's layout: "
     "message/global-delivery-status and message/global), a UTF-8 recipient unknown",
     exim("b5", [(UNAL, "mx.partner.example [192.0.2.25]",
                  f"SMTP error from remote mail server after RCPT TO:<{UNAL}>: 550 5.1.1 User unknown")],
          to=UNAL, dsn=[(UNAL, "550 5.1.1 User unknown")], utf8=True),
     hard(*UU, address=UNAL)),
    ("l42b-ooo-iso2022jp", "RFC 3834 out-of-office in Japanese (ISO-2022-JP, RFC 1468), Auto-Submitted: "
     "auto-replied: no bounce",
     reply("b6", "Auto-Submitted: auto-replied\n", "Re: Quick question",
           text_part(OOO_JA, charset="iso-2022-jp", cte="7bit")),
     NOT_BOUNCE),
    ("l42b-ooo-iso2022jp-subject-only", "a Japanese away reply marked only by its RFC 2047 ISO-2022-JP subject "
     "('自動応答', an Outlook rule's reply without RFC 3834 headers): no bounce",
     reply("b7", "", Header("自動応答: Quick question", "iso-2022-jp").encode(),
           text_part(OOO_JA, charset="iso-2022-jp", cte="7bit")),
     NOT_BOUNCE),
    ("l42b-html-x13-failed-beside-delivered", "Exchange Server 2013-2019 NDR (HTML only) with its status part: one "
     "recipient not found (5.1.10), one delivered (2.0.0): only the failed one",
     exchange_html("b8", m365_html(f"Your message to {A} couldn't be delivered.",
                                   "<b>ann</b> wasn't found at <b>partner.example</b>.",
                                   f"{A}<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                                   "Recipient not found by SMTP address lookup'"),
                   address=A, to=f"{A}, {C}",
                   dsn=[block(f"rfc822;{A}", "failed", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                              "Recipient not found by SMTP address lookup", remote=None),
                        block(f"rfc822;{C}", "delivered", "2.0.0", "250 2.0.0 OK", remote=None)]),
     hard(*UU, address=A)),
]


# ---- Batch c, written after batch b's run and before its own (committed first) --------------------------------------
_FW_NDR = (f"From: Sam Seller <{SELLER}>\nTo: {LEAD}\nSubject: FW: Undelivered Mail Returned to Sender\n"
           "Message-ID: <l42-fwndr@example.com>\nMIME-Version: 1.0\n").encode() + \
    b'Content-Type: multipart/mixed; boundary="fw"\n\n--fw\nContent-Type: text/plain\n\nFYI, see below.\n' \
    b"--fw\nContent-Type: message/rfc822\n\n" + INNER + b"\n--fw--\n"


def _with_attached(raw: bytes, attached: bytes) -> bytes:
    """`raw` (a single text part message) as multipart/mixed with `attached` as message/rfc822 after its text (Outlook
    attaching the message it answers, or an NDR attaching the original)."""
    head, _, body = raw.partition(b"\n\n")
    lines = [ln for ln in head.split(b"\n") if not ln.lower().startswith((b"content-type:", b"content-transfer"))]
    part_head = [ln for ln in head.split(b"\n") if ln.lower().startswith((b"content-type:", b"content-transfer"))]
    return (b"\n".join(lines) + b'\nContent-Type: multipart/mixed; boundary="wa"\n\n--wa\n' + b"\n".join(part_head)
            + b"\n\n" + body + b"\n--wa\nContent-Type: message/rfc822\n\n" + attached + b"\n--wa--\n")


C_ROWS = [
    ("l42c-nest-m365-html-around-postfix", f"{ML} (HTML only, no status part) for the lead, its attached original our "
     "forward of a Postfix report about other@ (5.1.1): only the outer's lead",
     _with_attached(exchange_html("c1", m365_html(f"Your message to {LEAD} couldn't be delivered.",
                                                  "The recipient's mailbox is full and can't accept messages now.",
                                                  f"{LEAD}<br>Remote server returned '554 5.2.2 mailbox full; "
                                                  "STOREDRV.Deliver.Exception:QuotaExceededException'")), _FW_NDR),
     soft(*FULL)),
    ("l42c-ooo-attaching-a-forwarded-ndr", "RFC 3834 out-of-office (Auto-Submitted: auto-replied) attaching the "
     "message it answers, our forward of a Postfix report about other@: no bounce, nobody read hard",
     _with_attached(reply("c2", "Auto-Submitted: auto-replied\nX-Autoreply: yes\n", "Automatic reply: FW: Undelivered "
                          "Mail Returned to Sender", text_part("I am out of the office until 14 December.\n")),
                    _FW_NDR),
     NOT_BOUNCE),
    ("l42c-ooo-quoting-a-forwarded-ndr", "Outlook's away reply quoting our forward of an Exim bounce inline (its "
     "'-----Original Message-----' block): no bounce",
     _away_quoting("c3", "FW: Mail delivery failed", "I am out of the office until 14 December.\n",
                   "FYI, see below.\n\nThis message was created automatically by mail delivery software.\n\nA message "
                   "that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
                   f"The following address(es) failed:\n\n  {OTHER}\n    host mx.partner.example [192.0.2.25]\n"
                   f"    SMTP error from remote mail server after RCPT TO:<{OTHER}>:\n    550 5.1.1 User unknown"),
     NOT_BOUNCE),
    ("l42c-person-forwards-ndr-to-us", "a colleague forwarding an NDR to our seller by hand (From a person, 'FW:', no "
     "daemon, the Postfix report attached): the attached report's own recipient, as a forwarded bounce reads",
     (f"From: Pat Partner <pat@partner.example>\nTo: {SELLER}\nSubject: FW: Undelivered Mail Returned to Sender\n"
      "Message-ID: <l42-c4@partner.example>\nMIME-Version: 1.0\nX-Hand-Made: yes (a forwarded report, review "
      "layouts42)\n").encode() + b'Content-Type: multipart/mixed; boundary="f4"\n\n--f4\nContent-Type: text/plain\n\n'
     b"Sam, this came back for other@ - can you check the address?\n--f4\nContent-Type: message/rfc822\n\n" + INNER
     + b"\n--f4--\n",
     hard(*UU, address=OTHER)),
]

ROWS = ROWS_A + ORIG_ROWS + WRAP_ROWS + DELAY_ROWS + AUTO_ROWS + NEST_ROWS + LIST_ROWS + B_ROWS + C_ROWS
