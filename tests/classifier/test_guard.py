"""classifier/guard.py: a pattern's lowercased twin matches lowercased ASCII text at exactly the
offsets where the pattern matches the text, and Guarded.search returns the pattern's own match."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from classifier.formats import prose
from classifier.guard import Guarded, lowered

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "emails"

PATTERNS = [
    r"(?i)(?:following (?:address(?:es|\(es\))?|recipients?)|^\s*recipients?:\s*$)",
    r"(?i)\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b|unknown|not found",
    r"(?i)(?:user|mailbox)\s*:?\s*<([a-z0-9._%+-]{1,64}@[A-Z0-9.-]{1,63})>",
    r"(?i)(ab)c\1",  # a back reference, case-insensitive: lowercased text compares alike
    r"(?i)[^a-z]x[^\W\d]",
    r"(?i)k\u212a|\u017fs",  # Kelvin sign and long s fold onto ASCII letters: still exact
    r"(?i)(?<=mail )from\b(?!:)",
    r"(?im)^>>> (?:rcpt to|mail from)",
]


def ascii_texts(rng: random.Random, n: int) -> list[str]:
    alphabet = list("abcKkSsXxMAILFROMrcpt to:<>@._-5504.1 \n\t()[]") + ["user", "USER", "Following ", "recipient:"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(n)]


@pytest.mark.parametrize("source", PATTERNS)
def test_the_twin_matches_where_the_pattern_matches(source):
    pattern = re.compile(source)
    twin = lowered(pattern)
    assert twin is not None
    for text in ascii_texts(random.Random(source), 4_000):
        for at in range(0, len(text) + 1, 3):
            want = pattern.match(text, at)
            got = twin.match(text.lower(), at)
            assert (want is None) == (got is None), (text, at)
            if want is not None:
                assert want.span() == got.span(), (text, at)


@pytest.mark.parametrize("source", [r"MAIL FROM", r"(?i:mail) FROM", r"(a)\1", r"[A-Z]"])
def test_no_twin_where_case_matters(source):
    assert lowered(re.compile(source)) is None


def test_guarded_returns_the_patterns_own_match_on_notice_lines():
    lines = []
    for path in sorted(CORPUS.glob("*.eml"))[::3]:
        lines += path.read_bytes().decode("utf-8", "replace").split("\n")[:200]
    for guarded in (prose._INTRO, prose._ERROR_LINE, prose._FAILED_WORDS):
        assert guarded.twin is not None
        for line in lines:
            want, got = guarded.pattern.search(line), guarded.search(line)
            assert (want is None) == (got is None), line
            if want is not None:
                assert (want.span(), want.groups()) == (got.span(), got.groups()), line


def test_guarded_without_a_word_never_searches():
    guarded = Guarded(re.compile(r"(?i)no such user"), ("no such",))
    assert guarded.search("550 No Such User here") is not None
    assert guarded.search("550 mailbox full") is None
    assert guarded.search("550 Ｎo such user") is None  # not ASCII: the pattern itself decides
