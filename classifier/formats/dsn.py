"""RFC 3464 delivery status notifications (multipart/report; report-type=delivery-status).

The standard, and what most modern MTAs send. Per-recipient blocks give the address,
action, status and diagnostic; where the diagnostic is missing or says nothing, the
human-readable part usually says more, so we borrow the lines about that recipient.
"""

from __future__ import annotations

import re

from classifier import reply_lines
from classifier.fields import parse_fields
from classifier.formats.broken import continues_reply
from classifier.formats import exchange_admin, later_mentions, mox_dsn, prose, response_quote, unnamed_blocks
from classifier.formats import Fact, bare_address, clean, failures_only, generated_text, layout_only, named, \
    find_reply, find_status, lower_of, said_before, smtp_command
from classifier.hints import looks_like_bounce
from classifier.lowercase_once import lower_once
from classifier.origin import recipient_text
from classifier.parse import ADDRESS, STATUS, Mail
from classifier.quoted import quoted_address
from classifier.severity import OUR_LOGIN
from classifier.text import mailbox_key

NAME = "rfc3464"
HINTS = ()

_RECIPIENT_FIELDS = ("final-recipient", "original-recipient", "x-actual-recipient")


def _value(field: str) -> str:
    """`rfc822; a@b` -> `a@b`; `dns; host` -> `host`; `smtp; 550 ...` -> `550 ...`."""
    kind, sep, rest = field.partition(";")
    if sep and len(kind) < 20 and " " not in kind.strip():
        return rest.strip()
    return field.strip()


def _address(block: dict[str, str]) -> str | None:
    """The recipient: Final-Recipient, unless it is only an internal name for the address the
    sender used. Sun ONE/Oracle Messaging Server writes the LMTP hop's source route
    (`@smtp.example.net:user@server`); other relays write an unqualified host. Either is no
    address a sender ever wrote to, while Original-Recipient is (RFC 3464 §2.3.1)."""
    found = []
    for name in ("final-recipient", "original-recipient", "x-actual-recipient"):
        value = block.get(name)
        if not value:
            continue
        # (Capped: a path is at most 256 octets, RFC 5321 4.5.3.1.3; a fuzzed 1 MB field took ADDRESS's search 0.4 s.)
        text = recipient_text(name, value[:1000])  # RFC 6533's \x{...}, an ORCPT's xtext: decoded
        if _unclosed_quote(text):
            continue  # '"lead person@example.org': any address inside is a fragment (review 84)
        if text[:1] == "'" and text.rstrip(". ")[-1:] == "'":
            text = text.rstrip(". ")[1:-1]  # 'a@b': the quote is no part of the local part
        # "a@b"@example.org: the quotes are part of the address; but an MTA's internal names look so
        # too (Courier's ".xalias/..." Final-Recipient, Sendmail's X-Actual-Recipient "553 ..."@host):
        # a plain address beside it wins, and X-Actual-Recipient's quoted form is never one.
        quoted = quoted_address(text) if name != "x-actual-recipient" else None
        if quoted:
            found.append((quoted, True))
            continue
        m = ADDRESS.search(text)
        if m and text[m.start() - 1:m.start()] == "\ufffd":
            m = None  # 'j\xfcrgen@' in a part read as UTF-8: 'rgen@...' is a fragment, no address (review 84)
        if m:
            found.append((m.group(0), _internal(text, m.group(0))))
    for address, internal in found:
        if not internal:
            return address
    if found:
        return found[0][0]
    # A malformed address (quoted local part with spaces, an address literal, a stray
    # character) is still this recipient's: read it loosely rather than lose the row.
    for name in ("final-recipient", "original-recipient"):
        text = recipient_text(name, block.get(name, "")[:1000])  # (capped as above)
        m = None if _unclosed_quote(text) else _LOOSE.search(text)
        # (Nor is 'lead@@partner.example': an '@' with nothing between it and the next, no mailbox of anyone's;
        # the report's other blocks still read: review formats57.)
        if m and "\ufffd" not in m.group(0) and "@@" not in m.group(0):  # mis-decoded bytes are no address
            return m.group(0)
        # 'lead @partner.example': blanks around the one '@' (RFC 5322 4.4's obsolete CFWS between the parts) are no
        # part of the address; without them the row was lost (review formats63).
        m = _SPACED_AT.fullmatch(text)
        if m:
            return f"{m.group(1)}@{m.group(2)}"
    return None


_SPACED_AT = re.compile(r"<?([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64})(?:[ \t]+@[ \t]*|@[ \t]+)"
                        r"([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})>?")


_LOOSE = re.compile(r"[^\s<>;,()]{1,200}@[^\s<>;,()@]{1,255}|\"[^\"]{1,64}\"@[^\s<>;,()@]{1,255}")


def _unclosed_quote(text: str) -> bool:
    """A quoted-string opened and never closed (RFC 5321 §4.1.2: Quoted-string = DQUOTE *QcontentSMTP
    DQUOTE; '\\"' a quoted-pair): the value is malformed, and the plain address after its blank
    ('"lead person@example.org' -> 'person@example.org') would mark someone never sent to."""
    if '"' not in text:
        return False
    return _COMMENT.sub("", text.replace('\\"', "")).count('"') % 2 == 1  # ctext may hold a '"'


_COMMENT = re.compile(r"\([^()]*\)")


def _internal(value: str, address: str) -> bool:
    """A source-routed or unqualified (dotless domain) recipient."""
    return value.lstrip("<").startswith("@") or "." not in address.rpartition("@")[2]


def recipient_blocks(blocks: list[list[tuple[str, str]]]) -> list[dict[str, str]]:
    out = []
    for block in blocks:
        fields: dict[str, str] = {}
        for k, v in block:
            # Some MTAs (AOL's outbound relay) run the recipients' field groups together with
            # no blank line: a second Final-/Original-Recipient starts the next recipient.
            if k in ("final-recipient", "original-recipient") and k in fields:
                if _value(v).lower() == _value(fields[k]).lower():
                    continue  # the same field written twice in one group: no second recipient (review formats63)
                out.append(fields)
                fields = {}
            fields.setdefault(k, v)
        if not fields.keys().isdisjoint(_RECIPIENT_FIELDS):
            out.append(fields)
    return out


def facts_from_blocks(blocks: list[dict[str, str]], notice: str,
                      addresses: list[str | None] | None = None, *, listed: bool = False) -> tuple[Fact, ...]:
    """`addresses`: each block's `_address`, where the caller has them; `listed`: the notice writes each address's
    explanation on the lines right under it (`lines_about`'s `listed`)."""
    facts = []
    seen = set()
    if addresses is None:
        addresses = list(map(_address, blocks))  # read once: each block's is asked twice below
    recipients = {a.lower() for a in addresses if a}
    for fields, address in zip(blocks, addresses):
        key = mailbox_key(address) if address else None
        if key is None or key in seen:
            continue
        seen.add(key)
        others = tuple(recipients - {address.lower()})
        diagnostic = clean(_value(fields.get("diagnostic-code", "")))
        dtype = fields.get("diagnostic-code", "").partition(";")[0].strip().lower()
        if dtype == "x-unix" and diagnostic:
            diagnostic = f"X-Unix; {diagnostic}"
        comment = _STATUS_COMMENT.search(fields.get("status", ""))
        if comment and not diagnostic:
            diagnostic = clean(comment.group(1))  # Haraka: "Status: 5.1.2 (550 Tried all MXs x)"
        if len(diagnostic) < 8 or not _has_letter(diagnostic):
            # Gmail's quote of the remote's reply, where a cut lost the field (response_quote.py), Exchange's own
            # "#<reply> ##" line (exchange_admin.py), else the text's lines.
            extra = response_quote.quoted_response(notice, address) or exchange_admin.admin_reply(notice, address) or \
                f"{lines_about(notice, address, others=others, listed=listed or exchange_admin.lists_each(notice))} " \
                f"{generated_text(notice, address)}"
            extra = extra.strip()
            diagnostic = clean(f"{diagnostic} {extra}") if extra else diagnostic
        elif (code := reply_lines.cut_code(diagnostic)) and (rest := _rest_of_reply(notice, address, diagnostic, code, others)):
            diagnostic = clean(f"{diagnostic} {rest}")
        status = fields.get("status", "").strip()
        m = STATUS.search(status)
        status = ".".join(m.groups()) if m else None
        if status and status[2:].startswith("0.9"):
            status = None  # a pseudo code someone else invented
        text_status = find_status(diagnostic)
        # The Status field is the reporting MTA's summary (often generic: x.0.0, or 4.4.7 for
        # "gave up after retrying"); the diagnostic quotes the remote server's own reply, which
        # is more precise. Same class only: a 4xx reply in a final 5.x.x report stays 5.x.x.
        if text_status and text_status[0] == (status or text_status)[0] and not text_status.endswith(".0.0"):
            status = text_status
        elif text_status and status is None:
            status = text_status
        # action-value (RFC 3464 §2.3.3) is a word: a comment or a stray ';' after it is no part of it.
        action = (_ACTION.match(fields.get("action", "").strip().lower()) or _NONE).group(0) or None
        command = smtp_command(diagnostic) or ("RCPT" if comment and _ADDRESS_REFUSED in comment.group(1).lower() else None)
        about = lines_about(notice, address, 12, others, listed=listed) if command is None else ""
        facts.append(Fact(
            address=address,
            action=action,
            status=status,
            reply_code=find_reply(diagnostic),
            diagnostic=diagnostic,
            remote_mta=_value(fields["remote-mta"]) if fields.get("remote-mta") else None,
            smtp_command=command or smtp_command(about) or later_mentions.transcript_stage(notice, address)
            or later_mentions.later_command(notice, address, others, lines_about),
            # Postfix writes its refused SASL login only in the notice's text ("SASL authentication
            # failed; server X said: ..."); its DSN's Diagnostic-Code holds the smarthost's reply
            # alone (src/smtp/smtp_sasl_glue.c, dsb_update): our relay's own login, the sender's.
            sender_notice=OUR_LOGIN in about.lower(),
        ))
    return tuple(facts)


def _has_letter(text: str) -> bool:
    """Does `text` hold a letter? (A loop: any() over a generator resumed a frame per character.)"""
    for c in text:
        if c.isalpha():
            return True
    return False


_ACTION = re.compile(r"[a-z-]*")
_NONE = _ACTION.match("")
# A header field's name opening a line: the end of a re-wrapped final reply line.
_FIELD = re.compile(r"[\w-]+:(?:\s|$)")


def _rest_of_reply(notice: str, address: str, diagnostic: str, code: str, others: tuple[str, ...]) -> str:
    """The rest of the cut reply, from the notice's own quote of it (Postfix's "said: <reply>", Gmail's
    "The response was:") in the recipient's own part of the notice: after its mention as a whole
    address ("ann@x" is none of hers in "joann@x") and before another recipient's, whose reply may open
    alike. A quote elsewhere (the recipient unnamed, or named below it) is its own only in a report of
    one recipient. The field's text ends a line there, the lines right below go on with "<code>-" or
    "<code> ", and the lines up to a blank one or another recipient's mention are the reply, through
    its last "<code> ..." line (Exim's deliver.c ends each failed address's entry with one newline, no
    blank line: the next address follows at once). Read across re-cased text and lines re-wrapped at
    any width (a wrapped line goes on without a code, or with a code the reply quotes)."""
    low = lower_of(notice)
    shown = re.compile(r"\s+".join(map(re.escape, diagnostic.lower().split()[:100])))
    named_at = _whole(low, address.lower(), 0)
    m = shown.search(low, named_at) if named_at >= 0 else None
    m = m or (None if others else shown.search(low))  # quoted before the mention, or unnamed: the only reply
    line_end = low.find("\n", m.end()) if m else -1
    if line_end < 0 or low[m.end():line_end].strip() or _names_other(low[max(named_at, 0):m.start()], others):
        return ""  # not quoted, quoted inside a sentence of the notice's own, or in another's part
    source = notice if len(low) == len(notice) else low  # lower() lengthened a letter ("İ"): its offsets
    block = []
    for line in source[line_end + 1:].split("\n", 200)[:200]:  # a bound on a notice with no blank line
        text = line.strip(" \t>")
        if not text or text.startswith("--") or _names_other(text.lower(), others):
            break
        block.append(text)
    if not block or not block[0].startswith((f"{code}-", f"{code} ")):
        return ""  # the reply does not go on below the field's text
    last = max((n for n, text in enumerate(block) if text.startswith(f"{code} ")), default=-1)
    # The final line re-wrapped goes on without a code up to the entry's end, short of a header field (review
    # 66: "... 452 4.2.2 Mailbox" / "full, quota exceeded" cut there left generic words the only cause: hard).
    while 0 <= last < len(block) - 1 and block[last + 1][:3] != code and not _FIELD.match(block[last + 1]):
        last += 1
    return " ".join(block[:last + 1])


def _names_other(low: str, others: tuple[str, ...]) -> bool:
    """Does lowercase `low` name another recipient of the report as a whole address?"""
    return any(_whole(low, other, 0) >= 0 for other in filter(low.__contains__, others))  # (see _own_text)


# RFC 3464 allows a comment after the status code; some servers put their reason there.
_STATUS_COMMENT = re.compile(r"^\s*[245]\.\d{1,3}\.\d{1,3}\s*\((.+)\)\s*$")
# PMDF's and its heirs' (Sun ONE / iPlanet / Oracle Communications Messaging Server) comment for a remote's refusal of the
# address, "Status: 5.0.0 (Remote SMTP server has rejected address)": the answer to RCPT TO, a stage its diagnostic may
# not name (review vintage55: "550 No Such User Here" read filtered); after DATA it says "... has rejected message".
_ADDRESS_REFUSED = "remote smtp server has rejected address"
# A header line of the returned original naming the address: no explanation follows it (Haraka
# sends notices whose only text is the original's headers).
_ADDRESS_HEADER = re.compile(r"(?:to|cc|bcc|from|reply-to|sender|resent-(?:to|cc)|delivered-to|x-original-to|"
                             r"envelope-to):[^\n]*")
# A lone label of a word or two that leads into the paragraph below it: Domino's "was not delivered to:" / "  addr" /
# "because:" / "  User x (addr) not listed in Domino Directory" (review recipients45: "because:" was the whole reason).
_LEAD_IN = re.compile(r"[^\W\d_][\w'-]{1,20}(?: [\w'-]{1,20})?:")
# A signature separator ("-- ", RFC 3676 4.3) or a rule line: what follows is a footer a
# scanner or gateway put under the notice (MailScanner's "This message has been scanned ...",
# Symantec.cloud's) or another section, never the address's explanation.
_RULE = re.compile(r"^[ \t]*(?:--|[-_=*]{3,})[ \t]*$")


def _heading_rest(above: str) -> bool:
    """Is a rule line the rest of the heading above it, whose closing dashes a line width broke
    off ("   ----- Transcript of session follows" / "<tab>-----" at 40 columns)? A heading
    opens with dashes and words and does not close with them."""
    text = above.strip()
    return text.startswith("--") and not text.endswith("-") and any(c.isalpha() for c in text)


def lines_about(notice: str, address: str, limit: int = 6, others: tuple[str, ...] = (), *, listed: bool = False) -> str:
    """The notice's lines that follow a mention of `address` (its explanation), up to the
    mention of one of `others` (the report's other recipients, lowercased) that starts theirs.
    `listed`: the writer puts an address's explanation on the lines right under it, so the first
    blank line ends it, even with nothing read (`exims_own`)."""
    low = lower_of(notice)
    i = _whole(low, address.lower(), 0)  # not the start of a longer address (audit65: "x@a.com" in "x@a.com.au")
    if i < 0 and not address.isascii():
        address = _printed(address)  # a UTF-8 address as Exim's text writes it
        i = low.find(address.lower())
    if i < 0 and "@" in address and address[:1] != '"':
        # A local part RFC 5321 must quote ("lead..smith"): the report's Original-Recipient names it as the
        # sender wrote it, Postfix's text as it went out: <"lead..smith"@x>: ... (real round 19)
        local, _, domain = address.rpartition("@")
        if (j := low.find(f'"{local.lower()}"@{domain.lower()}')) >= 0:
            address, i = f'"{local}"@{domain}', j
    if i < 0 or _ADDRESS_HEADER.match(low, low.rfind("\n", 0, i) + 1, i):
        return ""  # not there, or only in a copy of the original's headers ("To: addr")
    # The first limit + 1 lines are all it reads, not counting a sentence's rest that a writer or
    # gateway wrapped onto a line of its own (Postfix's paragraph broken at 50 columns keeps its
    # "(in reply to MAIL FROM command)").
    lines = notice[i:].split("\n", 2 * limit + 1)
    opens = i > 0 and notice[i - 1] == "<" and lines[0][len(address):].startswith(">:")  # "<r>: ..."
    first, cut = _own_text(lines[0][len(address):], others)
    out = [x for x in (said_before(notice[max(low.rfind("\n\n", 0, i), i - 300, 0):i]),
                       mox_dsn.said_above(notice[max(i - 300, 0):i]), first.strip(" >:\t")) if x]
    if cut:
        return " ".join(out)  # another recipient's explanation starts on this line: the lines below are theirs
    read = 0
    for n, line in enumerate(lines[1 : 2 * limit + 1], 1):
        read += not layout_only(lines[n - 1], line)
        if read > limit:
            break
        if not line.strip():
            if (out or listed) and not (out and _LEAD_IN.fullmatch(out[-1])):
                break
            continue
        head = line.split()[0]
        # "<s@x>... text" is Sendmail's way of quoting an address in a reply (usrerr's "%s... %s"),
        # carried on a folded line of the reply ("said: 550 5.1.2\n    <s@x>... Invalid MX record
        # for host x (in\n    reply to MAIL FROM command)"): the reply goes on, no new recipient.
        # ...unless the quoted address is another recipient of this report: then the line is that
        # recipient's own (Sendmail's transcript, "<b@x>... Deferred: ...").
        quoted = head.endswith("...") and head.rstrip(".").strip("<>").lower() not in others
        # So does "<s@x>: Sender address rejected" under Postfix's "said: 553 5.1.8" cut at its code.
        if "@" in head and address.lower() not in head.lower() and not quoted and not continues_reply(lines, n):
            if out and opens and bare_address(line) and n + 1 < len(lines) and lines[n + 1].strip():
                # An address the reply names, wrapped onto a line of its own inside the "<r>:" paragraph that
                # Postfix (bounce_notify_util.c) and qmail-send open for each recipient, the reply going on below:
                # no entry of a list (review 98: "(in reply to end of DATA command)" was lost, and with it the stage).
                out.append(line.strip())
                continue
            if out or not bare_address(line):
                break  # the next recipient's paragraph
            continue  # the next entry of a list of bare addresses: what follows the list explains them all
        if _RULE.match(line):
            if _heading_rest(lines[n - 1]):
                continue  # the closing dashes of a heading broken by a line width, no footer
            break  # a footer
        own, cut = _own_text(line, others)
        if own.strip():
            out.append(own.strip())
        if cut:
            break  # another recipient's explanation starts on this line
    return " ".join(out)


def _printed(address: str) -> str:
    """`address` with each non-ASCII byte of its UTF-8 as "\\ooo": Exim's string_printing() form, which
    its notice's text uses (X-Failed-Recipients and the failed-address list: "jos\\303\\251@x") while its
    message/global-delivery-status names the address in UTF-8 (real fixture exim-utf8-unrouteable-...)."""
    return "".join(chr(b) if b < 0x80 else f"\\{b:03o}" for b in address.encode("utf-8", "replace"))


def _own_text(text: str, others: tuple[str, ...]) -> tuple[str, bool]:
    """`text` (what follows a recipient's address) up to the first whole mention of another
    recipient of the report after some text of its own: "<a@x>: said X; <b@y>: said Y" is X
    for a. The MTAs' own layouts never put two recipients' reasons on one line (Postfix's
    bounce_notify_util.c writes a blank line, then "<rcpt>: reason" or "<rcpt> (expanded from
    <alias>): reason", and the alias is no other recipient's address; Exim's deliver.c
    print_address_error puts the reason on the indented lines under the address; Sendmail's
    savemail.c errbody "    (reason: ...)" under it), so this only cuts what a template or a
    gateway joining lines wrote. A list before any text ("a@x, b@y: 550 ...", "a@x and b@y:")
    is skipped: what follows it explains them all. Returns the text and whether another
    recipient's explanation was cut off."""
    if not others:
        return text, False
    low = text.lower()
    # (Only the others the text holds are asked, by a filter with no bytecode per other: asked of each line for each
    # recipient, every other one's whole-address test made a report naming 321 recipients take 1.7 s for 187 KB;
    # benchmarks/growth.py, 2026-12-06.)
    others = tuple(filter(low.__contains__, others))
    start = 0
    while True:
        found = [(j, other) for other in others if (j := _whole(low, other, start)) >= 0]
        if not found:
            break
        j, other = min(found)
        between = text[start:j].strip(" \t<>,;:\"'")
        if between and not _JOINER.fullmatch(between):
            return text[start:j].rstrip(" \t<,;(\"'"), True  # own text, then the other's
        start = j + len(other)  # a list: skip the other address
    return (text if start == 0 else text[start:].lstrip(" \t>,;:\"'")), False


# A word joining two addresses of one list ("a@x and b@y: 550 ..."), in the notices' languages.
_JOINER = re.compile(r"(?i)and|or|&|\+|und|oder|et|ou|y|o|e|en|og|och|i|oraz|и")


# Characters that continue an address found inside a longer one: "b@y.com" in "bob@y.com"
# (before it) or in "b@y.com.au" and "b@y.community" (after it; a full stop then a space or the
# end is the sentence's).
_LOCAL_CHARS = frozenset("._+-=!#$%&'*/?^`{|}~")


def _whole(low: str, address: str, start: int) -> int:
    """Where `address` occurs in `low` from `start` as a whole address, or -1."""
    j = low.find(address, start)
    while j >= 0:
        end = j + len(address)
        before = low[j - 1] if j else " "
        after = low[end:end + 2]
        if not (before.isalnum() or before in _LOCAL_CHARS) \
                and not (after[:1].isalnum() or after[:1] == "-" or after[:1] == "." and after[1:].isalnum()):
            return j
        j = low.find(address, j + 1)
    return -1


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    blocks = recipient_blocks(mail.dsn_blocks)
    if not blocks and "final-recipient:" in lower_once(mail.text) and looks_like_bounce(mail):
        # The delivery-status fields as plain text: a report whose MIME structure was lost
        # (no Content-Type header, relayed through a gateway that flattened it).
        blocks = [b for b in recipient_blocks(parse_fields(mail.text[:60000]))
                  if "action" in b or "status" in b]
    if not blocks or all("disposition" in b for b in blocks):
        return None  # none, or a disposition report in a delivery-status part: formats/mdn.py
    addresses = list(map(_address, blocks))
    # A block that lost its Final-Recipient: the one recipient the text gives its reply (formats/unnamed_blocks.py).
    for found in unnamed_blocks.recovered(mail, mail.dsn_blocks, addresses, lines_about):
        blocks.append(found)
        addresses.append(_address(found))
    qualified = [_qualified(mail, b, a) for b, a in zip(blocks, addresses)]
    # (a block kept as it was keeps its address: each read once, not again by facts_from_blocks)
    addresses = [a if q is b else _address(q) for q, b, a in zip(qualified, blocks, addresses)]
    # (a block that lost its Action to a cut, in a notice that says it is a warning only: delayed; triage 61)
    return failures_only(prose.kept_waiting(mail, facts_from_blocks(qualified, mail.notice, addresses,
                                                                    listed=exims_own(mail)))) or None


def exims_own(mail: Mail) -> bool:
    """Is this report Exim's own (its MIME boundary: deliver.c writes `<time>-eximdsn-<random>`)? Exim lists
    each address with its reasons indented on the lines right under it, then a blank line; what follows is
    the notice's closing text, never an address's explanation: in a delay warning its fixed "No action is
    required on your part. Delivery attempts will continue for some time..." (deliver.c, or the "final"
    section of an administrator's warn_message_file), which a reader of the CRM's bounce field took for
    the cause (a connection refused, which Exim's warning does not name)."""
    return "-eximdsn-" in (mail.msg.get_boundary() or "")


def _qualified(mail: Mail, block: dict[str, str], found: str | None) -> dict[str, str]:
    """A block whose recipient (`found`, its `_address`) is a login name alone (a local mailer's `RFC822; jdoe`) or
    only an internal name (`strict@internal`, a dotless domain), with the returned message's To/Cc address of that
    local part in its place: the address the sender wrote to."""
    if found is not None and not _internal(found, found):
        return block
    field = found.rpartition("@")[0] if found else _value(block.get("final-recipient") or
                                                          block.get("original-recipient") or "")
    address = named.by_local_part(mail, field)
    return block if address is None else {**block, "final-recipient": f"rfc822; {address}"}

