"""Audit 42: an ADVERSARIAL AUDIT of the rules merged in session 39 (git log f62b5812..fb5f9274: audits 40, 41a, 41b,
reviews novel40 and layouts40, the lead's mends), each attacked with real mail's wordings in OTHER contexts than the
ones it was written for:
(1) retired_address.NO_LONGER_IN_USE said of a web address, an IPv6 / IPv4 address, our From / MAIL FROM address, an
    alternate (forward) target, a list member, in a question or a "whether", in the returned original's quoted text,
    "except for" a kept use; and true absences in new words;
(2) route_words (missing-domain family said of a DKIM domain, a link's domain, our IP's host name; the relay family
    beside a missing user in other words; _NOT_OUR_NAME) and sender_words.UNRESOLVED (a reply address unresolved);
(3) state_words and mailbox_states._OFF's whole-word states said of OUR account or domain in eight languages, of a
    web page, of a certificate; a deleted mailbox whose content was archived;
(4) formats: mdn._RETIRED against a temporary closure, "no longer valid without", a condition; unnamed_blocks with
    two addresses near the reply; challenge's joined lines in a real refusal;
(5) leaver_names' _NEXT_OPENS after a condition that ends on a title, unasserted's reminder over six words or after a
    comma, cause_words' notaccept before "except" / "only", contrast_mentions' clause end inside a relative clause,
    soft_wordings' "the recipient is unknown to this relay", denied_mentions' "on no whitelist", unprovisioned's
    purpose beside a departure.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit42.py runs them. "Attack" in a source marks a variant written to probe a rule."""

from __future__ import annotations

from tests.classifier.review_audit35 import hard, soft
from tests.classifier.review_audit41b import ADMIN, DEP, IP, MX, PH
from tests.classifier.review_layouts40_layouts import LEAD, OTHER, block, cyrus_reject, dsn, pigeonhole_reject, reply
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
NOT_BOUNCE: list[tuple] = []

# Our relay's report (Postfix bounce(8)) of each reply from the prospect's MX, rows named "a42-<group>-<name>".
at = relayed_for("a42", MX, LEAD)

PF = ("Postfix smtpd_check.c restriction texts ('Sender address rejected: Domain not found', 'Helo command rejected: "
      "Host not found', reject_unknown_client_hostname 'Client host rejected: cannot find your hostname'), as "
      "admins reword them in access(5) maps; attack variants")
ESP = ("an ESP's SMTP relay refusing OUR account (Amazon SES AccountSuspendedException 'the account's ability to send "
       "email has been permanently restricted', Emailit's SMTP troubleshooting '535 Authentication failed' for a "
       "deleted API key, SendGrid 'Authenticated user is not authorized to send mail'); attack variants")
LANGS = f"{ESP}; the languages' ordinary words, hand-made"

# ---- (1) "address ... no longer in use" said of something else; true absences in new words ----------------------
RETIRED_ROWS = at("r", ADMIN, [
    ("web-address-in-message", "550 5.7.1 Message refused: the web address linked in your message is no longer in "
     "use and is listed as phishing", "5.7.1", "DATA", False, (), ANY),
    ("ipv6-address-of-relay", "550 5.7.1 Rejected: IPv6 address 2001:db8::25 is no longer in use on this network; "
     "send through our new relay", "5.7.1", "RCPT", False, (), ANY),
    ("ipv4-address-of-gateway", "550 5.7.1 Connection refused: the IPv4 address of the old gateway is no longer in "
     "use", "5.7.1", "RCPT", False, (), ANY),
    ("our-from-address", "550 5.7.1 Rejected: your From address is no longer in use at its provider (DMARC p=reject)",
     "5.7.1", "DATA", False, (), ANY),
    ("mail-from-address", "550 5.7.1 MAIL FROM address seller@example.com is no longer in use per its domain's "
     "records", "5.7.1", "MAIL", False, (), ANY),
    ("alternate-target", "550 5.7.1 Delivery to the alternate address lena.old@partner.example failed: that address "
     "is no longer in use", "5.7.1", "RCPT", False, (), ANY),
    ("list-member", "550 5.7.1 Expansion of sales-team failed: member address old.rep@partner.example is no longer "
     "in use", "5.7.1", "RCPT", False, (), ANY),
    ("whether-question", "550 5.7.1 Message held: our team will confirm whether the address is no longer in use",
     "5.7.1", "DATA", False, (), ANY),
    ("subject-quoted-question", "550 5.7.1 Subject \"Is this address no longer in use?\" blocked by content filter",
     "5.7.1", "DATA", False, (), ANY),
    ("except-for-invoices", "550 5.7.1 This address is no longer in use except for invoices from existing suppliers",
     "5.7.1", "RCPT", False, (), ANY),
    # True absences, new words: must stay hard.
    ("tp-email-address-no-longer-in-use", "550 5.1.0 Address rejected: this e-mail address is no longer in use",
     "5.1.0", "RCPT", True, ("userunknown",), R),
    ("tp-recipient-address-retired", f"550 5.7.1 The address <{LEAD}> has been retired and is no longer in use",
     "5.7.1", "RCPT", True, ("userunknown",), R),
    ("tp-recipient-address-no-longer-used-new", "550 5.7.1 Recipient address no longer used; please write to "
     "lena.lead@newco.example", "5.7.1", "RCPT", True, ("userunknown", "hasmoved"), R),
])
QUOTED = ("RFC 3464 / Postfix bounce(8) layout with the returned message's body (RFC 6522 message/rfc822): our "
          "seller's own words quoted back; attack: the retired wording in OUR text, the failure a full mailbox")
QUOTED_ROWS = [
    ("a42-r-quoted-original-ps", QUOTED,
     dsn("qp", f"<{LEAD}>: host {MX}[192.0.2.7] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)\n",
         [block(f"rfc822; {LEAD}", "failed", "5.2.2", "552 5.2.2 Mailbox full")], to=LEAD, returned="message/rfc822",
         returned_body=(f"From: Sam Seller <seller@example.com>\nTo: {LEAD}\nSubject: Quick question\n"
                        "Message-ID: <l40-qp@example.com>\n\nHello Lena,\n\nP.S. If this address is no longer in use, "
                        "please let me know.\n")),
     soft("mailboxfull")),
]

# ---- (2) route_words' families and sender_words.UNRESOLVED in other contexts -------------------------------------
ROUTE_ROWS = at("w", PF, [
    ("dkim-domain-not-in-dns", "550 5.7.1 DKIM check failed: the signing domain does not exist in DNS", "5.7.1",
     "DATA", False, (), ANY),
    ("link-domain-not-registered", "550 5.7.1 Message rejected: the domain of a link in your message is not a "
     "registered domain", "5.7.1", "DATA", False, (), ANY),
    ("from-header-domain-not-registered", "550 5.7.1 The domain in your From header is not a registered domain",
     "5.7.1", "DATA", False, (), ANY),
    ("our-ip-name-not-in-dns", f"550 5.7.25 The host name your IP {IP} points to does not exist in the DNS", "5.7.25",
     "RCPT", False, (), ANY),
    ("return-path-domain-unregistered", "550 5.7.1 Rejected: the Return-Path domain example.com is no longer "
     "registered", "5.7.1", "MAIL", False, (), ANY),
    ("reply-address-unresolved", "550 5.7.1 Rejected: the domain of your reply address could not be resolved",
     "5.7.1", "DATA", False, (), ANY),
    # True absences: the recipient's domain.
    ("tp-recipient-domain-not-registered", "550 5.1.2 The domain partner.example is not a registered domain name",
     "5.1.2", "RCPT", True, ("hostunknown",), R),
    ("tp-recipient-domain-unresolved", "550 5.1.2 Recipient domain could not be resolved", "5.1.2", "RCPT", True,
     ("hostunknown",), R),
    ("tp-domain-not-in-dns-5-0-0", "550 5.0.0 The recipient's domain does not exist in DNS", "5.0.0", "RCPT", True,
     ("hostunknown",), R),
    # The relay family beside a missing user in words the guard does not list: the absence must win.
    ("no-mailbox-by-that-name-local-domains", "550 5.1.1 No mailbox by that name is currently available; note we "
     "only accept mail for the domains we host", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("relay-domain-not-served-by-mx", "554 5.7.1 Relay access denied: the recipient domain is not served by "
     "this MX", "5.7.1", "RCPT", False, ("norelaying",), ANY),
    ("blocked-beside-no-such-mailbox-german", "550 5.1.1 Postfach nicht vorhanden (our server is listed on no deny "
     "list; do not delist)", "5.1.1", "RCPT", True, ("userunknown",), R),
])

# ---- (3) state words said of OUR account, a domain, a page, a certificate ---------------------------------------
STATE_ROWS = at("s", ESP, [
    ("your-account-locked", "550 5.7.1 Your account is locked; contact your provider to send again", "5.7.1", "MAIL",
     False, (), S),
    ("sending-account-lapsed", "550 5.7.1 Sending account lapsed: renew your plan to send mail", "5.7.1", "MAIL",
     False, (), S),
    ("your-mail-privileges-withdrawn", "550 5.7.1 Your mail privileges have been withdrawn for abuse", "5.7.1",
     "MAIL", False, (), S),
    ("api-key-disabled", "535 5.7.8 Authentication failed: the API key for your account is disabled", "5.7.8",
     "MAIL", False, (), S),
    ("sender-domain-suspended", "550 5.7.1 Sender domain example.com is suspended for abuse", "5.7.1", "MAIL",
     False, (), S),
    ("certificate-past-validity", "550 5.7.1 The client certificate for your account is past its validity date",
     "5.7.1", "MAIL", False, (), S),
    ("web-page-archived", "550 5.7.1 Message refused: the landing page linked in your message is archived and "
     "flagged as a phishing lure", "5.7.1", "DATA", False, (), ANY),
])
LANG_ROWS = at("sl", LANGS, [
    ("de-ihr-konto-gesperrt-eingefroren", "550 5.7.1 Ihr Konto ist eingefroren; bitte wenden Sie sich an Ihren "
     "Anbieter", "5.7.1", "MAIL", False, (), S),
    ("fr-votre-compte-verrouille", "550 5.7.1 Votre compte est verrouillé, contactez votre fournisseur", "5.7.1",
     "MAIL", False, (), S),
    ("es-su-cuenta-congelada", "550 5.7.1 Su cuenta de envío está congelada por abuso", "5.7.1", "MAIL", False, (),
     S),
    ("it-il-tuo-account-congelato", "550 5.7.1 Il tuo account è congelato per abuso", "5.7.1", "MAIL", False, (), S),
    ("nl-uw-account-vergrendeld", "550 5.7.1 Uw account is vergrendeld wegens misbruik", "5.7.1", "MAIL", False, (),
     S),
    ("ru-vash-akkaunt-zamorozhen", "550 5.7.1 Ваш аккаунт заморожен за рассылку спама", "5.7.1", "MAIL", False, (),
     S),
    ("fr-compte-expediteur-gele", "550 5.7.1 Le compte de l'expéditeur est gelé", "5.7.1", "MAIL", False, (), S),
    # The recipient's own box in those words: soft, the recipient's (true positives of the state family).
    ("tp-de-postfach-eingefroren", "550 5.2.1 Das Postfach des Empfängers ist eingefroren", "5.2.1", "RCPT", False,
     ("suspend",), R),
    ("tp-nl-mailbox-vergrendeld", "550 5.2.1 De mailbox van de ontvanger is vergrendeld", "5.2.1", "RCPT", False,
     ("suspend",), R),
])
ABSENT_STATE_ROWS = at("sa", ADMIN, [
    # A real absence beside a state word: the absence must win (Microsoft 365 retains a deleted user's mailbox as
    # "inactive"; the address itself is gone).
    ("deleted-content-archived", "550 5.0.0 The mailbox was deleted and its content archived for legal hold", "5.0.0",
     "RCPT", True, ("userunknown",), R),
    ("user-unknown-archive-locked", "550 5.1.1 User unknown; the archive of the former user is locked", "5.1.1",
     "RCPT", True, ("userunknown",), R),
    ("ctl-mailbox-locked-only", "550 5.2.1 The mailbox is locked by the administrator", "5.2.1", "RCPT", False,
     ("suspend",), R),
])

# ---- (4) formats: Sieve's retired words, bare blocks, challenge words in a real refusal --------------------------
CY = "cyrus-imapd imap/lmtp_sieve.c send_rejection (RFC 5429 reject); the owner's script's text"
RFC = "RFC 3464 2.3.2 (Final-Recipient required; a broken generator leaving it out); Postfix bounce(8) layout"
FORMAT_ROWS = [
    ("a42-f-sieve-no-longer-active-holiday", f"{PH}; attack: a temporary closure ('no longer active during the "
     "holiday closure; write again after 4 January')",
     pigeonhole_reject("ho", "This mailbox is no longer active during the holiday closure; write again after "
                             "4 January."), soft(scope=R)),
    ("a42-f-sieve-no-longer-in-use-until", f"{PH}; attack: 'no longer in use until the new year'",
     pigeonhole_reject("un", "This address is no longer in use until the new year. Urgent matters: +1 555 0100."),
     soft(scope=R)),
    ("a42-f-sieve-valid-without-ticket", f"{CY}; attack: 'no longer valid without a ticket number' (a rule, the box "
     "kept)",
     cyrus_reject("tk", "Sorry: this address is no longer valid without a ticket number in the subject.", final=LEAD,
                  orig_rcpt=LEAD), soft(scope=R)),
    ("a42-f-sieve-condition-if", f"{CY}; attack: a condition ('If this address is no longer in use, ...')",
     cyrus_reject("if", "Your mail was refused by my filter. If this address is no longer in use, you will hear from "
                        "the administrator.", final=LEAD, orig_rcpt=LEAD), soft(scope=R)),
    ("a42-f-sieve-tp-my-account-new-address", f"{CY}; true positive: the owner's script gives a new address",
     cyrus_reject("na", "My account is no longer active. My new address is lena@newco.example.", final=LEAD,
                  orig_rcpt=LEAD), hard("hasmoved", "userunknown")),
    ("a42-f-sieve-tp-no-longer-used-line", f"{PH}; true positive: the retired words on their own line",
     pigeonhole_reject("nl", "Hello.\nThis e-mail address is no longer used.\nRegards"), hard("userunknown")),
    ("a42-f-bare-block-other-failed", f"{RFC}; true positive in a new context: the Cc recipient failed, the text "
     "names only it",
     dsn("bo", f"<{OTHER}>: host {MX}[192.0.2.7] said: 550 5.1.1 <{OTHER}>: Recipient address rejected: User "
               "unknown (in reply to RCPT TO command)\n",
         [block(None, "failed", "5.1.1", f"550 5.1.1 <{OTHER}>: Recipient address rejected: User unknown")],
         to=f"{LEAD}, {OTHER}"),
     hard("userunknown", address=OTHER)),
    ("a42-f-bare-block-both-near", f"{RFC}; attack: both recipients' lines near the bare block's reply (one line "
     "says the first was delivered)",
     dsn("bn", f"<{LEAD}>: delivered to mailbox\n<{OTHER}>: host {MX}[192.0.2.7] said: 550 5.1.1 User unknown (in "
               "reply to RCPT TO command)\n",
         [block(None, "failed", "5.1.1", "550 5.1.1 User unknown")], to=f"{LEAD}, {OTHER}"),
     hard("userunknown", address=OTHER)),
    ("a42-f-real-refusal-challenge-words", "Postfix bounce(8) layout; attack: a real 5.1.1 refusal whose help text, "
     "broken by a width, speaks of confirming a sender",
     dsn("ch", f"<{LEAD}>: host {MX}[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n"
               "Note: senders whose mail is held pending until they\n\tconfirm by reply are not affected.\n",
         [block(f"rfc822; {LEAD}", "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD), hard("userunknown")),
    ("a42-f-vacation-retired-words", "RFC 3834 auto-reply (Auto-Submitted: auto-replied, X-Autoreply) whose text says "
     "the address is no longer in use: no bounce (taxonomy.md section 5)",
     reply("vr", "Auto-Submitted: auto-replied\nX-Autoreply: yes\n", "Auto: Quick question",
           "This mailbox is no longer in use until 4 January.\nThank you, Lena"), NOT_BOUNCE),
]

# ---- (5) titles and conditions, reminders, notaccept, contrasts, guards, purposes -----------------------------------
LEAVER_ROWS = at("n", DEP, [
    ("if-left-as-office-mgr-please", "550 5.7.1 Rejected by policy. If Lena Lead no longer works here as Office Mgr. "
     "Please ask the administrator.", "5.7.1", "DATA", False, (), ANY),
    ("seven-word-reminder-that-if", "550 5.7.1 Rejected by policy; we would kindly like to remind you that if the "
     "user has left the company the administrator will tell you", "5.7.1", "DATA", False, (), ANY),
    ("comma-before-that-if", "550 5.7.1 Blocked by content filter. Please note, that if the recipient has left the "
     "company, the administrator will tell you.", "5.7.1", "DATA", False, (), ANY),
    ("tp-ing-left-please", "550 5.0.0 Ing. Novák no longer works at Partner. Please contact office@partner.example",
     "5.0.0", "RCPT", True, ("hasmoved", "userunknown"), R),
    ("tp-mx-left-company", "550 5.0.0 Mx. Lee has left the company; this mailbox is closed", "5.0.0", "RCPT", True,
     ("hasmoved", "userunknown"), R),
    ("tp-verdict-then-reminder", "550 5.0.0 The mailbox lead does not exist; we remind you that if it is recreated "
     "mail will flow again", "5.0.0", "RCPT", True, ("userunknown",), R),
])
CAUSE_ROWS = at("c", ADMIN, [
    ("here-comma-except-partners", "550 5.7.1 We do not accept mail at this domain, except from registered partners",
     "5.7.1", "RCPT", False, (), ANY),
    ("here-comma-only-tickets", "550 5.7.1 We do not accept mail here, only replies to open tickets", "5.7.1", "RCPT",
     False, (), ANY),
    ("here-semicolon-from-1-jan-mx", "550 5.7.1 We do not accept mail here; from 1 January send through "
     "mx2.partner.example", "5.7.1", "RCPT", False, (), ANY),
    ("tp-null-domain-period", "550 5.1.10 We do not accept mail at this domain.", "5.1.10", "RCPT", True,
     ("notaccept",), R),
])
CONTRAST_ROWS = at("k", f"{ADMIN}; contrast_mentions' clause-end attacked", [
    ("unlike-mailbox-that-is-deleted", "550 5.0.0 Unlike a mailbox that is deleted this one is only disabled",
     "5.0.0", "RCPT", False, ("suspend",), R),
    ("unlike-user-who-was-removed", "550 5.0.0 Unlike a user who was removed this mailbox is merely over quota",
     "5.0.0", "RCPT", False, ("mailboxfull",), R),
    ("tp-unlike-given-the-mailbox-not-exist", "550 5.0.0 Unlike the address that was given the mailbox does not "
     "exist", "5.0.0", "RCPT", True, ("userunknown",), R),
])
GUARD_ROWS = at("g", PF, [
    ("recipient-is-unknown-to-relay", "554 5.7.1 Relay access denied: the recipient is unknown to this relay host",
     "5.7.1", "RCPT", False, ("norelaying",), ANY),
    ("on-no-whitelist-but-listed", f"554 5.7.1 Client host [{IP}] blocked: it is on no whitelist of ours and is "
     "listed in zen.spamhaus.org", "5.7.1", "RCPT", False, ("blocked",), S),
    ("not-provisioned-deprovisioned-left", "550 5.0.0 The mailbox lead is not provisioned to receive mail: it was "
     "deprovisioned when the user left the company", "5.0.0", "RCPT", True, ("userunknown", "hasmoved"), R),
])

ROWS = (RETIRED_ROWS + QUOTED_ROWS + ROUTE_ROWS + STATE_ROWS + LANG_ROWS + ABSENT_STATE_ROWS + FORMAT_ROWS
        + LEAVER_ROWS + CAUSE_ROWS + CONTRAST_ROWS + GUARD_ROWS)

# ---- Controls of the mends (written with them, after the first run): nearby words that must NOT change reading --
MEND = "the mend's control (audit 42)"
CONTROL_ROWS = at("m", f"{ADMIN}; {MEND}", [
    # retired_address: the recipient's own address retired, with a place, a time since, "that" without a comma.
    ("address-no-longer-in-use-period", "550 5.7.1 This address is no longer in use.", "5.7.1", "RCPT", True,
     ("userunknown",), R),
    ("address-no-longer-in-use-on-server", "550 5.7.1 This address is no longer in use on this server", "5.7.1",
     "RCPT", True, ("userunknown",), R),
    ("that-address-no-comma", "550 5.7.1 That address is no longer in use", "5.7.1", "RCPT", True, ("userunknown",),
     R),
    ("address-no-longer-in-use-since", "550 5.7.1 Recipient address no longer in use since January", "5.7.1", "RCPT",
     True, ("userunknown",), R),
    # route_words: a link named elsewhere than the domain's own phrase; the recipient's domain still missing.
    ("domain-not-registered-see-url", "550 5.0.0 The domain partner.example is not registered; see the URL on our "
     "help page", "5.0.0", "RCPT", True, ("hostunknown",), R),
    # unasserted: "that" opening an asserted clause, a long prefix without "if".
    ("comma-that-asserted", "550 5.0.0 We confirm, that the user has left the company", "5.0.0", "RCPT", True,
     ("hasmoved", "userunknown"), R),
    ("regret-to-inform-that-left", "550 5.0.0 We regret to have to inform you that Lena Lead has left the company",
     "5.0.0", "RCPT", True, ("hasmoved", "userunknown"), R),
    # notaccept: "only at <address>" still says the address is gone.
    ("here-comma-only-at-address", "550 5.7.1 We do not accept mail at this address, only at "
     "office@partner.example", "5.7.1", "RCPT", True, ("notaccept", "hasmoved", "userunknown"), R),
]) + [
    ("a42-m-sieve-no-longer-active-new", f"{PH}; {MEND}: the mailbox retired, a new address given",
     pigeonhole_reject("ma", "This mailbox is no longer active. Please write to lena@newco.example."),
     hard("hasmoved", "userunknown")),
    ("a42-m-sieve-no-longer-valid-since", f"{CY}; {MEND}: retired since a date",
     cyrus_reject("vs", "This address is no longer valid since my retirement.", final=LEAD, orig_rcpt=LEAD),
     hard("userunknown")),
]
ROWS = ROWS + CONTROL_ROWS

# ---- Batch b (written after the first batch's mends, expectations committed before running them) ----------------
LATE_ROWS = at("b", ADMIN, [
    ("server-address-no-longer-in-use", "550 5.7.1 The server address mail.partner.example is no longer in use; send "
     "to mx.partner.example", "5.7.1", "RCPT", False, (), ANY),
    ("host-address-no-longer-in-use", "550 5.7.1 Rejected: the host address 192.0.2.44 is no longer in use for "
     "inbound mail", "5.7.1", "RCPT", False, (), ANY),
    ("other-named-address-retired", "550 5.7.1 The address old.sales@partner.example is no longer in use; "
     f"{LEAD} now handles sales, please resend", "5.7.1", "RCPT", False, (), ANY),
    ("should-dr-have-left", "550 5.7.1 Blocked by content filter. Should Dr. Lee have left the company, the "
     "administrator will tell you.", "5.7.1", "DATA", False, (), ANY),
    ("your-user-unknown-to-relay", "550 5.7.1 Relay access denied: your user is unknown to this relay, authenticate "
     "first", "5.7.1", "RCPT", False, (), ANY),
    ("deleted-only-locked-archive", "550 5.0.0 The account was deleted; only a locked archive remains", "5.0.0",
     "RCPT", True, ("userunknown",), R),
    ("recipient-domain-unresolved-yours-fine", "550 5.1.2 The recipient's mail domain could not be resolved; your "
     "domain resolves fine", "5.1.2", "RCPT", True, ("hostunknown",), R),
])
LATE_LANG_ROWS = at("bl", LANGS, [
    ("zh-your-account-locked", "550 5.7.1 您的账户已被锁定，请联系您的服务商", "5.7.1", "MAIL", False, (), S),
    ("ja-your-account-locked", "550 5.7.1 お客様のアカウントはロックされています", "5.7.1", "MAIL", False, (), S),
    ("your-mailbox-space-exhausted", "550 5.7.1 Your mailbox space is exhausted; free some space to send again",
     "5.7.1", "MAIL", False, (), S),
    ("de-tp-empfaenger-postfach-archiviert", "550 5.2.1 Das Postfach des Empfängers ist archiviert", "5.2.1", "RCPT",
     False, ("suspend",), R),
])
ROWS = ROWS + LATE_ROWS + LATE_LANG_ROWS
