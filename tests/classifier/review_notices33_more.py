"""The thirty-third review's rows from weaker sources (tests/classifier/review_notices33.py holds the
ESPs' own pages): replies that a platform's customers, a filtering vendor's KB, a bounce
classifier's label reference and Q&A lists quote, each with the publisher's gloss as an outside
opinion; every expectation is the taxonomy's reading of the words, written before the classifier
ran. All HAND-MADE (layouts: our relay's report; Gmail's and Exchange Online's own notices)."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
IP = "192.0.2.7"
LEAD = "lead@partner.example"
MX = "mx.partner.example"


def both(prefix: str, source: str, mx: str, address: str, entries: list[tuple]) -> list[tuple]:
    """Our relay's report of each reply, and the final ones as Gmail's and Exchange Online's own
    notices quote them."""
    return rows_relayed(prefix, source, mx, address, entries) + rows_quoted(prefix, source, mx, address, entries)


# ---- replies seen through Amazon SES, a customer's table ---------------------------------------------
# clinician.rgnmed.com/support-admin/bounced-emails (weak): "Message in logs" with the customer's
# comment. Where the comment says "Invalid address" for a reply whose words say otherwise (an
# expired retry period), the words win.
RGN = "clinician.rgnmed.com/support-admin/bounced-emails: replies as Amazon SES logged them (weak: a customer's table)"
SES_SEEN = [
    ("chkuser-no-mailbox", "511 sorry, no mailbox here by that name (#5.1.1 - chkuser)", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    # The table's comment: "Invalid address". The words: the retry period ran out (expired, soft);
    # a 550 reply, so our relay's status class is 5.
    ("expired-840-minutes", "550 4.4.7 Message expired: unable to deliver in 840 minutes", "5.4.7", "DATA", False,
     ("expired",), ANY),
    # The comment: the recipient refuses our domain. No word of a missing mailbox: soft.
    ("access-denied-541", "550 5.4.1 Recipient address rejected: Access denied.", "5.4.1", "RCPT", False, (), ANY),
    ("invalid-domain-544", "550 5.4.4 Invalid domain", "5.4.4", "RCPT", True, ("hostunknown",), R),
    ("mailbox-unavailable-550", "550 5.5.0 Requested action not taken: mailbox unavailable", "5.5.0", "RCPT", True,
     ("userunknown",), R),
    ("service-refused-try-later", "550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try "
     "later.", "5.7.1", "RCPT", False, (), ANY),
    ("address-unknown", "550 Address unknown", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("invalid-recipient", "550 Invalid Recipient", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("rcpt-to-user-unknown", f"550 RCPT TO:<{LEAD}> User unknown", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("spam-detected", "550 spam detected", "5.0.0", "DATA", False, ("spamdetected",), ANY),
    ("account-disabled-521", "550-5.2.1 The email account that you tried to reach is disabled", "5.2.1", "RCPT",
     False, ("suspend",), R),
    # 552 (storage) with the words "mailbox not found": the words win.
    ("552-mailbox-not-found", "552 1 Requested mail action aborted, mailbox not found", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("over-quota-522", "552 5.2.2 Over quota", "5.2.2", "RCPT", False, ("mailboxfull",), R),
    ("no-mail-server-512", "553 5.1.2 Unknown mail server. Could not find a mail server for partner.example",
     "5.1.2", "RCPT", True, ("hostunknown",), R),
    ("mailbox-disabled-554-30", f"554 30 Sorry, your message to {LEAD} cannot be delivered. This mailbox is disabled "
     "(554.30).", "5.0.0", "RCPT", False, ("suspend",), R),
]

# ---- Marketo (Adobe) community: a customer's bounce details -------------------------------------------
MKT = "nation.marketo.com 'Need more detailed information about email bounces' (weak: a customer's bounce details)"
MARKETO = [
    ("sender-denied-510", "554 5.1.0 Sender denied", "5.1.0", "MAIL", False, ("rejected", "blocked"), S),
    ("message-delayed-447", "400 4.4.7 Message delayed", "4.4.7", "DATA", False, (), ANY),
]

# ---- Postmark: its Spam Notification help article's example (the parenthesis, redacted there, is
# written as the Barracuda appliance writes it) -----------------------------------------------------------
PMK = ("postmarkapp.com/support/article/1156-how-to-fix-spam-notifications (Postmark's category: Spam "
       "Notification; weak: the redacted parenthesis)")
POSTMARK = [
    ("permanent-failure-one-or-more", f"550 permanent failure for one or more recipients ({LEAD}:blocked)", "5.0.0",
     "DATA", False, (), ANY),
]

# ---- Mailprotector (a filtering vendor's KB "Common Email Bouncebacks") ---------------------------------
MPR = "support.mailprotector.com 360048244891 'Common Email Bouncebacks' (weak: a filtering vendor's KB)"
MAILPROTECTOR = [
    ("submission-rate-442", "421 4.4.2 Message submission rate for this client has exceeded the configured limit",
     "4.4.2", "MAIL", False, ("speeding", "toomanyconn"), S),
    # Postgrey's greylisting: "Recipient address rejected" names no missing mailbox (a delay).
    ("greylisted-420", f"450 4.2.0 <{LEAD}>: Recipient address rejected: Greylisted, see "
     "http://postgrey.schweikert.ch/help/partner.example.html", "4.2.0", "RCPT", False, (), ANY),
]

# ---- EmailEngine's bounce label reference (bounces.postalsys.com/labels): its example responses
# (weak: examples written for the labels) -------------------------------------------------------------
EE = "bounces.postalsys.com/labels 'Bounce Labels Reference' example SMTP responses (weak: written for the labels)"
EMAILENGINE = [
    ("auth-failure-dmarc", "550 5.7.1 Unauthenticated email is not accepted due to domain DMARC policy.", "5.7.1",
     "DATA", False, ("authfailure", "policyviolation"), S),
    ("domain-blacklisted-dbl", "550 5.7.1 Rejected - domain example.com is listed on Spamhaus DBL.", "5.7.1", "RCPT",
     False, ("blocked", "rejected", "spamdetected"), S),
    ("geo-blocked", "550 5.7.1 Mail from your region is not allowed.", "5.7.1", "RCPT", False,
     ("blocked", "policyviolation"), S),
    ("greylisting-closing", "421 4.7.0 Try again later, closing connection.", "4.7.0", "RCPT", False, (), ANY),
    # 5.1.3 is a bad destination address's syntax (taxonomy's code column: userunknown).
    ("invalid-address-format", "553 5.1.3 Invalid address format.", "5.1.3", "RCPT", True, ("userunknown",), R),
    ("ip-blacklisted-zen", "550 5.7.1 Service unavailable, IP blocked by Spamhaus ZEN.", "5.7.1", "RCPT", False,
     ("blocked",), S),
    ("mailbox-suspended", "550 5.2.1 The email account has been suspended.", "5.2.1", "RCPT", False, ("suspend",), R),
    ("over-quota-522", "552 5.2.2 The email account that you tried to reach is over quota.", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("organizational-policy", "550 5.7.1 Message rejected per organizational policy.", "5.7.1", "DATA", False,
     ("policyviolation", "filtered", "blocked", "spamdetected"), ANY),
    ("too-many-connections-4728", "421 4.7.28 Too many connections from your IP address. Try again in 30 minutes.",
     "4.7.28", "CONN", False, ("toomanyconn", "speeding", "blocked"), S),
]

# ---- relay and policy refusals, as a Q&A list and a Microsoft bounce-message page quote them -----------
SO = ("snapoverflow.com 'Explanation of various smtp error codes bounced by mailservers' (a mail admin's list of "
      "replies; weak)")
QA = [
    ("unable-to-relay", "550 5.7.1 Unable to relay", "5.7.1", "RCPT", False, ("norelaying",), ANY),
    ("relay-not-permitted", "550 relay not permitted", "5.0.0", "RCPT", False, ("norelaying",), ANY),
    ("access-denied-571", "554 5.7.1 Access denied", "5.7.1", "RCPT", False, (), ANY),
    ("allowed-rcpthosts", "553 5.7.1 sorry, that domain isn't in my list of allowed rcpthosts", "5.7.1", "RCPT",
     False, ("norelaying",), ANY),
    ("hop-count-exceeded", "554 5.4.6 Hop count exceeded - possible mail loop", "5.4.6", "DATA", False,
     ("systemerror",), ANY),
    ("denied-by-policy", "550 Denied by policy", "5.0.0", "RCPT", False, (), ANY),
    ("command-not-allowed", "550 5.7.1 Command not allowed", "5.7.1", "RCPT", False, (), ANY),
]
TN = "technet.microsoft.com/en-us/exchange/bb288511 (bounce message examples: a relay refusal; weak)"
TECHNET = [
    ("relay-access-denied", f"554 5.7.1 <{LEAD}>: Relay access denied", "5.7.1", "RCPT", False, ("norelaying",), ANY),
]

MORE_ROWS = (both("ses-seen", RGN, MX, LEAD, SES_SEEN)
             + both("marketo", MKT, MX, LEAD, MARKETO)
             + both("postmark", PMK, MX, LEAD, POSTMARK)
             + both("mailprotector", MPR, MX, LEAD, MAILPROTECTOR)
             + both("emailengine", EE, MX, LEAD, EMAILENGINE)
             + both("qa", SO, MX, LEAD, QA)
             + both("technet", TN, MX, LEAD, TECHNET))
