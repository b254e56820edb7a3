"""Audit 35e: an ADVERSARIAL AUDIT of the HARD readings (severity.is_hard_bounce) that the bounce generators' own
vocabulary makes (classifier/reporters/, `reporters.read` in classifier/engine.py): Exchange 5.5-2003's MSEXCH code
000C05A6, McAfee's and MessageLabs's "no such user", PowerMTA's bad-mailbox / bad-domain categories, Gmail's older
"(state 14)" (RCPT, a missing mailbox unless a detailed status says more), Google Workspace's "null mx", AOL's "Host
or domain name not found", Outlook.com's "Requested action not taken: mailbox unavailable", au's (EZweb's) ">>> RCPT
TO" transcript, InterScan's and IMail's own sentences, Dovecot's rejection text. Each attacked where the RECIPIENT is
not known to be missing: our sender refused (sender verify, a null-MX or unresolvable sender domain), our host
blocked, relaying denied, a delay or 4xx, a help line quoting the code or words, a relay report, a person's reply
that crossed the generator; and controls that truly are hard. (Domino/Notes, GroupWise and Exchange 2007 are no
reporter modules: classifier/formats reads them; not attacked here.)

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the vendors'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit35e.py runs them."""

from __future__ import annotations

from tests.classifier.notices import messagelabs_own
from tests.classifier.review_audit35 import delay, hard, soft
from tests.classifier.review_audit35e_layouts import LEAD, aol, exchange2003_delay, exchange2003_relay, gsuite, \
    ims_person_reply, mcafee, outlook, powermta
from tests.classifier.review_notices43_layouts import exchange2003, ezweb, gmail_legacy, imail, interscan

R, S, ANY = "recipient", "sender", None
OTHER = "other@partner.example"
NOT_BOUNCE: list[tuple] = []

# ---- (1) Exchange 5.5-2003 (exchange2003.py: MSEXCH:IMS codes) -----------------------------------------------------
X03 = ("Microsoft KB 284204 / 'Exchange 2000 and 2003 NDR codes' (MSEXCH:IMS ... (000C05A6) 'Unknown Recipient'; "
       "(000B09AA) the remote server's own refusal quoted: 'Unable to deliver the message because the destination "
       "address was refused'); via-exchange2003.go's layout")
IMS = "MSEXCH:IMS:EXAMPLE:SITE:EXCH01 3550 (000B09AA)"
UNKNOWN = "MSEXCH:IMS:EXAMPLE:SITE:EXCH01 0 (000C05A6) Unknown Recipient"
REFUSED = "Unable to deliver the message because the destination address was refused."
X03_ROWS = [
    ("a35e-x03-unknown-control", X03, exchange2003("x03c", [(LEAD, "The recipient name is not recognized", UNKNOWN)]),
     hard("userunknown")),
    # The remote server refused OUR sender's domain: quoted under 000B09AA, never 000C05A6.
    ("a35e-x03-sender-domain", f"{X03}; sendmail's 553 5.1.8 'Domain of sender address ... does not exist'",
     exchange2003("x03s", [(LEAD, REFUSED, f"{IMS} 553 5.1.8 <seller@example.com>... Domain of sender address "
                                           "seller@example.com does not exist")]), soft(scope=S)),
    # Relaying denied by the next hop: no word of the lead's mailbox.
    ("a35e-x03-relay-denied", f"{X03}; sendmail's '550 5.7.1 ... Relaying denied'",
     exchange2003("x03r", [(LEAD, REFUSED, f"{IMS} 550 5.7.1 <{LEAD}>... Relaying denied")]), soft(scope=ANY)),
    # Two recipients: the lead's paragraph is a refusal of our host, the next one's 000C05A6 is another's.
    ("a35e-x03-next-paragraph", f"{X03}; Spamhaus' 'blocked using zen.spamhaus.org'",
     exchange2003("x03n", [(LEAD, REFUSED, f"{IMS} 554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked "
                                           "using zen.spamhaus.org"),
                           (OTHER, "The recipient name is not recognized", UNKNOWN)]),
     soft(scope=ANY) + hard("userunknown", address=OTHER)),
    # The Exchange SMTP service's delay DSN whose diagnostic quotes the code: a delay, never hard.
    ("a35e-x03-delay-quotes-code", f"{X03}; Exchange 2003's delay DSN (RFC 3464 Action: delayed)",
     exchange2003_delay("x03d", f"{UNKNOWN}; the directory could not be reached, retrying", "4.4.7"),
     delay(scope=ANY)),
    # Its relay report: success, not a bounce.
    ("a35e-x03-relay-report", f"{X03}; Exchange 2003's relay DSN (RFC 3464 Action: relayed)",
     exchange2003_relay("x03rr"), NOT_BOUNCE),
    # A person's reply that crossed an Exchange 5.5 IMS, quoting the code about an old address.
    ("a35e-x03-person-reply", f"{X03}; a person's reply (RFC 5322, no notice)",
     ims_person_reply("x03p", f"Lena Lead <{LEAD}>", "Thanks! Your first mail got 'MSEXCH:IMS:EXAMPLE:SITE:EXCH01 "
                      "0 (000C05A6) Unknown Recipient' because it went to my old address. This one reached me."),
     NOT_BOUNCE),
]

# ---- (2) McAfee, MessageLabs: "no such user" anywhere in the reply ------------------------------------------------
MC = "via-mcafee.go's layout; McAfee Email Gateway 7.x product guide ('Delivery Status' notices)"
ML = "Broadcom KB 162445 (MessageLabs' notice quoting the recipient server's refusal); notices.messagelabs_own"
GATEWAY_ROWS = [
    ("a35e-mc-control", f"{MC}; Postfix's '550 5.1.1 ... User unknown'",
     mcafee("mcc", f"550 5.1.1 <{LEAD}>... no such user", "5.1.1"), hard("userunknown")),
    ("a35e-mc-sender-no-such-user", f"{MC}; Postfix's 'Sender address rejected' (smtpd_check.c)",
     mcafee("mcs", "550 5.1.0 <seller@example.com>: Sender address rejected: no such user in our directory",
            "5.1.0"), soft(scope=S)),
    ("a35e-mc-help-line", f"{MC}; a content filter's refusal with a help line",
     mcafee("mch", "550 5.7.1 Message rejected by content filter. This is not a 'no such user' refusal: the "
            "recipient exists; see https://support.partner.example/filter", "5.7.1"), soft(scope=ANY)),
    ("a35e-mc-transient", f"{MC}; a 4xx directory failure (RFC 3463 4.x: persistent transient)",
     mcafee("mct", "451 4.3.0 no such user table available, directory lookup failed, try again later", "4.3.0",
            action="delayed"), delay(scope=ANY)),
    ("a35e-ml-control", ML, messagelabs_own(f"550 5.1.1 <{LEAD}>: No such user", status="5.1.1", address=LEAD),
     hard("userunknown")),
    ("a35e-ml-sender-no-such-user", f"{ML}; Postfix's 'Sender address rejected'",
     messagelabs_own("550 5.1.0 <seller@example.com>: Sender address rejected: no such user", status="5.1.0",
                     address=LEAD),
     soft(scope=S)),
    ("a35e-ml-help-line", f"{ML}; Spamhaus' refusal of the sending host with a help line",
     messagelabs_own("554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org. "
                     "(Not a 'no such user' error: the recipient exists.)", status="5.7.1", address=LEAD),
     soft(scope=ANY)),
]

# ---- (3) PowerMTA's categories (its shipped <bounce-category-patterns> match words, not the subject of them) ------
PMTA = ("PowerMTA User's Guide, 'bounce-category-patterns' (its default config: '/user unknown/ bad-mailbox', "
        "'/domain not found/ bad-domain'; the category is the pattern's verdict on the reply's words)")
PMTA_ROWS = [
    ("a35e-pmta-control", PMTA, powermta("pmc", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown",
                                         "5.1.1", "bad-mailbox"), hard("userunknown")),
    ("a35e-pmta-sender-verify", f"{PMTA}; Postfix's reject_unverified_sender",
     powermta("pms", "550 5.1.7 <seller@example.com>: Sender address rejected: undeliverable address: "
              "host mx.example.com said: 550 5.1.1 User unknown", "5.1.7", "bad-mailbox"), soft(scope=S)),
    ("a35e-pmta-sender-domain", f"{PMTA}; Postfix's reject_unknown_sender_domain",
     powermta("pmd", "550 5.1.8 <seller@example.com>: Sender address rejected: Domain not found", "5.1.8",
              "bad-domain"), soft(scope=S)),
]

# ---- (4) Gmail's older notice: "(state 14)" reads RCPT and a missing mailbox unless a detailed status says more ----
GL = ("via-gmail.go's '(state N)' table (state 14: RCPT TO); Gmail's plain notice ('Technical details of permanent "
      "failure')")
GL_ROWS = [
    ("a35e-gl-state14-control", f"{GL}; Postfix's 'User unknown in virtual mailbox table'",
     gmail_legacy("glc", LEAD, f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox "
                  "table (state 14)."), hard("userunknown")),
    ("a35e-gl-state14-relay-denied", f"{GL}; sendmail's '550 ... Relaying denied' (no enhanced status)",
     gmail_legacy("glr", LEAD, f"550 <{LEAD}>... Relaying denied (state 14)."), soft(scope=ANY)),
    ("a35e-gl-state14-dnsbl", f"{GL}; Exim spec chapter 43 ('rejected because $sender_host_address is in a black "
     "list at $dnslist_domain')",
     gmail_legacy("gld", LEAD, "550 rejected because 209.85.220.41 is in a black list at zen.spamhaus.org (state "
                  "14)."), soft(scope=ANY)),
    ("a35e-gl-state14-sender-verify", f"{GL}; Exim's '550 Sender verify failed' (verify = sender)",
     gmail_legacy("gls", LEAD, "550-Verification failed for <seller@example.com>\n550-Unrouteable address\n550 "
                  "Sender verify failed (state 14)."), soft(scope=S)),
    ("a35e-gl-state14-500-blocked", f"{GL}; a 5.0.0 status names no more than the state",
     gmail_legacy("glb", LEAD, "550 5.0.0 Access denied: your sending IP 209.85.220.41 has a poor reputation (state "
                  "14)."), soft(scope=ANY)),
    ("a35e-gl-state14-greylist-delay", f"{GL}; Postgrey's '450 4.2.0 ... Greylisted'",
     gmail_legacy("glg", LEAD, f"450 4.2.0 <{LEAD}>: Recipient address rejected: Greylisted, see http://postgrey."
                  "schweikert.ch/help/partner.example.html (state 14).", delayed=True), delay(scope=ANY)),
]

# ---- (5) Google Workspace's "null mx"; AOL's DNS sentence; Outlook.com's "mailbox unavailable" ---------------------
NULLMX = ("RFC 7505 section 4.1 ('556 5.1.10 Recipient address has null MX') and 4.2 ('550 5.7.27 Sender address "
          "has null MX')")
AOL = ("sisimai's Aol ('Host or domain name not found'); Postfix's smtp DNS text ('Host or domain name not found. "
       "Name service error for name=... type=...: Host not found')")
OL = ("RFC 5321 section 4.2.3 ('550 Requested action not taken: mailbox unavailable (e.g., mailbox not found, no "
      "access, or command rejected for policy reasons)'); Microsoft's Outlook.com S3150 'part of their network is on "
      "our block list'")
PROVIDER_ROWS = [
    ("a35e-gs-nullmx-control", f"{NULLMX}; Google Workspace DSN",
     gsuite("gsc", f"556 5.1.10 <{LEAD}>: Recipient address has null MX", "5.1.10"), hard()),
    ("a35e-gs-nullmx-sender", f"{NULLMX}; Google Workspace DSN",
     gsuite("gss", "550 5.7.27 <seller@example.com>: Sender address has null MX", "5.7.27"), soft(scope=S)),
    ("a35e-aol-host-control", AOL, aol("aoc", "Host or domain name not found. Name service error for "
                                       "name=partner.example type=A: Host not found", "5.4.4"), hard()),
    ("a35e-aol-sender-domain", f"{AOL}; Postfix's reject_unknown_sender_domain",
     aol("aos", "553 5.1.8 <seller@example.com>: Sender address rejected: Host or domain name not found. Name "
         "service error for name=example.com type=MX: Host not found", "5.1.8"), soft(scope=S)),
    ("a35e-aol-delay", AOL, aol("aod", "Host or domain name not found. Name service error for name=partner.example "
                                "type=A: Host not found, try again", "4.4.3", action="delayed"), delay(scope=ANY)),
    ("a35e-ol-control", OL, outlook("olc", "550 Requested action not taken: mailbox unavailable (1922011001:"
                                    "2817:-2147467259)", "5.0.0"), hard("userunknown")),
    ("a35e-ol-policy-5571", OL, outlook("olp", "550 5.7.1 Requested action not taken: mailbox unavailable. "
                                        "Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your "
                                        "Internet service provider since part of their network is on our block list "
                                        "(S3150).", "5.7.1"), soft(scope=S)),
    ("a35e-ol-delay", OL, outlook("old", "451 4.5.0 Requested action not taken: mailbox unavailable, try again "
                                  "later", "4.5.0", action="delayed"), delay(scope=ANY)),
]

# ---- (6) au (EZweb), InterScan MSS, IMail: their own sentences and transcripts -------------------------------------
EZ = "via-ezweb.go's layout (a refusal quoted from a '>>> RCPT TO' exchange)"
OWN_ROWS = [
    ("a35e-ez-rcpt-control", f"{EZ}; Postfix's 'User unknown in local recipient table'",
     ezweb("ezc", LEAD, f"Each of the following recipients was rejected by a remote mail server.\n\n    Recipient: "
           f"<{LEAD}>\n    >>> RCPT TO:<{LEAD}>\n    <<< 550 5.1.1 <{LEAD}>: Recipient address rejected: User "
           "unknown in local recipient table"), hard("userunknown")),
    ("a35e-ez-rcpt-dnsbl", f"{EZ}; Spamhaus' 'blocked using zen.spamhaus.org' (Postfix reject_rbl_client)",
     ezweb("ezb", LEAD, f"Each of the following recipients was rejected by a remote mail server.\n\n    Recipient: "
           f"<{LEAD}>\n    >>> RCPT TO:<{LEAD}>\n    <<< 554 5.7.1 Service unavailable; Client host [192.0.2.25] "
           "blocked using zen.spamhaus.org"), soft(scope=ANY)),
    ("a35e-ez-rcpt-relay-denied", f"{EZ}; Postfix's 'Relay access denied' (smtpd_check.c)",
     ezweb("ezr", LEAD, f"Each of the following recipients was rejected by a remote mail server.\n\n    Recipient: "
           f"<{LEAD}>\n    >>> RCPT TO:<{LEAD}>\n    <<< 554 5.7.1 <{LEAD}>: Relay access denied"),
     soft(scope=ANY)),
    ("a35e-imss-control", "via-interscanmss.go ('Unable to deliver message to <addr> (and other recipients in the "
     "same domain). Please check if address is correct.')",
     interscan("imc", LEAD, f"Unable to deliver message to <{LEAD}> (and other recipients in the same domain).\n"
               "Please check if address is correct."), hard("userunknown")),
    ("a35e-imail-control", "IMail Server manual 'Unknown Local User Processing'; via-imailserver.go",
     imail("iuc", LEAD, f"Unknown user: {LEAD}"), hard("userunknown")),
]

# Added with the mend (after the run): the defaults still stand where the reply's words leave the cause open.
MEND_ROWS = [
    ("a35e-gl-state14-open-words", f"{GL}; sendmail's '550 ... User unknown' (no enhanced status)",
     gmail_legacy("glo", LEAD, f"550 <{LEAD}>... User unknown (state 14)."), hard("userunknown")),
    ("a35e-ez-rcpt-open-words", f"{EZ}; qmail's '550 sorry, no mailbox here by that name'",
     ezweb("ezo", LEAD, f"Each of the following recipients was rejected by a remote mail server.\n\n    Recipient: "
           f"<{LEAD}>\n    >>> RCPT TO:<{LEAD}>\n    <<< 550 sorry, no mailbox here by that name. (#5.1.1)"),
     hard("userunknown")),
]

ROWS: list[tuple] = X03_ROWS + GATEWAY_ROWS + PMTA_ROWS + GL_ROWS + PROVIDER_ROWS + OWN_ROWS + MEND_ROWS
