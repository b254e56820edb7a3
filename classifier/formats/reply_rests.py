"""A list entry's SMTP reply whose rest a writer's width broke onto the lines below it, and the address that rest's
sentence names (read by formats/recipients): where the reply goes on above the next entry (`reply_goes_on`, the lead's
grid mends and review 172), and where an address under it is the sentence's object, a forward path or a new address,
never a failed entry (`reply_object`, review 176), unless a whole reply of its own stands under it (`reply_below`,
reviews 178 and 180)."""

from __future__ import annotations

import re

from classifier.formats import layout_only

A_REPLY = re.compile(r"\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b")  # an SMTP reply's code or a status


def _width_break(above: str, line: str) -> bool:
    """Did a writer's width break a reply's sentence between `above` and `line`: mid-sentence (formats.layout_only), or
    before or after its punctuation ("Mailbox unknown;" / "<tab>please resend", "inconnu" / "<tab>; veuillez": the whole
    grid's wrap_40_tab on reviews 176's rows)?"""
    return layout_only(above, line) or line.strip()[:1] in (";", ",", ":") or above.rstrip()[-1:] == ";"


def reply_goes_on(lines: list[str], k: int) -> bool:
    """Is lines[k] the rest of the reply above it that a writer's width broke ("550 5.1.1 The mailbox is unknown;
    contact the" / "recipient by phone or": it goes on mid-sentence)? The whole grid's wrap_50_flush on review 163's
    row: the next entry, kim, read as the reply's sentence tail and lost. Review 172: not where that rest ends on a
    word that takes an address ("for help write" / "to" / "helpdesk@...", "... now goes to" / "lead@..."): the address
    is the sentence's, a help desk or a new address, never a failed entry (a false hard on lead)."""
    if k < 1 or _NAMES_NEXT.search(lines[k].rstrip()):
        return False
    for j in range(k - 1, max(-1, k - 4), -1):  # (the reply broken over more lines: the whole grid's wrap_40_tab)
        if not _width_break(lines[j], lines[j + 1]):  # (in any case of letters: upper_notice)
            return False
        if A_REPLY.search(lines[j]):
            return True
    return False


# The words a reply's sentence ends on before the address it names (one list for both questions): where to write
# instead, RFC 5321 §4.2.2's "551 User not local; please try <forward-path>", "please use" / "resend via" / "new
# address:", "bitte verwenden Sie", "veuillez utiliser" (review 176), and a help desk ("for help write" / "to" /
# "helpdesk@...", "... now goes to" / "lead@...", review 172).
_NAMES_NEXT = re.compile(r"(?i)(?:\b(?:to|at|via|through|try|use|using|write|contact|e-?mail|mail|address|adresse|an|à|a|"
                         r"al|naar|is|are|verwenden\s+sie|nutzen\s+sie|schreiben\s+sie|utiliser|utilisez|écrire|usa|"
                         r"utilice|gebruik)|\b(?:new|neue|nouvelle|nueva)\s+(?:address|adresse|dirección))\s*:?$")
# A line that ends by labelling the address below it as the one to write to instead ("New address:", "Neue Adresse:",
# "nouvelle adresse :", an admin's text under a moved recipient: review moves59), with or without a reply above it: a
# width put that address at a line's start, where it read a failed entry of its own (a hard bounce on the new address).
_NEW_ADDRESS = re.compile(r"(?i)(?:\b(?:new|neue|nouvelle|nueva|nuova|nieuwe?|nowy|novo|nova|ny|nya)\s+(?:e-?mail[- ]?)?"
                          r"(?:address|adresse|adress|dirección|direccion|indirizzo|adres|endereço|endereco)\s*:?"
                          r"|\b(?:has|have)\s+(?:changed\s+(?:his|her|their)\s+(?:e-?mail\s+)?address|moved)\s+to"
                          # ...or the person said moved to a place, then a colon: the new address below ("Piet Jansen is
                          # verhuisd naar Halden Noorwegen:" / the new one; session 44's grid over moves59's mend rows).
                          r"|\b(?:has\s+moved\s+to|is\s+verhuisd\s+naar|ist\s+umgezogen\s+nach|a\s+d(?:é|e)m(?:é|e)nag(?:é|e)"
                          r"\s+(?:à|a|en|au)|se\s+ha\s+mudado\s+a|si\s+(?:è|e)\s+trasferit[oa]\s+a|mudou-se\s+para)\s[^:]{1,60}:"
                          # ...or the address said changed, ending in a colon or "to" (changed_address.py's words:
                          # "Die E-Mail-Adresse von Jana Keller hat sich geaendert:" / the new one; audit 61's grid).
                          r"|\b(?:address|adresse|adres|dirección|direccion|indirizzo|endereço|endereco)\b.{0,60}?"
                          r"\b(?:has\s+changed|hat\s+sich\s+ge(?:ä|ae)ndert|a\s+chang(?:é|e)|ha\s+cambiado|"
                          r"(?:è|e)\s+(?:stato\s+)?cambiato|is\s+gewijzigd|mudou|uleg(?:ł|l)\s+zmianie)"
                          r"(?:\s+to|\s*:))$")
# ...unless its clause says that address failed too ("non remis à" / kim, review 158: an entry of the list).
FAILED_CLAUSE = re.compile(r"(?i)\b(?:not|n't|nicht|non|niet|no|fail\w*|undeliver\w*|unable|fehlgeschlagen|échec|"
                            r"unknown|unbekannt|inconnu\w*)\b")
# Where a clause ends: a stop, comma or semicolon, or a dash between blanks ("User unknown - resend to": outside65).
_CLAUSE_END = re.compile(r"[;,.!?]|\s[-–]\s")
# A whole reply: a code with its status or its words, never a number of the notice's own ("Message size: 450 KB", a
# service desk's "1-800-555-0100": review 180, the forward path under them read failed, hard). Review 183: a code
# without its status only where a reply stands, opening the line or after a colon, a quote or a reply's word ("said:
# 550 ...", "SMTP error 550: User unknown", "Error code: 550 (User unknown)": kim lost), never inside a sentence of the
# notice's own ("Example Corp, 500 Main Street", "Ticket 500 Open") nor before a unit ("Scan time: 450 ms", "450 kB"):
# each read a reply, the forward path above it failed, hard.
# (in any case of letters: "450 MS", the whole grid's upper_notice on review 183's rows, the forward path read failed)
_UNIT = r"(?i:[kmg]i?b|bytes?|octets?|ms|s|secs?|seconds?|min|minutes?|hours?|days?|stunden|tage)\b"
_FULL_REPLY = re.compile(r"(?<![\d-])\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b"
                         r"|(?:^\W*|[:;'\"(\[<]\s*|(?i:\b(?:error|code|reply|returned|said|answered|response|fehler|"
                         r"erreur|antwort))\s+)[45]\d\d(?:[ -]|:\s|\s?\()(?!" + _UNIT + r")[^\W\d_]"
                         r"|(?<![\d.])\b[45]\.\d{1,3}\.\d{1,3}\b(?![.\d])")


# A postal address's label and house number ("Address: 450 Harbour Road", "Adresse : 450 avenue de la Gare", a notice's
# footer): no reply after a colon (review 186: the forward path above it read a failed entry, a false hard).
_POSTAL = re.compile(r"(?i)\b(?:(?:postal |street |mailing |office )?address|adresse|anschrift|direcci(?:ó|o)n|"
                     r"indirizzo|endere(?:ç|c)o|adres|adress|адрес|office|b(?:ü|u)ro|bureau|ufficio|oficina|kantoor|"
                     r"si(?:è|e)ge|sede|location|visit us)\s*:\s*[45]\d\d\b")


def reply_below(lines: list[str], i: int) -> bool:
    """Has the address on lines[i] a reply of its own below it, past blank lines a gateway doubled or lines of prose
    introducing it ("kim" / "" / "" / "Reason: 550 5.1.1 ...", review 178; "kim" / "The server responded with the
    following error:" / "550 5.1.1 User unknown", review 180): the first whole reply in the next four lines with words
    (review 183: "The remote server ..." / "answered the RCPT command" / "with this reply:" / "550 5.1.1 ...", kim lost;
    the number shapes above keep a footer's lines from reading a reply), a line a width broke counted with the one it
    goes on and blank lines not (the whole grid's wrap_40_tab and blank_lines on review 180's rows, kim lost), before
    any other address (the next entry's own, "lee: 550 5.1.1 ...": review 180, read the forward path above it failed),
    though a reply may name its own address after its code ("550 5.1.1 <kim@...>: Recipient address rejected", Postfix
    smtpd's words; review 183, kim lost)? Then the address is an entry of the list, not a sentence's object (kim
    lost)."""
    seen, above = 0, ""
    for x in lines[i + 1:i + 12]:
        if not x.strip():
            above = ""
            continue
        if not (above and _width_break(above, x)):
            if seen == 4:
                return False
            seen += 1
        # (every match of _FULL_REPLY and of _POSTAL holds a "4" or a "5": a line without either has no reply; speed)
        reply = _FULL_REPLY.search(_POSTAL.sub(lambda m: " " * len(m.group()), x)) if "4" in x or "5" in x else None
        at = x.find("@")
        if at >= 0 and (reply is None or reply.start() > at):
            return False
        if reply:
            return True
        above = x
    return False


def _reply_in_paragraph(lines: list[str], i: int) -> bool:
    """Does a reply stand in the lines below lines[i] before a blank one: the address is an entry of the list with its
    own exchange ("k.lund@x" / "SMTP error from remote mail server after RCPT" / "TO:<k.lund@x>:" / "550 5.1.1 User
    unknown", the command's address broken onto a line of its own by a width: review lead43's control, k.lund lost)?
    Not one below the next entry's own bare address (audit 61: "New address:" / nrossi@... / t.sato@... / its 550, the
    new address read failed, a false hard): that reply is the next entry's, as reply_below reads it."""
    for x in lines[i + 1:i + 8]:
        if not x.strip() or _BARE.match(x):
            return False
        if A_REPLY.search(x):
            return True
    return False


def _opens_entry(lines: list[str], i: int) -> bool:
    """Does the bare address on lines[i], indented by spaces, stand back out of the text above it with text of its own
    right below indented deeper again: the next entry of a list (Exim's two spaces before each address, four before
    its text: "    Anna Berg has moved. New address:" / "  k.lund@..." / "    Unrouteable address")? A width's wrap
    does not step back and forth so. Audit 62: such an entry under a note ending "New address:" read as the new
    address, its own failure lost (a lost hard), where its text had no SMTP reply (a :fail: text, Exim's own words)."""
    if i + 1 >= len(lines):
        return False
    depth = len(lines[i]) - len(lines[i].lstrip(" "))
    return depth > 0 and not lines[i][depth].isspace() and all(
        len(x) - len(x.lstrip(" ")) > depth and x.strip() for x in (lines[i - 1], lines[i + 1]))


_BARE = re.compile(r"^\s*<?[^\s<>()@]+@[^\s<>()]+>?[.,;]?\s*$")
_LABEL = re.compile(r"^\s*[^\W\d_][\w '-]{0,30}\s?:")


def reply_object(lines: list[str], i: int) -> bool:
    """Is the address alone on lines[i] the object of the reply's sentence above it, that a width broke ("550 5.1.1 User
    unknown; mail was forwarded" / "TO THE NEW ADDRESS" / lead, "551 5.1.6 User not local; please try" / <lead>, "please
    resend" / "via" / lead)? Review 176: the delivered lead, named where kim's mail now goes, read failed (a false hard);
    the wrapped rest ended on words review 172's list and review 158's `_MID_CLAUSE` lacked ("try", "use",
    "via", "address:", "verwenden Sie"). Not where the address has a reply or a labelled reason of its own below it (an
    entry of the list, "not delivered to" / kim / "Reason: 550 ..."), nor where the clause names it failed."""
    if i < 1 or not _BARE.match(lines[i]):
        return False
    below = next((x for x in lines[i + 1:i + 3] if x.strip()), "")
    if A_REPLY.search(below) or _LABEL.match(below) or reply_below(lines, i):
        return False
    above = lines[i - 1].strip()
    if i > 1 and "@" not in lines[i - 2] and _width_break(lines[i - 2], lines[i - 1]):
        above = f"{lines[i - 2].strip()} {above}"  # ("has changed his" / "<tab>address to": the whole grid's wrap_40_tab)
    if _NEW_ADDRESS.search(above) and not _reply_in_paragraph(lines, i) and not _opens_entry(lines, i):
        return True  # (review moves59's grid: "This address has moved. New address:" / the new one, read failed)
    text = ""
    for j in range(i - 1, max(-1, i - 4), -1):
        if not lines[j].strip() or "@" in lines[j]:
            return False
        if j < i - 1 and not _width_break(lines[j], lines[j + 1]):
            return False  # (only a width's breaks inside the reply)
        text = f"{lines[j].strip()} {text}".strip()
        if (code := A_REPLY.search(text)) is not None:
            clause = _CLAUSE_END.split(text[code.end():])[-1]
            return _NAMES_NEXT.search(text) is not None and FAILED_CLAUSE.search(clause) is None
    return False


# The place to write instead named on the reply's own line, after its code ("550 5.7.1 This address is no longer in
# use, please resend to info@...", "550 5.1.1 User unknown - resend to info@...", "550 ... New address: x@y"): Exim's
# and qmail's plain bounces give the reply a line of its own, where recipients' "sent to <addr>" and "label: <addr>"
# shapes took that address for a failed entry (outside65: a false hard on the live address named, the dead one read
# onhold). reply_object's question for an address on the reply's line; not where its clause says it failed or refused.
_INSTEAD = re.compile(r"(?i)\b(?:re-?send|send|forward|write|redirect)\w{0,3}(?:\s+(?:it|them|your|the|this|all|future)"
                      r"){0,2}(?:\s+(?:mail|messages?|e-?mails?|offers?|enquir(?:y|ies)|inquir(?:y|ies)))?\s+(?:to|at|via)$")
# ...also in a passive that prescribes ("Mail for this department should be sent to <x>") or a label naming another
# address ("Alternative address: <x>", "write to our office address: <x>"): audit65b, each a false hard on the live
# address named, the dead one read onhold, in Exim's and qmail's layouts.
_INSTEAD_TOO = re.compile(r"(?i)\b(?:should|must|can|may|is\s+to|are\s+to)\s+(?:now\s+)?be\s+(?:sent|forwarded|directed|"
                          r"addressed|redirected)\s+(?:to|at)$|\b(?:alternat(?:e|ive)|other|contact|office|general|"
                          r"central|main)\s+(?:e-?mail\s+)?address(?:\s+is)?\s*:?$")
# A failure of the recipient itself said before it: "Cannot send to <lead>" (\bnot misses "cannot", n't "can't").
_NOT_THERE = re.compile(r"(?i)\b(?:reject\w*|refus\w*|den(?:ied|y)|bounc\w*|return\w*|can(?:not|'t)|could(?:n'?t)|"
                        r"won'?t)\b")


_PLEASE_SEND = re.compile(r"(?i)\b(?:please|kindly|ask\s+you\s+to)\s+(?:re-?send|send|forward|write|redirect)\b")
# Audit67: the request also said "Kindly resend", "We kindly ask you to resend" or "Please, resend" (the comma ends
# `before` at the verb): each read info@ failed and hard, the closed address onhold.
_PLEASE_COMMA = re.compile(r"(?i)\b(?:please|kindly),$")
_SEND_VERB = re.compile(r"(?i)(?:re-?send|send|forward|write|redirect)\b")
# The address a request names is the one to try AGAIN or one that fails EITHER ("Mailbox full - please send your message
# to <lead> again later", "Please forward your enquiry to <lead> - this address does not exist either": audit66b's rows,
# which prose._last_resort would have dropped as addresses to write to: asks_to_write_to, audit67). Audit67b: nor one to
# write to LATER or ONCE the box is usable ("452 4.2.2 Mailbox full. Please resend your message to <kim> later.",
# "Kindly resend ... to <kim> once the account has been reactivated": the only recipient dropped, no bounce read).
_SAME_AGAIN = re.compile(r"(?i)\b(?:again|either|later|once)\b")


def names_instead(lines: list[str], i: int, address: str) -> bool:
    """Is `address`, found on lines[i], the object of the reply's sentence there: where to write instead of the failed
    recipient (`_INSTEAD`, `_NEW_ADDRESS`), after the reply's code on its line or on the lines above it that a writer's
    width broke off it (the whole grid's wrap_60 and wrap_40_tab: "550 5.7.1 ... please" / "resend to info@...")?"""
    line = lines[i]
    at = line.find(address)
    if at < 0:
        return False
    head = line[:at]
    opens = not head.strip(" <\"'\t")
    for j in range(i - 1, max(-1, i - 4), -1):
        if A_REPLY.search(head):
            break
        # (audit67's grid: also a width's break before the address in its brackets, "... resend your message to" /
        # "<kim@...> - mail to this address is not read": kim read failed and hard)
        below = lines[j + 1].lstrip(" \t<\"'") if j + 1 == i and opens else lines[j + 1]
        if not lines[j].strip() or not _width_break(lines[j], below) or reply_below(lines, i):
            return False
        head = f"{lines[j].strip()} {head.strip()}"
    codes = list(A_REPLY.finditer(head))
    if not codes:
        return False
    tail = head[codes[-1].end():].rstrip(" <\"'")
    before = _CLAUSE_END.split(tail)[-1].strip()
    after = re.split(r"[;,.!?]", line[at + len(address):].lstrip(">\"'"), maxsplit=1)[0]
    # A request to the reader ("Please resend your message to <x>") names where to write whatever its sentence says
    # after the address of the OLD one ("... to info@x - messages to this address will not be read": audit66, info@
    # read failed and hard, the dead address onhold).
    request = _PLEASE_SEND.search(before) is not None or (
        _SEND_VERB.match(before) is not None and _PLEASE_COMMA.search(tail[:len(tail) - len(before)].rstrip()) is not None)
    if opens and not request:
        return False  # (a bare address below a reply is reply_object's; one with a reply of its own an entry)
    # ...also where a width put the address at the start of the next line (audit66's grid, wrap_50_flush).
    said = before if request else f"{before} {after}"
    if FAILED_CLAUSE.search(said) or _NOT_THERE.search(said):
        return False
    return _NEW_ADDRESS.search(before) is not None or _INSTEAD.search(before) is not None \
        or _INSTEAD_TOO.search(before) is not None


# A request to the reader ending where the address follows ("Please resend your message to", "Kindly forward it to",
# "Please, write to"), no stop between.
_REQUEST_BEFORE = re.compile(r"(?i)\b(?:please|kindly|ask\s+you\s+to),?\s+(?:re-?send|send|forward|write|redirect)\b"
                             r"[^.;!?]{0,60}$")


def asks_to_write_to(lines: list[str], i: int, address: str) -> bool:
    """`names_instead`, said as a request to the reader, and nothing after the address up to its sentence's end (its
    wrapped lines too) says it is the one to try AGAIN or that fails EITHER: an address a notice names only so is where
    to write, never a failed recipient guessed from the original's To (prose._last_resort, audit67). Not a note such as
    "Please note: forwarding to <lead>" / " failed - no such user" broken by a width (audit66's control under the
    grid's wrap_66_folded: names_instead, seeing one line, took lead for an address to write to)."""
    if not names_instead(lines, i, address):
        return False
    at = lines[i].find(address)
    before = " ".join([*(line.strip() for line in lines[max(0, i - 3):i]), lines[i][:at]]).rstrip(" <\"'")
    if _REQUEST_BEFORE.search(before) is None:
        return False
    rest = [lines[i][at + len(address):]]
    for k in range(i + 1, min(len(lines), i + 4)):
        if not lines[k].strip():
            break
        rest.append(lines[k].strip())
    return _SAME_AGAIN.search(re.split(r"[.;!?]", " ".join(rest), maxsplit=1)[0]) is None
