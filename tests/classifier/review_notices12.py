"""The twelfth review's whole notices: the mail stacks of hosting control panels and self-hosted
mail suites that answer for many small businesses' domains. cPanel's Exim ACL templates (its
etc/exim/acls blocks, its default-address ':fail: No Such User Here', its /etc/eximrejects relay
text), iRedMail's policy server iRedAPD (its SMTP_ACTIONS texts, given to Postfix as REJECT or
451 replies), Plesk's greylisting filter (Plesk KB), DirectAdmin's RBL refusal (a host's page,
weak). Each refusal is carried in our Postfix relay's bounce(8) report (notices.relayed) or our
Exim relay's plain bounce (review_notices2_gateways.exim_rcpt). Where a source gives an ACL
`message` without its SMTP code, the code around it (Exim's 550 for deny/drop, 451 for defer)
is written here by hand and the row says so; Exim variables ($sender_fullhost, $dnslist_text,
$dkim_verify_reason) are filled in by hand. Rows as in review_notices2.py (whose docstring says
what a row holds). The expectation was written from the source's words and
shared/classifier/taxonomy.md BEFORE the classifier ran. test_review_notices12.py runs them.
All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices2 import R, S
from tests.classifier.review_notices2_gateways import exim_rcpt

BLOCK = ("blocked", "badreputation")
SLOW = ("speeding", "toomanyconn")
IP = "192.0.2.7"
FULLHOST = f"mail.seller.example [{IP}]:41784"
CP_HOST = "server.cpanel-host.example"

# Sources (each wording below is quoted from one of these).
_CP = "asmrdevelop/cpanel (a copy of cPanel & WHM's source tree, cPanel 'Default ACL Template Version: 116.001')"
CP_RBL = (_CP + " etc/exim/acls/ACL_RBL_BLOCK/spamhaus_rbl, spamhaus_spamcop_rbl: 'deny/drop message = JunkMail "
          "rejected - $sender_fullhost is in an RBL: $dnslist_text' (at RCPT: etc/exim/defacls/universal.dist)")
CP_CONNECT_LIMIT = (_CP + " etc/exim/acls/ACL_CONNECT_BLOCK/ratelimit: 'defer message = The server has reached its "
                    "limit for processing requests from your host.  Please try again later.' (port 25 rate limit); "
                    "its 451 from a host's wiki page quoting '451-The server has reached its limit ...' (weak)")
CP_SUSPENDED = (_CP + " etc/exim/acls/ACL_RECIPIENT_BLOCK/default_recipient: the 'suspend incoming email' feature, "
                "'message = 525 5.7.13 Disabled recipient address'")
CP_DICTIONARY = (_CP + " etc/exim/acls/ACL_POST_RECP_VERIFY_BLOCK/dictionary_attack: more than 4 failed recipients "
                 "on the connection, 'drop ... message = \"Number of failed recipients exceeded.  Come back in a few "
                 "hours.\"' (code written by hand)")
CP_RCPT_LIMIT = (_CP + " etc/exim/acls/ACL_RCPT_HARD_LIMIT_BLOCK/deny_rcpt_hard_limit: 'drop message = Too many "
                 "recipients specified.  Come back in a few hours.' (code written by hand)")
CP_HELO = (_CP + " etc/exim/acls/ACL_MAIL_BLOCK/requirehelonoforge ('REJECTED - Bad HELO - Host impersonating "
           "[$sender_helo_name]') and requirehelo ('HELO required before MAIL'), at MAIL (codes written by hand)")
CP_BANNED = (_CP + " etc/exim/acls/ACL_CONNECT_BLOCK/blockedcountryips ('Your country is not allowed to connect to "
             "this server.') and ACL_RECIPIENT_BLOCK/blockeddomains (sender domain banned at RCPT: 'Your host is not "
             "allowed to connect to this server.'); codes written by hand")
CP_SPAM = (_CP + " etc/exim/acls/ACL_SPAM_BLOCK/deny_spam_score_over_int: 'message = \"The mail server detected your "
           "message as spam and has prevented delivery.\"' (after DATA; code written by hand)")
CP_GREY = (_CP + " etc/exim/acls/ACL_GREYLISTING_BLOCK/greylisting: 'defer message = Temporarily unable to process "
           "your email. Please try again later.' (at RCPT; code written by hand)")
CP_DKIM = (_CP + " etc/exim/acls/ACL_SMTP_DKIM_BLOCK/dkim_bl: 'deny message = DKIM: encountered the following problem "
           "validating $dkim_cur_signer: $dkim_verify_reason' (dkim_status invalid:fail); the reason value "
           "'bodyhash_mismatch' from Exim's src/dkim.c (PDKIM_VERIFY_FAIL_BODY)")
CP_RELAY = (_CP + " Cpanel userdomains code _create_eximrejects_if_missing: /etc/eximrejects 'host_accept_relay: Host "
            "$sender_fullhost is not permitted| to relay through $primary_hostname.| Perhaps you have not logged into "
            "the pop/imap server in the last 30 minutes.| You may also have been rejected because your ip address| "
            "does not have a reverse DNS entry.', used by ACL_RECIPIENT_POST_BLOCK/default_recipient_post for a "
            "domain the server does not host (continuation lines joined by hand)")
CP_SENDER_VERIFY = ("pastebin.com/q0gd1hGA (weak: a MailChannels relay's Postfix report of a cPanel host's refusal: "
                    "'550-Verification failed for <omkar@...> 550-No Such User Here 550 Sender verify failed (in "
                    "reply to RCPT TO command)'); the 'No Such User Here' is cPanel's default address (" + _CP +
                    " Cpanel/MailTools.pm getdefaultmailaction: ':fail: No Such User Here') answering the callout "
                    "for OUR envelope sender")
IREDAPD = ("iredmail/iRedAPD libs/__init__.py SMTP_ACTIONS (REJECT texts handed to Postfix's check_policy_service "
           "in smtpd_recipient_restrictions / smtpd_end_of_data_restrictions, per plugins/throttle.py's usage notes); "
           "Postfix writes them as '554 5.7.1 <rcpt>: Recipient address rejected: TEXT' (access_map_reject_code) and "
           "'554 5.7.1 <END-OF-MESSAGE>: End-of-data rejected: TEXT' (the latter's layout as quoted on a public repo's "
           "notes, weak)")
IREDAPD_THROTTLE = (IREDAPD + "; throttle: 'reject_exceed_msg_size': 'REJECT Quota exceeded (size of single mail "
                    "message)', 'reject_exceed_max_msgs': 'REJECT Quota exceeded (number of mails in total)', "
                    "'reject_exceed_max_quota': 'REJECT Quota exceeded (accumulated message size)': limits on the "
                    "number/size of mails sent or received over a period, not a mailbox quota (plugins/throttle.py)")
IREDAPD_GREY = ("iredmail/iRedAPD plugins/greylisting.py (action = SMTP_ACTIONS['greylisting'] '451 4.7.1' + "
                "GREYLISTING_MESSAGE) and settings defaults: 'Greylisting in effect, please try again later', later "
                "'Intentional policy rejection, please try again later'")
PLESK_GREY = ("Plesk KB plesk.com/?p=214013 ('REJECT during call 'grey' handler' -> 'milter-reject: DATA ... 550 5.7.1 "
              "Command rejected': Plesk's greylisting filter refusing a black-listed sender)")
MIAB = ("mail-in-a-box/mailinabox setup/mail-postfix.sh (its notes on smtpd_recipient_restrictions: with "
        "permit_dnswl_client before greylisting, Postfix's DEFER_IF_REJECT turned every refusal, 'unknown user' ones "
        "included, into '450 4.7.1 Client host rejected: Service unavailable', 'a retry code, so the mail doesn't "
        "properly bounce')")
DA_RBL = ("plothost.com/kb/enable-rbl-exim-directadmin (weak: DirectAdmin's 'Use RBL Blocking', exim.conf "
          "RBL_DNS_LIST; log 'rejected RCPT <...>: Email blocked by b.barracudacentral.org'; code written by hand)")


CPANEL_ROWS = [
    ("cpanel-junkmail-rbl-spamhaus", CP_RBL,
     relayed(f"550 JunkMail rejected - {FULLHOST} is in an RBL: https://www.spamhaus.org/query/ip/{IP}", status=None,
             remote=CP_HOST),
     [(LEAD, False, BLOCK, S, False)]),
    ("cpanel-junkmail-rbl-spamcop-exim", CP_RBL,
     exim_rcpt("cp2", CP_HOST, f"550 JunkMail rejected - {FULLHOST} is in an RBL: Blocked - see "
               f"https://www.spamcop.net/bl.shtml?{IP}"),
     [(LEAD, False, BLOCK, S, False)]),
    ("cpanel-connect-ratelimit-delay", CP_CONNECT_LIMIT,
     relayed("451 The server has reached its limit for processing requests from your host.  Please try again later.",
             status="4.0.0", command="CONN", remote=CP_HOST),
     [(LEAD, False, SLOW, S, True)]),
    ("cpanel-suspended-incoming", CP_SUSPENDED,
     relayed("525 5.7.13 Disabled recipient address", status="5.7.13", remote=CP_HOST),
     [(LEAD, False, ("suspend",), R, False)]),
    ("cpanel-suspended-incoming-exim", CP_SUSPENDED,
     exim_rcpt("cp5", CP_HOST, "525 5.7.13 Disabled recipient address"),
     [(LEAD, False, ("suspend",), R, False)]),
    ("cpanel-dictionary-attack", CP_DICTIONARY,
     relayed("550 Number of failed recipients exceeded.  Come back in a few hours.", status=None, remote=CP_HOST),
     [(LEAD, False, None, S, False)]),
    ("cpanel-too-many-recipients", CP_RCPT_LIMIT,
     relayed("550 Too many recipients specified.  Come back in a few hours.", status=None, remote=CP_HOST),
     [(LEAD, False, None, S, False)]),
    ("cpanel-bad-helo-impersonating", CP_HELO,
     relayed("550 REJECTED - Bad HELO - Host impersonating [server.cpanel-host.example]", status=None, command="MAIL",
             remote=CP_HOST),
     [(LEAD, False, ("blocked",), S, False)]),
    ("cpanel-helo-required", CP_HELO,
     relayed("550 HELO required before MAIL", status=None, command="MAIL", remote=CP_HOST),
     [(LEAD, False, None, S, False)]),
    ("cpanel-country-not-allowed", CP_BANNED,
     relayed("550 Your country is not allowed to connect to this server.", status=None, command="CONN",
             remote=CP_HOST),
     [(LEAD, False, ("blocked",), S, False)]),
    ("cpanel-sender-domain-banned", CP_BANNED,
     relayed("550 Your host is not allowed to connect to this server.", status=None, remote=CP_HOST),
     [(LEAD, False, ("blocked", "rejected"), S, False)]),
    ("cpanel-spam-score", CP_SPAM,
     relayed("550 The mail server detected your message as spam and has prevented delivery.", status=None,
             command="DATA", remote=CP_HOST),
     [(LEAD, False, ("spamdetected",), None, False)]),
    ("cpanel-greylisting-delay", CP_GREY,
     relayed("451 Temporarily unable to process your email. Please try again later.", status="4.0.0",
             remote=CP_HOST),
     [(LEAD, False, None, None, True)]),
    ("cpanel-dkim-invalid", CP_DKIM,
     relayed("550 DKIM: encountered the following problem validating seller.example: bodyhash_mismatch",
             status=None, command="DATA", remote=CP_HOST),
     [(LEAD, False, ("authfailure",), S, False)]),
    ("cpanel-relay-not-permitted", CP_RELAY,
     relayed(f"550 Host {FULLHOST} is not permitted| to relay through {CP_HOST}.| Perhaps you have not logged "
             "into the pop/imap server in the last 30 minutes.| You may also have been rejected because your ip "
             "address| does not have a reverse DNS entry.", status=None, remote=CP_HOST),
     [(LEAD, False, ("norelaying",), None, False)]),
    ("cpanel-sender-verify-no-such-user", CP_SENDER_VERIFY,
     relayed("550-Verification failed for <seller@example.com> 550-No Such User Here 550 Sender verify failed",
             status=None, remote=CP_HOST),
     [(LEAD, False, ("rejected",), S, False)]),
    ("cpanel-sender-verify-no-such-user-exim", CP_SENDER_VERIFY,
     exim_rcpt("cp17", CP_HOST, "550-Verification failed for <seller@example.com>\n    550-No Such User Here\n"
               "    550 Sender verify failed"),
     [(LEAD, False, ("rejected",), S, False)]),
]

IRED_HOST = "mail.iredmail-host.example"


def _ired(text: str, *, status: str = "5.7.1", command: str = "RCPT", action: str | None = None) -> bytes:
    """iRedAPD's answer as Postfix's smtpd words it, relayed by our Postfix (IREDAPD)."""
    code = "451" if status.startswith("4") else "554"
    where = f"<{LEAD}>: Recipient address rejected" if command == "RCPT" else "<END-OF-MESSAGE>: End-of-data rejected"
    return relayed(f"{code} {status} {where}: {text}", status=status, command=command, remote=IRED_HOST,
                   action=action)


IREDAPD_ROWS = [
    ("iredapd-blacklisted", IREDAPD + " ('reject_blacklisted': 'REJECT Blacklisted', amavisd_wblist: the recipient's "
     "or the server's blacklist names our sender)",
     _ired("Blacklisted"),
     [(LEAD, False, ("filtered", "blocked", "rejected"), None, False)]),
    ("iredapd-not-authorized", IREDAPD + " ('reject_not_authorized': 'REJECT Not authorized', the mailing list / alias "
     "access policies: our sender may not post to that address)",
     _ired("Not authorized"),
     [(LEAD, False, None, None, False)]),
    ("iredapd-policy-rejection", IREDAPD + " ('reject': 'REJECT Policy rejection')",
     _ired("Policy rejection"),
     [(LEAD, False, None, None, False)]),
    ("iredapd-throttle-max-msgs", IREDAPD_THROTTLE,
     _ired("Quota exceeded (number of mails in total)"),
     [(LEAD, False, SLOW, None, False)]),
    ("iredapd-throttle-max-quota", IREDAPD_THROTTLE,
     _ired("Quota exceeded (accumulated message size)", command="DATA"),
     [(LEAD, False, SLOW + ("exceedlimit",), None, False)]),
    ("iredapd-throttle-msg-size", IREDAPD_THROTTLE,
     _ired("Quota exceeded (size of single mail message)", command="DATA"),
     [(LEAD, False, ("mesgtoobig", "exceedlimit"), None, False)]),
    ("iredapd-senderscore", IREDAPD + " ('reject_low_sender_score': 'REJECT Server IP address has bad reputation. FYI: "
     "https://www.senderscore.org/lookup.php?lookup=' + the client IP)",
     _ired(f"Server IP address has bad reputation. FYI: https://www.senderscore.org/lookup.php?lookup={IP}"),
     [(LEAD, False, BLOCK, S, False)]),
    ("iredapd-blacklisted-rdns", IREDAPD + " ('reject_blacklisted_rdns': 'REJECT Blacklisted reverse DNS name of "
     "server IP address', plugin wblist_rdns)",
     _ired("Blacklisted reverse DNS name of server IP address"),
     [(LEAD, False, ("blocked", "requireptr"), S, False)]),
    ("iredapd-greylisting-delay", IREDAPD_GREY,
     _ired("Greylisting in effect, please try again later", status="4.7.1"),
     [(LEAD, False, None, None, True)]),
    ("iredapd-greylisting-given-up", IREDAPD_GREY + " (our relay gave up after its queue lifetime: Action failed)",
     _ired("Intentional policy rejection, please try again later", status="4.7.1", action="failed"),
     [(LEAD, False, None, None, False)]),
]

OTHER_ROWS = [
    ("plesk-greylist-blacklist-command-rejected", PLESK_GREY,
     relayed("550 5.7.1 Command rejected", status="5.7.1", command="DATA", remote="mail.plesk-host.example"),
     [(LEAD, False, None, None, False)]),
    ("directadmin-rbl-email-blocked", DA_RBL,
     exim_rcpt("da1", "mail.directadmin-host.example", "550 Email blocked by b.barracudacentral.org"),
     [(LEAD, False, BLOCK, S, False)]),
    ("mailinabox-defer-if-reject-given-up", MIAB + " (our relay gave up after its queue lifetime: Action failed)",
     relayed("450 4.7.1 Client host rejected: Service unavailable", status="4.7.1", remote="box.miab-host.example",
             action="failed"),
     [(LEAD, False, None, None, False)]),
]

ROWS = CPANEL_ROWS + IREDAPD_ROWS + OTHER_ROWS
