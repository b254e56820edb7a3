"""The row helpers of the later audits of success sentences, summary lines and reply rests (reviews 178, 180, 183:
written again in each before): the attack labels a row's source ends with, the row maker each review binds to its own
number, and the mixed report's layout (a success sentence over the delivered lead, the failure sentence over kim)."""

from __future__ import annotations

from collections.abc import Callable

from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices85 import notice
from tests.classifier.review_notices163 import LEAD, SRC, SUCCESS, TWO, WHY
from tests.classifier.review_notices167 import FAILED
from tests.classifier.review_shorthands import R

MOVED = ("hasmoved",)
FS = " (FALSE SOFT attack: kim failed; must stay failed)"
FH = " (FALSE HARD attack: lead was delivered, only kim failed)"
NB = " (FALSE HARD attack: a success-only report, no bounce)"
CTL = " (control)"
REPLY = "\n\nThe remote server said: 550 5.1.1 User unknown"
# kim's delivery failed, no reason given: any failure's reason (review_check: not delivered, a vacation reply or
# feedback), soft
SOME = [(KIM, False, (), R, False)]
# The success reports of the summary-line audits (reviews 180 and 183): their Subjects and success sentences by language.
SUBJECTS = {"en": SUCCESS, "de": "Zustellbenachrichtigung (erfolgreich)", "fr": "Notification d'état de remise (réussite)",
            "es": "Notificación de estado de entrega (correcta)", "it": "Notifica dello stato di recapito (riuscito)",
            "nl": "Bezorgingsstatusmelding (geslaagd)"}
OK = {"en": "Your message was delivered to all recipients:", "de": "Ihre Nachricht wurde allen Empfängern zugestellt:",
      "fr": "Le message a été livré à tous les destinataires :",
      "es": "El mensaje se entregó correctamente a todos los destinatarios:",
      "it": "Il messaggio è stato consegnato correttamente a tutti i destinatari:",
      "nl": "Uw bericht is met succes afgeleverd bij alle ontvangers:"}


def row_maker(review: int) -> Callable[..., tuple]:
    """`_r(name, why, body, to=TWO, expected=None, source=SRC, **kw)`: one row of review `review`, kim failed hard unless
    `expected` says otherwise."""

    def _r(name: str, why: str, body: str, to: str = TWO, expected=None, source: str = SRC, **kw) -> tuple:
        return (f"r{review}-{name}", f"hand-made (review {review}) after " + source.removeprefix("hand-made after ")
                + why, notice(f"r{review}-{name}", body + "\n", to=to, **kw), hard(KIM) if expected is None else expected)

    return _r


def tag(key: str) -> str:
    """A table key's control label: keys starting "c-" name controls."""
    return CTL if key.startswith("c-") else ""


def mixed(lang: str, ok: str) -> str:
    """A success sentence over the delivered lead, then the failure sentence over kim."""
    return f"{ok}\n{LEAD}\n\n{FAILED[lang]}{KIM}{WHY}"
