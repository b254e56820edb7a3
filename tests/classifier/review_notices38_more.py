"""The thirty-eighth review's whole notices, part 2 (part 1, review_notices38.py, says what the
review is): gromox's Traditional Chinese local bounces beyond the one review_langs has, Microsoft's
localised Office 365 NDR help in Hungarian, Czech and Hebrew, and a Catalan school network's
glosses of returned mail.

- gromox (grommunio/gromox data/local_bounce/big5/BOUNCE_MAILBOX_FULL, BOUNCE_OPERATION_ERROR,
  BOUNCE_MAIL_DELIVERED; the files are UTF-8 today though the directory is named for Big5, so both
  charsets are written): the mailbox is full (soft), "our mail system erred" (soft), the message
  arrived (no bounce). Layout review_notices38_layouts.gromox.
- Microsoft Office 365 help, "Fix email delivery issues for error code 5.1.10" (article
  5a04a25a-a34f-476b-afc6-007fb92f86a1) in hu-hu and cs-cz: the first cause it gives for the code,
  the address the message was sent to does not exist or cannot be found (hard); and "...error code
  550 5.7.1" (article da1ff375-f88f-4a3e-b81f-06cdb6ecae3c) in hu-hu and he-il: "you do not have
  permission to send to the recipient" (a policy refusal: soft, never a missing address). Weak as
  a notice's words: the help page's description of what the notice says, in Microsoft's own
  translation (Exchange Online writes its NDR in the sender's language).
- riudoms.xarxa-omnia.org "Correus electrònics amb missatges d'error" (a Catalan school network's
  page glossing the returned-mail errors; weak, third-party): 550 "User unknown" = "no hi ha cap
  bústia a l'ordinador de destí amb el nom de l'adreça del destinatari", 452 "Mailbox disk quota
  exceeded" = "La bústia del destinatari està plena i no accepta més missatges", 552 "Message body
  is too big" = "algun fitxer adjunt massa gran, que supera el màxim tamany permès a la bústia del
  destinatari".

Each wording as the words alone (review_langs.notice, no status part) in the charsets such
notices come in (ISO-8859-2, Windows-1250, Windows-1255, ISO-8859-8, Big5, UTF-8;
quoted-printable, base64, 8bit), and under the status its code gives. Expectations written from
the words and the taxonomy before the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_langs import notice
from tests.classifier.review_notices38_layouts import gromox

UU = ("userunknown",)
FULL = ("mailboxfull",)
POLICY = ("securityerror", "policyviolation", "rejected", "blocked", "filtered")
R = "recipient"
ROWS: list[tuple] = []


def _add(name: str, source: str, raw: bytes, expected: list[tuple]) -> None:
    ROWS.append((name, source, raw, expected))


def _ndr(name: str, rcpt: str, words: str, charset: str, cte: str, subject: str, status: str | None,
         remote: str = "mx.example.invalid") -> bytes:
    """The words as a notice's human part; with `status`, a delivery-status part carrying it."""
    dsn = {"action": "failed", "status": status, "remote": remote} if status else None
    return notice(f"n38-{name}", body=f"{words}\n\n    {rcpt}\n", charset=charset, cte=cte, subject=subject,
                  sender="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com>",
                  rcpt=rcpt, dsn=dsn, generator="words of Microsoft's localised NDR help")


# ---------------------------------------------------------------- zh-TW: gromox local bounces
_TW = "lead@mail.example.tw"
_GROMOX = "grommunio/gromox data/local_bounce/big5/{} (gromox's local delivery agent's Traditional Chinese notice)"
_LABELS = ("發送時間：", "發件人地址：", "收件人：", "郵件主題：")
_FULL = "很抱歉通知您，您發送到“{r}”的郵件無法被正確投遞，\n因為收件人郵箱已滿，無法再接收任何郵件。\n請等待收件人清空郵箱後再嘗試發送。"
_ERROR = "很抱歉通知您，您發送到“{r}”的郵件無法被正確投遞，\n我們的郵件系統出錯，請聯系系統管理員以解決該問題。"
_DONE = "您發送到“{r}”的郵件已成功到達！"
for _cs, _cte in (("utf-8", "base64"), ("big5", "base64"), ("big5", "8bit")):
    _add(f"zh_TW-gromox-mailbox-full-{_cs}-{_cte}", _GROMOX.format("BOUNCE_MAILBOX_FULL") + ": '因為收件人郵箱已滿'",
         gromox(f"full-{_cs}-{_cte}", rcpt=_TW, subject="投遞失敗，收件人郵箱已滿", sender="系統投遞員 <postmaster@mail.example.tw>",
                greeting="您好：", reason=_FULL.format(r=_TW), labels=_LABELS, charset=_cs, cte=_cte),
         [(_TW, False, FULL, R, False)])
for _cs, _cte in (("utf-8", "base64"), ("big5", "8bit")):
    _add(f"zh_TW-gromox-system-error-{_cs}", _GROMOX.format("BOUNCE_OPERATION_ERROR") +
         ": '我們的郵件系統出錯' (our mail system erred: soft, the address is not in question)",
         gromox(f"err-{_cs}", rcpt=_TW, subject="投遞失敗，郵件系統出錯", sender="系統投遞員 <postmaster@mail.example.tw>",
                greeting="您好：", reason=_ERROR.format(r=_TW), labels=_LABELS, charset=_cs, cte=_cte),
         [(_TW, False, ("systemerror", "mailererror", "undefined", "onhold"), None, False)])
    _add(f"zh_TW-gromox-delivered-{_cs}", _GROMOX.format("BOUNCE_MAIL_DELIVERED") + ": '郵件已成功到達' (delivered: no bounce)",
         gromox(f"ok-{_cs}", rcpt=_TW, subject="郵件已成功到達郵箱", sender="系統投遞員 <postmaster@mail.example.tw>",
                greeting="您好：", reason=_DONE.format(r=_TW), labels=_LABELS, charset=_cs, cte=_cte),
         [])

# ---------------------------------------------------------------- hu, cs: Microsoft 5.1.10 (the address does not exist)
_MS_5110 = ("Microsoft Office 365 help, 'Fix email delivery issues for error code 5.1.10' ({}), support.office.com/{}/"
            "article/...-5a04a25a-a34f-476b-afc6-007fb92f86a1: the first cause, {!r} (weak: the help page's words)")
_HU = "lead@example.hu"
_HU_5110 = "Az e-mail-cím, amelyre elküldte az üzenetet, nem létezik vagy nem található."
_HU_SUBJ = "Nem kézbesíthető: Ajánlat"
for _cs, _cte in (("iso-8859-2", "quoted-printable"), ("utf-8", "base64"), ("windows-1250", "8bit")):
    _add(f"hu-ms-5110-words-{_cs}", _MS_5110.format("hu-hu", "hu-hu", _HU_5110),
         _ndr(f"hu5110-{_cs}", _HU, _HU_5110, _cs, _cte, _HU_SUBJ, None), [(_HU, True, UU, R, False)])
_add("hu-ms-5110-dsn", _MS_5110.format("hu-hu", "hu-hu", _HU_5110) + " (under its own 5.1.10)",
     _ndr("hu5110-dsn", _HU, _HU_5110, "utf-8", "quoted-printable", _HU_SUBJ, "5.1.10"),
     [(_HU, True, UU + ("notaccept",), R, False)])
# The guard: the sender's address named as missing, in the same page's words with "a feladó"
# (the sender's, Microsoft's hu-hu name of the From box's owner) put before them: never the
# recipient's absence.
_add("hu-ms-5110-sender-guard", _MS_5110.format("hu-hu", "hu-hu", _HU_5110) + " (the SENDER's address put in: guard)",
     _ndr("hu5110-guard", _HU, "A feladó e-mail-címe nem létezik vagy nem található.", "iso-8859-2",
          "quoted-printable", _HU_SUBJ, None),
     [(_HU, False, (), None, False)])
_CZ = "lead@example.cz"
_CS_5110 = "E-mailová adresa, na kterou jste poslali zprávu, neexistuje nebo se nedá najít."
_CS_SUBJ = "Nedoručitelné: Nabídka"
for _cs, _cte in (("iso-8859-2", "quoted-printable"), ("windows-1250", "8bit"), ("utf-8", "base64")):
    _add(f"cs-ms-5110-words-{_cs}", _MS_5110.format("cs-cz", "cs-cz", _CS_5110),
         _ndr(f"cs5110-{_cs}", _CZ, _CS_5110, _cs, _cte, _CS_SUBJ, None), [(_CZ, True, UU, R, False)])
_add("cs-ms-5110-dsn", _MS_5110.format("cs-cz", "cs-cz", _CS_5110) + " (under its own 5.1.10)",
     _ndr("cs5110-dsn", _CZ, _CS_5110, "iso-8859-2", "quoted-printable", _CS_SUBJ, "5.1.10"),
     [(_CZ, True, UU + ("notaccept",), R, False)])

# ---------------------------------------------------------------- hu, he: Microsoft 5.7.1 (no permission: soft)
_MS_571 = ("Microsoft Office 365 help, 'Fix email delivery issues for error code 550 5.7.1' ({}), support.office.com/{}/"
           "article/...-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c: the first cause, {!r} (weak: the help page's words; a "
           "permission refusal names the recipient but says nothing of its existence)")
_HU_571 = "Nincs engedélye arra, hogy a címzettnek üzenetet küldjön."
for _cs, _cte in (("iso-8859-2", "quoted-printable"), ("utf-8", "base64")):
    _add(f"hu-ms-571-words-{_cs}", _MS_571.format("hu-hu", "hu-hu", _HU_571),
         _ndr(f"hu571-{_cs}", _HU, _HU_571, _cs, _cte, _HU_SUBJ, None), [(_HU, False, (), None, False)])
_add("hu-ms-571-dsn", _MS_571.format("hu-hu", "hu-hu", _HU_571) + " (under 5.7.1)",
     _ndr("hu571-dsn", _HU, _HU_571, "iso-8859-2", "quoted-printable", _HU_SUBJ, "5.7.1"),
     [(_HU, False, POLICY, None, False)])
_IL = "lead@example.co.il"
_HE_571 = "אין לך הרשאה לשלוח לנמען."
_HE_SUBJ = "לא ניתן למסור: הצעה"
for _cs, _cte in (("windows-1255", "8bit"), ("utf-8", "base64"), ("iso-8859-8", "quoted-printable")):
    _add(f"he-ms-571-words-{_cs}", _MS_571.format("he-il", "he-il", _HE_571),
         _ndr(f"he571-{_cs}", _IL, _HE_571, _cs, _cte, _HE_SUBJ, None),
         [(_IL, False, (), None, False)])
_add("he-ms-571-dsn", _MS_571.format("he-il", "he-il", _HE_571) + " (under 5.7.1)",
     _ndr("he571-dsn", _IL, _HE_571, "windows-1255", "quoted-printable", _HE_SUBJ, "5.7.1"),
     [(_IL, False, POLICY, None, False)])

# ---------------------------------------------------------------- ca: a Catalan network's glosses (weak)
_RIU = ("riudoms.xarxa-omnia.org/email/annex/msg_err.html 'Correus electrònics amb missatges d'error' (weak, a "
        "third-party gloss of {}): {!r}")
_CAT = "lead@example.cat"
for _key, _words, _gloss, _exp in (
        ("no-mailbox", "No hi ha cap bústia a l'ordinador de destí amb el nom de l'adreça del destinatari.",
         "550 'User unknown'", [(_CAT, True, UU, R, False)]),
        ("mailbox-full", "La bústia del destinatari està plena i no accepta més missatges.",
         "452 'Mailbox disk quota exceeded'", [(_CAT, False, FULL, R, False)]),
        ("attachment-too-big", "Hem enviat un correu amb algun fitxer adjunt massa gran, que supera el màxim tamany "
         "permès a la bústia del destinatari.", "552 'Message body is too big'",
         [(_CAT, False, ("mesgtoobig", "exceedlimit"), None, False)])):
    for _cs, _cte in (("iso-8859-1", "quoted-printable"), ("utf-8", "base64")):
        _add(f"ca-riudoms-{_key}-{_cs}", _RIU.format(_gloss, _words),
             notice(f"n38-riu-{_key}-{_cs}", body=f"{_CAT}\n\n{_words}\n", charset=_cs, cte=_cte,
                    subject="Missatge no lliurat", sender="Mail Delivery System <MAILER-DAEMON@correu.example.cat>",
                    rcpt=_CAT, generator="a Catalan notice in the gloss's words"),
             _exp)

# ---------------------------------------------------------------- gromox's success notice in its other languages
# The same receipt as the zh-TW rows above, in the template's English, Simplified Chinese and
# Japanese (data/local_bounce/ascii, gb2312, euc-jp/BOUNCE_MAIL_DELIVERED): sent from postmaster,
# it says the mail arrived: no bounce in any language.
for _lang, _cs, _subject, _greeting, _reason, _labels in (
        ("en", "us-ascii", "Mail has been delivered successfully", "Hi,",
         "Your mail has been delivered to <{r}> successfully!", ("Time:", "From:", "To:", "Subject:")),
        ("zh", "gb2312", "邮件已成功送达", "您好：", "邮件已成功送到至“{r}”的邮箱！",
         ("发送时间：", "发件人地址：", "收件人：", "邮件主题：")),
        ("ja", "euc-jp", "メールが正常に配信されました", "お知らせ：", "あなたのメールは\"{r}\"に届きました。",
         ("送信時間：", "送信者：", "宛先：", "メール標題："))):
    _add(f"{_lang}-gromox-delivered-{_cs}", _GROMOX.replace("big5", _cs.replace("us-", "")).format("BOUNCE_MAIL_DELIVERED")
         + f": {_reason.format(r='<rcpt>')!r} (delivered: no bounce)",
         gromox(f"ok-{_lang}", rcpt=_TW, subject=_subject, sender="Mail Daemon <postmaster@mail.example.tw>",
                greeting=_greeting, reason=_reason.format(r=_TW), labels=_labels, charset=_cs, cte="base64"),
         [])

# ---------------------------------------------------------------- hr, hu, he: the other 5.7.1 causes (soft)
# The same 5.7.1 help page lists four causes; each is a permission or routing refusal, never a
# missing address: no permission to send to the distribution group, no permission to send
# through a server between you and the recipient, the message routed to the wrong server. Croatian
# from the hr-hr copy (support.office.com/hr-hr/article/...-da1ff375-f88f-4a3e-b81f-06cdb6ecae3c).
_HR = "lead@example.hr"
_CAUSES = (
    ("hr", _HR, "Nije moguće isporučiti: Ponuda", ("windows-1250", "iso-8859-2"), (
        ("recipient", "Nemate dozvolu za slanje primatelju."),
        ("group", "Nemate dozvolu za slanje grupi za raspodjelu ili nekoj njezinoj podgrupi."),
        ("server", "Nemate dozvolu za slanje e-pošte putem poslužitelja za e-poštu koji se nalazi između vas i "
                   "primatelja."),
        ("wrong-server", "Vaša je poruka usmjerena na pogrešan poslužitelj za e-poštu."))),
    ("hu", _HU, _HU_SUBJ, ("iso-8859-2", "utf-8"), (
        ("group", "Nincs engedélye arra, hogy a terjesztési csoportnak vagy egyik alcsoportjának üzenetet küldjön."),
        ("server", "Nincs engedélye arra, hogy az egyik levelezési kiszolgálón keresztül, amely Ön és a címzett "
                   "között működik, üzenetet küldjön."),
        ("wrong-server", "Üzenetét a rendszer helytelen levelezési kiszolgálóhoz továbbította."))),
    ("he", _IL, _HE_SUBJ, ("windows-1255", "utf-8"), (
        ("group", "אין לך הרשאה לשלוח לקבוצת התפוצה או לאחת מקבוצות המשנה שלה."),
        ("server", "אין לך הרשאה לשלוח דואר אלקטרוני דרך שרת דואר אלקטרוני הנמצא בינך לבין הנמען."),
        ("wrong-server", "ההודעה שלך נותבה אל שרת הדואר האלקטרוני הלא נכון."))),
)
for _lang, _rcpt, _subj, _charsets, _sentences in _CAUSES:
    for _key, _words in _sentences:
        for _n, _cs in enumerate(_charsets):
            _loc = {"hr": "hr-hr", "hu": "hu-hu", "he": "he-il"}[_lang]
            _add(f"{_lang}-ms-571-{_key}-{_cs}", _MS_571.format(_loc, _loc, _words),
                 _ndr(f"{_lang}571{_key}-{_cs}", _rcpt, _words, _cs, ("8bit", "base64")[_n] if _cs != "iso-8859-2"
                      else "quoted-printable", _subj, "5.7.1" if _n else None),
                 [(_rcpt, False, POLICY if _n else (), None, False)])
