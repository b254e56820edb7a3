"""Audit 40's notices (tests/classifier/review_audit40.py): an adversarial audit of the rules merged on 2026-12-06,
each in other contexts, layouts and languages. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit40 import ROWS

_BARE_5_7_1 = (
    "read securityerror, soft, the recipient's scope (expected our sender's scope: the words name our sending host, "
    "account or server). Since the mends (unprovisioned.HOST_AFTER: the address OF a server, an IP after a colon, in "
    "brackets, IPv6; _NOT_OURS in other languages; the Chinese sender; a purpose after 'not provisioned') it no "
    "longer reads userunknown, hard (the false hard it was at first); what is left is a bare 5.7.1 whose words name "
    "no cause any table knows, which the engine reads as securityerror in the recipient's scope everywhere (review "
    "80's convention, audit 39's same call): no page, no unenrolment, repeats escalate. A rule for 'the address of "
    "your server is not registered' in nine languages would be keyed to these sentences; left")
_INVERTED = (
    "read onhold, soft (expected userunknown, hard). The contrast is mended (contrast_mentions: an unquoted contrast "
    "now ends before the clause's verb or a new subject, so the words after it stay); what is left is German / Dutch "
    "verb-second order after a fronted phrase ('existiert das Postfach nicht', 'bestaat deze mailbox niet'), which no "
    "absence table reads even alone ('550 existiert das Postfach nicht' reads onhold). A false soft (repeats "
    "escalate); a rule for the inverted order belongs with verb_final's clause shapes (lexicon.py is at 450 lines); "
    "left")
JUDGEMENT: dict[str, str] = {
    **{f"a40-{name}": _BARE_5_7_1 for name in (
        "u-account-sending-from", "ul-fr-adresse-serveur-envoi", "ul-es-direccion-servidor-envio",
        "ul-it-indirizzo-vostro-server", "ul-nl-adres-verzendserver", "ul-ru-adres-servera", "ul-pt-servidor-origem",
        "ul-pl-twojego-serwera", "ul-zh-fajianren-kaitong")},
    "a40-k-de-anders-als-no-comma": _INVERTED,
    "a40-k-nl-tegenstelling-no-comma": _INVERTED,
    "a40-c-reply-to-host-send-only": (
        "'550 5.7.1 Message refused: your reply-to host is send-only, replies would be lost' after DATA: read filtered, "
        "soft, the recipient's scope (expected our sender's scope). The false hard (notaccept) is mended (no 'your / "
        "reply-to / sender / sending' host send-only); what is left is a bare 5.7.1 after DATA read filtered, the "
        "engine's convention for a content refusal; no page, no unenrolment; left"),
    "a40-c-ctl-recipient-domain-send-only": (
        "'550 5.7.1 Relay denied: the recipient domain partner.example is send-only': read norelaying, soft, our scope "
        "(expected notaccept, hard). The reply opens with a relay refusal's words, which the tables read first; a "
        "relay refusal from the prospect's own MX may also be a stale MX record. Soft is the cheaper error (repeats "
        "escalate); reading it hard would need the send-only clause to outrank 'relay denied', which the next relay "
        "refusal that mentions a send-only domain in passing would turn into a false hard; left"),
    "a40-b-mx-names-own-ip": (
        "'550 5.7.1 Sender blocked by the recipient (mx.partner.example, server IP 192.0.2.7)': read blocked, our scope "
        "(expected filtered, the recipient's). The IP named is the answering MX's own, beside its host name; telling "
        "whose server an 'IP' is needs the host names around it compared with the recipient's domain, which "
        "recipient_blocklists does not see. A wrong scope (a sender page), soft either way; left for a rule that "
        "reads 'server IP' beside the recipient's own host name"),
    "a40-rh-loops-back": (
        "Our relayhost's verify probe 'mail for partner.example loops back to myself': read systemerror, soft, the "
        "recipient's scope (expected ours). _PASSED_ON no longer passes it on (the mend), but "
        "answered_by_our_relayhost re-reads only the recipient states (userunknown, mailbox states...), and a "
        "systemerror keeps its scope. No page, no unenrolment (soft); left"),
    "a40-g-address-syntax-not-recognised": (
        "'550 5.1.3 Recipient address syntax not recognised': read userunknown, hard (expected soft). taxonomy.md maps "
        "5.1.3 (bad destination mailbox address syntax) to userunknown, and the status speaks where the words name "
        "nothing else; my expectation disagreed with the taxonomy's table. The words alone no longer read hard "
        "(unprovisioned: not 'syntax / encoding not recognised'; control a40-mend-syntax-not-recognised-5-7-1); an "
        "address the MX calls malformed will not deliver either; left"),
}

test_review_audit40, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
