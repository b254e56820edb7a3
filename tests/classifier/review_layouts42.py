"""Review layouts42: HAND-MADE whole notices (complete raw messages) testing the classifier's reading of structure and
encodings where the earlier layout reviews (review_layouts40*, review_old36/37, review_providers36*, the *_layouts
modules, review_langs*) did not go, each after its generator's own source or document:
(1) RFC 6533 global reports: UTF-8 local parts and domains under 'utf-8;', an A-label domain, a UTF-8 Original-Recipient
    beside an ASCII Final-Recipient, a delay, a delivered recipient beside a failed one, message/global returned;
(2) text parts under charset LABELS the registries list but Python's codecs do not know (IANA's windows-31J,
    GB_2312-80, KS_C_5601-1987, windows-874; WHATWG Encoding Standard labels x-sjis, x-euc-jp, x-gbk,
    x-mac-cyrillic; Java's x-windows-949), the reason only in the local language; quoted-printable soft breaks inside an
    address; CRLF line ends; a charset label that lies;
(3) HTML-only NDRs: Microsoft 365's current NDR and Exchange 2013-2019's, the address only in a mailto link or split
    by markup, entities, multipart/related with the banner image, a stub text/plain beside the HTML;
(4) multi-recipient reports with failed, delayed, delivered, relayed and expanded actions together;
(5) Final-Recipient other than Original-Recipient: virtual aliases, ORCPT xtext, SRS-forwarded bounces;
(6) long addresses wrapped or folded: DSN fields folded (RFC 5322 2.2.3), a gateway's hard wrap inside an address;
(7) delay warnings (Postfix, Exim, Sendmail, Exchange) that must be soft, including ones whose delay reason says
    'User unknown';
(8) bounces under auto-reply headers; auto-replies and receipts that say 'undeliverable' or 'could not be
    delivered' and are NO bounce;
(9) nested bounces: a bounce whose returned message is itself a bounce about someone else;
(10) list managers' notices to the list's owner (Mailman 2.1, Sympa): no bounce of OUR mail.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first).
review_layouts42_more.py holds groups (6)-(10); test_review_layouts42.py runs both."""

from __future__ import annotations

from tests.classifier.review_layouts42_layouts import LEAD, OTHER, POSTFIX_INTRO, block, exchange2013_html, \
    exchange_html, m365_html, postfix_report, prose, text_part

R, S, ANY = "recipient", "sender", None
NOT_BOUNCE: list[tuple] = []
UU = ("userunknown",)
FULL = ("mailboxfull",)


def hard(*reasons: str, address: str = LEAD, scope: str | None = R) -> list[tuple]:
    return [(address, True, reasons, scope, False)]


def soft(*reasons: str, address: str = LEAD, scope: str | None = R) -> list[tuple]:
    return [(address, False, reasons, scope, False)]


def delay(*reasons: str, address: str = LEAD, scope: str | None = ANY) -> list[tuple]:
    return [(address, False, reasons, scope, True)]


def said(address: str, reply: str, host: str = "mx.partner.example[192.0.2.25]") -> str:
    """Postfix's text line for one recipient (bounce_notify_util.c: '<%s>: host %s said: %s')."""
    return f"<{address}>: host {host} said: {reply} (in reply to RCPT TO command)\n"


# ---- (1) RFC 6533 global reports -------------------------------------------------------------------------------------
G = "RFC 6533 3 (utf-8-type-addr; message/global-delivery-status, message/global-headers) in Postfix bounce(8)'s " \
    "SMTPUTF8 report (bounce_notify_util.c)"
ZH = "张伟@例子.公司"
JOSE = "josé@partner.example"
UNAL = "ünal@partner.example"
UU550 = "550 5.1.1 {}: Recipient address rejected: User unknown in virtual mailbox table"
GLOBAL_ROWS = [
    ("l42-gl-utf8-local-and-domain", f"{G}: a Chinese local part and IDN domain, 5.1.1",
     postfix_report("g1", POSTFIX_INTRO + said(ZH, UU550.format(f"<{ZH}>")),
                    [block(f"utf-8; {ZH}", "failed", "5.1.1", UU550.format(f"<{ZH}>"), orig=f"utf-8; {ZH}")],
                    to=ZH, utf8=True),
     hard(*UU, address=ZH)),
    ("l42-gl-utf8-delayed", f"{G}; Postfix's delay template (bounce_template.c), Action: delayed, 4.2.2",
     postfix_report("g2", "This is the mail system at host mail.example.com.\n\n# THIS IS A WARNING ONLY.  YOU DO NOT "
                    "NEED TO RESEND YOUR MESSAGE. #\n\nYour message could not be delivered for more than 4 hour(s).\n"
                    "It will be retried until it is 5 day(s) old.\n\n" +
                    said(JOSE, f"452 4.2.2 <{JOSE}>: Mailbox full"),
                    [block(f"utf-8; {JOSE}", "delayed", "4.2.2", f"452 4.2.2 <{JOSE}>: Mailbox full",
                           extra="Will-Retry-Until: Sat, 12 Dec 2026 09:00:01 +0000 (UTC)\n")],
                    to=JOSE, utf8=True, delay=True),
     delay(address=JOSE)),
    ("l42-gl-utf8-original-ascii-final", f"{G}: the alias written in UTF-8 (Original-Recipient), the mailbox it "
     "resolved to ASCII (Final-Recipient, virtual(5) alias), 5.2.2",
     postfix_report("g3", POSTFIX_INTRO + f"<lea@partner.example> (expanded from <{UNAL}>): host mx.partner.example"
                    "[192.0.2.25] said: 552 5.2.2 <lea@partner.example>: Mailbox full (in reply to RCPT TO command)\n",
                    [block("rfc822; lea@partner.example", "failed", "5.2.2",
                           "552 5.2.2 <lea@partner.example>: Mailbox full", orig=f"utf-8; {UNAL}")],
                    to=UNAL, utf8=True),
     soft(*FULL, address="lea@partner.example")),
    ("l42-gl-failed-beside-delivered", f"{G}: one UTF-8 recipient failed (mailbox full), the ASCII one delivered "
     "(NOTIFY=SUCCESS,FAILURE): only the failed one",
     postfix_report("g4", POSTFIX_INTRO + said(JOSE, "552 5.2.2 Quota exceeded"),
                    [block(f"utf-8; {JOSE}", "failed", "5.2.2", "552 5.2.2 Quota exceeded"),
                     block(f"rfc822; {OTHER}", "delivered", "2.0.0", "250 2.0.0 Ok: queued as 7Hk2")],
                    to=f"{JOSE}, {OTHER}", utf8=True),
     soft(*FULL, address=JOSE)),
    ("l42-gl-a-label-domain-hostunknown", "RFC 5890 A-label domain in an ASCII report (Postfix bounce(8) without "
     "SMTPUTF8): 'Host or domain name not found' (smtp_addr.c), 5.4.4 hostunknown, no Remote-MTA",
     postfix_report("g5", POSTFIX_INTRO + "<lead@xn--mller-kva.example>: Host or domain name not found. Name service "
                    "error for\n    name=xn--mller-kva.example type=MX: Host not found, try again\n",
                    [block("rfc822; lead@xn--mller-kva.example", "failed", "5.4.4", None, remote=None,
                           extra="Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for "
                                 "name=xn--mller-kva.example type=MX: Host not found\n")],
                    to="lead@xn--mller-kva.example"),
     hard("hostunknown", address="lead@xn--mller-kva.example")),
    ("l42-gl-uppercase-type-angle-brackets", f"{G}: 'UTF-8;' upper case with the address in angle brackets "
     "(RFC 6533 3.1 lets the type be any case; brackets as some MTAs write rfc822 ones)",
     postfix_report("g6", POSTFIX_INTRO + said(UNAL, UU550.format(f"<{UNAL}>")),
                    [block(f"UTF-8; <{UNAL}>", "failed", "5.1.1", UU550.format(f"<{UNAL}>"))], to=UNAL, utf8=True),
     hard(*UU, address=UNAL)),
    ("l42-gl-smtputf8-not-supported", "RFC 6531 3.5 / RFC 6533: the next hop cannot take a UTF-8 address ('553 5.6.7 "
     "SMTPUTF8 is required, but was not offered by host', Postfix smtp_proto.c): the address is fine, soft",
     postfix_report("g7", POSTFIX_INTRO + f"<{UNAL}>: SMTPUTF8 is required, but was not offered by host\n    "
                    "mx.partner.example[192.0.2.25]\n",
                    [block(f"utf-8; {UNAL}", "failed", "5.6.7", None,
                           extra="Diagnostic-Code: X-Postfix; SMTPUTF8 is required, but was not offered by host "
                                 "mx.partner.example[192.0.2.25]\n")], to=UNAL, utf8=True),
     soft(address=UNAL, scope=ANY)),
]

# ---- (2) Charset labels and transfer encodings -----------------------------------------------------------------------
WH = "WHATWG Encoding Standard, section 4.2 'Names and labels' (label {!r} for {})"
IANA = "IANA Character Sets registry (name {!r})"
JA_UU = "受信者のメールアドレスが存在しません"  # Gmail Help answer 6596 (hl=ja), as review_langs's row gmail-ja uses it
ZH_UU = "收件人不存在"  # gromox data/local_bounce zh_CN BOUNCE_NO_USER subject, as review_langs uses it
KO_UU = "수신자의 계정이 존재하지 않습니다."  # review_langs2 ko-account-missing (Daum's words)
TH_UU = "ที่อยู่อีเมลที่คุณส่งข้อความของคุณให้ไม่มีอยู่หรือไม่พบ"  # Microsoft th-th 5.1.10 help (review 13)
RU_UU = "Причина: пользователь не найден"


def _charset_row(tag: str, cite: str, words: str, charset: str, label: str, cte: str, expected: list[tuple],
                 intro: str = "") -> tuple:
    text = f"{intro}{LEAD}\n\n{words}\n"
    return (f"l42-cs-{tag}", cite + "; a prose notice holding the address and the local words only",
            prose(f"c{tag}", "Undeliverable: Quick question", text_part(text, charset=charset, label=label, cte=cte),
                  to=LEAD), expected)


CHARSET_ROWS = [
    _charset_row("windows-31j", IANA.format("Windows-31J") + " (Microsoft's Shift_JIS, Java's and Outlook's label)",
                 JA_UU, "cp932", "windows-31j", "base64", hard(*UU)),
    _charset_row("x-sjis", WH.format("x-sjis", "Shift_JIS"), JA_UU, "shift_jis", "x-sjis", "8bit", hard(*UU)),
    _charset_row("x-euc-jp", WH.format("x-euc-jp", "EUC-JP"), JA_UU, "euc_jp", "x-euc-jp", "8bit", hard(*UU)),
    _charset_row("gb-2312-80", IANA.format("GB_2312-80") + " (WHATWG: a GBK label)", ZH_UU, "gb2312", "GB_2312-80",
                 "base64", hard(*UU)),
    _charset_row("x-gbk", WH.format("x-gbk", "GBK"), ZH_UU, "gbk", "x-gbk", "8bit", hard(*UU)),
    _charset_row("ks-c-5601", IANA.format("KS_C_5601-1987") + " (Outlook's Korean label; WHATWG: EUC-KR, i.e. "
                 "windows-949)", KO_UU, "cp949", "ks_c_5601-1987", "base64", hard(*UU)),
    _charset_row("x-windows-949", "Java's canonical charset name x-windows-949 (MS949, java.nio.charset's supported "
                 "encodings; JavaMail writes it)", KO_UU, "cp949", "x-windows-949", "8bit",
                 hard(*UU)),
    _charset_row("windows-874", IANA.format("windows-874") + " (Thai Outlook / Exchange)", TH_UU, "cp874",
                 "windows-874", "quoted-printable", hard(*UU)),
    _charset_row("x-mac-cyrillic", WH.format("x-mac-cyrillic", "x-mac-cyrillic"), RU_UU, "mac_cyrillic",
                 "x-mac-cyrillic", "8bit", hard(*UU), intro="Ваше сообщение не может быть доставлено.\nПолучатель: "),
    _charset_row("koi8-r-control", IANA.format("KOI8-R") + " (a label Python knows: control)", RU_UU, "koi8_r",
                 "koi8-r",
                 "8bit", hard(*UU), intro="Ваше сообщение не может быть доставлено.\nПолучатель: "),
    _charset_row("shift-jis-control", IANA.format("Shift_JIS") + " (a label Python knows: control)", JA_UU,
                 "shift_jis", "shift_jis", "base64", hard(*UU)),
    ("l42-cs-qp-soft-break-in-address", "RFC 2045 6.7 rule 5 (a soft line break '=' at 76 columns, here inside the "
     "address, as a relay re-encoding qmail-send.c's bounce to quoted-printable writes it)",
     prose("qsb", "failure notice", ("Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: "
                                     "quoted-printable\n",
                                     b"Hi. This is the qmail-send program at mx.partner.example.\nI'm afraid I wasn't "
                                     b"able to deliver your message to the following addresses.\nThis is a permanent "
                                     b"error; I've given up. Sorry it didn't work out.\n\n<lena.lead.sales.department"
                                     b"@subsidiary.par=\ntner.example>:\nSorry, no mailbox here by that name. (#5.1.1)"
                                     b"\n"),
           to="lena.lead.sales.department@subsidiary.partner.example", sender="MAILER-DAEMON@mx.partner.example"),
     hard(*UU, address="lena.lead.sales.department@subsidiary.partner.example")),
    ("l42-cs-crlf-line-ends", "RFC 5322 2.1 CRLF line ends throughout (a Windows gateway storing the report as "
     "sent); Postfix bounce(8) report, 5.1.1",
     postfix_report("crl", POSTFIX_INTRO + said(LEAD, UU550.format(f"<{LEAD}>")),
                    [block(f"rfc822; {LEAD}", "failed", "5.1.1", UU550.format(f"<{LEAD}>"))],
                    to=LEAD).replace(b"\n", b"\r\n"),
     hard(*UU)),
    ("l42-cs-label-lies-latin1-as-utf8", "a part labelled utf-8 holding ISO-8859-1 bytes (Spanish 'el buzón del "
     "destinatario está lleno', a hosting panel's notice re-sent by a relay that relabelled it)",
     prose("lly", "No se puede entregar: Quick question",
           ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
            f"No se ha podido entregar su mensaje.\n\nDestinatario: {LEAD}\nMotivo: el buzón del destinatario está "
            "lleno\n".encode("latin-1")), to=LEAD),
     soft(*FULL)),
]

# ---- (3) HTML-only NDRs ----------------------------------------------------------------------------------------------
ML = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (the new NDR's layout: "
      "'Your message to <address> couldn't be delivered.', '<local> wasn't found at <domain>.', the diagnostic "
      "section's 'Remote server returned')")
X13 = ("Exchange Server 2013-2019 NDR ('Delivery has failed to these recipients or groups:', 'The email address you "
       "entered couldn't be found...', 'Diagnostic information for administrators', 'Remote Server returned')")
NF = "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"
X13_NF = ("The email address you entered couldn't be found. Please check the recipient's email address and try to "
          "resend the message. If the problem continues, please contact your helpdesk.")
X13_DIAG = f"{LEAD}<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"
HTML_ROWS = [
    ("l42-html-m365-not-found-html-only", f"{ML}; HTML only, no text/plain, no status part",
     exchange_html("h1", m365_html(f"Your message to {LEAD} couldn't be delivered.",
                                   "<b>lead</b> wasn't found at <b>partner.example</b>.", f"{LEAD}<br>{NF}")),
     hard(*UU)),
    ("l42-html-m365-not-found-with-dsn", f"{ML}; HTML only beside the status part (5.1.10)",
     exchange_html("h2", m365_html(f"Your message to {LEAD} couldn't be delivered.",
                                   "<b>lead</b> wasn't found at <b>partner.example</b>.", f"{LEAD}<br>{NF}"),
                   dsn=[block(f"rfc822;{LEAD}", "failed", "5.1.10",
                              "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                              remote=None)]),
     hard(*UU)),
    ("l42-html-m365-mailbox-full", f"{ML}; 5.2.2 'the recipient's mailbox is full' (Exchange Online's "
     "QuotaExceededException)",
     exchange_html("h3", m365_html(f"Your message to {LEAD} couldn't be delivered.",
                                   "The recipient's mailbox is full and can't accept messages now.",
                                   f"{LEAD}<br>Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver."
                                   "Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'")),
     soft(*FULL)),
    ("l42-html-x13-mailto-display-name", f"{X13}; the recipient shown by display name, its address only in the "
     "mailto link, HTML only",
     exchange_html("h4", exchange2013_html("Delivery has failed to these recipients or groups:",
                                           f"<a href=\"mailto:{LEAD}\">Lena Lead</a>", X13_NF, X13_DIAG)),
     hard(*UU)),
    ("l42-html-x13-related-banner", f"{X13} in multipart/related with its banner image (RFC 2387)",
     exchange_html("h5", exchange2013_html("Delivery has failed to these recipients or groups:",
                                           f"<a href=\"mailto:{LEAD}\">{LEAD}</a>", X13_NF, X13_DIAG), related=True),
     hard(*UU)),
    ("l42-html-x13-german", f"{X13}, de-DE ('Fehler bei der Zustellung an folgende Empfänger oder Gruppen:', 'Die "
     "eingegebene E-Mail-Adresse wurde nicht gefunden.')",
     exchange_html("h6", exchange2013_html("Fehler bei der Zustellung an folgende Empfänger oder Gruppen:",
                                           f"<a href=\"mailto:{LEAD}\">Lena Lead</a>",
                                           "Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die "
                                           "E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut.",
                                           X13_DIAG.replace("Remote Server returned", "Vom Remoteserver wurde "
                                                            "Folgendes zurückgegeben:")),
                   subject="Unzustellbar: Quick question"),
     hard(*UU)),
    ("l42-html-entities-address", f"{X13}; the address written with HTML character references (&#64; and &lt; &gt;)",
     exchange_html("h7", exchange2013_html("Delivery has failed to these recipients or groups:",
                                           "&lt;lead&#64;partner&#46;example&gt;", X13_NF,
                                           "lead&#64;partner.example<br>Remote Server returned '550 5.1.1 "
                                           "RESOLVER.ADR.RecipNotFound; not found'")),
     hard(*UU)),
    ("l42-html-address-split-by-markup", f"{ML}; the headline's address split by markup ('<b>lead</b>@<b>partner."
     "example</b>', Outlook's bold local part)",
     exchange_html("h8", m365_html("Your message to <b>lead</b>@<b>partner.example</b> couldn't be delivered.",
                                   "<b>lead</b> wasn't found at <b>partner.example</b>.", f"<b>{LEAD}</b><br>{NF}")),
     hard(*UU)),
    ("l42-html-stub-plain-part", f"{X13} as multipart/alternative whose text/plain is only a stub a gateway wrote "
     "('This message is in HTML format.'), the reason in the HTML",
     exchange_html("h9", exchange2013_html("Delivery has failed to these recipients or groups:",
                                           f"<a href=\"mailto:{LEAD}\">{LEAD}</a>", X13_NF, X13_DIAG),
                   plain="This message is in HTML format. Please use an HTML-capable mail program to read it.\n"),
     hard(*UU)),
    ("l42-html-m365-delay", "Microsoft Learn (Exchange Online delay DSN, 'Delivery is delayed to these recipients or "
     "groups:', 'This message hasn't been delivered yet. Delivery will continue to be attempted.'); Action: delayed "
     "4.4.7 in its status part",
     exchange_html("hd", exchange2013_html("Delivery is delayed to these recipients or groups:",
                                           f"<a href=\"mailto:{LEAD}\">{LEAD}</a>",
                                           "This message hasn't been delivered yet. Delivery will continue to be "
                                           "attempted.<br>The server will keep trying to deliver this message for "
                                           "the next 1 days, 19 hours and 51 minutes.",
                                           f"{LEAD}<br>Server at partner.example (192.0.2.25) returned '400 4.4.7 "
                                           "Message delayed'"),
                   dsn=[block(f"rfc822;{LEAD}", "delayed", "4.4.7", "400 4.4.7 Message delayed", remote=None)],
                   subject="Delivery delayed:Quick question"),
     delay()),
]

# ---- (4) Several recipients, several actions ----------------------------------------------------------------------
RFC = "RFC 3464 2.3.3 (Action: failed / delayed / delivered / relayed / expanded) in Postfix bounce(8)'s report"
A, B, C, D, E = (f"{n}@partner.example" for n in ("ann", "bob", "cy", "dee", "eve"))
MIX_ROWS = [
    ("l42-mix-five-actions", f"{RFC}: one failed (5.1.1), one delayed (4.4.1), one delivered, one relayed to a "
     "non-DSN host, one list expanded: the failed one hard, the delayed one soft and delayed, no other",
     postfix_report("m1", POSTFIX_INTRO + said(A, UU550.format(f"<{A}>")) +
                    f"<{B}>: connect to mx.partner.example[192.0.2.25]:25: Connection timed out\n",
                    [block(f"rfc822; {A}", "failed", "5.1.1", UU550.format(f"<{A}>")),
                     block(f"rfc822; {B}", "delayed", "4.4.1", None, extra="Diagnostic-Code: X-Postfix; connect to "
                           "mx.partner.example[192.0.2.25]:25: Connection timed out\n"),
                     block(f"rfc822; {C}", "delivered", "2.0.0", "250 2.0.0 Ok: queued as 3Fq"),
                     block(f"rfc822; {D}", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 3Fr"),
                     block(f"rfc822; {E}", "expanded", "2.0.0", None, remote=None)],
                    to=", ".join((A, B, C, D, E))),
     hard(*UU, address=A) + delay(address=B)),
    ("l42-mix-delivered-relayed-expanded-only", f"{RFC}: a success report for three (NOTIFY=SUCCESS): no bounce",
     postfix_report("m2", "This is the mail system at host mail.example.com.\n\nYour message was successfully "
                    "delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will "
                    "receive no\nfurther notifications. Otherwise you may still receive notifications of mail\n"
                    "delivery errors from other systems.\n\n",
                    [block(f"rfc822; {C}", "delivered", "2.0.0", "250 2.0.0 Ok: queued as 3Fq"),
                     block(f"rfc822; {D}", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 3Fr"),
                     block(f"rfc822; {E}", "expanded", "2.0.0", None, remote=None)],
                    to=", ".join((C, D, E))),
     NOT_BOUNCE),
    ("l42-mix-expanded-list-member-failed", f"{RFC}: the list alias 'team@' expanded (Original-Recipient team@), "
     "one member failed (Final-Recipient the member), one delivered",
     postfix_report("m3", POSTFIX_INTRO + f"<{A}> (expanded from <team@partner.example>): host mx.partner.example"
                    f"[192.0.2.25] said: {UU550.format(f'<{A}>')} (in reply to RCPT TO command)\n",
                    [block(f"rfc822; {A}", "failed", "5.1.1", UU550.format(f"<{A}>"),
                           orig="rfc822; team@partner.example"),
                     block(f"rfc822; {C}", "delivered", "2.0.0", "250 2.0.0 Ok", orig="rfc822; team@partner.example")],
                    to="team@partner.example"),
     hard(*UU, address=A)),
    ("l42-mix-relayed-beside-full", f"{RFC}: one relayed onward (no further reports), the other's mailbox full",
     postfix_report("m4", POSTFIX_INTRO + said(B, "552 5.2.2 Mailbox quota exceeded"),
                    [block(f"rfc822; {D}", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 3Fr"),
                     block(f"rfc822; {B}", "failed", "5.2.2", "552 5.2.2 Mailbox quota exceeded")],
                    to=f"{D}, {B}"),
     soft(*FULL, address=B)),
    ("l42-mix-three-failed-different", f"{RFC}: three failed for three causes (unknown, full, blocked by policy)",
     postfix_report("m5", POSTFIX_INTRO + said(A, UU550.format(f"<{A}>")) + said(B, "552 5.2.2 Mailbox full") +
                    said(C, "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using "
                         "zen.spamhaus.org"),
                    [block(f"rfc822; {A}", "failed", "5.1.1", UU550.format(f"<{A}>")),
                     block(f"rfc822; {B}", "failed", "5.2.2", "552 5.2.2 Mailbox full"),
                     block(f"rfc822; {C}", "failed", "5.7.1", "554 5.7.1 Service unavailable; Client host "
                           "[198.51.100.7] blocked using zen.spamhaus.org")],
                    to=", ".join((A, B, C))),
     hard(*UU, address=A) + soft(*FULL, address=B) + soft("blocked", address=C, scope=ANY)),
]

ROWS_A = GLOBAL_ROWS + CHARSET_ROWS + HTML_ROWS + MIX_ROWS
