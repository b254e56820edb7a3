"""Audit 62 (HAND-MADE, adversarial): the lead's mends of review lead43 attacked where a FALSE HARD is no longer the
risk but a LOST HARD is (a real missing prospect read as our sender's refusal, soft; a real failed entry read as a new
address): said_address._ADDRESS_AFTER ("User not found: <addr>") with the PROSPECT's address after the words and ours
elsewhere (a role, a sender note, Original-Sender), the prospect at our own domain (a colleague), our From not the
envelope sender; engine's reading of the reply without the MTA's framing (Exim's RCPT / end of data, Postfix's
"host X said:", qmail's "Remote host said:") where the reply itself names only ours, in a role; retired_address's
"your / sending / sender address" guard beside "your" meaning the recipient's side; reply_rests' "New address:" rule
beside a real failed entry below it in an Exim list. Rows (address, hard, reasons, scope, delay) written from the
servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them. Names "au62-..."."""

from __future__ import annotations

from tests.classifier.review_holdout50 import S, ex_remote, g_remote, pf_remote, soft
from tests.classifier.review_lead43 import EXIM_SRC, exim, qmail

OURS = "seller@example.com"
UU = ("userunknown",)
SRC = ("the missing-user verdict with an address after it ('User not found: <addr>', 'No such user: <addr>', 'Unknown "
       "user <addr>': sisimai lib/Sisimai/Reason/UserUnknown.pm's rule words; NetEase's form as review audit59 cites "
       "it), wrapped in review_holdout50's Postfix (smtp_proto.c 'host %s said: ... (in reply to RCPT TO command)'), "
       "Gmail and Exim (src/src/deliver.c, transports/smtp.c 'SMTP error from remote mail server after RCPT TO:<a>:') "
       "layouts; our sender seller@example.com")
QMAIL_SRC = ("qmail-remote.c ('<ip> does not like recipient.', 'Remote host said: ', 'Giving up on <ip>.') inside "
             "qmail-send.c's bounce ('Hi. This is the qmail-send program at')")


def _hard(a: str) -> list[tuple]:
    return [(a, True, UU, "recipient", False)]


def _row(mid: str, frame: str, reply: str, hard: bool, to: str | None = None, src: str = SRC) -> tuple:
    to = to or f"{mid}.lead@quayline.co.uk"
    reply = reply.replace("LEAD", to).replace("LOCAL", to.partition("@")[0])
    command = "RCPT TO"
    if frame.endswith("-data"):
        frame, command = frame[:-5], "end of data" if frame.startswith("exim") else "end of DATA"
    if frame.endswith("-mail"):
        frame, command = frame[:-5], "MAIL FROM"
    raw = {"pf": lambda: pf_remote(mid, to, reply, "5.0.0", "mx.quayline.co.uk", command=command),
           "gmail": lambda: g_remote(mid, to, reply, "5.0.0", "mx.quayline.co.uk"),
           "exim": lambda: ex_remote(mid, to, reply, "mx.quayline.co.uk", command=command)}[frame]()
    if command == "MAIL FROM" and frame == "exim":
        raw = raw.replace(f"MAIL FROM:<{to}>".encode(), f"MAIL FROM:<{OURS}> SIZE=4821".encode())
    return (f"au62-{mid}", src, raw, _hard(to.lower()) if hard else soft(to.lower(), (), S))


ADDRESS_AFTER_ROWS = [
    # The prospect's address after the words, ours named elsewhere in the reply: the prospect's absence, hard.
    _row("pf-user-not-found-lead-sender-noted", "pf", f"550 User not found: LEAD (sender {OURS})", True),
    _row("exim-no-such-user-lead-from-field", "exim", f"550 No such user: LEAD from=<{OURS}>", True),
    _row("gmail-unknown-user-lead-original-sender", "gmail",
         f"550 5.1.1 Unknown user LEAD; Original-Sender: {OURS}", True),
    _row("pf-no-such-user-lead-then-sender", "pf", f"550 No such user: LEAD, sender: {OURS}", True),
    _row("pf-log-style-both-named", "pf", f"550 5.1.1 <LEAD>: Recipient address rejected: User unknown; "
         f"from=<{OURS}> to=<LEAD> proto=ESMTP", True),
    _row("pf-user-not-found-lead-upper", "pf", "550 User not found: <LEAD>", True,
         to="R.Ahmed@Quayline.co.uk"),  # (first run: our expectation kept the case; the reading lowercases, fixed after)
    # The reply names no address but ours in a role; the framing (stripped since lead43) named the prospect.
    _row("exim-rcpt-unknown-user-mail-from-ours", "exim", f"550 5.1.1 Unknown user (mail from {OURS})", True),
    _row("exim-rcpt-user-not-found-local-sender-field", "exim", f"550 5.1.1 User not found: LOCAL; sender=<{OURS}>",
         True),
    _row("pf-rcpt-no-such-user-envelope-sender", "pf", f"550 5.1.1 No such user here (envelope sender {OURS})", True),
    _row("gmail-no-such-user-sent-by-ours", "gmail", f"550 No such user - sent by {OURS}", True),
    # The prospect at our own domain (a colleague's address, or one at our company's domain).
    _row("pf-colleague-user-not-found", "pf", "550 User not found: LEAD", True, to="m.ortiz@example.com"),
    _row("exim-colleague-unknown-user", "exim", "550 Unknown user LEAD", True, to="m.ortiz@example.com"),
    _row("pf-colleague-rewritten-no-such-user", "pf", "550 5.1.1 No such user: maria.ortiz@example.com", True,
         to="m.ortiz@example.com"),
    # Our sender at the MAIL FROM stage / after end of data: ours, soft (controls of the lead43 reading).
    _row("ctl-exim-mail-from-no-such-user-ours", "exim-mail", f"550 No such user: {OURS}", False),
    _row("ctl-pf-data-user-not-found-ours", "pf-data", f"550 User not found: {OURS}", False),
]


def _esp(mid: str, reply: str, hard: bool) -> tuple:
    """Our From (seller@example.com) is not the envelope sender: the notice goes to an ESP's bounce address."""
    name, src, raw, expected = _row(mid, "pf", reply, hard)
    bounce = "bounce-7f3a@mail.esp-relay.net"
    raw = raw.replace(f"To: {OURS}\nDate".encode(), f"To: {bounce}\nDate".encode(), 1)
    raw = raw.replace(f"X-Postfix-Sender: rfc822; {OURS}".encode(), f"X-Postfix-Sender: rfc822; {bounce}".encode())
    return name, src + " (sent through an ESP: the envelope sender its bounce address)", raw, expected


ENVELOPE_ROWS = [
    _esp("esp-no-such-user-lead", "550 No such user: LEAD (return path bounce-7f3a@mail.esp-relay.net)", True),
    _esp("esp-user-not-found-lead-from-ours", f"550 5.1.1 User not found: LEAD (header from {OURS})", True),
    _esp("ctl-esp-no-such-user-bounce-address", "550 No such user: bounce-7f3a@mail.esp-relay.net", False),
]

QMAIL_ROWS = [
    ("au62-qmail-remote-host-said-unknown-user-ours-message-from", QMAIL_SRC,
     qmail("q62", "<k.tan@quayline.co.uk>:\n203.0.113.9 does not like recipient.\nRemote host said: 550 5.1.1 "
                  f"Unknown user (message from {OURS})\nGiving up on 203.0.113.9.\n", "k.tan@quayline.co.uk"),
     _hard("k.tan@quayline.co.uk")),
]

ROWS = ADDRESS_AFTER_ROWS + ENVELOPE_ROWS + QMAIL_ROWS

RETIRED_SRC = ("Postfix smtp(8)'s notice of a remote refusal at RCPT (review_holdout50's pf_remote); the reply an "
               "administrator's text as in Postfix access(5) 'REJECT optional text...' and Exim's ':fail: <text>', "
               "Exchange transport rules' RejectMessageReasonText (learn.microsoft.com 'Mail flow rule actions')")


def _retired(mid: str, reply: str) -> tuple:
    to = f"{mid}.contact@quayline.co.uk"
    return (f"au62-retired-{mid}", RETIRED_SRC, pf_remote(mid, to, reply, "5.0.0", "mx.quayline.co.uk"), _hard(to))


RETIRED_ROWS = [
    _retired("sent-to-is-no-longer", "550 The address your message was sent to is no longer in use"),
    _retired("your-recipients-address", "550 Your recipient's address is no longer in use"),
    _retired("update-your-address-book", "550 Please update your address book: this address is no longer in use"),
    _retired("remove-from-your-list", "550 Address no longer in use, please remove it from your mailing list"),
    _retired("mail-address-bare", "550 5.1.1 This mail address is no longer in use"),
    _retired("users-address", "550 5.1.1 User's address no longer in use"),
    _retired("your-email-to", "550 Your email to this address could not be delivered. Address no longer in use"),
]
ROWS += RETIRED_ROWS

LIST_SRC = EXIM_SRC + (" ('Unrouteable address' for an address no router accepts: deliver.c / route.c; a "
                       "second :fail: text for the next entry)")


def _moved_then(mid: str, entry: str, reasons: tuple) -> tuple:
    body = f"  a.berg@tallis-energy.com\n    Anna Berg has moved. New address:\n  k.lund@tallis-energy.com\n{entry}"
    return (f"au62-exim-new-address-then-{mid}", LIST_SRC,
            exim(f"l{mid[:3]}", body, "a.berg@tallis-energy.com, k.lund@tallis-energy.com"),
            [("a.berg@tallis-energy.com", True, ("hasmoved",), "recipient", False),
             ("k.lund@tallis-energy.com", True, reasons, "recipient", False)])


LIST_ROWS = [
    _moved_then("unrouteable", "    Unrouteable address\n", ("hostunknown", "userunknown")),
    _moved_then("fail-no-such-user", "    No such user here\n", UU),
    _moved_then("generated-from-rcpt", "    (generated from sales@tallis-energy.com)\n    host mx.tallis-energy.com "
                "[203.0.113.5]\n    SMTP error from remote mail server after RCPT TO:<k.lund@tallis-energy.com>:\n"
                "    550 5.1.1 User unknown\n", UU),
    _moved_then("fail-address-retired", "    This address is no longer in use.\n", UU),
]
ROWS += LIST_ROWS

# Controls of audit 62's mend (reply_rests._opens_entry), written after the first run: the new address under the note
# with nothing of its own below it, or with the note's own text going on at its depth, stays the new address.
MEND_CONTROLS = [
    ("au62-ctl-exim-new-address-blank-below", LIST_SRC + " (the admin's :fail: text ends with the new address)",
     exim("lc1", "  a.berg@tallis-energy.com\n    Anna Berg has moved. New address:\n  anna.berg@tallis-group.com\n",
          "a.berg@tallis-energy.com"), [("a.berg@tallis-energy.com", True, ("hasmoved",), "recipient", False)]),
    ("au62-ctl-exim-new-address-text-at-its-depth", LIST_SRC + " (the admin's text goes on at the address's depth)",
     exim("lc2", "  a.berg@tallis-energy.com\n    Anna Berg has moved. New address:\n  anna.berg@tallis-group.com\n"
                 "  Please update your records.\n", "a.berg@tallis-energy.com"),
     [("a.berg@tallis-energy.com", True, ("hasmoved",), "recipient", False)]),
    ("au62-ctl-exim-new-address-tab-wrapped", LIST_SRC + " (a tab-indented wrap: the new address and the text after "
     "it at the same tab)",
     exim("lc3", "  a.berg@tallis-energy.com\n    Anna Berg has moved. New address:\n\tanna.berg@tallis-group.com\n"
                 "\tPlease update your records.\n", "a.berg@tallis-energy.com"),
     [("a.berg@tallis-energy.com", True, ("hasmoved",), "recipient", False)]),
]
ROWS += MEND_CONTROLS
