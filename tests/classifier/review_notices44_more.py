"""The forty-fourth review's single rows (review_notices44.py holds the table of phrases and its
docstring): Google's own sentences (reporters/gmail.py), InterScan's "Unable to deliver message to",
the status rules of review 37 (a 5.x status under a 4xx reply with words of no such user, 4.1.10,
5.7.27 and the 556 reply) said of the sender or for now, and alias/.forward targets that fail.
Each with its control. All HAND-MADE, expectations from the words and the taxonomy."""

from __future__ import annotations

from tests.classifier.notices import LEAD, gmail_own, relayed
from tests.classifier.review_notices2 import R, UNKNOWN
from tests.classifier.review_notices32 import SELLER, SOFT, SOFT_DELAY
from tests.classifier.review_notices34_layouts import mail
from tests.classifier.review_notices43_layouts import exchange2003, exo_details, interscan, workspace
from tests.classifier.review_notices44_layouts import expanded

HARD = [(LEAD, True, UNKNOWN, R, False)]
GONE = [(LEAD, True, ("hostunknown",), R, False)]
NOT_FOUND = ("** Address not found **\n\nYour message wasn't delivered to lead@example.org because the address "
             "couldn't be found. Check for typos or unnecessary spaces and try again.\n\nThe response was:\n\n")
NO_DOMAIN = ("** Address not found **\n\nYour message wasn't delivered to lead@example.org because the domain "
             "example.org couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
             "The response was:\n\nDNS Error: DNS type 'mx' lookup of example.org responded with code NXDOMAIN\n"
             "Domain name not found: example.org\n")
GMAIL = "Sisimai 5 lhost/via-googleworkspace.go (Google's own sentences, reporters/gmail.py, review 43)"
DELAY = ("** Delivery incomplete **\n\nThere was a temporary problem delivering your message to lead@example.org. "
         "Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
         "The response was:\n\n")
IMSS = "Sisimai 5 lhost/via-interscanmss.go 'Unable to deliver message to' (reporters/interscanmss.py, review 43)"
UNABLE = f"Unable to deliver message to <{LEAD}> (and other recipients in the same domain)."
PF_SENDER = "Postfix smtpd_check.c sender restriction reply ('Sender address rejected: ...')"
NULLMX = "Postfix smtpd_check.c reject_unknown_sender_domain / nullMX: 'Domain %s does not accept mail (nullMX)'"
FWD = "Postfix bounce(8) '(expanded from <a>)' for an alias/.forward target (bounce_log.c), Original-Recipient"

ROWS = [
    ("gmail-not-found-control", GMAIL, workspace("r44-g1", LEAD, NOT_FOUND + "550 5.1.1 The email account that you "
     "tried to reach does not exist."), HARD),
    ("gmail-nxdomain-control", GMAIL, workspace("r44-g2", LEAD, NO_DOMAIN), GONE),
    ("gmail-nxdomain-delay", GMAIL + "; Gmail's delay notice (its 'Delivery incomplete' text, Subject '(Delay)')",
     workspace("r44-g3", LEAD, DELAY + "DNS Error: DNS type 'mx' lookup of example.org responded with code "
               "NXDOMAIN").replace(b"(Failure)", b"(Delay)"), [(LEAD, False, (), "", True)]),
    ("gmail-nxdomain-delay-dsn", GMAIL + "; Gmail's DSN with Action: delayed",
     gmail_own("DNS Error: DNS type 'mx' lookup of example.org responded with code NXDOMAIN", status="4.4.3",
               heading="Delivery incomplete", body=DELAY.split("\n\n", 1)[1], action="delayed"), SOFT_DELAY),
    ("gmail-sender-nxdomain-quoted", GMAIL + "; the remote's refusal of OUR sender's domain quoted in Gmail's DSN "
     "(Postfix reject_unknown_sender_domain)",
     gmail_own(f"553 5.1.8 <{SELLER}>: Sender address rejected: Domain not found (DNS type 'mx' lookup of "
               "example.com responded with code NXDOMAIN)", status="5.1.8", heading="Message not delivered",
               body="Your message wasn't delivered to lead@example.org because the remote server returned an error.",
               remote="mx.example.org"), SOFT),
    ("gmail-person-forwards", GMAIL + "; a person forwarding Google's text about another address",
     mail(f"Lead Person <{LEAD}>", "Fwd: Delivery Status Notification (Failure)",
          "Sam, this is what I got when I wrote to Bob's old address, not mine:\n\n---------- Forwarded message "
          "---------\n" + NOT_FOUND.replace("lead@example.org", "bob@old.example") + "550 5.1.1 no such user\n"),
     []),
    ("gmail-auto-reply", GMAIL + "; an auto-reply quoting the text",
     mail(f"Lead Person <{LEAD}>", "Automatic reply: Quote for Q3", "I am away. If mail to my colleague bounces with "
          "'the address couldn't be found. Check for typos', use this address.",
          "Auto-Submitted: auto-replied\n"), []),
    ("interscan-control", IMSS, interscan("r44-i1", LEAD, UNABLE + " Please check if address is correct."), HARD),
    ("interscan-transcript-full", IMSS + "; its transcript form, a full mailbox",
     interscan("r44-i2", LEAD, f"{UNABLE}\n\nSent <<< RCPT TO:<{LEAD}>\nReceived >>> 452 4.2.2 <{LEAD}>: Mailbox "
               "full"), [(LEAD, False, ("mailboxfull",), R, False)]),
    ("interscan-transcript-sender", IMSS + "; its transcript form, our sender refused at MAIL FROM",
     interscan("r44-i3", LEAD, f"{UNABLE}\n\nSent <<< MAIL FROM:<{SELLER}>\nReceived >>> 553 5.1.8 <{SELLER}>: "
               "Sender address rejected: Domain not found"), SOFT),
    ("451-511-sender-user-unknown", "severity.py (review 37): a 5.x status under a 4xx reply; " + PF_SENDER,
     relayed(f"451 5.1.1 <{SELLER}>: Sender address rejected: User unknown in local recipient table", status="5.1.1",
             action="failed"), SOFT),
    ("451-511-sender-user-unknown-delayed", "the same, Action: delayed",
     relayed(f"451 5.1.1 <{SELLER}>: Sender address rejected: User unknown in local recipient table", status="5.1.1",
             action="delayed"), SOFT_DELAY),
    ("451-511-control", "severity.py (review 37): words of no such user decide whatever the class",
     relayed(f"451 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table",
             status="5.1.1", action="failed"), HARD),
    ("4110-for-now", "RFC 7505 X.1.10 under class 4 (reasons.py 4.1.10, review 37): notaccept, 4xx is soft",
     relayed("451 4.1.10 Recipient domain has null MX, try again later", status="4.1.10", action="failed"),
     [(LEAD, False, (), R, False)]),
    ("5727-sender-nullmx-rcpt", NULLMX + " at RCPT (Postfix checks the sender there)",
     relayed(f"550 5.7.27 <{SELLER}>: Sender address rejected: Domain example.com does not accept mail (nullMX)",
             status="5.7.27"), SOFT),
    ("5727-host-no-mail-at-mail", "RFC 7505 X.7.27 at MAIL FROM: the sender's domain",
     relayed("550 5.7.27 Host does not accept mail", status="5.7.27", command="MAIL"), SOFT),
    ("556-sender-at-mail", "RFC 7504 556 / RFC 7505 X.7.27 at MAIL FROM",
     relayed("556 5.7.27 Sender domain example.com does not accept mail", status="5.7.27", command="MAIL"), SOFT),
    ("556-sender-at-rcpt", "RFC 7504 556 naming the sender at RCPT",
     relayed(f"556 5.7.27 <{SELLER}>: Sender address rejected: Domain does not accept mail", status="5.7.27"), SOFT),
    ("556-control", "RFC 7504 556 at RCPT, the recipient's domain (reasons.py)",
     relayed("556 5.1.10 Domain example.org does not accept mail", status="5.1.10"), [(LEAD, True, ("notaccept",),
                                                                                            R, False)]),
    ("556-delayed-for-now", "RFC 7504 556 text under a 4xx delay",
     relayed("450 4.7.27 Domain example.com does not accept mail, try again later", status="4.7.27"), SOFT_DELAY),
]

for _pid, _text, _status in (
        ("wasnt-found", "550 5.1.1 old wasn't found at other.example.", "5.1.1"),
        ("hu-cim", "550 5.1.1 Az e-mail-cím nem létezik", "5.1.1"),
        ("rfc2606", "550 5.1.4 Recipient address reserved by RFC 2606", "5.1.4")):
    ROWS.append((f"forward-target-{_pid}", FWD + "; the target's server's words (review 44 phrase table)",
                 expanded(_text, "old@other.example", _status),
                 [("old@other.example", True, (), R, False)]))

# Exchange 2003's paragraph code (reporters/exchange2003.py _paragraph_code, review 43): the MSEXCH
# line read from the recipient's own paragraph. Not from the next recipient's, nor from the
# returned original's text below the notice.
E3SRC = "Sisimai 5 lhost/via-exchange2003.go (the 'addr on <date>' paragraphs; reporters/exchange2003.py, review 43)"
MSX = "MSEXCH:IMS:Example:EXCH01:EXCH01 3550 ({}) {}"
BOB = "bob@example.org"
_QUOTED = ("\n-----Original Message-----\nFrom: Seller <seller@example.com>\nTo: lead@example.org\nSubject: Quick "
           "question\n\nHello Lee, Bob's old mailbox gave us \"" + MSX.format("000C05A6", "Unknown Recipient")
           + "\" last week, so I write to you.\n")
ROWS += [
    ("exchange2003-next-paragraph", E3SRC + "; the code below is the next recipient's",
     exchange2003("r44-e3-a", [(LEAD, "The message could not be delivered because the recipient's mailbox is full.",
                                "The recipient's mailbox is over its storage limit."),
                               (BOB, "The recipient name is not recognized", MSX.format("000C05A6", "Unknown Recipient"))]),
     [(LEAD, False, (), "", False), (BOB, True, UNKNOWN, R, False)]),
    ("exchange2003-code-in-original", E3SRC + "; the code quoted in the returned original's text only",
     exchange2003("r44-e3-b", [(LEAD, "The message could not be delivered because the recipient's mailbox is full.",
                                "The recipient's mailbox is over its storage limit.")]) + _QUOTED.encode(),
     [(LEAD, False, (), "", False)]),
    ("exchange2003-control", E3SRC,
     exchange2003("r44-e3-c", [(LEAD, "The recipient name is not recognized", MSX.format("000C05A6",
                                                                                             "Unknown Recipient"))]),
     HARD),
]

# hints.py's wider mail-system senders (review 43: "bounce-"/"bounces+" in a VERP local part,
# "mail_daemon"): a shop's or courier's own mail sent from its VERP return address is no notice.
VERP = "hints.DAEMON_FROM (review 43: VERP local parts 'bounce-123@', 'bounces+x@'); a shop's VERP From (HAND-MADE)"
ROWS += [
    ("verp-shop-notice", VERP,
     mail("Parcel Service <bounce-7781@mail.parcels.example>", "Your parcel could not be delivered",
          f"Dear customer,\n\nwe could not deliver parcel 4711 to {LEAD}: address unknown at the door.\n"
          "Please book a new delivery date at parcels.example.\n", to=LEAD), []),
    ("verp-newsletter-quotes", VERP + "; a newsletter on bounce handling",
     mail("Deliverability Weekly <bounces+2231-lead=example.org@news.example>", "Why mail bounces: user unknown",
          "This week: what '550 5.1.1 lead wasn't found at example.org' means, and why 'responded with code "
          "NXDOMAIN' is a dead domain.\n", to=LEAD), []),
]

# The wordings' own words where they name something else than the recipient's mailbox or domain.
HU = "lexicon_more.py Hungarian 'cím ... nem létezik' (review 38); 'küldő' is Hungarian for sender, as 'feladó'"
CA = "lexicon_more.py Catalan 'no hi ha cap usuari/bústia' (review 38)"
WF = "rule_wordings.py 'x wasn't found at <dotted name>' (review 43)"
ROWS += [
    ("hu-kuldo-cime", HU + " (HAND-MADE: the sender's address does not exist)",
     relayed("550 5.7.1 A küldő e-mail-címe nem létezik", status="5.7.1"), SOFT),
    ("hu-kuldo-cime-mail", HU + " at MAIL FROM",
     relayed("550 5.1.8 A küldő e-mail-címe nem létezik", status="5.1.8", command="MAIL"), SOFT),
    ("hu-szerver-cime", HU + "; the sending server's address not found (a PTR check, HAND-MADE)",
     relayed("550 5.7.25 A küldő szerver címe nem található a DNS-ben", status="5.7.25"), SOFT),
    ("ca-cap-usuari-autenticat", CA + "; 'no authenticated user': SMTP AUTH wanted (HAND-MADE)",
     relayed("530 5.7.0 No hi ha cap usuari autenticat", status="5.7.0"), SOFT),
    ("ca-cap-bustia-remitent", CA + "; 'no mailbox of the sender' at MAIL FROM (HAND-MADE)",
     relayed("553 5.1.8 No hi ha cap bústia per al remitent", status="5.1.8", command="MAIL"), SOFT),
    ("wf-dkim-key", WF + "; a DKIM key missing from the sender's DNS (RFC 6376 3.6.2.2 'no key', HAND-MADE words)",
     relayed("550 5.7.20 The DKIM key wasn't found at s1._domainkey.example.com", status="5.7.20"), SOFT),
    ("wf-sender", WF + "; the sender's mailbox, named so (HAND-MADE)",
     relayed("550 5.7.1 Sender seller wasn't found at example.com", status="5.7.1"), SOFT),
    ("wf-person-re-undeliverable", WF + "; the prospect's reply quoting an NDR about a colleague, Subject 'RE: "
     "Undeliverable:'", mail(f"Lead Person <{LEAD}>", "RE: Undeliverable: Quote for Q3",
                            "Sam, Bob left; your copy to him bounced:\n\n> Your message to bob@example.org couldn't be "
                            "delivered.\n> bob wasn't found at example.org.\n\nI am still here.\n"), []),
    ("wf-colleague-fw-undeliverable", WF + "; our colleague forwarding an NDR, Subject 'FW: Undeliverable:'",
     mail("Pat Colleague <pat@example.com>", "FW: Undeliverable: Quote for Q3",
          "FYI, see below.\n\n-----Original Message-----\nFrom: Microsoft Outlook <postmaster@example.org>\n"
          "Subject: Undeliverable: Quote for Q3\n\nYour message to lead@example.org couldn't be delivered.\n"
          "lead wasn't found at example.org.\n"), []),
]

# Review 37's 5.7.27 rule (reasons.py _takes_no_mail) where the domain that takes no mail is the
# sender's, and Exchange Online's "wasn't found at" about another recipient of the same message.
EXO = "Microsoft Learn NDR anatomy ('Your message to x couldn't be delivered. x wasn't found at d.'); review 43's layout"
ROWS += [
    ("5727-nullmx-sender-domain-at-mail", NULLMX + " without its 'Sender address rejected' prefix, at MAIL FROM",
     relayed("550 5.7.27 Domain example.com does not accept mail (nullMX)", status="5.7.27", command="MAIL"), SOFT),
    ("exo-other-recipient", EXO + "; the NDR names bob, the returned original was also to lead",
     exo_details("r44-exo-bob", BOB, "550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
                 "lookup", user_text=f"Your message to {BOB} couldn't be delivered.\nbob wasn't found at example.org.")
     .replace(f"To: {BOB}\n".encode(), f"To: {LEAD}, {BOB}\n".encode()),
     [(BOB, True, UNKNOWN, R, False)]),
    ("exo-control", EXO, exo_details("r44-exo-lead", LEAD, "550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not "
                                     "found by SMTP address lookup", user_text=f"Your message to {LEAD} couldn't be "
                                     "delivered.\nlead wasn't found at example.org."), HARD),
]
NAMES_YOURS = "RFC 7505 X.7.27 (the sender's null MX) / RFC 7504 556, the words naming 'your' domain (HAND-MADE)"
ROWS += [
    ("5727-your-address-domain", NAMES_YOURS,
     relayed("550 5.7.27 The domain of your address does not accept mail", status="5.7.27"), SOFT),
    ("556-5727-your-domain", NAMES_YOURS, relayed("556 5.7.27 Your domain does not accept mail", status="5.7.27"),
     SOFT),
    ("556-your-domain-no-status", NAMES_YOURS, relayed("556 Your domain does not accept mail", status=None), SOFT),
    ("5727-nullmx-sender-domain-at-rcpt", NULLMX + " without its prefix, at RCPT: the status is RFC 7505's "
     "sender's, the domain named is the sender's (the original's From)",
     relayed("550 5.7.27 Domain example.com does not accept mail (nullMX)", status="5.7.27"), SOFT),
]

# The third pass: the same wordings beside words that name our side, a server, or a forward.
RFC2606 = "Sisimai 5 rhost/for-microsoft.go 'Recipient address reserved by RFC 2606' (mta_wordings.py, review 41)"
ROWS += [
    ("rfc2606-sender-address", RFC2606 + "; said of the sender's address (HAND-MADE)",
     relayed("550 5.1.4 Sender address reserved by RFC 2606", status="5.1.4"), SOFT),
    ("rfc2606-helo-name", RFC2606 + "; said of our HELO name (HAND-MADE)",
     relayed("550 5.7.1 HELO name reserved by RFC 2606", status="5.7.1"), SOFT),
    ("hu-celkiszolgalo-cime", HU + "; 'the destination server's address cannot be found' (a DNS failure, 4.4.3, "
     "after the queue lifetime; HAND-MADE)",
     relayed("451 4.4.3 A célkiszolgáló címe nem található", status="4.4.3", action="failed"), [(LEAD, False, (), "",
                                                                                                False)]),
    ("hu-on-cime", HU + "; 'your e-mail address' (formal Ön), said to the sending client (HAND-MADE)",
     relayed("550 5.7.1 Az Ön e-mail-címe nem létezik", status="5.7.1"), SOFT),
    ("ca-bustia-remitent", CA + "; 'no mailbox for the sender's address' (HAND-MADE)",
     relayed("550 5.7.1 No hi ha cap bústia per a l'adreça del remitent", status="5.7.1"), SOFT),
    ("ca-usuari-remitent", CA + "; 'no user with this sender address' (HAND-MADE)",
     relayed("550 5.7.1 No hi ha cap usuari amb aquesta adreça de remitent", status="5.7.1"), SOFT),
    ("hu-cimzett-control", HU + "; 'címzett' (recipient) qualifies the address",
     relayed("550 5.1.1 A címzett címe nem létezik", status="5.1.1"), HARD),
    ("wf-forwarding-failed", WF + "; the recipient's forward to another mailbox failed (HAND-MADE; Exchange says "
     "'550 5.2.14 Misconfigured forwarding address', systemerror)",
     relayed("550 5.1.1 Forwarding failed: fwd wasn't found at other.example.", status="5.1.1"),
     [(LEAD, False, (), "", False)]),
]
