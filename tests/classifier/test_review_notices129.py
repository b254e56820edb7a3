"""The hundred-and-twenty-ninth review's notices (tests/classifier/review_notices129.py): an adversarial audit of
review 127's said_address.theirs_named (false hards first: ours said missing beside the prospect's name; then the
false softs it should catch in other languages and statuses). One table-driven test; judgement calls strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices129 import ROWS

# Pre-existing readings (the same without review 127's rule), judged not worth a rule here or ambiguous.
_THIRD_DOMAIN = ("a THIRD domain said missing (neither the prospect's nor ours) beside the prospect's domain: read "
                 "hostunknown before review 127 too. Whose it is the words do not tell: our relay's or bounce "
                 "domain (soft), or the prospect's own forwarding target (its mail then undeliverable, hard "
                 "defensible); a rule would guess. Left as it reads")
_COLLEAGUE = ("another address at the prospect's domain said missing in the reply to the prospect's own RCPT: read "
              "userunknown before review 127 too. At RCPT the server answers for the address given; naming another "
              "mailbox there most likely means the prospect's address is an alias expanding to it (RFC 5321 3.9), "
              "the address mailed then undeliverable: hard is defensible. Left as it reads")
_SU = ("Spanish 'su dominio' after the prospect's domain as a label ('Dominio partner.example: su dominio no "
       "existe'): 'su' is 'your' and also 'its' (the labelled domain's), so the sentence may say the prospect's domain "
       "does not exist; read hostunknown before review 127 too. Review 129's our_domain_beside leaves 'su'/'seu' out "
       "on purpose (ambiguous); left")
_SCOPE = ("soft already (securityerror, a 5.7.1 read by its words' 'invalid'): only its scope (recipient, not sender) "
          "differs from the expectation, as before review 127; a 5.7.1 naming the prospect's address is scoped to "
          "it by severity.scope_of. Not worth a rule here")
_BARE = ("pre-existing, not review 127's: an English 'address <x> does not exist' under a bare 550 with no SMTP stage "
         "(Gmail's and Exchange Online's copies name none; the relay's copy, 'in reply to RCPT TO', reads hard) is "
         "read filtered by reasons.reason_for (the stage unknown: possibly after DATA); soft, a false soft. The same "
         "reply with a 5.1.1 or in Spanish reads hard; a rule on the stage-less bare 550 reaches far beyond this "
         "review, left for the lead")
JUDGEMENT: dict[str, str] = {
    "r129-hidden-relayhost-domain-missing": _THIRD_DOMAIN,
    "r129-others-lead-ok-other-domain-missing": _THIRD_DOMAIN,
    "r129-others-colleague-missing": _COLLEAGUE,
    "r129-others-colleague-missing-gmail": _COLLEAGUE,
    "r129-others-colleague-missing-exo": _COLLEAGUE,
    "r129-speaker-es-dominio-speaks-su-dominio": _SU,
    "r129-speaker-es-dominio-speaks-su-dominio-gmail": _SU,
    "r129-speaker-es-dominio-speaks-su-dominio-exo": _SU,
    "r129-next-address-comma-invalid-sender-domain": _SCOPE,
    "r129-next-address-comma-invalid-sender-domain-gmail": _SCOPE,
    "r129-next-address-comma-invalid-sender-domain-exo": _SCOPE,
    "r129-status-en-dear-sender-bare-550-gmail": _BARE,
    "r129-status-en-dear-sender-bare-550-exo": _BARE,
}

test_review_notices129, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 140)
