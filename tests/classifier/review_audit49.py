"""Audit 49: an ADVERSARIAL audit of audit 48's mends (merged 2026-12-07, git 44dd2ac1), HAND-MADE rows written before
the classifier ran on them (committed first). Relayed replies here (our relay's copy of one remote reply):
(1) sender_words' 'din domän / dit domæne / ditt domene' and the '-konto' compounds opening the reply: our domain said
    in the compounds the mend's nouns miss ('domännamn', 'domenenavn', 'domænenavn', 'e-postdomän'); the recipient's
    domain beside 'din e-post' stays hard;
(2) ndr_sentences: our address said with words the look-behinds miss (Swedish 'i Från-fältet', 'du skickade från',
    Czech 'ze které odesíláte', informal 'Tvou', Turkish 'hesabınızın'); the address the reader wrote ('yazdığınız')
    is the recipient's;
(3) deleted_nordic: our account in words the look-behinds miss (Hungarian 'Az Ön', 'felhasználói fiókja', Turkish
    'gönderen tarafın'); the Norwegian / Danish quotation marks ('«»', '„“') after 'feilet: / fejlede:';
(4) bare_deleted: 'tenant's / customer's user' (ours at a relay service, the possessive the look-behinds miss); a
    hoster's 'customer mailbox deleted' and a 'Recipient address rejected: tenant user deleted' (the recipient's);
(5) retired_address: the new causes ('pending', 'in connection with', 'as a result of') before a DEPARTURE (a cause of
    no spell: 'pending deletion', 'with her departure', 'the employee leaving the company');
(6) absent_things: the whole-word thing stems inside a domain's name joined by a hyphen ('key-partner.example',
    'cert-partner.example'), and the underscored service names the stems no longer find ('selector1._domainkey',
    '_dmarc.': OUR DKIM / DMARC record, not a missing domain).
Rows: (name, source, raw, expected) as review_check reads them; "attack" in a source marks a variant made to probe,
"control" one that must keep its reading. test_review_audit49.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit47 import DNS, SENDER_AT_RCPT
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
HU = ("hostunknown",)
at = relayed_for("a49", MX, LEAD)
at_key = relayed_for("a49", "mx.key-partner.example", "lead@key-partner.example")
at_cert = relayed_for("a49", "mx.cert-partner.example", "lead@cert-partner.example")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"
OURS = f"{SENDER_AT_RCPT}; {LANGS}"
UNDERSCORED = (f"{DNS}; DKIM keys live at '<selector>._domainkey.<domain>' (docs.rs seer-core src/dkim.rs), DMARC at "
               "'_dmarc.<domain>' (github.com/lissy93/web-check issue 67): OUR domain's records, asked at DATA")

# ---- (1) sender_words: Scandinavian 'din / ditt / dit' opening the reply ----------------------------------------------
DIN_ROWS = at("y", f"{OURS}; attack: 'your domain NAME / your e-mail domain' opening the reply (compounds)", [
    ("sv-ditt-domannamn-finns-inte", "553 5.7.1 Ditt domännamn finns inte", "5.7.1", "RCPT", False, (), ANY),
    ("no-ditt-domenenavn-finnes-ikke", "553 5.7.1 Ditt domenenavn finnes ikke", "5.7.1", "RCPT", False, (), ANY),
    ("da-dit-domaenenavn-findes-ikke", "553 5.7.1 Dit domænenavn findes ikke", "5.7.1", "RCPT", False, (), ANY),
    ("sv-din-epostdoman-finns-inte", "553 5.7.1 Din e-postdomän finns inte", "5.7.1", "RCPT", False, (), ANY),
]) + at("y", f"{LANGS}; the controls: the recipient's domain (name) missing, hard", [
    ("c-sv-din-epost-domanen-finns-inte", "550 5.1.2 Din e-post kunde inte levereras: domänen partner.example finns "
     "inte", "5.1.2", "RCPT", True, HU, R),
    ("c-sv-mottagarens-domannamn-finns-inte", "550 5.1.2 Mottagarens domännamn finns inte", "5.1.2", "RCPT", True,
     HU, R),
    ("c-no-ditt-domenenavn-gyldig-mottakeren", "550 5.1.1 Ditt domenenavn er gyldig, men mottakeren finnes ikke",
     "5.1.1", "RCPT", True, UU, R),
])

# ---- (2) ndr_sentences ----------------------------------------------------------------------------------------------
NDR_ROWS = at("n", f"{OURS}; attack: OUR address 'could not be found' in words the look-behinds miss", [
    ("sv-adressen-i-fran-faltet", "553 5.7.1 Adressen i Från-fältet kunde inte hittas", "5.7.1", "RCPT", False, (),
     ANY),
    ("sv-adressen-du-skickade-fran", "553 5.7.1 Adressen du skickade från kunde inte hittas", "5.7.1", "RCPT", False,
     (), ANY),
    ("cs-adresu-ze-ktere-odesilate", "553 5.7.1 Adresu, ze které odesíláte, se nepodařilo najít", "5.7.1", "RCPT",
     False, (), ANY),
    ("cs-tvou-emailovou-adresu", "553 5.7.1 Tvou e-mailovou adresu se nepodařilo najít", "5.7.1", "RCPT", False, (),
     ANY),
    ("tr-hesabinizin-eposta-adresi", "553 5.7.1 Hesabınızın e-posta adresi bulunamadı", "5.7.1", "RCPT", False, (),
     ANY),
]) + at("n", f"{LANGS}; attack (a lost bounce) and controls: the address the reader WROTE / the To field / the "
        "recipient's, hard", [
    ("tr-yazdiginiz-eposta-adresi", "550 5.1.1 Yazdığınız e-posta adresi bulunamadı", "5.1.1", "RCPT", True, UU, R),
    ("c-sv-adressen-i-till-faltet", "550 5.1.1 Adressen i Till-fältet kunde inte hittas", "5.1.1", "RCPT", True, UU,
     R),
    ("c-cs-adresu-prijemce", "550 5.1.1 Adresu příjemce se nepodařilo najít", "5.1.1", "RCPT", True, UU, R),
])

# ---- (3) deleted_nordic ---------------------------------------------------------------------------------------------
NORDIC_ROWS = at("o", f"{OURS}; attack: OUR account deleted in words the look-behinds miss", [
    ("hu-az-on-fiokja-torolve", "553 5.7.1 Az Ön fiókja törölve", "5.7.1", "RCPT", False, (), ANY),
    ("hu-felado-felhasznaloi-fiokja", "553 5.7.1 A feladó felhasználói fiókja törölve", "5.7.1", "RCPT", False, (),
     ANY),
    ("tr-gonderen-tarafin-hesabi", "553 5.7.1 Gönderen tarafın hesabı silinmiş", "5.7.1", "RCPT", False, (), ANY),
]) + at("o", f"{LANGS}; attack: a SUBJECT quoted in Norwegian guillemets after 'feilet' (no reply quoted)", [
    ("no-feilet-emne-guillemets", "550 5.7.1 Levering feilet, emne: «Kontoen er slettet»", "5.7.1", "DATA", False,
     (), ANY),
]) + at("o", f"{LANGS}; attack (lost bounces): the reply quoted whole in the languages' own quotation marks", [
    ("da-fejlede-low-high-quotes", "550 5.0.0 Levering fejlede: „Postkassen er slettet“", "5.0.0", "RCPT", True, UU,
     R),
    ("no-feilet-guillemets", "550 5.0.0 Levering feilet: «Kontoen er slettet»", "5.0.0", "RCPT", True, UU, R),
]) + at("o", f"{LANGS}; the controls: the recipient's account, hard", [
    ("c-hu-cimzett-felhasznaloi-fiokja", "550 5.0.0 A címzett felhasználói fiókja törölve", "5.0.0", "RCPT", True,
     UU, R),
    ("c-tr-alicinin-hesabi-kalici", "550 5.0.0 Alıcının hesabı kalıcı olarak silindi", "5.0.0", "RCPT", True, UU, R),
])

# ---- (4) bare_deleted -----------------------------------------------------------------------------------------------
DELETED_ROWS = at("b", f"{ADMIN}; attack: OUR login at a relay service, the possessive 'tenant's / customer's user'", [
    ("relay-denied-tenants-user-deleted", "550 5.7.1 Relay access denied: tenant's user deleted", "5.7.1", "RCPT",
     False, (), ANY),
    ("relaying-denied-customers-user-deleted", "550 5.7.1 Relaying denied: customer's user deleted", "5.7.1",
     "RCPT", False, (), ANY),
]) + at("b", f"{ADMIN}; attack (lost bounces): a hoster's customer's mailbox deleted; the recipient's tenant user", [
    ("customer-mailbox-deleted", "550 5.1.1 Customer mailbox deleted", "5.1.1", "RCPT", True, UU, R),
    ("recipient-rejected-tenant-user-deleted", "550 5.1.1 <lead@partner.example>: Recipient address rejected: tenant "
     "user deleted", "5.1.1", "RCPT", True, UU, R),
]) + at("b", f"{ADMIN}; the control: the recipient user deleted, hard", [
    ("c-recipient-user-deleted", "550 5.1.1 Recipient user deleted", "5.1.1", "RCPT", True, UU, R),
])

# ---- (5) retired_address ---------------------------------------------------------------------------------------------
RETIRED_ROWS = at("r", f"{ADMIN}; attack (lost bounces): the new causes before a DEPARTURE (no spell: gone)", [
    ("three-months-pending-deletion", "550 5.7.1 This address is no longer in use for 3 months, pending deletion",
     "5.7.1", "RCPT", True, UU, R),
    ("six-months-in-connection-with-departure", "550 5.7.1 This address is no longer in use for six months in "
     "connection with her departure from the company", "5.7.1", "RCPT", True, UU, R),
    ("two-months-as-a-result-of-leaving", "550 5.7.1 This address is no longer in use for two months as a result of "
     "the employee leaving the company", "5.7.1", "RCPT", True, UU, R),
]) + at("r", f"{ADMIN}; the controls: a spell for a cause (soft)", [
    ("c-two-weeks-pending-security-review", "550 5.2.1 This address is no longer in use for two weeks pending a "
     "security review", "5.2.1", "RCPT", False, (), R),
    ("c-three-weeks-in-connection-with-leave", "550 5.2.1 This address is no longer in use for three weeks in "
     "connection with a parental leave", "5.2.1", "RCPT", False, (), R),
    ("c-one-month-as-a-result-of-office-move", "550 5.2.1 This address is no longer in use for one month as a result "
     "of an office move", "5.2.1", "RCPT", False, (), R),
])

# ---- (6) absent_things.thing_of ------------------------------------------------------------------------------------
DOMAIN_ROWS = at("d", f"{UNDERSCORED}; attack: OUR DKIM key's / DMARC record's underscored name (no stem found)", [
    ("de-dns-eintrag-domainkey", "550 5.7.1 DNS-Eintrag der Domain selector1._domainkey.example.com nicht gefunden",
     "5.7.1", "DATA", False, (), ANY),
    ("fr-enregistrement-dns-dmarc", "550 5.7.1 Enregistrement DNS du domaine _dmarc.example.com introuvable", "5.7.1",
     "DATA", False, (), ANY),
]) + at_key("d", f"{DNS}; attack (a lost bounce): 'key' a hyphened word of the recipient domain's name", [
    ("de-dns-eintrag-key-hyphen-domain", "550 5.0.0 DNS-Eintrag der Domain key-partner.example nicht gefunden",
     "5.0.0", "RCPT", True, HU, R),
]) + at_cert("d", f"{DNS}; attack (a lost bounce): 'cert' a hyphened word of the recipient domain's name", [
    ("fr-enregistrement-mx-cert-hyphen", "550 5.0.0 Enregistrement MX du domaine cert-partner.example introuvable",
     "5.0.0", "RCPT", True, HU, R),
]) + at("d", f"{DNS}; the controls: a DKIM record named (a thing), the recipient domain's MX record (the domain)", [
    ("c-de-dkim-eintrag-der-domain", "550 5.7.1 DKIM-Eintrag der Domain example.com nicht gefunden", "5.7.1", "DATA",
     False, (), ANY),
    ("c-fr-enregistrement-mx-du-domaine", "550 5.0.0 Enregistrement MX du domaine partner.example introuvable",
     "5.0.0", "RCPT", True, HU, R),
])

ROWS = DIN_ROWS + NDR_ROWS + NORDIC_ROWS + DELETED_ROWS + RETIRED_ROWS + DOMAIN_ROWS
