"""The seventy-fifth review: an adversarial audit of three rules that just landed. (1) hints._TALLY
(review 73): a count of bounces in a Subject is no bounce sign; attacked with real notices whose
Subject counts and whose sender is no obvious daemon (a bounce then missed: the sequence keeps
mailing a dead address), and with sending tools' digests it should still reject in other shapes.
(2) mailbox_states "discontinued" (review 73, suspend, soft): replies whose words also say the
mailbox does not exist, or where "discontinued" speaks of a plan, an API, a domain, a forwarding, a
service. (3) explanations.general_error / recipients._rcpt_continued (Apache James's Bounce
mailet): several recipients, the original's From:/To:/CC: recap naming our sender and a recipient
that was delivered, other causes under "Error message below:".

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices34_layouts.mail
(one text part), review_notices25.rows_relayed (our relay's report of a reply), review_notices3's
james_bounce. All notices HAND-MADE; test_review_notices75.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_relayed
from tests.classifier.review_notices3 import JAMES_BOUNCE, JAMES_DNS, james_bounce
from tests.classifier.review_notices34_layouts import mail

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
_AUTO = "Auto-Submitted: auto-generated\n"
_BULK = "Auto-Submitted: auto-generated\nPrecedence: bulk\n"


def _dead(address: str = LEAD) -> list[tuple]:
    return [(address, True, ("userunknown",), R, False)]


# ---- 1. a count of bounces in a Subject (hints._TALLY) -------------------------------------------
# Notices from a mail system whose address no daemon pattern knows (a Domino "Mail Router", a
# hosting panel's noreply@, a gateway), one text part, no RFC 3834 mark: the Subject and the words
# are all they have. Each says the failure and names the failed address.
_GW = f"Your message to {LEAD} could not be delivered.\n\n{LEAD}: 550 5.1.1 User unknown\n"
# Lotus Domino's router failure report (its documented wording: "Your message ... was not delivered
# to: ... because: User ... not listed in Domino Directory"; HCL Domino admin help, "Mail routing
# messages"), here as plain text.
_DOMINO = (f"Your message\n\n  Subject: Hello\n\nwas not delivered to:\n\n  {LEAD}\n\nbecause:\n\n"
           f"  User {LEAD} not listed in Domino Directory\n")
_EXIM = ("This message was created automatically by mail delivery software.\n\nA message that you sent could "
         "not be delivered to one or more of its\nrecipients. This is a permanent error. The following "
         f"address(es) failed:\n\n  {LEAD}\n    host {MX} [192.0.2.7]\n    SMTP error from remote mail server "
         "after RCPT TO:<" + LEAD + ">:\n    550 5.1.1 User unknown\n")
_DE = (f"Ihre Nachricht an {LEAD} konnte nicht zugestellt werden.\n\n{LEAD}: 550 5.1.1 Benutzer unbekannt "
       "(user unknown)\n")
TS = "a notice with a count in its Subject, from a sender no daemon pattern knows (HAND-MADE; hints._TALLY audit)"
DOM = "HCL Domino router failure report wording ('was not delivered to ... because: ... not listed in Domino Directory')"
EXIM = "Exim src/deliver.c bounce text ('This message was created automatically by mail delivery software.')"
MDAEMON = "MDaemon's own notices come from MDaemon@<domain> ('Message delivery failure' Subject; weak, as docs show)"
TALLY = [
    ("tally-router-one-bounced-plain", TS,
     mail("Mail Router <router@partner.example>", "Notice: 1 bounced message", _GW), _dead()),
    ("tally-webhost-noreply-two-bounced", TS + "; a hosting panel's notice from its noreply@",
     mail("Web Host <noreply@webhost.example>", "You have 2 bounced emails", _GW), _dead()),
    ("tally-domino-router-count", TS + "; " + DOM,
     mail("Mail Router <router@partner.example>", "Mail Router: 1 bounced message", _DOMINO), _dead()),
    ("tally-domino-delivery-failure-count", DOM + "; a bounce word beside the count",
     mail("Mail Router <router@partner.example>", "DELIVERY FAILURE: 2 bounced", _DOMINO), _dead()),
    ("tally-mdaemon-recipients", MDAEMON,
     mail("MDaemon@partner.example", "Message delivery failure: 2 recipients", _GW), _dead()),
    ("tally-hosting-exim-two-bounced", EXIM + "; a hosting panel's Subject with a count",
     mail("Mail Delivery System <Mailer-Daemon@host.webhost.example>",
          "Mail delivery failed: returning message to sender (2 bounced)", _EXIM), _dead()),
    ("tally-gateway-notification-count", TS + "; a gateway's 'delivery notification' Subject (Barracuda-like)",
     mail("Email Security <noreply@ess.partner.example>", "Message delivery notification: 1 bounced", _GW),
     _dead()),
    ("tally-noreply-auto-generated", TS + "; marked auto-generated (RFC 3834)",
     mail("Web Host <noreply@webhost.example>", "1 bounced message", _GW, _AUTO), _dead()),
    ("tally-three-messages-bounced", TS + "; the count before 'messages bounced'",
     mail("Mail Router <router@partner.example>", "3 messages bounced", _GW), _dead()),
    ("tally-german-count", TS + "; German ('2 Nachrichten unzustellbar')",
     mail("Mailsystem <system@partner.example>", "2 Nachrichten unzustellbar", _DE), _dead()),
    # A person's forward of a notice is read as the notice (formats/nested.py, forward_marks.py).
    ("tally-colleague-forward", "formats/nested.py: a notice forwarded inline by a person is read as the notice (HAND-MADE)",
     mail("Kim Colleague <kim@ourco.example>", "FW: 1 bounced message",
          "Kim here, this one bounced, FYI.\n\n-----Original Message-----\nFrom: Mail Router <router@partner.example>\n"
          "Subject: Notice: 1 bounced message\n\n" + _GW), _dead()),
]
# Sending tools' digests in the shapes review 73's pattern did not take: a count before a noun,
# "Bounces: 7", a bounce report, an undeliverable count beside the bounced one. No bounce.
DG = "a sending tool's digest to the salesperson (HAND-MADE; as review 73's Constant Contact report)"
_DIGEST = f"Bounced\nMailbox Full: {LEAD}\nNon-existent: kim@other.example\n"
_QUOTING = (f"Bounced this week:\n- {LEAD}: Your message to {LEAD} could not be delivered (550 5.1.1 user unknown)\n"
            "- kim@other.example: mailbox full\n")
DIGESTS = [
    ("digest-weekly-12-bounces", DG, mail("ESP Reports <reports@esp.example>", "Weekly report: 12 bounces", _DIGEST,
                                          _BULK), []),
    ("digest-bounced-and-undeliverable", DG,
     mail("ESP Reports <reports@esp.example>", "Your campaign summary: 3 bounced, 1 undeliverable", _DIGEST, _BULK), []),
    ("digest-bounce-report-addresses", DG,
     mail("ESP Reports <reports@esp.example>", "Bounce report: 4 addresses", _DIGEST, _BULK), []),
    ("digest-12-emails-bounced", DG,
     mail("ESP Reports <reports@esp.example>", "Weekly report: 12 emails bounced", _DIGEST, _BULK), []),
    ("digest-hard-bounces-and-replies", DG,
     mail("Sequences <notifications@sales.example>", "Sequence digest: 3 hard bounces, 2 replies", _DIGEST, _AUTO), []),
    ("digest-bounces-colon-count", DG,
     mail("ESP Reports <reports@esp.example>", "Daily stats - Bounces: 7", _DIGEST, _BULK), []),
    ("digest-thousands-bounced", DG,
     mail("ESP Reports <reports@esp.example>", "Campaign \"Spring\" results: 1,204 bounced", _DIGEST, _BULK), []),
    # A digest that quotes the server's failure sentence for an address it lists (as Woodpecker's
    # "Message from the mail server:" does), with and without an RFC 3834 mark.
    ("digest-quotes-failure-auto", DG + "; the server's sentence quoted",
     mail("Sequences <notifications@sales.example>", "Sequence digest: 2 bounces", _QUOTING, _AUTO), []),
    ("digest-quotes-failure-unmarked", DG + "; the server's sentence quoted, no RFC 3834 mark",
     mail("Sequences <notifications@sales.example>", "Sequence digest: 2 bounces", _QUOTING), []),
]

# ---- 2. "discontinued" as a mailbox state (mailbox_states._OFF) ----------------------------------
DC = "replies with 'discontinued' (HAND-MADE; audit of review 73's mailbox state, CleverReach's wording)"
H_UNK, H_HOST, H_MOVED = ("userunknown",), ("hostunknown", "notaccept"), ("hasmoved", "userunknown")
DISCONTINUED = [
    ("no-such-user-beside", "550 5.1.1 mailbox discontinued, no such user", "5.1.1", "RCPT", True, H_UNK, R),
    ("address-user-unknown", f"550 5.1.1 <{LEAD}>: address discontinued: user unknown", "5.1.1", "RCPT", True,
     H_UNK, R),
    ("user-unknown-first", "550 5.1.1 User unknown; mailbox discontinued", "5.1.1", "RCPT", True, H_UNK, R),
    ("no-longer-exists", "550 5.1.1 Mailbox discontinued - this address no longer exists", "5.1.1", "RCPT", True,
     H_UNK, R),
    ("does-not-exist", "550 5.1.1 The email account that you tried to reach does not exist; mailbox discontinued",
     "5.1.1", "RCPT", True, H_UNK, R),
    ("domain", "550 5.1.2 domain discontinued", "5.1.2", "RCPT", True, H_HOST, R),
    ("domain-mail-service", "550 5.1.2 mail service for this domain has been discontinued", "5.1.2", "RCPT", True,
     H_HOST, R),
    ("our-plan", "550 5.7.1 Your plan has been discontinued; upgrade to send", "5.7.1", "MAIL", False, (), S),
    ("api-version", "550 5.7.1 API v1 discontinued, use v2", "5.7.1", "DATA", False, (), ANY),
    ("forwarding", "550 5.1.1 forwarding discontinued for this address", "5.1.1", "RCPT", True, H_MOVED, R),
    ("moved", "550 5.1.6 mailbox discontinued, user has moved", "5.1.6", "RCPT", True, H_MOVED, R),
    ("no-longer-in-use", "550 5.2.1 mailbox is no longer in use", "5.2.1", "RCPT", False, ("suspend",), R),
    ("account-521", "550 5.2.1 account discontinued", "5.2.1", "RCPT", False, ("suspend",), R),
    ("account-511", "550 5.1.1 account discontinued", "5.1.1", "RCPT", False, ("suspend",), R),
    ("mailbox-4xx", "452 4.2.1 mailbox discontinued temporarily", "4.2.1", "RCPT", False, (), ANY),
    ("service-for-ip", "550 5.7.1 Service discontinued for your IP 192.0.2.1", "5.7.1", "RCPT", False, (), ANY),
    ("webmail-service-note", "550 5.1.1 Recipient unknown (legacy webmail service discontinued)", "5.1.1", "RCPT",
     True, H_UNK, R),
    ("account-service-note", "550 5.1.1 user unknown. Our free account service was discontinued, see partner.example",
     "5.1.1", "RCPT", True, H_UNK, R),
    ("sender-account", "554 5.7.1 Sender account discontinued", "5.7.1", "MAIL", False, (), S),
]
# Controls of review 75's mend (reasons._first_pass: a 5.1.1/5.1.6 status said again in words beats a
# state word): our own account at MAIL, a 4xx, a state word alone under 5.1.1 (Verizon's "deactivated
# due to abuse (#5.1.1)", BMH 0196 in phrases.py), Gmail's 5.2.1 disabled account: all stay soft.
CC = "controls of review 75's status-and-words rule (HAND-MADE replies; Verizon's as phrases.py cites BMH 0196)"
STATE_CONTROLS = [
    ("our-account-disabled-no-such-user", "553 5.1.1 Sender account disabled, no such user", "5.1.1", "MAIL", False,
     (), S),
    ("your-account-user-unknown", "550 5.1.1 Your account is disabled: user unknown, log in to reactivate", "5.1.1",
     "MAIL", False, (), S),
    ("disabled-4xx-user-unknown", "450 4.1.1 mailbox disabled, user unknown for now", "4.1.1", "RCPT", False, (),
     ANY),
    ("verizon-deactivated-511", "550 5.1.1 VS10-RT Possible forgery or deactivated due to abuse (#5.1.1)", "5.1.1",
     "RCPT", False, ("suspend",), R),
    ("user-account-disabled-511", "550 5.1.1 User account disabled", "5.1.1", "RCPT", False, ("suspend",), R),
    # A generic refusal beside the state is no word that the mailbox does not exist (Infomaniak's, review 9).
    ("rejected-discontinued-511", "550 5.1.1 Recipient address rejected: mailbox discontinued", "5.1.1", "RCPT",
     False, ("suspend",), R),
    ("gmail-disabled-521", "550 5.2.1 The email account that you tried to reach is disabled.", "5.2.1", "RCPT",
     False, ("suspend",), R),
]

# ---- 3. Apache James's Bounce mailet (explanations.general_error, recipients._rcpt_continued) ------
JB = JAMES_BOUNCE + " (appendAddresses writes the original's From/To/CC unindented)"
_DEAD = "lead@nosuch.example"
_NO_MX = ("I found no MX record entries for the hostname nosuch.example.  I cannot determine where to send this "
          "message.")


def _james_to(name: str, address: str, error: str, more: tuple[str, ...], to_also: tuple[str, ...]) -> bytes:
    """james_bounce, the original's To: recap also naming recipients that were delivered (RemoteDelivery
    bounces only the failed ones: RCPT TO lists those)."""
    raw = james_bounce(name, address, error, more)
    extra = "".join(f"{a} \n" for a in to_also)
    return raw.replace(f"  To: \n{address} \n".encode(), f"  To: \n{address} \n{extra}".encode(), 1)


JAMES = [
    ("james-three-recipients-no-mx", JB + "; " + JAMES_DNS,
     james_bounce("j75a", _DEAD, _NO_MX, ("kim@nosuch.example", "pat@nosuch.example")),
     [(a, True, ("hostunknown",), R, False) for a in (_DEAD, "kim@nosuch.example", "pat@nosuch.example")]),
    ("james-two-failed-one-delivered", JB + "; a third recipient delivered, named only in the To: recap",
     _james_to("j75b", _DEAD, _NO_MX, ("kim@nosuch.example",), ("ok@fine.example",)),
     [(a, True, ("hostunknown",), R, False) for a in (_DEAD, "kim@nosuch.example")]),
    ("james-user-unknown-to-recap-our-sender", JB + "; the To: recap names our sender and a colleague",
     _james_to("j75c", LEAD, f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown", (),
               ("seller@example.com", "boss@example.com")), _dead()),
    ("james-spam-refused", JB + "; the remote refused the content as spam (soft)",
     james_bounce("j75d", LEAD, "554 5.7.1 Message rejected as spam (score 12.5, required 5.0)"),
     [(LEAD, False, ("spamdetected",), "", False)]),
    ("james-421-given-up", JB + "; a 421 at connection given up (soft)",
     james_bounce("j75e", LEAD, "421 4.7.0 Try again later, closing connection."),
     [(LEAD, False, (), "", False)]),
    ("james-mailbox-full-multiline", JB + "; a multi-line 5.2.2 reply as the exception message",
     james_bounce("j75f", LEAD, "552-5.2.2 The email account that you tried to reach is over quota.\n"
                  "552 5.2.2 Please direct the recipient to a help page."),
     [(LEAD, False, ("mailboxfull",), R, False)]),
    ("james-discontinued-no-such-user", JB + "; rules 2 and 3 together",
     james_bounce("j75g", LEAD, "550 5.1.1 mailbox discontinued, no such user"), _dead()),
]

ROWS = (TALLY + DIGESTS + rows_relayed("discontinued", DC, MX, LEAD, DISCONTINUED)
        + rows_relayed("state", CC, MX, LEAD, STATE_CONTROLS) + JAMES)
