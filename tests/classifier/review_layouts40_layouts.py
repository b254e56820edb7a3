"""Whole-notice layouts for review layouts40 (review_layouts40.py), each written after its generator's own source or
document (named in each builder's docstring): Exchange 4.0/5.5's MTA and information-store NDRs as the Microsoft
Knowledge Base articles print them (jeffpar/kbarchive), Cyrus's and Pigeonhole's Sieve rejection MDNs (RFC 5429;
cyrus-imapd lmtp_sieve.c send_rejection), RFC 8098 MDNs, RFC 3464 / RFC 6533 reports with one recipient's field
malformed, labelled prose notices, RFC 3834 auto-replies and challenge-response requests. All HAND-MADE."""

from __future__ import annotations

import base64

SELLER = "seller@example.com"
LEAD = "lead@partner.example"
OTHER = "other@partner.example"
MARK = "X-Hand-Made: yes ({}, review layouts40)\n"
DATE = "Date: Thu, 3 Dec 2026 10:05:00 +0000\n"


def original(name: str, to: str, *, cc: str = "", mid: str | None = None) -> str:
    """The returned original: our seller's mail to `to` (and `cc`)."""
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"From: Sam Seller <{SELLER}>\nTo: {to}\n{cc_line}Subject: Quick question\n"
            f"Message-ID: {mid or f'<l40-{name}@example.com>'}\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHello, a quick question.\n")


def headers_of(name: str, to: str, *, cc: str = "", mid: str | None = None) -> str:
    return original(name, to, cc=cc, mid=mid).split("\n\n", 1)[0] + "\n"


def multipart(head: str, bound: str, parts: list[tuple[str, str]], kind: str) -> bytes:
    body = "".join(f"--{bound}\n{ctype}\n\n{text}\n" for ctype, text in parts)
    return (head + DATE + f'MIME-Version: 1.0\nContent-Type: {kind}; boundary="{bound}"\n\n'
            f"This is a multi-part message in MIME format.\n\n{body}--{bound}--\n").encode("utf-8")


# ---- Exchange 4.0 / 5.5 (MTA, information store, IMS) ---------------------------------------------------------------
def exchange55(name: str, to: str, entries: list[tuple[str, str]], *, cc: str = "", sent: str = "12/3/26 10:00 AM",
               to_line: str = "", base64_original: bool = False) -> bytes:
    """Exchange 4.0/5.5's NDR as the KB articles print it (Q158399, Q192349, Q183588, Q178161...): From "System
    Administrator", Subject "Undeliverable: <subject>", "Your message did not reach some or all of the intended
    recipients.", the Subject/Sent lines (a "To:" line in Q158399), "The following recipient(s) could not be reached:",
    then per recipient "<display name or 'address'> on <date>" and its indented reason lines (the MSEXCH line last);
    the original attached as Outlook shows it. `entries`: (who, reason lines joined by newlines)."""
    head = (f"From: System Administrator <postmaster@partner.example>\nTo: Sam Seller <{SELLER}>\n"
            f"Subject: Undeliverable: Quick question\nMessage-ID: <l40x55-{name}@mail01.partner.example>\n"
            "X-Mailer: Internet Mail Service (5.5.2653.19)\n" + MARK.format("Exchange 5.5 NDR, MS KB"))
    shown = f"     To:\t{to_line}\n" if to_line else ""
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            f"{shown}     Subject:\tQuick question\n     Sent:\t{sent}\n\n"
            "The following recipient(s) could not be reached:\n\n")
    for who, why in entries:
        text += f"     {who} on 12/3/26 10:01 AM\n"
        text += "".join(f"            {line}\n" for line in why.split("\n")) + "\n"
    back = ("Content-Type: message/rfc822", original(name, to, cc=cc))
    if base64_original:  # a gateway re-encoding the attached original (against RFC 2046 5.2.1, seen in the wild)
        back = ("Content-Type: message/rfc822\nContent-Transfer-Encoding: base64",
                base64.encodebytes(original(name, to, cc=cc).encode("utf-8")).decode("ascii"))
    return multipart(head, f"x55-{name}", [("Content-Type: text/plain; charset=us-ascii", text), back],
                     "multipart/mixed")


# ---- Sieve rejections (RFC 5429) ------------------------------------------------------------------------------------
def cyrus_reject(name: str, reason: str, *, final: str, orig_rcpt: str | None = None, to: str = LEAD,
                 cc: str = "") -> bytes:
    """Cyrus IMAP's Sieve rejection (imap/lmtp_sieve.c send_rejection): From "Mail Sieve Subsystem <postmaster>",
    Subject "Automatically rejected mail", "Auto-Submitted: auto-replied (rejected)", X-Sieve; the text "Your message
    was automatically rejected by Sieve, a mail\\nfiltering language.\\n\\nThe following reason was given:\\n<reason>";
    the MDN part (Reporting-UA "<host>; Cyrus <version>/<sieve version>", Original-Recipient only when known,
    Final-Recipient the mailbox Cyrus delivered to, which is the bare userid on a single-domain server,
    Original-Message-ID, Disposition automatic-action/MDN-sent-automatically; deleted); the original as
    message/rfc822."""
    host = "imap.partner.example"
    head = (f"Message-ID: <cmu-sieve-4242-1764756300-{name}@{host}>\nX-Sieve: CMU Sieve 3.0\n"
            f"From: Mail Sieve Subsystem <postmaster@partner.example>\nTo: <{SELLER}>\n"
            "Subject: Automatically rejected mail\nAuto-Submitted: auto-replied (rejected)\n"
            + MARK.format("Cyrus lmtp_sieve.c send_rejection"))
    fields = f"Reporting-UA: {host}; Cyrus 3.8.1/CMU Sieve 3.0\n"
    if orig_rcpt:
        fields += f"Original-Recipient: rfc822; {orig_rcpt}\n"
    fields += (f"Final-Recipient: rfc822; {final}\nOriginal-Message-ID: <l40-{name}@example.com>\n"
               "Disposition: automatic-action/MDN-sent-automatically; deleted\n")
    text = ("Your message was automatically rejected by Sieve, a mail\nfiltering language.\n\n"
            f"The following reason was given:\n{reason}\n")
    return multipart(head, f"4242/{host}-{name}",
                     [("Content-Type: text/plain; charset=utf-8\nContent-Disposition: inline\n"
                       "Content-Transfer-Encoding: 8bit", text),
                      ("Content-Type: message/disposition-notification", fields),
                      ("Content-Type: message/rfc822", original(name, to, cc=cc))],
                     "multipart/report; report-type=disposition-notification")


def pigeonhole_reject(name: str, reason: str, *, address: str = LEAD, cte: str = "8bit") -> bytes:
    """Pigeonhole's rejection MDN (Dovecot's defaults: rejection_subject "Rejected: %s", rejection_reason "Your message
    to <%t> was automatically rejected:%n%r"; Reporting-UA naming the Dovecot Mail Delivery Agent; Disposition
    automatic-action/MDN-sent-automatically; deleted; RFC 5429 section 2.1.1). `cte`: the text part's encoding."""
    host = "mail.partner.example"
    head = (f"From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: <{SELLER}>\nSubject: Rejected: Quick question\n"
            f"Message-ID: <dovecot-l40-{name}@{host}>\nAuto-Submitted: auto-replied (rejected)\nPrecedence: bulk\n"
            + MARK.format("Pigeonhole rejection MDN, RFC 5429"))
    text = f"Your message to <{address}> was automatically rejected:\n{reason}\n"
    if cte == "quoted-printable":
        import quopri
        body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    else:
        body = text
    fields = (f"Reporting-UA: {host}; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; {address}\n"
              f"Original-Message-ID: <l40-{name}@example.com>\n"
              "Disposition: automatic-action/MDN-sent-automatically; deleted\n")
    return multipart(head, f"l40p-{name}",
                     [("Content-Type: text/plain; charset=utf-8\nContent-Disposition: inline\n"
                       f"Content-Transfer-Encoding: {cte}", body),
                      ("Content-Type: message/disposition-notification", fields),
                      ("Content-Type: message/rfc822", original(name, address))],
                     "multipart/report; report-type=disposition-notification")


def mdn(name: str, disposition: str, human: str, *, address: str = LEAD, ua: str = "Lead's PC; Thunderbird 128.5"):
    """An RFC 8098 MDN from the recipient's own client (its Reporting-UA, Final-Recipient, Original-Message-ID and
    Disposition fields; the human part as the client words it)."""
    head = (f"From: Lena Lead <{address}>\nTo: {SELLER}\nSubject: Return Receipt (displayed) - Quick question\n"
            f"Message-ID: <mdn-l40-{name}@partner.example>\n" + MARK.format("RFC 8098 MDN"))
    fields = (f"Reporting-UA: {ua}\nOriginal-Recipient: rfc822;{address}\nFinal-Recipient: rfc822;{address}\n"
              f"Original-Message-ID: <l40-{name}@example.com>\nDisposition: {disposition}\n")
    return multipart(head, f"l40m-{name}", [("Content-Type: text/plain; charset=utf-8", human),
                                            ("Content-Type: message/disposition-notification", fields),
                                            ("Content-Type: text/rfc822-headers", headers_of(name, address))],
                     "multipart/report; report-type=disposition-notification")


# ---- RFC 3464 / RFC 6533 reports with raw per-recipient blocks -------------------------------------------------------
def dsn(name: str, text: str, blocks: list[str], *, to: str, report: str = "message/delivery-status",
        kind: str = "delivery-status", returned: str = "text/rfc822-headers", extra: str = "",
        returned_body: str | None = None, returned_cte: str = "") -> bytes:
    """A report in Postfix bounce(8)'s layout (src/bounce/bounce_notify_util.c: From MAILER-DAEMON (Mail Delivery
    System), Subject "Undelivered Mail Returned to Sender", the "This is the mail system at host" text, the
    per-message fields, then the per-recipient blocks as given, raw), the returned headers as `returned`."""
    host = "mail.example.com"
    head = (f"From: MAILER-DAEMON@{host} (Mail Delivery System)\nTo: {SELLER}\n"
            f"Subject: Undelivered Mail Returned to Sender\nMessage-Id: <l40d-{name}@{host}>\n{extra}"
            + MARK.format("Postfix bounce(8) layout, RFC 3464/6533 fields"))
    intro = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could "
             f"not\nbe delivered to one or more recipients. It's attached below.\n\n{text}")
    fields = f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: 4QxYz1Abc\nArrival-Date: Thu,  3 Dec 2026 10:00:01 " \
             "+0000 (UTC)\n\n" + "\n".join(blocks)
    back = returned_body if returned_body is not None else headers_of(name, to)
    cte = f"\nContent-Transfer-Encoding: {returned_cte}" if returned_cte else ""
    return multipart(head, f"l40d-{name}", [("Content-Type: text/plain; charset=utf-8", intro),
                                            (f"Content-Type: {report}", fields),
                                            (f"Content-Type: {returned}{cte}", back)],
                     f"multipart/report; report-type={kind}")


def block(final: str | None, action: str, status: str, diag: str | None = None, *, orig: str | None = None,
          remote: str = "mx.partner.example") -> str:
    """One per-recipient block; `final` the whole Final-Recipient value as written (None: the field left out)."""
    lines = [f"Original-Recipient: {orig}"] if orig else []
    if final is not None:
        lines.append(f"Final-Recipient: {final}")
    lines += [f"Action: {action}", f"Status: {status}", f"Remote-MTA: dns; {remote}"]
    if diag:
        lines.append(f"Diagnostic-Code: smtp; {diag}")
    return "\n".join(lines) + "\n"


# ---- Labelled prose notices -----------------------------------------------------------------------------------------
def labelled(name: str, subject: str, text: str, *, to: str, cc: str = "", charset: str = "utf-8",
             from_: str = "Mail Delivery System <mailer-daemon@mail.partner.example>") -> bytes:
    """A site's own prose notice naming the recipient on a labelled line (the shape of Gromox's local_bounce templates,
    gromox data/local_bounce: a greeting, the reason, the original's details as "Label: value" lines; the label words
    the language's own), the original attached."""
    head = (f"From: {from_}\nTo: {SELLER}\nSubject: {subject}\nMessage-ID: <l40l-{name}@mail.partner.example>\n"
            + MARK.format("labelled prose notice"))
    return multipart(head, f"l40l-{name}", [(f"Content-Type: text/plain; charset={charset}\n"
                                             "Content-Transfer-Encoding: 8bit", text),
                                            ("Content-Type: message/rfc822", original(name, to, cc=cc))],
                     "multipart/mixed")


# ---- Auto-replies, challenges, headers added to real notices ---------------------------------------------------------
def with_headers(raw: bytes, headers: str) -> bytes:
    """`raw` with `headers` ("Name: value\\n" lines) put before its own (a relay's or a filter's additions)."""
    return headers.encode("utf-8") + raw


def reply(name: str, headers: str, subject: str, text: str, *, sender: str = f"Lena Lead <{LEAD}>") -> bytes:
    """A message the recipient's side sends back (RFC 3834 response or a challenge): plain text, In-Reply-To ours."""
    return (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\n{DATE}Message-ID: <l40r-{name}@partner.example>\n"
            f"In-Reply-To: <l40-{name}@example.com>\n{headers}" + MARK.format("reply")
            + f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{text}\n").encode("utf-8")


# ---- Kopano / Zarafa spooler ---------------------------------------------------------------------------------------
def kopano(name: str, body: str, *, to: str = f"Lena Lead <{LEAD}>") -> bytes:
    """kopano-spooler's undeliverable report (Kopano-dev/kopano-core spooler/mailer.cpp SendUndeliverable: created in
    OUR sender's own inbox, the original attached as an embedded message; its PR_BODY "Unfortunately, kopano-spooler
    was unable to deliver your mail.\\nThe error given was:\\n\\n<error>\\n\\nYou may need to contact your e-mail
    administrator to solve this problem.\\n" when the whole message failed, else "... to the/some of the
    recipient(s).", "Recipients that will be retried:" / "Recipients that failed permanently:" and "\\t<name>
    <<address>>" lines), as the IMAP gateway renders it; the Subject is MAPI's NDR convention ("Undeliverable: ")."""
    head = (f"From: Mail Delivery System <postmaster@example.com>\nTo: Sam Seller <{SELLER}>\n"
            f"Subject: Undeliverable: Quick question\nMessage-ID: <kopano-l40-{name}@mail.example.com>\n"
            + MARK.format("kopano-spooler SendUndeliverable"))
    return multipart(head, f"l40k-{name}", [("Content-Type: text/plain; charset=utf-8", body),
                                            ("Content-Type: message/rfc822", original(name, to))],
                     "multipart/mixed")


def cyrus_reject_global(name: str, reason: str, *, final: str, to: str) -> bytes:
    """Cyrus's rejection (cyrus_reject) with its MDN part as RFC 6533's message/global-disposition-notification, the
    recipient an internationalised address ('utf-8;' type)."""
    raw = cyrus_reject(name, reason, final=final, to=to).decode("utf-8")
    raw = raw.replace("Content-Type: message/disposition-notification",
                      "Content-Type: message/global-disposition-notification")
    return raw.replace(f"Final-Recipient: rfc822; {final}", f"Final-Recipient: utf-8; {final}").encode("utf-8")


def pigeonhole_login(name: str, reason: str, *, login: str, to: str) -> bytes:
    """Pigeonhole's rejection MDN for a system user: Final-Recipient and the text's "<%t>" the login name alone."""
    raw = pigeonhole_reject(name, reason, address=login).decode("utf-8")
    return raw.replace(f"To: {login}\n", f"To: {to}\n").encode("utf-8")
