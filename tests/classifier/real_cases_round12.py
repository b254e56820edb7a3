"""Expected readings of the twelfth round's notices in fixtures/real/ (branch real12; see its README,
"Twelfth round"): Postfix 3.7.11's notices when postfix-mta-sts-resolver 1.1.2 hands it an MTA-STS
"enforce" policy the MX cannot satisfy, when a `dane-only` destination has no DNSSEC, when the gross
1.0.2 policy server refuses a DNSBL-listed client, and when Mailman 3.3.8's LMTP runner has no such
list; OpenSMTPD 6.8.0p2's notices quoting opensmtpd-filter-rspamd 0.1.7 (rspamd 3.4); and Mailman
3.3.8's own notices to a poster (held for moderation, rejected, welcome), which are
NOT bounces: the list address exists and the poster's address is fine. Rows of
`test_real_servers.CASES` and whose fault each refusal is (taxonomy §7). Written from the servers'
words and the taxonomy BEFORE the classifier was run on the files."""

from __future__ import annotations

from tests.classifier.real_cases_milters import CONTENT_SCOPE

# Postfix's final notice after maximal_queue_lifetime, its last answer temporary: delivery abandoned
# (taxonomy: "expired: usually a 4.x status with Action: failed"), as the earlier rounds' expiries.
EXPIRED = ("expired", False, True)
# Postfix's own words when the TLS its policy demands cannot be had (smtp_tls.c / tls_verify.c):
# "Server certificate not verified" (4.7.5), "TLS is required, but was not offered by host ..." (4.7.4):
# a security requirement (TLS) not met: securityerror, temporary (Postfix defers), as the second
# round's postfix-tls-required-not-offered-delay-warning.
TLS_DEFERRED = ("securityerror", False, False)
NOT_A_BOUNCE = (False, {})

ROUND12 = {
    # --- postfix-mta-sts-resolver 1.1.2 (smtp_tls_policy_maps socketmap, policies served over HTTPS
    # by the lab, _mta-sts TXT records from a local unbound): for an "enforce" policy the resolver
    # answers "secure match=<the policy's mx names>", and Postfix defers what it cannot deliver so ---
    # The MX's certificate is self-signed: "Server certificate not verified", Status 4.7.5.
    "postfix-mta-sts-untrusted-cert-delay-warning.eml": (True, {"lead@stsself.test": TLS_DEFERRED}),
    "postfix-mta-sts-untrusted-cert-expired.eml": (True, {"lead@stsself.test": EXPIRED}),
    # The policy names another MX than DNS gives (mx.partner-relay.test): the certificate of
    # mx.stsname.test matches no policy name: the same words, "Server certificate not verified".
    "postfix-mta-sts-mx-mismatch-delay-warning.eml": (True, {"lead@stsname.test": TLS_DEFERRED}),
    "postfix-mta-sts-mx-mismatch-expired.eml": (True, {"lead@stsname.test": EXPIRED}),
    # The MX matches the policy but offers no STARTTLS: "TLS is required, but was not offered by host
    # mx.stsnotls.test[127.0.0.3]", 4.7.4.
    "postfix-mta-sts-starttls-not-offered-delay-warning.eml": (True, {"lead@stsnotls.test": TLS_DEFERRED}),
    "postfix-mta-sts-starttls-not-offered-expired.eml": (True, {"lead@stsnotls.test": EXPIRED}),
    # --- smtp_tls_policy_maps "dane.test dane-only", smtp_dns_support_level = dnssec, a resolver that
    # does not validate: Postfix's "non DNSSEC destination" (4.7.5): the TLS security the policy
    # demands (DANE) cannot be established: securityerror, deferred; then the expiry ---
    "postfix-dane-only-non-dnssec-delay-warning.eml": (True, {"lead@dane.test": TLS_DEFERRED}),
    "postfix-dane-only-non-dnssec-expired.eml": (True, {"lead@dane.test": EXPIRED}),
    # --- gross 1.0.2 with `check = dnsbl` (the client 127.0.0.1 listed in the lab's zen.lab.test,
    # weight 2 >= block_threshold 2): "554 5.7.1 <lead@grossbl.test>: Recipient address rejected: Bad
    # reputation" (gross's default block_reason): refused for the sending IP's reputation. ---
    "postfix-remote-gross-dnsbl-bad-reputation.eml": (True, {"lead@grossbl.test": ("badreputation", False, True)}),
    # --- Mailman 3.3.8's LMTP runner (lmtp.py: ERR_550 for an address that is no list) answers
    # "550 Requested action not taken: mailbox unavailable"; Postfix's lmtp client returns it with
    # Status 5.0.0: the address does not exist: userunknown, hard. ---
    "postfix-lmtp-mailman-no-such-list.eml": (True, {"nolist@lists.test": ("userunknown", True, True)}),
    # --- OpenSMTPD 6.8.0p2 relaying to its own listener that runs opensmtpd-filter-rspamd 0.1.7 with
    # rspamd 3.4 (Postfix removed for this part); OpenSMTPD's own notice ("This is the MAILER-DAEMON,
    # please DO NOT REPLY", Status 5.0.0) quotes the listener's reply to end of DATA ---
    # "550 Gtube pattern": rspamd's GTUBE rule, the spam test string: spamdetected (as the third
    # round's postfix-remote-rspamd-gtube, there with 554 5.7.1 through rspamd's milter).
    "opensmtpd-rspamd-filter-gtube.eml": (True, {"lead@rsp.test": ("spamdetected", False, True)}),
    # "550 message rejected" (filter-rspamd's own words for rspamd's "reject" action when rspamd gives
    # no message; here over its reject score): refused after DATA with no cause named: filtered.
    "opensmtpd-rspamd-filter-score-reject.eml": (True, {"spam@rsp.test": ("filtered", False, True)}),
    # --- Mailman 3.3.8's notices to the poster (templates list:user:notice:hold, list:user:notice:
    # rejected, list:user:notice:refuse, list:user:notice:welcome): a list's decision about a post,
    # from <list>-bounces@ / <list>-owner@; nothing says an address is bad or a delivery failed. ---
    # "Your mail to 'announce@lists.test' with the subject ... Is being held until the list moderator
    # can review it for approval. The message is being held because: The message is not from a list member".
    "mailman-held-nonmember.eml": NOT_A_BOUNCE,
    # "... held because: Message has implicit destination" (the list only in Bcc).
    "mailman-held-implicit-destination.eml": NOT_A_BOUNCE,
    # "... held because: The message is larger than the 1 KB maximum size".
    "mailman-held-too-big.eml": NOT_A_BOUNCE,
    # Emergency moderation: "... held because: Emergency moderation is in effect for this list".
    "mailman-held-emergency.eml": NOT_A_BOUNCE,
    # default_nonmember_action reject: "Your message to the Members-only mailing-list was rejected for
    # the following reasons: The message is not from a list member", the post attached as
    # message/rfc822, Subject the post's own: a list's refusal of a poster, not a failed delivery.
    "mailman-rejected-nonmember.eml": NOT_A_BOUNCE,
    # 'Request to mailing list "Announce" rejected': "Posting of your message titled ... has been
    # rejected by the list moderator. The moderator gave the following reason ...".
    "mailman-moderator-rejected-with-reason.eml": NOT_A_BOUNCE,
    "mailman-moderator-rejected-too-big.eml": NOT_A_BOUNCE,
    # 'Welcome to the "Small" mailing list': ordinary mail.
    "mailman-welcome-subscribed.eml": NOT_A_BOUNCE,
}

# file: why the classifier disagrees (strict xfails; a fix XPASSes). Mended this round (classifier/
# hints.py _list_manager_notice): Mailman's 'Request to mailing list "X" rejected' from <list>-bounces@
# was read as a bounce (onhold) for the list's -owner@ address named in its text.
_CAUSE = ("'{text}' with Action failed after the queue lifetime: read as securityerror (the cause), not expired "
          "(as postfix-tls-required-not-offered-expired; soft either way)")
ROUND12_DISAGREES = {
    "postfix-mta-sts-untrusted-cert-expired.eml": _CAUSE.format(text="4.7.5 Server certificate not verified"),
    "postfix-mta-sts-mx-mismatch-expired.eml": _CAUSE.format(text="4.7.5 Server certificate not verified"),
    "postfix-mta-sts-starttls-not-offered-expired.eml": _CAUSE.format(
        text="4.7.4 TLS is required, but was not offered by host"),
    "postfix-dane-only-non-dnssec-expired.eml": _CAUSE.format(text="4.7.5 non DNSSEC destination"),
    "opensmtpd-rspamd-filter-score-reject.eml":
        "filter-rspamd's '550 message rejected' after DATA, Status 5.0.0: read as onhold; the taxonomy's filtered is "
        "'refused after DATA' (judgement, as round 11's proxsmtp 'Content Rejected; Content Rejected')",
}

S, RC = "sender", "recipient"
# file: {failed recipient: scope} (taxonomy §7). The sender's: our client's reputation (a DNSBL), our
# message refused for what it carries (GTUBE; as the milters round's content rows).
# The recipient's: its MX cannot give the TLS its own published MTA-STS policy promises; the address
# that is no list. (The DANE rows are left out: our policy demands what their DNS does not sign.)
ROUND12_SCOPE = {
    "postfix-mta-sts-untrusted-cert-delay-warning.eml": {"lead@stsself.test": RC},
    "postfix-mta-sts-mx-mismatch-delay-warning.eml": {"lead@stsname.test": RC},
    "postfix-mta-sts-starttls-not-offered-delay-warning.eml": {"lead@stsnotls.test": RC},
    "postfix-remote-gross-dnsbl-bad-reputation.eml": {"lead@grossbl.test": S},
    "postfix-lmtp-mailman-no-such-list.eml": {"nolist@lists.test": RC},
    "opensmtpd-rspamd-filter-gtube.eml": {"lead@rsp.test": S},
}
# file: why the classifier's scope differs (judgement calls; each must still differ, strict).
ROUND12_SCOPE_DISAGREES = {"opensmtpd-rspamd-filter-gtube.eml": CONTENT_SCOPE.format(reason="spamdetected")}
