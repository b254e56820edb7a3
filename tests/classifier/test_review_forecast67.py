"""Review forecast67's notices (tests/classifier/review_forecast67.py): a FORECAST of the classifier on NON-ENGLISH
notices, by a random draw of (language, reason, layout) made by tests/classifier/forecast67_draw.py (random.Random(67),
uniform on each axis; draws with no sourced wording skipped there, with why).

The draw: 100 draws to keep 58; 42 skipped (forecast67_draw.SKIPPED), by cause:
  26 no sourced wording for the (language, reason): es mesgtoobig 5, ja suspend 3, nl mesgtoobig 3, de expired 2,
     nl suspend 2, and one each of es hostunknown, es rejected, fr expired, fr suspend, it mesgtoobig, it rejected,
     ja expired, pl hostunknown, pl mesgtoobig, pt expired, pt suspend;
  11 an Exchange NDR in a language with no sourced Exchange text (ja 3, it 2, ru 2, zh 2, pl 1, pt 1);
   5 a wording that needs a human part in the language, drawn in a layout without one (ru hostunknown in prose 2,
     zh hostunknown in an Exchange NDR 2, ru expired in an Exchange NDR 1).
Kept: 58 rows; by language de 10, zh 9, pt 9, sv 6, fr 5, ja 4, nl 4, ru 4, pl 3, it 3, es 1; by reason userunknown 15,
hostunknown 10, mailboxfull 9, rejected/blocked 8, suspend 6, mesgtoobig 5, expired/onhold 5; by layout Postfix
localized preface 21, multipart/report localized 12, plain DSN 11, prose only 9, Exchange NDR 5.

First run (expectations committed first: cbb2964f; the classifier at main 90ece652 run once, nothing mended): 58 rows;
  right as written 53/58 (91.4%); exact recipient set 58/58; hard/soft 57/58; FALSE HARDS 0 of the 36 rows written
  soft; lost hards 1 of the 22 hard rows (f67-67); reason 48/53 of the rows that name one (5 accept any).
  One-sided 95% lower bounds (Clopper-Pearson): right as written >= 82.7%, hard/soft >= 92.1%, no false hard among
  soft rows >= 92.0%, recipients >= 95.0%, reason >= 81.2%.
  Misses (all mended, see below):
  - f67-67 (sv, Postfix with a preface that names the address): '550 Recipient not found.' with no enhanced code and
    no stage in the Diagnostic-Code read filtered, soft: a LOST HARD. Postfix's paragraph below says '(in reply to
    RCPT TO command)', but the explanation was read only after the address's FIRST mention (the preface's list).
  - f67-06, f67-72 (sv): GoDaddy's '552 Account storage limit' read onhold (a full box: soft either way).
  - f67-50, f67-69 (zh): QQ's '550 Error: content rejected' read onhold (soft either way).
  Worth knowing, read as written: docomo's '550 Unknown user <address>' under Status 5.2.0 (the recipient's own
  reception filter, moneytimes.jp) read filtered, soft (f67-96); the same words under 5.1.1 read hard (f67-91).

Mends (review_forecast67_mends.MEND_ROWS, 15 rows written with them: 6 that fail without, 9 near-miss controls that
read the same before and after): classifier/formats/later_mentions.py (new: the stage after a LATER mention of the
address, where the first mention, the Diagnostic-Code and a transcript give none; one call in formats/dsn.py);
classifier/rule_wordings.py MAILBOXFULL (GoDaddy's 'Account storage limit' as the whole reply) and POLICYVIOLATION
(QQ's 'Error: content rejected' ending its clause). After: 58/58 as written, false hards 0, lost hards 0; no strict
xfail. Snapshot 3,872/0 differ, row readings 32,057/0 changed with all three mends.

What this forecast can and cannot say: 58 rows bound the rates only loosely. The sample is of SOURCED wordings; 26 of
the 42 skips are (language, reason) pairs with no source found (es / nl / it message-size refusals, ja / nl / fr / pt
disabled accounts, most expiries), 11 Exchange NDRs in languages with no sourced Exchange text: where the classifier
is least tested. Many kept wordings are English replies quoted by a help page in the language (web.de, Interia,
Libero, docomo, QQ); localized words proper are Exchange's de / es / fr texts, Yandex's Russian preface, the Swedish
GoDaddy texts and the Chinese glosses. Frames without a reason (prefaces, plain DSN leads) are our translation.

Second batch (review_forecast67_b.ROWS, draws 100-199: 53 kept, 47 skipped: 39 for want of a sourced (language,
reason) wording (es 11, pt 8, fr 6, ru 3, sv 3, it / ja / nl / pl 2 each), 6 an Exchange NDR with no sourced Exchange text
(ja 2, zh 2, nl 1, ru 1), 2 ru hostunknown in a layout with no human part in Russian; committed before its own first run, da377962; the classifier with the first batch's
mends, fcc1b86f, run once): right as written 48/53 (90.6%); recipients 53/53; hard/soft 49/53; FALSE HARDS 0 of 32
soft rows; LOST HARDS 4 of 21 hard rows; reason 47/52. Both batches' first runs together: 101/111 right (91.0%, one-
sided 95% lower bound 85.2%), hard/soft 106/111, false hards 0/68 (bound: >= 95.7% without one), lost hards 5/43.
  Misses of the second batch:
  - f67-117, f67-192 (plain DSN) and f67-174 (prose): GoDaddy's stage-less '550 Recipient not found.' under Status
    5.0.0 (and, in the prose, its Swedish 'Mottagaren hittades inte.' beside it) read filtered, soft: LOST HARDS by
    our rows, left as strict xfails. The team's call keeps a stage-less English 'no such user' with no status
    filtered; an ASCII-spelled translation beside it is no exception either (locale59_mends' control
    'lc59-m-ctl-other-host': WEB.DE's 'Benutzer nicht bekannt/User unknown' from another host stays filtered). A mend
    that counted ASCII translations (as lexicon.said_in_another_language counts non-ASCII ones) was tried and
    reverted: it turned that control hard.
  - f67-150 (zh, Postfix preface): the DSN's 'DNS query error' read onhold; the Chinese '域名不存在' (the domain does not
    exist) stands only in OUR preface, from emailhost.com.cn's title pairing the two, and the classifier reads the
    Diagnostic-Code, not the human part, once the code holds words: a lost hard by our row, left (a strict xfail).
  - f67-141 (zh, localized report): '收件容量满' (receiving capacity full) read onhold: mended (D below).
  Mend D: classifier/mailbox_states.py (a capacity noun then 满 / 滿, not 满足 / 满意), with 5 MEND_ROWS (2 failing
  without, 3 controls as before). After: 107/111 as written, the four above strict xfails; false hards 0."""

from __future__ import annotations

from tests.classifier import review_forecast67, review_forecast67_b, review_forecast67_mends
from tests.classifier.review_check import review_tests

ROWS = review_forecast67.ROWS + review_forecast67_mends.MEND_ROWS + review_forecast67_b.ROWS

STAGELESS = ("GoDaddy's '550 Recipient not found.' with no enhanced code, no stage and Status 5.0.0 reads filtered, soft: "
             "the team's call for a stage-less English 'no such user' with no status (an ASCII translation beside it "
             "is no exception: locale59_mends' lc59-m-ctl-other-host); a lost hard by our row, left")
JUDGEMENT: dict[str, str] = {
    "f67-117-sv-userunknown-dsn": STAGELESS,
    "f67-192-sv-userunknown-dsn": STAGELESS,
    "f67-174-sv-userunknown-prose": STAGELESS + " (the Swedish 'Mottagaren hittades inte.' is ASCII)",
    "f67-150-zh-hostunknown-pf": (
        "the Diagnostic-Code's 'DNS query error' reads onhold; '域名不存在' (the domain does not exist) is only in OUR "
        "preface (emailhost.com.cn's title pairs the two), and the human part is not read once the code has words: a "
        "lost hard by our row, left"),
}

test_review_forecast67, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 131)
