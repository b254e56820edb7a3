"""A recipient's account, mailbox or user said deleted in Finnish, Hungarian, Danish, Norwegian and Turkish (audit 45:
"Vastaanottajan sähköpostitili on poistettu", "A postafiók törölve" read onhold, false softs; review novel42 had given
these languages their state words, mailbox_states, and absence words, lexicon_more, but no deletion). `departures`
joins DELETED to its `_DELETED` alternatives (departures.py is full), so its generic guards still apply (a sender's
word in the sentence). As an admin writes a refusal (Postfix access(5) REJECT text, Exim :fail:); the languages'
ordinary words, no server's fixed text known.

Only the deletion done (Finnish "poistettu", Hungarian "törölve" / "törölték", Danish and Norwegian "slettet", Turkish
"silindi" / "silinmiştir"), not a schedule ("poistetaan", "törlésre kerül", "slettes", "silinecek"); not Finnish
"poistettu käytöstä" (taken out of use: a state, mailbox_states); not OUR account ("tilisi", "fiókod", "din konto",
"kontoen din", "hesabınız": the possessive's forms are other words); not off a list or a group. Lowercase."""

from __future__ import annotations

# The nouns: account, mailbox, user, address; the owner before ("vastaanottajan", "a címzett"); "on", "er", "ble".
# Audit 46: the compounds of the user's account ("käyttäjätili", "brukerkontoen", "e-postkontoen"; not "SMTP-kontoen",
# our login), Hungarian's possessive "címe", Danish "er blevet", Norwegian "er / har blitt", Turkish "silinmiş" without
# "-tir", Danish / Norwegian "slettet fra systemet / serveren" (false softs); none closed by a quote mark after it (a
# subject or phrase quoted: "emnet 'Adressen er slettet'", false hards). (departures._NOT_THE_ADDRESS's "e-mail", a
# message, is not Hungarian's "e-mail cím", the address, nor (audit 50) its "e-mail fiók", the account.)
# (Audit 49: nor by the Danish / Norwegian quotation marks, "«»", "»«", "„“": a subject quoted, a false hard.)
# (Audit 50: nor by the German-style "‚…‘" closing mark "‘": a subject quoted, a false hard.)
# (Audit 51: nor by the Danish inner quotes "›…‹", nor by a quote mark after the quotation's own "!", "." or "?"
# ("aihe: ”Tili on poistettu!”", "emne: »Brugeren er slettet.«": a subject quoted, false hards).
# (And "<<…>>", the plain-text spelling of "«…»": a false hard.)
_UNQUOTED = r"(?![.!?]?['\"’”«»“‘‹›>])"
_FI = (r"\b(?:vastaanottajan |k(?:ä|a)ytt(?:ä|a)j(?:ä|a)n )?(?:s(?:ä|a)hk(?:ö|o)posti|k(?:ä|a)ytt(?:ä|a)j(?:ä|a))?"
       r"(?:tili|postilaatikko|osoite) (?:on |oli )?(?:pysyv(?:ä|a)sti )?poistettu\b(?! k(?:ä|a)yt(?:ö|o)st(?:ä|a))"
       r"(?! \w*(?:listalta|ryhm(?:ä|a)st(?:ä|a)))")
# (Audit 50: nor "Az Ön / a feladó e-mail fiókja" (departures no longer takes Hungarian's "e-mail fiók" for a message).)
# (Audit 49: nor "Az Ön fiókja" (your account), nor the sender's "felhasználói fiókja" (user account): false hards.)
_HU = (r"\b(?<!felad(?:ó|o) )(?<!felad(?:ó|o)i )(?<!k(?:ü|u)ld(?:ő|ö|o) )(?<!\b(?:ö|o)n )(?<!felhaszn(?:á|a)l(?:ó|o)i )"
       r"(?<!\b(?:ö|o)n e-mail )(?<!\b(?:ö|o)n email )(?<!felad(?:ó|o) e-mail )(?<!k(?:ü|u)ld(?:ő|ö|o) e-mail )"
       # (Audit 51: nor "Az Ön / a feladó levelezési fiókja" (mail account): false hards. An account's compound,
       # "e-mail-fiókja", "Microsoft-fiókja", is read whole from its first word, so the owner's look-behinds see it;
       # never from its "-fiók" alone: "Az Ön Google-fiókja törölve", a false hard.)
       r"(?<!\b(?:ö|o)n levelez(?:é|e)si )(?<!felad(?:ó|o) levelez(?:é|e)si )(?<!-)"
       r"(?:a )?(?:c(?:í|i)mzett )?(?:felhaszn(?:á|a)l(?:ó|o)i )?(?:postafi(?:ó|o)k|fi(?:ó|o)k|felhaszn(?:á|a)l(?:ó|o)"
       r"|e-?mail[- ]?c(?:í|i)m|(?<![\w-])[\w-]+-fi(?:ó|o)k)(?:ja|e)?"
       r" (?:v(?:é|e)glegesen )?(?:törölve|torolve)\b(?! (?:a|egy) \w*list)")
_DA_NO = (r"\b(?:modtagerens |mottakerens )?(?:(?:bruger|bruker|e-?post|e-?mail|mail)-?)?(?:kontoen|postkassen|brugeren"
          r"|brukeren|e-?mail-?adressen|adressen)(?! din)(?! dit) (?:er |ble |blev |har v(?:æ|a)ret |er blevet |er blitt "
          r"|har blitt )?(?:permanent )?slettet\b(?! fra (?!(?:systemet|serveren|domænet|domenet)\b))")
_TR = (r"(?<!\w)(?<!g(?:ö|o)nderici )(?<!g(?:ö|o)ndericinin )(?<!g(?:ö|o)nderen )(?<!g(?:ö|o)nderenin )"
       r"(?:al(?:ı|i)c(?:ı|i)n(?:ı|i)n )?(?:hesab(?:ı|i)|hesap|posta kutusu|kullan(?:ı|i)c(?:ı|i))"
       r" (?:kal(?:ı|i)c(?:ı|i) olarak )?silin(?:di|mi(?:ş|s)(?:tir)?)\b")
# Audit 47: our sender's noun before ("A feladó e-mail címe törölve", "Gönderici hesabı silinmiş" at RCPT: false hards);
# a reply quoted WHOLE after a server's "said / answered / failed:" ('svarede: "Postkassen er slettet"', 'Toimitus
# epäonnistui: "..."') closes its quote and is the deletion (false softs); never a subject's ("emne: '...'").
_SAID = ("said", "replied", "answered", "responded", "svarede", "svarte", "svarade", "vastasi", "válaszolt", "yanıt",
         "cevap", "mislykkedes", "mislyktes", "fejlede", "feilet", "misslyckades", "epäonnistui", "sikertelen",
         "başarısız",
         # (Audit 51: and the reply's or error's own label, "Svar fra serveren:", "Serverens svar:", "Feilmelding:",
         # "Virhe:" (lost bounces); a subject's label, "emne:", "aihe:", "tárgy:", "konu:", never.)
         "serveren", "svar", "feilmelding", "fejlmeddelelse", "fejl", "feil", "virhe", "virheilmoitus", "hiba", "hata")
# (Audit 50: and the Finnish / Swedish "”…”", its opening mark the closing one: lost bounces; "‚…‘" too.)
_WHOLE = "(?:" + "|".join(rf"(?<={w}[:：] [\"'“‘„«»”‚])" for w in _SAID) + ")"
# (Audit 51: the quoted reply may open with its own code, 'svarede: »550 Postkassen er slettet«': a lost bounce.)
DELETED = rf"(?:{_WHOLE}(?:[245]\d\d[ -](?:[245]\.\d{{1,3}}\.\d{{1,3}} )?)?(?:{_FI}|{_HU}|{_DA_NO}|{_TR})|(?:{_FI}|{_HU}|{_DA_NO}|{_TR}){_UNQUOTED})"
