"""The hundred-and-twenty-fourth review: an ADVERSARIAL AUDIT of review 122's mends (commit 85526b1, merged into main):
classifier/adjective_first.py (a contrast "ale/avšak/nýbrž" frees a denial or a login, a condition governs its own clause
or the sending, only "možné/možná příčin-" and plural "příčiny" hedge, the skip words after the adjective, Czech "z" after
"jedna" or before "příjemce/adresát", the Turkish ablative of cause, "bağlantı" as the connection, "Göndericinin
iletisi", a Turkish condition in its own clause), text.lowered (the İ fold, now read by severity.says_no_such_recipient),
mailbox_states._NOT_FULL as whole words, classifier/deleted_polish.py (the Polish deletion and its guards), lexicon_more's
Polish formal "Państwa/Pańskie" as "your", and Gmail's Japanese sentences (formats/prose, formats/recipients).

1. FALSE HARDS: a contrast freeing a denial it does not end ("Nejde o spam, ale ani o neexistující adresu"), a login
   refused then a contrast; conditions the clause rule misses ("V případě, že zadáte ...", a comma inside the
   condition, "Když", "-li"; Turkish "gönderilirse", "gönderdiğinizde"); hedged causes said otherwise ("Možnou příčinou",
   "Jednou z možných příčin"); Czech "z" before a comma or the dative "příjemci"; the Polish deletion of a message,
   an attachment, a backup, an account re-created, a deletion asked after or hedged ("czy", "Jeżeli", "Możliwe, że"),
   the formal "Pana/Pani konto"; the İ fold reaching a 450 about OUR sender's mailbox; Gmail's blocked sentence naming
   OUR own address.
2. FALSE SOFTS: a denial of one absence before another ("Nejde o neexistující adresu, ale o neexistující doménu"), the
   genitive singular "příčiny" ("Popis příčiny:"), the Seznam help sentence with "po odeslání" (read as a condition of
   the sending), forwarding or a link named after the real absence; "bağlantısında" (in the connection); "Państwa
   wiadomość" / "z Państwa adresu" beside the recipient's missing or deleted box, "Pańskiego odbiorcy"; the full state
   denied with a word between ("není momentálně přeplněná", "nie jest obecnie", "nie była", Italian "non è piena");
   Gmail's Japanese failures read as delays (the retry on the next line, "に配信できませんでした" without "メールを",
   "再試行しても").

Rows: (name, source, raw, expected), each expectation written from the words and shared/classifier/taxonomy.md BEFORE
the classifier ran (committed first). HAND-MADE notices in review 118's layouts; the attack variants cite the rule they
attack, the real wordings their source."""

from __future__ import annotations

from tests.classifier.review_notices118_layouts import FULL, HU, R, S, UU, both_words, replies
from tests.classifier.review_notices118_more import GMAIL_JA, GODADDY_TR, INTERIA, LIBERO, MS_CS, SARE
from tests.classifier.review_notices120 import SEZNAM
from tests.classifier.review_notices120_more import KIM_JA, LEAD, ONET, _FAIL_S, _ja
from tests.classifier.review_notices122 import GMAIL_JA_BLOCK


def r124(rows: list[tuple]) -> list[tuple]:
    """Review 118's row helpers name rows 'r118-...'; this review's rows are 'r124-...'."""
    return [("r124-" + r[0][len("r118-"):], *r[1:]) for r in rows]


def words(name, source, lang, text, *expect, **kw):
    """The `words` layout in UTF-8 and the language's legacy charset."""
    return r124(both_words(name, source, lang, text, *expect, **kw))


def one(name, source, lang, text, *expect, **kw):
    """The `words` layout in UTF-8 only."""
    return words(name, source, lang, text, *expect, **kw)[:1]


def reps(name, source, lang, reply, status, *expect, **kw):
    return r124(replies(name, source, lang, reply, status, *expect, **kw))


# ---- the rules attacked (an attack variant cites its rule) ------------------------------------------------------------
_A = "attack on review 122's "
RULE_CS_FREED = (_A + "adjective_first._CS_FREED (a denial or login guard freed by 'ale/avšak/nýbrž' anywhere between it "
                 "and the adjective)")
RULE_CS_CLAUSE = (_A + "adjective_first._CS_OWN_CLAUSE (a condition 'pokud/jestli/kdyby/v případě' governs the adjective "
                  "only with no comma between, or where '(po|za|ode)sl-' follows it)")
RULE_CS_CAUSE = (_A + "adjective_first._CS_NOT_LEADS causes ('mo(ž)n(é|á) příčin' or a plural 'příčiny' hedge; a "
                 "singular 'Příčina:' does not)")
RULE_CS_FROM = (_A + "adjective_first._CS_FROM/_CS_RECIPIENTS ('z' before '<adjective> <noun> příjemc-/adresát' is the "
                "recipient's, after 'jedna/jeden/jednou' one OF)")
RULE_CS_AFTER = (_A + "adjective_first._CS_NOT_AFTER (forwarding, 'v odkazu', 'při přihlášení' anywhere AFTER the noun "
                 "in its sentence)")
RULE_TR_COND = _A + "adjective_first._TR_NOT_AFTER (a Turkish condition '-rsanız/-rseniz' in the noun's own clause only)"
RULE_TR_LINK = (_A + "adjective_first._TR_NOT_LEADS 'bağlantı' (a link, unless 'ile/yla/yle bağlantı' or 'bağlantı "
                "sırasında')")
RULE_TR_SENDER = (_A + "adjective_first._TR_NOT_LEADS sender word ('gönderen/gönderici' not before 'ileti/mesaj/"
                  "e-postas') and _TR_FROM ('adresinden dolayı/ötürü' the lead's)")
RULE_FOLD = (_A + "text.lowered (the Turkish capital İ folded, now read by severity.says_no_such_recipient beside a 4xx "
             "reply code under a 5.1.1 status)")
RULE_NOT_FULL = _A + "mailbox_states._NOT_FULL ('(?<!\\bnen[íi] )(?<!\\bnie jest )(?<!\\bnon ha )' right before the state)"
RULE_PL_DEL = (_A + "classifier/deleted_polish.DELETED (_NOT_LEADS: a message/copy/e-mail up to three words before 'na/"
               "do/w/z skrzynk-/konto', forwarding, login, 'Twoje/Państwa/Pańskie/Wasze' before the noun; _NOT_AFTER: "
               "off a list/group/address book, by mistake, restored or re-created)")
RULE_PL_YOUR = (_A + "lexicon_more._YOUR_WORDS Polish formal 'państwa / pańsk-' (read as 'your', OUR side) and "
                "deleted_polish's '(Państwa|Pańsk-) (word )?(skrzynk|konto|adres|alias)' guard")
RULE_JA_DELAY = (_A + "formats/prose._DELAY_TEXT Japanese '一時的な問題が発生しました(?!が|[^\\n]{0,80}?(?:正常に配信されました|"
                 "再試行しましたが))|時間再試行し(?!ましたが)' and _section_action's failure on the recipient's own line "
                 "('にメールを配信できませんでした' only)")
RULE_JA_INLINE = (_A + "formats/recipients.INLINE Japanese shapes ('に(メールを)?配信できませんでした', the delay without '正常に"
                  "配信されました' in 80 characters, 'でメールがブロックされました')")
GOOGLE_NOSUCHUSER = ("Gmail's reply '550 5.1.1 The email account that you tried to reach does not exist', which Google's "
                     "help page support.google.com/mail/answer/6596 ('Fix bounced or rejected emails') explains")
GOOGLE_552 = ("Gmail's reply '552 5.7.0 This message was blocked because its content presents a potential security "
              "issue' (Google Workspace Admin Help 'SMTP error reference', support.google.com/a/answer/3726730)")
_SOFT = " (an attack: the absence is no lead's, or is not asserted; soft)"
_OURS = " (an attack: said of OUR sender or OUR login; soft, ours)"
_HARD = " (an attack: the lead's absence; hard)"

# ---- 1. Czech: the contrast that frees a denial or a login ---------------------------------------------------------------
CS_FREED = [
    *words("cs-neither-after-contrast", RULE_CS_FREED + _SOFT + " ('ale ani o' = but NOT about either: the contrast "
           "carries the denial on)", "cs", "Nejde o spam, ale ani o neexistující adresu, nýbrž o plnou schránku.",
           False),
    *one("cs-denial-both-contrast-after", RULE_CS_FREED + _SOFT + " (one denial over two nouns, the contrast after)",
         "cs", "Nejde o blokaci ani o neexistující adresu, ale o dočasnou chybu serveru.", False),
    *one("cs-c-contrast-before-denial", RULE_CS_FREED + " (control: the contrast BEFORE the denial frees nothing; soft)",
         "cs", "Zpráva byla vrácena, ale nejde o neexistující adresu.", False),
    *one("cs-denial-then-domain", RULE_CS_FREED + _HARD.replace("absence", "missing domain") + " (the denial of one "
         "absence, the contrast naming the other: 'Nejde o neexistující adresu příjemce, ale o neexistující doménu')",
         "cs", "Nejde o neexistující adresu příjemce, ale o neexistující doménu.", True, HU, R),
    *one("cs-c-denial-other-contrast", RULE_CS_FREED + " (control: the denial of another cause, the contrast names the "
         "absence; hard)", "cs", "Nejedná se o dočasnou chybu, ale o neexistující adresu příjemce.", True, UU, R),
    *words("cs-auth-failed-contrast", RULE_CS_FREED + _OURS + " (our authentication FAILED, then a contrast: still our "
           "login's user)", "cs", "Autentizace SMTP selhala, ale heslo je správné: neexistující uživatel.", False, (),
           S),
    *one("cs-login-failed-contrast-far", RULE_CS_FREED + _OURS + " (our login failed, the user named more than 40 "
         "characters on)", "cs", "Přihlášení k serveru SMTP se nezdařilo, ale ne kvůli heslu: neexistující uživatel.",
         False, (), S),
]

# ---- 2. Czech conditions ---------------------------------------------------------------------------------------------
CS_COND = [
    *words("cs-v-pripade-ze", RULE_CS_CLAUSE + _SOFT + " ('V případě, že ...': the condition's own comma comes first)",
           "cs", "V případě, že zadáte neexistující adresu, zpráva se vrátí zpět.", False),
    *one("cs-condition-inner-comma", RULE_CS_CLAUSE + _SOFT + " (a comma inside the condition, no sending verb)", "cs",
         "Pokud zadáte, například omylem, neexistující adresu, zpráva se vrátí zpět.", False),
    *one("cs-kdyz", RULE_CS_CLAUSE + _SOFT + " ('Když' = when/if: no condition word of the list)", "cs",
         "Když zadáte neexistující adresu, zpráva se vrátí zpět.", False),
    *one("cs-li", RULE_CS_CLAUSE + _SOFT + " (the enclitic condition 'Zadáte-li')", "cs",
         "Zadáte-li neexistující adresu, zpráva se vrátí zpět.", False),
    *words("cs-seznam-help-sentence", SEZNAM + "; " + RULE_CS_CLAUSE + " (Seznam's own sentence: the condition names "
           "'po odeslání' and the main clause after its comma says the absence; review 120 read it hard and review "
           "122's control 'Pokud se zpráva vrátí, byl zadán neexistující adresát' keeps it hard)", "cs",
           "Pokud se po odeslání vrátí zpráva zpět s výše uvedeným chybovým hlášením, byl pravděpodobně zadán "
           "neexistující adresát.", True, UU, R),
]

# ---- 3. Czech causes ------------------------------------------------------------------------------------------------
CS_CAUSE = [
    *words("cs-cause-genitive-label", RULE_CS_CAUSE + _HARD + " ('Popis příčiny:' = description of THE cause, a "
           "genitive singular spelled as the plural)", "cs", "Popis příčiny: neexistující adresa příjemce.", True, UU,
           R),
    *one("cs-cause-code-genitive", RULE_CS_CAUSE + _HARD + " ('Kód příčiny:', the code of the cause)", "cs",
         "Kód příčiny: neexistující adresa příjemce.", True, UU, R),
    *one("cs-possible-cause-instrumental", RULE_CS_CAUSE + _SOFT + " ('Možnou příčinou je': a possible cause, the "
         "instrumental)", "cs", "Možnou příčinou je neexistující adresa příjemce.", False),
    *one("cs-one-of-possible-causes", RULE_CS_CAUSE + _SOFT + " ('Jednou z možných příčin': one of the possible causes)",
         "cs", "Jednou z možných příčin je neexistující adresa příjemce.", False),
    *one("cs-most-common-cause", MS_CS + " ('Příčinou toho, že se e-mail nedoručí, může být ...': the help text's "
         "instrumental); " + RULE_CS_CAUSE + _SOFT + " (the commonest cause in general)", "cs",
         "Nejčastější příčinou bývá neexistující adresa příjemce.", False),
]

# ---- 4. Czech "z" ---------------------------------------------------------------------------------------------------
CS_FROM = [
    *words("cs-from-comma-recipient", RULE_CS_FROM + _OURS + " (sent FROM a nonexistent address; 'příjemce' the next "
           "clause's subject, after a comma)", "cs", "Zprávu nelze přijmout z neexistující adresy, příjemce ji odmítl.",
           False, (), S),
    *words("cs-from-to-recipient-dative", RULE_CS_FROM + _OURS + " (sent FROM a nonexistent address TO the recipient, "
           "the dative 'příjemci')", "cs", "Zpráva odeslaná z neexistující adresy příjemci byla odmítnuta.", False, (),
           S),
    *one("cs-c-returned-from-recipient-domain", RULE_CS_FROM + " (control: returned from the RECIPIENT's nonexistent "
         "domain; hard)", "cs", "Zpráva se vrátila z neexistující domény příjemce.", True, HU, R),
    *one("cs-from-one-of-ours", RULE_CS_FROM + _OURS + " (sent FROM one of the nonexistent addresses)", "cs",
         "Zpráva byla odeslána z jedné z neexistujících adres.", False, (), S),
]

# ---- 5. Czech words after the absence ------------------------------------------------------------------------------
CS_AFTER = [
    *words("cs-not-forwarded-either", RULE_CS_AFTER + _HARD + " ('nelze doručit ani přeposlat' after the real absence)",
           "cs", "Neexistující adresa příjemce, zprávu nelze doručit ani přeposlat.", True, UU, R),
    *one("cs-link-locative-help", RULE_CS_AFTER + _HARD + " (a help link 'v odkazu níže' after the real absence)", "cs",
         "Neexistující adresa příjemce, podrobnosti najdete v odkazu níže.", True, UU, R),
    *one("cs-c-forward-target-after", RULE_CS_AFTER + " (control: the absence is the forwarding's target; soft)", "cs",
         "Neexistující adresa pro přesměrování, zprávu nelze přeposlat.", False),
]

# ---- 6. Turkish ------------------------------------------------------------------------------------------------------
TR = [
    *words("tr-passive-conditional", RULE_TR_COND + _SOFT + " (the passive condition 'gönderilirse': if a message is "
           "sent to a nonexistent address)", "tr", "Var olmayan bir e-posta adresine ileti gönderilirse geri döner.",
           False),
    *one("tr-when-you-send", RULE_TR_COND + _SOFT + " ('gönderdiğinizde': WHEN you send to a nonexistent address, help "
         "text)", "tr", "Var olmayan bir e-posta adresine ileti gönderdiğinizde bu hatayı alırsınız.", False),
    *one("tr-condition-inner-comma", RULE_TR_COND + _SOFT + " (a comma inside the condition's own clause)", "tr",
         "Var olmayan bir e-posta adresine, yanlışlıkla, ileti gönderirseniz geri döner.", False),
    *words("tr-connection-possessive", RULE_TR_LINK + _HARD + " ('sunucu bağlantısında': in the SMTP connection)", "tr",
           "Uzak sunucu bağlantısında alınan yanıt: var olmayan e-posta adresi.", True, UU, R),
    *one("tr-c-link-address", RULE_TR_LINK + " (control: 'Bağlantı adresi' = the link's address; soft)", "tr",
         "Bağlantı adresi var olmayan bir alan adına işaret ediyor.", False),
    *one("tr-c-sender-ablative-cause", RULE_TR_SENDER + " (control: the SENDER's nonexistent address, the ablative of "
         "cause; ours)", "tr", "Gönderenin var olmayan adresinden dolayı ileti reddedildi.", False, (), S),
    *one("tr-sender-message-from-domain", RULE_TR_SENDER + _OURS + " ('Göndericinin iletisi' freed, then sent FROM a "
         "nonexistent domain, the ablative 'alan adından')", "tr",
         "Göndericinin iletisi var olmayan bir alan adından gönderildi.", False, (), S),
    *one("tr-c-ablative-cause-oturu", RULE_TR_SENDER + " (control: 'adresinden ötürü', because of; hard)", "tr",
         "İleti var olmayan e-posta adresinden ötürü teslim edilemedi.", True, UU, R),
    *one("tr-sender-message-from-address", RULE_TR_SENDER + _OURS + " ('Göndericinin iletisi' freed, then sent FROM a "
         "nonexistent address)", "tr", "Göndericinin iletisi var olmayan bir e-posta adresinden gönderildi.", False,
         (), S),
]

# ---- 7. The İ fold -----------------------------------------------------------------------------------------------------
FOLD = [
    *reps("tr-upper-450-sender-box", RULE_FOLD + _OURS + " ('GÖNDERİCİNİN POSTA KUTUSU MEVCUT DEĞİL': the SENDER's "
          "mailbox, now read by says_no_such_recipient)", "tr", "450 5.1.1 GÖNDERİCİNİN POSTA KUTUSU MEVCUT DEĞİL",
          "5.1.1", False, (), S),
    *reps("tr-upper-your-account-suspended", RULE_FOLD + _OURS + " (capitals: 'HESABINIZ ASKIYA ALINDI', your account "
          "suspended, under 5.1.1)", "tr", "550 5.1.1 HESABINIZ ASKIYA ALINDI, İLETİ GÖNDEREMEZSİNİZ", "5.1.1", False,
          (), S),
    *words("tr-upper-godaddy", GODADDY_TR + " (in capitals: 'GEÇERSİZ VEYA VAR OLMAYAN E-POSTA ADRESİ'; hard)", "tr",
           "GEÇERSİZ VEYA VAR OLMAYAN E-POSTA ADRESİ", True, UU, R),
    *reps("tr-upper-450-recipient-suspended", RULE_FOLD + " (control: capitals, the RECIPIENT's account suspended under "
          "a 450 and 5.1.1: soft, not 'no such recipient')", "tr", "450 5.1.1 ALICININ HESABI ASKIYA ALINDI", "5.1.1",
          False, (), R),
]

# ---- 8. Polish deletion: false hards ---------------------------------------------------------------------------------
PL_DEL = [
    *words("pl-message-to-address-deleted", RULE_PL_DEL + _SOFT + " (a MESSAGE sent to the ADDRESS deleted: the guard "
           "reads only 'skrzynk/konto' after the preposition)", "pl",
           "Wiadomość wysłana na adres odbiorcy została usunięta przez filtr antyspamowy.", False),
    *one("pl-message-four-words-before", RULE_PL_DEL + _SOFT + " (four words between the message and 'na konto')",
         "pl", "Wiadomość wysłana przez Ciebie wczoraj na konto odbiorcy została usunięta.", False),
    *words("pl-attachment-deleted", RULE_PL_DEL + _SOFT + " (an ATTACHMENT sent to the account removed by the "
           "antivirus)", "pl", "Załącznik wysłany na konto odbiorcy został usunięty przez program antywirusowy.",
           False),
    *one("pl-deleted-from-backup-server", RULE_PL_DEL + _SOFT + " (removed from the BACKUP server: not the live box)",
         "pl", "Skrzynka została usunięta z serwera kopii zapasowych.", False),
    *one("pl-deleted-and-refounded", RULE_PL_DEL + _SOFT + " (deleted and founded anew: 'założone na nowo')", "pl",
         "Konto zostało usunięte i założone na nowo.", False),
    *one("pl-deleted-erroneously", RULE_PL_DEL + _SOFT + " ('błędnie' = erroneously, as review 122 read 'omyłkowo')",
         "pl", "Konto odbiorcy zostało usunięte błędnie.", False),
    *words("pl-whether-deleted", RULE_PL_DEL + _SOFT + " ('Sprawdź, czy ...': whether it was deleted, a question)",
           "pl", "Sprawdź, czy konto odbiorcy zostało usunięte.", False),
    *one("pl-if-deleted", RULE_PL_DEL + _SOFT + " ('Jeżeli ...': a condition)", "pl",
         "Jeżeli konto odbiorcy zostało usunięte, skontaktuj się z odbiorcą inną drogą.", False),
    *one("pl-possibly-deleted", INTERIA + " (its hedge 'Możliwe, że ... lub konto zostało zawieszone'); " + RULE_PL_DEL
         + _SOFT + " (the same hedge with 'usunięte')", "pl",
         "Możliwe, że adres odbiorcy został źle wpisany lub konto zostało usunięte.", False),
    *one("pl-pana-konto", RULE_PL_YOUR + _OURS + " (the formal 'Pana konto' = YOUR account, to a man)", "pl",
         "Pana konto zostało usunięte, nie może Pan wysyłać wiadomości.", False, (), S),
    *one("pl-pani-konto", RULE_PL_YOUR + _OURS + " (the formal 'Pani konto' = YOUR account, to a woman)", "pl",
         "Pani konto zostało usunięte.", False, (), S),
    *reps("pl-pana-konto", RULE_PL_YOUR + _OURS + " (under 5.1.1)", "pl", "550 5.1.1 Pana konto zostało usunięte",
          "5.1.1", False, (), S),
    *one("pl-c-his-account-deleted", ONET + " (control: a colleague gone, 'jego konto' = HIS account; hard)", "pl",
         "Pan Jan Kowalski nie pracuje już w firmie, jego konto zostało usunięte.", True, UU, R),
    *one("pl-c-backup-copy-deleted", RULE_PL_DEL + " (control: 'Kopia zapasowa skrzynki' deleted; soft)", "pl",
         "Kopia zapasowa skrzynki odbiorcy została usunięta.", False),
    *one("pl-c-box-deleted-permanently", ONET + " (control: 'trwale usunięta'; hard)", "pl",
         "Skrzynka odbiorcy została trwale usunięta.", True, UU, R),
]

# ---- 9. Polish formal "you" beside the recipient's absence: false softs --------------------------------------------
PL_YOUR = [
    *words("pl-your-message-box-missing", RULE_PL_YOUR + _HARD + " ('Państwa wiadomość': YOUR message, the recipient's "
           "box missing)", "pl",
           "Państwa wiadomość nie mogła zostać dostarczona, ponieważ skrzynka odbiorcy nie istnieje.", True, UU, R),
    *reps("pl-your-message-box-missing", RULE_PL_YOUR + _HARD, "pl", "550 5.1.1 Państwa wiadomość nie mogła zostać "
          "dostarczona, ponieważ skrzynka odbiorcy nie istnieje", "5.1.1", True, UU, R),
    *words("pl-from-your-address-box-deleted", RULE_PL_YOUR + _HARD + " ('z Państwa adresu': sent FROM your address, "
           "the recipient's box deleted)", "pl", "Wiadomość wysłana z Państwa adresu nie została dostarczona, ponieważ "
           "skrzynka odbiorcy została usunięta.", True, UU, R),
    *one("pl-your-recipient-address-missing", RULE_PL_YOUR + _HARD + " ('Adres Pańskiego odbiorcy': YOUR recipient's "
         "address)", "pl", "Adres Pańskiego odbiorcy nie istnieje.", True, UU, R),
    *one("pl-your-client-box-deleted", RULE_PL_YOUR + _HARD + " ('Państwa klienta': your CLIENT's box, the lead's)",
         "pl", "Skrzynka pocztowa Państwa klienta została usunięta.", True, UU, R),
    *one("pl-your-message-colon-deleted", RULE_PL_YOUR + _HARD + " (your message, a colon, the recipient's account "
         "deleted)", "pl", "Państwa wiadomość nie została dostarczona: konto odbiorcy zostało usunięte.", True, UU, R),
    *one("pl-your-formal-message-to-box", RULE_PL_YOUR + _HARD + " ('Pańska wiadomość do skrzynki': your message TO "
         "the box, deleted)", "pl", "Pańska wiadomość do skrzynki odbiorcy nie dotarła: skrzynka została usunięta.",
         True, UU, R),
    *one("pl-c-from-your-account-to-deleted", RULE_PL_YOUR + " (control: sent from your account to a recipient whose "
         "account was deleted; hard)", "pl", "Z Państwa konta wysłano wiadomość do odbiorcy, którego konto zostało "
         "usunięte.", True, UU, R),
    *one("pl-c-your-formal-account-blocked", RULE_PL_YOUR + " (control: 'Pańskie konto zostało zablokowane': OURS)",
         "pl", "Pańskie konto zostało zablokowane.", False, (), S),
    *one("pl-address-you-sent-to-deleted", SARE + " ('Konto takiego użytkownika ... zostało usunięte'); " + RULE_PL_DEL
         + _HARD + " ('Adres, na który wysłali Państwo wiadomość, został usunięty': the relative clause between)", "pl",
         "Adres, na który wysłali Państwo wiadomość, został usunięty.", True, UU, R),
]

# ---- 10. The denied full state ----------------------------------------------------------------------------------------
NOT_FULL = [
    *words("cs-not-momentarily-full-missing", RULE_NOT_FULL + _HARD + " ('není momentálně přeplněná': denied with a word "
           "between, the address missing)", "cs", "Schránka příjemce není momentálně přeplněná, adresa příjemce "
           "neexistuje.", True, UU, R),
    *words("pl-not-currently-full-missing", RULE_NOT_FULL + _HARD + " ('nie jest obecnie przepełniona')", "pl",
           "Skrzynka odbiorcy nie jest obecnie przepełniona, adres odbiorcy nie istnieje.", True, UU, R),
    *one("pl-was-not-full-missing", SARE + " ('użytkownik o podanym adresie nie istnieje'); " + RULE_NOT_FULL + _HARD
         + " (the past 'nie była przepełniona')", "pl", "Skrzynka odbiorcy nie była przepełniona; użytkownik o podanym "
         "adresie nie istnieje.", True, UU, R),
    *one("it-not-full-missing", LIBERO + " ('L'indirizzo di posta al quale stai scrivendo non esiste.'); " + RULE_NOT_FULL
         + _HARD + " (Italian 'non è piena', not 'non ha')", "it", "La casella non è piena: l'indirizzo di posta al "
         "quale stai scrivendo non esiste.", True, UU, R),
    *one("cs-c-not-full-alone", RULE_NOT_FULL + " (control: the full state denied alone: not mailboxfull)", "cs",
         "Schránka příjemce není přeplněná.", False, ("onhold", "undefined")),
    *one("pl-c-full-now", INTERIA + " (control: 'ma przepełnioną skrzynkę'; full)", "pl",
         "Odbiorca ma obecnie przepełnioną skrzynkę.", False, FULL, R),
]

# ---- 11. Gmail's Japanese sentences ----------------------------------------------------------------------------------
_NOUSER = "応答: 550 5.1.1 The email account that you tried to reach does not exist.\n"
_RETRIED = "Gmail は 47 時間再試行しましたが、配信できませんでした。"
JA = [
    ("r124-ja-failed-without-mail-word", RULE_JA_DELAY + "; " + RULE_JA_INLINE + "; " + GOOGLE_NOSUCHUSER + " (a "
     "failure said 'に配信できませんでした', which INLINE reads and _section_action does not, beside a temporary cause: "
     "failed, and 5.1.1: hard)",
     _ja("4ja1", f"{LEAD} に配信できませんでした。宛先のサーバーで一時的な問題が発生しました。\n{_NOUSER}", _FAIL_S),
     [(LEAD, True, UU, R, False)]),
    ("r124-ja-problem-then-retried-next-line", GMAIL_JA + "; " + RULE_JA_DELAY + " (the problem on the lead's line, "
     "'retried 47 hours and could not deliver' on the NEXT line: failed, not a delay)",
     _ja("4ja2", f"{LEAD} へのメールの配信中に一時的な問題が発生しました。\n{_RETRIED}\n", _FAIL_S),
     [(LEAD, False, (), None, False)]),
    ("r124-ja-problem-then-retried-next-line-511", GMAIL_JA + "; " + RULE_JA_DELAY + "; " + GOOGLE_NOSUCHUSER + " (the "
     "same with Gmail's 5.1.1 reply: hard)",
     _ja("4ja3", f"{LEAD} へのメールの配信中に一時的な問題が発生しました。\n{_RETRIED}\n{_NOUSER}", _FAIL_S),
     [(LEAD, True, UU, R, False)]),
    ("r124-ja-retried-even-so", GMAIL_JA + "; " + RULE_JA_DELAY + " ('再試行しても配信できませんでした': could not deliver "
     "even after retrying; and '発生しましたが' hides the lead from INLINE: failed)",
     _ja("4ja4", f"{LEAD} へのメールの配信中に一時的な問題が発生しましたが、Gmail は 47 時間再試行しても配信できませんでした。\n",
         _FAIL_S), [(LEAD, False, (), None, False)]),
    ("r124-ja-c-retry-continues", GMAIL_JA + "; " + RULE_JA_DELAY + " (control: 'retried 24 hours, will go on for 23 "
     "more': a delay)",
     _ja("4jd1", f"配信未完了\n\n{LEAD} へのメールの配信中に一時的な問題が発生しました。Gmail は 24 時間再試行しましたが、今後 "
         "23 時間再試行を続けます。\n", "配信未完了"), [(LEAD, False, (), None, True)]),
    ("r124-ja-c-delayed-other-delivered", GMAIL_JA + "; " + RULE_JA_INLINE + " (control: the lead delayed, kim delivered "
     "normally, on one line: the lead a delay)",
     _ja("4jd2", f"配信未完了\n\n{LEAD} へのメールの配信中に一時的な問題が発生しました。{KIM_JA} には正常に配信されました。\n",
         "配信未完了"), [(LEAD, False, (), None, True)]),
    ("r124-ja-blocked-content", GMAIL_JA_BLOCK + "; " + GOOGLE_552 + " (the blocked sentence naming the lead, Gmail's "
     "content block below: soft, failed)",
     _ja("4jb1", f"メールのブロック\n\n{LEAD} でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧ください。\n\n応答: "
         "552 5.7.0 This message was blocked because its content presents a potential security issue.\n", _FAIL_S),
     [(LEAD, False, (), None, False)]),
    ("r124-ja-blocked-our-address", RULE_JA_INLINE + _OURS.replace("; soft, ours", ": OUR address is no recipient") +
     " (the lead failed; a second line names OUR own address 'seller@example.com' in the blocked sentence)",
     _ja("4jb2", f"{LEAD} にメールを配信できませんでした。\nseller@example.com でメールがブロックされました。\n", _FAIL_S),
     [(LEAD, False, (), None, False)]),
    ("r124-ja-c-delivered-beside-blocked", GMAIL_JA_BLOCK + " (control: the lead delivered normally, kim blocked: "
     "only kim)",
     _ja("4jb3", f"{LEAD} へのメールは正常に配信されました。\n{KIM_JA} でメールがブロックされました。\n", _FAIL_S),
     [(KIM_JA, False, (), None, False)]),
    ("r124-ja-failed-wrapped-retried-below", GMAIL_JA + "; " + RULE_JA_DELAY + " (the address on its own line, the "
     "failure under it, the retry under that: failed)",
     _ja("4jw1", f"宛先の受信トレイの空き容量不足\n\n{LEAD}\nにメールを配信できませんでした。\n{_RETRIED}\n", _FAIL_S),
     [(LEAD, False, (), None, False)]),
]

ROWS: list[tuple] = CS_FREED + CS_COND + CS_CAUSE + CS_FROM + CS_AFTER + TR + FOLD + PL_DEL + PL_YOUR + NOT_FULL + JA


# ---- Round two: controls on the planned mends, written before they ran ------------------------------------------------
_PLAN = "control on review 124's planned mend of "
ROUND2 = [
    # Czech: 'v případě, že' / 'když' / '-li' govern only their own clause; the plural label still hedges; a login that
    # passed is freed, one that failed is ours.
    *one("r2-cs-c-v-pripade-main-clause", _PLAN + "'V případě, že' (the condition ends at its comma, the main clause says "
         "the absence; hard)", "cs", "V případě, že problém přetrvává, jde o neexistující adresu příjemce.", True, UU,
         R),
    *one("r2-cs-c-kdyz-main-clause", _PLAN + "'Když' (a time clause, then the server's reply; hard)", "cs",
         "Když jsme se pokusili zprávu doručit, server odpověděl: neexistující adresa příjemce.", True, UU, R),
    *one("r2-cs-c-li-other-clause", _PLAN + "'-li' (a help clause before the comma; hard)", "cs",
         "Máte-li dotazy, kontaktujte nás: neexistující adresa příjemce.", True, UU, R),
    *one("r2-cs-c-plural-label", _PLAN + "the plural 'Příčiny:' (a list of causes: still hedged; soft)", "cs",
         "Příčiny: neexistující adresa příjemce nebo plná schránka.", False),
    *one("r2-cs-c-login-passed-contrast", _PLAN + "the Czech login guard (the login passed, then 'ale'; hard)", "cs",
         "Přihlášení proběhlo úspěšně, ale neexistující adresa příjemce.", True, UU, R),
    *one("r2-cs-c-auth-failed-user", _PLAN + "the Czech login guard ('Autentizace selhala: neexistující uživatel': ours)",
         "cs", "Autentizace selhala: neexistující uživatel.", False, (), S),
    *one("r2-cs-c-from-recipient-genitive", _PLAN + "Czech 'z' (returned from the RECIPIENT's address, the genitive "
         "'příjemce' right after; hard)", "cs", "Zpráva se vrátila z neexistující e-mailové adresy příjemce.", True, UU,
         R),
    # Turkish.
    *one("r2-tr-c-condition-after-comma", _PLAN + "the Turkish condition (a passive condition after the comma; hard)",
         "tr", "Var olmayan e-posta adresi, adres düzeltilirse ileti teslim edilir.", True, UU, R),
    # Polish deletion: a message guard only where the message's own noun is the one deleted; the hedges; the formal
    # 'you' only of the deleted noun itself; a relative clause 'na który' (to which), not 'z którego' (from which).
    *one("r2-pl-c-message-then-account-deleted", _PLAN + "the Polish message guard (a message sent to the account not "
         "delivered, BECAUSE the account was deleted; hard)", "pl", "Wiadomość wysłana na konto odbiorcy nie została "
         "dostarczona, ponieważ konto zostało usunięte.", True, UU, R),
    *one("r2-pl-c-message-to-address-colon", _PLAN + "the Polish message guard (a message to the address, a colon, the "
         "box deleted; hard)", "pl", "Wiadomość wysłana na adres odbiorcy nie dotarła: skrzynka została usunięta.",
         True, UU, R),
    *one("r2-pl-c-your-postal-account", _PLAN + "the Polish 'your' guard ('Twoje konto pocztowe': ours)", "pl",
         "Twoje konto pocztowe zostało usunięte.", False, (), S),
    *one("r2-pl-c-if-main-clause", _PLAN + "the Polish condition (the condition ends at its comma, the main clause "
         "says the deletion; hard)", "pl", "Jeżeli wiadomość wróciła, konto odbiorcy zostało usunięte.", True, UU, R),
    *one("r2-pl-maybe-deleted", _PLAN + "the Polish hedge ('Być może': maybe; soft)", "pl",
         "Być może konto odbiorcy zostało usunięte.", False),
    *one("r2-pl-c-account-sent-from", _PLAN + "the Polish relative clause ('Konto, z którego wysłali Państwo "
         "wiadomość': the account FROM which we sent, ours)", "pl",
         "Konto, z którego wysłali Państwo wiadomość, zostało usunięte.", False, (), S),
    *one("r2-pl-c-address-sent-to-off-list", _PLAN + "the Polish relative clause (the address sent to, removed from a "
         "list; soft)", "pl", "Adres, na który wysłano wiadomość, został usunięty z listy.", False),
    *one("r2-pl-c-ms-name-colon", _PLAN + "the formal 'Pani' ('do pani Nowak' is a name, the account the lead's; "
         "hard)", "pl", "Wiadomość do pani Nowak: konto zostało usunięte.", True, UU, R),
    # The denied full state.
    *one("r2-pl-c-not-blocked-but-full", _PLAN + "the denied full state ('nie jest zablokowana, jest przepełniona': "
         "another state denied; full)", "pl", "Skrzynka odbiorcy nie jest zablokowana, jest przepełniona.", False,
         FULL, R),
    # Japanese.
    ("r124-r2-ja-c-failed-no-mail-word-full", GMAIL_JA + " (control on the planned failure reading of 'に配信できません"
     "でした': the inbox full; failed)",
     _ja("4jc1", f"{LEAD} に配信できませんでした。宛先の受信トレイがいっぱいか、宛先で現在多数のメールを受信しています。\n", _FAIL_S),
     [(LEAD, False, FULL, R, False)]),
]
ROWS += ROUND2


# ---- Round three: controls on review 124's own new guards, written before they ran -------------------------------------
_SELF = "attack on review 124's mend of "
ROUND3 = [
    *one("r3-pl-c-whether-other-then-deleted", _SELF + "the Polish 'czy' guard ('czy' asks of the address's form, a colon, "
         "then the deletion; hard)", "pl", "Sprawdziliśmy, czy adres jest poprawny: konto odbiorcy zostało usunięte.",
         True, UU, R),
    *one("r3-pl-c-if-help-colon", _SELF + "the Polish condition guard (a help condition before a colon; hard)", "pl",
         "Jeżeli masz pytania, napisz do administratora: konto odbiorcy zostało usunięte.", True, UU, R),
    *one("r3-pl-message-to-client-account", _SELF + "the Polish message guard with the owner ('na konto Państwa "
         "klienta': the MESSAGE deleted; soft)", "pl",
         "Wiadomość wysłana na konto Państwa klienta została usunięta przez filtr.", False),
    *one("r3-tr-c-passive-condition-after-comma", _SELF + "the Turkish passive condition (after the comma, another "
         "clause; hard)", "tr", "Var olmayan e-posta adresi, ileti yeniden gönderilirse geri döner.", True, UU, R),
    ("r124-r3-ja-continued-retrying-failed", GMAIL_JA + "; " + _SELF + "the Japanese delay '再試行を続け' ('Gmail は再試行を"
     "続けましたが、配信できませんでした': kept retrying and could not deliver; failed)",
     _ja("4jr1", f"{LEAD} へのメールの配信中に一時的な問題が発生しました。Gmail は再試行を続けましたが、配信できませんでした。\n",
         _FAIL_S), [(LEAD, False, (), None, False)]),
]
ROWS += ROUND3


# ---- Round four: attacks on review 124's relative clause in deleted_polish._NOUN, written before they ran --------------
ROUND4 = [
    *one("r4-pl-login-relative", _SELF + "the Polish relative clause ('Konto, do którego próbujesz się zalogować, ...': "
         "the account WE log into; soft, ours)", "pl", "Konto, do którego próbujesz się zalogować, zostało usunięte.",
         False, (), S),
    *one("r4-pl-forward-relative", _SELF + "the Polish relative clause ('Adres, na który przekierowano wiadomość, ...': "
         "a forwarding target; soft)", "pl", "Adres, na który przekierowano wiadomość, został usunięty.", False),
    *one("r4-pl-c-interia-relative", INTERIA + " ('Konto do którego próbujesz wysłać maila nie istnieje'); control on "
         "review 124's relative clause (the account we write to, deleted; hard)", "pl",
         "Konto, do którego próbujesz wysłać wiadomość, zostało usunięte.", True, UU, R),
]
ROWS += ROUND4
