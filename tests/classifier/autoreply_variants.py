"""What generators, relays and auto-responders write around a bounce or an auto-reply, as
functions `bytes -> bytes` (tests/classifier/test_autoreply_invariance.py).

A. Header fields a bounce's generator or a relay legitimately adds (BOUNCE_HEADERS). Each is
   set on the bounce (an existing field of that name replaced), nothing else changes:
   - Auto-Submitted: "auto-replied" (Postfix bounce_notify_util.c: "Auto-Submitted: %s",
     postmaster_copy ? "auto-generated" : "auto-replied"; Exim deliver.c writes
     "Auto-Submitted: auto-replied" on its bounces and warnings), "auto-generated" (RFC 3834
     section 5; Postfix's postmaster copy), "auto-generated (failure)" (Sendmail savemail.c:
     snprintf(buf, "auto-generated (%s)", p) with p = "failure" for a returned message).
   - Precedence bulk / junk / list (RFC 3834 section 2 names them as what auto-responders must
     not answer; list servers add "list" to what they pass on).
   - X-Autoreply: yes (webmail and filter autoresponders), X-Auto-Response-Suppress (MS-OXCMAIL
     2.1.3.2.20: "All", or a list of DR, NDR, RN, NRN, OOF, AutoReply: a REQUEST not to answer,
     which bulk senders and Exchange put on mail of every kind), X-MS-Exchange-Generated-
     Message-Source (Exchange's name of the agent that made a message; the value is HAND-MADE),
     Return-Path: <> (RFC 5321 4.5.5: a notification's null reverse-path, written by the
     delivering MTA).
   - A localised Subject: Exchange's non-delivery subjects in German, Polish, Russian and
     Chinese (HAND-MADE from the product's localised wording; no citable page was found).
B. An auto-reply as each responder writes it (RESPONDERS): the auto-reply's own marks removed
   and the responder's put in their place, Return-Path: <> (RFC 3834 3.3: the response goes
   out with a null reverse-path), the From and the away text kept.
   - sieve: RFC 5230 section 5 (Auto-Submitted: auto-replied; default Subject "Auto: " +
     the original's; In-Reply-To / References).
   - pigeonhole: Dovecot Pigeonhole's vacation (cmd-vacation.c: "Auto-Submitted: auto-replied
     (vacation)", "X-Sieve:", "Precedence: bulk"; as fixtures/real/dovecot-sieve-vacation-auto-
     reply.eml, which the real server wrote).
   - cyrus: Cyrus lmtp_sieve.c ("In-Reply-To:", "Auto-Submitted: auto-replied (vacation)" and
     nothing else of the kind).
   - zimbra: Zimbra's out-of-office sender (zimbra server source: In-Reply-To, "Auto-Submitted:
     auto-replied (zimbra; vacation)", "Precedence: bulk").
   - gmail: Gmail's vacation responder (Auto-Submitted: auto-replied; the Gmail API's
     VacationSettings.responseSubject is "text to prepend to the subject line"; empty, the
     reply reads "Re: <subject>").
   - exchange: Exchange Online's Automatic Replies ("Automatic reply: <subject>",
     X-Auto-Response-Suppress: All, X-MS-Exchange-Inbox-Rules-Loop, and Auto-Submitted:
     auto-generated, which Microsoft's services write on their auto-replies).
   - exchange_<lang>: an Exchange server's Automatic Reply in the mailbox's language, marked by
     nothing but its Subject and X-Auto-Response-Suppress: All (as Exchange 2010 wrote, the
     corpus's rfc3834-02/04 show). The subject prefixes are Outlook's localised "Automatic
     reply" (HAND-MADE: Microsoft's localised help names the feature, no page lists the prefix).
C. Words of a bounce in the away text (BODY_WORDS): what a person writes in an out-of-office
   ("this mailbox is not monitored", "no longer with the company", ...), in the auto-reply as
   it is, written as HTML only (Outlook on the web composes the away text in HTML), or with the
   message it answers attached as message/rfc822 (TMDA's confirm_request encloses "a copy of
   your message", fixtures/srv-challenge-tmda.eml; HAND-MADE for the others) (CONTAINERS).
D. A person's reply quoting a bounce (`quoting_reply`): "see below, your mail bounced" above
   the notice's text, each line quoted with "> ".
E. What Gmail gives of a message the bounce query did not match (`headers_only`): the header
   fields connectors/gmail/inbound.LIFE_HEADERS asks messages.get(format=metadata) for.

Messages are rebuilt with the stdlib as transport.py does.
"""

from __future__ import annotations

import email
import email.header
import html
import re
from collections.abc import Callable
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from tests.classifier.htmlfwd import forwarded_fields, pasted_text
from tests.classifier.transport import _add_text, _header_block, _leaf_text, parse, write

Transform = Callable[[bytes], bytes]

REPLIER = "pat.replier@partner.example"
USER = "seller@ourco.example"
ORIGINAL_SUBJECT = "Quote for Q3"


def _drop(head: bytes, name: str) -> bytes:
    """`head` without any `name` field (folded lines included)."""
    return re.sub(rb"(?im)^" + re.escape(name.encode()) + rb"[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*", b"", head)


def set_fields(raw: bytes, fields: tuple[tuple[str, str], ...], drop: tuple[str, ...] = (),
               top: bool = False) -> bytes:
    """`raw` with each `fields` name's old fields and every `drop` field removed, and the new
    fields written at the end of the header block (a trace field such as Return-Path at the
    top, as the delivering MTA writes it)."""
    head, body = _header_block(raw)
    if not body:
        return raw
    for name in (*drop, *(name for name, _ in fields)):
        head = _drop(head, name)
    lines = b"".join(f"{name}: {value}\n".encode("utf-8") for name, value in fields)
    return (lines + head if top else head + lines) + body


def _field(name: str, value: str) -> Transform:
    return lambda raw: set_fields(raw, ((name, value),), top=name == "Return-Path")


def _encoded(text: str) -> str:
    return email.header.Header(text, "utf-8", maxlinelen=76, header_name="Subject").encode()


_PERSONS_SUBJECT = re.compile(r"(?i)^\s*(?:re|fwd?|aw|wg|sv|tr|rv)\s*:")


def _subject(text: str) -> Transform:
    """The generator's Subject in another language; not on a person's forward or reply, whose
    Subject is the person's."""
    def transform(raw: bytes) -> bytes:
        if _PERSONS_SUBJECT.match(decoded(raw, "subject")):
            return raw
        return set_fields(raw, (("Subject", _encoded(text)),))
    return transform


BOUNCE_HEADERS: dict[str, Transform] = {
    "auto_replied": _field("Auto-Submitted", "auto-replied"),
    "auto_generated": _field("Auto-Submitted", "auto-generated"),
    "auto_failure": _field("Auto-Submitted", "auto-generated (failure)"),
    "precedence_bulk": _field("Precedence", "bulk"),
    "precedence_junk": _field("Precedence", "junk"),
    "precedence_list": _field("Precedence", "list"),
    "x_autoreply": _field("X-Autoreply", "yes"),
    "suppress_all": _field("X-Auto-Response-Suppress", "All"),
    "suppress_list": _field("X-Auto-Response-Suppress", "DR, NDR, RN, NRN, OOF, AutoReply"),
    "exchange_source": _field("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
    "null_return_path": _field("Return-Path", "<>"),
    "subject_de": _subject("Unzustellbar: Angebot"),
    "subject_pl": _subject("Niedostarczalne: Oferta"),
    "subject_ru": _subject("Недоставляемое: Предложение"),
    "subject_zh": _subject("无法投递: 报价"),
}

# What marks a message as an auto-reply; a responder's variant removes them all first.
AUTO_MARKS = ("Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence", "X-Auto-Response-Suppress",
              "X-MS-Exchange-Inbox-Rules-Loop", "X-MS-Exchange-Generated-Message-Source", "X-Sieve",
              "In-Reply-To", "References", "Subject")

_IN_REPLY = (("In-Reply-To", "<hand-made-q3@ourco.example>"), ("References", "<hand-made-q3@ourco.example>"))

OOF_PREFIXES = {
    "de": "Automatische Antwort:", "fr": "Réponse automatique :", "es": "Respuesta automática:",
    "it": "Risposta automatica:", "pt": "Resposta automática:", "nl": "Automatisch antwoord:",
    "pl": "Odpowiedź automatyczna:", "sv": "Automatiskt svar:", "ru": "Автоматический ответ:",
    "ja": "自動応答:", "zh": "自动答复:",
}


def decoded(raw: bytes, name: str) -> str:
    """Header `name` of `raw`, RFC 2047 words decoded, on one line ("" where absent or unreadable)."""
    value = forwarded_fields(raw).get(name, "")
    try:
        value = str(email.header.make_header(email.header.decode_header(value)))
    except (ValueError, LookupError, UnicodeDecodeError):
        pass
    return " ".join(value.split())


def _own_subject(raw: bytes) -> str:
    return decoded(raw, "subject") or "Out of office"


def _responder(fields: Callable[[bytes], tuple[tuple[str, str], ...]]) -> Transform:
    """The responder's fields in place of the auto-reply's marks, and the null reverse-path it
    sends with (RFC 3834 section 3.3), which the delivering MTA writes as Return-Path: <>."""
    def transform(raw: bytes) -> bytes:
        marked = set_fields(raw, fields(raw), drop=AUTO_MARKS)
        return set_fields(marked, (("Return-Path", "<>"),), top=True)
    return transform


def _from(raw: bytes) -> str:
    return forwarded_fields(raw)["frm"]


RESPONDERS: dict[str, Transform] = {
    "sieve": _responder(lambda raw: (("Subject", f"Auto: {ORIGINAL_SUBJECT}"), *_IN_REPLY,
                                     ("Auto-Submitted", "auto-replied"))),
    "pigeonhole": _responder(lambda raw: (("Subject", _encoded(_own_subject(raw))), _IN_REPLY[0],
                                          ("Auto-Submitted", "auto-replied (vacation)"),
                                          ("X-Sieve", "Pigeonhole Sieve 0.5.19 (4eae2f79)"), ("Precedence", "bulk"))),
    "cyrus": _responder(lambda raw: (("Subject", _encoded(_own_subject(raw))), _IN_REPLY[0],
                                     ("Auto-Submitted", "auto-replied (vacation)"))),
    "zimbra": _responder(lambda raw: (("Subject", _encoded(_own_subject(raw))), _IN_REPLY[0],
                                      ("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk"))),
    "gmail": _responder(lambda raw: (("Subject", f"Re: {ORIGINAL_SUBJECT}"), *_IN_REPLY,
                                     ("Auto-Submitted", "auto-replied"))),
    "exchange": _responder(lambda raw: (("Subject", f"Automatic reply: {ORIGINAL_SUBJECT}"),
                                        ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                        ("X-MS-Exchange-Inbox-Rules-Loop", _from(raw)))),
    **{f"exchange_{lang}": _responder(
        lambda raw, p=prefix: (("Subject", _encoded(f"{p} {ORIGINAL_SUBJECT}")), ("X-Auto-Response-Suppress", "All")))
       for lang, prefix in OOF_PREFIXES.items()},
}

# Sentences people put in their away text (HAND-MADE; the kinds the brief names).
BODY_WORDS: dict[str, Transform] = {
    "says_undeliverable": _add_text("bottom", "Mail to my old address is undeliverable after March 31; "
                                              "please update your records."),
    "left_company": _add_text("bottom", "Kim is no longer with the company. Your message will not be "
                                        "delivered to anyone; please write to info@ourpartner.example."),
    "not_monitored": _add_text("bottom", "This mailbox is not monitored. Messages sent to this address "
                                         "are not read and could not be delivered to a person."),
    "address_changed": _add_text("bottom", "My address changed: I can no longer be reached at this "
                                           "address, write to kim.new@ourpartner.example instead."),
    # What a machine's notice says, in the away text: a failure sentence naming another address,
    # and an SMTP reply (the judgement calls of test_autoreply_invariance.WORDS_KNOWN).
    "names_undelivered": _add_text("bottom", "Your message to kim@ourpartner.example could not be delivered "
                                             "to me before my return."),
    "quotes_smtp_reply": _add_text("bottom", "Mail sent to this address is undeliverable: 550 mailbox "
                                             "unavailable. Please write to info@ourpartner.example."),
}


# connectors/gmail/inbound.LIFE_HEADERS, restated (a classifier test imports no connector).
LIFE_HEADERS = ("From", "Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence", "Subject",
                "In-Reply-To", "References", "Authentication-Results")


def headers_only(raw: bytes) -> bytes:
    """`raw`'s LIFE_HEADERS fields (folded lines kept) and an empty body."""
    head, _ = _header_block(raw)
    keep = {name.lower() for name in LIFE_HEADERS}
    fields = re.finditer(rb"(?m)^([^ \t\n:]+)[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*", head)
    return b"".join(m.group(0) for m in fields if m.group(1).decode("latin-1").lower() in keep) + b"\n"


_ANSWERED = (b"Message-ID: <hand-made-q3@ourco.example>\nFrom: Sam Seller <seller@ourco.example>\n"
             b"To: Kim <kim@ourpartner.example>\nSubject: Quote for Q3\nDate: Mon, 09 Mar 2026 09:00:00 +0000\n"
             b"\nHi Kim, here is the quote.\n")
_BODY_FIELDS = ("content-type", "content-transfer-encoding", "mime-version")


def _single_text(raw: bytes) -> tuple[object, str] | None:
    msg = parse(raw)
    text = None if msg.is_multipart() else _leaf_text(msg)
    return (msg, text) if text is not None else None


def attach_answered(raw: bytes) -> bytes:
    """The auto-reply's text, then the message it answers as message/rfc822."""
    found = _single_text(raw)
    if found is None:
        return raw
    msg, text = found
    outer = MIMEMultipart("mixed")
    for name, value in msg.items():
        if name.lower() not in _BODY_FIELDS:
            outer[name] = value
    outer.attach(MIMEText(text, "plain", "utf-8"))
    outer.attach(MIMEMessage(email.message_from_bytes(_ANSWERED)))
    return outer.as_bytes()


def html_only(raw: bytes) -> bytes:
    """The auto-reply's text as its only part, text/html, a <p> per paragraph."""
    found = _single_text(raw)
    if found is None:
        return raw
    msg, text = found
    body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    for name in _BODY_FIELDS[:2]:
        del msg[name]
    msg["Content-Type"] = 'text/html; charset="utf-8"'
    msg["Content-Transfer-Encoding"] = "8bit"
    msg.set_payload(f"<html><body>{body}</body></html>".encode().decode("ascii", "surrogateescape"))
    return write(msg)


CONTAINERS: dict[str, Transform] = {"plain": lambda raw: raw, "html": html_only, "attached": attach_answered}


def quoting_reply(raw: bytes) -> bytes | None:
    """A person's plain reply to our user that quotes the bounce's text below a line of their own
    (RFC 3676-style "> " quoting, as mail clients write a reply); None where the bounce has no
    text/plain part to quote."""
    text = pasted_text(raw)
    if text is None:
        return None
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))
    subject = decoded(raw, "subject") or "your message"
    body = (f"Hi, see below, your mail bounced. I think you have an old address for Kim; write to me "
            f"instead.\n\nPat\n\nOn {decoded(raw, 'date') or 'Monday'}, {decoded(raw, 'frm') or 'MAILER-DAEMON'} wrote:\n"
            f"{quoted}\n")
    head = (f"From: Pat Replier <{REPLIER}>\nTo: Sam Seller <{USER}>\nSubject: {_encoded('Re: ' + subject)}\n"
            f"Date: Tue, 10 Mar 2026 10:00:00 +0000\nMessage-ID: <hand-made-reply-1@partner.example>\n"
            f"In-Reply-To: <hand-made-q3@ourco.example>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n")
    return (head + body).encode("utf-8", "surrogateescape")
