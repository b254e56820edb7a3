"""Speed-only shortcuts in the detectors (reporters' `wrote`, intros, challenge, success_sentences) answer as the plain
code did: each on every message the corpus, the review modules and the real fixtures hold, and on messages or texts
built to hold what the shortcut looks for where a wrap, a case or a script could hide it."""

from __future__ import annotations

import functools
from pathlib import Path

from classifier.formats import challenge, intros, success_sentences
from classifier.formats.failure_said import said_failed
from classifier.parse import Mail
from classifier.reporters import exim_moan, interscanmss, nullmailer, sympa
from tests.classifier.asked_texts import messages

_REAL = Path(__file__).parent / "fixtures" / "real"


@functools.lru_cache(maxsize=1)
def _mails() -> tuple[Mail, ...]:
    raws = messages() + [p.read_bytes() for p in sorted(_REAL.glob("*.eml"))]
    assert len(raws) > 3_000
    return tuple(Mail(raw) for raw in raws)


def _exim_moan_wrote_plain(mail: Mail) -> bool:
    """exim_moan.wrote without its words' test."""
    head = " ".join(mail.text[:1500].lower().split())
    return exim_moan._OPENING in head[:400] and exim_moan._COPY in head


def test_exim_moan_copy_words_are_whole_inner_words_of_its_copy_line() -> None:
    # Between two blanks in `_COPY`, so inside one word of the text wherever the joined text holds `_COPY`.
    inner = exim_moan._COPY.split()[1:-1]
    assert exim_moan._COPY_WORDS and all(word in inner for word in exim_moan._COPY_WORDS)


def test_exim_moan_wrote_is_the_plain_test_on_every_message() -> None:
    found = 0
    for mail in _mails():
        plain = _exim_moan_wrote_plain(mail)
        assert exim_moan.wrote(mail) == plain, mail.raw[:300]
        found += plain
    assert found >= 1  # the real fixture of Exim's ERRMESS_TOOBIG


def _moan(copy_line: str, opening: str = "A message that you sent was longer than the maximum size allowed on\n"
                                            "this system. It was not delivered to any recipients.") -> Mail:
    return Mail((f"From: Mail Delivery System <Mailer-Daemon@x.test>\nTo: s@x.test\nSubject: Mail failure - "
                 f"message too big\n\n{opening}\n\n{copy_line}\n\nFrom: s@x.test\nTo: lead@y.test\n\nHello\n").encode())


def test_exim_moan_wrote_on_its_copy_line_wrapped_and_cased_every_way() -> None:
    words = "------ This is a copy of your message, including all the headers. ------".split(" ")
    variants = 0
    for i in range(1, len(words)):
        for blank in ("\n", "\n\t", "  ", "\t", "\n\n"):
            for case in (str, str.upper, str.title):
                line = case(" ".join(words[:i]) + blank + " ".join(words[i:]))
                for opening in ("A message that you sent was longer than the maximum size allowed.",
                                "A MESSAGE\nTHAT YOU\tSENT contained recipients", "A message that you got"):
                    mail = _moan(line, opening)
                    assert exim_moan.wrote(mail) == _exim_moan_wrote_plain(mail), line
                    variants += _exim_moan_wrote_plain(mail)
    assert variants > 100
    # Exim's ordinary bounce ("copy of the message") is no moan, with or without the words' test.
    assert not exim_moan.wrote(_moan("------ This is a copy of the message, including all the headers. ------"))


def _interscanmss_wrote_plain(mail: Mail) -> bool:
    sender = mail.header("from").lower()
    if any(s in sender for s in interscanmss._SENDERS) or mail.subject.strip().lower() in interscanmss._SUBJECTS:
        return True
    return "message from interscan messaging security suite" in mail.notice[:2000].lower()


def test_notice_head_readers_answer_as_with_their_own_lowercase_slice() -> None:
    for mail in _mails():
        assert interscanmss.wrote(mail) == _interscanmss_wrote_plain(mail)
        assert nullmailer.wrote(mail) == (nullmailer._INTRO in mail.notice[:2000].lower())
        low = mail.notice[:2000].lower()
        head = " ".join(low.split())
        assert sympa.wrote(mail) == ("sympa" in low and (sympa._INTRO in head or any(i in head for i in sympa._INTROS)))


def _only_delivered_plain(notice: str) -> bool:
    """intros.only_delivered with its last two tests in their former order (failure words first)."""
    head = notice[:4000]
    low = head.lower()
    if not (("delivered" in low and ("been" in low or "successfully" in low or "following" in low)) or "entregat" in low
            or "erfolgreich" in low
            or "succeeded" in low or "complete" in low or "abgeschlossen" in low or "terminée" in low
            or "completado" in low
            or "已成功" in head or "に届きました" in head):
        return False
    if "attachments" in low or "infected" in low:
        flat = " ".join(low.split())
        if any(p in flat for p in intros._PARTS_WITHHELD) and "has been rejected" not in flat:
            return True
    return not said_failed(head) and intros.DELIVERED_SAID.search(head) is not None


def test_only_delivered_answers_as_in_its_former_order_on_every_notice() -> None:
    delivered = 0
    for mail in _mails():
        plain = _only_delivered_plain(mail.notice)
        assert intros.only_delivered(mail.notice) == plain, mail.notice[:300]
        delivered += plain
    assert delivered > 10  # success reports among them


def test_delivered_said_lowercase_twin_finds_the_patterns_own_match() -> None:
    # only_delivered searches an ASCII head through DELIVERED_SAID's lowercase twin (intros._SAID_LOW, speed only):
    # the pattern's own match on every notice head, and on its sentences built in other cases and wrapped.
    heads = [mail.notice[:4000] for mail in _mails()]
    for sentence in ("has been delivered to lead@example.org successfully", "Successfully delivered to kim",
                     "Delivery to the following recipients succeeded.", "No se ha completado la entrega a estos "
                     "destinatarios", "WERE DELIVERED TO THE FOLLOWING:", "wurde erfolgreich an kim zugestellt"):
        heads += [sentence, sentence.upper(), sentence.title(), sentence.replace(" ", "\n "), f"x {sentence} ü"]
    found = 0
    for head in heads:
        want = intros.DELIVERED_SAID.search(head)
        got = intros._SAID_LOW.search_lowered(head, head.lower()) if head.isascii() else want
        assert (want and want.span()) == (got and got.span()), head[:300]
        found += want is not None
    assert found > 20


def _challenge_request_plain(text: str) -> bool:
    """challenge._request translating every non-ASCII text."""
    if not text.isascii():
        folded = text.translate(challenge._TO_ASCII).lower()
        if not any(word in folded for word in challenge._REQUEST_GUARD.words):
            return False
    return challenge._REQUEST_GUARD.search(text) is not None


def test_challenge_request_answers_as_with_every_text_translated() -> None:
    assert sorted(challenge._FOLDED) == sorted(chr(c) for c in challenge._TO_ASCII)
    for mail in _mails():
        for text in (mail.notice[:6000], mail.subject):
            assert challenge._request(text) == _challenge_request_plain(text), text[:300]
    # The folded letters inside the words of a request, beside other non-ASCII text.
    for text in ("Please ver\u0131fy you are human — danke", "Bitte: \u017fender verification request",
                 "VER\u0130FY YOU ARE A HUMAN ü", "Boxbe \u212aeeps your inbox — ü", "Bitte bestätigen: nichts"):
        assert challenge._request(text) == _challenge_request_plain(text), text
        assert challenge._request(text) == (challenge._REQUEST.search(text) is not None), text


def _leads_on_plain(text: str) -> bool:
    return success_sentences._LEADS_ON.search(text[-40:]) is not None


def test_leads_on_answers_as_its_pattern_on_every_line_and_built_ending() -> None:
    asked = 0
    for mail in _mails():
        lines = [line.strip() for line in mail.notice.split("\n")[:300] if line.strip()]
        for k, line in enumerate(lines):
            for text in (line, f"{lines[k - 1]} {line}" if k else line):
                assert success_sentences._leads_on(text) == _leads_on_plain(text), text
                asked += 1
    assert asked > 50_000
    # Every word of the pattern, cut before its last letter, then each ASCII character, in every case and before blanks:
    # an ending outside the set is never the pattern's match.
    words = ("to", "an", "a", "bij", "aan", "naar", "at", "pour", "para", "per", "following", "following recipient",
             "following recipients", "following address", "following addresse", "following addresses", "below", ":")
    for word in words:
        for case in (str.lower, str.upper, str.title):
            for c in map(chr, range(128)):
                for blanks in ("", " ", "\t\n", "\n"):
                    text = f"was delivered {case(word[:-1])}{c}{blanks}"
                    assert success_sentences._leads_on(text) == _leads_on_plain(text), text
                    if _leads_on_plain(text):
                        assert text.rstrip()[-1:] in success_sentences._LAST_OF_LEADS_ON or not text.rstrip(), text
    for text in ("zugestellt an", "remis à", "envoyé à :", "zugestellt für", "delivered to the following RECIPIENTS",
                 "delivered to ſ", "zugestellt an\u00a0", "delivered to\u2028", "to", "a", ":", " ", ""):
        assert success_sentences._leads_on(text) == _leads_on_plain(text), text



def _ends(items: list) -> tuple[set[str], bool]:
    """The characters a match of the parsed sequence `items` may end with, and whether it may match nothing, read from
    re's own parse tree; a node this does not know fails the test (the pattern grew a shape to think about)."""
    from re import _constants as c  # type: ignore[attr-defined]
    chars: set[str] = set()
    for op, av in reversed(items):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width
        if op is c.LITERAL:
            return chars | {chr(av)}, False
        if op is c.SUBPATTERN:
            inner, empty = _ends(list(av[3]))
        elif op is c.BRANCH:
            ends = [_ends(list(branch)) for branch in av[1]]
            inner, empty = set().union(*(e for e, _ in ends)), any(empty for _, empty in ends)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            inner, empty = _ends(list(av[2]))
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"a node to think about: {op}")
        chars |= inner
        if not empty:
            return chars, False
    return chars, True


def test_last_of_leads_on_holds_every_ascii_ending_of_the_pattern() -> None:
    import re
    from re import _parser  # type: ignore[attr-defined]
    pattern = success_sentences._LEADS_ON
    tree = list(_parser.parse(pattern.pattern, pattern.flags))
    blanks_then_end = list(_parser.parse(r"\s*$", pattern.flags))
    assert pattern.flags & re.IGNORECASE and str(tree[-2:]) == str(blanks_then_end)
    ends, empty = _ends(tree[:-2])
    assert not empty and {":", "o", "n", "à", "r", "s", "e", "w"} <= ends
    # The ASCII characters the engine matches to one of those ends, ignoring case (by its own rules: the Kelvin sign's
    # and the long s's too): the set, no more and no less.
    matched = {ch for ch in map(chr, range(128)) if any(re.fullmatch(re.escape(end), ch, pattern.flags) for end in ends)}
    assert matched == success_sentences._LAST_OF_LEADS_ON


_WENT_CALLERS = (("classifier.formats.intros", "went_through"), ("classifier.formats.recipients", "_went_through"),
                 ("classifier.formats.entry_notes", "went_through"))


def test_went_through_pieces_skip_only_texts_it_answers_no(monkeypatch) -> None:
    # outcome_words.went_through answers an ASCII text without any of _WENT_PIECES at once (speed only): every
    # _WENT_THROUGH match holds one, and the answer is the plain one (no piece skipped: "" is in every text) on every
    # text the classifier asked it about and on texts built around each outcome word, in other cases and beside hosts.
    from classifier.formats import outcome_words
    from tests.classifier.asked_texts import asked

    calls = asked(*_WENT_CALLERS)
    texts = sorted({args[0] for target in _WENT_CALLERS for args, _ in calls[target]})
    assert len(texts) > 30
    for word in ("delivered", "OK", "okay", "Success", "successful", "SUCCEEDED", "relayed", "accepted", "zugestellt",
                 "remis", "entregado", "consegnato", "afgeleverd", "2.0.0", "2.1.5"):
        texts += [word, f"Delivered: {word}", f"{word} to mx.p.example after a failed first attempt", f"not read, {word}",
                  f"mx1.p.example.{word} (then {word})", f"x{word}y", f"{word} ü", f"{word.upper()}:", f"fail, {word}"]
    for text in texts:
        for m in outcome_words._WENT_THROUGH.finditer(text):
            assert any(piece in m.group(0).lower() for piece in outcome_words._WENT_PIECES), m.group(0)
    answers = [outcome_words.went_through(text) for text in texts]
    monkeypatch.setattr(outcome_words, "_WENT_PIECES", ("",))
    assert answers == [outcome_words.went_through(text) for text in texts]
    assert 20 < sum(answers) < len(texts) - 20  # both answers among them
