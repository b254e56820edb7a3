"""Review audit59's builders and source citations (review_audit59.py, review_audit59_more.py use them): plain-text
notices after their generators' own layouts (hMailServer's final notice, Courier's DSN text kept without its report
part, Exchange 2013's text, Domino's router notice, Stalwart's DSN text, sendmail's MIME-less errbody) and the mail a
person or a list sends (replies, digests). All HAND-MADE; each row says whose words it uses."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, SELLER
from tests.classifier.review_multi57_layouts import SUBJ, orig

# ---- Where the words come from ----------------------------------------------------------------------------------------
HMAIL_SRC = ("hMailServer hmailserver/source/Server/SMTP/ExternalDelivery.cpp (_HandleNoRecipientServers: '   Error Type: "
             "SMTP' / '   Error Description: No mail servers appear to exists for the recipient's address.' / '   Additional "
             "information: Please check that you have not misspelled ...' when DNS answered, '... Unable to find the "
             "recipient's email server. The DNS query has failed.' when not, both ResultNonFatalError; _RescheduleDelivery "
             "joining each failed address and its text, then 'Tried %d time(s)'); SMTPClientConnection's 'Remote server "
             "(%s) issued an error.' / 'hMailServer sent:' / 'Remote server replied:' block; SEND_FAILED_NOTIFICATION")
QMAIL_SMTPD = "qmail-1.03 qmail-smtpd.c err_nogateway ('553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)')"
ATT = ("smtp.codes/550, AT&T section ('550 5.2.1 <EXAMPLE@PRODIGY.NET>... Addressee unknown, relay=[x.xx.xx.xx]'); AT&T "
       "'Error Message Summary' (rbl.att.net/block_enduser.html: '550 [suspend] Mailbox currently suspended--Please "
       "contact correspondent directly.', '521 <ip> is blocked')")
DOMINO_REPLY = ("HCL Domino SMTP listener's recipient check (Configuration > Router/SMTP > Restrictions: 'Verify that local "
                "domain recipients exist in the Domino Directory'): '550 <address> is not a valid user'")
PF_VERIFY = ("Postfix ADDRESS_VERIFICATION_README / postconf(5) unverified_recipient_reject_code (default 450) and "
             "smtpd_check.c: '450 4.1.1 <a>: Recipient address rejected: unverified address: <probe's reason>'")
DOMINO_ROUTER = ("HCL Domino router notice ('Your message ... was not delivered to: ... because: ...'); sisimai "
                 "Lhost/Domino.pm's reason words: 'not listed in Domino Directory' userunknown, 'Cannot route mail to "
                 "user' filtered, 'Several matches found in Domino Directory' systemerror")
SMTPPORT = ("the Chinese enterprise MTA reply list in blog.sina.com.cn/s/blog_8dc13ec50101fxxr ('554 smtpport check "
            "error.': the connecting IP runs no mail server on port 25)")
NETEASE = ("dbmailserver.com/tui-xin-address-not-exist.htm ('550 User not found: 12345@163.com' among NetEase's "
           "address-not-exist bounces)")
NET263 = ("263 enterprise mail help 263gmail.js.cn/help/13/2.htm (为什么发送到263企业邮局系统被退信?: 'user not exist (in reply "
          "to RCPT TO command)' for a wrong recipient address)")
COURIER_DSN = ("Courier courier/module.dsn/dsn.c (per recipient ' <addr>:', '     host [ip]:', ' >>> sent', ' <<< reply'), "
               "dsnheader.txt ('This is a delivery status notification from ..., running the Courier mail server'), "
               "dsndelivered.txt ('MESSAGE DELIVERED SUCCESSFULLY', 'Your E-mail requested a delivery notice/return "
               "receipt'), dsnrelayed.txt ('MESSAGE DELIVERED TO A MAIL GATEWAY'), dsnfailed.txt; dsnsubjectnotice.txt "
               "('NOTICE: mail delivery status.'); From 'Courier mail server at <host>' (config_dsnfrom)")
SENDMAIL_TEXT = ("sendmail savemail.c errbody() with SendMimeErrors off ('----- The following addresses had permanent "
                 "fatal errors -----', '... transient non-fatal errors -----', '----- Transcript of session follows "
                 "-----', deliver.c's '... Deferred: ...'; the 'Cannot send message for 5 days' return after the "
                 "queue timeout, conf.c's 'Message could not be delivered for %s')")
STALWART = ("Stalwart crates/smtp/src/queue/dsn.rs ('Failed to deliver message', 'Your message could not be delivered to "
            "the following recipients:', '<a> (connection to '<host>' failed: <error>)', '<a> (host '<host>' rejected "
            "command '<cmd>' with code <code> (<status>) '<text>')')")
EXCH_TEXT = ("Exchange 2013/2016 NDR text ('Delivery has failed to these recipients or groups:', 'Diagnostic information "
             "for administrators:', 'Remote Server returned'), its DSN part dropped by a relay (learn.microsoft.com 'DSNs "
             "and NDRs in Exchange Server')")
RFC_HUMAN = "RFC 5322 3.6.4 (a person's reply: In-Reply-To / References our original; no RFC 3834 Auto-Submitted)"

HM_NONE = ("   Error Type: SMTP\n   Error Description: No mail servers appear to exists for the recipient's address.\n"
           "   Additional information: Please check that you have not misspelled the recipient's email address.\n")
HM_DNS = "   Error Type: SMTP\n   Error Description: Unable to find the recipient's email server. The DNS query has failed.\n"


def hm_remote(ip: str, sent: str, replied: str) -> str:
    return (f"   Error Type: SMTP\n   Remote server ({ip}) issued an error.\n   hMailServer sent: {sent}\n"
            f"   Remote server replied: {replied}\n")


def hmail_final(rid: str, entries: list[tuple[str, str]], *, tried: int = 4, host: str = "mail.example-sme.co.uk",
                fatal: list[tuple[str, str]] = ()) -> bytes:
    """hMailServer's notice: the fatal failures each (address, text), then the ones retried to the end joined by
    _RescheduleDelivery under one 'Tried N time(s)'."""
    rcpts = "".join(f"{a}\n{t}\n" for a, t in fatal) + "\n".join(f"{a}\n{t}" for a, t in entries) + \
        (f"\nTried {tried} time(s)\n\n" if entries else "")
    body = ("Your message did not reach some or all of the intended recipients.\n\n"
            f"   Sent: {DATE}\n   Subject: {SUBJ}\n\nThe following recipient(s) could not be reached:\n\n"
            f"{rcpts}\nhMailServer\n")
    return (f"From: mailer-daemon@{host}\nTo: seller@{host.split('.', 1)[1]}\nDate: {DATE}\n"
            f"Subject: Message undeliverable: {SUBJ}\nMessage-ID: <HMS{rid}@{host}>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\n\n{body}").encode()


def text_only(rid: str, *, frm: str, subject: str, text: str, orig_to: str = "", headers: str = "",
              sender: str = SELLER, returned: bool = True) -> bytes:
    """A notice kept as its text part only (a relay or archive dropped the report part), the original's headers
    after it where `returned`."""
    tail = ("\n" + orig(sender, orig_to, f"{rid}@example.com").split("\n\n")[0] + "\n") if returned else ""
    return (f"Return-Path: <>\nFrom: {frm}\nTo: {sender}\nDate: {DATE}\nSubject: {subject}\n{headers}"
            f"Message-ID: <{rid}.au59@notice.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{text}{tail}").encode()


def courier_text(rid: str, banner: str, lead: str, entries: list[tuple[str, str, str, str]], *, orig_to: str,
                 host: str = "mail.example-courier.org", subject: str = "NOTICE: mail delivery status.") -> bytes:
    """Courier's DSN text (dsn.c), its report part lost: entries (address, 'host [ip]', sent, reply)."""
    text = (f"This is a delivery status notification from {host},\nrunning the Courier mail server, version 1.1.8.\n\n"
            "The original message was received on Tue, 14 Oct 2025 09:10:02 +0000\nfrom [198.51.100.7]\n\n" + "-" * 75
            + f"\n\n{banner.center(75).rstrip()}\n\n{lead}\n\n"
            + "".join(f" <{a}>:\n     {h}:\n >>> {s}\n <<< {r}\n\n" for a, h, s, r in entries) + "-" * 75 + "\n")
    return text_only(rid, frm=f"\"Courier mail server at {host}\" <@>", subject=subject, text=text, orig_to=orig_to)


def exch_text(rid: str, entries: list[tuple[str, str, str, str]], *, orig_to: str,
              server: str = "EXCH01.corp.example.net") -> bytes:
    """Exchange 2013's NDR text alone: entries (address, user text, remote host, 'Remote Server returned' text)."""
    user = "\n\n".join(f"{a}\n{why}" for a, why, _, _ in entries)
    admin = "\n\n".join(f"{a}\n{mx}\nRemote Server returned '{diag}'" for a, _, mx, diag in entries)
    text = (f"Delivery has failed to these recipients or groups:\n\n{user}\n\n\n\n\n\n\nDiagnostic information for "
            f"administrators:\n\nGenerating server: {server}\n\n{admin}\n\nOriginal message headers:\n")
    return text_only(rid, frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.net>",
                     subject=f"Undeliverable: {SUBJ}", text=text, orig_to=orig_to,
                     headers="X-MS-Exchange-Message-Is-Ndr:\n")


def domino_text(rid: str, pairs: list[tuple[str, str]], *, orig_to: str, host: str = "notes01.example-group.com") -> bytes:
    """Domino's router notice as plain text (its DSN part lost), one 'was not delivered to:' / 'because:' pair each."""
    text = f"Your message\n\n  Subject: {SUBJ}\n\n" + "\n".join(
        f"was not delivered to:\n\n  {a}\n\nbecause:\n\n  {why}\n" for a, why in pairs)
    return text_only(rid, frm=f"Postmaster@{host}", subject="DELIVERY FAILURE: " + pairs[0][1][:60], text=text,
                     orig_to=orig_to)


def stalwart_text(rid: str, lines: list[str], *, orig_to: str, host: str = "mail.example.com") -> bytes:
    """Stalwart's failure text (dsn.rs) kept without its report part."""
    text = "Your message could not be delivered to the following recipients:\n\n" + "".join(f"{x}\n" for x in lines)
    return text_only(rid, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", subject="Failed to deliver message",
                     text=text, orig_to=orig_to, headers="Auto-Submitted: auto-generated\n")


def person(rid: str, frm: str, subject: str, text: str, *, extra: str = "", to: str = SELLER) -> bytes:
    """A person's reply to our original (In-Reply-To ours), plain text, no auto-reply fields."""
    return (f"From: {frm}\nTo: {to}\nDate: {DATE}\nSubject: {subject}\nMessage-ID: <{rid}.reply@mail.partner.example>\n"
            f"In-Reply-To: <{rid}@example.com>\nReferences: <{rid}@example.com>\n{extra}MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\n\n{text}").encode()
