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
the verb "gönder-" as the noun "gönderen", the sender)."""

from __future__ import annotations

_IN = r"[^.;!?\n|]"  # within one sentence
_HEAD = r"(?:^|(?<=[.;!?\n|]))"  # a sentence's start: the guards read its words before the adjective

# Czech "neexistující" in its cases, and Slovak "neexistujúci/-u/-eho".
_CS_ADJ = r"neexistuj(?:(?:í|i)c(?:í|i)(?:ho|mu|ch|mi|m)?|(?:ú|u)c(?:eho|emu|ou|om|u|a|i|e))\b"
_CS_NOUN = (r"(?:e-?mailov\w{1,3} |po(?:š|s)tovn(?:í|i)\w{0,2} )?(?:adres\w{0,2}|schr(?:á|a)nk\w{1,2}|u(?:ž|z)ivatel\w{0,2}|"
            r"(?:ú|u)(?:č|c)e?t\w{0,2}|p(?:ř|r)(?:í|i)jemc\w{1,2})\b")
# Words before it that make the absence no lead's (not "není" nor "možné": "Zprávu není možné doručit na
# neexistující adresu" is the lead's; nor "důvod": "Důvod: neexistující adresa").
_CS_NOT_LEADS = (r"p(?:ř|r)esm(?:ě|e)rov|p(?:ř|r)eposl|odkaz|\burl\b|webov|str(?:á|a)nk|https?:|www\.|nejde o|"
                 r"nejedn(?:á|a) se o|neznamen|\bpokud\b|\bjestli|\bkdyby?\b|v p(?:ř|r)(?:í|i)pad(?:ě|e)\b|"
                 r"p(?:ř|r)(?:í|i)(?:č|c)in|p(?:ř|r)ihl(?:á|a)(?:š|s)en|autentiz")
_CS_FROM = r"(?<!\bz )(?<!\bze )(?<!\bod )"  # "z/ze/od neexistující adresy": sent FROM it, ours (SENDER)
_CS_NOT_AFTER = rf"(?! (?:url|ip|www|http|server|webov|str(?:á|a)nk))(?!{_IN}{{0,30}}?odes(?:í|i)latel)"

_TR_ADJ = r"(?<!nin )(?<!n(?:ı|i)n )\b(?:var|mevcut) olmayan (?:bir )?"
_TR_NOUN = (r"(?:e-?posta )?(?!\w*?[dt][ae]n\b)(?:adres\w{0,3}|kullan(?:ı|i)c(?:ı|i)\w{0,3}|al(?:ı|i)c(?:ı|i)\w{0,3}|"
            r"hesab?\w{0,3})")  # not the ablative "adresinden/adresten" (FROM it: ours, SENDER)
_TR_NOT_LEADS = (r"y(?:ö|o)nlendir|ba(?:ğ|g)lant(?:ı|i)|\burl\b|https?:|www\.|\be(?:ğ|g)er\b|(?:ö|o)rne(?:ğ|g)in|"
                 r"olas(?:ı|i)\b|nedenler|kimlik do(?:ğ|g)rula|g(?:ö|o)nder(?:en|ici)")
# After it: our sender ("... gönderen"), a denial ("değil", "anlamına gelmez"), a condition ("-rsanız").
_TR_NOT_AFTER = (r"(?! g(?:ö|o)nder(?:en|ici))(?! de(?:ğ|g)il)"
                 rf"(?!{_IN}*?(?:anlam(?:ı|i)na gelmez|\wrs[ae]n(?:ı|i)z\b))")


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
    _sentence(_CS_NOT_LEADS, rf"{_CS_FROM}\b{_CS_ADJ} dom(?:é|e)n\w{{0,2}}\b(?!{_IN}{{0,30}}?odes(?:í|i)latel)")
    + "|" + _sentence(_TR_NOT_LEADS, rf"{_TR_ADJ}alan ad(?:ı|i)(?:n[ae])?\b(?!{_IN}*?anlam(?:ı|i)na gelmez)")
)
_TR_SENDER = r"g(?:ö|o)nder(?:en|ici)\w{0,4}"
SENDER = (
    # Czech: the sender's word after the noun ("neexistující adresa/doména (v adrese) odesílatele"), FROM it ("z
    # neexistující adresy/domény", "v poli Od neexistující adresu"), our SMTP login's user.
    rf"\b{_CS_ADJ} (?:e-?mailov\w{{1,3}} )?(?:adres\w{{0,2}}|dom(?:é|e)n\w{{0,2}}){_IN}{{0,30}}?odes(?:í|i)latel"
    rf"|\b(?:z|ze|od) {_CS_ADJ} (?:e-?mailov\w{{1,3}} )?(?:adres\w{{0,2}}|dom(?:é|e)n\w{{0,2}}|(?:ú|u)(?:č|c)e?t\w{{0,2}})"
    rf"|p(?:ř|r)ihl(?:á|a)(?:š|s)en(?:í|i){_IN}{{0,40}}?{_CS_ADJ} u(?:ž|z)ivatel"
    # Turkish: the sender's word before ("Gönderenin var olmayan adresi", "Gönderen: var olmayan adres") or after
    # ("var olmayan gönderen adresi"), FROM it (the ablative), the sender's mailbox, our login's user.
    rf"|\b{_TR_SENDER}:? (?:var|mevcut) olmayan|\b(?:var|mevcut) olmayan (?:bir )?(?:e-?posta )?(?:adres\w{{0,3}} )?"
    rf"g(?:ö|o)nder(?:en|ici)|\b(?:var|mevcut) olmayan (?:bir )?(?:e-?posta )?(?:adres|hesab?)\w*?[dt][ae]n\b"
    rf"|\b{_TR_SENDER} posta kutusu\w{{0,3}} (?:mevcut de|bulunamad|yok)"
    rf"|kimlik do(?:ğ|g)rula\w{{0,6}}{_IN}{{0,40}}?(?:var|mevcut) olmayan kullan"
)
