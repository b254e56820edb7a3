"""Further shapes for a mailbox's STATE and its QUOTA, found by review novel40 (tests/classifier/review_novel40.py):
an account's right to receive withdrawn or its validity run out (the further state WORDS, locked, archived, lapsed,
frozen in twelve languages, went to `mailbox_states._OFF` itself), and a mailbox over quota said as its storage used
up, exhausted or at its limit. These are the FAMILIES the lists lacked, read with `mailbox_states`' nouns
(`BOX_NOUNS`, `ACCOUNT_NOUNS`) and the same sentence gap, so a state said of a login, a server or a message reads
nothing here. Both readings are soft (suspend, mailboxfull): the safer side where a server says its
mailbox is there but will not take mail. Data merged into `classifier.phrases` (PATTERNS)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.guard import Guarded
from classifier.lexicon import GAP
from classifier.mailbox_states import ACCOUNT_NOUNS, BOX_NOUNS
from classifier.records import Reason

R = Reason
_START = r"(?<![^\W\u3040-\u30ff\u3400-\u9fff])"  # a noun's start (CJK nouns follow other CJK characters)
# The account's state in the further words itself ("locked", "archived", "eingefroren", "verrouillé", "заморожен",
# "休止", "暂停"...) is `mailbox_states._OFF`'s (its noun-and-state shape and its either/or with an absence read them);
# here the shapes it has no noun for.
_STATE = re.compile(
    # "Mail privileges withdrawn", "receiving service revoked": the account's right to receive taken away.
    rf"\b(?:mail|e-?mail|receiving|delivery) (?:privileges|rights|service|access)\b(?:{GAP}){{0,30}}?"
    r"\b(?:withdrawn|revoked|taken away)\b"
    # "Receiving is blocked for this mailbox": reception stopped for the recipient's own box.
    r"|\b(?:receiving|reception|incoming mail|inbound mail) (?:is|has been|was) (?:blocked|stopped|halted|switched off|"
    r"turned off|disabled) for (?:this|the) (?:mailbox|account|user|address|recipient)\b"
    # The account ran past its validity date (a hosting plan's mailbox expired): the account's noun first, never a
    # message's validity in a queue.
    rf"|{_START}(?:{ACCOUNT_NOUNS})(?:{GAP}){{0,40}}?\bpast (?:its|their|the) validity\b")
# The mailbox's storage used up: English "used the whole disk allowance", "storage allowance is all taken", "past its
# storage allowance" (a sending allowance is ours: the noun says disk, storage or mailbox); German "Speicher des
# Empfängers ist aufgebraucht / erschöpft"; French "espace de stockage épuisé", "a atteint sa capacité"; Spanish "ha
# agotado su capacidad"; Italian "non ha più spazio"; Portuguese "atingiu o limite de armazenamento"; Dutch "geen
# (opslag)ruimte meer"; Polish "brakuje miejsca" beside the box; Swedish "inget utrymme kvar"; Russian "закончилось
# место"; Japanese "上限に達" after the store's noun; Chinese "空间已用尽". The server's own disk (systemfull) names no
# mailbox, recipient or user: none of these shapes.
# The mailbox's own allowance ("disk allowance", "storage allocation") or its space ("mailbox space"); never a bare
# "storage space", which a server's own disk is too ("452 4.3.1 Server storage space is exhausted": systemfull).
# A storage noun's gap never crosses the server's own disk or system ("L'espace disque du serveur est épuisé").
_NOT_SERVER = rf"(?:(?!serv|disque|disco|syst(?:è|e)m|sistem)(?:{GAP}))"
# Never the server's or the system's own allowance ("452 4.3.1 The server's disk allowance is used up": systemfull,
# audit 41a); the look-behinds sit before the noun, after any "the" / "whole" the shapes allow.
_STORE = (r"(?<!server's )(?<!server )(?<!servers' )(?<!system's )(?<!system )"
          r"(?:(?:disk|storage|mailbox|inbox) (?:allowance|allotment|allocation)|(?:mailbox|inbox) space)")
_FULL = re.compile(
    rf"\b(?:used|spent|consumed|exhausted|taken up|filled) (?:up )?(?:all |all of |the whole |the entire |the full )?"
    rf"(?:(?:its|their|his|her|the) )?(?:whole |entire |full )?{_STORE}\b"
    rf"|\b{_STORE}\b(?:{GAP}){{0,20}}?\b(?:is |was |has been )?(?:all )?"
    r"(?:taken|used up|spent|exhausted|at (?:its|the) (?:limit|maximum|ceiling))\b"
    r"|\bpast (?:its|their|the) (?:disk |storage |mailbox )(?:allowance|allotment|allocation|quota|limit)\b"
    rf"|\b(?:speicher\w*|kontingent\w*) des (?:empf(?:ä|a)nger\w*|postfach\w*|benutzer\w*|nutzer\w*)(?:{GAP}){{0,30}}?"
    r"(?:aufgebraucht|ersch(?:ö|o)pft|ausgesch(?:ö|o)pft)"
    rf"|{_START}(?:{BOX_NOUNS})(?:{GAP}){{0,40}}?(?:aufgebraucht|ersch(?:ö|o)pft)"
    rf"|\b(?:espace|stockage|capacit(?:é|e)|bo(?:î|i)te){_NOT_SERVER}{{0,40}}?(?:(?:é|e)puis(?:é|e)e?|"
    r"a atteint (?:sa|la) (?:capacit|limite))"
    rf"|\b(?:buz(?:ó|o)n|espacio|almacenamiento){_NOT_SERVER}{{0,40}}?(?:ha agotado|agotad[oa]|agot(?:ó|o))"
    rf"|\bcasella(?:{GAP}){{0,40}}?\bnon ha pi(?:ù|u) spazio"
    rf"|\b(?:caixa|armazenamento|espa(?:ç|c)o){_NOT_SERVER}{{0,40}}?(?:atingiu o limite|esgotad[oa])"
    r"|\bgeen (?:vrije )?(?:opslag)?ruimte meer\b"
    rf"|\bskrzyn(?:k|c)\w{{1,2}}(?:{GAP}){{0,30}}?\bbrak\w{{0,4}} (?:wolnego )?miejsca"  # (locative "skrzynce")
    rf"|\bbrak\w{{0,4}} (?:wolnego )?miejsca(?:{GAP}){{0,30}}?\bskrzyn(?:k|c)"
    rf"|\bbrevl(?:å|a)d\w{{0,3}}(?:{GAP}){{0,30}}?\b(?:inget|inte n(?:å|a)got|inte tillr(?:ä|a)ckligt med) "
    r"(?:lagrings)?utrymme"
    rf"|ящик\w{{0,2}}(?:{GAP}){{0,30}}?(?:закончил\w{{1,3}}|кончил\w{{1,3}}|нет свободного) мест\w"
    r"|(?:メールボックス|保存領域|記憶領域)(?:の|が|は)?(?:[^。、\s]{0,10})?上限に達"
    # Chinese: never the server's, the system's or the disk's space ("服务器存储空间已用尽": systemfull, audit 41a).
    r"|(?<!服务器)(?<!服務器)(?<!伺服器)(?<!系统)(?<!系統)(?<!磁盘)(?<!磁盤)(?:存储|儲存)?"
    r"(?<!器存储)(?<!器儲存)(?<!统存储)(?<!統儲存)(?<!盘存储)(?<!盤儲存)(?:空间|空間)已?(?:用尽|用盡|用完|耗尽|耗盡)")

PATTERNS: Mapping[Reason, tuple[re.Pattern[str] | Guarded, ...]] = {
    R.SUSPEND: (_STATE,),
    R.MAILBOXFULL: (_FULL,),
}
