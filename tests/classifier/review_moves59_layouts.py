"""Moves 59's sources, expectations and the few builders review_holdout50_layouts.py and review_nonbounce46_layouts.py
do not have (review_moves59.py and review_moves59_more.py's rows use them): Zimbra's and Pigeonhole's vacation replies,
Postfix's bounce for a forwarded address, success reports with a forward. All HAND-MADE after the generators' own
code or documents (cited per builder)."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, SELLER, postfix

R, ANY = "recipient", None
NB: list = []
MOVED = ("hasmoved",)


def moved(a: str) -> list[tuple]:
    """The mailbox moved (or changed its address) and the server will not forward: hasmoved, always hard."""
    return [(a, True, MOVED, R, False)]


# Where the words come from.
RFC5321 = ("RFC 5321 section 3.4 / 4.2.2: '551 User not local; please try <forward-path>' (and '251 User not local; will "
           "forward to <forward-path>'), as mirage/colombe reply_codes.md and SparkPost Momentum's reference list them")
PF_RELOC = ("Postfix src/trivial-rewrite/resolve.c (relocated_maps: error transport, nexthop '5.1.6 User has moved to "
            "%s'; '5.1.6 is the closest match, but not perfect'), relocated(5) ('user has moved to new_location'; the "
            "new_location is free text: an address, a street address, a phone number)")
PF_RELOC_RCPT = (PF_RELOC + "; src/smtpd/smtpd_check.c rejects a recipient that resolves to the error transport at "
                 "RCPT ('<addr>: Recipient address rejected: <text>', as a Postfix-compatible re-implementation's "
                 "recipients check writes it: '5.1.6 <old@example.org>: Recipient address rejected: User has moved "
                 "to new@example.net')")
SM_REDIRECT = ("sendmail cf/feature/redirect.m4 (FEATURE(`redirect'): address.REDIRECT gives "
               "'$#error $@ 5.1.1 $: \"551 User has moved; please try \" <$1@$2>')")
EXIM_FAIL = ("Exim spec ch. 22 'The redirect router' (exim.org/exim-html-current/doc/html/spec_html/ch22.html): an "
             "alias or .forward item ':fail: <text>' forces a failure 'optionally with a custom error message' (the "
             "text is the admin's; at RCPT the ACL's verify = recipient quotes it)")
EXIM_DEFER = ("Exim spec ch. 22 'The redirect router': ':defer: <text>' defers delivery 'optionally with a custom "
              "message'; Exim's delay warning (deliver.c warn_message) quotes it")
QMAIL_BS = ("qmail bouncesaying(1) ('|bouncesaying <text>' in a .qmail file bounces with <text>); qmail-send's bounce "
            "quotes the program's output")
EXCH_FR = ("Exchange Server's DSN text for 5.1.6, fr-fr (uitranslation.com term 04a5485eb88d: \"l'adresse électronique "
           "du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages. Aucune "
           "adresse de transfert n'a été configurée.\")")
EXCH_EN = ("Exchange Server's DSN text for 5.1.6, en (the source string of uitranslation.com term 04a5485eb88d, "
           "rendered back from the fr-fr translation: weak)")
RRVS = ("RFC 7293 (Require-Recipient-Valid-Since) and the IANA enhanced status code registry: X.7.17 'Mailbox owner "
        "has changed', X.7.18 'Domain owner has changed'")
SISI_DOC = ("Sisimai::Reason::HasMoved's documentation (manpages.ubuntu.com libsisimai-perl): '550 5.1.6 recipient no "
            "longer on server: <addr>' at RCPT")
PF_ACCESS = ("Postfix access(5) 'REJECT optional text...' (default '550 5.7.1 <addr>: Recipient address rejected: "
             "<text>'); the text the admin's")
ADMIN_WORDS = "; the words in the language HAND-MADE (weak: no vendor publishes them, the admin writes them)"
EXO_RULE = ("learn.microsoft.com 'Mail flow rule actions in Exchange Online' ('Reject the message with the explanation': "
            "550 5.7.1 with the admin's text, TRANSPORT.RULES.RejectMessage)")
AF_MOVED = ("roman-rybalko/af (advancedfiltering) tests/smtp/acl/40-user-bwlists/20-moved/test.sh: the filter's reply "
            "'451 Moved, try another host' for a moved user")
EX2010_MOVE = ("support.microsoft.com 'You cannot send an email message to a mailbox for a brief period when you move "
               "the mailbox by using online move in an Exchange Server 2010 environment' (NDR '#554 5.2.0 "
               "STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMailboxSoftDeleted; ... Cannot open "
               "mailbox'; the mailbox exists, AD still points at the soft-deleted source)")
EXO_520 = ("learn.microsoft.com 'Configuring and controlling external email forwarding in Microsoft 365' (outbound spam "
           "policy blocks automatic forwarding: NDR '550 5.7.520 Access denied, Your organization does not allow "
           "external forwarding. Please contact your administrator for further assistance. AS(7555)')")
PF_EXPANDED = ("Postfix src/bounce: a recipient reached through an alias or .forward is reported '<final> (expanded "
               "from <original>): ...' with Original-Recipient the address we sent to")
PF_SUCCESS = ("Postfix bounce(5) success template ('Your message was successfully delivered to the destination(s) "
              "listed below. If the message was delivered to mailbox you will receive no further notifications.') "
              "and local(8)'s 'alias expanded' / Action: expanded for a forwarded address (RFC 3464 2.3.3)")
ZIMBRA = ("Zimbra's out-of-office reply (zimbra mailbox Notification.java: Subject from the user's setting, "
          "In-Reply-To, 'Auto-Submitted: auto-replied (zimbra; vacation)', 'Precedence: bulk', the body "
          "zimbraPrefOutOfOfficeReply)")
SIEVE = ("RFC 5230 Sieve vacation as Pigeonhole (Dovecot) writes it (cmd-vacation.c: 'Auto-Submitted: auto-replied "
         "(vacation)', 'Precedence: bulk', 'X-Sieve: Pigeonhole Sieve', In-Reply-To / References; subject 'Auto: "
         "<subject>' unless :subject)")
OOF = ("Exchange Online Automatic Replies (review_nonbounce46_layouts.outlook_oof: MS-OXCMAIL X-Auto-Response-Suppress, "
       "Auto-Submitted: auto-generated; the localised prefixes); the away text HAND-MADE")
GMAIL_VAC = ("Gmail vacation responder (review_nonbounce46_layouts.gmail_vacation: developers.google.com Gmail API "
             "VacationSettings, Auto-Submitted: auto-replied); the text HAND-MADE")
EXIM_AR = ("Exim's autoreply transport (review_nonbounce46_layouts.exim_autoreply: src/src/transports/autoreply.c; "
           "cPanel autoresponders use it); the text HAND-MADE")
QMAIL_AR = "qmail autorespond (review_nonbounce46_layouts.qmail_autorespond: sagredo-dev/autorespond README); text HAND-MADE"
GWS_DOMAIN = ("Google Workspace 'Change your primary domain' / 'Remove a domain' help: mail to an address at a removed "
              "domain alias gets Gmail's '550 5.1.1 The email account that you tried to reach does not exist' "
              "(support.google.com/a/answer/3726730); the domain change HAND-MADE (weak)")


def _pf_host(a: str) -> str:
    return "mail." + a.split("@")[1]


def pf_own(rid: str, a: str, text: str, status: str = "5.1.6") -> bytes:
    """The recipient's own Postfix bouncing through its error transport (no Remote-MTA, X-Postfix diagnostic)."""
    return postfix(rid, a, reason=text, status=status, remote=None, host=_pf_host(a))


def pf_expanded(rid: str, final: str, original: str, reply: str, status: str, mx: str) -> bytes:
    """Postfix's bounce for mail to `original` that its alias or .forward sent on to `final`, which failed."""
    raw = postfix(rid, final, reason=f"host {mx}[203.0.113.44] said: {reply} (in reply to RCPT TO command)",
                  status=status, remote=mx, diag=reply, host=_pf_host(original)).decode()
    raw = raw.replace(f"<{final}>: host", f"<{final}> (expanded from <{original}>): host", 1)
    raw = raw.replace(f"Original-Recipient: rfc822;{final}", f"Original-Recipient: rfc822;{original}", 1)
    raw = raw.replace(f"To: {final}\n", f"To: {original}\n")
    return raw.encode()


def _orig_quoted(rid: str, to: str) -> str:
    return (f"From: Sam Seller <{SELLER}>\nTo: {to}\nSubject: Quick question about your Q4 logistics\n"
            f"Message-ID: <{rid}@example.com>\n")


def zimbra_ooo(rid: str, who: str, subject: str, text: str) -> bytes:
    """Zimbra's out-of-office reply (its Notification.java's headers); `who` 'Name <addr>'."""
    dom = who.split("@")[1].rstrip(">")
    return (f"Return-Path: <>\nFrom: {who}\nTo: {SELLER}\nDate: {DATE}\nSubject: {subject}\n"
            f"Message-ID: <{rid}.ooo@{dom}>\nIn-Reply-To: <{rid}@example.com>\n"
            "Auto-Submitted: auto-replied (zimbra; vacation)\nPrecedence: bulk\nX-Mailer: Zimbra 10.0.8_GA_4611\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + text.rstrip("\n") + "\n").encode()


def sieve_vacation(rid: str, who: str, text: str, subject: str = "Auto: Quick question about your Q4 logistics"
                   ) -> bytes:
    """Pigeonhole's RFC 5230 vacation reply."""
    dom = who.split("@")[1].rstrip(">")
    return (f"Return-Path: <>\nFrom: {who}\nTo: <{SELLER}>\nSubject: {subject}\nDate: {DATE}\n"
            f"Message-ID: <dovecot-sieve-1760433164-{rid}@{dom}>\nIn-Reply-To: <{rid}@example.com>\n"
            f"References: <{rid}@example.com>\nAuto-Submitted: auto-replied (vacation)\nPrecedence: bulk\n"
            "X-Sieve: Pigeonhole Sieve 0.5.21\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + text.rstrip("\n") + "\n").encode()


def success_dsn(rid: str, a: str, *, action: str, status: str, diag: str, text: str, host: str) -> bytes:
    """A success report (RFC 3464 with Action delivered / relayed / expanded) as Postfix's bounce(8) sends it."""
    return (f"Return-Path: <>\nFrom: MAILER-DAEMON@{host} (Mail Delivery System)\nTo: {SELLER}\nDate: {DATE}\n"
            f"Subject: Successful Mail Delivery Report\nAuto-Submitted: auto-replied\nMessage-Id: <{rid}.ok@{host}>\n"
            "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"ok59\"\n\n"
            f"--ok59\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"This is the mail system at host {host}.\n\nYour message was successfully delivered to the destination(s)\n"
            "listed below. If the message was delivered to mailbox you will\nreceive no further notifications. "
            "Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n"
            f"                   The mail system\n\n<{a}>: {text}\n\n--ok59\nContent-Description: Delivery report\n"
            f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\nArrival-Date: {DATE}\n\n"
            f"Final-Recipient: rfc822; {a}\nOriginal-Recipient: rfc822;{a}\nAction: {action}\nStatus: {status}\n"
            f"Diagnostic-Code: smtp; {diag}\n\n--ok59\nContent-Description: Message Headers\n"
            f"Content-Type: text/rfc822-headers\n\n{_orig_quoted(rid, a)}\n--ok59--\n").encode()
