"""Lists 63's sources and the few notice shapes its rows need beyond review_holdout50_layouts / review_holds58_layouts /
review_multi57_layouts (a list server's plain notice with the original attached, Pigeonhole's reject MDN)."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, SELLER

# Where the words come from (cited per row).
GG = ("Google Groups' own refusal 'the group you tried to contact (...) may not exist, or you may not have permission "
      "to post messages to the group' (Google Workspace Admin help 'Groups issues'; review_holds58_layouts.GGROUPS)")
GG_MOD = ("Google Groups help 'Moderate messages' (support.google.com/groups/answer/2466386: a moderated group holds "
          "posts from new or non-members as pending; the poster is told the message awaits approval); notice "
          "HAND-MADE in those words (weak)")
EXO_193 = ("MicrosoftDocs/SupportArticles-docs .../ndr/ndr-when-external-users-send-email-to-microsoft-365-group.md "
           "('The group <group name> isn't set up to receive messages from <sender name>.', Status code 550 5.7.193, "
           "'550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external "
           "senders aren't permitted to send to this group.')")
EXO_AUTH = ("learn.microsoft.com 'Fix NDR error 550 5.7.1 in Exchange Online' / 'Error code 5.7.1 through 5.7.999' (the "
            "recipient is a group and you don't have permission to send to it; Exchange's 'RESOLVER.RST.AuthRequired; "
            "authentication required' and 'RESOLVER.RST.NotAuthorized; not authorized' for a group whose "
            "RequireSenderAuthenticationEnabled / AcceptMessagesOnlyFrom excludes us)")
EXO_133 = ("MicrosoftDocs/SupportArticles-docs .../ndr/fix-error-code-5-7-133-in-exchange-online.md ('550 5.7.133 "
           "RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed "
           "as sender not authenticated')")
MM2_REJ = ("GNU Mailman 2.1 Mailman/Handlers/Moderate.py do_reject ('You are not allowed to post to this mailing list, "
           "and your message has been automatically rejected.  If you think that your messages are being rejected in "
           "error, contact the mailing list owner at %(listowner)s.', as fieldtrip/website faq "
           "why_is_my_message_rejected_from_the_email_discussion_list.md quotes it); MailList.BounceMessage ('Request "
           "to mailing list %(realname)s rejected', the original attached)")
MM2_HOLD = ("GNU Mailman 2.1 templates/en/postheld.txt and Mailman/Handlers/Hold.py / Moderate.py hold reasons ('Post by "
            "non-member to a members-only list', 'Post to moderated list', 'Too many recipients to the message', "
            "'Posting to a restricted list by sender requires approval' as a held notice quoted on lkml shows it)")
MM2_REFUSE = ("GNU Mailman 2.1 templates/en/refuse.txt ('Your request to the %(listname)s mailing list ... has been "
              "rejected by the list moderator.  The moderator gave the following reason for rejecting your request:')")
MM2_FILTER = "GNU Mailman 2.1 Mailman/Handlers/SpamDetect.py header_filter_rules reject ('Message rejected by filter rule match')"
MM3_REJ = ("GNU Mailman 3 src/mailman/templates/en/list:user:notice:rejected.txt ('Your message to the $listname "
           "mailing-list was rejected for the following reasons: $reasons  The original message as received by "
           "Mailman is attached.'); rule texts src/mailman/rules/ ('The message is not from a list member', "
           "'Message has implicit destination') (weak: from the templates' memory, not re-read)")
MM3_HOLD = ("GNU Mailman 3 src/mailman/templates/en/list:user:notice:hold.txt ('Your message to $listname awaits "
            "moderator approval'; docs/moderator.rst: nonmember posts held for moderator approval)")
SYMPA_REJ = ("Sympa src/etc/mail_tt2/message_report.tt2 (the report to a sender whose message the 'send' scenario "
             "rejected: 'Message distribution: Authorization denied', the scenario's reason, e.g. send.private "
             "'subscribers only') (weak: wording from memory of the template)")
SYMPA_MOD = ("Sympa src/etc/mail_tt2/message_report.tt2 'moderating_message' (the message forwarded to the list's "
             "moderators; the sender told it will be distributed once approved) (weak)")
SYMPA_UNKNOWN = ("Sympa sympa_msg.pl / delivery_status_notification.tt2 for a message to a list that does not exist "
                 "('List unknown', Status 5.1.1) (weak)")
LISTSERV_AUTH = ("L-Soft LISTSERV 'You are not authorized to send mail to the <list> list from your <address> account' "
                 "(LISTSERV FAQ 'Not Authorized error message', c324175.r75.cf1.rackcdn.com/Listserv_faq.htm; "
                 "listserv.uga.edu ownerfaq 'you are not authorized to post')")
LISTSERV_MOD = ("L-Soft LISTSERV list owner's manual 'Send= Editor' (a post to an edited list is forwarded to the "
                "editor; the poster is told it was submitted to the moderator) (weak: notice wording hand-made)")
PF_LOCAL = ("Postfix src/local/local.c and alias.c / dotforward.c (local(8): 'unknown user: \"%s\"' 5.1.1, 'mail "
            "forwarding loop for %s' 5.4.6); pipe(8) 'Command died with status %d: \"%s\"' (sysexits 73 EX_CANTCREAT)")
PF_RELAY = ("Postfix smtp(8) to a catch-all relay's backend ('host %s said: ... (in reply to RCPT TO command)'; "
            "'connect to %s: Connection timed out' deferred, bounce(5) delay template)")
PF_EXP = ("Postfix bounce_notify_util.c ('<final> (expanded from <alias>): ...', Original-Recipient the alias): the "
          "failed recipient is the forward target; the prospect's alias itself did not fail")
SRS = ("libsrs2 / postsrsd: a forwarder rewrites our envelope sender to 'SRS0=HHH=TT=domain=local@forwarder' and "
       "relays the target's bounce back to us (the target is the failed recipient)")
EX_PARENT = ("Exim src/src/deliver.c print_address_information ('    <-- parent' in 4.9x, '(generated from ...)' before) "
             "and the redirect router (aliases, .forward): the failed address is the child")
EX_LOCAL = ("Exim src/src/deliver.c / route.c ('Unrouteable address' for a local part no router accepts; 'Too many "
            "\"Received\" headers - suspected mail loop'); transports/pipe.c ('Child process of %s transport returned "
            "%d (could mean unable to create output file) from command: %s')")
SIEVE_REJ = ("RFC 5429 (Sieve 'reject': an MDN with 'Disposition: automatic-action/MDN-sent-automatically; deleted') and "
             "Dovecot Pigeonhole's reject message ('Your message to <%s> was automatically rejected:')")
GMAIL_FWD_AUTH = ("Google 'Gmail SMTP errors' 550-5.7.26 ('This mail has been blocked because the sender is "
                  "unauthenticated ... DMARC') - the forwarder's relay breaks SPF for the target's Gmail")


def list_notice(rid: str, frm: str, subj: str, body: str, *, orig_to: str, to: str = SELLER,
                extra: str = "Auto-Submitted: auto-replied\n", report: bool = False) -> bytes:
    """A list server's notice: its text, the sender's original attached (message/rfc822), as Mailman's
    BounceMessage / Mailman 3's bounce_message / Sympa / LISTSERV send it; `report` a multipart/report wrapper."""
    dom = frm.split("@")[1].rstrip(">")
    ctype = ('multipart/report; report-type=delivery-status; boundary="l63"' if report
             else 'multipart/mixed; boundary="l63"')
    orig = (f"From: Sam Seller <{SELLER}>\nTo: {orig_to}\nSubject: Quick question about your Q4 logistics\n"
            f"Date: Tue, 14 Oct 2025 09:10:02 +0000\nMessage-ID: <{rid}@example.com>\n\nHi,\n\nDo you have 15 "
            "minutes this week?\n\nBest,\nSam\n")
    return (f"From: {frm}\nTo: {to}\nDate: {DATE}\nSubject: {subj}\nMessage-ID: <{rid}.l63@{dom}>\n{extra}"
            f"MIME-Version: 1.0\nContent-Type: {ctype}\n\n--l63\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
            f"{body}\n--l63\nContent-Type: message/rfc822\n\n{orig}\n--l63--\n").encode()


def sieve_reject(rid: str, a: str, reason: str) -> bytes:
    """Pigeonhole's reject: multipart/report (disposition-notification), the reason, the MDN part, the original."""
    dom = a.split("@")[1]
    orig = (f"From: Sam Seller <{SELLER}>\nTo: {a}\nSubject: Quick question about your Q4 logistics\n"
            f"Date: Tue, 14 Oct 2025 09:10:02 +0000\nMessage-ID: <{rid}@example.com>\n\nHi,\n\nBest,\nSam\n")
    return (f"From: Mail Delivery Subsystem <MAILER-DAEMON@mail.{dom}>\nTo: <{SELLER}>\nDate: {DATE}\n"
            f"Subject: Automatically rejected mail\nMessage-ID: <{rid}.sieve@mail.{dom}>\nAuto-Submitted: "
            "auto-replied (rejected)\nPrecedence: bulk\nMIME-Version: 1.0\nContent-Type: multipart/report; "
            "report-type=disposition-notification; boundary=\"sv63\"\n\nThis is a MIME-encapsulated message\n\n"
            "--sv63\nContent-Type: text/plain; charset=utf-8\nContent-Disposition: inline\n\n"
            f"Your message to <{a}> was automatically rejected:\n{reason}\n\n--sv63\nContent-Type: "
            f"message/disposition-notification\n\nReporting-UA: mail.{dom}; Dovecot Mail Delivery Agent\n"
            f"Final-Recipient: rfc822; {a}\nOriginal-Message-ID: <{rid}@example.com>\nDisposition: "
            "automatic-action/MDN-sent-automatically; deleted\n\n--sv63\nContent-Type: message/rfc822\n\n"
            f"{orig}\n--sv63--\n").encode()
