"""A Polish recipient's mailbox or account said deleted: "Skrzynka (odbiorcy) została usunięta", "Konto (pocztowe)
(użytkownika) zostało (trwale) usunięte", "Adres odbiorcy został usunięty", "Konto odbiorcy usunięto" (userunknown,
hard). Review 120 added the shape to `departures._DELETED` (Onet's "konto ... zostanie trwale usunięte", said as done);
its own home since review 122 (departures.py is full). `departures` joins DELETED to its alternatives, so its generic
checks still apply (`_kept`: a sender's word in the sentence, "Konto nadawcy"); the Polish guards are here, since
departures' own lists speak only the western languages and Russian.

Review 122's audit (tests/classifier/review_notices122.py) found false hards: a MESSAGE or a copy sent to the account
deleted ("Wiadomość wysłana na konto została usunięta przez filtr antyspamowy"), the account removed from a group, a
white list or an address book ("z grupy dystrybucyjnej", "z białej listy", "z książki adresowej"), deleted by mistake
and restored or created again, our SMTP login ("Błąd uwierzytelniania SMTP: konto zostało usunięte"), OUR account
addressed formally ("Państwa konto"); and false softs: the user's account or box ("Konto użytkownika", "Skrzynka
pocztowa użytkownika"), the masculine "Adres odbiorcy został usunięty".

Review 124's audit (tests/classifier/review_notices124.py) found the message guard reading the whole sentence ("Wiadomość
wysłana na konto odbiorcy nie została dostarczona, ponieważ konto zostało usunięte" read soft) and too little of it (a
message sent to the ADDRESS, four words between, an ATTACHMENT); the formal "your" blocking a sentence whose "z Państwa
adresu" only says where the message came from; the deletion asked after ("Sprawdź, czy ..."), conditional ("Jeżeli
..."), hedged ("Możliwe, że", "Być może"), off a backup ("z serwera kopii zapasowych"), re-founded ("i założone na
nowo"), erroneous ("błędnie"); "Pana/Pani konto" (the formal "your"); and the forms it missed: the owner's possessive
("Skrzynka pocztowa Państwa klienta"), a relative clause "Adres, na który wysłali Państwo wiadomość, został usunięty".
Lowercase, whitespace collapsed."""

from __future__ import annotations

_IN = r"[^.;!?\n|]"  # within one sentence
_HEAD = r"(?:^|(?<=[.;!?\n|]))"  # a sentence's start: the guards read its words before the noun

# The noun deleted, its owner ("odbiorcy", "Państwa klienta": the lead's), a relative clause of the sending TO it ("Adres,
# na który wysłali Państwo wiadomość, ..."; not "z którego", FROM which: ours), the verb.
_OWNER = r"(?:(?:tego|pa(?:ń|n)stwa|pa(?:ń|n)skiego|twojego|waszego) )?(?:odbiorcy|adresata|klienta|kontrahenta|u(?:ż|z)ytkownika)"
_VERB = r" (?:zosta(?:ł|l)(?:a|o)? |jest )?(?:trwale )?usuni(?:ę|e)t[aeoy]\b"
_NOUN = (rf"\b(?:skrzynka|konto|adres(?: e-?mail\w{{0,3}})?|alias)(?: pocztow\w{{1,2}})?(?: {_OWNER})?"
         # ...but no login or forwarding in it ("Konto, do którego próbujesz się zalogować": ours; review 124).
         r"(?:, (?:na|do) kt(?:ó|o)r\w{1,3} (?:(?!przekierowa|logowa|zalogowa|uwierzytelni)[^,.;!?\n|]){1,60},)?")
# The same noun in any case, as a preposition's object ("na konto", "na adres", "do skrzynki").
_TARGET = rf"(?:skrzynk|kont|adres|alias)\w*(?: pocztow\w{{1,2}})?(?: {_OWNER})?{_VERB}"
# Before it in its sentence: a message, a copy, an e-mail or an attachment sent TO the very box said deleted
# ("Wiadomość wysłana na konto została usunięta"; not "Wiadomość wysłana na konto odbiorcy nie została dostarczona,
# ponieważ konto zostało usunięte", nor "Wiadomość do użytkownika, którego konto ..."), forwarding, our login, OUR box
# ("Twoje", the formal "Państwa", "Pańskie", "Wasze", "Pana/Pani" of the deleted noun itself: "Informujemy Państwa, że
# konto odbiorcy ..." and "z Państwa adresu" are not), a question ("czy") or a condition of the deletion in its own
# clause ("Jeżeli konto ... zostało usunięte, ..."; not "czy adres jest poprawny: konto ..."), a hedge ("Możliwe, że",
# "Być może").
_NOT_LEADS = (r"(?:wiadomo(?:ś|s)\w{0,3}|kopi\w{1,2}|e-?mail\w{0,2}|za(?:ł|l)(?:ą|a)cznik\w{0,2})(?: \S+){0,5}? "
              rf"(?:na|do|w|ze?) (?={_TARGET})"
              r"|przekierowa|uwierzytelni|logowani|zalogowa"
              r"|(?:\btw(?:ó|o)j\w{0,2}|\btwoj\w{1,2}|\bpa(?:ń|n)stwa|\bpa(?:ń|n)sk\w{1,3}|\bwasz\w{0,2}) (?:\S+ )?"
              rf"(?={_NOUN}{_VERB})|\bpan[ai] (?={_NOUN}{_VERB})"
              rf"|\b(?:czy|je(?:ż|z)eli|je(?:ś|s)li|gdyby?|o ile)\b(?=[^,.;:!?\n|]*?{_NOUN}{_VERB})"
              r"|\bmo(?:ż|z)liwe,? (?:(?:ż|z)e|i(?:ż|z))\b|\bby(?:ć|c) mo(?:ż|z)e\b")
# After it: off a list, a group, an address book, a folder or a backup ("z białej listy", "z serwera kopii
# zapasowych"; "z serwera" is gone); deleted by mistake or in error, or restored / created again ("i jest
# przywracana", "i ponownie utworzone", "i założone na nowo"; not "przywrócenie nie jest możliwe" nor "i nie zostanie
# przywrócona").
_NOT_AFTER = (r"(?! (?:z|ze) (?:\S+ ){0,2}?(?:\w*list|grup|ksi(?:ą|a)(?:ż|z)k|kontakt|folder|katalog|kopi))"
              rf"(?!{_IN}*?(?:przez pomy(?:ł|l)k|omy(?:ł|l)kowo|b(?:ł|l)(?:ę|e)dnie|nies(?:ł|l)usznie|"
              r"\b(?:a|i|ale|lecz) (?:(?!nie\b)\S+ ){0,2}?(?:przywr(?:ó|o)con|przywracan|odtworzon|utworzon|za(?:ł|l)o(?:ż|z)on)))")

DELETED = rf"{_HEAD}(?:(?!{_NOT_LEADS}){_IN})*?{_NOUN}{_VERB}{_NOT_AFTER}"
