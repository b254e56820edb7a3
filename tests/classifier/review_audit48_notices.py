"""Audit 48's whole notices (audit 47's mend of nested.passed_on), HAND-MADE, written before the classifier ran on
them. Attacks: the prospect's Outlook forward of her own failure in French / Dutch Outlook (the forwarded block's To
labelled 'À' / 'Aan', by display name alone: a false hard of her CFO if the To line goes unread); the prospect's IT
passing OUR bounce back where the notice's To shows our seller by display name alone (audit 47 counts such a To as the
forwarder's organisation: a lost bounce); our seller on a free-mail domain the ~35-name list lacks (yahoo.co.uk)
forwarding our bounce of a lead on the same domain (a lost bounce). Controls: the French forward with the To's address;
our seller on gmail.com (listed). Rows as review_audit47_notices.py's."""

from __future__ import annotations

from tests.classifier.review_audit47_notices import GMAIL_FWD, OUTLOOK, _fwd, _gmail_dsn, _outlook_fwd
from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import SELLER

R = "recipient"
UU = ("userunknown",)
LEAD = "lead@partner.example"
CFO = "cfo@partner.example"
_LENA = f"Lena Lead <{LEAD}>"
_SAM = f"Sam Seller <{SELLER}>"
_FR = ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet")
_NL = ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp")
OUTLOOK_FR = (f"{OUTLOOK}; French Outlook's forward labels 'De / Envoyé / À / Objet' (a forward detector's docstring "
              "in the code corpus quotes 'De: / Envoyé: / À: / Objet:' from Outlook fr-FR)")
OUTLOOK_NL = f"{OUTLOOK}; Dutch Outlook's forward labels 'Van / Verzonden / Aan / Onderwerp' (HAND-MADE)"


def _hard(address: str) -> list[tuple]:
    return [(address, True, UU, R, False)]


def _fwd48(name: str, who: str, to: str, text: str, **kw) -> bytes:
    return _fwd(f"a48-{name}", who, to, text, **kw)


ROWS = [
    # attacks (false hards): the prospect's own failure about her CFO, the To labelled in her language, names alone
    ("a48-w-fwd-outlook-fr-a-display-name", f"{OUTLOOK_FR}; attack: the forwarded block's To ('À') is her display "
     "name alone: her own NDR about her CFO, passed on to us",
     _fwd48("p1", _LENA, _SAM, "Bonjour Sam, j'ai transféré votre message à notre DAF et il est revenu :\n\n"
            + _outlook_fwd("Lena Lead", CFO, labels=_FR)), NB),
    ("a48-w-fwd-outlook-nl-aan-display-name", f"{OUTLOOK_NL}; attack: the To ('Aan') as a directory name, no address",
     _fwd48("p2", _LENA, _SAM, "Hoi Sam, je bericht aan onze CFO kwam terug:\n\n"
            + _outlook_fwd("Lead, Lena", CFO, labels=_NL)), NB),
    # attack (a lost bounce): the prospect's IT returns OUR bounce; the notice's To shows our seller by name alone
    ("a48-w-fwd-it-returns-our-bounce-to-by-name", f"{OUTLOOK}; attack: the prospect's postmaster forwards OUR bounce "
     "(its To our seller, shown by display name alone) back to our seller: a real bounce of the lead",
     _fwd48("p3", "Partner IT <postmaster@partner.example>", _SAM, "Hello, this notice reached our postmaster, it is "
            "yours:\n\n" + _outlook_fwd("Sam Seller", LEAD)), _hard(LEAD)),
    # attack (a lost bounce): a free-mail domain the list lacks
    ("a48-w-fwd-freemail-yahoo-co-uk-to-intake", f"{GMAIL_FWD}; attack: our seller on yahoo.co.uk (not in the list) "
     "forwards OUR bounce of a lead on yahoo.co.uk to our bounce intake",
     _fwd48("p4", "Sam Seller <sam.seller.shop@yahoo.co.uk>", "bounces@crm-sync.example", "Forwarding a bounce from "
            "my campaign.\n\n" + _gmail_dsn("lena.lead.home@yahoo.co.uk", "sam.seller.shop@yahoo.co.uk"),
            subject="Fwd: Delivery Status Notification (Failure)"), _hard("lena.lead.home@yahoo.co.uk")),
    ("a48-w-fwd-freemail-hotmail-fr-to-work", f"{OUTLOOK}; attack: our seller's hotmail.fr address (not in the list) "
     "forwards our bounce of a lead on hotmail.fr to his work address",
     _fwd48("p5", "Sam Seller <sam.seller@hotmail.fr>", _SAM, "Bounce from my personal account, please update the "
            "CRM.\n\n" + _outlook_fwd("sam.seller@hotmail.fr", "lena.lead@hotmail.fr")), _hard("lena.lead@hotmail.fr")),
    # controls
    ("a48-w-fwd-ctl-outlook-fr-a-with-address", f"{OUTLOOK_FR}; the control: her own NDR about her CFO, the To with "
     "its address", _fwd48("c1", _LENA, _SAM, "Bonjour Sam, votre message à notre DAF est revenu :\n\n"
                           + _outlook_fwd(_LENA, CFO, labels=_FR)), NB),
    ("a48-w-fwd-ctl-freemail-gmail-to-intake", f"{GMAIL_FWD}; the control: our seller on gmail.com (listed) forwards "
     "our bounce of a gmail.com lead to our intake",
     _fwd48("c2", "Sam Seller <sam.seller.shop@gmail.com>", "bounces@crm-sync.example", "Another bounce.\n\n"
            + _gmail_dsn("kim.lead.home@gmail.com", "sam.seller.shop@gmail.com"),
            subject="Fwd: Delivery Status Notification (Failure)"), _hard("kim.lead.home@gmail.com")),
]
