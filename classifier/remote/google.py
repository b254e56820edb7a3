"""Google (Gmail / Workspace). Its notices about the *sender*: sending limits, a blocked or
suspended sending account, a message Gmail itself refused as suspicious. The recipient's
address is fine, so these are scope `sender` (shared/api/gmail.md §9, taxonomy §7). And its
replies as the recipient's server (`RULES`, classifier.remote)."""

from __future__ import annotations

from classifier.records import Reason
from classifier.remote import Rule
from classifier.text import without_names

# As a receiving provider (classifier.remote): Gmail's and Google Workspace's MX hosts
# (gmail-smtp-in.l.google.com, aspmx.l.google.com), its relay smtp-relay.gmail.com, and the
# tag "gsmtp (Google SMTP) is added to all errors" (support.google.com/a/answer/3726730).
NAME = "google"
HOSTS = (".google.com", ".gmail.com")
DOMAINS = ("gmail.com", "googlemail.com")
MARKERS = ("- gsmtp",)

RULES = (
    # Google's own table (answer 3726730): "421 4.3.0 / 421 4.7.0 Temporary System Problem. Try
    # again later", its system's trouble, not a refusal of us (a 4.7.0 status reads as security).
    Rule(reason=Reason.SYSTEMERROR, wording="temporary system problem"),
    # Copies of its older table (weak): "451 4.3.0 Mail server temporarily rejected message.",
    # "451 4.5.0 SMTP protocol violation, see RFC 2821." (no policy meant by "violation").
    Rule(reason=Reason.SYSTEMERROR, wording="mail server temporarily rejected message"),
    Rule(reason=Reason.SYNTAXERROR, wording="smtp protocol violation"),
    # Replies quoted by those who got them (weak): "421-4.7.29 Your email has been rate limited
    # because this message wasn't sent over a TLS connection"; "421-4.7.28 ... mail sent from your
    # IP address / your domain has been temporarily rate limited"; "... mail with the URL has been
    # temporarily limited". Our sending, our domains, our URLs: the sender's.
    Rule(reason=Reason.SECURITYERROR, wording="wasn't sent over a tls connection", sender=True),
    # The 2024 bulk-sender requirement texts of answer 3726730 (its copy of 2026-02-12, the thirty-
    # first review): each names what our mail lacks before "rate limited" / "blocked", and that
    # cause is the reason, not the rate (a 5.7.27 status alone reads as the sender's null MX):
    # "4.7.23 / 4.7.0 The sending IP address ... doesn't have a PTR record"; "4.7.27 / 5.7.27 ...
    # SPF authentication didn't pass" / "didn't pass SPF authentication", the same of DKIM
    # (4.7.30 / 5.7.30); "4.7.32 / 5.7.32 ... the From: header (RFC5322) in this message isn't
    # aligned with either the authenticated SPF or DKIM organizational domain"; "4.7.29 ...
    # because you're not using a TLS connection".
    Rule(reason=Reason.REQUIREPTR, wording="have a ptr record", sender=True),
    Rule(reason=Reason.AUTHFAILURE, wording="authentication didn't pass", sender=True),
    Rule(reason=Reason.AUTHFAILURE, wording="didn't pass spf authentication", sender=True),
    Rule(reason=Reason.AUTHFAILURE, wording="didn't pass dkim authentication", sender=True),
    Rule(reason=Reason.AUTHFAILURE, wording="aligned with either the authenticated spf or dkim", sender=True),
    # "550 5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires all large
    # senders to authenticate with DKIM" (Sisimai 5's rhost/for-google.go, quoting answer 3726730):
    # the missing DKIM is the cause, not a block (5.7.30 alone is RFC 8689's REQUIRETLS).
    Rule(reason=Reason.AUTHFAILURE, wording="because dkim does not pass", sender=True),
    Rule(reason=Reason.SECURITYERROR, wording="not using a tls connection", sender=True),
    Rule(reason=Reason.SPEEDING, wording="has been temporarily rate limited", sender=True),
    Rule(reason=Reason.SPAMDETECTED, wording="has been temporarily limited", sender=True),
    # "4.7.28 Gmail has detected an unusual amount of unsolicited email originating from your IP
    # address ... has been temporarily blocked"; "5.7.28 There is an unusual rate of unsolicited
    # email originating from your IP address ... has been blocked"; "4.7.28 Gmail has detected this
    # sender exceeded the quota for sending messages that have the same Message-ID:": our sending
    # IP refused for its mail's rate (blocked, as test_scope.py reads the older 4.7.0 text), ours.
    Rule(reason=Reason.BLOCKED, wording="unusual amount of unsolicited", sender=True),
    Rule(reason=Reason.BLOCKED, wording="unusual rate of unsolicited", sender=True),
    Rule(reason=Reason.SPEEDING, wording="exceeded the quota for sending messages", sender=True),
    # Its RFC 5322 refusals of our message's headers (5.7.1, which read security or policy):
    # "Messages missing a valid Message-ID: header are not accepted", "Messages missing a valid
    # address in the From: header, or having no From: header, are not accepted", "The message
    # contains a unicode character in a disallowed header", "Encoded-word syntax is not permitted
    # in message header ...". And "421 4.7.0 Connection expired, try reconnecting" (the session).
    Rule(reason=Reason.NOTCOMPLIANTRFC, wording="missing a valid message-id"),
    Rule(reason=Reason.NOTCOMPLIANTRFC, wording="missing a valid address in the from: header"),
    Rule(reason=Reason.NOTCOMPLIANTRFC, wording="unicode character in a disallowed header"),
    Rule(reason=Reason.NOTCOMPLIANTRFC, wording="encoded-word syntax is not permitted"),
    Rule(reason=Reason.NETWORKERROR, wording="connection expired, try reconnecting"),
    # The rest of answer 3726730's table, as Sisimai::Rhost::GoogleApps quotes it (the twenty-fifth
    # review): replies to our relay's login or session, the sender's (a 5.5.1 status read syntax).
    Rule(reason=Reason.SECURITYERROR, wording="application-specific password required", sender=True),
    Rule(reason=Reason.SECURITYERROR, wording="username and password not accepted", sender=True),
    Rule(reason=Reason.SECURITYERROR, wording="please log in with your web browser", sender=True),
    Rule(reason=Reason.SECURITYERROR, wording="too many unauthenticated commands", sender=True),
    Rule(reason=Reason.SECURITYERROR, wording="5.5.1 authentication required", sender=True),
    # "501 5.5.4 HELO/EHLO argument is invalid": our host's HELO name; "421 4.7.0 Try again later,
    # closing connection" ("usually indicates a Denial of Service (DoS) for the SMTP relay at the
    # HELO stage"): our connections; "451 4.3.0 Multiple destination domains per transaction is
    # unsupported": our transaction's shape (it read expired as a delay).
    # "501 5.5.4 Empty HELO/EHLO argument not allowed" (Sisimai 5's rhost/for-google.go quotes it
    # beside the first): our HELO, empty, the same cause.
    Rule(reason=Reason.BLOCKED, wording="helo/ehlo argument"),
    Rule(reason=Reason.TOOMANYCONN, wording="try again later, closing connection"),
    Rule(reason=Reason.TOOMANYCONN, wording="multiple destination domains per transaction"),
)

# (wording, reason) — the first that matches wins.
SENDER_NOTICES: tuple[tuple[str, Reason], ...] = (
    ("daily user sending limit exceeded", Reason.SPEEDING),
    ("daily sending quota exceeded", Reason.SPEEDING),
    ("limit for sending", Reason.SPEEDING),
    ("reached a gmail sending limit", Reason.SPEEDING),
    ("sending limit", Reason.SPEEDING),
    ("sending quota", Reason.SPEEDING),
    # Gmail's Greek "You have reached a limit for sending mail" (Gmail Help 22839, hl=el).
    ("όριο αποστολής αλληλογραφίας", Reason.SPEEDING),
    ("exceeded the maximum recipients", Reason.SPEEDING),
    ("5.4.5", Reason.SPEEDING),
    # Workspace's own compliance, routing and S/MIME rules of the sender's admin (Admin Help 7282433
    # "Message bounced due to a policy rule": "Rejected due to policy associated with sender.", "A
    # policy required encryption but was unable to encrypt the message."); Gmail's own refusal to
    # send a message it takes for abuse ("Message rejected. See .../mail/answer/69585").
    ("rejected due to policy associated with sender", Reason.POLICYVIOLATION),
    ("a policy required encryption", Reason.POLICYVIOLATION),
    ("answer/69585", Reason.SPAMDETECTED),
    ("your account has been disabled", Reason.SECURITYERROR),
    ("account has been suspended", Reason.SECURITYERROR),
    ("account is suspended", Reason.SECURITYERROR),
    ("blocked from sending", Reason.SECURITYERROR),
    ("sending has been blocked", Reason.SECURITYERROR),
    ("message was blocked because", Reason.SPAMDETECTED),
    ("message has been blocked", Reason.SPAMDETECTED),
    ("suspicious", Reason.SPAMDETECTED),
    ("spam", Reason.SPAMDETECTED),
    # The "Message blocked" notice of a Workspace admin's rule with a custom text (7282433: "A custom
    # message—You can enter a custom message when you set up the rule"): only Gmail's own sentence says so.
    ("has been blocked. see technical details below", Reason.POLICYVIOLATION),
)


def is_google_notice(from_: str, reporting_mta: str) -> bool:
    return "googlemail.com" in from_ or "@google.com" in from_ or "googlemail.com" in reporting_mta \
        or "gmail.com" in from_


def sender_notice(text: str) -> Reason | None:
    """The reason of a Google notice about the sender, or None if it is about the recipient."""
    # The notice names the recipient and hosts: "spam" in an address is no spam refusal.
    low = " ".join(without_names(text.lower()).split())
    for wording, reason in SENDER_NOTICES:
        if wording in low:
            return reason
    return None
