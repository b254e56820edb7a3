"""Audit 47: an ADVERSARIAL audit of the mends merged on 2026-12-07 (git log 877ef69b..6db4bd13: langs45, audit46,
nonbounce46), HAND-MADE rows written before the classifier ran on them (committed first). Relayed replies here (our
relay's copy of one remote reply), for the mends about WORDS:
(1) absent_things.OfNoThing / lexicon.no_such_domain: a DNS / MX record of the RECIPIENT's domain not found IS the
    domain missing (hard); a certificate, DKIM or SPF record of a domain (ours) stays no missing domain (controls);
(2) ndr_sentences (sv/ko/tr 'could not be found'): our sender's address said with words its lookbehinds miss (Korean
    'boaen saram' / 'balsinja' without the genitive, Turkish 'gonderici', Swedish 'din');
(3) lexicon_more._YOUR_WORDS: Dutch 'dit' (this) before its noun and a verb other than 'is' (bestaat niet);
(4) route_words' localised relay refusals beside a missing user in words _NOT_ABSENT_HERE lacks;
(5) mailbox_states: the IP said NOT blocked beside a missing user (Korean); a mailbox's size 'excede o tamanho';
(6) retired_address's _WHILE: 'due to', 'resend', 'retry' after a true time since; a spell said 'because of' /
    'owing to' (not in _WHILE);
(7) deleted_nordic: the whole reply quoted by a gateway (closing quote); our sender's account in compounds;
(8) bare_deleted: 'from the LDAP mail group', 'from AD distribution list'; a 'client user' of ours;
(9) formats.smtp_command: a capitals reply whose MAIL ends a line or stands in brackets.
Whole notices (nested.passed_on, entry_notes) are in review_audit47_notices.py. Rows: (name, source, raw, expected) as
review_check reads them; "attack" in a source marks a variant made to probe, "control" one that must keep its reading.
Expectations follow the servers' words and shared/classifier/taxonomy.md; test_review_audit47.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
HU = ("hostunknown",)
at = relayed_for("a47", MX, LEAD)

LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"
DNS = ("RFC 5321 5.1 (no MX and no address record: the domain cannot be reached; Postfix smtp(8) 'Host or domain "
       "name not found', Exchange's 'DNS query failed') said in the local language by an admin's or a gateway's text")
SENDER_AT_RCPT = ("Postfix smtpd_delay_reject=yes (postconf(5)): sender restrictions (reject_unknown_sender_domain, "
                  "reject_unverified_sender, check_sender_access REJECT <text>) answer at RCPT TO; an admin's text")

# ---- (1) absent_things.OfNoThing --------------------------------------------------------------------------------
DOMAIN_ROWS = at("d", f"{DNS}; attack: the recipient domain's DNS / MX record not found is its domain missing", [
    ("de-dns-eintrag-der-domain-nicht-gefunden", "550 5.0.0 Zustellung fehlgeschlagen: DNS-Eintrag der Domain "
     "partner.example nicht gefunden", "5.0.0", "RCPT", True, HU, R),
    ("es-registro-dns-del-dominio-no-existe", "550 5.0.0 El registro DNS del dominio partner.example no existe",
     "5.0.0", "RCPT", True, HU, R),
    ("fr-enregistrement-mx-du-domaine-introuvable", "550 5.0.0 Enregistrement MX du domaine partner.example "
     "introuvable", "5.0.0", "RCPT", True, HU, R),
    ("ja-domain-dns-record-not-found", "550 5.0.0 ドメイン partner.example のDNSレコードが見つかりません", "5.0.0",
     "RCPT", True, HU, R),
]) + at("d", f"{DNS}; the controls: a certificate or OUR domain's DKIM / SPF record, no missing domain", [
    ("c-fr-certificat-tls-du-domaine-introuvable", "550 5.7.0 Le certificat TLS du domaine partner.example est "
     "introuvable", "5.7.0", "RCPT", False, (), ANY),
    ("c-es-registro-dkim-del-dominio-no-existe", "550 5.7.1 El registro DKIM del dominio example.com no existe",
     "5.7.1", "DATA", False, (), ANY),
    ("c-de-spf-eintrag-der-domain-nicht-gefunden", "550 5.7.1 SPF-Eintrag der Domain example.com nicht gefunden",
     "5.7.1", "DATA", False, (), ANY),
    ("c-de-dns-eintrag-der-absenderdomain", "553 5.7.1 DNS-Eintrag der Absenderdomain example.com nicht gefunden",
     "5.7.1", "RCPT", False, (), S),
])

# ---- (2) ndr_sentences ------------------------------------------------------------------------------------------
NDR_ROWS = at("n", f"{SENDER_AT_RCPT}; {LANGS}; attack: OUR sender's address 'could not be found' (Outlook's Korean "
              "'보낸 사람' is From)", [
    ("ko-bonaen-saram-email-not-found", "553 5.7.1 보낸 사람의 이메일 주소를 찾을 수 없습니다", "5.7.1", "RCPT",
     False, (), S),
    ("ko-balsinja-email-not-found", "553 5.7.1 발신자 이메일 주소를 찾을 수 없습니다", "5.7.1", "RCPT", False, (),
     S),
    ("tr-gonderici-eposta-bulunamadi", "553 5.7.1 Gönderici e-posta adresi bulunamadı", "5.7.1", "RCPT", False, (),
     S),
    ("sv-din-epostadress-kunde-inte-hittas", "553 5.7.1 Din e-postadress kunde inte hittas i katalogen", "5.7.1",
     "RCPT", False, (), S),
]) + at("n", f"{LANGS}; the controls: the recipient's address not found, hard", [
    ("c-sv-mottagarens-adress", "550 5.0.0 Mottagarens e-postadress kunde inte hittas", "5.0.0", "RCPT", True, UU, R),
    ("c-ko-susinja-email-not-found", "550 5.0.0 수신자의 이메일 주소를 찾을 수 없습니다", "5.0.0", "RCPT", True, UU,
     R),
])

# ---- (3) Dutch 'dit' --------------------------------------------------------------------------------------------
DIT_ROWS = at("y", f"{LANGS}; attack: Dutch 'dit' (this) before the noun and 'bestaat niet' (not 'is')", [
    ("nl-dit-emailadres-bestaat-niet", "550 5.0.0 Dit e-mailadres bestaat niet", "5.0.0", "RCPT", True, UU, R),
    ("nl-dit-account-bestaat-niet-meer", "550 5.0.0 Dit account bestaat niet meer", "5.0.0", "RCPT", True, UU, R),
]) + at("y", f"{SENDER_AT_RCPT}; {LANGS}; the controls: Danish 'dit' / 'din' (your), our side", [
    ("c-da-din-emailadresse-findes-ikke", "553 5.7.1 Din e-mailadresse findes ikke", "5.7.1", "RCPT", False, (), S),
    ("c-da-dit-konto-er-spaerret", "553 5.7.1 Dit konto er spærret", "5.7.1", "MAIL", False, (), ANY),
])

# ---- (4) route_words' relay refusals ----------------------------------------------------------------------------
RELAY_ROWS = at("l", f"{LANGS}; attack: a relay refusal beside the missing user said 'desconhecido' / 'okänd'", [
    ("pt-usuario-desconhecido-retransmissao", "550 5.0.0 Usuário desconhecido; retransmissão não permitida", "5.0.0",
     "RCPT", True, UU, R),
    ("sv-okand-mottagare-vidarebefordran", "550 5.0.0 Okänd mottagare, vidarebefordran nekas", "5.0.0", "RCPT", True,
     UU, R),
]) + at("l", f"{LANGS}; the control: the relay refusal alone", [
    ("c-pt-retransmissao-nao-permitida", "550 5.7.1 Retransmissão não permitida", "5.7.1", "RCPT", False, (), ANY),
])

# ---- (5) mailbox_states ------------------------------------------------------------------------------------------
STATE_ROWS = at("m", f"{LANGS}; attack: the sending IP said NOT blocked beside the missing recipient", [
    ("ko-ip-not-blocked-recipient-missing", "550 5.0.0 발송 IP는 차단되지 않았으나 수신자 주소가 존재하지 않습니다",
     "5.0.0", "RCPT", True, UU, R),
]) + at("m", f"{LANGS}; attack: the MAILBOX said to exceed its size (a quota) after an e-mail's noun", [
    ("pt-caixa-postal-excede-tamanho", "552 5.0.0 E-mail não entregue: a caixa postal do destinatário excede o "
     "tamanho máximo", "5.0.0", "RCPT", False, ("mailboxfull",), R),
]) + at("m", f"{LANGS}; the control: Korean IP blocked", [
    ("c-ko-ip-blocked", "554 5.7.1 발송 IP가 차단되었습니다", "5.7.1", "RCPT", False, (), ANY),
])

# ---- (6) retired_address ----------------------------------------------------------------------------------------
RETIRED_ROWS = at("r", f"{ADMIN}; attack: a true time since followed by a cause or a resend (_WHILE's new words)", [
    ("over-a-year-please-resend-to", "550 5.7.1 This address is no longer in use for over a year, please resend to "
     "info@partner.example", "5.7.1", "RCPT", True, UU, R),
    ("several-years-due-to-rename", "550 5.7.1 This address is no longer in use for several years due to the change "
     "of company name", "5.7.1", "RCPT", True, UU, R),
    ("a-long-time-retry-with", "550 5.7.1 This address is no longer in use for a long time, retry with "
     "info@partner.example", "5.7.1", "RCPT", True, UU, R),
]) + at("r", f"{ADMIN}; attack: a spell's cause said 'because of' / 'owing to' (not in _WHILE)", [
    ("two-weeks-because-of-office-move", "550 5.2.1 This address is no longer in use for two weeks because of an "
     "office move", "5.2.1", "RCPT", False, (), R),
    ("a-few-days-owing-to-upgrade", "550 5.2.1 This address is no longer in use for a few days owing to a system "
     "upgrade", "5.2.1", "RCPT", False, (), R),
]) + at("r", f"{ADMIN}; the control: 'since the migration' (no 'for'), the address retired", [
    ("c-since-the-migration", "550 5.7.1 This mailbox is no longer in use since the migration to the new domain",
     "5.7.1", "RCPT", True, UU, R),
])

# ---- (7) deleted_nordic -----------------------------------------------------------------------------------------
NORDIC_ROWS = at("o", f"{LANGS}; attack: a gateway quotes the remote reason whole (a closing quote after it)", [
    ("da-quoted-whole-postkassen-slettet", "550 5.0.0 Levering mislykkedes, fjernserveren svarede: \"Postkassen er "
     "slettet\"", "5.0.0", "RCPT", True, UU, R),
    ("fi-quoted-whole-tili-poistettu", "550 5.0.0 Toimitus epäonnistui: 'Käyttäjän tili on poistettu'", "5.0.0",
     "RCPT", True, UU, R),
]) + at("o", f"{SENDER_AT_RCPT}; {LANGS}; attack: OUR sender's account in the new compounds and forms", [
    ("fi-lahettajan-kayttajatili-poistettu", "553 5.7.1 Lähettäjän käyttäjätili on poistettu", "5.7.1", "RCPT", False,
     (), S),
    ("tr-gonderici-hesabi-silinmis", "553 5.7.1 Gönderici hesabı silinmiş", "5.7.1", "RCPT", False, (), S),
    ("hu-felado-email-cime-torolve", "553 5.7.1 A feladó e-mail címe törölve", "5.7.1", "RCPT", False, (), S),
]) + at("o", f"{SENDER_AT_RCPT}; {LANGS}; the controls: 'din' after the noun, a sender compound", [
    ("c-no-epostkontoen-din-slettet", "553 5.7.1 E-postkontoen din er slettet", "5.7.1", "RCPT", False, (), S),
    ("c-da-afsenderkontoen-slettet", "553 5.7.1 Afsenderkontoen er slettet", "5.7.1", "RCPT", False, (), S),
])

# ---- (8) bare_deleted -------------------------------------------------------------------------------------------
DELETED_ROWS = at("b", f"{ADMIN}; attack: the user removed from a directory's mail group / distribution list", [
    ("user-deleted-from-the-ldap-mail-group", "550 5.7.1 Not allowed: user deleted from the LDAP mail group",
     "5.7.1", "RCPT", False, (), ANY),
    ("user-deleted-from-ad-distribution-list", "550 5.7.1 Recipient rejected: user deleted from AD distribution list "
     "ExternalMail", "5.7.1", "RCPT", False, (), ANY),
]) + at("b", f"{ADMIN}; attack: our client's user ('client', not in _OURS) deleted", [
    ("relaying-denied-client-user-deleted", "550 5.7.1 Relaying denied: client user deleted", "5.7.1", "RCPT", False,
     (), ANY),
]) + at("b", f"{ADMIN}; the controls: deleted from the directory, by the administrator", [
    ("c-user-deleted-from-ldap", "550 5.0.0 User deleted from LDAP", "5.0.0", "RCPT", True, UU, R),
    ("c-mailbox-deleted-by-the-administrator", "550 5.0.0 Mailbox deleted by the administrator", "5.0.0", "RCPT",
     True, UU, R),
])

# ---- (9) formats.smtp_command: a bare capital MAIL ---------------------------------------------------------------
CAPS = "RFC 5321 4.2 (the reply text is free; some gateways upper-case it, as the invariance grid does)"
CAPS_ROWS = at("c", f"{CAPS}; attack: MAIL ends the reply or stands in brackets, a noun not the command", [
    ("caps-recipient-does-not-receive-mail", "550 5.1.1 RECIPIENT DOES NOT RECEIVE MAIL", "5.1.1", "RCPT", True, UU,
     R),
    ("caps-no-such-user-bracket-mail", "550 5.1.1 NO SUCH USER HERE (MAIL)", "5.1.1", "RCPT", True, UU, R),
]) + at("c", f"{CAPS}; the control: our sender refused after MAIL FROM", [
    ("c-caps-sender-rejected-mail-from", "553 5.7.1 SENDER REJECTED AT MAIL FROM", "5.7.1", "MAIL", False, (), ANY),
])

ROWS = DOMAIN_ROWS + NDR_ROWS + DIT_ROWS + RELAY_ROWS + STATE_ROWS + RETIRED_ROWS + NORDIC_ROWS + DELETED_ROWS \
    + CAPS_ROWS
