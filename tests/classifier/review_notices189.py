"""The hundred-and-eighty-ninth review: an away text that quotes the seller's earlier mail, into which he pasted an NDR
("550 5.1.1 <orders@...>"), under an auto-reply's Subject (review 188's judged row r188-oof-en-co-line-end-pasted, the
quote's intro 'You wrote:'). hints' gate for machine-marked mail let a relayed failure count wherever in the text it
stood; the mend reads it only ABOVE the first quote of an earlier message (a reply's "On <date>, <name> wrote:" /
"schrieb" / "a écrit :" intro, a line quoted with "> ", Outlook's original-message line or its From / Sent header
block in the clients' languages: relayed_failures.quote_start).

Attacked: the quoted NDR under Gmail's English and Thunderbird's French reply intro with "> " lines, Outlook's
German bare header block ("Von: / Gesendet: / An: / Betreff:") and its English "-----Original Message-----" block
(FALSE HARDS: orders@, an address merely quoted, marked bounced). CONTROLS: a router's relayed Postfix failure under
"Automatic reply:" ABOVE a quote of our mail, and an Exchange NDR relayed under it that returns our message below
"----- Original message -----" (the standard layout: the failure above the returned message): kim hard.

Findings (6 rows, committed before they ran; main at 045820f): 3 misread, the away texts under Gmail's English, Outlook's
German and Thunderbird's French quote (orders@ hard, userunknown), as review 188's row. Outlook's English
"-----Original Message-----" row read right already (Mail.notice ends at sections.ORIGINAL_MARKERS' line); both
controls read right. Mended all 3 and review 188's row (hints' gate reads the notice up to
relayed_failures.quote_start); the controls unchanged.

Rows: (name, source, raw, expected), each expectation written from the words and shared/classifier/taxonomy.md
BEFORE the classifier ran on them. All HAND-MADE; sources per row. test_review_notices189.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices181_layouts import (KIM, NO, PF_SRC, PF_TEXT, REPLY, SELLER, SUBJ, hard, msg,
                                                         original)
from tests.classifier.review_notices184 import AG, AR, EX10_SRC, EX10_TEXT, EXO_OOF, OOF_FIELDS, ROUTER

ROWS: list[tuple] = []
AWAY = ("; kim's away text (taxonomy §5 `vacation`: no bounce) quoting the seller's mail into which he pasted the NDR "
        "he got for orders@ (an address merely quoted: it must not come out)")
ROUTED = ("; relayed by the partner's mail router under an auto-reply's Subject (as review 184's section D): the "
          "failure ABOVE the quote, kim dead, hard")
GMAIL_Q = ("Gmail Help 'Reply to or forward an email' (weak: the plain-text reply's intro 'On <date>, <name> <address> "
           "wrote:' and the quoted lines' '> ', as Gmail writes them)")
TB_Q = ("thunderbird/thunderbird-l10n fr/mail/chrome/messenger/messengercompose/composeMsgs.properties "
        "(mailnews.reply_header_ondateauthorwrote 'Le #2 à #3, #1 a écrit :'; weak: the value as quoted in list "
        "archives) and mailnews.reply_quoting's '> '")
OUTLOOK_Q = ("Outlook's reply header block in plain text ('-----Original Message-----', 'From: / Sent: / To: / Subject:'; "
             "German 'Von: / Gesendet: / An: / Betreff:'): crisp-oss/email-forward-parser lib/parser.js, as "
             "classifier/forward_marks.py cites them")
PASTE = ("my mail to orders@partner.example could not be delivered:\n550 5.1.1 <orders@partner.example>: Recipient "
         "address rejected: User unknown in virtual mailbox table\nWhich address should I use?")


def row(name: str, source: str, raw: bytes, expected: list) -> tuple:
    return (f"r189-{name}", "hand-made (review 189) after " + source, raw, expected)


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.split("\n"))


ROWS += [
    row("oof-en-on-date-wrote-quoted", EXO_OOF + "; " + GMAIL_Q + AWAY,
        msg("a1", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I am out of the office until Monday 7 December.\n\n"
            f"On Fri, Dec 4, 2026 at 10:15 AM Sam Seller <{SELLER}> wrote:\n" + _quoted("Hi Kim, " + PASTE),
            OOF_FIELDS), NO),
    row("oof-de-von-gesendet", EXO_OOF + "; " + OUTLOOK_Q + AWAY + " (Subject 'Automatische Antwort:')",
        msg("a2", f"Kim Ng <{KIM}>", f"Automatische Antwort: {SUBJ}", "Ich bin bis Montag, 7. Dezember, nicht im Büro."
            f"\n\nVon: Sam Seller <{SELLER}>\nGesendet: Freitag, 4. Dezember 2026 10:15\nAn: Kim Ng <{KIM}>\n"
            f"Betreff: {SUBJ}\n\nHallo Kim, " + PASTE, OOF_FIELDS), NO),
    row("oof-fr-le-a-ecrit-quoted", EXO_OOF + "; " + TB_Q + AWAY + " (Subject 'Réponse automatique :')",
        msg("a3", f"Kim Ng <{KIM}>", f"Réponse automatique : {SUBJ}", "Je suis absente du bureau jusqu'au lundi 7 "
            "décembre.\n\nLe 04/12/2026 à 10:15, Sam Seller a écrit :\n" + _quoted("Bonjour Kim, " + PASTE),
            OOF_FIELDS), NO),
    row("oof-en-original-message-block", EXO_OOF + "; " + OUTLOOK_Q + AWAY,
        msg("a4", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I am on leave until 7 December; Lena Berg covers "
            f"urgent orders.\n\n-----Original Message-----\nFrom: Sam Seller <{SELLER}>\nSent: Friday, December 4, "
            f"2026 10:15 AM\nTo: Kim Ng <{KIM}>\nSubject: {SUBJ}\n\nHi Kim, " + PASTE, OOF_FIELDS), NO),
    row("c-relay-postfix-above-quote", PF_SRC + "; " + OUTLOOK_Q + ROUTED + " (CONTROL: Postfix's failure, then our "
        "mail quoted below Outlook's '-----Original Message-----')",
        msg("c1", ROUTER, f"Automatic reply: {SUBJ}", PF_TEXT + f"<{KIM}>: host mx.partner.example[192.0.2.25] said: "
            f"{REPLY} (in reply to RCPT TO command)\n\n-----Original Message-----\nFrom: Sam Seller <{SELLER}>\n"
            f"Sent: Thursday, December 3, 2026 9:14 AM\nTo: <{KIM}>\nSubject: {SUBJ}\n\nHello Kim.\n", AR),
        hard(KIM)),
    row("c-relay-ex2010-returned-original", EX10_SRC + ROUTED + " (CONTROL: the NDR returns our message below "
        "'----- Original message -----', Exchange's own layout, Auto-Submitted: auto-generated)",
        msg("c2", ROUTER, f"Automatic reply: {SUBJ}", EX10_TEXT + "\n----- Original message -----\n\n" + original()
            + "\nHello Kim.\n", AG), hard(KIM)),
]
