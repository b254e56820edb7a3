"""classifier/alternatives.py: a pattern's alternatives grouped, led and spread (`tried`, speed only) find exactly the
pattern's own matches, on the live patterns it rewrites and on built ones (moved from test_guard.py)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from classifier import alternatives, lexicon, mailbox_states, recipient_blocklists
from classifier.guard import Fast, Worded, required_sets, required_words, tried

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "emails"


def test_tried_patterns_are_the_same_pattern():
    rng = random.Random(4)
    phrases = ["user", "username", "user unknown", "mailbox", "mail box", "unknown", "unknow", "no such user",
               "не существует", "用户", "用", "", "does not exist", "does ", "x"]
    cases = [lexicon._SHAPE, lexicon._PHRASES, lexicon._SENDER, lexicon._DOMAIN, lexicon._BARE,
             re.compile(r"(?:ab|abc|a|b(c|d)|bc|\w+)x?"), re.compile(r"\b(?:user|uses|mail)s?\b")]
    for pattern in cases:
        fast = tried(pattern)
        for _ in range(2_000):
            text = " ".join(rng.choice(phrases) for _ in range(rng.randint(0, 8)))
            text = text.replace(" ", rng.choice([" ", "", ". ", "-"]))
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
                [(m.span(), m.groups()) for m in fast.finditer(text)], (pattern.pattern[:40], text)


def test_case_insensitive_patterns_are_not_tried():
    pattern = re.compile(r"(?i)ab|Ac")
    assert tried(pattern) is pattern
    scoped = re.compile(r"x(?i:ab|Ac)")
    assert tried(scoped) is scoped


def test_leading_look_behinds_move_behind_the_first_character():
    from classifier.formats import _REPLY_STATUS
    from classifier.parse import REPLY, STATUS

    rng = random.Random(6)
    pieces = ["5.1.1", "550", "550-5.7.1", "4.4.7", "1.5.1.1", "x5.1.1", "550 ", "-", ".", " ", "'", "#", "2", "a",
              "5.0.0", "25", "5.1.10", "5.1.1.2"]
    for pattern in (STATUS, REPLY, _REPLY_STATUS, re.compile(r"(?<![\w.-])([245][0-5]\d)(?=[\s-]|$)"),
                    re.compile(r"\b(?:lpnaaa|lpn|ofr)(?:_|\d{3}[-_])(\d{3})\b"), re.compile(r"\B[a-c]x|(?<=a)b")):
        fast = tried(pattern)
        assert fast is not pattern
        for _ in range(3_000):
            text = "".join(rng.choice(pieces + ["lpn_123", "ofr550_", "ax", "ab"]) for _ in range(rng.randint(0, 8)))
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
                [(m.span(), m.groups()) for m in fast.finditer(text)], (pattern.pattern, text)


def test_module_patterns_run_as_tried_are_their_own_source():
    """Patterns the modules keep as guard.tried (speed only) find what their source compiled plainly finds."""
    from classifier import hints, ours, reasons
    lines = []
    for path in sorted(CORPUS.glob("*.eml"))[::4]:
        lines += [" ".join(line.lower().split()) for line in path.read_bytes().decode("utf-8", "replace").split("\n")[:150]]
    rng = random.Random(9)
    pieces = ["said:", "said 550 ", "remote host said:", "smtp error from remote mail server after rcpt to:<x@x>:", "550-",
              "4.1.1", "5.7.1 ", "535 5.7.8", "sasl", "authentication failed", "user", "mailbox", "x", " ", ".", "\n"]
    texts = lines + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(3_000)]
    for fast in (ours._FRAMING, ours._OF_A_RECIPIENT, hints.SMTP_CODE, reasons._STATUS_IN_TEXT, lexicon._LOGIN_REFUSED):
        plain = re.compile(fast.pattern, fast.flags)
        assert plain.pattern == fast.pattern and fast is not plain
        for text in texts:
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                [(m.span(), m.groups()) for m in fast.finditer(text)], (fast.pattern[:30], text)
            assert plain.sub(" ", text, count=1) == fast.sub(" ", text, count=1)


def test_spread_choices_are_the_same_pattern():
    """alternatives.tried multiplies out a leading choice's inner choices and short classes (`(?:a|b)x|c` -> `ax|bx|c`,
    speed only: the engine then skips offsets by their first character): the same matches as the plain compile,
    on the patterns it spreads (mailbox_states.EITHER_OR) and built ones, groups left alone."""
    from re import _parser as parser

    patterns = [mailbox_states.EITHER_OR.pattern, r"(?:ab|a|b)c|[xy]z|(?:q|r)(?:s|t)u", r"(?:a|ab)(?:c|bc)d?|b",
                r"(?:a(b)|c)d|e", r"(?:\ba|b)c|(?:c|a)\b", r"(?:[äa]b|x)+y|a"]
    parsed = parser.parse(mailbox_states.EITHER_OR.pattern)
    spread = alternatives.rewritten(parsed.data, parsed.state)
    assert all(alt.data[0][0] is parser.LITERAL for alt in spread[0][1][1])  # every alternative led by a literal
    lines = []
    for path in sorted(CORPUS.glob("*.eml"))[::4]:
        lines += [" ".join(line.lower().split()) for line in path.read_bytes().decode("utf-8", "replace").split("\n")[:150]]
    rng = random.Random(11)
    pieces = ["a", "b", "c", "d", "e", "x", "y", "z", "q", "r", "s", "t", "u", "ä", " ", "deaktiviert", "gesperrt",
              "disabled", " or ", " oder ", "unknown", "does not exist", "existiert nicht", ", ", "is ", "account "]
    texts = lines + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(4_000)]
    for source in patterns:
        plain, fast = re.compile(source), tried(re.compile(source))
        for text in texts:
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                [(m.span(), m.groups()) for m in fast.finditer(text)], (source[:30], text)


def test_choices_of_literals_multiplied_out_are_the_same_pattern(monkeypatch):
    """alternatives._tried multiplies out an alternative led by a choice of literals (`\\b(?:a|b)x` -> `ax|bx`, each
    led: speed only). On every live pattern whose tried form it changes (recipient_blocklists.OWN_LIST,
    departures' "has left"...) and on built ones, the same matches as the pattern's plain compile: on the
    corpus's lines and on texts built of the pattern's own words."""
    import gc

    from re import _parser as parser

    from classifier import departures, engine, remote, wording
    remote._load()
    assert departures and engine and wording

    def form(pattern: re.Pattern[str]) -> str:
        parsed = parser.parse(pattern.pattern, pattern.flags)
        return str(alternatives.rewritten(parsed.data, parsed.state))

    live = {o.pattern for o in gc.get_objects() if isinstance(o, (Fast, Worded))}
    live = [p for p in live if isinstance(p.pattern, str) and not p.flags & re.IGNORECASE]
    multiplied = {p.pattern: form(p) for p in live}
    with monkeypatch.context() as m:
        m.setattr(alternatives, "_opened", lambda seq, state: [seq])
        changed = [p for p in live if form(p) != multiplied[p.pattern]]
    assert recipient_blocklists.OWN_LIST in changed and len(changed) >= 5
    changed += [re.compile(s) for s in (r"\b(?:ab|b)c|\b(?:a|abc)d?|x", r"(?:\ba|\bb)(c)|a", r"y\b(?:a|b)+c|yb")]
    lines = []
    for path in sorted(CORPUS.glob("*.eml"))[::3]:
        lines += [" ".join(line.lower().split()) for line in path.read_bytes().decode("utf-8", "replace").split("\n")[:150]]
    rng = random.Random(37)
    found = 0
    for pattern in changed:
        words = [w for ws in required_sets(pattern) for w in ws] + list(required_words(pattern))
        pieces = words[:60] + ["a", "b", "c", "x", "y", " ", "the ", "by ", "'s ", "list", "-", "é", "has left"]
        texts = lines + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 7))) for _ in range(1_500)]
        fast = tried(pattern)
        for text in texts:
            want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert want == [(m.span(), m.groups()) for m in fast.finditer(text)], (pattern.pattern[:40], text)
            found += bool(want)
    assert found > 500
