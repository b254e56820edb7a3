"""The fifty-fourth review's controls: real bounces and delays that stand next to the review's
non-bounces and must stay bounces. A gateway's refusal (Google Workspace 'Message blocked',
Mimecast, Proofpoint, Barracuda), Google Groups' 'You do not have permission to post' (the
group refused the sender: `rejected`, soft, as classifier/formats/googlegroups.py reads it), NDRs
of a calendar reply, a recall request and a DocuSign-shaped subject, a DMARC refusal (the
receiver refused the message under the domain's DMARC policy: `authfailure`-type, sender scope)
and a delay. The expectations come from the words and taxonomy sections 2, 4 and 7."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own, relayed
from tests.classifier.review_notices34_layouts import mail

_EXO = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (NDR anatomy; 5.1.10 "
        "RecipientNotFound; 5.7.509 'Access denied, sending domain does not pass DMARC verification')")
_GMAIL_BLOCK = ("Google Workspace Admin Help 'Message blocked' bounce for content compliance / objectionable content "
                "rules ('Your message to <x> has been blocked. See technical details below.', 550 5.7.1 with the "
                "admin's text) (weak: the layout as notices.gmail_own)")
_GG = ("Google Groups' refusal to a non-member: 'You do not have permission to post to this group' from "
       "mailer-daemon@googlemail.com with X-Failed-Recipients (classifier/formats/googlegroups.py, Google Groups Help "
       "'Posting permissions') (HAND-MADE)")
_MIMECAST = ("Mimecast KB 'Mimecast SMTP error codes' (550 'Administrative prohibition - envelope blocked', 550 "
             "'Rejected by header based Blocked Senders - Block policy for Header From')")
_PROOFPOINT = "Proofpoint Essentials KB 'SMTP error codes' (554 5.7.1 'Message blocked due to spam content')"
_MIMECAST_HELD = ("Mimecast Personal Portal 'Held, Bounced & Rejected Messages' and Mimecast docs 'On Hold Personal "
                  "and On Hold Moderator' (Reject: 'a notification is sent to the sender to inform them of the "
                  "rejection. A reason for the rejection can be selected.') (weak: the notice text)")
_BARRACUDA = "Barracuda Campus 'Email Gateway Defense bounce messages' (550 permanent failure ... 'No such user')"


def _exo(diagnostic: str, status: str, body: str, subject: str = "") -> bytes:
    raw = exchange_own(diagnostic, status=status, body=body)
    return raw.replace(b"Subject: Undeliverable: Quick question", f"Subject: {subject}".encode()) if subject else raw


def _groups(group: str) -> bytes:
    return (f"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: seller@example.com\n"
            f"Subject: Delivery Status Notification (Failure)\nX-Failed-Recipients: {group}\n"
            "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
            f"Hello seller@example.com,\n\nWe're writing to let you know that the group you tried to contact "
            f"(sales) may not exist, or you may not have permission to post messages to the group. A few more "
            f"details on why you weren't able to post:\n\n * You might have spelled or formatted the group name "
            f"incorrectly.\n * The owner of the group may have removed this group.\n * You may need to join the "
            f"group before receiving permission to post.\n * This group may not be open to posting.\n\nIf you have "
            f"questions related to this or any other Google Group, visit the Help Center at "
            f"https://groups.google.com/support/.\n\nThanks,\n\nGoogle Groups\n").encode()


_UNKNOWN = ("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            "5.1.10", "Your message to lead@example.org couldn't be delivered.\nlead wasn't found at example.org.")
HARD = (LEAD, True, ("userunknown",), "recipient", False)
SOFT = (LEAD, False, (), "", False)

CONTROL_ROWS = [
    ("control-exo-ndr-of-accepted-reply", _EXO + "; the NDR of the seller's own 'Accepted:' calendar reply",
     _exo(*_UNKNOWN, subject="Undeliverable: Accepted: Demo call"), [HARD]),
    ("control-exo-ndr-of-recall-request", _EXO + "; the NDR of a recall request to the prospect",
     _exo(*_UNKNOWN, subject="Undeliverable: Recall: Quote for Q3"), [HARD]),
    ("control-exo-ndr-docusign-subject", _EXO + "; the original's subject an e-signature one",
     _exo(*_UNKNOWN, subject="Undeliverable: Completed: Please DocuSign: Order form Q3.pdf"), [HARD]),
    ("control-exo-dmarc-5-7-509", _EXO,
     _exo("550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC "
          "policy of reject.", "5.7.509", "Your message to lead@example.org couldn't be delivered.\nThe sending "
          "domain does not pass DMARC verification.", subject="Undeliverable: Report Domain: example.com"),
     [(LEAD, False, ("authfailure", "policyviolation", "securityerror"), "", False)]),
    ("control-gmail-message-blocked", _GMAIL_BLOCK,
     gmail_own("550 5.7.1 This message was blocked because its content presents a potential security issue.",
               status="5.7.1", heading="Message blocked",
               body="Your message to lead@example.org has been blocked. See technical details below for more "
                    "information.", remote="aspmx.l.google.com"), [SOFT]),
    ("control-gmail-held-then-rejected-quarantine", _GMAIL_BLOCK + " (an admin-quarantined message the admin "
     "rejected: 'Your message was rejected by the administrator', HAND-MADE)",
     gmail_own("550 5.7.1 Message rejected by the administrator of example.org after review (quarantine).",
               status="5.7.1", heading="Message rejected",
               body="Your message to lead@example.org was held for review and then rejected by the domain's "
                    "administrator."), [SOFT]),
    ("control-google-groups-no-permission", _GG, _groups("sales@example.org"),
     [("sales@example.org", False, ("rejected",), "", False)]),
    ("control-mimecast-envelope-blocked", _MIMECAST,
     relayed("550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550",
             status="5.0.0", remote="eu-smtp-inbound-1.mimecast.com"), [SOFT]),
    ("control-mimecast-header-blocked-sender", _MIMECAST,
     relayed("550 Rejected by header based Blocked Senders - Block policy for Header From - "
             "https://community.mimecast.com/docs/DOC-1369#550 [AbCdEfGh.uk11]", status="5.0.0", command="DATA",
             remote="eu-smtp-inbound-1.mimecast.com"), [SOFT]),
    ("control-proofpoint-spam-content", _PROOFPOINT,
     relayed("554 5.7.1 Message blocked due to spam content in the message.", status="5.7.1", command="DATA",
             remote="mx0a-00112233.pphosted.com"), [(LEAD, False, ("spamdetected",), "", False)]),
    ("control-proofpoint-user-unknown", "Proofpoint Essentials KB 'SMTP error codes' (550 5.1.1 User Unknown)",
     relayed("550 5.1.1 User Unknown", status="5.1.1", remote="mx1-us1.ppe-hosted.com"), [HARD]),
    ("control-barracuda-no-such-user", _BARRACUDA,
     relayed("550 permanent failure for one or more recipients (lead@example.org:550 5.1.1 <lead@example.org>: "
             "Recipient address rejected: User unknown)", status="5.1.1", command="DATA",
             remote="d123456a.ess.barracudanetworks.com"), [HARD]),
    ("control-barracuda-quarantine-limit", _BARRACUDA + " ('550 permanent failure ... Message rejected: "
     "Message content rejected' for a policy)",
     relayed("550 permanent failure for one or more recipients (lead@example.org:blocked)", status="5.0.0",
             command="DATA", remote="d123456a.ess.barracudanetworks.com"), [SOFT]),
    ("control-mailbox-full-on-calendar-reply", "Postfix bounce(8) of a calendar reply (HAND-MADE)",
     relayed("552 5.2.2 <lead@example.org>: Recipient address rejected: Mailbox full", status="5.2.2"),
     [(LEAD, False, ("mailboxfull",), "recipient", False)]),
    ("control-mimecast-rejected-after-hold", _MIMECAST_HELD,
     mail("postmaster@example.org", "Message rejected: Quick question",
          "Your message to lead@example.org was held by our email security service and has now been rejected by "
          "an administrator.\n\nReason: The message was rejected by the recipient's administrator.\n\n"
          "Subject: Quick question\nRecipient: lead@example.org\n", "Auto-Submitted: auto-generated\n"),
     [(LEAD, False, (), "", False)]),
    ("control-gmail-delayed", "Gmail's own delay DSN ('Message delayed', 'Delivery incomplete ... Gmail will retry', "
     "Action: delayed; as notices.gmail_own)",
     gmail_own("421 4.7.0 Try again later, closing connection.", status="4.7.0", heading="Message delayed",
               body="There was a temporary problem delivering your message to lead@example.org. Gmail will retry "
                    "for 47 more hours. You'll be notified if the delivery fails permanently.",
               remote="mx.example.org", action="delayed"), [(LEAD, False, (), "", True)]),
    ("control-qmail-quarantine-release-words", "qmail-send's bounce (qmail-send.c: 'Hi. This is the qmail-send "
     "program at ...', 'I'm afraid I wasn't able to deliver your message to the following addresses.', "
     "'This is a permanent error; I've given up. Sorry it didn't work out.'); the remote's reply names a "
     "quarantine and a release (HAND-MADE)",
     mail("MAILER-DAEMON@mail.example.com", "failure notice",
          "Hi. This is the qmail-send program at mail.example.com.\nI'm afraid I wasn't able to deliver your "
          "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work "
          "out.\n\n<lead@example.org>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 5.7.1 Message "
          "quarantined by policy; ask the administrator to release it\nGiving up on 192.0.2.7.\n"),
     [(LEAD, False, (), "", False)]),
    ("mimecast-digest-from-postmaster-lists-ndr", _MIMECAST_HELD + " (the hold digest, sent from the domain's "
     "postmaster address, listing a held NDR; HAND-MADE)",
     mail("postmaster@example.com", "Mimecast: Hold Queue Summary",
          "The following messages are on hold and were not delivered to your Inbox.\n\nFrom: "
          "MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\nDetail: <lead@example.org>: "
          "550 5.1.1 User unknown\n\nRelease | Block | Permit\n", "Auto-Submitted: auto-generated\n"), []),
    ("control-delay-exchange-quarantine-words", "Postfix delay notice (bounce(8) delay template); the remote's "
     "greylisting words mention 'held' (HAND-MADE)",
     relayed("450 4.7.1 <lead@example.org>: Recipient address rejected: Message held, greylisted, try again later",
             status="4.7.1"), [(LEAD, False, (), "", True)]),
]
