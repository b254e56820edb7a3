"""The forty-ninth review's whole notices: where one refusal ends and another begins (blocked,
badreputation, spamdetected, policyviolation, filtered, rejected, securityerror). Each entry is a
reply as its writer words it (a blocklist operator's own template as the receiving MTA fills it in,
a receiver's documented reply), the SMTP stage it is said at, and the reading the taxonomy
(shared/classifier/taxonomy.md) gives its WORDS, written before the classifier ran:

- our sending IP or host named as listed, refused, rate limited or of poor reputation: `blocked` or
  `badreputation`, scope sender (taxonomy: "the sending IP or HELO host was refused (blocklists)"),
  whatever the list's name says about spam and at whatever stage (a DNSBL checked at end of DATA
  is still about the IP);
- our sending DOMAIN listed (a right-hand-side list on the envelope sender or HELO): `blocked`,
  `badreputation` or `rejected`, scope sender;
- the message's content (a URI in the body on SURBL/URIBL/DBL/ivmURI, a content filter's verdict):
  `spamdetected` (scope not asserted: the taxonomy gives none);
- a recipient's own rules (a personal block list, accept-only-from lists): `filtered`, scope recipient;
- the envelope sender address itself refused: `rejected`, scope sender;
- a receiver's policy named without a cause: `policyviolation`.

Sisimai 5 (go-sisimai reason/why-*.go, code only) is an outside opinion: where it files a wording
elsewhere ("sender domain listed at" under spamdetected, "because the sender isn't on the
recipient's list of senders" under rejected) the taxonomy's reading is written and the row says so.
Every entry is laid out in one or more whole notices (review_notices35_layouts' builders: Postfix
bounce(8), Exim deliver.c, Sendmail's DSN, Gmail's and Exchange Online's own notices quoting the
remote reply; review 37's Postfix delay notice and Exim warning for 4xx forms). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices35_layouts import exim_remote, exo_remote, gm_remote, pf14, sm_remote
from tests.classifier.review_notices37_layouts import DELAY_LEAD, exim_warning, qmail_notice

S, R, ANY = "sender", "recipient", None
IP = "192.0.2.7"
BL = ("blocked",)
BLR = ("blocked", "badreputation")
RATE_IP = ("blocked", "badreputation", "speeding")
DOM = ("blocked", "badreputation", "rejected")
SPAM = ("spamdetected",)
POL = ("policyviolation",)
FILT = ("filtered",)
REJ = ("rejected",)
AUTH = ("authfailure",)
SEC = ("securityerror",)

# ---- sources ----------------------------------------------------------------------------------------
PF_RBL = ("Postfix src/smtpd/smtpd_check.c default_rbl_reply ('$rbl_code Service unavailable; $rbl_class [$rbl_what] "
          "blocked using $rbl_domain${rbl_reason?; $rbl_reason}'; rbl_class 'Client host', 'Sender address', 'Helo "
          "command'; postconf(5) default_rbl_reply, rbl_reply_maps)")
SH_ZEN = ("Spamhaus 'Listed by Spamhaus? Here's what to do' (spamhaus.org/lookup.lasso: 'A typical reject message ... "
          "550 5.7.1 Email rejected because 1.2.3.4 is listed by zen.spamhaus.org'); Spamhaus FAQ 'DNSBL usage' "
          "(ZEN = SBL + XBL + CSS + PBL, IP lists; DBL a domain list for URLs and the right-hand side of addresses)")
SH_DBL = ("Spamhaus FAQ 'DNSBL usage' / 'Domain Blocklist (DBL)': the DBL lists domains, used on URLs in the body or as "
          "a right-hand-side list on addresses; the ZRD lists newly registered zero-reputation domains")
HARAKA_DBL = ("haraka-plugin-uribl issue 2 and analogic/mailserver issue 1003 (Haraka's uribl plugin: '<domain> listed "
              "in dbl.spamhaus.org; see http://www.spamhaus.org/query/dbl?domain=<domain>' at MAIL FROM and at the "
              "rDNS hook)")
EXIM_BL = ("Exim src/src/configure.default ('rejected because $sender_host_address is in a black list at "
           "$dnslist_domain\\n$dnslist_text')")
SM_BL = "Sendmail cf/README FEATURE(`dnsbl') (default reply 'Rejected: $&{client_addr} listed at <list>')"
SPAMCOP = "SpamCop blocking list FAQ (spamcop.net/bl.shtml: 'Blocked - see https://www.spamcop.net/bl.shtml?<ip>')"
BRBL = ("Barracuda Central BRBL usage and the bounces hosts quote (tig.csail.mit.edu 'EmailBlockedByBarracuda': '554 "
        "Service unavailable; Client host [...] blocked using Barracuda Reputation;' after end of data; luxsci.com "
        "'Why does my email server appear to be blacklisted by Barracuda?')")
SORBS = ("SORBS lookup texts as DNSBL replies carry them ('Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?"
         "<ip>', 'Dynamic IP Addresses See: ...'); go-sisimai reason/why-blocked.go 'currently sending spam see: '")
UCE = ("UCEPROTECT-Network rblcheck texts ('IP <ip> is UCEPROTECT-Level1 listed', 'Your ISP AS<n> is UCEPROTECT-Level3 "
       "listed for hosting a total of <n> abusers'), as Postfix's $rbl_reason carries them")
IVM = ("invaluement.com 'ivmSIP', 'ivmSIP/24' (sending IPs) and 'ivmURI' (domains in the message body) lists, a DNSBL "
       "reply as Postfix writes it (weak: the list's own reply text)")
ABUSIX = ("Abusix Mail Intelligence combined.mail.abusix.zone (IPs) and dblack.mail.abusix.zone (domains in the body), "
          "lookup.abusix.com (weak: the reply's words are the MTA's template)")
MSPIKE = "Mailspike bl.mailspike.net / rep.mailspike.net (IP reputation zones; weak: reply from the MTA's template)"
SURBL = ("surbl.org FAQ ('SURBLs list domains found in spam message body URIs ... generally should not be used in places "
         "where other RBLs are used'); simplefastwebsites.com 'SURBL / URIBL listed' ('550 5.7.1 Message contains a "
         "blacklisted URL'); go-sisimai why-spamdetected.go 'blacklisted url in message', 'your email breaches local "
         "uribl policy'")
MS_S3140 = ("Outlook.com's block-list reply as senders' logs quote it (pastebin.com/3Peq5x5F, rwzHX08U, uFD81FD2: "
            "'550 5.7.1 Unfortunately, messages from [ip] weren't sent. Please contact your Internet service provider "
            "since part of their network is on our block list (S3140)'; the older 'SC-001' form: pastebin dDQSj00E)")
MS_606 = ("Microsoft Learn 'Email non-delivery reports in Exchange Online' (5.7.606-5.7.649 'Access denied, banned "
          "sending IP [IP]', delist at sender.office.com); the reply as pastebin.com/EH1TUb0X and JxYau839 log it")
MS_650 = ("Microsoft's 4.7.650 IP-reputation deferral (sisimai issue 469: '451 4.7.650 The mail server [ip] has been "
          "temporarily rate limited due to IP reputation'; go-sisimai why-badreputation.go)")
MS_NDR = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (5.7.501-503 'Access denied, "
          "spam abuse detected', 5.7.705 'tenant has exceeded threshold', 5.7.708 'traffic not accepted from this IP', "
          "5.7.750 'Client blocked from sending from unregistered domains', 5.7.511 'banned sender', 5.7.509 DMARC "
          "reject; RESOLVER.RST.* group restrictions)")
MS_SPAMHAUS = ("Exchange Online Protection's Spamhaus replies as senders quote them (pastebin.com/wCbAn5ZX, xuQckw3r: "
               "'Client host [ip] blocked using Spamhaus'; e-com-net.com 1935771633256034304: 'MailFrom domain is listed "
               "in Spamhaus')")
MS_EXCH = ("Exchange Server content filter agent default RejectionResponse ('Message rejected as spam by Content "
           "Filtering.', Set-ContentFilterConfig) and RP-001 rate replies (pastebin.com/dW4JrGn7)")
G_SMTP = "Google Workspace Admin Help 3726730 'Gmail SMTP errors and codes'"
G_IP = ("Gmail's UnsolicitedIPError / UnsolicitedRateLimitError replies as senders' logs quote them (pastebin.com/"
        "SWVXknth, 6UPQYvjk, 6G7q8H39; gist cwage/8530279); " + G_SMTP)
G_MSG = ("Gmail's UnsolicitedMessageError reply (pastebin.com/zR4GN1WR, QMgHVbsB, 9k5apkKk); " + G_SMTP)
G_REP = ("Gmail's low-reputation replies ('suspicious due to the very low reputation of the sending domain / IP "
         "address'; go-sisimai why-badreputation.go 'likely suspicious due to the very low reputation'); " + G_SMTP)
YAHOO = ("Yahoo Sender Hub 'SMTP error codes' (TSS04/TS01 deferred due to user complaints, TS03/TSS06/TSS09 'will be "
         "permanently deferred', PH01 'not accepted for policy reasons', BL21 Spamhaus); senders' logs as pastebin.com/"
         "kMhgK90J, cr3HpBFj, XUBwTvbV, G3eHHHMA quote them")
AOL = ("go-sisimai why-filtered.go / why-policyviolation.go (AOL Phoenix: 'recipient is only accepting mail from "
       "specific email addresses', 'because the recipient is not accepting mail with ')")
APPLE = ("Apple Support HT204137 'If your email to iCloud is rejected' (CS01, HM08 'Message rejected due to local "
         "policy'); iCloud's Proofpoint block reply (go-sisimai / p5 Blocked.pm 'Blocked - see https://support."
         "proofpoint.com/dnsbl-lookup.cgi?ip=')")
COMCAST = ("Comcast postmaster 'SMTP error codes' BL000000 'Comcast block for spam', BL000010 'found on one or more "
           "DNSBLs' (pastebin.com/VQBiZTRb quotes the greeting refusal; BL000010's words weak)")
ORANGE = ("Orange's greeting and data replies (go-sisimai why-blocked.go 'veuillez essayer plus tard. service refused, "
          "please try later.' with 103 / 510; why-spamdetected.go 'mail rejete. mail rejected.' with 506); "
          "classifier/remote/orange.py reads the tags")
FREE = ("Free.fr postmaster ('421 Too many spams from your IP (<ip>), please visit "
        "http://postmaster.free.fr/'; go-sisimai why-blocked.go 'too many spams from your ip')")
GMX = ("GMX / WEB.DE / 1&1 postmaster error pages ('Reject due to policy restrictions', 'IP address is black listed', "
       "'Bad DNS PTR resource record'; pastebin.com/0BCS3rhM and syADHViD quote the 'refused to talk to me' form)")
TONLINE = ("T-Online's greeting refusal as pastebin.com/sSR9QSuC and VqKAgV9K quote it ('554 IP=<ip> - A problem "
           "occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)'; the [EAB] 450 "
           "form); its content refusal (pastebin.com/K7d7LNwn: 'Message considered as spam or virus, rejected'); "
           "go-sisimai why-badreputation.go 'none/bad reputation' (t-online.de)")
TREND = ("Trend Micro Email Reputation Services RBL+ reply ('Mail from <ip> blocked using Trend Micro RBL+. "
         "Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=<ip>'; weak)")
TALOS = ("Cisco Secure Email (IronPort) HAT reply for poor SenderBase/Talos reputation (pastebin.com/J4q2KYX2: 'your "
         "access to this mail system has been rejected due to the sending MTA poor reputation'); go-sisimai "
         "why-badreputation.go 'the sending mta's poor reputation'")
CLOUDMARK = ("Cloudmark-filtered greeting (pastebin.com/AtB74KCf: 'IP: <ip>, You are not allowed to send mail. "
             "Please see http://csi.cloudmark.com/reset-request/?ip=<ip>')")
ASE = ("Hornetsecurity/antispameurope reply (pastebin.com/YvH8wVdW: '554 5.5.4 Your IP <ip> address has a "
       "bad reputation. To unblock visit http://cloud-security.net/unblock?...')")
SIS469 = "sisimai issue 469 ('554 IP address <ip> rejected [IP reputation fail]' read as badreputation)"
EARTHLINK = "EarthLink's block reply (pastebin.com/mt8MbFRM: '550 IP <ip> is blocked by EarthLink. Go to earthlink.net/block for details.')"
MIMECAST = ("Mimecast 'SMTP error codes' (community.mimecast.com DOC-1369 as hosts' pages quote it: 'Envelope blocked - "
            "User Entry' a user's personal block list, 'Envelope blocked - Policy Entry' an administrator's blocked "
            "senders policy, 'Email rejected due to security policies'; weak: the page is not in the stored corpora)")
SIS_FILT = ("go-sisimai reason/why-filtered.go ('message rejected due to user rules', 'you have been blocked by the "
            "recipient', 'user refuses to receive this mail', 'refused due to recipient preferences' (Facebook))")
SIS_REJ = ("go-sisimai reason/why-rejected.go ('sender address has been blacklisted', 'sender is in my black list', "
           "'because the sender isn't on the recipient's list of senders to accept mail from'); Postfix smtpd_check.c "
           "check_sender_access ('Sender address rejected: Access denied'); qmail-smtpd badmailfrom ('553 sorry, your "
           "envelope sender is in my badmailfrom list (#5.7.1)', pastebin.com/nHtbDeyx)")
SIS_POL = ("go-sisimai reason/why-policyviolation.go ('message rejected due to local policy', 'email not accepted for "
           "policy reasons', 'denied by policy', 'local policy violation', 'we do not accept messages containing images "
           "or other attachments', 'this message was blocked because its content presents a potential'); '550 Denied by "
           "policy' after end of data (pastebin.com/XDGKXFaj)")
SIS_SPAM = ("go-sisimai reason/why-spamdetected.go ('the mail server detected your message as spam and has prevented "
            "delivery.' (cPanel/Exim with SpamAssassin), '554 5.7.0 reject, id=', ' - spam', 'spam message rejected.' "
            "(mail.ru), 'sender domain listed at ', 'spam blocked')")
SIS_BLOCK = ("go-sisimai reason/why-blocked.go ('you are sending spam', 'sorry, your remotehost looks suspiciously like "
             "spammer', 'your network is temporary blacklisted', 'your ip address is listed in the rbl', 'mail server "
             "at ... is blocked', 'message from ... rejected based on blacklist', 'server ip ... listed as abusive', "
             "'the ip ... is blacklisted', 'the domain ... is blacklisted')")
SIS_SEC = ("go-sisimai reason/why-securityerror.go ('unauthenticated senders not allowed', 'recipient address rejected: "
           "access denied'); RFC 3207 ('530 Must issue a STARTTLS command first'); Microsoft Learn 5.7.57")

_LAYOUT = {"pf": pf14, "exim": exim_remote, "sm": sm_remote}
_DELAYED = ("pfd", "exw", "msd")


def _notice(name: str, layout: str, reply: str, status: str, command: str | None) -> bytes:
    if layout == "pf" and command == "CONN":  # Postfix: "host %s refused to talk to me: %s" (smtp_proto.c)
        return relayed(reply, status=status, command="CONN", action="failed")
    if layout in ("msd", "msf"):  # Postfix's report of an Exchange Online MX's reply, delayed or given up
        return relayed(reply, status=status, command=command, remote="contoso-com.mail.protection.outlook.com",
                       action="delayed" if layout == "msd" else "failed")
    if layout in _LAYOUT:
        if layout == "sm":
            return sm_remote(name, reply.replace(" 550-", "\n550-").replace(" 421-", "\n421-"), status, command or "RCPT")
        return _LAYOUT[layout](name, reply, status, command or "RCPT") if layout == "pf" else \
            exim_remote(name, reply, command or "RCPT")
    if layout == "gm":
        return gm_remote(reply, status)
    if layout == "exo":
        return exo_remote(reply, status)
    if layout == "own":  # Exchange Online's own NDR, no remote server: our tenant refused to send
        return exo_remote(reply, status, remote=None)
    if layout == "pfd":  # Postfix's delay notice (an RFC 3464 report, Action: delayed)
        return relayed(reply, status=status, command=command, action="delayed")
    if layout == "pff":  # the same report given up (Action: failed) on a 4xx reply
        return relayed(reply, status=status, command=command, action="failed")
    if layout == "exw":
        return exim_warning(name, reply, status)
    if layout == "qm":
        return qmail_notice(name, reply)
    raise ValueError(layout)


def expand(entries) -> list[tuple]:
    """Each entry (key, source, reply, status, stage, layouts, reasons, scope) as one row per layout."""
    rows = []
    for key, source, reply, status, command, layouts, reasons, scope in entries:
        for layout in layouts.split():
            name = f"{key}-{layout}"
            address = DELAY_LEAD if layout == "exw" else LEAD
            delay = layout in _DELAYED
            rows.append((name, source, _notice(name, layout, reply, status, command),
                         [(address, False, reasons, scope, delay)]))
    return rows


SH_IP = f"https://www.spamhaus.org/query/ip/{IP}"
GM_IP_BLOCKED = (f"550-5.7.1 [{IP} 1] Our system has detected an unusual rate of 550-5.7.1 unsolicited mail originating "
                 "from your IP address. To protect our 550-5.7.1 users from spam, mail sent from your IP address has been "
                 "blocked. 550-5.7.1 Please visit 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedIPError to "
                 "review our 550 5.7.1 Bulk Email Senders Guidelines. s25si6573124wmj.54 - gsmtp")
GM_IP_RATE = (f"421-4.7.0 [{IP} 15] Our system has detected an unusual rate of 421-4.7.0 unsolicited mail originating "
              "from your IP address. To protect our 421-4.7.0 users from spam, mail sent from your IP address has been "
              "temporarily 421-4.7.0 rate limited. Please visit 421-4.7.0 https://support.google.com/mail/?p="
              "UnsolicitedRateLimitError to 421 4.7.0 review our Bulk Email Senders Guidelines. p4si3522070uam.9 - gsmtp")
MS_3140 = (f"550 5.7.1 Unfortunately, messages from [{IP}] weren't sent. Please contact your Internet service provider "
           "since part of their network is on our block list (S3140). You can also refer your provider to "
           "http://mail.live.com/mail/troubleshooting.aspx#errors. [DB3EUR04FT003.eop-eur04.prod.protection.outlook.com]")
MS_606_REPLY = (f"550 5.7.606 Access denied, banned sending IP [{IP}]. To request removal from this list please visit "
                "https://sender.office.com/ and follow the directions. For more information please go to "
                "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)")

# (key, source, reply, status, stage, layouts, reasons, scope)
BLOCKLISTS = [
    ("zen-rcpt", PF_RBL + "; " + SH_ZEN, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     f"zen.spamhaus.org; {SH_IP}", "5.7.1", "RCPT", "pf exim sm", BL, S),
    ("sbl-at-data", PF_RBL + " in smtpd_data_restrictions; " + SH_ZEN, f"554 5.7.1 Service unavailable; Client host "
     f"[{IP}] blocked using zen.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL612345", "5.7.1", "DATA",
     "pf exim", BL, S),
    ("exim-black-list", EXIM_BL + "; " + SH_ZEN, f"550-rejected because {IP} is in a black list at zen.spamhaus.org "
     f"550 {SH_IP}", "5.0.0", "RCPT", "pf exim", BL, S),
    ("spamhaus-typical", SH_ZEN, f"550 5.7.1 Email rejected because {IP} is listed by zen.spamhaus.org", "5.7.1",
     "RCPT", "pf gm exo", BL, S),
    ("gmail-ip-not-authorized", G_SMTP + " ('The IP you're using to send mail is not authorized to send email directly "
     "to our servers. Please use the SMTP relay at your service provider instead.', the PBL's case)",
     f"550-5.7.1 [{IP}] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our "
     "servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. Learn more at 550 5.7.1 "
     "https://support.google.com/mail/?p=NotAuthorizedError x12si1234567wmj.1 - gsmtp", "5.7.1", "RCPT",
     "pf exim", BL, S),
    ("dbl-sender", PF_RBL + " (reject_rhsbl_sender); " + SH_DBL, "554 5.7.1 Service unavailable; Sender address "
     "[seller@example.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com", "5.7.1",
     "RCPT", "pf exim", DOM, S),
    ("dbl-helo", PF_RBL + " (reject_rhsbl_helo); " + SH_DBL, "554 5.7.1 Service unavailable; Helo command "
     "[mail.example.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/mail.example.com",
     "5.7.1", "RCPT", "pf sm", DOM, S),
    ("zrd-sender", PF_RBL + " (reject_rhsbl_sender on the ZRD zone); " + SH_DBL, "554 5.7.1 Service unavailable; "
     "Sender address [seller@example.com] blocked using zrd.dq.spamhaus.net; Zero Reputation Domain", "5.7.1", "RCPT",
     "pf", DOM, S),
    ("haraka-dbl-mail", HARAKA_DBL, "550 example.com listed in dbl.spamhaus.org; see http://www.spamhaus.org/query/"
     "dbl?domain=example.com", "5.0.0", "MAIL", "pf exim", DOM, S),
    ("haraka-dbl-rdns", HARAKA_DBL, "550 mail.example.com listed in dbl.spamhaus.org; see http://www.spamhaus.org/"
     "query/dbl?domain=mail.example.com", "5.0.0", "CONN", "pf exim", DOM, S),
    ("ms-mailfrom-domain-spamhaus", MS_SPAMHAUS, "550 5.7.1 Service unavailable, MailFrom domain is listed in "
     "Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (S8002) "
     "[BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]", "5.7.1", "MAIL", "pf exim gm", DOM, S),
    ("ms-client-host-spamhaus", MS_SPAMHAUS, f"550 5.7.1 Service unavailable, Client host [{IP}] blocked using "
     f"Spamhaus. To request removal from this list see {SH_IP} AS(1450) "
     "[DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]", "5.7.1", "RCPT", "pf exo gm", BL, S),
    ("sender-domain-listed-at", SIS_SPAM + " — Sisimai reads it spamdetected; the taxonomy: our domain listed",
     "554 5.7.1 Rejected: sender domain listed at dbl.spamhaus.org", "5.7.1", "RCPT", "pf exim", DOM, S),
    ("sender-domain-listed-at-data", SIS_SPAM + " — the same words at end of DATA", "554 5.7.1 Rejected: sender domain "
     "listed at dbl.spamhaus.org", "5.7.1", "DATA", "pf", DOM, S),
    ("spamcop-rcpt", PF_RBL + "; " + SPAMCOP, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     f"bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?{IP}", "5.7.1", "RCPT", "pf exim sm", BL, S),
    ("spamcop-data", PF_RBL + " in smtpd_data_restrictions; " + SPAMCOP, f"554 5.7.1 Service unavailable; Client host "
     f"[{IP}] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?{IP}", "5.7.1", "DATA",
     "pf exim", BL, S),
    ("sendmail-dnsbl-spamcop", SM_BL + "; " + SPAMCOP, f"550 5.7.1 Rejected: {IP} listed at bl.spamcop.net", "5.7.1",
     "RCPT", "sm pf", BL, S),
    ("brbl-at-data", BRBL, f"554 Service unavailable; Client host [{IP}] blocked using Barracuda Reputation; "
     f"http://www.barracudanetworks.com/reputation/?pr=1&ip={IP}", "5.0.0", "DATA", "exim sm pf", BL, S),
    ("brbl-zone", PF_RBL + "; " + BRBL, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     f"b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip={IP}", "5.7.1", "RCPT", "pf gm",
     BL, S),
    ("sorbs-spam", PF_RBL + "; " + SORBS, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     f"dnsbl.sorbs.net; Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?{IP}", "5.7.1", "RCPT",
     "pf exim gm", BL, S),
    ("sorbs-dul", PF_RBL + "; " + SORBS, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     f"dul.dnsbl.sorbs.net; Dynamic IP Addresses See: http://www.sorbs.net/lookup.shtml?{IP}", "5.7.1", "RCPT",
     "pf exo", BL, S),
    ("uceprotect-l1", PF_RBL + "; " + UCE, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     f"dnsbl-1.uceprotect.net; IP {IP} is UCEPROTECT-Level1 listed. See http://www.uceprotect.net/rblcheck.php?ipr={IP}",
     "5.7.1", "RCPT", "pf exim", BL, S),
    ("uceprotect-l3", PF_RBL + "; " + UCE, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     "dnsbl-3.uceprotect.net; Your ISP AS64500 is UCEPROTECT-Level3 listed for hosting a total of 412 abusers. See: "
     "http://www.uceprotect.net/rblcheck.php?asn=64500", "5.7.1", "RCPT", "pf sm", BL, S),
    ("ivmsip", PF_RBL + "; " + IVM, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using ivmSIP; see "
     f"https://www.invaluement.com/lookup/?item={IP}", "5.7.1", "RCPT", "pf exim", BL, S),
    ("ivmsip24", PF_RBL + "; " + IVM, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using ivmSIP/24",
     "5.7.1", "RCPT", "pf", BL, S),
    ("abusix", PF_RBL + "; " + ABUSIX, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     f"combined.mail.abusix.zone; https://lookup.abusix.com/search?q={IP}", "5.7.1", "RCPT", "pf exim", BL, S),
    ("mailspike-bl", PF_RBL + "; " + MSPIKE, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     "bl.mailspike.net; https://mailspike.org/iplookup.html", "5.7.1", "RCPT", "pf exim", BL, S),
    ("mailspike-rep", PF_RBL + "; " + MSPIKE, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     "rep.mailspike.net; Poor reputation", "5.7.1", "RCPT", "pf", BLR, S),
    ("trend-rblplus", TREND, f"550 5.7.1 Mail from {IP} blocked using Trend Micro RBL+. Please see "
     f"http://www.mail-abuse.com/cgi-bin/lookup?ip_address={IP}", "5.7.1", "RCPT", "pf exim", BL, S),
    ("earthlink-ip", EARTHLINK, f"550 IP {IP} is blocked by EarthLink. Go to earthlink.net/block for details.",
     "5.0.0", "MAIL", "pf", BL, S),
    ("rbl-4xx-delay", PF_RBL + " (a 4xx rbl_reply_maps entry)", f"450 4.7.1 Service unavailable; Client host [{IP}] "
     f"blocked using zen.spamhaus.org; {SH_IP}", "4.7.1", "RCPT", "pfd exw", BL, S),
]

CONTENT = [
    ("dbl-body-url", SH_DBL + " (a content filter on a body URL; reply wording weak)", "554 5.7.1 Message rejected: "
     "URL in message body listed in dbl.spamhaus.org", "5.7.1", "DATA", "pf exim", SPAM, ANY),
    ("ivmuri", IVM, "550 5.7.1 Message rejected: a domain in the message body is listed on ivmURI", "5.7.1", "DATA",
     "pf exim", SPAM, ANY),
    ("abusix-dblack", ABUSIX, "554 5.7.1 Message rejected: body contains a domain listed in dblack.mail.abusix.zone",
     "5.7.1", "DATA", "pf", SPAM, ANY),
    ("surbl-body", SURBL, "554 5.7.1 Message rejected: URL in message body is listed on multi.surbl.org", "5.7.1",
     "DATA", "pf exim gm", SPAM, ANY),
    ("uribl-body", SURBL, "550 5.7.1 Rejected: message body contains a blacklisted URL (multi.uribl.com)", "5.7.1",
     "DATA", "pf sm", SPAM, ANY),
    ("blacklisted-url", SURBL, "550 5.7.1 Blacklisted URL in message. (multi.surbl.org)", "5.7.1", "DATA", "exim",
     SPAM, ANY),
    ("uribl-policy", SURBL, "550 5.7.1 Your email breaches local URIBL policy.", "5.7.1", "DATA", "pf", SPAM, ANY),
    ("gmail-unsolicited-message", G_MSG, f"550-5.7.1 [{IP} 12] Our system has detected that this message is 550-5.7.1 "
     "likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. "
     "Please visit 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1 for more "
     "information. h52si12217192ede.134 - gsmtp", "5.7.1", "DATA", "pf exim sm", SPAM, ANY),
    ("gmail-suspicious-links-4xx", G_SMTP + " (421 4.7.0 'suspicious due to the nature of the content and/or the "
     "links within')", f"421-4.7.0 [{IP} 15] Our system has detected that this message is 421-4.7.0 suspicious due to "
     "the nature of the content and/or the links within. 421-4.7.0 To best protect our users from spam, the message "
     "has been blocked. 421-4.7.0 Please visit https://support.google.com/mail/answer/188131 for more information.",
     "4.7.0", "DATA", "pfd pff", SPAM, ANY),
    ("exchange-content-filter", MS_EXCH, "550 5.7.1 Message rejected as spam by Content Filtering.", "5.7.1", "DATA",
     "pf exim sm", SPAM, ANY),
    ("cpanel-spamassassin", SIS_SPAM, "550 The mail server detected your message as spam and has prevented delivery.",
     "5.0.0", "DATA", "exim pf", SPAM, ANY),
    ("amavis-reject-id", SIS_SPAM, "554 5.7.0 Reject, id=12345-01 - spam", "5.7.0", "DATA", "pf sm", SPAM, ANY),
    ("mailru-spam-message", SIS_SPAM, "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/"
     "id?c=abc123 or report details to abuse@corp.mail.ru. Error code: 1A2B3C.", "5.0.0", "DATA", "pf", SPAM, ANY),
    ("tonline-spam-or-virus", TONLINE, f"550-5.7.0 Message considered as spam or virus, rejected 550-5.7.0 Your IP: {IP} "
     "550-5.7.0 Mailhost: mailin65.aul.t-online.de 550-5.7.0 Your message has been rejected due to spam or virus "
     "classification.", "5.7.0", "DATA", "pf exim", ("spamdetected", "virusdetected"), ANY),
    ("orange-ofr506", ORANGE, "550 5.7.1 mwinf5c22 ME Mail rejete. Mail rejected. OFR_506 [506]", "5.7.1", "DATA",
     "pf exim", SPAM, ANY),
]

REPUTATION = [
    ("ms-s3140", MS_S3140, MS_3140, "5.7.1", "MAIL", "pf exim gm exo", BL, S),
    ("ms-s3150", MS_S3140, MS_3140.replace("S3140", "S3150"), "5.7.1", "MAIL", "sm pf", BL, S),
    ("ms-sc001", MS_S3140, f"550 SC-001 (BAY004-MC2F37) Unfortunately, messages from {IP} weren't sent. Please contact "
     "your Internet service provider since part of their network is on our block list. You can also refer your "
     "provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", "5.0.0", "MAIL", "pf exim", BL, S),
    ("ms-5.7.606", MS_606, MS_606_REPLY, "5.7.606", "RCPT", "pf exim gm exo", BL, S),
    ("ms-5.7.643", MS_606, MS_606_REPLY.replace("5.7.606", "5.7.643"), "5.7.643", "RCPT", "pf", BL, S),
    ("ms-4.7.650", MS_650, f"451 4.7.650 The mail server [{IP}] has been temporarily rate limited due to IP "
     "reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter "
     "Agent][AGT=PFA][MxId=11BB1CDBE7E69AB1]", "4.7.650", "MAIL", "pfd exw pff", ("badreputation", "blocked"), S),
    ("ms-4.7.500-busy", MS_NDR + " (4.7.500-699 'Access denied, please try again later')", f"451 4.7.500 Server busy. "
     f"Please try again later from [{IP}]. (S77719) [Name=Protocol Filter Agent][AGT=PFA]", "4.7.500", "RCPT",
     "msd msf", ("blocked", "badreputation", "speeding", "toomanyconn"), S),
    ("ms-rp001", MS_EXCH, f"421 RP-001 (SNT0-MC2-F19) Unfortunately, some messages from {IP} weren't sent. Please try "
     "again. We have limits for how many messages can be sent per hour and per day. You can also refer to "
     "http://mail.live.com/mail/troubleshooting.aspx#errors.", "4.0.0", "MAIL", "pfd exw", ("speeding", "blocked"), S),
    ("ms-5.7.511", MS_NDR, f"550 5.7.511 Access denied, banned sender[{IP}]. To request removal from this list, "
     "forward this message to delist@microsoft.com. For more information please go to "
     "http://go.microsoft.com/fwlink/?LinkId=526653.", "5.7.511", "MAIL", "pf exo", DOM, S),
    ("gmail-ip-blocked", G_IP, GM_IP_BLOCKED, "5.7.1", "DATA", "pf exim gm exo", BLR, S),
    ("gmail-ip-rate-limited", G_IP, GM_IP_RATE, "4.7.0", "DATA", "pfd exw qm", RATE_IP, S),
    ("gmail-ip-rate-4.7.28", G_IP + " (the 4.7.28 form Gmail writes since 2019)", GM_IP_RATE.replace("4.7.0",
     "4.7.28"), "4.7.28", "DATA", "pfd pff", RATE_IP, S),
    ("gmail-ip-blocked-5.7.28", G_IP + " (the 5.7.28 form)", GM_IP_BLOCKED.replace("5.7.1", "5.7.28"), "5.7.28",
     "DATA", "pf exim", BLR, S),
    ("gmail-low-rep-domain", G_REP, f"550-5.7.1 [{IP} 12] Our system has detected that this message is 550-5.7.1 "
     "likely suspicious due to the very low reputation of the sending 550-5.7.1 domain. To best protect our users "
     "from spam, the message has been 550-5.7.1 blocked. Please visit 550 5.7.1 https://support.google.com/mail/"
     "answer/188131 for more information.", "5.7.1", "DATA", "pf exim gm", ("badreputation", "blocked"), S),
    ("gmail-low-rep-ip-4xx", G_REP, f"421-4.7.0 [{IP} 15] Our system has detected that this message is 421-4.7.0 "
     "suspicious due to the very low reputation of the sending IP address. 421-4.7.0 To best protect our users from "
     "spam, the message has been blocked. 421-4.7.0 Please visit https://support.google.com/mail/answer/188131 for "
     "more information.", "4.7.0", "DATA", "pfd exw", ("badreputation", "blocked"), S),
    ("yahoo-tss04", YAHOO, f"421 4.7.0 [TSS04] Messages from {IP} temporarily deferred due to unexpected volume or "
     "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", "4.7.0", "MAIL", "pfd exw qm",
     BLR, S),
    ("yahoo-ts01-greeting", YAHOO, f"421 4.7.0 [TS01] Messages from {IP} temporarily deferred due to user complaints - "
     "4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html", "4.7.0", "CONN", "pfd pff", BLR, S),
    ("yahoo-ts03", YAHOO, f"421 4.7.1 [TS03] All messages from {IP} will be permanently deferred; Retrying will NOT "
     "succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html", "4.7.1", "MAIL", "pfd pff exim", BLR, S),
    ("yahoo-tss06", YAHOO, f"553 5.7.2 [TSS06] All messages from {IP} will be permanently deferred; Retrying will NOT "
     "succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html", "5.7.2", "MAIL", "pf exim", BLR, S),
    ("yahoo-tss09", YAHOO, f"421 4.7.0 [TSS09] All messages from {IP} will be permanently deferred; Retrying will NOT "
     "succeed. See https://postmaster.yahooinc.com/error-codes", "4.7.0", "MAIL", "pfd", BLR, S),
    ("yahoo-bl21", YAHOO, f"553 5.7.1 [BL21] Connections will not be accepted from {IP}, because the ip is in "
     "Spamhaus's list; see https://postmaster.yahooinc.com/error-codes", "5.7.1", "CONN", "pf exim", BL, S),
    ("aol-tss04", YAHOO + " (AOL's MX is Yahoo's: mx-aol.mail.gm0.yahoodns.net)", f"421 4.7.0 [TSS04] Messages from "
     f"{IP} temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/"
     "SLN3434.html", "4.7.0", "MAIL", "pfd", BLR, S),
    ("apple-proofpoint", APPLE, f"550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip={IP}",
     "5.7.0", "RCPT", "pf exim gm", BL, S),
    ("comcast-bl000000", COMCAST, f"554 resimta-po-09v.sys.comcast.net comcast {IP} Comcast block for spam. Please see "
     "http://postmaster.comcast.net/smtp-error-codes.php#BL000000", "5.0.0", "CONN", "pf exim", BL, S),
    ("comcast-bl000010", COMCAST, f"554 resimta-ch2-18v.sys.comcast.net comcast {IP} found on one or more DNSBLs, see "
     "http://postmaster.comcast.net/smtp-error-codes.php#BL000010", "5.0.0", "CONN", "pf sm", BL, S),
    ("orange-ofr103", ORANGE, "421 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. service refused, please "
     "try later. OFR004_103 [103]", "4.0.0", "CONN", "pfd pff", BL, S),
    ("orange-ofr510", ORANGE, "554 mwinf5d25 ME Service refuse. Veuillez essayer plus tard. service refused, please "
     "try later. OFR_999 [510]", "5.0.0", "CONN", "pf", BL, S),
    ("free-too-many-spams", FREE, f"421 Too many spams from your IP ({IP}), please visit http://postmaster.free.fr/",
     "4.0.0", "CONN", "pfd exim", BL, S),
    ("gmx-policy", GMX, "554-gmx.net (mxgmx017) Nemesis ESMTP Service not available 554-No SMTP service 554-Reject due "
     f"to policy restrictions. 554 For explanation visit https://postmaster.gmx.net/en/case?c=hi&i=ip&v={IP}&r=1MzQkx",
     "5.0.0", "CONN", "pf exim", BL, S),
    ("gmx-policy-mail", GMX, "550-Requested action not taken: mailbox unavailable 550-Reject due to policy "
     f"restrictions. 550 For explanation visit http://postmaster.1and1.com/en/error-messages?ip={IP}&c=poli", "5.0.0",
     "MAIL", "pf", BL, S),
    ("gmx-black-listed", GMX, "554-mail.gmx.net (mxgmx116) Nemesis ESMTP Service not available 554-No SMTP service "
     f"554-IP address is black listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0701&i=ip&v={IP}",
     "5.0.0", "CONN", "pf", BL, S),
    ("webde-bad-ptr", GMX, "554-web.de (mxweb112) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS "
     f"PTR resource record. 554 For explanation visit https://postmaster.web.de/en/case?c=hi&i=ip&v={IP}", "5.0.0",
     "CONN", "pf", ("requireptr", "blocked"), S),
    ("tonline-bl", TONLINE, f"554 IP={IP} - A problem occurred. (Ask your postmaster for help or to contact "
     "tosa@rx.t-online.de to clarify.) (BL)", "5.0.0", "CONN", "pf exim", BL, S),
    ("tonline-eab-450", TONLINE, f"450 4.7.1 [EAB] 554 IP={IP} - A problem occurred. (Ask your postmaster for help or "
     "to contact tosa@rx.t-online.de to clarify.) (BL)", "4.7.1", "CONN", "pfd pff", BL, S),
    ("tonline-bad-reputation", TONLINE + " (the reputation form's words weak)", f"554 IP={IP} - none/bad reputation. "
     "(Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (RP)", "5.0.0", "CONN", "pf",
     ("badreputation", "blocked"), S),
    ("talos-poor-reputation", TALOS, "554 Your access to this mail system has been rejected due to the sending MTA's "
     "poor reputation. If you believe that this failure is in error, please contact the intended recipient via "
     "alternate means.", "5.0.0", "CONN", "pf exim gm", ("badreputation", "blocked"), S),
    ("cloudmark-not-allowed", CLOUDMARK, f"554 cmgw-1.mail.tiscali.it Tu5K1y00L1wtCLS01 IP: {IP}, You are not allowed "
     f"to send mail. Please see http://csi.cloudmark.com/reset-request/?ip={IP} if you feel this is in error.", "5.0.0",
     "CONN", "pf", BL, S),
    ("ase-bad-reputation-5.5.4", ASE, f"554 5.5.4 Your IP {IP} address has a bad reputation. To unblock visit "
     f"http://cloud-security.net/unblock?a=2906&e={IP}-mx-gate24-hz3", "5.5.4", "RCPT", "pf gm",
     ("badreputation", "blocked"), S),
    ("ip-reputation-fail", SIS469, f"554 IP address {IP} rejected [IP reputation fail]", "5.0.0", "CONN", "pf",
     ("badreputation", "blocked"), S),
]

# Every entry in its layouts, for the invariance grid (tests/classifier/variants.review_rows).
ROWS = expand(BLOCKLISTS + CONTENT + REPUTATION)
