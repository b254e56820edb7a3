"""`lower_once(text)`: `text.lower()`, made once for the few texts a message's readers each lowercase in turn.

A notice's whole text (`Mail.text`) and its cut before the returned original (`Mail.notice`) were lowercased again by
each reader that looks for its words in them: original_section, whole_addresses, lines_about (`formats.lower_of`),
the RFC 3464 reader's last resort, exim_moan and notice_head (their heads), transcript's, challenge's: a third of the
characters the classifier lowercased per corpus pass (1.6 of 5.0 million; half of the non-ASCII ones, which cost some
80 instructions each to lowercase). Here the last few texts asked are remembered, by identity, with their lowercase,
which a text's head (`lower_head`) and the notice (`remember_head`) are then cut from.

A cut of the lowercase is the lowercase of the cut wherever lowercasing maps each character to one of its own
(`_per_character`): in Python, every character but U+0130 ("İ", lowercased to two: "i" and a combining dot) and
U+03A3 ("Σ", whose lowercase depends on the letters after it). Elsewhere the head is lowercased itself, as before.
"""

from __future__ import annotations

# id(text) -> (text, its lowercase, a cut of it is the cut's lowercase): the texts of the message being read (`Mail`
# forgets the last message's: their big strings freed at once, not one by one in another message's reading), at most
# a few (a message asks for its text and notice; original_section for the other texts it is given).
_KEEP = 4
_TEXTS: dict[int, tuple[str, str, bool]] = {}


def forget() -> None:
    """A new message: the texts remembered are another's."""
    _TEXTS.clear()


def _per_character(text: str) -> bool:
    return text.isascii() or ("\u0130" not in text and "\u03a3" not in text)


def _remember(text: str, low: str, cuttable: bool) -> None:
    if len(_TEXTS) >= _KEEP:
        # The oldest. (Threads classifying at once share the memo: another may have dropped it, or cleared all, between
        # the two steps; the answers never mix, each entry holding its own text, and losing one costs a lowercase.)
        try:
            del _TEXTS[next(iter(_TEXTS))]
        except (KeyError, RuntimeError, StopIteration):
            pass
    _TEXTS[id(text)] = (text, low, cuttable)  # (the text held: no other object has its id while it is here)


def lower_once(text: str) -> str:
    """`text.lower()` (remembered for the last few texts asked)."""
    known = _TEXTS.get(id(text))
    if known is not None and known[0] is text:
        return known[1]
    low = text.lower()
    _remember(text, low, _per_character(text))
    return low


def lower_head(text: str, n: int) -> str:
    """`text[:n].lower()`: cut from `text`'s lowercase where that is remembered (and cuts keep it exact)."""
    known = _TEXTS.get(id(text))
    if known is not None and known[0] is text and known[2]:
        return known[1][:n]
    return text[:n].lower()


def remember_head(head: str, text: str) -> None:
    """`head` is `text[:len(head)]`: its lowercase, where `text`'s is remembered, is a cut of that (no lowercasing)."""
    known = _TEXTS.get(id(text))
    if head is not text and known is not None and known[0] is text and known[2]:
        _remember(head, known[1][:len(head)], True)
