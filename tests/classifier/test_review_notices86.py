"""The eighty-sixth review's notices (tests/classifier/review_notices86.py, review_notices86_more.py): an
adversarial audit of the rules merged from reviews 80, 81, 83 and real round 13, each attack beside a
true-positive control. One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices86 import ROWS as _FIRST
from tests.classifier.review_notices86_more import ROWS as _MORE

ROWS = _FIRST + _MORE

# Our sending quota in Spanish or Russian at RCPT under 5.4.5: no longer a full mailbox (review 86's
# mailbox_states._SENDING), but 5.4.5's networkerror with the recipient's scope, as review 81's es/sv rows at RCPT
# (test_review_notices81.py): SENDER_QUOTA and sender_stage know English words only. Soft either way.
_SENDING_545 = ("our sending quota in es/ru at RCPT under 5.4.5 reads networkerror with recipient scope (review 81's "
                "scope call: the sender-quota words are English only); soft either way")
# The server's own disk quota and an attachment quota read as the recipient's full mailbox: soft and the
# recipient's either way (systemfull / mesgtoobig expected); telling whose quota it is needs the quota's owner
# ("servidor", "Serverns", "Сервер") read before the shape, and the English "disk quota exceeded" is procmail's
# word for the user's own mailbox (X-Unix), so no general rule was made in the time.
_OTHER_QUOTA = ("a quota that is the server's disk's or the attachments' reads mailboxfull: soft and the recipient's "
                "either way (systemfull / mesgtoobig expected); whose quota it is is not read")
JUDGEMENT: dict[str, str] = {
    **{f"r86-{r}-545-{lay}": _SENDING_545 for r in ("es-cuota-diaria-de-envio", "ru-kvotu-otpravki")
       for lay in ("postfix", "gmail")},
    **{f"r86-{r}-postfix": _OTHER_QUOTA for r in ("es-servidor-cuota-de-disco", "sv-serverns-diskkvot",
                                                  "ru-server-kvotu-diska", "es-cuota-de-adjuntos")},
    **{f"r86-en-your-mailbox-hourly-limit-{lay}": (
        "'Your mailbox has exceeded the hourly message limit' (our sender's 5.2.121 said of 'your mailbox'): "
        "mailbox_states' full-mailbox shape ('mailbox ... exceeded') reads mailboxfull, the recipient's, before "
        "5.2.121's speeding; a full mailbox said to be 'yours' is left to the recipient (soft either way)")
       for lay in ("postfix", "gmail")},
    "r86-group-restricted-names-us-postfix": (
        "a members-only group's refusal that names our address (and nothing of the recipient's) reads rejected, "
        "the sender's (engine's review 80 rule: ours.names_only_us); the group's rule is the recipient's, but the "
        "words name only us, the same shape as Sendmail's access db. A scope call, soft either way"),
    "r86-ip-blocked-for-unknown-users-gmail": (
        "'Connections from IP <ip> blocked for sending to unknown users' in Gmail's layout (no SMTP stage): hard "
        "userunknown before review 86, now filtered with the recipient's scope (the unnamed-stage rule reads the "
        "missing-user words filtered before the IP block); the relay's layout (RCPT) reads blocked, the sender's. "
        "Soft either way"),
}

test_review_notices86, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 140)
