"""Our address refused by the RECIPIENT's allow list (a rule that takes mail only from the senders it lists): their
choice of senders, never their own absence, though its words say "not found"."""

from __future__ import annotations

import re

from classifier import lexicon, soft_wordings

# The admin's own text naming OUR address missing from the list, after whatever frame the server put first: Postfix
# puts "<rcpt>: Recipient address rejected: " before a check_recipient_access map's REJECT text (access(5)), where
# lexicon.sender_refused steps aside (audit 64: "Recipient address rejected: your address was not found in the
# recipient's allow list" read userunknown, a false hard).
_NOT_LISTED = re.compile(r"\byour (?:(?:e-?mail|sender) )?address (?:was |is |has )?(?:not (?:been )?(?:found|listed)"
                         r"|could ?n[o']t be found) (?:in|on) (?:the recipient'?s|this recipient'?s|our|the) "
                         r"(?:allow[- ]?list|white[- ]?list|safe[- ]senders? list|allowed senders? list)")


def ours_not_listed(text: str) -> bool:
    """Does lowercase `text` say our address is not in the recipient's allow list (and no mailbox missing beside it)?"""
    if soft_wordings.recipient_choice(text) and lexicon.sender_refused(text):
        return True  # "Rejected by the recipient's rule: your address couldn't be found in ..." (codes63, lead44)
    m = _NOT_LISTED.search(text) if "list" in text else None  # (speed only: asked of every reply at RCPT)
    # Not a help line under a real verdict ("User unknown in virtual mailbox table. If your address was not found in
    # our allow list, contact postmaster": the mailbox is missing, audit 64's control).
    return m is not None and not _recipient_missing(f"{text[:m.start()]} {text[m.end():]}")


# A bare "address unknown" / "unknown address" names no recipient: beside a note that OUR address is not on the list, it
# is ours ("550 Address unknown: your e-mail address was not found in our allow list", audit65c: a false hard). A
# "recipient address unknown" names the recipient.
_BARE_ADDRESS_UNKNOWN = re.compile(r"(?<!recipient )(?<!recipient's )\b(?:e-?mail )?address (?:is )?"
                                   r"(?:unknown|not known)\b|\bunknown (?:e-?mail )?address\b")


def note_set_aside(text: str) -> str:
    """Lowercase `text` without its note that our address is not on the allow list, where the rest says the RECIPIENT
    is missing ("550 User unknown (note: your address is not listed on our whitelist)"): the absence words name the
    recipient, the note is the server's help line. Its "listed on" read a block of our sender before the user verdict
    (audit 64's a64m-pf-unknown-user-whitelist-control, review leftovers65: lost hards). Else `text` itself."""
    m = _NOT_LISTED.search(text) if "list" in text else None
    if m is None:
        return text
    rest = f"{text[:m.start()]} {text[m.end():]}"
    return rest if _recipient_missing(_BARE_ADDRESS_UNKNOWN.sub(" ", rest)) else text


# Absence words whose place is the allow list itself ("Address not found in whitelist", "User not found in allow list",
# "No such user in our list of allowed senders"): what is missing from a list of senders is OUR address, whatever noun
# the admin's text gives it (audit66: each read userunknown, a false hard; the first two beside the note too).
_SENDERS_LIST = (r"(?:(?:the|our|this|your)\s+)?(?:recipient'?s\s+)?(?:allow[- ]?list|white[- ]?list|"
                 r"safe[- ]senders?(?:[- ]list)?|(?:list\s+of\s+)?(?:allowed|approved|permitted)\s+senders?(?:\s+list)?)")
_MISSING_FROM_LIST = re.compile(r"(?:\bno such\s+\w+|\b(?:not\s+(?:found|known|listed|present|recogni[sz]ed)|unknown))"
                                rf"\s+(?:in|on|to)\s+{_SENDERS_LIST}\b")


def _recipient_missing(rest: str) -> bool:
    """Does lowercase `rest` say the recipient is missing, not counting absence words placed in a list of senders?"""
    if "list" in rest or "sender" in rest:  # (every place _SENDERS_LIST names holds one: speed only)
        rest = _MISSING_FROM_LIST.sub(" ", rest)
    return lexicon.no_such_recipient(rest)
