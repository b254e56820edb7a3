"""Review 120's rows on review 118's mailbox-state, Polish sender/IP, Czech expiry and Japanese recipient mends (the
plan is in review_notices120.py). Expectations written from the words and shared/classifier/taxonomy.md BEFORE the
classifier ran. HAND-MADE notices."""

from __future__ import annotations

from tests.classifier.review_langs import notice
from tests.classifier.review_notices118_layouts import FULL, R, S, SUSP, UU, address, both_words, replies
from tests.classifier.review_notices118_more import GMAIL_JA, GODADDY_TR, GRH, INTERIA, LIBERO, MS_CS, SARE


def _r120(rows: list[tuple]) -> list[tuple]:
    return [("r120-" + r[0][len("r118-"):], *r[1:]) for r in rows]


def words(name, source, lang, text, *expect, **kw):
    return _r120(both_words(name, source, lang, text, *expect, **kw))


def reps(name, source, lang, reply, status, *expect, **kw):
    return _r120(replies(name, source, lang, reply, status, *expect, **kw))


RULE_FULL = ("attack on review 118's mailbox_states full-mailbox words ('přeplněná', 'raggiunto il limite (massimo) di "
             "capienza', the state first: 'plnou/přeplněnou schránku', 'przepełnioną skrzynkę', 'Dolu posta kutusu')")
RULE_OFF = "attack on review 118's mailbox_states._OFF_SHAPE 'nieaktywn[aey] <mailbox/account>' (SARE's 521 class)"
RULE_IP = "attack on review 118's mailbox_states.IP_BLOCKED Polish 'IP, z którego ... jest zablokowane' (INTERIA)"
RULE_PL_SENDER = "attack on review 118's soft_wordings.SENDER_REFUSED 'niewłaściwy adres nadawcy' (SARE's 517 class)"
RULE_CS_EXPIRED = "attack on review 118's lexicon_more.PHRASES expired 'platnost zprávy ve frontě vypršela' (MS_CS)"
RULE_JA = ("attack on review 118's formats/recipients.INLINE Japanese shape '<address> にメールを配信できませんでした' / "
           "'<address> へのメールの配信中に' (GMAIL_JA)")
ONET = ("Onet Poczta's inactivity notice as spamresource.com quotes it (2023, 'Onet (Poland): Account Inactivity "
        "Policy'): 'Twoje konto wraz z całą jego zawartością za 30 dni zostanie trwale usunięte'")
MYDREAMS_DELETED = ("mydreams.cz wiki 9924 (a Czech host's glosses: weak): '550 5.1.1 User unknown (Uživatel neznámý) "
                    "... emailová adresa příjemce neexistuje nebo byla zrušena'")
_YOURS = " (an attack: OUR own mailbox said full/inactive in a notice to us; soft, ours)"
_DELETED = " (an attack: a deleted mailbox beside the new soft words must stay hard)"

# ---- 1. Full / inactive said of OUR mailbox; beside a deleted one ---------------------------------------------------
STATE_OURS = [
    *words("cs-your-box-overfull", RULE_FULL + _YOURS, "cs", "Vaše schránka je přeplněná, zprávu nelze odeslat.",
           False, (), S),
    *words("pl-your-box-overfull", RULE_FULL + _YOURS, "pl", "Twoja skrzynka jest przepełniona, nie możesz wysyłać "
           "wiadomości.", False, (), S),
    *words("it-your-box-capienza", RULE_FULL + _YOURS, "it", "La tua casella ha raggiunto il limite massimo di capienza "
           "consentito: non puoi inviare messaggi.", False, (), S),
    *words("cs-you-have-full-box", RULE_FULL + _YOURS, "cs", "Máte plnou schránku, zprávu nelze odeslat.", False, (), S),
    *words("pl-sender-box-inactive", RULE_OFF + _YOURS, "pl", "Nieaktywna skrzynka nadawcy.", False, (), S),
]
STATE_DELETED = [
    *words("pl-inactive-box-deleted", RULE_OFF + _DELETED, "pl", "Nieaktywna skrzynka pocztowa została usunięta.", True,
           UU, R),
    *words("pl-inactive-account-deleted", ONET + "; " + RULE_OFF + _DELETED + " (the deletion done)", "pl",
           "Nieaktywne konto zostało trwale usunięte.", True, UU, R),
    *words("pl-c-inactive-will-be-deleted", ONET + " (control: the deletion still to come; soft, suspend)", "pl",
           "Nieaktywne konto zostanie trwale usunięte za 30 dni.", False, SUSP, R),
    *words("pl-c-box-deleted", ONET + " (control: the deletion alone; hard)", "pl",
           "Skrzynka odbiorcy została usunięta.", True, UU, R),
    *words("cs-overfull-then-cancelled", MYDREAMS_DELETED + "; " + RULE_FULL + _DELETED, "cs",
           "Schránka byla přeplněná, a proto byla zrušena.", True, UU, R),
    *words("cs-c-box-cancelled", MYDREAMS_DELETED + " (control: the cancellation alone; hard)", "cs",
           "Schránka příjemce byla zrušena.", True, UU, R),
    *words("cs-not-overfull-missing", RULE_FULL + _DELETED + " (the full state denied, the address missing)", "cs",
           "Schránka příjemce není přeplněná, adresa příjemce neexistuje.", True, UU, R),
    *reps("pl-inactive-deleted", SARE + "; " + RULE_OFF + _DELETED, "pl",
          "550 5.2.1 Nieaktywna skrzynka pocztowa została usunięta", "5.2.1", True, UU, R),
]

# ---- 2. The new full / inactive words inflected, unaccented, upper case, wrapped ------------------------------------
STATE_FORMS = [
    *words("cs-overfull-accusative", GRH + " (state first, accusative)", "cs", "Příjemce má přeplněnou schránku.", False,
           FULL, R),
    *words("cs-overfull-no-diacritics", GRH + " (diacritics dropped)", "cs", "Prijemce ma preplnenou schranku.", False,
           FULL, R),
    *words("cs-full-wrapped", RULE_FULL + " (wrapped between the state and the noun)", "cs",
           "Příjemce má plnou\nschránku.", False, FULL, R),
    *words("pl-overfull-upper", INTERIA + " (upper case)", "pl", "ODBIORCA MA PRZEPEŁNIONĄ SKRZYNKĘ.", False, FULL, R),
    *words("pl-overfull-no-diacritics", INTERIA + " (diacritics dropped)", "pl", "Odbiorca ma przepelniona skrzynke.",
           False, FULL, R),
    *words("it-capienza-wrapped", LIBERO + " (wrapped inside the phrase)", "it",
           "La casella alla quale stai scrivendo ha raggiunto il limite\ndi capienza consentito.", False, FULL, R),
    *words("it-capienza-upper", LIBERO + " (upper case)", "it",
           "LA CASELLA HA RAGGIUNTO IL LIMITE MASSIMO DI CAPIENZA CONSENTITO.", False, FULL, R),
    *words("pl-inactive-upper", SARE + " (upper case)", "pl", "NIEAKTYWNA SKRZYNKA POCZTOWA", False, SUSP, R),
    *words("pl-inactive-genitive", RULE_OFF + " (the genitive 'nieaktywnej skrzynki')", "pl",
           "Wiadomości nie można dostarczyć do nieaktywnej skrzynki.", False, SUSP, R),
]

# ---- 3. Polish sender/IP wordings ------------------------------------------------------------------------------------
PL_SENDER = [
    *words("pl-ip-masculine", INTERIA + " (said of 'adres IP', masculine)", "pl",
           "Adres IP, z którego próbujesz wysłać wiadomość, jest zablokowany.", False, (), S),
    *words("pl-ip-wrapped", INTERIA + " (wrapped)", "pl",
           "Prawdopodobnie IP, z którego próbujesz wysłać\nwiadomość jest zablokowane.", False, (), S),
    *words("pl-sender-genitive", RULE_PL_SENDER + " (the genitive 'niewłaściwego adresu nadawcy'; ours)", "pl",
           "Wiadomość odrzucona z powodu niewłaściwego adresu nadawcy.", False, (), S),
    *words("pl-sender-no-diacritics", SARE + " (diacritics dropped; ours)", "pl", "Niewlasciwy adres nadawcy.", False,
           (), S),
    *words("pl-sender-upper", SARE + " (upper case; ours)", "pl", "NIEWŁAŚCIWY ADRES NADAWCY", False, (), S),
    *words("pl-c-recipient-invalid-missing", SARE + " (control: the RECIPIENT's address, missing; hard)", "pl",
           "Niewłaściwy adres odbiorcy – użytkownik o podanym adresie nie istnieje.", True, UU, R),
    *words("pl-c-sender-fine-recipient-missing", SARE + " (control: the sender's address said correct; hard)", "pl",
           "Adres nadawcy jest poprawny, ale użytkownik o podanym adresie nie istnieje.", True, UU, R),
]

# ---- 4. Czech 4.4.7 --------------------------------------------------------------------------------------------------
CS_EXPIRY = [
    *words("cs-expired-no-diacritics", MS_CS + " (diacritics dropped)", "cs", "Platnost zpravy ve fronte vyprsela.",
           False, ("expired",)),
    *words("cs-expired-wrapped", MS_CS + " (wrapped)", "cs", "Platnost zprávy ve frontě\nvypršela.", False,
           ("expired",)),
    *words("cs-expired-upper", MS_CS + " (upper case)", "cs", "PLATNOST ZPRÁVY VE FRONTĚ VYPRŠELA.", False,
           ("expired",)),
    *reps("cs-expires-later-delayed", RULE_CS_EXPIRED + " (a future expiry in a delay notice: delayed, soft)", "cs",
          "451 4.4.7 Platnost zprávy ve frontě vyprší za 24 hodin.", "4.4.7", False, action="delayed"),
]

# ---- 5. Gmail's Japanese sentences -----------------------------------------------------------------------------------
JA_FULL = "にメールを配信できませんでした。宛先の受信トレイがいっぱいか、宛先で現在多数のメールを受信しています。"
JA_DELAY = "へのメールの配信中に一時的な問題が発生しました。Gmail は 47 時間再試行し、配信できなかった場合はお知らせします。"
LEAD, KIM_JA = address("ja"), "kim-ja@kunde.example"
_GMAIL = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"


def _ja(tag: str, body: str, subject: str, charset: str = "utf-8") -> bytes:
    cte = "7bit" if charset == "iso-2022-jp" else "base64"
    return notice(f"120{tag}", body=body, charset=charset, cte=cte, subject=subject, sender=_GMAIL, rcpt=LEAD,
                  generator="Gmail notice, Japanese (GMAIL_JA)")


_FAIL_S, _DELAY_S = "Delivery Status Notification (Failure)", "Delivery Status Notification (Delay)"
JA = [
    ("r120-ja-delivered-beside-failed", GMAIL_JA + "; " + RULE_JA + " (one address delivered, one failed: only kim)",
     _ja("jm1", f"{LEAD} にメールを配信しました。\n{KIM_JA} {JA_FULL}\n", _FAIL_S), [(KIM_JA, False, FULL, R, False)]),
    ("r120-ja-two-failed", GMAIL_JA + " (two recipients, each named in its own sentence)",
     _ja("jm2", f"{LEAD} {JA_FULL}\n{KIM_JA} {JA_FULL}\n", _FAIL_S),
     [(LEAD, False, FULL, R, False), (KIM_JA, False, FULL, R, False)]),
    ("r120-ja-wrapped", GMAIL_JA + " (the address and the sentence on two lines)",
     _ja("jw1", f"宛先の受信トレイの空き容量不足\n\n{LEAD}\n{JA_FULL}\n", _FAIL_S), [(LEAD, False, FULL, R, False)]),
    ("r120-ja-angle", GMAIL_JA + " (the address in angle brackets)",
     _ja("ja1", f"<{LEAD}> {JA_FULL}\n", _FAIL_S), [(LEAD, False, FULL, R, False)]),
    ("r120-ja-ideographic-space", GMAIL_JA + " (an ideographic space before the particle)",
     _ja("js1", f"{LEAD}\u3000{JA_FULL}\n", _FAIL_S), [(LEAD, False, FULL, R, False)]),
    ("r120-ja-iso2022-two-failed", GMAIL_JA + " (ISO-2022-JP)",
     _ja("jm3", f"{LEAD} {JA_FULL}\n{KIM_JA} {JA_FULL}\n", _FAIL_S, "iso-2022-jp"),
     [(LEAD, False, FULL, R, False), (KIM_JA, False, FULL, R, False)]),
    ("r120-ja-delay-japanese-subject", GMAIL_JA + " (the delay notice with its Japanese heading as the subject only)",
     _ja("jd1", f"配信未完了\n\n{LEAD} {JA_DELAY}\n", "配信未完了"), [(LEAD, False, (), None, True)]),
    ("r120-ja-delay-beside-failed", GMAIL_JA + " (a delay for the lead, a failure for kim in one notice: neither hard)",
     _ja("jd2", f"{LEAD} {JA_DELAY}\n{KIM_JA} {JA_FULL}\n", _FAIL_S),
     [(LEAD, False, (), None, True), (KIM_JA, False, FULL, R, False)]),
    ("r120-ja-success-after-problem", RULE_JA + " (a success notice: the temporary problem is over; no bounce)",
     _ja("jok", f"配信完了\n\n{LEAD} へのメールの配信中に一時的な問題が発生しましたが、再試行によりメールは正常に配信されました。\n",
         "配信完了"), []),
    ("r120-ja-our-address-delivered", RULE_JA + " (OUR address in a delivered sentence beside the lead's failure)",
     _ja("jo1", f"seller@example.com にメールを配信しました。\n{LEAD} {JA_FULL}\n", _FAIL_S),
     [(LEAD, False, FULL, R, False)]),
]

MORE_ROWS: list[tuple] = STATE_OURS + STATE_DELETED + STATE_FORMS + PL_SENDER + CS_EXPIRY + JA


# ---- Round two: controls on review 120's mends, written before they ran ----------------------------------------------
def one(name, source, lang, text, *expect, **kw):
    """The `words` layout in UTF-8 only."""
    return words(name, source, lang, text, *expect, **kw)[:1]


GODADDY_TR_HELP_SHORT = GODADDY_TR
RULE_PL_DELETED = "control on review 120's departures mend (Polish 'skrzynka/konto została/zostało usunięta/e', ONET)"
ROUND2 = [
    *one("r2-c-not-possible-nonexistent", "control on review 120's Czech guards (classifier/adjective_first: 'není "
         "možné' is no denial of the absence; hard)", "cs",
         "Zprávu není možné doručit na neexistující adresu.", True, UU, R),
    *one("r2-c-reason-label", "control on review 120's Czech guards ('Důvod:' is no list of possible causes; hard)",
         "cs", "Důvod: neexistující adresa příjemce.", True, UU, R),
    *one("r2-c-it-is-nonexistent", "control on review 120's Czech guards ('jde o', not 'nejde o'; hard)", "cs",
         "Jde o neexistující adresu příjemce.", True, UU, R),
    *one("r2-c-tr-error-reason", GODADDY_TR_HELP_SHORT + " (control on review 120's Turkish guards: 'Hata nedeni:' is "
         "the reason, not a list of possible ones; hard)", "tr", "Hata nedeni: var olmayan e-posta adresi.", True, UU, R),
    *one("r2-c-pl-not-empty-overfull", INTERIA + " (control on review 120's negation guard: the box is full)", "pl",
         "Skrzynka odbiorcy nie jest pusta, jest przepełniona.", False, FULL, R),
    *one("r2-c-pl-your-box-deleted", RULE_PL_DELETED + " (OUR mailbox: soft, ours)", "pl",
         "Twoja skrzynka została usunięta, nie możesz wysyłać wiadomości.", False, (), S),
    *one("r2-c-pl-message-to-box-deleted", RULE_PL_DELETED + " (a MESSAGE to the box deleted by a filter: soft)", "pl",
         "Wiadomość do skrzynki została usunięta przez filtr antyspamowy.", False),
    *one("r2-c-pl-account-off-list", RULE_PL_DELETED + " (our address off a list: soft)", "pl",
         "Konto zostało usunięte z listy dozwolonych nadawców.", False),
]
MORE_ROWS += ROUND2
