"""Wording of mail security gateways' and content filters' own replies and notices read by the
forty-eighth review (tests/classifier/review_notices48.py quotes each in whole notices, its layouts
module names each source): data merged into `classifier.mta_wordings.PHRASES`, and through it into
`classifier.phrases`, like the twenty-ninth review's gateways there. Matched like the phrase tables:
lowercase substrings of the whitespace-collapsed diagnostic. Also a content filter's own verdict
(`content_category`, moved here from classifier.wordings), which reasons.py asks before its passes."""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
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

# amavisd-new names the contents category of a message it blocks after its id, "554 5.7.0 Reject,
# id=12345-01 - INFECTED: <virus>" ("Bounce, id=..." in its own notices; Amavis/Conf.pm
# %smtp_reason_by_ccat). The category is the cause, whatever the generic 5.7.0 or the word
# "reject" (a spam wording of classifier.phrases) say. Its "- spam" and "- BAD HEADER" already
# read right (a phrase, and 5.6.0).
_AMAVIS_CATEGORY = re.compile(r"\bid=[0-9a-z-]{1,40} - (infected|banned)\b")
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
