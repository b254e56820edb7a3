"""Layouts of review 118's rows (tests/classifier/review_notices118.py): one localised wording in the shapes the
servers that say it send it. Every notice is HAND-MADE (`X-Hand-Made` says so, via review_langs.notice); the
reason words are the source's, the framing (headers, a heading line, the labels) ours unless the row's source
gives the layout too (the Danish Office 365 NDR, Gmail's Japanese notices).

- `words`: a plain-text notice in the language, no status code, no reply code, no English anywhere: the words
  alone must carry the meaning.
- `report`: an RFC 3464 report, the words as the remote reply in Diagnostic-Code (and in the human part).
- `relay`: our own Postfix relay's report of the remote reply (review_langs.postfix: bounce(8)'s English frame).
- `ndr_da`: Office 365's Danish NDR as Microsoft's Danish Office 365 wiki quotes it whole (the reason paragraph, the
  rejecting organisation, "Fejlfindingsoplysninger for administratorer", the #status smtp;reply# line).
- `mixed`: one report listing several recipients, each with its own action, status and words.
"""

from __future__ import annotations

from tests.classifier.review_langs import _body, _word, notice, postfix

UU, FULL, HU, SUSP = ("userunknown",), ("mailboxfull",), ("hostunknown",), ("suspend",)
R, S = "recipient", "sender"
MX = "mx.kunde.example"

# Our own heading lines, one per language (the reason words under them are the source's).
HEADS = {
    "da": "Levering er ikke udført på disse modtagere eller grupper:",  # Microsoft's Danish NDR (MS_DA)
    "no": "Meldingen kunne ikke leveres til følgende mottakere:",
    "sv": "Ditt meddelande kunde inte levereras till följande mottagare:",
    "cs": "Vaše zpráva nemohla být doručena následujícím příjemcům:",
    "pl": "Wiadomość nie została dostarczona do następujących odbiorców:",
    "it": "Il messaggio non è stato recapitato ai seguenti destinatari:",
    "ja": "メールを配信できませんでした。",
    "ko": "메일이 전송되지 못하고 반송되었습니다.",
    "tr": "İletiniz aşağıdaki alıcılara teslim edilemedi.",
}
SUBJECTS = {
    "da": "Kan ikke leveres: Tilbud", "no": "Kan ikke leveres: Tilbud", "sv": "Olevererbart: Erbjudande",
    "cs": "Nedoručitelné: Nabídka", "pl": "Niedostarczona wiadomość: Oferta", "it": "Mancato recapito: Offerta",
    "ja": "配信不能: ご提案", "ko": "[반송] 메일 전송 실패", "tr": "Teslim edilemedi: Teklif",
}
# A legacy charset each language's servers still send in, beside UTF-8 (the `words` layout's second copy).
LEGACY = {"da": "iso-8859-1", "no": "iso-8859-1", "sv": "iso-8859-15", "cs": "windows-1250", "pl": "windows-1250",
          "it": "iso-8859-15", "ja": "iso-2022-jp", "ko": "euc-kr", "tr": "iso-8859-9"}
_DAEMON = "Mail Delivery System <MAILER-DAEMON@mail.kunde.example>"


def address(lang: str) -> str:
    return f"lead-{lang}@kunde.example"


def words(tag: str, lang: str, text: str, *, charset: str = "utf-8") -> bytes:
    """The words alone under the language's heading, no code anywhere."""
    cte = "7bit" if charset == "iso-2022-jp" else ("base64" if charset == "utf-8" else "quoted-printable")
    rcpt = address(lang)
    return notice(f"118{tag}", body=f"{HEADS[lang]}\n\n{rcpt}\n{text}\n", charset=charset, cte=cte,
                  subject=SUBJECTS[lang], sender=_DAEMON, rcpt=rcpt, generator=f"plain notice ({lang})")


def report(tag: str, lang: str, reply: str, status: str, *, human: str = "", action: str = "failed") -> bytes:
    """An RFC 3464 report: `reply` (the remote's words) in Diagnostic-Code and, with `human` words, in the human part."""
    rcpt = address(lang)
    body = f"{HEADS[lang]}\n\n{rcpt}\n{human or reply}\n"
    return notice(f"118{tag}", body=body, charset="utf-8", cte="8bit", subject=SUBJECTS[lang], sender=_DAEMON,
                  rcpt=rcpt, generator=f"DSN ({lang})",
                  dsn={"action": action, "status": status, "diag": reply, "remote": MX})


def relay(tag: str, lang: str, reply: str, status: str, *, action: str = "failed") -> bytes:
    """Our Postfix relay's report of the remote reply (English frame, the reply the remote's)."""
    return postfix(f"118{tag}", address(lang), MX, reply, status=status, action=action)


def ndr_da(tag: str, reason: str, reply: str, status: str, *, dsn: bool = True) -> bytes:
    """Office 365's Danish NDR (MS_DA's quoted layout): the reason paragraph, the rejecting organisation, the
    administrators' section with the #status smtp;reply# line; with `dsn` the delivery-status part too."""
    rcpt = address("da")
    body = (f"{HEADS['da']}\n\n{rcpt}\n{reason}\nFølgende organisation afviste din meddelelse: {MX}.\n\n\n"
            "Fejlfindingsoplysninger for administratorer:\n\nGenererende server: smtp.kunde-sender.example\n\n"
            f"{rcpt}\n{MX} #<{MX} #{status} smtp;{reply}> #SMTP#\n")
    return notice(f"118{tag}", body=body, charset="iso-8859-1", cte="quoted-printable",
                  subject="Kan ikke leveres: Tilbud", sender="Microsoft Outlook <postmaster@kunde-sender.example>",
                  rcpt=rcpt, generator="Office 365 NDR, Danish (MS_DA)",
                  dsn={"status": status, "diag": reply, "remote": MX, "reporting": "smtp.kunde-sender.example"}
                  if dsn else None)


def mixed(tag: str, lang: str, human: str, entries: list[tuple[str, str, str, str]]) -> bytes:
    """One report, several recipients: entries of (address, action, status, diagnostic) under `human` words."""
    fields = []
    for rcpt, action, status, diag in entries:
        one = [f"Final-Recipient: rfc822; {rcpt}", f"Action: {action}", f"Status: {status}", f"Remote-MTA: dns; {MX}"]
        if diag:
            one.append(f"Diagnostic-Code: smtp; {diag}")
        fields.append("\n".join(one))
    status = "\n\n".join(fields).encode("utf-8").decode("latin-1")
    head = (f"From: {_DAEMON}\nTo: seller@example.com\nSubject: {_word(SUBJECTS[lang], 'utf-8')}\n"
            f"Date: Thu, 3 Dec 2026 10:00:00 +0100\nMessage-ID: <langs-118{tag}@notice.example>\n"
            f"X-Hand-Made: yes (review 118: mixed report, {lang})\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="M8"\n\n')
    part = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{_body(human, 'utf-8', 'base64')}"
    return (head + f"--M8\n{part}\n--M8\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.kunde.example\n\n"
            f"{status}\n\n--M8\nContent-Type: text/rfc822-headers\n\nFrom: Seller <seller@example.com>\n"
            f"To: {', '.join(e[0] for e in entries)}\nSubject: Offer\nMessage-ID: <orig-118{tag}@example.com>\n\n"
            "--M8--\n").encode("latin-1")


def row(name: str, source: str, raw: bytes, lang: str, hard: bool, reasons: tuple = (), scope: str | None = None,
        delay: bool = False) -> tuple:
    """(name, source, raw, expected) for the one recipient of `lang`."""
    return (f"r118-{lang}-{name}", source, raw, [(address(lang), hard, reasons, scope, delay)])


def both_words(name: str, source: str, lang: str, text: str, *expect, **kw) -> list[tuple]:
    """The `words` layout in UTF-8 and in the language's legacy charset."""
    return [row(f"{name}-words-utf8", source, words(f"{lang}{name}u", lang, text), lang, *expect, **kw),
            row(f"{name}-words-{LEGACY[lang]}", source, words(f"{lang}{name}l", lang, text, charset=LEGACY[lang]),
                lang, *expect, **kw)]


def replies(name: str, source: str, lang: str, reply: str, status: str, *expect, human: str = "",
            action: str = "failed", **kw) -> list[tuple]:
    """A remote reply in the `report` and `relay` layouts (a delay when `action` is delayed)."""
    kw.setdefault("delay", action == "delayed")
    return [row(f"{name}-report", source, report(f"{lang}{name}r", lang, reply, status, human=human, action=action),
                lang, *expect, **kw),
            row(f"{name}-relay", source + " (as our Postfix relay reports the reply)",
                relay(f"{lang}{name}p", lang, reply, status, action=action), lang, *expect, **kw)]
