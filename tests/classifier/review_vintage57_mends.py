"""Review vintage57's mends and their controls (rows written after the first run, each with the mend it tests):

1. formats/explanations.lines_of_others + formats/prose: a list of bare addresses shares the explanation block
   under it, but a reply line there that names another address of the list (and not this one) is that one's
   (sisimai's Unknown MTA #3; the first run read "Routing: Could not find a gateway for b" hard from a's "553 5.3.0
   <a>... No such user here": a false hard).
2. older_servers: Exim 3's own 'unknown local-part "x" in domain "y"' is its directory's verdict at any stage.
3. reporters/imail: IMail's "Invalid final delivery userid: <address>" is its directory's verdict, as "Unknown user".
4. phrases: Postfix smtp(8)'s "lost connection with ..." / "conversation with ... timed out while ..." say the
   network broke (networkerror), under Postfix 2.x's Status 5.0.0.

Rows named "-mend-" failed before their mend (said in the commit); rows named "-control-" read as written before
and after: the look-alikes a mend must not change."""

from __future__ import annotations

from tests.classifier.review_old47_layouts import postfix2
from tests.classifier.review_vintage55_layouts import imail
from tests.classifier.review_vintage57 import ANA, JO, KARL, LENA, MEI, NOOR, PIET, RAJ, S, TOM, hard, later, soft
from tests.classifier.review_vintage57_layouts import exim3, sendmail5, x3_report

X3 = "sisimai Lhost/X3.pm (Unknown MTA #3's list and 'Technical details'); {}"
EXIM3 = "Exim 3.x return (deliver.c); {}"
IM = "Ipswitch IMail 8 notice (sisimai Lhost/IMailServer.pm); {}"
PF = "Postfix 2.0-2.2 report (Status 5.0.0); smtp.c's {}"

ROWS = [
    # 1. The list's shared block.
    ("v57-control-x3-two-full-and-unknown", X3.format("two recipients, each named by its own reply: a's 553 no "
                                                      "such user, b's 552 5.2.2 mailbox full (read so before)"),
     x3_report("k1", [(MEI, f"SMTP:RCPT host 192.0.2.8: 553 5.3.0 <{MEI}>... No such user here"),
                      (TOM, f"SMTP:RCPT host 192.0.2.8: 552 5.2.2 <{TOM}>... Mailbox full")]),
     [hard(MEI), soft(TOM, "mailboxfull")]),
    ("v57-control-x3-routing-after-unknown", X3.format("b's 'Routing: Could not find a gateway for <b>' below a's "
                                                    "'553 5.3.0 <a>... No such user here', b listed first"),
     x3_report("k12", [(PIET, f"Routing: Could not find a gateway for {PIET}"),
                       (RAJ, f"SMTP:RCPT host 192.0.2.8: 553 5.3.0 <{RAJ}>... No such user here")]),
     [soft(PIET), hard(RAJ)]),
    ("v57-mend-x3-three-one-unknown", X3.format("three listed; one reply names the first's missing user, the others "
                                                "have only 'Routing:' lines"),
     x3_report("k13", [(LENA, f"SMTP:RCPT host 192.0.2.8: 550 5.1.1 <{LENA}>... User unknown"),
                       (KARL, f"Routing: Could not find a gateway for {KARL}"),
                       (JO, f"Routing: Could not find a gateway for {JO}")]), [hard(LENA), soft(KARL), soft(JO)]),
    ("v57-control-x3-two-one-reply", X3.format("two recipients under ONE reply naming neither ('550 5.1.1 User "
                                               "unknown'): both keep it"),
     x3_report("k2", [(ANA, "SMTP:RCPT host 192.0.2.8: 550 5.1.1 User unknown"), (PIET, "")]), [hard(ANA), hard(PIET)]),
    ("v57-control-x3-two-both-named", X3.format("one reply naming both recipients: both keep it"),
     x3_report("k3", [(KARL, f"SMTP:RCPT host 192.0.2.8: 550 5.1.1 <{KARL}>, <{NOOR}>... User unknown"), (NOOR, "")]),
     [hard(KARL), hard(NOOR)]),
    # 2. Exim 3's own directory.
    ("v57-control-e3-our-sender-local-part", EXIM3.format("the remote's Exim refusing OUR sender at MAIL FROM in the "
                                                          "same words (a sender callout): our address, soft"),
     exim3("k4", [(JO, "SMTP error from remote mailer after MAIL FROM:<seller@example.com> SIZE=1834:\n    host "
                       'mx.tallowfield.example [192.0.2.25]: 550 unknown local-part "seller" in domain "example.com"')]),
     [soft(JO, scope=S)]),
    ("v57-control-e3-unqualified-words", EXIM3.format("'unknown local-part' with no quoted local part nor domain "
                                                      "(not Exim's own sentence): the generic rules' reading"),
     exim3("k5", [(LENA, "unknown local-part for this mailer")]), [soft(LENA)]),
    ("v57-mend-e3-unknown-local-part-two", EXIM3.format("two recipients: 'unknown local-part \"...\" in domain "
                                                        "\"...\"' and the long failure period"),
     exim3("k6", [(RAJ, 'unknown local-part "raj.iyer" in domain "kestrel-tools.example"'),
                  (ANA, "retry time not reached for any host after a long failure period")]),
     [hard(RAJ), soft(ANA, "expired", "networkerror")]),
    # 3. IMail's own directory.
    ("v57-control-imail-words-elsewhere", "sendmail 5.x return (V5sendmail.pm) quoting IMail's words as a remote's "
     "reply with no IMail frame: the generic rules' reading, no hard",
     sendmail5("k7", "Service unavailable", f"554 {MEI}... Invalid final delivery userid", MEI), [soft(MEI)]),
    ("v57-control-imail-remote-reply", IM.format("a remote server's coded reply quoted by IMail ('550 ... mailbox "
                                                 "unavailable' after DATA): not IMail's own line, read as before"),
     imail("k8", f"DATA command generated response:\n552 Requested mail action aborted: exceeded storage allocation "
                 f"for {TOM}", TOM), [soft(TOM, "mailboxfull")]),
    # 4. Postfix smtp(8)'s broken sessions.
    ("v57-mend-pf2-greeting-timed-out", PF.format("'conversation with ... timed out while receiving the initial "
                                                  "server greeting'"),
     postfix2("k9", [(KARL, "conversation with mx.fjordlog.example[192.0.2.25] timed out while receiving the initial "
                            "server greeting")]), [soft(KARL, "networkerror")]),
    ("v57-control-pf2-lost-connection-delay", PF.format("'lost connection with ... while sending RCPT TO' in the "
                                                        "delay notice: still a delay"),
     postfix2("k10", [(NOOR, "lost connection with mx.cedarline.example[192.0.2.25] while sending RCPT TO")],
              delayed=True), [later(NOOR)]),
    ("v57-mend-pf2-unknown-beside-lost", PF.format("'host ... said: 550 5.1.1 ... User unknown' (in reply to RCPT "
                                                      "TO) for one, a lost connection for the other: each its own"),
     postfix2("k11", [(JO, f"host mx.tallowfield.example[192.0.2.25] said: 550 5.1.1 <{JO}>: Recipient address "
                           "rejected: User unknown in local recipient table (in reply to RCPT TO command)"),
                      (PIET, "lost connection with mx.polderhuis.example[192.0.2.26] while sending RCPT TO")]),
     [hard(JO), soft(PIET, "networkerror", "expired")]),
]
