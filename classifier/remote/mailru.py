"""Mail.ru group (mail.ru, bk.ru, list.ru, inbox.ru). Wording of its MX replies."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "mailru"
HOSTS = (".mail.ru",)
DOMAINS = ("mail.ru", "bk.ru", "list.ru", "inbox.ru", "internet.ru", "mail.ua")
MARKERS = ("help.mail.ru", "postmaster.mail.ru")

RULES = (
    # "550 Message was not accepted -- invalid mailbox.  Local mailbox <a> is unavailable: account is
    # disabled": mail.ru opens its refusals of a disabled account and of a missing one alike, only the
    # clause after "is unavailable:" says which; read it before "invalid mailbox".
    Rule(reason=R.SUSPEND, wording="is unavailable: account is disabled"),
    # ...and "user is terminated": a frozen mailbox, refused until its owner logs in again (mail.ru's own Q&A,
    # otvet.mail.ru/question/239834562: mailboxes are frozen, not deleted), the suspend the generic tables read
    # where no mail.ru host is named (classifier/phrases.py; review 47's vda-mailru-terminated). With mail.ru's
    # host named, "invalid mailbox" below read it userunknown, a false hard (review 101).
    Rule(reason=R.SUSPEND, wording="is unavailable: user is terminated"),
    Rule(reason=R.USERUNKNOWN, wording="user not found"),
    Rule(reason=R.USERUNKNOWN, wording="invalid mailbox"),
    Rule(reason=R.SUSPEND, wording="account is blocked"),
    Rule(reason=R.SUSPEND, wording="user is blocked"),
    Rule(reason=R.SUSPEND, wording="mailbox is disabled"),
    Rule(reason=R.MAILBOXFULL, wording="mailbox is full"),
    Rule(reason=R.MAILBOXFULL, wording="over quota"),
    Rule(reason=R.SPAMDETECTED, wording="suspicion of spam"),
    Rule(reason=R.SPAMDETECTED, wording="spam message rejected"),
    Rule(reason=R.AUTHFAILURE, wording="dmarc", sender=True),
    Rule(reason=R.SPEEDING, wording="too many mails", sender=True),
    Rule(reason=R.NOTACCEPT, wording="indicated no smtp service"),
)
