"""Expected readings of the seventh round's notices in fixtures/real/ (branch policy; see its
README, "Postfix policy services"): Postfix 3.7.11 writes every notice, quoting what a receiving
smtpd answered at RCPT through `check_policy_service`: postfix-policyd-spf-python 3.0.4 and
postfix-policyd-spf-perl 2.011 (SPF of the envelope sender's domain, answered by a local
unbound), policyd-weight 0.1.15.2 (DNSBL and HELO/DNS scoring of the sending client), sqlgrey
1.8.0 (greylisting and its new-source throttle), postfwd 1.35 (HELO, rate and size rules, texts
from its documentation) and Dovecot 2.3.19.1's quota-status service. Rows of
`test_real_servers.CASES`, plus whose fault each refusal is (taxonomy §7; checked by
test_real_servers_scope.py). Read from the servers' words and the taxonomy, never from the
classifier."""

from __future__ import annotations

AUTH = ("authfailure", False, True)  # (reason, hard_bounce, permanent)
AUTH_DELAY = ("authfailure", False, False)

POLICY = {
    # --- postfix-policyd-spf-python 3.0.4 (Mail_From_reject = Softfail, PermError_reject = True,
    # TempError_Defer = True); the SPF record is the envelope sender's domain's, i.e. ours ---
    # "550 5.7.23 ... Message rejected due to: domain owner discourages use of this host. Please
    # see http://www.openspf.net/Why?s=mfrom;..." (a `~all` softfail refused): RFC 7372's 5.7.23,
    # "SPF validation failed": authfailure.
    "postfix-remote-policyd-spf-softfail.eml": (True, {"lead@spfpy.test": AUTH}),
    # "550 5.7.24 ... SPF Permanent Error: include mechanism missing domain: include": our record
    # cannot be evaluated (5.7.24, "SPF validation error"): authfailure.
    "postfix-remote-policyd-spf-permerror.eml": (True, {"lead@spfpy.test": AUTH}),
    # "450 4.7.24 ... Message deferred due to: SPF Temporary Error: DNS Timeout" (our domain's TXT
    # lookup timed out at the receiver): the SPF check, deferred: authfailure, temporary.
    "postfix-remote-policyd-spf-temperror-delay-warning.eml": (True, {"lead@spfpy.test": AUTH_DELAY}),

    # --- postfix-policyd-spf-perl 2.011 (Mail::SPF 2.9): it returns "550 <explanation>" and
    # Postfix adds 5.7.1 ---
    # The default explanation, "Please see http://www.openspf.org/Why?s=mfrom;id=...;ip=...;r=...":
    # the SPF project's "why was this refused" page for a failed MAIL FROM check: authfailure.
    "postfix-remote-policyd-spf-perl-fail.eml": (True, {"lead@spfperl.test": AUTH}),
    # The sending domain's own exp= text, RFC 7208 §6.2's example: "192.0.2.25 is not one of
    # exp.bounce-lab.test's designated mail servers.": an SPF fail in the domain's words.
    "postfix-remote-policyd-spf-perl-fail-explanation.eml": (True, {"lead@spfperl.test": AUTH}),
    # "450 4.7.1 ... SPF-Result=temp.bounce-lab.test: Time-out on DNS 'TXT' lookup of
    # 'temp.bounce-lab.test'" (DEFER_IF_PERMIT on temperror): the SPF check, deferred.
    "postfix-remote-policyd-spf-perl-temperror-delay-warning.eml": (True, {"lead@spfperl.test": AUTH_DELAY}),

    # --- policyd-weight 0.1.15.2 (Debian defaults; three lab DNSBLs instead of the public ones) ---
    # "550 5.7.1 ... Your MTA is listed in too many DNSBLs; check http://www.robtex.com/rbl/<ip>.html":
    # the sending host, blocklisted: blocked.
    "postfix-remote-policyd-weight-dnsbl.eml": (True, {"lead@weight.test": ("blocked", False, True)}),
    # "450 4.7.1 ... Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct
    # HELO and DNS MX settings or to get removed from DNSBLs; MTA helo: ..., MTA hostname:
    # unknown[192.0.2.27] (helo/hostname mismatch)" (score over REJECTLEVEL, deferred by its
    # DEFER_STRING). policyd-weight never sees the content: what it scored and names is the
    # sending host's HELO, DNS and DNSBL standing: blocked, temporary (judgement: the words also
    # say SPAM; see POLICY_DISAGREES if the classifier reads spamdetected).
    "postfix-remote-policyd-weight-spam-or-forged-delay-warning.eml": (True, {
        "lead@weight2.test": ("blocked", False, False)}),

    # --- sqlgrey 1.8.0 (reconnect_delay 60, connect_src_throttle 1) ---
    # "450 4.7.1 ... Recipient address rejected: Greylisted for 60 minutes": greylisting, as
    # postgrey's row: blocked, temporary.
    "postfix-remote-sqlgrey-greylisted-delay-warning.eml": (True, {"lead@grey.test": ("blocked", False, False)}),
    # "450 4.7.1 ... Throttling too many connections from new source -  Try again later.": the
    # taxonomy's connection wording: toomanyconn, temporary.
    "postfix-remote-sqlgrey-throttled-delay-warning.eml": (True, {"buyer@grey.test": ("toomanyconn", False, False)}),

    # --- postfwd 1.35 (postfwd1; rule texts from postfwd's documentation) ---
    # "554 5.7.1 ... invalid helo 'mx'": the HELO host refused, as Postfix's own HELO checks: blocked.
    "postfix-remote-postfwd-invalid-helo.eml": (True, {"lead@fwdhelo.test": ("blocked", False, True)}),
    # rate(client_address/1/300/...): "450 4.7.1 ... sorry, max 1 requests per 5 minutes": speeding.
    "postfix-remote-postfwd-rate-limit-delay-warning.eml": (True, {"buyer@fwd2.test": ("speeding", False, False)}),
    # size(recipient/20000/3600/...): "450 4.7.1 ... sorry, max 20000 bytes per hour": a volume per
    # hour, a rate, not the size of this one message: speeding, temporary.
    "postfix-remote-postfwd-size-limit-delay-warning.eml": (True, {"big@fwd.test": ("speeding", False, False)}),

    # --- Dovecot 2.3.19.1 quota-status -p postfix ---
    # Its default answer for a full mailbox, "554 5.2.2 %{error}": "554 5.2.2 <tiny@quota.test>:
    # Recipient address rejected: Quota exceeded (mailbox for user is full)": mailboxfull.
    "postfix-remote-quota-status-quota-exceeded.eml": (True, {"tiny@quota.test": ("mailboxfull", False, True)}),
    # Its default for no such user, "REJECT Unknown user": Postfix's 554 5.7.1 with "Recipient
    # address rejected: Unknown user": the words say the mailbox does not exist: userunknown.
    "postfix-remote-quota-status-unknown-user.eml": (True, {"ghost@quota.test": ("userunknown", True, True)}),
    # Dovecot's documented setting quota_status_overquota = "552 5.2.2 Mailbox is full" (here for a
    # 30 kB message to a 10 kB quota: quota_status_toolarge unset, so the overquota answer).
    "postfix-remote-quota-status-mailbox-full.eml": (True, {"small@quota.test": ("mailboxfull", False, True)}),
}

# file: why the classifier disagrees (strict xfail, merged into test_real_servers.DISAGREES).
POLICY_DISAGREES = {
    # Judgement: the words hold both readings. "too many connections" is the taxonomy's connection
    # wording (toomanyconn), "Throttling" its rate wording (speeding); what sqlgrey counts is new
    # greylisting entries from one source, neither exactly. Soft, temporary and the sender's either way.
    "postfix-remote-sqlgrey-throttled-delay-warning.eml":
        "'450 4.7.1 ... Throttling too many connections from new source - Try again later.' read as speeding "
        "(throttling, a rate) where the expectation follows 'too many connections' (toomanyconn)",
}

S, RC = "sender", "recipient"
# file: {failed recipient: scope}: SPF of our domain, our client's DNSBL/HELO/DNS standing, greylisting
# and rate limits of our client are the sender's side; quota and an unknown mailbox the recipient's.
POLICY_SCOPE = {
    "postfix-remote-policyd-spf-softfail.eml": {"lead@spfpy.test": S},
    "postfix-remote-policyd-spf-permerror.eml": {"lead@spfpy.test": S},
    "postfix-remote-policyd-spf-temperror-delay-warning.eml": {"lead@spfpy.test": S},
    "postfix-remote-policyd-spf-perl-fail.eml": {"lead@spfperl.test": S},
    "postfix-remote-policyd-spf-perl-fail-explanation.eml": {"lead@spfperl.test": S},
    "postfix-remote-policyd-spf-perl-temperror-delay-warning.eml": {"lead@spfperl.test": S},
    "postfix-remote-policyd-weight-dnsbl.eml": {"lead@weight.test": S},
    "postfix-remote-policyd-weight-spam-or-forged-delay-warning.eml": {"lead@weight2.test": S},
    "postfix-remote-sqlgrey-greylisted-delay-warning.eml": {"lead@grey.test": S},
    "postfix-remote-sqlgrey-throttled-delay-warning.eml": {"buyer@grey.test": S},
    "postfix-remote-postfwd-invalid-helo.eml": {"lead@fwdhelo.test": S},
    "postfix-remote-postfwd-rate-limit-delay-warning.eml": {"buyer@fwd2.test": S},
    "postfix-remote-postfwd-size-limit-delay-warning.eml": {"big@fwd.test": S},
    "postfix-remote-quota-status-quota-exceeded.eml": {"tiny@quota.test": RC},
    "postfix-remote-quota-status-unknown-user.eml": {"ghost@quota.test": RC},
    "postfix-remote-quota-status-mailbox-full.eml": {"small@quota.test": RC},
}
