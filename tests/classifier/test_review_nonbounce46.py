"""Review nonbounce46's notices (tests/classifier/review_nonbounce46.py): what looks like a bounce in a salesperson's
inbox and is none (auto-replies with a bounce's words and Exim's copy line, people's replies about another address,
helpdesk acknowledgements, sales tools' notifications, quarantine digests, MDNs, success DSNs, delays, phishing,
challenge-response), and real bounces carrying auto-reply marks as controls. One table-driven test; the judgement
calls are strict xfails.

First batch (65 rows, committed at b33851db before it ran): 64/65 read as written, no false hard; the miss a phishing
'Message delivery to <lead> failed because your mailbox storage is full' read soft mailboxfull. Second batch (11 rows,
3cf65455): 7/11; FALSE HARDS 2 (the prospect's reply carrying an NDR about her colleague cfo@, attached as
message/rfc822 or as Gmail's inline forward: nested.py reads a person's forward of a notice as the notice), a false
soft (a real Exim bounce whose local entry is 'Unknown user': filtered), and an MDN 'processed/error' read filtered.
Mend: nested.passed_on (engine's nested branch asks it), a forwarder's own failure within their organisation passed
on to another organisation is none of ours; review_nonbounce46_mends.py holds its rows and controls (a colleague of
the mailbox forwarding, a notice addressed to us, one without To: read as before). After: 79/83, four strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_nonbounce46 import ROWS as FIRST
from tests.classifier.review_nonbounce46_mends import ROWS as MEND_ROWS
from tests.classifier.review_nonbounce46_more import ROWS as MORE_ROWS

ROWS = FIRST + MORE_ROWS + MEND_ROWS

JUDGEMENT: dict[str, str] = {
    "nb46-phish-undelivered-messages": (
        "a phishing mail (no daemon sender, an upgrade link) whose words say 'Message delivery to <lead> failed "
        "because your mailbox storage is full': formats/prose reads the words as a notice, soft mailboxfull (no "
        "unenroll). 'your mailbox' is the reader's, so the scope should be the sender's; no rule turns a full "
        "mailbox round to our side yet, and the words alone cannot tell a phish from a terse prose notice; the trust "
        "rules see no original of ours in it (unknown origin). Soft, left"),
    "nb46-mdn-processed-error": (
        "RFC 8098's 'processed/error' is an error while processing a delivered message, arguably no refusal; "
        "formats/mdn reads the 'error' modifier as the recipient's filter refusing (_REFUSED, as Sieve's rejects "
        "can say), soft filtered. No false hard; the module's deliberate reading kept"),
    "nb46-ctl-exim-ar-vs-bounce-same-host": (
        "a real Exim bounce whose entry is a local failure ('    Unknown user', as a ':fail:' redirect writes it, "
        "no 'SMTP error from remote mail server after RCPT'): reasons._is_userunknown reads 'no such user' words "
        "at an unknown stage as a filter speaking (sisimai's rule), so filtered, a false soft. Exim's local failures "
        "are routing-time (address-level), but a system filter's 'fail' reads the same; changing the stage rule "
        "for Exim's local entries is the lead's call"),
    "nb46-mend-prospect-own-failure-outside": (
        "the prospect forwards her own failure of an address OUTSIDE her organisation: nested.py reads a person's "
        "forward of a notice as the notice (its design), so a hard bounce of lena.private@...; the mend "
        "(nested.passed_on) is kept to failures within the forwarder's own domain because a snapshot sample "
        "(a person's forward of their own failure to an outside address) is read as the notice"),
}

test_review_nonbounce46, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 83)
