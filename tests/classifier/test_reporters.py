"""The bounce generator's own vocabulary (classifier/reporters/) and providers' error-code tables
(classifier/remote/orange.py, docomo.py), on HAND-MADE messages written from each generator's
documented layout, plus the rule for "user unknown" answered at an unnamed SMTP stage.
Addresses are example.* placeholders."""

from __future__ import annotations

from pathlib import Path

from classifier import Reason, Scope, classify

REAL = Path(__file__).parent / "fixtures/real"  # notices written by real servers (their README)


def _dsn(*, headers: str = "", subject: str = "Returned mail: see transcript for details",
         from_: str = "MAILER-DAEMON@mx.example.net", fields: str, text: str = "") -> bytes:
    return (
        f"From: {from_}\nTo: seller@example.com\nSubject: {subject}\n{headers}"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n"
        f"--b1\nContent-Type: text/plain\n\n{text or 'Delivery failed.'}\n\n"
        "--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
        f"{fields}\n\n--b1--\n"
    ).encode()


def _first(raw: bytes):
    result = classify(raw)
    assert result.is_bounce
    return result.deliveries[0]


def test_user_unknown_at_an_unnamed_stage_is_a_filter_but_at_rcpt_a_missing_mailbox():
    unnamed = _first(_dsn(fields="Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
                                 "Diagnostic-Code: smtp; 550 a@example.org... No such user"))
    assert (unnamed.reason, unnamed.hard_bounce) == (Reason.FILTERED, False)
    at_rcpt = _first(_dsn(fields="Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
                                 "Diagnostic-Code: smtp; 550 a@example.org... No such user "
                                 "(in reply to RCPT TO command)"))
    assert (at_rcpt.reason, at_rcpt.hard_bounce) == (Reason.USERUNKNOWN, True)
    coded = _first(_dsn(fields="Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n"
                               "Diagnostic-Code: smtp; 550 5.1.1 a@example.org... No such user"))
    assert coded.reason is Reason.USERUNKNOWN


def test_local_delivery_agent_unknown_user_is_a_missing_mailbox():
    d = _first(_dsn(fields="Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.5.0\n"
                           "Diagnostic-Code: smtp; mail.local: unknown user: bob"))
    assert (d.reason, d.hard_bounce) == (Reason.USERUNKNOWN, True)


def test_powermta_bounce_category_decides():
    raw = _dsn(subject="Delivery report", from_="postmaster@mta.example.net",
               fields="Final-Recipient: rfc822; c@example.org\nAction: failed\nStatus: 5.0.0\n"
                      "Diagnostic-Code: smtp; 554 delivery error: rejected\n"
                      "X-PowerMTA-BounceCategory: quota-issues")
    assert _first(raw).reason is Reason.MAILBOXFULL


def test_exchange_2003_error_code_decides():
    raw = (
        "From: System Administrator <postmaster@example.net>\nTo: seller@example.com\n"
        "Subject: Undeliverable: Offer\nX-Mailer: Internet Mail Service (5.5.2657.72)\n"
        "X-MS-Embedded-Report:\nContent-Type: text/plain\n\n"
        "Your message\n\n  To:      dave@example.net\n  Subject: Offer\n  Sent:    Thu, 29 Apr 2010 10:00:00 +0900\n\n"
        "did not reach the following recipient(s):\n\n"
        "dave@example.net on Thu, 29 Apr 2010 10:00:05 +0900\n"
        "    The recipient name is not recognized\n"
        "    MSEXCH:IMS:EXAMPLE:SITE:MAIL 0 (000C05A6) Unknown Recipient\n"
    ).encode()
    d = _first(raw)
    assert (d.address, d.reason, d.hard_bounce) == ("dave@example.net", Reason.USERUNKNOWN, True)


def test_gmail_state_names_the_failed_command():
    raw = (
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: seller@example.com\n"
        "Subject: Delivery Status Notification (Failure)\nContent-Type: text/plain\n\n"
        "Delivery to the following recipient failed permanently:\n\n     erin@example.org\n\n"
        "Technical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected "
        "by the recipient domain. The error that the other server returned was:\n"
        "550 550 Unknown user erin@example.org (state 18).\n"
    ).encode()
    d = _first(raw)
    assert (d.reason, d.smtp_command, d.hard_bounce) == (Reason.FILTERED, "DATA", False)


def test_office365_relayed_rcpt_reply_is_a_missing_mailbox():
    raw = _dsn(subject="Undeliverable: Offer", from_="postmaster@tenant.example.onmicrosoft.com",
               headers="X-MS-Exchange-Message-Is-Ndr:\nX-Microsoft-Antispam-PRVS: <x@example.prod.outlook.com>\n",
               fields="Final-Recipient: rfc822;f@example.jp\nAction: failed\nStatus: 5.1.351\n"
                      "Diagnostic-Code: smtp;550 5.1.351 Remote server returned unknown recipient or mailbox "
                      "unavailable -> 550 <f@example.jp>: User unknown\nRemote-MTA: dns;mx.example.jp")
    d = _first(raw)
    assert (d.reason, d.smtp_command, d.hard_bounce) == (Reason.USERUNKNOWN, "RCPT", True)


def test_orange_error_tag_names_the_reason():
    def orange(diag: str):
        return _first(_dsn(fields=f"Final-Recipient: rfc822; g@orange.fr\nAction: failed\nStatus: 5.5.0\n"
                                  f"Remote-MTA: dns; smtp-in.orange.fr\nDiagnostic-Code: smtp; {diag}"))
    assert orange("550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416").reason \
        is Reason.USERUNKNOWN
    blocked = orange("550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. OFR006_102 Ref")
    assert (blocked.reason, blocked.scope) == (Reason.BLOCKED, Scope.SENDER)
    assert orange("550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]").reason is Reason.SPAMDETECTED


def test_a_temporary_reply_is_never_a_coded_missing_mailbox():
    # A coded reader obeys the 4xx rule of the providers' rule tables (classifier/remote/__init__.py):
    # tag code 416 is Orange's invalid recipient, but a 4xx reply carrying it (HAND-MADE, from the
    # tag layout above) is no mailbox gone for good, in a delay report or in a final report that
    # quotes the last reply; nor is docomo's "5.0.0 at RCPT" when the reply it reads is a 4xx one.
    rows = (("g@orange.fr", "smtp-in.orange.fr", "4.2.0",
             "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN105_416"),
            ("g@orange.fr", "smtp-in.orange.fr", "5.0.0",
             "421 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. LPN105_416"),
            ("h@docomo.ne.jp", "mfsmax.docomo.ne.jp", "5.0.0",
             "452 4.3.1 Insufficient system storage (in reply to RCPT TO command)"))
    for address, host, status, diag in rows:
        d = _first(_dsn(fields=f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: {status}\n"
                               f"Remote-MTA: dns; {host}\nDiagnostic-Code: smtp; {diag}"))
        assert not d.hard_bounce, (address, diag, d.reason)


def test_a_refusal_at_mail_from_is_never_a_coded_missing_mailbox():
    # A coded reader obeys the MAIL FROM rule of the providers' rule tables too (one home:
    # remote._may_say): at MAIL FROM no recipient has been named yet, so a code naming a
    # recipient's mailbox says nothing of one (HAND-MADE from the tag layout above and docomo's
    # "5.1.1" reading; Postfix's "(in reply to MAIL FROM command)" names the stage).
    rows = (("g@orange.fr", "smtp-in.orange.fr", "5.5.0",
             "550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416 (in reply to MAIL FROM command)"),
            ("h@docomo.ne.jp", "mfsmax.docomo.ne.jp", "5.1.1",
             "550 5.1.1 Unknown user (in reply to MAIL FROM command)"))
    for address, host, status, diag in rows:
        d = _first(_dsn(fields=f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: {status}\n"
                               f"Remote-MTA: dns; {host}\nDiagnostic-Code: smtp; {diag}"))
        assert d.smtp_command == "MAIL" and not d.hard_bounce, (address, diag, d.reason)


def test_docomo_unknown_user_after_data_refuses_the_sender():
    def docomo(diag: str, status: str):
        return _first(_dsn(fields=f"Final-Recipient: rfc822; h@docomo.ne.jp\nAction: failed\nStatus: {status}\n"
                                  f"Remote-MTA: dns; mfsmax.docomo.ne.jp\nDiagnostic-Code: smtp; {diag}"))
    assert docomo("550 Unknown user h@docomo.ne.jp (in reply to end of DATA command)", "5.0.0").reason \
        is Reason.REJECTED
    assert docomo("550 Unknown user h@docomo.ne.jp (in reply to RCPT TO command)", "5.0.0").reason \
        is Reason.USERUNKNOWN


def test_reporters_do_not_claim_plain_bounces():
    # No generator headers: the generic rules decide, and the reporting tables stay out.
    d = _first(_dsn(fields="Final-Recipient: rfc822; i@example.org\nAction: failed\nStatus: 5.2.2\n"
                           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full"))
    assert d.reason is Reason.MAILBOXFULL


def test_directory_and_dns_wording_of_particular_mtas():
    notes = _first(_dsn(fields="Final-Recipient: rfc822; j@example.org\nAction: failed\n"
                               "Diagnostic-Code: smtp; User not listed in public Name & Address Book"))
    assert (notes.reason, notes.hard_bounce) == (Reason.USERUNKNOWN, True)
    dma = _first(_dsn(fields="Final-Recipient: rfc822; k@nowhere.example\nAction: failed\n"
                             "Diagnostic-Code: smtp; DNS lookup failure: host nowhere.example not found"))
    assert (dma.reason, dma.hard_bounce) == (Reason.HOSTUNKNOWN, True)


def _nullmailer_mixed(reply: str) -> bytes:
    """The real nullmailer 2.2 notice for three recipients (one unknown), with its one quoted
    reply swapped for `reply`: nullmailer quotes whatever its smarthost answered."""
    raw = (REAL / "nullmailer-mixed-recipients.eml").read_bytes()
    assert raw.count(b"550 Unrouteable address") == 3
    return raw.replace(b"550 Unrouteable address", reply.encode())


def test_nullmailer_reply_about_one_address_is_not_pinned_on_every_recipient():
    for reply in ("550 Unrouteable address", "550 5.1.1 <nobody@partner.test>: User unknown",
                  "552 5.2.2 Mailbox full"):
        got = {d.address: (d.reason, d.hard_bounce) for d in classify(_nullmailer_mixed(reply)).deliveries}
        assert got == dict.fromkeys(("lead@partner.test", "nobody@partner.test", "buyer@relay.test"),
                                    (Reason.ONHOLD, False)), reply


def test_nullmailer_reply_about_the_sender_or_message_stands_for_every_recipient():
    for reply, reason in (("552 5.3.4 Message size exceeds fixed limit", Reason.MESGTOOBIG),
                          ("550 relay not permitted", Reason.NORELAYING)):
        deliveries = classify(_nullmailer_mixed(reply)).deliveries
        assert len(deliveries) == 3 and {d.reason for d in deliveries} == {reason}, reply
        assert not any(d.hard_bounce for d in deliveries)


def test_nullmailer_alone_recipient_keeps_its_reply():
    raw = (REAL / "nullmailer-remote-rcpt-unrouteable.eml").read_bytes()
    (d,) = classify(raw).deliveries
    assert (d.reason, d.hard_bounce) == (Reason.USERUNKNOWN, True)


def _imail(line: str, mailer: str = "X-Mailer: <IMail v8.22>\n") -> bytes:
    """HAND-MADE in the layout of Ipswitch IMail's plain-text notice: one line per recipient,
    then "Original message follows." and the original."""
    return (
        "From: Mail Delivery System <postmaster@imail.example.net>\nTo: seller@example.com\n"
        f"Subject: Undeliverable Mail\n{mailer}Content-Type: text/plain\n\n{line}\n\n"
        "Original message follows.\n\nFrom: Seller <seller@example.com>\nTo: lead@imail.example.net\n"
        "Subject: Follow-up\n\nHello\n"
    ).encode()


def test_imail_unknown_user_is_its_own_directory():
    for mailer in ("X-Mailer: <IMail v8.22>\n", "X-Mailer: <SMTP32 v8.22>\n"):
        d = _first(_imail("Unknown user: lead@imail.example.net", mailer))
        assert (d.address, d.reason, d.hard_bounce) == ("lead@imail.example.net", Reason.USERUNKNOWN, True)
    # Without its X-Mailer, its subject and layout still name it.
    assert _first(_imail("Unknown user: lead@imail.example.net", mailer="")).reason is Reason.USERUNKNOWN
    # Another generator's unattributed "unknown user" keeps the generic rule.
    other = _imail("Unknown user: lead@imail.example.net", mailer="").replace(b"Undeliverable Mail", b"Returned mail")
    assert _first(other).reason is Reason.FILTERED
    # A remote server's reply it quotes is read as any other reply.
    quoted = _first(_imail("lead@imail.example.net\n550 5.7.1 Message rejected as spam"))
    assert quoted.reason is Reason.SPAMDETECTED


def test_a_yahoo_mailbox_stamp_does_not_make_another_servers_bounce_yahoos():
    # Yahoo writes X-YMailISG on the mail it delivers into its mailboxes: a Postfix DSN read from
    # one keeps Postfix's reading (an unnamed-stage "No such user" stays a filter), while Yahoo's
    # own notice, whose bracketed reply answered RCPT TO, is read by Yahoo's rule.
    fields = ("Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
              "Diagnostic-Code: smtp; 550 <a@example.org>... No such user")
    stamped = _first(_dsn(headers="X-YMailISG: hAnD_MaDe.example\n", fields=fields))
    assert (stamped.reason, stamped.smtp_command) == (Reason.FILTERED, None)
    own = _first(_dsn(headers="X-YMailISG: hAnD_MaDe.example\n", subject="Failure Notice",
                      from_="MAILER-DAEMON@yahoo.example", fields=fields,
                      text="Sorry, we were unable to deliver your message to the following address."))
    assert (own.reason, own.smtp_command, own.hard_bounce) == (Reason.USERUNKNOWN, "RCPT", True)


def test_a_gateway_or_relay_stamp_alone_does_not_make_the_bounce_its_own():
    # A McAfee appliance stamps X-NAI-Header on what it passes on, AOL's relays X-AOL-IP: another
    # server's bounce carrying the stamp keeps its generic reading (here never hard), and only the
    # appliance's or AOL's own notice is read by its table.
    refusal = ("Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
               "Diagnostic-Code: smtp; 550 Sender verify failed for <seller@example.com>: no such user")
    stamped = _first(_dsn(headers="X-NAI-Header: Modified by McAfee Email Gateway (4500)\n", fields=refusal))
    assert (stamped.reason, stamped.hard_bounce) == (Reason.REJECTED, False)
    unknown = refusal.replace("Sender verify failed for <seller@example.com>: no such user",
                              "Unknown user a@example.org")
    own = _first(_dsn(headers="X-NAI-Header: Modified by McAfee Email Gateway (4500)\n", subject="Delivery Status",
                      fields=unknown, text="--- The following addresses had delivery problems ---"))
    assert (own.reason, own.hard_bounce) == (Reason.USERUNKNOWN, True)
    try_again = ("Final-Recipient: rfc822; a@nohost.example\nAction: failed\nStatus: 5.4.4\n"
                 "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for "
                 "name=nohost.example type=MX: Host not found, try again")
    relayed = _first(_dsn(headers="X-AOL-IP: 192.0.2.1\n", fields=try_again))
    assert not relayed.hard_bounce
    aols = _first(_dsn(headers="X-AOL-IP: 192.0.2.1\n", from_="MAILER-DAEMON@AOL.com (Mail Delivery System)",
                       fields=try_again.replace(", try again", "")))
    assert (aols.reason, aols.hard_bounce) == (Reason.HOSTUNKNOWN, True)


def test_hotmails_inbound_headers_do_not_make_another_servers_bounce_hotmails():
    # Hotmail wrote X-Message-Delivery / X-Message-Info on the mail it delivered (corpus
    # lhost-postfix-57 is a Postfix bounce read from a Hotmail mailbox): a Postfix DSN that
    # quotes RFC 5321's "mailbox unavailable" with a cause about the sending host stays soft;
    # Hotmail's own notice (its postmaster, "Delivery Status Notification") is read by its table.
    inbound = "X-Message-Delivery: Vj0xLjE7dXM9MDtsPTA7YT0w\nX-Message-Info: hAnD-MaDe\n"
    fields = ("Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
              "Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable "
              "(your IP 192.0.2.9 is blacklisted)")
    relayed = _first(_dsn(headers=inbound, subject="Undelivered Mail Returned to Sender", fields=fields))
    assert not relayed.hard_bounce
    plain = fields.replace(" (your IP 192.0.2.9 is blacklisted)", "")
    own = _first(_dsn(headers=inbound, subject="Delivery Status Notification (Failure)",
                      from_="postmaster@mail.hotmail.example", fields=plain))
    assert (own.reason, own.hard_bounce) == (Reason.USERUNKNOWN, True)
