"""Things that are no mailbox said not to exist, in the languages `classifier.lexicon` reads: a certificate, a
connector, a file or an attachment, a folder, a DNS record, a rule, a permission, a route, a key; a template, a
policy, a token, a licence, a transport (review 96).

At RCPT lexicon counts a bare "does not exist" ("existiert nicht", "no existe", "不存在") as the recipient's
when no noun of a recipient stands near it, and its English check (`_OTHER_SUBJECT`) names the other things only
in English. Review 93 found a bare 550 reading hard in every other language for "El certificado no existe", "Il
n'existe pas de relais autorisé pour votre serveur" (there is no authorised relay), "No existe autorización
para reenviar", "不存在允许您的服务器转发的规则": the thing is named before the verb (the subject: SVO, and
Japanese "Xは存在しません") or after it (the impersonal "there is no X": es/it/pt "no existe X", fr "il n'existe
pas de X", pl "nie istnieje X", ru "не существует X", zh "不存在X"). Nouns, not grammar: a word this table
does not know keeps the recipient's reading (a false hard is costly, a false soft too).
"""

from __future__ import annotations

import re

# Stems, lowercase. Latin ones start a word; CJK ones stand anywhere (no spaces between words).
_LATIN = (
    # certificate, connector
    r"zertifikat|certificat|certificad|certificaat|certyfikat|certifik(?:á|a)t|sertifika|konnektor|connecteur|conector|"
    r"connettore|connector|(?:ł|l)(?:ą|a)cznik|"
    # file, attachment, folder
    r"datei|anhang|fichier|pi(?:è|e)ce jointe|archivo|adjunto|allegato|ficheiro|arquivo|anexo|bestand|bijlage|"
    r"plik|za(?:ł|l)(?:ą|a)cznik|filen\b|bilaga|ordner|dossier|carpeta|cartella|mapp(?:en)?\b|"
    # a DNS record, a key
    r"eintrag|enregistrement|registro|rekord|wpis|schl(?:ü|ue|u)ssel|cl(?:é|e)\b|clave|chiave|chave|sleutel|klucz|"
    r"nyckel|"
    # a rule, a permission, an authorisation, a route, a relay
    r"regel|r(?:è|e)gle|regla|regola|regra|regu(?:ł|l)|berechtigung|freigabe|autorisation|autorizaci(?:ó|o)n|"
    r"autorizzazion|autoriza(?:ç|c)(?:ã|a)o|permiso|permiss(?:ã|a)o|permesso|toestemming|uprawnieni|zezwoleni|"
    r"beh(?:ö|o)righet|relais|relay|route|ruta|rota|percorso|"
    # review 96: a template, a policy (Exchange's localised transport rules and policies), a token, a licence, a
    # transport, a key, an alias map (not "the alias": that is the recipient's address)
    r"template|vorlage|mod(?:è|e)le|plantilla|modell?o\b|szablon|sjabloon|richtlinie|strat(?:é|e)gie|politique|"
    r"pol(?:í|i)tica|pol(?:i|ı)cy|polic(?:ies|e)\b|beleid|zasad|token|licen[cszç]|lizenz|transport|key\b|"
    r"alias ?(?:map|table|file|database)|aliastabelle|"
    # review 174: a forward, a filter, a Sieve script, an English rule ("Message refused for the recipient: the
    # forwarding rule did not exist", "die Weiterleitung existierte nicht mehr", "le filtre n'existait pas")
    r"rule|forward|weiterleitung|umleitung|filter|filtre|filtro|sieve|skript|script|doorstuur|vidarebefordr|videresend|"
    r"pravidl|p(?:ř|r)epos(?:í|i)l|"
    # Cyrillic
    r"сертификат|коннектор|файл|вложени|папк|ключ|правил|разрешени|маршрут|ретрансляц|шаблон|политик|токен|лиценз"
)
_CJK = (r"証明書|证书|證書|인증서|コネクタ|连接器|連接器|ファイル|添付|文件|附件|檔案|フォルダ|資料夾|レコード|记录|記錄|"
        r"鍵|密钥|密鑰|ルール|规则|規則|許可|权限|權限|ルート|路由|中継|中继|中繼|"
        r"テンプレート|模板|範本|ポリシー|策略|トークン|令牌|ライセンス|许可证|許可證|授权|授權")
_THING = rf"(?:(?<![^\W\d_])(?:{_LATIN})|{_CJK})"
# Within one sentence: no full stop (ASCII or CJK), semicolon, bar or line end between.
_GAP = r"(?:[^.;!?\n|。．！？；]|\.(?=\S))"
# Before the verb, its subject stands in the same clause: not across a comma or colon, nor an address (review 96:
# "Relay-Prüfung bestanden, lead@partner.example existiert nicht", "证书验证通过，lead@... 不存在" name the address).
_CLAUSE = r"(?:[^.;:,!?\n|。．！？；：，、@<>]|\.(?=\S))"
_BEFORE = re.compile(rf"{_THING}{_CLAUSE}{{0,40}}$")
_THING_SEEN = re.compile(_THING)
_AFTER = re.compile(rf"{_GAP}{{0,30}}?{_THING}")


def named_beside(text: str, start: int, end: int) -> bool:
    """Does lowercase `text` name a thing that is no mailbox as what does not exist, in the sentence of the bare
    absence at text[start:end]: before it (its subject), or after it (the impersonal "there is no X")?"""
    return _BEFORE.search(text, max(0, start - 60), start) is not None or _AFTER.match(text, end) is not None


# Review 177: the recipient's own noun between the thing and the absence is the subject ("No forward rule configured and
# the recipient does not exist", "The recipient filter says the mailbox does not exist", "Umleitung geprüft und der
# Empfänger existierte nicht": read onhold, false softs), unless a preposition or a genitive ties it to the thing ("the
# forwarding rule for the recipient", "die Weiterleitung an die Empfängeradresse", "das Sieve-Skript des Empfängers") or
# it names the thing's own kind right after it ("the forwarding address").
_RECIPIENT = re.compile(
    # (Review 179: and the address's compounds, "het e-mailadres", "e-postadressen", "die E-Mailadresse": read onhold.)
    r"(?<![^\W\d_])(?:(?:e-?)?(?:mail|post)-?adres"
    r"|recipient|addressee|mailbox|user|address|account|empf(?:ä|ae)nger|postfach|adresse|konto|benutzer"
    r"|destinataire|bo(?:î|i)te|utilisateur|ontvanger|adres|gebruiker|postvak|postbus|mottagar|adress|brevl(?:å|a)d"
    r"|modtager|mottaker|postkasse|p(?:ř|r)(?:í|i)jemc|schr(?:á|a)nk|adresa|u(?:ž|z)ivatel|одержувач|адрес|скриньк"
    r"|destinat(?:á|a)ri|buz(?:ó|o)n|direcci(?:ó|o)n|usuario|cuenta|caixa|endere(?:ç|c)o|conta|casella|indirizzo|utente)")
# (Not "der" nor "de" anywhere: the German nominative and the Dutch article, "und der Empfänger", "en de ontvanger";
# only right after the thing's word, "archivo de buzón", "die Weiterleitung der Empfängerin".)
_TIED = re.compile(r"(?:^[\w-]*[\s-]*(?:(?:de|der|di|do|da|del|des|du)\s+(?:(?:la|le|les|el|los|il|lo|o|a)\s+|l')?)?"
                   # (Review 179: and where the thing sits or who set it, "in the recipient's mailbox", "im Postfach",
                   # "in de mailbox", "hos mottagaren", "set by the user", "on the account", "zur Empfängeradresse":
                   # false hards under 5.7.1.)
                   r"|\b(?:for|of|to|from|des|f(?:ü|u)r|an|von|van|voor|naar|aan|f(?:ö|o)r|till|til|in|im|bei|beim|zur|zum"
                   r"|by|on|within|inside|op|bij|hos|i|p(?:å|a)|ved|v|u|dans|sur|chez|nel|nella|sul|sulla|na|nos|nas"
                   # (Review 182: and "auf / unter / mit / under / with / onder / met / vers / avec / med", "die
                   # Weiterleitung auf die Empfängeradresse", "the filter associated with the recipient's mailbox".)
                   r"|auf|unter|mit|under|with|onder|met|vers|avec|med"
                   r"|av|pro|pour|du|del|della|do|da|para|per|à|au|aux)\s+(?:(?:the|die|den|dem|das|de|het|la|le|les|el"
                   r"|los|il|lo|o|a|its|seine[nms]?|ihre[nms]?|sin|sitt)\s+)?(?:[\w-]+(?:'s|s'|s)\s+)?|\bde\s+(?:la\s+|l')|\bl')$")


# Review 182: the subject's phrase up to the window, its tied nouns told by _TIED ("the filter associated with the
# recipient's mailbox", "de doorstuurregel onder het account van de ontvanger": past 40 characters, read hard).
_SUBJECT_BEFORE = re.compile(rf"{_THING}{_CLAUSE}{{0,56}}$")


def subject_before(text: str, start: int) -> bool:
    """Does lowercase `text` name a thing that is no mailbox as the SUBJECT of the absence at `start`, in its own clause
    ("the forwarding rule did not exist")? Not a thing after it: "User unknown in virtual alias table" names the table
    where the user was looked up (review 174; cause_clauses.only_conditioned asks it). Nor a thing the recipient's own
    noun follows in a new phrase (review 177)."""
    window = max(0, start - 60)
    if _SUBJECT_BEFORE.search(text, window, start) is None:
        return False
    last = None
    for last in _THING_SEEN.finditer(text, window, start):
        pass
    between = text[last.end():start]
    return not any(_TIED.search(between[:noun.start()]) is None for noun in _RECIPIENT.finditer(between))


class OfNoThing:
    """A domain's absence (lexicon.DOMAIN_MISSING, read hostunknown: hard) that is none where a thing of the domain is
    what is missing: its certificate, key, record, rule ("Le certificat du domaine est introuvable", "ドメインの証明書が
    見つかりません", "ドメインのDKIM鍵が存在しません": review langs45, false hards), named inside the match or as the
    subject before the domain's noun. `search` as a pattern's, over the wrapped pattern's first match."""

    __slots__ = ("pattern",)

    def __init__(self, pattern) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        found = self.pattern.search(text)
        return None if found is not None and thing_of(text, found) else found


def thing_of(text: str, found: re.Match[str]) -> bool:
    """Is a thing that is no domain (a certificate, a key, a record, a rule) what the domain's absence `found` in
    lowercase `text` says is missing: named inside the match, or as the subject before the domain's noun?"""
    window = text[max(0, found.start() - 60):found.end()]
    if _DNS_RECORD.search(window):
        # the domain's DNS / MX record not found: the domain itself (audit 47: false softs), unless another thing is
        # named beside it (audit 51: whatever the record's own word, "Záznam DNS MTA-STS domény ... neexistuje": Czech
        # "záznam" is no thing of _LATIN's, a false hard)
        return _OTHER_THING.search(window) is not None
    # (Audit 51: not a thing's stem that starts a domain's own name, "Die Domain transport-schmidt.example existiert
    # nicht", "El dominio rutasdelsur.example no existe": lost bounces.)
    text = _DOMAIN_NAME.sub(lambda m: " " * len(m.group()), text)
    return (_THING_SEEN.search(text, found.start(), found.end()) is not None
            or _BEFORE.search(text, max(0, found.start() - 60), found.start()) is not None)


_DOMAIN_NAME = re.compile(r"(?<![\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w.-])")


# Audit 47: a DNS, MX or address record of the domain missing is the domain missing ("DNS-Eintrag der Domain nicht
# gefunden", "El registro DNS del dominio no existe", "Enregistrement MX du domaine introuvable", "ドメインのDNSレコードが
# 見つかりません"; hard on main before langs45's thing_of for de / es), unless another thing is named beside it (a
# certificate, a DKIM / SPF / DMARC / TXT record, a key: those are no missing domain).
_DNS_RECORD = re.compile(r"(?<![^\W\d_])(?:dns|mx)[- ]?(?:eintrag|enregistrement|registro|rekord|record|wpis|záznam"
                         r"|kayd\w*|post)|(?<![^\W\d_])a{1,4}[- ](?:record|eintrag|rekord)\b"
                         r"|(?:eintrag|enregistrement|registro|rekord|record|wpis|záznam)\w{0,2} (?:dns|mx)\b"
                         r"|(?:dns|mx) ?(?:レコード|记录|記錄|레코드)")
# (Audit 48: the Latin ones as words, not inside the domain's own name: "DNS-Eintrag der Domain keystone-partner.example
# nicht gefunden" read onhold, a lost bounce; "DKIM-Eintrag", "Domänenschlüssel" still name the thing.)
# (Audit 49: nor a hyphened word of it, "key-partner.example" (lost bounces); an underscored service label,
# "selector1._domainkey.example.com", "_dmarc.example.com" (RFC 8552), is a record's name, no domain: false hards.)
# (Audit 51: nor MTA-STS, BIMI, DNSSEC / DNSKEY: "El registro DNS MTA-STS del dominio ... no existe", false hards.)
_OTHER_THING = re.compile(r"(?<![a-z0-9.-])(?:dkim|spf|dmarc|txt|ptr|srv|tlsa|caa|dane|mta-sts|bimi|dnssec|dnskey"
                          r"|cert[a-z]*|keys?|cl(?:é|e)s?"
                          r"|claves?|chiav[ei])(?![a-z0-9]|[a-z0-9-]*\.[a-z0-9])|(?<![a-z0-9])_[a-z0-9-]+\.[a-z0-9]"
                          r"|zertifikat|schl(?:ü|u)ssel|证书|証明書|인증서|鍵|密钥")
