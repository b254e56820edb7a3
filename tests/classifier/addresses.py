"""A bounce's failed recipient replaced by another address, as `substitute(raw, old, new)`
(tests/classifier/test_address_invariance.py).

Our users' prospects have addresses of every shape RFC 5321/6531 allows; the samples have a
few. Replacing one failed recipient everywhere it is written (every case variant, the local
part where it stands alone as "<local>", "local@host", "rfc822; local" or on a line of its own, and the recipient's domain
where it stands alone) must give the new address with the same reason and hard/soft.

Bodies in base64 or quoted-printable are decoded, edited as bytes and re-encoded in the same
transfer encoding with the stdlib (the tree is rebuilt as tests/classifier/transport.py does,
never with the classifier's own parser); everything else is edited in the raw bytes, so line
structure is kept. `substitute` returns a `Skip` where the substitution cannot be made
faithfully, so a test never judges a message the transform mangled.
"""

from __future__ import annotations

import base64
import email.header
import quopri
import re
from typing import NamedTuple

from classifier import remote
from tests.classifier.transport import parse, write

# The new addresses, one per shape real prospects' addresses have.
SHAPES: dict[str, str] = {
    "plus_tag": "first.last+q4@sales.example.co.uk",
    "hyphen_digits": "j_doe-2024@mail-01.example.com",
    "apostrophe": "o'brien@example.ie",
    "long": "alexandra.konstantinopoulou-vandenberghe.procurement-emea.2024xy@mail.eu-west.corp-example.com",
    "punycode": "buyer@xn--bcher-kva.example",
    "smtputf8": "jürgen.müller@exämple.de",
    "upper": "Jane.Doe@Example.COM",
    "single_letter": "x@example.org",
    "subdomains": "a@b.c.d.example.travel",
    "new_gtld": "lead@company.photography",
    # Words the wording tables read as causes, in a real person's address and company domain
    # (spamexperts, blockchain-relay...): an address is no wording.
    "cause_words": "unknown.spam-quota@blocked-relay.example.com",
}
assert len(SHAPES["long"].split("@")[0]) == 64 and SHAPES["long"].split("@")[1].count(".") == 3

_ENCODED = ("base64", "quoted-printable")
# Characters that continue a local part before it, or a domain after it: an occurrence next to
# one of them is part of another address or host name.
# An apostrophe is one only after a letter (o'brien); before a word it quotes ('a@b.example').
_LOCAL_CHARS = rb"\w.+=!#$%&*/?^`{|}~-"
_NOT_IN_LOCAL = rb"(?<![" + _LOCAL_CHARS + rb"])(?<!\w')"
_ENCODED_WORD = re.compile(rb"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


class Skip(NamedTuple):
    why: str


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _address_re(old: str) -> re.Pattern[bytes]:
    return re.compile(_NOT_IN_LOCAL + re.escape(_utf8(old)) + rb"(?![\w-]|\.[\w-])", re.I)


def _local_re(local: str) -> re.Pattern[bytes]:
    """The local part alone: "<local>", "local@host" (another host's copy), Sendmail's
    "local... User unknown", a DSN field's unqualified "rfc822; local", a line of its own."""
    word = re.escape(_utf8(local))
    return re.compile(rb"(?<=<)" + word + rb"(?=>)|" + _NOT_IN_LOCAL + word + rb"(?=@|\.\.\.)|"
                      rb"(?<=;)([ \t]*)" + word + rb"(?=[ \t]*\r?$)|^([ \t]*)" + word + rb"(?=[ \t]*\r?$)", re.I | re.M)


def _domain_re(domain: str) -> re.Pattern[bytes]:
    """The domain where it stands alone (after "@" or a non-host character), not a host under it."""
    return re.compile(rb"(?<![\w.-])" + re.escape(_utf8(domain)) + rb"(?![\w-]|\.[\w-])", re.I)


class Plan(NamedTuple):
    """What replaces what: (pattern, replacement) in order, and the address expected back."""
    edits: tuple[tuple[re.Pattern[bytes], bytes], ...]
    gone: tuple[re.Pattern[bytes], ...]  # what must be left nowhere: the old address, its local part
    new: str
    domain: tuple[str, str] | None  # (old, new) when the recipient's domain is replaced too


def _senders_domains(raw: bytes) -> set[str]:
    """Domains the message names as a sender's or a reporting MTA's (every From, Sender,
    Return-Path, Reporting-MTA and Received-From-MTA line, in the notice or the original),
    each with its parent domains."""
    out: set[str] = set()
    for m in re.finditer(rb"(?im)^[ \t>]*(?:from|sender|return-path|reporting-mta|received-from-mta)"
                         rb":[^\n]*", raw):
        for host in re.findall(rb"[@;\s]([\w-]+(?:\.[\w-]+)+)", m.group(0)):
            labels = host.decode("ascii", "replace").lower().split(".")
            out.update(".".join(labels[i:]) for i in range(len(labels) - 1))
    return out


def plan(raw: bytes, old: str, new: str) -> Plan:
    """The edits that put `new` where `old` is. The recipient's domain is kept (only the local
    part replaced) where the classifier reads something by it: a provider's domain (its
    wordings are read by the recipient's domain, so another domain is another provider), and
    a domain that is also a sender's or the reporting MTA's (a local recipient: "Unrouteable
    address" means no such user there, no such domain elsewhere)."""
    old_local, _, old_domain = old.rpartition("@")
    new_local, _, new_domain = new.rpartition("@")
    if remote.provider_of(remote_mta=None, address=old, text="") is not None \
            or old_domain.lower() in _senders_domains(raw):
        new_domain = old_domain
        new = f"{new_local}@{old_domain}"
    edits = [(_address_re(old), _utf8(new))]
    if old_local and old_local.lower() != new_local.lower():
        edits.append((_local_re(old_local), _utf8(new_local)))
    domain = None
    if new_domain.lower() != old_domain.lower():
        edits.append((_domain_re(old_domain), _utf8(new_domain)))
        domain = (old_domain.lower(), new_domain.lower())
    gone = tuple(pattern for pattern, _ in edits[:2] if not pattern.search(_utf8(new)))
    # RFC 5321's quoted form of a local part that needs it ("lead..smith"@x), as Postfix writes it in its text and
    # Final-Recipient while Original-Recipient keeps the address as written (real round 19): the same address,
    # replaced first (the domain edit would leave '"lead..smith"@<new domain>').
    quoted = re.compile(rb'"' + re.escape(_utf8(old_local)) + rb'"@' + re.escape(_utf8(old_domain))
                        + rb"(?![\w-]|\.[\w-])", re.I)
    return Plan(((quoted, _utf8(new)), *edits), (*gone, quoted), new, domain)


def moved(p: Plan, address: str) -> str:
    """Another recipient's address once the recipient's domain is replaced (lower case)."""
    local, _, domain = address.lower().rpartition("@")
    return f"{local}@{p.domain[1]}" if p.domain and domain == p.domain[0] else address.lower()


def _apply(p: Plan, data: bytes) -> bytes:
    for pattern, replacement in p.edits:
        data = pattern.sub(lambda m, r=replacement: b"".join(g for g in m.groups() if g) + r, data)
    return data


def _decoded(part) -> bytes | None:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else None


def _reencode(part, data: bytes, cte: str) -> None:
    body = base64.encodebytes(data) if cte == "base64" else quopri.encodestring(data)
    part.set_payload(body.decode("ascii"))


def _encoded_leaves(msg):
    for part in msg.walk():
        if not part.is_multipart() and str(part.get("content-transfer-encoding", "")).strip().lower() in _ENCODED:
            yield part, str(part["content-transfer-encoding"]).strip().lower()


def _leftover(p: Plan, data: bytes) -> bool:
    """`old` (or its local part alone) still in `data`."""
    return any(pattern.search(data) for pattern in p.gone)


def _utf8_capable(raw: bytes, old: str) -> bool:
    """Every part that writes `old` can carry a UTF-8 address: a UTF-8 text part in 8bit (or
    base64 or quoted-printable, which carry any bytes), an RFC 6533 part; the message's own
    headers only with an RFC 6533 report (an SMTPUTF8 notice), the original's only as
    message/global."""
    msg = parse(raw)
    found = _address_re(old)
    rfc6533 = any(part.get_content_type().startswith("message/global") for part in msg.walk())
    if found.search(raw.split(b"\n\n", 1)[0]) and not rfc6533:
        return False
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822" and part.is_multipart():
            inner = "".join(f"{k}: {v}\n" for k, v in part.get_payload(0).raw_items())
            if found.search(inner.encode("utf-8", "surrogateescape")):
                return False  # the original's headers: UTF-8 only in message/global
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and found.search(payload):
            cte = str(part.get("content-transfer-encoding", "7bit")).strip().lower()
            utf8 = str(part.get_content_charset() or "").lower() in ("utf-8", "utf8") and cte != "7bit"
            if not (utf8 or part.get_content_type().startswith("message/global")):
                return False
    return True


def substitute(raw: bytes, old: str, new: str, others: tuple[str, ...] = ()) -> tuple[bytes, Plan] | Skip:
    """`raw` with `old` replaced by `new` everywhere it is written (see the module docstring);
    `others` are the message's other recipients, which must stay as they are."""
    old_local = old.rpartition("@")[0].lower()
    if any(o.rpartition("@")[0].lower() == old_local for o in others if o.lower() != old.lower()):
        return Skip("another recipient has the same local part (its local part alone is ambiguous)")
    if not new.isascii() and not _utf8_capable(raw, old):
        return Skip("no part that can carry a UTF-8 address (8-bit UTF-8 or RFC 6533)")
    printed = "".join(chr(b) if b < 0x80 else f"\\{b:03o}" for b in old.encode("utf-8")).encode("ascii")
    if not old.isascii() and printed.lower() in raw.lower():
        return Skip("the address also as Exim prints it (each non-ASCII byte \\ooo), which the transform does not edit")
    p = plan(raw, old, new)
    if p.new.lower() == old.lower():
        return Skip("the shape's local part is the recipient's own, and its domain kept")
    if _address_re(p.new).search(raw) or any(moved(p, o) == p.new.lower() for o in others if o.lower() != old.lower()):
        return Skip("the new address is already in the message (another recipient's)")
    for word in _ENCODED_WORD.findall(raw):
        try:
            text = str(email.header.make_header(email.header.decode_header(word.decode("ascii"))))
        except (ValueError, LookupError, UnicodeDecodeError):
            continue
        if _leftover(p, text.encode("utf-8", "replace")):
            return Skip("the address inside an RFC 2047 encoded word")
    out = raw
    msg = parse(raw)
    touched = False
    for part, cte in _encoded_leaves(msg):
        data = _decoded(part)
        if data is None or not _leftover(p, data):
            continue
        if not new.isascii() and "utf-8" not in str(part.get_content_charset() or ""):
            return Skip("an encoded part not in UTF-8 holds the address")
        _reencode(part, _apply(p, data), cte)
        touched = True
    if touched:
        out = write(msg)
    out = _apply(p, out)
    if _leftover(p, out) or any(_leftover(p, _decoded(part) or b"") for part, _ in _encoded_leaves(parse(out))):
        return Skip("the address is left somewhere the transform cannot edit")
    return out, p
