"""The hundred-and-twenty-first review's notices (tests/classifier/review_notices121.py): an adversarial audit of
review 119's mends (Bluehost's bare 'recipient rejected', an IPv4 literal said blocked, a stageless generic refusal
beside a named cause, La Poste's 503, Shaw's tags). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices121 import ROWS

_NOT_BLUEHOST = ("Exchange Online's NDR quoting Bluehost's bare 'recipient rejected' with no Remote-MTA and no command: "
                 "nothing names Bluehost; read generically, a stageless refusal with no cause is a recipient-side "
                 "filter (review 82), soft; the same judgement as review 119's two Exchange Online rows")
_STAGELESS = ("Gmail's and Exchange Online's copies carry no SMTP stage: review 82 reads a generic refusal with no stage "
              "and no cause as a recipient-side filter (soft), so the IP said not blocked / the spam said absent leaves "
              "a filter, not the missing user our relay's RCPT copy reads (hard, passing); the stage is not in the "
              "notice, ambiguous, left as review 82 has it")
_RBL_URL = ("a help sentence's lookup URL on an 'rbl.' host under 5.1.1 ('If <ip> is blocked, see http://rbl...'): the "
            "older '\\brbl\\b' blocked pattern (not review 119's rule, which now skips a supposed block) reads it as a "
            "blocklist refusal; servers point senders to such lookups when they DID block, so the RBL host is "
            "ambiguous evidence; left alone rather than narrowing a broad, long-standing pattern")
_HELP_LIST = ("a help LIST of possible causes ('Possible causes: the mailbox is full, ...', 'Common reasons include a "
              "full mailbox ...') beside a generic refusal: generic_refusal.cause_words now drops the list (review "
              "121), but the mailbox-full phrase is read by the generic reason tables directly, before any generic-"
              "refusal weighing; soft either way (mailboxfull vs filtered), a wrong reason only")
_STATUS_521 = ("'550 5.2.1 <a> recipient rejected' (Bluehost's and generic): no longer the missing mailbox (review 121's "
               "bluehost.skips), read filtered where the x.2.1 status's subject says a disabled mailbox (suspend); soft "
               "either way, as review 37's generic reading of a 5.2.1 generic refusal has it")
JUDGEMENT: dict[str, str] = {
    "r121-bluehost-c-bare-no-address-exo": _NOT_BLUEHOST,
    "r121-bluehost-c-bare-data-exo": _NOT_BLUEHOST,
    "r121-bluehost-status-5.2.1": _STATUS_521,
    "r121-bluehost-status-5.2.1-gmail": _STATUS_521,
    "r121-bluehost-status-5.2.1-exo": _STATUS_521,
    "r121-ip-if-ip-is-blocked-help": _RBL_URL,
    "r121-ip-if-ip-is-blocked-help-gmail": _RBL_URL,
    "r121-ip-if-ip-is-blocked-help-exo": _RBL_URL,
    "r121-ip-to-check-whether-blocked-help": _RBL_URL,
    "r121-ip-to-check-whether-blocked-help-gmail": _RBL_URL,
    "r121-ip-to-check-whether-blocked-help-exo": _RBL_URL,
    "r121-ip-ip-not-blocked-gmail": _STAGELESS,
    "r121-ip-ip-not-blocked-exo": _STAGELESS,
    "r121-ip-ip-unblocked-gmail": _STAGELESS,
    "r121-ip-ip-unblocked-exo": _STAGELESS,
    "r121-cause-rcpt-generic-not-spam-gmail": _STAGELESS,
    "r121-cause-rcpt-generic-not-spam-exo": _STAGELESS,
    "r121-cause-possible-causes-list": _HELP_LIST,
    "r121-cause-possible-causes-list-gmail": _HELP_LIST,
    "r121-cause-possible-causes-list-exo": _HELP_LIST,
    "r121-cause-common-reasons-include": _HELP_LIST,
    "r121-cause-common-reasons-include-gmail": _HELP_LIST,
    "r121-cause-common-reasons-include-exo": _HELP_LIST,
}

test_review_notices121, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 181)
