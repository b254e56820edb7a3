"""The eighty-fourth review: the failed recipients, exactly, from the standards' grammar. Review 50 read
the address types and actions of RFC 3464 and the MTAs' own lists; this round takes the address FORMS the
standards allow and servers print: RFC 5321 §4.1.2 Mailbox (Dot-string / Quoted-string with blanks, dots,
'@', ',' and quoted-pairs), §4.1.3 address literals ([192.0.2.1], [IPv6:...]), §4.1.2 Path's A-d-l source
route (Appendix C), RFC 1123 §5.2.16's percent hack and UUCP bang paths (atext '!'), +tags and '=',
§4.5.3.1 the 64/255 limits; RFC 3461 §4 xtext in ORCPT while Final-Recipient is plain; RFC 6531/6533
SMTPUTF8 local parts, utf-8-addr-xtext (\\x{HEXPOINT}, either case) and utf-8-addr-unitext; RFC 5890 IDN
domains in U-labels and A-labels (both in one report); a report where ONE per-recipient block is
malformed (an unclosed quote or comment, an empty field, a block without its blank line) and the
others must still be read, never a fragment of the broken one read as an address; RFC 5322 §3.4 group
syntax and §4.4 obs-route in the returned original (never a recipient). The prose notices are
review_notices84_prose.py's. Expectations (the address as classifier/records.normalise_address keeps
it: lower case, quotes of a quoted local part kept, review 14's rule) were written from the grammar
BEFORE the classifier ran. All HAND-MADE; test_review_notices84.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices50_layouts import block, report
from tests.classifier.review_notices50_sources import KIM, LEAD, LEE, R, RFC3461, RFC3464, RFC6533, _D, _one, \
    delayed, hard

# The grammar each row follows (RFC 5321 §4.1.2-4.1.3, §4.5.3.1; RFC 6531 §3.3; RFC 5890 §2.3.2).
MAILBOX = "RFC 5321 §4.1.2 (Mailbox = Local-part '@' ( Domain / address-literal ); Local-part = Dot-string / Quoted-string)"
QSTRING = ("RFC 5321 §4.1.2 (Quoted-string = DQUOTE *QcontentSMTP DQUOTE; qtextSMTP = %d32-33 / %d35-91 / %d93-126; "
           "quoted-pairSMTP = '\\' %d32-126)")
LITERAL = "RFC 5321 §4.1.3 (IPv4-address-literal = Snum 3('.' Snum); IPv6-address-literal = 'IPv6:' IPv6-addr)"
ROUTE = "RFC 5321 §4.1.2 (Path = '<' [ A-d-l ':' ] Mailbox '>'; A-d-l = At-domain *( ',' At-domain )), Appendix C"
LIMITS = ("RFC 5321 §4.5.3.1.1 (local-part at most 64 octets), §4.5.3.1.2 (domain 255), §4.5.3.1.3 (path 256: "
          "an address of 254)")
UTF8 = ("RFC 6531 §3.3 (Mailbox's Local-part and sub-domain extended with UTF8-non-ascii); " + RFC6533
        + " utf-8-addr-unitext in message/global-delivery-status")
IDNA = "RFC 5890 §2.3.2.1 (an IDN label as U-label or its ACE A-label 'xn--'); RFC 6531 §3.2 (either in SMTPUTF8 mail)"
GROUP = "RFC 5322 §3.4 (group = display-name ':' [group-list] ';'), §4.4 (obs-angle-addr's obs-route)"
BROKEN = (RFC3464 + " §2.1.1 (each per-recipient block its own group of fields; a reader keeps the groups it can "
          "parse, RFC 3464 §2.1.3's 'MUST NOT' be rejected whole is the gateway's case)")

U = "jürgen@example.org"
IDN_U, IDN_A = "lead@münchen.example", "lead@xn--mnchen-3ya.example"
LONG_LOCAL = "l" * 64
LONG = f"{LONG_LOCAL}@{'a' * 60}.{'b' * 60}.{'c' * 55}.example.org"  # 64 + 1 + 189 = 254 octets, the most
DEEP = "lead@" + ".".join(f"l{i}" for i in range(12)) + ".example.org"  # 14 labels: more than most readers take


def _rep(name: str, blocks: list[str], to: str = LEAD, **kw) -> bytes:
    return report(f"r84-{name}", blocks, to=to, **kw)


# ---- RFC 5321 local parts: Quoted-string, quoted-pairs, atext's own specials -------------------------
LOCAL = [
    ("d84-quoted-blank", QSTRING + "; " + RFC3464 + " (a local part with a blank, the quotes kept)",
     _one("r84-qb", 'rfc822; "lead person"@example.org', to='"lead person"@example.org'),
     hard('"lead person"@example.org')),
    ("d84-quoted-pair-quote", QSTRING + " (a quoted-pair '\\\"' inside the quotes)",
     _one("r84-qp", 'rfc822; "lead\\"q"@example.org', to='"lead\\"q"@example.org'), hard('"lead\\"q"@example.org')),
    ("d84-quoted-trailing-dot", QSTRING + "; Postfix src/global/quote_822_local.c (a local part ending in '.' "
     "is quoted: smtp_quote_rfc821_envelope)", _one("r84-qd", 'rfc822; "lead."@example.org', to='"lead."@example.org'),
     hard('"lead."@example.org')),
    ("d84-quoted-comma-at", QSTRING + " (',' and '@' are qtextSMTP: one address, not two)",
     _one("r84-qca", 'rfc822; "lead,sales@hq"@example.org', to='"lead,sales@hq"@example.org'),
     hard('"lead,sales@hq"@example.org')),
    ("d84-quoted-double-dot", QSTRING + " (consecutive dots only inside quotes)",
     _one("r84-qdd", 'rfc822; "lead..person"@example.org', to='"lead..person"@example.org'),
     hard('"lead..person"@example.org')),
    ("d84-atext-specials", MAILBOX + " (atext = ALPHA / DIGIT / '!#$%&'*+-/=?^_`{|}~')",
     _one("r84-at", "rfc822; lead!#$&*/=?^_`{|}~x@example.org", to="lead!#$&*/=?^_`{|}~x@example.org"),
     hard("lead!#$&*/=?^_`{|}~x@example.org")),
    ("d84-plus-tag-equals", MAILBOX + " (a +tag holding '=': a VERP-style tag, literal outside ORCPT)",
     _one("r84-pe", "rfc822; lead+a=b@example.org", to="lead+a=b@example.org"), hard("lead+a=b@example.org")),
    ("d84-bang-path", MAILBOX + "; RFC 1123 §5.2.16 (a UUCP bang path as the local part of a relay's address)",
     _one("r84-bang", "rfc822; uucphost!lead@relay.example.net", to="uucphost!lead@relay.example.net"),
     hard("uucphost!lead@relay.example.net")),
    ("d84-percent-hack-final", MAILBOX + "; RFC 1123 §5.2.16 ('user%host@relay': the relay's own address)",
     _one("r84-pct", "rfc822; lead%example.org@relay.example.net", to="lead%example.org@relay.example.net"),
     hard("lead%example.org@relay.example.net")),
    ("d84-uucp-type-orcpt", RFC3464 + " §2.3.2 (an 'x-uucp' Final-Recipient behind a gateway; ORCPT the address sent "
     "to)", _one("r84-uucp", "x-uucp; gateway!example!lead", orig="rfc822; lead@example.org"), hard(LEAD)),
]

# ---- domains: address literals, IDN, the limits --------------------------------------------------------
DOMAINS = [
    ("d84-literal-ipv4", LITERAL + "; " + RFC3464, _one("r84-l4", "rfc822; lead@[192.0.2.1]", to="lead@[192.0.2.1]"),
     hard("lead@[192.0.2.1]")),
    ("d84-literal-ipv6", LITERAL + " (the 'IPv6:' tag upper-case as the grammar writes it; lowered like any domain)",
     _one("r84-l6", "rfc822; lead@[IPv6:2001:db8::1]", to="lead@[IPv6:2001:db8::1]"), hard("lead@[ipv6:2001:db8::1]")),
    ("d84-literal-angle-brackets", LITERAL + " (inside angle brackets)",
     _one("r84-l4b", "rfc822; <lead@[192.0.2.1]>", to="lead@[192.0.2.1]"), hard("lead@[192.0.2.1]")),
    ("d84-literal-beside-plain", LITERAL + " (two recipients: a literal and a plain address)",
     _rep("l4two", [block("rfc822; lead@[192.0.2.1]"), block(f"rfc822; {KIM}")], to=f"lead@[192.0.2.1], {KIM}"),
     hard("lead@[192.0.2.1]", KIM)),
    ("d84-idn-u-label-global", IDNA + "; " + UTF8,
     _one("r84-idnu", f"utf-8; {IDN_U}", to=IDN_U, kind="message/global-delivery-status"), hard(IDN_U)),
    ("d84-idn-a-label-upper", IDNA + " (A-labels are case-insensitive ASCII)",
     _one("r84-idnau", "rfc822; LEAD@XN--MNCHEN-3YA.EXAMPLE", to=IDN_A), hard(IDN_A)),
    ("d84-idn-final-u-original-a", IDNA + "; " + RFC3464 + " (Final-Recipient in U-labels, ORCPT in A-labels: one "
     "recipient)", _one("r84-idnua", f"utf-8; {IDN_U}", orig=f"rfc822; {IDN_A}", to=IDN_A,
                        kind="message/global-delivery-status"), hard(IDN_U)),
    ("d84-idn-two-blocks-both-forms", IDNA + " (a report listing one mailbox twice, once per label form: one delivery)",
     _rep("idn2", [block(f"utf-8; {IDN_U}"), block(f"rfc822; {IDN_A}")], to=IDN_A,
          kind="message/global-delivery-status"), hard(IDN_U)),
    ("d84-idn-cyrillic-tld", IDNA + "; " + UTF8 + " (Cyrillic local part and TLD)",
     _one("r84-rf", "utf-8; иван@пример.рф", to="иван@пример.рф", kind="message/global-delivery-status"),
     hard("иван@пример.рф")),
    ("d84-smtputf8-cjk-local", UTF8 + " (a CJK local part, raw UTF-8 in message/global-delivery-status)",
     _one("r84-cjk", "utf-8; 用户@example.org", to="用户@example.org", kind="message/global-delivery-status"),
     hard("用户@example.org")),
    ("d84-xtext-cjk-both-sides", UTF8 + " (utf-8-addr-xtext on both sides of the '@')",
     _one("r84-cjkx", "utf-8; \\x{7528}\\x{6237}@\\x{4F8B}\\x{3048}.example", to="用户@例え.example"),
     hard("用户@例え.example")),
    ("d84-xtext-lower-hex", RFC6533 + " (HEXPOINT is case-insensitive ABNF: '\\x{fc}')",
     _one("r84-xl", "utf-8; j\\x{fc}rgen@example.org", to=U), hard(U)),
    ("d84-limits-64-and-253", LIMITS + " (a 64-octet local part in a 253-octet address)",
     _one("r84-long", f"rfc822; {LONG}", to=LONG), hard(LONG)),
    ("d84-deep-domain", "RFC 1035 §2.3.4 (labels of 63, names of 255 octets: a 14-label domain is legal); " + MAILBOX,
     _one("r84-deep", f"rfc822; {DEEP}", to=DEEP), hard(DEEP)),
]

# ---- ORCPT xtext and routes ---------------------------------------------------------------------------
ORCPT = [
    ("d84-orcpt-3d-final-plain", RFC3461 + " ('=' as '+3D' in ORCPT only; Final-Recipient as delivered)",
     _one("r84-o3d", "rfc822; lead=news@example.org", orig="rfc822;lead+3Dnews@example.org", to="lead=news@example.org"),
     hard("lead=news@example.org")),
    ("d84-orcpt-quoted-blank-xtext", RFC3461 + "; " + QSTRING + " (the blank of a quoted local part as '+20' in ORCPT)",
     _one("r84-o20", 'rfc822; "lead person"@example.org', orig='rfc822;"lead+20person"@example.org',
          to='"lead person"@example.org'), hard('"lead person"@example.org')),
    ("d84-orcpt-utf8-final-rfc822", RFC3461 + "; " + RFC6533 + " (ORCPT 'utf-8;' with \\x{}, Final-Recipient the "
     "downgraded mailbox the relay delivered to)",
     _one("r84-ou8", "rfc822; juergen@mail.example.org", orig="utf-8; j\\x{FC}rgen@example.org", to=U),
     hard("juergen@mail.example.org")),
    ("d84-route-final-no-orcpt", ROUTE + " (a relay printing the Path's source route in Final-Recipient)",
     _one("r84-rt", "rfc822; <@relay1.example.net,@relay2.example.net:lead@example.org>"), hard(LEAD)),
    ("d84-route-orcpt-final-mailbox", ROUTE + "; " + RFC3464 + " §2.3.1 (the route in ORCPT as the client sent it)",
     _one("r84-rto", "rfc822; lead@example.org", orig="rfc822;<@relay.example.net:lead@example.org>"), hard(LEAD)),
    ("d84-comment-and-junk-after", RFC3464 + " (a comment, then a gateway's trailing ';' and tag)",
     _one("r84-junk", "rfc822; lead@example.org (Lead Person); x-list=crm"), hard(LEAD)),
]

# ---- one block malformed, the others read; never a fragment read as an address ---------------------------
_THREE = f"{LEAD}, {KIM}, {LEE}"
MALFORMED = [
    ("d84-unclosed-quote-first", BROKEN + "; " + QSTRING + " (the first block's quote never closed)",
     _rep("uq", [block('rfc822; "lead person@example.org'), block(f"rfc822; {KIM}"), block(f"rfc822; {LEE}")],
          to=_THREE), hard(KIM, LEE)),
    ("d84-unclosed-comment", BROKEN + " (an RFC 822 comment never closed after a good address)",
     _rep("uc", [block("rfc822; lead@example.org (Lead Person"), block(f"rfc822; {KIM}")], to=f"{LEAD}, {KIM}"),
     hard(LEAD, KIM)),
    ("d84-empty-final-middle", BROKEN + " (an empty Final-Recipient between two good blocks)",
     _rep("ef", [block(f"rfc822; {LEAD}"), block("rfc822;"), block(f"rfc822; {LEE}")], to=_THREE), hard(LEAD, LEE)),
    ("d84-null-path-block", BROKEN + "; RFC 5321 §4.5.5 (the null path '<>' is no recipient)",
     _rep("np", [block("rfc822; <>"), block(f"rfc822; {KIM}")], to=KIM), hard(KIM)),
    ("d84-no-blank-between-blocks", BROKEN + " (blocks run together with no blank line)",
     _rep("nb", [block(f"rfc822; {LEAD}").rstrip("\n") + "\n" + block(f"rfc822; {KIM}")], to=f"{LEAD}, {KIM}"),
     hard(LEAD, KIM)),
    ("d84-junk-line-between-blocks", BROKEN + " (a line that is no field between two blocks)",
     _rep("jl", [block(f"rfc822; {LEAD}") + "----------\n", block(f"rfc822; {KIM}")], to=f"{LEAD}, {KIM}"),
     hard(LEAD, KIM)),
    ("d84-fieldless-line-in-block", BROKEN + " (a field without its colon inside a block)",
     _rep("fl", [block(f"rfc822; {LEAD}", extra="Last-Attempt-Date Thu, 3 Dec 2026 10:00:05 +0000\n"),
                 block(f"rfc822; {KIM}")], to=f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
    ("d84-bracket-unclosed-truncated", BROKEN + " (the middle address cut short by the gateway: '<kim@partner'; the "
     "original's one Kim is the address sent to, as review 50's login-name rule maps it)",
     _rep("bt", [block(f"rfc822; {LEAD}"), block("rfc822; <kim@partner"), block(f"rfc822; {LEE}")], to=_THREE),
     hard(LEAD, KIM, LEE)),
    ("d84-eight-bit-in-7bit-part", BROKEN + "; RFC 6533 §3 (a raw UTF-8 address in a plain message/delivery-status: "
     "the relay did not downgrade; read as UTF-8)",
     _rep("8b", [block(f"rfc822; {LEAD}"), block(f"rfc822; {U}")], to=f"{LEAD}, {U}"), hard(LEAD, U)),
    ("d84-latin1-byte-third-block", BROKEN + " (a Latin-1 byte in one block's address: no UTF-8, no address; the two "
     "good blocks still read)",
     _rep("l1", [block(f"rfc822; {LEAD}"), block("rfc822; jLATIN1rgen@example.net"), block(f"rfc822; {KIM}")],
          to=f"{LEAD}, {KIM}").replace(b"LATIN1", b"\xfc"), hard(LEAD, KIM)),
    ("d84-broken-per-message-field", BROKEN + " §2.2 (a per-message field without its colon above the blocks)",
     _rep("pm", [block(f"rfc822; {LEAD}"), block(f"rfc822; {KIM}")], to=f"{LEAD}, {KIM}",
          per_message="X-Queue-ID 4Zb1X2Y3Q\n"), hard(LEAD, KIM)),
    ("d84-action-trailing-semicolon", RFC3464 + " §2.3.3 (an action-value with trailing junk: 'failed;')",
     _rep("as", [block(f"rfc822; {LEAD}", "failed;"), block(f"rfc822; {KIM}", "delivered;", "2.0.0", diag=_D)],
          to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("d84-final-type-only", BROKEN + " (a Final-Recipient holding its address-type alone)",
     _rep("to", [block(f"rfc822; {LEAD}"), block("rfc822"), block(f"rfc822; {KIM}")], to=f"{LEAD}, {KIM}"),
     hard(LEAD, KIM)),
    ("d84-final-long-garbage", BROKEN + " (a 2,000-character Final-Recipient with no '@' in one block)",
     _rep("lg", [block("rfc822; " + "x" * 2000), block(f"rfc822; {LEAD}")], to=LEAD), hard(LEAD)),
    ("d84-diagnostic-unclosed-quote", BROKEN + " (an unclosed quote in one block's Diagnostic-Code, not its address)",
     _rep("dq", [block(f"rfc822; {LEAD}", diag='smtp; 550 5.1.1 "lead: User unknown'), block(f"rfc822; {KIM}")],
          to=f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
    ("d84-status-short-one-block", BROKEN + " (a Status '5.1' one field short; the diagnostic's 5.1.1 stands)",
     _rep("ss", [block(f"rfc822; {LEAD}", status="5.1"), block(f"rfc822; {KIM}")], to=f"{LEAD}, {KIM}"),
     hard(LEAD, KIM)),
    ("d84-xfr-unclosed-quote-dsn-good", BROKEN + "; Exim deliver.c X-Failed-Recipients (the header's first entry "
     "malformed, the DSN's blocks well formed: no 'person@' fragment)",
     _rep("xq", [block(f"rfc822; {LEAD}"), block(f"rfc822; {KIM}")], to=f"{LEAD}, {KIM}",
          xfr=f'"lead person@example.org, {KIM}'), hard(LEAD, KIM)),
    ("d84-malformed-original-to", RFC3464 + " (the returned original's To has an unclosed quote; the report is "
     "well formed)", _one("r84-mt", f"rfc822; {LEAD}", to=f'"Lead Person <{LEAD}>'), hard(LEAD)),
]

# ---- actions and addresses that are not failed ---------------------------------------------------------
NOT_FAILED = [
    ("d84-status-2-no-action", RFC3464 + " §2.3.4 (a block without Action whose Status is 2.0.0: not failed)",
     _rep("s2", [block(f"rfc822; {LEAD}"), f"Final-Recipient: rfc822; {KIM}\nStatus: 2.0.0\nDiagnostic-Code: {_D}\n"],
          to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("d84-delivered-with-comment", RFC3464 + " §2.3.3 (action-value then a comment, as Sendmail writes "
     "'relayed (to non-DSN-aware mailer)')",
     _rep("dc", [block(f"rfc822; {LEAD}"), block(f"rfc822; {KIM}", "delivered (to mailbox)", "2.0.0", diag=_D)],
          to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("d84-our-own-copy-relayed", RFC3464 + " (our own Bcc copy relayed, a literal-addressed copy delivered)",
     _rep("own", [block(f"rfc822; {LEAD}"), block("rfc822; seller@example.com", "relayed", "2.0.0", diag=None),
                  block("rfc822; archive@[192.0.2.9]", "delivered", "2.0.0", diag=_D)], to=LEAD),
     hard(LEAD)),
    ("d84-postmaster-delivered-kim-delayed", RFC3464 + " (a postmaster copy delivered, one failed, one delayed)",
     _rep("pmd", [block(f"rfc822; {LEAD}"), block("rfc822; postmaster@example.org", "delivered", "2.0.0", diag=_D),
                  block(f"rfc822; {KIM}", "delayed", "4.4.1", diag=None)], to=f"{LEAD}, {KIM}"),
     hard(LEAD) + delayed(KIM)),
    ("d84-group-undisclosed-and-named", GROUP + " (To: a named group with one member and 'undisclosed-recipients:;')",
     _one("r84-grp", f"rfc822; {KIM}", to=f"Partners: Kim Other <{KIM}>;, undisclosed-recipients:;"), hard(KIM)),
    ("d84-obs-route-in-original", GROUP + " (the original's To in obs-route form; the report names the mailbox)",
     _one("r84-obs", f"rfc822; {LEAD}", to=f"Lead Person <@relay.example.net:{LEAD}>"), hard(LEAD)),
]

ROWS = LOCAL + DOMAINS + ORCPT + MALFORMED + NOT_FAILED
__all__ = ["ROWS", "R"]
