"""Damaged 60's mend rows (after the first run; review_damaged60.py says how expectations were written): the two mends
(classifier/mime.py keeps a delivery-status part's text as sent, so one sent quoted-printable is decoded whole rather
than from its first block; classifier/parse.py reads CR CR LF, where it is the message's line end, as one line end)
each with rows that fail without it and controls that read the same before and after."""

from __future__ import annotations

from tests.classifier.review_damaged60 import FULL, QP, qp_report
from tests.classifier.review_damaged60_layouts import EXO_BOUNDARY, GMAIL_OUTER, line_ends, pf_boundary
from tests.classifier.review_damaged60_more import CR
from tests.classifier.review_holdout50 import PFS, exo_remote, g_nosuch, hard, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import EXO_SRC, GMAIL_SRC, POSTFIX_SRC, postfix

EXO_FULL_REPLY = ("554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
                  "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception")


def _delay(rid: str, a: str) -> bytes:
    return postfix(rid, a, reason=f"connect to mx.{a.split('@')[1]}[203.0.113.25]:25: Connection timed out",
                   status="4.4.1", remote=None, action="delayed")


def _stray_cr(raw: bytes) -> bytes:
    """CRLF line ends, one line (the Diagnostic-Code) ending in a stray CR before its CRLF."""
    crlf = raw.replace(b"\n", b"\r\n")
    at = crlf.index(b"\r\n", crlf.index(b"Diagnostic-Code:"))
    return crlf[:at] + b"\r" + crlf[at:]


MEND_ROWS = [
    ("dm60-mend-gmail-qp-address", f"{GMAIL_SRC}; {QP}: the report part quoted-printable, soft breaks inside the "
     "Final-Recipient address and the status",
     qp_report(g_nosuch("m1", "v.lindgren@gotaalv-frakt.se"), GMAIL_OUTER,
         [b"rfc822; v.lindgren@gota|alv-frakt.se", b"Status: 5.|1.1"]), hard("v.lindgren@gotaalv-frakt.se")),
    ("dm60-mend-exo-qp-remote-full", f"{EXO_SRC}; learn.microsoft.com 'Fix email delivery issues for error code 5.2.2 "
     f"in Exchange Online'; {QP}: soft breaks inside the address and the remote's status",
     qp_report(exo_remote("m2", "a.sorensen@kattegat-shipping.dk", EXO_FULL_REPLY, "5.2.2", "mx.kattegat-shipping.dk"),
         EXO_BOUNDARY, [b"rfc822;a.sorensen@kattegat-ship|ping.dk", b"Status: 5.2|.2"]),
     soft("a.sorensen@kattegat-shipping.dk", FULL)),
    ("dm60-mend-pf-delay-qp-action", f"{POSTFIX_SRC} (delay template); {QP}: a soft break inside 'Action: delayed' "
     "(control: a warning stays a warning)",
     qp_report(_delay("m3", "j.hughes@severn-boatyard.co.uk"), pf_boundary("m3"), [b"Action: del|ayed"]),
     later("j.hughes@severn-boatyard.co.uk")),
    ("dm60-mend-pf-qp-no-breaks", f"{POSTFIX_SRC}; {PFS}; {QP}: the report part labelled quoted-printable with "
     "nothing to decode (control)",
     qp_report(pf_remote("m4", "t.evans@brecon-slate.co.uk", "550 5.1.1 <t.evans@brecon-slate.co.uk>: Recipient address "
                   "rejected: User unknown in virtual mailbox table", "5.1.1", "mx.brecon-slate.co.uk"),
         pf_boundary("m4"), []), hard("t.evans@brecon-slate.co.uk")),
    ("dm60-mend-pf-delay-cr-cr-lf", f"{POSTFIX_SRC} (delay template); {CR}: CR CR LF line ends",
     line_ends(_delay("m5", "l.dupont@meuse-acier.be"), b"\r\r\n"), later("l.dupont@meuse-acier.be")),
    ("dm60-mend-exo-cr-cr-lf", f"{EXO_SRC}; {CR}: CR CR LF line ends",
     line_ends(exo_remote("m6", "f.rahman@sylhet-tea.com.bd", EXO_FULL_REPLY, "5.2.2", "mx.sylhet-tea.com.bd"),
               b"\r\r\n"), soft("f.rahman@sylhet-tea.com.bd", FULL)),
    ("dm60-mend-pf-crlf-one-stray-cr", f"{POSTFIX_SRC}; {PFS}; {CR}: CRLF line ends, one line with a stray CR before "
     "its CRLF (control: CRLF stays the line end)",
     _stray_cr(pf_remote("m7", "o.murphy@kerry-fisheries.ie", "550 5.1.1 <o.murphy@kerry-fisheries.ie>: Recipient "
                         "address rejected: User unknown in virtual mailbox table", "5.1.1",
                         "mx.kerry-fisheries.ie")), hard("o.murphy@kerry-fisheries.ie")),
]
