"""The thirteenth black-box review's whole notices (review13m): Microsoft 365 / Exchange Online
and Exchange Server non-delivery reports whose user-facing text is in the tenant's language, as
a sales team's prospects' tenants send them. test_review_notices13.py runs them.

What Microsoft localises, and what was found stored: the NDR's user text and its section
labels. Microsoft's localised help pages quote the words of the 5.1.10 NDR's cause ("the email
address you sent the message to doesn't exist or couldn't be found", support.office.com
article 5a04a25a in de-de, fr-fr, nl-nl, sv-se, it-it, pl-pl, nb-no) and the label of the
administrators' section ("Diagnoseinformationen für Administratoren", "Informations de
diagnostic pour les administrateurs", "Informazioni di diagnostica per gli amministratori":
support.microsoft.com article eb34d15e in those languages); Microsoft's NDR anatomy says the
SMTP response under it "is always presented in US-ASCII format", so the diagnostic lines stay
English. The localised headline ("Your message to x couldn't be delivered", "x wasn't found at
example.com", "Action Required Recipient") was NOT found in any stored Microsoft page (Learn's
localised NDR pages show it only in screenshots, and the stored copies are read from their
openings): the rows put the recipient on its own line where Exchange writes that headline, and
name no translation of it. Real localised NDRs pasted by their receivers (pastebin.com: a
Spanish Exchange NDR for 5.1.1 ExRecipNotFound, a Spanish NDR quoting a remote refusal, a
Spanish Outlook "could not be reached" report, a French Exchange Online expiry NDR) are used
marked "weak": third-party copies, not Microsoft's pages. No stored source gave Exchange's
Japanese, Chinese or Portuguese NDR wording (the ja-jp 5.1.10 page's opening does not quote
the cause), so there are no rows for them; Dutch, Swedish, Polish and Norwegian rows keep the
cause in the language and leave the admin label out (not found stored); Thai is there because
its copy of the 5.1.10 article was found.

Each cause is carried in four shapes, as such NDRs reach a sales mailbox:
- `dsn`: the newest-style NDR as it travels (multipart/report: text/plain UTF-8 base64 and
  text/html UTF-8 quoted-printable alternatives, the DSN with Status and Diagnostic-Code, the
  returned headers), after `review_notices2.exo_html`;
- `human`: the same human part with the machine part lost (a gateway or a forward kept only
  the multipart/alternative): the localised cause and the admin section's US-ASCII reply;
- `words`: only the user-facing text survives (a copy stripped to the top of the NDR, headers
  of the original only): the recipient and the localised cause, no status code anywhere;
- `html`: only the HTML alternative survives: the same, in table cells.
Some are also laid out naming two recipients (one not found, with the cause; one over quota,
its reply in the admin section only), in either order, with and without the DSN.

A row: (name, lang, source, raw message, expected) as in review_langs2.py; expected per failed
recipient (address, hard, allowed reasons or None, scope or None, delay). Expectations were
written from Microsoft's words and shared/classifier/taxonomy.md BEFORE the classifier ran.
All HAND-MADE (`X-Hand-Made` says so)."""

from __future__ import annotations

import base64
import quopri

UU = ("userunknown",)
R = "recipient"

# ----------------------------------------------------------------------------- sources
_MS_5110 = ("Microsoft Office 365 help 'Fix email delivery issues for error code 5.1.10' ({0}), support.office.com/"
            "{0}/article/...-5a04a25a-a34f-476b-afc6-007fb92f86a1: the first cause it gives, in Microsoft's words")
_MS_LABEL = ("; the admin section's label from support.microsoft.com/{0}/office/failed-delivery-messages-from-the-"
             "postmaster-...-eb34d15e-1251-4802-995d-78917ecb1de6 ('{1}')")
_MS_ASCII = ("; Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (What's included in an "
             "NDR: the SMTP response 'is always presented in US-ASCII format')")
_PB_ES_5_1_1 = ("pastebin.com/JHaPQHk7 (weak: a Spanish Exchange NDR pasted by its receiver: 'No se pudo encontrar la "
                "dirección de correo electrónico que escribiste. Comprueba la dirección de correo electrónico del "
                "destinatario y trata de volver a mandar el mensaje. Si el problema continúa, comunícate con el "
                "departamento de soporte técnico.', 'Información de diagnóstico para los administradores:', 'Generando "
                "servidor:', \"Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'\", "
                "'Encabezados de mensajes originales:')")
_PB_ES_REMOTE = ("pastebin.com/qSHqkmLq (weak: a Spanish NDR pasted by its receiver: '<host> rechazó tus mensajes a las "
                 "siguientes direcciones de correo:', 'No se pudo entregar el mensaje. Parece que la dirección de correo "
                 "electrónico donde envió el mensaje no se encontraba en el dominio de destino, o bien el buzón de "
                 "correo del destinatario no estaba disponible. Es posible que se haya escrito de forma incorrecta la "
                 "dirección de correo electrónico o que no exista.')")
_PB_ES_501 = ("pastebin.com/9LAaRhhi (weak: a Spanish Outlook/Exchange report pasted by its receiver: 'Algunos de los "
              "destinatarios no recibieron su mensaje.', 'No se puede localizar a los destinatarios siguientes:', "
              "\"Error del servidor: '501 Syntax error in parameters or arguments'\")")
_PB_FR_EXPIRED = ("pastebin.com/HFigDHDT (weak: a French Exchange Online NDR pasted by its receiver: 'Informations de "
                  "diagnostic pour les administrateurs :', 'Serveur de génération :', 'Serveur de réception :', \"Server "
                  "at ... returned '550 5.4.317 Message expired, cannot connect to remote server(421 4.2.1 Unable to "
                  "connect)'\", \"returned '450 4.4.317 Cannot connect to remote server(421 4.2.1 Unable to connect)'\", "
                  "\"En-têtes de message d'origine :\")")

GEN = "AM6PR02MB1234.eurprd02.prod.outlook.com"
_FROM = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@seller.example>"


def _b64(text: str) -> str:
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _head(name: str, subject: str, ctype: str, layout: str) -> str:
    return (f"From: {_FROM}\nTo: seller@example.com\nSubject: {subject}\nDate: Thu, 3 Dec 2026 10:00:02 +0000\n"
            f"Message-ID: <r13-{name}@{GEN}>\nX-Hand-Made: yes (review13m: {layout})\nMIME-Version: 1.0\n"
            f"Content-Type: {ctype}\n")


def _headers_part(address: str, name: str, boundary: str) -> str:
    return (f"--{boundary}\nContent-Type: text/rfc822-headers\n\nFrom: Seller <seller@example.com>\nTo: {address}\n"
            f"Subject: Angebot / offer\nMessage-ID: <r13-orig-{name}@example.com>\n\n")


def _alternative(address: str, cause: str, admin: str) -> str:
    """The newest-style NDR's human part: the recipient where Exchange writes its headline, the
    localised cause, then the admin section (its localised label where one was found stored)."""
    text = f"{address}\n\n{cause}\n\n{admin}"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            f"<table><tr><td><b>{address}</b></td></tr><tr><td>{cause}</td></tr></table>"
            f"<pre>{admin}</pre></body></html>")
    return ('Content-Type: multipart/alternative; differences=Content-Type; boundary="a13"\n\n'
            f"--a13\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n{_b64(text)}\n"
            f"--a13\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            f"{_qp(html)}\n--a13--\n")


def _admin(label: str | None, address: str, diagnostic: str) -> str:
    head = f"{label}\n\nGenerating server: {GEN}\n\n" if label else ""
    return f"{head}{address}\nRemote Server returned '{diagnostic}'\n"


def exo_dsn(name: str, address: str, cause: str, label: str | None, status: str, diagnostic: str) -> bytes:
    """The whole NDR: multipart/report, the human alternatives, the DSN, the returned headers."""
    alt = _alternative(address, cause, _admin(label, address, diagnostic))
    return (_head(name, "Undeliverable: Angebot / offer", 'multipart/report; report-type=delivery-status; '
                  'boundary="r13"', "Exchange Online newest-style NDR, localised cause")
            + f"\n--r13\n{alt}\n--r13\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{GEN}\n\n"
            f"Final-Recipient: rfc822;{address}\nAction: failed\nStatus: {status}\nDiagnostic-Code: smtp;{diagnostic}\n\n"
            + _headers_part(address, name, "r13") + "--r13--\n").encode("ascii")


def exo_human(name: str, address: str, cause: str, label: str | None, diagnostic: str) -> bytes:
    """The human part alone (the machine part lost on the way): the alternatives only."""
    alt = _alternative(address, cause, _admin(label, address, diagnostic))
    ctype, _, body = alt.partition("\n")
    return (_head(name, "Undeliverable: Angebot / offer", ctype.split(": ", 1)[1],
                  "Exchange Online NDR, human part only") + body).encode("ascii")


def exo_words(name: str, address: str, cause: str, cte: str = "quoted-printable") -> bytes:
    """Only the user-facing text survives: the recipient and the localised cause; no code."""
    text = f"{address}\n\n{cause}\n"
    body = _qp(text) if cte == "quoted-printable" else _b64(text)
    return (_head(name, "Angebot / offer", 'multipart/mixed; boundary="w13"', "Exchange NDR stripped to its user text")
            + f"\n--w13\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: {cte}\n\n{body}\n"
            + _headers_part(address, name, "w13") + "--w13--\n").encode("ascii")


def exo_html_only(name: str, address: str, cause: str) -> bytes:
    """Only the HTML alternative survives (a client that keeps the rendered part): the
    recipient and the localised cause in table cells, UTF-8 quoted-printable; no code."""
    html = (f"<html><body><table><tr><td><b>{address}</b></td></tr><tr><td>{cause}</td></tr></table></body></html>")
    return (_head(name, "Undeliverable: Angebot / offer", 'text/html; charset="utf-8"', "Exchange NDR, HTML only")
            + f"Content-Transfer-Encoding: quoted-printable\n\n{_qp(html)}\n").encode("ascii")


def exo_two(name: str, first: str, cause: str, full: str, label: str | None, *, reverse: bool, dsn: bool) -> bytes:
    """An NDR naming two recipients (MS_ANATOMY: 'If delivery failed to more than one recipient,
    the email address of each recipient is listed' with the reason below it): `first` not found
    (the localised cause under it), `full` over quota; `reverse` lists the full one first."""
    unknown = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {first} not found by SMTP address lookup"
    users = [f"{first}\n{cause}\n", f"{full}\n"]
    admins = [f"{first}\nRemote Server returned '{unknown}'\n", f"{full}\nRemote Server returned '552 5.2.2 Mailbox full'\n"]
    if reverse:
        users.reverse()
        admins.reverse()
    head = f"{label}\n\nGenerating server: {GEN}\n\n" if label else ""
    text = "\n".join(users) + "\n" + head + "\n".join(admins)
    part = f"--m13\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n{_b64(text)}\n"
    if not dsn:
        return (_head(name, "Undeliverable: Angebot / offer", 'multipart/mixed; boundary="m13"', "Exchange NDR, two "
                      "recipients, human part only") + "\n" + part + _headers_part(first, name, "m13")
                + "--m13--\n").encode("ascii")
    blocks = [f"Final-Recipient: rfc822;{first}\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;{unknown}\n",
              f"Final-Recipient: rfc822;{full}\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;552 5.2.2 Mailbox full\n"]
    if reverse:
        blocks.reverse()
    return (_head(name, "Undeliverable: Angebot / offer", 'multipart/report; report-type=delivery-status; '
                  'boundary="m13"', "Exchange NDR, two recipients") + "\n" + part
            + f"--m13\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{GEN}\n\n" + "\n".join(blocks)
            + "\n" + _headers_part(first, name, "m13") + "--m13--\n").encode("ascii")


def exchange_text(name: str, address: str, body: str, *, dsn: tuple[str, str] | None = None,
                  subject: str = "Undeliverable: Angebot / offer") -> bytes:
    """An Exchange NDR whose text part is `body` (UTF-8 quoted-printable), with a DSN
    (status, diagnostic) or without one, as the pasted copies show them."""
    part = f"--t13\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n{_qp(body)}\n"
    if dsn is None:
        ctype, tail = 'multipart/mixed; boundary="t13"', ""
    else:
        ctype = 'multipart/report; report-type=delivery-status; boundary="t13"'
        tail = (f"--t13\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{GEN}\n\nFinal-Recipient: "
                f"rfc822;{address}\nAction: failed\nStatus: {dsn[0]}\nDiagnostic-Code: smtp;{dsn[1]}\n\n")
    return (_head(name, subject, ctype, "Exchange NDR text as pasted") + "\n" + part + tail
            + _headers_part(address, name, "t13") + "--t13--\n").encode("ascii")


_ROWS: list[tuple] = []


def _add(name: str, lang: str, source: str, raw: bytes, expected: list[tuple]) -> None:
    _ROWS.append((name, lang, source, raw, expected))


# ------------------------------------------------- 5.1.10's cause in Microsoft's own words, 3 shapes
_CAUSES = {
    "de": ("de-de", "Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, ist nicht vorhanden oder konnte nicht "
           "gefunden werden.", "Diagnoseinformationen für Administratoren:", "kunde@firma.example.de"),
    "fr": ("fr-fr", "L'adresse de courrier à laquelle vous avez envoyé votre message n'existe pas ou est introuvable.",
           "Informations de diagnostic pour les administrateurs :", "client@societe.example.fr"),
    "nl": ("nl-nl", "Het e\u2011mailadres waarnaar u uw bericht hebt verzonden, bestaat niet of kan niet worden "
           "gevonden.", None, "klant@bedrijf.example.nl"),
    "sv": ("sv-se", "E-postadressen du skickade meddelandet till finns inte eller kunde inte hittas.", None,
           "kund@foretag.example.se"),
    "it": ("it-it", "L'indirizzo di posta elettronica a cui è stato inviato il messaggio non esiste o non è stato "
           "trovato.", "Informazioni di diagnostica per gli amministratori:", "cliente@azienda.example.it"),
    "pl": ("pl-pl", "Adres e-mail, na który wysłano wiadomość, nie istnieje lub nie można go było odnaleźć.", None,
           "klient@firma.example.pl"),
    "nb": ("nb-no", "E-postadressen som du sendte meldingen til, eksisterer ikke eller ble ikke funnet.", None,
           "kunde@firma.example.no"),
    # Thai, as the th-th copy of the same article words it ("the email address you sent your
    # message to does not exist or was not found"); Thai writes no spaces between words.
    "th": ("th-th", "ที่อยู่อีเมลที่คุณส่งข้อความของคุณให้ไม่มีอยู่หรือไม่พบ", None, "lukkha@borisat.example.co.th"),
}
for _lang, (_loc, _cause, _label, _addr) in _CAUSES.items():
    _src = _MS_5110.format(_loc) + (_MS_LABEL.format(_loc, _label.rstrip(" :")) if _label else "") + _MS_ASCII
    _diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {_addr} not found by SMTP address lookup"
    _add(f"ms-5110-{_lang}-dsn", _lang, _src, exo_dsn(f"{_lang}-dsn", _addr, _cause, _label, "5.1.10", _diag),
         [(_addr, True, UU, R, False)])
    _add(f"ms-5110-{_lang}-human", _lang, _src + " (the DSN part lost)",
         exo_human(f"{_lang}-human", _addr, _cause, _label, _diag), [(_addr, True, UU, R, False)])
    _add(f"ms-5110-{_lang}-words", _lang, _MS_5110.format(_loc) + " (only the user text survives, no code)",
         exo_words(f"{_lang}-words", _addr, _cause, "base64" if _lang in ("de", "pl", "nb") else "quoted-printable"),
         [(_addr, True, UU, R, False)])

# ------------------------------------------------- the cause in the HTML alternative alone
for _lang, (_loc, _cause, _label, _addr) in _CAUSES.items():
    _add(f"ms-5110-{_lang}-html", _lang, _MS_5110.format(_loc) + " (only the HTML alternative survives, no code)",
         exo_html_only(f"{_lang}-html", _addr, _cause), [(_addr, True, UU, R, False)])

# ------------------------------------------------- two recipients: the localised cause is one's only
# The second recipient's own localised line (a full mailbox) was not found stored: it has the
# admin section's US-ASCII reply only, as Microsoft's anatomy describes that section.
_FULL = ("mailboxfull",)
for _lang, _order, _shape in (("de", "ab", "human"), ("de", "ba", "human"), ("de", "ab", "dsn"), ("de", "ba", "dsn"),
                              ("fr", "ab", "human"), ("fr", "ba", "dsn"), ("it", "ba", "human"),
                              ("sv", "ab", "dsn")):
    _loc, _cause, _label, _addr = _CAUSES[_lang]
    _full = "achat@" + _addr.split("@")[1]
    _add(f"ms-5110-{_lang}-two-{_order}-{_shape}", _lang,
         _MS_5110.format(_loc) + (_MS_LABEL.format(_loc, _label.rstrip(" :")) if _label else "") + _MS_ASCII
         + " (two recipients: the cause is the first one's; the other's full mailbox in the admin section only)",
         exo_two(f"{_lang}-two-{_order}-{_shape}", _addr, _cause, _full, _label, reverse=_order == "ba",
                 dsn=_shape == "dsn"),
         [(_addr, True, UU, R, False), (_full, False, _FULL, R, False)])

# ------------------------------------------------- es: an Exchange NDR for 5.1.1 (weak: a pasted copy)
_ES = "cliente@empresa.example.es"
_ES_CAUSE = ("No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la dirección de correo "
             "electrónico del destinatario y trata de volver a mandar el mensaje. Si el problema continúa, comunícate "
             "con el departamento de soporte técnico.")
_ES_DIAG = "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"
_ES_BODY = (f"{_ES}\n{_ES_CAUSE}\n\nInformación de diagnóstico para los administradores:\n\nGenerando servidor: "
            f"EXCH01.vendedor.example\n\n{_ES}\nRemote Server returned '{_ES_DIAG}'\n\nEncabezados de mensajes originales:\n")
_add("ex-es-5.1.1-text", "es", _PB_ES_5_1_1, exchange_text("es1", _ES, _ES_BODY), [(_ES, True, UU, R, False)])
_add("ex-es-5.1.1-dsn", "es", _PB_ES_5_1_1 + " (with the DSN Exchange attaches)",
     exchange_text("es2", _ES, _ES_BODY, dsn=("5.1.1", _ES_DIAG)), [(_ES, True, UU, R, False)])
_add("ex-es-5.1.1-words", "es", _PB_ES_5_1_1 + " (only the user text survives, no code)",
     exo_words("es3", _ES, _ES_CAUSE), [(_ES, True, UU, R, False)])

# ------------------------------------------------- es: a remote refusal quoted in Spanish (weak)
_ES_REMOTE = ("No se pudo entregar el mensaje. Parece que la dirección de correo electrónico donde envió el mensaje no "
              "se encontraba en el dominio de destino, o bien el buzón de correo del destinatario no estaba disponible. "
              "Es posible que se haya escrito de forma incorrecta la dirección de correo electrónico o que no exista.")
_add("ex-es-remote-not-found-text", "es", _PB_ES_REMOTE + " (no code: the pasted copy's reply is cut off)",
     exchange_text("es4", _ES, f"mx.empresa.example.es rechazó tus mensajes a las siguientes direcciones de correo:\n\n"
                   f"{_ES}\n\n{_ES_REMOTE}\n"), [(_ES, True, UU, R, False)])
_add("ex-es-remote-not-found-words", "es", _PB_ES_REMOTE + " (only the cause, base64)",
     exo_words("es5", _ES, _ES_REMOTE, "base64"), [(_ES, True, UU, R, False)])

# ------------------------------------------------- es: "could not be reached" over a 501 (weak): no hard
_add("outlook-es-501-no-se-puede-localizar", "es", _PB_ES_501 + " ('cannot be reached' is no 'not found')",
     exchange_text("es6", _ES, "Algunos de los destinatarios no recibieron su mensaje.\n\nAsunto: Pedido\nEnviado el: "
                   f"03/12/2026 10:00\n\nNo se puede localizar a los destinatarios siguientes:\n\n'{_ES}' en 03/12/2026 "
                   "10:00\nError del servidor: '501 Syntax error in parameters or arguments'\n",
                   subject="Sin entregar: Pedido"), [(_ES, False, None, None, False)])

# ------------------------------------------------- fr: Exchange Online's expiry NDR (weak)
_FR = "client@societe.example.fr"
_FR_BODY = (f"Informations de diagnostic pour les administrateurs :\n\nServeur de génération : {GEN}\nServeur de "
            f"réception : {GEN}\n\n{_FR}\n12/3/2026 9:56:10 AM - Server at {GEN} returned '550 5.4.317 Message expired, "
            "cannot connect to remote server(421 4.2.1 Unable to connect)'\n12/3/2026 9:46:10 AM - Server at "
            "societe.example.fr (192.0.2.5) returned '450 4.4.317 Cannot connect to remote server(421 4.2.1 Unable to "
            "connect)'\n\nEn-têtes de message d'origine :\n")
_EXPIRED = ("expired", "networkerror")
_add("exo-fr-5.4.317-expired-text", "fr", _PB_FR_EXPIRED, exchange_text("fr1", _FR, _FR_BODY),
     [(_FR, False, _EXPIRED, None, False)])
_add("exo-fr-5.4.317-expired-dsn", "fr", _PB_FR_EXPIRED + " (with the DSN)",
     exchange_text("fr2", _FR, _FR_BODY, dsn=("5.4.317", "550 5.4.317 Message expired, cannot connect to remote "
                                              "server(421 4.2.1 Unable to connect)")),
     [(_FR, False, _EXPIRED, None, False)])

ROWS = tuple(_ROWS)
