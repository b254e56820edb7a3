"""A bounce that carries another bounce: the notice names no recipient, the report is inside.

Mail gateways and security appliances (Trend Micro InterScan's "TMMSG" wrapper, forwarding
relays, fetchmail set-ups that re-deliver a notice) sometimes wrap a delivery report they
received in a bounce of their own: their text keeps only the headline ("The following
addresses had permanent delivery errors", with an empty list) and the real report, with its
Final-Recipient, status and diagnostic, is the attached message/rfc822. sisimai reads its
"X5" samples so, by picking the second message/rfc822 part.

This module only finds the inner report; `engine.classify` classifies it instead of the
wrapper (so its original Message-ID, reporters and providers are read from the inner
message). It never fires when the wrapper itself names a failed recipient: a bounce that
could not be returned to its sender names that sender, and is read as a bounce of its own.

A person's forward of a notice ("Fwd: Returned mail", the notice quoted below a mail client's
"Begin forwarded message:" / "---------- Forwarded message ---------" / "-----Original
Message-----" line, or below a bare header block where the client draws a border instead, as
Outlook's HTML forward does; in the clients' languages: classifier/forward_marks.py) is the same
case in plain text: when the forwarded header block names a mail daemon as its sender, that block
and the quoted notice under it are the report. A
forwarded *original* (a person's own mail) or a reply that only quotes a bounce's sentences
has no such block and stays ordinary mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from email.message import Message

from classifier import forward_marks
from classifier.fields import encoded_text, source_bytes
from classifier.formats import Fact, dsn, lone, recipients
from classifier.hints import BOUNCE_SUBJECT, DAEMON_FROM, REPLY_PREFIX, looks_like_bounce
from classifier.parse import MAX_BYTES, Mail, content_type, message_from_text, payload_of
from classifier.text import address_pairs

NAME = "nested"
HINTS = ()
# A report in a report in a report is already unusual; deeper nesting is not followed. (A person's
# forward of a notice attached whole to another forward of a forward is three deep.)
MAX_DEPTH = 3


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    """Facts are read from the inner message by the engine (see `inner_report`)."""
    return None


def _is_report(message: Message) -> bool:
    """Is the attached message itself a delivery report (not the sender's own mail)?"""
    ctype = content_type(message)
    if ctype == "multipart/report":
        rtype = str(message.get_param("report-type", "") or "").lower()
        return rtype in ("delivery-status", "global-delivery-status", "")
    return bool(message.get("x-failed-recipients"))


def _names_a_recipient(mail: Mail) -> bool:
    """Does the wrapper's own notice (or its DSN part) name a failed recipient?"""
    if dsn.recipient_blocks(mail.dsn_blocks):
        return True
    # Any address in a failed-recipient shape counts, even the bounce's own (prose believes
    # those too): nesting is the exception, taken only when the wrapper names nobody.
    lines = mail.notice.split("\n")[:600]
    return any(not lone.is_daemon(a) for a, _, _ in recipients.candidates(mail, lines))


def inner_report(mail: Mail) -> bytes | None:
    """The attached delivery report's bytes, when `mail` is only a wrapper around it (or a
    person's forward of a notice: `forwarded_notice`)."""
    attached = [p.message for p in mail.parts if p.content_type in ("message/rfc822", "message/global")]
    # A person's forward ("Fwd:", "FW:") of a delivery report attached whole is that report; of
    # anything else (their own mail), ordinary mail.
    forward = not looks_like_bounce(mail) and bool(REPLY_PREFIX.match(mail.subject))
    if not attached or not (forward or looks_like_bounce(mail)):
        return forwarded_notice(mail)
    payload = payload_of(attached[0])
    decoded = encoded_text(attached[0], payload)  # (an inbox rule's forward of an 8-bit notice: review formats57)
    if decoded is not None:
        inner = message_from_text(decoded)
    elif isinstance(payload, list) and payload and isinstance(payload[0], Message):
        inner = payload[0]
    else:
        return None
    if not forward and (not _is_report(inner) or _names_a_recipient(mail)):
        return None
    raw = decoded.encode("utf-8", "surrogateescape") if decoded is not None else source_bytes(attached[0])
    if raw is None:
        try:
            raw = inner.as_bytes()
        except Exception:  # a part the generator cannot write back (broken charset): not worth more
            return None
    if forward and not (_is_report(inner) or _forwarded_notice_attached(inner, raw)):
        return None
    return raw[:MAX_BYTES]


def _addresses(*values: str) -> set[str]:
    return {a.lower() for _, a in address_pairs(list(values)) if "@" in a}


def passed_on(mail: Mail, inner: bytes, failed: list[str]) -> bool:
    """Is the forwarded notice (`inner`, failing `failed`) the forwarder's own internal failure, passed on? It went to
    the forwarder themself (every address its To names is theirs, or of their domain), it fails only addresses of
    their own domain (mail within their organisation), and they write to another organisation (some address of the
    outer To is outside their domain; a Cc of their colleagues aside): a prospect replying "I forwarded your note to
    our CFO and got this back" passes on a failure of their own mail to a colleague, which we never sent (review
    nonbounce46, a false hard of the colleague). A colleague of the mailbox forwarding within the organisation (every
    To address of the forwarder's domain), a notice addressed elsewhere (to us) or without a To, and a failure of an
    address outside the forwarder's domain are read as before.
    Audit 47: a To of display names alone (Outlook's forward of directory-resolved addresses: "To: Lena Lead", "To:
    Lead, Lena") is their organisation's (our own colleague's such forward still fails an address outside it); the outer Cc counts with its To ("Kim" To, us Cc'd: another
    organisation all the same); a public mail provider's domain (gmail.com) is nobody's organisation: our seller on
    gmail.com forwarding our bounce of a lead on gmail.com passes on a failure of ours (false hards, a lost bounce).
    Audit 48: names the outer To / Cc give an address outside (our seller's) are theirs, unless the forwarder's own
    name is among them; a provider's national domains (yahoo.co.uk, hotmail.fr) are public too (lost bounces).
    Audit 49: only a person's full name (two words or more: a role's "Accounts" is on both sides) given an address
    on no public domain (a From without its name, the prospect's own private copy Cc'd under it) counts so; verizon.com
    and comcast.com are companies' own domains (false hards); interia.pl, mail.com and their like public (lost
    bounces). Audit 50: `_named_in`'s titled names and initials. Audit 51: the outer Cc's names count only beside a To
    of no other outside domain; an initial and a surname is a person's name."""
    forwarder = _addresses(mail.header("from"))
    domains = {a.rsplit("@", 1)[1] for a in forwarder}
    org = {d for d in domains if not _public(d)}
    head = inner[:20_000].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("utf-8", "replace")
    notice_to = " ".join(m.group(1) for m in _TO_LINE.finditer(head))
    went_to, to = _addresses(notice_to), _addresses(mail.header("to"), mail.header("cc"))
    if not went_to and notice_to.strip():
        # names alone, no address: their own directory's (the failed domain still decides), unless the names are
        # those the outer mail gives an address ("To: Sam Seller" above, "Sam Seller <seller@us>" the forward's To:
        # the prospect's IT returning OUR bounce, audit 48's lost bounce)
        # (never where the forwarder's own name is one of them: role mailboxes "Info" on both sides, a false hard)
        # (audit 51: the outer Cc's names only where the To writes to no one outside but on the named address's
        # domain: "To: Sam Seller, Cc: Elena Lead <her private copy>" is the prospect's own NDR whatever name her From
        # gives, 'Елена Лид' or 'Liz Lead'; "To: our seller's manager, Cc: Sam Seller" is ours returned)
        outside = {a.rsplit("@", 1)[1] for a in _addresses(mail.header("to"))} - domains
        named = _named_in(notice_to, mail.header("to")) or {
            a for a in _named_in(notice_to, mail.header("cc")) if outside <= {a.rsplit("@", 1)[1]}}
        went_to = (not _named_in(notice_to, mail.header("from"), own=True) and named) or set(forwarder)
    if not org or not went_to or not failed or all(a.rsplit("@", 1)[1] in domains for a in to):
        return False
    return all(a in forwarder or a.rsplit("@", 1)[1] in org for a in went_to) \
        and all(a.lower().rsplit("@", 1)[-1] in org for a in failed)


def _named_in(names: str, *values: str, own: bool = False) -> set[str]:
    """The addresses the header `values` give to the display names of `names` ("Sam Seller; Lead, Lena": Outlook's
    separator is the semicolon, the words in any order). Audit 50: a person's name may carry a title or a team ("Sam
    Seller | Example Sales": two words or more besides the role's, lost bounces); initials aside ("Lena M. Lead");
    the forwarder's `own` name may be the shorter or the longer ("Lena Maria Lead": a false hard)."""
    wanted = {words for n in names.split(";") if len(person := (words := _words(n)) - _ROLE_WORDS) > 1
              or person and _INITIAL.search(n)}
    return {a.lower() for n, a in address_pairs(list(values))
            if "@" in a and not _public(a.rsplit("@", 1)[1].lower())
            and any(w == (got := _words(n)) or own and len(got) > 1 and (w <= got or got <= w) for w in wanted)}


# (Audit 51: an initial and a surname, "S. Seller", is a person's name too, no role's: a lost bounce.)
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.")


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[^\W\d_]+", name.lower()) if len(w) > 1 or not w.isascii())


# (Audit 49: a shared mailbox's name, on both sides alike: "Accounts Payable", "Sales Team", "Customer Service".)
_ROLE_WORDS = frozenset(("accounts", "account", "payable", "receivable", "billing", "invoices", "sales", "support",
                         "info", "office", "admin", "finance", "marketing", "team", "service", "services", "desk",
                         "helpdesk", "reception", "contact", "enquiries", "inquiries", "orders", "purchasing",
                         "procurement", "hr", "it", "mailbox", "noreply", "postmaster"))


# Public mail providers' domains: their users share no organisation. (Audit 48: and the providers' national domains,
# "yahoo.co.uk", "hotmail.fr", "outlook.de": a brand before a country's or a generic ending, lost bounces.)
_PUBLIC = frozenset((
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
    "aol.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "zoho.com", "gmx.com", "gmx.net",
    "gmx.de", "web.de", "t-online.de", "mail.ru", "yandex.ru", "yandex.com", "qq.com", "163.com", "126.com",
    "naver.com", "daum.net", "free.fr", "orange.fr", "laposte.net", "libero.it", "wp.pl", "o2.pl", "seznam.cz",
    # (Audit 49: consumer mail alone; "verizon.com", "comcast.com" are the companies' own, their users' ".net".)
    "verizon.net", "comcast.net", "mail.com", "email.com", "interia.pl", "onet.pl", "op.pl", "email.cz", "centrum.cz",
    "freemail.hu", "citromail.hu", "abv.bg", "inbox.lv", "rambler.ru", "list.ru", "bk.ru", "inbox.ru", "virgilio.it",
    "tiscali.it", "alice.it", "sfr.fr", "bluewin.ch", "telenet.be", "skynet.be", "ziggo.nl", "hanmail.net", "nate.com",
    "uol.com.br", "bol.com.br", "fastmail.com", "tutanota.com", "tuta.io", "pm.me", "att.net", "sbcglobal.net",
    "cox.net", "earthlink.net", "shaw.ca", "optusnet.com.au", "ntlworld.com", "talktalk.net",
    # (Audit 50: China's, Russia's and Ukraine's consumer mail; a brand's ".net.au" below: lost bounces.)
    "foxmail.com", "sina.com", "sina.cn", "sohu.com", "yeah.net", "139.com", "ya.ru", "ukr.net",
    # (Audit 51: Portugal's SAPO, Alibaba's Aliyun Mail, Germany's Posteo, mailbox.org, freenet and Arcor: lost bounces.)
    "sapo.pt", "aliyun.com", "posteo.de", "mailbox.org", "freenet.de", "arcor.de"))
_PUBLIC_BRAND = re.compile(r"(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|rocketmail|aol|icloud|gmx|"
                           r"yandex|protonmail|zoho|btinternet|bigpond|rediffmail|wanadoo|libero)"
                           r"\.(?:(?:com?|net)\.)?[a-z]{2,3}")


def _public(domain: str) -> bool:
    return domain in _PUBLIC or _PUBLIC_BRAND.fullmatch(domain) is not None


_TO_LINE = re.compile(r"(?im)^to:[ \t]*(.*(?:\n[ \t]+.*)*)")


def _forwarded_notice_attached(inner: Message, raw: bytes) -> bool:
    """A person's forward attaches whatever notice they got, and most are no delivery-status
    report: plain-text and multipart/mixed notices (qmail, Exim, Exchange, appliances), a
    Sieve refusal's MDN (formats/mdn), another person's forward of a notice. The attached
    message is that notice when it would be read as one on its own: it announces itself as a
    delivery failure (`looks_like_bounce`), holds a delivery-status part naming a recipient,
    or is itself a wrapper or forward of one. An ARF complaint is no delivery report."""
    if content_type(inner) == "multipart/report":
        return str(inner.get_param("report-type", "") or "").lower() != "feedback-report"
    attached = Mail(raw[:MAX_BYTES])
    return looks_like_bounce(attached) or bool(dsn.recipient_blocks(attached.dsn_blocks)) \
        or inner_report(attached) is not None


# The line mail clients write above a forwarded message: forward_marks.MARK_LINE.
# One "Label: value" line of a forwarded header block; a client's bold rendering may star the
# label ("*Von:*"), French puts a space before the colon ("De :").
_QUOTED_FIELD = re.compile(r"^[ \t]{0,4}>?[ \t]?\*?([^\W\d_][^:\n]{0,29}?)[ \t]?\*?:\*?[ \t]?(.{0,500})$")
_LABELS = {label: name for name, labels in forward_marks.FIELD_LABELS.items() for label in labels}
# A header block with no mark line above it (Outlook's HTML forward draws a border instead, new
# Outlook writes nothing) starts with its From label.
_BARE_FROM = re.compile(
    r"(?im)^[ \t]{0,4}>?[ \t]?\*?(?:" + "|".join(map(re.escape, forward_marks.FIELD_LABELS["from"]))
    + r")[ \t]?\*?:\*?[ \t]")
# A forward holds a few header blocks; a text with hundreds of From lines (a pasted mailbox) is
# not searched past this many.
_MAX_BARE = 64


def _unquote(line: str) -> str:
    """One level of "> " quoting off a forwarded line (">>>> DATA" -> ">>> DATA")."""
    if line.startswith("> "):
        return line[2:]
    return line[1:] if line.startswith(">") else line


def _field(line: str) -> tuple[str, str] | None:
    """(header name, value) of a forwarded header line in any of forward_marks' labels."""
    m = _QUOTED_FIELD.match(line)
    name = _LABELS.get(m.group(1).strip().strip("*").lower()) if m else None
    return (name, m.group(2).strip()) if m and name else None


def _header_block(lines: list[str]) -> tuple[list[tuple[str, str]], int]:
    """The forwarded header fields at the top of `lines` and how many lines they take. Blank
    lines between fields are skipped: an HTML forward rendered as text (Thunderbird's header
    table, Apple Mail's one div per field) leaves them."""
    fields: list[tuple[str, str]] = []
    used = 0
    wrapped = 0  # lines the last field ran on to, unbroken by a blank
    for i, line in enumerate(lines[:24]):
        if not line.strip():
            wrapped = -1
            continue
        found = _field(line)
        if found is None and fields and 0 <= wrapped < 2 and used == i:
            # A long field broken by the client's line width ("Von: Microsoft Outlook" then
            # "[mailto:postmaster@...]" at 60 columns): the value runs on, up to the blank line
            # that always ends a client's header block.
            name, value = fields[-1]
            fields[-1] = (name, f"{value} {line.strip()}")
            wrapped += 1
            used = i + 1
            continue
        if found is None or len(fields) == 12:
            break
        fields.append(found)
        wrapped = 0
        used = i + 1
    return fields, used


def _block_after(text: str, end: int) -> tuple[list[str], list[tuple[str, str]], int, int]:
    """The lines after a mark ending at `end`, the header fields at their top, how many lines
    those take and where in `text` they end."""
    rest = text[end:]
    skipped = len(rest) - len(rest.lstrip("\n"))
    lines = rest[skipped:].split("\n")
    fields, used = _header_block(lines)
    return lines, fields, used, end + skipped + sum(len(line) + 1 for line in lines[:used])


def _opens_paragraph(text: str, at: int) -> bool:
    """Is the line at `at` the first of a paragraph (after a blank or quote-only line)? A client's
    header block stands apart; a pasted raw header section (a challenge's or a notice's copy of the
    original's headers) runs on from its Return-Path or Received lines."""
    if at == 0:
        return True
    previous = text[max(0, at - 300):at - 1].rsplit("\n", 1)[-1]
    return not previous.strip(" \t>")


def _starts(text: str, bare: bool = True) -> list[tuple[int, int]]:
    """Where each forwarded message begins and where its mark ends (its start, for a bare header
    block). A bare block counts when it opens a paragraph, holds enough known fields, a date among
    them (Outlook writes its Sent line always), and is no marked block's own."""
    marks = [(m.start(), m.end()) for m in forward_marks.MARK_LINE.finditer(text)]
    if not bare:
        return marks
    own = [(end, _block_after(text, end)[3]) for _, end in marks]
    found = []
    for m in islice(_BARE_FROM.finditer(text), _MAX_BARE):
        if any(lo <= m.start() < hi for lo, hi in own) or not _opens_paragraph(text, m.start()):
            continue
        names = {name for name, _ in _header_block(text[m.start():m.start() + 4000].split("\n"))[0]}
        if names & {"date", "sent"} and len(names - {"cc", "reply-to"}) >= forward_marks.BARE_BLOCK_FIELDS:
            found.append((m.start(), m.start()))
    return sorted(marks + found)


def _forwards(text: str, bare: bool = True) -> Iterator[tuple[int, list[tuple[str, str]], list[str]]]:
    """Each forwarded message in `text`: where its mark starts, its header fields (name, value)
    and the lines below them, unquoted only where the client quoted the forward (its mark or its
    fields begin with ">", or every line of it does). A forward pasted as it was (Gmail's,
    Outlook's, Thunderbird's, Apple Mail's inline forwards) keeps its lines whole: Sendmail's
    transcript line ">>> RCPT To:<a@b>" is no quote, and without its ">>>" the failing reply
    "<<< 550 ... User unknown" loses its RCPT stage (a false soft of a forwarded bounce)."""
    text = text[:100_000]
    for start, end in _starts(text, bare):
        lines, fields, used, _ = _block_after(text, end)
        body = lines[used:]
        quoted = text[start:end].lstrip(" \t").startswith(">") or lines[0].lstrip(" \t").startswith(">") \
            or all(line.startswith(">") for line in body if line.strip())
        yield start, fields, [_unquote(line) for line in body] if quoted else body


def forwarded_sender(text: str) -> tuple[int, str] | None:
    """Where the first forwarded message in `text` starts and its From field, when a person's
    client pasted one there (its mark and header block); None when there is none. Only a marked
    forward counts: a challenge quotes the original's headers bare, and they name our sender."""
    for start, fields, _ in _forwards(text, bare=False):
        sender = dict(fields).get("from")
        if sender:
            return start, sender
    return None


def forwarded_notice(mail: Mail) -> bytes | None:
    """A notice a person forwarded, rebuilt as the message it was: its forwarded header block
    (From a mail daemon, or a bounce Subject from any sender) and the unquoted text below."""
    if not REPLY_PREFIX.match(mail.subject) or "@" in mail.from_ and DAEMON_FROM.search(mail.from_):
        return None
    for _, fields, lines in _forwards(mail.text[:200_000]):
        names = dict(fields)
        sender, subject = names.get("from", ""), names.get("subject", "")
        if not (DAEMON_FROM.search(sender) or (sender and BOUNCE_SUBJECT.search(subject))):
            continue
        head = "".join(f"{'Date' if k == 'sent' else k.title()}: {v}\n" for k, v in fields if v)
        body = "\n".join(lines)
        return (head + "\n" + body.lstrip(">\n ")).encode("utf-8", "surrogateescape")[:MAX_BYTES]
    return None
