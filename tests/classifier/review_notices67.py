"""The sixty-seventh review: the departed-employee / retired-address family under a PERMANENT
refusal. In B2B the commonest dead address is a person who left the company; the admin then has
the server refuse it in their own words (Exim `:fail:`, Postfix access(5) and error(8), Sendmail
virtusertable `error:`, an Exchange/M365 mail flow rule's explanation, a Google Workspace rule's
custom rejection notice, qmail's bouncesaying). Round 10's real Exim notices (real_cases_round10.py)
read two such texts as onhold. Where each product lets an admin write the words and which codes it
then carries: tests/classifier/review_notices67_layouts.py.

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written
from the words, the status and shared/classifier/taxonomy.md BEFORE the classifier ran: a person
who left, is no longer with/at/employed, or an address retired/no longer monitored, refused for
good: gone (hasmoved or userunknown, both hard); the same under a 4xx: soft (for now). Controls
that must not go hard: auto-replies of leavers (no bounce; review 34), a refusal that says OUR
sender left, "please contact X instead" on a policy refusal, "no longer accepting mail from you",
a deactivated address without words of a departure (suspend, taxonomy). All notices HAND-MADE;
test_review_notices67.py runs them."""

from __future__ import annotations

from functools import partial

from tests.classifier.notices import exchange_own, own_postfix, relay_and_gmail, relayed
from tests.classifier.review_notices67_layouts import (
    EXIM_DEFER, EXIM_FAIL, EXO_RULE, GMAIL, GWS_RULE, PF, PF_ACCESS, PF_ACCESS_4, PF_ERROR, QMAIL, SM_VIRT, exim_own,
    hard, oof, qmail_own, soft)

_both = partial(relay_and_gmail, cites=(PF, GMAIL))
_RA = "<lead@example.org>: Recipient address rejected: "
_EXO_BODY = "Your message to lead@example.org couldn't be delivered.\n\nThe recipient's organization rejected it."


def _exo(rid: str, reply: str, status: str, expected: list[tuple]) -> tuple:
    return (f"{rid}-exo", EXO_RULE, exchange_own(reply, status=status, body=_EXO_BODY), expected)


def _exim(rid: str, text: str, expected: list[tuple]) -> tuple:
    return (f"{rid}-exim-own", EXIM_FAIL + "; Exim's own notice after it accepted the message", exim_own(rid, text),
            expected)


def _own(rid: str, text: str, status: str, expected: list[tuple]) -> tuple:
    return (f"{rid}-own", PF_ERROR + "; tests/classifier/notices.own_postfix", own_postfix(text, status=status), expected)


def _rcpt(rid: str, source: str, reply: str, status: str, expected: list[tuple], **kw) -> tuple:
    return (f"{rid}-postfix", f"{source}; {PF}", relayed(reply, status=status, **kw), expected)


ROWS: list[tuple] = [
    # ---- English, permanent: gone ----------------------------------------------------------------
    *_both("exim-left-monitored", EXIM_FAIL, "550-Dana Lee has left Example Ltd and this address is no longer "
           "monitored. 550 Please write to info@example.org instead.", "5.0.0", hard()),
    # The Exim spec's own example text: moved, no forwarding address (the taxonomy's hasmoved).
    *_both("exim-gone-away", EXIM_FAIL, "550 Gone away, no forwarding address", "5.0.0", hard()),
    _exim("retired-role", "This role address was retired on 30 November 2026", hard()),
    _exim("no-longer-with", "Dana Lee is no longer with Example Ltd. Please contact sales@example.org instead.",
          hard()),
    _exim("no-longer-at", "Lena Lead is no longer at Example Ltd; mail to this address is not read.", hard()),
    _rcpt("exim-coded-516", EXIM_FAIL, "550 5.1.6 Dana Lee no longer works here; please write to info@example.org",
          "5.1.6", hard()),
    *_both("access-no-longer-employed", PF_ACCESS, "554 5.7.1 " + _RA + "Lena Lead is no longer employed by Example "
           "Ltd. Please contact hr@example.org", "5.7.1", hard()),
    _rcpt("access-mailbox-retired", PF_ACCESS, "550 5.7.1 " + _RA + "This mailbox has been retired. Please contact "
          "info@example.org instead", "5.7.1", hard()),
    _rcpt("access-former-employee", PF_ACCESS, "554 5.7.1 " + _RA + "Former employee - address retired", "5.7.1",
          hard()),
    _own("error-left-company", "Lena Lead has left the company; please write to office@example.org", "5.0.0", hard()),
    _own("error-decommissioned", "This address was decommissioned when its owner left Example Ltd", "5.1.1", hard()),
    _rcpt("sendmail-virt-left", SM_VIRT, "550 5.1.1 <lead@example.org>... Lena Lead has left Example Ltd; please "
          "write to info@example.org instead", "5.1.1", hard()),
    _exo("exo-no-longer-works", "550 5.7.1 Lena Lead no longer works at Contoso. Please send your message to "
         "sales@contoso.example instead.", "5.7.1", hard()),
    _exo("exo-custom-code-former", "550 5.7.910 This mailbox belongs to a former employee and is no longer "
         "monitored.", "5.7.910", hard()),
    # A departure beside a deactivated mailbox: the person is gone, not a mailbox switched off for now.
    _exo("exo-left-deactivated", "550 5.7.1 Lena Lead has left the organisation and her mailbox has been "
         "deactivated. Please contact info@contoso.example.", "5.7.1", hard()),
    *_both("gws-no-longer-with", GWS_RULE, "550 5.7.1 Lena Lead is no longer with Example Inc. Please contact "
           "support@example.org instead. - gsmtp", "5.7.1", hard()),
    ("qmail-no-longer-works", QMAIL, qmail_own("Lena Lead no longer works for Example Ltd. This address no longer "
                                               "accepts mail."), hard()),
    ("qmail-has-left", QMAIL, qmail_own("Lena Lead has left Example Ltd. Please write to office@example.org "
                                        "instead."), hard()),

    # ---- The languages sales teams meet, permanent: gone --------------------------------------------
    *_both("de-verlassen", EXIM_FAIL, "550 Lena Lead hat das Unternehmen verlassen. Bitte wenden Sie sich an "
           "info@example.org.", "5.0.0", hard()),
    _exo("de-nicht-mehr-taetig", "550 5.7.1 Frau Lead ist nicht mehr für die Beispiel GmbH tätig. Bitte schreiben "
         "Sie an vertrieb@example.org.", "5.7.1", hard()),
    _exim("de-nicht-mehr-gelesen", "Diese Adresse wird nicht mehr gelesen. Herr Lead arbeitet nicht mehr bei uns.",
          hard()),
    *_both("fr-plus-en-poste", EXIM_FAIL, "550 Lena Lead n'est plus en poste chez Exemple SA. Merci d'écrire à "
           "contact@example.org.", "5.0.0", hard()),
    _exo("fr-plus-partie", "550 5.7.1 Lena Lead ne fait plus partie de la société. Cette adresse n'est plus "
         "consultée.", "5.7.1", hard()),
    _rcpt("fr-a-quitte", PF_ACCESS, "554 5.7.1 " + _RA + "Lena Lead a quitté l'entreprise", "5.7.1", hard()),
    *_both("es-ya-no-trabaja", EXIM_FAIL, "550 Lena Lead ya no trabaja en Ejemplo S.L. Por favor, escriba a "
           "info@example.org.", "5.0.0", hard()),
    _exo("es-ya-no-forma-parte", "550 5.7.1 Esta persona ya no forma parte de la empresa y esta cuenta ya no se "
         "revisa.", "5.7.1", hard()),
    *_both("it-non-lavora-piu", EXIM_FAIL, "550 Lena Lead non lavora più presso Esempio S.r.l. Scrivere a "
           "info@example.org.", "5.0.0", hard()),
    _exim("it-non-fa-piu-parte", "La casella è dismessa: Lena Lead non fa più parte dell'azienda.", hard()),
    *_both("pt-nao-faz-mais-parte", EXIM_FAIL, "550 Lena Lead não faz mais parte da Exemplo Ltda. Por favor, "
           "contate contato@example.org.", "5.0.0", hard()),
    _exo("pt-ja-nao-trabalha", "550 5.7.1 Lena Lead já não trabalha na empresa. Este endereço não é mais "
         "monitorado.", "5.7.1", hard()),
    *_both("nl-niet-meer-werkzaam", EXIM_FAIL, "550 Lena Lead is niet meer werkzaam bij Voorbeeld B.V. Mail a.u.b. "
           "naar info@example.org.", "5.0.0", hard()),
    _exo("nl-werkt-niet-meer", "550 5.7.1 Lena Lead werkt niet meer bij ons; dit adres wordt niet meer gelezen.",
         "5.7.1", hard()),
    *_both("pl-nie-pracuje-juz", EXIM_FAIL, "550 Lena Lead nie pracuje już w firmie Przykład Sp. z o.o. Prosimy o "
           "kontakt: biuro@example.org.", "5.0.0", hard()),
    _exim("pl-nie-jest-juz-pracownikiem", "Ta osoba nie jest już pracownikiem firmy. Adres nie jest już "
          "obsługiwany.", hard()),
    *_both("sv-har-slutat", EXIM_FAIL, "550 Lena Lead har slutat på Exempel AB. Skriv till info@example.org i "
           "stället.", "5.0.0", hard()),
    _exo("sv-arbetar-inte-langre", "550 5.7.1 Lena Lead arbetar inte längre hos oss. Adressen används inte "
         "längre.", "5.7.1", hard()),
    _exo("da-ikke-laengere-ansat", "550 5.7.1 Lena Lead er ikke længere ansat hos Eksempel A/S.", "5.7.1", hard()),

    # ---- Under a 4xx: for now, soft --------------------------------------------------------------
    _rcpt("exim-defer-left", EXIM_DEFER, "451 Lena Lead has left Example Ltd; this address will be closed, please "
          "try again later", "4.0.0", soft(delay=True)),
    # Given up after the queue lifetime: final, and the words say the person is gone (review 69 changed these two
    # from soft: the taxonomy's hasmoved is hard whatever the class; tests/classifier/review_notices69.py).
    _rcpt("exim-defer-left-given-up", EXIM_DEFER + "; given up after the queue lifetime (Action failed, 4.x kept)",
          "451 Lena Lead is no longer with Example Ltd", "4.0.0", hard(), action="failed"),
    _rcpt("access-4nn-de", PF_ACCESS_4, "450 4.7.1 " + _RA + "Lena Lead ist nicht mehr im Unternehmen tätig",
          "4.7.1", soft(delay=True)),
    _rcpt("access-4nn-fr-given-up", PF_ACCESS_4 + "; given up after the queue lifetime", "450 4.2.1 " + _RA +
          "Lena Lead a quitté la société", "4.2.1", hard(), action="failed"),

    # ---- Controls: must not go hard -------------------------------------------------------------
    ("oof-exchange-left", "review 34's Exchange Online auto-reply fields (review_notices34_layouts.SOURCES['exchange'])",
     oof("Automatic reply: Follow-up", "I have left Example Ltd. Please contact info@example.org instead.",
         "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"), []),
    ("oof-gmail-de-left", "review 34's Gmail vacation responder fields (review_notices34_layouts.SOURCES['gmail'])",
     oof("Re: Follow-up", "Ich habe das Unternehmen verlassen. Bitte wenden Sie sich an info@example.org.",
         "Auto-Submitted: auto-replied\n"), []),
    ("oof-gmail-fr-left", "review 34's Gmail vacation responder fields (review_notices34_layouts.SOURCES['gmail'])",
     oof("Re: Follow-up", "Je ne fais plus partie de la société. Merci d'écrire à contact@example.org.",
         "Auto-Submitted: auto-replied\n"), []),
    _rcpt("our-sender-left-mail", PF_ACCESS + " (on our smarthost, at MAIL FROM)", "553 5.7.1 <seller@example.com>: "
          "Sender address rejected: the sender is no longer employed by this organisation", "5.7.1", soft(),
          command="MAIL"),
    *_both("our-sender-no-longer-with", EXO_RULE.split(";")[0] + " (a rule on the sender)", "550 5.7.1 The sender "
           "seller@example.com is no longer with Example Corp and may not send mail", "5.7.1", soft()),
    _rcpt("fr-our-sender-plus-partie", PF_ACCESS, "554 5.7.1 " + _RA + "L'expéditeur ne fait plus partie de nos "
          "fournisseurs agréés", "5.7.1", soft()),
    *_both("policy-contact-instead", EXO_RULE.split(";")[0], "550 5.7.1 Message rejected by policy: unsolicited sales "
           "mail is not accepted. Please contact purchasing@example.org instead.", "5.7.1", soft()),
    _exo("exo-no-longer-accepting-from-you", "550 5.7.1 We are no longer accepting mail from your domain.", "5.7.1",
         soft()),
    _rcpt("access-no-longer-accepts-from-org", PF_ACCESS, "554 5.7.1 " + _RA + "This address no longer accepts mail "
          "from your organisation", "5.7.1", soft()),
    _exo("de-keine-nachrichten-mehr", "550 5.7.1 Wir nehmen keine Nachrichten von Ihnen mehr an. Bitte wenden Sie "
         "sich stattdessen an einkauf@example.org.", "5.7.1", soft()),
    # Written after the mend's first run, from the words: "left" / "stopped" / "out of service" said of
    # something else than a person who left.
    *_both("left-instructions", PF_ACCESS, "554 5.7.1 " + _RA + "The recipient has left instructions not to accept "
           "mail from you", "5.7.1", soft()),
    _rcpt("sv-tjansten-har-slutat", EXIM_FAIL, "550 Tjänsten har slutat fungera", "5.0.0", soft()),
    _rcpt("nl-server-uit-dienst", EXIM_FAIL, "550 De mailserver is uit dienst", "5.0.0", soft()),
    # A deactivated address, no word of a departure: the taxonomy's suspend (soft).
    _exim("deactivated-alone", "This address has been deactivated.", soft()),
]
