"""Audit 37: an ADVERSARIAL AUDIT of the mends that landed with audit 36, review blocks36, review old36, review
providers36 and real round 21, each attacked in OTHER contexts and layouts than the ones it was written for:
(1) contrast_mentions ("Unlike a 5.4.1 ..." set aside): a contrast with no clause break before the verdict (German
    "Anders als erwartet ..." takes no comma), a contrast said of our sender, quoted in a help line or a person's reply;
(2) ours.answered_by_our_relayhost: our relayhost passing on the prospect's own host's verdict without naming it
    (Exim's callout, Postfix's reject_unknown_recipient_domain), a hosting provider that is our domain and the
    prospect's MX at once, our domain a subdomain of the prospect's or the other way round;
(3) unasserted (a departure in an if-clause or negated): Italian impersonal "Si comunica che", Spanish "Se le informa
    que" / "Se la ha dado de baja", an English if-clause with no comma, conjunctions in other positions;
(4) recipient_blocklists: our IP named in another language or as a bare literal beside "blocked by the recipient", a
    server's list of barred recipients, the Russian IP pattern reaching past its clause or denied after the list;
(5) sendmail_lines: the line naming our sender, the address in another case, two recipients in one transcript, the
    line quoted by qmail-remote and in a person's reply;
(6) Trellix's ETP codes in Gmail's and Exchange Online's notices, Coremail's and the Korean portal's words at our
    relayhost and in Exim's layout, OpenSMTPD's "Invalid recipient: <" beside relay words, Postfix local(8)'s
    'unknown user: "x"' said of a program's own account, GroupWise's status.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit37.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own
from tests.classifier.review_audit35 import exim_final, hard, soft
from tests.classifier.review_audit35_layouts import person_reply, postfix_pipe
from tests.classifier.review_audit37_layouts import relay_report, sendmail86_pair
from tests.classifier.review_blocks36_layouts import sieve_reject
from tests.classifier.review_notices25 import relayed_for
from tests.classifier.review_notices25_layouts import opensmtpd
from tests.classifier.review_old36_layouts import groupwise, postfix1, qmail_send

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
OURS = "smtp.example.com"  # our relay's relayhost: the original's From is at example.com
IP = "198.51.100.7"
NOT_BOUNCE: list[tuple] = []


# Our relay's report (Postfix bounce(8)) of each reply from the prospect's MX, rows named "a37-<group>-<name>".
at = relayed_for("a37", MX, LEAD)


# ---- (1) contrast_mentions ------------------------------------------------------------------------------------------
DUDEN = ("German punctuation (Duden, 'Komma bei Vergleichen': a comparison with 'als' / 'wie' without a verb of its "
         "own takes no comma: 'Anders als erwartet ist ...'); admin-written refusal texts (Exim ':fail: <text>', "
         "Postfix access(5) 'REJECT <text>')")
EN_ADMIN = ("admin-written refusal texts (Postfix access(5) 'REJECT <text>', Exim ':fail: <text>'); RFC 5321 section "
            "4.2.3 (550 'mailbox unavailable'); the wording hand-made")
SPAMCOP = "SpamCop 'blocked using bl.spamcop.net' (its DNSBL's own reply); the help sentence hand-made"
CONTRAST_ROWS = at("c", f"{DUDEN}; {EN_ADMIN}", [
    # A contrast before the verdict with no clause break between them: only the contrast may go, not the verdict.
    ("de-anders-als-erwartet", "550 5.0.0 Anders als erwartet existiert das Postfach lead nicht mehr.", "5.0.0",
     "RCPT", True, ("userunknown",), R),
    ("en-unlike-no-comma", "550 5.0.0 Unlike info@partner.example the address lead@partner.example does not exist.",
     "5.0.0", "RCPT", True, ("userunknown",), R),
    ("es-a-diferencia-no-comma", "550 5.0.0 A diferencia de lo que indica su agenda el buzón no existe.", "5.0.0",
     "RCPT", True, ("userunknown",), R),
    ("nl-tegenstelling-no-comma", "550 5.0.0 In tegenstelling tot het oude adres bestaat deze mailbox niet.",
     "5.0.0", "RCPT", True, ("userunknown",), R),
    # Controls: the verdict asserted beside a contrast with something else.
    ("fr-not-this-then-verdict", "550 5.0.0 Il ne s'agit pas d'une erreur « boîte pleine » : l'utilisateur est "
     "inconnu.", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("en-verdict-unlike-after", "550 5.1.1 Mailbox does not exist, unlike what your address book may say.",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    # The contrast said of our SENDER: the verdict left standing is ours.
    ("en-unlike-sender", "553 5.1.8 Unlike the recipient, your sender domain does not exist.", "5.1.8", "MAIL",
     False, ("rejected",), S),
    # A contrast in other languages beside another cause: not the verdict.
    ("it-a-differenza", "550 5.7.1 A differenza di un utente inesistente, qui è il contenuto del messaggio a essere "
     "rifiutato.", "5.7.1", "DATA", False, (), ANY),
    ("pt-ao-contrario", "550 5.7.1 Ao contrário de um usuário desconhecido, esta recusa vem do filtro de conteúdo.",
     "5.7.1", "DATA", False, (), ANY),
]) + at("c", SPAMCOP, [
    ("help-unlike-quoted", "554 5.7.1 Client host [192.0.2.25] blocked using bl.spamcop.net. Help: unlike 'user "
     "unknown' errors, this one can be fixed: see https://www.spamcop.net/bl.shtml", "5.7.1", "RCPT", False,
     ("blocked",), S),
]) + [
    ("a37-c-person-quotes", "a person's reply quoting the refusal they saw (RFC 5322 In-Reply-To; no mail system's "
     "notice); the words hand-made", person_reply("cq", f"Lena Lead <{LEAD}>", "Hi, our IT told me your first mail "
     "bounced - unlike a 'user unknown' error it was only our spam filter. I'm still here, happy to talk on Tuesday."),
     NOT_BOUNCE),
]

# ---- (2) answered_by_our_relayhost ---------------------------------------------------------------------------------
EXIM_CALLOUT = ("Exim specification ch. 42 'Callout verification' (a recipient verified by callout: a failure is "
                "answered '550-Callout verification failed:' then the remote host's response); our Postfix relay's "
                "bounce(8) joins the multi-line reply")
PF_DOMAIN = ("postconf(5) reject_unknown_recipient_domain ('Recipient address rejected: Domain not found', "
             "unknown_address_reject_code set to 550) at our relayhost: its DNS look-up of the RECIPIENT's domain")
PF_TABLES = ("Postfix smtpd_check.c 'User unknown in virtual mailbox table' / 'in relay recipient table' (the host "
             "serves the recipient's domain: virtual_mailbox_domains / relay_domains); a hosting provider that also "
             "sends its own sales mail from its own domain")
RELAYHOST = "postconf(5) relayhost; Postfix smtpd_check.c 'User unknown' (audit 36's call: our relayhost's is ours)"


def ours(name: str, source: str, reply: str, status: str, command: str | None, expected: list[tuple], *,
         sender: str = "seller@example.com", reporter: str = "mail.example.com", remote: str = OURS,
         address: str = LEAD) -> tuple:
    return (f"a37-{name}", source, relay_report(name, reply, status, command, address=address, sender=sender,
                                                reporter=reporter, remote=remote), expected)


RELAYHOST_ROWS = [
    # Our relayhost verified the recipient at the prospect's host and passes its verdict on, naming only an IP.
    ours("rh-exim-callout", EXIM_CALLOUT, "550-Callout verification failed: 550 550 5.1.1 <lead@partner.example>: "
         "Recipient address rejected: User unknown in local recipient table", "5.1.1", "RCPT", hard("userunknown")),
    # Our relayhost looked the recipient's domain up in the DNS and found none.
    ours("rh-domain-not-found", PF_DOMAIN, "550 5.1.2 <lead@partner.example>: Recipient address rejected: Domain not "
         "found", "5.1.2", "RCPT", hard("hostunknown")),
    # A hosting provider's own sales mail (from example.com) to a customer it hosts: the MX is the provider's.
    ours("rh-hoster-virtual-table", PF_TABLES, "550 5.1.1 <lead@partner.example>: Recipient address rejected: User "
         "unknown in virtual mailbox table", "5.1.1", "RCPT", hard("userunknown"), remote="mx1.example.com"),
    ours("rh-hoster-relay-table", PF_TABLES, "550 5.1.1 <lead@partner.example>: Recipient address rejected: User "
         "unknown in relay recipient table", "5.1.1", "RCPT", hard("userunknown"), remote="mx2.example.com"),
    # Our domain a subdomain of the prospect's (a newsletter domain of the parent company), and the other way round.
    ours("rh-our-subdomain", RELAYHOST, "550 5.1.1 User unknown", "5.1.1", "RCPT", hard("userunknown",
         address="lead@example.com"), sender="seller@news.example.com", reporter="mail.news.example.com",
         remote="mx1.example.com", address="lead@example.com"),
    ours("rh-their-subdomain", RELAYHOST, "550 5.1.1 User unknown", "5.1.1", "RCPT", hard("userunknown",
         address="lead@eu.example.com"), remote="mx.eu.example.com", address="lead@eu.example.com"),
    # Controls: our relayhost's own bare "User unknown", its name in capitals with the root's dot.
    ours("rh-capital-name", RELAYHOST, "550 5.1.1 User unknown", "5.1.1", "RCPT", soft("rejected", scope=S),
         remote="SMTP.EXAMPLE.COM."),
    ours("rh-exim-unrouteable", "Exim's 'Unrouteable address' (a recipient verified at our relayhost, its dnslookup "
         "router finding no host for the recipient's domain)", "550 Unrouteable address", "5.0.0", "RCPT",
         hard("hostunknown")),
    ours("rh-relay-operation", "a Korean portal's '554 Relay operation rejected' (portal_wordings.py's source) said "
         "by our own relayhost", "554 Relay operation rejected", "5.0.0", "RCPT", soft("norelaying", scope=S)),
]

# ---- (3) unasserted ------------------------------------------------------------------------------------------------
DEP = ("admin-written refusals (Exim ':fail:', Postfix access(5) 'REJECT <text>', an Exchange mail flow rule's "
       "rejection text; classifier/departures.py's docstring); the formal openings as each language's business "
       "letters use them (Italian impersonal 'Si comunica che', 'Si prega di'; Spanish 'Se le informa que', 'Se la ha "
       "dado de baja'); hand-made")
DEP_ROWS = at("u", DEP, [
    ("it-si-comunica", "550 5.0.0 Si comunica che la sig.ra Rossi non lavora più presso la nostra azienda.",
     "5.0.0", "RCPT", True, ("hasmoved",), R),
    ("it-si-prega", "550 5.0.0 Si prega di notare che Dana Rossi non fa più parte dell'azienda.", "5.0.0", "RCPT",
     True, ("hasmoved",), R),
    ("it-si-e-dimesso", "550 5.0.0 Si è dimesso e non lavora più presso di noi.", "5.0.0", "RCPT", True,
     ("hasmoved",), R),
    ("es-se-le-informa", "550 5.0.0 Se le informa que el señor Ruiz ya no trabaja en la empresa.", "5.0.0", "RCPT",
     True, ("hasmoved",), R),
    ("es-se-la-baja", "550 5.0.0 Se la ha dado de baja y ya no trabaja en la empresa.", "5.0.0", "RCPT", True,
     ("hasmoved",), R),
    ("es-se-les-comunica", "550 5.0.0 Se les comunica que la señora Ruiz ya no forma parte de la empresa.", "5.0.0",
     "RCPT", True, ("hasmoved",), R),
    ("en-if-no-comma", "550 5.0.0 If you are trying to reach Dana Lee she has left the company. Please write to "
     "info@partner.example", "5.0.0", "RCPT", True, ("hasmoved",), R),
    ("fr-si-bien-que", "550 5.0.0 Madame Lee ne fait plus partie de la société si bien que cette adresse est "
     "fermée.", "5.0.0", "RCPT", True, ("hasmoved", "userunknown"), R),
    ("fr-si-colon", "550 5.0.0 Si vous écrivez à Mme Lee : elle ne fait plus partie de la société.", "5.0.0", "RCPT",
     True, ("hasmoved",), R),
    ("nl-als-role", "550 5.0.0 Als oud-medewerker is Dana niet meer werkzaam bij ons.", "5.0.0", "RCPT", True,
     ("hasmoved",), R),
    ("it-se-ne-andata", "550 5.0.0 Se n'è andata dall'azienda e non lavora più qui.", "5.0.0", "RCPT", True,
     ("hasmoved",), R),
    ("zh-ruguo-after", "550 5.0.0 该员工已离职。如果有业务需要，请联系 info@partner.example", "5.0.0", "RCPT", True,
     ("hasmoved",), R),
    ("en-if-after", "550 5.0.0 Dana Lee has left the company, so write to info@partner.example if needed.",
     "5.0.0", "RCPT", True, ("hasmoved",), R),
    # Still conditions (controls of the mend): not hard.
    ("pt-se-o-senhor", "550 5.7.1 Rejeitado pelo filtro. Se o senhor Costa já não trabalha aqui, o administrador "
     "avisará.", "5.7.1", "DATA", False, (), ANY),
    ("it-qualora", "550 5.7.1 Rifiutato per policy. Qualora il destinatario non lavori più presso di noi, riceverà "
     "un altro avviso.", "5.7.1", "DATA", False, (), ANY),
])

# ---- (4) recipient_blocklists and the Russian IP pattern -----------------------------------------------------------
BL = ("review blocks36's sources (Outlook.com 'Blocked Senders list', Naver 'user's reject list', 'Sender blacklisted "
      "by recipient'); MDaemon's Recipient Block List (a server's list of barred recipients); the other languages' "
      "words hand-made after them")
RU = ("Russian providers' help pages (Mail.ru, Yandex: 'Ваш IP-адрес находится в черном списке'); the mailbox state "
      "'ящик заблокирован' as mailbox_states.py reads it; hand-made")
BLOCK_ROWS = at("b", BL, [
    # Our host named beside "blocked by the recipient": our IP, not the prospect's choice.
    ("bare-ip-by-recipient", "554 5.7.1 Client 192.0.2.25 blacklisted by recipient", "5.7.1", "RCPT", False,
     ("blocked",), S),
    ("es-ip-por-el-destinatario", "550 5.7.1 Bloqueado por el destinatario: su IP 192.0.2.25 figura en la lista "
     "negra de Spamhaus", "5.7.1", "RCPT", False, ("blocked",), S),
    ("de-empfaenger-system-ip", "550 5.7.1 Vom Empfänger System abgelehnt: Ihre IP 192.0.2.25 steht auf der "
     "Spamhaus-Blacklist", "5.7.1", "RCPT", False, ("blocked",), S),
    # The recipient's server, not the recipient: our host.
    ("recipients-gateway-rbl", "550 5.7.1 Connection from 192.0.2.25 blocked by the recipient's gateway (RBL "
     "zen.spamhaus.org)", "5.7.1", "RCPT", False, ("blocked",), S),
    ("recipient-mail-server-domain", "550 5.7.1 Rejected by recipient mail server: sender domain example.com is "
     "blacklisted", "5.7.1", "RCPT", False, (), S),
    ("recipients-spam-filter", "550 5.7.1 Message rejected by the recipient's spam filter", "5.7.1", "DATA", False,
     (), ANY),
    # A server's list of barred RECIPIENTS: the prospect's own address refused, not its choice of senders.
    ("recipient-block-list-barred", "550 5.7.1 <lead@partner.example> blocked by recipient block list", "5.7.1",
     "RCPT", False, ("suspend", "securityerror", "policyviolation", "onhold", "undefined", "rejected"), R),
    # The recipient's own list in Russian (a control of the mend).
    ("ru-recipients-list", "550 5.7.1 Отправитель находится в черном списке получателя", "5.7.1", "RCPT", False,
     ("filtered",), R),
]) + at("b", RU, [
    # The Russian IP pattern reaching past its clause: the recipient's mailbox blocked, our IP fine.
    ("ru-ip-ok-box-blocked", "550 5.2.1 Проверка IP пройдена, ящик получателя заблокирован", "5.2.1", "RCPT",
     False, ("suspend", "filtered"), R),
    # ... and a denial after the list, beside the recipient's absence.
    ("ru-ip-not-listed-unknown", "550 5.1.1 Пользователь не найден. Ваш IP-адрес в черном списке не значится.",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    ("ru-ip-by-recipient", "550 5.7.1 Ваш IP-адрес заблокирован получателем", "5.7.1", "RCPT", False,
     ("blocked",), S),
]) + [
    ("a37-b-person-quotes", "a person's reply quoting a bounce (RFC 5322 In-Reply-To); hand-made",
     person_reply("bq", f"Lena Lead <{LEAD}>", "Hi, your colleague's mail came back with 'Sender blacklisted by "
                  "recipient' - that was our old filter, not me. Please write to me here directly."), NOT_BOUNCE),
    ("a37-b-sieve-blocked", "Pigeonhole's rejection MDN (RFC 5429; review blocks36's sieve_reject), the script's "
     "reason hand-made", sieve_reject("a37sv", "Sorry, all mail from example.com is on my block list."),
     soft("filtered")),
]

# ---- (5) sendmail_lines --------------------------------------------------------------------------------------------
SM = ("sendmail recipient()/usrerr() '<%s>... User unknown' (sendmail 8.6-8.12), as Postfix 1.1's plain bounce "
      "(bounce_notify_util.c of 1.1: no DSN part, no status) and qmail-remote ('Remote host said:') quote it")
SENDMAIL_ROWS = [
    ("a37-s-pf1-our-sender", SM, postfix1("s1", f"<{LEAD}>: host {MX}[{IP}] said: 553 <seller@example.com>... User "
                                          "unknown"), soft(scope=S)),
    ("a37-s-pf1-capitals", SM, postfix1("s2", f"<{LEAD}>: host {MX}[{IP}] said: 550 <LEAD@PARTNER.EXAMPLE>... User "
                                        "unknown"), hard("userunknown")),
    ("a37-s-pf1-other-address", SM, postfix1("s3", f"<{LEAD}>: host {MX}[{IP}] said: 550 <dana@partner.example>... "
                                             "User unknown"), soft()),
    ("a37-s-pf1-trailing-words", SM, postfix1("s6", f"<{LEAD}>: host {MX}[{IP}] said: 550 <{LEAD}>... User unknown; "
                                               "contact postmaster@partner.example"), hard("userunknown")),
    ("a37-s-qmail-remote", SM, qmail_send("s4", [(LEAD, f"{IP} does not like recipient.\nRemote host said: 550 <{LEAD}>"
                                                  "... User unknown\nGiving up on " + IP + ".")]), hard("userunknown")),
    ("a37-s-sm86-two", f"{SM}; two recipients of one message in one transcript",
     sendmail86_pair("s5", "550 <joann@partner.example>... User unknown\n554 <ann@partner.example>... Service "
                     "unavailable", ["ann@partner.example", "joann@partner.example"]),
     [("ann@partner.example", False, (), ANY, False), ("joann@partner.example", True, ("userunknown",), R, False)]),
    ("a37-s-person-quotes", "a person's reply quoting a bounce (RFC 5322 In-Reply-To); hand-made",
     person_reply("sq", f"Lena Lead <{LEAD}>", f"Hi, I got a copy of '550 <{LEAD}>... User unknown' from our old "
                  "server, but that was during the migration. This address works - write any time."), NOT_BOUNCE),
]

# ---- (6) the providers' and servers' tables -----------------------------------------------------------------------
TRELLIX = ("docs.trellix.com Email Security - Cloud 'Error codes' (ETP100 'Invalid recipient': the recipient's domain "
           "matches no customer domain; ETP102: the customer's upstream MTA rejected the recipient); the reply shape "
           "as review providers36 wrote it")
FIREEYE = "mx1.fireeyecloud.com"
TABLE_ROWS = [
    ("a37-t-trellix-etp100-gmail", f"{TRELLIX}; Gmail's own DSN (shared/api/gmail.md section 9)",
     gmail_own("550 5.7.1 Invalid recipient ETP100", status="5.7.1", heading="Address not found",
               body=f"Your message wasn't delivered to {LEAD} because the remote server rejected it.",
               address=LEAD, remote=FIREEYE), soft(scope=ANY)),
    ("a37-t-trellix-etp102-gmail", f"{TRELLIX}; Gmail's own DSN",
     gmail_own(f"550 5.1.1 <{LEAD}> Invalid recipient ETP102", status="5.1.1", heading="Address not found",
               body=f"Your message wasn't delivered to {LEAD} because the address couldn't be found.",
               address=LEAD, remote=FIREEYE), hard("userunknown")),
    ("a37-t-trellix-etp100-exo", f"{TRELLIX}; Exchange Online's NDR (notices.exchange_own)",
     exchange_own("550 5.7.1 Invalid recipient ETP100", status="5.7.1",
                  body=f"Your message to {LEAD} couldn't be delivered.", address=LEAD, remote=FIREEYE),
     soft(scope=ANY)),
    ("a37-t-trellix-etp100-exim", f"{TRELLIX}; Exim's bounce (deliver.c)",
     exim_final("tx0", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550 5.7.1 Invalid recipient "
                "ETP100"), soft(scope=ANY)),
    ("a37-t-coremail-hangup-exim", "icoremail.vip bounce hints ('User hangup': the account put on hold); Exim's bounce",
     exim_final("ch", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550 User hangup"),
     soft("suspend")),
    ("a37-t-opensmtpd-exim", "OpenSMTPD smtp_session.c '550 Invalid recipient: <%s>' (real round 21); Exim's bounce",
     exim_final("os", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550 Invalid recipient: <{LEAD}>"),
     hard("userunknown")),
    ("a37-t-opensmtpd-own-bounce", "OpenSMTPD bounce.c (review 25's layout) quoting a remote '550 Invalid recipient: "
     "<x>'", opensmtpd("a37os", LEAD, f"550 Invalid recipient: <{LEAD}>"), hard("userunknown")),
] + at("t", "OpenSMTPD's 'Invalid recipient: <x>' beside other words (hand-made near-misses); go-smtp conn.go "
       "toSMTPStatus 'blame it on the weather: <err>'; aiosmtpd handle_exception '500 Error: (<class>) <err>'; "
       "Postfix smtpd_check.c 'Relay access denied'", [
    ("invalid-relay-denied", f"554 5.7.1 Invalid recipient: <{LEAD}>: relaying denied", "5.7.1", "RCPT", False,
     ("norelaying",), ANY),
    ("gosmtp-weather-dns", "554 5.0.0 Error: transaction failed, blame it on the weather: dial tcp: lookup "
     "store.internal: no such host", "5.0.0", "DATA", False, ("systemerror",), ANY),
    ("aiosmtpd-decode", "500 Error: (UnicodeDecodeError) 'ascii' codec can't decode byte 0xc3 in position 9",
     "5.0.0", "DATA", False, (), ANY),
    ("invalid-then-full", f"552 5.2.2 Invalid recipient: <{LEAD}> is over quota", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
]) + [
    ("a37-t-local-program-user", "Postfix pipe(8) / pipe_command.c ('Command died with status %d: \"%s\". Command "
     "output: %s'); Postfix local(8)'s 'unknown user: \"%s\"' said here of the program's own account (review 86's "
     "rule: a program's own account missing is mailererror)",
     postfix_pipe(LEAD, 'setuid: unknown user: "vmail"', "5.3.0", code=70, program="/usr/local/bin/deliver"),
     soft("mailererror", "systemerror")),
    ("a37-t-groupwise-capitals", "GroupWise GWIA status '(user or post office not found)' (review old36's source), "
     "the address as the directory spells it (capitals)",
     groupwise("gw", f"\t{LEAD.upper()} (user or post office not found)"), hard("userunknown")),
]

# Added with the mends (after the run): what the mends must leave standing.
MEND_ROWS = at("mend", f"{DEP}; the mends' controls", [
    ("es-si-ya-no", "550 5.7.1 Rechazado por política. Si ya no trabaja en la empresa el administrador le "
     "avisará.", "5.7.1", "DATA", False, (), ANY),
    ("fr-si-le", "550 5.7.1 Refusé par le filtre. Si le destinataire ne fait plus partie de la société, vous "
     "recevrez un autre avis.", "5.7.1", "DATA", False, (), ANY),
    ("it-se-la-signora", "550 5.7.1 Rifiutato dal filtro. Se la signora Rossi non lavora più presso di noi "
     "riceverà un altro avviso.", "5.7.1", "DATA", False, (), ANY),
    ("es-si-usted-colon", "550 5.0.0 Si usted escribe a Dana Ruiz: ya no trabaja en la empresa.", "5.0.0",
     "RCPT", True, ("hasmoved",), R),
]) + at("mend", f"{BL}; the mends' controls", [
    ("ip-context-own-list", "550 5.7.1 [192.0.2.25] Sender seller@example.com is on the recipient's blocked "
     "senders list", "5.7.1", "RCPT", False, ("filtered",), R),
    ("client-host-by-user", "554 5.7.1 Client host [192.0.2.25] blocked by the user", "5.7.1", "RCPT", False,
     ("blocked",), S),
])

ROWS: list[tuple] = CONTRAST_ROWS + RELAYHOST_ROWS + DEP_ROWS + BLOCK_ROWS + SENDMAIL_ROWS + TABLE_ROWS + MEND_ROWS
