"""The sixth independent review's whole notices: Gmail's and Google Workspace's replies to mail
sent to their users, against Google's own published list ("Gmail SMTP errors and codes",
support.google.com/a/answer/3726730, whose stored copies hold the head of the table: the 421,
450 and 452 rows, and the gcdp example) and, marked "weak", third-party pages that copy Google's
older table or quote a reply Gmail gave them (its 4.7.28 rate limits, 5.7.26 authentication,
PTR, TLS, relay refusals). Every reply line is quoted from a stored page; the row's source names
it. Only the layout is HAND-MADE: Gmail folds a long reply over several lines, each with its
codes ("550-5.7.26 text" ... "550 5.7.26 last"; `fold`), and appends "<session id> - gsmtp" to
every error (Google: "gsmtp (Google SMTP) is added to all errors"). Each reply is carried as our
Postfix relay reports it (notices.relayed: the lines joined with spaces), as Exim's plain bounce
prints it (one indented line per reply line), as Exchange Online's NDR quotes it, and for
temporary ones also as the final report after the retries ran out (Action: failed, a 4.x
status). Rows as in review_notices2.py. The expectation was written from Google's words and
shared/classifier/taxonomy.md BEFORE the classifier ran. test_review_notices6.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, relayed
from tests.classifier.review_notices2 import R, S
from tests.classifier.review_notices import exim_text

UNKNOWN = ("userunknown",)
FULL = ("mailboxfull",)
RATE_BLOCK = ("speeding", "blocked", "badreputation", "spamdetected")
SYSTEM = ("systemerror",)
AUTH = ("authfailure",)

# Sources (each wording below is quoted from one of these).
G_EN = ("Google Workspace Admin Help 'Gmail SMTP errors and codes' (https://support.google.com/a/answer/3726730, "
        "stored English copy ?sjid=11308199871547151520-AP: its rows '421, \"4.3.0\" ... 450, \"4.2.1\"' and the "
        "gcdp example)")
G_JA = ("Google 'Gmail SMTP errors and codes', Japanese copies keeping the English reply texts "
        "(https://support.google.com/a/answer/3726730?hl=ja, https://support.google.com/mail/answer/3726730?hl=ja, "
        "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=ja)")
W_COPY = ("weak: third-party copies of Google's older table (kb.raramuridesign.com/a-guide-to-smtp-errors.html "
          "'A guide to SMTP errors (reference)'; entertop.net/knowledge/smtp-error-reference/; "
          "cloudmailin.com/smtp-troubleshooter/451-error and /450-error)")
W_PLESK = ("weak: talk.plesk.com/threads/421-4-7-28-error-when-sending-mail-to-google-server.361840/ (a Postfix "
           "admin's log quoting Gmail's folded 421-4.7.28 reply)")
W_MAILOP = ("weak: mail-archive.com/mailop@mailop.org/msg20199.html (a list operator quoting Gmail's 421-4.7.28 "
            "reply '... - gsmtp (in reply to end of DATA command)')")
W_MANAGED = ("weak: managedserver.eu 'Gmail Introduces New Spam-Related Reject Messages' (quotes Gmail's four 421 "
             "4.7.28 replies: IP address, URL domains, SPF domain, DKIM domain)")
W_SFM = "weak: smtpfieldmanual.com/provider/google (Gmail's 421 4.7.0 low-reputation and content replies)"
W_SKYSTRA = ("weak: skystra.com/help-email/mail-blocked-unauthenticated-gmail/ ('This mail has been blocked because "
             "the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF "
             "or DKIM.')")
W_MERULA = "weak: mta-sts.merula.io/articles/error-550-5-7-26-gmail (Gmail's four-line 550-5.7.26 reply)"
W_SUPED_IP = ("weak: suped.com/email-deliverability/answers/why-is-my-ip-address-not-authorized-to-send-email-and-"
              "how-do-i-fix-it (an Email Geeks member's bounce: '550-5.7.1 [x.x.x.x] The IP you're using to send "
              "mail is not authorized 550-5.7.1 to send email directly to our servers. ...')")
W_SUPED_TLS = ("weak: suped.com/email-deliverability/answers/why-am-i-getting-tls-errors-when-sending-to-gmail "
               "('421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS "
               "connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.')")
W_SUPED_QUOTA = ("weak: suped.com/knowledge/.../what-does-the-gmail-error-452-422-the-email-account-that-you-tried-"
                 "to-reach-is-over-quota-mean-a ('452 4.2.2 The email account that you tried to reach is over quota. "
                 "Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp')")
W_DATALUDE = ("weak: play.datalude.com/blog (a Postfix admin quoting smtp-relay.gmail.com's 550-5.7.1 refusal of a "
              "sender domain not registered in the G Suite SMTP relay service, support.google.com/a/answer/6140680)")
W_PASTE_PTR = "weak: pastebin.com/Rj7iXShc (a Postfix bounce quoting Gmail's 550-5.7.1 missing-PTR refusal)"
W_PASTE_V6 = "weak: pastebin.com/Fr8WtvFw (an Exim log quoting Gmail's 550-5.7.1 IPv6 PTR/authentication refusal)"
W_GIST_DMARC = "weak: gist.github.com/s3w47m88/115688a7ecd5a8c762bd3f98932756b2 (a qmail bounce quoting Gmail's DMARC refusal)"
W_PASTE_SPAM = "weak: pastebin.com/UaXB41uS (an Exim bounce quoting Gmail's 550-5.7.1 'likely unsolicited mail')"
W_PASTE_NOAUTH = ("weak: pastebin.com/AWx0vK0A (MailChannels' Postfix bounce quoting Gmail's 421-4.7.0 'does not "
                  "have authentication information')")
W_SFW = ("weak: simplefastwebsites.com/errors/email/smtp-550-5-1-1-gmail-account-does-not-exist/ (Gmail's three-line "
         "550-5.1.1 reply)")
W_DISABLED = ("weak: errcodes.dev/smtp/5-2-1-mailbox-disabled and tamingdns.com/bounce-decoder/550-5-2-1-mailbox-"
              "disabled ('550 5.2.1 The email account that you tried to reach is disabled')")
W_RATE = ("weak: smtp.codes/450 (Google: '450 4.2.1 The user you are trying to contact is receiving mail at a rate "
          "that prevents ... please visit https://support.google.com/mail/?p=ReceivingRate - gsmtp')")

GM = "lead@gmail.com"
WS = "lead@partner-workspace.example"  # a Google Workspace domain (its MX aspmx.l.google.com)
GMX = "gmail-smtp-in.l.google.com"
WSX = "aspmx.l.google.com"
RELAY = "smtp-relay.gmail.com"
IP = "192.0.2.7"
SID = "x12si3456789qkb.45 - gsmtp"  # Gmail's session id and its gsmtp tag


def fold(code: str, text: str, width: int = 64) -> list[str]:
    """Gmail's multi-line reply: the text cut at word ends about `width` wide, every line led by
    the reply and status codes, a hyphen after the reply code on all but the last (RFC 5321)."""
    reply, _, esc = code.partition(" ")
    text, tag, _ = text.partition(f" {SID}")  # the session id and gsmtp tag end the last line
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(f"{line} {SID}" if tag else line)
    lead = f"{reply}-{esc} " if esc else f"{reply}-"
    return [lead + x for x in lines[:-1]] + [f"{reply} {esc} {lines[-1]}" if esc else f"{reply} {lines[-1]}"]


def pf(code: str, text: str, *, status: str, command: str = "RCPT", address: str = GM, remote: str = GMX,
       action: str | None = None, folded: bool = True) -> bytes:
    """Our Postfix relay's report: the folded reply's lines joined with spaces."""
    said = " ".join(fold(code, text)) if folded else f"{code} {text}"
    return relayed(said, status=status, command=command, address=address, remote=remote, action=action)


# Exim's words for the stage of the refused command (deliver.c: "SMTP error from remote mail
# server after RCPT TO:<...>" / "after end of data" / "after MAIL FROM:<...>" / "after initial connection").
_EXIM_AFTER = {"RCPT": "RCPT TO:<{a}>", "DATA": "end of data", "MAIL": "MAIL FROM:<seller@example.com>",
               "CONN": "initial connection"}


def exim(name: str, lines: list[str], *, command: str = "RCPT", address: str = WS, host: str = WSX) -> bytes:
    """Our Exim relay's plain bounce (review_notices.exim_text), one indented line per reply line."""
    after = _EXIM_AFTER[command].format(a=address)
    block = (f"  {address}\n    host {host} [192.0.2.25]\n    SMTP error from remote mail server after {after}:\n    "
             + "\n    ".join(lines) + "\n")
    return exim_text(f"r6-{name}", block, address)


def ex(name: str, code: str, text: str, *, command: str = "RCPT", address: str = WS, host: str = WSX) -> bytes:
    """Exim's bounce of a reply Gmail folded (`fold`)."""
    return exim(name, fold(code, text), command=command, address=address, host=host)


def exo(code: str, text: str, *, status: str, address: str = GM, remote: str = GMX) -> bytes:
    """Exchange Online's own NDR to its sending user quoting Gmail's reply."""
    body = f"Your message to {address} couldn't be delivered.\n\nThe recipient's email system rejected the message."
    return exchange_own(" ".join(fold(code, text)), status=status, body=body, address=address, remote=remote)


def _trio(name: str, source: str, code: str, text: str, status: str, expect: tuple, *, command: str = "RCPT",
          final: bool = False) -> list:
    """One reply in three layouts (Postfix to a gmail.com user, Exim to a Workspace user, Exchange
    Online), and for a temporary reply also Postfix's final report after its retries ran out."""
    reasons, scope = expect
    delay = status.startswith("4")
    rows = [
        (f"{name}-postfix", source, pf(code, f"{text} {SID}", status=status, command=command),
         [(GM, False, reasons, scope, delay)]),
        (f"{name}-exim", source + " (Exim's bounce, to a Workspace user)", ex(name, code, f"{text} {SID}", command=command),
         [(WS, False, reasons, scope, False)]),
        (f"{name}-exchange-online", source + " (quoted by Exchange Online)", exo(code, f"{text} {SID}", status=status),
         [(GM, False, reasons, scope, False)]),
    ]
    if final and delay:
        rows.append((f"{name}-postfix-gave-up", source + " (Postfix's final report after the retries)",
                     pf(code, f"{text} {SID}", status=status, command=command, action="failed"),
                     [(GM, False, reasons, scope, False)]))
    return rows


# ---- Google's own table (stored copies of support.google.com/a/answer/3726730) ----------------
OFFICIAL = [
    *_trio("g-421-4.3.0-temporary-system-problem", G_EN + " (421 4.3.0)", "421 4.3.0",
           "Temporary System Problem. Try again later", "4.3.0", (SYSTEM, R), final=True),
    *_trio("g-421-4.4.5-server-busy", G_EN + " (421 4.4.5)", "421 4.4.5", "Server busy, try again later.", "4.4.5",
           (("systemfull", "toomanyconn", "systemerror"), R)),
    *_trio("g-421-4.7.0-ip-not-in-whitelist", G_EN + " (421 4.7.0: the sending IP is not on the recipient "
           "domain's allowlist)", "421 4.7.0", "IP not in whitelist for RCPT domain, closing connection.", "4.7.0",
           (("blocked", "securityerror", "policyviolation"), S), final=True),
    *_trio("g-421-4.7.0-unusual-rate-ip", G_EN + " (421 4.7.0: mail from your IP temporarily blocked)", "421 4.7.0",
           "Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect "
           "our users from spam, mail sent from your IP address has been temporarily blocked. For more information, "
           "visit Prevent mail to Gmail users from being blocked or sent to spam.", "4.7.0", (RATE_BLOCK, S),
           command="DATA", final=True),
    *_trio("g-421-4.7.0-temporary-system-problem", G_EN + " (421 4.7.0)", "421 4.7.0",
           "Temporary System Problem. Try again later.", "4.7.0", (SYSTEM, R)),
    *_trio("g-421-4.7.0-tls-required", G_EN + " (421 4.7.0: the recipient domain requires TLS)", "421 4.7.0",
           "TLS required for RCPT domain, closing connection.", "4.7.0", (("securityerror",), S), final=True),
    # "This usually indicates a Denial of Service (DoS) for the SMTP relay at the HELO stage": no
    # reason named; only soft and a delay are asserted.
    *_trio("g-421-4.7.0-try-again-later", G_EN + " (421 4.7.0 at HELO)", "421 4.7.0",
           "Try again later, closing connection.", "4.7.0", ((), None), command="CONN"),
    # The recipient is receiving mail too fast: the recipient's state, not our sending.
    *_trio("g-450-4.2.1-receiving-too-quickly", G_EN + " (450 4.2.1)", "450 4.2.1",
           "The user you are trying to contact is receiving mail too quickly. Please resend your message at a later "
           "time. If the user is able to receive mail at that time, your message will be delivered. For more "
           "information, go to Limits for sending & getting mail.", "4.2.1", (("speeding",), R), final=True),
    *_trio("g-450-4.2.1-receiving-at-a-rate", G_JA + " (450 4.2.1)", "450 4.2.1",
           "The user you are trying to contact is receiving mail at a rate that prevents additional messages from "
           "being delivered. Please resend your message at a later time. If the user is able to receive mail at that "
           "time, your message will be delivered. For more information, go to Limits for sending & getting mail.",
           "4.2.1", (("speeding",), R)),
    # Google's 452 4.2.2 row: only its second sentence is stored in English.
    *_trio("g-452-4.2.2-drive-storage", G_JA + " (452 4.2.2: the recipient's inbox is out of storage space)",
           "452 4.2.2", "Please direct the recipient to Manage files in your Google Drive storage.", "4.2.2",
           (FULL, R), final=True),
]

# The Workspace SMTP relay (smtp-relay.gmail.com) refusing our relay: the recipient is any address.
RELAY_ROWS = [
    ("g-450-4.2.1-peak-relay-limit-postfix", G_JA + " (450 4.2.1 Peak SMTP relay limit, smtp-relay.gmail.com)",
     pf("450 4.2.1", "Peak SMTP relay limit exceeded for this customer. This is a temporary error. For more "
        f"information on SMTP relay limits, contact your administrator or go to SMTP relay service error messages. {SID}",
        status="4.2.1", command="MAIL", address="lead@example.org", remote=RELAY),
     [("lead@example.org", False, ("speeding",), S, True)]),
    ("g-450-4.2.1-peak-relay-limit-postfix-gave-up", G_JA + " (the same, Postfix's final report)",
     pf("450 4.2.1", "Peak SMTP relay limit exceeded for this customer. This is a temporary error. For more "
        f"information on SMTP relay limits, contact your administrator or go to SMTP relay service error messages. {SID}",
        status="4.2.1", command="MAIL", address="lead@example.org", remote=RELAY, action="failed"),
     [("lead@example.org", False, ("speeding",), S, False)]),
    ("w-550-5.7.1-relay-domain-not-registered-postfix", W_DATALUDE,
     relayed("550-5.7.1 The IP address you've 550-5.7.1 registered in your G Suite SMTP Relay service doesn't match "
             "domain of 550-5.7.1 the account this email is being sent from. If you are trying to relay 550-5.7.1 mail "
             "from a domain that isn't registered under your G Suite account 550-5.7.1 or has empty envelope-from, you "
             "must configure your mail server 550-5.7.1 either to use SMTP AUTH to identify the sending domain or to "
             "present 550-5.7.1 one of your domain names in the HELO or EHLO command. For more 550-5.7.1 information, "
             f"please visit 550 5.7.1 https://support.google.com/a/answer/6140680 {SID}", status="5.7.1",
             command="MAIL", address="lead@example.org", remote=RELAY),
     [("lead@example.org", False, ("norelaying", "securityerror", "rejected"), S, False)]),
]

# The gcdp example: a rule the recipient domain's administrator made.
GCDP = [
    ("g-550-5.7.1-gcdp-postfix", G_EN + " (the gcdp example)",
     relayed("550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp", status="5.7.1",
             command="DATA", address=WS, remote=WSX),
     [(WS, False, ("policyviolation",), None, False)]),
    ("g-550-5.7.1-gcdp-exchange-online", G_EN + " (the gcdp example, quoted by Exchange Online)",
     exchange_own("550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp",
                  status="5.7.1", body=f"Your message to {WS} couldn't be delivered.", address=WS, remote=WSX),
     [(WS, False, ("policyviolation",), None, False)]),
]

# ---- Copies of Google's older table (weak) ------------------------------------------------------
COPIES = [
    *_trio("w-451-4.3.0-temporarily-rejected", W_COPY + " (451 4.3.0)", "451 4.3.0",
           "Mail server temporarily rejected message.", "4.3.0", (SYSTEM, None), command="DATA"),
    *_trio("w-451-4.3.0-multiple-destination-domains", W_COPY + " (451 4.3.0)", "451 4.3.0",
           "Multiple destination domains per transaction is unsupported. Please try again.", "4.3.0", ((), None)),
    *_trio("w-451-4.4.2-timeout", W_COPY + " (451 4.4.2)", "451 4.4.2", "Timeout - closing connection.", "4.4.2",
           (("networkerror", "systemerror"), None), command="DATA"),
    *_trio("w-451-4.5.0-protocol-violation", W_COPY + " (451 4.5.0)", "451 4.5.0",
           "SMTP protocol violation, see RFC 2821.", "4.5.0", (("syntaxerror", "systemerror"), None)),
    *_trio("w-452-4.2.2-over-quota", W_COPY + " (452 4.2.2)", "452 4.2.2",
           "The email account that you tried to reach is over quota. Please direct the recipient to this article.",
           "4.2.2", (FULL, R), final=True),
    *_trio("w-452-4.5.3-domain-policy-size", W_COPY + " (452 4.5.3)", "452 4.5.3",
           "Domain policy size per transaction exceeded, please try this recipient in a separate transaction.",
           "4.5.3", ((), None)),
    *_trio("w-452-4.5.3-too-many-recipients", W_COPY + " (452 4.5.3)", "452 4.5.3",
           "Your message has too many recipients. For more information regarding Google's sending limits, review "
           "this article.", "4.5.3", ((), None)),
    *_trio("w-454-4.5.0-pipeline-after-starttls", W_COPY + " (454 4.5.0)", "454 4.5.0",
           "SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207.", "4.5.0",
           ((), None), command="MAIL"),
]

# ---- Replies Gmail gave, quoted by those who got them (weak) ----------------------------------------
PLESK_4728 = ("421-4.7.28 Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from "
              "your IP address. To protect our 421-4.7.28 users from spam, mail sent from your IP address has been "
              "temporarily 421-4.7.28 rate limited. Please visit 421-4.7.28 Prevent mail to Gmail users from being "
              "blocked or sent to spam - Gmail Help to 421 4.7.28 review our Bulk Email Senders Guidelines. " + SID)
MAILOP_4728 = ("421-4.7.28 Gmail has detected an unusual rate of unsolicited mail. To protect 421-4.7.28 our users "
               "from spam, mail has been temporarily rate limited. Please 421-4.7.28 visit 421-4.7.28 to 421 4.7.28 "
               "review our Bulk Email Senders Guidelines. m17-20020a67f711000000b0045d8a438106si295017vso.199 - gsmtp")
_MANAGED = {
    "url-domains": "Gmail has detected an unusual rate of unsolicited mail containing one of your URL domains. To "
                   "protect our users from spam, mail with the URL has been temporarily limited. Please visit to "
                   "review our Bulk Email Senders Guidelines.",
    "spf-domain": "Gmail has detected an unusual rate of unsolicited mail originating from your SPF domain. To protect "
                  "our users from spam, mail sent from your domain has been temporarily rate limited. Please visit to "
                  "review our Bulk Email Senders Guidelines.",
    "dkim-domain": "Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain. To "
                   "protect our users from spam, mail sent from your domain has been temporarily rate limited. Please "
                   "visit to review our Bulk Email Senders Guidelines.",
}
SKYSTRA_5726 = ("550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires "
                "all senders to authenticate with either SPF or DKIM.")
MERULA_5726 = ["550-5.7.26 This mail is unauthenticated, which poses a security",
               "550-5.7.26 risk to the sender and Gmail users, and has been blocked.",
               "550-5.7.26 The sender must authenticate with at least one of SPF or", f"550 5.7.26 DKIM. {SID}"]
SUPED_IP = ("550-5.7.1 [x.x.x.x] The IP you're using to send mail is not authorized 550-5.7.1 to send email directly "
            "to our servers. Please use the SMTP relay at 550-5.7.1 your service provider instead.")
PTR = ("550-5.7.1 [74.208.41.59] The IP address sending this message does not have a PTR 550-5.7.1 record setup. As a "
       "policy, Gmail does not accept messages from IPs 550-5.7.1 with missing PTR records. Please visit 550-5.7.1 "
       "https://support.google.com/mail/answer/81126#authentication for more 550 5.7.1 information. "
       "p1si12051002jaj.114 - gsmtp")
V6 = ["550-5.7.1 [2400:8901::f03c:91ff:fea1:d24d] Our system has detected that this",
      "550-5.7.1 message does not meet IPv6 sending guidelines regarding PTR records",
      "550-5.7.1 and authentication. Please review",
      "550-5.7.1 https://support.google.com/mail/?p=IPv6AuthError for more information",
      "550 5.7.1 . uj9si14332493pac.74 - gsmtp"]
DMARC = ["550-5.7.1 Unauthenticated email from mydomain.com is not accepted due",
         "550-5.7.1 to domain's DMARC policy. Please contact the administrator of",
         "550-5.7.1 mydomain.com domain if this was a legitimate mail. Please", "550-5.7.1 visit",
         "550-5.7.1 https://support.google.com/mail/answer/2451690 to learn about the",
         "550 5.7.1 DMARC initiative. a22si5387311pfc.217 - gsmtp"]
UNSOLICITED = ["550-5.7.1 [195.64.158.216 12] Our system has detected that this message is",
               "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
               "550-5.7.1 this message has been blocked. Please visit",
               "550 5.7.1 https://support.google.com/mail/answer/188131 for more information. dh9si2656259wib.8 - gsmtp"]
NOAUTH = ("421-4.7.0 This message does not have authentication information or fails to pass 421-4.7.0 authentication "
          "checks. To best protect our users from spam, the 421-4.7.0 message has been blocked. Please visit 421-4.7.0 "
          "https://support.google.com/mail/answer/81126#authentication for more 421 4.7.0 information. "
          "o65-v6si298486ite.142 - gsmtp")
NOSUCHUSER = ["550-5.1.1 The email account that you tried to reach does not exist. Please try",
              "550-5.1.1 double-checking the recipient's email address for typos or",
              f"550 5.1.1 unnecessary spaces. {SID}"]


def _lines_exim(name: str, lines: list[str], address: str = WS) -> bytes:
    """Exim's bounce of a reply quoted line by line; all these were refused after DATA."""
    return exim(name, lines, command="DATA", address=address)


QUOTED = [
    ("w-421-4.7.28-ip-rate-limited-postfix", W_PLESK,
     relayed(PLESK_4728, status="4.7.28", command="DATA", address=GM, remote=GMX), [(GM, False, RATE_BLOCK, S, True)]),
    ("w-421-4.7.28-ip-rate-limited-postfix-gave-up", W_PLESK + " (Postfix's final report)",
     relayed(PLESK_4728, status="4.7.28", command="DATA", address=GM, remote=GMX, action="failed"),
     [(GM, False, RATE_BLOCK, S, False)]),
    ("w-421-4.7.28-ip-rate-limited-exim", W_PLESK + " (Exim's bounce)",
     _lines_exim("p1", PLESK_4728.replace(" 421-", "\n421-").replace(" 421 ", "\n421 ").split("\n")),
     [(WS, False, RATE_BLOCK, S, False)]),
    ("w-421-4.7.28-gmail-rate-limited-postfix", W_MAILOP,
     relayed(MAILOP_4728, status="4.7.28", command="DATA", address=GM, remote=GMX), [(GM, False, RATE_BLOCK, S, True)]),
    ("w-421-4.7.28-gmail-rate-limited-exchange-online", W_MAILOP + " (quoted by Exchange Online)",
     exchange_own(MAILOP_4728, status="4.7.28", body=f"Your message to {GM} couldn't be delivered.", address=GM,
                  remote=GMX), [(GM, False, RATE_BLOCK, S, False)]),
    *[row for key, text in _MANAGED.items() for row in _trio(
        f"w-421-4.7.28-{key}", W_MANAGED + f" ({key})", "421 4.7.28", text, "4.7.28", (RATE_BLOCK, S),
        command="DATA", final=True)],
    *_trio("w-421-4.7.0-low-reputation-domain", W_SFM, "421 4.7.0",
           f"[{IP}] Our system has detected that this message is suspicious due to the very low reputation of the "
           "sending domain. To best protect our users from spam, the message has been blocked. Please visit for more "
           "information.", "4.7.0", (("badreputation", "blocked", "spamdetected"), S), command="DATA", final=True),
    *_trio("w-421-4.7.0-suspicious-content", W_SFM, "421 4.7.0",
           f"[{IP}] Our system has detected that this message is suspicious due to the nature of the content and/or "
           "the links within. To best protect our users from spam, the message has been blocked. Please visit for "
           "more information.", "4.7.0", (("spamdetected",), None), command="DATA"),
    ("w-550-5.7.26-sender-unauthenticated-postfix", W_SKYSTRA,
     relayed(f"{SKYSTRA_5726} {SID}", status="5.7.26", command="DATA", address=GM, remote=GMX),
     [(GM, False, AUTH, S, False)]),
    ("w-550-5.7.26-sender-unauthenticated-exim", W_SKYSTRA + " (Exim's bounce)",
     _lines_exim("s1", [SKYSTRA_5726[:SKYSTRA_5726.index(" 550-")], SKYSTRA_5726[SKYSTRA_5726.index(" 550-") + 1:]
                        .replace("550-5.7.26", "550 5.7.26", 1) + f" {SID}"]),
     [(WS, False, AUTH, S, False)]),
    ("w-550-5.7.26-unauthenticated-postfix", W_MERULA,
     relayed(" ".join(MERULA_5726), status="5.7.26", command="DATA", address=GM, remote=GMX),
     [(GM, False, AUTH, S, False)]),
    ("w-550-5.7.26-unauthenticated-exim", W_MERULA + " (Exim's bounce)", _lines_exim("m1", MERULA_5726),
     [(WS, False, AUTH, S, False)]),
    ("w-550-5.7.1-ip-not-authorized-postfix", W_SUPED_IP,
     relayed(f"{SUPED_IP} {SID}", status="5.7.1", command="RCPT", address=GM, remote=GMX),
     [(GM, False, ("blocked", "norelaying", "securityerror"), S, False)]),
    ("w-550-5.7.1-ip-not-authorized-exchange-online", W_SUPED_IP + " (quoted by Exchange Online)",
     exchange_own(f"{SUPED_IP} {SID}", status="5.7.1", body=f"Your message to {GM} couldn't be delivered.",
                  address=GM, remote=GMX), [(GM, False, ("blocked", "norelaying", "securityerror"), S, False)]),
    *_trio("w-421-4.7.29-not-over-tls", W_SUPED_TLS, "421 4.7.29",
           "Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires "
           "all bulk email senders to use TLS/SSL for SMTP connections.", "4.7.29", (("securityerror",), S),
           command="DATA", final=True),
    *_trio("w-452-4.2.2-over-quota-temp", W_SUPED_QUOTA, "452 4.2.2",
           "The email account that you tried to reach is over quota. Please direct the recipient to "
           "https://support.google.com/mail/?p=OverQuotaTemp", "4.2.2", (FULL, R), final=True),
    ("w-550-5.7.1-missing-ptr-postfix", W_PASTE_PTR,
     relayed(PTR, status="5.7.1", command="DATA", address=GM, remote=GMX), [(GM, False, ("requireptr",), S, False)]),
    ("w-550-5.7.1-missing-ptr-exim", W_PASTE_PTR + " (Exim's bounce)",
     _lines_exim("r1", PTR.replace(" 550-", "\n550-").replace(" 550 ", "\n550 ").split("\n")),
     [(WS, False, ("requireptr",), S, False)]),
    ("w-550-5.7.1-ipv6-guidelines-exim", W_PASTE_V6, _lines_exim("v1", V6),
     [(WS, False, ("requireptr", "authfailure"), S, False)]),
    ("w-550-5.7.1-ipv6-guidelines-postfix", W_PASTE_V6 + " (Postfix's report)",
     relayed(" ".join(V6), status="5.7.1", command="DATA", address=GM, remote=GMX),
     [(GM, False, ("requireptr", "authfailure"), S, False)]),
    ("w-550-5.7.1-dmarc-postfix", W_GIST_DMARC,
     relayed(" ".join(DMARC), status="5.7.1", command="DATA", address=GM, remote=GMX),
     [(GM, False, ("authfailure", "policyviolation"), S, False)]),
    ("w-550-5.7.1-dmarc-exim", W_GIST_DMARC + " (Exim's bounce)", _lines_exim("d1", DMARC),
     [(WS, False, ("authfailure", "policyviolation"), S, False)]),
    ("w-550-5.7.1-likely-unsolicited-exim", W_PASTE_SPAM, _lines_exim("u1", UNSOLICITED),
     [(WS, False, ("spamdetected",), None, False)]),
    ("w-550-5.7.1-likely-unsolicited-postfix", W_PASTE_SPAM + " (Postfix's report)",
     relayed(" ".join(UNSOLICITED), status="5.7.1", command="DATA", address=GM, remote=GMX),
     [(GM, False, ("spamdetected",), None, False)]),
    ("w-421-4.7.0-no-authentication-postfix", W_PASTE_NOAUTH,
     relayed(NOAUTH, status="4.7.0", command="DATA", address=GM, remote="alt1.gmail-smtp-in.l.google.com"),
     [(GM, False, AUTH, S, True)]),
    ("w-421-4.7.0-no-authentication-postfix-gave-up", W_PASTE_NOAUTH + " (Postfix's final report)",
     relayed(NOAUTH, status="4.7.0", command="DATA", address=GM, remote="alt1.gmail-smtp-in.l.google.com",
             action="failed"), [(GM, False, AUTH, S, False)]),
    ("w-550-5.1.1-no-such-user-postfix", W_SFW,
     relayed(" ".join(NOSUCHUSER), status="5.1.1", address=GM, remote=GMX), [(GM, True, UNKNOWN, R, False)]),
    ("w-550-5.1.1-no-such-user-exim", W_SFW + " (Exim's bounce)", _lines_exim("n1", NOSUCHUSER),
     [(WS, True, UNKNOWN, R, False)]),
    ("w-550-5.1.1-no-such-user-exchange-online", W_SFW + " (quoted by Exchange Online)",
     exchange_own(" ".join(NOSUCHUSER), status="5.1.1", body=f"Your message to {GM} couldn't be delivered.",
                  address=GM, remote=GMX), [(GM, True, UNKNOWN, R, False)]),
    *_trio("w-550-5.2.1-disabled", W_DISABLED, "550 5.2.1", "The email account that you tried to reach is disabled.",
           "5.2.1", (("suspend",), R)),
    ("w-450-4.2.1-receiving-rate-postfix", W_RATE,
     relayed("450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional "
             "messages from being delivered. Please resend your message at a later time. If the user is able to "
             "receive mail at that time, your message will be delivered. For more information, please visit "
             "https://support.google.com/mail/?p=ReceivingRate - gsmtp", status="4.2.1", address=GM, remote=GMX),
     [(GM, False, ("speeding",), R, True)]),
]

ROWS = OFFICIAL + RELAY_ROWS + GCDP + COPIES + QUOTED
