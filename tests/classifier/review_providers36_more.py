"""Review 36, second batch (review_providers36.py adds these rows to its ROWS): the cable ISPs' documented codes
(Comcast, Cox), the Japanese mobile carriers' "550 Unknown user" under 5.2.0 (a receive filter, not a missing user),
an old "Mail Administrator" notice of a Japanese ISP, German, Dutch and Chinese providers' documented texts (web.de,
T-Online, Lycos, CompuServe, Strato, a Dutch host's "Recipient rejected", NetEase's enterprise relay, 21cn, Coremail),
Swiss Cleanmail's forged-Bluewin refusal. Expectations written from the documents before the classifier ran; all
HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_audit35 import hard
from tests.classifier.review_notices25 import rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"


def relay_at(tag: str, source: str, mx: str, entries: list[tuple], address: str = LEAD) -> list[tuple]:
    return rows_relayed(f"p36-{tag}", source, mx, address, entries)


COMCAST = ("Comcast postmaster 'Mail delivery error codes' (postmaster.comcast.net/mail-error-codes.html: BL000000 'mail "
           "sent in patterns characteristic of spam', BL000001 Spamhaus Zen; the non-specific '421 - [Reverse DNS "
           "failure : Try again later]'); suped.com on Comcast's '550 5.1.1 Not our Customer' (the address does not "
           "exist at Comcast)")
COMCAST_ROWS = [
    ("cc-notcustomer", "550 5.1.1 <lead@comcast.net> Not our Customer", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("cc-bl000000", "554 resimta-po-12v.sys.comcast.net resimta-po-12v.sys.comcast.net 192.0.2.25 found on one or "
     "more RBLs (BL000000). Refer to http://postmaster.comcast.net/smtp-error-codes.php#BL000000", "5.7.1", "CONN",
     False, ("blocked", "badreputation"), S),
    ("cc-rdns", "421 [Reverse DNS failure : Try again later]", "4.7.1", "CONN", False, (), S),
]
COX = ("Cox postmaster 'Error Codes' (postmaster.cox.net/confluence/display/postmaster/Error+Codes: CXBL the sending IP "
       "blocked for spam-like behaviour; CDRBL temporarily blocked; IPBL0001 Spamhaus Zen); Cox forum posts quoting "
       "'421 cmsmtp blocked. Refer to Error Codes section at .. for more information. AUP#CXCNCT' and '<..> message "
       "rejected. Refer to Error Codes section .. AUP#CXSNDR' (the sender's domain failed its checks)")
COX_URL = "https://www.cox.com/residential/support/email-error-codes.html"
COX_ROWS = [
    ("cx-cxbl", f"554 cxr.mx.a.cox.net cmsmtp 192.0.2.25 blocked. Refer to Error Codes section at {COX_URL} for more "
     "information. AUP#CXBL", "5.7.1", "CONN", False, ("blocked",), S),
    ("cx-cxsndr", f"550 <seller@example.com> message rejected. Refer to Error Codes section at {COX_URL} for more "
     "information. AUP#CXSNDR", "5.7.1", "MAIL", False, ("rejected", "authfailure", "blocked", "policyviolation"), S),
    ("cx-cxcnct", f"421 cmsmtp blocked. Refer to Error Codes section at {COX_URL} for more information. AUP#CXCNCT",
     "4.7.0", "CONN", False, (), S),
]
JP_MOBILE = ("moneytimes.jp/archives/185548 'error mail list' ('550 Unknown user' with Status 5.2.0 = the recipient's "
             "receive settings (domain-specific rejection, spoofing rejection, rejection of mail from PCs) as some "
             "phones ship them; with Status 5.1.1 = the address does not exist)")
JP_ROWS = [
    ("jp-520-docomo", "550 Unknown user lead@docomo.ne.jp", "5.2.0", "DATA", False, ("filtered",), R, "lead@docomo.ne.jp",
     "mfsmax.docomo.ne.jp"),
    ("jp-511-docomo", "550 Unknown user lead@docomo.ne.jp", "5.1.1", "RCPT", True, ("userunknown",), R,
     "lead@docomo.ne.jp", "mfsmax.docomo.ne.jp"),
    ("jp-520-au", "550 Unknown user lead@ezweb.ne.jp", "5.2.0", "DATA", False, ("filtered",), R, "lead@ezweb.ne.jp",
     "lsean.ezweb.ne.jp"),
]
DTI = ("DTI/dream.jp technical note 'Mail System Error - Returned Mail' (dream.jp/support/techinfo/mail/error/error05.html: "
       "From Mail Administrator <Postmaster@..>, 'This Message was undeliverable due to the following reason:', "
       "'Each of the following recipients was rejected by a remote mail server.', 'Recipient: <x>', 'Reason: <x> ...User "
       "unknown')")


def dti_notice(address: str, reason: str) -> bytes:
    """The 'Mail System Error - Returned Mail' notice as the DTI page prints it (a plain-text body, no DSN)."""
    return ("From: Mail Administrator <Postmaster@point.ne.jp>\nTo: seller@example.com\n"
            "Subject: Mail System Error - Returned Mail\nMessage-ID: <p36-dti@point.ne.jp>\n"
            "X-Hand-Made: yes (Mail Administrator notice, dream.jp)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="dti"\n\n--dti\nContent-Type: text/plain; charset=us-ascii\n\n'
            "This Message was undeliverable due to the following reason:\n\n"
            "Each of the following recipients was rejected by a remote mail server.\n"
            "The reasons given by the server are included to help you determine why\neach recipient was rejected.\n\n"
            f"    Recipient: <{address}>\n    Reason:    <{address}>... {reason}\n\n"
            "Please reply to Postmaster@dti.ne.jp\nif you feel this message to be in error.\n\n"
            "--dti\nContent-Type: message/rfc822\n\n"
            f"From: Seller <seller@example.com>\nTo: {address}\nSubject: Quick question\n"
            "Message-ID: <orig36-dti@example.com>\n\nHello\n--dti--\n").encode()


GERMAN = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (provider texts: Web.de '550 Benutzer hat das "
          "Speichervolumen ueberschritten. / User has exhausted allowed storage space.'; T-Online '552 5.2.2 Over STORAGE "
          "quota'; Lycos '550 <x>: Recipient address rejected: Account Closed'; CompuServe '554 Refused. Your reverse "
          "DNS entry contains your IP address and a country code.'; others '500 5.0.0 Depot returns error: <552 5.2.2 "
          "Over quota>', '550 Recipient verification problem')")
GERMAN_ROWS = [
    ("de-webde-storage", "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage "
     "space.", "5.0.0", "RCPT", False, ("mailboxfull",), R, "lead@web.de", "mx-ha01.web.de"),
    ("de-tonline-quota", "552 5.2.2 Over STORAGE quota", "5.2.2", "RCPT", False, ("mailboxfull",), R,
     "lead@t-online.de", "mx00.t-online.de"),
    ("de-lycos-closed", "550 <lead@lycos.de>: Recipient address rejected: Account Closed", "5.0.0", "RCPT", True,
     ("userunknown", "hasmoved"), R, "lead@lycos.de", "mx.lycos.de"),
    ("de-cs-rdns", "554 Refused. Your reverse DNS entry contains your IP address and a country code.", "5.7.1", "CONN",
     False, ("requireptr", "blocked"), S, "lead@compuserve.de", "mx.compuserve.de"),
    ("de-depot", "500 5.0.0 Depot returns error: <552 5.2.2 Over quota>", "5.2.2", "DATA", False, ("mailboxfull",), R,
     LEAD, "mx.partner.example"),
    ("de-verification", "550 Recipient verification problem", "5.0.0", "RCPT", False, (), ANY, LEAD,
     "mx.partner.example"),
]
DUTCH = ("Strato NL FAQ 'Waarom krijg ik foutmeldingen bij het werken met e-mail?' ('Refused by local policy. No SPAM "
         "please! (B-URL)' = a suspicious URL judged spam; 'User has exhausted allowed storage space' = the mailbox "
         "full); weboke.nl 'Email foutmeldingen' ('550 5.1.0 Recipient rejected.' = the address itself refused, mostly "
         "because it does not exist)")
DUTCH_ROWS = [
    ("nl-strato-spam", "550 5.7.1 Refused by local policy. No SPAM please! (B-URL)", "5.7.1", "DATA", False,
     ("spamdetected",), ANY, LEAD, "smtpin.rzone.de"),
    ("nl-strato-storage", "552 5.2.2 User has exhausted allowed storage space", "5.2.2", "RCPT", False,
     ("mailboxfull",), R, LEAD, "smtpin.rzone.de"),
    ("nl-recipient-rejected", "550 5.1.0 Recipient rejected.", "5.1.0", "RCPT", True, ("userunknown",), R, LEAD,
     "mail.partner.example"),
]
CHINESE = ("NetEase enterprise mail agent FAQ (m.wh-163.com id 588 and its neighbours: 'SMTP error, RCPT TO:550 5.2.1 "
           "The email account that you tried to reach is disabled.', 'MAIL FROM: 550 5.0.0 Mail rejected due to "
           "possible SPAM.', 'DATA:554 One or more of the sender or recipients in your email are invalid and not "
           "accepted.'); help.szhot.com id 170 (21cn '550 .. is now disabled with SMTP service' = the account frozen or "
           "deleted, or expired unpaid); Coremail bounce hints (icoremail.vip cate 84 p.8: 'user disabled', "
           "'This account has been temporarily suspended')")
CHINESE_ROWS = [
    ("cn-disabled", "550 5.2.1 The email account that you tried to reach is disabled.", "5.2.1", "RCPT", False,
     ("suspend",), R, LEAD, "mx.partner.example"),
    ("cn-possible-spam", "550 5.0.0 Mail rejected due to possible SPAM.", "5.0.0", "MAIL", False,
     ("spamdetected", "blocked", "rejected"), ANY, LEAD, "mx.partner.example"),
    ("cn-invalid-either", "554 One or more of the sender or recipients in your email are invalid and not accepted.",
     "5.0.0", "DATA", False, (), ANY, LEAD, "mx.partner.example"),
    ("cn-21cn-disabled", "550 lead@21cn.com is now disabled with SMTP service", "5.0.0", "RCPT", False,
     ("suspend",), R, "lead@21cn.com", "mta.21cn.com"),
    ("cn-cm-temp-suspended", "550 This account has been temporarily suspended", "5.0.0", "RCPT", False, ("suspend",),
     R, LEAD, "mx.partner.example"),
]
SWISS = ("Cleanmail (Switzerland) 'Stricter rules for accepting mail with sender bluewin.ch' (cleanmail.ch: mail from a "
         "bluewin.ch sender not sent through Bluewin's servers is refused with 'Forged sender domain from this server')")
SWISS_ROWS = [("ch-forged", "550 5.7.1 Forged sender domain from this server", "5.7.1", "MAIL", False,
               ("authfailure", "rejected", "policyviolation", "securityerror"), S, LEAD, "mx.cleanmail.ch")]


def _by_host(tag: str, source: str, entries: list[tuple]) -> list[tuple]:
    """Entries carrying their own recipient and MX (the provider's domain), each reported by our relay."""
    return [row for *entry, address, mx in entries for row in relay_at(tag, source, mx, [tuple(entry)], address)]


MORE: list[tuple] = (
    relay_at("cc", COMCAST, "mx1.comcast.net", COMCAST_ROWS, address="lead@comcast.net")
    + relay_at("cx", COX, "cxr.mx.a.cox.net", COX_ROWS, address="lead@cox.net")
    + _by_host("jp", JP_MOBILE, JP_ROWS)
    + [("p36-dti-user-unknown", DTI, dti_notice("lead@point.ne.jp", "User unknown"),
        hard("userunknown", address="lead@point.ne.jp"))]
    + _by_host("de", GERMAN, GERMAN_ROWS) + _by_host("nl", DUTCH, DUTCH_ROWS) + _by_host("cn", CHINESE, CHINESE_ROWS)
    + _by_host("ch", SWISS, SWISS_ROWS)
)
