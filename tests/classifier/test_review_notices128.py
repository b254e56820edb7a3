"""The hundred-and-twenty-eighth review's notices (tests/classifier/review_notices128.py): an adversarial audit of
review 121's mends (generic_refusal.cause_words, Bluehost's bare 'recipient rejected' and 'gl/bl', the IP-literal
block and its missing-user guard, Shaw's tags outside a URL). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices128 import ROWS

_VERDICT_WORDS = ("NOT mended (judged): a generic refusal at RCPT beside a verdict in invented words no cause table "
                  "holds ('not virus-free', 'found Eicar-Test-Signature', 'score 12.5/5.0' without 'spam', ': infected', "
                  "'blocked by Barracuda ... reputation'); read the same before review 121 (not its regression: the "
                  "product's name and version are no longer dropped where a verdict follows, review 128). The vendors' "
                  "real wordings are read ('blocked using Barracuda Reputation' blocked, amavis' '- INFECTED: <name>' "
                  "gateway_wordings.content_category, 'spam score 9.5' spamdetected); widening the tables to bare "
                  "'infected' or 'score' without a server's source would read live addresses' notes as causes")
_HELP_LIST = ("NOT mended (judged): a help LIST of possible causes ('Common reasons include a full mailbox', 'Possible "
              "causes: a full mailbox or a blocked IP') is dropped by generic_refusal.cause_words, but the generic "
              "reason tables read 'full mailbox' directly, before any generic-refusal weighing (review 121's same call "
              "on its two list rows); soft either way for the blocked IP (a wrong reason only); where the list is "
              "followed by 'here the address does not exist' the mailboxfull reading is a false soft, on a wording "
              "invented for the attack")
_TLS = ("NOT mended (judged): 'TLS required' before Bluehost's bare 'recipient rejected' at RCPT reads the missing "
        "mailbox because no table reads 'TLS required' as a security refusal (the real ones are: Postfix's '530 5.7.0 "
        "Must issue a STARTTLS command first', 'encryption required'); SPF, DMARC, the recipient's blacklist and a "
        "recipient limit before the ending are mended (bluehost._CAUSES); adding a bare 'tls required' phrase without a "
        "server's source is left to a table review")
_GL_BL_DENIED = ("NOT mended (judged): Bluehost's tag said not applied ('no such user; GL/BL not applied') under 5.1.1: "
                 "the tag is Bluehost's own word for the recipient's blacklist (its help page), a note denying it is "
                 "invented for the attack; reading a denial of a provider's tag needs denied_mentions to know tags")
JUDGEMENT: dict[str, str] = {
    "r128-cause-not-virus-free": _VERDICT_WORDS,
    "r128-cause-antivirus-engine-found-eicar": _VERDICT_WORDS,
    "r128-cause-antispam-filter-score": _VERDICT_WORDS,
    "r128-cause-antivirus-scanner-infected": _VERDICT_WORDS,
    "r128-cause-barracuda-version-reputation": _VERDICT_WORDS,
    "r128-cause-common-reasons-then-ip-blocked": _HELP_LIST,
    "r128-r2-cause-c-list-then-here-missing": _HELP_LIST,
    "r128-bluehost-tls-required-before": _TLS,
    "r128-bluehost-gl-bl-not-applied-5.1.1": _GL_BL_DENIED,
}

test_review_notices128, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 147)
