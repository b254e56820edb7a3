"""Review 87, part 2 (part 1: review_notices87.py): review 86's lexicon.program_names_another_user (a delivery
program naming the recipient's user with its domain, in another case, with a +tag; an alias's program naming its
target), ours._name_runs and our_people (a dead prospect named by a title and a surname our sender shares), and
the non-English "unknown address" wordings beside the sender's IP or the sending server (lexicon._SHAPE's guards
of review 82). Expectations written BEFORE running; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import relayed
from tests.classifier.review_notices import exim_text, sendmail_text
from tests.classifier.review_notices14_layouts import qmail
from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices47_layouts import PF_PIPE, pf_mda

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
UNK = ("userunknown",)


def _hard(address: str, *reasons: str) -> list[tuple]:
    return [(address, True, reasons, R, False)]


# ---- 1. a delivery program naming the recipient's user (GNU Mailutils' mda, review 81's source) -----------------
MDA = ("GNU Mailutils 3.15 libmda/deliver.c mda_error(_(\"%s: no such user\")) then EX_NOUSER; Postfix local(8) "
       "passes the recipient as the program's user")


def _mda(rid: str, source: str, output: str, expected: list[tuple], address: str) -> tuple:
    raw = pf_mda(f"user unknown. Command output: {output} ", status="5.1.1", diag=f"x-unix; {output}",
                 address=address)
    return (f"r87-xunix-{rid}", f"{source}; {PF_PIPE}", raw, expected)


XUNIX_ROWS = [
    _mda("user-with-domain", "hand-made: " + MDA + " (the user given as the whole address, mda's --url/-u form)",
         "mda: lead@example.org: no such user", _hard("lead@example.org", *UNK), "lead@example.org"),
    _mda("user-other-case", "hand-made: " + MDA + " (the local part as the sender wrote it, mixed case)",
         "mda: Lead.Person: no such user", _hard("lead.person@example.org", *UNK), "lead.person@example.org"),
    _mda("user-with-plus-tag", "hand-made: " + MDA + " (recipient_delimiter not set: the tag kept in $USER)",
         "mda: lead+news: no such user", _hard("lead+news@example.org", *UNK), "lead+news@example.org"),
    # Control: an alias "lead: |/usr/bin/mda lead.person" whose program names its target: the alias exists, its
    # program fails (taxonomy: mailererror, soft), as review 86 read a program's own account.
    _mda("alias-program-names-target", "hand-made control: " + MDA + " (an aliases(5) pipe naming another user)",
         "mda: lead.person: no such user", [("lead@example.org", False, ("mailererror",), R, False)],
         "lead@example.org"),
    _mda("program-own-account", "hand-made control: review 86's own case (" + MDA + ")",
         "mda: nobody: no such user", [("lead@example.org", False, ("mailererror",), R, False)], "lead@example.org"),
]

# ---- 2. a dead prospect named by a title and a surname our sender shares --------------------------------------
# Exchange transport rules' "Reject the message with the explanation" (New-TransportRule -RejectMessageReasonText,
# -RejectMessageEnhancedStatusCode 5.7.1 by default): an administrator's text that the person left.
RULE = ("Exchange transport rule RejectMessageReasonText / RejectMessageEnhancedStatusCode 5.7.1 (New-TransportRule), "
        "the prospect's administrator saying the person left; our relay's Postfix report (notices.relayed)")


def _left(rid: str, source: str, reply: str, expected: list[tuple], *, display: str, address: str) -> tuple:
    raw = relayed(reply, status="5.7.1", address=LEAD, remote=MX).replace(b"sender@example.com", address.encode())
    raw = raw.replace(f"To: {address}\n".encode(), f"To: {display} <{address}>\n".encode()).replace(
        f"From: {address}\n".encode(), f"From: {display} <{address}>\n".encode())
    return (f"r87-left-{rid}", f"{source}; {RULE}", raw, expected)


MOVED = _hard(LEAD, "hasmoved", "userunknown")
LEFT = "550 5.7.1 {} left Partner Corp in March; please write to sales@partner.example"
LEAVER_ROWS = [
    _left("mr-surname-of-comma-name", "hand-made: the prospect Mr Smith; our sender 'Smith, John'",
          LEFT.format("Mr Smith"), MOVED, display='"Smith, John"', address="j.smith@example.com"),
    _left("dr-surname-of-comma-name", "hand-made: the prospect Dr. Brown; our sender 'Brown, Emily'",
          LEFT.format("Dr. Brown"), MOVED, display='"Brown, Emily"', address="emily.brown@example.com"),
    _left("frau-surname-of-comma-name", "hand-made: the prospect Frau Mueller; our sender 'Mueller, Juergen'",
          LEFT.format("Frau Mueller"), MOVED, display='"Mueller, Juergen"', address="j.mueller@example.com"),
    _left("mr-surname-is-our-local-part", "hand-made: the prospect Mr Smith; our sender John Smith <smith@>",
          LEFT.format("Mr Smith"), MOVED, display="John Smith", address="smith@example.com"),
    _left("mr-surname-of-company-piece", "hand-made: the prospect Mr Fischer; our sender 'Sam Sales (Fischer Ltd)'",
          LEFT.format("Mr Fischer"), MOVED, display="Sam Sales (Fischer Ltd)", address="sam@example.com"),
    # Controls: another person who shares our surname (hard); our own sender's whole name (review 83/86: ours).
    _left("other-first-name-same-surname", "hand-made control: another person sharing our sender's surname",
          LEFT.format("Anna Smith"), MOVED, display='"Smith, John"', address="j.smith@example.com"),
    _left("our-whole-name-comma", "hand-made control: review 86's comma name, the leaver our sender",
          LEFT.format("John Smith"), [(LEAD, False, (), "", False)], display='"Smith, John"',
          address="j.smith@example.com"),
]

# ---- 3. "unknown address" in other languages beside the sender's IP or the sending server ----------------------
# Postfix smtpd_reject_footer (postconf(5): the client's address appended to every reject, here in the site's
# language) after the recipient's absence as lexicon's shapes read it; Exchange's localised NDR texts (review 82's
# source: "No se encontró la dirección de correo electrónico", "Nie można odnaleźć wprowadzonego adresu").
LANG = ("hand-made: the recipient's absence in the site's language with a localised smtpd_reject_footer naming the "
        "sender's IP or the sending server (postconf(5) smtpd_reject_footer)")
LANGS = [
    ("pl-nieznany-adres-odbiorcy-ip-nadawcy", "550 5.1.1 Nieznany adres odbiorcy (IP nadawcy: 192.0.2.7)", "5.1.1",
     "RCPT", True, UNK, R),
    ("ru-neizvestnyi-adres-ip-otpravitelya", "550 5.1.1 Неизвестный адрес получателя (IP отправителя: 192.0.2.7)",
     "5.1.1", "RCPT", True, UNK, R),
    ("vi-dia-chi-khong-ton-tai-may-chu-gui", "550 5.1.1 Địa chỉ người nhận không tồn tại (IP máy chủ gửi: "
     "192.0.2.7)", "5.1.1", "RCPT", True, UNK, R),
    ("es-direccion-desconocida-ip-remitente", "550 5.1.1 Dirección de correo desconocida (IP del remitente: "
     "192.0.2.7)", "5.1.1", "RCPT", True, UNK, R),
    ("it-indirizzo-sconosciuto-ip-mittente", f"550 5.1.1 Indirizzo sconosciuto: {LEAD} (IP del mittente 192.0.2.7)",
     "5.1.1", "RCPT", True, UNK, R),
    ("es-no-se-encontro-servidor-ip", "550 5.1.1 No se encontró la dirección de correo electrónico. Servidor "
     "mx.partner.example, IP 192.0.2.10", "5.1.1", "RCPT", True, UNK, R),
    ("pl-nie-mozna-odnalezc-serwer-ip", "550 5.1.1 Nie można odnaleźć wprowadzonego adresu e-mail (serwer "
     "mx.partner.example, IP 192.0.2.10)", "5.1.1", "RCPT", True, UNK, R),
]
LANG_CONTROLS = [  # review 82's own cases: the IP address's or the sender's noun
    ("es-direccion-ip-desconocida", "550 5.7.1 Dirección IP desconocida: 192.0.2.7", "5.7.1", "RCPT", False, (), ANY),
    ("pl-nieznany-adres-nadawcy", "550 5.7.1 Nieznany adres nadawcy", "5.7.1", "RCPT", False, (), ANY),
]

# ---- 4. the providers' own hosts (remote/gmx.skips, remote._beside_a_cause; review 82) --------------------------
# IONOS 'SMTP-Fehlermeldungen der IONOS Mailserver' (GMX/web.de: "550 Requested action not taken: mailbox
# unavailable"; their other replies end "For explanation visit <url>"); Outlook.com's "550 5.5.0 Requested action
# not taken: mailbox unavailable (S2017062302). [<EOP host>]"; mail.ru's "550 Message was not accepted -- invalid
# mailbox.  Local mailbox <a> is unavailable: user not found" (its help page 'Ошибки при отправке писем').
PROV = "IONOS SMTP-Fehlermeldungen (GMX, web.de); Outlook.com 5.5.0 replies; mail.ru help (invalid mailbox)"


def _prov(rid: str, reply: str, status: str, expected_hard: bool, reasons: tuple, scope, *, mx: str,
          address: str) -> tuple:
    return (f"r87-prov-{rid}", f"hand-made: {PROV}; our relay's Postfix report",
            relayed(reply, status=status, address=address, remote=mx), [(address, expected_hard, reasons, scope,
                                                                          False)])


GMX_MX, GMX_LEAD = "mx00.emig.gmx.net", "lead@gmx.de"
OUT_MX, OUT_LEAD = "hotmail-com.olc.protection.outlook.com", "lead@hotmail.com"
RU_MX, RU_LEAD = "mxs.mail.ru", "lead@mail.ru"
PROVIDER_ROWS = [
    _prov("gmx-explanation-line", "550-Requested action not taken: mailbox unavailable 550 For explanation visit "
          "https://www.ionos.com/help/index.php?id=2425", "5.0.0", True, UNK, R, mx=GMX_MX, address=GMX_LEAD),
    _prov("gmx-id-line", "550-Requested action not taken: mailbox unavailable 550 id=1MxAbC-1u2v3w4X5y-00aBcD",
          "5.0.0", True, UNK, R, mx=GMX_MX, address=GMX_LEAD),
    _prov("gmx-please-check-line", "550-Requested action not taken: mailbox unavailable 550 please check the "
          "recipient address", "5.0.0", True, UNK, R, mx=GMX_MX, address=GMX_LEAD),
    _prov("gmx-alone", "550 Requested action not taken: mailbox unavailable", "5.0.0", True, UNK, R, mx=GMX_MX,
          address=GMX_LEAD),
    _prov("outlook-eop-tag", "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
          "[AM6EUR05FT033.eop-eur05.prod.protection.outlook.com]", "5.5.0", True, UNK, R, mx=OUT_MX,
          address=OUT_LEAD),
    _prov("outlook-policy-examples", "550 5.5.0 Requested action not taken: mailbox unavailable (e.g., mailbox not "
          "found, no access, or command rejected for policy reasons)", "5.5.0", True, UNK, R, mx=OUT_MX,
          address=OUT_LEAD),
    _prov("mailru-invalid-mailbox-ip", f"550 Message was not accepted -- invalid mailbox.  Local mailbox {RU_LEAD} "
          "is unavailable: user not found (client 192.0.2.7)", "5.0.0", True, UNK, R, mx=RU_MX, address=RU_LEAD),
    # Controls (review 82's own cases): the cause on the next line, the cause in brackets.
    _prov("gmx-quota-line-control", "550-Requested action not taken: mailbox unavailable 550 Mailbox quota exceeded",
          "5.0.0", False, ("mailboxfull",), R, mx=GMX_MX, address=GMX_LEAD),
    _prov("outlook-full-control", "552 5.2.2 Requested action not taken: mailbox unavailable (mailbox full)",
          "5.2.2", False, ("mailboxfull",), R, mx=OUT_MX, address=OUT_LEAD),
]

# ---- 5. controls of review 87's mends (written before the mends ran on them) ----------------------------------
# soft_wordings._NOT_BESIDE_NO_USER now reads "unknown recipient", "invalid mailbox", "address <a> not found" as
# the recipient's absence: a harvest block naming only counts, or our sender's address, stays our IP's block.
MEND_CONTROLS = [
    ("ip-refused-too-many-invalid-mailboxes", "554 5.7.1 Mail from IP 192.0.2.7 refused: too many invalid mailboxes "
     "tried", "5.7.1", "RCPT", False, (), S),
    ("ip-refused-our-sender-address-not-found", "554 5.7.1 Mail from IP 192.0.2.7 refused: sender address "
     "<seller@example.com> not found", "5.7.1", "RCPT", False, (), S),
    ("ip-refused-unknown-recipients-count", "554 5.7.1 Rejected mail from IP 192.0.2.7: 25 unknown recipients in "
     "one hour", "5.7.1", "RCPT", False, (), ANY),
]

# ---- 6. whole notices of qmail, Exim and Sendmail: their own IP and host lines beside the reply --------------
# qmail-remote.c: "%s does not like recipient.", "Remote host said: ...", "Giving up on %s." (the remote's IP),
# "Connected to %s but sender was rejected."; Exim deliver.c: "SMTP error from remote mail server after RCPT
# TO:<a>:" / "host <name> [<ip>]: <reply>"; Sendmail's errbody and transcript ("... while talking to <host>.:").
MTA = ("qmail-remote.c / qmail-send.c bounce (review_notices14_layouts.qmail); Exim deliver.c plain-text bounce "
       "(review_notices.exim_text); Sendmail savemail.c errbody (review_notices.sendmail_text)")


def _qmail(rid: str, line: str, reply: str, expected: list[tuple], address: str = LEAD) -> tuple:
    report = f"{line}\nRemote host said: {reply}\nGiving up on 192.0.2.10."
    return (f"r87-mta-qmail-{rid}", f"hand-made: {MTA}", qmail(f"r87{rid}", [(address, report)], to=address),
            expected)


def _exim(rid: str, host: str, reply: str, expected: list[tuple], address: str = LEAD) -> tuple:
    block = (f"  {address}\n    SMTP error from remote mail server after RCPT TO:<{address}>:\n    host {host}: "
             f"{reply}\n")
    return (f"r87-mta-exim-{rid}", f"hand-made: {MTA}", exim_text(f"r87{rid}", block, address), expected)


HARD = _hard(LEAD, *UNK)
MTA_ROWS = [
    _qmail("unknown-recipient", "192.0.2.10 does not like recipient.", f"550 5.1.1 <{LEAD}>: Recipient address "
           "rejected: unknown recipient", HARD),
    _qmail("outlook-unavailable", "192.0.2.10 does not like recipient.", "550 5.5.0 Requested action not taken: "
           "mailbox unavailable (S2017062302). [AM6EUR05FT033.eop-eur05.prod.protection.outlook.com]", HARD),
    _qmail("sender-rejected-control", "Connected to 192.0.2.10 but sender was rejected.", "553 5.1.8 "
           "<seller@example.com>: Sender address rejected: Domain not found", [(LEAD, False, (), ANY, False)]),
    _exim("address-not-found-connection-logged", "mx.partner.example [192.0.2.10]", f"550 5.1.1 Address {LEAD} not "
          "found; connection from 192.0.2.7 logged", HARD),
    _exim("gmx-unavailable-explanation", "mx00.emig.gmx.net [212.227.15.9]", "550-Requested action not taken: "
          "mailbox unavailable\n    550 For explanation visit https://www.ionos.com/help/index.php?id=2425",
          _hard("lead@gmx.de", *UNK), "lead@gmx.de"),
    _exim("ip-refused-control", "mx.partner.example [192.0.2.10]", "550 5.7.1 Mail from IP 192.0.2.7 refused: "
          "listed at zen.spamhaus.org", [(LEAD, False, ("blocked",), S, False)]),
    ("r87-mta-sendmail-user-unknown-client-ip", f"hand-made: {MTA}", sendmail_text(
        "r87sm", f"<{LEAD}>\n    (reason: 550 5.1.1 <{LEAD}>... User unknown (client 192.0.2.7))\n",
        f"... while talking to mx.partner.example.:\n>>> RCPT To:<{LEAD}>\n<<< 550 5.1.1 <{LEAD}>... User unknown "
        f"(client 192.0.2.7)\n550 5.1.1 <{LEAD}>... User unknown\n"), HARD),
]

# ---- 7. Exchange Online's Directory-Based Edge Blocking: an absence in 'Access denied' words with its host tag -----
# Microsoft Learn 'Fix email delivery issues for error code 5.4.1 in Exchange Online': "550 5.4.1 Recipient address
# rejected: Access denied. AS(201806281)" is DBEB refusing a recipient the directory does not hold (a dead
# address); 'Exchange Online ... 5.7.1 Service unavailable, Client host [ip] blocked using Spamhaus' our IP.
EXO = "Microsoft Learn: Exchange Online NDR 5.4.1 (DBEB, AS(201806281)) and 5.7.1 'Client host [ip] blocked'"
EXO_ENTRIES = [
    ("dbeb-access-denied", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM12FT012.eop-"
     "nam12.prod.protection.outlook.com 2026-12-05T04:40:00.000Z 08DCABCDEF]", "5.4.1", "RCPT", True, UNK, R),
    ("client-host-blocked-control", "550 5.7.1 Service unavailable, Client host [192.0.2.7] blocked using Spamhaus. "
     "To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.7 AS(1410)", "5.7.1", "RCPT",
     False, ("blocked",), S),
]

ROWS = (PROVIDER_ROWS + MTA_ROWS + rows_relayed("r87-exo", "hand-made: " + EXO, "partner-example.mail.protection."
                                                      "outlook.com", LEAD, EXO_ENTRIES) + rows_relayed("r87-mendc", "hand-made control: Spamhaus-style 'mail from IP <ip> "
                                          "refused' (review 83's shape) with a count or our sender", MX, LEAD,
                                          MEND_CONTROLS)
             + XUNIX_ROWS + LEAVER_ROWS
             + rows_relayed("r87-lang", LANG, MX, LEAD, LANGS) + rows_quoted("r87-lang", LANG, MX, LEAD, LANGS)
             + rows_relayed("r87-langc", "hand-made control: review 82's noun guards", MX, LEAD, LANG_CONTROLS)
             + rows_quoted("r87-langc", "hand-made control: review 82's noun guards", MX, LEAD, LANG_CONTROLS))
