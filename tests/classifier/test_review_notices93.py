"""The ninety-third review's notices (tests/classifier/review_notices93.py, review_notices93_more.py): an adversarial audit of the
non-English hard-side rules. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices93 import ROWS as _PART1
from tests.classifier.review_notices93_more import ROWS as _PART2

ROWS = _PART1 + _PART2

_YOUR = ("'Ihre Domain' / 'su dominio' said to the sending client: read hostunknown, hard (a false hard). Lowercase "
         "'ihre' and 'su' are also 'her/their/its' (the recipient address's own domain: 'die Adresse ist ungültig, "
         "ihre Domain existiert nicht'), so no rule tells them from the recipient's domain without the capital; "
         "left, as the French 'votre' and English 'your' already read as ours")
_SALUTE = ("A greeting to the sender ('发件人您好：', '送信者様へ：', 'Sehr geehrter Absender,') before the recipient's "
           "absence: read rejected, the sender's (a false soft, so before review 93 for the common nouns too): "
           "lexicon's sender check crosses the recipient's noun in every language but English (review 88's "
           "'not across recipient'); widening it to every language's recipient noun would read 'die Absenderadresse "
           "ist dem Empfänger unbekannt' hard, so it is left to a review of the sender checks")
JUDGEMENT: dict[str, str] = {
    "r93-yours-de-ihre-domain-existiert-nicht-mehr": _YOUR,
    "r93-yours-es-su-dominio-no-existe": _YOUR,
    **{f"r93-salute-{n}": _SALUTE for n in ("zh-fajianren-salutation", "zh-faxinren-salutation",
                                             "ja-soushinsha-salutation", "de-absender-salutation")},
}

test_review_notices93, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 290)
