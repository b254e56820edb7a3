"""The second review's notices from mail gateways (Mimecast, Symantec/MessageLabs, Trend Micro,
Proofpoint Essentials, Barracuda, Cisco AsyncOS) and groupware servers (SmarterMail, GroupWise,
MDaemon, Zimbra, hMailServer, IceWarp): rows as in review_notices2.py (whose docstring says what a
row holds), each wording's source named in the row. Expectations written before the classifier
ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, gmail_own, relayed
from tests.classifier.review_notices import domino, exchange_text, exim_text
from tests.classifier.review_notices2 import GM_BODY, R, S, UNKNOWN

MIMECAST = ("Mimecast 'Mimecast SMTP Error Codes' (community.mimecast.com/docs/DOC-1369, now mimecastsupport."
            "zendesk.com article 34000709564691)")
MIMECAST_UNKNOWN = ("Mimecast 'Advanced and Federated Accounts: Emails To Unknown Internal Users' (550 Rejection: "
                    "'the sender will receive an Invalid Recipient code')")
MIMECAST_SPOOF = ("accredit-solutions.zendesk.com '550 Rejected by header based Anti-Spoofing policy' (an Exchange "
                  "NDR quoting Mimecast's refusal, with Mimecast's DOC-1369#550 link)")
BROADCOM = "Broadcom KB 165163 'Error: 550-Invalid recipient after sending email' (Symantec Email Security.cloud)"
TREND = "Trend Micro solution 1053962 'SMTP error 554 5.7.1 appears when sending an email to a HES user'"
PPE = ("Spambrella (Proofpoint Essentials reseller) FAQ 'Common Email Delivery Error Codes': 'User email address is "
       "marked as invalid ... the user is on the SMTP Discovery Invalid list'")
BARRACUDA = ("MIT CSAIL TIG 'EmailBlockedByBarracuda' (554 Service unavailable; Client host [...] blocked using "
             "Barracuda Reputation); Barracuda Campus 'SMTP Error Codes'")
ASYNCOS = ("Cisco IronPort AsyncOS 7.1 Advanced Configuration Guide, SPF/SIDF listener settings (default 'Reject "
           "text: #5.7.1 SPF unauthorized mail is prohibited.')")
SMARTERMAIL = ("SmarterMail 'Common email delivery errors' (kb.indsoft.net a70, support.rackteam.com a136: 'Could not "
               "deliver message to the following recipient(s): Failed Recipient: ... Reason: ...')")
GROUPWISE = "Micro Focus KB 7002570 (GroupWise GWIA: '550 No such recipient' for a distribution list address)"
MDAEMON = "mdaemon-l list (mail-archive.com msg40709): MDaemon's '550 <x>, Recipient unknown' via a Postfix relay"
PPE_SPF = ("404andmore.com 'Proofpoint Essentials: Fixing the 550 5.7.1 SPF Rejected Error' (the NDR: '550 5.7.1 "
           "Message rejected per sender's SPF policy - OXSUS001_514')")
BARRACUDA_ESS = ("suped.com 'Why are my emails blocked by Barracuda even when not listed' (Gmail's quote of Barracuda "
                 "ESS: '550 permanent failure for one or more recipients' ... 'blocked')")
KB_GW_553 = "Micro Focus KB 7002570 '553 Recipient unknown error on GWIA while sending a mail to the Distribution List'"
ZIMBRA = "Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (its LMTP replies, via Zimbra's Postfix)"
HMS = "hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp (its RCPT refusals)"
ICEWARP = "IceWarp docs 'Interpretation of 5xx Errors in Icewarp SMTP' (docs.icewarp.com)"
TREND_ERS = ("Trend Micro solution 1097055 'FAQs about messages blocked by Email Reputation Services (ERS)'")
W2W = ("Word to the Wise 'Who are Mimecast?' (wordtothewise.com/2018/07/who-are-mimecast): Mimecast rejections from "
       "bounce logs, each with its DOC-1369 link; " + MIMECAST)
CISCO_LDAP = ("Cisco ESA tech note 118580 (LDAP acceptance query: recipients not in the directory refused at RCPT); "
              "its reply '550 #5.1.0 Address rejected.' as quoted on the public linux-kernel list (2022-12-03, a "
              "departed maintainer's Intel address)")
DOMINO = ("IBM 'Troubleshooting IBM Lotus Domino 8 mail routing issues' (router failures 'No route found to server', "
          "'Server is not a known TCP/IP host', 'server not responding'); HCL Domino help 'Customizing delivery failure "
          "messages' (transfer, delivery, domain and server failures)")
TREND_IMSS = "Trend Micro solution 1106332 '550 Domain of forward-path is not allowed' (InterScan: not a relay domain)"


def smartermail(name: str, address: str, reason: str) -> bytes:
    """SmarterMail's own failure notice (plain text, no DSN part): 'Could not deliver message to
    the following recipient(s):', 'Failed Recipient:', 'Reason:' (SMARTERMAIL)."""
    return ("From: System Administrator <postmaster@mail.seller-host.example>\nTo: seller@example.com\n"
            f"Subject: Undeliverable Mail\nDate: Thu, 3 Dec 2026 10:00:00 +0000\nMessage-ID: <sm-{name}@seller-host.example>\n"
            "X-Hand-Made: yes (SmarterMail delivery failure text)\nMIME-Version: 1.0\nContent-Type: text/plain\n\n"
            "Could not deliver message to the following recipient(s):\n\n"
            f"Failed Recipient: {address}\nReason: {reason}\n\n"
            "   -- The header and top 20 lines of the message follows --\n\n"
            f"From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-ID: <review2-{name}@example.com>\n\n"
            "Hello\n").encode()


def ex_onprem_relay(name: str, address: str, inner: str) -> str:
    """The body of an on-premises Exchange NDR for a refusal its smart host met further on:
    'Remote Server returned '554 5.3.0 < #5.3.0 smtp; <the remote's reply>>'' (MIMECAST_SPOOF)."""
    return ("Delivery has failed to these recipients or groups:\n\n"
            f"{address}\nA problem occurred during the delivery of this message to this e-mail address. Try sending "
            "this message again. If the problem continues, please contact your helpdesk.\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: EXCH01.seller.example\n\n"
            f"{address}\nsmtp.seller.example\nRemote Server returned '554 5.3.0 < #5.3.0 smtp; {inner}>'\n")


def exim_rcpt(name: str, host: str, reply: str, address: str = LEAD) -> bytes:
    """Our Exim relay's plain bounce of a refusal at RCPT (review_notices.exim_text layout)."""
    block = (f"  {address}\n    host {host} [192.0.2.25]\n    SMTP error from remote mail server after RCPT "
             f"TO:<{address}>:\n    {reply}\n")
    return exim_text(name, block, address)


# ---- Mail gateways in front of the recipient's server ----------------------------------------
GATEWAYS = [
    ("mimecast-invalid-recipient", MIMECAST_UNKNOWN + "; " + MIMECAST,
     exim_rcpt("g1", "eu-smtp-inbound-1.mimecast.com", "550 Invalid Recipient - https://community.mimecast.com/docs/"
               "DOC-1369#550 [qW2xyzAbCdEfGh-1234.eu123]"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("mimecast-invalid-recipient-via-exchange", MIMECAST_UNKNOWN + "; the on-premises Exchange wrapper of "
     + MIMECAST_SPOOF,
     exchange_text("g2", "Quick question", ex_onprem_relay("g2", LEAD, "550 Invalid Recipient - https://community."
                   "mimecast.com/docs/DOC-1369#550 [VUJUo2t1Pr-x_8v9fCw5Og.uk90]"),
                   "Microsoft Exchange <postmaster@seller.example>"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("mimecast-anti-spoofing-via-exchange", MIMECAST_SPOOF,
     exchange_text("g3", "Quick question", ex_onprem_relay("g3", LEAD, "550 Rejected by header based Anti-Spoofing "
                   "policy: seller@example.com - https://community.mimecast.com/docs/DOC-1369#550 "
                   "[VUJUo2t1Pr-x_8v9fCw5Og.uk90]"), "Microsoft Exchange <postmaster@seller.example>"),
     [(LEAD, False, None, None, False)]),
    ("mimecast-poor-reputation", MIMECAST + " (Poor Reputation Sender: the sending IP's reputation)",
     exim_rcpt("g4", "za-smtp-inbound-2.mimecast.co.za", "550 csi.mimecast.org Poor Reputation Sender. - "
               "https://community.mimecast.com/docs/DOC-1369#550 [abcDEF123.za7]"),
     [(LEAD, False, ("blocked", "badreputation"), S, False)]),
    ("mimecast-security-policies", MIMECAST + " (554 'Email rejected due to security policies')",
     relayed("554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 "
             "[x1Y2z3.us41]", status=None, command="DATA", remote="us-smtp-inbound-1.mimecast.com"),
     [(LEAD, False, None, None, False)]),
    ("messagelabs-invalid-recipient", BROADCOM + " ('550-Invalid recipient <x> 550 (#5.1.1)': not in the recipient "
     "domain's Address Registration list)",
     relayed(f"550-Invalid recipient <{LEAD}> 550 (#5.1.1)", status="5.1.1",
             remote="cluster1.eu.messagelabs.com"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("messagelabs-invalid-recipient-no-dsn-code", BROADCOM + " (the same reply, our relay's Status 5.0.0)",
     relayed(f"550-Invalid recipient <{LEAD}> 550 (#5.1.1)", status=None, remote="cluster1.eu.messagelabs.com"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("trend-hes-recipient-access-denied", TREND + " (the address is not in the HES Directory Management list)",
     relayed(f"554 5.7.1 <{LEAD}>: Recipient address rejected: Access denied", status="5.7.1",
             remote="in.hes.trendmicro.com"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("proofpoint-essentials-marked-invalid", PPE,
     relayed(f"550 5.7.1 <{LEAD}>: Recipient address rejected: User email address is marked as invalid",
             status="5.7.1", remote="mx1-us1.ppe-hosted.com"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("barracuda-reputation", BARRACUDA,
     exim_rcpt("g5", "d123456a.ess.barracudanetworks.com", "554 Service unavailable; Client host [192.0.2.25] "
               "blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.25"),
     [(LEAD, False, ("blocked", "badreputation"), S, False)]),
    ("ironport-spf-prohibited", ASYNCOS,
     relayed("550 #5.7.1 SPF unauthorized mail is prohibited.", status="5.7.1", command="MAIL",
             remote="mx1.example.org"),
     [(LEAD, False, ("authfailure",), S, False)]),
]

GATEWAYS += [
    ("mimecast-invalid-recipient-gmail", MIMECAST_UNKNOWN + " (as Gmail quotes it)",
     gmail_own("550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeF.us7]",
               status="5.0.0", heading="Message not delivered", remote="us-smtp-inbound-1.mimecast.com", body=GM_BODY),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("mimecast-451-greylisting-delay", MIMECAST + " (451 'Internal resource temporarily unavailable': greylisting or "
     "the sending IP's reputation)",
     relayed("451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451",
             status="4.0.0", remote="us-smtp-inbound-1.mimecast.com"),
     [(LEAD, False, None, None, True)]),
    ("mimecast-421-sender-blocked-delay", MIMECAST + " (421 'Sender address blocked': a Blocked Senders Policy)",
     relayed("421 Sender address blocked - https://community.mimecast.com/docs/DOC-1369#421", status="4.0.0",
             command="MAIL", remote="us-smtp-inbound-1.mimecast.com"),
     [(LEAD, False, None, None, True)]),
    ("proofpoint-spf-policy", PPE_SPF,
     relayed("550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514", status="5.7.1", command="DATA",
             remote="mx1-us1.ppe-hosted.com"),
     [(LEAD, False, ("authfailure",), S, False)]),
    ("barracuda-ess-blocked-gmail", BARRACUDA_ESS,
     gmail_own(f"550 permanent failure for one or more recipients ({LEAD}:blocked)", status="5.0.0",
               heading="Message not delivered", remote="d123456a.ess.barracudanetworks.com", body=GM_BODY),
     [(LEAD, False, None, None, False)]),
]

# ---- Groupware servers' own words ------------------------------------------------------------
GROUPWARE = [
    ("smartermail-mailbox-full", SMARTERMAIL, smartermail("w1", LEAD, "The mailbox is full"),
     [(LEAD, False, ("mailboxfull",), R, False)]),
    ("smartermail-domain-size-limit", SMARTERMAIL, smartermail("w2", LEAD, "The domain size limit has been exceeded"),
     [(LEAD, False, ("mailboxfull", "systemfull"), R, False)]),
    ("smartermail-no-mx", SMARTERMAIL + " ('If you mistype an email address': no MX records for the domain)",
     smartermail("w3", "lead@nosuch.example", "Failed to connect to the recipients mail server. No MX records were "
                 "found for the 'nosuch.example' domain.\n\nFailed all attempts to connect to the recipients mail "
                 "server.\nAttempted to send the message to the following ip's: "),
     [("lead@nosuch.example", True, ("hostunknown",), R, False)]),
    ("groupwise-no-such-recipient", GROUPWISE,
     relayed("550 No such recipient", status=None, remote="gwia.example.org"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("groupwise-553-recipient-unknown", KB_GW_553,
     relayed("553 Recipient unknown", status=None, remote="gwia.example.org"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("mdaemon-recipient-unknown", MDAEMON,
     relayed(f"550 <{LEAD}>, Recipient unknown", status=None, remote="mail.example.org"),
     [(LEAD, True, UNKNOWN, R, False)]),
]

GATEWAYS += [
    ("trend-rbl-plus-client-host", TREND_ERS,
     relayed("550 Service unavailable; Client host [192.0.2.25] blocked using Trend Micro RBL+. Please see "
             "http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.25", status=None, command="MAIL",
             remote="in.hes.trendmicro.com"),
     [(LEAD, False, ("blocked", "badreputation"), S, False)]),
    ("trend-rbl-plus-mail-from-refused", TREND_ERS,
     relayed("550 Mail from 192.0.2.25 refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ "
             "for an explanation", status=None, command="MAIL", remote="in.hes.trendmicro.com"),
     [(LEAD, False, ("blocked", "badreputation"), S, False)]),
    ("trend-hes-ers-rbl-at-rcpt", TREND_ERS + "; the refusal as HES words it at RCPT ('Recipient address rejected: "
     "ERS-RBL.', quoted in a public Postfix notice, pastebin.com/VaFdFSVL): the sending IP's reputation, not the "
     "address",
     relayed(f"550 5.7.1 <{LEAD}>: Recipient address rejected: ERS-RBL.", status="5.7.1", remote="in.hes.trendmicro.com"),
     [(LEAD, False, ("blocked", "badreputation"), S, False)]),
    ("trend-imss-forward-path-not-allowed", TREND_IMSS,
     relayed("550 Domain of forward-path is not allowed", status=None, remote="imss.example.org"),
     [(LEAD, False, None, None, False)]),
]

GROUPWARE += [
    ("zimbra-lmtp-no-such-user", ZIMBRA + " NO_SUCH_USER",
     relayed("550 5.1.1 No such user here", status="5.1.1", remote="mailstore.example.org"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("zimbra-lmtp-over-quota", ZIMBRA + " PERMANENT_FAILURE_OVER_QUOTA",
     relayed("552 5.2.2 Over quota", status="5.2.2", command="DATA", remote="mailstore.example.org"),
     [(LEAD, False, ("mailboxfull",), R, False)]),
    ("zimbra-lmtp-over-quota-temporary", ZIMBRA + " TEMPORARY_FAILURE_OVER_QUOTA (a delay)",
     relayed("452 4.2.2 Over quota", status="4.2.2", command="DATA", remote="mailstore.example.org"),
     [(LEAD, False, ("mailboxfull",), R, True)]),
    ("zimbra-lmtp-mailbox-disabled", ZIMBRA + " MAILBOX_DISABLED (a delay)",
     relayed("450 4.2.1 Mailbox disabled, not accepting messages", status="4.2.1", remote="mailstore.example.org"),
     [(LEAD, False, ("suspend",), R, True)]),
    ("zimbra-lmtp-permanent-failure", ZIMBRA + " PERMANENT_FAILURE (nothing says the address is gone)",
     relayed("554 5.0.0 Permanent message delivery failure", status="5.0.0", command="DATA",
             remote="mailstore.example.org"),
     [(LEAD, False, None, None, False)]),
    ("zimbra-lmtp-message-rejected", ZIMBRA + " PERMANENT_MESSAGE_REFUSED",
     relayed("550 5.7.1 Message rejected", status="5.7.1", command="DATA", remote="mailstore.example.org"),
     [(LEAD, False, None, None, False)]),
    ("zimbra-lmtp-recipient-syntax", ZIMBRA + " INVALID_RECIPIENT_ADDRESS (500 5.5.2: the LMTP dialogue's syntax, "
     "between the recipient's own MTA and its store)",
     relayed("500 5.5.2 Syntax error in recipient address", status="5.5.2", remote="mailstore.example.org"),
     [(LEAD, False, None, None, False)]),
    ("hmailserver-unknown-user", HMS + " CONST_UNKNOWN_USER",
     exim_rcpt("h1", "mail.example.org", "550 Unknown user"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("hmailserver-not-in-route-list", HMS + " ('the recipient doesn't exist in any of them')",
     relayed("550 Recipient not in route list.", status=None, remote="mail.example.org"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("hmailserver-account-not-active", HMS + " (an account that exists, switched off)",
     relayed("550 Account is not active.", status=None, remote="mail.example.org"),
     [(LEAD, False, ("suspend",), R, False)]),
    ("hmailserver-alias-not-active", HMS,
     relayed("550 Alias is not active.", status=None, remote="mail.example.org"),
     [(LEAD, False, ("suspend",), R, False)]),
    ("hmailserver-list-not-active", HMS,
     relayed("550 Distribution list is not active.", status=None, remote="mail.example.org"),
     [(LEAD, False, ("suspend",), R, False)]),
    ("hmailserver-domain-disabled", HMS + " (the whole domain switched off by its admin)",
     relayed("550 Domain has been disabled.", status=None, remote="mail.example.org"),
     [(LEAD, False, None, R, False)]),
    ("hmailserver-recursive-forwards", HMS + " (its own configuration error, though it returns DP_RecipientUnknown)",
     relayed("550 Mail server configuration error. Too many recursive forwards.", status=None,
             remote="mail.example.org"),
     [(LEAD, False, ("systemerror",), R, False)]),
    ("hmailserver-list-not-authorized-sender", HMS + " (a members-only distribution list)",
     relayed("550 Not authorized sender.", status=None, remote="mail.example.org"),
     [(LEAD, False, None, R, False)]),
    ("hmailserver-list-auth-required", HMS + " (a list that requires SMTP authentication)",
     relayed("550 SMTP authentication required.", status=None, remote="mail.example.org"),
     [(LEAD, False, None, None, False)]),
    ("icewarp-message-too-long", ICEWARP + " ('501 5.7.1 Message is too long': exceeded message size limit)",
     relayed("501 5.7.1 Message is too long", status="5.7.1", command="DATA", remote="mail.example.org"),
     [(LEAD, False, ("mesgtoobig",), None, False)]),
    ("icewarp-permission-denied", ICEWARP + " ('501 5.7.1 Permission denied': no rDNS, or SMTP AUTH differs from "
     "the sender)",
     relayed("501 5.7.1 Permission denied", status="5.7.1", command="MAIL", remote="mail.example.org"),
     [(LEAD, False, None, None, False)]),
]

_MC = "us-smtp-inbound-1.mimecast.com"
GATEWAYS += [
    ("mimecast-envelope-blocked-user-entry", W2W + " (a recipient's own block entry for our sender)",
     relayed("550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [aB1.us4]",
             status=None, remote=_MC),
     [(LEAD, False, None, None, False)]),
    ("mimecast-header-blocked-senders", W2W,
     relayed("550 Rejected by header based Blocked Senders: seller@example.com - https://community.mimecast.com/"
             "docs/DOC-1369#550 [aB2.us4]", status=None, command="DATA", remote=_MC),
     [(LEAD, False, None, None, False)]),
    ("mimecast-administrative-prohibition-via-exchange", W2W + " ('Remote server returned message denied by "
     "administrative policy -> Administrative prohibition - envelope blocked')",
     exchange_text("g6", "Quick question", ex_onprem_relay("g6", LEAD, "550 Remote server returned message denied by "
                   "administrative policy -> Administrative prohibition - envelope blocked - https://community.mimecast."
                   "com/docs/DOC-1369#550"), "Microsoft Exchange <postmaster@seller.example>"),
     [(LEAD, False, None, None, False)]),
    ("mimecast-spamcop-blocked", W2W,
     relayed("550 spamcop.mimecast.org Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.25. - https://community."
             "mimecast.com/docs/DOC-1369#550", status=None, command="MAIL", remote=_MC),
     [(LEAD, False, ("blocked", "badreputation"), S, False)]),
]

GATEWAYS += [
    ("cisco-ldap-address-rejected", CISCO_LDAP,
     relayed("550 #5.1.0 Address rejected.", status="5.1.0", remote="mga01.intel.example"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("cisco-ldap-address-rejected-gmail", CISCO_LDAP + " (as Gmail quotes it: 'Address not found')",
     gmail_own("550 #5.1.0 Address rejected.", status="5.1.0", heading="Address not found",
               remote="mga01.intel.example", body="Your message wasn't delivered to lead@example.org because the "
               "address couldn't be found, or is unable to receive mail."),
     [(LEAD, True, UNKNOWN, R, False)]),
]

# Domino's router failures about its own servers and routes: nothing there says the address is gone.
GROUPWARE += [
    (f"domino-{key}", DOMINO, domino(f"d-{key}", "Quick question", "lead@acme.example", because),
     [("lead@acme.example", False, None, None, False)])
    for key, because in (
        ("no-route-to-server", "No route found to server HUB01/Acme from server MAIL01/Acme. Check Server, "
                               "Connection and Domain documents in Domino Directory."),
        ("not-a-known-host", "Server is not a known TCP/IP host"),
        ("server-not-responding", "Unable to transfer message - Server not responding"))
]

ROWS = GATEWAYS + GROUPWARE
