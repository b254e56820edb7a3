"""Sympa, the mailing list manager, answering a post to a list with its own RFC 3464 report.

Sympa's send_dsn() (src/lib/Sympa.pm) fills default/mail_tt2/delivery_status_notification.tt2:
"This is an automatic response sent by Sympa Mailing Lists Manager.", a paragraph per status, and
a `Diagnostic-Code: X-Sympa; ...` whose text is only the status's RFC 3463 name from its
%diag_messages table ("Other or undefined security status" for 5.7.0). For the virus alert that
name says less than the paragraph above it ("Our viruschecker found a virus named %1 in a message
addressed to %2 ..."): the paragraph is the witness. Every other status is left to the DSN (the
template's fallback paragraph, "The following address is not a known mailing list", is written
for 5.3.0, 5.4.6 and 5.7.1 too, so it names no reason).
"""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording, notice_head

NAME = "sympa"

_INTRO = "sent by sympa mailing lists manager"
# The same first line as Sympa's own po files translate it (po/sympa/<lang>.po, msgid "This is an
# automatic response sent by Sympa Mailing Lists Manager."; read from Debian 12's sympa 6.2.70):
# a notice in the robot's language is Sympa's too.
_INTROS = (
    'aquesta és una resposta automàtica enviada pel gestor de llistes de correu de sympa',
    'toto je automatická odpověď zaslaná konferencnim serverem sympa',
    'dies ist eine automatische antwort des mailinglisten-managers sympa',
    'αυτή είναι μία αυτοματοποιημένη απάντηση από τον διαχειριστή λιστών sympa',
    'esta es una respuesta automática enviada por el gestor de listas de correo sympa',
    'see on automaatne vastus sympa listserverilt',
    'hau sympa eposta zerrenden kudeatzaileak bidalitako erantzun automatikoa da',
    'tämä on automaattinen vastaus jonka lähetti sympa postituslista ohjelmisto',
    'ceci est une réponse automatique du robot de listes sympa',
    'esta é unha resposta automática enviada polo xestor de listas de correo sympa',
    'ez egy automatikus üzenet a sympa levelezésilista-kezelő programtól',
    'questa è una risposta automatica inviata dal gestore di liste di distribuzione sympa',
    '이것 sympa 메일링 리스트 매니저가 보내진 자동 회신',
    'dit is een automatisch bericht verstuurd door sympa mailing lists manager',
    'aqueste messatge es una responsa automatica del robòt de listas sympa',
    'to jest automatyczna odpowiedź wysłana przez zarządcę list mailingowych sympy',
    'esta é uma resposta automática mandada pelo gerenciador de listas de correio sympa',
    'acesta este un raspuns automat trimis de sympa mailing lists manager',
    'это автоматический ответ, отправленный службой почтовых рассылок sympa',
    'detta är ett automatiskt svarsmeddelande skickat av e-postlisthanteraren sympa',
    'bu sympa mail listesi yöneticisnden gönderilmiş otomatik bir yanıttır',
    'đây là một đáp ứng tự động được gửi bằng trình quản lý hộp thư chung sympa',
    '这是一个由sympa邮递列表管理器自动发送的回复。',
    '這是一個由sympa郵遞列表管理器自動發送的回復。',
)
# The virus alert's sentence in English and as Sympa's own po files translate it
# (po/sympa/<lang>.po, msgid "Our viruschecker found a virus named %1 in a message addressed to %2
# and that seems to be yours (From: %3)."): its lowercase opening words, up to the virus's name.
_VIRUS = ("our viruschecker found a virus", "el nostre antivirus ha trobat un virus",
          "unser virenschutzprogramm hat einen virus", "nuestro antivirus detectó un virus",
          "meie viirusetõrje programm leidis viiruse", "o noso antivirus detectou un virus",
          "il nostro antivirus ha trovato un virus", "onze virusscanner heeft een virus",
          "nasz wykrywacz wirusów znalazł wirusa", "антивирусная программа обнаружила вирус",
          "vår viruskontroll hittade ett virus", "contenait le virus suivant", "conteniá lo virus seguent")
_PARAGRAPHS = tuple((words, R.VIRUSDETECTED) for words in _VIRUS)


def wrote(mail: Mail) -> bool:
    low = notice_head(mail)
    # Every sign holds "sympa", a word that joining the lines below neither makes nor breaks: most
    # notices are let go here, before the split and join.
    if "sympa" not in low:
        return False
    # Its words joined again where a line width broke them ("... Sympa Mailing Lists" / "Manager.").
    head = " ".join(low.split())
    return _INTRO in head or ("sympa" in head and any(line in head for line in _INTROS))


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    reason = by_wording(" ".join(mail.notice[:4000].lower().split()), _PARAGRAPHS)
    return None if reason is None else Reading(reason=reason, reporter=NAME)
