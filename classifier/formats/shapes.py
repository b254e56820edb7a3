"""More line shapes that name a failed recipient in a plain-text notice, from older MTAs and
groupware (the shapes flufl.bounce's detectors collected from real notices: its simplematch
table, exchange.py): read by formats/recipients.py beside its own shapes. Each returns the address,
or None.

- `proxy`: an Exchange-style proxy address, "[SMTP:a@b]" (MailEnable's "Recipient: [SMTP:a@b]")
  or an X.400 address whose domain-defined attribute carries it ("...;dda:SMTP=a@b; on <date>",
  Exchange 5.5's IMS).
- `dashed`: the address opening its line, then " - " and why ("a@b - no such user here.",
  MDaemon's notice).
- `addressed`: "addressed to a@b" ("Your message has encountered delivery problems ... addressed
  to a@b"), a weak sign read last (formats/lone.py), when no other shape named a recipient.
- `named_entry`: inside a list of failed recipients, an entry with its display name first
  ('"Jane Doe" <a@b>', Microsoft SMTPSVC's "could not be delivered to the following user:").
- `reason_above`: the reason written above the address rather than below it (Lotus Notes/Domino;
  Netscape's above its list of bare addresses), read by explanations.explanation when none follows.
- `code_lines`: the lines that carry an SMTP reply or status, each with the lines a writer's width
  folded under it (indented: Apache James's "554 5.7.1 Service unavailable; Client host" / "<tab>[ip]
  blocked using ..." at 40 columns), for explanations.general_error.
- `count_only`: a line that gives the returned message's size or length, no reason (Apache James's
  Bounce mailet: "  Size (in bytes): 412" under "Message details:"), which explanations.explanation skips:
  its number, read beside the next line, looked like a reply code ("412 Number of lines").
"""

from __future__ import annotations

import re

from classifier.formats import bare_address, layout_only
from classifier.formats.intros import intro
from classifier.hints import SMTP_CODE
from classifier.parse import ADDRESS

_PROXY = re.compile(r"(?i)(?<![\w.-])smtp[:=]")
_COUNT = re.compile(r"(?i)^\s{0,8}(?:size|number of lines|lines|length)\b[^:\n]{0,20}:\s{0,4}\d+\s*$")
_DASHED = re.compile(r"^\s{0,8}<?(" + ADDRESS.pattern + r")>?\s+-{1,2}\s+(\S.{3,200})$")
# (The why opens with the failure: "abuse@isp.example - report rejected mail here" is a contact line.)
_DASHED_WHY = re.compile(r"(?i)(?:no such|unknown|(?:user|mailbox|account|recipient|address)\b|not found|not known|"
                         r"does not exist|over quota|quota|mailbox (?:is )?full|invalid|disabled|[45]\d\d\b)")
_ADDRESSED = re.compile(r"(?i)\baddressed to:?\s{0,4}[\"<']?(" + ADDRESS.pattern + r")")
# (Never a Received line's "for <a@b>;" of a returned original's headers shown in the notice, nor
# a sentence that ends with an address to write to: an unquoted name is words alone.)
_NAMED_ENTRY = re.compile(r"^\s{0,16}(?!(?:for|by|from|with|id)\s)(?:\"[^\"\n]{1,80}\"|[^\W\d_][\w .'-]{0,60}?)"
                          r"\s{1,4}<(" + ADDRESS.pattern + r")>\s*[,:]?\s*$")


def proxy(line: str) -> str | None:
    m = _PROXY.search(line) if "smtp" in line.lower() else None
    # (read from the mark on: ADDRESS starts no address right after "=")
    found = ADDRESS.match(line[m.end():]) if m else None
    return found.group(0) if found else None


def dashed(line: str) -> str | None:
    m = _DASHED.match(line) if " -" in line else None
    return m.group(1) if m and _DASHED_WHY.match(m.group(2)) else None


def addressed(line: str) -> str | None:
    m = _ADDRESSED.search(line) if "ddressed" in line.lower() else None
    return m.group(1) if m else None


def named_entry(line: str) -> str | None:
    m = _NAMED_ENTRY.match(line) if "<" in line else None
    return m.group(1) if m else None


# A word's optional plural at a line's end ("destination address(es)" / "were unknown": the whole grid's wrap_40_tab on
# review 172's InterMail row), mid-sentence as a letter is.
_PLURAL_MARK = re.compile(r"\w\((?:e?s)\)\s*$")


def reason_above(lines: list[str], start: int) -> list[str]:
    """The lines above the address on lines[start] that give its reason: Lotus Notes/Domino lists
    the reason first and the address on the line below it; Netscape writes "The user(s) account is
    temporarily over quota." above its list of bare addresses, however wrapped (read above the
    list, never a list intro's wrapped tail)."""
    out: list[str] = []
    top = start
    while top > 0 and bare_address(lines[top - 1]):
        top -= 1
    for j in range(top - 1, max(-1, top - 6), -1):  # (over blank lines, doubled by a gateway: the nearest paragraph)
        line = lines[j].strip()
        if not line:
            continue
        if not ADDRESS.search(line) and not intro(line) and not line.startswith(("---", "==")) \
                and not (top < start and line.endswith(":")):  # a list's intro, wrapped: no reason
            out.append(line)
            # (a width may also break before a parenthesis: "... were unknown" / "(please check": the whole grid's
            # wrap_50_flush on review 168's row)
            while j > 0 and len(out) < 4 and (layout_only(lines[j - 1], lines[j]) or (
                    lines[j - 1].rstrip()[-1:].isalpha() and lines[j].lstrip()[:1] == "(")
                    or _PLURAL_MARK.search(lines[j - 1])) and lines[j - 1].strip() \
                    and not ADDRESS.search(lines[j - 1]):
                j -= 1
                out.insert(0, lines[j].strip())
                if intro(lines[j]):
                    # An intro a writer's width broke is one sentence with its tail ("The following destination
                    # addresses" / "were unknown (please check"): read whole, as unbroken (the whole grid's
                    # wrap_40_tab on review 165's InterMail rows: "were unknown" alone read onhold).
                    break
        break
    return out


def count_only(line: str) -> bool:
    """Is `line` only the returned message's size or line count ("Size (in bytes): 412")?"""
    return ":" in line and _COUNT.match(line) is not None


def code_lines(lines: list[str]) -> list[str]:
    """The lines holding an SMTP reply or status, stripped, each joined with its folded continuation
    lines (indented, holding no code of their own; two at most)."""
    out: list[str] = []
    folds = 0  # continuation lines still to take for the last code line (a reply folds over two at most)
    for line in lines:
        if SMTP_CODE.search(line):
            out.append(line.strip())
            folds = 2
        elif folds and line[:1] in (" ", "\t") and line.strip() and not line.strip().startswith(("---", "==")):
            out[-1] = f"{out[-1]} {line.strip()}"
            folds -= 1
        else:
            folds = 0
    return out
