"""Damaged 60, second table (review_damaged60.py says what the review is and how its expectations were written):
returned messages cut at N bytes or returned as headers only, bare CR and mixed line ends, text in a charset declared
wrongly or not at all, whole notices flattened to text/plain, a person's forwards (trust: the classifier reads the
forwarded report and names the original it returns, so the trust rules can ask whether WE sent it; DESIGN.md Trust),
fields folded with tabs at odd places, NUL bytes and overlong lines, and controls: damaged delay warnings (never
hard), success reports (no bounce) and our own sending-limit notice (sender scope)."""

from __future__ import annotations

from tests.classifier.review_damaged60 import FULL, PFS, RFC2046, SIZE_CUT, pf_full, pf_uu
from tests.classifier.review_damaged60_layouts import (GMAIL_OUTER, cut_after, edit, flattened, forward_attached,
                                                       gmail_limit, line_ends, pf_boundary, postfix_success,
                                                       qp_broken, without_close)
from tests.classifier.review_holdout50 import (DOVECOT, NOSUCH, S, ex_remote, exo_unknown, g_nosuch, hard, later,
                                               pf_remote, soft)
from tests.classifier.review_holdout50_layouts import (DATE, EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC,
                                                       SELLER, exchange_old, exo, postfix, qmail)

PF_SIZE = ("Postfix postconf(5) bounce_size_limit (default 50000): 'A message is returned as either message/rfc822 (the "
           "complete original) or as text/rfc822-headers (the headers only). With Postfix version 2.4 and earlier, a "
           "message is always returned as message/rfc822 and is truncated when it exceeds the size limit.'")
EXIM_SIZE = ("Exim src/src/deliver.c bounce_return_size_limit: '------ The body of the message is N characters long; "
             "only the first\\n------ M or so are included here.'")
EXO_ATTACH = ("Exchange Set-TransportConfig ExternalDsnMaxMessageAttachSize / InternalDsnMaxMessageAttachSize "
              "(learn.microsoft.com: an original larger than this is returned with its headers only) and "
              "DsnFormatRequested.Headers ('Include only the headers of the original message')")
RET_HDRS = "RFC 3461 4.3 (MAIL FROM RET=HDRS: return the headers only) and RFC 6522 3 (text/rfc822-headers)"
EXO_FULL = ("learn.microsoft.com 'Fix email delivery issues for error code 5.2.2 in Exchange Online' ('554 5.2.2 mailbox "
            "full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded')")
CR = ("RFC 5322 2.3 / RFC 5321 2.3.8 (lines end in CRLF; bare CR and LF are not line ends on the wire) and what stores "
      "leave: classic Mac OS bare-CR files, a Windows tool converting LF to CRLF twice (CR CR LF), a client writing "
      "its own headers in CRLF above a body kept in LF")
CHARSET = "RFC 2045 5.1 / RFC 2046 4.1.2 (the charset parameter names the text's character set; default us-ascii)"
PF_TPL = ("Postfix bounce(5): a translated bounce_template_file whose 'Charset:' was left at its default us-ascii while "
          "the text was written in GB2312")
QMAIL_LDAP = ("qmail-ldap's control/custombouncetext (a site text qmail-send adds to its bounce; Japanese ISPs wrote "
              "theirs in Shift_JIS, qmail-send declares no MIME charset)")
FLAT = ("a client or ticket system that stored or forwarded the notice's raw body as text/plain (mutt's "
        "mime_forward=no with forward_decode=no includes the message undecoded; RFC 2046 5.1.1's structure then is "
        "only text)")
FWD_ATT = "Outlook / Thunderbird 'Forward as Attachment' (message/rfc822, RFC 2046 5.2.1)"
FWD_GMAIL = "Gmail's inline forward ('---------- Forwarded message ---------' above From/Date/Subject/To)"
FOLD = "RFC 5322 2.2.3 (folding: CRLF before any WSP; unfolding removes the CRLF) and 4.2 (obs-FWS)"
OBS = "RFC 5322 4.5 (obsolete syntax a reader must accept: obs-optional = field-name *WSP ':', blanks before the colon)"
LONG = ("RFC 5321 4.5.3.1.5 (reply lines at most 512 octets: servers exceed it) and Postfix postconf(5) "
        "smtp_line_length_limit (998): 'Longer lines are broken by inserting <CR><LF><SPACE>'")
NUL = ("RFC 5322 2.3 / RFC 2045 2.7 (NUL is not allowed in mail text): a remote reply echoing a C string's NUL, and "
       "mbox / Maildir files padded with NULs by an interrupted write")

_ATT_HEAD = ("--orig_b\nContent-Type: application/pdf; name=\"Q4-rate-card.pdf\"\nContent-Transfer-Encoding: base64\n"
             "Content-Disposition: attachment; filename=\"Q4-rate-card.pdf\"\n\n")
_B64_LINE = "JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+\n"


def _big_original(a: str, mid: str) -> bytes:
    """A sales mail with a PDF attached, cut inside the attachment's base64 (no closing delimiter)."""
    return (f"From: Sam Seller <{SELLER}>\nTo: {a}\nSubject: Q4 rate card\nDate: Tue, 14 Oct 2025 09:10:02 +0000\n"
            f"Message-ID: <{mid}>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"orig_b\"\n\n"
            "--orig_b\nContent-Type: text/plain; charset=UTF-8\n\nHi, our rate card is attached.\n\n" + _ATT_HEAD
            + _B64_LINE * 40 + _B64_LINE[:37]).encode()


def _returned_rows() -> list[tuple]:
    a1, a2, a3, a4, a5 = ("q.lambert@ardennes-bois.be", "x.moller@elbtal-maschinen.de", "z.haddad@cedar-trade.com.lb",
                          "e.novak@vltava-sklo.cz", "j.mwangi@rift-valley-tea.co.ke")
    pf = pf_uu("r1", a1, "mx.ardennes-bois.be")
    pf = pf[:pf.index(b"Content-Type: message/rfc822\n\n") + 30] + _big_original(a1, "r1@example.com") + \
        b"\n--" + pf_boundary("r1") + b"--\n"
    ex = ex_remote("r2", a2, f"550 5.1.1 <{a2}>: Recipient address rejected: User unknown in local recipient table",
                   "mx.elbtal-maschinen.de")
    rubric = b"------ This is a copy of the message, including all the headers. ------\n"
    ex = ex[:ex.index(rubric)] + (b"------ This is a copy of the message, including all the headers.\n------ The body "
                                  b"of the message is 1430211 characters long; only the first\n------ 100000 or so "
                                  b"are included here.\n\nReturn-path: <" + SELLER.encode() + b">\n") + \
        _big_original(a2, "r2@example.com")
    xf = exo("r3", a3, why="The recipient's mailbox is full and can't accept messages now.", fix="How to Fix It\n"
             "Try resending the message later, or contact the recipient by some other means.", diag="554 5.2.2 "
             "mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
             "Failed to process message due to a permanent exception", status="5.2.2")
    xf = xf[:xf.index(b"Content-Type: message/rfc822\n\n")] + (
        f"Content-Type: text/rfc822-headers\n\nFrom: Sam Seller <rep@example.net>\nTo: {a3}\nSubject: Q4 rate card"
        f"\nDate: {DATE}\nMessage-ID: <r3@PH0PR19MB7777.outlook.com>\nMIME-Version: 1.0\nContent-Type: multipart/"
        "mixed; boundary=\"orig_b\"\n\n--_000_ndr_--\n").encode()
    d4 = a4.split("@")[1]
    hu = postfix("r4", a4, reason=f"Host or domain name not found. Name service error for name={d4} type=A: Host not "
                 "found", status="5.4.4", remote=None)
    hu = edit(hu, b"Content-Description: Undelivered Message\nContent-Type: message/rfc822",
              b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers")
    hu = hu[:hu.index(b"MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nHi,")] + \
        b"\n--" + pf_boundary("r4") + b"--\n"
    return [
        ("dm60-pf24-returned-cut-mid-attachment", f"{POSTFIX_SRC}; {PFS}; {PF_SIZE}: the original cut inside its "
         "PDF's base64, its own close-delimiter never written", pf, hard(a1)),
        ("dm60-exim-return-size-limit", f"{EXIM_SRC}; {PFS}; {EXIM_SIZE}: the copy cut inside the attachment, the "
         "notice ending there", ex, hard(a2)),
        ("dm60-exo-headers-only-return", f"{EXO_SRC}; {EXO_FULL}; {EXO_ATTACH}", xf, soft(a3, FULL)),
        ("dm60-pf-ret-hdrs-failure", f"{POSTFIX_SRC} (smtp_addr.c 'Host or domain name not found. Name service error "
         f"for name=... type=A: Host not found', 5.4.4); {RET_HDRS}: a failure returned with the headers only",
         hu, [(a4, True, ("hostunknown",), "recipient", False)]),
        ("dm60-pf-returned-cut-in-headers", f"{POSTFIX_SRC}; {DOVECOT}; {SIZE_CUT}: the notice cut inside the returned "
         "message's Subject line, before its Message-ID",
         cut_after(pf_full("r5", a5, "mx.rift-valley-tea.co.ke"), b"Subject: Quick question about", 18),
         soft(a5, FULL)),
    ]


def _line_end_rows() -> list[tuple]:
    a1, a2, a3, a4 = ("b.odonnell@shannonside-mills.ie", "c.rossi@doloviti-marmi.it", "g.silva@minasouro-cafe.com.br",
                      "h.kim@hanbit-precision.co.kr")
    mixed = exo_unknown("l3", a3)
    head, body = mixed.split(b"\n\n", 1)
    mixed = head.replace(b"\n", b"\r\n") + b"\r\n\r\n" + body
    cr_part = pf_full("l4", a4, "mx.hanbit-precision.co.kr")
    start = cr_part.index(b"Reporting-MTA:")
    end = cr_part.index(b"\n--", start)
    cr_part = cr_part[:start] + cr_part[start:end].replace(b"\n", b"\r") + cr_part[end:]
    return [
        ("dm60-pf-bare-cr", f"{POSTFIX_SRC}; {PFS}; {CR}: every line end a bare CR",
         line_ends(pf_uu("l1", a1, "mx.shannonside-mills.ie"), b"\r"), hard(a1)),
        ("dm60-gmail-cr-cr-lf", f"{GMAIL_SRC}; {CR}: CR CR LF line ends (converted twice)",
         line_ends(g_nosuch("l2", a2), b"\r\r\n"), hard(a2)),
        ("dm60-exo-crlf-head-lf-body", f"{EXO_SRC}; {CR}: CRLF in the header, LF in the body", mixed, hard(a3)),
        ("dm60-pf-dsn-part-bare-cr", f"{POSTFIX_SRC}; {DOVECOT}; {CR}: the report part's fields separated by bare CR "
         "only (the rest LF)", cr_part, soft(a4, FULL)),
    ]


def _charset_rows() -> list[tuple]:
    a1, a2, a3, a4 = ("m.schreiber@hanse-kontor.de", "s.nakamura@kansai-buhin.co.jp", "l.wei@pearlriver-textile.cn",
                      "a.giraud@loire-vignobles.fr")
    de = edit(exo_unknown("c1", a1, "de"), b'charset="utf-8"', b'charset="iso-8859-1"', 0)
    q = qmail("c2", a2, detail=f"203.0.113.41 does not like recipient.\nRemote host said: 550 5.1.1 <{a2}>... User "
              "unknown\nGiving up on 203.0.113.41.")
    q = edit(q, b"Sorry it didn't work out.\n", b"Sorry it didn't work out.\n\n" + "\u3053\u306e\u30e1\u30fc\u30eb"
             "\u306f\u9001\u4fe1\u8005\u306b\u8fd4\u9001\u3055\u308c\u307e\u3057\u305f\u3002\u5b9b\u5148\u306e\u30a2"
             "\u30c9\u30ec\u30b9\u3092\u3054\u78ba\u8a8d\u304f\u3060\u3055\u3044\u3002\n".encode("shift_jis"))
    cn = edit(pf_uu("c3", a3, "mx.pearlriver-textile.cn"), b"I'm sorry to have to inform you that your message could "
              b"not\nbe delivered to one or more recipients. It's attached below.",
              "\u5f88\u62b1\u6b49\u901a\u77e5\u60a8\uff1a\u60a8\u7684\u90ae\u4ef6\u65e0\u6cd5\u6295\u9012\u7ed9\u4e00"
              "\u4e2a\u6216\u591a\u4e2a\u6536\u4ef6\u4eba\uff0c\u539f\u90ae\u4ef6\u9644\u5728\u4e0b\u9762\u3002"
              .encode("gb2312"))
    fr = exo_unknown("c4", a4, "fr").decode("utf-8").encode("latin-1")
    return [
        ("dm60-exo-de-latin1-label-utf8-bytes", f"{EXO_SRC} (German); {CHARSET}: the text parts' UTF-8 labelled "
         "iso-8859-1 by a relabelling gateway", de, hard(a1)),
        ("dm60-qmail-sjis-undeclared", f"{QMAIL_SRC}; {QMAIL_LDAP}; {CHARSET}: Shift_JIS with no MIME header at all",
         q, hard(a2)),
        ("dm60-pf-gb2312-template-us-ascii", f"{POSTFIX_SRC}; {PFS}; {PF_TPL}", cn, hard(a3)),
        ("dm60-exo-fr-utf8-label-latin1-bytes", f"{EXO_SRC} (French); {CHARSET}: Latin-1 bytes under a utf-8 label "
         "(a gateway that transcoded the text and kept the label)", fr, hard(a4)),
    ]


def _flat_and_forward_rows() -> list[tuple]:
    a1, a2, a3 = "t.fraser@speyside-cooperage.co.uk", "k.ito@setouchi-kaiun.co.jp", "d.reyes@visayas-agri.com.ph"
    a4, a5, a6 = "o.berg@vastkust-fisk.se", "n.papadakis@aegean-olive.gr", "f.keane@liffey-print.ie"
    b1 = pf_boundary("f1").decode()
    pf_flat = flattened(pf_uu("f1", a1, "mx.speyside-cooperage.co.uk"),
                        f"multipart/report; report-type=delivery-status;\n\tboundary=\"{b1}\"".encode())
    g_flat = flattened(g_nosuch("f2", a2), b'multipart/report; boundary="000000000000a1b2"; '
                       b'report-type=delivery-status')
    old = exchange_old("f3", a3, explain="The e-mail address you entered couldn't be found.", diag="550 5.1.1 "
                       "RESOLVER.ADR.RecipNotFound; not found", status="5.1.1")
    old_flat = flattened(old, b'multipart/report; report-type=delivery-status; boundary="_ex_"')
    ours = forward_attached(pf_uu("f4", a4, "mx.vastkust-fisk.se"), "Priya Raman <priya.raman@example.com>",
                            "Hi Sam, this one came back to the shared inbox - can you check the address?")
    theirs_notice = postfix("f5", a5, reason=f"host mx.aegean-olive.gr[203.0.113.25] said: 550 5.1.1 <{a5}>: "
                            "Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO "
                            "command)", status="5.1.1", remote="mx.aegean-olive.gr", diag=f"550 5.1.1 <{a5}>: "
                            "Recipient address rejected: User unknown in virtual mailbox table",
                            host="mail.partner-logistics.example", sender="ops@partner-logistics.example")
    theirs = forward_attached(theirs_notice, "Dana Whitlock <dana.whitlock@partner-logistics.example>",
                              "FYI - our mail to Nikos bounced too. Do you have a newer contact at Aegean Olive?")
    inline = (f"From: Priya Raman <priya.raman@example.com>\nTo: {SELLER}\nSubject: Fwd: Delivery Status Notification "
              f"(Failure)\nDate: Tue, 14 Oct 2025 11:20:00 +0000\nMessage-ID: <CAfwd6x9Kq@mail.gmail.com>\n"
              "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n\nBounced - can you update the CRM?\n\n"
              "---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
              "Date: Tue, 14 Oct 2025 at 09:12\nSubject: Delivery Status Notification (Failure)\nTo: "
              f"<priya.raman@example.com>\n\n\n** Address not found **\n\nYour message wasn't delivered to {a6} because "
              "the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support."
              f"google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n550 5.1.1 {NOSUCH} "
              "a640c23a62f3a-f6si1234567a.2 - gsmtp\n").encode()
    return [
        ("dm60-pf-flattened-text-plain", f"{POSTFIX_SRC}; {PFS}; {FLAT}", pf_flat, hard(a1)),
        ("dm60-gmail-flattened-text-plain", f"{GMAIL_SRC}; {FLAT} (the HTML alternative left in as text)", g_flat,
         hard(a2)),
        ("dm60-oldexch-flattened-text-plain", f"Exchange 2013/2016 NDR (learn.microsoft.com 'Non-delivery reports in "
         f"Exchange Server'); {FLAT}", old_flat, hard(a3)),
        ("dm60-fwd-attached-ours", f"{POSTFIX_SRC}; {PFS}; {FWD_ATT}: a colleague forwards our bounce", ours,
         hard(a4)),
        ("dm60-fwd-attached-theirs", f"{POSTFIX_SRC}; {PFS}; {FWD_ATT}: a partner forwards the bounce of THEIR own "
         "mail; read as the report it is, the original it names is theirs (trust: not ours)", theirs, hard(a5)),
        ("dm60-fwd-inline-gmail", f"{GMAIL_SRC}; {FWD_GMAIL}: the Gmail DSN's text forwarded inline, no report part",
         inline, hard(a6)),
    ]


ORIGINALS = {  # row -> the returned original's Message-ID the reading must name (trust looks it up in sent mail)
    "dm60-fwd-attached-ours": "f4@example.com",
    "dm60-fwd-attached-theirs": "f5@example.com",
    "dm60-pf24-returned-cut-mid-attachment": "r1@example.com",
    "dm60-exim-return-size-limit": "r2@example.com",
    "dm60-exo-headers-only-return": "r3@PH0PR19MB7777.outlook.com",
}


def _fold_rows() -> list[tuple]:
    a1, a2, a3, a4, a5 = ("p.quinn@wicklow-timber.ie", "r.santos@algarve-cortica.pt", "u.yilmaz@ege-tekstil.com.tr",
                          "w.ncube@limpopo-minerals.co.za", "y.ahmed@nilevalley-cotton.com.eg")
    f1 = pf_uu("h1", a1, "mx.wicklow-timber.ie")
    for old, new in ((f"Final-Recipient: rfc822; {a1}", f"Final-Recipient:\n\trfc822;\n\t{a1}"),
                     ("Status: 5.1.1", "Status:\n\t5.1.1"), ("Action: failed", "Action:\n\tfailed")):
        f1 = edit(f1, old.encode(), new.encode())
    f2 = edit(pf_uu("h2", a2, "mx.algarve-cortica.pt"), b"Diagnostic-Code: smtp; 550 5.1.1 <",
              b"Diagnostic-Code: smtp; 550\n\t5.1.1\n\t<")
    f2 = edit(f2, b"Recipient address rejected: User unknown in virtual mailbox table\n\n--",
              b"Recipient address rejected: User\n\tunknown in virtual mailbox table\n\n--")
    b3 = pf_boundary("h3")
    f3 = edit(pf_uu("h3", a3, "mx.ege-tekstil.com.tr"), b"multipart/report; report-type=delivery-status;\n\tboundary=\""
              + b3 + b"\"", b"multipart/report;\n\treport-type=\n\tdelivery-status;\n\tboundary=\n\t\"" + b3 + b"\"")
    f4 = pf_uu("h4", a4, "mx.limpopo-minerals.co.za")
    for name in (b"Final-Recipient", b"Original-Recipient", b"Action", b"Status", b"Diagnostic-Code"):
        f4 = edit(f4, b"\n" + name + b":", b"\n" + name + b" :")
    ex = ex_remote("h5", a5, f"550 5.1.1 <{a5}>: Recipient address rejected: User unknown in local recipient table",
                   "mx.nilevalley-cotton.com.eg")
    ex = edit(ex, f"X-Failed-Recipients: {a5}".encode(), f"X-Failed-Recipients:\n\t{a5}".encode())
    ex = edit(ex, b"Subject: Mail delivery failed: returning message to sender",
              b"Subject: Mail delivery failed:\n\treturning message\n\tto sender")
    return [
        ("dm60-pf-fold-right-after-colon", f"{POSTFIX_SRC}; {PFS}; {FOLD}: Final-Recipient, Action and Status folded "
         "with tabs straight after the colon and the type", f1, hard(a1)),
        ("dm60-pf-fold-inside-diagnostic", f"{POSTFIX_SRC}; {PFS}; {FOLD}: the Diagnostic-Code folded between reply "
         "code and status and inside 'User unknown'", f2, hard(a2)),
        ("dm60-pf-fold-top-content-type", f"{POSTFIX_SRC}; {PFS}; {FOLD}: the top Content-Type folded after every "
         "'=' of its parameters", f3, hard(a3)),
        ("dm60-pf-blank-before-colon", f"{POSTFIX_SRC}; {PFS}; {OBS}: 'Status : 5.1.1' and the other "
         "per-recipient fields with a blank before the colon", f4, hard(a4)),
        ("dm60-exim-fold-failed-recipients", f"{EXIM_SRC}; {PFS}; {FOLD}: X-Failed-Recipients and Subject folded "
         "with tabs at odd places", ex, hard(a5)),
    ]


def _nul_and_long_rows() -> list[tuple]:
    a1, a2, a3, a4, a5 = ("c.byrne@midleton-grain.ie", "e.larsen@aarhus-moebler.dk", "i.costa@douro-vinhos.pt",
                          "m.horvat@jadran-brodogradnja.hr", "s.tan@straits-electronics.com.sg")
    n1 = edit(pf_uu("n1", a1, "mx.midleton-grain.ie"), b"User unknown in virtual mailbox table\n\n--",
              b"User unknown in virtual mailbox table\x00\n\n--")
    n2 = g_nosuch("n2", a2) + b"\x00" * 512
    n3 = edit(exo_unknown("n3", a3), b"How to Fix It\n", b"How to Fix It\x00\x00\n")
    tail = " ".join(f"See https://postmaster.jadran-brodogradnja.hr/policy/{i:03d} for details." for i in range(60))
    reply4 = f"550 5.1.1 <{a4}>: Recipient address rejected: User unknown in virtual mailbox table. {tail}"
    n4 = pf_remote("n4", a4, reply4, "5.1.1", "mx.jadran-brodogradnja.hr")
    reply5 = ("550 5.1.1 " + "Policy notice: this system is for authorised business use only. " * 16
              + f"<{a5}>: Recipient address rejected: User unknown in local recipient table")
    n5 = _wrap_998(pf_remote("n5", a5, reply5, "5.1.1", "mx.straits-electronics.com.sg"))
    return [
        ("dm60-pf-nul-in-diagnostic", f"{POSTFIX_SRC}; {PFS}; {NUL}: a NUL after the remote's reply", n1, hard(a1)),
        ("dm60-gmail-nul-padded", f"{GMAIL_SRC}; {NUL}: 512 NULs after the notice's end", n2, hard(a2)),
        ("dm60-exo-nul-in-text", f"{EXO_SRC}; {NUL}: NULs in the user section's text", n3, hard(a3)),
        ("dm60-pf-overlong-reply", f"{POSTFIX_SRC}; {PFS}; {LONG}: a 4,000-character remote reply, the refusal at its "
         "start, on one line", n4, hard(a4)),
        ("dm60-pf-998-break-inside-reply", f"{POSTFIX_SRC}; {PFS}; {LONG}: lines over 998 characters broken by the "
         "next hop's '\\n ' wherever the 998th falls", n5, hard(a5)),
    ]


def _wrap_998(raw: bytes) -> bytes:
    """Every line over 998 bytes broken at 998 by an inserted LF SPACE (Postfix smtp_line_length_limit)."""
    out = []
    for line in raw.split(b"\n"):
        while len(line) > 998:
            out.append(line[:998])
            line = b" " + line[998:]
        out.append(line)
    assert len(out) > raw.count(b"\n") + 1
    return b"\n".join(out)


def _control_rows() -> list[tuple]:
    a1, a2, a3, a4, a5 = ("b.walsh@cork-harbour-marine.ie", "d.fontaine@jura-horlogerie.ch",
                          "g.obrien@tralee-dairies.ie", "k.andersen@odense-byg.dk", "r.patel@gujarat-polymers.in")
    b1 = pf_boundary("k1")

    def delay(rid: str, a: str) -> bytes:
        return postfix(rid, a, reason=f"connect to mx.{a.split('@')[1]}[203.0.113.25]:25: Connection timed out",
                       status="4.4.1", remote=None, action="delayed")
    ok = postfix_success("k4", a4, "mx.odense-byg.dk")
    okb = pf_boundary("k4").decode()
    lim_qp = gmail_limit("k6")
    start = lim_qp.index(b"** Message not delivered **")
    end = lim_qp.index(b"\n--000000000000a1b2", start)
    lim_qp = (lim_qp[:start - 1] + b"Content-Transfer-Encoding: quoted-printable\n" + lim_qp[start - 1:start]
              + qp_broken(lim_qp[start:end], [b"limit for sen|ding mail", b"550 5.4.|5 Daily user sen|ding limit"])
              + lim_qp[end:])
    fwd_ok = forward_attached(postfix_success("k8", a5, "mx.gujarat-polymers.in"),
                              "Priya Raman <priya.raman@example.com>", "Is this one OK? Got this report back.")
    return [
        ("dm60-pf-delay-no-close", f"{POSTFIX_SRC} (delay template); {RFC2046}: the close-delimiter lost",
         without_close(delay("k1", a1), b1), later(a1)),
        ("dm60-pf-delay-cut-before-action", f"{POSTFIX_SRC} (delay template: 'THIS IS A WARNING ONLY'); {SIZE_CUT}: "
         "cut before the Action field; a warning must not read as a failure",
         cut_after(delay("k2", a2), b"Action: delayed", 0), later(a2)),
        ("dm60-pf-delay-bare-cr", f"{POSTFIX_SRC} (delay template); {CR}: bare CR line ends",
         line_ends(delay("k3", a3), b"\r"), later(a3)),
        ("dm60-pf-success-cut-mid-report", f"Postfix bounce(5) success_template ('Successful Mail Delivery Report', "
         f"Action: relayed, 2.0.0); {SIZE_CUT}: cut inside the report part", cut_after(ok, b"Action: relayed", 9), []),
        ("dm60-pf-success-flattened", f"Postfix bounce(5) success_template; {FLAT}",
         flattened(ok, f"multipart/report; report-type=delivery-status;\n\tboundary=\"{okb}\"".encode()), []),
        ("dm60-gmail-limit-qp-breaks", f"{GMAIL_SRC}; Google 'Gmail sending limits in Google Workspace' "
         "(support.google.com/a/answer/166852: 'Daily user sending limit exceeded'); taxonomy 7; RFC 2045 6.7: the "
         "text part quoted-printable with soft breaks inside the limit words and the status",
         lim_qp, soft("j.whitfield@corran-marine.co.uk", (), S)),
        ("dm60-gmail-limit-no-close", f"{GMAIL_SRC}; support.google.com/a/answer/166852; taxonomy 7; {RFC2046}: the "
         "close-delimiter lost", without_close(gmail_limit("k7"), GMAIL_OUTER),
         soft("j.whitfield@corran-marine.co.uk", (), S)),
        ("dm60-fwd-attached-success", f"Postfix bounce(5) success_template; {FWD_ATT}: a colleague forwards a success "
         "report: no bounce", fwd_ok, []),
    ]


ROWS_MORE = (_returned_rows() + _line_end_rows() + _charset_rows() + _flat_and_forward_rows() + _fold_rows()
             + _nul_and_long_rows() + _control_rows())
