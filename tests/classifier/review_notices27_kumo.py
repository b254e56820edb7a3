"""The twenty-seventh review's fourth table (tests/classifier/review_notices27.py explains the review):
KumoMTA's community bounce rules (KumoCorp/kumomta assets/community/bounces.toml: regular expressions
over real replies, many with the provider that sends them in a comment, each under a KumoMTA bounce
class), read as an outside opinion; code only. Each rule's reply was completed by hand where its
expression has a wildcard (the provider's words are the rule's), skipping wordings the earlier
tables or Sisimai's (reviews 23-25) already gave. KumoMTA's class was NOT copied: "That recipient is
not allowed" and "Domain may not exist or DNS check failed" are no missing mailbox; each expectation
is this project's taxonomy's reading of the words. All HAND-MADE; same fields as
review_notices27.REPLIES."""

from __future__ import annotations

R, S, ANY = "recipient", "sender", None
UNK = ("userunknown",)
SUSP = ("suspend",)
FULL = ("mailboxfull",)
SPAM = ("spamdetected",)
KUMO = "KumoMTA assets/community/bounces.toml {} rule '{}' as outside opinion (wildcards filled by hand)"


def _k(name: str, kumo_class: str, rule: str, reply: str, status: str, command: str | None, reasons: tuple,
       hard: bool, scope: str | None) -> tuple:
    return (f"kumo-{name}", KUMO.format(kumo_class, rule), reply, status, command, reasons, hard, scope)


# (name, source, reply, status, SMTP command, reasons it may read as, hard, scope)
KUMO_REPLIES = [
    _k("yahoo-552-mailbox-not-found", "InvalidRecipient", "^552.+mailbox not found (Yahoo! Mail)",
       "552 1 Requested mail action aborted, mailbox not found", "5.0.0", "RCPT", UNK, True, R),
    _k("recipient-not-allowed", "InvalidRecipient", "^550.+That recipient is not allowed",
       "550 5.7.1 That recipient is not allowed", "5.7.1", "RCPT",
       ("filtered", "policyviolation", "securityerror", "norelaying"), False, ANY),
    _k("no-such-id", "InvalidRecipient", "^550.+No such ID", "550 No such ID", "5.0.0", "RCPT", UNK, True, R),
    _k("mailru-invalid-mailbox", "InvalidRecipient", "^550.+Message was not accepted -- invalid mailbox (mail.ru)",
       "550 Message was not accepted -- invalid mailbox.  Emails sent to this address are not delivered",
       "5.0.0", "RCPT", UNK, True, R),
    _k("utilisateur-inconnu", "InvalidRecipient", "^550.+Utilisateur inconnu (isep.fr)",
       "550 <lead@example.org>: Utilisateur inconnu", "5.0.0", "RCPT", UNK, True, R),
    _k("recipient-denied", "InvalidRecipient", "^550.+recipient .+ denied",
       "550 recipient <lead@example.org> denied", "5.0.0", "RCPT", (), False, ANY),
    _k("tenant-or-domain-not-found", "InvalidRecipient", "^556.+Invalid account. Tenant or Domain not found",
       "556 Invalid account. Tenant or Domain not found", "5.0.0", "RCPT",
       ("userunknown", "hostunknown", "notaccept"), True, R),
    _k("recipient-unrecognized", "InvalidRecipient", "^550.+recipient unrecognized",
       "550 5.1.1 recipient unrecognized", "5.1.1", "RCPT", UNK, True, R),
    _k("permanent-failure-recipients", "InvalidRecipient", "^550.+permanent failure for one or more recipients",
       "550 permanent failure for one or more recipients (lead@example.org:blocked)", "5.0.0", "RCPT", (),
       False, ANY),
    _k("yahoo-554-30-disabled", "InvalidRecipient/InactiveMailbox", "This mailbox is disabled \\(554\\.30\\) "
       "(Yahoo! Mail)", "554 30 Sorry, your message to lead@example.org cannot be delivered. This mailbox is "
       "disabled (554.30).", "5.0.0", "RCPT", SUSP, False, R),
    _k("account-is-not-active", "InactiveMailbox", "^550.+Account is not active",
       "550 Account is not active", "5.0.0", "RCPT", SUSP, False, R),
    _k("505-account-suspended", "InactiveMailbox", "^505.+this account is suspended",
       "505 5.2.1 this account is suspended", "5.2.1", "RCPT", SUSP, False, R),
    _k("disableduser", "InactiveMailbox", "^550.+DisabledUser",
       "550 5.2.1 Mailbox unavailable. The server responded: DisabledUser", "5.2.1", "RCPT", SUSP, False, R),
    _k("overquotaperm", "InactiveMailbox/QuotaIssues", "^552.+OverQuotaPerm",
       "552 5.2.2 The recipient's inbox is out of storage space and inactive. OverQuotaPerm", "5.2.2", "RCPT",
       ("mailboxfull", "suspend"), False, R),
    _k("forwardemail-enhanced-protection", "InactiveMailbox", "^550.+requires an upgrade to Enhanced Protection "
       "at .+forwardemail\\.net", "550 Your message wasn't delivered due to an error; the recipient's alias "
       "requires an upgrade to Enhanced Protection at https://forwardemail.net", "5.0.0", "RCPT", (), False, R),
    _k("mailbox-limit-exeeded", "QuotaIssues", "^552.+Mailbox limit exeeded for this email address",
       "552 Mailbox limit exeeded for this email address", "5.0.0", "RCPT", FULL, False, R),
    _k("users-mailbox-quota-exceeded", "QuotaIssues", "^552.+user's mailbox quota exceeded",
       "552 5.2.2 user's mailbox quota exceeded", "5.2.2", "RCPT", FULL, False, R),
    _k("blocks-inode-limit", "QuotaIssues", "^550.+Mailbox is full / Blocks limit exceeded / Inode limit exceeded",
       "550 Mailbox is full / Blocks limit exceeded / Inode limit exceeded", "5.0.0", "RCPT", FULL, False, R),
    _k("extended-quota-violation", "QuotaIssues", "^552.+extended quota violation",
       "552 extended quota violation", "5.0.0", "RCPT", FULL, False, R),
    _k("account-is-overquota", "QuotaIssues", "^550.+account is overquota", "550 account is overquota",
       "5.0.0", "RCPT", FULL, False, R),
    _k("requires-auth-non-local", "RoutingErrors", "^503.+This mail server requires authentication when "
       "attempting to send to a non-local e-mail address",
       "503 This mail server requires authentication when attempting to send to a non-local e-mail address. "
       "Please check your mail client settings or contact your administrator to verify that the domain or "
       "address is defined for this server.", "5.0.0", "RCPT", ("norelaying", "securityerror"), False, ANY),
    _k("isnt-allowed-to-relay", "RoutingErrors", "^550.+isn't allowed to relay",
       "550 192.0.2.1 isn't allowed to relay", "5.7.1", "RCPT", ("norelaying",), False, ANY),
    _k("mailloop", "RoutingErrors", "^554.+MailLoop", "554 5.4.14 Hop count exceeded - possible mail loop "
       "ATTR34 [MailLoop]", "5.4.14", "DATA", ("systemerror", "networkerror"), False, ANY),
    _k("temporarily-unable-to-process", "TransientFailure", "^451.*Temporarily unable to process your email",
       "451 Temporarily unable to process your email. Please try again later.", "4.0.0", "RCPT",
       ("systemerror",), False, ANY),
    _k("yandex-blame-weather", "TransientFailure", "^554.+Error: transaction failed, blame it on the weather",
       "554 5.7.1 Error: transaction failed, blame it on the weather: E2: Cannot accept your message due to "
       "internal error, please report that to our engineers", "5.7.1", "DATA", ("systemerror",), False, ANY),
    _k("receivingrateperm", "TransientFailure", "^550.+ReceivingRatePerm",
       "550 5.2.1 The recipient is receiving mail at a rate that prevents additional messages from being "
       "delivered. ReceivingRatePerm", "5.2.1", "RCPT", ("speeding", "exceedlimit", "suspend"), False, ANY),
    _k("domain-may-not-exist-dns-check", "AuthenticationFailed", "^550.+Domain may not exist or DNS check failed",
       "550 Domain may not exist or DNS check failed", "5.0.0", "MAIL", ("rejected", "authfailure"), False, S),
    _k("sender-domain-resolve-fail", "AuthenticationFailed", "^553.+Sender Domain Resolve Fail",
       "553 Sender Domain Resolve Fail", "5.0.0", "MAIL", ("rejected",), False, S),
    _k("sender-no-a-aaaa-mx", "AuthenticationFailed", "^550.+Sender .+ has no A, AAAA, or MX DNS records",
       "550 5.7.1 Sender seller@example.com has no A, AAAA, or MX DNS records", "5.7.1", "RCPT", ("rejected",),
       False, S),
    _k("dmarcrejection", "AuthenticationFailed", "^550.+DmarcRejection",
       "550 5.7.1 Unauthenticated email is not accepted from this domain. DmarcRejection", "5.7.1", "DATA",
       ("authfailure", "policyviolation"), False, ANY),
    _k("webde-policy-restrictions", "PolicyRelated", "^550.+Reject due to policy restrictions (web.de, GMX)",
       "550 Requested action not taken: mailbox unavailable Reject due to policy restrictions", "5.0.0", "DATA",
       ("policyviolation", "blocked", "filtered"), False, ANY),
    _k("rejected-content-policy", "PolicyRelated", "^550.+Rejected - Content Policy",
       "550 5.7.1 Rejected - Content Policy", "5.7.1", "DATA", ("policyviolation", "spamdetected"), False, ANY),
    _k("sender-rejected-aup", "PolicyRelated", "^552.+sender rejected AUP (mms.att.net)",
       "552 5.2.0 sender rejected AUP: example.com", "5.2.0", "MAIL", ("rejected", "policyviolation"), False, S),
    _k("restricted-by-policy-error", "PolicyRelated", "^452.+restricted by policy error",
       "452 4.7.1 restricted by policy error", "4.7.1", "RCPT", ("policyviolation", "blocked"), False, ANY),
    _k("att-dnsbl-rbl-521", "SpamBlock", "^553 5\\.0\\.3.+DNSBL:RBL 521.+_is_blocked (AT&T)",
       "553 5.0.3 flph829 DNSBL:RBL 521< 192.0.2.1 >_is_blocked.For assistance forward this error to "
       "abuse_rbl@abuse-att.net", "5.0.3", "RCPT", ("blocked",), False, S),
    _k("reject-spam", "SpamBlock", "^550.+REJECT spam", "550 5.7.1 REJECT spam", "5.7.1", "DATA", SPAM, False,
       ANY),
    _k("ivmsip", "SpamBlock", "^550.+Blocked by ivmSIP", "550 5.7.1 Blocked by ivmSIP", "5.7.1", "RCPT",
       ("blocked",), False, S),
    _k("fakemail-user", "SpamBlock", "^550.+Your IP or Email address blocked by the FakeMail User",
       "550 Your IP or Email address blocked by the FakeMail User", "5.0.0", "RCPT", ("blocked", "rejected",
                                                                                    "filtered"), False, ANY),
    _k("mailru-spam-message-rejected", "SpamBlock", "^550.+spam message rejected (mail.ru)",
       "550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=x", "5.0.0", "DATA",
       SPAM, False, ANY),
    _k("not-on-bypass-list", "SpamBlock", "^550.+Recipient not on bypass list, your IP has been found on a block "
       "list", "550 5.7.1 Recipient not on bypass list, your IP has been found on a block list", "5.7.1", "RCPT",
       ("blocked",), False, S),
    _k("junkmail-rejected", "SpamBlock", "^550.+JunkMail rejected",
       "550 JunkMail rejected - mx.example.com [192.0.2.1] is in an RBL", "5.7.1", "RCPT", ("blocked",), False, S),
    _k("wp-cant-accept-spam", "SpamBlock", "^554.+We can't accept this message because it is spam (wp.pl)",
       "554 5.7.1 We can't accept this message because it is spam", "5.7.1", "DATA", SPAM, False, ANY),
    _k("blocklisting-in-effect", "SpamBlock", "^554.+Blocklisting in effect",
       "554 5.7.1 Blocklisting in effect", "5.7.1", "CONN", ("blocked",), False, S),
    _k("spamtext", "SpamContent", "^550.+REJECTED - spamtext", "550 5.7.1 REJECTED - spamtext", "5.7.1",
       "DATA", SPAM, False, ANY),
    _k("qq-mail-content-denied", "SpamContent", "^550.+Mail content denied (qq)",
       "550 Mail content denied. https://service.mail.qq.com/detail/0/x", "5.0.0", "DATA",
       ("spamdetected", "policyviolation"), False, ANY),
    _k("tonline-spam-or-virus", "SpamContent", "^550.+message has been rejected due to spam or virus "
       "classification (t-online.de)", "550 5.7.0 Your message has been rejected due to spam or virus "
       "classification", "5.7.0", "DATA", ("spamdetected", "virusdetected"), False, ANY),
    _k("contains-spam-content", "SpamContent", "^554.+Message contains Spam Content (blueyonder.co.uk)",
       "554 Message contains Spam Content", "5.0.0", "DATA", SPAM, False, ANY),
    _k("icloud-content-rejected-spam", "SpamContent", "^550.+5\\.7\\.1 message content rejected due to spam "
       "(icloud.com)", "550 5.7.1 message content rejected due to spam", "5.7.1", "DATA", SPAM, False, ANY),
    _k("blocked-spam-pattern-long", "SpamContent", "^553.+Blocked Using Spam Pattern, Your Message May Contain The "
       "Spam Contents", "553 Blocked Using Spam Pattern, Your Message May Contain The Spam Contents", "5.0.0",
       "DATA", SPAM, False, ANY),
]
