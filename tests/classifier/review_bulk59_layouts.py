"""Bulk 59's wrappers and source citations (review_bulk59.py and review_bulk59_more.py use them): the real layouts
of review_holdout50_layouts.py (Gmail's own DSN, Exchange Online, Postfix, Exim) carrying a receiver's reply as
that MTA shows it (Postfix joins a multi-line reply's lines with spaces, Exim keeps them on indented lines), and the
expectation tuples the rows share. Our side: seller@example.com (Google Workspace, or its own Postfix / Exim relay
at 198.51.100.7) or rep@example.net (Microsoft 365)."""

from __future__ import annotations

import textwrap

from tests.classifier.review_holdout50 import EXO_REMOTE_WHY, OURIP, R, S
from tests.classifier.review_holdout50_layouts import exim, exo, gmail, postfix

IP = OURIP
GMAIL_MX = "gmail-smtp-in.l.google.com"

# Expected reasons, written from the servers' words and shared/classifier/taxonomy.md before any run.
AU = ("authfailure",)
AUD = ("authfailure", "policyviolation")          # a DMARC policy refusal: taxonomy lists DMARC under both
AU_RATE = ("authfailure", "speeding")             # rate limited BECAUSE authentication failed
PTR = ("requireptr",)
PTR_RATE = ("requireptr", "speeding")
RATE = ("speeding", "toomanyconn")
SPAM_RATE = ("speeding", "spamdetected", "badreputation", "blocked")
REP = ("badreputation", "blocked")
REP_SPAM = ("badreputation", "blocked", "spamdetected")
BLK = ("blocked", "badreputation")
TLS = ("securityerror",)
TLS_RATE = ("securityerror", "speeding")
POLICY = ("policyviolation", "authfailure")
FULL, SUSP, HOST = ("mailboxfull",), ("suspend",), ("hostunknown",)

# Sources (the replies' own words).
GOOG = ("Google Workspace Admin Help 'Gmail SMTP errors and codes' (support.google.com/a/answer/3726730, "
        "knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes), the page as "
        "last updated 2026-02-12 (text kept by azumakuniyuki/feb-2024-no-auth-no-entry google-3726730-smtp-errors-"
        "and-codes/text/...-2026-02-15.txt)")
GSENDER = "Google 'Email sender guidelines' (support.google.com/a/answer/81126) for the bulk-sender requirements"
YAHOO_DOC = ("Yahoo Sender Hub 'SMTP Error Codes' (senders.yahooinc.com/smtp-error-codes; text kept by azumakuniyuki/"
             "feb-2024-no-auth-no-entry yahoo-senders-smtp-error-codes/text/...-2026-02-15.txt) and help.yahoo.com "
             "SLN7253 ('554 5.7.9: Message not accepted for policy reasons')")
MS_HV = ("Microsoft Defender for Office 365 blog 'Strengthening Email Ecosystem: Outlook's New Requirements for "
         "High-Volume Senders' (2025-04-02, updated 2025-04-30: '550; 5.7.515 Access denied, sending domain "
         "[SendingDomain] does not meet the required authentication level.'), Outlook.com Postmaster "
         "'Troubleshooting' SMTP error table (sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)")
EXO_DOC = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (MicrosoftDocs/"
           "SupportArticles-docs .../ndr/non-delivery-reports-in-exchange-online.md: 5.7.606-5.7.649 banned "
           "sending IP, 4.7.650 IP reputation, 5.7.700-5.7.749 tenant threshold) and 'Use the delist portal' "
           "(sender.office.com)")
APPLE = ("Apple 'Postmaster information for iCloud Mail' (support.apple.com/102322, formerly HT204137: bulk-sender "
         "requirements, DMARC honoured, SMTP errors with a URL) and smtp.codes/icloud's list of iCloud's replies")
COMCAST = ("Comcast / Xfinity postmaster 'Mail delivery error codes' (postmaster.comcast.net/mail-error-codes, "
           "DM000001 DMARC, the non-specific '[Reverse DNS failure : Try again later]'); the DMARC reply as "
           "wordtothewise.com/2014/04/example-bounces-due-yahoo-preject quotes it")
ORANGE = ("Orange postmaster OFR codes as bentonow.com/smtp-errors/orange and postmastery.com/orange-postmaster-"
          "smtp-error-codes-ofr list them (421 OFR004_104 'Trop de connexions ... Too many connections, slow "
          "down', 421 OFR004_105 'Service refuse. Veuillez essayer plus tard / Service refused, please try later')")
UI = ("United Internet postmaster pages (postmaster.gmx.net/en/error-messages: multi-line replies, the last line "
      "'For explanation visit https://postmaster.gmx.net/en/case?c=...'; postmaster.mail.com/en/case?c=r2001 "
      "'554 Transaction failed Reject due to domain's DMARC policy'; postmaster.web.de/de/fehlermeldungen SPF) and "
      "smtp.codes/unitedinternet ('Reject due to SPF policy', 'Requested action not taken: mailbox unavailable')")


def gsmtp(code: str, st: str, text: str, sep: str = " ", tag: str = "a640c23a62f3a-59si12") -> str:
    """Google's multi-line reply ('550-5.7.26 ...' lines, the last '550 5.7.26 ... - gsmtp'), lines joined by `sep`."""
    lines = textwrap.wrap(text, 62)
    body = [f"{code}-{st} {ln}" for ln in lines[:-1]] + [f"{code} {st} {lines[-1]} {tag} - gsmtp"]
    return sep.join(body)


def pf_said(rid: str, a: str, reply: str, status: str, mx: str = GMAIL_MX, command: str = "end of DATA",
            action: str = "failed") -> bytes:
    """Postfix's bounce (or its delay warning) for a remote reply: 'host X[ip] said: ... (in reply to ...)'."""
    text = f"host {mx}[203.0.113.25] said: {reply} (in reply to {command} command)"
    return postfix(rid, a, reason=text, status=status, remote=mx, diag=reply, action=action)


def pf_later(rid: str, a: str, reply: str, status: str, mx: str = GMAIL_MX, command: str = "RCPT TO") -> bytes:
    return pf_said(rid, a, reply, status, mx, command, action="delayed")


def ex_said(rid: str, a: str, reply: str, mx: str = GMAIL_MX, after: str = "end of data") -> bytes:
    """Exim's bounce: 'SMTP error from remote mail server after <stage>:' then the reply's own lines."""
    return exim(rid, a, detail=f"host {mx} [203.0.113.30]\n    SMTP error from remote mail server after {after}:\n"
                f"    {reply}")


def ex_later(rid: str, a: str, reply: str, mx: str = GMAIL_MX, after: str = "end of data") -> bytes:
    """Exim's delay warning (warn_message): 'Delay reason: SMTP error from remote mail server after ...'."""
    return exim(rid, a, detail=f"SMTP error from remote mail server after {after}:\n    host {mx} "
                f"[203.0.113.30]: {reply}", delay_hours=24)


def exo_said(rid: str, a: str, reply: str, status: str, mx: str = GMAIL_MX) -> bytes:
    why, fix = EXO_REMOTE_WHY
    return exo(rid, a, why=why, fix=fix, diag=reply, status=status, remote=mx)


BLOCKED_LEAD = "Your message to {a} has been blocked. See technical details below for more information."
PROBLEM_LEAD = "There was a problem delivering your message to {a}. See the technical details below."
LATER_LEAD = ("There was a temporary problem delivering your message to {a}. Gmail will retry for 47 more hours. "
              "You'll be notified if the delivery fails permanently.")


def g_said(rid: str, a: str, reply: str, status: str, mx: str | None, *, blocked: bool = True) -> bytes:
    """Gmail's own DSN for our Workspace user: 'Message blocked' (a policy refusal) or 'Message not delivered'."""
    heading, lead = ("Message blocked", BLOCKED_LEAD) if blocked else ("Message not delivered", PROBLEM_LEAD)
    return gmail(rid, a, heading=heading, lead=lead.format(a=a), response=reply, diag=reply, status=status,
                 remote=mx)


def g_later(rid: str, a: str, reply: str, status: str, mx: str | None) -> bytes:
    """Gmail's own delay DSN ('Delivery incomplete', Action: delayed)."""
    return gmail(rid, a, heading="Delivery incomplete", lead=LATER_LEAD.format(a=a), response=reply, diag=reply,
                 status=status, remote=mx, action="delayed")


def ours(a: str, reasons: tuple) -> list[tuple]:
    """A refusal of OUR side: soft, the sender's scope, final."""
    return [(a, False, reasons, S, False)]


def ours_later(a: str, reasons: tuple = ()) -> list[tuple]:
    """The same refusal while still being retried (a delay notice)."""
    return [(a, False, reasons, S, True)]


def theirs(a: str, reasons: tuple, delay: bool = False) -> list[tuple]:
    """A soft failure of the recipient's mailbox (the recipient's scope)."""
    return [(a, False, reasons, R, delay)]


def gone(a: str, reasons: tuple = ("userunknown",)) -> list[tuple]:
    """A hard failure: the address itself is bad."""
    return [(a, True, reasons, R, False)]
