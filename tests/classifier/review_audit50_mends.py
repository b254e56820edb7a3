"""Audit 50's mend controls, HAND-MADE, written before the mends ran on them (committed first): the same words where
each mend must NOT change the reading. retired_address: the box removed (not the office); ndr_sentences: the
recipient's address 'kterou jste zadali', the user's 'kullanıcının'; deleted_nordic: a reply quoted whole in '‚…‘'
(the '‘' now closing a quotation), the sender's 'e-mail fiókja'; bare_deleted: a possessive elsewhere in the
sentence; nested.passed_on: a middle name in the forwarder's From, our seller's initial in the notice's To. Rows as
review_audit50.py's and review_audit50_notices.py's."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit47 import SENDER_AT_RCPT
from tests.classifier.review_audit47_notices import OUTLOOK, _fwd, _outlook_fwd
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import SELLER
from tests.classifier.review_notices25 import relayed_for

R, ANY = "recipient", None
UU = ("userunknown",)
at = relayed_for("a50", MX, LEAD)
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"
CFO = "cfo@partner.example"

WORD_ROWS = at("k", f"{ADMIN}; control of retired_address: the mailbox removed (gone, hard)", [
    ("c-three-months-removal-of-the-mailbox", "550 5.7.1 This address is no longer in use for three months pending "
     "the removal of the mailbox from the server", "5.7.1", "RCPT", True, UU, R),
]) + at("k", f"{LANGS}; controls of ndr_sentences: the address the reader entered, the user's (hard)", [
    ("c-cs-adresu-kterou-jste-zadali", "550 5.1.1 Adresu, kterou jste zadali, se nepodařilo najít", "5.1.1", "RCPT",
     True, UU, R),
    ("c-tr-kullanicinin-eposta-adresi", "550 5.1.1 Kullanıcının e-posta adresi bulunamadı", "5.1.1", "RCPT", True,
     UU, R),
]) + at("k", f"{LANGS}; control of deleted_nordic: a reply quoted whole in '‚…‘' (hard)", [
    ("c-da-svarede-german-single-quotes", "550 5.0.0 Serveren svarede: ‚Brugeren er slettet‘", "5.0.0", "RCPT", True,
     UU, R),
]) + at("k", f"{SENDER_AT_RCPT}; {LANGS}; control of deleted_nordic: 'a feladó e-mail fiókja' (ours)", [
    ("c-hu-felado-email-fiokja", "553 5.7.1 A feladó e-mail fiókja törölve", "5.7.1", "RCPT", False, (), ANY),
]) + at("k", f"{ADMIN}; controls of bare_deleted: a possessive elsewhere, not before 'user' (hard)", [
    ("c-user-deleted-see-customers-portal", "550 5.1.1 User deleted, see the customer's portal", "5.1.1", "RCPT",
     True, UU, R),
])

NOTICE_ROWS = [
    ("a50-k-fwd-middle-name-own-other-domain-cc", f"{OUTLOOK}; control of nested._named_in: the prospect's From 'Lena "
     "Maria Lead', the notice's To 'Lena Lead', her other address Cc'd under that name",
     _fwd("a50-k1", f"Lena Maria Lead <{LEAD}>", f"Sam Seller <{SELLER}>", "Sam, our CFO's address bounced:\n\n"
          + _outlook_fwd("Lena Lead", CFO), cc="Lena Lead <lena@lead-advisory.example>"), NB),
    ("a50-k-fwd-returned-seller-initial", f"{OUTLOOK}; control of nested._named_in: the lead's colleague returns OUR "
     "bounce, its To 'Sam J. Seller', our To 'Sam Seller'",
     _fwd("a50-k2", "Kim Colleague <kim@partner.example>", f"Sam Seller <{SELLER}>", "Hello, this notice reached me, "
          "it is yours:\n\n" + _outlook_fwd("Sam J. Seller", LEAD)), [(LEAD, True, UU, R, False)]),
]

ROWS = WORD_ROWS + NOTICE_ROWS
