"""The eighty-first review, part 4 (part 1, review_notices81.py, says what the review is): out-of-office
replies as Postfix Admin ships them, the not-a-bounce controls in the same languages.

Postfix Admin's virtual vacation (Debian 12 postfixadmin 3.3.13: languages/<lang>.lang,
$PALANG['pUsersVacation_subject_text'] and ['pUsersVacation_body_text'], the default subject and
text a user's vacation form starts with, kept here as shipped, placeholders and all, as a user who
never edited them sends them) is sent by VIRTUAL_VACATION/vacation.pl (Email::Simple->create: To,
From, Subject, "Precedence: junk", "Content-Type: text/plain; charset=utf-8", "X-Loop: Postfix
Admin Virtual Vacation"): no Auto-Submitted, no In-Reply-To, so only its Precedence, its X-Loop and
the words say it is an auto-reply. An auto-reply is no bounce (RFC 3834; taxonomy s5).

Expectations were written BEFORE the classifier ran. All HAND-MADE around the shipped strings."""

from __future__ import annotations

import email.header

ROWS: list[tuple] = []
_PFA = ("Postfix Admin 3.3.13 languages/{}.lang (Debian 12 postfixadmin), pUsersVacation_subject_text {!r} and "
        "pUsersVacation_body_text; sent by VIRTUAL_VACATION/vacation.pl (Precedence: junk, X-Loop, no "
        "Auto-Submitted): an auto-reply, no bounce")
VACATION = [
    ("de", "anna.schmidt@example.de", "Ich bin weg...",
     "Ich bin vom <date> bis <date> nicht zu Hause / im Büro.\nIn dringenden Fällen setzen Sie sich bitte mit "
     "<contact person> in Verbindung.\nVielen Dank für Ihr Verständnis."),
    ("fr", "claire.martin@example.fr", "Notification d'absence",
     "Je suis absent du  au .\nPour toute urgence, merci de contacter ."),
    ("es", "lucia.garcia@example.es", "Fuera del trabajo",
     "Estaré fuera desde <date> hasta <date>.\nPara asuntos urgentes, puede contactar conmigo en <contact person>."),
    ("it", "marco.rossi@example.it", "Assente dall'ufficio",
     "Sarò assente dal <data> al <data>.\nPer problemi urgenti potete contattare <persona da contattare>."),
    ("nl", "jan.devries@example.nl", "Afwezigheids bericht",
     "Ik zal afwezig zijn van %vandatum tot %totdatum.\nVoor belangrijke punten kunt u contact opnemen met "
     "<contact person>."),
    ("pl", "jan.kowalski@example.pl", "Poza biurem",
     "Będę nieobecny od <date> do <date>.\nW pilnych sprawach proszę się kontaktować z <contact person>."),
    ("sv", "erik.larsson@example.se", "Ej på kontoret",
     "Jag är borta från <datum> till <datum>.\nFör brådskande ärenden kan ni kontakta <kontaktperson>."),
    ("ru", "ivan.petrov@example.ru", "Вне офиса",
     "Я буду отсутствовать с <даты> по <дату>.\nПо срочным вопросам вы можете обратиться к <контактному лицу>."),
    ("ja", "tanaka@example.jp", "不在", "私は <date> から <date> まで不在です。\n緊急事項は <contact person> まで連絡してください。"),
    ("cn", "wang.wei@example.cn", "我现在无法回信",
     "    我在 <date> 到 <date> 这段时间内暂时无法回信.\n如果你有急事请与 <contact person> 联系."),
    ("pt-pt", "joao.silva@example.pt", "Ausente",
     "Estarei ausente de <data> até <data>.\nEm caso de urgência, favor contatar <pessoa de contato>."),
]
for lang, sender, subject, body in VACATION:
    subj = email.header.Header(subject, "utf-8").encode() if not subject.isascii() else subject
    raw = (f"To: seller@example.com\nFrom: {sender}\nSubject: {subj}\nPrecedence: junk\n"
           "Content-Type: text/plain; charset=utf-8\nX-Loop: Postfix Admin Virtual Vacation\n"
           f"Date: Fri, 04 Dec 2026 10:15:02 +0100\nMessage-ID: <r81-pfa-{lang}@{sender.split('@')[1]}>\n"
           f"MIME-Version: 1.0\nContent-Transfer-Encoding: 8bit\n\n{body}\n").encode()
    ROWS.append((f"r81-pfa-vacation-{lang}", _PFA.format(lang, subject), raw, []))
