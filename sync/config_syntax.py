"""The config file's bytes to a TOML document, or one `ConfigError` that names the line, the
column, the problem in plain words and the fix.

tomllib's messages are exact but terse ("Invalid statement (at line 1, column 1)" for a file
that merely starts with a UTF-8 byte-order mark), and Python 3.11's `TOMLDecodeError` has no
position attributes, so the position is read back from the message's stable suffix
"(at line L, column C)" and the problem is explained from the message and the character at
that position. What Windows editors and copy-paste add is handled first: a UTF-8 BOM is
accepted (stripped); UTF-16, other 8-bit encodings, bare CR line endings, non-breaking spaces
and typographic quotes are each named.

The offending line is never quoted back: it may hold a secret written where it does not
belong. Only key and table names, which are never secret, appear in messages.
"""

from __future__ import annotations

import codecs
import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sync.errors import ConfigError

TOML_SPEC = "https://toml.io/en/v1.0.0"
_AT = re.compile(r"^(?P<message>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$", re.S)
_MAX_LINES_TO_LOCATE = 2000  # locating an unclosed value re-parses prefixes: quadratic, so bounded

# Characters that look like TOML syntax (or like nothing at all) but are not.
_LOOKALIKES: dict[str, tuple[str, str]] = {
    "\ufeff": ("an invisible byte-order mark (U+FEFF), often left by joining two files", "delete it"),
    "\u00a0": ("a non-breaking space (U+00A0), often pasted from a web page or a word processor",
               "replace it with an ordinary space"),
    "\u202f": ("a narrow non-breaking space (U+202F)", "replace it with an ordinary space"),
    "\u3000": ("an ideographic space (U+3000)", "replace it with an ordinary space"),
    "\u200b": ("an invisible zero-width space (U+200B)", "delete it"),
    "\u201c": ("a typographic quote (\u201c)", 'use straight double quotes: "..."'),
    "\u201d": ("a typographic quote (\u201d)", 'use straight double quotes: "..."'),
    "\u201e": ("a typographic quote (\u201e)", 'use straight double quotes: "..."'),
    "\u2018": ("a typographic quote (\u2018)", "use straight quotes: '...' or \"...\""),
    "\u2019": ("a typographic quote (\u2019)", "use straight quotes: '...' or \"...\""),
    "\uff1d": ("a full-width equals sign (\uff1d)", "use an ordinary ="),
}
_WINDOWS_PATH_FIX = ("write paths in single quotes ('C:\\bounce-sync\\mail'), with forward slashes "
                     "(\"C:/bounce-sync/mail\"), or double each backslash")


def read(raw: bytes, shown: str) -> dict[str, Any]:
    """Parse the file's bytes (`shown` names the file in messages). Raises ConfigError."""
    text = _decode(raw, shown)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(text, shown, str(exc)) from None


# --------------------------------------------------------------------------- encoding


def _decode(raw: bytes, shown: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]  # Notepad and other Windows editors write one; harmless
    utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        len(raw) >= 4 and raw.count(b"\x00") * 4 >= len(raw))  # ASCII text saved as UTF-16/32
    if utf16:
        raise ConfigError("config", f"{shown!r} is saved as UTF-16 (Windows \"Unicode\"), not UTF-8",
                          "save it as UTF-8 (in Notepad: File > Save as > Encoding: UTF-8)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start
        line_start = raw.rfind(b"\n", 0, start) + 1
        line = raw.count(b"\n", 0, start) + 1
        column = len(raw[line_start:start].decode("utf-8", "replace")) + 1
        raise ConfigError(
            "config",
            f"{shown!r} is not UTF-8 text: line {line}, column {column}: byte 0x{raw[start]:02X} "
            "cannot start a UTF-8 character (the file was probably saved as Windows-1252 or Latin-1)",
            "save the file as UTF-8 (most editors: Save as > Encoding: UTF-8); "
            "accented letters are fine once the file is UTF-8") from None


# --------------------------------------------------------------------------- syntax


@dataclass(frozen=True, slots=True, kw_only=True)
class _Where:
    """An error's position, and what is there."""

    message: str  # tomllib's message without the position suffix
    line: int
    column: int
    text: str  # the line's content (for reading it; never shown)
    char: str  # the character at the position ("" at the end of the line or file)
    at_end: bool = False  # tomllib said "end of document": the line is where the value opened

    @property
    def key(self) -> str:
        """The key of a `key = value` line, if the line is one."""
        head = self.text.split("=", 1)[0].strip() if "=" in self.text else ""
        return head if re.fullmatch(r"[A-Za-z0-9_.\-\" ']+", head or "!") else ""


def _syntax_error(text: str, shown: str, error: str) -> ConfigError:
    where = _locate(text, error)
    problem, fix = _explain(where)
    return ConfigError("config", f"{shown!r} is not valid TOML: line {where.line}, column {where.column}: "
                       f"{problem}", fix)


def _locate(text: str, error: str) -> _Where:
    lines = text.split("\n")
    bare_cr = re.search(r"\r(?!\n)", text)
    if bare_cr:  # all of a classic-Mac file is "line 1": say that first, at the first CR
        pos = bare_cr.start()
        line = text.count("\n", 0, pos) + 1
        column = pos - (text.rfind("\n", 0, pos) + 1) + 1
        return _Where(message="bare CR", line=line, column=column, text=lines[line - 1], char="\r")
    match = _AT.match(error)
    message = match.group("message") if match else error
    at_end = not (match and match.group("line"))
    if at_end:  # something opened earlier was never closed; find where
        line, column = _unclosed_start(lines)
    else:
        line, column = int(match.group("line")), int(match.group("column"))
    content = lines[line - 1] if 0 < line <= len(lines) else ""
    char = content[column - 1] if 0 < column <= len(content) else ""
    return _Where(message=message, line=line, column=column, text=content, char=char, at_end=at_end)


def _unclosed_start(lines: list[str]) -> tuple[int, int]:
    """The line whose value is never closed: every prefix of the file that ends before it
    parses, none that includes it does. Its column is where the value starts."""
    last = len(lines)
    start = max(0, last - _MAX_LINES_TO_LOCATE)
    for keep in range(last - 1, start - 1, -1):
        try:
            tomllib.loads("\n".join(lines[:keep]))
        except tomllib.TOMLDecodeError:
            continue
        if keep >= last:
            break
        content = lines[keep]
        eq = content.find("=")
        offset = eq + 1 if eq >= 0 else 0
        offset += len(content[offset:]) - len(content[offset:].lstrip())
        return keep + 1, offset + 1
    return last, len(lines[-1]) + 1 if lines else 1


def _explain(w: _Where) -> tuple[str, str]:
    if w.message == "bare CR":
        return ("a carriage return (CR) without a line feed: the file has classic Mac OS line endings "
                "or a stray CR", "save the file with LF (Unix) or CRLF (Windows) line endings")
    if w.char in _LOOKALIKES:
        return _LOOKALIKES[w.char]
    if w.char and w.char not in "\t\n" and unicodedata.category(w.char) == "Cc":
        return (f"a control character (U+{ord(w.char):04X}), which TOML does not allow",
                "delete it; in a double-quoted string write it as an escape such as \\t or \\u0001")
    for pattern, explain in _RULES:
        found = re.match(pattern, w.message)
        if found:
            return explain(w, found)
    return (w.message[:1].lower() + w.message[1:],
            f"correct the syntax at that position (TOML reference: {TOML_SPEC})")


def _declared_twice(w: _Where, found: re.Match[str]) -> tuple[str, str]:
    parts = re.findall(r"'((?:[^'\\]|\\.)*)'", found.group(1))
    name = ".".join(parts) or "?"
    return (f"the table [{name}] is declared a second time",
            f"merge the two [{name}] tables into one (a table may appear once; repeated tables such "
            "as mailboxes are written [[mailboxes]])")


def _overwrite(w: _Where, found: re.Match[str]) -> tuple[str, str]:
    header = re.match(r"\s*(\[\[?)\s*([^\]]+?)\s*\]", w.text)
    if header and header.group(1) == "[[":
        name = header.group(2)
        return (f"[[{name}]] conflicts with an earlier [{name}] table or {name} = ... value",
                f"write every entry as [[{name}]] (one per mailbox), never [{name}]")
    if header:
        name = header.group(2)
        return (f"[{name}] conflicts with an earlier {name} = ... value or [[{name}]] entry",
                f"keep one of them; repeated tables are written [[{name}]]")
    key = w.key
    return (f"the key {key!r} is set a second time in the same table" if key
            else "a key is set a second time in the same table",
            "keep one of the two lines (each key appears once per table)")


def _invalid_value(w: _Where, found: re.Match[str]) -> tuple[str, str]:
    key = w.key
    if w.char == "" or w.char == "#":
        return (f"{key!r} has no value" if key else "a key has no value",
                f'write a value after the = sign ({key or "key"} = "...")')
    if w.char.isalpha() or w.char in "/\\.~":
        return (f"the value of {key!r} is not quoted" if key else "a value is not quoted",
                f'write strings in double quotes ({key or "key"} = "..."); only numbers, '
                "true/false, dates, [arrays] and {inline tables} are written bare")
    return (f"the value of {key!r} is not a TOML value" if key else "a value TOML cannot read",
            'write strings in double quotes, numbers and true/false bare, arrays as [ ... ], '
            "tables as { ... } on one line")


def _bad_key_start(w: _Where, found: re.Match[str]) -> tuple[str, str]:
    if "{" in w.text and w.char in ("", "\n"):
        return ("an inline table { ... } continues on the next line",
                "write an inline table on one line, or as its own [table] section")
    return ("a key starts with a character that keys cannot start with",
            'keys are letters, digits, _ and -; put any other key in double quotes ("my key" = ...)')


def _unclosed_string(w: _Where, found: re.Match[str]) -> tuple[str, str]:
    return ("a quoted string is not closed before the end of the line",
            'add the closing quote; a string over several lines needs triple quotes ("""...""")')


_Rule = tuple[str, Callable[[_Where, re.Match[str]], tuple[str, str]]]
_RULES: tuple[_Rule, ...] = (
    (r"Invalid statement", lambda w, m: (
        "this line is neither key = value nor a [table] header",
        "write key = value (strings in double quotes) or a [table] / [[table]] header; "
        "comments start with #")),
    (r"Expected newline or end of document after a statement", lambda w, m: (
        "more text follows a complete value or table header on this line",
        "write one key = value per line, put strings with spaces in double quotes, "
        "and start comments with #")),
    # The word is not named: a line without `=` may be a pasted secret, not a key.
    (r"Expected '=' after a key", lambda w, m: (
        "a key (or a stray word) is not followed by =",
        'write key = value; a key with spaces must be quoted ("my key" = ...); '
        "a comment starts with #")),
    (r"Invalid initial character for a key part", _bad_key_start),
    (r"Invalid value", _invalid_value),
    (r"Cannot declare (.*) twice", _declared_twice),
    (r"Cannot overwrite a value", _overwrite),
    (r"Cannot (redefine|mutate immutable) namespace", lambda w, m: (
        "this extends a table that was already written in full elsewhere (a [table] header or "
        "an inline { ... } table)",
        "write all of that table's keys in one place")),
    (r"Duplicate inline table key '(.*)'", lambda w, m: (
        f"the key {m.group(1)!r} appears twice inside {{ ... }}", "keep one of them")),
    (r"Expected '\]\]?' at the end of", lambda w, m: (
        "the table header is not closed", "write the header on one line as [name] or [[name]]")),
    (r"Unclosed array", lambda w, m: (
        "an array [ ... ] that starts here is never closed" if w.at_end
        else "an array [ ... ] is not closed before this point",
        "add the closing ] of the array, or the comma between two of its items")),
    (r"Unclosed inline table", lambda w, m: (
        "an inline table { ... } is not closed",
        "close it with } on the same line, or write it as its own [table] section")),
    (r"Unterminated string", lambda w, m: (
        "a double-quoted string that starts here is never closed",
        'add the closing quote (""" for a string over several lines)')),
    (r"Expected \"'\"|Expected \"'''\"", lambda w, m: (
        "a single-quoted string that starts here is never closed",
        "add the closing ' (''' for a string over several lines)")),
    (r"(Illegal|Found invalid) character '\\n'", _unclosed_string),
    (r"Unescaped '\\' in a string", lambda w, m: (
        "a backslash in a double-quoted string is not a known escape (a Windows path?)",
        _WINDOWS_PATH_FIX)),
    (r"Invalid hex value", lambda w, m: (
        "\\u or \\U in a double-quoted string is not followed by 4 or 8 hex digits (a Windows path "
        "such as C:\\Users?)", _WINDOWS_PATH_FIX)),
    (r"Escaped character is not a Unicode scalar value", lambda w, m: (
        "a \\u escape names no Unicode character", "correct the escape or write the character itself")),
    (r"Invalid date or datetime", lambda w, m: (
        "an invalid date or time", "write dates as 2024-05-31 and times as 2024-05-31T09:30:00Z, "
        "or put the value in double quotes")),
)
