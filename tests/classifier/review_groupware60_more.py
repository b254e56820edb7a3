"""Groupware 60's second table (see review_groupware60.py for the method): the own notices of Yandex (its Postfix
report), mail.ru (its Exim notice), Zoho Mail, 1&1 / IONOS, GoDaddy's secureserver.net relays and a Kerio Connect
recipient's delay, written and cited the same way. Names "gw60-<vendor>-<what>"."""

from __future__ import annotations

from tests.classifier.review_groupware60_layouts import (MDAEMON_WARN_SRC, ONEUNDONE_SRC, YANDEX_SRC, ionos,
                                                         mdaemon_warn, yandex_own)
from tests.classifier.review_holdout50 import ANY, FULL, HU, S, hard, later, soft
from tests.classifier.review_holdout50_layouts import DATE, EXIM_SRC, POSTFIX_SRC, SELLER, exim, postfix
from tests.classifier.review_holdout51_layouts import MDAEMON_SRC, mdaemon
from tests.classifier.review_notices43_layouts import zoho as zoho_notice

EXP = ("expired",)
BIG = ("mesgtoobig", "exceedlimit")
NOTACC = ("notaccept", "hostunknown")
CONTENT = ("spamdetected", "virusdetected", "policyviolation", "filtered", "contenterror")
AUTHF = ("authfailure", "policyviolation", "rejected")

KERIO_UNK = "GFI Kerio Connect unknown recipient reply '550 5.1.1 <a> Recipient unknown' (Kerio Connect docs, as review 108 cites)"
ICEWARP_UNK = ("IceWarp KB 'SMTP Error Codes: 550 5.1.1 Unknown user; rejecting' (esupport.icewarp.com: 'Unknown user "
               "account')")
GODADDY = ("GoDaddy Help 'Fix rejected email with a bounce error' (godaddy.com/help/40685: '552 Message rejected for spam "
           "or virus content'; 'This message is looping: it already has my Delivered-To line. (#5.4.6)' = the "
           "recipient forwards in a loop; '421 Server temporarily unavailable. Try again later. IB101' = the email "
           "queue has higher than normal volume)")
PF_HOSTNF = ("Postfix smtp/dns wording 'Host or domain name not found. Name service error for name=%s type=%s: Host "
             "not found' (Rackspace 'Common email bounce messages': no MX records for the recipient's domain)")
MAILRU = ("mail.ru's own Exim notice as sisimai lib/Sisimai/Lhost/MailRu.pm keys on it (From mailer-daemon@*.mail.ru, "
          "Message-Id *.mail.ru, 'This message was created automatically by mail delivery software.', '------ This is a "
          "copy of the message, including all the headers. ------'; its words: 'all relevant MX records point to "
          "non-existent hosts' / 'Unrouteable address' = hostunknown, 'retry timeout exceeded' = expired, 'an MX or SRV "
          "record indicated no SMTP service' = notaccept, 'Too many \"Received\" headers ' = contenterror)")
YANDEX_POLICY = ("Yandex help 'Reasons for non-delivery' (yandex.com/support/mail/bounces: 'Policy rejection on the target "
                 "address' = the recipient's account is blocked)")
ZOHO_NOTICE = ("Zoho Mail's own notice (review_notices43_layouts.zoho: X-ZohoMail, 'addr Invalid Address, ERROR_CODE "
               ":550, ERROR_CODE :...')")
ZOHO_OUT = ("Zoho community 'Unable to send message;Reason:550 5.4.6 Unusual sending activity detected.' "
            "(help.zoho.com: a new account's outgoing mail blocked)")
ZOHO_DMARC = "Zoho's reply '550 5.7.1 Email rejected per DMARC policy for example.com' (smtp.codes/zoho)"
ZOHO_VIRUS = ("ZeptoMail / Zoho 'SMTP Error Codes' (zoho.com/zeptomail/help/api/smtp-error-codes.html: '5.7.1 virus "
              "Win.Test.EICAR_HDB-1 detected by Zoho Mail')")
IONOS_OUT = ("IONOS help 'Fehlermeldungen bei unzustellbarer E-Mail' (ionos.de/hilfe/e-mail/problemloesungen-mail-"
             "basicmail-business: '550 Requested action not taken: mailbox unavailable' = the address does not exist "
             "on this server; '550 Quota Exceeded' = the recipient's mailbox is full)")
KERIO_BUSY = ("GFI KB 110049 'Resolving the error Status: 4.3.0 Recipient's mailbox busy' (support.gfi.com: a Kerio "
              "Connect mailbox tied up; the 450 reply code by hand)")

YANDEX_ROWS = [
    ("gw60-yandex-own-kerio-unknown", f"{YANDEX_SRC}; {KERIO_UNK}",
     yandex_own("y1", "p.novak@brnoplast.cz", said="host mail.brnoplast.cz[203.0.113.71] said: 550 5.1.1 "
                "<p.novak@brnoplast.cz> Recipient unknown (in reply to RCPT TO command)", status="5.1.1",
                diag="550 5.1.1 <p.novak@brnoplast.cz> Recipient unknown", remote="mail.brnoplast.cz"),
     hard("p.novak@brnoplast.cz")),
    ("gw60-yandex-own-icewarp-unknown", f"{YANDEX_SRC}; {ICEWARP_UNK}",
     yandex_own("y2", "sklad@uralmet-group.ru", said="host mail.uralmet-group.ru[203.0.113.72] said: 550 5.1.1 Unknown "
                "user; rejecting (in reply to RCPT TO command)", status="5.1.1", diag="550 5.1.1 Unknown user; "
                "rejecting", remote="mail.uralmet-group.ru"), hard("sklad@uralmet-group.ru")),
    ("gw60-yandex-own-godaddy-spam-virus", f"{YANDEX_SRC}; {GODADDY}",
     yandex_own("y3", "owner@sunbeltroofing.com", said="host mx.sunbeltroofing.com.secureserver.net[203.0.113.73] "
                "said: 552 Message rejected for spam or virus content (in reply to end of DATA command)",
                status="5.0.0", diag="552 Message rejected for spam or virus content",
                remote="mx.sunbeltroofing.com.secureserver.net"), soft("owner@sunbeltroofing.com", CONTENT, ANY)),
    ("gw60-yandex-own-host-not-found", f"{YANDEX_SRC}; {PF_HOSTNF}",
     yandex_own("y4", "zakaz@mebel-kamsk.ru", said="Host or domain name not found. Name service error for "
                "name=mebel-kamsk.ru type=MX: Host not found, try again", status="5.4.4"),
     [("zakaz@mebel-kamsk.ru", True, HU, "recipient", False)]),
    ("gw60-yandex-own-ionos-rate-limit-delay", f"{YANDEX_SRC} (delay template); IONOS help 'SMTP-Fehlermeldungen der "
     "IONOS Mailserver' ('421 Rate limit reached. Please try again later')",
     yandex_own("y5", "einkauf@rheinfeld-bau.de", said="host mx00.ionos.de[212.227.15.41] refused to talk to me: 421 "
                "Rate limit reached. Please try again later", status="4.0.0", diag="421 Rate limit reached. Please try "
                "again later", remote="mx00.ionos.de", action="delayed"), later("einkauf@rheinfeld-bau.de")),
]

MR_HOST, MR_SELLER = "smtp33.i.mail.ru", "sam.seller@mail.ru"


def mailru(rid: str, a: str, detail: str) -> bytes:
    return exim(rid, a, detail=detail, host=MR_HOST, sender=MR_SELLER)


MAILRU_ROWS = [
    ("gw60-mailru-own-mx-nonexistent", f"{EXIM_SRC}; {MAILRU}",
     mailru("r1", "info@tekstil-ivanovo.ru", "all relevant MX records point to non-existent hosts"),
     [("info@tekstil-ivanovo.ru", True, HU, "recipient", False)]),
    ("gw60-mailru-own-unrouteable", f"{EXIM_SRC}; {MAILRU}",
     mailru("r2", "director@volga-agro.ru", "Unrouteable address"),
     [("director@volga-agro.ru", True, ("hostunknown", "userunknown"), "recipient", False)]),
    ("gw60-mailru-own-retry-timeout", f"{EXIM_SRC}; {MAILRU}",
     mailru("r3", "office@baltprom.ru", "retry timeout exceeded"), soft("office@baltprom.ru", EXP, ANY)),
    ("gw60-mailru-own-null-mx", f"{EXIM_SRC}; {MAILRU} (RFC 7505 null MX: the domain accepts no mail)",
     mailru("r4", "sales@parked-domain-shop.ru", "an MX or SRV record indicated no SMTP service"),
     [("sales@parked-domain-shop.ru", True, NOTACC, "recipient", False)]),
    ("gw60-mailru-own-received-loop", f"{EXIM_SRC}; {MAILRU}",
     mailru("r5", "a.zaitsev@sibtorg.ru", 'Too many "Received" headers - suspected mail loop'),
     soft("a.zaitsev@sibtorg.ru", (), ANY)),
    ("gw60-mailru-own-yandex-policy-target", f"{EXIM_SRC}; {MAILRU}; {YANDEX_POLICY}",
     mailru("r6", "t.belova@yandex.ru", "host mx.yandex.ru [77.88.21.249]\n    SMTP error from remote mail server after "
            "RCPT TO:<t.belova@yandex.ru>:\n    550 5.7.1 Policy rejection on the target address"),
     soft("t.belova@yandex.ru", (), ANY)),
]

ZOHO_ROWS = [
    ("gw60-zoho-own-unusual-activity", f"{ZOHO_NOTICE}; {ZOHO_OUT} (our own account's sending blocked: the sender's)",
     zoho_notice("gw60-z1", "m.dsouza@harbourline.in", "m.dsouza@harbourline.in Invalid Address, ERROR_CODE :550, "
                 "ERROR_CODE :5.4.6 Unusual sending activity detected."), soft("m.dsouza@harbourline.in", (), S)),
    ("gw60-zoho-own-dmarc", f"{ZOHO_NOTICE}; {ZOHO_DMARC} (our domain's DMARC: the sender's)",
     zoho_notice("gw60-z2", "finance@harbourline.in", "finance@harbourline.in Invalid Address, ERROR_CODE :550, "
                 "ERROR_CODE :5.7.1 Email rejected per DMARC policy for example.com"),
     soft("finance@harbourline.in", AUTHF, S)),
    ("gw60-zoho-own-virus", f"{ZOHO_NOTICE}; {ZOHO_VIRUS}",
     zoho_notice("gw60-z3", "it@harbourline.in", "it@harbourline.in Invalid Address, ERROR_CODE :552, ERROR_CODE "
                 ":5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail"), soft("it@harbourline.in", CONTENT, ANY)),
]

IONOS_ROWS = [
    ("gw60-ionos-own-size-limit", ONEUNDONE_SRC,
     ionos("i1", "planung@rheinfeld-bau.de", "Mail size limit exceeded"), soft("planung@rheinfeld-bau.de", BIG, ANY)),
    ("gw60-ionos-own-remote-user-unknown", f"{ONEUNDONE_SRC}; {POSTFIX_SRC} (the remote reply)",
     ionos("i2", "k.adler@lindenhof-hotel.at", "SMTP error from remote server for RCPT TO command, host: "
           "mx01.lindenhof-hotel.at (203.0.113.91) reason: 550 5.1.1 <k.adler@lindenhof-hotel.at>: Recipient address "
           "rejected: User unknown in virtual mailbox table"), hard("k.adler@lindenhof-hotel.at")),
    ("gw60-ionos-own-mailbox-unavailable", f"{ONEUNDONE_SRC}; {IONOS_OUT}",
     ionos("i3", "rezeption@lindenhof-hotel.at", "SMTP error from remote server for RCPT TO command, host: "
           "mx01.lindenhof-hotel.at (203.0.113.91) reason: 550 Requested action not taken: mailbox unavailable"),
     hard("rezeption@lindenhof-hotel.at")),
    ("gw60-ionos-own-quota-exceeded", f"{ONEUNDONE_SRC}; {IONOS_OUT}",
     ionos("i4", "buchhaltung@rheinfeld-bau.de", "SMTP error from remote server for TEXT command, host: "
           "mx00.ionos.de (212.227.15.41) reason: 550 Quota Exceeded"), soft("buchhaltung@rheinfeld-bau.de", FULL)),
]

GD_HOST = "p3plsmtpout01.prod.phx3.secureserver.net"
GODADDY_ROWS = [
    ("gw60-godaddy-own-looping", f"{EXIM_SRC}; {GODADDY}",
     exim("g1", "frontdesk@sunbeltroofing.com", detail="host mx.sunbeltroofing.com.secureserver.net [203.0.113.73]\n"
          "    SMTP error from remote mail server after end of data:\n    554 This message is looping: it already has "
          "my Delivered-To line. (#5.4.6)", host=GD_HOST), soft("frontdesk@sunbeltroofing.com", (), ANY)),
    ("gw60-godaddy-own-ib101-delay", f"{EXIM_SRC} (warn_message); {GODADDY}",
     exim("g2", "bids@sunbeltroofing.com", detail="SMTP error from remote mail server after MAIL FROM:<seller@example.com> "
          "SIZE=2048: 421 Server temporarily unavailable. Try again later. IB101", host=GD_HOST, delay_hours=24),
     later("bids@sunbeltroofing.com")),
]

KERIO_ROWS = [
    ("gw60-kerio-mailbox-busy-delay", f"{POSTFIX_SRC} (delay template); {KERIO_BUSY}",
     postfix("k1", "v.horak@brnoplast.cz", reason="host mail.brnoplast.cz[203.0.113.71] said: 450 4.3.0 Recipient's "
             "mailbox busy (in reply to end of DATA command)", status="4.3.0", remote="mail.brnoplast.cz",
             diag="450 4.3.0 Recipient's mailbox busy", action="delayed"), later("v.horak@brnoplast.cz")),
]

MORE_ROWS = YANDEX_ROWS + MAILRU_ROWS + ZOHO_ROWS + IONOS_ROWS + GODADDY_ROWS + KERIO_ROWS

# Added AFTER the first run, with the mend of MDaemon's warning (classifier/formats/prose.py _DELAY_TEXT: "temporary
# non-fatal delivery errors", "this is a warning message only"): one more warning that reads a final failure without
# it, and two controls that read the same before and after (MDaemon's PERMANENT notice whose last reply was a 450: a
# failure; a person's reply quoting the warning's words: no bounce).
_QUOTING = (f"From: Lucia Paz <l.paz@tvsur-media.com.ar>\nTo: {SELLER}\nDate: {DATE}\nSubject: Re: Quick question about "
            "your Q4 logistics\nMessage-ID: <gw60-c2@tvsur-media.com.ar>\nIn-Reply-To: <c2@example.com>\nMIME-Version: "
            "1.0\nContent-Type: text/plain; charset=utf-8\n\nHi Sam,\n\nOur server sent me a notice saying the attached "
            "message had TEMPORARY non-fatal delivery errors and\n'THIS IS A WARNING MESSAGE ONLY', so I think your quote "
            "will still arrive. Shall I wait or do you want to resend?\n\nLucia\n").encode()
MEND_ROWS = [
    ("gw60-mend-mdaemon-warn-mailbox-full", MDAEMON_WARN_SRC + " (the quoted '452 4.2.2 Mailbox full' by hand)",
     mdaemon_warn("m5", "ventas@tvsur-media.com.ar", mx="mx.tvsur-media.com.ar", reply="452 4.2.2 Mailbox full"),
     later("ventas@tvsur-media.com.ar")),
    ("gw60-mend-c-mdaemon-permanent-after-450", MDAEMON_SRC + " (control: its PERMANENT notice, the last reply a 450 "
     "after the retries ran out: a failure, not a delay)",
     mdaemon("m6", "a.blin@tvsur-media.com.ar", mx="mx.tvsur-media.com.ar", reply="450 4.7.25 Client host rejected: "
             "cannot find your hostname, [198.51.100.7]"), soft("a.blin@tvsur-media.com.ar", (), ANY)),
    ("gw60-mend-c-person-quotes-warning", "hand-made control: a person's reply quoting MDaemon's warning words "
     f"({MDAEMON_WARN_SRC[:60]}...): no bounce", _QUOTING, []),
]
