"""Audit 37's notices (tests/classifier/review_audit37.py): an adversarial audit of the mends that landed with audit 36,
review blocks36, review old36, review providers36 and real round 21, each in other contexts and layouts. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit37 import ROWS

_NO_BREAK = (
    "A contrast opening its sentence with no clause break before the verdict ({}): contrast_mentions sets aside the "
    "contrast's phrase up to the first comma, semicolon, parenthesis or sentence end, so here the whole sentence, the "
    "verdict with it: read onhold, soft (a FALSE SOFT, the milder harm). Where the contrasted phrase ends and the main "
    "clause begins no pattern can tell without parsing the sentence (a determiner or a verb starts either); ending it "
    "earlier would bring back audit 36's false hards ('Unlike a 5.4.1 Recipient address rejected: Access denied "
    "...'). Admin texts in these languages mostly put the comma; left, the soft rule escalates repeats")
JUDGEMENT: dict[str, str] = {
    "a37-c-de-anders-als-erwartet": _NO_BREAK.format("German 'Anders als erwartet existiert das Postfach ... nicht "
                                                     "mehr', no comma by the Duden's rule"),
    "a37-c-nl-tegenstelling-no-comma": _NO_BREAK.format("'In tegenstelling tot het oude adres bestaat deze mailbox "
                                                        "niet'"),
    "a37-rh-exim-unrouteable": (
        "Our relayhost's bare '550 Unrouteable address': Exim answers it to RCPT both for an unknown LOCAL user "
        "(verify = recipient; the generic rules read it userunknown) and for a remote domain its dnslookup router "
        "cannot route; from our relayhost, which holds no prospect's mailbox, the words do not say which, and "
        "answered_by_our_relayhost reads our path refused (rejected, sender). Written hard (the DNS case); the "
        "sender reading is the safer side of a reply that may be our own relayhost's misrouting; left"),
    "a37-u-en-if-no-comma": (
        "'If you are trying to reach Dana Lee she has left the company' without the comma: the match 'left the "
        "company' stands in a clause that opens with 'if' (unasserted) and holds 'you' (departures' sender side: "
        "'you' is our sender), two rules that a comma would have kept apart; read onhold, soft (a false soft). "
        "Teaching unasserted where an English if-clause ends without its comma would not clear the second rule; "
        "English admin texts put the comma; left"),
    "a37-b-recipient-block-list-barred": (
        "'<lead> blocked by recipient block list' (a server's list of barred RECIPIENTS, no genitive): read filtered "
        "(the recipient's choice of senders), recipient scope, soft; expected another recipient-side reason (the "
        "prospect's own address barred). Excluding a list named after the recipients from recipient_blocklists' "
        "'blocked by the recipient' was tried: the generic 'block list' then read blocked, the SENDER's, which pages "
        "a person (worse); both readings soft, scope recipient as written; the reason only; left"),
}

test_review_audit37, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
