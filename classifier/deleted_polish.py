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
pocztowa użytkownika"), the masculine "Adres odbiorcy został usunięty". Lowercase, whitespace collapsed."""

from __future__ import annotations

_IN = r"[^.;!?\n|]"  # within one sentence
_HEAD = r"(?:^|(?<=[.;!?\n|]))"  # a sentence's start: the guards read its words before the noun

# Before it in its sentence: a message or a copy sent TO the box (not "Wiadomość do użytkownika, którego konto ...",
# the lead's account), forwarding, our login, OUR account ("Twoje", the formal "Państwa", "Pańskie", "Wasze" right
# before the noun: "Informujemy Państwa, że konto odbiorcy ..." informs us of the lead's).
_NOT_LEADS = (r"(?:wiadomo(?:ś|s)\w{0,3}|kopi\w{1,2}|e-?mail\w{0,2})(?: \S+){0,3}? (?:na|do|w|ze?) (?:skrzynk|konto)"
              r"|przekierowa|uwierzytelni|logowani|zalogowa"
              r"|(?:\btw(?:ó|o)j\w{0,2}|\btwoj\w{1,2}|\bpa(?:ń|n)stwa|\bpa(?:ń|n)sk\w{1,3}|\bwasz\w{0,2}) (?:\S+ )?"
              r"(?:skrzynk|konto|adres|alias)")
_NOUN = (r"\b(?:skrzynka|konto|adres(?: e-?mail\w{0,3})?|alias)(?: pocztow\w{1,2})?"
         r"(?: (?:odbiorcy|adresata|(?:tego )?u(?:ż|z)ytkownika))?")
_VERB = r" (?:zosta(?:ł|l)(?:a|o)? |jest )?(?:trwale )?usuni(?:ę|e)t[aeoy]\b"
# After it: off a list, a group, an address book or a folder ("z białej listy"; "z serwera" is gone); deleted by
# mistake, or restored / created again ("i jest przywracana", "i ponownie utworzone"; not "przywrócenie nie jest
# możliwe" nor "i nie zostanie przywrócona").
_NOT_AFTER = (r"(?! (?:z|ze) (?:\S+ ){0,2}?(?:\w*list|grup|ksi(?:ą|a)(?:ż|z)k|kontakt|folder|katalog))"
              rf"(?!{_IN}*?(?:przez pomy(?:ł|l)k|omy(?:ł|l)kowo|\b(?:a|i|ale|lecz) (?:(?!nie\b)\S+ ){{0,2}}?"
              r"(?:przywr(?:ó|o)con|przywracan|odtworzon|utworzon)))")

DELETED = rf"{_HEAD}(?:(?!{_NOT_LEADS}){_IN})*?{_NOUN}{_VERB}{_NOT_AFTER}"
