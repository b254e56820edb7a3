"""Expected readings of the sixth round's notices in fixtures/real/ (branch realsrv6; see its
README, "Receiving servers not covered before"): Postfix 3.7.11 writes every notice, quoting the
refusals of qpsmtpd 0.94 (plugins rcpt_map, badrcptto, rcpt_ok, badmailfrom, databytes,
sender_permitted_from, dmarc, resolvable_fromhost, dnsbl), OpenDKIM 2.11's milter, aiosmtpd
1.4.6 (PyPI), smtp-server 3.21.6 (npm), Exim 4.96's ACL verify = recipient/callout and verify =
sender, and its own virtual alias/mailbox and local recipient tables. Rows of
`test_real_servers.CASES`, kept here as that module is at the size limit, plus the scope each
refusal puts on the sender or the recipient (taxonomy §7; checked by test_real_servers_scope.py).
Read from the servers' words and the taxonomy, never from the classifier."""

from __future__ import annotations

UU = ("userunknown", True, True)  # (reason, hard_bounce, permanent)
BIG = ("mesgtoobig", False, True)
AUTH = ("securityerror", False, True)

RECEIVERS = {
    # --- qpsmtpd 0.94 (Debian) as the receiving server, Postfix as the client ---
    # rcpt_map's default for an address not in its map: "550 No such user." at RCPT.
    "qpsmtpd-rcpt-map-no-such-user.eml": (True, {"nosuchuser@qp.test": UU}),
    # badrcptto: "550 mail to gone@qp.test not accepted here (#5.1.1)": an address the site lists
    # as not taking mail, with the bad-mailbox code 5.1.1 (Qpsmtpd::DSN): userunknown.
    "qpsmtpd-badrcptto-not-accepted.eml": (True, {"gone@qp.test": UU}),
    # rcpt_ok for a domain not in rcpthosts: "550 Relaying denied (#5.7.1)".
    "qpsmtpd-rcpt-ok-relaying-denied.eml": (True, {"lead@qprelay.test": ("norelaying", False, True)}),
    # databytes 20000: "552 Message too big!" after DATA.
    "qpsmtpd-databytes-message-too-big.eml": (True, {"big@qp.test": BIG}),
    # badmailfrom: "550 Your envelope sender is in my badmailfrom list" at MAIL FROM: rejected.
    "qpsmtpd-badmailfrom-sender.eml": (True, {"lead@qp.test": ("rejected", False, True)}),
    # sender_permitted_from reject 3: "550 SPF - forgery: bounce-lab.test: Sender is not
    # authorized by default to use 'sales@bounce-lab.test' in 'mfrom' identity (mechanism '-all'
    # matched)" at MAIL FROM: an SPF failure, authfailure.
    "qpsmtpd-spf-forgery.eml": (True, {"lead@qpdns.test": ("authfailure", False, True)}),
    # dmarc (Mail::DMARC, p=reject, no SPF or DKIM pass): "552 failed DMARC policy" after DATA.
    # The message failed DMARC (authentication of the From domain): authfailure, not the
    # 552's mailbox or size (judgement: the taxonomy also names "DMARC policy" under
    # policyviolation; "failed DMARC" is the authentication failing, authfailure's own words).
    "qpsmtpd-dmarc-policy-failed.eml": (True, {"lead@qpdmarc.test": ("authfailure", False, True)}),
    # resolvable_fromhost for a sender domain that does not resolve: "450 Temporary address
    # resolution failure (#4.4.3)" in reply to MAIL FROM. What could not be resolved is the
    # envelope sender's domain (the command says which address): rejected, for now (as Postfix's
    # reject_unknown_sender_domain, postfix-remote-sender-domain-not-found.eml). After the queue
    # lifetime the same 450 with Action: failed, Status 4.0.0: a temporary refusal that outlived
    # the retries, expired (as postfix-remote-postgrey-greylisted-expired.eml).
    "qpsmtpd-resolvable-fromhost-delay-warning.eml": (True, {"lead@qpdns.test": ("rejected", False, False)}),
    "qpsmtpd-resolvable-fromhost-expired.eml": (True, {"lead@qpdns.test": ("expired", False, True)}),
    # dnsbl: "550 Client listed in lab ZEN, see ..." as the GREETING; Postfix takes a 5xx greeting
    # as "refused to talk to me" and retries (Status 4.0.0). The server's refusal was permanent
    # and names the sending client: blocked, in the warning (temporary) and in the final notice.
    "qpsmtpd-dnsbl-greeting-delay-warning.eml": (True, {"lead@qpdnsbl.test": ("blocked", False, False)}),
    "qpsmtpd-dnsbl-greeting-expired.eml": (True, {"lead@qpdnsbl.test": ("blocked", False, True)}),
    # lead@qp.test and alice@bounce-lab.test were delivered and are not in the notice.
    "qpsmtpd-mixed-recipients.eml": (True, {
        "nosuchuser@qp.test": UU, "gone@qp.test": UU, "lead@qprelay.test": ("norelaying", False, True)}),

    # --- OpenDKIM 2.11.0~beta2 as a milter of Postfix's smtpd (Mode v, On-NoSignature reject) ---
    # "550 5.7.0 no DKIM signature data" after DATA: the DKIM check failed for want of a
    # signature: authfailure (not the generic 5.7.0's securityerror).
    "opendkim-no-signature-reject.eml": (True, {"lead@dkim.test": ("authfailure", False, True)}),

    # --- aiosmtpd 1.4.6 (PyPI) and Node's smtp-server 3.21.6 (npm), their built-in refusals ---
    # aiosmtpd over data_size_limit: "552 Error: Too much mail data" after DATA: the size.
    "aiosmtpd-too-much-mail-data.eml": (True, {"lead@aio.test": BIG}),
    # auth_required: "530 5.7.0 Authentication required" at MAIL FROM (RFC 4954's reply): SMTP AUTH
    # required of the sending client, securityerror.
    "aiosmtpd-authentication-required.eml": (True, {"lead@aioauth.test": AUTH}),
    # smtp-server: "552 Error: message exceeds fixed maximum message size 20000" after DATA.
    "smtp-server-message-too-big.eml": (True, {"lead@node.test": BIG}),
    # smtp-server without authOptional: "530 Error: authentication Required" at MAIL FROM.
    "smtp-server-authentication-required.eml": (True, {"lead@nodeauth.test": AUTH}),
    # lead@aio.test was delivered; the two that want SMTP AUTH are in one notice.
    "aiosmtpd-smtp-server-mixed-recipients.eml": (True, {"lead@aioauth.test": AUTH, "lead@nodeauth.test": AUTH}),

    # --- Postfix 3.7.11's own tables ---
    # A virtual alias domain's unknown address, bounced by Postfix itself: "User unknown in virtual
    # alias table", 5.1.1. virtual(8) for a virtual mailbox domain: 'unknown user: "ghost@vmbox.test"'.
    "postfix-virtual-alias-table-unknown.eml": (True, {"ghost@valias.test": UU}),
    "postfix-virtual-delivery-unknown-user.eml": (True, {"ghost@vmbox.test": UU}),
    # Its smtpd as the receiver: "550 5.1.1 <...>: Recipient address rejected: User unknown in local
    # recipient table" / "... in virtual mailbox table".
    "postfix-remote-local-recipient-table.eml": (True, {"nosuchuser2@bounce-lab.test": UU}),
    "postfix-remote-virtual-mailbox-table.eml": (True, {"ghost2@vmbox.test": UU}),

    # --- Exim 4.96 as the receiver, ACL verify ---
    # verify = recipient/callout: "550-Callout verification failed: 550-550 5.1.1 <ghost@callout.test>:
    # Recipient address rejected: 550 User unknown in relay recipient table" (the gateway quoting the
    # inner server's answer): userunknown.
    "exim-remote-callout-verification-failed.eml": (True, {"ghost@callout.test": UU}),
    # verify = sender: "550-Verification failed for <sales@bounce-lab.test> 550-Unrouteable address
    # 550 Sender verify failed" at RCPT: the envelope sender was refused, rejected.
    "exim-remote-sender-verify-failed.eml": (True, {"lead@sverify.test": ("rejected", False, True)}),
}

# file: why the classifier disagrees (strict xfail, merged into test_real_servers.DISAGREES).
RECEIVERS_DISAGREES = {
    "qpsmtpd-resolvable-fromhost-expired.eml":
        "'450 Temporary address resolution failure (#4.4.3)' with Action failed after the queue lifetime: "
        "read as rejected (the cause, the sender's domain), not expired (as postfix-remote-postgrey-greylisted-"
        "expired; soft either way)",
}

S, RC = "sender", "recipient"
# file: {failed recipient: scope}, from whose fault each refusal names (taxonomy §7): our host,
# envelope sender, authentication or relaying are the sender's; the mailbox and the message size
# the recipient's side. The xfailed row above is left out.
RECEIVERS_SCOPE = {
    "qpsmtpd-rcpt-map-no-such-user.eml": {"nosuchuser@qp.test": RC},
    "qpsmtpd-badrcptto-not-accepted.eml": {"gone@qp.test": RC},
    "qpsmtpd-rcpt-ok-relaying-denied.eml": {"lead@qprelay.test": S},
    "qpsmtpd-databytes-message-too-big.eml": {"big@qp.test": RC},
    "qpsmtpd-badmailfrom-sender.eml": {"lead@qp.test": S},
    "qpsmtpd-spf-forgery.eml": {"lead@qpdns.test": S},
    "qpsmtpd-dmarc-policy-failed.eml": {"lead@qpdmarc.test": S},
    "qpsmtpd-resolvable-fromhost-delay-warning.eml": {"lead@qpdns.test": S},
    "qpsmtpd-dnsbl-greeting-delay-warning.eml": {"lead@qpdnsbl.test": S},
    "qpsmtpd-dnsbl-greeting-expired.eml": {"lead@qpdnsbl.test": S},
    "qpsmtpd-mixed-recipients.eml": {"nosuchuser@qp.test": RC, "gone@qp.test": RC, "lead@qprelay.test": S},
    "opendkim-no-signature-reject.eml": {"lead@dkim.test": S},
    "aiosmtpd-too-much-mail-data.eml": {"lead@aio.test": RC},
    "aiosmtpd-authentication-required.eml": {"lead@aioauth.test": S},
    "smtp-server-message-too-big.eml": {"lead@node.test": RC},
    "smtp-server-authentication-required.eml": {"lead@nodeauth.test": S},
    "aiosmtpd-smtp-server-mixed-recipients.eml": {"lead@aioauth.test": S, "lead@nodeauth.test": S},
    "postfix-virtual-alias-table-unknown.eml": {"ghost@valias.test": RC},
    "postfix-virtual-delivery-unknown-user.eml": {"ghost@vmbox.test": RC},
    "postfix-remote-local-recipient-table.eml": {"nosuchuser2@bounce-lab.test": RC},
    "postfix-remote-virtual-mailbox-table.eml": {"ghost2@vmbox.test": RC},
    "exim-remote-callout-verification-failed.eml": {"ghost@callout.test": RC},
    "exim-remote-sender-verify-failed.eml": {"lead@sverify.test": S},
}
