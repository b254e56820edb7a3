"""The ninety-seventh review, part 2 (part 1: review_notices97.py): whole notices attacking review 94's mends.

5. formats/prose._section_action (a recipient's own "will retry" line reads delayed) and intros' de/fr/es "is
   complete" headings: a FAILED recipient's reason line that speaks of retrying (given up: failed, hard), a real
   failure notice whose returned original quotes a completed heading.
6. fields.quoted_headers (a later header block without From is the copy's own): a quoted reply chain's header block
   after a blank line (its Cc never the failed one).

Rows: (name, source, raw, expected), expected written from the words and shared/classifier/taxonomy.md BEFORE the
classifier ran. Layout: review_notices85.notice. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices50_sources import KIM, LEAD, hard
from tests.classifier.review_notices85 import notice
# Review 94's Exchange headings, attacked here.
from tests.classifier.review_notices94_notices import COMPLETE_HEADINGS, FAILED_HEADINGS

_WHY = "Reason: 550 5.1.1 User unknown\n"
_DELAY = "Reason: 451 4.4.1 no answer from host, will retry\n"
_LEAD_DELAYED = [(LEAD, False, (), "", True)]
_TWO = f"{LEAD}, {KIM}"
_FAILED_HEAD = "Delivery to the following recipients failed permanently:\n\n"
_DELAY_HEAD = "\nDelivery to the following recipients has been delayed:\n\n"

SECT = ("review 94's formats/prose._section_action under attack: RFC 3461 §4.1 NOTIFY=DELAY,FAILURE (one notice "
        "reporting a delayed recipient and a failed one) whose FAILED recipient's own reason line speaks of retrying "
        "in the words of giving up (failed for good: userunknown, hard), hand-made after review 94's s94 rows")
_RETRY_WORDS = {
    "do-not-retry": "Reason: 550 5.1.1 User unknown - do not retry\n",
    "will-not-retry": "Reason: 550 5.1.1 User unknown; the server will not retry\n",
    "no-further-retries": "Reason: 550 5.1.1 User unknown (no further retries)\n",
    "retry-timeout": "Reason: 550 5.1.1 User unknown, retry timeout exceeded\n",
    "will-not-be-retried": "Reason: 550 5.1.1 User unknown. This message will not be retried\n",
    "attempts-continue-others": "Reason: 550 5.1.1 User unknown\nDelivery attempts will continue for the other "
                                "recipients.\n",
}
SECTIONS = [
    (f"s97-failed-{key}", SECT + f" ({key.replace('-', ' ')})",
     notice(f"97-{key}", _FAILED_HEAD + "Recipient: kim\n" + why + _DELAY_HEAD + "Recipient: lead\n" + _DELAY,
            to=_TWO), hard(KIM) + _LEAD_DELAYED)
    for key, why in _RETRY_WORDS.items()
] + [
    ("s97-c-failed-then-delayed", SECT + " (control: the plain mixed notice)",
     notice("97-fd", _FAILED_HEAD + "Recipient: kim\n" + _WHY + _DELAY_HEAD + "Recipient: lead\n" + _DELAY, to=_TWO),
     hard(KIM) + _LEAD_DELAYED),
    ("s97-c-will-retry-under-failed", SECT + " (control: review 94's delayed one under the failed heading)",
     notice("97-wr", _FAILED_HEAD + "Recipient: kim\n" + _WHY + "Recipient: lead\n" + _DELAY, to=_TWO),
     hard(KIM) + _LEAD_DELAYED),
]

TWO = ("review 94's rule_wordings 'blocked by content policy' under attack: RFC 3461 one notice for two recipients, "
       "one a missing user (userunknown, hard), the other refused by content policy (policyviolation, soft), hand-made")
SECTIONS += [
    ("s97-two-unknown-and-content-policy", TWO,
     notice("97-tc", "Delivery to the following recipients failed permanently:\n\nRecipient: kim\n" + _WHY
            + "Recipient: lead\nReason: 550 5.1.1 Message blocked by content policy\n", to=_TWO),
     hard(KIM) + [(LEAD, False, (), "", False)]),
    ("s97-two-content-policy-first", TWO + " (the policy one listed first)",
     notice("97-tp", "Delivery to the following recipients failed permanently:\n\nRecipient: lead\nReason: 550 5.1.1 "
            "Message blocked by content policy\nRecipient: kim\n" + _WHY, to=_TWO),
     [(LEAD, False, (), "", False)] + hard(KIM)),
]

OK = ("review 94's intros de/fr/es 'is complete' headings (Exchange's relay notice, as recalled) under attack: a real "
      "failure notice in that language whose returned original quotes the completed heading, hand-made")
SUCCESS = [
    (f"o97-failed-quoting-complete-{lang}", OK + f" ({lang}: quoted in the original)",
     notice(f"97-qc-{lang}", f"{FAILED_HEADINGS[lang]}\n\nkim@partner.example\n" + _WHY, to=KIM,
            orig=f"> {COMPLETE_HEADINGS[lang]}\n> lead@example.org\n\n"), hard(KIM))
    for lang in ("de", "fr", "es")
] + [
    (f"o97-complete-word-in-failure-{lang}", OK + f" ({lang}: the word in a failure's own sentence)",
     notice(f"97-cw-{lang}", f"{text}\n\nkim@partner.example\n" + _WHY, to=KIM), hard(KIM))
    for lang, text in (("de", "Der Zustellversuch wurde abgeschlossen, die Nachricht konnte nicht zugestellt werden:"),
                       ("fr", "La tentative de remise est terminée, le message n'a pas pu être remis :"),
                       ("es", "Se ha completado el intento de entrega, pero el mensaje no se pudo entregar:"))
]

CHAIN = ("review 94's fields.quoted_headers (a later block without From is the copy's own) under attack: the copy's "
         "From/Date, then after a blank line a quoted reply chain's header block without From (Outlook's 'Sent:/To:/"
         "Cc:' trimmed); the notice names the chain's Cc 'lee', who was never sent to (hand-made after c94 rows)")


def _copy(name: str, named: str, own: str) -> bytes:
    return ("From: MAILER-DAEMON@mail.example.com\nTo: seller@example.com\nSubject: Undeliverable: Pricing\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <r97-{name}@mail.example.com>\nX-Hand-Made: yes (review 97)\n"
            f"Content-Type: text/plain; charset=utf-8\n\nYour message could not be delivered.\n\nRecipient: {named}\n"
            + _WHY + "\n------ This is a copy of the message. ------\n\n" + own).encode()


_OWN = "From: Seller <seller@example.com>\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"  # trimmed to From/Date, as c94's
CHAIN_ROWS = [
    ("c97-chain-sent-to-cc-after-blank", CHAIN + " (Sent/To/Cc/Subject)",
     _copy("st", "lee", _OWN + "\nSent: Wednesday, December 2, 2026 09:00\nTo: Seller <seller@example.com>"
           "\nCc: Lee Other <lee@partner.example>\nSubject: Pricing\n\nPlease send the price list.\n"), []),
    ("c97-chain-quoted-reply-block", CHAIN + " (the chain's block quoted with '> ')",
     _copy("qb", "lee", _OWN + "\n> To: Seller <seller@example.com>\n> Cc: Lee Other <lee@partner.example>\n"
           "> Subject: Pricing\n>\n> Please send the price list.\n"), []),
    ("c97-c-own-split-cc", CHAIN + " (control: the copy's own Cc split off after a blank line names the failed kim)",
     _copy("sc", "kim", _OWN + f"\nCc: Kim Other <{KIM}>\nSubject: Pricing\n"), hard(KIM)),
]

ROWS = SECTIONS + SUCCESS + CHAIN_ROWS
