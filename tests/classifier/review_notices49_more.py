"""The forty-ninth review's second table (tests/classifier/review_notices49.py lays the entries out and
says how the expectations were written): a receiver's policy named without a cause, a recipient's own
rules, the envelope sender refused, security requirements, our own provider refusing to send, and
blocklist words that say "spam" about our HOST rather than the message. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices35_layouts import pf14
from tests.classifier.review_notices49 import (
    AOL, APPLE, AUTH, BL, DOM, FILT, G_SMTP, IP, MIMECAST, MS_NDR, POL, REJ, S, SEC, SIS_BLOCK, SIS_FILT, SIS_POL,
    SIS_REJ, SIS_SEC, SIS_SPAM, YAHOO, ANY, R, expand,
)

MS_54 = ("Microsoft Learn 'Fix NDR error 550 5.4.1 in Exchange Online' (Directory-Based Edge Blocking: 'Recipient "
         "address rejected: Access denied' when the recipient does not exist in the organisation)")
G_GCDP = (G_SMTP + " ('550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp': a "
          "custom rule of the receiving domain's administrator; 'The user or domain that you are sending to (or "
          "from) has a policy that prohibited the mail that you sent.'; 552 5.7.0 'This message was blocked because "
          "its content presents a potential security issue')")
FB = "Facebook postmaster response codes (RCP-P2 'Refused due to recipient preferences'); classifier/remote/facebook.py"
QMAIL_BAD = "notqmail qmail-smtpd.c badmailfrom ('553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)')"

POLICY = [
    ("local-policy", SIS_POL, "550 5.7.1 Message rejected due to local policy", "5.7.1", "DATA", "pf exim", POL, ANY),
    ("email-not-accepted-policy", SIS_POL, "554 5.7.1 Email not accepted for policy reasons", "5.7.1", "DATA", "sm",
     POL, ANY),
    ("denied-by-policy", SIS_POL, "550 Denied by policy", "5.0.0", "DATA", "exim pf", POL, ANY),
    ("local-policy-violation", SIS_POL, "550 5.7.1 Local policy violation", "5.7.1", "DATA", "pf", POL, ANY),
    ("no-attachments-policy", SIS_POL, "550 5.7.0 We do not accept messages containing images or other attachments",
     "5.7.0", "DATA", "pf", POL, ANY),
    ("yahoo-ph01", YAHOO, "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit "
     "https://postmaster.yahooinc.com/error-codes", "5.0.0", "DATA", "pf exim gm", POL, ANY),
    ("yahoo-5.7.9-policy", YAHOO, "554 5.7.9 Message not accepted for policy reasons. See "
     "https://postmaster.yahooinc.com/error-codes", "5.7.9", "DATA", "pf sm", POL, ANY),
    ("gmail-gcdp", G_GCDP, "550 5.7.1 This message violates example.org email policy. - gcdp a1b2c3 - gsmtp", "5.7.1",
     "DATA", "pf gm", POL, ANY),
    ("gmail-domain-policy", G_GCDP, "550-5.7.1 The user or domain that you are sending to (or from) has a policy that "
     "550-5.7.1 prohibited the mail that you sent. Please contact your domain 550-5.7.1 administrator for further "
     "details. 550 5.7.1 https://support.google.com/a/answer/172179 x12si1 - gsmtp", "5.7.1", "DATA", "pf gm", POL, ANY),
    ("gmail-content-security", G_GCDP, "552-5.7.0 This message was blocked because its content presents a potential "
     "552-5.7.0 security issue. Please visit 552-5.7.0 https://support.google.com/mail/?p=BlockedMessage to review "
     "our 552 5.7.0 message content and attachment content guidelines. x12si2 - gsmtp", "5.7.0", "DATA", "pf exim",
     ("policyviolation", "virusdetected"), ANY),
    ("apple-cs01", APPLE, "554 5.7.1 [CS01] Message rejected due to local policy. Please visit "
     "https://support.apple.com/en-us/HT204137", "5.7.1", "DATA", "pf exim", ("policyviolation", "spamdetected"), ANY),
    ("apple-hm08", APPLE, "554 5.7.1 [HM08] Message rejected due to local policy. Please visit "
     "https://support.apple.com/en-us/HT204137", "5.7.1", "DATA", "pf", ("policyviolation", "spamdetected"), ANY),
    ("mimecast-security-policies", MIMECAST, "554 Email rejected due to security policies - "
     "https://community.mimecast.com/docs/DOC-1369#554 [aBcDeFgHiJ.uk22]", "5.0.0", "DATA", "pf exim", POL, ANY),
    ("aol-not-accepting-attachments", AOL + " — a condition on the message the recipient set",
     "554 5.7.1 Message rejected because the recipient is not accepting mail with attachments or embedded images",
     "5.7.1", "DATA", "pf", ("policyviolation", "filtered"), R),
]

RECIPIENT_RULES = [
    ("user-rules", SIS_FILT, "550 5.7.1 Message rejected due to user rules", "5.7.1", "DATA", "pf exim", FILT, R),
    ("blocked-by-recipient", SIS_FILT, "550 5.7.1 You have been blocked by the recipient", "5.7.1", "RCPT", "pf sm",
     FILT, R),
    ("user-refuses", SIS_FILT, "550 5.7.1 User refuses to receive this mail.", "5.7.1", "RCPT", "pf", FILT, R),
    ("aol-only-specific-senders", AOL, "554 5.7.1 Recipient is only accepting mail from specific email addresses",
     "5.7.1", "RCPT", "pf exim", FILT, R),
    ("facebook-recipient-preferences", FB, f"550 5.7.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip={IP}#rcp "
     "Refused due to recipient preferences", "5.7.1", "RCPT", "pf", FILT, R),
    ("mimecast-user-entry", MIMECAST, "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/"
     "DOC-1369#550 [Xa8Tq0dPMc2Dy_cV1pLAHg.uk25]", "5.0.0", "RCPT", "pf exim", FILT, R),
    ("exo-restricted-recipients", MS_NDR + "; " + SIS_REJ + " (Sisimai: rejected; the taxonomy: the recipient's own "
     "list of senders)", "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to "
     "recipient because the sender isn't on the recipient's list of senders to accept mail from [Stage: CreateMessage]",
     "5.7.129", "RCPT", "pf exo", FILT, R),
    ("recipient-access-denied", SIS_SEC + " (Postfix check_recipient_access REJECT: a rule on this recipient, never "
     "proof the address is bad)", "554 5.7.1 <lead@example.org>: Recipient address rejected: Access denied", "5.7.1",
     "RCPT", "pf exim", ("securityerror", "filtered", "policyviolation"), ANY),
]

SENDER_REFUSED = [
    ("pf-sender-access", SIS_REJ, "554 5.7.1 <seller@example.com>: Sender address rejected: Access denied", "5.7.1",
     "RCPT", "pf exim sm", REJ, S),
    ("sender-blacklisted", SIS_REJ, "553 5.7.1 Sender address has been blacklisted", "5.7.1", "MAIL", "pf", REJ, S),
    ("sender-in-my-black-list", SIS_REJ, "550 5.7.1 Sender is in my black list", "5.7.1", "MAIL", "pf exim", REJ, S),
    ("qmail-badmailfrom", QMAIL_BAD, "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)", "5.7.1",
     "MAIL", "pf exim", REJ, S),
    ("mimecast-policy-entry", MIMECAST, "550 Envelope blocked - Policy Entry - https://community.mimecast.com/docs/"
     "DOC-1369#550 [Qm4Zr8yTN1SkE0gBd2xJtA.uk12]", "5.0.0", "RCPT", "pf exim", ("rejected", "blocked"), S),
    ("the-domain-is-blacklisted", SIS_BLOCK, "554 5.7.1 The domain example.com is blacklisted", "5.7.1", "MAIL", "pf",
     DOM, S),
]

SECURITY = [
    ("starttls-first", SIS_SEC, "530 5.7.0 Must issue a STARTTLS command first", "5.7.0", "MAIL", "pf exim", SEC, S),
    ("unauthenticated-senders", SIS_SEC, "550 5.7.1 Unauthenticated senders not allowed", "5.7.1", "MAIL", "exim pf",
     SEC, S),
    ("ms-5.7.57", SIS_SEC, "530 5.7.57 Client not authenticated to send mail. [BN8PR12CA0001.namprd12.prod.outlook.com]",
     "5.7.57", "MAIL", "pf", ("securityerror", "authfailure"), S),
    ("ms-5.7.509-dmarc", MS_NDR, "550 5.7.509 Access denied, sending domain example.com does not pass DMARC "
     "verification and has a DMARC policy of reject. [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]", "5.7.509",
     "DATA", "pf exo", AUTH, S),
    ("gmail-5.7.26-unauthenticated", G_SMTP, "550-5.7.26 This mail has been blocked because the sender is "
     "unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550 5.7.26 "
     "Authentication results: dkim=none spf=none x12si3 - gsmtp", "5.7.26", "DATA", "pf exim", AUTH, S),
    ("yahoo-unauthenticated", YAHOO, "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo "
     "requires all senders to authenticate with either SPF or DKIM.", "5.7.9", "DATA", "pf", AUTH, S),
]

# Words of a blocklist that say "spam" about our host, not the message (the family of misses).
HOST_AS_SPAM = [
    ("you-are-sending-spam", SIS_BLOCK, "554 5.7.1 You are sending spam", "5.7.1", "CONN", "pf", BL, S),
    ("remotehost-spammer", SIS_BLOCK, "554 5.7.1 Sorry, your remotehost looks suspiciously like spammer", "5.7.1",
     "CONN", "pf exim", BL, S),
    ("network-temporary-blacklisted", SIS_BLOCK, "421 4.7.0 Your network is temporary blacklisted", "4.7.0", "CONN",
     "pfd", BL, S),
    ("ip-listed-in-rbl", SIS_BLOCK, f"554 5.7.1 Your IP address {IP} is listed in the RBL", "5.7.1", "RCPT", "pf", BL, S),
    ("mail-server-at-blocked", SIS_BLOCK, f"550 5.7.1 Mail server at {IP} is blocked", "5.7.1", "RCPT", "pf", BL, S),
    ("rejected-based-on-blacklist-data", SIS_BLOCK + " (said at end of DATA)", f"550 5.7.1 Message from {IP} rejected "
     "based on blacklist", "5.7.1", "DATA", "pf exim", BL, S),
    ("server-ip-abusive", SIS_BLOCK, f"550 5.7.1 Server IP {IP} listed as abusive", "5.7.1", "RCPT", "pf", BL, S),
    ("the-ip-blacklisted", SIS_BLOCK, f"554 5.7.1 The IP {IP} is blacklisted", "5.7.1", "RCPT", "pf", BL, S),
    ("spam-blocked-ip-listed", SIS_SPAM + " ('spam blocked') beside " + SIS_BLOCK + " (an IP on a list: the cause)",
     f"550 5.7.1 Spam blocked: your IP {IP} is listed on bl.spamcop.net", "5.7.1", "DATA", "pf exim", BL, S),
]

# Our own provider refusing to send (Exchange Online's NDR, no remote server): the sending side.
OWN = [
    ("exo-5.7.708", MS_NDR, "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For "
     "more information please go to http://go.microsoft.com/fwlink/?LinkId=526653", "5.7.708", None, "own",
     ("blocked", "badreputation"), S),
    ("exo-5.7.750", MS_NDR, "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. "
     "For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653", "5.7.750", None, "own",
     ("blocked", "rejected", "securityerror", "policyviolation"), S),
    ("exo-5.7.501", MS_NDR, "550 5.7.501 Service unavailable. Spam abuse detected from IP range. For more information "
     "please go to http://go.microsoft.com/fwlink/?LinkId=526653. S(2017052602)", "5.7.501", None, "own",
     ("spamdetected", "blocked", "rejected", "policyviolation"), S),
    ("exo-5.7.705", MS_NDR, "550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go "
     "to http://go.microsoft.com/fwlink/?LinkId=526653", "5.7.705", None, "own",
     ("blocked", "speeding", "policyviolation", "rejected", "spamdetected"), S),
]

ROWS = expand(POLICY + RECIPIENT_RULES + SENDER_REFUSED + SECURITY + HOST_AS_SPAM + OWN)

# The DBEB reply: Microsoft's own page says the recipient does not exist (hard), words that elsewhere are a rule.
ROWS += [
    ("eop-5.4.1-dbeb-pf", MS_54, pf14("eop-5.4.1-dbeb-pf", "550 5.4.1 Recipient address rejected: Access denied. "
                                      "AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
                                      "5.4.1", "RCPT"),
     [("lead@example.org", True, ("userunknown",), R, False)]),
]
