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


# Our host named: an IP (the word "IP" in every language: "su IP", "Ihre IP", "IP-адрес"), a client's address, a DNS
# list (a Sieve script may quote a Received line's check).
_OUR_HOST = re.compile(r"\b(?:ip|ips|ip address|client host|dnsbl|rbl|spamhaus|spamcop|reverse dns)\b"
                       r"|\bclient (?:host )?\[?\d{1,3}\.\d{1,3}\.")


def names_no_host(text: str) -> bool:
    """Does lowercase `text`, a block list named in the recipient's own filter's reason (a Sieve `reject`), leave our
    host unnamed? Then the list is the recipient's own (formats/mdn.py), not a block of our IP."""
    return _OUR_HOST.search(text) is None


def own_list(text: str) -> bool:
    """Does lowercase `text` say the recipient's own list or rule refused the sender, our host unnamed? "Client
    192.0.2.25 blacklisted by recipient", "Bloqueado por el destinatario: su IP ... en la lista negra", "Ваш IP-адрес
    заблокирован получателем" block our host (audit 37: read the recipient's choice, a wrong scope)."""
    return _OWN_LIST_SEEN.search(text) is not None and names_no_host(text)
