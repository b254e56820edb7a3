"""Audit 36's notices (tests/classifier/review_audit36.py): an adversarial audit of unquoted mentions of a verdict,
our own smarthost as the Remote-MTA, forward chains, departures in other languages said of our sender or negated,
and InterScan's and AOL's own sentences. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit36 import ROWS

_FORWARD = (
    "A forwarder's report for the lead quoting its forward target's refusal of ANOTHER address ({}): read "
    "userunknown, hard, on the lead. Audit 36's call (the report's argument): RFC 5321 section 3.9.1 keeps the "
    "envelope return path through an alias, so the target's failure comes back to us, but the lead's alias exists and "
    "may keep a copy (Exchange Online's DeliverToMailboxAndForward, Sieve 'redirect :copy', a .forward's '\\\\user'), "
    "which the notice cannot tell; a soft reading would let the soft rule escalate repeats. Left as the standing call "
    "of audits 35b-35d: a mend flips it for every reason and must not touch a rewritten address of the same mailbox "
    "(Exchange hybrid's lead@partner.mail.onmicrosoft.com, truly gone) - the lead's to decide")
JUDGEMENT: dict[str, str] = {
    "a36-fr-pas-inconnu": (
        "French block list refusal ('votre adresse IP figure sur une liste noire') with 'utilisateur inconnu' set "
        "apart: no longer hard since contrast_mentions, but read securityerror, the RECIPIENT's (a wrong scope, soft): "
        "the phrase tables read no French 'liste noire' as blocked (probed: the sentence alone reads securityerror); "
        "a wording gap beyond this audit's targets, not a false hard; left"),
    "a36-fwd-other-address": _FORWARD.format("a sendmail-style DSN, 'forwarding to <old> failed: ... 550 5.1.1'"),
    "a36-fwd-other-address-nosuchuser": _FORWARD.format("'forwarded to <old>: 550 No such user (<old>)'"),
    "a36-fwd-relayed-quoted": _FORWARD.format("our relay's report of the forwarder's 550 quoting the next hop"),
    "a36-aol-relay-denied": (
        "AOL's DSN of '554 5.7.1 <lead>: Relay access denied (Host or domain name not found in relay_domains)': read "
        "hostunknown, hard. The parenthesis is INVENTED (no server found writing it: Postfix's relay refusal is the "
        "bare 'Relay access denied'), so the attack shows only that aol.py's substring table outvotes other words; "
        "aol.py reads only AOL's own DSNs, whose sentences are Postfix's DNS texts; no mend on invented words; left"),
}

test_review_audit36, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
