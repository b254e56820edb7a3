"""Review multi57's whole-notice layouts (HAND-MADE, full message bytes): one notice naming SEVERAL recipients with
different outcomes, one builder per generator, each after the generator's own source or documentation (cited per
builder; rows cite per row in review_multi57.py). Our side as in holdout 50: seller@example.com or rep@example.net;
the returned original was sent to every recipient the notice names (its To lists them, display names and all)."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import _ORIG, _BODY, DATE, REP, SELLER


# The expected rows' shorthand, one home for the review's modules: (address, hard, reasons, scope, delay).
R, S, ANY = "recipient", "sender", None
UU, HU, FULL, SUSP = ("userunknown",), ("hostunknown",), ("mailboxfull",), ("suspend",)
BLOCK = ("blocked", "badreputation")
GONE = ("expired", "networkerror")
OURIP = "198.51.100.7"


def H(a: str, reasons: tuple = UU) -> tuple:
    return (a, True, reasons, R, False)


def Sf(a: str, reasons: tuple = (), scope: str | None = R) -> tuple:
    return (a, False, reasons, scope, False)


def D(a: str) -> tuple:
    return (a, False, (), ANY, True)

SUBJ = "Quick question about your Q4 logistics"
POSTFIX_SRC = ("Postfix bounce(8): src/bounce/bounce_notify_util.c (bounce_recipient_log: '<%s> (expanded from <%s>): %s'; "
               "bounce_recipient_dsn: Final-Recipient / Original-Recipient / Action / Status / Remote-MTA / "
               "Diagnostic-Code per recipient) and the bounce(5) failure and delay templates")
SENDMAIL_SRC = ("sendmail savemail.c errbody() ('----- The following addresses had permanent fatal errors -----', "
                "'... transient non-fatal errors -----', '... successful delivery notifications -----' with "
                "'%s  (relayed to non-DSN-aware mailer)' / '(successfully delivered to mailbox)', '    (expanded from: %s)', "
                "the transcript, one DSN block per recipient)")
EXIM_SRC = ("Exim src/src/deliver.c (the bounce: X-Failed-Recipients listing every failed address, 'The following "
            "address(es) failed:', print_address_information(addr, f, '  ', '\\n    ', '') then print_address_error; "
            "message/delivery-status with 'Action: failed / Final-Recipient: rfc822;%s / Status: 5.0.0 / Remote-MTA' "
            "per address); the '(generated from ...)' line as sisimai lib/Sisimai/Lhost/Exim.pm quotes deliver.c")
QMAIL_SRC = "qmail-send.c bounce (one '<addr>:' paragraph per failed address; qmail-remote's 'Remote host said:')"
COURIER_SRC = ("Courier courier/module.dsn/dsn*.txt ('UNDELIVERABLE MAIL', 'Your message to the following recipients "
               "cannot be delivered:', per recipient '<addr>:' / 'host [ip]:' / '>>> RCPT TO:<addr>' / '<<< reply'), "
               "as sisimai lib/Sisimai/Lhost/Courier.pm quotes them; From 'Courier mail server at ...'")
EXCH_SRC = ("Exchange 2013/2016 NDR (learn.microsoft.com 'DSNs and NDRs in Exchange Server': user section 'Delivery has "
            "failed to these recipients or groups:' one entry per recipient, 'Diagnostic information for administrators:' "
            "with 'Remote Server returned' per recipient; its DSN's X-Display-Name per recipient)")
GMAIL_SRC = ("Gmail's own DSN: shared/api/gmail.md section 9 (modern layout, per-recipient blocks, X-Failed-Recipients); "
             "Google's SMTP error reference support.google.com/a/answer/3726730")
DOMINO_SRC = ("HCL Domino router notice ('Your message ... was not delivered to: ... because: ...', one pair per "
              "recipient; sisimai lib/Sisimai/Lhost/Domino.pm: 'not listed in Domino Directory', X-Notes diagnostics)")
GW_SRC = ("GroupWise GWIA notice ('The message that you sent was undeliverable to the following:', one '  address "
          "(reason)' line each; holdout 51's and vintage 55's GWIA notes)")


def orig(frm: str, to: str, mid: str) -> str:
    return (f"From: Sam Seller <{frm}>\nTo: {to}\n{_ORIG}Message-ID: <{mid}>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=UTF-8\n\n{_BODY}")


def block(final: str, action: str, status: str, diag: str | None = None, *, remote: str | None = None,
          orcpt: str | None = None, dtype: str = "smtp", extra: str = "") -> str:
    """One RFC 3464 per-recipient block."""
    return ((f"Original-Recipient: rfc822;{orcpt}\n" if orcpt else "") + f"Final-Recipient: rfc822; {final}\n"
            f"Action: {action}\nStatus: {status}\n" + (f"Remote-MTA: dns; {remote}\n" if remote else "")
            + (f"Diagnostic-Code: {dtype}; {diag}\n" if diag else "") + extra)


def report(rid: str, *, frm: str, to: str, subject: str, text: str, reporting: str, blocks: list[str],
           orig_to: str, headers: str = "", headers_only: bool = False, sender: str | None = None) -> bytes:
    """multipart/report: the generator's text, the delivery-status part, the returned message (or its headers)."""
    b = f"=_{rid}_report"
    sender = sender or to
    returned = ("Content-Type: text/rfc822-headers\n\n" + orig(sender, orig_to, f"{rid}@example.com").split("\n\n")[0]
                + "\n" if headers_only else "Content-Type: message/rfc822\n\n" + orig(sender, orig_to,
                                                                                      f"{rid}@example.com"))
    return (f"Return-Path: <>\nFrom: {frm}\nTo: {to}\nDate: {DATE}\nSubject: {subject}\n{headers}"
            f"Message-ID: <{rid}.dsn@{reporting}>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
            f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {reporting}\nArrival-Date: {DATE}\n\n"
            + "\n".join(blocks) + f"\n--{b}\n{returned}\n--{b}--\n").encode()


# ------------------------------------------------------------------------------------------------------------ Postfix
PF_FAIL = ("I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
           "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please "
           "include this problem report. You can\ndelete your own text from the attached returned message.\n")
PF_DELAY = ("####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n")


def postfix(rid: str, entries: list[tuple], *, delay: bool = False, host: str = "mail.example.com",
            sender: str = SELLER, orig_to: str | None = None) -> bytes:
    """entries: (final, orcpt or None, text after the colon, action, status, remote or None, diag or None)."""
    lines, blocks = [], []
    for final, orcpt, why, action, status, remote, diag in entries:
        exp = f" (expanded from <{orcpt}>)" if orcpt and orcpt.lower() != final.lower() else ""
        lines.append(f"<{final}>{exp}: {why}")
        blocks.append(block(final, action, status, diag or why, remote=remote, orcpt=orcpt or final,
                            dtype="smtp" if diag else "X-Postfix",
                            extra="Will-Retry-Until: Sun, 19 Oct 2025 09:10:02 +0000 (UTC)\n" if action == "delayed"
                            else ""))
    text = (f"This is the mail system at host {host}.\n\n{PF_DELAY if delay else PF_FAIL}\n"
            "                   The mail system\n\n" + "\n\n".join(lines) + "\n")
    to = orig_to or ", ".join(e[1] or e[0] for e in entries)
    return report(rid, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender,
                  subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
                  text=text, reporting=host, blocks=blocks, orig_to=to, headers_only=delay,
                  headers=f"X-Postfix-Queue-ID: 4C1B3{rid}\n")


# ----------------------------------------------------------------------------------------------------------- sendmail
def sendmail(rid: str, *, fatal: list[tuple] = (), transient: list[str] = (), success: list[tuple] = (),
             transcript: str, blocks: list[str], orig_to: str, host: str = "smtp.example.org",
             subject: str = "Returned mail: see transcript for details", sender: str = SELLER) -> bytes:
    """fatal: (addr, reason, alias or None); success: (addr, what) as errbody() prints them."""
    out = ["The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com "
           "[198.51.100.7]\n"]
    if fatal:
        out.append("   ----- The following addresses had permanent fatal errors -----")
        for a, why, alias in fatal:
            out.append(f"<{a}>\n    (reason: {why})" + (f"\n    (expanded from: <{alias}>)" if alias else ""))
        out.append("")
    if transient:
        out += ["   ----- The following addresses had transient non-fatal errors -----", *[f"<{a}>" for a in transient],
                ""]
    if success:
        out += ["   ----- The following addresses had successful delivery notifications -----",
                *[f"<{a}>  ({what})" for a, what in success], ""]
    out.append("   ----- Transcript of session follows -----\n" + transcript)
    return report(rid, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=f"<{sender}>", sender=sender,
                  subject=subject, text="\n".join(out), reporting=host, blocks=blocks, orig_to=orig_to,
                  headers="Auto-Submitted: auto-generated (failure)\n")


# --------------------------------------------------------------------------------------------------------------- Exim
def exim_entry(a: str, detail: str, *, parent: str | None = None, arrow: bool = False) -> str:
    """One failed address as print_address_information + print_address_error write it."""
    gen = (f"\n    <-- {parent}" if arrow else f"\n    (generated from {parent})") if parent else ""
    return f"  {a}{gen}\n    " + detail.replace("\n", "\n    ")


def exim(rid: str, entries: list[tuple[str, str]], *, failed: list[str], orig_to: str,
         host: str = "mx1.example-hosting.net", sender: str = SELLER, dsn: list[str] | None = None) -> bytes:
    """Exim's bounce: entries (address, exim_entry text); with `dsn` blocks the 4.8x multipart/report layout."""
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            "failed:\n\n" + "\n".join(e for _, e in entries) + "\n")
    xf = "X-Failed-Recipients: " + ",\n  ".join(failed) + "\n"
    frm = f"Mail Delivery System <Mailer-Daemon@{host}>"
    if dsn is not None:
        return report(rid, frm=frm, to=sender, subject="Mail delivery failed: returning message to sender",
                      text=text, reporting=host, blocks=dsn, orig_to=orig_to, headers=xf)
    return (f"Return-path: <>\n{xf}Auto-Submitted: auto-replied\nFrom: {frm}\nTo: {sender}\n"
            f"Subject: Mail delivery failed: returning message to sender\nMessage-Id: <E1v8Xz{rid}@{host}>\n"
            f"Date: {DATE}\n\n{text}\n------ This is a copy of the message, including all the headers. ------\n\n"
            f"Return-path: <{sender}>\n" + orig(sender, orig_to, f"{rid}@example.com")).encode()


def exim_delay(rid: str, addrs: list[str], reason: str, *, orig_to: str, host: str = "mx1.example-hosting.net",
               sender: str = SELLER) -> bytes:
    """Exim's delay warning (warn_message) for several addresses."""
    body = ("This message was created automatically by mail delivery software.\nA message that you sent has not yet "
            f"been delivered to one or more of its\nrecipients after more than 24 hours on the queue on {host}.\n\n"
            f"The message identifier is:     1v8Xyz-0004Ab-2Q\nThe subject of the message is: {SUBJ}\n\n"
            "The addresses to which the message has not yet been delivered are:\n\n"
            + "".join(f"  {a}\n    Delay reason: {reason}\n" for a in addrs) +
            "\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning "
            "may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software "
            "will give up,\nand when that happens, the message will be returned to you.\n")
    return (f"Return-path: <>\nFrom: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {sender}\n"
            "Subject: Warning: message 1v8Xyz-0004Ab-2Q delayed 24 hours\nAuto-Submitted: auto-replied\n"
            f"Message-Id: <E1v8Xw{rid}@{host}>\nDate: {DATE}\n\n{body}").encode()


# -------------------------------------------------------------------------------------------------------------- qmail
def qmail(rid: str, paragraphs: list[tuple[str, str]], *, orig_to: str, host: str = "mail.example-isp.net",
          sender: str = SELLER) -> bytes:
    return (f"Return-Path: <>\nFrom: MAILER-DAEMON@{host}\nTo: {sender}\nDate: {DATE}\nSubject: failure notice\n"
            f"Message-ID: <1760433164.{rid}.qmail@{host}>\n\nHi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            + "".join(f"<{a}>:\n{d}\n\n" for a, d in paragraphs) +
            f"--- Below this line is a copy of the message.\n\nReturn-Path: <{sender}>\n"
            + orig(sender, orig_to, f"{rid}@example.com")).encode()


def qmail_remote(ip: str, reply: str) -> str:
    return f"{ip} does not like recipient.\nRemote host said: {reply}\nGiving up on {ip}."


# ------------------------------------------------------------------------------------------------------------ Courier
def courier(rid: str, entries: list[tuple[str, str, str]], blocks: list[str], *, orig_to: str,
            host: str = "mail.example-courier.org", delayed: bool = False) -> bytes:
    """entries: (address, 'host [ip]', '<<< reply') per recipient."""
    head = ("                      DELAYS IN DELIVERING YOUR MESSAGE\n\nThis is a warning message only.  Your message "
            "remains in the mail queue and the\nmail server will continue trying to deliver it.\n\n" if delayed else
            "                           UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be "
            "delivered:\n\n")
    text = (f"This is a delivery status notification from {host},\nrunning the Courier mail server, version 1.1.8.\n\n"
            "The original message was received on Tue, 14 Oct 2025 09:10:02 +0000\nfrom [198.51.100.7]\n\n" + "-" * 75
            + "\n\n" + head + "".join(f"<{a}>:\n    {h}:\n>>> RCPT TO:<{a}>\n<<< {r}\n\n" for a, h, r in entries)
            + "-" * 75 + "\n")
    return report(rid, frm=f"Courier mail server at {host} <@>", to=SELLER,
                  subject="WARNING: delayed mail." if delayed else "NOTICE: mail delivery status.", text=text,
                  reporting=host, blocks=blocks, orig_to=orig_to)


# ----------------------------------------------------------------------------------------------------------- Exchange
def exchange(rid: str, entries: list[tuple[str | None, str, str, str]], blocks: list[str], *, orig_to: str,
             server: str = "EXCH01.corp.example.net", sender: str = REP) -> bytes:
    """entries: (display name or None, address, explanation, 'Remote Server returned' text) per recipient."""
    user = "\n\n".join((f"{n} ({a})<mailto:{a}>" if n else f"{a}<mailto:{a}>") + f"\n{why}" for n, a, why, _ in entries)
    admin = "\n\n".join(f"{a}\nRemote Server returned '{diag}'" for _, a, _, diag in entries)
    text = (f"Delivery has failed to these recipients or groups:\n\n{user}\n\n\n\n\n\n\nDiagnostic information for "
            f"administrators:\n\nGenerating server: {server}\n\n{admin}\n\nOriginal message headers:\n\n"
            f"From: Sam Seller <{sender}>\nTo: {orig_to}\nSubject: {SUBJ}\n")
    return report(rid, frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.net>",
                  to=f"<{sender}>", sender=sender, subject=f"Undeliverable: {SUBJ}", text=text, reporting=server,
                  blocks=blocks, orig_to=orig_to, headers="X-MS-Exchange-Message-Is-Ndr:\n", headers_only=True)


def xblock(a: str, status: str, diag: str, name: str | None = None, orcpt: str | None = None) -> str:
    """Exchange's per-recipient DSN block (Original-Recipient first, X-Display-Name last)."""
    return block(a, "failed", status, diag, orcpt=orcpt or a, extra=f"X-Display-Name: {name}\n" if name else "")


# -------------------------------------------------------------------------------------------------------------- Gmail
def gmail(rid: str, addrs: list[str], *, heading: str, lead: str, response: str, blocks: list[str],
          orig_to: str, delay: bool = False) -> bytes:
    text = f"** {heading} **\n\n{lead}\n\nThe response from the remote server was:\n{response}\n"
    xf = "" if delay else "X-Failed-Recipients: " + ", ".join(addrs) + "\n"
    return report(rid, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=SELLER,
                  subject=f"Delivery Status Notification ({'Delay' if delay else 'Failure'})", text=text,
                  reporting="googlemail.com", blocks=blocks, orig_to=orig_to, headers=xf)


# ------------------------------------------------------------------------------------------------- Domino / GroupWise
def domino(rid: str, pairs: list[tuple[str, str]], *, orig_to: str, host: str = "notes01.example-group.com") -> bytes:
    text = f"Your message\n\n  Subject: {SUBJ}\n\n" + "\n".join(
        f"was not delivered to:\n\n  {a}\n\nbecause:\n\n  {why}\n" for a, why in pairs)
    blocks = [block(a, "failed", "5.0.0", why, dtype="X-Notes") for a, why in pairs]
    return report(rid, frm=f"Postmaster@{host}", to=SELLER, subject="DELIVERY FAILURE: " + pairs[0][1], text=text,
                  reporting=host, blocks=blocks, orig_to=orig_to)


def groupwise(rid: str, pairs: list[tuple[str, str]], *, orig_to: str, host: str = "gwia.example-county.gov") -> bytes:
    text = ("The message that you sent was undeliverable to the following:\n" + "".join(
        f"\t{a} ({why})\n" for a, why in pairs) + "\nPossibly truncated original message follows:\n\n"
            + orig(SELLER, orig_to, f"{rid}@example.com"))
    return (f"From: Mail Delivery System <postmaster@{host}>\nTo: {SELLER}\nDate: {DATE}\nSubject: Undeliverable Mail\n"
            f"Message-ID: <gw-{rid}@{host}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
            + text).encode()


def plain(rid: str, *, frm: str, subject: str, text: str, to: str = SELLER, headers: str = "",
          orig_to: str | None = None, sender: str = SELLER) -> bytes:
    """A notice of plain text only (no delivery-status part): the older generators, or a gateway that kept only
    the human-readable part; the returned headers after it when `orig_to` is given."""
    tail = ("\n" + orig(sender, orig_to, f"{rid}@example.com").split("\n\n")[0] + "\n") if orig_to else ""
    return (f"Return-Path: <>\nFrom: {frm}\nTo: {to}\nDate: {DATE}\nSubject: {subject}\n{headers}"
            f"Message-ID: <{rid}.txt@notice.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{text}{tail}").encode()
