"""Recipients a plain-text notice names without their address: by display name (Exchange
2000/2003's "Jane Doe on 3/10/2026 9:15 AM" under "The following recipient(s) could not be
reached:", Exchange 5.5's "did not reach the following recipient(s)") or by local part alone
(Sendmail V5's "550 jdoe... User unknown", Exim's unqualified "  kijitora"). The returned
message's To and Cc give the address; only a recipient of the original can be named so.
"""

from __future__ import annotations

import re

from classifier.parse import ADDRESS, Mail, decode_header
from classifier.text import address_pairs


def _recipient_field(mail: Mail) -> str:
    """The returned message's To, Cc and Bcc (our sender's own, where the copy keeps it: RFC 5322 3.6.3; review
    99), decoded, as one field (read once per message)."""
    found = mail.memo.get("original_recipient_field")
    if found is None:
        headers = mail.original_headers
        fields = [str(headers.get(n, "")) for n in ("to", "cc", "bcc")] if headers is not None else \
            [mail.quoted_headers.get(n, "") for n in ("to", "cc", "bcc")]
        found = mail.memo["original_recipient_field"] = decode_header(" , ".join(f for f in fields if f))
    return found  # type: ignore[return-value]


def _recipient_field_low(mail: Mail) -> str:
    """`_recipient_field` lowercased (asked for every line of a list: once per message)."""
    found = mail.memo.get("original_recipient_field_low")
    if found is None:
        found = mail.memo["original_recipient_field_low"] = _recipient_field(mail).lower()
    return found  # type: ignore[return-value]


def _keys(mail: Mail) -> tuple[dict[str, list[int]], dict[str, list[int]], set[str]]:
    """The original's recipients' positions in `original_recipients` by lowercase local part and by lowercase
    display name, and their addresses lowercased: asked for every line of a list, a scan of every recipient per
    line was quadratic (a forged notice listing 1,000 names took a second and a half; fuzzing, 2026-12-06)."""
    found = mail.memo.get("original_recipient_keys")
    if found is None:
        by_local: dict[str, list[int]] = {}
        by_name: dict[str, list[int]] = {}
        for k, (name, address) in enumerate(original_recipients(mail)):
            by_local.setdefault(address.split("@", 1)[0].lower(), []).append(k)
            by_name.setdefault(name.lower(), []).append(k)
        found = mail.memo["original_recipient_keys"] = (by_local, by_name,
                                                        {a.lower() for _, a in original_recipients(mail)})
    return found  # type: ignore[return-value]


# Where a display name may end on a list's line: before a blank, a quote, a slash, a parenthesis, a colon or a comma.
_NAME_END = re.compile(r"[ \t'\"/(:,]")


def original_recipients(mail: Mail) -> list[tuple[str, str]]:
    """(display name, address) of the returned message's To, Cc and Bcc (read once per message)."""
    found = mail.memo.get("original_recipients")
    if found is None:
        found = mail.memo["original_recipients"] = pairs(_recipient_field(mail))
    return found  # type: ignore[return-value]


def _ours_in_bcc(mail: Mail) -> set[str]:
    """The returned copy's Bcc addresses at its own From's domain (and in no To/Cc): our sender itself, a colleague,
    our list, copied by our side (review 103). A notice naming their local part or name is never read as one of
    them failing: a prospect's server cannot have delivered to them, and marking one unenrolls a colleague; they
    still count as other recipients (no guess beside them)."""
    found = mail.memo.get("ours_in_bcc")
    if found is None:
        headers = mail.original_headers
        get = (lambda n: str(headers.get(n, ""))) if headers is not None else (lambda n: mail.quoted_headers.get(n, ""))
        sender = ADDRESS.findall(get("from"))
        domain = sender[0].rpartition("@")[2].lower() if sender else ""
        others = {a.lower() for a in ADDRESS.findall(f"{get('to')} , {get('cc')}")}
        found = mail.memo["ours_in_bcc"] = {a.lower() for a in ADDRESS.findall(decode_header(get("bcc")))
                                            if domain and a.rpartition("@")[2].lower() == domain} - others
    return found  # type: ignore[return-value]


def _the_one_not_ours(mail: Mail, addresses: list[str]) -> str | None:
    """`_the_one` of `addresses`, None where one of them is our own side's Bcc (it may be the one named)."""
    ours = _ours_in_bcc(mail)
    return None if any(a.lower() in ours for a in addresses) else _the_one(addresses)


def by_local_part(mail: Mail, field: str) -> str | None:
    """The original recipient a report names by its login name alone (`rfc822; jdoe` from a
    local mailer, Pigeonhole's `rfc822; kim`): the returned message's To/Cc address with that
    local part. None when two of them have it (info@a.example, info@b.example): marking the
    wrong one would fail a good address."""
    local = field.rpartition(";")[2].strip().strip("<> ").lower()
    if not local or "@" in local or " " in local:
        return None
    return _the_one_not_ours(mail, [address for _, address in original_recipients(mail)
                                    if address.split("@", 1)[0].lower() == local])


def cut_domain(mail: Mail, address: str) -> str | None:
    """The original recipient a prose notice names with its domain cut to the first label ("Recipient: lead@partner"
    for lead@partner.example, a template's or a width's cut): the one To/Cc address with that local part whose domain
    starts with that label. Not a dotless host of another name ("lead@mailhost"), nor where two fit. Review formats63:
    the cut address read as one of its own, the lead's hard lost (review leftovers65)."""
    local, _, host = address.lower().rpartition("@")
    if not local or not host or "." in host:
        return None
    # Nor where another recipient has that local part ("lena@mail" beside the To lena@partner.example and a Cc
    # lena@mail.example.org: "mail" may be a short host name of the To's, audit65c: a false hard on the Cc).
    same = [a for _, a in original_recipients(mail) if a.lower().rpartition("@")[0] == local]
    fit = [a for a in same if a.lower().startswith(f"{local}@{host}.")]
    return _the_one_not_ours(mail, fit) if len({a.lower() for a in same}) == len({a.lower() for a in fit}) else None


def pairs(field: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header."""
    out = []
    for name, address in address_pairs([field]):
        if ADDRESS.fullmatch(address or ""):
            out.append((name.strip().strip('"'), address))
    return out


def listed(mail: Mail, line: str) -> str | None:
    """The original recipient a line of a failed-recipients list names without an address:
    the line opens with its display name (and at most a date or a parenthesis follows), or is
    its local part alone."""
    text = line.strip().lstrip("'\"")
    if not text or len(text) > 160 or not text[0].isalpha():
        return None
    low = text.lower()
    # Speed: a line whose first word the original's To/Cc lacks names none of its recipients
    # (most lines of a list's explanations), so the field is not split into addresses for it.
    first = low.split(None, 1)[0].strip(" .:;,'\"")
    if not first or first not in _recipient_field_low(mail):
        return None
    recipients = original_recipients(mail)
    by_local, by_name, _ = _keys(mail)
    bare = low.rstrip(" .:;,'\"")
    # Or its local part first, then its reason in a column ("jdoe    Mailbox unknown": Yale's notice,
    # flufl.bounce yale.py; GWIA's "jdoe (user not found)").
    column = low[len(first):].startswith(("  ", "\t", " (", " - ")) if low.startswith(first) else False
    hits = set(by_local.get(bare, ()))
    if column:
        hits.update(by_local.get(first, ()))
    # Or its display name (three characters or more) first, then nothing but blanks and quotes, or a blank, quote,
    # slash, parenthesis, colon or comma before a date or a parenthesis.
    for end in [m.start() for m in _NAME_END.finditer(low, 3)] + ([len(low)] if len(low) >= 3 else []):
        rest = low[end:]
        if rest.strip(" '\"") and not (any(c.isdigit() for c in rest) or rest.lstrip(" '\"")[:1] in "(/:"):
            continue
        hits.update(by_name.get(low[:end], ()))
    return _the_one_not_ours(mail, [recipients[k][1] for k in sorted(hits)])


def _the_one(addresses: list[str]) -> str | None:
    """The one address `addresses` name (in any case), or None where they name two or more: which
    of two recipients under one name or local part failed cannot be told, and a guess marks a good
    address (reviews 53 and 57)."""
    distinct = {a.lower(): a for a in reversed(addresses)}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


def address_of_name(mail: Mail, listed_as: str | None) -> str | None:
    """The original recipient an address-shaped list entry names: itself, unless the returned
    message holds it only as a display name ('"kim@partner.example" <lead@example.org>', an
    address book's entry kept after an address changed), which Exchange 2000/2003 list in place
    of the address (review 50): then the address under that name, else a good prospect is marked."""
    if not listed_as or listed_as.lower() not in _recipient_field_low(mail):
        return listed_as
    low = listed_as.lower()
    _, by_name, addresses = _keys(mail)
    if low in addresses:
        return listed_as
    recipients = original_recipients(mail)
    return _the_one_not_ours(mail, [recipients[k][1] for k in by_name.get(low, ())]) or listed_as


def by_name(mail: Mail, lines: list[str], excluded: set[str]) -> list[tuple[str, int]]:
    """The one original recipient the notice names, with the line naming it; the only To
    address, unnamed, when there is one; else nothing."""
    headers = mail.original_headers
    to_field = str(headers.get("to", "")) if headers is not None else mail.quoted_headers.get("to", "")
    if not to_field:
        return []
    to = ADDRESS.findall(to_field)
    everyone = original_recipients(mail)
    sharing = _by_local(everyone)
    lowered = [line.lower() for line in lines]  # once, not once per recipient (a To of thousands: fuzzing)
    for a in to:
        i = index_of(lowered, a, unqualified=not _shared_local(a, sharing))
        if i >= 0:
            return [(a, i)]
    # The notice names the recipient without its domain ("kijitora... User unknown") or
    # only by display name ("Your message to Jane Doe could not be delivered").
    named: list[tuple[str, int, str]] = []
    for name, a in pairs(decode_header(to_field)):
        local = a.split("@", 1)[0]
        i = -1 if _shared_local(a, sharing) else index_of_word(lowered, local, local=True)
        if i < 0 and name:
            i = index_of_word(lowered, name)
        if i >= 0 and a.lower() not in excluded:
            named.append((a, i, name.lower()))
    if not named and headers is not None:
        # A Cc recipient named by a person's whole display name ("Otto Other could not be reached", review
        # formats57): by name only (a Cc's local part, "info", "sales", is too often a word of the text) and of two
        # words or more (a role's one word is no person's).
        for name, a in pairs(decode_header(str(headers.get("cc", "")))):
            i = index_of_word(lowered, name) if len(name.split()) > 1 else -1
            if i >= 0 and a.lower() not in excluded:
                named.append((a, i, name.lower()))
    if named:
        # The first named; not when another recipient (To or Cc) shares its display name (review 57:
        # which of two "Pat Lee" entries failed cannot be told).
        a, i, name = named[0]
        shared = name and any(n.lower() == name and o.lower() != a.lower() for n, o in original_recipients(mail))
        return [] if shared else [(a, i)]
    # The lone To, unnamed: only where the original went to no one else (review 85: with a Cc, a notice that
    # names nobody cannot tell which of them failed, and the guess marks a live prospect).
    # (Our own addresses Cc'd are no one else: the notice's From/To, `excluded`; review 89.)
    # Nor where the notice names one of our own side's Bcc by local part ("Recipient: seller"): it names someone,
    # not the To (review 103).
    if any(index_of_word(lowered, a.split("@", 1)[0], local=True) >= 0 for a in _ours_in_bcc(mail)):
        return []
    # Nor where a labelled line names another login alone ("Recipient: k.lund"): the failure is someone's the
    # original never named (a forward's target, a colleague's copy), and the lone To may be live (review formats63).
    if to:
        from_field = str(headers.get("from", "")) if headers is not None else mail.quoted_headers.get("from", "")
        known = {a.split("@", 1)[0].lower() for a in [to[0]] + ADDRESS.findall(from_field)}
        # ...nor the To's own display name's words ("To: Tore" for "Tore Vik <t.vik@...>": its person, leftovers65)
        known.update(w.lower() for name, _ in pairs(decode_header(to_field))[:1] for w in name.split())
        if any(_names_other_login(line, known) for line in lines):
            return []
    if len(to) == 1 and to[0].lower() not in excluded and {o.lower() for _, o in everyone} - excluded <= {to[0].lower()}:
        return [(to[0], -1)]
    return []


# A recipient's label and one or more login names alone after it (English, German, French, Spanish / Italian, Chinese,
# Japanese): the label's plural and its "failed / original / intended" forms and a bare "To" too, each login maybe
# quoted or bracketed, a comment or a full stop after it (review audit63: false hards). A login is ASCII: a display
# name in kanji or hanzi ("宛先: 山田太郎") is a person's name, no other login (audit63: lost hards).
_LOGIN_LABEL = re.compile(r"(?i)[ \t]*(?:(?:(?:failed|original|intended) )?recipients?|to|empfänger|destinataires?"
                          r"|destinatarios?|收件人|宛先)[ \t]*[:：][ \t]*"
                          r"((?:[\"'<]?[A-Za-z0-9._+-]{2,64}[\"'>]?(?:[ \t]*,[ \t]*|(?=[ \t(]|\.?[ \t]*$)))+)"
                          r"(?:[ \t]*\([^()]{0,60}\))?\.?[ \t]*")
_LOGIN = re.compile(r"[A-Za-z0-9._+-]{2,64}")


def _names_other_login(line: str, known: set[str]) -> bool:
    """Does `line` label a recipient by login names alone, one of them none of the `known` local parts (the To's, and
    our sender's: a "To: seller" line is the notice's own address, audit63)?"""
    m = _LOGIN_LABEL.fullmatch(line) if len(line) < 120 else None
    return m is not None and any(login.strip(".").lower() not in known for login in _LOGIN.findall(m.group(1)))


def _by_local(everyone: list[tuple[str, str]]) -> dict[str, set[str]]:
    """The original's recipients (lowercase) by local part: asked once per recipient, a scan of all of
    them each time was quadratic (a forged To of 2,000 addresses took 1.8 s; fuzzing, 2026-12-06)."""
    found: dict[str, set[str]] = {}
    for _, o in everyone:
        low = o.lower()
        found.setdefault(low.split("@", 1)[0], set()).add(low)
    return found


def _shared_local(address: str, by_local: dict[str, set[str]]) -> bool:
    """Does another recipient of the original (To or Cc) have `address`'s local part? Then a notice
    naming the local part alone ("Recipient: info", Exim's "  info") cannot tell which of them
    failed (review 84, as review 57 for a shared display name): neither is taken."""
    low = address.lower()
    return bool(by_local.get(low.split("@", 1)[0], set()) - {low})


def index_of(lines: list[str], address: str, unqualified: bool = True) -> int:
    low = address.lower()
    for i, line in enumerate(lines):
        if low in line.lower():
            return i
    if not unqualified:
        return -1
    # Exim lists an address as it was given, possibly unqualified ("  kijitora").
    local = low.split("@", 1)[0]
    for i, line in enumerate(lines):
        if line.strip().lower() == local:
            return i
    return -1


def entry_index(lines: list[str], address: str, failed: list[str]) -> int:
    """The first line naming `address` (`index_of`), unless that line names another of the `failed` addresses too (one
    reply naming both: "550 5.1.1 <a@b>: User unknown; mail for this team now goes to c@d"): then the first line that is
    `address` alone, its own entry ("  c@d", "<c@d>:"), where there is one. Review recipients45: c@d took a@b's "User
    unknown", a false hard, beside its own entry's "retry timeout exceeded", and a@b lost its reply."""
    i = index_of(lines, address)
    low = address.lower()
    if i < 0 or not any(other.lower() != low and other.lower() in lines[i].lower() for other in failed):
        return i
    for k, line in enumerate(lines):
        if low in (text := line.lower()) and text.strip(" \t<>\"':") == low:
            return k
    return i


def index_of_word(lines: list[str], word: str, local: bool = False) -> int:
    """First line naming `word` as a whole word (a local part or a display name). A word of
    one or two letters is any sentence's ("a", "to"): a local part so short (x@example.org)
    counts only in Sendmail's verdict shape "550 x... User unknown"."""
    if len(word) < 3 and not (local and word):
        return -1
    after = r"\.\.\." if len(word) < 3 else r"(?![\w@-])"
    low = word.lower()
    rx = r"(?<![\w.@-])" + re.escape(low) + after
    # (Each match holds the word: a line without it is not searched, nor is a pattern made where no line has it.)
    for i, line in enumerate(lines):
        if low in (text := line.lower()) and re.search(rx, text):
            return i
    return -1
