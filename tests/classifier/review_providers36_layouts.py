"""Notice layouts of review 36 (review_providers36.py) that a provider or server writes itself, each after the document
its docstring names: Exchange Server 2010-2019's own NDR (its user section, localised, and its "Diagnostic information
for administrators"), SmarterMail's own failure notice, Seznam's own notice. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_relayed

SELLER = "seller@example.com"
LEAD = "lead@partner.example"


def relay_at(tag: str, source: str, mx: str, entries: list[tuple], address: str = LEAD) -> list[tuple]:
    """Our relay's report (Postfix bounce(8)) of each reply from `mx`, rows named "p36-<tag>-<name>"."""
    return rows_relayed(f"p36-{tag}", source, mx, address, entries)

# Exchange 2010's NDR sections as "Understanding DSN and NDR messages" (Exchange 2010 help, 'NDR Sections': a user
# information section, then "Diagnostic information for administrators" with the generating server and the
# recipient's "#<reply> ##" line) describes them; the user text per language.
_EX_TEXT = {
    "en": ("Delivery has failed to these recipients or groups:", "Diagnostic information for administrators:",
           "Generating server:", "Original message headers:"),
    "de": ("Fehler bei der Zustellung an folgende Empfänger oder Gruppen:", "Diagnoseinformationen für Administratoren:",
           "Generierender Server:", "Ursprüngliche Nachrichtenkopfzeilen:"),
    "fr": ("La remise aux destinataires ou groupes suivants a échoué :",
           "Informations de diagnostic pour les administrateurs :", "Serveur de génération :",
           "En-têtes de message d'origine :"),
}


def exchange_onprem(name: str, reply: str, status: str, user_text: str, *, address: str, lang: str = "en",
                    server: str = "EX01.partner.example", dsn: bool = True) -> bytes:
    """Exchange Server 2010-2019's NDR to an outside sender, from the recipient's organisation (its postmaster), the
    user section in `lang`, the administrators' section with the reply as "#<reply> ##", and (as Exchange adds for an
    SMTP sender) a message/delivery-status part."""
    head, diag, gen, orig = _EX_TEXT[lang]
    text = (f"{head}\n\n{address}\n{user_text}\n\n\n\n\n\n{diag}\n\n{gen} {server}\n\n{address}\n#{reply} ##\n\n{orig}\n\n"
            f"From: Seller <{SELLER}>\nTo: {address}\nSubject: Quick question\n")
    report = (f"--ex36\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\n\n"
              f"Final-Recipient: rfc822;{address}\nAction: failed\nStatus: {status}\nDiagnostic-Code: smtp;{reply}\n\n"
              if dsn else "")
    return (f"From: postmaster@partner.example\nTo: {SELLER}\nSubject: Undeliverable: Quick question\n"
            f"Message-ID: <ex36-{name}@{server}>\nAuto-Submitted: auto-replied\nContent-Language: {lang}\n"
            "X-Hand-Made: yes (Exchange Server 2010-2019 NDR layout)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="ex36"\n\n'
            f"--ex36\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n{report}"
            "--ex36\nContent-Type: text/rfc822-headers\n\n"
            f"From: Seller <{SELLER}>\nTo: {address}\nSubject: Quick question\n"
            f"Message-ID: <orig36-{name}@example.com>\n\n--ex36--\n").encode()


def smartermail(name: str, address: str, reason: str, host: str = "mail.partner.example") -> bytes:
    """SmarterMail's own failure notice as its hosts' knowledge-base articles quote it ('Common email delivery errors':
    "Could not deliver message to the following recipient(s):", "Failed Recipient: <address>", "Reason: <text>"), a
    plain-text message from its System Administrator with the original attached."""
    return (f"From: System Administrator <postmaster@{host}>\nTo: {SELLER}\nSubject: Undeliverable: Quick question\n"
            f"Message-ID: <sm36-{name}@{host}>\nX-Hand-Made: yes (SmarterMail failure notice)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="sm36"\n\n'
            "--sm36\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"Could not deliver message to the following recipient(s):\n\nFailed Recipient: {address}\nReason: {reason}\n\n"
            "--sm36\nContent-Type: message/rfc822\n\n"
            f"From: Seller <{SELLER}>\nTo: {address}\nSubject: Quick question\nMessage-ID: <orig36-{name}@example.com>\n\n"
            "Hello\n--sm36--\n").encode()


def seznam(name: str, address: str, reason: str, verdict_cz: str, verdict_en: str) -> bytes:
    """Seznam.cz's own notice as its help page 'Uživatel neexistuje' (napoveda.seznam.cz) shows it: Czech and English
    lines, "Důvod / Reason:", the reason line, the Czech and English verdicts, the message attached."""
    body = (f"Vaše zpráva pro <{address}> ze dne 19.11.2012 nemohla být doručena.\nZpráva je přiložena.\n\n"
            f"You message for <{address}> from 2012/11/19 could not be delivered.\nIt's attached below.\n\n"
            f"Důvod / Reason:\n---------------\n\n{reason}\n\n{verdict_cz}\n{verdict_en}\n")
    return ("From: Mail Delivery System <mailer-daemon@email.seznam.cz>\n"
            f"To: {SELLER}\nSubject: Nedoručitelná zpráva / Undeliverable message\nMessage-ID: <szn36-{name}@seznam.cz>\n"
            "X-Hand-Made: yes (Seznam notice, napoveda.seznam.cz)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="szn36"\n\n'
            f"--szn36\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
            "--szn36\nContent-Type: message/rfc822\n\n"
            f"From: Seller <{SELLER}>\nTo: {address}\nSubject: Quick question\nMessage-ID: <orig36-{name}@example.com>\n\n"
            "Hello\n--szn36--\n").encode()
