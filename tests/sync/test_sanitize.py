"""sync/sanitize.py: the one rule for text from mail (issue 9, finding 8). Pure functions."""

from __future__ import annotations

import json

import pytest

from sync.planner import trim
from sync.sanitize import ELLIPSIS, clean, cut, for_terminal

HOSTILE = ("a\x1b[31mred\x1b[0m \x1b]0;title\x07b\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ "
           "c\x00d \u202eevil\u202c \u2066iso\u2069 \u200fmark e\r\nforged\tline\x9b2J f\x9d0;t\x9c "
           "\x1bPdcs\x1b\\ g\x07\x7f\x85h\u2028i <b>&amp;</b>")


def test_clean_removes_escape_sequences_controls_nul_and_bidi_and_keeps_markup():
    out = clean(HOSTILE)
    assert out == "ared blink cd evil iso mark e forged line f g h i <b>&amp;</b>"
    for ch in out:
        assert ch == " " or ch.isprintable(), repr(ch)


@pytest.mark.parametrize("seq", ["\x1b[2J", "\x1b[?1049h", "\x1b]0;t\x07", "\x1b]52;c;AAAA\x1b\\",
                                 "\x1bP+q\x1b\\", "\x9b31m", "\x1bc", "\x1b", "\x1b]0;unterminated"])
def test_every_terminal_sequence_form_goes(seq):
    assert clean(f"x{seq}y").replace(" ", "") in ("xy", "x")  # an unterminated OSC eats the rest


def test_clean_cuts_on_a_character_boundary_with_an_ellipsis():
    assert clean("x" * 20, limit=10) == "x" * 9 + ELLIPSIS and len(clean("x" * 20, limit=10)) == 10
    assert clean("short", limit=10) == "short"
    accented = "abc" + "e\u0301" * 5  # e + combining acute: never split
    assert cut(accented, 5) == "abc" + ELLIPSIS
    assert cut("ab\U0001F469\u200d\U0001F4BB tail", 4) == "ab" + ELLIPSIS  # a ZWJ sequence
    assert cut("ab\u2764\ufe0f tail", 3) == "ab" + ELLIPSIS  # a variation selector stays with its base
    assert cut("ab\U0001F600cd", 4, size=lambda s: len(s.encode("utf-16-le")) // 2) == "ab" + ELLIPSIS
    assert clean("bad \ud800 surrogate") == "bad surrogate"  # a lone surrogate never reaches a CRM


def test_the_planner_trim_is_the_sanitiser():
    assert trim(HOSTILE) == clean(HOSTILE)
    assert len(trim("y" * 5000)) == 1000 and trim("y" * 5000).endswith(ELLIPSIS)


def test_for_terminal_shows_controls_as_escapes_and_json_stays_json():
    assert for_terminal("a\x1b[2Jb\nc\u202ed\x00") == "a\\x1b[2Jb\\nc\\u202ed\\x00"
    assert for_terminal("tab\tkept") == "tab\tkept"
    doc = json.dumps({"m": HOSTILE}, ensure_ascii=False)
    safe = for_terminal(doc, json=True)
    assert json.loads(safe) == {"m": HOSTILE}
    assert not any(c in safe for c in "\x1b\x07\x00\x9b\x9d\x9c\u202e\u2066\x85\u2028")
