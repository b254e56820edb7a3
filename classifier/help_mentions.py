"""An error's name quoted in a HELP POINTER: a mention of the page that explains it, not a second verdict.

Servers append a help pointer after their verdict (Gmail's "Learn more at https://support.google.com/mail/?p=NoSuchUser",
Mimecast's "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550"). A pointer that QUOTES another
error's name ("<lead>: no such user here. Help for 'sender verification failed' errors: <url>", "Our FAQ on \"sender
verify failed\": <url>") names that page; the phrase tables (`classifier.phrases`: "sender verification failed",
"sender rejected", "client host rejected") matched the quoted words whatever stood around them, so the mention outvoted
the recipient's absence said before it: rejected / blocked / filtered, soft, a FALSE SOFT that keeps mailing a dead
address (review 156's strict xfail; review 159, Sisimai 4.25's outside opinion). `denied_mentions.without_denied`
sets these quotes aside with the denied ones.

Only a quote the pointer's own words frame: a help noun or verb right before it ("help / FAQ / guide / troubleshooting
/ documentation (for | on | about | to)", "explains") or an error noun right after it ("'...' errors / replies /
messages"). A quoted verdict alone ("550 5.1.7 'Sender verify failed: no such user'", review 154) or an unquoted one
("Sender verification failed. Help: <url>") stays the verdict."""

from __future__ import annotations

import re

_OPEN, _CLOSE = "'\"\u2018\u201c", "'\"\u2019\u201d"
_QUOTE = rf"[{_OPEN}][^{_OPEN}{_CLOSE}|.;]{{1,60}}[{_CLOSE}]"
# The pointer's words before the quote: a help noun and its preposition, or "explains"; after it: the error noun.
# Audit 35b: a FAQ's or help line's colon before the quote ("FAQ: 'User does not exist in post office' means a wrong
# address; this refusal is the attachment"), and "answer(s)" after it ("a 'Nowhere to deliver mail to for domain'
# answer would mean the domain is gone; this is not one"): both read the quoted verdict hard, false hards.
_BEFORE = r"\b(?:(?:help|faq|guide|troubleshooting|documentation|article|page)(?: (?:for|on|about|to|with)|:)?|explains)"
_AFTER = r"(?= (?:errors?|replies|reply|answers?|messages?|rejections?|refusals?|bounces?)\b)"
_MENTION = re.compile(rf"{_BEFORE} {_QUOTE}|{_QUOTE}{_AFTER}")


def without_help_mentions(text: str) -> str:
    """Lowercase `text` without the error names its help pointers quote (itself if none)."""
    if not any(q in text for q in _OPEN):
        return text  # speed only: no quote, no mention
    return _MENTION.sub(" ", text)
