"""The hundred-and-fifty-third review: an ADVERSARIAL AUDIT of two fresh mends.

A. Review 151's classifier/cause_clauses.py (recipient_gone: Japanese "見つからなかった / 削除された / 解約された" and
   the relative clause "存在しない<noun>", Korean "없어서 / 없기 때문에 / 삭제되", Chinese "已被删除 / 注销", Spanish
   "... del destinatario ha sido eliminada"; domain_gone: Korean "도메인이 존재하지 않"; conditioned / only_conditioned:
   a condition or denied cause before or after the absence) and its hooks in verb_final and reasons._is_userunknown.
B. Review 147's sender_words.ACROSS (正常 / 정상 stop the sender check), said_address._NEGATION.

Attacked for FALSE HARDS first (the same words said of OUR sender, of our login, of a message, an attachment, a
permission, a relay or a reputation: never the prospect gone) and then FALSE SOFTS (a real refusal followed or preceded
by a help sentence with "if / si / 如果 / 場合 / 면", an Italian reflexive "si", a Japanese "この場合" after the full stop).

Sections (expectations written from the words, the status and shared/classifier/taxonomy.md BEFORE the classifier ran
on them): 1. false-hard attacks on cause_clauses (ja, ko, zh, es), 2. false-soft attacks on conditioned (help
sentences), 3. review 147's ACROSS "ok" words inside "not ok" (不正常, 정상적이지 않).

Findings (139 rows: round one 106, round two 18 controls, round three 15; each written and committed before running):
Misread before the mends: 21 rows (16 FALSE HARDS, 3 false softs, 2 scope only); the controls all held.
- NEW FALSE HARDS of review 151's cause_clauses (11): Japanese OUR sender's address cancelled, "差出人のメールアドレスは
  解約されたため" (the sender lookbehind stood before "アドレス", so the match began at the tail of "メールアドレス": 3);
  mail FROM a nonexistent address, "存在しないアドレスからのメールは受信できません" (Gmail and Exchange Online copies: 2);
  OUR bulk sending TO nonexistent addresses, "存在しないアドレスへの大量送信のため、受信を拒否" (a reputation refusal, 5.7.1:
  3); Spanish "la dirección del destinatario ha sido eliminada de la lista de remitentes seguros" (FROM a list: 3).
- NEW FALSE HARDS of review 147's BADREPUTATION modal rule (3): "can't" taken for the tentative "can" ("Your mail can't
  be accepted and was rejected due to sender IP reputation" under 5.1.1).
- NEW FALSE SOFTS of review 151's conditions (3): Italian impersonal "si" read as a condition ("Non si può recapitare
  il messaggio perché l'indirizzo non esiste": onhold).
- Older FALSE HARDS (2): our relay's copy of mail FROM a nonexistent address or domain ("存在しないアドレス / ドメインからの
  メール") read hard through lexicon.no_such_recipient at RCPT; older wrong scope (2): the same, domain, quoted copies.
- Held: message / attachment / virus deletions (ja, ko, zh, es), our login not found, "권한이 없어서", "공간이 없어서"
  (mailboxfull), SPF's missing IP address, "您的帐号已注销", help sentences after a real refusal with if / si / 如果 /
  場合 / 면 / この場合 / そのときは, review 147's ACROSS with 不正常 / 정상적이지 않.
- Mended: cause_clauses.RECIPIENT_GONE (Japanese sender nouns with or without の before "メールアドレス" as a whole, no IP
  address nor authenticated user; the relative clause not before から or a bulk "への大量"; Romance deletion not "from
  a list"), cause_clauses._BEFORE ("si" not before an Italian verb), cause_clauses.only_conditioned (mail FROM the
  missing thing) now also governing lexicon.no_such_recipient in reasons._is_userunknown's RCPT branch,
  rule_wordings BADREPUTATION (a contracted negated modal is a modal of fact).
- Judged (strict xfails, 9): the Japanese sender rows keep the recipient's SCOPE (soft now; older, lexicon full).

Rows: (name, source, raw, expected); layouts: review_notices25.both_layouts (our relay's copy, Gmail's and Exchange
Online's quoting copies). All HAND-MADE. Our sender: sender@example.com / seller@example.com; the prospect
lead@example.org.
"""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices112 import LEAD, MX

R, S, ANY = "recipient", "sender", None
UNK, FULL = ("userunknown",), ("mailboxfull",)
HARD_UNK = (True, UNK, R)
SOFT_FULL = (False, FULL, R)
NOT_HARD = (False, (), ANY)
OURS_SOFT = (False, (), S)

both = both_layouts("r153", MX, LEAD)

ADMIN = ("Postfix access(5) 'REJECT optional text...' (postfix.org/access.5.html: the reply text an admin writes in an "
         "access map, here in the local language)")
JA_SRC = (ADMIN + "; Japanese ISPs' help on error mail as review 151 cites it (dream.jp error05 '宛先のメールアドレスが"
          "見つからなかった場合', sfa.es-support.info 'そのアドレス自体がすでに解約されて'); support.google.com/mail/"
          "answer/6596?hl=ja; Postfix smtpd_sender_restrictions reject_unknown_sender_domain / "
          "reject_unverified_sender (postfix.org/postconf.5.html: the SENDER's address refused), "
          "smtpd_relay_restrictions permit_sasl_authenticated (an unknown login is refused relay); hand-made")
KO_SRC = (ADMIN + "; Korean glosses as review 151 cites them (puffinknight.tistory.com/102 '받는사람이 존재하지 않는 "
          "경우', blog.jinbo.net/007/archive/20051107 '수신측 서버의 응답이 없어서'); RFC 7208 §8.4 (SPF fail: the "
          "SENDING host not permitted); postfix.org/postconf.5.html reject_unverified_sender; hand-made")
ZH_SRC = (ADMIN + "; Chinese providers' bounce help as review 151 cites it (qqmailbox.com/transceivers/169.html "
          "'该用户不存在', bentuzi.cn '收件人邮箱不存在或被删除'); ClamAV-milter / amavisd 'virus found, message "
          "discarded' (a MESSAGE deleted, not a mailbox); hand-made")
ES_SRC = (ADMIN + "; support.google.com/mail/answer/6596?hl=es-419 ('La dirección de correo electrónico del "
          "destinatario no existe'); Exchange Online's Spanish NDR text ('Si el problema continúa, comunícate con el "
          "departamento de soporte técnico', learn.microsoft.com/es-es/exchange/mail-flow-best-practices/"
          "non-delivery-reports-in-exchange-online); hand-made")
HELP_SRC = ("learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online (the NDR's "
            "'If the problem continues, forward this message to your email admin' AFTER the verdict) and its ja-jp / "
            "ko-kr / zh-cn / es-es / fr-fr / it-it versions; support.google.com/mail/answer/6596 ('The email account "
            "that you tried to reach does not exist'); RFC 5321 §4.2.1 (a multi-line reply: lines joined, the help "
            "line may come FIRST); " + ADMIN + "; hand-made")

# ---- 1. False-hard attacks on cause_clauses --------------------------------------------------------------------------
JA = [
    # Our sender's address: "送信者の" before "メールアドレス" (the lookbehind is before "アドレス" only), "送信元" with no の.
    ("a-ja-soushinsha-mail-address-mitsukaranakatta", "550 送信者のメールアドレスが見つからなかったので、受け付けできません",
     "5.0.0", "MAIL", *OURS_SOFT),
    ("a-ja-soushinmoto-address-sakujo-sareta", "550 送信元アドレスは削除されたため、メールを受け付けできません", "5.0.0",
     "MAIL", *OURS_SOFT),
    ("a-ja-sashidashinin-mail-address-kaiyaku", "550 差出人のメールアドレスは解約されたため、受け付けできません", "5.0.0",
     "RCPT", *OURS_SOFT),
    # The relative clause about mail FROM a nonexistent address or domain: our sender.
    ("a-ja-sonzai-shinai-address-kara-no-mail", "550 存在しないアドレスからのメールは受信できません", "5.0.0", "RCPT",
     *OURS_SOFT),
    ("a-ja-sonzai-shinai-domain-kara-no-mail", "550 存在しないドメインからのメールは受信できません", "5.0.0", "RCPT",
     *OURS_SOFT),
    # ...and OUR sending to nonexistent addresses in bulk: a reputation refusal, not this prospect gone.
    ("a-ja-sonzai-shinai-address-e-tairyou-soushin", "550 5.7.1 存在しないアドレスへの大量送信のため、受信を拒否しました",
     "5.7.1", "RCPT", *NOT_HARD),
    # Our SMTP login not found: relay refused (ours), and a message or an attachment deleted.
    ("a-ja-ninshou-user-mitsukaranakatta", "554 5.7.1 認証ユーザーが見つからなかったため、リレーを拒否しました", "5.7.1",
     "RCPT", *NOT_HARD),
    ("a-ja-mail-virus-sakujo", "554 5.7.1 ウイルスが検出されたため、メールは削除されました", "5.7.1", "DATA", *NOT_HARD),
    ("a-ja-tenpu-file-sakujo", "554 添付ファイルが削除されたため、メールを配信できませんでした", "5.0.0", "DATA",
     *NOT_HARD),
    ("a-ja-mx-record-mitsukaranakatta-soushinmoto", "550 送信元ドメインのMXレコードが見つからなかったので、受け付けできません",
     "5.0.0", "MAIL", *OURS_SOFT),
]
KO = [
    ("a-ko-balsinja-juso-eobseoseo", "550 발신자 주소가 없어서 메일을 받을 수 없습니다", "5.0.0", "MAIL", *OURS_SOFT),
    ("a-ko-boneun-saram-mail-juso-sakje", "550 보내는 사람의 메일 주소가 삭제되었기 때문에 메일을 받을 수 없습니다",
     "5.0.0", "MAIL", *OURS_SOFT),
    ("a-ko-gwonhan-eobseoseo", "550 5.7.1 권한이 없어서 메일을 전달할 수 없습니다", "5.7.1", "RCPT", *NOT_HARD),
    ("a-ko-gonggan-eobseoseo", "552 받는 사람의 메일함에 공간이 없어서 메일을 전달할 수 없습니다", "5.2.2", "RCPT",
     *SOFT_FULL),
    ("a-ko-spf-ip-juso-eobseoseo", "550 5.7.1 SPF 레코드에 보내는 서버의 IP 주소가 없어서 메일을 거부합니다", "5.7.1",
     "MAIL", *NOT_HARD),
    ("a-ko-mail-sakje-virus", "554 5.7.1 바이러스가 발견되어 메일이 삭제되었습니다", "5.7.1", "DATA", *NOT_HARD),
    ("a-ko-injeung-sayongja-eobseoseo", "554 5.7.1 인증된 사용자가 없어서 릴레이를 거부합니다", "5.7.1", "RCPT",
     *NOT_HARD),
]
ZH = [
    ("a-zh-youjian-yibei-shanchu-bingdu", "554 5.7.1 邮件含有病毒，已被删除", "5.7.1", "DATA", *NOT_HARD),
    ("a-zh-gai-youjian-yibei-shanchu", "554 5.7.1 该邮件已被删除（含有病毒）", "5.7.1", "DATA", *NOT_HARD),
    ("a-zh-nin-de-zhanghao-yi-zhuxiao", "550 您的帐号已注销，无法发送邮件", "5.0.0", "MAIL", *OURS_SOFT),
    ("a-zh-gai-fajianren-zhanghao-zhuxiao", "550 该发件人帐号已被注销，邮件被拒绝", "5.0.0", "MAIL", *OURS_SOFT),
    ("a-zh-gai-zhanghao-weirenzheng", "554 5.7.1 该帐号未通过认证，已被删除的邮件不能转发", "5.7.1", "RCPT", *NOT_HARD),
]
ES = [
    ("a-es-copia-del-remitente-eliminada", "554 5.7.1 El mensaje fue rechazado y la copia del remitente ha sido "
     "eliminada", "5.7.1", "DATA", *NOT_HARD),
    ("a-es-mensaje-eliminado-virus", "554 5.7.1 El mensaje ha sido eliminado porque contiene un virus", "5.7.1", "DATA",
     *NOT_HARD),
    ("a-es-direccion-del-destinatario-eliminada-de-lista-bloqueo", "550 5.7.1 Mensaje rechazado por política; la "
     "dirección del destinatario ha sido eliminada de la lista de remitentes seguros", "5.7.1", "RCPT", *NOT_HARD),
]

# ---- 2. False-soft attacks on conditioned: help sentences around a real refusal --------------------------------------
HELP = [
    ("h-en-user-unknown-if-error", "550 5.1.1 User unknown. If you believe this is an error, contact the postmaster",
     "5.1.1", "RCPT", *HARD_UNK),
    ("h-en-if-help-line-first", "550 5.1.1 Contact the postmaster if you think this is wrong 550 5.1.1 The email "
     "account that you tried to reach does not exist", "5.1.1", "RCPT", *HARD_UNK),
    ("h-ja-sonzai-shimasen-gofumei-na-baai", "550 5.1.1 ユーザが存在しません。ご不明な場合は管理者にお問い合わせください",
     "5.1.1", "RCPT", *HARD_UNK),
    ("h-ja-mitsukarimasen-kono-baai", "550 5.1.1 宛先のユーザーが見つかりません。この場合は宛先を確認してください",
     "5.1.1", "RCPT", *HARD_UNK),
    ("h-ja-sonzai-shimasen-sono-toki-wa", "550 5.1.1 宛先のメールアドレスは存在しません。そのときは管理者へ連絡してください",
     "5.1.1", "RCPT", *HARD_UNK),
    ("h-zh-bucunzai-ruguo-yiwen", "550 5.1.1 收件人不存在。如果您有疑问，请联系管理员", "5.1.1", "RCPT", *HARD_UNK),
    ("h-zh-ruguo-before-comma-then-bucunzai", "550 5.1.1 如果您有疑问请联系管理员：收件人不存在", "5.1.1", "RCPT",
     *HARD_UNK),
    ("h-ko-jonjae-haji-anseumnida-isseumyeon", "550 5.1.1 받는 사람이 존재하지 않습니다. 문의사항이 있으면 관리자에게 "
     "연락하십시오", "5.1.1", "RCPT", *HARD_UNK),
    ("h-ko-eopseum-gyeongu", "550 5.1.1 받는 사람 주소를 찾을 수 없음. 이 경우 주소를 확인하십시오", "5.1.1", "RCPT",
     *HARD_UNK),
    ("h-es-no-existe-si-cree-error", "550 5.1.1 El destinatario no existe. Si cree que se trata de un error, contacte "
     "al administrador", "5.1.1", "RCPT", *HARD_UNK),
    ("h-fr-inconnu-si-erreur", "550 5.1.1 Destinataire inconnu. Si vous pensez qu'il s'agit d'une erreur, contactez "
     "l'administrateur", "5.1.1", "RCPT", *HARD_UNK),
    # Italian reflexive / impersonal "si" is no condition ("Non si può recapitare": it cannot be delivered).
    ("h-it-non-si-puo-perche-non-esiste", "550 Non si può recapitare il messaggio perché l'indirizzo non esiste",
     "5.0.0", "RCPT", *HARD_UNK),
    ("h-it-si-e-verificato-non-esiste", "550 5.1.1 Si è verificato un errore permanente perché l'indirizzo non esiste",
     "5.1.1", "RCPT", *HARD_UNK),
]

# ---- 3. Review 147's ACROSS: "ok" inside "not ok" --------------------------------------------------------------------
ACROSS = [
    ("x-zh-fajianren-dizhi-buzhengchang-bucunzai", "550 发件人地址不正常或不存在，邮件被拒收", "5.0.0", "MAIL",
     *OURS_SOFT),
    ("x-ko-boneun-saram-jeongsangjeogi-anko-jonjae", "550 보내는 사람 주소가 정상적이지 않거나 존재하지 않습니다",
     "5.0.0", "MAIL", *OURS_SOFT),
    # Controls (review 147's intent): our sender said fine, the recipient missing: hard.
    ("x-zh-fajianren-zhengchang-shoujianren-bucunzai", "550 5.1.1 发件人正常，收件人不存在", "5.1.1", "RCPT", *HARD_UNK),
    ("x-ko-balsinja-jeongsang-susinja-jonjae-anh", "550 5.1.1 발신자 주소는 정상이지만 받는 사람이 존재하지 않습니다",
     "5.1.1", "RCPT", *HARD_UNK),
]

A_FH = " (attack on review 151's cause_clauses: the words said of OUR sender, a login, a message or a policy: no hard)"
ROWS: list[tuple] = (both("ja", JA_SRC + A_FH, JA) + both("ko", KO_SRC + A_FH, KO) + both("zh", ZH_SRC + A_FH, ZH)
                     + both("es", ES_SRC + A_FH, ES)
                     + both("help", HELP_SRC + " (a real refusal beside a help sentence: stays hard)", HELP)
                     + both("x", ZH_SRC + "; " + KO_SRC + " (review 147's ACROSS: 'not ok' is no 'ok')", ACROSS))

# ---- 4. Round two: controls on this review's mends (written before running them) -------------------------------------
R2 = [
    ("c-ja-sonzai-shinai-address-e-no-mail", "550 存在しないアドレスへのメールは配信できません", "5.0.0", "RCPT",
     *HARD_UNK),
    ("c-ja-atesaki-address-mitsukaranakatta", "550 宛先アドレスが見つからなかったので、配信できませんでした", "5.0.0",
     "RCPT", *HARD_UNK),
    ("c-ja-sonzai-shimasen-then-soushinmoto", "550 宛先のユーザーが存在しません。送信元アドレスから再送しないでください",
     "5.0.0", "RCPT", *HARD_UNK),
    ("c-es-cuenta-eliminada-del-servidor", "550 La cuenta del destinatario ha sido eliminada del servidor", "5.0.0",
     "RCPT", *HARD_UNK),
    ("c-it-se-indirizzo-non-esiste", "550 5.7.1 Messaggio rifiutato per policy. Se l'indirizzo non esiste, contattare "
     "l'amministratore", "5.7.1", "RCPT", *NOT_HARD),
    ("c-es-si-ha-recibido-no-existe", "550 5.7.1 Rechazado por política. Si ha recibido este aviso porque la dirección "
     "no existe, contacte al administrador", "5.7.1", "RCPT", *NOT_HARD),
]
ROWS += both("r2", ADMIN + "; " + JA_SRC + "; " + ES_SRC + " (controls on review 153's mends)", R2)

# ---- 5. Round three: review 147's BADREPUTATION modal and the sender's noun (written before running them) ------------
REP = (False, ("badreputation",), S)
REP_SRC = ("Broadcom KB 161393 (knowledge.broadcom.com: recipients' servers' '550 Message rejected due to sender IP "
           "reputation'), as review 147 cites it, said after a CONTRACTED negated modal of fact ('couldn't', 'can't': "
           "the server's refusal, not a possibility), under a miscoded 5.1.1; Postfix reject_rbl_client "
           "(postfix.org/postconf.5.html: the client, OUR mail gateway, listed); hand-made")
B3 = [
    ("rep-couldnt-be-completed", "550 5.1.1 Delivery couldn't be completed, rejected due to sender IP reputation",
     "5.1.1", "RCPT", *REP),
    ("rep-cant-be-accepted", "550 5.1.1 Your mail can't be accepted and was rejected due to sender IP reputation",
     "5.1.1", "RCPT", *REP),
    ("rep-cannot-be-accepted", "550 5.1.1 Your mail cannot be accepted and was rejected due to sender IP reputation",
     "5.1.1", "RCPT", *REP),
    # Control: a real possibility beside the prospect's absence stays the prospect's hard.
    ("c-lead-missing-might-be-rejected", f"550 5.1.1 {LEAD} does not exist; later mail might be rejected due to sender "
     "IP reputation", "5.1.1", "RCPT", *HARD_UNK),
    ("c-lead-missing-sender-never-blocked", f"550 5.1.1 {LEAD} does not exist. The sender was never blocked.", "5.1.1",
     "RCPT", *HARD_UNK),
]
ROWS += both("r3", REP_SRC + " (attack on review 147's BADREPUTATION tentative-modal rule)", B3)
