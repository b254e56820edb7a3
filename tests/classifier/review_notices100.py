"""The hundredth review: an OUTSIDE OPINION. Debian's Sisimai 4.25 (benchmarks/sisimai_diff.py --review-rows) read the
~13,800 review rows; where it and we disagree on hard vs soft, the row's cited source decided who is right (report of
review 100). The one family where the disagreement turns on a vendor's own table, and where a reading of ours is
HARD (the costliest error if wrong), is Exchange Online's "Access denied" family: Sisimai 4.25 reads 5.7.504 and
5.7.505 as suspend / filtered (soft), we read userunknown (hard, classifier/remote/microsoft.py). Microsoft's table
says the recipient is not valid, so ours stands; these rows put the two wordings in new shapes, and beside them the
same table's "Access denied" replies that are about the SENDER (its account, its IP, its HELO), which must not flip.

Rows: (name, source, raw, expected), expected written from Microsoft's table and shared/classifier/taxonomy.md BEFORE
the classifier ran. All HAND-MADE after the table's wordings."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
OURS = "seller@example.com"
MX = "partner-example.mail.protection.outlook.com"
UNK = ("userunknown",)
EXO = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (MicrosoftDocs/"
       "SupportArticles-docs, its table of 5.7.5xx codes: 5.7.504 '[email]: Recipient address rejected: Access "
       "denied' and 5.7.505 'Access denied, banned recipient' = 'The recipient address that you're attempting to "
       "contact isn't valid'; 5.7.501-503/511 'banned sender' = the sending account or IP banned; 5.7.506 'Bad HELO'; "
       "5.7.507 'rejected by recipient' = the sending IP blocked by the recipient's organization; 5.7.606 'banned "
       "sending IP'), hand-made in new shapes")


both = both_layouts("r100", MX, LEAD)


# ---- the recipient is not valid (hard): new shapes of Microsoft's two wordings ---------------------------------
INVALID = [
    ("x504-edge-suffix", f"550 5.7.504 [{LEAD}]: Recipient address rejected: Access denied "
     "[AM4PEPF00012345.eurprd04.prod.protection.outlook.com]", "5.7.504", "RCPT", True, UNK, R),
    ("x504-as-tag", "550 5.7.504 Recipient address rejected: Access denied. AS(201806271) "
     "[DB5PEPF00000001.eurprd02.prod.protection.outlook.com]", "5.7.504", "RCPT", True, UNK, R),
    ("x505-as-tag-suffix", "550 5.7.505 Access denied, banned recipient. AS(201806281) "
     "[BN8NAM12FT034.eop-nam12.prod.protection.outlook.com]", "5.7.505", "RCPT", True, UNK, R),
    ("x505-address-after", f"550 5.7.505 Access denied, banned recipient [{LEAD}]", "5.7.505", "RCPT", True, UNK, R),
]
# ---- the same "Access denied" words about the SENDER (soft): must not flip ----------------------------------------
SENDER_SIDE = [
    ("c501-spam-abuse", "550 5.7.501 Access denied, spam abuse detected", "5.7.501", "RCPT", False, (), S),
    ("c502-banned-sender", "550 5.7.502 Access denied, banned sender", "5.7.502", "RCPT", False, (), S),
    ("c506-bad-helo", "550 5.7.506 Access Denied, Bad HELO", "5.7.506", "RCPT", False, (), S),
    ("c507-rejected-by-recipient", "550 5.7.507 Access denied, rejected by recipient", "5.7.507", "RCPT", False,
     (), ANY),
    ("c511-banned-sender-ip", "550 5.7.511 Access denied, banned sender[192.0.2.25]. To request removal from this "
     "list please forward this message to delist@microsoft.com", "5.7.511", "RCPT", False, (), S),
    ("c606-banned-sending-ip", "550 5.7.606 Access denied, banned sending IP [192.0.2.25]. To request removal from "
     "this list please visit https://sender.office.com/ and follow the directions", "5.7.606", "RCPT", False,
     ("blocked",), S),
    # negated: the recipient is said NOT banned; the sending IP is
    ("c-negated-recipient-not-banned", "550 5.7.606 Recipient not banned; access denied, banned sending IP "
     "[192.0.2.25]", "5.7.606", "RCPT", False, ("blocked",), S),
    # our own relay refusing our sender at MAIL FROM (Postfix access(5) REJECT on the sender)
    ("c-sender-address-access-denied", f"554 5.7.1 <{OURS}>: Sender address rejected: Access denied", "5.7.1",
     "MAIL", False, (), S),
    # temporary: the words under 4.x are a delay, never hard
    ("c-temporary-504", f"450 4.7.504 [{LEAD}]: Recipient address rejected: Access denied, try again later",
     "4.7.504", "RCPT", False, (), ANY),
]
# ---- 5.7.505 with NO Microsoft mark (a gateway in front of Exchange Online relays EOP's refusal, or Exchange
# Online's own NDR names no remote host): the words are the mark. Before review 100 these read securityerror (soft)
# where no Microsoft host, AS tag or protection.outlook.com suffix stood beside them: a false soft.
GATEWAY = "mx.unknown-host.example"  # a gateway no provider module knows
UNMARKED_SRC = EXO + "; the reply as a gateway in front of Exchange Online relays it, no Microsoft host named"
UNMARKED = [
    ("u505-bare", "550 5.7.505 Access denied, banned recipient", "5.7.505", "RCPT", True, UNK, R),
    ("u505-address-after", f"550 5.7.505 Access denied, banned recipient [{LEAD}]", "5.7.505", "RCPT", True, UNK, R),
    ("u505-contact-admin", "550 5.7.505 Access denied, banned recipient. If you feel this is an error, contact "
     "support", "5.7.505", "RCPT", True, UNK, R),
    ("u505-data", "554 5.7.505 Access denied, banned recipient", "5.7.505", "DATA", True, UNK, R),
]
UNMARKED_CONTROLS = [
    # temporary: a 4.x is a delay, never hard
    ("u505-c-temporary", "451 4.7.505 Access denied, banned recipient; try again later", "4.7.505", "RCPT", False,
     (), ANY),
    # the sender's side: the same table's "banned sender" / "banned sending IP", unmarked
    ("u505-c-banned-sender", "550 5.7.511 Access denied, banned sender[192.0.2.25]", "5.7.511", "RCPT", False, (),
     S),
    ("u505-c-banned-sending-ip", "550 5.7.606 Access denied, banned sending IP [192.0.2.25]", "5.7.606", "RCPT",
     False, ("blocked",), S),
    # negated: the refusal says it is NOT the recipient's ban; our IP is banned
    ("u505-c-negated", "550 5.7.606 Access denied, banned sending IP [192.0.2.25]; not an 'Access denied, banned "
     "recipient' refusal", "5.7.606", "RCPT", False, ("blocked",), S),
    # another subject: the words in the reply to our MAIL FROM (RFC 5321 4.2: a reply answers its command): ours
    ("u505-c-at-mail-from", f"550 5.7.505 <{OURS}>: Access denied, banned recipient", "5.7.505", "MAIL", False, (),
     S),
]
ROWS = (both("exo", EXO, INVALID + SENDER_SIDE)
        + rows_relayed("r100-gw", UNMARKED_SRC, GATEWAY, LEAD, UNMARKED + UNMARKED_CONTROLS)
        + rows_quoted("r100-gw", UNMARKED_SRC, GATEWAY, LEAD, UNMARKED + UNMARKED_CONTROLS))
