"""Damaged 60: a MEASUREMENT of the classifier on real bounces DAMAGED on the way, as mail systems damage them: broken
MIME structure (a missing closing delimiter, a boundary parameter that no longer matches its delimiters: re-cased,
single-quoted, unquoted with a '/', lost with its folded line, a footer tool's early close), a delivery-status part
cut mid-field by a size limit or a partial fetch, per-recipient groups run together with no blank line, a gateway's
re-encoding of the report part (base64 of CRLF text, unpadded base64, quoted-printable soft breaks inside a status or
an address, a CTE label that lies), Sun/Oracle IMTA's message/partial fragments (this module); returned messages cut
at N bytes or returned as headers only, bare CR and mixed line ends, text in a charset declared wrongly or not at all,
a whole notice flattened to text/plain, a person's forwards, fields folded with tabs at odd places, NUL bytes and
overlong lines, and controls (a damaged delay, success report and sender-limit notice) in review_damaged60_more.py.

Not repeated: tests/classifier/transport*.py's well-formed re-encodings, re-folds, CRLF padding, charset labels,
998-wraps and attached forwards; review layouts42's QP soft break in a text part's address and hard-wrapped address;
review formats57's malformed Final-Recipient values. Whole notices built by review_holdout50_layouts.py's generators
then damaged byte by byte (review_damaged60_layouts.py). Expected rows (address, hard, reasons, scope, delay; [] = no
bounce) written from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed
first): the damage changes nothing the notice says, so the expectation is the undamaged notice's meaning where the
damaged bytes still carry it, and nothing is to be claimed from what the damage destroyed (a cut address, a cut part).
Names "dm60-<generator>-<damage>"."""

from __future__ import annotations

from tests.classifier.review_damaged60_layouts import (EXO_BOUNDARY, GMAIL_OUTER, cut_after, edit, part_span,
                                                       partial, pf_boundary, postfix_multi, qp_broken, reencoded,
                                                       without_close)
from tests.classifier.review_holdout50 import DOVECOT, PFS, SPAMHAUS, S, exo_unknown, g_nosuch, hard, pf_remote, soft
from tests.classifier.review_holdout50_layouts import (EXO_SRC, GMAIL_SRC, POSTFIX_SRC, SENDMAIL_SRC,
                                                       exchange_old, sendmail)

FULL, BLOCK = ("mailboxfull",), ("blocked", "badreputation")
DS = b"Content-Type: message/delivery-status"
RFC2046 = ("RFC 2046 5.1.1 (the boundary delimiter is '--' + the boundary parameter; the close-delimiter '--' after "
           "it; 'parameter values are normally case sensitive', RFC 2045 5.1)")
RFC3464 = ("RFC 3464 2.1 (per-message fields, then one group of per-recipient fields each, groups separated by a "
           "blank line) and 2.3 (Final-Recipient, Action, Status required per recipient)")
SIZE_CUT = ("a size limit or partial fetch that ends a stored notice mid-line: IMAP BODY[]<0.N> partial fetch "
            "(RFC 3501 6.4.5) as clients fetch previews, and mail archivers' per-message size caps")
QP = "RFC 2045 6.7 (quoted-printable: rule 5 soft line breaks '=' at line end, lines of at most 76 characters)"
B64 = "RFC 2045 6.8 (base64; text is encoded in its canonical CRLF form)"
IMTA = ("Oracle Communications Messaging Server / Sun IMTA channel keywords maxblocks / maxlines: 'Messages larger "
        "than the set limits are automatically split (fragmented) into multiple, smaller messages' of type "
        "message/partial (docs.oracle.com 'Automatic Fragmentation of Large Messages'); RFC 2046 5.2.2")


def pf_uu(rid: str, a: str, mx: str) -> bytes:
    """Postfix returning the remote Postfix's reject_unlisted_recipient refusal."""
    return pf_remote(rid, a, f"550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table",
                     "5.1.1", mx)


def pf_full(rid: str, a: str, mx: str) -> bytes:
    """Postfix returning a Dovecot LMTP quota refusal."""
    return pf_remote(rid, a, f"552 5.2.2 <{a}> Quota exceeded (mailbox for user is full)", "5.2.2", mx)


def _boundary_rows() -> list[tuple]:
    a1, a2, a3, a4 = ("d.mcallister@harbourline-freight.ie", "t.okonkwo@brightfield-agri.co.za",
                      "m.lindqvist@norrhamn-logistik.se", "r.castellano@vallverde-foods.es")
    b1, b3, b4 = pf_boundary("a1"), pf_boundary("a5"), pf_boundary("a8")
    g = g_nosuch("a3", a3)
    sm = sendmail("a6", a4, remote="mx1.vallverde-foods.es", rcpt_reply=f"550 5.1.1 <{a4}>... User unknown",
                  status="5.1.1")
    smb = b"59Ea6.1760433164/smtp.example.org"
    return [
        ("dm60-pf-no-close-delimiter", f"{POSTFIX_SRC}; {RFC2046}: the close-delimiter and epilogue lost (a relay "
         "that stored the notice cut at its last line, an MUA's export)",
         without_close(pf_uu("a1", a1, "mx.harbourline-freight.ie"), b1), hard(a1)),
        ("dm60-pf-no-close-original-cut", f"{POSTFIX_SRC}; {RFC2046}: the notice ends inside the returned message, "
         "no close-delimiter (cut at a line end of the original's body)",
         cut_after(pf_uu("a2", a2, "mx1.brightfield-agri.co.za"), b"Do you have 15 minutes", 10), hard(a2)),
        ("dm60-gmail-inner-and-outer-close-lost", f"{GMAIL_SRC}; {RFC2046}: the alternative's close-delimiter and the "
         "report's both lost",
         without_close(edit(g, b"--000000000000a1b3--\n", b""), GMAIL_OUTER), hard(a3)),
        ("dm60-pf-boundary-param-lowercased", f"{POSTFIX_SRC}; {RFC2046}: a header-normalising filter lowercased the "
         "Content-Type value, so the boundary parameter no longer matches the delimiters' capitals",
         edit(pf_uu("a5", a4.replace("r.castellano", "p.ibarra"), "mx.vallverde-foods.es"), b'boundary="' + b3 + b'"',
              b'boundary="' + b3.lower() + b'"'), hard(a4.replace("r.castellano", "p.ibarra"))),
        ("dm60-exo-boundary-single-quoted", f"{EXO_SRC}; RFC 2045 5.1 (a parameter value is a token or a "
         "quoted-string in DOUBLE quotes): a gateway rewrote the header with single quotes, which become part of "
         "the value",
         edit(exo_unknown("a4", "k.wilson@alderbank-legal.co.uk"), b'boundary="_000_ndr_"', b"boundary='_000_ndr_'"),
         hard("k.wilson@alderbank-legal.co.uk")),
        ("dm60-sendmail-boundary-unquoted-slash", f"{SENDMAIL_SRC}; RFC 2045 5.1 ('/' is a tspecial: a value holding "
         "it must be quoted): a gateway re-wrote Sendmail's boundary unquoted",
         edit(sm, b'boundary="' + smb + b'"', b"boundary=" + smb), hard(a4)),
        ("dm60-pf-boundary-fold-line-lost", f"{POSTFIX_SRC}; RFC 5322 2.2.3 (a folded field's continuation line "
         "belongs to it): a filter that keeps only a field's first line dropped Postfix's '\\tboundary=...' line",
         edit(pf_uu("a8", "s.achterberg@dijkstra-bouw.nl", "mx.dijkstra-bouw.nl"),
              b";\n\tboundary=\"" + b4 + b"\"", b";"), hard("s.achterberg@dijkstra-bouw.nl")),
        ("dm60-pf-footer-closed-early", f"{POSTFIX_SRC}; {RFC2046} (what follows the close-delimiter is epilogue); a "
         "disclaimer tool (alterMIME --disclaimer) that closed the multipart after the first part and its footer",
         edit(pf_uu("a9", "h.baptiste@quaiouest-transit.fr", "mx.quaiouest-transit.fr"),
              b"\n--" + pf_boundary("a9") + b"\nContent-Description: Delivery report",
              b"\n--" + pf_boundary("a9") + b"\nContent-Type: text/plain\n\nThis email has been scanned by the "
              b"Example Mail Gateway.\n\n--" + pf_boundary("a9") + b"--\n\n--" + pf_boundary("a9") +
              b"\nContent-Description: Delivery report"), hard("h.baptiste@quaiouest-transit.fr")),
        ("dm60-pf-delimiter-padding", f"{POSTFIX_SRC}; RFC 2046 5.1.1 ('receivers MUST be able to handle padding "
         "added by message transports'): trailing blanks after every delimiter",
         edit(pf_full("a7", "l.moreau@cotebleue-hotels.fr", "mx.cotebleue-hotels.fr"), pf_boundary("a7") + b"\n",
              pf_boundary("a7") + b" \t \n", 0), soft("l.moreau@cotebleue-hotels.fr", FULL)),
        ("dm60-oldexch-boundary-in-preamble-only", f"Exchange 2013/2016 NDR (learn.microsoft.com 'Non-delivery reports "
         f"in Exchange Server'); {RFC2046}: the first delimiter line lost (a relay that ate the blank-line-delimited "
         "preamble's last line), so the text part joins the preamble",
         edit(exchange_old("a10", "b.oyelaran@lagoscity-bank.com", explain="The e-mail address you entered couldn't "
                           "be found.", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                           "address lookup", status="5.1.10"), b"\n--_ex_\nContent-Type: text/plain", b"\n"
              b"Content-Type: text/plain"), hard("b.oyelaran@lagoscity-bank.com")),
    ]


def _dsn_rows() -> list[tuple]:
    a1, a2, a3 = "f.gallagher@kinsale-seafoods.ie", "y.tanaka@seiryu-denki.co.jp", "o.adeyemi@ikeja-pharma.ng"
    exo_a = "n.verbeek@zuidkust-energie.nl"
    two = [("c.navarro@altamar-shipping.es", "host mx.altamar-shipping.es[203.0.113.25] said: 550 5.1.1 "
            "<c.navarro@altamar-shipping.es>: Recipient address rejected: User unknown in virtual mailbox table (in "
            "reply to RCPT TO command)", "5.1.1", "550 5.1.1 <c.navarro@altamar-shipping.es>: Recipient address "
            "rejected: User unknown in virtual mailbox table", "mx.altamar-shipping.es"),
           ("e.pujol@altamar-shipping.es", "host mx.altamar-shipping.es[203.0.113.25] said: 552 5.2.2 "
            "<e.pujol@altamar-shipping.es> Quota exceeded (mailbox for user is full) (in reply to end of DATA "
            "command)", "5.2.2", "552 5.2.2 <e.pujol@altamar-shipping.es> Quota exceeded (mailbox for user is full)",
            "mx.altamar-shipping.es")]
    pair = [("c.navarro@altamar-shipping.es", True, ("userunknown",), "recipient", False),
            ("e.pujol@altamar-shipping.es", False, FULL, "recipient", False)]
    return [
        ("dm60-pf-dsn-cut-mid-diagnostic", f"{POSTFIX_SRC}; {PFS}; {SIZE_CUT}: cut inside the Diagnostic-Code",
         cut_after(pf_uu("b1", a1, "mx.kinsale-seafoods.ie"), b"Diagnostic-Code: smtp; 550 5.1.1", 60), hard(a1)),
        ("dm60-gmail-dsn-cut-after-action", f"{GMAIL_SRC}; {SIZE_CUT}: cut at 'Action: fai', no Status", cut_after(
            g_nosuch("b2", a2), b"Action: failed", 11), hard(a2)),
        ("dm60-pf-dsn-cut-mid-status", f"{POSTFIX_SRC}; {DOVECOT}; {SIZE_CUT}: cut at 'Status: 5.2'",
         cut_after(pf_full("b3", a3, "mx.ikeja-pharma.ng"), b"Status: 5.2.2", 11), soft(a3, FULL)),
        ("dm60-exo-dsn-cut-mid-address", f"{EXO_SRC}; {SIZE_CUT}: cut inside the Final-Recipient's address (the "
         "cut 'n.verb' is no recipient; the text part names the whole one)",
         cut_after(exo_unknown("b4", exo_a), b"Final-Recipient: rfc822;" + exo_a.encode(), 30), hard(exo_a)),
        ("dm60-pf-dsn-cut-before-report", f"{POSTFIX_SRC}; {SPAMHAUS}; {SIZE_CUT}: the delivery-status part lost "
         "whole (cut at its delimiter), only Postfix's text part left",
         cut_after(pf_remote("b5", "g.ferreira@portovivo-imoveis.pt", "554 5.7.1 Service unavailable; Client host "
                             "[198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/"
                             "198.51.100.7", "5.7.1", "mx.portovivo-imoveis.pt"), b"\n--" + pf_boundary("b5") +
                   b"\nContent-Description: Delivery report", 0), soft("g.ferreira@portovivo-imoveis.pt", BLOCK, S)),
        ("dm60-pf-no-blank-after-per-message", f"{POSTFIX_SRC}; {PFS}; {RFC3464}: the blank line between the "
         "per-message and the first per-recipient fields missing",
         postfix_multi("b6", two[:1], head_blank=False), hard("c.navarro@altamar-shipping.es")),
        ("dm60-pf-two-groups-no-blank", f"{POSTFIX_SRC}; {PFS}; {DOVECOT}; {RFC3464}: two recipients' groups run "
         "together with no blank line", postfix_multi("b7", two, blank=False), pair),
        ("dm60-pf-two-groups-no-blanks-at-all", f"{POSTFIX_SRC}; {PFS}; {DOVECOT}; {RFC3464}: no blank line after "
         "the per-message fields nor between the groups", postfix_multi("b8", two, blank=False, head_blank=False),
         pair),
        ("dm60-gmail-dsn-b64-crlf", f"{GMAIL_SRC}; {B64}: a Windows gateway re-encoded the report part as base64 of "
         "its CRLF form (CRLF CRLF between the groups inside the base64, LF outside)",
         reencoded(g_nosuch("b9", "a.kowalczyk@wislaport-logistyka.pl"), DS, GMAIL_OUTER, "b64-crlf"),
         hard("a.kowalczyk@wislaport-logistyka.pl")),
        ("dm60-pf-dsn-b64-unpadded", f"{POSTFIX_SRC}; {PFS}; {B64}: the base64 report part lost its '=' padding and "
         "final line (a gateway's size cut inside the encoding)",
         _unpadded(pf_uu("b10", "i.petrov@dunavsko-agro.bg", "mx.dunavsko-agro.bg"), pf_boundary("b10")),
         hard("i.petrov@dunavsko-agro.bg")),
        ("dm60-pf-dsn-qp-break-in-status", f"{POSTFIX_SRC}; {PFS}; {QP}: the report part quoted-printable with soft "
         "breaks inside 'Status: 5.1.1' and the reply code",
         qp_report(pf_uu("b11", "w.brennan@clonmel-dairy.ie", "mx.clonmel-dairy.ie"), pf_boundary("b11"),
             [b"Status: 5.1|.1", b"550 5.|1.1 <w.brennan"]), hard("w.brennan@clonmel-dairy.ie")),
        ("dm60-exo-dsn-qp-break-in-address", f"{EXO_SRC}; {QP}: soft breaks inside the Final-Recipient address "
         "and the status",
         qp_report(exo_unknown("b12", "j.vandermeer@oosterschelde-visserij.nl"), EXO_BOUNDARY,
             [b"rfc822;j.vandermeer@oosterschel|de-visserij.nl", b"Status: 5.1.1|0"]),
         hard("j.vandermeer@oosterschelde-visserij.nl")),
        ("dm60-pf-dsn-cte-label-lies", f"{POSTFIX_SRC}; {PFS}; RFC 2045 6.1 (the label names the encoding applied): a "
         "gateway added 'Content-Transfer-Encoding: base64' to the report part without encoding it",
         edit(pf_uu("b13", "k.mensah@volta-cocoa.com.gh", "mx.volta-cocoa.com.gh"), DS + b"\n",
              DS + b"\nContent-Transfer-Encoding: base64\n"), hard("k.mensah@volta-cocoa.com.gh")),
        ("dm60-pf-dsn-b64-label-lost", f"{POSTFIX_SRC}; {PFS}; {B64}: the report part base64-encoded but its "
         "Content-Transfer-Encoding field dropped (the encoded blob read as the part's text)",
         _label_lost(pf_uu("b14", "p.szabo@tisza-mezogazdasag.hu", "mx.tisza-mezogazdasag.hu"), pf_boundary("b14")),
         hard("p.szabo@tisza-mezogazdasag.hu")),
    ]


def _unpadded(raw: bytes, boundary: bytes) -> bytes:
    """The report part base64-encoded, then its last encoded line and padding lost."""
    enc = reencoded(raw, DS, boundary, "base64")
    start, end = part_span(enc, b"Content-Transfer-Encoding: base64", boundary)
    lines = enc[start:end].rstrip(b"\n").split(b"\n")
    kept = b"\n".join(lines[:-1]).rstrip(b"=") + b"\n"
    return enc[:start] + kept + enc[end:]


def qp_report(raw: bytes, boundary: bytes, breaks: list[bytes]) -> bytes:
    """The report part quoted-printable, with soft breaks inside `breaks`."""
    start, end = part_span(raw, DS, boundary)
    body = qp_broken(raw[start:end], breaks)
    return raw[:start - 1] + b"Content-Transfer-Encoding: quoted-printable\n" + raw[start - 1:start] + body + raw[end:]


def _label_lost(raw: bytes, boundary: bytes) -> bytes:
    enc = reencoded(raw, DS, boundary, "base64")
    return edit(enc, b"Content-Transfer-Encoding: base64\n", b"")


def _fragment_rows() -> list[tuple]:
    a = "u.halvorsen@fjordline-sjomat.no"
    one, two = partial(pf_uu("c1", a, "mx.fjordline-sjomat.no"), b"Final-Recipient: rfc822;", "frag-c1")
    b = "v.marchetti@lagunaveneta-vetro.it"
    one_b, _ = partial(pf_full("c2", b, "mx.lagunaveneta-vetro.it"), b"Content-Description: Delivery report", "frag-c2")
    return [
        ("dm60-imta-partial-first", f"{POSTFIX_SRC}; {PFS}; {IMTA}: fragment 1 of 2 (the text part and the report's "
         "per-message fields)", one, hard(a)),
        ("dm60-imta-partial-second", f"{POSTFIX_SRC}; {PFS}; {IMTA}: fragment 2 of 2 (the per-recipient fields and "
         "the returned message, under the MAILER-DAEMON's outer headers)", two, hard(a)),
        ("dm60-imta-partial-first-text-only", f"{POSTFIX_SRC}; {DOVECOT}; {IMTA}: fragment 1 of 2 ending before the "
         "report part", one_b, soft(b, FULL)),
    ]


ROWS_MIME = _boundary_rows() + _dsn_rows() + _fragment_rows()
