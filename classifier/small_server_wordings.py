"""Refusal texts of receiving servers few sites run, found by review novel42 (tests/classifier/review_novel42.py) in
the servers' own sources. Data merged into `classifier.phrases` beside the other tables; matched like them, lowercase
substrings of the whitespace-collapsed diagnostic (PATTERNS: bounded regular expressions).

- Bongo (Novell's Hula SMTP agent), bongo-project/bongo src/agents/smtp/smtpd.h: its refusals of the connecting host
  ("Your IP address %d.%d.%d.%d is blackholed by %s.", "Your site is blocked due to previous spamming incidents",
  "Your computer does not have a hostname, access blocked") and of relaying ("571 No external routing allowed");
- LBBS, InterLinked1/lbbs nets/net_smtp.c: "550 5.1.1 User unauthorized to receive external mail", said of a mailbox
  that EXISTS (its owner may not receive mail from outside): a recipient-side policy, not the 5.1.1's missing user;
- Archiveopteryx, aox/aox smtp/smtpmailrcpt.cpp: "550 5.7.1 <address> rejects mail", the recipient's Sieve script;
- SimpleLogin, simple-login/app app/email/status.py: "550 SL E502 Email not exist" (also E508, E515);
- the Advanced Filtering gateway, roman-rybalko/af: "S:BL/ (system policy: sender host address)", our host listed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    # SimpleLogin's "Email not exist", the grammar of many non-native servers' replies ("user not exist" and
    # "mailbox not exist" were known already); without a "does", so no "the email does not exist in our logs".
    R.USERUNKNOWN: ("email not exist",),
    # Bongo's refusals of our connecting host: a DNS blocklist ("blackholed by <zone>"), its own ban of a site
    # that sent spam, and its connection-flood ban; Advanced Filtering's tag for our host on its policy list.
    R.BLOCKED: ("is blackholed by", "your site is blocked due to", "policy: sender host address"),
    # Bongo's MSG551SPAMBLOCK / MSG553SPAMBLOCK: our IP has no host name (no PTR record).
    R.REQUIREPTR: ("your computer does not have a hostname",),
    # Bongo's MSG571NOROUTING: the domain is not its own and we may not relay through it.
    R.NORELAYING: ("no external routing allowed",),
}

PATTERNS: Mapping[Reason, tuple[re.Pattern[str], ...]] = {
    # LBBS's "User unauthorized to receive external mail" and the like: the mailbox exists and its owner may not
    # receive mail from outside, a receiver's policy. POLICYVIOLATION, which beats a 5.1.1 status that names no missing
    # user (reasons._MISCODED_AS_UNKNOWN) and is read in the second pass (FILTERED is not, at RCPT).
    R.POLICYVIOLATION: (
        re.compile(r"\b(?:unauthori[sz]ed|not (?:authori[sz]ed|allowed|permitted)) to receive (?:external|outside|"
                   r"internet) (?:e-?)?mail"),
        # Archiveopteryx's "<address> rejects mail": the recipient's own Sieve script refused it.
        re.compile(r"[^ <>@]{1,64}@[^ <>]{1,255}>? rejects mail\b"),
    ),
}
