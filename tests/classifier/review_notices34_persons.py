"""The thirty-fourth review's PERSONS' mail in a bounce's words: replies that quote a real bounce
under the person's own text, a colleague forwarding a bounce with a question, a prospect's own
subject "Delivery failed" / "Rejected" / "Returned mail" about goods, a postmaster's own out-of-
office, and the auto-replies whose away text names a failed address (the team's judgement calls,
tests/classifier/test_autoreply_invariance.WORDS_KNOWN). Expected: a reply or ordinary mail is no
bounce (taxonomy section 5; autoreply_variants D); a forwarded bounce reads as the bounce alone
(review_notices19: its failed recipient, never the forwarder's). All HAND-MADE."""

from __future__ import annotations

from tests.classifier import review_notices19 as R19
from tests.classifier import review_notices19_layouts as L19
from tests.classifier.review_notices34_layouts import SOURCES, SUBJECT, mail, responder

KIM = "Kim Ng <kim@partner.example>"


def _quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


# ---- a person's reply quoting a bounce below their own text ------------------------------------------
_Q_SRC = ("autoreply_variants D (a person's reply quoting a bounce is no bounce); the quoted bounce: "
          "review_notices19.BOUNCES[{k}]['source']")


def _reply_quoting(name: str, kind: str, intro: str, *, header: str = "", subject: str = "") -> tuple:
    b = R19.BOUNCES[kind]
    lead = header or f"On Fri, 4 Dec 2026 at 08:55, {b['from']} wrote:"
    body = f"{intro}\n\n{lead}\n{_quoted(b['text'])}\n"
    return (name, _Q_SRC.format(k=kind) + f" = {b['source'][:80]}...",
            mail(KIM, subject or f"Re: {SUBJECT}", body, "In-Reply-To: <r34-q3@ourco.example>\n"), [])


REPLIES = [
    _reply_quoting("reply-quotes-postfix-bounce", "postfix", "Hi Sam, I got this back when I tried to forward your "
                   "quote to my colleague - the address in your signature is wrong. Use mine instead."),
    _reply_quoting("reply-quotes-exim-bounce", "exim", "Sam - FYI our buyer's mailbox is full (see below), she'll "
                   "clear it on Monday. I'm still interested, let's talk Tuesday."),
    _reply_quoting("reply-quotes-gmail-bounce", "gmail", "The CEO's old Gmail is gone, as you can see. I'm your "
                   "contact now.", subject="Re: Delivery Status Notification (Failure)"),
    _reply_quoting("reply-quotes-exchange-bounce", "exchange", "Our ops@ alias was removed last month, so your "
                   "mail bounced. Please send the contract to me.", subject="RE: Undeliverable: Quick question"),
    _reply_quoting("reply-quotes-bounce-de", "postfix", "Hallo Sam, die Adresse meines Kollegen gibt es nicht mehr "
                   "(siehe unten: user unknown). Schicken Sie das Angebot bitte an mich.",
                   header="Am 04.12.2026 um 08:55 schrieb Mail Delivery System <MAILER-DAEMON@mail.ourco.example>:",
                   subject="AW: Quote for Q3"),
]

# ---- a colleague forwards a bounce with a question: the bounce's reading (review_notices19) ---------
_F_SRC = "review_notices19 forward handling (the forwarded bounce reads as itself); "


def _forward_question(name: str, kind: str, question: str, block, prefix: str = "Fwd") -> tuple:
    b = R19.BOUNCES[kind]
    raw = R19.forward(f"r34-{name}", prefix, f"{question}\n\n{block(b)}{b['text']}", subject=b["subject"])
    return (name, _F_SRC + b["source"], raw, b["expected"])


FORWARDS = [
    _forward_question("forward-why-bounce-gmail-block", "postfix", "Why did this bounce? The address is on their "
                      "website.", lambda b: L19.gmail_block("de", b)),
    _forward_question("forward-why-bounce-outlook365", "exchange", "Any idea why this came back? Is the CRM wrong?",
                      L19.outlook_365_block, "FW"),
    _forward_question("forward-why-bounce-thunderbird-fr", "exim", "Pourquoi ce message est-il revenu ?",
                      lambda b: L19.thunderbird_block("fr", b)),
    _forward_question("forward-why-bounce-roundcube", "gmail", "Did she leave? This bounced twice.",
                      L19.roundcube_block),
    # A forwarded auto-reply or success report stays what it is: no bounce.
    ("forward-of-autoreply-question", "review_notices19 (a forwarded auto-reply stays a non-bounce); the auto-reply "
     + SOURCES["exchange"],
     R19.forward("r34-fwd-ooo", "Fwd", "Is Jane gone for good? Got this back.\n\n---------- Forwarded message "
                 "---------\nFrom: Jane Doe <jane.doe@partner.example>\nDate: Fri, 4 Dec 2026 at 08:55\nSubject: "
                 f"Automatic reply: {SUBJECT}\nTo: <seller@ourco.example>\n\n\nI have left the company. I no longer "
                 "work here, please contact john.roe@partner.example.\n", subject=f"Automatic reply: {SUBJECT}"), []),
]

# ---- a person's own subject and text in a bounce's words (no reply prefix, no auto-reply mark) ------
_P_SRC = "HAND-MADE person's mail (taxonomy section 5: not a delivery report); the words a bounce uses"
PERSONS = [
    ("person-subject-delivery-failed", _P_SRC,
     mail(KIM, "Delivery failed - pallet order 7781", "Hi Sam,\n\nthe delivery failed again this morning: the "
          "driver was turned away at our gate, 'user unknown' on the security list. Can your logistics team call "
          "me?\n\nKim\n"), []),
    ("person-subject-returned-mail", _P_SRC,
     mail(KIM, "Returned mail: the samples", "Sam, the sample box was returned to sender by the courier - "
          "undeliverable address on the label. Could you resend to Dock 4?\n"), []),
    ("person-subject-rejected", _P_SRC,
     mail(KIM, "Rejected: proposal v2", "Hi Sam, finance rejected the proposal; the budget mailbox is full for "
          "this quarter. Let's revisit in January.\n"), []),
    ("person-subject-undeliverable-invoice", _P_SRC,
     mail(KIM, "Undeliverable invoice address", "Your invoice says it could not be delivered to "
          "ap@partner.example - that alias is gone. Please send invoices to kim@partner.example.\n"), []),
    ("person-subject-mail-delivery-failed-de", _P_SRC + " (German)",
     mail("Anna Schmidt <anna.schmidt@partner.example>", "Zustellung fehlgeschlagen - Lieferung 7781",
          "Hallo Sam,\n\ndie Lieferung ist heute nicht zustellbar gewesen, der Fahrer kam nicht aufs Gelände. "
          "Bitte neuen Termin.\n"), []),
    ("person-bounced-cheque", _P_SRC,
     mail(KIM, "Bounced payment", "Sam, our payment bounced because of a bank error; it will be re-sent Monday. "
          "Sorry about that.\n"), []),
]

# ---- a mail system's own mailbox on holiday, and away texts the team reads as notices ---------------
_PM = "Postmaster <postmaster@partner.example>"
SYSTEM_OOO = [
    ("postmaster-ooo-exchange", SOURCES["exchange"] + "; the away text HAND-MADE",
     responder("exchange", _PM, "en", "Our mail administrator is out of the office until 14 December. If your "
               "message bounced or was rejected, please forward the bounce to helpdesk@partner.example."), []),
    ("postmaster-ooo-zimbra-mailbox-full", SOURCES["zimbra"] + "; the away text HAND-MADE",
     responder("zimbra", "Mail Admin <mailadmin@partner.example>", "en", "I am on holiday. Reports of undeliverable "
               "mail or a full mailbox will be handled by the helpdesk from Monday."), []),
    ("ooo-names-undelivered-address", SOURCES["exchange"] + "; the away text names another address that 'could not "
     "be delivered' (autoreply_variants BODY_WORDS names_undelivered)",
     responder("exchange", KIM, "en", "I am away until 14 December. Your message to kim@ourpartner.example could "
               "not be delivered to me before my return; it is kept for when I am back."), []),
    ("ooo-quotes-smtp-reply", SOURCES["gmail"] + "; the away text quotes an SMTP reply (autoreply_variants "
     "BODY_WORDS quotes_smtp_reply)",
     responder("gmail", KIM, "en", "Mail sent to kim@ourpartner.example is undeliverable: 550 mailbox unavailable. "
               "Please write to info@ourpartner.example."), []),
    ("ooo-left-smtp-code-in-text", SOURCES["exchange2010"] + "; the away text HAND-MADE",
     responder("exchange2010", KIM, "en", "I have left Partner Inc. Messages to this address will soon be rejected "
               "with 550 5.1.1 user unknown. Please update your records: info@partner.example."), []),
]

PERSONS_ROWS = REPLIES + FORWARDS + PERSONS + SYSTEM_OOO
