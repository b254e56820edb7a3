"""The seventy-fourth review: misreadings earlier reviews left as judgement calls or KNOWN, mended each in its
rule's home, each with controls where the same words mean something else.

(1) Postfix's recipient access check deferring (450 4.7.1 "<a@b>: Recipient address rejected: <text>") given up
after the queue lifetime, its text a leaver's (review 69's gave-up-no-longer-works): the 4.7.1 is the access
table's DEFER, not our host barred, so the words decide (classifier/departures.py). Controls: a greylisting, our
client host or our sender refused under 4.7.1, a postmaster away, a policy service naming our host, the same
leaver words as a delay. (2) A VERP-sent parcel notice whose writer broke "could not deliver parcel 4711 to" just
before the address (invariance KNOWN notices44_more:verp-shop-notice): the "a@b: ..." line is that sentence's tail,
not a notice's `addr:` paragraph (formats/recipients.py); and Mimecast's "Your message to <a@b> was rejected."
(review 57's mimecast-postmaster-rejected-release) a failure sentence. Controls: a real notice wrapped before the
address, a person's own words. (3) Outlook's recall reports ("Recall Success" / "Recall Failure", "Message Recall
Report for message:", review 71's recall-report-deleted) are never bounces (classifier/hints.py). Controls: NDRs
that mention a recall and quote an SMTP reply. (4) Exim's delay reason broken between "after" and "RCPT TO:<a@b>:"
(invariance KNOWN, reviews 26/44/45) keeps its stage (formats/explanations.exim_stage). Controls: the same break
before MAIL FROM (our sender's address, never a recipient's stage) and before "end of data".

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All notices HAND-MADE; test_review_notices74.py
runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, relayed
from tests.classifier.review_notices34_layouts import mail
from tests.classifier.review_notices43_layouts import exim_warning
from tests.classifier.review_notices67_layouts import PF, PF_ACCESS, hard, soft

# Postfix's recipient access check: access(5) DEFER / "4NN text" / DEFER_IF_PERMIT, and a policy service's DEFER,
# reply 450 (access_map_defer_code) with 4.7.1 and "<a@b>: Recipient address rejected: <text>" (smtpd_check.c names
# the restriction: "Client host rejected:", "Helo command rejected:", "Sender address rejected:" for the others).
PF_DEFER = ("Postfix access(5) DEFER <text> at RCPT (access_map_defer_code 450, 4.7.1; smtpd_check.c reply_name "
            "'Recipient address'); given up after maximal_queue_lifetime (postconf(5)): Action failed, 4.7.1 kept")
PF_CLIENT = ("Postfix postconf(5) reject_unknown_reverse_client_hostname (unknown_reverse_client_reject_code 450, "
             "'Client host rejected: cannot find your reverse hostname'), given up after maximal_queue_lifetime")
PF_SENDER = "Postfix access(5) on the sender (check_sender_access DEFER: 'Sender address rejected:', 450 4.7.1)"
POSTGREY = "postgrey(8) (DEFER_IF_PERMIT 'Greylisted, see http://postgrey.schweikert.ch/help/<domain>.html')"
POLICYD = "policyd-weight's DEFER text ('Mail appeared to be SPAM or forged ... DNSBLs'), under Postfix's recipient check"
VERP = "hints.DAEMON_FROM (review 43: VERP local parts 'bounce-123@'); a shop's VERP From, its writer's width (HAND-MADE)"
PLAIN = ("a plain-text notice from MAILER-DAEMON whose writer broke 'could not be delivered to' before the address "
         "(formats/recipients.wrapped_sentence, INLINE[0])")
MIMECAST = ("Mimecast KB 'Mimecast SMTP error codes' (550 'Administrative prohibition'; 550 5.1.1 for an unknown "
            "user) and its rejection notification 'Your message to <a@b> was rejected.' (weak: configurable text)")
RECALL = ("Outlook's recall reports: OlTrackingStatus olTrackingRecallSuccess / olTrackingRecallFailure ('Recall "
          "Success' / 'Recall Failure'); learn.microsoft.com 'Work with Cloud-based Message Recall' (the Message "
          "Recall Report for message: <subject>); Microsoft Support 'Recall or replace an email message that you sent'")
EXIM_WARN = ("Exim src/deliver.c delay warning ('Delay reason: SMTP error from remote mail server after RCPT "
             "TO:<a@b>:', review_notices43_layouts.exim_warning), its lines broken by a writer's width (HAND-MADE)")
EXO = "Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (notices.exchange_own)"

_RA = f"<{LEAD}>: Recipient address rejected: "
_SENDER_ADDR = "seller@example.com"
_MSX = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.example>"
_AUTO = "Auto-Submitted: auto-generated\n"
_SENDER_SCOPE = [(LEAD, False, (), "sender", False)]


def _gave_up(rid: str, source: str, reply: str, status: str, expected: list[tuple]) -> tuple:
    return (f"{rid}-postfix", f"{source}; {PF}", relayed(reply, status=status, action="failed"), expected)


def _warning(name: str, reason: str) -> bytes:
    """Exim's delay warning as deliver.c writes it: no X-Failed-Recipients (Exim adds that header to its failure
    notices only), so the body's lines alone name the recipient and its stage."""
    return exim_warning(name, LEAD, reason).replace(f"X-Failed-Recipients: {LEAD}\n".encode(), b"")


def _report(body: str) -> bytes:
    return mail("MAILER-DAEMON@mail.example.com (Mail Delivery System)", "Undelivered Mail Returned to Sender", body,
                _AUTO)


ROWS: list[tuple] = [
    # ---- (1) Postfix's recipient access check, 4.7.1, given up ---------------------------------------------
    _gave_up("gave-up-no-longer-works-at", PF_DEFER, "450 4.7.1 " + _RA + "Lena Lead no longer works at Example Ltd",
             "4.7.1", hard("hasmoved")),
    _gave_up("gave-up-has-left", PF_DEFER, "450 4.7.1 " + _RA + "Lena Lead has left Example Ltd; please contact "
             "sales@example.org", "4.7.1", hard("hasmoved")),
    _gave_up("gave-up-ex-employee", PF_DEFER, "450 4.7.1 " + _RA + "ex-employee, mailbox closed", "4.7.1",
             hard("hasmoved", "userunknown")),
    _gave_up("gave-up-5xx-already", PF_ACCESS, "554 5.7.1 " + _RA + "Lena Lead no longer works at Example Ltd",
             "5.7.1", hard("hasmoved")),
    # Controls: a greylisting, our client host, our sender, a postmaster away, a policy service naming our host.
    _gave_up("gave-up-postgrey", POSTGREY, "450 4.7.1 " + _RA + "Greylisted, see "
             "http://postgrey.schweikert.ch/help/example.org.html", "4.7.1", soft()),
    _gave_up("gave-up-client-host", PF_CLIENT, "450 4.7.1 Client host rejected: cannot find your reverse hostname, "
             "[192.0.2.25]", "4.7.1", _SENDER_SCOPE),
    _gave_up("gave-up-client-host-access", PF_CLIENT + "; check_client_access DEFER <text>",
             "450 4.7.1 <mail.example.com[192.0.2.25]>: Client host rejected: Access denied", "4.7.1", _SENDER_SCOPE),
    _gave_up("gave-up-sender-address", PF_SENDER, f"450 4.7.1 <{_SENDER_ADDR}>: Sender address rejected: Sam Seller "
             "no longer works at Example Com", "4.7.1", _SENDER_SCOPE),
    _gave_up("gave-up-postmaster-away", PF_DEFER, "450 4.7.1 " + _RA + "our postmaster has left for the day, try "
             "again later", "4.7.1", soft()),
    _gave_up("gave-up-policyd", POLICYD, "450 4.7.1 " + _RA + "Mail appeared to be SPAM or forged. Ask your "
             "Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs", "4.7.1",
             soft()),
    _gave_up("gave-up-sender-left", PF_DEFER, "450 4.7.1 " + _RA + f"the sender {_SENDER_ADDR} no longer works at "
             "Example Com", "4.7.1", soft()),
    ("delay-no-longer-works-at-postfix", PF_DEFER.replace("given up after", "still within") + "; a delay notice",
     relayed("450 4.7.1 " + _RA + "Lena Lead no longer works at Example Ltd", status="4.7.1", action="delayed"),
     soft(delay=True)),
    # ---- (2) A sentence broken before the address; Mimecast's "was rejected." -----------------------------------
    ("verp-parcel-broken-before-address", VERP,
     mail("Parcel Service <bounce-7781@mail.parcels.example>", "Your parcel could not be delivered",
          f"Dear customer,\n\nwe could not deliver parcel 4711 to\n{LEAD}: address unknown at the door.\n"
          "Please book a new delivery date at parcels.example.\n", to=LEAD), []),
    ("verp-parcel-held-for", VERP,
     mail("Parcel Service <bounce-7782@mail.parcels.example>", "We could not deliver your parcel",
          f"Dear customer,\n\nwe are holding parcel 4712 for\n\t{LEAD}: nobody answered the door.\n"
          "Collect it at the depot within 7 days.\n", to=LEAD), []),
    ("plain-notice-broken-before-address", PLAIN,
     _report(f"This is the mail system at host mail.example.com.\n\nYour message could not be delivered to\n"
             f"{LEAD}: 550 5.1.1 User unknown\n"), [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("plain-notice-broken-before-bracketed", PLAIN,
     _report(f"This is the mail system at host mail.example.com.\n\nYour message could not be delivered to\n"
             f"<{LEAD}>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <{LEAD}>: Recipient address rejected: "
             "User unknown in virtual mailbox table (in reply to RCPT TO command)\n"),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("mimecast-rejected-unknown", MIMECAST,
     mail("Mimecast <postmaster@partner.example>", "Message rejected: Quote for Q3",
          f"Your message to {LEAD} was rejected.\n\nReason: 550 5.1.1 User unknown\n", _AUTO),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("mimecast-rejected-prohibition", MIMECAST,
     mail("Mimecast <postmaster@partner.example>", "Message rejected: Pricing",
          f"Your message to {LEAD} has been rejected.\n\nReason: 550 Administrative prohibition\n", _AUTO),
     [(LEAD, False, (), "", False)]),
    ("person-says-was-rejected", "a colleague's own mail (no daemon, no automatic mark): words, not a notice",
     mail("Pat Partner <pat@partner.example>", "Re: your proposal",
          f"Hi,\n\nyour message to {LEAD} was rejected by our review board this week; please resubmit the "
          "proposal in January.\n\nPat\n"), []),
    # ---- (3) Outlook's recall reports ---------------------------------------------------------------------------
    ("recall-success-report", RECALL,
     mail(_MSX, "Recall Success: Quote for Q3", f"Your message\n\nTo: {LEAD}\nSubject: Quote for Q3\nSent: "
          "12/4/2026 9:55 AM\n\nRecall Success: the message was deleted from the recipient's mailbox.\n", _AUTO), []),
    ("recall-failure-report", RECALL,
     mail(_MSX, "Recall Failure: Quote for Q3", f"Your message\n\nTo: {LEAD}\nSubject: Quote for Q3\nSent: "
          "12/4/2026 9:55 AM\n\nRecall Failure: the recipient had already read the message.\n", _AUTO), []),
    ("recall-cloud-report-link", RECALL + "; the report mail linking to the report (windowspro.de on the cloud recall)",
     mail(_MSX, "Message Recall Report for message: Quote for Q3", "Message Recall Report for message: Quote for "
          "Q3\n\nYour recall request has been processed. View the status for each recipient in the recall report:\n"
          "https://outlook.office.com/mail/recallreport\n", _AUTO), []),
    # Controls: an NDR that mentions a recall and quotes the remote reply stays a bounce.
    ("ndr-mentions-recall-failure", EXO + "; the NDR of a recall request",
     exchange_own("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", status="5.1.1",
                  body=f"Your message to {LEAD} couldn't be delivered.\n\nRecall failure: the message could not be "
                  "recalled because it was never delivered. lead wasn't found at example.org."),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("postfix-ndr-original-recall-success", "Postfix bounce(8) text with the returned Subject quoted (HAND-MADE)",
     _report(f"This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your "
             f"message could not\nbe delivered to one or more recipients.\n\n<{LEAD}>: host mx.example.org[192.0.2.7] "
             "said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\nSubject: Recall Success: Quote for Q3\n"),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    # ---- (4) Exim's delay reason broken before its command's address -----------------------------------------
    ("exim-delay-broken-after", EXIM_WARN, _warning("r74a", "SMTP error from remote mail server after\n"
     f"    RCPT TO:<{LEAD}>:\n    450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table"),
     [(LEAD, False, ("userunknown",), "recipient", True)]),
    ("exim-delay-broken-after-rcpt", EXIM_WARN, _warning("r74b", "SMTP error from remote mail server after "
     f"RCPT\n    TO:<{LEAD}>:\n    451 <{LEAD}>: User unknown"), [(LEAD, False, ("userunknown",), "recipient", True)]),
    # Controls: MAIL FROM names our sender (its refusal is ours, whatever the recipient); "end of data" is a filter.
    ("exim-delay-broken-mail-from", EXIM_WARN, _warning("r74c", "SMTP error from remote mail server after\n"
     f"    MAIL FROM:<{_SENDER_ADDR}> SIZE=2048:\n    451 4.7.1 <{_SENDER_ADDR}>: Sender address rejected: try again "
     "later"), [(LEAD, False, (), "sender", True)]),
    ("exim-delay-broken-end-of-data", EXIM_WARN, _warning("r74d", "SMTP error from remote mail server after\n"
     "    end of data:\n    451 4.7.1 Message held for content review, try again later"),
     [(LEAD, False, (), "", True)]),
]
