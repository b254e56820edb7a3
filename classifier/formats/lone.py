"""Lone address lines: where a plain-text notice names its failed recipients in no shape
formats/recipients.py knows (no intro, no `addr:` paragraph, no sentence around the address), the last
resort before naming them by display name (named.py): a quoted reply that opens with an
address, else a line holding an address alone and the list it opens (Exim's indented
"  addr" / "    reason" pairs, masqmail's addresses before one shared reason, Exchange's
human part with each address above its sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifier.formats import named, shapes
from classifier.formats.intros import delivered_lines, note_closed, passed_lines
from classifier.formats.reply_rests import FAILED_CLAUSE, reply_object
from classifier.formats.success_sentences import in_delivered_entry
from classifier.parse import ADDRESS, Mail

# A quoted reply naming an address first: "550 5.1.6 <a@b>: ..."
REPLY_LINE = re.compile(r"^\s{0,4}[45]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?\s+<(" + ADDRESS.pattern + r")>:?(?:\s|$)")
ALONE = re.compile(r"^\s{0,16}[\"<]?(" + ADDRESS.pattern + r")[\">]?[.,;]?\s*(?:\(.{0,200}\))?\s*$")
_DAEMONS = ("mailer-daemon", "postmaster", "mail-daemon", "maildaemon", "mailerdaemon", "bounce",
            "mdaemon", "mailadmin", "noreply", "no-reply", "root")


# A Message-ID's label ending its line, its value folded onto the next ("Orginal Message ID:" / "<id@x>": Postal's own
# bounce, app/models/bounce_message.rb, misspelt as Postal writes it; "Original Message-ID:", "Message-Id:").
_MSGID_LABEL = re.compile(r"(?i)\bmessage[ _-]?id\s{0,3}[:：]\s*$")


def message_id_value(lines: list[str], i: int) -> bool:
    """Is line i a Message-ID's value alone under its label (the line above, blank lines between allowed)? An id has an
    address's shape (RFC 5322 §3.6.4) but names no mailbox: never a failed recipient (review 143, the grid's wrap_40_tab
    on review 136's Postal bounce: the folded id was read as the recipient instead of its "Rcpt To:" one)."""
    if not ALONE.match(lines[i]):
        return False
    above = next((x for x in reversed(lines[max(0, i - 3):i]) if x.strip()), "")
    return _MSGID_LABEL.search(above) is not None


def is_daemon(address: str) -> bool:
    """Is the address a mail system's own (its local part a daemon's), never a failed recipient?"""
    local = address.split("@", 1)[0].lower()
    return any(local.startswith(d) for d in _DAEMONS)


def fallback(mail: Mail, lines: list[str], excluded: set[str],
             names_failed: Callable[[str, str], bool] = lambda sentence, address: True) -> list[tuple[str, int]]:
    """No recipient in a recognised shape: a lone address line, else the original's recipient
    when the notice names it. An address line that only ends a sentence broken above it
    (`broken_sentence`) is alone by its writer's line width: it counts when the sentence, read
    whole, names it as the one delivery failed to (`names_failed`, prose's sentences), as it
    would unbroken."""
    for i, line in enumerate(lines):
        # Only a quoted reply that names an address first: "550 5.1.6 <a@b>: ..." (inside a
        # recipient's explanation it may name the sender, so it is the last resort).
        m = REPLY_LINE.match(line)
        if m and m.group(1).lower() not in excluded and not is_daemon(m.group(1)):
            above = ALONE.match(lines[i - 1]) if i else None
            if above and above.group(1).lower() == m.group(1).lower():  # "  addr" / "    550 <addr>: ..."
                return listed_after(lines, i - 1, above.group(1), excluded)
            return [(m.group(1), i)]
    # A report's list of recipients delivered names none failed (also under a "Delivered:" sub-heading, review 133).
    delivered = delivered_lines(lines) | passed_lines(lines)
    for i, line in enumerate(lines):
        m = ALONE.match(line) or ALONE.match(note_closed(lines, i))  # its note's parenthesis broken by a width
        if m and i not in delivered and m.group(1).lower() not in excluded and not is_daemon(m.group(1)) \
                and not message_id_value(lines, i) and not in_delivered_entry(lines, i) \
                and not reply_object(lines, i) and not contact_object(lines, i):  # (review 176; leftovers65)
            sentence = broken_sentence(lines, i)
            if sentence is not None and not names_failed(sentence, m.group(1)):
                continue
            # (nor does the list it opens: "Failed:" / "<tab>kim" / "Delivered:" / "<tab>lead", review 133)
            return [(a, j) for a, j in listed_after(lines, i, m.group(1), excluded)
                    if j not in delivered and not reply_object(lines, j)]
    for i, line in enumerate(lines):  # "... addressed to a@b" (formats/shapes.py), also broken before a@b
        a = shapes.addressed(broken_sentence(lines, i) or line) if "@" in line else None
        if a and a.lower() not in excluded and not is_daemon(a):
            return [(a, i)]
    return named.by_name(mail, lines, excluded)


# A sentence that ends by inviting the reader to write to the address below it ("If you have any question ..., please
# contact the list owners:", LISTSERV; "please write to the list owner:"), with no word of a failure in it.
_CONTACT = re.compile(r"(?i)\b(?:contact|write to|send (?:an? )?(?:e-?mail|mail|message) to|reach)\b[^.!?]{0,80}:\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_PLEASE = re.compile(r"(?i)\bplease (?:contact|write to|send (?:an? )?(?:e-?mail|mail|message) to|reach)\b"
                     r"[^.!?:]{0,80}:\s*$")


def contact_object(lines: list[str], i: int) -> bool:
    """Is the address alone on lines[i] the one the sentence above it asks the reader to contact (a list's owners, a help
    desk), not a failed recipient? Review lists63's grid: LISTSERV's "please contact the list owners:" / "DEALERS-
    request@..." under a width read as the failed recipient, the soft moved to an address never written to. Not a
    failure's sentence ("I could not contact the mail server of the following recipient:")."""
    above: list[str] = []
    for j in range(i - 1, max(-1, i - 5), -1):
        if not lines[j].strip():
            break
        above.insert(0, lines[j].strip())
    sentence = _SENTENCE_END.split(" ".join(above))[-1] if above else ""
    # A request to the reader ("please contact ...:") names whom to contact whatever else its sentence says ("If you
    # do not know the correct address, please contact the domain's administrator:", "Non-members may not post; for
    # help, please contact the list owner:": audit65c, the admin read failed and hard).
    return _CONTACT.search(sentence) is not None and (FAILED_CLAUSE.search(sentence) is None
                                                      or _PLEASE.search(sentence) is not None)


# A line that stops in mid-sentence (on a word or a comma), and the most lines of its paragraph
# read above a lone address.
_MID_SENTENCE = re.compile(r"[\w,]$")
_SENTENCE_LINES = 4


def broken_sentence(lines: list[str], i: int) -> str | None:
    """The sentence that a lone address line ends, when a writer's or gateway's line width broke
    it just before the address: the address closes it with a full stop and the line above stops
    in mid-sentence (dma's "There was an error delivering your mail to" / "<a@b>.", a colleague's
    "... 'User unknown', z. B. bei" / "a@b." at 60 columns). Its paragraph's lines above (to
    `_SENTENCE_LINES`) joined with it; None when the line stands apart (a list entry under a
    blank line or an intro's colon)."""
    if not i or not lines[i].rstrip().endswith(".") or not _MID_SENTENCE.search(lines[i - 1].rstrip()):
        return None
    above: list[str] = []
    for j in range(i - 1, max(-1, i - 1 - _SENTENCE_LINES), -1):
        if not lines[j].strip():
            break
        above.insert(0, lines[j].strip())
    return " ".join([*above, lines[i].strip()])


def listed_after(lines: list[str], i: int, first: str, excluded: set[str]) -> list[tuple[str, int]]:
    """A lone address line and the list it opens under an intro we do not know (Exim's
    indented "  addr" / "    reason" pairs, masqmail's addresses before one shared reason):
    the next lone addresses at the same indent, each after at most the last one's reason
    (`_reason_between`). A lone address further off or indented otherwise is no entry."""
    found = [(first, i)]
    indent = len(lines[i]) - len(lines[i].lstrip())
    j = i + 1
    while j < len(lines) and _reason_between(lines[found[-1][1] + 1 : j]):
        line = lines[j]
        m = ALONE.match(line) if "@" in line else None
        # (An address named again, as Exchange names each recipient again for administrators,
        # is no new entry.)
        if m and len(line) - len(line.lstrip()) == indent and m.group(1).lower() not in excluded \
                and not message_id_value(lines, j) \
                and not is_daemon(m.group(1)) and all(a.lower() != m.group(1).lower() for a, _ in found):
            found.append((m.group(1), j))
        j += 1
    return found


# The most lines one entry's reason takes: a 300-character reply broken at 40 columns.
_REASON_LINES = 8


def _reason_between(gap: list[str]) -> bool:
    """Can the lines between two entries be the first one's reason? Two lines of anything, or
    one paragraph between blank lines: a reason is one sentence or reply however a writer or
    a gateway wrapped and spaced it (Exchange's sentence under each address, Exim's reply
    broken at 60 columns, blank lines doubled), where two paragraphs are the list's end and
    the notice's next part."""
    if len(gap) <= 2:
        return True
    text = [n for n, line in enumerate(gap) if line.strip()]
    return len(gap) <= 3 * _REASON_LINES and (not text or text[-1] - text[0] < len(text) <= _REASON_LINES)
