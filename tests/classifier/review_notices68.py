"""The sixty-eighth review: an adversarial audit of review 67's departed-employee / retired-address
rule (classifier/departures.py). A false hard unenrolls a real prospect, so most rows are the same
words in other senses: a message that "has left" a server (English, German, French, Spanish,
Italian), a connection, a quota, a voicemail, a domain "no longer with" a provider, a TLS version or
an IP range "retired", a gateway that "retired" a key; and notices where the rule must not apply at
all (auto-replies of leavers, a challenge-response, a bounce whose returned original quotes a
leaver's auto-reply or our own sales text about a leaver, a 4xx, a delay, a report where only one
of two recipients has the leaver's words). Then leaver wordings review 67's tables missed.

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices67_layouts (the
products that let an admin phrase a refusal), review_notices34_layouts (auto-replies),
tests/classifier/notices.py. All notices HAND-MADE; test_review_notices68.py runs them."""

from __future__ import annotations

from functools import partial

from tests.classifier.notices import LEAD, exchange_own, own_postfix, relay_and_gmail, relayed
from tests.classifier.review_notices34_layouts import SOURCES as OOF_SOURCES, SUBJECT, mail, responder
from tests.classifier.review_notices67_layouts import (
    EXIM_FAIL, EXO_RULE, GMAIL, GWS_RULE, PF, PF_ACCESS, PF_ERROR, QMAIL, SM_VIRT, exim_own, hard, qmail_own, soft)

_both = partial(relay_and_gmail, cites=(PF, GMAIL))
_RA = "<lead@example.org>: Recipient address rejected: "
_EXO_BODY = "Your message to lead@example.org couldn't be delivered.\n\nThe recipient's organization rejected it."
_OTHER = "other@example.org"
_WHO = f"Lena Lead <{LEAD}>"
# Postfix bounce(8) with the whole original returned (bounce_notify_util.c, 'Content-Type: message/rfc822'
# when the original is under the size limit).
PF_FULL = PF + "; the original returned whole as message/rfc822 (bounce_notify_util.c, bounce_original)"
PF_MULTI = PF + "; one report for two recipients of the same message (one per-recipient block each, RFC 3464 2.3)"


def _exo(rid: str, reply: str, status: str, expected: list[tuple]) -> tuple:
    return (f"{rid}-exo", EXO_RULE, exchange_own(reply, status=status, body=_EXO_BODY), expected)


def _rcpt(rid: str, source: str, reply: str, status: str, expected: list[tuple], **kw) -> tuple:
    return (f"{rid}-postfix", f"{source}; {PF}", relayed(reply, status=status, **kw), expected)


def _exim(rid: str, text: str, expected: list[tuple]) -> tuple:
    return (f"{rid}-exim-own", EXIM_FAIL + "; Exim's own notice after it accepted the message", exim_own(rid, text),
            expected)


def _pf_full(reply: str, status: str, original_body: str, *, original_extra: str = "") -> bytes:
    """Our relay's report of a remote refusal, the original returned whole (its body included)."""
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: seller@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix bounce(8) layout, full original)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B8"\n\n'
        "--B8\nContent-Type: text/plain; charset=utf-8\n\nThis is the mail system at host mail.example.com.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        f"<{LEAD}>: host mx.example.org[192.0.2.7] said: {reply} (in reply to RCPT TO command)\n\n"
        "--B8\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n"
        f"Final-Recipient: rfc822; {LEAD}\nAction: failed\nStatus: {status}\nRemote-MTA: dns; mx.example.org\n"
        f"Diagnostic-Code: smtp; {reply}\n\n"
        "--B8\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n"
        f"From: Seller <seller@example.com>\nTo: {LEAD}\nSubject: Re: {SUBJECT}\n{original_extra}"
        "Message-ID: <r68-orig@example.com>\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{original_body}\n--B8--\n"
    ).encode()


def _pf_two(first: str, second: str, status: str) -> bytes:
    """One Postfix report for two recipients at the same remote, each with its own reply."""
    def block(addr: str, reply: str) -> str:
        return (f"Final-Recipient: rfc822; {addr}\nAction: failed\nStatus: {status}\nRemote-MTA: dns; mx.example.org\n"
                f"Diagnostic-Code: smtp; {reply}\n")
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: seller@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix bounce(8) layout, two recipients)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B9"\n\n'
        "--B9\nContent-Type: text/plain; charset=utf-8\n\nThis is the mail system at host mail.example.com.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        f"<{LEAD}>: host mx.example.org[192.0.2.7] said: {first} (in reply to RCPT TO command)\n\n"
        f"<{_OTHER}>: host mx.example.org[192.0.2.7] said: {second} (in reply to RCPT TO command)\n\n"
        "--B9\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n"
        f"{block(LEAD, first)}\n{block(_OTHER, second)}\n"
        f"--B9\nContent-Type: text/rfc822-headers\n\nFrom: seller@example.com\nTo: {LEAD}, {_OTHER}\n"
        "Subject: Hello\nMessage-ID: <r68-two@example.com>\n\n--B9--\n"
    ).encode()


def _qmail_copy(said: str, original_body: str) -> bytes:
    """qmail-remote's refusal in qmail-send's notice (QSBMF: 'Remote host said:'), the original copied
    below '--- Below this line is a copy of the message.' in the same plain body (no MIME parts)."""
    return (
        "Return-Path: <>\nFrom: MAILER-DAEMON@mail.example.com\nTo: seller@example.com\nSubject: failure notice\n"
        "Date: 4 Dec 2026 23:40:00 -0000\nMessage-ID: <r68-qmail@mail.example.com>\n"
        "X-Hand-Made: yes (qmail-send QSBMF layout)\n\nHi. This is the qmail-send program at mail.example.com.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{LEAD}>:\n192.0.2.7 does not like recipient.\nRemote host said: {said}\nGiving up on 192.0.2.7.\n\n"
        "--- Below this line is a copy of the message.\n\nReturn-Path: <seller@example.com>\n"
        f"From: Seller <seller@example.com>\nTo: {LEAD}\nSubject: Re: {SUBJECT}\n"
        f"Message-ID: <r68-orig-q@example.com>\n\n{original_body}\n"
    ).encode()


_LEAVER_OOF = "Thank you for your message. Lena Lead has left Example Ltd and this mailbox is no longer monitored."
_SALES = ("Hello Lena,\n\nsince Anna has left Example Ltd, I'm your new contact. Anna's address is no longer "
          "monitored; she is no longer with us.\n\nBest, Sam")

ROWS: list[tuple] = [
    # ---- English "has left" / "left" of a thing, permanent refusals: not a leaver -------------------------
    _exo("mail-left-gateway", "550 5.7.1 Your mail has left our gateway and was refused by the internal policy "
         "server", "5.7.1", soft()),
    _rcpt("connection-left-pool", PF_ACCESS, "554 5.4.0 The connection has left the pool; delivery refused",
          "5.4.0", soft()),
    *_both("quota-left-no-room", EXIM_FAIL, "552 5.2.2 The recipient's quota has left no room for new "
           "messages", "5.2.2", soft("mailboxfull")),
    _exo("exo-left-organization", "550 5.7.1 This email has left the Exchange organization and was refused by the "
         "next hop's transport rule", "5.7.1", soft()),
    _exim("elvis-left-building", "Elvis has left the building. No mail accepted here.", soft()),
    # The lead's after the merge (review 68's open case): a connection or session that "has left." ends its sentence.
    _rcpt("connection-has-left-end", PF_ACCESS, "554 5.4.0 Delivery refused: the connection has left.", "5.4.0",
          soft()),
    _exim("session-has-left-end", "The SMTP session has left. Try again later.", soft()),
    _rcpt("caller-left-voicemail", PF_ACCESS, "554 5.7.1 " + _RA + "This number has left a voicemail only "
          "service", "5.7.1", soft()),
    _rcpt("postmaster-left-quarantine", PF_ACCESS, "550 5.7.1 The postmaster has left this message in "
          "quarantine", "5.7.1", soft()),
    _exim("user-left-group", "Message rejected: the user has left the group; group mail is not accepted", soft()),
    _rcpt("our-sender-rep-left", PF_ACCESS, "554 5.7.1 " + _RA + "your sales representative has left the "
          "approved supplier list", "5.7.1", soft()),
    # ---- Other languages, the same words said of a message or a server --------------------------------
    _rcpt("de-nachricht-server-verlassen", PF_ACCESS, "554 5.7.1 Die Nachricht hat den Server verlassen und wurde "
          "vom Richtlinienfilter abgewiesen", "5.7.1", soft()),
    _rcpt("fr-message-quitte-file", PF_ACCESS, "554 5.7.1 Le message a quitté la file d'attente et a été refusé "
          "par la politique de sécurité", "5.7.1", soft()),
    _rcpt("es-mensaje-salio-servidor", PF_ACCESS, "554 5.7.1 El mensaje salió del servidor y fue rechazado por la "
          "política", "5.7.1", soft()),
    _rcpt("it-messaggio-lasciato-server", PF_ACCESS, "554 5.7.1 Il messaggio ha lasciato il server ed è stato "
          "rifiutato dalla policy", "5.7.1", soft()),
    # ---- "no longer with", "former", "no longer monitored", "retired" in other senses ------------------
    _rcpt("domain-no-longer-with-provider", EXIM_FAIL, "550 5.1.2 This domain is no longer with this provider",
          "5.1.2", hard("hostunknown")),
    _rcpt("client-no-longer-compatible", PF_ACCESS, "554 5.7.1 Your mail client is no longer compatible with our "
          "server", "5.7.1", soft()),
    _rcpt("former-address-format", PF_ACCESS, "553 5.7.1 Rejected: former address format not supported",
          "5.7.1", soft()),
    _rcpt("retired-tls-version", PF_ACCESS, "554 5.7.1 TLS 1.0 is a retired TLS version; upgrade your server",
          "5.7.1", soft()),
    _rcpt("retired-ip-range", PF_ACCESS, "554 5.7.1 Your IP is in a retired IP range", "5.7.1", soft()),
    _rcpt("sha1-retired", PF_ACCESS, "550 5.7.1 SHA-1 retired: DKIM signature rejected", "5.7.1", soft()),
    _exo("gateway-retired-key", "550 5.7.1 Our e-mail gateway retired the old DKIM key; signature invalid",
         "5.7.1", soft()),
    # Written after the mend's first run, from the words: "no longer maintained / at" said of a server.
    _rcpt("server-no-longer-maintained", PF_ACCESS, "554 5.7.1 This server is no longer maintained; use "
          "mx2.example.org", "5.7.1", soft()),
    _rcpt("tls-no-longer-maintained", PF_ACCESS, "554 5.7.1 TLS 1.1 is no longer maintained here", "5.7.1", soft()),
    _rcpt("mx-no-longer-at-ip", PF_ACCESS, "554 5.7.1 mx.example.org is no longer at 192.0.2.7; relay refused",
          "5.7.1", soft()),
    # A real one that must stay: a role address no longer monitored after its owner left.
    _exo("mailbox-former-no-longer-monitored", "550 5.7.1 This mailbox belonged to a former employee and is no "
         "longer monitored.", "5.7.1", hard()),
    # Written after the second mend, from the words: a server or a service that "no longer works / is no
    # longer part of", not a person.
    _exim("fr-serveur-ne-travaille-plus", "Le serveur ne travaille plus pour ce domaine", soft()),
    _rcpt("es-servidor-ya-no-trabaja", PF_ACCESS, "554 5.7.1 El servidor ya no trabaja con este dominio", "5.7.1",
          soft()),
    _exim("nl-server-niet-meer-werkzaam", "De server is niet meer werkzaam voor dit domein", soft()),
    _exo("forwarding-no-longer-part-of-service", "550 5.7.1 Mail forwarding is no longer part of our service",
         "5.7.1", soft()),
    # ...while a domain named before a colon is no machine as the subject: gone.
    _exim("domain-colon-left", "Mail to this domain: Lena Lead has left Example Ltd", hard()),
    # ---- Where the rule must not apply: auto-replies, a challenge, returned originals, a 4xx, a delay ----
    ("oof-exchange-left-monitored", OOF_SOURCES["exchange"], responder("exchange", _WHO, "en", _LEAVER_OOF), []),
    ("oof-exchange2010-left", OOF_SOURCES["exchange2010"], responder("exchange2010", _WHO, "en", _LEAVER_OOF), []),
    ("oof-zimbra-left", OOF_SOURCES["zimbra"], responder("zimbra", _WHO, "en", _LEAVER_OOF), []),
    ("oof-gmail-no-auto-submitted", OOF_SOURCES["gmail"] + "; without Auto-Submitted (a forwarding hop dropped it)",
     mail(_WHO, f"Re: {SUBJECT}", "Lena Lead is no longer with Example Ltd. Please contact info@example.org."), []),
    ("oof-zimbra-de-left", OOF_SOURCES["zimbra"], responder("zimbra", _WHO, "de", "Frau Lead hat das Unternehmen "
     "verlassen. Diese Adresse wird nicht mehr gelesen."), []),
    ("challenge-left", "cPanel docs 'BoxTrapper' (verify template; weak: wording as cPanel's template shows it)",
     mail(_WHO, f"Re: {SUBJECT} verify#68aa", "The user lead@example.org uses a challenge-response system "
          "(BoxTrapper). Lena Lead has left Example Ltd; to confirm that you sent the message, reply to this email "
          "without changing the subject."), []),
    ("dsn-quoting-oof-in-original", PF_FULL + "; the returned original is our reply quoting the prospect's earlier "
     "auto-reply", _pf_full("550 5.7.1 Message rejected by policy", "5.7.1", "Thanks!\n\n> " + _LEAVER_OOF),
     soft()),
    ("dsn-our-sales-text-left", PF_FULL + "; our own sales text about a leaver in the original's body",
     _pf_full("550 5.7.1 Message rejected by content policy", "5.7.1", _SALES), soft()),
    ("dsn-vague-our-sales-text-left", PF_FULL + "; a vague 5.0.0 refusal, our sales text in the original's body",
     _pf_full("550 Administrative prohibition", "5.0.0", _SALES), soft()),
    ("qmail-copy-our-sales-text", QMAIL + "; qmail-remote's 'Remote host said:' and the copy of our message below",
     _qmail_copy("554 5.7.1 Administrative prohibition", _SALES), soft()),
    *_both("policy-contact-instead-de", EXO_RULE.split(";")[0], "550 5.7.1 Nachricht aus Richtliniengründen "
           "abgelehnt. Bitte wenden Sie sich stattdessen an einkauf@example.org.", "5.7.1", soft()),
    _rcpt("defer-left-4xx-gone", PF_ACCESS + " (4NN: a deferral)", "450 4.7.1 " + _RA + "Lena Lead has left "
          "Example Ltd", "4.7.1", soft(delay=True)),
    _rcpt("delayed-5xx-text", PF + "; a 5xx text under Action: delayed (a relay's retrying notice)",
          "550 Lena Lead has left Example Ltd", "5.0.0", soft(delay=True), action="delayed"),
    ("two-recipients-one-leaver", PF_MULTI, _pf_two("550 5.7.1 Lena Lead has left Example Ltd", "550 5.7.1 "
     "Message rejected by policy", "5.7.1"), hard() + [(_OTHER, False, (), "", False)]),
    # ---- Real leaver wordings: gone ---------------------------------------------------------------
    _rcpt("no-longer-employed-by", PF_ACCESS, "554 5.7.1 " + _RA + "Lena Lead is no longer employed by Example Ltd",
          "5.7.1", hard()),
    _exo("no-longer-part-of", "550 5.7.1 Lena Lead is no longer part of Contoso. Please contact info@contoso.example",
         "5.7.1", hard()),
    _exim("has-departed", "Lena Lead has departed Example Ltd; please write to office@example.org", hard()),
    _rcpt("sendmail-ex-employee", SM_VIRT, "550 5.1.1 <lead@example.org>... Ex-employee, address closed", "5.1.1",
          hard()),
    ("qmail-person-has-left", QMAIL, qmail_own("This mailbox is no longer active as the person has left."), hard()),
    _exo("de-nicht-mehr-im-unternehmen", "550 5.7.1 Frau Lead ist nicht mehr im Unternehmen.", "5.7.1", hard()),
    _exo("fr-ne-fait-plus-partie", "550 5.7.1 Mme Lead ne fait plus partie de l'entreprise.", "5.7.1", hard()),
    *_both("es-no-forma-parte", GWS_RULE, "550 5.7.1 Lena Lead no forma parte de la empresa. - gsmtp", "5.7.1",
           hard()),
    _exo("it-non-fa-piu-parte", "550 5.7.1 Lena Lead non fa più parte dell'azienda.", "5.7.1", hard()),
    ("own-de-hat-das-haus-verlassen", PF_ERROR + "; tests/classifier/notices.own_postfix",
     own_postfix("Herr Lead hat unser Haus verlassen", status="5.0.0"), hard()),
    _rcpt("fr-a-quitte-societe", PF_ACCESS, "554 5.7.1 " + _RA + "Lena Lead a quitté la société", "5.7.1", hard()),
    _exim("it-ha-lasciato-azienda", "Lena Lead ha lasciato l'azienda.", hard()),
    _exim("retired-mailbox-plain", "This mailbox has been retired.", hard()),
    # Left Example Ltd with no "has": the tables read "has left" and "left the company" only.
    _exim("left-bare-name", "Lena Lead left Example Ltd in 2025; please write to office@example.org", hard()),
]
