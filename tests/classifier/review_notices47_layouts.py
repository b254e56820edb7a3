"""Notice layouts for the forty-seventh review (review_notices47*.py: the mailbox store speaks).
A relay's report of a delivery agent's LMTP reply, and Postfix's report of its own local delivery
(local(8), virtual(8), pipe(8) running maildrop or dovecot-lda). The other layouts are earlier
reviews' builders: notices.relayed (Postfix bounce(8) RFC 3464 report), review 35's Exim, Gmail and
Exchange Online builders, review 25's Courier DSN, review 7's RFC 8098 MDN. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed

PF_LMTP = ("Postfix lmtp(8) (src/smtp/smtp_proto.c, the LMTP client: 'host %s[%s] said: %s (in reply to end of DATA "
           "command)', one reply per recipient after DATA, RFC 2033 4.2), the agent on a UNIX socket "
           "(private/dovecot-lmtp), in bounce(8)'s RFC 3464 report")
PF_PIPE = ("Postfix pipe(8) (src/pipe/pipe.c: the command's exit status through src/global/sys_exits.c, EX_NOPERM "
           "'5.7.0' 'permission denied', EX_TEMPFAIL '4.3.0' 'temporary failure', EX_NOUSER '5.1.1' 'user unknown'; "
           "'%s. Command output: %s'; Diagnostic-Code 'x-unix; <output>')")
PF_LOCAL = ("Postfix local(8)/virtual(8) own texts (src/local/local.c 'unknown user: \"%s\"'; src/virtual/mailbox.c and "
            "src/global/mail_copy.c 'cannot update mailbox %s for user %s. %s', 'error writing message: %m'; "
            "src/virtual/maildir.c 'maildir delivery failed: %s'; mbox_dsn: EDQUOT/EFBIG give 5.2.2)")


def lmtp(text: str, *, status: str, command: str = "DATA", action: str | None = None, address: str = LEAD,
         host: str = "mail.example.org", socket: str = "private/dovecot-lmtp") -> bytes:
    """Postfix's report of a delivery agent's LMTP reply (notices.relayed, the peer a UNIX socket)."""
    raw = relayed(text, status=status, command=command, action=action, address=address, remote=host)
    return raw.replace(f"host {host}[192.0.2.7]".encode(), f"host {host}[{socket}]".encode())


def pf_mda(line: str, *, status: str, diag: str, action: str = "failed", address: str = LEAD,
           host: str = "mail.example.org") -> bytes:
    """Postfix bounce(8)'s report of its own final delivery (local, virtual or pipe: no Remote-MTA),
    `line` the text part's reason, `diag` the whole Diagnostic-Code (x-unix or X-Postfix)."""
    intro = ("I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients."
             if action == "failed" else "####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\n"
             "Your message could not be delivered for more than 3 hour(s).\nIt will be retried until it is 5 day(s) "
             "old.")
    subject = "Undelivered Mail Returned to Sender" if action == "failed" else "Delayed Mail (still being retried)"
    return (
        f"From: MAILER-DAEMON@{host} (Mail Delivery System)\n"
        f"To: seller@example.com\nSubject: {subject}\n"
        "Auto-Submitted: auto-replied\nX-Hand-Made: yes (Postfix bounce(8) layout, local delivery, review 47)\n"
        'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="B47"\n\n'
        "--B47\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        f"This is the mail system at host {host}.\n\n{intro}\n\n"
        "                   The mail system\n\n"
        f"<{address}>: {line}\n\n"
        "--B47\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: 4Zr47AbCdE\nX-Postfix-Sender: rfc822; seller@example.com\n"
        "Arrival-Date: Thu,  3 Dec 2026 10:00:00 +0000 (UTC)\n\n"
        f"Final-Recipient: rfc822; {address}\nOriginal-Recipient: rfc822;{address}\nAction: {action}\n"
        f"Status: {status}\nDiagnostic-Code: {diag}\n\n"
        "--B47\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        f"From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-ID: <hand-made-r47@example.com>\n\n"
        "--B47--\n"
    ).encode()
