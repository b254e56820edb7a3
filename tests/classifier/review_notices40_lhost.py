"""The fortieth review's third part (review_notices40.py runs it): notices of MTAs Sisimai 5 has a
parser for that 4.25 lacked (sisimai/go-sisimai lhost/via-deutschetelekom.go, via-mimecast.go,
via-dragonfly.go; library code only), each written from the layout its parser's comments sketch,
in review 26's plain-text layout helper or dma's (review_notices40_layouts.py). Expectations are the taxonomy's reading of the words, written before
the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices26_layouts import plain
from tests.classifier.review_notices40_layouts import dma

R = "recipient"
GO = "sisimai/go-sisimai lhost/{} (Sisimai 5's parser, library code only) as outside opinion"

# Deutsche Telekom / T-Online: a fork of Smail 3's notice (notify.c: "Subject: mail failed, %s";
# the "Failed addresses follow:" and "Message header follows:" banners), each failed address in
# angle brackets on its own line and the remote reply indented below it; plain Smail 3 writes
# "addr ... error" on one line, after a message log ("no valid recipients were found for this
# message", smail models.c) when it has one.
TSRC = GO.format("via-deutschetelekom.go") + " (its comments' T-Online notice and smail-3.2.0.108 notify.c lines)"
TO = "lead@t-online.de"
TO2 = "buyer@magenta.de"
FAILED = "|------------------------- Failed addresses follow: ---------------------|\n"
HEADER = "|------------------------- Message header follows: ----------------------|\n"
TOI = "X-TOI-MSGID: c9412855-531f-497b-b007-5ffc033877a0\n"


def _telekom(name: str, to: str, body: str) -> bytes:
    return plain(name, to, FAILED + body, sender="Mail Delivery System <Mailer-Daemon@t-online.de>",
                 subject="mail failed, returning to sender", headers=TOI, original=HEADER)


# Mimecast's own notice about a message its customer sent through it (Subject "[Postmaster] Email
# Delivery Failure"; each recipient, the problem and the additional information on lines that
# begin "-- "). The From: line is written by hand (weak: the parser names none).
MSRC = GO.format("via-mimecast.go") + " (the lines its comments quote; weak: the From: line by hand)"
MC = "lead@partner.example"


def _mimecast(name: str, to: str, problem: str, info: str) -> bytes:
    return plain(name, to, "An email that you attempted to send to the following address could not be delivered:\n\n"
                 f"-- {to}\n\nThe problem appears to be :\n\n-- {problem}\n\nAdditional information follows :\n\n"
                 f"-- {info}\n", sender="Postmaster <postmaster@example.com>",
                 subject="[Postmaster] Email Delivery Failure", original=None)


DFSRC = GO.format("via-dragonfly.go") + " (its table and comments; corecode/dma dma.c, net.c, mail.c)"

LHOST_ROWS = [
    ("r40-telekom-quota-exceeded", TSRC,
     _telekom("r40-telekom-quota", TO, f" <{TO}>\n   552 5.2.2 <{TO}> Quota exceeded (mailbox for user is full)\n\n"),
     [(TO, False, ("mailboxfull",), R, False)]),
    ("r40-telekom-two-addresses", TSRC + " (weak: the second address's reply by hand)",
     _telekom("r40-telekom-two", TO, f" <{TO}>\n   552 5.2.2 <{TO}> Quota exceeded (mailbox for user is full)\n\n"
              f" <{TO2}>\n   550 5.1.1 <{TO2}> Recipient address rejected: User unknown\n\n"),
     [(TO, False, ("mailboxfull",), R, False), (TO2, True, ("userunknown",), R, False)]),
    ("r40-smail-no-valid-recipients-unknown-host", TSRC,
     plain("r40-smail-unknown-host", "lead@nosuch-host.example",
           "|------------------------- Message log follows: -------------------------|\n"
           " no valid recipients were found for this message\n" + FAILED
           + " lead@nosuch-host.example ... unknown host\n", subject="mail failed, returning to sender",
           original=HEADER),
     [("lead@nosuch-host.example", True, ("hostunknown",), R, False)]),
    ("r40-mimecast-own-possibly-incorrect-dbeb", MSRC,
     _mimecast("r40-mc-dbeb", MC, "Recipient email address is possibly incorrect",
               "5.4.1 Recipient address rejected: Access denied. AS(201806281)"),
     [(MC, True, ("userunknown",), R, False)]),
    ("r40-mimecast-own-possibly-incorrect-5.1.1", MSRC + " (weak: the additional information by hand)",
     _mimecast("r40-mc-511", MC, "Recipient email address is possibly incorrect",
               f"550 5.1.1 <{MC}>: Recipient address rejected: User unknown in virtual mailbox table"),
     [(MC, True, ("userunknown",), R, False)]),
    # dma (DragonFly Mail Agent): its two own failures that Sisimai 5's table names (dma.c "Could not
    # deliver for the last %d seconds. Giving up.", net.c "DNS lookup failure: host %s not found") and
    # a remote refusal after net.c's "%s [%s] did not like our %s:" line.
    ("r40-dma-giving-up", DFSRC, dma("r40-dma-expired", "lead@slow-partner.example",
                                     "Could not deliver for the last 432000 seconds. Giving up."),
     [("lead@slow-partner.example", False, ("expired",), None, False)]),
    ("r40-dma-dns-lookup-failure", DFSRC, dma("r40-dma-dns", "lead@nosuch-domain.example",
                                              "DNS lookup failure: host nosuch-domain.example not found"),
     [("lead@nosuch-domain.example", True, ("hostunknown",), R, False)]),
    ("r40-dma-mailbox-full", DFSRC, dma("r40-dma-full", "lead@partner.example",
                                        "mx.partner.example [192.0.2.25] did not like our RCPT TO:\n552 5.2.2 "
                                        "<lead@partner.example>: Recipient address rejected: Mailbox full"),
     [("lead@partner.example", False, ("mailboxfull",), R, False)]),
]
