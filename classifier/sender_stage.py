"""A refusal of the envelope sender: at MAIL FROM, or naming the sender at any stage. No recipient was
named yet (or the words say the sender is what was refused), so the sender was refused; only wording
about the sender's host, rate, authentication or reputation says more. A refusal whose words name the
sender is the same at RCPT (Postfix checks the sender there by default): "Sender address rejected: User
unknown" is no bad recipient. A "takes no mail" status there is the sender's domain (RFC 7505's 5.7.27,
Postfix: "Sender address rejected: Domain x does not accept mail (nullMX)").

`reasons.reason_for` asks here when the status leaves the reason to the stage.
"""

from __future__ import annotations

import re

from classifier import lexicon, rule_wordings, sender_words, small_server_wordings, soft_wordings
from classifier.records import REASONS, Reason
from classifier.wording import wording_of

R = REASONS

# Where Postfix's address verification starts quoting the verified address's own server (smtpd_check.c:
# "undeliverable address: %s", "unverified address: %s"), and Exim's sender callout (acl.c, verify.c:
# "550-Response: <its answer>" among the lines before "550 Sender verify failed"). A "Recipient address
# rejected: ..." said as the reason of "Sender address rejected:" is such an answer too: the only
# recipient there is the sender's mailbox, asked of its own server ("553 5.1.8 <s>: Sender address
# rejected: Recipient address rejected: Access denied" names no security check of ours; review 62).
_VERIFY_QUOTE = re.compile(r"\b(?:undeliverable address|unverified address|[45]\d\d-response): "
                           r"|\bsender address rejected: (?=recipient address rejected\b)")
# The relay's own words around the reply: the answering host as it names it (Exim's "host %s [%s]:",
# Postfix's "host %s[%s] said:") and the stage (Exim's "after MAIL FROM:<s> SIZE=n:"): a host name and
# the stage, never a missing sender ("host unknown [192.0.2.20]" is a host whose name was "unknown").
_RELAYS_OWN = re.compile(r"\bhost \S{1,255} ?\[[0-9a-f.:]{2,45}\]|\bafter mail from: ?<[^<>]{0,300}>(?: size=\d+)?:?")
# What, said of our sending side, is more than "the sender refused".
_MORE = (R.MESGTOOBIG, R.AUTHFAILURE, R.REQUIREPTR, R.BADREPUTATION, R.SPEEDING, R.TOOMANYCONN, R.BLOCKED,
         R.NORELAYING, R.SECURITYERROR, R.SYSTEMFULL)


# RFC 3463 X.1.7 "Bad sender's mailbox address syntax" and X.1.8 "Bad sender's system address": the status itself
# names OUR address as the bad one. Under it, a recipient's noun right after our sender's absence word, with no
# stop between ("553 5.1.8 Sender address <us> unknown Recipient: <lead>"), opens the reply's next field: it is
# read as if a stop stood before it, so sender_words.NEXT_NOUNS no longer gives the absence to the recipient (the
# team's call, review 117, on review 115's false hard). Under 5.1.1 the same words stay the recipient's.
_SENDER_STATUS = re.compile(r"[45]\.1\.[78]")
_NOUN_NEXT = re.compile(rf"(?<=[\w>)])[ \t]+(?=(?:{sender_words.RECIPIENT_ROLE}))")
# ...not where the absence word is the recipient's own adjective after a preposition or an article ("Mail from <us> to
# unknown recipient <lead>", "Sender <us> wrote to an unknown recipient", "... for unknown recipient <lead>": the
# prospect said unknown, review 123's false softs).
_ITS_ADJECTIVE = re.compile(r"\b(?:to|for|an?|the|of|with|at|towards?)[ \t]+\S+$")


# Our sending address said forged ("550 5.1.0 sending user <s> faked, I will not accept this mail": Qsmtp's answer to
# MAIL FROM, qsmtpd.c addrparse), relayed by a DSN that names no stage (Gmail's, Exchange Online's): under 5.1.0, RFC
# 3463's "other address status", the status alone read userunknown (outside65: a false hard).
_FORGED_SENDER = re.compile(r"\b(?:sending user|sender(?: address)?)(?: <?[^\s<>]{1,254}>?)? (?:is )?(?:faked|forged|spoofed)\b")


def forged(text: str) -> bool:
    """Does lowercase `text` say our sending address is forged, and not also that the recipient does not exist (an
    admin's "User unknown in virtual mailbox table; sender <s> forged" under 5.1.1: audit65b, a lost hard)?"""
    return "sen" in text and _FORGED_SENDER.search(text) is not None and not lexicon.no_such_recipient(text)


def _next_field(text: str) -> str:
    """`text` with a stop before each recipient's noun that opens the next field (see `_NOUN_NEXT`)."""
    return _NOUN_NEXT.sub(lambda m: m.group(0) if _ITS_ADJECTIVE.search(text[max(0, m.start() - 40):m.start()])
                          else ". ", text)


def applies(text: str, command: str | None, status: str | None = None) -> bool:
    """Is lowercase `text` (answering `command`, under `status`) a refusal of the sender rather than of a
    recipient?"""
    if command == "MAIL":
        return True
    # Not the recipient's own choice of senders, naming ours (Mimecast's "User Entry"; review 49): asked last, of the
    # few replies whose words refuse the sender (all these are pure: the order is for speed only).
    return (lexicon.sender_refused(text) or bool(rule_wordings.SENDER_BLOCKED.search(text)) or forged(text)
            or small_server_wordings.OUR_DOMAIN_MX in text or (
        _SENDER_STATUS.fullmatch(status or "") is not None and lexicon.sender_refused(_next_field(text)))) \
        and not soft_wordings.recipient_choice(text)


def reason(text: str, command: str | None) -> Reason:
    """The reason of a refusal of the sender whose status leaves the reason to the stage."""
    # Postfix's reject_unverified_sender quotes the sender's own server after "undeliverable address:" /
    # "unverified address:" (smtpd_check.c): what that server said of the sender's mailbox ("Recipient
    # address rejected: Access denied") says nothing of our host or rate.
    own = wording_of(_VERIFY_QUOTE.split(text, 1)[0])
    if lexicon.sender_listed(text) or rule_wordings.SENDER_BLOCKED.search(text) or (
            command == "MAIL" and not own.uses(R.AUTHFAILURE)  # "sender <s> SPF record not found" (Haraka)
            and (lexicon.no_such_domain(said := _RELAYS_OWN.sub(" ", text)) or lexicon.sender_missing(said))):
        # The sender (or its domain) is on a blocklist, or its domain missing from the DNS (refused at
        # MAIL FROM, the only domain named yet is the sender's: Courier's "517-Domain does not exist: x
        # ... Invalid domain", also where the notice's transcript shows the "MAIL FROM:<s>" it answered).
        return R.REJECTED
    if soft_wordings.command_not_understood(text):  # the MAIL command itself (review 39)
        return R.SYNTAXERROR
    return next((r for r in _MORE if own.uses(r)), R.REJECTED)
