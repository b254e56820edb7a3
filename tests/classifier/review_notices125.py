"""The hundred-and-twenty-fifth review: controls on the mends of what the whole review-invariance grid
(tests/classifier/test_review_invariance.py) found on reviews 117, 118 and 120's rows re-cased or re-wrapped.

1. A notice's own sentences read as its general error (formats/explanations.general_error: the notice's first lines when
   it names no error wording we know) were cut after three LINES, so a sentence a writer's width broke over more lines
   lost its tail: Czech "na neexistující adresu" / "IP serveru." read the lead missing (the IP guard never saw "IP"),
   Turkish "var olmayan e-posta adresi" / "anlamına gelmez" too (false hards). The sentence is now read to its end.
   Controls: the same wordings broken over three lines (soft), and the lead's own absence so broken (hard).
2. A labelled recipient's parenthesis broken over unindented lines (review 117) stopped at a line opening with a
   CAPITALISED word and a colon ("Note: ..."): re-cased, every line or none looks like one (kim's "BOUNCED: MAILBOX
   UNKNOWN)" in capitals read delivered, a false soft; the lead's "note: ..." in lower case read failed). A label is now
   read by its word, whatever its case: an outcome said in a past participle ("bounced:", "returned:") goes on the
   parenthesis. Controls: the delivered lead's parenthesis before a report's own label in lower or upper case stays
   delivered; kim's outcome re-cased stays failed.
3. Gmail's Japanese sentence broken at its only blank, between the address and the particle after it ("a@b" /
   "にメールを配信できませんでした。"): the address read as a lone line (a success notice became an onhold bounce), or
   lost (a failed recipient dropped, or its delay neighbour's section taken). Controls: a delivered or passed-problem
   sentence so broken is no bounce; a reason line under an address that opens with no particle stays that address's.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. All HAND-MADE; test_review_notices125.py runs them."""

from __future__ import annotations

from tests.classifier.review_langs import notice
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices107 import WHY, mixed_report
from tests.classifier.review_notices118_layouts import FULL, R, UU, both_words
from tests.classifier.review_notices118_more import EABM, GMAIL_JA, GODADDY_TR
from tests.classifier.review_notices122 import RULE_JA as RULE_JA122
from tests.classifier.review_notices120_more import JA_DELAY, JA_FULL, KIM_JA, LEAD as LEAD_JA


def _r125(rows: list[tuple]) -> list[tuple]:
    return [("r125-" + r[0][len("r118-"):], *r[1:]) for r in rows]


def words(name, source, lang, text, *expect, **kw):
    """review 118's `words` layout (the wording alone under the language's heading), UTF-8 and the legacy charset."""
    return _r125(both_words(name, source, lang, text, *expect, **kw))


# ---- 1. A sentence broken over more lines than the general error read ------------------------------------------------
_CUT = " (the sentence broken over three lines, so the notice's first three lines end in mid-sentence"
CUT_ROWS = [
    *words("cs-ip-address-three-lines", EABM + _CUT + ": the IP address of a server, no mailbox; soft)", "cs",
           "Server se pokusil připojit\nna neexistující adresu\nIP serveru.", False),
    *words("cs-lead-missing-three-lines", EABM + _CUT + ": the lead's address nonexistent; hard)", "cs",
           "Tato chyba značí,\nže jste poslali email\nna neexistující adresu.", True, UU, R),
    *words("tr-negated-three-lines", GODADDY_TR + _CUT + ": 'does not mean a nonexistent address'; soft)", "tr",
           "Bu hata var olmayan\ne-posta adresi anlamına\ngelmez; alıcının posta kutusu geçici olarak kullanılamıyor.",
           False),
    *words("tr-lead-missing-three-lines", GODADDY_TR + _CUT + ": the lead's address nonexistent; hard)", "tr",
           "Geçersiz veya\nvar olmayan\ne-posta adresi", True, UU, R),
]

# ---- 2. A labelled line's parenthesis, re-cased -----------------------------------------------------------------------
MIXED = ("hand-made following review 117's mixed delivery report layout (RFC 3461 NOTIFY=SUCCESS,FAILURE: a report may "
         "list delivered and failed recipients; labelled lines 'Recipient: name (outcome)'), the outcome broken by a "
         "writer's width with no indentation, the text re-cased as a gateway or client may (the grid's upper_notice, "
         "lower_notice, title_notice); outcome words as Postfix's bounce(5) templates and Exchange's NDR say them")


def _kim(name: str, paren: str) -> tuple:
    return (f"r125-kim-{name}", MIXED + " (the failed one's parenthesis read whole: must be failed)",
            mixed_report("125", f"k{name}", "Recipient: lead (delivered)", f"Recipient: kim ({paren}\n{WHY}"),
            hard(KIM))


def _lead(name: str, line: str) -> tuple:
    return (f"r125-lead-{name}", MIXED + " (the DELIVERED lead's line broken before the report's own label: must stay "
            "delivered)", mixed_report("125", f"l{name}", f"Recipient: lead ({line}"), hard(KIM))


LABEL_ROWS = [
    _kim("bounced-upper", "ACCEPTED BY\nMX.PARTNER.EXAMPLE, LATER\nBOUNCED: MAILBOX UNKNOWN)"),
    _kim("returned-title", "Delivered To\nMx.Partner.Example, Then\nReturned: No Such User)"),
    _kim("rejected-capital", "accepted by\nmx.partner.example, then\nRejected: user unknown)"),
    # Controls: the report's own label, lower case or capitals, ends the lead's parenthesis.
    _lead("note-lower", "delivered to\nmx.partner.example\nnote: other recipients failed (see below))"),
    _lead("note-upper", "DELIVERED TO\nMX.PARTNER.EXAMPLE\nNOTE: OTHER RECIPIENTS FAILED (SEE BELOW))"),
    _lead("reason-lower", "delivered to\nmx.partner.example\nreason: other recipients failed (see below))"),
    # ...and an outcome participle that goes on the lead's delivery ("queued:") keeps it delivered.
    _lead("queued-participle", "delivered to\nmx.partner.example, then\nQueued: as 4F2A1)"),
]

# ---- 3. Gmail's Japanese sentence broken after the address ----------------------------------------------------------
_GMAIL = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
_WRAP = " (broken at the blank after the address, as a writer's width breaks it)"


def _ja(tag: str, body: str, subject: str, charset: str = "utf-8") -> bytes:
    cte = "7bit" if charset == "iso-2022-jp" else "base64"
    return notice(f"125{tag}", body=body, charset=charset, cte=cte, subject=subject, sender=_GMAIL, rcpt=LEAD_JA,
                  generator="Gmail notice, Japanese (GMAIL_JA)")


_FAIL_S = "Delivery Status Notification (Failure)"
JA_ROWS = [
    ("r125-ja-success-after-problem-wrapped", GMAIL_JA + _WRAP + " (a problem that passed, delivered: no bounce)",
     _ja("jok", f"配信完了\n\n{LEAD_JA}\nへのメールの配信中に一時的な問題が発生しましたが、再試行によりメールは正常に配信されました。\n",
         "配信完了"), []),
    ("r125-ja-delivered-wrapped", GMAIL_JA + _WRAP + " (delivered: no bounce)",
     _ja("jdl", f"{LEAD_JA}\nにメールを配信しました。\n", "配信完了"), []),
    ("r125-ja-two-failed-first-wrapped", GMAIL_JA + _WRAP + " (the first of two failed sentences broken: both failed)",
     _ja("jm2", f"{LEAD_JA}\n{JA_FULL}\n{KIM_JA} {JA_FULL}\n", _FAIL_S),
     [(LEAD_JA, False, FULL, R, False), (KIM_JA, False, FULL, R, False)]),
    ("r125-ja-two-failed-both-wrapped-iso2022", GMAIL_JA + _WRAP + " (ISO-2022-JP, both broken)",
     _ja("jm3", f"{LEAD_JA}\n{JA_FULL}\n{KIM_JA}\n{JA_FULL}\n", _FAIL_S, "iso-2022-jp"),
     [(LEAD_JA, False, FULL, R, False), (KIM_JA, False, FULL, R, False)]),
    ("r125-ja-delay-beside-failed-kim-wrapped", GMAIL_JA + _WRAP + " (the lead delayed, kim's failure broken: kim failed"
     ", the lead delayed, neither hard)",
     _ja("jd2", f"{LEAD_JA} {JA_DELAY}\n{KIM_JA}\n{JA_FULL}\n", _FAIL_S),
     [(LEAD_JA, False, (), None, True), (KIM_JA, False, FULL, R, False)]),
    ("r125-ja-c-reason-under-address", GMAIL_JA + " (control: Gmail's cause sentence alone under the address, opening "
     "with no particle: a list entry and its reason, the lead's mailbox full)",
     _ja("jru", f"宛先の受信トレイの空き容量不足\n\n{LEAD_JA}\n宛先の受信トレイがいっぱいか、宛先で現在多数のメールを受信しています。\n",
         _FAIL_S), [(LEAD_JA, False, FULL, R, False)]),
]

ROWS: list[tuple] = CUT_ROWS + LABEL_ROWS + JA_ROWS

# ---- Round two: a host's name opening the parenthesis's last line (no label either way), written before they ran -------
ROUND2 = [
    _kim("host-colon-lower", "delivered to\nmx.partner.example, then returned by\nmx2.partner.example: user unknown)"),
    _kim("host-colon-upper", "DELIVERED TO\nMX.PARTNER.EXAMPLE, THEN RETURNED BY\nMX2.PARTNER.EXAMPLE: USER UNKNOWN)"),
    # Control: the delivered lead's relay named so stays delivered.
    _lead("host-colon-relayed", "delivered to\nmx.partner.example, relayed via\nmx2.partner.example: 250 2.0.0 Ok)"),
]
ROWS += ROUND2

# ---- Round three: Gmail's Japanese delay sentence broken at "47" / "時間再試行しましたが" (the sampled grid's wrap_66_folded
# on review 122's r122-r4-ja-problem-retried-not-delivered: the retry that failed, on the line below, unseen), written
# before they ran.
_DELAY_S = "Delivery Status Notification (Delay)"
_PROBLEM = "へのメールの配信中に一時的な問題が発生しました。"
ROUND3 = [
    ("r125-ja-retried-not-delivered-wrapped", RULE_JA122 + _WRAP.replace("after the address", "at 'Gmail は 47'") +
     " (retried for 47 hours and not delivered: failed, no delay)",
     _ja("jrf", f"{LEAD_JA} {_PROBLEM}Gmail は 47\n時間再試行しましたが、正常に配信されませんでした。\n", _FAIL_S),
     [(LEAD_JA, False, (), None, False)]),
    ("r125-ja-c-problem-beside-passed", RULE_JA122 + " (control: the lead's temporary problem, then kim's line saying "
     "kim's problem passed: the lead still delayed, kim no bounce)",
     _ja("jpp", f"{LEAD_JA} {_PROBLEM}\n{KIM_JA} へのメールの配信中に一時的な問題が発生しましたが、再試行によりメールは正常に配信されました。\n",
         _DELAY_S), [(LEAD_JA, False, (), None, True)]),
]
ROWS += ROUND3
