"""Audit 41b: an ADVERSARIAL AUDIT of the rules merged on 2026-12-06/07 from audit 40, review layouts40 and the
lead's own mends, each attacked with real mail's wordings in OTHER contexts than the ones it was written for:
(1) unprovisioned._NO_PURPOSE (a purpose after "not provisioned / never set up") beside a true absence;
    HOST_BEFORE / HOST_AFTER (an IP or a colon after the noun) near a real "Recipient address: ... unknown";
    German's purpose_first beside a real absence;
(2) cause_words' notaccept look-ahead (", your ...", "; authenticate ...") and contrast_mentions' new clause-end
    (" is", " the mailbox"...) ending a contrast too early or too late;
(3) recipient_blocklists._OUR_HOST's new exclusions ("ip.<domain>", "your mail server delivered", "n'est pas en
    cause") hiding a real block of our host; ours._PASSED_ON narrowed to the probe's report of a remote host, with
    Postfix verify(8)'s other results (smtp(8)'s "Host or domain name not found", qmgr's "delivery temporarily
    suspended", trivial-rewrite's "User unknown in virtual alias table");
(4) unasserted's six-word reminder before "that if" and leaver_names' new titles ("Mgr.", "MX.") at a sentence's end;
(5) layouts40's formats: mdn._RETIRED against a Sieve vacation auto-reply and a mailbox kept for other uses,
    unnamed_blocks with the reply near the wrong address, challenge's joined lines in a real bounce;
(6) departures' "address ... no longer in use / used" said of our address, a server's address, a bounce address,
    a forward target, in a condition, under 4xx, and by "the address you used"; soft_wordings' "the user is
    unknown" said of our sending user.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit41b.py runs them. "Attack" in a source marks a variant written to probe a rule."""

from __future__ import annotations

from tests.classifier.review_audit35 import hard, soft
from tests.classifier.review_audit37_layouts import relay_report
from tests.classifier.review_layouts40_layouts import LEAD, OTHER, block, cyrus_reject, dsn, labelled, \
    pigeonhole_reject, reply
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
NOT_BOUNCE: list[tuple] = []
MX = "mx.partner.example"
IP = "198.51.100.7"

# Our relay's report (Postfix bounce(8)) of each reply from the prospect's MX, rows named "a41b-<group>-<name>".
at = relayed_for("a41b", MX, LEAD)

ADMIN = ("admin-written refusal texts (Postfix access(5) 'REJECT <text>', Exim ':fail: <text>' and ACL 'message =', "
         "an Exchange mail flow rule's 'Reject the message with the explanation'); RFC 3463 / RFC 5321 for the codes; "
         "attack variants")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"

# ---- (1) unprovisioned: a purpose beside a true absence; host words near a real missing user -------------------
UNPROV_ROWS = at("u", ADMIN, [
    ("never-set-up-to-receive-not-exist", "550 5.0.0 The address was never set up to receive mail, it does not "
     "exist", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("never-set-up-to-receive-no-such-user", "550 5.0.0 This mailbox was never set up to receive mail: no such user",
     "5.0.0", "RCPT", True, ("userunknown",), R),
    ("not-provisioned-for-smtp-unknown", "550 5.0.0 Recipient not provisioned for SMTP delivery: user unknown",
     "5.0.0", "RCPT", True, ("userunknown",), R),
    ("not-provisioned-for-mail-domain", "550 5.0.0 Recipient not provisioned for mail on this domain", "5.0.0", "RCPT",
     True, ("userunknown",), R),
    ("recipient-address-colon-unknown", f"550 5.0.0 Recipient address: {LEAD} unknown", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("user-colon-unknown", "550 5.0.0 User: lead unknown", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("mailbox-paren-not-found", "550 5.0.0 mailbox (lead) not found", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("mailbox-not-found-on-host-ip", f"550 5.0.0 Mailbox lead not found on host [{IP}]", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("user-unknown-host-colon", f"550 5.0.0 Rejected by host {MX}: user unknown", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    # A purpose said, then the absence anyway: still a missing user.
    ("ctl-not-provisioned-to-receive-external", "550 5.7.1 This mailbox is not provisioned to receive mail from "
     "outside the organisation", "5.7.1", "RCPT", False, (), ANY),
])
GERMAN_ROWS = at("ud", LANGS, [
    ("de-existiert-nicht-und-zweck", "550 5.0.0 Das Postfach existiert nicht und ist für den Empfang nicht "
     "eingerichtet", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("de-unbekannt-semicolon-zweck", "550 5.0.0 Der Empfänger ist unbekannt; das Konto ist für den Empfang nicht "
     "eingerichtet", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("de-fuer-den-empfaenger-kein-postfach", f"550 5.0.0 Für den Empfänger {LEAD} ist kein Postfach eingerichtet",
     "5.0.0", "RCPT", True, ("userunknown",), R),
    ("ctl-de-fuer-externe-nicht-eingerichtet", "550 5.7.1 Das Postfach ist für externe Absender nicht eingerichtet",
     "5.7.1", "RCPT", False, (), ANY),
])

# ---- (2) notaccept's look-ahead; contrasts ended too early or too late ------------------------------------------
CAUSE_ROWS = at("c", ADMIN, [
    ("here-comma-you-mistyped", "550 5.0.0 We do not accept mail at this address, you may have mistyped it", "5.0.0",
     "RCPT", True, ("notaccept", "userunknown"), R),
    ("here-semicolon-from-now-on", "550 5.0.0 We do not accept mail at this address; from January write to "
     "office@partner.example", "5.0.0", "RCPT", True, ("notaccept", "userunknown", "hasmoved"), R),
    ("ctl-here-comma-your-ip", f"550 5.7.1 We do not accept mail here, your IP {IP} is listed", "5.7.1", "RCPT",
     False, (), S),
])
CONTRAST = f"{ADMIN}; contrast_mentions' clause-end attacked"
CONTRAST_ROWS = at("k", CONTRAST, [
    ("unlike-old-server-this-is-unknown", "550 5.0.0 Unlike the old server, this is a permanent error: user unknown",
     "5.0.0", "RCPT", True, ("userunknown",), R),
    ("unlike-most-users-the-mailbox", "550 5.0.0 Unlike most of our users the mailbox lead does not exist", "5.0.0",
     "RCPT", True, ("userunknown",), R),
    ("unlike-address-that-is-unknown", "550 5.0.0 Unlike an address that is unknown, this mailbox is merely full",
     "5.0.0", "RCPT", False, ("mailboxfull",), R),
    ("unlike-user-who-was-deleted", "550 5.0.0 Unlike a user who was deleted this user is only over quota", "5.0.0",
     "RCPT", False, ("mailboxfull",), R),
    ("unlike-unknown-errors-the-mailbox-full", "550 5.0.0 Unlike the user unknown errors of last week the mailbox is "
     "now simply full", "5.0.0", "RCPT", False, ("mailboxfull",), R),
    ("de-anders-als-unbekannt-ist-voll", "550 5.0.0 Anders als bei unbekannten Empfängern ist das Postfach nur voll",
     "5.0.0", "RCPT", False, ("mailboxfull",), R),
])

# ---- (3) our host blocked despite the new exclusions; our relayhost's verify results --------------------------
OWN = ("Outlook.com's 'Blocked Senders list' help, Spamhaus/DNSBL rejection texts (Postfix smtpd_check.c 'Client host "
       "[%s] blocked using %s'), review blocks36's sources; attack variants")
BLOCK_ROWS = at("b", OWN, [
    ("your-ip-listed-help-ip-host", "550 5.7.1 Blocked: your IP is listed on our block list. Delisting: "
     "ip.partner.example/delist", "5.7.1", "RCPT", False, ("blocked",), S),
    ("server-delivered-spam-ip", f"554 5.7.1 Rejected: your mail server delivered spam; its IP {IP} is blocked",
     "5.7.1", "DATA", False, ("blocked",), S),
    ("fr-ip-bloquee-contenu-pas-en-cause", f"550 5.7.1 Votre adresse IP {IP} est bloquée. Le contenu n'est pas en "
     "cause.", "5.7.1", "RCPT", False, ("blocked",), S),
    ("client-host-blocked-dnsbl", f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using "
     "zen.spamhaus.org; your mail server is not at fault otherwise", "5.7.1", "RCPT", False, ("blocked",), S),
    ("ctl-user-list-server-not-cause", "550 5.7.1 Blocked by the recipient's own list; your mail server is not the "
     "cause", "5.7.1", "RCPT", False, ("filtered",), R),
])
PF_VERIFY = ("Postfix smtpd_check.c check_rcpt_verify ('<%s>: %s rejected: undeliverable address: %s' / 'unverified "
             "address: %s') with the verify(8) probe's own result: smtp(8) 'Host or domain name not found. Name "
             "service error for name=%s type=%s: Host not found', qmgr 'delivery temporarily suspended: %s', "
             "trivial-rewrite/cleanup 'User unknown in virtual alias table'; at our relayhost (postconf(5) relayhost)")


def ours(name: str, reply: str, status: str, expected: list[tuple]) -> tuple:
    """Our relay's report of our relayhost's (smtp.example.com) reply: it verified the prospect's address itself."""
    return (f"a41b-rh-{name}", PF_VERIFY, relay_report(f"a41b{name}", reply, status, "RCPT", address=LEAD,
                                                       sender="seller@example.com", reporter="mail.example.com",
                                                       remote="smtp.example.com"), expected)


RELAYHOST_ROWS = [
    ours("host-not-found", f"550 5.1.2 <{LEAD}>: Recipient address rejected: undeliverable address: Host or domain "
         "name not found. Name service error for name=partner.example type=MX: Host not found", "5.1.2",
         hard("hostunknown")),
    ours("temporarily-suspended-4xx", f"450 4.1.1 <{LEAD}>: Recipient address rejected: unverified address: delivery "
         f"temporarily suspended: connect to {MX}[192.0.2.7]:25: Connection refused", "4.1.1",
         [(LEAD, False, (), ANY, True)]),
    ours("virtual-alias-table", f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: User unknown "
         "in virtual alias table", "5.1.1", soft(scope=S)),
    ours("ctl-lost-connection-said", f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: host "
         f"{MX}[192.0.2.7] said: 550 5.1.1 No such user (in reply to RCPT TO command)", "5.1.1", hard("userunknown")),
]

# ---- (4) reminders before "that if"; titles at a sentence's end ---------------------------------------------------
DEP = ("admin-written refusal and departure texts (an Exchange mail flow rule's rejection text, a company's 'left the "
       "company' notice); attack variants")
UNASSERTED_ROWS = at("n", DEP, [
    ("deleted-so-note-that-if", "550 5.0.0 The recipient mailbox was deleted so note that if you resend it bounces",
     "5.0.0", "RCPT", True, ("userunknown",), R),
    ("no-such-user-be-aware-that-if", "550 5.0.0 No such user here; please be aware that if the address was "
     "mistyped you should correct it", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("closed-remind-that-if", "550 5.0.0 The account lead was closed and removed and we wish to remind you that if "
     "you write again it will bounce", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("left-as-sales-mgr-if", "550 5.0.0 Lena Lead no longer works for Partner as Sales Mgr. If you have questions "
     "contact office@partner.example", "5.0.0", "RCPT", True, ("userunknown", "hasmoved"), R),
    ("left-via-this-mx-if", "550 5.0.0 Lena Lead has left the company and her mail is refused at this MX. If you "
     "need help, write to office@partner.example", "5.0.0", "RCPT", True, ("userunknown", "hasmoved"), R),
    ("ctl-kindly-note-for-records-if", "550 5.7.1 Rejected by policy. Kindly note for your records that if the user "
     "no longer exists the administrator will tell you", "5.7.1", "DATA", False, (), ANY),
])

# ---- (6) "address ... no longer in use"; "the user is unknown" ------------------------------------------------
GONE = ADMIN
DEPART_ROWS = at("d", GONE, [
    ("address-you-used-no-longer-in-use", "550 5.7.1 The address you used is no longer in use", "5.7.1", "RCPT",
     True, ("userunknown",), R),
    ("old-address-new-given", f"550 5.7.1 The address {LEAD} is no longer in use; the new address is "
     "lena.lead@newco.example", "5.7.1", "RCPT", True, ("hasmoved", "userunknown"), R),
    ("our-address-allowed-sender", "550 5.7.1 The address seller@example.com is no longer in use as an allowed sender",
     "5.7.1", "RCPT", False, (), ANY),
    ("server-address-ip", f"550 5.7.1 Your server's address {IP} is no longer in use per our records", "5.7.1",
     "RCPT", False, (), ANY),
    ("bounce-address-ours", "550 5.7.1 The bounce address seller@example.com is no longer in use", "5.7.1", "MAIL",
     False, (), ANY),
    ("forward-target", "550 5.7.1 Forwarding failed: the address lead forwards to is no longer in use", "5.7.1",
     "RCPT", False, (), ANY),
    ("condition-if", "550 5.7.1 Rejected by policy. If this address is no longer in use, the administrator will tell "
     "you", "5.7.1", "DATA", False, (), ANY),
    ("general-rule-grace", "550 5.7.1 Mail to an address no longer in use is refused after 30 days; this one is in its "
     "grace period and only paused", "5.7.1", "RCPT", False, (), ANY),
    ("no-longer-used-4xx", "451 4.2.1 This address is no longer used and will be closed soon; try later", "4.2.1",
     "RCPT", False, (), ANY),
    ("the-user-is-unknown", "550 5.0.0 Delivery refused: the user is unknown", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("sending-user-is-unknown", "550 5.7.1 Relaying denied: the sending user is unknown, authenticate first", "5.7.1",
     "MAIL", False, (), S),
    ("sender-address-user-is-unknown", "550 5.7.1 <seller@example.com>: Sender address rejected: the user is unknown "
     "in our directory", "5.7.1", "MAIL", False, (), S),
])

# ---- (5) layouts40's formats: Sieve retired words, bare blocks, challenge words in a real bounce ----------------
PH = "Pigeonhole rejection MDN (Dovecot rejection_reason default, RFC 5429 2.1.1)"
CY = "cyrus-imapd imap/lmtp_sieve.c send_rejection (RFC 5429 reject)"
VAC = ("RFC 5230 (Sieve vacation: 'Auto-Submitted: auto-replied', the Subject 'Auto: <subject>' Pigeonhole's default, "
       "the owner's text) and RFC 3834 section 5: a vacation response is no bounce; taxonomy.md section 5")
RFC = "RFC 3464 2.3.2 (Final-Recipient required; a broken generator leaving it out); Postfix bounce(8) layout"
CHOICE = ("filtered", "policyviolation", "rejected")
GOOD = block(f"rfc822; {OTHER}", "failed", "5.2.2", "552 5.2.2 Mailbox full")
FORMAT_ROWS = [
    ("a41b-f-vacation-address-no-longer-in-use", f"{VAC}; the owner's vacation text says the address is retired",
     reply("va", "Auto-Submitted: auto-replied (vacation)\n", "Auto: Quick question",
           "This address is no longer in use. Please write to lena@newco.example."), NOT_BOUNCE),
    ("a41b-f-vacation-i-no-longer-use", f"{VAC}; 'I no longer use this address' in an away text",
     reply("vi", "Auto-Submitted: auto-replied (vacation)\nX-Autoreply: yes\n", "Auto: Quick question",
           "Hello,\n\nI no longer use this address. Please send your mail to lena@newco.example.\n\nThanks, Lena"),
     NOT_BOUNCE),
    ("a41b-f-sieve-mailbox-kept-other-use", f"{PH}; attack: 'This mailbox is no longer used for sales enquiries' (the "
     "box still exists, only sales go elsewhere)",
     pigeonhole_reject("mk", "This mailbox is no longer used for sales enquiries; write to sales@partner.example."),
     soft(scope=R)),
    ("a41b-f-cyrus-mail-from-this-address-ours", f"{CY}; 'Mail from this address is no longer accepted' refuses our "
     "address (the sender's)",
     cyrus_reject("mf", "Mail from this address is no longer accepted. Please stop writing.", final=LEAD,
                  orig_rcpt=LEAD), soft(*CHOICE, scope=R)),
    ("a41b-f-bare-block-reply-near-copy", f"{RFC}; attack: the bare block's reply sits beside a line naming another "
     "recipient's delivered copy, the failed one named far above",
     dsn("bc", f"<{LEAD}>: could not be delivered.\n\n\n\n\n\n\n\n\nDetails: 550 5.1.1 User unknown\n"
         f"A copy was delivered to <{OTHER}>.\n",
         [block(None, "failed", "5.1.1", "550 5.1.1 User unknown")], to=f"{LEAD}, {OTHER}"),
     hard("userunknown")),
    ("a41b-f-bare-block-cc-quoted-reply", f"{RFC}; attack: a Cc recipient's name in a quoted reply line beside the "
     "failure's words",
     dsn("bq", f"<{LEAD}>: host {MX} said: 550 5.1.1 User unknown\n\n> Otto <{OTHER}> wrote: 550 5.1.1 User "
         "unknown is what I got too\n",
         [block(None, "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD),
     hard("userunknown")),
    ("a41b-f-bounce-help-human-wrapped", "a site's labelled notice (gromox local_bounce shape) of a 5.1.1 refusal "
     "whose help text, wrapped, asks the sender to verify they are human on a portal",
     labelled("hh", "Undeliverable: Quick question",
              f"Your message could not be delivered.\n\nRecipient: {LEAD}\nReason: 550 5.1.1 User unknown\n\n"
              "If you think this is wrong, your message is held pending until you\n   confirm that you are "
              "human at https://portal.partner.example/verify\n", to=LEAD),
     hard("userunknown")),
]

ROWS = (UNPROV_ROWS + GERMAN_ROWS + CAUSE_ROWS + CONTRAST_ROWS + BLOCK_ROWS + RELAYHOST_ROWS + UNASSERTED_ROWS
        + DEPART_ROWS + FORMAT_ROWS)

# ---- Controls of the mends (written with them, after the first run): nearby words that must NOT change reading --
MEND = "the mend's control (audit 41b)"
CONTROL_ROWS = at("m", f"{ADMIN}; {MEND}", [
    # retired_address: "the address you used TO SEND" is ours; a retired one still. (address-used-for-sales and
    # address-you-wrote-to are second paraphrases of the mended cases: main read them hard / soft, as the attacks.)
    ("address-you-used-to-send", "550 5.7.1 The address you used to send this message is no longer in use", "5.7.1",
     "RCPT", False, (), ANY),
    ("address-used-for-sales", "550 5.7.1 This address is no longer used for sales enquiries; write to "
     "sales@partner.example", "5.7.1", "RCPT", False, (), ANY),
    ("address-you-wrote-to", "550 5.7.1 The address you wrote to is no longer in use", "5.7.1", "RCPT", True,
     ("userunknown",), R),
    ("address-named-no-longer-used", f"550 5.7.1 The address {LEAD} is no longer used", "5.7.1", "RCPT", True,
     ("userunknown",), R),
    # notaccept: the restriction after a comma still sets it aside.
    ("here-comma-you-must-authenticate", "550 5.7.1 We do not accept mail at this address, you must authenticate "
     "first", "5.7.1", "RCPT", False, (), ANY),
    ("here-comma-from-outside", "550 5.7.1 We do not accept mail at this address, from outside hosts", "5.7.1",
     "RCPT", False, (), ANY),
    # leaver_names: a title before its name, the condition before it, still a condition.
    ("if-mgr-has-left", "550 5.7.1 Rejected by content filter. If Mgr. Novák has left the company, the administrator "
     "will tell you.", "5.7.1", "DATA", False, (), ANY),
    ("mgr-asserted-then-if", "550 5.0.0 Mgr. Novák has left the company. If you need help, contact "
     "office@partner.example", "5.0.0", "RCPT", True, ("hasmoved", "userunknown"), R),
]) + [
    ("a41b-m-sieve-mailbox-no-longer-used", f"{PH}; {MEND}: the mailbox retired, a new address given",
     pigeonhole_reject("mr", "This mailbox is no longer used. Please write to lena@newco.example."),
     hard("hasmoved", "userunknown")),
]
# An attack found after the run (unasserted's reminder without punctuation): argued in the test (strict xfail).
LATE_ROWS = at("n", DEP, [
    ("user-deleted-please-note-that-if", "550 5.0.0 User deleted please note that if you resend it bounces", "5.0.0",
     "RCPT", True, ("userunknown",), R),
])
ROWS = ROWS + CONTROL_ROWS + LATE_ROWS
