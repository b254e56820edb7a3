"""Audit 50: an ADVERSARIAL audit of audit 49's mends (merged 2026-12-07, git 5f8ae8e9), HAND-MADE rows written before
the classifier ran on them (committed first). Relayed replies here (our relay's copy of one remote reply):
(1) sender_words' 'ditt domännamn / din e-postdomän': the Norwegian / Danish e-mail compounds of the domain the mend
    misses ('ditt e-postdomene', 'dit e-maildomæne'); the recipient's beside them stays hard;
(2) ndr_sentences: our address in words the look-behinds miss (Czech 'Tvoji' (tvou's other accusative), 'kterou
    používáte k odesílání'; Turkish 'kullandığınız'); the new Turkish look-behind's lost bounce ('alıcınızın', YOUR
    RECIPIENT's address ends '-ınızın' too);
(3) deleted_nordic: 'Az Ön e-mail fiókja' (your e-mail account); the Finnish / Swedish quotation mark '”' opening a
    quoted reply after 'epäonnistui:' / 'vastasi:' (lost bounces), a subject in '”' or German-style '‚‘' (no reply);
(4) bare_deleted: possessives beyond the three nouns ('sending domain's', the plural 'tenants'', 'reseller's');
(5) retired_address: the 'gone' causes said of something else than the box or its owner ('the closure of our office',
    'the merger of our mail systems', 'the removal of malware': a spell, soft); the box's closure stays hard;
(6) absent_things: an underscored SPF label ('_spf.'); a longer stem word hyphened inside the domain ('certified-').
Rows: (name, source, raw, expected) as review_check reads them; "attack" in a source marks a variant made to probe,
"control" one that must keep its reading. test_review_audit50.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit47 import DNS, SENDER_AT_RCPT
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
HU = ("hostunknown",)
at = relayed_for("a50", MX, LEAD)
at_cert = relayed_for("a50", "mx.certified-partner.example", "lead@certified-partner.example")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"
OURS = f"{SENDER_AT_RCPT}; {LANGS}"
QUOTES = (f"{LANGS}; Finnish and Swedish quote with '”' on both sides, German-style '‚…‘' closes with '‘' "
          "(Wikipedia 'Quotation mark', the languages' tables)")
SPF = (f"{DNS}; SPF's macro / include labels '_spf.<domain>' are OUR domain's records (RFC 7208 §7; RFC 8552's "
       "underscored names)")

# ---- (1) sender_words -----------------------------------------------------------------------------------------------
DIN_ROWS = at("y", f"{OURS}; attack: 'your e-mail domain' compounds in Norwegian / Danish opening the reply", [
    ("no-ditt-epostdomene-finnes-ikke", "553 5.7.1 Ditt e-postdomene finnes ikke", "5.7.1", "RCPT", False, (), ANY),
    ("da-dit-emaildomaene-findes-ikke", "553 5.7.1 Dit e-maildomæne findes ikke", "5.7.1", "RCPT", False, (), ANY),
]) + at("y", f"{LANGS}; the controls: the recipient's e-mail domain missing; the recipient beside ours", [
    ("c-no-mottakerens-epostdomene", "550 5.1.2 Mottakerens e-postdomene finnes ikke", "5.1.2", "RCPT", True, HU, R),
    ("c-da-dit-emaildomaene-gyldigt-modtageren", "550 5.1.1 Dit e-maildomæne er gyldigt, men modtageren findes ikke",
     "5.1.1", "RCPT", True, UU, R),
])

# ---- (2) ndr_sentences ----------------------------------------------------------------------------------------------
NDR_ROWS = at("n", f"{OURS}; attack: OUR address 'could not be found' in words the look-behinds miss", [
    ("cs-tvoji-emailovou-adresu", "553 5.7.1 Tvoji e-mailovou adresu se nepodařilo najít", "5.7.1", "RCPT", False,
     (), ANY),
    ("cs-adresu-kterou-pouzivate-k-odesilani", "553 5.7.1 Adresu, kterou používáte k odesílání, se nepodařilo najít",
     "5.7.1", "RCPT", False, (), ANY),
    ("tr-kullandiginiz-eposta-adresi", "553 5.7.1 Kullandığınız e-posta adresi bulunamadı", "5.7.1", "RCPT", False,
     (), ANY),
]) + at("n", f"{LANGS}; attack (a lost bounce): YOUR RECIPIENT's address ('alıcınızın', '-ınızın' like "
        "'hesabınızın')", [
    ("tr-alicinizin-eposta-adresi", "550 5.1.1 Alıcınızın e-posta adresi bulunamadı", "5.1.1", "RCPT", True, UU, R),
]) + at("n", f"{LANGS}; the controls: the recipient's address, hard; 'hesabınızın' stays ours", [
    ("c-tr-alici-eposta-adresi", "550 5.1.1 Alıcı e-posta adresi bulunamadı", "5.1.1", "RCPT", True, UU, R),
    ("c-tr-hesabinizin-eposta-adresi", "553 5.7.1 Hesabınızın e-posta adresi bulunamadı", "5.7.1", "RCPT", False, (),
     ANY),
    ("c-cs-adresu-na-kterou-ze-sveho-uctu", "550 5.1.1 Adresu, na kterou jste psali ze svého účtu, se nepodařilo "
     "najít", "5.1.1", "RCPT", True, UU, R),
])

# ---- (3) deleted_nordic ---------------------------------------------------------------------------------------------
NORDIC_ROWS = at("o", f"{OURS}; attack: 'your e-mail account' deleted (Hungarian 'Az Ön e-mail fiókja')", [
    ("hu-az-on-email-fiokja-torolve", "553 5.7.1 Az Ön e-mail fiókja törölve", "5.7.1", "RCPT", False, (), ANY),
]) + at("o", f"{QUOTES}; attack (lost bounces): the reply quoted whole in '”…”' after 'epäonnistui:' / 'vastasi:'", [
    ("fi-epaonnistui-quoted-right-quotes", "550 5.0.0 Toimitus epäonnistui: ”Postilaatikko on poistettu”", "5.0.0",
     "RCPT", True, UU, R),
    ("fi-vastasi-quoted-right-quotes", "550 5.0.0 Palvelin vastasi: ”Käyttäjätili on poistettu”", "5.0.0", "RCPT",
     True, UU, R),
]) + at("o", f"{QUOTES}; attack: a SUBJECT quoted in '”…”' or '‚…‘' (no reply quoted)", [
    ("fi-aihe-quoted-right-quotes", "550 5.7.1 Toimitus epäonnistui, aihe: ”Tili on poistettu”", "5.7.1", "DATA",
     False, (), ANY),
    ("da-emne-german-single-quotes", "550 5.7.1 Levering fejlede, emne: ‚Kontoen er slettet‘", "5.7.1", "DATA",
     False, (), ANY),
]) + at("o", f"{LANGS}; the controls: the recipient's e-mail account, hard", [
    ("c-hu-on-levele-cimzett-email-fiokja", "550 5.0.0 Az Ön levele nem kézbesíthető: a címzett e-mail fiókja "
     "törölve", "5.0.0", "RCPT", True, UU, R),
    ("c-fi-postilaatikko-poistettu", "550 5.0.0 Postilaatikko on poistettu", "5.0.0", "RCPT", True, UU, R),
])

# ---- (4) bare_deleted -----------------------------------------------------------------------------------------------
DELETED_ROWS = at("b", f"{SENDER_AT_RCPT}; {ADMIN}; attack: OUR login at a relay in other possessives", [
    ("relay-denied-sending-domains-user-deleted", "550 5.7.1 Relay access denied: sending domain's user deleted",
     "5.7.1", "RCPT", False, (), ANY),
    ("auth-failed-tenants-plural-user-deleted", "550 5.7.1 Relay access denied: tenants' user deleted", "5.7.1",
     "RCPT", False, (), ANY),
    ("relaying-denied-resellers-user-deleted", "550 5.7.1 Relaying denied: reseller's user deleted", "5.7.1", "RCPT",
     False, (), ANY),
]) + at("b", f"{ADMIN}; the control: the recipient's user deleted, hard", [
    ("c-lead-user-deleted", "550 5.1.1 <lead@partner.example>: user deleted", "5.1.1", "RCPT", True, UU, R),
])

# ---- (5) retired_address ---------------------------------------------------------------------------------------------
RETIRED_ROWS = at("r", f"{ADMIN}; attack (false hards): a 'gone' word of the office / systems / malware: a spell", [
    ("two-weeks-closure-of-our-office", "550 5.2.1 This address is no longer in use for two weeks in connection with "
     "the closure of our office", "5.2.1", "RCPT", False, (), R),
    ("ten-days-pending-merger-of-mail-systems", "550 5.2.1 This address is no longer in use for 10 days pending the "
     "merger of our mail systems", "5.2.1", "RCPT", False, (), R),
    ("three-days-removal-of-malware", "550 5.2.1 This address is no longer in use for three days due to the removal "
     "of malware from the server", "5.2.1", "RCPT", False, (), R),
]) + at("r", f"{ADMIN}; the controls: the box's closure, the companies' merger (gone, hard)", [
    ("c-two-months-closure-of-the-account", "550 5.7.1 This address is no longer in use for two months due to the "
     "closure of the account", "5.7.1", "RCPT", True, UU, R),
    ("c-six-months-merger-of-our-companies", "550 5.7.1 This address is no longer in use for six months due to the "
     "merger of our companies", "5.7.1", "RCPT", True, UU, R),
])

# ---- (6) absent_things ----------------------------------------------------------------------------------------------
DOMAIN_ROWS = at("d", f"{SPF}; attack: OUR SPF record's underscored name", [
    ("de-dns-eintrag-underscore-spf", "550 5.7.1 DNS-Eintrag _spf.example.com nicht gefunden", "5.7.1", "DATA", False,
     (), ANY),
]) + at_cert("d", f"{DNS}; attack (a lost bounce): 'certified' (a cert- stem) hyphened in the recipient's domain", [
    ("fr-enregistrement-mx-certified-hyphen", "550 5.0.0 Enregistrement MX du domaine certified-partner.example "
     "introuvable", "5.0.0", "RCPT", True, HU, R),
]) + at("d", f"{DNS}; the control: the recipient domain's MX record missing", [
    ("c-de-mx-eintrag-der-domain-partner", "550 5.0.0 MX-Eintrag der Domain partner.example nicht gefunden", "5.0.0",
     "RCPT", True, HU, R),
])

ROWS = DIN_ROWS + NDR_ROWS + NORDIC_ROWS + DELETED_ROWS + RETIRED_ROWS + DOMAIN_ROWS
