"""The forty-third review's second half (review_notices43.py runs it): qmail's clones and
qmail-ldap's table, OpenSMTPD's indented bounce and delay warning, Courier's delay notice,
MXLogic's Exim clone and Exim's delay warning, au's notice from au.com, MailMarshal's,
InterScan MSS's, GMX's and iMail's notices, each written from the markers Sisimai 5's parser
(sisimai/go-sisimai lhost/via-*.go, library code only) looks for. Expectations are the
taxonomy's reading of the words, written before the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices14_layouts import qmail
from tests.classifier.review_notices25_layouts import kddi
from tests.classifier.review_notices43_layouts import (courier_delay, einsundeins, exim_warning, ezweb, gmx, imail,
                                                       interscan, mailmarshal, messaging_server, mfilter, mxlogic,
                                                       opensmtpd_indented, plain_after, x3, x6, zoho)
from tests.classifier.review_notices43_layouts import activehunter, fml, james, mailfoundry, v5sendmail, x1, x2

R, S, ANY = "recipient", "sender", None
GO = "sisimai/go-sisimai lhost/{} (Sisimai 5's parser, library code only) as outside opinion"
TO = "lead@partner.example"

# ---- qmail's clones (via-qmail.go's startingof / boundaries lists: Yahoo's "Failure Notice",
# the intros and end markers of other qmail-derived servers). The intro sentences are the
# markers the parser lists; the rest of each notice is qmail-send's layout (weak: which server
# writes which clone's intro the parser does not say).
QSRC = GO.format("via-qmail.go") + " (its clone markers; weak: the servers behind them unnamed)"
YH = "lead@yahoo.com"


def _clone(name: str, to: str, intro: str, report: str, *, marker: str = "--- Below this line is a copy of the "
           "message.", subject: str = "failure notice", sender: str = "MAILER-DAEMON@mx.example.net") -> bytes:
    return plain_after(name, to, f"{intro}\n\n<{to}>:\n{report}\n", sender=sender, subject=subject, marker=marker,
                       what="qmail clone notice")


YAHOO_INTRO = "Sorry, we were unable to deliver your message to the following address."
QMAIL_CLONE_ROWS = [
    ("r43-qmail-yahoo-no-account", QSRC + " (Subject 'Failure Notice', Yahoo)",
     _clone("r43-qy1", YH, YAHOO_INTRO, "Remote host said: 554 delivery error: dd This user doesn't have a yahoo.com "
            f"account ({YH}) [0] - mta1234.mail.gq1.yahoo.com [RCPT_TO]", subject="Failure Notice",
            sender="MAILER-DAEMON@yahoo.com"), [(YH, True, ("userunknown",), R, False)]),
    ("r43-qmail-yahoo-mailbox-disabled", QSRC + " (Subject 'Failure Notice', Yahoo)",
     _clone("r43-qy2", YH, YAHOO_INTRO, "Remote host said: 554 delivery error: dd Sorry, your message to "
            f"{YH} cannot be delivered. This mailbox is disabled (554.30). - mta1234.mail.gq1.yahoo.com [DATA]",
            subject="Failure Notice", sender="MAILER-DAEMON@yahoo.com"), [(YH, False, ("suspend",), R, False)]),
    ("r43-qmail-yahoo-size-exceeds", QSRC + " (its mesgtoobig entry)",
     _clone("r43-qy3", YH, YAHOO_INTRO, "Message size exceeds fixed maximum message size: 41943040 bytes",
            subject="Failure Notice", sender="MAILER-DAEMON@yahoo.com"), [(YH, False, ("mesgtoobig",), ANY, False)]),
    ("r43-qmail-spanish-clone-user-unknown", QSRC + " ('Su mensaje no pudo ser entregado', '--- Mensaje original "
     "adjunto.')",
     _clone("r43-qes", TO, "Su mensaje no pudo ser entregado a las siguientes direcciones.", "192.0.2.25 does not like "
            f"recipient.\nRemote host said: 550 5.1.1 <{TO}>: Recipient address rejected: User unknown in local "
            "recipient table\nGiving up on 192.0.2.25.", marker="--- Mensaje original adjunto.",
            subject="Mensaje no entregado"), [(TO, True, ("userunknown",), R, False)]),
    ("r43-qmail-unfortunately-clone-mailbox-full", QSRC + " ('Unfortunately, your mail was not delivered')",
     _clone("r43-qun", TO, "Unfortunately, your mail was not delivered to the following address:",
            f"192.0.2.25 does not like recipient.\nRemote host said: 552 5.2.2 <{TO}>: Mailbox full\n"
            "Giving up on 192.0.2.25.", marker="--- Below the next line is a copy of the message."),
     [(TO, False, ("mailboxfull",), R, False)]),
    # Our own sender domain refused at MAIL FROM.
    ("r43-qmail-mail-message-clone-sender-rejected", QSRC + " ('Your mail message to the following address')",
     _clone("r43-qmm", TO, "Your mail message to the following address could not be delivered.",
            "Connected to 192.0.2.25 but sender was rejected.\nRemote host said: 553 5.1.8 <seller@example.com>: "
            "Sender address rejected: Domain not found", marker="--- Below this line is a copy of the mail header."),
     [(TO, False, ("rejected",), S, False)]),
    # Sisimai: blocked (EHLO); our HELO name refused.
    ("r43-qmail-unable-clone-helo-rejected", QSRC + " ('Unable to deliver message to the following address')",
     _clone("r43-qhe", TO, "Unable to deliver message to the following address(es).",
            "Connected to 192.0.2.25 but my name was rejected.\nRemote host said: 550 5.7.1 <mail.example.net>: "
            "Helo command rejected: Host not found", marker="Original message follows."),
     [(TO, False, ("blocked",), S, False)]),
    ("r43-qmail-greeting-failed-blocklist", QSRC + " (qmail-remote.c 'but greeting failed')",
     qmail("r43-qgr", [(TO, "Connected to 192.0.2.25 but greeting failed.\nRemote host said: 554 5.7.1 Service "
                        "unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org")], to=TO),
     [(TO, False, ("blocked",), S, False)]),
    ("r43-qmail-failed-after-data-spam", QSRC + " (qmail-remote.c 'failed after I sent the message')",
     qmail("r43-qsp", [(TO, "192.0.2.25 failed after I sent the message.\nRemote host said: 554 5.7.1 Message "
                        "rejected: spam detected")], to=TO), [(TO, False, ("spamdetected",), ANY, False)]),
    ("r43-qmail-failed-on-data-no-valid-recipients", QSRC + " (qmail-remote.c 'failed on DATA command')",
     qmail("r43-qdt", [(TO, "192.0.2.25 failed on DATA command.\nRemote host said: 554 5.5.1 Error: no valid "
                        "recipients")], to=TO), [(TO, False, (), ANY, False)]),
    # Sisimai: onhold (a refusal at RCPT, then the queue lifetime ran out): greylisting never passed.
    ("r43-qmail-greylisted-then-queue-too-long", QSRC + " (its onholdpair; qmail-send.c 'in the queue too long')",
     qmail("r43-qgl", [(TO, f"192.0.2.25 does not like recipient.\nRemote host said: 450 4.2.0 <{TO}>: Recipient "
                        "address rejected: Greylisted, see http://postgrey.schweikert.ch/help/partner.example.html\n"
                        "Giving up on 192.0.2.25.\nI'm not going to try again; this message has been in the queue "
                        "too long.")], to=TO), [(TO, False, ("expired", "blocked", "onhold", "undefined"), ANY, False)]),
    ("r43-qmail-local-disk-quota", QSRC + " (error_str.c 'disk quota exceeded' as qmail-local reports it)",
     qmail("r43-qdq", [(TO, "Unable to write /home/lead/Maildir/tmp/1733220000.1234.mx: disk quota exceeded. "
                        "(#4.3.0)\nI'm not going to try again; this message has been in the queue too long.")], to=TO),
     [(TO, False, ("mailboxfull", "expired"), R, False)]),
]

# ---- qmail-ldap's own errors (via-qmail.go's failonldap table, qmail-ldap-1.03-20040101.patch).
LSRC = GO.format("via-qmail.go") + " (its failonldap table; qmail-ldap-1.03-20040101.patch)"
LDAP_LINES = [
    ("administratively-disabled", "Mailaddress is administrativly disabled. (#5.2.1)", ("suspend",), R),
    ("exceeds-user-maximum", "The message exeeded the maximum size the user accepts. (#5.2.3)",
     ("exceedlimit", "mesgtoobig"), ANY),
    ("attribute-mandatory", "LDAP attribute is not given but mandatory. (#5.3.5)", ("systemerror",), ANY),
    ("too-many-results", "Too many results returned but needs to be unique. (#5.3.5)", ("systemerror",), ANY),
    ("illegal-value", "Illegal value in LDAP attribute. (#5.3.5)", ("systemerror",), ANY),
    # A local forwarding program failed: 5.4.4 here is no word about the recipient's domain.
    ("qmail-forward-permanent", "Permanent error while executing qmail-forward. (#5.4.4)",
     ("systemerror", "mailererror"), ANY),
    ("ldap-unreachable-queue-too-long", "Unable to contact LDAP server. (#4.4.3)\nI'm not going to try again; this "
     "message has been in the queue too long.", ("systemerror", "expired", "networkerror"), ANY),
    ("homedir-creation-queue-too-long", "Temporary error in automatic homedir creation. (#4.3.0)\nI'm not going to "
     "try again; this message has been in the queue too long.", ("systemerror", "expired"), ANY),
    ("ldap-bad-credentials-queue-too-long", "Unable to login into LDAP server, bad credentials. (#4.4.3)\nI'm not going "
     "to try again; this message has been in the queue too long.", ("systemerror", "expired", "networkerror"), ANY),
    ("ldap-search-timeout-queue-too-long", "Timeout while performing search on LDAP server. (#4.4.3)\nI'm not going "
     "to try again; this message has been in the queue too long.", ("systemerror", "expired", "networkerror"), ANY),
]
LDAP_ROWS = [(f"r43-qmail-ldap-{name}", LSRC, qmail(f"r43-ql-{name}", [(TO, text)], to=TO),
              [(TO, False, reasons, scope, False)]) for name, text, reasons, scope in LDAP_LINES]

# ---- OpenSMTPD 6's indented bounce (via-opensmtpd.go's quotes of smtpd/bounce.c) and its
# table's entries no review wrote; "No MX found" is now notaccept in Sisimai 5 (4.25:
# networkerror), but smtpd/mta.c sets it as a temporary failure (DNS_ENOTFOUND): the domain's
# DNS for now, never a domain known to accept no mail.
OSRC = GO.format("via-opensmtpd.go") + " (its quotes of smtpd/bounce.c and its table; smtpd/mta.c)"
OS_LINES = [
    ("mailbox-full", f"550 5.2.2 <{TO}>... Mailbox Full", False, ("mailboxfull",), R),
    ("user-unknown", f"550 5.1.1 <{TO}>: Recipient address rejected: User unknown in local recipient table", True,
     ("userunknown",), R),
    ("domain-does-not-exist", "Domain does not exist", True, ("hostunknown",), R),
    ("no-mx-for-domain", "No MX found for domain", False, ("networkerror", "expired"), ANY),
    ("no-valid-route-to-destination", "No valid route to destination", False, ("networkerror", "expired"), ANY),
    ("address-family-mismatch", "Address family mismatch on destination MXs", False, ("networkerror", "expired"), ANY),
    ("no-source-address", "Could not retrieve source address", False, ("networkerror", "systemerror"), ANY),
    ("bad-dns-error-code", "bad DNS lookup error code", False, ("networkerror", "systemerror"), ANY),
]
OS_ROWS = [(f"r43-opensmtpd-indented-{name}", OSRC, opensmtpd_indented(f"r43-os-{name}", TO, error),
            [(TO, hard, reasons, scope, False)]) for name, error, hard, reasons, scope in OS_LINES]
OS_ROWS += [
    ("r43-opensmtpd-delay-warning-mailbox-full", OSRC + " (bounce.c notice_warning / notice_warning2)",
     opensmtpd_indented("r43-os-dw1", TO, f"452 4.2.2 <{TO}>: Mailbox full", delay="4h"),
     [(TO, False, ("mailboxfull",), R, True)]),
    ("r43-opensmtpd-delay-warning-network", OSRC + " (bounce.c notice_warning / notice_warning2)",
     opensmtpd_indented("r43-os-dw2", TO, "Network error on destination MXs", delay="4h"),
     [(TO, False, ("networkerror", "expired", "undefined", "onhold"), ANY, True)]),
]

# ---- Courier's delay notice (4.25 knew its markers; no review had written it).
CSRC = GO.format("via-courier.go") + " (its markers; courier module.dsn dsndelayed.txt, module.esmtp's words)"
COURIER_ROWS = [
    ("r43-courier-delay-dns-lookup-failed", CSRC, courier_delay("r43-cd1", TO, "partner.example: DNS lookup failed."),
     [(TO, False, ("networkerror",), ANY, True)]),
    ("r43-courier-delay-mailbox-full", CSRC,
     courier_delay("r43-cd2", TO, f"mx.partner.example [192.0.2.25]:\n>>> RCPT TO:<{TO}>\n<<< 452 4.2.2 <{TO}>: "
                   "Mailbox full"), [(TO, False, ("mailboxfull",), R, True)]),
]

# ---- Exim: MXLogic's clone and the delay warning's "Delay reason: ".
XSRC = GO.format("via-exim.go") + " (its MXLogic markers and delayedfor list; Exim src/deliver.c)"
EXIM_ROWS = [
    ("r43-mxlogic-user-unknown", XSRC, mxlogic("r43-mx1", TO, f"550 5.1.1 <{TO}>... User unknown"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-mxlogic-mailbox-full", XSRC, mxlogic("r43-mx2", TO, f"552 5.2.2 <{TO}>... Mailbox full"),
     [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-mxlogic-relay-denied", XSRC, mxlogic("r43-mx3", TO, f"554 5.7.1 <{TO}>: Relay access denied"),
     [(TO, False, ("norelaying",), ANY, False)]),
    ("r43-exim-delay-reason-mailbox-full", XSRC,
     exim_warning("r43-ew1", TO, f"SMTP error from remote mail server after RCPT TO:<{TO}>:\n    host "
                  f"mx.partner.example [192.0.2.25]: 452 4.2.2 <{TO}>: Mailbox full"),
     [(TO, False, ("mailboxfull",), R, True)]),
    ("r43-exim-delay-reason-timeout", XSRC, exim_warning("r43-ew2", TO, "Connection timed out"),
     [(TO, False, ("networkerror", "expired"), ANY, True)]),
]

# ---- au (KDDI)'s own notice, now also from au.com (via-ezweb.go's markers and table).
AU = "lead@au.com"
EZ = "lead@ezweb.ne.jp"
ZSRC = GO.format("via-ezweb.go") + " (its markers and table)"
EZWEB_ROWS = [
    # Sisimai: suspend (an unpaid account, its comment says); the notice's own first line.
    ("r43-ezweb-au-account-disabled", ZSRC, ezweb("r43-ez1", AU, f"The user(s) account is disabled.\n\n<{AU}>: 550 "
                                                  "user unknown (in reply to RCPT TO command)"),
     [(AU, False, ("suspend",), R, False)]),
    ("r43-ezweb-account-temporarily-limited", ZSRC,
     ezweb("r43-ez2", EZ, f"The user(s) account is temporarily limited.\n\n<{EZ}>: 550 user unknown (in reply to "
           "RCPT TO command)", sender="Postmaster@ezweb.ne.jp", msgid="lsean.ezweb.ne.jp"),
     [(EZ, False, ("suspend",), R, False)]),
    ("r43-ezweb-au-over-quota", ZSRC, ezweb("r43-ez3", AU, f"The user(s) account is temporarily over quota.\n\n<{AU}>: "
                                            "552 mailbox full (in reply to RCPT TO command)"),
     [(AU, False, ("mailboxfull",), R, False)]),
    ("r43-ezweb-au-not-delivered-within", ZSRC,
     ezweb("r43-ez4", TO, f"Your message was not delivered within 4 days and 0 hours.\nRemote host is not "
           f"responding.\n\n<{TO}>"), [(TO, False, ("expired",), ANY, False)]),
    # Sisimai: onhold; the remote's own words say no such user.
    ("r43-ezweb-au-each-rejected-user-unknown", ZSRC,
     ezweb("r43-ez5", TO, "Each of the following recipients was rejected by a remote mail server.\n\n"
           f"    Recipient: <{TO}>\n    >>> RCPT TO:<{TO}>\n    <<< 550 <{TO}>: User unknown"),
     [(TO, True, ("userunknown",), R, False)]),
]

# ---- MailMarshal, InterScan MSS, GMX and iMail (layouts no review had written).
MMSRC = GO.format("via-mailmarshal.go") + " (its markers)"
ISRC = GO.format("via-interscanmss.go / via-trendmicro.go") + " (its markers)"
GXSRC = GO.format("via-gmx.go") + " (its markers and table)"
IMSRC = GO.format("via-imailserver.go") + " (its markers and table)"
TO2 = "buyer@partner.example"
GATEWAY_ROWS = [
    ("r43-mailmarshal-user-unknown", MMSRC, mailmarshal("r43-mm1", [TO], "550 5.1.1 User unknown"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-mailmarshal-mailbox-full", MMSRC, mailmarshal("r43-mm2", [TO], "552 5.2.2 Mailbox full"),
     [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-mailmarshal-two-affected", MMSRC, mailmarshal("r43-mm3", [TO, TO2], "550 5.1.1 User unknown"),
     [(TO, True, ("userunknown",), R, False), (TO2, True, ("userunknown",), R, False)]),
    ("r43-mailmarshal-spam", MMSRC, mailmarshal("r43-mm4", [TO], "554 5.7.1 Message rejected as spam by Content "
                                                "Filtering"), [(TO, False, ("spamdetected",), ANY, False)]),
    ("r43-interscan-user-unknown", ISRC,
     interscan("r43-is1", TO, f"Sent <<< RCPT TO:<{TO}>\nReceived >>> 550 5.1.1 <{TO}>... user unknown"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-interscan-mailbox-full", ISRC,
     interscan("r43-is2", TO, f"Sent <<< RCPT TO:<{TO}>\nReceived >>> 552 5.2.2 <{TO}>... Mailbox full"),
     [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-interscan-japanese-user-unknown", ISRC + " (its 'not written in English' branch)",
     interscan("r43-is3", TO, f"送信 <<< RCPT TO:<{TO}>\n受信 >>> 550 5.1.1 <{TO}>... User unknown"),
     [(TO, True, ("userunknown",), R, False)]),
    # Sisimai: userunknown; the words say only that the gateway could not deliver.
    ("r43-interscan-unable-to-deliver", ISRC,
     interscan("r43-is4", TO, f"Unable to deliver message to <{TO}> (and other recipients in the same domain)."),
     [(TO, False, (), ANY, False)]),
    ("r43-gmx-user-unknown", GXSRC,
     gmx("r43-gx1", TO, f'"{TO}":\nSMTP error from remote server after RCPT command:\nhost: mx.partner.example\n'
         f"5.1.1 <{TO}>... User Unknown"), [(TO, True, ("userunknown",), R, False)]),
    ("r43-gmx-mailbox-full", GXSRC,
     gmx("r43-gx2", TO, f'"{TO}":\nSMTP error from remote server after RCPT command:\nhost: mx.partner.example\n'
         f"5.2.2 <{TO}>... Mailbox full"), [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-gmx-retry-timeout", GXSRC, gmx("r43-gx3", TO, f"<{TO}>\n\nReason:\ndelivery retry timeout exceeded"),
     [(TO, False, ("expired",), ANY, False)]),
    ("r43-imail-unknown-user", IMSRC, imail("r43-im1", TO, f"Unknown user: {TO}"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-imail-mailbox-exceeds", IMSRC,
     imail("r43-im2", TO, f"undeliverable to {TO}", "552 User mailbox exceeds allowed size"),
     [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-imail-unknown-host", IMSRC, imail("r43-im3", "lead@nosuch-host.example",
                                            "Unknown host: lead@nosuch-host.example"),
     [("lead@nosuch-host.example", True, ("hostunknown",), R, False)]),
    ("r43-imail-delivery-failed-attempts", IMSRC, imail("r43-im4", TO, f"Delivery failed 5 attempts: {TO}"),
     [(TO, False, ("expired",), ANY, False)]),
    ("r43-imail-blacklisted-url", IMSRC,
     imail("r43-im5", TO, f"undeliverable to {TO}", "554 Blacklisted URL in message"),
     [(TO, False, ("spamdetected",), ANY, False)]),
    ("r43-imail-virus", IMSRC,
     imail("r43-im6", TO, f"undeliverable to {TO}", "550 Requested action not taken: virus detected"),
     [(TO, False, ("virusdetected",), ANY, False)]),
]

# ---- au (KDDI)'s notice: its "SMTP relay error" entry (Sisimai: norelaying, in 4.25 too, no
# review wrote it): the remote server's own reply follows and decides; Oracle Messaging Server's
# report; 1&1's notice (layouts no review had written).
KSRC = GO.format("via-kddi.go") + " (its table and markers)"
MSSRC = GO.format("via-messagingserver.go") + " (its markers and table)"
ESRC = GO.format("via-einsundeins.go") + " (its markers and table; 1&1's postmaster page named in its comments)"
OTHER_ROWS = [
    ("r43-kddi-smtp-relay-error-user-unknown", KSRC,
     kddi("r43-kd1", TO, f"Due to the following SMTP relay error.\n     550 5.1.1 <{TO}>... User Unknown"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-kddi-smtp-relay-error-mailbox-full", KSRC,
     kddi("r43-kd2", TO, f"Due to the following SMTP relay error.\n     552 5.2.2 <{TO}>... Mailbox full"),
     [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-messaging-server-user-unknown", MSSRC,
     messaging_server("r43-ms1", TO, "Remote SMTP server has rejected address", f"550 5.1.1 <{TO}>... User Unknown"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-messaging-server-mailbox-full", MSSRC,
     messaging_server("r43-ms2", TO, "Remote SMTP server has rejected address", f"552 5.2.2 <{TO}>... Mailbox full"),
     [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-messaging-server-illegal-host", MSSRC,
     messaging_server("r43-ms3", "lead@partner.exmaple", "Illegal host/domain name found",
                      "550 5.1.2 Illegal host/domain name found"),
     [("lead@partner.exmaple", True, ("hostunknown",), R, False)]),
    ("r43-einsundeins-size-limit", ESRC,
     einsundeins("r43-eu1", TO, "Mail size limit exceeded. For explanation visit\n"
                 "http://postmaster.1and1.com/en/error-messages?ip=%1s"), [(TO, False, ("mesgtoobig",), ANY, False)]),
    ("r43-einsundeins-remote-user-unknown", ESRC,
     einsundeins("r43-eu2", TO, "SMTP error from remote server for RCPT command,\nhost: mx.partner.example "
                 f"(192.0.2.25)\nreason: 550 5.1.1 <{TO}>: Recipient address rejected: User unknown"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-einsundeins-remote-spam-text-command", ESRC + " ('for TEXT command' is DATA)",
     einsundeins("r43-eu3", TO, "SMTP error from remote server for TEXT command,\nhost: mx.partner.example "
                 "(192.0.2.25)\nreason: 554 5.7.1 Message rejected as spam"),
     [(TO, False, ("spamdetected",), ANY, False)]),
]

# ---- Sisimai's unknown MTAs #3 and #6, Digital Arts m-FILTER and Zoho Mail's own notice.
X6SRC = GO.format("via-x6.go") + " (its markers and the lines its comments quote)"
X3SRC = GO.format("via-x3.go") + " (its markers and the lines its comments quote)"
MFSRC = GO.format("via-mfilter.go") + " (its markers and the Japanese lead its comments quote)"
ZOSRC = GO.format("via-zoho.go") + " (its markers, table and the lines its comments quote)"
SMALL_ROWS = [
    ("r43-x6-rejected-recipient-user-unknown", X6SRC,
     x6("r43-x61", TO, f"SMTP Server <mx.partner.example> rejected recipient <{TO}>\n  (Error following RCPT "
        "command). It responded as follows: [550 5.1.1 User unknown]"), [(TO, True, ("userunknown",), R, False)]),
    ("r43-x6-rejected-recipient-mailbox-full", X6SRC,
     x6("r43-x62", TO, f"SMTP Server <mx.partner.example> rejected recipient <{TO}>\n  (Error following RCPT "
        "command). It responded as follows: [552 5.2.2 Mailbox full]"), [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-x3-no-such-user", X3SRC,
     x3("r43-x31", TO, f"SMTP:RCPT host 192.0.2.8: 553 5.3.0 <{TO}>... No such user here"),
     [(TO, True, ("userunknown",), R, False)]),
    # The sending system found no route for the address: its own routing, for now or for good,
    # with no word that the address or domain does not exist.
    ("r43-x3-routing-no-gateway", X3SRC, x3("r43-x32", TO, f"Routing: Could not find a gateway for {TO}"),
     [(TO, False, (), ANY, False)]),
    ("r43-mfilter-unknown-user-rcpt", MFSRC, mfilter("r43-mf1", TO, f"550 5.1.1 unknown user <{TO}>", "RCPT TO"),
     [(TO, True, ("userunknown",), R, False)]),
    # The same words after DATA: the taxonomy's `filtered` (refused after DATA).
    ("r43-mfilter-unknown-user-data", MFSRC, mfilter("r43-mf2", TO, f"550 5.1.1 unknown user <{TO}>", "DATA"),
     [(TO, False, ("filtered",), R, False)]),
    ("r43-mfilter-mailbox-full", MFSRC, mfilter("r43-mf3", TO, f"552 5.2.2 <{TO}> mailbox full", "RCPT TO"),
     [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-zoho-invalid-address-user-unknown", ZOSRC,
     zoho("r43-zo1", TO, f"{TO} Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <{TO}>... User Unknown"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-zoho-host-not-reachable", ZOSRC,
     zoho("r43-zo2", TO, f"[Status: Error, Address: <{TO}>, ResponseCode 421, , Host not reachable.]"),
     [(TO, False, ("expired", "networkerror"), ANY, False)]),
    ("r43-zoho-mailbox-full", ZOSRC,
     zoho("r43-zo3", TO, f"{TO} Invalid Address, ERROR_CODE :552, ERROR_CODE :5.2.2 <{TO}>... Mailbox full"),
     [(TO, False, ("mailboxfull",), R, False)]),
]

# ---- Unknown MTAs #1 and #2, Apache James, MailFoundry.
X1SRC = GO.format("via-x1.go") + " (its markers and the lines its comments quote)"
X2SRC = GO.format("via-x2.go") + " (its markers and the lines its comments quote)"
JSRC = GO.format("via-apachejames.go") + " (its markers; weak: the lead sentences recalled from James 2.3's Bounce mailet)"
MFYSRC = GO.format("via-mailfoundry.go") + " (its markers and the lines its comments quote)"
FOUR_ROWS = [
    # "[User unknown]" with no status and no stage: the team's call (review 25's biglobe row) is filtered.
    ("r43-x1-user-unknown", X1SRC + "; the team's call: English 'User unknown' with no stage and no 5.1.x is filtered",
     x1("r43-x11", TO, "User unknown"), [(TO, False, ("filtered", "userunknown"), R, False)]),
    ("r43-x1-mailbox-full", X1SRC, x1("r43-x12", TO, "Mailbox full"), [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-x2-no-account", X2SRC,
     x2("r43-x21", TO, f"This user doesn't have a partner.example account ({TO}) [0]"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-x2-mailbox-disabled", X2SRC + " (weak: Yahoo's wording in this layout)",
     x2("r43-x22", TO, f"Sorry, your message to {TO} cannot be delivered. This mailbox is disabled (554.30)."),
     [(TO, False, ("suspend",), R, False)]),
    ("r43-james-user-unknown", JSRC,
     james("r43-ja1", TO, f"550 5.1.1 <{TO}>: Recipient address rejected: User unknown in local recipient table"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-james-no-dns-entries", JSRC + "; James RemoteDelivery's own sentence",
     james("r43-ja2", TO, "There are no DNS entries for the hostname partner.example.  I cannot determine where to "
           "send this message."), [(TO, True, ("hostunknown",), R, False)]),
    ("r43-mailfoundry-no-such-user", MFYSRC,
     mailfoundry("r43-mfy1", TO, f"Server mx22.partner.example[192.0.2.222] failed with: 550 <{TO}> No such user here"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-mailfoundry-mailbox-full", MFYSRC,
     mailfoundry("r43-mfy2", TO, f"Server mx22.partner.example[192.0.2.222] failed with: 552 5.2.2 <{TO}>... Mailbox "
                 "full"), [(TO, False, ("mailboxfull",), R, False)]),
]

# ---- Sendmail V5, Active!hunter and fml (a list's reply to our post: our sender refused).
V5SRC = GO.format("via-v5sendmail.go") + " (its markers and the transcript lines its comments quote)"
AHSRC = GO.format("via-activehunter.go") + " (its markers; vpopmail chkusr's reply its comments quote)"
FMLSRC = GO.format("via-fml.go") + " (its errortitle / errortable)"
LIST = "sales-ml@partner.example"
LAST_ROWS = [
    ("r43-v5sendmail-user-unknown", V5SRC,
     v5sendmail("r43-v51", TO, f"While talking to smtp.partner.example:\n>>> RCPT To:<{TO}>\n<<< 550 <{TO}>, User "
                f"Unknown\n550 <{TO}>... User unknown"), [(TO, True, ("userunknown",), R, False)]),
    ("r43-v5sendmail-mailbox-full", V5SRC,
     v5sendmail("r43-v52", TO, f"While talking to smtp.partner.example:\n>>> RCPT To:<{TO}>\n<<< 552 <{TO}>... "
                f"Mailbox full\n552 <{TO}>... Mailbox full"), [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-v5sendmail-host-unknown", V5SRC + " (the line before any 'While talking to')",
     v5sendmail("r43-v53", "lead@nosuch-host.example", "550 <lead@nosuch-host.example>... Host unknown (Name server: "
                "nosuch-host.example: host not found)"),
     [("lead@nosuch-host.example", True, ("hostunknown",), R, False)]),
    ("r43-activehunter-no-mailbox", AHSRC,
     activehunter("r43-ah1", TO, "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)"),
     [(TO, True, ("userunknown",), R, False)]),
    ("r43-activehunter-mailbox-full", AHSRC + " (weak: the reply by hand)",
     activehunter("r43-ah2", TO, f"552 5.2.2 <{TO}>... Mailbox full"), [(TO, False, ("mailboxfull",), R, False)]),
    ("r43-fml-not-member-subject", FMLSRC,
     fml("r43-fml1", LIST, "You seller@example.com are not member (sales-ml ML)",
         f"You are not a member of this mailing list <{LIST}>.\n\nIf you know the general guide of this list, please "
         "send mail with the mail body\n\n\tguide\n\nto the address"),
     [(LIST, False, ("rejected",), ANY, False)]),
    ("r43-fml-not-a-member-body", FMLSRC + " (its errortable's body sentence; weak: the subject by hand)",
     fml("r43-fml2", LIST, "Re: Quick question (sales-ml ML)",
         f"You are not a member of this mailing list <{LIST}>.\n\nIf you know the general guide of this list, please "
         "send mail with the mail body\n\n\tguide\n\nto the address"),
     [(LIST, False, ("rejected",), ANY, False)]),
    ("r43-fml-reject-spammers", FMLSRC + " (its errortable; weak: the subject by hand)",
     fml("r43-fml3", LIST, "Re: Quick question (sales-ml ML)",
         f"reject spammers: seller@example.com, your post to <{LIST}> was rejected."),
     [(LIST, False, ("rejected", "spamdetected"), ANY, False)]),
    ("r43-fml-loop-back-warning", FMLSRC,
     fml("r43-fml4", LIST, "Loop Back Warning: Quick question (sales-ml ML)",
         f"Loop Back Warning: <{LIST}> received its own post back."),
     [(LIST, False, ("systemerror",), ANY, False)]),
]

MORE_ROWS = (LAST_ROWS + FOUR_ROWS + SMALL_ROWS + OTHER_ROWS + QMAIL_CLONE_ROWS + LDAP_ROWS + OS_ROWS + COURIER_ROWS + EXIM_ROWS + EZWEB_ROWS + GATEWAY_ROWS)
