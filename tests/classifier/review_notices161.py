"""The hundred-and-sixty-first review: a plain notice that reports a SUCCESS and a FAILURE in prose (review 158's strict
xfail r158-de-delivered-an-then-failed-an, older than review 152).

A delivery report asked for with RFC 3461's NOTIFY=SUCCESS,FAILURE may say both outcomes in one plain text: a success
sentence naming the delivered recipient on the line below ("Ihre Nachricht wurde erfolgreich zugestellt an" / lead,
"Your message was successfully delivered to the following recipients:", "Le message a été remis à", "El mensaje se
entregó correctamente a", "Il messaggio è stato consegnato a", "Het bericht is afgeleverd bij"), and a failure
sentence naming the failed one. The delivered lead must never read failed (a prospect marked bounced, a FALSE HARD);
kim, under the failure sentence, stays failed whichever comes first. Layouts: success first then failure, failure first
then success, the success sentence broken by a writer's width; en/de/fr/es/it/nl.
CONTROLS: a failure-only notice whose sentence merely holds "delivered" ("could not be delivered to" / kim: failed), a
success-only notice (no bounce), and a failed list ("The following addresses failed:") after a success sentence
(stays failed).

Findings (36 rows; expectations committed before running, in three batches; main at 26372f6): 16 misread before the
mend, every one the delivered lead (or lee) read as a failed recipient (onhold, a bounce on a delivered prospect; soft,
no hard): under a success sentence before the failure (en/de/fr/es/it/nl), the English after it, the sentence broken by
a width (4), Postfix's "<lead>: delivered to mailbox" under its success sentence, two delivered addresses, the German
success-only report (a bounce, not none), and the failed-list controls (lead read failed beside kim). The other
languages' failure-first rows already read right (their success sentence matched no recipient shape). Mended
(formats/success_sentences.py, read by recipients._no_recipient, candidates' intro test and delivered_named, and
prose._last_resort): an address on the line below a success sentence (with up to two lines a width broke it over, or
below the delivered addresses listed under it), or a Postfix success entry by its own words, is no failed recipient;
the success words negated or beside a failure word keep it failed (second batch, 9 controls, all right after the
mend; a third, the address's own line saying 'rejected', read as no bounce until the mend read the entry's own line
and its paragraph below too, which also kept review 94's success heading over a 550 entry failed). Review 158's judged r158-de-delivered-an-then-failed-an now passes (an ordinary row).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources below.
test_review_notices161.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices85 import notice

LEAD = "lead@partner.example"
WHY = "\n\tReason: 550 5.1.1 User unknown"
SRC = ("hand-made after RFC 3461 §4.1 (NOTIFY=SUCCESS,FAILURE: a DSN is asked for on success and on failure, one "
       "report may carry both), Postfix bounce(5) / bounce.cf.default's success_template ('Your message was "
       "successfully delivered to the destination(s) listed below.', its entries 'delivered to mailbox') and its "
       "failure_template ('could not be delivered to one or more recipients'; bounce(5): 'To change Postfix DSN "
       "messages, perhaps to add non-English text', the site's own sentences, translated), Exim src/deliver.c ('could "
       "not be delivered to one or more of its recipients'), Microsoft Learn 'Email non-delivery reports and SMTP "
       "errors in Exchange Online' (relay/delivery notices: 'Delivery to these recipients or groups is complete'); "
       "wrapped at the writer's width (RFC 5322 §2.2.3)")
FH = " (FALSE HARD attack: lead, named under the success sentence, was delivered; kim failed)"
S = {  # the success sentence, ending where the delivered address goes below
    "en": "Your message was successfully delivered to",
    "en-list": "Your message was successfully delivered to the following recipients:",
    "de": "Ihre Nachricht wurde erfolgreich zugestellt an",
    "fr": "Le message a été remis à",
    "es": "El mensaje se entregó correctamente a",
    "it": "Il messaggio è stato consegnato a",
    "nl": "Het bericht is afgeleverd bij",
}
F = {  # the failure sentence of the same language
    "en": "Your message could not be delivered to",
    "en-list": "Your message could not be delivered to the following recipients:",
    "de": "Ihre Nachricht konnte nicht zugestellt werden an",
    "fr": "Impossible de remettre le message à",
    "es": "No se pudo entregar el mensaje a",
    "it": "Impossibile consegnare il messaggio a",
    "nl": "Het bericht kon niet worden afgeleverd aan",
}


def _r(name: str, why: str, body: str, to: str = f"{LEAD}, {KIM}", expected=None, **kw) -> tuple:
    return (f"r161-{name}", SRC + why, notice(f"r161-{name}", body + "\n", to=to, **kw),
            hard(KIM) if expected is None else expected)


ROWS = []
for lang in S:
    ROWS.append(_r(f"{lang}-success-then-failure", FH + f" ({lang}, success first)",
                   f"{S[lang]}\n{LEAD}\n\n{F[lang]}\n{KIM}{WHY}"))
    ROWS.append(_r(f"{lang}-failure-then-success", FH + f" ({lang}, failure first)",
                   f"{F[lang]}\n{KIM}{WHY}\n\n{S[lang]}\n{LEAD}"))
ROWS += [
    # The sentences folded at a narrow width, the addresses under them.
    _r("en-success-wrapped", FH + " (the success sentence broken at 40 columns)",
       f"Your message was successfully delivered\nto the following recipients:\n\n{LEAD}\n\nYour message could not be "
       f"delivered to\nthe following recipients:\n\n{KIM}{WHY}"),
    _r("en-success-wrapped-tab", FH + " (the success sentence broken, folded with a tab)",
       f"Your message was successfully\n\tdelivered to\n{LEAD}\n\n{F['en']}\n{KIM}{WHY}"),
    _r("de-success-wrapped", FH + " (German, broken before 'zugestellt an')",
       f"Ihre Nachricht wurde erfolgreich\nzugestellt an\n{LEAD}\n\n{F['de']}\n{KIM}{WHY}"),
    _r("fr-success-wrapped", FH + " (French, broken before 'remis à')",
       f"Le message a été\nremis à\n{LEAD}\n\n{F['fr']}\n{KIM}{WHY}"),
    # Postfix's success template's words, with a site's failure paragraph under it.
    _r("postfix-success-then-failure", FH + " (Postfix's success template's words, then a failure paragraph)",
       f"Your message was successfully delivered to the destination(s) listed below.\n\n<{LEAD}>: delivered to "
       f"mailbox\n\nYour message could not be delivered to one or more recipients.\n\n<{KIM}>: host "
       "mx.partner.example[192.0.2.7] said:\n    550 5.1.1 User unknown (in reply to RCPT TO command)"),
    # The whole grid (wrap_40_tab on the row above): the success entry's words folded under it by a writer's width
    # ("<lead>: delivered to" / "\tmailbox") read the delivered lead failed and lost kim; read on over the fold.
    _r("postfix-success-entry-folded", FH + " (Postfix's success entry folded by a writer's 40-column width)",
       f"Your message was successfully delivered\n\tto the destination(s) listed below.\n\n<{LEAD}>: delivered to\n"
       f"\tmailbox\n\nYour message could not be delivered to\n\tone or more recipients.\n\n<{KIM}>: host\n"
       "\tmx.partner.example[192.0.2.7] said:\n    550 5.1.1 User unknown (in reply to\n\tRCPT TO command)"),
    # Controls.
    _r("c-failure-only-delivered-word", " (control: a failure-only notice whose sentence holds 'delivered')",
       f"{F['en']}\n{KIM}{WHY}", to=KIM),
    _r("c-failure-only-de", " (control: the German failure sentence alone)", f"{F['de']}\n{KIM}{WHY}", to=KIM),
    _r("c-success-only-en", " (control: a success-only notice, no bounce)", f"{S['en-list']}\n\n{LEAD}\n",
       to=LEAD, expected=[], subject="Delivery Status Notification (Success)"),
    _r("c-success-only-de", " (control: a German success-only notice, no bounce)", f"{S['de']}\n{LEAD}\n",
       to=LEAD, expected=[], subject="Zustellbenachrichtigung (erfolgreich)"),
    _r("c-failed-list-after-success", " (control: a failed list after a success sentence stays failed)",
       f"{S['en']}\n{LEAD}\n\nThe following addresses failed:\n{KIM}{WHY}"),
    _r("c-failed-list-after-success-de", " (control: German, a failed list after a success sentence)",
       f"{S['de']}\n{LEAD}\n\nFolgende Empfänger konnten nicht erreicht werden:\n{KIM}{WHY}"),
    _r("c-failed-list-after-success-no-blank", " (control: the failed list's intro right under the delivered "
       "address, no blank line between)", f"{S['en']}\n{LEAD}\nThe following addresses failed:\n{KIM}{WHY}"),
]

# Second batch (written before it ran, after the mend): the success sentence NEGATED or said beside a failure names a
# failed recipient (the mend's controls: kim stays failed), and a Postfix failure paragraph whose reply only holds
# "delivered" stays failed.
NEG = " (control of the mend: the success words negated or beside a failure; kim failed)"
ROWS += [
    _r("c-neg-en", NEG, f"Your message was not successfully delivered to\n{KIM}{WHY}", to=KIM),
    _r("c-neg-de", NEG, f"Ihre Nachricht wurde nicht erfolgreich zugestellt an\n{KIM}{WHY}", to=KIM),
    _r("c-neg-fr", NEG, f"Le message n'a pas été remis à\n{KIM}{WHY}", to=KIM),
    _r("c-neg-es", NEG, f"El mensaje no se entregó correctamente a\n{KIM}{WHY}", to=KIM),
    _r("c-neg-it", NEG, f"Il messaggio non è stato consegnato a\n{KIM}{WHY}", to=KIM),
    _r("c-neg-nl", NEG, f"Het bericht is niet afgeleverd bij\n{KIM}{WHY}", to=KIM),
    _r("c-relay-then-rejected", NEG + " (handed to the relay, which then rejected it for kim)",
       f"Your message was successfully delivered to the relay, but it was rejected for\n{KIM}{WHY}", to=KIM),
    _r("c-postfix-failure-delivered-word", " (control: a Postfix failure paragraph whose reply holds 'delivered to "
       "mailbox'; kim failed)", "I'm sorry to have to inform you that your message could not\nbe delivered to one or "
       f"more recipients.\n\n<{KIM}>: host mx.partner.example[192.0.2.7] said:\n    550 5.1.1 User unknown, not "
       "delivered to mailbox (in reply to RCPT TO command)", to=KIM),
    _r("de-success-two-delivered-then-failure", FH + " (two delivered addresses under the German success sentence)",
       f"{S['de']}\n{LEAD}\nlee@partner.example\n\n{F['de']}\n{KIM}{WHY}", to=f"{LEAD}, lee@partner.example, {KIM}"),
]

# Third batch (written before it ran): the address's own line says it failed after a "was delivered to" sentence
# ("handed on, then refused"): kim stays failed.
ROWS += [
    _r("c-delivered-to-then-own-line-rejected", NEG + " (the address's own line says rejected)",
       f"Your message was delivered to\n{KIM}: rejected by the next hop: 550 5.1.1 User unknown", to=KIM),
]
