"""The address or domain a reply says is missing, where it is OUR sender's (reviews 105 and 106).

sender_words.NOT_SPEAKING reads "Dear sender, recipient server reports: address <a@b> does not exist" as the
recipient's absence (review 104): the recipient's server speaks, and the address it names is, most often, the one
mailed. But the words alone cannot tell whose address that is; where it is OUR sender's own (the original's From,
the notice's To) and the prospect's address is nowhere in the reply, the server said OUR address is missing
("Sehr geehrter Absender, der Empfängerserver meldet: Adresse sender@ourdomain existiert nicht"): a refusal of the
sender, never the prospect's box gone (a false hard review 105 found). The engine, which knows both sides, asks.

Review 106 reads the same of OUR DOMAIN said missing ("recipient server reports: domain <our domain> does not
exist": a sender-domain check, Postfix's reject_unknown_sender_domain) and of another address AT our domain (a
sender-verification callout on a colleague's or a role address of ours, Exim's "verify = sender/callout"), where the
prospect's domain is nowhere in the reply: a mailbox or domain of ours cannot be the prospect's at another domain.
Where the prospect's domain is ours or related to it (a colleague mailed), or ours is a mail provider's (free mail:
an address at gmail.com is anyone's), the reading stands. And of the German polite "Ihre Adresse" inside a sentence
("laut dem Empfängerserver existiert Ihre Adresse nicht", review 99's false hard): capitalised there, "Ihre" is the
reader's, our sender's; lowercase "ihre" (her, their) is the recipient's and stays."""

from __future__ import annotations

import re
from collections.abc import Callable

from classifier import guard, remote, severity
from classifier.sender_words import ADDRESS_NOUNS, RECIPIENT_FATE, RECIPIENT_ROLE, SENDER_NOUNS, SPEAKS

# The words that say a thing is missing, right after the address or domain named.
_MISSING = (r"(?:does not exist|doesn't exist|not exist|existiert nicht|nicht vorhanden|unknown|unbekannt|not found|"
            r"no existe|non esiste|n(?:ã|a)o existe|nu exist|n'existe pas|inconnue?|не существует|не найден|不存在|"
            # ...and, review 109 (false hards on our own address): "no longer exists", "no such user", Dutch "bestaat
            # niet", Polish "nie istnieje", Czech "neexistuje", French "n'existe plus".
            r"no longer exists?|no such user|bestaat niet|nie istnieje|neexistuje|n'existe plus|"
            # ...and, review 112 (false hards under 5.1.1): "could not be found", "invalid", German "ungültig",
            # Swedish "finns inte", Danish "findes ikke", Norwegian "finnes ikke".
            r"could ?n[o']t be found|cannot be found|invalid|not valid|ungültig|finns inte|findes ikke|finnes ikke|"
            # ...and, review 146 (false hards): the German and Dutch verb-final order ("weil die Adresse <ours> nicht
            # existiert", "omdat het adres <ours> niet bestaat").
            r"nicht (?:mehr )?existiert|niet (?:meer )?bestaat)")
# The address nouns, and English "mailbox", "user", "account" before an address ("recipient server reports: mailbox
# <ours> does not exist": review 109, a false hard), and the Scandinavian definite "adressen" (review 112).
_NOUNS = r"(?:" + ADDRESS_NOUNS + r"|mailbox|user|account|adressen)"
# An address noun right before the address it names, as NOT_SPEAKING's address clause reads them; a whole word, in
# no role ("User unknown (sender address <ours>)", "from address", "Absender-Adresse": our address only noted beside
# the recipient's absence, which stays the recipient's).
# ("Originator", RFC 5321's word for the sender, "return-path", "reply to": roles too, review 112's false softs.)
_ADDRESS_NAMED = re.compile(r"(?<![\w-])(?<!sender )(?<!from )(?<!reply-to )(?<!return )(?<!envelope )(?<!bounce )"
                            r"(?<!von )(?<!absender )(?<!remitente )(?<!mittente )(?<!expéditeur )(?<!originator )"
                            r"(?<!return-path )(?<!reply to )"
                            + _NOUNS + r"[\s:：]{1,3}<?([^\s@<>\"]{1,64}@[^\s<>\"(),;]{1,255}?)>?"
                            # ...said missing right after it (not only named: "Mailbox unknown. Your address <ours>
                            # has been logged" is the recipient's absence), the missing word not the next noun's
                            # ("address <ours>: unknown recipient": the recipient's, review 112; any RECIPIENT_ROLE
                            # noun, "unknown receiver / ontvanger / 收件人": review 113's false softs).
                            r"[\s:：,]{1,3}(?:is |was |ist |est |è |é |es |user |mailbox |benutzer |postfach )?"
                            # Not when the recipient is then said refused or not tried (sender_words.RECIPIENT_FATE:
                            # ours still the thing missing); an inflected German "unbekannter Empfänger" the
                            # recipient's too (review 115).
                            + _MISSING + r"(?!\w{0,3}[ \t]+(?:" + RECIPIENT_ROLE + r"|destination\b)(?!"
                            + RECIPIENT_FATE + "))")
# ...or an address the reply OPENS with, said missing right after it, no noun before it: the layout where the address
# is the reply's subject (Sendmail's "550 5.1.1 <a>... User unknown", Postfix's "<a>: ...", qmail's and qpsmtpd's
# "<a> has no mailbox (here) by that name"). Our own address there is ours gone (review 145's false hard, "550 5.7.1
# <ours> has no mailbox by that name", and review 154's): never where it stands in a role ("User unknown (sender
# <ours>)", "From <ours>: recipient has no mailbox": no opening) or a recipient's noun follows the absence word.
_OPENING_ADDRESS = re.compile(r"(?:^|\bsaid: |\bwas: |\b[245]\d\d[ -])(?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?"
                              r"<([^\s@<>\"]{1,64}@[^\s<>\"]{1,255}?)>(?:\.{3}|:)?[ \t]+"
                              r"(?:has no mailbox(?: here)? by that name|(?:user |mailbox )?" + _MISSING
                              + r"(?!\w{0,3}[ \t]+(?:" + RECIPIENT_ROLE + r")))")
# ...or an address right AFTER the absence said of a user or a mailbox, as its label ("550 User not found:
# <ours>", "No such user: <ours>", "Unknown user <ours>": NetEase's and other servers' form, the missing one named
# after the words). Our own address there is ours missing, a sender check (review audit59: a false hard).
_ADDRESS_AFTER = re.compile(r"(?<![\w-])(?:(?:user|mailbox|account) (?:not found|unknown|does not exist|doesn't exist)"
                            r"|no such (?:user|mailbox|account)|unknown (?:user|mailbox|account))"
                            r"[ \t]*[:=-]?[ \t]*<?([^\s@<>\"]{1,64}@[^\s<>\"(),;]{1,255}?)>?(?=[\s,;)]|\.(?!\w)|$)")
# A domain noun right before the domain it names, said missing right after it ("domain example.com does not exist",
# "Domain example.com ist unbekannt", "el dominio example.com no existe"); not "from domain <d>" (a role: the
# message's sender named), nor a user or a mailbox said missing after the domain ("domain <d>: user unknown").
# (French "domaine", Polish "domena": review 129's false softs, "Cher expéditeur, le domaine <x> n'existe pas".)
_DOMAIN_NOUNS = ("domain", "domäne", "dominio", "domínio", "domein", "domeniul", "домен", "domaine", "domena")
_DOMAIN_NAMED = re.compile(r"(?<![\w-])(?<!from )(?<!via )(?:" + "|".join(_DOMAIN_NOUNS) + r")[\s:：]{1,3}"
                           # ...the DNS root's trailing dot allowed ("domain example.com. does not exist", review 109).
                           r"<?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})\.?>?(?![\w@-]|\.\w)"
                           r"[\s:：,]{1,3}(?:is |was |ist |est |è |é |es )?" + _MISSING)
# German verb-second with the polite "Ihre" inside the sentence (case kept: "ihre" is her / their); up to three
# words (no address: letters only) before "nicht" ("bei uns", "in unserem System", "leider": review 109's false hards), and "Ihre
# Absenderadresse" (your sender address). Not "Ihre angeschriebene Adresse" / "Ihre Zieladresse" (the address
# written to: the recipient's, review 106's audit rows).
_YOUR_ADDRESS = re.compile(r"\b(?:existiert|gibt es) Ihre (?:(?:E-Mail-|Mail-)?Adresse|Absender-?(?:[Ee]-?[Mm]ail-?)?"
                           r"[Aa]dresse)(?: [A-Za-zÄÖÜäöüß]+){0,3} nicht\b")


def ours_named(diagnostic: str, recipient: str,
               own: Callable[[], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Does the reply say missing only our own addresses (`own()`'s, or others at our domains), or our domain, or
    "Ihre Adresse", and never name `recipient` (nor its domain, where the address or domain said is not exactly
    ours)?"""
    low = diagnostic.lower()
    recipient = recipient.lower()
    if recipient and _said(recipient, low):
        return False  # the prospect's own address
    rdomain = recipient.rpartition("@")[2]
    said = _ADDRESS_NAMED if "@" in low and _ADDRESS_NAMED.search(low) else _OPENING_ADDRESS
    if "@" in low and said is _OPENING_ADDRESS and not said.search(low) and _ADDRESS_AFTER.search(low):
        said = _ADDRESS_AFTER
    if "@" in low and (named := {a.rstrip(".:!?") for a in said.findall(low)}):
        if _local_part_after(said, low, recipient):
            return False  # "<ours>: unknown user lead": ours only a label, the prospect's user the one missing
        addresses, domains = own()
        if named <= addresses - {recipient}:
            return not _recipient_missing_besides(said, low)
        ours = _our_domains(domains, rdomain, low)
        return bool(ours) and all(_under(a.rpartition("@")[2], ours) for a in named) \
            and not _recipient_missing_besides(said, low)
    if any(noun in low for noun in _DOMAIN_NOUNS) and (said := set(_DOMAIN_NAMED.findall(low))):
        ours = _our_domains(own()[1], rdomain, low)
        return bool(ours) and all(_under(d, ours) for d in said) and not _recipient_missing_besides(_DOMAIN_NAMED, low)
    return "Ihre" in diagnostic and not (rdomain and _said(rdomain, low)) and bool(_YOUR_ADDRESS.search(diagnostic)) \
        and not _recipient_missing_besides(_YOUR_ADDRESS, diagnostic)


def _local_part_after(pattern: re.Pattern[str], low: str, recipient: str) -> bool:
    """Is the prospect's user (`recipient`'s local part) named after the absence `pattern` says of an address, as a
    user, a mailbox or after a colon or quote ("<ours>: unknown user lead", "<ours>: no such user: lead")? Then the
    address before it only labels the reply (review 156: false softs of review 154's _OPENING_ADDRESS); a word that
    merely contains it ("leader") or stands bare in a sentence ("more info") is not the user named."""
    local = recipient.partition("@")[0]
    if not local or local not in low:
        return False  # (each match holds the user: no pattern is made for a reply without it)
    user = re.compile(r"(?:(?:user|mailbox|account|recipient|benutzer|usuario|utilisateur)[ \t]+|[:\"'<][ \t]*)"
                      + re.escape(local) + r"(?![\w@.+-]|\.\w)")
    return any(user.search(low, m.end()) for m in pattern.finditer(low))


# RFC 3463 X.1.7 / X.1.8: the status itself says the bad address is the sender's.
_SENDER_STATUS = re.compile(r"[45]\.1\.[78]\b")


def theirs_named(diagnostic: str, recipient: str, status: str | None,
                 own: Callable[[], tuple[frozenset[str], frozenset[str]]]) -> str | None:
    """The other way round (review 127): does a reply read as ours (a greeting to the sender, review 99's opening
    "Ihre Domain") say missing only `recipient` itself ("userunknown": "Estimado remitente: ... la dirección <it> no
    existe") or only its domain ("hostunknown": "Ihre Domain <its domain> existiert nicht"), naming none of our
    addresses or domains and under no sender status? The name said missing is the one mailed: the recipient's
    absence (Sisimai 4.25 reads them so from 5.1.1 / 5.1.2; reviews 103 and 104 left them strict xfails)."""
    low = diagnostic.lower()
    recipient = recipient.lower()
    rdomain = recipient.rpartition("@")[2]
    if not rdomain or not _said(rdomain, low) or (status and _SENDER_STATUS.match(status)):
        return None
    addresses, domains = own()
    if any(_said_missing(name, low) for name in addresses | domains) or _sender_refused_clause(low, rdomain):
        return None  # ours named and said missing in its clause (the prospect only noted beside it): the reading stands
    if named := {a.rstrip(".:!?") for a in _ADDRESS_NAMED.findall(low)}:
        return "userunknown" if named == {recipient} and not _said_of_us(_ADDRESS_NAMED, diagnostic, low) else None
    said = set(_DOMAIN_NAMED.findall(low))
    return "hostunknown" if said and all(_said(d, rdomain) for d in said) \
        and not _said_of_us(_DOMAIN_NAMED, diagnostic, low) else None


def ours_refused(diagnostic: str, recipient: str, own: Callable[[], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Is one of our addresses or domains said missing, unverified or failing SPF / DMARC in a clause of its own
    (`_said_missing` with `_UNVERIFIED`)? Not merely "not allowed", "rejected", "blocked": the recipient's own choice
    may say those of our sender ("sender <ours> not allowed by the recipient", review 117's rows). Review 144: or the
    sender by its noun, as its clause's subject, nothing of the prospect's there ("the sender's domain has no MX
    record")."""
    low = diagnostic.lower()
    addresses, domains = own()
    return any(_said_missing(name, low, _UNVERIFIED) for name in addresses | domains) \
        or _sender_refused_clause(low, recipient.lower().rpartition("@")[2], _UNVERIFIED)


# Review 129's false hards on theirs_named: the prospect's name said missing, but of US. After the missing word, in
# its clause and near (not "..., please check your list", "(sender notified)"), a sender's noun or "your" ("address
# <prospect>: unknown sender", "unbekannter Absender", "<prospect> is not valid for mail from your domain", "domain
# <prospect's> not found in the SPF record of your domain"): the word qualifies us. Before the noun, in its clause,
# "your" + a noun + more words ("Ihre Adresse ist der Domain <prospect's> unbekannt", "your address is not known at
# domain <prospect's>"): the thing unknown is ours, the prospect's name only where. Not the "your" that is the named
# noun's own ("Ihre Domain <prospect's> existiert nicht", review 127's rows). Words to the reader: en "your", fr
# "votre/vos", it "vostro", nl "uw", pl "twój", ru "ваш", the German polite "Ihre" capitalised (lowercase "ihre" is
# her / their; Spanish "su" and Portuguese "seu" are his / her / their too, left out).
# The sender's noun in any case (the whole grid's upper_diagnostic: "ADDRESS <lead>: UNKNOWN SENDER" read hard).
_YOURS = r"(?:\b(?i:your|yours|votre|vos|vostr[aoie]|uw|tw(?:ó|o)j\w{0,2}|ваш\w{0,2})\b|\bIhre[mnrs]?\b)"
# (The noun never an address's local part: "for mail from sender@<ours>" is no sender's noun, review 135.)
_SENDER_AFTER = re.compile(r"[^.;:!?\n,(]{0,40}?(?:(?i:" + SENDER_NOUNS + r")(?![\w.+=-]*@)|" + _YOURS
                           + r")")
_YOUR_THING_BEFORE = re.compile(_YOURS + r"\s+\S+\s+\S")


def _said_of_us(clause: re.Pattern[str], diagnostic: str, low: str) -> bool:
    """Does a clause of `clause` (said missing) in `low` speak of us after its missing word or before its noun?"""
    text = diagnostic if len(diagnostic) == len(low) else low  # (the case kept for "Ihre", where lowering kept places)
    for m in clause.finditer(low):
        if _SENDER_AFTER.match(text, m.end()):
            return True
        start = max(text.rfind(p, 0, m.start()) for p in ".;:!?,\n")
        if _YOUR_THING_BEFORE.search(text, start + 1, m.start()):
            return True
    return False


# "Your domain" said missing, the "your" unambiguous (not Spanish "su", Portuguese "seu": his / her / their too; the
# German polite "Ihre" capitalised), no domain named after it.
_YOUR_DOMAIN_MISSING = re.compile(r"(?:\b(?i:your|votre|vostro|uw)|\bIhre) (?i:domain|domaine|dominio|domein)"
                                  r"[\s:：,]{1,3}(?i:(?:is |ist |est |è )?" + _MISSING + ")")


def our_domain_beside(diagnostic: str, recipient: str,
                      own: Callable[[], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Review 129: a reply the words read as the prospect's domain missing (hostunknown) that names the prospect's
    domain only as the host or domain that speaks ("partner.example: domain <ours> does not exist", "Host <prospect's
    domain> meldet: Ihre Domain existiert nicht") and says missing only OUR domain or a host under it ("domain
    mail.<ours> does not exist") or "your domain": our sender's domain refused (Postfix's reject_unknown_sender_domain
    as admins word it), never the prospect's domain, which answered. ours_named leaves these alone (the prospect's
    domain is in the reply); a domain said missing that is the prospect's, related to it or a third one stays."""
    low = diagnostic.lower()
    rdomain = recipient.lower().rpartition("@")[2]
    if any(f in low and re.search(r"(?<![\w.-])" + re.escape(f) + r"\.?>?[\s:：,]{1,3}(?:is |ist |est |è |es )?" + _MISSING,
                                  low) for f in _forms(rdomain)):  # (each match holds the domain: none searched without)
        return False  # the prospect's own domain said missing too, in either IDN form (review 109's rows)
    if said := set(_DOMAIN_NAMED.findall(low)):
        ours = frozenset(d for d in own()[1] if not (_under(d, {rdomain}) or _under(rdomain, {d}))
                         and remote.provider_of(remote_mta=d, address="@" + d, text="") is None)
        return bool(ours) and all(_under(d, ours) for d in said) and not _recipient_missing_besides(_DOMAIN_NAMED, low)
    return bool(_YOUR_DOMAIN_MISSING.search(diagnostic)) \
        and not _recipient_missing_besides(_YOUR_DOMAIN_MISSING, diagnostic)


def _recipient_missing_besides(said: re.Pattern[str], text: str) -> bool:
    """Does the reply, without the clauses that say ours missing, still say the recipient is missing ("Recipient
    mailbox does not exist (domain <ours> unknown)")? Then the recipient's absence is stated in its own words and
    stands (review 106's audit: false softs, our exact address's included)."""
    rest = said.sub(" \0", text)  # (a NUL marks where our clause stood: nothing a reply can hold)
    # The rest of our clause's own sentence goes too ("<ours> unknown to the recipient", "inconnue du destinataire",
    # "finnes ikke hos mottakeren": whom ours is unknown to, review 112's controls; "<ours>: unknown user", unsaid).
    return severity.says_no_such_recipient(rest) or speaks_of_recipient(_OUR_CLAUSE_REST.sub(" ", rest.lower()))


def speaks_of_recipient(low: str) -> bool:
    """Does lowercase `low` name a recipient or a mailbox, not as the server that speaks nor as a server's owner?"""
    return bool(_RECIPIENT_NOUN.search(_SERVERS_OWNER.sub(" ", low)))


# The recipient's or a mailbox's noun left beside our address said missing, in any of sender_words' languages ("Adressat
# unbekannt", "Ukendt modtager", "No mailbox by that name", "該当ユーザーなし": review 112's false softs, words the
# lexicon does not know): the reply speaks of the recipient too, whose reading stands. Not as the one that speaks
# ("recipient server reports", "Empfängerserver meldet") nor as a server's owner ("le serveur du destinataire"), nor
# as whom ours is unknown at ("Beim Empfänger existiert Ihre Adresse nicht"), nor said accepted or valid.
_OUR_CLAUSE_REST = re.compile(r"\0[^.;!?\n()]*")
_RECIPIENT_NOUN = re.compile(r"(?<![a-z\u00c0-\u024f])(?<!beim )(?<!bei dem )(?<!für den )(?<!to the )(?<!hos )(?:"
                             + RECIPIENT_ROLE
                             + r"|mailbox|(?<!your )user|adressat|käyttäj|ユーザ|用户)(?!" + SPEAKS + r"|\w{0,4} szerver)"
                             r"(?![^.;!?\n]{0,30}\b(?:accepted|ok|valid|exists)\b)")
_SERVERS_OWNER = re.compile(r"(?:server|serveur|servidor|serwer|сервер\w{0,2})\s(?:\S+\s){0,2}?(?:" + RECIPIENT_ROLE
                            + r")\w*")


def _our_domains(domains: frozenset[str], rdomain: str, low: str) -> frozenset[str]:
    """Our domains that say nothing of the prospect's: none where the reply names the prospect's domain, and none
    that is the prospect's or related to it (mail to our own domain) or a mail provider's (free mail)."""
    if not rdomain or _said(rdomain, low):
        return frozenset()
    return frozenset(d for d in domains if not (_under(d, {rdomain}) or _under(rdomain, {d}))
                     and remote.provider_of(remote_mta=d, address="@" + d, text="") is None)


def _said(name: str, low: str) -> bool:
    """Is the prospect's address or domain `name` in the reply `low`, as a whole name, in either of its IDN forms?
    Not inside another name: the prospect's ample.com inside our example.com, its host mx1.example.org, the one
    that speaks (review 109's false hards); but its Unicode form where the DSN gave punycode (review 109's false
    soft: 'domain müller.example does not exist' for lead@xn--mller-kva.example) and the other way round."""
    # A domain after "@" is named (another address at the prospect's domain); an address after "+" or "." is not.
    # (Each match holds the name: a reply without it is not searched, nor is a pattern made for it.)
    return any(f in low and (re.search(r"(?<![\w.-])" + re.escape(f) + r"(?![\w-]|\.[^\W_])", low) if "@" not in f
                             else re.search(r"(?<![\w.+-])" + re.escape(f) + r"(?![\w-]|\.[^\W_])", low))
               for f in _forms(name))


# A clause's end around our name: a semicolon, a bracket, a comma, a new line, a sentence's stop (not a name's dot).
_CLAUSE_END = re.compile(r"[;!?\n(),]|\.(?:\s|$)")
# ...or refused ("Sender verify failed for <ours>", "sender <ours> rejected"; not "is not blocked"): ours is the thing
# refused, and the prospect's absence beside it may be that refusal's (review 135's controls): the reading stands.
# Review 139: our sender refused in the words real servers use beyond those (false hards on the prospect): Postfix
# smtpd_check.c's "need fully-qualified address", Exim's log "sender verify fail for <ours>", "unrouteable address",
# qmail's "domain must exist", sendmail's "does not resolve", "not accepted", "could not be verified", SPF's "fail",
# and the German, French, Spanish and Dutch refusal words ("Absender <ours> nicht erlaubt", "refusée", "rechazada",
# "geweigerd"). Still never "not blocked", "no failure" (a negation before the word).
_MISSING_WORD = re.compile(_MISSING + r"|(?<!not )(?<!n't )(?<!no )(?<!never )\b(?:rejected|refused|denied|failed|fail|"
                           r"failure|blocked|blacklisted|blocklisted|banned|forbidden|prohibited|undeliverable|"
                           r"unverified|unverifiable|unroutable|unrouteable|spoofed|forged|not allowed|not permitted|"
                           r"not accepted|not authori[sz]ed|need fully-qualified|must exist|does not resolve|"
                           r"not an? (?:valid|existing|known)|(?:has )?no (?:mx|dns|a)\b(?: or a)?(?: records?)?|(?:un|not )resolvable|"
                           r"(?:could|can) ?n[o']t be verified|verif\w{0,9} fail\w{0,3}|"
                           r"abgelehnt|abgewiesen|zurückgewiesen|nicht erlaubt|nicht zugelassen|gesperrt|"
                           r"refusée?|rejetée?|interdite?|non autorisée?|rechazad[oa]|denegad[oa]|no permitid[oa]|"
                           r"bloquead[oa]|geweigerd|afgewezen|niet toegestaan|geblokkeerd)(?!\w)")


# Missing, or failing a check of its existence or authentication: no one's choice (review 139).
_UNVERIFIED = re.compile(_MISSING + r"|(?<!not )(?<!no )\b(?:unverified|unverifiable|unroutable|unrouteable|"
                         r"need fully-qualified|must exist|does not resolve|(?:could|can) ?n[o']t be verified|"
                         r"not an? (?:valid|existing|known)|(?:has )?no (?:mx|dns|a)\b|(?:un|not )resolvable|"
                         r"verif\w{0,9} fail\w{0,3}|(?:spf|dkim|dmarc)\b[^;,()]{0,20}\bfail\w{0,3})(?!\w)")


_COLON = re.compile(r"[:：](?:\s|$)")


def _said_missing(name: str, low: str, words: re.Pattern[str] | None = None) -> bool:
    """Is our address or domain `name` named in `low` in a clause that says a thing missing or refused ("address <ours>
    does not exist", "unknown sender <ours>", "Sender verify failed for <ours>")? Review 135's false softs: named only beside the
    prospect's own address said missing ("address <prospect> does not exist (mail from <ours>)", "sender <ours> ok",
    "Your domain <ours> is not blocked."), ours is no thing missing and the prospect's absence stands."""
    for form in _forms(name):
        if form not in low:
            continue  # (each match holds the form: none searched without it)
        rx = r"(?<![\w.-])" if "@" not in form else r"(?<![\w.+-])"
        for m in re.finditer(rx + re.escape(form) + r"(?![\w-]|\.[^\W_])", low):
            # Before it, its own few words only: never the prospect's clause it follows ("address <prospect> does not
            # exist for mail from <ours>": the prospect's absence, review 135).
            # (Nor across a colon: "address <prospect> unknown: mail from <ours>", review 139's false softs.)
            before = _COLON.split(_CLAUSE_END.split(low[max(0, m.start() - 80):m.start()])[-1])[-1].split()[-4:]
            before = " ".join(before[max((i + 1 for i, w in enumerate(before) if "@" in w), default=0):])
            after = _CLAUSE_END.split(low[m.end():m.end() + 80])[0]
            if _affirmed(words or _MISSING_WORD, before) or _affirmed(words or _MISSING_WORD, after):
                return True
    return False


# Review 144: a negation that reaches a refusal word across a list of them ("sender <ours> neither rejected nor
# blocked", "not spoofed or forged": the look-behinds see only "nor " / "or "; the prospect's absence beside it read
# ours, a false soft); not one earlier in the clause that negates something else ("not resolvable: rejected"). A
# missing phrase that holds its own negation ("not found", "does not exist") starts at it.
# Review 147: nor past an auxiliary or a time adverb ("the sender has not been blocked", "is not currently / no longer
# blocked":
# the prospect's absence beside it read ours, false softs).
_NEGATION = re.compile(r"(?:\b(?:not|no|never|neither|without|nicht|kein\w{0,2}|weder|ni|pas|jamais|niet|geen|nunca)"
                       r"|n't)\s+(?:(?:been|be|being|currently|yet|ever|presently|now|actually|longer)\s+){0,2}"
                       r"(?:[\w-]+,?\s+(?:or|nor|and|oder|noch|ou|o|of|ni)\s+)?$|\b(?:nor|noch|tampoco)\s+$")


def _affirmed(words: re.Pattern[str], text: str) -> bool:
    """Does `text` say one of `words` with no negation reaching it?"""
    return any(not _NEGATION.search(text[:m.start()]) for m in words.finditer(text))


# A clause of its own naming the sender by its noun or "your envelope / sender / domain" (not an address's local part:
# "sender@<ours>"), no name of the prospect's in it, that says a refusal or an absence: qmail-smtpd's "sorry, your
# envelope sender domain must exist (#5.7.1)" after "address <prospect> invalid" (review 139: a false hard, our name
# nowhere for `_said_missing` to find). The prospect's absence beside it was that refusal's.
# Review 144: the sender as the clause's subject, the refusal said of it within three words after the noun, not negated
# ("sender domain must exist", "envelope sender is blacklisted"); not a sender only named ("rejected and returned to
# the sender", "the sender is told that delivery failed", "an den Absender"), nor senders in general ("mail from
# unsolicited senders is rejected"): the server's notes beside the prospect's absence, which stands (false softs).
# Review 147: nor the sender as an agent or a message's owner ("sent by the sender", "the sender's message was
# rejected", "el mensaje del remitente fue rechazado": the message refused, the prospect's absence beside it read ours,
# false softs); its domain or address ("the sender's domain has no MX record") is still the sender's.
# (Through guard.Worded: its leading look-behinds were tried at every offset, 0.4 s over a fuzzed 1 MB reply.)
_SENDER_IN_CLAUSE = guard.Worded(re.compile(r"(?:(?<!\bto )(?<!\bto the )(?<!\bfrom )(?<!\bfrom the )(?<!\ban den )(?<!\bau )(?<!\bal )"
                               r"(?<!\bby )(?<!\bby the )(?<!\bmensaje del )(?<!\bcorreo del )(?<!\bmessage de l')"
                               r"(?<!\bnachricht des )(?<!\bmessaggio del )"
                               r"\b(?:" + SENDER_NOUNS + r")(?![\w.+=-]*@)(?!(?<=\bsender)s\b)"
                               r"(?!['’]s (?:e-?mail |mail )?(?:message|mail|e-?mail|letter)\b"
                               r"(?! ?(?:server|domain|host|system|address)))|\b(?:your|votre|vostro|uw|ihre) "
                               r"(?:envelope|sender|domain|domaine|dominio|domein|absender|mail server|ip))"))


# (Its next words: six, up to a conjunction that opens another clause, "the sender is told that delivery failed".)
_NEXT_CLAUSE = re.compile(r"\b(?:that|and|but|so|because|dass|und|weil|que|et|dat|en)\b")


def _own_clause(after: str) -> str:
    """The sender noun's next words up to a conjunction that opens another clause; not one right after the noun,
    which joins another subject to it or opens a relative clause ("the sender and its domain are rejected", "de
    afzender en zijn domein zijn geweigerd", "el remitente que usted usa fue rechazado": review 147's false hards)."""
    cut = _NEXT_CLAUSE.search(after, len(after) - len(after.lstrip()) + 1)
    return after[:cut.start()] if cut else after


def _sender_refused_clause(low: str, rdomain: str, words: re.Pattern[str] = _MISSING_WORD) -> bool:
    """Does a clause of `low` without the prospect's domain say the sender (by its noun) refused or missing?"""
    return any(not _said(rdomain, c) and any(
        _affirmed(words, _own_clause(" ".join(c[s.end():].split()[:6])))
        for s in _SENDER_IN_CLAUSE.finditer(c)) for c in _CLAUSE_END.split(low))


def _forms(name: str) -> set[str]:
    """An address or domain in both its IDN forms (Unicode and punycode), where it is a valid IDN."""
    forms = {name}
    local, at, domain = name.rpartition("@")
    try:
        forms.add(local + at + (domain.encode("ascii").decode("idna") if "xn--" in domain
                                else domain.encode("idna").decode("ascii")))
    except UnicodeError:
        pass  # not a valid IDN: its one form
    return forms


def _under(name: str, domains: set[str] | frozenset[str]) -> bool:
    """Is `name` one of `domains` or a host under one?"""
    return any(name == d or name.endswith("." + d) for d in domains)
