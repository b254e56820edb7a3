"""Review langs54 (tests/classifier/review_langs54.py, review_langs54_more.py): a measurement of the classifier on
ordinary non-English notices it had never seen (de, fr, es, it, pt, nl, pl, sv, ru, ja, zh): Exchange Online's and
Gmail's notices in the sender's language, the providers' own notices (Yandex, QQ, NetEase / Coremail, docomo, DTI,
GMX, WEB.DE, T-Online, Orange, Libero / Virgilio, Interia, kei.pl, UOL), localised Postfix / Exim templates,
Dovecot's quota text and Sieve rejects, and the automatic replies, read receipts and delivery reports of the same
mailboxes. One table-driven test; the judgement calls are strict xfails.

First run (before any mend, commit 072a5c59): 78/87 rows read as written; recipients 84/87 (the three notices of a
Chinese host whose frame is ours, "您发送到 a@b 的邮件被退回。", read no bounce); reason 80/87; hard/soft 80/87; scope
84/87; false hards 0; false softs 6 (Gmail's DSN quoting docomo's "550 Unknown user" and QQ's "550 Mailbox not found"
with no stage named: read filtered; QQ's "该用户未开通QQ邮箱" read onhold; a Japanese carrier's "550 Invalid recipient"
read filtered; two of the lost Chinese notices). Not missed: every Exchange Online NDR (de/fr/es and the frames
translated into it/pt/nl/pl/sv/ru/ja/zh), Gmail's DSN in eleven languages but the two above, the delays, the sender-scope
blocklist / SPF / IP refusals, Dovecot's localised quota and Sieve rejects, and all 13 non-bounces (auto-replies in eight
languages, read receipts, delivery reports). After the mends (review_langs54_mends.py): 80/87, false softs 4 (left as judgement calls below)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_langs54 import ROWS as FIRST
from tests.classifier.review_langs54_mends import ROWS as MENDS
from tests.classifier.review_langs54_more import ROWS as MORE

ROWS = FIRST + MORE + MENDS

JUDGEMENT: dict[str, str] = {
    "l54-gmail-ja-not-found-docomo": (
        "a false soft by our expectation, left: docomo answers '550 Unknown user' both for a missing subscriber at RCPT "
        "and for the subscriber's reception filter after DATA (remote/docomo.py; NTT's FAQ says check the address, a "
        "changed address or a refusal setting), and tells them by status and stage; Gmail's DSN names neither (5.0.0, "
        "no 'in reply to'), so the generic rule reads the words as a filter's (reasons._is_userunknown, sisimai's). "
        "Reading Gmail's 'Address not found' heading as the RCPT stage would change every Gmail DSN: not this review's"),
    "l54-own-ja-carrier-invalid-recipient": (
        "soft by the classifier, hard by our expectation, left: pa-solution's FAQ says a Japanese carrier's 'Invalid "
        "recipient' is most often the recipient's domain-designated reception filter, the classifier's very reading "
        "(filtered); the address may well exist"),
    "l54-own-zh-coremail-user": (
        "lost, left: the inline sentence '您发送到 a@b 的邮件被退回。' with the reason on its own line is OUR frame "
        "(emailhost.com.cn lists only the reason lines); a layout rule keyed to words no source shows would be keyed to "
        "this table. The same reason lines under a listed address read as written (langs45's zh rows)"),
    "l54-own-zh-coremail-domain": "lost, left: the same frame of ours as l54-own-zh-coremail-user",
    "l54-own-zh-coremail-full": "lost, left: the same frame of ours as l54-own-zh-coremail-user (soft either way)",
    "l54-gmail-zh-failed-263": (
        "soft either way, a reason-only miss: 263's help glosses its '552 mail size limit exceeded' (in reply to end of "
        "DATA) as the mailbox over capacity (信箱超容); the words say a message size, read mesgtoobig. A 263 provider "
        "module for one line that other servers mean literally is not worth its risk"),
    "l54-exim-de-warnung": (
        "soft either way: Exim's warning in German is OUR translation of warn_message (no source shows a German "
        "warn_message_file); read a failure (systemerror), not a delay. Keying delay words to our own translation "
        "would be keying a rule to this table"),
}

test_review_langs54, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 96)
