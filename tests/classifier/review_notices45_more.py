"""The forty-fifth review's other sources (review_notices45.py holds PowerMTA's patterns and the
review's docstring): Mautic's MonitoredEmail bounce rules (mautic/mautic
app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/BodyParser.php and DsnParser.php: the
rules Mautic added beside PHPMailer-BMH's, which review 27 read; Mapper/CategoryMapper.php says
which categories Mautic counts hard), the Ruby bounce_email gem (whatcould/bounce-email
lib/bounce_email.rb get_status_from_text), Momentum / SparkPost's own "[internal]" failure texts
(SparkPost/momentum-documentation, Appendix F "Message Responses", with the Bounce
Classification Codes of SparkPost/support-docs content/momentum/4/4-bounce-logger-classification-
codes.md), SparkPost's suppression reply (as Braze's email reporting docs quote it) and Postal's
own replies and bounce (postalserver/postal app/lib/smtp_server/client.rb, app/models/
bounce_message.rb, app/senders/smtp_sender.rb: 5xx HardFail, 4xx SoftFail). Where those
products read a wording otherwise than the taxonomy (Mautic counts a disabled, deactivated or
locked mailbox, "No route to host" and Exchange's "5.4.317 Message expired" hard; the gem calls
"Esta casilla ha expirado por falta de uso" a bad domain), the row's expectation is the
taxonomy's. Each reply is put at the stage it is said, in the layout its source implies.
All HAND-MADE; expectations written before the classifier ran."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, own_postfix, relayed
from tests.classifier.review_notices35_layouts import exim_remote, sm_remote
from tests.classifier.review_notices42_layouts import exim_own, qmail_own, qmail_remote
from tests.classifier.review_notices43_layouts import gmail_legacy
from tests.classifier.review_notices45 import FULL, GONE, HOST, SUSPEND, delay, hard, soft
from tests.classifier.review_notices45_layouts import own_dsn, postal_bounce

MAUTIC_BODY = "mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/BodyParser.php"
MAUTIC_DSN = "mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php"
GEM = "whatcould/bounce-email lib/bounce_email.rb get_status_from_text"
MOMENTUM = ("SparkPost/momentum-documentation Appendix F 'Message Responses' (responses sorted by message; "
            "Momentum's own failure texts), layout review_notices45_layouts.own_dsn (weak: the human part)")
POSTAL_RCPT = "postalserver/postal app/lib/smtp_server/client.rb (Postal's SMTP server's replies)"
GMX = "gmail-smtp-in.l.google.com"
EXO = "partner-example.mail.protection.outlook.com"


def _gmail(name: str, reply: str, state: int = 14) -> bytes:
    return gmail_legacy(f"r45-{name}", LEAD, f"{reply} (state {state}).")


# ---- Mautic: BodyParser's Gmail rules (the samples as Gmail's older notice quotes them) --------------
GMAIL_RULES = [
    ("gm-does-not-exist", "rule 0237 'email.*?does not exist'",
     "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
     "recipient's email address for typos or unnecessary spaces.", hard()),
    ("gm-recipient-domain", "rule 0237 'find the recipient domain'",
     "553-5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure "
     "you didn't enter any spaces, periods, or other punctuation after the recipient's email address.", hard(HOST)),
    ("gm-disabled", "rule 0171 'email.*?disabled' (INACTIVE, which Mautic counts hard; the taxonomy: suspend, soft)",
     "550-5.2.1 The email account that you tried to reach is disabled.", soft(SUSPEND)),
    ("gm-rate", "rule 0000 'user.*?rate that prevents' (WARNING, soft)",
     "550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages "
     "from being delivered.", soft()),
    ("gm-email-quota", "rule 0219 'email quota exceeded'", "550-5.7.1 Email quota exceeded.", soft(FULL)),
    ("gm-over-quota", "rule 0219 'email.*?over quota'",
     "552-5.2.2 The email account that you tried to reach is over quota.", soft(FULL)),
    ("gm-unsolicited", "rule 0230 'unsolicited mail' (ANTISPAM)",
     "550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To "
     "protect our users from spam, mail sent from your IP address has been blocked.", soft()),
    ("gm-policy", "rule 0230 'policy that prohibited' (ANTISPAM)",
     "550-5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that "
     "you sent.", soft()),
    ("gm-size", "rule 0146 'message size limits' (OVERSIZE)",
     "552-5.2.3 Your message exceeded Google's message size limits.", soft()),
    ("gm-specific-senders", "rule 0156 'accepting mail from specific email addresses' (USER_REJECT)",
     "554 5.7.1 Your mail could not be delivered because the recipient is only accepting mail from specific email "
     "addresses.", soft()),
]
ROWS = [(f"mautic-{pid}", f"{MAUTIC_BODY} {what}; Gmail's older notice (review 43's layout)", _gmail(pid, reply),
         expected) for pid, what, reply, expected in GMAIL_RULES]
# The same replies as our Postfix relay reports Google's MX saying them at RCPT (the 5.x status the reply
# carries in the DSN, as Postfix copies it).
ROWS += [(f"mautic-{pid}-postfix", f"{MAUTIC_BODY} {what}; our relay's report of Google's MX",
          relayed(reply.replace("-", " ", 1), status=reply[4:9], remote=GMX,
                  command="DATA" if reply.startswith("552-5.2.3") else "RCPT"), expected)
         for pid, what, reply, expected in GMAIL_RULES]

# ---- Mautic: DsnParser's rules (Diagnostic-Code samples) --------------------------------------------
DSN_RULES = [
    ("banned-sender", "rule 0234 'Access denied, banned sender' (ANTISPAM)",
     "550 5.7.511 Access denied, banned sender[seller@example.com]. To request removal from this list, forward "
     "this message to delist@messaging.microsoft.com.", "5.7.511", "RCPT", EXO, soft()),
    ("banned-ip", "rule 0235 'Access denied, banned sending IP' (ANTISPAM)",
     "550 5.7.606 Access denied, banned sending IP [192.0.2.7]. To request removal from this list please visit "
     "https://sender.office.com/ and follow the directions.", "5.7.606", "RCPT", EXO, soft()),
    ("group-member", "rule 0230 'UnifiedGroupAgent ... group member' (USER_REJECT)",
     "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders "
     "aren't permitted to send to this group.", "5.7.193", "DATA", EXO, soft()),
    ("not-authorized", "rule 0225 'NotAuthorized' (COMMAND_REJECT)",
     "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", "5.7.1", "DATA", EXO, soft()),
    ("dbeb-access-denied", "rule 0233 'Recipient address rejected: Access denied' (USER_REJECT; Microsoft's "
     "Directory Based Edge Blocking: the recipient does not exist)",
     "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM11FT012.eop-nam11.prod."
     "protection.outlook.com]", "5.4.1", "RCPT", EXO, hard()),
    ("deactivated-mailbox", "rule 0138 'deactivated mailbox' (UNKNOWN, hard to Mautic; the taxonomy: a disabled "
     "mailbox, suspend)", "551 <lead@example.org> is a deactivated mailbox", "5.0.0", "RCPT", "m2w-in1.example.org",
     soft(SUSPEND)),
    ("inactivity-closed", "rule 0170 'closed due to inactivity' (INACTIVE)",
     "550 <lead@example.org>: Recipient address rejected: Account closed due to inactivity. No forwarding "
     "information is available.", "5.0.0", "RCPT", "mx.example.org", soft(SUSPEND)),
    ("user-status-locked", "rule 0228 '(user).*locked' (INACTIVE)", "550 <lead@example.org>: User status is locked.",
     "5.0.0", "RCPT", "mx.example.org", soft(SUSPEND)),
    ("mailbox-restricted", "rule 0209 '(mailbox).*restrict' (INACTIVE)",
     "553 mailbox lead@example.org is restricted", "5.0.0", "RCPT", "mx.example.org", soft()),
    ("no-longer-exists", "rule 0184 '(address).*no longer exist' (INACTIVE)",
     "553 5.3.0 <lead@example.org>... Recipient address no longer exists", "5.3.0", "RCPT", "mx.example.org",
     hard(GONE)),
    ("not-member-of-domain", "rule 0198 '(user).*not.*member of domain' (UNKNOWN)",
     "550 User not a member of domain: <lead@example.org>", "5.0.0", "RCPT", "mx.example.org", hard()),
    ("specified-domain", "rule 0180 'Specified domain.*not.*allow' (DNS_UNKNOWN, hard to Mautic; the words refuse "
     "to relay for the domain)", "553 Specified domain is not allowed.", "5.0.0", "RCPT", "mx.example.org", soft()),
    ("rcpthosts", "rule 0191 'domain isn't in.*allowed rcpthost' (COMMAND_REJECT; qmail chkuser)",
     "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.5.3 - chkuser)", "5.5.3", "RCPT",
     "mx.example.org", soft()),
    ("user-refused", "rule 0156 '(user) refused' (USER_REJECT)", "553 User refused to receive this mail.", "5.0.0",
     "DATA", "mx.example.org", soft()),
    ("abuse-deactivated", "rule 0196 '(forgery|abuse)' (INACTIVE; Yahoo's old VS10-RT)",
     "553 VS10-RT Possible forgery or deactivated due to abuse (#5.1.1) 192.0.2.211", "5.1.1", "RCPT",
     "mta5.am0.yahoodns.net", soft()),
    ("user-path", "rule 0106 'user path no exist' under 450", "450 user path no exist", "4.0.0", "RCPT",
     "mx.example.org", delay()),
    ("not-listed-nab", "rule 0103 '(user).*not.*list' (Lotus Notes)",
     "550 5.1.1 User lead (lead@example.org) not listed in public Name & Address Book", "5.1.1", "RCPT",
     "notes.example.org", hard()),
    ("host-unknown", "rule 0130 'Host unknown' (Sendmail's own 'Host unknown (Name server: ...)')",
     "550 5.1.2 <lead@example.org>... Host unknown (Name server: example.org: host not found)", "5.1.2", "RCPT",
     "mx.example.org", hard(HOST)),
]
ROWS += [(f"mautic-{pid}-postfix", f"{MAUTIC_DSN} {what}; our relay's report",
          relayed(reply, status=status, command=command, remote=remote), expected)
         for pid, what, reply, status, command, remote, expected in DSN_RULES]
# Sendmail's failure notice of the same replies (a 4xx one is no failure notice: left out).
ROWS += [(f"mautic-{pid}-sendmail", f"{MAUTIC_DSN} {what}; Sendmail's DSN", sm_remote(f"r45-m-{pid}", reply, status,
                                                                                      command), expected)
         for pid, what, reply, status, command, _remote, expected in DSN_RULES if not status.startswith("4")]

ROWS += [
    ("mautic-expired-5.4.317-exo", f"{MAUTIC_DSN} rule 0232 'Message expired.*cannot connect to remote server' "
     "(DNS_UNKNOWN, hard to Mautic; the taxonomy: the retry period ran out, expired, soft); Exchange Online's own NDR",
     exchange_own("550 5.4.317 Message expired, cannot connect to remote server(Failed to connect. Winsock error "
                  "code: 10060, Win32 error code: 10060)", status="5.4.317",
                  body="Delivery has failed to these recipients or groups:\n\nlead@example.org\nThe recipient's email "
                       "system isn't accepting messages right now. Please try to resend your message later."),
     soft(("expired", "networkerror"))),
    ("mautic-no-route-postfix", f"{MAUTIC_DSN} rule 0188 'No route to host' (DNS_UNKNOWN, hard to Mautic); Postfix's "
     "own final report after the queue lifetime (smtp_connect.c 'connect to %s: %m', bounce(8) 4.4.1, Action failed)",
     own_postfix("connect to mx.example.org[192.0.2.25]:25: No route to host", status="4.4.1"),
     soft(("expired", "networkerror"))),
    ("mautic-unrouteable-exim", f"{MAUTIC_DSN} rule 0208 'unrouteable address' (DNS_UNKNOWN); Exim's own router "
     "failure (deliver.c, no remote host)", exim_own("r45-m-unroute", "Unrouteable address", LEAD),
     hard(("hostunknown", "userunknown"))),
]

# ---- the bounce_email gem's get_status_from_text wordings --------------------------------------------
GEM_ROWS = [
    ("casilla-expirada", "'Esta casilla ha expirado por falta de uso' (the gem: 5.1.2; the words: this mailbox "
     "expired for lack of use, an inactive mailbox: suspend, soft)",
     relayed("550 5.2.1 Esta casilla ha expirado por falta de uso", status="5.2.1"), soft(SUSPEND)),
    ("casilla-expirada-exim", "'Esta casilla ha expirado por falta de uso', Exim's bounce",
     exim_remote("r45-g-casilla", "550 Esta casilla ha expirado por falta de uso"), soft(SUSPEND)),
    ("qmail-host-named", "'I couldn't find any host named' (qmail-remote's #5.1.2)",
     qmail_own("r45-g-host", "Sorry, I couldn't find any host named example.org. (#5.1.2)", LEAD), hard(HOST)),
    ("qmail-host-by-that-name", "'I couldn't find any host by that name' (qmail-remote's temporary #4.1.2, given "
     "up by qmail-send after queuelifetime)",
     qmail_own("r45-g-host4", "Sorry, I couldn't find any host by that name. (#4.1.2)\nI'm not going to try again; "
               "this message has been in the queue too long.", LEAD), soft()),
    ("qmail-no-smtp-connection", "'wasn't able to establish an SMTP connection' (qmail-remote #4.4.1, given up)",
     qmail_own("r45-g-conn", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try "
               "again; this message has been in the queue too long.", LEAD), soft()),
    ("recipient-unavailable", "'The recipient was unavailable to take delivery of the message' (the gem: 5.1.1; "
     "the words name no cause)", relayed("550 The recipient was unavailable to take delivery of the message",
                                         status="5.0.0"), soft()),
    ("exim-retry-timeout", "'retry timeout exceeded' (Exim's own give-up, the gem: 4.4.7)",
     exim_own("r45-g-retry", "retry timeout exceeded", LEAD), soft()),
    ("mailbox-exceeds-size", "'User mailbox exceeds allowed size'",
     relayed("552 5.2.2 User mailbox exceeds allowed size: lead@example.org", status="5.2.2"), soft(FULL)),
    ("exhausted-storage", "'user has exhausted allowed storage space'",
     exim_remote("r45-g-storage", "552 sorry, the user has exhausted allowed storage space"), soft(FULL)),
    ("not-enough-storage", "'Message rejected. Not enough storage space'",
     relayed("552 Message rejected. Not enough storage space in user's mailbox to accept message.", status="5.0.0",
             command="DATA"), soft(FULL)),
    ("transaction-failed", "'554 TRANSACTION FAILED'", relayed("554 TRANSACTION FAILED", status="5.0.0",
                                                                command="DATA"), soft()),
    ("hotmail-policy", "'550 OU-002 ... Mail rejected by Windows Live Hotmail for policy reasons'",
     relayed("550 OU-002 Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be "
             "related to content with spam-like characteristics or IP/domain reputation problems.", status="5.0.0",
             command="DATA", remote="mx1.hotmail.com"), soft()),
    ("account-closed", "'account closed' (the gem: 5.2.3; a closed account: suspend, soft)",
     relayed("550 5.2.1 <lead@example.org>: account closed", status="5.2.1"), soft(SUSPEND)),
    ("disabled-or-discontinued", "'account has been disabled or discontinued' (the gem: 5.2.3)",
     relayed("554 delivery error: dd Sorry your message to lead@example.org cannot be delivered. This account has "
             "been disabled or discontinued [#102]. - mta173.mail.tpe.example.org", status="5.0.0", command="DATA"),
     soft(SUSPEND)),
    ("mailbox-not-found", "'mailbox not found' (the gem: 5.2.3)",
     sm_remote("r45-g-mbx", "550 MAILBOX NOT FOUND", "5.0.0"), hard()),
    ("prohibited-admin", "'prohibited by administrator' (the gem: 5.2.3; relaying)",
     relayed("550 relaying to <lead@example.org> prohibited by administrator", status="5.0.0"),
     soft(("norelaying",))),
    ("account-does-not-exist", "'account does not exist' (the gem: 5.2.3)",
     qmail_remote("r45-g-acct", "550 5.1.1 <lead@example.org>: account does not exist", "RCPT", LEAD), hard()),
    ("mailbox-quota-usage", "'Mailbox quota usage exceeded' under 4xx",
     relayed("452 4.2.2 <lead@example.org>: Mailbox quota usage exceeded", status="4.2.2"), delay(FULL)),
]
ROWS += [(f"gem-{pid}", f"{GEM} {what}", raw, expected) for pid, what, raw, expected in GEM_ROWS]

# ---- Momentum / SparkPost's own failures ------------------------------------------------------------
MOMENTUM_ROWS = [
    ("max-time", "554 5.4.7 [internal] exceeded max time without delivery", "5.4.7", "failed", soft()),
    ("max-retries", "554 5.4.7 [internal] exceeded max retries without delivery", "5.4.7", "failed", soft()),
    ("not-attempted", "554 5.4.5 [internal] Delivery not attempted (message expired)", "5.4.5", "failed", soft()),
    ("domain-lookup", "554 5.4.4 [internal] Domain Lookup Failed", "5.4.4", "failed", hard(HOST)),
    ("null-mx", "550 5.4.4 [internal] NULL MX domain does not accept mail", "5.4.4", "failed",
     hard(("notaccept", "hostunknown"))),
    ("no-mx-or-a", "454 4.4.4 [internal] no MX or A for domain", "4.4.4", "delayed", delay()),
    ("no-valid-hosts", "451 4.4.1 [internal] No valid hosts (unable to make any connections)", "4.4.1", "delayed",
     delay()),
    ("private-address", "551 5.4.6 [internal] Private/Loopback Address", "5.4.6", "failed", soft()),
    ("blackholed", "554 5.7.0 [internal] Blackholed", "5.7.0", "failed", soft()),
    ("discarded", "550 5.7.1 [internal] discarded by policy", "5.7.1", "failed", soft()),
    ("purged", "554 5.7.0 [internal] Message manually purged", "5.7.0", "failed", soft()),
    ("tls-failed", "451 4.7.5 [internal] TLS negotiation failed", "4.7.5", "delayed", delay()),
    ("suppressed", "554 5.7.1 [internal] recipient address was suppressed due to customer policy", "5.7.1", "failed",
     soft()),
]
ROWS += [(f"momentum-{pid}", MOMENTUM if pid != "suppressed" else
          "SparkPost's suppression reply as Braze's 'Email reporting' docs quote it (taxonomy section 3: suppressed, "
          "soft); layout review_notices45_layouts.own_dsn",
          own_dsn(pid, text, status, action=action), expected)
         for pid, text, status, action, expected in MOMENTUM_ROWS]

# ---- Postal: its SMTP server's refusals (quoted by our relay) and its own bounce ---------------------
POSTAL = [
    ("route-rejects", "550 Route does not accept incoming messages", "5.0.0", "RCPT",
     "a route set to Reject: the address takes no mail at all", hard(("notaccept", "userunknown"))),
    ("auth-required", "530 Authentication required", "5.0.0", "RCPT",
     "not a route of this server and no credential: a relay refusal", soft()),
    ("server-suspended", "535 Mail server has been suspended", "5.0.0", "RCPT", "the receiving server suspended",
     soft()),
    ("too-large", "552 Message too large (maximum size 14MB)", "5.3.4", "DATA", "max_message_size", soft()),
    ("loop", "550 Loop detected", "5.0.0", "DATA", "more than four of its own Received lines", soft()),
]
ROWS += [(f"postal-{pid}", f"{POSTAL_RCPT}: {why}", relayed(reply, status=status, command=command,
                                                            remote="postal.partner.example"), expected)
         for pid, reply, status, command, why, expected in POSTAL]
ROWS += [
    ("postal-route-bounce", "postalserver/postal app/models/bounce_message.rb (its own bounce when a route's "
     "endpoint fails: no reason given, the address is not said to be bad)", postal_bounce("bounce"), soft()),
    ("postal-auth-required-exim", f"{POSTAL_RCPT}: '530 Authentication required' in Exim's bounce",
     exim_remote("r45-p-auth", "530 Authentication required"), soft()),
    ("postal-route-rejects-exim", f"{POSTAL_RCPT}: '550 Route does not accept incoming messages' in Exim's bounce",
     exim_remote("r45-p-route", "550 Route does not accept incoming messages"), hard(("notaccept", "userunknown"))),
]
