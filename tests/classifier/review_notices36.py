"""The thirty-sixth review's whole notices: mailbox and hosting providers whose refusal texts the
earlier reviews did not read (checked with grep over tests/classifier first): Zoho Mail as a
receiver, Rackspace Email's tagged (Gxx) deferrals, T-Online's (NOWL) and (DIAL) greetings, Telstra
BigPond, Vade's newer code table for the ISPs on OX App Suite Cloud (OXSEU), and five small
providers' own pages (Host Media, UK; comservice Frankfurt (Oder) and comramo, Germany; OxiMail,
Switzerland; VirusFree, Czechia).

Sources, each row citing its own: Sisimai::Rhost::Zoho (sisimai/p5-sisimai, new in v5.5: analyser
code, its comments quoting Zoho's replies; read as an outside opinion, its reasons NOT copied),
zoho/zohodesk-oas v1.0/EmailFailureAlert.json (Zoho's own published API file: "452 4.3.1 Temporary
System Error"), Zoho's community forum (users' pasted notices: weak), smtp.codes/zoho and
smtp.codes/rackspace (weak: third-party copies; Rackspace's postmaster.emailsrvr.com code list is not
stored), postmaster.t-online.de (its stored copy names the requirements, no reply line) with the
greetings as three German hosts' pages quote them (weak), crowdsupport.telstra.com.au (Telstra's own
community wiki) and suped.com (weak), portal.hostmedia.uk, new-faq.comservice-ffo.de and
comramo.de/mailfaq (the providers' own pages).

Searched (pages, docs, code corpora) and left out, no stored page of the provider's own with a reply
line, or read before: Proton Mail (proton.me/support/smtp-errors stored only as script strings),
Tuta, Posteo, mailbox.org, Runbox (help.runbox.com names causes, no texts), Mailfence, Hushmail,
Seznam (read: review_langs.py), WP/o2 and Onet (causes only), Interia (read), Vodafone/Arcor,
freenet (its stored FAQ ends before any reply), IONOS and STRATO (read: test_provider_hosts.py),
OVHcloud (its guides name no reply), Hetzner, Namecheap, Hostinger, Rogers, Shaw (business.shaw.ca
names blocks, no text), Bell, Videotron, TELUS, Optus, Rediff, UOL/Terra/Locaweb/BOL, Telmex,
Naver/Daum/Kakao (read: review_notices21.py), Bezeq, Etisalat, SingNet (its FAQ's outgoing-spam
sentence is a client pop-up, not a bounce), StarHub; one systems, C4, the Baruwa gateway and Forpsi
/ konto.pl / GRhosting (read: reviews 9, 11, 28).

Only the providers' sentences are theirs: statuses where a page gives none, host names and IPs,
the SMTP stage and the layouts (our Postfix relay's report, notices.relayed, a 4xx reply as its
delay warning; Gmail's own DSN; Exchange Online's NDR; our Exim relay's bounce; Email
Security.cloud's notice; qmail-send's bounce; Gmail's older plain notice) are written by hand.
Expectations are the taxonomy's reading of each sentence (shared/classifier/taxonomy.md), written
before the classifier ran. All HAND-MADE; test_review_notices36.py runs them."""

from __future__ import annotations

from tests.classifier.notices import relayed
from tests.classifier.review_notices14_layouts import qmail
from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices36_layouts import gmail_plain, greeting_rows, rows_more

R, S, ANY = "recipient", "sender", None
IP = "192.0.2.7"
POLICY = ("filtered", "policyviolation", "rejected", "blocked")

# ---- Zoho Mail --------------------------------------------------------------------------------------
ZOHO = "lead@zoho.com"
ZMX = "mx.zoho.com"
ZSIS = ("Sisimai::Rhost::Zoho (sisimai/p5-sisimai lib/Sisimai/Rhost/Zoho.pm, v5.5; the replies its comments "
        "quote from smtpin.zoho.com / mx.zoho.com, as outside opinion)")
ZOAS = "zoho/zohodesk-oas v1.0/EmailFailureAlert.json (Zoho's own API file: '452 4.3.1 Temporary System Error')"
ZCODES = "smtp.codes/zoho (weak: its copy of Zoho's replies and glosses)"
ZFORUM = ("help.zoho.com community topics 'Why does Gmail to zoho keep bouncing back?' and 'E-mails being rejected "
          "by recipient domain (Zoho address)' (weak: users' pasted notices)")

ZOHO_SIS = [
    # "The email failed DMARC and you have a reject policy" (smtp.codes' gloss): the sender's domain.
    ("dmarc-reject", "550 5.7.1 Email rejected per DMARC policy for example.com", "5.7.1", "DATA", False,
     ("authfailure", "policyviolation"), S),
    # Refused as spam at RCPT: the message (or the sender) judged spam, the address is fine.
    ("flagged-as-spam", "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.", "5.7.1", "RCPT",
     False, ("spamdetected", "rejected", "blocked"), ANY),
    # "The receiving domain has filters set-up that are blocking this message" (smtp.codes): a filter,
    # not a missing mailbox, whatever 5.4.1 may suggest.
    ("rejected-by-destination-domain", "541 5.4.1 Mail rejected by destination domain", "5.4.1", "RCPT", False,
     POLICY, ANY),
    ("policy-violation-detected", "554 5.7.7 Email policy violation detected", "5.7.7", "DATA", False,
     ("policyviolation", "filtered", "spamdetected"), ANY),
    ("user-does-not-exist", f"550 5.1.1 User does not exist - <{ZOHO}>", "5.1.1", "RCPT", True, ("userunknown",), R),
    # "Mailbox delivery failure" under 5.1.1: the mailbox Zoho will not deliver to for good (smtp.codes gives
    # no gloss; Sisimai 5's Zoho module files it under userunknown): the status's reading, hard. (The
    # reviewer first read "policy error" as a policy, soft; the team kept the status and the outside opinion.)
    ("delivery-failure-policy-error", f"552 5.1.1 <{ZOHO}> Mailbox delivery failure policy error", "5.1.1", "RCPT",
     True, ("userunknown",), R),
    ("virus-detected", "552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail", "5.7.1", "DATA", False,
     ("virusdetected",), ANY),
    # Greylisting: a delay, the sending host not yet known.
    ("greylisted", "451 4.7.1 Greylisted, try again after some time", "4.7.1", "RCPT", False,
     ("blocked", "systemerror", "onhold", "speeding"), ANY),
]
ZOHO_OAS = [
    ("temporary-system-error", "452 4.3.1 Temporary System Error", "4.3.1", "RCPT", False,
     ("systemerror", "systemfull"), ANY),
]
ZOHO_CODES = [
    ("user-unknown", f"550 5.1.1 <{ZOHO}> User unknown", "5.1.1", "RCPT", True, ("userunknown",), R),
    # "The receiving domain has filters set-up that are blocking this message."
    ("restricted-by-policy", f"452 <{ZOHO}> Mailbox delivery restricted by policy error", "4.0.0", "RCPT", False,
     POLICY, ANY),
]
# Gmail forwarding a message with an attachment: a policy of the receiving domain (5.2.3: the
# length limit), never the address.
ZOHO_FORUM = [
    ("mailpolicy-violation-523", "554 5.2.3 MailPolicy violation Error delivering to mailboxes", "5.2.3", "DATA",
     False, ("policyviolation", "exceedlimit", "filtered", "mesgtoobig"), ANY),
]
ZOHO_PLAIN = [
    ("zoho-gmail-plain-mailpolicy-523", ZFORUM + " (Gmail's older plain notice, as posted)",
     gmail_plain("z1", "lead@investergy.example", "mx.zohomail.com",
                 "554 5.2.3 MailPolicy violation Error delivering to mailboxes"),
     [("lead@investergy.example", False, ("policyviolation", "exceedlimit", "filtered", "mesgtoobig"), ANY, False)]),
    ("zoho-gmail-plain-user-does-not-exist", ZSIS + "; " + ZFORUM + " (the layout)",
     gmail_plain("z2", "lead@investergy.example", "mx.zoho.com",
                 "550 5.1.1 User does not exist - <lead@investergy.example>"),
     [("lead@investergy.example", True, ("userunknown",), R, False)]),
]

# ---- Rackspace Email (emailsrvr.com): the Gxx-tagged deferrals ----------------------------------------
RACK = "lead@acme-hosted.example"
RMX = "mx1.emailsrvr.com"
RSRC = ("smtp.codes/rackspace (weak: its copy of the Gxx codes of postmaster.emailsrvr.com, not stored) and "
        "docs.rackspace.com 'Common email bounce messages' (emailsrvr.com)")
RACK_REPLIES = [
    ("g2-concurrent-connections", "421 Too many concurrent connections from this client (G2)", "4.0.0", "CONN",
     False, ("toomanyconn",), S),
    ("g1f-no-ptr", f"450 4.7.1 Client host {IP} has no PTR record (G1F)", "4.7.1", "RCPT", False,
     ("requireptr", "blocked"), S),
    ("g6-recipient-server-unavailable", f"450 4.4.1 <{RACK}>: The recipient's server was temporarily unavailable "
     "to accept your message (G6)", "4.4.1", "RCPT", False, ("systemerror", "networkerror", "expired"), ANY),
    # The mailbox is rate-limited for a while (a list bomb): neither disabled nor missing.
    ("g30-mailbox-too-much-email", f"450 4.2.1 <{RACK}>: Mailbox received too much email in a short period of "
     "time (G30)", "4.2.1", "RCPT", False, ("speeding", "toomanyconn", "exceedlimit"), ANY),
    ("g16-routing-loop", "450 4.4.6 Routing loop detected (G16)", "4.4.6", "DATA", False,
     ("systemerror", "networkerror"), ANY),
    ("g1e-dmarc-dns", f"450 4.4.0 <{RACK}> Temporary DMARC DNS lookup failure (G1E)", "4.4.0", "RCPT", False,
     ("networkerror", "authfailure", "systemerror"), ANY),
    ("g28-new-untrusted-ip", "451 4.7.1 Received too many messages from a new or untrusted IP (G28)", "4.7.1",
     "RCPT", False, ("speeding", "blocked", "badreputation"), S),
]

# ---- T-Online (Deutsche Telekom) ---------------------------------------------------------------------
TONL = "lead@t-online.de"
TMX = "mx00.t-online.de"
TSRC = ("postmaster.t-online.de 4.1/4.6/4.7 (unknown or bad-reputation hosts and hosts without an imprint are "
        "refused; the stored copy quotes no reply) with the greetings as bllmnn.de and timmehosting.de ('(NOWL)'), "
        "help.creoline.com ('(DIAL)', the 'IP=... -' prefix written by analogy) and newsportal.koeln ('(BL)') "
        "quote them (weak)")
TONL_REPLIES = [
    ("nowl-bad-reputation", f"554 IP={IP} - None/bad reputation. Ask your postmaster for help or to contact "
     "tobr@rx.t-online.de for reset. (NOWL)", "5.0.0", "CONN", False, ("badreputation", "blocked"), S),
    ("dial-transient-ip", f"554 IP={IP} - Dialup/transient IP not allowed. Use a mailgateway or contact "
     "toda@rx.t-online.de if obsolete. (DIAL)", "5.0.0", "CONN", False, ("blocked", "requireptr", "badreputation"),
     S),
    ("bl-problem-occurred", f"554 IP={IP} - A problem occurred. (Ask your postmaster for help or to contact "
     "tosa@rx.t-online.de to clarify.) (BL)", "5.0.0", "CONN", False, ("blocked", "badreputation"), S),
]

# ---- Telstra BigPond ----------------------------------------------------------------------------------
BIGPOND = "lead@bigpond.com"
BMX = "extmail.bigpond.com"
BSUPED = ("suped.com 'Why are emails to Bigpond bouncing or being marked as spam?' (weak: its quote "
          "'558 5.7.1 Message content rejected due to suspected spam. IB704x')")
BIGPOND_REPLIES = [
    ("ib704-suspected-spam", "558 5.7.1 Message content rejected due to suspected spam. IB704x", "5.7.1", "DATA",
     False, ("spamdetected",), ANY),
]
BWIKI = ("crowdsupport.telstra.com.au 'Why is my email being blacklisted?' (Telstra's own community wiki: "
         "BigPond's outbound server refusing its own user's IP; the 554 written by hand)")
BQMAIL = ("themssforum.com 'Email blocked' (weak: BigPond's qmail-send bounce as a user pasted it, 'Connected to "
          "x.x.x.x but sender was rejected. Remote host said: x.x.x.x Defined SPAM source: bl.spamcop.net'; the 553 "
          "written by hand)")
BIGPOND_ROWS = [
    # Our relay smarthosts through BigPond's outbound server, which refuses our own IP at the greeting.
    ("bigpond-outbound-ob105-xbl", BWIKI,
     relayed(f"554 nschwcmgw08p BigPond Outbound [OB105. Connection refused. ({IP}) is listed on the Exploits Block "
             "List (XBL). Please visit http://www.spamhaus.org/xbl/ for more information.", status="5.0.0",
             command=None, remote="mail.bigpond.com", address="lead@example.com.au").replace(
                 b"] said: ", b"] refused to talk to me: "),
     [("lead@example.com.au", False, ("blocked",), S, False)]),
    ("bigpond-qmail-defined-spam-source", BQMAIL,
     qmail("bp1", [("lead@example.com.au", "Connected to 203.0.113.25 but sender was rejected.\nRemote host said: "
                    "553 203.0.113.9 Defined SPAM source: bl.spamcop.net")],
           to="lead@example.com.au", host="gizmo02bw.email.bigpond.com"),
     [("lead@example.com.au", False, ("blocked", "rejected"), S, False)]),
]

# ---- Host Media (UK), comservice (Frankfurt (Oder)), comramo (Germany): their own pages ------------------
HMSRC = ("portal.hostmedia.uk knowledgebase 201204295 'My emails are being rejected or not arriving at their "
         "destination' (its table of replies; stage and host written by hand)")
HM_LEAD = "lead@example.co.uk"
HOSTMEDIA = [
    # "The From address uses a domain with no DNS records": our sender's domain, not the recipient's.
    ("sender-domain-not-found", "550 5.1.2 Sender Domain Not Found", "5.1.2", "MAIL", False, ("rejected",), S),
    ("sender-domain-not-found-rcpt", "550 5.1.2 Sender Domain Not Found", "5.1.2", "RCPT", False, ("rejected",), S),
    # "The receiving server (often Yahoo or AOL) has rejected the message for policy reasons, usually SPF or DKIM."
    ("message-not-allowed", "554 Message not allowed", "5.0.0", "DATA", False,
     ("policyviolation", "filtered", "spamdetected", "authfailure", "rejected", "contenterror"), ANY),
    ("too-many-connections", "421 Too many connections", "4.0.0", "CONN", False, ("toomanyconn",), S),
]
CFSRC = ("new-faq.comservice-ffo.de 'SMTP-Fehlermeldungen / E-Mail-Fehler' (comservice, Frankfurt (Oder): the "
         "sending IP barred for a poor delivery rate; too many mails in too short a time; a service briefly "
         "unavailable)")
CF_LEAD = "lead@comservice-kunde.example"
COMSERVICE = [
    ("reject-policy-violations-421", "421 Reject due to policy violations", "4.0.0", "CONN", False,
     ("blocked", "badreputation", "policyviolation"), S),
    ("rate-limit-reached", "421 Rate limit reached. Please try again later", "4.0.0", "RCPT", False,
     ("speeding", "toomanyconn"), S),
    ("local-error-in-processing", "451 Requested action aborted: local error in processing", "4.0.0", "DATA",
     False, ("systemerror",), ANY),
]
CRSRC = "comramo.de/mailfaq 'Fehlermeldungen E-Mail-Versand' (its full reply: the message detected as spam)"
CR_LEAD = "lead@comramo-kunde.example"
COMRAMO = [
    ("detected-as-spam", f"554 5.7.1 This email from IP {IP} has been rejected. The email message was detected as "
     "spam.", "5.7.1", "DATA", False, ("spamdetected",), ANY),
]

# ---- Vade for OX's hosted mailboxes (the ISPs on OX App Suite Cloud) ---------------------------------
VADE_LEAD = "lead@ox-hosted-isp.example"
VMX = "mx.ox-hosted-isp.example"
VSRC = ("postmaster-oxseu.vadesecure.com/inbound_error_codes (Vade's own page for OX's EU platform, the same table "
        "now at postmaster-oxsus.vadesecure.com/inbound_error_codes; confluence-public.open-xchange.com points "
        "OX's customers to it): each reply as the page words it; the code's place at the end and its '0001' "
        "written by analogy with the older OXSUS page")
VADE_REPLIES = [
    ("oxseu-101-vade-threat-list", f"550 5.7.1 Connection refused - [{IP}] blocked by Vade Threat List "
     "OXSEU0001_101", "5.7.1", "CONN", False, ("blocked",), S),
    ("oxseu-102-validity", f"550 5.7.1 Connection refused - [{IP}] blocked by Validity - "
     "https://senderscore.org/blocklist-lookup/ OXSEU0001_102", "5.7.1", "CONN", False,
     ("blocked", "badreputation"), S),
    ("oxseu-103-deferred", "421 4.2.1 Connection deferred OXSEU0001_103", "4.2.1", "CONN", False,
     ("systemerror", "toomanyconn", "blocked"), ANY),
    # "Please check your reverse DNS configuration" / "... your FCrDNS configuration".
    ("oxseu-105-reverse-dns", "550 5.7.1 Connection refused OXSEU0001_105", "5.7.1", "CONN", False,
     ("requireptr", "blocked"), S),
    ("oxseu-108-fcrdns", "550 5.7.1 Connection refused OXSEU0001_108", "5.7.1", "CONN", False,
     ("requireptr", "blocked"), S),
    ("oxseu-110-concurrent", "421 4.2.1 Connection deferred OXSEU0001_110", "4.2.1", "CONN", False,
     ("toomanyconn",), S),
    ("oxseu-111-spamhaus", f"550 5.7.1 Connection refused - {IP} - https://check.spamhaus.org/results?query={IP} "
     "OXSEU0001_111", "5.7.1", "CONN", False, ("blocked",), S),
]

# ---- OxiMail (Switzerland) and VirusFree (Czechia): their own postmaster pages --------------------------
OXI_LEAD = "lead@oximail-kunde.example"
OXISRC = ("oximail.ch/postmaster 'Why your message was refused or bounced' (its headings for 550 5.7.26, 550 5.7.1 "
          "and 550 5.1.1; the reply line around each, pointing to the page, written by hand)")
OXIMAIL = [
    ("dmarc-5726", "550 5.7.26 Rejected by the sender domain's DMARC policy - see https://oximail.ch/postmaster/",
     "5.7.26", "DATA", False, ("authfailure",), S),
    ("refused-as-spam", "550 5.7.1 Refused as spam - see https://oximail.ch/postmaster/", "5.7.1", "DATA", False,
     ("spamdetected",), ANY),
    ("no-such-user", "550 5.1.1 No such user - the mailbox does not exist here - see https://oximail.ch/postmaster/",
     "5.1.1", "RCPT", True, ("userunknown",), R),
]
VFSRC = ("virusfree.cz/en/faq 'Most common delivery errors' (VirusFree, a Czech filtering provider: the scanner "
         "refused the message; 421 = the limit of parallel SMTP connections reached, or the IP's PTR mismatched)")
VF_LEAD = "lead@virusfree-zakaznik.example"
VIRUSFREE = [
    ("refused-by-scanner", "554 Message refused by the scanner", "5.0.0", "DATA", False,
     ("spamdetected", "virusdetected", "filtered", "policyviolation"), ANY),
    ("service-temporarily-not-available", "421 Service temporarily not available", "4.0.0", "CONN", False,
     ("toomanyconn", "requireptr", "systemerror", "blocked"), ANY),
]


def _all(prefix: str, source: str, mx: str, address: str, entries: list[tuple]) -> list[tuple]:
    """Each reply in our relay's report (a refused greeting as Postfix words it), Gmail's own DSN,
    Exchange Online's NDR, our Exim relay's bounce and Email Security.cloud's notice."""
    after = [e for e in entries if e[3] != "CONN"]
    return (rows_relayed(prefix, source, mx, address, after) + greeting_rows(prefix, source, mx, address, entries)
            + rows_quoted(prefix, source, mx, address, entries) + rows_more(prefix, source, mx, address, entries))


ROWS = (_all("zoho", ZSIS, ZMX, ZOHO, ZOHO_SIS)
        + _all("zoho", ZOAS, ZMX, ZOHO, ZOHO_OAS)
        + _all("zoho", ZCODES, ZMX, ZOHO, ZOHO_CODES)
        + _all("zoho", ZFORUM, ZMX, ZOHO, ZOHO_FORUM)
        + ZOHO_PLAIN
        + _all("rackspace", RSRC, RMX, RACK, RACK_REPLIES)
        + _all("tonline", TSRC, TMX, TONL, TONL_REPLIES)
        + _all("bigpond", BSUPED, BMX, BIGPOND, BIGPOND_REPLIES)
        + BIGPOND_ROWS
        + _all("hostmedia", HMSRC, "mta5.am0.yahoodns.net", HM_LEAD, HOSTMEDIA)
        + _all("comservice", CFSRC, "mx.comservice-ffo.example", CF_LEAD, COMSERVICE)
        + _all("comramo", CRSRC, "mx.comramo.example", CR_LEAD, COMRAMO)
        + _all("vade", VSRC, VMX, VADE_LEAD, VADE_REPLIES)
        + _all("oximail", OXISRC, "mx1.oximail.ch", OXI_LEAD, OXIMAIL)
        + _all("virusfree", VFSRC, "mx1.virusfree.cz", VF_LEAD, VIRUSFREE))
