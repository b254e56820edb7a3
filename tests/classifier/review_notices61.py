"""The sixty-first review: an ADVERSARIAL AUDIT of review 60's cut-reply rule (classifier/formats/dsn.py
_cut_reply, _rest_of_reply: a Diagnostic-Code field that holds only the first "<code>-" line(s) of a
multi-line reply is completed from the notice's own quote of it) and of sender_stage.py's Exim
"550-Response: " quote. The notices try to hand one recipient another's reply lines: two recipients
whose replies open alike, one address inside another ("ann@" in "joann@"), paragraphs with no blank
line between them, a quote that runs into the returned original, continuation lines of another code,
soft words inside a hard reply, transfer-encoded and CRLF text parts, '>'-quoted forwards, no quote
at all, Gmail's and Exchange Online's layouts, a 70-line reply, re-cased and re-wrapped text.

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written from the
server's words and shared/classifier/taxonomy.md (section 4: userunknown hard, mailboxfull and every
policy reason soft) BEFORE the classifier ran. All notices HAND-MADE in the cited layouts;
test_review_notices61.py runs them."""

from __future__ import annotations

import base64
import quopri

from tests.classifier.notices import LEAD, exchange_own, gmail_own

SELLER = "seller@example.com"
ANN, JOANN, BOB = "ann@example.org", "joann@example.org", "bob@example.org"
_EXIM = ("Exim src/deliver.c send_bounce_message: 'The following address(es) failed:', each address on a line "
         "of its own, the remote reply's lines indented below it ('SMTP error from remote mail server after "
         "RCPT TO:<a>:'), each entry's last line ended by one newline, no blank line ('End the final line for "
         "the address'); the DSN's Diagnostic-Code holding the reply's first line only (RFC 5322 2.2.3: "
         "the lines below it unfolded)")
_PF = ("Postfix bounce(8) layout (src/bounce/bounce_notify_util.c: a blank line, then '<rcpt>: host x[ip] said: "
       "<reply>' per recipient), the reply's lines kept one a line, the Diagnostic-Code cut after its first")
_RFC5321 = "RFC 5321 4.2.1 (a multi-line reply: '<code>-' lines, the last '<code> <text>')"
_GMAIL = "Gmail's own DSN (shared/api/gmail.md section 9), 'The response was:' then the reply"
_EXO = ("Exchange Online NDR anatomy ('Email non-delivery reports and SMTP errors in Exchange Online'): "
        "'Remote Server returned' in the diagnostic information for administrators")

UNKNOWN = ["550-Mailbox unavailable", "550 5.1.1 No such user here"]
FULL = ["550-Mailbox unavailable", "550 5.2.2 Mailbox full, quota exceeded"]


def hard(address: str = LEAD) -> tuple:
    return (address, True, ("userunknown",), "recipient", False)


def full(address: str = LEAD) -> tuple:
    return (address, False, ("mailboxfull",), "recipient", False)


def _report(name: str, text: str, blocks: list[tuple[str, str, str]], *, original: str = "", nl: str = "\n",
            cte: str = "", ctype: str = "text/plain; charset=us-ascii") -> bytes:
    """A multipart/report (RFC 3462/3464): `text` the human-readable part, one block per (address,
    status, first reply line), the returned original's headers (or `original`, a message/rfc822)."""
    fields = "".join(f"Final-Recipient: rfc822; {a}\nAction: failed\nStatus: {s}\nRemote-MTA: dns; mx.example.org\n"
                     f"Diagnostic-Code: smtp; {d}\n\n" for a, s, d in blocks)
    tail = (f"Content-Type: message/rfc822\n\n{original}" if original else
            f"Content-Type: text/rfc822-headers\n\nFrom: {SELLER}\nTo: {', '.join(a for a, _, _ in blocks)}\n"
            f"Subject: Quick question\nMessage-ID: <r61-{name}@example.com>\n")
    head = f"Content-Transfer-Encoding: {cte}\n" if cte else ""
    raw = ("From: Mail Delivery System <Mailer-Daemon@mail.example.com>\nTo: seller@example.com\n"
           "Subject: Mail delivery failed: returning message to sender\nAuto-Submitted: auto-replied\n"
           f"Message-Id: <r61-{name}@mail.example.com>\nX-Hand-Made: yes (review 61)\nMIME-Version: 1.0\n"
           'Content-Type: multipart/report; report-type=delivery-status; boundary="R61"\n\n'
           f"--R61\nContent-Type: {ctype}\n{head}\n{text}\n"
           "--R61\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n"
           f"{fields}--R61\n{tail}\n--R61--\n")
    return raw.replace("\n", nl).encode()


def exim_text(entries: list[tuple[str, list[str]]], gap: str = "") -> str:
    """Exim's bounce text: each failed address, then its reply's lines indented (`gap` between entries)."""
    out = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n")
    for address, lines in entries:
        out += (f"  {address}\n    host mx.example.org [192.0.2.7]\n"
                f"    SMTP error from remote mail server after RCPT TO:<{address}>:\n"
                + "".join(f"    {line}\n" for line in lines) + gap)
    return out


def exim(name: str, entries: list[tuple[str, list[str], str]], gap: str = "", **kw) -> bytes:
    return _report(name, exim_text([(a, lines) for a, lines, _ in entries], gap),
                   [(a, s, lines[0]) for a, lines, s in entries], **kw)


def postfix(name: str, entries: list[tuple[str, list[str], str]], **kw) -> bytes:
    text = ("This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your "
            "message could not\nbe delivered to one or more recipients.\n\n")
    for address, lines, _ in entries:
        text += f"<{address}>: host mx.example.org[192.0.2.7] said: " + "\n    ".join(lines) + \
            " (in reply to RCPT TO command)\n\n"
    return _report(name, text, [(a, s, lines[0]) for a, lines, s in entries], **kw)


LONG = ["550-Message rejected by the recipient's mail system"] + \
    [f"550-Line {n:02d} of the site policy text, see https://example.org/policy#{n}" for n in range(68)] + \
    ["550 5.1.1 No such user here"]
CALLOUT = [f"550-Verification failed for <{SELLER}>", "550-Called:   192.0.2.9",
           f"550-Sent:     RCPT TO:<{SELLER}>",
           f"550-Response: 550 5.1.1 <{SELLER}>: Recipient address rejected: User unknown",
           "550 Sender verify failed"]
ORIGINAL = (f"From: {SELLER}\nTo: {LEAD}\nSubject: Quick question\nMessage-ID: <r61-orig@example.com>\n\n"
            "550-Mailbox unavailable\n550 4.2.2 Your quota note from last week, quoted by the seller\n")

ROWS: list[tuple] = [
    # Two recipients, the same first line, different last lines: each its own.
    ("exim-alike-gap", _EXIM + "; a blank line between the entries", exim(
        "alike-gap", [(ANN, UNKNOWN, "5.0.0"), (BOB, FULL, "5.0.0")], gap="\n"), [hard(ANN), full(BOB)]),
    ("exim-alike-nogap", _EXIM + "; no blank line between the entries", exim(
        "alike-nogap", [(ANN, UNKNOWN, "5.0.0"), (BOB, FULL, "5.0.0")]), [hard(ANN), full(BOB)]),
    ("exim-alike-nogap-reversed", _EXIM + "; the full mailbox first", exim(
        "alike-rev", [(BOB, FULL, "5.0.0"), (ANN, UNKNOWN, "5.0.0")]), [full(BOB), hard(ANN)]),
    # "ann@example.org" is inside "joann@example.org", whose paragraph comes first.
    ("postfix-inner-address", _PF + "; one address the tail of another", postfix(
        "inner", [(JOANN, FULL, "5.0.0"), (ANN, UNKNOWN, "5.0.0")]), [full(JOANN), hard(ANN)]),
    ("exim-inner-address-nogap", _EXIM + "; one address the tail of another", exim(
        "inner-nogap", [(JOANN, FULL, "5.0.0"), (ANN, UNKNOWN, "5.0.0")]), [full(JOANN), hard(ANN)]),
    # A third recipient whose reply never opens alike: the second's lines must not run into it.
    ("exim-three", _EXIM + "; three entries", exim("three", [
        (ANN, UNKNOWN, "5.0.0"), (BOB, FULL, "5.0.0"),
        (JOANN, ["550 5.1.1 No such user here"], "5.1.1")]), [hard(ANN), full(BOB), hard(JOANN)]),
    # The text part ends on the reply; the returned original (message/rfc822) quotes a 4xx line below.
    ("exim-original-below", _EXIM + "; RFC 3462 message/rfc822 returned original", exim(
        "orig", [(LEAD, UNKNOWN, "5.0.0")], original=ORIGINAL), [hard()]),
    # Continuation lines of another code are no part of this reply.
    ("exim-other-code-below", _RFC5321 + "; " + _EXIM, exim(
        "othercode", [(LEAD, ["550-Mailbox unavailable", "452 4.2.2 Mailbox full, quota exceeded"], "5.1.1")]),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    # Soft words inside a hard reply's middle: the last line says the mailbox does not exist.
    ("exim-soft-inside", _RFC5321 + "; " + _EXIM, exim("softin", [(LEAD, [
        "550-Requested action not taken", "550-(an earlier 452 4.2.2 over quota notice was sent to this address)",
        "550 5.1.1 No such user here"], "5.0.0")]), [hard()]),
    # Transfer encodings and line ends of the text part.
    ("exim-crlf", _EXIM + "; RFC 5322 CRLF line ends", exim(
        "crlf", [(ANN, UNKNOWN, "5.0.0"), (BOB, FULL, "5.0.0")], nl="\r\n"), [hard(ANN), full(BOB)]),
    ("exim-callout-crlf", _EXIM + "; Exim 'Callout verification' reply lines, CRLF", exim(
        "callout-crlf", [(LEAD, CALLOUT, "5.0.0")], nl="\r\n"), [(LEAD, False, ("rejected",), "sender", False)]),
    # No human-readable quote: the field's first line is all there is (no cause named: any reason, soft).
    ("no-quote", _RFC5321 + "; RFC 3464 report whose text part quotes nothing", _report(
        "noquote", "Your message could not be delivered.\n", [(LEAD, "5.0.0", "550-Mailbox unavailable")]),
     [(LEAD, False, (), "", False)]),
    # A 70-line reply, the cause on its last line.
    ("exim-long", _EXIM + "; " + _RFC5321, exim("long", [(LEAD, LONG, "5.0.0")]), [hard()]),
    # Gmail's and Exchange Online's own layouts.
    ("gmail-alike-full", _GMAIL, gmail_own(FULL[0], status="5.0.0", heading="Message not delivered",
     body=f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
          "The response was:\n\n" + "\n".join(FULL), remote="mx.example.org"), [full()]),
    ("exchange-quote", _EXO, exchange_own(UNKNOWN[0], status="5.0.0", remote="mx.example.org",
     body=f"Delivery has failed to these recipients or groups:\n\n{LEAD}\nThe recipient's mailbox is unavailable.\n\n"
          + "\n".join(UNKNOWN)), [hard()]),
]


def _qp(row: bytes) -> bytes:
    head, sep, rest = row.partition(b"Content-Type: text/plain; charset=us-ascii\n\n")
    text, sep2, tail = rest.partition(b"\n--R61")
    return head + b"Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: quoted-printable\n\n" + \
        quopri.encodestring(text) + sep2 + tail


def _b64(row: bytes) -> bytes:
    head, sep, rest = row.partition(b"Content-Type: text/plain; charset=us-ascii\n\n")
    text, sep2, tail = rest.partition(b"\n--R61")
    return head + b"Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: base64\n\n" + \
        base64.encodebytes(text) + sep2 + tail


_BASE = {r[0]: r for r in ROWS}
ROWS += [
    ("exim-alike-nogap-qp", _EXIM + "; RFC 2045 6.7 quoted-printable text part",
     _qp(_BASE["exim-alike-nogap"][2]), [hard(ANN), full(BOB)]),
    ("exim-alike-nogap-b64", _EXIM + "; RFC 2045 6.8 base64 text part",
     _b64(_BASE["exim-alike-nogap"][2]), [hard(ANN), full(BOB)]),
    ("exim-recased", _EXIM + "; the text part upper-cased by a gateway", exim(
        "recased", [(ANN, UNKNOWN, "5.0.0"), (BOB, FULL, "5.0.0")]).replace(
        b"550 5.1.1 No such user here", b"550 5.1.1 NO SUCH USER HERE").replace(
        b"    550 5.2.2 Mailbox full", b"    550 5.2.2 MAILBOX FULL"), [hard(ANN), full(BOB)]),
    ("exim-rewrapped", _EXIM + "; the reply's lines joined and re-wrapped at 30 columns", _report(
        "rewrap", exim_text([(LEAD, ["550-Mailbox unavailable", "550-Requested action not taken: mailbox",
                                     "550 5.1.1 No such user here"])]).replace(
            "    550-Requested action not taken: mailbox\n    550 5.1.1 No such user here",
            "    550-Requested action not\n    taken: mailbox 550 5.1.1 No\n    such user here"),
        [(LEAD, "5.0.0", "550-Mailbox unavailable")]), [hard()]),
]


def _quoted(row: bytes) -> bytes:
    """The text part '> '-quoted line by line (RFC 3676 4.5), as a gateway that forwards the report keeps it."""
    head, sep, rest = row.partition(b"Content-Type: text/plain; charset=us-ascii\n\n")
    text, sep2, tail = rest.partition(b"\n--R61")
    return head + sep + b"".join(b"> " + line + b"\n" for line in text.split(b"\n")) + sep2 + tail


def _display(name: str, entries: list[tuple[str, str, list[str]]]) -> bytes:
    """Exchange's user text naming recipients by display name only, each reply quoted below it."""
    text = "Delivery has failed to these recipients or groups:\n\n" + "".join(
        f"{shown}\nThe recipient's server returned:\n" + "\n".join(lines) + "\n\n" for shown, _, lines in entries)
    return _report(name, text, [(a, "5.0.0", lines[0]) for _, a, lines in entries])


_EXO_NAMES = _EXO + "; the user text names recipients by display name only (review 50's Exchange rows)"
ROWS += [
    ("exim-alike-quoted", _EXIM + "; the text part '> '-quoted (RFC 3676 4.5)",
     _quoted(_BASE["exim-alike-nogap"][2]), [hard(ANN), full(BOB)]),
    # The first recipient's entry quotes no reply; the second's opens alike: none of it is the first's.
    ("exim-first-unquoted", _EXIM + "; the first entry's reply lost", _report("unq", exim_text(
        [(ANN, ["(the remote server's reply was not recorded)"]), (BOB, FULL)]),
        [(ANN, "5.1.1", UNKNOWN[0]), (BOB, "5.0.0", FULL[0])]), [hard(ANN), full(BOB)]),
    # Recipients unnamed in the text: whose quote is whose cannot be told from the words.
    ("exchange-display-names", _EXO_NAMES, _display(
        "display", [("Ann Example", ANN, UNKNOWN), ("Bob Example", BOB, FULL)]), [hard(ANN), full(BOB)]),
    ("exchange-display-name-one", _EXO_NAMES + "; one recipient", _display(
        "display1", [("Ann Example", ANN, UNKNOWN)]), [hard(ANN)]),
]

# sender_stage.py's "550-Response: ": the callout's quoted answer from the sender's own server (here a
# blocklist refusal of the verifying host) is no cause of ours beyond "the sender refused" (rejected).
ROWS += [
    ("exim-callout-listed-answer", _EXIM + "; Exim 'Callout verification' reply lines; Spamhaus ZEN listing "
     "wording in the quoted answer", exim("callout-listed", [(LEAD, [
         f"550-Verification failed for <{SELLER}>", "550-Called:   192.0.2.9", f"550-Sent:     RCPT TO:<{SELLER}>",
         "550-Response: 554 5.7.1 Service unavailable; Client host [198.51.100.4] blocked using zen.spamhaus.org",
         "550 Sender verify failed"], "5.0.0")]), [(LEAD, False, ("rejected", "blocked"), "sender", False)]),
]
