"""Where a plain-text bounce stops speaking and the copy of the returned message begins.

Text after that point is the sender's own mail and must never be read as part of the notice.
"""

from __future__ import annotations

import re

from classifier.lowercase_once import lower_once

# Lines that start the copy of the returned message inside a plain-text bounce. Text after
# them is the sender's own mail and must not be read as part of the notice.
ORIGINAL_MARKERS = (
    "--- below this line is a copy of the message",
    "------ this is a copy of the message",
    "------ this is a copy of your message",
    "----- original message -----",
    "-----original message-----",
    "------ original message ------",
    "--- original message follows",
    "----- original message follows",
    "------ original message follows",
    "--------- original message ---------",
    "----- unsent message below -----",
    "----- message truncated -----",
    "--- the header of the original message is following",
    "original message headers:",
    "------- returned message --------",
    "----- returned message follows",
    "content-type: message/rfc822",
    "------ failed message headers",
    "------ a copy of the original message follows",
    "-- the header and top 20 lines of the message follows --",
    "the original message headers are included as attachment",
    "----- the header of original message follows",
    "|------------------------- message text follows",
    "------ original message header",
    "------ the original message",
    "----- the original message",
    "------- failed message headers",
    "----- headers of the original message",
    # DragonFly Mail Agent, V5 Sendmail, Verizon/MMS gateways, FML: the quoted original follows.
    "message headers follow",
    "----- unsent message follows",
    "\noriginal message:",
    "\noriginal message follows.",  # Ipswitch IMail
    "original mail as follows",
    "below is a copy of the original message",  # OpenSMTPD smtpd/bounce.c
    # XMail QueueUtils.cpp: "[<05>] Here is listed the initial part of the message:" (1.2x),
    # "Below is reported the message header:" (its 2001 releases).
    "here is listed the initial part of the message",
    "below is reported the message header",
    "------ original message -------",
    "--- original message ---",
    # MMDF lib/mmdf/rtn_proc.c: rtn_cite()'s "    Your message begins as follows:" (the headers and first lines),
    # rtn_all()'s "    Your message follows:"; DBMail 1.x bounce.c's "--- header of your message ---" (review old47).
    "your message begins as follows:",
    "\n    your message follows:",
    "--- header of your message ---",
    # Exchange 2010 and later in other languages: the original's headers after the
    # administrators' diagnostic section ("Original message headers:" in English).
    "encabezados del mensaje original:",
    "ursprüngliche nachrichtenkopfzeilen:",
    "en-têtes de message d'origine :",
    "intestazioni originali del messaggio:",
    "cabeçalhos originais da mensagem:",
)


# MTAs vary the dashes around the same sentence ("----- This is a copy..." from old Exim,
# "------ This is a copy..." from newer): the core must follow a line break, at most four
# spaces or tabs, an optional "|", two or more dashes and at most three white-space
# characters (the regex `(?:^|\n)[ \t]{0,4}\|?-{2,}\s{0,3}`). A notice has few runs of dashes
# and many words its cores hold ("original", "message"), so these cores are looked for only
# right after each run of dashes that leads a line: one alternation of ~40 leads and cores
# cost a regex attempt per marker at every offset (0.6 ms on a 13 kB notice without any
# marker), and a str.find of every core whose word the notice holds cost a pass each.
_LED = tuple(sorted({m.lstrip("-| ") for m in ORIGINAL_MARKERS if m.lstrip("-| ") != m}))
_PLAIN = tuple(sorted({m for m in ORIGINAL_MARKERS if m.lstrip("-| ") == m}))
_SECTION_CACHE: dict[int, tuple[str, int]] = {}
# The plain cores grouped by one word each holds (its longest word that is not one nearly
# every bounce uses): a notice without the word skips the group's finds.
_COMMON = frozenset({"message", "original", "the", "of", "is", "this", "a", "below", "line", "your", "mail"})


def _anchor(core: str) -> str:
    words = re.findall(r"[a-z0-9]+", core)
    return max([w for w in words if w not in _COMMON] or words, key=len)


_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (anchor, tuple(c for c in _PLAIN if _anchor(c) == anchor)) for anchor in sorted({_anchor(c) for c in _PLAIN}))
# The groups of ASCII cores only, for ASCII text (most notices), which holds no other: three of the
# eleven groups (German, Portuguese, French) and a pass over the text each skipped (with the loop
# in without_boilerplate, 0.25% fewer instructions per corpus pass).
_ASCII_GROUPS = tuple((a, ascii_cores) for a, cores in _GROUPS if (ascii_cores := tuple(c for c in cores if c.isascii())))


def _line_start(low: str, dashes: int) -> int:
    """Where the lead whose dashes start at `dashes` starts (its line break, or 0): at most
    four spaces or tabs and an optional "|" before the dashes; -1 when anything else is."""
    i = dashes
    if i > 0 and low[i - 1] == "|":
        i -= 1
    blank = i
    while i > 0 and blank - i < 5 and low[i - 1] in " \t":
        i -= 1
    if blank - i > 4:
        return -1
    if i == 0:
        return 0
    return i - 1 if low[i - 1] == "\n" else -1


# The end of a run of dashes: matched by the regex engine, not a Python loop over each dash
# (separator lines are 40 to 80 dashes long; 0.07% fewer instructions per corpus pass).
_DASHES = re.compile(r"-+")


def _first_led(low: str) -> int:
    """Start of the first lead followed by a led core, or -1. Each run of two or more dashes
    is read once: where its line starts, then the core at most three white-space characters
    after it (a core starts with a letter, so only the first other character can start it)."""
    n = len(low)
    at = low.find("--")
    while at >= 0:
        end = _DASHES.match(low, at).end()
        start = _line_start(low, at)
        if start >= 0:
            core = end
            while core < n and core - end < 3 and low[core].isspace():
                core += 1
            if low.startswith(_LED, core) or _LED_WRAPPED.match(low, core):
                return start
        at = low.find("--", end)
    return -1


_WRAPPED: dict[str, re.Pattern[str]] = {}


def _wrapped(core: str) -> re.Pattern[str]:
    """A plain core as a writer's or gateway's line width may break it between its words
    (XMail's "[<05>] Here is listed the initial part of the" / "message:" at 50 columns)."""
    found = _WRAPPED.get(core)
    if found is None:
        # The line start and its indent stay literal; the words split at single blanks only: an empty "word" between
        # two blanks made two whitespace choices in a row, exponential on a long blank run (old47's "\n    your message
        # follows:": a 6 kB fuzzed message took over 10 s).
        head = core[:len(core) - len(core.lstrip("\n"))]
        head += core[len(head):len(core) - len(core[len(head):].lstrip(" \t"))] if head else ""
        words = [word for word in core[len(head):].split(" ") if word]
        found = _WRAPPED[core] = re.compile(re.escape(head) + r"(?:[ \t]+|[ \t]*\n[ \t]*)".join(map(re.escape, words)))
    return found


# The led cores as a line width may break them (SmarterMail's "-- The header and top 20 lines of the
# message" / "follows --" at 50 columns), tried where a core does not follow a run of dashes whole.
_LED_WRAPPED = re.compile("|".join(_wrapped(core).pattern for core in _LED))


_RULE_THEN_HEADERS = re.compile(r"\n-{20,}[ \t]*\n(?:received|return-path|dkim-signature|message-id):[ \t]")


def original_section(text: str) -> int:
    """Offset where the copy of the original message starts in `text` (len if absent)."""
    cached = _SECTION_CACHE.get(id(text))
    if cached is not None and cached[0] is text:
        return cached[1]
    low = lower_once(text)
    first = _first_led(low)  # an offset in `low`, which lowercasing may make longer than `text`
    if first < 0:
        first = len(low)
    for anchor, plain in _ASCII_GROUPS if low.isascii() else _GROUPS:
        if anchor not in low:
            continue
        for core in plain:
            at = low.find(core, 0, first + len(core) - 1)  # only a core that starts before `first`
            if 0 <= at < first:
                first = at
            elif "\n" in low:
                m = _wrapped(core).search(low, 0, first + 2 * len(core))
                if m is not None and m.start() < first:
                    first = m.start()
    if "\n---" in low:
        # A separator line straight above the returned message's own header lines, with no label
        # and no blank line between (Halon's plain-text notice: 80 dashes, then "Received: ..."):
        # what follows is the original, whose To: line must not read as the failed recipient's.
        m = _RULE_THEN_HEADERS.search(low, 0, first)
        if m is not None:
            first = m.start() + 1
    cut = first if first < len(low) else len(text)
    if len(_SECTION_CACHE) > 8:
        _SECTION_CACHE.clear()
    _SECTION_CACHE[id(text)] = (text, cut)
    return cut


def notice_lines(text: str) -> list[str]:
    """The notification part of a plain-text bounce, split into lines."""
    return text[: original_section(text)].split("\n")


# Paragraphs that mail gateways add to the messages they pass on, a bounce included: the
# banner above mail from outside the organisation (Microsoft 365's and Mimecast's "CAUTION:
# This email originated from outside of the organization ...") and the confidentiality
# footer a relay appends, and the footer a Google Group or a Mailman list puts under every
# message it passes to its members (a bounce sent to a group address, a collaborative inbox;
# Mailman's names the list's address on a line of its own, like a failed recipient's). They
# say nothing about the delivery, but a reader that takes the paragraph after a recipient's
# line as its explanation would read them as one, and the group's name as the notice's own
# words. (A signature separator "-- " above a footer goes with it.)
_BOILERPLATE = re.compile(
    r"(?im)^(?:--[ \t]*\n)?[ \t*>]{0,4}(?:confidentiality notice\b|disclaimer:|"
    r"you received this message because you are subscribed to the google groups?\b|"
    r"_{20,}[ \t]*\n[^\n]*?mailing list\b|"
    r"(?:caution: )?this (?:e-?mail|message) originated from outside\b|"
    r"(?:this|the information in this) e-?mail (?:message )?(?:and|including) any attachments? (?:is|are) "
    r"(?:confidential|intended solely))[^\n]*(?:\n[ \t]*\S[^\n]*)*\n?")
# A word of each `_BOILERPLATE` opening (either case of its first letter): text without any
# skips the regex.
_BOILERPLATE_WORDS = ("onfidential", "isclaimer", "riginated from outside", "ONFIDENTIAL", "ISCLAIMER",
                      "subscribed to the Google Group", "mailing list")


def without_boilerplate(text: str) -> str:
    """`text` without gateway banners and disclaimer footers (`_BOILERPLATE`)."""
    for word in _BOILERPLATE_WORDS:  # a loop, not any() over a generator (its frame per word)
        if word in text:
            return _BOILERPLATE.sub("", text)
    return text


# The returned message's subject, repeated by the generator: after its own failure label in the
# notice's Subject (hMailServer's "Message undeliverable: <subject>", its MESSAGE_UNDELIVERABLE
# text; Exchange's "Undeliverable: <subject>") and on a line of the notice (hMailServer's
# SEND_FAILED_NOTIFICATION "   Subject: %MACRO_SUBJECT%", Domino's and Exchange 5.5's, Exim's
# "The subject of the message is: ..."). Those words are the sender's mail ("Sorry for the
# delayed reply", "Is your mailbox full?"), never the generator's: no delay warning, no cause.
_FAILURE_LABEL = re.compile(
    r"(?i)^\s*(?:message |mail )?(?:undeliverable|undelivered|unzustellbar|non remis|non recapitabile|"
    r"no se puede entregar|onbestelbaar|delivery failure|returned mail|failure notice|mail delivery failed)"
    r"[^:\n]{0,30}:")
_QUOTED_SUBJECT = re.compile(r"(?im)^[ \t]*(?:subject|the subject of the message is)[ \t]*:[^\n]*")


def own_subject(subject: str) -> str:
    """`subject` without the returned message's subject after a failure label."""
    m = _FAILURE_LABEL.match(subject)
    return subject[:m.end()] if m else subject


def without_quoted_subject(text: str) -> str:
    """`text` without the lines that quote the returned message's subject."""
    return _QUOTED_SUBJECT.sub("", text) if "ubject" in text or "UBJECT" in text else text


def quotes_subject(line: str) -> bool:
    """Does this notice line quote the returned message's subject (Domino's "Subject: ...")?"""
    return ("ubject" in line or "UBJECT" in line) and _QUOTED_SUBJECT.match(line) is not None
