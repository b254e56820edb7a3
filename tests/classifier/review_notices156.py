"""The hundred-and-fifty-sixth review: an ADVERSARIAL AUDIT of review 154's two mends, which turn hard readings soft.

Review 154 added `classifier/sender_verification.FAILED` (a check of, or a return to, OUR sender said failed, read
among lexicon's sender refusals) and `said_address._OPENING_ADDRESS` (an address the reply opens with, said missing
right after it: where every such address is ours and the prospect's is nowhere, the refusal is ours). Both turn hard
readings soft, so FALSE SOFTS come first (a dead prospect kept mailed): the prospect's own absence in replies that
ALSO carry these words or open with our address (Postfix reject_unverified_recipient, Exim's recipient callout and its
cached "callout verification failure" for the RECIPIENT, "verification failed for <lead>", "sender verification
passed; <lead>: no such user", our address opening as a label or a MAIL FROM echo before the prospect's absence
written by its local part only, a help line naming sender verification after the prospect's absence). Then FALSE
HARDS the mend left: our sender's verification failing in other words ("Sender address could not be verified",
"unverifiable sender", "Callout verification failed for sender", "sender callout failed", German, French, Spanish),
each with its control (the same words said of the recipient stay hard). Round four: our RETURN PATH's check in RFC
5321's nouns ("Return path verification failed", "Reverse-path verification failed"). 138 rows; 19 misread before
the mends (9 false softs, 10 false hards), 2 judged (strict xfails in test_review_notices156.py).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on it. All HAND-MADE after the cited servers' sources and
vendors' documentation; test_review_notices156.py runs them. Layouts: our relay's copy and Gmail's and Exchange
Online's (review_notices25.both_layouts; ours_layouts where our own address is named, each layout's own From)."""

from __future__ import annotations

from tests.classifier.review_notices25 import OUR_RELAYED, both_layouts, ours_layouts

R, S = "recipient", "sender"
MX = "mx.partner.example"
LEAD = "lead@partner.example"
OUR = OUR_RELAYED
UNK = ("userunknown",)
HARD_UNK = (True, UNK, R)
OUR_SIDE = (False, (), S)

both = both_layouts("r156", MX, LEAD)


def ours(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """Rows naming OUR address (each layout's own From)."""
    return ours_layouts("r156", MX, LEAD, prefix, source, entries)


# ---- A. FALSE SOFTS: the recipient's verification failing, in the servers' own words -----------------------------
RECIPIENT_VERIFY = (
    "Postfix smtpd_check.c reject_unverified_address with reply_class 'Recipient address' (reject_unverified_"
    "recipient: '<%s>: Recipient address rejected: undeliverable address: %s', the probe's own reply after it; "
    "ADDRESS_VERIFICATION_README, 'Recipient address verification'); Exim verify.c ('Previous (cached) callout "
    "verification failure' with failure_ptr 'recipient') and its ACL's 'Recipient verify failed' (the Exim wiki's "
    "'REJECTED - Recipient Verify Failed - User Not Found' ACL); hand-made: the PROSPECT's address failed its "
    "verification, sender words beside it only say our side was fine: the prospect gone (hard)")
RECIPIENT_ROWS = [
    ("postfix-unverified-recipient-unknown-user",
     f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: unknown user: \"lead\"",
     "5.1.1", "RCPT", *HARD_UNK),
    ("exim-recipient-cached-callout-failure",
     f"550-Verification failed for <{LEAD}> 550-Previous (cached) callout verification failure 550 Recipient "
     "verify failed", "5.1.1", "RCPT", *HARD_UNK),
    ("exim-wiki-recipient-verify-user-not-found",
     "550 REJECTED - Recipient Verify Failed - User Not Found", "5.1.1", "RCPT", *HARD_UNK),
    ("recipient-address-verification-failed-user-unknown",
     "550 5.1.1 Recipient address verification failed: user unknown", "5.1.1", "RCPT", *HARD_UNK),
    ("callout-verification-failed-for-recipient",
     "550 5.1.1 Callout verification failed for recipient: no such user", "5.1.1", "RCPT", *HARD_UNK),
    ("verification-failed-for-lead-no-such-user",
     f"550 5.1.1 Verification failed for <{LEAD}>: no such user", "5.1.1", "RCPT", *HARD_UNK),
    ("sender-verification-passed-lead-no-such-user",
     f"550 5.1.1 Sender verification passed; <{LEAD}>: no such user", "5.1.1", "RCPT", *HARD_UNK),
    ("sender-verified-then-user-unknown-local-part",
     "550 5.1.1 Sender address verified OK; user lead unknown", "5.1.1", "RCPT", *HARD_UNK),
    ("lead-unknown-then-sender-verification-help",
     f"550 5.1.1 <{LEAD}>: no such user here. Help for 'sender verification failed' errors: "
     "https://help.partner.example/smtp", "5.1.1", "RCPT", *HARD_UNK),
]

# ---- B. FALSE SOFTS: our address opening the reply, the prospect's absence said after it --------------------------
OPENING = (
    "Sendmail's '<addr>... Sender ok' at MAIL FROM and '<addr>... User unknown' at RCPT (sendmail/srvrsmtp.c, "
    "parseaddr.c usrerr '%s... User unknown'), Postfix's '<addr>: ...' replies (smtpd_check.c), qmail's 'Sorry, no "
    "mailbox here by that name'; hand-made: our address opens the reply only as a label or an echo of MAIL FROM, "
    "the user said missing after it is the PROSPECT (named by its local part, or the original message's): hard; "
    "the control, our address itself said missing, stays ours")
OPENING_ROWS = [
    ("ours-label-unknown-user-lead", f"550 5.1.1 <{OUR}>: unknown user lead", "5.1.1", "RCPT", *HARD_UNK),
    ("ours-sender-ok-then-lead-user-unknown", f"550 5.1.1 <{OUR}>... Sender ok; lead... User unknown", "5.1.1",
     "RCPT", *HARD_UNK),
    ("message-from-ours-rejected-user-unknown", f"550 5.1.1 Message from <{OUR}> rejected: user unknown", "5.1.1",
     "RCPT", *HARD_UNK),
    ("ours-then-user-lead-no-such-user", f"550 5.1.1 <{OUR}>: no such user: lead", "5.1.1", "RCPT", *HARD_UNK),
    ("c-ours-mailbox-unknown-no-one-else", f"550 5.1.1 <{OUR}>: mailbox unknown", "5.1.1", "RCPT", *OUR_SIDE),
    # Round two's controls: another word after ours, not the prospect's local part, keeps ours the one missing.
    ("c-ours-user-unknown-here", f"550 5.1.1 <{OUR}>... User unknown here", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-ours-no-such-user-leader", f"550 5.1.1 <{OUR}>: no such user (leader board)", "5.1.1", "RCPT", *OUR_SIDE),
]

# ---- C. FALSE HARDS: our sender's verification failing in other words ----------------------------------------------
SENDER_VERIFY = (
    "sender verification as the servers and hosts' help pages word it: Exim's 'Verification failed for <s> ... "
    "Previous (cached) callout verification failure' with 'Sender verify failed' (verify.c, acl.c) and 'Could not "
    "complete sender verify callout'; hosting help pages' 'Sender address rejected: unverified address', 'Sender "
    "Not Verified', 'The destination mail system rejected your return address'; RFC 3463 X.1.7 / X.1.8 (the "
    "sender's address); hand-made, English and localized: OUR address failed its check, the 'no such user' is "
    "said of it (ours, soft, the sender's scope)")
SENDER_ROWS = [
    ("sender-address-could-not-be-verified", "550 5.1.7 Sender address could not be verified: no such user",
     "5.1.7", "RCPT", *OUR_SIDE),
    ("unverifiable-sender-mailbox-unknown", "550 5.1.1 Unverifiable sender: mailbox unknown", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("callout-verification-failed-for-sender", "550 5.1.1 Callout verification failed for sender: user unknown",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("sender-callout-failed-no-such-user", "550 5.1.1 Sender callout failed: no such user", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("sender-not-verified-user-unknown", "550 5.1.1 Sender not verified: user unknown", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("return-address-rejected-user-unknown",
     "550 5.1.1 The destination mail system rejected your return address: user unknown", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("de-absenderueberpruefung-fehlgeschlagen",
     "550 5.1.1 Absenderüberprüfung fehlgeschlagen: Benutzer unbekannt", "5.1.1", "RCPT", *OUR_SIDE),
    ("fr-verification-expediteur-echouee",
     "550 5.1.1 Vérification de l'expéditeur échouée : utilisateur inconnu", "5.1.1", "RCPT", *OUR_SIDE),
    ("es-fallo-verificacion-remitente",
     "550 5.1.1 Falló la verificación del remitente: usuario desconocido", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-de-empfaengerueberpruefung-fehlgeschlagen",
     "550 5.1.1 Empfängerüberprüfung fehlgeschlagen: Benutzer unbekannt", "5.1.1", "RCPT", *HARD_UNK),
    ("c-fr-verification-destinataire-echouee",
     "550 5.1.1 Vérification du destinataire échouée : utilisateur inconnu", "5.1.1", "RCPT", *HARD_UNK),
    ("c-es-fallo-verificacion-destinatario",
     "550 5.1.1 Falló la verificación del destinatario: usuario desconocido", "5.1.1", "RCPT", *HARD_UNK),
    ("c-recipient-could-not-be-verified", "550 5.1.1 Recipient address could not be verified: no such user",
     "5.1.1", "RCPT", *HARD_UNK),
    # Round two's controls (written before the mends ran): the recipient's callout and check in the same words stay
    # hard; our sender said missing before its failed verification, under the sender's own status, stays ours.
    ("c-recipient-callout-failed-no-such-user", "550 5.1.1 Recipient callout failed: no such user", "5.1.1", "RCPT",
     *HARD_UNK),
    ("c-could-not-verify-recipient", f"550 5.1.1 Could not verify recipient <{LEAD}>: no such user", "5.1.1",
     "RCPT", *HARD_UNK),
    ("mailbox-unknown-then-sender-verification-failed-517",
     "550 5.1.7 Mailbox unknown: sender address verification failed", "5.1.7", "RCPT", *OUR_SIDE),
    # Round three's control (before the quote look-behind ran on it): the whole verdict quoted stays ours.
    ("quoted-verdict-sender-verification-failed", "550 5.1.7 'Sender address verification failed: no such user'",
     "5.1.7", "RCPT", *OUR_SIDE),
    ("could-not-verify-sender-address", "550 5.1.1 Could not verify sender address: user unknown", "5.1.1", "RCPT",
     *OUR_SIDE),
]
SENDER_OURS = [
    ("exim-cached-sender-callout-failure",
     f"550-Verification failed for <{OUR}> 550-Previous (cached) callout verification failure 550 Sender verify "
     "failed", "5.0.0", "RCPT", *OUR_SIDE),
    ("callout-failed-for-sender-ours", f"550 5.1.1 Callout verification failed for sender <{OUR}>: user unknown",
     "5.1.1", "RCPT", *OUR_SIDE),
]

# ---- D. Round four: our return path's verification in RFC 5321's and the servers' other nouns ---------------------
RETURN_PATH = (
    "RFC 5321 4.1.1.2 / 3.6 (MAIL FROM's argument is the reverse-path, the return path a bounce goes back to); "
    "Postfix smtpd_check.c reject_unverified_sender ('Sender address rejected: unverified address: %s', the probe's "
    "reply quoted after it, ADDRESS_VERIFICATION_README's unverified_sender_reject_code); Exim verify.c's callout "
    "'Callout verification failed:' with the downstream reply after it; hand-made: a check of OUR return path said "
    "failed is ours (soft, the sender's scope); the recipient's in the same words stays hard")
RETURN_PATH_ROWS = [
    ("return-path-verification-failed", "550 5.1.1 Return path verification failed: no such user", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("reverse-path-verification-failed", "550 5.1.1 Reverse-path verification failed: user unknown", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("mail-from-verification-failed", "550 5.1.1 MAIL FROM verification failed: mailbox unknown", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("return-address-verification-failed", "550 5.1.1 Return address verification failed: user unknown", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("sender-address-failed-verification", "550 5.1.1 Your sender address failed verification: user unknown",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("c-recipient-address-failed-verification", "550 5.1.1 Recipient address failed verification: user unknown",
     "5.1.1", "RCPT", *HARD_UNK),
    ("c-return-path-passed-recipient-failed",
     "550 5.1.1 Return path verification passed; recipient verification failed: user unknown", "5.1.1", "RCPT",
     *HARD_UNK),
    ("c-return-path-word-in-help-after-absence",
     f"550 5.1.1 <{LEAD}>: no such user here (return path checked)", "5.1.1", "RCPT", *HARD_UNK),
    ("c-exim-recipient-callout-verification-failed",
     f"550-Verification failed for <{LEAD}> 550-Callout verification failed: 550 550 5.1.1 User unknown 550 "
     "Recipient verify failed", "5.1.1", "RCPT", *HARD_UNK),
]
RETURN_PATH_OURS = [
    ("postfix-unverified-sender-probe-user-unknown",
     f"550 5.1.7 <{OUR}>: Sender address rejected: unverified address: host mx.example.com[198.51.100.4] said: 550 "
     f"5.1.1 <{OUR}>: Recipient address rejected: User unknown in virtual mailbox table", "5.1.7", "RCPT",
     *OUR_SIDE),
]

ROWS: list[tuple] = (both("rpath", RETURN_PATH, RETURN_PATH_ROWS) + ours("rpath", RETURN_PATH, RETURN_PATH_OURS) + both("rcpt", RECIPIENT_VERIFY, RECIPIENT_ROWS) + ours("open", OPENING, OPENING_ROWS)
                     + both("sndr", SENDER_VERIFY, SENDER_ROWS) + ours("sndr", SENDER_VERIFY, SENDER_OURS))
