"""Mail stores' own refusals of one delivery, in their own words (the hundred-and-forty-eighth review,
tests/classifier/review_notices148.py): the texts a store's quota code gives, which its LDA or LMTP server
and its quota-status policy service put in a reply or a rejection notice. Data merged into
`classifier.phrases` beside the other tables; matched like them, lowercase substrings of the
whitespace-collapsed diagnostic."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

# Dovecot's quota plugin (QUOTA_ALLOC_RESULT_OVER_MAXSIZE, quota_max_mail_size): the one message over the largest the
# store takes, whatever status it comes under (its quota-status service writes "554 5.2.2 %s" for every quota
# refusal): the message's size, not a full mailbox (`classifier.reasons._not_the_mailbox` reads it so).
MESSAGE_SIZE = ("mail size is larger than the maximum size allowed",)

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.MAILBOXFULL: (
        # Dovecot 2.4's quota plugin (src/plugins/quota/quota.c quota_alloc_result_errstr,
        # QUOTA_ALLOC_RESULT_OVER_QUOTA_MAILBOX_LIMIT): the mailbox's message-count limit, not a rate of
        # ours ("too many messages" alone is a rate: `classifier.phrases` SPEEDING).
        "too many messages in the mailbox",
        # MailEnable's post office over its disk quota ("522 5.7.1 MailDomain <domain> Disk quota has been exceeded",
        # as a user's copy of its notice shows it): the receiving domain's store is full, whatever its 5.7.1 says.
        "disk quota has been exceeded",
    ),
    R.MESGTOOBIG: (
        *MESSAGE_SIZE,
    ),
}
PATTERNS: Mapping[Reason, tuple] = {}
