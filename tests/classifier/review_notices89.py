"""The eighty-ninth review: an adversarial audit of the mends merged from review 85, its plain-text half. Review 85
set a labelled line aside when its own words say the mail went through (formats/recipients._WENT_THROUGH: a tag
after the name, the "Status:" line below, a heading above), took the original's Cc from a quoted header copy
(fields.quoted_headers) and skipped the lone-To guess when a Cc exists (formats/named.by_name). These notices put
a FAILED recipient's line beside those words: a negated delivery word in another language ("nicht zugestellt",
"non remis", "no entregado"), a relay's "queued 2.0.0" before the return, another recipient's "Status: 250" in
the next paragraph, a "Delivery report" heading; and quoted reply chains whose Cc is another message's. Beside
each attack, its control (the delivered one's line with the same words, which must stay unread). A false soft
keeps mailing a dead address; a false hard marks a colleague. Expectations written from the words and
taxonomy.md BEFORE the classifier ran; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices50_sources import KIM, LEAD, hard
from tests.classifier.review_notices85 import notice

MIXED = ("RFC 3461 §4.1 NOTIFY=SUCCESS,FAILURE (one notice reports delivered and failed recipients together), "
         "written as a groupware notice's labelled lines (HAND-MADE)")
L10N = ("Microsoft Outlook/Exchange localised NDR words ('nicht zugestellt', 'non remis', 'no entregado', 'non "
        "consegnato', 'niet afgeleverd': the negation of the delivered word) on labelled lines (HAND-MADE)")
RELAY = ("RFC 5321 §6.1 (a relay that accepted the message, '250 2.0.0 queued', later returns it) written as a "
         "'Result:' line under the failed one's label (HAND-MADE)")
CHAIN = ("Outlook's reply header block ('-----Original Message----- / From: / Sent: / To: / Cc: / Subject:') "
         "quoted in the returned original's body under a trimmed header copy (HAND-MADE)")
_WHY = "Reason: 550 5.1.1 User unknown\n"
_LEAD_N, _KIM_N = f"Lead Person <{LEAD}>", f"Kim Other <{KIM}>"
_BOTH, _BOTH_N = f"{LEAD}, {KIM}", f"{_LEAD_N}, {_KIM_N}"


def _one(name: str, lines: str, to: str = _BOTH, cc: str = "", **kw) -> bytes:
    return notice(f"89-{name}", f"Your message could not be delivered to one or more of its recipients.\n\n{lines}\n",
                  to=to, cc=cc, **kw)


# ---- (a) a failed one's labelled line holding a delivered word ------------------------------------------------
TAGS = [
    ("a89-de-nicht-zugestellt-no-code", L10N + " (German, the code on the reason line below)",
     _one("dn", f"Empfänger: Lead Person (zugestellt)\nEmpfänger: Kim Other (nicht zugestellt)\n{_WHY}", _BOTH_N),
     hard(KIM)),
    ("a89-fr-non-remis-no-code", L10N + " (French)",
     _one("fn", f"Destinataire : lead (remis)\nDestinataire : kim (non remis)\n{_WHY}"), hard(KIM)),
    ("a89-es-no-entregado", L10N + " (Spanish)",
     _one("es", f"Destinatario: lead (entregado)\nDestinatario: kim (no entregado)\n{_WHY}"), hard(KIM)),
    ("a89-it-non-consegnato", L10N + " (Italian)",
     _one("it", f"Destinatario: lead (consegnato)\nDestinatario: kim (non consegnato)\n{_WHY}"), hard(KIM)),
    ("a89-nl-niet-afgeleverd", L10N + " (Dutch)",
     _one("nl", f"Ontvanger: lead (afgeleverd)\nOntvanger: kim (niet afgeleverd)\n{_WHY}"), hard(KIM)),
    ("a89-de-heading-nicht-zugestellt", L10N + " (a 'Nicht zugestellt:' heading over the failed one)",
     notice("89-dh", "Zugestellt:\n  Empfänger: Lead Person\n\nNicht zugestellt:\n  Empfänger: Kim Other\n  " + _WHY,
            to=_BOTH_N, subject="Unzustellbar: Quick question"), hard(KIM)),
    ("a89-fr-heading-non-remis", L10N + " (a 'Non remis :' heading)",
     notice("89-fh", "Remis :\n  Destinataire : lead\n\nNon remis :\n  Destinataire : kim\n  " + _WHY, to=_BOTH),
     hard(KIM)),
    ("a89-de-addr-nicht-zugestellt", L10N + " (German, with addresses)",
     _one("da", f"Empfänger: {LEAD} (zugestellt)\nEmpfänger: {KIM} (nicht zugestellt)\n{_WHY}"), hard(KIM)),
    ("a89-ok-inside-failure", MIXED + " ('OK' inside the failed one's own words: the RCPT was OK, DATA bounced)",
     _one("ok", f"Recipient: lead - OK\nRecipient: kim - bounced after RCPT OK, mailbox disabled\n{_WHY}"), hard(KIM)),
    ("a89-relay-queued-then-returned", RELAY,
     _one("rq", f"Recipient: kim\nResult: queued 2.0.0 at the relay, then returned\n{_WHY}", LEAD, KIM), hard(KIM)),
    ("a89-status-250-next-paragraph", MIXED + " (status-first layout: the delivered one's 'Status: 250' opens the "
     "next paragraph)",
     _one("sn", "Status: 550 5.1.1 User unknown\nRecipient: kim\n\nStatus: 250 2.0.0 OK\nRecipient: lead\n"), hard(KIM)),
    ("a89-delivery-report-heading", MIXED + " (a 'Delivery report:' heading says nothing of an outcome)",
     notice("89-dr", f"Delivery report:\n  Recipient: kim\n  {_WHY}", to=_BOTH), hard(KIM)),
    ("a89-delivered-count-heading", MIXED + " (a heading counting both: 'Delivered 1, failed 1:')",
     notice("89-dc", f"Delivered 1, failed 1:\n  Recipient: kim\n  {_WHY}", to=_BOTH), hard(KIM)),
    ("a89-delivered-word-in-why", MIXED + " (the why: 'could not be delivered' on the line below the label)",
     _one("dw", "Recipient: kim\nStatus: message could not be delivered, 5.1.1 mailbox does not exist"), hard(KIM)),
    ("a89-zugestellt-in-quoted-reply", L10N + " (the quoted reply 'nicht zugestellt' with a code)",
     _one("zq", "Empfänger: Kim Other (Postfach nicht zugestellt: 550 5.1.1 Benutzer unbekannt)", _BOTH_N), hard(KIM)),
]
# Controls: the delivered one's line with the same words stays unread (a false hard is the worst harm).
TAG_CONTROLS = [
    ("a89-c-de-zugestellt-alone", L10N + " (control: a success report in German, one recipient)",
     notice("89-cz", "Ihre Nachricht wurde zugestellt.\n\nEmpfänger: Lead Person (zugestellt)\n", to=_LEAD_N,
            subject="Zugestellt: Quick question"), []),
    ("a89-c-fr-remis-beside-failed", L10N + " (control: the delivered one 'remis' beside the failed one)",
     _one("cr", "Destinataire : lead (remis)\nDestinataire : kim (non remis : 550 5.1.1 utilisateur inconnu)"),
     hard(KIM)),
    ("a89-c-heading-zugestellt-alone", L10N + " (control: only a 'Zugestellt:' section)",
     notice("89-ch", "Zustellbericht\n\nZugestellt:\n  Empfänger: Lead Person\n", to=_LEAD_N,
            subject="Zugestellt: Quick question", sender="postmaster@mail.example.com"), []),
    ("a89-c-status-250-below-delivered", MIXED + " (control: the delivered one's own 'Status: 250' right below)",
     _one("cs", "Recipient: lead\nStatus: 250 2.0.0 OK\n\nRecipient: kim\nStatus: 550 5.1.1 User unknown"), hard(KIM)),
    ("a89-c-without-errors-delivered", MIXED + " (control: 'delivered without errors' on the delivered one)",
     _one("cw", f"Recipient: lead (delivered without errors)\nRecipient: kim (failed)\n{_WHY}"), hard(KIM)),
    ("a89-c-es-entregado-beside-failed", L10N + " (control: 'entregado' alone on the delivered one)",
     _one("ce2", "Destinatario: lead (entregado)\nDestinatario: kim (rechazado: 550 5.1.1 usuario desconocido)"),
     hard(KIM)),
    ("a89-c-status-first-delivered", MIXED + " (control: status-first, the delivered one's 'Status: 250' opens its "
     "own paragraph)", _one("cf", "Status: 250 2.0.0 OK\nRecipient: lead\n\nStatus: 550 5.1.1 User unknown\n"
                            "Recipient: kim\n"), hard(KIM)),
    ("a89-c-no-errors-delivered", MIXED + " (control: 'delivered, no errors' on the delivered one)",
     _one("ce", f"Recipient: lead (delivered, no errors)\nRecipient: kim (failed)\n{_WHY}"), hard(KIM)),
]

# ---- (b) Cc from a quoted header copy; the lone-To fallback ------------------------------------------------------
_TRIM = "From: Seller <seller@example.com>\nTo: {to}\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n\n"
_CHAIN = ("Hello Lead,\nsee below.\n\n-----Original Message-----\nFrom: Kim Other <kim@partner.example>\n"
          "Sent: Wednesday, December 2, 2026 09:00\nTo: Seller <seller@example.com>\nCc: {cc}\n"
          "Subject: Pricing\n\nPlease send the price list.\n")


def trimmed(name: str, body: str, to: str, cc: str) -> bytes:
    """A notice whose copy of the original is trimmed to From/To/Date, its body quoting an older message."""
    return (f"From: MAILER-DAEMON@mail.example.com\nTo: seller@example.com\nSubject: Undeliverable: Pricing\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <r89-{name}@mail.example.com>\nX-Hand-Made: yes (review 89)\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n------ This is a copy of the message. ------\n\n"
            + _TRIM.format(to=to) + _CHAIN.format(cc=cc)).encode()


_COLLEAGUE = "Pat Colleague <pat@partner.example>"
CC_ROWS = [
    ("b89-chain-cc-nobody-named", CHAIN + " (the notice names nobody; the original went to lead alone, the quoted "
     "chain's Cc is another message's)",
     trimmed("cn", "Your message could not be delivered.\n\n" + _WHY, LEAD, _COLLEAGUE), hard(LEAD)),
    ("b89-chain-cc-named-colleague-local", CHAIN + " (the notice names lead by local part; the chain's Cc a colleague)",
     trimmed("cl", f"Your message could not be delivered.\n\nRecipient: lead\n{_WHY}", LEAD, _COLLEAGUE), hard(LEAD)),
    ("b89-chain-cc-shares-local", CHAIN + " (the chain's Cc shares lead's local part at another domain: it is no "
     "recipient of this message)",
     trimmed("cs", f"Your message could not be delivered.\n\nRecipient: lead\n{_WHY}", LEAD, "lead@other.example"),
     hard(LEAD)),
    ("b89-chain-cc-never-failed", CHAIN + " (the notice names lead by address: the chain's Cc never failed)",
     trimmed("ca", f"Delivery to {LEAD} failed.\n{_WHY}", LEAD, _COLLEAGUE), hard(LEAD)),
    ("b89-real-cc-failed-to-named", "review 85's lone-To rule (control: a real Cc; the notice names the failed To by "
     "address)", notice("89-rc", f"Delivery to {LEAD} failed.\n{_WHY}", to=LEAD, cc=_KIM_N), hard(LEAD)),
    ("b89-real-cc-failed-to-by-name", "review 85's lone-To rule (control: a real Cc; the notice names the To by "
     "display name)", notice("89-rn", f"Your message to Lead Person could not be delivered.\n{_WHY}", to=_LEAD_N,
                             cc=_KIM_N), hard(LEAD)),
    ("b89-real-cc-failed-to-by-local", "review 85's lone-To rule (control: a real Cc; 'Recipient: lead')",
     notice("89-rl", f"Your message could not be delivered.\n\nRecipient: lead\n{_WHY}", to=LEAD, cc=_KIM_N),
     hard(LEAD)),
    ("b89-real-cc-failed-cc-named", "review 85's lone-To rule (control: the failed one is the Cc, by address)",
     notice("89-rk", f"Delivery to {KIM} failed.\n{_WHY}", to=LEAD, cc=_KIM_N), hard(KIM)),
    ("b89-real-cc-nobody-named", "review 85's judgement (control: a real Cc, nobody named: which failed cannot be "
     "told)", notice("89-rx", "Your message could not be delivered.\n\n" + _WHY, to=LEAD, cc=_KIM_N), []),
    ("b89-real-cc-sender-self", "review 85's lone-To rule (our sender Cc'd herself; nobody named: only lead could "
     "have failed at the prospect's server)",
     notice("89-rs", "Your message could not be delivered.\n\n" + _WHY, to=LEAD, cc="Seller <seller@example.com>"),
     hard(LEAD)),
]

# ---- round 2 (expectations before running): the round-1 mends' own words on a delivered one's line --------------
ROUND2 = [
    ("a89-r2-delivered-receipt-returned", MIXED + " (the delivered one's line: 'read receipt returned')",
     _one("r2a", f"Recipient: lead (delivered, read receipt returned)\nRecipient: kim (failed)\n{_WHY}"), hard(KIM)),
    ("a89-r2-zugestellt-nicht-gelesen", L10N + " (the delivered one 'zugestellt, nicht gelesen': the negation is "
     "of reading)", _one("r2b", f"Empfänger: Lead Person (zugestellt, nicht gelesen)\nEmpfänger: Kim Other "
                        f"(unzustellbar)\n{_WHY}", _BOTH_N), hard(KIM)),
    ("a89-r2-remis-non-lu", L10N + " (the delivered one 'remis, non lu')",
     _one("r2c", f"Destinataire : lead (remis, non lu)\nDestinataire : kim (non remis)\n{_WHY}"), hard(KIM)),
    ("a89-r2-delivered-no-bounce-status", MIXED + " (the delivered one's 'Status: 250 2.0.0 OK, no bounce')",
     _one("r2d", "Recipient: lead\nStatus: 250 2.0.0 OK, no bounce\n\nRecipient: kim\nStatus: 550 5.1.1 User unknown"),
     hard(KIM)),
    ("a89-r2-status-above-previous-entry", MIXED + " (no blank lines: the line above kim is lead's 'Status: 250')",
     _one("r2e", "Recipient: lead\nStatus: 250 2.0.0 OK\nRecipient: kim\nStatus: 550 5.1.1 User unknown"), hard(KIM)),
    ("a89-r2-no-entregado-heading-control", L10N + " (control: 'Entregado:' heading alone, one recipient, a success "
     "report)", notice("89-r2f", "Informe de entrega\n\nEntregado:\n  Destinatario: lead\n", to=LEAD,
                       subject="Entregado: Quick question", sender="postmaster@mail.example.com"), []),
    ("b89-r2-colleague-cc-nobody-named", "review 85's lone-To rule (a colleague at our domain Cc'd; nobody named: "
     "which failed cannot be told from the words)",
     notice("89-r2g", "Your message could not be delivered.\n\n" + _WHY, to=LEAD, cc="Pat <pat@example.com>"), []),
]

ROWS = TAGS + TAG_CONTROLS + CC_ROWS + ROUND2
