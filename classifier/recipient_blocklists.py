"""A recipient's OWN block list, reject list or filter rule refusing our sender, in English and eleven more languages
(review blocks36, tests/classifier/review_blocks36.py cites each): the recipient's choice of senders, `filtered` with
the recipient's scope (taxonomy: "the recipient blocks the sender"). The generic tables read the list's noun
("blacklist", "block list") as our host on a DNS block list, `blocked` with the sender's scope, which pages a person and
pauses our mailbox for a prospect's personal list; and at RCPT under 5.7.1 the status' securityerror default won.
`soft_wordings.recipient_choice` asks `own_list`, behind its guard for words that name our host ("IP address
blacklisted by recipient" is a block of our IP). Never a list of the server's own for everyone ("envelope sender
blacklisted", a bare "sender is blacklisted": whose list, the words do not say)."""

from __future__ import annotations

import re

from classifier.guard import Worded
from classifier.records import Reason

# The list's noun: a reject, block, blocked-senders, black or deny list ("block-list", "blacklist", "blocked senders list").
_LIST = r"(?:reject|block|blocked[ -]senders?|black|deny|ban)[ -]?list"
# The recipient as the one who holds the list or refused us; "the recipient's settings / filter / rules" are its own,
# "the recipient's server / system / provider" its host's (soft_wordings' host guard, review 56).
_WHO = r"(?:recipient|user|addressee|mailbox owner)"
_HOST = r"(?:mail |e-?mail )?(?:server|system|host|mta|gateway|provider|isp|network|firewall|domain|organi[sz]ation)"
RECIPIENTS_HOST = re.compile(rf"\bby the recipient'?s {_HOST}\b")

OWN_LIST = re.compile(
    # "by user's reject list" (Naver, the Korean portals), "the recipient's personal block list", "the recipient's
    # blocked senders list" (Outlook.com / Exchange), "the user block list" (Sophos XGEMAIL_0009).
    # The owner in the genitive, or "user" before the list: "the recipient block list" alone may be a server's list of
    # barred RECIPIENTS (MDaemon's Recipient Block List), the recipient's own address refused, not its choice.
    rf"\b(?:{_WHO}'s|{_WHO}s'|user) (?:own |personal |private )?(?:\w+ )?{_LIST}\b"
    rf"|\b(?:personal|private) {_LIST}\b"
    # "Sender blacklisted by recipient", "blocked by the user", "blocked by the recipient's settings" (not its server).
    # Not "refused by recipient policy" (a domain's policy: tests/classifier/test_formats.py reads it onhold).
    rf"|\b(?:blocked|blacklisted|blocklisted|banned|refused|rejected) by (?:the )?{_WHO}\b"
    rf"(?!(?:'s|s')? (?:{_HOST}|polic(?:y|ies))\b)"
    # "The recipient has chosen not to receive mail from you"; "Recipient has rejected your message (blocked sender)".
    r"|\b(?:recipient|addressee) has (?:chosen|decided|elected|opted) not to (?:receive|accept)\b"
    r"|\brecipient has (?:rejected|refused|blocked|blacklisted) (?:your|the|this) (?:message|mail|e-?mail)"
    # Coremail's bounce hint "User in blacklist" (icoremail.vip: the recipient user's blacklist holds the sender);
    # iRedAPD's per-user blacklist as Postfix words its policy REJECT at RCPT ("Recipient address rejected:
    # Blacklisted"); SpamAssassin's per-user blacklist_from rule (USER_IN_BLACKLIST, renamed USER_IN_BLOCKLIST).
    r"|\buser in blacklist\b|\brecipient address rejected: blacklisted\b|\buser_in_bl(?:ack|ock)list\b"
    # German, French, Spanish, Italian, Portuguese, Dutch, Polish: blocked BY the recipient, or the recipient's list.
    r"|\b(?:vom|von dem) empf(?:ä|a)nger (?:\w+ )?(?:blockiert|gesperrt|abgelehnt|abgewiesen)"
    r"|\b(?:sperrliste|blacklist|blockierliste|schwarzen liste) des (?:empf(?:ä|a)ngers|benutzers)\b"
    r"|\b(?:bloqu|refus|rejet)(?:é|e)e?s? par (?:le |la )?destinataire\b"
    r"|\bliste (?:noire|de blocage) du destinataire\b"
    r"|\b(?:bloquead|rechazad)[oa]s? por el destinatario\b|\blista negra del destinatario\b"
    r"|\b(?:bloccat|rifiutat)[oa] dal destinatario\b|\blista nera del destinatario\b"
    r"|\b(?:bloquead|rejeitad|recusad)[oa]s? pelo destinat(?:á|a)rio\b|\blista negra do destinat(?:á|a)rio\b"
    r"|\bgeblokkeerd door de ontvanger\b|\bzwarte lijst van de ontvanger\b"
    r"|\b(?:zablokowan|odrzucon)[yaei]? przez odbiorc(?:ę|e)\b|\bczarnej li(?:ś|s)cie odbiorcy\b"
    # Russian: on the recipient's black list, blocked by the recipient.
    r"|(?:черном|чёрном) списке получателя|(?:заблокирован|отклонен)\w* получателем"
    # Japanese carriers' reception refusal (受信拒否設定), Korean portals' reception block (수신차단 / 수신거부),
    # Chinese providers' "the recipient put you on its blacklist" / "refused by the recipient" (收件人拒收).
    r"|受信拒否|수신 ?(?:을 )?(?:차단|거부)|(?:收件人|对方)(?:已经?)?将您加入了?(?:其)?黑名单|收件人拒收")
# Speed only (guard.Worded): searched only where a word every match holds is ("blocked by ", "block list",
# "destinataire"...). The pattern tried every alternative at nearly every offset of each reply that
# soft_wordings.recipient_choice asks about, ~50 microseconds a reply; most hold none of the words.
_OWN_LIST_SEEN = Worded(OWN_LIST)


# Our host named: an IP (the word "IP" in every language: "su IP", "Ihre IP", "IP-адрес", and beside CJK words with no
# space: "送信元IPアドレス", "您的IP地址", "발송 IP가"), a client's address, a DNS list (a Sieve script may quote a Received
# line's check; not a URL's "?ip=<ours>": Facebook's RCP-P2 link beside "Refused due to recipient preferences"), our mail
# server ("your mail server is blacklisted", "su servidor", "votre serveur": audit 38, each read
# the recipient's own list, a wrong scope), never its people ("contact your mail server administrator", a help line
# under the recipient's own list: the lead's merge review; "your mail server's administrator": audit 39). IPv4 / IPv6
# too ("your IPv6 address ... blacklisted", read the recipient's list: audit 39); not "ip" in a URL's path or query
# ("?topic=ip-blocks"), in a host name ("ip-172-31-5-9.partner.example", EC2's default names), nor an IP allow list
# (a help line's "IP whitelisting is not available"): each read our host blocked under the recipient's own list. Nor a
# host name "ip.<domain>" (a help link), nor our server cleared ("Your mail server delivered it correctly", "Votre serveur
# n'est pas en cause"): audit 40, the recipient's own list read a block of our host, a sender page.
_OUR_HOST = re.compile(r"(?<![a-z0-9_?&=/.-])ip(?:s|v4|v6)?(?![a-z0-9_=]|-\d|\.[a-z]| ?(?:white|allow) ?list)"
                       r"|\b(?:client host|dnsbl|rbl|spamhaus|spamcop|reverse dns)\b"
                       r"|\bclient (?:host )?\[?\d{1,3}\.\d{1,3}\."
                       r"|\b(?:your|su|votre|vos|ihr|ihre|il tuo|il vostro|seu|o seu|uw|twój|wasz) (?:e-?mail ?|mail ?|de "
                       r"correo |de messagerie |de e-mail )?(?:servers?|servidor(?:es)?|serveurs?|serwer|mailserver|"
                       r"mail-server|e-mail-server)\b(?!(?:'s|’s)? ?(?:admin|operator|support|provider|team|help|owner|"
                       r"manager|administr|postmaster|betreiber|verwalter)| (?:delivered|is not (?:at fault|the cause|to "
                       r"blame)|n'est pas (?:en cause|responsable)|no es (?:la causa|responsable)|ist nicht (?:schuld|die "
                       r"ursache)))")


def names_no_host(text: str) -> bool:
    """Does lowercase `text`, a block list named in the recipient's own filter's reason (a Sieve `reject`), leave our
    host unnamed? Then the list is the recipient's own (formats/mdn.py), not a block of our IP. "An IP address" is a
    kind of entry, not our host (Sophos' XGEMAIL_0009 "a domain, an IP address, or an email address is in the user
    block list": the recipient's own list, read as our host blocked, a sender page, audit 38), nor are "IPs" listed
    among other kinds ("may hold addresses, domains or IPs": audit 39)."""
    return all(f" {text[:m.start()]}".endswith((" an ", " a ")) or (m.group() == "ips" and text[:m.start()].endswith(
        (", ", " or ", " and "))) for m in _OUR_HOST.finditer(text))


# A negation right before the words: "User unknown (you were not blocked by the recipient)" says no list refused us
# (audit 38: read filtered, a false soft of a missing user).
_DENIED = re.compile(r"(?:\bnot|\bnever|n't|\bnicht|\bnie|\bpas|\bno)\s+(?:been\s+)?$")


def _said(text: str) -> bool:
    """Does lowercase `text` hold a list or rule of the recipient's refusing us, not denied?"""
    return any(_DENIED.search(text, max(0, m.start() - 20), m.start()) is None for m in _OWN_LIST_SEEN.finditer(text))


def own_list(text: str) -> bool:
    """Does lowercase `text` say the recipient's own list or rule refused the sender, our host unnamed? "Client
    192.0.2.25 blacklisted by recipient", "Bloqueado por el destinatario: su IP ... en la lista negra", "Ваш IP-адрес
    заблокирован получателем" block our host (audit 37: read the recipient's choice, a wrong scope)."""
    return _said(text) and names_no_host(text)  # (the list's words first: most replies have none)


class _HostBlockedByRecipient:
    """"Blocked by the recipient" words that name our host: "Ihre IP-Adresse wurde vom Empfänger blockiert", "Wiadomość
    odrzucona przez odbiorcę: adres IP nadawcy jest na czarnej liście", "受信拒否: 送信元IPアドレスがブラックリストに...",
    "Rechazado por el destinatario: su servidor de correo figura en una lista negra". `own_list` leaves them (our host
    named), and where the language's list or block words were in no table the 5.7.1's securityerror spoke, the
    recipient's scope (audit 38: wrong scopes). A block of our host: `blocked`. Searched like a pattern (wording.Wording
    calls `search` of lowercase text)."""

    def search(self, text: str) -> bool:
        return _OWN_LIST_SEEN.search(text) is not None and RECIPIENTS_HOST.search(text) is None \
            and not names_no_host(text) and _said(text)


# Merged into `classifier.phrases.PATTERNS`; `reasons` asks it before the generic "rejected by recipient" reads
# filtered where no stage is named (Gmail's DSN) or after DATA.
HOST_BLOCKED = _HostBlockedByRecipient()
PATTERNS = {Reason.BLOCKED: (HOST_BLOCKED,)}
