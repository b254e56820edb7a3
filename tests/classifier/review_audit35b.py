"""Audit 35b: an ADVERSARIAL AUDIT of the HARD readings (severity.is_hard_bounce: userunknown, hostunknown, hasmoved)
that real rounds 15-18 and their reviews added, where a false hard marks a live prospect bounced and unenrolls it:
(1) twisted_wordings: Twisted's "Cannot receive for specified address" as userunknown (Twisted's relay refusal,
    relay.DomainQueuer, raises the same SMTPBadRcpt);
(2) lexicon_more.NO_MAILBOX_HERE / lexicon.program_says_no_user: qmail's "Sorry, no mailbox here by that name" in a
    delivery program's output under the 5.1.1 Postfix writes for EX_NOUSER;
(3) Haraka's texts (haraka_wordings; wordings' Haraka outbound hostunknown "Nowhere to deliver mail to for domain");
(4) round 17's Exim template readings ("Unrouteable address" under an administrator's bounce text);
(5) older_servers.local_verdict (GroupWise's "does not exist in post office", InterMail's heading);
(6) departures' "account deleted" (Rambler's "Recipient address rejected: Account deleted by user").

Each attacked with its words where the recipient is NOT known to be missing (a relay refusal, our sender or our host
named, help text around another failure, negated or conditional, a delay or a success report, a person's reply or
forward quoting an old bounce, a forwarded chain, a program's output naming its own account), and with controls where
they truly are hard (our relay's report, Gmail's and Exchange Online's layouts quoting the reply, Exim's own bounce).

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their sources and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit35b.py runs them."""

from __future__ import annotations

from tests.classifier.notices import gmail_own, own_postfix, relayed
from tests.classifier.review_audit35 import GMAIL, EXIM_WARN, PERSON, delay, exim_final, gmail_delay, hard, soft, \
    three
from tests.classifier.review_audit35_layouts import exim_warning, person_reply, postfix_pipe, postfix_success
from tests.classifier.review_audit35b_layouts import exim_template, forwarded
from tests.classifier.review_notices14_layouts import qmail
from tests.classifier.review_notices25 import rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
NOT_BOUNCE: list[tuple] = []


def t35(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """`three` under this audit's tag: our relay's report, then Gmail's and Exchange Online's quotes of a final."""
    return three(f"b-{prefix}", source, entries)


def relay_only(prefix: str, source: str, entries: list[tuple], mx: str = MX) -> list[tuple]:
    return rows_relayed(f"a35b-{prefix}", source, mx, LEAD, entries)


# ---- (1) Twisted's "Cannot receive for specified address" -------------------------------------------------------
TW = ("twisted 22.4 twisted/mail/_except.py SMTPBadRcpt (resp 'Cannot receive for specified address', code=550 "
      "by default, a caller may pass another) and SMTPBadSender ('Cannot receive from specified address <%s>: "
      "Sender not acceptable'); smtp.py _ebToValidate sends code and resp; relay.py DomainQueuer.exists raises "
      "SMTPBadRcpt for a relay it refuses")
TW_REPLY = "550 Cannot receive for specified address"
TW_RELAYED = [
    ("tw-rcpt", TW_REPLY, "5.0.0", "RCPT", True, ("userunknown",), R),
    # Postfix's "Relay access denied" (smtpd_check.c) with a smtpd_reject_footer (postconf(5)) naming Twisted's
    # words only as another server's: a relay refusal, no missing mailbox.
    ("tw-relay-footer", f"554 5.7.1 <{LEAD}>: Relay access denied. Help: our old Twisted gateway answered 'Cannot "
     "receive for specified address' for this same relay refusal", "5.7.1", "RCPT", False, (), ANY),
    # A forwarded chain: the lead's own alias exists; the forward's target refused it (the words quoted).
    ("tw-forward-chain", f"550 5.4.0 <{LEAD}>: forwarding to lead@old-host.example failed: the next hop said 550 "
     "Cannot receive for specified address", "5.4.0", "RCPT", False, (), ANY),
]
TW_MAIL = [
    # Our sender refused at MAIL FROM: Twisted's "from", not "for"; the sender's.
    ("tw-sender", "550 Cannot receive from specified address <seller@example.com>: Sender not acceptable", "5.0.0",
     "MAIL", False, ("rejected",), S),
    # A Twisted application raising SMTPBadRcpt(user, code=450): a delay, never hard.
    ("tw-450", "450 Cannot receive for specified address", "4.0.0", "RCPT", False, (), ANY),
]
TW_ROWS = [
    ("a35b-tw-exim-final", f"{TW}; Exim deliver.c's bounce", exim_final("tw1", f"SMTP error from remote mail server "
     f"after RCPT TO:<{LEAD}>: {TW_REPLY}"), hard("userunknown")),
    ("a35b-tw-gmail-delay", f"{TW}; {GMAIL}", gmail_delay("450 Cannot receive for specified address", "4.0.0"),
     delay()),
    ("a35b-tw-exim-warning", f"{TW}; {EXIM_WARN}", exim_warning("tw2", LEAD, f"SMTP error from remote mail server "
     f"after RCPT TO:<{LEAD}>:\n    450 Cannot receive for specified address"), delay()),
    # Our own smarthost (smtp.example.com, our sender's domain) is a Twisted relay (DomainQueuer) that refused to
    # relay for our unauthenticated client: nothing said of the lead's mailbox.
    ("a35b-tw-our-smarthost", f"{TW}; our relay's report of its relayhost (Postfix relayhost, postconf(5))",
     relayed(TW_REPLY, status="5.0.0", command="RCPT", remote="smtp.example.com", address=LEAD), soft(scope=ANY)),
    ("a35b-tw-person-reply", f"{TW}; {PERSON}", person_reply("tw", f"Lena Lead <{LEAD}>", "Our old server answered "
     "'550 Cannot receive for specified address' to you last month while we moved. This address works; call me."),
     NOT_BOUNCE),
    ("a35b-tw-success", f"{TW}; Postfix success_template (a 250 naming the earlier refusal)",
     postfix_success(LEAD, "250 Delivery in progress (an earlier try got 550 Cannot receive for specified address)"),
     NOT_BOUNCE),
]

# ---- (2) "Sorry, no mailbox here by that name" in a delivery program's output ------------------------------------
NOMB = ("qmail-local.c 'Sorry, no mailbox here by that name. (#5.1.1)'; maildrop(1) filters echoing it before "
        "EXITCODE=67; Postfix src/global/sys_exits.c (EX_NOUSER 67 -> 5.1.1 'user unknown', EX_TEMPFAIL 75 -> 4.3.0) "
        "and pipe_command.c 'Command died with status %d: \"%s\". Command output: %s'")
MAILDROP = "/usr/bin/maildrop"
BOX = "lead@mail.partner.example"
NOMB_ROWS = [
    ("a35b-nomb-pipe-67", f"{NOMB} (real round lda's postfix-maildrop-filter-exit-67-no-mailbox)",
     postfix_pipe(BOX, "Sorry, no mailbox here by that name.", "5.1.1", code=67, program=MAILDROP),
     hard("userunknown", address=BOX)),
    ("a35b-nomb-pipe-67-vpopmail", f"{NOMB}; vpopmail vdelivermail.c ('Sorry, no mailbox here by that name. "
     "vpopmail (#5.1.1)')",
     postfix_pipe(BOX, "Sorry, no mailbox here by that name. vpopmail (#5.1.1)", "5.1.1", code=67,
                  program="/home/vpopmail/bin/vdelivermail"), hard("userunknown", address=BOX)),
    # A filter's comment says WHEN it would bounce; what failed is the program's own file access.
    ("a35b-nomb-pipe-67-conditional", f"{NOMB} (a filter's conditional help line, then the real failure)",
     postfix_pipe(BOX, "maildrop: if there is no mailbox here by that name the message is returned; "
                  "/var/vmail/partner.example/lead/Maildir/tmp: Permission denied", "5.1.1", code=67,
                  program=MAILDROP), soft(scope=ANY, address=BOX)),
    # The program names its OWN account (the vmail user it runs as), not the recipient's mailbox.
    ("a35b-nomb-pipe-67-own-account", f"{NOMB}; lexicon.program_names_another_user's rule (review 86)",
     postfix_pipe(BOX, "maildrop: vmail: Sorry, no mailbox here by that name.", "5.1.1", code=67, program=MAILDROP),
     soft(scope=ANY, address=BOX)),
    ("a35b-nomb-pipe-75-delay", f"{NOMB} (EX_TEMPFAIL: deferred)",
     postfix_pipe(BOX, "Sorry, no mailbox here by that name (home directory not mounted yet); will retry",
                  "4.3.0", code=75, action="delayed", program=MAILDROP), delay(scope=ANY, address=BOX)),
    ("a35b-nomb-qmail-own", "qmail-send.c's bounce of qmail-local's verdict",
     qmail("nomb", [(BOX, "Sorry, no mailbox here by that name. (#5.1.1)")], to=BOX),
     hard("userunknown", address=BOX)),
    ("a35b-nomb-person-reply", f"{NOMB}; {PERSON}", person_reply("nomb", f"Lena Lead <{LEAD}>", "Our old host said "
     "'Sorry, no mailbox here by that name' to you, but that was the old domain. This one is mine and it works."),
     NOT_BOUNCE),
    ("a35b-nomb-forwarded", f"{NOMB}; a person's inline forward of an old bounce (no mail system's notice)",
     forwarded("nomb", f"Lena Lead <{LEAD}>", "FYI: this came back from our old server last month; please use "
               "this address from now on.", f"<{BOX}>: Command died with status 67: \"{MAILDROP}\". Command output: "
               "Sorry, no mailbox here by that name."), NOT_BOUNCE),
]
# Postfix's reject_unverified_sender / _recipient (smtpd_check.c reject_unverified_address: "%s address rejected:
# undeliverable address: %s", the probe's own answer quoted): of OUR sender, the sender's; of the lead, hard.
VERIFY = "postfix src/smtpd/smtpd_check.c reject_unverified_address ('undeliverable address: %s'); qmail-local.c"
NOMB_VERIFY = [
    ("nomb-our-sender-verify", "550 5.1.7 <seller@example.com>: Sender address rejected: undeliverable address: "
     "host mail.example.com[192.0.2.10] said: 550 5.1.1 Sorry, no mailbox here by that name. (#5.1.1) (in reply to "
     "RCPT TO command)", "5.1.7", "RCPT", False, ("rejected",), S),
    ("nomb-recipient-verify", f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: host "
     "mx2.partner.example[192.0.2.8] said: 550 5.1.1 Sorry, no mailbox here by that name. (#5.1.1) (in reply to "
     "RCPT TO command)", "5.1.1", "RCPT", True, ("userunknown",), R),
]

# ---- (3) Haraka's texts ----------------------------------------------------------------------------------------
HARAKA = ("Haraka 3.3.4 (npm): haraka-plugin-access 1.4.0 deny_msg.rcpt ('<rcpt> That recipient is not allowed'), "
          "rcpt_to.in_host_list ('I cannot deliver mail for <%s>', a domain it does not serve: a relay refusal), "
          "haraka-plugin-mail_from.is_resolvable 1.3.0 ('No MX for your FROM address'), outbound/hmail.js ('Nowhere to "
          "deliver mail to for domain: %s' for a domain without MX or address, bounced)")
HK_RELAYED = [
    ("hk-access", f"550 {LEAD} That recipient is not allowed", "5.0.0", "RCPT", False, ("filtered",), R),
    ("hk-in-host-list", f"550 I cannot deliver mail for <{LEAD}>", "5.0.0", "RCPT", False, (), ANY),
    # An administrator's help line naming hmail.js's words to say this refusal is NOT that one.
    ("hk-nowhere-help", f"550 5.7.1 <{LEAD}>: message refused by local policy (a 'Nowhere to deliver mail to for "
     "domain' answer would mean the domain is gone; this is not one)", "5.7.1", "RCPT", False, (), ANY),
]
HK_MAIL = [
    ("hk-no-mx-sender", "550 No MX for your FROM address", "5.0.0", "MAIL", False, ("rejected",), S),
]
HK_ROWS = [
    ("a35b-hk-nowhere-own", f"{HARAKA}; our relay's own failure (Postfix bounce(8), no Remote-MTA)",
     own_postfix("Nowhere to deliver mail to for domain: partner.example", status="5.1.2", address=LEAD),
     hard("hostunknown")),
    ("a35b-hk-nowhere-gmail", f"{HARAKA}; Gmail's own DSN (shared/api/gmail.md section 9), no Remote-MTA",
     gmail_own("Nowhere to deliver mail to for domain: partner.example", status="5.1.2", heading="Address not found",
               body=f"Your message wasn't delivered to {LEAD} because the domain partner.example couldn't be found.",
               address=LEAD), hard("hostunknown")),
    ("a35b-hk-nowhere-gmail-delay", f"{HARAKA}; {GMAIL}",
     gmail_delay("451 4.4.3 Nowhere to deliver mail to for domain: partner.example (DNS answer SERVFAIL, will retry)",
                 "4.4.3"), delay(scope=ANY)),
]

# ---- (4) round 17's Exim template readings ------------------------------------------------------------------------
EX17 = ("exim 4.96 src/src/deliver.c with bounce_message_file / bounce_message_text (spec chapter 50; real round 17's "
        "helpdesk.bounce and bounce_message_text); routers' and smtp transport's 'Unrouteable address'")
EX_VERIFY = ("exim src/src/acl.c and verify.c: a sender verify failure, '550-Verification failed for <%s>', the "
             "router's 'Unrouteable address', '550 Sender verify failed'")
EX_HOST = f"    host {MX} [192.0.2.7]\n    SMTP error from remote mail server after RCPT TO:<{LEAD}>:\n"
EX_ROWS = [
    ("a35b-ex-helpdesk-unrouteable", EX17, exim_template("e1", LEAD, EX_HOST + "    550 Unrouteable address",
                                                         "550 Unrouteable address", helpdesk=True),
     hard("userunknown")),
    # bounce_message_text naming the words in help around another failure: the size limit.
    ("a35b-ex-text-help-toobig", EX17 + "; 'Message size exceeds maximum permitted' (Exim's own 552)",
     exim_template("e2", LEAD, f"    host {MX} [192.0.2.7]\n    SMTP error from remote mail server after pipelined "
                   "sending data block:\n    552 Message size exceeds maximum permitted",
                   "552 Message size exceeds maximum permitted",
                   text_line="If you need help: an 'Unrouteable address' reason means the address does not exist; "
                   "any other reason is no fault of the address."), soft("mesgtoobig")),
    ("a35b-ex-warning-4xx", f"{EX17}; {EXIM_WARN}", exim_warning("e3", LEAD, f"SMTP error from remote mail server "
     f"after RCPT TO:<{LEAD}>:\n    451 4.4.0 Unrouteable address (temporary DNS failure, will retry)"),
     delay(scope=ANY)),
    ("a35b-ex-person-reply", f"{EX17}; {PERSON}", person_reply("ex", f"Lena Lead <{LEAD}>", "Sorry, our router "
     "said 'Unrouteable address' for a day while IT moved the domain. It is fixed; this address is mine."),
     NOT_BOUNCE),
]
EX_RELAYED = [
    ("ex-sender-verify", "550-Verification failed for <seller@example.com> 550-Unrouteable address 550 Sender verify "
     "failed", "5.0.0", "RCPT", False, ("rejected",), S),
]

# ---- (5) older_servers.local_verdict ------------------------------------------------------------------------------
GW = ("Novell GroupWise Troubleshooting 2 (Undeliverable: 'the user to whom the message is addressed does not exist "
      "in the post office'); Openwave InterMail's 'The following destination addresses were unknown'")
GW_RELAYED = [
    ("gw-data", "554 User lead does not exist in post office", "5.0.0", "DATA", True, ("userunknown",), R),
    ("im-heading", f"550 5.0.0 The following destination addresses were unknown: {LEAD}", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    # A help line naming the verdict to say the refusal is another one (the attachment).
    ("gw-faq-attachment", "554 5.7.1 Message refused: attachment type .exe not allowed. FAQ: 'User does not exist "
     "in post office' means a wrong address; this refusal is the attachment, not the address", "5.7.1", "DATA",
     False, (), ANY),
]
GW_DELAY = [
    ("gw-delay", f"450 4.2.0 <{LEAD}>: post office closed for maintenance; user lead not found in post office "
     "cache, retry later", "4.2.0", "RCPT", False, (), ANY),
]

# ---- (6) departures' "account deleted" -------------------------------------------------------------------------
DEL = ("Rambler's Postfix 'Recipient address rejected: Account deleted by user' (review 70; Postfix smtpd_check.c "
       "check_table_result: an access(5) REJECT text)")
DEL_RELAYED = [
    ("del-control", f"550 5.7.1 <{LEAD}>: Recipient address rejected: Account deleted by user", "5.7.1", "RCPT",
     True, ("userunknown",), R),
    ("del-help-spam", "550 5.7.1 Message rejected as spam (score 12.3). FAQ: only mail to accounts deleted by their "
     "user is refused with 'Account deleted by user'", "5.7.1", "DATA", False, (), ANY),
]
DEL_OTHER = [
    ("del-our-sender", "553 5.7.1 <seller@example.com>: Sender address rejected: Account deleted by user", "5.7.1",
     "MAIL", False, (), S),
    ("del-4xx", f"450 4.7.1 <{LEAD}>: Recipient address rejected: Account deleted by user, restore possible for 30 "
     "days", "4.7.1", "RCPT", False, (), ANY),
]
DEL_ROWS = [
    ("a35b-del-person-reply", f"{DEL}; {PERSON}", person_reply("del", f"Lena Lead <{LEAD}>", "My old box answered "
     "'Account deleted by user' after I closed it. This new address is mine; write here."), NOT_BOUNCE),
    ("a35b-del-success", f"{DEL}; Postfix success_template",
     postfix_success(LEAD, "250 2.0.0 Ok: queued (the account deleted by user in error was restored)"), NOT_BOUNCE),
]

# ---- controls written AFTER this audit's two mends (help_mentions' colon and "answer"; program_mailbox) ----------
AFTER_RELAYED = [
    # The verdict itself outside any quote, a FAQ pointer after it: still GroupWise's verdict, hard.
    ("gw-verdict-then-faq", "554 User lead does not exist in post office (FAQ: https://help.partner.example/gw)",
     "5.0.0", "DATA", True, ("userunknown",), R),
]
AFTER_ROWS = [
    # hmail.js's own verdict, then a help line quoting its words: the verdict stands outside the quote.
    ("a35b-after-hk-nowhere-own-help", f"{HARAKA}; our relay's own failure with a help line",
     own_postfix("Nowhere to deliver mail to for domain: partner.example. Help: 'Nowhere to deliver mail to for "
                 "domain' answers mean the domain has no mail server", status="5.1.2", address=LEAD),
     hard("hostunknown")),
    # The program names the RECIPIENT's own user before the sentence (as GNU Mailutils' mda does for "no such user").
    ("a35b-after-nomb-pipe-67-own-user", f"{NOMB}; lexicon.program_names_another_user (review 86)",
     postfix_pipe(BOX, "maildrop: lead: Sorry, no mailbox here by that name.", "5.1.1", code=67, program=MAILDROP),
     hard("userunknown", address=BOX)),
    # "When" closed by a colon before the sentence: the verdict itself, not a condition.
    ("a35b-after-nomb-pipe-67-when-colon", f"{NOMB} (a filter's log prefix)",
     postfix_pipe(BOX, "maildrop: when delivering to lead: Sorry, no mailbox here by that name.", "5.1.1", code=67,
                  program=MAILDROP), hard("userunknown", address=BOX)),
]

ROWS = (t35("tw", TW, TW_RELAYED) + relay_only("tw", TW, TW_MAIL) + TW_ROWS + NOMB_ROWS
        + t35("nomb", VERIFY, NOMB_VERIFY) + t35("hk", HARAKA, HK_RELAYED) + relay_only("hk", HARAKA, HK_MAIL)
        + HK_ROWS + EX_ROWS + t35("ex", EX_VERIFY, EX_RELAYED) + t35("gw", GW, GW_RELAYED)
        + relay_only("gw", GW, GW_DELAY) + t35("del", DEL, DEL_RELAYED) + relay_only("del", DEL, DEL_OTHER) + DEL_ROWS
        + t35("after", GW, AFTER_RELAYED) + AFTER_ROWS)
