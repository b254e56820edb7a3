"""Review frames57's sender-side frames and its sources (rows in review_frames57.py). The frames are the notices a
B2B sales mailbox gets from ITS OWN provider: Gmail / Google Workspace's DSN and Microsoft 365's NDR (modern and the
older 'Delivery has failed' layout) reuse holdout 50's builders (review_holdout50_layouts.py); the others are small
wrappers here around builders earlier reviews cite: Postfix bounce(8) as Fastmail's outbound mail system writes it,
Zoho Mail's own notice (review_notices43_layouts.zoho), Yahoo's own failure notice (review_isp52_layouts.yahoo_own).
Each quotes a RECEIVING server's reply, cited per row. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_holdout50 import NOTFOUND, PROBLEM
from tests.classifier.review_holdout50_layouts import exchange_old, exo, gmail, postfix
from tests.classifier.review_isp52_layouts import yahoo_own
from tests.classifier.review_notices43_layouts import zoho as zoho_notice

# The frames' own sources.
FASTMAIL_SRC = ("Postfix src/bounce/bounce_notify_util.c + bounce(5) template, as Fastmail's outbound mail system sends it "
                "(Fastmail help 'Why messages bounce back', fastmail.help/hc/en-us/articles/7010500320655)")
ZOHO_SRC = ("Zoho Mail's own notice (review_notices43_layouts.zoho: X-ZohoMail, 'addr Invalid Address, ERROR_CODE :550, "
            "ERROR_CODE :...' or '[Status: Error, Address: <addr>, ResponseCode NNN, , ...]')")
YAHOO_SRC = ("Yahoo Mail / Yahoo Business's own failure notice (review_isp52_layouts.yahoo_own: 'Sorry, we were unable to "
             "deliver your message to the following address.', qmail-derived '... does not like recipient. Remote host "
             "said:')")

# The receiving servers' replies: where each comes from.
ICEWARP = ("IceWarp KB 'SMTP Error Codes: 550 5.1.1 Unknown user; rejecting' ('Unknown user account ... Management > "
           "[Domain] > Unknown Account', qsh.cc/Support/KB/Emails/SMTP-Error-Codes/550-5-1-1-Unknown-user) and "
           "docs.icewarp.com 'Interpretation of 5xx Errors in IceWarp SMTP'")
BROADCOM_SMG = ("Broadcom KB 266953 'SMTP Code: 554 5.1.2 Recipient address rejected: User unknown' (Symantec Messaging "
                "Gateway recipient validation: the address matches no valid recipient in the Directory Data Source)")
STRATO = ("STRATO FAQ #2420 'Fehlermeldungen bei E-Mails' (strato.de/faq/mail/fehlermeldungen-bei-e-mails: '550 recipient "
          "e-mail adress unknown' - Empfängeradresse ist nicht bekannt)")
MAILHOSTBOX = ("Mailhostbox (Directi / Titan hosting) reply pointing to its 'email administrators guide / error codes' page "
               "(support.mailhostbox.com/email-administrators-guide/error-codes), Postfix virtual_alias_maps wording")
ATT = ("smtp.codes/550, AT&T section ('550 5.2.1 <EXAMPLE@PRODIGY.NET>... Addressee unknown, relay=[x.xx.xx.xx]', the "
       "address upper-cased as AT&T's mail servers echo it)")
SITEPACKAGE = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (a German host's list of regional ISPs' "
               "replies: Compuserve '550 5.1.1 ... Mailbox not found', GMX '550 5.1.1 ... User is unknown', Lycos 'mailbox "
               "full - quota exceeded')")
DOMINO = ("HCL/IBM Domino SMTP listener with 'Verify that local domain recipients exist in the Domino Directory' "
          "(Domino admin help 'Resolving directory lookups'; notes.ini SMTP lookup replies '550 <argument> is not a valid "
          "user - The argument cannot be found', admincamp.de notes.ini reference)")
ACCESS = ("The Access Group help 'Reasons for client emails not being delivered' (help-atosmartdocs.theaccessgroup.com: "
          "'550 5.1.1 recipient rejected. Recipient does not exist', '550 5.2.1 recipient rejected. Mailbox suspended', "
          "'550 5.0 recipient or address rejected' = your address is blocked, '550.5.7.0 Message Size Violation', "
          "'550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom')")
YAHOO_DD = ("Yahoo help SLN3444 ('554 delivery error: dd This user doesn't have a yahoo.com account'); AT&T's att.net / "
            "sbcglobal.net mailboxes are hosted on Yahoo's mail platform (its MX yahoodns.net), the domain in the reply")
ARUBA = ("Aruba hosting guide 'Risoluzione errori comuni' (guide.hosting.aruba.it: a box 'in over quota' rejects new mail "
         "and the sender receives 'user is over quota')")
CHINA_MTA = ("the Chinese enterprise MTA reply list in blog.sina.com.cn/s/blog_8dc13ec50101fxxr ('552 message is too long.', "
             "'450 queue unavailable.', '554 smtpport check error.', '555 helohost error.')")
HOSTSTUD = ("HostStud 'Email Error 450 and its solution' (Postfix hosts' 450 variants: 'Recipient address rejected: "
            "unverified address: verification in progress', 'Policy Rejection- greylisted, try again later.')")
POSTGREY = ("Mailprotector 'Common Email Bouncebacks' ('450 4.2.0 <...>: Recipient address rejected: Greylisted, see "
            "<helpful website>') with postgrey's default greylist_text ('Greylisted, see http://postgrey.schweikert.ch/"
            "help/%r.html')")
HMAIL = ("hMailServer documentation 'SMTP error messages' (hmailserver.com/documentation/latest/?page=reference_error_"
         "messages_smtp: '451 Please try again later.' when greylisting is enabled)")
ONESYS = ("one systems (Swiss host) 'Übersicht häufig vorkommender Fehlermeldungen' (support.onesystems.ch/722126: '554 5.7.1 "
          "Service unavailable; Client host [] blocked using ix.dnsbl.manitu.net', '450 4.7.1 Client host rejected: "
          "cannot find your hostname, []')")
ATT_PTR = ("smtp.codes/550, AT&T section ('550 5.7.1 Connections not accepted from servers without a valid sender domain. "
           "## Fix reverse DNS for x.xx.xx.xx': a reverse DNS (PTR) issue with the sending IP)")
NEXTGENTEL = ("NextGenTel (Norwegian ISP) spam filter reply pointing to its 'epostvask' page (nextgentel.com/kundesider/"
              "artikler/epostvask.php), as quoted in a public Exchange NDR (pastebin.com/eaXMWT2g)")
TREND = ("Trend Micro Email Reputation Services: Postfix reject_rbl_client on the ERS zone with Trend's reply text "
         "('Mail from <ip> blocked using Trend Micro Email Reputation database. Please see <http://www.mail-abuse.com/"
         "cgi-bin/lookup?<ip>>')")
TITAN = ("Titan support 'Understanding Incoming Email Reject Codes' (support.titan.email/hc/en-us/articles/35175377981977: "
         "'554 5.7.1 Service unavailable; Client host [<ip>] blocked using b.barracudacentral.org;')")
IONOS = ("IONOS Help 'Error Messages Caused by Undeliverable Email' (ionos.de/hilfe/...: '554 Service unavailable; Client "
         "host [...] blocked using rbl.orbitrbl.com - IP Black Listed')")
RELAY = ("cPanel/Exim hosts' 550 list (clients.paymonthlyhosting.co.uk KB 120 'I cannot send or receive emails': '550 - "
         "Relay not permitted!')")

GIP = "209.85.220.41"    # Google's outbound IP
MSIP = "40.107.22.61"    # Exchange Online's outbound IP


def g_fail(rid: str, a: str, reply: str, status: str, mx: str, *, unknown: bool = True) -> bytes:
    """Gmail's own DSN quoting the remote reply ('Address not found' for a refused address, else 'Message not
    delivered')."""
    heading, lead = ("Address not found", NOTFOUND) if unknown else ("Message not delivered", PROBLEM)
    return gmail(rid, a, heading=heading, lead=lead.format(a=a), response=reply, diag=reply, status=status, remote=mx)


def g_later(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    """Gmail's 'Delivery incomplete' warning (Action: delayed) with the remote's temporary reply."""
    lead = (f"There was a temporary problem delivering your message to {a}. Gmail will retry for 46 more hours. You'll "
            "be notified if the delivery fails permanently.")
    return gmail(rid, a, heading="Delivery incomplete", lead=lead, response=reply, diag=reply, status=status,
                 remote=mx, action="delayed")


EXO_WHY = ("Your message wasn't delivered because the recipient's email provider rejected it.", "How to Fix It\nThe "
           "recipient's email provider rejected the message. Contact the recipient by some other means.")


def exo_fail(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    why, fix = EXO_WHY
    return exo(rid, a, why=why, fix=fix, diag=reply, status=status, remote=mx)


def exo_later(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    """Exchange Online's 'Delivery is delayed' notice (Action: delayed)."""
    return exo(rid, a, why=f"Delivery is delayed to these recipients or groups: {a}. This message hasn't been delivered "
               "yet. Delivery will continue to be attempted.", fix="The server will keep trying to deliver this message "
               "for the next 1 days, 19 hours and 52 minutes.", diag=reply, status=status, remote=mx, action="delayed")


def exo_old(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    """The older Exchange Online NDR ('Delivery has failed to these recipients or groups:')."""
    return exchange_old(rid, a, explain="Your message wasn't delivered because the recipient's email provider rejected "
                        "it.", diag=reply, status=status, remote=mx, server="AM0PR07MB4196.eurprd07.prod.outlook.com")


def fastmail(rid: str, a: str, reply: str, status: str, mx: str, *, action: str = "failed",
             command: str = "RCPT TO") -> bytes:
    """Postfix bounce(8) from Fastmail's outbound host: '<a>: host mx[ip] said: reply (in reply to ... command)'."""
    reason = f"host {mx}[203.0.113.25] said: {reply} (in reply to {command} command)"
    return postfix(rid, a, reason=reason, status=status, remote=mx, diag=reply, action=action,
                   host="mailout.nyi.messagingengine.com")


def zoho(rid: str, a: str, reply: str) -> bytes:
    """Zoho's notice: a 5xx reply with an enhanced code as 'Invalid Address, ERROR_CODE :550, ERROR_CODE :<rest>' (the
    label Zoho gives every refused recipient), any other as its '[Status: Error, ...]' line."""
    code, _, rest = reply.partition(" ")
    if rest[:2] in ("5.", "4."):
        return zoho_notice(f"f57-{rid}", a, f"{a} Invalid Address, ERROR_CODE :{code}, ERROR_CODE :{rest}")
    return zoho_notice(f"f57-{rid}", a, f"[Status: Error, Address: <{a}>, ResponseCode {code}, , {rest}]")


def yahoo(rid: str, a: str, reply: str, ip: str = "203.0.113.61") -> bytes:
    """Yahoo's own failure notice with the remote's reply."""
    return yahoo_own(f"f57{rid}", a, f"{ip} does not like recipient.\nRemote host said: {reply}\nGiving up on {ip}.",
                     date="Tue, 14 Oct 2025 09:12:44 +0000")

