"""Formats 63: a first-run MEASUREMENT of the classifier on whole formats it may not detect (issue family "whole
formats not detected"), first half: (a) real bounces whose HEADERS look like an auto-reply (RFC 3834's
Auto-Submitted: auto-replied, X-Autoreply / X-Autorespond, Precedence: auto_reply / bulk / junk, Subject prefixes
"Automatic reply:" and "Auto:", X-MS-Exchange-Inbox-Rules-Loop, a vacation responder's or a ticketing system's marks)
laid over the real layouts of review_holdout50_layouts.py (Postfix, Exim, Sendmail, Gmail, Exchange Online): a bounce
must still read as a bounce; beside controls, real out-of-office replies and ticket acknowledgements whose Subject or
words look like a bounce: never a bounce; (c) notices naming the recipient without a domain: Domino's Notes names
('Lena Lead/Partner', 'CN=Lena Lead/O=Partner'), a directory's 'Last, First', an Exchange X.500 name, a labelled line
with a display name or local part in the layouts of Gromox's local_bounce (layouts40's `labelled`), where the
original's To resolves it (classifier/formats/named.py), with controls: a name two recipients share names neither, a
label naming no recipient invents none. The second half (malformed DSN blocks): review_formats63_more.py.
Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from
the generators' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_audit35 import delay, hard, soft
from tests.classifier.review_formats57_layouts import PF_TEXT, fields, rcpt, report
from tests.classifier.review_formats63_layouts import groupware, marked, reply
from tests.classifier.review_groupware60_layouts import vacation
from tests.classifier.review_holdout50 import ex_remote, exo_remote, exo_unknown, g_dns, g_nosuch, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, SENDMAIL_SRC,
                                                       sendmail)
from tests.classifier.review_layouts40_layouts import LEAD, OTHER, labelled

NB: list[tuple] = []
LENA = f"Lena Lead <{LEAD}>"
OTTO = f"Otto Other <{OTHER}>"
MX = "mx.partner.example"
PF_UU = f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table"
SUBJ = "Quick question about your Q4 logistics"

RFC3834 = ("RFC 3834 5 (Auto-Submitted: auto-replied / auto-generated) and 3.1.5 (an automatic response's Subject "
           "may be the original's with a prefix)")
EXO_RULES = ("Microsoft's X-MS-Exchange-Inbox-Rules-Loop (stamped by an Exchange inbox rule that forwarded or "
             "redirected the message; EWS rule condition IsAutomaticReply, learn.microsoft.com/exchange/client-"
             "developer/web-service-reference/isautomaticreply) and 'Automatic reply: <subject>' of Outlook's "
             "automatic replies; X-Auto-Response-Suppress per MS-OXCMAIL 2.1.3.2.20")
PREC = ("Precedence: bulk / junk / auto_reply and X-Autoreply / X-Autorespond, the marks auto-responders and list "
        "servers put (Sieve vacation, Exim's autoreply transport, cPanel's autoresponders)")
NOTES_OOO = ("IBM 'Guide to the Notes/Domino Out of Office' (swg27006404: the agent / service replies once per "
             "sender; its Subject 'Auto: <subject>' by default) and Cyrus sieve vacation's 'Auto: ' prefix "
             "(review_groupware60_layouts CYRUS_VAC_SRC)")
ZENDESK = ("Zendesk 'A complete guide to understanding email in Zendesk' (support.zendesk.com/hc/en-us/articles/"
           "4408887388058): an autoreply trigger answers a new ticket at once, the ticket ID in the Subject")
DOMINO = ("HCL Domino's delivery failure report (Subject 'DELIVERY FAILURE: ...', 'Your message ... was not "
          "delivered to: <Notes name> because: User <name> not listed in Domino Directory', as the Domino "
          "decoders key on it: 'Your message', 'not listed in Domino Directory'); a Notes hierarchical name "
          "'Lena Lead/Partner' or its canonical 'CN=Lena Lead/O=Partner'")
LB = "labelled prose notice (Gromox data/local_bounce shape, review_layouts40_layouts.labelled)"


def _pf(rid: str, reply: str = PF_UU, status: str = "5.1.1", **kw) -> bytes:
    return pf_remote(rid, LEAD, reply, status, MX, **kw)


# ---- (a) Real bounces under auto-reply marks ----------------------------------------------------------------------
AUTO_ROWS = [
    ("f63-auto-pf-x-autoreply-precedence-junk", f"{POSTFIX_SRC}; {PREC}",
     marked(_pf("a1"), extra="X-Autoreply: yes\nPrecedence: junk\n"), hard("userunknown")),
    ("f63-auto-pf-x-autorespond-auto-reply", f"{POSTFIX_SRC}; {PREC}",
     marked(_pf("a2"), extra="X-Autorespond: yes\nPrecedence: auto_reply\n"), hard("userunknown")),
    ("f63-auto-exim-precedence-auto-reply", f"{EXIM_SRC}; {PREC}",
     marked(ex_remote("a3", LEAD, "550 5.1.1 No such user here", MX), extra="Precedence: auto_reply\n"
            "X-Autoreply: yes\n"), hard("userunknown")),
    ("f63-auto-exim-subject-automatic-reply", f"{EXIM_SRC}; {EXO_RULES}",
     marked(ex_remote("a4", LEAD, "550 5.1.1 No such user here", MX),
            subject="Automatic reply: Mail delivery failed: returning message to sender",
            extra="X-Auto-Response-Suppress: All\n"), hard("userunknown")),
    ("f63-auto-gmail-rules-loop-automatic-reply", f"{GMAIL_SRC}; {EXO_RULES}",
     marked(g_nosuch("a5", LEAD), subject="Automatic reply: Delivery Status Notification (Failure)",
            extra="X-MS-Exchange-Inbox-Rules-Loop: seller@example.com\nAuto-Submitted: auto-generated\n"),
     hard("userunknown")),
    ("f63-auto-exo-automatic-reply-undeliverable", f"{EXO_SRC}; {EXO_RULES}",
     marked(exo_unknown("a6", LEAD), subject=f"Automatic reply: Undeliverable: {SUBJ}",
            extra="Auto-Submitted: auto-replied\nX-MS-Exchange-Inbox-Rules-Loop: postmaster@partner.example\n"),
     hard("userunknown")),
    ("f63-auto-exo-mailbox-full-x-autorespond", f"{EXO_SRC}; {PREC}",
     marked(exo_remote("a7", LEAD, f"552 5.2.2 <{LEAD}>: Mailbox full", "5.2.2", MX),
            extra="X-Autorespond: yes\nPrecedence: bulk\n"), soft("mailboxfull")),
    ("f63-auto-sendmail-auto-returned-mail", f"{SENDMAIL_SRC}; {NOTES_OOO}",
     marked(sendmail("a8", LEAD, remote=MX, rcpt_reply=f"550 5.1.1 <{LEAD}>... User unknown", status="5.1.1"),
            subject="Auto: Returned mail: see transcript for details"), hard("userunknown")),
    ("f63-auto-pf-delay-automatic-reply", f"{POSTFIX_SRC} (delay report); {EXO_RULES}",
     marked(_pf("a9", f"450 4.2.0 <{LEAD}>: Recipient address rejected: Greylisted", "4.2.0", action="delayed"),
            subject="Automatic reply: Delayed Mail (still being retried)", extra="X-Autoreply: yes\n"),
     delay(scope=None)),
    ("f63-auto-pf-rules-loop-shared-mailbox", f"{POSTFIX_SRC}; {EXO_RULES} (our shared sales@ mailbox's rule "
     "redirected the report)",
     marked(_pf("a10"), extra="X-MS-Exchange-Inbox-Rules-Loop: sales@example.com\n"), hard("userunknown")),
    ("f63-auto-pf-vacation-marks", f"{POSTFIX_SRC}; Pigeonhole sieve vacation's marks (review_groupware60_layouts "
     "VACATION_SRC) on a report that passed through the prospect's vacation-enabled relay",
     marked(_pf("a11"), extra="Auto-Submitted: auto-replied (vacation)\nPrecedence: bulk\n"), hard("userunknown")),
    ("f63-auto-pf-ticket-subject", f"{POSTFIX_SRC}; {ZENDESK} (the ticket ID put before the report's Subject)",
     marked(_pf("a12"), subject="[Request #4521] Undelivered Mail Returned to Sender",
            extra="Auto-Submitted: auto-generated\nX-Zendesk-From-Account-Id: 8f3a21\n"), hard("userunknown")),
    ("f63-auto-gmail-dns-x-autoreply", f"{GMAIL_SRC} (DNS failure); {PREC}",
     marked(g_dns("a13", "c.dupont@lumenfield-consulting.fr"), extra="X-Autoreply: yes\nPrecedence: bulk\n"),
     hard("hostunknown", address="c.dupont@lumenfield-consulting.fr")),
    ("f63-auto-pf-two-recipients-autoreply-subject", f"{POSTFIX_SRC} (two recipients); {RFC3834}",
     report("f63a14", PF_TEXT + f"<{LEAD}>: host {MX} said: 550 5.1.1 User unknown (in reply to\n    RCPT TO "
            f"command)\n<{OTHER}>: host {MX} said: 552 5.2.2 Mailbox full (in reply to RCPT\n    TO command)\n",
            fields(rcpt(LEAD, "failed", "5.1.1", "550 5.1.1 User unknown"),
                   rcpt(OTHER, "failed", "5.2.2", "552 5.2.2 Mailbox full")), to=f"{LEAD}, {OTHER}",
            subject="Auto: Undelivered Mail Returned to Sender",
            extra="Auto-Submitted: auto-replied\nX-Autoreply: yes\n"),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
]

# ---- (a) controls: real automatic replies whose Subject or words look like a bounce --------------------------------
AWAY = ("Thank you for your message. I am out of the office until Monday 14 December with limited access to e-mail. "
        f"For urgent matters please contact Otto Other ({OTHER}).\n")
AUTO_CONTROLS = [
    ("f63-ctl-oof-exo-fw-undeliverable", f"{EXO_RULES}: an out-of-office answering our forward of an NDR",
     reply("c1", f"Automatic reply: FW: Undeliverable: {SUBJ}", AWAY, sender=LENA,
           extra="Auto-Submitted: auto-generated\nX-MS-Exchange-Inbox-Rules-Loop: lead@partner.example\n"
                 "X-Auto-Response-Suppress: All\n"), NB),
    ("f63-ctl-oof-notes-auto-returned-mail", f"{NOTES_OOO}: answering our 'Returned mail' follow-up",
     reply("c2", "Auto: Returned mail: see transcript for details", "I will be out of the office starting "
           "03.12.2026 and will not return until 14.12.2026.\n\nI will respond to your message when I return.\n",
           sender=LENA, extra="Auto-Submitted: auto-replied\n"), NB),
    ("f63-ctl-oof-could-not-be-delivered-to-me", f"{RFC3834}; {PREC}: the away text says 'could not be delivered'",
     reply("c3", f"Automatic reply: {SUBJ}", "Your message could not be delivered to me personally while I am on "
           "leave; it has been kept and I will read it on my return on 14 December.\n", sender=LENA,
           extra="X-Autoreply: yes\nAuto-Submitted: auto-replied\n"), NB),
    ("f63-ctl-oof-de-unzustellbar", f"{EXO_RULES} (German Outlook: 'Automatische Antwort:')",
     reply("c4", "Automatische Antwort: Unzustellbar: Kurze Frage", "Vielen Dank für Ihre Nachricht. Ich bin bis "
           "zum 14.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.\n", sender=LENA,
           extra="Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"), NB),
    ("f63-ctl-oof-fr-non-remis", f"{EXO_RULES} (French Outlook: 'Réponse automatique :')",
     reply("c5", "Réponse automatique : Non remis : Petite question", "Je suis absente du bureau jusqu'au 14 "
           "décembre. En cas d'urgence, contactez Otto Other.\n", sender=LENA,
           extra="Auto-Submitted: auto-generated\n"), NB),
    ("f63-ctl-oof-mailbox-almost-full", f"{RFC3834}; {PREC}: an away text that mentions its own full mailbox",
     reply("c6", f"Automatic reply: {SUBJ}", "I am travelling until 10 December. My mailbox is almost full, so "
           "please keep attachments small or send them after my return.\n", sender=LENA,
           extra="Auto-Submitted: auto-replied\nPrecedence: junk\n"), NB),
    ("f63-ctl-zendesk-request-received", f"{ZENDESK}: the acknowledgement of a ticket our forward opened",
     reply("c7", "[Partner Support] Re: Undeliverable: Quick question", "Your request (4521) has been received and "
           "is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n",
           sender="Partner Support <support@partner.zendesk.com>",
           extra="Auto-Submitted: auto-generated\nPrecedence: bulk\nX-Zendesk-From-Account-Id: 8f3a21\n"), NB),
    ("f63-ctl-ticket-ack-quoting-bounce", f"{ZENDESK}: the acknowledgement quotes our own words, which quote a "
     "colleague's bounce",
     reply("c8", "[Request #8812] Re: Mail to your colleague", "Dear Sam,\n\nWe have received your request and "
           "ticket #8812 has been created. An agent will reply shortly.\n\n-- Your message --\nHi, my mail to your "
           "colleague bounced with '550 5.1.1 <k.lund@partner.example>: Recipient address rejected: User unknown'. "
           "Could you forward my question to the right person?\n",
           sender="Partner Support <support@partner.zendesk.com>", extra="Auto-Submitted: auto-generated\n"), NB),
    ("f63-ctl-sieve-vacation-auto-mail-delivery-failed", f"{NOTES_OOO}; Pigeonhole sieve vacation (groupware60's "
     "layout)",
     vacation("f63c9", LENA, subject="Auto: Mail delivery failed: returning message to sender",
              body="I'm away until 14 December and will answer then.\n"), NB),
]

# ---- (c) The recipient named without a domain -------------------------------------------------------------------
DOMINO_TEXT = ("Your message\n\n  Subject: Quick question\n\nwas not delivered to:\n\n  {name}\n\nbecause:\n\n  "
               "User {who} not listed in Domino Directory\n")


def _domino(rid: str, name: str, who: str, *, to: str, cc: str = "") -> bytes:
    return groupware(rid, f"DELIVERY FAILURE: User {who} not listed in Domino Directory",
                     DOMINO_TEXT.format(name=name, who=who), to=to, cc=cc,
                     from_="Postmaster <Postmaster@partner.example>")


NAMED_ROWS = [
    ("f63-name-domino-hierarchical", DOMINO,
     _domino("n1", "Lena Lead/Partner@Partner", "Lena Lead/Partner", to=LENA), hard("userunknown")),
    ("f63-name-domino-canonical", DOMINO,
     _domino("n2", "CN=Lena Lead/O=Partner@Partner", "CN=Lena Lead/O=Partner", to=LENA), hard("userunknown")),
    ("f63-name-domino-cc-recipient", f"{DOMINO}; the Cc recipient named, the To one delivered",
     _domino("n3", "Otto Other/Partner@Partner", "Otto Other/Partner", to=LENA, cc=OTTO),
     hard("userunknown", address=OTHER)),
    ("f63-ctl-name-domino-shared", f"{DOMINO}: two To recipients share the display name: neither named",
     _domino("n4", "Lena Lead/Partner@Partner", "Lena Lead/Partner",
             to=f"{LENA}, Lena Lead <lena.lead@partner-group.example>"), NB),
    ("f63-name-label-last-first", f"{LB}; 'Recipient: Lead, Lena' (a directory's 'Last, First' display name)",
     labelled("f63n5", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: Lead, "
              "Lena\nReason: 550 5.1.1 User unknown\n", to=LENA), hard("userunknown")),
    ("f63-name-label-x500", f"{LB}; 'Recipient:' an Exchange legacy X.500 name (/O=.../CN=RECIPIENTS/CN=lead), as "
     "Exchange 2003-2010 NDRs print an internal recipient",
     labelled("f63n6", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: "
              "/O=PARTNER/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=lead\nReason: 550 "
              "5.1.1 User unknown\n", to=LENA), hard("userunknown")),
    ("f63-name-label-ja-display-name", f"{LB}; Japanese '宛先:' with the display name alone",
     labelled("f63n7", "配信不能: Quick question", "メッセージを配信できませんでした。\n\n宛先: Lena Lead\n理由: 宛先の"
              "ユーザーは存在しません\n", to=LENA), hard("userunknown")),
    ("f63-name-label-zh-display-name", f"{LB}; Chinese '收件人：' (full-width colon) with the display name alone",
     labelled("f63n8", "退信：Quick question", "您的邮件无法投递。\n\n收件人：Lena Lead\n原因：用户不存在\n", to=LENA),
     hard("userunknown")),
    ("f63-name-label-de-name-and-local-part", f"{LB}; German 'Empfänger:' with 'Name <local part>', no domain",
     labelled("f63n9", "Unzustellbar: Kurze Frage", "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: "
              "Lena Lead <lead>\nGrund: Postfach voll\n", to=LENA), soft("mailboxfull")),
    ("f63-name-label-fr-upper-local-part", f"{LB}; French 'Destinataire :' with the local part in capitals",
     labelled("f63n10", "Non remis : Petite question", "Votre message n'a pas pu être remis.\n\nDestinataire : "
              "LEAD\nMotif : utilisateur inconnu\n", to=LENA), hard("userunknown")),
    ("f63-name-label-es-two-entries", f"{LB}; Spanish 'Destinatario:' twice, two local parts, two reasons",
     labelled("f63n11", "No se puede entregar: Quick question", "No se ha podido entregar su mensaje.\n\n"
              "Destinatario: lead\nMotivo: el buzón no existe\n\nDestinatario: other\nMotivo: buzón lleno\n",
              to=f"{LENA}, {OTTO}"), hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("f63-name-label-en-domain-without-tld", f"{LB}; 'Recipient:' with the domain cut ('lead@partner')",
     labelled("f63n12", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: "
              "lead@partner\nReason: 550 5.1.1 User unknown\n", to=LENA), hard("userunknown")),
    ("f63-ctl-name-label-nobody", f"{LB}: 'Recipient: k.lund', no recipient of the original: none invented",
     labelled("f63n13", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: "
              "k.lund\nReason: 550 5.1.1 User unknown\n", to=LENA), NB),
    ("f63-ctl-name-label-sender-name", f"{LB}: 'Absender:' names our sender by display name, 'Empfänger:' the lead "
     "by local part: only the lead",
     labelled("f63n14", "Unzustellbar: Kurze Frage", "Ihre Nachricht konnte nicht zugestellt werden.\n\nAbsender: "
              "Sam Seller\nEmpfänger: lead\nGrund: Benutzer unbekannt\n", to=LENA), hard("userunknown")),
    ("f63-ctl-name-label-shared-zh", f"{LB}: '收件人：Lena Lead' where two Cc entries share the name: neither",
     labelled("f63n15", "退信：Quick question", "您的邮件无法投递。\n\n收件人：Lena Lead\n原因：用户不存在\n",
              to="Otto Other <other@partner.example>",
              cc=f"{LENA}, Lena Lead <lena@partner-group.example>"), NB),
]

ROWS = AUTO_ROWS + AUTO_CONTROLS + NAMED_ROWS

# ---- written AFTER the first run, with named.by_name's mend (a labelled login that is not the lone To): controls that
# read the same without it.
MEND_ROWS = [
    ("f63-mend-ctl-label-login-is-the-to", f"{LB}: 'Recipient: lead', the lone To's login: still the To",
     labelled("f63n16", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: lead\n"
              "Reason: 550 5.1.1 User unknown\n", to=LENA), hard("userunknown")),
    ("f63-mend-ctl-label-other-login-beside-address", f"{LB}: the lead's whole address in the text, 'Recipient:' "
     "naming another login below: the address named wins",
     labelled("f63n17", "Undeliverable: Quick question", f"Your message to {LEAD} could not be delivered.\n\n"
              "Recipient: k.lund\nReason: 550 5.1.1 User unknown\n", to=LENA), hard("userunknown")),
    ("f63-mend-ctl-label-sentence-no-login", f"{LB}: 'Recipient:' before a sentence, no login: the lone To, as "
     "before", labelled("f63n18", "Undeliverable: Quick question", "Your message could not be delivered.\n\n"
                        "Recipient: the mailbox does not exist\nReason: 550 5.1.1 User unknown\n", to=LENA),
     hard("userunknown")),
]
