"""Notice layouts for audit 35e (review_audit35e.py) that the earlier builders lack: the reporters' own notices
(classifier/reporters/) with the headers each module recognises, each written after the generator its docstring names.
All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25_layouts import SELLER, _mime

LEAD = "lead@partner.example"
MARK = "X-Hand-Made: yes ({}, audit 35e)\n"


def fields(diagnostic: str, status: str, *, action: str = "failed", address: str = LEAD, remote: str = "",
           extra: str = "", reporting: str = "mx.example.net") -> str:
    """One recipient's RFC 3464 block after the per-message one."""
    remote_line = f"Remote-MTA: dns; {remote}\n" if remote else ""
    return (f"Reporting-MTA: dns; {reporting}\n\nFinal-Recipient: rfc822; {address}\nAction: {action}\n"
            f"Status: {status}\n{remote_line}Diagnostic-Code: smtp; {diagnostic}\n{extra}")


def mcafee(name: str, reply: str, status: str, *, action: str = "failed", address: str = LEAD) -> bytes:
    """McAfee Email Gateway's own "Delivery Status" notice (via-mcafee.go: X-NAI-Header "Modified by McAfee", Subject
    "Delivery Status", "--- The following addresses had delivery problems ---", the address and its "Permanent
    Failure:" / "Transient Failure:" reply)."""
    head = (f"From: postmaster@gw.example.net\nTo: {SELLER}\nSubject: Delivery Status\n"
            "X-NAI-Header: Modified by McAfee Email Gateway (4500)\n" + MARK.format("McAfee Email Gateway notice"))
    kind = "Transient" if action == "delayed" else "Permanent"
    text = (f"--- The following addresses had delivery problems ---\n\n<{address}>   ({kind} Failure: {reply})\n\n"
            "--- Transcript of session follows ---\n")
    return _mime(head, name, text, address, fields(reply, status, action=action, address=address,
                                                   reporting="gw.example.net"))


def powermta(name: str, reply: str, status: str, category: str, *, address: str = LEAD) -> bytes:
    """PowerMTA's "Delivery report" (PowerMTA User's Guide, "Bounce and FBL processing": its DSN fields with
    X-PowerMTA-BounceCategory, the category from <bounce-category-patterns>, whose shipped defaults match the reply's
    words: "/user unknown/ bad-mailbox", "/domain not found/ bad-domain" ...)."""
    head = (f"From: postmaster@mta.example.net\nTo: {SELLER}\nSubject: Delivery report\n"
            + MARK.format("PowerMTA delivery report"))
    return _mime(head, name, f"This is a delivery report for a message you sent to {address}.\n", address,
                 fields(reply, status, address=address, reporting="mta.example.net",
                        extra=f"X-PowerMTA-BounceCategory: {category}\n"))


def aol(name: str, reply: str, status: str, *, action: str = "failed", address: str = LEAD) -> bytes:
    """AOL's outbound relay's DSN (sisimai's Aol: From MAILER-DAEMON@aol.com, X-AOL-IP, "Your mail message to the
    following address(es) could not be delivered.", Postfix-style DSN fields)."""
    head = (f"From: Mail Delivery System <MAILER-DAEMON@aol.com>\nTo: {SELLER}\nSubject: Undelivered Mail Returned to "
            "Sender\nX-AOL-IP: 192.0.2.70\nX-Outbound-Mail-Relay-Queue-ID: 4A1B2C3D\n" + MARK.format("AOL relay DSN"))
    text = (f"Your mail message to the following address(es) could not be delivered.\n\n<{address}>: {reply}\n")
    return _mime(head, name, text, address, fields(reply, status, action=action, address=address,
                                                   reporting="omr-m01.mx.aol.com"))


def outlook(name: str, reply: str, status: str, *, action: str = "failed", address: str = LEAD) -> bytes:
    """Hotmail / Outlook.com's own DSN (sisimai's Outlook: postmaster@hotmail.com, "Delivery Status Notification",
    X-Message-Delivery / X-Message-Info; "This is an automatically generated Delivery Status Notification.")."""
    kind = "Delay" if action == "delayed" else "Failure"
    head = (f"From: postmaster@hotmail.com\nTo: {SELLER}\nSubject: Delivery Status Notification ({kind})\n"
            "X-Message-Delivery: Vj0xLjE7dXM9MDtsPTA7YT0w\nX-Message-Info: a35eHandMade\n"
            + MARK.format("Outlook.com DSN"))
    text = ("This is an automatically generated Delivery Status Notification.\n\n"
            + ("THIS IS A WARNING MESSAGE ONLY.\n\n" if action == "delayed" else "")
            + f"Delivery to the following recipients {'has been delayed' if action == 'delayed' else 'failed'}.\n\n"
            f"       {address}\n")
    return _mime(head, name, text, address, fields(reply, status, action=action, address=address,
                                                   reporting="bay0-omc1-s1.bay0.hotmail.com"))


def gsuite(name: str, reply: str, status: str, *, address: str = LEAD) -> bytes:
    """Google Workspace relaying for a domain (mailer-daemon@googlemail.com, "Delivery Status Notification",
    X-Gm-Message-State; Google's "** Message not delivered **" text quoting the remote reply)."""
    head = ("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
            f"To: {SELLER}\nSubject: Delivery Status Notification (Failure)\nX-Gm-Message-State: AOJu0Ya35eHandMade\n"
            + MARK.format("Google Workspace DSN"))
    text = (f"** Message not delivered **\n\nThere was a problem delivering your message to {address}. See the "
            f"technical details below.\n\nThe response was:\n\n{reply}\n")
    return _mime(head, name, text, address, fields(reply, status, address=address, reporting="googlemail.com",
                                                   remote="mx.partner.example"))


def exchange2003_relay(name: str, address: str = LEAD) -> bytes:
    """Exchange 2000/2003's relay DSN (its SMTP service's "Delivery Status Notification (Relay)": "Your message has
    been successfully relayed to the following recipients, but the requested delivery status notifications may not be
    generated by the destination."; X-MimeOLE "Produced By Microsoft Exchange V6.5"), Action: relayed."""
    head = (f"From: postmaster@exch.example.co\nTo: {SELLER}\nSubject: Delivery Status Notification (Relay)\n"
            "X-MimeOLE: Produced By Microsoft Exchange V6.5\n" + MARK.format("Exchange 2003 relay DSN"))
    text = ("This is an automatically generated Delivery Status Notification.\n\nYour message has been successfully "
            "relayed to the following recipients, but the requested delivery status notifications may not be "
            f"generated by the destination.\n\n       {address}\n")
    dsn = (f"Reporting-MTA: dns;exch.example.co\n\nFinal-Recipient: rfc822;{address}\nAction: relayed\n"
           "Status: 2.0.0\n")
    return _mime(head, name, text, address, dsn)


def exchange2003_delay(name: str, diagnostic: str, status: str, address: str = LEAD) -> bytes:
    """Exchange 2000/2003's delay DSN ("THIS IS A WARNING MESSAGE ONLY.", "Delivery to the following recipients has
    been delayed."; X-MimeOLE "Produced By Microsoft Exchange V6.5"), Action: delayed."""
    head = (f"From: postmaster@exch.example.co\nTo: {SELLER}\nSubject: Delivery Status Notification (Delay)\n"
            "X-MimeOLE: Produced By Microsoft Exchange V6.5\n" + MARK.format("Exchange 2003 delay DSN"))
    text = ("This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
            "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n"
            f"       {address}\n")
    return _mime(head, name, text, address, fields(diagnostic, status, action="delayed", address=address,
                                                   reporting="exch.example.co"))


def ims_person_reply(name: str, who: str, body: str) -> bytes:
    """A person's reply that crossed an Exchange 5.5 Internet Mail Service (its Received "with Internet Mail Service
    (5.5.2657.72)", the trace exchange2003.wrote accepts): no notice at all."""
    return (f"Received: by exch.partner.example with Internet Mail Service (5.5.2657.72)\n\tid <A35E{name}>; "
            f"Fri, 4 Dec 2026 09:11:58 +0100\nFrom: {who}\nTo: Seller <{SELLER}>\nSubject: Re: Quick question\n"
            f"Date: Fri, 4 Dec 2026 09:12:00 +0100\nMessage-ID: <a35e-{name}@partner.example>\n"
            "In-Reply-To: <review14-q@example.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            + MARK.format("a person's reply") + f"\n{body}\n").encode()
