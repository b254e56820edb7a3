"""Review audit59's mend rows (retired_address.NOT_SENT_FROM_ELSEWHERE: a retirement said of OUR sending mailbox):
the words that an address or mailbox is no longer in use, followed by the sentence that asks the sender to send FROM
another address ("Please send offers from sales@example.net.", "Bitte schreiben Sie künftig von vertrieb@... aus."),
are our own side's rule about the mailbox we sent from: an outbound mail flow rule of our tenant or Workspace, never
a judgement of the prospect's address (au59-b2-exo-own-rule-retired-shared-mailbox, a false hard). The mend rows fail
without the mend; the controls (a redirect of the recipient's mail TO another address, 'from now on', German 'von
nun an') read the same, hard, before and after. Expectations written before the mend was made."""

from __future__ import annotations

from tests.classifier.review_audit59_second import EXO_RULE
from tests.classifier.review_holdout50 import g_remote, soft
from tests.classifier.review_holdout50_layouts import EXO_SRC, GMAIL_SRC, exo
from tests.classifier.review_multi57_layouts import ANY

GWS_RULE = ("Google Workspace Admin help 'Set up rules to route email' / compliance 'Reject message' with a custom "
            "rejection notice (550 5.7.1 <text>), the rule in OUR organization on outbound mail")


def _own_rule(rid: str, a: str, diag: str, lang: str = "en") -> bytes:
    """Our tenant's outbound rule's NDR (no Remote-MTA)."""
    return exo(rid, a, why="Your message couldn't be delivered because of a mail flow rule.", fix="How to Fix It\n"
               "Contact your email admin for assistance.", diag=diag, status="5.7.1", lang=lang)


WOLF = "k.wolf@nordlicht-bau.de"


def hard_gone(a: str) -> list[tuple]:
    """The address retired or its owner gone: hard (userunknown for a retired address, hasmoved for a leaver)."""
    return [(a, True, ("userunknown", "hasmoved"), "recipient", False)]
ROWS = [
    ("au59-mend-exo-own-rule-en-send-from", f"{EXO_SRC}; {EXO_RULE} (English: 'This address is no longer in use. "
     "Please send offers from ...')",
     _own_rule("m1", "j.berg@fjord-pumps.no", "550 5.7.1 This address is no longer in use. Please send offers from "
               "sales@example.net."), soft("j.berg@fjord-pumps.no", (), ANY)),
    ("au59-mend-gws-own-rule-send-from", f"{GMAIL_SRC}; {GWS_RULE}",
     g_remote("m2", "a.lind@fjord-pumps.no", "550 5.7.1 This address is no longer in use. Please send all offers "
              "from sales@example.com instead.", "5.7.1", None, heading="Message not delivered",
              lead="Your message to {a} was rejected by a rule set up by your organization's administrator."),
     soft("a.lind@fjord-pumps.no", (), ANY)),
    ("au59-mend-exo-own-rule-de-von", f"{EXO_SRC}; {EXO_RULE} (German 'Diese Adresse wird nicht mehr verwendet. "
     "Bitte schreiben Sie von ... aus')",
     _own_rule("m3", WOLF, "550 5.7.1 Diese Adresse wird nicht mehr verwendet. Bitte schreiben Sie künftig von "
               "vertrieb@example.net aus.", lang="de"), soft(WOLF, (), ANY)),
    ("au59-ctl-en-send-to-recipient-redirect", f"{EXO_SRC}; a recipient's rule (control: the recipient's mail "
     "redirected TO another address: the address is gone)",
     exo("c1", "j.berg@fjord-pumps.no", why="Your message wasn't delivered because the recipient's email provider "
         "rejected it.", fix="", diag="550 5.7.1 This address is no longer in use. Please send your offers to "
         "purchasing@fjord-pumps.no.", status="5.7.1", remote="mx.fjord-pumps.no"), hard_gone("j.berg@fjord-pumps.no")),
    ("au59-ctl-de-senden-an", f"{EXO_SRC}; a recipient's rule in German (control: 'Bitte senden Sie Angebote an ...')",
     exo("c2", WOLF, why="Ihre Nachricht wurde vom E-Mail-Anbieter des Empfängers abgelehnt.", fix="",
         diag="550 5.7.1 Dieses Postfach wird nicht mehr verwendet. Bitte senden Sie Angebote an "
         "einkauf@nordlicht-bau.de.", status="5.7.1", lang="de", remote="mx.nordlicht-bau.de"), hard_gone(WOLF)),
    ("au59-ctl-en-from-now-on", f"{EXO_SRC}; a recipient's rule (control: 'from now on', no sending address)",
     exo("c3", "e.holm@fjord-pumps.no", why="Your message wasn't delivered because the recipient's email provider "
         "rejected it.", fix="", diag="550 5.7.1 This address is no longer in use. Please send all mail from now on "
         "to info@fjord-pumps.no.", status="5.7.1", remote="mx.fjord-pumps.no"), hard_gone("e.holm@fjord-pumps.no")),
    ("au59-ctl-de-von-nun-an", f"{EXO_SRC}; a recipient's rule in German (control: 'von nun an an ...')",
     exo("c4", "b.lang@nordlicht-bau.de", why="Ihre Nachricht wurde vom E-Mail-Anbieter des Empfängers abgelehnt.",
         fix="", diag="550 5.7.1 Diese Adresse wird nicht mehr verwendet. Bitte senden Sie Ihre Rechnungen von nun an "
         "an buchhaltung@nordlicht-bau.de.", status="5.7.1", lang="de", remote="mx.nordlicht-bau.de"),
     hard_gone("b.lang@nordlicht-bau.de")),
]
