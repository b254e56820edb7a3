"""Layouts of the thirty-fourth review (tests/classifier/review_notices34*.py): an auto-reply as
each responder writes its header fields, a person's plain mail, an RFC 6522 report (success DSN,
MDN). Where each responder's fields come from is in SOURCES; the away texts and every layout
are HAND-MADE.

The header fields per responder, as the product's documentation or source shows them:
- exchange: Exchange Online / Outlook Automatic Replies ("Automatic reply: <subject>" in the
  mailbox's language, Auto-Submitted: auto-generated, X-Auto-Response-Suppress: All,
  X-MS-Exchange-Inbox-Rules-Loop) as autoreply_variants.RESPONDERS["exchange"];
  exchange2010: the older server's reply, its Subject and X-Auto-Response-Suppress only
  (the corpus's rfc3834 messages).
- gmail: Gmail's vacation responder (Auto-Submitted: auto-replied, "Re: <subject>" when
  responseSubject is empty, In-Reply-To / References).
- zimbra, pigeonhole (Dovecot), cyrus, sieve: as autoreply_variants.RESPONDERS.
- others: see SOURCES (weak where no product page gives the fields)."""

from __future__ import annotations

import email.header
import zlib

from tests.classifier.autoreply_variants import OOF_PREFIXES

SELLER = "seller@ourco.example"
SUBJECT = "Quote for Q3"
ORIG_ID = "<r34-q3@ourco.example>"

SOURCES = {
    "exchange": ("learn.microsoft.com 'Automatic replies (Out of Office)' / MS-OXCMAIL 2.1.3.2.20 "
                 "(X-Auto-Response-Suppress) and 2.2.3.2.1 (auto-replies carry Auto-Submitted); the localised "
                 "'Automatic reply:' prefixes as autoreply_variants.OOF_PREFIXES (HAND-MADE from Outlook's UI)"),
    "exchange2010": ("Exchange 2010 OOF as the corpus's rfc3834-02/04 show it: Subject prefix and "
                     "X-Auto-Response-Suppress: All, no Auto-Submitted (prefix per Outlook's localised UI, weak)"),
    "gmail": ("Gmail API users.settings.updateVacation (VacationSettings.responseSubject 'Optional text to prepend "
              "to the subject line'; empty -> 'Re: <subject>'); Google Help 'Send automatic replies' (answer 25922); "
              "Auto-Submitted: auto-replied as the fixtures/srv-vacation-gmail.eml Gmail wrote"),
    "zimbra": ("Zimbra server source (mailbox Notification.java: 'Auto-Submitted: auto-replied (zimbra; vacation)', "
               "Precedence: bulk), as autoreply_variants cites"),
    "pigeonhole": ("Dovecot Pigeonhole src/lib-sieve/plugins/vacation/cmd-vacation.c ('Auto-Submitted: auto-replied "
                   "(vacation)', 'Precedence: bulk', X-Sieve; default subject 'Auto: ' + the original's, RFC 5230 "
                   "section 4.5)"),
    "cyrus": "Cyrus imap imap/lmtp_sieve.c send_response ('Auto-Submitted: auto-replied (vacation)')",
    "zoho": ("(weak: Zoho Mail Help 'Vacation Reply' (zoho.com/mail/help/vacation-reply.html) documents the "
             "subject and text a user sets; Auto-Submitted: auto-replied as RFC 3834 asks, fields not documented)"),
    "domino_agent": ("IBM 'Lotus Notes Out of Office Agent, revisited: Part 1' (developerWorks ooo-pt1) and 'Guide to "
                     "the Notes/Domino Out of Office' (swg27006404): the agent's default subject '<name> is out of the "
                     "office' and 'I will be out of the office starting ... and will not return until ...'; no "
                     "RFC 3834 field on the pre-8 agent's mail (weak: fields as mail lists show them)"),
    "domino_service": ("HCL Domino 12 admin help 'Designating the Out of Office service type' (the router's Out of "
                       "Office service); Auto-Submitted: auto-replied and the localised 'ist außer Haus' subject "
                       "(weak: as list archives show Domino 8.5+ replies)"),
    "groupwise": ("(weak: Novell/Micro Focus GroupWise 'Vacation Rule' documentation, the Auto-Reply rule's user "
                  "subject; X-Mailer: GroupWise and Auto-Submitted: auto-replied as GroupWise 2014+ replies show)"),
    "icloud": ("Apple Support 'Set up an automatic reply in iCloud Mail' (support.apple.com guide icloud mm6b1a9479); "
               "(weak: its fields, Auto-Submitted: auto-replied and the 'Re:' subject, not documented)"),
    "yahoo": ("Yahoo Help SLN3468 'Set up a Vacation Response in Yahoo Mail'; (weak: its fields: Subject 'Auto "
              "Response' and X-Autoreply: yes as Yahoo's replies show)"),
    "vacation1": ("vacation(1) (FreeBSD usr.bin/vacation/vacation.c: sends ~/.vacation.msg with 'Precedence: bulk', "
                  "newer versions 'Auto-Submitted: auto-replied'; the manual's sample message 'Subject: I am on "
                  "vacation' / 'I am on vacation until July 22. Your mail regarding \"$SUBJECT\" will be read when I "
                  "return.')"),
    "procmail": ("procmailex(5) auto-reply recipe: '(formail -r -I\"Precedence: junk\" -A\"X-Loop: "
                 "yourname@your.main.mail.address\" ; echo \"Mail received.\") | $SENDMAIL -t' (Subject 'Re: ' from "
                 "formail -r)"),
}


def enc(text: str) -> str:
    """`text` as a Subject value, RFC 2047 words where it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return email.header.Header(text, "utf-8", maxlinelen=76, header_name="Subject").encode()


def mail(from_: str, subject: str, body: str, extra: str = "", *, to: str = SELLER, html: bool = False) -> bytes:
    """One text part, UTF-8, 8bit: the header block as written, then `body`."""
    ident = zlib.crc32((from_ + subject + body).encode())
    ctype = "text/html" if html else "text/plain"
    return (f"From: {from_}\nTo: {to}\nSubject: {enc(subject)}\nDate: Fri, 04 Dec 2026 10:15:02 +0100\n"
            f"Message-ID: <r34-{ident}@partner.example>\n{extra}MIME-Version: 1.0\n"
            f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n").encode()


_REPLY = f"In-Reply-To: {ORIG_ID}\nReferences: {ORIG_ID}\n"
EXTRA_PREFIXES = {
    "cs": "Automatická odpověď:", "tr": "Otomatik yanıt:", "da": "Automatisk svar:", "no": "Automatisk svar:",
    "fi": "Automaattinen vastaus:", "ko": "자동 회신:", "hu": "Automatikus válasz:", "ro": "Răspuns automat:",
    "el": "Αυτόματη απάντηση:", "uk": "Автоматична відповідь:", "en": "Automatic reply:",
}


def prefix(lang: str) -> str:
    return OOF_PREFIXES.get(lang) or EXTRA_PREFIXES[lang]


def responder(kind: str, who: str, lang: str, body: str, own_subject: str = "") -> bytes:
    """The auto-reply `kind` writes for mailbox `who` ("Name <addr>") with the away text `body`."""
    addr = who.split("<")[-1].rstrip(">")
    name = who.split("<")[0].strip()
    if kind == "exchange":
        return mail(who, f"{prefix(lang)} {SUBJECT}", body, "Auto-Submitted: auto-generated\n"
                    f"X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: {addr}\n"
                    f"Thread-Topic: {SUBJECT}\n" + _REPLY)
    if kind == "exchange2010":
        return mail(who, f"{prefix(lang)} {SUBJECT}", body, "X-Auto-Response-Suppress: All\n")
    if kind == "gmail":
        return mail(who, own_subject or f"Re: {SUBJECT}", body, "Auto-Submitted: auto-replied\n" + _REPLY)
    if kind == "zimbra":
        return mail(who, own_subject or "Out of Office", body,
                    "Auto-Submitted: auto-replied (zimbra; vacation)\nPrecedence: bulk\n" + _REPLY)
    if kind == "pigeonhole":
        return mail(who, own_subject or f"Auto: {SUBJECT}", body, "Auto-Submitted: auto-replied (vacation)\n"
                    "Precedence: bulk\nX-Sieve: Pigeonhole Sieve 0.5.21\n" + _REPLY)
    if kind == "cyrus":
        return mail(who, own_subject or f"Auto: {SUBJECT}", body, "Auto-Submitted: auto-replied (vacation)\n" + _REPLY)
    if kind == "zoho":
        return mail(who, own_subject or f"Re: {SUBJECT}", body, "Auto-Submitted: auto-replied\n" + _REPLY)
    if kind == "domino_agent":
        return mail(who, own_subject or f"{name} is out of the office.", body, "X-Mailer: Lotus Notes Release 7.0.2\n")
    if kind == "domino_service":
        return mail(who, own_subject or f"{name} is out of the office (returning 14.12.2026).", body,
                    "Auto-Submitted: auto-replied\nX-Mailer: IBM Notes Release 9.0.1FP10\n" + _REPLY)
    if kind == "groupwise":
        return mail(who, own_subject or f"Re: {SUBJECT}", body, "X-Mailer: GroupWise 18.4.1\n"
                    "Auto-Submitted: auto-replied\n" + _REPLY)
    if kind == "icloud":
        return mail(who, own_subject or f"Re: {SUBJECT}", body, "Auto-Submitted: auto-replied\n" + _REPLY)
    if kind == "yahoo":
        return mail(who, own_subject or "Auto Response", body, "X-Autoreply: yes\n" + _REPLY)
    if kind == "vacation1":
        return mail(who, own_subject or "I am on vacation", body, "Precedence: bulk\nAuto-Submitted: auto-replied\n")
    if kind == "procmail":
        return mail(who, f"Re: {SUBJECT}", body, f"Precedence: junk\nX-Loop: {addr}\n" + _REPLY)
    raise KeyError(kind)


def report(from_: str, subject: str, text: str, block: str, *, rtype: str = "delivery-status",
           part: str = "message/delivery-status", extra: str = "", original: str = "") -> bytes:
    """A multipart/report (RFC 6522): the human part, the machine part, the original's headers."""
    orig = original or f"From: Sam Seller <{SELLER}>\nSubject: {SUBJECT}\nMessage-ID: {ORIG_ID}\n"
    return (f"From: {from_}\nTo: {SELLER}\nSubject: {enc(subject)}\nDate: Fri, 04 Dec 2026 10:15:02 +0100\n{extra}"
            f'MIME-Version: 1.0\nContent-Type: multipart/report; report-type={rtype}; boundary="r34"\n\n'
            f"--r34\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n\n"
            f"--r34\nContent-Type: {part}\n\n{block}\n\n"
            f"--r34\nContent-Type: text/rfc822-headers\n\n{orig}\n--r34--\n").encode()
