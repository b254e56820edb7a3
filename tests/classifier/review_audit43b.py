"""Audit 43b: an ADVERSARIAL audit of review layouts42's mends (HAND-MADE whole notices, written before the classifier
ran on them and committed first):
(1) classifier/whole_addresses.py, a recipient cut at a line end completed from the returned original's To/Cc/Bcc, an
    xtext Final-Recipient decoded: original recipients sharing a prefix (lead@ / lead@...org, jo@ / jo.smith@), cuts in
    the local part, right after '@' and after a hyphen, an undisclosed or group To, Bcc, an alias the server expanded
    (Exim's '<--' parent line), plus tags that look like xtext, multi-recipient notices with one cut;
(2) parse.py's stub rule (a short text/plain with no '@' mentioning 'html' gives way to the text/html): short plain
    notices naming the recipient by display name or local part, with a reason and a help link '.../bounce.html', beside
    an HTML part that is a gateway's footer or another message; a true stub beside multipart/related;
(3) text.py _LABELS: labels that lie about the bytes (UTF-8 under GB_2312-80, x-gbk, x-mac-cyrillic, windows-874,
    ks_c_5601-1987), a legacy label over another legacy charset, mixed parts.
Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) as review_check reads them."""

from __future__ import annotations

from tests.classifier.review_layouts42_layouts import LEAD, OTHER, POSTFIX_INTRO, SELLER, block, message, multipart, \
    original, plain_part, postfix_report, prose, text_part

R = "recipient"
UU = ("userunknown",)
FULL = ("mailboxfull",)
LONG = "lena.lead.head.of.procurement.emea@purchasing.subsidiary.partner-group.example"


def hard(*reasons: str, address: str = LEAD) -> list[tuple]:
    return [(address, True, reasons, R, False)]


def soft(*reasons: str, address: str = LEAD) -> list[tuple]:
    return [(address, False, reasons, R, False)]


# ---- builders after the generators' sources ----------------------------------------------------------------------
QM = "qmail-1.03 qmail-send.c bounce text ('Hi. This is the qmail-send program at', '<addr>:' then the reason)"
EX = "Exim src/src/deliver.c bounce text ('The following address(es) failed:', two-space indented address)"
SM = "Sendmail savemail.c errbody (8.8: Final-Recipient written through xtextify) and its DSN"


def qmail(name: str, entries: str, *, to: str, host: str = "mx.partner-group.example") -> bytes:
    """qmail-send's bounce: `entries` the '<address>:' blocks as a relay left them (hard-wrapped or not)."""
    text = (f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n" + entries +
            "\n--- Below this line is a copy of the message.\n")
    return prose(name, "failure notice", text_part(text, charset="us-ascii", cte="7bit"), to=to,
                 sender=f"MAILER-DAEMON@{host}")


NO_MAILBOX = "Sorry, no mailbox here by that name. (#5.1.1)\n"


def exim(name: str, entries: str, *, to: str, failed: str) -> bytes:
    """Exim's bounce (deliver.c): X-Failed-Recipients (whole: header lines fold only at blanks), the text, the copy."""
    head = (f"X-Failed-Recipients: {failed}\nAuto-Submitted: auto-replied\nFrom: Mail Delivery System "
            f"<Mailer-Daemon@mail.example.net>\nTo: {SELLER}\nSubject: Mail delivery failed: returning message to "
            f"sender\nMessage-Id: <E1a43b{name}@mail.example.net>\n")
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            f"failed:\n\n{entries}\n------ This is a copy of the message, including all the headers. ------\n\n"
            f"From: Sam Seller <{SELLER}>\nTo: {to}\nSubject: Quick question\nMessage-ID: <a43b-{name}@example.com>\n"
            "Date: Mon, 7 Dec 2026 09:00:00 +0000\n\nHello, a quick question.\n")
    return message(head, text_part(text, charset="us-ascii", cte="7bit"), mark="Exim deliver.c bounce")


def exim_entry(address: str, reply: str, *, parent: str = "") -> str:
    up = f"\n    <-- {parent}" if parent else ""
    return (f"  {address}{up}\n    host mx.partner.example [192.0.2.25]\n    SMTP error from remote mail server after "
            f"RCPT TO:<{address}>:\n    {reply}\n")


def sendmail(name: str, text_addresses: list[str], finals: list[str], *, to: str) -> bytes:
    """Sendmail's DSN (savemail.c errbody): the text part with the plain addresses, the status part's
    Final-Recipient as written in `finals` (xtext or not)."""
    host = "mail.example.org"
    head = (f"From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: <{SELLER}>\nSubject: Returned mail: see "
            f"transcript for details\nMessage-Id: <20261207.a43b{name}@{host}>\nAuto-Submitted: auto-generated "
            "(failure)\n")
    lines = "".join(f"<{a}>\n    (reason: 550 5.1.1 <{a}>... User unknown)\n" for a in text_addresses)
    trans = "".join(f">>> RCPT To:<{a}>\n<<< 550 5.1.1 <{a}>... User unknown\n550 5.1.1 {a}... User unknown\n"
                    for a in text_addresses)
    text = (f"The original message was received at Mon, 7 Dec 2026 09:00:01 GMT\nfrom example.com [192.0.2.10]\n\n"
            f"   ----- The following addresses had permanent fatal errors -----\n{lines}\n"
            f"   ----- Transcript of session follows -----\n... while talking to mx.partner.example.:\n{trans}")
    fields = (f"Reporting-MTA: dns; {host}\nReceived-From-MTA: DNS; example.com\nArrival-Date: Mon, 7 Dec 2026 "
              "09:00:01 GMT\n\n" + "\n".join(block(f"RFC822; {f}", "failed", "5.1.1",
                                                 f"550 5.1.1 <{f}>... User unknown") for f in finals))
    parts = [text_part(text, charset="us-ascii", cte="7bit"), ("Content-Type: message/delivery-status\n",
                                                                fields.encode()),
             plain_part("text/rfc822-headers", f"From: Sam Seller <{SELLER}>\nTo: {to}\nSubject: Quick question\n"
                        f"Message-ID: <a43b-{name}@example.com>\n")]
    return message(head, multipart("multipart/report; report-type=delivery-status", f"a43bs-{name}", parts),
                   mark="Sendmail savemail.c DSN")


# ---- (1) whole_addresses.py -------------------------------------------------------------------------------------
CUT = "a relay hard-wrapping the text at 70 columns even where no blank falls (review layouts42's gateway)"
L1 = "lena.lead.head.of.procurement.e"            # cut inside the local part
JO = "jo.smith@partner.example"
JO_SHORT = "jo@partner.example"
ORG = "lead@partner.example.org"
WHOLE_ROWS = [
    ("a43b-wa-two-recipients-one-cut", f"{QM}; {CUT}: two recipients, only the long one cut in its domain",
     qmail("w1", f"<{OTHER}>:\n{NO_MAILBOX}\n<{LONG[:70]}\n{LONG[70:]}>:\n{NO_MAILBOX}", to=f"{OTHER}, {LONG}"),
     hard(*UU, address=OTHER) + hard(*UU, address=LONG)),
    ("a43b-wa-cut-in-local-part", f"{QM}; {CUT}: the break falls inside the local part; the tail on the next line "
     "is an address of its own ('mea@...') that nobody was sent",
     qmail("w2", f"<{L1}\n{LONG[len(L1):]}>:\n{NO_MAILBOX}", to=LONG), hard(*UU, address=LONG)),
    ("a43b-wa-cut-after-at", f"{QM}; {CUT}: the break falls right after '@'",
     qmail("w3", f"<{LONG.split('@')[0]}@\n{LONG.split('@')[1]}>:\n{NO_MAILBOX}", to=LONG), hard(*UU, address=LONG)),
    ("a43b-wa-cut-after-hyphen", f"{QM}; a relay wrapping at a hyphen (Python textwrap's break_on_hyphens, many "
     "MUAs' fill): 'partner-' then 'group.example>:'",
     qmail("w4", f"<{LONG.split('partner-')[0]}partner-\ngroup.example>:\n{NO_MAILBOX}", to=LONG),
     hard(*UU, address=LONG)),
    ("a43b-wa-prefix-pair-short-fails", f"{EX}: To holds lead@partner.example and lead@partner.example.org; the "
     "short one fails, its line ends at the address",
     exim("w5", exim_entry(LEAD, f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown"),
          to=f"{LEAD}, {ORG}", failed=LEAD),
     hard(*UU)),
    ("a43b-wa-prefix-pair-long-fails", f"{EX}: the same To; the .org one fails",
     exim("w6", exim_entry(ORG, f"550 5.1.1 <{ORG}>: Recipient address rejected: User unknown"),
          to=f"{LEAD}, {ORG}", failed=ORG),
     hard(*UU, address=ORG)),
    ("a43b-wa-jo-and-jo-smith-cut", f"{QM}; {CUT}: To holds jo@ and jo.smith@ at one domain; jo.smith@ cut in its "
     "domain ('partner.exa' / 'mple')",
     qmail("w7", f"<jo.smith@partner.exa\nmple>:\n{NO_MAILBOX}", to=f"{JO_SHORT}, {JO}"), hard(*UU, address=JO)),
    ("a43b-wa-jo-fails-jo-smith-sent", f"{QM}: To holds jo@ and jo.smith@; jo@ fails, whole, line ends after it",
     qmail("w8", f"<{JO_SHORT}>:\n{NO_MAILBOX}", to=f"{JO}, {JO_SHORT}"), hard(*UU, address=JO_SHORT)),
    ("a43b-wa-undisclosed-to", f"{QM}; {CUT}: our mail went out with 'To: undisclosed-recipients:;' (RFC 5322 3.4 "
     "group syntax, empty): nothing in the original names the address",
     qmail("w9", f"<{LONG[:70]}\n{LONG[70:]}>:\n{NO_MAILBOX}", to="undisclosed-recipients:;"),
     hard(*UU, address=LONG)),
    ("a43b-wa-group-to", f"{QM}; {CUT}: To in RFC 5322 3.4 group syntax with members ('Partners: a, b;')",
     qmail("w10", f"<{LONG[:70]}\n{LONG[70:]}>:\n{NO_MAILBOX}", to=f"Partners: {OTHER}, {LONG};"),
     hard(*UU, address=LONG)),
    ("a43b-wa-bcc-kept", f"{QM}; {CUT}: the returned copy keeps a Bcc line (RFC 5322 3.6.3, first method) naming the "
     "long address; To another",
     qmail("w11", f"<{LONG[:70]}\n{LONG[70:]}>:\n{NO_MAILBOX}", to=f"{OTHER}\nBcc: {LONG}"), hard(*UU, address=LONG)),
    ("a43b-wa-alias-expanded-exim", f"{EX}, deliver.c's print_address_information ('    <-- parent'): we sent to "
     "lead@partner.example.org, a redirect router expanded it to lead@partner.example, which fails",
     exim("w12", exim_entry(LEAD, f"550 5.1.1 <{LEAD}>: User unknown", parent=ORG), to=ORG, failed=LEAD),
     hard(*UU)),
    ("a43b-wa-alias-internal-postfix", "Postfix bounce(8) (bounce_notify_util.c '<%s> (expanded from <%s>)'); RFC "
     "3464 Original-Recipient vs Final-Recipient: we sent lead@, virtual(5) made it l.smith@internal.partner.example",
     postfix_report("w13", POSTFIX_INTRO + "<l.smith@internal.partner.example> (expanded from <lead@partner.example>): "
                    "host mx.partner.example[192.0.2.25] said: 550 5.1.1 <l.smith@internal.partner.example>: Recipient "
                    "address rejected: User unknown (in reply to RCPT TO command)\n",
                    [block("rfc822; l.smith@internal.partner.example", "failed", "5.1.1",
                           "550 5.1.1 <l.smith@internal.partner.example>: User unknown",
                           orig=f"rfc822; {LEAD}")], to=LEAD),
     hard(*UU, address="l.smith@internal.partner.example")),
    ("a43b-wa-xtext-plus-in-final", f"{SM}: we wrote lead+crm@, the DSN says lead+2Bcrm@ (xtext)",
     sendmail("x1", ["lead+crm@partner.example"], ["lead+2Bcrm@partner.example"], to="lead+crm@partner.example"),
     hard(*UU, address="lead+crm@partner.example")),
    ("a43b-wa-xtext-tag-2b", f"{SM}: we wrote jane+2b@ (a tag '2b'); xtext of it is 'jane+2B2b@'",
     sendmail("x2", ["jane+2b@partner.example"], ["jane+2B2b@partner.example"], to="jane+2b@partner.example"),
     hard(*UU, address="jane+2b@partner.example")),
    ("a43b-wa-tag-ab-as-written", f"{SM}: we wrote lead+ab@ (a tag that looks like xtext '+AB'); the DSN as written",
     sendmail("x3", ["lead+ab@partner.example"], ["lead+ab@partner.example"], to="lead+ab@partner.example"),
     hard(*UU, address="lead+ab@partner.example")),
    ("a43b-wa-tag-2024-as-written", f"{SM}: we wrote lead+2024@ (a date tag; '+20' is xtext for a space)",
     sendmail("x4", ["lead+2024@partner.example"], ["lead+2024@partner.example"], to="lead+2024@partner.example"),
     hard(*UU, address="lead+2024@partner.example")),
    ("a43b-wa-xtext-two-recipients", f"{SM}: two recipients fail; one xtext-encoded, one plain",
     sendmail("x5", ["lead+crm@partner.example", OTHER], ["lead+2Bcrm@partner.example", OTHER],
              to=f"lead+crm@partner.example, {OTHER}"),
     hard(*UU, address="lead+crm@partner.example") + hard(*UU, address=OTHER)),
    ("a43b-wa-both-2b-and-plus-sent", f"{SM}: we wrote BOTH lead+2bcrm@ and lead+crm@; only lead+2bcrm@ fails, "
     "written as sent",
     sendmail("x6", ["lead+2bcrm@partner.example"], ["lead+2bcrm@partner.example"],
              to="lead+2bcrm@partner.example, lead+crm@partner.example"),
     hard(*UU, address="lead+2bcrm@partner.example")),
]


# ---- (2) parse.py's stub rule --------------------------------------------------------------------------------------
NAMED = f"Lena Lead <{LEAD}>"
ST = ("a site's own bounce template (Postfix bounce(5) bounce_template_file, a hosted panel's notice) naming the "
      "recipient by display name with a help link ending '.html'")
FOOTER = ("<html><body><p style=\"color:#888888;font-size:8pt\">This email has been scanned by PartnerGuard Mail "
          "Security. Protect your business: <a href=\"https://partnerguard.example/\">learn more</a>.</p></body></html>")
SERVICE = ("<html><body><p>Service notice: our mail service will be upgraded on Saturday night. Messages may be "
           "delayed for up to 4 hours and will be retried automatically.</p></body></html>")
FULL_PLAIN = ("Your message to Lena Lead could not be delivered.\nHer mailbox is full (552 5.2.2 quota exceeded).\n"
              "Help: https://postmaster.partner.example/bounce.html\n")
GONE_PLAIN = ("Delivery to Lena Lead failed permanently: there is no such user here (550 5.1.1).\n"
              "See https://postmaster.partner.example/errors.html\n")
FULL_HTML = ("<html><body><p>Your message to Lena Lead could not be delivered.<br>Her mailbox is full (552 5.2.2 "
             "quota exceeded).</p><p>Help: <a href=\"https://postmaster.partner.example/bounce.html\">bounce help</a>"
             "</p></body></html>")
HTML_UU = ("<html><body><p><b>Delivery has failed to these recipients or groups:</b></p><p><a href=\"mailto:"
           f"{LEAD}\">Lena Lead</a><br>The email address you entered couldn't be found.</p><p>Remote Server returned "
           "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p><img src=\"cid:banner@outlook\"></body></html>")
PNG = ("Content-Type: image/png; name=\"banner.png\"\nContent-Transfer-Encoding: base64\nContent-ID: <banner@outlook>\n",
       b"iVBORw0KGgoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n")


def _mixed(name: str, parts: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    return multipart("multipart/mixed", f"a43bm-{name}", parts)


def _site(name: str, body: tuple[str, bytes], *, returned: bool = True) -> bytes:
    return prose(name, "Undeliverable: Quick question", body, to=NAMED, returned=returned,
                 sender="Mail Delivery System <MAILER-DAEMON@mail.partner.example>")


def _with_original(name: str, parts: list[tuple[str, bytes]]) -> bytes:
    return _site(name, _mixed(name, parts + [plain_part("message/rfc822", original(name, NAMED))]), returned=False)


STUB_ROWS = [
    ("a43b-st-alternative-same-words", f"{ST}; RFC 2046 5.1.4 multipart/alternative whose HTML says the same",
     _site("s1", multipart("multipart/alternative", "a43ba-s1", [text_part(FULL_PLAIN),
                                                                 text_part(FULL_HTML, ctype="text/html")])),
     soft(*FULL)),
    ("a43b-st-mixed-footer-html", f"{ST}; RFC 2046 5.1.3 multipart/mixed: a gateway appended its footer as a "
     "text/html part of its own (a disclaimer/scan banner), the original attached",
     _with_original("s2", [text_part(FULL_PLAIN), text_part(FOOTER, ctype="text/html")]), soft(*FULL)),
    ("a43b-st-mixed-other-message-html", f"{ST}; RFC 2046 5.1.3 multipart/mixed: the HTML part is another message "
     "(the site's service notice of a planned delay), the plain part says 5.1.1",
     _with_original("s3", [text_part(GONE_PLAIN), text_part(SERVICE, ctype="text/html")]), hard(*UU)),
    ("a43b-st-plain-without-html-word", f"{ST} without the link (control: the stub rule does not apply); the footer "
     "HTML beside it",
     _with_original("s4", [text_part(FULL_PLAIN.replace("Help: https://postmaster.partner.example/bounce.html\n", "")),
                           text_part(FOOTER, ctype="text/html")]), soft(*FULL)),
    ("a43b-st-true-stub-related", "Exchange 2013-2019 NDR layout (Microsoft Learn 'Email non-delivery reports'): "
     "multipart/alternative of a stub text/plain and multipart/related (the HTML, its banner image)",
     _site("s5", multipart("multipart/alternative", "a43ba-s5", [
         text_part("This message is in HTML format. Please view it in an HTML-capable mail program.\n"),
         multipart('multipart/related; type="text/html"', "a43br-s5", [text_part(HTML_UU, ctype="text/html"), PNG])])),
     hard(*UU)),
    ("a43b-st-local-part-quota", "a hosted panel's quota notice naming the mailbox by its local part ('lead') with a "
     "help link '.../quota.html'; multipart/alternative, the HTML the same words",
     _site("s6", multipart("multipart/alternative", "a43ba-s6", [
         text_part("Mailbox 'lead' is over quota; your message was not delivered (552 5.2.2).\nDetails: "
                   "http://mail.partner.example/help/quota.html\n"),
         text_part("<html><body><p>Mailbox 'lead' is over quota; your message was not delivered (552 5.2.2).</p><p>"
                   "Details: <a href=\"http://mail.partner.example/help/quota.html\">quota help</a></p></body></html>",
                   ctype="text/html")])),
     soft(*FULL)),
]


# ---- (3) text.py _LABELS: labels that lie -----------------------------------------------------------------------
LIE = "a part whose charset label lies: {} bytes under the label {!r} (a relay re-encoding the text to UTF-8 and " \
      "keeping the header, as gateways that transcode do); the local words only"
ZH_UU = "收件人不存在"  # gromox data/local_bounce zh_CN BOUNCE_NO_USER subject, as review layouts42 uses it
KO_UU = "수신자의 계정이 존재하지 않습니다."  # review_langs2 ko-account-missing (Daum's words)
JA_UU = "受信者のメールアドレスが存在しません"  # Gmail Help answer 6596 (hl=ja)
TH_UU = "ที่อยู่อีเมลที่คุณส่งข้อความของคุณให้ไม่มีอยู่หรือไม่พบ"  # Microsoft th-th 5.1.10 help (review 13)
RU_UU = "Причина: пользователь не найден"
RU_INTRO = "Ваше сообщение не может быть доставлено.\nПолучатель: "


def _cs(tag: str, cite: str, words: str, codec: str, label: str, *, intro: str = "") -> tuple:
    text = f"{intro}{LEAD}\n\n{words}\n"
    return (f"a43b-cs-{tag}", cite, prose(f"c{tag}", "Undeliverable: Quick question",
                                          text_part(text, charset=codec, label=label, cte="8bit"), to=LEAD), hard(*UU))


CHARSET_ROWS = [
    _cs("utf8-as-gb-2312-80", LIE.format("UTF-8", "GB_2312-80"), ZH_UU, "utf-8", "GB_2312-80"),
    _cs("utf8-as-x-gbk", LIE.format("UTF-8", "x-gbk"), ZH_UU, "utf-8", "x-gbk"),
    _cs("utf8-as-x-mac-cyrillic", LIE.format("UTF-8", "x-mac-cyrillic"), RU_UU, "utf-8", "x-mac-cyrillic",
        intro=RU_INTRO),
    _cs("utf8-as-windows-874", LIE.format("UTF-8", "windows-874"), TH_UU, "utf-8", "windows-874"),
    _cs("utf8-as-ks-c-5601", LIE.format("UTF-8", "ks_c_5601-1987"), KO_UU, "utf-8", "ks_c_5601-1987"),
    _cs("utf8-as-windows-31j", LIE.format("UTF-8", "windows-31J"), JA_UU, "utf-8", "windows-31J"),
    _cs("cp1251-as-x-mac-cyrillic", LIE.format("windows-1251", "x-mac-cyrillic"), RU_UU, "cp1251", "x-mac-cyrillic",
        intro=RU_INTRO),
    _cs("true-x-mac-cyrillic-control", "WHATWG Encoding Standard 4.2 (x-mac-cyrillic), the label true: control",
        RU_UU, "mac_cyrillic", "x-mac-cyrillic", intro=RU_INTRO),
    ("a43b-cs-mixed-parts", "RFC 2046 5.1.3 multipart/mixed of two text parts in their own charsets (an English "
     "intro naming the address in us-ascii; the reason in Thai under windows-874, true) and the original",
     _with_original("cm", [text_part(f"Delivery to {LEAD} failed.\n", charset="us-ascii", cte="7bit"),
                           text_part(TH_UU + "\n", charset="cp874", label="windows-874", cte="8bit")]), hard(*UU)),
]

ROWS = WHOLE_ROWS + STUB_ROWS + CHARSET_ROWS
