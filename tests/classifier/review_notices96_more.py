"""Review 96, part 2 (review_notices96.py names the audit): classifier/absent_things.py's bare absences at RCPT
and departures' Russian deleted account. Expectations written from the words and taxonomy.md BEFORE the
classifier ran; all HAND-MADE; test_review_notices96.py runs them."""

from __future__ import annotations

from tests.classifier.notices import relayed
from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices96 import ANY, GONE, LEAD, MX, R, UNK

ROWS: list[tuple] = []

# 2. Things that do not exist ------------------------------------------------------------------------------
# A bare 550 (Postfix's relay writes Status 5.0.0 for a reply without an enhanced code): only the words decide.
NOT_SUBJECT = ("HAND-MADE attack: a thing word (relay, rule, certificate) BEFORE the absence but in another clause, "
               "not its subject (a check passed, then the address itself 'does not exist'); grammar: the subject "
               "of 'existiert nicht' / 'no existe' / 'n'existe pas' / '不存在' / 'は存在しません' is the address just "
               "before it: the recipient's, userunknown, hard")
NOT_SUBJECT_ROWS = [
    ("de-relay-geprueft-adresse", "550 Relay-Prüfung bestanden, lead@partner.example existiert nicht", "5.0.0",
     "RCPT", True, UNK, R),
    ("es-regla-aplicada-adresse", "550 Regla de entrega aplicada: lead@partner.example no existe", "5.0.0", "RCPT",
     True, UNK, R),
    ("fr-relais-accepte-adresse", "550 Relais accepté, lead@partner.example n'existe pas", "5.0.0", "RCPT", True, UNK,
     R),
    ("zh-zhengshu-tongguo-adresse", "550 证书验证通过，lead@partner.example 不存在", "5.0.0", "RCPT", True, UNK, R),
    ("ja-rule-kakunin-adresse", "550 ルール確認済み、lead@partner.example は存在しません", "5.0.0", "RCPT", True, UNK, R),
    ("it-certificato-ok-indirizzo", "550 Certificato valido, lead@partner.example non esiste", "5.0.0", "RCPT", True,
     UNK, R),
]
STORAGE = ("HAND-MADE decision: the recipient's STORAGE said missing (de 'Benutzer-Ordner' = the user's folder, es "
           "'archivo de buzón' = mailbox file, en 'mailbox file'): Postfix local(8) creates a missing mailbox file "
           "and fails 'cannot open file' as a system error, Dovecot's 'Mailbox doesn't exist' is a folder; the "
           "account itself is not said missing: soft (systemerror or unread); beside the account missing (hard)")
STORAGE_ROWS = [
    ("de-benutzer-ordner-existiert-nicht", "550 Der Benutzer-Ordner existiert nicht", "5.0.0", "RCPT", False, (), ANY),
    ("es-archivo-de-buzon-no-existe", "550 El archivo de buzón no existe", "5.0.0", "RCPT", False, (), ANY),
    ("en-mailbox-file-does-not-exist", "550 Mailbox file does not exist", "5.0.0", "RCPT", False, (), ANY),
    ("es-ctl-cuenta-destinatario-no-existe", "550 La cuenta de correo del destinatario no existe", "5.0.0", "RCPT",
     True, UNK, R),
    ("es-ctl-cuenta-no-existe-en-registro", "550 La cuenta de correo del destinatario no existe en el registro",
     "5.0.0", "RCPT", True, UNK, R),
    ("de-ctl-benutzer-existiert-nicht", "550 Der Benutzer existiert nicht", "5.0.0", "RCPT", True, UNK, R),
    ("fr-ctl-pas-de-boite-pour-destinataire", "550 Il n'existe pas de boîte aux lettres pour ce destinataire",
     "5.0.0", "RCPT", True, UNK, R),
    ("es-ctl-no-existe-el-usuario", "550 No existe el usuario", "5.0.0", "RCPT", True, UNK, R),
    ("zh-ctl-bucunzai-gai-yonghu", "550 不存在该用户", "5.0.0", "RCPT", True, UNK, R),
]
UNLISTED = ("HAND-MADE attack: a thing that is no mailbox the table did not list, said not to exist in a bare 550 at "
            "RCPT: a template (Vorlage, modèle, plantilla, modello, szablon, шаблон, テンプレート, 模板), a policy "
            "(Richtlinie, stratégie, política, beleid, 策略: Exchange's localised 'transport rule'/'policy' names), "
            "a token, a licence (Lizenz, licence, licença), a transport; taxonomy: not the recipient's, soft")
UNLISTED_ROWS = [
    ("en-template", "550 The template does not exist", "5.0.0", "RCPT", False, (), ANY),
    ("fr-modele", "550 Le modèle n'existe pas", "5.0.0", "RCPT", False, (), ANY),
    ("es-plantilla", "550 La plantilla no existe", "5.0.0", "RCPT", False, (), ANY),
    ("de-vorlage", "550 Die Vorlage existiert nicht", "5.0.0", "RCPT", False, (), ANY),
    ("it-modello", "550 Il modello non esiste", "5.0.0", "RCPT", False, (), ANY),
    ("pl-szablon", "550 Szablon nie istnieje", "5.0.0", "RCPT", False, (), ANY),
    ("ru-shablon", "550 Шаблон не существует", "5.0.0", "RCPT", False, (), ANY),
    ("ja-template", "550 テンプレートが存在しません", "5.0.0", "RCPT", False, (), ANY),
    ("zh-muban", "550 模板不存在", "5.0.0", "RCPT", False, (), ANY),
    ("de-zertifikatsprofil", "550 Das Zertifikatsprofil existiert nicht", "5.0.0", "RCPT", False, (), ANY),
    ("de-richtlinie", "550 Die Richtlinie existiert nicht", "5.0.0", "RCPT", False, (), ANY),
    ("fr-strategie-de-transport", "550 La stratégie de transport n'existe pas", "5.0.0", "RCPT", False, (), ANY),
    ("es-politica", "550 La política no existe", "5.0.0", "RCPT", False, (), ANY),
    ("nl-beleid", "550 Het beleid bestaat niet", "5.0.0", "RCPT", False, (), ANY),
    ("en-policy", "550 The policy does not exist", "5.0.0", "RCPT", False, (), ANY),
    ("zh-celue", "550 策略不存在", "5.0.0", "RCPT", False, (), ANY),
    ("en-token", "550 The token does not exist", "5.0.0", "RCPT", False, (), ANY),
    ("de-token", "550 Der Token existiert nicht", "5.0.0", "RCPT", False, (), ANY),
    ("de-lizenz", "550 Die Lizenz existiert nicht", "5.0.0", "RCPT", False, (), ANY),
    ("fr-licence", "550 La licence n'existe pas", "5.0.0", "RCPT", False, (), ANY),
    ("pt-licenca", "550 A licença não existe", "5.0.0", "RCPT", False, (), ANY),
    ("de-transport", "550 Der Transport existiert nicht", "5.0.0", "RCPT", False, (), ANY),
    ("en-alias-map", "550 The alias map does not exist", "5.0.0", "RCPT", False, (), ANY),
    ("es-firma", "550 La firma no existe", "5.0.0", "RCPT", False, (), ANY),
    ("en-key", "550 The key does not exist", "5.0.0", "RCPT", False, (), ANY),
]
ROWS += rows_relayed("r96-notsubj", NOT_SUBJECT, MX, LEAD, NOT_SUBJECT_ROWS)
ROWS += rows_relayed("r96-storage", STORAGE, MX, LEAD, STORAGE_ROWS)
ROWS += rows_relayed("r96-unlisted", UNLISTED, MX, LEAD, UNLISTED_ROWS)
ROWS += rows_quoted("r96-unlisted", UNLISTED, MX, LEAD, UNLISTED_ROWS[:2] + UNLISTED_ROWS[10:11])

# 4. The Russian deleted account ---------------------------------------------------------------------------
DELETED_OTHER = ("HAND-MADE attack: Russian/Ukrainian 'удален(о)'/'видалено' (deleted) of a MESSAGE (письмо, лист), an "
                 "attachment (вложение), a rule (правило), a folder (папка), out of quarantine, a mailbox that "
                 "'будет удален' (WILL be deleted: a warning, still live), OUR mailbox (ваш, вашу), or one 'удален и "
                 "восстановлен' (deleted and restored); grammar: the deleted noun is the subject, not the "
                 "recipient's account: soft (a delay under 4.x)")
DELETED_OTHER_ROWS = [
    ("ru-pismo-udaleno-antivirusom", "550 5.7.1 Письмо удалено антивирусом", "5.7.1", "DATA", False, (), ANY),
    ("ru-pismo-udaleno-antivirusom-bare", "550 Письмо удалено антивирусом", "5.0.0", "DATA", False, (), ANY),
    ("ru-vlozhenie-udaleno", "550 5.7.1 Вложение удалено", "5.7.1", "DATA", False, (), ANY),
    ("ru-vredonosnoe-vlozhenie-udaleno", "554 5.7.1 Вредоносное вложение удалено, ящик получателя не изменен",
     "5.7.1", "DATA", False, (), ANY),
    ("ru-pravilo-udaleno", "550 5.7.1 Правило удалено", "5.7.1", "RCPT", False, (), ANY),
    ("ru-papka-udalena", "550 5.2.0 Папка удалена", "5.2.0", "DATA", False, (), ANY),
    ("ru-budet-udalen", "550 5.2.1 Почтовый ящик будет удален через 30 дней", "5.2.1", "RCPT", False, (), ANY),
    ("ru-pismo-udaleno-iz-karantina", "550 5.7.1 Письмо удалено из карантина", "5.7.1", "DATA", False, (), ANY),
    ("ru-vash-yashchik-udalen", "550 5.1.1 Ваш почтовый ящик удален", "5.1.1", "RCPT", False, (), ANY),
    ("ru-pismo-v-yashchik-udaleno-filtrom", "550 5.7.1 Письмо в почтовый ящик получателя удалено фильтром", "5.7.1",
     "DATA", False, (), ANY),
    ("ru-udalen-i-vosstanovlen", "550 5.2.1 Аккаунт был удален и восстановлен", "5.2.1", "RCPT", False, (), ANY),
    ("ru-yashchik-udalen-450", "450 4.2.1 Почтовый ящик удален", "4.2.1", "RCPT", False, (), ANY),
    ("uk-lyst-vydaleno-antyvirusom", "550 5.7.1 Лист видалено антивірусом", "5.7.1", "DATA", False, (), ANY),
    ("uk-vashu-skrynku-vydaleno", "550 5.1.1 Вашу скриньку видалено", "5.1.1", "RCPT", False, (), ANY),
    # The same under a bare 550 (Status 5.0.0): only the words decide.
    ("ru-udalen-i-vosstanovlen-bare", "550 Аккаунт был удален и восстановлен", "5.0.0", "RCPT", False, (), ANY),
    ("uk-vashu-skrynku-vydaleno-bare", "550 Вашу скриньку видалено", "5.0.0", "RCPT", False, (), ANY),
    ("uk-lyst-vydaleno-bare", "550 Лист зі скриньки одержувача видалено", "5.0.0", "DATA", False, (), ANY),
    ("ru-udaleno-pismo-iz-yashchika-bare", "550 Удалено письмо из ящика получателя", "5.0.0", "DATA", False, (), ANY),
    ("uk-skrynka-bude-vydalena-bare", "550 Поштова скринька буде видалена", "5.0.0", "RCPT", False, (), ANY),
]
DELETED_ACCOUNT = ("HAND-MADE attack (false softs): the recipient's account or mailbox deleted in the forms review "
                   "93's Russian pattern may miss: the ё spelling 'Учётная', the verb first ('Удалена учетная "
                   "запись'), a bare 550, Ukrainian 'Обліковий запис видалено' / 'Поштову скриньку видалено' / "
                   "'Поштова скринька видалена', Belarusian 'Уліковы запіс выдалены' (the same words, each "
                   "language's participle): taxonomy section 2, userunknown (hasmoved accepted), hard")
DELETED_ACCOUNT_ROWS = [
    ("ru-uchyotnaya-yo", "550 5.1.1 Учётная запись удалена", "5.1.1", "RCPT", True, GONE, R),
    ("ru-udalena-first", "550 5.1.1 Удалена учетная запись получателя", "5.1.1", "RCPT", True, GONE, R),
    ("ru-yashchik-udalen-bare", "550 Почтовый ящик удален", "5.0.0", "RCPT", True, GONE, R),
    ("ru-yashchik-polzovatelya-udalyon", "550 5.2.1 Ящик пользователя удалён", "5.2.1", "RCPT", True, GONE, R),
    ("uk-oblikovyi-zapys-vydaleno", "550 5.1.1 Обліковий запис видалено", "5.1.1", "RCPT", True, GONE, R),
    ("uk-skrynku-oderzhuvacha-vydaleno", "550 5.1.1 Поштову скриньку одержувача видалено", "5.1.1", "RCPT", True,
     GONE, R),
    ("uk-skrynka-vydalena-bare", "550 Поштова скринька видалена", "5.0.0", "RCPT", True, GONE, R),
    ("be-ulikovy-zapis-vydaleny", "550 5.1.1 Уліковы запіс выдалены", "5.1.1", "RCPT", True, GONE, R),
    # The same under a bare 550 (Status 5.0.0): only the words decide.
    ("ru-uchyotnaya-yo-bare", "550 Учётная запись удалена", "5.0.0", "RCPT", True, GONE, R),
    ("ru-udalena-first-bare", "550 Удалена учетная запись получателя", "5.0.0", "RCPT", True, GONE, R),
    ("uk-oblikovyi-zapys-vydaleno-bare", "550 Обліковий запис видалено", "5.0.0", "RCPT", True, GONE, R),
    ("uk-skrynku-oderzhuvacha-vydaleno-bare", "550 Поштову скриньку одержувача видалено", "5.0.0", "RCPT", True,
     GONE, R),
    ("be-ulikovy-zapis-vydaleny-bare", "550 Уліковы запіс выдалены", "5.0.0", "RCPT", True, GONE, R),
]
ROWS += rows_relayed("r96-deleted", DELETED_OTHER, MX, LEAD, DELETED_OTHER_ROWS)
ROWS += rows_quoted("r96-deleted", DELETED_OTHER, MX, LEAD, DELETED_OTHER_ROWS[:1] + DELETED_OTHER_ROWS[8:10])
ROWS += rows_relayed("r96-account", DELETED_ACCOUNT, MX, LEAD, DELETED_ACCOUNT_ROWS)
ROWS += rows_quoted("r96-account", DELETED_ACCOUNT, MX, LEAD, DELETED_ACCOUNT_ROWS[:2] + DELETED_ACCOUNT_ROWS[4:5])

# A delivered recipient whose success reply says the old mailbox was deleted and the mail forwarded: no bounce.
DELIVERED = ("HAND-MADE: a success DSN (Postfix bounce(8)'s success notice, Action: delivered, RFC 3463 2.1.5) whose "
             "reply notes, in Russian, a forwarding from a deleted old mailbox")
ROWS.append(("r96-delivered-ru-yashchik-udalen", DELIVERED,
             relayed("250 2.1.5 Старый почтовый ящик удален, письмо переслано на новый адрес", status="2.1.5",
                     action="delivered", address=LEAD, remote=MX), []))
