"""Review leftovers66's rows under the whole invariance grid (/work/notes/grid.py leftovers66: audit65: 93 rows x every
transform): one changed reading, pinned (a strict xfail: a reading that comes back is news). No false hard, no lost
hard; the same change at main's 1604a224, before this review's mends."""

from __future__ import annotations

KNOWN_LEFTOVERS66: dict[tuple[str, str], str] = {
    ("blank_lines", "leftovers66:l66-ex10-control-two-recipients-one-line"): (
        "Exchange 2010's first recipient has no user line and no admin line (Status 5.0.0, no Diagnostic-Code): nothing "
        "says why, read onhold; with blank lines between every line the text around it reads undefined. Both soft "
        "readings of no cause; the second recipient's '#SMTP#' full mailbox reads the same"),
}
