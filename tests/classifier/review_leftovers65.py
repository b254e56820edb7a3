"""Leftovers 65: hand-made rows for five misreadings earlier reviews found and LEFT (a strict xfail or a docstring
note), each in another server's layout or wording than the row that found it, with controls that must keep their
reading. Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from the servers' words and
shared/classifier/taxonomy.md BEFORE any mend (committed first). Names "lo65-<item>-<what>".

1. allow: a recipient-absence verdict beside a help note about OUR address and the recipient's allow list / whitelist
   (audit64's a64m-pf-unknown-user-whitelist-control: read blocked, the sender's, a lost hard).
2. moved: one entry's reply ending "has moved to <place>:" / "(relocated to ...):" given to the NEXT entry of the list
   (audit64's three _BLEED rows: formats/broken.reply_above took a reply ending in a colon above a bare address).
3. contact: a list manager's contact address alone on its line after "please contact the list owners:" read as the
   failed recipient (lists63's invariance entries: LISTSERV's owners' address under a width).
4. cut: a labelled recipient whose domain a width or a template cut to its first label ("t.vik@vik-skips" for the
   original's t.vik@vik-skips.example: formats63's strict xfail); a bare "To:" label naming the To's first name
   stopped the lone-To guess (audit63's wider label).
5. route: qmail-remote's perm_dns naming a host UNDER the recipient's domain (our smtproutes route to their old MX:
   audit64's a64-qmail-route-to-their-old-mx, a false hard)."""

from __future__ import annotations

from tests.classifier.review_audit64 import no_host
from tests.classifier.review_holdout50 import ANY, R, S, UU, exo_remote, ex_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, EXO_SRC, POSTFIX_SRC, QMAIL_SRC, SELLER, qmail
from tests.classifier.review_holds58_layouts import plain
from tests.classifier.review_layouts40_layouts import labelled
from tests.classifier.review_lists63_layouts import LISTSERV_AUTH

NB: list[tuple] = []
DATE = "Mon, 7 Dec 2026 10:00:00 +0000"


def hard(a: str, reasons: tuple = UU) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def exim_list(rid: str, entries: list[tuple[str, str, str]]) -> bytes:
    """Exim's bounce listing several failed addresses, each with its host and reply (deliver.c: two spaces before the
    address, four before its lines)."""
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n")
    for a, mx, reply in entries:
        body += f"  {a}\n    host {mx} [203.0.113.25]\n    SMTP error from remote mail server after RCPT TO:<{a}>:\n"
        body += f"    {reply}\n"
    tos = ", ".join(a for a, _, _ in entries)
    body += ("\n------ This is a copy of the message, including all the headers. ------\n\n"
             f"Return-path: <{SELLER}>\nFrom: Sam Seller <{SELLER}>\nTo: {tos}\nSubject: Quick question\n"
             f"Message-ID: <lo65-{rid}@example.com>\n\nHello.\n")
    host = "mx1.example-hosting.net"
    return (f"Return-path: <>\nFrom: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {SELLER}\n"
            f"X-Failed-Recipients: {tos}\nSubject: Mail delivery failed: returning message to sender\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <E1v8Xz{rid}@{host}>\nDate: {DATE}\n\n" + body).encode()


def qmail_list(rid: str, entries: list[tuple[str, str]]) -> bytes:
    """qmail-send's bounce listing several addresses, as a gateway that drops blank lines passes it on (the entries run
    together: the invariance grid's blank-line transform does the same)."""
    host = "mail.example-isp.net"
    body = (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n")
    body += "".join(f"<{a}>:\n{detail}\n" for a, detail in entries)
    tos = ", ".join(a for a, _ in entries)
    body += (f"\n--- Below this line is a copy of the message.\n\nReturn-Path: <{SELLER}>\nFrom: Sam Seller <{SELLER}>\n"
             f"To: {tos}\nSubject: Quick question\nMessage-ID: <lo65-{rid}@example.com>\n\nHello.\n")
    return (f"Return-Path: <>\nFrom: MAILER-DAEMON@{host}\nTo: {SELLER}\nDate: {DATE}\n"
            f"Subject: failure notice\nMessage-ID: <1760433164.{rid}.qmail@{host}>\n\n" + body).encode()


# ---- 1. allow: a missing recipient beside a help note about our address and the allow list ---------------------------
DAHL, DAHL_MX = "h.dahl@dahl-marine.example", "mx.dahl-marine.example"
EXIM_ACL = "Exim ACL 'deny message = ...' (the admin's own text; Exim spec 'Access control lists')"
PF_ACCESS = "Postfix access(5) 'REJECT optional text...' (the admin's own text)"
EXO_RULE = ("Exchange Online: a receiving tenant's mail flow rule 'Reject the message with the explanation' (the admin's "
            "own text after the code; learn.microsoft.com 'Mail flow rule actions in Exchange Online')")
NOTE = ("the absence words name the recipient; the note about OUR address and the list is the server's help line (as "
        "audit64's a64-allow-pf-user-unknown-help-line)")
ALLOW_ROWS = [
    ("lo65-allow-exim-user-unknown-whitelist-note", f"{EXIM_SRC}; {EXIM_ACL}: 'User unknown' with a note in "
     f"parentheses, no status; {NOTE}",
     ex_remote("lo65a1", DAHL, "550 User unknown (note: your address is not listed on our whitelist)", DAHL_MX),
     hard(DAHL)),
    ("lo65-allow-exo-unknown-recipient-whitelist-note", f"{EXO_SRC}; {EXO_RULE}: 'Unknown recipient - note: ...'; {NOTE}",
     exo_remote("lo65a2", "s.holm@holm-bygg.example", "550 5.1.1 Unknown recipient - note: your address is not listed "
                "on our whitelist", "5.1.1", "holm-bygg-example.mail.protection.outlook.com"),
     hard("s.holm@holm-bygg.example")),
    ("lo65-allow-ctl-pf-not-listed-unknown-senders", f"{POSTFIX_SRC}; {PF_ACCESS}: our address off the whitelist, "
     "'unknown senders' (the sender is what is unknown): the refusal stays the sender's",
     pf_remote("lo65a3", "k.rask@rask-sag.example", "554 5.7.1 <k.rask@rask-sag.example>: Recipient address rejected: "
               "your address is not listed on our whitelist; unknown senders are refused", "5.7.1",
               "mx.rask-sag.example"), soft("k.rask@rask-sag.example", (), S)),
    ("lo65-allow-ctl-exim-not-listed-no-absence", f"{EXIM_SRC}; {EXIM_ACL}: our address off the whitelist, no absence "
     "words: the sender's",
     ex_remote("lo65a4", "b.sand@sand-fisk.example", "550 5.7.1 Your e-mail address is not listed on our whitelist. "
               "Mail from unknown senders is not accepted", "mx.sand-fisk.example"),
     soft("b.sand@sand-fisk.example", (), S)),
]

# ---- 2. moved: one entry's "has moved ... :" reply given to the next entry ------------------------------------------
VIK, LIND = "t.vik@vik-skips.example", "e.lind@lind-vaerk.example"
MOVED = "taxonomy.md hasmoved ('has moved', 'no longer at this address'): a remote's reply naming a move"
SPAM = "taxonomy.md spamdetected ('5.7.1 with spam wording'): the second server refused the message as spam"
MOVED_ROWS = [
    ("lo65-moved-exim-then-spam", f"{EXIM_SRC}; {MOVED}; {SPAM}: the first entry's reply ends 'Norway:', the second "
     "entry's own reply a spam refusal (a FALSE HARD if the move is lent to it)",
     exim_list("m1", [(VIK, "mx.vik-skips.example", "550 5.1.6 Tore Vik has moved to our office in Tromso, Norway:"),
                      (LIND, "mx.lind-vaerk.example", "550 5.7.1 Message rejected as spam by Content Filtering.")]),
     hard(VIK, ()) + soft(LIND, ("spamdetected",))),
    ("lo65-moved-qmail-relocated-then-spam", f"{QMAIL_SRC} (blank lines dropped by a gateway); {MOVED}; {SPAM}: "
     "'(relocated to Tromso):' above the next '<address>:' entry",
     qmail_list("m2", [(VIK, "203.0.113.25 does not like recipient.\nRemote host said: 551 5.1.6 Recipient no longer "
                             "at this address (relocated to Tromso):"),
                       (LIND, "203.0.113.40 does not like recipient.\nRemote host said: 550 5.7.1 Message rejected as "
                              "spam\nGiving up on 203.0.113.40.")]),
     hard(VIK, ()) + soft(LIND, ("spamdetected",))),
    ("lo65-moved-exim-then-no-such-user", f"{EXIM_SRC}; {MOVED}: the second entry's own 'No such user here' "
     "(cPanel's Exim ACL) keeps its own reason",
     exim_list("m3", [(VIK, "mx.vik-skips.example", "551 5.1.6 Recipient no longer at this address (relocated to "
                            "Tromso):"), (LIND, "mx.lind-vaerk.example", "550 No such user here")]),
     hard(VIK, ()) + hard(LIND)),
    ("lo65-moved-ctl-exim-one-entry", f"{EXIM_SRC}; {MOVED}: one entry, its own reply ending in a colon: hasmoved",
     exim_list("m4", [(VIK, "mx.vik-skips.example", "550 5.1.6 Tore Vik has moved to our office in Tromso, Norway:")]),
     hard(VIK, ("hasmoved",))),
    ("lo65-moved-ctl-reply-above-address", "Apache James Bounce mailet ('Error message below:' then the reply, a width "
     "breaking it after its colon before the address; tests/classifier/test_broken.py's shape): the reply above is "
     "the address's own",
     plain("lo65m5", "Mail Delivery System <mailer-daemon@mail.example-isp.net>", "Undelivered Mail",
           "Hi. This is the James mail server at mail.example-isp.net.\nI'm afraid I wasn't able to deliver your "
           f"message to the following addresses.\n\nError message below:\n550 5.1.1 No such mailbox:\n{VIK}\n",
           orig_to=VIK), hard(VIK)),
]

# ---- 3. contact: a list manager's contact address alone on a wrapped line -------------------------------------------
KL = "lists.kvarn-trade.example"
LS_FROM = f"\"L-Soft list server at LISTS.KVARN-TRADE.EXAMPLE (17.0)\" <LISTSERV@{KL}>"
LS_TEXT = (f"You are not authorized to send mail to the BUYERS list from your\n{SELLER} account. You might be "
           "authorized to send to the list from\nanother of your accounts, or perhaps when using another mail program\n"
           "which generates slightly different addresses, but LISTSERV has no\nway to associate this other account or "
           "address with yours. If you need\nassistance or if you have any question regarding the policy of the\n"
           "BUYERS list, please contact the list owners:\nBUYERS-request@LISTS.KVARN-TRADE.EXAMPLE.\n")
MAJORDOMO = ("Majordomo 2 / list server 'restrict_post' refusal (the list's owner address given for questions; "
             "majordomo.8 'owner-<list>' / '<list>-owner' aliases)")
CONTACT_ROWS = [
    ("lo65-contact-listserv-owners-wrapped", f"{LISTSERV_AUTH} (the owners' address alone on its line, as a width "
     "of 50 puts it)",
     plain("lo65c1", LS_FROM, f"Rejected posting to BUYERS@{KL.upper()}", LS_TEXT, orig_to=f"buyers@{KL}"),
     soft(f"buyers@{KL}")),
    ("lo65-contact-list-owner-indented", f"{MAJORDOMO}: 'please write to the list owner:' / the -owner address "
     "indented on its own line",
     plain("lo65c2", f"Majordomo <majordomo@{KL}>", "Rejected posting to buyers",
           "Your message to the buyers list was not accepted: only members may post.\nFor questions about this list, "
           f"please write to the list owner:\n  buyers-owner@{KL}\n", orig_to=f"buyers@{KL}"), soft(f"buyers@{KL}")),
    ("lo65-contact-ctl-could-not-contact-server", "Postfix-like prose ('I could not contact the mail server of the "
     "following recipient:'): a failure sentence with 'contact', the address under it the failed recipient",
     plain("lo65c3", "Mail Delivery System <mailer-daemon@mail.example-isp.net>", "Undelivered Mail Returned to Sender",
           "This is the mail system at host mail.example-isp.net.\n\nI could not contact the mail server of the "
           f"following recipient:\n{VIK}\n\nThe connection timed out; I have given up.\n", orig_to=VIK), soft(VIK)),
    ("lo65-contact-ctl-help-desk-then-failed", "a site's own prose notice: a help desk named inside a sentence, then "
     "'Failed recipient:' with the address below: the recipient",
     plain("lo65c4", "Mail Delivery System <mailer-daemon@mail.example-isp.net>", "Undeliverable",
           "Your message could not be delivered. If you have questions, please contact\nour help desk at "
           f"helpdesk@example-isp.net.\n\nFailed recipient:\n{VIK}\nReason: 550 5.1.1 User unknown\n", orig_to=VIK),
     hard(VIK)),
]

# ---- 4. cut: a labelled recipient's domain cut to its first label; a bare "To:" naming the To's first name ----------
TV = f"Tore Vik <{VIK}>"
LB = "labelled prose notice (Gromox data/local_bounce shape, review_layouts40_layouts.labelled)"
CUT = ("the domain cut to its first label (a template or width cutting 'vik-skips.example'): the original's one "
       "recipient with that local part and a domain starting with that label")
CUT_ROWS = [
    ("lo65-cut-de-empfaenger", f"{LB}; German 'Empfänger:'; {CUT}",
     labelled("lo65k1", "Unzustellbar: Kurze Frage", "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: "
              "t.vik@vik-skips\nGrund: 550 5.1.1 Benutzer unbekannt\n", to=TV), hard(VIK)),
    ("lo65-cut-plain-original-recipient", f"a site's own prose notice ('Original recipient:' line, the original "
     f"attached); {CUT}",
     plain("lo65k2", "Mail Delivery System <mailer-daemon@mail.vik-skips.example>", "Undeliverable: Quick question",
           "Delivery to the following recipient failed permanently.\n\nOriginal recipient: t.vik@vik-skips\n"
           "Reason: 550 5.1.1 User unknown\n", orig_to=TV), hard(VIK)),
    ("lo65-cut-ctl-other-login", f"{LB}: another login at the cut domain ('k.lund@vik-skips', a forward's target the "
     "original never named): never the To",
     labelled("lo65k3", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: "
              "k.lund@vik-skips\nReason: 550 5.1.1 User unknown\n", to=TV), hard("k.lund@vik-skips")),
    ("lo65-cut-ctl-other-host", f"{LB}: the To's login at another dotless host ('t.vik@mailhost', no label of the To's "
     "domain): not mapped onto the To",
     labelled("lo65k4", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: "
              "t.vik@mailhost\nReason: 550 5.1.1 User unknown\n", to=TV), hard("t.vik@mailhost")),
    ("lo65-cut-to-label-first-name", f"{LB}: 'To: Tore', the lone To's own first name from its display name (no "
     "other login): the lone To still guessed",
     labelled("lo65k5", "Undeliverable: Quick question", "Your message could not be delivered.\n\nTo: Tore\n"
              "Reason: 550 5.1.1 User unknown\n", to=TV), hard(VIK)),
    ("lo65-cut-ctl-to-label-other-first-name", f"{LB}: 'To: Karin', a first name that is none of the To's (a "
     "colleague's copy, as audit63's a63-name-to-label): no guess",
     labelled("lo65k6", "Undeliverable: Quick question", "Your message could not be delivered.\n\nTo: Karin\n"
              "Reason: 550 5.1.1 User unknown\n", to=TV), NB),
]

# ---- 5. route: qmail's perm_dns naming a host under the recipient's domain ------------------------------------------
QMAIL_PERM_DNS = ("notqmail qmail-remote.c: host = argv[1] (the recipient's domain as qmail-send passed it) unless "
                  "control/smtproutes maps it to a relay; perm_dns prints 'Sorry, I couldn't find any host named "
                  "<host>. (#5.1.2)' for that host (an MX host without an address gives perm_nomx #5.4.4 instead)")
ROUTE_ROWS = [
    ("lo65-route-qmail-under-domain", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: 'mail2.olsen-fisk.example' is under the "
     "recipient's domain, never the domain itself: a relay from smtproutes, the prospect's domain not looked up",
     qmail("lo65r1", "r.olsen@olsen-fisk.example", detail=no_host("mail2.olsen-fisk.example")),
     soft("r.olsen@olsen-fisk.example")),
    ("lo65-route-qmail-two-labels-under", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: two labels under the recipient's domain",
     qmail("lo65r2", "k.dal@dal-tre.example", detail=no_host("old.mx.dal-tre.example")), soft("k.dal@dal-tre.example")),
    ("lo65-route-ctl-qmail-own-domain", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: the recipient's own domain: missing, hard",
     qmail("lo65r3", "k.dal@dal-tre.example", detail=no_host("dal-tre.example")),
     hard("k.dal@dal-tre.example", ("hostunknown",))),
    ("lo65-route-ctl-qmail-own-subdomain-address", f"{QMAIL_SRC}; {QMAIL_PERM_DNS}: the recipient's domain is itself a "
     "subdomain ('mail.dal-tre.example') and is named: hard",
     qmail("lo65r4", "k.dal@mail.dal-tre.example", detail=no_host("mail.dal-tre.example")),
     hard("k.dal@mail.dal-tre.example", ("hostunknown",))),
]

ROWS = ALLOW_ROWS + MOVED_ROWS + CONTACT_ROWS + CUT_ROWS + ROUTE_ROWS

# ---- written AFTER the mends: controls of their edges, each reading the same without them ---------------------------
MEND_ROWS = [
    ("lo65-mend-ctl-cut-two-fit", f"{LB}; {CUT}, but two recipients of the original fit ('t.vik@vik-skips.example' "
     "and 't.vik@vik-skips.no'): which one failed cannot be told, neither is marked",
     labelled("lo65n1", "Undeliverable: Quick question", "Your message could not be delivered.\n\nRecipient: "
              "t.vik@vik-skips\nReason: 550 5.1.1 User unknown\n", to=f"{TV}, Tore Vik <t.vik@vik-skips.no>"),
     hard("t.vik@vik-skips")),
    ("lo65-mend-ctl-to-first-name-with-cc", f"{LB}: 'To: Tore' but the original went to a Cc too (review 85: no "
     "lone-To guess beside another recipient)",
     labelled("lo65n2", "Undeliverable: Quick question", "Your message could not be delivered.\n\nTo: Tore\n"
              "Reason: 550 5.1.1 User unknown\n", to=TV, cc="Karin Lund <k.lund@vik-skips.example>"), NB),
    ("lo65-mend-ctl-reply-above-own-intro", "a site's own prose notice naming the address in its intro, then the "
     "reply broken after its colon before the address (Apache James's shape): the reply is the address's own",
     plain("lo65n3", "Mail Delivery System <mailer-daemon@mail.example-isp.net>", "Undelivered Mail",
           f"Delivery to <{VIK}> failed permanently.\n550 5.1.1 No such mailbox:\n{VIK}\n", orig_to=VIK), hard(VIK)),
]
