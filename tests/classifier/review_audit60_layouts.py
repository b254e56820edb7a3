"""Audit 60's sources, builders and expectation tuples (review_audit60.py and review_audit60_more.py use them). The
notices are the real layouts of review_holdout50_layouts.py (Gmail's own DSN, Exchange Online and on-premises, Postfix,
Exim, Sendmail, qmail) and of review_nonbounce46_layouts.py (a person's reply); the words inside them HAND-MADE after
the mechanisms and documents cited per row. Our side: seller@example.com (Google Workspace, or its own Postfix / Exim
relay at 198.51.100.7) or rep@example.net (Microsoft 365)."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, R, S
from tests.classifier.review_holdout50_layouts import SELLER

NB: list = []

# Expected rows, written from the servers' words and shared/classifier/taxonomy.md BEFORE any run.


def moved(a: str) -> list[tuple]:
    """The mailbox moved or its address changed, no forwarding: hasmoved, always hard."""
    return [(a, True, ("hasmoved",), R, False)]


def dead(a: str, reasons: tuple = ("hasmoved", "userunknown")) -> list[tuple]:
    """The address itself is bad (hard); either reason the taxonomy gives a dead address."""
    return [(a, True, reasons, R, False)]


def not_hard(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    """A final failure that says nothing of the recipient's address being bad: soft (any reason unless given)."""
    return [(a, False, reasons, scope, False)]


def for_now(a: str) -> list[tuple]:
    """A delay notice (Action: delayed): soft, any reason, any scope."""
    return [(a, False, (), ANY, True)]


def ours(a: str, reasons: tuple = ()) -> list[tuple]:
    """A refusal of OUR side (our sender, account or domain): soft, the sender's scope."""
    return [(a, False, reasons, S, False)]


def theirs(a: str, reasons: tuple = ()) -> list[tuple]:
    """A soft failure on the recipient's side (its mailbox, its group's or owner's choice): the recipient's scope."""
    return [(a, False, reasons, R, False)]


# ---- where the words come from ------------------------------------------------------------------------------------------
HAND = "; the words HAND-MADE (weak: the admin writes them, no vendor publishes them)"
PF_RCPT_ACCESS = ("Postfix access(5) 'REJECT optional text...' under check_recipient_access ('550 5.7.1 <addr>: "
                  "Recipient address rejected: <text>'), the text the admin's")
PF_SENDER_ACCESS = ("Postfix access(5) under check_sender_access ('<sender>: Sender address rejected: <text>'; answered at "
                    "RCPT by smtpd_delay_reject=yes, postconf(5))")
PF_GIVEN_UP = ("Postfix bounce(5) after maximal_queue_lifetime (postconf(5), default 5d): the last remote reply kept, "
               "'Action: failed' with its 4.X.X status")
EXIM_FAIL = ("Exim spec ch. 22 'The redirect router': ':fail: <text>' in an alias or .forward fails the address with "
             "the admin's message")
EXIM_ACL = ("Exim spec ch. 44 'Access control lists': 'deny message = <text>' in acl_smtp_rcpt / acl_smtp_mail, the "
            "text the admin's (Exim's bounce quotes it after 'SMTP error from remote mail server after ...')")
EXIM_DELAY = "Exim deliver.c warn_message (the delay warning quoting the remote reply: 'Delay reason: ...')"
QMAIL_BS = "qmail bouncesaying(1): '|bouncesaying <text>' in a .qmail file bounces with the admin's text"
EXO_RULE = ("learn.microsoft.com 'Mail flow rule actions in Exchange Online' ('Reject the message with the explanation', "
            "550 5.7.1 with the admin's text)")
EXCH_DE_516 = ("Exchange Server's DSN text for 5.1.6 (uitranslation.com term 04a5485eb88d, 'The recipient's e-mail address "
               "has changed ...'), de-DE rendering HAND-MADE after the fr-fr one review moves59 cites (weak)")
MAILMAN_AR = ("GNU Mailman 2.1 Mailman/Handlers/Replybot.py (autorespond_postings / autoresponse_postings_text: Subject "
              "'Auto-response for your message to the \"<list>\" mailing list', X-Mailer 'The Mailman Replybot', "
              "X-Ack: no; Message.UserNotification adds Precedence: bulk)")
PERSON = "a person's reply from Outlook (review_nonbounce46_layouts.person: In-Reply-To our message, the quote below)"
FOOTER = ("our own sales mail returned inside the notice (the layout's returned original), its footer a company "
          "notice in the sender's language (HAND-MADE; test_original_body_invariance's concern)")
GMX_EM = ("United Internet postmaster 'Error messages' (postmaster.gmx.com/en/error-messages: replies are multi-line, no "
          "enhanced status codes, the last line decisive, 'For explanation visit https://postmaster.gmx.net/en/case?"
          "c=...')")
SITEPKG = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (WEB.DE '550 Benutzer nicht bekannt/User "
           "unknown', GMX '550 5.1.1 ... User is unknown') and newsroom.web.de 2015-03-28 ('User is unknown: Die "
           "angegebene E-Mail-Adresse existiert nicht')")
NEWSROOM_GMX = ("newsroom.gmx.net 2017-09-28 'Unzustellbar' ('Requested mail action aborded: exceeded storage allocation, "
                "Quota exceeded': the recipient's full mailbox; 'Requested action not taken: mailbox unavailable')")
RFC5321_450 = ("RFC 5321 4.2.2 / 4.2.3: '450 Requested mail action not taken: mailbox unavailable (e.g., mailbox busy or "
               "temporarily blocked for policy reasons)', a transient reply")
MS_HV = ("Microsoft Defender for Office 365 blog 'Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume "
         "Senders' (2025-04-02, updated 2025-04-30: '550; 5.7.515 Access denied, sending domain [SendingDomain] does "
         "not meet the required authentication level.')")
MS_501 = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (MicrosoftDocs/"
          "SupportArticles-docs ndr/non-delivery-reports-in-exchange-online.md: 5.7.501-5.7.503 'Access denied, spam "
          "abuse detected' / 'The sending account has been banned due to detected spam activity')")
GOOG_RELAY = ("Google Workspace Admin Help 'Gmail SMTP errors and codes' (support.google.com/a/answer/3726730: '550 5.7.0 "
              "Mail relay denied <ip>. The sending email account has been temporarily suspended due to abuse'), "
              "Postfix relaying through smtp-relay.gmail.com")
GROUPS = ("Google Workspace 'Groups' help ('Who can post' set to group members; non-members' mail refused) and "
          "ARCHITECTURE.md severity.py's rule 'a group's or a mailbox owner's delivery restriction the recipient's'")
BLOCKS = ("ARCHITECTURE.md recipient_blocklists.py: a recipient's OWN block, reject or blacklist refusing our sender is "
          "filtered, the recipient's scope")
PF_EXPANDED = ("Postfix src/bounce: a recipient reached through an alias or .forward is reported '<final> (expanded from "
               "<original>): ...' with Original-Recipient the address we sent to; the forwarder rewrites the envelope "
               "sender (SRS), so the receiver names the forwarder's domain")


def with_footer(raw: bytes, text: str) -> bytes:
    """`raw` (a builder's notice) with our returned original's body ending in `text` (a company notice)."""
    line = b"Do you have 15 minutes this week to talk about your carrier contracts?"
    assert line in raw
    return raw.replace(line, line + b"\n\n--\n" + text.encode("utf-8"), 1)


def list_autoresponse(rid: str, lst: str, text: str) -> bytes:
    """GNU Mailman 2.1's Replybot answering a posting to `lst` (the posting itself went through)."""
    name, dom = lst.split("@")
    return (f"From: {name}-bounces@{dom}\nTo: {SELLER}\nSubject: Auto-response for your message to the \"{name}\" "
            f"mailing list\nDate: Tue, 14 Oct 2025 09:12:44 +0000\nMessage-ID: <mailman.{rid}.1760433164.{name}@{dom}>\n"
            f"X-Mailer: The Mailman Replybot\nX-Ack: No\nPrecedence: bulk\nX-BeenThere: {lst}\n"
            f"X-Mailman-Version: 2.1.39\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text}\n").encode("utf-8")
