"""The eighty-first review, part 3: adversarial controls for the two rules it added (part 1,
review_notices81.py, says what the review is).

1. classifier/reasons.py `_x_unix`: a 5.1.1 (the program's EX_NOUSER exit, Postfix's sys_exits mapping)
   beside the program's own words that the user does not exist is userunknown (GNU Mailutils' mda
   "%s: no such user" in its catalog's languages). Controls, each a 5.1.1 from the same program whose
   words say something else from the same catalog: mda's own EX_NOUSER for a URL it cannot parse
   ("%s: cannot create url: %s"), a message, a file or a host that does not exist, and the words said of
   our SENDER (the sender framing written by hand around the catalog's words). True rows: the catalog's
   other wording of the absence, "User does not exist".
2. classifier/mailbox_states.py `_EXCEEDED`: the verb forms "excedió", "överstigen/överstigit",
   "превысил" beside a quota. Controls: the same verbs said of OUR sending quota, in a refusal at MAIL
   FROM (hand-made wording around the catalog's verb; scope sender, never a full mailbox of the
   recipient's), and the catalog's words in a remote server's reply to our sender.

Expectations were written from the words, the status and shared/classifier/taxonomy.md BEFORE the
classifier ran on these rows. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import relayed
from tests.classifier.review_notices47_layouts import PF_PIPE
from tests.classifier.review_notices81_more import _local

R, S = "recipient", "sender"
ROWS: list[tuple] = []
_MU = PF_PIPE + "; GNU Mailutils 3.15 po/{}.po (Debian 12 mailutils-common mailutils.mo), msgid {!r}: {!r}"


def _add(name: str, source: str, raw: bytes, expected: list[tuple]) -> None:
    ROWS.append((f"r81-{name}", source, raw, expected))


# (lang, address, "cannot create url", "message does not exist", "User does not exist", sender's "no such user")
CATALOG = [
    ("de", "anna.schmidt@example.de", "%s: URL konnte nicht erzeugt werden: %s", "Nachricht %s existiert nicht",
     "Benutzer existiert nicht", "%s: kein solcher Benutzer"),
    ("fr", "claire.martin@example.fr", "%s: impossible de créer l'URL : %s", "le message %s n'existe pas",
     "L'utilisateur n'existe pas", "%s: utilisateur inconnu"),
    ("es", "lucia.garcia@example.es", "%s: no se puede crear el url: %s", "no existe el mensaje %s",
     "El usuario no existe", "%s: no existe ese usuario"),
    ("pl", "jan.kowalski@example.pl", "%s: nie można stworzyć URLa: %s", "wiadomość %s nie istnieje",
     "Użytkownik nie istnieje", "%s: brak takiego użytkownika"),
    ("pt_BR", "joao.silva@example.com.br", "%s: não foi possível criar a url: %s", 'a mensagem "%s" não existe',
     "O usuário não existe", "%s: usuário inexistente"),
    ("sv", "erik.larsson@example.se", "%s: kan inte skapa url: %s", None, "Användaren finns inte",
     "%s: ingen sådan användare"),
]
_SENDER_WORD = {"de": "Absender", "fr": "expéditeur", "es": "remitente", "pl": "nadawca", "pt_BR": "remetente",
                "sv": "avsändare"}
for lang, addr, no_url, no_message, no_user, no_such in CATALOG:
    user = addr.split("@")[0]
    soft = [(addr, False, (), None, False)]
    text = no_url % (f"mbox:{user}@@", "Malformed URL")
    _add(f"ctl-mu-{lang}-cannot-create-url", _MU.format(lang, "%s: cannot create url: %s", no_url) +
         " (libmda/deliver.c mda_deliver_to_url: EX_NOUSER for a URL it cannot parse; the error text "
         "'Malformed URL' left English: no word that the user is unknown, so never hard)",
         _local(f"user unknown. Command output: mda: {text} ", status="5.1.1", address=addr), soft)
    if no_message:
        _add(f"ctl-mu-{lang}-message-gone", _MU.format(lang, "message %s does not exist", no_message) +
             " (a message, not a user, under the same 5.1.1 by hand)",
             _local(f"user unknown. Command output: mda: {no_message % '3'} ", status="5.1.1", address=addr), soft)
    _add(f"ctl-mu-{lang}-sender-no-such-user", _MU.format(lang, "%s: no such user", no_such) +
         f" said of our sender ({_SENDER_WORD[lang]!r} and our address before it, written by hand): never hard",
         _local(f"user unknown. Command output: mda: {_SENDER_WORD[lang]} {no_such % 'seller@example.com'} ",
                status="5.1.1", address=addr), soft)
    _add(f"true-mu-{lang}-user-does-not-exist", _MU.format(lang, "User does not exist", no_user) +
         " (the catalog's other wording of the absence, after the user's name, under EX_NOUSER's 5.1.1)",
         _local(f"user unknown. Command output: mda: {user}: {no_user} ", status="5.1.1", address=addr),
         [(addr, True, ("userunknown",), R, False)])
    # A remote server's reply naming our sender with the catalog's words, at MAIL FROM: the sender refused.
    _add(f"ctl-relayed-{lang}-sender-no-such-user", _MU.format(lang, "%s: no such user", no_such) +
         " in a remote reply to MAIL FROM (RFC 5321 s3.3: about the envelope sender; taxonomy s7)",
         relayed(f"553 5.1.8 <seller@example.com>: Sender address rejected: {no_such % 'seller'}", status="5.1.8",
                 command="MAIL", address=addr, remote=f"mx.{addr.split('@')[1]}"),
         [(addr, False, (), S, False)])

# ---- the quota verbs said of our own sending quota, at MAIL FROM (our relay's smarthost or a remote
# server refusing our account): scope sender, never the recipient's full mailbox.
SENDING_QUOTA = [
    ("es", "lucia.garcia@example.es", "554 5.7.0 Su cuenta seller@example.com se excedió la cuota de envío diaria"),
    ("sv", "erik.larsson@example.se", "554 5.7.0 Kontot seller@example.com har överstigit kvoten för utgående "
     "e-post"),
    ("ru", "ivan.petrov@example.ru", "554 5.7.0 Отправитель seller@example.com превысил квоту на отправку писем"),
]
for lang, addr, reply in SENDING_QUOTA:
    _add(f"ctl-sending-quota-{lang}", "review 81's quota verbs (GNU Mailutils' catalog: 'excedió', 'överstigen', "
         "'превысил') said of OUR sending quota, HAND-MADE, in a reply to MAIL FROM (RFC 5321 s3.3; taxonomy s7 "
         "sending limits are sender-side)",
         relayed(reply, status="5.7.0", command="MAIL", address=addr, remote="smtp.ourco.example"),
         [(addr, False, (), S, False)])

# ---- the catalog's "User does not exist" as the error inside "cannot open mailbox %s: %s" (EX_TEMPFAIL):
# a deferral whose words of absence follow a mailbox path; a delay is never hard.
for lang, addr, opener, gone in (
        ("de", "anna.schmidt@example.de", "Postfach %s kann nicht geöffnet werden: %s", "Benutzer existiert nicht"),
        ("fr", "claire.martin@example.fr", "impossible d'ouvrir la boîte aux lettres %s : %s",
         "L'utilisateur n'existe pas")):
    _add(f"ctl-mu-{lang}-cannot-open-user-gone", _MU.format(lang, "cannot open mailbox %s: %s", opener) +
         f" with {gone!r} (msgid 'User does not exist') as its error: EX_TEMPFAIL 4.3.0, a delay warning",
         _local(f"temporary failure. Command output: mda: {opener % ('/var/mail/' + addr.split('@')[0], gone)} ",
                status="4.3.0", address=addr, action="delayed"),
         [(addr, False, (), None, True)])

# ---- the catalog's other "unknown ..." / "no such ..." words, each under EX_NOUSER's 5.1.1 by hand (the
# rule's status): a mailbox TYPE, a command, a module, a group; none says the user is missing.
UNKNOWN_THINGS = [
    ("de", "anna.schmidt@example.de", "unknown mailbox type", "Unbekannter Postfachtyp"),
    ("fr", "claire.martin@example.fr", "unknown mailbox type", "type de boîte aux lettres inconnu"),
    ("es", "lucia.garcia@example.es", "unknown mailbox type", "tipo de buzón desconocido"),
    ("pl", "jan.kowalski@example.pl", "unknown mailbox type", "nieznany typ skrzynki"),
    ("pt_BR", "joao.silva@example.com.br", "unknown mailbox type", "tipo de caixa de correio desconhecida"),
    ("de", "anna.schmidt@example.de", "Unknown command: %s", "Unbekannter Befehl: %s"),
    ("sv", "erik.larsson@example.se", "Unknown command: %s", "Okänt kommando: %s"),
    ("fr", "claire.martin@example.fr", "no such module: %s", "module inconnu : %s"),
    ("es", "lucia.garcia@example.es", "no such module: %s", "no existe ese módulo: %s"),
    ("pl", "jan.kowalski@example.pl", "unknown group: %s", "nieznana grupa: %s"),
    ("pt_BR", "joao.silva@example.com.br", "unknown group: %s", "grupo desconhecido: %s"),
]
for lang, addr, msgid, words in UNKNOWN_THINGS:
    said = words % "x-filter" if "%s" in words else words
    user = addr.split("@")[0]
    _add(f"ctl-mu-{lang}-{msgid.split(':')[0].lower().replace(' ', '-')}", _MU.format(lang, msgid, words) +
         " after the user's name, under 5.1.1 by hand: an unknown thing that is not the user; never hard",
         _local(f"user unknown. Command output: mda: {user}: {said} ", status="5.1.1", address=addr),
         [(addr, False, (), None, False)])

# The same sending-quota replies at RCPT TO (Postfix's smtpd_delay_reject answers a sender restriction
# there, postconf(5)): the words, "your account" / the sender's address, still say whose quota.
for lang, addr, reply in SENDING_QUOTA:
    _add(f"ctl-sending-quota-{lang}-at-rcpt", "review 81's quota verbs said of OUR sending quota (HAND-MADE), "
         "answered at RCPT TO (smtpd_delay_reject): the words name our account or address (taxonomy s7)",
         relayed(reply, status="5.7.0", command="RCPT", address=addr, remote="smtp.ourco.example"),
         [(addr, False, (), S, False)])

# ---- the catalog's "no such user" only QUOTED inside other output (a Sieve script's reject reason in
# quotes, a forwarded sentence), under 5.1.1 by hand: the program does not itself say its user is missing.
QUOTED = [
    ("de", "anna.schmidt@example.de", 'sieve: reject "Hinweis: kein solcher Benutzer im alten Verteiler"'),
    ("fr", "claire.martin@example.fr", "sieve: reject \"l'ancien annuaire disait : utilisateur inconnu\""),
    ("es", "lucia.garcia@example.es", 'sieve: reject "el sistema antiguo decía: no existe ese usuario"'),
]
for lang, addr, output in QUOTED:
    _add(f"ctl-mu-{lang}-quoted-no-such-user", "review 81's x-unix rule: GNU Mailutils' '%s: no such user' "
         "words only quoted inside a Sieve reject reason (HAND-MADE; RFC 5429 reject text is the user's own), "
         "under 5.1.1 by hand: never hard",
         _local(f"user unknown. Command output: mda: {output} ", status="5.1.1", address=addr),
         [(addr, False, (), None, False)])
