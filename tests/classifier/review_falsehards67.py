"""falsehards67: the prose path's transcript stage (audit67b mended the DSN path only, later_mentions.transcript_stage).

A plain (non-DSN, text/plain) Sendmail notice whose session transcript holds two hosts: the first MX answered the RCPT
TO naming the address with a 4xx (a temporary refusal; Sendmail tried the next MX), the second refused with a 5xx after
DATA. The final failure's stage is DATA, so a stage-less "550 User unknown" there is soft (the team's call), not hard
from the first host's RCPT. Controls: the second host refusing the RCPT TO itself; one host refusing at RCPT TO.

Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from the sources' words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "fh67-<what>"."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, R, UU

SM_PLAIN = ("sendmail savemail.c errbody() without MIME (no DSN asked: '   ----- The following addresses had permanent "
            "fatal errors -----', '   ----- Transcript of session follows -----', '... while talking to <mx>.:', "
            "'>>> RCPT To:<a>', '<<< 451 ...', '   ----- Original message follows -----'); deliver.c tries the next MX "
            "after a 4xx")
TEAM_CALL = ("the team's call: a stage-less 'no such user' with no status stays filtered, soft; only the recipient's own "
             "stage, stated for its failure, makes it hard")
GREY = "Postgrey's default reply ('450 4.2.0 Recipient address rejected: Greylisted')"
SELLER = "verkauf@example.com"


def hard(a: str) -> list[tuple]:
    return [(a, True, UU, R, False)]


def soft(a: str) -> list[tuple]:
    return [(a, False, (), ANY, False)]


def sm_plain(rid: str, a: str, hosts: list[tuple[str, str, str]], final: str) -> bytes:
    """Sendmail's plain notice: each (mx, command, reply) one '... while talking to' block of the transcript."""
    host = "smtp.example.org"
    talk = ""
    for mx, command, reply in hosts:
        argument = f" To:<{a}>" if command == "RCPT" else ""
        talk += f"... while talking to {mx}.:\n>>> {command}{argument}\n<<< {reply}\n"
    return (
        f"Return-Path: <>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: <{SELLER}>\n"
        "Date: Tue, 14 Oct 2025 09:12:44 GMT\nSubject: Returned mail: see transcript for details\n"
        f"Message-Id: <202510140912.{rid}@{host}>\nAuto-Submitted: auto-generated (failure)\n\n"
        "The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com [198.51.100.7]\n\n"
        f"   ----- The following addresses had permanent fatal errors -----\n<{a}>\n    (reason: {final})\n\n"
        f"   ----- Transcript of session follows -----\n{talk}{final.replace('-', ' ', 1)}\n\n"
        f"   ----- Original message follows -----\n\nReturn-Path: <{SELLER}>\nFrom: <{SELLER}>\nTo: <{a}>\n"
        f"Subject: Angebot\nMessage-Id: <{rid}@example.com>\nDate: Tue, 14 Oct 2025 09:10:00 GMT\n\nGuten Tag\n"
    ).encode()


A = [f"einkauf{i}@kanzlei-haas.de" for i in range(1, 6)]
MX1, MX2 = "mx1.kanzlei-haas.de", "mx2.kanzlei-haas.de"
ROWS = [
    ("fh67-sm-plain-451-rcpt-then-data-user-unknown", f"{SM_PLAIN}; the final 550 after DATA at mx2; {TEAM_CALL} "
     "(after DATA: soft)",
     sm_plain("p1", A[0], [(MX1, "RCPT", "451 4.3.0 Temporary system failure"), (MX2, "DATA", "550 User unknown")],
              "550 User unknown"), soft(A[0])),
    ("fh67-sm-plain-greylisted-rcpt-then-data-no-such-user", f"{SM_PLAIN}; {GREY} at mx1, mx2's 550 after DATA; "
     f"{TEAM_CALL} (after DATA: soft)",
     sm_plain("p2", A[1], [(MX1, "RCPT", "450 4.2.0 Recipient address rejected: Greylisted"),
                           (MX2, "DATA", "550 No such user")], "550 No such user"), soft(A[1])),
    ("fh67-sm-plain-ctl-451-rcpt-then-rcpt-550", f"{SM_PLAIN}; control: mx2 refuses the RCPT TO naming the address "
     "(the recipient's own stage): hard",
     sm_plain("p3", A[2], [(MX1, "RCPT", "451 4.3.0 Temporary system failure"), (MX2, "RCPT", "550 No such user")],
              "550 No such user"), hard(A[2])),
    ("fh67-sm-plain-ctl-one-host-rcpt-550", f"{SM_PLAIN}; control: one host refusing the RCPT TO: hard",
     sm_plain("p4", A[3], [(MX1, "RCPT", "550 User unknown")], "550 User unknown"), hard(A[3])),
    ("fh67-sm-plain-ctl-451-rcpt-then-data-other-address", f"{SM_PLAIN}; control: mx2's 550 after DATA names another "
     "address (not this recipient's refusal): the rule keeps the first exchange's RCPT, hard as before",
     sm_plain("p5", A[4], [(MX1, "RCPT", "451 4.3.0 Temporary system failure"),
                           (MX2, "DATA", "550 <buchhaltung@kanzlei-haas.de>: User unknown")], "550 User unknown"),
     hard(A[4])),
]
