"""Changed readings the whole invariance grid found over session 42's review rows (states57, frames57, langs57,
multi57, formats57, vintage57, lead42: 483 rows x 42 transforms, some 15,000 transformed readings) and left: each
soft either way or a bounce lost under a re-wrap of a hand-made layout, none a false hard (the grid's false hard, a
deferred address given its neighbour's "550 5.1.1 User unknown", and two lost hards were mended: review lead42).
Merged into test_review_invariance.KNOWN (strict xfails: a reading that comes back is news)."""

from __future__ import annotations

KNOWN42: dict[tuple[str, str], str] = {
    **{(t, "frames57:f57-zoho-att-addressee"): (
        "Zoho's one-line entry ('addr Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.1 <ADDR>... Addressee unknown') "
        "re-wrapped breaks 'Addressee' / 'unknown': the entry's line is no longer read whole and AT&T's 5.2.1 rule "
        "misses its words: filtered, a lost hard (the layout is hand-made after review 43's; Zoho writes one line)")
       for t in ("wrap_60", "wrap_50_flush")},
    ("wrap_60", "vintage57_mends:v57-control-imail-remote-reply"): "soft either way: mailboxfull -> onhold re-wrapped",
    ("wrap_50_flush", "vintage57:v57-sm5-host-unknown"): (
        "sendmail 5's '550 <domain> (TCP)... 550 Host' / 'unknown' flush at 50 columns: the verdict line is read alone, "
        "'Host' without 'unknown': onhold, a lost hard (the same without review vintage57's mends)"),
    ("wrap_40_tab", "multi57:m57-sm86-bare-list-transcript"): (
        "soft either way: the second address's '<<< 552 5.2.2' folded from its verdict line '554 5.0.0 ... Service "
        "unavailable', which is read alone: onhold for mailboxfull"),
    ("wrap_40_tab", "multi57:m57-qmail-reply-names-forward-target"): (
        "the internal forward target the reply names (info.taranaki@mailhost.internal) folded onto a line of its own "
        "reads as a third recipient, soft (filtered); the two mailed addresses read as before (no contact of ours)"),
    ("wrap_40_tab", "vintage57:v57-sm8-binmail-unknown-mailer"): "soft either way: mailererror -> systemerror",
}


# Not run (test_review_invariance.UNFAIR): audit 61's rows whose status part is already quoted-printable or base64
# (its mime.py rows); the b64_status / qp_status transforms encode it again, and base64 of QP is no report.
UNFAIR61: dict[tuple[str, str], str] = {
    (name, f"audit61:au61-{r}"): "the row's status part is already encoded (audit 61): encoded again it is no report"
    for name in ("b64_status", "qp_status")
    for r in ("pf-multi-qp-breaks-in-two-groups", "pf-multi-qp-real-encoder-long-replies", "pf-multi-base64",
              "pf-multi-base64-crlf", "pf-delay-base64", "pf-qp-local-part-with-equals", "gmail-qp-break-in-action",
              "pf-multi-qp-then-all-crcrlf", "fwd-attached-qp-report")}
