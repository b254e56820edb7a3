"""Expected readings of the seventeenth round's notices in fixtures/real/ (branch real17; see its README,
"Seventeenth round"): Exim 4.96 (Debian 12's exim4-daemon-light, unpacked) writing its OWN notices with
administrators' texts: `bounce_message_file` / `warn_message_file` (the Exim specification, chapter 50: Wikimedia's
operations-puppet files, which add a References header, one of them `References: $h_subject`; the specification's
default-equivalent file; a site's own helpdesk prose with its own Subject), `bounce_message_text`, `dsn_from` with
`errors_reply_to`, a system filter's `fail text` (the specification's example), and Exim's DSN notices for SMTP
NOTIFY=SUCCESS (local delivery; relayed to a server without DSN) and NOTIFY=FAILURE with ENVID and ORCPT. Rows of
`test_real_servers.CASES` and whose fault each refusal is (taxonomy §7). Written from the servers' words, Exim's
specification and the taxonomy BEFORE the classifier was run on the files."""

from __future__ import annotations

UU = ("userunknown", True, True)
# Exim's warnings name no cause for a remote host it could not reach (Status 4.0.0, Action: delayed; the
# connection refusal is only in its log): expired, temporary, as exim-connection-refused-delay-warning; then
# "retry timeout exceeded", 5.0.0: expired, permanent.
DELAYED = ("expired", False, False)
EXPIRED = ("expired", False, True)
# The receiving Exim's "552 Message size exceeds maximum permitted" (its message_size_limit): mesgtoobig.
TOOBIG = ("mesgtoobig", False, True)
DELIVERED = ("delivered", False, False)

ROUND17 = {
    # --- Wikimedia's bounce_message_file / warn_message_file (operations-puppet; the header item only, the other
    # items empty, so Exim's default paragraphs; a References: $h_message-id line beside the one Exim 4.96 adds
    # itself; its Subject template leaves a space before the colon: "Mail delivery failed : returning ...") ---
    # No router for nosuchuser@ in the reporting host's own domain: "Unrouteable address": userunknown (as
    # exim-unknown-local-user).
    "exim-template-wikimedia-unknown-local-user.eml": (True, {"nosuchuser@bounce-lab.test": UU}),
    # warn_message_file's Subject "Warning: message ID delayed 1 minutes", the default paragraphs; nothing on the
    # port: the warning names only the address.
    "exim-template-wikimedia-refused-delay-warning.eml": (True, {"lead@dead2.test": DELAYED}),
    "exim-template-wikimedia-refused-retry-timeout.eml": (True, {"lead@dead.test": EXPIRED}),
    # The older role file: "References: $h_subject" puts the SUBJECT in a References header. The receiving Exim
    # refused RCPT TO:<ghost@partner.test> with "550 Unrouteable address": the partner's server, reached and
    # talking, does not know the mailbox: userunknown (as exim-remote-rcpt-unrouteable).
    "exim-template-wikimedia-references-subject-remote-unrouteable.eml": (True, {"ghost@partner.test": UU}),
    # --- The specification's default-equivalent file ("could not be delivered to all of its recipients"); 30 kB
    # over bounce_return_size_limit = 10K: Exim 4.96 returned only the headers (text/rfc822-headers,
    # "X-Exim-DSN-Information: Due to administrative limits only headers are returned") ---
    "exim-template-spec-default-remote-message-too-big.eml": (True, {"big@partner.test": TOOBIG}),
    # --- A site's own texts: "Subject: Undeliverable: <original subject>", a helpdesk paragraph instead of
    # "This message was created automatically ... permanent error", the per-address lines and DSN Exim's own ---
    "exim-template-helpdesk-unknown-local-user.eml": (True, {"nosuchuser@bounce-lab.test": UU}),
    "exim-template-helpdesk-remote-unrouteable.eml": (True, {"ghost@partner.test": UU}),
    # A pipe transport with return_output: "local delivery failed", then the template's third item ("The
    # receiving program reported:") and the program's line "ticket-import: queue tickets is closed for
    # maintenance" (exit 1). The delivery program failed; its words name a ticket queue, not the mailbox or the
    # account: mailererror (as exim-alias-pipe-command-failed; judgement).
    "exim-template-helpdesk-pipe-output.eml": (True, {"importer@bounce-lab.test": ("mailererror", False, True)}),
    # The site's warn_message_file ("Subject: Still trying to deliver: ...", "Your message has been waiting for 1
    # minutes and has not yet reached the address(es) below"), then its bounce text with "retry timeout exceeded".
    "exim-template-helpdesk-refused-delay-warning.eml": (True, {"lead@dead.test": DELAYED}),
    "exim-template-helpdesk-refused-retry-timeout.eml": (True, {"lead@dead.test": EXPIRED}),
    # One notice for three: nosuchuser@ ("Unrouteable address") and both partner.test addresses under the
    # receiving Exim's "552 Message size exceeds maximum permitted" (after the pipelined data block: Exim gives the
    # reply to every recipient of the transaction, ghost@ included); alice@ was delivered.
    "exim-template-helpdesk-mixed-recipients.eml": (True, {
        "nosuchuser@bounce-lab.test": UU, "ghost@partner.test": TOOBIG, "big@partner.test": TOOBIG}),
    # --- bounce_message_text (a line after "This message was created automatically by mail delivery
    # software."; not expanded, as the specification says, so "$message_exim_id" stays literal) ---
    "exim-bounce-message-text-unknown-local-user.eml": (True, {"nosuchuser@bounce-lab.test": UU}),
    # --- dsn_from and errors_reply_to: "From: Bounce Lab Postmaster <postmaster@bounce-lab.test>", a Reply-To,
    # no "Mail Delivery System <Mailer-Daemon@...>" ---
    "exim-dsn-from-reply-to-unknown-local-user.eml": (True, {"nosuchuser@bounce-lab.test": UU}),
    # --- A system filter's `fail text "this message looks like spam to me"` (the specification's example, chapter
    # "System-wide message filtering"): the words judge the message spam: spamdetected, soft, permanent (5.0.0) ---
    "exim-system-filter-fail-text.eml": (True, {"lead@partner.test": ("spamdetected", False, True)}),
    # --- Exim's DSNs (dsn_advertise_hosts; the message came in by SMTP with NOTIFY/RET/ENVID) ---
    # NOTIFY=SUCCESS, delivered to a local Maildir: "Delivery Status Notification", "(relayed via non "Remote
    # SMTP" router)", Action: delivered, 2.0.0: not a bounce.
    "exim-dsn-success-local-delivery.eml": (False, {"alice@bounce-lab.test": DELIVERED}),
    # NOTIFY=SUCCESS, relayed to an Exim that offers no DSN: "(relayed to non-DSN-aware mailer)", but Action:
    # delivered, 2.0.0, "Diagnostic-Code: smtp; 250 Ok": not a bounce.
    "exim-dsn-success-relayed-non-dsn.eml": (False, {"lead@partner.test": DELIVERED}),
    # NOTIFY=FAILURE,DELAY with ENVID and ORCPT: Original-Envelope-ID and Original-Recipient in the DSN, RET=HDRS
    # (text/rfc822-headers); the receiving Exim's "550 Unrouteable address" at RCPT: userunknown.
    "exim-dsn-failure-envid-orcpt.eml": (True, {"ghost@partner.test": UU}),
}

# file: why the classifier disagrees (strict xfails; a fix XPASSes).
ROUND17_DISAGREES: dict = {}
ROUND17_READ_AS_NO_BOUNCE: frozenset = frozenset()

S, RC = "sender", "recipient"
# file: {failed recipient: scope} (taxonomy §7). The recipient's: an unknown mailbox, local or at the partner's server.
# Left out: the size refusals (so the mixed notice too: a row names every failed recipient), the system filter's spam
# verdict and the delays (judgement calls no rule here needs).
ROUND17_SCOPE = {
    "exim-template-wikimedia-unknown-local-user.eml": {"nosuchuser@bounce-lab.test": RC},
    "exim-template-wikimedia-references-subject-remote-unrouteable.eml": {"ghost@partner.test": RC},
    "exim-template-helpdesk-unknown-local-user.eml": {"nosuchuser@bounce-lab.test": RC},
    "exim-template-helpdesk-remote-unrouteable.eml": {"ghost@partner.test": RC},
    "exim-bounce-message-text-unknown-local-user.eml": {"nosuchuser@bounce-lab.test": RC},
    "exim-dsn-from-reply-to-unknown-local-user.eml": {"nosuchuser@bounce-lab.test": RC},
    "exim-dsn-failure-envid-orcpt.eml": {"ghost@partner.test": RC},
}
ROUND17_SCOPE_DISAGREES: dict = {}
