"""Orange / La Poste (France: orange.fr, wanadoo.fr, laposte.net). Their replies carry French and
English text plus an error tag (LPNnnn_nnn, OFRnnn_nnn)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "orange"
HOSTS = (".orange.fr", ".wanadoo.fr", ".laposte.net", ".francetelecom.fr")
DOMAINS = ("orange.fr", "wanadoo.fr", "laposte.net")
MARKERS = ("postmaster.orange.fr", "postmaster.laposte.net")

RULES = (
    Rule(reason=R.SUSPEND, wording="the recipient account is blocked"),
    Rule(reason=R.SUSPEND, wording="le compte du destinataire est bloque"),
    Rule(reason=R.USERUNKNOWN, wording="adresse d au moins un destinataire invalide"),
    Rule(reason=R.MAILBOXFULL, wording="boite du destinataire pleine"),
    Rule(reason=R.SPAMDETECTED, wording="mail rejete"),
    Rule(reason=R.BLOCKED, wording="veuillez essayer plus tard", status="4.7.", sender=True),
)
