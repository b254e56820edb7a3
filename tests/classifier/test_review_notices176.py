"""The hundred-and-seventy-sixth review's notices (tests/classifier/review_notices176.py): an adversarial audit of
review 172's mends and the lead's grid mends after it (fefd657). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices176 import ROWS

JUDGEMENT: dict[str, str] = {
    "r176-delivered-then-forward-bounced": (
        "a FALSE HARD on the delivered lead, review 172's rule: outcome_words.says_failed reads any failure word after "
        "'then' as the entry's ('delivered to mailbox, then the auto-forward to' / 'an old address bounced: user "
        "unknown'); telling the forward's failure from the entry's own needs the later clause's subject (the "
        "auto-forward, a copy, a receipt), left for a review of the hop rule: a hand-made note, and one may read the "
        "forward's bounce as lead's"),
    "r176-gw-kims-copy-bounced-disabled": (
        "kim lost (no bounce): GroupWise's 'delivered to the following: lead' then 'but the copy to the following "
        "bounced:' / kim '(Mailbox disabled)' reads a success report; review 172 narrowed _FAILURE_SAID's 'bounced' "
        "to 'was / were / been bounced' and 'bounced for / from / at / by / back', and adding 'bounced:' there did not "
        "make it a bounce (only_delivered reads further words); intros.py is at 450 lines"),
    "r176-gw-your-addressee-not-found": (
        "filtered to ours, older than review 172: 'Your addressee was not found in the post office' reads rejected "
        "with the sender's scope (an older sender rule, not traced: perhaps 'your address' read inside 'your addressee'); "
        "older_servers now reads the absence (review 176) but the sender rule wins; soft either way, no false hard"),
    "r176-gw-c-your-user-id-not-found": (
        "a hand-made control read hard, older than review 172 (main the same): 'Your user ID was not found in the post "
        "office; log in again' under GroupWise's undeliverable list reads userunknown on lead (older_servers "
        "skips 'your user'; another rule, not traced, reads it); debatable: under 'undeliverable to the following: "
        "lead' a reader may take it as lead's ID"),
    "r176-c2-reply-also-not-delivered-to": (
        "kim lost, older than review 176 (main the same): lead's reply broken 'also not delivered' / 'to' / kim, with "
        "nothing under kim: reply_goes_on stops at a rest ending on 'to' (review 172) and the line is read as a help "
        "sentence's tail; a reply naming a second failed address in its own sentence is hand-made and rare"),
    "r176-c2-reply-try-then-own-note": (
        "lead lost, older than review 176 (main the same): an address with its own failed note '(550 5.1.1 user "
        "unknown)' under kim's 551 'please try' reads as kim's forward path, not an entry (reply_rests.reply_object "
        "skips it, a note of its own being there; another shape drops it, not traced); hand-made: a real 551 names "
        "the forward path alone"),
}

test_review_notices176, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
