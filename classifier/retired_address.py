"""An address said to be "no longer in use / used" (departures' retired address, the lead's re-read of 2026-12-07:
"550 5.7.1 This email address is no longer in use" read securityerror, soft, while "no longer valid" read hard).

Only the recipient's address as the clause's subject. Not ours, an IP's, a bounce or forwarding target's ("The
address lead forwards to is no longer in use": the mailbox exists, its forward is broken); not a general rule ("Mail
to an address no longer in use is refused after 30 days"); not an address kept for other uses ("no longer used for
sales enquiries", "no longer in use by the sales team"): audit 41b's false hards. "The address you used / wrote to" is
the recipient's own (audit 41b's false soft), "the address you used to send" ours."""

from __future__ import annotations

# "you" names the sender, except where the address is the one the sender wrote TO.
_YOU_WROTE_TO = (r"you(?! (?:used|wrote to|sent (?:it |this |the message |your message )?to|mailed|e-?mailed)\b"
                 r"(?! to send| for sending| as (?:a |the )?sender))")
NO_LONGER_IN_USE = (r"(?<!ip )(?<!forwarding )(?<!-to )(?<!return )(?<!bounce )(?<!\ban )(?<!\bany )(?<!\bevery )"
                    r"\baddress\b(?:(?!\b(?:your|sender|sending|from|forwards?|forwarded|redirect\w*|"
                    + _YOU_WROTE_TO + r")\b)[^.;!?|]){0,40}?\bno longer (?:in use|used)\b(?! (?:for|by|as)\b)")
