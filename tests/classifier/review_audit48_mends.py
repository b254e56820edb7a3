"""Audit 48's mend controls, HAND-MADE, written before the mends ran on them (committed first): the same words where
each mend must NOT change the reading. sender_words' 'din domän' beside a missing recipient, the recipient's domain;
ndr_sentences' 'Till-adressen' (To: the recipient) and Czech 'Zadanou' (the entered address); deleted_nordic's
recipient's account in Hungarian, a subject quoted after 'fejlede'; bare_deleted's 'tenant' beside the recipient's
mailbox; retired_address's years 'as a result of' (gone) and a secondment said 'during'; absent_things' DKIM record
and a key in the domain's name; nested.passed_on: a colleague (no postmaster) returning our bounce with the To by name,
the prospect Cc'ing herself. Rows as review_audit48.py's."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit47 import DNS
from tests.classifier.review_audit47_notices import OUTLOOK, _fwd, _outlook_fwd
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import SELLER
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
HU = ("hostunknown",)
at = relayed_for("a48", MX, LEAD)
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"

WORD_ROWS = at("k", f"{LANGS}; controls of 'din domän': the recipient missing beside it; the recipient's domain", [
    ("c-sv-din-doman-giltig-mottagaren-finns-inte", "550 5.1.1 Din domän är giltig, men mottagaren finns inte",
     "5.1.1", "RCPT", True, UU, R),
    ("c-sv-mottagarens-doman-finns-inte", "550 5.1.2 Mottagarens domän finns inte", "5.1.2", "RCPT", True, HU, R),
]) + at("k", f"{LANGS}; controls of ndr_sentences: the To address (Swedish Outlook's 'Till'), the entered address", [
    ("c-sv-till-adressen-kunde-inte-hittas", "550 5.1.1 Till-adressen kunde inte hittas", "5.1.1", "RCPT", True, UU,
     R),
    ("c-cs-zadanou-adresu-nepodarilo", "550 5.1.1 Zadanou e-mailovou adresu se nepodařilo najít", "5.1.1", "RCPT",
     True, UU, R),
]) + at("k", f"{LANGS}; controls of deleted_nordic: the recipient's account, a subject quoted after 'fejlede'", [
    ("c-hu-a-cimzett-fiokja-torolve", "550 5.0.0 A címzett fiókja törölve", "5.0.0", "RCPT", True, UU, R),
    ("c-da-fejlede-emne-quoted", "550 5.7.1 Levering fejlede, emne: \"Postkassen er slettet\"", "5.7.1", "DATA",
     False, (), ANY),
]) + at("k", f"{ADMIN}; controls of retired_address: years as a result of a merger (gone), a secondment during", [
    ("c-two-years-as-a-result-of-merger", "550 5.7.1 This address is no longer in use for two years as a result of "
     "the merger", "5.7.1", "RCPT", True, UU, R),
    ("c-one-year-during-secondment", "550 5.2.1 This address is no longer in use for one year during a secondment",
     "5.2.1", "RCPT", False, (), R),
]) + at("k", f"{DNS}; controls of absent_things: OUR domain's DKIM key named beside the record", [
    ("c-de-dkim-schluessel-der-domain", "550 5.7.1 DNS-Eintrag für den DKIM-Schlüssel der Domain example.com nicht "
     "gefunden", "5.7.1", "DATA", False, (), ANY),
])

_SAM = f"Sam Seller <{SELLER}>"
NOTICE_ROWS = [
    ("a48-k-fwd-colleague-returns-our-bounce-to-by-name", f"{OUTLOOK}; the mend's own row (added after the first "
     "run: a48-w-fwd-it-returns-our-bounce-to-by-name's postmaster forward is read as no forward at all, another "
     "cause): the lead's colleague returns OUR bounce, its To our seller by display name alone",
     _fwd("a48-c1", "Kim <kim@partner.example>", _SAM, "Hello, this notice reached me, it is yours:\n\n"
          + _outlook_fwd("Sam Seller", LEAD)), [(LEAD, True, UU, R, False)]),
    ("a48-k-fwd-ctl-prospect-ccs-herself", f"{OUTLOOK}; the control: the prospect forwards her own NDR about her CFO "
     "to us and Cc's herself (her display name in the notice's To names her own address)",
     _fwd("a48-c2", f"Lena Lead <{LEAD}>", _SAM, "Sam, our CFO's address bounced when I forwarded your offer.\n\n"
          + _outlook_fwd("Lena Lead", "cfo@partner.example"), cc=f"Lena Lead <{LEAD}>"), NB),

    # The mend's own attack (written after its first run, before this one): role mailboxes of the same display name
    # on both sides ("Info"): the notice's To names the prospect's own "Info", which the outer To gives OUR address.
    ("a48-k-fwd-role-mailbox-same-name", f"{OUTLOOK}; attack on the mend: the prospect's shared 'Info' mailbox "
     "forwards its own NDR about her CFO to OUR 'Info' (the same display name both sides)",
     _fwd("a48-c3", "Info <info@partner.example>", "Info <info@example.com>", "Hello, your offer did not reach our "
          "CFO:\n\n" + _outlook_fwd("Info", "cfo@partner.example")), NB),
]

ROWS = WORD_ROWS + NOTICE_ROWS
