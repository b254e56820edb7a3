"""Review audit65b's rows under the whole invariance grid (notes/grid.py audit65b outside65: 71 rows): four changed
readings, strict xfails (a reading that comes back is news). Each adds the live address a reply names to write to
instead as a second, SOFT failed recipient once a width moves it to a line of its own; the dead address stays hard.
None is a false hard, none a lost hard."""

from __future__ import annotations

_ALTERNATIVE = ("qmail's 'Remote host said: 550 5.1.6 This address is no longer in use. Alternative address: <info@>' "
                "broken after the sentence's full stop: the label line 'Alternative address: <info@>' stands alone, "
                "with no reply code on its line, which reply_rests.names_instead needs; info@ read a second, soft "
                "recipient (expired); lead@ stays hasmoved, hard")
_USE = ("Exim's '550 5.1.1 Unknown user; use' / 'info@... instead' (flush at 50): the address opens its line with a word "
        "after it, neither a bare address below the reply (reply_object's) nor after the code on its line "
        "(names_instead's); info@ read a second, soft recipient (onhold); lead@ stays userunknown, hard")

KNOWN_AUDIT65B: dict[tuple[str, str], str] = {
    **{(t, "audit65b:a65b-rs-qmail-alternative-address"): _ALTERNATIVE
       for t in ("wrap_72", "wrap_66_folded", "wrap_40_tab")},
    ("wrap_50_flush", "audit65b:a65b-rs-exim-use-instead"): _USE,
}
