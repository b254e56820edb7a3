"""Audit 59, second half (the first and the rules' list: review_audit59.py): the STRUCTURE rules session 42 added, put
where a false hard or a wrong recipient would hurt most: sendmail's transient section and a recipient's own transcript
exchange (an address that ends another's, a deferred address no exchange names, a final return whose transcript says
'Deferred'), reports forwarded base64 / quoted-printable (an auto-reply, a delay, a read receipt inside), a needless
quoted local part, a Cc recipient's display name in a delay or relay notice, the Unknown MTA shared block, Exim 3 and
Postfix 2.x returns naming two recipients, Stalwart's and Courier's texts without their report parts, Exim's TLS
text beside a user unknown, the Italian / German leaver words said of OUR sender or in a person's reply, and a list
digest quoting notices' words. Expectations written BEFORE the classifier ran on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_audit59_layouts import (COURIER_DSN, RFC_HUMAN, SENDMAIL_TEXT, STALWART, courier_text,
                                                     person, stalwart_text, text_only)
from tests.classifier.review_formats57 import LENA, OTTO
from tests.classifier.review_formats57_layouts import fields, forwarded, rcpt, report, with_original
from tests.classifier.review_holdout50 import exo_remote, hard, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import DATE, EXO_SRC, POSTFIX_SRC, SELLER, postfix as pf_single
from tests.classifier.review_layouts40_layouts import OTHER
from tests.classifier.review_multi57_layouts import (ANY, BLOCK, D, EXIM_SRC as EXIM_MULTI, FULL, H, POSTFIX_SRC as
                                                     PF_MULTI, S, Sf, exim, exim_entry, postfix)
from tests.classifier.review_vintage57_layouts import exim3, x3_report

NB: list = []
GONE = ("networkerror", "expired", "systemerror")
SM_HEAD = ("The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com "
           "[198.51.100.7]\n\n")


def sm_text(rid: str, text: str, orig_to: str, subject: str = "Returned mail: see transcript for details") -> bytes:
    return text_only(rid, frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>", subject=subject,
                     text=SM_HEAD + text, orig_to=orig_to, headers="Auto-Submitted: auto-generated (failure)\n")


SENDMAIL_ROWS = [
    ("au59-sm-text-com-beside-com-au", f"{SENDMAIL_TEXT} (the deferred address's text ends the fatal one's but for "
     "'.au')",
     sm_text("s1", "   ----- The following addresses had permanent fatal errors -----\n<sales@meridian-foods.com.au>\n\n"
             "   ----- The following addresses had transient non-fatal errors -----\n<sales@meridian-foods.com>\n\n"
             "   ----- Transcript of session follows -----\n... while talking to mx.meridian-foods.com.:\n"
             ">>> RCPT To:<sales@meridian-foods.com>\n<<< 452 4.2.2 <sales@meridian-foods.com>... Mailbox full\n"
             "<sales@meridian-foods.com>... Deferred: 452 4.2.2 <sales@meridian-foods.com>... Mailbox full\n"
             "... while talking to mx.meridian-foods.com.au.:\n>>> RCPT To:<sales@meridian-foods.com.au>\n"
             "<<< 550 5.1.1 <sales@meridian-foods.com.au>... User unknown\n550 5.1.1 <sales@meridian-foods.com.au>... "
             "User unknown\n", "sales@meridian-foods.com.au, sales@meridian-foods.com"),
     [H("sales@meridian-foods.com.au"), D("sales@meridian-foods.com")]),
    ("au59-sm-text-deferred-without-exchange", f"{SENDMAIL_TEXT} (the deferred host never answered: no exchange names "
     "its address, only the fatal one's does)",
     sm_text("s2", "   ----- The following addresses had permanent fatal errors -----\n<r.iyer@deccan-pumps.in>\n"
             "    (reason: 550 5.1.1 <r.iyer@deccan-pumps.in>... User unknown)\n\n   ----- The following addresses had "
             "transient non-fatal errors -----\n<ops@konkan-freight.in>\n\n   ----- Transcript of session follows -----"
             "\n... while talking to mx.deccan-pumps.in.:\n>>> RCPT To:<r.iyer@deccan-pumps.in>\n<<< 550 5.1.1 "
             "<r.iyer@deccan-pumps.in>... User unknown\n550 5.1.1 <r.iyer@deccan-pumps.in>... User unknown\n"
             "<ops@konkan-freight.in>... Deferred: Connection timed out with mx.konkan-freight.in.\n",
             "r.iyer@deccan-pumps.in, ops@konkan-freight.in"),
     [H("r.iyer@deccan-pumps.in"), D("ops@konkan-freight.in")]),
    ("au59-sm-text-expired-5-days", f"{SENDMAIL_TEXT} (the final return after the queue timeout: its transcript says "
     "'Deferred', the notice is final)",
     sm_text("s3", "   ----- The following addresses had permanent fatal errors -----\n<t.ba@dakar-peche.sn>\n"
             "    (reason: 451 4.4.1 reply: read error from mx.dakar-peche.sn.)\n\n   ----- Transcript of session "
             "follows -----\n<t.ba@dakar-peche.sn>... Deferred: Connection timed out with mx.dakar-peche.sn.\n"
             "Message could not be delivered for 5 days\nMessage will be deleted from queue\n", "t.ba@dakar-peche.sn",
             subject="Returned mail: Cannot send message for 5 days"),
     soft("t.ba@dakar-peche.sn", GONE, ANY)),
]

FWD = ("Exchange inbox rule 'forward as an attachment' from our shared sales inbox (RFC 2046 5.2.1: message/rfc822 "
       "sent {} as Outlook sends 8-bit parts)")
_AWAY = (f"From: Li Wei <li.wei@jinhua-tools.cn>\nTo: {SELLER}\nDate: {DATE}\nSubject: Automatic reply: Quick question "
         "about your Q4 logistics\nMessage-ID: <ar1@jinhua-tools.cn>\nAuto-Submitted: auto-replied\n"
         "X-Auto-Response-Suppress: All\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nI am out of the "
         "office until 20 October with limited access to email. For urgent matters call +86 579 0000 0000.\n").encode()
_MDN = (f"From: Li Wei <li.wei@jinhua-tools.cn>\nTo: {SELLER}\nDate: {DATE}\nSubject: Read: Quick question about your "
        "Q4 logistics\nMessage-ID: <mdn1@jinhua-tools.cn>\nMIME-Version: 1.0\nContent-Type: multipart/report; "
        "report-type=disposition-notification; boundary=\"mdn1\"\n\n--mdn1\nContent-Type: text/plain; charset=utf-8\n\n"
        "Your message\n\n  To: Li Wei\n  Subject: Quick question about your Q4 logistics\n\nwas read on 14/10/2025 "
        "10:02.\n\n--mdn1\nContent-Type: message/disposition-notification\n\nReporting-UA: LIWEI-PC; Microsoft Outlook "
        "16.0\nFinal-Recipient: rfc822;li.wei@jinhua-tools.cn\nOriginal-Message-ID: <x1@example.com>\nDisposition: "
        "manual-action/MDN-sent-manually; displayed\n\n--mdn1--\n").encode()
_GREY = "host mx.hanbit-steel.co.kr[203.0.113.61] said: 451 4.7.1 Greylisted, please try again later (in reply to RCPT TO command)"
_PF_UNKNOWN = ("host mx.hanbit-steel.co.kr[203.0.113.61] said: 550 5.1.1 <j.park@hanbit-steel.co.kr>: Recipient "
               "address rejected: User unknown in local recipient table (in reply to RCPT TO command)")
NESTED_ROWS = [
    ("au59-fwd-base64-auto-reply", f"{FWD.format('base64')} around an Outlook automatic reply (RFC 3834)",
     forwarded("n1", _AWAY, "", from_="Sales Inbox <sales@example.com>", subject="FW: Automatic reply: Quick question",
               cte="base64"), NB),
    ("au59-fwd-qp-delay-notice", f"{FWD.format('quoted-printable')} around Postfix's delay notice (bounce(5) delay "
     "template; a greylisting 451)",
     forwarded("n2", pf_single("n2i", "t.kim@hanbit-steel.co.kr", reason=_GREY, status="4.7.1",
                               remote="mx.hanbit-steel.co.kr", diag="451 4.7.1 Greylisted, please try again later",
                               action="delayed"), "", from_="Sales Inbox <sales@example.com>",
               subject="FW: Delayed Mail (still being retried)", cte="quoted-printable"), later("t.kim@hanbit-steel.co.kr")),
    ("au59-fwd-qp-user-unknown", f"{FWD.format('quoted-printable')} around Postfix's 5.1.1 report (positive)",
     forwarded("n3", pf_single("n3i", "j.park@hanbit-steel.co.kr", reason=_PF_UNKNOWN, status="5.1.1",
                               remote="mx.hanbit-steel.co.kr", diag="550 5.1.1 <j.park@hanbit-steel.co.kr>: Recipient "
                               "address rejected: User unknown in local recipient table"), "",
               from_="Sales Inbox <sales@example.com>", subject="FW: Undelivered Mail Returned to Sender",
               cte="quoted-printable"), hard("j.park@hanbit-steel.co.kr")),
    ("au59-fwd-base64-read-receipt", f"{FWD.format('base64')} around an Outlook read receipt (RFC 8098 MDN)",
     forwarded("n4", _MDN, "", from_="Sales Inbox <sales@example.com>", subject="FW: Read: Quick question",
               cte="base64"), NB),
]

_QJ = '"j.doe"@partner.example'
NAMED_ROWS = [
    ("au59-pf-dsn-quoted-local-part", "Postfix bounce(8) report (formats57 layout) whose Final-Recipient and text quote "
     "a local part that needs no quotes (RFC 5322 3.4.1: the same mailbox)",
     report("q1", f"This is the mail system at host mail.example.com.\n\n<{_QJ}>: host mx.partner.example said: 550 "
            "5.1.1 User unknown (in reply to RCPT TO command)\n", fields(rcpt(_QJ, "failed", "5.1.1",
                                                                            "550 5.1.1 User unknown")),
            to="j.doe@partner.example"), hard("j.doe@partner.example")),
    ("au59-cc-name-delayed", "Exchange 2010 delay notice text ('Delivery to the following recipients has been delayed', "
     "recipients by display name) over an original To Lena, Cc Otto",
     with_original("c1", "Delivery delayed: Quick question", "Delivery is delayed to these recipients or groups:\n\n"
                   "Otto Other\n\nSubject: Quick question\n\nThis message hasn't been delivered yet. Delivery will "
                   "continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 "
                   "days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.\n",
                   to=LENA, cc=OTTO), later(OTHER)),
    ("au59-cc-name-relayed", "Exchange relay DSN text ('Delivery to these recipients or groups is complete, but no "
     "delivery notification was sent by the destination server:') naming the Cc by display name",
     with_original("c2", "Relayed: Quick question", "Delivery to these recipients or groups is complete, but no "
                   "delivery notification was sent by the destination server:\n\nOtto Other\n\nSubject: Quick "
                   "question\n", to=LENA, cc=OTTO), NB),
]

X3 = ("sisimai Lhost/X3.pm (Unknown MTA #3: '  * <address>' list, 'Technical details:', 'SMTP:RCPT host <ip>: <reply>' "
      "/ 'Routing: <text>')")
E3 = "Exim 3.x return (deliver.c; 'unknown local-part \"x\" in domain \"y\"' its directors' verdict, 'retry timeout exceeded')"
OLDER_ROWS = [
    ("au59-x3-full-beside-unknown", f"{X3}; sendmail's '452 4.2.2 ... Mailbox full' / '550 5.1.1 ... User unknown'",
     x3_report("x1", [("a.rossi@lago-tessile.it", "SMTP:RCPT host 203.0.113.9: 452 4.2.2 <a.rossi@lago-tessile.it>... "
                       "Mailbox full"),
                      ("b.conti@lago-tessile.it", "SMTP:RCPT host 203.0.113.9: 550 5.1.1 <b.conti@lago-tessile.it>... "
                       "User unknown")]),
     [Sf("a.rossi@lago-tessile.it", FULL), H("b.conti@lago-tessile.it")]),
    ("au59-x3-three-middle-unknown", f"{X3}; sendmail's '553 5.3.0 ... No such user here', Postfix's relay refusal",
     x3_report("x2", [("c.greco@lago-tessile.it", "Routing: Could not find a gateway for c.greco@lago-tessile.it"),
                      ("d.ricci@lago-tessile.it", "SMTP:RCPT host 203.0.113.9: 553 5.3.0 <d.ricci@lago-tessile.it>... "
                       "No such user here"),
                      ("e.marino@lago-tessile.it", "SMTP:RCPT host 203.0.113.10: 554 5.7.1 <e.marino@lago-tessile.it>: "
                       "Relay access denied")]),
     [Sf("c.greco@lago-tessile.it", (), ANY), H("d.ricci@lago-tessile.it"),
      Sf("e.marino@lago-tessile.it", ("norelaying",), ANY)]),
    ("au59-e3-unknown-beside-retry-timeout", f"{E3} (two addresses: a missing local part, then a host retried out)",
     exim3("e1", [("f.bruno@lago-tessile.it", 'unknown local-part "f.bruno" in domain "lago-tessile.it"'),
                  ("g.gallo@pavia-carta.it", "retry timeout exceeded")]),
     [H("f.bruno@lago-tessile.it"), Sf("g.gallo@pavia-carta.it", GONE, ANY)]),
    ("au59-pf2-lost-connection-beside-unknown", f"{PF_MULTI} as Postfix 2.x returned it after the queue lifetime "
     "(Status 5.0.0; smtp(8)'s 'lost connection with %s while %s')",
     postfix("p1", [("h.costa@pavia-carta.it", None, "lost connection with mx.pavia-carta.it[203.0.113.77] while "
                     "sending RCPT TO", "failed", "5.0.0", "mx.pavia-carta.it", None),
                    ("i.fabbri@lago-tessile.it", None, "host mx.lago-tessile.it[203.0.113.9] said: 550 5.1.1 "
                     "<i.fabbri@lago-tessile.it>: Recipient address rejected: User unknown in local recipient table "
                     "(in reply to RCPT TO command)", "failed", "5.0.0", "mx.lago-tessile.it",
                     "550 5.1.1 <i.fabbri@lago-tessile.it>: Recipient address rejected: User unknown in local "
                     "recipient table")]),
     [Sf("h.costa@pavia-carta.it", GONE, ANY), H("i.fabbri@lago-tessile.it")]),
    ("au59-exim-tls-required-beside-unknown", f"{EXIM_MULTI}; Exim src/transports/smtp.c hosts_require_tls ('a TLS "
     "session is required, but the server did not offer TLS support')",
     exim("x3", [("l.moretti@pavia-carta.it", exim_entry("l.moretti@pavia-carta.it", "host mx.pavia-carta.it "
                  "[203.0.113.77]: a TLS session is required, but the server did not offer TLS support")),
                 ("m.serra@lago-tessile.it", exim_entry("m.serra@lago-tessile.it", "host mx.lago-tessile.it "
                  "[203.0.113.9]\nSMTP error from remote mail server after RCPT TO:<m.serra@lago-tessile.it>:\n550 5.1.1 "
                  "<m.serra@lago-tessile.it>: Recipient address rejected: User unknown in local recipient table"))],
          failed=["l.moretti@pavia-carta.it", "m.serra@lago-tessile.it"],
          orig_to="l.moretti@pavia-carta.it, m.serra@lago-tessile.it"),
     [Sf("l.moretti@pavia-carta.it", ("securityerror", "systemerror", "networkerror", "policyviolation"), ANY),
      H("m.serra@lago-tessile.it")]),
    ("au59-stalwart-text-connect-beside-unknown", f"{STALWART} (report part lost)",
     stalwart_text("w1", ["<n.lund@fjord-pumps.no> (connection to 'mx.fjord-pumps.no' failed: I/O error: Connection "
                          "refused)", "<o.dahl@bergen-rope.no> (host 'mx.bergen-rope.no' rejected command 'RCPT TO:<o.dahl"
                          "@bergen-rope.no>' with code 550 (5.1.1) 'User unknown')"],
                   orig_to="n.lund@fjord-pumps.no, o.dahl@bergen-rope.no"),
     [Sf("n.lund@fjord-pumps.no", GONE, ANY), H("o.dahl@bergen-rope.no")]),
    ("au59-stalwart-delay-text-only", f"{STALWART} (its delay text, 'There was a temporary problem delivering your "
     "message to the following recipients:', report part lost)",
     text_only("w2", frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>", subject="Warning: Delay in message "
               "delivery", text="There was a temporary problem delivering your message to the following recipients:\n\n"
               "<p.strand@fjord-pumps.no> (connection to 'mx.fjord-pumps.no' failed: I/O error: Connection timed out)"
               "\n", orig_to="p.strand@fjord-pumps.no", headers="Auto-Submitted: auto-generated\n"),
     [D("p.strand@fjord-pumps.no")]),
]

_CR = "mx.porto-cork.pt [203.0.113.44]"
COURIER_ROWS = [
    ("au59-courier-delivered-text-only", f"{COURIER_DSN} (a return receipt, report part lost)",
     courier_text("k1", "MESSAGE DELIVERED SUCCESSFULLY", "Your E-mail requested a delivery notice/return receipt for "
                  "the following\naddresses:", [("r.silva@porto-cork.pt", _CR, "DATA", "250 2.0.0 Ok: queued as "
                                                  "4XyZ1Q")], orig_to="r.silva@porto-cork.pt"), NB),
    ("au59-courier-relayed-text-only", f"{COURIER_DSN} (relayed to a gateway, report part lost)",
     courier_text("k2", "MESSAGE DELIVERED TO A MAIL GATEWAY", "You requested a delivery acknowledgement (a return "
                  "receipt) for the\nfollowing recipients of your E-mail message.  Unfortunately, your message\nhas been "
                  "transferred to an intermediate mail gateway that is not capable\nof generating delivery "
                  "acknowledgements.", [("s.lopes@porto-cork.pt", _CR, "DATA", "250 OK id=1v8Xz1-0001Ab-2Q")],
                  orig_to="s.lopes@porto-cork.pt"), NB),
    ("au59-courier-failed-unknown-beside-blocked", f"{COURIER_DSN} (two refused recipients, report part lost); "
     "Postfix smtpd_check.c's user unknown and reject_rbl_client",
     courier_text("k3", "UNDELIVERABLE MAIL", "Your message to the following recipients cannot be delivered:",
                  [("t.pinto@porto-cork.pt", _CR, "RCPT TO:<t.pinto@porto-cork.pt>", "550 5.1.1 <t.pinto@porto-cork."
                    "pt>: Recipient address rejected: User unknown in local recipient table"),
                   ("u.reis@braga-tiles.pt", "mx.braga-tiles.pt [203.0.113.45]", "RCPT TO:<u.reis@braga-tiles.pt>",
                    "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org")],
                  orig_to="t.pinto@porto-cork.pt, u.reis@braga-tiles.pt"),
     [H("t.pinto@porto-cork.pt"), Sf("u.reis@braga-tiles.pt", BLOCK, S)]),
    ("au59-courier-failed-our-sender-domain", f"{COURIER_DSN} (report part lost); Postfix smtpd_check.c "
     "reject_unknown_sender_domain naming OUR sender",
     courier_text("k4", "UNDELIVERABLE MAIL", "Your message to the following recipients cannot be delivered:",
                  [("v.matos@braga-tiles.pt", "mx.braga-tiles.pt [203.0.113.45]", "RCPT TO:<v.matos@braga-tiles.pt>",
                    "450 4.1.8 <seller@example.com>: Sender address rejected: Domain not found")],
                  orig_to="v.matos@braga-tiles.pt"), [Sf("v.matos@braga-tiles.pt", (), S)]),
]

PFX = "Postfix access(5) / check_sender_access 'REJECT optional text' ('550 5.7.1 <sender>: Sender address rejected: <text>')"
EXO_RULE = ("learn.microsoft.com 'Mail flow rule actions in Exchange Online' (Reject the message with the explanation: "
            "'550 5.7.1 <text>', or the enhanced status code given)")
LEAVER_ROWS = [
    ("au59-de-sender-address-retired", f"{POSTFIX_SRC}; {PFX}: the German retired-address words said of OUR sender",
     pf_remote("l1", "k.wolf@nordlicht-bau.de", "550 5.7.1 <seller@example.com>: Sender address rejected: Diese "
               "Adresse wird nicht mehr verwendet", "5.7.1", "mx.nordlicht-bau.de"),
     soft("k.wolf@nordlicht-bau.de", (), S)),
    ("au59-it-sender-non-fa-piu-parte", f"{POSTFIX_SRC}; {PFX}: the Italian leaver words said of OUR sender (no longer "
     "among the allowed suppliers)",
     pf_remote("l2", "acquisti@lago-tessile.it", "550 5.7.1 <seller@example.com>: Sender address rejected: il "
               "mittente non fa piu parte dei fornitori autorizzati", "5.7.1", "mx.lago-tessile.it"),
     soft("acquisti@lago-tessile.it", (), S)),
    ("au59-exo-rule-it-non-lavora-piu", f"{EXO_SRC}; {EXO_RULE} in Italian ASCII (a leaver's mailbox refused by rule)",
     exo_remote("l3", "m.bianchi@lago-tessile.it", "550 5.7.1 Mario Bianchi non lavora piu presso la nostra azienda. "
                "Scrivere a info@lago-tessile.it", "5.7.1", "lagotessile-it.mail.protection.outlook.com"),
     [("m.bianchi@lago-tessile.it", True, ("hasmoved",), "recipient", False)]),
    ("au59-human-de-adresse-nicht-mehr-verwendet", f"{RFC_HUMAN}; a prospect's own reply in the retired-address words",
     person("l4", "Klaus Wolf <k.wolf@nordlicht-bau.de>", "AW: Quick question about your Q4 logistics",
            "Hallo Herr Seller,\n\ndanke für Ihre Nachricht. Gerne nächste Woche. Bitte beachten Sie: diese Adresse wird "
            "nicht mehr verwendet, sobald unsere neue Domain live ist. Ich melde mich dann von dort.\n\nViele Grüße\n"
            "Klaus Wolf\n"), NB),
    ("au59-list-digest-quotes-notices", "GNU Mailman 2.1 digest (templates/en/masthead.txt 'Send ... mailing list "
     "submissions to', 'Today's Topics:'), a users' list quoting hMailServer's and Domino's notice words",
     text_only("l5", frm="hmailserver-users-request@lists.example.org", subject="hMailServer-users Digest, Vol 12, "
               "Issue 3", headers="List-Id: <hmailserver-users.lists.example.org>\nPrecedence: list\n",
               returned=False, text="Send hMailServer-users mailing list submissions to\n\thmailserver-users@lists."
               "example.org\n\nToday's Topics:\n\n   1. No mail servers appear to exists (Pat Doe)\n   2. Re: Domino "
               "bounce (Kim Roe)\n\n----------------------------------------------------------------------\n\n"
               "Message: 1\nDate: Mon, 13 Oct 2025 18:02:11 +0000\nFrom: Pat Doe <pat@doe-consulting.example>\n"
               "Subject: No mail servers appear to exists\n\nSince yesterday every message to one customer comes back "
               "with\n\"No mail servers appear to exists for the recipient's address.\" Their MX looks fine.\n\n"
               "------------------------------\n\nMessage: 2\nFrom: Kim Roe <kim@roe-it.example>\nSubject: Re: Domino "
               "bounce\n\nOurs said \"was not delivered to:\" then \"because: User x not listed in Domino Directory\"."
               "\n\n------------------------------\n\nEnd of hMailServer-users Digest, Vol 12, Issue 3\n"), NB),
]

ROWS = SENDMAIL_ROWS + NESTED_ROWS + NAMED_ROWS + OLDER_ROWS + COURIER_ROWS + LEAVER_ROWS
