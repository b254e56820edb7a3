"""The eighty-sixth review: an adversarial audit of the rules merged from reviews 80, 81, 83 and real round 13.
Part 1 (this module): review 81's delivery-program rule (lexicon.program_says_no_user, reasons._x_unix: a
program's "x: no such user" under EX_NOUSER's 5.1.1 reads hard) and its new quota verbs ("excedió",
"överstigen/överstigit", "превысил", mailbox_states._MAILBOX_QUOTA); review 80/83's scope rules
(severity._OUR_SIDE_REFUSED, _RECIPIENTS_RATE, the suspend of our account, engine's securityerror that names
only us). Part 2 (review_notices86_more.py): review 83's either/or, leavers named like our sender, 5.2.121 and
IP_NAMED_REFUSED, round 13's "away from (the|my) (office|mail)" Subject.

Each attack sits beside a true-positive control. Rows: (name, source, raw, expected), expected written from the
words, the status and shared/classifier/taxonomy.md BEFORE the classifier ran (review_check.py). All notices
HAND-MADE with earlier reviews' builders; test_review_notices86.py runs them."""

from __future__ import annotations

from classifier.records import Reason
from tests.classifier.notices import LEAD, relay_and_gmail, relayed
from tests.classifier.review_notices47_layouts import PF_PIPE, pf_mda
from tests.classifier.review_notices67_layouts import GMAIL, PF

R, S = "recipient", "sender"
def _both(rid: str, *args, **kw) -> list[tuple]:
    return relay_and_gmail(f"r86-{rid}", *args, cites=(PF, GMAIL), **kw)
# Any reading but a full mailbox (a quota that is not the recipient's mailbox's).
NOT_FULL = tuple(r.value for r in Reason if r is not Reason.MAILBOXFULL)
HAND = "hand-made attack: the rule's words where they say something else"
CTRL = "hand-made control: the rule's own case, which must keep its reading"


def soft(scope: str | None, *reasons: str, delay: bool = False) -> list[tuple]:
    return [(LEAD, False, reasons, scope, delay)]


def hard(*reasons: str) -> list[tuple]:
    return [(LEAD, True, reasons, R, False)]


# ---- 1. a delivery program's "x: no such user" under EX_NOUSER (5.1.1) -------------------------------------
MDA = ("GNU Mailutils 3.15 libmda/deliver.c mda_error(_(\"%s: no such user\")) then EX_NOUSER (review 81's "
       "source); the user named is the program's own account, not the recipient")
SYSUSER = ("hand-made: a mailbox_command / pipe(8) wrapper that looks up the SYSTEM account it runs as (Debian "
           "base-passwd's nobody, Postfix's own postfix, a virtual-mail owner vmail, root) and exits EX_NOUSER (67) "
           "when it is missing: the program's configuration, no missing recipient (" + MDA + ")")


def _mda(rid: str, source: str, output: str, expected: list[tuple], *, status: str = "5.1.1",
         lead: str = "user unknown", address: str = LEAD) -> tuple:
    """Postfix local(8)/pipe(8)'s report of a program's exit and output (review 47's pf_mda)."""
    raw = pf_mda(f"{lead}. Command output: {output} ", status=status, diag=f"x-unix; {output}",
                 address=address)
    return (f"r86-xunix-{rid}", f"{source}; {PF_PIPE}", raw.replace(b"charset=us-ascii", b"charset=utf-8"),
            expected)


MAILERERROR = soft(R, "mailererror")
XUNIX_ROWS = [
    # Attacks: the user the program says is missing is a system account, not the recipient (lead@example.org).
    _mda("mail-nobody", SYSUSER, "mail: nobody: no such user", MAILERERROR),
    _mda("maildrop-vmail", SYSUSER, "maildrop: vmail: no such user", MAILERERROR),
    _mda("mda-root", SYSUSER, "mda: root: no such user", MAILERERROR),
    _mda("deliver-postfix", SYSUSER, "deliver: postfix: no such user", MAILERERROR),
    _mda("mda-nobody-de", SYSUSER + " (catalog de: '%s: kein solcher Benutzer')", "mda: nobody: kein solcher Benutzer",
         MAILERERROR),
    _mda("mda-dovecot-fr", SYSUSER + " (catalog fr: '%s: utilisateur inconnu')", "mda: dovecot: utilisateur inconnu",
         MAILERERROR),
    _mda("sudo-unknown-user-vmail", SYSUSER + " (sudo's 'unknown user: %s')", "sudo: unknown user: vmail", MAILERERROR),
    _mda("mda-sender-no-such-user", SYSUSER + " (the sender named)", "mda: sender seller: no such user", MAILERERROR),
    # Controls: the recipient's own user name (review 81's rule as meant): hard.
    _mda("mda-lead", CTRL + " (" + MDA + ")", "mda: lead: no such user", hard("userunknown")),
    _mda("maildrop-lead", CTRL + " (" + MDA + ", as maildrop -d ${user} words it by hand)",
         "maildrop: lead: no such user", hard("userunknown")),
    _mda("mda-lead-de", CTRL + " (catalog de)", "mda: lead: kein solcher Benutzer", hard("userunknown")),
    _mda("mda-dotted-user", CTRL + " (a dotted local part, as review 81's rows)", "mda: anna.schmidt: no such user",
         [("anna.schmidt@example.de", True, ("userunknown",), R, False)], address="anna.schmidt@example.de"),
    _mda("mda-plus-tag", CTRL + " (local(8) strips a +tag before the program runs)", "mda: lead: no such user",
         [("lead+news@example.org", True, ("userunknown",), R, False)], address="lead+news@example.org"),
    # Round 2, controls of review 86's mend (the named user must be the recipient's), expectations before running:
    # the recipient's user in capitals, and the program naming no user at all, stay hard.
    _mda("mda-lead-capitals", CTRL + " (" + MDA + ")", "mda: LEAD: no such user", hard("userunknown")),
    _mda("dovecot-lda-no-user-named", CTRL + " (a program naming no user: 'prog: user doesn't exist')",
         "dovecot-lda: user doesn't exist", hard("userunknown")),
    # Round 2 attacks (expectations before running): our sender's local part and a responder's account named.
    _mda("maildrop-our-sender", SYSUSER + " (our sender's local part, seller, named)", "maildrop: seller: no such "
         "user", MAILERERROR),
    _mda("deliver-vacation-account", SYSUSER + " (a vacation responder's own account)", "deliver: vacation: no such "
         "user", MAILERERROR),
    _mda("bare-user-unknown", CTRL + " (Postfix sys_exits.c's own EX_NOUSER text)", "user unknown",
         hard("userunknown")),
]

# ---- 1b. the new quota verbs about other quotas ----------------------------------------------------------
SMARTHOST = ("hand-made: our smarthost refusing our SENDING quota at MAIL FROM (taxonomy s7: 'over its own "
             "provider's sending limit'), in the language of the verbs review 81 added")
SERVER_DISK = "hand-made: the receiving server's own disk quota (4.3.1, systemfull), the verbs review 81 added"
OTHER_QUOTA = "hand-made: a quota that is neither our sending quota nor the mailbox's (attachments, requests)"
MU_QUOTA = "GNU Mailutils 3.15 po/{}.po '%s: mailbox quota exceeded for this recipient' ({}), as a remote reply"


def _pf(rid: str, source: str, reply: str, status: str, expected: list[tuple], **kw) -> tuple:
    return (f"r86-{rid}-postfix", f"{source}; {PF}", relayed(reply, status=status, **kw), expected)


QUOTA_ROWS = [
    # Attacks: our sending quota, refused at MAIL FROM by our smarthost (the sender's; no full mailbox).
    _pf("es-cuota-diaria-de-envio", SMARTHOST, "550 5.7.1 Usted excedió su cuota diaria de envío", "5.7.1",
        soft(S, *NOT_FULL), command="MAIL"),
    _pf("es-cuota-mensajes-salientes", SMARTHOST, "550 5.7.1 Se excedió la cuota de mensajes salientes", "5.7.1",
        soft(S, *NOT_FULL), command="MAIL"),
    _pf("sv-sandningskvot", SMARTHOST, "550 5.7.1 Du har överstigit din sändningskvot", "5.7.1",
        soft(S, *NOT_FULL), command="MAIL"),
    _pf("sv-kvoten-for-utskick", SMARTHOST, "550 5.7.1 Kvoten för utskick per timme är överstigen", "5.7.1",
        soft(S, *NOT_FULL), command="MAIL"),
    _pf("ru-dnevnuyu-kvotu-otpravki", SMARTHOST, "550 5.7.1 Вы превысили дневную квоту отправки писем", "5.7.1",
        soft(S, *NOT_FULL), command="MAIL"),
    # ...and said at RCPT under Gmail's sending-limit status 5.4.5 (smtpd_delay_reject).
    *_both("es-cuota-diaria-de-envio-545", SMARTHOST + ", at RCPT under 5.4.5", "550 5.4.5 Usted excedió su cuota "
           "diaria de envío", "5.4.5", soft(S, *NOT_FULL)),
    *_both("ru-kvotu-otpravki-545", SMARTHOST + ", at RCPT under 5.4.5", "550 5.4.5 Вы превысили дневную квоту "
           "отправки писем", "5.4.5", soft(S, *NOT_FULL)),
    # Round 2, controls of review 86's wider _SENDING (expectations before running): a mailbox quota with words
    # between it and the verb, and the Swedish mailbox compound, stay full mailboxes.
    *_both("es-cuota-de-su-buzon-excedida", CTRL + " (" + MU_QUOTA.format("es", "se excedió la cuota del buzón") + ")",
           "552 5.2.2 El destinatario excedió la cuota de su buzón", "5.2.2", soft(R, "mailboxfull")),
    *_both("sv-brevladekvot-overstigen", CTRL + " (" + MU_QUOTA.format("sv", "kvot för brevlåda överstigen") + ")",
           "552 5.2.2 Mottagarens brevlådekvot är överstigen", "5.2.2", soft(R, "mailboxfull")),
    *_both("ru-kvotu-yashchika-polzovatelya", CTRL + " (" + MU_QUOTA.format("ru", "пользователь превысил квоту")
           + ")", "552 5.2.2 Получатель превысил квоту почтового ящика пользователя", "5.2.2", soft(R, "mailboxfull")),
    # Attacks: the server's disk (systemfull) and an attachment or request quota (not the mailbox).
    _pf("es-servidor-cuota-de-disco", SERVER_DISK, "452 4.3.1 El servidor excedió su cuota de disco", "4.3.1",
        soft(R, "systemfull", delay=True)),
    _pf("sv-serverns-diskkvot", SERVER_DISK, "452 4.3.1 Serverns diskkvot är överstigen", "4.3.1",
        soft(R, "systemfull", delay=True)),
    _pf("ru-server-kvotu-diska", SERVER_DISK, "452 4.3.1 Сервер превысил квоту дискового пространства", "4.3.1",
        soft(R, "systemfull", delay=True)),
    _pf("es-cuota-de-adjuntos", OTHER_QUOTA, "552 5.3.4 Se excedió la cuota de tamaño de adjuntos", "5.3.4",
        soft(R, "mesgtoobig"), command="DATA"),
    _pf("ru-kvotu-zaprosov", OTHER_QUOTA + " (a rate of our host)", "451 4.7.1 Превысил квоту запросов: слишком "
        "много писем с вашего IP", "4.7.1", soft(S, *NOT_FULL, delay=True)),
    # Controls: the recipient's mailbox quota in the same verbs: mailboxfull, the recipient's.
    *_both("es-cuota-del-buzon", MU_QUOTA.format("es", "se excedió la cuota del buzón"), "552 5.2.2 Se excedió la "
           "cuota del buzón para este destinatario", "5.2.2", soft(R, "mailboxfull")),
    *_both("sv-kvot-for-brevlada", MU_QUOTA.format("sv", "kvot för brevlåda överstigen"), "552 5.2.2 Kvot för "
           "brevlåda överstigen för denna mottagare", "5.2.2", soft(R, "mailboxfull")),
    *_both("ru-kvotu-yashchika", MU_QUOTA.format("ru", "пользователь превысил квоту"), "552 5.2.2 Пользователь "
           "превысил квоту на размер почтового ящика", "5.2.2", soft(R, "mailboxfull")),
]

# ---- 2. scope: our account, our rate, a recipient's refusal --------------------------------------------
OUR_ACCOUNT = ("hand-made: our account suspended, said by our smarthost at RCPT (Postfix smtpd_delay_reject "
               "answers a sender check there, postconf(5)); the sender's account named in a noun phrase")
THEIR_LIST = ("hand-made: the recipient's own block list holds our sender (taxonomy 'filtered': the recipient "
              "blocks the sender), the sender noun first")
RCPT_RATE = ("Google 'Gmail SMTP errors' 450 4.2.1 'The user you are trying to contact is receiving mail too "
             "quickly' (review 80's source), in other languages and words")
OUR_RATE = "Exchange Online 5.2.121 (MC272450) said of OUR mailbox: our sender's hourly limit (review 83's source)"
ACCESS_DB = "Sendmail access db '550 5.7.1 <s>... Access denied' (review 80's securityerror that names only us)"

SCOPE_ROWS = [
    # Attacks, our fault charged to the prospect: our account's suspension with the article the rule lacks.
    *_both("de-konto-des-absenders-gesperrt", OUR_ACCOUNT, "550 5.7.1 Das Konto des Absenders ist gesperrt",
           "5.7.1", soft(S)),
    *_both("fr-compte-de-l-expediteur-suspendu", OUR_ACCOUNT, "550 5.7.1 Le compte de l'expéditeur est suspendu",
           "5.7.1", soft(S)),
    *_both("es-cuenta-del-remitente-suspendida", OUR_ACCOUNT, "550 5.7.1 La cuenta del remitente está suspendida",
           "5.7.1", soft(S)),
    *_both("es-su-cuenta-suspendida", OUR_ACCOUNT + " ('su cuenta', the formal 'your account')", "550 5.7.1 Su "
           "cuenta ha sido suspendida por envío de spam", "5.7.1", soft(S)),
    *_both("en-senders-account-suspended", CTRL + " (" + OUR_ACCOUNT + ")", "550 5.7.1 The sender's account has been "
           "suspended", "5.7.1", soft(S)),
    *_both("en-your-mailbox-hourly-limit", OUR_RATE, "550 5.2.121 Your mailbox has exceeded the hourly message limit",
           "5.2.121", soft(S, "speeding")),
    # Attacks, a recipient's refusal turned into ours: the recipient's own block list (the sender noun first).
    *_both("de-absender-sperrliste-des-benutzers", THEIR_LIST, "550 5.7.1 Absender steht auf der Sperrliste des "
           "Benutzers", "5.7.1", soft(R)),
    *_both("fr-expediteur-liste-de-blocage", THEIR_LIST, "550 5.7.1 L'expéditeur figure sur la liste de blocage de "
           "l'utilisateur", "5.7.1", soft(R)),
    *_both("es-remitente-lista-de-bloqueados", THEIR_LIST, "550 5.7.1 El remitente está en la lista de bloqueados "
           "del usuario", "5.7.1", soft(R)),
    *_both("en-sender-users-blocked-senders", THEIR_LIST, "550 5.7.1 Sender is on the user's blocked senders list",
           "5.7.1", soft(R)),
    *_both("en-sender-blocked-by-recipient", CTRL + " (review 80's _BY_RECIPIENT)", "550 5.7.1 Sender blocked by "
           "recipient", "5.7.1", soft(R)),
    # Controls written after the mends (expectations before running): the recipient's account in the same
    # genitive stays the recipient's; "the user's" that names no list of the recipient's leaves ours ours.
    *_both("es-cuenta-del-destinatario-suspendida", CTRL, "550 5.2.1 La cuenta del destinatario está suspendida",
           "5.2.1", soft(R, "suspend")),
    *_both("de-konto-des-empfaengers-gesperrt", CTRL, "550 5.2.1 Das Konto des Empfängers ist gesperrt", "5.2.1",
           soft(R, "suspend")),
    *_both("en-your-account-suspended-users-guide", CTRL + " (" + OUR_ACCOUNT + ")", "550 5.7.1 Your account has "
           "been suspended; see the user's guide at help.example.net", "5.7.1", soft(S)),
    # The recipient's own receiving rate, in de/fr/es and other English words: the recipient's.
    _pf("de-empfaenger-zu-viele-nachrichten", RCPT_RATE, "450 4.2.1 Der Empfänger erhält zu viele Nachrichten in zu "
        "kurzer Zeit", "4.2.1", soft(R, delay=True)),
    _pf("fr-destinataire-trop-rapidement", RCPT_RATE, "450 4.2.1 Le destinataire reçoit des messages trop "
        "rapidement", "4.2.1", soft(R, delay=True)),
    _pf("es-destinatario-demasiado-rapido", RCPT_RATE, "450 4.2.1 El destinatario está recibiendo correo demasiado "
        "rápido", "4.2.1", soft(R, delay=True)),
    _pf("en-mailbox-you-are-sending-to", RCPT_RATE, "450 4.2.1 The mailbox you are sending to is receiving mail too "
        "quickly", "4.2.1", soft(R, delay=True)),
    _pf("en-user-receiving-too-quickly", CTRL + " (" + RCPT_RATE + ")", "450 4.2.1 The user you are trying to "
        "contact is receiving mail too quickly", "4.2.1", soft(R, "speeding", delay=True)),
    # engine's securityerror naming only us: a group restricted to members (the recipient's rule) and a
    # recipient's personal block list name our address too.
    _pf("group-restricted-names-us", "hand-made: a distribution group that takes mail from members only "
        "(the recipient's own rule), our address named (" + ACCESS_DB + ")", "550 5.7.1 Mail from "
        "sender@example.com to this group is restricted to members", "5.7.1", soft(R)),
    _pf("personal-block-list-names-us", THEIR_LIST + ", our address named", "550 5.7.1 Message from "
        "sender@example.com blocked by the recipient's personal block list", "5.7.1", soft(R)),
    _pf("access-denied-names-us", CTRL + " (" + ACCESS_DB + ")", "550 5.7.1 <sender@example.com>... Access denied",
        "5.7.1", soft(S, "rejected")),
]

ROWS = XUNIX_ROWS + QUOTA_ROWS + SCOPE_ROWS
