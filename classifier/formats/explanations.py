"""Why a plain-text notice says a recipient failed (read by formats/prose.py once recipients.py
found the recipients): the lines below a recipient that explain it (`explanation`), Sendmail's
verdict line and the session exchange above it (`sendmail_verdict`), the notice's reply or failure
words when none is tied to a recipient (`general_error`), and the failure words those read
(`ERROR_LINE`, `FAILED_WORDS`; also recipients.py's test of a sentence that ends with the address).
"""

from __future__ import annotations

import re

from classifier.formats import bare_address, clean, command_named, layout_only, said_before, smtp_command, unwrapped
from classifier.guard import Guarded
from classifier.hints import SMTP_CODE
from classifier.formats import shapes
from classifier.formats.broken import code_above, code_before, reply_above, reply_around
from classifier.formats.intros import intro, intro_of
from classifier.formats.lone import REPLY_LINE
from classifier.parse import ADDRESS
from classifier.sections import quotes_subject

ERROR_LINE = Guarded(re.compile(r"(?i)(?:\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b|unknown|not found|"
                                 r"does not exist|full|quota|rejected|denied|refused|blocked|invalid|disabled|"
                                 r"error|failed|expired|unreachable|timed out|does(?:n't| not) have an? |exceed(?:s|ed))"),
                      ("4", "5", "unknown", "not found", "does not exist", "full", "quota", "rejected", "denied",
                       "refused", "blocked", "invalid", "disabled", "error", "failed", "expired", "unreachable",
                       "timed out", "does", "exceed"))
FAILED_WORDS = Guarded(re.compile(r"(?i)not (?:be )?delivered|undeliver|not responding|could ?n[o']t|unable to|"
                                   r"no longer|not accepting|retry|送信できません|配信できません|届きません"),
                        ("delivered", "undeliver", "not responding", "could", "unable to", "no longer",
                         "not accepting", "retry"))


# The most lines below a recipient that explain it; twice that for a multi-line reply ("421-4.7.28
# ..." lines, RFC 5321 §4.2.1), read to the end of its paragraph: Gmail's seven lines broken again
# at 72 columns by a writer or gateway keep their last ("... - gsmtp", the provider's sign).
_EXPLANATION_LINES = 12
_CLOSING = re.compile(r"(?i)^\s*please reply to\b")
# A header's label alone on its line, its addresses on the lines below: a recap of the original's
# header, no reason (Apache James's Bounce mailet, NotifyMailetsMessage.appendAddresses: "  From: ",
# "  To: ", "  CC: " under "Message details:", right after the "  RCPT TO: x" lines; recipients.py: it
# ends a list of failed recipients too).
HEADER_RECAP = re.compile(r"(?i)^\s*(?:from|to|cc):\s*$")
_MULTILINE_REPLY = re.compile(r"[45]\d\d-")
# Zoho Mail's own notice writes each refused recipient as "<addr> Invalid Address, ERROR_CODE :<reply code>, ERROR_CODE
# :<the reply's rest>" (sisimai's Lhost/Zoho.pm reads that line), the label the same whatever the reply says ("...
# Requested action not taken: mailbox unavailable", "... 5.4.6 Unusual sending activity detected"): a layout label that
# names no reason. Its userunknown phrase read OUR account's outgoing block filtered, the lead's (groupware60; triage 61).
_ZOHO_ENTRY = re.compile(r"(?i)^invalid address, error_code :[ \t]?([245]\d\d), error_code :[ \t]?")


def explanation(lines: list[str], start: int, stops: set[int], skip: frozenset[int] = frozenset()) -> str:
    """The lines that explain one recipient's failure: its own line's rest and what follows (not the lines `skip`)."""
    if start < 0:
        return ""
    out = []
    first = lines[start]
    m = ADDRESS.search(first)
    rest = first[m.end():].strip(" >:\t'\"") if m else first
    if "_" in rest:  # (every match holds "error_code": speed only)
        rest = _ZOHO_ENTRY.sub(r"\1 ", rest)  # Zoho's layout label, no reason: its reply is the code and the rest
    if rest and first.rstrip().endswith(":") and lines[start + 1:start + 2] and lines[start + 1].lstrip()[:1] == "<":
        rest += ":"  # a reply a width broke after its colon ("550 Invalid recipient:" / "<a@b>"): OpenSMTPD's stage word
    if REPLY_LINE.match(first):
        out.append(first.strip())  # the reply code and status before the address belong to it
    elif rest:
        above = "\n".join(lines[max(0, start - 3):start])
        out.extend(filter(None, (said_before(f"{above}\n{first[:m.start()]}") if m else "", code_above(lines, start, m),
                                 code_before(lines, start, m), rest)))
    elif m:
        # "User mailbox exceeds allowed size: a@b" (IMail/SMTP32 and others): the reason
        # is the line's text before the address.
        before = first[:m.start()].strip(" \t:<\"'") or reply_above(lines, start) or reply_around(lines, start)
        # hMailServer's "hMailServer sent: RCPT TO:<a@b>": the command the reply below answered.
        if len(before) > 3 and (ERROR_LINE.search(before) or smtp_command(before)):
            out.append(before)
    multiline, read = False, 0
    for j in range(start + 1, min(len(lines), start + 2 * _EXPLANATION_LINES)):
        line = lines[j]
        if j in stops or (read >= _EXPLANATION_LINES - 1 and not multiline):
            break
        if j in skip:
            continue
        read += not layout_only(lines[j - 1], line)
        if not line.strip() or shapes.count_only(line):
            if out and any(SMTP_CODE.search(x) for x in out):
                break
            continue
        if "following" in line.lower() and _RECIPIENTS_REJECTED.search(" ".join(lines[j:j + 3])):
            break  # (review 168: InterMail's next section's heading, its reasons not this list's; also broken by a
            # width, "... by a remote mail" / " server.": the whole grid's wrap_66_folded; review 172: over three lines,
            # "Each of the following" alone no intro, or with no blank line above it: kim took lead's reason)
        if intro_of(lines, line) or line.strip().startswith("---"):
            if out:
                break
            continue
        if _CLOSING.match(line):  # Netscape's closing line: the reason was the paragraph above
            break
        if ":" in line and HEADER_RECAP.match(line):
            break
        out.append(line.strip())
        multiline = multiline or _MULTILINE_REPLY.match(out[-1]) is not None
    if not out:
        out = shapes.reason_above(lines, start)
    return clean(" ".join(out))


_SESSION_START = ("while talking to", "... while talking to")
_EMBEDDED_REPLY = re.compile(r"\b[45]\d\d\b")


def sendmail_verdict(lines: list[str], i: int, address: str) -> tuple[str, str | None]:
    """Sendmail's (V5 and later) verdict line for one recipient, "554 <addr>... <why>", is its
    whole explanation: the next line is another recipient's or host's verdict. Where the why
    is no reply of its own ("Remote protocol error", "User unknown" after a quoted reply), the
    exchange above it in the same session says more: its "<<<" reply and ">>>" command, taken
    when that exchange names this recipient or the verdict is a protocol error (the session
    failed at that command, e.g. MAIL FROM refused, whoever the recipient was)."""
    line, k = lines[i].strip(), i + 1
    # Its why wrapped by a gateway: Sendmail writes "addr... why" on one line, never "addr..." alone,
    # and its own next lines ("Warning: message still undelivered", "Message could not be
    # delivered") open flush left in capitals, where a wrapped rest is folded or in lower case.
    while k < len(lines) and lines[k].strip() and (line.endswith("...") or layout_only(lines[k - 1], lines[k])
                                                   and (lines[k][:1].isspace() or lines[k][:1].islower())):
        line, k = f"{line} {lines[k].strip()}", k + 1
    why = line.split("...", 1)[1] if "..." in line else ""
    if _EMBEDDED_REPLY.search(why):
        return clean(line), None
    reply = sent = None
    for j in range(i - 1, max(-1, i - 30), -1):
        prior = lines[j].strip()
        if prior.lower().startswith(_SESSION_START):
            break
        if prior.startswith("<<<") and reply is None:
            reply = prior[3:].strip()
        elif prior.startswith(">>>") and reply is not None:
            sent = prior[3:].strip()
            break
    if reply is None:
        return clean(line), None
    low = address.lower()
    if low in reply.lower() or low in (sent or "").lower() or "protocol error" in why.lower():
        word = re.match(r"(?i)(MAIL FROM|RCPT TO|DATA|EHLO|HELO|QUIT|MAIL|RCPT)\b", sent or "")
        return clean(f"{reply} {line}"), command_named(word.group(1)) if word else None
    return clean(line), None


def _names_address(line: str) -> bool:
    """Does the line name an address, other than inside a Chinese or Japanese sentence that
    gives its reason ("您发送到“a@b”的邮件无法被正确投递，因为该收件人并不存在")?"""
    m = ADDRESS.search(line) if "@" in line else None  # (every address holds one: skip the search)
    return m is not None and not said_before(line[:m.start()])


# A line that introduces the delivery error and writes it below, on lines of its own: Apache James's
# Bounce mailet (NotifyMailetsMessage.generateMessage: the mailet's message, "Error message below:",
# the mail's error message, a blank line, then "Message details:" naming the recipients only as
# "  RCPT TO: x"). Its paragraph is the cause, whatever its words (James's own "I found no MX record
# entries for the hostname x." holds none of ERROR_LINE's), before any failure word of the text above.
_CAUSE_BELOW = re.compile(r"(?i)^\s*error message below:\s*$")


def _cause_below(lines: list[str]) -> list[str]:
    """The paragraph under a `_CAUSE_BELOW` line, stripped (none: [])."""
    for k, line in enumerate(lines):
        if ":" in line and _CAUSE_BELOW.match(line):
            out = []
            for below in lines[k + 1:k + 1 + _EXPLANATION_LINES]:
                if not below.strip():
                    break
                out.append(below.strip())
            return out
    return []


def general_error(lines: list[str]) -> str:
    """Lines of the notice that carry an SMTP reply or status, when none is tied to a recipient."""
    if not all(line.isascii() for line in lines):
        lines = unwrapped(lines)
    lines = [line for line in lines if not quotes_subject(line)]  # the original's words, no error
    cause = _cause_below(lines)
    if cause:
        return clean(" ".join(cause))
    hits = shapes.code_lines(lines)
    if hits:
        return clean(" ".join(hits[:4]))
    hits = [line.strip() for line in lines if ERROR_LINE.search(line) or FAILED_WORDS.search(line)]
    if not hits:
        # No error wording we know (another language, an unusual MTA): the notice's own
        # sentences, which still say what happened better than nothing.
        own = [k for k, line in enumerate(lines)
               if line.strip() and not _names_address(line) and not intro(line)
               and not line.strip().startswith(("---", "==", "**"))]
        return clean(" ".join(lines[k].strip() for k in _to_sentence_end(own, lines)))
    return clean(" ".join(hits[:3]))


# Where a sentence ends at a line's end (a list intro's or a label's colon too).
_SENTENCE_END = re.compile(r"[.!?;:\u3002\uff01\uff1f\uff1a]$")
_MORE_LINES = 6  # a 300-character sentence broken at 50 columns


def _to_sentence_end(own: list[int], lines: list[str]) -> list[int]:
    """The first three of the notice's own lines (`own`, indexes into `lines`), and, where the third stops in
    mid-sentence, the lines that go on with it: three LINES are no unit of meaning, and a sentence a writer's or a
    gateway's width broke over more lost its tail (the grid, re-wrapping review 118/120's rows at 50 and 40 columns:
    Czech "na neexistující adresu" / "IP serveru." and Turkish "var olmayan e-posta adresi" / "anlamına gelmez" read
    the lead missing, false hards)."""
    picked, more = own[:3], []
    for k in own[3:3 + _MORE_LINES]:
        if k != (more or picked)[-1] + 1 or _SENTENCE_END.search(lines[(more or picked)[-1]].rstrip()):
            break
        more.append(k)
    # Only a sentence that ends within them: lines that never end one are no sentence (a header block, junk).
    return picked + more if more and _SENTENCE_END.search(lines[more[-1]].rstrip()) else picked

def last_of_list(lines: list[str], i: int, stops: set[int]) -> int:
    """The last entry of the list of bare addresses (one a line, nothing else) that lines[i]
    opens or continues: they share what follows the list (Gmail's "Delivery to the following
    recipients failed permanently" list, then its technical details; MailMarshal's and Exim's
    lists with no reason of their own). Read from its own line, the next entry cut every
    address but the last off that explanation."""
    if i < 0 or not bare_address(lines[i]):
        return i
    while i + 1 < len(lines) and i + 1 in stops and bare_address(lines[i + 1]):
        i += 1
    return i


_LABEL = re.compile(r"\s*[A-Za-z][\w-]{0,30}:(?:\s|$)")


_ONLY_ADDRESS = re.compile(r"<[^<>\s]+>[.,;]?")


def lines_of_others(lines: list[str], start: int, address: str, named: set[str]) -> frozenset[int]:
    """The reply lines below a list of bare addresses (`start`, its last entry) that name another address of the list
    (`named`, lowercased) and not `address`: the list shares its explanation block, but a reply there that names one
    of them is that one's (sisimai's Unknown MTA #3: "* a@x" / "* b@x", then "SMTP:RCPT host ...: 553 5.3.0 <a@x>...
    No such user here" and "Routing: Could not find a gateway for b@x"; review vintage57: b read a's user unknown, a
    false hard)."""
    low, out, tail = address.lower(), set(), False
    for j in range(start + 1, min(len(lines), start + 2 * _EXPLANATION_LINES)):
        said = {a.lower().strip(".") for a in ADDRESS.findall(lines[j])}
        coded = SMTP_CODE.search(lines[j]) is not None
        if not said and not coded:
            if tail and lines[j].strip() and not _LABEL.match(lines[j]):
                out.add(j)  # the rest of that reply, a width broke it ("<a>..." / "No such user here"), not a next
                # entry's label ("Routing: Could not find a gateway for" / "<b>")
            else:
                tail = False
            continue
        tail = False
        if said and low not in said and said & named:
            if coded:
                out.add(j)
                tail = True
            elif j - 1 > start and j - 1 not in out and lines[j].lstrip().startswith("<") \
                    and SMTP_CODE.search(lines[j - 1]) and not ADDRESS.search(lines[j - 1]) \
                    and not _ONLY_ADDRESS.fullmatch(lines[j].strip()):
                # its code on the line above, its "<address>..." broken onto this one; not an address alone, the
                # object that ends the reply above ("551 5.1.6 User not local; please try" / "<lead@x>", RFC 5321's
                # forward-path: review 183's row lost kim's own reply, its hasmoved, to that address)
                out |= {j - 1, j}
                tail = True
    return frozenset(out)


# Exim's "SMTP error from remote mail server after RCPT TO:<a@b>:" (deliver.c; its failure notice and its delay
# warning's "Delay reason:"): the stage the reply below it answered, read across the lines a writer's width broke
# it into ("... after" / "RCPT TO:<a@b>:", "... after RCPT" / "TO:<a@b>:"; review 74). Only RCPT TO names a
# recipient (MAIL FROM's address is our sender); a phrase whole on one line was the line readers' to find.
_EXIM_STAGE = re.compile(r"(?i)\bremote mail server after RCPT TO:<([^>\s]{1,254})>")


def exim_stage(notice: str, address: str) -> str | None:
    """RCPT where Exim's "after RCPT TO:<address>" is broken over lines; None otherwise."""
    flat = " ".join(notice.split())  # "remote mail" / "server after" broken too (review 78: re-wrapped at 50)
    if "remote mail server" not in flat.lower():  # asked only where no line named the command
        return None
    low = address.lower()
    for m in _EXIM_STAGE.finditer(flat):
        if m.group(1).lower() == low and m.group(0) not in notice:
            return "RCPT"
    return None


# InterMail's (Openwave, Critical Path) "Each of the following recipients was rejected by a remote mail server." over
# each "Recipient: <a@b>" and its "Reason:" (review 165; au/EZweb's copy quotes the ">>> RCPT TO" under it): the remote
# server refused the recipient itself, the answer to RCPT however the reason line lacks the stage's name.
_RECIPIENTS_REJECTED = Guarded(re.compile(r"(?i)\bfollowing\s+recipients?\s+(?:was|were)\s+rejected\s+by\s+(?:a|the)\s+"
                                          r"remote\s+(?:mail\s+)?server\b"), ("rejected",))


def recipients_rejected_stage(notice: str) -> str | None:
    """RCPT where the notice says its recipients were rejected by the remote server; None otherwise."""
    # (in any case of letters: the whole grid's upper_notice and title_notice on review 165's rows read it filtered)
    return "RCPT" if _RECIPIENTS_REJECTED.search(notice[:4000]) else None
