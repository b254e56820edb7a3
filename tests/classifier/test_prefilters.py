"""Speed round 5's prefilters skip only searches that cannot match: each function answers as its unfiltered
self on every text the classifier asks it about over the corpus and every review module's rows
(tests/classifier/asked_texts.py), and on texts built to hold what the filters look for."""

from __future__ import annotations

from classifier import denied_mentions
from tests.classifier.asked_texts import asked

_TARGETS = (("classifier.denied_mentions", "without_denied"),)


def _texts(module: str, name: str) -> list[str]:
    calls = asked(*_TARGETS)[(module, name)]
    return [args[0] for args, _ in calls]


def test_without_denied_is_the_unfiltered_substitution_on_every_asked_text() -> None:
    texts = _texts("classifier.denied_mentions", "without_denied")
    assert len(texts) > 3_000
    changed = 0
    for text in texts:
        plain = denied_mentions.without_denied_unfiltered(text)
        assert denied_mentions.without_denied(text) == plain, text
        changed += plain != text
    assert changed > 20  # the texts hold denials the substitutions remove


def test_without_denied_on_built_denials() -> None:
    denials = ["not on any block list", "isn't blacklisted", "not listed in any dnsbl", "not in our rbl",
               "auf keiner blacklist", "greylisting is temporarily off", "nu este pe lista neagră",
               "doesn't \"exist\"", "not 'mailbox full'", "not ‘found’", "n't “valid”", "not the \"user unknown\"",
               "not on list", "no list", "bl", "not", "'", "n't"]
    for a in denials:
        for b in denials:
            for sep in (" ", "; ", " | "):
                text = f"550 5.1.1 user unknown{sep}{a}{sep}{b}"
                assert denied_mentions.without_denied(text) == denied_mentions.without_denied_unfiltered(text)


def _guarded() -> list:
    """Every guard.Guarded the classifier's modules hold (the garbage collector's view of live objects)."""
    import gc

    from classifier import departures, engine, remote, wording  # every module loaded
    from classifier.guard import Guarded
    remote._load()
    assert departures and engine and wording
    return [o for o in gc.get_objects() if type(o) is Guarded]


def _non_ascii_texts() -> list[str]:
    """Non-ASCII notice text of the corpus and every review row: whole notices, their lines and paragraphs, as
    they are and lowercased with white space collapsed (what the wording tables read)."""
    from classifier.parse import Mail
    from tests.classifier.asked_texts import messages

    texts = set()
    for raw in messages():
        notice = Mail(raw).notice[:6000]
        if notice.isascii():
            continue
        for piece in [notice] + notice.split("\n") + notice.split("\n\n"):
            if not piece.isascii():
                texts.update((piece, " ".join(piece.lower().split())))
    return sorted(texts)


def test_guarded_on_other_than_ascii_text_finds_the_patterns_own_match() -> None:
    """guard.Guarded's case-sensitive patterns on non-ASCII text search only where their Worded words are; the
    match is the pattern's own (span and text) on every such text of the corpus and the review rows."""
    guarded = [g for g in _guarded() if g.any_text is not None]
    assert len(guarded) >= 8 and any(g.any_text.seen for g in guarded)
    texts = _non_ascii_texts()
    assert len(texts) > 2_000
    found = 0
    for g in guarded:
        for text in texts:
            want, got = g.pattern.search(text), g.search(text)
            assert (want is None) == (got is None), (g.pattern.pattern[:60], text[:80])
            if want is not None:
                assert want.span() == got.span(), (g.pattern.pattern[:60], text[:80])
                found += 1
    assert found > 20
