"""The hundred-and-sixty-fourth review: a FRESH review of the mail providers and gateways our review rows cite least.

Census (19:15 UTC, main at d03f611; `grep -ril NAME tests/classifier | wc -l`): SpamTitan 2, Forcepoint 2, Hostinger 2,
ProtonMail 2, Ziggo 2, Telia 2, Telenet 2, Swisscom 2 (Bluewin 3), KPN 3, Proximus 1, Mailcow 4, Namecheap 4, Mandrill
4, Verizon 5, Axigen 5, Zendesk 5, OVH 5, Fastmail 6, Hornetsecurity 6, FortiMail 6, Postmark 6, Rackspace 6. Reviewed
here, those whose reply or notice wordings are publicly documented (vendor help pages, server configuration and
sources): Fastmail, Rackspace (emailsrvr), Mailcow (its Postfix, Dovecot and Rspamd configuration), KPN, Swisscom /
Bluewin and a Swiss hoster (cyon), Telia, OVH, Proton Mail and Proximus. SpamTitan, Forcepoint, Hornetsecurity,
FortiMail, Axigen, Hostinger, Namecheap, Mandrill, Postmark and Zendesk were searched for and left out: no reply
wording of theirs was found in the stored documentation (only generic SMTP code tables), and rows without a source
would be guesses.

Each refusal is written as such a server sends it: user unknown / mailbox disabled / quota / our IP or domain listed /
spam refused / relay denied / message too big / domain not found, in the layouts a real bounce takes: our relay's
RFC 3464 report (Postfix bounce(8), notices.relayed), an Exim plain notice quoting the reply (review_notices14_layouts
.exim without its DSN part), and the provider's language where the notice is localised (a site's translated Postfix
bounce template, bounce(5): "perhaps to add non-English text"; the "host ... said: ... (in reply to ...)" line is
smtp(8)'s own and stays English). CONTROLS for every hard reading: the same refusal naming OUR sender (rejected, the
sender's scope, never hard on the prospect) and a temporary variant (4xx: soft, delayed where the report says it will
retry).

Findings (118 rows, the third batch in review_notices164_more.py; expectations committed before running, in three
batches; main at d03f611): 3 misread. One WRONG
SCOPE mended: Fastmail's "551 5.7.1 Not authorised to send from this header address" (our smarthost refusing our From
header) read filtered, the RECIPIENT's scope (a soft bounce charged to the prospect); soft_wordings.SENDER_REFUSED now
holds "not authorised / authorized to send from this" (beside Google's "send mail as" refusal), with controls (Exim's
notice, "this domain", and "not authorized to send TO this group", which stays the recipient's). Two FALSE HARDS left
as strict xfails: Postfix's check_recipient_access "554 5.7.1 <x>: Recipient address rejected: Access denied" (which
Fastmail's help calls a block) reads userunknown in our relay's report and Exim's notice: review 24's standing call
(the corpus labels the same reply userunknown), for the lead. Everything else read as written: the localised notices
(nl, de, fr, it, sv), our sender named in the same refusals (sender scope), the 4xx variants (delayed), KPN's and
Rackspace's block and throttle texts, Mailcow's Dovecot and Rspamd replies, Proton's notice, Exim's "Unrouteable
address" (hard).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources per section.
test_review_notices164.py runs them. Our sender: sender@example.com (relay reports) / seller@example.com (Exim and
localised notices, Proton's); the prospect lead@partner.example."""

from __future__ import annotations

from tests.classifier.notices import own_postfix, relayed
from tests.classifier.review_notices14_layouts import SELLER, exim, qmail
from tests.classifier.review_notices85 import notice

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
OURS_RELAYED = "sender@example.com"  # notices.relayed's sender (replies.postfix_report)
IP = "192.0.2.25"
UNK, FULL, SUSP = ("userunknown",), ("mailboxfull",), ("suspend",)
BLOCKED, SPAM, RELAY = ("blocked",), ("spamdetected",), ("norelaying",)
BIG, HOSTUNK, REJ = ("mesgtoobig", "exceedlimit"), ("hostunknown",), ("rejected",)
_EXIM_AFTER = {"RCPT": f"RCPT TO:<{LEAD}>", "MAIL": f"MAIL FROM:<{SELLER}>", "DATA": "end of data",
               "CONN": "initial connection"}

# The localised notices' sentences: a site's Postfix bounce template translated (bounce(5)), the smtp(8) line after.
INTRO = {
    "nl": ("Dit is het mailsysteem op host mail.example.com.\n\nHelaas moeten wij u meedelen dat uw bericht niet kon "
           "worden afgeleverd\nbij een of meer ontvangers.", "Onbestelbaar: Quick question"),
    "de": ("Dies ist das Mailsystem auf dem Host mail.example.com.\n\nLeider müssen wir Ihnen mitteilen, dass Ihre "
           "Nachricht nicht an einen\noder mehrere Empfänger zugestellt werden konnte.", "Unzustellbar: Quick question"),
    "fr": ("Ceci est le système de messagerie de l'hôte mail.example.com.\n\nNous avons le regret de vous informer que "
           "votre message n'a pas pu\nêtre remis à un ou plusieurs destinataires.", "Non remis : Quick question"),
    "it": ("Questo è il sistema di posta dell'host mail.example.com.\n\nSiamo spiacenti di informarla che il suo "
           "messaggio non è stato\nconsegnato a uno o più destinatari.", "Non recapitabile: Quick question"),
    "sv": ("Detta är e-postsystemet på värden mail.example.com.\n\nTyvärr kunde ditt meddelande inte levereras till en "
           "eller flera\nmottagare.", "Kunde inte levereras: Quick question"),
}
_IN_REPLY = {"RCPT": " (in reply to RCPT TO command)", "MAIL": " (in reply to MAIL FROM command)",
             "DATA": " (in reply to end of DATA command)", "CONN": ""}


def _expect(hard: bool, reasons: tuple, scope, delay: bool = False) -> list[tuple]:
    return [(LEAD, hard, reasons, scope, delay)]


def dsn(name: str, source: str, mx: str, reply: str, status: str, command: str, hard: bool, reasons: tuple, scope,
        *, action: str | None = None) -> tuple:
    """Our relay's RFC 3464 report of the remote reply (a 4.x status: a delay unless `action` says failed); OUR sender
    written as {ours} in the reply."""
    delay = (action or ("delayed" if status.startswith("4") else "failed")) == "delayed"
    return (f"r164-{name}", source + " (our relay's RFC 3464 report)",
            relayed(reply.format(ours=OURS_RELAYED), status=status, command=command, remote=mx, address=LEAD,
                    action=action), _expect(hard, reasons, scope, delay))


def plain(name: str, source: str, mx: str, reply: str, command: str, hard: bool, reasons: tuple, scope) -> tuple:
    """Exim's plain notice (deliver.c, no DSN part) quoting the remote reply after the command."""
    err = f"SMTP error from remote mail server after {_EXIM_AFTER[command]}: {reply.format(ours=SELLER)}"
    return (f"r164-{name}-exim", source + " (an Exim plain notice quoting the reply)",
            exim(f"r164-{name}", [(LEAD, f"{mx} [192.0.2.7]", err)], to=LEAD, dsn=None), _expect(hard, reasons, scope))


def local(name: str, lang: str, source: str, mx: str, reply: str, command: str, hard: bool, reasons: tuple,
          scope) -> tuple:
    """A localised plain notice (the site's translated template) quoting the remote reply."""
    intro, subject = INTRO[lang]
    said = (f"host {mx}[192.0.2.7] refused to talk to me: " if command == "CONN" else f"host {mx}[192.0.2.7] said: ")
    body = f"{intro}\n\n<{LEAD}>: {said}{reply.format(ours=SELLER)}{_IN_REPLY[command]}\n"
    return (f"r164-{name}-{lang}", source + f" (a {lang} notice, the site's translated bounce template)",
            notice(f"r164-{name}-{lang}", body, to=LEAD, subject=subject), _expect(hard, reasons, scope))


def both(name: str, source: str, mx: str, reply: str, status: str, command: str, hard: bool, reasons: tuple,
         scope) -> list[tuple]:
    """A final reply in our relay's report and in Exim's plain notice."""
    return [dsn(name, source, mx, reply, status, command, hard, reasons, scope),
            plain(name, source, mx, reply, command, hard, reasons, scope)]


# ---- 1. Fastmail -----------------------------------------------------------------------------------------------------
FM = ("hand-made after Fastmail's help pages 'Why messages bounce back' (fastmail.help 7010500320655: '550 5.1.1 "
      "Recipient address rejected: User unknown in virtual mailbox table', 'may also show as 550 5.1.1 Sorry, user "
      "address unknown', '551 5.7.1 Not authorised to send from this header address', 'Host or domain name not found'; "
      "360058753614: 'blocked using xbl.spamhaus.org', 'content rejected', 'access denied') and 'Undelivered email' "
      "(fastmail.com/help/send/undeliverable.html: its Postfix notice, '554 <joe@blogs.net>: Recipient address "
      "rejected: Relay access denied'); Postfix smtpd_check.c for the reply around the words")
FM_MX = "in1-smtp.messagingengine.com"
ROWS: list[tuple] = []
ROWS += both("fm-unknown-virtual", FM, FM_MX, f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in "
             "virtual mailbox table", "5.1.1", "RCPT", True, UNK, R)
ROWS += both("fm-sorry-unknown", FM, FM_MX, "550 5.1.1 Sorry, user address unknown", "5.1.1", "RCPT", True, UNK, R)
ROWS += both("fm-relay-denied", FM, FM_MX, f"554 5.7.1 <{LEAD}>: Recipient address rejected: Relay access denied",
             "5.7.1", "RCPT", False, RELAY, ANY)
ROWS += both("fm-spamhaus", FM, FM_MX, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
             "xbl.spamhaus.org", "5.7.1", "RCPT", False, BLOCKED, S)
ROWS += both("fm-content-rejected", FM, FM_MX, "554 5.7.1 Content rejected", "5.7.1", "DATA", False, (), ANY)
ROWS += [
    # Controls: the refusal names OUR sender (Fastmail as our smarthost refusing our header From; our envelope sender
    # unknown): the sender's scope, never hard on the prospect. A temporary variant: delayed, soft.
    dsn("c-fm-header-address-ours", FM + " (control: our header From refused by Fastmail as our smarthost)",
        "smtp.fastmail.com", "551 5.7.1 Not authorised to send from this header address", "5.7.1", "DATA", False, (),
        S),
    dsn("c-fm-sender-unknown-ours", FM + " (control: OUR envelope sender said unknown, at MAIL FROM)", FM_MX,
        "550 5.1.1 <{ours}>: Sender address rejected: User unknown in virtual mailbox table", "5.1.1", "MAIL", False,
        REJ, S),
    plain("c-fm-sender-unknown-ours", FM + " (control: OUR envelope sender said unknown, at MAIL FROM)", FM_MX,
          "550 5.1.1 <{ours}>: Sender address rejected: User unknown in virtual mailbox table", "MAIL", False, REJ, S),
    dsn("c-fm-sorry-unknown-at-mail-ours", FM + " (control: the same words in reply to MAIL FROM: OUR sender's "
        "address unknown)", FM_MX, "550 5.1.1 Sorry, user address unknown", "5.1.1", "MAIL", False, (), S),
    dsn("c-fm-unknown-450", FM + " (control: the same words under a temporary 450 4.1.1, our relay retrying)", FM_MX,
        f"450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table", "4.1.1", "RCPT",
        False, (), ANY),
    ("r164-fm-own-host-not-found", FM + "; Postfix smtp_addr.c ('Host or domain name not found. Name service error for "
     "name=%s type=%s: Host not found') as our relay's own failure", own_postfix(
         "Host or domain name not found. Name service error for name=partner.example type=MX: Host not found",
         status="5.4.4", address=LEAD), _expect(True, HOSTUNK, R)),
    ("r164-c-fm-own-host-not-found-try-again", FM + "; Postfix smtp_addr.c (', try again': a temporary DNS failure; "
     "control)", own_postfix("Host or domain name not found. Name service error for name=partner.example type=MX: "
                             "Host not found, try again", status="4.4.3", address=LEAD, action="delayed"),
     _expect(False, (), ANY, True)),
]

# ---- 2. Rackspace (emailsrvr.com) ------------------------------------------------------------------------------------
RS = ("hand-made after Rackspace's 'Common email bounce messages' (docs.rackspace.com/docs/common-email-bounces: '450 "
      "4.1.8 <user@domain.com>: Sender address rejected: Domain not found', '451 4.3.0 <servername[xx.xx.xx.xx]>: "
      "Client host rejected: Throttled - Too much spam from your mail server. Try again later.') and its postmaster "
      "codes as listed by smtp.codes/rackspace ('450 4.7.1 Client host {IP} has no PTR record (G1F)', '450 4.2.1 "
      "<email>: Mailbox received too much email in a short period of time (G30)', '421 Too many concurrent "
      "connections from this client (G2)', '451 4.7.1 Received too many messages from a new or untrusted IP (G28)')")
RS_MX = "mx1.emailsrvr.com"
ROWS += [
    dsn("rs-no-ptr", RS, RS_MX, f"450 4.7.1 Client host {IP} has no PTR record (G1F)", "4.7.1", "RCPT", False,
        ("requireptr", "blocked"), S),
    dsn("rs-no-ptr-given-up", RS + " (the same reply after the queue lifetime: failed, a 4.x status)", RS_MX,
        f"450 4.7.1 Client host {IP} has no PTR record (G1F)", "4.7.1", "RCPT", False, ("requireptr", "blocked"), S,
        action="failed"),
    dsn("rs-mailbox-too-much-mail", RS, RS_MX, f"450 4.2.1 <{LEAD}>: Mailbox received too much email in a short "
        "period of time (G30)", "4.2.1", "RCPT", False, (), ANY),
    dsn("rs-throttled-spam", RS, RS_MX, f"451 4.3.0 <mail.example.com[{IP}]>: Client host rejected: Throttled - Too "
        "much spam from your mail server. Try again later.", "4.3.0", "RCPT", False, (), S),
    dsn("rs-concurrent", RS, RS_MX, "421 Too many concurrent connections from this client (G2)", "4.0.0", "CONN",
        False, (), S),
    dsn("rs-untrusted-ip", RS, RS_MX, "451 4.7.1 Received too many messages from a new or untrusted IP (G28)",
        "4.7.1", "RCPT", False, (), S),
    dsn("c-rs-sender-domain-ours", RS + " (control: OUR sender's domain not found, at MAIL FROM)", RS_MX,
        "450 4.1.8 <{ours}>: Sender address rejected: Domain not found", "4.1.8", "MAIL", False, (), S),
]

# ---- 3. Mailcow (Postfix "Postcow", Dovecot, Rspamd) -----------------------------------------------------------------
MC = ("hand-made after mailcow-dockerized's data/conf/postfix/main.cf (mail_name = Postcow; message_size_limit = "
      "104857600; smtpd_recipient_restrictions ... reject_unknown_reverse_client_hostname, reject_unauth_destination; "
      "smtpd_relay_restrictions ... defer_unauth_destination; smtpd_sender_restrictions ... reject_unlisted_sender, "
      "reject_unknown_sender_domain; virtual_transport = lmtp:inet:dovecot:24), Postfix smtpd_check.c's reply texts, "
      "Dovecot's quota-status service (quota_status_overquota = \"552 5.2.2 Mailbox is full\" as deployments set it; "
      "src/plugins/quota/quota-status.c) and LMTP ('User doesn't exist', quota_exceeded_message 'Quota exceeded "
      "(mailbox for user is full)'), Rspamd's milter reject ('Spam message rejected'; mailcow docs 'Custom reject "
      "messages', worker-proxy reject_message)")
MC_MX = "mail.partner.example"
ROWS += both("mc-dovecot-user-doesnt-exist", MC, MC_MX, f"550 5.1.1 <{LEAD}> User doesn't exist: {LEAD}", "5.1.1",
             "RCPT", True, UNK, R)
ROWS += both("mc-quota-status", MC, MC_MX, f"552 5.2.2 <{LEAD}>: Recipient address rejected: Mailbox is full",
             "5.2.2", "RCPT", False, FULL, R)
ROWS += both("mc-lmtp-quota", MC, MC_MX, f"552 5.2.2 <{LEAD}> Quota exceeded (mailbox for user is full)", "5.2.2",
             "DATA", False, FULL, R)
ROWS += both("mc-size", MC, MC_MX, "552 5.3.4 Message size exceeds fixed limit", "5.3.4", "DATA", False, BIG, ANY)
ROWS += both("mc-rspamd-spam", MC, MC_MX, "554 5.7.1 Spam message rejected", "5.7.1", "DATA", False, SPAM, ANY)
ROWS += both("mc-relay-denied", MC, MC_MX, f"554 5.7.1 <{LEAD}>: Relay access denied", "5.7.1", "RCPT", False, RELAY,
             ANY)
ROWS += [
    dsn("mc-defer-unauth", MC + " (defer_unauth_destination: 454)", MC_MX, f"454 4.7.1 <{LEAD}>: Relay access denied",
        "4.7.1", "RCPT", False, (), ANY),
    dsn("mc-reverse-hostname", MC, MC_MX, f"450 4.7.25 Client host rejected: cannot find your reverse hostname, "
        f"[{IP}]", "4.7.25", "RCPT", False, ("requireptr", "blocked"), S),
    dsn("mc-quota-status-452", MC + " (quota-status configured with a temporary 452 4.2.2)", MC_MX,
        f"452 4.2.2 <{LEAD}>: Recipient address rejected: Mailbox is full", "4.2.2", "RCPT", False, FULL, R),
    dsn("c-mc-lmtp-tempfail", MC + " (control: Dovecot LMTP's temporary failure for the same user)", MC_MX,
        f"451 4.3.0 <{LEAD}> Temporary internal error", "4.3.0", "RCPT", False, (), ANY),
    dsn("c-mc-unlisted-sender-ours", MC + " (control: reject_unlisted_sender on OUR sender, at MAIL FROM)", MC_MX,
        "550 5.1.0 <{ours}>: Sender address rejected: User unknown in virtual mailbox table", "5.1.0", "MAIL", False,
        REJ, S),
    plain("c-mc-unlisted-sender-ours", MC + " (control: reject_unlisted_sender on OUR sender, at MAIL FROM)", MC_MX,
          "550 5.1.0 <{ours}>: Sender address rejected: User unknown in virtual mailbox table", "MAIL", False, REJ, S),
    dsn("c-mc-unknown-sender-domain-ours", MC + " (control: reject_unknown_sender_domain on OUR sender)", MC_MX,
        "550 5.1.8 <{ours}>: Sender address rejected: Domain not found", "5.1.8", "MAIL", False, REJ, S),
]

# ---- 4. KPN (Dutch) --------------------------------------------------------------------------------------------------
KPN = ("hand-made after KPN's blacklist help (blacklist.kpnmail.nl/Help/17: 'Your IP: <IP address> is blacklisted, "
       "please see http://blacklist.kpnmail.nl/Help/17'; 'uw IP adres automatisch tijdelijk is geblokkeerd ... na één "
       "uur weer worden opgeheven', a temporary block), its words put in an SMTP reply by hand; the Dutch notice is a "
       "site's translated Postfix template")
KPN_MX = "mx.kpnmail.nl"
KPN_BL = f"Your IP: {IP} is blacklisted, please see http://blacklist.kpnmail.nl/Help/17"
ROWS += [
    dsn("kpn-blacklisted", KPN, KPN_MX, f"550 5.7.1 {KPN_BL}", "5.7.1", "RCPT", False, BLOCKED, S),
    plain("kpn-blacklisted", KPN, KPN_MX, f"550 5.7.1 {KPN_BL}", "RCPT", False, BLOCKED, S),
    local("kpn-blacklisted", "nl", KPN, KPN_MX, f"550 5.7.1 {KPN_BL}", "RCPT", False, BLOCKED, S),
    dsn("kpn-blacklisted-421", KPN + " (the temporary block: 421, our relay retrying)", KPN_MX, f"421 4.7.1 {KPN_BL}",
        "4.7.1", "CONN", False, (), S),
    local("kpn-unknown", "nl", KPN, KPN_MX, f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown", "RCPT",
          True, UNK, R),
    local("kpn-full", "nl", KPN, KPN_MX, f"552 5.2.2 <{LEAD}>: Recipient address rejected: Mailbox full", "RCPT",
          False, FULL, R),
    dsn("c-kpn-unknown-450", KPN + " (control: the unknown user under a temporary 450, our relay retrying)", KPN_MX,
        f"450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown", "4.1.1", "RCPT", False, (), ANY),
    local("c-kpn-sender-unknown-ours", "nl", KPN + " (control: OUR sender said unknown, at MAIL FROM)", KPN_MX,
          "550 5.1.1 <{ours}>: Sender address rejected: User unknown", "MAIL", False, REJ, S),
]

# ---- 5. Swisscom / Bluewin and a Swiss hoster (German, French, Italian) ---------------------------------------------
SW = ("hand-made after cleanmail.ch 'Stricter rules for accepting mail with sender bluewin.ch' ('Forged sender domain "
      "from this server': a bluewin.ch sender not sent through Bluewin's servers, per Bluewin's SPF) and Swisscom's "
      "help 'E-Mailversand scheitert wegen Spam-Merkmalen' (mail sent through the Bluewin servers is checked for spam "
      "and the sending aborted)")
CY = ("hand-made after cyon.ch 'SMTP-Error 550' (a Swiss hoster's list: '550 5.1.1 no such user', '550 5.7.0 Message "
      "Size Violation', '550 Administrative Prohibition' (an RBL-listed domain or a dynamic IP), '550 Relay Not "
      "Permitted', '550 Quarantined/Spam')")
CY_MX = "mx.partner.example"
ROWS += [
    dsn("c-bw-forged-sender-ours", SW + " (control: OUR sender domain called forged: the sender's scope)", CY_MX,
        "550 5.7.1 Forged sender domain from this server", "5.7.1", "MAIL", False, (), S),
    local("c-bw-forged-sender-ours", "de", SW + " (control: OUR sender domain called forged)", CY_MX,
          "550 5.7.1 Forged sender domain from this server", "MAIL", False, (), S),
]
for lang in ("de", "fr", "it"):
    ROWS += [
        local("cy-no-such-user", lang, CY, CY_MX, "550 5.1.1 no such user", "RCPT", True, UNK, R),
        local("cy-size-violation", lang, CY, CY_MX, "550 5.7.0 Message Size Violation", "DATA", False,
              ("mesgtoobig", "exceedlimit", "policyviolation"), ANY),
        local("cy-quarantined", lang, CY, CY_MX, "550 Quarantined/Spam", "DATA", False, SPAM, ANY),
        local("c-cy-no-such-user-ours", lang, CY + " (control: OUR sender named as the missing user, at MAIL FROM)",
              CY_MX, "550 5.1.1 <{ours}>: no such user", "MAIL", False, (), S),
    ]
ROWS += [
    local("cy-relay-not-permitted", "de", CY, CY_MX, "550 Relay Not Permitted", "RCPT", False, RELAY, ANY),
    local("cy-administrative-prohibition", "de", CY, CY_MX, "550 Administrative Prohibition", "RCPT", False, (), ANY),
    dsn("cy-no-such-user", CY, CY_MX, "550 5.1.1 no such user", "5.1.1", "RCPT", True, UNK, R),
    dsn("c-cy-no-such-user-450-unverified", CY + "; Postfix smtpd_check.c reject_unverified_recipient ('Recipient "
        "address rejected: unverified address: %s', unverified_recipient_defer_code 450; control: temporary, the "
        "probe's 'no such user' inside)", CY_MX, f"450 4.1.1 <{LEAD}>: Recipient address rejected: unverified address: "
        "host mx2.partner.example[192.0.2.9] said: 550 5.1.1 no such user", "4.1.1", "RCPT", False, (), ANY),
]

# ---- 6. Telia (Swedish; Telia Finland's rate limit) -----------------------------------------------------------------
TE = ("hand-made after Telia Finland's rate-limit reply as a sender quoted it (gist tjnurmin b3b2b2c1: '451 Connection "
      "refused due to exceeded message sending limits (by IP). External rate limit: preventing high volume sending "
      "(your mail will be sent automatically again when limits allow, you don't need to send it again)')")
SV = ("hand-made after GoDaddy's Swedish help 'Åtgärda avvisat e-postmeddelande med ett avvisningsfel' (the Swedish "
      "words of a mail host: 'Mottagaren hittades inte', 'Kontot finns inte', 'Kontots lagringsutrymme är slut', "
      "'Kontot har inaktiverats'), as a Swedish host (Telia's customers') writes them in its reply")
TE_MX = "mx.telia.example"
TE_RATE = ("451 Connection refused due to exceeded message sending limits (by IP). External rate limit: preventing "
           "high volume sending (your mail will be sent automatically again when limits allow, you don't need to send "
           "it again)")
ROWS += [
    dsn("te-rate-limit", TE, TE_MX, TE_RATE, "4.0.0", "RCPT", False, (), S),
    dsn("te-rate-limit-given-up", TE + " (the same after the queue lifetime: failed, a 4.x status)", TE_MX, TE_RATE,
        "4.0.0", "RCPT", False, (), S, action="failed"),
    local("sv-mottagaren-hittades-inte", "sv", SV, TE_MX, f"550 5.1.1 <{LEAD}>: Mottagaren hittades inte", "RCPT",
          True, UNK, R),
    local("sv-kontot-finns-inte", "sv", SV, TE_MX, "550 5.1.1 Kontot finns inte", "RCPT", True, UNK, R),
    local("sv-lagringsutrymme-slut", "sv", SV, TE_MX, "552 5.2.2 Kontots lagringsutrymme är slut", "RCPT", False,
          FULL, R),
    local("sv-kontot-inaktiverat", "sv", SV, TE_MX, "550 5.2.1 Kontot har inaktiverats", "RCPT", False, SUSP, R),
    dsn("sv-lagringsutrymme-slut-452", SV + " (the temporary variant: 452 4.2.2, our relay retrying)", TE_MX,
        "452 4.2.2 Kontots lagringsutrymme är slut", "4.2.2", "RCPT", False, FULL, R),
    dsn("c-sv-mottagaren-hittades-inte-450", SV + " (control: a temporary 450 4.1.1, our relay retrying)", TE_MX,
        f"450 4.1.1 <{LEAD}>: Mottagaren hittades inte", "4.1.1", "RCPT", False, (), ANY),
    local("c-sv-avsandaren-finns-inte-ours", "sv", SV + " (control: OUR sender's account said missing, at MAIL FROM)",
          TE_MX, "550 5.1.0 <{ours}>: Avsändarens konto finns inte", "MAIL", False, (), S),
]

# ---- 7. OVH (qmail's give-up, French notices) -----------------------------------------------------------------------
OVH = ("hand-made after OVH's guide (gids.ovh.nl EmailSmtpPop3Imap: mail kept in the spool 24 hours, then returned "
       "with 'Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message "
       "has been in the queue too long.'), qmail-send.c's bounce layout")
FR = ("hand-made after emailacademy.fr 'Les erreurs de non-remise des emails et leurs significations' ('550 5.1.1 "
      "<user@example.com>: Recipient address rejected: User unknown in local recipient table', '552 5.2.2 Mailbox "
      "full', '554 5.7.1 Message rejected due to policy restrictions'), as an OVH-hosted recipient's server replies")
OVH_MX = "mx1.mail.ovh.net"
ROWS += [
    ("r164-ovh-qmail-queue-too-long", OVH, qmail("r164-ovh", [(LEAD, "Sorry, I wasn't able to establish an SMTP "
                                                                     "connection. (#4.4.1)\nI'm not going to try again; "
                                                                     "this message has been in the queue too long.")],
                                                 to=LEAD, host="mail.example.com"),
     _expect(False, (), ANY)),
    local("ovh-local-recipient-table", "fr", FR, OVH_MX, f"550 5.1.1 <{LEAD}>: Recipient address rejected: User "
          "unknown in local recipient table", "RCPT", True, UNK, R),
    local("ovh-mailbox-full", "fr", FR, OVH_MX, "552 5.2.2 Mailbox full", "RCPT", False, FULL, R),
    local("ovh-policy", "fr", FR, OVH_MX, "554 5.7.1 Message rejected due to policy restrictions", "DATA", False, (),
          ANY),
    dsn("c-ovh-local-recipient-table-450", FR + " (control: a temporary 450 4.1.1, our relay retrying)", OVH_MX,
        f"450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table", "4.1.1", "RCPT",
        False, (), ANY),
    local("c-ovh-sender-table-ours", "fr", FR + " (control: OUR sender said unknown, at MAIL FROM)", OVH_MX,
          "550 5.1.0 <{ours}>: Sender address rejected: User unknown in local recipient table", "MAIL", False, REJ, S),
]


# ---- 8. Proton Mail's own Postfix notice ----------------------------------------------------------------------------
PM = ("hand-made after Proton Mail's Postfix notice as users posted it publicly (pastebin A1AssNjw: 'This is the mail "
      "system at ProtonMail.', 'For further assistance, please forward this email to support@protonmail.com.', "
      "Reporting-MTA mail-*.protonmail.ch, X-Postfix-Queue-ID) and Proton's help 'SMTP errors' (proton.me/support/"
      "smtp-errors); the quoted replies ordinary Postfix ones")


def proton(name: str, reply: str, status: str, command: str, hard: bool, reasons: tuple, scope,
           action: str = "failed") -> tuple:
    said = f"host mx.partner.example[192.0.2.7] said: {reply.format(ours=SELLER)}{_IN_REPLY[command]}"
    raw = ("From: MAILER-DAEMON@protonmail.ch (Mail Delivery System)\nTo: seller@example.com\n"
           "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
           "X-Hand-Made: yes (review 164, Proton's Postfix notice)\nMIME-Version: 1.0\n"
           'Content-Type: multipart/report; report-type=delivery-status; boundary="P1"\n\n'
           "--P1\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at ProtonMail.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
           "It's attached below.\n\nFor further assistance, please forward this email to support@protonmail.com.\n\n"
           "If you do so, you can delete your own text from the attached returned message.\n\n"
           f"<{LEAD}>: {said}\n\n--P1\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; mail-40133.protonmail.ch\nX-Postfix-Queue-ID: 0C14510015C9\n"
           "X-Postfix-Sender: rfc822; seller@example.com\n\n"
           f"Final-Recipient: rfc822; {LEAD}\nOriginal-Recipient: rfc822;{LEAD}\nAction: {action}\nStatus: {status}\n"
           f"Remote-MTA: dns; mx.partner.example\nDiagnostic-Code: smtp; {reply.format(ours=SELLER)}\n\n"
           "--P1\nContent-Type: message/rfc822\n\nReturn-Path: <seller@example.com>\nFrom: Seller <seller@example.com>\n"
           f"To: {LEAD}\nSubject: Quick question\nMessage-ID: <r164-{name}@protonmail.com>\n\nHello\n--P1--\n").encode()
    return (f"r164-pm-{name}", PM, raw, _expect(hard, reasons, scope, action == "delayed"))


ROWS += [
    proton("unknown", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table",
           "5.1.1", "RCPT", True, UNK, R),
    proton("mailbox-full", "552 5.2.2 Mailbox full", "5.2.2", "RCPT", False, FULL, R),
    proton("proton-ip-listed", "554 5.7.1 Service unavailable; Client host [185.70.40.101] blocked using "
           "zen.spamhaus.org", "5.7.1", "RCPT", False, BLOCKED, S),
    proton("domain-not-found", f"550 5.1.2 <{LEAD}>: Recipient address rejected: Domain not found", "5.1.2", "RCPT",
           True, HOSTUNK, R),
    proton("c-sender-unknown-ours", "550 5.1.1 <{ours}>: Sender address rejected: User unknown in virtual mailbox "
           "table", "5.1.1", "MAIL", False, REJ, S),
    proton("c-unknown-delayed", f"450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox "
           "table", "4.1.1", "RCPT", False, (), ANY, action="delayed"),
    proton("c-domain-not-found-450", f"450 4.1.2 <{LEAD}>: Recipient address rejected: Domain not found", "4.1.2",
           "RCPT", False, (), ANY, action="delayed"),
]

# ---- 9. Proximus (Belgium): our own ISP relay refusing us -----------------------------------------------------------
PX = ("hand-made after Proximus's help 'Your IP address is in our blacklist' (proximus.be: '554 Access denied - Under "
      "investigation for spam abuse. Contact your email provider for more info'; relay.proximus.be refusing a "
      "customer's sending): our own ISP relay refusing OUR mail, the sender's scope")
ROWS += [
    dsn("px-relay-access-denied-ours", PX, "relay.proximus.be", "554 Access denied - Under investigation for spam "
        "abuse. Contact your email provider for more info", "5.0.0", "MAIL", False, (), S),
    local("px-relay-access-denied-ours", "nl", PX, "relay.proximus.be", "554 Access denied - Under investigation for "
          "spam abuse. Contact your email provider for more info", "MAIL", False, (), S),
    local("px-relay-access-denied-ours", "fr", PX, "relay.proximus.be", "554 Access denied - Under investigation for "
          "spam abuse. Contact your email provider for more info", "MAIL", False, (), S),
]

# ---- Second batch (written before it ran, after the mend of soft_wordings.SENDER_REFUSED): the mend's controls, and
# the refusals above in the other layouts and languages. ------------------------------------------------------------
GROUP = ("hand-made after Exchange's group delivery restriction (Microsoft Learn 'NDR 5.7.1 ... not authorized to send "
         "to this group': the group's own choice of senders, the recipient's scope; review 123/126's rows)")
ROWS += [
    plain("c-fm-header-address-ours", FM + " (control of the mend: the same words in Exim's notice)",
          "smtp.fastmail.com", "551 5.7.1 Not authorised to send from this header address", "DATA", False, (), S),
    dsn("c-not-authorized-from-this-domain-ours", FM + " (control of the mend: US spelling, 'this domain')",
        "smtp.fastmail.com", "551 5.7.1 Not authorized to send from this domain", "5.7.1", "DATA", False, (), S),
    dsn("c-not-authorized-to-this-group", GROUP + " (control of the mend: 'send TO this group' stays the recipient's)",
        "mx.partner.example", f"550 5.7.1 <{LEAD}>: You are not authorized to send to this group", "5.7.1", "RCPT",
        False, (), R),
    dsn("mc-rspamd-greylist", MC + "; Rspamd's greylist module ('Try again later')", MC_MX,
        "451 4.7.1 Try again later", "4.7.1", "RCPT", False, (), ANY),
    proton("c-mailbox-full-delayed", "452 4.2.2 Mailbox full", "4.2.2", "RCPT", False, FULL, R, action="delayed"),
    plain("c-bw-forged-sender-ours", SW + " (control: OUR sender domain called forged)", CY_MX,
          "550 5.7.1 Forged sender domain from this server", "MAIL", False, (), S),
    local("mc-size", "nl", MC, MC_MX, "552 5.3.4 Message size exceeds fixed limit", "DATA", False, BIG, ANY),
    local("mc-domain-not-found", "it", MC, MC_MX, f"550 5.1.2 <{LEAD}>: Recipient address rejected: Domain not found",
          "RCPT", True, HOSTUNK, R),
    local("c-mc-sender-domain-not-found-ours", "it", MC + " (control: OUR sender's domain not found, at MAIL FROM)",
          MC_MX, "550 5.1.8 <{ours}>: Sender address rejected: Domain not found", "MAIL", False, REJ, S),
    local("fm-spamhaus", "sv", FM, FM_MX, f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
          "zen.spamhaus.org", "RCPT", False, BLOCKED, S),
    local("fm-relay-denied", "fr", FM, FM_MX, f"554 5.7.1 <{LEAD}>: Relay access denied", "RCPT", False, RELAY, ANY),
    local("mc-dovecot-user-doesnt-exist", "de", MC, MC_MX, f"550 5.1.1 <{LEAD}> User doesn't exist: {LEAD}", "RCPT",
          True, UNK, R),
]

