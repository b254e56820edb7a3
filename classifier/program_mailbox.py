"""qmail's no-mailbox sentence in a local delivery program's output (`lexicon_more.NO_MAILBOX_HERE`, read by
lexicon.program_says_no_user beside the 5.1.1 Postfix writes for EX_NOUSER): when it is the program's verdict on the
RECIPIENT's mailbox. Audit 35b (tests/classifier/review_audit35b.py) found two false hards in the bare substring test:
the sentence inside a condition ("maildrop: if there is no mailbox here by that name the message is returned;
.../Maildir/tmp: Permission denied", a filter's comment before its real failure), and the sentence said of an account
the output names first ("maildrop: vmail: Sorry, no mailbox here by that name.", the user the program runs as: its
configuration, as lexicon.program_names_another_user reads "mail: nobody: no such user", review 86)."""

from __future__ import annotations

import re

from classifier.lexicon_more import NO_MAILBOX_HERE

_SUPPOSED_BEFORE = re.compile(r"\b(?:if|when|whenever|should|whether|unless|in case)\b[^.:;!?]*$")
_NO_MAILBOX_OF = re.compile(r"x-unix; ?[\w.-]+: ([\w.+-]+(?:@[\w.-]+)?): sorry, " + NO_MAILBOX_HERE)
# Sendmail's local mailer (T=DNS/RFC822/X-Unix) running mail.local -l, which speaks LMTP: the Diagnostic-Code is
# "X-Unix;" and mail.local's own reply, EX_NOUSER's mailerr("550 5.1.1", "%s: User unknown", name) (sendmail's
# mail.local/mail.local.c), the user named or not (review recipients45: read mailererror, soft, beside its 5.1.1).
_LMTP_NO_USER = re.compile(r"x-unix; ?5\d\d[ -]5\.1\.1 (?:<?([\w.+-]+(?:@[\w.-]+)?)>?(?::|\.\.\.) ?)?user unknown\.?")


def program_no_mailbox(text: str) -> bool:
    """Does lowercase `text` (a delivery program's output) say qmail's no-mailbox sentence, not as a condition?"""
    at = text.find(NO_MAILBOX_HERE)
    return at >= 0 and _SUPPOSED_BEFORE.search(text[max(0, at - 80):at]) is None


def program_mailbox_owner(text: str) -> str | None:
    """The account lowercase `text` (an X-Unix diagnostic) names right before the program's no-mailbox sentence, or in
    mail.local's LMTP reply (`lmtp_no_user`); None where it names none (qmail's and vdelivermail's own words name none)."""
    if not text.startswith("x-unix;"):  # both patterns' first words (speed only)
        return None
    m = _NO_MAILBOX_OF.match(text) or _LMTP_NO_USER.fullmatch(text)
    return m.group(1) if m else None


def lmtp_no_user(text: str) -> bool:
    """Is lowercase `text` (an X-Unix diagnostic) mail.local's LMTP reply that its user is unknown, and nothing else?"""
    return _LMTP_NO_USER.fullmatch(text) is not None
