"""Review blocks36's notices (tests/classifier/review_blocks36.py): a recipient's own block list, reject list or Sieve
rule refusing our sender, in English and eleven more languages, and the traps beside them (our IP or domain on a block
list, our sender refused for everyone, the recipient's own address barred or its mailbox disabled). One table-driven
test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_blocks36 import ROWS

JUDGEMENT: dict[str, str] = {
    "b36-srv-hosting-sender-blacklisted": (
        "hosting.xyz's '550 5.7.1 Sender blacklisted' (a hosting account's own list, its wiki 2.24.15): read blocked, "
        "scope SENDER (the list's noun). The bare words name no owner: the same 'sender blacklisted' is how a server's "
        "own list for everyone speaks (Debian exim4's 'envelope sender <s> blacklisted.', a trap here), where the "
        "sender's scope is right. Only a rule keyed to hosting.xyz's hosts could tell, and no host of theirs is "
        "documented in a notice; soft either way; left"),
    "b36-srv-forpsi-sender-blacklisted": (
        "ASPone's / Forpsi's '550 5.1.1 <s> sender is blacklisted' (wiki.aspone.cz: the recipient's own blacklist) relayed "
        "from a host of no known provider: read blocked, scope SENDER. classifier/remote/forpsi.py reads these words as "
        "the recipient's filter on Forpsi's own hosts; elsewhere 'sender is blacklisted' is as often a server's list for "
        "everyone (said_address's 'envelope sender is blacklisted'), so no generic rule; soft either way; left"),
    "b36-trap-exim-sender-blacklisted": (
        "Debian exim4's check_mail ACL 'envelope sender <s> blacklisted.' (the server's own local_sender_blacklist): read "
        "blocked, the row wants rejected (our envelope sender refused). The scope is the sender's either way, the trap's "
        "point (never the recipient's choice); the reason label alone is sender_stage's reading of 'blacklisted' as a "
        "list, not worth a rule against the other MAIL FROM lists; left"),
    "b36-trapr-recipient-access": (
        "Postfix check_recipient_access REJECT '554 5.7.1 <rcpt>: Recipient address rejected: Access denied' (the server "
        "barring the recipient's own address, MDaemon's Recipient Block List alike): read userunknown, HARD; the row "
        "wants a soft reading of the recipient's side. The project reads these exact words as no such user on purpose "
        "(classifier/phrases.py userunknown: Exchange Online Protection's directory-based edge blocking answers an "
        "unknown recipient so, corpus-backed); the scope is right (recipient, never filtered); left"),
}

test_review_blocks36, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
