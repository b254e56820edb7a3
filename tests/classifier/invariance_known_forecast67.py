"""Review forecast67's rows under the whole invariance grid (/work/notes/grid.py forecast67: 73 rows x every
transform): two changed readings, pinned (strict xfails: a reading that comes back is news). Both are LOST HARDS under
one transform, left unmended: the same change at main's 90ece652, before this review's mends."""

from __future__ import annotations

_WRAPPED_CODE = (
    "a prose-only notice (no DSN part) whose reply '550 5.1.1 <r>: Recipient address rejected: User unknown in virtual "
    "mailbox table' a 40-column tab-folded wrap breaks after its code: the address then opens a line of its own "
    "('\\t<r>:'), the prose reader takes that line as the recipient's and reads only the words after it, without '550 "
    "5.1.1'; the stage-less, code-less 'User unknown in ...' reads filtered, soft (the team's call for such words). A "
    "lost hard under this transform only; unwrapped, and at 72/66/60/50 columns, the row reads userunknown, hard")
KNOWN_FORECAST67: dict[tuple[str, str], str] = {
    ("wrap_40_tab", "forecast67:f67-05-pt-userunknown-prose"): _WRAPPED_CODE,
    ("wrap_40_tab", "forecast67:f67-43-pt-userunknown-prose"): _WRAPPED_CODE,
}
