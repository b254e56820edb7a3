"""Review layouts42's whole notices (tests/classifier/review_layouts42.py, review_layouts42_more.py): RFC 6533 global
reports, charset labels Python's codecs lack, HTML-only NDRs, mixed actions, Final- vs Original-Recipient, folded and
wrapped addresses, delay warnings, auto-reply headers and auto-replies, nested bounces, list managers' notices, written
from their generators' sources and documents. One table-driven test; the judgement calls are strict xfails; then the
controls of the review's mends (classifier/text.py _LABELS, parse.py's stub plain part, whole_addresses.py)."""

from __future__ import annotations

import pytest

from classifier import classify
from classifier.text import bytes_to_text
from tests.classifier.review_check import review_tests, wrong_origins
from tests.classifier.review_layouts42_layouts import LEAD, exchange2013_html, exchange_html, postfix_report, prose, \
    text_part
from tests.classifier.review_layouts42 import POSTFIX_INTRO, UU550, block, said
from tests.classifier.review_layouts42_more import LONG, ORIGINS, ROWS

_LIST_OWNER = (
    "A list manager's notice to the list's owner about a member, {what}: expected no bounce of OUR mail (the list's "
    "mail bounced, and the notice is about a subscription). Read {reading}. {why} A rule keyed to list managers' "
    "owner notices (their To '<list>-owner@', List-/X-BeenThere headers) was not written: the list's owner may be "
    "the CRM's own mailbox, where the member's bounce is news the planner can use, and no false hard comes of it.")
JUDGEMENT: dict[str, str] = {
    "l42-list-mailman-bounce-action": _LIST_OWNER.format(
        what="Mailman 2.1's 'Bounce action notification' with the triggering bounce attached",
        reading="userunknown, hard, from the attached Postfix report (5.1.1 for the member)",
        why="Hard is true of the address itself: the attached report is a real 5.1.1 for it."),
    "l42-list-mailman-uncaught": _LIST_OWNER.format(
        what="Mailman 2.1's 'Uncaught bounce notification' wrapping a bounce Mailman could not read",
        reading="userunknown, hard, from the wrapped report (the nested-report rule of engine.py)",
        why="Hard is true of the address: the wrapped report is a real 5.1.1 for it."),
    "l42-list-sympa-removed-bouncers": _LIST_OWNER.format(
        what="Sympa's automatic bounce management ('the subsribers listed bellow have been removed')",
        reading="onhold, soft, for both listed members",
        why="Soft onhold marks nobody bounced for good and unenrolls no one."),
}

test_review_layouts42, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)


def test_failed_addresses_map_back_to_the_address_we_sent_to():
    assert not wrong_origins(ROWS, ORIGINS)


# ---- text.py _LABELS: charset labels Python's codecs do not know -----------------------------------------------------
@pytest.mark.parametrize("label, codec, words", [
    ("windows-31j", "cp932", "受信者のメールアドレスが存在しません"), ("x-sjis", "shift_jis", "宛先不明"),
    ("x-euc-jp", "euc_jp", "宛先不明"), ("gb_2312-80", "gbk", "收件人不存在"), ("x-gbk", "gbk", "收件人不存在"),
    ("ks_c_5601-1987", "cp949", "수신자의 계정이 존재하지 않습니다"), ("x-windows-949", "cp949", "계정"),
    ("windows-874", "cp874", "ไม่พบ"), ("iso-8859-8-i", "iso-8859-8", "הנמען אינו קיים"),
    ("ISO-8859-6-I", "iso-8859-6", "المستخدم"), ("x-mac-cyrillic", "mac_cyrillic", "пользователь не найден"),
    ("x-cp1251", "cp1251", "пользователь не найден")])
def test_registered_labels_decode_as_their_charset(label, codec, words):
    assert bytes_to_text(words.encode(codec), label) == words


def test_known_and_unknown_labels_read_as_before():
    # Controls: labels Python knows are untouched; an unknown one still falls back (UTF-8, then cp1252); a part
    # labelled utf-8 holding Latin-1 still reads as cp1252 (the label that lies).
    assert bytes_to_text("宛先不明".encode("iso-2022-jp"), "iso-2022-jp") == "宛先不明"
    assert bytes_to_text("buzón".encode("utf-8"), "x-no-such-charset") == "buzón"
    assert bytes_to_text("buzón".encode("latin-1"), "x-no-such-charset") == "buzón"
    assert bytes_to_text("buzón".encode("latin-1"), "utf-8") == "buzón"


# ---- parse.py: a stub plain alternative gives way to the HTML --------------------------------------------------------
_HTML_UU = exchange2013_html("Delivery has failed to these recipients or groups:", f"<a href=\"mailto:{LEAD}\">{LEAD}"
                             "</a>", "The email address you entered couldn't be found.",
                             f"{LEAD}<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'")


def _one(raw: bytes) -> tuple:
    (d,) = classify(raw).deliveries
    return d.address, d.reason.value, d.hard_bounce


def test_a_plain_part_with_words_of_its_own_still_wins():
    # Controls: a short plain alternative naming the recipient and its own reason (mailbox full) is the notice even
    # when it mentions HTML; the HTML's different words are not read.
    plain = f"Delivery has failed to {LEAD}: mailbox full (552 5.2.2). An HTML version of this notice is attached.\n"
    assert _one(exchange_html("c1", _HTML_UU, plain=plain)) == (LEAD, "mailboxfull", False)
    plain = f"Delivery has failed to these recipients:\n{LEAD}\n552 5.2.2 Mailbox full\n"
    assert _one(exchange_html("c2", _HTML_UU, plain=plain)) == (LEAD, "mailboxfull", False)


def test_a_stub_plain_part_beside_no_html_is_read_as_before():
    # (As before the mend: a daemon's 'Undeliverable' with the original attached, its words saying nothing: onhold.)
    raw = prose("c3", "Undeliverable: Quick question", text_part("This message is in HTML format.\n"), to=LEAD)
    assert _one(raw) == (LEAD, "onhold", False)


# ---- whole_addresses.py: an address cut at a line end; xtext in a Final-Recipient ------------------------------------
_QMAIL = ("Hi. This is the qmail-send program at mx.partner-group.example.\nI'm afraid I wasn't able to deliver your "
          "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
          "<{first}\n{rest}>:\nSorry, no mailbox here by that name. (#5.1.1)\n")


def _qmail_cut(name: str, first: str, rest: str, to: str) -> bytes:
    return prose(name, "failure notice", text_part(_QMAIL.format(first=first, rest=rest), charset="us-ascii",
                                                   cte="7bit"), to=to, sender="MAILER-DAEMON@mx.partner-group.example")


def test_a_cut_address_is_made_whole_only_from_the_notice_and_the_original():
    assert _one(_qmail_cut("k1", LONG[:70], LONG[70:], LONG))[0] == LONG
    # Controls: the next line does not continue it into an address the original went to (another domain in To):
    # nothing is invented, the part before the break stays as the notice wrote it.
    other = LONG.replace("partner-group.example", "partner-group.example.org")
    assert _one(_qmail_cut("k2", LONG[:70], LONG[70:], other))[0] == LONG[:70]
    # The line after goes on past the To address's end ('.example.org' written, '.example' sent): not that one.
    assert _one(_qmail_cut("k3", LONG[:70], LONG[70:] + ".org", LONG))[0] == LONG[:70]
    # To holds both: the one the notice spells across the break.
    assert _one(_qmail_cut("k4", LONG[:70], LONG[70:] + ".org", f"{LONG}, {other}"))[0] == other


def _final(name: str, final: str, to: str) -> tuple:
    return _one(postfix_report(name, POSTFIX_INTRO + said(final, UU550.format(f"<{final}>")),
                               [block(f"rfc822; {final}", "failed", "5.1.1", UU550.format(f"<{final}>"))], to=to))


def test_xtext_in_a_final_recipient_decoded_only_to_an_address_we_sent_to():
    assert _final("x1", "lead+2Bcrm@partner.example", "lead+crm@partner.example")[0] == "lead+crm@partner.example"
    # Controls: a plus tag the original's To holds as written stays ('+2024', '+2B' itself, '+10' with no such To).
    assert _final("x2", "lead+2024@partner.example", "lead+2024@partner.example")[0] == "lead+2024@partner.example"
    assert _final("x3", "lead+2Bcrm@partner.example", "lead+2Bcrm@partner.example")[0] == "lead+2bcrm@partner.example"
    assert _final("x4", "jane+10@partner.example", "jane@partner.example")[0] == "jane+10@partner.example"
