"""The seventy-third review's whole notices: receivers' replies as the bounce documentation of
email service providers and SALES ENGAGEMENT tools quotes them, each with the tool's own call
(hard/soft, category) as an outside opinion; review 33 (SendGrid, Mailgun, SparkPost, Iterable,
Braze, Amazon SES, Mandrill) is not repeated. The tools' notifications to the salesperson (a
sequence paused, a prospect marked bounced, a campaign bounce digest), which quote the bounced
address and the reply but are no bounce, are in review_notices73_more.py.

Most tools' pages (HubSpot, Outreach, Salesloft, Apollo, lemlist, Woodpecker, Mailchimp, Brevo,
Constant Contact) give categories and no reply text; the replies come from the pages that do
quote them: Campaign Monitor's "What do the different bounce reasons mean" (as copied by a
third party: weak), CleverReach's "Meaning of Bounce Messages" (the phrases it files under each
category), a seller's mailbox host's bounce list (GoDaddy Help 40685), Postmark's API answer for
an inactive recipient (weak: pasted). The reply code, status and host where a page gives none are
written here by hand (a bare 550 as our relay derives it: 5.0.0). Every expectation is the
taxonomy's reading of the words (/work/shared/classifier/taxonomy.md), written before the
classifier ran; the tool's call is in the comment where it differs. Layouts: our Postfix relay's
report, Gmail's own DSN and Exchange Online's NDR (review_notices33_more.both), our relay's own
failure (notices.own_postfix). All HAND-MADE; test_review_notices73.py runs them."""

from __future__ import annotations

from tests.classifier.notices import own_postfix
from tests.classifier.review_notices25 import rows_relayed
from tests.classifier.review_notices33_more import both
from tests.classifier.review_notices34_layouts import mail
from tests.classifier.review_notices73_more import MORE_ROWS

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"

# ---- Campaign Monitor ----------------------------------------------------------------------------
# Its categories: Soft Bounce - Mailbox Full / General / DNS Failure, Mail Block - Relay Denied /
# General (all soft there); the examples are its quoted replies.
CM = ("Campaign Monitor help 'What do the different bounce reasons mean' (its categories and example replies), as "
      "copied at emailchecker.freshdesk.com 6000029027 and timesworld.com (weak: third-party copies)")
CAMPAIGN_MONITOR = [
    ("mailbox-over-quota", "552 Mailbox over quota", "5.2.2", "RCPT", False, ("mailboxfull",), R),
    ("exceeded-inbound-size", "552 Exceeded maximum inbound message size", "5.3.4", "DATA", False,
     ("mesgtoobig",), ANY),
    # 551 is RFC 5321's "user not local"; the words are a relay refusal (CM: Mail Block - Relay Denied).
    ("551-relaying-denied", "551 relaying denied", "5.0.0", "RCPT", False, ("norelaying",), ANY),
    # CM: Mail Block - General. "REFUSED" names no cause: soft, any reason.
    ("message-refused-by-peer", "550 Message REFUSED by peer", "5.0.0", "DATA", False, (), ANY),
]
# Our relay gave up after its queue lifetime: the connection never came up (CM: Soft Bounce -
# General for "Connection timed out", DNS Failure for "Host is unreachable": the words are network).
CM_OWN = [
    ("connection-timed-out", "connect to mx.partner.example[192.0.2.25]:25: Connection timed out", "4.4.1",
     ("networkerror", "expired")),
    ("host-is-unreachable", "connect to mx.partner.example[192.0.2.25]:25: Host is unreachable", "4.4.1",
     ("networkerror", "expired")),
]

# ---- CleverReach ---------------------------------------------------------------------------------
# Its groups: Incorrect Address (hard there), Filtering by Receiving Server, Hardware Issues on
# Receiving Server, Mailbox Issues. "recipient adress rejected" and "only registered users may use
# this system" are filed under filtering; "mailbox has been deactivated / disabled / discontinued"
# and "mailbox is full" under mailbox issues.
CR = ("CleverReach help 'Meaning of Bounce Messages' (support.cleverreach.de 202372881: the phrases under each "
      "category; codes and statuses HAND-MADE)")
CLEVERREACH = [
    ("recipient-email-address-unknown", "550 5.1.1 recipient e-mail address unknown", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("mailbox-does-not-exist", "550 mailbox does not exist", "5.0.0", "RCPT", True, ("userunknown",), R),
    # A server that takes mail from its own users only: a relay / submission refusal, not the address.
    ("only-registered-users", "550 only registered users may use this system", "5.7.1", "RCPT", False, (), ANY),
    # "Recipient address rejected" with no cause: soft (review 33's standing reading of the bare form).
    ("recipient-address-rejected", "550 Recipient address rejected", "5.0.0", "RCPT", False, (), ANY),
    ("error-writing-message", "451 4.3.0 error writing message", "4.3.0", "DATA", False,
     ("systemerror", "systemfull", "mailererror"), ANY),
    ("mailbox-deactivated", "550 5.2.1 mailbox has been deactivated", "5.2.1", "RCPT", False, ("suspend",), R),
    # A closed mailbox: the taxonomy's suspend (disabled, suspended, inactive), soft.
    ("mailbox-discontinued", "550 mailbox has been discontinued", "5.0.0", "RCPT", False, ("suspend",), R),
    ("exhausted-storage", "552 user has exhausted allowed storage space", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("identified-as-spam", "550 5.7.1 mail was identified as spam", "5.7.1", "DATA", False, ("spamdetected",), ANY),
    ("relay-access-denied-hw", "554 relay access denied", "5.0.0", "RCPT", False, ("norelaying",), ANY),
]

# ---- the seller's mailbox host's bounce list, with the sales tools' calls ---------------------------
# HubSpot files Spam and Policy and Mailbox full among HARD bounces (its product team's post and the
# idea thread community.hubspot.com 374565: "classifies mailbox full, policy and spam bounces as HARD");
# Outreach calls every 5.x.x hard; Apollo: "The recipient's email server has blocked the delivery"
# hard. The taxonomy keeps them soft (section 4).
GD = ("GoDaddy Help 'Fix rejected email with a bounce error' (40685: its bounce errors and causes); HubSpot 'Email "
      "bounce types' and Outreach 'Understanding Bounced Emails in Outreach' (115004605147) as outside calls")
GODADDY = [
    ("rejected-spam-or-virus", "552 Message rejected for spam or virus content", "5.7.1", "DATA", False,
     ("spamdetected", "virusdetected", "policyviolation"), ANY),
    ("recipient-not-found", "550 Recipient not found", "5.0.0", "RCPT", True, ("userunknown",), R),
    # qmail's loop detection (qmail-local.c); the page's cause: two addresses forwarding to each other.
    ("looping-delivered-to", "554 This message is looping: it already has my Delivered-To line. (#5.4.6)", "5.4.6",
     "DATA", False, ("systemerror", "networkerror"), ANY),
]
# A web host's KB of common bounces (weak): 5.1.10 is RFC 7505's null MX and Microsoft's "recipient
# not found by SMTP address lookup"; the words say the domain is not found: hard either way.
IH = "intohost.in/kb/common-email-bounce-back-errors (weak: a web host's list of common bounces)"
INTOHOST = [
    ("5110-recipient-domain-not-found", "550 5.1.10 Recipient domain not found", "5.1.10", "RCPT", True,
     ("hostunknown", "notaccept", "userunknown"), R),
    ("421-server-busy", "421 4.2.0 Server busy, please try again later", "4.2.0", "CONN", False, (), ANY),
]

# ---- Postmark -----------------------------------------------------------------------------------
# Postmark refuses a recipient on its own suppression list ("Inactive recipients are ones that have
# generated a hard bounce or a spam complaint"), here as our relay's report with Postmark as its
# smarthost. The ESP's list, not the receiver: soft (taxonomy section 3, suppressed), whatever the
# words "hard bounce" say; only our relay's report (Gmail and Exchange Online never quote it).
PMI = ("Postmark API answer for an inactive recipient (ErrorCode 406) as a customer pasted it (pastebin.com/04peBCvB, "
       "weak); Postmark's bounce types (postmark npm Bounce.d.ts: HardBounce, Transient, DnsError, ManuallyDeactivated)")
POSTMARK_RELAY = [
    ("inactive-recipient-406", f"550 5.0.0 You tried to send to a recipient that has been marked as inactive. Found "
     f"inactive addresses: {LEAD}. Inactive recipients are ones that have generated a hard bounce or a spam "
     "complaint.", "5.0.0", "RCPT", False, (), ANY),
]
# Postmark's DnsError ("A temporary DNS error") and Mailchimp's / Brevo's "Domain name does not exist.
# This may be a temporary issue" (soft there): the words decide. Our relay's own failures (Postfix
# smtp_addr.c wording): "try again" is temporary (soft); "Host not found" for good is hostunknown,
# hard (Mailchimp and Brevo call it soft: a disagreement).
DNS = ("Postmark bounce type DnsError; Mailchimp 'Soft vs. hard bounces' and Brevo 'What is a soft bounce and a hard "
       "bounce' (domain does not exist: soft there); the wording Postfix src/smtp/smtp_addr.c writes")
DNS_OWN = [
    ("dns-try-again", "Host or domain name not found. Name service error for name=partner.example type=MX: Host not "
     "found, try again", "4.4.3", False, ("networkerror", "expired", "systemerror")),
    ("dns-host-not-found", "Host or domain name not found. Name service error for name=partner.example type=A: Host "
     "not found", "5.4.4", True, ("hostunknown",)),
]


# ---- controls of the two rules this review added -------------------------------------------------
# "discontinued" as a mailbox state (mailbox_states._OFF): soft whoever is discontinued; a service or
# our own account discontinued is no closed mailbox. (Our account read as scope recipient, like
# "terminated" and "deactivated" beside it: soft either way, left as is.)
CTL = "controls of review 73's 'discontinued' mailbox state (HAND-MADE replies)"
DISCONTINUED_CONTROLS = [
    ("relay-service-discontinued", "550 5.7.1 This relay service has been discontinued, use smtp.partner.example",
     "5.7.1", "RCPT", False, (), ANY),
    ("our-account-discontinued", "550 5.7.1 Your account has been discontinued", "5.7.1", "MAIL", False, (), ANY),
    ("account-discontinued-450", "450 4.2.1 mailbox has been discontinued, try again later", "4.2.1", "RCPT",
     False, (), ANY),
]
# A count of bounces in a Subject (hints._TALLY) takes away only the Subject's sign: a daemon's
# notice and a gateway's notice with a bounce's Subject beside the count stay bounces.
_GW = "Your message to lead@partner.example could not be delivered.\n\nlead@partner.example: 550 5.1.1 User unknown\n"
_TALLY_SRC = "controls of review 73's bounce-count Subject rule (hints._TALLY; notices HAND-MADE)"
TALLY_CONTROLS = [
    ("tally-daemon-one-bounced", _TALLY_SRC, mail("MAILER-DAEMON@mx.partner.example", "1 bounced message", _GW),
     [(LEAD, True, ("userunknown",), R, False)]),
    ("tally-gateway-bounced-and-count", _TALLY_SRC,
     mail("Mail Gateway <gateway@partner.example>", "Mail bounced: 2 bounces", _GW),
     [(LEAD, True, ("userunknown",), R, False)]),
    ("tally-gateway-message-bounced", _TALLY_SRC, mail("Mail Gateway <gateway@partner.example>", "Message bounced", _GW),
     [(LEAD, True, ("userunknown",), R, False)]),
]


def _own(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    out = []
    for name, text, status, *rest in entries:
        hard, reasons = (rest if len(rest) == 2 else (False, rest[0]))
        out.append((f"{prefix}-{name}", source + " (our relay's own failure, Postfix layout)",
                    own_postfix(text, status=status, address=LEAD, host="relay.ourco.example"),
                    [(LEAD, hard, reasons, ANY, False)]))
    return out


ROWS = (both("campaignmonitor", CM, MX, LEAD, CAMPAIGN_MONITOR)
        + _own("campaignmonitor", CM, CM_OWN)
        + both("cleverreach", CR, MX, LEAD, CLEVERREACH)
        + both("godaddy", GD, MX, LEAD, GODADDY)
        + both("intohost", IH, MX, LEAD, INTOHOST)
        + rows_relayed("postmark", PMI, "smtp.postmarkapp.com", LEAD, POSTMARK_RELAY)
        + _own("dns", DNS, DNS_OWN)
        + rows_relayed("control", CTL, MX, LEAD, DISCONTINUED_CONTROLS) + TALLY_CONTROLS
        + MORE_ROWS)
