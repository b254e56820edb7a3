"""Review layouts40's later rows (review_layouts40.py has the first batch and the plan): batch b (kopano-spooler's
undeliverable report, labelled lines in more languages, quoted and folded Final-Recipients, a base64 original,
Pigeonhole's login name, RFC 6533 MDNs, away and challenge replies) and batch c (the report's MIME structure bent as
gateways and older MTAs bend it), each committed before its own run; then the controls of the mends, written with them.
HAND-MADE; test_review_layouts40.py runs them."""

from __future__ import annotations

import base64

from tests.classifier.review_audit35 import hard, soft
from tests.classifier.review_layouts40 import ANY, CHOICE, CY, GOOD, KB, LB, LENA, NR, MESSAGE_IDS, NOT_BOUNCE, PH, R, \
    RFC, ROWS_A, TEXT2, _lab
from tests.classifier.review_layouts40_layouts import LEAD, OTHER, block, cyrus_reject, cyrus_reject_global, dsn, \
    exchange55, headers_of, kopano, labelled, pigeonhole_login, pigeonhole_reject, reply

# ---- Second batch (b), written after the first run and before its own (committed first) --------------------------
KO = "Kopano-dev/kopano-core spooler/mailer.cpp SendUndeliverable (the report in OUR sender's inbox)"
B_ROWS = [
    ("l40b-kopano-failed-permanently", f"{KO}: 'Recipients that failed permanently:' with the name and address, no "
     "cause given",
     kopano("kp", "Unfortunately, kopano-spooler was unable to deliver your mail to the/some of the recipient(s).\n"
            "You may need to contact your e-mail administrator to solve this problem.\n\n"
            f"Recipients that failed permanently:\n\tLena Lead <{LEAD}>\n"),
     soft(scope=ANY)),
    ("l40b-kopano-will-be-retried", f"{KO}: 'Recipients that will be retried:' (a delay, nothing final)",
     kopano("kr", "Unfortunately, kopano-spooler was unable to deliver your mail to the/some of the recipient(s).\n"
            "You may need to contact your e-mail administrator to solve this problem.\n\n"
            f"Recipients that will be retried:\n\tLena Lead <{LEAD}>\n"),
     [(LEAD, False, (), ANY, True)]),
    ("l40b-kopano-whole-message-error", f"{KO}: the whole message failed, 'The error given was:' the smarthost's "
     "refusal of the recipient",
     kopano("kw", "Unfortunately, kopano-spooler was unable to deliver your mail.\nThe error given was:\n\n"
            f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
            "You may need to contact your e-mail administrator to solve this problem.\n"),
     hard("userunknown")),
    _lab("l40b-label-it-full", "Italian 'Destinatario:' / 'Motivo: utente sconosciuto'",
         "it", "Non recapitabile: Quick question",
         "Il messaggio non è stato recapitato.\n\n" + f"Destinatario: {LEAD}\nMotivo: utente sconosciuto\n",
         hard("userunknown"), to=LEAD),
    _lab("l40b-label-pt-full", "Portuguese 'Destinatário:' / 'Motivo: caixa postal cheia'",
         "pt", "Não entregue: Quick question",
         "Não foi possível entregar a sua mensagem.\n\n" + f"Destinatário: {LEAD}\nMotivo: caixa postal cheia\n",
         soft("mailboxfull"), to=LEAD),
    _lab("l40b-label-nl-local-part", "Dutch 'Ontvanger:' with the local part alone",
         "nl", "Onbestelbaar: Quick question",
         "Uw bericht kon niet worden afgeleverd.\n\n" + "Ontvanger: lead\nReden: onbekende gebruiker\n",
         hard("userunknown"), to=LENA),
    _lab("l40b-label-ru-display-name", "Russian 'Получатель:' with the display name alone",
         "ru", "Не доставлено: Quick question",
         "Ваше сообщение не может быть доставлено.\n\n" + "Получатель: Lena Lead\nПричина: пользователь не найден\n",
         hard("userunknown"), to=LENA),
    _lab("l40b-label-ko-full", "Korean '받는 사람:' / '사유:'", "ko", "배달 실패: Quick question",
         "메일을 배달하지 못했습니다.\n\n" + f"받는 사람: {LEAD}\n사유: 존재하지 않는 사용자입니다\n",
         hard("userunknown"), to=LEAD),
    _lab("l40b-label-pl-full", "Polish 'Odbiorca:' / 'Powód: skrzynka pełna'", "pl", "Niedostarczona: Quick question",
         "Nie można dostarczyć wiadomości.\n\n" + f"Odbiorca: {LEAD}\nPowód: skrzynka odbiorcy jest pełna\n",
         soft("mailboxfull"), to=LEAD),
    ("l40b-label-encoded-display-name", f"{LB}; the display name RFC 2047-encoded in the original's To",
     labelled("ed", "Undeliverable mail: Quick question", "Your message could not be delivered.\n\n"
              "Recipient: Jürgen Lead\nReason: 550 5.1.1 User unknown\n",
              to=f"=?utf-8?Q?J=C3=BCrgen_Lead?= <{LEAD}>"), hard("userunknown")),
    _lab("l40b-label-local-part-upper", "the local part upper-cased by the notice ('LEAD')",
         "up", "Undeliverable mail: Quick question",
         "Your message could not be delivered.\n\n" + "Recipient: LEAD\nReason: 550 5.1.1 User unknown\n",
         hard("userunknown"), to=LEAD),
    ("l40b-dsn-quoted-local-with-space", f"{RFC}: a quoted local part with a space (valid, RFC 5321 4.1.2)",
     dsn("ql", '<"lena lead"@partner.example>: host mx.partner.example said: 550 5.1.1 User unknown\n' + TEXT2,
         [block('rfc822; "lena lead"@partner.example', "failed", "5.1.1", "550 5.1.1 User unknown"), GOOD],
         to=f'"lena lead"@partner.example, {OTHER}'),
     hard("userunknown", address='"lena lead"@partner.example') + soft("mailboxfull", address=OTHER)),
    ("l40b-dsn-trailing-semicolon", f"{RFC}: a stray ';' after the address",
     dsn("ts", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n",
         [block(f"rfc822; {LEAD};", "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD), hard("userunknown")),
    ("l40b-dsn-folded-final", f"{RFC}: the Final-Recipient folded after its type (RFC 5322 2.2.3)",
     dsn("ff", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n",
         [block(f"rfc822;\n {LEAD}", "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD), hard("userunknown")),
    ("l40b-dsn-two-malformed-one-good", f"{RFC}: an empty Final-Recipient and an empty address before a good block",
     dsn("tm", TEXT2, [block("rfc822;", "failed", "5.1.1"), block("rfc822; <>", "failed", "5.1.1"), GOOD], to=OTHER),
     soft("mailboxfull", address=OTHER)),
    ("l40b-x55-base64-original", KB.format("183/Q183588") + "; the attached original base64-encoded by a gateway: "
     "the display name found through the decoded To",
     exchange55("b6", LENA, [("Lena Lead", NR)],
                base64_original=True),
     hard("userunknown")),
    ("l40b-pigeonhole-login-name", f"{PH}: Final-Recipient and '<%t>' the login name alone; the address from the To",
     pigeonhole_login("ln", "I do not accept mail from this sender.", login="lead", to=LENA), soft(*CHOICE, scope=R)),
    ("l40b-cyrus-global-utf8", f"{CY}; RFC 6533 message/global-disposition-notification, 'utf-8;' recipient",
     cyrus_reject_global("gu", "I do not accept mail from this sender.", final="léa@partner.example",
                         to="léa@partner.example"),
     soft(*CHOICE, scope=R, address="léa@partner.example")),
    ("l40b-ooo-german", "RFC 3834 5: a German out-of-office reply (Auto-Submitted: auto-replied)",
     reply("og", "Auto-Submitted: auto-replied\n", "Abwesenheitsnotiz: Quick question",
           "Vielen Dank für Ihre Nachricht. Ich bin bis zum 14.12. nicht im Büro und habe keinen Zugriff auf meine "
           "E-Mails.\nIhre Nachricht wird nicht weitergeleitet."), NOT_BOUNCE),
    ("l40b-challenge-not-delivered-until", "challenge-response in the words of the C/R docs above (held, 'will not be "
     "delivered until you confirm')",
     reply("nd", "Auto-Submitted: auto-replied\n", "Please confirm your message",
           "Your message has been received but will not be delivered to me until you confirm that you are a person.\n"
           "To confirm, reply to this message or visit https://mail.partner.example/confirm?id=77aa\n"
           "Unconfirmed messages are deleted after 7 days."), NOT_BOUNCE),
]
MESSAGE_IDS["l40b-x55-base64-original"] = "l40-b6@example.com"

# ---- Third batch (c): the report's MIME structure bent as gateways and older MTAs bend it (written before its run) ---
UNKNOWN_TEXT = f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n"
UNKNOWN_BLOCK = block(f"rfc822; {LEAD}", "failed", "5.1.1", "550 5.1.1 User unknown")


def _base(name: str) -> str:
    """The plain report every batch-c row bends (Postfix bounce(8) layout, one recipient refused)."""
    return dsn(name, UNKNOWN_TEXT, [UNKNOWN_BLOCK], to=LEAD).decode("utf-8")


def _bent(name: str, *edits: tuple[str, str]) -> bytes:
    raw = _base(name)
    for old, new in edits:
        assert old in raw, old
        raw = raw.replace(old, new, 1)
    return raw.encode("utf-8")


def _status_part(name: str) -> str:
    raw = _base(name)
    start = raw.index("Reporting-MTA:")
    return raw[start:raw.index(f"--l40d-{name}", start)]


RFC6522 = "RFC 6522 3 (multipart/report: report-type required; the status part message/delivery-status)"
RFC2045 = "RFC 2045 6 (a part's Content-Transfer-Encoding)"
C_ROWS = [
    ("l40c2-no-report-type", f"{RFC6522}: the report-type parameter dropped by a gateway",
     _bent("nr", ("multipart/report; report-type=delivery-status;", "multipart/report;")), hard("userunknown")),
    ("l40c2-mixed-not-report", f"{RFC6522}: the report sent as multipart/mixed (older MTAs before RFC 1892)",
     _bent("mx", ("multipart/report; report-type=delivery-status;", "multipart/mixed;")), hard("userunknown")),
    ("l40c2-status-part-text-plain", f"{RFC6522}: the status part relabelled text/plain by a gateway",
     _bent("tp", ("Content-Type: message/delivery-status", "Content-Type: text/plain; charset=us-ascii")),
     hard("userunknown")),
    ("l40c2-status-part-quoted-printable", f"{RFC2045}: the status part quoted-printable, a soft break in the "
     "Diagnostic-Code",
     _bent("qp", ("Content-Type: message/delivery-status\n", "Content-Type: message/delivery-status\n"
                  "Content-Transfer-Encoding: quoted-printable\n"),
           ("Diagnostic-Code: smtp; 550 5.1.1 User unknown", "Diagnostic-Code: smtp; 550 5.1.1 User =\nunknown")),
     hard("userunknown")),
    ("l40c2-status-part-base64", f"{RFC2045}: the status part base64 (a gateway re-encoding every part)",
     _bent("b6", ("Content-Type: message/delivery-status\n", "Content-Type: message/delivery-status\n"
                  "Content-Transfer-Encoding: base64\n"),
           (_status_part("b6"), base64.encodebytes(_status_part("b6").encode()).decode("ascii") + "\n")),
     hard("userunknown")),
    ("l40c2-truncated", "RFC 2046 5.1.1 (the close-delimiter): the report cut inside the returned headers, no closing "
     "boundary (a size-limited relay)",
     _base("tr").split("Subject: Quick question")[0].encode("utf-8"), hard("userunknown")),
    ("l40c2-no-per-message-block", "RFC 3464 2.1 (the per-message fields left out: the recipient's block first)",
     _bent("pm", ("Reporting-MTA: dns; mail.example.com\nX-Postfix-Queue-ID: 4QxYz1Abc\nArrival-Date: Thu,  3 Dec "
                  "2026 10:00:01 +0000 (UTC)\n\n", "")), hard("userunknown")),
    ("l40c2-single-part-base64", f"{RFC2045}: the notice's text alone, no report part, the whole body base64",
     ("From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: seller@example.com\n"
      "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
      "Content-Transfer-Encoding: base64\nX-Hand-Made: yes (review layouts40)\n\n"
      + base64.encodebytes(("This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you "
                            "that your message could not\nbe delivered to one or more recipients.\n\n" + UNKNOWN_TEXT
                            + "\n------ Original message headers ------\n" + headers_of("sb", LEAD)).encode())
      .decode("ascii")).encode("ascii"),
     hard("userunknown")),
    ("l40c2-upper-case-fields", "RFC 3464 2.1.1 / RFC 5322 1.2.2: field names and action value in upper case",
     _bent("uc", ("Action: failed", "ACTION: FAILED"), ("Final-Recipient: rfc822;", "FINAL-RECIPIENT: RFC822;"),
           ("Status: 5.1.1", "STATUS: 5.1.1")), hard("userunknown")),
    ("l40c2-status-comment", "RFC 3464 2.3.4 with a comment after the code ('Status: 5.1.1 (bad destination mailbox "
     "address)', RFC 3463's words)",
     _bent("sc", ("Status: 5.1.1", "Status: 5.1.1 (bad destination mailbox address)")), hard("userunknown")),
    ("l40c2-forwarded-by-colleague", "RFC 2046 5.2.1: our own colleague forwarding the report as an attachment "
     "(message/rfc822 inside multipart/mixed)",
     ("From: Pat Colleague <pat@example.com>\nTo: seller@example.com\nSubject: Fwd: Undelivered Mail Returned to "
      "Sender\nMIME-Version: 1.0\nX-Hand-Made: yes (review layouts40)\n"
      'Content-Type: multipart/mixed; boundary="fw"\n\n--fw\nContent-Type: text/plain; charset=utf-8\n\n'
      "This bounced for me, is the address right?\n\n--fw\nContent-Type: message/rfc822\n\n"
      + _base("fw") + "\n--fw--\n").encode("utf-8"), hard("userunknown")),
    ("l40c2-text-as-alternative", f"{RFC6522}: the human part as multipart/alternative (text and HTML) before the "
     "status part",
     _bent("al", ("Content-Type: text/plain; charset=utf-8\n\nThis is the mail system",
                  'Content-Type: multipart/alternative; boundary="alt"\n\n--alt\nContent-Type: text/plain; '
                  "charset=utf-8\n\nThis is the mail system"),
           ("--l40d-al\nContent-Type: message/delivery-status",
            "--alt\nContent-Type: text/html; charset=utf-8\n\n<p>Your message could not be delivered to "
            f"{LEAD}: 550 5.1.1 User unknown</p>\n--alt--\n\n--l40d-al\nContent-Type: message/delivery-status")),
     hard("userunknown")),
    ("l40c2-mdn-under-delivery-status-type", f"{PH}; {RFC6522}: the rejection MDN labelled report-type=delivery-status",
     pigeonhole_reject("wt", "I do not accept mail from this sender.").replace(
         b"report-type=disposition-notification", b"report-type=delivery-status"), soft(*CHOICE, scope=R)),
]

ROWS = ROWS_A + B_ROWS + C_ROWS

# ---- Controls of the mends (written with them, after the first run): nearby words and shapes that must NOT change
# their reading. mdn._RETIRED: our address refused, the sender's address said no longer wanted, a still-read box.
# unnamed_blocks: a block's reply on two unnamed recipients' lines, on none, or on an address never sent to.
MEND = "the mend's control (review layouts40)"
CONTROL_ROWS = [
    ("l40c-sieve-mail-from-this-address", f"{PH}; {MEND}: 'Mail from this address is no longer accepted.' refuses our "
     "address, not the recipient's",
     pigeonhole_reject("k1", "Mail from this address is no longer accepted."), soft(*CHOICE, scope=R)),
    ("l40c-sieve-your-address", f"{PH}; {MEND}: 'Your address is no longer welcome here.' (ours)",
     pigeonhole_reject("k2", "Your address is no longer welcome here."), soft(*CHOICE, scope=R)),
    ("l40c-sieve-no-longer-accept", f"{CY}; {MEND}: 'I no longer accept mail from this address.'",
     cyrus_reject("k3", "I no longer accept mail from this address.", final=LEAD, orig_rcpt=LEAD),
     soft(*CHOICE, scope=R)),
    # (a second positive, not a control: retired with no new address, the address gone)
    ("l40c-sieve-retired-no-new-address", f"{PH}; {MEND}: retired with no new address given: the address gone",
     pigeonhole_reject("k4", "This address is no longer in use."), hard("userunknown", "hasmoved")),
    ("l40c-dsn-bare-block-reply-twice", f"{RFC}; {MEND}: the bare block's reply on two unnamed recipients' lines",
     dsn("k5", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n"
         f"<lena.lead@partner.example>: host mx.partner.example said: 550 5.1.1 User unknown\n" + TEXT2,
         [block(None, "failed", "5.1.1", "550 5.1.1 User unknown"), GOOD],
         to=f"{LEAD}, lena.lead@partner.example, {OTHER}"),
     soft("mailboxfull", address=OTHER)),
    ("l40c-dsn-bare-block-reply-nowhere", f"{RFC}; {MEND}: the bare block's reply on nobody's line",
     dsn("k6", f"<{LEAD}>: host mx.partner.example said: 550 5.7.1 Relay access denied\n" + TEXT2,
         [block(None, "failed", "5.1.1", "550 5.1.1 User unknown"), GOOD], to=f"{LEAD}, {OTHER}"),
     soft("mailboxfull", address=OTHER)),
    ("l40c-dsn-bare-block-never-sent-to", f"{RFC}; {MEND}: the reply on the line of an address the original was "
     "never sent to",
     dsn("k7", "<stranger@partner.example>: host mx.partner.example said: 550 5.1.1 User unknown\n" + TEXT2,
         [block(None, "failed", "5.1.1", "550 5.1.1 User unknown"), GOOD], to=OTHER),
     soft("mailboxfull", address=OTHER)),
]
