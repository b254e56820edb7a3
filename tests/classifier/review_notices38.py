"""The thirty-eighth review's whole notices (part 1 of 2; review_notices38_more.py has the rest):
notices in languages the three language reviews (review_langs.py, review_langs2.py,
review_langs3.py) and localised.py did not cover, from a mail server's OWN translation files.

Sympa (the mailing list manager; sympa-community/sympa) sends real RFC 3464 DSNs of its own
(default/mail_tt2/delivery_status_notification.tt2, Sympa::send_dsn) in the robot's language:
"List unknown" with Status 5.1.1 when mail comes for a list address that does not exist, "List
'x' does not exist." with 5.1.2 (unknown robot), the size refusal with 5.2.3, and a success
report (2.1.5, message tracking). Its translations are its po files (po/sympa/<lang>.po, read
here from Debian 12's sympa 6.2.70 package, /usr/share/locale/<lang>/LC_MESSAGES/sympa.mo):
Catalan (complete), Hungarian, Brazilian Portuguese, Norwegian Bokmål and Traditional Chinese
(the sentences they translate), and Czech, Romanian and Arabic, which translate only the
subject and the first line: a real notice in those is part localised, part English, because
gettext falls back to the msgid. Each row names the msgid its words come from.

Each Sympa wording is written twice or three times: in Sympa's own DSN (review_notices38_layouts.
sympa; UTF-8 by default, or the legacy charset.conf charset Sympa ships: ISO-8859-2 for hu and
ro, ISO-8859-1 for pt, Big5 for zh-TW, ISO-8859-4 for et; for ca and nb, which charset.conf does
not list, ISO-8859-1 is ours; base64 or quoted-printable as MIME::Charset picks), and as
a plain notice holding ONLY the localised prose (review_langs.notice without a status part: no
code, no English reason), which tests the classifier's reading of the language alone.

Expectations are the taxonomy's reading of the words (shared/classifier/taxonomy.md), written
before the classifier ran: a list address that does not exist is a recipient that does not exist
(userunknown, hard); "List x does not exist" under 5.1.2 is the same absence under a
bad-destination-system status (userunknown or hostunknown, hard either way); the size refusal is
soft (5.2.3 exceedlimit, or mesgtoobig from the words); a success report is no bounce. All
HAND-MADE; test_review_notices38.py runs them."""

from __future__ import annotations

from tests.classifier.review_langs import notice
from tests.classifier.review_notices38_layouts import sympa, sympa_body

UU = ("userunknown",)
GONE = ("userunknown", "hostunknown")
SIZE = ("exceedlimit", "mesgtoobig")
R = "recipient"

_PO = "Sympa 6.2.70 po/sympa/{}.po (Debian 12 sympa.mo), msgid {!r}, in delivery_status_notification.tt2"
_DIAG = {"5.1.1": "Bad destination mailbox address", "5.1.2": "Bad destination system address",
         "5.2.3": "Message length exceeds administrative limit", "2.1.5": "Destination address valid"}
_FIND_EN = "To find out the correct listname, ask for this server's lists directory:"
_AUTO_EN = "This is an automatic response sent by Sympa Mailing Lists Manager."
_IMPOSSIBLE_EN = "Impossible to distribute your message for list '{}' for the following reason:"
_UNKNOWN_EN = "The following address is not a known mailing list:"
ROWS: list[tuple] = []


def _unknown_reason(text: str, rcpt: str, host: str, contact: str) -> str:
    """The template's 5.1.1 branch: the sentence, the address, the WHICH hint, the contact line."""
    return (f"{text}\n\n\t{rcpt}\n\n{_FIND_EN}\n\n\tmailto:sympa@{host}?subject=WHICH\n\n"
            + contact.replace("%1", "listmaster").replace("%2", host))


def _add(name: str, source: str, raw: bytes, expected: list[tuple]) -> None:
    ROWS.append((name, source, raw, expected))


def _words(name: str, text: str, rcpt: str, charset: str, cte: str, subject: str) -> bytes:
    """A plain notice holding only the localised prose (no status part, no code), from the host's
    mailer daemon as the other reviews' prose notices come (Sympa itself always adds its status
    part: this is the words alone, not Sympa's layout)."""
    return notice(f"n38-{name}", body=text, charset=charset, cte=cte, subject=subject, rcpt=rcpt,
                  sender=f"Mail Delivery System <MAILER-DAEMON@{rcpt.split('@')[1]}>", generator="Sympa's words alone")


def _language(lang: str, tr: dict[str, str], *, rcpt: str, host: str, legacy: str,
              size: tuple[int, int] = (12400, 5120)) -> None:
    """Sympa's notices in one language: whichever of its msgids `tr` translates (key: the msgid's
    short name), as a DSN in UTF-8 and in the legacy charset, and as the words alone."""
    contact = tr.get("contact", "For further information, please contact %1@%2")
    auto = tr.get("auto", _AUTO_EN)
    impossible = tr.get("impossible", _IMPOSSIBLE_EN).replace("%1", rcpt).replace("{}", rcpt)
    if "unknown" in tr:
        src = _PO.format(lang, _UNKNOWN_EN) + f": {tr['unknown']!r}"
        body = sympa_body(auto, _unknown_reason(tr["unknown"], rcpt, host, contact), impossible=impossible)
        subject = tr.get("subject_unknown", "List unknown")
        for charset, cte in (("utf-8", "base64"), (legacy, "quoted-printable")):
            _add(f"{lang}-sympa-unknown-list-dsn-{charset}", src,
                 sympa(f"{lang}-u-{charset}", rcpt=rcpt, host=host, subject=subject, body=body, charset=charset,
                       cte=cte, status="5.1.1", diag=_DIAG["5.1.1"]),
                 [(rcpt, True, UU, R, False)])
        words = f"{impossible}\n\n{tr['unknown']}\n\n\t{rcpt}\n"
        # The template writes this paragraph in its fallback branch, for 5.3.0, 5.4.6 and 5.7.1 as
        # well as 5.1.1 (classifier/reporters/sympa.py): alone, the words prove no absence, so the
        # words-only notice must not be read hard (a guard against a false hard).
        for charset, cte in (("utf-8", "quoted-printable"), (legacy, "8bit"), ("utf-8", "base64")):
            _add(f"{lang}-sympa-unknown-list-words-{charset}-{cte}", src + " (the localised prose alone, no code: "
                 "the template's fallback paragraph, written for other statuses too, so never hard)",
                 _words(f"{lang}-uw-{charset}-{cte}", words, rcpt, charset, cte, subject),
                 [(rcpt, False, (), None, False)])
    if "noexist" in tr:
        sentence = tr["noexist"].replace("%1", rcpt)
        src = _PO.format(lang, "List '%1' does not exist.") + f": {tr['noexist']!r} (its 5.1.2 branch)"
        subject = tr.get("subject_unknown", "List unknown")
        _add(f"{lang}-sympa-list-does-not-exist-dsn", src,
             sympa(f"{lang}-n", rcpt=rcpt, host=host, subject=subject, body=sympa_body(auto, sentence, impossible=impossible),
                   charset=legacy, cte="quoted-printable" if legacy != "big5" else "base64", status="5.1.2",
                   diag=_DIAG["5.1.2"]),
             [(rcpt, True, GONE, R, False)])
        for charset, cte in (("utf-8", "base64"), (legacy, "8bit")):
            _add(f"{lang}-sympa-list-does-not-exist-words-{charset}", src + " (the sentence alone, no code)",
                 _words(f"{lang}-nw-{charset}", f"{sentence}\n", rcpt, charset, cte, subject),
                 [(rcpt, True, GONE, R, False)])
    if "size" in tr:
        sentence = tr["size"].replace("%1", str(size[0])).replace("%2", str(size[1]))
        src = _PO.format(lang, "Your message could not be sent because its size (%1 kB) was over ...") + \
            f": {tr['size'][:90]!r}... (its 5.2.3 branch: a size limit, soft)"
        subject = tr.get("subject_size", "Too large message")
        _add(f"{lang}-sympa-too-large-dsn", src,
             sympa(f"{lang}-s", rcpt=rcpt, host=host, subject=subject, body=sympa_body(auto, sentence, impossible=impossible),
                   charset="utf-8", cte="quoted-printable", status="5.2.3", diag=_DIAG["5.2.3"]),
             [(rcpt, False, SIZE, None, False)])
        for charset, cte in (("utf-8", "base64"), (legacy, "quoted-printable")):
            _add(f"{lang}-sympa-too-large-words-{charset}", src + " (the prose alone, no code)",
                 _words(f"{lang}-sw-{charset}", f"{impossible}\n\n{sentence}\n", rcpt, charset, cte, subject),
                 [(rcpt, False, SIZE, None, False)])
    if "delivered" in tr:
        src = _PO.format(lang, "Message was successfully delivered to following address:") + \
            f": {tr['delivered']!r} (a success report, no bounce)"
        body = sympa_body(auto, f"{tr['delivered']}\n\n\t{rcpt}")
        _add(f"{lang}-sympa-delivered-dsn", src,
             sympa(f"{lang}-d", rcpt=rcpt, host=host, subject=tr["subject_delivered"], body=body, charset="utf-8",
                   cte="base64", status="2.1.5", diag=_DIAG["2.1.5"], action="delivered"),
             [])
        _add(f"{lang}-sympa-delivered-words", src + " (the prose alone)",
             _words(f"{lang}-dw", f"{tr['delivered']}\n\n\t{rcpt}\n", rcpt, legacy, "quoted-printable",
                    tr["subject_delivered"]),
             [])


# ---------------------------------------------------------------- ca: Catalan (po/sympa/ca.po, complete)
_language("ca", {
    "auto": "Aquesta és una resposta automàtica enviada pel gestor de llistes de correu de Sympa.",
    "impossible": "Impossible distribuir el vostre missatge a la llista '%1' pel següent motiu:",
    "unknown": "La següent adreça no és cap llista de correu coneguda:",
    "noexist": "La llista '%1' no existeix.",
    "size": ("El vostre missatge no s'ha pogut enviar perquè la seva mida (%1 kB) supera la mida màxima (%2 kB) "
             "permesa en aquesta llista.\n\nNota: Com que els arxius binaris han de ser codificats en format ASCII, "
             "menys eficient, abans de ser enviats, la mida final d'un arxiu adjunt és sovint significativament més "
             "gran que la de l'arxiu original."),
    "delivered": "El missatge ha estat entregat a la següent adreça:",
    "contact": "Per a més informació, poseu-vos en contacte amb %1@%2",
    "subject_unknown": "Llista desconeguda",
    "subject_size": "Missatge massa llarg",
    "subject_delivered": "El seu missatge ha sigut entregat correctament",
}, rcpt="vendes@llistes.example.cat", host="llistes.example.cat", legacy="iso-8859-1")

# ---------------------------------------------------------------- hu: Hungarian (po/sympa/hu.po)
_language("hu", {
    "auto": "Ez egy automatikus üzenet a Sympa levelezésilista-kezelő programtól.",
    "impossible": "A Sympa nem tudta továbbítani a levelet a '%1' listára a következő okok miatt:",
    "unknown": "A következő címmel nem található levelezési lista:",
    "noexist": "Nincs '%1' nevű lista.",
    "contact": "További segítségért kérem írjon az alábbi címre: %1@%2",
    "subject_unknown": "Ismeretlen lista",
}, rcpt="ertekesites@listak.example.hu", host="listak.example.hu", legacy="iso-8859-2")

# ---------------------------------------------------------------- pt-BR: Brazilian Portuguese (po/sympa/pt_BR.po)
_language("pt_BR", {
    "auto": "Esta é uma resposta automática mandada pelo Gerenciador de Listas de Correio Sympa",
    "impossible": "Não foi possível distribuir sua mensagem para a lista '%1' pelo seguinte motivo :",
    "unknown": "O endereço a seguir não corresponde a uma lista de emails conhecida: ",
    "noexist": "A lista '%1' não existe.",
    "size": ("Sua mensagem não pôde ser enviada pois seu tamanho (%1 kB) excede o tamanho máximo (%2 kB) permitido "
             "nesta lista.\n\nObservação: Em decorrência de arquivos binários necessitarem ser codificados em formato "
             "ASCII menos eficiente antes de serem enviados por e-mail, o tamanho final do anexo é quase sempre "
             "significativamente maior do que seu tamanho original quando representado em arquivo."),
    "contact": "Para mais informações, por favor entre em contato com '%1@%2'",
    "subject_unknown": "Lista desconhecida",
}, rcpt="vendas@listas.example.com.br", host="listas.example.com.br", legacy="iso-8859-1")

# ---------------------------------------------------------------- nb: Norwegian Bokmål (po/sympa/nb.po)
_language("nb", {"noexist": "Listen '%1' eksisterer ikke."}, rcpt="salg@lister.example.no", host="lister.example.no",
          legacy="iso-8859-1")

# ---------------------------------------------------------------- zh-TW: Traditional Chinese (po/sympa/zh_TW.po)
_language("zh_TW", {
    "auto": "這是一個由Sympa郵遞列表管理器自動發送的回復。",
    "noexist": "郵件列表“%1“不存在。",
    "contact": "欲知詳情，請與聯系%1@%2",
    "subject_unknown": "郵件列表未知數",
}, rcpt="sales@lists.example.tw", host="lists.example.tw", legacy="big5")

# ---------------------------------------------------------------- cs, ro, ar: the subject (and first line) only
# Their po files translate "List unknown" (and cs/ro the automatic-response line) but not the
# reason sentences: gettext falls back to the English msgid, so Sympa's real notice in these
# languages is part localised, part English. The status part carries 5.1.1.
for _lang, _subject, _auto, _cs, _rcpt in (
        ("cs", "Neznáma konference", "Toto je automatická odpověď zaslaná konferencnim serverem SYMPA", "iso-8859-2",
         "prodej@konference.example.cz"),
        ("ro", "Lista necunoscuta", "Acesta este un raspuns automat trimis de Sympa Mailing Lists Manager.",
         "iso-8859-2", "vanzari@liste.example.ro"),
        ("ar", "قائمة غير معروفه", _AUTO_EN, "utf-8", "sales@lists.example.ae")):
    _host = _rcpt.split("@")[1]
    _add(f"{_lang}-sympa-unknown-list-part-localised",
         _PO.format(_lang, "List unknown") + f": {_subject!r} (subject; the reason sentence stays English)",
         sympa(f"{_lang}-p", rcpt=_rcpt, host=_host, subject=_subject, charset=_cs, cte="base64", status="5.1.1",
               diag=_DIAG["5.1.1"],
               body=sympa_body(_auto, _unknown_reason(_UNKNOWN_EN, _rcpt, _host,
                                                      "For further information, please contact %1@%2"),
                               impossible=_IMPOSSIBLE_EN.format(_rcpt))),
         [(_rcpt, True, UU, R, False)])

# ---------------------------------------------------------------- ca, et: Sympa's virus alert (5.7.0)
# ca.po and et.po translate the alert's banner and its sentence ("Our viruschecker found a virus
# named %1 in a message addressed to %2 and that seems to be yours (From: %3).") but not "We
# stopped delivery of this email.": a virus refusal, soft, whatever the language.
for _lang, _rcpt, _subject, _auto, _impossible, _banner, _found, _charset in (
        ("ca", "vendes@llistes.example.cat", "Un virus en el vostre correu electrònic.",
         "Aquesta és una resposta automàtica enviada pel gestor de llistes de correu de Sympa.",
         "Impossible distribuir el vostre missatge a la llista '{}' pel següent motiu:",
         "*****  A L E R T A   V I R U S  *****",
         "El nostre antivirus ha trobat un virus anomenat %1 al missatge amb destinatari %2 i sembla que és vostre "
         "(De: %3).", "utf-8"),
        ("et", "myyk@listid.example.ee", "A virus in your mail", _AUTO_EN, _IMPOSSIBLE_EN, "*****VIIRUSEHOIATUS*****",
         "Meie viirusetõrje programm leidis viiruse nimega %1 kirjast, mis saadeti aadressile %2. Tundub, et teie "
         "olite saatja  (From: %3).", "iso-8859-4")):
    _found_text = _found.replace("%1", "Win.Trojan.Agent-1234").replace("%2", _rcpt).replace("%3", "seller@example.com")
    _src = _PO.format(_lang, "Our viruschecker found a virus named %1 ...") + f": {_found[:80]!r}... (its 5.7.0 branch)"
    _virus_body = (f"    {_banner}\n\n{_found_text}\n\nWe stopped delivery of this email.\n")
    _add(f"{_lang}-sympa-virus-dsn", _src,
         sympa(f"{_lang}-v", rcpt=_rcpt, host=_rcpt.split("@")[1], subject=_subject, charset=_charset,
               cte="quoted-printable", status="5.7.0", diag="Other or undefined security status",
               body=sympa_body(_auto, _virus_body, impossible=_impossible.format(_rcpt))),
         [(_rcpt, False, ("virusdetected",), None, False)])
