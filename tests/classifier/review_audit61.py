"""Audit 61: an ADVERSARIAL audit of the rules merged with reviews damaged60, groupware60, lead43 and audit60, aimed
where a false hard, a LOST hard (a failed recipient no longer read) or a lost delay costs most. This module: the
parser's CR CR LF rule (classifier/parse.normalise: one line end only where CR CR LF is most of the message's line
ends, so damage confined to one part or a few lines still doubles them into blank lines, splitting an RFC 3464 group
or an address from its reason) and the delivery-status part kept as sent (classifier/mime.py: a quoted-printable or
base64 report decoded whole) with several recipients, soft breaks a real 76-column encoder leaves, an address with
'=' in it, a report part that must NOT be decoded, a forwarded notice. review_audit61_more.py: MDaemon's / Sendmail's /
MXLogic's warning words beside failures, the new-address rule of formats/reply_rests.py, changed_address.py's
positives and false hards, severity's "the sending account". Expected rows written from the servers' words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "au61-<layout>-<what>"."""

from __future__ import annotations

from tests.classifier.review_audit61_layouts import CR_FEW, CR_PART, DS, crcrlf_part, crlf_with_stray
from tests.classifier.review_audit61_more import MORE_ROWS
from tests.classifier.review_damaged60 import B64, FULL, QP, pf_uu, qp_report
from tests.classifier.review_damaged60_layouts import (GMAIL_OUTER, forward_attached, line_ends, pf_boundary,
                                                       postfix_multi, reencoded)
from tests.classifier.review_damaged60_more import CR
from tests.classifier.review_holdout50 import PFS, g_nosuch, hard, later, soft
from tests.classifier.review_holdout50_layouts import EXIM_SRC, GMAIL_SRC, POSTFIX_SRC, postfix
from tests.classifier.review_lead43 import exim as exim_body
from tests.classifier.review_lead43 import qmail as qmail_body

UUR = "550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table"
FULLR = "552 5.2.2 <{a}> Quota exceeded (mailbox for user is full)"
MULTI = (f"{POSTFIX_SRC}; {PFS}; Dovecot LMTP quota text; Postfix's report for several recipients "
         "(review_damaged60_layouts.postfix_multi, RFC 3464 2.1 / 2.3 groups)")


def _three(rid: str, a: tuple[str, str, str], long: bool = False) -> bytes:
    """Postfix's report for three recipients: two unknown, the third's mailbox full (`long`: the remote replies long
    enough that an encoder's 76 columns break them)."""
    tail = (" - see https://postmaster.example-hosting.net/errors/5.1.1?ref=4f2a9c31b7e0d6a8 for details"
            if long else "")
    rows = []
    for i, x in enumerate(a):
        reply = (FULLR if i == 2 else UUR).format(a=x) + tail
        mx = "mx." + x.split("@")[1]
        rows.append((x, f"host {mx}[203.0.113.25] said: {reply} (in reply to RCPT TO command)",
                     "5.2.2" if i == 2 else "5.1.1", reply, mx))
    return postfix_multi(rid, rows)


def _expect_three(a: tuple[str, str, str]) -> list[tuple]:
    return hard(a[0]) + hard(a[1]) + soft(a[2], FULL)


A1 = ("k.brandt@hanse-logistik.de", "m.conti@officine-brera.it", "j.bakker@delta-haven.nl")
A2 = ("r.costa@porto-textil.pt", "p.wojcik@wisla-trade.pl", "l.romero@grupo-levante.es")
A3 = ("t.meyer@nordlicht-handel.de", "c.roche@atelier-roche.fr", "s.visser@delta-haven.nl")
A4 = ("n.schulz@hanse-logistik.de", "a.ricci@officine-brera.it", "j.navarro@grupo-levante.es")
A5 = ("f.wagner@nordlicht-handel.de", "s.laurent@atelier-roche.fr", "r.moore@kestrel-systems.co.uk")
A6 = ("o.lund@fjord-cargo.no", "e.virtanen@saimaa-puu.fi", "h.nielsen@kattegat-shipping.dk")

EXIM_TWO = ("  o.lund@fjord-cargo.no\n    host mx.fjord-cargo.no [203.0.113.30]\n    SMTP error from remote mail server "
            "after RCPT TO:<o.lund@fjord-cargo.no>:\n    550 5.1.1 <o.lund@fjord-cargo.no>: Recipient address rejected: "
            "User unknown\n  e.virtanen@saimaa-puu.fi\n    Unrouteable address\n")

# ---- line ends: CR CR LF confined to one part, or a few stray lines (below the parser's "most line ends") ----------
CR_ROWS = [
    ("au61-pf-multi-report-part-crcrlf", f"{MULTI}; {CR_PART} (the report part; the rest LF)",
     crcrlf_part(_three("c1", A1), pf_boundary("c1")), _expect_three(A1)),
    ("au61-pf-multi-crlf-report-part-crcrlf", f"{MULTI}; {CR_PART} (the rest CRLF)",
     crcrlf_part(_three("c2", A2), pf_boundary("c2")).replace(b"\r\r\n", b"\0").replace(b"\n", b"\r\n")
     .replace(b"\0", b"\r\r\n"), _expect_three(A2)),
    ("au61-pf-delay-report-part-crcrlf", f"{POSTFIX_SRC} (delay template); {CR_PART}",
     crcrlf_part(postfix("c3", "j.hughes@severn-boatyard.co.uk", reason="connect to mx.severn-boatyard.co.uk"
                         "[203.0.113.25]:25: Connection timed out", status="4.4.1", remote=None, action="delayed"),
                 pf_boundary("c3")), later("j.hughes@severn-boatyard.co.uk")),
    ("au61-exim-two-entries-stray-crcrlf", f"{EXIM_SRC}; {CR_FEW} (the failed list's lines only)",
     crlf_with_stray(exim_body("c4", EXIM_TWO, "o.lund@fjord-cargo.no, e.virtanen@saimaa-puu.fi"),
                     [b"o.lund@", b"host mx.", b"SMTP error", b"550 5.1.1", b"e.virtanen@", b"Unrouteable"]),
     hard("o.lund@fjord-cargo.no") + hard("e.virtanen@saimaa-puu.fi")),
    ("au61-pf-single-stray-crcrlf-final-recipient", f"{POSTFIX_SRC}; {PFS}; {CR_FEW} (Final-Recipient and Action)",
     crlf_with_stray(pf_uu("c5", "t.evans@brecon-slate.co.uk", "mx.brecon-slate.co.uk"),
                     [b"Final-Recipient:", b"Original-Recipient:", b"Action:"]), hard("t.evans@brecon-slate.co.uk")),
    ("au61-gmail-crlf-head-crcrlf-body", f"{GMAIL_SRC}; {CR} (the header CRLF, the body CR CR LF: most line ends)",
     (lambda r: r[:r.index(b"\n\n")].replace(b"\n", b"\r\n") + b"\r\n\r\n"
      + r[r.index(b"\n\n") + 2:].replace(b"\n", b"\r\r\n"))(g_nosuch("c6", "v.lindgren@gotaalv-frakt.se")),
     hard("v.lindgren@gotaalv-frakt.se")),
    ("au61-qmail-all-crcrlf", f"qmail-send.c bounce ('Sorry, no mailbox here by that name. (#5.1.1)'); {CR}",
     line_ends(qmail_body("c7", "<d.oneill@shannon-fresh.ie>:\nSorry, no mailbox here by that name. (#5.1.1)\n",
                          "d.oneill@shannon-fresh.ie"), b"\r\r\n"), hard("d.oneill@shannon-fresh.ie")),
    ("au61-pf-multi-qp-then-all-crcrlf", f"{MULTI}; {QP}; {CR}: soft breaks, then every line end CR CR LF",
     line_ends(qp_report(_three("c8", A3), pf_boundary("c8"),
                         [b"rfc822; c.roche@atel|ier-roche.fr", b"Status: 5.2|.2"]), b"\r\r\n"), _expect_three(A3)),
]

# ---- the report part transfer-encoded, several recipients ---------------------------------------------------------
_FWD = forward_attached(qp_report(pf_uu("q6", "b.hansen@odense-maskin.dk", "mx.odense-maskin.dk"), pf_boundary("q6"),
                                  [b"rfc822; b.hansen@odense-mas|kin.dk"]), "Priya Raman <priya.raman@example.com>",
                        "Hi Sam, this one came back to the shared inbox - can you check the address?")
_TOKEN = pf_uu("q7", "g.moretti@lago-tessile.it", "mx.lago-tessile.it").replace(
    b"User unknown in virtual mailbox table\n", b"User unknown in virtual mailbox table; id=dGVzdA==\n")
ENC_ROWS = [
    ("au61-pf-multi-qp-breaks-in-two-groups", f"{MULTI}; {QP}: soft breaks inside the second and third addresses "
     "and the third status",
     qp_report(_three("q1", A4), pf_boundary("q1"), [b"rfc822; a.ricci@offic|ine-brera.it",
               b"rfc822; j.navarro@grupo|-levante.es", b"Status: 5.2|.2"]), _expect_three(A4)),
    ("au61-pf-multi-qp-real-encoder-long-replies", f"{MULTI}; {QP}: Python quopri (76 columns) over replies long "
     "enough to break, '=' in the URLs encoded",
     reencoded(_three("q2", A5, long=True), DS, pf_boundary("q2"), "quoted-printable"), _expect_three(A5)),
    ("au61-pf-multi-base64", f"{MULTI}; {B64}",
     reencoded(_three("q3", A6), DS, pf_boundary("q3"), "base64"), _expect_three(A6)),
    ("au61-pf-multi-base64-crlf", f"{MULTI}; {B64} (CRLF canonical text inside the base64)",
     reencoded(_three("q4", A1), DS, pf_boundary("q4"), "b64-crlf"), _expect_three(A1)),
    ("au61-pf-delay-base64", f"{POSTFIX_SRC} (delay template); {B64}",
     reencoded(postfix("q5", "i.kowalczyk@baltyk-stal.pl", reason="host mx.baltyk-stal.pl[203.0.113.25] said: 452 4.2.2 "
                       "Mailbox full (in reply to RCPT TO command)", status="4.2.2", remote="mx.baltyk-stal.pl",
                       diag="452 4.2.2 Mailbox full", action="delayed"), DS, pf_boundary("q5"), "base64"),
     later("i.kowalczyk@baltyk-stal.pl")),
    ("au61-fwd-attached-qp-report", f"{POSTFIX_SRC}; {PFS}; {QP}; a colleague's forward as attachment (the notice, "
     "its report quoted-printable, one level down)", _FWD, hard("b.hansen@odense-maskin.dk")),
    ("au61-pf-7bit-report-token-ends-in-equals", f"{POSTFIX_SRC}; {PFS}; RFC 2045 6.1 (no Content-Transfer-Encoding: "
     "7bit; nothing to decode): a reply token ending '==' (control: not a soft break)",
     _TOKEN, hard("g.moretti@lago-tessile.it")),
    ("au61-pf-qp-local-part-with-equals", f"{POSTFIX_SRC}; {PFS}; {QP}; RFC 5322 3.2.3 ('=' is atext): the local part "
     "'sales=nord' encoded '=3D'",
     qp_report(pf_uu("q8", "sales=nord@hanse-logistik.de", "mx.hanse-logistik.de"), pf_boundary("q8"), []),
     hard("sales=nord@hanse-logistik.de")),
    ("au61-gmail-qp-break-in-action", f"{GMAIL_SRC}; {QP}: a soft break inside 'Action: failed' (a final failure "
     "stays final)",
     qp_report(g_nosuch("q9", "y.tanaka@setouchi-kaiun.co.jp"), GMAIL_OUTER, [b"Action: fa|iled"]),
     hard("y.tanaka@setouchi-kaiun.co.jp")),
]

ROWS = CR_ROWS + ENC_ROWS + MORE_ROWS
