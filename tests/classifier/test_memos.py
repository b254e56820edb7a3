"""Speed round 4's remembered answers are the plain ones.

`intros.intro_of` (intro() of a notice's line, remembered while the same lines are read) gives
intro's own match for every line, however the lists and lines are interleaved; a blank line, which
recipients.candidates no longer asks about, has no intro. `wording.wording_of` (the Wording of a
text asked a moment ago, shared) answers every reason as a fresh Wording of the text does."""

from __future__ import annotations

import random
from pathlib import Path

from classifier.formats import intros
from classifier.parse import Mail
from classifier.records import Reason
from classifier.wording import Wording, wording_of

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "emails"


def _notices(limit: int = 120) -> list[list[str]]:
    out = []
    for path in sorted(CORPUS.iterdir())[:limit]:
        if path.is_file():
            out.append(Mail(path.read_bytes()).notice.split("\n")[:600])
    return out


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.group() == b.group() and a.string == b.string)


def test_intro_of_is_intro_on_every_line_in_any_order() -> None:
    notices = _notices()
    rng = random.Random(4)
    asked = 0
    for _ in range(3):  # each list read again after others, its lines in a shuffled order
        for lines in rng.sample(notices, len(notices)):
            for line in rng.sample(lines, len(lines)):
                assert _same(intros.intro_of(lines, line), intros.intro(line)), line
                asked += 1
    assert asked > 5_000


def test_a_blank_line_holds_no_intro() -> None:
    for line in ("", " ", "\t", "   \t ", "\r", "\u00a0", "\u3000", " \u2003 "):
        assert line == "" or line.isspace()
        assert intros.intro(line) is None
        assert intros.wrapped_intro([line, "following:"], 0) is None


def test_wording_of_answers_as_a_fresh_wording() -> None:
    texts = sorted({" ".join(line.lower().split()) for lines in _notices() for line in lines if line.strip()})
    assert len(texts) > 500
    rng = random.Random(13)
    reasons = list(Reason)
    for text in texts + rng.sample(texts, 400):  # more texts than it keeps, some asked again later
        shared, fresh = wording_of(text), Wording(text)
        assert shared.text == text
        for reason in rng.sample(reasons, len(reasons)):
            assert shared.uses(reason) == fresh.uses(reason), (text, reason)
        assert shared.phrases == fresh.phrases
