"""The hundred-and-thirteenth review: an ADVERSARIAL AUDIT of review 112's fresh mends, hunting FALSE HARDS above all
(a live prospect marked dead) and false softs.

1. lexicon._SENDER's look-ahead (review 112): an absence followed by "recipient"/"addressee" no longer ours. Attacks:
   OUR sender refused, "recipient" right after the absence word, the thing missing still ours.
2. said_address (review 112): the missing word followed by a recipient noun counts as that noun's, but only for the
   English/German/French nouns; the rest of our clause's sentence is cut before speaks_of_recipient looks. Attacks:
   "<ours>: unknown receiver / destinatario / ontvanger / ..." (false softs); the PROSPECT's address said "not valid"
   / "invalid" as part of a relaying or policy phrase (false hards, the fresh _MISSING words).
3. severity._NAMES_RECIPIENT (review 112): help text placeholders other than "RCPT TO:<address>".

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices25.both_layouts. All HAND-MADE;
test_review_notices113.py runs them. Our sender: sender@example.com (relay copy) / seller@example.com (Gmail and
Exchange Online copies); the prospect lead@example.org."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices112 import HARD_UNK, LEAD, MX, NOT, OUR_SIDE, OURS, R, S, ours_in


def ours(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    return ours_in("r113", prefix, source, entries)


both = both_layouts("r113", MX, LEAD)

# ---- 1. FALSE HARDS: our sender said missing, "recipient" right after the absence word ------------------------------
SENDER = ("attack on review 112's look-ahead in lexicon._SENDER, hand-made after Postfix's reject_unknown_sender_domain "
          "('Sender address rejected: Domain not found', postfix.org/postconf.5.html) and Exim's sender verification "
          "('Sender verify failed', exim.org spec ch. 'Access control lists', verify = sender): the sender's domain or "
          "address said missing, then words about the recipient being refused AS A RESULT; RFC 3463 5.1.7/5.1.8 bad "
          "sender's address; taxonomy section 7: not hard, the sender's")
SENDER_ROWS = [
    ("sender-domain-unknown-recipient-rejected", f"550 5.1.8 <{OURS}>: Sender domain unknown recipient rejected",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("sender-address-not-found-recipient-not-contacted", "553 5.1.8 Sender address not found recipient not contacted",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("sender-verify-unknown-addressee-refused", f"550 Sender verify failed for <{OURS}>: unknown addressee refused",
     "", "RCPT", *OUR_SIDE),
    ("no-status-sender-unknown-recipient-blocked", f"550 Sender {OURS} unknown recipient blocked", "", "RCPT",
     *OUR_SIDE),
]
SENDER_CTL = ("control of 1 (review 112's own attack wording): the recipient named as the thing unknown after our "
              "address in a role (RFC 3463 5.1.1 bad destination mailbox; taxonomy userunknown, hard)")
SENDER_CTL_ROWS = [
    ("c-return-path-unknown-recipient", f"550 5.1.1 Return-path address {OURS}: unknown recipient", "5.1.1", "RCPT",
     *HARD_UNK),
    # (Written after the NEXT_NOUNS mend, before running it: the recipient as the next noun in another language, and
    # the recipient's absence said in the next sentence after our sender passed.)
    ("c-originator-unknown-destinatario", f"550 5.1.1 Originator address {OURS}: unknown destinatario", "5.1.1",
     "RCPT", *HARD_UNK),
    ("c-sender-ok-recipient-not-found", f"550 5.1.1 Sender {OURS} OK; recipient not found", "5.1.1", "RCPT",
     *HARD_UNK),
]

# ---- 2a. FALSE SOFTS: the missing word after our address qualifies a recipient noun the look-ahead lacks -------------
NOUN = ("attack on said_address._ADDRESS_NAMED's look-ahead (review 112: recipient/addressee/destination/Empfänger/"
        "destinataire only) and _OUR_CLAUSE_REST (the rest of our clause's sentence cut before speaks_of_recipient): "
        "our address in a role the look-behinds do not list, then 'unknown <recipient noun>' in English 'receiver' "
        "and the nouns of sender_words.RECIPIENT_ROLE (es/it 'destinatario', pt 'destinatário', nl 'ontvanger', pl "
        "'odbiorca', ru 'получатель', sv 'mottagare', ja '受信者', zh '收件人'); RFC 3463 5.1.1 bad destination "
        "mailbox; taxonomy userunknown, hard")
NOUN_ROWS = [
    ("en-receiver", f"550 5.1.1 Return-path address {OURS}: unknown receiver", "5.1.1", "RCPT", *HARD_UNK),
    ("es-destinatario", f"550 5.1.1 Return-path address {OURS}: unknown destinatario", "5.1.1", "RCPT", *HARD_UNK),
    ("pt-destinatario", f"550 5.1.1 Return-path address {OURS}: unknown destinatário", "5.1.1", "RCPT", *HARD_UNK),
    ("nl-ontvanger", f"550 5.1.1 Return-path address {OURS}: unknown ontvanger", "5.1.1", "RCPT", *HARD_UNK),
    ("pl-odbiorca", f"550 5.1.1 Return-path address {OURS}: unknown odbiorca", "5.1.1", "RCPT", *HARD_UNK),
    ("ru-poluchatel", f"550 5.1.1 Return-path address {OURS}: unknown получатель", "5.1.1", "RCPT", *HARD_UNK),
    ("sv-mottagare", f"550 5.1.1 Return-path address {OURS}: unknown mottagare", "5.1.1", "RCPT", *HARD_UNK),
    ("ja-jushinsha", f"550 5.1.1 Return-path address {OURS}: unknown 受信者", "5.1.1", "RCPT", *HARD_UNK),
    ("zh-shoujianren", f"550 5.1.1 Return-path address {OURS}: unknown 收件人", "5.1.1", "RCPT", *HARD_UNK),
]
NOUN_CTL = ("control of 2a: our address itself said unknown, the recipient's noun only as whom it is unknown to or as "
            "the server that reports (taxonomy section 7: not hard, the sender's)")
NOUN_CTL_ROWS = [
    ("c-unknown-to-the-receiver", f"550 5.1.1 Address {OURS} unknown to the receiver", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-es-servidor-del-destinatario", f"550 5.7.1 El servidor del destinatario informa: la dirección {OURS} no "
     "existe", "5.7.1", "RCPT", *OUR_SIDE),
]

# ---- 2b. FALSE HARDS: the PROSPECT's address said 'not valid' / 'invalid' as part of a policy phrase ---------------
POLICY = ("attack on review 112's _MISSING words 'invalid' / 'not valid' / 'ungültig', hand-made after Postfix's "
          "'554 5.7.1 <a>: Relay access denied' (postfix.org/postconf.5.html, reject_unauth_destination) and SPF "
          "rejections (RFC 7208 section 8.4, 'fail': 550 5.7.1): the recipient's address named, then 'not valid for "
          "relaying' / 'invalid for this route': the relay refuses to relay, the mailbox is not said missing (RFC 3463 "
          "5.7.1 delivery not authorized); taxonomy: not userunknown, not hard")
POLICY_ROWS = [
    ("address-not-valid-for-relaying", f"554 5.7.1 Relay access denied: address {LEAD} not valid for relaying",
     "5.7.1", "RCPT", *NOT),
    ("address-invalid-for-this-route", f"550 5.7.1 address {LEAD} invalid for this route from your host", "5.7.1",
     "RCPT", *NOT),
    ("de-adresse-ungueltig-fuer-relaying", f"550 5.7.1 Adresse {LEAD} ungültig für Relaying", "5.7.1", "RCPT", *NOT),
]
POLICY_OURS = ("control of 2b with OUR address: our sender said invalid for SPF / for relaying (RFC 7208 section 8.4; "
               "taxonomy section 7: not hard, the sender's)")
POLICY_OURS_ROWS = [
    ("ours-invalid-for-spf", f"550 5.7.1 sender {OURS} invalid for this domain's SPF", "5.7.1", "RCPT", *OUR_SIDE),
    ("ours-not-valid-for-relaying", f"550 5.7.1 address {OURS} not valid for relaying", "5.7.1", "RCPT", *OUR_SIDE),
]
POLICY_CTL = ("control of 2b: the PROSPECT's address said invalid with nothing after it (RFC 3463 5.1.1 bad "
              "destination mailbox; taxonomy userunknown, hard)")
POLICY_CTL_ROWS = [
    ("c-lead-address-invalid", f"550 5.1.1 Recipient server reports: address {LEAD} is invalid", "5.1.1", "RCPT",
     *HARD_UNK),
]

# ---- 3. SYNTAXERROR at MAIL FROM: help text placeholders ----------------------------------------------------------
STAGE = ("attack on severity._NAMES_RECIPIENT's help-text exclusion (review 112: only 'RCPT TO:<address>'), hand-made "
         "after Postfix's '501 5.5.4 Syntax: MAIL FROM:<address>' (postfix smtpd.c) and RFC 5321 section 4.1.1.3's "
         "'RCPT TO:<forward-path>': other placeholders in a help text; the reply answered our MAIL FROM (RFC 3463 "
         "5.5.x), the sender's")
STAGE_ROWS = [
    ("help-rcpt-to-recipient", "501 5.5.4 Syntax: MAIL FROM:<sender>, then RCPT TO:<recipient>", "5.5.4", "MAIL",
     False, (), S),
    ("help-rcpt-to-forward-path", "501 5.5.4 Syntax: MAIL FROM:<reverse-path>; RCPT TO:<forward-path>", "5.5.4",
     "MAIL", False, (), S),
]
STAGE_CTL = ("control of 3: the recipient named by role in a syntax reply filed under MAIL FROM (RFC 2920 section "
             "3.1, pipelined replies paired wrongly): the recipient's")
STAGE_CTL_ROWS = [
    ("c-bad-recipient-syntax", "501 5.1.3 Bad recipient address syntax", "5.1.3", "MAIL", False, (), R),
    # (Written after the placeholder mend, before running it: a real address in the help's place names a recipient.)
    ("c-rcpt-to-real-address", f"501 5.5.4 Syntax error in RCPT TO:<{LEAD}>", "5.5.4", "MAIL", False, (), R),
]

ROWS = (ours("sender", SENDER, SENDER_ROWS) + ours("senderctl", SENDER_CTL, SENDER_CTL_ROWS)
        + ours("noun", NOUN, NOUN_ROWS) + ours("nounctl", NOUN_CTL, NOUN_CTL_ROWS)
        + both("policy", POLICY, POLICY_ROWS) + ours("policyours", POLICY_OURS, POLICY_OURS_ROWS)
        + both("policyctl", POLICY_CTL, POLICY_CTL_ROWS)
        + both("stage", STAGE, STAGE_ROWS) + both("stagectl", STAGE_CTL, STAGE_CTL_ROWS))
