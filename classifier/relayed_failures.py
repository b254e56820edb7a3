"""A delivery failure a mail router relays to us under an auto-reply's Subject ("Automatic reply: <our subject>",
Auto-Submitted: auto-replied), told from an away text by what only an MTA's notice writes: a reply that quotes
another address than the notice's sender, an MTA's list intro with an address and a reply code below it, Exchange's
diagnostic block (reviews 181 and 184), a failure sentence in another language naming another address with a reply
code near (`sentence_names_other`, review 186). Read by hints.looks_like_bounce's gate for machine-marked mail, on the
notice with the sentences a writer's width broke joined again (`width_joined`), up to a quote of an earlier message
(`quote_start`, review 189)."""

from __future__ import annotations

import re

from classifier import forward_marks
from classifier.formats import layout_only
from classifier.formats.intros import intro
from classifier.parse import ADDRESS, Mail


def width_joined(notice: str) -> str:
    """The notice with the sentences a writer's or gateway's width broke joined again (formats.layout_only: the line
    above stops mid-sentence and this one goes on with a word, not an address): the gate's sentences ("Your case
    number is", "received your message ... and will"), an MTA's list intro and its first entry below are read whole.
    The whole grid re-wrapping review 184's rows at 72, 60 and 50 columns: acknowledgements read as bounces (a live
    prospect marked) and relayed failures read as auto-replies (a dead one kept mailed)."""
    out: list[str] = []
    for line in notice.split("\n"):
        if out and out[-1].strip() and layout_only(out[-1], line) and "@" not in out[-1].split()[-1] \
                and not ADDRESS.match(line.strip().lstrip("<")):  # (an address ends or opens a line of its own)
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


# Outlook's header block above the message it quotes, its From line and its Sent line next ("From: ..." / "Sent: ...",
# "Von: ..." / "Gesendet: ...", "De : ..." / "Envoyé : ..."; forward_marks' labels), with no mark line above it (new
# Outlook, Outlook's HTML reply as text). A notice's returned headers write "Date:", never "Sent:".
_SENT_BLOCK = re.compile(
    r"(?im)^[ \t]{0,4}\*?(?:" + "|".join(map(re.escape, forward_marks.FIELD_LABELS["from"])) + r")[ \t]?\*?:[^\n]{1,300}\n"
    r"[ \t]{0,4}\*?(?:" + "|".join(map(re.escape, forward_marks.FIELD_LABELS["sent"])) + r")[ \t]?\*?:")
# A line quoted with "> " (or a quote's empty line, ">"): not Sendmail's transcript, ">>> RCPT To:<a@b>".
_QUOTED_LINE = re.compile(r"(?m)^>(?:[ \t]|$)")


def quote_start(notice: str) -> int:
    """Where the first quote of an earlier message begins in `notice` (its length when none): a reply's intro ("On
    <date>, <name> wrote:", "schrieb ...:", "a écrit :"), a client's mark line ("-----Original Message-----"), Outlook's
    From / Sent block, a line quoted with "> ". A failure below it is the quoted mail's, its addresses merely quoted
    (review 188's judged row: kim's away text quoting the seller's mail into which he pasted an NDR, "550 5.1.1
    <orders@...>", read a bounce for orders@); a router's relayed failure stands above whatever it returns or quotes
    (an NDR's "----- Original message -----" and our message below it)."""
    found = [m.start() for m in (forward_marks.REPLY_INTRO.search(notice), forward_marks.MARK_LINE.search(notice),
                                 _SENT_BLOCK.search(notice), _QUOTED_LINE.search(notice)) if m]
    return min(found, default=len(notice))


# A reply code as reply_names_other and lists_failed_other read it: SMTP_CODE, less a three-digit group followed
# by more digit groups, which is a telephone number's ("+1 415 555 0134", "+49 40 450 12 34", "212 555-0199" in an
# away text's signature: review 184), never a reply's ("550 5.1.1", "550-5.1.1", "550 Requested action").
# (A code may end its line, its status below it: "... said: 550" / "5.1.1 User unknown", the whole grid's wrap_72 on
# review 184's Postfix row, read an auto-reply.)
_REPLY_CODE = re.compile(r"\b[45]\d\d(?:[ -](?!\d{2}|\d[ -]\d)|$)|\b[45]\.\d{1,3}\.\d{1,3}\b")


# A reply's code under an address head: with its status ("550 5.1.1", qmail's "(#5.1.1)") or after a reply's words
# ("Remote host said: 550 ...", "said: 550 User unknown").
_REPLY_WORDS = r"(?i:\b(?:said|answered|reply|response|returned|error)\W{0,3})"
_HEAD_REPLY = re.compile(r"\b[45]\.\d{1,3}\.\d{1,3}\b|" + _REPLY_WORDS + r"[45]\d\d\b")
_ENTRY_HEAD = re.compile(r"\s*<(" + ADDRESS.pattern + r")>:\s")
# Or a reply's words ending the line above and its code opening this one: Postfix's own width ("<a@b>: host mx[ip]
# said:" / "    550 User unknown (in reply to RCPT TO command)", a reply without an enhanced status: the whole grid's
# wrap_66_folded on review 184's row read an auto-reply, kim lost).
_WORDS_END = re.compile(_REPLY_WORDS + "$")
_CODE_FIRST = re.compile(r"\s*[45]\d\d\b")


def reply_names_other(mail: Mail, notice: str) -> bool:
    """A reply quotes the refused recipient as MTAs write it, in angle brackets, and it is not the
    notice's own sender: just after the reply code ("550 5.1.1 <a@b>: Recipient address rejected",
    Postfix's, Exim's and Gmail's quoted reply), opening the code's line ("<a@b>: host ... said:
    550 ...", Postfix's bounce) or alone on the line above it ("<a@b>:" / "Sorry, no mailbox here by
    that name. (#5.1.1)", qmail-send's): the failure a router relays under an auto-reply's Subject
    keeps it (review 181). An away text quoting a reply about its own mailbox names its own address
    or none, and a bare address written later on the line ("(550 5.1.1 user unknown). Please update
    your records: info@...", review 34) is no reply's."""
    sender = mail.from_
    above = higher = ""
    for line in notice[:4000].split("\n"):
        code = _REPLY_CODE.search(line)
        if code:
            # Angled, and after the code or opening the line.
            named = [m.group(0) for m in ADDRESS.finditer(line, 0, code.end() + 60)
                     if line[m.start() - 1:m.start()] == "<"
                     and (m.start() > code.start() or not line[:m.start() - 1].strip())]
            # (or two lines above, the reply's text broken by a width before its code: "<a@b>:" / "Sorry, no mailbox
            # here by that name." / "(#5.1.1)", the whole grid's wrap_40_tab on review 184's qmail row)
            # (a head above only over a reply's code, never a house number opening a signature's line: "<lena@...>" /
            # "450 Harbour Road", review 186, the colleague an away text names read a failed recipient; qmail-send
            # writes its address with a colon, "<a@b>:", a signature without)
            replied = _HEAD_REPLY.search(line) or (_CODE_FIRST.match(line) and _WORDS_END.search(above.rstrip()))
            for head in ((above, higher) if replied else ()):
                inner = head.strip()[:-1].strip() if head.strip().endswith(":") else ""
                alone = ADDRESS.fullmatch(inner[1:-1]) if inner[:1] == "<" and inner[-1:] == ">" else None
                # (or Postfix's entry head above, its reply moved onto the next line by a width: "<a@b>: host mx[ip]"
                # / "said: 550 5.1.1 ...", the whole grid's wrap_60 on review 184's row, read an auto-reply)
                alone = alone or _ENTRY_HEAD.match(head)
                if alone:
                    named.append(alone.group(1) if alone.re is _ENTRY_HEAD else alone.group(0))
            if any(a.lower() not in sender for a in named):
                return True
        if line.strip():
            above, higher = line, above
    return False


_SENTENCE_START = re.compile(r"[.!?]\s|\n[ \t]*\n")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def sentence_names_other(mail: Mail, notice: str, failure: re.Match[str]) -> bool:
    """Does the sentence holding a failure's words in another language than English (formats/failure_said's
    OTHER_FAILURE) name an address other than the notice's sender, with a reply code in the notice: Gmail's German
    "Ihre Nachricht wurde nicht an kim@... zugestellt, weil die Adresse nicht gefunden wurde" above Google's "550 5.1.1
    The email account that you tried to reach does not exist." (its reply names no address): the English
    _names_failed_address's twin for a failure relayed under an auto-reply's Subject (review 186, kim lost)."""
    start = max((m.end() for m in _SENTENCE_START.finditer(notice, 0, failure.start())), default=0)
    stop = _SENTENCE_STOP.search(notice, failure.end())
    sentence = notice[start:stop.end() if stop else len(notice)]
    return any(a.group(0).lower() not in mail.from_ for a in ADDRESS.finditer(sentence)) \
        and any(_REPLY_CODE.search(line) for line in notice[:4000].split("\n"))


def lists_failed_other(mail: Mail, notice: str) -> int | None:
    """Where an MTA's list intro (formats/intros.intro: Sendmail's "----- The following addresses had permanent fatal
    errors -----", Exchange 2007/2010's "Delivery has failed to these recipients or groups:", Exchange 2003's "The
    following recipient(s) could not be reached:", Exim's "The following address(es) failed:", their translations)
    has for its first line below an address other than the sender's, and a reply code or status within a dozen
    lines (Exchange's "#550 5.1.1", "<host #5.1.1>", Sendmail's "(reason: 550 5.1.1 ...)", Google's "550-5.1.1" in
    Exim's transcript): the failure a router relays under an auto-reply's Subject in the layouts whose reply quotes
    no angled address (review 184: Sendmail's text has no failure word of _FAILURE_TEXT at all, Exchange's names the
    address bare). The intro's offset, or None. An away text lists colleagues after no MTA's intro."""
    sender = mail.from_
    lines = notice[:4000].split("\n")
    offset = 0
    for i, line in enumerate(lines):
        below = next((x.strip() for x in lines[i + 1:i + 4] if x.strip()), "")
        # (an intro a width broke, "----- The following addresses had permanent" / "fatal errors -----", "The following
        # recipient(s) could not be" / "reached:": its first line below is the one after its rest; the whole grid's
        # wrap_50_flush and wrap_40_tab on review 184's rows, the relayed failure read an auto-reply)
        head, rest = line, i + 1
        while rest < min(len(lines), i + 3) and "@" not in lines[rest] and (layout_only(lines[rest - 1], lines[rest])
                                                                       or lines[rest - 1].rstrip().endswith("(es)")):
            head, rest = f"{head.rstrip()} {lines[rest].strip()}", rest + 1
        if intro(head):
            # (its first line with words: a rest of dashes a width moved, "   -----", is the intro's; wrap_60)
            below = next((x.strip() for x in lines[rest:rest + 4] if x.strip(" \t-=_*")), "")
            named = ADDRESS.match(below.lstrip("<"))
            if named and named.group(0).lower() not in sender \
                    and any(_listed_code(lines, k) for k in range(i + 1, i + 14)):
                return offset
        # Exchange's diagnostic block, in every language of its NDR ("Remote Server returned '550 5.1.10 ..." or
        # "#550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found ##" under the address alone on its line): no words of
        # _FAILURE_TEXT in a German or French NDR ("Ihre Nachricht an ... konnte nicht zugestellt werden").
        alone = ADDRESS.fullmatch(line.strip().strip("<>"))
        if alone and alone.group(0).lower() not in sender and _EXCHANGE_DIAGNOSTIC.match(below):
            return offset
        offset += len(line) + 1
    return None


# Below a list intro, a reply code or an enhanced status as the MTAs write it there: a basic code opening its line
# (Exim's "    550 User unknown"), one followed by its status ("(reason: 550 5.1.1", "#550 5.1.1", "550-5.1.1") or a
# status after a "#" ("<host #5.1.1>", qmail's "(#5.1.1)"); not a bare "5.1.26", a German short date or a version in
# an away text ("Ab 5.1.26 bin ich wieder erreichbar", "client 4.2.10"), nor a street number in its sentence ("Suite
# 4, 500 Main Street"; review 184).
_LISTED_CODE = re.compile(r"\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b|#[45]\.\d{1,3}\.\d{1,3}\b")
# ...the basic code opening its line only under a reply's lead ending in a colon (Exim's "SMTP error from remote mail
# server after RCPT TO:<a@b>:" / "    550 User unknown"): a postal address's line opens with its house number in many
# locales ("450 avenue de la Gare, 69000 Lyon", "500 Main Street" under a colleague's address in an away text; review
# 186, the colleague read a failed recipient).
_BARE_CODE = re.compile(r"^[\s#(<]*[45]\d\d[ -](?!\d{2}|\d[ -]\d)")


def _listed_code(lines: list[str], k: int) -> bool:
    """Is there a reply code or status on lines[k] as an MTA writes it below its list intro?"""
    if k >= len(lines):
        return False
    if _LISTED_CODE.search(lines[k]):
        return True
    lead = next((x for x in reversed(lines[max(0, k - 3):k]) if x.strip()), "")
    return _BARE_CODE.match(lines[k]) is not None and lead.rstrip().endswith(":")
# (in any case: "REMOTE SERVER RETURNED '550 ...", the whole grid's upper_notice on review 184's rows, read an auto-reply)
_EXCHANGE_DIAGNOSTIC = re.compile(r"(?i:Remote Server returned '|#)[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b")
