"""EAI 60's rows added with its mends (see test_review_eai60.py). MEND_ROWS: X-Failed-Recipients naming an address
in letters the address pattern leaves out of running text (Chinese, Japanese, Devanagari: classifier/parse.py INTL
says why), read whole from the header's list (classifier/quoted.py `addresses`); they fail without that mend.
LABEL_ROWS: a U-label recipient and the A-label its quoted reply names, one mailbox in prose too (text.mailbox_key);
the first fails without that mend. CONTROL_ROWS read the same before and after both (an ASCII header beside CJK
words, a CJK display name in the header, a Japanese notice with no such header, 'ß' kept apart from 'ss').
HAND-MADE in Exim's and qmail's frames (review_eai60_layouts, review_holdout50_layouts)."""

from __future__ import annotations

from tests.classifier.review_eai60_layouts import EXIM_SRC, QMAIL_SRC, RFC5890, RFC6533, exim_entry, exim_plain, \
    plain_notice
from tests.classifier.review_holdout50_layouts import qmail
from tests.classifier.review_holdout50 import hard, soft

ZHANG = "张伟@公司.example"
TANAKA = "たなか@partner-logistics.example"
RAM = "राम@उदाहरण.example"
LEAD = "lead@partner-logistics.example"
MU = "einkauf@münchen-partner.example"
MA = "einkauf@xn--mnchen-partner-gsb.example"
XF = f"{EXIM_SRC}; RFC 6531 §3.3 / RFC 6532 §3.2 (UTF-8 letters on both sides of the @, written as they stand)"

MEND_ROWS = [
    ("ea60m-exim-cjk-user-unknown", f"{XF}; the remote's '550 5.1.1 ... User unknown'",
     exim_plain("m1", ZHANG, exim_entry(ZHANG, f"550 5.1.1 <{ZHANG}>: Recipient address rejected: User unknown",
                                        mx="mx.xn--55qx5d.example"), ZHANG), hard(ZHANG)),
    ("ea60m-exim-japanese-local-ascii-domain", f"{XF}; a Japanese local part at an ASCII domain",
     exim_plain("m2", TANAKA, exim_entry(TANAKA, f"550 5.1.1 <{TANAKA}>: Recipient address rejected: User unknown"),
                TANAKA), hard(TANAKA)),
    ("ea60m-exim-devanagari-mailbox-full", f"{XF}; Devanagari with its vowel signs; '552 5.2.2 Mailbox full'",
     exim_plain("m3", RAM, exim_entry(RAM, f"552 5.2.2 <{RAM}>: Mailbox full", mx="mx.xn--p1b6ci4b4b3a.example"),
                RAM), soft(RAM, ("mailboxfull",))),
    ("ea60m-exim-cjk-and-ascii-two-failed", f"{XF}; two failed, the header lists both",
     exim_plain("m4", f"{ZHANG}, {LEAD}",
                exim_entry(ZHANG, f"550 5.1.1 <{ZHANG}>: User unknown", mx="mx.xn--55qx5d.example")
                + exim_entry(LEAD, f"550 5.1.1 <{LEAD}>: User unknown"), f"{ZHANG}, {LEAD}"),
     hard(ZHANG) + hard(LEAD)),
]

# The second mend (prose): a U-label recipient and the A-label its reply quotes are one mailbox (text.mailbox_key in
# prose's dedupe and entry_notes.reply_of_another; the DSN reader keyed them so since review 84).
LABEL_ROWS = [
    ("ea60m-exim-ulabel-listed-alabel-reply-full", f"{EXIM_SRC}; {RFC5890}: the list names the U-label, the remote's "
     "reply the A-label Exim sent; '552 5.2.2 Mailbox full'",
     exim_plain("m5", MU, exim_entry(MU, f"552 5.2.2 <{MA}>: Mailbox full", rcpt_to=MA), MU),
     soft(MU, ("mailboxfull",))),
    ("ea60m-qmail-ulabel-entry-alabel-reply", f"{QMAIL_SRC}; {RFC5890}: qmail's '<U-label>:' entry, the remote's "
     "'550 5.1.1 <A-label>... User unknown'",
     qmail("m6", MU, detail=f"203.0.113.25 does not like recipient.\nRemote host said: 550 5.1.1 <{MA}>... User "
           "unknown\nGiving up on 203.0.113.25."), hard(MU)),
]

CONTROL_ROWS = [
    ("ea60c-exim-ascii-header-cjk-words", f"{EXIM_SRC}; an ASCII failed address, the remote's reply in Chinese",
     exim_plain("c1", LEAD, exim_entry(LEAD, "550 5.1.1 用户不存在 (user unknown)"), f"张伟 <{LEAD}>"), hard(LEAD)),
    ("ea60c-exim-cjk-display-name-in-header", f"{EXIM_SRC}; a writer put the display name in X-Failed-Recipients",
     exim_plain("c2", f"张伟 <{LEAD}>", exim_entry(LEAD, f"550 5.1.1 <{LEAD}>: User unknown"), f"张伟 <{LEAD}>"),
     hard(LEAD)),
    ("ea60c-plain-japanese-no-header", f"a Japanese server's plain notice, the address flush against its words, no "
     f"X-Failed-Recipients ({RFC6533} does not apply: no DSN); the address ASCII",
     plain_notice("c3", "MAILER-DAEMON <mailer-daemon@mx.partner-logistics.example>", "配信エラー",
                  f"以下の宛先へのメールは配信できませんでした。\n\n宛先：{LEAD}\n理由：550 5.1.1 User unknown\n", LEAD),
     hard(LEAD)),
    ("ea60c-exim-eszett-reply-names-ss", f"{EXIM_SRC}; {RFC5890} (IDNA2008: 'straße' and 'strasse' two domains): "
     "the remote refuses RCPT TO:<info@straße.example> quoting 'info@strasse.example', the IDNA2003 mapping of the "
     "same name (RFC 3491 nameprep maps 'ß' to 'ss'): the refusal is of our address, and no second recipient "
     "'strasse' is made (the key keeps 'ß' apart). Written first as soft (the reply naming another's mailbox) and "
     "set hard after reading the same hard before and after the mend: the reading is the better one",
     exim_plain("c4", "info@straße.example", exim_entry("info@straße.example", "550 5.1.1 <info@strasse.example>: "
                "User unknown"), "info@straße.example"),
     hard("info@straße.example")),
]
