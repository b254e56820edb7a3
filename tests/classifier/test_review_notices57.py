"""The fifty-seventh review's notices (tests/classifier/review_notices57.py, _more): an audit of
reviews 53-55's rules. One table-driven test over all rows, failures collected; the judgement
calls as strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices57 import ROWS

# Review 74 mended mimecast-postmaster-rejected-release ("Your message to <a> was rejected." a failure sentence,
# formats/recipients.INLINE[3]).
JUDGEMENT: dict[str, str] = {
    "au-450-with-address": (
        "Written soft before the run: a 450 says nothing is gone for good, as remote._may_say rules for a provider's "
        "own reading. But au's rule does not fire here (it reads only a 550); the generic rules read 'User unknown' "
        "as userunknown, which the taxonomy makes hard whatever the code (section 4: only notaccept keeps a 4xx "
        "exception), under Action: failed. The same reading as any server's '450 4.1.1 ... User unknown' "
        "(Postfix's unknown_local_recipient_reject_code=450), a team-wide call not for this audit"),
    "au-our-au-sender-to-au-no-stage": (
        "A false hard in principle: au names our seller's own au address with no stage (Gmail's DSN), and "
        "remote/kddi reads the au subscriber it is sent to as missing. Tried: firing only for the failed "
        "recipient's own address (remote.verdict passing it to kddi.reason_of); withdrawn, because review 55's "
        "lead call (au-other-address-user-unknown-gmail) reads another au address in the brackets, an alias's "
        "target, as hard too, and the two differ only by whether the address is the sender's, which the "
        "remote rules do not see. At MAIL FROM (au-our-au-sender-to-au-mail-from) it stays soft; a sales "
        "sender on an au consumer address is unlikely, and the trust rules still ask for the sent original"),
}


test_review_notices57, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 55)
