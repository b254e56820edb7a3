"""Review 90, part 2 (part 1: review_notices90.py): review 89's formats/recipients._FAILED_WORDS (a negated
delivery word, "bounced", "then/and/was/been/later returned" are failures; "no/without errors" is none) met with a
DELIVERED recipient's labelled line whose other words look like failure ("nicht gelesen", "not yet read", "read
status unknown", "returned receipt", "bounced back: none", "no bounce", "errors: 0"). A false failure there is a
FALSE HARD on a live person. Beside them, the failed one's line that must stay failed. Expectations written BEFORE
running; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices50_sources import KIM, LEAD, hard
from tests.classifier.review_notices85 import notice

TRACK = ("Exchange message tracking / read-receipt words (RFC 3798 MDN 'displayed', 'not yet read', 'read status "
         "unknown') on a delivered recipient's labelled line in a mixed delivery report (RFC 3461 NOTIFY=SUCCESS,"
         "FAILURE), hand-made")
L10N = ("Outlook's localised tracking words ('zugestellt, nicht gelesen', 'remis, non lu', 'entregado, no leído') "
        "on a delivered recipient's labelled line, hand-made")
_WHY = "Reason: 550 5.1.1 User unknown\n"
_KIM_FAILED = f"Recipient: kim (failed)\n{_WHY}"


def _one(name: str, lead_line: str, kim_line: str = _KIM_FAILED) -> bytes:
    return notice(f"90-{name}", "Your message could not be delivered to one or more of its recipients.\n\n"
                  f"{lead_line}\n{kim_line}\n", to=f"{LEAD}, {KIM}")


ROWS = [
    ("l90-de-zugestellt-nicht-gelesen", L10N + " (German)",
     _one("dg", "Empfänger: lead (zugestellt, nicht gelesen)", f"Empfänger: kim (nicht zugestellt)\n{_WHY}"),
     hard(KIM)),
    ("l90-fr-remis-non-lu", L10N + " (French)",
     _one("fl", "Destinataire : lead (remis, non lu)", f"Destinataire : kim (non remis)\n{_WHY}"), hard(KIM)),
    ("l90-es-entregado-no-leido", L10N + " (Spanish)",
     _one("el", "Destinatario: lead (entregado, no leído)", f"Destinatario: kim (no entregado)\n{_WHY}"), hard(KIM)),
    ("l90-delivered-not-yet-read", TRACK, _one("ny", "Recipient: lead (delivered, not yet read)"), hard(KIM)),
    ("l90-delivered-read-status-unknown", TRACK, _one("ru", "Recipient: lead (delivered, read status unknown)"),
     hard(KIM)),
    ("l90-delivered-and-returned-receipt", TRACK + " (a read receipt returned as an event)",
     _one("rr", "Recipient: lead (delivered and returned a read receipt)"), hard(KIM)),
    ("l90-delivered-returned-receipt", TRACK, _one("rc", "Recipient: lead (delivered, returned receipt)"), hard(KIM)),
    ("l90-delivered-bounced-back-none", TRACK, _one("bn", "Recipient: lead (delivered; bounced back to sender: none)"),
     hard(KIM)),
    ("l90-delivered-no-bounce", TRACK, _one("nb", "Recipient: lead (delivered, no bounce)"), hard(KIM)),
    ("l90-delivered-errors-zero", TRACK, _one("e0", "Recipient: lead (delivered, errors: 0)"), hard(KIM)),
    ("l90-delivered-without-errors", TRACK, _one("we", "Recipient: lead (delivered without errors)"), hard(KIM)),
    ("l90-delivered-not-spam", TRACK + " (the filter's verdict on the delivered one)",
     _one("ns", "Recipient: lead (delivered to inbox, not spam)"), hard(KIM)),
    # Controls: the failed one's line with the same kinds of words stays failed, the delivered one unread.
    ("l90-c-kim-bounced-back", TRACK + " (control: the failed one bounced back)",
     _one("cb", "Recipient: lead (delivered)", f"Recipient: kim (bounced back to sender)\n{_WHY}"), hard(KIM)),
    ("l90-c-kim-not-delivered", TRACK + " (control: the failed one 'not delivered'; the delivered one "
     "plain)", _one("cn", "Recipient: lead (delivered)", f"Recipient: kim (not delivered)\n{_WHY}"), hard(KIM)),
    ("l90-c-kim-de-nicht-zugestellt", L10N + " (control: German failed beside 'zugestellt' alone)",
     _one("cd", "Empfänger: lead (zugestellt)", f"Empfänger: kim (nicht zugestellt)\n{_WHY}"), hard(KIM)),
    # Controls of review 90's mend (reading and empty-field words set aside): the failed one's line still fails.
    ("l90-c-kim-not-delivered-status-unknown", TRACK + " (control: 'not delivered, read status unknown')",
     _one("cr", "Recipient: lead (delivered)", f"Recipient: kim (not delivered, read status unknown)\n{_WHY}"),
     hard(KIM)),
    ("l90-c-kim-accepted-then-returned", TRACK + " (control: accepted, then returned for a reason, no receipt)",
     _one("ca", "Recipient: lead (delivered)", f"Recipient: kim (accepted, then returned: user unknown)\n{_WHY}"),
     hard(KIM)),
    ("l90-c-kim-delivered-none", TRACK + " (control: a counter 'delivered: none' on the failed one)",
     _one("cz", "Recipient: lead (delivered: 1)", f"Recipient: kim (delivered: none)\n{_WHY}"), hard(KIM)),
    ("l90-c-kim-paren-broken-returned", TRACK + " (control of the parenthesis joined across a width break: the "
     "failure on the next line)", _one("cp", "Recipient: lead (delivered)", "Recipient: kim (delivered to the relay,"
                                       f"\nthen returned: 550 5.1.1 user unknown)\n{_WHY}"), hard(KIM)),
    ("l90-c-kim-not-read-not-delivered", TRACK + " (control: 'not read, not delivered')",
     _one("cx", "Recipient: lead (delivered, not yet read)", f"Recipient: kim (not read, not delivered)\n{_WHY}"),
     hard(KIM)),
]
