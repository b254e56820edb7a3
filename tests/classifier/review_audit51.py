"""Audit 51: an ADVERSARIAL audit of audit 50's mends (merged 2026-12-07, git 553afa1d), HAND-MADE rows written before
the classifier ran on them (committed first). Relayed replies here (our relay's copy of one remote reply):
(1) retired_address: the 'gone' cause said of the office / systems / malware is now a spell; the same things as a
    compound before the word ('an office closure', 'the mail system merger', 'malware removal'), a season's closure
    ('the Christmas closure of our shop'), two words before the thing ('our two mail servers', 'infected files') still
    read gone (false hards); a closure that is said permanent, or goes on to the mailboxes' deletion, or closes the
    'Office 365 account' now reads a spell (lost bounces);
(2) ndr_sentences: our address in Czech words the look-behinds miss ('vašeho účtu' after the noun, 'Vámi používanou',
    'kterou používáte' without 'k odesílání'), Turkish ('oturum açtığınız', 'hesabınıza ait', 'kullanmakta olduğunuz'),
    Slovak ('Vašu e-mailovú adresu') and Polish formal ('Państwa adres', 'z którego Państwo wysyłają'); the recipient's
    'muhatabınızın' (your correspondent's: '-ınızın' swallowed) and Slovak's 'zadanú adresu' (lost bounces);
(3) deleted_nordic: a subject quoted in Danish inner quotes '›…‹', or with its own '!' / '.' inside the quote (false
    hards); a reply quoted after 'Svar fra serveren:', 'Feilmelding:', 'Virhe:' or with its code inside the quote
    (lost bounces); Hungarian 'Az Ön levelezési fiókja', 'e-mail-fiókja' (hyphened, as the Hungarian rules spell it),
    'fiókod' (false hards);
(4) bare_deleted: a possessive without its apostrophe ('customers user'), a compound before 'user' ('sender domain
    user'): ours (false hards); 'this domain's user', 'our organisation's user': the receiver's (lost bounces);
(5) absent_things: DNS records of things that are no domain and not in _OTHER_THING (MTA-STS, BIMI, DNSSEC); OUR
    domain's MX record ('su dominio', 'dominio remitente'); a recipient domain whose name starts with a thing's stem
    ('transport-schmidt', 'rutasdelsur': lost bounces).
Rows: (name, source, raw, expected) as review_check reads them; "attack" in a source marks a variant made to probe,
"control" one that must keep its reading. test_review_audit51.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit47 import DNS, SENDER_AT_RCPT
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_notices25 import relayed_for

R, ANY = "recipient", None
UU = ("userunknown",)
HU = ("hostunknown",)
at = relayed_for("a51", MX, LEAD)
at_transport = relayed_for("a51", "mx.transport-schmidt.example", "lead@transport-schmidt.example")
at_rutas = relayed_for("a51", "mx.rutasdelsur.example", "lead@rutasdelsur.example")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"
OURS = f"{SENDER_AT_RCPT}; {LANGS}"
QUOTES = (f"{LANGS}; Danish quotes »…« with ›…‹ inside (Retskrivningsordbogen's rules on anførselstegn), Finnish "
          "”…” (Kielitoimiston ohjepankki), Norwegian «…» (Språkrådet)")
HU_SPELL = (f"{OURS}; Hungarian spells 'e-mail' compounds with a hyphen, 'e-mail-fiók' (AkH. 12th ed. rule 264), "
            "'levelezési fiók' is Hungarian mail clients' 'mail account'")
STS = (f"{DNS}; MTA-STS (RFC 8461: its '_mta-sts' TXT record and policy), BIMI (draft-brand-indicators-for-message-"
       "identification: OUR domain's logo record), DNSSEC (RFC 4033: DS / DNSKEY records) are no domain missing")

# ---- (1) retired_address ---------------------------------------------------------------------------------------------
RETIRED_ROWS = at("r", f"{ADMIN}; attack (false hards): a 'gone' word of the office / systems / malware in other "
                  "shapes than 'X of Y': a compound, a season's closure, two words before the thing", [
    ("two-weeks-due-to-an-office-closure", "550 5.2.1 This address is no longer in use for two weeks due to an "
     "office closure", "5.2.1", "RCPT", False, (), R),
    ("ten-days-pending-the-mail-system-merger", "550 5.2.1 This address is no longer in use for 10 days pending the "
     "mail system merger", "5.2.1", "RCPT", False, (), R),
    ("three-days-pending-malware-removal", "550 5.2.1 This address is no longer in use for three days pending "
     "malware removal", "5.2.1", "RCPT", False, (), R),
    ("two-weeks-christmas-closure-of-our-shop", "550 5.2.1 This address is no longer in use for two weeks due to the "
     "Christmas closure of our shop", "5.2.1", "RCPT", False, (), R),
    ("ten-days-merger-of-our-two-mail-servers", "550 5.2.1 This address is no longer in use for 10 days pending the "
     "merger of our two mail servers", "5.2.1", "RCPT", False, (), R),
    ("three-days-removal-of-infected-files", "550 5.2.1 This address is no longer in use for three days pending the "
     "removal of infected files from the server", "5.2.1", "RCPT", False, (), R),
]) + at("r", f"{ADMIN}; attack (lost bounces): the office's closure said permanent, or with the mailboxes' deletion; "
        "the 'Office 365 account' closed (the box itself)", [
    ("three-months-permanent-closure-of-our-office", "550 5.7.1 This address is no longer in use for three months "
     "due to the permanent closure of our Leeds office", "5.7.1", "RCPT", True, UU, R),
    ("two-months-office-closure-and-deletion-of-mailboxes", "550 5.7.1 This address is no longer in use for two "
     "months due to the closure of our office and the deletion of all staff mailboxes", "5.7.1", "RCPT", True, UU, R),
    ("two-months-closure-of-the-office-365-account", "550 5.7.1 This address is no longer in use for two months due "
     "to the closure of the Office 365 account", "5.7.1", "RCPT", True, UU, R),
]) + at("r", f"{ADMIN}; the controls: the user removed from the server (gone, hard); 'during' an office closure (a "
        "spell)", [
    ("c-two-months-removal-of-the-user-from-the-server", "550 5.7.1 This address is no longer in use for two months "
     "due to the removal of the user from the server", "5.7.1", "RCPT", True, UU, R),
    ("c-two-weeks-during-the-office-closure", "550 5.2.1 This address is no longer in use for two weeks during the "
     "office closure", "5.2.1", "RCPT", False, (), R),
    ("c-six-months-closure-of-her-account", "550 5.7.1 This address is no longer in use for six months due to the "
     "closure of her account", "5.7.1", "RCPT", True, UU, R),
])

# ---- (2) ndr_sentences ----------------------------------------------------------------------------------------------
NDR_ROWS = at("n", f"{OURS}; attack (false hards): OUR address 'could not be found' in words the look-behinds miss", [
    ("cs-adresu-vaseho-uctu", "553 5.7.1 E-mailovou adresu vašeho účtu se nepodařilo najít", "5.7.1", "RCPT", False,
     (), ANY),
    ("cs-vami-pouzivanou-adresu", "553 5.7.1 Vámi používanou e-mailovou adresu se nepodařilo najít", "5.7.1", "RCPT",
     False, (), ANY),
    ("cs-adresu-kterou-pouzivate", "553 5.7.1 Adresu, kterou používáte, se nepodařilo najít", "5.7.1", "RCPT", False,
     (), ANY),
    ("sk-vasu-emailovu-adresu", "553 5.7.1 Vašu e-mailovú adresu sa nepodarilo nájsť", "5.7.1", "RCPT", False, (),
     ANY),
    ("tr-oturum-actiginiz-eposta-adresi", "553 5.7.1 Oturum açtığınız e-posta adresi bulunamadı", "5.7.1", "RCPT",
     False, (), ANY),
    ("tr-hesabiniza-ait-eposta-adresi", "553 5.7.1 Hesabınıza ait e-posta adresi bulunamadı", "5.7.1", "RCPT", False,
     (), ANY),
    ("tr-kullanmakta-oldugunuz-eposta-adresi", "553 5.7.1 Kullanmakta olduğunuz e-posta adresi bulunamadı", "5.7.1",
     "RCPT", False, (), ANY),
    ("pl-panstwa-adres-email", "553 5.7.1 Państwa adres e-mail nie został znaleziony", "5.7.1", "RCPT", False, (),
     ANY),
    ("pl-adres-z-ktorego-panstwo-wysylaja", "553 5.7.1 Adres, z którego Państwo wysyłają, nie został znaleziony",
     "5.7.1", "RCPT", False, (), ANY),
]) + at("n", f"{LANGS}; attack (lost bounces): the recipient's address, 'muhatabınızın' (your correspondent's, "
        "'-ınızın' like 'hesabınızın'), Slovak 'zadanú adresu' (the address entered)", [
    ("tr-muhatabinizin-eposta-adresi", "550 5.1.1 Muhatabınızın e-posta adresi bulunamadı", "5.1.1", "RCPT", True,
     UU, R),
    ("sk-zadanu-emailovu-adresu", "550 5.1.1 Zadanú e-mailovú adresu sa nepodarilo nájsť", "5.1.1", "RCPT", True, UU,
     R),
]) + at("n", f"{LANGS}; the controls: the recipient's address, entered by the reader or written to (hard)", [
    ("c-cs-vami-zadanou-adresu", "550 5.1.1 Vámi zadanou e-mailovou adresu se nepodařilo najít", "5.1.1", "RCPT",
     True, UU, R),
    ("c-tr-gonderdiginiz-kisinin-eposta-adresi", "550 5.1.1 Mesaj gönderdiğiniz kişinin e-posta adresi bulunamadı",
     "5.1.1", "RCPT", True, UU, R),
    ("c-pl-adres-email-odbiorcy", "550 5.1.1 Adres e-mail odbiorcy nie został znaleziony", "5.1.1", "RCPT", True, UU,
     R),
])

# ---- (3) deleted_nordic ---------------------------------------------------------------------------------------------
NORDIC_ROWS = at("o", f"{QUOTES}; attack (false hards): a SUBJECT quoted in '›…‹', or with its '!' / '.' inside", [
    ("da-emne-single-guillemets", "550 5.7.1 Levering fejlede, emne: ›Kontoen er slettet‹", "5.7.1", "DATA", False,
     (), ANY),
    ("fi-aihe-quoted-with-exclamation", "550 5.7.1 Viesti hylätty, aihe: ”Tili on poistettu!”", "5.7.1", "DATA",
     False, (), ANY),
    ("da-emne-guillemets-with-stop", "550 5.7.1 Meddelelsen afvist, emne: »Brugeren er slettet.«", "5.7.1", "DATA",
     False, (), ANY),
]) + at("o", f"{HU_SPELL}; attack (false hards): OUR account deleted in other Hungarian words", [
    ("hu-on-levelezesi-fiokja-torolve", "553 5.7.1 Az Ön levelezési fiókja törölve", "5.7.1", "RCPT", False, (), ANY),
    ("hu-on-email-fiokja-hyphen-torolve", "553 5.7.1 Az Ön e-mail-fiókja törölve", "5.7.1", "RCPT", False, (), ANY),
    ("hu-a-te-email-fiokod-torolve", "553 5.7.1 A te e-mail fiókod törölve", "5.7.1", "RCPT", False, (), ANY),
]) + at("o", f"{QUOTES}; attack (lost bounces): the reply quoted whole after words not in _SAID, or its code inside", [
    ("da-svar-fra-serveren-guillemets", "550 5.0.0 Svar fra serveren: »Brugeren er slettet«", "5.0.0", "RCPT", True,
     UU, R),
    ("no-feilmelding-guillemets", "550 5.0.0 Feilmelding: «Kontoen er slettet»", "5.0.0", "RCPT", True, UU, R),
    ("fi-virhe-right-quotes", "550 5.0.0 Virhe: ”Postilaatikko on poistettu”", "5.0.0", "RCPT", True, UU, R),
    ("da-svarede-code-inside-quotes", "550 5.0.0 Serveren svarede: »550 Postkassen er slettet«", "5.0.0", "RCPT",
     True, UU, R),
]) + at("o", f"{HU_SPELL}; the controls: the recipient's e-mail-fiók (hyphened); a plain stop after the deletion", [
    ("c-hu-cimzett-email-fiokja-hyphen", "550 5.0.0 A címzett e-mail-fiókja törölve", "5.0.0", "RCPT", True, UU, R),
    ("c-da-brugeren-er-slettet-stop", "550 5.0.0 Brugeren er slettet.", "5.0.0", "RCPT", True, UU, R),
])

# ---- (4) bare_deleted -----------------------------------------------------------------------------------------------
DELETED_ROWS = at("b", f"{SENDER_AT_RCPT}; {ADMIN}; attack (false hards): OUR login at a relay, the possessive "
                  "without its apostrophe, a compound before 'user'", [
    ("relay-denied-customers-user-no-apostrophe", "550 5.7.1 Relay access denied: customers user deleted", "5.7.1",
     "RCPT", False, (), ANY),
    ("relay-denied-sender-domain-user-deleted", "550 5.7.1 Relay access denied: sender domain user deleted", "5.7.1",
     "RCPT", False, (), ANY),
]) + at("b", f"{ADMIN}; attack (lost bounces): the receiving domain's own user ('this domain's', 'our "
        "organisation's')", [
    ("this-domains-user-deleted", "550 5.1.1 Recipient address rejected: this domain's user deleted", "5.1.1",
     "RCPT", True, UU, R),
    ("our-organisations-user-deleted", "550 5.1.1 Mailbox unavailable: our organisation's user deleted", "5.1.1",
     "RCPT", True, UU, R),
])

# ---- (5) absent_things ----------------------------------------------------------------------------------------------
DOMAIN_ROWS = at("d", f"{STS}; attack (false hards): a DNS record of a thing that is no domain", [
    ("es-registro-dns-mta-sts-del-dominio", "550 5.7.1 El registro DNS MTA-STS del dominio partner.example no existe",
     "5.7.1", "RCPT", False, (), ANY),
    ("fr-enregistrement-dns-bimi-du-domaine", "550 5.7.1 Enregistrement DNS BIMI du domaine example.com introuvable",
     "5.7.1", "DATA", False, (), ANY),
    ("de-dns-eintrag-dnssec-der-domain", "550 5.7.1 DNS-Eintrag für DNSSEC der Domain partner.example nicht gefunden",
     "5.7.1", "RCPT", False, (), ANY),
]) + at("d", f"{DNS}; {SENDER_AT_RCPT}; attack (false hards): OUR domain's MX record ('su dominio', 'dominio "
        "remitente': Postfix reject_unknown_sender_domain in Spanish)", [
    ("es-registro-mx-de-su-dominio", "553 5.7.1 El registro MX de su dominio no existe", "5.7.1", "RCPT", False, (),
     ANY),
    ("es-registro-mx-del-dominio-remitente", "553 5.7.1 El registro MX del dominio remitente example.com no existe",
     "5.7.1", "RCPT", False, (), ANY),
]) + at_transport("d", f"{DNS}; attack (a lost bounce): the recipient's domain named after a thing ('transport-', a "
                  "common company name)", [
    ("de-domain-transport-schmidt-existiert-nicht", "550 5.0.0 Die Domain transport-schmidt.example existiert nicht",
     "5.0.0", "RCPT", True, HU, R),
]) + at_rutas("d", f"{DNS}; attack (a lost bounce): the same, 'rutas' (routes) starting the name", [
    ("es-dominio-rutasdelsur-no-existe", "550 5.0.0 El dominio rutasdelsur.example no existe", "5.0.0", "RCPT", True,
     HU, R),
]) + at("d", f"{DNS}; the controls: the recipient domain's MX record missing (hard); OUR DMARC record (soft)", [
    ("c-es-registro-mx-del-dominio-partner", "550 5.0.0 El registro MX del dominio partner.example no existe", "5.0.0",
     "RCPT", True, HU, R),
    ("c-es-registro-dns-dmarc-del-dominio", "550 5.7.1 El registro DNS DMARC del dominio example.com no existe",
     "5.7.1", "DATA", False, (), ANY),
])

ROWS = RETIRED_ROWS + NDR_ROWS + NORDIC_ROWS + DELETED_ROWS + DOMAIN_ROWS
