"""The hundred-and-sixteenth review: an ADVERSARIAL AUDIT of review 114's fresh mends (recipients._FAILED_WORDS reading
a delivered field said no, "never delivered", French "pas (été) remis", Spanish "no (se) ha entregado"; _NO_OUTCOME
cells with "=", "|" and a closing full stop; went_through_here never joining a labelled line; departures' "the
next/following/same day" after "deleted" as past).

1. FALSE HARDS: the DELIVERED lead's labelled line (review 107's `_mixed`) saying delivered beside a "no", "never",
   "pas" or Spanish "no" that negates something else ("delivered: no errors", "never deferred, delivered",
   "remis, pas de problème", "no se ha demorado: entregado") must keep the lead delivered; only kim failed.
2. FALSE SOFTS: the FAILED one's line spelling "delivered: no" otherwise (case, spacing, a dash) must stay failed.
3. Deletions: "deleted the next/same day" said as a future or a condition stays soft (suspend); a past one is hard.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. All HAND-MADE; test_review_notices116.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices107 import WHY as _WHY, _mixed

R = "recipient"
MX = "mx.partner.example"
LEAD = "lead@partner.example"
UNK = ("userunknown",)
SUSP = ("suspend",)

both = both_layouts("r116", MX, LEAD)

MIXED = ("hand-made following review 90/107's mixed delivery report layout (RFC 3461 NOTIFY=SUCCESS,FAILURE: a "
         "report may list delivered and failed recipients; labelled lines 'Recipient: name (outcome)'); outcome words "
         "as Exchange's NDR ('could not be delivered') and Postfix's bounce(5) templates say them; a 'no' that "
         "negates another word than 'delivered' is no failure")


def _lead(name: str, paren: str) -> tuple:
    return (f"r116-lead-{name}", MIXED + " (the delivered lead's line: must stay delivered)",
            _mixed(f"116l{name}", f"Recipient: lead ({paren})"), hard(KIM))


def _kim(name: str, paren: str) -> tuple:
    return (f"r116-kim-{name}", MIXED + " (the failed one's 'delivered' said no: must stay failed)",
            _mixed(f"116k{name}", "Recipient: lead (delivered)", f"Recipient: kim ({paren})\n{_WHY}"), hard(KIM))


# ---- 1. FALSE HARDS on the delivered lead ---------------------------------------------------------------------------
LEAD_ROWS = [
    _lead("delivered-colon-no-errors", "delivered: no errors"),
    _lead("delivered-semicolon-no-retry", "delivered; no retry needed"),
    _lead("delivered-dash-no-bounce", "delivered — no bounce"),
    _lead("delivered-comma-no-further-action", "delivered, no further action"),
    _lead("never-deferred-delivered", "never deferred, delivered"),
    _lead("delivered-nothing-to-report", "delivered: nothing to report"),
    _lead("delivered-non-urgent", "delivered: non-urgent"),
    _lead("delivered-no1-priority", "delivered: no.1 priority"),
    _lead("delivered-no-delay", "delivered: no delay"),
    _lead("delivered-equals-no-issues", "delivered = no issues"),
    _lead("delivered-question-no-doubt", "delivered? no doubt"),
    _lead("delivered-never-bounced", "delivered; never bounced"),
    _lead("delivered-no-bounce-pipe", "delivered | no bounce"),
    _lead("de-zugestellt-nein-antwort", "zugestellt, nein-Antwort ignoriert"),
    _lead("de-zugestellt-keine-fehler", "zugestellt: keine Fehler"),
    _lead("fr-remis-pas-de-probleme", "remis, pas de problème"),
    _lead("fr-remis-pas-remis-en-file", "remis, pas remis en file d'attente"),
    _lead("fr-remis-non-urgent", "remis : non urgent"),
    _lead("es-entregado-no-hubo-errores", "entregado, no hubo errores"),
    _lead("es-no-se-ha-demorado-entregado", "no se ha demorado: entregado"),
    _lead("es-entregado-no-fue-reintentado", "entregado; no fue necesario reintentar"),
    _lead("delivered-never-delivered-twice", "delivered once, never delivered twice"),
]

# ---- 2. FALSE SOFTS on the failed one -------------------------------------------------------------------------------
KIM_ROWS = [
    _kim("delivered-NO", "delivered: NO"),
    _kim("Delivered-No", "Delivered: No"),
    _kim("delivered-space-colon-no", "delivered : no"),
    _kim("delivered-colon-nospace-no", "delivered:no"),
    _kim("delivered-dash-no", "delivered - no"),
    _kim("delivered-emdash-no", "delivered — no"),
    _kim("delivered-no-full-stop", "delivered: no."),
    _kim("delivered-equals-false", "delivered=false"),
    _kim("delivered-question-No-full-stop", "delivered? No."),
    _kim("de-Zugestellt-Nein", "Zugestellt: Nein"),
    _kim("fr-remis-space-colon-non", "remis : non"),
    _kim("es-entregado-no", "entregado: no"),
    _kim("delivered-no-then-reason", "delivered: no - see reason below"),
]

# ---- 3. Deletions said "the next/same day" -------------------------------------------------------------------------
GONE = ("hand-made following review 114's r114-gone2 rows (Postfix access(5) 'REJECT text'); taxonomy: the mailbox "
        "gone is userunknown (hard), deleted only LATER or under a condition is suspend (soft)")
GONES = [
    ("will-be-deleted-the-next-day", "550 5.2.1 Account disabled; it will be deleted the next day", "5.2.1", "RCPT",
     False, SUSP, R),
    ("to-be-deleted-the-following-day", "550 5.2.1 Account disabled, to be deleted the following day", "5.2.1",
     "RCPT", False, SUSP, R),
    ("deleted-the-next-day-unless", "550 5.2.1 Account disabled and deleted the next day unless reactivated", "5.2.1",
     "RCPT", False, SUSP, R),
    ("deleted-the-same-day-question-no", "550 5.2.1 Account disabled; deleted the same day it was created? no: "
     "mailbox active", "5.2.1", "RCPT", False, SUSP, R),
    ("scheduled-deleted-the-next-day", "550 5.2.1 Mailbox disabled and scheduled to be deleted the next day",
     "5.2.1", "RCPT", False, SUSP, R),
    # Controls: a past deletion on that day is gone.
    ("c-deleted-the-same-day", "550 5.1.1 Account deleted the same day", "5.1.1", "RCPT", True, UNK, R),
    ("c-bare-was-deleted-the-following-day", "550 Mailbox was deleted the following day", "5.0.0", "RCPT", True,
     UNK, R),
]

# ---- Round two: controls on review 116's own mends, written before they ran ------------------------------------
ROUND2_ROWS = [
    _lead("r2-delivered-dash-no-bounce", "delivered - no bounce"),
    _lead("r2-delivered-dash-nothing", "delivered - nothing to report"),
    _lead("r2-delivered-dash-non-urgent", "delivered - non-urgent"),
    _lead("r2-delivered-colon-no-dot-1", "delivered: no. 1 priority"),
    _lead("r2-delivered-dash-no-dot-1", "delivered - no. 1 priority"),
    _lead("r2-es-sin-errores", "entregado sin errores"),
    _kim("r2-c-delivered-dash-no-comma-unknown", "delivered - no, user unknown"),
    _kim("r2-c-bounced-never-delivered", "bounced, never delivered"),
    _kim("r2-c-never-delivered-returned", "never delivered; returned"),
    _kim("r2-c-es-hubo-errores", "hubo errores"),
    _kim("r2-c-fr-pas-remis-en-raison", "n'a pas été remis en raison d'un problème"),
    _kim("r2-c-fr-pas-remis-au-destinataire", "pas remis au destinataire"),
    _kim("r2-c-never-bounced-rejected", "never bounced before; rejected now"),
    _kim("r2-c-delivered-no-full-stop-sentence", "delivered: no. See the reason below"),
]
GONES2 = [
    ("deleted-the-next-day-if-not", "550 5.2.1 Account disabled and deleted the next day if not reactivated",
     "5.2.1", "RCPT", False, SUSP, R),
    ("c-was-deleted-the-next-day-after-expiry", "550 5.1.1 Mailbox was deleted the next day after it expired",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-bare-deleted-the-following-day", "550 Account deleted the following day", "5.0.0", "RCPT", True, UNK, R),
]

ROWS: list[tuple] = (LEAD_ROWS + KIM_ROWS + both("gone", GONE, GONES) + ROUND2_ROWS
                     + both("gone2", GONE + " (round two)", GONES2))
