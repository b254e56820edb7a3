"""Generic plain-text bounces: the last line of defence for servers we have no module for.

Many MTAs (qmail, Exim, old Sendmail, Gmail before 2016, appliances, webmail providers) write the failed
recipient into prose: a list after "the following address(es) failed", `<addr>:` paragraphs, "could not be
delivered to addr", an SMTP transcript. This module reads those shapes, but only in a message that identifies
itself as a delivery failure (daemon sender, X-Failed-Recipients, bounce subject), so a person's mail that
merely quotes a bounce is never taken for one.
"""

from __future__ import annotations

import re

from classifier.formats import Fact, bare_address, clean, command_named, exchange_for, find_reply, find_status, \
    generated_text, layout_only, not_others, said_before, smtp_command, transcript, transcript_command, unwrapped
from classifier.guard import Fast, Guarded
from classifier.hints import DAEMON_FROM, SMTP_CODE, looks_like_bounce
from classifier.formats import named, shapes
from classifier.formats.broken import code_above, continues_reply, reply_above
from classifier.formats.intros import intro, only_delivered, says_delivered, succeeded, wrapped_intro
from classifier.formats.lone import REPLY_LINE as _REPLY_LINE, fallback as _fallback, is_daemon
from classifier.parse import ADDRESS, Mail
from classifier.quoted import addresses
from classifier.sections import own_subject, quotes_subject, without_quoted_subject
from classifier.text import without_names

NAME = "prose"
HINTS = ()


# "... could not be delivered to addr", "Delivery to addr failed", "addr: 550 ..."
_INLINE = (
    re.compile(r"(?i)(?:deliver\w{0,4}|(?<!also )sen[dt]\w{0,3}|relay\w{0,3}|forward\w{0,3}|transmi\w{0,6}|reach)"
               r"(?:\s+(?:your|the|this)\s+(?:mail|message|e-?mail)|(?<=deliver)\s+message)?\s+to:?\s{0,20}['\"<]{0,2}("
               + ADDRESS.pattern + r")[\">]?"),
    re.compile(r"(?i)(?:recipient|address|mailbox|user)\s*:?\s*<("
               + ADDRESS.pattern + r")>"),
    re.compile(r"(?i)(?:rcpt to|recipient address|original-recipient|final-recipient)\s{0,3}:\s{0,20}"
               r"(?:rfc822;\s{0,5})?<?(" + ADDRESS.pattern + r")>?"),
    # "Your message to a@b couldn't be delivered" (Exchange/Microsoft 365, webmail), also with the day sent
    # between: Seznam's "You message for <a@b> from 2012/11/19 could not be delivered." (napoveda.seznam.cz).
    re.compile(r"(?i)(?:message|mail|e-?mail)\s+(?:addressed\s+)?(?:to|for)\s+[\"<']?(" + ADDRESS.pattern + r")[\">']?\s+"
               r"(?:from\s+[\d./-]{6,10}\s+)?(?:could ?n[o']t|can ?n[o']t|was ?n[o']t|has ?n[o']t been|could not be|failed|is undeliverable)"),
)
# An SMTP reply quoted alone on its line that names the recipient first: "550 5.1.6 <a@b>: ...".
# A notice that names the recipient on a labelled line of its own: "Recipient: a@b",
# "Original recipient: a@b", "Empfänger: a@b", "Destinataire : a@b", "宛先: a@b", "受取人: <a@b>"
# (DTI; webmail providers, groupware and appliances in many languages).
_LABELLED = re.compile(
    r"(?i)^\s{0,8}[*-]?\s{0,2}(?:(?:original |final |failed |intended |invalid |unknown |bad )?recipient(?:\(s\)|s)?|"
    r"(?:failed |recipient(?:'s)? |e-?mail |invalid |unknown |bad |undeliverable )?(?:e-?mail )?address(?:es)?|to|mailbox|addressee|"
    r"empf(?:ä|ae)nger|empf(?:ä|ae)ngeradresse|destinataire|destinatario|destinat(?:á|a)rio|ontvanger|odbiorca|adresat|"
    r"mottagare|(?:e-?mail-?)?adresse(?: (?:e-?mail|électronique|du destinataire))?|indirizzo(?: e-?mail)?|"
    r"direcci(?:ó|o)n(?: de correo(?: electr(?:ó|o)nico)?)?|endere(?:ç|c)o(?: de e-?mail)?|adres(?: e-?mail)?|"
    r"modtager|mottaker|получатель|адресат|宛先|受信者|受取人|收件人|收件者|수신자|받는 사람)\s{0,3}[:：]\s{0,20}"
    r"(?:\"?[^\"<>\n@]{0,80}\"?\s{0,4})?<?(?:mailto:)?(?<![\w.+=-])(" + ADDRESS.pattern + r")[>\"]?[.,;]?\s*$"
)
# Sendmail (V5 and later) writes one verdict line per recipient: "554 <addr>... 550 Host unknown".
# (Its why may be wrapped onto the next line, the line then ending at the "...".)
_SENDMAIL_LINE = re.compile(r"^\s{0,4}[45]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?\s+<?(" + ADDRESS.pattern + r")>?\.\.\.(?:\s|$)")
# A failure sentence that ends with the address: "User's mailbox is full: <addr>".
_TRAILING = re.compile(r"^(.{3,160}?):\s{0,8}[\"<]?(" + ADDRESS.pattern + r")[\">]?[.]?\s*$")
# After a list intro on the same line: "The following recipients returned errors: addr."
_AFTER_INTRO = re.compile(r"^[^@\n]{0,80}?:\s{0,8}[\"<]?(" + ADDRESS.pattern + r")")
_PARAGRAPH = re.compile(r"^\s{0,8}[\"<]?(" + ADDRESS.pattern + r")[\">]?\s*(?:\([^)]{0,200}\))?\s*:(?:\s|$)")
# Inside a list of failed recipients, a line may start with the address and go on.
# Exchange 2000/2003 quotes it: "'a@b' on 3/10/2026 9:15 AM".
_LEADING = re.compile(r"^\s{0,16}(?:[*\u2022-]{1,2}\s{1,4})?[\"<'\[]?(" + ADDRESS.pattern + r")[\">'\]]?(?:[\s,;:]|$)")
_ERROR_LINE = Guarded(re.compile(r"(?i)(?:\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b|unknown|not found|"
                                 r"does not exist|full|quota|rejected|denied|refused|blocked|invalid|disabled|"
                                 r"error|failed|expired|unreachable|timed out|does(?:n't| not) have an? |exceed(?:s|ed))"),
                      ("4", "5", "unknown", "not found", "does not exist", "full", "quota", "rejected", "denied",
                       "refused", "blocked", "invalid", "disabled", "error", "failed", "expired", "unreachable",
                       "timed out", "does", "exceed"))
_FAILED_WORDS = Guarded(re.compile(r"(?i)not (?:be )?delivered|undeliver|not responding|could ?n[o']t|unable to|"
                                   r"no longer|not accepting|retry|送信できません|配信できません|届きません"),
                        ("delivered", "undeliver", "not responding", "could", "unable to", "no longer",
                         "not accepting", "retry"))
_WORD = re.compile(r"[A-Za-z]{3}")


def excluded(mail: Mail) -> set[str]:
    out = set()
    for name in ("from", "to", "sender", "reply-to"):
        for a in ADDRESS.findall(mail.header(name)):
            out.add(a.lower())
    return out


def candidates(mail: Mail, lines: list[str]) -> list[tuple[str, int, bool]]:
    """(address, line index, strong) of failed recipients in the notice, in order. Strong
    shapes are the ones a bounce uses only for failed recipients (a list after "the
    following addresses failed", an `addr:` paragraph, a Sendmail verdict line)."""
    found: list[tuple[str, int, bool]] = []
    in_list = False
    for i, line in enumerate(lines):
        if "@" not in line:  # every shape below but the list intro (and a name in a list) holds an address
            opening = intro(line) or wrapped_intro(lines, i)
            if opening:
                in_list = not says_delivered(lines, i) and not succeeded(opening.string)
            elif in_list:
                address = named.listed(mail, line)
                if address:
                    found.append((address, i, True))
            continue
        opening = intro(line)
        if opening:
            in_list = not says_delivered(lines, i)
            if not in_list:
                continue
            for m in _INLINE[0].finditer(line):
                found.append((m.group(1), i, True))
            # "Failed Recipient: a@b", "Failed Recipient: Jane Doe <a@b>"
            m = _AFTER_INTRO.match(line[opening.end() - opening.group().endswith(":"):]) or _LABELLED.match(line)
            if m:
                found.append((m.group(1), i, True))
            continue
        m = _PARAGRAPH.match(line) or _SENDMAIL_LINE.match(line) or _LABELLED.match(line)
        if m:
            # Not when it only goes on with the reply to a recipient found just above (wrapped).
            if m.re is not _PARAGRAPH or not (found and i - found[-1][1] <= 6 and continues_reply(lines, i)):
                found.append((m.group(1), i, True))
            continue
        if in_list:
            m = _LEADING.match(line)
            a = named.address_of_name(mail, m.group(1) if m else shapes.named_entry(line))
            if a and not continues_reply(lines, i):
                found.append((a, i, True))
                continue
        a = shapes.proxy(line) or shapes.dashed(line)
        if a:
            found.append((a, i, True))
            continue
        m = _TRAILING.match(line) or _TRAILING.match(f"{reply_above(lines, i)}: {line.strip()}")
        if m and _ERROR_LINE.search(m.group(1)):
            found.append((m.group(2), i, False))
            continue
        hits = [(m.group(1), i, n == 0) for n, rx in enumerate(_INLINE) for m in rx.finditer(line)]
        found.extend(hits or [(a, i, False) for a in _wrapped_sentence(lines, i)])
    for a in addresses(mail.header("x-failed-recipients")):  # a quoted local part kept whole
        found.insert(0, (a, named.index_of(lines, a), True))
    return found


def _wrapped_sentence(lines: list[str], i: int) -> list[str]:
    """The address of line i in "Your message to a@b couldn't be delivered" (_INLINE[3]) that a
    client or gateway wrapping at 72-78 columns broke before its verb ("Your message to" /
    "<a@b> could not be delivered."), or in "Your message wasn't delivered to a@b because ..."
    (_INLINE[0]) broken before the address (Gmail's sentence at 40 columns), or in "rejected
    recipient <a@b> (Error following RCPT command)" (_INLINE[1]) broken there: read with its
    paragraph's neighbour lines that name no address, the address its own line's (never one of
    a neighbour's, a sender's or a header's)."""
    near = [lines[j].strip() if 0 <= j < len(lines) and "@" not in lines[j] else "" for j in (i - 1, i + 1)]
    start = len(near[0]) + 1
    text = f"{near[0]} {lines[i].strip()} {near[1]}"
    return [m.group(1) for rx in (_INLINE[3], _INLINE[0], _INLINE[1]) for m in rx.finditer(text)
            if start <= m.start(1) < start + len(lines[i].strip())]


def _sentence_names(sentence: str, address: str) -> bool:
    """Does a failure sentence (one line or several joined) name `address` as its recipient?"""
    low = address.lower()
    return any(m.group(1).lower() == low for rx in _INLINE for m in rx.finditer(sentence))


# The most lines below a recipient that explain it; twice that for a multi-line reply ("421-4.7.28
# ..." lines, RFC 5321 §4.2.1), read to the end of its paragraph: Gmail's seven lines broken again
# at 72 columns by a writer or gateway keep their last ("... - gsmtp", the provider's sign).
_EXPLANATION_LINES = 12
_CLOSING = re.compile(r"(?i)^\s*please reply to\b")
_MULTILINE_REPLY = re.compile(r"[45]\d\d-")


def explanation(lines: list[str], start: int, stops: set[int]) -> str:
    """The lines that explain one recipient's failure: its own line's rest and what follows."""
    if start < 0:
        return ""
    out = []
    first = lines[start]
    m = ADDRESS.search(first)
    rest = first[m.end():].strip(" >:\t'\"") if m else first
    if _REPLY_LINE.match(first):
        out.append(first.strip())  # the reply code and status before the address belong to it
    elif rest:
        above = "\n".join(lines[max(0, start - 3):start])
        out.extend(filter(None, (said_before(f"{above}\n{first[:m.start()]}") if m else "", code_above(lines, start, m),
                                 rest)))
    elif m:
        # "User mailbox exceeds allowed size: a@b" (IMail/SMTP32 and others): the reason
        # is the line's text before the address.
        before = first[:m.start()].strip(" \t:<\"'") or reply_above(lines, start)
        # hMailServer's "hMailServer sent: RCPT TO:<a@b>": the command the reply below answered.
        if len(before) > 3 and (_ERROR_LINE.search(before) or smtp_command(before)):
            out.append(before)
    multiline, read = False, 0
    for j in range(start + 1, min(len(lines), start + 2 * _EXPLANATION_LINES)):
        line = lines[j]
        if j in stops or (read >= _EXPLANATION_LINES - 1 and not multiline):
            break
        read += not layout_only(lines[j - 1], line)
        if not line.strip() or shapes.count_only(line):
            if out and any(SMTP_CODE.search(x) for x in out):
                break
            continue
        if intro(line) or line.strip().startswith("---"):
            if out:
                break
            continue
        if _CLOSING.match(line):  # Netscape's closing line: the reason was the paragraph above
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


def general_error(lines: list[str]) -> str:
    """Lines of the notice that carry an SMTP reply or status, when none is tied to a recipient."""
    if not all(line.isascii() for line in lines):
        lines = unwrapped(lines)
    lines = [line for line in lines if not quotes_subject(line)]  # the original's words, no error
    hits = shapes.code_lines(lines)
    if hits:
        return clean(" ".join(hits[:4]))
    hits = [line.strip() for line in lines if _ERROR_LINE.search(line) or _FAILED_WORDS.search(line)]
    if not hits:
        # No error wording we know (another language, an unusual MTA): the notice's own
        # sentences, which still say what happened better than nothing.
        hits = [line.strip() for line in lines
                if line.strip() and not _names_address(line) and not intro(line)
                and not line.strip().startswith(("---", "==", "**"))]
    return clean(" ".join(hits[:3]))


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if not looks_like_bounce(mail):
        return None
    lines = mail.notice.split("\n")[:600]
    found = candidates(mail, lines)
    own = excluded(mail)
    # The bounce's own addresses are no failed recipient unless X-Failed-Recipients names them
    # (a sender who wrote to itself); named elsewhere they are the reply's words (Exim's "550-
    # Verification failed for" / "<seller@x>" wrapped onto a line of its own).
    failed_header = {a.lower() for a in ADDRESS.findall(mail.header("x-failed-recipients"))}
    chosen: list[tuple[str, int]] = []
    seen: set[str] = set()
    for address, i, _ in found:
        low = address.lower().strip(".")
        if low in seen or is_daemon(low):
            continue
        if low in own and low not in failed_header:
            continue
        seen.add(low)
        chosen.append((address.strip("."), i))
    if not chosen:
        chosen = _own_in_shape(mail, found)
    if not chosen:
        chosen = _fallback(mail, lines, own, _sentence_names)
    if not chosen or only_delivered(mail.notice):  # a success report (gromox's, Sympa's): no bounce
        return tuple(Fact(address=a, action="delivered", reason="delivered") for a, _ in chosen) or None
    # A recipient's explanation ends where another's starts: at the line naming it first,
    # or at a later paragraph that opens with it (a notice may name each recipient twice).
    named_first = {a.lower() for a, _ in chosen}
    stops = {i for _, i in chosen} | {k for k, line in enumerate(lines) if k and "@" in line
                                      and not lines[k - 1].strip() and _starts_with(line, named_first)}
    exchanges = transcript(mail.notice)
    action = "delayed" if _is_delay_warning(mail) else None
    facts = []
    verdicts = _verdict_lines(lines)
    for address, i in chosen:
        if i >= 0 and not _SENDMAIL_LINE.match(lines[i]):
            # Listed first ("The following addresses had permanent fatal errors"), explained
            # by its own verdict line of the transcript below.
            i = verdicts.get(address.lower(), i)
        if i >= 0 and _SENDMAIL_LINE.match(lines[i]):
            diagnostic, command = sendmail_verdict(lines, i, address)
            facts.append(Fact(address=address, status=find_status(diagnostic), reply_code=find_reply(diagnostic),
                              diagnostic=diagnostic, smtp_command=command or smtp_command(diagnostic),
                              action=action))
            continue
        i = _last_of_list(lines, i, stops)
        diagnostic = explanation(lines, i, stops - {i})
        generated = generated_text(mail.notice, address)
        diagnostic = clean(f"{diagnostic} {generated}") if generated else diagnostic
        if not SMTP_CODE.search(diagnostic):
            diagnostic = _with_later_code(lines, i, address, diagnostic, stops)
        if not _WORD.search(diagnostic) or not _ERROR_LINE.search(without_names(diagnostic)):
            # A recipient with words of its own borrows no other recipient's reply.
            extra = general_error(not_others(lines, chosen, address, stops) if diagnostic else lines)
            diagnostic = diagnostic if extra in diagnostic else clean(f"{diagnostic} {extra}")
        command = smtp_command(diagnostic)
        if exchanges and (not SMTP_CODE.search(diagnostic) or (find_reply(diagnostic) or "5")[0] in "23"):
            # The recipient's lines hold only the accepted part of a session transcript
            # ("RCPT TO:<a> ... 250 2.1.5 Ok"); the failing exchange comes later.
            exchange = exchange_for(exchanges, address.lower(), named_first)
            if exchange is not None:
                diagnostic, command = clean(exchange.reply), exchange.command
        facts.append(Fact(
            address=address,
            status=find_status(diagnostic),
            reply_code=find_reply(diagnostic),
            diagnostic=diagnostic,
            smtp_command=command or transcript_command(mail.notice, address),
            action=action,
        ))
    return tuple(facts)


def _own_in_shape(mail: Mail, found: list[tuple[str, int, bool]]) -> list[tuple[str, int]]:
    """Only the bounce's own addresses named, in a shape reserved for failed recipients: the sender
    wrote to itself or its postmaster; believe the shape. Not for the From of no mail system (a
    help desk's ticket acknowledgement taken for a notice by a seller's subject it repeats, naming
    its own "To: support@..."): that is its own address."""
    sender = set() if DAEMON_FROM.search(mail.from_) else {a.lower() for a in ADDRESS.findall(mail.header("from"))}
    chosen, seen = [], set()
    for address, i, strong in found:
        low = address.lower().strip(".")
        if strong and low not in seen and low not in sender:
            seen.add(low)
            chosen.append((address.strip("."), i))
    return chosen


def _with_later_code(lines: list[str], i: int, address: str, diagnostic: str, stops: set[int]) -> str:
    """A notice that names each recipient twice (Exchange 2007 and later: the sentence for
    people, then "Diagnostic information for administrators" with the address again and its
    "#550 5.1.1 ..." reply): the reply of a later line that opens with the address joins the
    sentence, rather than every recipient's replies mixed together."""
    low = address.lower()
    openers: set[int] | None = None  # lines that open with an address (found once, when needed)
    for j in range(i + 1, len(lines)):
        if not lines[j - 1].strip() and lines[j].lstrip(" \t'\"<").lower().startswith(low):
            if openers is None:
                # Another recipient's block opens a paragraph, as this one does: an address that
                # opens a line inside one is the reply's own words wrapped there ("550 Rejected by
                # policy:" / "seller@example.com - https://...").
                openers = {k for k, line in enumerate(lines) if _starts_with_address(line)
                           and (not k or not lines[k - 1].strip())}
            later = explanation(lines, j, stops | (openers - {j}))
            if SMTP_CODE.search(later):
                return clean(f"{diagnostic} {later}")
    return diagnostic


def _last_of_list(lines: list[str], i: int, stops: set[int]) -> int:
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


def _starts_with_address(line: str) -> bool:
    return "@" in line and _LEADING.match(line) is not None


def _starts_with(line: str, addresses: set[str]) -> bool:
    m = _LEADING.match(line)
    return m is not None and m.group(1).lower() in addresses


def _verdict_lines(lines: list[str]) -> dict[str, int]:
    """Sendmail's verdict line ("550 <addr>... why") of each recipient, by address."""
    out: dict[str, int] = {}
    for j, line in enumerate(lines):
        if "..." in line and "@" in line:
            m = _SENDMAIL_LINE.match(line)
            if m:
                out.setdefault(m.group(1).lower(), j)
    return out


# A warning that delivery is late and still being tried, not a failure: Exim's "has not yet been delivered ... Delivery
# attempts will continue", Sendmail's "Warning: could not send message for past 4 hours ... Will keep trying", Postfix's
# "THIS IS A WARNING ONLY", Exchange's "Delivery has been delayed to these recipients", masqmail's "could not yet be delivered
# ... has been defered", XMail's "** This is a temporary error and you do not have to resend" (no DSN in those), OpenSMTPD's "only a temporary failure report".
_DELAY_SUBJECT = re.compile(r"(?i)\bdelay(?:ed)?\b|warning: could not (?:yet )?send|still being retried|not yet delivered")
_DELAY_TEXT = re.compile(
    r"(?i)has not yet been delivered|could not yet be delivered|has been defered|this is a warning only|delivery attempts "
    r"will continue|will keep trying|still trying to deliver|has been delayed|will (?:be retried|retry|continue to try)|"
    r"temporary error and you do not have to resend|only a temporary failure report")
_FINAL_TEXT = re.compile(r"(?i)permanent(?:ly)? (?:error|failure|failed)|giving up|gave up|given up|"
                         r"not going to try again|will not be retried|could not be delivered to one or more")


def _is_delay_warning(mail: Mail) -> bool:
    head = without_quoted_subject(mail.notice[:3000])  # the original's subject is no word of the notice
    if _FINAL_TEXT.search(head):
        return False
    return bool(_DELAY_TEXT.search(head) or _DELAY_SUBJECT.search(own_subject(mail.subject)))


# Speed only (classifier/guard.py `Fast`): the same matches, found through lowercased twins of
# these case-insensitive patterns (about three times faster on a notice line).
_INLINE = tuple(Fast(p) for p in _INLINE)
_LABELLED = Fast(_LABELLED)
_FINAL_TEXT, _DELAY_TEXT = Fast(_FINAL_TEXT), Fast(_DELAY_TEXT)
