"""A check of OUR sender's address that failed, or a return to our sender that failed: what follows ("no such
user", "mailbox unknown") is said of OUR address, not of the recipient (review 154: false hards).

A receiving server may verify the envelope sender before it takes the recipient (RFC 5321 3.5, 4.1.1.3: a RCPT TO
the reverse-path's own host, a "callout" or "probe"; Postfix reject_unverified_sender, Exim verify = sender/callout,
milters' "Sender address verification failed"): the probe's "no such user" is our address missing at our own host,
the sender's scope (RFC 3463 X.1.7 / X.1.8). Likewise a return (a bounce) to the sender that itself failed or was
refused ("Failed to return to sender: no such user"): the missing box is the one the return went to, ours.

Only where the check or return is said FAILED or REFUSED: "sender verification passed", "sender verified OK" beside
"no such user" leave the absence the recipient's, as does the recipient's own verification ("Verification failed for
<lead>", "Recipient verify failed"), and a message "returned to sender: user unknown" (sender_words.RETURNED_TO).
`lexicon.sender_refused` reads `FAILED` among the MTAs' own sender refusals.
"""

from __future__ import annotations

_WHOSE = r"(?:the |our |its )?(?:envelope |original )?sender(?:'s)?(?: (?:e-?mail )?address| (?:mail )?server| domain)?"

# A verification of the sender said failed: "Sender address verification failed", "Sender e-mail verification has
# failed", "Verification probe sent to the sender failed", "Callout to the sender's server failed", "Verification
# of sender address failed".
# Review 156 (false hards left): "Sender callout failed", "Sender address could not be verified", "Could not verify
# sender address" (the check of OUR address failing in other words; the same said of the recipient stays hard).
_VERIFICATION = (r"sender (?:address |e-?mail )?(?:(?:callout|call-out) (?:verification )?|verification )"
                 r"(?:has |have )?failed|"
                 r"sender(?:'s)? (?:e-?mail )?address could ?n[o']t be verified|"
                 r"could ?n[o']t verify (?:the |your )?sender(?:'s)?(?: e-?mail)? address|"
                 r"(?:address )?(?:verification|verify) (?:probe|callout|check|request)?(?: sent)? ?(?:to|of|for) "
                 + _WHOSE + r" (?:has )?failed|"
                 r"(?:callout|call-out|probe) to " + _WHOSE + r" (?:has )?failed")
# A return to the sender said failed or refused: "Failed to return to sender", "Returned to sender, but the return was
# refused"; never the bare "returned to sender" (the message's way back to us, the recipient's absence beside it).
_RETURN = (r"failed to return (?:it |the message |the mail )?to " + _WHOSE + r"|"
           r"\bthe return(?: to " + _WHOSE + r")? (?:was|has been) (?:refused|rejected)")

# Not the words alone in quotes, a mention and no verdict ("<lead>: no such user here. Help for 'sender verification
# failed' errors: ...": a help line after the prospect's absence, review 156's false soft); a quoted verdict with its
# cause inside the quotes ("'Sender address verification failed: no such user'") is still one.
_EITHER = f"(?:{_VERIFICATION}|{_RETURN})"
FAILED = rf"(?<!['\"“‘]){_EITHER}|(?<=['\"“‘]){_EITHER}(?!['\"”’])"

# Our RETURN PATH's check said failed, in RFC 5321's nouns for MAIL FROM's argument (the reverse-path, the return path
# a bounce goes back to): "Return path verification failed: no such user", "Reverse-path verification failed" (review
# 156's false hards). No "sender" in them, so soft_wordings.SENDER_REFUSED (searched on any text) reads it, not
# lexicon._SENDER_REFUSED (searched only where "sender" is). The recipient's verification in these words is no path.
PATH_FAILED = r"\b(?:return|reverse)[ -]?path (?:address )?(?:verification|verify|callout|check) (?:has )?failed"
