"""A faster stand-in for `email.message_from_bytes(raw, policy=compat32)` on LF-only input.

The stdlib's feed parser reads a message one line at a time through a generator stack and a
line buffer that tests every line against every open boundary; on bounces that was a third of
the classifier's time. This module builds the very same `email.message.Message` tree (same
headers, payload strings, preambles, epilogues, default types) but finds the end of each
body with `str.find` instead of line by line. It mirrors `email.feedparser.FeedParser.
_parsegen` step by step, so the comments there explain the rules kept here; what it does
not mirror (defects, which the classifier never reads) is left out.

Input must use LF line endings only (`parse.normalise` guarantees it). The one case it does
not mirror is a "From " line ending a header block, which the stdlib moves to the body past
the blank line it already read (it raises `Unsupported`; the caller then uses the stdlib);
tests/classifier/test_mime.py compares both trees on the corpus, fixtures and fuzzed mail.

Two deliberate differences, both for hostile mail no bounce resembles:
- a part nested deeper than `MAX_DEPTH` is not descended into; it keeps its text as its
  payload, as a text/plain part would. No bounce nests that deep (a report in a report
  holding the original's alternatives is five levels), but a hostile message can nest a
  thousand levels, and the stdlib then tests every line against every open boundary
  (seconds for a few hundred kilobytes) before failing with RecursionError;
- after `MAX_PARTS` parts, the rest of a multipart is its epilogue and the rest of a
  delivery-status part one last block of text. A report names a few hundred recipients at
  most; a megabyte of blank lines in a delivery-status part made a million blocks (11 s).
"""

from __future__ import annotations

import re
from email.message import Message

from classifier.indexed import new_message

# Parts nested deeper than this are read as text, and a message holds at most this many
# parts (see the module's docstring).
MAX_DEPTH = 20
MAX_PARTS = 1000

_HEADER = re.compile(r"(From |[\041-\071\073-\176]*:|[\t ])")
_WS_TAIL = re.compile(r"[ \t]*")
# A header and its continuation lines, as compat32's header_source_parse splits them.
_FIELD = re.compile(r"(?m)^([^:\n]*):[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)")
# The same with the stdlib's header-name characters only (`_HEADER`), for the fast path.
# Possessive (nothing after a run could match what it gives back): a tenth faster.
_STRICT_FIELD = re.compile(r"(?m)^([\041-\071\073-\176]*+):[ \t]*+([^\n]*+(?:\n[ \t][^\n]*+)*+)")
_ODD_START = ("From ", ":", " ", "\t")
# A header name and its colon (`_STRICT_FIELD`'s, not empty), and a line feed before a line that is
# neither that nor a continuation (the end of the block is none): led by a literal, so a search jumps
# from one line feed to the next.
_NAME = re.compile(r"[\041-\071\073-\176]++:")
_OTHER_LINE = re.compile(r"\n(?![ \t]|[\041-\071\073-\176]++:|\Z)")
# The first line that is not a header line (`_HEADER`), or the end.
_NOT_HEADER = re.compile(r"(?m)^(?!From |[\041-\071\073-\176]*:|[\t ])")


class Unsupported(Exception):
    """The message needs a case this parser leaves to the stdlib."""


def message_from_text(text: str) -> Message:
    """`text` is the message decoded as ASCII with surrogateescape, as the stdlib does."""
    parser = _Parser(text)
    return parser.message(0, None, 0)[0]


class _Parser:
    __slots__ = ("text", "n", "stack", "last", "last_multipart", "parts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        # Open "false EOF" markers, innermost last: a boundary string, or "" for the blank
        # line that ends a block of a message/delivery-status part.
        self.stack: list[str] = []
        self.last: Message | None = None
        self.last_multipart = False  # whether `last` is a multipart (its epilogue is trimmed)
        self.parts = 0

    # ------------------------------------------------------------------ line reading

    def line_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return self.n if end < 0 else end + 1

    def is_boundary(self, pos: int, sep: str) -> tuple[bool, bool, bool]:
        """(the line at `pos` is `sep` as boundary, it is the closing one, it ends in LF)."""
        text = self.text
        if not text.startswith(sep, pos):
            return False, False, False
        at = pos + len(sep)
        close = text.startswith("--", at)
        if close:
            at += 2
        if at < self.n and text[at] in " \t":
            at = _WS_TAIL.match(text, at).end()
        if at == self.n:
            return True, close, False
        return text[at] == "\n", close, True

    def at_eof(self, pos: int) -> bool:
        """What `BufferedSubFile.readline` checks: real end, or a line an open marker matches."""
        if pos >= self.n:
            return True
        first = self.text[pos]
        if first != "\n" and first != "-":
            return False
        for marker in self.stack:
            if marker == "":
                if first == "\n":
                    return True
            elif self.is_boundary(pos, marker)[0]:
                return True
        return False

    def find_eof(self, pos: int) -> int:
        """Start of the first line at or after `pos` (a line start) that is an EOF."""
        best = self.n
        text = self.text
        for marker in reversed(self.stack):  # the innermost ends first: later finds stop there
            if marker == "":
                if pos < self.n and text[pos] == "\n":
                    return pos
                found = text.find("\n\n", pos, best)
                if found >= 0:
                    best = found + 1
                continue
            found = self.find_line(pos, marker, best)
            if found >= 0:
                best = found
        return best

    def find_line(self, pos: int, sep: str, limit: int) -> int:
        """First line start in [pos, limit) holding boundary `sep`, or -1."""
        text = self.text
        while True:
            found = text.find(sep, pos, limit)
            if found < 0:
                return -1
            if (found == 0 or text[found - 1] == "\n") and self.is_boundary(found, sep)[0]:
                return found
            pos = found + 1

    # ------------------------------------------------------------------ one message

    def message(self, pos: int, parent: Message | None, depth: int, digest: bool = False) -> tuple[Message, int]:
        """The message at `pos` (a part of `parent`, a multipart/digest's when `digest`)."""
        self.parts += 1
        msg = new_message()
        if parent is not None:
            if digest:
                msg._default_type = "message/rfc822"  # what set_default_type does
            siblings = parent._payload
            if type(siblings) is list:
                siblings.append(msg)  # what attach does
            else:
                parent.attach(msg)
        self.last = msg
        pos = self.headers(msg, pos)
        if depth < MAX_DEPTH:
            ctype = msg.get_content_type()
            self.last_multipart = False
            if ctype == "message/delivery-status":
                end = self.status_blocks(msg, pos, depth)
                # The report's text as sent, for one sent transfer-encoded: its blocks, parsed before
                # decoding, split where a quoted-printable soft break fell (review damaged60).
                msg.source = (self.text, pos, end)
                return msg, end
            maintype = ctype.split("/")[0]
            if maintype == "message":
                end = self.message(pos, msg, depth + 1)[1]
                # The attached message's own text, for readers that need it whole (an original
                # sent base64- or quoted-printable-encoded; a wrapped report): writing the
                # parsed message back out costs milliseconds and refolds its headers.
                msg.source = (self.text, pos, end)
                return msg, end
            if maintype == "multipart":
                self.last_multipart = True
                return msg, self.multipart(msg, pos, depth, ctype == "multipart/digest")
        else:
            self.last_multipart = msg.get_content_maintype() == "multipart"
        end = self.find_eof(pos)
        msg._payload = self.text[pos:end]
        return msg, end

    def headers(self, msg: Message, pos: int) -> int:
        """Reads the header block at `pos`; returns where the body starts."""
        text = self.text
        blank = text.find("\n\n", pos - 1 if pos else 0)
        end = blank + 1 if blank >= 0 else self.n
        if end > pos and not (self.stack and (text.startswith("-", pos) or text.find("\n-", pos, end) >= 0)):
            # The usual block: every line up to the first blank one a "Name: value" line or a
            # continuation (the first line a "Name:" one, and no line feed before another kind
            # of line, which would end the headers early). One findall then reads them.
            if _NAME.match(text, pos, end) and _OTHER_LINE.search(text, pos, end) is None:
                msg._headers = _STRICT_FIELD.findall(text, pos, end)
                return end + 1 if end < self.n and "" not in self.stack else end
        found = _NOT_HEADER.search(text, pos)
        end = found.start() if found else self.n
        block = text[pos:end]
        if self.stack and (block.startswith("-") or "\n-" in block):
            return self.headers_by_line(msg, pos)  # a line there might be an open boundary
        body = end
        if end < self.n and text[end] == "\n" and "" not in self.stack:
            body = end + 1  # the separator line is thrown away
        if not block.startswith(_ODD_START) and "\nFrom " not in block and "\n:" not in block:
            # Only "Name: value" lines and their continuations: one findall does what
            # `header_lines` would (name up to the first colon, value with its leading
            # blanks stripped and continuation lines kept, line feeds included).
            msg._headers = _FIELD.findall(block)
            return body
        lines = block.split("\n")
        if lines[-1] == "":
            lines.pop()
        if lines and self.header_lines(msg, lines):
            if body != end:
                raise Unsupported("unix-from line ends the headers")
            # (that line's own line feed, unless it ends the text without one: session 33's fuzz find)
            return end - len(lines[-1]) - block.endswith("\n")
        return body

    def headers_by_line(self, msg: Message, pos: int) -> int:
        """`headers` one line at a time, testing each against the open boundaries."""
        text = self.text
        lines: list[str] = []
        consumed = False
        while not self.at_eof(pos):
            end = self.line_end(pos)
            line = text[pos:end]
            if not _HEADER.match(line):
                if line[0] == "\n":
                    pos = end  # the separator line is thrown away
                    consumed = True
                break
            lines.append(line[:-1] if line.endswith("\n") else line)
            pos = end
        if lines and self.header_lines(msg, lines):
            if consumed:
                # The stdlib pushes a trailing "From " line back in front of the body, after
                # the blank line it already consumed: not a contiguous piece of the text.
                raise Unsupported("unix-from line ends the headers")
            return self.text.rfind("\n", 0, pos - 1) + 1
        return pos

    def header_lines(self, msg: Message, lines: list[str]) -> bool:
        """`FeedParser._parse_headers` over lines without their line feed; True when the
        last line ("From ...") goes back to the body, as the stdlib does."""
        name = ""
        value: list[str] = []
        raw = msg._headers
        last = len(lines) - 1
        for lineno, line in enumerate(lines):
            if line[0] in " \t":
                if name:
                    value.append(line)
                continue
            if name:
                raw.append(_source(value))
                name, value = "", []
            if line.startswith("From "):
                if lineno == 0:
                    msg.set_unixfrom(line)
                    continue
                if lineno == last:
                    return True
                continue
            colon = line.find(":")
            if colon == 0:
                continue
            name = line[:colon]
            value = [line]
        if name:
            raw.append(_source(value))
        return False

    # ------------------------------------------------------------------ bodies

    def status_blocks(self, msg: Message, pos: int, depth: int) -> int:
        while True:
            if self.parts >= MAX_PARTS:  # the rest is one block of text
                rest = new_message()
                msg.attach(rest)
                self.last, self.last_multipart = rest, False
                end = self.find_eof(pos)
                rest._payload = self.text[pos:end]
                return end
            self.stack.append("")
            pos = self.message(pos, msg, depth + 1)[1]
            self.stack.pop()
            if not self.at_eof(pos):
                pos = self.line_end(pos)  # the blank line after the block
            if self.at_eof(pos):
                return pos

    def multipart(self, msg: Message, pos: int, depth: int, digest: bool) -> int:
        boundary = msg.get_boundary()
        if boundary is None:
            end = self.find_eof(pos)
            msg._payload = self.text[pos:end]
            return end
        sep = "--" + boundary
        eof = self.find_eof(pos)
        # A boundary with a line break (a folded parameter) is on no single line: not found.
        first = self.find_line(pos, sep, eof) if "\n" not in sep else -1
        if first < 0:  # no start boundary: everything up to EOF is the payload
            msg._payload = self.text[pos:eof]
            msg.epilogue = ""
            return eof
        _, close, linesep = self.is_boundary(first, sep)
        if close:
            msg._payload = self.text[pos:first]  # the stdlib drops the rest up to EOF
            msg.epilogue = ""
            return eof
        if first > pos:
            preamble = self.text[pos:first]
            msg.preamble = preamble[:-1] if preamble.endswith("\n") else preamble
        pos = first
        while True:
            # At a separating boundary: skip it and any boundary lines right after it.
            while not self.at_eof(pos) and self.is_boundary(pos, sep)[0]:
                pos = self.line_end(pos)
            if self.parts >= MAX_PARTS:  # the rest is the epilogue
                end = self.find_eof(pos)
                msg.epilogue = self.text[pos:end]
                return end
            self.stack.append(sep)
            pos = self.message(pos, msg, depth + 1, digest)[1]
            self.stack.pop()
            self.trim_last()
            self.last, self.last_multipart = msg, True
            if self.at_eof(pos):
                return pos  # EOF without the closing boundary
            is_sep, close, linesep = self.is_boundary(pos, sep)
            if not is_sep:  # cannot happen: a part ends at an EOF line
                raise Unsupported("part ended off a boundary")
            if close:
                pos = self.line_end(pos)
                end = self.find_eof(pos)
                msg.epilogue = self.text[pos:end] if linesep else ""
                return end

    def trim_last(self) -> None:
        """RFC 2046: the line break before a boundary belongs to the boundary."""
        last = self.last
        if last is None:
            return
        if self.last_multipart:
            epilogue = last.epilogue
            if epilogue == "":
                last.epilogue = None
            elif epilogue is not None and epilogue.endswith("\n"):
                last.epilogue = epilogue[:-1]
        elif isinstance(last._payload, str) and last._payload.endswith("\n"):
            last._payload = last._payload[:-1]


def _source(lines: list[str]) -> tuple[str, str]:
    """`Compat32.header_source_parse` of lines stripped of their line feed."""
    name, value = lines[0].split(":", 1)
    value = value.lstrip(" \t")
    if len(lines) > 1:
        value = "\n".join([value, *lines[1:]])
    return name, value.rstrip("\r\n")
