"""Review old47's notices (tests/classifier/review_old47.py): MMDF's returned mail, Exchange 4.0/5.x's IMC/IMS report
as the Knowledge Base quotes it, the Windows 2000 SMTP service's, DBMail 1.x's and Postfix 2.0-2.2's, written from
their sources. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_old47 import ROWS

JUDGEMENT: dict[str, str] = {
    "o47-control-ims-remote-no-such-user-here": (
        "a remote's '550 <x>... No such user here' under Exchange 5.5's 'The recipient name is not recognized' and a "
        "000B09AA code reads filtered, soft (older than this review: the project's rule, Sisimai's, that no-user words "
        "at a stage the notice does not name may be a content filter's, as r168-gw-following-bounced; the IMS's "
        "generic X.400 sentence is no evidence of the stage); hard was written. A false soft, no false hard; the "
        "exchange2003 mend leaves a filtered reply to the generic rules on purpose"),
}

test_review_old47, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
