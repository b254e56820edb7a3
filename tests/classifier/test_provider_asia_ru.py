"""Refusals of the receiving providers met in Asia and Russia, read from the providers' OWN help
pages: recipient, reason, hard/soft and scope (whose fault, taxonomy §7).

Each row is HAND-MADE after the wording a provider's help page quotes: the reply text as the page
gives it (the page lists the words; the reply and enhanced codes and the stage are the ones the
provider's MX sends with them, written here by hand), quoted by our Postfix relay in a bounce(8)
report (tests/classifier/notices.py `relayed`). The remote host is the provider's real MX name,
since that is how the classifier recognises a provider (classifier/remote/); addresses and IPs
are example and documentation ones otherwise. The expectation was read from the page's own
explanation before the row was run.

Sources (stored copies found with the `search` tool):
- Yandex Help, "Report on non-delivery to Yandex" (yandex.com/support/mail/bounces/yandex.html,
  also yandex.com/support/yandex-360/customers/mail/en/bounces/yandex) and its pages
  ".../bounces/yandex/message-rejected-under-suspicion-of-spam.html",
  ".../policy-rejection-on-the-target-address.html", ".../mailbox-size-limit-exceeded.html".
- Alibaba Cloud Direct Mail (邮件推送, Alibaba's sending service), "邮件推送常见退信代码及处理方法"
  (help.aliyun.com/document_detail/44499.html; also alibabacloud.com/help/zh/directmail/latest/
  summary-of-common-email-return-codes-and-solutions): its own codes, answered to the client that
  hands it a message. Its codes for the delivery stage (DNS and connection failures) are left
  out: the notice they arrive in is not documented.

Providers searched for with no page of their OWN in the stored corpora (nothing added for them):
NetEase 163/126/yeah.net and Tencent QQ Mail/Exmail (only third-party copies of their error
lists on blogs and resellers' sites), Sina, Sohu, Alibaba Mail (the receiving service), Naver,
Daum/Kakao, Mail.ru (only third-party pages and pasted bounces), Rambler, and the Japanese
carriers and ISPs (docomo, au/KDDI, SoftBank, Rakuten, Nifty, OCN, So-net: only NTT
Communications' and third-party FAQ pages about other servers' errors).
"""

from __future__ import annotations

from classifier.records import Reason as R
from classifier.records import Scope
from tests.classifier.notices import LEAD, relayed
from tests.classifier.provider_rows import misreadings

S, RC = Scope.SENDER, Scope.RECIPIENT
UU = R.USERUNKNOWN

YX = "Yandex Help 'Report on non-delivery to Yandex' (yandex.com/support/mail/bounces/yandex.html)"
YX_SPAM = "Yandex Help bounces/yandex/message-rejected-under-suspicion-of-spam"
YX_POLICY = "Yandex Help bounces/yandex/policy-rejection-on-the-target-address"
YX_FULL = "Yandex Help bounces/yandex/mailbox-size-limit-exceeded"
YANDEX_MX, YANDEX_TO = "mx.yandex.ru", "ivan@yandex.ru"


DM = "Alibaba Cloud Direct Mail '邮件推送常见退信代码及处理方法' (help.aliyun.com/document_detail/44499.html)"
DM_MX, DM_TO = "smtpdm.aliyun.com", LEAD


def _yandex(text: str, status: str, command: str | None = "RCPT") -> tuple[bytes, str]:
    return relayed(text, status=status, command=command, address=YANDEX_TO, remote=YANDEX_MX), YANDEX_TO


def _directmail(text: str, status: str, command: str | None = "MAIL") -> tuple[bytes, str]:
    """Direct Mail (Alibaba Cloud's sending service) as our relay's smarthost: its refusal of a
    message handed to it, quoted by our relay (the codes its page says it answers when the
    request is made)."""
    return relayed(text, status=status, command=command, remote=DM_MX), DM_TO


# (id, source and the page's own words, (notice, recipient), scope, reason or (reasons…), hard)
ROWS = [
    # "The email was sent to a non-existing address."
    ("yandex-no-such-user", f"{YX}: 'No such user'",
     _yandex("550 5.7.1 No such user!", "5.7.1"), RC, UU, True),
    ("yandex-bad-recipient-syntax", f"{YX}: 'Bad recipient address syntax'",
     _yandex("501 5.1.3 Bad recipient address syntax", "5.1.3"), RC, UU, True),
    ("yandex-bad-mailbox-syntax", f"{YX}: 'Bad address mailbox syntax'",
     _yandex("501 5.1.3 Bad address mailbox syntax", "5.1.3"), RC, UU, True),
    ("yandex-need-fqdn", f"{YX}: 'Recipient address rejected: need fully-qualified address'",
     _yandex("504 5.5.2 <ivan@yandex>: Recipient address rejected: need fully-qualified address", "5.5.2"),
     RC, UU, True),
    # "The email seems to be spam."
    ("yandex-suspicion-of-spam", f"{YX_SPAM}: 'the contents of your message was recognized as spam'",
     _yandex("554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1700000000-abcdEF12",
             "5.7.1", "DATA"), RC, R.SPAMDETECTED, False),
    # "If only spam is coming from your mailbox, the Yandex mail server will block receipt of
    # messages from it for 24 hours": the sending source is refused, whoever the recipient.
    ("yandex-client-host-blocked", f"{YX_SPAM}: 'Client host [<IP_host>] blocked using; see...'",
     _yandex("554 5.7.1 Client host [192.0.2.9] blocked using spamsource.mail.yandex.net; see https://ya.cc/1IrBc",
             "5.7.1"), S, R.BLOCKED, False),
    ("yandex-spam-statistics", f"{YX_SPAM}: 'Blocked by spam statistics — see...'",
     _yandex("554 5.7.1 Blocked by spam statistics - see https://ya.cc/1IrBc", "5.7.1", "DATA"),
     S, R.BLOCKED, False),
    # "Your recipient's account has been blocked due to User Agreement violations": the
    # recipient's account is blocked (it can be unblocked by its owner), not a policy on the mail.
    ("yandex-policy-rejection-target", f"{YX_POLICY}: 'the recipient's account has been blocked'",
     _yandex("550 5.7.1 Policy rejection on the target address", "5.7.1"), RC, R.SUSPEND, False),
    # "The recipient's mailbox is full."
    ("yandex-mailbox-size-exceeded", f"{YX_FULL}: 'Mailbox size exceeded'",
     _yandex("552 5.2.2 Mailbox size exceeded", "5.2.2"), RC, R.MAILBOXFULL, False),
    ("yandex-mailbox-size-limit-exceeded", f"{YX_FULL}: 'Mailbox size limit exceeded'",
     _yandex("552 5.2.2 Mailbox size limit exceeded", "5.2.2", "DATA"), RC, R.MAILBOXFULL, False),
    ("yandex-virus", f"{YX}: 'Message infected by virus'",
     _yandex("554 5.7.1 Message infected by virus", "5.7.1", "DATA"), RC, R.VIRUSDETECTED, False),
    # --- Alibaba Cloud Direct Mail: our own sending provider refusing (taxonomy §7) ----------
    ("directmail-daily-quota", f"{DM}: '发信额度超出限制' (sending quota exceeded)",
     _directmail("552 Daily sending quota exceeded", "5.0.0"), S, R.SPEEDING, False),
    ("directmail-monthly-quota", f"{DM}: '发信额度超出限制'",
     _directmail("552 Monthly sending quota exceeded", "5.0.0"), S, R.SPEEDING, False),
    ("directmail-not-enough-quota", f"{DM}: '发信额度超出限制'",
     _directmail("552 Not enough sending quota", "5.0.0"), S, R.SPEEDING, False),
    ("directmail-content-spam", f"{DM}: '邮件被判为垃圾邮件' (judged spam; adjust the content)",
     _directmail("554 Reject by content spam", "5.0.0", "DATA"), S, R.SPAMDETECTED, False),
    ("directmail-account-unavailable", f"{DM}: '当前账户处于限制外发或其他非正常发送状态' (the sending "
     "account is restricted from sending)",
     _directmail("551 Main account unavailable", "5.0.0"), S, (R.REJECTED, R.SECURITYERROR, R.POLICYVIOLATION),
     False),
    ("directmail-data-too-long", f"{DM}: '邮件大小超限' (the message is over the size limit)",
     _directmail("557 The length of DATA content is achieved the maximum threshold", "5.0.0", "DATA"),
     S, R.MESGTOOBIG, False),
    ("directmail-too-many-rcpts", f"{DM}: '邮件 RCPT 数量超限制' (more recipients per message than allowed)",
     _directmail("556 The number of RCPTs is over size", "5.0.0", "RCPT"), S, (R.TOOMANYCONN, R.EXCEEDLIMIT),
     False),
    ("directmail-auth-failure", f"{DM}: '认证失败' (check the server address, sender address, password)",
     _directmail("535 Authentication failure.", "5.7.8", None), S, R.SECURITYERROR, False),
    ("directmail-mail-from-not-authenticated", f"{DM}: 'MAIL FROM是认证账号,必须是真实发信地址'",
     _directmail('436 "MAIL FROM" doesn\'t conform with authentication [@sm060104] (Auth Account:seller@example.com'
                 '|Mail Account:news@example.com)', "4.0.0"), S, (R.REJECTED, R.SECURITYERROR), False),
    # The recipient side, as Direct Mail knows it: its lists of invalid addresses and spam traps
    # (a suppression list: sisimai 5.2's `suppressed`, soft, read as `filtered`; taxonomy §3).
    ("directmail-invalid-rcptto", f"{DM}: '收件人地址无效,命中无效地址库' (on the invalid-address list)",
     _directmail("559 Invalid rcptto", "5.0.0", "RCPT"), RC, R.FILTERED, False),
    ("directmail-honeypot", f"{DM}: '命中蜜罐邮箱' (a spam-trap address)",
     _directmail("561 Honeypot rcptto [@out060104]", "5.0.0", "RCPT"), RC, R.FILTERED, False),
]

# Rows whose reading is a judgement call: id -> why. Checked both ways (a row listed here that
# starts to pass fails the test, like a strict xfail).
KNOWN: dict[str, str] = {
    "yandex-need-fqdn": "Yandex lists Postfix's reject_non_fqdn_recipient wording among 'non-existing address' "
                        "replies (userunknown, hard); the classifier keeps the 5.5.2 status's syntaxerror (soft). "
                        "A contact address always has a domain, so the refusal names an address the contact "
                        "does not hold (a mangled envelope): marking the contact bounced is not clearly right",
}


def test_provider_rows():
    found = misreadings(ROWS, KNOWN)
    assert not found, "\n".join(found)


def test_rows_are_unique_and_known_names_exist():
    names = [r[0] for r in ROWS]
    assert len(names) == len(set(names)) and set(KNOWN) <= set(names)
