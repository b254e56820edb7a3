"""Review lead43 (HAND-MADE): the new address an admin's refusal gives for a moved recipient, put at a line's start
by a writer's width ("This address has moved. New address:" / "nrossi@..."; "has changed his address to" /
"bo.lindqvist@..."; "user has moved to" / "jane@..."), is where to write instead, never a second failed recipient.
Found by the whole invariance grid over review moves59's rows (wrap_60, wrap_50_flush, wrap_40_tab): the new address
read failed, hasmoved and hard (a false hard on the address the prospect now uses). Controls: the next entry of an
Exim list under a note ending in the same words, with its own reply, stays failed. Rows (address, hard, reasons,
scope, delay) written from the servers' words and shared/classifier/taxonomy.md before the mend ran.

Second part (RETIRED_ROWS): a reply retiring OUR address ("Your (e-mail) address is no longer in use", "The sending
address ...": review audit59's note) read userunknown, hard, for the prospect; the address we sent to is never "your"
address in a reply, which speaks to its client, the sender. Controls: the recipient's own address retired ("This
(e-mail) address ...", "The address you sent to ...", Postfix's "Recipient address rejected: address no longer in
use") stays hard.

Third part (OURS_ROWS): a missing-user verdict whose label is OUR address ("550 User not found: seller@example.com",
NetEase's form as review audit59 wrote it, "No such user: <ours>", "Unknown user <ours>") read userunknown, hard, for the
prospect, whichever layer read the words (remote/netease, the generic rules); the server checked our sender.
Controls: the recipient's own address or another at its domain after the same words stays hard."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, S, ex_remote, g_remote, pf_remote, soft

QMAIL_SRC = ("qmail-send's bounce (qmail-send.c: 'Hi. This is the qmail-send program at', \"I'm afraid I wasn't able "
             "to deliver\", '<addr>:' and the reason below, '--- Below this line is a copy of the message.') with "
             "bouncesaying(1)'s admin text (review moves59's row), re-wrapped at 50 columns")
EXIM_SRC = ("Exim src/src/deliver.c ('The following address(es) failed:', each address indented two and its :fail: "
            "text (redirect router, the spec's chapter 'Redirect router': ':fail: <text>') indented four), re-wrapped")
PF_SRC = ("Postfix relocated(5): 'The optional relocated(5) table provides the information that is used in \"user has "
          "moved to new_location\" bounce messages' (www.postfix.org/relocated.5.html); bounce(8)'s notice "
          "('<addr>: user has moved to ...' under 'I'm sorry to have to inform you'), re-wrapped at 50 columns")
ORIGINAL = ("Return-Path: <seller@example.com>\nFrom: Sam Seller <seller@example.com>\nTo: {to}\nSubject: Quick "
            "question about your Q4 logistics\nDate: Tue, 14 Oct 2025 09:10:02 +0000\nMessage-ID: <{mid}@example.com>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nHi,\n\nDo you have 15 minutes this week?\n\n"
            "Best,\nSam\n")
HASMOVED = ("hasmoved",)
UU = ("userunknown",)


def qmail(mid: str, body: str, to: str) -> bytes:
    return (f"Return-Path: <>\nFrom: MAILER-DAEMON@mail.example-isp.net\nTo: seller@example.com\nDate: Tue, 14 Oct "
            f"2025 09:12:44 +0000\nSubject: failure notice\nMessage-ID: <1760433164.{mid}.qmail@mail.example-isp.net>\n"
            f"\nHi. This is the qmail-send program at\nmail.example-isp.net.\nI'm afraid I wasn't able to deliver your "
            f"message\nto the following addresses.\nThis is a permanent error; I've given up. Sorry\nit didn't work "
            f"out.\n\n{body}\n--- Below this line is a copy of the message.\n\n"
            + ORIGINAL.format(to=to, mid=mid)).encode()


def exim(mid: str, body: str, to: str) -> bytes:
    return ("Return-path: <>\nFrom: Mail Delivery System <Mailer-Daemon@mx1.example-hosting.net>\nTo: "
            "seller@example.com\nSubject: Mail delivery failed: returning message to sender\nAuto-Submitted: "
            f"auto-replied\nMessage-Id: <E1v8X{mid}@mx1.example-hosting.net>\nDate: Tue, 14 Oct 2025 09:12:44 +0000\n\n"
            "This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            f"failed:\n\n{body}\n------ This is a copy of the message, including all the headers. ------\n\n"
            + ORIGINAL.format(to=to, mid=mid)).encode()


def postfix(mid: str, body: str, to: str) -> bytes:
    return ("Return-Path: <>\nFrom: MAILER-DAEMON@mail.example-hosting.net (Mail Delivery System)\nTo: "
            "seller@example.com\nSubject: Undelivered Mail Returned to Sender\nDate: Tue, 14 Oct 2025 09:12:44 +0000\n"
            f"Message-Id: <20251014091244.{mid}@mail.example-hosting.net>\n\nThis is the mail system at host\n"
            "mail.example-hosting.net.\n\nI'm sorry to have to inform you that your message\ncould not be delivered "
            "to one or more recipients.\nIt's attached below.\n\nFor further assistance, please send mail to "
            "postmaster.\n\n                   The mail system\n\n"
            f"{body}\n------ Returned message ------\n\n" + ORIGINAL.format(to=to, mid=mid)).encode()


def moved(a: str) -> list[tuple]:
    return [(a, True, HASMOVED, "recipient", False)]


ROWS = [
    ("l43-qmail-new-address-own-line", QMAIL_SRC,
     qmail("q1", "<n.rossi@seiwa-trading.com>:\nThis address has moved. New address:\nnrossi@seiwa.co.jp\n",
           "n.rossi@seiwa-trading.com"), moved("n.rossi@seiwa-trading.com")),
    ("l43-qmail-neue-adresse-own-line", QMAIL_SRC + " (the admin's text in German)",
     qmail("q2", "<j.keller@oberhaus-gruppe.de>:\nDiese Adresse ist nicht mehr aktiv.\nNeue Adresse:\n"
                 "jana.keller@oberhaus.group\n", "j.keller@oberhaus-gruppe.de"), moved("j.keller@oberhaus-gruppe.de")),
    ("l43-exim-changed-his-address-to-own-line", EXIM_SRC,
     exim("e1", "  b.lindqvist@tallis-energy.com\n    Bo Lindqvist has changed his address to\n"
                "bo.lindqvist@tallis-group.com\n", "b.lindqvist@tallis-energy.com"),
     moved("b.lindqvist@tallis-energy.com")),
    ("l43-exim-nouvelle-adresse-own-line", EXIM_SRC + " (the admin's text in French)",
     exim("e2", "  c.martin@quayline.fr\n    Claire Martin ne travaille plus avec cette adresse.\n    Nouvelle "
                "adresse :\n  claire.martin@quayline.eu\n", "c.martin@quayline.fr"), moved("c.martin@quayline.fr")),
    ("l43-pf-relocated-has-moved-to-own-line", PF_SRC,
     postfix("p1", "<a.osei@harbourline.com>: user has moved to\n    ama.osei@harbourline.africa\n",
             "a.osei@harbourline.com"), moved("a.osei@harbourline.com")),
    ("l43-exim-changed-his-address-folded", EXIM_SRC + " (a 40-column width with tabs broke the sentence too)",
     exim("e4", "  b.lindqvist@tallis-energy.com\n    Bo Lindqvist has changed his\n\taddress to\n"
                "bo.lindqvist@tallis-group.com\n", "b.lindqvist@tallis-energy.com"),
     moved("b.lindqvist@tallis-energy.com")),
    # Controls: a note ending in the same words, the next entry of the list below it with its own reply: both failed.
    ("l43-ctl-exim-next-entry-after-new-address", EXIM_SRC + " (a :fail: text whose address the admin left out, then "
     "the next entry with its RCPT reply)",
     exim("e3", "  a.berg@tallis-energy.com\n    Anna Berg has moved. New address:\n  k.lund@tallis-energy.com\n    "
                "host mx.tallis-energy.com [203.0.113.5]\n    SMTP error from remote mail server after RCPT "
                "TO:<k.lund@tallis-energy.com>:\n    550 5.1.1 User unknown\n",
          "a.berg@tallis-energy.com, k.lund@tallis-energy.com"),
     moved("a.berg@tallis-energy.com") + [("k.lund@tallis-energy.com", True, UU, "recipient", False)]),
    ("l43-ctl-exim-next-entry-rcpt-broken", EXIM_SRC + " (the same, its RCPT command's address broken onto a line of "
     "its own by a 72-column width)",
     exim("e5", "  a.berg@tallis-energy.com\n    Anna Berg has moved. New address:\n  k.lund@tallis-energy.com\n    "
                "host mx.tallis-energy.com [203.0.113.5]\n    SMTP error from remote mail server after RCPT\n    "
                "TO:<k.lund@tallis-energy.com>:\n    550 5.1.1 User unknown\n",
          "a.berg@tallis-energy.com, k.lund@tallis-energy.com"),
     moved("a.berg@tallis-energy.com") + [("k.lund@tallis-energy.com", True, UU, "recipient", False)]),
    ("l43-ctl-pf-next-entry-after-has-moved-to", PF_SRC + " (the relocated entry's new location a street address on "
     "its own, then the next recipient's own line)",
     postfix("p2", "<a.osei@harbourline.com>: user has moved to Harbourline Ltd, 12 Quay Street\n\n"
                   "<k.mensah@harbourline.com>: host mx.harbourline.com[203.0.113.9] said: 550\n    5.1.1 "
                   "<k.mensah@harbourline.com>: Recipient address rejected: User unknown\n    (in reply to RCPT TO "
                   "command)\n", "a.osei@harbourline.com, k.mensah@harbourline.com"),
     moved("a.osei@harbourline.com") + [("k.mensah@harbourline.com", True, UU, "recipient", False)]),
]


RETIRED_SRC = ("Postfix smtp(8)'s notice of a remote refusal at RCPT (review_holdout50's pf_remote); the reply an "
               "administrator's text as in Postfix access(5) 'REJECT optional text...' and Exim's ':fail: <text>' "
               "(the retired-address family of reviews 41b-46 and audit59)")


def _refused(mid: str, reply: str, hard: bool) -> tuple:
    to = f"{mid}.contact@quayline.co.uk"
    return (f"l43-retired-{mid}", RETIRED_SRC, pf_remote(mid, to, reply, "5.0.0", "mx.quayline.co.uk"),
            [(to, True, UU, "recipient", False)] if hard else soft(to, (), ANY))


RETIRED_ROWS = [
    _refused("your-address", "550 Your address is no longer in use", False),
    _refused("your-email-address", "550 Your e-mail address is no longer in use", False),
    _refused("sending-address", "550 5.7.1 The sending address is no longer in use", False),
    _refused("sending-address-bare", "550 Sending address no longer in use", False),
    # Controls: the recipient's own address retired.
    _refused("ctl-this-address", "550 This address is no longer in use", True),
    _refused("ctl-this-email-address", "550 This e-mail address is no longer in use", True),
    _refused("ctl-you-sent-to", "550 The address you sent to is no longer in use", True),
    _refused("ctl-your-message", "550 Your message was not delivered: this address is no longer in use", True),
]
ROWS += RETIRED_ROWS


OURS_SRC = ("the missing-user verdict with the address after it as its label (NetEase's 'User not found: <addr>' as "
            "review audit59 cites it from NetEase's help pages; 'No such user: <addr>', 'Unknown user <addr>' as "
            "sisimai's Reason/UserUnknown.pm lists the words), wrapped in Postfix's, Gmail's and Exim's notices "
            "(review_holdout50's layouts); our sender is seller@example.com")
OURS = "seller@example.com"


def _ours(mid: str, frame: str, reply: str, hard: bool) -> tuple:
    to = f"{mid}.lead@quayline.co.uk"
    reply = reply.replace("LEAD", to)
    raw = {"pf": lambda: pf_remote(mid, to, reply, "5.0.0", "mx.quayline.co.uk"),
           "gmail": lambda: g_remote(mid, to, reply, "5.0.0", "mx.quayline.co.uk"),
           "exim": lambda: ex_remote(mid, to, reply, "mx.quayline.co.uk")}[frame]()
    return (f"l43-ours-{mid}", OURS_SRC, raw,
            [(to, True, UU, "recipient", False)] if hard else soft(to, (), S))


OURS_ROWS = [
    _ours("pf-user-not-found", "pf", f"550 User not found: {OURS}", False),
    _ours("gmail-no-such-user", "gmail", f"550 No such user: {OURS}", False),
    _ours("exim-unknown-user", "exim", f"550 Unknown user {OURS}", False),
    _ours("pf-user-unknown-sender-verification", "pf", f"550 User unknown: {OURS} (sender verification)", False),
    # Controls: the prospect's own address, or another at its domain, after the same words.
    _ours("ctl-pf-user-not-found-lead", "pf", "550 User not found: LEAD", True),
    _ours("ctl-exim-unknown-user-lead-ours-noted", "exim", f"550 Unknown user LEAD, mail from {OURS} refused", True),
    _ours("ctl-pf-no-such-user-colleague", "pf", "550 No such user: info@quayline.co.uk", True),
]
ROWS += OURS_ROWS
