"""Twisted mail's own reply texts (the eighteenth round of real servers, tests/classifier/real_cases_round18.py):
what twisted.mail (Twisted 22.4, twisted/mail/smtp.py and _except.py) answers as a receiving server, quoted by the
sending MTA in its notice with no enhanced status code ("550 <text>"). Data merged into `classifier.phrases` beside
the other tables; matched like them, lowercase substrings of the whitespace-collapsed diagnostic."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.USERUNKNOWN: (
        # twisted/mail/_except.py SMTPBadRcpt's default resp (line 268), sent at RCPT by smtp.py _ebToValidate
        # (line 646): raised by maildir.AbstractMaildirDomain.exists "When the given user does not exist in this
        # domain" (maildir.py:222-236), by mail.BounceDomain ("A domain with no users", mail.py:343-360) and by an
        # SMTP server with no delivery (smtp.py:884). relay.DomainQueuer raises it too for a relay it refuses
        # (relay.py:45): the rarer meaning, and that refusal is not ours to tell from the words (real round 18,
        # twisted-rcpt-cannot-receive-for-address).
        "cannot receive for specified address",
    ),
    R.SYSTEMERROR: (
        # smtp.py SMTP._messageHandled (lines 766-780): "Could not send e-mail", with " (N failures out of M
        # recipients)" for several, after end of DATA when a message receiver's eomReceived failed, i.e. the
        # server could not store or queue what it had taken: its own failure, said as a 550 (real round 18,
        # twisted-data-could-not-send, twisted-data-mixed-recipients).
        "could not send e-mail",
    ),
}
