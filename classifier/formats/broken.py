"""An SMTP reply that a writer's or gateway's line width broke just before the address it names
(read by formats/recipients.py and explanations.py): what the reply said is on the line above the address's.

A server writes "550 5.1.1 <a@b>: Recipient address rejected" or "550 5.1.1 unknown or illegal
user: a@b" on one line; at 72, 50 or 40 columns the address may open the next line, leaving the
code (or the whole reply) above it, where a reader of the address's line alone loses it (and
"User unknown" with no status reads filtered, where the whole reply reads userunknown).
"""

from __future__ import annotations

import re

from classifier.formats import layout_only
from classifier.formats.intros import intro
from classifier.hints import SMTP_CODE

# The reply code and status a line width left at the end of the line above the address that the
# reply names first ("...;Error=[550 5.1.1" / "<a@b>: Recipient address rejected: ...").
_BROKEN_CODE = re.compile(r"(?:^|[\s\[(])([45]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?)[ \t]*$")


def code_above(lines: list[str], start: int, m: re.Match[str] | None) -> str:
    """The reply code broken off an "addr: why" line that opens with its address (`m`, the
    address's match on lines[start]), as XMail's "Error=[550 5.1.1 <a@b>: why" wrapped before
    the address leaves it; "" when there is none. The reply's code and status, not the line's
    words alone, say what the why is."""
    if m is None or not start or lines[start][:m.start()].strip(" \t<\"'"):
        return ""
    code = _BROKEN_CODE.search(lines[start - 1])
    return code.group(1) if code else ""


# A reply that opens its line and names the recipient inside its words ("550 5.1.1 Cannot send to <a>. Mailbox does
# not exist", "550 5.1.1 forwarding to <a> failed: no such user"): lone.REPLY_LINE keeps a line only where the address
# follows the code at once, so the code and status were lost and the words after the address read alone, stage-less
# and code-less (filtered: audit65b, a gateway's plain notice, a lost hard).
_TO_IT = re.compile(r"(?i)\b(?:to|for)[\s<\"']*$")
_OPENING_CODE = re.compile(r"^\s{0,4}([45]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?)\s+\S")


def code_before(lines: list[str], start: int, m: re.Match[str] | None) -> str:
    """The reply code (and status) opening the reply before the address `m` matched on lines[start], words between; on
    that line or on the one or two above it a width broke off mid-sentence ("550 5.1.1 Cannot send to" / "<a>. ...":
    the whole grid's wrap_40_tab and wrap_50_flush); "" if none."""
    if m is None:
        return ""
    text = lines[start][:m.start()]
    for j in range(start - 1, max(-1, start - 3), -1):
        if _OPENING_CODE.match(text) or not lines[j].strip() or not (lines[j].rstrip()[-1:].isalpha()
                                                                       or lines[j].rstrip()[-1:] == ","):
            break
        text = f"{lines[j].strip()} {text.strip()}"
    code = _OPENING_CODE.match(text)
    # Only where the address is the object of the reply's "to" / "for" (the delivery that failed), not of "use" /
    # "contact" (an address to write to instead: the grid's wrap_50_flush of audit65b's "use" / "info@... instead" read
    # that address hard with the code).
    return code.group(1) if code and _TO_IT.search(text) else ""


def reply_above(lines: list[str], start: int) -> str:
    """The reply a line width broke before the address it ends with, left on the line above
    (James's "550 5.1.1 unknown or illegal user:" / "a@b" at 50 columns): a reply code or status
    and a colon, no address and no list intro; "" otherwise. The address's line is then read as
    the whole reply would be (a failure sentence that ends with the address)."""
    above = lines[start - 1].strip() if start else ""
    if not above.endswith(":") or "@" in above or not SMTP_CODE.search(above) or intro(above):
        return ""
    return "" if _of_an_entry_above(lines, start - 1, lines[start]) else above.rstrip(": ")


def _of_an_entry_above(lines: list[str], j: int, address_line: str) -> bool:
    """Is the reply on lines[j] the last line of the list entry above it, not the start of the address's below: it
    stands deeper than that address (Exim's four spaces under each entry's two), or its paragraph names an address
    above it ("<lead@x>:" / "... does not like recipient." / "Remote host said: 550 ...", qmail's entry)? Audit 64:
    "550 5.1.6 Lena Lead has moved to our office in Halden, Norway:" was the next recipient's too (review leftovers65:
    a spam refusal below it read hasmoved, a false hard)."""
    if _depth(address_line) < _depth(lines[j]):
        return True
    own = address_line.strip(" \t<>\"':.,;").lower()
    for k in range(j - 1, max(-1, j - 4), -1):
        if not lines[k].strip():
            return False
        if "@" in lines[k] and own not in lines[k].lower():  # (a line naming this address too is its own intro)
            return True
    return False


def reply_around(lines: list[str], start: int) -> str:
    """The reply a width broke AROUND the address alone on lines[start], its subject ("550 5.1.1 The address you tried
    to use" / "a@b" / "does not exist."): the reply above (up to three lines a width broke) carries a code or status, no
    address and no list intro, and stops mid-sentence on a word; the line below goes on with a word, no reply and no
    address of its own. Review 185 (Sisimai 4.25's outside opinion on review 178's strict xfails): the address took only
    the words below ("does not exist.", no status: filtered or onhold, soft) and lost the 5.1.1 above, a false soft.
    Any case of letters (the whole grid's upper and title notices). Not an earlier entry's reason: a line naming an
    address just above the reply ("lead" / "550 5.1.1 User unknown" / "kim" / "Mailbox full": lead's, not kim's).
    The reply above then; "" otherwise."""
    below = lines[start + 1].strip() if start + 1 < len(lines) else ""
    if not start or not lines[start - 1].rstrip()[-1:].isalpha():
        return ""
    if not below[:1].isalpha() or "@" in below or SMTP_CODE.search(below) or below.lower().startswith("smtp error from"):
        return ""  # (Exim's "SMTP error from remote mail server after ..." opens an entry's own reason: lead42)
    reply = ""
    for j in range(start - 1, max(-1, start - 4), -1):
        line = lines[j].strip()
        if not line or "@" in line or intro(line) or (j < start - 1 and not layout_only(lines[j], lines[j + 1])):
            return ""
        reply = f"{line} {reply}".strip()
        if SMTP_CODE.search(line):
            # Nor a reply whose code line stands deeper than the address: an entry of Exim's list under the last
            # entry's indented reply, whose width left no address on its last line (review multi57's row re-wrapped at
            # 60 gave the second recipient the first's "550 Sender verify failed", a lost hard); a width's own folds
            # (a tab before "wrote to", review 185's rows at 40) stand deeper than their code line, not than this.
            return "" if j and "@" in lines[j - 1] or _depth(lines[start]) < _depth(lines[j]) else reply
    return ""


def continues_reply(lines: list[str], start: int) -> bool:
    """Does line `start`, which opens with an address, only go on with a reply begun above it in the
    same paragraph (a gateway wrapping Exchange's "#553 5.1.8 <s>... Domain of sender address" / "s does
    not exist ##" there)? The reply's first line carries a code, names no address before it (or, just above, ends
    with the code: Postfix's "<r>: host x[ip] said: 553 5.1.8" wrapped before "<s>: Sender address rejected")
    and stands no deeper than this one; a recipient of Exim's list stands shallower than its own reply."""
    line = lines[start]
    if start and _COMMAND_REST.match(line) and _COMMAND_CUT.search(lines[start - 1]):
        return True  # Exim's "SMTP error from remote mail server after RCPT" / "TO:<a@b>:" broken at a writer's width
    if not _ENTRY.match(line) and _in_recipients_paragraph(lines, start) and layout_only(lines[start - 1], line):
        # "<r>:" then its reply wrapped before an address it names ("Please write to" / "x instead."); an
        # "x: reason" line is an entry of its own (OpenSMTPD's list, whatever wraps above it).
        return True
    for k, above in enumerate(lines[max(0, start - 6):start][::-1]):
        code = SMTP_CODE.search(above + " ")  # a reply cut right after its code ("said: 550" at the end)
        if not above.strip() or intro(above):
            return False
        if code is not None:
            ends_with_code = k == 0 and _ONLY_CODES.fullmatch(above[code.start():].strip()) is not None \
                and not SMTP_CODE.search(line)  # a line with a reply code of its own is an entry of its own
            return ("@" not in above[:code.start()] or ends_with_code) and _depth(line) >= _depth(above) \
                and (" " in line.strip() or _in_recipients_paragraph(lines, start) and not _opens(line.strip()))
    return False


def folded_reply(lines: list[str], start: int) -> bool:
    """Is line `start` (Sendmail's "550 <a@b>... User unknown") only the reply a remote server gave about the
    recipient named just above, folded onto an indented line after Postfix's "host x[ip] said:"? The address in
    it is the server's own word (another address than the one we sent to), not a second failed recipient."""
    # Exim's "SMTP error from remote mail server after RCPT TO:<x>:" above the reply is the same (audit 43: Exim's
    # reply "552 5.2.2 <other@x>... Mailbox full" about lead read other@ as a second recipient).
    above = lines[start - 1].rstrip() if start > 0 else ""
    if lines[start][:1] not in " \t":
        return False
    if above.endswith("said:") or _EXIM_AFTER.search(above) is not None:
        return True
    # A gateway's re-wrap may break Exim's line before its "TO:<x>:" (audit 43's row re-wrapped at 72 columns).
    return start > 1 and above.endswith(":") and \
        _EXIM_AFTER.search(f"{lines[start - 2].rstrip()} {above.strip()}") is not None


# An SMTP command's argument on the line below its verb, the line above ending "after RCPT" / "after MAIL" (Exim's
# transports/smtp.c "SMTP error from remote mail server after %s:" re-wrapped; review recipients45: the rest of the
# command, naming the alias's target, ended the alias's own lines before its reply).
_COMMAND_REST = re.compile(r"(?i)\s*(?:to|from):\s?<")
_COMMAND_CUT = re.compile(r"(?i)\bafter (?:rcpt|mail)\s*$")
_EXIM_AFTER = re.compile(r"(?i)\bSMTP error from remote mail(?:er| server) after [^\n]{0,300}:$")


# A line that opens with an address and its colon: an entry ("<r>:", "r: 550 ..."), never a wrapped reply's tail.
_ENTRY = re.compile(r"\s*[\"<]?[^\s\"<>:@]+@[^\s\"<>:]+[\">]?\s*:")


def _in_recipients_paragraph(lines: list[str], start: int) -> bool:
    """Does a "<r>:" line (qmail-send's addbounce, Postfix's "<r>: reason") open the paragraph that
    line `start` stands in? Then a bare address there is its reply wrapped (an address the reply
    names, "please write to x"), never an entry of its own: each recipient opens a paragraph so
    (review 50)."""
    for above in lines[max(0, start - 12):start][::-1]:
        text = above.strip()
        if not text:
            return False
        if _opens(text):
            return True
    return False


def _opens(text: str) -> bool:
    """Is stripped `text` a "<r>:" line, one recipient's opener? Such a line is an entry even where a
    gateway dropped the blank line before it (review 53): no reply wraps to a bare "<r>:"."""
    return text.startswith("<") and ">:" in text and "@" in text.split(">:", 1)[0]


_ONLY_CODES = re.compile(r"[45]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?|[45]\.\d{1,3}\.\d{1,3}")


def _depth(line: str) -> int:
    """How far a line stands in, a tab counting to the next multiple of eight."""
    line = line.expandtabs()
    return len(line) - len(line.lstrip(" "))
