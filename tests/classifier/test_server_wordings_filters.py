"""Reply texts of the servers run for fixtures/real/ in branch mta3 (Postfix's DNS-based
restrictions, rspamd, amavisd-new, chasquid's pipe aliases), in variants those notices did not
show: the same rule must read them, not only the one file; likewise for the Postfix policy
services of branch `policy`. Each row is HAND-MADE after the server's source named in it (Postfix
`smtpd_check.c`, rspamd `src/libmime/scan_result.c`, amavisd-new `Amavis/Conf.pm`
%smtp_reason_by_ccat, Go `os/exec`, postfix-policyd-spf-perl and Mail::SPF `Server.pm`, RFC 7208
§6.2, postfwd's `postfwd.txt`); read by
`reasons.reason_for` as in test_server_wordings.py. Addresses are example.* ones, IPs
documentation ones.
"""

from __future__ import annotations

import pytest

from classifier.records import Reason as R
from tests.classifier.replies import check_reply

# (source, status, command, reply text, reason)
ROWS: list[tuple[str, str | None, str | None, str, R]] = [
    ("Postfix smtpd_check.c reject_rhsbl_sender", "5.7.1", "RCPT",
     "554 5.7.1 Service unavailable; Sender address [a@example.com] blocked using dbl.example.net", R.REJECTED),
    ("Postfix smtpd_check.c reject_rbl_client (the host, not the sender)", "5.7.1", "RCPT",
     "554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.example.net", R.BLOCKED),
    ("Postfix smtpd_check.c reject_non_fqdn_helo_hostname", "5.5.2", "RCPT",
     "504 5.5.2 <mail>: Helo command rejected: need fully-qualified hostname", R.BLOCKED),
    ("Postfix smtpd_check.c reject_unknown_reverse_client_hostname (450)", "4.7.1", "RCPT",
     "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.9]", R.REQUIREPTR),
    ("rspamd scan_result.c GTUBE action", "5.7.1", "DATA", "554 5.7.1 Gtube pattern", R.SPAMDETECTED),
    ("amavisd-new Conf.pm %smtp_reason_by_ccat CC_VIRUS", "5.7.0", "DATA",
     "554 5.7.0 Reject, id=01234-05 - INFECTED: Win.Test.EICAR_HDB-1", R.VIRUSDETECTED),
    ("amavisd-new Conf.pm %smtp_reason_by_ccat CC_BANNED", "5.7.0", "DATA",
     "554 5.7.0 Reject, id=01234-06 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,T=exe,N=setup.exe", R.POLICYVIOLATION),
    ("amavisd-new Conf.pm CC_SPAM (unchanged: spam)", "5.7.0", "DATA", "554 5.7.0 Reject, id=01234-07 - spam", R.SPAMDETECTED),
    ("Go os/exec start failure (chasquid pipe alias)", "5.0.0", None,
     "fork/exec /usr/bin/ticket-import: permission denied", R.MAILERERROR),
    ("Go os/exec ExitError (chasquid pipe alias)", "5.0.0", None, "exit status 75", R.MAILERERROR),
    # --- Postfix policy services (branch policy): Postfix quotes the action's text at RCPT ---
    ("postfix-policyd-spf-perl HELO fail, default authority explanation", "5.7.1", "RCPT",
     "550 5.7.1 <a@example.org>: Recipient address rejected: Please see "
     "http://www.openspf.org/Why?s=helo;id=mail.example.com;ip=192.0.2.9;r=mx.example.org", R.AUTHFAILURE),
    ("postfix-policyd-spf-perl temperror, Mail::SPF Server.pm rcode error", "4.7.1", "RCPT",
     "450 4.7.1 <a@example.org>: Recipient address rejected: SPF-Result=example.com: 'SERVFAIL' error on "
     "DNS 'TXT' lookup of 'example.com'", R.AUTHFAILURE),
    ("RFC 7208 6.2 exp= example explanation", "5.7.1", "RCPT",
     "550 5.7.1 <a@example.org>: Recipient address rejected: 192.0.2.9 is not one of example.com's "
     "designated mail servers.", R.AUTHFAILURE),
    ("postfwd.txt rate() example", "4.7.1", "RCPT",
     "450 4.7.1 <a@example.org>: Recipient address rejected: sorry, max 3 requests per 5 minutes", R.SPEEDING),
    ("postfwd.txt size() example", "4.7.1", "RCPT",
     "450 4.7.1 <a@example.org>: Recipient address rejected: sorry, max 1.5mb per hour", R.SPEEDING),
    ("postfwd.txt rcpt() example", "4.7.1", "RCPT",
     "450 4.7.1 <a@example.org>: Recipient address rejected: sorry, max 3 recipients per hour", R.SPEEDING),
    ("postfwd.txt rcpt() REJECT example", "5.7.1", "RCPT",
     "554 5.7.1 <a@example.org>: Recipient address rejected: limit of 500 recipients per hour for sender "
     "a@example.com exceeded", R.SPEEDING),
    ("postfwd.txt HELO rule", "5.7.1", "RCPT",
     "554 5.7.1 <a@example.org>: Recipient address rejected: invalid helo 'localhost'", R.BLOCKED),
    # --- "Trojan" is a virus only beside a scanner's words (a host may be named trojan-something) ---
    ("ClamAV signature name {platform}.{category}.{name} (docs.clamav.net, Signature Names) in a milter reject",
     "5.7.1", "DATA", "550 5.7.1 Message rejected: it carries Win.Trojan.Agent-1234. Please scan your computer",
     R.VIRUSDETECTED),
    ("Postfix smtp_connect.c timeout, to a host whose name holds 'trojan'", "4.4.1", None,
     "connect to mx1.trojan-battery.example[192.0.2.7]:25: Connection timed out", R.EXPIRED),
    ("Postfix smtp_proto.c lost connection, to a host whose name holds 'trojan'", "4.4.2", None,
     "lost connection with mx1.trojan-battery.example[192.0.2.7] while receiving the initial server greeting",
     R.NETWORKERROR),
]


@pytest.mark.parametrize(("source", "status", "command", "text", "reason"), ROWS,
                         ids=[f"{i:03d} {r[0][:50]}" for i, r in enumerate(ROWS)])
def test_server_reply(source, status, command, text, reason):
    check_reply(source, status, command, text, reason)


def test_the_rows_are_new():
    """Every reply text here is one the earlier tables do not hold."""
    from tests.classifier import test_server_wordings, test_server_wordings_intl, test_server_wordings_more
    seen = {r[3] for m in (test_server_wordings, test_server_wordings_intl, test_server_wordings_more) for r in m.ROWS}
    assert not [r[3] for r in ROWS if r[3] in seen]
