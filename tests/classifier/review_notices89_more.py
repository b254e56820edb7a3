"""Review 89, part 2 (part 1: review_notices89.py): formats/dsn._key's IDNA2008 labels (review 85) met with case,
a capital sharp s, decomposed letters, mixed scripts and A-labels in capitals (the same mailbox twice must count
once, two different must stay two); review 87's soft_wordings._NOT_BESIDE_NO_USER widening ("unknown/invalid
recipient|mailbox", "address <a@b> not found") met with our IP's block that uses those words of a count, a limit
or OUR sender's address (must stay our block, soft); lexicon.program_names_another_user (reviews 86/87) met with
a program naming our sender's address, another domain's, the recipient's in capitals. Expectations written
BEFORE running; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices47_layouts import PF_PIPE, pf_mda
from tests.classifier.review_notices50_layouts import block
from tests.classifier.review_notices50_sources import hard
from tests.classifier.review_notices85_dsn import _rep

R, S = "recipient", "sender"
LEAD = "lead@partner.example"
MX = "mx.partner.example"
UNK = ("userunknown",)

# ---- (c) IDNA2008 keys ------------------------------------------------------------------------------------------
IDN08 = ("RFC 5891 §5.3-5.4 (a U-label is NFC and lower case: 'ẞ' U+1E9E, capitals and decomposed letters are "
         "not its spelling, the mailbox is the same), RFC 5890 §2.3.2.1 (an A-label compares case-insensitively) "
         "(HAND-MADE)")
TWO = "RFC 5891 §4-5, RFC 5892 (different code points, different labels: two mailboxes) (HAND-MADE)"
IDN = [
    # (The address reported is the notice's spelling lower-cased; the point is one delivery, not two.)
    ("c89-capital-a-label", IDN08 + " ('XN--MNCHEN-3YA' and 'münchen': one mailbox)",
     _rep("89ca", [block("rfc822; lead@XN--MNCHEN-3YA.example"), block("rfc822; lead@münchen.example")],
          to="lead@münchen.example"), hard("lead@xn--mnchen-3ya.example")),
    ("c89-capital-sharp-s", IDN08 + " ('STRAẞE' with the capital sharp s, and 'straße': one mailbox)",
     _rep("89cs", [block("rfc822; lead@STRAẞE.example"), block("rfc822; lead@straße.example")],
          to="lead@straße.example"), hard("lead@straße.example")),
    ("c89-decomposed-umlaut", IDN08 + " ('mu' + U+0308 decomposed and 'münchen' composed: one mailbox)",
     _rep("89cd", [block("rfc822; lead@mu\u0308nchen.example"), block("rfc822; lead@münchen.example")],
          to="lead@münchen.example"), hard("lead@münchen.example")),
    ("c89-upper-local-and-u-label", IDN08 + " ('LEAD@MÜNCHEN' and 'lead@münchen': one mailbox as the project keys "
     "local parts)", _rep("89cu", [block("rfc822; LEAD@MÜNCHEN.example"), block("rfc822; lead@münchen.example")],
                          to="lead@münchen.example"), hard("lead@münchen.example")),
    ("c89-mixed-script-lookalike", TWO + " (Cyrillic 'раypal' with Latin 'y' and the all-Latin 'paypal': two)",
     _rep("89cm", [block("rfc822; lead@раypal.example"), block("rfc822; lead@paypal.example")],
          to="lead@раypal.example, lead@paypal.example"), hard("lead@раypal.example", "lead@paypal.example")),
    ("c89-eszett-vs-capital-ss", TWO + " ('straße' and 'STRASSE': two, the capitals fold to 'strasse' only)",
     _rep("89ce", [block("rfc822; lead@straße.example"), block("rfc822; lead@STRASSE.example")],
          to="lead@straße.example, lead@STRASSE.example"), hard("lead@straße.example", "lead@strasse.example")),
    ("c89-final-sigma-a-label", TWO + " ('πς' and the A-label of 'πσ': two)",
     _rep("89cf", [block("rfc822; lead@πς.example"), block("rfc822; lead@" + "πσ".encode("punycode").decode()
                                                                   .join(("xn--", "")) + ".example")],
          to="lead@πς.example"),
     hard("lead@πς.example", "lead@xn--" + "πσ".encode("punycode").decode() + ".example")),
    ("c89-dotted-i-turkish", TWO + " ('ı' dotless and 'i': two)",
     _rep("89ct", [block("rfc822; lead@dıs.example"), block("rfc822; lead@dis.example")],
          to="lead@dıs.example, lead@dis.example"), hard("lead@dıs.example", "lead@dis.example")),
]

# ---- (d) our IP's block in the widened words of a missing recipient ---------------------------------------------
BLOCK = ("RFC 5321 §4.5.3.1.8 (a server's recipient count limit) and §4.1.1.2 MAIL FROM (the reverse-path), as an "
         "Exim ACL 'message =' beside $sender_host_address (Exim spec ch. 44) words a refusal of OUR IP or OUR sender "
         "(HAND-MADE)")
OUR_BLOCK = [
    ("invalid-recipient-count-ip", "554 5.7.1 Mail from IP 192.0.2.7 refused: invalid recipient count in the last hour",
     "5.7.1", "RCPT", False, (), S),
    ("unknown-recipient-limit-ip", "550 5.7.1 Rejected mail from IP 192.0.2.7: unknown recipient limit exceeded",
     "5.7.1", "RCPT", False, (), S),
    ("our-sender-address-not-found-ip", "550 5.7.1 Mail from IP 192.0.2.7 refused: address <seller@example.com> not "
     "found in our allow list", "5.7.1", "RCPT", False, (), S),
    ("invalid-mailbox-ratio-ip", "554 5.7.1 Mail from IP address 192.0.2.7 refused: invalid mailbox ratio too high",
     "5.7.1", "RCPT", False, (), S),
]
OUR_BLOCK_CONTROLS = [  # the widening's own cases: the recipient missing, the IP only noted (hard)
    ("invalid-recipient-named-ip", f"550 5.1.1 Invalid recipient <{LEAD}>; connection from IP 192.0.2.7 logged",
     "5.1.1", "RCPT", True, UNK, R),
    ("invalid-recipient-dash-count-ip", "550 5.1.1 Invalid recipient - count of failures logged for IP 192.0.2.7",
     "5.1.1", "RCPT", True, UNK, R),
    ("user-unknown-then-invalid-count", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown. Invalid "
     "recipient count for this session: 1", "5.1.1", "RCPT", True, UNK, R),
    ("address-lead-not-found-ip", f"550 5.1.1 Address <{LEAD}> not found; message from IP 192.0.2.7 rejected",
     "5.1.1", "RCPT", True, UNK, R),
]

# ---- (e) a delivery program naming a user@domain --------------------------------------------------------------
MDA = ("GNU Mailutils 3.15 libmda/deliver.c mda_error(_(\"%s: no such user\")) then EX_NOUSER; Postfix local(8) "
       "passes the recipient as the program's user")
_REC = "lead@example.org"


def _mda(rid: str, note: str, output: str, expected: list[tuple]) -> tuple:
    raw = pf_mda(f"user unknown. Command output: {output} ", status="5.1.1", diag=f"x-unix; {output}", address=_REC)
    return (f"e89-xunix-{rid}", f"hand-made: {MDA} ({note}); {PF_PIPE}", raw, expected)


_ERR = [(_REC, False, ("mailererror",), R, False)]
PROGRAMS = [
    _mda("our-sender-address", "the program names our sender's address: its own configuration, not the recipient",
         "mda: seller@example.com: no such user", _ERR),
    _mda("other-domain-same-local", "the recipient's local part at another domain: a forward target",
         "mda: lead@other.example: no such user", _ERR),
    _mda("subdomain", "the recipient's local part at a subdomain: another address",
         "mda: lead@mail.example.org: no such user", _ERR),
    _mda("recipient-in-capitals", "control: the recipient's own address in capitals (RFC 5321 §2.4 domains are "
         "case-insensitive)", "mda: LEAD@EXAMPLE.ORG: no such user", hard(_REC)),
    _mda("recipient-whole-address", "control: the recipient's own whole address",
         "mda: lead@example.org: no such user", hard(_REC)),
]

ROWS = (IDN + rows_relayed("d89", BLOCK, MX, LEAD, OUR_BLOCK + OUR_BLOCK_CONTROLS)
        + rows_quoted("d89", BLOCK, MX, LEAD, OUR_BLOCK + OUR_BLOCK_CONTROLS) + PROGRAMS)
