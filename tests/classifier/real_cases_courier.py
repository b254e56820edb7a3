"""Expected readings of the Courier MTA notices in fixtures/real/ (branch mta4; see its README,
"Courier MTA 1.0.16"): rows of `test_real_servers.CASES`, kept here as that module is at the
size limit. Read from what the server said and the taxonomy, never from the classifier."""

from __future__ import annotations

UU = ("userunknown", True, True)  # (reason, hard_bounce, permanent)

COURIER = {
    # --- Courier MTA 1.0.16 (branch mta4): its own multipart/report, "<addr>:" then ">>> command"
    # and "<<< reply" lines, every Status 5.0.0 / 4.0.0 (the reply decides). The "remote" servers
    # are courieresmtpd instances of the same package with their own /etc/courier.
    "courier-unknown-local-user.eml": (True, {"nosuchuser@bounce-lab.test": UU}),
    # "No such domain." for nowhere.invalid (NXDOMAIN): the domain does not exist.
    "courier-no-such-domain.eml": (True, {"lead@nowhere.invalid": ("hostunknown", True, True)}),
    "courier-remote-rcpt-user-unknown.eml": (True, {"ghost@partner.test": UU}),
    # "534 SIZE=Message too big." at MAIL FROM (the SIZE= extension).
    "courier-remote-message-too-big.eml": (True, {"big@bigcheck.test": ("mesgtoobig", False, True)}),
    "courier-remote-relaying-denied.eml": (True, {"buyer@relay.test": ("norelaying", False, True)}),
    # BOFHCHECKDNS: "517-Domain does not exist: bounce-lab.test." at MAIL FROM names the envelope
    # SENDER's domain: rejected, soft (it was read as blocked, the sending host; fixed on mta4).
    # lead@dnscheck.test itself was never judged.
    "courier-remote-sender-domain-does-not-exist.eml": (True, {"lead@dnscheck.test": ("rejected", False, True)}),
    # Maildir quota is temporary for Courier: "Maildir over quota." in the delay notice (4.0.0),
    # then the same words with Action: failed, 5.0.0 after queuetime.
    "courier-maildir-over-quota-delay-warning.eml": (True, {"fullbox@bounce-lab.test": ("mailboxfull", False, False)}),
    "courier-maildir-over-quota-expired.eml": (True, {"fullbox@bounce-lab.test": ("mailboxfull", False, True)}),
    # Nothing listening on the routed port: Courier words it "Network is down" (delay 4.0.0,
    # then failed 5.0.0 after queuetime, the notice saying nothing of the time): networkerror,
    # the cause its text names (the warning was read as expired before "network is down" became
    # networkerror wording on mta4).
    "courier-connection-refused-delay-warning.eml": (True, {"ops@dead.test": ("networkerror", False, False)}),
    "courier-connection-refused-expired.eml": (True, {"ops@dead.test": ("networkerror", False, True)}),
    # ~/.courier delivering to a program that printed "This mailbox is closed; please write to
    # ... instead." and exited 77 (EX_NOPERM, permanent for Courier): the program's own words
    # are all the notice has; a closed mailbox is a disabled account: suspend, soft.
    "courier-dot-courier-program-exit-77.eml": (True, {"strict@bounce-lab.test": ("suspend", False, True)}),
    # alice@ was delivered and is not in the notice; lead@partner.test has no mailbox on that
    # server ("550 User <lead> unknown"), so it is as unknown as ghost@.
    "courier-mixed-recipients.eml": (True, {
        "lead@partner.test": UU, "ghost@partner.test": UU, "nosuchuser@bounce-lab.test": UU,
        "buyer@relay.test": ("norelaying", False, True)}),
    # sendmail -Nsuccess: Courier's "MESSAGE DELIVERED SUCCESSFULLY" (Action: delivered, 2.0.0):
    # not a bounce; the one recipient is listed as delivered.
    "courier-dsn-notify-success-delivered.eml": (False, {"alice@bounce-lab.test": ("delivered", False, False)}),
    # An alias to a program that does not exist: the shell's "/bin/sh: 1: /usr/local/bin/
    # ticket-import: not found", which Courier treats as temporary (delay, 4.0.0): the delivery
    # program failed: mailererror, as for Postfix's same case (was expired; the shell's wording
    # became mailererror on mta4). Final-Recipient is Courier's internal ".xalias/tickets@..."
    # form; the address the sender used is the one in the text.
    "courier-alias-pipe-not-found-delay-warning.eml": (True, {"tickets@bounce-lab.test": ("mailererror", False, False)}),
    # ~/.courier program exit 75 (EX_TEMPFAIL) with "Mailbox temporarily locked for migration,
    # try again later.": a temporary refusal whose words fit no reason better than the delay
    # itself: expired, temporary (judgement: mailererror would say the program broke; it did not).
    "courier-dot-courier-program-exit-75-delay-warning.eml": (True, {"strict@bounce-lab.test": ("expired", False, False)}),
    # The same two after queuetime (Action: failed, 5.0.0, the same words, nothing about time).
    "courier-alias-pipe-not-found-expired.eml": (True, {"tickets@bounce-lab.test": ("mailererror", False, True)}),
    # "try again later" in a final notice: the retry period ran out on a temporary refusal.
    "courier-dot-courier-program-exit-75-expired.eml": (True, {"strict@bounce-lab.test": ("expired", False, True)}),
}

# file: why the classifier disagrees (strict xfail, merged into test_real_servers.DISAGREES).
COURIER_DISAGREES = {
    "courier-dot-courier-program-exit-75-expired.eml":
        "final notice (failed, 5.0.0) whose only text is the program's 'Mailbox temporarily locked for "
        "migration, try again later.': read as onhold; the words say a temporary refusal that outlived "
        "the retries: expired (soft either way; a general 'failed + try again later -> expired' rule "
        "was not added this round)",
}
