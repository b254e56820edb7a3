"""The suppression list: addresses not to email, for another sending tool or an ESP. An
address is on it while the store knows it to hard-bounce (a trusted recipient-side hard
bounce, not undone) or while a contact's mark for it stands (soft bounces escalated).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from sync.insight.words import reason_label

COLUMNS = ("address", "reason", "reason_words", "hard", "bounced_at", "mailbox", "contacts")


def rows(known_hard: Iterable[Mapping[str, Any]],
         marked: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per address, sorted: the reason and date of the bounce that put it there,
    and the CRM contacts marked for it (`crm:id`, `;`-separated)."""
    out: dict[str, dict[str, Any]] = {}
    contacts: dict[str, list[str]] = {}
    for b in marked:
        if b["contact_id"]:
            contacts.setdefault(b["address"], []).append(f"{b['crm']}:{b['contact_id']}")
        out.setdefault(b["address"], {"address": b["address"], "reason": b["reason"],
                                      "hard": b["hard"], "bounced_at": b["at"], "mailbox": b["mailbox"]})
    for k in known_hard:  # the bounce that taught it, for the reason and date
        out[k["address"]] = {"address": k["address"], "reason": k["reason"], "hard": True,
                             "bounced_at": k["at"], "mailbox": k["mailbox"]}
    for address, row in out.items():
        row["reason_words"] = reason_label(row["reason"])
        row["contacts"] = ";".join(dict.fromkeys(contacts.get(address, ())))
    return [out[a] for a in sorted(out)]


def write_csv(stream: TextIO, items: Iterable[Mapping[str, Any]]) -> None:
    """RFC 4180 CSV with a header line; dates in ISO 8601 UTC."""
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    for r in items:
        writer.writerow([r["address"], r["reason"], r["reason_words"], "hard" if r["hard"] else "soft",
                         r["bounced_at"].isoformat() if r["bounced_at"] else "", r["mailbox"] or "",
                         r["contacts"]])
