"""Notice layouts for the twenty-fifth review (review_notices25.py): the own notices of MTAs
whose message tables Sisimai 4.25 keeps (libsisimai-perl, /usr/share/perl5/Sisimai/Lhost/*.pm),
each shaped after the markers that parser looks for (its Subject test, its `startingof` /
`markingsof` lines) or the MTA's own source where named, the words between them the MTA's own as
the row cites them. All HAND-MADE."""

from __future__ import annotations

SELLER = "seller@example.com"


def original(name: str, to: str) -> str:
    """The returned original's headers (and a line of body)."""
    return (f"From: Seller <{SELLER}>\nTo: {to}\nSubject: Quick question\n"
            f"Message-ID: <review25-{name}@example.com>\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHello, a quick question.\n")


def _mime(head: str, name: str, text: str, to: str, dsn: str = "") -> bytes:
    bound = f"r25-{name}"
    report = (f"--{bound}\nContent-Type: message/delivery-status\n\n{dsn}\n" if dsn else "")
    kind = "multipart/report; report-type=delivery-status" if dsn else "multipart/mixed"
    return (head + f"MIME-Version: 1.0\nContent-Type: {kind}; boundary=\"{bound}\"\n\n"
            f"--{bound}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
            + report + f"--{bound}\nContent-Type: message/rfc822\n\n{original(name, to)}\n--{bound}--\n").encode()


def domino(name: str, address: str, because: str, *, host: str = "notes01.example.co.jp") -> bytes:
    """Lotus/HCL Domino's router notice (Sisimai::Lhost::Domino: Subject "DELIVERY FAILURE: ...",
    the text from "Your message" through "was not delivered to:" and "because:")."""
    head = (f"From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: {SELLER}\n"
            f"Subject: DELIVERY FAILURE: {because}\nX-Hand-Made: yes (Domino router notice, review 25)\n")
    text = (f"Your message\n\n  Subject: Quick question\n\nwas not delivered to:\n\n  {address}\n\n"
            f"because:\n\n  {because}\n")
    return _mime(head, name, text, address)


def notes(name: str, address: str, reason: str, *, host: str = "notes.example.co.jp") -> bytes:
    """Lotus Notes' older notice (Sisimai::Lhost::Notes: Subject "Undeliverable message", the
    reason under "------- Failure Reasons --------", the original after "------- Returned
    Message --------")."""
    return (f"From: Postmaster <postmaster@{host}>\nTo: {SELLER}\nSubject: Undeliverable message\n"
            "X-Hand-Made: yes (Lotus Notes notice, review 25)\nContent-Type: text/plain; charset=utf-8\n\n"
            f"------- Failure Reasons --------\n\n{reason}\n{address}\n\n\n"
            f"------- Returned Message --------\n{original(name, address)}").encode()


def courier(name: str, address: str, reason: str, *, host: str = "mail.example.net") -> bytes:
    """Courier's DSN (courier/module.dsn/dsnfailed.txt as courier-mta.org/courierdsn.html shows it:
    Subject "NOTICE: mail delivery status.", "UNDELIVERABLE MAIL", each recipient "<addr>:" and its
    indented error; Sisimai::Lhost::Courier's markers)."""
    head = (f"From: Courier mail server at {host} <@>\nTo: {SELLER}\nSubject: NOTICE: mail delivery status.\n"
            "X-Hand-Made: yes (Courier DSN, review 25)\n")
    text = (f"This is a delivery status notification from {host},\nrunning the Courier mail server, version 1.1.\n\n"
            "The original message was received on Thu, 3 Dec 2026 10:00:00 +0000\nfrom localhost [127.0.0.1]\n\n"
            "                        ---------------------------------\n\n"
            "                           UNDELIVERABLE MAIL\n\n"
            "                        ---------------------------------\n\n"
            "Your message to the following recipients cannot be delivered:\n\n"
            f"<{address}>:\n    {reason}\n")
    dsn = (f"Reporting-MTA: dns; {host}\nArrival-Date: Thu, 3 Dec 2026 10:00:00 +0000\n\n"
           f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: 5.0.0\n")
    return _mime(head, name, text, address, dsn)


def biglobe(name: str, address: str, reason: str) -> bytes:
    """BIGLOBE's own notice (Sisimai::Lhost::Biglobe: From postmaster@biglobe.ne.jp, Subject
    "Returned mail: ...", the address under "   ----- The following addresses had delivery
    problems -----", the reason under "   ----- Non-delivered information -----")."""
    head = ("From: postmaster@biglobe.ne.jp\nTo: " + SELLER + "\nSubject: Returned mail: Delivery failed\n"
            "X-Hand-Made: yes (BIGLOBE notice, review 25)\n")
    text = ("This is a MIME-encapsulated message.\n\n"
            f"   ----- The following addresses had delivery problems -----\n{address}\n\n"
            f"   ----- Non-delivered information -----\n{reason}\n")
    return _mime(head, name, text, address)


def kddi(name: str, address: str, reason: str) -> bytes:
    """au (KDDI)'s own notice (Sisimai::Lhost::KDDI: From no-reply@...dion.ne.jp, the text from
    "Your mail sent on: <date>", "Could not be delivered to: <addr>", then its reason)."""
    head = ("From: no-reply@app.auone-net.jp.dion.ne.jp\nReply-To: no-reply@app.auone-net.jp\nTo: " + SELLER +
            "\nSubject: Mail System Error - Returned Mail\nX-Hand-Made: yes (au notice, review 25)\n")
    text = (f"Your mail sent on: Thu, 03 Dec 2026 19:00:00 +0900\n\n"
            f"     Could not be delivered to: <{address}>\n     {reason}\n")
    return _mime(head, name, text, address)


# Exchange Server 2007/2010's NDR in its French and Italian editions (Sisimai::Lhost::Exchange2007's
# markers: Subject "Non remis :" / "Non recapitabile:", the localised "Diagnostic information for
# administrators" and "Generating server" labels, "Original message headers"), with the English
# edition's own lines for comparison; each recipient "addr\n#550 5.1.1 RESOLVER...; text ##".
EXCHANGE_2007 = {
    "en": ("Undeliverable: Quick question", "Delivery has failed to these recipients or groups:",
           "Diagnostic information for administrators:", "Generating server: {host}", "Original message headers:"),
    "fr": ("Non remis : Quick question", "La remise n'a pas abouti pour les destinataires ou groupes suivants :",
           "Informations de diagnostic pour les administrateurs :", "Serveur de génération : {host}",
           "En-têtes de message d'origine :"),
    "it": ("Non recapitabile: Quick question", "Recapito non riuscito per i seguenti destinatari o gruppi:",
           "Informazioni di diagnostica per gli amministratori:", "Server di generazione: {host}",
           "Intestazioni originali del messaggio:"),
}


def exchange2007(name: str, lang: str, address: str, line: str, *, host: str = "EXCH01.example.co") -> bytes:
    """Exchange 2007/2010's own NDR (no DSN part), `line` the diagnostic after "#"."""
    subject, failed, diag, gen, orig = EXCHANGE_2007[lang]
    lang_tag = {"en": "en-US", "fr": "fr-FR", "it": "it-IT"}[lang]
    return (f"From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.co>\n"
            f"To: {SELLER}\nSubject: {subject}\nContent-Language: {lang_tag}\n"
            "X-Hand-Made: yes (Exchange 2007 NDR, review 25)\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{failed}\n\n{address}\n\n\n{diag}\n\n{gen.format(host=host)}\n\n{address}\n#{line} ##\n\n"
            f"{orig}\n\n" + original(name, address).split("\n\n")[0] + "\n").encode()


def opensmtpd(name: str, address: str, error: str, *, host: str = "mail.example.net") -> bytes:
    """OpenSMTPD's own bounce (smtpd/bounce.c: "Hi!", "This is the MAILER-DAEMON, please DO NOT
    REPLY to this email.", the failed recipients each as "addr: error", "Below is a copy of the
    original message:"; Sisimai::Lhost::OpenSMTPD's markers)."""
    return (f"From: Mailer Daemon <MAILER-DAEMON@{host}>\nTo: {SELLER}\nSubject: Delivery status notification: "
            "error\nAuto-Submitted: auto-replied\nX-Hand-Made: yes (OpenSMTPD bounce.c, review 25)\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            f"Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
            "An error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\n"
            f"{address}: {error}\n\nBelow is a copy of the original message:\n\n{original(name, address)}").encode()
