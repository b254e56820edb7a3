"""Review vintage57: a MEASUREMENT of the classifier on notices of older and less common mail systems (1995-2015),
in forms and wordings the earlier reviews (old36, old37, old47, vintage55, real_cases_*) did not use: Exchange 5.5's
IMS / MTA report (unknown, ambiguous, no transport), Exchange 2000/2003 reports with other remote replies, Lotus
Domino 6-8's SMTP report (Domino Directory look-ups, relay failures), sendmail 8's transcripts of loops, hop counts,
.forward and local-mailer failures (the errors its savemail.c frames), sendmail 5, qmail 1.03 with remote replies of
the era and qmail-ldap's own errors, Exim 3, the Courier mail server's report (module.esmtp's own sentences), Postfix
2.x's connection losses, MailFoundry, three forms sisimai keeps as "Unknown MTA", and no-failures: vacation(1)
replies, Exchange 5.5 receipts, and delays. About ten notices name several recipients with different outcomes.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay; [] = no bounce) written
from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_vintage57.py runs them."""

from __future__ import annotations

from tests.classifier.review_old36_layouts import qmail_send
from tests.classifier.review_vintage55_layouts import SM_TRANSIENT, exchange2003, sendmail8
from tests.classifier.review_vintage57_layouts import domino, ex55, sendmail5

R, S, ANY = "recipient", "sender", None
NB: list = []


def hard(a: str, *reasons: str) -> tuple:
    return (a, True, reasons or ("userunknown",), R, False)


def soft(a: str, *reasons: str, scope: str | None = R) -> tuple:
    return (a, False, reasons, scope, False)


def later(a: str, *reasons: str) -> tuple:
    return (a, False, reasons, ANY, True)


LENA, RAJ, MEI = "lena.park@harbourline.example", "raj.iyer@kestrel-tools.example", "mei.chen@orchardvale.example"
TOM, ANA, PIET = "t.wallace@brightwater.example", "ana.souza@mirante.example", "p.devries@polderhuis.example"
KARL, NOOR, JO = "karl.berg@fjordlog.example", "noor.haddad@cedarline.example", "jo.marsh@tallowfield.example"

KB = "Microsoft KB {} (Exchange Server 5.5 non-delivery report, quoted in full)"
MTS = "The MTS-ID of the original message is: c=US;a= ;p=Partner;l=EXCH1-000117214922Z-1187"
IMS = "MSEXCH:IMS:Partner:HQ:EXCH1 0 ({}) {}"
NOT_RECOGNIZED = ["The recipient name is not recognized", MTS, IMS.format("000C05A6", "Unknown Recipient")]
AMBIGUOUS = ["The recipient name is ambiguous.", MTS, IMS.format("000C0595", "Ambiguous Recipient")]
NO_TRANSPORT = ["No transport provider was available for delivery to this recipient.", MTS,
                "MSEXCH:MSExchangeMTA:HQ:EXCH1"]

EXCHANGE55 = [
    ("v57-x55-not-recognized", KB.format("Q246881 ('The recipient name is not recognized', (000C05A6) Unknown "
                                         "Recipient)"), ex55("x1", [(LENA, NOT_RECOGNIZED)]), [hard(LENA)]),
    ("v57-x55-mta-not-recognized", KB.format("Q182558 / Q201058 (the MTA's 'MSEXCH:MSExchangeMTA:<site>:<server>' "
                                             "line under 'The recipient name is not recognized')"),
     ex55("x2", [(RAJ, ["The recipient name is not recognized", "MSEXCH:MSExchangeMTA:HQ:CCGATE"])]), [hard(RAJ)]),
    ("v57-x55-ambiguous", KB.format("Q251152 ('The recipient name is ambiguous.', (000C0595) Ambiguous Recipient: "
                                    "two directory objects share the address, which exists)"),
     ex55("x3", [(MEI, AMBIGUOUS)]), [soft(MEI)]),
    ("v57-x55-no-transport", "Microsoft KB on the MTA's NDR when no connector's address space matches (the KB: 'does "
     "not necessarily indicate that the recipient is invalid'); the sentence itself recalled (weak)",
     ex55("x4", [(TOM, NO_TRANSPORT)]), [soft(TOM)]),
    ("v57-x55-two", KB.format("Q246881 + Q251152 (one report, two recipients)"),
     ex55("x5", [(LENA, NOT_RECOGNIZED), (MEI, AMBIGUOUS)]), [hard(LENA), soft(MEI)]),
    ("v57-x55-three", KB.format("Q246881 + Q251152 + the no-transport NDR (one report, three recipients)"),
     ex55("x6", [(ANA, AMBIGUOUS), (PIET, NOT_RECOGNIZED), (KARL, NO_TRANSPORT)]),
     [soft(ANA), hard(PIET), soft(KARL)]),
]

X2K3 = "Exchange 2003 NDR (KB 284204's layout); the bracket's remote reply from {}"
EXCHANGE2003 = [
    ("v57-x2k3-smtp-problem-relay", X2K3.format("technet.microsoft.com/en-us/exchange/bb288511 Example 1 ('There was a "
     "SMTP communication problem with the recipient's email server', '#5.5.0 smtp;554 ...: Relay access denied')"),
     exchange2003("x7", [(NOOR, "There was a SMTP communication problem with the recipient's email server.  Please "
                                "contact your system administrator.",
                          f"<exch01.corp.example #5.5.0 smtp;554 <{NOOR}>: Relay access denied>")]),
     [soft(NOOR, "norelaying", scope=ANY)]),
    ("v57-x2k3-temporarily-disabled", X2K3.format("asspsmtp.org wiki 'DSN 4.2.1 example' ('The message reached the "
     "recipient's e-mail system, but delivery was refused.', '#4.2.1 smtp;550 4.2.1 mailbox temporarily disabled')"),
     exchange2003("x8", [(JO, "The message reached the recipient's e-mail system, but delivery was refused.  Attempt to "
                              "resend the message.  If it still fails, contact your system administrator.",
                          f"<exch01.corp.example #4.2.1 smtp;550 4.2.1 mailbox temporarily disabled: {JO}>")]),
     [soft(JO, "suspend")]),
    ("v57-x2k3-two", X2K3.format("technet bb288511 and the asspsmtp example (one report, a relay refusal and a user "
                                 "unknown at the same MX)"),
     exchange2003("x9", [(NOOR, "There was a SMTP communication problem with the recipient's email server.  Please "
                                "contact your system administrator.",
                          f"<exch01.corp.example #5.5.0 smtp;554 <{NOOR}>: Relay access denied>"),
                         (LENA, "The e-mail account does not exist at the organization this message was sent to.  "
                                "Check the e-mail address, or contact the recipient directly to find out the correct "
                                "address.", f"<exch01.corp.example #5.1.1 smtp;550 5.1.1 <{LENA}>... User unknown>")]),
     [soft(NOOR, "norelaying", scope=ANY), hard(LENA)]),
]

DOM = "Lotus Domino 7 SMTP report (sisimai Lhost/Domino.pm: 'Your message' / 'was not delivered to:' / 'because:'{})"
RELAY = "IBM Open Mic 9 May 2012 'Error transferring to ...; SMTP Protocol Returned a Permanent Error'"
DOMINO = [
    ("v57-dom-not-listed", DOM.format("; 'not listed in Domino Directory'"),
     domino("d1", [(LENA, f"User Lena Park ({LENA}) not listed in Domino Directory", "5.0.0")]), [hard(LENA)]),
    ("v57-dom-several-matches", DOM.format("; 'Several matches found in Domino Directory'"),
     domino("d2", [(RAJ, f"Several matches found in Domino Directory for {RAJ}", "5.0.0")]), [soft(RAJ)]),
    ("v57-dom-cannot-route", DOM.format("; 'Cannot route mail to user' (no route to the user's mail server)"),
     domino("d3", [(MEI, f"Cannot route mail to user ({MEI})", "5.0.0")]), [soft(MEI)]),
    ("v57-dom-relay-550", DOM.format(f"; {RELAY}"),
     domino("d4", [(TOM, f"Error transferring to mx1.brightwater.example; SMTP Protocol Returned a Permanent Error "
                         f"550 5.1.1 <{TOM}>... User unknown", "5.1.1")]), [hard(TOM)]),
    ("v57-dom-relay-552", DOM.format(f"; {RELAY}; RFC 5321's 552 'exceeded storage allocation'"),
     domino("d5", [(ANA, "Error transferring to mx.mirante.example; SMTP Protocol Returned a Permanent Error 552 "
                         "Requested mail action aborted: exceeded storage allocation", "5.2.2")]),
     [soft(ANA, "mailboxfull")]),
    ("v57-dom-two", DOM.format("; two recipients, 'not listed' and 'Several matches'"),
     domino("d6", [(PIET, f"User Piet de Vries ({PIET}) not listed in Domino Directory", "5.0.0"),
                   (KARL, f"Several matches found in Domino Directory for {KARL}", "5.0.0")]), [hard(PIET), soft(KARL)]),
    ("v57-dom-three", DOM.format(f"; three recipients; {RELAY}"),
     domino("d7", [(NOOR, "Error transferring to mx.cedarline.example; SMTP Protocol Returned a Permanent Error 552 "
                          "Requested mail action aborted: exceeded storage allocation", "5.2.2"),
                   (JO, f"User Jo Marsh ({JO}) not listed in Domino Directory", "5.0.0"),
                   (LENA, f"Cannot route mail to user ({LENA})", "5.0.0")]),
     [soft(NOOR, "mailboxfull"), hard(JO), soft(LENA)]),
]

SMD = ("sendmail 8.9-8.13 return (savemail.c); the error from {}")
ORA = "Oracle Solaris 'Resolving Error Messages' (docs.oracle.com mailadmin-219)"
TRU = "Tru64 UNIX 'sendmail Error Messages' appendix (ftp.zx.net.nz DOCU_019)"
UMD = "University of Maryland OIT help desk bounce table (helpdesk.umd.edu/documents/3/3025)"
LOOP = "553 5.3.5 mx.kestrel-tools.example. config error: mail loops back to me (MX problem?)"
HOPS = f"554 5.4.6 Too many hops 26 (25 max): from <seller@example.com> via mail.example.net, to <{MEI}>"


def _sm(name: str, a: str, reason: str, transcript: str, status: str, diag: str = "", **kw) -> bytes:
    return sendmail8(name, [(a, reason)], transcript, [(a, "failed", status, diag)], **kw)


SENDMAIL = [
    ("v57-sm8-loops-back", SMD.format("O'Reilly 'sendmail' 3rd ed. §20 ('config error: mail loops back to me (MX "
                                      "problem?)', V8.7 and above) and " + ORA + " ('Local configuration error')"),
     _sm("s1", RAJ, LOOP, f"... while talking to mx.kestrel-tools.example.:\n>>> MAIL From:<seller@example.com> SIZE=812"
                          f"\n<<< {LOOP}\n554 5.3.5 <{RAJ}>... Local configuration error", "5.3.5", LOOP),
     [soft(RAJ, "systemerror", "networkerror")]),
    ("v57-sm8-too-many-hops", SMD.format(UMD + " ('554 sendall: too many hops ...', a mail loop); sendmail 8.9's "
                                         "deliver.c form"),
     _sm("s2", MEI, HOPS, HOPS, "5.4.6"), [soft(MEI, "systemerror", "networkerror")]),
    ("v57-sm8-forward-cannot-create", SMD.format(UMD + " ('.forward: line 1: ... Can't create output: Permission "
                                                 "denied': the recipient's .forward names an unwritable file)"),
     _sm("s3", TOM, "", f"550 5.0.0 /home/twallace/.forward: line 1: /home/twallace/mail/inbox... Can't create output:"
                        f" Permission denied\n550 5.0.0 <{TOM}>... Can't create output", "5.0.0"), [soft(TOM)]),
    ("v57-sm8-binmail-unknown-mailer", SMD.format(TRU + " ('binmail: opening /usr/spool/mail/...: Permission "
                                                  "denied': the local mailer failed)"),
     _sm("s4", ANA, "", "binmail: opening /var/spool/mail/asouza-: Permission denied\n554 5.3.0 <ana.souza@mirante."
                        "example>... unknown mailer error 1", "5.3.0"), [soft(ANA, "mailererror", "systemerror")]),
    ("v57-sm8-local-configuration-error", SMD.format(ORA + " ('554 hostname... Local configuration error': the host "
                                                     "tries to send mail to itself)"),
     _sm("s5", PIET, "", "554 5.3.5 polderhuis.example... Local configuration error", "5.3.5"),
     [soft(PIET, "systemerror", "networkerror")]),
    ("v57-sm8-unauthorized-relay", SMD.format(UMD + " ('553 ... unauthorized relay traffic prohibited' then '554 "
                                              "...Service unavailable')"),
     _sm("s6", KARL, "", f"... while talking to mx.fjordlog.example.:\n>>> RCPT To:<{KARL}>\n<<< 553 <{KARL}>... "
                         f"unauthorized relay traffic prohibited\n554 5.0.0 <{KARL}>... Service unavailable", "5.0.0",
         f"553 <{KARL}>... unauthorized relay traffic prohibited"), [soft(KARL, "norelaying", scope=ANY)]),
    ("v57-sm8-warning-timeout-source", SMD.format(ORA + " ('451 timeout waiting for input during source': the message "
                                                  "is queued for later delivery); the 4-hour warning"),
     sendmail8("s7", [(NOOR, "451 4.4.1 timeout waiting for input from mx.cedarline.example. during client greeting")],
               "", [(NOOR, "delayed", "4.4.1", "")], heading=SM_TRANSIENT,
               subject="Warning: could not send message for past 4 hours"), [later(NOOR)]),
    ("v57-sm8-three", SMD.format("the remote's replies (" + UMD + "): user unknown, mailbox full, too many hops"),
     sendmail8("s8", [(JO, ""), (LENA, ""), (MEI, "")],
               f"... while talking to mx.shared-host.example.:\n>>> RCPT To:<{JO}>\n<<< 550 5.1.1 <{JO}>... User "
               f"unknown\n550 5.1.1 <{JO}>... User unknown\n>>> DATA\n<<< 552 5.2.2 <{LENA}>... Mailbox full\n"
               f"554 5.2.2 <{LENA}>... Mailbox full\n{HOPS}",
               [(JO, "failed", "5.1.1", f"550 5.1.1 <{JO}>... User unknown"),
                (LENA, "failed", "5.2.2", f"552 5.2.2 <{LENA}>... Mailbox full"), (MEI, "failed", "5.4.6", "")]),
     [hard(JO), soft(LENA, "mailboxfull"), soft(MEI, "systemerror", "networkerror")]),
    ("v57-sm8-warning-refused", SMD.format(TRU + " ('Connection refused': no sendmail daemon on the destination "
                                           "host; retried)") + "; the 4-hour warning's lines",
     sendmail8("s11", [(KARL, "")], f"{KARL}... Deferred: Connection refused by mx.fjordlog.example.\nWarning: message "
               "still undelivered after 4 hours\nWill keep trying until message is 5 days old",
               [(KARL, "delayed", "4.4.1", "")], heading=SM_TRANSIENT,
               subject="Warning: could not send message for past 4 hours"), [later(KARL)]),
    ("v57-sm8-warning-user-open", SMD.format(TRU + " ('Connection timed out during user open': retried later)"),
     sendmail8("s12", [(TOM, "")], f"{TOM}... Deferred: Connection timed out during user open with mx.brightwater."
               "example.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days "
               "old", [(TOM, "delayed", "4.4.1", "")], heading=SM_TRANSIENT,
               subject="Warning: could not send message for past 4 hours"), [later(TOM)]),
    ("v57-sm8-three-days", SMD.format(TRU + " ('Cannot send message for 3 days': not delivered in the retry period, "
                                      "returned) with 'Connection reset by'"),
     sendmail8("s13", [(JO, "")], f"{JO}... Deferred: Connection reset by mx.tallowfield.example.\nMessage could not "
               "be delivered for 3 days\nMessage will be deleted from queue", [(JO, "failed", "4.4.7", "")],
               subject="Returned mail: Cannot send message for 3 days"), [soft(JO, "expired", "networkerror")]),
    ("v57-sm5-user-unknown", "sendmail 5.x return (sisimai Lhost/V5sendmail.pm: 'Returned mail: <Reason>', the "
     "transcript, 'Unsent message follows')",
     sendmail5("s9", "User unknown", f"550 {TOM}... User unknown", TOM), [hard(TOM)]),
    ("v57-sm5-host-unknown", "sendmail 5.x return (V5sendmail.pm); " + ORA + " ('550 hostname... Host unknown')",
     sendmail5("s10", "Host unknown", "550 oldpartner-gone.example (TCP)... 550 Host unknown", "ops@oldpartner-gone."
               "example"), [hard("ops@oldpartner-gone.example", "hostunknown")]),
]

QM = "qmail 1.03 qmail-send bounce; the remote's reply as the ubiquityhosting.com wiki 'Delivery Status Notification' " \
     "lists it ({})"
QLDAP = "qmail-ldap 1.03-20040101 patch's qmail-local errors, as sisimai Lhost/qmail.pm quotes them ({})"
QR = "qmail-remote.c / qmail-send.c of 1.03 ({})"
TOO_LONG = "I'm not going to try again; this message has been in the queue too long."


def _rcpt(reply: str) -> str:
    return f"192.0.2.25 does not like recipient.\nRemote host said: {reply}\nGiving up on 192.0.2.25."


QMAIL = [
    ("v57-q-mailbox-unavailable", QM.format("'550 Requested action not taken: mailbox unavailable', at RCPT"),
     qmail_send("q1", [(LENA, _rcpt("550 Requested action not taken: mailbox unavailable"))]), [hard(LENA)]),
    ("v57-q-551-mailbox-full", QM.format("'551 Requested action not taken: mailbox full'"),
     qmail_send("q2", [(RAJ, _rcpt("551 Requested action not taken: mailbox full"))]), [soft(RAJ, "mailboxfull")]),
    ("v57-q-552-storage", QM.format("'552 Requested action not taken: exceeded storage allocation', after the data"),
     qmail_send("q3", [(MEI, "192.0.2.25 failed after I sent the message.\nRemote host said: 552 Requested "
                             "action not taken: exceeded storage allocation\nGiving up on 192.0.2.25.")]),
     [soft(MEI, "mailboxfull", "mesgtoobig", "exceedlimit")]),
    ("v57-q-bad-reverse-dns", QM.format("'553 bad reverse dns': our sending host's PTR"),
     qmail_send("q4", [(TOM, "Connected to 192.0.2.25 but greeting failed.\nRemote host said: 553 bad reverse dns\n"
                             "Giving up on 192.0.2.25.")]), [soft(TOM, "requireptr", "blocked", scope=S)]),
    ("v57-q-554-over-quota", QM.format("'554 delivery error: Sorry, your message to ... cannot be delivered. This "
                                       "account is over quota.'"),
     qmail_send("q5", [(ANA, _rcpt(f"554 delivery error: dd Sorry, your message to {ANA} cannot be delivered. This "
                                   "account is over quota. - mta172.mail.re4.example.com"))]),
     [soft(ANA, "mailboxfull")]),
    ("v57-q-ldap-exceeded-size", QLDAP.format("'The message exeeded the maximum size the user accepts', #5.2.3"),
     qmail_send("q6", [(PIET, "The message exeeded the maximum size the user accepts (#5.2.3)")]),
     [soft(PIET, "exceedlimit", "mesgtoobig")]),
    ("v57-q-ldap-not-unique", QLDAP.format("'Too many results returned but needs to be unique', #5.3.5"),
     qmail_send("q7", [(KARL, "Too many results returned but needs to be unique (#5.3.5)")]),
     [soft(KARL, "systemerror")]),
    ("v57-q-ldap-lookup-too-long", QLDAP.format("'Temporary failure in LDAP lookup', #4.4.3, until the queue lifetime"),
     qmail_send("q8", [(NOOR, f"Temporary failure in LDAP lookup (#4.4.3)\n{TOO_LONG}")]), [soft(NOOR)]),
    ("v57-q-no-smtp-connection", QR.format("'Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)', then "
                                           "qmail-send's queue lifetime sentence"),
     qmail_send("q9", [(JO, f"Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n{TOO_LONG}")]),
     [soft(JO, "networkerror", "expired")]),
    ("v57-q-three", QM.format("three recipients: mailbox unavailable, over quota, no SMTP connection"),
     qmail_send("q10", [(LENA, _rcpt("550 Requested action not taken: mailbox unavailable")),
                        (ANA, _rcpt(f"554 delivery error: dd Sorry, your message to {ANA} cannot be delivered. This "
                                    "account is over quota. - mta172.mail.re4.example.com")),
                        (JO, f"Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n{TOO_LONG}")]),
     [hard(LENA), soft(ANA, "mailboxfull"), soft(JO, "networkerror", "expired")]),
    ("v57-q-ldap-two", QLDAP.format("two local recipients: 'Sorry, no mailbox here by that name' and the size limit"),
     qmail_send("q11", [(RAJ, "Sorry, no mailbox here by that name. (#5.1.1)"),
                        (PIET, "The message exeeded the maximum size the user accepts (#5.2.3)")]),
     [hard(RAJ), soft(PIET, "exceedlimit", "mesgtoobig")]),
]

ROWS = EXCHANGE55 + EXCHANGE2003 + DOMINO + SENDMAIL + QMAIL
