"""The thirty-ninth review's entries, part one: the recipient-side tables of Sisimai 5
(go-sisimai reason/why-userunknown.go, why-suspend.go, why-mailboxfull.go, why-hostunknown.go,
why-notaccept.go, why-hasmoved.go; p5-sisimai lib/Sisimai/Reason/*.pm of the same release) that
Sisimai 4.25's copy (Debian libsisimai-perl, /usr/share/perl5/Sisimai/Reason/*.pm) lacks: each
new string or pair written out as the shortest whole reply a server sends with it. Entries are
(name, reply, status, command, hard, reasons, scope) as review_notices25.rows_relayed takes them.
Expectations are the taxonomy's reading of the words (shared/classifier/taxonomy.md), written
before the classifier ran; where Sisimai 5 reads a wording otherwise, the comment says so
("Sisimai 5: ..."). Replies HAND-MADE around the table's words."""

from __future__ import annotations

R, S, ANY = "recipient", "sender", None
LEAD = "lead@example.org"
UU = ("userunknown",)
SU = ("suspend",)
MF = ("mailboxfull",)

# go-sisimai reason/why-userunknown.go: index strings and pairs 4.25's UserUnknown regex lacks.
USERUNKNOWN = [
    ("uu-mailbox-unavaiable", f"550 5.1.1 <{LEAD}>: Mailbox unavaiable", "5.1.1", "RCPT", True, UU, R),
    ("uu-no-thank-you-account-unavailable", f"550 5.1.1 No thank you rejected: Account Unavailable: {LEAD}",
     "5.1.1", "RCPT", True, UU, R),
    ("uu-recipient-address-rejected-userunknown", f"550 5.1.1 <{LEAD}>: Recipient address rejected: userunknown",
     "5.1.1", "RCPT", True, UU, R),
    ("uu-recipient-is-not-accepted", f"550 5.1.1 <{LEAD}>: Recipient is not accepted", "5.1.1", "RCPT", True, UU, R),
    ("uu-resolver-adr-recipientnotfound", f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {LEAD} not found "
     "by SMTP address lookup", "5.1.10", "RCPT", True, UU, R),
    ("uu-recipient-address-rejected-user-does-not-exist", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User "
     "lead  does not exist", "5.1.1", "RCPT", True, UU, R),
    ("uu-unknown-localpart", f"550 5.1.1 <{LEAD}>: unknown localpart", "5.1.1", "RCPT", True, UU, R),
    ("uu-user-paren-unknown", f"550 5.1.1 User ({LEAD}) unknown", "5.1.1", "RCPT", True, UU, R),
    # Sisimai 5 adds the pair ("mailbox ", "unavailable or access denied") to UserUnknown (4.25: Suspend
    # only). The words say neither "no such user" nor a 5.1.x: the taxonomy reads a closed or refused
    # mailbox, soft (a false hard is the worst error).
    ("uu-mailbox-x-unavailable-or-access-denied", f"550 5.2.1 Mailbox {LEAD} unavailable or access denied",
     "5.2.1", "RCPT", False, ("suspend", "filtered"), R),
]

# A reply with no enhanced code: only in our relay's report, which names the RCPT stage (the team's
# call: with no stage and no 5.1.x such a reply reads soft, review_notices23.py).
USERUNKNOWN_BARE = [
    ("uu-rcpt-paren-doesnt-exist", f"550 RCPT ({LEAD}) doesn't exist ", "5.0.0", "RCPT", True, UU, R),
]

# go-sisimai reason/why-suspend.go (and reply code 525, RFC 5248 X.7.13 "User Account Disabled").
SUSPEND = [
    # Sisimai 5 moved "archived recipient" from UserUnknown (4.25) to Suspend: an archived mailbox.
    ("su-archived-recipient", f"550 5.2.1 <{LEAD}>: Archived recipient", "5.2.1", "RCPT", False, SU, R),
    ("su-inactive-account", f"550 5.2.1 <{LEAD}>: Inactive account", "5.2.1", "RCPT", False, SU, R),
    ("su-user-is-terminated", f"550 5.2.1 {LEAD} is unavailable: user is terminated", "5.2.1", "RCPT", False,
     SU, R),
    ("su-mailbox-disabled", f"550 5.2.1 <{LEAD}>: Mailbox disabled, not accepting messages", "5.2.1", "RCPT",
     False, SU, R),
    ("su-gmail-inactive", "550 5.2.1 The email account that you tried to reach is inactive. For more information, "
     "go to https://support.google.com/mail/?p=DisabledUser - gsmtp", "5.2.1", "RCPT", False, SU, R),
    ("su-temporarily-suspended", f"550 5.2.1 <{LEAD}>: This account has been temporarily suspended", "5.2.1",
     "RCPT", False, SU, R),
    ("su-user-or-domain-disabled", f"550 5.2.1 <{LEAD}>: User or domain is disabled", "5.2.1", "RCPT", False,
     SU, R),
    # Sisimai 5 puts "mail receiving disabled" in NotAccept (hard). The words name one mailbox whose
    # receiving is switched off, not a domain that takes no mail: suspend, soft.
    ("su-mail-receiving-disabled", f"550 5.2.1 <{LEAD}>: Mail receiving disabled", "5.2.1", "RCPT", False,
     ("suspend", "filtered"), R),
    # 4.2.1: Sisimai 4.25 suspend, Sisimai 5 blocked; the taxonomy's table says suspend (a delay).
    ("su-421-mailbox-temporarily-disabled", f"450 4.2.1 <{LEAD}>: Mailbox temporarily disabled", "4.2.1", "RCPT",
     False, SU, R),
]

# go-sisimai reason/why-mailboxfull.go: index strings and pairs 4.25 lacks (each pair written so
# that 4.25's list does not already hold the words).
MAILBOXFULL = [
    ("mf-mailbox-exceeds-allowed-size", f"552 5.2.2 <{LEAD}>: Mailbox exceeds allowed size", "5.2.2", "RCPT",
     False, MF, R),
    ("mf-would-exceed-maximum-allowed-storage", f"552 5.2.2 <{LEAD}>: mailbox would exceed maximum allowed "
     "storage", "5.2.2", "RCPT", False, MF, R),
    ("mf-users-space-used-up", "552 5.2.2 User's space has been used up.", "5.2.2", "DATA", False, MF, R),
    ("mf-account-is-at-quota", "452 4.2.2 The recipient's account is above its quota", "4.2.2", "RCPT", False,
     MF, R),
    ("mf-disk-quota-reached", f"552 5.2.2 Delivery failed: user disk quota reached for {LEAD}", "5.2.2", "DATA",
     False, MF, R),
    ("mf-not-enough-free-space", "552 5.2.2 Not enough free space in the mailbox", "5.2.2", "DATA", False, MF,
     R),
    ("mf-mailbox-size-exceeded-limit", f"552 5.2.2 <{LEAD}>: Mailbox size has exceeded the limit", "5.2.2",
     "RCPT", False, MF, R),
    ("mf-mailbox-of-x-full", f"452 4.2.2 Mailbox of {LEAD} is full", "4.2.2", "RCPT", False, MF, R),
    ("mf-mailbox-exceeded-its-quota", f"552 5.2.2 <{LEAD}>: Mailbox has exceeded its quota", "5.2.2", "RCPT",
     False, MF, R),
    ("mf-maildir-exceeded-quota", "552 5.2.2 Maildir has exceeded its quota", "5.2.2", "DATA", False, MF, R),
    ("mf-over-their-quota", f"552 5.2.2 <{LEAD}>: lead is over their quota", "5.2.2", "RCPT", False, MF, R),
    ("mf-storage-quota-has-been-exceeded", "552 5.2.2 Storage quota has been exceeded", "5.2.2", "DATA", False, MF,
     R),
    # Sisimai 5 lists these three as MailboxFull; the words name the server's disk (Sendmail's
    # srvrsmtp.c "452 4.4.5 Insufficient disk space; try again later"; errno ENOSPC), which the
    # taxonomy calls systemfull. Both soft; systemfull is the reading, mailboxfull tolerated.
    ("mf-452-insufficient-disk-space", "452 4.4.5 Insufficient disk space; try again later", "4.4.5", "MAIL",
     False, ("systemfull", "mailboxfull"), ANY),
    ("mf-no-space-left-on-device", "451 4.3.0 Error writing message: No space left on device", "4.3.0", "DATA",
     False, ("systemfull", "mailboxfull", "systemerror"), ANY),
    ("mf-not-sufficient-disk-space", "452 4.3.1 Not sufficient disk space", "4.3.1", "DATA", False,
     ("systemfull", "mailboxfull"), ANY),
]

# go-sisimai reason/why-hostunknown.go adds nothing to 4.25's; why-notaccept.go adds "mail receiving
# disabled" (above) and the reply codes 521 and 556 (RFC 7504: "host / domain does not accept
# mail"); why-hasmoved.go adds " has been replaced by ".
NOTACCEPT = [
    ("na-521-host-does-not-accept-mail", "521 5.3.2 mx.example.org does not accept mail", "5.3.2", "CONN", True,
     ("notaccept",), R),
    ("na-556-domain-does-not-accept-mail", f"556 5.1.10 <{LEAD}>: Recipient address has null MX", "5.1.10",
     "RCPT", True, ("notaccept",), R),
    ("hm-has-been-replaced-by", f"550 5.1.6 <{LEAD}> has been replaced by lead@example.net", "5.1.6", "RCPT",
     True, ("hasmoved",), R),
]
