"""OpenSMTPD's own words and its filters' (the twenty-first round of real servers, tests/classifier/
real_cases_round21.py): what OpenSMTPD 6.8 (smtpd/mta_session.c) writes in its own notice when it gives a message up
before sending it, and what the opensmtpd-filter-senderscore filter answers as a receiving server's refusal. OpenSMTPD's
receiving replies that name their stage ("550 Invalid recipient: <x>") are read by `classifier.formats`' stage words.
Data merged into `classifier.phrases` beside the other tables; matched like them, lowercase substrings of the
whitespace-collapsed diagnostic."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    # mta_session.c: the peer's EHLO advertised a SIZE below the message's, so OpenSMTPD fails the envelope with
    # "message too large for peer" before MAIL FROM (real round 21, opensmtpd-message-too-large-for-peer): the
    # receiving server's size limit (mesgtoobig), not sisimai's "message too large" per-recipient exceedlimit.
    R.MESGTOOBIG: ("message too large for peer",),
    # filter-senderscore (poolpOrg): "550 your IP reputation is too low for this MX" when the connecting IP's Sender
    # Score is below -blockBelow, at whichever phase -blockPhase names (real round 21,
    # opensmtpd-senderscore-ip-reputation): our sending IP's reputation.
    R.BADREPUTATION: ("ip reputation is too low",),
}
