"""Where a message came from, as its headers say: pure data for the planner's trust rules
(sync/planner/trust.py decides; nothing is judged here).

- the Received chain (each hop's "from" names and IP, and its "by" host), newest first;
- the results of Authentication-Results headers (method, result, domain), each with its
  header's authserv-id and place (0: the topmost, written by the last server to receive it);
- the From address;
- for ordinary mail (`reply_origin`), what it answers: In-Reply-To, then References newest
  first (pointers the worker looks up in the mailbox's sent mail);
- the address each failed recipient was originally sent to, where the bounce says
  (a DSN's Original-Recipient beside its Final-Recipient; the returned copy's X-Original-To;
  Exim's "(generated from alias)" under an address its redirection made, Sendmail's
  "(expanded from: alias)").

Header parsing only, capped, and never raising: the classifier is hot and faces hostile mail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message
from typing import TYPE_CHECKING

from classifier.frozen import quick_init
from classifier.text import address_in

if TYPE_CHECKING:  # classifier/records.py imports this module: no runtime import back
    from classifier.parse import Mail

__all__ = ["Hop", "AuthResult", "Origin", "origin_of", "reply_origin"]

_MAX_HOPS = 40  # a longer chain is a loop or an attack; the first hops are the ones we wrote
_MAX_TEXT = 2_000  # characters of one header read
_FROM = re.compile(r"(?i)\bfrom\s+(\S+)(?:\s+\(([^)]*)\))?")
_BY = re.compile(r"(?i)\bby\s+([^\s;()]+)")
# The name in the parentheses, one full stop that ends it dropped (`_hops`): greedy, not the lazy
# `([A-Za-z0-9.-]+?)\.?`, which tried the rest of the pattern after each character (the same names).
_PAREN_NAME = re.compile(r"\s*([A-Za-z0-9.-]+)\s*(?:\[|\(|$)")
_IP = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]")
_AUTH = re.compile(r"(?i)\b(dkim|spf|dmarc)\s*=\s*([a-z]+)([^;]*)")
_AUTH_DOMAIN = re.compile(r"(?i)\b(?:header\.d|header\.i|smtp\.mailfrom|header\.from)\s*=\s*@?([^\s;]+)")
_AUTHSERV = re.compile(r"^\s*([^\s;]+)")
_MSGID = re.compile(r"<([^<>\s]{1,250})>")
_MAX_ANSWERS = 5  # In-Reply-To and the newest References: what a reply most likely answers
# The same on lowercased ASCII text (every field read is lowercased anyway), case-sensitive and
# led by a literal, so the engine jumps from one "b" or "f" to the next instead of trying the
# pattern at every offset: a Received line is read in a third of the time.
_FROM_LOW = re.compile(r"f(?<=\bf)rom\s+(\S+)(?:\s+\(([^)]*)\))?")
_BY_LOW = re.compile(r"b(?<=\bb)y\s+([^\s;()]+)")
_AUTH_LOW = re.compile(r"(d(?<=\bd)kim|s(?<=\bs)pf|d(?<=\bd)marc)\s*=\s*([a-z]+)([^;]*)")
_AUTH_DOMAIN_LOW = re.compile(r"(?:h(?<=\bh)eader\.d|h(?<=\bh)eader\.i|s(?<=\bs)mtp\.mailfrom|h(?<=\bh)eader\.from)"
                              r"\s*=\s*@?([^\s;]+)")


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Hop:
    """One Received header: who handed the message over and who took it."""

    helo: str = ""  # the name after "from" (what the sender said; forgeable)
    rdns: str = ""  # the name the receiving server looked up (in the parentheses)
    ip: str = ""  # the sender's IP, where the receiving server wrote it
    by: str = ""  # the receiving host


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class AuthResult:
    """One result of an Authentication-Results header, e.g. dkim=pass header.d=google.com."""

    method: str  # dkim / spf / dmarc
    result: str  # pass / fail / none / ...
    domain: str = ""
    authserv: str = ""  # the authserv-id of its header: the server that says so
    header: int = 0  # which Authentication-Results header, 0 = the topmost (the last written)


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Origin:
    """The header facts of one message the trust rules read."""

    hops: tuple[Hop, ...] = ()
    auth: tuple[AuthResult, ...] = ()
    from_address: str = ""
    # failed address -> the address the original was sent to (Original-Recipient, X-Original-To,
    # Exim's "(generated from ...)", Sendmail's "(expanded from: ...)")
    sent_to: tuple[tuple[str, str], ...] = field(default=())
    # ordinary mail: the Message-IDs it answers (In-Reply-To, then References newest first)
    replied_to: tuple[str, ...] = ()

    def original_recipient(self, address: str, *, only_one: bool = False) -> str | None:
        """The address a failed recipient was originally sent to, if the bounce says; the
        returned copy's X-Original-To (not tied to one recipient) only when `only_one`
        (the bounce names one failed recipient)."""
        named = next((o for a, o in self.sent_to if a == address), None)
        if named is None and only_one:
            named = next((o for a, o in self.sent_to if a == "*"), None)
        return named


def origin_of(mail: Mail) -> Origin:
    """The Origin of a parsed message; an empty one if its headers cannot be read."""
    try:
        return Origin(hops=_hops(mail.msg), auth=_auth(mail.msg), from_address=_from(mail),
                      sent_to=_sent_to(mail))
    except Exception:  # noqa: BLE001 - bad headers are no origin, never a crash
        return Origin()


def reply_origin(msg: Message) -> Origin:
    """The Origin of ordinary mail (a possible reply) from its header block alone: its
    hops, authentication results, From and the ids it answers. Empty if unreadable."""
    try:
        answers = [m for v in _values(msg, "in-reply-to")[:1] for m in _MSGID.findall(v)[:1]]
        references = str(msg.get("references") or "")[-_MAX_TEXT:]  # the newest ids are last
        answers += reversed(_MSGID.findall(references))
        return Origin(hops=_hops(msg), auth=_auth(msg), from_address=_sender(str(msg.get("from") or "")),
                      replied_to=tuple(dict.fromkeys(a.lower() for a in answers))[:_MAX_ANSWERS])
    except Exception:  # noqa: BLE001 - bad headers are no origin, never a crash
        return Origin()


def _values(msg: Message, name: str) -> list[str]:
    return [" ".join(str(v)[:_MAX_TEXT].split()) for v in (msg.get_all(name) or ())[:_MAX_HOPS]]


def _hops(msg: Message) -> tuple[Hop, ...]:
    hops = []
    for value in _values(msg, "received"):
        head = value.split(";", 1)[0]
        if head.isascii():  # lowercasing keeps every offset: spans below are the head's own
            text, by_pattern, from_pattern = head.lower(), _BY_LOW, _FROM_LOW
        else:
            text, by_pattern, from_pattern = head, _BY, _FROM
        by = by_pattern.search(text)
        by_host = by.group(1).lower().rstrip(".") if by else ""
        cut = head.find(" by ")
        got = from_pattern.search(text[:cut] if cut >= 0 else text)
        if got is None:
            hops.append(Hop(by=by_host))
            continue
        helo = got.group(1)
        paren = got.group(2) or ""
        name = _PAREN_NAME.match(paren) if paren else None
        rdns = name.group(1) if name else ""
        if len(rdns) > 1 and rdns.endswith("."):
            rdns = rdns[:-1]
        # "IPv6:" is matched in its own case: the head's text, not the lowercased one.
        ip = (_IP.search(head, *got.span(2)) if "[" in paren else None) or \
            (_IP.search(head, *got.span(1)) if "[" in helo else None)
        hops.append(Hop(helo=helo.lower().strip("[]").rstrip("."),
                        rdns=(rdns.lower() if "." in rdns else ""),
                        ip=ip.group(1).lower() if ip else "", by=by_host))
    return tuple(hops)


def _auth(msg: Message) -> tuple[AuthResult, ...]:
    results = []
    for index, value in enumerate(_values(msg, "authentication-results")):
        if value.isascii():  # every field read is lowercased: read the lowercased text
            value, pattern, domain_pattern = value.lower(), _AUTH_LOW, _AUTH_DOMAIN_LOW
        else:
            pattern, domain_pattern = _AUTH, _AUTH_DOMAIN
        server = _AUTHSERV.match(value)
        for method, result, rest in pattern.findall(value):
            domain = domain_pattern.search(rest)
            results.append(AuthResult(method=method.lower(), result=result.lower(),
                                      domain=domain.group(1).lower().rstrip(".") if domain else "",
                                      authserv=server.group(1).lower().rstrip(".") if server else "",
                                      header=index))
    return tuple(results)


def _from(mail: Mail) -> str:
    return _sender(mail.header("from"))


def _sender(value: str) -> str:
    return normalise_address(address_of(value[:_MAX_TEXT]))


# A header that is only `Display Name <local@domain>` or `local@domain`, in plain ASCII atoms,
# the display name possibly quoted and a comment after the address (no groups, routes,
# literals, escapes or nested comments): `parseaddr` returns the address exactly as written
# there, and its character-by-character parse costs some 50,000 instructions per message.
_ATOM = r"[!#$%&'*+/=?^_`{|}~0-9A-Za-z-]+"
_TAIL = r"[ \t]*(?:\([^()\\\r\n]*\)[ \t]*)?"
_LOCAL = rf"{_ATOM}(?:\.{_ATOM})*"
# ... also a bare local part ("mailer-daemon", "<MAILER-DAEMON>") and the empty "<>".
# Possessive where giving back could never match (what it gives back is no "<" and no atom's
# start): the display name read a run at a time, not a character per repetition (the same matches).
_SIMPLE_ADDRESS = re.compile(
    rf"[ \t]*+(?:(?:\"[^\"\\\r\n]*+\"|[^()<>@,:;\"\[\]\\\r\n]++)*+<((?:{_LOCAL}(?:@{_LOCAL})?)?)>|"
    rf"({_LOCAL}(?:@{_LOCAL})?)){_TAIL}")


def address_of(value: str) -> str:
    """`email.utils.parseaddr(value)[1]`, without its parser for the common simple shapes."""
    simple = _SIMPLE_ADDRESS.fullmatch(value)
    if simple is not None:
        return simple.group(1) if simple.group(2) is None else simple.group(2)
    return address_in(value) or ""


# Exim (src/src/deliver.c, print_address_information, called with "  " and "\n    " for a
# bounce) lists an address that a redirection (alias, .forward, filter) made from the one the
# sender wrote as "  target@host" and, on the next line, "    (generated from alias@domain)"
# ("ultimately generated from" after several): the alias is the recipient of the original.
# (Its DSN part names that ancestor as Final-Recipient, print_dsn_addr_action; its
# X-Failed-Recipients and a bounce without a DSN part name only the target.)
_GENERATED_FROM = re.compile(r"(?m)^[ \t]{1,8}<?([^\s<>()@]+@[^\s<>()@]+?)>?[ \t]*\r?\n"
                             r"[ \t]{1,12}\((?:ultimately )?generated from <?([^\s<>()@]+@[^\s<>()@]+?)>?\)")
# Sendmail (savemail.c errbody) lists a failed address (q_paddr) and under it "    (reason: %s)"
# and "    (expanded from: %s)", the alias the sender wrote; its DSN part, when there is one, names
# that alias as Final-Recipient, but its plain-text notice (no MIME boundary) names it only here.
_EXPANDED_FROM = re.compile(r"(?m)^[ \t]{0,8}<?([^\s<>()@]+@[^\s<>()@]+?)>?[ \t]*\r?\n"
                            r"(?:[ \t]{1,12}\(reason: [^\n]{0,400}\)[ \t]*\r?\n)?"
                            r"[ \t]{1,12}\(expanded from: <?([^\s<>()@]+@[^\s<>()@]+?)>?\)")
_MAX_NOTICE = 20_000  # characters of a notice searched for Exim's and Sendmail's lines


def _sent_to(mail: Mail) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for block in mail.dsn_blocks[:200]:
        fields = dict(block)
        final, original = fields.get("final-recipient"), fields.get("original-recipient")
        if final and original:
            pairs.append((_address("final-recipient", final), _address("original-recipient", original)))
    notice = mail.notice[:_MAX_NOTICE]
    if "generated from" in notice:
        pairs.extend((normalise_address(a), normalise_address(o)) for a, o in _GENERATED_FROM.findall(notice))
    if "expanded from:" in notice:
        pairs.extend((normalise_address(a), normalise_address(o)) for a, o in _EXPANDED_FROM.findall(notice))
    headers = mail.original_headers
    x_to = headers.get("x-original-to") if headers is not None else None
    if x_to:
        pairs.append(("*", normalise_address(address_of(str(x_to)[:_MAX_TEXT]))))
    return tuple([(a, o) for a, o in pairs if a and o and "@" in o])


def _address(name: str, value: str) -> str:
    """`rfc822; someone@example.com` -> someone@example.com."""
    return normalise_address(recipient_text(name, value, any_type=True))


# RFC 6533 §3: the utf-8 address type writes a character outside printable ASCII, or an xtext
# special, as "\x{HEXPOINT}" (utf-8-addr-xtext) where the report must stay 7-bit.
_EMBEDDED_UNICODE = re.compile(r"\\x\{([0-9A-Fa-f]{1,6})\}")
# RFC 3461 §4 xtext: "+" and two upper-case hex digits for an octet that may not stand as itself.
# An Original-Recipient copies the ORCPT parameter (§6.3), and Sendmail writes it still encoded
# (savemail.c errbody: "Original-Recipient: %s" of q_orcpt); Postfix writes it decoded.
_HEXCHARS = re.compile(r"(?:\+[0-9A-F]{2})+")


def recipient_text(name: str, value: str, *, any_type: bool = False) -> str:
    """The address of a DSN or MDN recipient field (`name` lowercased, `value` "address-type;
    address") without its type, decoded as its type and field say; a field whose type is no
    word stays whole, unless `any_type` (whatever comes before the first ";" is dropped)."""
    kind, sep, rest = value.partition(";")
    if not sep or not any_type and (len(kind) >= 20 or " " in kind.strip()):
        return value.strip()
    rest = rest.strip()
    if kind.strip().lower() == "utf-8":
        return _EMBEDDED_UNICODE.sub(_code_point, rest) if "\\x{" in rest else rest
    return _HEXCHARS.sub(_xtext_run, rest) if name == "original-recipient" and "+" in rest else rest


def _code_point(m: re.Match[str]) -> str:
    point = int(m.group(1), 16)
    return m.group(0) if point > 0x10FFFF or 0xD800 <= point < 0xE000 else chr(point)


def _xtext_run(m: re.Match[str]) -> str:
    """A run of hexchars decoded, where it is what an encoder must write as xtext and no address
    holds as it stands: UTF-8 bytes, or "+", "=", "\\" inside the local part (Sendmail's
    "jane+2Bnews"). An address may hold "+AB" of its own, a tag after "+" that Postfix copies
    unencoded: a run that ends the local part ("sales+2B@", "news+3D@") stays as it is, and so
    does one that would give a control, or a blank outside a quoted local part (no address
    holds either bare: "jane+10@", "promo+20@" are tags)."""
    data = bytes(int(h, 16) for h in m.group(0).split("+")[1:])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return m.group(0)
    if any(not c.isascii() for c in text):
        return text if all(not c.isascii() or c in "+=\\" for c in text) else m.group(0)
    ends_local = m.string.startswith("@", m.end())
    quoted = '"' in m.string
    fits = all(c in "+=\\" or c == " " and quoted for c in text)
    return text if fits and not ends_local else m.group(0)


def normalise_address(address: str) -> str:
    """As classifier.records.normalise_address (which imports this module's types)."""
    address = address.strip().strip("<>").strip()
    if address.lower().startswith("rfc822;"):
        address = address[7:].strip()
    return address.lower()
