"""Audit 49's mend controls, HAND-MADE, written before the mends ran on them (committed first): the same words where
each mend must NOT change the reading, and the attacks on the mends themselves. sender_words' 'e-postdomän' beside a
missing recipient and the recipient's own; ndr_sentences' Czech 'na kterou' (the address written TO), Turkish
'alıcının'; deleted_nordic's 'Ön' before another clause, a reply quoted whole in Danish '»«'; bare_deleted's 'client's
user'; retired_address's departure beside a named leave; absent_things' DKIM key and a thing stem after a hyphen inside
the domain's name; nested.passed_on: a two-word shared mailbox's name ('Accounts Payable') on both sides. Rows as
review_audit49.py's."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit47 import DNS, SENDER_AT_RCPT
from tests.classifier.review_audit47_notices import _fwd, _outlook_fwd
from tests.classifier.review_audit49_notices import ROLE
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
HU = ("hostunknown",)
at = relayed_for("a49", MX, LEAD)
at_dkim = relayed_for("a49", "mx.partner-dkim.example", "lead@partner-dkim.example")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"

WORD_ROWS = at("k", f"{LANGS}; controls of 'din e-postdomän': the recipient missing beside it; the recipient's", [
    ("c-sv-din-epostdoman-giltig-mottagaren", "550 5.1.1 Din e-postdomän är giltig, men mottagaren finns inte",
     "5.1.1", "RCPT", True, UU, R),
    ("c-sv-mottagarens-epostdoman-finns-inte", "550 5.1.2 Mottagarens e-postdomän finns inte", "5.1.2", "RCPT",
     True, HU, R),
]) + at("k", f"{LANGS}; controls of ndr_sentences: the address written TO (Czech 'na kterou'), the recipient's", [
    ("c-cs-adresu-na-kterou-jste-psali", "550 5.1.1 Adresu, na kterou jste psali, se nepodařilo najít", "5.1.1",
     "RCPT", True, UU, R),
    ("c-tr-alicinin-eposta-adresi", "550 5.1.1 Alıcının e-posta adresi bulunamadı", "5.1.1", "RCPT", True, UU, R),
]) + at("k", f"{LANGS}; controls of deleted_nordic: 'Ön' of another clause; a reply quoted whole in '»«'", [
    ("c-hu-on-levele-cimzett-fiokja", "550 5.0.0 Az Ön levele nem kézbesíthető: a címzett fiókja törölve", "5.0.0",
     "RCPT", True, UU, R),
    ("c-da-svarede-guillemets-reversed", "550 5.0.0 Serveren svarede: »Brugeren er slettet«", "5.0.0", "RCPT", True,
     UU, R),
]) + at("k", f"{SENDER_AT_RCPT}; {ADMIN}; control of bare_deleted: our 'client's user' at a relay", [
    ("c-relay-denied-clients-user-deleted", "550 5.7.1 Relay access denied: client's user deleted", "5.7.1", "RCPT",
     False, (), ANY),
]) + at("k", f"{ADMIN}; controls of retired_address: a departure beside a named leave (a spell); a move 'pending'", [
    ("c-two-weeks-departure-on-parental-leave", "550 5.2.1 This address is no longer in use for two weeks due to "
     "her departure on parental leave", "5.2.1", "RCPT", False, (), R),
    ("c-ten-days-pending-server-move", "550 5.2.1 This address is no longer in use for 10 days pending a server move",
     "5.2.1", "RCPT", False, (), R),
]) + at("k", f"{DNS}; control of absent_things: OUR domain's DKIM key named (a thing)", [
    ("c-de-dns-eintrag-dkim-schluessel", "550 5.7.1 DNS-Eintrag des DKIM-Schlüssels für example.com nicht gefunden",
     "5.7.1", "DATA", False, (), ANY),
]) + at_dkim("k", f"{DNS}; control of absent_things: 'dkim' after a hyphen inside the recipient domain's name", [
    ("c-de-mx-eintrag-partner-dkim-domain", "550 5.0.0 MX-Eintrag der Domain partner-dkim.example nicht gefunden",
     "5.0.0", "RCPT", True, HU, R),
])

NOTICE_ROWS = [
    ("a49-k-fwd-shared-accounts-payable-both-sides", f"{ROLE}; attack on the mend: a two-word shared mailbox's name "
     "('Accounts Payable') on both sides: the prospect forwards its own NDR about her CFO to OUR 'Accounts Payable'",
     _fwd("a49-c3", f"Lena Lead <{LEAD}>", "Accounts Payable <ap@example.com>", "Hello, your reminder did not reach "
          "our CFO from our AP mailbox:\n\n" + _outlook_fwd("Accounts Payable", "cfo@partner.example")), NB),
]

ROWS = WORD_ROWS + NOTICE_ROWS
