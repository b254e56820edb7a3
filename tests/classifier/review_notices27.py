"""The twenty-seventh review's whole notices: two older bounce analysers' rule tables read as an
outside opinion (their code only: none of their test folders or sample mails were opened):

- Perl's Mail::DeliveryStatus::BounceParser 1.543 (Debian libmail-deliverystatus-bounceparser-perl,
  /usr/share/perl5/Mail/DeliveryStatus/BounceParser.pm): the alternatives of `_std_reason()`
  (user_unknown, over_quota, domain_error, spam, message_too_large) and its status map;
- PHPMailer-BMH's rule file (voku/PHPMailer-BMH src/BounceMailHandler/phpmailer-bmh_rules.php,
  `bmhBodyRules` and `bmhDSNRules`): each rule's regular expression and the diagnostic its comment
  quotes, with the rule's category (unknown, full, inactive, dns_unknown, antispam, ...).

Each rule was written out as the shortest whole reply a server sends with its words (where the rule's
comment quotes a diagnostic, that diagnostic; otherwise the regular expression completed by hand
into a reply line), put into our Postfix relay's report of the reply (notices.relayed, with a fitting
status and SMTP stage) and, when final, Gmail's own DSN quoting it (notices.gmail_own); the words of
our own relay or of a sendmail transcript go into own_postfix. The probe ran before these rows were
written, as in reviews 22-25; wordings Sisimai's tables already gave (reviews 23-25) were skipped.

The analysers' categories were NOT copied: both call many soft causes hard (BMH's 'unknown' holds
relay refusals, disabled accounts and "Access denied"; its 'dns_unknown' holds timeouts and "No
route to host"; BounceParser's user_unknown holds "disabled", "suspended", "inactive"). Each
expectation is this project's taxonomy's reading of the words (/work/shared/classifier/taxonomy.md):
hard only where the address itself is bad. The team's call stands: English "user unknown"-type text
with no SMTP stage and no 5.1.x status reads filtered (soft); rows here give a stage or a status.

BounceParser's rows are in review_notices27_bounceparser.py, a third table's (the PHP BounceHandler's
phrase list as node-bounce-handler keeps it) in review_notices27_bouncelist.py, and KumoMTA's community
bounce rules (assets/community/bounces.toml) in review_notices27_kumo.py; a few of Dada Mail's rules'
wordings are below (DADA). Only the quoted words are the analysers' (or
the cited server's); status lines, hosts and layouts are written here by hand. All HAND-MADE; test_review_notices27.py runs them."""

from __future__ import annotations

from tests.classifier.notices import gmail_own, own_postfix, relayed
from tests.classifier.review_notices27_bounceparser import MDBP_REPLIES
from tests.classifier.review_notices27_bouncelist import NBH_REPLIES
from tests.classifier.review_notices27_kumo import KUMO_REPLIES

LEAD = "lead@example.org"
MX = "mx.example.org"
R, S, ANY = "recipient", "sender", None
UNK = ("userunknown",)
FULL = ("mailboxfull",)
SUSP = ("suspend",)
DADA = "Dada Mail dada/data/bounce_handler_rules.pl rule {} as outside opinion (reply line written by hand)"
BMH = "PHPMailer-BMH phpmailer-bmh_rules.php (voku/PHPMailer-BMH) rule {} as outside opinion"
SOFT_ANY = ()


def _gmail(diag: str, status: str, address: str = LEAD) -> bytes:
    body = (f"Your message wasn't delivered to {address} because the remote server returned an error.\n\n"
            f"The response was:\n\n{diag}")
    return gmail_own(diag, status=status, heading="Message not delivered", body=body, address=address, remote=MX)


# (name, source, reply, status, SMTP command, reasons it may read as, hard, scope)
REPLIES = [
    # --- PHPMailer-BMH bmhBodyRules ---
    ("bmh-no-such-address-here", BMH.format("0237"), "550 5.1.1 <lead@example.org>: no such address here",
     "5.1.1", "RCPT", UNK, True, R),
    ("bmh-cant-find-users-mailbox", BMH.format("0164"), "550 Sorry, can't find user's mailbox. (#5.1.1)",
     "5.1.1", "RCPT", UNK, True, R),
    ("bmh-invalid-recipient", BMH.format("0233"), "550 Invalid recipient: <lead@example.org>",
     None, "RCPT", UNK, True, R),
    ("bmh-domino-not-unique", BMH.format("0254"),
     "550 5.1.4 Recipient user name info (lead@example.org) not unique.  Several matches found in Domino "
     "Directory.", "5.1.4", "RCPT", ("filtered", "onhold", "undefined"), False, R),
    ("bmh-over-quota-unable", BMH.format("0182"), "552 This account is over quota and unable to receive mail.",
     "5.2.2", "RCPT", FULL, False, R),
    ("bmh-mailfolder-over-quota", BMH.format("0182"),
     "552 The users mailfolder is over the allowed quota (size). (#5.2.2)", "5.2.2", "DATA", FULL, False, R),
    ("bmh-user-disk-quota-430", BMH.format("0158"), "452 User disk quota exceeded. (#4.3.0)", "4.3.0", "RCPT",
     FULL, False, R),
    ("bmh-mta-imposed-quota", BMH.format("0166"),
     "552 mailbox is full (MTA-imposed quota exceeded while writing to file /mbx201/A100/mail/.inbox)",
     "5.2.2", "DATA", FULL, False, R),
    ("bmh-quota-exceed-hard-limit", BMH.format("0168"),
     "552 The message to lead@example.org is bounced because : Quota exceed the hard limit", "5.0.0", "DATA",
     FULL, False, R),
    ("bmh-not-enough-storage-space", BMH.format("0253"),
     "552 Message rejected. Not enough storage space in user's mailbox to accept message.", "5.0.0", "DATA",
     FULL, False, R),
    ("bmh-user-is-inactive-eyou", BMH.format("0171"), "553 user is inactive (eyou mta)", "5.0.0", "RCPT",
     SUSP, False, R),
    ("bmh-is-restricted", BMH.format("0201/0209"), "553 mailbox lead@example.org is restricted", "5.0.0", "RCPT",
     ("filtered", "suspend"), False, R),
    ("bmh-inactive-account-bracket", BMH.format("0181"), "550 lead@example.org [Inactive account]", "5.0.0",
     "RCPT", SUSP, False, R),
    ("bmh-gmail-temp-failure-no-conversation", BMH.format("0251"),
     "TEMP_FAILURE: Could not initiate SMTP conversation with any hosts: [example.org (1): Connection timed out]",
     "5.0.0", None, ("networkerror", "expired"), False, R),
    ("bmh-input-output-error", BMH.format("0172"),
     "451 Unable to switch to /var/vpopmail/domains/example.org: input/output error. (#4.3.0)", "4.3.0", "RCPT",
     ("systemerror",), False, R),
    ("bmh-cannot-open-new-email-file", BMH.format("0173"),
     "451 can not open new email file errno=13 file=/home/vpopmail/domains/example.org/0/lead/Maildir/tmp/1155"
     ".28358.mx05,S=212350", "4.3.0", "DATA", ("systemerror", "mailererror"), False, R),
    ("bmh-resources-temporarily-unavailable", BMH.format("0163"),
     "451 mta283.mail.example.org Resources temporarily unavailable. Please try again later [#4.16.5].",
     "4.0.0", "DATA", ("systemerror", "speeding", "toomanyconn"), False, ANY),
    ("bmh-rota-dnsbl", BMH.format("0250"),
     "550 5.7.1 Your message (sent through 209.85.132.244) was blocked by ROTA DNSBL. If you are not a spammer, "
     "open http://www.rota.lv/DNSBL and follow instructions", "5.7.1", "RCPT", ("blocked",), False, S),
    ("bmh-messages-without-to", BMH.format("0248"), "554 Messages without To: fields are not accepted here",
     "5.6.0", "DATA", ("contenterror", "notcompliantrfc"), False, R),
    ("bmh-non-western-charsets", BMH.format("0043"),
     "550 The user does not accept email in non-Western (non-Latin) character sets.", "5.0.0", "DATA",
     ("filtered", "contenterror", "policyviolation"), False, R),
    # --- PHPMailer-BMH bmhDSNRules ---
    ("bmh-requested-mailbox-exceeds-quota", BMH.format("0129"), "552 Requested mailbox exceeds quota.", "5.2.2",
     "RCPT", FULL, False, R),
    ("bmh-larger-or-mailbox-full", BMH.format("0145/0146"),
     "552 5.2.2 This message is larger than the current system limit or the recipient's mailbox is full. Create "
     "a shorter message body or remove attachments and try sending it again.", "5.2.2", "DATA",
     ("mailboxfull", "mesgtoobig"), False, R),
    ("bmh-recipient-storage-full", BMH.format("0145"), "552 recipient storage full, try again later", "5.2.2",
     "RCPT", FULL, False, R),
    ("bmh-hermes-destination-mailbox-full", BMH.format("0145"),
     "551 bounce as<the destination mailbox <lead@example.org> is full> queue as "
     "100.1.ZmxEL.720k.1140313037.lead@example.org", "5.0.0", "DATA", FULL, False, R),
    ("bmh-zuviele-mails", BMH.format("0998 (DSN)"), "422 Benutzer hat zuviele Mails auf dem Server", "4.2.2",
     "RCPT", FULL, False, R),
    ("bmh-mailbox-quota-usage-exceeded", BMH.format("0996"), "422 Mailbox quota usage exceeded", "4.2.2",
     "RCPT", FULL, False, R),
    ("bmh-exhausted-allowed-storage", BMH.format("0995"), "552 User has exhausted allowed storage space", "5.2.2",
     "RCPT", FULL, False, R),
    ("bmh-mailbox-exceeds-allowed-size", BMH.format("0994"), "552 User mailbox exceeds allowed size", "5.2.2",
     "RCPT", FULL, False, R),
    ("bmh-does-not-have-enough-space", BMH.format("0246"),
     "552 Account(s) <lead@example.org> does not have enough space", "5.0.0", "RCPT", FULL, False, R),
    ("bmh-notes-not-listed-nab", BMH.format("0103"),
     "550 5.1.1 User lead (lead@example.org) not listed in public Name & Address Book", "5.1.1", "RCPT",
     UNK, True, R),
    ("bmh-user-path-no-exist", BMH.format("0106"), "550 user path no exist", "5.1.1", "RCPT", UNK, True, R),
    ("bmh-qq-no-valid-recipients", BMH.format("0185"), "554 qq Sorry, no valid recipients (#5.1.3)", "5.1.3",
     "RCPT", UNK, True, R),
    ("bmh-invalid-address-550", BMH.format("0111"), "550 lead - invalid address (#5.5.0)", "5.5.0", "RCPT",
     UNK, True, R),
    ("bmh-invalid-user", BMH.format("0111"), "550 <lead@example.org>: Invalid User", "5.1.1", "RCPT", UNK, True,
     R),
    ("bmh-disabled-or-discontinued", BMH.format("0114"),
     "554 delivery error: dd Sorry your message to lead@example.org cannot be delivered. This account has been "
     "disabled or discontinued [#102]. - mta173.mail.tpe.example.org", "5.0.0", "DATA", SUSP, False, R),
    ("bmh-unknown-or-illegal-alias", BMH.format("0128"), "550 5.1.1 unknown or illegal alias: lead@example.org",
     "5.1.1", "RCPT", UNK, True, R),
    ("bmh-mailbox-unavailable-450", BMH.format("0122"), "450 mailbox unavailable.", "4.0.0", "RCPT", SOFT_ANY,
     False, ANY),
    ("bmh-no-mailbox-by-that-name-571", BMH.format("0123"), "553 sorry, no mailbox here by that name (#5.7.1)",
     "5.7.1", "RCPT", UNK, True, R),
    ("bmh-user-paren-unknown", BMH.format("0125"), "550 User (lead@example.org) unknown.", "5.1.1", "RCPT", UNK,
     True, R),
    ("bmh-user-disabled", BMH.format("0133"), "550 user disabled", "5.2.1", "RCPT", SUSP, False, R),
    ("bmh-mailbox-temporarily-disabled", BMH.format("0133"),
     "452 4.2.1 mailbox temporarily disabled: lead@example.org", "4.2.1", "RCPT", SUSP, False, R),
    ("bmh-mailbox-not-found-or-inactivated", BMH.format("0136"),
     "550 Mailbox ( lead@example.org ) not found or inactivated", "5.0.0", "RCPT", ("userunknown", "suspend"),
     False, R),
    ("bmh-bounced-by-administrator", BMH.format("0151"),
     "5.x.0 - Message bounced by administrator  (delivery attempts: 0)", "5.0.0", None,
     ("filtered", "policyviolation", "onhold", "undefined", "rejected"), False, ANY),
    ("bmh-now-disabled-with-mta", BMH.format("0152"), "550 <lead> is now disabled with MTA service.", "5.0.0",
     "RCPT", SUSP, False, R),
    ("bmh-wrong-recipients-540", BMH.format("0159"),
     "5.1.0 - Unknown address error 540-'Error: Wrong recipients' (delivery attempts: 0)", "5.1.0", None, UNK,
     True, R),
    ("bmh-bad-address-501", BMH.format("0160"), "501 #5.1.1 bad address lead@example.org", "5.1.1", "RCPT", UNK,
     True, R),
    ("bmh-rcpt-user-not-ok", BMH.format("0186"), "550 Command RCPT User <lead@example.org> not OK", "5.0.0",
     "RCPT", SOFT_ANY, False, R),
    ("bmh-access-denied-xm-ssr", BMH.format("0189"), "550 5.7.1 Access-Denied-XM.SSR-001", "5.7.1", "RCPT",
     ("blocked", "policyviolation", "securityerror", "filtered"), False, ANY),
    ("bmh-domain-map-lookup-failed", BMH.format("0195"),
     "550 5.1.1 <lead@example.org>... email address lookup in domain map failed", "5.1.1", "RCPT", UNK, True, R),
    ("bmh-not-member-of-domain", BMH.format("0198"), "550 User not a member of domain: <lead@example.org>",
     "5.1.1", "RCPT", UNK, True, R),
    ("bmh-recipient-cannot-be-verified", BMH.format("0202"),
     "550-The recipient cannot be verified.  Please check all recipients of this message to verify they are "
     "valid.", "5.0.0", "RCPT", SOFT_ANY, False, ANY),
    ("bmh-unable-to-relay-for", BMH.format("0203"), "550 Unable to relay for lead@example.org", "5.7.1", "RCPT",
     ("norelaying",), False, ANY),
    ("bmh-user-not-exist-colon", BMH.format("0205"), "550 lead@example.org:user not exist", "5.1.1", "RCPT", UNK,
     True, R),
    ("bmh-recipient-doesnt-exist-571", BMH.format("0205"), "550 sorry, that recipient doesn't exist (#5.7.1)",
     "5.7.1", "RCPT", UNK, True, R),
    ("bmh-does-not-have-an-account-here", BMH.format("0207"),
     "550-I'm sorry but lead@example.org does not have an account here. I will not accept mail for him", "5.1.1",
     "RCPT", UNK, True, R),
    ("bmh-account-not-allowed", BMH.format("0220"), "550 This account is not allowed...lead@example.org",
     "5.0.0", "RCPT", ("filtered", "suspend", "policyviolation"), False, R),
    ("bmh-inactive-user", BMH.format("0135"), "550 <lead@example.org>: inactive user", "5.0.0", "RCPT", SUSP,
     False, R),
    ("bmh-account-inactive", BMH.format("0155"), "550 lead@example.org Account Inactive", "5.0.0", "RCPT", SUSP,
     False, R),
    ("bmh-user-account-not-activated", BMH.format("0177"), "550 <lead@example.org>... User account not activated",
     "5.0.0", "RCPT", SUSP, False, R),
    ("bmh-user-suspended", BMH.format("0183"), "550 User suspended", "5.2.1", "RCPT", SUSP, False, R),
    ("bmh-account-expired", BMH.format("0183"), "550 account expired", "5.0.0", "RCPT", SUSP, False, R),
    ("bmh-recipient-address-no-longer-exists", BMH.format("0184"),
     "553 5.3.0 <lead@example.org>... Recipient address no longer exists", "5.3.0", "RCPT",
     ("userunknown", "hasmoved"), True, R),
    ("bmh-forgery-or-deactivated-abuse", BMH.format("0196"),
     "553 VS10-RT Possible forgery or deactivated due to abuse (#5.1.1) 192.0.2.211", "5.1.1", "RCPT",
     SOFT_ANY, False, ANY),
    ("bmh-user-status-locked", BMH.format("0228"), "550 <lead@example.org>: User status is locked.", "5.0.0",
     "RCPT", SUSP, False, R),
    ("bmh-user-refused-to-receive", BMH.format("0156"), "553 User refused to receive this mail.", "5.0.0", "DATA",
     ("filtered",), False, R),
    ("bmh-sender-not-in-my-domain", BMH.format("0206"),
     "501 seller@example.com Sender email is not in my domain", "5.0.0", "MAIL", ("rejected",), False, S),
    ("bmh-message-refused", BMH.format("0175"), "554 Message refused", "5.0.0", "DATA", SOFT_ANY, False, ANY),
    ("bmh-no-permit", BMH.format("0190"), "550 5.0.0 <lead@example.org>... No permit", "5.0.0", "RCPT", SOFT_ANY,
     False, ANY),
    ("bmh-auth-failed", BMH.format("0197"), "553 AUTH FAILED - lead@example.org", "5.0.0", "RCPT", SOFT_ANY,
     False, ANY),
    ("bmh-not-local-host-not-gateway", BMH.format("0204"), "550 not local host example.org, not a gateway",
     "5.0.0", "RCPT", ("norelaying",), False, ANY),
    ("bmh-unauthorized-relay", BMH.format("0215"), "500 Unauthorized relay msg rejected", "5.0.0", "RCPT",
     ("norelaying",), False, ANY),
    ("bmh-transaction-failed", BMH.format("0221"), "554 Transaction failed", "5.0.0", "DATA", SOFT_ANY, False,
     ANY),
    ("bmh-invalid-data-in-message", BMH.format("0223"), "554 5.5.2 Invalid data in message", "5.5.2", "DATA",
     ("syntaxerror", "contenterror"), False, ANY),
    ("bmh-local-user-only", BMH.format("0224"), "550 Local user only or Authentication mechanism", "5.0.0",
     "RCPT", ("norelaying", "securityerror"), False, ANY),
    ("bmh-not-permitted-to-relay", BMH.format("0225"),
     "550-mail.example.com [192.0.2.211] is currently not permitted to relay through this server. Perhaps you "
     "have not logged into the pop/imap server in the last 30 minutes or do not have SMTP Authentication turned "
     "on in your email client.", "5.0.0", "RCPT", ("norelaying",), False, ANY),
    ("bmh-content-reject", BMH.format("0165"), "550 Content reject. FAAAANsG60M9BmDT.1", "5.0.0", "DATA",
     ("spamdetected", "filtered", "policyviolation", "contenterror"), False, ANY),
    ("bmh-messagewall-mime-reject", BMH.format("0212"), "552 MessageWall: MIME/REJECT: Invalid structure",
     "5.0.0", "DATA", ("contenterror", "notcompliantrfc"), False, ANY),
    ("bmh-mime-error-invalid-header", BMH.format("0217"),
     "554 5.6.0 Message with invalid header rejected, id=13462-01 - MIME error: error: UnexpectedBound: part "
     "didn't end with expected boundary [in multipart message]; EOSToken: EOF; EOSType: EOF", "5.6.0", "DATA",
     ("contenterror", "notcompliantrfc"), False, ANY),
    ("bmh-mail-data-refused-aisp", BMH.format("0218"), "553 Mail data refused by AISP, rule [169648].", "5.0.0",
     "DATA", ("spamdetected", "filtered", "policyviolation"), False, ANY),
    ("bmh-specified-domain-not-allowed", BMH.format("0180"), "553 Specified domain is not allowed.", "5.0.0",
     "RCPT", ("norelaying", "rejected", "policyviolation", "filtered"), False, ANY),
    ("bmh-system-busy", BMH.format("0112"), "451 System(u) busy, try again later.", "4.0.0", "RCPT",
     ("systemerror", "toomanyconn", "speeding"), False, ANY),
    ("bmh-mail-action-aborted", BMH.format("0116"), "451 Requested mail action aborted: problem with the recipient",
     "4.0.0", "RCPT", SOFT_ANY, False, ANY),
    ("bmh-sender-is-rejected-netease", BMH.format("0101"),
     "554 sender is rejected: 0,mx20,wKjR5bDrnoM2yNtEZVAkBg==.32467S2", "5.0.0", "MAIL",
     ("rejected", "blocked"), False, S),
    ("bmh-client-host-rejected-access-denied", BMH.format("0102"),
     "554 <unknown[192.0.2.1]>: Client host rejected: Access denied", "5.7.1", "RCPT", ("blocked",), False, S),
    ("bmh-mail-from-mismatches-client-ip", BMH.format("0104"),
     "554 Connection refused(mx). MAIL FROM [seller@example.com] mismatches client IP [192.0.2.1].", "5.0.0",
     "MAIL", ("rejected", "blocked", "authfailure", "requireptr"), False, S),
    ("bmh-denyip", BMH.format("0144"), "554 Please visit http://antispam.example.org/denyip.php?IP=192.0.2.1 "
     "(#5.7.1)", "5.7.1", "CONN", ("blocked",), False, S),
    ("bmh-dynablock-ws02", BMH.format("0242"),
     "554 Service unavailable; Client host [192.0.2.211] blocked using dynablock.example.org; Your message could "
     "not be delivered due to complaints we received regarding the IP address you're using or your ISP. See "
     "http://blackholes.example.org/ Error: WS-02", "5.7.1", "RCPT", ("blocked",), False, S),
    ("bmh-mail-is-rejected-mx3", BMH.format("0147"),
     "550 Requested action not taken: mail IsCNAPF76kMDARUY.56621S2 is rejected,mx3,BM", "5.0.0", "DATA",
     ("spamdetected", "filtered", "policyviolation", "blocked"), False, ANY),
    ("bmh-spam-message-is-detected", BMH.format("0162"), "552 sorry, the spam message is detected (#5.6.0)",
     "5.6.0", "DATA", ("spamdetected",), False, ANY),
    ("bmh-rejected-as-spam-see", BMH.format("0216"),
     "554 5.7.1 Rejected as Spam see: http://rejected.example.org/help/spam/rejected.html", "5.7.1", "DATA",
     ("spamdetected",), False, ANY),
    ("bmh-spamtrap-reject-mode", BMH.format("0200"),
     "553 5.7.1 <lead@example.org>... SpamTrap=reject mode, dsn=5.7.1, Message blocked by BOX Solutions "
     "(www.example.org) SpamTrap Technology, please contact the example.org site manager for help: (ctlusr8012).",
     "5.7.1", "DATA", ("spamdetected", "blocked", "filtered"), False, ANY),
    ("bmh-verify-mailfrom-failed", BMH.format("0210"), "550 Verify mailfrom failed,blocked", "5.0.0", "MAIL",
     ("rejected",), False, S),
    ("bmh-mail-from-mismatched-header", BMH.format("0226"),
     "550 Error: MAIL FROM is mismatched with message header from address!", "5.0.0", "DATA",
     ("rejected", "policyviolation", "authfailure"), False, S),
    ("bmh-spam-scale", BMH.format("0211"),
     "554 5.7.1 Message scored too high on spam scale.  For help, please quote incident ID 22492290.", "5.7.1",
     "DATA", ("spamdetected",), False, ANY),
    ("bmh-client-host-bypassing-relay", BMH.format("0229"),
     "554 5.7.1 reject: Client host bypassing service provider's mail relay: mail.example.com", "5.7.1", "RCPT",
     ("blocked",), False, S),
    ("bmh-seems-as-junk-mail", BMH.format("0230"), "550 sorry, it seems as a junk mail", "5.0.0", "DATA",
     ("spamdetected",), False, ANY),
    ("bmh-message-filtered-faqs", BMH.format("0243"), "553-Message filtered. Please see the FAQs section on spam",
     "5.0.0", "DATA", ("spamdetected", "filtered"), False, ANY),
    ("bmh-temporary-local-problem", BMH.format("0142"), "451 Temporary local problem - please try later", "4.3.0",
     "RCPT", ("systemerror",), False, ANY),
    ("bmh-system-config-error", BMH.format("0153"), "553 5.3.5 system config error", "5.3.5", "RCPT",
     ("systemerror",), False, ANY),
    ("bmh-service-unavailable-bare", BMH.format("0214"), "554 5.0.0 Service unavailable", "5.0.0", "RCPT",
     SOFT_ANY, False, ANY),
    # Dada Mail's bounce rules (justingit/dada-mail dada/data/bounce_handler_rules.pl, code only): the
    # wordings its rules match that the tables above did not give.
    ("dada-quota-violation", DADA.format("over_quota 'Quota violation'"), "552 Quota violation", "5.0.0", "RCPT",
     FULL, False, R),
    ("dada-user-inactive", DADA.format("user_inactive 'user inactive'"), "550 user inactive", "5.0.0", "RCPT",
     SUSP, False, R),
    ("dada-account-is-locked", DADA.format("generic_account_is_locked 'account is locked'"),
     "550 account is locked", "5.0.0", "RCPT", SUSP, False, R),
    ("dada-secureserver-mailfolder-full", DADA.format("secureserver_dot_net_mailbox_full 'mailfolder is full'"),
     "552 5.2.2 mailfolder is full", "5.0.0", "DATA", FULL, False, R),
] + MDBP_REPLIES + NBH_REPLIES + KUMO_REPLIES

# Our own relay's words or a sendmail transcript's (no remote reply): own_postfix, X-Postfix diagnostic.
OWN = [
    ("bmh-postfix-file-too-large", BMH.format("0192"),
     "cannot append message to destination file /var/mail/lead: error writing message: File too large", "5.2.2",
     FULL + ("mesgtoobig",), False, R),
    ("bmh-no-route-to-host-suspended", BMH.format("0188"),
     "delivery temporarily suspended: connect to 192.0.2.12[192.0.2.12]:25: No route to host", "4.4.1",
     ("networkerror",), False, ANY),
    ("bmh-host-or-domain-not-found", BMH.format("0238"),
     "Host or domain name not found. Name service error for name=nowhere.example type=A: Host not found", "5.4.4",
     ("hostunknown",), True, R),
    ("bmh-timed-out-end-of-data", BMH.format("0213"),
     "delivery temporarily suspended: conversation with mx.example.org[192.0.2.11] timed out while sending end of "
     "data -- message may be sent more than once", "4.4.2", ("networkerror",), False, ANY),
    ("bmh-sendmail-no-such-file", BMH.format("0141"), "lead@example.org... Deferred: No such file or directory",
     "4.0.0", ("systemerror", "mailererror"), False, ANY),
    ("bmh-communigate-mail-receiving-disabled", BMH.format("0194"), "mail receiving disabled", "5.0.0", SUSP,
     False, R),
    ("bmh-name-server-timeout-5-days", BMH.format("0118"),
     "451 example.org: Name server timeout Message could not be delivered for 5 days", "4.4.7",
     ("expired", "networkerror"), False, ANY),
    ("bmh-deferred-connection-timed-out", BMH.format("0119"),
     "lead@example.org... Deferred: Connection timed out with example.org. Message could not be delivered for 5 "
     "days", "4.4.7", ("expired", "networkerror"), False, ANY),
    ("bmh-host-name-lookup-failure", BMH.format("0121"),
     "lead@example.org... Deferred: Name server: example.org.: host name lookup failure", "4.4.3",
     ("networkerror", "hostunknown"), False, ANY),
    ("bmh-mx-list-points-back", BMH.format("0199"),
     "554 5.0.0 MX list for example.org. points back to mail.example.com 554 5.3.5 Local configuration error",
     "5.3.5", ("systemerror",), False, ANY),
    ("bmh-io-error", BMH.format("0120"), "451 4.0.0 I/O error", "4.0.0", ("systemerror",), False, ANY),
    ("bmh-connection-broken", BMH.format("0231"),
     "SMTP module(domain example.org) reports: connection with mx1.mail.example.org is broken", "4.4.2",
     ("networkerror",), False, ANY),
]


# Controls for the fixes (classifier/rule_wordings.py): what the new words must not catch.
CONTROLS = [
    ("control-sender-address-not-recognized", "HAND-MADE control for rule_wordings' 'address not recognized' "
     "(the sender's address: never a missing recipient)",
     relayed("550 sender address not recognized", status="5.0.0", command="RCPT", remote=MX),
     [(LEAD, False, (), ANY, False)]),
    ("control-blocked-using-list", "HAND-MADE control for rule_wordings.CONTENT_VERDICTS (Postfix's "
     "reject_rbl_client wording, src/smtpd/smtpd_check.c: 'Service unavailable; Client host [x] blocked using x')",
     relayed("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", status="5.7.1",
             command="DATA", remote=MX),
     [(LEAD, False, ("blocked",), S, False)]),
    ("control-restricted-to-senders", "HAND-MADE control for rule_wordings' 'mailbox ... is restricted' (a list "
     "of allowed senders is the recipient's filter, not a disabled mailbox)",
     relayed("550 5.7.1 mailbox lead@example.org is restricted to internal senders", status="5.7.1",
             command="RCPT", remote=MX),
     [(LEAD, False, (), R, False)]),
    ("control-does-not-accept-mail", "HAND-MADE control for rule_wordings.MESSAGE_CONDITIONS (RFC 7505's null MX "
     "text: 'Domain example.org does not accept mail' stays notaccept, hard)",
     relayed("556 5.1.10 Domain example.org does not accept mail (nullMX)", status="5.1.10", command="RCPT",
             remote=MX),
     [(LEAD, True, ("notaccept",), R, False)]),
]

def _rows() -> list[tuple]:
    rows = []
    for name, source, reply, status, command, reasons, hard, scope in REPLIES:
        temporary = (status or "5").startswith("4")
        expected = [(LEAD, hard and not temporary, reasons, scope, temporary)]
        rows.append((f"{name}-relayed", f"{source} (our Postfix relay's report)",
                     relayed(reply, status=status, command=command, remote=MX), expected))
        # Gmail's DSN names no SMTP stage: an English "no such user" there without a 5.1.x status is
        # the team's call (filtered, soft), so those wordings are rows in our relay's report only.
        if not temporary and not ("userunknown" in reasons and hard and not (status or "").startswith("5.1.")):
            rows.append((f"{name}-gmail", f"{source} (Gmail's own DSN quoting it)",
                         _gmail(reply, status or "5.0.0"), expected))
    for name, source, text, status, reasons, hard, scope in OWN:
        temporary = status.startswith("4") and status != "4.4.7"  # 4.4.7: given up, Action failed
        rows.append((f"{name}-own", f"{source} (our relay's own words, X-Postfix)",
                     own_postfix(text, status=status, action="delayed" if temporary else "failed"),
                     [(LEAD, hard, reasons, scope, temporary)]))
    return rows


ROWS = _rows() + CONTROLS
