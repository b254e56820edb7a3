"""Holds 58's plain-notice builder, wrappers and source citations (review_holds58.py's rows use them)."""

from __future__ import annotations

from tests.classifier.review_holdout50 import g_remote
from tests.classifier.review_holdout50_layouts import DATE, SELLER, exo, gmail

NB: list = []
REFUSED = ("blocked", "filtered", "policyviolation", "rejected", "securityerror", "spamdetected")
CONTENT = ("policyviolation", "securityerror", "contenterror", "virusdetected", "filtered", "spamdetected")
BIG = ("mesgtoobig",)
SPAM = ("spamdetected",)
IPBLOCK = ("blocked", "badreputation")
NOTALLOWED = ("securityerror", "policyviolation", "rejected", "filtered", "authfailure")
TLS = ("securityerror", "systemerror", "networkerror", "policyviolation")

# Where the words come from.
MIMECAST = ("Mimecast 'Mimecast SMTP Error Codes' (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-"
            "842605754, formerly DOC-1369), the replies as wordtothewise.com/2018/07/who-are-mimecast quotes them")
MC_HOLD = ("Mimecast 'Personal Portal - Held, Bounced & Rejected Messages' (mimecastsupport.zendesk.com/hc/en-us/"
           "articles/34000425819795: held by spam / attachment / content policies, released or rejected, removed after 14 days); "
           "notice HAND-MADE in those words (weak)")
PPE = ("Proofpoint Essentials 'Bounces and Deferrals - Email Status Categories' (help.proofpoint.com/Proofpoint_Essentials"
       "/Email_Security/Administrator_Topics/110_logs/Bounces_and_Deferrals: quarantined = releasable, blocked = virus "
       "or executable, bounced = 5xx)")
PPE_OUTQ = ("Proofpoint Essentials 'Delivery Notifications - Outbound Quarantined Messages' (help.proofpoint.com/"
            "Proofpoint_Essentials/Email_Security/User_Topics/090_quarantine/...: sender, recipient, subject, View "
            "Message, release); notice HAND-MADE in those words (weak)")
PPS_SPAM = ("Proofpoint Protection Server's '554 5.7.1 The message from (<...>) with the subject of (...) matches a "
            "profile the Internet community may consider spam' (as PHPMailer-BMH's bounce rules quote it)")
EXO_NDR = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (MicrosoftDocs/"
           "SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md)")
EXO_133 = "MicrosoftDocs/SupportArticles-docs .../ndr/fix-error-code-5-7-133-in-exchange-online.md (group rejects external senders)"
EXO_134 = "MicrosoftDocs/SupportArticles-docs .../ndr/fix-error-code-5-7-134-in-exchange-online.md (mailbox rejects external senders)"
EXO_135 = "MicrosoftDocs/SupportArticles-docs .../ndr/fix-error-code-5-7-13-or-5-7-135-in-exchange-online.md (public folder)"
EXO_136 = "MicrosoftDocs/SupportArticles-docs non-delivery-reports-in-exchange-online.md row 5.7.136 'Sender was not authenticated'"
EXO_124 = "MicrosoftDocs/SupportArticles-docs .../ndr/fix-error-code-5-7-124-in-exchange-online.md (sender not in group's allowed senders)"
EXO_571 = "MicrosoftDocs/SupportArticles-docs .../ndr/fix-error-code-550-5-7-1-in-exchange-online.md (Delivery not authorized / transport rule)"
EXO_350 = ("Exchange Online's '550 5.7.350 Remote server returned message detected as spam -> ...' wrapper (as a city's "
           "published message trace quotes it) over Proofpoint's reply")
DEFENDER_Q = ("Microsoft Defender for Office 365 'Quarantine notifications (end-user spam notifications)' (learn.microsoft.com"
              "/defender-office-365/quarantine-quarantine-notifications); digest HAND-MADE in those words (weak)")
GREF = "Google 'Gmail SMTP errors and codes' (support.google.com/a/answer/3726730)"
GBLOCK = ("Google 'File types blocked in Gmail' and the 552-5.7.0 reply as sorbsecurity's KB quotes it (doc.sorbsecurity."
          "com/gmail-blocks-some-emails-because-of-the-attachment-file-types)")
GGROUPS = ("Google Groups' own notice 'the group you tried to contact (...) may not exist, or you may not have permission "
           "to post' (as pastebin.com/6mQsiCU3 and /G3H1yf42 quote it); Google Workspace Admin help 'Groups issues'")
GPOLICY = "Google's own policy rejection 'Message rejected. See https://support.google.com/mail/answer/69585' (pastebin.com/q7QeAP6k)"
BARRA_LOG = ("Barracuda Email Security Service 'Message Log' actions (campus.barracuda.com/doc/169282026: Attachment "
             "Filter, Antivirus, Quarantined) and its '550 permanent failure for one or more recipients (...:blocked)' "
             "as suped.com's Barracuda pages quote it")
BARRA_Q = ("Barracuda Email Security Service quarantine notification (campus.barracuda.com 'Quarantine' / 'Message Log' "
           "docs: quarantined messages delivered or deleted by the user); digest HAND-MADE in those words (weak)")
SOPHOS = "Sophos Central 'SMTP error codes' (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes)"
SOPHOS_Q = ("Sophos Central Email quarantine digest (docs.sophos.com Sophos Email 'Quarantine' help: messages held for "
            "review, release or delete); digest HAND-MADE in those words (weak)")
CISCO_HAT = ("Cisco AsyncOS for Email, HAT REJECT default response '550 #5.7.1 Your access to submit messages to this "
             "e-mail system has been rejected.' (as pastebin.com/jhdNMiyp shows it from Postfix)")
DDEI = ("Trend Micro Deep Discovery Email Inspector 5.1 online help 'SMTP Error Codes' (docs.trendmicro.com/en-us/"
        "documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes)")
SYMC = ("Broadcom KB 162445 'Outbound Mail returned by MAILER-DAEMON@messagelabs.com' (Email Security.cloud: the "
        "recipient servers' refusals it relays)")
SYMC2 = "Broadcom KB 169925 'Common external Spam Filtering Error Codes' (Email Security.cloud)"
MM2 = ("GNU Mailman 2.1 templates/en/postheld.txt (its test tests/test_utils.py quotes it: 'Is being held until the "
       "list moderator can review it for approval. The reason it is being held: ...')")
MM3 = ("GNU Mailman 3 src/mailman/templates/en/list:user:notice:hold.txt ('Your message to ... awaits moderator "
       "approval'; docs/moderator.rst doctest)")
MM3_LMTP = "GNU Mailman 3 src/mailman/runners/lmtp.py (ERR_550 '550 Requested action not taken: mailbox unavailable' for no such list)"
TLS_PF = "Postfix src/smtp/smtp_proto.c ('TLS is required, but was not offered by host %s', dsn 4.7.4)"
TLS_EXIM = "Exim src/src/transports/smtp.c (hosts_require_tls: 'a TLS session is required, but the server did not offer TLS support')"
RFC_TLS = "RFC 3207 ('530 5.7.0 Must issue a STARTTLS command first') / RFC 3463 X.7.10 'Encryption Needed' (IANA registry)"
AMAVIS = ("amavisd-new's sender notification for banned contents (notify_sender template: 'BANNED contents from you', "
          "'The message has been blocked because it contains a component ... violating our access policy', as "
          "pastebin.com/cm0WT9Fw quotes it)")
PFSIZE = "Postfix src/smtpd/smtpd.c ('552 5.3.4 Message size exceeds fixed limit')"

GMAIL_HELD = "Your message to {a} has been blocked. See technical details below for more information."
PROBLEM = "There was a problem delivering your message to {a}. See the technical details below."
PPMX = "mx0a-00123401.pphosted.com"
MCMX = "eu-smtp-inbound-1.mimecast.com"
EOPMX = "northwind-co.mail.protection.outlook.com"
GMX = "aspmx.l.google.com"
BCMX = "d123456a.ess.barracudanetworks.com"
SOMX = "mx-01-eu-west-1.prod.hydra.sophos.com"


def g_block(rid: str, a: str, reply: str, status: str, mx: str | None = GMX) -> bytes:
    """Gmail's own DSN with its 'Message blocked' heading (a policy refusal, remote or Google's own)."""
    return gmail(rid, a, heading="Message blocked", lead=GMAIL_HELD.format(a=a), response=reply, diag=reply,
                 status=status, remote=mx)


def g_problem(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    return g_remote(rid, a, reply, status, mx, heading="Message not delivered", lead=PROBLEM)


def exo_own(rid: str, a: str, why: str, diag: str, status: str) -> bytes:
    """Exchange Online's NDR for a recipient inside the same tenant: no Remote-MTA."""
    return exo(rid, a, why=why, fix="How to Fix It\nOnly the group owner or an email admin in the recipient's "
               "organization can fix this issue.", diag=diag, status=status)


def plain(rid: str, frm: str, subj: str, body: str, *, orig_to: str | None = None, to: str = SELLER,
          extra: str = "Auto-Submitted: auto-generated\n") -> bytes:
    """A plain notice from a gateway or list server; with `orig_to`, the sender's original message attached."""
    dom = frm.split("@")[1].rstrip(">")
    head = (f"From: {frm}\nTo: {to}\nDate: {DATE}\nSubject: {subj}\nMessage-ID: <{rid}.note@{dom}>\n{extra}"
            "MIME-Version: 1.0\n")
    if not orig_to:
        return (head + "Content-Type: text/plain; charset=\"utf-8\"\n\n" + body).encode()
    orig = (f"From: Sam Seller <{SELLER}>\nTo: {orig_to}\nSubject: Quick question about your Q4 logistics\n"
            f"Date: Tue, 14 Oct 2025 09:10:02 +0000\nMessage-ID: <{rid}@example.com>\n\nHi,\n\nDo you have 15 "
            "minutes this week?\n\nBest,\nSam\n")
    return (head + "Content-Type: multipart/mixed; boundary=\"n58\"\n\n--n58\nContent-Type: text/plain; "
            f"charset=\"utf-8\"\n\n{body}\n--n58\nContent-Type: message/rfc822\n\n{orig}\n--n58--\n").encode()
