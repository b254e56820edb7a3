"""The ninety-fifth review, part 1 (part 2: review_notices95_more.py): an adversarial audit of the rules review 92
added. qmail-local's whole verdict "Sorry, no mailbox here by that name." read hard at any stage
(lexicon_more.qmail_local_verdict): the phrase quoted inside a longer reply about something else (our sender's
mailbox, our domain's postmaster, a forwarding target, a mailing list's owner), under temporary codes, beside
qmail-send's queue-lifetime sentence, and the qmail-ldap / vpopmail / chkuser variants that say something else or
the same in other words. The "does no exists" typo read as a missing user: the same typo of things that are not the
recipient's mailbox (the account we sent from, a domain, a mailbox folder, an address-book entry, a relay account).
Each attack beside a control. Expectations written from the words and taxonomy.md BEFORE the classifier ran. All
HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices17 import qmail_toolong
from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices42_layouts import qmail_own, qmail_remote
from tests.classifier.review_notices88 import ANY, LEAD, MX, OURS, R, S, UNK


def _rows(prefix: str, source: str, entries: list[tuple], relay_only: bool = False) -> list[tuple]:
    """Our relay's report of each; Gmail's and Exchange Online's of the final ones (rows_quoted's rule)."""
    out = rows_relayed(f"r95-{prefix}", source, MX, LEAD, entries)
    return out if relay_only else out + rows_quoted(f"r95-{prefix}", source, MX, LEAD, entries)


def _hard(address: str = LEAD, reasons: tuple = UNK) -> list[tuple]:
    return [(address, True, reasons, R, False)]


def _soft(reasons: tuple = (), scope: str | None = ANY, address: str = LEAD) -> list[tuple]:
    return [(address, False, reasons, scope, False)]


# ---- 1. qmail-local's verdict: quoted, temporary, and its variants ------------------------------------------------
QLOCAL = "qmail-local.c's 'Sorry, no mailbox here by that name. (#5.1.1)' (qmail 1.03)"
CHKUSER = "chkuser.c's CHKUSER_NORCPT_STRING '511 sorry, no mailbox here by that name (#5.1.1 - chkuser)'"
VPOP = "vpopmail vdelivermail.c's bounce 'Sorry, no mailbox here by that name. vpopmail (#5.1.1)'"
QATK = ("hand-made attack on lexicon_more.qmail_local_verdict (review 92): qmail-local's words quoted inside a reply "
        "about something else, or under a temporary code")
QLOCAL_CONTROLS = [
    # The whole verdict after DATA (a qmail peer that delivers locally while the client waits): hard.
    ("ql-whole-data", "550 5.1.1 Sorry, no mailbox here by that name. (#5.1.1)", "5.1.1", "DATA", True, UNK, R),
]
CHKUSER_REPLIES = [
    ("ql-chkuser-rcpt", "511 sorry, no mailbox here by that name (#5.1.1 - chkuser)", "5.1.1", "RCPT", True, UNK, R),
]
VPOP_REPLIES = [
    ("ql-vpopmail-rcpt", "550 Sorry, no mailbox here by that name. vpopmail (#5.1.1)", "5.1.1", "RCPT", True, UNK, R),
]
QLOCAL_ATTACKS = [
    # The same words under a temporary code (a directory lookup down): for now, not dead.
    ("ql-temp-451", "451 4.2.1 Sorry, no mailbox here by that name. (#4.2.1)", "4.2.1", "RCPT", False, (), ANY),
    ("ql-temp-450-bare", "450 Sorry, no mailbox here by that name.", "4.0.0", "RCPT", False, (), ANY),
    # Our own domain's postmaster does not take mail (an RFC-Ignorant-style check of the sender's domain): ours.
    ("ql-our-postmaster-mail", f"553 5.1.8 <{OURS}>: your domain's postmaster address bounces: sorry, no mailbox "
     "here by that name", "5.1.8", "MAIL", False, (), S),
    ("ql-our-postmaster-data", "550 5.7.1 Message refused: the postmaster of your domain answers 'sorry, no mailbox "
     "here by that name'; fix it and retry", "5.7.1", "DATA", False, (), ANY),
    # A mailing list's owner address dead: the list (our recipient) exists.
    ("ql-list-owner-data", "550 5.7.1 List owner <owner-sales@lists.partner.example> bounces (sorry, no mailbox "
     "here by that name); the list refuses posts until it is fixed", "5.7.1", "DATA", False, (), ANY),
    # The envelope sender has no mailbox at the recipient's host (a sender callback): ours.
    ("ql-sender-callback-rcpt", f"550 5.1.8 sender verify failed for <{OURS}>: sorry, no mailbox here by that name",
     "5.1.8", "RCPT", False, (), S),
]

# qmail-send's own notice (qmail-send.c bounce) of qmail-remote's refusals and of qmail-local's own failures.
QSEND = "qmail-send.c's bounce ('Hi. This is the qmail-send program at ...') of qmail-remote.c's report"
QSEND_ROWS = [
    ("r95-qs-remote-rcpt-verdict", QSEND + "; " + QLOCAL + " quoted as the remote reply at RCPT",
     qmail_remote("q1", "550 sorry, no mailbox here by that name. (#5.1.1)", "RCPT", LEAD), _hard()),
    ("r95-qs-remote-data-verdict", QSEND + "; " + QLOCAL + " quoted as the remote reply after DATA",
     qmail_remote("q2", "554 Sorry, no mailbox here by that name. (#5.1.1)", "DATA", LEAD), _hard()),
    ("r95-qs-remote-data-sender", QSEND + "; " + QATK + " (our envelope sender named, after DATA)",
     qmail_remote("q3", f"554 sorry, no mailbox here by that name for your envelope sender <{OURS}> (#5.1.8)",
                  "DATA", LEAD), _soft()),
    ("r95-qs-remote-mail-sender", QSEND + "; " + QATK + " (at MAIL FROM)",
     qmail_remote("q4", "553 sorry, your envelope sender has no mailbox here by that name (#5.1.8)", "MAIL", LEAD),
     _soft((), S)),
    ("r95-qs-own-verdict", QSEND + "; " + QLOCAL + " (qmail-local's own failure, no remote)",
     qmail_own("q5", "Sorry, no mailbox here by that name. (#5.1.1)", LEAD), _hard()),
    ("r95-qs-own-vpopmail", QSEND + "; " + VPOP,
     qmail_own("q6", "Sorry, no mailbox here by that name. vpopmail (#5.1.1)", LEAD), _hard()),
    # qmail-ldap's other verdicts: a disabled address (suspend, soft) and a full mailbox (soft).
    ("r95-qs-ldap-disabled", QSEND + "; qmail-ldap qmail-lspawn.c's 'Mailaddress is administratively disabled. "
     "(#5.2.1)' (status STATUS_BOUNCE)",
     qmail_own("q7", "Mailaddress is administratively disabled. (#5.2.1)", LEAD), _soft(("suspend",))),
    ("r95-qs-ldap-quota", QSEND + "; weak: qmail-ldap's maildir++ quota refusal 'The users mailfolder is over the "
     "allowed quota (size). (#5.2.2)' (from memory of its qmail-local.c)",
     qmail_own("q8", "The users mailfolder is over the allowed quota (size). (#5.2.2)", LEAD),
     _soft(("mailboxfull",))),
    # The verdict's words beside "this address" forwarding elsewhere (a .qmail forward to a dead address): the
    # forward target is what is missing, the recipient's own address exists: not the recipient's verdict.
    ("r95-qs-own-forward-target", QSEND + "; " + QATK + " (a forwarding target named)",
     qmail_own("q9", "Sorry, no mailbox here by that name for the forwarding target old.lead@elsewhere.example; "
               "the .qmail file of this address forwards there. (#5.1.1)", LEAD), _soft()),
    # The queue-lifetime sentence after a temporary reply quoting the words: qmail gave up on a delay (expired).
    ("r95-qs-toolong-temp-verdict", "qmail-send.c's queue-lifetime bounce ('I'm not going to try again; this message "
     "has been in the queue too long.'); " + QATK + " (the last reply temporary)",
     qmail_toolong("q10", LEAD, "192.0.2.25 does not like recipient.\nRemote host said: 451 sorry, no mailbox here "
                                "by that name, directory lookup failed (#4.3.0)\nGiving up on 192.0.2.25."),
     _soft(("expired", "systemerror", "networkerror"))),
    ("r95-qs-toolong-own-temp", "qmail-send.c's queue-lifetime bounce; qmail-local.c's temporary 'Unable to chdir to "
     "maildir. (#4.2.1)' (control: qmail-local's own temporary failure)",
     qmail_toolong("q11", LEAD, "Unable to chdir to maildir. (#4.2.1)"), _soft()),
]

# ---- 2. the "does no exists" typo ---------------------------------------------------------------------------------
TYPO = ("hand-made attack on review 92's 'does no exists' pattern (dbmailserver.com's '550 RC:LD The email account that "
        "you tried to reach does no exists.'): the typo said of things that are not the recipient's mailbox")
TYPO_CONTROLS = [
    ("typo-recipient-does-no-exists", f"550 5.1.1 <{LEAD}>: recipient does no exists", "5.1.1", "RCPT", True, UNK, R),
    ("typo-user-does-no-exists", "550 user does no exists", "5.0.0", "RCPT", True, UNK, R),
    ("typo-mailbox-does-no-exist", "550 Mailbox does no exist here", "5.0.0", "RCPT", True, UNK, R),
]
TYPO_ATTACKS = [
    # The account we sent from (ours), phrased without the word "sender".
    ("typo-account-you-sent-from-mail", "553 5.7.1 The account you sent from does no exists on this server", "5.7.1",
     "MAIL", False, (), S),
    ("typo-account-you-sent-from-rcpt", "550 The account you sent from does no exists", "5.0.0", "RCPT", False, (),
     ANY),
    ("typo-your-account-rcpt", "550 5.7.1 your account does no exists, authenticate first", "5.7.1", "RCPT", False,
     (), ANY),
    # A domain (the recipient's: hostunknown, hard; our sender's: ours, soft).
    ("typo-domain-512", "550 5.1.2 domain does no exists", "5.1.2", "RCPT", True, ("hostunknown",), R),
    ("typo-sender-domain", "553 sender domain does no exists", "5.0.0", "MAIL", False, (), S),
    # A folder inside a live mailbox (a Sieve fileinto target): the mailbox exists.
    ("typo-mailbox-folder-data", "550 5.2.0 the mailbox folder Junk does no exists", "5.2.0", "DATA", False, (), ANY),
    ("typo-mailbox-folder-rcpt", "450 4.2.0 mailbox folder INBOX.Sales does no exists, try later", "4.2.0", "RCPT",
     False, (), ANY),
    # An address-book (allow-list) entry missing: a filter on us; the user exists.
    ("typo-address-book-entry", "550 5.7.1 your address book entry does no exists; this user accepts only contacts",
     "5.7.1", "RCPT", False, (), ANY),
    # A relay account (ours): relaying refused.
    ("typo-relay-account", "550 5.7.1 relay account does no exists for your host", "5.7.1", "RCPT", False, (), ANY),
    # The recipient's typo under a temporary code: for now.
    ("typo-user-temporary", "451 4.3.0 user does no exists in cache, try again later", "4.3.0", "RCPT", False, (),
     ANY),
]

ROWS = (_rows("ql", QLOCAL, QLOCAL_CONTROLS) + _rows("chk", CHKUSER, CHKUSER_REPLIES)
        + _rows("vp", VPOP, VPOP_REPLIES) + _rows("qatk", QATK, QLOCAL_ATTACKS) + QSEND_ROWS
        + _rows("typo", TYPO + " (controls: the recipient's own)", TYPO_CONTROLS) + _rows("tatk", TYPO, TYPO_ATTACKS))
