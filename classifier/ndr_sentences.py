"""The recipient's address or domain "could not be found" as the localised Exchange-style NDRs and the local sites'
plain notices word it in the languages no shape read (review langs45, tests/classifier/review_langs45_notices.py):
Swedish "E-postadressen du angav kunde inte hittas", Czech "Zadanou e-mailovou adresu se nepodařilo najít", Korean
"입력한 전자 메일 주소를 찾을 수 없습니다", Turkish "Girdiğiniz e-posta adresi bulunamadı" (the recipient: `lexicon_more`
joins RECIPIENT to MISSING_RECIPIENT), and Turkish "Alıcının alan adı bulunamadı" (the domain: joined to the
foreign-domain reading `lexicon` keeps). Each needs the address's own noun (an e-mail address, not a server, a file
or a message that "could not be found"), and never our sender's: the sender's noun before it (avsändare, odesílatel,
보내는 사람, gönderen, gönderici; audit 47: Swedish "din", your) keeps the sentence ours, as `lexicon`'s sender
check does for its own shapes."""

from __future__ import annotations

_GAP = r"(?:[^.;!?\n|]|\.(?=\S))"  # within one sentence (lexicon.GAP)

RECIPIENT = (
    # Swedish: the address (not the sender's) "kunde inte hittas" (could not be found).
    rf"\b(?<!avs(?:ä|a)ndarens )(?<!\bdin )(?<!fr(?:å|a)n-)(?<!avs(?:ä|a)ndar-)(?:e-?post)?adress(?:en)?\b(?:(?!avs(?:ä|a)ndar|fr(?:å|a)n\b){_GAP}){{0,40}}?"
    r"\bkunde inte hittas\b"
    # (Audit 50: nor "Tvoji" (tvou's other accusative), nor the address "used for sending", "k odesílání": false hards.)
    # Czech: the address (accusative "adresu") "se nepodařilo najít / nalézt / dohledat" (could not be found).
    rf"|\b(?<!va(?:š|s)[ie] )(?<!va(?:š|s)[ie] e-mailovou )(?<!va(?:š|s)[ie] emailovou )(?<!tvou )(?<!tvou e-mailovou )"
    rf"(?<!tvou emailovou )(?<!tvoji )(?<!tvoji e-mailovou )(?<!tvoji emailovou )"
    # (Audit 51: nor the address "used by you" / "you use", "Vámi používanou", "kterou používáte", nor "of your
    # account" right after the noun, "adresu vašeho účtu": false hards.)
    rf"(?<!v(?:á|a)mi pou(?:ž|z)(?:í|i)vanou )(?<!v(?:á|a)mi pou(?:ž|z)(?:í|i)vanou e-mailovou )"
    rf"(?<!v(?:á|a)mi pou(?:ž|z)(?:í|i)vanou emailovou )(?:e-?mailov\w{{2,3}} )?adres[ua]\b"
    rf"(?! (?:va(?:š|s)eho|tv(?:é|e)ho|sv(?:é|e)ho) (?:(?:e-?mailov(?:é|e)ho|u(?:ž|z)ivatelsk(?:é|e)ho) )?"
    rf"(?:ú|u)(?:č|c)tu\b)"
    rf"(?:(?!odes(?:í|i)l(?:atel|(?:á|a)n(?:í|i))|\bze? kter(?:é|e)\b|\bodkud\b"
    rf"|\bpou(?:ž|z)(?:í|i)v(?:á|a)(?:te|(?:š|s))\b)"
    rf"{_GAP}){{0,30}}?\bnepoda(?:ř|r)ilo "
    r"(?:se )?(?:naj(?:í|i)t|nal(?:é|e)zt|dohledat)\b"
    # Korean: the e-mail address "찾을 수 없" (cannot be found), not the sender's ("보내는 사람의").
    r"|(?<!보내는 사람의 )(?<!발신자의 )(?:전자 ?메일|이메일|메일) ?주소(?:를|가)? 찾을 수 없"
    # Turkish: "(girdiğiniz) e-posta adresi bulunamadı", not the sender's ("gönderenin e-posta adresi").
    # (Audit 49: nor "your account's" / "your" e-mail address, "hesabınızın", "sizin": a false hard.)
    r"|(?<!g(?:ö|o)nderenin )(?<!g(?:ö|o)nderen )(?<!g(?:ö|o)ndericinin )(?<!g(?:ö|o)nderici )"
    # (Audit 50: nor the address "you use", "kullandığınız" (a false hard).)
    # (Audit 51: nor the address "you signed in with", "you are using", "belonging to your account", "oturum
    # açtığınız", "kullanmakta olduğunuz", "hesabınıza ait", nor "your X's" in the back vowels, "kurumunuzun": false
    # hards.)
    r"(?<!(?:ı|i)n(?:ı|i)z(?:ı|i)n )(?<!\bsizin )(?<!kulland(?:ı|i)(?:ğ|g)(?:ı|i)n(?:ı|i)z )"
    r"(?<!a(?:ç|c)t(?:ı|i)(?:ğ|g)(?:ı|i)n(?:ı|i)z )"
    r"(?<!oldu(?:ğ|g)unuz )(?<!(?:ı|i)n(?:ı|i)za ait )(?<!(?:u|ü)n(?:u|ü)z(?:u|ü)n )"
    r"\be-?posta adres(?:i|(?<=girdi(?:ğ|g)iniz e-posta adres)iniz)? bulunamad(?:ı|i)"
)

# Turkish: the recipient's domain name "bulunamadı" (could not be found), not the sender's ("gönderenin alan adı").
DOMAIN = (r"(?<!g(?:ö|o)nderenin )(?<!g(?:ö|o)nderen )(?<!g(?:ö|o)ndericinin )(?<!g(?:ö|o)nderici )"
          r"\balan ad(?:ı|i) bulunamad(?:ı|i)")
