"""Notice layouts for the fourteenth review (review_notices14.py, recipients as MTAs print them),
each written after its MTA's own source as the docstring names it; the per-row source strings
in review_notices14.py cite the same files. All HAND-MADE."""

from __future__ import annotations

SELLER = "seller@example.com"


def original(name: str, to: str, cc: str = "", *, sender: str = f"Seller <{SELLER}>") -> str:
    """The returned original's headers (and a line of body)."""
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"From: {sender}\nTo: {to}\n{cc_line}Subject: Quick question\n"
            f"Message-ID: <review14-{name}@example.com>\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHello, a quick question.\n")


def line_wrap(text: str, length: int = 79, indent: int = 4) -> list[str]:
    """Postfix's util/line_wrap.c: break at blanks before a word that would end past `length`;
    the second and later lines indented by `indent` (their length reduced by it); a word longer
    than a line is never broken."""
    lines, start, curr_len, curr_indent = [], 0, length, 0
    words = []  # (start, end) of each blank-separated word
    pos = 0
    while pos <= len(text):
        nxt = min([p for p in (text.find(" ", pos), text.find("\t", pos)) if p >= 0] or [len(text)])
        words.append((pos, nxt))
        pos = nxt + 1
    for word_start, word_end in words:
        if word_start > start and word_end - start > curr_len:
            lines.append(" " * curr_indent + text[start:word_start].rstrip())
            if not lines[1:]:
                curr_indent, curr_len = indent, length - indent
            start = word_start
    lines.append(" " * curr_indent + text[start:].rstrip())
    return lines


def postfix(name: str, entries: list[tuple[str, str | None, str]], dsn: list[tuple[str, str | None, str, str]],
            *, to: str, cc: str = "", host: str = "mail.example.com") -> bytes:
    """Postfix's bounce(8) failure notice: bounce_templates.c's def_bounce_fail_body, then per
    recipient bounce_notify_util.c bounce_recipient_log ("<%s> (expanded from <%s>): %s" or
    "<%s>: %s", wrapped by line_wrap at 79 with indent 4), then bounce_recipient_dsn's fields
    ("Final-Recipient: rfc822; %s", "Original-Recipient: rfc822; %s" of the address before
    expansion, Action, Status, Remote-MTA, Diagnostic-Code) after bounce_header_dsn's
    "X-Postfix-Sender: rfc822; %s". `entries`: (address, expanded from, reason text); `dsn`:
    (final, original, status, diagnostic)."""
    log = "".join("\n" + "\n".join(line_wrap(f"<{a}> (expanded from <{o}>): {why}" if o else f"<{a}>: {why}")) + "\n"
                  for a, o, why in entries)
    blocks = "".join(f"\nFinal-Recipient: rfc822; {f}\n" + (f"Original-Recipient: rfc822; {o}\n" if o else "")
                     + f"Action: failed\nStatus: {s}\nRemote-MTA: dns; mx.example.org\n"
                     + "\n".join(line_wrap(f"Diagnostic-Code: smtp; {d}")) + "\n" for f, o, s, d in dsn)
    return (f"From: MAILER-DAEMON@{host} (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n"
            f"To: {SELLER}\nAuto-Submitted: auto-replied\nMessage-Id: <pf14-{name}@{host}>\n"
            "X-Hand-Made: yes (Postfix bounce(8) layout, review 14)\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"B14\"\n"
            "Content-Transfer-Encoding: 8bit\n\nThis is a MIME-encapsulated message.\n\n"
            "--B14\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n\n"
            f"This is the mail system at host {host}.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to <postmaster>\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            f"                   The mail system\n{log}\n"
            "--B14\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: 4Zb1X2Y3Q\nX-Postfix-Sender: rfc822; {SELLER}\n"
            f"Arrival-Date: Thu,  3 Dec 2026 10:00:00 +0000 (UTC)\n{blocks}\n"
            "--B14\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            f"Return-Path: <{SELLER}>\n" + original(name, to, cc).split("\n\n")[0] + "\n\n--B14--\n").encode()


def pf_said(address: str, reply: str, host: str = "mx.example.org[192.0.2.25]") -> str:
    """Postfix smtp_proto.c's "host %s said: %s (in reply to %s)" for a refusal at RCPT."""
    return f"host {host} said: {reply} (in reply to RCPT TO command)"


def exim_error(message: str) -> str:
    """Exim deliver.c print_address_error: "\\n    " then the text, a break ("\\n   " before the
    blank) after each ": " once more than 45 characters stand on the line."""
    out, count, i = ["\n    "], 0, 0
    while i < len(message):
        ch = message[i]
        out.append(ch)
        count += 1
        i += 1
        if ch == ":" and i < len(message) and message[i].isspace() and count > 45:
            out.append("\n   ")
            count = 0
    return "".join(out)


def exim(name: str, entries: list[tuple[str, str, str | None]], *, to: str, cc: str = "",
         dsn: list[tuple[str, str]] | None = None, failed: list[str] | None = None,
         sender_line: str | None = None, utf8: bool = False, host: str = "mail.example.net") -> bytes:
    """Exim's bounce (src/src/deliver.c): X-Failed-Recipients (the failed addresses, a pipe's
    parent), "This message was created automatically by mail delivery software.", the
    to-sender paragraph (or "A message sent by\\n\\n  <%s>\\n\\ncould not be delivered ..." when
    the bounce goes to an errors address), each address through print_address_information
    with "  " and "\\n    " (`entries`: the printed text including any "(generated from ...)"
    line, the host line, the error of transports/smtp.c "SMTP error from remote mail server
    after RCPT TO:<%s>: %s" through print_address_error), then the DSN part whose
    print_dsn_addr_action names the top ancestor ("Action: failed\\nFinal-Recipient:
    rfc822;%s\\nStatus: 5.0.0"; message/global-delivery-status for an SMTPUTF8 message), and
    the returned message. `dsn` None: no DSN part (the plain-text bounce of Exims before
    DSN support)."""
    failed = failed if failed is not None else [e[0].split("\n")[0] for e in entries]
    xfr = "X-Failed-Recipients: " + ",\n  ".join(failed) + "\n"
    intro = ("\nA message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n") if sender_line is None else \
        (f"\nA message sent by\n\n  <{sender_line}>\n\ncould not be delivered to one or more of its recipients. "
         "The following\naddress(es) failed:\n")
    body = "".join(f"  {printed}" + (f"\n    host {h}" if h else "") + exim_error(err) + "\n"
                   for printed, h, err in entries)
    head = (f"{xfr}Auto-Submitted: auto-replied\nFrom: Mail Delivery System <Mailer-Daemon@{host}>\n"
            f"To: {SELLER}\nSubject: Mail delivery failed: returning message to sender\n"
            f"Message-Id: <E1ex14-{name}@{host}>\nX-Hand-Made: yes (Exim deliver.c bounce, review 14)\n")
    text = "This message was created automatically by mail delivery software.\n" + intro + "\n" + body + "\n"
    orig = original(name, to, cc)
    if dsn is None:
        return (head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text
                + "------ This is a copy of the message, including all the headers. ------\n\n"
                + f"Return-path: <{SELLER}>\n" + orig).encode()
    kind = "message/global-delivery-status" if utf8 else "message/delivery-status"
    fields = "".join(f"Action: failed\nFinal-Recipient: rfc822;{top}\nStatus: 5.0.0\nRemote-MTA: dns; mx.example.org\n"
                     f"Diagnostic-Code: smtp; {diag}\n\n" for top, diag in dsn)
    bound = "1764756000-eximdsn-14"
    return (head + f"Content-Type: multipart/report; report-type=delivery-status; boundary={bound}\n"
            f"MIME-Version: 1.0\n\n--{bound}\nContent-type: text/plain; charset=us-ascii\n\n{text}"
            f"--{bound}\nContent-type: {kind}\n\nReporting-MTA: dns; {host}\n\n{fields}"
            f"--{bound}\nContent-type: {'message/global' if utf8 else 'message/rfc822'}\n\n"
            f"Return-path: <{SELLER}>\n{orig}\n--{bound}--\n").encode()


def sendmail(name: str, entries: list[tuple[str, str, str | None]], dsn: list[tuple[str, str | None, str, str]],
             *, to: str, cc: str = "", transcript: str = "", host: str = "mail.example.org", mime: bool = True) -> bytes:
    """Sendmail's DSN (savemail.c errbody): "The original message was received at ...", "   -----
    The following addresses had permanent fatal errors -----", each q_paddr as given, "    (reason:
    %s)", "    (expanded from: %s)" (`entries`: paddr, reason, alias paddr); the transcript;
    then the per-recipient fields ("Final-Recipient: %s" of the RCPT name, "X-Actual-Recipient:
    %s" when the failing address differs, Action, Status, Diagnostic-Code) (`dsn`: final,
    actual, status, diagnostic). `mime` False: errbody without a MIME boundary (no DSN part;
    "   ----- Original message follows -----" before the original)."""
    errs = "".join(f"{p}\n    (reason: {r})\n" + (f"    (expanded from: {a})\n" if a else "") for p, r, a in entries)
    blocks = "".join(f"\nFinal-Recipient: RFC822; {f}\n" + (f"X-Actual-Recipient: RFC822; {x}\n" if x else "")
                     + f"Action: failed\nStatus: {s}\nRemote-MTA: DNS; mx.example.org\nDiagnostic-Code: SMTP; {d}\n"
                     "Last-Attempt-Date: Thu, 3 Dec 2026 10:00:05 +0000\n" for f, x, s, d in dsn)
    head = (f"From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: <{SELLER}>\n"
            f"Subject: Returned mail: see transcript for details\nMessage-Id: <sm14-{name}@{host}>\n")
    intro = ("The original message was received at Thu, 3 Dec 2026 10:00:00 +0000\nfrom localhost [127.0.0.1]\n\n"
             f"   ----- The following addresses had permanent fatal errors -----\n{errs}\n"
             f"   ----- Transcript of session follows -----\n{transcript}\n\n")
    if not mime:
        return (head + "Auto-Submitted: auto-generated (failure)\nX-Hand-Made: yes (Sendmail savemail.c errbody, "
                "review 14)\n\n" + intro + "   ----- Original message follows -----\n\n" + original(name, to, cc)).encode()
    return (head + "Auto-Submitted: auto-generated (failure)\nX-Hand-Made: yes (Sendmail savemail.c errbody, review 14)\n"
            "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n"
            f'\tboundary="sm14.{name}"\n\nThis is a MIME-encapsulated message\n\n--sm14.{name}\n\n{intro}'
            f"--sm14.{name}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\n"
            f"Arrival-Date: Thu, 3 Dec 2026 10:00:00 +0000\n{blocks}\n"
            f"--sm14.{name}\nContent-Type: text/rfc822-headers\n\n" + original(name, to, cc).split("\n\n")[0]
            + f"\n\n--sm14.{name}--\n").encode()


def qmail(name: str, entries: list[tuple[str, str]], *, to: str, cc: str = "", host: str = "mx.example.org") -> bytes:
    """qmail-send.c's bounce: "Hi. This is the qmail-send program at %s." and its permanent-error
    sentences, each failed address as addbounce writes it ("<" recip ">:\\n" then the report),
    "--- Below this line is a copy of the message." and the original after "Return-Path: <%s>"."""
    paragraphs = "".join(f"<{a}>:\n{r}\n\n" for a, r in entries)
    return (f"Date: 3 Dec 2026 10:00:05 -0000\nFrom: MAILER-DAEMON@{host}\nTo: {SELLER}\nSubject: failure notice\n"
            f"Message-ID: <qm14-{name}@{host}>\nX-Hand-Made: yes (qmail-send.c bounce, review 14)\n\n"
            f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"{paragraphs}--- Below this line is a copy of the message.\n\n"
            f"Return-Path: <{SELLER}>\n" + original(name, to, cc)).encode()
