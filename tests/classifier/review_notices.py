"""An independent review's notices (bbreview): whole bounce notices written the way their servers
write them, each from the server's own source or documentation (named in the row), with the
expectation decided from the server's words and shared/classifier/taxonomy.md BEFORE the
classifier was run. test_review_notices.py runs them. All HAND-MADE.

A row: (name, source, raw message, expected) where expected lists, per failed recipient in the
notice's order, (address, hard, allowed reasons or None, scope or None, delay). `hard` is the
product's reading: the classifier's hard_bounce where the notice is no delay warning (the
planner never takes a delay notice as hard: sync/planner/rules.py is_hard); `delay` says the
notice is a warning that delivery is still being tried (Action: delayed)."""

from __future__ import annotations

from tests.classifier.notices import relayed

RCPT_HARD = ("userunknown",)
_ORIG = ("From: Seller <seller@example.com>\nTo: {to}\nSubject: {subject}\nMessage-ID: <bbreview-{name}@example.com>\n"
         "Date: Tue, 1 Dec 2026 10:00:00 +0000\n\nHello\n")


def hmailserver(name: str, subject: str, block: str) -> bytes:
    """hMailServer's own notice (no DSN part): its MESSAGE_UNDELIVERABLE Subject label before the
    original's subject, its SEND_FAILED_NOTIFICATION text (hMailServer's hm_servermessages
    table: "Your message did not reach some or all of the intended recipients. ... Sent: ...
    Subject: %MACRO_SUBJECT% ... The following recipient(s) could not be reached:")."""
    return ("From: mailer-daemon@mail.partner.example\nTo: seller@example.com\nDate: Thu, 3 Dec 2026 10:00:00 +0100\n"
            f"Subject: Message undeliverable: {subject}\nMessage-ID: <hms-{name}@mail.partner.example>\n"
            "X-Hand-Made: yes (hMailServer SEND_FAILED_NOTIFICATION)\nMIME-Version: 1.0\nContent-Type: text/plain\n\n"
            "Your message did not reach some or all of the intended recipients.\n\n"
            f"   Sent: Thu, 3 Dec 2026 09:59:58 +0100\n   Subject: {subject}\n\n"
            "The following recipient(s) could not be reached:\n\n" + block + "\n\n\nhMailServer\n").encode()


def _hms_block(address: str, reply: str) -> str:
    return (f"{address}\n   Error Type: SMTP\n   Remote server (192.0.2.44) issued an error.\n"
            f"   hMailServer sent: RCPT TO:<{address}>\n   Remote server replied: {reply}\n")


def exchange_text(name: str, subject: str, body: str, generator: str = "Microsoft Outlook <postmaster@partner.example>") -> bytes:
    """An Exchange NDR as plain text with no DSN part (the user text, "Diagnostic information for
    administrators", "Remote Server returned '...'", "Original message headers:"), as Exchange
    2010 and Exchange Online write their human part: Subject "Undeliverable: <original's>"."""
    return (f"From: {generator}\nTo: seller@example.com\nSubject: Undeliverable: {subject}\n"
            f"Date: Thu, 3 Dec 2026 10:00:00 +0000\nMessage-ID: <ndr-{name}@partner.example>\n"
            "X-Hand-Made: yes (Exchange NDR text, no DSN part)\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
            + body + "\nOriginal message headers:\n\n" + _ORIG.format(to="x", subject=subject, name=name).split("\n\n")[0]
            + "\n").encode()


def domino(name: str, subject: str, address: str, because: str) -> bytes:
    """HCL Domino's router failure report as plain text ("Your message / Subject: ... / was not
    delivered to: / ... / because: ...", Subject "DELIVERY FAILURE: <because>")."""
    return ("From: Postmaster <postmaster@acme.example>\nTo: seller@example.com\n"
            f"Subject: DELIVERY FAILURE: {because}\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            f"Message-ID: <dom-{name}@acme.example>\nX-Hand-Made: yes (Domino router failure report)\n"
            "MIME-Version: 1.0\nContent-Type: text/plain\n\n"
            f"Your message\n\n  Subject: {subject}\n\nwas not delivered to:\n\n  {address}\n\n"
            f"because:\n\n  {because}\n").encode()


def sendmail_text(name: str, fatal: str, transcript: str) -> bytes:
    """Sendmail's error body as plain text, no DSN part (savemail.c errbody with SendMimeErrors
    off, or a colleague's inline forward that drops the parts): "The following addresses had
    permanent fatal errors", each "(reason: ...)", then "Transcript of session follows"."""
    return ("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>\nTo: seller@example.com\n"
            f"Subject: Returned mail: see transcript for details\nMessage-ID: <sm-{name}@mail.example.com>\n"
            "X-Hand-Made: yes (Sendmail errbody, no DSN part)\nMIME-Version: 1.0\nContent-Type: text/plain\n\n"
            "The original message was received at Tue, 1 Dec 2026 10:00:00 GMT\nfrom localhost [127.0.0.1]\n\n"
            f"   ----- The following addresses had permanent fatal errors -----\n{fatal}\n"
            f"   ----- Transcript of session follows -----\n{transcript}\n"
            "   ----- Original message follows -----\n\n"
            + _ORIG.format(to="yuri@partner.example, zoe@slow.example", subject="Hello", name=name)).encode()


_SM_YURI = "<yuri@partner.example>\n    (reason: 550 5.1.1 <yuri@partner.example>... User unknown)\n"
_SM_ZOE = "<zoe@slow.example>\n    (reason: Deferred: Connection timed out with mx.slow.example.)\n"
_SM_TRANSCRIPT = ("... while talking to mx.partner.example.:\n>>> RCPT To:<yuri@partner.example>\n"
                  "<<< 550 5.1.1 <yuri@partner.example>... User unknown\n550 5.1.1 <yuri@partner.example>... User unknown\n"
                  "<zoe@slow.example>... Deferred: Connection timed out with mx.slow.example.\n"
                  "Message could not be delivered for 5 days\nMessage will be deleted from queue\n")
_SM_EXPECTED = [("yuri@partner.example", True, RCPT_HARD, "recipient", False),
                ("zoe@slow.example", False, ("expired", "networkerror"), "recipient", False)]


def exim_text(name: str, blocks: str, failed: str) -> bytes:
    """Exim's bounce as plain text with no DSN part (deliver.c's texts before Exim wrote
    multipart/report, or a forward that drops the parts): "The following address(es) failed:",
    each address indented two spaces and its error four, then the copy of the message."""
    return ("From: Mail Delivery System <Mailer-Daemon@mail.example.com>\nTo: seller@example.com\n"
            f"Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: {failed}\n"
            f"Message-ID: <ex-{name}@mail.example.com>\nX-Hand-Made: yes (Exim bounce, no DSN part)\n"
            "MIME-Version: 1.0\nContent-Type: text/plain\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n" + blocks + "\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + _ORIG.format(to=failed, subject="Hello", name=name)).encode()


_EXIM_ANNA = ("  anna@partner.example\n    SMTP error from remote mail server after RCPT TO:<anna@partner.example>:\n"
              "    host mx.partner.example [192.0.2.10]: 550 5.1.1 <anna@partner.example>: Recipient address rejected: "
              "User unknown\n")
_EXIM_GAVE_UP = ("expired", "networkerror", "systemerror")


def _exim_pair(name: str, dave: str, anna_first: bool) -> bytes:
    dave_block = f"  dave@slow.example\n    {dave}\n"
    blocks = _EXIM_ANNA + dave_block if anna_first else dave_block + _EXIM_ANNA
    return exim_text(name, blocks, "anna@partner.example, dave@slow.example")


_UNKNOWN_550 = "550 5.1.1 <lead@partner.example>: Recipient address rejected: User unknown in virtual mailbox table"
_EXO_UNKNOWN = ("Your message to quinn@partner.example couldn't be delivered.\n\nquinn wasn't found at partner.example.\n\n"
                "Diagnostic information for administrators:\n\nGenerating server: AM6PR01MB1234.eurprd01.prod.outlook.com\n\n"
                "quinn@partner.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                "quinn@partner.example not found by SMTP address lookup'\n")
_EX2010_UNKNOWN = ("Delivery has failed to these recipients or distribution lists:\n\nRoss Lee\nThe e-mail address you entered "
                   "couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the "
                   "problem continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\n"
                   "Generating server: EXCH01.partner.example\n\nross.lee@partner.example\n"
                   "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n")

# The original's subject is the sender's words, never the generator's: a final notice that
# repeats a subject such as "Sorry for the delayed reply" is no delay warning (it was read as
# one: a hard bounce the planner then never applies, a false soft).
DELAY_WORDS_OF_THE_SENDER = [
    ("hms-subject-plain", "hMailServer SEND_FAILED_NOTIFICATION, a 550 5.1.1 at RCPT (control row)",
     hmailserver("h1", "Follow-up", _hms_block("lead@partner.example", _UNKNOWN_550)),
     [("lead@partner.example", True, RCPT_HARD, "recipient", False)]),
    ("hms-subject-delayed", "hMailServer, original subject 'Sorry for the delayed reply'",
     hmailserver("h2", "Sorry for the delayed reply", _hms_block("lead@partner.example", _UNKNOWN_550)),
     [("lead@partner.example", True, RCPT_HARD, "recipient", False)]),
    ("hms-subject-has-been-delayed", "hMailServer, original subject 'Your onboarding has been delayed' (quoted as Subject:)",
     hmailserver("h3", "Your onboarding has been delayed", _hms_block("lead@partner.example", _UNKNOWN_550)),
     [("lead@partner.example", True, RCPT_HARD, "recipient", False)]),
    ("hms-subject-will-retry", "hMailServer, original subject 'We will retry the payment'",
     hmailserver("h4", "We will retry the payment", _hms_block("lead@partner.example", _UNKNOWN_550)),
     [("lead@partner.example", True, RCPT_HARD, "recipient", False)]),
    ("exo-text-subject-delayed", "Exchange Online NDR text, 5.1.10 RESOLVER.ADR.RecipientNotFound; subject "
     "'Undeliverable: Sorry for the delayed reply'",
     exchange_text("x1", "Sorry for the delayed reply", _EXO_UNKNOWN),
     [("quinn@partner.example", True, RCPT_HARD, "recipient", False)]),
    ("ex2010-text-subject-delayed", "Exchange 2010 NDR text ('Delivery has failed to these recipients or distribution "
     "lists', '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##'); subject 'Undeliverable: RE: delayed invoice'",
     exchange_text("x2", "RE: delayed invoice", _EX2010_UNKNOWN, "System Administrator <postmaster@partner.example>"),
     [("ross.lee@partner.example", True, RCPT_HARD, "recipient", False)]),
]

# Nor is the quoted subject a cause: Domino's "User x not listed in Domino Directory" beside the
# original's "Subject: Is your mailbox full?" was read as mailboxfull (a false soft).
_NOT_LISTED = "User tom.b@acme.example not listed in Domino Directory"
CAUSE_WORDS_OF_THE_SENDER = [
    ("domino-subject-plain", "HCL Domino router text, 'not listed in Domino Directory' (control row)",
     domino("d1", "Spam filter results", "tom.b@acme.example", _NOT_LISTED),
     [("tom.b@acme.example", True, RCPT_HARD, "recipient", False)]),
    ("domino-subject-mailbox-full", "HCL Domino router text; original subject 'Is your mailbox full?'",
     domino("d2", "Is your mailbox full?", "tom.b@acme.example", _NOT_LISTED),
     [("tom.b@acme.example", True, RCPT_HARD, "recipient", False)]),
    # The same notice passed through a gateway that writes its text in capitals (lead's row).
    ("domino-subject-mailbox-full-capitals", "HCL Domino router text in capitals; 'SUBJECT: IS YOUR MAILBOX FULL?'",
     domino("d3", "Is your mailbox full?", "tom.b@acme.example", _NOT_LISTED).upper(),
     [("tom.b@acme.example", True, RCPT_HARD, "recipient", False)]),
]

# One recipient's refused RCPT is not another's: Sendmail's transcript names yuri's "550 5.1.1"
# exchange, and zoe's own verdict "Deferred: Connection timed out" (no reply code) took it when
# no exchange named zoe (a false hard on a good address).
OTHER_RECIPIENTS = [
    ("sendmail-text-unknown-and-timeout", "Sendmail savemail.c errbody (deliver.c 'Deferred: Connection timed out with "
     "%s.', 'Message could not be delivered for %s'), no DSN part",
     sendmail_text("s1", _SM_YURI + _SM_ZOE, _SM_TRANSCRIPT), _SM_EXPECTED),
    ("sendmail-text-timeout-listed-first", "the same, the deferred recipient listed first",
     sendmail_text("s2", _SM_ZOE + _SM_YURI, _SM_TRANSCRIPT), _SM_EXPECTED),
]

# Exim's own error for a recipient it gave up on (retry.c/deliver.c) carries no reply code and
# none of the words the plain-text reader takes for an error: the notice's lines with a code,
# another recipient's "550 5.1.1", were taken instead (a false hard each).
_EXIM_WORDS = {
    "exim-text-hosts-failing": "all hosts for 'slow.example' have been failing for a long time (and retry time not reached)",
    "exim-text-retry-not-reached": "retry time not reached for any host after a long failure period",
    "exim-text-closed-at-greeting": "host mx.slow.example [192.0.2.60]: Remote host closed connection in response to "
                                    "initial connection",
    "exim-text-connection-refused": "host mx.slow.example [192.0.2.60]: Connection refused",
}
for _name, _words in _EXIM_WORDS.items():
    for _first in (True, False):
        _expected = [("anna@partner.example", True, RCPT_HARD, "recipient", False),
                     ("dave@slow.example", False, _EXIM_GAVE_UP, "recipient", False)]
        OTHER_RECIPIENTS.append((f"{_name}{'' if _first else '-listed-first'}",
                                 f"Exim deliver.c plain bounce: a 550 5.1.1 and '{_words}'",
                                 _exim_pair(_name, _words, _first), _expected if _first else _expected[::-1]))

# RFC 3463's own text for X.3.2 ("System not accepting network messages": imminent shutdown,
# excessive load, maintenance) says nothing of the address; the taxonomy maps 5.3.2 to notaccept
# (RFC 7504's "521 5.3.2" host that takes no mail), which is hard.
JUDGEMENTS = [
    ("rfc3463-532-system-not-accepting", "RFC 3463 X.3.2 registry text in a permanent reply, via a Postfix relay",
     relayed("550 5.3.2 System not accepting network messages", status="5.3.2", command="RCPT"),
     [("lead@example.org", False, ("systemerror",), "recipient", False)]),
]

ROWS = DELAY_WORDS_OF_THE_SENDER + CAUSE_WORDS_OF_THE_SENDER + OTHER_RECIPIENTS + JUDGEMENTS
