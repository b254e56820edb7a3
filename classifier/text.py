"""Text out of mail: RFC 2047 headers, declared (and mislabelled) charsets, transfer
encodings and HTML, each decoded without ever raising on what real or hostile mail holds.
"""

from __future__ import annotations

import email.header
import re
from email.message import Message
from email.utils import getaddresses, parseaddr
from typing import Any

from classifier.guard import tried

# How much decoded text of one part we scan.
MAX_TEXT = 64_000

# 8-bit bytes of a header, as the stdlib's surrogateescape decoding leaves them.
_SURROGATE = re.compile("[\udc80-\udcff]")
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def decode_header(value: object) -> str:
    """Header text with RFC 2047 words decoded; never raises on bad charsets."""
    if value is None:
        return ""
    if isinstance(value, str) and not value.isascii() and _SURROGATE.search(value):
        value = value.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    if isinstance(value, str) and "=?" not in value:
        return " ".join(value.split())
    if isinstance(value, str):
        # Unfold first (RFC 5322 removes only the line break): the stdlib drops the white
        # space of a folded line that follows an encoded word, gluing "=?..?= <a@b>" together.
        value = _FOLD.sub("", value)
    try:
        chunks = email.header.decode_header(value)
    except Exception:  # malformed encoded words: keep the raw text
        return " ".join(value.split())
    out = []
    for data, charset in chunks:
        if isinstance(data, bytes):
            out.append(bytes_to_text(data, charset))
        else:
            out.append(data)
    return " ".join("".join(out).split())


# Charsets a mislabelled part is most often really in, tried when the declared one fails
# (Japanese carriers label EUC-JP or Shift_JIS text as ISO-2022-JP; Windows mail says
# us-ascii for cp1252). Order matters: strict multibyte codecs first, cp1252 last.
_FALLBACKS = {"iso-2022-jp": ("utf-8", "euc-jp", "cp932"), "euc-jp": ("utf-8", "cp932"),
              "shift_jis": ("utf-8", "euc-jp"), "gb2312": ("utf-8", "gb18030"), "gbk": ("utf-8", "gb18030")}


# Charset labels mail carries that Python's codecs do not know, as the WHATWG Encoding Standard
# (section 4.2, "Names and labels") maps them, IANA names it registers (windows-31J, GB_2312-80,
# windows-874, ISO-8859-8-I) and Java's canonical name x-windows-949 (MS949): without them a
# Japanese, Chinese, Korean, Thai, Hebrew or Cyrillic notice decodes as cp1252 mojibake and its
# reason is lost (review layouts42). ks_c_5601-1987 is Outlook's label for windows-949, a
# superset of the EUC-KR Python maps it to.
_LABELS = {"windows-31j": "cp932", "x-sjis": "shift_jis", "x-euc-jp": "euc_jp", "x-gbk": "gbk",
           "gb_2312-80": "gbk", "x-windows-949": "cp949", "ks_c_5601-1987": "cp949", "windows-874": "cp874",
           "iso-8859-8-i": "iso-8859-8", "iso-8859-8-e": "iso-8859-8", "iso-8859-6-i": "iso-8859-6",
           "iso-8859-6-e": "iso-8859-6", "x-mac-cyrillic": "mac_cyrillic", "x-mac-ukrainian": "mac_cyrillic",
           "x-cp1250": "cp1250", "x-cp1251": "cp1251"}


def address_pairs(values: list[str]) -> list[tuple[str, str]]:
    """`email.utils.getaddresses(values)`, for any header: the stdlib's parser recurses once per nested comment
    and once per group opened inside a group ("a: b: c: ..."), so a header of a few hundred of either (forged or
    mangled mail: the fuzz benchmark's seeds 6 and 7, a returned To: pumped into "To: To: To: ...") raised
    RecursionError out of `classify`. Such a header is read again cut at every "(", ")" and ":" (one parse of
    the pieces, as a list of addresses): its addresses all the same, its comments and group names as names."""
    pieces = ", ".join(str(v) for v in values).split(",")
    # Most headers are a list of "Name <a@b>" or "a@b" in plain atoms, each between commas: the parser's answer for
    # them is plain (the name's atoms joined by a blank), and its character-by-character parse ~80,000 instructions.
    # (At any length: a cap sent a long list to the parser, so the work of 200 addresses was five times that of 100,
    # tests/stress/test_bad_input; the first piece of another shape ends the try.)
    simple = []
    for piece in pieces:
        if (m := _PAIR.fullmatch(piece)) is None:
            break
        simple.append((" ".join((m.group(1) or "").split()), m.group(2) or m.group(3)))
    else:
        return simple
    try:
        return getaddresses(values)
    except RecursionError:
        return _unnested_pairs(values)


_ATOM = r"[!#$%&'*+/=?^_`{|}~0-9A-Za-z-]+"
_DOTTED = rf"{_ATOM}(?:\.{_ATOM})*"
# One address of such a list, blanks around it (a blank piece, where the parser answers ('', ''), is none).
_PAIR = re.compile(rf"[ \t]*+(?:((?:{_ATOM}[ \t]+)*{_ATOM})?[ \t]*<({_DOTTED}@{_DOTTED})>|({_DOTTED}@{_DOTTED}))[ \t]*")


def names(text: str, address: str) -> bool:
    """Does `text` name `address` itself, not an address whose text holds it ("presales@x" holds "sales@x": audit 47,
    a pipe's output and Haraka's reason about presales@ read a false hard of sales@; "m.oyelaran@x" holds
    "oyelaran@x": review multi57's sendmail transcript gave the second the first's "550 5.1.1 User unknown")?"""
    return address.lower() in text.lower() and \
        re.search(rf"(?<![\w.+=-]){re.escape(address)}(?![\w-]|\.\w)", text, re.IGNORECASE) is not None


def mailbox_key(address: str) -> str:
    """One mailbox's key however a report spells its domain: lower case, U-labels as their ACE
    A-labels (RFC 5890 §2.3.2.1: 'münchen' and 'xn--mnchen-3ya' are one label), so a report naming a
    recipient in both forms is one delivery (review 84; formats/dsn.py, and prose since eai60)."""
    local, at, domain = address.lower().rpartition("@")
    if not at or domain.isascii():
        return address.lower()
    # Each label's Punycode (RFC 3492) alone, as IDNA2008 does: the 'idna' codec's nameprep (IDNA2003, RFC
    # 3491) maps 'ß' to 'ss' and 'ς' to 'σ', which made two different mailboxes one (review 85).
    try:
        labels = [x if x.isascii() else "xn--" + x.encode("punycode").decode("ascii") for x in domain.split(".")]
    except UnicodeError:  # not encodable (a lone surrogate): compare as written
        return address.lower()
    return f"{local}@{'.'.join(labels)}"


def address_in(value: str) -> str:
    """`email.utils.parseaddr(value)[1]`, for any header (as `address_pairs`: then the first address)."""
    try:
        return parseaddr(value)[1]
    except RecursionError:
        return next((a for _, a in _unnested_pairs([value]) if "@" in a), "")


def _unnested_pairs(values: list[str]) -> list[tuple[str, str]]:
    pieces = getaddresses([piece for value in values for piece in _NESTING.split(value)])
    return [(name, address) for name, address in pieces if name or address]


_NESTING = re.compile(r"[():]")


def bytes_to_text(data: bytes, charset: str | None) -> str:
    """`data` decoded as its declared charset, or the one it is more likely really in."""
    charset = (charset or "utf-8").lower()
    if charset in ("unknown-8bit", "x-unknown", "us-ascii", "ascii"):
        charset = "utf-8"
    if charset in _LABELS:
        # A label that lies: a relay that transcoded the text to UTF-8 and kept the header (audit 43b). Before
        # the labels were mapped such a part was read as UTF-8 first; text in the legacy charsets is all but
        # never valid UTF-8 (a lead byte must be followed by 0x80-0xBF continuations), so valid UTF-8 wins.
        if not data.isascii():
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        charset = _LABELS[charset]
    try:
        text = data.decode(charset, errors="replace")
    except (LookupError, ValueError):  # unknown charset, or a name with a NUL in it
        text = data.decode("utf-8", errors="replace")
    if "\ufffd" not in text:
        return text
    for other in _FALLBACKS.get(charset, ("utf-8", "cp1252")):
        if other == charset:
            continue
        try:
            return data.decode(other)
        except (UnicodeDecodeError, LookupError):
            continue
    return text


def payload_of(part: Message) -> Any:
    """`part.get_payload()` that cannot raise. For 8-bit text the stdlib decodes with the
    declared charset and falls back to ASCII on LookupError, but a charset name holding a
    NUL raises ValueError instead (found by benchmarks/fuzz_classify.py); read it as ASCII
    with replacement, as the stdlib does for an unknown charset."""
    payload = part._payload
    if type(payload) is list or payload is None or (type(payload) is str and payload.isascii()):
        return payload  # what get_payload() returns for these, without its header reads
    try:
        return part.get_payload()
    except ValueError:
        raw = part._payload  # the undecoded str (8-bit bytes surrogate-escaped)
        if isinstance(raw, str):
            return raw.encode("ascii", "surrogateescape").decode("ascii", "replace")
        return raw


# No-break and narrow spaces as plain spaces: a notice's text/plain alternative made from its HTML
# keeps the non-breaking spaces of "&nbsp;" (Outlook, Gmail), and French typography puts one
# before ":", "?" and "!" ("Destinataire inconnu :"); the wording tables read words between blanks.
# (Replaced one by one where present: str.translate with a table looks up every character in
# Python and cost 4% of the classifier's instructions on the corpus's non-ASCII notices.)
_NO_BREAK = ("\u00a0", "\u2007", "\u2009", "\u202f")


def part_text(part: Message) -> str:
    """Decoded text of a leaf part, capped."""
    payload = payload_of(part)
    if isinstance(payload, list):
        # message/delivery-status and the like are parsed into header blocks.
        return "\n\n".join(_block_text(p) for p in payload if isinstance(p, Message))
    if not isinstance(payload, str):
        return ""
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte not in ("base64", "quoted-printable") and payload.isascii() and "\x1b" not in payload[: MAX_TEXT * 2]:
        text = payload[: MAX_TEXT * 2]  # plain 7-bit text (ISO-2022 escapes aside): nothing to decode
    else:
        # Raw bytes, then our own charset handling: get_payload() without decode would
        # already have replaced 8-bit bytes under the (often wrong) declared charset.
        if cte not in ("base64", "quoted-printable"):
            part = _capped(part, payload)
        else:
            part = _decodable(part, cte)
        try:
            data = part.get_payload(decode=True) or b""
        except Exception:
            data = b""
        text = bytes_to_text(data[: MAX_TEXT * 2], part.get_content_charset())
        if "\r" in text and "\n" not in text:
            # Classic Mac line ends inside an encoded part (parse.normalise sees only the encoded lines): one line
            # of the whole notice otherwise, no bounce read (session 44's grid: a bare-CR qmail notice re-encoded).
            text = text.replace("\r", "\n")
        if not text.isascii():
            for space in _NO_BREAK:
                if space in text:
                    text = text.replace(space, " ")
    if " \n" in text and str(part.get_param("format", "")).lower() == "flowed":
        text = unflowed(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")
    return text[:MAX_TEXT]


def unflowed(text: str, *, delsp: bool) -> str:
    """RFC 3676 format=flowed text as its writer's lines: a line that ends in a space (a soft
    break, not the signature separator "-- ") goes on in the next line of the same quote
    depth, less that space under delsp=yes; the space a writer stuffs before a line that
    starts with a space, ">" or "From " is removed. Mail clients send a forwarded notice so
    (Thunderbird, Apple Mail): its soft breaks cut addresses from their "From:" label and
    sentences from their SMTP stage."""
    out: list[str] = []
    joining = False
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        quote, content = line[:depth], line[depth:]
        if content.startswith(" "):
            content = content[1:]
        if joining and out and out[-1][:depth] == quote and not out[-1][depth:depth + 1] == ">":
            out[-1] += content
        else:
            out.append(quote + content)
        joining = content.endswith(" ") and content != "-- "
        if joining and delsp:
            out[-1] = out[-1][:-1]
    return "\n".join(out)


# RFC 3464's per-message and per-recipient field names, one of which opens a delivery-status body.
_DSN_FIRST = re.compile(r"\s*(?:reporting-mta|final-recipient|original-recipient|original-envelope-id|dsn-gateway|"
                        r"received-from-mta|arrival-date)[ \t]*:", re.I)
_RECIPIENT_FIELD = re.compile(r"(?im)^(?:final|original)-recipient[ \t]*:")


def status_as_text(report: Message, sub: object) -> bool:
    """A delivery report's second part (its machine-readable one, RFC 6522 §3) typed text/plain,
    as some older gateways send it (reported of older Exchange and Lotus Notes), holding the RFC
    3464 fields: it is the message/delivery-status part, not notice text (whose readers took
    its fields for prose)."""
    if not isinstance(sub, Message) or sub.get_content_type() != "text/plain" \
            or str(report.get_param("report-type", "")).lower() != "delivery-status":
        return False
    text = part_text(sub)
    return bool(_DSN_FIRST.match(text)) and _RECIPIENT_FIELD.search(text) is not None


def _capped(part: Message, payload: str) -> Message:
    """`part` itself, or a copy holding only the first part of a long 8-bit payload."""
    if len(payload) <= MAX_TEXT * 2:
        return part
    copy = Message()
    for k, v in part.items():
        copy[k] = v
    copy.set_payload(payload[: MAX_TEXT * 2])
    return copy


# Blanks at the ends of lines, which RFC 2045 (6.7) has a quoted-printable decoder delete:
# relays add them. Python's decoder keeps them, and a padded soft line break ("= ") with them.
# (A run is read from its first blank only, whole: tried from each of its blanks, a forged quoted-printable bounce's
# run of 32,000 blanks before a word took 14 s in classify, quadratic; benchmarks/redos_scan.py's prober. A run
# ends where a line does or it is none, so no match ever began inside one nor gave a blank back.)
_QP_PADDING = re.compile(r"(?<![ \t])[ \t]++(?=\n|$)")


def qp_unpadded(text: str) -> str:
    """Quoted-printable text without the trailing blanks a relay may have added."""
    return _QP_PADDING.sub("", text) if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")) else text


def _decodable(part: Message, cte: str) -> Message:
    """`part`, or a copy the stdlib decodes as it should: it decodes only an exact label
    ("quoted-printable " with a trailing blank left the text encoded) and keeps the padding
    of quoted-printable lines."""
    payload = part._payload  # as parsed (8-bit bytes surrogate-escaped), not get_payload()'s text
    if not isinstance(payload, str):
        return part
    unpadded = qp_unpadded(payload) if cte == "quoted-printable" else payload
    if unpadded is payload and str(part.get("content-transfer-encoding")).lower() == cte:
        return part
    copy = Message()
    for k, v in part.items():
        if k.lower() != "content-transfer-encoding":
            copy[k] = v
    copy["Content-Transfer-Encoding"] = cte
    copy.set_payload(unpadded)
    return copy


def _block_text(block: Message) -> str:
    return "\n".join(f"{k}: {utf8_text(v)}" for k, v in block.raw_items())


def utf8_text(value: object) -> str:
    """A header value with 8-bit UTF-8 bytes (kept as surrogates by compat32) read as UTF-8."""
    value = str(value)
    if not value.isascii() and _SURROGATE.search(value):
        return value.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    return value


_TAG = re.compile(r"<[^>]{0,2000}>")
_ENTITY = {"&nbsp;": " ", "&#160;": " ", "&#xa0;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}


def html_to_text(html: str) -> str:
    # A line break in the source after <br> is layout of the source, not a second break
    # (Outlook, Gmail and most generators write "<br>" and a newline): kept, it made every
    # wrapped line of a notice a paragraph of its own, cutting sentences apart.
    html = re.sub(r"(?i)<br\s*/?>[ \t]*\r?\n?|</p>|</div>|</tr>|</li>|</h\d>", "\n", html)
    # A table cell ends in a blank: "User unknown</td><td>550 5.1.1" is two words, and a reply
    # code glued to the word before it is no reply code (Exchange Online's NDR uses tables).
    html = re.sub(r"(?i)</t[dh]>", " ", html)
    text = _TAG.sub("", html)
    for k, v in _ENTITY.items():
        text = text.replace(k, v)
    return text


def lowered(text: str) -> str:
    """`text.lower()` with the Turkish capital İ read as "i": Python lowercases it to "i" and a combining dot (U+0307),
    which no table spells ("MEVCUT DEĞİL" is "mevcut değil"; review 120). The one lowercasing of a reply's words for
    the wording tables: reasons._normal and severity.says_no_such_recipient, which is_hard_bounce asks beside a 4xx
    reply code (review 122: "450 5.1.1 ... MEVCUT DEĞİL" given up read soft)."""
    low = text.lower()
    return low.replace("i\u0307", "i") if "\u0307" in low else low


# An address as a word of a notice's text, however it is quoted. Chinese and Japanese notices
# write an address flush against their own words ("您发送到“a@b”的邮件...", "受信者...\"a@b\"へのメール"):
# no CJK character, fullwidth form or curly quote belongs to it, or it swallowed the sentence.
_NOT_IN_ADDRESS = "\\s<>\"'(),;:\\[\\]@\u2018\u2019\u201c\u201d\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef"
_ADDRESS_WORD = f"[^{_NOT_IN_ADDRESS}]{{1,64}}@[^{_NOT_IN_ADDRESS}]{{1,255}}"
ADDRESS_WORD = re.compile(_ADDRESS_WORD)
# (for `next_address`: the local part read backwards from its "@", the domain forwards)
_LOCAL_BACKWARDS = re.compile(f"[^{_NOT_IN_ADDRESS}]*")
_DOMAIN_PART = re.compile(f"[^{_NOT_IN_ADDRESS}]{{1,255}}")


def next_address(text: str, pos: int = 0) -> tuple[int, int] | None:
    """The span of `ADDRESS_WORD.search(text, pos)` (None: no match), found from each "@" (speed: the pattern tries
    its local part's 64 characters at every offset, 40 us a reply). No "@" is an address character, so a match's
    "@" is the first one after its start: its local part is the run of address characters right before that "@",
    the last 64 of it and none before `pos` (the pattern at an earlier offset of the run takes 64 and finds no "@");
    its domain, the run after it (up to 255). An "@" with no such run on either side is in no match."""
    at = text.find("@", pos)
    while at >= 0:
        local = _LOCAL_BACKWARDS.match(text[max(pos, at - 64):at][::-1]).end()  # type: ignore[union-attr]
        if local:
            domain = _DOMAIN_PART.match(text, at + 1)
            if domain is not None:
                return at - local, domain.end()
        at = text.find("@", at + 1)
    return None


def addresses_replaced(text: str, stand_in: str) -> str:
    """`ADDRESS_WORD.sub(stand_in, text)` (`stand_in` taken literally), through `next_address`."""
    pieces: list[str] = []
    last = 0
    while (found := next_address(text, last)) is not None:
        pieces += (text[last:found[0]], stand_in)
        last = found[1]
    return "".join(pieces) + text[last:] if pieces else text
# The codes that lead each line of a multi-line SMTP reply once its lines are joined (Gmail's
# "550-5.7.26 This mail ... 550-5.7.26 more ... 550 5.7.26 last"): removed, a phrase cut by a
# fold reads whole again. Lowercase text; guard.py: speed only.
FOLD_CODES = tried(re.compile(r"(?<=\s)[245]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3}\s)?"))
# Names, whatever words they hold: an address (unknown.spam-quota@blocked-relay.example) and a
# host's dotted name (mx49-spam.neko.example.co.jp, rr1-full.example.com), whose first label has a
# letter (never a status code or an IP address). A prospect's address or server is no wording.
# Case is ignored only in the host name's part: the address's classes hold no letter with a case
# variant outside them (every code point tested), so matches are the same, but an ignore-case
# negated class folds each character it tests, and that cost this search three quarters of its time.
_HOST_NAME = r"(?i:(?<![\w.-])(?=[a-z0-9-]*[a-z])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){2,}(?![\w-]))"
_NAMES = re.compile(_ADDRESS_WORD + "|" + _HOST_NAME)
# ...on a text without "@", where no address matches, the host names alone (the same matches: the address part
# tried at every offset was most of the search's time), and only with the two dots each holds (speed only).
_HOST_NAMES = re.compile(_HOST_NAME)
# What a wording test reads of a text: its words say what they say in the first few kilobytes (a
# megabyte of dotted labels cost the substitution 0.4 s).
_READ = 6_000


def without_names(text: str) -> str:
    """The start of `text` with every address and dotted host name blanked, for a test of its
    wording."""
    text = text[:_READ]
    if "@" in text:
        return _names_blanked(text)
    return _HOST_NAMES.sub(" ", text) if text.count(".") >= 2 else text


def _names_blanked(text: str) -> str:
    """`_NAMES.sub(" ", text)`: at each offset the engine tries an address, then a host name, so the next match is
    the earlier of the next address (`next_address`) and the next host name, the address where both start at once.
    A next match found that starts at or after where the search goes on is the next one from there too (speed only)."""
    pieces: list[str] = []
    last = 0
    address = next_address(text)
    host = _HOST_NAMES.search(text)
    while address is not None or host is not None:
        if host is None or address is not None and address[0] <= host.start():
            start, last_end = address  # type: ignore[misc]
        else:
            start, last_end = host.span()
        pieces += (text[last:start], " ")
        last = last_end
        if address is not None and address[0] < last:
            address = next_address(text, last)
        if host is not None and host.start() < last:
            host = _HOST_NAMES.search(text, last)
    return "".join(pieces) + text[last:] if pieces else text
