"""Review langs57's supplementary measurement (written after the first run showed that every sourced 'no such user'
reply read hard inside a frame naming the RCPT stage, and the one relayed with no stage read filtered): the same
sourced replies, code-less ones mostly, inside Gmail's DSN in the sender's language, which names no SMTP stage
(langs54's docomo and QQ misses were such). Expectations from the sources (review_langs57's citations) and
taxonomy.md, written and committed BEFORE the classifier ran on these rows; figures in test_review_langs57.py.

Frame: review_holdout50_layouts.gmail with Gmail's generic heading '** Message not delivered **' / 'There was a
problem delivering your message to X. See the technical details below.' translated by us (de / it / zh as langs54's
_FAILED), the remote reply quoted as the row's source gives it, status 5.0.0 where the reply carries no enhanced code
(Gmail's practice for code-less replies, as langs54's rows)."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import gmail
from tests.classifier.review_langs54 import _FAILED, FULL, SUSPEND, hard, soft
from tests.classifier.review_langs57 import C263, COREMAIL, DBMAIL, MAILRU, O1NET, TNET, YANDEX_OTHER
from tests.classifier.review_langs57_more import NETBIT

C4 = ("faq.c4.cz 'Odeslaný e-mail se vrací zpět s chybou' (a Czech host's help): 'Schránka neexistuje: [x.x.x.x]: 550 "
      "5.1.1 Sorry, no mailbox here by that name.' = the mailbox does not exist")
SRC = ("Gmail's DSN (review_holdout50_layouts.gmail), heading 'Message not delivered' and its lead translated by us into "
       "{}; the remote reply: {}")
LEADS = {
    **_FAILED,
    "ru": ("Сообщение не доставлено", "При доставке вашего сообщения на адрес {a} возникла проблема. Подробности "
           "приведены в техническом ответе ниже."),
    "pt": ("Mensagem não entregue", "Houve um problema ao entregar sua mensagem para {a}. Veja os detalhes técnicos "
           "abaixo."),
    "es": ("Mensaje no entregado", "Se ha producido un problema al entregar tu mensaje a {a}. Consulta los detalles "
           "técnicos a continuación."),
    "fr": ("Message non distribué", "Un problème est survenu lors de la distribution de votre message à {a}. Consultez "
           "les détails techniques ci-dessous."),
    "cs": ("Zpráva nebyla doručena", "Při doručování vaší zprávy na adresu {a} došlo k problému. Technické podrobnosti "
           "najdete níže."),
}

# (name, lang, address, reply, status, remote MTA, source, expected)
_ROWS = [
    ("163-user-not-found", "zh", "zhang.min@163.com", "550 User not found: zhang.min@163.com", "5.0.0",
     "163mx02.mxmail.netease.com", DBMAIL, hard("zhang.min@163.com")),
    ("rcne-does-not-exist", "zh", "qian.hao@partner-group.cn", "550 RC:NE The email account does not exist.", "5.0.0",
     "mx.partner-group.cn", DBMAIL, hard("qian.hao@partner-group.cn")),
    ("rcld-does-no-exists", "zh", "deng.yi@partner-group.cn", "550 RC:LD The email account that you tried to reach "
     "does no exists.", "5.0.0", "mx.partner-group.cn", DBMAIL, hard("deng.yi@partner-group.cn")),
    ("local-user-not-found", "zh", "cao.jun@partner-tech.cn", "550 Local User [cao.jun@partner-tech.cn] not found.",
     "5.0.0", "mail.partner-tech.cn", DBMAIL, hard("cao.jun@partner-tech.cn")),
    ("coremail-unavailable-mail-user", "zh", "peng.li@partner-tech.cn", "550 #2175041 unavailable mail user",
     "5.0.0", "mx.partner-tech.cn", DBMAIL, hard("peng.li@partner-tech.cn")),
    ("263-user-not-exist", "zh", "yuan.bo@263.net", "550 user not exist", "5.0.0", "mx.263.net", C263,
     hard("yuan.bo@263.net")),
    ("umail-no-such-user-here", "zh", "lu.xin@partner-tech.cn", "550 no such user here (umail mta)", "5.0.0",
     "mx.partner-tech.cn", DBMAIL, hard("lu.xin@partner-tech.cn")),
    ("mailru-user-not-found", "ru", "irina.pavlova@mail.ru", "550 Message was not accepted -- invalid mailbox.  Local "
     "mailbox irina.pavlova@mail.ru is unavailable: user not found", "5.0.0", "mxs.mail.ru", MAILRU,
     hard("irina.pavlova@mail.ru")),
    ("no-such-user-here", "ru", "maxim.egorov@partner-holding.ru", "550 No such user here", "5.0.0",
     "mx.partner-holding.ru", YANDEX_OTHER, hard("maxim.egorov@partner-holding.ru")),
    ("invalid-mailbox", "ru", "oleg.zaitsev@partner-holding.ru", "550 Invalid mailbox", "5.0.0",
     "mx.partner-holding.ru", YANDEX_OTHER, hard("oleg.zaitsev@partner-holding.ru")),
    ("unknown-user", "pt", "tiago.martins@partner-ltda.com.br", "550 Unknown User", "5.0.0", "mx.partner-ltda.com.br",
     NETBIT, hard("tiago.martins@partner-ltda.com.br")),
    ("mailbox-doesnt-exist", "fr", "claire.fournier@partner-sa.fr", "550 ERROR Mailbox doesn't exist", "5.0.0",
     "mx.partner-sa.fr", O1NET, hard("claire.fournier@partner-sa.fr")),
    ("no-mailbox-here", "cs", "petr.svoboda@partner-firma.cz", "550 5.1.1 Sorry, no mailbox here by that name.",
     "5.1.1", "mx.partner-firma.cz", C4, hard("petr.svoboda@partner-firma.cz")),
    ("exceeding-their-quota", "zh", "song.jia@partner-tech.cn", "552 This person's account is exceeding their quota.",
     "5.0.0", "mx.partner-tech.cn", TNET, soft("song.jia@partner-tech.cn", FULL)),
    ("temporarily-suspended", "zh", "han.lu@partner-tech.cn", "550 This account has been temporarily suspended",
     "5.0.0", "mx.partner-tech.cn", COREMAIL, soft("han.lu@partner-tech.cn", SUSPEND)),
]

ROWS: list[tuple] = []
for _i, (_what, _lang, _a, _reply, _st, _mx, _src, _exp) in enumerate(_ROWS):
    _head, _lead = LEADS[_lang]
    ROWS.append((f"l57-s-{_lang}-{_what}", SRC.format(_lang, _src),
                 gmail(f"l57s{_i}", _a, heading=_head, lead=_lead.format(a=_a), response=_reply, diag=_reply,
                       status=_st, remote=_mx), _exp))
