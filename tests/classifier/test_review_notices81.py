"""The eighty-first review's notices (tests/classifier/review_notices81.py, _more, _controls, _replies): mail
software's own translation catalogs (Sympa's, GNU Mailutils' mda, mlmmj's list texts, Thunderbird's read
receipts, Postfix Admin's vacation replies) in the languages sales teams meet, with the same catalogs' other
"does not exist" words and the adversarial controls of the review's two rules. One table-driven test; the
judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices81 import ROWS as _SYMPA
from tests.classifier.review_notices81_controls import ROWS as _CONTROLS
from tests.classifier.review_notices81_more import ROWS as _MORE
from tests.classifier.review_notices81_replies import ROWS as _REPLIES

ROWS = _SYMPA + _MORE + _CONTROLS + _REPLIES

# Our own sending quota refused at RCPT TO: the words name our account and a SENDING quota, but the stage is
# the recipient's. The Russian reply ("Отправитель <our address> ...") reads sender-side, and since review 86
# the Spanish one too ("Su cuenta ..." first: severity._OUR_SIDE_REFUSED); the Swedish one ("Kontot <our
# address>": the account noun before our address) reads securityerror with recipient scope, as before review 81
# (whose quota verbs no longer read it mailboxfull: mailbox_states._MAILBOX_QUOTA). Never hard either way: a
# scope call for sender_stage.py.
_SENDING_AT_RCPT = ("our sending quota refused at RCPT TO with 'the account <our address>' words reads "
                    "securityerror with recipient scope ('Kontot' before our address is not among the sender "
                    "wordings read at RCPT); soft either way, a scope call for sender_stage.py")
JUDGEMENT: dict[str, str] = {f"r81-ctl-sending-quota-{lang}-at-rcpt": _SENDING_AT_RCPT for lang in ("sv",)}


test_review_notices81, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
