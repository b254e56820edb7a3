"""The twenty-ninth review's sources, constants and notice layouts (tests/classifier/review_notices29.py
holds the rows): each source a vendor's page, or a public page quoting its reply; the layouts our relay's
report, Gmail's DSN, Exchange Online's NDR, Email Security.cloud's own notice and the Halon relay's plain
notice. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own, messagelabs_own

IP = "192.0.2.25"
FAMILY = ("blocked", "badreputation", "policyviolation", "spamdetected", "filtered", "rejected")
BLOCK = ("blocked", "badreputation")

# ---- sources ---------------------------------------------------------------------------------
CISCO_HAT = ("Cisco AsyncOS for Email User Guide, 'Defining Which Hosts Are Allowed to Connect Using the Host Access "
             "Table (HAT)' (the default REJECT banner, as the public bounces quote it: pastebin.com/18ewYuZs, "
             "pastebin.com/J4q2KYX2 with its talosintelligence.com link)")
CISCO_SPF = ("Cisco IronPort AsyncOS 7.1 Advanced Configuration Guide / AsyncOS 9.1 CLI Reference, SPF/SIDF SMTP "
             "response settings ('Defer code: 451 Defer text: #4.4.3 Temporary error occurred during SPF verification.')")
CISCO_RATE = ("AsyncOS 9.1.2 for Cisco Email Security Appliances User Guide p. 7-16, HAT 'Max. Recipients per Hour "
              "Code' / 'Max. Recipients Per Hour Exceeded Text' (452, 'Too many recipients received this hour')")
BARRACUDA_ESS = ("suped.com 'What causes bounces from Barracuda-based domains' and 'Why are my emails blocked by "
                 "Barracuda even when not listed' ('550 permanent failure for one or more recipients' ... 'blocked': a "
                 "policy decision of the recipient's Barracuda tenant, not a missing mailbox)")
BARRACUDA_CACHE = ("Barracuda Campus 'Email Cache Policies' (ESS's Message Log: 'Rejected (mail.somedomain.com:25:530 "
                   "5.7.1 Client was not authenticated(at FROM))', the destination's refusal of ESS's relay)")
BARRACUDA_BRBL = ("MIT CSAIL TIG 'EmailBlockedByBarracuda' ('554 Service unavailable; Client host [...] blocked using "
                  "Barracuda Reputation')")
TREND_QIL = ("Trend Micro KA-0001346 (ERS puts the sender's IP in the QIL, 'temporarily denied access for a period of "
             "5 minutes to 12 hours', a temporary 450); the reply's words as a Virgin Media community thread quotes "
             "HES's refusal ('554 5.7.1 <...>: Recipient address rejected: ERS-QIL.')")
TREND_DDEI = ("Trend Micro Deep Discovery Email Inspector 5.1 Online Help 'SMTP Error Codes' (Sender Filtering / "
              "Authentication: '421 Block temporarily', '521 Block permanently')")
TREND_WFBS = ("Trend Micro solution 1056643 ('Your email messages have been blocked by Trend Micro Email Reputation "
              "Service.')")
TREND_DEFER = ("hardwaresecrets.com 'Understanding Email Bounce Messages' p. 4 ('Mail from [ip] deferred using Trend "
               "Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?[ip]': the "
               "sending IP listed); Trend Micro KA-0001346 (a temporary 450)")
PP_POLICY = ("Hunter College ICIT 'Spam Interception' (Proofpoint: senders on the real-time blacklist get 'SMTP return "
             "code of 550 and the text \"5.7.0 Local Policy Violation\"')")
PPE_RELAY = ("Proofpoint Essentials help 'Outbound mail rejected - 554 5.7.1: Relay access denied' ('Proofpoint "
             "Essentials is a closed relay system')")
SPAMBRELLA = ("Spambrella (Proofpoint Essentials reseller) FAQ 'Common Email Delivery Error Codes' ('550 5.1.0 sender "
              "rejected: The senders IP address is rejected due to a Blacklist/ wrong SPF'; '452 4.3.1 Insufficient "
              "system resources')")
PP_IPCHECK = "Proofpoint's '554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=...' (classifier/remote/proofpoint.py)"
PP_SPAM = "Proofpoint's '550 5.7.1 Message blocked due to spam content in the message' (classifier/remote/proofpoint.py)"
BROADCOM_OUT = ("Broadcom KB 162445 'Outbound mail returned by MAILER-DAEMON@messagelabs.com' (the recipient server's "
                "refusals Email Security.cloud quotes in its own notice)")
BROADCOM_EXT = ("Broadcom KB 169925 'Common external Spam Filtering Error Codes' (Email Security.cloud: the recipient's "
                "spam filtering / content control gateway's refusals)")
SOPHOS_RBL = ("lab53.uk 'Resolving false positives in Sophos Firewall Email Protection' (XGS RBL filtering: 'smtp "
              "response=\"550 5.7.1 Rejected - listed in bl.spamcop.net\"')")
VIPRE = "VIPRE Email Security 'Email Rejection Reasons' (vipre.freshdesk.com 1000290396, inbound rejections)"
MAILPROTECTOR = ("Mailprotector 'Common Email Bouncebacks' ('450 4.2.0 <...>: Recipient address rejected: Greylisted'; "
                 "'421 4.4.2 Message submission rate for this client has exceeded the configured limit')")
RSPAMD = ("rspamd/rspamd issue #5343 '[BUG] 554 5.7.1 Spam message rejected' (the milter's reject reply); "
          "helpscout/chef-rspamd attributes/greylist.rb (greylist message 'Try again later')")
NETH = ("NethServer/dev issue #5811 (Rspamd multimap: '554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION', then '554 "
        "5.7.1 Forbidden attachment name extension') and NethServer/nethserver-mail PR #132 (FROM_BLACKLIST: 'Sender "
        "address rejected')")
HARAKA = "haraka/Haraka docs/plugins/rspamd.md (reject.message default 'Detected as spam')"
HORNET = ("Hornetsecurity (its antispameurope.com MX) as a public Postfix report quotes it, pastebin.com/YvH8wVdW: "
          "'554 5.5.4 Your IP <ip> address has a bad reputation. To unblock visit http://cloud-security.net/unblock?...'")
TREND_DB = ("Trend Micro ERS as a public Postfix report quotes it, pastebin.com/ZkvSZ1jq: '554 5.7.1 Service unavailable; "
            "Client host [<ip>] blocked using <zone>.r.mail-abuse.com; Mail from <ip> blocked using Trend Micro Email "
            "Reputation database. Please see <http://www.mail-abuse.com/cgi-bin/lookup?...>'")
PP_DNSBL = ("zone-eu/zone-mta issue #301 (iCloud's Proofpoint MX at the greeting: '554 5.7.0 Blocked - see "
            "https://support.proofpoint.com/dnsbl-lookup.cgi?ip=...')")
HORNET_CODES = ("EveryCloud 'Workspace reason codes' (support.everycloudtech.com 4000039509: a Hornetsecurity-based "
                "service, its 'ase-*' names antispameurope's; the same 554 5.5.4 for a negative IP reputation as "
                "Hornetsecurity's MX answers in HORNET): Hornetsecurity's own enhanced codes, 5.5.x and 5.6.x for its "
                "filters, 5.2.2 for an explicit block. The words here are the table's; the statuses are the vendor's")
SMTP_CODES = ("smtp.codes '550' (its Barracuda entries: '550 cuda_nsu 5.1.1 <x> Recipient address rejected: User "
              "unknown' and '550 No such user': the mailbox does not exist; '550 Blocked': a policy refusal; '550 "
              "rejecting spoofed message': Barracuda takes the sender for an impersonation of a known brand)")
ZODIAC = ("zone-eu/zone-mta PR #251 (config/bounces.txt: '500 5.7.1 Symantec Zodiac', the sending IP then listed at "
          "Symantec's IP removal lookup, ipremoval.sms.symantec.com, filed as a blacklist response)")
MAILSPHERE = ("help.mailsphere.co.uk 1088668 '421 Service Temporarily Unavailable (Symantec)': a domain behind Symantec "
              "Email Security throttling the sending IP for a high rate of perceived spam (the Brightmail team's note)")
HALON = ("the Halon Mail Gateway relay's own plain notice as public copies show it (one.com's mailrelay, pastebin.com/"
         "S0ay8vQY and pastebin.com/3T4bwyuY: '<rcpt> failed: <domain>->MX:' then the remote reply, a dashed line and "
         "the returned headers)")
PROTON_RSPAMD = "rspamd/rspamd issue #5098 (mailsec.protonmail.ch: '554 5.7.1 rejected by rspamd filter')"

CISCO_MX = "esa1.hc1234-5.iphmx.com"
ESS = "d123456a.ess.barracudanetworks.com"
HES = "in.hes.trendmicro.com"
PPE = "mx1-us1.ppe-hosted.com"
PPS = "mx0a-00123401.pphosted.com"
VIPRE_MX = "mx1.vipremail.example"
SELLER = "seller@example.com"

GM_BODY = f"Your message wasn't delivered to {LEAD} because the remote server returned an error."


def gmail(diag: str, status: str, remote: str | None) -> bytes:
    return gmail_own(diag, status=status, heading="Message not delivered", body=f"{GM_BODY}\n\nThe response was:\n\n"
                     f"{diag}", remote=remote)


def exo(diag: str, status: str, remote: str | None) -> bytes:
    body = f"Your message to {LEAD} couldn't be delivered.\n\nThe recipient's email system rejected the message."
    return exchange_own(diag, status=status, body=body, remote=remote)


def ml(diag: str, status: str) -> bytes:
    return messagelabs_own(diag, status=status)


def halon(name: str, reply: str, address: str = LEAD) -> bytes:
    """The Halon Mail Gateway relay's own plain-text notice (HALON; HAND-MADE): no DSN part, the
    failed address, the MX it tried and the reply, then the returned message's headers."""
    domain = address.rpartition("@")[2]
    return ("From: MAILER-DAEMON@mailrelay6.relay.example (Mail Delivery System)\nTo: seller@example.com\n"
            f"Subject: Undelivered Mail Returned to Sender\nMessage-ID: <halon-{name}@mailrelay6.relay.example>\n"
            "X-Hand-Made: yes (Halon relay notice layout)\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "This is the mail system at host mailrelay6.relay.example.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            f"<{address}> failed: {domain}->MX:\n{reply}\n" + "-" * 80 + "\n"
            "Received: from seller-pc (unknown [198.51.100.7])\n\tby smtpfilter3.relay.example (Halon Mail Gateway) "
            "with ESMTPSA;\n\tThu, 3 Dec 2026 09:27:29 +0000 (GMT)\n"
            f"Message-ID: <review29-{name}@example.com>\nFrom: Seller <seller@example.com>\nTo: <{address}>\n"
            "Subject: Quick question\nDate: Thu, 3 Dec 2026 10:27:28 +0100\n").encode()


def soft(reasons=(), scope=None, delay=False) -> list[tuple]:
    return [(LEAD, False, tuple(reasons), scope, delay)]


HAT = ("554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe "
        "that this failure is in error, please contact the intended recipient via alternate means.")
HAT_TALOS = ("554-esa1.hc1234-5.iphmx.com 554 your access to this mail system has been rejected due to the sending MTA "
              "poor reputation. If you believe that this failure is in error please contact the intended recipient via "
              "alternate means. 554-554 https://www.talosintelligence.com/reputation_center")
ESS_X = f"550 permanent failure for one or more recipients ({LEAD}:blocked)"
BRBL = (f"554 Service unavailable; Client host [{IP}] blocked using Barracuda Reputation; "
         f"http://www.barracudanetworks.com/reputation/?pr=1&ip={IP}")
QIL = f"554 5.7.1 <{LEAD}>: Recipient address rejected: ERS-QIL."
