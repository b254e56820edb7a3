"""The thirty-fourth review's second round (written after the first round ran, before running
these): localised auto-replies repeating a seller's subject in a bounce's words with the new
address on a labelled line; away texts that quote an SMTP reply about the mailbox itself; a
prospect forwarding the bounce THEY got when writing to the seller; Exchange 2003/2007's plain-
text delivery and read receipts; calendar replies; then (third and fourth rounds, each written
before it ran) newsletters about bounces, a Japanese subject with エラー, a person's mail saying an
old refusal is fixed, auto-replies whose mark follows the answered subject; (fifth to seventh)
longer auto-reply prefixes, French and Spanish recall reports, a person's localised bounce-worded
subject about a parcel, ticket acknowledgements repeating a seller's subject. Expected [] except
the forwarded bounce, read as the bounce alone (review_notices19). All HAND-MADE; sources per
row."""

from __future__ import annotations

from tests.classifier import review_notices19 as R19
from tests.classifier.review_notices34_layouts import SELLER, SOURCES, mail, prefix

# ---- localised auto-replies: the seller's subject in a bounce's words, a labelled new address -------
_LOCAL = {  # lang: (seller's subject, away text with a labelled address line)
    "de": ("Unzustellbare Pakete kosten Geld - kurzer Anruf?",
           "Ich bin bis 14.12. nicht im Büro.\nE-Mail-Adresse: anna.neu@partner.example\nVertretung: vertrieb@partner.example"),
    "fr": ("Colis non remis : un appel de 10 min ?",
           "Je suis absente jusqu'au 14 décembre.\nAdresse : claire.nouvelle@partenaire.example"),
    "es": ("¿Paquetes no entregados? Hablemos",
           "Estoy fuera de la oficina hasta el 14 de diciembre.\nDirección: lucia.nueva@socio.example"),
    "it": ("Pacchi non recapitabile? Parliamone",
           "Sono fuori sede fino al 14 dicembre.\nIndirizzo e-mail: marco.nuovo@partner.example.it"),
    "nl": ("Onbestelbare pakketten? Even bellen",
           "Ik ben afwezig tot 14 december.\nAdres: sanne.nieuw@partner.example.nl"),
}
LOCAL_ROWS = [
    (f"oof-{kind}-{lang}-seller-subject-labelled-address", SOURCES[kind] + f"; the seller's {lang} subject in a "
     "bounce's words and the away text HAND-MADE",
     mail(f"Person <x@partner-{lang}.example>", f"{prefix(lang)} {subject}", text,
          "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n" if kind == "exchange"
          else "X-Auto-Response-Suppress: All\n"), [])
    for lang, (subject, text) in _LOCAL.items() for kind in ("exchange", "exchange2010")
]

# ---- away texts that quote an SMTP reply about the mailbox itself --------------------------------
_SMTP_TEXTS = {
    "undeliverable-after-date": "After 31 January mail to this address is undeliverable (550 5.1.1 user unknown). "
                                "Please update your records: info@partner.example.",
    "quota-warning": "My mailbox is over quota (552 5.2.2) while I travel; if your mail bounces, write to "
                     "team@partner.example.",
}
SMTP_ROWS = [
    (f"oof-{kind}-smtp-words-{key}", SOURCES[kind] + "; the away text HAND-MADE",
     mail("Kim Ng <kim@partner.example>", "Automatic reply: Quote for Q3" if kind == "exchange" else "Re: Quote for Q3",
          text, "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n" if kind == "exchange"
          else "Auto-Submitted: auto-replied\n"), [])
    for key, text in _SMTP_TEXTS.items() for kind in ("exchange", "gmail")
]

# ---- a prospect forwards the bounce they got writing to the seller ---------------------------------
_THEIR = {
    "name": "Mail Delivery System", "address": "MAILER-DAEMON@mx.partner.example",
    "subject": "Undelivered Mail Returned to Sender", "date": "Fri, 4 Dec 2026 08:55:00 +0000",
    "text": ("This is the mail system at host mx.partner.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\n                   The mail system\n\n"
             "<sam.old@ourco.example>: host mail.ourco.example[192.0.2.30] said: 550 5.1.1\n"
             "    <sam.old@ourco.example>: Recipient address rejected: User unknown in\n"
             "    local recipient table (in reply to RCPT TO command)\n"),
}
_THEIR["from"] = f"{_THEIR['name']} <{_THEIR['address']}>"
_EXPECT_THEIR = [("sam.old@ourco.example", True, ("userunknown",), "recipient", False)]
_FWD_SRC = ("review_notices19 forward handling (the forwarded bounce reads as itself; the forwarder never fails); "
            "Postfix bounce_templates.c and smtpd_check.c ('User unknown in local recipient table')")
FORWARD_ROWS = [
    ("prospect-forwards-their-bounce-gmail", _FWD_SRC,
     R19.forward("r34-their-gmail", "Fwd", "Sam, I replied to your old address and got this - which one should I "
                 "use?\n\n---------- Forwarded message ---------\nFrom: " + _THEIR["from"] + "\nDate: "
                 + _THEIR["date"] + "\nSubject: " + _THEIR["subject"] + "\nTo: <kim@partner.example>\n\n\n"
                 + _THEIR["text"], subject=_THEIR["subject"]), _EXPECT_THEIR),
    ("prospect-forwards-their-bounce-outlook", _FWD_SRC,
     R19.forward("r34-their-outlook", "FW", "Why did this bounce? I used the address from your card.\n\n"
                 "________________________________\nFrom: " + _THEIR["from"] + "\nSent: Friday, December 4, 2026 "
                 "9:00 AM\nTo: kim@partner.example\nSubject: " + _THEIR["subject"] + "\n\n" + _THEIR["text"],
                 subject=_THEIR["subject"]), _EXPECT_THEIR),
]

# ---- Exchange 2003/2007 plain-text receipts (a System Administrator's report) ------------------------
_E2K3 = ("Exchange Server 2003/2007 delivery and read receipts in plain text ('Your message ... was delivered to "
         "the following recipient(s):', '... was read on ...', '... was deleted without being read on ...') "
         "(weak: as users quote them; the System Administrator sender as Exchange 2003 wrote it)")
_YOURS = "Your message\n\n  To:      Lee Ad\n  Subject: Quote for Q3\n  Sent:    04.12.2026 09:00\n\n"
E2K3_ROWS = [
    ("exchange2003-delivered-plain", _E2K3,
     mail("System Administrator <postmaster@partner.example>", "Delivered: Quote for Q3",
          _YOURS + "was delivered to the following recipient(s):\n\n      Lee Ad on 04.12.2026 09:01\n"
          "            lead@partner.example\n"), []),
    ("exchange2003-read-plain", _E2K3,
     mail("System Administrator <postmaster@partner.example>", "Read: Quote for Q3",
          _YOURS + "was read on 04.12.2026 10:15.\n"), []),
    ("exchange2003-not-read-plain", _E2K3,
     mail("System Administrator <postmaster@partner.example>", "Not read: Quote for Q3",
          _YOURS + "was deleted without being read on 04.12.2026 10:15.\n"), []),
    ("exchange-recall-report-de", "Microsoft Support 'Nachricht zurückrufen oder ersetzen' (the recall report; "
     "text HAND-MADE, weak)",
     mail("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.example>",
          "Fehler beim Nachrichtenrückruf: Quote for Q3", "Ihre Nachricht\n\n  An: lead@partner.example\n  Betreff: "
          "Quote for Q3\n  Gesendet: 04.12.2026 09:00\n\nkonnte nicht zurückgerufen werden.\n"), []),
]

# ---- calendar replies ------------------------------------------------------------------------------------
_ICS = ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
        f"ORGANIZER:mailto:{SELLER}\nATTENDEE;PARTSTAT=DECLINED:mailto:lead@partner.example\nSUMMARY:Demo call\n"
        "UID:r34-demo\nEND:VEVENT\nEND:VCALENDAR\n")


def _calendar(subject: str, note: str) -> bytes:
    return (f"From: Lee Ad <lead@partner.example>\nTo: {SELLER}\nSubject: {subject}\n"
            "Date: Fri, 04 Dec 2026 10:15:02 +0100\nMessage-ID: <r34-cal@partner.example>\nMIME-Version: 1.0\n"
            'Content-Type: multipart/alternative; boundary="r34c"\n\n--r34c\nContent-Type: text/plain; charset=utf-8\n\n'
            f"{note}\n\n--r34c\nContent-Type: text/calendar; charset=utf-8; method=REPLY\n\n{_ICS}\n--r34c--\n").encode()


_CAL = "RFC 5546 iTIP REPLY (METHOD:REPLY, PARTSTAT=DECLINED); Outlook's 'Declined:' subject (HAND-MADE note)"
CALENDAR_ROWS = [
    ("calendar-declined", _CAL, _calendar("Declined: Demo call", "Sorry, the invitation was rejected by my "
                                          "assistant - I'm out that week."), []),
    ("calendar-declined-de", _CAL, _calendar("Abgelehnt: Demo call", "Leider nicht zustellbar an diesem Tag."), []),
]

MORE_ROWS = LOCAL_ROWS + SMTP_ROWS + FORWARD_ROWS + E2K3_ROWS + CALENDAR_ROWS

# ---- third round (written after the second round's fixes, before running these): newsletters about
# bounces, a person's Japanese subject with エラー (an error in a quote) ----------------------------------
_NEWS = ("Precedence: bulk\nList-Unsubscribe: <https://news.deliverability.example/u/8d1f>\n"
         "List-Id: <weekly.news.deliverability.example>\n")
_NEWS_SRC = ("RFC 2369 List-Unsubscribe / RFC 2919 List-Id on a newsletter (HAND-MADE): a seller's subscription "
             "about bounces, quoting example replies")
NEWS_ROWS = [
    ("newsletter-why-mail-bounced", _NEWS_SRC,
     mail("Deliverability Weekly <news@deliverability.example>", "Why your mail bounced: user unknown vs mailbox full",
          "This week: reading bounces.\n\nA hard bounce looks like this:\n\n    550 5.1.1 <jane@example.com>: Recipient "
          "address rejected: User unknown in virtual mailbox table\n\nA soft bounce, like this:\n\n    452 4.2.2 "
          "<joe@example.net>: Mailbox full\n\nUnsubscribe: https://news.deliverability.example/u/8d1f\n", _NEWS), []),
    ("newsletter-returned-mail-webinar", _NEWS_SRC,
     mail("Deliverability Weekly <news@deliverability.example>", "Webinar: Undelivered mail and returned messages",
          "Join us Tuesday. We will look at messages that could not be delivered to recipients such as "
          "bob@example.org and what the NDR means.\n", _NEWS), []),
]
JA_ROWS = [
    ("person-ja-subject-error-in-quote", "a person's mail (HAND-MADE): Japanese subject '見積書のエラーについて' (about "
     "an error in the quote), BOUNCE_SUBJECT's エラー",
     mail("Tanaka Yuki <tanaka@partner.example.jp>", "見積書のエラーについて",
          "お世話になっております。見積書の金額にエラーがありました。修正版は経理宛にお送りください。\n\n"
          "宛先: keiri@partner.example.jp\n\nよろしくお願いいたします。\n"), []),
    ("oof-exchange-ja-seller-subject-error", SOURCES["exchange"] + "; the seller's Japanese subject with エラー",
     mail("Tanaka Yuki <tanaka@partner.example.jp>", f"{prefix('ja')} 配送エラーを減らす方法",
          "12月14日まで不在にしております。\n宛先: sales@partner.example.jp\n",
          "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"), []),
]
MORE_ROWS += NEWS_ROWS + JA_ROWS

# ---- fourth round: a person's fresh mail (no Re:) telling us an old refusal is FIXED, quoting it;
# auto-replies whose responder puts its mark after the answered subject -------------------------------
_IT = "Partner IT <it@partner.example>"
_OUTLOOK = "X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdrKq1x2y3z4\n"
FIXED_ROWS = [
    ("person-rejected-mails-fixed-now", "a person's mail (HAND-MADE): IT says the refusal is fixed, quoting it; "
     "the quoted reply as Postfix smtpd_check.c words it",
     mail(_IT, "Rejected mails - fixed now", "Hi Sam,\n\nlast week our new gateway rejected your mails to Kim with\n"
          "550 5.1.1 <kim@partner.example>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
          "That was our migration; it is fixed now. Please resend the quote.\n\nPartner IT\n", _OUTLOOK), []),
    ("person-bounce-was-our-fault", "a person's mail (HAND-MADE): 'undeliverable' quoted about a live address",
     mail(_IT, "Undeliverable messages yesterday", "Dear sender,\n\nbetween 10:00 and 12:00 yesterday mail to "
          "kim@partner.example was undeliverable because of an outage at our provider. The mailbox works again; "
          "nothing is lost if you resend.\n", _OUTLOOK), []),
    ("oof-zimbra-subject-suffix", SOURCES["zimbra"] + "; a user's subject put after the answered one (HAND-MADE)",
     mail("Kim Ng <kim@partner.example>", "Undelivered parcels cost you 3% - quick question [Out of Office]",
          "I am out until 14 December.\nAddress: kim.ng@newpartner.example\n",
          "Auto-Submitted: auto-replied (zimbra; vacation)\nPrecedence: bulk\n"), []),
    ("oof-cpanel-autoresponder-suffix", "cPanel Autoresponders (docs.cpanel.net 'Autoresponders': the %subject% "
     "tag in the user's subject); Exim's autoreply transport marks (weak); the text HAND-MADE",
     mail("Kim Ng <kim@partner.example>", "Returned mail is expensive: a 10 min call? - away until Monday",
          "Thanks for your email, I am away until Monday.\nRecipient: kim.ng@newpartner.example\n",
          "Auto-Submitted: auto-replied\nX-Autorespond: Returned mail is expensive\n"), []),
]
MORE_ROWS += FIXED_ROWS

# ---- fifth round: other auto-reply prefixes before the answered subject, recall reports in French and
# Spanish, a challenge that says the message "was not delivered" yet -----------------------------------
_PREFIXED = {  # the responder's prefix (weak: as list archives show Exchange 2003's and Notes' replies)
    "exchange2003": "Out of Office AutoReply:", "notes-autoreply": "AutoReply:",
    "de-abwesenheitsnotiz": "Abwesenheitsnotiz:", "fr-absent": "Absent du bureau :",
}
PREFIX_ROWS = [
    (f"oof-prefix-{key}-{how}-seller-subject", "Exchange 2003 'Out of Office AutoReply:' / a user's prefix (weak: as "
     "list archives show them); the seller's subject in a bounce's words (HAND-MADE)",
     mail("Kim Ng <kim@partner.example>", f"{p} Undelivered parcels cost you 3% - quick question",
          "I am out of the office until 14 December.\nAddress: kim.ng@newpartner.example\n",
          marks), [])
    for key, p in _PREFIXED.items()
    for how, marks in (("marked", "Auto-Submitted: auto-replied\n"), ("unmarked", "X-Auto-Response-Suppress: All\n"))
]
_MSX = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.example>"
RECALL_MORE = [
    ("exchange-recall-report-fr", "Microsoft Support 'Rappeler ou remplacer un message électronique que vous avez "
     "envoyé' (the recall report; text HAND-MADE, weak)",
     mail(_MSX, "Échec du rappel du message : Quote for Q3", "Votre message\n\n  À : lead@partner.example\n  Objet : "
          "Quote for Q3\n  Envoyé : 04/12/2026 09:00\n\nn'a pas pu être rappelé.\n"), []),
    ("exchange-recall-report-es", "Microsoft Support 'Recuperar o reemplazar un mensaje de correo electrónico "
     "enviado' (the recall report; text HAND-MADE, weak)",
     mail(_MSX, "Error al recuperar el mensaje: Quote for Q3", "Su mensaje\n\n  Para: lead@partner.example\n  Asunto: "
          "Quote for Q3\n  Enviado: 04/12/2026 09:00\n\nno se pudo recuperar.\n"), []),
]
CHALLENGE_MORE = [
    ("challenge-not-delivered-yet", "(weak: a challenge-response filter's request as Boxbe's and SpamArrest's help "
     "pages describe it) the text HAND-MADE",
     mail("Kim Ng <kim@partner.example>", "Please verify your email address",
          "Your message to kim@partner.example was not delivered yet. To confirm that you are a real person, click "
          "the link below and your message will be delivered.\n\nhttps://verify.partner.example/c/8d1f2c\n",
          "Auto-Submitted: auto-replied\n"), []),
]
MORE_ROWS += PREFIX_ROWS + RECALL_MORE + CHALLENGE_MORE

# ---- sixth round: a person's own subject in a bounce's localised words, about goods, with a labelled
# address line (no Re:, no auto-reply mark) ----------------------------------------------------------------
_GOODS = {
    "es": ("No entregado: pedido 7781", "Hola Sam, el pedido no se entregó ayer.\nDirección: almacen@socio.example\n"),
    "fr": ("Colis non remis - commande 7781", "Bonjour Sam, le colis n'a pas été livré.\nAdresse : depot@partenaire.example\n"),
    "it": ("Pacco non recapitabile", "Ciao Sam, il pacco è tornato indietro.\nIndirizzo: magazzino@partner.example.it\n"),
    "pt": ("Encomenda não entregue", "Olá Sam, a encomenda não chegou.\nEndereço: armazem@parceiro.example\n"),
}
GOODS_ROWS = [
    (f"person-{lang}-goods-subject-labelled-address", f"a person's mail ({lang}, HAND-MADE): BOUNCE_SUBJECT's "
     "localised words about a parcel, a labelled address line",
     mail("Person <p@partner.example>", subject, text), [])
    for lang, (subject, text) in _GOODS.items()
]
MORE_ROWS += GOODS_ROWS

# ---- seventh round: ticket acknowledgements repeating a seller's bounce-worded subject ----------------
TICKET_SUBJECT_ROWS = [
    ("zendesk-ack-seller-subject", "Zendesk default trigger 'Notify requester and CCs of received request' "
     "(subject 'Request received: {{ticket.title}}'); the seller's subject in a bounce's words (HAND-MADE)",
     mail("Partner Support <support@partner.example>", "[Partner] Request received: Undelivered parcels cost you 3%",
          "##- Please type your reply above this line -##\n\nYour request (48214) has been received and is being "
          "reviewed by our support staff.\n\nTo: support@partner.example\n", "Auto-Submitted: auto-generated\n"), []),
    ("freshdesk-ack-seller-subject", "Freshdesk 'New ticket created' requester notification ('Ticket Received - "
     "{{ticket.subject}}'); the seller's subject in a bounce's words (HAND-MADE)",
     mail("Partner Helpdesk <support@partner.example>", "Ticket Received - Returned mail is expensive: a 10 min call?",
          "Dear Sam,\n\nWe would like to acknowledge that we have received your request and a ticket has been "
          "created.\nMailbox: support@partner.example\n", "Auto-Submitted: auto-generated\n"), []),
]
MORE_ROWS += TICKET_SUBJECT_ROWS
