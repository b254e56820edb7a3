"""Review langs45's whole localised notices (review_langs45.py holds the replies our relay reports): a site's own
plain-text notice in its language and charset, a heading, the failed address, one reason line, as
review_langs.notice lays them out; most with no status code anywhere (the words alone carry the meaning), the
Exchange-style ones once more with a delivery-status part whose only code is the generic 5.0.0.

Sources: the Exchange NDR's user sentences (Microsoft Learn, 'Email non-delivery reports and SMTP errors in Exchange
Online': 'Delivery has failed to these recipients or groups:', 'The email address you entered couldn't be found.
Please check the recipient's email address and try to resend the message.', 'The recipient's mailbox is full and
can't accept messages now.') in the languages whose localised NDR no earlier row quotes (pt-BR, pl, sv, ru, ko, tr, cs,
zh-TW), written by hand in the language's ordinary usage, as the localised pages of that article word the same causes
(learn.microsoft.com/cs-cz/..., support.office.com/nl-nl/..., support.office.com/sk-sk/... 51daa6b9); a domain not
found, a mailbox deleted or stopped, a message too large, and controls naming our sender's domain or a message, in
the local providers' sense as their help pages gloss them (review_langs45.py's per-language sources). Expectations
written BEFORE the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_langs import notice
from tests.classifier.review_langs45 import (BIG, CS, DE, FULL, HOST, IT, JA, KO, LEAD, NL, NOT_USER, PL, PT, RU, SUSPEND,
                                             SV, TR, UNKNOWN, ZH, S)

NDR = ("Exchange's NDR user sentences (Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange "
       "Online'), hand-made in {} after the localised NDR pages")
PLAIN = "a localised site's plain-text notice (heading, address, reason line; review_langs.notice), {}"
SENDER = "MAILER-DAEMON@mail.partner.example (Mail Delivery System)"

# (lang tag, charset, transfer encoding, heading, no-such-user sentence, full-mailbox sentence, subject, help source)
EXCHANGE = [
    ("pt", "iso-8859-1", "quoted-printable", "Falha na entrega para estes destinatários ou grupos:",
     "Não foi possível encontrar o endereço de email que você inseriu. Verifique o endereço de email do destinatário "
     "e tente reenviar a mensagem.",
     "A caixa de correio do destinatário está cheia e não pode aceitar mensagens no momento.",
     "Não é possível entregar: Proposta", PT),
    ("pl", "iso-8859-2", "quoted-printable", "Dostarczenie do tych adresatów lub grup nie powiodło się:",
     "Nie można odnaleźć wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj ponownie wysłać "
     "wiadomość.",
     "Skrzynka pocztowa adresata jest pełna i obecnie nie może przyjmować wiadomości.",
     "Niedostarczone: Oferta", PL),
    ("sv", "iso-8859-1", "8bit", "Leveransen till de här mottagarna eller grupperna misslyckades:",
     "E-postadressen du angav kunde inte hittas. Kontrollera mottagarens e-postadress och försök skicka meddelandet "
     "igen.",
     "Mottagarens postlåda är full och kan inte ta emot meddelanden just nu.",
     "Olevererbart: Erbjudande", SV),
    ("ru", "koi8-r", "8bit", "Доставка не выполнена для следующих получателей или групп:",
     "Введенный адрес электронной почты не найден. Проверьте адрес электронной почты получателя и попробуйте "
     "отправить сообщение еще раз.",
     "Почтовый ящик получателя переполнен и сейчас не может принимать сообщения.",
     "Не удается доставить: Предложение", RU),
    ("ko", "euc-kr", "base64", "다음 받는 사람 또는 그룹에 배달하지 못했습니다.",
     "입력한 전자 메일 주소를 찾을 수 없습니다. 받는 사람의 전자 메일 주소를 확인하고 메시지를 다시 보내십시오.",
     "받는 사람의 사서함이 가득 차서 지금은 메시지를 받을 수 없습니다.",
     "배달되지 않음: 제안", KO),
    ("tr", "iso-8859-9", "quoted-printable", "Şu alıcılara veya gruplara teslim başarısız oldu:",
     "Girdiğiniz e-posta adresi bulunamadı. Alıcının e-posta adresini denetleyin ve iletiyi yeniden göndermeyi "
     "deneyin.",
     "Alıcının posta kutusu dolu ve şu anda ileti kabul edemiyor.",
     "Teslim Edilemedi: Teklif", TR),
    ("cs", "windows-1250", "8bit", "Doručení těmto příjemcům nebo skupinám se nezdařilo:",
     "Zadanou e-mailovou adresu se nepodařilo najít. Zkontrolujte e-mailovou adresu příjemce a zkuste zprávu odeslat "
     "znovu.",
     "Poštovní schránka příjemce je plná a momentálně nemůže přijímat zprávy.",
     "Nedoručitelné: Nabídka", CS),
    ("zhtw", "big5", "base64", "無法傳遞給下列收件者或群組:",
     "找不到您輸入的電子郵件地址。請檢查收件者的電子郵件地址，然後嘗試重新傳送郵件。",
     "收件者的信箱已滿，目前無法接收郵件。",
     "無法傳遞: 提案", ZH),
]


def _body(heading: str, sentence: str) -> str:
    return f"{heading}\n\n{LEAD} ({LEAD})\n{sentence}\n"


ROWS: list[tuple] = []
for _lang, _cs, _cte, _head, _unknown, _full, _subj, _help in EXCHANGE:
    _src = NDR.format(_lang) + f"; {_help}"
    ROWS.append((f"l45-n-{_lang}-ndr-unknown", _src,
                 notice(f"l45-{_lang}-1", body=_body(_head, _unknown), charset=_cs, cte=_cte, subject=_subj,
                        sender=SENDER, rcpt=LEAD, generator="Exchange-style NDR, words only"),
                 [(LEAD, True, UNKNOWN, None, False)]))
    ROWS.append((f"l45-n-{_lang}-ndr-unknown-500", _src + " (a delivery-status part with only 5.0.0)",
                 notice(f"l45-{_lang}-2", body=_body(_head, _unknown), charset=_cs, cte=_cte, subject=_subj,
                        sender=SENDER, rcpt=LEAD, generator="Exchange-style NDR, generic status",
                        dsn={"status": "5.0.0", "diag": f"550 5.0.0 {_unknown}"}),
                 [(LEAD, True, UNKNOWN, None, False)]))
    ROWS.append((f"l45-n-{_lang}-ndr-full", _src,
                 notice(f"l45-{_lang}-3", body=_body(_head, _full), charset=_cs, cte=_cte, subject=_subj,
                        sender=SENDER, rcpt=LEAD, generator="Exchange-style NDR, words only"),
                 [(LEAD, False, FULL, None, False)]))

# (name, charset, cte, heading, reason line, subject, source, expected reasons, hard, scope)
PLAIN_ROWS = [
    ("zh-zhuxiao", "gb2312", "base64", "您发送的邮件无法投递到以下收件人：", "原因：收件人邮箱已注销", "退信：提案", ZH,
     UNKNOWN, True, None),
    ("zh-tingyong", "gb2312", "base64", "您发送的邮件无法投递到以下收件人：", "原因：收件人邮箱已停用", "退信：提案", ZH,
     SUSPEND, False, None),
    ("zh-ctl-fajianren-yuming", "gb2312", "base64", "您发送的邮件无法投递到以下收件人：", "原因：发件人域名不存在",
     "退信：提案", ZH, NOT_USER, False, S),
    ("ja-domain", "iso-2022-jp", "7bit", "以下の宛先へのメールは配信できませんでした。", "原因: 宛先ドメインが見つかりません",
     "配信エラー", JA, HOST, True, None),
    ("ja-full-sjis", "shift_jis", "base64", "以下の宛先へのメールは配信できませんでした。",
     "原因: 宛先のメールボックスの容量がオーバーしているため配信できませんでした", "配信エラー", JA, FULL, False, None),
    ("ja-size", "iso-2022-jp", "7bit", "以下の宛先へのメールは配信できませんでした。",
     "原因: メールのサイズが大きすぎるため受信を拒否されました", "配信エラー", JA, BIG, False, None),
    ("ja-ctl-sender-domain", "iso-2022-jp", "7bit", "以下の宛先へのメールは配信できませんでした。",
     "原因: 送信者のドメインが見つかりません", "配信エラー", JA, NOT_USER, False, S),
    ("de-domain", "iso-8859-1", "quoted-printable", "Ihre Nachricht konnte nicht zugestellt werden.",
     "Die Domain des Empfängers existiert nicht.", "Unzustellbare Nachricht", DE, HOST, True, None),
    ("de-ctl-absender-domain", "iso-8859-1", "quoted-printable", "Ihre Nachricht konnte nicht zugestellt werden.",
     "Die Domain des Absenders existiert nicht.", "Unzustellbare Nachricht", DE, NOT_USER, False, S),
    ("fr-domain", "iso-8859-15", "quoted-printable", "Votre message n'a pas pu être remis.",
     "Le domaine du destinataire est introuvable.", "Message non remis", "French: " + PLAIN.format("hand-made"),
     HOST, True, None),
    ("es-domain", "iso-8859-1", "quoted-printable", "No se ha podido entregar su mensaje.",
     "El dominio del destinatario no existe.", "Mensaje no entregado", "Spanish: " + PLAIN.format("hand-made"),
     HOST, True, None),
    ("it-domain", "iso-8859-1", "8bit", "Il messaggio non è stato recapitato.", "Il dominio del destinatario non esiste.",
     "Messaggio non recapitato", IT, HOST, True, None),
    ("nl-domain", "iso-8859-1", "8bit", "Uw bericht kon niet worden afgeleverd.", "Het domein van de ontvanger bestaat "
     "niet.", "Onbestelbaar bericht", NL, HOST, True, None),
    ("pt-domain", "iso-8859-1", "quoted-printable", "Sua mensagem não pôde ser entregue.",
     "O domínio do destinatário não existe.", "Mensagem não entregue", PT, HOST, True, None),
    ("pl-domain", "iso-8859-2", "quoted-printable", "Wiadomość nie mogła zostać dostarczona.", "Domena odbiorcy nie "
     "istnieje.", "Wiadomość niedostarczona", PL, HOST, True, None),
    ("ru-domain", "koi8-r", "8bit", "Ваше сообщение не может быть доставлено.", "Не удалось найти домен получателя.",
     "Письмо не доставлено", RU, HOST, True, None),
    ("ru-ctl-otpravitel-domain", "koi8-r", "8bit", "Ваше сообщение не может быть доставлено.",
     "Домен отправителя не существует.", "Письмо не доставлено", RU, NOT_USER, False, S),
    ("ru-deleted-1251", "windows-1251", "base64", "Ваше сообщение не может быть доставлено.",
     "Почтовый ящик получателя был удалён.", "Письмо не доставлено", RU, UNKNOWN, True, None),
    ("ko-ctl-sender-domain", "euc-kr", "base64", "메일이 전송되지 못하고 반송되었습니다.",
     "보내는 사람의 도메인이 존재하지 않습니다.", "[반송] 메일 전송 실패", KO, NOT_USER, False, S),
    ("ko-domain", "euc-kr", "base64", "메일이 전송되지 못하고 반송되었습니다.", "받는 사람의 도메인이 존재하지 않습니다.",
     "[반송] 메일 전송 실패", KO, HOST, True, None),
    ("tr-domain", "iso-8859-9", "quoted-printable", "İletiniz aşağıdaki alıcılara teslim edilemedi.",
     "Alıcının alan adı bulunamadı.", "Teslim edilemeyen ileti", TR, HOST, True, None),
    ("cs-domain", "iso-8859-2", "quoted-printable", "Vaše zpráva nemohla být doručena.", "Doména příjemce neexistuje.",
     "Nedoručitelná zpráva", CS, HOST, True, None),
    ("sv-ctl-bilaga", "iso-8859-1", "8bit", "Ditt meddelande kunde inte levereras till följande mottagare.",
     "Meddelandet innehåller en bilaga som inte är tillåten.", "Olevererbart meddelande", SV, (), False, None),
    ("sv-domain", "iso-8859-1", "8bit", "Ditt meddelande kunde inte levereras till följande mottagare.",
     "Mottagarens domän finns inte.", "Olevererbart meddelande", SV, HOST, True, None),
]

for _name, _cs, _cte, _head, _line, _subj, _help, _reasons, _hard, _scope in PLAIN_ROWS:
    ROWS.append((f"l45-n-{_name}", PLAIN.format(f"in {_cs}") + f"; {_help}",
                 notice(f"l45-{_name}", body=f"{_head}\n\n{LEAD}\n    {_line}\n", charset=_cs, cte=_cte, subject=_subj,
                        sender=SENDER, rcpt=LEAD, generator="plain localised notice"),
                 [(LEAD, _hard, _reasons, _scope, False)]))
