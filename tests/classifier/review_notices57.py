"""The fifty-seventh review: an adversarial audit of the rules of reviews 53-55 (git diff
f80a70f..5316e78 -- classifier/), part one: review 54's held-digest guard (hints._held_digest) and
its text-part feedback report (formats/arf._text_report). The worst error here is a real bounce
lost: gateway and provider NDRs whose words name a quarantine or a release, sent from
postmaster@, mailer-daemon@, 'Mail Delivery System', 'Microsoft Outlook', a gateway's noreply@
or bounce@, must stay bounces; digests of mail held FOR the reader stay non-bounces; a bounce
quoting feedback-report fields is no feedback report. The other rules are in
review_notices57_more.py.

Rows: (name, source, raw, expected); expected [] = no bounce (taxonomy section 5), else
[(address, hard, reasons, scope, delay)], written from the words, shared/DESIGN.md and
shared/classifier/taxonomy.md BEFORE the classifier ran. All notices HAND-MADE after the cited
layout; test_review_notices57.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, relayed
from tests.classifier.review_notices34_layouts import SELLER, mail
from tests.classifier.review_notices54_layouts import multi, part
from tests.classifier.review_notices57_more import MORE_ROWS

LEAD = "lead@partner.example"
HARD = (LEAD, True, ("userunknown",), "recipient", False)
SOFT = (LEAD, False, (), "", False)
AUTO = "Auto-Submitted: auto-generated\n"
REPLIED = "Auto-Submitted: auto-replied\n"

_PF = "Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed)"
_EXIM = ("Exim spec ch. 48 'Message processing' / the default bounce text in src/deliver.c ('This message was "
         "created automatically by mail delivery software. A message that you sent could not be delivered to one "
         "or more of its recipients. This is a permanent error. The following address(es) failed:')")
_EXO = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (NDR anatomy; 5.7.1 "
        "'Delivery not authorized' family) and 'Quarantined email messages in EOP'")
_MIMECAST = ("Mimecast KB 'Mimecast SMTP error codes' (550 'Administrative prohibition', 'Rejected by header based "
             "Blocked Senders') and Mimecast Personal Portal 'Held, Bounced & Rejected Messages' (release)")
_PROOF = ("Proofpoint Essentials KB 'SMTP error codes' (554 5.7.1 'Message blocked due to spam content'; 550 5.1.1 "
          "'User unknown'); Proofpoint End User Digest (Release)")
_BARRA = ("Barracuda Campus 'Email Gateway Defense bounce messages' and 'Quarantine' (550 permanent failure, 'No "
          "such user'; Deliver / Whitelist / Delete)")
_SOPHOS = ("Sophos Central Email help 'Quarantine' and 'Message rejection notifications' (the sender told of a "
           "blocked message; Release) (weak: the notice text)")
_M365Q = ("Microsoft Learn 'Quarantine notifications (end-user spam notifications) in EOP' (quarantine@messaging."
          "microsoft.com, 'Review These Messages', Release / Block Sender / Review Message)")
_RFC5965 = "RFC 5965 sections 3.1-3.2 (Feedback-Type, Original-Rcpt-To, Reported-Domain, Arrival-Date, Source-IP)"

_QFOOT = ("\n--\nThis notice was sent by the partner.example email security service. Messages held in "
          "quarantine can be released by the recipient from the quarantine portal.\n")


def _exim(reply: str, *, subject: str = "Mail delivery failed: returning message to sender",
          from_: str = "Mail Delivery System <Mailer-Daemon@mx.partner.example>", extra: str = REPLIED,
          tail: str = "") -> bytes:
    return mail(from_, subject,
                "This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\nrecipients. This is a "
                f"permanent error. The following address(es) failed:\n\n  {LEAD}\n    {reply}\n{tail}\n"
                "------ This is a copy of the message, including all the headers. ------\n\n"
                f"From: {SELLER}\nTo: {LEAD}\nSubject: Quote for Q3\nMessage-ID: <q3-quote@ourco.example>\n\n"
                "Hello, attached is the quote.\n", extra)


def _gateway(reply: str, *, subject: str, from_: str, extra: str = AUTO) -> bytes:
    """A security gateway's own plain-text sender notice (no DSN part): the failure, the remote
    reply, the gateway's quarantine footer."""
    return mail(from_, subject,
                f"Your message to {LEAD} could not be delivered.\n\nSubject: Quote for Q3\nReason: {reply}\n"
                f"The message was not delivered and will not be retried.{_QFOOT}", extra)


# ---- (a) real bounces naming a quarantine or a release: stay bounces ---------------------------------
QUARANTINE_BOUNCES = [
    ("pf-550-571-quarantined-release", _PF + "; the remote's reply names a quarantine and a release",
     relayed("550 5.7.1 Message quarantined by policy; ask the recipient's administrator to release it",
             status="5.7.1", command="DATA", address=LEAD), [SOFT]),
    ("pf-550-511-with-quarantine-footer-in-reply", _PF + "; a multi-line reply whose second line is the gateway's",
     relayed("550-5.1.1 <lead@partner.example>: Recipient address rejected: User unknown 550 5.1.1 Quarantined "
             "mail can be released at https://quarantine.partner.example", status="5.1.1", command="RCPT",
             address=LEAD), [HARD]),
    ("exim-550-quarantined", _EXIM, _exim("SMTP error from remote mail server after end of data:\n    550 5.7.1 "
                                          "Message held in quarantine; only an administrator may release it"), [SOFT]),
    ("exim-511-quarantine-footer", _EXIM + "; a site's footer about its quarantine",
     _exim("SMTP error from remote mail server after RCPT TO:<lead@partner.example>:\n    550 5.1.1 User unknown",
           tail=_QFOOT), [HARD]),
    ("exim-511-auto-generated-quarantine", _EXIM + "; an Exim marking its bounce auto-generated",
     _exim("SMTP error from remote mail server after RCPT TO:<lead@partner.example>:\n    550 5.1.1 User unknown",
           tail=_QFOOT, extra=AUTO), [HARD]),
    ("exo-ndr-quarantined", _EXO,
     exchange_own("550 5.7.1 Message quarantined by the recipient organization's policy. The recipient's admin can "
                  "release it.", status="5.7.1", address=LEAD,
                  body=f"Your message to {LEAD} couldn't be delivered.\nThe recipient's organization quarantined "
                  "it."), [SOFT]),
    ("exo-ndr-511-quarantine-words", _EXO,
     exchange_own("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                  status="5.1.10", address=LEAD,
                  body=f"Your message to {LEAD} couldn't be delivered.\nlead wasn't found at partner.example.\n"
                  "Check your junk and quarantine before you send again; nothing needs release."), [HARD]),
    ("mimecast-postmaster-rejected-release", _MIMECAST,
     mail("Mimecast <postmaster@partner.example>", "Message rejected: Quote for Q3",
          f"Your message to {LEAD} was rejected.\n\nReason: 550 Administrative prohibition - envelope blocked\n\n"
          "Held messages can be released from the Mimecast Personal Portal; rejected messages cannot.\n", AUTO),
     [SOFT]),
    ("mimecast-postmaster-unknown-release", _MIMECAST,
     mail("Mimecast <postmaster@partner.example>", "Mimecast Notification: Quote for Q3",
          f"Your message to {LEAD} could not be delivered.\n\n550 5.1.1 <{LEAD}>: User unknown\n\n"
          "Held messages can be released from the Mimecast Personal Portal; this one cannot.\n", AUTO), [HARD]),
    ("proofpoint-daemon-spam-quarantine", _PROOF,
     _exim("SMTP error from remote mail server after end of data:\n    554 5.7.1 Message blocked due to spam "
           "content; the recipient may release it from quarantine",
           from_="MAILER-DAEMON <MAILER-DAEMON@mx0a.pphosted.com>", subject="Undelivered Mail Returned to Sender"),
     [SOFT]),
    ("barracuda-daemon-no-such-user", _BARRA,
     _exim("SMTP error from remote mail server after RCPT TO:<lead@partner.example>:\n    550 permanent failure "
           "for one or more recipients (lead@partner.example:No such user)", tail=_QFOOT,
           from_="MAILER-DAEMON@ess.barracudanetworks.com", subject="Undeliverable: Quote for Q3"), [HARD]),
    ("bounce-at-gateway-unknown-quarantine", _PROOF + "; a gateway's bounce@ return address",
     _gateway(f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown", subject="Notification: Quote for Q3",
              from_="Email Security <bounce@gw.partner.example>"), [HARD]),
    ("noreply-gateway-unknown-quarantine", _SOPHOS + "; a gateway's noreply@ sender, a non-bounce Subject",
     _gateway(f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown", subject="Notification: Quote for Q3",
              from_="Sophos Email <do-not-reply@central.sophos.com>"), [HARD]),
    ("noreply-gateway-mailbox-full-quarantine", _SOPHOS,
     _gateway("552 5.2.2 Mailbox full", subject="Notification: Quote for Q3",
              from_="Sophos Email <do-not-reply@central.sophos.com>"), [SOFT]),
    ("noreply-gateway-spam-quarantined", _SOPHOS + "; refused as spam at end of data, quarantined at the receiver",
     _gateway("550 5.7.1 Message rejected as spam and quarantined", subject="Email notification",
              from_="Sophos Email <do-not-reply@central.sophos.com>"), [SOFT]),
    ("ms-outlook-noreply-unknown-quarantine", _EXO + "; a 'Microsoft Outlook' display name on a noreply@ address",
     _gateway("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
              subject="Notification: Quote for Q3", from_="Microsoft Outlook <noreply@partner.example>"), [HARD]),
    ("noreply-gateway-greeting-first", _SOPHOS + "; the notice opens with a greeting",
     mail("Sophos Email <do-not-reply@central.sophos.com>", "Email notification",
          f"Hello,\n\nYour message to {LEAD} could not be delivered.\n\nReason: 550 5.1.1 <{LEAD}>: Recipient "
          f"address rejected: User unknown{_QFOOT}", AUTO), [HARD]),
    ("mail-delivery-system-name-quarantine", _EXIM + "; 'Mail Delivery System' display name on a noreply address",
     _gateway("550 5.1.1 User unknown", subject="Notification: Quote for Q3",
              from_="Mail Delivery System <noreply@mx.partner.example>"), [HARD]),
]

# ---- (a) digests of mail held for the reader: stay non-bounces -----------------------------------------
_HELD_TABLE = ("From: MAILER-DAEMON@relay.vendor.example\nSubject: Undelivered Mail Returned to Sender\n"
               f"Detail: your message to {LEAD} could not be delivered: 550 5.1.1 User unknown\n")
QUARANTINE_DIGESTS = [
    ("m365-digest-lists-ndr-with-address", _M365Q + "; a held NDR's first line shown in the digest",
     mail("Microsoft 365 <quarantine@messaging.microsoft.com>", "You have messages in quarantine",
          f"Review These Messages\n\n1 message is being held for you to review.\n\n{_HELD_TABLE}\n"
          "Release | Block Sender | Review Message\n", AUTO), []),
    ("mimecast-hold-queue-lists-ndr", _MIMECAST,
     mail("Mimecast <noreply@ourco.example>", "Mimecast: Hold Queue Summary",
          f"The following messages are in your hold queue.\n\n{_HELD_TABLE}\nRelease | Block | Permit\n", AUTO), []),
    ("barracuda-summary-auto-replied", _BARRA,
     mail("Barracuda Email Security <quarantine@ess.barracudanetworks.com>", f"Quarantine Summary for {SELLER}",
          f"Quarantined Email Summary\n\n{_HELD_TABLE}\nDeliver | Release | Delete\n", REPLIED), []),
    ("sophos-digest-held-for-you", _SOPHOS,
     mail("Sophos Email <do-not-reply@central.sophos.com>", "Messages held for you",
          f"These messages were held for you.\n\n{_HELD_TABLE}\nRelease | Delete\n", AUTO), []),
    ("m365-digest-german", _M365Q + " (German: 'Sie haben Nachrichten in Quarantäne', Freigeben / Absender "
     "blockieren)",
     mail("Microsoft 365 <quarantine@messaging.microsoft.com>", "Sie haben Nachrichten in Quarantäne",
          f"Diese Nachrichten überprüfen\n\n1 Nachricht wird zur Überprüfung zurückgehalten.\n\n{_HELD_TABLE}\n"
          "Freigeben | Absender blockieren | Nachricht überprüfen\n", AUTO), []),
    ("m365-digest-french", _M365Q + " (French: 'Vous avez des messages en quarantaine', Libérer)",
     mail("Microsoft 365 <quarantine@messaging.microsoft.com>", "Vous avez des messages en quarantaine",
          f"Examiner ces messages\n\n1 message est retenu pour vous.\n\n{_HELD_TABLE}\n"
          "Libérer | Bloquer l'expéditeur | Examiner le message\n", AUTO), []),
    ("proofpoint-digest-undeliverable-subject", _PROOF,
     mail("Proofpoint <noreply@ourco.pphosted.com>", "End User Digest: 1 New Message",
          "Spam - Quarantined\n\nFrom: postmaster@vendor.example\nSubject: Undeliverable: Invoice 4411\n"
          "Detail: 550 5.1.1 RESOLVER.ADR.RecipientNotFound: delivery failed\n\nRelease | Block Sender\n", AUTO), []),
]

# ---- (b) real bounces quoting feedback-report fields: stay bounces -----------------------------------------
_REPORT = (f"Feedback-Type: abuse\nUser-Agent: ourco-abuse/1.0\nVersion: 1\nOriginal-Mail-From: <spam@bad.example>\n"
           f"Original-Rcpt-To: <{SELLER}>\nReported-Domain: bad.example\nArrival-Date: Thu, 03 Dec 2026 08:00:00 "
           "+0000\nSource-IP: 192.0.2.99\n")


def _daemon_text(subject: str, body: str, *, from_: str = "Mail Delivery System <MAILER-DAEMON@mx.partner.example>",
                 extra: str = REPLIED) -> bytes:
    return mail(from_, subject, body, extra)


FEEDBACK_QUOTING_BOUNCES = [
    ("pf-report-bouncing-arf-we-sent", _PF + "; " + _RFC5965 + ": the bounce of an abuse report the seller sent",
     multi("MAILER-DAEMON@mx.ourco.example (Mail Delivery System)", "Undelivered Mail Returned to Sender",
           [part("text/plain", f"I'm sorry to have to inform you that your message could not\nbe delivered.\n\n"
                 f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown (in reply to RCPT TO command)"),
            "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.ourco.example\n\n"
            f"Final-Recipient: rfc822; {LEAD}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 "
            "User unknown\n",
            "Content-Type: message/rfc822\n\n" + f"From: {SELLER}\nTo: {LEAD}\nSubject: Abuse report\n"
            'Content-Type: multipart/report; report-type=feedback-report; boundary="in"\n\n--in\n'
            "Content-Type: text/plain\n\nAn abuse report.\n--in\nContent-Type: message/feedback-report\n\n"
            + _REPORT + "--in--\n"], REPLIED, kind="report", params="; report-type=delivery-status"), [HARD]),
    ("qmail-failure-notice-quoting-report", "qmail-send.c bounce text ('Hi. This is the qmail-send program at ...'; "
     "'--- Below this line is a copy of the message.'); " + _RFC5965,
     _daemon_text("failure notice", f"Hi. This is the qmail-send program at mx.partner.example.\nI'm afraid I "
                  f"wasn't able to deliver your message to the following addresses.\nThis is a permanent error; "
                  f"I've given up. Sorry it didn't work out.\n\n<{LEAD}>:\nSorry, no mailbox here by that name. "
                  f"(#5.1.1)\n\n--- Below this line is a copy of the message.\n\nFrom: {SELLER}\nTo: {LEAD}\n"
                  f"Subject: FW: complaint\n\n{_REPORT}", from_="MAILER-DAEMON@mx.partner.example"), [HARD]),
    ("exim-russian-subject-quoting-report", _EXIM + " with a site's Russian Subject (Exim's bounce_message_file); "
     + _RFC5965,
     _daemon_text("Сообщение не доставлено", "This message was created automatically by mail delivery software.\n\n"
                  "A message that you sent could not be delivered to one or more of its\nrecipients. This is a "
                  f"permanent error. The following address(es) failed:\n\n  {LEAD}\n    SMTP error from remote "
                  "mail server after RCPT TO:<lead@partner.example>:\n    550 5.1.1 User unknown\n\n"
                  "------ This is a copy of the message, including all the headers. ------\n\n"
                  f"From: {SELLER}\nTo: {LEAD}\nSubject: FW: complaint\n\n{_REPORT}"), [HARD]),
    ("daemon-plain-fields-in-notice", "Exim (as above) whose site text quotes the undelivered report's fields above "
     "the copy; " + _RFC5965,
     _daemon_text("Nedoručitelná zpráva", "This message was created automatically by mail delivery software.\n\n"
                  "A message that you sent could not be delivered to one or more of its\nrecipients. This is a "
                  f"permanent error. The following address(es) failed:\n\n  {LEAD}\n    SMTP error from remote "
                  "mail server after RCPT TO:<lead@partner.example>:\n    550 5.1.1 User unknown\n\n"
                  f"Report not delivered:\n\n{_REPORT}"), [HARD]),
    ("noreply-notice-fields-in-notice", _SOPHOS + "; a gateway's notice quoting the report it could not deliver; "
     + _RFC5965,
     mail("Email Security <noreply@gw.partner.example>", "Notification: abuse report",
          f"Your message to {LEAD} could not be delivered.\nReason: 550 5.1.1 User unknown\n\n{_REPORT}", AUTO),
     [HARD]),
    ("postmaster-4xx-delay-quoting-report", _EXIM + " (Exim's delay warning, 'has not yet been delivered'); "
     + _RFC5965,
     _daemon_text("Warning: message 1kXyZ-0004 delayed 24 hours", "This message was created automatically by mail "
                  "delivery software.\nA message that you sent has not yet been delivered to one or more of its\n"
                  f"recipients after more than 24 hours on the queue on mx.ourco.example.\n\n  {LEAD}\n    host "
                  "mx.partner.example [192.0.2.7]: 451 4.3.0 Temporary failure\n\nNo action is required on your "
                  f"part.\n\n{_REPORT}", from_="Mail Delivery System <Mailer-Daemon@mx.ourco.example>"),
     [(LEAD, False, (), "", True)]),
]

# ---- (b) feedback reports in the text part: stay feedback ----------------------------------------------
TEXT_REPORTS = [
    ("dmarc-failure-text-from-postmaster", "RFC 7489 section 7.3 (a small receiver's failure report, From its "
     "postmaster, fields in the text part) (HAND-MADE)",
     multi("postmaster@partner.example", "DMARC failure report for ourco.example",
           [part("text/plain", "A message claiming to be from ourco.example failed DMARC and was not delivered.\n\n"
                 "Feedback-Type: auth-failure\nVersion: 1\nAuth-Failure: dmarc\nReported-Domain: ourco.example\n"
                 f"Original-Mail-From: <{SELLER}>\nSource-IP: 192.0.2.5\n")], AUTO), []),
    ("arf-proper-control", _RFC5965 + " (a proper message/feedback-report part)",
     multi("Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>", "FW: Quote for Q3",
           [part("text/plain", "This is an email abuse report for an email message received from IP 192.0.2.5."),
            "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: Yahoo!-Mail-Feedback/2.0\n"
            f"Version: 0.1\nOriginal-Mail-From: <{SELLER}>\nOriginal-Rcpt-To: <{LEAD}>\nReported-Domain: "
            "ourco.example\n"], kind="report", params="; report-type=feedback-report"), []),
    ("dmarc-failure-text-report-control", "RFC 7489 section 7.3 / RFC 6591 section 3.1 fields in a text part "
     "(review 54's shape)",
     multi("DMARC Reports <dmarc-noreply@partner.example>", "Report Domain: ourco.example DMARC failure",
           [part("text/plain", "Feedback-Type: auth-failure\nVersion: 1\nAuth-Failure: dmarc\nReported-Domain: "
                 f"ourco.example\nOriginal-Mail-From: <{SELLER}>\nSource-IP: 192.0.2.5\n")], AUTO), []),
]

ROWS = QUARANTINE_BOUNCES + QUARANTINE_DIGESTS + FEEDBACK_QUOTING_BOUNCES + TEXT_REPORTS + MORE_ROWS
