"""The hundred-and-forty-third review: what the whole review-invariance grid found on main, in the layouts writers
use themselves (no transform needed).

1. A "Delivered:" list, then the failed recipient's own Postfix paragraph ("<kim>: host mx[ip] said: 550 5.1.1 ...",
   bounce_notify_util.c's "<%s>: %s") broken by a writer's line width (60 or 50 columns, flush or folded): the
   paragraph's first line alone ("<kim>: host mx.partner.example[192.0.2.10]") says no failure, so the delivered
   list went on over kim's lines; kim was lost and the delivered lead read failed (a FALSE HARD on a live prospect;
   the grid's wrap_60 / wrap_50_flush on review 135's "r135-head-blank-then-postfix-paragraph").
2. A Message-ID label with its value folded onto the next line ("Orginal Message ID:" / "<id@example.com>", Postal's
   own bounce, app/models/bounce_message.rb, misspelt as Postal writes it): the value, alone on its line, was read
   as the failed recipient instead of the "Rcpt To:" one (the grid's wrap_40_tab on review 136's
   "r136-own-postal-bounce"). A Message-ID is never a recipient.
3. The intro itself broken before its full stop ("could not be delivered to one or" / "more of its recipients."): the
   intro was lost, and with it kim's line under a "Delivered:" list; the delivered lead was read failed by its name
   in the original's To (the grid's wrap_50_flush / wrap_40_tab on review 139's rows, also on main before this review).
CONTROLS: a real recipient under its label on the next line stays the recipient; a delivered list stays delivered
(its entry's own note wrapped below it, a 250 reply); a failed list stays failed.

Rows: (name, source, raw, expected), each expectation written from the words, the status (RFC 3463) and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; test_review_notices143.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices85 import notice

R, ANY = "recipient", None
LEAD = "lead@partner.example"
ANN = "ann@partner.example"
OUR = "sender@example.com"

# ---- 1. A delivered list, then kim's Postfix paragraph wrapped by the writer -----------------------------------------
HEAD_SRC = ("hand-made after RFC 3461 §4.1 (NOTIFY=SUCCESS,FAILURE: one report names delivered and failed recipients), "
            "RFC 3464 §2.3.3 (Action delivered / failed) and Postfix src/bounce/bounce_notify_util.c (each recipient's "
            "'<%s>: %s' paragraph, 'host %s said: %s (in reply to %s command)'), in review 133's headed lists under "
            "Exim src/deliver.c's 'could not be delivered to one or more of its recipients'")
INTRO = "Your message could not be delivered to one or more of its recipients.\n\n"
# kim's paragraph as a writer's own width breaks it.
P60 = (f"<{KIM}>: host mx.partner.example[192.0.2.10]\nsaid: 550 5.1.1 <{KIM}>: Recipient address\n"
       "rejected: User unknown in local recipient table (in reply\nto RCPT TO command)")
P50 = (f"<{KIM}>: host\nmx.partner.example[192.0.2.10] said: 550 5.1.1\n<{KIM}>: Recipient address\n"
       "rejected: User unknown in local recipient table\n(in reply to RCPT TO command)")
PTAB = (f"<{KIM}>: host mx.partner.example[192.0.2.10]\n\tsaid: 550 5.1.1 <{KIM}>: Recipient\n\taddress rejected: "
        "User unknown in local\n\trecipient table (in reply to RCPT TO\n\tcommand)")
LEAD_OK = f"<{LEAD}>: delivered via mx.partner.example[192.0.2.10]:\n\t250 2.0.0 Ok: queued as 4F2A1B"


def _mixed(name: str, lines: str, why: str, to: str = f"{LEAD}, {KIM}", expected: list | None = None) -> tuple:
    """The intro, then `lines`; lead and kim (and whom `to` adds) in the returned original's To; only kim failed."""
    return (f"r143-{name}", HEAD_SRC + why, notice(f"r143-{name}", INTRO + lines + "\n", to=to),
            hard(KIM) if expected is None else expected)


FH = " (FALSE HARD attack: the delivered lead must stay delivered, the failed kim failed)"
CTL = " (control)"
HEAD_ROWS = [
    _mixed("delivered-blank-postfix-60", f"Delivered:\n\t{LEAD}\n\n{P60}", FH + " (kim's paragraph at 60 columns)"),
    _mixed("delivered-blank-postfix-50", f"Delivered:\n\t{LEAD}\n\n{P50}",
           FH + " (at 50 columns, flush: the host name and kim's address open lines of their own)"),
    _mixed("delivered-blank-postfix-tab", f"Delivered:\n\t{LEAD}\n\n{PTAB}", FH + " (folded with tabs)"),
    _mixed("delivered-no-blank-postfix-60", f"Delivered:\n\t{LEAD}\n{P60}", FH + " (no blank line before kim's)"),
    _mixed("delivered-two-then-postfix-60", f"Delivered:\n\t{LEAD}\n\t{ANN}\n\n{P60}",
           FH + " (two delivered entries, ann's and lead's)", to=f"{LEAD}, {ANN}, {KIM}"),
    _mixed("delivered-entry-note-then-postfix-50", f"Delivered:\n\t{LEAD_OK}\n\n{P50}",
           CTL + " (lead's own entry wrapped: its 250 reply on the next line; kim's at 50 columns)"),
    _mixed("delivered-entry-note-control", f"Delivered:\n\t{LEAD_OK}\n\nFailed:\n\t{KIM}\n\tReason: 550 5.1.1 User unknown",
           CTL + " (lead's wrapped 250 entry stays delivered; kim under 'Failed:')"),
    _mixed("failed-list-then-delivered", f"Failed:\n{P60}\n\nDelivered:\n\t{LEAD}",
           CTL + " (the failed list first, kim's wrapped paragraph in it, stays failed)"),
    _mixed("delivered-then-failed-line", f"Delivered:\n\t{LEAD}\n{KIM}: 550 5.1.1 User unknown",
           CTL + " (kim's own line right under lead's: kim alone failed)"),
]

# ---- 1b. The intro itself broken by a writer's width before its full stop ("... to one or" / "more of its
# recipients."; the grid's wrap_50_flush and wrap_40_tab on review 139's rows: the intro lost, kim's own line under
# the delivered list was no list entry, and the delivered lead was read failed by its name in the original's To).
WRAPPED = "Your message could not be delivered to one or\nmore of its recipients.\n\n"
WRAPPED_TAB = "Your message could not be delivered to\n\tone or more of its recipients.\n\n"


def _wrapped(name: str, intro: str, lines: str, why: str) -> tuple:
    return (f"r143-{name}", HEAD_SRC + why, notice(f"r143-{name}", intro + lines + "\n", to=f"{LEAD}, {KIM}"),
            hard(KIM))


WRAPPED_ROWS = [
    _wrapped("intro-wrapped-kim-flush-line", WRAPPED, f"Delivered:\n{LEAD}\n{KIM} failed: user unknown",
             FH + " (kim's own line says its failure, right under lead's)"),
    _wrapped("intro-wrapped-tab-kim-rejected", WRAPPED_TAB,
             f"Delivered:\n\t{LEAD}\n\t{KIM} - rejected: 550 5.1.1 user unknown", FH + " (folded with a tab)"),
    _wrapped("intro-wrapped-twice-kim-rejected", "Your message could not be delivered to\n\tone or\nmore of its "
             "recipients.\n\n", f"Delivered:\n\t{LEAD}\n\t{KIM} - rejected: 550 5.1.1 user unknown",
             FH + " (the intro broken twice by a narrow width)"),
    _wrapped("intro-wrapped-failed-list", WRAPPED, f"\t{KIM}\n\tReason: 550 5.1.1 User unknown",
             CTL + " (the wrapped intro's own list: kim failed; lead named nowhere but the original's To)"),
    _wrapped("intro-wrapped-delivered-then-failed", WRAPPED,
             f"Delivered:\n\t{LEAD}\n\nFailed:\n\t{KIM}\n\tReason: 550 5.1.1 User unknown",
             CTL + " (a delivered list, then a failed one: lead stays delivered, kim failed)"),
]

# ---- 2. A Message-ID label with its value on the next line ------------------------------------------------------------
POSTAL = ("postalserver/postal app/models/bounce_message.rb (BounceMessage#plain_body: 'Message Token: ...', "
          "'Orginal Message ID: #{@message.message_id}' misspelt as Postal writes it, 'Mail from:', 'Rcpt To: "
          "#{@message.rcpt_to}'; From 'Mail Delivery Service', Subject 'Mail Delivery Failed (...)'); no reason "
          "given: a failure of unknown cause; hand-made")
LABEL_SRC = ("hand-made after RFC 5322 §3.6.4 (Message-ID: msg-id, '<' id-left '@' id-right '>': an address's "
             "shape, never a mailbox) and RFC 3463 (5.1.1 bad destination mailbox), in the 'Label:' / value layout "
             "of a report that writes each value under its label")


def _postal(name: str, details: str, sender: str = LEAD) -> bytes:
    """Postal's own bounce (review 136's row), its details block as `details` writes it."""
    return (f"From: Mail Delivery Service <{sender}>\nTo: {OUR}\nSubject: Mail Delivery Failed (Quick question)\n"
            f"Message-ID: <r143-{name}@psrp.postal.partner.example>\nX-Hand-Made: yes (review 143)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="P0"\n\n'
            "--P0\nContent-Type: text/plain; charset=UTF-8\n\n"
            f"This is the mail delivery service responsible for delivering mail to {LEAD}.\n\n"
            "The message you've sent cannot be delivered. Your original message is attached to this message.\n\n"
            "For further assistance please contact postmaster@partner.example. Please include the details below to "
            f"help us identify the issue.\n\n{details}\n\n"
            '--P0\nContent-Type: message/rfc822; name="Original Message.eml"\n'
            'Content-Disposition: attachment; filename="Original Message.eml"\n\n'
            f"From: Sender <{OUR}>\nTo: {LEAD}\nSubject: Quick question\nMessage-ID: <r143-orig@example.com>\n\n"
            "Hello\n--P0--\n").encode()


def _details(label: str, fold: str = "\n\t") -> str:
    return (f"Message Token: AbCdEf123456@srvtoken\n{label}{fold}<r143-orig@example.com>\nMail from: {OUR}\n"
            f"Rcpt To: {LEAD}")


ROUTE = "postal-route@postal.partner.example"
SOFT_ANY = [(LEAD, False, (), ANY, False)]
ID_ROWS = [
    ("r143-postal-orginal-id-folded", POSTAL + " (the value folded under the label with a tab)",
     _postal("orginal-tab", _details("Orginal Message ID:")), SOFT_ANY),
    ("r143-postal-orginal-id-next-line", POSTAL + " (the value flush on the next line)",
     _postal("orginal-flush", _details("Orginal Message ID:", "\n")), SOFT_ANY),
    ("r143-postal-original-id-folded", POSTAL + " ('Original Message ID:' spelt right)",
     _postal("original-tab", _details("Original Message ID:", "\n  ")), SOFT_ANY),
    ("r143-postal-message-id-folded", POSTAL + " ('Message-Id:' as a header writes it)",
     _postal("msgid-tab", _details("Message-Id:")), SOFT_ANY),
    ("r143-postal-route-from-id-folded", POSTAL + " (From the route's own address, not the recipient's)",
     _postal("route-tab", _details("Orginal Message ID:"), ROUTE), SOFT_ANY),
    ("r143-postal-control-same-line", POSTAL + CTL + " (the value on the label's line, as Postal writes it)",
     _postal("same-line", _details("Orginal Message ID:", " ")), SOFT_ANY),
    ("r143-label-id-then-recipient-folded", LABEL_SRC + " (Message-ID then Recipient, each value under its label)",
     notice("r143-lab-1", "Your message could not be delivered.\n\nOriginal Message-ID:\n\t<r143-orig@example.com>\n"
            f"Recipient:\n\t<{KIM}>\nReason: 550 5.1.1 User unknown\n", to=KIM), hard(KIM)),
    ("r143-label-recipient-then-id-folded", LABEL_SRC + " (Recipient first, then the Message-ID under its label)",
     notice("r143-lab-2", f"Your message could not be delivered.\n\nRecipient:\n\t{KIM}\n"
            "Reason: 550 5.1.1 User unknown\nMessage-ID:\n\t<r143-orig@example.com>\n", to=KIM), hard(KIM)),
    ("r143-label-id-only-folded", LABEL_SRC + " (only the Message-ID under its label; kim named in the reason)",
     notice("r143-lab-3", "Your message could not be delivered.\n\nMessage ID:\n\t<r143-orig@example.com>\n\n"
            f"550 5.1.1 <{KIM}>: Recipient address rejected: User unknown\n", to=KIM), hard(KIM)),
    ("r143-label-control-address-folded", LABEL_SRC + CTL + " (an 'Address:' label, its value on the next line: the "
     "recipient)", notice("r143-lab-4", "Your message could not be delivered.\n\nAddress:\n\t<" + KIM + ">\n"
                          "Reason: 550 5.1.1 User unknown\n", to=KIM), hard(KIM)),
    ("r143-label-control-lone-recipient", LABEL_SRC + CTL + " (a lone recipient line after an unrelated label)",
     notice("r143-lab-5", "Your message could not be delivered.\n\nDetails:\n\t<" + KIM + ">\n"
            "\t550 5.1.1 User unknown\n", to=KIM), hard(KIM)),
]

ROWS: list[tuple] = HEAD_ROWS + WRAPPED_ROWS + ID_ROWS
