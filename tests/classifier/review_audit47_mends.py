"""Audit 47's mend controls, HAND-MADE, written before the mends' run on them (committed first): the same words where
each mend must NOT change the reading. deleted_nordic's whole quoted reply (a quoted SUBJECT after a colon stays a
quotation); retired_address's years and resend TO (a spell of years during / on leave, a resend AFTER a day stay
spells); bare_deleted's group / list (the LDAP directory itself); ndr_sentences' / sender_words' Scandinavian 'din'
(the recipient's noun first); route_words' 'unknown' words (the relay refusal alone); absent_things' DNS record (a
DKIM record); nested.passed_on (display-name To of a colleague; our colleague's Outlook forward with a display-name
To; a prospect on gmail.com forwarding her own failure of a gmail.com friend stays read, the rule's known limit).
Rows as review_audit47.py's."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import SELLER, whole
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
at = relayed_for("a47", MX, LEAD)
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"

WORD_ROWS = at("k", f"{LANGS}; controls of deleted_nordic's whole quoted reply: a SUBJECT quoted after a colon", [
    ("c-no-subject-after-colon-quoted", "550 5.7.1 Meldingen er avvist, emne: 'Adressen er slettet'", "5.7.1",
     "DATA", False, (), ANY),
    ("c-fi-subject-after-colon-quoted", "550 5.7.1 Viesti hylätty, aihe: \"Käyttäjän tili on poistettu\"",
     "5.7.1", "DATA", False, (), ANY),
]) + at("k", f"{ADMIN}; controls of retired_address's years: a spell of years said with during / leave, a resend "
        "after a day", [
    ("c-two-years-during-secondment", "550 5.2.1 This address is no longer in use for two years during her "
     "secondment abroad", "5.2.1", "RCPT", False, (), R),
    ("c-one-year-sabbatical", "550 5.2.1 This address is no longer in use for one year (sabbatical)", "5.2.1", "RCPT",
     False, (), R),
    ("c-two-weeks-resend-after-day", "550 5.2.1 This address is no longer in use for two weeks, please resend after "
     "21 December", "5.2.1", "RCPT", False, (), R),
    ("c-a-few-years-now-retired", "550 5.7.1 This address is no longer in use for a few years now", "5.7.1", "RCPT",
     True, UU, R),
]) + at("k", f"{ADMIN}; controls of bare_deleted: deleted from the LDAP directory itself", [
    ("c-user-deleted-from-the-ldap-directory", "550 5.0.0 User deleted from the LDAP directory", "5.0.0", "RCPT",
     True, UU, R),
]) + at("k", f"{LANGS}; controls of 'din' (your): the recipient's noun first, the recipient missing", [
    ("c-sv-mottagaren-finns-inte-din-adress-giltig", "550 5.0.0 Mottagaren finns inte, din adress är giltig",
     "5.0.0", "RCPT", True, UU, R),
    ("c-tr-alicinin-eposta-bulunamadi", "550 5.0.0 Alıcının e-posta adresi bulunamadı", "5.0.0", "RCPT", True, UU,
     R),
]) + at("k", f"{LANGS}; controls of route_words: the relay refusal alone, the unknown user alone", [
    ("c-sv-vidarebefordran-nekas", "550 5.7.1 Vidarebefordran nekas", "5.7.1", "RCPT", False, (), ANY),
    ("c-pt-usuario-desconhecido", "550 5.0.0 Usuário desconhecido", "5.0.0", "RCPT", True, UU, R),
]) + at("k", f"{LANGS}; controls of absent_things' DNS record: a DKIM record of our domain", [
    ("c-ja-dkim-record-of-our-domain", "550 5.7.1 ドメイン example.com のDKIMレコードが見つかりません", "5.7.1",
     "DATA", False, (), ANY),
    ("c-de-mx-eintrag-der-absenderdomain", "553 5.1.8 MX-Eintrag der Absenderdomain example.com nicht gefunden",
     "5.1.8", "MAIL", False, (), ANY),
])

KIM = "kim@partner.example"
CFO = "cfo@partner.example"
NDR = ("Delivery has failed to these recipients or groups:\n\n{0}\nThe email address you entered couldn't be found. "
       "Please check the recipient's email address and try to resend the message.\n\nDiagnostic information for "
       "administrators:\n\nGenerating server: PR3P195MB0747.EURP195.PROD.OUTLOOK.COM\n\n{0}\nRemote Server returned "
       "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n")
OUTLOOK = ("Outlook desktop's plain-text forward ('-----Original Message-----', From / Sent / To / Subject, the To by "
           "display name) of Exchange Online's NDR text (Microsoft 'Email non-delivery reports in Exchange Online'); "
           "HAND-MADE")
GMAIL_FWD = ("Gmail's forward ('---------- Forwarded message ---------', shared/api/gmail.md 9) of Gmail's own DSN; "
             "HAND-MADE")


def _fwd(name: str, who: str, to: str, text: str) -> bytes:
    head = f"From: {who}\nTo: {to}\nSubject: FW: Undeliverable: Quick question\nMessage-ID: <fwd-a47k-{name}@x.example>\n"
    return whole(head, text + "\n", mark="a person's forward, audit 47 controls")


def _block(to_line: str, failed: str) -> str:
    return ("-----Original Message-----\nFrom: Microsoft Outlook <MicrosoftExchange329e71ec@example.net>\nSent: "
            f"Monday, December 7, 2026 8:02 AM\nTo: {to_line}\nSubject: Undeliverable: Quick question\n\n"
            + NDR.format(failed))


def _gmail(failed: str, to: str) -> str:
    return ("---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
            f"Date: Mon, 7 Dec 2026 at 08:02\nSubject: Delivery Status Notification (Failure)\nTo: <{to}>\n\n\n"
            f"** Address not found **\n\nYour message wasn't delivered to {failed} because the address couldn't be "
            "found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email "
            "account that you tried to reach does not exist.")


NOTICE_ROWS = [
    ("a47-k-w-fwd-display-name-of-colleague", f"{OUTLOOK}; the mend's other side: the NDR went to her colleague "
     "(display name only), passed on to us: within their organisation, none of ours",
     _fwd("k1", f"Lena Lead <{LEAD}>", f"Sam Seller <{SELLER}>", "Sam, Kim got this when she forwarded your offer to "
          "our CFO:\n\n" + _block("Kim Partner", CFO)), NB),
    ("a47-k-w-fwd-ours-outlook-display-name", f"{OUTLOOK}; control: OUR colleague's Outlook forward of our NDR, its To "
     "our display name: the lead's failure, hard",
     _fwd("k2", "Jane Ops <jane.ops@example.com>", "CRM Support <support@crmvendor.example>", "Why did this not sync?"
          "\n\n" + _block("Sam Seller", LEAD)), [(LEAD, True, UU, R, False)]),
    ("a47-k-w-fwd-gmail-prospect-own-failure-read", f"{GMAIL_FWD}; the rule's known limit (a public provider's "
     "domain is no organisation): a prospect on gmail.com forwards her own failure of a gmail.com friend; read as "
     "the notice (a hard bounce of an address we never mailed, of no contact of ours)",
     _fwd("k3", "Lena <lena.lead.home@gmail.com>", f"Sam Seller <{SELLER}>", "Sam, my friend's address bounced:\n\n"
          + _gmail("old.friend@gmail.com", "lena.lead.home@gmail.com")),
     [("old.friend@gmail.com", True, UU, R, False)]),
]

ROWS = WORD_ROWS + NOTICE_ROWS
