"""The forty-eighth review's sources, constants and the layouts it adds (tests/classifier/review_notices48.py
holds the rows). A gateway's reply is quoted in the layouts earlier reviews built (review 35's: our Postfix
relay's report, Exim's and Sendmail's bounces of a remote refusal, Gmail's DSN and Exchange Online's NDR;
notices.own_postfix for a gateway's own Postfix notice); the new layouts are the notices gateways write
themselves: MailScanner's sender reports (its reports/<lang>/sender.*.report.txt templates) and Microsoft
365's quarantine notification. Only the reply texts and the templates' words are the vendors'; statuses,
hosts and IPs (documentation ranges) are written here. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD

IP = "192.0.2.25"
SELLER = "seller@example.com"
R, S, ANY = "recipient", "sender", None
UNKNOWN = ("userunknown",)
BLOCK = ("blocked", "badreputation")
FAMILY = ("blocked", "badreputation", "policyviolation", "spamdetected", "filtered", "rejected")
SPAM = ("spamdetected",)
VIRUS = ("virusdetected",)
CONTENT = ("policyviolation", "filtered", "contenterror", "spamdetected", "virusdetected")

# ---- sources -------------------------------------------------------------------------------------
FORTIMAIL = ("FortiMail 6.4 Administration Guide 'Troubleshoot MTA issues' (docs.fortinet.com 260598: '550 5.7.1 "
             "Relay access denied': no relay permission) and FortiMail troubleshooting as fortinetguru.com/2016/04/"
             "troubleshooting/11 copies it ('451 Try again later': greylisting, or the recipient verification server "
             "unreachable; the mail stays in the sender's queue)")
FORTIGATE_ASE = ("howtodo.co.il quoting a FortiGate's SMTP proxy refusal and Fortinet's KB ('554 5.7.1 This message has "
                 "been blocked because ASE reports it as spam.': the AntiSpam Engine's heuristic verdict)")
MAILSCANNER = ("MailScanner/v5 common/usr/share/MailScanner/reports/en/sender.spam.sa.report.txt and reports/cy+en/"
               "sender.{spam,spam.rbl,content,virus,filename}.report.txt (their English halves): the notices "
               "MailScanner sends the sender, 'Subject: {Bounce} Unsolicited commercial email rejected', 'Potentially "
               "dangerous email rejected', 'Warning: E-mail viruses detected', the original's 'To: $to'")
BARUWA = ("bastion.umanix.net/info (a Baruwa gateway's table of its rejection texts: 'The sender <ip> is banned', "
          "'The domain <d> is banned', 'Dictionary attack detected', 'Restricted characters in address', 'Sender "
          "verification failed', 'Recipient verification failed' (the recipient could not be verified: check the "
          "address), 'Relay not permitted', 'The email address does not exist', 'The sender is in a black list "
          "<zone>'); Baruwa answers from Exim, whose ACLs give 550 unless told")
BARUWA_ACL = ("baruwaproject/baruwa-puppet modules/mailscanner/templates/exim.conf.erb (Baruwa's inbound Exim ACLs: "
              "'Message was delivered by ratware' (an IP as HELO), 'Restricted characters in address', 'relay not "
              "permitted', 'REJECTED because $sender_host_address is in a black list spamhaus.org' / '... at "
              "$dnslist_domain\\n$dnslist_text', 'REJECTED - We don't accept messages from hosts without reverse DNS', "
              "'REFUSED - no HELO/EHLO greeting', 'This message contains a virus ($malware_name).', 'Blacklisted file "
              "extension detected', the connect ratelimit's 'You can only send $sender_rate per $sender_rate_period', "
              "the local router's cannot_route_message 'Unknown user'; ACL drop/deny answer 550)")
VIPRE_CALLOUT = ("VIPRE Email Security 'Email Rejection Reasons' (vipre.freshdesk.com 1000290396, inbound: 'Invalid "
                 "Mailbox (Call FWD)' and 'Call forward rejected': the downstream server refused the recipient; "
                 "'Could not complete recipient callout': the downstream timed out; 'You cannot say you are me. I am "
                 "me.')")
SPAMASS = ("spamass-milter spamass.cpp (the default reject text 'Blocked by SpamAssassin', code 5.7.1; a Postfix "
           "log's 'milter-reject: END-OF-MESSAGE ... 5.7.1 Blocked by SpamAssassin' as collectors match it)")
RSPAMD_GTUBE = ("rspamd src/libmime/message.c (the GTUBE passthrough result's message 'Gtube pattern'), and a "
                "docker-mailserver rspamd test expecting 'milter-reject' with '5.7.1 Gtube pattern'")
RSPAMD_AV = ("docker-mailserver's rspamd test ('reject \"ClamAV FOUND VIRUS ...\"': rspamd's antivirus module's "
             "reject message, returned through the milter)")
NETH_DOMAIN = ("NethServer/nethserver-mail PR #132 (rspamd multimap FROM_DOMAINS_BLACKLIST: message 'Sender domain "
               "address rejected')")
AMAVIS = ("amavisd-new's reject reply as a public Postfix log quotes it, pastebin.com/wSSWWXrW ('554 5.7.0 Reject, "
          "id=52765-01 - spam' at end of DATA), and an Oracle Communications bounce quoting it, lore-inbox (554 'Reject, "
          "id=18169-17 - BAD_HEADER: Header field occurs more than once: \"Cc\" occurs 5 times', Status 5.6.0)")
MIMEDEFANG = ("MIMEDefang's stock mimedefang-filter ('Suggested minimum-protection filter for Microsoft Windows "
              "clients', Roaring Penguin: action_bounce(\"MIME type message/partial not accepted here\"), "
              "action_bounce(\"WARNING: Your email is being returned as SPAM.\") above a score of 10) and its "
              "website's snippets ('How can I use SpamAssassin to detect spam?': \"Message rejected as spam (score "
              "$hits)\"; the ClamAV one: \"Message rejected: virus detected ($category)\"); action_bounce answers "
              "554 5.7.1 unless told")
EXIM_SPAM = ("Exim specification, 'Content scanning at ACL time', the SpamAssassin example ACL ('deny message = This "
             "message scored $spam_score spam points.'), as Debian setup scripts copy it into acl_check_data")
ENEMIESLIST = ("schampeo/EnemieslistM4 EL_Check_Header_XMessageInfo.m4 (a Sendmail header check: '$#error $@ 5.7.1 $: "
               "\"554 B0RKENR Contact <x> if this is in error, but your message was rejected as spam; it appears to "
               "have been sent by laughably broken spam software.\"' and the BDHDXMI one, '... rejected as spam; it "
               "contains a suspicious header. (X-Message-Info)')")
SYMPA_447 = ("sympa-community/sympa issue #447 (a Postfix relay's own notice when its rspamd milter refused the "
             "outgoing copies: '<rcpt>: Spam message rejected', Status 5.7.1, 'Diagnostic-Code: X-Postfix; Spam "
             "message rejected', no Remote-MTA)")
PMG_SMTP = ("proxmox/pmg-api src/PMG/SMTP.pm (after DATA, a recipient the rule system blocked: '554 5.7.1 Rejected for "
            "policy reasons (<queue id>)' when 'Send NDR on Blocked E-Mails' (ndr_on_block) is set; a recipient "
            "left undelivered: '451 4.4.0 detected undelivered mail to <rcpt>')")
POSTINI = ("Google Postini help 140349 'Why are my outbound messages being bounced?' ('451 Cannot connect to domain:"
           "<d> - psmtp' while it retries; after six hours '550 MX records inaccessible for too long for domain:<d> - "
           "psmtp' or '550 MTA inaccessible for too long for domain:<d> - psmtp': the domain's MX lookup failed or no "
           "MX answered); snapblox.com KB 182 (its outbound queue servers are Postfix: 'This is the Postfix program at "
           "host exprod5mo4.postini.com')")
SOPHOS_CENTRAL = ("Sophos Central Email 'SMTP error codes' (docs.sophos.com .../EmailSecurity/SMTPErrorCodes: "
                  "XGEMAIL_0007 licence expired, 0010 not a protected domain, 0012 size, 0013 recipients of a large "
                  "message, 0015 the recipient's total inbound rate limit); the reply code and status written here")
HORNET_CODES = ("EveryCloud 'Workspace reason codes' (support.everycloudtech.com 4000039509: Hornetsecurity's own "
                "enhanced codes, as review 29's HORNET_CODES reads them), here in Exim's and Sendmail's bounces")
M365_QUARANTINE = ("MicrosoftDocs/defender-docs defender-office-365/quarantine-quarantine-notifications.md (the "
                   "quarantine notification a recipient gets, from quarantine@messaging.microsoft.com) and the words "
                   "as a helpdesk's ticket digest quotes them ('1 messages are being held for you to review as of ... "
                   "Review them within 15 days of the received date by going to the Quarantine page in the Security "
                   "Center.', 'Prevented high confidence phish messages')")

FORTI_MX = "fortimail.partner.example"
BARUWA_MX = "bastion.partner.example"
VIPRE_MX = "mx1.vipremail.example"
PMG_MX = "pmg.partner.example"
SOPHOS_MX = "mx-01-eu-central-1.prod.hydra.sophos.com"
HORNET_MX = "mx01.hornetsecurity.com"


# ---- layouts ------------------------------------------------------------------------------------------
def mailscanner(name: str, subject: str, paragraphs: str, *, to: str = LEAD) -> bytes:
    """MailScanner's report to the sender (reports/en/sender.*.report.txt): From the site's postmaster, its
    'X-<org>-MailScanner: generated' header, the opening line, the original's To/Subject/Date indented, then
    the template's paragraphs and its signature. No DSN part and no returned message."""
    opening, rest = paragraphs.split("\n", 1)
    return ('From: "Partner Co Postmaster" <postmaster@partner.example>\n'
            f"To: {SELLER}\nSubject: {subject}\nX-PartnerCo-MailScanner: generated\n"
            f"Message-ID: <ms48-{name}@mail.partner.example>\nDate: Thu, 3 Dec 2026 10:27:41 +0000\n"
            "X-Hand-Made: yes (MailScanner sender report layout)\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            f"{opening}\n  To: {to}\n  Subject: Quick question\n  Date: Thu Dec  3 10:27:28 2026\n{rest}\n\n"
            "-- \nMailScanner\nEmail Virus Scanner\nPartner Co\nwww.partner.example\n").encode()


def m365_quarantine(name: str, heading: str, sender: str, subject: str) -> bytes:
    """Microsoft 365's quarantine notification to a recipient of ours (our seller), about mail sent TO the seller
    and held: no bounce of anything we sent."""
    return ("From: Microsoft 365 Security <quarantine@messaging.microsoft.com>\n"
            f"To: {SELLER}\nSubject: Microsoft 365 security: You have messages in quarantine\n"
            f"Message-ID: <q48-{name}@AM6PR05MB1234.eurprd05.prod.outlook.com>\nDate: Sat, 26 Apr 2026 01:20:45 +0000\n"
            "X-Hand-Made: yes (Microsoft 365 quarantine notification layout)\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            "Review These Messages\n\n"
            "1 messages are being held for you to review as of 4/26/2026 1:20:45 AM (UTC).\n\n"
            "Review them within 15 days of the received date by going to the Quarantine page in the Security "
            f"Center.\n\n{heading}\n\nSender:  {sender}\nSubject:  {subject}\nDate:  4/25/2026 11:04:12 PM\n\n"
            "Review Message   Release   Block Sender\n\n"
            "You can also review your quarantined messages in the Microsoft Defender portal.\n").encode()


def soft(reasons: tuple = (), scope: str | None = ANY, delay: bool = False, address: str = LEAD) -> list[tuple]:
    return [(address, False, tuple(reasons), scope, delay)]


def hard(reasons: tuple = UNKNOWN, address: str = LEAD) -> list[tuple]:
    return [(address, True, tuple(reasons), R, False)]
