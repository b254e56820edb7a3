"""Review audit67b's notices (tests/classifier/review_audit67b.py): an adversarial audit of the classifier mends merged
in the hour before it (90ece652..37f8b1e4: later_mentions, rule_wordings, mailbox_states, exceeded_limits,
reply_rests.asks_to_write_to with prose._last_resort, dns_names.of_recipient). One table-driven test; a misreading left
is a strict xfail whose reason states the miss.

First run (expectations committed first: 79e319dd; the classifier at main 37f8b1e4 run once, nothing mended): 18 rows;
right as written 11/18; FALSE HARDS 2; LOST HARDS 0 (2 soft readings lost: no bounce read). At 90ece652 (before the
mends audited): 13/18, the same 2 false hards, 0 lost hards. SUFFIX_CASES (of_recipient): 14/19 at main, 5/19 at
90ece652 (every registry parent read as the prospect's own).
- Caused by the mends (right at 90ece652): prose._last_resort with asks_to_write_to dropped the failed address a gateway
  names only in a request to resend to it LATER or ONCE the box is reactivated ("452 4.2.2 Mailbox full. Please resend
  your message to <kim> later.", "550 5.2.1 Mailbox disabled. Kindly resend ... once the account has been
  reactivated"): no bounce read (at 90ece652 kim full, and kim read filtered: soft either way, the reading lost).
  exceeded_limits' new box-size words ('Größe der Mailbox', 'mailbox-limiet') kept the MESSAGE's size limit said of
  the box ("maximale Größe der Mailbox für eingehende Nachrichten", "mailbox-limiet per bericht") a full mailbox
  (soft either way, the reason wrong).
- Older (the same at 90ece652): 2 FALSE HARDS, neither from later_mentions: dsn.lines_about, its first mention's line
  holding nothing, read on past the blank line into a help paragraph ("Most servers refuse an address they do not know
  after RCPT TO"): RCPT lent to a stage-less "550 No such user" (hard); transcript_command took the stage of the first
  exchange naming the address, a 451 at the first MX, where the final 550 came after DATA at the second (hard).
  "Postfach-Limit für Anhänge überschritten" (the attachment limit) reads full.
- Mended by the mends (wrong at 90ece652): QQ's "550 Error: content rejected." at end of DATA (policyviolation); the
  registry parents co.nz, com.br, ac.uk, gov.uk, net.au, or.jp, ne.jp, com.cn, org.uk.
- Held: later_mentions under a list of the message's recipients (another accepted at RCPT TO), the recipient's own
  paragraph at end of DATA with the help paragraph after it, the own paragraph at RCPT (hard); 'again' after the
  request, 'contact <x> by other means', Exim's entry above the request; '收件箱容量已满', '收件容量未满, 用户不存在'
  (hard), the Swedish quota with »...», GoDaddy's limit with its 5.2.2.
- Left at main by of_recipient: parents outside the registry list (Russia's "msk.ru", Poland's "waw.pl" and "biz.pl",
  the private "github.io" and CentralNic's "uk.com") still relate a relay registered directly under them.

MENDED (each with rows failing before and controls reading the same before and after, MEND_ROWS; expectations before
they ran: 8d22b3e6):
A. reply_rests.asks_to_write_to: an address the request asks to write to LATER or ONCE (the box emptied, the account
   reactivated) is the same address, never one to write to instead: prose._last_resort keeps it (n1, n2, m1).
B. exceeded_limits: the box's size or limit said FOR / PER a message or attachment ('für eingehende Nachrichten', 'für
   Anhänge', 'pro Nachricht', 'per bericht') is the message's limit, no full mailbox (w1-w3; the box's store word,
   'Speicherplatz ... für Nachrichten', still full: m5).
C. dns_names: the functional registry second levels 'biz' and 'info' (NASK's biz.pl / info.pl) relate nothing.
D. formats/later_mentions.transcript_stage (the DSN path's transcript stage): where the exchange naming the address is
   a 4xx at one host and a later exchange a 5xx naming no other address, the final refusal's stage (l4, m6: the
   first MX's 451 / 450 greylisting at RCPT TO made a stage-less 550 after DATA hard; m7's 550 at the second host's RCPT
   TO stays hard).
After: ROWS 16/18 as written + 2 judgement calls (1 FALSE HARD left, older than the mends: the help paragraph);
MEND_ROWS 6/7 + 1 judgement call (m3 onhold: the full reading dropped, no size wording). At main 37f8b1e4 m1, m3 (full)
and m6 (hard) fail; the controls m2, m4, m5, m7 read the same. SUFFIX_CASES 15/15 (biz.pl mended), 4 strict xfails. Snapshot 0 of 3,872 changed, row
readings 0 of 32,221 changed, evaluate unchanged. Grid (notes/grid.py audit67b:): 25 rows, 1 changed soft reading of a
control (the same at main), pinned (invariance_known_audit67b); 0 unpinned."""

from __future__ import annotations

import pytest

from classifier.dns_names import of_recipient
from tests.classifier import review_audit67b
from tests.classifier.review_check import review_tests

ROWS = review_audit67b.ROWS + review_audit67b.MEND_ROWS

JUDGEMENT: dict[str, str] = {
    "a67b-lm-help-paragraph-after-rcpt-to": (
        "FALSE HARD, older than the mends (the same at 90ece652; later_mentions not reached): dsn.lines_about, the "
        "first mention's line holding only the address, reads on past the blank line into the next paragraph (the "
        "layouts that give the reason there rely on it: Domino's 'was not delivered to:' / addr / 'because:', "
        "summaries above the MTA's paragraph), here a gateway's help text 'Most servers refuse an address they do not "
        "know after RCPT TO': smtp_command takes 'after RCPT' for the stage, and the stage-less '550 No such user' "
        "reads userunknown, hard. Telling help prose from an MTA's stage needs a rule of its own on lines_about's "
        "paragraph-crossing, which every DSN layout passes through; not narrow enough for this audit. Left"),
    "a67b-ni-gw-disabled-kindly-resend-once-reactivated": (
        "filtered, not suspend (the same at 90ece652; at main before this audit's mend no recipient at all): the "
        "gateway's quote '550 5.2.1 Mailbox disabled.' reads filtered; soft either way, the recipient read again after "
        "reply_rests' 'once' (mend A). The reason is rule_wordings' call, not the mends audited. Left"),
    "a67bm-el-de-groesse-der-mailbox-pro-nachricht": (
        "onhold, not mesgtoobig / exceedlimit: mend B drops the full mailbox ('Größe der Mailbox pro Nachricht "
        "überschritten' is the size allowed ONE message), but no message-size wording reads 'Größe ... pro Nachricht' "
        "(the bare 552 gives no status). Soft either way; a German message-size wording, left"),
}

test_review_audit67b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 25)


# dns_names.of_recipient (sync/planner/relay.py's rule: a host named as its own recipient's never holds the batch as
# our relay's fault). A parent under which unrelated organisations register (the Public Suffix List's ICANN section:
# publicsuffix.org/list, e.g. "co.nz", "com.br", "gov.uk", "or.jp", "msk.ru", "waw.pl", "biz.pl"; its PRIVATE section:
# "github.io", CentralNic's "uk.com") relates nothing: our relay registered directly under it is no prospect's host.
# Expectations written before the first run.
SUFFIX_CASES = [
    ("acme-relay.co.nz", "buyer@harbour-foods.co.nz", False),
    ("mailgate.com.br", "compras@sao-paulo-aco.com.br", False),
    ("smtp-out.ac.uk", "r.jones@leeds-research.ac.uk", False),
    ("relay.gov.uk", "info@council-services.gov.uk", False),
    ("mx-relay.net.au", "ops@perth-freight.net.au", False),
    ("smtp-relay.or.jp", "info@kyoto-kyokai.or.jp", False),
    ("mailrelay.ne.jp", "info@osaka-net.ne.jp", False),
    ("smtp-gw.com.cn", "caigou@suzhou-jixie.com.cn", False),
    ("acme-relay.org.uk", "hello@charity-trust.org.uk", False),
    ("relay.biz.pl", "biuro@opole-cement.biz.pl", False),
    # controls: the prospect's own hosts, under it or beside it under its own parent, stay its own
    ("mx.acme.co.uk", "buyer@acme.co.uk", True),
    ("mx.acme.co.uk", "buyer@sales.acme.co.uk", True),
    ("mail.acme.com.br", "compras@vendas.acme.com.br", True),
    ("mx1.kobe-seiko.co.jp", "info@kobe-seiko.co.jp", True),
    ("mx.suzhou-jixie.com.cn", "caigou@eu.suzhou-jixie.com.cn", True),
]


# Known misses (first run, left): a parent outside the registry list still relates a relay registered under it.
_NO_LIST = ("a registrable parent that is no functional second level: the geographic ones of Russia's and Poland's "
            "registries (RU-CENTER's 'msk.ru', NASK's 'waw.pl') and the Public Suffix List's PRIVATE section ('github.io', "
            "CentralNic's 'uk.com'); telling them needs the Public Suffix List itself (no copy in the project, not "
            "guessed from label lengths: 'mx.ibm.de' beside 'eu.ibm.de' is the company's own). Left")
KNOWN_SUFFIX_MISSES = [
    pytest.param("mailgate.msk.ru", "zakupki@stroy-invest.msk.ru", marks=pytest.mark.xfail(strict=True, reason=_NO_LIST)),
    pytest.param("smtp-relay.waw.pl", "biuro@budimex-serwis.waw.pl",
                 marks=pytest.mark.xfail(strict=True, reason=_NO_LIST)),
    pytest.param("mail-relay.github.io", "team@acme-docs.github.io", marks=pytest.mark.xfail(strict=True, reason=_NO_LIST)),
    pytest.param("relay.uk.com", "sales@acme-trading.uk.com", marks=pytest.mark.xfail(strict=True, reason=_NO_LIST)),
]


def test_of_recipient_public_suffixes() -> None:
    wrong = [(host, address) for host, address, own in SUFFIX_CASES if of_recipient(host, address) is not own]
    assert not wrong, wrong


@pytest.mark.parametrize(("host", "address"), KNOWN_SUFFIX_MISSES)
def test_of_recipient_unlisted_parents(host: str, address: str) -> None:
    assert not of_recipient(host, address)
