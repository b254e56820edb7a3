"""The review rows (tests/classifier/review_*.py) and what may happen to each of them on its way
to our user without changing its reading (tests/classifier/test_review_invariance.py).

The transforms are the earlier rounds' (casing.py, transport.py, transport_more.py, layout.py),
chosen for what a real server, gateway or client does to the same notice, plus the few no
round had: prose in lower or title case (RFC 5321 §4.2: reply text has no case), lines broken
flush left or folded with a leading blank (RFC 5322 §2.2.3 folding, as Exchange and Domino
break their text), line endings LF only or CRLF only, extra blank lines, trailing blanks and
tab indents, text parts 8-bit instead of quoted-printable or base64, another Date and
Message-ID, and another name for the reporting host (a host under a reserved test domain
renamed, as invariance.renamed does). Not a "FW:" Subject: that is a person forwarding the
notice, which changes what the message is (nested.py and challenge.py read a forward as the
person's), where a gateway's tag ("[EXTERNAL]", "*** SPAM ***": subject_tags) changes nothing."""

from __future__ import annotations

import importlib
import re
from email.message import Message
from pathlib import Path

from tests.classifier import casing, layout, transport, transport_more
from tests.classifier.invariance import renamed
from tests.classifier.transport import Transform, _edit, _header_block, _leaf_text, _source, notice_parts

HERE = Path(__file__).parent


def review_rows() -> dict[str, tuple[str, bytes]]:
    """Every review row by "module:name": (module, raw message); the rows end with (raw, expected). A module's
    MEND_ROWS (the notices written with a mend, kept apart from its measured ROWS) count too: 85 were missing from
    the grid and from row_readings until session 44."""
    out: dict[str, tuple[str, bytes]] = {}
    for path in sorted(HERE.glob("review_*.py")):
        module = importlib.import_module(f"tests.classifier.{path.stem}")
        for row in (*getattr(module, "ROWS", ()), *getattr(module, "MEND_ROWS", ())):
            if isinstance(row[-2], bytes):  # (reviews 132's and 139's MEND_ROWS are reply wordings, no messages)
                out.setdefault(f"{path.stem[7:]}:{row[0]}", (path.stem, row[-2]))
    return out


# ----------------------------------------------------------------- prose: case, blanks, widths

def _cased(change) -> Transform:
    def edit_text(text: str, html: bool) -> str:
        return casing.html_keeping_markup(text, change) if html else casing.keeping_addresses(text, change)
    return casing.in_notice(edit_text)


def _plain(edit) -> Transform:
    """`edit` on the notice's plain-text parts (HTML lays out its own lines)."""
    return casing.in_notice(lambda text, html: text if html else edit(text))


def _blank_lines(text: str) -> str:
    """Each blank line doubled and one more at the top (as HTML-to-text converters and some
    gateways space a notice)."""
    return "\n" + re.sub(r"\n[ \t]*\n", "\n\n\n", text)


def _trailing(text: str) -> str:
    return "\n".join(line + "  " if line.strip() else line for line in text.split("\n"))


def _tab_indents(text: str) -> str:
    """Indents of spaces written as tabs (a tab for up to eight spaces)."""
    return re.sub(r"(?m)^ +", lambda m: "\t" * (1 + (len(m.group(0)) - 1) // 8), text)


# ----------------------------------------------------------------- transfer: 8-bit, line endings, headers

def eight_bit(raw: bytes) -> bytes:
    """Quoted-printable and base64 text parts of the notice decoded and sent 8bit (as a relay
    that speaks 8BITMIME writes them back)."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            cte = str(part.get("content-transfer-encoding", "")).lower()
            if part.is_multipart() or part.get_content_maintype() != "text" or cte not in ("base64", "quoted-printable"):
                continue
            text = _leaf_text(part)
            if text is None:
                continue
            del part["Content-Transfer-Encoding"]
            part["Content-Transfer-Encoding"] = "8bit"
            part.set_param("charset", "utf-8")
            part.set_payload(_source(text if text.endswith("\n") else text + "\n"))
            done = True
        return done
    return _edit(raw, edit)


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def lf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n")


def other_date_and_id(raw: bytes) -> bytes:
    """The notice's own Date and Message-ID (never the original's) as another run writes them."""
    head, body = _header_block(raw)
    head = re.sub(rb"(?im)^date:[^\n]*(?:\n[ \t][^\n]*)*", b"Date: Sat, 31 Oct 2026 23:59:58 -0700", head, count=1)
    head = re.sub(rb"(?im)^message-id:[^\n]*(?:\n[ \t][^\n]*)*",
                  b"Message-ID: <20261031235958.7Q2ZK91@relay-out.mailhost.test>", head, count=1)
    return head + body


# A DSN recipient field and its address's domain.
_RECIPIENT_DOMAIN = re.compile(rb"(?im)^(?:final|original)-recipient:[^@\n]*@([a-z0-9][a-z0-9.-]{0,200}[a-z0-9])")


def other_host(raw: bytes) -> bytes:
    """Another name for the reporting host (invariance.renamed), but never for a host that is a
    failed recipient's domain (a DSN's Final- or Original-Recipient): Sympa reports as its lists'
    domain ("Reporting-MTA: dns; nolists.partner.example" for news@nolists.partner.example), and
    that host renamed is another domain's, no longer the recipient's own domain reporting on its
    mailbox (engine._reported_from_inside reads a 5.1.2 from inside as no such list): another
    message."""
    return renamed(raw, "out2", keep={m.group(1).lower() for m in _RECIPIENT_DOMAIN.finditer(raw)})


TRANSFORMS: dict[str, Transform] = {
    **{name: casing.TRANSFORMS[name] for name in ("upper_diagnostic", "upper_notice", "nbsp_notice",
                                                   "tabs_diagnostic", "wrap_72", "wrap_60")},
    "lower_notice": _cased(str.lower),
    "title_notice": _cased(str.title),
    "wrap_50_flush": _plain(lambda t: casing.wrapped(t, 50, "")),
    "wrap_66_folded": _plain(lambda t: casing.wrapped(t, 66, " ")),
    "wrap_40_tab": _plain(lambda t: casing.wrapped(t, 40, "\t")),
    "blank_lines": _plain(_blank_lines),
    "trailing_blanks": _plain(_trailing),
    "tab_indents": _plain(_tab_indents),
    **{name: transport.TRANSFORMS[name] for name in (
        "b64_text", "qp_text", "b64_status", "qp_status", "fold_fields", "lower_headers", "upper_fields",
        "subject_tags", "encoded_subject", "alternative", "trace_m365", "crlf_padded", "charset_labels",
        "forward_attached")},
    "eight_bit": eight_bit,
    "crlf": crlf,
    "lf": lf,
    "other_date_and_id": other_date_and_id,
    "other_host": other_host,
    **{name: transport_more.TRANSFORMS[name] for name in (
        "gmail_forward", "new_boundaries", "refold", "shuffle_headers", "mbox", "b64_original")},
    **{name: layout.TRANSFORMS[name] for name in ("diag_folded", "diag_multiline", "action_upper")},
}
