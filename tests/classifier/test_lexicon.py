"""`classifier.lexicon`: "no such recipient", full and disabled mailboxes, relay and size
refusals in the languages sales teams meet. The sentences are HAND-MADE in the shape of the
servers' localised replies and webmail notices (noun and state in one sentence, either order);
they are tests of the shapes, not copies of anyone's sample messages."""

from __future__ import annotations

import pytest

from classifier import lexicon, mailbox_states
from classifier.reasons import reason_for
from classifier.records import Reason as R


def _reason(text: str, command: str | None = "RCPT") -> R:
    return reason_for(status="5.0.0", reply_code="550", diagnostic=text, action="failed", command=command)


NO_SUCH_RECIPIENT = [
    "550 該当するユーザーがいません",  # ja
    "550 そのようなユーザーはいません",  # ja
    "550 该邮箱不存在",  # zh: a CJK noun glued to the word before it
    "550 找不到收件人",  # zh: the absence first
    "550 Käyttäjää ei ole olemassa",  # fi
    "550 Felhasználó nem létezik",  # hu
    "550 Utilizatorul nu există",  # ro
    "550 Ο χρήστης δεν υπάρχει",  # el
    "550 Người nhận không tồn tại",  # vi
    "550 Pengguna tidak ditemukan",  # id
]


@pytest.mark.parametrize("text", NO_SUCH_RECIPIENT)
def test_no_such_recipient_in_more_languages(text):
    assert lexicon.no_such_recipient(text.lower())
    assert _reason(text) is R.USERUNKNOWN
    assert _reason(text, command=None) is R.USERUNKNOWN  # not the classic English: no filter reading


@pytest.mark.parametrize(("text", "reason"), [
    ("552 Das Postfach des Empfängers ist voll", R.MAILBOXFULL),  # de
    ("552 La boîte aux lettres du destinataire est pleine", R.MAILBOXFULL),  # fr
    ("552 El buzón del destinatario está lleno", R.MAILBOXFULL),  # es
    ("552 La casella di posta del destinatario è piena", R.MAILBOXFULL),  # it
    ("552 A caixa postal do destinatário está cheia", R.MAILBOXFULL),  # pt
    ("552 De mailbox van de ontvanger is vol", R.MAILBOXFULL),  # nl
    ("552 Skrzynka odbiorcy jest pełna", R.MAILBOXFULL),  # pl
    ("552 Przekroczony limit skrzynki", R.MAILBOXFULL),  # pl
    ("552 Mottagarens brevlåda är full", R.MAILBOXFULL),  # sv
    ("552 Превышен лимит почтового ящика", R.MAILBOXFULL),  # ru
    ("552 メールボックスの容量が一杯です", R.MAILBOXFULL),  # ja
    ("552 用户邮箱容量超限", R.MAILBOXFULL),  # zh
    ("550 Das Konto wurde deaktiviert", R.SUSPEND),  # de
    ("550 Ce compte a été désactivé", R.SUSPEND),  # fr
    ("550 La cuenta está desactivada", R.SUSPEND),  # es
    ("550 Account disabilitato", R.SUSPEND),  # it
    ("550 Conta inativa", R.SUSPEND),  # pt
    ("550 Account is uitgeschakeld", R.SUSPEND),  # nl
    ("550 Konto zostało zablokowane", R.SUSPEND),  # pl
    ("550 Kontot är avstängt", R.SUSPEND),  # sv
    ("550 Ящик пользователя заблокирован", R.SUSPEND),  # ru
    ("550 このアカウントは停止されています", R.SUSPEND),  # ja
    ("550 用户已被禁用", R.SUSPEND),  # zh
    ("550 Relaying nicht erlaubt", R.NORELAYING),  # de
    ("550 Relay no permitido", R.NORELAYING),  # es
    ("550 Relay non consentito", R.NORELAYING),  # it
    ("550 Relay não permitido", R.NORELAYING),  # pt
    ("550 Ретрансляция запрещена", R.NORELAYING),  # ru
    ("552 Размер письма превышает допустимый", R.MESGTOOBIG),  # ru
    ("552 メッセージサイズが大きすぎます", R.MESGTOOBIG),  # ja
    ("552 Die Nachricht ist zu groß", R.MESGTOOBIG),  # de
])
def test_mailbox_states_and_refusals_in_other_languages(text, reason):
    assert _reason(text) is reason


@pytest.mark.parametrize("text", [
    "550 5.7.1 Ihre Nachricht wurde als Spam eingestuft",  # spam, not a mailbox state
    "550 5.1.1 The recipient's mailbox is unavailable",  # English "mailbox" alone says no state
    "421 4.7.0 Try again later, the server is busy",
    "550 5.7.1 Relay access denied",  # English relay wording stays in the phrase table
])
def test_shapes_do_not_fire_on_other_wordings(text):
    low = text.lower()
    assert mailbox_states.MAILBOX_FULL.search(low) is None
    assert mailbox_states.ACCOUNT_DISABLED.search(low) is None
    assert mailbox_states.MESSAGE_TOO_BIG.search(low) is None


@pytest.mark.parametrize(("text", "refused"), [
    ("550 5.1.0 <s@example.com>: sender address rejected: domain not found", True),
    ("553 5.1.8 domain of sender address s@example.com does not exist", True),
    ("550 5.1.1 <a@example.org>: recipient address rejected: user unknown", False),
    ("550 5.1.1 <a@example.org>: recipient address rejected: user unknown (sender address rejected)", False),
    ("550 absender existiert nicht", True),
])
def test_sender_refused(text, refused):
    assert lexicon.sender_refused(text) is refused


def test_recipient_address_rejected_domain_not_found_is_about_the_domain():
    text = "550 5.1.2 <a@nowhere.example>: recipient address rejected: domain not found"
    assert not lexicon.no_such_recipient(text, rcpt=True)
    assert lexicon.no_such_domain(text)


@pytest.mark.parametrize(("text", "missing"), [
    # HAND-MADE: the Japanese "not registered" (DTI's "ユーザーは登録されていません") said of the
    # sending side ("送信元", the source) is a sender check, never the recipient.
    ("送信元アドレスが登録されていません", False),
    ("送信元アドレスが存在しません", False),
    # "Unknown or not enabled" stays no proof (Aruba PEC); "does not exist or was not found"
    # is the same absence twice (Microsoft's it/pl 5.1.10 help).
    ("indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata", False),
    ("l'indirizzo a cui è stato inviato il messaggio non esiste o non è stato trovato.", True),
    ("adres e-mail, na który wysłano wiadomość, nie istnieje lub nie można go było odnaleźć.", True),
    # HAND-MADE: the sender's word qualifying the noun before it (et, sr, id) is the sender's
    # address; "returned TO the sender because the address does not exist" is the recipient's.
    ("saatja aadressi pole olemas", False),
    ("pošiljaočeva adresa ne postoji", False),
    ("pengirim: akun tidak ada", False),
    ("poruka je vraćena pošiljaocu jer adresa ne postoji", True),
    ("pesan dikembalikan ke pengirim karena akun tidak ada", True),
    ("teade saadeti saatjale, sest aadressi pole olemas", True),
])
def test_not_found_said_twice_or_of_the_sender(text, missing):
    assert lexicon.no_such_recipient(text) is missing


def test_plesk_no_longer_accepts_mail_only_whole():
    # Plesk's "cette adresse n'accepte plus d'e-mail" is a missing user; the same opening about
    # unauthenticated mail is a sender check, never proof of a missing address.
    assert lexicon.no_such_recipient("cette adresse n'accepte plus d'e-mail")
    assert not lexicon.no_such_recipient("cette adresse n'accepte plus les messages non authentifiés (spf)")


@pytest.mark.parametrize("output, status, reason", [
    # qmail's sentence as vpopmail's vdelivermail writes it; a .mailfilter rule's echo before EXITCODE=67, behind
    # courier-authlib's complaint (real round lda); both under the 5.1.1 Postfix writes for EX_NOUSER.
    ("X-Unix; Sorry, no mailbox here by that name. vpopmail (#5.1.1)", "5.1.1", R.USERUNKNOWN),
    ("X-Unix; ERR: authdaemon: s_connect() failed: No such file or directory Sorry, no mailbox here by that name. "
     "(ghost)", "5.1.1", R.USERUNKNOWN),
    # Controls: the sentence under another exit's status is the program's failure; procmail's "No such user" after a
    # file it could not create is no missing mailbox (the corpus's lhost-postfix-01).
    ("X-Unix; Sorry, no mailbox here by that name. (ghost)", "5.3.0", R.MAILERERROR),
    ("X-Unix; procmail: Couldn't create \"/var/spool/mail/neko\" id: r.example.org: No such user", "5.1.1",
     R.MAILERERROR),
])
def test_a_programs_no_mailbox_sentence_under_ex_nouser_is_a_missing_mailbox(output, status, reason):
    assert reason_for(status=status, reply_code=None, diagnostic=output, action="failed", command=None) is reason
