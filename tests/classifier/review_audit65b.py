"""Audit 65b: an ADVERSARIAL AUDIT of the three mends merged from review outside65 (merge c095f552), aimed above all at
LOST HARDS (a dead address no longer marked) and FALSE HARDS (a live address marked):
1. formats/reply_rests.names_instead (asked by formats/recipients.candidates): an address after "resend / send /
   forward / write / redirect ... to" or "New address:" on a reply's own line is the place to write instead, no failed
   recipient. Attacked with the failed recipient itself named after such words ("Cannot send to <lead>", "forwarding
   to <lead> failed", "redirect to" loops) in qmail's entry layout, Exim's multi-recipient notice and a gateway's plain
   notice; and with a live address named in OTHER words the mend does not know ("should be sent to", "contact",
   "use ... instead", "Alternative address:", RFC 5321's 551 "please try <forward-path>"), which the recipient
   readers may still take for a failed entry (a false hard).
2. generic_refusal._only_for_now (in beside_a_status): only 4xx reply codes beside generic words make no missing user.
   Attacked with a 5xx generic refusal quoted after an earlier 4xx try (qmail-remote's "Connected to ... but greeting
   failed" before the 5xx; Exim's two hosts), a 4xx "user unknown" given up (the house call: hard), a number after a
   colon in the refusal's own words ("...: 450 Harbour Road").
3. sender_stage.forged ("sending user / sender <s> faked / forged / spoofed": our sender refused). Attacked with
   "forged" about the recipient or the connecting host (mailbox.org's "Mail appeared to be SPAM or forged"), a
   spoofed-sender refusal naming another's address, a recipient that does not exist beside a forged-sender remark, a
   DMARC refusal under 5.7.26, "forged" in a list of possible causes.

Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on these notices (committed first). All HAND-MADE, after the
generators' own layouts (review_holdout50_layouts' exim / qmail / gmail / exo, review_holds58_layouts' plain;
outside65's ex_detail / qm_detail). Admin-written refusal texts (Postfix access(5) 'REJECT <text>', Exim ':fail:' /
ACL 'message =', an Exchange transport rule's text) are where most of these wordings live. Names
"a65b-<family>-<layout>-<what>"."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, R, exo_remote, g_remote, hard, soft
from tests.classifier.review_holdout50_layouts import EXIM_SRC, EXO_SRC, GMAIL_SRC, QMAIL_SRC, SELLER, exim, qmail
from tests.classifier.review_holds58_layouts import plain
from tests.classifier.review_outside65 import ADMIN, EXIM_RETRY, QMAIL_GAVE_UP, QMAIL_OLD, RFC450, ex_detail, qm_detail

A = "lead@partner.example"
KIM = "kim@partner.example"
MX = "mx.partner.example"
GONE = ("userunknown", "hasmoved")
MOVED = ("hasmoved", "userunknown")
RFC551 = ("RFC 5321 4.2.2 / 3.4 ('551 User not local; please try <forward-path>'), RFC 3463 X.1.6 'Destination "
          "mailbox address has moved, no forwarding address'")
RELOCATED = ("Postfix relocated(5) / smtpd_check.c (reject for a relocated user: '5.1.6 <a>: Recipient address "
             "rejected: User has moved to <new location>')")
QREMOTE = ("qmail-remote.c ('Connected to <ip> but greeting failed.', '<ip> does not like recipient.', 'Remote host "
           "said:'), qmail-send.c (the bounce lists each address's qmail-remote text)")
MAILBOXORG = ("mailbox.org KB 'Mail appeared to be spam or forged' ('550 <a>: Recipient address rejected: Mail appeared "
              "to be SPAM or forged. Ask your Mail/DNS administrator to correct HELO and DNS MX settings or to get "
              "removed from DNSBLs')")
QSMTP = "Qsmtp qsmtpd.c ('550 5.1.0 sending user <%s> faked', MAIL FROM), as outside65 cites it"
PFS = "Postfix smtpd_check.c ('Recipient address rejected: User unknown in virtual mailbox table')"
DMARC = ("RFC 7489 (DMARC p=reject), RFC 7372 5.7.26 ('multiple authentication checks failed'); an admin's DMARC "
         "reject text naming the From as spoofed")
MIMECAST_SPOOF = ("Mimecast 'Anti-Spoofing' policy ('550 Rejected by header based Anti-Spoofing policy'; "
                  "community.mimecast.com SMTP error codes), an internal From forged by an outsider")
PLAIN_SRC = ("a gateway's plain failure notice (review holds58's plain layout): the remote reply quoted in its body, "
             "the original attached")


def pl(rid: str, reply: str, orig_to: str = A) -> bytes:
    body = ("This is an automatically generated message from the mail gateway.\n\nYour message could not be "
            f"delivered. The remote server answered:\n\n    {reply}\n\nNo further attempts will be made.\n")
    return plain(rid, "Mail Gateway <postmaster@gw.partner.example>", "Undeliverable: Quick question about your Q4 "
                 "logistics", body, orig_to=orig_to)


def ex_two(rid: str, first: str, second: str) -> bytes:
    """Exim's notice for two failed addresses (lead, kim), each with its own host, stage and reply."""
    raw = exim(rid, A, detail=ex_detail(first) + f"\n\n  {KIM}\n    " + ex_detail(second, command=f"RCPT TO:<{KIM}>"))
    return raw.replace(f"X-Failed-Recipients: {A}\n".encode(), f"X-Failed-Recipients: {A},\n  {KIM}\n".encode())


# Family 1, the failed recipient itself after "send / forward / redirect to": still the failed recipient.
CANNOT_SEND = f"550 5.1.1 Cannot send to <{A}>. Mailbox does not exist"
FWD_FAILED = f"550 5.1.1 forwarding to <{A}> failed: no such user"
LOOP = f"554 5.4.6 Too many hops; redirect to {A} loops back to this host"
SENT_BOUNCED = f"550 5.1.1 Mail sent to <{A}> bounced: user unknown"
# ...and live addresses named in words the mend does not know: no failed recipient.
SHOULD_BE_SENT = "550 5.1.1 User unknown. Mail for this department should be sent to <orders@partner.example>"
ALTERNATIVE = "550 5.1.6 This address is no longer in use. Alternative address: <info@partner.example>"
OFFICE_ADDR = "550 5.1.1 No such mailbox. Please write to our office address: <office@partner.example>"
CONTACT = "550 5.1.1 No such user here. Please contact sales@partner.example"
USE_INSTEAD = "550 5.1.1 Unknown user; use info@partner.example instead"
TRY_551 = "551 5.1.6 User not local; please try <lena.lead@newco.example>"
RELOC = f"550 5.1.6 <{A}>: Recipient address rejected: User has moved to lena.lead@newco.example"
WRAPPED = "550 5.1.1 This address is no longer in use; please resend your message\n    to info@partner.example"

FAMILY_1 = [
    ("a65b-rs-qmail-cannot-send-to-recipient", f"{QMAIL_SRC}; {ADMIN}", qmail("b1", A, detail=qm_detail(CANNOT_SEND)),
     hard(A)),
    ("a65b-rs-plain-cannot-send-to-recipient", f"{PLAIN_SRC}; {ADMIN}", pl("b2", CANNOT_SEND), hard(A)),
    ("a65b-rs-plain-no-original-cannot-send-to-recipient", f"{PLAIN_SRC} (no original attached); {ADMIN}",
     pl("b2n", CANNOT_SEND, orig_to=""), hard(A)),
    ("a65b-rs-plain-forwarding-to-recipient-failed", f"{PLAIN_SRC}; {ADMIN}", pl("b3", FWD_FAILED), hard(A)),
    ("a65b-rs-plain-sent-to-recipient-bounced", f"{PLAIN_SRC}; {ADMIN}", pl("b4", SENT_BOUNCED), hard(A)),
    ("a65b-rs-qmail-redirect-loop", f"{QMAIL_SRC}; {ADMIN}; RFC 3463 X.4.6 'routing loop detected'",
     qmail("b5", A, detail=qm_detail(LOOP)), soft(A, (), ANY)),
    ("a65b-rs-exim-two-cannot-send-to-kim", f"{EXIM_SRC}; {ADMIN}",
     ex_two("b6", "550 5.1.1 <lead@partner.example>: Recipient address rejected: User unknown",
            f"550 5.1.1 Cannot send to <{KIM}>. Mailbox does not exist"),
     hard(A) + hard(KIM)),
    ("a65b-rs-qmail-should-be-sent-to", f"{QMAIL_SRC}; {ADMIN}", qmail("b7", A, detail=qm_detail(SHOULD_BE_SENT)),
     hard(A)),
    ("a65b-rs-exim-should-be-sent-to", f"{EXIM_SRC}; {ADMIN}", exim("b8", A, detail=ex_detail(SHOULD_BE_SENT)),
     hard(A)),
    ("a65b-rs-qmail-alternative-address", f"{QMAIL_SRC}; {ADMIN}; RFC 3463 X.1.6",
     qmail("b9", A, detail=qm_detail(ALTERNATIVE)), [(A, True, MOVED, R, False)]),
    ("a65b-rs-exim-office-address", f"{EXIM_SRC}; {ADMIN}", exim("b10", A, detail=ex_detail(OFFICE_ADDR)),
     [(A, True, GONE, R, False)]),
    ("a65b-rs-qmail-contact", f"{QMAIL_SRC}; {ADMIN}", qmail("b11", A, detail=qm_detail(CONTACT)), hard(A)),
    ("a65b-rs-exim-use-instead", f"{EXIM_SRC}; {ADMIN}", exim("b12", A, detail=ex_detail(USE_INSTEAD)), hard(A)),
    ("a65b-rs-qmail-551-please-try", f"{QMAIL_SRC}; {RFC551}", qmail("b13", A, detail=qm_detail(TRY_551)),
     [(A, True, MOVED, R, False)]),
    ("a65b-rs-exim-551-please-try", f"{EXIM_SRC}; {RFC551}", exim("b14", A, detail=ex_detail(TRY_551)),
     [(A, True, MOVED, R, False)]),
    ("a65b-rs-qmail-relocated-has-moved-to", f"{QMAIL_SRC}; {RELOCATED}", qmail("b15", A, detail=qm_detail(RELOC)),
     [(A, True, MOVED, R, False)]),
    ("a65b-rs-exim-wrapped-resend-to", f"{EXIM_SRC}; {ADMIN} (the reply broken at the writer's width)",
     exim("b16", A, detail=ex_detail(WRAPPED)), [(A, True, GONE, R, False)]),
]

# Family 2: 4xx only vs a 5xx present.
GREETING = "Connected to 203.0.113.24 but greeting failed.\nRemote host said: 421 4.3.2 Service not available\n"
U550 = "550 Requested action not taken: mailbox unavailable"
FAMILY_2 = [
    ("a65b-tg-qmail-421-greeting-then-550-unavailable", f"{QMAIL_SRC}; {QREMOTE}; {RFC450}",
     qmail("b20", A, detail=GREETING + qm_detail(U550)), hard(A)),
    ("a65b-tg-exim-451-host-then-550-unavailable", f"{EXIM_SRC}; {RFC450} (Exim lists each host tried)",
     exim("b21", A, detail="host mx2.partner.example [203.0.113.31]: 451 4.3.0 Temporary local problem\n    "
          + ex_detail(U550)), hard(A)),
    ("a65b-tg-qmail-queue-too-long-451-no-such-user", f"{QMAIL_SRC}; {QMAIL_OLD}; vpopmail / qmail-smtpd's 'no such "
     "user' (the house call: a 4xx 'user unknown' given up reads hard)",
     qmail("b22", A, detail=qm_detail("451 4.1.1 No such user here", tail=QMAIL_GAVE_UP)), hard(A)),
    ("a65b-tg-exim-retry-timeout-450-virtual-unknown", f"{EXIM_SRC}; {EXIM_RETRY}; {PFS}",
     exim("b23", A, detail=ex_detail(f"450 4.1.1 <{A}>: Recipient address rejected: User unknown in virtual mailbox "
                                      "table", tail="retry timeout exceeded")), hard(A)),
    ("a65b-tg-exim-550-unavailable-colon-street-number", f"{EXIM_SRC}; {ADMIN}; {RFC450}",
     exim("b24", A, detail=ex_detail("550 Requested action not taken: mailbox unavailable. Our office: 450 Harbour "
                                     "Road, Springfield")), hard(A)),
    ("a65b-tg-qmail-450-unavailable-then-5xx-said-later", f"{QMAIL_SRC}; {QREMOTE}; {RFC450}",
     qmail("b25", A, detail="203.0.113.24 does not like recipient.\nRemote host said: 450 mailbox unavailable\n"
           + qm_detail(U550)), hard(A)),
    ("a65b-tg-ctl-exim-retry-timeout-452-unavailable", f"{EXIM_SRC}; {EXIM_RETRY}; {RFC450}",
     exim("b26", A, detail=ex_detail("452 mailbox unavailable", tail="retry timeout exceeded")), soft(A, (), ANY)),
]

# Family 3: "forged" / "spoofed" about someone else than our sender, or beside a recipient that does not exist.
FAMILY_3 = [
    ("a65b-sf-gmail-mailboxorg-spam-or-forged", f"{GMAIL_SRC}; {MAILBOXORG}",
     g_remote("b30", A, f"550 5.7.1 <{A}>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your "
              "Mail/DNS administrator to correct HELO and DNS MX settings or to get removed from DNSBLs", "5.7.1", MX,
              heading="Message blocked", lead="Your message to {a} has been blocked. See technical details below for "
              "more information."), soft(A, (), ANY)),
    ("a65b-sf-gmail-unknown-and-sender-forged", f"{GMAIL_SRC}; {PFS}; {QSMTP} (an admin's ACL that joins both)",
     g_remote("b31", A, f"550 5.1.1 <{A}>: Recipient address rejected: User unknown in virtual mailbox table; "
              f"sender <{SELLER}> forged", "5.1.1", MX), hard(A)),
    ("a65b-sf-exo-recipient-address-forged-not-exist", f"{EXO_SRC}; {ADMIN}",
     exo_remote("b32", A, f"550 5.1.1 <{A}>: the recipient address is forged or does not exist", "5.1.1", MX),
     hard(A)),
    ("a65b-sf-gmail-spoofed-sender-other-address", f"{GMAIL_SRC}; {MIMECAST_SPOOF}",
     g_remote("b33", A, "550 5.7.1 Spoofed sender detected: message from <ceo@partner.example> rejected", "5.7.1",
              MX, heading="Message blocked", lead="Your message to {a} has been blocked. See technical details below "
              "for more information."), soft(A, (), ANY)),
    ("a65b-sf-exo-dmarc-sender-spoofed", f"{EXO_SRC}; {DMARC}",
     exo_remote("b34", A, "550 5.7.26 DMARC policy violation: sender address is spoofed (From: example.com fails "
                "DMARC)", "5.7.26", MX), soft(A, ("authfailure",), ANY)),
    ("a65b-sf-gmail-forged-possible-causes", f"{GMAIL_SRC}; {ADMIN}",
     g_remote("b35", A, "550 5.7.1 Message refused. Possible causes: the sender is forged, the sending IP is "
              "listed, or the content looks like spam", "5.7.1", MX, heading="Message blocked",
              lead="Your message to {a} has been blocked. See technical details below for more information."),
     soft(A, (), ANY)),
    ("a65b-sf-ctl-qmail-qsmtp-rcpt-no-such-user", f"{QMAIL_SRC}; {QSMTP} (its RCPT answer '550 5.1.1 no such "
     "user <%s>')", qmail("b36", A, detail=qm_detail(f"550 5.1.1 no such user <{A}>")), hard(A)),
]

ROWS = FAMILY_1 + FAMILY_2 + FAMILY_3

# Written with the mends (expectations committed before they ran): the code before an address on a reply's line
# (broken.code_before) where the address is no recipient's or the reply is no missing user, and a label the mend
# added ("contact address is:").
MEND_ROWS = [
    ("a65b-mend-plain-user-unknown-resend-to-info", f"{PLAIN_SRC}; {ADMIN}",
     pl("m1", "550 5.1.1 User unknown; please resend to <info@partner.example>"), hard(A)),
    ("a65b-mend-plain-message-to-lead-rejected-spam", f"{PLAIN_SRC}; {ADMIN} (a content filter's refusal)",
     pl("m2", f"550 5.7.1 Message to <{A}> rejected: spam content detected"), soft(A, (), ANY)),
    ("a65b-mend-plain-delivery-to-lead-failed-full", f"{PLAIN_SRC}; Dovecot's 'Quota exceeded (mailbox for user is "
     "full)', RFC 3463 X.2.2", pl("m3", f"552 5.2.2 Delivery to <{A}> failed: mailbox full"),
     soft(A, ("mailboxfull",), R)),
    ("a65b-mend-exim-contact-address-is", f"{EXIM_SRC}; {ADMIN}",
     exim("m4", A, detail=ex_detail("550 5.1.1 No such user. Our contact address is: <hello@partner.example>")),
     hard(A)),
]
