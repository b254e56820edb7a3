"""The hundred-and-fifteenth review: an ADVERSARIAL AUDIT of review 113's fresh hard-side rule, sender_words.NEXT_NOUNS
(used by lexicon._SENDER; said_address._ADDRESS_NAMED uses RECIPIENT_ROLE the same way): a recipient noun right after
the absence word makes the absence the recipient's, except the recipient then said not contacted / not tried /
rejected / refused / blocked / denied, plural "recipients", or a recipient limit / count / rate / threshold.

1. FALSE HARDS: our sender said missing, then the recipient's noun followed by words the exceptions do not list
   (another language's negation, "was rejected", "-Server", "side", CJK with no exception at all).
2. FALSE SOFTS the exceptions cause: "unknown recipients: <one address>", "unknown recipient rejected" under a status
   that names the destination mailbox.
3. CONTROLS: the recipient's noun after the absence, nothing after it: the recipient's, hard.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices25.both_layouts. All HAND-MADE;
test_review_notices115.py runs them. Our sender: sender@example.com (relay copy) / seller@example.com (Gmail and
Exchange Online copies); the prospect lead@example.org."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices112 import HARD_UNK, LEAD, MX, OUR_SIDE, OURS, ours_in


def ours(prefix: str, source: str, entries: list[tuple], quote: tuple[str, ...] | None = None) -> list[tuple]:
    """Review 112's `ours_in`; the quoted copies only for `quote` (the audit kept to ~60 rows: the quoted copies of
    the other attacks read ours before any mend)."""
    return ours_in("r115", prefix, source, entries, quote)


both = both_layouts("r115", MX, LEAD)

# ---- 1. FALSE HARDS: our sender said missing, the recipient's noun next, then words the exceptions lack -----------
SENDER = ("attack on review 113's sender_words.NEXT_NOUNS, hand-made after Postfix's reject_unknown_sender_domain "
          "('Sender address rejected: Domain not found', postfix.org/postconf.5.html) and Exim's sender verification "
          "('Sender verify failed', exim.org spec ch. 'Access control lists', verify = sender): our sender's address "
          "or domain said missing (RFC 3463 5.1.7 bad sender's mailbox address syntax / 5.1.8 bad sender's system "
          "address), then the recipient's noun and what became of it in words the exceptions do not list; taxonomy "
          "section 7: not hard, the sender's")
SENDER_ROWS = [
    ("label-after", f"553 5.1.8 Sender address <{OURS}> unknown Recipient: {LEAD}", "5.1.8", "RCPT", *OUR_SIDE),
    ("label-after-stop", f"553 5.1.8 Sender address <{OURS}> unknown. Recipient: {LEAD}", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("recipient-side", "553 5.1.8 sender unknown recipient side", "5.1.8", "RCPT", *OUR_SIDE),
    ("recipient-was-rejected", f"553 5.1.8 Sender domain of <{OURS}> unknown recipient was rejected", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("de-empfaenger-server", "553 5.1.8 Absender unbekannt Empfänger-Server hat abgelehnt", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("es-no-alcanzado", "553 5.1.8 remitente desconocido destinatario no alcanzado", "5.1.8", "RCPT", *OUR_SIDE),
    ("fr-non-contacte", "553 5.1.8 expéditeur inconnu destinataire non contacté", "5.1.8", "RCPT", *OUR_SIDE),
    ("verification-skipped", "553 5.1.8 sender not found, recipient verification skipped", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("envelope-invalid-recipient-ok", "553 5.1.7 envelope sender invalid; recipient ok", "5.1.7", "RCPT", *OUR_SIDE),
    ("ja-hasshinsha-fumei", "553 5.1.8 発信者不明 受信者", "5.1.8", "RCPT", *OUR_SIDE),
    ("zh-fajianren-bucunzai", "553 5.1.8 发件人不存在 收件人未投递", "5.1.8", "RCPT", *OUR_SIDE),
    # No stage named in the quoted copies (Gmail's, Exchange Online's): the words alone, and 5.1.8, say ours.
    # (Written after the NEXT_NOUNS mend, before running it: its near misses, still ours.)
    ("plural-recipients-rejected", f"553 5.1.8 Sender <{OURS}> unknown recipients rejected", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("plural-two-addresses", f"553 5.1.8 Sender <{OURS}> unknown recipients: {LEAD}, other@example.org", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("recipient-was-not-contacted", f"553 5.1.8 Sender <{OURS}> unknown recipient was not contacted", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("mail-from-domain-unknown", "553 5.1.8 MAIL FROM domain unknown recipient not delivered", "5.1.8", "RCPT",
     *OUR_SIDE),
]

# ---- 1b. FALSE HARDS in said_address._ADDRESS_NAMED (RECIPIENT_ROLE next, no exceptions at all) and other languages
ADDRESS = ("attack on said_address._ADDRESS_NAMED's RECIPIENT_ROLE look-ahead (review 113: any recipient noun after "
           "the missing word makes it the recipient's, with none of NEXT_NOUNS's exceptions), and on NEXT_NOUNS in "
           "German / Japanese / Chinese refusal words, hand-made after Postfix's 'Sender address rejected' "
           "(postfix.org/postconf.5.html, reject_unverified_sender): OUR address said unknown, then the recipient "
           "refused or not tried as a result (RFC 3463 5.1.8 bad sender's system address); taxonomy section 7: not "
           "hard, the sender's")
ADDRESS_ROWS = [
    ("address-unknown-recipient-not-contacted", f"553 5.1.8 Address <{OURS}> unknown recipient not contacted",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("address-invalid-receiver-rejected", f"553 5.1.8 Address <{OURS}> invalid receiver rejected", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("de-adresse-unbekannt-empfaenger-abgelehnt", f"553 5.1.8 Adresse <{OURS}> unbekannt Empfänger abgelehnt",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("de-absender-unbekannt-empfaenger-abgelehnt", f"553 5.1.8 Absender <{OURS}> unbekannt Empfänger abgelehnt",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("ja-soushinsha-fumei-atesaki-kyohi", f"553 5.1.8 送信者 <{OURS}> 不明 宛先拒否", "5.1.8", "RCPT", *OUR_SIDE),
    ("zh-fajianren-bucunzai-shoujianren-jujue", f"553 5.1.8 发件人 <{OURS}> 不存在 收件人被拒绝", "5.1.8", "RCPT",
     *OUR_SIDE),
]
ADDRESS_CTL = ("control of 1b: our address named, the recipient's noun the thing unknown, nothing after it (review "
               "112/113's wording without a role before the address; RFC 3463 5.1.1; taxonomy userunknown, hard)")
ADDRESS_CTL_ROWS = [
    ("c-address-unknown-recipient", f"550 5.1.1 Address <{OURS}>: unknown recipient", "5.1.1", "RCPT", *HARD_UNK),
    ("c-address-unknown-empfaenger", f"550 5.1.1 Adresse <{OURS}>: unbekannter Empfänger", "5.1.1", "RCPT",
     *HARD_UNK),
    # (Written after the RECIPIENT_FATE mend, before running it: the fate word not next to the noun.)
    ("c-address-unknown-recipient-stop-rejected", f"550 5.1.1 Address <{OURS}>: unknown recipient; rejected",
     "5.1.1", "RCPT", *HARD_UNK),
]
LEAD_CTL = ("control of the RECIPIENT_FATE mend with the PROSPECT's address (not ours): Postfix's own 'Recipient "
            "address rejected: User unknown in local recipient table' (postfix.org/LOCAL_RECIPIENT_README.html) and "
            "the prospect's address said unknown then 'recipient rejected' (RFC 3463 5.1.1; taxonomy userunknown, "
            "hard)")
LEAD_CTL_ROWS = [
    ("c-postfix-local-recipient-table", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local "
     "recipient table", "5.1.1", "RCPT", *HARD_UNK),
    ("c-lead-address-unknown-recipient-rejected", f"550 5.1.1 Address <{LEAD}> unknown recipient rejected", "5.1.1",
     "RCPT", *HARD_UNK),
]

# ---- 2. FALSE SOFTS: the exceptions where the one recipient is the thing missing --------------------------------
PLURAL = ("attack on NEXT_NOUNS's exceptions (plural 'recipients', 'recipient ... rejected'): the reply's status is "
          "RFC 3463 5.1.1 (bad destination mailbox address) and the prospect's address is the one named, or the "
          "wording is a plain MTA's 'User unknown' about the recipient (Postfix's 'User unknown in local recipient "
          "table', postfix.org/LOCAL_RECIPIENT_README.html); taxonomy userunknown, hard")
PLURAL_ROWS = [
    ("return-path-unknown-recipients-lead", f"550 5.1.1 Return-path <{OURS}>: unknown recipients: {LEAD}", "5.1.1",
     "RCPT", *HARD_UNK),
    ("plain-unknown-recipients-lead", f"550 5.1.1 unknown recipients: {LEAD}", "5.1.1", "RCPT", *HARD_UNK),
    ("plain-user-unknown-recipient-rejected", f"550 5.1.1 <{LEAD}>: User unknown recipient rejected", "5.1.1",
     "RCPT", *HARD_UNK),
    ("bare-user-unknown-recipient-rejected", "550 5.1.1 User unknown recipient rejected", "5.1.1", "RCPT",
     *HARD_UNK),
]

# ---- 3. CONTROLS: the recipient's noun after the absence, nothing of ours after it ---------------------------------
CTL = ("control of 1 and of any mend: after our address in a role, the recipient's noun as the thing unknown "
       "(review 112/113's wordings; RFC 3463 5.1.1 bad destination mailbox; taxonomy userunknown, hard)")
CTL_ROWS = [
    ("c-return-path-unknown-recipient", f"550 5.1.1 Return-path address {OURS}: unknown recipient", "5.1.1", "RCPT",
     *HARD_UNK),
    ("c-return-path-unknown-destinataire", f"550 5.1.1 Return-path address {OURS}: unknown destinataire", "5.1.1",
     "RCPT", *HARD_UNK),
    ("c-return-path-unknown-empfaenger", f"550 5.1.1 Return-path address {OURS}: unknown Empfänger", "5.1.1",
     "RCPT", *HARD_UNK),
    ("c-return-path-unknown-recipient-lead", f"550 5.1.1 Return-path address {OURS}: unknown recipient {LEAD}",
     "5.1.1", "RCPT", *HARD_UNK),
    # (Written after the NEXT_NOUNS mend, before running it: the singular label form the plural mend mirrors; a
    # plural that names no one address, still ours under 5.1.8; our sender missing, the recipient then "was" fine.)
    ("c-return-path-unknown-recipient-colon-lead", f"550 5.1.1 Return-path address {OURS}: unknown recipient: {LEAD}",
     "5.1.1", "RCPT", *HARD_UNK),
    ("c-return-path-unknown-recipient-lead-stop", f"550 5.1.1 Return-path address {OURS}: unknown recipient {LEAD}.",
     "5.1.1", "RCPT", *HARD_UNK),
    ("c-sender-ok-recipient-not-found", f"550 5.1.1 Sender {OURS} OK; recipient not found", "5.1.1", "RCPT",
     *HARD_UNK),
]

ROWS = (ours("sender", SENDER, SENDER_ROWS, ("mail-from-domain-unknown",)) + ours("address", ADDRESS, ADDRESS_ROWS, ())
        + ours("addressctl", ADDRESS_CTL, ADDRESS_CTL_ROWS) + both("leadctl", LEAD_CTL, LEAD_CTL_ROWS)
        + ours("plural", PLURAL, PLURAL_ROWS) + ours("ctl", CTL, CTL_ROWS, ()))
