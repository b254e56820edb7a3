"""The twenty-second review's whole notices: GoDaddy's, Cox's and Spectrum's inbound refusals
(Cox and Spectrum below);
first GoDaddy's (Workspace Email and
cPanel hosting, *.secureserver.net, which answer mail for a great many small businesses' domains),
each ending with GoDaddy's error tag, "IB" and three digits. The codes and sentences are GoDaddy
Help "What does my email bounceback mean?" (godaddy.com/help/3568; its successor "Fix rejected
email with a bounce error", godaddy.com/help/40685, keeps the recipient-side texts), as its table is
quoted code by code in Sisimai::Rhost::GoDaddy (libsisimai-perl 4.25, which cites that page: the
stored copies of 40685 in the pages corpus end before its tagged sections); IB212's whole reply as
support.tigertech.net/godaddy-ib212 quotes it ("host smtp.secureserver.net said: 552 5.2.0 This
message has been rejected due to content judged to be spam by the internet community IB212").
Only the sentences are GoDaddy's: the status codes and reply lines around them, the host names and
the layouts (our Postfix relay's report, notices.relayed; Gmail's own DSN; Exchange Online's own
NDR) are written here by hand. Sisimai's reason for each code was NOT copied: each expectation
is this project's taxonomy's reading of GoDaddy's own sentence (shared/classifier/taxonomy.md; the
hourly limits are `speeding` here, Sisimai's `toomanyconn`). Found by reading Sisimai's GoDaddy
table as an outside opinion and probing the classifier with its sentences (so, unlike the earlier
reviews, the probe ran before these rows were written): most read onhold, an IP blocked for too
many invalid recipients read as the recipient's filter, a virus refusal as onhold; the rows were
then written and the fixes made (classifier/remote/godaddy.py). All HAND-MADE;
test_review_notices22.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, relayed
from tests.classifier.review_notices2 import R, S, UNKNOWN

GD = "lead@smallbiz.example"
SELLER = "seller@example.com"
MX = "p3plibsmtp01-01.prod.phx3.secureserver.net"
OTHER_MX = "mx.partner.example"
PAGE = "GoDaddy Help 3568 as quoted in Sisimai::Rhost::GoDaddy (libsisimai-perl 4.25)"
TIGERTECH = "support.tigertech.net/godaddy-ib212 (weak: a host's page quoting GoDaddy's reply)"
HELP_40685 = "GoDaddy Help 40685 'Fix rejected email with a bounce error' (recipient bounces table)"


def _gmail(diag: str, status: str, address: str = GD, remote: str | None = MX) -> bytes:
    body = (f"Your message wasn't delivered to {address} because the remote server returned an error.\n\n"
            f"The response was:\n\n{diag}")
    return gmail_own(diag, status=status, heading="Message not delivered", body=body, address=address, remote=remote)


def _exo(diag: str, status: str, address: str = GD, remote: str | None = MX) -> bytes:
    body = (f"Your message to {address} couldn't be delivered.\n\nThe recipient's email system rejected the "
            "message.")
    return exchange_own(diag, status=status, body=body, address=address, remote=remote)


# (code, GoDaddy's sentence, status, SMTP command, the reasons it may read as, scope)
CODES = [
    ("IB007", "421 Connection refused, too many sessions from This IP. Please lower the number of concurrent "
     "sessions.", "4.0.0", "CONN", ("toomanyconn",), S),
    ("IB103", "554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI).",
     "5.0.0", "CONN", ("badreputation", "blocked"), S),
    ("IB104", "554 Connection refused. This IP is listed on the Spamhaus Block List (SBL).", "5.0.0", "CONN",
     ("blocked",), S),
    ("IB105", "554 Connection refused. This IP is listed on the Exploits Block List (XBL).", "5.0.0", "CONN",
     ("blocked",), S),
    ("IB106", "554 Connection refused. This IP is listed on the Policy Block List (PBL).", "5.0.0", "CONN",
     ("blocked",), S),
    ("IB108", "421 Temporarily rejected. Reverse DNS for this IP failed.", "4.0.0", "CONN", ("requireptr",), S),
    ("IB110", "554 This IP has been temporarily blocked for attempting to send too many messages containing "
     "content judged to be spam by the Internet community.", "5.0.0", "CONN", ("blocked",), S),
    ("IB111", "554 This IP has been blocked for the day, for attempting to send too many messages containing "
     "content judged to be spam by the Internet community.", "5.0.0", "CONN", ("blocked",), S),
    ("IB112", "554 This IP has been temporarily blocked for attempting to mail too many invalid recipients.",
     "5.0.0", "CONN", ("blocked",), S),
    ("IB113", "554 This IP has been blocked for the day, for attempting to mail too many invalid recipients.",
     "5.0.0", "CONN", ("blocked",), S),
    ("IB212", "552 5.2.0 This message has been rejected due to content judged to be spam by the internet "
     "community", "5.2.0", "DATA", ("spamdetected",), None),
    ("IB401", "535 Authentication not allowed on IBSMTP Servers.", "5.0.0", "AUTH", ("securityerror",), S),
    ("IB501", f"550 {SELLER} Blank From: addresses are not allowed. Please provide a valid From.", "5.0.0", "DATA",
     ("rejected",), S),
    ("IB502", f"550 {SELLER} IP addresses are not allowed as a From: Address. Please provide a valid From.",
     "5.0.0", "DATA", ("rejected",), S),
    ("IB504", "550 This IP has sent too many messages this hour.", "5.0.0", "MAIL", ("speeding",), S),
    ("IB506", "550 example.com From: Domain is invalid. Please provide a valid From:", "5.0.0", "DATA",
     ("rejected",), S),
    ("IB508", f"550 {SELLER} Invalid SPF record. Please inspect your SPF settings, and try again.", "5.0.0", "DATA",
     ("authfailure",), S),
    ("IB510", "550 This message has exceeded the max number of messages per session. Please open a new session "
     "and try again.", "5.0.0", "MAIL", ("speeding", "toomanyconn"), S),
    ("IB607", "550 This IP has sent too many to too many recipients this hour.", "5.0.0", "RCPT",
     ("speeding",), S),
    ("IB705", "552 Virus infected message rejected.", "5.0.0", "DATA", ("virusdetected",), None),
]


def tagged_rows(prefix: str, replies: list[tuple], *, address: str, mx: str, exo: bool = True) -> list[tuple]:
    """Each (code, reply, status, command, reasons, scope, source) in our relay's report (a 4.x
    status as a delay) and, when final, in Gmail's own DSN and (with `exo`) Exchange Online's NDR
    with no Remote-MTA, where the tag alone says whose reply it is."""
    rows = []
    for code, reply, status, command, reasons, scope, source in replies:
        name = f"{prefix}-{code.lower()}"
        temporary = status.startswith("4")
        expected = [(address, False, reasons, scope, temporary)]
        rows.append((f"{name}-relayed", f"{source} ({code}; our Postfix relay's report)",
                     relayed(reply, status=status, command=command, remote=mx, address=address,
                             action="delayed" if temporary else None), expected))
        if not temporary:
            rows.append((f"{name}-gmail", f"{source} ({code}; Gmail's own DSN quoting it)",
                         _gmail(reply, status, address=address, remote=mx), expected))
            if exo:
                rows.append((f"{name}-exo-no-host", f"{source} ({code}; Exchange Online's NDR, no Remote-MTA)",
                             _exo(reply, status, address=address, remote=None), expected))
    return rows


# GoDaddy's own sentences with no tag and no GoDaddy host (another server saying the same): the
# generic tables read them (classifier/mta_wordings.py, wordings.IP_REFUSED).
UNTAGGED = [
    ("untagged-too-many-sessions", PAGE + " (IB007's words, untagged, another host)",
     relayed("421 Connection refused, too many sessions from This IP. Please lower the number of concurrent "
             "sessions.", status="4.0.0", command="CONN", remote=OTHER_MX, address=GD, action="delayed"),
     [(GD, False, ("toomanyconn",), S, True)]),
    ("untagged-reverse-dns-failed", PAGE + " (IB108's words, untagged, another host)",
     relayed("421 Temporarily rejected. Reverse DNS for this IP failed.", status="4.0.0", command="CONN",
             remote=OTHER_MX, address=GD, action="delayed"),
     [(GD, False, ("requireptr",), S, True)]),
    ("untagged-ip-blocked-for-spam", PAGE + " (IB110's words, untagged, another host)",
     relayed("554 This IP has been temporarily blocked for attempting to send too many messages containing "
             "content judged to be spam by the Internet community.", status="5.0.0", command="CONN",
             remote=OTHER_MX, address=GD),
     [(GD, False, ("blocked", "speeding"), S, False)]),
    ("untagged-blank-from", PAGE + " (IB501's words, untagged, another host)",
     relayed(f"550 {SELLER} Blank From: addresses are not allowed. Please provide a valid From.", status="5.0.0",
             command="DATA", remote=OTHER_MX, address=GD),
     [(GD, False, ("rejected",), S, False)]),
    ("untagged-ip-as-from", PAGE + " (IB502's words, untagged, another host)",
     relayed(f"550 {SELLER} IP addresses are not allowed as a From: Address. Please provide a valid From.",
             status="5.0.0", command="DATA", remote=OTHER_MX, address=GD),
     [(GD, False, ("rejected",), S, False)]),
    ("untagged-max-messages-per-session", PAGE + " (IB510's words, untagged, another host)",
     relayed("550 This message has exceeded the max number of messages per session. Please open a new session and "
             "try again.", status="5.0.0", command="MAIL", remote=OTHER_MX, address=GD),
     [(GD, False, ("speeding", "toomanyconn"), S, False)]),
    ("untagged-virus-infected", PAGE + " (IB705's words, untagged, another host)",
     relayed("552 Virus infected message rejected.", status="5.0.0", command="DATA", remote=OTHER_MX, address=GD),
     [(GD, False, ("virusdetected",), None, False)]),
]

# The recipient-side texts GoDaddy's current page lists, and controls for the tag.
RECIPIENT = [
    ("godaddy-account-does-not-exist", HELP_40685 + " ('Account does not exist'; reply line written by hand)",
     relayed(f"550 5.1.1 <{GD}> Account does not exist", status="5.1.1", remote=MX, address=GD),
     [(GD, True, UNKNOWN, R, False)]),
    ("godaddy-account-storage-limit", HELP_40685 + " ('Account storage limit'; reply line written by hand)",
     relayed(f"552 5.2.2 <{GD}> Account storage limit", status="5.2.2", remote=MX, address=GD),
     [(GD, False, ("mailboxfull",), R, False)]),
    ("godaddy-account-disabled", HELP_40685 + " ('Account disabled'; reply line written by hand)",
     relayed(f"550 5.2.1 <{GD}> Account disabled", status="5.2.1", remote=MX, address=GD),
     [(GD, False, ("suspend",), R, False)]),
    ("godaddy-recipient-not-found-gmail", HELP_40685 + " ('550 Recipient not found', as Gmail quotes it; status "
     "written by hand)",
     _gmail(f"550 5.1.1 <{GD}> Recipient not found. <http://x.co/irbounce>", "5.1.1"),
     [(GD, True, UNKNOWN, R, False)]),
    # Control: "IB" and three digits inside a host name or a longer token is no GoDaddy tag; the
    # words then decide (a missing mailbox).
    ("tag-inside-a-host-name-is-no-tag", "control, written by hand: a host named ib212.partner.example",
     relayed(f"550 5.1.1 <{GD}>: Recipient address rejected: User unknown (ib212.partner.example)", status="5.1.1",
             remote="ib212.partner.example", address=GD),
     [(GD, True, UNKNOWN, R, False)]),
    ("tag-in-a-longer-token-is-no-tag", "control, written by hand: a queue id IB2120AB",
     relayed(f"550 5.1.1 <{GD}>: Recipient address rejected: User unknown (queue id IB2120AB)", status="5.1.1",
             remote=OTHER_MX, address=GD),
     [(GD, True, UNKNOWN, R, False)]),
]

# ---- Cox (cox.net): its refusals end "Refer to Error Codes section at <its page> for more
# information. AUP#<code>" (as Cox forum posts quote them: "421 cmsmtp blocked. Refer to Error
# Codes section at for more information. AUP#CXCNCT", forums.cox.com discussions 136978 and
# 109845, weak). Codes and meanings: Cox's postmaster "Error Codes" page
# (postmaster.cox.net/confluence/display/postmaster/Error+Codes: CXBL, CDRBL, IPBLnnnn) and its
# residential error-code page as Sisimai::Rhost::Cox quotes it (the rest). Before the fixes in
# classifier/remote/cable.py, IPBL and URLBL read onhold, CXCNCT expired, CXSMTP onhold.
COX = "lead@cox.net"
COX_MX = "cxr.mx.a.cox.net"
COX_PAGE = "https://www.cox.com/residential/support/email-error-codes.html"
COX_SOURCE = ("Cox's error-code pages (postmaster.cox.net Error Codes; cox.com residential email-error-codes as "
              "Sisimai::Rhost::Cox quotes it); the reply line's shape as forums.cox.com posts quote it (weak)")
# (code, the reply's words before the reference, status, SMTP command, reasons, scope)
COX_CODES = [
    ("IPBL0001", "554 cmsmtp 192.0.2.7 blocked.", "5.0.0", "CONN", ("blocked",), S),  # Spamhaus Zen
    ("IPBL1000", "554 cmsmtp 192.0.2.7 blocked.", "5.0.0", "CONN", ("blocked",), S),  # Cloudmark CSI
    ("IPBL0111", "554 cmsmtp 192.0.2.7 blocked.", "5.0.0", "CONN", ("blocked",), S),  # three lists
    ("URLBL011", "552 cmsmtp message rejected.", "5.0.0", "DATA", ("spamdetected",), None),
    ("URLBL1001", "552 cmsmtp message rejected.", "5.0.0", "DATA", ("spamdetected",), None),
    ("CXCNCT", "421 cmsmtp blocked.", "4.0.0", "CONN", ("toomanyconn",), S),
    ("CXMXRT", "421 cmsmtp blocked.", "4.0.0", "MAIL", ("speeding", "toomanyconn"), S),
    ("CXDNS", "554 cmsmtp blocked.", "5.0.0", "CONN", ("requireptr", "blocked"), S),
    ("CXSNDR", "550 <seller@example.com> message rejected.", "5.0.0", "MAIL", ("rejected",), S),
    ("CXSMTP", "550 cmsmtp message rejected.", "5.0.0", "DATA", ("rejected", "authfailure"), S),
    ("CXBL", "554 cmsmtp 192.0.2.7 blocked.", "5.0.0", "CONN", ("blocked",), S),
    ("CDRBL", "421 cmsmtp 192.0.2.7 blocked.", "4.0.0", "CONN", ("blocked",), S),
]


def _cox_rows() -> list[tuple]:
    replies = [(code, f"{words} Refer to Error Codes section at {COX_PAGE} for more information. AUP#{code}", status,
                command, reasons, scope, COX_SOURCE) for code, words, status, command, reasons, scope in COX_CODES]
    rows = tagged_rows("cox", replies, address=COX, mx=COX_MX, exo=False)
    # The forum post's whole Diagnostic-Code: a sending MTA that gave up after its retries
    # ("Status: 5.0.0", "Action: failed", "...AUP#CXCNCT: retry timeout exceeded").
    rows.append(("cox-cxcnct-retry-timeout-exceeded", "forums.cox.com 136978 (weak: the DSN fields a post quotes)",
                 relayed(f"421 cmsmtp blocked. Refer to Error Codes section at {COX_PAGE} for more information. "
                         "AUP#CXCNCT: retry timeout exceeded", status="5.0.0", command=None, remote=COX_MX,
                         address=COX, action="failed"),
                 [(COX, False, ("toomanyconn", "expired"), S, False)]))
    return rows


# ---- Spectrum/Charter: "AUP#I-nnnn" ends its refusals of mail coming in. The reply's shape as an
# Email Geeks post quotes it on suped.com (weak): "5.3.2 (system not accepting network messages)
# smtp;554 dnvrco-cmimta15 esmtp ESMTP server not available AUP#I-1010"; the codes' meanings:
# Spectrum's "Understanding email error codes" page as Sisimai::Rhost::Spectrum quotes it. Before
# the fix (classifier/remote/cable.py TAG), that 554 under 5.3.2 read notaccept, HARD: a live
# Charter address unenrolled because Spectrum refused our sending IP.
SPECTRUM = "lead@charter.net"
SPECTRUM_MX = "mx0.charter.net"
SPECTRUM_SOURCE = ("Spectrum 'Understanding email error codes' as Sisimai::Rhost::Spectrum quotes it; the reply's "
                   "shape as suped.com quotes an Email Geeks post (weak)")
# (code, the reply before the tag, status, SMTP command, reasons, scope)
SPECTRUM_CODES = [
    ("1000", "554 dnvrco-cmimta15 esmtp ESMTP server not available", "5.3.2", "CONN", ("blocked",), S),
    ("1010", "554 dnvrco-cmimta15 esmtp ESMTP server not available", "5.3.2", "CONN", ("blocked",), S),
    ("1310", "421 dnvrco-cmimta15 esmtp ESMTP server temporarily not available", "4.3.2", "CONN",
     ("toomanyconn", "speeding"), S),
    ("1530", "552 dnvrco-cmimta15 esmtp message size exceeds limit", "5.3.4", "DATA", ("mesgtoobig",), None),
    ("1540", "421 dnvrco-cmimta15 esmtp too many messages in this session", "4.0.0", "MAIL",
     ("speeding", "toomanyconn"), S),
    ("1550", "452 dnvrco-cmimta15 esmtp too many recipients", "4.5.3", "RCPT", ("toomanyconn", "speeding"), S),
    ("1560", "550 dnvrco-cmimta15 esmtp too many invalid recipients", "5.0.0", "RCPT",
     ("blocked", "policyviolation"), S),
    # A code the page does not list (AUP#I-1300, a Cloudmark block marketers report): still the sender.
    ("1300", "554 dnvrco-cmimta15 esmtp ESMTP server not available", "5.3.2", "CONN",
     ("blocked", "speeding", "toomanyconn", "badreputation"), S),
]


def _spectrum_rows() -> list[tuple]:
    return tagged_rows("spectrum", [(code, f"{words} AUP#I-{code}", status, command, reasons, scope, SPECTRUM_SOURCE)
                                    for code, words, status, command, reasons, scope in SPECTRUM_CODES],
                       address=SPECTRUM, mx=SPECTRUM_MX)


# ---- Any server's refusal at the greeting under 5.3.2 ("System not accepting network messages"),
# before any recipient was named, whose words do not say the domain takes no mail: our host
# refused (postscreen writes 521 5.3.2 for a client it blocks; Spectrum 554 ... 5.3.2 above), not a
# domain without mail service. Hand-made controls for the rule in classifier/reasons.py.
OTHER = "lead@partner.example"


def refused_greeting(reply: str, status: str) -> bytes:
    """Our Postfix relay's report of a refused greeting: smtp_proto.c writes "host %s refused to
    talk to me: %s" there (notices.relayed's report, that line as Postfix writes it)."""
    return relayed(reply, status=status, command=None, remote=OTHER_MX, address=OTHER).replace(
        b"] said: ", b"] refused to talk to me: ")


GREETING = [
    ("greeting-554-532-not-available", "hand-made: a 554 greeting under 5.3.2 naming no cause (RFC 3463 X.3.2; "
     "RFC 5321 §3.1 554 greeting)",
     refused_greeting("554 5.3.2 mx.partner.example ESMTP service not available", "5.3.2"),
     [(OTHER, False, ("blocked",), S, False)]),
    ("greeting-554-532-does-not-accept-mail", "hand-made control: the same greeting saying the domain takes no mail",
     refused_greeting("554 5.3.2 partner.example does not accept mail", "5.3.2"),
     [(OTHER, True, ("notaccept",), R, False)]),
    ("greeting-554-532-no-stage-gmail", "hand-made: the 554 greeting as Gmail's DSN quotes it, no stage named",
     _gmail("554 5.3.2 mx.partner.example ESMTP service not available", "5.3.2", address=OTHER, remote=OTHER_MX),
     [(OTHER, False, ("blocked",), S, False)]),
]

ROWS = tagged_rows("godaddy", [(code, f"{sentence} {code}", status, command, reasons, scope,
                                TIGERTECH if code == "IB212" else PAGE)
                               for code, sentence, status, command, reasons, scope in CODES],
                   address=GD, mx=MX) + UNTAGGED + RECIPIENT + _cox_rows() + _spectrum_rows() + GREETING
