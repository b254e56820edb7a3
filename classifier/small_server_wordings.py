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
- the Advanced Filtering gateway, roman-rybalko/af: "S:BL/ (system policy: sender host address)", our host listed;
- Qsmtp, DerDakon/Qsmtp qsmtpd/filters/fromdomain.c and spf.c (review novel45): "501 5.4.0 all your mail exchangers
  have loopback addresses" / "... point to local networks" (our sender domain's MX), "550 5.7.1 mail denied by SPF
  policy";
- Magma, lavabit/magma src/servers/smtp/smtp.c (review novel45): "... IT APPEARS TO CONTAIN A COMPUTER VIRUS OR
  INTERNET WORM", "... IT APPEARS TO BE CAUGHT IN A FORWARD LOOP", "THE ADDRESS [ip] IS NOT AUTHORIZED TO SEND MESSAGES
  FROM <sender>" (its SPF check), and to its own users, our relay at a Magma smarthost: "451 OUTBOUND MAIL QUOTA
  EXCEEDED - THIS ACCOUNT MAY ONLY SEND n MESSAGES ...", "550 DATA BLOCKED - THIS USER ACCOUNT IS NOT AUTHORIZED TO
  SEND MESSAGES WITH THE ADDRESS <sender>";
- chkuser, the qmail/vpopmail recipient checker (its chkuser_settings.h strings, review vintage55): two refusals it
  files under #5.1.1 that name no missing mailbox, "571 sorry, you are violating our security policies (#5.1.1 -
  chkuser)" (the client sent too many unknown recipients in one session: the sender's conduct) and "511 sorry, can't
  find a valid MX for sender domain (#5.1.1 - chkuser)" (OUR envelope sender's domain);
- a Chinese enterprise MTA's reply list (blog.sina.com.cn/s/blog_8dc13ec50101fxxr, review frames57): "554 smtpport
  check error." ("不是合法的邮件服务器": the connecting IP runs no mail server on port 25), our sending host refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.records import Reason

R = Reason

# Qsmtp's fromdomain filter's words for OUR sender domain's mail exchangers (scope: severity.scope_of, whatever reason
# the 5.4.0 under them yields at RCPT TO).
OUR_MX = "all your mail exchangers"
# chkuser's CHKUSER_SENDERMX_STRING, "511 sorry, can't find a valid MX for sender domain (#5.1.1 - chkuser)": OUR
# envelope sender's domain, under a #5.1.1 and at RCPT TO (chkuser checks the sender with the first recipient):
# sender_stage.applies reads it as a refusal of the sender, whatever the status says of a mailbox.
OUR_DOMAIN_MX = "valid mx for sender domain"

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    # SimpleLogin's "Email not exist", the grammar of many non-native servers' replies ("user not exist" and
    # "mailbox not exist" were known already); without a "does", so no "the email does not exist in our logs".
    R.USERUNKNOWN: ("email not exist",),
    # Bongo's refusals of our connecting host: a DNS blocklist ("blackholed by <zone>"), its own ban of a site
    # that sent spam, and its connection-flood ban; Advanced Filtering's tag for our host on its policy list.
    R.BLOCKED: ("is blackholed by", "your site is blocked due to", "policy: sender host address",
                "smtpport check error"),
    # Bongo's MSG551SPAMBLOCK / MSG553SPAMBLOCK: our IP has no host name (no PTR record).
    R.REQUIREPTR: ("your computer does not have a hostname",),
    # Bongo's MSG571NOROUTING: the domain is not its own and we may not relay through it.
    R.NORELAYING: ("no external routing allowed",),
    # Magma's virus scan and its loop guard (too many Received lines) at the end of DATA.
    R.VIRUSDETECTED: ("contain a computer virus",),
    R.SYSTEMERROR: ("caught in a forward loop",),
    # Qsmtp's fromdomain filter: every MX of OUR sender's domain on loopback or private addresses (or IPv6 only),
    # said to us ("your") under 5.4.0 at RCPT TO: our envelope sender's domain refused, not the recipient's route.
    R.REJECTED: (OUR_MX, OUR_DOMAIN_MX),
    # chkuser's CHKUSER_MAXWRONGRCPT_STRING / INTRUSIONTHRESHOLD_STRING: the client passed its threshold of unknown
    # recipients in one session (the sender's conduct, whatever the #5.1.1 or #5.7.1 beside it; the recipient of this
    # row may exist).
    R.POLICYVIOLATION: ("you are violating our security policies",),
    # Qsmtp's SPF filter (without the SPF explanation it appends when the record gives one).
    R.AUTHFAILURE: ("denied by spf policy",),
    # Magma to an authenticated client over its daily sending limit: OUR account's sending quota (taxonomy section 7),
    # not the recipient's mailbox quota its "QUOTA EXCEEDED" would otherwise read.
    R.SPEEDING: ("outbound mail quota exceeded",),
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
    # Magma's SPF refusal, "THE ADDRESS [192.0.2.25] IS NOT AUTHORIZED TO SEND MESSAGES FROM <sender>": the sending
    # host, by its bracketed IP, not authorised for our sender's domain (no "SPF" said).
    R.AUTHFAILURE: (re.compile(r"\[[0-9a-f.:]{3,45}\] is not authori[sz]ed to send (?:e-?mail|mail|messages) from\b"),),
    # Magma to its own authenticated user: "THIS USER ACCOUNT IS NOT AUTHORIZED TO SEND MESSAGES WITH THE ADDRESS
    # <sender>": OUR sender address refused for the account we log in with (the envelope sender's refusal).
    R.REJECTED: (re.compile(r"\baccount is not authori[sz]ed to send (?:e-?mail|mail|messages) (?:with|using) the "
                            r"address\b"),),
}
