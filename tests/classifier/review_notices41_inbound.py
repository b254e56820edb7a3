"""Review 41's inbound entries: Sisimai 5's Microsoft and Outlook tables (sisimai/go-sisimai
rhost/for-microsoft.go and rhost/for-outlook.go, library code only) where review 30
(review_notices30.py) has no row, or where Sisimai 5 gives a code or text another reason than
review 30's reading. Each entry is a reply a Microsoft server (Exchange Online Protection's
*.mail.protection.outlook.com, Outlook.com's *.olc.protection.outlook.com, an Exchange Server on
premises) sends to a prospect's address, completed by hand into a whole reply line around the
words Sisimai's table matches (its comments quote Microsoft's "Email non-delivery reports and
SMTP errors in Exchange Online", "DSN message codes in Exchange Server" and the Outlook.com
postmaster troubleshooting page).

Each entry: (name, reply, status, command, hard, reasons, scope, note); `note` names Sisimai 5's
reason, and says "DIFFERS" where the taxonomy's reading (the expectation, written before the
classifier ran) is not Sisimai's. All HAND-MADE."""

from __future__ import annotations

R, S, ANY = "recipient", "sender", None
IP = "192.0.2.7"
EOP = "[BN8NAM12FT034.eop-nam12.prod.protection.outlook.com]"
UNKNOWN = ("userunknown",)
TLS = ("securityerror", "systemerror", "networkerror")  # Sisimai 5's failedstarttls (taxonomy §3)
LIMIT = ("speeding", "badreputation", "toomanyconn", "blocked")


def sis(reason: str, differs: str = "") -> str:
    """The row's note: Sisimai 5's reason, and where the taxonomy reads the words otherwise."""
    return f"Sisimai 5: {reason}" + (f"; DIFFERS, taxonomy: {differs}" if differs else "")


# ---- Exchange Online Protection (a prospect at a Microsoft 365 tenant) ---------------------------
EXO_ENTRIES = [
    ("5.7.515-auth-level", "550 5.7.515 Access denied, sending domain EXAMPLE.COM doesn't meet the required "
     "authentication level. The sender's domain in the 5322.From address doesn't meet the authentication "
     "requirements defined for the sender. To learn how to fix this see: https://go.microsoft.com/fwlink/p/?linkid="
     "2319303", "5.7.515", "DATA", False, ("authfailure",), S, sis("authfailure")),
    ("4.7.851-try-again-later", "451 4.7.851 Access denied, please try again later.", "4.7.851", "MAIL", False,
     ("blocked", "speeding", "badreputation"), S, sis("blocked")),
    ("4.7.899-try-again-later", "451 4.7.899 Access denied, please try again later.", "4.7.899", "RCPT", False,
     ("blocked", "speeding", "badreputation"), S, sis("blocked")),
    ("4.7.501-try-again-later", "451 4.7.501 Access denied, please try again later.", "4.7.501", "RCPT", False,
     ("blocked", "speeding", "badreputation"), S, sis("blocked")),
    ("4.7.699-try-again-later", "451 4.7.699 Access denied, please try again later.", "4.7.699", "MAIL", False,
     ("blocked", "speeding", "badreputation"), S, sis("blocked")),
    ("5.7.620-banned-sending-ip", f"550 5.7.620 Access denied, banned sending IP [{IP}].", "5.7.620", "MAIL", False,
     ("blocked",), S, sis("blocked")),
    ("5.7.606-banned-sending-ip-rcpt", f"550 5.7.606 Access denied, banned sending IP [{IP}]. To request removal from "
     "this list please visit https://sender.office.com/ and follow the directions. For more information please go to "
     "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)", "5.7.606", "RCPT", False, ("blocked",), S,
     sis("blocked")),
    ("4.4.2-connection-dropped", "421 4.4.2 Connection dropped", "4.4.2", "DATA", False, ("networkerror",), ANY,
     sis("blocked", "networkerror: the words name a dropped connection, nothing refused")),
    ("5.7.51-partner-connector", "550 5.7.51 TenantInboundAttribution; There is a partner connector configured that "
     "matched the message's recipient domain. The partner connector requires that the sending server's certificate or "
     "IP match (RestrictDomainsToIPAddresses or RestrictDomainsToCertificate)", "5.7.51", "RCPT", False,
     TLS + ("blocked",), ANY, sis("failedstarttls (5.1: no name; securityerror)")),
    ("4.4.4-hosted-tenant", "451 4.4.4 Mail received as unauthenticated, incoming to a recipient domain configured in "
     f"a hosted tenant which has no mail-enabled subscriptions. ATTR5 {EOP}", "4.4.4", "RCPT", False,
     ("notaccept", "systemerror", "networkerror"), ANY, sis("notaccept (soft: 4xx)")),
    ("5.7.950-mail-flow-rule", "550 5.7.950 Delivery not authorized, message refused", "5.7.950", "DATA", False,
     ("policyviolation", "filtered", "rejected"), ANY, sis("policyviolation")),
    ("5.7.999-mail-flow-rule", "550 5.7.999 Delivery not authorized, message refused", "5.7.999", "DATA", False,
     ("policyviolation", "filtered", "rejected"), ANY, sis("policyviolation")),
    ("5.7.13-public-folder", "550 5.7.13 Sender was not authenticated for public folder", "5.7.13", "RCPT", False,
     ("filtered",), ANY, sis("rejected", "filtered: the recipient folder takes only authenticated senders")),
    ("5.7.124-allowed-senders-resolver", "550 5.7.124 RESOLVER.RST.SenderNotAllowed; Sender not in allowed-senders "
     "list", "5.7.124", "RCPT", False, ("filtered",), ANY,
     sis("rejected", "filtered: the group refuses this sender, not the envelope address")),
    ("5.7.512-from-olc-style", "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant and "
     "include a valid From address. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 "
     f"AS(3135) {EOP}", "5.7.512", "DATA", False, ("notcompliantrfc",), ANY,
     sis("rejected", "notcompliantrfc: the header From, not the envelope sender")),
    ("5.2.122-their-limit", "550 5.2.122 The recipient has exceeded their limit for the number of messages they can "
     "receive per hour.", "5.2.122", "RCPT", False, ("speeding",), ANY, sis("ratelimited (speeding)")),
    ("4.7.700-pfa-agent-busy", f"451 4.7.700 PFA agent busy, please try again. {EOP}", "4.7.700", "MAIL", False,
     ("systemerror",), ANY, sis("systemerror")),
    ("4.4.3-attr18", "451 4.4.3 Temporary server error. Please try again later ATTR18", "4.4.3", "RCPT", False,
     ("systemerror", "networkerror"), ANY, sis("systemerror")),
    ("4.4.22-replication", "451 4.4.22 Message failed to be replicated: no healthy peers found", "4.4.22", "DATA",
     False, ("systemerror",), ANY, sis("systemerror")),
    ("4.4.23-replication", "451 4.4.23 Message failed to be replicated: No healthy secondary server available to "
     "accept replica at this time.", "4.4.23", "DATA", False, ("systemerror",), ANY, sis("systemerror")),
    ("4.4.28-replication", "451 4.4.28 Message failed to be replicated: System.Net.Http.HttpRequestException(session "
     "Id: 0)", "4.4.28", "DATA", False, ("systemerror",), ANY, sis("systemerror")),
    ("5.7.504-suspend", f"550 5.7.504 [lead@contoso.example]: Recipient address rejected: Access denied {EOP}",
     "5.7.504", "RCPT", True, UNKNOWN, R,
     sis("suspend", "userunknown (review 30): Microsoft's table says the address isn't valid")),
    ("5.7.505-suspend", f"550 5.7.505 Access denied, banned recipient {EOP}", "5.7.505", "RCPT", True, UNKNOWN, R,
     sis("suspend", "userunknown (review 30): Microsoft's table says the recipient isn't valid")),
]

# ---- Outlook.com / Hotmail --------------------------------------------------------------------
# The postmaster tags (for-microsoft.go `errorcodes`, matched with their reply code), each in the
# "Mail rejected by Windows Live Hotmail for policy reasons" shape that Microsoft's description of
# the tag (Sisimai's comment) gives, or the RP- rate limits' "Unfortunately, some messages ...
# weren't sent. Please try again" shape.
_POLICY = ("Mail rejected by Windows Live Hotmail for policy reasons. {why} If you are not an email/network admin "
           "please contact your E-mail/Internet Service Provider for help. Email/network admins, please visit "
           "http://postmaster.live.com for email delivery information and support")
_RP = ("Unfortunately, some messages from {ip} weren't sent. Please try again. We have limits for how many messages "
       "can be sent per {per}. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.")
REPUTE = ("Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation "
          "problems.")
OLC_ENTRIES = [
    ("rp-001", "421 RP-001 (BAY004-MC1F56) " + _RP.format(ip=IP, per="hour and per day"), "4.0.0", "MAIL", False,
     LIMIT, S, sis("badreputation")),
    ("rp-002", "421 RP-002 (BAY004-MC1F57) " + _RP.format(ip=IP, per="connection"), "4.0.0", "MAIL", False, LIMIT,
     S, sis("badreputation")),
    ("rp-003", f"421 RP-003 (BAY004-MC1F58) The mail server IP {IP} connecting to Outlook.com server has exceeded "
     "the connection limit allowed. Please try again later.", "4.0.0", "CONN", False, LIMIT, S,
     sis("badreputation")),
    ("sc-001-policy", "550 SC-001 (BAY004-MC3F12) " + _POLICY.format(why=REPUTE), "5.0.0", "MAIL", False,
     ("badreputation", "blocked", "spamdetected"), S, sis("badreputation")),
    ("sc-002-namespace-mining", "550 SC-002 (COL004-MC1F37) " + _POLICY.format(
        why="The mail server IP connecting to Windows Live Hotmail has exhibited namespace mining behavior."),
     "5.0.0", "RCPT", False, ("blocked", "policyviolation"), S, sis("policyviolation")),
    ("sc-003-open-proxy", "550 SC-003 (BAY004-MC2F40) " + _POLICY.format(
        why="Your IP address appears to be an open proxy/relay."), "5.0.0", "MAIL", False, ("blocked",), S,
     sis("blocked")),
    ("sc-004-complaints", "550 SC-004 (BAY004-MC2F41) " + _POLICY.format(
        why="A block has been placed against your IP address because we have received complaints concerning mail "
        "coming from that IP address."), "5.0.0", "MAIL", False, ("blocked", "spamdetected", "badreputation"), S,
     sis("blocked")),
    ("dy-001-dynamic", "550 DY-001 (SNT004-MC4F14) " + _POLICY.format(
        why="We generally do not accept email from dynamic IP's as they are not typically used to deliver "
        "unauthenticated SMTP e-mail to an Internet mail server."), "5.0.0", "MAIL", False, ("blocked", "requireptr"),
     S, sis("blocked")),
    ("dy-002-compromised", "550 DY-002 (COL004-MC1F15) " + _POLICY.format(
        why="The likely cause is a compromised or virus infected server/personal computer."), "5.0.0", "MAIL", False,
     ("blocked",), S, sis("virusdetected", "blocked: our sending host is refused; no virus in the message")),
    ("ou-001-spamhaus", "550 OU-001 (SNT004-MC1F6) " + _POLICY.format(
        why="For more information about this block and to request removal please go to: Spamhaus."), "5.0.0", "MAIL",
     False, ("blocked",), S, sis("blocked")),
    ("ou-002-policy", "550 OU-002 (COL004-MC1F17) " + _POLICY.format(why=REPUTE), "5.0.0", "MAIL", False,
     ("badreputation", "blocked", "spamdetected"), S, sis("badreputation")),
    ("4.7.652-max-connections", f"451 4.7.652 The mail server [{IP}] has exceeded the maximum number of connections. "
     "(S3115) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA9B3FA168ABBF] [BN3PEPF0000B370.namprd21.prod.outlook.com "
     "2025-02-20T14:30:32.425Z 08DD4D9FD5AFF45C]", "4.7.652", "MAIL", False, ("toomanyconn", "speeding"), S,
     sis("ratelimited (toomanyconn)")),
    ("5.7.708-rcpt", "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more "
     f"information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2013) {EOP}", "5.7.708", "RCPT",
     False, ("blocked",), S, sis("ratelimited", "blocked: 'traffic not accepted from this IP' is no rate")),
    ("5.7.515-olc", "550 5.7.515 Access denied, sending domain EXAMPLE.COM doesn't meet the required authentication "
     "level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for "
     "the sender. To learn how to fix this see: https://go.microsoft.com/fwlink/p/?linkid=2319303 "
     f"{EOP}", "5.7.515", "DATA", False, ("authfailure",), S, sis("authfailure")),
]

# ---- Exchange Server on premises (the prospect's own server): Exchange 2019's and older
# versions' DSN texts as for-microsoft.go lists them.
ONPREM_ENTRIES = [
    ("5.5.4-invalid-domain-name", "501 5.5.4 Invalid domain name", "5.5.4", None, False, ("blocked", "syntaxerror"),
     ANY, sis("blocked")),
    ("5.3.0-too-many-related-errors", "554 5.3.0 Too many related errors", "5.3.0", "DATA", False,
     ("contenterror", "systemerror"), ANY, sis("contenterror")),
    ("5.4.11-agent-depth", "550 5.4.11 Agent generated message depth exceeded", "5.4.11", "DATA", False,
     ("contenterror", "systemerror", "networkerror"), ANY, sis("contenterror")),
    ("5.5.6-invalid-content", "550 5.5.6 Invalid message content", "5.5.6", "DATA", False,
     ("contenterror", "syntaxerror"), ANY, sis("contenterror")),
    ("5.3.4-too-big-for-system", "552 5.3.4 Message too big for system", "5.3.4", "DATA", False, ("mesgtoobig",), ANY,
     sis("emailtoolarge (mesgtoobig)")),
    ("5.4.4-invalid-arguments", "550 5.4.4 Invalid arguments", "5.4.4", "RCPT", False,
     ("networkerror", "systemerror", "syntaxerror"), ANY,
     sis("networkerror", "(agrees) soft: the words say nothing of the domain; 5.4.4's code alone is no hard")),
    ("5.4.6-routing-loop", "554 5.4.6 Routing loop detected", "5.4.6", "DATA", False, ("networkerror", "systemerror"),
     ANY, sis("networkerror")),
    ("4.3.2-not-accepting", "421 4.3.2 System not accepting network messages", "4.3.2", "CONN", False,
     ("notaccept", "systemerror"), ANY, sis("notaccept (soft: 4xx)")),
    ("5.3.2-storedriver-mdb", "554 5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties", "5.3.2",
     "DATA", False, ("systemerror",), ANY,
     sis("notaccept (hard)", "systemerror, soft: a store driver fault (address book policy), not a domain "
         "taking no mail")),
    ("5.1.7-unknown-sender", "550 5.1.7 Unknown sender address", "5.1.7", "MAIL", False, ("rejected",), S,
     sis("rejected")),
    ("5.7.3-not-authorized", "550 5.7.3 Not authorized", "5.7.3", "MAIL", False, ("securityerror", "filtered"), ANY,
     sis("securityerror")),
    ("5.5.3-too-many-recipients", "550 5.5.3 Too many recipients", "5.5.3", "RCPT", False,
     ("toomanyconn", "speeding", "exceedlimit", "syntaxerror"), ANY, sis("ratelimited")),
    ("5.3.3-unrecognized-command", "500 5.3.3 Unrecognized command", "5.3.3", "MAIL", False,
     ("syntaxerror", "systemerror"), ANY, sis("syntaxerror")),
    ("4.3.2-service-not-available", "421 4.3.2 Service not available, closing transmission channel", "4.3.2", "CONN",
     False, ("systemerror", "notaccept", "toomanyconn"), ANY, sis("systemerror")),
    ("5.3.5-incorrectly-configured", "554 5.3.5 System incorrectly configured", "5.3.5", "DATA", False,
     ("systemerror",), ANY, sis("systemerror")),
    ("5.0.0-helo-requires-domain", "501 5.0.0 HELO / EHLO requires domain address", "5.0.0", None, False,
     ("systemerror", "syntaxerror", "blocked"), ANY, sis("systemerror")),
    ("5.1.4-ambiguous", "550 5.1.4 Destination mailbox address ambiguous", "5.1.4", "RCPT", False,
     ("systemerror", "filtered"), ANY, sis("systemerror")),
    ("5.2.4-expansion-problem", "550 5.2.4 Mailing list expansion problem", "5.2.4", "RCPT", False,
     ("systemerror", "filtered"), ANY, sis("systemerror")),
    ("5.2.14-misconfigured-forwarding", "550 5.2.14 Misconfigured forwarding address", "5.2.14", "RCPT", False,
     ("systemerror",), ANY, sis("systemerror")),
    ("5.1.2-invalid-x400", "550 5.1.2 Invalid X.400 address", "5.1.2", "RCPT", True, ("userunknown", "hostunknown"), R,
     sis("userunknown")),
]

# Recipients whose domain Exchange refuses to route at all (RFC 2606 names, single labels): the
# address can never work, hard whatever the name.
RESERVED_ENTRIES = [
    ("5.1.4-reserved-rfc2606", "lead@contoso.test", "550 5.1.4 Recipient address reserved by RFC 2606", "5.1.4",
     "RCPT", True, ("userunknown", "hostunknown"), R, sis("userunknown")),
    ("5.1.5-reserved-rfc2606", "lead@contoso.invalid", "550 5.1.5 Recipient address reserved by RFC 2606", "5.1.5",
     "RCPT", True, ("userunknown", "hostunknown"), R, sis("userunknown")),
    ("5.1.6-single-label", "lead@contoso", "550 5.1.6 Recipient addresses in single label domains not accepted",
     "5.1.6", "RCPT", True, ("userunknown", "hostunknown", "hasmoved"), R, sis("userunknown")),
]
