"""Receiving servers' own reply texts not read before (the twentieth round of real servers,
tests/classifier/real_cases_round20.py): what the Cyrus and Dovecot mailbox stores answer, behind a relay's LMTP
client, when a mailbox's own rule or the store itself stands in the way, and what Exim answers when its own check of
a recipient could not be made. Data merged into `classifier.phrases` beside the other tables; matched like them,
lowercase substrings of the whitespace-collapsed diagnostic."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

# Cyrus imap/lmtp_err.et LMTP_NOT_AUTHORIZED_LONG, printed by lmtpengine.c send_lmtp_error before "550 5.7.1 Permission
# denied" when verify_user finds the folder (lookup right) but the poster has no post right in its ACL: the mailbox
# owner's rule about who may post to a live mailbox ("Please contact the owner of this mailbox in order to submit
# your message"), not a security requirement our side failed (real round 20, postfix-cyrus-lmtp-permission-denied).
# Said at RCPT under 5.7.1, so read as the recipient's choice (`soft_wordings.recipient_choice`, beside Exchange's
# "not in allowed-senders list"), never merged into the filtered table; the bare "Permission denied" keeps its 5.7.1.
POST_RULE = ("do not have permission to post a message to this mailbox",)

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.SYSTEMERROR: (
        # Cyrus imap/imap_err.et IMAP_MAILBOX_BADFORMAT, answered "451 4.2.0 %s" (LMTP_MAILBOX_ERROR) when the
        # mailbox's own files (cyrus.header, cyrus.index) cannot be read: the store is damaged (real round 20,
        # postfix-cyrus-lmtp-invalid-format-*).
        "mailbox has an invalid format",
        # Dovecot src/lib-storage/mail-error.h MAIL_ERRSTR_LOCK_TIMEOUT, in LMTP's "451 4.2.0 <%s> %s" when another
        # process holds the mailbox's lock past mail_max_lock_timeout: the store busy, for now (real round 20,
        # postfix-dovecot-lmtp-lock-timeout-*).
        "timeout while waiting for lock",
        # Exim src/verify.c: a "verify = recipient/callout" whose callout could not be made (its next hop did not
        # answer) defers the RCPT with "451 Could not complete recipient verify callout": the receiver's own check
        # of its recipient, not ours (real round 20, postfix-remote-exim-recipient-callout-defer-*). Its "sender"
        # form is our envelope sender unverified, read by `classifier.sender_stage`.
        "could not complete recipient verify callout",
    ),
}
