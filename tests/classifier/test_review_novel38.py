"""Review novel38's notices (tests/classifier/review_novel38.py): new, plausible refusal wordings no rule quoted, to
measure how the classifier generalises, and the controls of its mends. One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_novel38 import ROWS

JUDGEMENT: dict[str, str] = {
    "n38-l-exo-no-owner-500": (
        "'550 5.0.0 The mailbox you wrote to has no owner in this organization': read onhold, soft (expected "
        "userunknown, hard: a FALSE SOFT). The words say a mailbox EXISTS and lacks an owner (a leaver's unassigned "
        "or a shared mailbox held for review), not that the address is missing; reading '<noun> has no owner' as an "
        "absence would also take a held shared mailbox's notice. Left: the soft rule escalates repeats"),
    "n38-l-forwarded-inline-person": (
        "The prospect's own inline forward of an old bounce ('FYI ... the address works now' above a '550 5.1.1' "
        "report) reads the forwarded notice, userunknown, hard (expected no bounce). By design formats/nested reads a "
        "forwarded notice as the notice (forward_marks' docstring: a seller forwarding a bounce to the sync mailbox "
        "is the common case); audit 35b's row passed only because its quoted text said no status. The trust rules "
        "(DESIGN 'Trust') keep it from acting: no returned original whose Message-ID is in our sent mail, so it is "
        "recorded unverified. Telling a prospect's forward from a seller's needs the planner's evidence; left"),
    "n38-d-gmail-nobody-answers": (
        "Gmail's 'DNS Error: lookup of partner.example yielded no answer' (Status 4.0.0, Action failed): read "
        "networkerror, soft (expected hostunknown, hard). 'No answer' is as much a resolver that timed out (SERVFAIL, "
        "temporary) as a name that does not exist (NXDOMAIN); the words never say the domain is missing, and the "
        "soft reading is the safer side for a 4.0.0. My expectation read more than the words; left"),
    "n38-o-hiccup-430": (
        "'451 4.3.0 Internal trouble on our side, please retry' in a delay notice: read expired (expected "
        "systemerror). reasons.reason_for asks the status subject table (_BY_SUBJECT) of class-5 statuses only (issue "
        "13's principle names permanent ones) and reads a delay with no known cause as expired; a delay's reason is "
        "not acted on (temporary: the planner waits for the final notice). Asking the subject of 4.x statuses too "
        "would re-read every unknown-worded delay of the corpus; out of this review's scope; left"),
}

test_review_novel38, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 150)


def test_the_lead_s_merge_controls_keep_restrictions_formats_and_relay_words_soft():
    # Found re-reading the mends before merging: a recipient not registered TO RECEIVE external mail is a restriction,
    # an address's FORMAT not recognised says nothing of a missing mailbox, "we do not accept mail for this domain" is
    # also a relay refusal's wording. None reads hard; the mends' own words still do.

    from classifier import classify
    from tests.classifier.notices import relayed

    def one(text: str, status: str) -> tuple:
        (d,) = classify(relayed(text, status=status, command="RCPT")).deliveries
        return d.reason.value, d.hard_bounce

    for text in ("550 5.7.1 Recipient is not registered to receive external mail",
                 "550 5.7.1 Recipient address format not recognized",
                 "550 5.7.1 We do not accept mail for this domain"):
        assert one(text, "5.7.1")[1] is False, text
    assert one("550 5.7.1 The recipient is not a known local user", "5.7.1") == ("userunknown", True)
    assert one("550 5.7.1 Recipient is not registered on this system", "5.7.1") == ("userunknown", True)
