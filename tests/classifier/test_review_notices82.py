"""The eighty-second review's notices (tests/classifier/review_notices82*.py): an adversarial audit of the
oldest hard-side tables (phrases, lexicon, mta_wordings, remote/*), replies holding a hard entry's words about
something other than the recipient's mailbox or domain, beside true-hard controls. One table-driven test; the
judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices82 import ROWS

JUDGEMENT = {
    "n-access-map-reject": "Postfix access(5) REJECT's generic '554 5.7.1 <a>: Recipient address rejected: Access "
                           "denied' at RCPT: a policy refusal with no word that the mailbox is missing (soft by the "
                           "taxonomy), but the shared corpus's lhost-exim-30 expects exactly this reply hard "
                           "(userunknown) and common.md check 2 keeps the corpus exact; the Gmail and Exchange "
                           "layouts, which name no RCPT stage, already read it soft",
    "r-relayhost-nxdomain": "Postfix's own 'Name service error for name=smtp.relay-provider.example type=A: Host not "
                            "found' (5.4.4) for a mistyped relayhost at a third-party provider: every recipient of "
                            "the send hard. ours.py turns it round only for a host under OUR domain; a looked-up "
                            "name outside the recipient's domain is also what a recipient domain whose MX points "
                            "to a missing host at its hosting provider gives, the same words and type, so the "
                            "notice alone cannot tell them apart (left for a decision: soft for any name outside "
                            "the recipient's domain would trade this mass false hard for rarer false softs). Review 91 checked "
                            "Postfix smtp_addr.c smtp_domain_addr: when no MX host has an address the MX host's own "
                            "lookup text stays ('Text does not change'), 5.4.4 unless smtp_defer_if_no_mx_address_found"
                            "=yes, and the relayhost's brackets are not printed: no word tells them apart; kept",
    **{f"q3-mailbox-x-unavailable-{layout}": "a control read soft (filtered), not an attack: '550 Mailbox <a> "
       "unavailable' (Sisimai's userunknown pair, mta_wordings) quoted where no SMTP stage is named falls to the "
       "unnamed-stage rule (a filter after DATA may say it, sisimai's reading); at RCPT it reads hard (t-mailbox-x-"
       "unavailable). A false soft, left alone by an audit of false hards" for layout in ("gmail", "exo")},
}


test_review_notices82, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
