"""The fifty-eighth review, part two (see review_notices58.py): real refusals of our address, our
domain or our relayhost must read soft with scope sender (taxonomy section 7), in the layouts of
Postfix, Exim, sendmail, Exchange Online, Gmail's own DSN, qmail and MDaemon; and controls, the
same wordings naming the prospect's domain, which stay hard. Expectations written from the words
before the classifier ran."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, own_postfix, relayed
from tests.classifier.review_notices35_layouts import exim_remote, qmail_mail, sm_remote
from tests.classifier.review_notices46_layouts import mdaemon

LEAD = "lead@example.org"
S, R = "sender", "recipient"

_PF = "Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed)"
_PF_CHECK = "Postfix src/smtpd/smtpd_check.c"
_PF_DNS = ("Postfix src/smtp/smtp_addr.c ('Host or domain name not found. Name service error for name=%s type=%s: %s') "
           "with src/dns/dns_strerror.c; our relayhost (postconf(5) relayhost) does not resolve")
_EXIM = "Exim transports/smtp.c 'SMTP error from remote mail server after %s: %s' (review 35's exim_remote)"
_SM = "Sendmail savemail.c errbody with the session transcript (review 35's sm_remote)"
_QM = "qmail-remote.c 'Connected to %s but sender was rejected.' (review 35's qmail_mail)"
_MD = "MDaemon's DSN with its session transcript (review 46's mdaemon)"
_GMAIL = "shared/api/gmail.md section 9 (Gmail's own DSN quoting the remote reply, tests/classifier/notices.gmail_own)"
_EXO = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (tests/classifier/notices."
        "exchange_own)")
_RFC7505 = "RFC 7505 section 4.2 (a null MX on the SENDER's domain: '550 5.7.27 ... does not accept mail')"
_BARUWA = "Baruwa's banned-domain reply ('550 The domain %s is banned', review 48)"
_PMTA = "PowerMTA's bad-domain wording ('Domain %s is obsolete', review 45)"


def _soft(reasons: tuple = (), address: str = LEAD) -> list[tuple]:
    return [(address, False, reasons, S, False)]


def _hard(reasons: tuple, address: str = LEAD) -> list[tuple]:
    return [(address, True, reasons, R, False)]


def _gm(reply: str, status: str) -> bytes:
    return gmail_own(reply, status=status, heading="Message not delivered", remote="mx.example.org",
                     body=f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
                     f"The response was:\n\n{reply}")


# ---- refusals of us: soft, scope sender --------------------------------------------------------------------
OURS = [
    ("pf-relayhost-nxdomain", _PF_DNS,
     own_postfix("Host or domain name not found. Name service error for name=relay.example.com type=A: Host not found",
                 status="5.4.4"), _soft()),
    ("pf-sender-domain-not-found", f"{_PF_CHECK} reject_unknown_sender_domain ('Sender address rejected: Domain not "
     "found', unknown_address_reject_code 550 for NXDOMAIN)",
     relayed("550 5.1.8 <sender@example.com>: Sender address rejected: Domain not found", status="5.1.8"), _soft()),
    ("pf-unlisted-sender", f"{_PF_CHECK} reject_unlisted_sender ('%s rejected: User unknown%s', 5.1.0 for the sender)",
     relayed("550 5.1.0 <sender@example.com>: Sender address rejected: User unknown in local recipient table",
             status="5.1.0"), _soft()),
    ("pf-unverified-sender-probe-user-unknown", f"{_PF_CHECK} reject_unverified_sender ('Sender address rejected: "
     "undeliverable address: %s', the probe's own reply quoted; unverified_sender_reject_code set to 550)",
     relayed("550 5.1.7 <sender@example.com>: Sender address rejected: undeliverable address: host mx.example.com"
             "[192.0.2.9] said: 550 5.1.1 <sender@example.com>: Recipient address rejected: User unknown in virtual "
             "mailbox table (in reply to RCPT TO command)", status="5.1.7"), _soft()),
    ("pf-our-address-disabled-mail-from", f"{_PF}; our address as the subject of a disabled-account reply at MAIL "
     "FROM (this review's own, mailbox_states' words)",
     relayed("550 5.2.1 <sender@example.com>: account disabled", status="5.2.1", command="MAIL"), _soft()),
    ("exim-sender-verify-failed", "Exim src/acl.c verify=sender ('Verification failed for <%s>', the router's "
     f"'Unrouteable address', 'Sender verify failed'); {_EXIM}",
     exim_remote("r58-sv", "550-Verification failed for <seller@example.com>\n550-Unrouteable address\n550 Sender "
                 "verify failed"), _soft()),
    ("exim-our-domain-obsolete-mail-from", f"{_EXIM}; {_PMTA}",
     exim_remote("r58-obsolete", "550 5.7.1 Domain example.com is obsolete", command="MAIL"), _soft()),
    ("sm-domain-of-sender-does-not-exist", "Sendmail cf/m4/proto.m4 check_mail ('553 5.1.8 ... Domain of sender "
     f"address %s does not exist'; sendmail 4th ed. 7.4.10); {_SM}",
     sm_remote("r58-dos", "553 5.1.8 <seller@example.com>... Domain of sender address seller@example.com does not "
               "exist", "5.1.8", command="MAIL"), _soft()),
    ("sm-our-domain-banned", f"{_SM}; {_BARUWA}",
     sm_remote("r58-banned", "550 The domain example.com is banned", "5.0.0", command="MAIL"), _soft()),
    ("qmail-badmailfrom", f"qmail-smtpd.c err_bmf ('553 sorry, your envelope sender is in my badmailfrom list "
     f"(#5.7.1)'); {_QM}",
     qmail_mail("r58-bmf", "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)", LEAD), _soft()),
    ("qmail-our-domain-null-mx", f"{_QM}; {_RFC7505}",
     qmail_mail("r58-nullmx", "550 5.7.27 Domain example.com does not accept mail (nullMX)", LEAD), _soft()),
    ("mdaemon-our-domain-null-mx", f"{_MD}; {_RFC7505}",
     mdaemon("r58-nullmx", LEAD, "550 5.7.27 Domain example.com does not accept mail (nullMX)", "MAIL"), _soft()),
    ("mdaemon-our-domain-banned", f"{_MD}; {_BARUWA}",
     mdaemon("r58-banned", LEAD, "550 The domain example.com is banned", "MAIL"), _soft()),
    ("gmail-own-our-domain-banned", f"{_GMAIL}; {_BARUWA}", _gm("550 The domain example.com is banned", "5.0.0"),
     _soft()),
    ("gmail-own-our-null-mx", f"{_GMAIL}; {_RFC7505}",
     _gm("550 5.7.27 Domain example.com does not accept mail (nullMX)", "5.7.27"), _soft()),
    ("exo-own-bad-outbound-sender", _EXO + ": 5.1.8 'Access denied, bad outbound sender'",
     exchange_own("550 5.1.8 Access denied, bad outbound sender AS(42004)", status="5.1.8",
                  body=f"Your message to {LEAD} couldn't be delivered."), _soft()),
    ("exo-own-remote-our-domain-obsolete", f"{_EXO}; a remote server's reply quoted; {_PMTA}",
     exchange_own("550 5.7.1 Domain example.com is obsolete", status="5.7.1", remote="mx.example.org",
                  body=f"Your message to {LEAD} couldn't be delivered."), _soft()),
]

# ---- controls: the same wordings naming the prospect's domain stay hard ------------------------------------
CONTROLS = [
    ("exim-prospect-null-mx", f"{_EXIM}; RFC 7505 section 4.2 for the RECIPIENT's domain",
     exim_remote("r58-rnullmx", "550 5.7.27 Domain example.org does not accept mail (nullMX)"),
     _hard(("notaccept",))),
    ("mdaemon-prospect-domain-obsolete", f"{_MD}; {_PMTA} naming the prospect's domain",
     mdaemon("r58-robsolete", LEAD, "550 Domain example.org is obsolete"), _hard(("hostunknown",))),
    ("gmail-own-prospect-user-unknown-our-address", _GMAIL + "; a recipient verdict beside our address (this "
     "review's own placing)",
     _gm("550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown (sender seller@example.com)", "5.1.1"),
     _hard(("userunknown",))),
    ("pf-recipient-blocked-senders-our-address", "Mimecast KB 'Mimecast SMTP error codes' (550 'Rejected by header "
     "based manually Blocked Senders', the recipient's own block list; review 56's row); " + _PF,
     relayed("550 Rejected by header based manually Blocked Senders: sender@example.com - "
             "https://community.mimecast.com/docs/DOC-1369#550", status="5.0.0", command="DATA"),
     [(LEAD, False, ("filtered",), R, False)]),
    ("pf-host-unknown-pasted-notice-intro", f"{_PF}; sendmail's 'Host unknown' followed by a pasted notice's opening "
     "(Postfix bounce_templates.c 'This is the mail system at host %s.', our relay's host being our bare domain) "
     "(this review's own placing)",
     relayed("550 5.1.2 Host unknown. This is the mail system at host example.com.", status="5.1.2"),
     _hard(("hostunknown",))),
    ("pf-prospect-mx-nxdomain", "Postfix src/smtp/smtp_addr.c / dns_strerror.c for the prospect's MX host",
     own_postfix("Host or domain name not found. Name service error for name=mx.example.org type=A: Host not found",
                 status="5.4.4"), _hard(("hostunknown",))),
]

MORE_ROWS = OURS + CONTROLS
