"""The hundred-and-twentieth review: an ADVERSARIAL AUDIT of review 118's mends (commit 0d790fe): the Czech/Turkish
adjective-first absence (lexicon_more.MISSING_RECIPIENT, DOMAIN_ADJECTIVE_FIRST, SENDER_MISSING), the full mailbox
said state-first or as "přeplněná" / "raggiunto il limite di capienza" and Polish "nieaktywna skrzynka"
(mailbox_states), Polish "IP, z którego ... jest zablokowane" (IP_BLOCKED), Polish "niewłaściwy adres nadawcy"
(soft_wordings.SENDER_REFUSED), the Czech 4.4.7 phrase (lexicon_more.PHRASES) and Gmail's Japanese sentences naming
the recipient (formats/recipients.INLINE).

1. FALSE HARDS: the absence said of OUR sender without the word "sender" (Czech "z neexistující adresy" = FROM a
   nonexistent address, Turkish ablative "adresinden/adresten", "Gönderen: ..."), of a link or a web page, of a
   forwarding target, of our SMTP login; negated, conditional or one cause in a list of possible causes.
2. FALSE SOFTS: inflections the rules do not spell (Czech genitive/dative "neexistujícího/neexistujícímu", Turkish
   "var olmayan BIR ...", "mevcut olmayan", "değildir", the dative "adresine/alan adına gönderildi" that
   SENDER_MISSING reads as the sender's), diacritics dropped, upper case (Turkish dotted capital İ), line wraps,
   Slovak "neexistujúcu".
3. The new full/inactive wordings said of OUR mailbox ("Vaše/Twoja/La tua"), beside a deleted mailbox (must stay
   hard), and their own inflections; the Polish sender/IP wordings inflected; Gmail's Japanese sentence in a notice
   naming a delivered and a failed address, in a Japanese-only delay notice, in a success notice.

Rows: (name, source, raw, expected), each expectation written from the words and shared/classifier/taxonomy.md
BEFORE the classifier ran (committed first). HAND-MADE notices in review 118's layouts (review_notices118_layouts);
the attack variants cite the rule they attack, the real wordings their source. The second half of the rows is in
review_notices120_more.py."""

from __future__ import annotations

from tests.classifier.review_notices118_layouts import FULL, HU, R, S, UU, both_words, mixed, replies
from tests.classifier.review_notices118_more import EABM, GODADDY_TR, GRH
from tests.classifier.review_notices120_more import MORE_ROWS


def r120(rows: list[tuple]) -> list[tuple]:
    """Review 118's row helpers name rows 'r118-...'; this review's rows are 'r120-...'."""
    return [("r120-" + r[0][len("r118-"):], *r[1:]) for r in rows]


def words(name, source, lang, text, *expect, **kw):
    return r120(both_words(name, source, lang, text, *expect, **kw))


def reps(name, source, lang, reply, status, *expect, **kw):
    return r120(replies(name, source, lang, reply, status, *expect, **kw))


# ---- sources: the rules attacked (an attack variant cites the rule), and real wordings --------------------------------
RULE_CS = ("attack on review 118's lexicon_more.MISSING_RECIPIENT Czech adjective-first shape ('neexistující "
           "adresu/schránku/uživatele/účet/příjemce', after EABM's 'jste poslali email na neexistující adresu')")
RULE_CS_DOMAIN = ("attack on review 118's lexicon_more.DOMAIN_ADJECTIVE_FIRST Czech shape (EABM's 'Email byl zaslán na "
                  "neexistující doménu')")
RULE_TR = ("attack on review 118's lexicon_more.MISSING_RECIPIENT Turkish shapes ('var olmayan e-posta adresi', "
           "'posta kutusu mevcut değil/bulunamadı/yok', after GoDaddy tr 3568) and SENDER_MISSING's 'Gönderenin var "
           "olmayan' / 'var olmayan ... gönder'")
RULE_TR_DOMAIN = "attack on review 118's lexicon_more.DOMAIN_ADJECTIVE_FIRST Turkish shape ('var olmayan alan adı')"
SEZNAM = ("Seznam.cz help 'Uživatel neexistuje' (napoveda.seznam.cz/uzivatel-neexistuje): 'Pokud se po odeslání vrátí "
          "zpráva zpět s výše uvedeným chybovým hlášením, byl pravděpodobně zadán neexistující adresát.'")
GODADDY_TR_HELP = GODADDY_TR + ("; the same page: 'Örneğin, var olmayan bir e-posta adresine mesaj göndermeye "
                                "çalışırsanız \"550 5...\"' and the list of causes 'Geçersiz veya var olmayan e-posta "
                                "adresi ... Dolu posta kutusu ... Spam filtreleri'")
_SOFT = " (an attack: the nonexistent thing is no mailbox of the lead's; soft)"
_OURS = " (an attack: said of OUR sender without the word for sender; soft, ours)"
_HARD = " (an attack: the lead's absence said in a form the rule does not spell; hard)"

# ---- 1. Czech: false hards ---------------------------------------------------------------------------------------------
CS_FALSE_HARD = [
    *words("cs-from-nonexistent-address", RULE_CS + _OURS, "cs", "Zpráva byla odeslána z neexistující adresy.",
           False, (), S),
    *reps("cs-from-nonexistent-address", RULE_CS + _OURS, "cs", "550 5.7.1 Zpráva byla odeslána z neexistující adresy.",
          "5.7.1", False, (), S),
    *words("cs-from-field-nonexistent", RULE_CS + _OURS, "cs", "Zpráva má v poli Od neexistující adresu.", False, (), S),
    *words("cs-smtp-login-user", RULE_CS + " (an attack: OUR SMTP login's user; soft, ours)", "cs",
           "Přihlášení k serveru SMTP selhalo: neexistující uživatel.", False, (), S),
    *words("cs-forward-target", RULE_CS + " (an attack: the lead's FORWARDING target; the lead's mailbox exists; soft)",
           "cs", "Přesměrování na neexistující adresu se nezdařilo.", False),
    *words("cs-web-page-address", RULE_CS + _SOFT, "cs", "Zpráva obsahuje odkaz na neexistující adresu webové stránky.",
           False),
    *words("cs-url-in-parentheses", RULE_CS + _SOFT, "cs", "Zpráva odkazuje na neexistující adresu (URL).", False),
    *words("cs-negated", RULE_CS + " (an attack: the absence denied; soft)", "cs",
           "Nejde o neexistující adresu: schránka příjemce je dočasně nedostupná.", False),
    *words("cs-causes-list", RULE_CS + " (an attack: one possible cause among soft ones; never hard)", "cs",
           "Možné příčiny: neexistující adresa, plná schránka nebo blokace odesílatele.", False),
    *words("cs-conditional", RULE_CS + " (an attack: a conditional help text beside a temporary refusal; soft)", "cs",
           "Server příjemce zprávu dočasně odmítl. Pokud jste poslali email na neexistující adresu, opravte ji.", False),
    *words("cs-domain-from", RULE_CS_DOMAIN + _OURS, "cs", "Zpráva byla odeslána z neexistující domény.", False, (), S),
    *words("cs-domain-in-sender-address", RULE_CS_DOMAIN + _OURS, "cs", "Neexistující doména v adrese odesílatele.",
           False, (), S),
    *words("cs-domain-of-link", RULE_CS_DOMAIN + _SOFT, "cs", "Odkaz ve zprávě vede na neexistující doménu.", False),
    *words("cs-c-sender-upper", RULE_CS + " (control: the sender's, upper case; soft, ours)", "cs",
           "NEEXISTUJÍCÍ ADRESA ODESÍLATELE", False, (), S),
]

# ---- 2. Czech (and Slovak): false softs ------------------------------------------------------------------------------
CS_FALSE_SOFT = [
    *words("cs-genitive-recipient", RULE_CS + _HARD, "cs", "Zprávu pro neexistujícího příjemce nelze doručit.", True,
           UU, R),
    *words("cs-dative-user", RULE_CS + _HARD, "cs", "Pokus o doručení neexistujícímu uživateli selhal.", True, UU, R),
    *words("cs-no-diacritics", EABM + " (diacritics dropped)", "cs",
           "Tato chyba znaci, ze jste poslali email na neexistujici adresu.", True, UU, R),
    *words("cs-upper", EABM + " (upper case)", "cs", "TATO CHYBA ZNAČÍ, ŽE JSTE POSLALI EMAIL NA NEEXISTUJÍCÍ ADRESU.",
           True, UU, R),
    *words("cs-wrapped", EABM + " (wrapped between the adjective and the noun)", "cs",
           "Tato chyba značí, že jste poslali email na neexistující\nadresu.", True, UU, R),
    *words("cs-postal-box", RULE_CS + _HARD, "cs", "Neexistující poštovní schránka.", True, UU, R),
    *words("cs-predicate", RULE_CS + _HARD + " (the adjective after the noun)", "cs", "Adresa příjemce je neexistující.",
           True, UU, R),
    *words("cs-seznam-addressee", SEZNAM, "cs", "Byl pravděpodobně zadán neexistující adresát.", True, UU, R),
    *words("cs-domain-upper", EABM + " (upper case)", "cs", "EMAIL BYL ZASLÁN NA NEEXISTUJÍCÍ DOMÉNU.", True, HU, R),
    *words("cs-domain-no-diacritics", EABM + " (diacritics dropped)", "cs", "Email byl zaslan na neexistujici domenu.",
           True, HU, R),
    *words("sk-slovak", RULE_CS + _HARD + " (Slovak 'neexistujúcu', which Czech hosts' Slovak customers meet)", "cs",
           "Správa bola odoslaná na neexistujúcu adresu.", True, UU, R),
    *reps("cs-genitive-5-0-0", RULE_CS + _HARD, "cs", "550 5.0.0 Zprávu pro neexistujícího příjemce nelze doručit.",
          "5.0.0", True, UU, R),
]

# ---- 3. Turkish: false hards -------------------------------------------------------------------------------------------
TR_FALSE_HARD = [
    *words("tr-from-address-ablative", RULE_TR + _OURS, "tr", "İleti var olmayan e-posta adresinden gönderildi.",
           False, (), S),
    *reps("tr-from-address-ablative", RULE_TR + _OURS, "tr", "550 5.7.1 İleti var olmayan e-posta adresinden "
          "gönderildi.", "5.7.1", False, (), S),
    *words("tr-sender-label", RULE_TR + _OURS, "tr", "Gönderen: var olmayan adres", False, (), S),
    *words("tr-forward-target", RULE_TR + " (an attack: the lead's forwarding target; soft)", "tr",
           "Otomatik yönlendirme var olmayan adrese yapılamadı.", False),
    *words("tr-causes-list", GODADDY_TR_HELP + " (the page's list of causes as one text: never hard)", "tr",
           "Olası nedenler: var olmayan e-posta adresi, dolu posta kutusu veya spam filtreleri.", False),
    *words("tr-godaddy-conditional", GODADDY_TR_HELP + " (the page's conditional example: help, soft)", "tr",
           "Örneğin, var olmayan bir e-posta adresine mesaj göndermeye çalışırsanız 550 hatası alırsınız.", False),
    *words("tr-negated", RULE_TR + " (an attack: the absence denied; soft)", "tr",
           "Bu hata var olmayan e-posta adresi anlamına gelmez; alıcının posta kutusu geçici olarak kullanılamıyor.",
           False),
    *words("tr-smtp-login-user", RULE_TR + " (an attack: OUR SMTP login; soft, ours)", "tr",
           "SMTP kimlik doğrulaması başarısız: var olmayan kullanıcı.", False, (), S),
    *words("tr-sender-box-missing", RULE_TR + _OURS.replace("without", "with"), "tr",
           "Gönderenin posta kutusu mevcut değil.", False, (), S),
    *words("tr-sender-box-not-found", RULE_TR + _OURS.replace("without", "with"), "tr",
           "Gönderen posta kutusu bulunamadı.", False, (), S),
    *words("tr-c-sender-before", RULE_TR + " (control: SENDER_MISSING's 'var olmayan gönderen adresi'; ours)", "tr",
           "Var olmayan gönderen adresi.", False, (), S),
    *words("tr-c-sender-domain", RULE_TR_DOMAIN + " (control: the sender uses a nonexistent domain; ours)", "tr",
           "Gönderen var olmayan alan adı kullanıyor.", False, (), S),
]

# ---- 4. Turkish: false softs -------------------------------------------------------------------------------------------
TR_SENT_TO = "İletiniz var olmayan e-posta adresine gönderildi."
TR_FALSE_SOFT = [
    *words("tr-bir", GODADDY_TR_HELP + " ('var olmayan bir e-posta adresine', said as a fact)", "tr",
           "İletiniz var olmayan bir e-posta adresine gönderildi.", True, UU, R),
    *words("tr-dative-sent-to", RULE_TR + _HARD + " (SENDER_MISSING's '... gönder' reads 'sent TO')", "tr", TR_SENT_TO,
           True, UU, R),
    *reps("tr-dative-sent-to", RULE_TR + _HARD, "tr", f"550 5.0.0 {TR_SENT_TO}", "5.0.0", True, UU, R),
    *reps("tr-dative-sent-to-delayed", RULE_TR + " (control: a delay is never hard)", "tr", f"451 4.0.0 {TR_SENT_TO}",
          "4.0.0", False, action="delayed"),
    *words("tr-mevcut-olmayan", RULE_TR + _HARD + " ('mevcut olmayan', the other word for nonexistent)", "tr",
           "Mevcut olmayan e-posta adresi.", True, UU, R),
    *words("tr-degildir", RULE_TR + _HARD + " (the formal 'değildir')", "tr", "Alıcının posta kutusu mevcut değildir.",
           True, UU, R),
    *reps("tr-degildir", RULE_TR + _HARD, "tr", "550 5.0.0 Alıcının posta kutusu mevcut değildir.", "5.0.0", True, UU,
          R),
    *words("tr-box-upper", GODADDY_TR + " (upper case: Turkish dotted capital İ)", "tr", "POSTA KUTUSU MEVCUT DEĞİL.",
           True, UU, R),
    *words("tr-upper", GODADDY_TR + " (upper case: Turkish dotted capital İ)", "tr",
           "GEÇERSİZ VEYA VAR OLMAYAN E-POSTA ADRESİ", True, UU, R),
    *words("tr-wrapped", GODADDY_TR + " (wrapped inside the phrase)", "tr", "Geçersiz veya var olmayan e-posta\nadresi",
           True, UU, R),
    *words("tr-domain-dative", RULE_TR_DOMAIN + _HARD, "tr", "İletiniz var olmayan alan adına gönderildi.", True, HU, R),
    *words("tr-domain-bir", RULE_TR_DOMAIN + _HARD, "tr", "Var olmayan bir alan adı.", True, HU, R),
]

# ---- 5. Mixed reports: the absence attaches to the failed recipient only ------------------------------------------------
KIM_CS, KIM_TR = "kim-cs@kunde.example", "kim-tr@kunde.example"
_MIX = (" (hand-made RFC 3464 report in review 118's mixed layout: the delivered lead stays delivered, only kim's "
        "absence is hard)")
MIXED = [
    ("r120-cs-mixed-delivered-lead", EABM + _MIX,
     mixed("cm1", "cs", f"lead-cs@kunde.example: doručeno\n{KIM_CS}: jste poslali email na neexistující adresu\n",
           [("lead-cs@kunde.example", "delivered", "2.0.0", "250 2.0.0 OK"),
            (KIM_CS, "failed", "5.0.0", "550 5.0.0 Tato chyba značí, že jste poslali email na neexistující adresu.")]),
     [(KIM_CS, True, UU, R, False)]),
    ("r120-tr-mixed-delivered-lead", GODADDY_TR + _MIX,
     mixed("tm1", "tr", f"lead-tr@kunde.example: teslim edildi\n{KIM_TR}: var olmayan e-posta adresi\n",
           [("lead-tr@kunde.example", "delivered", "2.0.0", "250 2.0.0 OK"),
            (KIM_TR, "failed", "5.0.0", "550 5.0.0 Geçersiz veya var olmayan e-posta adresi")]),
     [(KIM_TR, True, UU, R, False)]),
    ("r120-cs-mixed-full-beside-missing", GRH + "; " + EABM + _MIX.replace("delivered lead stays delivered",
                                                                           "full lead stays soft"),
     mixed("cm2", "cs", f"lead-cs@kunde.example: schránka příjemce je přeplněná\n{KIM_CS}: neexistující adresa\n",
           [("lead-cs@kunde.example", "failed", "5.2.2", "552 5.2.2 Schránka příjemce je přeplněná."),
            (KIM_CS, "failed", "5.0.0", "550 5.0.0 Neexistující adresa příjemce.")]),
     [("lead-cs@kunde.example", False, FULL, R, False), (KIM_CS, True, UU, R, False)]),
]

ROWS: list[tuple] = CS_FALSE_HARD + CS_FALSE_SOFT + TR_FALSE_HARD + TR_FALSE_SOFT + MIXED + MORE_ROWS
