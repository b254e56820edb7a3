"""The forty-eighth review's whole notices: mail security gateways and filters reviews 11 and 29 did not
read (FortiMail and FortiGate's SMTP proxy, MailScanner's own sender reports, Baruwa (the MailScanner/Exim
gateway, like EFA) from its rejection page and its own Exim ACLs, VIPRE's recipient callouts, spamass-milter,
rspamd, amavisd-new, MIMEDefang, Exim's spam ACL and a Sendmail header check as the sending MTA returns
them, Proxmox Mail Gateway's rule-system replies, Google's Postini outbound notices, Sophos Central codes
and Hornetsecurity's codes in the layouts not yet used, Microsoft 365's quarantine notification). Each reply is quoted whole in a layout a sender meets (review_notices48_layouts.py).

Expectations were written from the words and shared/classifier/taxonomy.md before the classifier ran:
hard only where the gateway says the recipient does not exist (its recipient verification, callout or
directory); the sending IP, its reputation, the envelope sender, content, spam score, virus or policy are
soft, scoped to the sender where the words name our side (IP, host, sender address or domain). A content
or spam refusal leaves the scope open. A notice that our message's parts were withheld, or that mail sent
TO us is held in quarantine, is no bounce of the recipient's address. Vendors with no public reply text
found (Forcepoint, Libraesva, SpamTitan, Zix/AppRiver, Check Point Harmony/Avanan, Abnormal, IRONSCALES,
which work through the mailbox's API) have no rows: no wording is invented for them. All HAND-MADE;
test_review_notices48.py runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, own_postfix
from tests.classifier.review_notices35_layouts import exim_remote, exo_remote, gm_remote, pf, sm_remote
from tests.classifier.review_notices48_layouts import (
    ANY, AMAVIS, ENEMIESLIST, EXIM_SPAM, MIMEDEFANG, BARUWA, BARUWA_ACL, BARUWA_MX, BLOCK, CONTENT, FAMILY, FORTI_MX, FORTIGATE_ASE, FORTIMAIL, HORNET_CODES, HORNET_MX,
    IP, M365_QUARANTINE, MAILSCANNER, NETH_DOMAIN, PMG_MX, PMG_SMTP, POSTINI, RSPAMD_AV, RSPAMD_GTUBE, S,
    SOPHOS_CENTRAL, SOPHOS_MX, SYMPA_447, SPAM, SPAMASS, VIPRE_CALLOUT, VIPRE_MX, VIRUS, hard, m365_quarantine,
    mailscanner, soft)


# Review 35's Exim and Sendmail builders name their remote host mx.example.org in the DSN and transcript;
# here the gateway's own host stands there, as a real bounce names it.
_MX = b"mx.example.org"


def spread(prefix: str, source: str, reply: str, status: str, stage: str, remote: str, expected: list[tuple],
           layouts: str = "pf exim gm exo") -> list[tuple]:
    """One reply in several layouts: our Postfix relay's report (pf), Exim's bounce (exim), Sendmail's DSN
    (sm), Gmail's DSN (gm), Exchange Online's NDR (exo); the stage is lost in the last two."""
    build = {
        "pf": lambda: pf(reply, status, stage, remote),
        "exim": lambda: exim_remote(f"{prefix}-exim", reply, stage, f"{remote} [{IP}]").replace(_MX, remote.encode()),
        "sm": lambda: sm_remote(f"{prefix}-sm", reply, status, stage).replace(_MX, remote.encode()),
        "gm": lambda: gm_remote(reply, status, remote),
        "exo": lambda: exo_remote(reply, status, remote),
    }
    names = {"pf": "our Postfix relay's report", "exim": "Exim's bounce", "sm": "Sendmail's DSN",
             "gm": "as Gmail quotes it", "exo": "as Exchange Online quotes it"}
    return [(f"{prefix}-{k}", f"{source} ({names[k]})", build[k](), expected) for k in layouts.split()]


# ---- Fortinet: FortiMail and FortiGate's SMTP proxy --------------------------------------------------
FORTINET = (
    spread("fortimail-relay-access-denied", FORTIMAIL, "550 5.7.1 Relay access denied", "5.7.1", "RCPT", FORTI_MX,
           soft(("norelaying",)), "exim gm exo sm")
    + [
        ("fortimail-try-again-later-delay", FORTIMAIL + " (greylisting: our relay keeps trying)",
         pf("451 Try again later", "4.7.1", "RCPT", FORTI_MX), soft((), ANY, True)),
        ("fortimail-try-again-later-final", FORTIMAIL + " (still refused when our relay's queue lifetime ran out)",
         pf("451 Try again later", "4.7.1", "RCPT", FORTI_MX, action="failed"), soft()),
        ("fortimail-try-again-later-gmail", FORTIMAIL + " (Gmail gave up after its retries: a final 4.x report)",
         gm_remote("451 Try again later", "4.7.1", FORTI_MX), soft()),
    ]
    + spread("fortigate-ase-spam", FORTIGATE_ASE, "554 5.7.1 This message has been blocked because ASE reports it "
             "as spam.", "5.7.1", "DATA", "mail.partner.example", soft(SPAM), "pf exim sm gm exo")
)

# ---- MailScanner's own reports to the sender ---------------------------------------------------------------
_SA = ("Our UCE (spam) detectors have been triggered by a message you sent:-\n"
       "This message has been rejected. The detector that triggered is\nSpamAssassin.\n\n"
       "The content of your message indicates that it is probably spam e-mail,\nwhich is why it has been rejected.\n\n"
       "We do not accept unsolicited commercial (spam) e-mail and actively\nwork to stop it.\n\n"
       "If you have any questions about this, or you believe you have received\n"
       "this message in error, please contact the site system administrators.")
_SPAM = ("Our UCE (spam) detectors have been\ntriggered by a message you sent:-\n"
         "This message has been destroyed. The\ndetectors that were triggered are:\n"
         "    SpamAssassin (score=14.2, required 6, BAYES_99 5.20, URIBL_BLACK 1.70).\n\n"
         "Your message has been detected as\nspam based on both its contents and\n"
         "the mail server which has sent the\nmessage to us.\n\n"
         "We do not accept unsolicited\ncommercial (spam) e-mail and actively\nwork to stop it. If you are sending\n"
         "spam and continue to do so, your\nInternet Service Provider may be\ncontacted and requested to close your\n"
         "account.")
_RBL = ("Our UCE (spam) detectors have been\ntriggered by a message you sent:-\n"
        "This message has been destroyed. The\ndetectors that were triggered are:\n"
        "    spamhaus-ZEN.\n\n"
        "The server which is sending the\nmessage to our site is listed in a\npublic blacklist of badly configured\n"
        "or misused mail systems.\n\n"
        "If you have any questions about this,\nor you believe you have received\nthis message in error, please contact\n"
        "the site system administrators.")
_CONTENT = ("Our email content filters have been\ntriggered by a message you sent:-\n"
            "This message has been rejected.\nThe filters said this:\n\n"
            "    MailScanner: Converted HTML Form to text\n\n"
            "This message contained potentially\ndangerous content which has been\nremoved.\n\n"
            "If you were attempting to send a web\npage, please try saving the web page\nto a file, and then attach "
            "that file\nto the message instead.")
_VIRUS = ("Our virus detector has just been\ntriggered by a message you sent:-\n"
          "Any infected parts of the message\n       (price-list.doc)\nhave not been delivered.\n\n"
          "This message is simply to warn you\nthat your computer system may have a\nvirus present and should be "
          "checked.\n\n"
          "The virus detector said this about\nthe message:\nReport:\n        ClamAV: price-list.doc was infected by "
          "Doc.Dropper.Agent-6958072-0")
_FILENAME = ("Our virus detector has just been\ntriggered by a message you sent:-\n"
             "One or more of the attachments\n                      (invoice.exe)\nare on the list of unacceptable\n"
             "attachments for this site and will\nnot have been delivered.\n\n"
             "Consider renaming the files or\nputting them into a \"zip\" file to\navoid this constraint.\n\n"
             "The virus detector said this about\nthe message:\nReport:\n        MailScanner: Windows/DOS Executable "
             "(invoice.exe)")
MAILSCANNER_ROWS = [
    ("mailscanner-spam-sa-rejected", MAILSCANNER + " (sender.spam.sa: rejected by SpamAssassin)",
     mailscanner("sa", "{Bounce} Unsolicited commercial email rejected", _SA), soft(SPAM)),
    ("mailscanner-spam-destroyed", MAILSCANNER + " (sender.spam: destroyed, its content and our server)",
     mailscanner("spam", "{Bounce} Unsolicited commercial email rejected", _SPAM), soft(SPAM)),
    ("mailscanner-spam-rbl-destroyed", MAILSCANNER + " (sender.spam.rbl: destroyed, our server on a public "
     "blacklist)", mailscanner("rbl", "{Bounce} Unsolicited commercial email rejected", _RBL),
     soft(BLOCK + SPAM)),
    ("mailscanner-content-rejected", MAILSCANNER + " (sender.content: rejected for dangerous content)",
     mailscanner("content", "Potentially dangerous email rejected", _CONTENT), soft(CONTENT)),
    ("mailscanner-virus-parts-withheld", MAILSCANNER + " (sender.virus: only the infected part withheld, the rest "
     "delivered; a warning, no bounce of the address)", mailscanner("virus", "Warning: E-mail viruses detected", _VIRUS),
     []),
    ("mailscanner-filename-parts-withheld", MAILSCANNER + " (sender.filename: an unacceptable attachment withheld; "
     "a warning, no bounce of the address)", mailscanner("filename", "Warning: E-mail viruses detected", _FILENAME),
     []),
]

# ---- Baruwa (Exim): its rejection texts -----------------------------------------------------------------------
BARUWA_ROWS = (
    spread("baruwa-sender-ip-banned", BARUWA, f"550 The sender {IP} is banned", "5.0.0", "RCPT", BARUWA_MX,
           soft(BLOCK + ("rejected",), S), "exim pf gm exo")
    + spread("baruwa-domain-banned", BARUWA + " (our sender's domain)", "550 The domain example.com is banned",
             "5.0.0", "MAIL", BARUWA_MX, soft(("rejected", "blocked"), S), "exim pf gm")
    + spread("baruwa-dictionary-attack", BARUWA, "550 Dictionary attack detected", "5.0.0", "RCPT", BARUWA_MX,
             soft(FAMILY + ("securityerror",)), "exim pf gm")
    + spread("baruwa-sender-verification-failed", BARUWA, "550 Sender verification failed", "5.0.0", "MAIL",
             BARUWA_MX, soft(("rejected",), S), "exim pf gm")
    + spread("baruwa-recipient-verification-failed", BARUWA + " (its callout to the protected server refused the "
             "recipient)", "550 Recipient verification failed", "5.0.0", "RCPT", BARUWA_MX, hard(), "exim pf gm exo")
    + spread("baruwa-relay-not-permitted", BARUWA, "550 Relay not permitted", "5.0.0", "RCPT", BARUWA_MX,
             soft(("norelaying",)), "exim pf gm exo")
    + spread("baruwa-address-does-not-exist", BARUWA, "550 The email address does not exist", "5.0.0", "RCPT",
             BARUWA_MX, hard(), "exim pf gm exo")
    + spread("baruwa-sender-in-black-list", BARUWA, "550 The sender is in a black list rbl.baruwa.net", "5.0.0",
             "RCPT", BARUWA_MX, soft(BLOCK + ("rejected",), S), "exim pf gm exo")
)

# ---- Baruwa's own Exim ACLs (its puppet template) -----------------------------------------------------------------------
_SPAMCOP = (f"550-REJECTED because {IP} is in a black list at bl.spamcop.net\n"
            f"550 Blocked - see https://www.spamcop.net/bl.shtml?{IP}")
BARUWA_ACL_ROWS = (
    spread("baruwa-acl-ratware", BARUWA_ACL + " (our HELO was an IP address)", "550 Message was delivered by ratware",
           "5.0.0", "RCPT", BARUWA_MX, soft(FAMILY + ("securityerror", "syntaxerror"), S), "exim pf")
    + spread("baruwa-acl-restricted-characters", BARUWA_ACL + " (a local part with @ % ! / | or a leading dot)",
             "550 Restricted characters in address", "5.0.0", "RCPT", BARUWA_MX, soft(), "exim pf")
    + spread("baruwa-acl-relay-not-permitted", BARUWA_ACL, "550 relay not permitted", "5.0.0", "RCPT", BARUWA_MX,
             soft(("norelaying",)), "exim pf")
    + spread("baruwa-acl-spamhaus", BARUWA_ACL, f"550 REJECTED because {IP} is in a black list spamhaus.org", "5.0.0",
             "RCPT", BARUWA_MX, soft(BLOCK, S), "exim pf gm")
    + [("baruwa-acl-spamcop-multiline-exim", BARUWA_ACL + " (the DNSBL's text on a second line; Exim's bounce)",
        exim_remote("baruwa-acl-spamcop", _SPAMCOP.replace("\n", " "), "RCPT", f"{BARUWA_MX} [{IP}]")
        .replace(_MX, BARUWA_MX.encode()), soft(BLOCK, S)),
       ("baruwa-acl-spamcop-multiline-pf", BARUWA_ACL + " (the DNSBL's text on a second line; our Postfix relay's "
        "report)", pf(_SPAMCOP.replace("\n", " "), "5.0.0", "RCPT", BARUWA_MX), soft(BLOCK, S))]
    + spread("baruwa-acl-no-reverse-dns", BARUWA_ACL, "550 REJECTED - We don't accept messages from hosts without "
             "reverse DNS", "5.0.0", "RCPT", BARUWA_MX, soft(("requireptr", "blocked"), S), "exim pf gm")
    + spread("baruwa-acl-no-helo", BARUWA_ACL, "550 REFUSED - no HELO/EHLO greeting", "5.0.0", "RCPT", BARUWA_MX,
             soft(), "exim pf")
    + spread("baruwa-acl-virus", BARUWA_ACL, "550 This message contains a virus (Eicar-Test-Signature).", "5.0.0",
             "DATA", BARUWA_MX, soft(VIRUS), "exim pf gm")
    + spread("baruwa-acl-blacklisted-extension", BARUWA_ACL, "550 Blacklisted file extension detected", "5.0.0",
             "DATA", BARUWA_MX, soft(CONTENT), "exim pf gm")
    + spread("baruwa-acl-connect-ratelimit", BARUWA_ACL + " (at the greeting: our host's connection rate)",
             "550 You can only send 251.3 per 15m", "5.0.0", "CONN", BARUWA_MX, soft(("speeding", "toomanyconn",
                                                                                     "blocked"), S), "exim pf")
    + spread("baruwa-acl-unknown-user", BARUWA_ACL + " (the local router's cannot_route_message at RCPT)",
             "550 Unknown user", "5.0.0", "RCPT", BARUWA_MX, hard(), "exim pf")
)

# ---- VIPRE's recipient callouts ---------------------------------------------------------------------------------
VIPRE_ROWS = (
    spread("vipre-invalid-mailbox-call-fwd", VIPRE_CALLOUT, "550 Invalid Mailbox (Call FWD)", "5.0.0", "RCPT",
           VIPRE_MX, hard(), "pf exim gm")
    + spread("vipre-call-forward-rejected", VIPRE_CALLOUT + " (the downstream's refusal, its reason not given)",
             "550 Call forward rejected", "5.0.0", "RCPT", VIPRE_MX, soft(), "pf exim gm")
    + [("vipre-could-not-complete-callout-delay", VIPRE_CALLOUT + " (the downstream timed out: our relay retries)",
        pf("451 Could not complete recipient callout", "4.0.0", "RCPT", VIPRE_MX), soft((), ANY, True))]
    + spread("vipre-cannot-say-you-are-me", VIPRE_CALLOUT + " (our HELO named its own host)",
             "550 You cannot say you are me. I am me.", "5.0.0", "RCPT", VIPRE_MX, soft(), "pf exim gm")
)

# ---- milters and content filters as Postfix returns them ---------------------------------------------------------
FILTERS = (
    spread("spamass-milter-blocked", SPAMASS, "550 5.7.1 Blocked by SpamAssassin", "5.7.1", "DATA",
           "mail.partner.example", soft(SPAM), "pf exim sm gm exo")
    + spread("rspamd-gtube-pattern", RSPAMD_GTUBE, "554 5.7.1 Gtube pattern", "5.7.1", "DATA", "mail.partner.example",
             soft(SPAM + ("policyviolation", "filtered")), "pf exim sm gm exo")
    + spread("rspamd-clamav-found-virus", RSPAMD_AV, '554 5.7.1 ClamAV FOUND VIRUS "Eicar-Test-Signature"', "5.7.1",
             "DATA", "mail.partner.example", soft(VIRUS), "pf exim sm gm exo")
    + spread("rspamd-sender-domain-rejected", NETH_DOMAIN, "554 5.7.1 Sender domain address rejected", "5.7.1", "DATA",
             "mail.partner.example", soft(("rejected", "filtered", "blocked"), S), "pf exim gm")
    + spread("amavis-reject-spam", AMAVIS, "554 5.7.0 Reject, id=52765-01 - spam", "5.7.0", "DATA",
             "mail.partner.example", soft(SPAM), "pf exim sm gm exo")
    + spread("amavis-reject-bad-header", AMAVIS, '554 5.6.0 Reject, id=18169-17 - BAD_HEADER: Header field occurs '
             'more than once: "Cc" occurs 5 times', "5.6.0", "DATA", "mail.partner.example",
             soft(("contenterror", "notcompliantrfc")), "pf exim gm exo")
)

# ---- MIMEDefang, Exim's spam ACL, a Sendmail header check ------------------------------------------------------------
_MX2 = "mail.partner.example"
FILTERS_MORE = (
    spread("mimedefang-message-partial", MIMEDEFANG, "554 5.7.1 MIME type message/partial not accepted here", "5.7.1",
           "DATA", _MX2, soft(CONTENT + ("contenterror",)), "pf exim gm")
    + spread("mimedefang-returned-as-spam", MIMEDEFANG, "554 5.7.1 WARNING: Your email is being returned as SPAM.",
             "5.7.1", "DATA", _MX2, soft(SPAM), "pf exim gm")
    + spread("mimedefang-spam-score", MIMEDEFANG, "554 5.7.1 Message rejected as spam (score 12.4)", "5.7.1", "DATA",
             _MX2, soft(SPAM), "pf exim gm")
    + spread("mimedefang-virus-detected", MIMEDEFANG, "554 5.7.1 Message rejected: virus detected "
             "(Eicar-Test-Signature)", "5.7.1", "DATA", _MX2, soft(VIRUS), "pf exim gm")
    + spread("exim-spam-points", EXIM_SPAM, "550 This message scored 14.2 spam points.", "5.0.0", "DATA", _MX2,
             soft(SPAM), "pf exim gm exo")
    + spread("enemieslist-b0rken-ratware", ENEMIESLIST, "554 5.7.1 B0RKENR Contact postmaster@partner.example if "
             "this is in error, but your message was rejected as spam; it appears to have been sent by laughably broken "
             "spam software.", "5.7.1", "DATA", _MX2, soft(SPAM), "pf gm")
    + spread("enemieslist-x-message-info", ENEMIESLIST, "554 5.7.1 BDHDXMI Contact postmaster@partner.example if "
             "this is in error, but your message was rejected as spam; it contains a suspicious header. "
             "(X-Message-Info)", "5.7.1", "DATA", _MX2, soft(SPAM), "pf gm")
    + [("own-relay-rspamd-outbound-spam", SYMPA_447 + " (our own relay's filter: never hard; the spam verdict on our "
        "content leaves the scope open)", own_postfix("Spam message rejected", status="5.7.1"), soft(SPAM))]
)

# ---- Proxmox Mail Gateway's rule system --------------------------------------------------------------------------
PMG_ROWS = (
    spread("pmg-rejected-for-policy-reasons", PMG_SMTP + " (a Block rule, before-queue filtering)",
           "554 5.7.1 Rejected for policy reasons (4A2B3C5D6E7F)", "5.7.1", "DATA", PMG_MX,
           soft(FAMILY + ("filtered",)), "pf exim sm gm exo")
    + [
        ("pmg-detected-undelivered-delay", PMG_SMTP + " (our relay retries)",
         pf(f"451 4.4.0 detected undelivered mail to <{LEAD}>", "4.4.0", "DATA", PMG_MX), soft((), ANY, True)),
        ("pmg-detected-undelivered-final", PMG_SMTP + " (still so when our relay's queue lifetime ran out)",
         pf(f"451 4.4.0 detected undelivered mail to <{LEAD}>", "4.4.0", "DATA", PMG_MX, action="failed"), soft()),
    ]
)

# ---- Google's Postini outbound (its own Postfix notices) -----------------------------------------------------------
_PX = "exprod5mo4.postini.com"
POSTINI_ROWS = [
    ("postini-cannot-connect-delay", POSTINI + " (while it retries)",
     own_postfix("451 Cannot connect to domain:example.org - psmtp", status="4.4.1", action="delayed", host=_PX),
     soft((), ANY, True)),
    ("postini-mx-records-inaccessible", POSTINI + " (after six hours: the MX lookup failed, not a domain that does "
     "not exist)", own_postfix("550 MX records inaccessible for too long for domain:example.org - psmtp",
                                status="5.0.0", host=_PX), soft(("networkerror", "expired", "systemerror"))),
    ("postini-mta-inaccessible", POSTINI + " (after six hours: no MX answered)",
     own_postfix("550 MTA inaccessible for too long for domain:example.org - psmtp", status="5.0.0", host=_PX),
     soft(("networkerror", "expired", "systemerror"))),
]

# ---- Sophos Central Email codes, Hornetsecurity codes in further layouts --------------------------------------------
SOPHOS_ROWS = (
    spread("sophos-0007-licence-expired", SOPHOS_CENTRAL + " (the receiving organisation's licence)",
           "550 5.7.1 XGEMAIL_0007 Message rejected because your license has expired.", "5.7.1", "RCPT", SOPHOS_MX,
           soft(), "exim gm")
    + spread("sophos-0010-not-protected-domain", SOPHOS_CENTRAL,
             "550 5.7.1 XGEMAIL_0010 Message rejected because the recipient's domain isn't a Sophos Email protected "
             "domain.", "5.7.1", "RCPT", SOPHOS_MX, soft(("norelaying", "notaccept", "systemerror", "rejected")),
             "exim gm")
    + spread("sophos-0012-size", SOPHOS_CENTRAL, "552 5.3.4 XGEMAIL_0012 Message rejected because it exceeded the "
             "allowed size.", "5.3.4", "DATA", SOPHOS_MX, soft(("mesgtoobig", "exceedlimit")), "exim gm exo")
    + spread("sophos-0013-large-message-recipients", SOPHOS_CENTRAL, "550 5.5.3 XGEMAIL_0013 Message rejected because "
             "it exceeded the maximum number of recipients allowed for a large message.", "5.5.3", "RCPT", SOPHOS_MX,
             soft(("exceedlimit", "mesgtoobig", "toomanyconn", "speeding", "policyviolation", "syntaxerror")),
             "exim gm")
    + spread("sophos-0015-total-inbound-rate", SOPHOS_CENTRAL, "452 4.7.1 XGEMAIL_0015 Message rejected because it "
             "exceeded the recipient's total inbound rate limit from all senders.", "4.7.1", "RCPT", SOPHOS_MX,
             soft(("speeding", "toomanyconn", "exceedlimit")), "gm")
)
_HORNET = [
    ("hornet-5.1.1-unknown-recipient", "550 5.1.1 unknown recipient (SMTP check)", "5.1.1", "RCPT", hard()),
    ("hornet-5.5.4-negative-reputation", "554 5.5.4 IP sender address with a negative reputation", "5.5.4", "RCPT",
     soft(BLOCK, S)),
    ("hornet-5.5.5-spam", "554 5.5.5 email rejection due to Spam", "5.5.5", "DATA", soft(SPAM)),
    ("hornet-5.6.4-virus", "554 5.6.4 virus email blocked", "5.6.4", "DATA", soft(VIRUS)),
    ("hornet-5.2.2-explicit-block", "550 5.2.2 explicit blocking of sender or recipient address", "5.2.2", "RCPT",
     soft(("rejected", "filtered", "blocked"))),
    ("hornet-5.6.9-compliance-rule", "554 5.6.9 Rejected by custom Compliance Filter Rule", "5.6.9", "DATA",
     soft(("policyviolation", "filtered"))),
]
# (review 29 has 5.2.2 in Exchange Online's NDR already)
HORNET_ROWS = [row for name, reply, status, stage, expected in _HORNET
               for row in spread(name, HORNET_CODES, reply, status, stage, HORNET_MX, expected,
                                 "exim sm" if status == "5.2.2" else "exim sm exo")]

# ---- Microsoft 365's quarantine notification: mail sent TO us, held; no bounce -----------------------------------------
QUARANTINE_ROWS = [
    ("m365-quarantine-spam-held", M365_QUARANTINE,
     m365_quarantine("spam", "Prevented spam messages", "offers@vendor.example", "Your invoice is overdue"), []),
    ("m365-quarantine-phish-held", M365_QUARANTINE + " (high confidence phish)",
     m365_quarantine("phish", "Prevented high confidence phish messages", "n****@appsheet.example",
                     "We are about to enforce forbidden usage on your account"), []),
]

# ---- controls: the words added for these gateways keep their place ---------------------------------------------------
CONTROLS = [
    ("control-postfix-domain-not-found-stays-hard", "Postfix's own 'Host or domain name not found. Name service error "
     "for name=<d> type=MX: Host not found' (src/smtp/smtp_addr.c; 5.4.4): a domain that does not exist, beside "
     "Postini's 'inaccessible for too long', stays hard",
     own_postfix("Host or domain name not found. Name service error for name=example.org type=MX: Host not found",
                 status="5.4.4"), hard(("hostunknown",))),
    ("control-address-does-not-exist-5.1.1-gmail", BARUWA + " (the same words under a 5.1.1 status, as Gmail quotes "
     "them: the status speaks)", gm_remote("550 5.1.1 The email address does not exist", "5.1.1", BARUWA_MX), hard()),
]

ROWS = (FORTINET + MAILSCANNER_ROWS + BARUWA_ROWS + BARUWA_ACL_ROWS + VIPRE_ROWS + FILTERS + FILTERS_MORE + PMG_ROWS + POSTINI_ROWS + SOPHOS_ROWS
        + HORNET_ROWS + QUARANTINE_ROWS + CONTROLS)
