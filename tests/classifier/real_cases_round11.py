"""Expected readings of the eleventh round's notices in fixtures/real/ (branch real11; see its README,
"Eleventh round"): fetchmail 6.4.37's own notices (from MAILER-DAEMON@<its host>) when the SMTP or
LMTP listener it forwards to refuses a recipient, the sender or the message; Postfix 3.7.11's notices
quoting clamsmtp 1.10 and proxsmtp 1.10 as content filters of a receiving smtpd, the gross 1.0.2
policy server's greylisting, and Exim 4.96 with greylistd 0.9.0.2 (the ACL of greylistd's README).
Rows of `test_real_servers.CASES` and whose fault each refusal is (taxonomy §7). Written from the
servers' words and the taxonomy BEFORE the classifier was run on the files."""

from __future__ import annotations

from tests.classifier.real_cases_milters import CONTENT_SCOPE

UU = ("userunknown", True, True)  # (reason, hard_bounce, permanent)
# "550 5.2.1 <closed@inbox.test>: Recipient address rejected: Mailbox disabled for this recipient"
# (a Postfix access-map text): a disabled mailbox, as round 10's sendmail virtusertable row: suspend.
DISABLED = ("suspend", False, True)
# "451 Local Error" at end of DATA: clamsmtp's and proxsmtp's words when their scanner or filter cannot
# run (clamd unreachable; the filter over FilterTimeout): the receiving system's fault, temporary.
LOCAL_ERROR = ("systemerror", False, False)
# Postfix's final notice after maximal_queue_lifetime, its last answer temporary: delivery abandoned
# (taxonomy: "expired: usually a 4.x status with Action: failed"), as the earlier rounds' expiries.
EXPIRED = ("expired", False, True)

ROUND11 = {
    # --- fetchmail 6.4.37 (IMAP from a private Dovecot; forwards by SMTP to a Postfix smtpd on
    # 127.0.0.1:2603, smtpaddress inbox.test, or by LMTP to a private dovecot-lmtpd). Its notice:
    # "Subject: Mail delivery failed: returning message to sender", "Reason: <fetchmail's words>",
    # "SMTP error: <the listener's reply>", a message/delivery-status with Final-Recipient, Status
    # (the reply's enhanced code, else "<class>.0.0") and Diagnostic-Code (the reply, no type), the
    # original's headers as text/rfc822-headers (sink.c send_bouncemail) ---
    # "Some addresses were rejected by the MDA fetchmail forwards to.", "550 5.1.1 <ghost@inbox.test>:
    # Recipient address rejected: User unknown in relay recipient table".
    "fetchmail-smtp-recipient-unknown.eml": (True, {"ghost@inbox.test": UU}),
    # "554 5.7.1 <spamtrap@inbox.test>: Recipient address rejected: Delivery not authorized, message
    # refused": the recipient's side refuses mail to this address by its own rule, naming no sender,
    # host or content: the taxonomy's filtered ("by a recipient-side filter").
    "fetchmail-smtp-delivery-not-authorized.eml": (True, {"spamtrap@inbox.test": ("filtered", False, True)}),
    "fetchmail-smtp-mailbox-disabled.eml": (True, {"closed@inbox.test": DISABLED}),
    # "Reason: This message was too large (SMTP error 552).", "552 5.3.4 Message size exceeds fixed
    # limit" (at MAIL FROM, SIZE=): mesgtoobig.
    "fetchmail-smtp-message-too-big.eml": (True, {"lead@inbox.test": ("mesgtoobig", False, True)}),
    # Dovecot LMTP at RCPT: "550 5.1.1 <nobody@vmail.test> User doesn't exist: nobody@vmail.test".
    "fetchmail-lmtp-dovecot-user-unknown.eml": (True, {"nobody@vmail.test": UU}),
    # Dovecot LMTP after DATA: "552 5.2.2 <tiny@vmail.test> Quota exceeded (mailbox for user is full)",
    # Status 5.2.2; fetchmail's own Reason line says "This message was too large (SMTP error 552)"
    # (its handle_smtp_report treats every 552 as a size refusal): the server's words and code say the
    # mailbox is full: mailboxfull, not mesgtoobig.
    "fetchmail-lmtp-dovecot-quota.eml": (True, {"tiny@vmail.test": ("mailboxfull", False, True)}),
    # multidrop: fm7@pop.test and buyer@inbox.test taken, ghost@inbox.test refused (unknown).
    "fetchmail-multidrop-mixed-recipients.eml": (True, {"ghost@inbox.test": UU}),
    # "Reason: General SMTP/ESMTP error.", Final-Recipient lead@inbox.test, "550 5.7.1
    # <sales@bounce-lab.test>: Sender address rejected: Access denied" at MAIL FROM: our envelope
    # sender refused: rejected; the recipient is fine.
    "fetchmail-smtp-sender-access-denied.eml": (True, {"lead@inbox.test": ("rejected", False, True)}),
    # multidrop, one notice with two delivery-status blocks (the replies in RCPT order).
    "fetchmail-multidrop-two-refused.eml": (True, {"ghost@inbox.test": UU, "closed@inbox.test": DISABLED}),

    # --- clamsmtp 1.10 (clamd 1.4.6, one lab signature) as content_filter of the receiving smtpd ---
    # "550 Virus Detected; Content Rejected" (in reply to end of DATA): virusdetected.
    "postfix-clamsmtp-virus-eicar.eml": (True, {"lead@av.test": ("virusdetected", False, True)}),
    "postfix-clamsmtp-clamd-down-delay-warning.eml": (True, {"lead@av2.test": LOCAL_ERROR}),
    "postfix-clamsmtp-clamd-down-expired.eml": (True, {"lead@av2.test": EXPIRED}),

    # --- proxsmtp 1.10 (FilterType file): the filter's last stderr line is the reply; without a code
    # proxsmtp sends "550 Content Rejected; <line>" ---
    # "550 Content Rejected; Message contains a forbidden attachment type": a well-formed message of a
    # kind the site refuses by rule: policyviolation (as amavis's banned double extension).
    "postfix-proxsmtp-filter-text.eml": (True, {"lead@prox.test": ("policyviolation", False, True)}),
    # "554 5.7.1 Message rejected by content policy: executable attachments are not accepted".
    "postfix-proxsmtp-filter-554-policy.eml": (True, {"lead@prox.test": ("policyviolation", False, True)}),
    # Exit 2, nothing on stderr: "550 Content Rejected; Content Rejected" after DATA: refused by a
    # filter that names no cause: filtered ("refused after DATA").
    "postfix-proxsmtp-filter-exit-no-text.eml": (True, {"lead@prox.test": ("filtered", False, True)}),
    # "451 4.3.0 Content filter temporarily unavailable, try again later": 4.3.x, the receiver's.
    "postfix-proxsmtp-filter-451-delay-warning.eml": (True, {"lead@prox.test": ("systemerror", False, False)}),
    "postfix-proxsmtp-filter-451-expired.eml": (True, {"lead@prox.test": EXPIRED}),
    "postfix-proxsmtp-filter-timeout-delay-warning.eml": (True, {"lead@prox.test": LOCAL_ERROR}),
    "postfix-proxsmtp-filter-timeout-expired.eml": (True, {"lead@prox.test": EXPIRED}),

    # --- gross 1.0.2 greylisting (grey_delay 600 > the queue lifetime): "450 4.7.1 <lead@gross.test>:
    # Recipient address rejected: Please try again later" (gross's default grey_reason): greylisting
    # is a deferral of the sending client, 4.7.1: blocked, temporary (as sqlgrey's and postgrey's rows);
    # then the expiry.
    "postfix-remote-gross-greylisted-delay-warning.eml": (True, {"lead@gross.test": ("blocked", False, False)}),
    "postfix-remote-gross-greylisted-expired.eml": (True, {"lead@gross.test": EXPIRED}),
    # --- greylistd 0.9.0.2 with Exim 4.96 (retryMin 900): "451-127.0.0.1 is not yet authorized to
    # deliver mail from 451 <sales@bounce-lab.test> to <lead@greyx.test>. Please try later." (Exim
    # wraps the README's message into two reply lines; Postfix joins them): the sending host is not
    # yet let in: blocked, temporary; then the expiry.
    "postfix-remote-exim-greylistd-delay-warning.eml": (True, {"lead@greyx.test": ("blocked", False, False)}),
    "postfix-remote-exim-greylistd-expired.eml": (True, {"lead@greyx.test": EXPIRED}),
}

# file: why the classifier disagrees (strict xfails; a fix XPASSes). Mended this round (classifier/
# mta_wordings.py _REAL11): "451 Local Error" (read as expired) and greylistd's "is not yet authorized
# to deliver mail" (read as expired, the recipient's). The filter's own lines in the proxsmtp rows are
# the lab's words (its script's stderr), not proxsmtp's: no rule is keyed to them.
_CAUSE = ("'{text}' with Action failed after the queue lifetime: read as {got} (the cause), not expired (as "
          "postfix-remote-postgrey-greylisted-expired; soft either way)")
_GENERIC_430 = ("a 4.3.0 status with words no table knows (the lab filter's own '451 4.3.0 Content filter "
                "temporarily unavailable, try again later'): read as {got}; RFC 3463's x.3.x is the receiving mail "
                "system: systemerror{tail} (judgement: no general x.3.0 rule, it is the catch-all of many servers)")
ROUND11_DISAGREES = {
    "fetchmail-smtp-delivery-not-authorized.eml":
        "'554 5.7.1 <a>: Recipient address rejected: Delivery not authorized, message refused' read by its code as "
        "securityerror; the words name the recipient's own rule and no security requirement: filtered (judgement)",
    "postfix-clamsmtp-clamd-down-expired.eml": _CAUSE.format(text="451 Local Error", got="systemerror"),
    "postfix-proxsmtp-filter-timeout-expired.eml": _CAUSE.format(text="451 Local Error", got="systemerror"),
    "postfix-remote-gross-greylisted-expired.eml": _CAUSE.format(
        text="450 4.7.1 ... Recipient address rejected: Please try again later", got="blocked"),
    "postfix-remote-exim-greylistd-expired.eml": _CAUSE.format(
        text="451-127.0.0.1 is not yet authorized to deliver mail from ...", got="blocked"),
    "postfix-proxsmtp-filter-451-delay-warning.eml": _GENERIC_430.format(got="expired (a delay's fallback)", tail=""),
    "postfix-proxsmtp-filter-451-expired.eml": _GENERIC_430.format(
        got="onhold", tail=", and after the queue lifetime expired"),
    "postfix-proxsmtp-filter-exit-no-text.eml":
        "proxsmtp's '550 Content Rejected; Content Rejected' (its filter failed without a word) after DATA, Status "
        "5.0.0: read as onhold; the taxonomy's filtered is 'refused after DATA' (judgement; a 'content rejected' "
        "wording was tried and dropped: it outranked clamsmtp's virus words and the lab filter's policy line)",
}

S, RC = "sender", "recipient"
# file: {failed recipient: scope} (taxonomy §7). The sender's: our envelope sender refused, our
# client greylisted, our message refused for what it carries (as the milters round's content rows).
# The recipient's: its address or mailbox, and the receiver's own filter or scanner out of order.
ROUND11_SCOPE = {
    "fetchmail-smtp-recipient-unknown.eml": {"ghost@inbox.test": RC},
    "fetchmail-smtp-mailbox-disabled.eml": {"closed@inbox.test": RC},
    "fetchmail-lmtp-dovecot-quota.eml": {"tiny@vmail.test": RC},
    "fetchmail-smtp-sender-access-denied.eml": {"lead@inbox.test": S},
    "fetchmail-multidrop-two-refused.eml": {"ghost@inbox.test": RC, "closed@inbox.test": RC},
    "postfix-clamsmtp-virus-eicar.eml": {"lead@av.test": S},
    "postfix-clamsmtp-clamd-down-delay-warning.eml": {"lead@av2.test": RC},
    "postfix-proxsmtp-filter-554-policy.eml": {"lead@prox.test": S},
    "postfix-proxsmtp-filter-451-delay-warning.eml": {"lead@prox.test": RC},
    "postfix-remote-gross-greylisted-delay-warning.eml": {"lead@gross.test": S},
    "postfix-remote-exim-greylistd-delay-warning.eml": {"lead@greyx.test": S},
}
# file: why the classifier's scope differs (judgement calls; each must still differ, strict).
ROUND11_SCOPE_DISAGREES = {
    "postfix-clamsmtp-virus-eicar.eml": CONTENT_SCOPE.format(reason="virusdetected"),
    "postfix-proxsmtp-filter-554-policy.eml": CONTENT_SCOPE.format(reason="securityerror, its reason above"),
}
