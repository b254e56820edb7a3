"""What the metamorphic (invariance) test modules share: the samples of messages they
transform, the reading that must not change, and the tests a round binds (`grid_tests`: one a
transform over its messages, a strict xfail for each pair a module's KNOWN explains).

Keys name messages by where they live: `corpus/NAME` (../shared/corpus/emails), `fixtures/NAME`
(hand-made, tests/classifier/fixtures) and `real/NAME` (written by real servers,
fixtures/real). The baseline is the classifier's own reading of the untransformed message,
right or wrong: these tests find readings that hang on how a message was carried or laid
out, not wrong readings."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
import zlib

import pytest

from classifier import classify

HERE = Path(__file__).parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus" / "emails"
_FOLDERS = {"corpus": CORPUS, "fixtures": HERE / "fixtures", "real": HERE / "fixtures" / "real"}

# Messages the first round's known exceptions name (test_transport_invariance.KNOWN), and
# fixtures whose fixed cases must stay tested (the inline forwards of a Sendmail 8.8 transcript
# and of a challenge, test_html_and_inline_forward.py; IMail's notice under localised Subjects,
# test_autoreply_invariance.py), in its sample whatever the thinning below keeps.
FIRST_ROUND_PINNED = ("corpus/bsd__lhost-amazonses-09.eml", "corpus/bsd__lhost-fml-02.eml",
                      "corpus/bsd__lhost-fml-03.eml", "fixtures/srv-sendmail-v8-plain.eml",
                      "fixtures/srv-mailwasher-challenge.eml", "fixtures/srv-imail-multi.eml")

Reading = tuple[bool, tuple[tuple[str, str, bool, str], ...], str | None]


def _first_round() -> dict[str, Path]:
    """Every third corpus original, a third of the hand-made fixtures, every real server's notice."""
    corpus = sorted(p for p in CORPUS.glob("*.eml") if not p.name.startswith(("dos__", "mac__")))
    out = {f"corpus/{p.name}": p for p in corpus[::3]}
    # A fixture is in by its own name (a third of the names' CRC-32s), not by its place in the
    # sorted list: a fixture added later then moves no other fixture in or out of the sample.
    out.update({f"fixtures/{p.name}": p for p in sorted(HERE.glob("fixtures/*.eml"))
                if zlib.crc32(p.name.encode()) % 3 == 0})
    out.update({f"real/{p.name}": p for p in sorted(HERE.glob("fixtures/real/*.eml"))})
    for key in FIRST_ROUND_PINNED:
        kind, name = key.split("/", 1)
        path = _FOLDERS[kind] / name
        if path.is_file():
            out[key] = path
    return out


def _every_bounce() -> dict[str, Path]:
    """Every labelled corpus bounce (one line-ending copy), every fixture, every real notice."""
    labels = CORPUS.parent / "labels.jsonl"
    names: list[str] = []
    if labels.is_file():
        rows = [json.loads(line) for line in labels.read_text().splitlines() if line.strip()]
        names = sorted(r["file"].rsplit("/", 1)[-1] for r in rows if r.get("is_bounce"))
    out = {f"corpus/{n}": CORPUS / n for n in names if n.startswith("bsd__") and (CORPUS / n).is_file()}
    out.update({f"fixtures/{p.name}": p for p in sorted(HERE.glob("fixtures/*.eml"))})
    out.update({f"real/{p.name}": p for p in sorted(HERE.glob("fixtures/real/*.eml"))})
    return out


FIRST_ROUND = _first_round()  # the transport round's sample, reused by most later rounds
EVERY_BOUNCE = _every_bounce()  # the address round's sample, reused by layout and language


@functools.cache
def message(key: str) -> bytes:
    """The message a key names."""
    kind, name = key.split("/", 1)
    return (_FOLDERS[kind] / name).read_bytes()


def reading(raw: bytes) -> Reading:
    """What must not change: bounce or not, each delivery's (address, reason, hard, whose fault),
    and the original's Message-ID."""
    result = classify(raw)
    original = result.original.message_id if result.original is not None else None
    return (result.is_bounce, tuple((d.address, d.reason.name, d.hard_bounce, d.scope.value) for d in result.deliveries), original)


@functools.cache
def baseline(key: str) -> Reading:
    """The reading of the untransformed message."""
    return reading(message(key))


def grid_tests(pairs: Iterable[tuple[str, str]], known: Mapping[tuple[str, str], str],
               broken: Callable[[str, str], str | None]) -> tuple[Callable, Callable | None]:
    """(one test a transform over its messages, one strict xfail a known pair) for a module to bind to its own names.
    `broken(name, key)` says what changed that must not (None: the reading held, or the transform found nothing of
    its kind in the message). One test a transform, not one a (transform, message) pair: with 70,000 pairs, pytest's
    own cost for each item (collected in every worker, reported to the controller) was as much as its classification.
    A known pair's strict xfail fails once the pair reads the same: news, as a strict xfail is."""
    pairs = list(pairs)
    keys: dict[str, list[str]] = {}
    for name, key in pairs:
        if (name, key) not in known:
            keys.setdefault(name, []).append(key)

    @pytest.mark.parametrize("name", list(keys))
    def each_transform(name: str):
        found = [f"{name} {key}: {why}" for key in keys[name] if (why := broken(name, key))]
        assert not found, "\n".join(found)

    params = [pytest.param(n, k, marks=pytest.mark.xfail(strict=True, reason=known[n, k]), id=f"{n}:{k}")
              for n, k in dict.fromkeys(pairs) if (n, k) in known]

    @pytest.mark.parametrize(("name", "key"), params)
    def known_pair(name: str, key: str):
        why = broken(name, key)
        assert not why, why

    return each_transform, known_pair if params else None


def changed_reading(key: str, changed: bytes) -> str | None:
    """`broken`'s plainest form: the transformed message `changed` must read as message `key` does."""
    before, after = baseline(key), reading(changed)
    return None if after == before else f"{before} -> {after}"


def keeps_reading(transforms: Mapping[str, Callable[[bytes], bytes]]) -> Callable[[str, str], str | None]:
    """`broken` for a round whose one rule is that each transform keeps the reading."""
    def broken(name: str, key: str) -> str | None:
        raw = message(key)
        changed = transforms[name](raw)
        return None if changed == raw else changed_reading(key, changed)  # (unchanged: nothing of its kind)

    return broken


# A server's name is no wording (test_host_name_invariance.py, test_review_invariance.py).
# A host of three labels or more (the first one the host's own name) under a reserved domain,
# not after an "@" (an address's domain, a Message-ID's right-hand side) or a "%" (the percent
# hack's "user%host@relay": the host is part of the address's local part). The whole name, never
# the head of a longer one ("lists.example.com" inside "lists.example.com.br", a host under a
# country's second-level domain: renamed, it would no longer be that domain's own host).
_HOST = re.compile(rb"(?<![@%\w.-])([a-z0-9][a-z0-9-]{0,40})((?:\.[a-z0-9-]{1,40}){0,4}\.(?:test|example"
                   rb"(?:\.(?:com|net|org|jp|co\.jp|ne\.jp|or\.jp|de|fr))?))(?![\w-]|\.[a-z0-9])", re.IGNORECASE)


def renamed(raw: bytes, word: str, keep: set[bytes] | frozenset[bytes] = frozenset()) -> bytes:
    """`raw` with every such host's first label followed by "-word" (but the hosts, lowercased,
    in `keep`)."""
    def one(m: re.Match[bytes]) -> bytes:
        if m.group(2).count(b".") < 2 or m.group(0).lower() in keep:
            return m.group(0)
        return m.group(1) + b"-" + word.encode() + m.group(2)
    return _HOST.sub(one, raw)
