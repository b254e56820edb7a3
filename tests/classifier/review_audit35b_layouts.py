"""Notice layouts for audit 35b (review_audit35b.py) that the earlier builders lack, each written after the generator
its docstring names. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices14_layouts import original

SELLER = "seller@example.com"
HOST = "mx.bounce-lab.example"


def exim_template(name: str, address: str, lines: str, diagnostic: str, *, text_line: str = "",
                  helpdesk: bool = False) -> bytes:
    """Exim 4.96's bounce with an administrator's text (src/src/deliver.c; spec chapter 50; real round 17's fixtures):
    `helpdesk` True uses a bounce_message_file whose second item is a site's own prose (round 17's helpdesk.bounce:
    "Subject: Undeliverable: $h_subject:", "this is the mail server of ... your message could not be delivered to the
    address(es) listed below"); else Exim's own paragraphs with `text_line` as bounce_message_text after its first
    sentence. `lines`: what deliver.c prints under the address (host line, error); a DSN part with Status 5.0.0."""
    if helpdesk:
        subject = "Undeliverable: Quick question"
        text = ("Hello,\n\nthis is the mail server of Bounce Lab Ltd. We are sorry: your message\ncould not be "
                "delivered to the address(es) listed below, and we will not\ntry again. If you need help, write to "
                "helpdesk@bounce-lab.example and quote\nthe reference 1xa35b-0007jb-1m.\n\n")
    else:
        subject = "Mail delivery failed: returning message to sender"
        text = ("This message was created automatically by mail delivery software.\n" + (f"{text_line}\n" if text_line
                else "\n") + "A message that you sent could not be delivered to one or more of its\nrecipients. "
                "This is a permanent error. The following address(es) failed:\n")
    bound = f"1796550120-eximdsn-35b{name}"
    return (f"X-Failed-Recipients: {address}\nAuto-Submitted: auto-replied\n"
            f"From: Mail Delivery System <Mailer-Daemon@{HOST}>\nTo: {SELLER}\nSubject: {subject}\n"
            f"Message-Id: <E1xa35b-{name}@{HOST}>\nX-Hand-Made: yes (Exim deliver.c with an administrator's text, "
            "audit 35b)\n"
            f"Content-Type: multipart/report; report-type=delivery-status; boundary={bound}\nMIME-Version: 1.0\n\n"
            f"--{bound}\nContent-type: text/plain; charset=us-ascii\n\n{text}\n  {address}\n{lines}\n\n"
            f"--{bound}\nContent-type: message/delivery-status\n\nReporting-MTA: dns; {HOST}\n\n"
            f"Action: failed\nFinal-Recipient: rfc822;{address}\nStatus: 5.0.0\nDiagnostic-Code: smtp; {diagnostic}\n\n"
            f"--{bound}\nContent-type: message/rfc822\n\nReturn-path: <{SELLER}>\n{original('a35b-' + name, address)}"
            f"\n--{bound}--\n").encode()


def forwarded(name: str, who: str, note: str, bounce_text: str) -> bytes:
    """A person forwarding an old bounce to us (a mail client's inline forward: "Fwd:", the note, "---------- Forwarded
    message ---------" and the bounce's headers and text as quoted body; no report part, not from a mail system)."""
    return (f"From: {who}\nTo: Seller <{SELLER}>\nSubject: Fwd: Undelivered Mail Returned to Sender\n"
            f"Date: Fri, 4 Dec 2026 09:12:00 +0100\nMessage-ID: <fwd-{name}@partner.example>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nX-Hand-Made: yes (a person's forward, audit 35b)\n\n"
            f"{note}\n\n---------- Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@old.example>\n"
            "Date: Mon, 30 Nov 2026 08:00:00 +0000\nSubject: Undelivered Mail Returned to Sender\n\n"
            f"{bounce_text}\n").encode()
