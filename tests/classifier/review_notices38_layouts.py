"""Layouts of the thirty-eighth review's notices (tests/classifier/review_notices38.py,
review_notices38_more.py): Sympa's delivery status notification as its own template and
mail builder lay it out, and gromox's local bounce. HAND-MADE; the wording in each row is the
server's own translation, quoted in the row module with its file and msgid.

- `sympa`: Sympa 6.2's DSN (default/mail_tt2/delivery_status_notification.tt2, sent by
  Sympa::send_dsn in lib/Sympa.pm, headers by lib/Sympa/Message/Template.pm): From the robot's
  sympa-request address (a DSN never carries the command address), `Auto-Submitted:
  auto-replied` (send_dsn passes auto_submitted => 'auto-replied'), a multipart/report whose
  first part is `Content-Disposition: inline` / `Content-Description: Notification` (its
  charset and transfer encoding set by Sympa::Message::_fix_utf8_parts through
  MIME::Charset::body_encode: UTF-8 by default, the legacy charset.conf's ISO-8859-2 for hu/ro,
  ISO-8859-1 for pt, Big5 for zh-TW), then the message/delivery-status part with Sympa's own
  fields (Reporting-MTA and Remote-MTA both the list host, Arrival-Date, `Diagnostic-Code:
  X-Sympa; <send_dsn's %diag_messages text>`), then the returned headers (text/rfc822-headers,
  as the template attaches for 5.1.1, 5.1.2, 5.2.3 and 5.7.0).
- `gromox`: grommunio gromox's local delivery notice (data/local_bounce/<charset>/BOUNCE_*):
  the template's own subject and sender name, its greeting, the reason paragraph, then the
  labelled details of the original; plain text, no status part anywhere.
"""

from __future__ import annotations

from tests.classifier.review_langs import _body, _word

ORIGINAL = ("Return-Path: <seller@example.com>\nFrom: Seller <seller@example.com>\nTo: {rcpt}\n"
            "Subject: Offer / oferta\nMessage-ID: <n38-{name}@example.com>\nDate: Thu, 3 Dec 2026 09:58:00 +0100\n")


def sympa(name: str, *, rcpt: str, host: str, subject: str, body: str, charset: str, cte: str,
          status: str, diag: str, action: str = "failed") -> bytes:
    """Sympa's DSN for `rcpt` (a list address on `host`), the human part `body` as the
    template renders it in the robot's language."""
    head = (f"Return-Path: <>\nFrom: SYMPA <sympa-request@{host}>\nTo: seller@example.com\n"
            f"Subject: {_word(subject, charset)}\nDate: Thu, 3 Dec 2026 10:00:00 +0100\n"
            f"Message-ID: <sympa.n38-{name}@{host}>\nMIME-Version: 1.0\nAuto-Submitted: auto-replied\n"
            f"X-Hand-Made: yes (review notices38: Sympa delivery_status_notification.tt2)\n"
            'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="==n38=="\n\n')
    part = (f"--==n38==\nContent-Disposition: inline\nContent-Description: Notification\n"
            f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
            f"{_body(body, charset, cte)}\n")
    report = (f"--==n38==\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\n"
              "Arrival-Date: Thu, 03 Dec 2026 10:00:00 +0100\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\nRemote-MTA: dns; {host}\n"
              f"Diagnostic-Code: X-Sympa; {diag}\n\n")
    returned = ("--==n38==\nContent-Type: text/rfc822-headers\nContent-Disposition: inline\n\n"
                + ORIGINAL.format(rcpt=rcpt, name=name) + "\n--==n38==--\n")
    return (head + part + report + returned).encode("latin-1")


def sympa_body(auto: str, reason: str, *, impossible: str | None = None, footer: str = "") -> str:
    """The template's human part: the automatic-response line, the "impossible to distribute"
    line (absent for a success), the reason, and the footer lines."""
    lead = f"{auto}\n{impossible}\n\n" if impossible else f"{auto}\n"
    return f"{lead}{reason}\n\n{footer}" if footer else f"{lead}{reason}\n"


def gromox(name: str, *, rcpt: str, subject: str, sender: str, greeting: str, reason: str,
           labels: tuple[str, ...], charset: str, cte: str) -> bytes:
    """gromox's local bounce: plain text in `charset`, the template's labelled lines of the
    original (send time, sender, recipients, subject) under the reason."""
    display, addr = sender.split(" <", 1)
    values = ("Thu, 3 Dec 2026 18:00:00 +0800", "seller@example.com", rcpt, "Offer")
    details = "".join(f"    {label}    {value}\n" for label, value in zip(labels, values))
    text = f"{greeting}\n  {reason}\n\n{details}"
    head = (f"From: \"{_word(display, charset)}\" <{addr}\nTo: seller@example.com\nSubject: {_word(subject, charset)}\n"
            f"Date: Thu, 3 Dec 2026 18:00:00 +0800\nMessage-ID: <gromox.n38-{name}@mail.example.tw>\n"
            "X-Hand-Made: yes (review notices38: gromox local_bounce)\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n")
    return (head + _body(text, charset, cte) + "\n").encode("latin-1")


def roundcube_mdn(name: str, *, reader: str, subject_label: str, intro: str, labels: tuple[str, str, str],
                  note: str, report: bool = True, charset: str = "utf-8", cte: str = "quoted-printable") -> bytes:
    """Roundcube 1.6's read receipt (program/actions/mail/sendmdn.php, send_mdn): Subject
    "<receiptread>: <subject>", a text part of "<yourmessage>", the To/Subject/Date lines and
    "<receiptnote>" (UTF-8, quoted-printable: Mail_mime's text_encoding), then the
    message/disposition-notification part ("Disposition: manual-action/MDN-sent-manually;
    displayed"). Without `report`, the text alone as a plain message in `charset` (an older
    client's receipt: no report part, the words alone)."""
    to, subject, date = labels
    text = (f"{intro}\n\n\t{to}: {reader}\n\t{subject}: Offer\n\t{date}: 2026-12-03 09:58\n\n{note}\n")
    head = (f"Date: Thu, 3 Dec 2026 11:00:00 +0100\nFrom: Lead <{reader}>\nTo: seller@example.com\n"
            f"Subject: {_word(subject_label + ': Offer', 'utf-8' if report else charset)}\n"
            f"Message-ID: <rc.n38-{name}@{reader.split('@')[1]}>\nX-Sender: {reader}\n"
            f"In-Reply-To: <n38-{name}@example.com>\nMIME-Version: 1.0\n"
            "X-Hand-Made: yes (review notices38: Roundcube sendmdn.php)\n")
    if not report:
        return (head + f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
                + _body(text, charset, cte) + "\n").encode("latin-1")
    return (head + 'Content-Type: multipart/report; report-type=disposition-notification;\n boundary="=_rc38"\n\n'
            "--=_rc38\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + _body(text, "utf-8", "quoted-printable") + "\n--=_rc38\nContent-Type: message/disposition-notification\n\n"
            f"Final-Recipient: rfc822; {reader}\nOriginal-Message-ID: <n38-{name}@example.com>\n"
            f"Disposition: manual-action/MDN-sent-manually; displayed\nOriginal-Recipient: {reader}\n"
            "Reporting-UA: Roundcube Webmail/1.6.5\n\n--=_rc38--\n").encode("latin-1")
