"""Review leftovers65's rows under the whole invariance grid (/work/notes/grid.py leftovers65: 23 rows x every
transform): one unfair case, no changed reading pinned. None is a false hard."""

from __future__ import annotations

UNFAIR_LEFTOVERS65: dict[tuple[str, str], str] = {
    ("other_host", "leftovers65:lo65-route-ctl-qmail-own-subdomain-address"): (
        "the transform renames the recipient's own domain in qmail's text ('mail.dal-tre.example' -> "
        "'mail-out2.dal-tre.example') as if it were the reporting host: a name that is not the recipient's domain is "
        "qmail-remote's smtproutes relay (notqmail qmail-remote.c perm_dns), so another message, read ours, soft (as "
        "audit64's a64-qmail-subdomain-address)"),
}
