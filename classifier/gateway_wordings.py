"""Wording of mail security gateways' and content filters' own replies and notices, the one home
of them (the twenty-ninth and forty-eighth reviews: tests/classifier/review_notices29.py and
review_notices48*.py quote each in whole notices and name each source): data merged into
`classifier.mta_wordings.PHRASES`, and through it into `classifier.phrases`. Matched like the
phrase tables: lowercase substrings of the whitespace-collapsed diagnostic. Also a content filter's
own verdict (`content_category`, moved here from classifier.wordings), which reasons.py asks before
its passes."""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.guard import Worded
from classifier.records import Reason, merged

R = Reason

# The twenty-ninth review's email security gateways (tests/classifier/review_notices29.py names
# each vendor's page; their wording was read onhold or as a security refusal before).
_REVIEW29: Mapping[Reason, tuple[str, ...]] = {
    # Trend Micro HES/Email Security at RCPT: "Recipient address rejected: ERS-QIL." / "ERS-RBL.":
    # the sending IP on its Email Reputation Services' Quick IP List or RBL+ (KA-0001346), not the
    # address; Trend Micro DDEI's Sender Filtering (DHA, bounce attack, throttling: the sending
    # host's behaviour) "521 Block permanently (Sender Filtering/Authentication)" and "421 Block
    # temporarily (...)" (its 'SMTP Error Codes'), whose 521 read as a refusal of the domain.
    R.BLOCKED: ("rejected: ers-qil", "rejected: ers-rbl", "(sender filtering/authentication)"),
    # Content policies quoted by Email Security.cloud (Broadcom KB 162445, 169925): "550 5.7.1
    # Message rejected due to content restrictions", "552 MS-Office file containing VBA macros found
    # inside of the email", "554 Rejected due to banned content" (amavisd's BANNED: a file type or
    # name rule); Rspamd multimap's attachment rules (NethServer): "554 5.7.1 Forbidden attachment
    # name extension", "Matched map: FORBIDDEN_FILE_EXTENSION".
    R.POLICYVIOLATION: ("due to content restrictions", "vba macros found", "rejected due to banned content",
                        "forbidden attachment", "forbidden_file_extension",
                        # Barracuda's "550 rejecting spoofed message" (its anti-spoofing / brand
                        # impersonation check, as smtp.codes explains it), like Mimecast's anti-spoofing.
                        "rejecting spoofed message"),
    # "550 Message contained unsafe content (Heuristics.Phishing.Email.SpoofedDomain)": a scanner's
    # signature matched (Broadcom KB 169925).
    R.VIRUSDETECTED: ("contained unsafe content",),
    # Rspamd's verdict as Proton's MX words it, "554 5.7.1 rejected by rspamd filter" (rspamd issue
    # #5098): the spam filter's score, read as a security refusal under its bare 5.7.1.
    R.SPAMDETECTED: ("rejected by rspamd filter",),
    # VIPRE Email Security: "Your domain is not configured to use this MX host." (mail for a domain
    # the service does not filter; 'Email Rejection Reasons').
    R.NORELAYING: ("not configured to use this mx host",),
    # VIPRE: "Your sender domain is required to send via an encrypted SMTP session" (a TLS-enforced
    # sending domain that came in without TLS).
    R.SECURITYERROR: ("send via an encrypted smtp session",),
    # Postfix anvil's "421 4.7.0 Message submission rate for this client has exceeded the
    # configured limit" (smtpd.c), as Mailprotector's 'Common Email Bouncebacks' quotes it.
    R.SPEEDING: ("message submission rate for this client",),
}
# The forty-eighth review's gateways and filters.
_REVIEW48: Mapping[Reason, tuple[str, ...]] = {
    # rspamd's antivirus module, its reject message through the milter: "554 5.7.1 ClamAV FOUND VIRUS
    # \"Eicar-Test-Signature\"" (the scanner's name first; read as a security refusal under 5.7.1 before).
    R.VIRUSDETECTED: ("found virus",),
    # Google's Postini outbound, after six hours of "451 Cannot connect to domain:<d> - psmtp": "550 MX
    # records inaccessible for too long for domain:<d> - psmtp" and "550 MTA inaccessible for too long
    # ..." (Postini help 140349: the MX lookup failed or no MX answered): it gave up retrying, which says
    # nothing of whether the domain exists.
    R.EXPIRED: ("inaccessible for too long",),
    # MailScanner's sender.content report, "Potentially dangerous email rejected": "This message
    # contained potentially dangerous content which has been removed." (its reports/*/sender.content
    # template): a content rule of the recipient's site.
    R.POLICYVIOLATION: ("contained potentially dangerous content",),
    # Baruwa's RCPT ACL, "550 Message was delivered by ratware" (our HELO was an IP address) and "550
    # REJECTED - We don't accept messages from hosts without reverse DNS" (baruwa-puppet exim.conf.erb):
    # our sending host refused.
    R.BLOCKED: ("delivered by ratware",),
    R.REQUIREPTR: ("hosts without reverse dns",),
}
# The hundred-and-thirty-sixth review's: Mailu's rspamd force_actions (core/rspamd/conf/force_actions.conf),
# "554 5.7.1 Rejected (anti-spoofing: auth-failed)": our message, From a domain the receiver hosts, failed
# its SPF/DKIM/DMARC checks (its "noauth" and "DMARC compliance" siblings already read so by their words).
_REVIEW136: Mapping[Reason, tuple[str, ...]] = {R.AUTHFAILURE: ("anti-spoofing: auth-failed",)}
PHRASES = merged(_REVIEW29, _REVIEW48, _REVIEW136)

# amavisd-new names the contents category of a message it blocks after its id, "554 5.7.0 Reject,
# id=12345-01 - INFECTED: <virus>" ("Bounce, id=..." in its own notices; Amavis/Conf.pm
# %smtp_reason_by_ccat). The category is the cause, whatever the generic 5.7.0 or the word
# "reject" (a spam wording of classifier.phrases) say. Its "- spam" and "- BAD HEADER" already
# read right (a phrase, and 5.6.0).
_AMAVIS_CATEGORY = Worded(re.compile(r"\bid=[0-9a-z-]{1,40} - (infected|banned)\b"))  # speed only (guard.Worded)
_BY_CATEGORY = {"infected": R.VIRUSDETECTED, "banned": R.POLICYVIOLATION}


# A gateway's rule on the message's content said with a blocklist's word: Baruwa's MIME ACL, "550
# Blacklisted file extension detected" (baruwa-puppet exim.conf.erb: .exe, .pif, .bat, .scr, .lnk,
# .com attachments), a policy on the attachment, not our host on a blacklist ("blacklist" is a
# blocked phrase, and blocked is asked first).
_CONTENT_RULES = ("blacklisted file extension",)


def content_category(text: str) -> Reason | None:
    """The reason a content filter's own category or rule names in lowercase `text`, if any."""
    m = _AMAVIS_CATEGORY.search(text) if " - " in text else None
    if m is not None:
        return _BY_CATEGORY[m.group(1)]
    return R.POLICYVIOLATION if any(p in text for p in _CONTENT_RULES) else None
