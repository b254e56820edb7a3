"""Review novel45's mends and their controls, written after the first run (tests/classifier/review_novel45.py holds
the rows written before it). Each mend's rows, then the nearby notices that must NOT change (named "-ctl-"): the same
words said of the recipient's mailbox or domain, without the cue the mend keys on, or another server's sense of them.
Sources as in review_novel45.py; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_audit35 import exim_final, soft
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
SELLER = "seller@example.com"
MX = "mx.partner.example"
ANY_REASON: tuple = ()
FULL = ("mailboxfull",)

at = relayed_for("n45-m", MX, LEAD)

QSMTP = "Qsmtp: DerDakon/Qsmtp qsmtpd/filters/fromdomain.c and spf.c; controls hand-made"
MAGMA = "Magma (Lavabit): lavabit/magma src/servers/smtp/smtp.c; controls hand-made"
AUTH = ("RFC 4954 section 6 (535 5.7.8 'Authentication credentials invalid', 534 5.7.9 'Authentication mechanism is "
        "too weak'); Postfix smtp_sasl_glue.c 'SASL authentication failed; server %s said: %s'; hand-made")
EXIM = "Exim src/src/deliver.c bounce ('SMTP error from remote mail server after RCPT TO:<%s>: %s')"

ROWS = at("qsmtp", QSMTP, [
    ("mx-ipv6-only", "501 5.4.0 all your mail exchangers have IPv6 addresses and I am an IPv4-only host", "5.4.0",
     "RCPT", False, ANY_REASON, S),
    ("mx-loopback-at-mail", "501 5.4.0 all your mail exchangers have loopback addresses", "5.4.0", "MAIL", False,
     ANY_REASON, S),
    ("ctl-recipient-mx-failed", "451 4.4.0 all mail exchangers for partner.example failed, try again later", "4.4.0",
     "RCPT", False, ANY_REASON, R),
    ("ctl-recipient-mx-loop", "554 5.4.6 mail for partner.example loops back to myself", "5.4.6", "RCPT", False,
     ANY_REASON, R),
    ("spf-denied-no-explanation-at-data", "550 5.7.1 mail denied by SPF policy", "5.7.1", "DATA", False,
     ("authfailure",), S),
    ("ctl-denied-by-policy", "550 5.7.1 mail denied by local policy", "5.7.1", "RCPT", False, ANY_REASON, ANY),
]) + at("magma", MAGMA, [
    ("virus-lowercase", "550 data blocked - this message appears to contain a computer virus", "5.0.0", "DATA",
     False, ("virusdetected",), ANY),
    ("ctl-virus-scanner-down", "451 4.3.0 computer virus scanner unavailable, please try again later", "4.3.0",
     "DATA", False, ANY_REASON, ANY),
    ("forward-loop-lowercase", "550 message rejected: it appears to be caught in a forward loop", "5.0.0", "DATA",
     False, ("systemerror",), ANY),
    ("spf-ipv6", "550 MESSAGE BLOCKED - THE MESSAGE IS BEING REJECTED BECAUSE THE ADDRESS [2001:db8::25] IS NOT "
     f"AUTHORIZED TO SEND MESSAGES FROM <{SELLER}>", "5.0.0", "RCPT", False, ("authfailure",), S),
    # The recipient as the one not authorised (to receive): its own restriction, no SPF.
    ("ctl-recipient-not-authorized", f"550 5.7.1 <{LEAD}> is not authorized to receive messages from external "
     "senders", "5.7.1", "RCPT", False, ANY_REASON, ANY),
    ("ctl-not-authorized-to-recipient", "550 5.7.1 [192.0.2.25] is not authorized to send messages to this "
     "recipient", "5.7.1", "RCPT", False, ANY_REASON, ANY),
    ("not-authorized-address-at-rcpt", "550 THIS USER ACCOUNT IS NOT AUTHORIZED TO SEND MESSAGES WITH THE ADDRESS "
     f"<{SELLER}>", "5.0.0", "RCPT", False, ANY_REASON, S),
    ("ctl-mailbox-not-authorized-from", f"550 5.7.1 This mailbox is not authorized to receive messages from the "
     f"address <{SELLER}>", "5.7.1", "RCPT", False, ANY_REASON, ANY),
    ("outbound-quota-final", "550 OUTBOUND MAIL QUOTA EXCEEDED - THIS ACCOUNT MAY ONLY SEND 250 MESSAGES IN A "
     "TWENTY-FOUR HOUR PERIOD", "5.0.0", "RCPT", False, ANY_REASON, S),
    ("ctl-mailbox-quota-exceeded", f"552 MAILBOX FULL - THE ACCOUNT <{LEAD}> HAS EXCEEDED ITS MAIL QUOTA", "5.0.0",
     "RCPT", False, FULL, R),
    ("ctl-inbound-mail-quota", f"452 4.2.2 inbound mail quota exceeded for <{LEAD}>", "4.2.2", "RCPT", False, FULL,
     R),
]) + at("auth", AUTH, [
    ("ctl-sasl-glue-535", f"SASL authentication failed; server {MX}[192.0.2.7] said: 535 5.7.8 Error: authentication "
     "failed: authentication failure", "5.7.8", None, False, ANY_REASON, S),
    ("weak-mechanism-534", "534 5.7.9 Authentication mechanism is too weak", "5.7.9", None, False, ANY_REASON, S),
    ("invalid-credentials-535", "535 5.7.8 Authentication credentials invalid", "5.7.8", None, False, ANY_REASON, S),
    # The same lock said at RCPT TO of the lead's account: the recipient's suspension, not our login.
    ("ctl-rcpt-account-locked", f"550 ACCOUNT LOCKED - THE ACCOUNT <{LEAD}> HAS BEEN ADMINISTRATIVELY LOCKED",
     "5.0.0", "RCPT", False, ("suspend",), R),
    ("ctl-rcpt-authentication-required", "530 5.7.0 Authentication required", "5.7.0", "RCPT", False, ANY_REASON,
     ANY),
]) + [
    ("n45-m-l-exim-magma-virus", f"{EXIM}; {MAGMA}",
     exim_final("m1", "SMTP error from remote mail server after end of data: 550 DATA BLOCKED - THIS MESSAGE IS "
                "BEING BLOCKED BECAUSE IT APPEARS TO CONTAIN A COMPUTER VIRUS OR INTERNET WORM"),
     soft("virusdetected", scope=ANY)),
    ("n45-m-l-exim-qsmtp-mx", f"{EXIM}; {QSMTP}",
     exim_final("m2", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 501 5.4.0 all your mail "
                "exchangers point to local networks"), soft(scope=S)),
    ("n45-m-l-exim-magma-outbound-quota", f"{EXIM}; {MAGMA}",
     exim_final("m3", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550 OUTBOUND MAIL QUOTA EXCEEDED - "
                "THIS ACCOUNT MAY ONLY SEND 250 MESSAGES IN A TWENTY-FOUR HOUR PERIOD"), soft(scope=S)),
]
