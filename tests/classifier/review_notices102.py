"""The hundred-and-second review: an adversarial audit of review 98's mends, each attack beside a control.

1. lexicon_more.YOUR_BOX_OFF ("your" mailbox or account deleted / disabled: our side). FALSE SOFTS: replies that
   address their reader loosely ("Your message ... : mailbox deleted", "Ihre Nachricht ans Postfach ...: Postfach
   gelöscht", "Ваше письмо на ящик отклонено: ящик удален"), another person's box ("your colleague's mailbox"),
   "ihr" after the recipient named by another noun ("Die Mitarbeiterin ... ihr Postfach"). Under 5.2.1 the same:
   the recipient's box (scope recipient), never our account. FALSE HARDS: our own box in words the table lacked
   ("inactive", "expired"; European Portuguese "A sua conta").
2. said_of_others (missing-user words said of another party, or denied). FALSE SOFTS: real "no such user" replies
   naming a role in passing (a contact line, an abuse line), a remote postmaster or a domain's / mailbox's owner as
   the one SPEAKING of the recipient, a denial of something else.
3. formats/dsn.lines_about (a bare address wrapped inside a "<rcpt>:" paragraph continues the reply). FALSE HARDS /
   wrong recipients: text-only multi-recipient notices (Postfix, qmail, Exim, Sendmail layouts) wrapped at 40/60/72,
   the next recipient's long address alone on a line, a soft recipient before a gone one.

Rows: (name, source, raw, expected), expected written from the words, the status and shared/classifier/taxonomy.md
BEFORE the classifier ran. All HAND-MADE, each following the wording family named in its source."""

from __future__ import annotations

from tests.classifier import casing
from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices88 import ANY, LEAD, MX, R, S, UNK
from tests.classifier.variants import _plain

GONE = ("userunknown", "hasmoved")


both = both_layouts("r102", MX, LEAD)


# ---- 1. "your" said loosely: the recipient's box all the same --------------------------------------------------
LOOSE = ("hand-made attack on lexicon_more.YOUR_BOX_OFF following Exchange's NDR wording ('Your message couldn't be "
         "delivered', learn.microsoft.com 'Email non-delivery reports in Exchange Online') and Postfix's 5.1.1 at RCPT "
         "(smtpd_check.c): the reply addresses its reader about the MESSAGE, the mailbox deleted is the recipient's "
         "(taxonomy: userunknown, hard)")
LOOSE_ATTACKS = [
    ("loose-en-because-recipients-mailbox", "550 5.1.1 Your message couldn't be delivered because the recipient's "
     "mailbox was deleted", "5.1.1", "RCPT", True, GONE, R),
    ("loose-en-message-to-address", "550 5.1.1 Your message to lead@partner.example: mailbox deleted", "5.1.1",
     "RCPT", True, GONE, R),
    ("loose-en-mail-to-this-account", "550 5.1.1 Your mail to this account was rejected: account deleted", "5.1.1",
     "RCPT", True, GONE, R),
    ("loose-de-nachricht-postfach-geloescht", "550 5.1.1 Ihre Nachricht konnte nicht zugestellt werden: Postfach "
     "gelöscht", "5.1.1", "RCPT", True, GONE, R),
    ("loose-de-mail-ans-postfach", "550 5.1.1 Ihre Mail ans Postfach wurde abgewiesen, Postfach gelöscht", "5.1.1",
     "RCPT", True, GONE, R),
    ("loose-fr-destinataire-supprimee", "550 5.1.1 Votre message n'a pas pu être remis : la boîte aux lettres du "
     "destinataire a été supprimée", "5.1.1", "RCPT", True, GONE, R),
    ("loose-ru-pismo-na-yashchik", "550 5.1.1 Ваше письмо на ящик отклонено: ящик удален", "5.1.1", "RCPT", True,
     GONE, R),
    ("loose-ru-pismo-ne-dostavleno", "550 5.1.1 Ваше письмо не доставлено: ящик удален", "5.1.1", "RCPT", True, GONE,
     R),
    ("loose-pl-wiadomosc-do-skrzynki", "550 5.1.1 Twoja wiadomość do skrzynki została odrzucona: skrzynka usunięta",
     "5.1.1", "RCPT", True, GONE, R),
    ("loose-pl-wiadomosc-nie-dostarczona", "550 5.1.1 Twoja wiadomość nie została dostarczona: skrzynka usunięta",
     "5.1.1", "RCPT", True, GONE, R),
    ("loose-it-messaggio-alla-casella", "550 5.1.1 Il tuo messaggio alla casella è stato respinto: casella eliminata",
     "5.1.1", "RCPT", True, GONE, R),
    ("loose-nl-bericht-aan-mailbox", "550 5.1.1 Uw bericht aan mailbox is geweigerd: mailbox verwijderd", "5.1.1",
     "RCPT", True, GONE, R),
    # Another person's box: "your <someone>'s mailbox" (review 98 excluded only recipient / contact / ...).
    ("loose-en-your-colleagues-mailbox", "550 5.1.1 Your colleague's mailbox has been deleted", "5.1.1", "RCPT", True,
     GONE, R),
    ("loose-en-your-customers-account", "550 5.1.1 Your customer's account was removed", "5.1.1", "RCPT", True, GONE,
     R),
    # "ihr" after the recipient named as a person, not "Empfänger" (RECIPIENT_BEFORE's nouns): "her" box.
    ("loose-de-mitarbeiterin-ihr-postfach", "550 5.1.1 Die Mitarbeiterin ist ausgeschieden, ihr Postfach wurde "
     "gelöscht", "5.1.1", "RCPT", True, GONE, R),
    ("loose-de-benutzerin-ihr-postfach", "550 5.1.1 Die Benutzerin hat uns verlassen, ihr Postfach wurde gelöscht",
     "5.1.1", "RCPT", True, GONE, R),
]
LOOSE_CONTROLS = [
    # Our own box, said to us in the same layouts: ours, soft (review 98's rows' family).
    ("loose-c-en-your-mailbox-deleted", "550 5.1.1 Your mailbox has been deleted", "5.1.1", "RCPT", False, (), S),
    ("loose-c-de-ihr-postfach-geloescht", "550 5.1.1 Ihr Postfach wurde gelöscht", "5.1.1", "RCPT", False, (), S),
    ("loose-c-ru-vash-yashchik-udalen", "550 5.1.1 Ваш почтовый ящик удален", "5.1.1", "RCPT", False, (), S),
    ("loose-c-pl-twoja-skrzynka-usunieta", "550 5.1.1 Twoja skrzynka pocztowa została usunięta", "5.1.1", "RCPT",
     False, (), S),
    ("loose-c-en-your-e-mail-account-closed", "550 5.1.1 Your e-mail account was closed", "5.1.1", "RCPT", False,
     (), S),
    ("loose-c-en-your-organizations-account", "550 5.1.1 Your organization's account has been suspended", "5.1.1",
     "RCPT", False, (), S),
    ("loose-c-de-ihr-konto-nach-person", "550 5.1.1 Ihr Konto wurde gesperrt", "5.1.1", "RCPT", False, (), S),
    # Spanish "su" not at the reply's start, after the user named: "his/her" account (review 98's rule): hard.
    ("loose-c-es-usuario-su-cuenta", "550 5.1.1 El usuario ya no trabaja aquí; su cuenta fue eliminada", "5.1.1",
     "RCPT", True, GONE, R),
]

# departures' "your / message" words before a deleted box are cut at a colon (review 102's mend of the Russian rows):
# what stands after it is the recipient's box; a message deleted, our login refused or "your" box after it stay ours.
COLON = ("hand-made control for departures._not_the_address following review 70's and 71's rows (a message deleted by "
         "a filter, 'SASL authentication failed ... account deleted') and review 93's Russian 'Почтовый ящик удален', "
         "at RCPT under 5.7.1 and after DATA; taxonomy: not the recipient's address, soft")
COLON_CONTROLS = [
    ("colon-c-ru-pismo-udaleno-spam", "554 5.7.1 Ваше письмо удалено: спам", "5.7.1", "DATA", False, (), ANY),
    ("colon-c-ru-otkloneno-vash-yashchik", "554 5.7.1 Сообщение отклонено: ваш ящик удален", "5.7.1", "RCPT", False,
     (), ANY),
    ("colon-c-en-sasl-account-deleted", "535 5.7.8 SASL authentication failed: account deleted", "5.7.8", "RCPT",
     False, (), ANY),
    # Our own account named before the colon: the account deleted after it is ours (scope sender, soft).
    ("colon-c-ru-pismo-s-vashego-akkaunta", "550 5.7.1 Письмо с вашего аккаунта отклонено: аккаунт удален", "5.7.1",
     "RCPT", False, (), S),
    ("colon-c-de-von-ihrem-konto", "550 5.0.0 Ihre Nachricht von Ihrem Konto abgelehnt: Konto gelöscht", "5.0.0",
     "RCPT", False, (), S),
    ("colon-c-en-mail-from-your-account", "550 5.7.1 Mail from your account refused: account deleted", "5.7.1",
     "RCPT", False, (), S),
    ("colon-c-en-message-deleted-by-filter", "554 5.7.1 Your message to this address was deleted by the content "
     "filter", "5.7.1", "DATA", False, (), ANY),
]
COLON_ATTACKS = [
    ("colon-ru-soobshchenie-otkloneno-yashchik", "550 5.7.1 Ваше сообщение отклонено: почтовый ящик удален", "5.7.1",
     "RCPT", True, GONE, R),
]

# Under 5.2.1 (mailbox disabled, RFC 3463): the recipient's box disabled, never our account: scope recipient, soft.
DISABLED = ("hand-made attack following RFC 3463's X.2.1 'mailbox disabled, not accepting messages', Gmail's "
            "'550 5.2.1 The email account that you tried to reach is disabled' (Google Workspace Admin Help 3726730 "
            "'Gmail SMTP errors and codes') and Exchange's NDR opening 'Your message couldn't be delivered': the "
            "recipient's box disabled (taxonomy: suspend/filtered, the recipient's side, soft)")
DISABLED_ROWS = [
    ("dis-gmail-account-you-tried", "550 5.2.1 The email account that you tried to reach is disabled.", "5.2.1",
     "RCPT", False, (), R),
    ("dis-en-because-recipients-mailbox", "550 5.2.1 Your message couldn't be delivered because the recipient's "
     "mailbox is disabled", "5.2.1", "RCPT", False, (), R),
    ("dis-en-message-to-address", "550 5.2.1 Your message to lead@partner.example: mailbox disabled", "5.2.1",
     "RCPT", False, (), R),
    ("dis-de-nachricht-an-postfach-deaktiviert", "550 5.2.1 Ihre Nachricht an lead@partner.example: Postfach "
     "deaktiviert", "5.2.1", "RCPT", False, (), R),
    ("dis-ru-pismo-na-yashchik-zablokirovan", "550 5.2.1 Ваше письмо на ящик отклонено: ящик заблокирован", "5.2.1",
     "RCPT", False, (), R),
]

# ---- 1b. our own box in words YOUR_BOX_OFF lacked: false hards ------------------------------------------------
OWN = ("hand-made attack following soft_wordings.SENDER_REFUSED's 'your account is disabled' and review 96's "
       "Ukrainian row, in English, European Portuguese, Swedish, Danish, Norwegian and Chinese (a smarthost "
       "refusing OUR account under a 5.1.1 status, Postfix smtpd_check.c at RCPT): our account's state in other "
       "words; taxonomy: our side, soft")
OWN_ATTACKS = [
    ("own-en-account-inactive", "550 5.1.1 Your account is inactive", "5.1.1", "RCPT", False, (), S),
    ("own-en-mailbox-expired", "550 5.1.1 Your mailbox has expired", "5.1.1", "RCPT", False, (), S),
    ("own-pt-pt-a-sua-conta", "550 5.1.1 A sua conta foi suspensa", "5.1.1", "RCPT", False, (), S),
    ("own-en-account-banned", "550 5.1.1 Your account has been banned", "5.1.1", "RCPT", False, (), S),
    ("own-sv-ditt-konto-sparrats", "550 5.1.1 Ditt konto har spärrats", "5.1.1", "RCPT", False, (), S),
    ("own-da-din-konto-spaerret", "550 5.1.1 Din konto er blevet spærret", "5.1.1", "RCPT", False, (), S),
    ("own-nb-din-postkasse-stengt", "550 5.1.1 Din postkasse er stengt", "5.1.1", "RCPT", False, (), S),
    ("own-zh-nin-de-zhanghu-tingyong", "550 5.1.1 您的帐户已被停用", "5.1.1", "RCPT", False, (), S),
]
OWN_CONTROLS = [
    ("own-c-en-recipients-account-expired", "550 5.1.1 The recipient's account has expired and was deleted", "5.1.1",
     "RCPT", True, GONE, R),
    ("own-c-sv-mottagarens-konto-raderat", "550 5.1.1 Mottagarens konto har raderats", "5.1.1", "RCPT", True, GONE,
     R),
    ("own-c-zh-shoujianren-zhanghu-shanchu", "550 5.1.1 收件人的帐户已被删除", "5.1.1", "RCPT", True, GONE, R),
    ("own-c-en-user-unknown-not-banned", "550 5.1.1 User unknown; your account is not banned", "5.1.1", "RCPT", True,
     UNK, R),
    ("own-c-pt-a-conta-do-destinatario", "550 5.1.1 A conta do destinatário foi excluída", "5.1.1", "RCPT", True,
     GONE, R),
]

# ---- 2. roles named in passing, or speaking of the recipient --------------------------------------------------
ROLE = ("hand-made attack on said_of_others following qmail-local.c's 'Sorry, no mailbox here by that name.' and "
        "Postfix's 'User unknown' (local(8)) under a 5.7.1 with RCPT named and, quoted by Gmail and Exchange Online, "
        "none (Yandex's '5.7.1 No such user!' family, review 95), a role mailbox (RFC 2142) or an owner named in "
        "passing or as the one reporting the recipient missing; taxonomy: userunknown, hard")
ROLE_ATTACKS = [
    ("role-contact-postmaster-address", "550 5.7.1 No such user. Contact postmaster@partner.example if you believe "
     "this is an error", "5.7.1", "RCPT", True, UNK, R),
    ("role-report-abuse", "550 5.7.1 User unknown; report abuse to abuse@partner.example", "5.7.1", "RCPT", True, UNK,
     R),
    ("role-postmaster-of-domain-rejected", "550 5.7.1 The postmaster of partner.example rejected: no such user",
     "5.7.1", "RCPT", True, UNK, R),
    ("role-postmaster-replied", "550 5.7.1 Postmaster replied: no such user lead@partner.example", "5.7.1", "RCPT",
     True, UNK, R),
    ("role-domain-owner-rejects", "550 5.7.1 The domain owner rejects mail for unknown users: no such user "
     "lead@partner.example", "5.7.1", "RCPT", True, UNK, R),
    ("role-mailbox-owner-returned", "550 5.7.1 Mailbox owner returned nothing: no such user here", "5.7.1", "RCPT",
     True, UNK, R),
    ("role-list-owner-notified", "550 5.7.1 Unknown list member: no such user; the list owner has been notified",
     "5.7.1", "RCPT", True, UNK, R),
    ("role-list-owner-replies-to-questions", "550 5.7.1 No such user here. The list owner replies to questions at "
     "owner-sales@lists.partner.example", "5.7.1", "RCPT", True, UNK, R),
    # A quoted word only stressed, not a wording denied: the words say the mailbox does not exist.
    ("role-doesnt-quoted-exist", "550 5.7.1 The mailbox doesn't \"exist\" on this server", "5.7.1", "RCPT", True,
     UNK, R),
    ("role-not-full-but-no-such-user", "550 5.7.1 not 'mailbox full' but no such user", "5.7.1", "RCPT", True, UNK,
     R),
]
ROLE_CONTROLS = [
    # Review 98's: OUR domain's role or a list's own role bouncing: not the recipient (soft).
    ("role-c-your-postmaster-bounces", "550 5.7.1 Your domain's postmaster bounces: no such user here", "5.7.1",
     "DATA", False, (), ANY),
    ("role-c-list-owner-bounces", "550 5.7.1 The list owner bounces: no such user; posts refused", "5.7.1", "RCPT",
     False, (), ANY),
    ("role-c-denied-quote", "550 5.7.1 Blocked by policy; this is not 'user unknown', the recipient exists", "5.7.1",
     "RCPT", False, (), ANY),
]

# ---- 3. multi-recipient text-only notices, wrapped ------------------------------------------------------------
KIM = "kimberly.longname@partner.example"  # long: at 40 columns its "<kim>" stands alone on its line
BOB = "bob@partner.example"
_FULL = "552 5.2.2 <lead@partner.example>: Mailbox full, quota exceeded"
_GONE = f"550 5.1.1 <{KIM}>: Recipient address rejected: User unknown in virtual mailbox table"
_GONE_BOB = f"550 5.1.1 <{BOB}>: Recipient address rejected: User unknown in virtual mailbox table"


def _text_notice(subject: str, body: str, frm: str = "MAILER-DAEMON@mail.example.com") -> bytes:
    return (f"From: {frm}\nTo: seller@example.com\nSubject: {subject}\nAuto-Submitted: auto-replied\n"
            "X-Hand-Made: yes\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n" + body
            + "\n------ original headers ------\nFrom: seller@example.com\nTo: lead@partner.example\n"
              "Subject: Hello\nMessage-ID: <hand-made-102@example.com>\n").encode()


def postfix_text(paragraphs: list[str], blank: bool = True) -> bytes:
    """Postfix's bounce(8) text (bounce_notify_util.c), the delivery-status part gone (a gateway's text only)."""
    sep = "\n\n" if blank else "\n"
    return _text_notice("Undelivered Mail Returned to Sender",
                        "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that "
                        "your message could not\nbe delivered to one or more recipients.\n\n"
                        "                   The mail system\n\n" + sep.join(paragraphs) + "\n")


def said(address: str, reply: str, command: str, expanded: str = "") -> str:
    alias = f" (expanded from <{expanded}>)" if expanded else ""
    return f"<{address}>{alias}: host {MX}[192.0.2.7] said: {reply} (in reply to {command} command)"


def qmail(paragraphs: list[tuple[str, str]]) -> bytes:
    """qmail-send's bounce (qmail-send.c: "<addr>:" then qmail-remote's text, a blank line between)."""
    body = ("Hi. This is the qmail-send program at mail.example.com.\nI'm afraid I wasn't able to deliver your "
            "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work "
            "out.\n\n" + "".join(f"<{a}>:\n192.0.2.7 does not like recipient.\nRemote host said: {r}\nGiving up "
                                  f"on 192.0.2.7.\n\n" for a, r in paragraphs) + "--- Below this line is a copy of "
            "the message.\n")
    return _text_notice("failure notice", body)


def exim(entries: list[tuple[str, str]]) -> bytes:
    """Exim's bounce (deliver.c print_address_error: the address, its reason on indented lines below)."""
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            "failed:\n\n" + "".join(f"  {a}\n    host {MX} [192.0.2.7]\n    SMTP error from remote mail server "
                                    f"after RCPT TO:<{a}>:\n    {r}\n" for a, r in entries))
    return _text_notice("Mail delivery failed: returning message to sender", body)


def sendmail(entries: list[tuple[str, str]]) -> bytes:
    """Sendmail's errbody (savemail.c: '<addr>' then '    (reason: ...)')."""
    body = ("The original message was received at Sat, 5 Dec 2026 09:00:00 GMT\nfrom localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n"
            + "".join(f"<{a}>\n    (reason: {r})\n" for a, r in entries) + "\n")
    return _text_notice("Returned mail: see transcript for details", body)


def wrap(width: int):
    return _plain(lambda t: casing.wrapped(t, width, ""))


LAY = ("hand-made following {0}, text only, two or three recipients, {1}; each recipient's reply its own (a full "
       "mailbox soft, a missing user hard)")
PF = "Postfix's bounce(8) layout (src/bounce/bounce_notify_util.c)"
FULL_THEN_GONE = [(LEAD, False, ("mailboxfull",), ANY, False), (KIM, True, UNK, R, False)]
GONE_THEN_FULL = [(KIM, True, UNK, R, False), (LEAD, False, ("mailboxfull",), ANY, False)]
LAYOUT_ROWS = []
for width in (None, 40, 60, 72):
    how = "unwrapped" if width is None else f"wrapped at {width} flush left"
    w = (lambda raw: raw) if width is None else wrap(width)
    tag = "" if width is None else f"-w{width}"
    LAYOUT_ROWS += [
        (f"r102-pf-full-then-gone{tag}", LAY.format(PF, how), w(postfix_text(
            [said(LEAD, _FULL, "RCPT TO"), said(KIM, _GONE, "RCPT TO")])), FULL_THEN_GONE),
        (f"r102-pf-full-then-gone-expanded{tag}", LAY.format(PF, how + ", the second expanded from an alias"),
         w(postfix_text([said(LEAD, _FULL, "RCPT TO"), said(KIM, _GONE, "RCPT TO", "sales-team@example.com")])),
         FULL_THEN_GONE),
        (f"r102-pf-gone-then-full{tag}", LAY.format(PF, how), w(postfix_text(
            [said(KIM, _GONE, "RCPT TO"), said(LEAD, _FULL, "RCPT TO")])), GONE_THEN_FULL),
        (f"r102-qmail-full-then-gone{tag}", LAY.format("qmail-send.c's bounce layout", how),
         w(qmail([(LEAD, _FULL), (KIM, _GONE)])), FULL_THEN_GONE),
        (f"r102-exim-full-then-gone{tag}", LAY.format("Exim's deliver.c bounce layout", how),
         w(exim([(LEAD, _FULL), (KIM, _GONE)])), FULL_THEN_GONE),
        (f"r102-sendmail-full-then-gone{tag}", LAY.format("Sendmail's savemail.c errbody", how),
         w(sendmail([(LEAD, _FULL), (KIM, _GONE)])), FULL_THEN_GONE),
    ]
# The paragraphs' blank lines gone (a gateway or helpdesk compacting the text): the next recipient's long address
# alone on a wrapped line, its own reply below, must not become the lead's (the mend's case looks the same).
COMPACT = ("hand-made following Postfix's bounce(8) layout (bounce_notify_util.c), text only, its blank lines "
           "between recipients' paragraphs dropped (as a gateway compacting a notice), wrapped at {0}: each "
           "recipient's reply its own")
for width in (40, 60):
    LAYOUT_ROWS += [
        (f"r102-pf-compact-full-then-gone-expanded-w{width}", COMPACT.format(width), wrap(width)(postfix_text(
            [said(LEAD, _FULL, "RCPT TO"), said(KIM, _GONE, "RCPT TO", "sales-team-east@example.com")], blank=False)),
         FULL_THEN_GONE),
        (f"r102-pf-compact-three-w{width}", COMPACT.format(width) + " (three recipients)", wrap(width)(postfix_text(
            [said(LEAD, _FULL, "RCPT TO"), said(KIM, _GONE, "RCPT TO", "sales-team-east@example.com"),
             said(BOB, _GONE_BOB, "RCPT TO")], blank=False)),
         FULL_THEN_GONE + [(BOB, True, UNK, R, False)]),
    ]
# ...and the lead's reply with no status of its own (a bare 554 spam refusal after DATA): the next recipient's
# "550 5.1.1 ... User unknown" must not become the lead's (a false hard).
_SPAM = "554 Message rejected: spam content detected"
for width in (40, 60):
    LAYOUT_ROWS += [
        (f"r102-pf-compact-spam-then-gone-expanded-w{width}", COMPACT.format(width) + " (the lead's a bare 554 after "
         "DATA)", wrap(width)(postfix_text([said(LEAD, _SPAM, "end of DATA"), said(
             KIM, _GONE, "RCPT TO", "sales-team-east@example.com")], blank=False)),
         [(LEAD, False, (), ANY, False), (KIM, True, UNK, R, False)]),
        (f"r102-pf-spam-then-gone-expanded-w{width}", LAY.format(PF, f"wrapped at {width} flush left, the lead's a "
         "bare 554 after DATA"), wrap(width)(postfix_text([said(LEAD, _SPAM, "end of DATA"), said(
             KIM, _GONE, "RCPT TO", "sales-team-east@example.com")])),
         [(LEAD, False, (), ANY, False), (KIM, True, UNK, R, False)]),
    ]
# Controls for recipients.py's mend (an "(expanded from" broken at the line's end read across the break): Postfix's
# success report (bounce(8)'s "Successful Mail Delivery Report", bounce_notify_util.c) of an expanded recipient,
# wrapped at 72 the same way, is no bounce; a failure beside a delivery names only the failed one.
_OK = "delivery via mx.unknown-host.example[192.0.2.7]:25: 250 2.0.0 Ok: queued as 4Tp6VT0vCvz22WHQ"
_SUCCESS = ("This is the mail system at host mail.example.com.\n\nYour message was successfully delivered to the "
            "destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further "
            "notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other "
            f"systems.\n\n                   The mail system\n\n<{KIM}> (expanded from <sales-team@example.com>): "
            f"{_OK}\n")
LAYOUT_ROWS += [
    ("r102-pf-c-success-expanded-w72", "hand-made following Postfix's success report (bounce_notify_util.c, "
     "'Successful Mail Delivery Report'), text only, wrapped at 72 flush left (control: no bounce)",
     wrap(72)(_text_notice("Successful Mail Delivery Report", _SUCCESS)), []),
]
# Review 98's own case beside them: the lead's reply naming an address alone on its wrapped line, going on below.
LAYOUT_ROWS += [
    ("r102-pf-named-address-then-stage-w40", LAY.format(PF, "wrapped at 40 flush left; the lead's 5.7.1 after DATA "
     "names a copy's target alone on a line, then goes on"), wrap(40)(postfix_text(
         [said(LEAD, f"550 5.7.1 Copy to <{KIM}> refused (no such user); the rule drops the message",
               "end of DATA")])), [(LEAD, False, (), ANY, False)]),
]

ROWS: list[tuple] = (both("loose", LOOSE, LOOSE_ATTACKS) + both("loose", LOOSE + " (controls)", LOOSE_CONTROLS)
                     + both("dis", DISABLED, DISABLED_ROWS)
                     + both("colon", COLON + " (controls)", COLON_CONTROLS) + both("colon", COLON.replace(
                         "hand-made control", "hand-made attack").replace("not the recipient's address, soft",
                                                                            "userunknown, hard"), COLON_ATTACKS)
                     + both("own", OWN, OWN_ATTACKS) + both("own", OWN + " (controls: hard)", OWN_CONTROLS)
                     + both("role", ROLE, ROLE_ATTACKS) + both("role", ROLE + " (controls)", ROLE_CONTROLS)
                     + LAYOUT_ROWS)
