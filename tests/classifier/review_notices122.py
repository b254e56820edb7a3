"""The hundred-and-twenty-second review: an ADVERSARIAL AUDIT of review 120's mends (commit 29d12de): the Czech/Turkish
adjective-first absence moved to classifier/adjective_first.py with its sentence guards (forwarding, link/web page,
denial, condition/example, list of causes, login, "Gönderen" before the adjective; "z/ze/od" and the Turkish ablative
read as OUR sender), reasons._normal folding the Turkish capital İ, mailbox_states' denied full state ("není",
"nie jest", "non ha") and Polish "przepełnion-", "nieaktywnej/-ego", departures' Polish "skrzynka/konto została/
zostało (trwale) usunięta/e", soft_wordings' Polish genitive/unaccented "niewłaściwy adres nadawcy", and Gmail's
Japanese sentences (formats/recipients skipping a problem that passed, formats/prose's delay and failure sections).

1. FALSE HARDS: the guards' blind spots (the skip word AFTER the adjective, in the sentence before, across a line
   wrap); the Polish deletion said of a message, a forwarding copy, an account removed from a group, a white list or
   an address book, deleted by mistake and restored, our SMTP login, our account addressed formally ("Państwa").
2. FALSE SOFTS: the skip words said in a clause that does not govern the absence (a singular "Příčina:" label, "Nejde
   o X, ale o neexistující adresu", "neznamená X, ale ...", "bağlantı" = connection, "Göndericinin iletisi ...", a
   condition or a denial AFTER the absence in another clause, a help line or a "Gönderen:" label line above the reply
   joined to it once whitespace is collapsed); Czech "z" = returned FROM the recipient's address, or "one of"; the
   Turkish ablative of cause ("adresinden dolayı"); Polish "obecnie/prawdopodobnie jest przepełniona" (the denial
   guard reads "...nie jest" inside "obecnie jest"); the deleted account said "konto użytkownika" / masculine /
   impersonal; the Turkish capital İ where a rule outside reasons._normal reads the words (the 450 5.1.1 given up).
3. Gmail's Japanese notices: a failure whose line below speaks of a temporary problem or of 47 hours of retries, a
   problem that passed said with "。その後", a delay said with "ので".

Rows: (name, source, raw, expected), each expectation written from the words and shared/classifier/taxonomy.md
BEFORE the classifier ran (committed first). HAND-MADE notices in review 118's layouts (review_notices118_layouts);
the attack variants cite the rule they attack, the real wordings their source."""

from __future__ import annotations

from tests.classifier.review_notices118_layouts import FULL, HU, R, S, UU, both_words, replies
from tests.classifier.review_notices118_more import EABM, GMAIL_JA, GODADDY_TR, INTERIA, SARE
from tests.classifier.review_notices120 import SEZNAM
from tests.classifier.review_notices120_more import JA_DELAY, JA_FULL, KIM_JA, LEAD, ONET, _FAIL_S, _ja


def r122(rows: list[tuple]) -> list[tuple]:
    """Review 118's row helpers name rows 'r118-...'; this review's rows are 'r122-...'."""
    return [("r122-" + r[0][len("r118-"):], *r[1:]) for r in rows]


def words(name, source, lang, text, *expect, **kw):
    return r122(both_words(name, source, lang, text, *expect, **kw))


def reps(name, source, lang, reply, status, *expect, **kw):
    return r122(replies(name, source, lang, reply, status, *expect, **kw))


# ---- the rules attacked (an attack variant cites its rule) ------------------------------------------------------------
RULE_CS = ("attack on review 120's classifier/adjective_first.RECIPIENT Czech guards (_CS_NOT_LEADS: forwarding, link, "
           "web page, 'nejde o', 'neznamen', 'pokud', 'příčin', 'přihlášen', 'autentiz' before the adjective in its "
           "sentence; _CS_FROM: not after 'z/ze/od'), after EABM's 'jste poslali email na neexistující adresu'; " + EABM)
RULE_CS_SENDER = ("attack on review 120's classifier/adjective_first.SENDER Czech '(z|ze|od) neexistující adresy/domény/"
                  "účtu' (read as OUR sender whatever follows)")
RULE_TR = ("attack on review 120's classifier/adjective_first.RECIPIENT Turkish guards (_TR_NOT_LEADS: 'yönlendir', "
           "'bağlantı', 'eğer', 'örneğin', 'olası', 'nedenler', 'kimlik doğrula', 'gönderen/gönderici' before the "
           "adjective; _TR_NOT_AFTER: 'anlamına gelmez' or '-rsanız' anywhere after it in its sentence), after "
           "GODADDY_TR's 'Geçersiz veya var olmayan e-posta adresi'; " + GODADDY_TR)
RULE_TR_SENDER = ("attack on review 120's classifier/adjective_first.SENDER Turkish ablative '(var|mevcut) olmayan ... "
                  "adres...[dt][ae]n' (FROM it: read as OUR sender)")
RULE_FOLD = ("attack on review 120's reasons._normal fold of the Turkish capital İ ('i' + U+0307 -> 'i'): the other "
             "readers of the words (severity.says_no_such_recipient, which is_hard_bounce asks where a 4xx reply code "
             "sits beside a 5.x.x status) lowercase without it")
RULE_PL_DELETED = ("attack on review 120's departures._DELETED Polish '(skrzynka|konto)( pocztow-)?( odbiorcy)? "
                   "(została/zostało |jest )?(trwale )?usunięt[aeo]' (ONET), guarded only by English/German/French/"
                   "Spanish/Italian/Russian words for a message, 'your', a login")
RULE_NOT_FULL = ("attack on review 120's mailbox_states._NOT_FULL '(?<!nen[íi] )(?<!nie jest )(?<!non ha )' before a "
                 "full word (no word boundary before 'nie': 'obecnie jest', 'prawdopodobnie jest')")
RULE_PL_SENDER = "attack on review 120's soft_wordings.SENDER_REFUSED Polish 'niewłaściwy/-ego adres(u) nadawcy' (SARE)"
RULE_JA = ("attack on review 120's formats/prose._DELAY_TEXT Japanese '一時的な問題が発生しました(?!が)|時間再試行し' and "
           "formats/recipients.INLINE's '(?!が)' (GMAIL_JA)")
GMAIL_JA_BLOCK = ("xn--9ckkn0019c8wwb.jp 'Gmailの「Mail Delivery Subsystem」って何?' (a Japanese blog quoting a Gmail "
                  "notice's body: 'メールのブロック *********でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧"
                  "ください。')")
_SOFT = " (an attack: the nonexistent thing is no mailbox of the lead's; soft)"
_OURS = " (an attack: said of OUR sender or OUR login; soft, ours)"
_HARD = " (an attack: the lead's absence, the guard word in a clause that does not govern it; hard)"

# ---- 1. Czech guards: false hards (the skip word where the guard does not look) ----------------------------------------
CS_FALSE_HARD = [
    *words("cs-forward-after", RULE_CS + _SOFT + " (the forwarding verb AFTER the adjective)", "cs",
           "Na neexistující adresu nelze zprávu přeposlat.", False),
    *words("cs-forward-sentence-before", RULE_CS + _SOFT + " (the forwarding said in the sentence before)", "cs",
           "Zprávu nelze přeposlat. Důvod: neexistující adresa.", False),
    *words("cs-forward-wrapped", RULE_CS + _SOFT + " (the guard word on the line above: a wrap)", "cs",
           "Přesměrování zprávy na\nneexistující adresu se nezdařilo.", False),
    *words("cs-link-domain-wrapped", RULE_CS + _SOFT + " (a link's domain, wrapped)", "cs",
           "Zpráva obsahuje odkaz na\nneexistující doménu.", False),
    *words("cs-link-after-domain", RULE_CS + _SOFT + " (the link named AFTER the domain)", "cs",
           "Neexistující doména v odkazu ve zprávě.", False),
    *words("cs-login-after", RULE_CS + _OURS + " (the login named AFTER the user)", "cs",
           "Neexistující uživatel při přihlášení k serveru SMTP.", False, (), S),
]

# ---- 2. Czech guards: false softs (the skip word governs another clause) ------------------------------------------------
CS_FALSE_SOFT = [
    *words("cs-cause-singular", RULE_CS + _HARD + " (a singular 'Příčina:' label is THE cause, not a list of possible "
           "ones)", "cs", "Příčina nedoručení: neexistující adresa příjemce.", True, UU, R),
    *reps("cs-cause-singular", RULE_CS + _HARD, "cs", "550 5.0.0 Příčina: neexistující adresa příjemce.", "5.0.0", True,
          UU, R),
    *words("cs-denial-of-other", RULE_CS + _HARD + " ('nejde o' denies the block, not the absence)", "cs",
           "Nejde o blokaci, ale o neexistující adresu příjemce.", True, UU, R),
    *words("cs-not-mean-other", RULE_CS + _HARD + " ('neznamená' denies an outage, not the absence)", "cs",
           "Tato chyba neznamená výpadek serveru, ale neexistující adresu příjemce.", True, UU, R),
    *words("cs-help-line-above", RULE_CS + _HARD + " (a help line above the reply without a full stop: 'Pokud' joins "
           "the reply once the lines are read as one)", "cs",
           "Pokud máte dotazy, kontaktujte správce serveru\nNeexistující adresa příjemce", True, UU, R),
    *words("cs-auth-fine-other-clause", RULE_CS + _HARD + " (the authentication passed; the recipient is missing)",
           "cs", "Autentizace proběhla úspěšně, ale neexistující adresa příjemce.", True, UU, R),
    *reps("cs-seznam-help-below", SEZNAM + " (the reply, then Seznam's help sentence below it in the human part)", "cs",
          "550 5.0.0 Neexistující adresát", "5.0.0", True, UU, R,
          human="Důvod / Reason:\n\n550 5.0.0 Neexistující adresát\n\nPokud se po odeslání vrátí zpráva zpět s výše "
                "uvedeným chybovým hlášením, byl pravděpodobně zadán neexistující adresát."),
    *words("cs-returned-from-recipient", RULE_CS_SENDER + _HARD + " ('z' = the notice came back FROM the RECIPIENT's "
           "nonexistent address)", "cs", "Zpráva se vrátila z neexistující adresy příjemce.", True, UU, R),
    *words("cs-one-of", RULE_CS_SENDER + _HARD + " ('z' = one OF the nonexistent addresses)", "cs",
           "Adresa příjemce je jedna z neexistujících adres na tomto serveru.", True, UU, R),
    *words("cs-c-because-of", RULE_CS_SENDER + " (control: 'z důvodu' (because of) before the adjective; hard)", "cs",
           "Zprávu nelze doručit z důvodu neexistující adresy příjemce.", True, UU, R),
    *words("cs-c-sender-label-line", RULE_CS + " (control: an 'Odesílatel:' label line above the reply; the "
           "recipient's absence; hard)", "cs",
           "Odesílatel: seller@example.com\nChyba: neexistující adresa příjemce", True, UU, R),
    *words("cs-c-from-ours", RULE_CS_SENDER + " (control: sent FROM a nonexistent address: ours)", "cs",
           "Zprávu nelze přijmout z neexistující adresy.", False, (), S),
]

# ---- 3. Turkish guards ----------------------------------------------------------------------------------------------
TR = [
    *words("tr-ablative-because", RULE_TR_SENDER + _HARD + " (the ablative of cause: 'adresinden dolayı' = BECAUSE OF "
           "the nonexistent address)", "tr", "İleti var olmayan e-posta adresinden dolayı teslim edilemedi.", True, UU,
           R),
    *reps("tr-ablative-because", RULE_TR_SENDER + _HARD, "tr",
          "550 5.0.0 İleti var olmayan e-posta adresinden dolayı teslim edilemedi.", "5.0.0", True, UU, R),
    *words("tr-sender-noun-other-clause", RULE_TR + _HARD + " ('Göndericinin iletisi': the sender's MESSAGE, sent to "
           "the nonexistent address)", "tr",
           "Göndericinin iletisi var olmayan bir e-posta adresine gönderildiği için reddedildi.", True, UU, R),
    *words("tr-connection", RULE_TR + _HARD + " ('bağlantı' = the SMTP connection, not a link)", "tr",
           "Uzak sunucuyla bağlantı sırasında alınan yanıt: var olmayan e-posta adresi.", True, UU, R),
    *words("tr-condition-after", RULE_TR + _HARD + " (a condition in a later clause: '... gönderirseniz teslim edilir')",
           "tr", "İletiniz var olmayan bir e-posta adresine gönderildi, adresi düzeltip yeniden gönderirseniz teslim "
           "edilir.", True, UU, R),
    *words("tr-denial-after-other", RULE_TR + _HARD + " ('anlamına gelmez' denies an outage in a later clause)", "tr",
           "Var olmayan e-posta adresi, bu hata sunucunun kapalı olduğu anlamına gelmez.", True, UU, R),
    *words("tr-sender-label-line", RULE_TR + _HARD + " (a 'Gönderen:' label line above the reply: joined once the "
           "lines are read as one)", "tr",
           "Gönderen: seller@example.com\nHata: var olmayan e-posta adresi", True, UU, R),
    *words("tr-forward-wrapped", RULE_TR + _SOFT + " (the forwarding word on the line above: a wrap)", "tr",
           "Otomatik yönlendirme\nvar olmayan adrese yapılamadı.", False),
    *words("tr-c-from-ours", RULE_TR_SENDER + " (control: sent FROM a nonexistent address: ours)", "tr",
           "İleti var olmayan bir e-posta adresinden gönderildi.", False, (), S),
]

# ---- 4. The Turkish capital İ outside reasons._normal ----------------------------------------------------------------
FOLD = [
    *reps("tr-c-lower-450-511-given-up", RULE_FOLD + " (control: lower case; a 450 under 5.1.1 given up whose words say "
          "the mailbox missing: hard)", "tr", "450 5.1.1 Alıcının posta kutusu mevcut değil", "5.1.1", True, UU, R),
    *reps("tr-upper-450-511-given-up", RULE_FOLD + " (the same in capitals: 'DEĞİL')", "tr",
          "450 5.1.1 ALICININ POSTA KUTUSU MEVCUT DEĞİL", "5.1.1", True, UU, R),
    *words("tr-upper-sender-ablative", RULE_FOLD + _OURS + " (capitals: 'ADRESİNDEN')", "tr",
           "İLETİ VAR OLMAYAN E-POSTA ADRESİNDEN GÖNDERİLDİ.", False, (), S),
    *words("tr-upper-dative-sent-to", RULE_FOLD + " (capitals: 'ADRESİNE GÖNDERİLDİ' = sent TO it; hard)", "tr",
           "İLETİNİZ VAR OLMAYAN BİR E-POSTA ADRESİNE GÖNDERİLDİ.", True, UU, R),
    *words("tr-upper-domain", RULE_FOLD + " (capitals: 'ALAN ADINA'; hard, the domain)", "tr",
           "İLETİNİZ VAR OLMAYAN ALAN ADINA GÖNDERİLDİ.", True, HU, R),
]

# ---- 5. Polish deletion -----------------------------------------------------------------------------------------------
PL_DELETED = [
    *words("pl-message-to-account-deleted", RULE_PL_DELETED + _SOFT + " (a MESSAGE sent to the account was deleted)",
           "pl", "Wiadomość wysłana na konto została usunięta przez filtr antyspamowy.", False),
    *words("pl-forwarded-copy-deleted", RULE_PL_DELETED + _SOFT + " (a forwarded COPY deleted)", "pl",
           "Kopia wiadomości przekazana na konto odbiorcy została usunięta przez program antywirusowy.", False),
    *words("pl-account-off-group", RULE_PL_DELETED + _SOFT + " (the account removed from a distribution group)", "pl",
           "Konto odbiorcy zostało usunięte z grupy dystrybucyjnej.", False),
    *words("pl-account-off-white-list", RULE_PL_DELETED + _SOFT + " (removed from a WHITE list: 'z białej listy')", "pl",
           "Konto zostało usunięte z białej listy.", False),
    *words("pl-account-off-address-book", RULE_PL_DELETED + _SOFT + " (removed from an address book)", "pl",
           "Konto zostało usunięte z książki adresowej.", False),
    *words("pl-deleted-by-mistake", RULE_PL_DELETED + _SOFT + " (deleted by mistake and being restored)", "pl",
           "Skrzynka odbiorcy została usunięta przez pomyłkę i jest przywracana, spróbuj ponownie później.", False),
    *words("pl-deleted-and-recreated", RULE_PL_DELETED + _SOFT + " (deleted and created again)", "pl",
           "Konto zostało usunięte i ponownie utworzone.", False),
    *words("pl-smtp-login", RULE_PL_DELETED + _OURS + " (our SMTP login refused: our account deleted)", "pl",
           "Błąd uwierzytelniania SMTP: konto zostało usunięte.", False, (), S),
    *reps("pl-smtp-login-535", RULE_PL_DELETED + _OURS, "pl", "535 5.7.8 Błąd uwierzytelniania: konto zostało usunięte",
          "5.7.8", False, (), S),
    *words("pl-formal-your-account", RULE_PL_DELETED + _OURS + " (the formal 'Państwa konto': OUR account)", "pl",
           "Państwa konto zostało usunięte, nie mogą Państwo wysyłać wiadomości.", False, (), S),
    *words("pl-c-sender-account", RULE_PL_DELETED + " (control: 'Konto nadawcy': ours)", "pl",
           "Konto nadawcy zostało usunięte.", False, (), S),
    *words("pl-c-not-deleted", RULE_PL_DELETED + " (control: 'nie została usunięta'; soft)", "pl",
           "Skrzynka odbiorcy nie została usunięta, lecz jest tymczasowo zablokowana.", False),
    *words("pl-c-future", ONET + " (control: 'zostanie usunięta', still to come; soft)", "pl",
           "Skrzynka odbiorcy zostanie usunięta za 30 dni.", False),
    *words("pl-c-conditional", RULE_PL_DELETED + " (control: 'zostałaby', a condition; soft)", "pl",
           "Skrzynka zostałaby usunięta po 90 dniach braku aktywności.", False),
    *words("pl-c-spam-box", RULE_PL_DELETED + " (control: the message deleted in the spam folder; soft)", "pl",
           "Wiadomość trafiła do skrzynki spam odbiorcy i została usunięta.", False),
    *words("pl-c-off-mailing-list", RULE_PL_DELETED + " (control: 'z listy mailingowej'; soft)", "pl",
           "Konto zostało usunięte z listy mailingowej.", False),
    *words("pl-c-postal-account-deleted", RULE_PL_DELETED + " (control: 'konto pocztowe odbiorcy'; hard)", "pl",
           "Konto pocztowe odbiorcy zostało usunięte.", True, UU, R),
    *words("pl-c-deleted-by-admin", ONET + " (control: deleted by the administrator; hard)", "pl",
           "Konto zostało usunięte przez administratora.", True, UU, R),
    # False softs: the deletion said in the forms the rule does not spell.
    *words("pl-user-account-deleted", SARE + " ('Konto takiego użytkownika ... zostało usunięte': the user's account, "
           "said as a fact; hard)", "pl", "Konto użytkownika zostało usunięte.", True, UU, R),
    *words("pl-user-box-deleted", RULE_PL_DELETED + _HARD.replace(", the guard word in a clause that does not govern it",
           " said 'skrzynka pocztowa użytkownika'"), "pl", "Skrzynka pocztowa użytkownika została usunięta.", True, UU,
           R),
    *words("pl-impersonal", RULE_PL_DELETED + " (the impersonal past 'usunięto'; hard)", "pl",
           "Konto odbiorcy usunięto.", True, UU, R),
    *words("pl-address-masculine", RULE_PL_DELETED + " (the masculine 'adres ... został usunięty'; hard)", "pl",
           "Adres odbiorcy został usunięty.", True, UU, R),
    *words("pl-not-full-but-deleted", RULE_PL_DELETED + "; " + RULE_NOT_FULL + " (the full state denied, the account "
           "deleted; hard)", "pl", "Skrzynka odbiorcy nie jest przepełniona; konto zostało usunięte.", True, UU, R),
]

# ---- 6. The denied full state -----------------------------------------------------------------------------------------
NOT_FULL = [
    *words("pl-currently-full", RULE_NOT_FULL + " ('obecnie jest przepełniona': currently full)", "pl",
           "Skrzynka odbiorcy obecnie jest przepełniona.", False, FULL, R),
    *words("pl-probably-full", INTERIA + "; " + RULE_NOT_FULL + " ('prawdopodobnie jest pełna': probably full)", "pl",
           "Skrzynka odbiorcy prawdopodobnie jest pełna.", False, FULL, R),
    *reps("pl-currently-full", RULE_NOT_FULL, "pl", "550 5.0.0 Skrzynka odbiorcy aktualnie jest przepełniona", "5.0.0",
          False, FULL, R),
    *words("pl-c-unavailable-because-full", INTERIA + " (control: 'nie jest dostępna' denies another state; full)",
           "pl", "Skrzynka odbiorcy nie jest dostępna, ponieważ jest przepełniona.", False, FULL, R),
    *words("cs-c-not-blocked-but-full", RULE_NOT_FULL + " (control: 'není' denies the block, the box is full)", "cs",
           "Schránka příjemce není zablokovaná, je přeplněná.", False, FULL, R),
    *words("it-c-not-space-full", RULE_NOT_FULL + " (control: 'non ha' then 'è piena'; full)", "it",
           "La casella del destinatario non ha più spazio: è piena.", False, FULL, R),
]

# ---- 7. Polish sender wording beside the recipient's absence ---------------------------------------------------------
PL_SENDER = [
    *words("pl-sender-denied-user-missing", RULE_PL_SENDER + " (the sender's wording DENIED, the user missing; hard)",
           "pl", "Nie chodzi o niewłaściwy adres nadawcy: użytkownik o podanym adresie nie istnieje.", True, UU, R),
    *words("pl-c-sender-genitive", RULE_PL_SENDER + " (control: refused because of our invalid address; ours)", "pl",
           "Wiadomość odrzucona z powodu niewlasciwego adresu nadawcy.", False, (), S),
]

# ---- 8. Gmail's Japanese sentences ------------------------------------------------------------------------------------
_RETRIED = "Gmail は 47 時間再試行しましたが、配信できませんでした。"
JA = [
    ("r122-ja-failed-retried-line-below", GMAIL_JA + "; " + RULE_JA + " (a failure; the line below says Gmail RETRIED "
     "47 hours and could not deliver: final, not a delay)",
     _ja("2jr1", f"{LEAD} にメールを配信できませんでした。\n{_RETRIED}\n", _FAIL_S), [(LEAD, False, (), None, False)]),
    ("r122-ja-failed-retried-same-line", GMAIL_JA + "; " + RULE_JA + " (the same on one line)",
     _ja("2jr2", f"{LEAD} にメールを配信できませんでした。{_RETRIED}\n", _FAIL_S), [(LEAD, False, (), None, False)]),
    ("r122-ja-failed-temporary-cause-below", GMAIL_JA + "; " + RULE_JA + " (a failure whose cause below is 'a "
     "temporary problem at the destination server': still failed, not a delay)",
     _ja("2jt1", f"{LEAD} にメールを配信できませんでした。\n宛先のサーバーで一時的な問題が発生しました。\n", _FAIL_S),
     [(LEAD, False, (), None, False)]),
    ("r122-ja-problem-then-delivered", RULE_JA + " (a success: the problem passed, said in a second sentence "
     "'。その後、...正常に配信されました'; no bounce)",
     _ja("2jok", f"配信完了\n\n{LEAD} へのメールの配信中に一時的な問題が発生しました。その後、メールは正常に配信されました。\n",
         "配信完了"), []),
    ("r122-ja-delay-node", GMAIL_JA + " (control: the delay said with 'ので': a delay)",
     _ja("2jd1", f"配信未完了\n\n{LEAD} へのメールの配信中に一時的な問題が発生しましたので、Gmail は 47 時間再試行します。\n",
         "配信未完了"), [(LEAD, False, (), None, True)]),
    ("r122-ja-delay-beside-failed-kim", GMAIL_JA + " (control: the lead delayed, kim failed, kim's line first)",
     _ja("2jd2", f"{KIM_JA} {JA_FULL}\n\n{LEAD} {JA_DELAY}\n", _FAIL_S),
     [(KIM_JA, False, FULL, R, False), (LEAD, False, (), None, True)]),
    ("r122-ja-blocked", GMAIL_JA_BLOCK + " (Gmail's Japanese 'blocked' sentence naming the recipient: soft, failed)",
     _ja("2jb1", f"メールのブロック\n\n{LEAD} でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧ください。\n",
         _FAIL_S), [(LEAD, False, (), None, False)]),
]

ROWS: list[tuple] = CS_FALSE_HARD + CS_FALSE_SOFT + TR + FOLD + PL_DELETED + NOT_FULL + PL_SENDER + JA


# ---- Round two: controls on the planned mends, written before they ran ------------------------------------------------
def one(name, source, lang, text, *expect, **kw):
    """The `words` layout in UTF-8 only."""
    return words(name, source, lang, text, *expect, **kw)[:1]


_PLAN = "control on review 122's planned mend of "
ROUND2 = [
    # Czech: a contrast resets only a denial or a login, a condition governs only its own clause, the after-guards only
    # a link's locative, forwarding and login; "z" after "jedna" or before the recipient's noun.
    *one("r2-cs-c-denied-then-contrast", _PLAN + "the Czech denial guard (the denial governs the adjective, the contrast "
         "comes after: soft)", "cs", "Nejde o neexistující adresu, ale o plnou schránku.", False),
    *one("r2-cs-c-forward-contrast", _PLAN + "the Czech guards (a contrast does not free a forwarding target: soft)",
         "cs", "Přesměrování je nastaveno, ale na neexistující adresu.", False),
    *one("r2-cs-c-possible-cause", _PLAN + "the Czech 'příčin' guard ('Možná příčina': a possible cause, hedged: soft)",
         "cs", "Možná příčina: neexistující adresa příjemce.", False),
    *one("r2-cs-c-forward-next-sentence", _PLAN + "the Czech after-guards (forwarding in the NEXT sentence: the absence "
         "stands; hard)", "cs", "Neexistující adresa příjemce. Zprávu nelze přeposlat.", True, UU, R),
    *one("r2-cs-c-main-clause-after-condition", SEZNAM + " (control on the planned condition guard: the main clause "
         "after the condition's comma; review 120 read 'byl pravděpodobně zadán neexistující adresát' hard)", "cs",
         "Pokud se zpráva vrátí, byl zadán neexistující adresát.", True, UU, R),
    *one("r2-cs-c-see-link-after", EABM + " (control on the planned after-guard: 'viz odkaz níže' after the real "
         "absence; hard)", "cs", "Email byl zaslán na neexistující doménu, viz odkaz níže.", True, HU, R),
    *one("r2-cs-c-from-after-branch", _PLAN + "Czech 'z' (sent FROM a nonexistent address, 'jedné z poboček' earlier in "
         "the sentence: ours)", "cs", "Zpráva jedné z poboček byla odeslána z neexistující adresy.", False, (), S),
    # Turkish.
    *one("r2-tr-c-condition-no-comma", _PLAN + "the Turkish condition guard (the condition in the noun's own clause: "
         "soft)", "tr", "Eğer var olmayan bir e-posta adresine gönderirseniz ileti geri döner.", False),
    *one("r2-tr-c-condition-before-comma", _PLAN + "the Turkish condition guard (soft)", "tr",
         "Var olmayan bir e-posta adresine gönderirseniz, ileti geri döner.", False),
    *one("r2-tr-c-link", _PLAN + "the Turkish 'bağlantı' guard (a link in the message: soft)", "tr",
         "İletideki bağlantı var olmayan bir alan adına yönlendiriyor.", False),
    *one("r2-tr-c-sender-possessor", _PLAN + "the Turkish sender guard (the sender's own address: ours)", "tr",
         "Göndericinin var olmayan e-posta adresi.", False, (), S),
    *one("r2-tr-c-ablative-sent-from", _PLAN + "the Turkish ablative (sent FROM it: ours)", "tr",
         "Var olmayan adresten gönderilen ileti reddedildi.", False, (), S),
    # Polish deletion.
    *one("r2-pl-c-user-account-off-group", _PLAN + "the Polish deletion ('konto użytkownika' off a group: soft)", "pl",
         "Konto użytkownika zostało usunięte z grupy.", False),
    *one("r2-pl-c-your-address-off-list", _PLAN + "the Polish deletion (OUR address off a list: soft)", "pl",
         "Twój adres został usunięty z listy odbiorców.", False),
    *one("r2-pl-c-sender-address", _PLAN + "the Polish deletion (the sender's address: ours)", "pl",
         "Adres nadawcy został usunięty.", False, (), S),
    *one("r2-pl-c-message-to-user-whose-account", _PLAN + "the Polish message guard (the message is the subject, the "
         "lead's account deleted: hard)", "pl",
         "Wiadomość do użytkownika, którego konto zostało usunięte, nie może zostać dostarczona.", True, UU, R),
    *one("r2-pl-c-restore-impossible", _PLAN + "the Polish restored guard ('przywrócenie nie jest możliwe': hard)", "pl",
         "Skrzynka została usunięta, przywrócenie nie jest możliwe.", True, UU, R),
    *one("r2-pl-c-deleted-from-server", _PLAN + "the Polish off-a-list guard ('z serwera': gone; hard)", "pl",
         "Konto zostało usunięte z serwera.", True, UU, R),
    *one("r2-pl-c-not-full-alone", _PLAN + "the denied full state (a box said NOT full: no mailboxfull)", "pl",
         "Skrzynka odbiorcy nie jest przepełniona.", False, ("onhold", "undefined")),
    # Japanese.
    ("r122-r2-ja-c-delivered-beside-blocked", GMAIL_JA_BLOCK + " (control on the planned blocked sentence: kim "
     "delivered, only the lead blocked)",
     _ja("2jb2", f"{KIM_JA} にメールを配信しました。\n{LEAD} でメールがブロックされました。\n", _FAIL_S),
     [(LEAD, False, (), None, False)]),
]
ROWS += ROUND2


# ---- Round three: controls on the Polish formal "Państwa" read as OUR side, written before it ran ---------------------
ROUND3 = [
    *one("r3-pl-c-inform-you-recipient-deleted", _PLAN + "'Państwa' (the formal 'you' informed, the RECIPIENT's account "
         "deleted: hard)", "pl", "Informujemy Państwa, że konto odbiorcy zostało usunięte.", True, UU, R),
    *one("r3-pl-c-ask-you-after-deleted", _PLAN + "'Państwa' (a request to us after the deletion: hard)", "pl",
         "Konto odbiorcy zostało usunięte; prosimy Państwa o aktualizację adresu odbiorcy.", True, UU, R),
    *one("r3-pl-c-your-formal-box-full", _PLAN + "'Państwa' beside a full state (OUR box full: soft)", "pl",
         "Państwa skrzynka jest przepełniona.", False),
]
ROWS += ROUND3


# ---- Round four: attacks on review 122's own mends, written before they ran -----------------------------------------
_SELF = "attack on review 122's mend of "
ROUND4 = [
    *one("r4-cs-condition-with-inner-comma", _SELF + "the Czech condition guard (a comma INSIDE the condition: still "
         "conditional help; soft)", "cs", "Pokud jste, jak uvádíte, poslali email na neexistující adresu, opravte ji.",
         False),
    *one("r4-cs-c-denied-avsak", _SELF + "the Czech contrast (the denial governs the adjective, 'avšak' after; soft)",
         "cs", "Nejde o neexistující adresu, avšak o plnou schránku.", False),
    *one("r4-cs-concessive-denial", _SELF + "the Czech contrast ('Ačkoli nejde o spam, ...': a concession, the "
         "recipient's address nonexistent; hard)", "cs", "Ačkoli nejde o spam, adresa příjemce je neexistující.", True,
         UU, R),
    *one("r4-tr-sender-message", _SELF + "the Turkish sender guard ('Göndericinin mesajı': the sender's message; hard)",
         "tr", "Göndericinin mesajı var olmayan e-posta adresine gönderildi.", True, UU, R),
    *one("r4-pl-email-to-account", _SELF + "the Polish message guard (an e-mail to the account deleted: soft)", "pl",
         "E-mail na konto odbiorcy został usunięty przez filtr.", False),
    *one("r4-pl-c-with-content", ONET + " (control on the off-a-list guard: deleted with all its content; hard)", "pl",
         "Konto zostało usunięte wraz z całą zawartością.", True, UU, R),
    *one("r4-pl-c-from-system", _SELF + "the off-a-list guard ('z systemu': gone; hard)", "pl",
         "Konto zostało usunięte z systemu.", True, UU, R),
    *one("r4-pl-not-restored", _SELF + "the restored guard ('i nie zostanie przywrócona': NOT restored; hard)", "pl",
         "Skrzynka odbiorcy została usunięta i nie zostanie przywrócona.", True, UU, R),
    *one("r4-pl-c-by-mistake-adverb", _SELF + "the restored guard ('omyłkowo': by mistake; soft)", "pl",
         "Konto zostało usunięte omyłkowo.", False),
    ("r122-r4-ja-problem-retried-not-delivered", GMAIL_JA + "; " + _SELF + "the Japanese delay ('... 47 時間再試行しましたが、"
     "正常に配信されませんでした': retried and failed, not a delay)",
     _ja("4jf1", f"{LEAD} へのメールの配信中に一時的な問題が発生しました。Gmail は 47 時間再試行しましたが、正常に配信されませんでした。\n",
         _FAIL_S), [(LEAD, False, (), None, False)]),
    ("r122-r4-ja-c-retry-until-delivered", GMAIL_JA + " (control: 'will retry until delivered normally': a delay)",
     _ja("4jd1", f"配信未完了\n\n{LEAD} へのメールの配信中に一時的な問題が発生しました。正常に配信されるまで再試行します。\n",
         "配信未完了"), [(LEAD, False, (), None, True)]),
]
ROWS += ROUND4
