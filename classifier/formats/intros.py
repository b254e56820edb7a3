"""The sentences after which a plain-text bounce lists its failed addresses, one per line ("The following
address(es) failed:", "Delivery has failed to these recipients or groups:", their translations): `intro(line)` finds
one on a line, `wrapped_intro` one that its writer's line width broke over two lines, and `delivered_lines` the lines a
report lists under an intro that says they were delivered. Read by formats/recipients.py, explanations.py, prose.py."""

from __future__ import annotations

import re

from classifier.formats import layout_only
from classifier.formats.failure_said import FAILURE_SAID, said_failed
from classifier.formats.outcome_words import says_failed, went_through
from classifier.guard import Fast, Guarded, Worded
from classifier.parse import ADDRESS

# Sentences after which the failed addresses are listed, one per line.
_LIST_INTROS = re.compile(
    r"(?i)(?:following (?:address(?:es|\(es\))?|recipients?(?:\(s\))?|destination addresses|list of recipients)|"
    r"permanent fatal errors|could not be delivered to (?:one or more|the following|all)|"
    r"delivery to the following recipients? (?:failed|has been delayed|was aborted)|"
    r"failed to deliver to the following|undeliverable to the following|"
    r"your message (?:was not|wasn't|could not be|couldn't be) delivered to the following|"
    r"unable to deliver (?:your message )?to the following|"
    r"the following (?:message|recipients?) (?:to|were|was|could)|"
    r"not (?:be )?delivered to the following|delivery has failed to these recipients|"
    r"did not reach the following recipient|errors? (?:occurred )?(?:while|during) delivering|"
    r"delivery failed for(?: the following|:\s*$)|could not deliver (?:the|your) message to|"
    r"rejected your message to the following|following addresses had|failed addresses follow|-{3} ?failed addresses|"
    r"could not be delivered to:\s*$|^\s*was not delivered to:\s*$|"  # Domino's, one per entry (multi57)
    # Exim's delay warning (deliver.c): "The address(es) to which the message has not yet been delivered is/are:"
    # (review 78: two addresses, one whose delay reason names no RCPT TO, lost it).
    r"to which the message has not yet been delivered (?:is|are):|"
    r"delivery to these recipients or groups|this is a delivery failure notification|failure reasons|"
    r"^\s*recipients?:\s*$|^\s*(?:failed|invalid|unknown) recipients?(?:\(s\))?:|"  # James: "Failed recipient(s):"
    # Exchange 2007 and later in its other languages ("Delivery has failed to these recipients or
    # groups:"), and Exchange 2000/2003's "The following recipient(s) could not be reached:".
    r"destinatarios o grupos|destinataires ou groupes|empf(?:ä|ae)nger oder gruppen|destinatari o gruppi|"
    r"destinat(?:á|a)rios ou grupos|ontvangers of groepen|odbiorc(?:ó|o)w lub grup|mottagare eller grupper|"
    r"受信者またはグループ|收件人或组|"
    r"folgende(?:\(r\)|n|s)? (?:empf(?:ä|ae)nger|adressen?)|destinataires? suivants?|adresses? suivantes?|"
    r"siguientes (?:destinatarios|direcciones)|seguenti (?:destinatari|indirizzi)|"
    r"seguintes (?:destinat(?:á|a)rios|endere(?:ç|c)os)|volgende (?:ontvangers|adressen))"
)
# A word of each `_LIST_INTROS` alternative: lines without any skip the regex (no bare "recipient": replies hold it).
_INTRO = Guarded(_LIST_INTROS, ("following", "permanent fatal", "could not be delivered", "unable to deliver",
                                "these recipients", "while delivering", "during delivering", "could not deliver",
                                "delivery failure notification", "failure reasons", "failed addresses", "failed for",
                                "recipient:", "recipients:", "(s):", "not yet been delivered", "was not delivered to:",
                                "grupos", "groupes", "gruppen", "gruppi", "groepen", "lub grup", "grupper", "folgende",
                                "suivant", "siguientes", "seguenti", "seguintes", "volgende"))
intro = _INTRO.search
_SEEN: list = [None, {}]  # the lines last read by `intro_of`, and intro() of each line text asked
_UNSEEN = object()


def intro_of(lines: list[str], line: str) -> re.Match[str] | None:
    """`intro(line)` for a line of `lines`, remembered while the same list is read: prose reads a notice's
    lines for its recipients (recipients.candidates), then again for each recipient's explanation. Keyed
    by the line's text, the answer is always intro's own for that text; only one list's are kept."""
    if lines is not _SEEN[0]:
        _SEEN[0], _SEEN[1] = lines, {}
    memo = _SEEN[1]
    found = memo.get(line, _UNSEEN)
    if found is _UNSEEN:
        found = memo[line] = intro(line)
    return found  # type: ignore[return-value]


def wrapped_intro(lines: list[str], i: int) -> re.Match[str] | None:
    """A list intro broken over two lines, where the writer's width fell inside it ("The
    message that you sent was undeliverable to the" / "following:"): the line and the next,
    when the next is a short one that ends the sentence with the colon a list intro ends with, or with the full stop
    of an intro that ends one ("Your message could not be delivered to one or" / "more of its recipients.", as it is
    read on one line; review 143: the grid's wrap_50_flush and wrap_40_tab on review 139's rows lost the intro, the
    failed kim under it, and read the delivered lead failed). A narrow width may break it twice ("... could not be
    delivered to" / "one or" / "more of its recipients.", wrap_40_tab): one short middle line is read through."""
    line = lines[i].strip()
    if not line or line.endswith((":", ".")) or i + 1 >= len(lines):
        return None
    tail = lines[i + 1].strip()
    if i + 2 < len(lines) and len(tail) <= 20 and tail and "@" not in tail and not tail.endswith((":", ".")):
        tail = f"{tail} {lines[i + 2].strip()}"
    # (A full stop only as the tail's one sentence's end: not Postfix's "could not" / "be delivered to one or more
    # recipients. It's attached below.", whose next sentence says it is no list's intro.)
    if not tail.endswith((":", ".")) or len(tail) > 60 or "@" in tail or ". " in tail:
        return None
    found = intro(f"{line} {tail}")
    return found if found is not None and found.end() > len(line) else None


# An intro's own words that its list names recipients delivered, not failed (Sendmail's plain
# "Return receipt", savemail.c errbody: "The following addresses had successful delivery
# notifications", then "<addr>  (successfully delivered to mailbox)").
# Not a failure said with those words: "was unsuccessful", "was not delivered successfully".
SUCCEEDED = re.compile(r"(?i)^(?!.*(?:unsuccessful|\bnot\b|n't\b|\bfailed\b)).*?"
                       r"(?:succe(?:eded|ssful)|were delivered|delivered successfully|or groups is complete"
                       r"|wurde abgeschlossen|est terminée|(?<!no )se ha completado)")
# The same test on ASCII text, as two searches of its first line lowercased (`.` stops at a line
# feed, and no word above holds one): the pattern's look-ahead, tried at every offset of the line
# and each with every alternative ignoring case, cost some 20 microseconds an intro line.
_NOT_SUCCEEDED = re.compile(r"unsuccessful|\bnot\b|n't\b|\bfailed\b")
# Exchange's "Delivery to these recipients or groups is complete" heads a delivered list too (review 91).
# Its German, French and Spanish forms ("Die Zustellung an diese Empfänger oder Gruppen wurde abgeschlossen", "La
# remise à ces destinataires ou groupes est terminée", "Se ha completado la entrega a estos destinatarios": review 94);
# never "No se ha completado" (not completed).
# (guard.Worded: searched only where one of its words is, as on few first lines; speed only.)
_SUCCEEDED_WORDS = Worded(re.compile(r"succe(?:eded|ssful)|were delivered|delivered successfully|or groups is complete"
                                     r"|wurde abgeschlossen|est terminée|(?<!no )se ha completado"))


def succeeded(text: str) -> bool:
    """Does `text` open with a line that says delivery succeeded (`SUCCEEDED` matches)?"""
    if not text.isascii():  # (Unicode case rules: the Kelvin sign, the long s, dotless i)
        return SUCCEEDED.search(text) is not None
    first = text.partition("\n")[0].lower()
    return _SUCCEEDED_WORDS.search(first) is not None and _NOT_SUCCEEDED.search(first) is None


# A plain notice's own sentence that the mail reached the address it names, in a notice that
# says nothing failed (prose.parse reads it as a success report, no bounce): gromox's local
# delivery receipt (grommunio/gromox data/local_bounce/*/BOUNCE_MAIL_DELIVERED, sent from
# postmaster: "Your mail has been delivered to <rcpt> successfully!", gb2312 "邮件已成功送到至...",
# big5 "...的郵件已成功到達！", euc-jp "あなたのメールは"<rcpt>"に届きました。") and Sympa's success
# report (delivery_status_notification.tt2, "Message was successfully delivered to following
# address:", po/sympa/ca.po "El missatge ha estat entregat a la següent adreça:").
# Any run of blanks or a line break may stand between the words (a notice re-wrapped).
DELIVERED_SAID = re.compile(r"(?i)has\s+been\s+delivered\s+to\b[\s\S]{0,120}?\bsuccessfully|"
                            r"\bsuccessfully\s+delivered\s+to\b|已成功(?:到达|到達|送到|送達|送达)|に届きました|"
                            r"\bha\s+estat\s+entregat\s+a\b|"
                            # Windows' SMTP service's success DSN ("Delivery to the following recipients succeeded.")
                            # and Exchange's ("Delivery to these recipients or groups is complete"; review 91).
                            r"\bdelivery\s+to\s+(?:the\s+following|these)\s+recipients?\s+(?:or\s+groups\s+is\s+complete|"
                            r"succeeded)\b|"
                            r"\bzustellung\s+an\s+diese\s+empfänger\s+oder\s+gruppen\s+wurde\s+abgeschlossen\b|"
                            r"\bremise\s+à\s+ces\s+destinataires\s+ou\s+groupes\s+est\s+terminée\b|"
                            r"(?<!no )\bse\s+ha\s+completado\s+la\s+entrega\s+a\s+estos\s+destinatarios\b|"
                            # Groupware's own success notices (review 165): GroupWise's status "was delivered to the
                            # following:", a German Messaging Server's "wurde erfolgreich an ... zugestellt".
                            r"\b(?:was|were|has\s+been|have\s+been)\s+delivered\s+to\s+the\s+following\b|"
                            r"\bwurden?\s+erfolgreich\s+(?:an\s+[^.:\n]{1,60}?\s+)?zugestellt\b")

# A scanner's warning that only an attachment was withheld, the rest of the message delivered (no bounce
# of the address): MailScanner's sender.virus and sender.filename reports (MailScanner/v5 reports/*/
# sender.{virus,filename}.report.txt: "Any infected parts of the message (<file>) have not been
# delivered. This message is simply to warn you ...", "One or more of the attachments (<file>) are on
# the list of unacceptable attachments for this site and will not have been delivered."), read with
# their line breaks as blanks. Its rejections of the whole message (sender.spam*, sender.content) say
# "This message has been rejected" / "destroyed" and stay bounces.
_PARTS_WITHHELD = ("any infected parts of the message", "on the list of unacceptable attachments")
_SAID_LOW = Fast(DELIVERED_SAID)  # (guard.Fast: its lowercase twin's matches, exact, on ASCII text; speed only)


def only_delivered(notice: str) -> bool:
    """Does a plain notice say its mail was delivered, and nothing failed (or only a part withheld)?"""
    head = notice[:4000]
    low = head.lower()  # the words DELIVERED_SAID needs, looked for first (asked of every plain notice)
    if not (("delivered" in low and ("been" in low or "successfully" in low or "following" in low)) or "entregat" in low
            or "erfolgreich" in low or "succeeded" in low or "complete" in low or "abgeschlossen" in low or "terminée" in low
            or "completado" in low
            or "已成功" in head or "に届きました" in head):
        return False
    if "attachments" in low or "infected" in low:
        flat = " ".join(low.split())
        if any(p in flat for p in _PARTS_WITHHELD) and "has been rejected" not in flat:
            return True
    # The success sentence first (seldom in a bounce: it lets one go before said_failed reads its summary lines), an ASCII
    # head through its lowercase (`_SAID_LOW`): both pure, the order and the twin are speed only.
    said = _SAID_LOW.search_lowered(head, low) if head.isascii() else DELIVERED_SAID.search(head)
    return said is not None and not said_failed(head)


def says_delivered(lines: list[str], i: int) -> bool:
    """Does the intro on lines[i] say its list was delivered? Read with the rest of its sentence
    where a writer or gateway wrapped it ("----- The following addresses had" / "successful
    delivery notifications -----")."""
    text, k = lines[i], i + 1
    while k < len(lines) and k <= i + 3 and layout_only(lines[k - 1], lines[k]):
        text, k = f"{text} {lines[k].strip()}", k + 1
    return succeeded(text)


def delivered_lines(lines: list[str]) -> set[int]:
    """Indices of the lines listed under such an intro, up to the blank line that ends the list."""
    out: set[int] = set()
    listing = False
    for i, line in enumerate(lines):
        if not line.strip():
            listing = False
        elif "@" not in line and intro(line):
            listing = says_delivered(lines, i)
        elif listing:
            out.add(i)
    return out


# A list's mark before an entry or a heading ("2) Recipient: kim", "b) ...", "iii) ...", "3. ..."; review 123).
# Inside a list of failed recipients, a line may start with the address and go on.
# Exchange 2000/2003 quotes it: "'a@b' on 3/10/2026 9:15 AM". (recipients and success_sentences read it.)
LEADING = re.compile(r"^\s{0,16}(?:[*\u2022-]{1,2}\s{1,4})?[\"<'\[]?(" + ADDRESS.pattern + r")[\">'\]]?(?:[\s,;:]|$)")
# A Postfix-style entry's head, "<addr> (expanded from <list>):" (bounce(8)'s paragraph per recipient), the address
# its group 1; and the words of its success report's entry ("delivered to mailbox", "250 2.0.0 Ok"). One home for
# recipients (a failed entry's paragraph) and success_sentences (a delivered one).
ENTRY_HEAD = r"^\s{0,8}[\"<]?(" + ADDRESS.pattern + r")[\">]?\s*(?:\([^)]{0,200}\))?\s*:"
POSTFIX_DELIVERED_WORDS = r"delivered to (?:mailbox|command|file)|2\d\d[ -]2\.\d{1,3}\.\d{1,3}"
LIST_MARK = re.compile(r"\s{0,8}(?:(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)|\d{1,2}\.)\s")


# Review 135: a heading's count ("Delivered (1):", "Failed (2):") is no parenthesis of words.
_COUNT = re.compile(r"\s?\(\d{1,5}\)")
# Went-through words outcome_words does not hold, read in a heading only: RFC 3464's "expanded" (delivered, then
# forwarded on), Polish "dostarczono", Russian "доставлено", Japanese "配達済み" / "配信済み" (review 135's false hards).
_PASSED_MORE = re.compile(r"(?i)\b(?:expanded|dostarczon[oay]|доставлен[оаы]?)(?!\w)|配達済|配信済")
# A negation anywhere in a heading of a few words says its list failed, its delivered word negated however far
# ("Cannot be delivered:", "Nicht erfolgreich zugestellt:", "Non è stato consegnato:", "Kon niet worden afgeleverd:",
# "No pudo ser entregado:", "Не доставлено:", "配達できませんでした："; review 135's false softs); not "no errors".
# ("Delivered to all recipients except:": the list is the ones not delivered; review 139's false soft.)
_NEGATED = re.compile(r"(?i)\b(?:except|au(?:ß|ss)er|sauf|excepto|salvo|behalve|кроме|cannot|can't|unable|nicht|kein\w{0,2}|non|niet|geen|nie|no(?! (?:errors?|failures?|problems?))|não|nao|ikke|inte|ej|pas|"
                      r"не|нет)\b|でき(?:ませんでした|ない)|未|无法|不能")


# Review 139: the heading's own clause ends at a comma, a dash set apart, a semicolon or a closed bracket ("Delivered
# - no further attempts:", "Delivered, not yet read:", "Zugestellt (keine Fehler):", "Удачно доставлено (без ошибок):",
# "Relayed (no DSN from the next hop):"); a negation after it negates no delivery (review 135's rule read such lists
# failed, the delivered lead a bounce), but a failure said there does ("Delivered, then bounced:").
# (Looked for from a run of blanks' first one only: from each of them, a forged heading line of 16,000 blanks before
# "x:" took 25 s in classify, quadratic; benchmarks/redos_scan.py's prober. The same first match: whatever follows a
# blank inside the run, the run's first blank reaches it too.)
_SIDE = re.compile(r"(?<!\s)\s*(?:[,;，；]|\s[-–—]\s|[(（][^()（）]{1,60}[)）])")
# (Review 144: nor a failure said not to be or counted none, "Delivered (not bounced):", "Delivered, nothing returned:",
# "Delivered (0 failed):"; nor a 4xx deferral the delivery outlived, "Delivered (after a 451 greylisting delay):"; nor
# a return receipt: the delivered lead read failed, false hards.)
# (Review 147: nor a failover route, a status unknown, a delay or size in 5xx digits, "Delivered (in 523 ms):",
# "Delivered (via failover MX):", "Delivered (TLS status unknown):": false hards.)
_SIDE_FAILED = re.compile(r"(?i)(?<!\bno )(?<!\bwithout )(?<!\bnever )(?<!\bnot )(?<!n't )(?<!\bnothing )(?<!\bnone )"
                          r"(?<!\bzero )(?<![(\s]0 )\b(?:fail(?!over)\w*|reject\w*|refus\w*|bounc\w*|"
                          r"undeliver\w*|return(?:ed|ing)|expired|(?<!status )(?<!state )unknown|abgewiesen|"
                          r"unzustellbar|rejet\w*|rechaz\w*|"
                          r"fehlgeschlagen|gescheitert|(?:é|e)ch(?:ec|ou\w*)|fallid[oa]|fall(?:o|ó)|mislukt|"
                          r"5\d\d(?!\s*(?:ms|s|sec\w*|seconds?|bytes|kb|kib)\b)|"
                          r"5\.\d{1,3}\.\d{1,3})(?!\w)|(?:not|n't|nicht|non|no|niet|nie|не)[\s-]+"
                          r"(?:\w+\s+)?(?:delivered|zugestellt|remis|entregad[oa]|consegnat[oa]|afgeleverd|"
                          r"доставлен\w?)\b")


def _passed_heading(line: str) -> bool:
    """Is `line` (no address, ending with a colon) a heading of a few words saying its list went through?"""
    text = _COUNT.sub("", line)
    head, side = text, ""
    if (cut := _SIDE.search(text)) is not None and cut.start() > 0:
        head, side = text[:cut.start()] + ":", text[cut.start():]
    return len(head.split()) <= 5 and len(text.split()) <= 10 and "(" not in head \
        and (went_through(head) or bool(_PASSED_MORE.search(head))) and not _NEGATED.search(head) \
        and not _SIDE_FAILED.search(side) and not intro(text)


# Review 168: a status report's other went-through statuses (Exchange's message tracking and GroupWise's status list:
# Delivered, Transferred, Read / Opened), read only as such an entry's label; and the entry's time in parentheses
# ("Delivered: lead (Thu 3 Dec 2026 10:05 AM)"): the delivered lead read failed, kim lost (false hards).
_TRACKED = re.compile(r"(?i)\s*(?:transferred|read|opened)\s*")
_WHEN = re.compile(r"\s*\(([^()]{0,60}\b\d{1,2}:\d{2}\b[^()]{0,20})\)$")


def passed_inline(line: str) -> str | None:
    """The name after a went-through heading on its own line ("Delivered: lead", a groupware status report's entry,
    GroupWise's; review 165), no address; None otherwise."""
    head, colon, name = line.partition(":")
    name = name.strip()
    if (when := _WHEN.search(name)) and not FAILURE_SAID.search(when.group(1)):
        name = name[:when.start()].strip()
    if not colon or "@" in line or not name or len(name.split()) > 4 \
            or not (_TRACKED.fullmatch(head) or _passed_heading(head + ":")):
        return None
    return name


def _failed_line(line: str, tail: bool = False) -> bool:
    """Does a line under a "Delivered:" heading say a failure of its own: an address whose reply on the line fails
    ("<kim>: host mx said: 550 5.1.1 User unknown", a paragraph after a blank line), or a heading of a few words set
    flush left with no colon ("----- Failed -----"), never a sentence's tail (`sentence_tail`)? Review 135's false
    softs: the failed list ends the delivered one."""
    words = [w for w in line.split() if "@" not in w]
    if "@" in line:
        return says_failed(" ".join(words))
    # Review 152: a sentence's tail that a writer's width left alone on its line ("Copies addressed to the sender are" /
    # "not delivered", "... are" / "rejected") is no heading, in whatever case a gateway wrote it.
    if tail:
        return False
    # Review 139: not a sentence (its full stop) nor a failure said not to be ("Not bounced.", "Never rejected": a
    # note on the delivered entry above it, whose list goes on; review 135's rule read the next delivered one failed).
    # Review 144: a full stop alone is no note's mark ("Failed permanently.": kim under it read delivered, a false
    # soft); a sentence of two clauses that tells a recovery is ("First attempt failed, retried.": the delivered
    # entry's own history).
    return line[:1] not in (" ", "\t") and 0 < len(words) <= 5 \
        and not (line.rstrip().endswith((".", "!", "\u3002")) and re.search(r"[,;，；]", line)
                 and _RECOVERED.search(line)) \
        and ((not _NOT_A_FAILURE.match(line) and says_failed(line)) or bool(_NOT_DELIVERED.match(line)))


# A heading that negates its delivered word, set flush left without a colon ("Not delivered", "Nicht zugestellt",
# "Non remis"; review 139: the failed kim under it read delivered, a false soft).
# (Review 144 kept a wrapped sentence's end out, "Copies to the sender are / not delivered", by the heading's capital;
# review 152: in any case, since a gateway may lower-case the heading or capitalise the sentence (the grid's
# lower_notice, upper_notice, title_notice: false hards both ways); the tail is told by the line before it,
# `sentence_tail`.)
# Review 160: also with the heading's preposition and no colon ("Not delivered to", "Nicht zugestellt an", "Non remis
# à" / kim): kim's line read as the sentence's tail and the delivered list went on over it (kim lost, lead failed).
_NOT_DELIVERED = re.compile(r"(?i)\W{0,6}(?:not|nicht|non|no|niet|nie|не)[\s-]+(?:\w+\s+)?(?:delivered|zugestellt|"
                            r"remis|entregad[oa]|consegnat[oa]|afgeleverd|доставлен\w?)"
                            r"(?:\s+(?:to|an|à|a|aan|für|pour|for|voor|para|per|naar|ad))?\W{0,6}$")


# (Review 147: a note's second clause tells the entry's recovery, "retried", "then delivered"; a failure line's tells
# the failure's end, "Permanent failure, giving up.", "Failed, sorry.", "Rejected, not retried.": kim under it read
# delivered, false softs.)
_RECOVERED = re.compile(r"(?i)(?<!not )(?<!no )(?<!never )(?<!n't )\b(?:retr(?:ied|y\w*)|resent|re-sent|"
                        r"redelivered|delivered|succeeded|accepted|ok|recovered|zugestellt|erneut|remis|"
                        r"entregad[oa]|consegnat[oa]|afgeleverd)\b")


_NOT_A_FAILURE = re.compile(r"(?i)(?:not|never|no|nothing|none|kein\w{0,2}|nie|nicht|jamais|nunca|nooit)\b")


# An entry that opens with its address and a colon ("<kim>: host mx[ip] said: ...", Postfix's "<%s>: %s" paragraph).
_ADDRESS_COLON = re.compile(r"^\s{0,8}<?[^\s<>@:]{1,64}@[^\s<>:]{1,255}>?\s{0,4}:")
_ENTRY_LINES = 8  # a 300-character reply broken at 40 columns


def _entry_text(lines: list[str], i: int) -> str:
    """An `<addr>: ...` entry's text read with the rest of its paragraph that a writer's width broke off ("<kim>: host
    mx.partner.example[192.0.2.10]" / "said: 550 5.1.1 <kim>: Recipient address" / "rejected: User unknown ..."):
    review 143, the grid's wrap_60 and wrap_50_flush on review 135's row, whose first line alone says no failure, so the
    delivered list went on over kim's lines and the delivered lead was read failed. The rest stops at a blank line, a
    line naming another address (the list's next entry), a heading (a colon at its end, a failure heading set flush
    left, no reply code in it) or a list intro: those are read as their own."""
    line = lines[i]
    if not _ADDRESS_COLON.match(line):
        return note_closed(lines, i)
    own = {a.lower() for a in _ADDRESSES.findall(line)}
    parts = [line]
    for k in range(i + 1, min(len(lines), i + _ENTRY_LINES)):
        nxt = lines[k]
        if not nxt.strip() or ("@" in nxt and not {a.lower() for a in _ADDRESSES.findall(nxt)} <= own):
            break
        if "@" not in nxt and (nxt.rstrip().endswith((":", "\uff1a")) or intro(nxt)
                               or (_failed_line(nxt, sentence_tail(lines, k)) and not _REPLY_CODE.search(nxt))):
            break
        parts.append(nxt.strip())
    return " ".join(parts)


def note_closed(lines: list[str], i: int, bare: bool = False) -> str:
    """An entry's line whose note a writer's width broke inside its parenthesis ("kim@partner.example (Zustellung" /
    "<tab>fehlgeschlagen)"), read with the lines that close it: the whole grid's wrap_40_tab and wrap_50_flush on
    review 162's rows, whose first line alone said no failure, so the delivered list went on over kim and the
    delivered lead was read failed (a false hard). Up to the closing line, never past a blank line or another address.
    `bare`: the note alone on its line, below its entry's (recipients.went_through_here)."""
    line = lines[i]
    open_ = line.count("(") - line.count(")")
    if open_ <= 0 or ("@" not in line and not bare):
        return line
    parts = [line]
    for k in range(i + 1, min(len(lines), i + _ENTRY_LINES)):
        nxt = lines[k]
        if not nxt.strip() or ("@" in nxt and ("(" in nxt or open_ + nxt.count("(") - nxt.count(")") > 0)):
            break  # (review 172: an address on the line that closes the note is the note's: "forwarded to" / "a@b)")
        parts.append(nxt.strip())
        open_ += nxt.count("(") - nxt.count(")")
        if open_ <= 0:
            return " ".join(parts)
    return line


# A reply's code: a wrapped reply's line ("mx.partner.example[192.0.2.10] said: 550 5.1.1"), never a heading.
_REPLY_CODE = re.compile(r"\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b")
_ADDRESSES = re.compile(r"[^\s<>\"'(),;:\[\]]{1,64}@[\w.-]{1,255}\w")


def _opens(lines: list[str], i: int) -> bool:
    """Does lines[i] open its paragraph, as a heading does: first, or after a blank line, a sentence's or a heading's
    end, a list's entry (an address, or a line indented under it), or bearing a list's mark? Not a sentence's tail
    that a writer's width left on its own line (after a line that ends no sentence): review 152, told so in any case."""
    prev = lines[i - 1].rstrip() if i else ""
    line = lines[i]
    return not prev.strip() or prev.endswith((".", ":", "!", "?", "\uff1a", "\u3002")) or "@" in prev \
        or bool(LIST_MARK.match(line)) or (prev[:1] in (" ", "\t") and line[:1] not in (" ", "\t"))


# The words a clause does not end with (an auxiliary, an article, a preposition, a conjunction): a line ending in one
# ends no sentence ("Copies addressed to the sender are" / "not delivered"), where a note's own line may lack its full
# stop and still end ("No DSN requested" / "Not delivered", a heading after it).
_MID_CLAUSE = re.compile(r"(?i)(?:^|\s)(?:a|an|the|to|of|for|in|on|at|by|with|from|and|or|but|nor|that|which|who|if|as|"
                         r"than|are|is|was|were|be|been|being|am|has|have|had|will|would|shall|should|can|could|may|"
                         r"might|must|do|does|did|get|got|werden|wurden|wird|wurde|sind|ist|war|waren|und|oder|sont|"
                         r"est|été|ont|et|ou|son|es|fue|fueron|han|sido|sono|è|stato|stati|zijn|worden|en|"
                         # Review 158: the prepositions and the contact verbs a help sentence breaks after in the other
                         # languages ("écrivez à", "contacte con", "mailen naar", "contact opnemen met", "contactez",
                         # "contattare" / "support@..."): its address read failed (the grid's width on review 152's row).
                         r"à|au|aux|pour|avec|con|para|por|per|aan|naar|met|voor|bij|mit|zu|bei|für|contact|"
                         r"contactez|contacter|contacte|contacta|contattare|contattate|contatta|kontaktieren|"
                         r"écrivez|escriba|escribe|scrivere|scrivete|mailen)$")


def sentence_tail(lines: list[str], i: int) -> bool:
    """Is lines[i] the tail of a sentence that a writer's width broke: not opening its paragraph (`_opens`), after a
    line that ends mid-clause (`_MID_CLAUSE`)? Review 152: so told in any case a gateway wrote the notice."""
    return not _opens(lines, i) and _MID_CLAUSE.search(lines[i - 1].rstrip()) is not None


_HEADING_LINES = 3  # a heading of ten words broken at 40 columns


def _heading_text(lines: list[str], i: int) -> str | None:
    """The heading whose colon ends lines[i], read from the line that opens its paragraph (`_opens`) up to
    `_HEADING_LINES` back, its lines joined; None where no such line is that near (a longer sentence's tail), or where a
    line before holds a colon of its own (a labelled field, "Status: 2.0.0", above a "Failed:" heading: review 135's
    control; a heading's one colon ends it)."""
    for k in range(i, max(-1, i - _HEADING_LINES), -1):
        if k < i and (":" in lines[k] or "\uff1a" in lines[k]):
            return None
        if _opens(lines, k):
            return " ".join(x.strip() for x in lines[k:i + 1])
    return None


def passed_lines(lines: list[str]) -> set[int]:
    """Indices of the lines under a sub-heading that says the addresses below it went through ("Delivered:",
    "1) Recipients delivered:", "Relayed:", "Zugestellt:", "Remis :"; outcome_words.went_through), up to the next
    heading ("Failed:", "Not delivered:", "Undeliverable:") or list intro: its list names none failed. Review 133: a
    NOTIFY=SUCCESS,FAILURE report's lists under "could not be delivered to one or more of its recipients", each
    address on its own line, read the delivered lead as failed (a false hard; the grid's wrap_40_tab on review 126's
    numbered summary). Never a labelled entry's own line cut after a colon ("Recipient: lead (delivered |spam:").
    Review 135: a count is no parenthesis, a negated heading fails (`_passed_heading`), and a line saying a failure
    of its own ends the list (`_failed_line`)."""
    out: set[int] = set()
    passed = False
    for i, line in enumerate(lines):
        if "@" not in line and line.rstrip().endswith((":", "\uff1a")):
            # A heading of a few words, never a list's intro ("Votre message n'a pas pu être remis aux destinataires
            # suivants :" holds "remis"), nor the tail of a sentence a writer's width broke ("... could not be" /
            # "delivered to:", the whole grid's wrap_60 and wrap_72): a heading opens its paragraph (`_opens`), read
            # from there whole where a writer's width broke it (review 152: "Delivered (after a 451 4.7.1" / "<tab>
            # greylisting delay):", the grid's wrap_40_tab, the delivered lead read failed; `_heading_text`).
            text = _heading_text(lines, i)
            passed = text is not None and _passed_heading(text)
        elif passed and line.strip() and (("@" not in line and intro(line))
                                          or _failed_line(_entry_text(lines, i), sentence_tail(lines, i))):
            passed = False
        elif passed:
            out.add(i)
    return out
