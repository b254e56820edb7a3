"""Relay 63, a second batch (see review_relay63.py for the aim and rules): ISPs' block-list replies in their own
codes (AT&T's 553 5.3.0 "DNSBL:RBL", Comcast's BL000000, Cox's CBL pointer, Hotmail's SC-001), sendmail's DNSBL
feature and its old "we do not relay <our sender>", a relay refusal from OUR OWN relayhost, Postfix's client-host
refusals, mail.ru's spam verdict, Yahoo's BL21 in Gmail's DSN. Written after the first batch's run, expectations
committed BEFORE the classifier ran on these rows; a measurement of its own (figures in test_review_relay63.py)."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, BLOCKED, S, YAHOO, ex_remote, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, GMAIL_SRC, POSTFIX_SRC, SENDMAIL_SRC, postfix, sendmail
from tests.classifier.review_relay63 import NR, PF_RELAY
from tests.classifier.review_relay63_more import BLOCK, PF_RBL, SPAM

OURIP = "198.51.100.7"
ATT = "AT&T postmaster 'Error codes' ('553 5.3.0 ... DNSBL:RBL 521< IP >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net')"
COMCAST = "Comcast postmaster 'SMTP error codes' (BL000000: 'Comcast block for spam', postmaster.comcast.net/smtp-error-codes.php)"
COX = "Cox postmaster 'Error codes' ('ERROR: Mail refused - <IP> - See http://cbl.abuseat.org/lookup.cgi?ip=<IP>')"
HOTMAIL = "Outlook.com / Hotmail postmaster ('550 SC-001 ... part of their network is on our block list')"
SM_DNSBL = "sendmail cf/feature/dnsbl.m4 default ('Rejected: $&{client_addr} listed at <list>'; cf/README FEATURE(dnsbl))"
SM_OLD = "sendmail 8.8 proto.m4 check_rcpt ('we do not relay <sender>')"
PF_CLIENT = "Postfix smtpd_check.c ('Client host rejected: Access denied'; reject_unknown_reverse_client_hostname 'cannot find your reverse hostname')"
MAILRU = "Mail.ru postmaster help ('550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=...')"


def ours(a: str, reasons: tuple) -> list[tuple]:
    return [(a, False, reasons, S, False)]


ROWS = [
    ("r63s-pf-att-dnsbl-rbl-5-3-0", f"{POSTFIX_SRC}; {ATT}",
     pf_remote("s1", "jsmith.purchasing@att.net", f"553 5.3.0 flph829 DNSBL:RBL 521< {OURIP} >_is_blocked.For "
               "assistance forward this error to abuse_rbl@abuse-att.net", "5.3.0", "ff-ip4-mx-vip1.prodigy.net"),
     ours("jsmith.purchasing@att.net", BLOCK)),
    ("r63s-exim-comcast-bl000000", f"{EXIM_SRC}; {COMCAST}",
     ex_remote("s2", "dana.buyer@comcast.net", f"554 resimta-ch2-18v.sys.comcast.net comcast {OURIP} Comcast block "
               "for spam.  Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000",
               "mx1.comcast.net"), ours("dana.buyer@comcast.net", BLOCK)),
    ("r63s-pf-cox-cbl", f"{POSTFIX_SRC}; {COX}",
     pf_remote("s3", "pat.ops@cox.net", f"554 cxr.mx.a.cox.net cmsmtp ERROR: Mail refused - <{OURIP}> - See "
               f"http://cbl.abuseat.org/lookup.cgi?ip={OURIP}", "5.0.0", "mx.west.cox.net"), ours("pat.ops@cox.net", BLOCK)),
    ("r63s-pf-hotmail-sc-001", f"{POSTFIX_SRC}; {HOTMAIL}",
     pf_remote("s4", "lee.chan.sales@hotmail.com", f"550 SC-001 (COL004-MC1F43) Unfortunately, messages from {OURIP} "
               "weren't sent. Please contact your Internet service provider since part of their network is on our "
               "block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
               "5.0.0", "mx1.hotmail.com"), ours("lee.chan.sales@hotmail.com", BLOCK)),
    ("r63s-sm-dnsbl-listed-at", f"{SENDMAIL_SRC}; {SM_DNSBL}",
     sendmail("s5", "m.lopez@rioja-bodegas.es", remote="mx.rioja-bodegas.es", rcpt_reply=f"550 5.7.1 Rejected: "
              f"{OURIP} listed at zen.spamhaus.org", status="5.7.1"), ours("m.lopez@rioja-bodegas.es", BLOCK)),
    ("r63s-sm-we-do-not-relay-our-sender", f"{SENDMAIL_SRC}; {SM_OLD}",
     sendmail("s6", "g.weiss@tirol-alpin.at", remote="mail.tirol-alpin.at", rcpt_reply="550 5.7.1 "
              "<g.weiss@tirol-alpin.at>... we do not relay <seller@example.com>", status="5.7.1"),
     ours("g.weiss@tirol-alpin.at", NR + ("rejected",))),
    ("r63s-pf-our-relayhost-relay-access-denied", f"{POSTFIX_SRC}; {PF_RELAY} (our own relayhost answering)",
     postfix("s7", "h.kaur@sutlej-exports.in", reason="host smtp.example.com[198.51.100.2] said: 554 5.7.1 "
             "<h.kaur@sutlej-exports.in>: Relay access denied (in reply to RCPT TO command)", status="5.7.1",
             remote="smtp.example.com", diag="554 5.7.1 <h.kaur@sutlej-exports.in>: Relay access denied",
             host="laptop.example.com"), ours("h.kaur@sutlej-exports.in", NR + ("rejected",))),
    ("r63s-pf-client-host-rejected-access-denied", f"{POSTFIX_SRC}; {PF_CLIENT}",
     pf_remote("s8", "r.alvarez@pampas-grain.com.ar", f"554 5.7.1 <unknown[{OURIP}]>: Client host rejected: Access "
               "denied", "5.7.1", "mx.pampas-grain.com.ar"), ours("r.alvarez@pampas-grain.com.ar", BLOCK + ("requireptr",))),
    ("r63s-pf-reverse-hostname-delay", f"{POSTFIX_SRC}; {PF_CLIENT}",
     pf_remote("s9", "t.ito@kyushu-denki.co.jp", f"450 4.7.25 Client host rejected: cannot find your reverse "
               f"hostname, [{OURIP}]", "4.7.25", "mx.kyushu-denki.co.jp", action="delayed"),
     [("t.ito@kyushu-denki.co.jp", False, (), ANY, True)]),
    ("r63s-exim-mailru-spam-rejected", f"{EXIM_SRC}; {MAILRU}",
     ex_remote("s10", "ivan.zakupki@mail.ru", "550 spam message rejected. Please visit "
               "http://help.mail.ru/notspam-support/id?c=AbCdEfGhIjKlMnOpQrStUvWxYz0 or  report details to "
               "abuse@corp.mail.ru. Error code: 1A2B3C4D5E6F. ID: 0000000A12345678.", "mxs.mail.ru", command="DATA"),
     [("ivan.zakupki@mail.ru", False, SPAM, ANY, False)]),
    ("r63s-gmail-yahoo-bl21", f"{GMAIL_SRC}; {YAHOO}; {PF_RBL}",
     g_remote("s11", "kim.procure@yahoo.com", f"553 5.7.1 [BL21] Connections will not be accepted from {OURIP}, because "
              "the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes", "5.7.1",
              "mta6.am0.yahoodns.net", heading="Message blocked", lead=BLOCKED), ours("kim.procure@yahoo.com", BLOCK)),
]
