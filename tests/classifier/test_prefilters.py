"""Speed round 5's prefilters skip only searches that cannot match: each function answers as its unfiltered
self on every text the classifier asks it about over the corpus and every review module's rows
(tests/classifier/asked_texts.py), and on texts built to hold what the filters look for."""

from __future__ import annotations

import re

import pytest

from classifier import denied_mentions, ours
from tests.classifier.asked_texts import asked

_TARGETS = (("classifier.denied_mentions", "without_denied"), ("classifier.ours", "in_a_role_blanked"),
            ("classifier.formats.success_sentences", "_said"), ("classifier.folded", "fold"))


def _texts(module: str, name: str) -> list[str]:
    """The first argument of every distinct call the classifier made to module.name (corpus and review rows)."""
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


def _fast() -> list:
    """Every guard.Fast and guard.Guarded the classifier's modules hold."""
    import gc

    from classifier.guard import Fast, Guarded
    _guarded()
    return [o for o in gc.get_objects() if type(o) in (Fast, Guarded)]


def _non_ascii_texts() -> list[str]:
    """Non-ASCII text of the corpus and every review row: whole texts (notice and quoted original), their lines and
    paragraphs, as they are and lowercased with white space collapsed (what the wording tables read)."""
    from classifier.parse import Mail
    from tests.classifier.asked_texts import messages

    texts = set()
    for raw in messages():
        notice = Mail(raw).text[:8000]  # the notice and the quoted original after it
        if notice.isascii():
            continue
        for piece in [notice] + notice.split("\n") + notice.split("\n\n"):
            if not piece.isascii():
                texts.update((piece, " ".join(piece.lower().split())))
    return sorted(texts)


def test_fold_writes_every_character_a_literal_matches_ignoring_case_as_that_literal() -> None:
    """folded.fold's case rules are the engine's: every code point that an ASCII literal matches under IGNORECASE
    folds to the literal's lowercase, and a character without case (which matches only itself) folds to itself."""
    import _sre
    import sys

    from classifier.folded import fold

    letters = re.compile("(?i)[a-z]")
    specials = []
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if cp >= 128 and letters.fullmatch(c):
            specials.append(cp)
        if cp < 128 or letters.fullmatch(c):
            if c.isalpha():
                assert len(fold(c)) == 1 and re.fullmatch("(?i)" + re.escape(fold(c)), c), hex(cp)
            else:
                assert fold(c) == c.lower() == c, hex(cp)
        elif not _sre.unicode_iscased(cp):
            assert fold(c) == c, hex(cp)
    assert specials == [0x130, 0x131, 0x17F, 0x212A]  # what the module's docstring names
    for letter in "abcdefghijklmnopqrstuvwxyz":
        others = [cp for cp in specials if re.fullmatch("(?i)" + letter, chr(cp))]
        assert all(fold(chr(cp)) == letter for cp in others), (letter, others)
    assert fold("\u0130n F\u0131LE \u017fEE \u212aEY") == "in file see key"


@pytest.mark.timeout(900)  # ~50 s of CPU alone (every pattern on every asked text, four ways): 300 s ran out under load
def test_searches_of_other_than_ascii_text_find_the_patterns_own_match() -> None:
    """guard.Fast and guard.Guarded skip non-ASCII text without the words every match holds (folded.OtherText:
    a case-sensitive pattern's required sets, a case-insensitive one's folded words in the text's fold): on every
    such text of the corpus and the review rows, and on them upper-cased or with U+0131/U+017F for i/s, the
    match is the pattern's own."""
    from classifier.folded import fold

    searches = _fast()
    for f in searches:
        f.other.make()
    assert sum(f.other.folded is not None for f in searches) >= 8 and sum(bool(f.other.sets) for f in searches) >= 5
    texts = _non_ascii_texts()
    assert len(texts) > 2_000
    texts += [t.upper() for t in texts[::5]] + [t.replace("i", "\u0131").replace("s", "\u017f") for t in texts[::5]]
    # A search that can skip nothing and runs the pattern itself asks the pattern twice: nothing to compare.
    searches = [f for f in searches if f.other.sets or f.other.folded is not None or f.plain is not f.pattern]
    assert len(searches) >= 25
    folds = {text: fold(text) for text in texts}  # made once, not once a pattern
    found = skipped = 0
    for f in searches:
        for text in texts:
            want, got = f.pattern.search(text), f.search(text)
            assert (want is None) == (got is None), (f.pattern.pattern[:60], text[:80])
            if want is not None:
                assert want.span() == got.span(), (f.pattern.pattern[:60], text[:80])
                found += 1
            skipped += not all(w.seen_in(text) for w in f.other.sets) or (
                f.other.folded is not None and not f.other.folded.seen_in(folds[text]))
    assert found > 20 and skipped > 1_000


def test_in_a_role_blanked_is_the_unfiltered_substitution_on_every_asked_text() -> None:
    # ours.names_only_us asks it only of replies that name one of our addresses or domains (a few hundred): the
    # reasons' texts too (lowercase replies, as it reads them), so that the check still covers thousands.
    texts = _texts("classifier.ours", "in_a_role_blanked") + _texts("classifier.denied_mentions", "without_denied")
    assert len(texts) > 2_500
    changed = 0
    for text in texts:
        plain = ours._IN_A_ROLE.sub(" ", text)
        assert ours.in_a_role_blanked(text) == plain, text
        changed += plain != text
    assert changed > 20


def test_worded_absence_searches_are_their_patterns_on_every_asked_text() -> None:
    """verb_final's and cause_clauses' Worded searches (asked of most replies) find what their patterns find, on the
    reasons' texts (lowercase, as lexicon reads them) and on texts built to hold each pattern's words."""
    from classifier import cause_clauses, verb_final
    pairs = [(verb_final._MAIN_GONE_SEEN, verb_final._MAIN_GONE),
             (verb_final._OUR_MAIN_GONE_SEEN, verb_final._OUR_MAIN_GONE),
             (cause_clauses._RECIPIENT_GONE_SEEN, cause_clauses.RECIPIENT_GONE),
             (cause_clauses._DOMAIN_GONE_SEEN, cause_clauses.DOMAIN_GONE),
             (cause_clauses._ABSENCE_SEEN, cause_clauses._ABSENCE)]
    texts = _texts("classifier.denied_mentions", "without_denied")
    texts += ["550 die e-mail-adresse ist ungültig", "der absender ist gesperrt; die adresse wurde gelöscht",
              "uw e-mailadres is ongeldig", "宛先のメールアドレスが見つからなかったので",
              "받는 사람의 도메인이 존재하지 않기 때문에", "收件人邮箱已被删除", "if the address does not exist",
              "la cuenta del destinatario ha sido eliminada"]
    found = 0
    for worded, pattern in pairs:
        for text in texts:
            want, got = pattern.search(text), worded.search(text)
            assert (want and want.span()) == (got and got.span()), (pattern.pattern[:60], text[:80])
            found += want is not None
        assert [m.span() for m in pattern.finditer(texts[-2])] == [m.span() for m in worded.finditer(texts[-2])]
    assert found > 20


def test_success_sentence_words_skip_only_sentences_without_a_success() -> None:
    """success_sentences._said asks its words (_SAID_WORDS) before the substitution, and the substitution its own
    (_WITHOUT_ERROR_SUB, a folded.Sub): on every sentence the classifier asks about (corpus and review rows), on them upper-cased or with
    U+0131/U+017F for i/s, and on sentences built around each word, the answers are the unfiltered ones."""
    from classifier.folded import fold
    from classifier.formats import success_sentences as s

    def unfiltered(text: str) -> bool:
        plain = s._WITHOUT_ERROR.sub(" ", text)
        return s._SAID.search(plain) is not None and s._NOT.search(plain) is None

    assert len(s._SAID_WORDS.words) > 10
    texts = _texts("classifier.formats.success_sentences", "_said")
    assert len(texts) > 200
    texts += [t.upper() for t in texts] + [t.replace("i", "\u0131").replace("s", "\u017f") for t in texts]
    texts += [f"Your message {w} to:" for w in s._SAID_WORDS.words] + [
        "Ihre Nachricht wurde ohne Bounces an alle Empfänger zugestellt an:", "The message was delivered to:",
        "Il messaggio è stato consegnato a:", "Le message a été remis à :", "Het bericht is afgeleverd bij:",
        "Your message was delivered without errors to:", "Rien n'a été rejeté et le message a été remis à :",
        "The message was delivered with no delays and nobody else to:", "Zero attachments were blocked, delivered to:"]
    texts += [f"{w} {x}" for w in s._WITHOUT_ERROR_SUB.words.words for x in ("nothing", "without", "no one else")]
    said = blanked = 0
    for text in texts:
        assert s._said(text) == unfiltered(text), text
        assert s._WITHOUT_ERROR_SUB.sub(" ", text, fold(text)) == s._WITHOUT_ERROR.sub(" ", text), text
        said += unfiltered(text)
        blanked += s._WITHOUT_ERROR.sub(" ", text) != text
    assert said > 20 and blanked > 20


def test_substitutions_skipped_without_their_words_are_the_patterns_own() -> None:
    """folded.Sub skips a substitution where the text's fold lacks its pattern's words: every Sub the classifier holds
    answers as its pattern's substitution on every text it was asked about (folded.fold's arguments, corpus and review
    rows), on non-ASCII texts, on them upper-cased or with U+0131/U+017F for i/s, and on texts built of its words."""
    import gc

    from classifier.folded import Sub
    from classifier.formats import failure_said, outcome_words

    subs = [o for o in gc.get_objects() if type(o) is Sub]
    assert failure_said._NO_FAILURE_SUB in subs and outcome_words._FAILED_BEFORE_SUB in subs
    assert len(subs) >= 5 and all(s.words is not None for s in subs)
    texts = _texts("classifier.folded", "fold")
    assert len(texts) > 500
    texts += _non_ascii_texts()[::3]
    texts += [t.upper() for t in texts[::4]] + [t.replace("i", "\u0131").replace("s", "\u017f") for t in texts[::4]]
    built = ["delivered to mx2 after two failed attempts", "zugestellt; erster Versuch abgelehnt: 550 5.7.1",
             "delivered; first attempt deferred: 451 4.7.1 greylisted", "delivered without bounces",
             "an earlier attempt failed with 550 5.7.1", "ohne Fehler zugestellt", "sin rebotes"]
    kept = skipped = 0
    for sub in subs:
        # ...and texts holding a word of each set one way needs (the words of its other ways absent), in both cases.
        ways = [" x ".join(words.words[n % len(words.words)] for words in sets) for sets in sub.ways for n in range(3)]
        for text in texts + built + [f"a {w} b" for w in sub.words.words] + ways + [w.upper() for w in ways]:
            want = sub.pattern.sub(" ", text)
            assert sub.sub(" ", text) == want, (sub.pattern.pattern[:60], text[:80])
            kept += want != text
        skipped += sum(not sub.words.seen_in(t.lower()) for t in texts)
    assert kept > 20 and skipped > 1_000


def test_folded_alternatives_are_the_words_of_each_way_a_match_goes() -> None:
    """folded.folded_alternatives: for each branch of a top-level alternation, the sets of words (in the text's fold)
    that way needs, the fewest words first; none at all where one way has no set (any text may hold its match)."""
    from classifier.folded import Sub, folded_alternatives

    pattern = re.compile(r"(?i)\bwith(?:out)?\s+(?:errors?|delays?)\b|nothing (?:rejected|refused)|\bKEIN\w* abgelehnt")
    assert folded_alternatives(pattern) == ((("without", "with"), ("delays", "errors", "delay", "error")),
                                            (("nothing rejected", "nothing refused"),), ((" abgelehnt",), ("kein",)))
    assert folded_alternatives(re.compile(r"(?i)\bwithout errors|\bK[ée]in")) == ()  # "é" has case: no word of 3
    sub = Sub(pattern)
    for text in ("This is a permanent error", "with a delay", "Kein Anhang", "nothing", "abgelehnt"):
        assert sub.sub(" ", text) == text == pattern.sub(" ", text)  # a word of one set of each way: skipped
    for text in ("WITH  ERRORS", "Nothing refused.", "keinerlei abgelehnt", "\u212aein abgelehnt"):
        assert sub.sub(" ", text) == pattern.sub(" ", text) != text


def test_own_list_worded_is_its_pattern_on_every_asked_text() -> None:
    """recipient_blocklists.own_list searches OWN_LIST through guard.Worded (speed only): the same answer as the
    pattern, on every reply the reasons read (corpus and review rows, lowercase) and on texts built of its words."""
    import random

    from classifier import recipient_blocklists as rb

    texts = _texts("classifier.denied_mentions", "without_denied")
    rng = random.Random(37)
    pieces = [w for words in rb._OWN_LIST_SEEN.sets for w in words][::3] + [
        "recipient's ", "user ", "users' ", "personal ", "blocked by the user", "x", " ", "é", "list", "by "]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(3_000)]
    found = 0
    for text in texts:
        want, got = rb.OWN_LIST.search(text), rb._OWN_LIST_SEEN.search(text)
        assert (want and want.span()) == (got and got.span()), text[:80]
        assert rb.own_list(text) == (want is not None and rb.names_no_host(text))
        found += want is not None
    assert found > 100
