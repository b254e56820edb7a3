"""Audit 43b's whole notices (tests/classifier/review_audit43b.py): an adversarial audit of review layouts42's mends
(whole_addresses.py, parse.py's stub plain part, text.py _LABELS). One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from classifier import classify
from classifier.text import bytes_to_text
from tests.classifier.review_audit43b import FOOTER, FULL_PLAIN, HTML_UU, LEAD, LONG, NO_MAILBOX, OTHER, ROWS, RU_UU, \
    TH_UU, ZH_UU, _site, _with_original, multipart, qmail, text_part
from tests.classifier.review_check import review_tests

JUDGEMENT: dict[str, str] = {}

test_review_audit43b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 33)


def _addresses(raw: bytes) -> list[str]:
    return [d.address for d in classify(raw).deliveries]


# ---- whole_addresses.py: a cut inside the local part; brackets across a break where the original names nobody ------
_TAIL = LONG[len("lena.lead.head.of.procurement.e"):]


def test_a_local_part_cut_is_made_whole_only_from_a_head_we_sent():
    assert _addresses(qmail("k1", f"<lena.lead.head.of.procurement.e\n{_TAIL}>:\n{NO_MAILBOX}", to=LONG)) == [LONG]
    # Controls: the line before ends with a head that is no address we sent: the tail stays as written (nothing
    # invented); the head written inside a longer word is no head.
    assert _addresses(qmail("k2", f"<bob.e\n{_TAIL}>:\n{NO_MAILBOX}", to=LONG)) == [_TAIL]
    assert _addresses(qmail("k3", f"<xlena.lead.head.of.procurement.e\n{_TAIL}>:\n{NO_MAILBOX}", to=LONG)) == [_TAIL]


def test_brackets_across_a_break_only_where_the_original_names_nobody():
    cut = f"<{LONG[:70]}\n{LONG[70:]}>:\n{NO_MAILBOX}"
    assert _addresses(qmail("k4", cut, to="undisclosed-recipients:;")) == [LONG]
    # Controls: an uncut address as written; a cut with no closing bracket after the break stays as written; where
    # the original names others, layouts42's rule holds (nothing but what the sender wrote).
    assert _addresses(qmail("k5", f"<{LEAD}>:\n{NO_MAILBOX}", to="undisclosed-recipients:;")) == [LEAD]
    assert _addresses(qmail("k6", f"<{LONG[:70]}\n{LONG[70:]} >:\n{NO_MAILBOX}", to="undisclosed-recipients:;")) \
        == [LONG[:70]]
    assert _addresses(qmail("k7", cut, to=OTHER)) == [LONG[:70]]


# ---- text.py: a mapped label over UTF-8 bytes -----------------------------------------------------------------------
def test_a_mapped_label_over_utf8_reads_utf8_and_over_its_own_bytes_its_own():
    for label, codec in (("gb_2312-80", "gbk"), ("x-mac-cyrillic", "mac_cyrillic"), ("windows-874", "cp874")):
        words = {"gbk": ZH_UU, "mac_cyrillic": RU_UU, "cp874": TH_UU}[codec]
        assert bytes_to_text(words.encode("utf-8"), label) == words
        assert bytes_to_text(words.encode(codec), label) == words  # control: the label true
    # Controls: ASCII under a mapped label; a label Python knows over UTF-8 as before (gbk: its own fallbacks).
    assert bytes_to_text(b"User unknown", "x-gbk") == "User unknown"
    assert bytes_to_text("收件人".encode("gbk"), "gbk") == "收件人"


# ---- parse.py: the stub rule only among alternatives -----------------------------------------------------------------
def test_a_short_plain_part_beside_another_html_body_is_the_notice():
    raw = _with_original("k8", [text_part(FULL_PLAIN), text_part(FOOTER, ctype="text/html")])
    assert [(d.address, d.reason.value) for d in classify(raw).deliveries] == [(LEAD, "mailboxfull")]
    # Control: the same plain part as the alternative of an HTML notice that says other words gives way to it
    # (layouts42's rule: an alternative is the same content; its HTML is read).
    raw = _site("k9", multipart("multipart/alternative", "a43ba-k9", [text_part(FULL_PLAIN),
                                                                       text_part(HTML_UU, ctype="text/html")]))
    assert [(d.address, d.reason.value) for d in classify(raw).deliveries] == [(LEAD, "userunknown")]
