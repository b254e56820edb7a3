"""Audit 59, second batch (after the first 54 rows read 53 right: review_audit59.py, review_audit59_more.py): five
sharper attacks, each where a reading of session 42's rules could give a FALSE HARD: sendmail's MIME-less list where
the second fatal address's host refused the whole session at its greeting (no exchange names that address; the
transcript's first refusal is the other recipient's user unknown: prose._own_exchange); our own Microsoft 365
tenant's outbound rule refusing mail from a retired shared mailbox in German (retired_address.NICHT_MEHR_VERWENDET);
263's and NetEase's missing-user words said of OUR sender at RCPT (remote/net263, remote/netease); an Exchange 2003
text naming the Cc recipient by display name for a permission refusal (formats/named). Expected rows written from the
sources BEFORE the classifier ran on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_audit59_layouts import NET263, NETEASE, SENDMAIL_TEXT, text_only
from tests.classifier.review_formats57 import LENA, OTTO
from tests.classifier.review_formats57_layouts import with_original
from tests.classifier.review_holdout50 import pf_remote, soft
from tests.classifier.review_holdout50_layouts import EXO_SRC, POSTFIX_SRC, exo
from tests.classifier.review_layouts40_layouts import OTHER
from tests.classifier.review_multi57_layouts import ANY, BLOCK, H, S, Sf

SM_HEAD = ("The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com "
           "[198.51.100.7]\n\n")
EXO_RULE = ("learn.microsoft.com 'Mail flow rule actions in Exchange Online' (Reject the message with the explanation "
            "'550 5.7.1 <text>'), the rule in OUR tenant on outbound mail from a retired shared mailbox; the NDR from our "
            "own tenant, no Remote-MTA")
EX2003 = ("Exchange 2003 NDR text ('Your message did not reach some or all of the intended recipients.', 'The following "
          "recipient(s) could not be reached:', '<display name> on <date>', 'You do not have permission to send to this "
          "recipient.', '<host #5.7.1>'; KB 284204; sisimai Lhost/Exchange2003.pm), recipients by display name")

ROWS = [
    ("au59-b2-sm-text-greeting-refusal-beside-unknown", f"{SENDMAIL_TEXT}; a greeting refused by a DNSBL (Postfix "
     "postscreen / smtpd 554 'Service unavailable; Client host ... blocked using'): no RCPT for the second address",
     text_only("b1", frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>",
               subject="Returned mail: see transcript for details", headers="Auto-Submitted: auto-generated (failure)\n",
               orig_to="a.khan@indus-valves.pk, b.shah@karachi-jute.pk",
               text=SM_HEAD + "   ----- The following addresses had permanent fatal errors -----\n"
               "<a.khan@indus-valves.pk>\n<b.shah@karachi-jute.pk>\n\n   ----- Transcript of session follows -----\n"
               "... while talking to mx.indus-valves.pk.:\n>>> RCPT To:<a.khan@indus-valves.pk>\n<<< 550 5.1.1 "
               "<a.khan@indus-valves.pk>... User unknown\n550 5.1.1 <a.khan@indus-valves.pk>... User unknown\n"
               "... while talking to mx.karachi-jute.pk.:\n<<< 554 5.7.1 mx.karachi-jute.pk: Service unavailable; "
               "Client host [198.51.100.7] blocked using zen.spamhaus.org\n554 5.0.0 Service unavailable\n"),
     [H("a.khan@indus-valves.pk"), Sf("b.shah@karachi-jute.pk", BLOCK, S)]),
    ("au59-b2-exo-own-rule-retired-shared-mailbox", f"{EXO_SRC}; {EXO_RULE} (German: 'Dieses Postfach wird nicht mehr "
     "verwendet', said of OUR sending mailbox)",
     exo("b2", "k.wolf@nordlicht-bau.de", why="Ihre Nachricht wurde wegen einer Nachrichtenflussregel nicht übermittelt, "
         "die der E-Mail-Administrator Ihrer Organisation eingerichtet hat.", fix="So beheben Sie das Problem\n"
         "Wenden Sie sich an Ihren E-Mail-Administrator.",
         diag="550 5.7.1 Dieses Postfach wird nicht mehr verwendet. Bitte senden Sie Angebote aus "
         "vertrieb@example.net.", status="5.7.1", lang="de"), soft("k.wolf@nordlicht-bau.de", (), ANY)),
    ("au59-b2-pf-263-sender-user-not-exist-at-rcpt", f"{POSTFIX_SRC}; {NET263}'s words said of OUR sender in its reply "
     "to RCPT TO (a sender check answered at RCPT)",
     pf_remote("b3", "zhang.yi@jiangnan-silk.com.cn", "550 sender user not exist: seller@example.com", "5.0.0",
               "mxbiz1.263.net"), soft("zhang.yi@jiangnan-silk.com.cn", (), ANY)),
    ("au59-b2-pf-netease-user-not-found-our-sender-at-rcpt", f"{POSTFIX_SRC}; {NETEASE}'s words naming OUR sender in "
     "its reply to RCPT TO (weak: the shape of a sender check, hand-made)",
     pf_remote("b4", "liu.yang@163.com", "550 User not found: seller@example.com", "5.0.0",
               "163mx01.mxmail.netease.com"), soft("liu.yang@163.com", (), ANY)),
    ("au59-b2-ex2003-cc-name-permission", f"{EX2003}; an original To Lena, Cc Otto",
     with_original("b5", "Undeliverable: Quick question", "Your message did not reach some or all of the intended "
                   "recipients.\n\n      Subject:\tQuick question\n      Sent:\t03/12/2026 10:00 AM\n\nThe following "
                   "recipient(s) could not be reached:\n\n      Otto Other on 03/12/2026 10:05 AM\n            You do "
                   "not have permission to send to this recipient.  For assistance, contact your system administrator."
                   "\n            <mail.partner.example #5.7.1>\n", to=LENA, cc=OTTO,
                   from_="System Administrator <postmaster@partner.example>"),
     [Sf(OTHER, (), ANY)]),
]
