"""classifier/guard.py: rewritten patterns find exactly the pattern's own matches.

A lowercased twin matches lowercased ASCII text at exactly the offsets where the pattern
matches the text (or, where the pattern tells cases apart, at least there); `Fast` and
`Guarded` return the pattern's own match. (`tried`, alternatives grouped by first literal, is
the same pattern: test_alternatives.py.)"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from classifier import gateway_wordings, lexicon, lexicon_more, mailbox_states, recipient_blocklists, rule_wordings, said_of_others
from classifier.formats import challenge, explanations, intros
from classifier.guard import Fast, Guarded, Worded, lowered, required_sets, required_words

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "emails"

EXACT = [
    r"(?i)(?:following (?:address(?:es|\(es\))?|recipients?)|^\s*recipients?:\s*$)",
    r"(?i)\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b|unknown|not found",
    r"(?i)(?:user|mailbox)\s*:?\s*<([a-z0-9._%+-]{1,64}@[A-Z0-9.-]{1,63})>",
    r"(?i)(ab)c\1",  # a back reference, case-insensitive: lowercased text compares alike
    r"(?i)[^a-z]x[^\W\d]",
    r"(?i)k\u212a|\u017fs",  # Kelvin sign and long s fold onto ASCII letters: still exact
    r"(?i)(?<=mail )from\b(?!:)",
    r"(?im)^>>> (?:rcpt to|mail from)",
    r"(?i)\b(?:mail|mailbox|mailer|rcpt)\b",
]
LOOSE = [r"MAIL FROM", r"(?i:in reply to|after)\s+(MAIL FROM|RCPT TO|DATA)", r"(a)\1", r"[A-Z]x", r"(?i)a(?-i:B)"]


def ascii_texts(rng: random.Random, n: int) -> list[str]:
    alphabet = list("abcKkSsXxMAILFROMrcpt to:<>@._-5504.1 \n\t()[]B") + [
        "user", "USER", "Following ", "recipient:", "mail", "MAIL FROM", "in reply to ", "After ", "Rcpt To"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(n)]


@pytest.mark.parametrize("source", EXACT)
def test_an_exact_twin_matches_where_the_pattern_matches(source):
    pattern = re.compile(source)
    twin, exact = lowered(pattern)
    assert twin is not None and exact
    for text in ascii_texts(random.Random(source), 3_000):
        for at in range(0, len(text) + 1, 3):
            want = pattern.match(text, at)
            got = twin.match(text.lower(), at)
            assert (want is None) == (got is None), (text, at)
            if want is not None:
                assert want.span() == got.span(), (text, at)


@pytest.mark.parametrize("source", EXACT + LOOSE)
def test_fast_search_is_the_patterns_search(source):
    pattern = re.compile(source)
    fast = Fast(pattern)
    ignores_case = "(?i" in source
    assert (fast.twin is not None) == ignores_case  # a case-sensitive pattern runs as `tried`
    if ignores_case:
        assert fast.exact == (source in EXACT)
    for text in ascii_texts(random.Random(source + "!"), 3_000) + ["Ｍail", "müde MAIL FROM"]:
        want, got = pattern.search(text), fast.search(text)
        assert (want is None) == (got is None), text
        if want is not None:
            assert (want.span(), want.groups()) == (got.span(), got.groups()), text


def test_guarded_returns_the_patterns_own_match_on_notice_lines():
    lines = []
    for path in sorted(CORPUS.glob("*.eml"))[::3]:
        lines += path.read_bytes().decode("utf-8", "replace").split("\n")[:200]
    for guarded in (intros._INTRO, explanations.ERROR_LINE, explanations.FAILED_WORDS, challenge._REQUEST_GUARD):
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


def test_a_long_text_is_searched_from_its_first_word():
    guarded = challenge._REQUEST_GUARD
    assert guarded.width is not None
    rng = random.Random(8)
    pieces = ["please verify you are human ", "Click the link below to confirm. ", "x" * 50, "\n", "I use ",
              "SpamArrest ", "senders ", "5.1.1 ", "is held pending until you reply to verify. "]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(60, 200)))  # past 2,000 characters
        want, got = guarded.pattern.search(text), guarded.search(text)
        assert (want is None) == (got is None), text
        if want is not None:
            assert want.span() == got.span(), text


def test_required_words_are_read_off_the_pattern():
    assert required_words(re.compile(r"\bno such user\b")) == ("no such user",)
    assert set(required_words(re.compile(r"(?:user|mailbox) [^ ]{1,9} (?:does not exist|unknown)"))) == \
        {"does not exist", "unknown"}  # the set whose shortest word is longest
    assert set(required_words(re.compile(r"\bbatas penyimpanan|πλήρες|\bpostkast on t(?:ä|a)is"))) == \
        {"batas penyimpanan", "πλήρες", "postkast on t"}
    assert required_words(re.compile(r"(?:full)?box")) == ("box",)  # an optional group needs nothing
    assert set(required_words(re.compile(r"(?:ab)+c|d(?:ee){2}"))) == {"ab", "ee"}  # each branch its longest
    assert required_words(re.compile(r"(?i)user unknown")) == ()  # other cases match too
    assert required_words(re.compile(r"(?i:user)x?|unknown")) == ()  # one branch with no case-exact word
    assert required_words(re.compile(r"[a-z]+@[a-z]+")) == ("@",)
    assert required_words(re.compile(r"\d+")) == ()


def test_every_match_of_the_wording_tables_holds_a_required_word():
    """Exactness on real text: the corpus's lines, lowercased as the tables read them, and
    every phrase of the tables; a pattern that matches holds one of its words."""
    from classifier.phrases import PATTERNS, PHRASES

    texts = [line.lower() for path in sorted(CORPUS.glob("*.eml"))[::2]
             for line in path.read_bytes().decode("utf-8", "replace").split("\n")[:300]]
    texts += [p for phrases in PHRASES.values() for p in phrases]
    checked = 0
    for patterns in PATTERNS.values():
        for pattern in patterns:
            if not isinstance(pattern, re.Pattern):
                continue
            words = required_words(pattern)
            assert words, pattern.pattern  # each table pattern has words to test first
            for text in texts:
                if pattern.search(text):
                    checked += 1
                    assert any(w in text for w in words), (pattern.pattern[:60], text)
    assert checked > 100  # the check saw matches, not only misses


def test_worded_patterns_find_the_patterns_own_matches():
    """guard.Worded (a search skipped where none of the words every match holds is in the text) finds
    what its pattern finds, on texts built of the patterns' own words and on the corpus's notice lines."""
    # (lexicon's sender check and lexicon_more's "your box off" are two Worded each: classifier.earliest.)
    worded = [lexicon._PHRASES_SEEN, lexicon._SHAPE_SEEN.first, lexicon._SHAPE_SEEN.second, lexicon._SENDER_SEEN.first, lexicon._SENDER_SEEN.second,
              lexicon._MISSING_SEEN, lexicon._SENDER_REFUSED_SEEN, lexicon._SENDER_MISSING_SEEN, mailbox_states._EITHER_OR_SEEN,
              rule_wordings.SENDER_BLOCKED, rule_wordings.CLIENTS_OWN, intros._SUCCEEDED_WORDS,
              gateway_wordings._AMAVIS_CATEGORY, lexicon_more.YOUR_BOX_OFF_SEEN.first,
              lexicon_more.YOUR_BOX_OFF_SEEN.second, recipient_blocklists._OWN_LIST_SEEN, Worded(re.compile(r"(?:ab|abc|a|b(c|d)|bc|\w+)x?"))]
    lines = []
    for path in sorted(CORPUS.glob("*.eml"))[::4]:
        lines += [" ".join(line.lower().split()) for line in path.read_bytes().decode("utf-8", "replace").split("\n")[:150]]
    rng = random.Random(7)
    for fast in worded:
        assert fast.words or fast is worded[-1]  # the lexicon's patterns all have words to skip by
        pieces = list(fast.words) + [w for words in fast.sets for w in words] + \
            ["user", "sender", "unknown", "does not exist", "or", "not", " ", "x@x", "é", "your ", "ihr ", "mailbox ", "konto "]
        texts = lines + [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(2_000)]
        for text in texts:
            want, got = fast.pattern.search(text), fast.search(text)
            assert (want is None) == (got is None), (fast.pattern.pattern[:40], text)
            if want is not None:
                assert (want.span(), want.groups()) == (got.span(), got.groups()), text
                assert [(m.span(), m.groups()) for m in fast.pattern.finditer(text)] == \
                    [(m.span(), m.groups()) for m in fast.finditer(text)], text


def test_senders_look_behinds_after_the_word_are_the_same_pattern():
    """lexicon._SENDER tests its look-behinds after "sender" (covering it), not before it (speed only): the
    same matches as the form that tests them first."""
    lead = (r"(?:sender(?:(?<=call back to sender)|(?<=call back to the sender)|(?<!\bback to sender)"
            r"(?<!\bback to the sender)(?<!returned to sender)(?<!return to sender)(?<!bounced to sender))|")
    first = (r"(?:(?:(?<=call back to )|(?<=call back to the )|(?<!\bback to )(?<!\bback to the )(?<!returned to )"
             r"(?<!return to )(?<!bounced to ))sender|")
    source = lexicon._SENDER.pattern
    assert source.count(lead) == 1
    before = re.compile(source.replace(lead, first))
    rng = random.Random(5)
    pieces = ["sender", "call back to ", "call back to the ", "back to ", "back to the ", "returned to ", "return to ",
              "bounced to ", "does not exist", "unknown", " ", "x", "the ", "a", "recipient", "ok", "."]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert [(m.span(), m.groups()) for m in before.finditer(text)] == \
            [(m.span(), m.groups()) for m in lexicon._SENDER.finditer(text)], text


def test_review_98s_searches_behind_their_words_find_the_same():
    """lexicon_more.YOUR_BOX_OFF_SEEN (searched where a state word and a box noun stand) and said_of_others.set_aside
    (a party's word first): speed only, the same answers as YOUR_BOX_OFF.search and the plain substitution, on the corpus's lines and on
    texts built of the patterns' own pieces."""
    lines = []
    for path in sorted(CORPUS.glob("*.eml"))[::3]:
        lines += [" ".join(line.lower().split()) for line in path.read_bytes().decode("utf-8", "replace").split("\n")[:150]]
    rng = random.Random(98)
    pieces = ["your", "ihr", "ваш", "votre", "su", "mailbox", "account", "postfach", "ящик", "konto", "deleted", "gelöscht",
              "удален", "disabled", "suspended", "您的", "邮箱", "账户", "已被", "停用", "删除", "postmaster", "abuse", "list owner",
              "moderator", "replied", "rejected", "bounces", "of your domain", "user unknown", "not", "'no such user'",
              " ", ".", "recipient", "has been", "was"]
    texts = lines + [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(4_000)]
    found = 0
    for text in texts:
        want, got = lexicon_more.YOUR_BOX_OFF.search(text), lexicon_more.YOUR_BOX_OFF_SEEN.search(text)
        assert (want and want.span()) == (got and got.span()), text
        found += want is not None
        plain = said_of_others._ANOTHER_PARTYS_CLAUSE.sub(" ", said_of_others._DENIED_QUOTE.sub(" ", text)
                                                          if "not" in text or "n't" in text else text)
        assert said_of_others.set_aside(text) == plain, text
    assert found > 50  # the check saw matches, not only misses


def test_required_sets_are_read_off_the_pattern():
    """guard.required_sets: one set per part every match passes through, short choices spelt out."""
    assert set(map(frozenset, required_sets(re.compile(r"(?:user|mailbox) [^ ]{1,9} (?:does ?n[o']t exist|unknown)")))) == {
        frozenset({"user ", "mailbox "}),
        frozenset({" does not exist", " doesnot exist", " does n't exist", " doesn't exist", " unknown"})}
    assert required_sets(re.compile(r"ok(?:ä|a)nd\b")) == (("okand", "okänd"),)
    assert required_sets(re.compile(r"sender(?<=to sender)(?!x) unknown")) == (("sender unknown",),)  # zero-width: one run
    assert required_sets(re.compile(r"(?:full)?box")) == (("fullbox", "box"),)  # an optional part spelt both ways
    assert required_sets(re.compile(r"ab|cd")) == ()  # no set of words three long
    assert required_sets(re.compile(r"不明|unknown")) == (("unknown", "不明"),)  # but a CJK pair counts
    assert required_sets(re.compile(r"(?i)user unknown")) == ()


def test_every_match_holds_a_word_of_every_required_set():
    """Exactness on real text, as for required_words: the corpus's lines and the tables' phrases, and each Worded
    pattern; a pattern that matches holds a word of each of its sets."""
    from classifier.phrases import PATTERNS, PHRASES

    texts = [line.lower() for path in sorted(CORPUS.glob("*.eml"))[::2]
             for line in path.read_bytes().decode("utf-8", "replace").split("\n")[:300]]
    texts += [p for phrases in PHRASES.values() for p in phrases]
    patterns = [p for ps in PATTERNS.values() for p in ps if isinstance(p, re.Pattern)]
    patterns += [lexicon._SENDER, lexicon._PHRASES, lexicon_more.YOUR_BOX_OFF, lexicon.MISSING_RECIPIENT]
    checked = 0
    for pattern in patterns:
        sets = required_sets(pattern)
        for text in texts:
            if sets and pattern.search(text):
                checked += 1
                assert all(any(w in text for w in words) for words in sets), (pattern.pattern[:60], text)
    assert checked > 100


def test_proses_fast_patterns_find_their_patterns_matches():
    """formats.prose reads a notice's head lowercased once for its delay and final-section questions (_FINAL_TEXT,
    _DELAY_TEXT, _FINAL_SECTION through guard.Fast, speed only): the same matches as the patterns, on the corpus's
    notice heads and lines and on built ones."""
    from classifier.formats import prose

    texts = []
    for path in sorted(CORPUS.glob("*.eml"))[::2]:
        raw = path.read_bytes().decode("utf-8", "replace")
        texts += [raw[:3000], *raw.split("\n")[:200]]
    rng = random.Random(13)
    pieces = ["Has not yet been delivered", "THIS IS A WARNING ONLY", "permanently failed", "Giving up", "will retry",
              "Delivery to the following recipient failed", "ü", " ", "\n", "x"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(2_000)]
    for fast in (prose._FINAL_TEXT, prose._DELAY_TEXT, prose._FINAL_SECTION):
        for text in texts:
            want = fast.pattern.search(text)
            low = text.lower() if text.isascii() else None
            got = fast.search(text) if low is None else fast.search_lowered(text, low)
            assert (want is None) == (got is None), text[:80]
            if want is not None:
                assert want.span() == got.span(), text[:80]


def test_failure_said_fast_patterns_find_their_patterns_matches():
    """formats.failure_said searches a notice's head for failure words through guard.Fast (speed only): the same
    matches as the patterns, on the corpus's notice heads and lines and on built ones."""
    from classifier.formats import failure_said

    texts = []
    for path in sorted(CORPUS.glob("*.eml"))[::2]:
        raw = path.read_bytes().decode("utf-8", "replace")
        texts += [raw[:4000], *raw.split("\n")[:200]]
    rng = random.Random(17)
    pieces = ["Delivery FAILED", "nicht zugestellt", "Échec de la remise", "has never given up", "Retries exhausted",
              "Bounced: 0", "bounce rate 100%", "550 5.1.1", "could not", "ü", " ", "\n", "x", "Not", "İ", "ſ"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(2_000)]
    found = 0
    for fast in (failure_said._FAILURE_SAID, failure_said._OTHER_FAILURE):
        assert fast.twin is not None
        for text in texts:
            want, got = fast.pattern.search(text), fast.search(text)
            assert (want and want.span()) == (got and got.span()), text[:80]
            found += want is not None
    assert found > 1_000


def _all_words() -> list:
    """Every words_needed.Words the classifier's searches test texts with (found through the garbage collector's
    view of live objects: all the modules' Worded and Guarded searches, wherever they are kept)."""
    import gc

    from classifier import departures, engine, remote, wording  # every module loaded
    from classifier.words_needed import Words
    remote._load()
    assert departures and engine and wording
    return [o for o in gc.get_objects() if type(o) is Words]


def test_words_searched_through_a_trie_are_found_where_the_loop_finds_them():
    """words_needed.Words (speed only): `seen_in` is any(word in text), `first_in` the least `text.find(word)`,
    for every set the searches hold, on the corpus's lines (as they are and lowercased) and on texts built of the
    sets' own words, their prefixes and extensions."""
    sets = _all_words()
    assert sum(w.found is not None for w in sets) > 15  # the long sets searched through their trie
    lines = []
    for path in sorted(CORPUS.glob("*.eml"))[::3]:
        for line in path.read_bytes().decode("utf-8", "replace").split("\n")[:150]:
            lines += [line, " ".join(line.lower().split())]
    rng = random.Random(13)
    for words in sets:
        pieces = list(words.words[:40]) + [w[:-1] for w in words.words[:20]] + [w + "x" for w in words.words[:10]] \
            + [" ", "a", ".", "é"]
        built = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(300)]
        for text in lines[::7] + built:
            assert words.seen_in(text) == any(word in text for word in words.words), (words.words[:3], text)
            finds = [at for at in (text.find(word) for word in words.words) if at >= 0]
            assert words.first_in(text) == min(finds, default=len(text)), (words.words[:3], text)


def test_ascii_text_and_few_anchors_skip_only_searches_that_cannot_find_a_word():
    """Words (speed only): an ASCII text is searched for the ASCII words alone, and a set of few anchors anchor by
    anchor (the anchor's alternative searched only where the text holds the anchor). Each word is still found, in
    ASCII text and in text of its own script, beside the other anchors; a text of the anchors alone, or of each
    word cut short, is answered as the loop answers."""
    sets = [w for w in _all_words() if w.found is not None]
    assert sum(w.found_ascii is not w.found for w in sets) > 10 and sum(not isinstance(w.found, re.Pattern) for w in sets) > 10
    for words in sets:
        anchors = "".join(anchor for anchor, _ in (() if isinstance(words.found, re.Pattern) else words.found))
        texts = [anchors, anchors.upper(), " ".join(w[:-1] for w in words.words), " ".join(w[1:] for w in words.words)]
        for word in words.words:
            texts += [word, f"550 {word}.", f"{anchors} {word}", f"{word[:-1]} x {word[1:]}"]
        for text in texts:
            assert words.seen_in(text) == any(w in text for w in words.words), (words.words[:3], text)

