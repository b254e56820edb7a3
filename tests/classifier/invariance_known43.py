"""Changed readings the whole invariance grid found over session 43's review rows and left (strict xfails: a reading
that comes back is news). Each is soft either way or a row that is itself a strict xfail of its review; none a false
hard (the grid's false hards, a new address under "New address:" read failed, were mended: reviews lead43, audit61).
The whole grid at 99b76c10: 30,800 rows x 42 transforms, 993,485 transformed readings, these 7 and the eai60 row's 4
changed, nothing else."""

from __future__ import annotations

KNOWN43: dict[tuple[str, str], str] = {
    **{(t, "eai60:ea60-plain-prose-list-comma-full-stop"): (
        "a strict xfail of review eai60 (prose reads the first address of 'failed permanently for a@x, b@x.' alone); "
        "re-wrapped, each address stands on a line of its own and the 'Reason: 550 5.1.1 no such user here' below is "
        "read for the last one only: b@x hard, a@x onhold (a lost hard, the other found)")
       for t in ("wrap_60", "wrap_50_flush", "wrap_40_tab", "wrap_66_folded")},
    **{(t, "triage61:tr61-zoho-two-outgoing-blocked"): (
        "Zoho's one-line entries ('<addr> Invalid Address, ERROR_CODE :550, ERROR_CODE :5.4.6 Unusual sending "
        "activity detected.', a hand-made layout after review 43's; Zoho writes one line each) re-wrapped: the second "
        "entry's head or its reply breaks, that address lost or the block of OUR account read without its words "
        "(filtered / networkerror in the recipient's scope: a soft count on the lead). Soft either way; as KNOWN42's "
        "frames57 Zoho entry") for t in ("wrap_72", "wrap_60", "wrap_50_flush", "wrap_40_tab", "wrap_66_folded")},
    ("wrap_40_tab", "triage61:tr61-control-zoho-mailbox-unavailable"): (
        "soft either way: Zoho's one-line entry re-wrapped at 40 with tabs, 'mailbox unavailable' read without its "
        "entry's head: filtered -> onhold"),
    ("wrap_40_tab", "audit61:au61-mdaemon-warning-transcript-names-another"): (
        "the same two readings in the other order (the transcript's address and the warned one): no reading changed"),
}
