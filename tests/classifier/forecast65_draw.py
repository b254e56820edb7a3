"""Forecast 65's draw: 50 (server, language, failure family) triples by random.Random(65), so that the sample is
stratified by nobody's choice. Run `python tests/classifier/forecast65_draw.py` to print the table.

Servers uniform; language weighted (en 5, the others 1) among those the server writes in (an English-speaking relay
that quotes a remote reply counts for every language: the reply is the remote's); family uniform. A triple for which
no source gave a wording is listed in SKIPPED (its draw index) and the draw goes on, so the table stays reproducible."""

from __future__ import annotations

import random

SERVERS = ["Postfix", "Exim", "Sendmail", "qmail", "Exchange Online/Microsoft 365", "Exchange Server 2010-2019",
           "Gmail/Google Workspace", "Domino", "CommuniGate", "Dovecot/Pigeonhole", "Zimbra", "Cisco IronPort",
           "Barracuda", "Mimecast", "Proofpoint", "Yahoo/AOL", "Yandex", "mail.ru", "GMX/WEB.DE", "Orange", "Libero",
           "OVH", "Amazon SES", "SendGrid", "Mailgun"]
WEIGHT = {"en": 5, "de": 1, "fr": 1, "es": 1, "it": 1, "pt": 1, "nl": 1, "pl": 1, "sv": 1, "ru": 1, "ja": 1, "zh": 1}
ALL = tuple(WEIGHT)
# Where a server writes in other languages than English: relays quoting a remote reply (any), localized NDRs.
LANGS = {"Postfix": ALL, "Exim": ALL, "Sendmail": ALL, "qmail": ALL, "Gmail/Google Workspace": ALL,
         "Exchange Online/Microsoft 365": ALL, "Exchange Server 2010-2019": ALL, "Yandex": ("en", "ru"),
         "mail.ru": ("en", "ru"), "GMX/WEB.DE": ("en", "de"), "Orange": ("en", "fr"), "Libero": ("en", "it"),
         "OVH": ("en", "fr")}
FAMILIES = ["no such user", "disabled/suspended mailbox", "mailbox full", "domain does not exist", "relay denied",
            "our IP blocked / block list", "spam/content refusal", "authentication (SPF/DKIM/DMARC)",
            "rate limit/greylisting/delay", "message too big", "sender refused", "mail loop", "system error",
            "non-bounce look-alike"]
# Draw indexes (0-based) whose triple no source gave a wording for; filled in as the rows were written.
ESP = "an ESP: it reports bounces by webhook / event API and its suppression list, mailing no notice (no layout)"
NOSRC = ": no source found for the server's wording of this family"
SKIPPED: dict[int, str] = {
    1: 'Domino' + NOSRC + " (a delay or rate-limit notice of Domino's router)",
    3: "Libero: 'ROUTING SERVER FAILURE' is Libero's DSN to its own senders; no sourced layout of it in English",
    4: 'Sendmail relaying a Japanese SPF/DMARC refusal: no source for a Japanese wording',
    6: 'Orange' + NOSRC + ' (relay refusal; the OFR pages list none)',
    11: 'Orange' + NOSRC + ' (auto-reply or receipt)',
    12: 'Libero' + NOSRC + ' (authentication refusal)',
    13: 'Yahoo' + NOSRC + ' (mailbox full: the Sender Hub list found names none)',
    14: ESP,
    16: ESP,
    17: 'Exchange Server in Polish: no source for its Polish NDR texts nor a Polish disabled-mailbox reply',
    18: 'CommuniGate' + NOSRC + ' (rate limit / greylisting)',
    20: 'Exchange Server in Portuguese: no source for its Portuguese NDR / delay texts',
    22: ESP,
    24: 'mail.ru' + NOSRC + ' (IP block)',
    25: 'GMX / WEB.DE' + NOSRC + ' (auto-reply or receipt)',
    26: "Libero: 'RELAYING NOT ALLOWED (550 Relay Disabled)' is said to Libero's own users' clients; no sourced layout",
    27: 'OVH' + NOSRC + ' (relay refusal)',
    28: 'Proofpoint' + NOSRC + " (it relays the mailbox's own full reply; none of its own)",
    30: ESP,
    32: 'mail.ru in Russian' + NOSRC + ' (system error)',
    33: 'Libero' + NOSRC + ' (spam refusal)',
    35: 'Yahoo' + NOSRC + ' (sender address refusal)',
    37: 'Yandex in Russian' + NOSRC + ' (auto-reply or receipt)',
    39: 'Orange' + NOSRC + ' (mail loop)',
    40: 'mail.ru' + NOSRC + " (disabled mailbox at RCPT; 'message sending ... is disabled' is about its own senders)",
    41: 'Exchange Server in Italian: no source for its Italian NDR texts',
    42: 'mail.ru' + NOSRC + " (mailbox full: only 'Mailbox Full' / 'User quota exceeded' as words inside, no reply)",
    43: 'CommuniGate' + NOSRC + ' (auto-reply or receipt)',
    46: 'Barracuda' + NOSRC + " (it relays the mailbox's own full reply; none of its own)",
    48: 'Amazon SES' + NOSRC + ' (relay refusal)',
    49: 'Libero' + NOSRC + ' (message too big)',
    51: 'CommuniGate' + NOSRC + " (its DNR module's words for an unknown domain)",
    52: 'Yandex' + NOSRC + ' (auto-reply or receipt)',
    53: 'Barracuda' + NOSRC + ' (relay refusal)',
    57: ESP,
    58: 'qmail relaying a Dutch disabled-mailbox reply: no source for a Dutch wording',
    59: 'CommuniGate' + NOSRC + ' (auto-reply or receipt)',
    60: 'GMX / WEB.DE' + NOSRC + ' (message too big)',
    65: ESP,
    67: ESP,
    68: 'Yandex' + NOSRC + " (its 'not owned by auth user' is said to its own users at submission)",
    69: ESP,
    70: 'GMX / WEB.DE in German' + NOSRC + ' (mailbox full; its own notice is English)',
    72: 'Yahoo' + NOSRC + ' (auto-reply or receipt)',
    73: 'Exchange Online in Chinese: no source for its Chinese NDR texts',
    74: 'mail.ru' + NOSRC + ' (sender refusal)',
    75: 'Exchange Server in Swedish: no source for its Swedish NDR texts',
    76: 'Domino' + NOSRC + " (unknown domain: its router's 'No route found to domain' is no sourced wording)",
    77: ESP,
    80: 'CommuniGate' + NOSRC + ' (system error)',
    82: 'Exchange Server in Dutch: no source for a Dutch sender refusal',
    83: 'Sendmail relaying a Portuguese full-mailbox reply: no source for a Portuguese wording',
    84: ESP,
    85: 'Libero' + NOSRC + ' (system error)',
    86: 'Zimbra' + NOSRC + ' (its LMTP over-quota reply)',
    87: 'GMX / WEB.DE in German' + NOSRC + ' (no such user; its own notice is English)',
    88: 'Exchange Online in Spanish: no source for a system-error NDR of its own',
    91: 'Amazon SES' + NOSRC + ' (system error)',
    92: 'Mimecast' + NOSRC + ' (relay refusal)',
    94: 'GMX / WEB.DE' + NOSRC + ' (mail loop)',
    95: 'GMX / WEB.DE' + NOSRC + ' (relay refusal)',
    96: 'Mimecast' + NOSRC + ' (mail loop)',
    98: 'mail.ru' + NOSRC + ' (rate limit)',
    100: 'GMX / WEB.DE' + NOSRC + ' (mail loop)',
    101: 'OVH' + NOSRC + ' (sender refusal)',
    103: 'mail.ru' + NOSRC + ' (rate limit)',
    104: 'CommuniGate' + NOSRC + ' (mail loop)',
    106: 'Postfix in Italian: no source for an Italian success notice or auto-reply through Postfix',
    108: ESP,
    109: 'Gmail in French: no source for its French DSN texts',
    110: 'Orange' + NOSRC + ' (message too big)',
    114: 'Proofpoint' + NOSRC + ' (relay refusal)',
    121: 'Libero' + NOSRC + ' (system error)',
}


def draw(n: int = 50, seed: int = 65) -> list[tuple[int, str, str, str]]:
    rng = random.Random(seed)
    out, i = [], 0
    while len(out) < n:
        server = rng.choice(SERVERS)
        langs = LANGS.get(server, ("en",))
        lang = rng.choices(langs, weights=[WEIGHT[x] for x in langs])[0]
        family = rng.choice(FAMILIES)
        if i not in SKIPPED:
            out.append((i, server, lang, family))
        i += 1
    return out


if __name__ == "__main__":
    for row in draw():
        print(*row, sep=" | ")
