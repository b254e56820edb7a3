"""Wording of mail security gateways' and content filters' own replies and notices read by the
forty-eighth review (tests/classifier/review_notices48.py quotes each in whole notices, its layouts
module names each source): data merged into `classifier.mta_wordings.PHRASES`, and through it into
`classifier.phrases`, like the twenty-ninth review's gateways there. Matched like the phrase tables:
lowercase substrings of the whitespace-collapsed diagnostic."""

from __future__ import annotations

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
}
