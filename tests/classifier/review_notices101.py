"""The hundred-and-first review: an ADVERSARIAL AUDIT of review 100's mend (46d4cfc), which made the words
"access denied, banned recipient" a MARKER of Microsoft's replies (classifier/remote/microsoft.py): once a reply
counts as Microsoft's, all of that module's rules (its "mailbox unavailable" userunknown, its status-only rules,
its sender rules) apply to it, and it is no longer read by another provider whose own mark it carries.

(1) Replies from other servers that only MENTION the words (negated, in help text, in a forwarded chain, about our
sender, a ban of our IP or domain, a 4xx) must read as those servers meant; EOP's real 5.7.505 stays hard.
(2) Exchange Online's DBEB "550 5.4.1 Recipient address rejected: Access denied" and 5.7.504's "[x]: Recipient
address rejected: Access denied" (Microsoft's table: the recipient does not exist in the organization / isn't valid)
read hard where no Microsoft host is named; Postfix's access(5) REJECT (src/smtpd/smtpd_check.c check_table_result:
dsn_split(&dp, "5.7.1", ...), "<%s>: %s rejected: Access denied") and our sender's refusal stay soft.
(3) mail.ru's "user is terminated" (review 47's row vda-mailru-terminated) is left suspend (soft): see the report.

Rows: (name, source, raw, expected), expected written from the servers' words, Microsoft's table and
shared/classifier/taxonomy.md BEFORE the classifier ran. All HAND-MADE; layouts: our relay's report, and the final
ones as Gmail's own DSN and Exchange Online's NDR (no Remote-MTA) quote them (review_notices25.rows_quoted)."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
OURS = "seller@example.com"
UNK = ("userunknown",)
EXO = ("learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/"
       "non-delivery-reports-in-exchange-online (its table: 5.4.1 'Recipient address rejected: Access denied' = "
       "the recipient does not exist in the organization, directory-based edge blocking; 5.7.504 'Recipient address "
       "rejected: Access denied' and 5.7.505 'Access denied, banned recipient' = the recipient isn't valid; "
       "5.7.511/5.7.606 = the sending account or IP banned)")
POSTFIX = ("postfix src/smtpd/smtpd_check.c check_table_result (an access(5) REJECT: dsn_split(&dp, \"5.7.1\", ...), "
           "'<%s>: %s rejected: Access denied'); smtpd_reject_footer's help text (postconf(5))")
GATEWAY = "mx.unknown-host.example"  # a gateway no provider module knows
MS_MX = "partner-example.mail.protection.outlook.com"
MIMECAST_MX = "eu-smtp-inbound-1.mimecast.com"


def three(prefix: str, source: str, mx: str, entries: list[tuple]) -> list[tuple]:
    """Our relay's report of each reply; the final ones again as Gmail's and Exchange Online's notices quote them."""
    return rows_relayed(f"r101-{prefix}", source, mx, LEAD, entries) + rows_quoted(f"r101-{prefix}", source, mx,
                                                                                    LEAD, entries)


# ---- (1) other servers MENTIONING the words: no Microsoft rule may fire ----------------------------------------
NOT_EOP = "hand-made following {} (the words only mentioned; review 100's marker attacked)"
MENTIONS = [
    # RFC 5321 4.2.3's 550 text after DATA, which the team reads as a content refusal (filtered, soft), with a help
    # line naming the Exchange words only to say this is not that refusal: Microsoft's "mailbox unavailable" rule
    # (userunknown) must not take it.
    ("m-data-mailbox-unavailable-help", "550 Requested action not taken: mailbox unavailable (this is not an "
     "'Access denied, banned recipient' refusal; see https://help.partner.example/550)", "5.0.0", "DATA", False,
     (), ANY),
    ("m-data-mailbox-unavailable-help-554", "554 Requested action not taken: mailbox unavailable. Exchange users: "
     "an 'Access denied, banned recipient' reply comes from Microsoft, not from us", "5.0.0", "DATA", False, (),
     ANY),
    # A ban of OUR IP / domain that mentions the words to say the recipient is not the one banned.
    ("m-our-ip-banned", "550 5.7.1 Service unavailable; client host [192.0.2.25] blocked using our local list "
     "(not an 'Access denied, banned recipient' refusal)", "5.7.1", "RCPT", False, (), S),
    ("m-our-domain-banned-511", "550 5.7.511 Access denied, banned sender [example.com]; the recipient is fine "
     "(no 'Access denied, banned recipient')", "5.7.511", "RCPT", False, (), S),
    ("m-our-ip-606", "550 5.7.606 Access denied, banned sending IP [192.0.2.25]. Not 'Access denied, banned "
     "recipient'", "5.7.606", "RCPT", False, ("blocked",), S),
    # Our sender refused, the words in the sender's clause.
    ("m-our-sender", f"554 5.7.1 <{OURS}>: Sender address rejected: Access denied (your domain is listed; this "
     "is no 'Access denied, banned recipient')", "5.7.1", "RCPT", False, (), S),
    # A recipient account disabled (RFC 3463 X.7.13, soft suspend) with the words in help text.
    ("m-account-disabled-5713", f"550 5.7.13 <{LEAD}>: account disabled (not an 'Access denied, banned "
     "recipient' refusal)", "5.7.13", "RCPT", False, (), R),
    # A forwarded chain: the lead's own mailbox exists; its forward to another tenant failed there.
    ("m-forward-chain", f"550 5.7.1 <{LEAD}>: forwarding failed: the next hop said 550 5.7.505 Access denied, "
     "banned recipient", "5.7.1", "RCPT", False, (), ANY),
    # Temporary: a 4xx is a delay, never hard, whatever it quotes.
    ("m-4xx-greylist", "451 4.7.1 Requested action not taken: mailbox unavailable; greylisted, try again later "
     "(not 'Access denied, banned recipient')", "4.7.1", "RCPT", False, (), ANY),
    ("m-4xx-505-words", "451 4.7.505 Access denied, banned recipient; try again later", "4.7.505", "RCPT", False,
     (), ANY),
    # Sendmail's access db REJECT ("550 5.7.1 Access denied", cf/README) with the words in a help line.
    ("m-sendmail-access-db", f"550 5.7.1 <{LEAD}>... Access denied (not 'Access denied, banned recipient')",
     "5.7.1", "RCPT", False, (), ANY),
    # Exim's ACL default refusal with the words in a help line.
    ("m-exim-prohibition", "550 Administrative prohibition (not an 'Access denied, banned recipient' refusal)",
     "5.0.0", "RCPT", False, (), ANY),
    # The TAG's own words (code and words) quoted in another server's help line: the reply is marked Microsoft's,
    # but its status is not EOP's, so no Microsoft recipient rule may fire.
    ("m-exim-quotes-dbeb-line", "550 Administrative prohibition: sender domain refused (Exchange's '550 5.4.1 "
     "Recipient address rejected: Access denied' is a different refusal)", "5.0.0", "RCPT", False, (), ANY),
    ("m-postfix-quotes-505-line", "554 5.7.1 Service unavailable; client host [192.0.2.25] blocked (we never send "
     "'550 5.7.505 Access denied, banned recipient')", "5.7.1", "RCPT", False, (), S),
]
MIMECAST = [
    # Mimecast's own refusal (its doc URL, a Mimecast host) of our sender by a blocked-senders policy, quoting the
    # words: Mimecast's own reading (classifier/remote/mimecast.py, 'blocked senders': rejected, our side) stands.
    ("mc-blocked-senders", "550 Rejected by header based Blocked Senders - https://community.mimecast.com/docs/"
     "DOC-1369#550 (not an 'Access denied, banned recipient' refusal)", "5.0.0", "RCPT", False, ("rejected",),
     S),
]
# ---- (1) controls: EOP's real 5.7.505 still hard (unmarked, behind a gateway, and from Microsoft's host) ----------
EOP_505 = [
    ("c505-bare", "550 5.7.505 Access denied, banned recipient", "5.7.505", "RCPT", True, UNK, R),
    ("c505-as-tag", "550 5.7.505 Access denied, banned recipient. AS(201806281)", "5.7.505", "RCPT", True, UNK, R),
    ("c505-address", f"550 5.7.505 Access denied, banned recipient [{LEAD}]", "5.7.505", "RCPT", True, UNK, R),
]
# "550 Access denied, banned recipient" with NO enhanced code. Microsoft's table keys the meaning to its code
# (5.7.505), and EOP's replies carry one; without it the words alone say a ban (a policy), not that the address
# does not exist: soft from an unknown host. (From Microsoft's own host see NOCODE_MS.)
NOCODE = [("nocode-505-words", "550 Access denied, banned recipient", "5.0.0", "RCPT", False, (), R)]
NOCODE_MS = [
    ("nocode-505-words-ms", "550 Access denied, banned recipient", "5.0.0", "RCPT", True, UNK, R),
    # ...and its controls: at MAIL FROM the reply answers our sender; a 4xx is a delay; a 5.7.606 ban of our IP
    # naming the words only to deny them (all from Microsoft's host).
    ("nocode-505-words-ms-at-mail", "550 Access denied, banned recipient", "5.0.0", "MAIL", False, (), S),
    ("nocode-505-words-ms-4xx", "450 Access denied, banned recipient", "4.0.0", "RCPT", False, (), ANY),
    ("nocode-606-negated-ms", "550 5.7.606 Access denied, banned sending IP [192.0.2.25]; not '550 Access denied, "
     "banned recipient'", "5.7.606", "RCPT", False, ("blocked",), S),
]

# ---- (2) Microsoft's DBEB 5.4.1 and 5.7.504 "Recipient address rejected: Access denied", no Microsoft host -------
DBEB = [
    ("d541-bare", "550 5.4.1 Recipient address rejected: Access denied", "5.4.1", "RCPT", True, UNK, R),
    ("d541-address", f"550 5.4.1 [{LEAD}]: Recipient address rejected: Access denied", "5.4.1", "RCPT", True, UNK,
     R),
    ("d541-dot", "550 5.4.1 Recipient address rejected: Access denied.", "5.4.1", "RCPT", True, UNK, R),
    ("d7504-address", f"550 5.7.504 [{LEAD}]: Recipient address rejected: Access denied", "5.7.504", "RCPT", True,
     UNK, R),
    ("d7504-bare", "550 5.7.504 Recipient address rejected: Access denied", "5.7.504", "RCPT", True, UNK, R),
]
DBEB_CONTROLS = [
    # Postfix's access(5) REJECT: 5.7.1, a policy of the recipient's server (soft).
    ("dc-postfix-571", f"554 5.7.1 <{LEAD}>: Recipient address rejected: Access denied", "5.7.1", "RCPT", False, (),
     ANY),
    # Our sender refused with the same words (soft, ours), under 5.7.1 and under 5.4.1.
    ("dc-sender-571", f"554 5.7.1 <{OURS}>: Sender address rejected: Access denied", "5.7.1", "RCPT", False, (),
     S),
    ("dc-sender-541", f"550 5.4.1 <{OURS}>: Sender address rejected: Access denied", "5.4.1", "RCPT", False, (),
     S),
    # Temporary forms: a delay, never hard.
    ("dc-441-temporary", "450 4.4.1 Recipient address rejected: Access denied", "4.4.1", "RCPT", False, (), ANY),
    ("dc-47504-temporary", f"450 4.7.504 [{LEAD}]: Recipient address rejected: Access denied", "4.7.504", "RCPT",
     False, (), ANY),
    # The same table's 5.4.1 "Relay Access Denied": the recipient's domain not accepted (soft).
    ("dc-541-relay", "550 5.4.1 Relay Access Denied", "5.4.1", "RCPT", False, (), ANY),
    # At MAIL FROM the reply answers our sender (RFC 5321 4.2), whatever its words.
    ("dc-541-at-mail-from", "550 5.4.1 Recipient address rejected: Access denied", "5.4.1", "MAIL", False, (), S),
]

# ---- (3) mail.ru's "user is terminated": a frozen mailbox its owner may take back (suspend, soft) -----------------
MAILRU_SRC = ("hand-made following classifier/remote/mailru.py (mail.ru opens its refusals alike, the clause after "
              "'is unavailable:' says which) and otvet.mail.ru/question/239834562 (mail.ru's own Q&A: mailboxes are no "
              "longer deleted but frozen; mail to a frozen box is refused until its owner logs in again with the last "
              "password; the name cannot be registered anew)")
MAILRU = [
    ("mailru-terminated-rcpt", f"550 Message was not accepted -- invalid mailbox.  Local mailbox {LEAD} is "
     "unavailable: user is terminated", "5.0.0", "RCPT", False, ("suspend",), R),
    ("mailru-terminated-data", f"550 Message was not accepted -- invalid mailbox.  Local mailbox {LEAD} is "
     "unavailable: user is terminated", "5.0.0", "DATA", False, ("suspend",), R),
]

ROWS = (three("mention", NOT_EOP.format("RFC 5321 4.2.3, Postfix smtpd_reject_footer (postconf(5)), sendmail "
                                        "cf/README access_db, Exim's ACL 'Administrative prohibition'"), GATEWAY,
              MENTIONS)
        + three("mention", NOT_EOP.format("Mimecast's rejection with its community.mimecast.com doc link"),
                MIMECAST_MX, MIMECAST)
        + three("eop", EXO + ", hand-made as a gateway in front of Exchange Online relays it", GATEWAY, EOP_505)
        + three("eop-ms", EXO + ", hand-made from Microsoft's host", MS_MX, EOP_505)
        + three("nocode", "hand-made following " + EXO + ": the 5.7.505 words without its code", GATEWAY, NOCODE)
        + [row for row in three("nocode", "hand-made following " + EXO + ": the 5.7.505 words without its code, "
                                "from Microsoft's host", MS_MX, NOCODE_MS)
           if not row[0].endswith("-exo")]  # Exchange Online's NDR names no remote host: the row above
        + three("dbeb", EXO + ", hand-made: no Microsoft host named", GATEWAY, DBEB)
        + three("dbeb", POSTFIX + "; " + EXO + " (controls)", GATEWAY, DBEB_CONTROLS)
        + three("mailru", MAILRU_SRC, "mxs.mail.ru", MAILRU))
