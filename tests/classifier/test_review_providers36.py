"""Review 36's notices (tests/classifier/review_providers36.py): gateways', providers' and mail servers' own documented
replies the classifier had no module for (Cisco, Barracuda, Sophos, Trend Micro, free.fr, La Poste, Interia, Seznam,
Naver, Rackspace, Zimbra, MDaemon, IceWarp, FTGate, Coremail, Kerio, SmarterMail, Exchange Server on premises). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_providers36 import ROWS

JUDGEMENT: dict[str, str] = {
    "p36-so-so-flood": (
        "Sophos' '554 5.7.28 Mail flood detected;' as the recipient's MX answers it: read spamdetected (taxonomy: 5.7.28 "
        "is spamdetected), soft, scope RECIPIENT; the row wants the sender's scope because the document it cites "
        "(Sophos Central Email's outbound rate limit) speaks of Sophos refusing its own customers' bulk sending. At a "
        "recipient's MX the same words are a content/volume verdict on one message, and the classifier gives every spam "
        "verdict the recipient scope (free.fr's '550 spam detected' alike); soft either way, no contact marked hard. "
        "Telling Sophos-as-our-relay from Sophos-as-their-MX needs a notice where Sophos reports, none documented; left"),
    "p36-de-de-lycos-closed": (
        "Lycos' '550 <x>: Recipient address rejected: Account Closed': read suspend, soft; the row wants a hard "
        "userunknown (a closed account does not come back). The project put 'account closed' / 'account has been "
        "closed' among the suspend phrases on purpose (classifier/phrases.py, issue 13: 'Closed, expired or no longer "
        "active'), since some providers reopen a closed or expired account on the owner's request; a per-provider "
        "exception for a service that no longer exists is no mend worth a rule; left"),
    "p36-exr-exr-516": (
        "Exchange's '550 5.1.6 Recipient addresses in single label domains not accepted' (technet bb232118): read "
        "hasmoved, HARD, the row wants hostunknown (hard too): Exchange reuses RFC 3463's 5.1.6 ('mailbox has moved') "
        "for a domain of one label, and the code decides first (reasons._FIRST asks hasmoved before hostunknown). The "
        "hard/soft verdict is right; the mend is a status override in reasons._coded, a module at its 450-line limit, "
        "for a reason label alone; left"),
}

test_review_providers36, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
