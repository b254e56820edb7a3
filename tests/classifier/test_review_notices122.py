"""The hundred-and-twenty-second review's notices (tests/classifier/review_notices122.py): an adversarial audit of review
120's mends (classifier/adjective_first.py's guards, the Turkish capital İ fold, the denied full state, the Polish
deletion, the Polish sender wording, Gmail's Japanese sections). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices122 import ROWS

_NEXT_SENTENCE = ("the forwarding said in the sentence BEFORE ('Zprávu nelze přeposlat. Důvod: neexistující adresa.'): "
                  "classifier/adjective_first's guards read the adjective's own sentence, as the classifier's sentence "
                  "guards all do; reading back across a full stop would swallow real replies after a help line "
                  "('Více informací najdete na odkazu níže. Neexistující adresa příjemce.'), a false soft worse than "
                  "this rare, hand-made false hard. For a rule reading a reason label as the sentence before's if a "
                  "real notice shows it")
_LOGIN_SCOPE = ("scope only, soft since review 122 (onhold; our login's deleted account is no longer read as the lead's "
                "deletion): a Polish login refusal said without a code has no sender-scope rule (severity.OUR_LOGIN is "
                "Postfix's English 'SASL authentication failed; server'); the same words under 535 5.7.8 read ours")
_SENDER_DELETED = ("scope only, soft either way: 'Konto nadawcy / Adres nadawcy został usunięty' (the SENDER's account or "
                   "address deleted) reads onhold with the recipient's scope; lexicon_more._SENDER_BOX_OFF speaks English "
                   "only and no source shows a Polish notice saying it; pre-existing, as review 120's judgement on "
                   "'Nieaktywna skrzynka nadawcy'")
_GAP = ("reason only, soft either way (onhold, not mailboxfull): pre-existing, not from review 120: mailbox_states."
        "_FULL_SHAPE allows 40 characters between the box and its state, and 'Skrzynka odbiorcy nie jest dostępna, "
        "ponieważ jest przepełniona' puts 43 between; widening the gap in every language for one long clause is not "
        "worth its risk")
_PL_DENIAL = ("hand-made, no source: a Polish denial of a sender phrase ('Nie chodzi o niewłaściwy adres nadawcy: "
              "użytkownik o podanym adresie nie istnieje') reads ours (rejected), a false soft; denied_mentions sets "
              "aside denied block lists and quoted reasons only, and a Polish 'nie chodzi o <phrase>' for every phrase "
              "table is beyond this audit: for the lead if a real notice shows it")
_CONCESSION = ("hand-made, no source: 'Ačkoli nejde o spam, adresa příjemce je neexistující' reads spamdetected: the word "
               "'spam' denied in Czech outvotes the absence (denied_mentions knows no Czech denial), and a concession "
               "before a denial ('Ačkoli nejde o X, ...') is a blind spot of review 122's contrast rule in "
               "adjective_first too; both rare in a server's reply: left for a real notice")
_BOTH = ("utf8", "windows-1250")
JUDGEMENT: dict[str, str] = {
    **{f"r122-cs-cs-forward-sentence-before-words-{c}": _NEXT_SENTENCE for c in _BOTH},
    **{f"r122-pl-pl-smtp-login-words-{c}": _LOGIN_SCOPE for c in _BOTH},
    **{f"r122-pl-pl-c-sender-account-words-{c}": _SENDER_DELETED for c in _BOTH},
    "r122-pl-r2-pl-c-sender-address-words-utf8": _SENDER_DELETED,
    **{f"r122-pl-pl-c-unavailable-because-full-words-{c}": _GAP for c in _BOTH},
    **{f"r122-pl-pl-sender-denied-user-missing-words-{c}": _PL_DENIAL for c in _BOTH},
    "r122-cs-r4-cs-concessive-denial-words-utf8": _CONCESSION,
}

test_review_notices122, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 167)
