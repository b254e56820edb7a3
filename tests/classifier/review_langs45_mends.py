"""Review langs45's mends and their controls, written after the first run (review_langs45.py and
review_langs45_notices.py hold the rows written before it). Each mend's rows, then the nearby notices that must NOT
change (named "-ctl-"): the same words said of our sender, our IP, a server, a file, a certificate or a key of a
domain, a mailbox's size, beside a real missing user, or Danish "dit" (your) next to Dutch "dit" (this).
Sources as in review_langs45.py; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_langs import notice
from tests.classifier.review_langs45 import (ADMIN, BIG, BLOCKED, CS, DE, FULL, HOST, JA, KO, LEAD, MX, NL, NOT_USER,
                                             RELAY, SPAM, SV, TR, UNKNOWN, R, S)
from tests.classifier.review_notices25 import relayed_for

ANY = None
at = relayed_for("l45-m", MX, LEAD)
SENDER = "MAILER-DAEMON@mail.partner.example (Mail Delivery System)"
PLAIN = "a localised site's plain-text notice (review_langs.notice), hand-made; {}"


def words(name: str, line: str, charset: str, source: str, expected: tuple) -> tuple:
    """A plain localised notice whose one reason line carries the meaning (no status anywhere)."""
    hard, reasons, scope = expected
    return (f"l45-m-n-{name}", PLAIN.format(source),
            notice(f"l45-m-{name}", body=f"Undeliverable.\n\n{LEAD}\n    {line}\n", charset=charset, cte="base64",
                   subject="Undeliverable", sender=SENDER, rcpt=LEAD, generator="plain localised notice"),
            [(LEAD, hard, reasons, scope, False)])


# ndr_sentences.RECIPIENT / DOMAIN: "the address could not be found", never our sender's, a server's or a file's.
FOUND_ROWS = at("found", ADMIN, [
    ("sv-mottagarens-adress", "550 Mottagarens adress kunde inte hittas", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("cs-adresu-prijemce", "550 Adresu příjemce se nepodařilo najít", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("ko-받는-사람-주소", "550 받는 사람의 전자 메일 주소를 찾을 수 없습니다", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("tr-alicinin-adresi", "550 Alıcının e-posta adresi bulunamadı", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("tr-alan-adi", "550 Alan adı bulunamadı", "5.0.0", "RCPT", True, HOST, R),
]) + [
    words("ctl-sv-avsandarens", "Avsändarens e-postadress kunde inte hittas.", "iso-8859-1", SV, (False, (), ANY)),
    words("ctl-sv-servern", "E-postservern kunde inte hittas.", "iso-8859-1", SV, (False, (), ANY)),
    words("ctl-sv-bilagan", "Bilagan kunde inte hittas.", "iso-8859-1", SV, (False, (), ANY)),
    words("ctl-cs-odesilatele", "Adresu odesílatele se nepodařilo najít.", "iso-8859-2", CS, (False, (), ANY)),
    words("ctl-cs-server", "Server příjemce se nepodařilo najít.", "iso-8859-2", CS, (False, (), ANY)),
    words("ctl-ko-sender", "보내는 사람의 전자 메일 주소를 찾을 수 없습니다.", "euc-kr", KO, (False, (), S)),
    words("ctl-ko-server", "메일 서버 주소를 찾을 수 없습니다.", "euc-kr", KO, (False, (), ANY)),
    words("ctl-tr-gonderenin", "Gönderenin e-posta adresi bulunamadı.", "iso-8859-9", TR, (False, (), S)),
    words("ctl-tr-ip-adresi", "Sunucunun IP adresi bulunamadı.", "iso-8859-9", TR, (False, (), ANY)),
    words("ctl-tr-gonderenin-alan-adi", "Gönderenin alan adı bulunamadı.", "iso-8859-9", TR, (False, (), S)),
]

# lexicon's domain readings ("introuvable", "見つかりません", Czech "doména ... neexistuje") and absent_things.thing_of:
# a certificate, key or record of the domain is no missing domain (false hards before: "Le certificat du domaine
# n'existe pas" read hostunknown already).
DOMAIN_ROWS = [
    words("fr-domaine-destinataire", "Le domaine du destinataire est introuvable.", "iso-8859-15",
          "French: " + ADMIN, (True, HOST, ANY)),
    words("ja-atesaki-domain", "宛先ドメインが見つかりません", "iso-2022-jp", JA, (True, HOST, ANY)),
    words("cs-domena-prijemce", "Doména příjemce neexistuje.", "windows-1250", CS, (True, HOST, ANY)),
    words("ctl-fr-domaine-expediteur", "Le domaine de l'expéditeur est introuvable.", "iso-8859-15",
          "French: " + ADMIN, (False, NOT_USER, S)),
    words("ctl-cs-domena-odesilatele", "Doména odesílatele neexistuje.", "windows-1250", CS, (False, NOT_USER, S)),
    words("ctl-fr-certificat-introuvable", "Le certificat du domaine est introuvable.", "iso-8859-15",
          "French: " + ADMIN, (False, (), ANY)),
    words("ctl-fr-certificat-n-existe-pas", "Le certificat du domaine n'existe pas.", "iso-8859-15",
          "French: " + ADMIN, (False, (), ANY)),
    words("ctl-de-zertifikat", "Das Zertifikat der Domain existiert nicht.", "iso-8859-1", DE, (False, (), ANY)),
    words("ctl-ja-shomeisho", "ドメインの証明書が見つかりません", "iso-2022-jp", JA, (False, (), ANY)),
    words("ctl-ja-shomeisho-sonzai", "ドメインの証明書が存在しません", "iso-2022-jp", JA, (False, (), ANY)),
    words("de-domain-mx-eintrag", "Die Domain des Empfängers existiert nicht (kein MX-Eintrag).", "iso-8859-1", DE,
          (True, HOST, ANY)),
] + at("domain", ADMIN, [
    ("ctl-ja-dkim-key", "550 5.7.1 ドメインのDKIM鍵が見つかりません", "5.7.1", "DATA", False, (), ANY),
    ("ctl-ja-dkim-key-sonzai", "550 5.7.1 ドメインのDKIM鍵が存在しません", "5.7.1", "DATA", False, (), ANY),
    ("ctl-en-dkim-key", "550 The domain's DKIM key was not found", "5.0.0", "DATA", False, (), ANY),
    ("en-domain-not-found", "550 Domain not found", "5.0.0", "RCPT", True, HOST, R),
    ("cs-domena-neexistuje", "550 Doména neexistuje", "5.0.0", "RCPT", True, HOST, R),
    ("fr-domaine-puis-destinataire-introuvable", "550 Domaine partner.fr : destinataire introuvable", "5.0.0", "RCPT",
     True, UNKNOWN, R),
])

# mailbox_states: relay nouns and refusals, the message said to exceed the size, an IP blocked, Korean "중지된",
# "사서함", Japanese "オーバー"; the relay and IP words never beside a missing user, the size never a mailbox's.
STATE_ROWS = at("states", ADMIN, [
    ("pt-retransmissao-negada", "554 Retransmissão negada", "5.0.0", "RCPT", False, RELAY, ANY),
    ("sv-vidarebefordran-inte-tillaten", "554 Vidarebefordran är inte tillåten", "5.0.0", "RCPT", False, RELAY, ANY),
    ("ja-chukei-kyohi", "554 中継を拒否しました", "5.0.0", "RCPT", False, RELAY, ANY),
    ("ctl-sv-relay-beside-unknown", "550 Mottagaren finns inte; vidarebefordran nekas", "5.0.0", "RCPT", True,
     UNKNOWN, R),
    ("ctl-tr-relay-beside-unknown", "550 Böyle bir kullanıcı yok, aktarıma izin verilmiyor", "5.0.0", "RCPT", True,
     UNKNOWN, R),
    ("de-nachricht-ueberschreitet-groesse", "552 Ihre Nachricht überschreitet die zulässige Größe", "5.0.0", "DATA",
     False, BIG, ANY),
    ("ctl-de-postfach-groesse", "552 Das Postfach überschreitet die maximal zulässige Größe", "5.0.0", "RCPT", False,
     FULL, R),
    ("ctl-ja-mailbox-size", "552 メールボックスのサイズが上限を超えています", "5.0.0", "RCPT", False, FULL, R),
    ("ctl-tr-posta-kutusu-boyutu", "552 Posta kutusu boyutu sınırı aşıyor", "5.0.0", "RCPT", False, FULL, R),
    ("pt-ip-foi-bloqueado", "554 Seu IP foi bloqueado", "5.0.0", "RCPT", False, BLOCKED, S),
    ("ctl-pt-ip-nao-bloqueado-unknown", "550 O IP não está bloqueado: usuário inexistente", "5.0.0", "RCPT", True,
     UNKNOWN, R),
    ("ctl-ko-ip-unknown", "550 존재하지 않는 사용자입니다 (IP 차단 아님)", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("ko-중지된-계정", "550 중지된 계정입니다", "5.0.0", "RCPT", False, ("suspend",), R),
    ("ko-사서함-가득", "552 받는 사람의 사서함이 가득 찼습니다", "5.0.0", "RCPT", False, FULL, R),
    ("ja-youryou-over", "552 宛先のメールボックスの容量がオーバーしています", "5.0.0", "RCPT", False, FULL, R),
])

# lexicon_more._YOUR_WORDS: Danish "dit" (your), never Dutch "dit" (this) before its noun and Dutch "is".
YOUR_ROWS = at("your", f"{NL}; {ADMIN}", [
    ("nl-dit-account-uitgeschakeld", "550 Dit account is uitgeschakeld", "5.0.0", "RCPT", False, ("suspend",), R),
    ("ctl-nl-uw-account-geblokkeerd", "550 Uw account is geblokkeerd", "5.0.0", "RCPT", False, NOT_USER, S),
    ("ctl-da-din-konto-spaerret", "550 Din konto er spærret", "5.0.0", "RCPT", False, NOT_USER, S),
])

# wordings' SPAMDETECTED "podejrzenie spamu" (Polish "suspected spam"), never beside a missing user.
SPAM_ROWS = at("spam", ADMIN, [
    ("pl-podejrzenie-spamu-data", "550 Odrzucono: podejrzenie spamu", "5.0.0", "DATA", False, SPAM, ANY),
    ("ctl-pl-unknown-beside", "550 Użytkownik nie istnieje (podejrzenie spamu nie dotyczy)", "5.0.0", "RCPT", True,
     UNKNOWN, R),
])

ROWS: list[tuple] = FOUND_ROWS + DOMAIN_ROWS + STATE_ROWS + YOUR_ROWS + SPAM_ROWS
