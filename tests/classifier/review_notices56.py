"""The fifty-sixth review's whole notices: an adversarial audit of review 49's rules (wordings.URI_LIST's
ivmURI, Abusix dblack and "in (the) message body" words; soft_wordings.RECIPIENT_CHOICE's "refuses to receive
this mail" and Mimecast's "Envelope blocked - User Entry"; sender_stage.applies' veto for a recipient's
choice; rule_wordings.SENDER_BLOCKED's "sender address has been blacklisted"; Yahoo's "will be permanently
deferred" and Microsoft's "please try again later from [" read as our IP blocked). Each changed rule gets
positive controls and counter-examples: the same words about our IP, domain or sender against the recipient's
own list; the words inside a longer phrase; the words in a returned original, an auto-reply or a person's
reply; 4xx and delay forms; another provider's host. The expectations were written from the words and
shared/classifier/taxonomy.md BEFORE the classifier ran (filtered = the recipient blocks the sender, scope
recipient; rejected = our envelope sender refused, scope sender; blocked = our IP or host, scope sender;
spamdetected = the message's content, here a URI in its body). Entries are laid out by review 49's `expand`
(Postfix bounce(8), Exim, Sendmail, Gmail's and Exchange Online's notices, delay forms). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices49 import (
    ABUSIX, ANY, BL, BLR, DOM, FILT, IP, IVM, MIMECAST, MS_NDR, R, REJ, S, SH_DBL, SIS_FILT, SIS_REJ, SPAM, SURBL,
    YAHOO, PF_RBL, expand,
)

ALIGN = ("RFC 7489 s3.1 identifier alignment (the RFC5322.From domain against the RFC5321.MailFrom domain): a "
         "refusal that says 'domain in the message body' about the From header, not a URI (counter-example to "
         "URI_LIST's 'domain in the message body')")
MC_USER = ("Mimecast 'Managed Senders' help as hosts publish it (rouse.freshservice.com 'Mimecast Managed Senders': "
           "'Blocked: the sender addresses and domains that have been manually added to your blocked list'; "
           "i.unisa.edu.au Mimecast Personal Portal 'Click Block'); wordtothewise.com 2018/07 'Who are Mimecast' "
           "quoting 'Rejected by header based manually Blocked Senders: address@example.com', 'Administrative "
           "prohibition - envelope blocked'")
MC_ADMIN = ("Mimecast 'Policies - Configuring Blocked Sender Policies' (mimecastsupport.zendesk.com 34000417548819: an "
            "administrator's Blocked Senders policy); wordtothewise.com 2018/07 ('Rejected by header based Blocked "
            "Senders: address@example.com', 'Administrative prohibition - envelope blocked')")
SUBSTR = " (hand-made counter-example: the rule's words inside a longer phrase that names our IP or host)"
G_PTR = ("Gmail / hosts' reverse-DNS refusals (Google Workspace Admin Help 3726730 '550 5.7.25 The IP address sending "
         "this message does not have a PTR record'); the words of review 49's Willcom phrase 'refuse to receive mail'"
         + SUBSTR)
MS_BUSY = (MS_NDR + " (4.7.500-699 'Access denied, please try again later'); the Outlook.com 'Server busy. Please try "
           "again later from [ip]. (S77719)' deferral as review 49 cited it")
MS_TEMP = (MS_NDR + " (4.3.2 'temporary server error', the receiver's own trouble; hand-made counter-example to "
           "'please try again later from [' under a status outside 4.7)")
YAHOO_USER = ("Yahoo Sender Hub 'SMTP error codes' ('554 delivery error: dd This user doesn't have a yahoo.com account', "
              "'552 1 Requested mail action aborted, mailbox not found'); go-sisimai rhost / userunknown tables")

MC_URL = "https://community.mimecast.com/docs/DOC-1369#550"

# (key, source, reply, status, stage, layouts, reasons, scope)
URI = [
    ("ivmuri-body", IVM, "550 5.7.1 Message rejected: a domain in the message body is listed on ivmURI", "5.7.1",
     "DATA", "sm gm exo", SPAM, ANY),
    ("ivmuri-rhsbl-sender-rcpt", PF_RBL + " (reject_rhsbl_sender on ivmURI: a domain list asked of our envelope "
     "domain); " + IVM, "554 5.7.1 Service unavailable; Sender address [seller@example.com] blocked using ivmURI",
     "5.7.1", "RCPT", "pf exim", DOM, S),
    ("ivmuri-rhsbl-sender-data", PF_RBL + " (reject_rhsbl_sender in smtpd_data_restrictions); " + IVM,
     "554 5.7.1 Service unavailable; Sender address [seller@example.com] blocked using ivmURI", "5.7.1", "DATA",
     "pf exim", DOM, S),
    ("dblack-body", ABUSIX, "554 5.7.1 Message rejected: body contains a domain listed in dblack.mail.abusix.zone",
     "5.7.1", "DATA", "exim sm gm", SPAM, ANY),
    ("dblack-body-4xx", ABUSIX + " (a 4xx content deferral)", "451 4.7.1 Message deferred: body contains a domain "
     "listed in dblack.mail.abusix.zone", "4.7.1", "DATA", "pfd pff", SPAM, ANY),
    ("dblack-rhsbl-sender-rcpt", PF_RBL + " (reject_rhsbl_sender on Abusix's domain zone); " + ABUSIX,
     "554 5.7.1 Service unavailable; Sender address [seller@example.com] blocked using dblack.mail.abusix.zone; "
     "https://lookup.abusix.com/search?q=example.com", "5.7.1", "RCPT", "pf exim sm", DOM, S),
    ("dblack-rhsbl-sender-data", PF_RBL + " (reject_rhsbl_sender in smtpd_data_restrictions); " + ABUSIX,
     "554 5.7.1 Service unavailable; Sender address [seller@example.com] blocked using dblack.mail.abusix.zone",
     "5.7.1", "DATA", "pf exim", DOM, S),
    ("dblack-rhsbl-helo-data", PF_RBL + " (reject_rhsbl_helo in smtpd_data_restrictions); " + ABUSIX,
     "554 5.7.1 Service unavailable; Helo command [mail.example.com] blocked using dblack.mail.abusix.zone",
     "5.7.1", "DATA", "pf", DOM, S),
    ("combined-abusix-ip", PF_RBL + "; " + ABUSIX + " (the IP zone beside the domain zone: a control)",
     f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using combined.mail.abusix.zone; "
     f"https://lookup.abusix.com/search?q={IP}", "5.7.1", "DATA", "pf exim", BL, S),
    ("url-in-body", SURBL + "; " + SH_DBL, "554 5.7.1 Message rejected: URL in message body listed in dbl.spamhaus.org",
     "5.7.1", "DATA", "sm gm exo", SPAM, ANY),
    ("url-in-body-4xx", SURBL + " (a 4xx deferral of the same verdict)", "451 4.7.1 Message deferred: URL in message "
     "body listed in multi.surbl.org", "4.7.1", "DATA", "pfd pff", SPAM, ANY),
    ("from-domain-in-body", ALIGN, "550 5.7.1 Rejected: the From domain in the message body header does not match "
     "the envelope sender domain", "5.7.1", "DATA", "pf exim", ("policyviolation", "authfailure", "rejected"), ANY),
    ("from-domain-in-body-short", ALIGN, "550 5.7.1 The From domain in the message body header does not match the "
     "envelope", "5.7.1", "DATA", "pf gm", ("policyviolation", "authfailure", "rejected"), ANY),
]

CHOICE = [
    ("user-refuses", SIS_FILT, "550 5.7.1 User refuses to receive this mail.", "5.7.1", "RCPT", "exim sm gm", FILT, R),
    ("user-refuses-data", SIS_FILT + " (after end of data)", "550 5.7.1 User refuses to receive this mail.", "5.7.1",
     "DATA", "pf exim", FILT, R),
    ("user-refuses-4xx", SIS_FILT + " (a 4xx form)", "450 4.7.1 User refuses to receive this mail.", "4.7.1", "RCPT",
     "pfd exw", FILT, R),
    ("server-refuses-ip", SIS_FILT + SUBSTR, f"550 5.7.1 Server refuses to receive this mail from your IP address {IP}",
     "5.7.1", "RCPT", "pf exim", BL, S),
    ("refuse-no-ptr", G_PTR, f"550 5.7.1 We refuse to receive mail from hosts without reverse DNS ({IP})", "5.7.1",
     "RCPT", "pf exim", ("requireptr", "blocked"), S),
    ("mimecast-user-entry", MIMECAST, f"550 Envelope blocked - User Entry - {MC_URL} [Xa8Tq0dPMc2Dy_cV1pLAHg.uk25]",
     "5.0.0", "RCPT", "sm gm exo", FILT, R),
    ("mimecast-user-entry-data", MIMECAST + " (reported after end of data)", f"550 Envelope blocked - User Entry - "
     f"{MC_URL} [Xa8Tq0dPMc2Dy_cV1pLAHg.uk25]", "5.0.0", "DATA", "pf", FILT, R),
    ("mimecast-user-entry-4xx", MIMECAST + " (a 4xx deferral of the same entry)", "451 Envelope blocked - User Entry - "
     "https://community.mimecast.com/docs/DOC-1369#451 [Xa8Tq0dPMc2Dy_cV1pLAHg.uk25]", "4.0.0", "RCPT", "pfd exw",
     FILT, R),
    ("user-entry-no-mimecast", MIMECAST + " (the words with no Mimecast host nor URL: a gateway relaying them)",
     "550 Envelope blocked - User Entry", "5.0.0", "RCPT", "pf exim", FILT, R),
    ("mimecast-policy-entry", MIMECAST, f"550 Envelope blocked - Policy Entry - {MC_URL} [Q2w3E4r5T6y7U8i9.uk12]",
     "5.0.0", "RCPT", "pf exim sm", ("rejected", "blocked"), S),
    ("mimecast-admin-prohibition", MC_ADMIN, f"550 Administrative prohibition - envelope blocked - {MC_URL}", "5.0.0",
     "RCPT", "pf exim", ("rejected", "blocked"), S),
    ("mimecast-header-blocked", MC_ADMIN, f"550 Rejected by header based Blocked Senders: seller@example.com - {MC_URL}",
     "5.0.0", "DATA", "pf exim", REJ, S),
    ("mimecast-manually-blocked", MC_USER, "550 Rejected by header based manually Blocked Senders: seller@example.com "
     f"- {MC_URL}", "5.0.0", "DATA", "pf exim", FILT, R),
    ("blocked-by-recipient", SIS_FILT, "550 5.7.1 You have been blocked by the recipient", "5.7.1", "RCPT", "exim gm",
     FILT, R),
    ("sender-blocked-by-recipient", SIS_FILT + " ('you have been blocked by the recipient'); " + SIS_REJ + " (the "
     "SENDER_BLOCKED words followed by whose list it is)", "550 5.7.1 Sender address has been blocked by the recipient",
     "5.7.1", "RCPT", "pf exim", FILT, R),
    ("sender-blocked-by-recipient-data", SIS_FILT + "; the same at end of data", "550 5.7.1 Your sender address has "
     "been blocked by the recipient", "5.7.1", "DATA", "pf exim", FILT, R),
    ("email-blocked-by-recipient", SIS_FILT + "; rule_wordings.SENDER_BLOCKED's own 'your email address has been "
     "blocked' followed by whose list it is", "550 5.7.1 Your email address has been blocked by the recipient",
     "5.7.1", "RCPT", "pf sm", FILT, R),
    ("blocked-by-recipients-server", SIS_REJ + SUBSTR + " (the recipient's organisation's server, not the person)",
     "550 5.7.1 Your email address has been blocked by the recipient's mail server", "5.7.1", "RCPT", "pf exim",
     ("rejected", "blocked"), S),
    ("not-accepting-from-your-ip", SIS_FILT + " ('is not accepting any mail')" + SUBSTR, "554 5.7.1 This server is "
     f"not accepting any mail from your IP address {IP}", "5.7.1", "RCPT", "pf exim", BL, S),
    ("aol-only-specific", SIS_FILT + " (AOL: a control)", "554 5.7.1 Recipient is only accepting mail from specific "
     "email addresses", "5.7.1", "RCPT", "sm exo", FILT, R),
]

SENDER = [
    ("sender-blacklisted", SIS_REJ, "553 5.7.1 Sender address has been blacklisted", "5.7.1", "MAIL", "exim sm gm",
     REJ, S),
    ("sender-blacklisted-rcpt", SIS_REJ + " (said at RCPT)", "553 5.7.1 Sender address has been blacklisted", "5.7.1",
     "RCPT", "pf exim", REJ, S),
    ("sender-blacklisted-4xx", SIS_REJ + " (a 4xx form)", "450 4.7.1 Sender address has been blacklisted", "4.7.1",
     "RCPT", "pfd exw", REJ, S),
    ("envelope-sender-blacklisted", SIS_REJ, "553 5.7.1 Envelope sender address has been blacklisted", "5.7.1", "MAIL",
     "pf exim", REJ, S),
    ("your-domain-blacklisted", SIS_REJ + "; Broadcom knowledge article 173082 ('553-Sorry, your domain has been "
     "blacklisted')", "553-Sorry, your domain has been blacklisted 553 Please contact postmaster", "5.0.0", "MAIL",
     "pf exim", REJ, S),
    ("ip-blocked-stays-blocked", SIS_REJ + " — rule_wordings.SENDER_BLOCKED's own note: 'your IP address has been "
     "blocked' stays a host block", f"550 5.7.1 Your IP address {IP} has been blocked", "5.7.1", "RCPT", "pf exim",
     BL, S),
]

YAHOO_MS = [
    ("yahoo-ts03", YAHOO, f"421 4.7.1 [TS03] All messages from {IP} will be permanently deferred; Retrying will NOT "
     "succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html", "4.7.1", "MAIL", "exw pfd", BLR, S),
    ("yahoo-tss11", YAHOO + " (TSS11, the same words)", f"421 4.7.0 [TSS11] All messages from {IP} will be permanently "
     "deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes", "4.7.0", "CONN",
     "pfd pff", BLR, S),
    ("yahoo-tss06-rcpt", YAHOO + " (said at RCPT)", f"553 5.7.2 [TSS06] All messages from {IP} will be permanently "
     "deferred; Retrying will NOT succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html", "5.7.2", "RCPT",
     "pf sm", BLR, S),
    ("permanently-deferred-elsewhere", YAHOO + " (the words from a host that is not Yahoo's)", f"550 5.7.1 All messages "
     f"from {IP} will be permanently deferred", "5.7.1", "MAIL", "pf exim", BLR, S),
    ("ms-busy", MS_BUSY, f"451 4.7.500 Server busy. Please try again later from [{IP}]. (S77719) [Name=Protocol Filter "
     "Agent][AGT=PFA]", "4.7.500", "RCPT", "msd msf", ("blocked", "badreputation", "speeding", "toomanyconn"), S),
    ("ms-busy-data", MS_BUSY + " (after end of data)", f"451 4.7.500 Server busy. Please try again later from [{IP}]. "
     "(S77719)", "4.7.500", "DATA", "msd", ("blocked", "badreputation", "speeding", "toomanyconn"), S),
    ("ms-access-denied-later", MS_BUSY, f"451 4.7.501 Access denied, please try again later from [{IP}]. (S3114)",
     "4.7.501", "RCPT", "msd msf", ("blocked", "badreputation"), S),
    ("ms-temp-error-later", MS_TEMP, f"451 4.3.2 Temporary server error. Please try again later from [{IP}]. PRX5",
     "4.3.2", "DATA", "msd", ("systemerror", "networkerror", "toomanyconn"), ANY),
]

ENTRIES = URI + CHOICE + SENDER + YAHOO_MS
ROWS = expand(ENTRIES)
