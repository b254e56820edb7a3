"""Formats 63, second half (the first and the families' list: review_formats63.py): (b) an RFC 3464 report with ONE
malformed per-recipient block or address beside a sound block: no address type, a space in the address, a trailing
comment or an unclosed one, angle brackets after the type, an empty value (with and without the human text naming the
address), a folded value, no blank line between blocks or after the per-message fields, the x400 address type
(IANA's DSN address types: rfc822, x400, utf-8) with and without an Original-Recipient, Sendmail's mailer address
types ('X-Unix'), an unknown 'x-local' type, a trailing ';', a duplicated field, a null '<>', tabs, lower-case field
names, an unqualified local part: the other recipient and whatever can be read must still be read, nothing lost, no
crash, and no recipient made up where the report gives none. Postfix bounce(8)'s report layout
(review_formats57_layouts.report). Expectations written BEFORE the classifier ran on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_audit35 import hard, soft
from tests.classifier.review_formats57_layouts import PER_MESSAGE, PF_TEXT, rcpt, report
from tests.classifier.review_layouts40_layouts import LEAD, OTHER

NB: list[tuple] = []
MX = "mx.partner.example"
UU = "550 5.1.1 User unknown"
BOTH = f"{LEAD}, {OTHER}"
GOOD = rcpt(OTHER, "failed", "5.2.2", "552 5.2.2 Mailbox full")
GOOD_TEXT = f"<{OTHER}>: host {MX} said: 552 5.2.2 Mailbox full (in\n    reply to RCPT TO command)\n"
LEAD_AND_OTHER = hard("userunknown") + soft("mailboxfull", address=OTHER)
ONLY_OTHER = soft("mailboxfull", address=OTHER)

MAL = "RFC 3464 2.3.2 (Final-Recipient: address-type ';' generic-address), written wrongly by a generator"
BLOCKS = ("RFC 3464 2.1 (the per-message fields, then each per-recipient group, each group preceded by a blank "
          "line) and 2.1.1 (fields folded as RFC 822 headers)")
TYPES = ("IANA 'Delivery Status Notification (DSN) Types' registry (address types rfc822 [RFC 3461], x400 "
         "[RFC 2156], UTF-8 [RFC 6533]); RFC 3464 2.3.2 (the address type names the syntax of the address)")
X400 = (f"{TYPES}; an X.400 O/R address as Microsoft KB Q258678 prints one in an NDR ('c=US;a= ;p=Organization;"
        "o=Site A;...')")
SENDMAIL_TYPES = ("Sendmail's DSN (sendmail/savemail.c errbody: 'Final-Recipient: %s; %s' with the mailer's "
                  "addrtype, 'X-Unix' for the local and prog mailers of cf/mailer/local.m4 'T=DNS/RFC822/X-Unix') "
                  "with the ORCPT carried to 'Original-Recipient:'")


def _mal(name: str, bad: str, *, to: str = BOTH, first: bool = True, named: str | None = None) -> bytes:
    """Postfix's report: the `bad` block as written beside GOOD (`first`: the bad one first); the human text naming
    `named` too (else only the good recipient)."""
    text = PF_TEXT + (f"<{named}>: host {MX} said: {UU} (in reply\n    to RCPT TO command)\n" if named else "") \
        + GOOD_TEXT
    return report(f"f63m-{name}", text, PER_MESSAGE + "\n".join([bad, GOOD] if first else [GOOD, bad]), to=to)


def _block(final_line: str, *, orig: str | None = None) -> str:
    """A failed 5.1.1 block whose Final-Recipient line is `final_line` exactly as written."""
    return ((f"Original-Recipient: {orig}\n" if orig else "") + f"{final_line}\nAction: failed\nStatus: 5.1.1\n"
            f"Remote-MTA: dns; {MX}\nDiagnostic-Code: smtp; {UU}\n")


MALFORMED_ROWS = [
    ("f63-dsn-no-type", f"{MAL}: the address alone, no type and no ';'",
     _mal("nt", _block(f"Final-Recipient: {LEAD}")), LEAD_AND_OTHER),
    ("f63-dsn-space-before-at", f"{MAL}: a space before the '@' (RFC 5322 4.4 obsolete CFWS between the parts)",
     _mal("sp", _block("Final-Recipient: rfc822; lead @partner.example")), LEAD_AND_OTHER),
    ("f63-dsn-trailing-comment", f"{MAL}: a trailing comment with the display name (RFC 5322 3.2.2 CFWS)",
     _mal("tc", _block(f"Final-Recipient: rfc822; {LEAD} (Lena Lead)")), LEAD_AND_OTHER),
    ("f63-dsn-unclosed-comment", f"{MAL}: a trailing comment never closed",
     _mal("uc", _block(f"Final-Recipient: rfc822; {LEAD} (Lena Lead"), first=False), LEAD_AND_OTHER),
    ("f63-dsn-brackets-after-type", f"{MAL}: angle brackets after the type",
     _mal("br", _block(f"Final-Recipient: rfc822; <{LEAD}>")), LEAD_AND_OTHER),
    ("f63-dsn-name-and-unclosed-bracket", f"{MAL}: a display name, then '<address' never closed",
     _mal("nub", _block(f"Final-Recipient: rfc822; Lena Lead <{LEAD}"), first=False), LEAD_AND_OTHER),
    ("f63-dsn-empty-value-text-names", f"{MAL}: 'RFC822; ' with nothing after it; Postfix's text names the address",
     _mal("evt", _block("Final-Recipient: RFC822; "), named=LEAD), LEAD_AND_OTHER),
    ("f63-ctl-dsn-empty-value-nothing-names", f"{MAL}: 'RFC822; ' empty, nothing else names that recipient: the "
     "other read, none made up (the To's remaining address is no evidence of which one failed)",
     _mal("evn", _block("Final-Recipient: RFC822; ")), ONLY_OTHER),
    ("f63-dsn-folded-value", f"{BLOCKS}: the value folded onto the next line after the type",
     _mal("fv", _block(f"Final-Recipient: rfc822;\n    {LEAD}")), LEAD_AND_OTHER),
    ("f63-dsn-folded-field-name-line", f"{BLOCKS}: the whole value folded after the field name",
     _mal("ff", _block(f"Final-Recipient:\n\trfc822; {LEAD}"), first=False), LEAD_AND_OTHER),
    ("f63-dsn-no-blank-between-blocks", f"{BLOCKS}, written without the blank line between the two groups",
     report("f63m-nbb", PF_TEXT + GOOD_TEXT, PER_MESSAGE + rcpt(LEAD, "failed", "5.1.1", UU) + GOOD, to=BOTH),
     LEAD_AND_OTHER),
    ("f63-dsn-no-blank-after-per-message", f"{BLOCKS}, written without the blank line after the per-message fields",
     report("f63m-nbp", PF_TEXT + GOOD_TEXT, PER_MESSAGE.rstrip("\n") + "\n" + rcpt(LEAD, "failed", "5.1.1", UU)
            + "\n" + GOOD, to=BOTH), LEAD_AND_OTHER),
    ("f63-dsn-x400-with-orcpt", f"{X400}; the Internet address in Original-Recipient",
     _mal("x4o", _block("Final-Recipient: x400; c=DE;a= ;p=Partner;o=Mail;s=Lead;g=Lena;",
                        orig=f"rfc822;{LEAD}")), LEAD_AND_OTHER),
    ("f63-ctl-dsn-x400-alone", f"{X400}; no Original-Recipient, no text naming it: the other read, no rfc822 address "
     "made up of the O/R fields",
     _mal("x4a", _block("Final-Recipient: x400; c=DE;a= ;p=Partner;o=Mail;s=Lead;g=Lena;")), ONLY_OTHER),
    ("f63-dsn-x-unix-with-orcpt", f"{SENDMAIL_TYPES}",
     _mal("xuo", _block("Final-Recipient: X-Unix; lead", orig=f"rfc822;{LEAD}")), LEAD_AND_OTHER),
    ("f63-dsn-x-unix-local-part", f"{SENDMAIL_TYPES}; no ORCPT: the local part, which one To recipient holds "
     "(formats/named.py)", _mal("xul", _block("Final-Recipient: X-Unix; lead"), first=False), LEAD_AND_OTHER),
    ("f63-dsn-unknown-type-address", f"{TYPES}: an unregistered type 'x-local' before an Internet address",
     _mal("xl", _block(f"Final-Recipient: x-local; {LEAD}")), LEAD_AND_OTHER),
    ("f63-dsn-trailing-semicolon", f"{MAL}: a ';' after the address",
     _mal("ts", _block(f"Final-Recipient: rfc822; {LEAD};")), LEAD_AND_OTHER),
    ("f63-dsn-final-recipient-twice", f"{MAL}: the field written twice in one group (RFC 3464 2.3 allows one)",
     _mal("tw", _block(f"Final-Recipient: rfc822; {LEAD}\nFinal-Recipient: rfc822; {LEAD}")), LEAD_AND_OTHER),
    ("f63-dsn-null-address-block", f"{MAL}: a third group naming the null address '<>' between the two sound ones",
     report("f63m-nul", PF_TEXT + GOOD_TEXT, PER_MESSAGE + "\n".join(
         [rcpt(LEAD, "failed", "5.1.1", UU), _block("Final-Recipient: rfc822; <>"), GOOD]), to=BOTH),
     LEAD_AND_OTHER),
    ("f63-dsn-tabs", f"{MAL}: tabs in place of the spaces after ':' and ';'",
     _mal("tab", _block(f"Final-Recipient:\trfc822;\t{LEAD}")), LEAD_AND_OTHER),
    ("f63-dsn-lower-case-names", "RFC 3464 2.1 (field names are case-insensitive): 'final-recipient', 'action', "
     "'status' in lower case, the type 'RFC822'",
     _mal("lc", f"final-recipient: RFC822;{LEAD}\naction: failed\nstatus: 5.1.1\ndiagnostic-code: smtp; {UU}\n"),
     LEAD_AND_OTHER),
    ("f63-dsn-unqualified-local-part", f"{MAL}: 'rfc822;lead' unqualified (a local delivery's address before "
     "qualification), the To holding one 'lead'",
     _mal("uq", _block("Final-Recipient: rfc822;lead")), LEAD_AND_OTHER),
    ("f63-ctl-dsn-unqualified-local-part-two-domains", f"{MAL}: 'rfc822;lead' where the To holds lead@ at two "
     "domains: neither chosen, the other read",
     _mal("uq2", _block("Final-Recipient: rfc822;lead"), to=f"{BOTH}, lead@partner-group.example"), ONLY_OTHER),
]

ROWS = MALFORMED_ROWS

# ---- written AFTER the first run, with the mends (dsn.recipient_blocks / _address, unnamed_blocks, named.by_name):
# controls that read the same without them.
MEND_ROWS = [
    ("f63-mend-final-recipient-twice-other-spelling", f"{MAL}: the field written twice in one group, the second in "
     "capitals and without the blank after ';': one recipient (the run-together case, two addresses, is "
     "f63-dsn-no-blank-between-blocks)",
     _mal("tw2", _block(f"Final-Recipient: rfc822; {LEAD}\nFinal-Recipient: RFC822;{LEAD.upper()}"), first=False),
     LEAD_AND_OTHER),
    ("f63-mend-ctl-spaced-at-dotless-domain", f"{MAL}: 'lead @partner', a dotless domain: no address made of it",
     _mal("sdd", _block("Final-Recipient: rfc822; lead @partner")), ONLY_OTHER),
    ("f63-mend-ctl-empty-original-beside-final", "RFC 3464 2.3.1 (Original-Recipient) written empty beside a sound "
     "Final-Recipient: the block is named, read as before",
     _mal("eo", _block(f"Final-Recipient: rfc822; {LEAD}", orig="rfc822; ")), LEAD_AND_OTHER),
    ("f63-mend-ctl-empty-value-two-named", f"{MAL}: 'RFC822; ' empty while the text gives the same reply to two "
     "recipients no other block names: neither chosen",
     report("f63m-e2", PF_TEXT + "".join(f"<{a}>: host {MX} said: {UU} (in reply\n    to RCPT TO command)\n"
                                         for a in (LEAD, "kim@partner.example")) + GOOD_TEXT,
            PER_MESSAGE + "\n".join([_block("Final-Recipient: RFC822; "), GOOD]),
            to=f"{BOTH}, kim@partner.example"), ONLY_OTHER),
]
