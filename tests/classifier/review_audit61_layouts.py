"""Audit 61's sources and builders (review_audit61.py and review_audit61_more.py use them): line-end damage confined
to one part or a few lines, MDaemon's permanent notice beside its warning, a Sendmail warning, an MXLogic warning, a
Domino failure with two recipients. The notices are the real layouts of review_holdout50_layouts.py, review_lead43.py,
review_damaged60_layouts.py and review_groupware60_layouts.py; the words inside HAND-MADE after the sources cited."""

from __future__ import annotations

from tests.classifier.review_damaged60_layouts import part_span
from tests.classifier.review_groupware60_layouts import SUBJ, mdaemon_warn
from tests.classifier.review_holdout50_layouts import DATE, SELLER, _orig

DS = b"Content-Type: message/delivery-status"
HAND = "; the words HAND-MADE"
CR_PART = ("RFC 5322 2.3 / RFC 5321 2.3.8 (CRLF the only line end); a gateway or store that converted ONE part's LF to "
           "CRLF twice (CR CR LF) while the rest kept its line ends (the damage confined to that part)")
CR_FEW = ("RFC 5322 2.3 (CRLF the only line end); a few lines ending CR CR LF in a CRLF message (a tool that pasted or "
          "re-wrote those lines once more): stray, not the message's line end")
MDAEMON_DSN = ("MDaemon help 'DSN Settings' (help.mdaemon.com / mdaemon 17.5 queues_dsn-options: a 'Transient (delayed)' "
               "and a 'Permanent (failed)' DSN, each with its own subject: separate notices) and the words "
               "classifier/formats/prose.py quotes ('The attached message had PERMANENT fatal delivery errors', "
               "'THIS IS A WARNING MESSAGE ONLY')")
SENDMAIL_WARN = ("sendmail savemail.c errbody(): the '**  THIS IS A WARNING MESSAGE ONLY  **' banner only where no "
                 "recipient failed for good (q == NULL && !EF_FATALERRS), '----- The following addresses had transient "
                 "non-fatal errors -----', 'Warning: message still undelivered after 4 hours' / 'Will keep trying "
                 "until message is 5 days old'; RFC 3464 Action: delayed")
MXLOGIC_WARN = ("MXLogic (McAfee SaaS) mod_queue warning as the eris bounce parser's ModQueueParser comment quotes it "
                "('THIS IS A WARNING MESSAGE ONLY', 'YOU DO NOT NEED TO RESEND YOUR MESSAGE', 'A temporary error "
                "occurred while delivering to the following address(es):', '  <addr>: 452 ...'); header X-MX-Bounce "
                "(sisimai lib/Sisimai/Lhost/MXLogic.pm)")
DOMINO = ("IBM Domino's failure as sisimai lib/Sisimai/Lhost/Domino.pm reads it (Subject 'DELIVERY FAILURE:', 'Your "
          "message', '  Subject: ...', 'was not delivered to:', '  <addr>', 'because:', '  User ... not listed in "
          "Domino Directory'; a second 'was not delivered to:' for each further recipient)")


def crcrlf_part(raw: bytes, boundary: bytes, ctype: bytes = DS) -> bytes:
    """`raw` with only the body of the part of `ctype` given CR CR LF line ends (the rest as it was)."""
    start, end = part_span(raw, ctype, boundary)
    return raw[:start] + raw[start:end].replace(b"\n", b"\r\r\n") + raw[end:]


def crlf_with_stray(raw: bytes, lines: list[bytes]) -> bytes:
    """`raw` in CRLF, each line that starts with one of `lines` (after its indent) ending CR CR LF instead."""
    out = []
    for line in raw.split(b"\n"):
        stray = any(line.strip().startswith(x) for x in lines)
        out.append(line + (b"\r\r\n" if stray else b"\r\n"))
    return b"".join(out)[:-2]


def mdaemon_fail(rid: str, a: str, *, mx: str, reply: str, host: str = "mail.example-firm.de") -> bytes:
    """MDaemon's PERMANENT (failure) DSN, built from its warning's layout with the failure's own words."""
    raw = mdaemon_warn(rid, a, mx=mx, reply=reply, host=host).decode("latin-1")
    for old, new in (("The attached message had TEMPORARY non-fatal delivery errors.",
                      "The attached message had PERMANENT fatal delivery errors.\n\nAfter one or more unsuccessful "
                      "delivery attempts the attached message has\nbeen removed from the MDaemon mail queue on this "
                      "server.  The number and\nfrequency of delivery attempts are determined by local configuration."),
                     ("THIS IS A WARNING MESSAGE ONLY - YOU DO NOT NEED TO RESEND YOUR MESSAGE",
                      "YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS"),
                     ("MDaemon is configured to automatically retry delivery at configured\nintervals.  Subsequent "
                      "attempts to deliver this message are pending.\n\n", ""),
                     ("Subject: Warning: Temporary Delivery Failure Notice", "Subject: Permanent Delivery Failure"),
                     (" Tue 2025-10-14 09:12:42: This message is 0 days old; it has 2 days left to get delivered\n",
                      "")):
        assert old in raw, old
        raw = raw.replace(old, new)
    return raw.encode("latin-1")


def sendmail_warn(rid: str, a: str, *, remote: str, reply: str, host: str = "smtp.example.org") -> bytes:
    """Sendmail's delay warning (savemail.c errbody with the warning banner, RFC 3464 part Action: delayed)."""
    b = f"59W{rid}.1760447564/{host}"
    return (
        f"Return-Path: <MAILER-DAEMON>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: <{SELLER}>\n"
        f"Date: {DATE}\nSubject: Warning: could not send message for past 4 hours\n"
        f"Auto-Submitted: auto-generated (warning-timeout)\nMessage-Id: <202510141312.{rid}@{host}>\nMIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n\n"
        f"This is a MIME-encapsulated message\n\n--{b}\n\n"
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        "The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com [198.51.100.7]\n\n"
        "   ----- The following addresses had transient non-fatal errors -----\n"
        f"<{a}>\n\n   ----- Transcript of session follows -----\n... while talking to {remote}.:\n"
        f">>> RCPT To:<{a}>\n<<< {reply}\n<{a}>... Deferred: {reply}\n"
        "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n\n"
        f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\n"
        f"Arrival-Date: {DATE}\n\nFinal-Recipient: RFC822; {a}\nAction: delayed\nStatus: 4.2.2\n"
        f"Remote-MTA: DNS; {remote}\nDiagnostic-Code: SMTP; {reply}\nLast-Attempt-Date: {DATE}\n"
        "Will-Retry-Until: Sun, 19 Oct 2025 09:10:02 GMT\n\n"
        f"--{b}\nContent-Type: text/rfc822-headers\n\nFrom: Sam Seller <{SELLER}>\nTo: {a}\nSubject: {SUBJ}\n"
        f"Message-ID: <{rid}@example.com>\n\n--{b}--\n"
    ).encode()


def mxlogic_warn(rid: str, a: str, reply: str, host: str = "p01c11m097.mxlogic.net") -> bytes:
    """MXLogic's mod_queue warning: MIME-less text, the warning banner, the address and its 4xx on one line."""
    return (
        f"Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@{host}>\nTo: {SELLER}\nDate: {DATE}\n"
        f"Subject: Warning: message {rid} delayed 4 hours\nX-MX-Bounce: mod_queue/warn\nMessage-ID: <mxl.{rid}@{host}>"
        "\nMIME-Version: 1.0\nContent-Type: text/plain\n\n"
        "      ===============================================\n"
        "              THIS IS A WARNING MESSAGE ONLY\n"
        "          YOU DO NOT NEED TO RESEND YOUR MESSAGE\n"
        "      ===============================================\n\n"
        "A temporary error occurred while delivering to the following address(es):\n\n"
        f"  <{a}>: {reply}\n\nDelivery will be retried.\n\nIncluded is a copy of the message header:\n"
        f"-----------------------------------------\n\nFrom: Sam Seller <{SELLER}>\nTo: {a}\nSubject: {SUBJ}\n"
        f"Message-ID: <{rid}@example.com>\n"
    ).encode()


def domino(rid: str, entries: list[tuple[str, str]], host: str = "notes.example-corp.com") -> bytes:
    """IBM Domino's failure for each (address, reason): 'was not delivered to:' / '  <addr>' / 'because:'."""
    parts = "".join(f"was not delivered to:\n\n  {a}\n\nbecause:\n\n  {why}\n\n" for a, why in entries)
    first = entries[0][0]
    b = f"=_dom{rid}"
    return (
        f"Return-Path: <>\nFrom: Postmaster@{host}\nTo: {SELLER}\nDate: {DATE}\nSubject: DELIVERY FAILURE: User "
        f"{first.split('@')[0]} ({first}) not listed in Domino Directory\nMessage-ID: <OF{rid}.DSN@{host}>\n"
        f"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"{b}\"\n\n--{b}\n"
        "Content-Type: text/plain; charset=US-ASCII\n\n"
        f"Your message\n\n  Subject: {SUBJ}\n\n{parts}--{b}\nContent-Type: message/rfc822\n\n"
        + _orig(SELLER, ", ".join(a for a, _ in entries), f"{rid}@example.com") + f"\n--{b}--\n"
    ).encode()
