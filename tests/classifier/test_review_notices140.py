"""The hundred-and-fortieth review's notices (tests/classifier/review_notices140.py): an adversarial audit of review
137's mends (departures._sender_side, lexicon_more._SENDER_BOX_OFF / box_theirs, mailbox_states 休眠 / 중지 and the
Russian 'не') and review 134's (sender_words.RETURNED_TO's guards). One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices140 import ROWS

_SCOPE_ONLY = (
    "NOT mended (judged: a wrong scope only, soft, no false hard; older than reviews 134 and 137): our sender's refusal "
    "or account state said with the recipient's noun elsewhere in the sentence ('Konto des Absenders für den "
    "Empfänger', 'the sender's account, used to write to the recipient, was deleted') reads the recipient's scope: "
    "severity._by_recipient takes any recipient's noun as the recipient refusing (review 123's rule); the words name "
    "no one refusing, the team's call")
_NOT_ADJACENT = (
    "NOT mended (judged: scope only, soft): the sender's box said deleted with a parenthesis between noun and state "
    "('发件人账户（用于发送给收件人）已被删除'): lexicon_more._SENDER_BOX_OFF reads the sender's noun, its box and the "
    "state side by side only (review 137's shape); a parenthesis naming the recipient is rare, no server's text known")
_VOCABULARY = (
    "NOT mended (judged: scope or reason only, soft): words no table holds: Korean 귀하의 ('your', formal) and a bare "
    "'발송 중지' (sending stopped) as OUR account's; Portuguese 'remetente inválido' as our sender refused; these read "
    "the recipient's scope, never hard; no server's own text found to learn them from")
_REASON_ONLY = (
    "NOT mended (judged: the reason only, soft, the recipient's scope right): under 5.2.1 (RFC 3463 mailbox disabled, "
    "sisimai's default filtered) '收件人帐户已停用' after a '发件人：<ours>' label, and 'учётная запись ... не удалена, но "
    "заблокирована', read filtered, not suspend: mailbox_states' account-and-state shape does not reach across the "
    "label's address or a comma; both soft either way")
_RU_NOT_BUT = (
    "NOT mended (judged, older than review 137: a false soft): 'Ящик не заблокирован, а удалён' (not blocked but "
    "deleted) under a bare 5.0.0 reads onhold: departures' Russian deletion needs the box and 'удалён' side by side; "
    "reading a deletion across a negated state is a new rule with its own false hards to audit")
_NO_STAGE = (
    "NOT mended (judged, older than review 140; review 133's _NO_STAGE): a one-part notice with no status or SMTP "
    "command saying 'user unknown' reads filtered (a refusal at an unnamed stage, sisimai's rule), with or without "
    "the wrapped 'returned to the / sender' before it (the same notice without the phrase reads the same)")
_EMAIL_ADJECTIVE = (
    "NOT mended (judged, older than review 140): 'the recipient's e-mail account was deleted' reads onhold: "
    "departures._NOT_THE_ADDRESS takes 'e-mail' before the account for a message deleted (review 70's 'your message "
    "to this address was deleted'); the same without a sender word reads the same; 'the recipient's user account' "
    "(r140-ctl-sender-fine-recipients-user-account-was-deleted) reads hard")


def _all(name: str, why: str, quoted: bool = True) -> dict[str, str]:
    return {n: why for n in ([name, f"{name}-gmail", f"{name}-exo"] if quoted else [name])}


JUDGEMENT: dict[str, str] = {
    **_all("r140-allrcpt-c-de-konto-des-absenders-fuer-den-empfaenger-geloescht", _SCOPE_ONLY),
    **_all("r140-allrcpt-c-senders-account-used-to-write-to-the-recipient-was-deleted", _SCOPE_ONLY),
    **_all("r140-cjkbox-c-zh-fajianren-zhanghu-gei-shoujianren-yibeishanchu", _NOT_ADJACENT),
    **_all("r140-state-c-ko-gwiha-gyejeong-balsong-jungji", _VOCABULARY),
    **_all("r140-state-c-ko-balsong-jungji-421-daeryang-balsong", _VOCABULARY, quoted=False),
    **_all("r140-bours-c-pt-devolvido-ao-remetente-remetente-invalido", _VOCABULARY),
    **_all("r140-cjkbox-zh-fajianren-header-shoujianren-zhanghu-yitingyong", _REASON_ONLY),
    # Review novel40: "Учётная запись ... заблокирована" reads suspend since mailbox_states' account noun takes the
    # spelling with "ё" ("учётная"): an ordinary row now.
    **_all("r140-runot-ru-yashchik-ne-zablokirovan-a-udalen", _RU_NOT_BUT),
    # Review 154: "Returned to sender, but the return was refused: mailbox unknown" reads ours since
    # classifier/sender_verification.py (the return said refused): an ordinary row now.
    **_all("r140-wrap-returned-to-the-sender-user-unknown", _NO_STAGE, quoted=False),
    **_all("r140-ctl-sender-fine-recipients-email-account-was-deleted", _EMAIL_ADJECTIVE),
}

test_review_notices140, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
