"""Review 95, part 2 (part 1: review_notices95.py): the attack on review 92's size words ("Message size (N) exceeds
maximum", "attachment is too long": mesgtoobig) near a mailbox quota or a filter's verdict on an attachment; on real
round 14's rule (reasons.reason_for: a generic 5.7.0/5.7.1 in reply to the end of DATA in words no table knows reads
filtered) with replies whose words DO name a cause (a missing or disabled recipient, our sender or IP, SPF/DKIM/DMARC,
relaying, a temporary 4.7.1) and the stage written by Postfix, Exim, Sendmail or not at all (Gmail, Exchange Online);
and on the Sender ID words "purported responsible address" (authfailure) beside a missing user. Expectations written
from the words and taxonomy.md BEFORE the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own
from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices42_layouts import exim_after
from tests.classifier.review_notices43_layouts import plain_after
from tests.classifier.review_notices88 import ANY, LEAD, MX, OURS, R, S, UNK


def _rows(prefix: str, source: str, entries: list[tuple], relay_only: bool = False) -> list[tuple]:
    out = rows_relayed(f"r95-{prefix}", source, MX, LEAD, entries)
    return out if relay_only else out + rows_quoted(f"r95-{prefix}", source, MX, LEAD, entries)


def sendmail_data(name: str, address: str, reply: str, status: str) -> bytes:
    """Sendmail's DSN of a refusal at the end of DATA (deliver.c / usersmtp.c: the transcript ">>> DATA", "<<< 354",
    ">>> .", "<<< <reply>", then "<code> <addr>... <text>"), hand-made after its permanent-failure layout."""
    code, text = reply.split(" ", 1)
    return ("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>\nTo: seller@example.com\n"
            f"Subject: Returned mail: see transcript for details\nMessage-Id: <sm95-{name}@mail.example.com>\n"
            "Auto-Submitted: auto-generated (failure)\nX-Hand-Made: yes (Sendmail DSN, DATA transcript, review 95)\n"
            'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="sm95"\n\n'
            "--sm95\n\nThe original message was received at Sat, 5 Dec 2026 07:00:00 GMT\nfrom localhost [127.0.0.1]\n\n"
            f"   ----- The following addresses had permanent fatal errors -----\n<{address}>\n"
            f"    (reason: {reply})\n\n   ----- Transcript of session follows -----\n"
            f"... while talking to {MX}.:\n>>> DATA\n<<< 354 Go ahead\n>>> .\n<<< {reply}\n"
            f"{code} <{address}>... {text}\n\n"
            "--sm95\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n"
            f"Final-Recipient: RFC822; {address}\nAction: failed\nStatus: {status}\nRemote-MTA: DNS; {MX}\n"
            f"Diagnostic-Code: SMTP; {reply}\n\n"
            "--sm95\nContent-Type: text/rfc822-headers\n\n"
            f"From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-Id: <review95-{name}@example.com>\n\n"
            "--sm95--\n").encode()


def prose(name: str, address: str, reply: str) -> bytes:
    """A small host's plain prose notice quoting the remote reply (no DSN, no stage named)."""
    body = (f"Your message to {address} could not be delivered.\n\n"
            f"The receiving server answered:\n    {reply}\n\nPlease check the address and try again.\n")
    return plain_after(name, address, body, sender="Mail System <postmaster@mail.example.net>",
                       subject="Undeliverable: Hello", marker="----- Original message -----", what="prose notice")


def _hard(reasons: tuple = UNK) -> list[tuple]:
    return [(LEAD, True, reasons, R, False)]


def _soft(reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return [(LEAD, False, reasons, scope, False)]


# ---- 3. the size words ---------------------------------------------------------------------------------------------
SIZE = ("hand-made attack on review 92's mesgtoobig words (Synchronet's '552 Message size (%d) exceeds maximum: %u "
        "bytes', SynchronetBBS/sbbs mailsrvr.cpp; '554 attachment is too long.', blog.sina.com.cn's reply list)")
PF_SIZE = "Postfix smtpd.c's '552 5.3.4 Message size exceeds fixed limit' (message_size_limit)"
FILTER = ("the filters' words: ClamAV/amavisd's 'Virus found' / 'INFECTED', a banned-file rule's 'Forbidden "
          "attachment type' (hand-made replies)")
SIZE_CONTROLS = [
    ("size-synchronet-data", "552 Message size (4194304) exceeds maximum: 2097152 bytes", "5.0.0", "DATA", False,
     ("mesgtoobig",), ANY),
    ("size-attachment-too-long", "554 attachment is too long.", "5.0.0", "DATA", False, ("mesgtoobig",), ANY),
]
PF_SIZE_ROWS = [
    ("size-postfix-fixed-limit", "552 5.3.4 Message size exceeds fixed limit", "5.3.4", "DATA", False,
     ("mesgtoobig",), ANY),
]
SIZE_ATTACKS = [
    # A message's size against the mailbox's quota: the mailbox is full (no status saying so).
    ("size-over-mailbox-quota", "552 Message size (2048000) exceeds maximum mailbox quota remaining for this user",
     "5.0.0", "RCPT", False, ("mailboxfull",), R),
    ("size-quota-temporary", "452 4.2.2 Message size (2048000) exceeds maximum: mailbox over quota, try later",
     "4.2.2", "RCPT", False, ("mailboxfull",), R),
    ("size-mailbox-exceeds-maximum", "552 5.2.2 Mailbox size exceeds maximum allowed: 1073741824 bytes", "5.2.2",
     "RCPT", False, ("mailboxfull",), R),
]
FILTER_ATTACKS = [
    # A filter's verdict on an attachment's content or type beside the size words: the virus or the type speaks.
    ("virus-attachment-too-long", "554 5.7.1 Virus found in attachment (Win.Trojan.Agent-123); attachment is too "
     "long to quarantine", "5.7.1", "DATA", False, ("virusdetected",), ANY),
    ("forbidden-type-attachment", "554 5.7.1 Forbidden attachment type (.exe); attachments are too large to scan "
     "otherwise", "5.7.1", "DATA", False, ("policyviolation", "filtered", "contenterror", "securityerror"), ANY),
    ("attachment-filename-long", "554 5.6.0 Attachment filename is too long", "5.6.0", "DATA", False,
     ("contenterror",), ANY),
]

# ---- 4. round 14's generic 5.7.x after DATA ------------------------------------------------------------------------
AFTER = ("hand-made attack on real round 14's rule (a generic 5.7.0/5.7.1 answered to the end of DATA in words no "
         "table knows reads filtered): words that DO name a cause")
GENERIC = ("Postfix cleanup's header_checks REJECT default '5.7.1 message content rejected' shape (round 14), "
           "hand-made text no table knows")
AFTER_CONTROLS = [
    ("generic-header-rule", "550 5.7.1 Rejected by local rule HDR_07", "5.7.1", "DATA", False, ("filtered",), ANY),
    ("generic-570", "554 5.7.0 Message refused by local policy rule 12", "5.7.0", "DATA", False, ("filtered",), ANY),
]
AFTER_ATTACKS = [
    # The recipient missing or disabled, in words, under the generic policy status after DATA.
    ("data-mailbox-not-exist", f"550 5.7.1 <{LEAD}>: the recipient mailbox does not exist", "5.7.1", "DATA", True,
     UNK, R),
    ("data-no-such-user", "550 5.7.1 No such user!", "5.7.1", "DATA", True, UNK, R),
    ("data-account-disabled", "550 5.7.1 This account has been disabled or discontinued", "5.7.1", "DATA", False,
     ("suspend",), R),
    # Our IP or our sender refused after DATA: ours.
    ("data-our-ip-blocked", "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org",
     "5.7.1", "DATA", False, ("blocked",), S),
    ("data-our-ip-not-allowed", "550 5.7.1 Your IP 192.0.2.7 is not allowed to send mail here", "5.7.1", "DATA",
     False, ("blocked",), S),
    ("data-our-sender-refused", f"550 5.7.1 Sender address <{OURS}> rejected: not permitted to send here", "5.7.1",
     "DATA", False, ("rejected",), S),
    # Authentication after DATA (the message's signature and alignment are only known then).
    ("data-dmarc", "550 5.7.1 Email rejected per DMARC policy for example.com", "5.7.1", "DATA", False,
     ("authfailure", "policyviolation"), ANY),
    ("data-spf", "550 5.7.1 SPF check failed: 192.0.2.7 is not allowed to send for example.com", "5.7.1", "DATA",
     False, ("authfailure",), ANY),
    ("data-dkim", "550 5.7.1 DKIM signature verification failed", "5.7.1", "DATA", False, ("authfailure",), ANY),
    # Relaying denied after DATA (a server that checks the recipients at the end).
    ("data-relay-denied", "554 5.7.1 Relay access denied", "5.7.1", "DATA", False, ("norelaying",), ANY),
    # A temporary 4.7.1 after DATA: a delay.
    ("data-temp-471", "451 4.7.1 Message temporarily deferred by content policy, try again later", "4.7.1", "DATA",
     False, (), ANY),
]
_GENERIC_REPLY = "554 5.7.1 Rejected by local rule HDR_07"
_UNKNOWN_REPLY = f"550 5.7.1 <{LEAD}>: the recipient mailbox does not exist"
_SOFT57 = ("filtered", "securityerror", "policyviolation")
_GM_BODY = (f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
            "The response was:")
STAGES = [
    ("r95-stage-exim-generic", GENERIC + " (Exim transports/smtp.c 'SMTP error from remote mail server after end "
     "of data')", exim_after("e1", _GENERIC_REPLY, "end of data", LEAD), _soft(("filtered",))),
    ("r95-stage-exim-unknown", AFTER + " (Exim, a missing recipient in words)",
     exim_after("e2", _UNKNOWN_REPLY, "end of data", LEAD), _hard()),
    ("r95-stage-exim-our-ip", AFTER + " (Exim, our IP blocklisted)",
     exim_after("e3", "554 5.7.1 Client host [192.0.2.7] blocked using bl.spamcop.net", "end of data", LEAD),
     _soft(("blocked",), S)),
    ("r95-stage-sendmail-generic", GENERIC + " (Sendmail's DATA transcript)",
     sendmail_data("s1", LEAD, _GENERIC_REPLY, "5.7.1"), _soft(("filtered",))),
    ("r95-stage-sendmail-unknown", AFTER + " (Sendmail's DATA transcript, a missing recipient in words)",
     sendmail_data("s2", LEAD, _UNKNOWN_REPLY, "5.7.1"), _hard()),
    ("r95-stage-sendmail-dmarc", AFTER + " (Sendmail's DATA transcript, DMARC)",
     sendmail_data("s3", LEAD, "550 5.7.1 Email rejected per DMARC policy for example.com", "5.7.1"),
     _soft(("authfailure", "policyviolation"))),
    ("r95-stage-gmail-generic", GENERIC + " (Gmail's own DSN, no stage)",
     gmail_own(_GENERIC_REPLY, status="5.7.1", heading="Message not delivered", body=_GM_BODY, address=LEAD,
               remote=MX), _soft(_SOFT57)),
    ("r95-stage-exo-generic", GENERIC + " (Exchange Online's NDR, no stage)",
     exchange_own(_GENERIC_REPLY, status="5.7.1", body=f"Your message to {LEAD} couldn't be delivered.",
                  address=LEAD), _soft(_SOFT57)),
    ("r95-stage-prose-generic", GENERIC + " (a prose notice, no stage, no status field)",
     prose("p1", LEAD, _GENERIC_REPLY), _soft()),
    ("r95-stage-prose-unknown", AFTER + " (a prose notice, a missing recipient in words)",
     prose("p2", LEAD, "550 5.1.1 <lead@partner.example>: the recipient mailbox does not exist"), _hard()),
    ("r95-stage-prose-transaction", "RFC 5321 4.2.3's bare '554 Transaction failed' under 5.7.1 (round 14 leaves it)",
     prose("p3", LEAD, "554 5.7.1 Transaction failed"), _soft()),
]

# ---- 5. Sender ID's "purported responsible address" ----------------------------------------------------------------
PRA = ("RFC 4407 (Sender ID's purported responsible address); Exchange's Sender ID agent '550 5.7.1 Sender ID (PRA) "
       "Not Permitted'; the user-unknown rows hand-made (the words decide)")
PRA_REPLIES = [
    ("pra-not-permitted", "550 5.7.1 Sender ID (PRA) Not Permitted", "5.7.1", "DATA", False, ("authfailure",), ANY),
    ("pra-cant-determine", "550 5.7.1 Can't determine Purported Responsible Address", "5.7.1", "DATA", False,
     ("authfailure",), ANY),
    ("pra-check-failed", f"550 5.7.1 Sender ID check failed: purported responsible address {OURS} not permitted",
     "5.7.1", "DATA", False, ("authfailure",), ANY),
    ("pra-user-unknown", f"550 5.1.1 <{LEAD}>: User unknown (purported responsible address {OURS} checked)",
     "5.1.1", "RCPT", True, UNK, R),
    ("pra-no-such-recipient", f"550 5.1.1 No such recipient <{LEAD}>; purported responsible address logged",
     "5.1.1", "RCPT", True, UNK, R),
    ("pra-temporary", "451 4.7.1 Sender ID lookup of the purported responsible address timed out, try later",
     "4.7.1", "DATA", False, (), ANY),
]

ROWS = (_rows("size", SIZE + " (controls)", SIZE_CONTROLS) + _rows("pfsize", PF_SIZE, PF_SIZE_ROWS)
        + _rows("satk", SIZE, SIZE_ATTACKS) + _rows("fatk", SIZE + "; " + FILTER, FILTER_ATTACKS)
        + _rows("d", GENERIC, AFTER_CONTROLS) + _rows("datk", AFTER, AFTER_ATTACKS) + STAGES
        + _rows("pra", PRA, PRA_REPLIES))
