"""The eighty-seventh review: a FALSE-SOFT audit of the narrowings merged from reviews 82 and 86. Those reviews
made hard readings narrower to stop false hards; a narrowing too wide keeps mailing a DEAD address. Each attack
is a real dead-address refusal (the server's wording cited) that happens to hold the words a new guard looks
for: an IP address or the client beside "user unknown" (soft_wordings._NOT_BESIDE_NO_USER, IP_NAMED_REFUSED),
a PTR/DNS note beside "does not exist" (lexicon.other_things_missing), "mailbox unavailable" followed by a
line that is no cause (remote/gmx.skips, remote._beside_a_cause), "has been replaced by" said of the person's
address (mta_wordings' hasmoved pattern), the either/or with a comma (mailbox_states.EITHER_OR), our
"sending to unknown users" (rule_wordings.floods). Beside each, the guard's own case that must stay soft.
Part 2 (review_notices87_more.py): delivery programs (lexicon.program_names_another_user), leavers named
like our sender (ours._name_runs, our_people), non-English wordings near an IP or a server.

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices25.rows_relayed (our relay's
Postfix report) and rows_quoted (Gmail's own DSN, Exchange Online's NDR). All HAND-MADE;
test_review_notices87.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
UNK = ("userunknown",)
MOVED = ("hasmoved", "userunknown")


def _rows(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    return rows_relayed(f"r87-{prefix}", source, MX, LEAD, entries) + rows_quoted(f"r87-{prefix}", source, MX, LEAD,
                                                                                  entries)


# ---- 1. the client's IP beside the missing user ---------------------------------------------------------------
# postconf(5) smtpd_reject_footer: its own example appends "Please provide the following information in your
# problem report: time ($localtime), client ($client_address) and server ($server_name)" to every reject, the
# "User unknown" ones too; an Exim ACL "message =" may expand $sender_host_address (Exim spec, ch. 44 ACL
# variables: "Rejected because $sender_host_address is in a black list at $dnslist_domain").
FOOTER = ("Postfix postconf(5) smtpd_reject_footer example (client ($client_address)) after smtpd_check.c's "
          "'Recipient address rejected: User unknown in virtual mailbox table'")
EXIM_ACL = "Exim spec ch. 44: an ACL 'message =' expanding $sender_host_address beside a recipient verify failure"
IP_BESIDE = [
    ("footer-user-unknown", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table. "
     "For assistance, call 800-555-0101. Please provide the following information in your problem report: time "
     "(Dec 5 04:40:00), client (192.0.2.7) and server (mx.partner.example).", "5.1.1", "RCPT", True, UNK, R),
    ("exim-unknown-recipient-ip-refused", "550 5.1.1 Unknown recipient: mail from IP 192.0.2.7 refused for this "
     "address", "5.1.1", "RCPT", True, UNK, R),
    ("exim-address-not-found-rejected-from-ip", f"550 5.1.1 Address {LEAD} not found; message from IP 192.0.2.7 "
     "rejected", "5.1.1", "RCPT", True, UNK, R),
    ("exim-invalid-mailbox-connection-logged", "550 5.1.1 Invalid mailbox - rejected mail from IP 192.0.2.7, "
     "connection logged", "5.1.1", "RCPT", True, UNK, R),
    ("exim-unrouteable-ip-rejected", "550 Unrouteable address - rejected mail from IP 192.0.2.7", "5.0.0", "RCPT",
     True, UNK, R),
]
IP_CONTROLS = [  # the guard's own case: our IP refused, no recipient missing (soft, the sender's block)
    ("spamhaus-mail-from-ip-refused", "554 5.7.1 Mail from IP address 192.0.2.7 refused: listed at "
     "zen.spamhaus.org", "5.7.1", "RCPT", False, ("blocked",), S),
    ("harvest-unknown-recipients-ip-refused", "550 5.7.1 Mail from IP 192.0.2.7 refused: too many unknown "
     "recipients", "5.7.1", "RCPT", False, (), S),
]

# ---- 2. a PTR/DNS note beside "does not exist" -----------------------------------------------------------------
# Exim ACL messages expanding $sender_host_name / $sender_host_address (Exim spec ch. 44) before the recipient's
# absence; lexicon.other_things_missing reads "<PTR ...> does not exist" as the PTR's absence (review 82).
PTR_BESIDE = [
    ("ptr-ok-address-does-not-exist", f"550 5.1.1 PTR mail.example.com for 192.0.2.7 ok, but the address {LEAD} "
     "does not exist", "5.1.1", "RCPT", True, UNK, R),
    ("reverse-dns-ok-lead-not-found", f"550 5.1.1 Reverse DNS ok (mail.example.com), {LEAD} not found", "5.1.1",
     "RCPT", True, UNK, R),
    ("dns-check-passed-address-does-not-exist", f"550 5.1.1 DNS check passed for 192.0.2.7, address {LEAD} does "
     "not exist.", "5.1.1", "RCPT", True, UNK, R),
    ("helo-accepted-lead-could-not-be-found", f"550 5.1.1 HELO mail.example.com accepted, {LEAD} couldn't be found",
     "5.1.1", "RCPT", True, UNK, R),
    ("recipient-does-not-exist-dot", f"550 5.1.1 Recipient {LEAD} does not exist.", "5.1.1", "RCPT", True, UNK, R),
    ("address-does-not-exist-ip-logged", f"550 5.1.1 {LEAD} does not exist. Connection from 192.0.2.7 logged.",
     "5.1.1", "RCPT", True, UNK, R),
]
PTR_CONTROLS = [  # review 82's own case: the PTR record is what does not exist
    ("ptr-record-does-not-exist", "550 5.7.25 The PTR record for 192.0.2.7 does not exist.", "5.7.25", "RCPT",
     False, (), ANY),
    ("reverse-dns-not-found", "550 5.7.1 Reverse DNS for 192.0.2.7 not found", "5.7.1", "RCPT", False, (), ANY),
]

# ---- 3. "mailbox unavailable" and a line after it --------------------------------------------------------------
# IONOS 'SMTP-Fehlermeldungen der IONOS Mailserver' (GMX/web.de: "550 Requested action not taken: mailbox
# unavailable" for a missing mailbox; their other refusals end "For explanation visit https://..."); Outlook.com
# "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [<EOP host>]" (Microsoft Q&A threads).
GMX = "IONOS 'SMTP-Fehlermeldungen der IONOS Mailserver' (GMX, web.de, IONOS), a help line after the refusal"
OUTLOOK = "Outlook.com '550 5.5.0 Requested action not taken: mailbox unavailable' with its tag and EOP host"
UNAVAILABLE = [
    ("gmx-unavailable-explanation-line", "550-Requested action not taken: mailbox unavailable 550 For explanation "
     "visit https://www.ionos.com/help/index.php?id=2425", "5.0.0", "RCPT", True, UNK, R),
    ("gmx-unavailable-id-line", "550-Requested action not taken: mailbox unavailable 550 id=1MxAbC-1u2v3w4X5y-00aBcD",
     "5.0.0", "RCPT", True, UNK, R),
    ("gmx-unavailable-5-1-1-line", "550-Requested action not taken: mailbox unavailable 550 5.1.1 please check the "
     "recipient address", "5.1.1", "RCPT", True, UNK, R),
    ("outlook-unavailable-eop-protection", "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
     "[AM6EUR05FT033.eop-eur05.prod.protection.outlook.com]", "5.5.0", "RCPT", True, UNK, R),
    ("outlook-unavailable-rfc-examples", "550 5.5.0 Requested action not taken: mailbox unavailable (mailbox not "
     "found)", "5.5.0", "RCPT", True, UNK, R),
]
UNAVAILABLE_CONTROLS = [  # review 82's own case: the cause after it
    ("gmx-unavailable-quota-line", "550-Requested action not taken: mailbox unavailable 550 Mailbox quota exceeded",
     "5.2.2", "RCPT", False, ("mailboxfull",), R),
    ("outlook-unavailable-spam", "550 5.5.0 Requested action not taken: mailbox unavailable - message rejected as "
     "spam", "5.5.0", "RCPT", False, (), ANY),
]

# ---- 4. "has been replaced by", "no longer at this address" said of the person's address -----------------------
# Sendmail cf/README FEATURE(`redirect'): "551 User has moved; please try <address>"; the other wordings those of
# a hand-written Exchange transport rule's RejectMessageReasonText (New-TransportRule) or a forward notice.
MOVED_SRC = ("Sendmail cf/README FEATURE(redirect) '551 User has moved; please try <address>' and hand-written "
             "Exchange transport rule reject texts (RejectMessageReasonText) saying the person's address moved")
PERSON_MOVED = [
    ("address-on-server-replaced", "550 5.1.6 This e-mail address on our server has been replaced by "
     "anna.lee@newco.example", "5.1.6", "RCPT", True, MOVED, R),
    ("address-replaced-no-status", "550 This address has been replaced by anna.lee@newco.example", "5.0.0", "RCPT",
     True, MOVED, R),
    ("lead-no-longer-at-this-address", "550 5.7.1 Anna Lee is no longer at this address; please write to "
     "sales@partner.example", "5.7.1", "RCPT", True, MOVED, R),
    ("mailbox-on-host-replaced", "550 5.7.1 The mailbox lead on this host has been replaced by "
     "anna.lee@newco.example", "5.7.1", "RCPT", True, MOVED, R),
    ("sendmail-redirect", "551 5.7.1 User has moved; please try <anna.lee@newco.example>", "5.7.1", "RCPT", True,
     MOVED, R),
]
MOVED_CONTROLS = [  # review 82's own case: a server, a protocol version
    ("tls-replaced", "554 5.7.0 TLS 1.0 has been replaced by TLS 1.2; upgrade your client", "5.7.0", "DATA", False,
     (), ANY),
    ("service-no-longer-here", "554 5.3.0 The mail service is no longer at this address; use mx2.partner.example",
     "5.3.0", "RCPT", False, (), ANY),
]

# ---- 5. a hard 5xx "user unknown" that says to try later; the either/or with a comma ---------------------------
# Cyrus imapd lmtpengine.c / imap_err.et: "Mailbox unknown.  Either there is no mailbox associated with this name
# or you do not have authorization to see it." (550 5.1.1 User unknown); servers' 5xx texts ending "try again
# later" after the absence (hand-made in the manner of Courier's and Exim's replies).
CYRUS = "Cyrus imapd lmtpd (imap_err.et IMAP_MAILBOX_NONEXISTENT, lmtpengine.c 550 5.1.1)"
LATER = "hand-made: a hard 5xx absence with a 'try again later' help sentence (Courier/Exim manner)"
COMMA = "hand-made: review 86's either/or with a comma, the other branch no mailbox state"
LATER_OR = [
    ("cyrus-either-no-mailbox-or-authorization", "550-Mailbox unknown. Either there is no mailbox associated with "
     "this 550-name or you do not have authorization to see it. 550 5.1.1 User unknown", "5.1.1", "RCPT", True, UNK,
     R),
    ("unknown-check-and-try-again-later", f"550 5.1.1 <{LEAD}>: User unknown. Please check the address and try "
     "again later", "5.1.1", "RCPT", True, UNK, R),
    ("no-such-user-retry-later-will-fail", "550 5.1.1 No such user here; do not try again later", "5.1.1", "RCPT",
     True, UNK, R),
    ("unknown-comma-or-mistyped", "550 5.1.1 User unknown, or mistyped address", "5.1.1", "RCPT", True, UNK, R),
    ("unknown-comma-or-deleted", "550 5.1.1 User unknown, or account deleted", "5.1.1", "RCPT", True, UNK, R),
    ("not-exist-comma-or-removed", "550 5.1.1 The mailbox does not exist, or has been removed", "5.1.1", "RCPT",
     True, UNK, R),
]
LATER_OR_CONTROLS = [
    ("unknown-comma-or-suspended", "550 5.1.1 User unknown, or account suspended", "5.1.1", "RCPT", False,
     ("suspend",), R),
]

# ---- 6. our "sending to unknown users" beside this recipient's absence ----------------------------------------
FLOOD = ("hand-made: a directory-harvest warning (review 86's rule_wordings.floods words) beside this recipient's "
         "own absence, as Exim ACLs word it")
FLOODS = [
    ("unknown-recipient-hosts-sending-to-unknown", "550 5.1.1 Unknown recipient. Hosts sending to unknown users are "
     "blocked after 10 attempts", "5.1.1", "RCPT", True, UNK, R),
    ("mailbox-not-found-sending-to-invalid", f"550 5.1.1 Mailbox {LEAD} not found; stop sending to invalid "
     "addresses", "5.1.1", "RCPT", True, UNK, R),
    ("invalid-recipient-sending-to-nonexistent", "550 5.1.1 Invalid recipient - you are sending to nonexistent "
     "mailboxes", "5.1.1", "RCPT", True, UNK, R),
]
FLOOD_CONTROLS = [
    ("ip-blocked-sending-to-unknown", "550 5.7.1 Connections from IP 192.0.2.7 blocked for sending to unknown users",
     "5.7.1", "RCPT", False, (), ANY),  # Gmail's layout reads it filtered, the recipient's (review 86's call)
]

ROWS = (_rows("ip", FOOTER + "; " + EXIM_ACL, IP_BESIDE) + _rows("ipc", "hand-made control: " + EXIM_ACL,
                                                                        IP_CONTROLS)
              + _rows("ptr", EXIM_ACL, PTR_BESIDE) + _rows("ptrc", "hand-made control: review 82's PTR rows",
                                                           PTR_CONTROLS)
              + _rows("unav", GMX + "; " + OUTLOOK, UNAVAILABLE)
              + _rows("unavc", "hand-made control: review 82's cause lines", UNAVAILABLE_CONTROLS)
              + _rows("moved", MOVED_SRC, PERSON_MOVED) + _rows("movedc", "hand-made control: review 82's server "
                                                                "and TLS rows", MOVED_CONTROLS)
              + _rows("later", CYRUS + "; " + LATER + "; " + COMMA, LATER_OR)
              + _rows("laterc", "hand-made control: review 86's either/or", LATER_OR_CONTROLS)
              + _rows("flood", FLOOD, FLOODS) + _rows("floodc", "hand-made control: review 86's harvest block",
                                                      FLOOD_CONTROLS))
