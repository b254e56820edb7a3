"""The hundred-and-forty-sixth review: an ADVERSARIAL AUDIT of review 141's mend, classifier/verb_final.py (German /
Dutch / Turkish verb-final clauses after "weil / da / dass / zumal", "omdat / doordat / aangezien / dat", Turkish
"olmadığı için": the recipient missing or deleted, its domain missing, our sender missing; HEDGED and _SUPPOSED guards),
its hooks in lexicon.py (no_such_recipient, no_such_domain, sender_refused), departures._not_the_address using
verb_final.HEDGED, and lexicon_more's Dutch "zwarte lijst".

Attacks (step 1, every row's expectation written from the words, the status and shared/classifier/taxonomy.md BEFORE
the classifier ran on it):
  1. FALSE HARDS: a verb-final clause that is no statement about the recipient's address — a denied or doubted
     "dass" ("Das bedeutet nicht, dass ...", "keinen Hinweis darauf, dass ...", Dutch "niet zeker dat", "betekent niet,
     dat"), a help line ("Bitte stellen Sie sicher, dass die Adresse existiert"), a server or connection in the clause,
     a forwarding target ("weil die Zieladresse <fwd@...> nicht mehr existiert": review 130 judged a forward's loss no
     deletion of the mailbox), Turkish "Gönderen adresi / IP adresiniz / Adresiniz ... olmadığı için" (the sender's,
     not the recipient's), a Dutch "of" question ("niet bekend of het account is verwijderd").
  2. OUR sender said with other nouns: "Rücksendeadresse", "Envelope-From-Adresse", "die Domain der Absenderadresse",
     "die Domain Ihrer E-Mail-Adresse", "das Konto des Absenders", our own address named in angle brackets, Dutch "het
     domein van uw e-mailadres", "het retouradres": ours, soft (taxonomy §7).
  3. 4.x delays and auto-replies with such clauses: delays / no bounce.
  4. FALSE SOFTS left: the _SUPPOSED guard's "möglich / mogelijk" in a bounce's own heading ("Zustellung nicht mehr
     möglich, da ...", "Keine Zustellung möglich, da ...", Dutch "Bezorging niet mogelijk omdat ..."); nouns the rule
     lacks ("Adressat", "Mailadresse", "geadresseerde", "domeinnaam", "Domainname"); "ungültig / ongeldig"; other
     conjunctions (Dutch "daar" = because, German "nachdem", "denn", Dutch "want", "zodat"); German reported speech in
     the subjunctive ("dass der Empfänger unbekannt sei", "die Adresse existiere nicht"); the main-clause forms review
     141 left ("Das Postfach des Empfängers wurde gelöscht", "Die E-Mail-Adresse ist ungültig", "De mailbox is
     verwijderd", "Account is verwijderd", "Het e-mailadres is ongeldig").

Found (first run, 196 rows, commit ac2832b): 128 misread —
  - 38 FALSE HARDS: "Das bedeutet nicht, dass ...", "Diese Ablehnung heißt nicht, dass das Postfach gelöscht wurde"
    (verb_final and departures), "keinen Hinweis darauf, dass ..." (quoted layouts), "Het is niet zeker dat ...",
    "Dit betekent niet, dat ..." (_BECAUSE's look-behinds see only "nicht dass" side by side); a forward's target
    ("Weiterleitung fehlgeschlagen, weil die Zieladresse <fwd@...> nicht mehr existiert"); Turkish "IP adresiniz /
    Adresiniz / Gönderen adresi ... olmadığı için" (the reader's or the sender's, read the recipient's); OUR address
    named in the clause ("weil die Adresse <ours> nicht existiert", "omdat het adres <ours> niet bestaat":
    said_address knew only the verb-second order); lexicon's older phrases inside a supposed clause ("Es ist möglich,
    dass der Empfänger unbekannt ist", "mogelijk omdat de ontvanger onbekend is": _SUPPOSED guarded verb_final only).
  - 57 FALSE SOFTS (onhold): the _SUPPOSED guard took a bounce's own heading for a supposition ("Zustellung nicht mehr
    möglich, da ...", Dutch "Bezorging niet mogelijk omdat ..."); nouns and verbs the rule lacked ("Adressat",
    "Mailadresse", "geadresseerde", "Domainname", "domeinnaam", "ungültig ist", "ongeldig is", the subjunctive "existiere
    nicht"), Dutch "daar" (because); the main-clause forms review 141 left ("Das Postfach des Empfängers wurde
    gelöscht", "Die E-Mail-Adresse ist ungültig", "De mailbox is verwijderd", "Account is verwijderd", "Het e-mailadres
    is ongeldig", "Die Adresse wurde entfernt, sodass ...", "Het account is verwijderd, zodat ...").
  - 33 wrong scopes (soft, the recipient's): our sender as "Rücksendeadresse", "Envelope-From-Adresse", "die Domain der
    Absenderadresse / Ihrer E-Mail-Adresse", "das Konto des Absenders", "het domein van uw e-mailadres", "het
    retouradres", "Daar het adres van de afzender ...", main-clause "Die Absenderadresse ist ungültig", "Ihre
    E-Mail-Adresse ist ungültig", "Uw e-mailadres is ongeldig".
  Left reading right already: "denn" / "want" (main-clause order), "nachdem ... gelöscht wurde", Dutch "doorstuuradres",
  "güvenlik için", help lines with "sicherstellen, dass ... existiert", 4.x delays, auto-replies.
Round two (48 rows, controls on the mend): 0 misread. Round three (36 rows, attacks on the mend): 21 misread — 6 FALSE
HARDS of the new main-clause rule ("die Adresse ist ungültig, falls ...", "De gebruiker is verwijderd uit de
verzendlijst"), 6 false softs ("Sehr geehrter Absender, die Empfängeradresse ist ungültig": a salutation taken for our
sender; "Keine Weiterleitung möglich, da die Empfängeradresse ...": the forward guard), 9 wrong scopes; round three b
(6 rows): 6 misread ("Keine Zustellung an diese Adresse möglich, da ...", a false soft; "Vielleicht existiert die
Empfängeradresse nicht mehr, ...", a false hard of lexicon's older shape). Round four (22 rows): 0 misread.
Mended in classifier/verb_final.py (_DENIED, _FORWARD/_OWN_NOUN, _supposed/_NEGATED_BEFORE, governed, unstated,
_MAIN_GONE/_SENDER_BEFORE, _OUR_MAIN_GONE, nouns, Turkish), lexicon.no_such_recipient (verb_final.unstated, in the
line that was there), departures._not_the_address (verb_final.governed), said_address._MISSING. No strict xfails.

Rows: (name, source, raw, expected). Layouts: review_notices25.both_layouts (our relay's copy, Gmail's and Exchange
Online's quoting copies of 5.x replies), ours_in for our sender's clauses. All HAND-MADE; test_review_notices146.py runs
them. Our sender: sender@example.com (relay copy) / seller@example.com (Gmail and Exchange Online copies); the prospect
lead@example.org."""

from __future__ import annotations

import quopri

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices112 import LEAD, MX, ours_in

R, S, ANY = "recipient", "sender", None
UNK, HOST = ("userunknown",), ("hostunknown",)
HARD_UNK = (True, UNK, R)
HARD_HOST = (True, HOST, R)
NOT_HARD = (False, (), ANY)
OURS_SOFT = (False, (), S)

both = both_layouts("r146", MX, LEAD)


def ours(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    return ours_in("r146", prefix, source, entries)


ADMIN = ("Postfix access(5) 'REJECT optional text...' (postfix.org/access.5.html: the reply text an admin writes in an "
         "access map, here in German, Dutch or Turkish)")
MS_DE = ("Exchange Online's German NDR template ('Wenn dort beispielsweise steht, dass die Nachricht wegen eines "
         "potenziellen Virus gesperrt wurde, ...', as quoted on pastebin.com/7uyQfD4d: a 'dass' clause in a help "
         "line) and learn.microsoft.com/de-de/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online"
         " (5.1.1: 'The recipient may have set up email forwarding to an incorrect address')")
DE_SRC = (ADMIN + "; web.de/email/tipps/posts/mailer-daemon/91 ('Falsche Empfänger-Adresse oder Domain', 400er vs "
          "500er Bereich); " + MS_DE + "; hand-made as verb-final 'weil / da / dass' clauses and their look-alikes")
NL_SRC = (ADMIN + "; weboke.nl/knowledgebase/6 ('Meestal omdat het emailadres zelf niet bestaat'), "
          "forum.lasso-concepten.nl/t/foutmeldingen-bij-e-mail/154 ('450 - ... omdat de mailbox van de gebruiker niet "
          "beschikbaar was (bijvoorbeeld omdat deze vergrendeld was)', 'het e-mail adres bestaat niet meer'), "
          "support.yourhosting.nl 80001083637 ('wanneer het e-mailadres of de domeinnaam van de geadresseerde niet "
          "(meer) bestaat'), nl.help.carerix.com 2245905 ('Dit betekent dat het adres ... niet bestaat'); hand-made")
TR_SRC = (ADMIN + "; Turkish puts the cause in a participle before 'için' ('... olmadığı için'); 'gönderen' is the "
          "sender, '-iniz' your (the reader's); hand-made after review 141's 'Alıcı adresi mevcut olmadığı için'")

# ---- 1. FALSE-HARD hunt: a verb-final clause that states nothing about the recipient's address -------------------------
DE_NOT = [
    ("c-de-bedeutet-nicht-dass-adresse-nicht-existiert", "550 5.7.1 Abgewiesen (Richtlinie). Das bedeutet nicht, dass "
     "die Empfängeradresse nicht existiert", "5.7.1", "RCPT", *NOT_HARD),
    ("c-de-heisst-nicht-dass-postfach-geloescht", "550 5.7.1 Zugriff verweigert. Diese Ablehnung heißt nicht, dass das "
     "Postfach gelöscht wurde", "5.7.1", "RCPT", *NOT_HARD),
    ("c-de-kein-hinweis-dass-empfaenger-unbekannt", "550 5.7.1 Wegen Spamverdacht abgewiesen; es gibt keinen Hinweis "
     "darauf, dass der Empfänger unbekannt ist", "5.7.1", "DATA", *NOT_HARD),
    ("c-de-sicherstellen-dass-adresse-existiert", "550 5.7.1 Abgewiesen (Richtlinie). Bitte stellen Sie sicher, dass "
     "die Adresse existiert und richtig geschrieben ist", "5.7.1", "RCPT", *NOT_HARD),
    ("c-de-pruefen-dass-nicht-falsch-geschrieben", "550 5.7.1 Abgewiesen (Richtlinie). Prüfen Sie, dass die Adresse "
     "nicht falsch geschrieben ist", "5.7.1", "RCPT", *NOT_HARD),
    ("c-de-weil-server-nicht-erreichbar", "550 Zustellung fehlgeschlagen, weil der Server des Empfängers nicht "
     "erreichbar ist", "5.0.0", "RCPT", *NOT_HARD),
    ("c-de-da-verbindung-nicht-hergestellt", "554 Zustellung fehlgeschlagen, da die Verbindung nicht hergestellt werden "
     "konnte", "5.4.0", "CONN", *NOT_HARD),
    ("c-de-weiterleitung-zieladresse-nicht-mehr", "550 Weiterleitung fehlgeschlagen, weil die Zieladresse "
     "<fwd@elsewhere.example> nicht mehr existiert", "5.0.0", "RCPT", *NOT_HARD),
    ("c-de-da-adverb-ip-sperrliste", "550 5.7.1 Richtlinie: Da ist die Empfängeradresse nicht das Problem, sondern Ihre "
     "IP-Adresse steht auf einer Sperrliste", "5.7.1", "RCPT", False, ("blocked",), S),
    # Control of the denied "dass": the same clause stated.
    ("de-bedeutet-dass-adresse-nicht-existiert", "550 Nicht zugestellt. Das bedeutet, dass die Empfängeradresse nicht "
     "existiert", "5.0.0", "RCPT", *HARD_UNK),
]
NL_NOT = [
    ("c-nl-niet-zeker-dat-adres-niet-bestaat", "550 5.7.1 Geweigerd (beleid). Het is niet zeker dat het adres niet "
     "bestaat", "5.7.1", "RCPT", *NOT_HARD),
    ("c-nl-betekent-niet-komma-dat", "550 5.7.1 Geweigerd (beleid). Dit betekent niet, dat het adres niet bestaat",
     "5.7.1", "RCPT", *NOT_HARD),
    ("c-nl-niet-bekend-of-account-verwijderd", "550 5.7.1 Geweigerd. Het is niet bekend of het account is verwijderd",
     "5.7.1", "RCPT", *NOT_HARD),
    ("c-nl-omdat-server-niet-bereikbaar", "550 Bezorging mislukt omdat de server van de ontvanger niet bereikbaar is",
     "5.0.0", "RCPT", *NOT_HARD),
    ("c-nl-doorsturen-omdat-doeladres-niet-bestaat", "550 Doorsturen mislukt omdat het doorstuuradres "
     "<fwd@elsewhere.example> niet meer bestaat", "5.0.0", "RCPT", *NOT_HARD),
    ("c-nl-mogelijk-dat-adres-niet-bestaat", "550 Niet afgeleverd. Het is mogelijk dat het adres niet bestaat", "5.0.0",
     "RCPT", *NOT_HARD),
    ("nl-betekent-dat-adres-niet-bestaat", "550 Niet afgeleverd. Dit betekent dat het adres niet bestaat", "5.0.0",
     "RCPT", *HARD_UNK),
]
TR_NOT = [
    ("c-tr-ip-adresiniz-kayitli-olmadigi-icin", "550 5.7.1 IP adresiniz kayıtlı olmadığı için bağlantı reddedildi",
     "5.7.1", "RCPT", *NOT_HARD),
    ("c-tr-guvenlik-icin-spam", "554 5.7.1 İleti güvenlik için reddedildi: spam olarak algılandı", "5.7.1", "DATA",
     *NOT_HARD),
]
# ---- 2. OUR sender said with other nouns: ours, soft (taxonomy §7) -----------------------------------------------------
OURS_ROWS = [
    ("de-weil-adresse-ours-nicht-existiert", "550 Abgewiesen, weil die Adresse <sender@example.com> nicht existiert",
     "5.0.0", "RCPT", *OURS_SOFT),
    ("de-weil-ruecksendeadresse-nicht-existiert", "550 Abgewiesen, weil die Rücksendeadresse nicht existiert", "5.0.0",
     "RCPT", *OURS_SOFT),
    ("de-weil-envelope-from-adresse-nicht-existiert", "550 Abgewiesen, weil die Envelope-From-Adresse nicht existiert",
     "5.0.0", "RCPT", *OURS_SOFT),
    ("de-weil-domain-der-absenderadresse-nicht-existiert", "550 Abgewiesen, weil die Domain der Absenderadresse nicht "
     "existiert", "5.0.0", "RCPT", *OURS_SOFT),
    ("de-da-domain-ihrer-email-adresse-nicht-existiert", "550 Abgewiesen, da die Domain Ihrer E-Mail-Adresse nicht "
     "existiert", "5.0.0", "RCPT", *OURS_SOFT),
    ("de-weil-konto-des-absenders-geloescht", "550 Abgewiesen, weil das Konto des Absenders gelöscht wurde", "5.0.0",
     "RCPT", *OURS_SOFT),
    ("nl-omdat-domein-van-uw-emailadres-niet-bestaat", "550 Geweigerd omdat het domein van uw e-mailadres niet bestaat",
     "5.0.0", "RCPT", *OURS_SOFT),
    ("nl-omdat-retouradres-niet-bestaat", "550 Geweigerd omdat het retouradres niet bestaat", "5.0.0", "RCPT",
     *OURS_SOFT),
    ("nl-omdat-adres-ours-niet-bestaat", "550 Geweigerd omdat het adres <sender@example.com> niet bestaat", "5.0.0",
     "RCPT", *OURS_SOFT),
    ("nl-daar-adres-van-afzender-niet-bestaat", "550 Daar het adres van de afzender niet bestaat, is het bericht "
     "geweigerd", "5.0.0", "RCPT", *OURS_SOFT),
    ("tr-gonderen-adresi-mevcut-olmadigi-icin", "550 Gönderen adresi mevcut olmadığı için ileti reddedildi", "5.0.0",
     "RCPT", *OURS_SOFT),
    ("tr-adresiniz-kayitli-olmadigi-icin", "550 Adresiniz kayıtlı olmadığı için ileti reddedildi", "5.0.0", "RCPT",
     *OURS_SOFT),
    ("de-absenderadresse-ist-ungueltig", "550 Die Absenderadresse ist ungültig", "5.0.0", "RCPT", *OURS_SOFT),
    ("de-ihre-email-adresse-ist-ungueltig", "550 Ihre E-Mail-Adresse ist ungültig", "5.0.0", "RCPT", *OURS_SOFT),
    ("nl-uw-emailadres-is-ongeldig", "550 Uw e-mailadres is ongeldig", "5.0.0", "RCPT", *OURS_SOFT),
]
# ---- 3. 4.x delays ----------------------------------------------------------------------------------------------------
TEMP = [
    ("t-de-da-empfaengeradresse-nicht-gefunden-450", "450 4.1.1 Zustellung verzögert, da die Empfängeradresse derzeit "
     "nicht gefunden werden konnte", "4.1.1", "RCPT", *NOT_HARD),
    ("t-de-da-verbindung-nicht-hergestellt-451", "451 4.4.0 Zustellung verzögert, da die Verbindung nicht hergestellt "
     "werden konnte", "4.4.0", "RCPT", *NOT_HARD),
    ("t-nl-omdat-mailbox-niet-beschikbaar-450", "450 4.2.1 Tijdelijk geweigerd omdat de mailbox van de gebruiker niet "
     "beschikbaar was", "4.2.1", "RCPT", *NOT_HARD),
    ("t-nl-omdat-adres-niet-bestaat-451", "451 4.3.0 Later opnieuw proberen: gecontroleerd wordt of het adres niet "
     "bestaat", "4.3.0", "RCPT", *NOT_HARD),
]

# ---- 4. FALSE-SOFT hunt: what review 141's rule still misses -----------------------------------------------------------
DE_HARD = [
    ("de-nicht-mehr-moeglich-da-empfaengeradresse", "550 Zustellung nicht mehr möglich, da die Empfängeradresse nicht "
     "existiert", "5.0.0", "RCPT", *HARD_UNK),
    ("de-keine-zustellung-moeglich-da-unbekannt", "550 Keine Zustellung möglich, da der Empfänger unbekannt ist",
     "5.0.0", "RCPT", *HARD_UNK),
    ("de-weil-adressat-nicht-existiert", "550 Abgewiesen, weil der Adressat nicht existiert", "5.0.0", "RCPT",
     *HARD_UNK),
    ("de-da-mailadresse-nicht-existiert", "550 Abgewiesen, da die Mailadresse nicht existiert", "5.0.0", "RCPT",
     *HARD_UNK),
    ("de-weil-empfaengeradresse-ungueltig-ist", "550 Abgewiesen, weil die Empfängeradresse ungültig ist", "5.0.0",
     "RCPT", *HARD_UNK),
    ("de-weil-domainname-nicht-existiert", "550 Zustellung nicht möglich, weil der Domainname nicht existiert", "5.0.0",
     "RCPT", *HARD_HOST),
    ("de-nachdem-postfach-geloescht", "550 Zustellung nicht möglich, nachdem das Postfach gelöscht wurde", "5.0.0",
     "RCPT", *HARD_UNK),
    ("de-denn-empfaengeradresse-existiert-nicht", "550 Abgewiesen, denn die Empfängeradresse existiert nicht", "5.0.0",
     "RCPT", *HARD_UNK),
    ("de-adresse-entfernt-sodass", "550 Die Adresse wurde entfernt, sodass keine Zustellung möglich ist", "5.0.0",
     "RCPT", *HARD_UNK),
    ("de-dass-empfaenger-unbekannt-sei", "550 Der Zielserver meldet, dass der Empfänger unbekannt sei", "5.0.0", "RCPT",
     *HARD_UNK),
    ("de-adresse-existiere-nicht", "550 Der Zielserver meldet, die Adresse existiere nicht", "5.0.0", "RCPT",
     *HARD_UNK),
    ("de-postfach-des-empfaengers-wurde-geloescht", "550 Das Postfach des Empfängers wurde gelöscht", "5.0.0", "RCPT",
     *HARD_UNK),
    ("de-email-adresse-ist-ungueltig", "550 Die E-Mail-Adresse ist ungültig", "5.0.0", "RCPT", *HARD_UNK),
    ("de-empfaengeradresse-ist-ungueltig", "550 Die Empfängeradresse ist ungültig", "5.0.0", "RCPT", *HARD_UNK),
    # Controls: the possible / not the address.
    ("c-de-nachricht-ist-ungueltig", "550 5.6.0 Die Nachricht ist ungültig", "5.6.0", "DATA", *NOT_HARD),
    ("c-de-es-ist-moeglich-dass-unbekannt", "550 Nicht zugestellt. Es ist möglich, dass der Empfänger unbekannt ist",
     "5.0.0", "RCPT", *NOT_HARD),
]
NL_HARD = [
    ("nl-niet-mogelijk-omdat-emailadres-niet-bestaat", "550 Bezorging niet mogelijk omdat het e-mailadres niet bestaat",
     "5.0.0", "RCPT", *HARD_UNK),
    ("nl-daar-adres-niet-bestaat", "550 Bericht geweigerd, daar het adres niet bestaat", "5.0.0", "RCPT", *HARD_UNK),
    ("nl-omdat-geadresseerde-niet-bestaat", "550 Niet afgeleverd omdat de geadresseerde niet bestaat", "5.0.0", "RCPT",
     *HARD_UNK),
    ("nl-omdat-domeinnaam-van-geadresseerde-niet-bestaat", "550 Niet afgeleverd omdat de domeinnaam van de "
     "geadresseerde niet bestaat", "5.0.0", "RCPT", *HARD_HOST),
    ("nl-omdat-emailadres-ongeldig-is", "550 Geweigerd omdat het e-mailadres ongeldig is", "5.0.0", "RCPT", *HARD_UNK),
    ("nl-want-adres-bestaat-niet", "550 Geweigerd, want het adres bestaat niet", "5.0.0", "RCPT", *HARD_UNK),
    ("nl-account-verwijderd-zodat", "550 Het account is verwijderd, zodat het bericht niet kan worden afgeleverd",
     "5.0.0", "RCPT", *HARD_UNK),
    ("nl-de-mailbox-is-verwijderd", "550 De mailbox is verwijderd", "5.0.0", "RCPT", *HARD_UNK),
    ("nl-account-is-verwijderd", "550 Account is verwijderd", "5.0.0", "RCPT", *HARD_UNK),
    ("nl-het-emailadres-is-ongeldig", "550 Het e-mailadres is ongeldig", "5.0.0", "RCPT", *HARD_UNK),
    # Controls: "mogelijk" as a supposition; "daar" an adverb; not the address.
    ("c-nl-mogelijk-omdat-ontvanger-onbekend-is", "550 Niet afgeleverd, mogelijk omdat de ontvanger onbekend is",
     "5.0.0", "RCPT", *NOT_HARD),
    ("c-nl-ip-adres-staat-daar-op-zwarte-lijst", "550 5.7.1 Geweigerd: uw IP-adres staat daar op een zwarte lijst",
     "5.7.1", "RCPT", False, ("blocked",), S),
    ("c-nl-bericht-is-ongeldig", "550 5.6.0 Het bericht is ongeldig", "5.6.0", "DATA", *NOT_HARD),
]

ROWS: list[tuple] = (both("not-de", DE_SRC + " (control: no statement about the recipient's address: not hard)", DE_NOT)
                     + both("not-nl", NL_SRC + " (control: no statement about the recipient's address: not hard)",
                            NL_NOT)
                     + both("not-tr", TR_SRC + " (control: the sender's or no address: not hard)", TR_NOT)
                     + ours("ours", DE_SRC + "; " + NL_SRC + "; " + TR_SRC + " (control: OUR sender: ours, soft)",
                            OURS_ROWS)
                     + both("temp", DE_SRC + "; " + NL_SRC + " (control: a 4.x delay)", TEMP)
                     + both("de", DE_SRC + " (the recipient's address said missing: hard)", DE_HARD)
                     + both("nl", NL_SRC + " (the recipient's address said missing: hard)", NL_HARD))

# ---- 5. Auto-replies with verb-final clauses: no bounce (taxonomy §5, RFC 3834) ----------------------------------------
OOO_SRC = ("RFC 3834 §3.1.7 and §5 (Auto-Submitted: auto-replied; an auto-reply is no bounce, taxonomy §5), an "
           "out-of-office text in German / Dutch with verb-final clauses about an old mailbox; hand-made")


def _ooo(name: str, subject: str, body: str, charset: str = "utf-8") -> bytes:
    return (f"From: Lead Person <{LEAD}>\nTo: seller@example.com\nSubject: {subject}\nAuto-Submitted: auto-replied\n"
            f"Message-ID: <r146-{name}@example.org>\nX-Hand-Made: yes (review 146)\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: quoted-printable\n\n"
            ).encode() + quopri.encodestring(body.encode(charset)) + b"\n"


ROWS += [
    ("r146-ooo-de-da-altes-postfach-geloescht", OOO_SRC, _ooo("o1", "Abwesenheitsnotiz: Angebot", "Ich bin nicht im "
     "Büro, da ich im Urlaub bin. Da das alte Postfach gelöscht wurde, schreiben Sie bitte an info@example.org.\n"), []),
    ("r146-ooo-nl-omdat-adres-niet-meer-bestaat", OOO_SRC, _ooo("o2", "Automatisch antwoord: Angebot", "Ik ben afwezig. "
     "Omdat het oude adres niet meer bestaat, kunt u mij bereiken op info@example.org.\n"), []),
    ("r146-ooo-de-latin1-weil-empfaenger-unbekannt", OOO_SRC + " (ISO-8859-1)", _ooo("o3", "Automatische Antwort",
     "Ich bin nicht im Büro. Falls Ihre Nachricht zurückkommt, weil der Empfänger unbekannt ist, nutzen Sie bitte "
     "info@example.org.\n", "iso-8859-1"), []),
]

# ---- 6. Round two: controls on this review's own mends (a denial / forwarding / Turkish sender guard, the supposition
# guard's negated "möglich / mogelijk", the main-clause forms), written and committed before the classifier ran on them.
R2_SRC = DE_SRC + "; " + NL_SRC + "; " + TR_SRC + " (round two: controls on review 146's mends)"
R2 = [
    ("de-keine-weiterleitung-dann-weil-empfaengeradresse", "550 Keine Weiterleitung eingerichtet. Abgewiesen, weil die "
     "Empfängeradresse nicht existiert", "5.0.0", "RCPT", *HARD_UNK),
    ("de-nicht-zugestellt-werden-da-empfaenger-unbekannt", "550 Die Nachricht konnte nicht zugestellt werden, da der "
     "Empfänger unbekannt ist", "5.0.0", "RCPT", *HARD_UNK),
    ("de-nicht-zugestellt-weil-adresse", "550 Nicht zugestellt, weil die Adresse nicht existiert", "5.0.0", "RCPT",
     *HARD_UNK),
    ("de-wir-bestaetigen-dass", "550 Wir bestätigen, dass die Empfängeradresse nicht existiert", "5.0.0", "RCPT",
     *HARD_UNK),
    ("de-unmoeglich-da-postfach-nicht-mehr", "550 Zustellung unmöglich, da das Postfach nicht mehr existiert", "5.0.0",
     "RCPT", *HARD_UNK),
    ("nl-onmogelijk-omdat-ontvanger-onbekend", "550 Aflevering onmogelijk omdat de ontvanger onbekend is", "5.0.0",
     "RCPT", *HARD_UNK),
    ("tr-kullanici-hesabi-mevcut-olmadigi-icin", "550 Kullanıcı hesabı mevcut olmadığı için ileti reddedildi", "5.0.0",
     "RCPT", *HARD_UNK),
    ("de-weil-adresse-lead-nicht-existiert", "550 Abgewiesen, weil die Adresse <lead@example.org> nicht existiert",
     "5.0.0", "RCPT", *HARD_UNK),
    ("nl-omdat-adres-lead-niet-bestaat", "550 Geweigerd omdat het adres <lead@example.org> niet bestaat", "5.0.0",
     "RCPT", *HARD_UNK),
    ("c-de-ip-adresse-ist-ungueltig", "550 5.7.1 Die IP-Adresse ist ungültig", "5.7.1", "RCPT", *NOT_HARD),
    ("c-de-zertifikat-ist-ungueltig", "550 5.7.1 Das Zertifikat ist ungültig", "5.7.1", "RCPT", *NOT_HARD),
    ("c-nl-ip-adres-is-ongeldig", "550 5.7.1 Het IP-adres is ongeldig", "5.7.1", "RCPT", *NOT_HARD),
    ("c-nl-bericht-is-verwijderd", "550 5.7.1 Het bericht is verwijderd", "5.7.1", "DATA", *NOT_HARD),
    ("c-de-nachricht-wurde-geloescht", "550 5.7.1 Die Nachricht wurde gelöscht", "5.7.1", "DATA", *NOT_HARD),
]
R2_OURS = [
    ("nl-afzenderadres-is-ongeldig", "550 Het afzenderadres is ongeldig", "5.0.0", "RCPT", *OURS_SOFT),
    ("nl-uw-account-is-verwijderd", "550 5.7.1 Uw account is verwijderd", "5.7.1", "RCPT", *OURS_SOFT),
]
ROWS += both("r2", R2_SRC, R2) + ours("r2-ours", R2_SRC + " (control: OUR sender: ours, soft)", R2_OURS)

# ---- 7. Round three: attacks on review 146's own mends (_MAIN_GONE's start and trailing words, the forward guard,
# the negated possibility), written and committed before the classifier ran on them.
R3_SRC = DE_SRC + "; " + NL_SRC + " (round three: attack on review 146's own mends)"
R3 = [
    ("c-de-hinweis-adresse-ungueltig-falls-leerzeichen", "550 5.7.1 Abgewiesen (Richtlinie). Hinweis: die Adresse ist "
     "ungültig, falls sie Leerzeichen enthält", "5.7.1", "RCPT", *NOT_HARD),
    ("c-nl-gebruiker-verwijderd-uit-verzendlijst", "550 5.7.1 De gebruiker is verwijderd uit de verzendlijst", "5.7.1",
     "RCPT", *NOT_HARD),
    ("de-sehr-geehrter-absender-komma-empfaengeradresse-ungueltig", "550 Sehr geehrter Absender, die Empfängeradresse "
     "ist ungültig", "5.0.0", "RCPT", *HARD_UNK),
    ("de-keine-zustellung-an-diese-adresse-moeglich-da", "550 Keine Zustellung an diese Adresse möglich, da der "
     "Empfänger unbekannt ist", "5.0.0", "RCPT", *HARD_UNK),
    ("de-keine-weiterleitung-moeglich-da-empfaengeradresse", "550 Keine Weiterleitung möglich, da die Empfängeradresse "
     "nicht existiert", "5.0.0", "RCPT", *HARD_UNK),
    ("c-de-weiterleitung-da-adresse-fwd-nicht-existiert", "550 Weiterleitung fehlgeschlagen, da die Adresse "
     "<fwd@elsewhere.example> nicht existiert", "5.0.0", "RCPT", *NOT_HARD),
    ("de-leider-nicht-moeglich-da-adresse", "550 Eine Zustellung ist leider nicht möglich, da die Adresse nicht "
     "existiert", "5.0.0", "RCPT", *HARD_UNK),
    ("nl-was-niet-mogelijk-omdat-adres", "550 Het was niet mogelijk het bericht af te leveren omdat het adres niet "
     "bestaat", "5.0.0", "RCPT", *HARD_UNK),
    ("de-konto-wurde-geloescht-komma-bitte", "550 Das Konto wurde gelöscht, bitte entfernen Sie die Adresse", "5.0.0",
     "RCPT", *HARD_UNK),
]
R3_OURS = [
    ("de-absender-ours-colon-adresse-ungueltig", "550 Absender <sender@example.com>: Die Adresse ist ungültig", "5.0.0",
     "RCPT", *OURS_SOFT),
    ("de-mail-from-colon-adresse-ungueltig", "550 MAIL FROM: Die Adresse ist ungültig", "5.0.0", "RCPT", *OURS_SOFT),
    ("de-weil-domainname-des-absenders-nicht-existiert", "550 Abgewiesen, weil der Domainname des Absenders nicht "
     "existiert", "5.0.0", "RCPT", *OURS_SOFT),
]
ROWS += both("r3", R3_SRC, R3) + ours("r3-ours", R3_SRC + " (control: OUR sender: ours, soft)", R3_OURS)
# Round three b: the negated possibility with more words between ("Keine Zustellung an diese Adresse möglich, da ..."
# with only verb_final's clause to read), written and committed before it ran.
ROWS += both("r3b", R3_SRC, [
    ("de-keine-zustellung-an-diese-adresse-moeglich-da-empfaengeradresse", "550 Keine Zustellung an diese Adresse "
     "möglich, da die Empfängeradresse nicht existiert", "5.0.0", "RCPT", *HARD_UNK),
    ("c-de-vielleicht-existiert-empfaengeradresse-nicht-mehr", "550 Nicht zugestellt. Vielleicht existiert die Empfängeradresse nicht "
     "mehr, da sie nicht gefunden wurde", "5.0.0", "RCPT", *NOT_HARD),
])

# ---- 8. Round four: attacks on rounds three's mends (the main-clause supposition, _MAIN_GONE after a comma or with a
# complement), written and committed before the classifier ran on them.
R4_SRC = DE_SRC + "; " + NL_SRC + " (round four: attack on review 146's round-three mends)"
R4 = [
    ("c-nl-adres-verwijderd-van-whitelist", "550 5.7.1 Het adres is verwijderd van de whitelist", "5.7.1", "RCPT",
     *NOT_HARD),
    ("nl-mailbox-verwijderd-door-beheerder", "550 De mailbox is verwijderd door de beheerder", "5.0.0", "RCPT",
     *HARD_UNK),
    ("c-de-wahrscheinlich-existiert-nicht-mehr", "550 Wahrscheinlich existiert die Empfängeradresse nicht mehr",
     "5.0.0", "RCPT", *NOT_HARD),
    ("c-nl-waarschijnlijk-bestaat-niet-meer", "550 Waarschijnlijk bestaat het adres niet meer", "5.0.0", "RCPT",
     *NOT_HARD),
    ("de-existiert-nicht-dann-vielleicht-vertippt", "550 Die Empfängeradresse existiert nicht. Vielleicht haben Sie "
     "sich vertippt", "5.0.0", "RCPT", *HARD_UNK),
    ("de-ihre-nachricht-an-lead-komma-adresse-ungueltig", "550 Ihre Nachricht an <lead@example.org>, die Adresse ist "
     "ungültig", "5.0.0", "RCPT", *HARD_UNK),
    ("de-exchange-recipnotfound-moeglicherweise", "550 5.1.1 RESOLVER.ADR.RecipNotFound; nicht gefunden. "
     "Möglicherweise ist die Adresse falsch geschrieben oder nicht vorhanden", "5.1.1", "RCPT", *HARD_UNK),
]
R4_OURS = [
    ("de-mail-anmeldung-konto-geloescht", "553 5.7.1 Anmeldung erforderlich: Das Konto wurde gelöscht", "5.7.1",
     "MAIL", *OURS_SOFT),
]
ROWS += both("r4", R4_SRC, R4) + ours("r4-ours", R4_SRC + " (control: OUR sender at MAIL FROM: ours, soft)", R4_OURS)
