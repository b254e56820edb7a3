"""The hundred-and-thirty-ninth review's notices (tests/classifier/review_notices139.py): an adversarial audit of review
135's mends (said_address.theirs_named's _said_missing; intros._passed_heading / _failed_line and
outcome_words.says_failed). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices139 import ROWS

_ACCESS_DENIED = (
    "NOT mended (judged, older than review 135: the same on main before it): Postfix's '<lead>: Recipient address "
    "rejected: Access denied' (check_recipient_access REJECT) is in phrases.py's userunknown list (sisimai's), read hard "
    "whatever our address beside it; the control meant to check review 139's ours_refused step (the recipient's "
    "refusal, ours only named) cannot show it on this wording: the third control (a 'not permitted' reply) does")
_LOCAL_REFUSED = (
    "NOT mended (judged, wrong scope, not hard; older: the same before review 135): German / French / Spanish / Dutch "
    "'sender address <ours> rejected' (abgelehnt, refusée, rechazada, geweigerd) under a bare 5.7.1 reads securityerror, "
    "the recipient's scope. Review 139's engine step (said_address.ours_refused) reads only our address or domain said "
    "missing, unverified or failing SPF / DMARC as our sender refused: 'rejected' / 'not allowed' of our sender is as "
    "often the recipient's own choice ('sender <ours> not allowed by the recipient', review 117's and 123's rows), "
    "which a localized reply may say after it. The prospect is not unenrolled either way")
JUDGEMENT: dict[str, str] = {
    **{f"r139-loc-{n}": _LOCAL_REFUSED for n in ("de-absender-abgelehnt", "fr-expediteur-refusee",
                                                 "es-remitente-rechazada", "nl-afzender-geweigerd",
                                                 "de-absender-abgelehnt-gmail", "de-absender-abgelehnt-exo")},
    "r139-mend-c-rcpt-access-denied-ours-ok": _ACCESS_DENIED,
    "r139-mend-c-rcpt-access-denied-mail-from-ours": _ACCESS_DENIED,
    "r139-head-kim-flush-failed-line": (
        "NOT mended (judged, older, not the heading's doing): kim is read failed now (review 135's _failed_line ends "
        "the delivered list at its line), but 'failed: user unknown' with no reply code nor stage reads filtered, soft "
        "(reasons: a refusal whose stage the notice does not name falls to filtered, sisimai's rule; the same for "
        "'<kim>: user unknown' under the plain intro with no heading at all)"),
}

test_review_notices139, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
