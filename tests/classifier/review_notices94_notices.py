"""The ninety-fourth review, part 2 (part 1: review_notices94.py): whole notices attacking review 91's rules.

3. formats/prose._section_action + intros.DELIVERED_SAID / SUCCEEDED: a delayed recipient under a failed heading by
   layout (its own "will retry" line, the delayed heading after the list), headings quoted in the returned original,
   a failure notice quoting a success sentence, a success heading above a failed line, Exchange's localised
   (de/fr/es) success and failure headings.
5. fields.quoted_headers: a failed Cc that only the returned header copy names (a copy without To, its lines split
   into blocks, a Bcc).

Rows: (name, source, raw, expected), expected written from the words and shared/classifier/taxonomy.md BEFORE the
classifier ran. Layout: review_notices85.notice (a plain groupware notice with labelled lines and the returned
original's headers). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices50_sources import KIM, LEAD, hard
from tests.classifier.review_notices85 import notice

_WHY = "Reason: 550 5.1.1 User unknown\n"
_DELAY = "Reason: 451 4.4.1 no answer from host, will retry\n"
_LEAD_DELAYED = [(LEAD, False, (), "", True)]
_TWO = f"{LEAD}, {KIM}"

SECT = ("review 91's formats/prose._section_action under attack: RFC 3461 §4.1 NOTIFY=DELAY,FAILURE (one notice "
        "reporting a delayed recipient and a failed one) in a plain groupware notice whose layout puts a delayed one "
        "under the failed heading (hand-made after review 91's s91 rows)")
SECTIONS = [
    ("s94-will-retry-under-failed-heading", SECT + " (the delayed one's own reason line says 'will retry')",
     notice("94-wr", "Delivery to the following recipients failed permanently:\n\nRecipient: kim\n" + _WHY
            + "Recipient: lead\n" + _DELAY, to=_TWO), hard(KIM) + _LEAD_DELAYED),
    ("s94-delayed-tag-under-failed-heading", SECT + " (the delayed one's own line says 'delayed, will retry')",
     notice("94-dt", "Delivery to the following recipients failed permanently:\n\nRecipient: kim\n" + _WHY
            + "Recipient: lead (has been delayed, will retry)\n", to=_TWO), hard(KIM) + _LEAD_DELAYED),
    ("s94-delayed-heading-after-list", SECT + " (the delayed heading stands after its recipient)",
     notice("94-ha", "Delivery to the following recipient failed permanently:\n\nRecipient: kim\n" + _WHY
            + "\nRecipient: lead\n" + _DELAY + "Delivery to the recipient above has been delayed; we will keep "
            "trying.\n", to=_TWO), hard(KIM) + _LEAD_DELAYED),
    ("s94-delayed-heading-quoted-in-original", SECT + " (the returned original's body quotes a delayed heading)",
     notice("94-qo", "Delivery to the following recipient failed permanently:\n\nRecipient: kim\n" + _WHY, to=_TWO,
            orig="> Delivery to the following recipients has been delayed:\n> Recipient: lead\n\n"), hard(KIM)),
    ("s94-failed-heading-quoted-in-delay", SECT + " (a delay warning whose returned original quotes a failed heading)",
     notice("94-qd", "Delivery to the following recipient has been delayed:\n\nRecipient: lead\n" + _DELAY, to=LEAD,
            orig="> Delivery has failed to these recipients or groups:\n> old@partner.example\n\n"), _LEAD_DELAYED),
    ("s94-exchange-is-delayed-and-failed", SECT + " (Exchange's 'Delivery is delayed to these recipients or groups:' "
     "beside its failed heading)",
     notice("94-ed", "Delivery has failed to these recipients or groups:\n\nkim@partner.example\n" + _WHY
            + "\nDelivery is delayed to these recipients or groups:\n\nlead@example.org\n" + _DELAY, to=_TWO),
     hard(KIM) + _LEAD_DELAYED),
    # Controls: one kind of notice each.
    ("s94-c-only-failed-will-not-retry", SECT + " (control: a failure saying it will not retry)",
     notice("94-nr", "Delivery to the following recipient failed permanently:\n\nRecipient: kim\n" + _WHY
            + "The server will not retry.\n", to=KIM), hard(KIM)),
    ("s94-c-only-delayed", SECT + " (control: a plain delay warning)",
     notice("94-od", "Delivery to the following recipient has been delayed:\n\nRecipient: lead\n" + _DELAY, to=LEAD),
     _LEAD_DELAYED),
]

OK = ("review 91's intros.DELIVERED_SAID / SUCCEEDED under attack: Windows' SMTP service's success DSN ('Delivery to "
      "the following recipients succeeded.') and Exchange's relay notice ('Delivery to these recipients or groups is "
      "complete, but no delivery notification was sent by the destination server') and their localised forms, as "
      "recalled, beside failures (hand-made)")
COMPLETE_HEADINGS = {
    "en": "Delivery to these recipients or groups is complete, but no delivery notification was sent by the "
          "destination server:",
    "de": "Die Zustellung an diese Empfänger oder Gruppen wurde abgeschlossen, aber vom Zielserver wurde keine "
          "Zustellungsbenachrichtigung gesendet:",
    "fr": "La remise à ces destinataires ou groupes est terminée, mais aucune notification de remise n'a été envoyée "
          "par le serveur de destination :",
    "es": "Se ha completado la entrega a estos destinatarios o grupos, pero el servidor de destino no ha enviado "
          "ninguna notificación de entrega:",
}
FAILED_HEADINGS = {
    "de": "Fehler bei der Zustellung an folgende Empfänger oder Gruppen:",
    "fr": "La remise a échoué pour ces destinataires ou groupes :",
    "es": "Error en la entrega a estos destinatarios o grupos:",
}
_FAILED_EN = "Delivery has failed to these recipients or groups:"
_SUBJ = {"en": "Relayed: Quick question", "de": "Weitergeleitet: Quick question", "fr": "Relayé : Quick question",
         "es": "Retransmitido: Quick question"}
SUCCESS = [
    (f"o94-relay-complete-{lang}", OK + f" ({lang}: a success report, no bounce)",
     notice(f"94-rc-{lang}", f"{COMPLETE_HEADINGS[lang]}\n\nlead@example.org\n", to=LEAD, subject=_SUBJ[lang]), [])
    for lang in ("de", "fr", "es")
] + [
    (f"o94-failed-heading-{lang}", OK + f" ({lang}: Exchange's failed heading, 5.1.1)",
     notice(f"94-fh-{lang}", f"{FAILED_HEADINGS[lang]}\n\nkim@partner.example\n" + _WHY, to=KIM), hard(KIM))
    for lang in ("de", "fr", "es")
] + [
    (f"o94-complete-then-failed-{lang}", OK + f" ({lang}: a mixed report, one complete, one failed)",
     notice(f"94-cf-{lang}", f"{COMPLETE_HEADINGS[lang]}\n\nlead@example.org\n\n"
            f"{FAILED_HEADINGS.get(lang, _FAILED_EN)}\n\nkim@partner.example\n" + _WHY, to=_TWO), hard(KIM))
    for lang in ("en", "de", "fr", "es")
] + [
    ("o94-failure-quoting-success-in-original", OK + " (a failure notice; the returned original quotes a success "
     "report)",
     notice("94-qs", "Delivery to the following recipient failed permanently:\n\nRecipient: kim\n" + _WHY, to=KIM,
            orig="> Delivery to the following recipients succeeded.\n> kim@partner.example\n\n"), hard(KIM)),
    ("o94-success-heading-then-failed-line", OK + " (a success heading, the line under it a 550 5.1.1)",
     notice("94-sh", "Delivery to the following recipients succeeded:\n\nkim@partner.example\n" + _WHY, to=KIM),
     hard(KIM)),
    ("o94-complete-then-mailbox-full", OK + " (Exchange's complete heading, then a full mailbox)",
     notice("94-mf", COMPLETE_HEADINGS["en"] + "\n\nlead@example.org\n\nThe following recipient's mailbox is full:\n\n"
            "kim@partner.example\nReason: 552 5.2.2 Mailbox full\n", to=_TWO),
     [(KIM, False, ("mailboxfull",), "recipient", False)]),
    ("o94-c-es-not-completed", OK + " (control: es 'No se ha completado la entrega', a failure)",
     notice("94-nc-es", "No se ha completado la entrega a estos destinatarios o grupos:\n\nkim@partner.example\n"
            + _WHY, to=KIM), hard(KIM)),
    ("o94-c-relay-complete-en", OK + " (control: the English relay notice, no bounce)",
     notice("94-rc-en", COMPLETE_HEADINGS["en"] + "\n\nlead@example.org\n", to=LEAD, subject=_SUBJ["en"]), []),
]

CHAIN = ("review 91's fields.quoted_headers under attack: a notice naming only the local part 'kim', the returned "
         "header copy naming kim in its own Cc (or Bcc) with no To, or its lines split into blocks (hand-made after "
         "review 91's c91 rows)")
_CHAIN = ("Hello,\nsee below.\n\n-----Original Message-----\nFrom: Pat Colleague <pat@partner.example>\nSent: "
          "Wednesday, December 2, 2026 09:00\nTo: Seller <seller@example.com>\nCc: Lee Other <lee@partner.example>\n"
          "Subject: Pricing\n\nPlease send the price list.\n")


def _copy(name: str, named: str, own: str) -> bytes:
    return ("From: MAILER-DAEMON@mail.example.com\nTo: seller@example.com\nSubject: Undeliverable: Pricing\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <r94-{name}@mail.example.com>\nX-Hand-Made: yes (review 94)\n"
            f"Content-Type: text/plain; charset=utf-8\n\nYour message could not be delivered.\n\nRecipient: {named}\n"
            + _WHY + "\n------ This is a copy of the message. ------\n\n" + own + "\n" + _CHAIN).encode()


_DATE = "Date: Thu, 3 Dec 2026 10:00:00 +0000\n"
CHAIN_ROWS = [
    ("c94-own-cc-no-to-first", CHAIN + " (Cc before From, no To)",
     _copy("cf", "kim", f"Cc: Kim Other <{KIM}>\nFrom: Seller <seller@example.com>\n" + _DATE), hard(KIM)),
    ("c94-split-from-date-then-cc", CHAIN + " (the copy's From/Date, a blank line, then its Cc and Subject)",
     _copy("sp", "kim", "From: Seller <seller@example.com>\n" + _DATE + f"\nCc: Kim Other <{KIM}>\nSubject: Pricing\n"),
     hard(KIM)),
    ("c94-split-to-then-cc", CHAIN + " (the copy's To, a blank line, then its Cc)",
     _copy("st", "kim", f"From: Seller <seller@example.com>\nTo: {LEAD}\n\nCc: Kim Other <{KIM}>\nSubject: Pricing\n"),
     hard(KIM)),
    ("c94-bcc-only", CHAIN + " (the sender's own copy names kim only in Bcc)",
     _copy("bc", "kim", f"From: Seller <seller@example.com>\nBcc: Kim Other <{KIM}>\n" + _DATE), hard(KIM)),
    # Controls: the chain's own Cc (lee) stays unread; the notice names the address itself.
    ("c94-c-chain-cc-named", CHAIN + " (control: only the quoted chain's Cc is a 'lee')",
     _copy("cl", "lee", "From: Seller <seller@example.com>\n" + _DATE), []),
    ("c94-c-own-to-and-cc", CHAIN + " (control: one block with To and Cc; the failed one the Cc)",
     _copy("tc", "kim", f"From: Seller <seller@example.com>\nTo: {LEAD}\nCc: Kim Other <{KIM}>\n" + _DATE), hard(KIM)),
]

ROWS = SECTIONS + SUCCESS + CHAIN_ROWS
