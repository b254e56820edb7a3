"""`classifier.unasserted`: a departure said in a condition or denied is not asserted; one said after a reflexive
"se" (Spanish, Portuguese) or German "als" is (the audit 36 review: these read hard before audit 36 and must again), and
so is one after Italian impersonal "si" or Spanish "se le / se la" before a verb (audit 37)."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import relayed

ASSERTED = (
    "550 Se ha jubilado y ya no trabaja en la empresa",
    "550 Se desligou da empresa e já não trabalha aqui",
    "550 Als ehemalige Mitarbeiterin ist sie aus dem Unternehmen ausgeschieden",
    "550 Der Empfänger ist aus dem Unternehmen ausgeschieden",
    "550 The recipient no longer works here",
    # Audit 37: Italian impersonal and reflexive "si", Spanish "se le / se la" before a verb: statements.
    "550 Si comunica che il destinatario non lavora più presso di noi",
    "550 Si è dimesso e non lavora più presso di noi",
    "550 Se le informa que el destinatario ya no trabaja en la empresa",
    "550 Se la ha dado de baja y ya no trabaja en la empresa",
)
CONDITIONAL = (
    "550 If the recipient no longer works here, the admin will tell you",
    "550 5.7.1 Rejeté par le filtre. S'il ne travaille plus ici, vous recevrez un avis",
    "550 Se o destinatário não trabalha mais aqui, contate o administrador",
    "550 Se il destinatario non lavora più qui, contattare l'amministratore",
    "550 Als de ontvanger niet meer bij het bedrijf werkt, neem contact op met de beheerder",
    "550 Si el destinatario ya no trabaja en la empresa, contacte al administrador",
    "550 5.7.1 Rifiutato dal filtro. Se non lavora più presso di noi, riceverà un avviso",
    "550 5.7.1 Rejeitado pelo filtro. Se já não trabalha na empresa, você receberá um aviso",
    "550 Si ya no trabaja en la empresa, contacte al administrador",
    "550 Si vous ne faites plus partie de la société, ignorez ce message",
    "550 Se la signora non lavora più qui, contattare l'amministratore",
)


def _reading(diagnostic: str):
    (delivery,) = classify(relayed(diagnostic, status="5.0.0")).deliveries  # our Postfix relay's report (HAND-MADE)
    return delivery


@pytest.mark.parametrize("diagnostic", ASSERTED)
def test_an_asserted_departure_reads_hard(diagnostic: str) -> None:
    d = _reading(diagnostic)
    assert (d.reason.value, d.hard_bounce) == ("hasmoved", True)


@pytest.mark.parametrize("diagnostic", CONDITIONAL)
def test_a_departure_in_a_condition_is_not_hard(diagnostic: str) -> None:
    assert not _reading(diagnostic).hard_bounce
