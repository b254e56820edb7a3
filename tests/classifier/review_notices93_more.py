"""Review 93, part 2 (review_notices93.py names the audit): more words for the sender, the impersonal "there is
no X" of a thing of our side, the same replies under a bare 550 (Status 5.0.0: only the words), and the controls
of classifier/absent_things.py. Expectations written from the words and taxonomy.md BEFORE the classifier ran;
all HAND-MADE; test_review_notices93.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices93 import (ANY, DEAD, LEAD, MX, R, SENDER_CJK, SENDER_CJK_ROWS, SENDER_ROWS,
                                               SENDER_WORDS, THING, THING_ROWS, UNK)

ROWS: list[tuple] = []

# More senders, in the words of the languages lexicon reads whose sender noun it may lack: Traditional Chinese
# 寄件者 (Outlook zh-TW's "From" label) and 發件人 (the traditional form of 发件人), Korean 송신자 (sender), Ukrainian
# відправник, Romanian expeditor; beside ones it holds (ja 送信元, ko 발신자); and our PTR, SPF in native words.
MORE_SENDERS = ("HAND-MADE: a sender check at RCPT (as SENDER_WORDS) in the language's other word for 'sender': zh-TW "
                "寄件者 (Outlook's Traditional Chinese 'From' label) and 發件人, ko 송신자, uk 'відправник' (Ukrainian "
                "'sender'), ro 'expeditor' (Romanian 'sender', genitive 'expeditorului')")
OUR_HOST = ("HAND-MADE: our sending host's DNS records said missing in the language (review 82's English 'PTR record "
            "... does not exist'): a check of our side")
MORE_SENDER_ROWS = [
    ("zh-tw-jijianzhe-address", "550 5.1.8 寄件者地址不存在", "5.1.8", "RCPT", False, (), ANY),
    ("zh-tw-fajianren-trad-address", "550 5.7.1 發件人地址不存在", "5.7.1", "RCPT", False, (), ANY),
    ("ko-songsinja-address", "550 5.1.8 송신자 주소가 존재하지 않습니다", "5.1.8", "RCPT", False, (), ANY),
    ("ko-balsinja-address", "550 5.1.8 발신자 주소가 존재하지 않습니다", "5.1.8", "RCPT", False, (), ANY),
    ("ja-soushinmoto-account", "550 5.7.1 送信元アカウントは存在しません", "5.7.1", "RCPT", False, (), ANY),
    ("uk-adresa-vidpravnyka", "550 5.1.8 Адреса відправника не існує", "5.1.8", "RCPT", False, (), ANY),
    ("ro-adresa-expeditorului", "550 5.1.8 Adresa expeditorului nu există", "5.1.8", "RCPT", False, (), ANY),
    ("de-ptr-eintrag-existiert-nicht", "550 5.7.1 Der PTR-Eintrag Ihrer IP-Adresse existiert nicht", "5.7.1", "RCPT",
     False, (), ANY),
    ("fr-dns-inverse-n-existe-pas", "550 5.7.1 L'enregistrement DNS inverse de votre serveur n'existe pas", "5.7.1",
     "RCPT", False, (), ANY),
    ("es-registro-spf-no-existe", "550 5.7.23 El registro SPF del dominio remitente no existe", "5.7.23", "RCPT",
     False, (), ANY),
    # Controls: the recipient missing in the same languages (hard).
    ("zh-tw-ctl-shoujianzhe", "550 5.1.1 收件者地址不存在", "5.1.1", "RCPT", True, UNK, R),
    ("ko-ctl-susinja", "550 5.1.1 수신자가 존재하지 않습니다", "5.1.1", "RCPT", True, UNK, R),
    ("uk-ctl-koristuvach", "550 5.1.1 Користувача не існує", "5.1.1", "RCPT", True, UNK, R),
    ("ro-ctl-destinatar", "550 5.1.1 Destinatarul nu există", "5.1.1", "RCPT", True, UNK, R),
]
ROWS += rows_relayed("r93-sender2", MORE_SENDERS + "; controls: " + DEAD, MX, LEAD, MORE_SENDER_ROWS[:7] + MORE_SENDER_ROWS[10:])
ROWS += rows_relayed("r93-ours", OUR_HOST, MX, LEAD, MORE_SENDER_ROWS[7:10])


# "There is no ...": es "no existe", fr "il n'existe pas de", it "non esiste", pt "não existe", pl "nie istnieje",
# ru "не существует", ja "存在しません", zh "不存在" open a sentence of existence about anything (grammar: the
# impersonal "there is no X"), here a permission, a rule or a DNS record of our side, at RCPT where lexicon
# reads a bare absence; the controls name a mailbox or a user (hard).
THERE_IS_NO = ("HAND-MADE: the language's impersonal 'there is no <thing>' (es 'no existe', fr 'il n'existe pas de', "
               "it 'non esiste', pt 'não existe', pl 'nie istnieje', ru 'не существует', ja '存在しません', zh '不存在'; "
               "grammar: the verb of existence with the thing after it) in a relay or DNS refusal of our server")
THERE_IS_NO_ROWS = [
    ("es-no-existe-autorizacion", "550 5.7.1 No existe autorización para reenviar correo desde su servidor", "5.7.1",
     "RCPT", False, (), ANY),
    ("es-no-existe-regla", "550 5.7.1 No existe una regla que permita su IP", "5.7.1", "RCPT", False, (), ANY),
    ("fr-il-n-existe-pas-de-relais", "550 5.7.1 Il n'existe pas de relais autorisé pour votre serveur", "5.7.1",
     "RCPT", False, (), ANY),
    ("fr-il-n-existe-pas-de-spf", "550 5.7.1 Il n'existe pas d'enregistrement SPF pour votre domaine", "5.7.1",
     "RCPT", False, (), ANY),
    ("it-non-esiste-autorizzazione", "550 5.7.1 Non esiste un'autorizzazione al relay per il vostro server",
     "5.7.1", "RCPT", False, (), ANY),
    ("pt-nao-existe-permissao", "550 5.7.1 Não existe permissão de relay para o seu servidor", "5.7.1", "RCPT",
     False, (), ANY),
    ("de-existiert-keine-freigabe", "550 5.7.1 Für Ihre IP-Adresse existiert keine Freigabe", "5.7.1", "RCPT", False,
     (), ANY),
    ("pl-nie-istnieje-regula", "550 5.7.1 Nie istnieje reguła przekazywania dla Twojego serwera", "5.7.1", "RCPT",
     False, (), ANY),
    ("ru-ne-sushchestvuet-zapisi", "550 5.7.1 Для вашего сервера не существует разрешения на пересылку", "5.7.1",
     "RCPT", False, (), ANY),
    ("ja-chukei-kyoka-sonzai-shimasen", "550 5.7.1 お使いのサーバーに対する中継許可は存在しません", "5.7.1", "RCPT",
     False, (), ANY),
    ("zh-bucunzai-zhuanfa-guize", "550 5.7.1 不存在允许您的服务器转发的规则", "5.7.1", "RCPT", False, (), ANY),
    ("es-ctl-no-existe-el-usuario", "550 5.1.1 No existe el usuario", "5.1.1", "RCPT", True, UNK, R),
    ("fr-ctl-il-n-existe-pas-de-boite", "550 5.1.1 Il n'existe pas de boîte aux lettres à ce nom", "5.1.1", "RCPT",
     True, UNK, R),
    ("it-ctl-non-esiste-casella", "550 5.1.1 Non esiste alcuna casella con questo nome", "5.1.1", "RCPT", True, UNK,
     R),
]
ROWS += rows_relayed("r93-none", THERE_IS_NO, MX, LEAD, THERE_IS_NO_ROWS)
ROWS += rows_quoted("r93-none", THERE_IS_NO, MX, LEAD, THERE_IS_NO_ROWS[:6])
ROWS += rows_quoted("r93-sender2", MORE_SENDERS, MX, LEAD, MORE_SENDER_ROWS[:2] + MORE_SENDER_ROWS[5:7])


# The same without an enhanced code (a bare "550 <text>": Postfix's report then says Status 5.0.0): only the words.
def _bare(entries: list[tuple]) -> list[tuple]:
    return [(f"{n}-bare550", "550 " + reply.split(" ", 2)[2], "5.0.0", cmd, hard, reasons, scope)
            for n, reply, _st, cmd, hard, reasons, scope in entries]


ROWS += rows_relayed("r93-none", THERE_IS_NO + " (a bare 550)", MX, LEAD, _bare(THERE_IS_NO_ROWS))
ROWS += rows_relayed("r93-thing", THING + " (a bare 550)", MX, LEAD, _bare([e for e in THING_ROWS if e[3] == "RCPT"]))
ROWS += rows_relayed("r93-sender", SENDER_WORDS + " (a bare 550)", MX, LEAD, _bare(SENDER_ROWS))
ROWS += rows_relayed("r93-sender", SENDER_CJK + " (a bare 550)", MX, LEAD, _bare(SENDER_CJK_ROWS))
ROWS += rows_relayed("r93-sender2", MORE_SENDERS + " (a bare 550)", MX, LEAD, _bare(MORE_SENDER_ROWS[:7]))


# Controls of absent_things (written before it ran): a bare absence that is still the recipient's (nothing else
# named, a place after it, a mailbox after it, the thing in another sentence, a record OF the user).
BARE_CTL = ("HAND-MADE control: a bare 550 whose absence is the recipient's (lexicon's bare reading at RCPT): alone, "
            "after the address, before a place ('sur ce serveur', 'en este servidor') or a mailbox noun")
BARE_CTL_ROWS = [
    ("es-no-existe-alone", "550 No existe", "5.0.0", "RCPT", True, UNK, R),
    ("de-address-existiert-nicht", "550 <lead@partner.example> existiert nicht", "5.0.0", "RCPT", True, UNK, R),
    ("fr-n-existe-pas-sur-ce-serveur", "550 <lead@partner.example> n'existe pas sur ce serveur", "5.0.0", "RCPT", True,
     UNK, R),
    ("es-no-existe-en-este-servidor", "550 lead@partner.example no existe en este servidor", "5.0.0", "RCPT", True,
     UNK, R),
    ("zh-address-bucunzai", "550 lead@partner.example 不存在", "5.0.0", "RCPT", True, UNK, R),
    ("it-non-esiste-alcuna-casella", "550 Non esiste alcuna casella con questo nome", "5.0.0", "RCPT", True, UNK, R),
    ("fr-il-n-existe-pas-de-boite", "550 Il n'existe pas de boîte aux lettres à ce nom", "5.0.0", "RCPT", True, UNK, R),
    ("de-regel-then-sentence", "550 Regel 12 greift nicht. <lead@partner.example> existiert nicht", "5.0.0", "RCPT",
     True, UNK, R),
    ("es-no-existe-registro-del-usuario", "550 No existe registro de ese usuario", "5.0.0", "RCPT", True, UNK, R),
    ("ru-ne-sushchestvuet-zapisi-polzovatelya", "550 Не существует записи для этого пользователя", "5.0.0", "RCPT",
     True, UNK, R),
]
ROWS += rows_relayed("r93-barectl", BARE_CTL, MX, LEAD, BARE_CTL_ROWS)
