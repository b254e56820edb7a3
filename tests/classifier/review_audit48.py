"""Audit 48: an ADVERSARIAL audit of audit 47's mends (merged 2026-12-07, git 594f819c), HAND-MADE rows written before
the classifier ran on them (committed first). Relayed replies here (our relay's copy of one remote reply), for the
mends about WORDS:
(1) absent_things.thing_of: a DNS / MX record of the domain not found is now the domain missing; but the record of OUR
    sender's domain ('de su dominio', 'Ihrer Domain', 'お客様のドメイン', the HELO domain) is our side; and a recipient
    domain whose NAME holds 'key' / 'cert' (_OTHER_THING has no word boundary) is still the domain missing;
(2) sender_words' Scandinavian 'din / ditt / dit' opening a reply: the domain's nouns ('domän', 'domæne', 'domene')
    and the compounds ('e-postkonto', 'e-mailkonto') the mend's nouns miss; a reply to OUR mail ('Din e-post ...')
    whose RECIPIENT is missing stays hard;
(3) ndr_sentences: our sender's address said with words the lookbehinds miss ('Från-adressen', Czech 'Vaši', Turkish
    'adresiniz'); the controls ('du angav', 'girdiğiniz': the address the reader entered, the recipient);
(4) deleted_nordic: our sender's account in words the lookbehinds miss ('göndericinin', 'küldő', 'feladói'); a
    gateway's quoted reply after 'fejlede: / feilet:' (Danish / Norwegian 'failed', not in _SAID);
(5) bare_deleted: 'from AD and all distribution lists' (a real deletion with lists named after it); our 'tenant' /
    'customer' user (not in _OURS);
(6) retired_address: a spell's cause said 'as a result of' / 'in connection with' (not in _CAUSE) after days / weeks;
    a year's secondment said 'due to' (years now never a spell for a cause); 'resend to' after days;
(7) route_words: 'desconhecido / okänd / bilinmeyen / neznámý / 不明' said of the SENDER or the client beside a relay
    refusal (must not become the recipient's hard userunknown).
Rows: (name, source, raw, expected) as review_check reads them; "attack" in a source marks a variant made to probe,
"control" one that must keep its reading. test_review_audit48.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit47 import DNS, SENDER_AT_RCPT
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
HU = ("hostunknown",)
at = relayed_for("a48", MX, LEAD)
at_key = relayed_for("a48", "mx.keystone-partner.example", "lead@keystone-partner.example")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"
OURS = f"{SENDER_AT_RCPT}; {LANGS}"

# ---- (1) absent_things.thing_of: the DNS record --------------------------------------------------------------------
DOMAIN_ROWS = at("d", f"{OURS}; attack: the MX / DNS record of OUR domain ('your domain', the HELO / sender domain) "
                 "not found, said mid-sentence (reject_unknown_sender_domain / reject_unknown_helo_hostname in words)", [
    ("es-registro-mx-de-su-dominio", "553 5.7.1 El registro MX de su dominio example.com no existe", "5.7.1", "RCPT",
     False, (), ANY),
    ("de-mx-eintrag-ihrer-domain", "553 5.7.1 Der MX-Eintrag Ihrer Domain example.com wurde nicht gefunden", "5.7.1",
     "RCPT", False, (), ANY),
    ("pt-registro-mx-do-seu-dominio", "553 5.7.1 O registro MX do seu domínio example.com não existe", "5.7.1",
     "RCPT", False, (), ANY),
    ("ja-okyakusama-domain-mx-record", "553 5.7.1 お客様のドメイン example.com のMXレコードが見つかりません", "5.7.1",
     "RCPT", False, (), ANY),
    ("de-dns-eintrag-helo-domain", "550 5.7.1 DNS-Eintrag der HELO-Domain mail.example.com nicht gefunden", "5.7.1",
     "RCPT", False, (), ANY),
    ("fr-enregistrement-a-domaine-expediteur", "553 5.7.1 Enregistrement A du domaine de l'expéditeur example.com "
     "introuvable", "5.7.1", "RCPT", False, (), ANY),
]) + at("d", f"{DNS}; the control: the recipient domain's MX record not found, hard", [
    ("c-de-mx-eintrag-der-domain", "550 5.0.0 Der MX-Eintrag der Domain partner.example wurde nicht gefunden",
     "5.0.0", "RCPT", True, HU, R),
]) + at_key("d", f"{DNS}; attack (a lost bounce): the recipient domain's own NAME holds 'key' (an _OTHER_THING stem "
            "without a word boundary)", [
    ("de-dns-eintrag-domain-keystone", "550 5.0.0 DNS-Eintrag der Domain keystone-partner.example nicht gefunden",
     "5.0.0", "RCPT", True, HU, R),
])

# ---- (2) sender_words: Scandinavian 'din / ditt / dit' opening the reply ----------------------------------------------
DIN_ROWS = at("y", f"{OURS}; attack: 'your domain / your e-mail account' opening the reply in nouns the mend lacks", [
    ("sv-din-doman-finns-inte", "553 5.7.1 Din domän finns inte", "5.7.1", "RCPT", False, (), ANY),
    ("da-dit-domaene-findes-ikke", "553 5.7.1 Dit domæne findes ikke", "5.7.1", "RCPT", False, (), ANY),
    ("no-ditt-domene-finnes-ikke", "553 5.7.1 Ditt domene finnes ikke", "5.7.1", "RCPT", False, (), ANY),
    ("sv-ditt-epostkonto-finns-inte", "553 5.7.1 Ditt e-postkonto finns inte", "5.7.1", "RCPT", False, (), ANY),
    ("da-din-emailkonto-findes-ikke", "553 5.7.1 Din e-mailkonto findes ikke", "5.7.1", "RCPT", False, (), ANY),
]) + at("y", f"{LANGS}; attack (lost bounces): a reply about OUR mail ('Din e-post / Din besked ...') whose RECIPIENT "
        "is missing, hard", [
    ("sv-din-epost-till-mottagaren-finns-inte", "550 5.1.1 Din e-post till lead@partner.example kunde inte "
     "levereras: mottagaren finns inte", "5.1.1", "RCPT", True, UU, R),
    ("da-din-besked-adressen-findes-ikke", "550 5.1.1 Din besked kunne ikke leveres: e-mailadressen findes ikke",
     "5.1.1", "RCPT", True, UU, R),
    ("no-din-epostadresse-er-gyldig-mottakeren", "550 5.1.1 Din e-postadresse er gyldig, men mottakeren finnes ikke",
     "5.1.1", "RCPT", True, UU, R),
]) + at("y", f"{OURS}; the control: 'din e-postadresse' alone, ours", [
    ("c-no-din-epostadresse-finnes-ikke", "553 5.7.1 Din e-postadresse finnes ikke", "5.7.1", "RCPT", False, (), ANY),
])

# ---- (3) ndr_sentences ----------------------------------------------------------------------------------------------
NDR_ROWS = at("n", f"{OURS}; attack: OUR address 'could not be found' in words the lookbehinds miss (Swedish Outlook's "
              "'Från' is From)", [
    ("sv-fran-adressen-kunde-inte-hittas", "553 5.7.1 Från-adressen kunde inte hittas i katalogen", "5.7.1", "RCPT",
     False, (), ANY),
    ("cs-vasi-emailovou-adresu-nepodarilo", "553 5.7.1 Vaši e-mailovou adresu se nepodařilo najít", "5.7.1", "RCPT",
     False, (), ANY),
    ("tr-eposta-adresiniz-bulunamadi", "553 5.7.1 E-posta adresiniz bulunamadı", "5.7.1", "RCPT", False, (), ANY),
]) + at("n", f"{LANGS}; the controls: the address the reader ENTERED (the recipient), hard", [
    ("c-sv-du-angav-kunde-inte-hittas", "550 5.1.1 E-postadressen du angav kunde inte hittas", "5.1.1", "RCPT", True,
     UU, R),
    ("c-tr-girdiginiz-eposta-adresi", "550 5.1.1 Girdiğiniz e-posta adresi bulunamadı", "5.1.1", "RCPT", True, UU, R),
])

# ---- (4) deleted_nordic ---------------------------------------------------------------------------------------------
NORDIC_ROWS = at("o", f"{OURS}; attack: OUR sender's account deleted in words the lookbehinds miss", [
    ("tr-gondericinin-hesabi-silinmis", "553 5.7.1 Göndericinin hesabı silinmiş", "5.7.1", "RCPT", False, (), ANY),
    ("hu-a-kuldo-fiokja-torolve", "553 5.7.1 A küldő fiókja törölve", "5.7.1", "RCPT", False, (), ANY),
    ("hu-feladoi-fiok-torolve", "553 5.7.1 Feladói fiók törölve", "5.7.1", "RCPT", False, (), ANY),
    ("fi-palvelin-vastasi-lahettajan-tili", "553 5.7.1 Palvelin vastasi: Lähettäjän tili on poistettu", "5.7.1",
     "RCPT", False, (), ANY),
]) + at("o", f"{LANGS}; attack (lost bounces): a gateway quotes the remote reply whole after 'fejlede: / feilet:'", [
    ("da-levering-fejlede-quoted", "550 5.0.0 Levering fejlede: \"Postkassen er slettet\"", "5.0.0", "RCPT", True,
     UU, R),
    ("no-levering-feilet-quoted", "550 5.0.0 Levering feilet: \"Kontoen er slettet\"", "5.0.0", "RCPT", True, UU, R),
]) + at("o", f"{LANGS}; the control: the recipient's account deleted, unquoted", [
    ("c-tr-alicinin-hesabi-silinmis", "550 5.0.0 Alıcının hesabı silinmiş", "5.0.0", "RCPT", True, UU, R),
])

# ---- (5) bare_deleted -----------------------------------------------------------------------------------------------
DELETED_ROWS = at("b", f"{ADMIN}; attack (a lost bounce): the user deleted from AD, the lists named after 'and all'", [
    ("user-deleted-from-ad-and-all-lists", "550 5.1.1 Employee left: user deleted from AD and all distribution lists",
     "5.1.1", "RCPT", True, UU, R),
]) + at("b", f"{ADMIN}; attack: OUR login at a relay service named 'tenant' / 'customer' user (not in _OURS)", [
    ("relay-denied-tenant-user-deleted", "550 5.7.1 Relay access denied: tenant user deleted", "5.7.1", "RCPT", False,
     (), ANY),
    ("relaying-denied-customer-user-deleted", "550 5.7.1 Relaying denied: customer user deleted", "5.7.1", "RCPT",
     False, (), ANY),
])

# ---- (6) retired_address ---------------------------------------------------------------------------------------------
RETIRED_ROWS = at("r", f"{ADMIN}; attack: a spell's cause said 'as a result of' / 'in connection with' (not in _CAUSE)", [
    ("two-weeks-as-a-result-of-office-move", "550 5.2.1 This address is no longer in use for two weeks as a result "
     "of an office move", "5.2.1", "RCPT", False, (), R),
    ("ten-days-in-connection-with-upgrade", "550 5.2.1 This address is no longer in use for 10 days in connection "
     "with a system upgrade", "5.2.1", "RCPT", False, (), R),
]) + at("r", f"{ADMIN}; attack: a year's secondment said 'due to' (years now never a spell for a cause)", [
    ("one-year-due-to-secondment", "550 5.2.1 This address is no longer in use for one year due to a secondment "
     "abroad", "5.2.1", "RCPT", False, (), R),
]) + at("r", f"{ADMIN}; the controls: years due to a rename (gone); days because of a move (a spell)", [
    ("c-two-years-due-to-merger", "550 5.7.1 This address is no longer in use for two years due to the merger",
     "5.7.1", "RCPT", True, UU, R),
    ("c-three-days-because-of-move", "550 5.2.1 This address is no longer in use for three days because of an "
     "office move", "5.2.1", "RCPT", False, (), R),
])

# ---- (7) route_words: 'unknown' words said of something else ----------------------------------------------------------
RELAY_ROWS = at("l", f"{LANGS}; attack: a relay refusal beside the SENDER / the client said unknown (not the recipient)", [
    ("pt-retransmissao-negada-remetente-desconhecido", "550 5.7.1 Retransmissão negada: remetente desconhecido",
     "5.7.1", "RCPT", False, (), ANY),
    ("sv-vidarebefordran-nekas-okand-klient", "550 5.7.1 Vidarebefordran nekas för okänd klient", "5.7.1", "RCPT",
     False, (), ANY),
    ("tr-aktarima-izin-bilinmeyen-istemci", "550 5.7.1 Bilinmeyen istemciden aktarıma izin verilmiyor", "5.7.1",
     "RCPT", False, (), ANY),
    ("cs-preposilani-nezname-klienty", "550 5.7.1 Přeposílání není povoleno pro neznámého klienta", "5.7.1", "RCPT",
     False, (), ANY),
    ("ja-fumei-client-relay-refused", "550 5.7.1 送信元不明のクライアントからの中継は拒否されました", "5.7.1", "RCPT",
     False, (), ANY),
    ("ja-relay-refused-sender-fumei", "550 5.7.1 中継は許可されていません（送信者アドレス不明）", "5.7.1", "RCPT",
     False, (), ANY),
]) + at("l", f"{LANGS}; the control: the recipient unknown beside the relay refusal, hard", [
    ("c-ja-atesaki-fumei-relay", "550 5.1.1 宛先不明: 中継は許可されていません", "5.1.1", "RCPT", True, UU, R),
])

ROWS = DOMAIN_ROWS + DIN_ROWS + NDR_ROWS + NORDIC_ROWS + DELETED_ROWS + RETIRED_ROWS + RELAY_ROWS
