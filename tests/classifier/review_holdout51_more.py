"""Holdout 51's second batch (written after the first batch's mends, committed before the classifier ran on it): nine
more ordinary notices from hosts the earlier reviews cite least, in the layouts a sales team on Google Workspace or
Microsoft 365 receives them (Gmail's own DSN, Exchange Online's NDR) and in Postfix's: Korean portals (Daum's 'RUSR'
code, the portals' 'Suspended user' under 5.1.1, a recipient's spam setting, Naver's IP filter), a small gateway
(Spambrella's SMTP Discovery), Web.de's message count, Forpsi's per-mailbox sender blocklist and SPF refusal (both under
5.1.x codes), and a Swiss host's 'User unknown' under 5.7.1. Expectations as in review_holdout51.py."""

from __future__ import annotations

from tests.classifier.review_holdout50 import (ANY, NOTFOUND, OURIP, PROBLEM, SUSP, exo_remote, g_remote, hard, later,
                                               pf_remote, soft)
from tests.classifier.review_holdout50_layouts import EXO_SRC, GMAIL_SRC, POSTFIX_SRC

KR_CODES = "Korean return-mail code list (oliveit.tistory.com/39: '550 5.1.1 RUSR <ip>: No such user: <address>')"
KR_LIST = ("Korean portals' return-mail list (puffinknight.tistory.com/102: '550 5.1.1 Suspended user' under "
           "'받는사람이 사용중지된 경우' (recipient suspended), '554 5.0.0 Service unavailable (userid: mail is denied, by "
           "spam filter)', '421 4.3.2 Your IP(...) is filtered ... register your IP to http://realip.naver.com')")
SPAMBRELLA = ("Spambrella 'Common Email Delivery Error Codes' (spambrella.com/faq/email-delivery-error-codes: 'Recipient "
              "address rejected: User email address is marked as invalid': the user on the SMTP Discovery invalid list)")
WEBDE = ("Web.de's 'Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.' "
         "(sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit', under a full mailbox)")
FORPSI = ("Forpsi 'Incoming emails limitation on the mailserver' (support.forpsi.com kb a3302: '550 5.1.1 <xxx> sender "
          "is blocklisted' = the recipient's own blocklist matches the sender; '550 5.1.0 <id> blocked by SPF')")
ONESYS = ("onesystems.ch 'Übersicht häufig vorkommender Fehlermeldungen' ('554 5.7.1 : Recipient address rejected: User "
          "unknown': the recipient address does not exist)")
REFUSED = ("filtered", "rejected", "blocked", "policyviolation", "spamdetected", "securityerror")
GMSG = "Message not delivered"

ROWS = [
    ("h51b-gmail-daum-rusr", f"{GMAIL_SRC}; {KR_CODES}",
     g_remote("k1", "minji.kim@hanmail.net", f"550 5.1.1 RUSR {OURIP}: No such user: <minji.kim@hanmail.net>", "5.1.1",
              "mx1.hanmail.net"), hard("minji.kim@hanmail.net")),
    ("h51b-exo-korean-suspended", f"{EXO_SRC}; {KR_LIST}",
     exo_remote("k2", "jihoon.park@example-corp.co.kr", "550 5.1.1 Suspended user", "5.1.1", "mail.example-corp.co.kr"),
     soft("jihoon.park@example-corp.co.kr", SUSP)),
    ("h51b-postfix-korean-spam-setting", f"{POSTFIX_SRC}; {KR_LIST}",
     pf_remote("k3", "sales@example-trade.co.kr", "554 5.0.0 Service unavailable (sales: mail is denied, by spam "
               "filter)", "5.0.0", "mail.example-trade.co.kr", command="end of DATA"),
     soft("sales@example-trade.co.kr", REFUSED, ANY)),
    ("h51b-postfix-naver-ip-filtered", f"{POSTFIX_SRC} (delay warning); {KR_LIST}",
     pf_remote("k4", "yuna.lee@naver.com", f"421 4.3.2 Your IP({OURIP}) is filtered and this connection will be closed. "
               "You must register your IP to http://realip.naver.com", "4.3.2", "mx1.naver.com", action="delayed",
               command="MAIL FROM"), later("yuna.lee@naver.com")),
    ("h51b-gmail-spambrella-invalid", f"{GMAIL_SRC}; {SPAMBRELLA}",
     g_remote("k5", "accounts@example-estates.co.uk", "550 5.7.1 <accounts@example-estates.co.uk>: Recipient address "
              "rejected: User email address is marked as invalid", "5.7.1", "mx1.spambrella.com"),
     hard("accounts@example-estates.co.uk")),
    ("h51b-exo-webde-too-many", f"{EXO_SRC}; {WEBDE}",
     exo_remote("k6", "j.hoffmann@web.de", "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages "
                "on the server.", "5.0.0", "mx-ha02.web.de"), soft("j.hoffmann@web.de", ("mailboxfull",))),
    ("h51b-gmail-forpsi-sender-blocklisted", f"{GMAIL_SRC}; {FORPSI}",
     g_remote("k7", "jana.novotna@example-firma.cz", "550 5.1.1 <seller@example.com> sender is blocklisted", "5.1.1",
              "mxavas.forpsi.com", heading=GMSG, lead=PROBLEM), soft("jana.novotna@example-firma.cz", REFUSED, ANY)),
    ("h51b-postfix-forpsi-spf", f"{POSTFIX_SRC}; {FORPSI}",
     pf_remote("k8", "info@example-firma.cz", "550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF", "5.1.0",
               "mxavas.forpsi.com", command="end of DATA"),
     soft("info@example-firma.cz", ("authfailure", "policyviolation", "blocked", "rejected", "filtered"), ANY)),
    ("h51b-gmail-onesystems-571-unknown", f"{GMAIL_SRC}; {ONESYS}",
     g_remote("k9", "r.meier@example-treuhand.ch", "554 5.7.1 <r.meier@example-treuhand.ch>: Recipient address "
              "rejected: User unknown", "5.7.1", "mx.onesystems.ch", lead=NOTFOUND), hard("r.meier@example-treuhand.ch")),
]
