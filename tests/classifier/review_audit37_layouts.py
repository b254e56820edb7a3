"""Notice layouts for audit 37 (review_audit37.py) that the earlier builders lack, each written after the generator its
docstring names. All HAND-MADE."""

from __future__ import annotations

MARK = "X-Hand-Made: yes ({}, audit 37)\n"


def relay_report(name: str, reply: str, status: str, command: str | None, *, address: str, sender: str,
                 reporter: str, remote: str) -> bytes:
    """Our relay's Postfix bounce(8) report (src/bounce/bounce_notify_util.c: "host %s[%s] said: %s (in reply to %s
    command)"; RFC 3464 Reporting-MTA / Remote-MTA) with the sending address, our relay and the answering host
    chosen: the sending side's own domain is the returned original's From."""
    said = f"host {remote}[192.0.2.10] said: {reply}" + (f" (in reply to {command} TO command)" if command in (
        "RCPT", "MAIL") else " (in reply to end of DATA command)" if command == "DATA" else "")
    action = "delayed" if status.startswith("4") else "failed"
    return (
        f"From: MAILER-DAEMON@{reporter} (Mail Delivery System)\nTo: {sender}\n"
        "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        + MARK.format("Postfix bounce(8) of our relay") + "MIME-Version: 1.0\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="a37-{name}"\n\n'
        f"--a37-{name}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"This is the mail system at host {reporter}.\n\nI'm sorry to have to inform you that your message could "
        f"not\nbe delivered to one or more recipients.\n\n<{address}>: {said}\n\n"
        f"--a37-{name}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {reporter}\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: {action}\nStatus: {status}\nRemote-MTA: dns; {remote}\n"
        f"Diagnostic-Code: smtp; {reply}\n\n"
        f"--a37-{name}\nContent-Type: text/rfc822-headers\n\n"
        f"From: Seller <{sender}>\nTo: {address}\nSubject: Quick question\nMessage-ID: <a37-{name}@{reporter}>\n\n"
        f"--a37-{name}--\n"
    ).encode()


def sendmail86_pair(name: str, transcript: str, addresses: list[str]) -> bytes:
    """sendmail 8.6's plain notice for several recipients of one message (savemail.c of 8.6: Subject "Returned mail:
    User unknown", "   ----- Transcript of session follows -----", one "<addr>... <text>" line per address as
    usrerr() writes it, "   ----- Unsent message follows -----", the original with every recipient in its To)."""
    to = ", ".join(addresses)
    return ("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.net>\nTo: seller@example.com\n"
            "Subject: Returned mail: User unknown\n" + MARK.format("sendmail 8.6 notice, two recipients")
            + "Date: Thu, 3 Dec 2026 10:05:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"   ----- Transcript of session follows -----\n{transcript}\n\n   ----- Unsent message follows -----\n"
            f"From: Seller <seller@example.com>\nTo: {to}\nSubject: Quick question\n"
            f"Message-ID: <a37-{name}@example.com>\n\nHello, a quick question.\n").encode()
