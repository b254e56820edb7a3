"""Review blocks36: the wordings by which a RECIPIENT's own block list, reject list or filter rule refuses our sender,
in English and in other languages, and the traps beside them that are NOT the recipient's choice (our IP or domain on
a public or the server's own block list, our sender address refused by the server's policy for everyone, the
recipient's own address barred or its mailbox disabled). Taxonomy: the recipient blocking the sender is `filtered`,
scope recipient; a sender scope pages a person and pauses the mailbox, so a prospect's personal block list read as
`blocked`/sender pages someone for nothing, and read as `securityerror` it has the wrong reason.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
and providers' documents (cited per group) and shared/classifier/taxonomy.md BEFORE the classifier ran on them
(committed first). Where a document names a list or a setting but not the reply's exact words, the reply carries the
document's terms in the common "<code> <status> <words>" shape and the source says so. All HAND-MADE;
test_review_blocks36.py runs them."""

from __future__ import annotations

from tests.classifier.review_blocks36_layouts import LEAD, relay_at, sieve_reject
from tests.classifier.notices import exchange_own
from tests.classifier.review_notices25 import rows_quoted

R, S, ANY = "recipient", "sender", None
CHOICE = ("filtered",)  # the recipient's own choice of senders
NOT_CHOICE_R = ("suspend", "securityerror", "policyviolation", "userunknown", "onhold", "undefined")  # recipient side

# ---- (1) English wordings of a recipient's personal block / reject list -----------------------------------------
PERSONAL = ("The recipient's own list as providers document it: Outlook.com/Exchange 'Blocked Senders list' (Microsoft "
            "support 'Block or unblock senders in Outlook'; Exchange DSN reference technet bb232118: 5.1.0 'Sender "
            "denied' among whose causes the sender is on a user's Blocked Senders list), Naver's and the Korean portals' "
            "'user's reject list' (puffinknight.tistory.com/102: '550 You are registered as spammer (by user's reject "
            "list)'; kin.naver.com: the sender's address in the recipient's 수신차단 목录 stops delivery), Coremail's "
            "bounce hint 'User in blacklist' (icoremail.vip support cate 84); the reply's words beside the list's name "
            "as our Postfix relay reports them under Status 5.7.1 (shape assumed where the document gives only the list)")
PERSONAL_ROWS = [
    ("reject-list", "550 5.7.1 Message rejected by user's reject list", "5.7.1", "RCPT", False, CHOICE, R),
    ("naver-spammer", "550 You are registered as spammer (by user's reject list)", "5.0.0", "RCPT", False, CHOICE, R),
    ("blocked-senders-list", "550 5.7.1 The sender is on the recipient's blocked senders list", "5.7.1", "RCPT", False,
     CHOICE, R),
    ("chosen-not", "550 5.7.1 The recipient has chosen not to receive mail from you", "5.7.1", "RCPT", False, CHOICE,
     R),
    ("rejected-your-message", "550 5.7.1 Recipient has rejected your message (blocked sender)", "5.7.1", "RCPT",
     False, CHOICE, R),
    ("by-the-user", "550 5.7.1 Mail from this sender is blocked by the user", "5.7.1", "RCPT", False, CHOICE, R),
    ("personal-block-list", "550 Blocked by recipient's personal block list", "5.7.1", "RCPT", False, CHOICE, R),
    ("blacklisted-by-recipient", "554 5.7.1 Sender blacklisted by recipient", "5.7.1", "RCPT", False, CHOICE, R),
    ("coremail-user-in-blacklist", "550 5.7.1 User in blacklist", "5.7.1", "RCPT", False, CHOICE, R),
    ("address-blocked-by-recipient", "550 5.7.1 Sender address is blocked by the recipient", "5.7.1", "RCPT", False,
     CHOICE, R),
    ("recipients-settings", "550 5.7.1 This sender is blocked by the recipient's settings", "5.7.1", "RCPT", False,
     CHOICE, R),
    # The same at the end of DATA (a filter after the message) and where the relay names no stage.
    ("reject-list-data", "550 5.7.1 Message rejected by user's reject list", "5.7.1", "DATA", False, CHOICE, R),
    ("personal-block-list-data", "550 Blocked by recipient's personal block list", "5.7.1", "DATA", False, CHOICE, R),
    ("blacklisted-by-recipient-data", "554 5.7.1 Sender blacklisted by recipient", "5.7.1", "DATA", False, CHOICE, R),
    ("blocked-senders-list-data", "550 5.7.1 The sender is on the recipient's blocked senders list", "5.7.1", "DATA",
     False, CHOICE, R),
]
NOSTAGE_ROWS = [
    ("reject-list", "550 5.7.1 Message rejected by user's reject list", "5.7.1", None, False, CHOICE, R),
    ("chosen-not", "550 5.7.1 The recipient has chosen not to receive mail from you", "5.7.1", None, False, CHOICE, R),
    ("by-the-user", "550 5.7.1 Mail from this sender is blocked by the user", "5.7.1", None, False, CHOICE, R),
    ("personal-block-list", "550 Blocked by recipient's personal block list", "5.7.1", None, False, CHOICE, R),
    ("coremail-user-in-blacklist", "550 5.7.1 User in blacklist", "5.7.1", None, False, CHOICE, R),
]

# ---- (2) Servers' and gateways' per-user lists, in their own words ------------------------------------------------
SOPHOS = ("Sophos Central help 'SMTP error codes' (XGEMAIL_0009: the sender is in the user block list, the recipient's "
          "own list; the reply shape, code after the page's words, assumed)")
IREDAPD = ("iRedAPD (iRedMail's Postfix policy server) settings.py SMTP_ACTIONS 'reject_blacklisted': 'REJECT "
           "Blacklisted', answered by its amavisd_wblist plugin for a sender on the recipient's per-user blacklist "
           "('Reject senders listed in per-user blacklists'); Postfix words a policy REJECT in smtpd_recipient_"
           "restrictions as '554 5.7.1 <rcpt>: Recipient address rejected: <text>' (postconf(5) access(5))")
HOSTING = ("hosting.xyz wiki 2.24.15 'Mail blacklist' (a hosting account's own list of addresses, domains and IPs whose "
           "mail its mailboxes refuse: '550 5.7.1 Sender blacklisted')")
SPAMASSASSIN = ("SpamAssassin per-user 'blacklist_from' (cPanel 'Spam Filters' > 'Edit blacklist configuration', "
                "keliweb.it KB 10143) firing its USER_IN_BLACKLIST rule ('From: user is listed in the block-list'), the "
                "message then refused over cPanel's reject threshold; the reply's words assumed")
FORPSI = ("ASPone / Forpsi help (wiki.aspone.cz 'Omezení pro emaily': '550 5.1.1 <x> sender is blacklisted' = the "
          "recipient's own blacklist holds the sender)")
SERVER_ROWS = [
    ("sophos-0009", "550 5.7.1 Message rejected: the sender is in the user block list (XGEMAIL_0009)", "5.7.1", "RCPT",
     False, CHOICE, R),
    ("iredapd-blacklisted", f"554 5.7.1 <{LEAD}>: Recipient address rejected: Blacklisted", "5.7.1", "RCPT", False,
     CHOICE, R),
    ("hosting-sender-blacklisted", "550 5.7.1 Sender blacklisted", "5.7.1", "RCPT", False, CHOICE, R),
    ("sa-user-in-blacklist", "550 5.7.1 Message rejected as spam (USER_IN_BLACKLIST: From: user is listed in the "
     "block-list)", "5.7.1", "DATA", False, ("filtered", "spamdetected"), R),
    ("forpsi-sender-blacklisted", "550 5.1.1 <seller@example.com> sender is blacklisted", "5.1.1", "RCPT", False,
     CHOICE, R),
]
SERVER_SOURCES = {"sophos-0009": SOPHOS, "iredapd-blacklisted": IREDAPD, "hosting-sender-blacklisted": HOSTING,
                  "sa-user-in-blacklist": SPAMASSASSIN, "forpsi-sender-blacklisted": FORPSI}

# ---- (3) Other languages: the recipient's own block list -------------------------------------------------------
LANGS = ("Providers' help on their users' block lists, the reply composed in the language from the help's own terms "
         "(shape assumed): GMX/WEB.DE 'Absender blockieren' (de), Orange 'expéditeurs bloqués' (fr), Outlook.com "
         "'Remitentes bloqueados' / 'Mittenti bloccati' / 'Remetentes bloqueados' / 'Geblokkeerde afzenders' (es, it, "
         "pt, nl), Interia/WP 'zablokowani nadawcy' (pl), Yandex/Mail.ru 'чёрный список' (dzen.ru Yandex Mail guide: "
         "mail from an address on the black list never reaches the box) (ru), docomo/au '受信拒否設定' (ja), Naver "
         "'수신차단 목록' (kin.naver.com) (ko), QQ企业邮箱 help (qqmail.zj.cn 159: '收件人拒收了您的邮件 ... 例如将您加入了"
         "黑名单') (zh)")
LANG_ROWS = [
    ("de", "550 5.7.1 Der Absender wurde vom Empfänger blockiert", "5.7.1", "RCPT", False, CHOICE, R),
    ("de-sperrliste", "550 5.7.1 Absender steht auf der Sperrliste des Empfängers", "5.7.1", "RCPT", False, CHOICE, R),
    ("fr", "550 5.7.1 L'expéditeur a été bloqué par le destinataire", "5.7.1", "RCPT", False, CHOICE, R),
    ("es", "550 5.7.1 El remitente ha sido bloqueado por el destinatario", "5.7.1", "RCPT", False, CHOICE, R),
    ("it", "550 5.7.1 Il mittente è stato bloccato dal destinatario", "5.7.1", "RCPT", False, CHOICE, R),
    ("pt", "550 5.7.1 O remetente foi bloqueado pelo destinatário", "5.7.1", "RCPT", False, CHOICE, R),
    ("nl", "550 5.7.1 De afzender is geblokkeerd door de ontvanger", "5.7.1", "RCPT", False, CHOICE, R),
    ("pl", "550 5.7.1 Nadawca został zablokowany przez odbiorcę", "5.7.1", "RCPT", False, CHOICE, R),
    ("ru", "550 5.7.1 Отправитель находится в черном списке получателя", "5.7.1", "RCPT", False, CHOICE, R),
    ("ja", "550 5.7.1 受信者により受信拒否されています", "5.7.1", "RCPT", False, CHOICE, R),
    ("ko", "550 5.7.1 수신자가 수신을 차단한 발신자입니다", "5.7.1", "RCPT", False, CHOICE, R),
    ("zh", "550 5.7.1 收件人已将您加入黑名单", "5.7.1", "RCPT", False, CHOICE, R),
    ("zh-refused", "550 5.7.1 您的邮件被收件人拒收", "5.7.1", "RCPT", False, CHOICE, R),
]

# ---- (4) Traps: our IP or domain, our sender for everyone, the recipient's own address or mailbox ----------------
PUBLIC_LISTS = ("Postfix postconf(5) reject_rbl_client / reject_rhsbl_sender default replies ('Service unavailable; "
                "Client host [ip] blocked using <zone>', '... Sender address [domain] blocked using <zone>'); "
                "Microsoft's S3150 refusal as virtbiz.com KB 71 quotes it ('part of their network is on our block "
                "list'); Amazon SES receiving's IP address filter ('550 5.7.1 IP address blacklisted by recipient', "
                "a receipt rule's IP block list: our host); Debian exim4 ACL check_mail (users.pepperfish.net "
                "ACL_check_mail.txt: 'sender IP address $sender_host_address is blacklisted here', 'envelope sender "
                "$sender_address blacklisted.', the server's own lists for everyone); GMX newsroom and onesystems.ch "
                "(German: the IP on a block list); NetEase (IP 被列入黑名单); Postfix check_sender_access REJECT "
                "('Sender address rejected: Access denied')")
TRAP_SENDER_ROWS = [
    ("spamhaus", "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; "
     "https://www.spamhaus.org/query/ip/192.0.2.25", "5.7.1", "RCPT", False, ("blocked",), S),
    ("spamhaus-dbl", "554 5.7.1 Service unavailable; Sender address [example.com] blocked using dbl.spamhaus.org; "
     "https://www.spamhaus.org/query/domain/example.com", "5.7.1", "RCPT", False, ("blocked", "rejected"), S),
    ("ms-s3150", "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet "
     "service provider since part of their network is on our block list (S3150).", "5.7.1", "MAIL", False,
     ("blocked",), S),
    ("ses-ip-by-recipient", "550 5.7.1 IP address blacklisted by recipient", "5.7.1", "RCPT", False, ("blocked",), S),
    ("exim-host-blacklisted", "550 sender IP address 192.0.2.25 is blacklisted here", "5.0.0", "MAIL", False,
     ("blocked",), S),
    ("exim-sender-blacklisted", "550 envelope sender seller@example.com blacklisted.", "5.0.0", "MAIL", False,
     ("rejected",), S),
    ("postfix-sender-access", "554 5.7.1 <seller@example.com>: Sender address rejected: Access denied", "5.7.1",
     "RCPT", False, ("rejected",), S),
    ("de-ip-sperrliste", "554 5.7.1 Ihre IP-Adresse 192.0.2.25 steht auf einer Sperrliste", "5.7.1", "RCPT", False,
     ("blocked",), S),
    ("zh-ip-blacklist", "554 IP 被列入黑名单 192.0.2.25", "5.0.0", "CONN", False, ("blocked",), S),
    ("ru-ip-blacklist", "550 5.7.1 Ваш IP-адрес 192.0.2.25 находится в черном списке", "5.7.1", "RCPT", False,
     ("blocked",), S),
]
RECIPIENT_SIDE = ("cPanel's Exim ACL ACL_RECIPIENT_BLOCK/default_recipient ('suspend incoming email': '525 5.7.13 "
                  "Disabled recipient address'); Yandex help 'Policy rejection on the target address' (the recipient's "
                  "account blocked for User Agreement violations); MDaemon help 'Recipient Block List' (addresses the "
                  "server will not receive mail for, refused at RCPT; a Postfix check_recipient_access REJECT words it "
                  "'Recipient address rejected: Access denied'); Gmail '550 5.2.1 The email account that you tried to "
                  "reach is disabled'")
TRAP_RECIPIENT_ROWS = [
    ("cpanel-disabled", "525 5.7.13 Disabled recipient address", "5.7.13", "RCPT", False, ("suspend",), R),
    ("yandex-target", "554 5.7.1 Policy rejection on the target address", "5.7.1", "RCPT", False,
     ("suspend", "policyviolation", "securityerror"), R),
    ("recipient-access", f"554 5.7.1 <{LEAD}>: Recipient address rejected: Access denied", "5.7.1", "RCPT", False,
     NOT_CHOICE_R, R),
    ("gmail-disabled", "550 5.2.1 The email account that you tried to reach is disabled.", "5.2.1", "RCPT", False,
     ("suspend",), R),
]

# ---- (5) The recipient's own Sieve script (RFC 5429 reject), Pigeonhole's MDN ---------------------------------
SIEVE = ("Pigeonhole (Dovecot) rejection MDN: Dovecot's defaults rejection_reason 'Your message to <%t> was "
         "automatically rejected:%n%r' and rejection_subject 'Rejected: %s' (dovecot 15-lda.conf defaults); the reason "
         "the RFC 5228/5429 sieve reference's example script gives ('I am not taking mail from you, and I don't want "
         "your birdseed, either!', thsmi.github.io sieve-reference reject)")
SIEVE_ROWS = [
    ("b36-sieve-birdseed", SIEVE, sieve_reject("birdseed", "I am not taking mail from you, and I don't want your "
                                               "birdseed, either!"), [(LEAD, False, CHOICE, R, False)]),
    ("b36-sieve-blocked", SIEVE + "; a reason naming the user's block list",
     sieve_reject("blocked", "Sender is on my block list."), [(LEAD, False, CHOICE, R, False)]),
]


# ---- (6) Second batch (written after the first run, before this batch ran): organisations' and domains' rules ----
ZOHO = ("smtp.codes/zoho (Zoho Mail lets the receiving domain set mail filters: '541 5.4.1 Mail rejected by destination "
        "domain', '452 <x> Mailbox delivery restricted by policy error': the receiving domain's filters block the "
        "message)")
EXCHANGE_RULE = ("An Exchange 2016 NDR (pastebin.com/HZca6aT2): 'Delivery not authorized, message refused ... the email "
                 "admin for the organization created an email rule restriction', '550 5.7.900 TRANSPORT.RULES."
                 "RejectMessage; the message was rejected by organization policy' (the recipient organisation's rule)")
RULE_ROWS = [
    ("zoho-destination-domain", "541 5.4.1 Mail rejected by destination domain", "5.4.1", "RCPT", False,
     ("filtered", "policyviolation"), R),
    ("zoho-restricted-delay", f"452 <{LEAD}> Mailbox delivery restricted by policy error", "4.2.0", "RCPT", False, (),
     R),
    ("exchange-transport-rule", "550 5.7.900 TRANSPORT.RULES.RejectMessage; the message was rejected by organization "
     "policy", "5.7.900", "DATA", False, ("policyviolation", "filtered", "securityerror"), R),
]
TABL = ("Microsoft 'Fix email delivery issues for error codes 5.7.700 through 5.7.750 in Exchange Online' (550 5.7.703: "
        "'Your message can't be delivered because messages to <recipients> are blocked by your organization using "
        "Tenant Allow Block List': OUR organisation's own list, which only our admin can change)")
TABL_ROWS = [
    ("b36-exo-tabl-703", TABL, exchange_own(
        f"550 5.7.703 Your message can't be delivered because messages to {LEAD} are blocked by your organization "
        "using Tenant Allow Block List.", status="5.7.703", address=LEAD,
        body=f"Your message to {LEAD} couldn't be delivered."), [(LEAD, False, (), S, False)]),
]


def _server_rows() -> list[tuple]:
    out = []
    for entry in SERVER_ROWS:
        out += relay_at("srv", SERVER_SOURCES[entry[0]], "mx.partner.example", [entry])
    return out


MX = "mx.partner.example"
ROWS: list[tuple] = (
    relay_at("en", PERSONAL, MX, PERSONAL_ROWS)
    + relay_at("nostage", PERSONAL, MX, NOSTAGE_ROWS)
    + rows_quoted("b36-q", PERSONAL, MX, LEAD, PERSONAL_ROWS[:4] + PERSONAL_ROWS[6:8])
    + _server_rows()
    + relay_at("lang", LANGS, MX, LANG_ROWS)
    + relay_at("trap", PUBLIC_LISTS, MX, TRAP_SENDER_ROWS)
    + relay_at("trapr", RECIPIENT_SIDE, MX, TRAP_RECIPIENT_ROWS)
    + SIEVE_ROWS
    + relay_at("rule", ZOHO, "mx.zoho.com", RULE_ROWS[:2]) + relay_at("rule", EXCHANGE_RULE, MX, RULE_ROWS[2:])
    + TABL_ROWS
)
