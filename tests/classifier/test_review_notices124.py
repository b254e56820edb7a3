"""The hundred-and-twenty-fourth review's notices (tests/classifier/review_notices124.py): an adversarial audit of review
122's mends (classifier/adjective_first.py's contrast, clause and cause rules, Czech "z" and the Turkish ablative of
cause; text.lowered; mailbox_states._NOT_FULL; classifier/deleted_polish.py; the Polish formal "Państwa/Pańskie";
Gmail's Japanese sentences). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices124 import ROWS

_DENIED_THEN_OTHER = ("hand-made, no source: 'Nejde o neexistující adresu příjemce, ale o neexistující doménu' (the denial of "
                      "one absence, the contrast naming another) reads soft (onhold): the denial guard is checked at each "
                      "word before the adjective and reads only as far as the FIRST 'neexistuj', so it cannot tell which "
                      "adjective a later contrast frees; both absences are hard, the notice improbable: left for a real one")
_INNER_COMMA = ("hand-made, no source: a condition with a comma INSIDE it and no sending verb ('Pokud zadáte, například "
                "omylem, neexistující adresu, ...', Turkish '... adresine, yanlışlıkla, ileti gönderirseniz') reads as the "
                "lead's absence: the clause rule (review 122) cannot tell an inserted phrase from the condition's end, and "
                "reading a condition past its comma brings back review 122's false soft (a help line 'Pokud máte dotazy, "
                "kontaktujte správce' joined to the reply below it), which costs more than this rare help sentence")
_ONE_OF_OURS = ("hand-made, no source, scope and severity: 'Zpráva byla odeslána z jedné z neexistujících adres' (sent FROM "
                "one OF the nonexistent addresses) reads the lead's: review 122's 'jedna z' (one of) frees the 'z' after it "
                "and only fixed-width lookbehinds can say the 'z' before 'jedné'; a sender that does not exist rarely sends "
                "from 'one of' several")
_HIS_ACCOUNT = ("reason only, hard either way: 'Pan Jan Kowalski nie pracuje już w firmie, jego konto zostało usunięte' reads "
                "hasmoved (the person left the company: departures' reading) where the row expected userunknown; both are "
                "hard and 'no longer works here' is the taxonomy's hasmoved as much as a deleted account is userunknown")
_SENT_FROM = ("scope only, soft either way (onhold: review 124's relative clause reads only 'na/do który', TO which): 'Konto, z którego "
              "wysłali Państwo wiadomość, zostało usunięte' (the account FROM which we sent) has no Polish sender-scope "
              "rule (lexicon_more's 'your' words read a possessive, not a relative clause), as review 122 judged 'Konto "
              "nadawcy'")
_LOGIN_RELATIVE = ("scope only, soft either way (onhold since review 124's own round four): 'Konto, do którego próbujesz "
                   "się zalogować, zostało usunięte' (the account WE log into) has no Polish sender-scope rule, as review "
                   "122 judged the Polish login refusal said without a code (r122-pl-pl-smtp-login)")
JUDGEMENT: dict[str, str] = {
    "r124-cs-cs-denial-then-domain-words-utf8": _DENIED_THEN_OTHER,
    "r124-cs-cs-condition-inner-comma-words-utf8": _INNER_COMMA,
    "r124-tr-tr-condition-inner-comma-words-utf8": _INNER_COMMA,
    "r124-cs-cs-from-one-of-ours-words-utf8": _ONE_OF_OURS,
    "r124-pl-pl-c-his-account-deleted-words-utf8": _HIS_ACCOUNT,
    "r124-pl-r2-pl-c-account-sent-from-words-utf8": _SENT_FROM,
    "r124-pl-r4-pl-login-relative-words-utf8": _LOGIN_RELATIVE,
}

test_review_notices124, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 127)
