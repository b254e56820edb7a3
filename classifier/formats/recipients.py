"""Where a plain-text notice names its failed recipients (read by formats/prose.py): a list after
"the following address(es) failed", `<addr>:` paragraphs, a labelled "Recipient: addr" line,
Sendmail's verdict lines, "could not be delivered to addr" sentences (also wrapped by a writer's
width), in the order the notice names them (`candidates`); and the line shapes prose.py asks again
when it reads each recipient's reason (`SENDMAIL_LINE`, `verdict_lines`, `LEADING`).
"""

from __future__ import annotations

import itertools
import re

from classifier.guard import Fast, Needing
from classifier.formats import named, shapes
from classifier.formats.broken import continues_reply, folded_reply, reply_above
from classifier.formats.lone import message_id_value
from classifier.formats.explanations import ERROR_LINE, HEADER_RECAP
from classifier.formats.entry_notes import addresses_listed, closes_note, failed_later, noted_delivered, program_output
from classifier.formats.reply_rests import (A_REPLY as _A_REPLY, names_instead, reply_below,
                                           reply_goes_on as _reply_goes_on, reply_object)
from classifier.formats.outcome_words import went_through as _went_through
from classifier.formats.success_sentences import delivered_entry, sentence_succeeded
from classifier.formats.intros import (
    ENTRY_HEAD, LEADING, LIST_MARK as _LIST_MARK, POSTFIX_DELIVERED_WORDS, intro_of, note_closed, passed_inline,
    passed_lines, says_delivered, sentence_tail, succeeded, wrapped_intro)
from classifier.parse import ADDRESS, Mail
from classifier.quoted import QUOTED_ADDRESS, addresses

# "... could not be delivered to addr", "Delivery to addr failed", "addr: 550 ..."
INLINE = (
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
               r"(?:from\s+[\d./-]{6,10}\s+)?(?:could ?n[o']t|can ?n[o']t|was ?n[o']t|has ?n[o']t been|could not be|failed|is undeliverable"
               r"|was rejected|has been rejected)"),
    # Their German ("Ihre Nachricht an a@b konnte nicht zugestellt werden", Exchange Online's; "Ihre Nachricht wurde
    # nicht an a@b zugestellt", Gmail's German notice, review 186: kim lost under a router's auto-reply Subject).
    re.compile(r"(?i)(?:nachricht|e-?mail)\s+an\s+[\"<']?(" + ADDRESS.pattern + r")[\">']?\s+(?:konnte|wurde)\s+nicht\b"),
    re.compile(r"(?i)\b(?:wurde|konnte)\s+nicht\s+an\s+[\"<']?(" + ADDRESS.pattern + r")[\">']?\s+(?:zugestellt|übermittelt)"),
    # ...and the Romance languages' "not delivered to a@b" (Gmail's Spanish "Tu mensaje no se ha entregado a a@b porque").
    re.compile(r"(?i)\b(?:no\s+se\s+(?:ha\s+)?(?:pudo\s+)?entreg(?:ado|ar)|n'a\s+pas\s+pu\s+être\s+(?:remis|distribué)|"
               r"non\s+è\s+stato\s+(?:consegnato|recapitato)|não\s+foi\s+entregue)\s+[aà]\s+[\"<']?(" + ADDRESS.pattern + r")"),
    # Gmail's Japanese notices (review 118, as urashita.com quotes them whole): "a@b にメールを配信できませんでした。"
    # (could not deliver the mail to a@b) and, delayed, "a@b へのメールの配信中に一時的な問題が発生しました。"; not "...発生しましたが、
    # ...正常に配信されました" (a problem that passed: delivered; review 120), nor "...発生しました。その後、...正常に配信されました"
    # (review 122), nor "...発生しましたが、...正常に配信されました" said of no other address (review 124: "発生しましたが、Gmail は 47
    # 時間再試行しても配信できませんでした" failed, and "<kim> には正常に配信されました" is kim's). And Gmail's "a@b でメールがブロック
    # されました。" (blocked at a@b; xn--9ckkn0019c8wwb.jp quotes it).
    re.compile(r"[\"<']?(" + ADDRESS.pattern + r")[\">']?\s?(?:に(?:メールを)?配信できませんでした|"
               r"へのメールの配信中に一時的な問題が発生しました(?![^\n@]{0,80}?正常に配信されました)|でメールがブロックされました)"),
)
# An SMTP reply quoted alone on its line that names the recipient first: "550 5.1.6 <a@b>: ...".
# A notice that names the recipient on a labelled line of its own: "Recipient: a@b", "Original recipient: a@b",
# "Empfänger: a@b", "Destinataire : a@b", "宛先: a@b", "受取人: <a@b>" (DTI; webmail providers, groupware and appliances in
# many languages); a quoted local part ('Recipient: "lead person"@example.org', RFC 5321 §4.1.2) read whole, review 84. A
# list's number before it ("1) / 2. Recipient: kim (failed)", review 123), a letter or a roman numeral ("b) / ii)
# Recipient: kim", review 126: the entry missed) as a bullet; not before "To:" (a numbered recap of the original's headers).
_LABEL = (
    r"(?i)^\s{0,8}(?:[*-]|(?:\d{1,2}[.)]|(?:[a-z]|[ivx]{1,4})\))(?!\s{0,2}(?:to|cc|bcc)\s{0,3}[:：]))?\s{0,2}(?:(?:original |final |failed |intended |invalid |unknown |bad )?recipient(?:\(s\)|s)?|"
    r"(?:failed |recipient(?:'s)? |e-?mail |invalid |unknown |bad |undeliverable )?(?:e-?mail )?address(?:es)?|to|mailbox|addressee|"
    r"empf(?:ä|ae)nger|empf(?:ä|ae)ngeradresse|destinataire|destinatario|destinat(?:á|a)rio|ontvanger|odbiorca|adresat|"
    r"mottagare|(?:e-?mail-?)?adresse(?: (?:e-?mail|électronique|du destinataire))?|indirizzo(?: e-?mail)?|"
    r"direcci(?:ó|o)n(?: de correo(?: electr(?:ó|o)nico)?)?|endere(?:ç|c)o(?: de e-?mail)?|adres(?: e-?mail)?|"
    r"modtager|mottaker|получатель|адресат|宛先|受信者|受取人|收件人|收件者|수신자|받는 사람)\s{0,3}[:：]\s{0,20}"
)
LABELLED = re.compile(
    _LABEL + r"(?:\"?[^\"<>\n@]{0,80}\"?\s{0,4})?<?(?:mailto:)?(?<![\w.+=-])(" + QUOTED_ADDRESS.pattern + "|" + ADDRESS.pattern
    + r")[>\"]?[.,;]?\s*$"
)
# The same labelled line naming the recipient without an address, by local part or display name ("Recipient: lead",
# "Empfänger: Lead Person"): the original's To/Cc gives the address (named.listed), one per line, so two such lines name
# two recipients (review 84). Not after a bare "To:", which a notice's recap of the original's headers writes for
# delivered recipients as much as failed ones.
_NAMED_LABEL = re.compile(_LABEL + r"([^@\n]{1,120})$")
_ENTRY = re.compile(_LABEL)  # any labelled line: another entry's start
# A recap's "To:" (bulleted too, "- To: Lead Person"), or any such line in a paragraph that also restates the
# original's From, Subject or Sent (a "Message details" block naming its recipients), names people
# the mail was sent to, failed or not (review 85).
# (Blanks taken whole: with no bullet, two runs of them split a line's leading blanks every way, quadratic: 8,000
# before "x: y" took 3.7 s in classify, 60,000 minutes; benchmarks/redos_scan.py. A blank given back never matched.)
_RECAP_TO = re.compile(r"(?i)^\s*+(?:[*-]\s*+)?(?:to|cc|bcc)\s*+:")
_RECAP_FIELD = re.compile(r"(?i)^\s*+(?:[*-]\s*+)?(?:from|subject|sent)\s*+:")  # not "Date:", a failed attempt's own
# A labelled line with an address and its outcome after it in parentheses or after a dash (review 85).
_LABELLED_TAIL = re.compile(_LABEL + r"<?(?:mailto:)?(?<![\w.+=-])(" + ADDRESS.pattern + r")>?\s{0,4}(?:\(|-\s|–\s)(.{1,200})$")
# A line opening with a label ("Note:", "Reason:", "Примітка:"), read by its word, not its case (review 123; the grid
# re-casing review 117's rows: in capitals "BOUNCED:" looked like one, in lower case "note:" did not), or with a list's
# number or letter ("2) Recipient: kim (failed)", "b) ...", "3. ..."): where a broken parenthesis's rest may stop
# (review 123: the delivered lead's open parenthesis took the next item's "(failed)"). An outcome said in a past
# participle ("bounced:", "returned:", "Rejected:") goes on with the parenthesis above it, no label of the report's;
# nor is a host's name one ("mx2.partner.example: user unknown)").
_OWN_LABEL = re.compile(r"(?![^\W\d_][\w-]{0,28}ed\s?[:：])[^\W\d_][^\s:()：.]{0,29}\s?[:：](?:\s|$)")
_OUTCOME = re.compile(r"(?i)^\s*(?:status|result|state|outcome)\s*:(.*)$")
# Sendmail (V5 and later) writes one verdict line per recipient: "554 <addr>... 550 Host unknown".
# (Its why may be wrapped onto the next line, the line then ending at the "...".)
SENDMAIL_LINE = re.compile(r"^\s{0,4}[45]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?\s+<?(" + ADDRESS.pattern + r")>?\.\.\.(?:\s|$)")
# A failure sentence that ends with the address: "User's mailbox is full: <addr>".
_TRAILING = re.compile(r"^(.{3,160}?):\s{0,8}[\"<]?(" + ADDRESS.pattern + r")[\">]?[.]?\s*$")
# After a list intro on the same line: "The following recipients returned errors: addr."
_AFTER_INTRO = re.compile(r"^[^@\n]{0,80}?:\s{0,8}[\"<]?(" + ADDRESS.pattern + r")")
# A line ending in "to" or "for" (no "@", not blank): a writer's width broke the sentence just before the address, so
# the next line's "a@b: ..." is that sentence's tail, not an `addr:` paragraph (review 74: a VERP-sent parcel notice's
# "we could not deliver parcel 4711 to" / "a@b: address unknown at the door.").
_BROKEN_BEFORE = re.compile(r"(?i)^[^@]*\w\s+(?:to|for)\s*$")


def _list_goes_on(lines: list[str], i: int) -> bool:
    """Is the next line with words (a blank between allowed), or one just above, another `addr:` paragraph? Then the line ending
    "for" / "to" above introduced a list ("Delivery has failed permanently for" / "a@b: 550 ..." / "c@d: 550
    ...", review 78), whose first entry is a recipient like the rest, not a sentence's tail."""
    rest = [x for x in lines[i + 1:i + 3] if x.strip()]
    if rest and _PARAGRAPH.match(rest[0]):
        return True
    # Or an `addr:` entry came just above in the same paragraph, its reply re-wrapped to end in "for" ("a@b: 552
    # 5.2.2 mailbox full, no" / "space left for" / "c@d: 550 ..."; the whole invariance grid, review 78's row).
    for above in reversed(lines[max(0, i - 4):i - 1]):
        if not above.strip():
            return False
        if _PARAGRAPH.match(above):
            return True
    return False


_PARAGRAPH = re.compile(ENTRY_HEAD + r"(?:\s|$)")
_EXPANDED_BROKEN = re.compile(r"(?i)\(expanded(?: from)?\s*$")
# Postfix's success report's entry (bounce(8), "delivery via x: 250 2.0.0 Ok", "delivered to mailbox").
_POSTFIX_SUCCESS = re.compile(r"(?i)\b(?:" + POSTFIX_DELIVERED_WORDS + r"|delivered via)\b")


def candidates(mail: Mail, lines: list[str]) -> list[tuple[str, int, bool]]:
    """(address, line index, strong) of failed recipients in the notice, in order. Strong shapes are the ones a bounce
    uses only for failed recipients (a list after "the following addresses failed", an `addr:` paragraph, a Sendmail
    verdict line); none under a sub-heading that says its addresses went through ("Delivered:", `passed_lines`)."""
    found: list[tuple[str, int, bool]] = []
    in_list, listed_from, after_success, passed = False, 0, False, passed_lines(lines)  # (review 133)
    for i, line in enumerate(lines):
        if "@" not in line:  # every shape below but the list intro (and a name in a list) holds an address
            if in_list and len(found) > listed_from and ":" in line and HEADER_RECAP.match(line):
                # The original's header recap ("  To: " alone, its addresses below, James's Bounce mailet): each address
                # it names, delivered or not, is no failed one (review 75). Only after the list named one: James's recap
                # follows its "RCPT TO:" lines; a wrapped intro's own tail ("could not be delivered" / " To:") is none.
                in_list = False
                continue
            opening = None if not line or line.isspace() else intro_of(lines, line) or wrapped_intro(lines, i)  # blank: none
            if opening:
                after_success = says_delivered(lines, i) or succeeded(opening.string) or sentence_succeeded(lines, i)
                in_list, listed_from = not after_success, len(found)
                if in_list and (address := named_label(mail, lines, i)):  # "Invalid recipient: Kim Other"
                    found.append((address, i, True))
            elif in_list and i not in passed:
                # A list's entry, or a labelled line inside it ("Empfänger: Kim Other", review 85).
                address = named.listed(mail, line) or named_label(mail, lines, i)
                if address:
                    found.append((address, i, True))
            elif not after_success and (address := named_label(mail, lines, i)):
                found.append((address, i, True))
            continue
        opening = intro_of(lines, line)
        if opening:
            delivered = says_delivered(lines, i)
            if not LABELLED.match(line):
                after_success = delivered  # a new section; a labelled entry ("Recipient: a@b") stays in its own
            elif after_success or went_through_here(lines, i, ""):
                continue  # a delivered recipient's labelled line, beside failed ones (review 85)
            in_list, listed_from = not delivered, len(found)
            if not in_list:
                continue
            for m in INLINE[0].finditer(line):
                found.append((m.group(1), i, True))
            # "Failed Recipient: a@b", "Failed Recipient: Jane Doe <a@b>"
            m = _AFTER_INTRO.match(line[opening.end() - opening.group().endswith(":"):]) or LABELLED.match(line)
            if m:
                found.append((m.group(1), i, True))
            continue
        if line[:1] == " " and found and found[-1][1] == i - 1 and _rcpt_continued(lines, i):
            found.append((line.strip(), i, found[-1][2]))  # as strong as the "RCPT TO:" line it goes on
            continue
        m = _paragraph(lines, i)
        if m and _BROKEN_BEFORE.search(lines[i - 1] if i else "") and not _list_goes_on(lines, i):
            m = None  # "... could not deliver parcel 4711 to" / "a@b: why": one sentence, read whole below
        m = m or SENDMAIL_LINE.match(line)
        if not m and (entry := _labelled_entry(lines, i, after_success)) is not None:
            found.extend(entry)
            continue
        if m:
            # Not when it only goes on with the reply to a recipient found just above (wrapped, or folded).
            if not (found and i - found[-1][1] <= 6 and (folded_reply, continues_reply)[m.re is _PARAGRAPH](lines, i)):
                found.append((m.group(1), i, True))
            continue
        if in_list:
            m = LEADING.match(line)
            a = named.address_of_name(mail, m.group(1) if m else shapes.named_entry(line))
            if a and not continues_reply(lines, i) and not _goes_on_a_sentence(lines, i):
                found.append((a, i, True))
                continue
        a = shapes.proxy(line) or shapes.dashed(line)
        if a:
            found.append((a, i, True))
            continue
        m = _TRAILING.match(line) or _TRAILING.match(f"{reply_above(lines, i)}: {line.strip()}")
        if m and ERROR_LINE.search(m.group(1)):
            found.append((m.group(2), i, False))
            continue
        hits = [(m.group(1), i, n == 0) for n, rx in enumerate(INLINE) for m in rx.finditer(line)]
        found.extend(hits or [(a, i, False) for a in wrapped_sentence(lines, i)])
    found = [f for f in found if not _no_recipient(lines, f[1], passed) and not names_instead(lines, f[1], f[0])]
    for a in (failed := addresses(mail.header("x-failed-recipients"))):  # a quoted local part kept whole
        found.insert(0, (a, named.entry_index(lines, a, failed), True))
    return found


def _goes_on_a_sentence(lines: list[str], i: int) -> bool:
    """Is the address opening lines[i] a sentence's next words that a writer's width moved down ("If you need help,
    write to" / "helpdesk@example.com or call extension 4711."), not the list's entry? Not under the intro's own line
    ("could not be delivered to" / "a@b": the list it opens; the whole grid on review 149's help paragraph), nor under
    the entry above's reply ("Raison : 550 5.1.1 boîte inconnue, non remis à" / "kim@..."; review 158: a reason is no
    help sentence, whatever word it ends with)."""
    return sentence_tail(lines, i) and not (intro_of(lines, lines[i - 1]) or wrapped_intro(lines, i - 1)
                                            or _A_REPLY.search(lines[i - 1]) or _reply_goes_on(lines, i - 1)
                                            or reply_below(lines, i))  # (review 180: a reply of its own, an entry)


def _no_recipient(lines: list[str], i: int, passed: set[int]) -> bool:
    """Does line i name no failed recipient whatever shape found it there: a delivered address's line (under a
    "Delivered:" heading, or named under a success sentence or by a Postfix success entry, review 161: "Ihre Nachricht
    wurde erfolgreich zugestellt an" / lead, also where a width broke the sentence), or a Message-ID's value under its
    label (review 143), or a local program's output that Exim returns (entry_notes.program_output)?"""
    return (i in passed and LEADING.match(lines[i]) is not None) or message_id_value(lines, i) or (
        i >= 0 and (delivered_entry(lines, i) or noted_delivered(lines, i) or closes_note(lines, i)
                    or reply_object(lines, i) or program_output(lines, i)))  # (review 176: a reply's forward path)


def _paragraph(lines: list[str], i: int) -> re.Match[str] | None:
    """An "<addr>: ..." or "<addr> (expanded from <alias>): ..." paragraph's opening at line i."""
    line = lines[i]
    m = _PARAGRAPH.match(line)
    if m is None and _EXPANDED_BROKEN.search(line) and i + 1 < len(lines):
        # Postfix's "<r> (expanded from <alias>): ..." broken by a line width inside its parenthesis (the
        # recipient was lost at 72 columns, review 102): the paragraph's opening read across the break; not
        # a success report's entry (its "250 2.0.0 Ok" wrapped below, in the same paragraph).
        m = _PARAGRAPH.match(f"{line.rstrip()} {lines[i + 1].strip()}")
        paragraph = " ".join(x.strip() for x in itertools.takewhile(str.strip, lines[i:i + 8]))
        m = None if m and _POSTFIX_SUCCESS.search(paragraph) else m
    return m


def _labelled_entry(lines: list[str], i: int, after_success: bool) -> list[tuple[str, int, bool]] | None:
    """A labelled line's recipient ("Recipient: a@b", or with its own outcome after it: "Recipient: a@b
    (delivered)" / "Recipient: c@d (failed: 550 ...)"); none where it says that one's mail went through or
    stands under a success intro (review 85); None where the line is no labelled one."""
    m = LABELLED.match(lines[i])
    tail = "" if m else (t := _LABELLED_TAIL.match(lines[i])) and t.group(2)
    if not tail and (e := _ENTRY.match(lines[i])) and (listed := addresses_listed(lines, i, e.end())) \
            and not (_RECAP_TO.match(lines[i]) or _recap(lines, i)):  # "Intended Recipients: a@b, c@d" (Haraka)
        return [] if after_success or went_through_here(lines, i, "") else [(a, i, True) for a in listed]
    if not m and (not tail or _RECAP_TO.match(lines[i]) or _recap(lines, i)):
        return None  # (the tail form not in a recap of the original's headers: "To: a@b (Name)")
    if m and lines[i][:1] in (" ", "\t") and _RECAP_TO.match(lines[i]) and _recap(lines, i) and not _own_reply(lines, i) \
            and any((n := LABELLED.match(x)) and not _RECAP_TO.match(x) and (n.group(1).lower() == m.group(1).lower()
                                                                              or _WHO.search(x, 0, n.start(1)))
                    for x in lines[i + 1:]):  # (review 172: or a RECIPIENT's label, kim's, a blind copy: lead was failed)
        # Review 165: a notice's own recap of the original's header fields, indented under its sentence (Messaging
        # Server's "This report relates to a message you sent with the following header fields:" / "  From: ..." /
        # "  To: a@b"), above the labelled lines that name the failed ("  Recipient address: a@b"), names whom it was
        # sent to, failed or not. (Not the original's own header lines, flush left, nor a recap that is all a
        # truncated notice has left: its To may be the only naming of the failed one; review 168: nor one whose labelled
        # lines below name someone else, a footer's "E-mail address: helpdesk@...": lead was lost.)
        return None
    if after_success or went_through_here(lines, i, tail):
        return []
    return [((m or t).group(1), i, True)]


def named_label(mail: Mail, lines: list[str], i: int) -> str | None:
    """The original recipient a labelled line names without an address ("Recipient: lead"), unless the line
    is a recap of the original's headers or says that recipient's mail went through (review 85)."""
    line = lines[i]
    if ":" not in line or _RECAP_TO.match(line):
        return None
    m = _NAMED_LABEL.match(line)
    if not m or not _WHO.search(line, 0, m.start(1)) or went_through_here(lines, i, m.group(1)) or _recap(lines, i):
        return None
    return named.listed(mail, m.group(1).strip().strip("<>"))


def delivered_named(mail: Mail, lines: list[str]) -> set[str]:
    """The original's recipients a labelled line names without an address and says went through ("Recipient: lead
    (delivered)"): never the one prose's last resort (`named.by_name`) takes for failed (the grid's wrap_40_tab,
    review 107's mixed report: with the failed one's line broken, the delivered lead was marked hard)."""
    out = set()
    for i, line in enumerate(lines):
        m = _NAMED_LABEL.match(line) if ":" in line else None
        if m and _WHO.search(line, 0, m.start(1)) and went_through_here(lines, i, m.group(1)):
            if (a := named.listed(mail, m.group(1).strip().strip("<>"))) is not None:
                out.add(a.lower())
        elif "@" in line and delivered_entry(lines, i):  # (review 161: named under a success sentence)
            out.update(a.lower() for a in ADDRESS.findall(line)[:1])
        elif (name := passed_inline(note_closed(lines, i, bare=True))) \
                and (a := named.listed(mail, name)) is not None and not failed_later(lines, i, name):
            out.add(a.lower())  # (review 165: GroupWise's "Delivered: lead" beside "Undeliverable: kim (...)")
    return out


def went_through_here(lines: list[str], i: int, tail: str) -> bool:
    """Does a labelled line say its recipient's mail went through: in its own words after the name (`tail`),
    on the "Status:" line below, or in a heading above it in its paragraph ("Delivered:")?"""
    if tail.count("(") > tail.count(")"):
        # Its parenthesis broken by a writer's width (review 90), over up to three lines, folded (indented) or not
        # (review 117: "(delivered to\nmx.p.example, then returned:\nuser unknown)" read delivered, a false soft):
        # read up to where it closes ("(delivered to\n\tmx.p.example, then returned:\n\tuser unknown)": the grid's
        # wrap_40_tab), never where it does not close.
        joined, k = tail, i + 1
        # Never into the next entry's own labelled line (review 114: a delivered one's parenthesis left open took
        # the next recipient's "(failed)", a false hard on the live one), nor an unindented line of its own label
        # ("Note: other recipients failed (see below))", "Reason: ...": the report's, not this outcome's).
        # Review 123: in any case of letters (the grid re-cases notices), nor a list's next item ("2) Recipient: kim
        # (failed)"), nor a label line with a parenthesis of its own ("Note: kim's copy failed (see below)", "Примітка:
        # ... (див. нижче)"), right below it too; a label line that only closes this one is its rest ("(delivered to
        # mx.p.example, then\nreturned: user unknown)", "...\nABGEWIESEN: BENUTZER UNBEKANNT)"). Right below it, a
        # ")" closes it only where the parentheses then balance (not the note's own "(see below)").
        while k < len(lines) and k <= i + 3 and lines[k].strip() and not _ENTRY.match(lines[k]):
            if lines[k][:1] not in (" ", "\t") and (_LIST_MARK.match(lines[k]) or (
                    "(" in lines[k] and _OWN_LABEL.match(lines[k]))):
                break
            joined = f"{joined} {lines[k].strip()}"
            if ")" in lines[k] and joined.count("(") <= joined.count(")"):
                tail = joined
                break
            k += 1
    if _went_through(tail):
        return True
    if not tail and i + 1 < len(lines) and lines[i + 1][:1] in (" ", "\t") and lines[i + 1].lstrip().startswith("(") \
            and _went_through(note_closed(lines, i + 1, bare=True)):
        # Its note folded onto the line below by a width ("Empfänger: lead@p.example" / "<tab>(zugestellt, vorheriger
        # Versuch" / "<tab>gescheitert)"): the whole grid's wrap_40_tab on review 162's row read the delivered lead failed.
        return True
    # Its own paragraph's outcome, below it or opening the paragraph just above it ("Status: 250 ..." /
    # "Recipient: a"); the next paragraph's is another recipient's (review 89).
    below = lines[i + 1] if i + 1 < len(lines) else ""
    k = i + 2  # ...with the lines a writer's width folded under it ("then\n\treturned": the grid, wrap_40_tab)
    while below and k < len(lines) and lines[k][:1] in (" ", "\t") and lines[k].strip():
        below, k = f"{below} {lines[k].strip()}", k + 1
    above = lines[i - 1] if i and (i < 2 or not lines[i - 2].strip()) else ""
    if any((o := _OUTCOME.match(x)) and _went_through(o.group(1)) for x in (below, above)):
        return True
    k = i - 1
    while k >= 0 and lines[k].strip():
        # (not another entry's own line that a writer's width cut after a colon: "Recipient: lead (delivered |
        # spam:" / "no)": the whole grid's wrap_50_flush on review 114's cells read it as a "Delivered:" heading)
        if lines[k].rstrip().endswith(":") and not _ENTRY.match(lines[k]) and _went_through(lines[k]):
            return True
        k -= 1
    return False


# Only a label that says recipient (or a failed one) names one by a bare word: "Address: info" and "Mailbox:
# seller" are a help desk's or our own mailbox as often (review 85); with an address the line says more.
_WHO = re.compile(r"(?i)recipient|empf|destinat|ontvanger|odbiorca|adresat|mottag|modtager|mottaker|получател|"
                  r"адресат|宛先|受信者|受取人|收件|수신자|받는|addressee|failed|invalid|unknown|bad |undeliverable")


def _own_reply(lines: list[str], i: int) -> bool:
    """Does line i's paragraph hold a reply code? Then it is a failed message's own block ("  To: kim" / "  Error: 550
    5.1.1 ..."), no recap of the original's headers (review 176: kim lost beside lee's "Failed recipient:" block)."""
    return any(_A_REPLY.search(x) for x in itertools.takewhile(str.strip, lines[i:])) or any(
        _A_REPLY.search(x) for x in itertools.takewhile(str.strip, lines[i - 1::-1] if i else []))


def _recap(lines: list[str], i: int) -> bool:
    """Does line i's paragraph restate the original's From, Subject or Sent?"""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and lines[k].strip():
            if _RECAP_FIELD.match(lines[k]):
                return True
            k += step
    return False


# The envelope's further recipients under one "RCPT TO:" label, each alone on its line and indented to
# the first one's column: Apache James's Bounce mailet (NotifyMailetsMessage.generateMessage writes
# "  RCPT TO: a", then "           b" under "Message details:"), a notice's only naming of them.
_RCPT_LABEL = re.compile(r"(?i)^\s*rcpt to:\s*")


def _rcpt_continued(lines: list[str], i: int) -> bool:
    """Is lines[i] a bare address indented to the column of the "RCPT TO: a" line's address
    above it (or of the further recipients between)?"""
    column = len(lines[i]) - len(lines[i].lstrip(" "))
    j = i
    while j > 0 and ADDRESS.fullmatch(lines[j].strip()) and len(lines[j]) - len(lines[j].lstrip(" ")) == column:
        j -= 1
        label = _RCPT_LABEL.match(lines[j])
        if label:
            return label.end() == column and ADDRESS.match(lines[j], column) is not None
    return False


def wrapped_sentence(lines: list[str], i: int) -> list[str]:
    """The address of line i in "Your message to a@b couldn't be delivered" (INLINE[3]) that a
    client or gateway wrapping at 72-78 columns broke before its verb ("Your message to" /
    "<a@b> could not be delivered."), or in "Your message wasn't delivered to a@b because ..."
    (INLINE[0]) broken before the address (Gmail's sentence at 40 columns), or in "rejected
    recipient <a@b> (Error following RCPT command)" (INLINE[1]) broken there, or their German and Romance (INLINE[4:7], "Ihre
    Nachricht wurde nicht an a@b" / "zugestellt, weil ...", review 186 re-wrapped at 50): read with its
    paragraph's neighbour lines that name no address, the address its own line's (never one of
    a neighbour's, a sender's or a header's)."""
    near = [lines[j].strip() if 0 <= j < len(lines) and "@" not in lines[j] else "" for j in (i - 1, i + 1)]
    start = len(near[0]) + 1
    text = f"{near[0]} {lines[i].strip()} {near[1]}"
    return [m.group(1) for rx in (INLINE[3], INLINE[0], INLINE[1], *INLINE[4:7]) for m in rx.finditer(text)
            if start <= m.start(1) < start + len(lines[i].strip())]


def sentence_names(sentence: str, address: str) -> bool:
    """Does a failure sentence (one line or several joined) name `address` as its recipient?"""
    low = address.lower()
    return any(m.group(1).lower() == low for rx in INLINE for m in rx.finditer(sentence))


def starts_with_address(line: str) -> bool:
    return "@" in line and LEADING.match(line) is not None


def starts_with(line: str, addresses: set[str]) -> bool:
    m = LEADING.match(line)
    return m is not None and m.group(1).lower() in addresses


def verdict_lines(lines: list[str]) -> dict[str, int]:
    """Sendmail's verdict line ("550 <addr>... why") of each recipient, by address."""
    out: dict[str, int] = {}
    for j, line in enumerate(lines):
        if "..." in line and "@" in line:
            m = SENDMAIL_LINE.match(line)
            if m:
                out.setdefault(m.group(1).lower(), j)
    return out


# Speed only (classifier/guard.py): `Fast`, lowercased twins (3x faster); `Needing`, no line without `_LABEL`'s colon.
INLINE = tuple(Fast(p) for p in INLINE)
LABELLED, _NAMED_LABEL = Needing(Fast(LABELLED), ":", "\uff1a"), Needing(Fast(_NAMED_LABEL), ":", "\uff1a")
_ENTRY, _LABELLED_TAIL = Needing(_ENTRY, ":", "\uff1a"), Needing(_LABELLED_TAIL, ":", "\uff1a")
