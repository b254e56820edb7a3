"""The hundred-and-sixtieth review: an ADVERSARIAL AUDIT of reviews 157, 158 and 159's mends.

A. Review 159 (help_mentions.without_help_mentions via denied_mentions.without_denied): a help pointer that quotes
   the REAL verdict ("452 4.2.2 Mailbox full. See our FAQ on 'mailbox full' errors"), a help pointer quoting an
   absence after a full mailbox (FALSE HARD attack), the verdict said only inside the pointer under its status.
B. Review 157 (cause_clauses._BEFORE / _AFTER / only_conditioned): conditions in words outside _BEFORE's list ("si
   jamais", "si dicha", "si por algún motivo", Italian "se questo", English "should the address not exist", "where
   the address does not exist") under a POLICY refusal (FALSE HARD attack), and absences stated beside them.
C. Review 158 (intros._MID_CLAUSE's prepositions, recipients._goes_on_a_sentence): a failed list whose intro line ends
   in "für", "pour", "voor", "para", "per", "met" (FALSE SOFT attack: kim must stay failed).

Findings (94 rows; expectations committed before running, in three batches; the mends' later rows and controls marked
as written after; main at 26372f6): 26 misread before mending. (A) Review 159's help pointers: NONE (a pointer quoting
the real verdict stays mailboxfull / userunknown; a pointer quoting an absence after a full mailbox stays soft; the
verdict said only in the pointer keeps its status's reason). (B) Review 157's conditions: 21 FALSE HARDS (7 wordings x
3 layouts): a policy refusal's help sentence supposing the absence in words _BEFORE lacked ("Si jamais / Si toutefois
... n'existe pas", "Si dicha / Si por algún motivo ... no existe", "Se questo indirizzo non esiste", "Should the
recipient address not exist", "Where the recipient address does not exist") read userunknown, hard; mended in
cause_clauses._BEFORE, with controls (the absence stated before such words, "where" after a noun, Italian "Non si
può", "Should the problem persist" after a stated absence: hard). (C) Review 158's prepositions: no false soft of
its own doing, but an OLDER one (review 152's sentence tail, main before review 158 the same): a mixed report's
failed heading with its preposition and no colon ("Not delivered to", "Nicht zugestellt an", "Non remis à",
"Niet afgeleverd aan", "Aflevering mislukt voor", "Zustellung fehlgeschlagen für" / kim) read kim as the heading's
sentence tail and the delivered list went on over it: kim lost AND the delivered lead read failed (a FALSE HARD on a
delivered address; 5 rows); mended in intros._NOT_DELIVERED (the preposition) and outcome_words._FAILED_WORDS
(fehlgeschlagen, gescheitert, mislukt, échoué, fallido, fallito), with controls (a delivered entry's note that an
earlier try failed stays delivered). Judged: "Zustellung erfolgreich für:" is no passed heading (review 158's
success-sentence family).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources per section.
test_review_notices160.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices85 import notice

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
LEAD = "lead@partner.example"
HELP = "https://help.partner.example/smtp"
UNK, FULL = ("userunknown",), ("mailboxfull",)

both = both_layouts("r160", MX, LEAD)

# ---- A. review 159's help pointers ------------------------------------------------------------------------------------
HELP_SRC = ("hand-made after the help pointers servers append to their verdict (Gmail: '452 4.2.2 The email account "
            "that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/"
            "?p=OverQuotaTemp'; '550 5.1.1 ... Learn more at https://support.google.com/mail/?p=NoSuchUser'; "
            "Mimecast: '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550'); a quoted error "
            "name in the pointer names the page; the verdict before it and the status decide (taxonomy mailboxfull: "
            "soft; userunknown: hard)")
HELP_ROWS = [
    # The pointer quotes the REAL verdict: must stay mailboxfull, soft.
    ("full-faq-quotes-full", f"452 4.2.2 Mailbox full. See our FAQ on 'mailbox full' errors: {HELP}", "4.2.2", "RCPT",
     False, FULL, R),
    ("full-5xx-faq-quotes-full", f"552 5.2.2 Mailbox full. See our FAQ on 'mailbox full' errors: {HELP}", "5.2.2",
     "RCPT", False, FULL, R),
    # FALSE HARD attack: a full mailbox, then a pointer quoting an absence.
    ("full-help-quotes-user-unknown", f"552 5.2.2 Mailbox full. Help for 'user unknown' errors: {HELP}", "5.2.2",
     "RCPT", False, FULL, R),
    ("quota-troubleshooting-quotes-no-such-user", f"552 5.2.2 Quota exceeded. Troubleshooting \"no such user\" "
     f"replies: {HELP}", "5.2.2", "RCPT", False, FULL, R),
    ("spam-faq-quotes-user-unknown", f"550 5.7.1 Message rejected as spam. FAQ on 'user unknown' errors: {HELP}",
     "5.7.1", "RCPT", False, (), ANY),
    # FALSE SOFT attack: an absence, then a pointer quoting a full mailbox.
    ("unknown-guide-quotes-full", f"550 5.1.1 User unknown. See our guide to 'mailbox full' errors: {HELP}", "5.1.1",
     "RCPT", True, UNK, R),
    ("unknown-help-quotes-quota", f"550 5.1.1 <{LEAD}>: no such user. Help for 'quota exceeded' messages: {HELP}",
     "5.1.1", "RCPT", True, UNK, R),
    # The verdict said only inside the pointer; the status says it too.
    ("only-quoted-unknown-511", f"550 5.1.1 Help for 'user unknown' errors: {HELP}", "5.1.1", "RCPT", True, UNK, R),
    ("only-quoted-full-522", f"552 5.2.2 Help for 'mailbox full' errors: {HELP}", "5.2.2", "RCPT", False, FULL, R),
]

# ---- B. review 157's conditions --------------------------------------------------------------------------------------
COND_SRC = ("hand-made after the policy refusals servers give with a help sentence (Microsoft Learn 'Email "
            "non-delivery reports and SMTP errors in Exchange Online': 5.7.1 'Delivery not authorized, message "
            "refused'; Postfix smtpd_recipient_restrictions '550 5.7.1 ... Recipient address rejected: Access "
            "denied'), the help sentence's condition in words cause_clauses._BEFORE lacks (French 'si jamais', "
            "Spanish 'si dicha', 'si por algún motivo', Italian 'se questo', English 'should ... not exist', 'where "
            "... does not exist'): an absence only supposed states nothing about this recipient; the refusal is the "
            "policy's (soft)")
FH = " (FALSE HARD attack)"
COND_ROWS = [
    ("fr-si-jamais", "550 5.7.1 Message refusé par la politique du serveur. Si jamais l'adresse du destinataire "
     "n'existe pas, contactez le support", "5.7.1", "RCPT", False, (), ANY),
    ("fr-si-toutefois", "550 5.7.1 Message refusé par la politique du serveur. Si toutefois le destinataire n'existe "
     "pas, contactez le support", "5.7.1", "RCPT", False, (), ANY),
    ("es-si-dicha", "550 5.7.1 Mensaje rechazado por la política del servidor. Si dicha dirección no existe contacte "
     "al administrador", "5.7.1", "RCPT", False, (), ANY),
    ("es-si-por-algun-motivo", "550 5.7.1 Mensaje rechazado por la política del servidor. Si por algún motivo la "
     "dirección no existe contacte al administrador", "5.7.1", "RCPT", False, (), ANY),
    ("it-se-questo", "550 5.7.1 Messaggio rifiutato dalla policy del server. Se questo indirizzo non esiste "
     "contattare l'amministratore", "5.7.1", "RCPT", False, (), ANY),
    ("en-should-not-exist", "550 5.7.1 Message refused by policy. Should the recipient address not exist, the "
     "message is returned", "5.7.1", "RCPT", False, (), ANY),
    ("en-where-does-not-exist", "550 5.7.1 Message refused by policy. Where the recipient address does not exist "
     "the message is returned", "5.7.1", "RCPT", False, (), ANY),
    ("en-when-mailbox-full-policy", "550 5.7.1 Message refused by policy. When the mailbox is full or the address "
     "does not exist we return the message", "5.7.1", "RCPT", False, (), ANY),
    # Controls: the absence stated, then a condition (hard); the listed words still condition (soft).
    ("c-fr-stated-then-si-jamais", "550 5.1.1 L'adresse du destinataire n'existe pas. Si jamais c'est une erreur, "
     "contactez le support", "5.1.1", "RCPT", True, UNK, R),
    ("c-es-stated-then-si-por", "550 5.1.1 La dirección no existe. Si por algún motivo es un error, contacte al "
     "administrador", "5.1.1", "RCPT", True, UNK, R),
    ("c-fr-si-vous-pensez", "550 5.7.1 Message refusé par la politique du serveur. Si vous pensez que l'adresse "
     "n'existe pas, contactez le support", "5.7.1", "RCPT", False, (), ANY),
    ("c-en-when-sentence-initial-unknown-511", "550 5.1.1 The recipient address does not exist. When in doubt, "
     "contact the postmaster", "5.1.1", "RCPT", True, UNK, R),
]

# Controls of the mend (written after it, before running them): the absence stated, the new words elsewhere (hard).
COND_CTL = [
    ("c-en-where-after-word", "550 5.1.1 Delivery failed at the host where the recipient address does not exist",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-it-non-si-puo-questo", "550 5.1.1 Non si può recapitare questo messaggio perché l'indirizzo non esiste",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-fr-stated-then-si-par", "550 5.1.1 Le destinataire n'existe pas, si par erreur vous l'avez saisi, corrigez "
     "l'adresse", "5.1.1", "RCPT", True, UNK, R),
    ("c-pt-stated-then-se-este", "550 5.1.1 O endereço não existe. Se este endereço estiver correto, contate o "
     "administrador", "5.1.1", "RCPT", True, UNK, R),
    ("c-en-stated-then-should", "550 5.1.1 The recipient address does not exist. Should the problem persist, contact "
     "the postmaster", "5.1.1", "RCPT", True, UNK, R),
]

# ---- C. review 158's _MID_CLAUSE prepositions -------------------------------------------------------------------------
LIST_SRC = ("hand-made after Postfix bounce.cf.default's failure_template (bounce(5): 'To change Postfix DSN "
            "messages, perhaps to add non-English text'; the site's text, translated and broken at its writer's "
            "width, GroupWise GWIA 'Line Wrap Length'), Exim src/deliver.c ('could not be delivered to one or more of "
            "its recipients'): the failed list's intro line ending in a preposition review 158 added to "
            "intros._MID_CLAUSE (FALSE SOFT attack: kim must stay failed)")
WHY = "\n\tReason: 550 5.1.1 User unknown"


def _a(name: str, body: str) -> tuple:
    return (f"r160-list-{name}", LIST_SRC, notice(f"r160-list-{name}", body + "\n", to=KIM), hard(KIM))


LIST_ROWS = [
    _a("de-fur", f"Die Zustellung ist fehlgeschlagen für\n{KIM}{WHY}"),
    _a("de-fur-two-lines", f"Ihre Nachricht konnte nicht zugestellt werden.\nDie Zustellung ist fehlgeschlagen für\n"
       f"{KIM}{WHY}"),
    _a("fr-pour", f"La remise du message a échoué pour\n{KIM}{WHY}"),
    _a("es-para", f"La entrega del mensaje ha fallado para\n{KIM}{WHY}"),
    _a("it-per", f"La consegna del messaggio non è riuscita per\n{KIM}{WHY}"),
    _a("nl-voor", f"De aflevering van het bericht is mislukt voor\n{KIM}{WHY}"),
    _a("nl-met", f"De aflevering van het bericht is mislukt. Problemen met\n{KIM}{WHY}"),
    _a("de-bei", f"Bei der Zustellung ist ein Fehler aufgetreten bei\n{KIM}{WHY}"),
]



def _mixed(name: str, body: str) -> tuple:
    """A delivered lead under a heading, then kim under a failed heading ending in a preposition, no colon."""
    return (f"r160-mixed-{name}", LIST_SRC + " (and the delivered lead not failed: a report's 'Delivered:' / 'Not "
            "delivered' headings, RFC 3464 section 2.3.3's per-recipient Action: delivered / failed)",
            notice(f"r160-mixed-{name}", body + "\n", to=f"{LEAD}, {KIM}"), hard(KIM))


LIST_ROWS += [
    _mixed("de-nicht-zugestellt-an", f"Zugestellt an:\n{LEAD}\n\nNicht zugestellt an\n{KIM}\nGrund: 550 5.1.1 "
           "Benutzer unbekannt"),
    _mixed("fr-non-remis-a", f"Remis à :\n{LEAD}\n\nNon remis à\n{KIM}\nRaison : 550 5.1.1 Destinataire inconnu"),
    _mixed("de-fehlgeschlagen-fur", f"Zustellung erfolgreich für:\n{LEAD}\n\nZustellung fehlgeschlagen für\n{KIM}\n"
           "Grund: 550 5.1.1 Benutzer unbekannt"),
    _mixed("nl-mislukt-voor", f"Afgeleverd aan:\n{LEAD}\n\nAflevering mislukt voor\n{KIM}\nReden: 550 5.1.1 "
           "Gebruiker onbekend"),
    _mixed("de-no-blank-line", f"Zugestellt an:\n{LEAD}\nNicht zugestellt an\n{KIM}\nGrund: 550 5.1.1 Benutzer "
           "unbekannt"),
]
# Written after the mend (intros._NOT_DELIVERED with a preposition, outcome_words' other languages' "failed"), before
# running them: the English the same, the Dutch negated heading, and controls (a delivered entry's own note that an
# earlier try failed keeps it delivered).
LIST_ROWS += [
    _mixed("en-not-delivered-to", f"Delivered to:\n{LEAD}\n\nNot delivered to\n{KIM}\nReason: 550 5.1.1 User unknown"),
    _mixed("nl-niet-afgeleverd-aan", f"Afgeleverd aan:\n{LEAD}\n\nNiet afgeleverd aan\n{KIM}\nReden: 550 5.1.1 "
           "Gebruiker onbekend"),
    _mixed("de-zugestellt-then-fehlgeschlagen-fur", f"Zugestellt an:\n{LEAD}\n\nZustellung fehlgeschlagen für\n{KIM}"
           "\nGrund: 550 5.1.1 Benutzer unbekannt"),
    _mixed("c-de-retry-note", f"Zugestellt an:\n{LEAD} (erster Versuch fehlgeschlagen, erneut zugestellt)\n\nNicht "
           f"zugestellt an\n{KIM}\nGrund: 550 5.1.1 Benutzer unbekannt"),
    _mixed("c-fr-retry-note", f"Remis à :\n{LEAD} (première tentative échouée, remis ensuite)\n\nNon remis à\n{KIM}\n"
           "Raison : 550 5.1.1 Destinataire inconnu"),
]

ROWS: list[tuple] = (both("help", HELP_SRC, HELP_ROWS) + both("cond", COND_SRC + FH, COND_ROWS)
                     + both("cond", COND_SRC + " (controls of the mend)", COND_CTL) + LIST_ROWS)
