"""The thirty-fifth review's sources, constants and notice layouts (tests/classifier/review_notices35.py,
review_notices35_receivers.py and review_notices35_more.py hold the rows). Each layout reuses an earlier review's builder where one
exists: our Postfix relay's report (notices.relayed; review 14's bounce(8) with line_wrap), Exim's bounce
(review 14), Sendmail's DSN (review 14), Gmail's own DSN and Exchange Online's own NDR quoting a remote
reply (review 29); the new layouts are Exim's bounce of a failure of its own (no remote host: cPanel's
outgoing limits; one or several prospects), after src/src/deliver.c as review 14's builder reads it,
Postfix's bounce(8) of one message refused at every RCPT, and qmail-send's bounce of qmail-remote's
"Connected to <ip> but sender was rejected." (qmail-remote.c). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices14_layouts import SELLER, exim, original, pf_said, postfix, qmail, sendmail
from tests.classifier.review_notices29_layouts import exo, gmail

R, S, ANY = "recipient", "sender", None
IP = "192.0.2.7"
MX = "mx.example.org"
UNKNOWN = ("userunknown",)
REJ = ("rejected",)
BLOCK = ("blocked", "badreputation")
AUTH = ("authfailure",)
RATE = ("speeding", "toomanyconn")
SEC = ("securityerror",)

# ---- sources -----------------------------------------------------------------------------------
PF_CHECK = "Postfix src/smtpd/smtpd_check.c"
PF_UNLISTED = (f"{PF_CHECK} check_rcpt_maps (reject_unlisted_sender: '%s rejected: User unknown%s' with '5.1.0' for the "
               "sender, '5.1.1' for a recipient; postconf(5) smtpd_reject_unlisted_sender)")
PF_UNKNOWN_DOMAIN = (f"{PF_CHECK} reject_unknown_sender_domain / reject_unknown_recipient_domain ('Domain not found'; "
                     "postconf(5) unknown_address_reject_code, 450, 550 for NXDOMAIN since 2.6 as "
                     "unknown_address_tempfail_action reads it)")
PF_VERIFY = (f"{PF_CHECK} reject_unverified_sender / reject_unverified_recipient ('undeliverable address: ...' and "
             "'unverified address: ...'; postconf(5) unverified_sender_reject_code; ADDRESS_VERIFICATION_README)")
PF_LOGIN = (f"{PF_CHECK} reject_sender_login_mismatch / reject_unauthenticated_sender_login_mismatch ('not owned by "
            "user %s', 'not logged in'; postconf(5) smtpd_sender_login_maps)")
PF_ACCESS = f"{PF_CHECK} check_sender_access / check_client_access / check_recipient_access REJECT ('Access denied')"
PF_NONFQDN = f"{PF_CHECK} reject_non_fqdn_sender ('need fully-qualified address')"
PF_HELO = (f"{PF_CHECK} reject_unknown_helo_hostname ('Helo command rejected: Host not found') / "
           "reject_invalid_helo_hostname ('Invalid name')")
PF_CLIENT = (f"{PF_CHECK} reject_unknown_client_hostname / reject_unknown_reverse_client_hostname ('cannot find your "
             "hostname' / 'cannot find your reverse hostname'; 4.7.25/5.7.25 since Postfix 3.x)")
PF_RBL = (f"{PF_CHECK} reject_rhsbl_sender / reject_rhsbl_helo (default_rbl_reply: '$rbl_code Service unavailable; "
          "$rbl_class [$rbl_what] blocked using $rbl_domain${rbl_reason?; $rbl_reason}')")
PF_ANVIL = ("Postfix src/smtpd/smtpd.c anvil limits ('Error: too many connections from %s', 'Error: too much mail from "
            "%s', 'Error: too many recipients from %s'; postconf(5) smtpd_client_*_rate_limit)")
POSTSCREEN = ("Postfix src/postscreen/postscreen_smtpd.c (a client that failed a test or is on a DNSBL above "
              "postscreen_dnsbl_threshold gets '550 5.3.2 Service currently unavailable' at RCPT TO)")
POLICYD_SPF = ("pypolicyd-spf (launchpad.net/pypolicyd-spf) policyd-spf.1 / its reject reply through Postfix's "
               "check_policy_service: '<rcpt>: Recipient address rejected: Message rejected due to: SPF fail - not "
               "authorized. Please see http://www.openspf.net/Why?s=mfrom;id=...;ip=...;r=...'")
OPENDMARC = "OpenDMARC opendmarc/opendmarc.c (the milter's reject reply 'rejected by DMARC policy for %s')"
EXIM_DNSBL = ("Exim src/src/configure.default ('rejected because $sender_host_address is in a black list at "
              "$dnslist_domain\\n$dnslist_text')")
EXIM_SPF = ("Exim specification ch. 'SPF' ACL example ('$sender_host_address is not allowed to send mail from "
            "${if def:sender_address_domain ...}. Please see http://www.open-spf.org/Why?scope=...')")
EXIM_DMARC = "Exim specification ch. 'DMARC' ACL example ('Rejected by sender's DMARC policy')"
EXIM_RATE = ("Exim specification 'The ratelimit ACL condition' example ('Sender rate overlimit - $sender_rate / "
             "$sender_rate_period')")
SM_DOMAIN = ("Sendmail sendmail/srvrsmtp.c and cf/m4/proto.m4 (check_mail: '553 5.1.8 ... Domain of sender address "
             "%s does not exist', '451 4.1.8 Domain of sender address %s does not resolve')")
SM_DNSBL = "Sendmail cf/README FEATURE(`dnsbl') (default reply 'Rejected: $&{client_addr} listed at <list>')"
SM_ACCESS = "Sendmail cf/README access database REJECT for From: ('550 5.7.1 ... Access denied')"
SM_RATE = ("Sendmail cf/README FEATURE(`ratecontrol') and FEATURE(`conncontrol') ('421 4.3.2 Connection rate limit "
           "exceeded.', '421 4.3.2 Too many open connections.')")
SM_UNKNOWN = "Sendmail sendmail/parseaddr.c / recipient lookup ('550 5.1.1 <%s>... User unknown')"
EXIM_UNROUTE = "Exim src/src/verify.c ('Unrouteable address'; a callout's '550-Callout verification failed:')"
G_SMTP = "Google Workspace Admin Help 3726730 'Gmail SMTP errors and codes'"
G_LIMITS = ("Google Workspace Admin Help 166852 'Gmail sending limits in Google Workspace' ('You have reached a limit "
            "for sending mail. Your message was not sent.')")
G_POLICY = ("Google Workspace Admin Help 7282433 'Message bounced due to a policy rule' (the default rejection message "
            "'Rejected due to policy associated with sender.', a custom one, and 'A policy required encryption but was "
            "unable to encrypt the message.')")
G_BLOCKED = ("Gmail's own 'Message blocked' notice as pastebin.com/q7QeAP6k copies it (weak: 'Your message to ... has "
             "been blocked. See technical details below', 'Message rejected. See https://support.google.com/mail/"
             "answer/69585', Status 5.0.0, no Remote-MTA)")
G_RELAY = ("Google Workspace Admin Help 6140680 'SMTP relay service error messages' ('Invalid credentials for relay', "
           "the IP not registered in the SMTP relay service)")
G_AUTH = "Google Workspace Admin Help 3726730 (535 5.7.8 'Username and Password not accepted', p=BadCredentials)"
MS_QUOTA = ("Microsoft Learn 'Fix NDR error \"sender's submission quota was exceeded\" in Exchange Online' (the "
            "STOREDRV.Submission SubmissionQuotaExceededException reply as senders quote it: weak for its exact words)")
MS_AUTH = ("Microsoft Open Specifications MS-SMTPNTLM 2.2.1.4 SMTP_AUTH_Fail_Response ('535 5.7.3'); the reply as "
           "pastebin.com/FvafB7Wu logs it")
MS_AUTH_DISABLED = ("Microsoft Learn 'Enable or disable authenticated client SMTP submission (SMTP AUTH) in Exchange "
                    "Online' (weak: the reply's words as senders' logs quote them, not in the stored corpora)")
MS_57 = ("Microsoft Learn NDR table (5.7.57 'Client not authenticated to send mail'); the GCC High relay as "
         "pastebin.com/SuB30vi5 logs it (smtp.office365.us, at MAIL FROM)")
APPLE = ("Apple Support HT202305 / 102198 'Mailbox size and message sending limits in iCloud' ('550 5.7.1 "
         "membername@icloud.com: You have exceeded your daily sending limit. Please try again later.')")
ZOHO_ACT = ("help.zoho.com community 'Unable to send message;Reason:550 5.4.6 Unusual sending activity detected.'; "
            "Zoho Mail Usage Policy (outgoing blocked for unusual activity)")
ZEPTO = ("Zoho ZeptoMail help 'SMTP Error Codes' ('553 Relaying disallowed as <emailaddress>': an invalid From "
         "domain; '535 Authentication Failed.')")
CPANEL_MAX = ("cPanel forums thread 697029 and pastebin.com/Nprv6CmY (Exim's bounce: 'Domain example.com has exceeded "
              "the max emails per hour (125/100 (125%)) allowed. Message discarded.'; queued below the threshold: "
              "'... allowed. Message will be reattempted later')")
CPANEL_DEFER = ("cPanel 'max defers and failures per hour' as hosts' knowledge bases quote the bounce: my.wesh.uk 177, "
                "thiswebhost.com 554, my.ultrawebhosting.com 392 and 414 ('Domain example.com has exceeded the max "
                "defers and failures per hour (5/5 (100%)) allowed. Message discarded.')")
MAILHOSTBOX = ("mailhostbox.com's outbound relay as pastebin.com/v3bkLPK5 logs it (weak: '550 5.4.5 <rcpt>: Recipient "
               "address rejected: Domain Sending Quota Exceeded', the sender's domain over its sending quota)")
SPAMEXPERTS = ("SpamExperts outgoing filter's tags as hosts' pages quote them: thiswebhost.com 554 ('[CSR] Our system has "
               "detected an unusual amount of unsolicited email originating from your address': 'your mailbox has been "
               "used to send a significant amount of spam'), gist malwador/cbb32629 ('[ITR] ... unusual activity from "
               "your account', endsp.am)")
EMAILIT = ("Emailit docs 'Limits and quotas' / KB '429 Rate limit exceeded' (SMTP: '452 4.4.5 Messages per second limit "
           "exceeded', '452 4.5.3 Daily message limit exceeded' at MAIL FROM)")
YAHOO_TS = "Yahoo Sender Hub 'SMTP Error Codes' ([TSS09] permanently deferred); help.yahoo.com SLN3436"


# ---- layouts ---------------------------------------------------------------------------------------
def pf(reply: str, status: str, command: str | None = "RCPT", remote: str = MX, address: str = LEAD,
       action: str | None = None) -> bytes:
    """Our Postfix relay's report of the remote reply (notices.relayed)."""
    return relayed(reply, status=status, command=command, remote=remote, address=address, action=action)


_PF_VERB = {"MAIL": "MAIL FROM", "RCPT": "RCPT TO", "DATA": "end of DATA"}


def pf14(name: str, reply: str, status: str, command: str = "RCPT", host: str = f"{MX}[192.0.2.25]",
         address: str = LEAD) -> bytes:
    """Postfix's whole bounce(8) notice (review 14's builder: the text wrapped at 79 as line_wrap does)."""
    # A refused greeting is "host %s refused to talk to me: %s" (smtp_proto.c): Postfix names no command there.
    said = f"host {host} refused to talk to me: {reply}" if command == "CONN" else \
        f"host {host} said: {reply} (in reply to {_PF_VERB[command]} command)"
    return postfix(name, [(address, None, said)], [(address, None, status, reply)], to=address)


def exim_remote(name: str, reply: str, command: str = "RCPT", host: str = f"{MX} [192.0.2.25]",
                address: str = LEAD) -> bytes:
    """Exim's bounce of a remote refusal (review 14's builder; transports/smtp.c's 'SMTP error from remote
    mail server after <command>: <reply>')."""
    after = {"MAIL": f"MAIL FROM:<{SELLER}> SIZE=1514", "RCPT": f"RCPT TO:<{address}>", "DATA": "end of data",
             "CONN": "initial connection"}[command]
    err = f"SMTP error from remote mail server after {after}: {reply}"
    return exim(name, [(address, host, err)], to=address, dsn=[(address, reply)])


def exim_local(name: str, text: str, address: str = LEAD, *, host: str = "server1.host.example") -> bytes:
    """Exim's bounce of a failure of its own (a router's or an ACL's message, no remote host; deliver.c): the
    error printed under the address, the DSN without Remote-MTA or Diagnostic-Code, as cPanel's hosts send it."""
    bound = "1796400000-eximdsn-35"
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {address}\n    {text}\n")
    return (f"X-Failed-Recipients: {address}\nAuto-Submitted: auto-replied\n"
            f"From: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {SELLER}\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            f"Message-Id: <E1ex35-{name}@{host}>\nX-Hand-Made: yes (Exim deliver.c bounce, local failure, review 35)\n"
            f"Content-Type: multipart/report; report-type=delivery-status; boundary={bound}\nMIME-Version: 1.0\n\n"
            f"--{bound}\nContent-type: text/plain; charset=us-ascii\n\n{body}\n"
            f"--{bound}\nContent-type: message/delivery-status\n\nReporting-MTA: dns; {host}\n\n"
            f"Action: failed\nFinal-Recipient: rfc822;{address}\nStatus: 5.0.0\n\n"
            f"--{bound}\nContent-type: message/rfc822\n\nReturn-path: <{SELLER}>\n{original(name, address)}\n"
            f"--{bound}--\n").encode()


def sm_remote(name: str, reply: str, status: str, command: str = "RCPT", address: str = LEAD) -> bytes:
    """Sendmail's DSN of a remote refusal (review 14's builder): the transcript's '>>> ' command and '<<< '
    reply, the reason line, the per-recipient fields."""
    sent = {"MAIL": f"MAIL From:<{SELLER}> SIZE=1514", "RCPT": f"RCPT To:<{address}>", "DATA": "DATA",
            "CONN": "(connect)"}[command]
    lines = reply.split("\n")
    transcript = f"... while talking to {MX}.:\n>>> {sent}\n" + "\n".join(f"<<< {x}" for x in lines)
    last = lines[-1]
    return sendmail(name, [(f"<{address}>", last, None)], [(address, None, status, " ".join(lines))], to=address,
                    transcript=transcript)


def gm_remote(reply: str, status: str, remote: str = MX) -> bytes:
    """Gmail's own DSN quoting the remote reply (review 29's builder)."""
    return gmail(reply, status, remote)


def exo_remote(reply: str, status: str, remote: str = MX) -> bytes:
    """Exchange Online's own NDR quoting the remote reply (review 29's builder)."""
    return exo(reply, status, remote)


def exim_batch(name: str, text: str, leads: tuple[str, ...]) -> bytes:
    """Exim's bounce (deliver.c, plain text) of one message to several prospects, each failed by the same
    local limit (X-Failed-Recipients lists them all)."""
    host = "server1.host.example"
    blocks = "".join(f"  {a}\n    {text}\n" for a in leads)
    return (f"X-Failed-Recipients: {', '.join(leads)}\nAuto-Submitted: auto-replied\n"
            f"From: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {SELLER}\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            f"Message-Id: <E1ex35-{name}@{host}>\nX-Hand-Made: yes (Exim deliver.c bounce, review 35)\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"{blocks}\n------ This is a copy of the message, including all the headers. ------\n\n"
            f"Return-path: <{SELLER}>\n" + original(name, ", ".join(leads))).encode()


def pf_batch(name: str, reply_of, status: str, leads: tuple[str, ...]) -> bytes:
    """Postfix's bounce(8) notice (review 14's builder) of one message refused at every RCPT."""
    entries = [(a, None, pf_said(a, reply_of(a))) for a in leads]
    return postfix(name, entries, [(a, None, status, reply_of(a)) for a in leads], to=", ".join(leads))


def qmail_mail(name: str, reply: str, address: str) -> bytes:
    """qmail-send's bounce of qmail-remote's refusal at MAIL FROM."""
    return qmail(name, [(address, f"Connected to 192.0.2.25 but sender was rejected.\nRemote host said: {reply}")],
                 to=address, host="mail.example.com")


def soft(reasons: tuple = (), scope: str | None = S, delay: bool = False, address: str = LEAD) -> list[tuple]:
    return [(address, False, tuple(reasons), scope, delay)]


def hard(reasons: tuple = UNKNOWN, address: str = LEAD) -> list[tuple]:
    return [(address, True, tuple(reasons), R, False)]
