"""The hundred-and-thirty-first review's notices (tests/classifier/review_notices131.py): an adversarial audit of
review 128's mends (the shared missing-user guard soft_wordings.NOT_BESIDE_NO_USER, _NOT_SUPPOSED, the IPv6 shape,
generic_refusal._NO_CAUSE, Bluehost's causes and tag, remote.without_urls). One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices131 import ROWS

_TABLES_READ_ABSENCE = (
    "NOT mended (judged, older than review 128: read the same before it): the guard's words said of something else "
    "than the recipient ('unknown address family', 'Unknown address: <ip>', 'RecipientNotFound check skipped', our "
    "SMTP AUTH user 'Benutzer unbekannt' / 'utilisateur inconnu' / 'usuario desconocido', 'the IP address does not "
    "exist in our whitelist', 'a whitelist account ... does not exist', the sender's domain or return path "
    "'Unrouteable address') beside '<ip> is blocked' under a generic refusal: the reason tables (phrases' "
    "'recipnotfound', 'address does not exist', 'account does not exist', 'unrouteable address'; lexicon's "
    "'unknown address', 'Benutzer unbekannt') read the recipient's absence from the words alone, before any block. "
    "Review 131 keeps the shared guard from dropping the block where its own users decide (rule_wordings' 'sender IP "
    "<ip> blocked', 'the sender is blocked' under 5.1.1: mended); teaching the tables whose address or user is meant "
    "is a wider change than this audit's, on wordings invented for the attack")
_UNROUTEABLE_HOST = (
    "NOT mended (judged, older than review 128): Exim's 'Unrouteable address' of the recipient (its recipient callout "
    "'Callout verification failed:', src/verify.c) beside '<ip> is blocked as well' reads hostunknown, hard, not "
    "userunknown: phrases' HOSTUNKNOWN table holds 'unrouteable address' (Exim says it where no router takes the "
    "address, the domain or the user); hard either way, a wrong reason only, not the false soft attacked")
_NEGATIVE_SCORE = (
    "NOT mended (judged, older than review 128): 'spam score -1.2/5.0' beside a generic refusal reads spamdetected; "
    "a negative score is below the threshold (no cause), but the spam tables read 'spam score' with a number; soft "
    "either way for a real spam verdict, and a negative score printed in a refusal is invented for the attack")
_HELP_LIST = (
    "NOT mended (judged, as review 128's _HELP_LIST): a help list 'Possible causes: a full mailbox or spam; in this "
    "case your IP <ip> is listed on our blocklist' reads mailboxfull (recipient): the generic reason tables read "
    "'full mailbox' directly, before generic_refusal.cause_words drops the list; soft either way (a wrong reason "
    "and scope, not a false hard)")
_DOMAIN_TAG = (
    "NOT mended (judged): 'recipient rejected by bluehost-customer.example/GL/BL' - a domain directly followed by "
    "'/GL/BL' is the same shape as a help URL's path ('bluehost.com/gl/bl', review 128's rows read as no blacklist); "
    "the tag right after Bluehost's own words is mended ('recipient rejected.GL/BL', bluehost._GL_BL_ENDING); the "
    "domain form is invented for the attack")
_WRAPPED_URL = (
    "NOT mended (judged): a URL broken by a line wrap WITHOUT a hyphen ('https://support.shaw.ca/email\\n errors#aup"
    "#mxrt') leaves 'errors#aup#mxrt' as a word of its own, which no URL reading can tell from the reply's own words; "
    "Shaw's tag read there beside 'user unknown' is a false soft (speeding) on a wording invented for the attack")
JUDGEMENT: dict[str, str] = {
    **{f"r131-other-{n}": _TABLES_READ_ABSENCE for n in (
        "unknown-address-family", "unknown-address-family-ipv6", "recipientnotfound-check-skipped",
        "recipnotfound-not-evaluated", "de-smtp-auth-benutzer-unbekannt", "fr-authentification-utilisateur-inconnu",
        "es-autenticacion-usuario-desconocido", "ip-address-does-not-exist-in-whitelist", "unknown-address-colon-ip",
        "whitelist-account-does-not-exist", "unrouteable-sender-domain", "unrouteable-return-path")},
    **{f"r131-missed-{n}": _UNROUTEABLE_HOST for n in (
        "exim-callout-unrouteable", "exim-callout-unrouteable-exo", "unrouteable-then-auth-failed",
        "unrouteable-then-auth-failed-gmail", "unrouteable-then-auth-failed-exo")},
    "r131-cause-spam-score-negative": _NEGATIVE_SCORE,
    "r131-cause-in-this-case-then-blocked-ip": _HELP_LIST,
    "r131-bluehost-gl-bl-after-domain-word": _DOMAIN_TAG,
    "r131-shaw-url-wrapped-no-hyphen": _WRAPPED_URL,
}

test_review_notices131, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
