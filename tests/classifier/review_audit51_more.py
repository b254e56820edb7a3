"""Audit 51's second wave, HAND-MADE, written before the classifier ran on them (committed first): attacks on audit 51's
own first mends and on what the first wave showed beside them. retired_address: a possessive owner before the end
('the employee's departure', 'Ms Lead's retirement': the word list reads no "'s", lost bounces), the box after the
files ('her files and mailbox'), two places before 'offices' ('our Leeds and York offices': a false hard), an office
'closing permanently'; deleted_nordic: Hungarian compounds of the account with any brand ('Microsoft-fiókja',
'Google-fiókja': the look-behinds name 'e-mail-' only), a reply quoted after 'Serverens svar:' with its stop inside;
absent_things: the domain inside an address ('lead@transport-schmidt.example'); nested: OUR bounce returned to our
seller's manager (To, outside, not named) with our seller Cc'd by name (audit 51's own Cc rule: a lost bounce).
Rows as review_audit51.py's and review_audit51_notices.py's."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit47 import DNS, SENDER_AT_RCPT
from tests.classifier.review_audit47_notices import OUTLOOK, _fwd, _outlook_fwd
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_nonbounce46_layouts import SELLER
from tests.classifier.review_notices25 import relayed_for

R, ANY = "recipient", None
UU = ("userunknown",)
HU = ("hostunknown",)
at = relayed_for("a51", MX, LEAD)
at_transport = relayed_for("a51", "mx.transport-schmidt.example", "lead@transport-schmidt.example")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"
HU_BRANDS = (f"{SENDER_AT_RCPT}; {LANGS}; Microsoft's and Google's Hungarian pages call the account 'Microsoft-fiók', "
             "'Google-fiók' (the Hungarian rules hyphen a name's compound)")

WORD_ROWS = at("m", f"{ADMIN}; attack (lost bounces): the owner's end said with a possessive, the box after files", [
    ("three-months-due-to-the-employees-departure", "550 5.7.1 This address is no longer in use for three months due "
     "to the employee's departure", "5.7.1", "RCPT", True, UU, R),
    ("two-months-owing-to-ms-leads-retirement", "550 5.7.1 This address is no longer in use for two months owing to "
     "Ms Lead's retirement", "5.7.1", "RCPT", True, UU, R),
    ("two-months-deletion-of-her-files-and-mailbox", "550 5.7.1 This address is no longer in use for two months due "
     "to the deletion of her files and mailbox", "5.7.1", "RCPT", True, UU, R),
    ("three-months-office-closing-permanently", "550 5.7.1 This address is no longer in use for three months due to "
     "our office closing permanently", "5.7.1", "RCPT", True, UU, R),
]) + at("m", f"{ADMIN}; attack (a false hard): two places before 'offices'", [
    ("two-weeks-closure-of-our-leeds-and-york-offices", "550 5.2.1 This address is no longer in use for two weeks due "
     "to the closure of our Leeds and York offices", "5.2.1", "RCPT", False, (), R),
]) + at("m", f"{ADMIN}; the controls: a possessive before a leave or a season's closure (a spell)", [
    ("c-two-weeks-due-to-the-employees-leave", "550 5.2.1 This address is no longer in use for two weeks due to the "
     "employee's leave", "5.2.1", "RCPT", False, (), R),
    ("c-two-weeks-companys-christmas-closure", "550 5.2.1 This address is no longer in use for two weeks due to the "
     "company's Christmas closure", "5.2.1", "RCPT", False, (), R),
]) + at("m", f"{HU_BRANDS}; attack (false hards): OUR account as a brand's compound", [
    ("hu-on-microsoft-fiokja-torolve", "553 5.7.1 Az Ön Microsoft-fiókja törölve", "5.7.1", "RCPT", False, (), ANY),
    ("hu-on-google-fiokja-veglegesen-torolve", "553 5.7.1 Az Ön Google-fiókja véglegesen törölve", "5.7.1", "RCPT",
     False, (), ANY),
]) + at("m", f"{LANGS}; attack (a lost bounce): the reply quoted after 'Serverens svar:' with its stop inside", [
    ("da-serverens-svar-guillemets-stop", "550 5.0.0 Serverens svar: »Brugeren er slettet.«", "5.0.0", "RCPT", True,
     UU, R),
]) + at("m", f"{LANGS}; the controls: the recipient's account in Hungarian after 'Ön' (hard)", [
    ("c-hu-on-altal-megadott-cimzett-fiokja", "550 5.0.0 Az Ön által megadott címzett fiókja törölve", "5.0.0", "RCPT",
     True, UU, R),
    ("c-hu-on-levele-cimzett-microsoft-fiokja", "550 5.0.0 Az Ön levele nem kézbesíthető: a címzett Microsoft-fiókja "
     "törölve", "5.0.0", "RCPT", True, UU, R),
]) + at_transport("m", f"{DNS}; attack (a lost bounce): the thing's stem in the domain of an address", [
    ("de-domain-der-adresse-transport-schmidt", "550 5.0.0 Die Domain der Adresse lead@transport-schmidt.example "
     "existiert nicht", "5.0.0", "RCPT", True, HU, R),
])

# Probe-found, NOT expectation-first: a probe of the second wave's first Hungarian mend (departures reading any "Ön" as
# ours) showed these read soft or hard against the sense; written after that probe, kept as the mend's controls.
PROBED = f"{LANGS}; probe-found after the second wave's first 'Ön' mend (not expectation-first)"
PROBED_ROWS = at("p", f"{PROBED}; the controls: 'Az Ön levele' (your letter) before the recipient's account (hard)", [
    ("c-hu-on-levelet-mert-cimzett-fiokja", "550 5.0.0 Az Ön levelét nem tudtuk kézbesíteni, mert a címzett fiókja "
     "törölve", "5.0.0", "RCPT", True, UU, R),
    ("c-hu-on-uzenete-cimzett-postafiokja", "550 5.0.0 Az Ön üzenete nem kézbesíthető, a címzett postafiókja törölve",
     "5.0.0", "RCPT", True, UU, R),
    ("c-hu-cimzett-google-fiokja", "550 5.0.0 A címzett Google-fiókja törölve", "5.0.0", "RCPT", True, UU, R),
]) + at("p", f"{HU_BRANDS}; {PROBED}; the sender's account in compounds (soft)", [
    ("hu-felado-email-fiokja-hyphen", "553 5.7.1 A feladó e-mail-fiókja törölve", "5.7.1", "RCPT", False, (), ANY),
    ("hu-felado-levelezesi-fiokja", "553 5.7.1 A feladó levelezési fiókja törölve", "5.7.1", "RCPT", False, (), ANY),
])

# ---- third wave: the same attacks once more on the second wave's words (expectations first) -------------------------
THIRD_ROWS = at("t", f"{ADMIN}; attack (false hards): other malware than 'malware' / 'virus' removed (a spell)", [
    ("three-days-removal-of-ransomware", "550 5.2.1 This address is no longer in use for three days pending the removal "
     "of ransomware from the server", "5.2.1", "RCPT", False, (), R),
    ("five-days-removal-of-a-phishing-kit", "550 5.2.1 This address is no longer in use for five days pending the "
     "removal of a phishing kit from our web server", "5.2.1", "RCPT", False, (), R),
]) + at("t", f"{ADMIN}; the control: the end of her employment (gone, hard)", [
    ("c-three-months-termination-of-her-employment", "550 5.7.1 This address is no longer in use for three months "
     "due to the termination of her employment", "5.7.1", "RCPT", True, UU, R),
]) + at("t", f"{LANGS}; attack (a false hard): a subject in '<<…>>' (the plain-text spelling of '«…»')", [
    ("da-emne-ascii-double-angles", "550 5.7.1 Meddelelsen afvist, emne: <<Kontoen er slettet>>", "5.7.1", "DATA",
     False, (), ANY),
]) + at("t", f"{DNS}; {LANGS}; attack (a false hard): the Czech 'záznam DNS MTA-STS domény'", [
    ("cs-zaznam-dns-mta-sts-domeny", "550 5.7.1 Záznam DNS MTA-STS domény partner.example neexistuje", "5.7.1", "RCPT",
     False, (), ANY),
]) + at("t", f"{DNS}; {LANGS}; the control: the Czech domain's MX record missing (hard)", [
    ("c-cs-zaznam-mx-domeny", "550 5.0.0 Záznam MX domény partner.example neexistuje", "5.0.0", "RCPT", True, HU, R),
])

NOTICE_ROWS = [
    ("a51-m-fwd-returned-to-manager-seller-cc", f"{OUTLOOK}; attack (a lost bounce): the lead's colleague returns OUR "
     "bounce to our seller's manager (To, our domain, not named in it), our seller Cc'd by the name the notice's To "
     "gives", _fwd("a51-m1", "Kim Colleague <kim@partner.example>", "Anna Manager <anna.manager@example.com>", "Hello "
                   "Anna, Sam's notice reached me, FYI:\n\n" + _outlook_fwd("Sam Seller", LEAD),
                   cc=f"Sam Seller <{SELLER}>"), [(LEAD, True, UU, R, False)]),
]

ROWS = WORD_ROWS + PROBED_ROWS + THIRD_ROWS + NOTICE_ROWS
