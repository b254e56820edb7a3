"""More of the localised wordings `classifier.lexicon` reads, from the second language review
(issue 13; tests/classifier/review_langs2.py quotes each in whole notices): Spanish, Dutch,
Swedish, Turkish and Korean notice texts its shapes missed; and two of Exchange's localised NDR
texts (tests/classifier/review_notices13.py). Data merged into `classifier.phrases`
beside `classifier.mta_wordings` (`classifier.lexicon` and `classifier.phrases` are at the module
size limit). Matched like the phrase tables: lowercase substrings of the whitespace-collapsed
diagnostic, plus bounded patterns; each wording's source named beside it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.records import Reason

R = Reason

# "The recipient does not exist" in wordings `classifier.lexicon`'s shapes miss; its
# `no_such_recipient` reads this beside them (so a prose notice's words count, not only a reply
# to RCPT: the phrase tables alone read as a filter speaking there).
MISSING_RECIPIENT = re.compile(
    # Plesk's notice for mail to a non-existent user ("this address no longer accepts mail") in
    # its Spanish locale (psa-locale-es-ES: 'con el aviso "esta dirección ya no acepta correo"');
    # whole, as lexicon keeps the French and Russian ones.
    r"esta direcci(?:ó|o)n ya no acepta correo"
    # Dutch "niet bekend" (not known) after the address (help.dation.nl: "e-mail adres niet
    # bekend"), and "mailadres" without the "e-" (weboke.nl: "het mailadres ... bestaat niet");
    # not the sender's ("het mailadres van de afzender is niet bekend": lexicon's sender check
    # knows no "niet bekend").
    r"|\b(?:e-?)?mail ?adres\w{0,3}(?:(?!afzender)[^.;!?\n|]|\.(?=\S)){0,40}?(?:niet bekend|bestaat niet|onbekend)\b"
    # Swedish definite "kontot" (the account): GoDaddy's "Kontot finns inte" (se.godaddy.com 3568).
    r"|\b(?:e-?post)?kontot (?:finns (?:inte|ej)|hittades inte)\b"
    # Turkish "bilinmeyen kullanıcı/alıcı" (unknown user/recipient; backlink.name's 550 glosses).
    r"|\bbilinmeyen (?:kullan(?:ı|i)c(?:ı|i)|al(?:ı|i)c(?:ı|i))"
    # Korean "받는사람" without the space (puffinknight.tistory.com: "받는사람이 존재하지
    # 않는 경우"); lexicon's nouns hold "받는 사람".
    r"|받는사람\w{0,2} 존재하지 않"
    # Spanish imperfect "no se encontraba" (was not found) after the address: Exchange's Spanish
    # NDR text "la dirección de correo electrónico donde envió el mensaje no se encontraba en el
    # dominio de destino" (a pasted copy, pastebin.com/qSHqkmLq; lexicon has the present and
    # the preterite only).
    r"|\bdirecci(?:ó|o)n de correo(?: electr(?:ó|o)nico)?[^.;!?\n|]{0,40}?no se encontraba\b"
    # Thai "ที่อยู่อีเมล" (email address) ... "ไม่มีอยู่" (does not exist) / "ไม่พบ" (not found):
    # Microsoft's th-th 5.1.10 help (support.office.com article 5a04a25a: "ที่อยู่อีเมลที่คุณส่ง
    # ข้อความของคุณให้ไม่มีอยู่หรือไม่พบ"); Thai writes no spaces between words; not the
    # sender's ("ผู้ส่ง").
    r"|ที่อยู่อีเมล(?:(?!ผู้ส่ง)[^.;!?\n|]){0,40}?(?:ไม่มีอยู่|ไม่พบ)"
)

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.MAILBOXFULL: (
        # "correo lleno" (mail full), a warning in alexborras.com's list of Spanish return texts.
        "correo lleno",
    ),
    R.EXPIRED: (
        # "tiempo de entrega vencido" (delivery time expired), the same list's warnings.
        "tiempo de entrega vencido",
    ),
}

PATTERNS: Mapping[Reason, tuple[re.Pattern[str], ...]] = {
    R.MAILBOXFULL: (
        # Swedish "lagringsutrymme" (storage) used up: GoDaddy's "Kontots lagringsutrymme är slut",
        # "Gräns för lagringsutrymme" (se.godaddy.com 3568, 40685).
        re.compile(r"lagringsutrymme\w{0,2} (?:är slut|är fullt)|gräns för lagringsutrymme"),
        # Korean mail storage exceeded: "받는사람의 메일용량이 초과된 경우" (puffinknight.tistory.com).
        re.compile(r"(?:메일|메일함|사서함) ?용량\w{0,2} 초과"),
    ),
    R.SUSPEND: (
        # Swedish "Kontot är inaktivt" / "Kontot har inaktiverats" (GoDaddy, se.godaddy.com 3568, 40685).
        re.compile(r"\bkontot (?:är inaktivt|har inaktiverats|är avstängt|har stängts av)"),
    ),
    R.MESGTOOBIG: (
        # NAVER's "보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다." and Daum's "발송하신
        # 편지의 크기가 너무커서 ... 수신을 거부하였습니다." (their 552 5.3.4 forms, foxydog.tistory.com/69).
        re.compile(r"(?:메일|편지|메시지)\w{0,2} 크기가 (?:너무 ?)?(?:커서|큽니다|크기)"),
    ),
}
