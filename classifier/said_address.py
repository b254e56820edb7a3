"""The address a reply says is missing, where it is OUR sender's (review 105).

sender_words.NOT_SPEAKING reads "Dear sender, recipient server reports: address <a@b> does not exist" as the
recipient's absence (review 104): the recipient's server speaks, and the address it names is, most often, the one
mailed. But the words alone cannot tell whose address that is; where it is OUR sender's own (the original's From,
the notice's To) and the prospect's address is nowhere in the reply, the server said OUR address is missing
("Sehr geehrter Absender, der Empfängerserver meldet: Adresse sender@ourdomain existiert nicht"): a refusal of the
sender, never the prospect's box gone (a false hard review 105 found). The engine, which knows both sides, asks."""

from __future__ import annotations

import re
from collections.abc import Callable

from classifier.sender_words import ADDRESS_NOUNS

# An address noun right before the address it names, as NOT_SPEAKING's address clause reads them; a whole word, in
# no role ("User unknown (sender address <ours>)", "from address", "Absender-Adresse": our address only noted beside
# the recipient's absence, which stays the recipient's).
_ADDRESS_NAMED = re.compile(r"(?<![\w-])(?<!sender )(?<!from )(?<!reply-to )(?<!return )(?<!envelope )(?<!bounce )"
                            r"(?<!von )(?<!absender )(?<!remitente )(?<!mittente )(?<!expéditeur )"
                            + ADDRESS_NOUNS + r"[\s:：]{1,3}<?([^\s@<>\"]{1,64}@[^\s<>\"(),;]{1,255}?)>?"
                            # ...said missing right after it (not only named: "Mailbox unknown. Your address <ours>
                            # has been logged" is the recipient's absence).
                            r"[\s:：,]{1,3}(?:is |was |ist |est |è |é |es |user |mailbox |benutzer |postfach )?"
                            r"(?:does not exist|doesn't exist|not exist|"
                            r"existiert nicht|nicht vorhanden|unknown|unbekannt|not found|no existe|non esiste|"
                            r"n(?:ã|a)o existe|nu exist|n'existe pas|inconnue?|не существует|не найден|不存在)")


def ours_named(diagnostic: str, recipient: str,
               own: Callable[[], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Does the reply name, after an address noun, only our own addresses (`own()`'s), and never `recipient`?"""
    low = diagnostic.lower()
    recipient = recipient.lower()
    if "@" not in low or (recipient and recipient in low):
        return False  # no address named at all (most replies), or the prospect's own
    named = {a.rstrip(".:!?") for a in _ADDRESS_NAMED.findall(low)}
    if not named:
        return False
    addresses = own()[0] - {recipient}
    return named <= addresses
