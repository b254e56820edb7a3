"""classifier/earliest.py: a pattern searched as two parts finds exactly the pattern's own match (speed only).

Checked on the very texts the classifier asks each of them about over the corpus (recorded while it classifies),
on the corpus's lines, and on texts built of the patterns' own pieces."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from classifier import classify, earliest, lexicon, lexicon_more, sender_words

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "emails"

# (module, the Earliest's name, the plain pattern it stands for, pieces to build texts of, openings first)
SEARCHES = [
    (lexicon, "_SENDER_SEEN", re.compile(lexicon._SENDER.pattern),
     ["ihre ", "su ", "seu ", "uw ", "il vostro ", "domain ", "domäne ", "dominio ", "e-mail-adresse ", "adresse ",
      "550 ", "5.1.1 ", "grund: ", "ursache: ", "fehler: ", "\n", "sender ", "your domain ", "mail from ",
      "existiert nicht", "does not exist", "unknown", "not found", "recipient ", "accepted ", "empfänger ", ". ", "x ",
      "ok ", "helo "]),
    # lexicon_more's, recorded where lexicon (its one asker) holds it.
    (lexicon, "YOUR_BOX_OFF_SEEN", re.compile(lexicon_more.YOUR_BOX_OFF.pattern),
     ["your ", "ihr ", "ihre ", "su ", "a sua ", "sua ", "seu ", "550 ", "5.1.1 ", "ваш ", "votre ", "ta ", "je ",
      "mailbox ", "account ", "postfach ", "konto ", "conta ", "ящик ", "e-mail-adresse ", "has been ", "wurde ",
      "foi ", "deleted", "gelöscht", "suspensa", "disabled", "not ", "recipient ", "to ", "您的", "邮箱", "已被", "停用",
      " ", ".", "\n",
      # (its third part: the Chinese, suffixed and sender's forms)
      "contul dvs. ", "a fost ", "suspendat", "hesabınız ", "askıya alındı", "tilisi ", "suljettu", "sender address ",
      "has been ", "expired", "发件人", "帐号", "冻结", "ящик ", "отправителя ", "заблокирован", "nu "]),
    (lexicon, "_SHAPE_SEEN", re.compile(lexicon._SHAPE.pattern),
     ["user ", "mailbox ", "address ", "recipient ", "ip ", "sender ", "unknown ", "invalid ", "nonexistent ",
      "unbekannter ", "no existe ", "n'existe pas ", "not found", "does not exist", "could not find ",
      "no se encontró ", "la dirección ", "找不到", "地址", "неизвестный ", "адрес ", "may ", "superuser ", "-", " ",
      ". ", "\n", "in the reply-to header", "of the sender"]),
]


def _asked() -> dict[str, list[str]]:
    """The texts the classifier searches with each Earliest while it classifies the corpus."""
    asked: dict[str, list[str]] = {name: [] for _, name, _, _ in SEARCHES}
    originals = {}
    for module, name, _, _ in SEARCHES:
        searcher = getattr(module, name)
        originals[name] = searcher

        class Recording:
            def __init__(self, inner: earliest.Earliest, texts: list[str]) -> None:
                self.inner, self.texts = inner, texts

            def search(self, text: str) -> re.Match[str] | None:
                self.texts.append(text)
                return self.inner.search(text)

        setattr(module, name, Recording(searcher, asked[name]))
    try:
        for path in sorted(CORPUS.glob("*.eml")):
            classify(path.read_bytes())
    finally:
        for module, name, _, _ in SEARCHES:
            setattr(module, name, originals[name])
    return asked


@pytest.fixture(scope="module")
def asked() -> dict[str, list[str]]:
    return _asked()


@pytest.mark.parametrize(("module", "name", "plain", "pieces"), SEARCHES, ids=[s[1] for s in SEARCHES])
def test_the_two_parts_find_the_patterns_own_match(asked, module, name, plain, pieces):
    searcher = getattr(module, name)
    assert isinstance(searcher, earliest.Earliest) and searcher is getattr(lexicon_more, name, searcher)
    lines = []
    for path in sorted(CORPUS.glob("*.eml"))[::3]:
        text = path.read_bytes().decode("utf-8", "replace")
        lines += [" ".join(line.lower().split()) for line in text.split("\n")[:150]]
    rng = random.Random(name)
    # Half of them opening with one of the first pieces (an opening "su ", "ihre "), where the anchored part matches.
    built = ["".join(rng.choice(pieces[:7] if i % 2 and not at else pieces) for at in range(rng.randint(0, 10)))
             for i in range(8_000)]
    texts = asked[name] + lines + built
    # the classifier asked it, on the corpus's notices (_SHAPE only where a noun and an absence's words stand: 82)
    assert len(asked[name]) > (50 if name == "_SHAPE_SEEN" else 200)
    found = {"first": 0, "second": 0}
    for text in texts:
        want, got = plain.search(text), searcher.search(text)
        assert (want and want.span()) == (got and got.span()), text
        if want is not None:
            found["first" if searcher.first.search(text) is not None
                  and searcher.first.search(text).start() == want.start() else "second"] += 1
    assert found["first"] > 20 and found["second"] > 20, found  # both parts' matches were seen, not only misses


def test_cut_refuses_a_tail_that_does_not_end_the_leading_choice():
    with pytest.raises(ValueError):
        earliest.cut(re.compile(r"(?:a|b)c|d"), "d")
    with pytest.raises(ValueError):
        earliest.cut(re.compile(r"(?:a|(b))c"), "(b)")
    assert earliest.cut(lexicon._SENDER, sender_words.OPENING_YOURS).second.pattern.pattern.startswith(
        f"(?:{sender_words.OPENING_YOURS})")
