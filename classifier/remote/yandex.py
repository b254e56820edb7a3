"""Yandex Mail (yandex.ru, yandex.com, ya.ru, Yandex 360 domains). Wording of its MX replies as
Yandex's own help explains them ("Report on non-delivery to Yandex",
yandex.com/support/mail/bounces/yandex.html); the rest of its replies read right generically."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "yandex"
HOSTS = (".yandex.ru", ".yandex.net", ".yandex.com")
DOMAINS = ("yandex.ru", "yandex.com", "ya.ru", "yandex.by", "yandex.kz", "yandex.ua", "yandex.com.tr",
           "narod.ru")
MARKERS = ("yandex.ru/support", "yandex.com/support")

RULES = (
    # "Your recipient's account has been blocked due to User Agreement violations" (its owner
    # can unblock it): a blocked account, not a policy about the message.
    Rule(reason=R.SUSPEND, wording="policy rejection on the target address"),
    # "If only spam is coming from your mailbox, the Yandex mail server will block receipt of
    # messages from it for 24 hours": the sending source is refused, whoever the recipient.
    Rule(reason=R.BLOCKED, wording="blocked by spam statistics", sender=True),
)
