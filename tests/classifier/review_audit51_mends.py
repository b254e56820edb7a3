"""Audit 51's mend controls, HAND-MADE, written before the mends ran on them (committed first): the same words where
each mend must NOT change the reading. retired_address: the box's own compound ('the mailbox closure'), another
modifier ('sudden'), 'permanent' before malware's removal (a spell still), the systems' merger with accounts after it
(a spell); ndr_sentences: 'vašeho účtu' later in the sentence, the address the RECIPIENT uses, the recipient's
'alıcıya ait', the Polish address written TO ('na który Państwo wysłali'), 'twoja wiadomość' before the recipient's
address; deleted_nordic: a reply quoted whole with its stop inside the quote, a subject after an error label, the
recipient's 'levelezési fiókja'; absent_things: a certificate or a forward of a domain whose name is masked, a domain
named 'bimi-'; nested: OUR bounce returned with our seller Cc'd and the To inside, the prospect's own name with an
initial, a company domain that starts like a public one. Rows as review_audit51.py's and review_audit51_notices.py's."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit47 import DNS
from tests.classifier.review_audit47_notices import OUTLOOK, _fwd, _outlook_fwd
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import SELLER
from tests.classifier.review_notices25 import relayed_for

R, ANY = "recipient", None
UU = ("userunknown",)
HU = ("hostunknown",)
at = relayed_for("a51", MX, LEAD)
at_transport = relayed_for("a51", "mx.transport-schmidt.example", "lead@transport-schmidt.example")
at_bimi = relayed_for("a51", "mx.bimi-partner.example", "lead@bimi-partner.example")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"
CFO = "cfo@partner.example"

WORD_ROWS = at("k", f"{ADMIN}; controls of retired_address: the box's own closure (gone, hard)", [
    ("c-six-months-due-to-the-mailbox-closure", "550 5.7.1 This address is no longer in use for six months due to the "
     "mailbox closure", "5.7.1", "RCPT", True, UU, R),
    ("c-two-months-sudden-closure-of-the-account", "550 5.7.1 This address is no longer in use for two months due to "
     "the sudden closure of the account", "5.7.1", "RCPT", True, UU, R),
]) + at("k", f"{ADMIN}; controls of retired_address: still a spell (soft)", [
    ("c-three-days-permanent-removal-of-malware", "550 5.2.1 This address is no longer in use for three days pending "
     "the permanent removal of malware from the server", "5.2.1", "RCPT", False, (), R),
    ("c-ten-days-merger-of-mail-systems-and-user-accounts", "550 5.2.1 This address is no longer in use for 10 days "
     "pending the merger of our mail systems and user accounts", "5.2.1", "RCPT", False, (), R),
]) + at("k", f"{LANGS}; controls of ndr_sentences: the recipient's address (hard)", [
    ("c-cs-adresu-na-kterou-jste-psali-z-vaseho-uctu", "550 5.1.1 Adresu, na kterou jste psali z vašeho účtu, se "
     "nepodařilo najít", "5.1.1", "RCPT", True, UU, R),
    ("c-cs-adresu-kterou-pouziva-prijemce", "550 5.1.1 Adresu, kterou používá příjemce, se nepodařilo najít", "5.1.1",
     "RCPT", True, UU, R),
    ("c-tr-aliciya-ait-eposta-adresi", "550 5.1.1 Alıcıya ait e-posta adresi bulunamadı", "5.1.1", "RCPT", True, UU,
     R),
    ("c-pl-adres-na-ktory-panstwo-wyslali", "550 5.1.1 Adres, na który Państwo wysłali wiadomość, nie został "
     "znaleziony", "5.1.1", "RCPT", True, UU, R),
    ("c-pl-twoja-wiadomosc-adres-odbiorcy", "550 5.1.1 Twoja wiadomość nie została dostarczona: adres odbiorcy nie "
     "został znaleziony", "5.1.1", "RCPT", True, UU, R),
]) + at("k", f"{LANGS}; controls of deleted_nordic: a reply quoted whole with its stop (hard); a subject after an "
        "error label (soft); the recipient's 'levelezési fiókja' (hard)", [
    ("c-da-svarede-guillemets-stop-inside", "550 5.0.0 Serveren svarede: »Brugeren er slettet.«", "5.0.0", "RCPT",
     True, UU, R),
    ("c-da-fejl-emne-guillemets", "550 5.7.1 Fejl: emnet »Kontoen er slettet« er blokeret", "5.7.1", "DATA", False,
     (), ANY),
    ("c-hu-cimzett-levelezesi-fiokja", "550 5.0.0 A címzett levelezési fiókja törölve", "5.0.0", "RCPT", True, UU, R),
]) + at_transport("k", f"{DNS}; controls of absent_things: a thing of a domain named 'transport-' (soft)", [
    ("c-de-weiterleitung-der-domain-transport", "550 5.7.1 Die Weiterleitung der Domain transport-schmidt.example "
     "existiert nicht", "5.7.1", "RCPT", False, (), ANY),
]) + at("k", f"{DNS}; controls of absent_things: the domain's certificate (soft)", [
    ("c-de-zertifikat-der-domain-partner", "550 5.7.1 Das Zertifikat der Domain partner.example existiert nicht",
     "5.7.1", "RCPT", False, (), ANY),
]) + at_bimi("k", f"{DNS}; control of absent_things: a domain named 'bimi-', its DNS record missing (hard)", [
    ("c-de-dns-eintrag-domain-bimi-partner", "550 5.0.0 DNS-Eintrag der Domain bimi-partner.example nicht gefunden",
     "5.0.0", "RCPT", True, HU, R),
])

NOTICE_ROWS = [
    ("a51-k-fwd-returned-seller-cc-to-inside", f"{OUTLOOK}; control of nested.passed_on: the lead's colleague sends "
     "OUR bounce on to her colleague, our seller Cc'd (the To inside her organisation)",
     _fwd("a51-k1", "Kim Colleague <kim@partner.example>", "Max Colleague <max@partner.example>", "Max, this one is "
          "for Sam's team, Cc'd:\n\n" + _outlook_fwd("Sam Seller", LEAD), cc=f"Sam Seller <{SELLER}>"),
     [(LEAD, True, UU, R, False)]),
    ("a51-k-fwd-initial-own-name-cc", f"{OUTLOOK}; control of nested._named_in: the prospect's From 'Lena Lead', the "
     "notice's To and her private Cc 'L. Lead'",
     _fwd("a51-k2", f"Lena Lead <{LEAD}>", f"Sam Seller <{SELLER}>", "Sam, our CFO's address bounced:\n\n"
          + _outlook_fwd("L. Lead", CFO), cc="L. Lead <lena@lead-advisory.example>"), NB),
    ("a51-k-fwd-company-domain-like-public", f"{OUTLOOK}; control of nested._public: a company's own domain "
     "'sapo-consulting.example', the prospect passing on her own NDR about her CFO",
     _fwd("a51-k3", "Lena Lead <lena@sapo-consulting.example>", f"Sam Seller <{SELLER}>", "Sam, our CFO's address "
          "bounced:\n\n" + _outlook_fwd("Lena Lead", "cfo@sapo-consulting.example")), NB),
]

ROWS = WORD_ROWS + NOTICE_ROWS
