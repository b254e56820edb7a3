"""The eleventh independent review's whole notices: refusals by mail security gateways and
filters the earlier reviews did not cover (MailChannels Inbound and Outbound Filtering, Vade's
OXSUS codes, Proxmox Mail Gateway's policy daemon and receiver verification, milter-greylist,
SnertSoft's Barricade MX smtpf, ASSP, Baruwa, 3strikes, Sophos Central Email's XGEMAIL codes,
Spamhaus DQS as a Postfix reply map words it, SpamExperts' cloud MX), each reply quoted from the
vendor's page or source named in its row (third-party pages marked weak; where a page gives only a
code and its meaning, the reply line around it is written here by hand and the row says so),
carried in the layout of the MTA that reports it: our Postfix relay's bounce(8) report
(notices.relayed; after the queue lifetime with action failed for the temporary ones), Exim's plain
bounce (review_notices2_gateways.exim_rcpt), Gmail's own DSN, Exchange Online's own NDR. Rows as in
review_notices2.py: (name, source, raw, [(address, hard, reasons, scope, delay)]). The expectation
was written from the vendor's words and shared/classifier/taxonomy.md BEFORE the classifier ran;
test_review_notices11.py runs them. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, relayed
from tests.classifier.review_notices2 import R, S, UNKNOWN
from tests.classifier.review_notices2_gateways import exim_rcpt

BLOCK = ("blocked", "badreputation")
AUTH = ("authfailure",)
IP = "192.0.2.7"
L = "lead@partner.example"
SENDER = "seller@example.com"

# Sources (each wording below is quoted from one of these).
MC_IN = ("MailChannels 'Inbound SMTP errors' (docs.mailchannels.com/inbound/smtp-errors: '450 [S09] Try Again Later' = "
         "greylisted, retry; '550 [S10] Blocked' = the connecting IP address has been blocked by MailChannels; '550 5.1.8 "
         "<user@domain>: Sender address rejected: Domain not found' = the sender's domain returned NXDOMAIN; '554 5.7.1 "
         "<user@domain>: Relay access denied' = the domain is not provisioned on the service; '550 5.7.1 Message rejected' "
         "= identified as abuse (spam, phishing, malware, another policy violation; paired by the page's order); "
         "[IB_FEB] attachment type; '552 5.3.4 Error: message file too big'; the SPF and DMARC policy rejections)")
MC_MISMATCH = ("MailChannels support 360059960912 '452 4.5.3 Recipient policy mismatch' (recipients with a policy other "
               "than the first recipient's are deferred; retried in a separate transaction)")
MC_OUT = ("MailChannels 'Outbound SMTP errors' (docs.mailchannels.com/outbound/smtp-errors: 550 5.7.1 with a bracketed "
          "tag; [SS] spam signature, [RBL] the sending IP or domain on a global blocklist, [ESA] a permanent manual block "
          "of the sender, docs.mailchannels.com/outbound/unblock-senders) and 'Sending policies' (docs.mailchannels.com/"
          "email-api/sending-policies: '550 5.7.1 This sender is not authorized to send from example.com', '550 5.7.1 "
          "[BFD] Sender prohibited by SPF', '550 5.7.1 [ESA] Sender blocked.', '550 5.7.1 [BR] Our system has detected an "
          "excessively high number of invalid recipients originating from your account.', '550 5.7.1 [UNS] Recipient has "
          "unsubscribed from your list.'); our relay's smart host smtp.mailchannels.net refusing")
MC_RBL = ("weak: HostPapa KB 'How to avoid MailChannels errors' (hostpapa.com/knowledgebase/avoid-mailchannels-errors: "
          "'550 5.7.1 [RBL] Sender blocked <IP or domain>': the sending server or domain listed by a global black list)")
PMG = ("Proxmox Mail Gateway, proxmox/pmg-api src/bin/pmgpolicy (greylisting answers 'defer_if_permit Service is "
       "unavailable (try later)', which Postfix's smtpd frames as '450 4.7.1 <rcpt>: Recipient address rejected: ...'; "
       "the frame is written here after Postfix) and src/templates/main.cf.in ('Verify Receivers': "
       "reject_unverified_recipient, unverified_recipient_reject_code = the configured 450 or 550, "
       "unverified_recipient_reject_reason = Recipient address lookup failed)")
PMG_450 = ("weak: pastebin.com/2dK3Pg4A (a gateway's log: '450 4.1.1 <post@...>: Recipient address rejected: unverified "
           "address: Recipient address lookup failed'), " + PMG)
MILTER_GREYLIST = ("milter-greylist, ryoqun/milter-greylist milter-greylist.c log_and_report_greylisting (451 4.7.1 "
                   "'Greylisting in action, please come back in %02d:%02d:%02d', later '... in %R', quiet mode '... please come "
                   "back later')")
SMTPF = ("SnertSoft Barricade MX 'smtpf SMTP Replies' (snertsoft.com/smtp/smtpf/reply.html, milter.info/smtp/smtpf/"
         "reply.html: '550 5.7.1 host %s [%s] black listed #120' = a Connect: access-map REJECT; '450 4.7.1 host %s [%s] "
         "temporary failure #120' = TEMPFAIL; '550 5.7.1 sender <%s> black listed #127' = a From: REJECT; '550 5.7.1 "
         "sender <%s> recipient <%s> black listed #137' = a From:To: REJECT; '550 5.7.1 recipient <%s> black listed #139' "
         "= a To: REJECT)")
ASSP = ("weak: a host's KB 'ASSP bounced back messages and errors' (maxclicksonline.com knowledgebase 10095: '554 5.7.2 "
        "Service denied, closing transmission channel (SESSIONID)' = the sender's IP blocked at IP level; '554 5.7.1 Mail "
        "(SESSIONID) appears to be unsolicited - resend with the code xxxxxxx appended to subject ...' = failed the spam "
        "filters; '451 4.7.1 Please try again later' = the delaying filter; '554 5.7.1 Mail appears infected with "
        "INFECTION -- disinfect and resend.'; '500 These attachments are not allowed -- Please compress (zip,tar..) them "
        "before mailing.')")
BARUWA = ("weak: a Baruwa gateway's 'info' page (bastion.umanix.net/info: 'The sender xxx.xxx.xxx.xxx is banned', 'The "
          "domain example.com is banned', 'Dictionary attack detected' = harvesting, 'The email address does not exist', "
          "'The sender is in a black list rbl.baruwa.net'; the page gives no reply codes: codes written here by hand)")
STRIKES = ("3strikes 'SMTP Replies' (open-mail.org/3strikes/SMTPmessages.txt: 'Sorry! We REJECT your request for a mail "
           "session, because - <ip> is currrently sending large quantities of spam. See http://cbl.abuseat.org'; 'Sorry! We "
           "REJECT this message, bacause - <rcpt> is not a valid address.' / '- <rcpt> won't accept mail from <sender>, "
           "based on its current reputation.' / '- <rcpt> has blacklisted <sender>.'; the page gives no reply codes: "
           "codes written here by hand)")
SOPHOS = ("Sophos Central Email 'SMTP error codes' (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/"
          "EmailSecurity/SMTPErrorCodes: XGEMAIL_0004 'Sender IP address failed an RBL test.', XGEMAIL_0008 '... in the "
          "admin block list.', XGEMAIL_0011 'Message rejected because the recipient's email address doesn't exist in the "
          "Sophos Email protected domain.', XGEMAIL_0014 '... exceeded the recipient's inbound rate limit for the single "
          "sender.'; the page gives no reply codes: the reply line around the code written here by hand)")

DQS = ("weak: SimpleLogin's docs/spamhaus-dqs.md (simple-login/app, as stig.sh mirrors it: the Postfix reply map for "
       "Spamhaus's Data Query Service, '554 $rbl_class $rbl_what blocked using ZEN - see https://www.spamhaus.org/query/"
       "ip/$client_address for details'; and Postfix's refusal when Spamhaus answers an open resolver: '554 5.7.1 Service "
       "unavailable; Client host [...] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/"
       "returnc/pub/...': every sender refused by the recipient's own misconfiguration); the 5.7.1 beside the map's text "
       "written here by hand")
SPAMEXPERTS = ("weak: pastebin.com/gW0meY1d (an on-premises Exchange NDR: 'mx17.antispamcloud.com #550 message submission "
               "is for authorised users only! ##', SpamExperts' cloud MX refusing a domain it does not filter)")

VADE = ("Vade 'postmaster' page (postmaster-oxsus.vadesecure.com: the reply carries a code starting OXSUS; "
        "OXSUS0001_101 '550 5.7.1 Connection refused' = your provider listed on the Vade Secure Threat Network list; "
        "OXSUS0001_105 '550 5.7.1 Connection refused' = no reverse DNS; OXSUS0001_102 '421 4.2.1 Connection deferred' = "
        "its own backend queue; OXSUS0001_110 and _139 '421 4.2.1 Connection refused' = too many connections from one IP; "
        "OXSUS0001_140 = too many messages; where the code sits in the reply is not shown: written here by hand)")

_BODY = "Your message to {a} couldn't be delivered.\n\nThe recipient's email system rejected the message."


def _gm(diag: str, status: str, remote: str, unknown: bool = False, address: str = L) -> bytes:
    """Gmail's own DSN quoting the recipient's gateway (gmail_own)."""
    heading = "Address not found" if unknown else "Message not delivered"
    body = (f"Your message wasn't delivered to {address} because the remote server returned an error.\n\n"
            f"The response was:\n\n{diag}")
    return gmail_own(diag, status=status, heading=heading, body=body, address=address, remote=remote)


def _exo(diag: str, status: str, remote: str, unknown: bool = False, address: str = L) -> bytes:
    """Exchange Online's own NDR quoting the recipient's gateway (exchange_own)."""
    local, _, domain = address.partition("@")
    body = (f"Your message to {address} couldn't be delivered.\n\n{local} wasn't found at {domain}." if unknown
            else _BODY.format(a=address))
    return exchange_own(diag, status=status, body=body, address=address, remote=remote)


def _pf(text: str, status: str, command: str, remote: str, action: str | None = None, address: str = L) -> bytes:
    return relayed(text, status=status, command=command, remote=remote, address=address, action=action)


MCX = "mx1.mailchannels.net"
_S10 = "550 [S10] Blocked"
_SPF = "550 5.7.1 Email has been rejected due to the domain's SPF policy"
_DMARC = "550 5.7.1 Unauthenticated email is not accepted due to domain's DMARC policy"
_FEB = ("550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not "
        "allowed")
_CONTENT = ("policyviolation", "filtered", "contenterror")

# ---- MailChannels Inbound Filtering in front of the recipient ------------------------------
MC_IN_ROWS = [
    ("mc-in-s09-greylisted-delay", MC_IN + " (S09: greylisted, the sender retries)",
     _pf("450 [S09] Try Again Later", "4.0.0", "RCPT", MCX), [(L, False, None, None, True)]),
    ("mc-in-s09-greylisted-final", MC_IN + " (S09 still after Postfix's queue lifetime)",
     _pf("450 [S09] Try Again Later", "4.0.0", "RCPT", MCX, "failed"), [(L, False, None, None, False)]),
    ("mc-in-s10-blocked", MC_IN + " (S10: the connecting IP blocked)",
     _pf(_S10, "5.0.0", "CONN", MCX), [(L, False, BLOCK, S, False)]),
    ("mc-in-s10-blocked-exim", MC_IN + " (S10, Exim's bounce)",
     exim_rcpt("mc1", MCX, _S10, address=L), [(L, False, BLOCK, S, False)]),
    ("mc-in-s10-blocked-gmail", MC_IN + " (S10, as Gmail quotes it)",
     _gm(_S10, "5.0.0", MCX), [(L, False, BLOCK, S, False)]),
    ("mc-in-sender-domain-not-found", MC_IN + " (our envelope sender's domain did not resolve there)",
     _pf(f"550 5.1.8 <{SENDER}>: Sender address rejected: Domain not found", "5.1.8", "RCPT", MCX),
     [(L, False, ("rejected",), S, False)]),
    ("mc-in-sender-domain-not-found-exo", MC_IN + " (the sender's domain, quoted by Exchange Online)",
     _exo(f"550 5.1.8 <{SENDER}>: Sender address rejected: Domain not found", "5.1.8", MCX),
     [(L, False, ("rejected",), S, False)]),
    ("mc-in-relay-access-denied", MC_IN + " (the recipient's domain not provisioned on the service)",
     _pf(f"554 5.7.1 <{L}>: Relay access denied", "5.7.1", "RCPT", MCX), [(L, False, ("norelaying",), None, False)]),
    ("mc-in-message-rejected-abuse", MC_IN + " (550 5.7.1 Message rejected: judged abuse, permanent)",
     _pf("550 5.7.1 Message rejected", "5.7.1", "DATA", MCX), [(L, False, None, None, False)]),
    ("mc-in-ib-feb-attachment", MC_IN + " (IB_FEB: an attachment type not allowed)",
     _pf(_FEB, "5.7.1", "DATA", MCX), [(L, False, _CONTENT, None, False)]),
    ("mc-in-ib-feb-attachment-gmail", MC_IN + " (IB_FEB, as Gmail quotes it)",
     _gm(_FEB, "5.7.1", MCX), [(L, False, _CONTENT, None, False)]),
    ("mc-in-message-file-too-big", MC_IN + " ('552 5.3.4 Error: message file too big')",
     _pf("552 5.3.4 Error: message file too big", "5.3.4", "DATA", MCX), [(L, False, ("mesgtoobig",), None, False)]),
    ("mc-in-spf-policy", MC_IN + " (the domain's SPF policy: our sending host not authorised)",
     _pf(_SPF, "5.7.1", "RCPT", MCX), [(L, False, AUTH, S, False)]),
    ("mc-in-spf-policy-exim", MC_IN + " (SPF policy, Exim's bounce)",
     exim_rcpt("mc2", MCX, _SPF, address=L), [(L, False, AUTH, S, False)]),
    ("mc-in-dmarc-policy", MC_IN + " (the domain's DMARC policy: unauthenticated mail refused on the owner's behalf)",
     _pf(_DMARC, "5.7.1", "DATA", MCX), [(L, False, AUTH + ("policyviolation",), S, False)]),
    ("mc-in-dmarc-policy-exo", MC_IN + " (DMARC policy, quoted by Exchange Online)",
     _exo(_DMARC, "5.7.1", MCX), [(L, False, AUTH + ("policyviolation",), S, False)]),
    ("mc-in-recipient-policy-mismatch-delay", MC_MISMATCH,
     _pf("452 4.5.3 Recipient policy mismatch", "4.5.3", "RCPT", MCX), [(L, False, None, None, True)]),
    ("mc-in-recipient-policy-mismatch-final", MC_MISMATCH + " (still deferred after the queue lifetime)",
     _pf("452 4.5.3 Recipient policy mismatch", "4.5.3", "RCPT", MCX, "failed"), [(L, False, None, None, False)]),
]

# ---- MailChannels Outbound Filtering as our relay's smart host -----------------------------
MCO = "smtp.mailchannels.net"
MC_OUT_ROWS = [
    ("mc-out-rbl-sender-blocked", MC_RBL + "; " + MC_OUT,
     _pf(f"550 5.7.1 [RBL] Sender blocked {IP}", "5.7.1", "DATA", MCO), [(L, False, BLOCK, S, False)]),
    ("mc-out-esa-sender-blocked", MC_OUT + " ([ESA]: the sender blocked for good)",
     _pf("550 5.7.1 [ESA] Sender blocked.", "5.7.1", "DATA", MCO), [(L, False, BLOCK + ("rejected",), S, False)]),
    ("mc-out-bfd-sender-prohibited-by-spf", MC_OUT + " ([BFD]: our domain's SPF does not allow the relay)",
     _pf("550 5.7.1 [BFD] Sender prohibited by SPF", "5.7.1", "DATA", MCO), [(L, False, AUTH + ("rejected",), S, False)]),
    ("mc-out-sender-not-authorized-domain", MC_OUT + " (the sending domain not locked down to this account)",
     _pf("550 5.7.1 This sender is not authorized to send from example.com", "5.7.1", "DATA", MCO),
     [(L, False, ("rejected", "authfailure", "securityerror", "norelaying"), S, False)]),
    ("mc-out-br-invalid-recipients", MC_OUT + " ([BR]: too many invalid recipients from our account; this one is fine)",
     _pf("550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from "
         "your account.", "5.7.1", "DATA", MCO), [(L, False, None, S, False)]),
    ("mc-out-uns-unsubscribed", MC_OUT + " ([UNS]: the recipient unsubscribed; the address itself is good)",
     _pf("550 5.7.1 [UNS] Recipient has unsubscribed from your list.", "5.7.1", "DATA", MCO),
     [(L, False, None, None, False)]),
]

# ---- Proxmox Mail Gateway --------------------------------------------------------------------
PMGX = "pmg.partner.example"
_PMG_GREY = f"450 4.7.1 <{L}>: Recipient address rejected: Service is unavailable (try later)"
_PMG_VERIFY = "Recipient address rejected: unverified address: Recipient address lookup failed"
PMG_ROWS = [
    ("pmg-greylist-delay", PMG + " (greylisting while Postfix retries)",
     _pf(_PMG_GREY, "4.7.1", "RCPT", PMGX), [(L, False, None, None, True)]),
    ("pmg-greylist-final", PMG + " (greylisting still after Postfix's queue lifetime)",
     _pf(_PMG_GREY, "4.7.1", "RCPT", PMGX, "failed"), [(L, False, None, None, False)]),
    ("pmg-verify-receivers-550", PMG + " (Verify Receivers at 550: the downstream server refused the probe)",
     _pf(f"550 5.1.1 <{L}>: {_PMG_VERIFY}", "5.1.1", "RCPT", PMGX), [(L, True, UNKNOWN, R, False)]),
    ("pmg-verify-receivers-550-gmail", PMG + " (Verify Receivers at 550, as Gmail quotes it)",
     _gm(f"550 5.1.1 <{L}>: {_PMG_VERIFY}", "5.1.1", PMGX, unknown=True), [(L, True, UNKNOWN, R, False)]),
    ("pmg-verify-receivers-550-exo", PMG + " (Verify Receivers at 550, quoted by Exchange Online)",
     _exo(f"550 5.1.1 <{L}>: {_PMG_VERIFY}", "5.1.1", PMGX, unknown=True), [(L, True, UNKNOWN, R, False)]),
    ("pmg-verify-receivers-450-delay", PMG_450 + " (Verify Receivers at 450: a delay)",
     _pf(f"450 4.1.1 <{L}>: {_PMG_VERIFY}", "4.1.1", "RCPT", PMGX), [(L, False, None, None, True)]),
]

# ---- milter-greylist -------------------------------------------------------------------------
MGX = "mail.partner.example"
_MG = "451 4.7.1 Greylisting in action, please come back in 00:29:32"
MILTER_ROWS = [
    ("milter-greylist-delay", MILTER_GREYLIST, _pf(_MG, "4.7.1", "RCPT", MGX), [(L, False, None, None, True)]),
    ("milter-greylist-quiet-delay", MILTER_GREYLIST + " (quiet mode)",
     _pf("451 4.7.1 Greylisting in action, please come back later", "4.7.1", "RCPT", MGX),
     [(L, False, None, None, True)]),
    ("milter-greylist-final", MILTER_GREYLIST + " (still greylisted after Postfix's queue lifetime)",
     _pf(_MG, "4.7.1", "RCPT", MGX, "failed"), [(L, False, None, None, False)]),
]

# ---- Barricade MX (smtpf), ASSP, Baruwa, 3strikes ----------------------------------------------
SFX = "mx.partner.example"
_HOST_BL = f"550 5.7.1 host mail.example.com [{IP}] black listed #120"
FILTER_ROWS = [
    ("smtpf-host-black-listed", SMTPF + " (#120: our sending host in its access map)",
     _pf(_HOST_BL, "5.7.1", "CONN", SFX), [(L, False, BLOCK, S, False)]),
    ("smtpf-host-black-listed-exim", SMTPF + " (#120, Exim's bounce)",
     exim_rcpt("sf1", SFX, _HOST_BL, address=L), [(L, False, BLOCK, S, False)]),
    ("smtpf-host-temporary-failure", SMTPF + " (#120 TEMPFAIL: a delay)",
     _pf(f"450 4.7.1 host mail.example.com [{IP}] temporary failure #120", "4.7.1", "CONN", SFX),
     [(L, False, None, S, True)]),
    ("smtpf-sender-black-listed", SMTPF + " (#127: our envelope sender refused)",
     _pf(f"550 5.7.1 sender <{SENDER}> black listed #127", "5.7.1", "MAIL", SFX),
     [(L, False, ("rejected", "blocked"), S, False)]),
    ("smtpf-sender-recipient-black-listed", SMTPF + " (#137: this recipient refuses our sender; a live mailbox)",
     _pf(f"550 5.7.1 sender <{SENDER}> recipient <{L}> black listed #137", "5.7.1", "RCPT", SFX),
     [(L, False, ("filtered", "rejected", "blocked", "policyviolation"), None, False)]),
    ("smtpf-recipient-black-listed", SMTPF + " (#139: the site refuses this recipient by policy; not 'unknown')",
     _pf(f"550 5.7.1 recipient <{L}> black listed #139", "5.7.1", "RCPT", SFX), [(L, False, None, None, False)]),
    ("assp-service-denied", ASSP + " (our IP blocked)",
     _pf("554 5.7.2 Service denied, closing transmission channel (m1-18874-03)", "5.7.2", "CONN", SFX),
     [(L, False, BLOCK, S, False)]),
    ("assp-appears-unsolicited", ASSP + " (the spam filters' verdict on our message)",
     _pf("554 5.7.1 Mail (m1-18874-04) appears to be unsolicited - resend with the code 7f3a2b appended to subject and "
         "ask to have your email whitelisted.", "5.7.1", "DATA", SFX), [(L, False, ("spamdetected",), None, False)]),
    ("assp-delaying-filter", ASSP + " (the delaying filter)",
     _pf("451 4.7.1 Please try again later", "4.7.1", "RCPT", SFX), [(L, False, None, None, True)]),
    ("assp-appears-infected", ASSP + " (a virus found in our message)",
     _pf("554 5.7.1 Mail appears infected with Eicar-Test-Signature -- disinfect and resend.", "5.7.1", "DATA", SFX),
     [(L, False, ("virusdetected",), None, False)]),
    ("assp-attachments-not-allowed", ASSP + " (a file extension not allowed)",
     _pf("500 These attachments are not allowed -- Please compress (zip,tar..) them before mailing.", "5.0.0", "DATA",
         SFX), [(L, False, _CONTENT, None, False)]),
    ("baruwa-sender-ip-banned", BARUWA, _pf(f"550 5.7.1 The sender {IP} is banned", "5.7.1", "RCPT", SFX),
     [(L, False, BLOCK, S, False)]),
    ("baruwa-sender-domain-banned", BARUWA,
     _pf("550 5.7.1 The domain example.com is banned", "5.7.1", "MAIL", SFX), [(L, False, BLOCK + ("rejected",), S, False)]),
    ("baruwa-dnsbl", BARUWA, _pf("554 5.7.1 The sender is in a black list rbl.baruwa.net", "5.7.1", "RCPT", SFX),
     [(L, False, BLOCK, S, False)]),
    ("baruwa-dictionary-attack", BARUWA + " (harvesting suspected from our side; this address is not judged)",
     _pf("550 5.7.1 Dictionary attack detected", "5.7.1", "RCPT", SFX), [(L, False, None, S, False)]),
    ("baruwa-address-does-not-exist", BARUWA,
     _pf("550 5.1.1 The email address does not exist", "5.1.1", "RCPT", SFX), [(L, True, UNKNOWN, R, False)]),
    ("baruwa-address-does-not-exist-gmail", BARUWA + " (as Gmail quotes it)",
     _gm("550 5.1.1 The email address does not exist", "5.1.1", SFX, unknown=True), [(L, True, UNKNOWN, R, False)]),
    ("3strikes-session-spam-source", STRIKES + " (our IP sending spam by the CBL)",
     _pf(f"554 Sorry! We REJECT your request for a mail session, because {IP} is currrently sending large quantities "
         "of spam. See http://cbl.abuseat.org", "5.0.0", "CONN", SFX), [(L, False, BLOCK, S, False)]),
    ("3strikes-not-a-valid-address", STRIKES,
     _pf(f"550 Sorry! We REJECT this message, bacause {L} is not a valid address. See http://open-mail.org/rejects "
         "for help.", "5.0.0", "RCPT", SFX), [(L, True, UNKNOWN, R, False)]),
    ("3strikes-sender-reputation", STRIKES + " (our sender's reputation)",
     _pf(f"550 Sorry! We REJECT this message, bacause {L} won't accept mail from {SENDER}, based on its current "
         "reputation. See http://open-mail.org/rejects for help.", "5.0.0", "RCPT", SFX),
     [(L, False, BLOCK + ("rejected", "filtered"), S, False)]),
    ("3strikes-has-blacklisted-sender", STRIKES + " (the recipient blocks our sender; a live mailbox)",
     _pf(f"550 Sorry! We REJECT this message, bacause {L} has blacklisted {SENDER}. See http://open-mail.org/rejects "
         "for help.", "5.0.0", "RCPT", SFX), [(L, False, ("filtered", "rejected", "blocked"), None, False)]),
]

# ---- Sophos Central Email ------------------------------------------------------------------
SOX = "mx-01-eu-west-1.prod.hydra.sophos.com"
_X11 = ("550 5.1.1 XGEMAIL_0011 Message rejected because the recipient's email address doesn't exist in the Sophos "
        "Email protected domain.")
SOPHOS_ROWS = [
    ("sophos-xgemail-0011-unknown", SOPHOS + " (0011)", _pf(_X11, "5.1.1", "RCPT", SOX), [(L, True, UNKNOWN, R, False)]),
    ("sophos-xgemail-0011-unknown-exo", SOPHOS + " (0011, quoted by Exchange Online)",
     _exo(_X11, "5.1.1", SOX, unknown=True), [(L, True, UNKNOWN, R, False)]),
    ("sophos-xgemail-0004-rbl", SOPHOS + " (0004)",
     _pf("550 5.7.1 XGEMAIL_0004 Sender IP address failed an RBL test.", "5.7.1", "RCPT", SOX),
     [(L, False, BLOCK, S, False)]),
    ("sophos-xgemail-0008-admin-block-list", SOPHOS + " (0008: our domain, IP or address on their block list)",
     _pf("550 5.7.1 XGEMAIL_0008 Message rejected because a domain, an IP address, or an email address is in the admin "
         "block list.", "5.7.1", "RCPT", SOX), [(L, False, BLOCK + ("rejected", "filtered"), S, False)]),
    ("sophos-xgemail-0014-rate-limit", SOPHOS + " (0014: the recipient's inbound limit for one sender)",
     _pf("452 4.7.1 XGEMAIL_0014 Message rejected because it exceeded the recipient's inbound rate limit for the single "
         "sender.", "4.7.1", "RCPT", SOX), [(L, False, ("speeding", "toomanyconn"), S, True)]),
]

# ---- Spamhaus DQS as a recipient's Postfix quotes it; SpamExperts' cloud ---------------------
_ZEN = f"554 5.7.1 Client host {IP} blocked using ZEN - see https://www.spamhaus.org/query/ip/{IP} for details"
LIST_ROWS = [
    ("spamhaus-dqs-zen-reply-map", DQS + " (our IP in ZEN)", _pf(_ZEN, "5.7.1", "RCPT", SFX), [(L, False, BLOCK, S, False)]),
    ("spamhaus-dqs-zen-reply-map-exim", DQS + " (our IP in ZEN, Exim's bounce)", exim_rcpt("dq1", SFX, _ZEN, address=L),
     [(L, False, BLOCK, S, False)]),
    ("spamhaus-open-resolver", DQS + " (the recipient's resolver refused by Spamhaus: not our IP's listing; "
     "only 'not hard' is asserted)",
     _pf(f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using zen.spamhaus.org; Error: open resolver; "
         f"https://check.spamhaus.org/returnc/pub/{IP}/", "5.7.1", "RCPT", SFX), [(L, False, None, None, False)]),
    ("spamexperts-authorised-users-only", SPAMEXPERTS,
     _exo("550 message submission is for authorised users only!", "5.0.0", "mx17.antispamcloud.com"),
     [(L, False, ("norelaying", "securityerror", "rejected"), None, False)]),
]

# ---- Vade (OXSUS postmaster codes) -----------------------------------------------------------
VX = "mx.partner.example"
_V101 = "550 5.7.1 Connection refused OXSUS0001_101"
VADE_ROWS = [
    ("vade-oxsus-101-threat-network", VADE + " (101)", _pf(_V101, "5.7.1", "CONN", VX), [(L, False, BLOCK, S, False)]),
    ("vade-oxsus-101-threat-network-exim", VADE + " (101, Exim's bounce)", exim_rcpt("v1", VX, _V101, address=L),
     [(L, False, BLOCK, S, False)]),
    ("vade-oxsus-101-threat-network-gmail", VADE + " (101, as Gmail quotes it)", _gm(_V101, "5.7.1", VX),
     [(L, False, BLOCK, S, False)]),
    ("vade-oxsus-105-no-reverse-dns", VADE + " (105)",
     _pf("550 5.7.1 Connection refused OXSUS0001_105", "5.7.1", "CONN", VX), [(L, False, ("requireptr", "blocked"), S, False)]),
    ("vade-oxsus-110-connections-delay", VADE + " (110)",
     _pf("421 4.2.1 Connection refused OXSUS0001_110", "4.2.1", "CONN", VX),
     [(L, False, ("toomanyconn", "speeding"), S, True)]),
    ("vade-oxsus-140-messages-delay", VADE + " (140)",
     _pf("421 4.2.1 Connection refused OXSUS0001_140", "4.2.1", "CONN", VX), [(L, False, ("speeding", "toomanyconn"), S, True)]),
    ("vade-oxsus-102-deferred-delay", VADE + " (102: its own queue)",
     _pf("421 4.2.1 Connection deferred OXSUS0001_102", "4.2.1", "CONN", VX), [(L, False, None, None, True)]),
]

ROWS = MC_IN_ROWS + MC_OUT_ROWS + PMG_ROWS + MILTER_ROWS + FILTER_ROWS + SOPHOS_ROWS + LIST_ROWS + VADE_ROWS
