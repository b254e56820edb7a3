"""Audit 46: an ADVERSARIAL audit of the mends merged on 2026-12-07 (git log 2af83ca9..877ef69b: audit 45, novel45,
recipients45), HAND-MADE rows written before the classifier ran on them (committed first). Relayed replies here (our
relay's copy of one remote reply), for the mends about WORDS:
(1) deleted_nordic (fi/hu/da/no/tr 'deleted'): said of OUR sender, our SMTP login, a quoted subject; true deletions in
    the languages' other ordinary forms (compounds, 'er blevet', 'silinmiş', 'címe', 'fra systemet');
(2) bare_deleted's new clause ends (a dash, a bracket, 'permanently', 'from the LDAP / AD') said of a message or a
    group, and 'user' words of our side _OURS misses; true deletions ending otherwise ('by the administrator');
(3) retired_address's _SPELL / _SURELY_SINCE: a spell said by 'from today', 'due to maintenance', 'resend after', or
    after 'over / the past'; true retirements said 'for a few years', 'for a long time';
(4) small_server_wordings / severity.scope_of / wordings.SENDER_QUOTA: Qsmtp's and Magma's words (controls).
Whole notices (the mends about LAYOUT) are in review_audit46_notices.py. Rows: (name, source, raw, expected) as
review_check reads them; "attack" in a source marks a variant made to probe, "control" one that must keep its reading.
Expectations follow the servers' words and shared/classifier/taxonomy.md; test_review_audit46.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
at = relayed_for("a46", MX, LEAD)

LANGS = f"{ADMIN}; the languages' ordinary words (Finnish, Hungarian, Danish, Norwegian, Turkish), hand-made"
AUTH = ("RFC 4954 section 6 (535 5.7.8 authentication credentials invalid) and Postfix smtpd's SASL refusals; an "
        "admin's text after it")
FILTER = ("a content or virus filter's reply at DATA (amavisd-new's and ClamAV milters' '554 5.7.1' / '550 5.7.1' "
          "texts, an admin's wording)")

# ---- (1) deleted_nordic ----------------------------------------------------------------------------------------
NORDIC_ROWS = at("n", f"{LANGS}; attack: the deletion said of OUR sender's account at MAIL FROM", [
    ("fi-lahettajan-tili-poistettu", "553 5.7.1 Lähettäjän tili on poistettu", "5.7.1", "MAIL", False, (), ANY),
    ("hu-felado-fiokja-torolve", "553 5.7.1 A feladó fiókja törölve", "5.7.1", "MAIL", False, (), ANY),
    ("tr-gonderenin-hesabi-silindi", "553 5.7.1 Gönderenin hesabı silindi", "5.7.1", "MAIL", False, (), ANY),
]) + at("n", f"{LANGS}; attack: our relay login ('SMTP-' compounded) deleted", [
    ("da-smtp-kontoen-slettet", "550 5.7.1 Afsender afvist: SMTP-kontoen er slettet", "5.7.1", "MAIL", False, (),
     ANY),
    ("fi-smtp-tili-poistettu", "550 5.7.1 Lähetys estetty: SMTP-tili on poistettu", "5.7.1", "MAIL", False, (), ANY),
    ("tr-smtp-hesabi-silindi", "550 5.7.1 Gönderim reddedildi: SMTP hesabı silindi", "5.7.1", "MAIL", False, (),
     ANY),
]) + at("n", f"{LANGS}; attack: the words quoted from a subject a filter matched", [
    ("no-subject-adressen-slettet-quoted", "550 5.7.1 Meldingen er avvist: emnet 'Adressen er slettet' ligner "
     "phishing", "5.7.1", "DATA", False, (), ANY),
    ("hu-subject-fiok-torolve-quoted", "550 5.7.1 Az üzenet elutasítva: a tárgy \"Fiók törölve\" adathalászatra "
     "utal", "5.7.1", "DATA", False, (), ANY),
]) + at("n", f"{LANGS}; the controls: the recipient's account deleted, read hard", [
    ("c-hu-cimzett-fiokja-torolve", "550 5.0.0 A címzett fiókja törölve", "5.0.0", "RCPT", True, UU, R),
    ("c-tr-kullanici-hesabi-silindi", "550 5.0.0 Kullanıcı hesabı silindi", "5.0.0", "RCPT", True, UU, R),
    ("c-fi-kayttajan-tili-poistettu", "550 5.0.0 Käyttäjän tili on poistettu", "5.0.0", "RCPT", True, UU, R),
    ("c-fi-osoite-poistettu-postituslistalta", "550 5.7.1 Osoite on poistettu postituslistalta", "5.7.1", "DATA",
     False, (), ANY),
]) + at("n", f"{LANGS}; true deletions in the languages' other ordinary forms (false softs)", [
    ("tp-hu-email-cime-torolve", "550 5.0.0 A címzett e-mail címe törölve", "5.0.0", "RCPT", True, UU, R),
    ("tp-tr-hesabi-silinmis", "550 5.0.0 Alıcının hesabı silinmiş", "5.0.0", "RCPT", True, UU, R),
    ("tp-no-brukerkontoen-slettet", "550 5.0.0 Brukerkontoen er slettet", "5.0.0", "RCPT", True, UU, R),
    ("tp-da-postkassen-er-blevet-slettet", "550 5.0.0 Postkassen er blevet slettet", "5.0.0", "RCPT", True, UU, R),
    ("tp-no-kontoen-har-blitt-slettet", "550 5.0.0 Kontoen har blitt slettet", "5.0.0", "RCPT", True, UU, R),
    ("tp-fi-kayttajatili-poistettu", "550 5.0.0 Käyttäjätili on poistettu", "5.0.0", "RCPT", True, UU, R),
    ("tp-da-brugeren-slettet-fra-systemet", "550 5.0.0 Brugeren er slettet fra systemet", "5.0.0", "RCPT", True, UU,
     R),
])

# ---- (2) bare_deleted ------------------------------------------------------------------------------------------
DELETED_ROWS = at("d", f"{FILTER}; attack on bare_deleted._ENDS's new ends (a dash, a bracket, 'permanently') said of "
                  "a message", [
    ("message-from-user-deleted-dash-virus", "550 5.7.1 Message from user deleted - virus found", "5.7.1", "DATA",
     False, (), ANY),
    ("message-for-recipient-deleted-bracket-score", "554 5.7.1 Content filter: message for recipient deleted [SPAM "
     "score 12.3]", "5.7.1", "DATA", False, (), ANY),
    ("attachment-for-user-deleted-permanently", "554 5.7.1 Virus found: the attachment for the user was deleted "
     "permanently.", "5.7.1", "DATA", False, (), ANY),
]) + at("d", f"{ADMIN}; attack: the user removed from a directory GROUP (it exists: a policy), 'from the LDAP' / 'AD'", [
    ("user-deleted-from-ldap-group", "550 5.7.1 Recipient rejected: user deleted from the LDAP group internet-mail",
     "5.7.1", "RCPT", False, (), ANY),
    ("user-deleted-from-ad-group", "550 5.7.1 Not allowed: user deleted from AD group MailExternal", "5.7.1", "RCPT",
     False, (), ANY),
]) + at("d", f"{AUTH}; {ADMIN}; attack: the 'user' of OUR side in words _OURS does not list", [
    ("authenticated-user-deleted", "550 5.7.1 Relay denied: authenticated user deleted.", "5.7.1", "MAIL", False, (),
     ANY),
    ("sender-user-deleted", "553 5.7.1 Sender rejected: sender user deleted.", "5.7.1", "MAIL", False, (), ANY),
    ("group-owner-user-deleted", "550 5.7.1 Post rejected: group owner user deleted.", "5.7.1", "DATA", False, (),
     ANY),
]) + at("d", f"{ADMIN}; the controls: the recipient's user deleted, each new end", [
    ("c-user-deleted-dash-mailbox-closed", "550 5.0.0 User deleted - mailbox closed", "5.0.0", "RCPT", True, UU, R),
    ("c-recipient-deleted-bracket-ticket", "550 5.0.0 Recipient deleted [ticket HR-5521]", "5.0.0", "RCPT", True, UU,
     R),
    ("c-user-deleted-from-ldap-directory", "550 5.0.0 User deleted from the LDAP directory", "5.0.0", "RCPT", True,
     UU, R),
]) + at("d", f"{ADMIN}; true deletions ending otherwise (false softs)", [
    ("tp-recipient-deleted-by-administrator", "550 5.0.0 Recipient deleted by administrator", "5.0.0", "RCPT", True,
     UU, R),
    ("tp-user-deleted-after-leaving", "550 5.0.0 User deleted after leaving the company", "5.0.0", "RCPT", True, UU,
     R),
])

# ---- (3) retired_address ---------------------------------------------------------------------------------------
RETIRED_ROWS = at("r", f"{ADMIN}; attack on retired_address's _SPELL / _SURELY_SINCE (a spell said otherwise)", [
    ("for-three-weeks-from-today", "550 5.2.1 Sorry, that address is no longer in use for three weeks from today",
     "5.2.1", "RCPT", False, (), R),
    ("for-two-weeks-due-to-maintenance", "550 5.2.1 That address is no longer in use for two weeks due to mailbox "
     "maintenance", "5.2.1", "RCPT", False, (), R),
    ("for-two-weeks-resend-after", "550 5.2.1 Sorry, that address is no longer in use for two weeks, please resend "
     "after 21 December", "5.2.1", "RCPT", False, (), R),
    ("for-the-past-two-weeks-while-migrated", "550 5.2.1 That address is no longer in use for the past two weeks "
     "while the mailbox is migrated; mail resumes on 14 December", "5.2.1", "RCPT", False, (), R),
    ("for-over-two-weeks-on-leave", "550 5.2.1 That address is no longer in use for over two weeks during her "
     "parental leave", "5.2.1", "RCPT", False, (), R),
]) + at("r", f"{ADMIN}; the controls: a time since, read hard", [
    ("c-for-more-than-two-years-not-forwarded", "550 5.7.1 That address is no longer in use for more than two "
     "years; mail is not forwarded", "5.7.1", "RCPT", True, UU, R),
    ("c-for-three-years-now", "550 5.7.1 Sorry, that address is no longer in use for three years now", "5.7.1",
     "RCPT", True, UU, R),
]) + at("r", f"{ADMIN}; true retirements said with a time since _SINCE does not spell (false softs)", [
    ("tp-for-a-few-years-now", "550 5.7.1 Sorry, that address is no longer in use for a few years now", "5.7.1",
     "RCPT", True, UU, R),
    ("tp-for-a-long-time", "550 5.7.1 This address is no longer in use for a long time", "5.7.1", "RCPT", True, UU,
     R),
])

# ---- (4) Qsmtp, Magma, the scope of an AUTH reply ----------------------------------------------------------------
QSMTP = "DerDakon/Qsmtp qsmtpd/filters/fromdomain.c and spf.c"
MAGMA = "lavabit/magma src/servers/smtp/smtp.c"
SMALL_ROWS = at("s", f"{QSMTP}; the control: OUR sender domain's mail exchangers", [
    ("c-qsmtp-all-your-mx-loopback", "501 5.4.0 all your mail exchangers have loopback addresses", "5.4.0", "RCPT",
     False, (), S),
]) + at("s", f"{MAGMA}; the control: OUR account's outbound quota, OUR address refused", [
    ("c-magma-outbound-quota", "550 OUTBOUND MAIL QUOTA EXCEEDED - THIS ACCOUNT MAY ONLY SEND 250 MESSAGES EVERY 24 "
     "HOURS", "5.0.0", "MAIL", False, (), S),
    ("c-magma-account-not-authorized-address", "550 DATA BLOCKED - THIS USER ACCOUNT IS NOT AUTHORIZED TO SEND "
     "MESSAGES WITH THE ADDRESS <seller@example.com>", "5.0.0", "MAIL", False, (), S),
]) + at("s", f"{AUTH}; attack on severity._AUTH_REPLY: a 535 with the deletion words of OUR login", [
    ("auth-535-user-deleted", "535 5.7.8 Authentication failed: user deleted", "5.7.8", "MAIL", False, (), S),
]) + at("s", f"{MAGMA}; attack: the recipient's (inbound) quota is NOT our outbound one", [
    ("c-inbound-mail-quota-exceeded", "552 5.2.2 Mailbox full: inbound mail quota exceeded", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
])

ROWS = NORDIC_ROWS + DELETED_ROWS + RETIRED_ROWS + SMALL_ROWS

# ---- the mends' controls (audit 46): nearby replies that must NOT change -----------------------------------------
MEND = "the mend's control (audit 46)"
CONTROL_ROWS = at("c", f"{ADMIN}; {MEND}: retired_address's _WHILE / _SINCE", [
    ("for-a-few-weeks-during-leave-not-hard", "550 5.2.1 That address is no longer in use for a few weeks during her "
     "leave", "5.2.1", "RCPT", False, (), R),
    ("for-a-long-time-remove-it-still-hard", "550 5.7.1 That address is no longer in use for a long time, please "
     "remove it from your list", "5.7.1", "RCPT", True, UU, R),
    ("for-the-past-two-years-still-hard", "550 5.7.1 That address is no longer in use for the past two years", "5.7.1",
     "RCPT", True, UU, R),
    ("for-two-years-from-the-old-office-still-hard", "550 5.7.1 Sorry, that address is no longer in use for two "
     "years, since the move from the old office", "5.7.1", "RCPT", True, UU, R),
]) + at("c", f"{ADMIN}; {FILTER}; {MEND}: bare_deleted's 'by the administrator', 'after leaving', _OURS", [
    ("message-to-user-deleted-by-administrator-not-hard", "550 5.7.1 Your message to the user was deleted by the "
     "administrator.", "5.7.1", "DATA", False, (), ANY),
    ("smtp-user-deleted-by-admin-not-hard", "535 5.7.8 Authentication failed: SMTP user deleted by admin", "5.7.8",
     "MAIL", False, (), ANY),
    ("accounts-deleted-after-90-days-policy-not-hard", "550 5.2.1 Inactive accounts are deleted after 90 days; this "
     "one is suspended", "5.2.1", "RCPT", False, (), ANY),
    ("mailbox-deleted-after-leaving-hard", "550 5.0.0 Mailbox deleted after leaving the company", "5.0.0", "RCPT",
     True, UU, R),
    ("user-deleted-from-ad-still-hard", "550 5.0.0 User deleted from AD", "5.0.0", "RCPT", True, UU, R),
]) + at("c", f"{LANGS}; {MEND}: deleted_nordic's new forms said of OUR side, a group, a quotation", [
    ("da-smtp-kontoen-er-blevet-slettet-not-hard", "550 5.7.1 Afsender afvist: SMTP-kontoen er blevet slettet",
     "5.7.1", "MAIL", False, (), ANY),
    ("hu-felado-email-cime-torolve-not-hard", "553 5.1.8 A feladó e-mail címe törölve", "5.1.8", "MAIL", False, (),
     ANY),
    ("no-brukeren-slettet-fra-gruppen-not-hard", "550 5.7.1 Brukeren er slettet fra gruppen", "5.7.1", "RCPT", False,
     (), ANY),
    ("tr-gonderenin-hesabi-silinmis-not-hard", "553 5.7.1 Gönderenin hesabı silinmiş", "5.7.1", "MAIL", False, (),
     ANY),
    ("da-subject-typographic-quote-not-hard", "550 5.7.1 Beskeden er afvist: emnet “Kontoen er slettet” ligner "
     "phishing", "5.7.1", "DATA", False, (), ANY),
    ("en-your-email-was-deleted-not-hard", "550 5.7.1 Your e-mail was deleted by the content filter", "5.7.1", "DATA",
     False, (), ANY),
    ("hu-postafiok-torolve-rendszerbol-hard", "550 5.0.0 A címzett postafiókja törölve a rendszerből", "5.0.0",
     "RCPT", True, UU, R),
])
ROWS = ROWS + CONTROL_ROWS

# ---- round two (audit 46): attacks on this audit's own mends, expectations before the classifier ran ---------------
ROUND2 = at("m", f"{ADMIN}; {LANGS}; attack on audit 46's own mends (the compounds, _WHILE's 'from today')", [
    ("da-relay-smtp-brugerkontoen-slettet", "550 5.7.1 Relæ nægtet: SMTP-brugerkontoen er slettet", "5.7.1", "MAIL",
     False, (), ANY),
    ("fi-smtp-kayttajatili-poistettu", "550 5.7.1 Välitys estetty: SMTP-käyttäjätili on poistettu", "5.7.1", "MAIL",
     False, (), ANY),
    ("tr-smtp-kullanici-hesabi-silinmis", "550 5.7.1 Aktarım reddedildi: SMTP kullanıcı hesabı silinmiş", "5.7.1",
     "MAIL", False, (), ANY),
    ("hu-felado-felhasznaloja-torolve", "553 5.7.1 A feladó felhasználója törölve", "5.7.1", "MAIL", False, (), ANY),
    ("for-two-weeks-from-now", "550 5.2.1 That address is no longer in use for two weeks from now", "5.2.1", "RCPT",
     False, (), R),
    ("tp-for-over-a-year-update-from-today", "550 5.7.1 That address is no longer in use for over a year; please "
     "update your records from today", "5.7.1", "RCPT", True, UU, R),
    ("tp-recipient-deleted-by-it-department", "550 5.0.0 Recipient deleted by the IT department", "5.0.0", "RCPT",
     True, UU, R),
])
ROWS = ROWS + ROUND2
