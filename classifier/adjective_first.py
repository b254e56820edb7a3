"""The absence said as an adjective BEFORE the noun, in Czech (and Slovak) and Turkish: "na neexistující adresu",
"var olmayan e-posta adresi", and the Turkish "posta kutusu mevcut değil" (review 118's shapes, one home since
review 120). `lexicon_more` joins RECIPIENT to MISSING_RECIPIENT, DOMAIN to DOMAIN_ADJECTIVE_FIRST (read by
lexicon.DOMAIN_MISSING) and SENDER to SENDER_MISSING. All lowercase, whitespace collapsed.

Review 118 read them of the lead wherever they stood; review 120's audit (tests/classifier/review_notices120*.py)
found false hards where the thing missing is no lead's mailbox, by words BEFORE the adjective in its sentence:
a forwarding target ("Přesměrování na neexistující adresu se nezdařilo", "Otomatik yönlendirme var olmayan adrese
yapılamadı"), a link or web page ("odkaz ... na neexistující doménu", "adresu webové stránky"), a denial ("Nejde o
neexistující adresu"), a condition or an example ("Pokud jste poslali email na neexistující adresu, ...", GoDaddy's
"Örneğin, var olmayan bir e-posta adresine mesaj göndermeye çalışırsanız"), one cause in a list ("Možné příčiny:",
"Olası nedenler:"), our SMTP login ("Přihlášení ... selhalo: neexistující uživatel", "kimlik doğrulaması"), our
sender ("Gönderen: var olmayan adres"); or by the preposition FROM ("z/ze/od neexistující adresy", the Turkish
ablative "adresinden/adresten"): ours, which SENDER reads. And false softs: the Czech genitive/dative
("neexistujícího příjemce", "neexistujícímu uživateli"), Slovak "neexistujúcu adresu", "poštovní schránka", the
adjective after the noun ("Adresa příjemce je neexistující"); Turkish "var olmayan BIR e-posta adresine", "mevcut
olmayan", "mevcut değildir", the dative "adresine / alan adına gönderildi" (sent TO: review 118's sender check read
the verb "gönder-" as the noun "gönderen", the sender).

Review 122's audit (tests/classifier/review_notices122.py) found the guards reading too far and not far enough: a denial
or a login freed by a contrast ("Nejde o blokaci, ALE o neexistující adresu"), a condition that governs only its own
clause ("Pokud máte dotazy, kontaktujte ..." joined to the reply below it), a singular "Příčina:" (THE cause, not the
possible ones), "bağlantı" said of the SMTP connection, "Göndericinin iletisi" (the sender's MESSAGE), a Turkish
condition or denial in a later clause; Czech "z" after "jedna" (one OF) or before the recipient's noun (returned FROM
the recipient's address), the Turkish ablative of cause ("adresinden dolayı"): all the lead's. And the skip words
AFTER the adjective: forwarding ("Na neexistující adresu nelze zprávu přeposlat"), a link's locative ("... doména v
odkazu"), a login ("Neexistující uživatel při přihlášení": ours).

Review 124's audit (tests/classifier/review_notices124.py) found the review 122 rules reading too much and too little: a
login refused then a contrast ("Autentizace SMTP selhala, ale heslo je správné: neexistující uživatel": ours); the
conditions "V případě, že", "Když", "-li", Turkish "gönderilirse", "gönderdiğinizde"; the hedges "Možnou příčinou",
"Jednou z možných příčin", "Nejčastější příčinou"; the genitive singular "příčiny" ("Popis příčiny:": THE cause); Seznam's
"Pokud se po odeslání vrátí zpráva ..., byl ... zadán neexistující adresát" (a noun of the sending, not the sending TO
the adjective); "z neexistující adresy, příjemce ..." and the dative "příjemci" (ours); the after-guards past a comma
("..., zprávu nelze doručit ani přeposlat"); "sunucu bağlantısında"; Turkish "alan adından" (FROM it: ours)."""

from __future__ import annotations

_IN = r"[^.;!?\n|]"  # within one sentence
_HEAD = r"(?:^|(?<=[.;!?\n|]))"  # a sentence's start: the guards read its words before the adjective

# Czech "neexistující" in its cases, and Slovak "neexistujúci/-u/-eho".
_CS_ADJ = r"neexistuj(?:(?:í|i)c(?:í|i)(?:ho|mu|ch|mi|m)?|(?:ú|u)c(?:eho|emu|ou|om|u|a|i|e))\b"
_CS_NOUN = (r"(?:e-?mailov\w{1,3} |po(?:š|s)tovn(?:í|i)\w{0,2} )?(?:adres\w{0,2}|schr(?:á|a)nk\w{1,2}|u(?:ž|z)ivatel\w{0,2}|"
            r"(?:ú|u)(?:č|c)e?t\w{0,2}|p(?:ř|r)(?:í|i)jemc\w{1,2})\b")
# Words before it that make the absence no lead's (not "není" nor "možné": "Zprávu není možné doručit na
# neexistující adresu" is the lead's; nor "důvod": "Důvod: neexistující adresa").
# A denial or a login counts only where no contrast ("ale", "avšak", "nýbrž") stands between it and the adjective
# ("Nejde o blokaci, ale o neexistující adresu"); a condition only in its own clause, before a comma ("Pokud máte
# dotazy, kontaktujte správce <reply>"), or of the sending; the causes only as possible ones or a list ("Možné
# příčiny", "Možná příčina"), not "Příčina:" (review 122).
_CS_FREED = rf"(?!(?:(?!neexistuj){_IN})*?\b(?:ale|av(?:š|s)ak|n(?:ý|y)br(?:ž|z))\b)"
# ...or wherever the condition is of the sending ("Pokud jste, jak uvádíte, poslali email na neexistující adresu").
# The sending verb must send TO the adjective ("poslali email na neexistující adresu"), not be a noun of the condition
# ("Pokud se po odeslání vrátí zpráva ..., byl pravděpodobně zadán neexistující adresát": Seznam's own help sentence,
# the absence in the main clause; review 124).
_CS_OWN_CLAUSE = (rf"(?=(?:(?!neexistuj)[^,.;!?\n|])*?neexistuj|(?:(?!neexistuj){_IN})*?\b(?:po|za|ode)sl\w*"
                  rf"(?: [^\s,.;!?|]+){{0,3}}? na neexistuj)")
# A login refused ("Autentizace SMTP selhala, ale heslo je správné: neexistující uživatel") is ours whatever contrast
# follows; only one that passed is freed by it (review 124).
_CS_LOGIN_FAILED = rf"(?=(?:(?!neexistuj){_IN})*?(?:selh|nezda(?:ř|r)|ne(?:ú|u)sp(?:ě|e)(?:š|s)|chyb|odm(?:í|i)t|zam(?:í|i)t))"
# Review 124: "V případě, že ..." (the condition's clause starts after its own comma), "Když", the enclitic "-li"; the
# hedged cause also "Možnou příčinou", "Jednou z možných příčin", "Nejčastější příčinou"; the plural "příčiny" only as
# a label opening its sentence, not the genitive singular after a noun ("Popis příčiny:", "Kód příčiny:": THE cause).
_CS_NOT_LEADS = (r"p(?:ř|r)esm(?:ě|e)rov|p(?:ř|r)eposl|odkaz|\burl\b|webov|str(?:á|a)nk|https?:|www\.|"
                 rf"(?:nejde o|nejedn(?:á|a) se o|neznamen){_CS_FREED}|"
                 rf"(?:p(?:ř|r)ihl(?:á|a)(?:š|s)en|autentiz)(?:{_CS_FREED}|{_CS_LOGIN_FAILED})|"
                 rf"(?:\bpokud\b|\bjestli|\bkdy(?:ž|z|by?)\b|-li\b|v p(?:ř|r)(?:í|i)pad(?:ě|e)(?:, (?:že|kdy))?\b)"
                 rf"{_CS_OWN_CLAUSE}|"
                 r"mo(?:ž|z)n(?:é|e|á|a|ou|(?:ý|y)ch) p(?:ř|r)(?:í|i)(?:č|c)in|(?:nej)?(?:č|c)ast(?:ě|e)j(?:š|s)(?:í|i) "
                 r"p(?:ř|r)(?:í|i)(?:č|c)in|(?<!\w )p(?:ř|r)(?:í|i)(?:č|c)iny\b")
# "z/ze/od neexistující adresy": sent FROM it, ours (SENDER); not "jedna z neexistujících adres" (one OF them), nor
# "z neexistující adresy příjemce" (returned from the RECIPIENT's address; review 122).
_CS_ONE_OF = r"(?<!\bjedn[aoéu] )(?<!\bjeden )(?<!\bjednou )"
# ...the recipient's genitive right after the noun, not the dative "příjemci" (sent from it TO the recipient) nor a
# next clause's subject after a comma ("z neexistující adresy, příjemce ji odmítl"; review 124).
_CS_RECIPIENTS = r"(?=\S+ (?:e-?mailov\S+ )?[^\s,;:]+ (?:p(?:ř|r)(?:í|i)jemc(?:e|ů)|adres(?:á|a)t(?:a|ů))\b)"  # at the adj.
_CS_FROM = (rf"(?:(?<!\bz )(?<!\bze )(?<!\bod )|(?<=\bz )(?:(?<=\bjedn[aoéu] z )|(?<=\bjeden z )|(?<=\bjednou z )"
            rf"|{_CS_RECIPIENTS}))")
# After it: a web address, the sender's word, forwarding, a link's locative ("v odkazu"), a login ("při přihlášení":
# ours, SENDER) in its sentence (review 122).
_CS_NOT_AFTER = (rf"(?! (?:url|ip|www|http|server|webov|str(?:á|a)nk))(?!{_IN}{{0,30}}?odes(?:í|i)latel)"
                 # ...in its own clause: "Neexistující adresa příjemce, zprávu nelze doručit ani přeposlat" (review 124).
                 r"(?![^,.;!?\n|]*?(?:p(?:ř|r)eposl|p(?:ř|r)esm(?:ě|e)rov|\bve? odkaz|p(?:ř|r)i p(?:ř|r)ihl(?:á|a)(?:š|s)en))")

_TR_ADJ = r"(?<!nin )(?<!n(?:ı|i)n )\b(?:var|mevcut) olmayan (?:bir )?"
# The ablative "adresinden/adresten": FROM it, ours (SENDER); not the ablative of cause, "adresinden dolayı/ötürü"
# (because of the nonexistent address: the lead's; review 122).
_TR_FROM = r"\w*?[dt][ae]n\b(?! (?:dolay(?:ı|i)|(?:ö|o)t(?:ü|u)r(?:ü|u))\b)"
_TR_NOUN = (rf"(?:e-?posta )?(?!{_TR_FROM})(?:adres\w{{0,3}}|kullan(?:ı|i)c(?:ı|i)\w{{0,3}}|al(?:ı|i)c(?:ı|i)\w{{0,3}}|"
            r"hesab?\w{0,3})")
# "bağlantı" is a link, not the SMTP connection ("sunucuyla bağlantı", "bağlantı sırasında"); the sender's word not
# as the owner of a message ("Göndericinin iletisi ... var olmayan adrese gönderildi"; review 122).
# Nor the server's connection, "sunucu/SMTP bağlantısında" (review 124).
_TR_NOT_LEADS = (r"y(?:ö|o)nlendir|(?<!yla )(?<!yle )(?<!ile )(?<!sunucu )(?<!smtp )ba(?:ğ|g)lant(?:ı|i)(?!\w* s(?:ı|i)ras(?:ı|i)nda)|\burl\b|"
                 r"https?:|www\.|\be(?:ğ|g)er\b|(?:ö|o)rne(?:ğ|g)in|olas(?:ı|i)\b|nedenler|kimlik do(?:ğ|g)rula|"
                 r"g(?:ö|o)nder(?:en|ici)(?!\w* (?:ileti|mesaj|e-?postas))")
# After it: our sender ("... gönderen"), a denial of the noun itself ("değil", "... adresi anlamına gelmez"), a
# condition in its own clause ("... adresine gönderirseniz"; not after a comma: review 122).
_TR_NOT_AFTER = (r"(?! g(?:ö|o)nder(?:en|ici))(?! de(?:ğ|g)il)(?!\w* anlam(?:ı|i)na gelmez)"
                 # ...also the passive or third-person "gönderilirse" and "gönderdiğinizde" (when you send; review 124).
                 r"(?![^,.;!?\n|]*?(?:\wrs[ae]n(?:ı|i)z|\w(?:ı|i|u|ü)rs[ae]|d(?:ı|i|u|ü)(?:ğ|g)(?:ı|i|u|ü)n(?:ı|i|u|ü)zde)\b)")


def _sentence(not_leads: str, shape: str) -> str:
    """`shape` with no word of `not_leads` before it in its sentence."""
    return rf"{_HEAD}(?:(?!{not_leads}){_IN})*?(?:{shape})"


RECIPIENT = (
    _sentence(_CS_NOT_LEADS, rf"{_CS_FROM}\b{_CS_ADJ} {_CS_NOUN}{_CS_NOT_AFTER}"
                             # The adjective after the noun: "Adresa (příjemce) je neexistující".
                             rf"|\b(?:adres\w{{0,2}}|schr(?:á|a)nk\w{{1,2}}|(?:ú|u)(?:č|c)e?t\w{{0,2}})"
                             rf"(?: p(?:ř|r)(?:í|i)jemce)? je {_CS_ADJ}")
    + "|" + _sentence(_TR_NOT_LEADS, rf"{_TR_ADJ}{_TR_NOUN}{_TR_NOT_AFTER}"
                                     r"|\bposta kutusu\w{0,3} (?:mevcut de(?:ğ|g)il(?:dir)?|bulunamad(?:ı|i)|"
                                     r"yok(?:tur)?)\b")
)
DOMAIN = (
    _sentence(_CS_NOT_LEADS, rf"{_CS_FROM}\b{_CS_ADJ} dom(?:é|e)n\w{{0,2}}\b{_CS_NOT_AFTER}")
    + "|" + _sentence(_TR_NOT_LEADS, rf"{_TR_ADJ}alan ad(?:ı|i)(?:n[ae])?\b(?!\w* anlam(?:ı|i)na gelmez)")
)
_TR_SENDER = r"g(?:ö|o)nder(?:en|ici)\w{0,4}"
SENDER = (
    # Czech: the sender's word after the noun ("neexistující adresa/doména (v adrese) odesílatele"), FROM it ("z
    # neexistující adresy/domény", "v poli Od neexistující adresu"), our SMTP login's user.
    rf"\b{_CS_ADJ} (?:e-?mailov\w{{1,3}} )?(?:adres\w{{0,2}}|dom(?:é|e)n\w{{0,2}}){_IN}{{0,30}}?odes(?:í|i)latel"
    rf"|{_CS_ONE_OF}\b(?:z|ze|od) (?!{_CS_RECIPIENTS}){_CS_ADJ} (?:e-?mailov\w{{1,3}} )?(?:adres\w{{0,2}}|dom(?:é|e)n\w{{0,2}}|"
    rf"(?:ú|u)(?:č|c)e?t\w{{0,2}})"
    rf"|p(?:ř|r)ihl(?:á|a)(?:š|s)en(?:í|i){_IN}{{0,40}}?{_CS_ADJ} u(?:ž|z)ivatel"
    # ...and the login after the user: "Neexistující uživatel při přihlášení k serveru SMTP" (review 122).
    rf"|\b{_CS_ADJ} u(?:ž|z)ivatel\w{{0,2}}{_IN}{{0,30}}?p(?:ř|r)i p(?:ř|r)ihl(?:á|a)(?:š|s)en"
    # ...and a login or authentication said to fail, however far before the user ("Autentizace SMTP selhala, ale heslo
    # je správné: neexistující uživatel"; review 124).
    rf"|(?:p(?:ř|r)ihl(?:á|a)(?:š|s)en|autentiz)\w*{_CS_LOGIN_FAILED}{_IN}*?{_CS_ADJ} u(?:ž|z)ivatel"
    # Turkish: the sender's word before ("Gönderenin var olmayan adresi", "Gönderen: var olmayan adres") or after
    # ("var olmayan gönderen adresi"), FROM it (the ablative), the sender's mailbox, our login's user.
    rf"|\b{_TR_SENDER}:? (?:var|mevcut) olmayan|\b(?:var|mevcut) olmayan (?:bir )?(?:e-?posta )?(?:adres\w{{0,3}} )?"
    rf"g(?:ö|o)nder(?:en|ici)|\b(?:var|mevcut) olmayan (?:bir )?(?:e-?posta )?(?:adres|hesab?){_TR_FROM}"
    # ...or FROM a nonexistent domain, "alan adından" (review 124; not "... dolayı", because of).
    r"|\b(?:var|mevcut) olmayan (?:bir )?alan ad(?:ı|i)ndan\b(?! (?:dolay(?:ı|i)|(?:ö|o)t(?:ü|u)r(?:ü|u))\b)"
    rf"|\b{_TR_SENDER} posta kutusu\w{{0,3}} (?:mevcut de|bulunamad|yok)"
    rf"|kimlik do(?:ğ|g)rula\w{{0,6}}{_IN}{{0,40}}?(?:var|mevcut) olmayan kullan"
)
