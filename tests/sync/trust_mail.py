"""Hand-made bounces for the trust tests: genuine ones and forgeries (issue 9).

The DSNs follow RFC 3464's layout (multipart/report, one message/delivery-status part with
a per-recipient block each, the returned headers as text/rfc822-headers), as Postfix writes
them; the Gmail sending-limit notice follows the one in tests/classifier/fixtures
(gmail-sending-limit.eml, after shared/api/gmail.md §9). Received lines follow RFC 5321
§4.4 ("from HELO (rDNS [IP]) by HOST"). None is copied from another project's corpus.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

REP = "rep@acme.example"


def dsn_many(recipients: Sequence[str], *, original_id: str | None, own_id: str = "dsn-1@mx.example.net",
             sender: str = "MAILER-DAEMON@mx.example.net", original_to: str | None = None,
             extra_headers: str = "", status: str = "5.1.1") -> bytes:
    """A DSN naming `recipients` (hard failures), quoting `original_id` as the returned
    original's Message-ID (None: no original quoted)."""
    blocks = "\n".join(
        f"Final-Recipient: rfc822; {r}\nAction: failed\nStatus: {status}\n"
        f"Diagnostic-Code: smtp; 550 {status} <{r}>: Recipient address rejected: User unknown\n"
        for r in recipients)
    quoted = (f"From: Rep <{REP}>\nTo: {original_to or recipients[0]}\nSubject: Hello\n"
              + (f"Message-ID: <{original_id}>\n" if original_id else ""))
    text = f"""From: {sender}
To: {REP}
Subject: Undelivered Mail Returned to Sender
Date: Fri, 20 Nov 2026 11:00:00 +0000
Message-ID: <{own_id}>
{extra_headers}MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

{blocks}
--B
Content-Type: text/rfc822-headers

{quoted}
--B--
"""
    return text.replace("\n", "\r\n").encode()


def exim_text(failed: Sequence[tuple[str, str | None]], *, original_id: str, original_to: str) -> bytes:
    """Exim's plain-text bounce (no DSN part), laid out as src/src/deliver.c writes it: each
    failed (address, alias) as print_address_information does, "  address" and, when a
    redirection made it from the alias the sender wrote, "    (generated from alias)" under
    it; then its print_address_error lines; X-Failed-Recipients names the addresses."""
    blocks = "".join(
        f"  {a}\n" + (f"    (generated from {alias})\n" if alias else "")
        + f"    SMTP error from remote mail server after RCPT TO:<{a}>:\n"
          f"    550 5.1.1 <{a}>: Recipient address rejected: User unknown\n"
        for a, alias in failed)
    return (f"X-Failed-Recipients: {', '.join(a for a, _ in failed)}\nAuto-Submitted: auto-replied\n"
            f"From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nTo: {REP}\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            "Date: Fri, 20 Nov 2026 11:00:00 +0000\nMessage-ID: <E1exim-0001@mx.example.net>\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"{blocks}\n------ This is a copy of the message's headers. ------\n\n"
            f"From: Rep <{REP}>\nTo: {original_to}\nSubject: Hello\nMessage-ID: <{original_id}>\n"
            ).replace("\n", "\r\n").encode()


def undeliverable_text(rcpt: str, *, sender: str = "someone@stranger.example") -> bytes:
    """A plain-text "Undeliverable" notice anyone could write (no DSN, no quoted original)."""
    return (f"From: {sender}\r\nTo: {REP}\r\nSubject: Undeliverable: Hello\r\n"
            f"Message-ID: <plain-{rcpt}@stranger.example>\r\n\r\n"
            f"Delivery has failed to these recipients or groups:\r\n\r\n{rcpt}\r\n"
            f"The email address you entered couldn't be found.\r\n"
            f"550 5.1.1 User unknown\r\n").encode()


GOOGLE_HOPS = ("Received: by 2002:a05:6a10:1234:b0:5a1:2b3c:4d5e with SMTP id x1csp123;\n"
               "        Fri, 20 Nov 2026 10:00:01 -0800 (PST)\n"
               "Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\n"
               "        by mx.google.com with SMTPS id a1sor123;\n"
               "        Fri, 20 Nov 2026 10:00:00 -0800 (PST)\n"
               "Authentication-Results: mx.google.com;\n"
               "       dkim=pass header.i=@googlemail.com header.s=20230601 header.b=abc\n")
FORGED_HOPS = ("Received: from mail-sor-f69.google.com (attacker.example. [203.0.113.7])\n"
               "        by mx.google.com with ESMTPS id z9si123;\n"
               "        Fri, 20 Nov 2026 10:00:00 -0800 (PST)\n"
               "Authentication-Results: mx.google.com;\n"
               "       dkim=none; spf=softfail smtp.mailfrom=googlemail.com\n")


def gmail_limit(*, original_id: str, hops: str = GOOGLE_HOPS,
                sender: str = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                own_id: str = "limit-1@mail.gmail.com") -> bytes:
    """Gmail's "You have reached a limit for sending mail" notice (sender-side)."""
    text = f"""{hops}From: {sender}
To: {REP}
Subject: Delivery Status Notification (Failure)
Message-ID: <{own_id}>
Date: Fri, 20 Nov 2026 10:00:00 -0800
MIME-Version: 1.0
Content-Type: multipart/report; boundary="b1"; report-type=delivery-status

--b1
Content-Type: text/plain; charset=UTF-8

** Message not delivered **

You have reached a limit for sending mail. Your message was not sent.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
X-Original-Message-ID: <{original_id}>

Final-Recipient: rfc822; prospect@example.org
Action: failed
Status: 5.4.5
Diagnostic-Code: smtp; 550 5.4.5 Daily user sending limit exceeded.

--b1
Content-Type: message/rfc822

Message-ID: <{original_id}>
From: Rep <{REP}>
To: prospect@example.org
Subject: Quick question

Hello
--b1--
"""
    return text.replace("\n", "\r\n").encode()


def reply_mail(sender: str, *, in_reply_to: str | None = None, own_id: str | None = None,
               headers: str = "") -> bytes:
    """A person's reply (RFC 5322 section 3.6.4: In-Reply-To and References name the message
    it answers; None: a "reply" that names nothing, as a forger who knows no id writes it).
    `headers` go on top as written, e.g. the receiving server's Received and
    Authentication-Results (RFC 8601) above ones a forger planted in the message itself."""
    answers = (f"In-Reply-To: <{in_reply_to}>\nReferences: <{in_reply_to}>\n"
               if in_reply_to else "")
    digest = hashlib.sha256(f"{sender} {in_reply_to} {headers}".encode()).hexdigest()[:12]
    mid = own_id or f"re-{digest}@mail.example.com"
    text = (f"{headers}From: Someone <{sender}>\nTo: Rep <{REP}>\nSubject: Re: Hello\n"
            f"Date: Sat, 21 Nov 2026 09:00:00 +0000\nMessage-ID: <{mid}>\n{answers}"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"Thanks, Tuesday works for me.\n")
    return text.replace("\n", "\r\n").encode()


def received_by(server: str, results: str) -> str:
    """What `server` (the mailbox's receiving server) prepends to mail from outside: its
    Received line and its Authentication-Results (`results`, e.g. "dmarc=none
    header.from=example.com")."""
    return (f"Received: from mail.example.com (mail.example.com. [198.51.100.20])\n"
            f"        by {server} with ESMTPS id r1; Sat, 21 Nov 2026 09:00:01 +0000\n"
            f"Authentication-Results: {server};\n       {results}\n")
