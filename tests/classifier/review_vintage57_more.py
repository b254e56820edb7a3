"""Review vintage57's second table (see review_vintage57.py): Exim 3, the Courier mail server, Postfix 2.x, Ipswitch
IMail, MailFoundry, sisimai's "Unknown MTA" forms #1 / #3 / #6, and the no-failures (vacation(1) replies, Exchange
5.5 receipts). Expectations written before the classifier ran on them (committed with the first table)."""

from __future__ import annotations

from tests.classifier.review_old47_layouts import postfix2
from tests.classifier.review_vintage55_layouts import imail
from tests.classifier.review_vintage57 import ANY, ANA, JO, KARL, LENA, MEI, NB, NOOR, PIET, RAJ, TOM, hard, later, soft
from tests.classifier.review_vintage57_layouts import courier, ex55_receipt, exim3, mailfoundry, vacation, \
    x1_returned, x3_report, x6_errors

E3 = "Exim 3.x return (deliver.c; {})"
SPEC = "the Exim 3/4 specification's error texts"
E3_RCPT = ("SMTP error from remote mailer after RCPT TO:<{a}>:\n    host mx.{d} [192.0.2.25]: 550 5.1.1 <{a}>... "
           "User unknown")
EXIM3 = [
    ("v57-e3-unknown-local-part", E3.format("the director's 'unknown local-part \"...\" in domain \"...\"'; recalled"),
     exim3("e1", [(LENA, 'unknown local-part "lena.park" in domain "harbourline.example"')]), [hard(LENA)]),
    ("v57-e3-unrouteable-domain", E3.format("the router's 'unrouteable mail domain \"...\"' (lookuphost found no such "
                                            "domain); recalled"),
     exim3("e2", [("sales@lapsed-partner.example", 'unrouteable mail domain "lapsed-partner.example"')]),
     [hard("sales@lapsed-partner.example", "hostunknown")]),
    ("v57-e3-retry-time-long-failure", E3.format("smtp.c 'retry time not reached for any host after a long failure "
                                                 "period', as sisimai Lhost/Exim.pm quotes it"),
     exim3("e3", [(RAJ, "retry time not reached for any host after a long failure period")]),
     [soft(RAJ, "expired", "networkerror")]),
    ("v57-e3-remote-user-unknown", E3.format("'SMTP error from remote mailer after RCPT TO:' with the host's 550 "
                                             "(" + SPEC + ")"),
     exim3("e4", [(MEI, E3_RCPT.format(a=MEI, d="orchardvale.example"))]), [hard(MEI)]),
    ("v57-e3-too-many-received", E3.format("deliver.c 'Too many \"Received\" headers - suspected mail loop', as "
                                           "sisimai Lhost/Exim.pm quotes it"),
     exim3("e5", [(TOM, 'Too many "Received" headers - suspected mail loop')]),
     [soft(TOM, "systemerror", "networkerror", "contenterror")]),
    ("v57-e3-two", E3.format("two recipients: the remote's 550 and the long failure period"),
     exim3("e6", [(ANA, E3_RCPT.format(a=ANA, d="mirante.example")),
                  (PIET, "retry time not reached for any host after a long failure period")]),
     [hard(ANA), soft(PIET, "expired", "networkerror")]),
    ("v57-e3-warning-greylist", E3.format("the delay warning: 'Delay reason: ', 'No action is required on your part.'"
                                          ", as sisimai Lhost/Exim.pm quotes deliver.c"),
     exim3("e7", [(KARL, "SMTP error from remote mailer after RCPT TO:<karl.berg@fjordlog.example>:\n    host "
                         "mx.fjordlog.example [192.0.2.25]: 451 Temporary local problem - please try later")],
           warning=True), [later(KARL)]),
]

CD = "Courier's report (courier/doc/courierdsn.html's sample, {})"
COURIER = [
    ("v57-c-dns-violates-rfc1035", CD.format("module.esmtp esmtpclient.c's 'This domain's DNS violates RFC 1035.', "
                                             "as sisimai Lhost/Courier.pm quotes it"),
     courier("c1", [(NOOR, "This domain's DNS violates RFC 1035.")]), [soft(NOOR, "systemerror", "networkerror")]),
    ("v57-c-dns-lookup-failed-delayed", CD.format("the delay 'DELAYS IN DELIVERING YOUR MESSAGE' with esmtpclient.c's "
                                                  "'DNS lookup failed.'"),
     courier("c2", [(JO, "DNS lookup failed.")], delayed=True), [later(JO)]),
    ("v57-c-two", CD.format("two recipients: a remote's '<<< 550 ... User unknown' after '>>> RCPT TO:' and "
                            "'This domain's DNS violates RFC 1035.'"),
     courier("c3", [(LENA, f"mx.harbourline.example [192.0.2.25]:\n>>> RCPT TO:<{LENA}>\n<<< 550 5.1.1 <{LENA}>... "
                           "User unknown"), (NOOR, "This domain's DNS violates RFC 1035.")]),
     [hard(LENA), soft(NOOR, "systemerror", "networkerror")]),
]

PF = "Postfix 2.0-2.2 report (bounce_notify_util.c before 2.3, Status 5.0.0); smtp.c's wording {}"
POSTFIX = [
    ("v57-pf2-lost-connection", PF.format("'lost connection with ... while sending RCPT TO', kept until the queue "
                                          "lifetime ran out"),
     postfix2("p1", [(RAJ, "lost connection with mx.kestrel-tools.example[192.0.2.25] while sending RCPT TO")]),
     [soft(RAJ, "networkerror", "expired")]),
    ("v57-pf2-timed-out-data", PF.format("'conversation with ... timed out while sending end of data -- message may "
                                         "be sent more than once'"),
     postfix2("p2", [(MEI, "conversation with mx.orchardvale.example[192.0.2.25] timed out while sending end of data "
                           "-- message may be sent more than once")]), [soft(MEI, "networkerror", "expired")]),
    ("v57-pf2-two", PF.format("two recipients: 'host ... said: 550 ... User unknown in virtual mailbox table (in reply "
                              "to RCPT TO command)' and the lost connection"),
     postfix2("p3", [(TOM, f"host mx.brightwater.example[192.0.2.25] said: 550 <{TOM}>: User unknown in virtual "
                           "mailbox table (in reply to RCPT TO command)"),
                     (RAJ, "lost connection with mx.kestrel-tools.example[192.0.2.25] while sending RCPT TO")]),
     [hard(TOM), soft(RAJ, "networkerror", "expired")]),
]

IM = "Ipswitch IMail 8 notice (sisimai Lhost/IMailServer.pm's failure lines and its 'DATA command generated response:' marker: {})"
OTHERS = [
    ("v57-imail-exceeds-size", IM.format("'User mailbox exceeds allowed size'"),
     imail("i1", f"User mailbox exceeds allowed size: {ANA}", ANA),
     [soft(ANA, "mailboxfull")]),
    ("v57-imail-invalid-userid", IM.format("'Invalid final delivery userid'"),
     imail("i2", f"Invalid final delivery userid: {PIET}", PIET), [hard(PIET)]),
    ("v57-imail-virus", IM.format("'Requested action not taken: virus detected', the remote's refusal of OUR message"),
     imail("i3", "DATA command generated response:\n554 Requested action not taken: virus detected", KARL), [soft(KARL, "virusdetected")]),
    ("v57-mailfoundry-no-such-user", "MailFoundry notice (sisimai Lhost/MailFoundry.pm: 'Server ... failed with: 550 "
     "<...> No such user here')",
     mailfoundry("m1", NOOR, f"550 <{NOOR}> No such user here"), [hard(NOOR)]),
    ("v57-mailfoundry-quota", "MailFoundry notice (MailFoundry.pm's frame); the remote's '552 5.2.2 Over quota' as "
     "sisimai Lhost/X3.pm's comment quotes a Diagnostic-Code",
     mailfoundry("m2", JO, "552 5.2.2 Over quota"), [soft(JO, "mailboxfull")]),
    ("v57-x1-user-unknown", "sisimai Lhost/X1.pm (Unknown MTA #1: 'Returned Mail: ', '---The following addresses had "
     "delivery errors---', '<address> [User unknown]')",
     x1_returned("u1", [(LENA, "User unknown")]), [hard(LENA)]),
    ("v57-x3-no-such-user-here", "sisimai Lhost/X3.pm (Unknown MTA #3: 'SMTP:RCPT host 192.0.2.8: 553 5.3.0 <...>... "
     "No such user here')",
     x3_report("u2", [(RAJ, f"SMTP:RCPT host 192.0.2.8: 553 5.3.0 <{RAJ}>... No such user here")]), [hard(RAJ)]),
    ("v57-x3-two-routing", "sisimai Lhost/X3.pm (its 'Routing: Could not find a gateway for ...' next to an SMTP "
     "refusal: two recipients)",
     x3_report("u3", [(MEI, f"SMTP:RCPT host 192.0.2.8: 553 5.3.0 <{MEI}>... No such user here"),
                      (TOM, f"Routing: Could not find a gateway for {TOM}")]), [hard(MEI), soft(TOM)]),
    ("v57-x6-user-unknown", "sisimai Lhost/X6.pm (Unknown MTA #6: 'SMTP Server <host> rejected recipient <...> (Error "
     "following RCPT command). It responded as follows: [550 5.1.1 User unknown]')",
     x6_errors("u4", ANA, "mta2.mirante.example", "550 5.1.1 User unknown"), [hard(ANA)]),
    ("v57-mailfoundry-relaying", "MailFoundry notice (MailFoundry.pm's frame); the remote's sendmail 8 relay "
     "refusal ('550 5.7.1 <...>... Relaying denied', sendmail's check_rcpt)",
     mailfoundry("m3", KARL, f"550 5.7.1 <{KARL}>... Relaying denied"), [soft(KARL, "norelaying", scope=ANY)]),
    ("v57-x1-two", "sisimai Lhost/X1.pm (Unknown MTA #1's list: '<address> [User unknown]'; the second bracket, "
     "'[Mailbox full]', recalled)",
     x1_returned("u5", [(NOOR, "User unknown"), (PIET, "Mailbox full")]), [hard(NOOR), soft(PIET, "mailboxfull")]),
    ("v57-x6-data-too-big", "sisimai Lhost/X6.pm (Unknown MTA #6: '(Error following DATA command)'; the reply "
     "'552 5.3.4 Message size exceeds fixed limit', sendmail 8's)",
     x6_errors("u6", JO, "mta2.tallowfield.example", "552 5.3.4 Message size exceeds fixed limit", "DATA"),
     [soft(JO, "mesgtoobig")]),
]

NONBOUNCES = [
    ("v57-vacation-domainos", "vacation(1), Apollo Domain/OS SR10.1 manual page's .vacation.msg example "
     "(typewritten.org; 'Subject: I am on vacation', 'Delivered-By-The-Graces-Of: the Vacation program')",
     vacation("n1", LENA, "Subject: I am on vacation\nDelivered-By-The-Graces-Of: the Vacation program\n",
              "I am on vacation until July 22. If you have something urgent,\nplease contact raj.iyer@harbourline.example"
              " (Raj Iyer).\n--Lena\n"), NB),
    ("v57-vacation-dynix", "vacation(1), Sequent DYNIX/ptx 3.2 manual page (a headerless .vacation.msg; the subject "
     "line is this row's, 'Re: <subject>', recalled)",
     vacation("n2", PIET, "Subject: Re: Quick question\n", "I am on vacation until August 4. If you have something "
              "urgent,\nplease contact the office (+31 20 555 0100).\n--Piet\n"), NB),
    ("v57-x55-delivery-receipt", "Exchange 5.5 delivery receipt (KB Q149021: delivery receipts; body recalled, weak)",
     ex55_receipt("n3", MEI, read=False), NB),
    ("v57-x55-read-receipt", "Exchange 5.5 / Outlook read receipt (KB Q257396 / Q253917: read receipts over the IMS; "
     "body recalled, weak)", ex55_receipt("n4", TOM, read=True), NB),
]

ROWS = EXIM3 + COURIER + POSTFIX + OTHERS + NONBOUNCES
