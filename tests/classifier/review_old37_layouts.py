"""Notice layouts for review old37 (review_old37.py), each written after the server's own source (named in each
builder's docstring): Mox's own DSN for recipients it refused after DATA (mjl-/mox smtpserver/server.go deliver() and
dsn.Message), Apache James 3.x's RemoteDelivery bounce (server/mailet/mailets/.../remote/delivery/Bouncer.java
explanationText, sent through the mailet context's bounce). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25_layouts import SELLER, original

LEAD = "lead@partner.example"
OTHER = "other@partner.example"
MARK = "X-Hand-Made: yes ({}, review old37)\n"
DATE = "Date: Thu, 3 Dec 2026 10:05:00 +0000\n"


def _parts(head: str, bound: str, parts: list[tuple[str, str]], kind: str) -> bytes:
    body = "".join(f"--{bound}\n{ctype}\n\n{text}\n" for ctype, text in parts)
    return (head + DATE + f'MIME-Version: 1.0\nContent-Type: {kind}; boundary="{bound}"\n\n'
            f"This is a multi-part message in MIME format.\n\n{body}--{bound}--\n").encode()


def mox_dsn(name: str, entries: list[tuple[str, int, str, str]], *, host: str = "mx.partner.example") -> bytes:
    """Mox's DSN for recipients it refused after DATA while it delivered to others (smtpserver/server.go deliver():
    From postmaster@<the first failed recipient's domain>, Subject "mail delivery failure", "Multiple delivery failures
    occurred." when more than one, then per failure "<Permanent|Transient> delivery failure to:\\n\\n\\t%s\\n\\nError:
    \\n\\n\\t%s" whose two arguments the source passes as (error message, recipient): the error where the address is
    announced and the address under "Error:"; Action failed whatever the code, Status class.secode, no
    Diagnostic-Code; the original's header as text/rfc822-headers). `entries`: (address, code, secode, errmsg)."""
    domain = entries[0][0].split("@", 1)[1]
    head = (f"From: postmaster@{domain}\nTo: {SELLER}\nSubject: mail delivery failure\n"
            f"Message-Id: <mox-{name}@{host}>\nReferences: <review25-{name}@example.com>\n"
            + MARK.format("Mox inbound DSN"))
    text = "Multiple delivery failures occurred.\n\n" if len(entries) > 1 else ""
    fields = (f"Reporting-MTA: dns; {host}\nReceived-From-MTA: dns; mail.example.com (192.0.2.10)\n"
              "Arrival-Date: Thu, 3 Dec 2026 10:05:00 +0000\n")
    for address, code, secode, errmsg in entries:
        kind = "Transient" if code // 100 == 4 else "Permanent"
        text += f"{kind} delivery failure to:\n\n\t{errmsg}\n\nError:\n\n\t{address}\n\n"
        fields += (f"\nFinal-Recipient: rfc822; {address}\nAction: failed\nStatus: {code // 100}.{secode}\n"
                   "Last-Attempt-Date: Thu, 3 Dec 2026 10:05:00 +0000\n")
    headers = original(name, entries[0][0]).split("\n\n", 1)[0] + "\n"
    return _parts(head, f"mox-{name}", [("Content-Type: text/plain; charset=utf-8", text),
                                        ("Content-Type: message/delivery-status", fields),
                                        ("Content-Type: text/rfc822-headers; charset=utf-8", headers)],
                  "multipart/report; report-type=delivery-status")


def james3(name: str, addresses: list[str], reason: str, *, host: str = "james.example.com") -> bytes:
    """Apache James 3.x's RemoteDelivery bounce (remote/delivery/Bouncer.java explanationText: "Hi. This is the James
    mail server at <helo name>.", the four sentences (a single space before "Below" since 3.x), the recipients one a
    line, then the exception's words: "Remote mail server told me: " + a SendFailedException's message, "Unknown
    host: ...", a ConnectException's own text, "Socket exception: ..." or a plain MessagingException's message; no
    closing line); the mailet context's bounce sends it from the postmaster as a reply to the original ("Re: "),
    the original attached."""
    head = (f"From: postmaster@{host}\nTo: {SELLER}\nSubject: Re: Quick question\n"
            f"In-Reply-To: <review25-{name}@example.com>\n" + MARK.format("James 3.x RemoteDelivery bounce"))
    text = (f"Hi. This is the James mail server at {host}.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out. Below\n"
            "I include the list of recipients and the reason why I was unable to deliver\nyour message.\n\n"
            + "".join(f"{a}\n" for a in addresses) + f"{reason}\n\n")
    return _parts(head, f"james3-{name}", [("Content-Type: text/plain; charset=us-ascii", text),
                                           ("Content-Type: message/rfc822", original(name, addresses[0]))],
                  "multipart/mixed")
