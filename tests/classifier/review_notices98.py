"""The ninety-eighth review: the open FALSE HARDS reviews 92, 95 and 96 left (a live prospect marked bounced), mended,
then attacked, each attack beside a control where the same words must stay hard.

1. "Your" mailbox or account deleted / disabled / suspended, said to the reader (our sending client) in the languages
   the classifier reads: the sender's side, not the recipient missing, whatever the 5.1.1 status beside it
   (review 96's Ukrainian 'Вашу скриньку видалено'). Controls: the recipient's box deleted, a help line after the
   recipient is said missing, "your account is not blocked" beside a missing recipient.
2. A missing user's words said of ANOTHER party (our domain's postmaster, a list's owner, a moderator) in a 5.7.1
   quoted without its stage (Gmail's and Exchange Online's notices): not the recipient (review 95). Controls: the
   recipient missing under 5.7.1 with no stage (Yandex's "5.7.1 No such user!"), a postmaster only named after it.
3. The same missing user's words NEGATED ("this is not 'no such user'") in a refusal's help text (review 92).
   Controls: a negation of something else beside the recipient missing.
4. Postfix's reply re-wrapped at 40 columns with a tab, an address the reply names alone on a line: the reply goes
   on, its "(in reply to end of DATA command)" kept (review 95's grid entry). Controls: Postfix's own multi-recipient
   notice, one paragraph each, every recipient's reply its own.

Rows: (name, source, raw, expected), expected written from the words, the status and shared/classifier/taxonomy.md
BEFORE the classifier ran. All HAND-MADE, each following the wording family named in its source."""

from __future__ import annotations

from tests.classifier.notices import relayed
from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices88 import ANY, LEAD, MX, R, S, UNK
from tests.classifier.review_notices92_layouts import winmail
from tests.classifier.variants import TRANSFORMS

GONE = ("userunknown", "hasmoved")


both = both_layouts("r98", MX, LEAD)


# ---- 1. "your" mailbox / account in a state, said to us ------------------------------------------------------------
YOURS = ("hand-made attack following review 96's Ukrainian row and soft_wordings.SENDER_REFUSED's 'your account is "
         "disabled' (a reply speaks to the sending client: 'your' mailbox or account is OURS, as lexicon reads "
         "'your address', 'your domain'): the same said of a mailbox or account deleted, disabled or suspended, in "
         "Ukrainian, Russian, English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, under Postfix's "
         "5.1.1 (smtpd_check.c's unknown-recipient status) at RCPT; taxonomy: our side (rejected), soft")
YOURS_ATTACKS = [
    ("yours-uk-vashu-skrynku-vydaleno", "550 5.1.1 Вашу скриньку видалено", "5.1.1", "RCPT", False, (), S),
    ("yours-uk-vash-oblikovyi-zapys-vydaleno", "550 5.1.1 Ваш обліковий запис видалено", "5.1.1", "RCPT", False, (),
     S),
    ("yours-uk-vashu-poshtovu-skrynku-zablokovano", "550 5.1.1 Вашу поштову скриньку заблоковано", "5.1.1", "RCPT",
     False, (), S),
    ("yours-ru-vasha-uchetnaya-zapis-udalena", "550 5.1.1 Ваша учетная запись удалена", "5.1.1", "RCPT", False, (),
     S),
    ("yours-en-mailbox-has-been-deleted", "550 5.1.1 Your mailbox has been deleted", "5.1.1", "RCPT", False, (), S),
    ("yours-en-email-account-was-removed", "550 5.1.1 Your email account was removed", "5.1.1", "RCPT", False, (), S),
    ("yours-de-postfach-geloescht", "550 5.1.1 Ihr Postfach wurde gelöscht", "5.1.1", "RCPT", False, (), S),
    ("yours-fr-boite-supprimee", "550 5.1.1 Votre boîte aux lettres a été supprimée", "5.1.1", "RCPT", False, (), S),
    ("yours-es-su-buzon-eliminado", "550 5.1.1 Su buzón ha sido eliminado", "5.1.1", "RCPT", False, (), S),
    ("yours-it-tua-casella-eliminata", "550 5.1.1 La tua casella di posta è stata eliminata", "5.1.1", "RCPT", False,
     (), S),
    ("yours-pt-sua-conta-excluida", "550 5.1.1 Sua conta foi excluída", "5.1.1", "RCPT", False, (), S),
    ("yours-nl-uw-mailbox-verwijderd", "550 5.1.1 Uw mailbox is verwijderd", "5.1.1", "RCPT", False, (), S),
    ("yours-pl-twoja-skrzynka-usunieta", "550 5.1.1 Twoja skrzynka została usunięta", "5.1.1", "RCPT", False, (), S),
    ("yours-cs-vase-schranka-smazana", "550 5.1.1 Vaše schránka byla smazána", "5.1.1", "RCPT", False, (), S),
    ("yours-cs-vas-ucet-zrusen", "550 5.1.1 Váš účet byl zrušen", "5.1.1", "RCPT", False, (), S),
    ("yours-en-email-account-closed", "550 5.1.1 Your e-mail account has been closed", "5.1.1", "RCPT", False, (), S),
    ("yours-de-email-konto-gesperrt", "550 5.1.1 Ihr E-Mail-Konto wurde gesperrt", "5.1.1", "RCPT", False, (), S),
    ("yours-uk-bare-550", "550 Вашу скриньку видалено", "5.0.0", "RCPT", False, (), ANY),
    ("yours-en-4xx-suspended", "450 4.2.1 Your mailbox is suspended", "4.2.1", "RCPT", False, (), ANY),
]
YOURS_CONTROLS = [
    # The recipient's own box deleted, in the same words without "your": gone, hard (review 96's rows' family).
    ("yours-c-uk-skrynku-oderzhuvacha-vydaleno", "550 5.1.1 Скриньку одержувача видалено", "5.1.1", "RCPT", True,
     GONE, R),
    ("yours-c-en-mailbox-you-tried-deleted", "550 5.1.1 The mailbox you tried to reach has been deleted", "5.1.1",
     "RCPT", True, GONE, R),
    ("yours-c-de-postfach-des-empfaengers", "550 5.1.1 Das Postfach des Empfängers wurde gelöscht", "5.1.1", "RCPT",
     True, GONE, R),
    # "ihr" after the recipient named in its sentence is "her": the recipient's box (German, lowercased as read).
    ("yours-c-de-empfaengerin-ihr-postfach", "550 5.1.1 Die Empfängerin ist nicht mehr hier, ihr Postfach wurde "
     "gelöscht", "5.1.1", "RCPT", True, GONE, R),
    ("yours-c-es-destinatario-su-buzon", "550 5.1.1 El destinatario no está: su buzón ha sido eliminado", "5.1.1",
     "RCPT", True, GONE, R),
    # "your" before the RECIPIENT's box: the recipient's.
    ("yours-c-en-your-recipients-mailbox", "550 5.1.1 Your recipient's mailbox has been deleted", "5.1.1", "RCPT",
     True, GONE, R),
    ("yours-c-en-your-contacts-mailbox", "550 5.1.1 Your contact's mailbox has been deleted", "5.1.1", "RCPT",
     True, GONE, R),
    # "Your" message, not a box: the recipient's mailbox deleted after it (departures' _NOT_THE_ADDRESS family).
    ("yours-c-en-your-message-then-deleted", "550 5.1.1 Your message could not be delivered. The mailbox has been "
     "deleted.", "5.1.1", "RCPT", True, GONE, R),
    ("yours-c-uk-vash-lyst-skrynku-oderzhuvacha", "550 5.1.1 Ваш лист не доставлено: скриньку одержувача видалено",
     "5.1.1", "RCPT", True, GONE, R),
    # A help line for the server's own users after the recipient is said missing (review 53's family): hard.
    ("yours-c-en-help-line-after-unknown", "550 5.1.1 User unknown. If your mailbox was deleted by mistake, contact "
     "support", "5.1.1", "RCPT", True, UNK, R),
    ("yours-c-ru-help-line-after-unknown", "550 5.1.1 Пользователь не найден. Если ваш ящик заблокирован, обратитесь "
     "в поддержку", "5.1.1", "RCPT", True, UNK, R),
    # Our account said NOT in the state, the recipient missing: hard.
    ("yours-c-en-your-account-not-blocked", "550 5.1.1 Your account is not blocked; the recipient does not exist",
     "5.1.1", "RCPT", True, UNK, R),
    # Our account in the state AND the recipient missing, said apart: the recipient's absence is said; hard.
    ("yours-c-en-both-said", "550 5.1.1 Mailbox lead@partner.example does not exist (your mailbox is suspended too)",
     "5.1.1", "RCPT", True, UNK, R),
]

# ---- 2. a missing user's words said of another party, 5.7.1, no stage ----------------------------------------------
OTHER = ("hand-made attack following review 95's qmail rows (qmail-local.c's 'Sorry, no mailbox here by that name.') "
         "and Postfix's 'User unknown' wording (local(8)), said of ANOTHER party than the recipient: our domain's "
         "postmaster or abuse address (RFC 2142 role mailboxes), a list's owner or moderator, in a 5.7.1 refusal "
         "after DATA (quoted by Gmail and Exchange Online without the stage); taxonomy: not the recipient's "
         "address, soft")
OTHER_ATTACKS = [
    ("other-our-postmaster-bounces", "550 5.7.1 Your domain's postmaster bounces: no such user here", "5.7.1", "DATA",
     False, (), ANY),
    ("other-abuse-address-returns", "550 5.7.1 Message refused: the abuse address of your domain returns 'user "
     "unknown'", "5.7.1", "DATA", False, (), ANY),
    ("other-moderator-bounces", "550 5.7.1 The list moderator <mod-sales@lists.partner.example> bounced (sorry, no "
     "mailbox here by that name); posts are held", "5.7.1", "DATA", False, (), ANY),
    ("other-hostmaster-answered", "550 5.7.1 The hostmaster of your domain answered 'mailbox does not exist'; fix "
     "your domain's contacts", "5.7.1", "DATA", False, (), ANY),
    ("other-list-owner-rejects", "550 5.7.1 List owner address rejects mail: user unknown; the list is closed to "
     "posts", "5.7.1", "DATA", False, (), ANY),
]
OTHER_ATTACKS += [  # the same at RCPT (a list's own server refusing at RCPT while its owner bounces)
    ("other-list-owner-bounces-rcpt", "550 5.7.1 The list owner bounces: no such user; posts refused", "5.7.1", "RCPT",
     False, (), ANY),
]
OTHER_CONTROLS = [
    # The recipient missing under 5.7.1 (Yandex's "5.7.1 No such user!", review 95's standing call): hard.
    ("other-c-yandex-no-such-user", "550 5.7.1 No such user!", "5.7.1", "RCPT", True, UNK, R),
    # A postmaster only named AFTER the recipient's absence, or as a label: the recipient missing, hard.
    ("other-c-postmaster-notified", "550 5.7.1 No such user here; postmaster notified", "5.7.1", "RCPT", True, UNK,
     R),
    ("other-c-postmaster-label", "550 5.7.1 Postmaster: no such user here", "5.7.1", "RCPT", True, UNK, R),
    # A role that bounces named only AFTER the recipient's own absence, in another clause: hard.
    ("other-c-unknown-then-postmaster-bounces", "550 5.7.1 No such user lead@partner.example; your postmaster "
     "bounces too", "5.7.1", "RCPT", True, UNK, R),
    ("other-c-contact-postmaster", "550 5.7.1 Sorry, no mailbox here by that name. Contact the postmaster of "
     "partner.example", "5.7.1", "RCPT", True, UNK, R),
]

# ---- 3. a missing user's words negated -----------------------------------------------------------------------------
NEG = ("hand-made attack following review 92's Winmail row: a refusal naming a cause (a DNS blocklist as Postfix's "
       "reject_rbl_client words it, 'Client host [ip] blocked using <list>', smtpd_check.c; a content policy) whose "
       "help text mentions a missing user's words only to deny them ('this is not ...'); taxonomy: the cause "
       "(blocked / filtered), soft")
NEG_ATTACKS = [
    ("neg-not-user-unknown-policy", "550 5.7.1 Blocked by policy; this is not 'user unknown', the recipient exists",
     "5.7.1", "DATA", False, (), ANY),
    ("neg-isnt-no-such-user-spamcop", "554 5.7.1 Client host [192.0.2.7] blocked using bl.spamcop.net; this isn't "
     "'no such user', your host is listed", "5.7.1", "DATA", False, (), ANY),
    ("neg-not-no-mailbox-double-quotes", "550 5.7.1 Content rejected. Note: not \"sorry, no mailbox here by that "
     "name\", your message was refused", "5.7.1", "DATA", False, (), ANY),
]
NEG_ATTACKS += [  # the same at RCPT (Postfix checks the client at RCPT by default: smtpd_delay_reject)
    ("neg-isnt-no-such-user-spamcop-rcpt", "554 5.7.1 Client host [192.0.2.7] blocked using bl.spamcop.net; this "
     "isn't 'no such user', your host is listed", "5.7.1", "RCPT", False, ("blocked",), S),
    ("neg-not-user-unknown-policy-rcpt", "550 5.7.1 Blocked by policy; this is not 'user unknown', the recipient "
     "exists", "5.7.1", "RCPT", False, (), ANY),
]
NEG_CONTROLS = [
    # The negation denies something else; the recipient's absence stands: hard.
    ("neg-c-not-temporary", "550 5.7.1 User unknown (this is not a 'temporary' error)", "5.7.1", "RCPT", True, UNK,
     R),
    ("neg-c-address-not-valid-quoted", "550 5.7.1 Address not \"valid\": no such user here", "5.7.1", "RCPT", True,
     UNK, R),
    ("neg-c-not-mailbox-full", "550 5.7.1 No such user, and not 'mailbox full' as before", "5.7.1", "RCPT", True,
     UNK, R),
]
WIN = ("hand-made following Magic Winmail Server's bounce layout (winmail.cn/ndr, review 92's builder) and Postfix's "
       "reject_rbl_client reply (smtpd_check.c)")
WIN_ROWS = [
    ("r98-win-neg-isnt-no-mailbox", WIN + ": the phrase denied in the help text (attack, soft)",
     winmail("w1", [(LEAD, "remote server said: 554 5.7.1 Client host [192.0.2.7] blocked using bl.spamcop.net; "
                     "note: this isn't 'sorry, no mailbox here by that name', your host is listed")], to=LEAD),
     [(LEAD, False, ("blocked",), S, False)]),
    ("r98-win-c-no-mailbox", WIN + ": qmail-local's whole verdict (control, hard)",
     winmail("w2", [(LEAD, "sorry, no mailbox here by that name. (#5.1.1)")], to=LEAD), [(LEAD, True, UNK, R, False)]),
]

# ---- 4. a reply re-wrapped at 40 columns with a tab, a named address alone on a line -------------------------------
WRAP = ("hand-made following Postfix's bounce(8) layout (bounce_notify_util.c: '<rcpt>: host x[ip] said: <reply> (in "
        "reply to end of DATA command)') re-wrapped at 40 columns with a tab (a gateway's line width, "
        "tests/classifier/variants.py wrap_40_tab): an address the reply names alone on a line of its own")
_WRAP40 = TRANSFORMS["wrap_40_tab"]


def _wrapped(name: str, reply: str, status: str, expected: list[tuple]) -> tuple:
    return (f"r98-wrap-{name}", WRAP, _WRAP40(relayed(reply, status=status, command="DATA", remote=MX, address=LEAD)),
            expected)


WRAP_ROWS = [
    # After DATA, a named third party's words (the list owner's, review 95): the stage kept, soft.
    _wrapped("list-owner-data", "550 5.7.1 List owner <owner-sales@lists.partner.example> bounces (sorry, no "
             "mailbox here by that name); the list refuses posts until it is fixed", "5.7.1",
             [(LEAD, False, (), ANY, False)]),
    # A copy's target named alone on its wrapped line: before review 98 the stage was lost there and "no such user"
    # under 5.7.1 read the recipient missing (a false hard); with the stage, a filter after DATA: soft.
    _wrapped("copy-to-data", "550 5.7.1 Copy to <archive-sales@partner.example> refused (no such user); the rule "
             "drops the message", "5.7.1", [(LEAD, False, (), ANY, False)]),
    _wrapped("forward-to-data", "550 5.7.1 Content refused for mail forwarded to <archive-sales@partner.example> "
             "by rule; user unknown there", "5.7.1", [(LEAD, False, (), ANY, False)]),
    # Controls: the recipient's own absence wrapped the same way stays hard.
    _wrapped("c-unknown-rcpt-own", "550 5.1.1 <lead@partner.example>: Recipient address rejected: User unknown in "
             "virtual mailbox table", "5.1.1", [(LEAD, True, UNK, R, False)]),
]

KIM = "kim@partner.example"


def _two_recipients(lead_reply: str, lead_status: str, kim_reply: str, kim_status: str) -> bytes:
    """Postfix's bounce(8) notice of two recipients, one "<rcpt>: ..." paragraph each (bounce_notify_util.c)."""
    def said(reply: str, verb: str) -> str:
        return f"host {MX}[192.0.2.7] said: {reply} (in reply to {verb} command)"

    def dsn(address: str, status: str, reply: str) -> str:
        return (f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: {status}\nRemote-MTA: dns; {MX}\n"
                f"Diagnostic-Code: smtp; {reply}\n\n")
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: sender@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix bounce(8) layout, src/bounce/bounce_notify_util.c)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B0"\n\n'
        "--B0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "This is the mail system at host mail.example.com.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        f"<{LEAD}>: {said(lead_reply, 'RCPT TO')}\n\n<{KIM}>: {said(kim_reply, 'end of DATA')}\n\n"
        "--B0\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n"
        + dsn(LEAD, lead_status, lead_reply) + dsn(KIM, kim_status, kim_reply)
        + "--B0\nContent-Type: text/rfc822-headers\n\nFrom: sender@example.com\nTo: lead@partner.example, "
        "kim@partner.example\nSubject: Hello\nMessage-ID: <hand-made-98@example.com>\n\n--B0--\n").encode()


# Controls: two recipients' paragraphs re-wrapped the same way, each reply its own (the second names the first's
# address alone on a wrapped line inside its own paragraph: still the second's reply).
WRAP_ROWS += [
    (f"r98-wrap-c-two-recipients{name}", WRAP + " (two recipients, " + why + ")", wrap(_two_recipients(
        "550 5.1.1 <lead@partner.example>: Recipient address rejected: User unknown in virtual mailbox table",
        "5.1.1", "554 5.7.1 Message refused as spam; a copy for <lead@partner.example> was not kept either", "5.7.1")),
     [(LEAD, True, UNK, R, False), (KIM, False, (), ANY, False)])
    for name, why, wrap in (("", "unwrapped", lambda raw: raw), ("-wrapped", "wrapped at 40 with a tab", _WRAP40))
]

ROWS: list[tuple] = (both("yours", YOURS, YOURS_ATTACKS) + both("yours", YOURS + " (controls: hard)", YOURS_CONTROLS)
                     + both("other", OTHER, OTHER_ATTACKS) + both("other", OTHER + " (controls: hard)", OTHER_CONTROLS)
                     + both("neg", NEG, NEG_ATTACKS) + both("neg", NEG + " (controls: hard)", NEG_CONTROLS)
                     + WIN_ROWS + WRAP_ROWS)
