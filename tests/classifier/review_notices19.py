"""The nineteenth review's notices: bounces a PERSON forwarded to the sender's mailbox from their
mail client, inline, under the client's localised forward block (Thunderbird, Outlook desktop,
Outlook 365, new Outlook, Apple Mail, Gmail web, Yahoo Mail, Roundcube; German, French, Spanish,
Italian, Dutch, Russian), in plain text and, for Gmail, Thunderbird, Outlook and Apple Mail, HTML
only. The forwarded bounce is one of four typical notices (BOUNCES: Postfix, Exim, Gmail, Exchange
Online) that the classifier reads alone (`test_bounces_alone`). Expected reading = the bounce's
alone: the same failed recipient and reason; the forwarding person (layouts.FORWARDER) and the
bounce's own addressee (layouts.SELLER) are never failed recipients. Non-bounces (a forwarded
ordinary mail, a forwarded auto-reply) stay non-bounces. Client strings and where they come from:
review_notices19_layouts.py (SOURCES; strings not found in a real source are said so there and not
used). Rows: (name, source, raw, [(address, hard, reasons or None, scope or None, delay)]),
expectations written from the MTA's words and shared/classifier/taxonomy.md BEFORE the classifier
ran. test_review_notices19.py runs them. All HAND-MADE."""

from __future__ import annotations

from email.message import Message

from tests.classifier import review_notices19_layouts as L
from tests.classifier.htmlfwd import flowed

LEAD, BUYER, CEO, OPS = "lead@partner.example", "buyer@acme.example", "ceo@corp.example", "ops@vendor.example"
INTRO = "Hi, this one bounced - can you fix the address in the CRM?"

BOUNCES = {
    "postfix": {
        "source": "vdukhovni/postfix src/bounce/bounce_templates.c (failure template), smtp_proto.c "
                  "('host %s said: %s (in reply to RCPT TO command)'), smtpd_check.c (User unknown in virtual mailbox table)",
        "name": "Mail Delivery System", "address": "MAILER-DAEMON@mail.ourco.example",
        "subject": "Undelivered Mail Returned to Sender", "date": "Fri, 4 Dec 2026 08:55:00 +0000",
        "text": ("This is the mail system at host mail.ourco.example.\n\n"
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n"
                 f"<{LEAD}>: host mx.partner.example[192.0.2.9] said: 550 5.1.1\n"
                 f"    <{LEAD}>: Recipient address rejected: User unknown in virtual\n"
                 "    mailbox table (in reply to RCPT TO command)\n"),
        "expected": [(LEAD, True, ("userunknown",), "recipient", False)],
    },
    "exim": {
        "source": "Exim src/deliver.c (the failure report: 'A message that you sent could not be delivered to one or "
                  "more of its recipients. This is a permanent error. The following address(es) failed:', 'SMTP error "
                  "from remote mail server after RCPT TO:<%s>:'); the 552 5.2.2 quota answer as Postfix/Dovecot word it",
        "name": "Mail Delivery System", "address": "Mailer-Daemon@mx.ourco.example",
        "subject": "Mail delivery failed: returning message to sender", "date": "Fri, 4 Dec 2026 08:56:00 +0000",
        "text": ("This message was created automatically by mail delivery software.\n\n"
                 "A message that you sent could not be delivered to one or more of its\n"
                 "recipients. This is a permanent error. The following address(es) failed:\n\n"
                 f"  {BUYER}\n    host mx.acme.example [192.0.2.20]\n"
                 f"    SMTP error from remote mail server after RCPT TO:<{BUYER}>:\n"
                 f"    552 5.2.2 <{BUYER}>: Mailbox full\n"),
        "expected": [(BUYER, False, ("mailboxfull",), "recipient", False)],
    },
    "gmail": {
        "source": "Gmail's DSN text as Google's help (support.google.com/mail/?p=NoSuchUser) and the earlier reviews' "
                  "gmail_own quote it: '** Address not found **', 'Your message wasn't delivered to %s because the "
                  "address couldn't be found, or is unable to receive mail.', '550 5.1.1 The email account that you "
                  "tried to reach does not exist.'",
        "name": "Mail Delivery Subsystem", "address": "mailer-daemon@googlemail.com",
        "subject": "Delivery Status Notification (Failure)", "date": "Fri, 4 Dec 2026 08:57:00 -0800",
        "text": ("** Address not found **\n\n"
                 f"Your message wasn't delivered to {CEO} because the address couldn't be found, or is unable to "
                 "receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                 "The response from the remote server was:\n"
                 "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
                 "recipient's email address for typos or unnecessary spaces. For more information, go to "
                 "https://support.google.com/mail/?p=NoSuchUser a1si1234567wrb.45 - gsmtp\n"),
        "expected": [(CEO, True, ("userunknown",), "recipient", False)],
    },
    "exchange": {
        "source": "Exchange Online NDR text as review_notices.py _EXO_UNKNOWN quotes it (learn.microsoft.com "
                  "'Fix email delivery issues for error code 5.1.10 in Exchange Online': 'RESOLVER.ADR.RecipientNotFound; "
                  "Recipient not found by SMTP address lookup')",
        "name": "Microsoft Outlook", "address": "postmaster@ourco.onmicrosoft.com",
        "subject": "Undeliverable: Quick question", "date": "Fri, 4 Dec 2026 08:58:00 +0000",
        "text": (f"Your message to {OPS} couldn't be delivered.\n\nops wasn't found at vendor.example.\n\n"
                 "Diagnostic information for administrators:\n\nGenerating server: AM6PR01MB1234.eurprd01.prod.outlook.com\n\n"
                 f"{OPS}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                 f"{OPS} not found by SMTP address lookup'\n"),
        "expected": [(OPS, True, ("userunknown",), "recipient", False)],
    },
}
for _b in BOUNCES.values():
    _b["from"] = f"{_b['name']} <{_b['address']}>"


def bounce_alone(kind: str) -> bytes:
    """The notice as the MTA sent it (text only, the original not attached): the reading to keep."""
    b = BOUNCES[kind]
    return (f"From: {b['from']}\nTo: {L.SELLER}\nSubject: {b['subject']}\nDate: {b['date']}\n"
            f"Message-ID: <r19-{kind}@mail.ourco.example>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{b['text']}").encode()


def forward(name: str, prefix: str, body: str, *, html: bool = False, subject: str | None = None) -> bytes:
    """The person's forward: from the forwarder to the seller, Subject '<prefix>: <subject>'."""
    msg = Message()
    msg["From"] = f"Anna Vertrieb <{L.FORWARDER}>"
    msg["To"] = L.SELLER
    msg["Subject"] = f"{prefix}: {subject}"
    msg["Date"] = "Fri, 4 Dec 2026 09:05:00 +0100"
    msg["Message-ID"] = f"<r19-{name}@ourco.example>"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "text/html; charset=utf-8" if html else "text/plain; charset=utf-8"
    msg["Content-Transfer-Encoding"] = "8bit"
    msg.set_payload(body.encode("utf-8"), "utf-8")
    msg.replace_header("Content-Transfer-Encoding", "8bit")
    return msg.as_bytes()


def _row(name: str, source: str, kind: str, block: str, prefix: str) -> tuple:
    b = BOUNCES[kind]
    raw = forward(name, prefix, f"{INTRO}\n\n{block}{b['text']}", subject=b["subject"])
    return (name, f"{source}; the bounce: {b['source']}", raw, b["expected"])


def _html_row(name: str, source: str, kind: str, render, lang: str, prefix: str) -> tuple:
    b = BOUNCES[kind]
    raw = forward(name, prefix, render(lang, b, b["text"], INTRO), html=True, subject=b["subject"])
    return (name, f"{source} (HTML only); the bounce: {b['source']}", raw, b["expected"])


LANGS = ("de", "fr", "es", "it", "nl", "ru")
KINDS = ("postfix", "exim", "gmail", "exchange")


def _kind(i: int) -> str:
    return KINDS[i % len(KINDS)]


THUNDERBIRD_ROWS = [_row(f"thunderbird-{lang}-{_kind(i)}", L.TB.format(lang=lang if lang != "es" else "es-ES"),
                         _kind(i), L.thunderbird_block(lang, BOUNCES[_kind(i)]), "Fwd")
                    for i, lang in enumerate(LANGS)]
APPLE_ROWS = [_row(f"apple-{lang}-{_kind(i + 1)}", L.APPLE.format(mark=L.APPLE_MAIL[lang][0]), _kind(i + 1),
                   L.apple_block(lang, BOUNCES[_kind(i + 1)]), "Fwd") for i, lang in enumerate(LANGS)]
GMAIL_ROWS = [_row(f"gmail-{lang}-{_kind(i + 2)}", L.GMAIL, _kind(i + 2), L.gmail_block(lang, BOUNCES[_kind(i + 2)]),
                   "Fwd") for i, lang in enumerate(LANGS)]
YAHOO_ROWS = [_row(f"yahoo-{lang}-{_kind(i + 3)}", L.YAHOO.format(mark=L.YAHOO_MAIL[lang][0]), _kind(i + 3),
                   L.yahoo_block(lang, BOUNCES[_kind(i + 3)]), "Fw") for i, lang in enumerate(LANGS)]
OUTLOOK_ROWS = [
    _row(f"outlook-{lang}-{kind}", {"de": L.OUTLOOK_DE, "fr": L.OUTLOOK_FR, "es": L.OUTLOOK_ES}[lang], kind,
         L.outlook_classic_block(lang, BOUNCES[kind]), L.OUTLOOK_PREFIX[lang])
    for lang in ("de", "fr", "es") for kind in KINDS
] + [
    _row(f"outlook365-{lang}-{_kind(i)}", L.OUTLOOK_365, _kind(i), L.outlook_365_block(BOUNCES[_kind(i)]),
         L.OUTLOOK_PREFIX[lang]) for i, lang in enumerate(("de", "fr", "es", "it"))
] + [
    _row(f"outlook-new-{lang}-{kind}", L.OUTLOOK_NEW, kind, L.outlook_new_block(lang, BOUNCES[kind]),
         L.OUTLOOK_PREFIX[lang]) for lang, kind in (("de", "postfix"), ("de", "gmail"), ("it", "exim"), ("it", "exchange"))
]
ROUNDCUBE_ROWS = [_row(f"roundcube-en-{kind}", L.ROUNDCUBE, kind, L.roundcube_block(BOUNCES[kind]), "Fwd")
                  for kind in ("postfix", "exchange")]
HTML_ROWS = [
    _html_row(f"html-gmail-{lang}-{kind}", L.GMAIL, kind, L.gmail_html, lang, "Fwd")
    for lang, kind in (("de", "postfix"), ("fr", "exchange"), ("es", "gmail"))
] + [
    _html_row(f"html-thunderbird-{lang}-{kind}", L.TB.format(lang=lang), kind, L.thunderbird_html, lang, "Fwd")
    for lang, kind in (("de", "exim"), ("fr", "postfix"), ("nl", "exchange"))
] + [
    _html_row(f"html-outlook-{lang}-{kind}", {"de": L.OUTLOOK_DE, "fr": L.OUTLOOK_FR, "es": L.OUTLOOK_ES}[lang]
              + "; Outlook's HTML forward: a bordered div, bold labels, no separator text", kind, L.outlook_html, lang,
              L.OUTLOOK_PREFIX[lang])
    for lang, kind in (("de", "postfix"), ("fr", "gmail"), ("es", "exchange"))
] + [
    _html_row(f"html-apple-{lang}-{kind}", L.APPLE.format(mark=L.APPLE_MAIL[lang][0]), kind, L.apple_html, lang, "Fwd")
    for lang, kind in (("de", "gmail"), ("it", "postfix"))
]

# ---------------------------------------------------------------- more languages, a forward of a forward
_PF_TEMPLATES = ("vdukhovni/postfix src/bounce/bounce_templates.c (the delay template 'THIS IS A WARNING ONLY.  YOU DO "
                 "NOT NEED TO RESEND YOUR MESSAGE.', 'Delayed Mail (still being retried)'; the success template 'Your "
                 "message was successfully delivered to the destination(s) listed below.', 'Successful Mail Delivery "
                 "Report'), smtp_connect.c ('connect to %s[%s]:%d: Connection timed out')")
NOTICES = {
    "postfix-delay": {
        "name": "Mail Delivery System", "address": "MAILER-DAEMON@mail.ourco.example",
        "subject": "Delayed Mail (still being retried)", "date": "Fri, 4 Dec 2026 08:55:00 +0000",
        "text": ("This is the mail system at host mail.ourco.example.\n\n"
                 "####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\n"
                 "It will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n"
                 f"<{BUYER}>: connect to mx.acme.example[192.0.2.20]:25: Connection timed\n    out\n"),
    },
    "postfix-success": {
        "name": "Mail Delivery System", "address": "MAILER-DAEMON@mail.ourco.example",
        "subject": "Successful Mail Delivery Report", "date": "Fri, 4 Dec 2026 08:55:00 +0000",
        "text": ("This is the mail system at host mail.ourco.example.\n\n"
                 "Your message was successfully delivered to the destination(s)\n"
                 "listed below. If the message was delivered to mailbox you will\n"
                 "receive no further notifications. Otherwise you may still receive\n"
                 "notifications of mail delivery errors from other systems.\n\n"
                 "                   The mail system\n\n"
                 f"<{LEAD}>: delivery via mx.partner.example[192.0.2.9]:25: 250 2.0.0\n    Ok: queued as 4B19A1\n"),
    },
}
for _n in NOTICES.values():
    _n["from"] = f"{_n['name']} <{_n['address']}>"


def _forward_of_forward() -> bytes:
    """A colleague forwards (German Thunderbird) the rep's forward (French Outlook) of a bounce."""
    b = BOUNCES["postfix"]
    inner_subject = f"TR: {b['subject']}"
    rep = {"from": "Rep Commercial <rep@ourco.example>", "subject": inner_subject, "date": "Fri, 4 Dec 2026 09:01:00 +0100"}
    inner = L.outlook_classic_block("fr", b) + b["text"]
    outer = L.thunderbird_block("de", rep) + "Bonjour, voir ci-dessous.\n\n" + inner
    return forward("fwd-of-fwd", "Fwd", f"{INTRO}\n\n{outer}", subject=inner_subject)


_GMAIL_OLD = dict(
    name="Mail Delivery Subsystem", address="mailer-daemon@googlemail.com", subject="Delivery Status Notification (Failure)",
    date="Fri, 4 Dec 2026 08:57:00 -0800",
    text=("Delivery to the following recipient failed permanently:\n\n     " + LEAD + "\n\n"
          "Technical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the "
          "server for the recipient domain partner.example by mx.partner.example. [192.0.2.9].\n\n"
          "The error that the other server returned was:\n550 5.1.1 <" + LEAD + ">: Recipient address rejected: User "
          "unknown in virtual mailbox table\n\n----- Original message -----\n\nMessage-ID: <q1@ourco.example>\n"
          "Date: Fri, 4 Dec 2026 08:50:00 -0800\nFrom: Seller <" + L.SELLER + ">\nTo: " + LEAD + "\n"
          "Subject: Quick question\n\nHello Lea,\n"),
)
_GMAIL_OLD["from"] = f"{_GMAIL_OLD['name']} <{_GMAIL_OLD['address']}>"
_GMAIL_OLD_SOURCE = ("shared/api/gmail.md (Gmail's older DSN: 'Delivery to the following recipient failed permanently:', "
                     "'Technical details of permanent failure: ...', then '----- Original message -----' and the "
                     "original's headers) with the wording review_notices17's GMAIL_OLD quotes")


def _quoted(text: str) -> str:
    """Outlook's 'Prefix each line of the original message' forward option ('> ')."""
    return "\n".join("> " + line if line else ">" for line in text.rstrip("\n").split("\n")) + "\n"


def _flowed_thunderbird(name: str, lang: str, kind: str) -> bytes:
    """Thunderbird sends its plain-text forward format=flowed (RFC 3676), soft-broken at 72 columns."""
    b = BOUNCES[kind]
    body = flowed(f"{INTRO}\n\n{L.thunderbird_block(lang, b)}{b['text']}", 72, False)
    raw = forward(name, "Fwd", body, subject=b["subject"])
    return raw.replace(b"text/plain; charset=utf-8", b"text/plain; charset=utf-8; format=flowed", 1)


_EXO_SOURCE = ("review_notices13.py's sources: the cause in Microsoft's words (support.office.com article 5a04a25a, "
               "{0}), the admin label (support.microsoft.com article eb34d15e), the SMTP reply in US-ASCII (Microsoft "
               "Learn 'Email non-delivery reports and SMTP errors in Exchange Online')")


def _exo_localised(address: str, cause: str, label: str) -> dict:
    notice = dict(name="Microsoft Outlook", address="postmaster@ourco.onmicrosoft.com",
                  subject="Undeliverable: Quick question", date="Fri, 4 Dec 2026 08:58:00 +0000",
                  text=(f"{address}\n\n{cause}\n\n{label}\n\nGenerating server: AM6PR02MB1234.eurprd02.prod.outlook.com"
                        f"\n\n{address}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                        f"{address} not found by SMTP address lookup'\n"))
    notice["from"] = f"{notice['name']} <{notice['address']}>"
    return notice


_EXO_DE = _exo_localised("kunde@firma.example.de", "Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, ist nicht "
                         "vorhanden oder konnte nicht gefunden werden.", "Diagnoseinformationen für Administratoren:")
_EXO_FR = _exo_localised("client@societe.example.fr", "L'adresse de courrier à laquelle vous avez envoyé votre message "
                         "n'existe pas ou est introuvable.", "Informations de diagnostic pour les administrateurs :")

MORE_ROWS = [
    ("outlook-de-exchange-ndr-de", L.OUTLOOK_DE + "; the notice: " + _EXO_SOURCE.format("de-de"),
     forward("ol-de-exo-de", "WG", f"{INTRO}\n\n{L.outlook_classic_block('de', _EXO_DE)}{_EXO_DE['text']}",
             subject=_EXO_DE["subject"]),
     [("kunde@firma.example.de", True, ("userunknown",), "recipient", False)]),
    ("thunderbird-fr-exchange-ndr-fr", L.TB.format(lang="fr") + "; the notice: " + _EXO_SOURCE.format("fr-fr"),
     forward("tb-fr-exo-fr", "Fwd", f"{INTRO}\n\n{L.thunderbird_block('fr', _EXO_FR)}{_EXO_FR['text']}",
             subject=_EXO_FR["subject"]),
     [("client@societe.example.fr", True, ("userunknown",), "recipient", False)]),
    ("apple-de-gmail-old-with-original", L.APPLE.format(mark=L.APPLE_MAIL["de"][0]) + "; the bounce: "
     + _GMAIL_OLD_SOURCE, forward("ap-de-gold", "Fwd", f"{INTRO}\n\n{L.apple_block('de', _GMAIL_OLD)}"
                                  f"{_GMAIL_OLD['text']}", subject=_GMAIL_OLD["subject"]),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("outlook-fr-gmail-old-with-original", L.OUTLOOK_FR + "; the bounce: " + _GMAIL_OLD_SOURCE,
     forward("ol-fr-gold", "TR", f"{INTRO}\n\n{L.outlook_classic_block('fr', _GMAIL_OLD)}{_GMAIL_OLD['text']}",
             subject=_GMAIL_OLD["subject"]),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("outlook-de-prefixed-lines-exim", L.OUTLOOK_DE + "; Outlook's 'Prefix each line of the original message' "
     "option; the bounce: " + BOUNCES["exim"]["source"],
     forward("ol-de-prefixed", "WG", f"{INTRO}\n\n" + _quoted(L.outlook_classic_block("de", BOUNCES["exim"])
                                                            + BOUNCES["exim"]["text"]), subject=BOUNCES["exim"]["subject"]),
     BOUNCES["exim"]["expected"]),
    ("outlook-de-intro-names-new-address-postfix", L.OUTLOOK_DE + "; the forwarder's own lines name the contact's new "
     "address and sign with their own; the bounce: " + BOUNCES["postfix"]["source"],
     forward("ol-de-intro", "WG", "Hallo Team,\n\ndie Adresse ist falsch, bitte im CRM auf l.lead@partner.example "
             f"ändern.\n\nAnna Vertrieb\n{L.FORWARDER} | +49 30 1234567\n\n"
             + L.outlook_classic_block("de", BOUNCES["postfix"]) + BOUNCES["postfix"]["text"],
             subject=BOUNCES["postfix"]["subject"]),
     BOUNCES["postfix"]["expected"]),
    ("thunderbird-de-flowed-gmail", L.TB.format(lang="de") + "; sent format=flowed at 72 columns (RFC 3676); the "
     "bounce: " + BOUNCES["gmail"]["source"], _flowed_thunderbird("tb-de-flowed", "de", "gmail"),
     BOUNCES["gmail"]["expected"]),
    ("thunderbird-ru-flowed-exchange", L.TB.format(lang="ru") + "; sent format=flowed at 72 columns (RFC 3676); the "
     "bounce: " + BOUNCES["exchange"]["source"], _flowed_thunderbird("tb-ru-flowed", "ru", "exchange"),
     BOUNCES["exchange"]["expected"]),
    _row("thunderbird-pl-postfix", L.TB.format(lang="pl"), "postfix", L.thunderbird_block("pl", BOUNCES["postfix"]), "Fwd"),
    _row("thunderbird-pt-BR-exchange", L.TB.format(lang="pt-BR"), "exchange",
         L.thunderbird_block("pt-BR", BOUNCES["exchange"]), "Fwd"),
    _row("apple-pt-BR-exim", L.APPLE.format(mark=L.APPLE_MAIL["pt-BR"][0]), "exim",
         L.apple_block("pt-BR", BOUNCES["exim"]), "Fwd"),
    _row("gmail-pl-gmail", L.GMAIL, "gmail", L.gmail_block("pl", BOUNCES["gmail"]), "Fwd"),
    _row("outlook365-pl-postfix", L.OUTLOOK_365, "postfix", L.outlook_365_block(BOUNCES["postfix"]), "PD"),
    _row("outlook365-pt-BR-gmail", L.OUTLOOK_365, "gmail", L.outlook_365_block(BOUNCES["gmail"]), "ENC"),
    _row("outlook365-sv-exim", L.OUTLOOK_365, "exim", L.outlook_365_block(BOUNCES["exim"]), "VB"),
    ("thunderbird-de-of-outlook-fr-postfix", L.TB.format(lang="de") + "; " + L.OUTLOOK_FR + "; the bounce: "
     + BOUNCES["postfix"]["source"], _forward_of_forward(), BOUNCES["postfix"]["expected"]),
    ("thunderbird-fr-postfix-delay", L.TB.format(lang="fr") + "; the notice: " + _PF_TEMPLATES,
     forward("tb-fr-delay", "Fwd", f"{INTRO}\n\n{L.thunderbird_block('fr', NOTICES['postfix-delay'])}"
             f"{NOTICES['postfix-delay']['text']}", subject=NOTICES["postfix-delay"]["subject"]),
     [(BUYER, False, None, None, True)]),
    ("outlook-de-postfix-delay", L.OUTLOOK_DE + "; the notice: " + _PF_TEMPLATES,
     forward("ol-de-delay", "WG", f"{INTRO}\n\n{L.outlook_classic_block('de', NOTICES['postfix-delay'])}"
             f"{NOTICES['postfix-delay']['text']}", subject=NOTICES["postfix-delay"]["subject"]),
     [(BUYER, False, None, None, True)]),
]

# ---------------------------------------------------------------- non-bounces
_ORDINARY = {  # a colleague's ordinary mail (its From a person), forwarded
    "name": "Jonas Käufer", "address": "jonas.kaeufer@partner.example", "subject": "Angebot Q1",
    "date": "Thu, 3 Dec 2026 16:00:00 +0100",
    "text": ("Hallo,\n\nanbei unsere Rückmeldung zum Angebot. Bitte senden Sie die Unterlagen an\n"
             "einkauf@partner.example, nicht an meine alte Adresse.\n\nViele Grüße\nJonas Käufer\n"),
}
_AUTO = {  # an out-of-office reply (German Outlook's 'Automatische Antwort:'), forwarded
    "name": "Lea Lead", "address": LEAD, "subject": "Automatische Antwort: Quick question",
    "date": "Fri, 4 Dec 2026 08:59:00 +0100",
    "text": ("Vielen Dank für Ihre Nachricht. Ich bin bis zum 14.12. nicht im Büro und habe keinen Zugriff auf\n"
             "meine E-Mails. In dringenden Fällen wenden Sie sich bitte an vertretung@partner.example.\n"),
}
_AUTO_EN = {  # an out-of-office reply whose words say mail 'is not delivered' to the person
    "name": "Carl Ceo", "address": CEO, "subject": "Out of Office: Quick question", "date": "Fri, 4 Dec 2026 08:59:00 +0000",
    "text": ("I am out of the office until 14 December. Mail sent to this address is not delivered to my\n"
             "phone; for urgent matters contact assistant@corp.example.\n"),
}
_TALK = {  # a colleague's own mail ABOUT bounces (a bounce word in its Subject, an SMTP reply quoted), forwarded
    "name": "Jonas IT", "address": "jonas.it@ourco.example", "subject": "Bounce-Rate im November",
    "date": "Thu, 3 Dec 2026 16:00:00 +0100",
    "text": ("Hallo,\n\nunsere Bounce-Rate lag im November bei 2 %. Die meisten Rückläufer waren\n"
             "'550 5.1.1 User unknown', z. B. bei alt.kontakt@partner.example.\n\nGruß\nJonas\n"),
}
for _m in (_ORDINARY, _AUTO, _AUTO_EN, _TALK):
    _m["from"] = f"{_m['name']} <{_m['address']}>"


def _plain(name: str, source: str, mail: dict, block: str, prefix: str) -> tuple:
    return (name, source, forward(name, prefix, f"{INTRO}\n\n{block}{mail['text']}", subject=mail["subject"]), [])


NOT_BOUNCES = [
    _plain("not-bounce-thunderbird-de-ordinary", L.TB.format(lang="de"), _ORDINARY, L.thunderbird_block("de", _ORDINARY),
           "Fwd"),
    _plain("not-bounce-outlook-de-ordinary", L.OUTLOOK_DE, _ORDINARY, L.outlook_classic_block("de", _ORDINARY), "WG"),
    _plain("not-bounce-apple-fr-ordinary", L.APPLE.format(mark=L.APPLE_MAIL["fr"][0]), _ORDINARY,
           L.apple_block("fr", _ORDINARY), "Fwd"),
    _plain("not-bounce-gmail-es-ordinary", L.GMAIL, _ORDINARY, L.gmail_block("es", _ORDINARY), "Fwd"),
    _plain("not-bounce-outlook-new-de-autoreply", L.OUTLOOK_NEW, _AUTO, L.outlook_new_block("de", _AUTO), "WG"),
    _plain("not-bounce-thunderbird-ru-autoreply", L.TB.format(lang="ru"), _AUTO, L.thunderbird_block("ru", _AUTO), "Fwd"),
    _plain("not-bounce-yahoo-it-autoreply", L.YAHOO.format(mark=L.YAHOO_MAIL["it"][0]), _AUTO_EN,
           L.yahoo_block("it", _AUTO_EN), "Fw"),
    _plain("not-bounce-outlook-fr-autoreply", L.OUTLOOK_FR, _AUTO_EN, L.outlook_classic_block("fr", _AUTO_EN), "TR"),
    _plain("not-bounce-outlook-de-mail-about-bounces", L.OUTLOOK_DE, _TALK, L.outlook_classic_block("de", _TALK), "WG"),
    _plain("not-bounce-outlook-new-de-mail-about-bounces", L.OUTLOOK_NEW, _TALK, L.outlook_new_block("de", _TALK), "WG"),
    _plain("not-bounce-apple-de-success-report", L.APPLE.format(mark=L.APPLE_MAIL["de"][0]) + "; the notice: "
           + _PF_TEMPLATES, NOTICES["postfix-success"], L.apple_block("de", NOTICES["postfix-success"]), "Fwd"),
    _plain("not-bounce-outlook-new-it-success-report", L.OUTLOOK_NEW + "; the notice: " + _PF_TEMPLATES,
           NOTICES["postfix-success"], L.outlook_new_block("it", NOTICES["postfix-success"]), "I"),
]

ROWS = (THUNDERBIRD_ROWS + APPLE_ROWS + GMAIL_ROWS + YAHOO_ROWS + OUTLOOK_ROWS + ROUNDCUBE_ROWS + HTML_ROWS
        + MORE_ROWS + NOT_BOUNCES)
