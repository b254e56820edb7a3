"""Review multi57's second half (see review_multi57.py, whose ROWS ends with MORE): qmail, Courier, Exchange
2013/2016, Gmail, Domino, GroupWise and two more Postfix layouts, each naming several recipients with different
outcomes. Expectations written before the classifier ran on them. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_multi57_layouts import (ANY, BLOCK, COURIER_SRC, D, DOMINO_SRC, EXCH_SRC, EXIM_SRC, FULL,
                                                     GMAIL_SRC, GONE, GW_SRC, H, HU, OURIP, POSTFIX_SRC, QMAIL_SRC, S,
                                                     UU, block, courier, domino, exchange, exim, exim_delay,
                                                     exim_entry, gmail, groupwise, postfix, qmail, qmail_remote, Sf,
                                                     xblock)


GREY = "Postgrey's default reply ('450 4.2.0 Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/')"
EXAPP = ("Exim appendfile quota ('mailbox is full (MTA-imposed quota exceeded while writing to ...)') and "
         "Exim 'retry timeout exceeded' / 'Unrouteable address' (deliver.c, route.c)")
QLOCAL = "qmail-lspawn / qmail-local ('Sorry, no mailbox here by that name. (#5.1.1)')"
QDNS = "qmail-remote.c ('Sorry, I couldn't find any host named %s. (#5.1.2)')"
QOLD = "qmail-send.c ('I'm not going to try again; this message has been in the queue too long.')"
CHK = "chkuser 2.0 chkuser_settings.h ('511 sorry, no mailbox here by that name (#5.1.1 - chkuser)')"
BARRA = "Barracuda '550 permanent failure for one or more recipients (%s:blocked)' (smtp.codes/550, Barracuda docs)"
EXO = "learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (5.1.10, 5.7.606, 4.4.7)"
EX_UNKNOWN = ("The email address you entered couldn't be found. Please check the recipient's email address and try to "
              "resend the message. If the problem continues, please contact your helpdesk.")
EX_FULL = ("The recipient's mailbox is full and can't accept messages now. Please try resending your message later, "
           "or contact the recipient directly.")
EX_PROBLEM = ("A problem occurred while delivering this message to this email address. Try sending this message again. "
              "If the problem continues, please contact your helpdesk.")
NOSUCH = ("550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking "
          "the recipient's email address for typos or unnecessary spaces. 550 5.1.1 "
          "https://support.google.com/mail/?p=NoSuchUser")
DIR = "not listed in Domino Directory"

# -------------------------------------------------------------------------------------------------------------- qmail
QMAIL_ROWS = [
    ("m57-qmail-three", f"{QMAIL_SRC}; {QLOCAL}; {QDNS}; Dovecot LMTP quota text behind qmail-remote",
     qmail("q1", [("ines@saragossa-vinos.es", "Sorry, no mailbox here by that name. (#5.1.1)"),
                  ("marta@rioja-barricas.es", qmail_remote("203.0.113.160", "552 5.2.2 <marta@rioja-barricas.es> Quota "
                                                           "exceeded (mailbox for user is full)")),
                  ("pablo@tinto-export.example", "Sorry, I couldn't find any host named tinto-export.example. "
                   "(#5.1.2)")],
           orig_to="ines@saragossa-vinos.es, marta@rioja-barricas.es, pablo@tinto-export.example",
           host="mail.saragossa-vinos.es"),
     [H("ines@saragossa-vinos.es"), Sf("marta@rioja-barricas.es", FULL), H("pablo@tinto-export.example", HU)]),
    ("m57-qmail-al-val-blocked", f"{QMAIL_SRC}; {CHK}; {BARRA}",
     qmail("q2", [("val@orchard-grove.com.au", qmail_remote("203.0.113.170", "511 sorry, no mailbox here by that name "
                                                            "(#5.1.1 - chkuser)")),
                  ("al@orchard-grove.com.au", qmail_remote("203.0.113.171", "550 permanent failure for one or more "
                                                           "recipients (al@orchard-grove.com.au:blocked)"))],
           orig_to="Val Kerr <val@orchard-grove.com.au>, Al Kerr <al@orchard-grove.com.au>"),
     [H("val@orchard-grove.com.au"), Sf("al@orchard-grove.com.au", ("blocked", "filtered", "policyviolation",
                                                                    "rejected", "spamdetected"), ANY)]),
    ("m57-qmail-plus-and-plain-queue-too-long", f"{QMAIL_SRC}; {QOLD}; Postfix smtpd_check.c user unknown",
     qmail("q3", [("sam+news@westbury-press.co.uk", qmail_remote("203.0.113.180", "550 5.1.1 "
                                                                "<sam+news@westbury-press.co.uk>: Recipient address "
                                                                "rejected: User unknown in virtual mailbox table")),
                  ("sam@westbury-press.co.uk", "203.0.113.180 does not like recipient.\nRemote host said: 452 4.2.2 "
                   "<sam@westbury-press.co.uk>: Mailbox full\nI'm not going to try again; this message has been in "
                   "the queue too long.")],
           orig_to="sam+news@westbury-press.co.uk, sam@westbury-press.co.uk"),
     [H("sam+news@westbury-press.co.uk"), Sf("sam@westbury-press.co.uk", FULL + GONE)]),
    ("m57-qmail-four-same-local", f"{QMAIL_SRC}; {QLOCAL}; {CHK}; {QDNS}; Yahoo '554 delivery error: dd This user "
     "doesn't have a yahoo.com account' (help.yahoo.com SLN3444)",
     qmail("q4", [("info@delta-marine.gr", "Sorry, no mailbox here by that name. (#5.1.1)"),
                  ("info@delta-marine.com.cy", qmail_remote("203.0.113.190", "552 sorry, mailbox full (#5.2.2 - "
                                                            "chkuser)")),
                  ("info@delta-marine.example", "Sorry, I couldn't find any host named delta-marine.example. "
                   "(#5.1.2)"),
                  ("deltamarine.info@yahoo.com", qmail_remote("67.195.204.72", "554 delivery error: dd This user "
                                                              "doesn't have a yahoo.com account "
                                                              "(deltamarine.info@yahoo.com) [0] - mta1042.mail.gq1."
                                                              "yahoo.com"))],
           orig_to="info@delta-marine.gr, info@delta-marine.com.cy, info@delta-marine.example, "
                   "deltamarine.info@yahoo.com", host="mail.delta-marine.gr"),
     [H("info@delta-marine.gr"), Sf("info@delta-marine.com.cy", FULL), H("info@delta-marine.example", HU),
      H("deltamarine.info@yahoo.com")]),
    ("m57-qmail-ed-ted-four", f"{QMAIL_SRC}; {QLOCAL}; {CHK}; {BARRA}",
     qmail("q5", [("ted@kinross-estates.co.uk", "Sorry, no mailbox here by that name. (#5.1.1)"),
                  ("ed@kinross-estates.co.uk", "Sorry, no mailbox here by that name. (#5.1.1)"),
                  ("edwin@kinross-lets.co.uk", qmail_remote("203.0.113.254", "552 sorry, mailbox full (#5.2.2 - "
                                                            "chkuser)")),
                  ("ted@kinross-lets.co.uk", qmail_remote("203.0.113.255", "550 permanent failure for one or more "
                                                          "recipients (ted@kinross-lets.co.uk:blocked)"))],
           orig_to="ted@kinross-estates.co.uk, ed@kinross-estates.co.uk, edwin@kinross-lets.co.uk, "
                   "ted@kinross-lets.co.uk", host="mail.kinross-estates.co.uk"),
     [H("ted@kinross-estates.co.uk"), H("ed@kinross-estates.co.uk"), Sf("edwin@kinross-lets.co.uk", FULL),
      Sf("ted@kinross-lets.co.uk", ("blocked", "filtered", "policyviolation", "rejected", "spamdetected"), ANY)]),
]

# ------------------------------------------------------------------------------------------------------------ Courier
CO = "mx.kestrel-optics.com [203.0.113.200]"
COURIER_ROWS = [
    ("m57-courier-three", f"{COURIER_SRC}; Postfix smtpd_check.c user unknown and reject_unauth_destination; Dovecot "
     "LMTP quota",
     courier("c1", [("e.marsh@kestrel-optics.com", CO, "550 5.1.1 <e.marsh@kestrel-optics.com>: Recipient address "
                     "rejected: User unknown in virtual mailbox table"),
                    ("o.marsh@kestrel-optics.com", CO, "552 5.2.2 <o.marsh@kestrel-optics.com> Quota exceeded (mailbox "
                     "for user is full)"),
                    ("marsh@kestrel-lenses.com", "mx.kestrel-lenses.com [203.0.113.201]", "554 5.7.1 "
                     "<marsh@kestrel-lenses.com>: Relay access denied")],
             [block("e.marsh@kestrel-optics.com", "failed", "5.0.0", "550 5.1.1 <e.marsh@kestrel-optics.com>: "
                    "Recipient address rejected: User unknown in virtual mailbox table", remote=CO),
              block("o.marsh@kestrel-optics.com", "failed", "5.0.0", "552 5.2.2 <o.marsh@kestrel-optics.com> Quota "
                    "exceeded (mailbox for user is full)", remote=CO),
              block("marsh@kestrel-lenses.com", "failed", "5.0.0", "554 5.7.1 <marsh@kestrel-lenses.com>: Relay access "
                    "denied", remote="mx.kestrel-lenses.com [203.0.113.201]")],
             orig_to="e.marsh@kestrel-optics.com, o.marsh@kestrel-optics.com, marsh@kestrel-lenses.com"),
     [H("e.marsh@kestrel-optics.com"), Sf("o.marsh@kestrel-optics.com", FULL),
      Sf("marsh@kestrel-lenses.com", ("norelaying",), ANY)]),
    ("m57-courier-delayed-two", f"{COURIER_SRC} ('DELAYS IN DELIVERING YOUR MESSAGE', 'WARNING: delayed mail.'); "
     "Postgrey's greylisting reply",
     courier("c2", [("y.kim@hanbit-steel.kr", "mx.hanbit-steel.kr [203.0.113.210]", "450 4.2.0 "
                     "<y.kim@hanbit-steel.kr>: Recipient address rejected: Greylisted"),
                    ("j.lee@hanbit-steel.kr", "mx.hanbit-steel.kr [203.0.113.210]", "450 4.2.0 "
                     "<j.lee@hanbit-steel.kr>: Recipient address rejected: Greylisted")],
             [block("y.kim@hanbit-steel.kr", "delayed", "4.0.0", "450 4.2.0 <y.kim@hanbit-steel.kr>: Recipient address "
                    "rejected: Greylisted", remote="mx.hanbit-steel.kr [203.0.113.210]"),
              block("j.lee@hanbit-steel.kr", "delayed", "4.0.0", "450 4.2.0 <j.lee@hanbit-steel.kr>: Recipient address "
                    "rejected: Greylisted", remote="mx.hanbit-steel.kr [203.0.113.210]")],
             orig_to="y.kim@hanbit-steel.kr, j.lee@hanbit-steel.kr", delayed=True),
     [D("y.kim@hanbit-steel.kr"), D("j.lee@hanbit-steel.kr")]),
]

# ----------------------------------------------------------------------------------------------------------- Exchange
NW = "northwind-traders.com"
RNF = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
EXCH_ROWS = [
    ("m57-exch-al-sal-names", f"{EXCH_SRC}; {EXO} (5.1.10); Exchange '552 5.2.2 STOREDRV.Deliver; mailbox full'",
     exchange("x1", [("Al Moreno", f"al@{NW}", EX_UNKNOWN, RNF),
                     ("Sal Moreno", f"sal@{NW}", EX_FULL, "552 5.2.2 STOREDRV.Deliver; mailbox full")],
              [xblock(f"al@{NW}", "5.1.10", RNF, "Al Moreno"),
               xblock(f"sal@{NW}", "5.2.2", "552 5.2.2 STOREDRV.Deliver; mailbox full", "Sal Moreno")],
              orig_to=f"Al Moreno <al@{NW}>, Sal Moreno <sal@{NW}>"),
     [H(f"al@{NW}"), Sf(f"sal@{NW}", FULL)]),
    ("m57-exch-display-name-is-other-address", f"{EXCH_SRC}; {EXO} (5.1.10) (al@'s contact card carries sal@'s "
     "address as its display name: Outlook shows an address-only contact so)",
     exchange("x2", [(f"sal@{NW}", f"al@{NW}", EX_UNKNOWN, RNF),
                     (None, f"sal@{NW}", EX_FULL, "552 5.2.2 STOREDRV.Deliver; mailbox full")],
              [xblock(f"al@{NW}", "5.1.10", RNF, f"sal@{NW}"),
               xblock(f"sal@{NW}", "5.2.2", "552 5.2.2 STOREDRV.Deliver; mailbox full")],
              orig_to=f"'sal@{NW}' <al@{NW}>, sal@{NW}"),
     [H(f"al@{NW}"), Sf(f"sal@{NW}", FULL)]),
    ("m57-exch-unknown-banned-ip-access-denied", f"{EXCH_SRC}; {EXO} (5.1.10, 5.7.606); EOP's '550 5.4.1 Recipient "
     "address rejected: Access denied' (directory-based edge blocking, holdout 50's EOP row)",
     exchange("x3", [(None, "r.delacroix@fenmoor-group.com", EX_UNKNOWN, RNF),
                     (None, "m.aubert@lyon-textile.fr", EX_PROBLEM, "550 5.7.606 Access denied, banned sending IP "
                      f"[{OURIP}]. To request removal from this list please visit https://sender.office.com/ and "
                      "follow the directions."),
                     (None, "c.roux@lyon-textile.fr", EX_PROBLEM, "550 5.4.1 Recipient address rejected: Access "
                      "denied. For more information see https://aka.ms/EXOSmtpErrors [DB5EUR03FT045.eop-EUR03.prod."
                      "protection.outlook.com]")],
              [xblock("r.delacroix@fenmoor-group.com", "5.1.10", RNF),
               xblock("m.aubert@lyon-textile.fr", "5.7.606", f"550 5.7.606 Access denied, banned sending IP [{OURIP}]"),
               xblock("c.roux@lyon-textile.fr", "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. For more "
                      "information see https://aka.ms/EXOSmtpErrors")],
              orig_to="r.delacroix@fenmoor-group.com, m.aubert@lyon-textile.fr, c.roux@lyon-textile.fr"),
     [H("r.delacroix@fenmoor-group.com"), Sf("m.aubert@lyon-textile.fr", BLOCK, S), H("c.roux@lyon-textile.fr")]),
    ("m57-exch-group-expanded", f"{EXCH_SRC} (a distribution group expanded: Original-Recipient the group, "
     "Final-Recipient the member); Exchange 'RESOLVER.ADR.RecipNotFound' / 'STOREDRV.Deliver; mailbox full'",
     exchange("x4", [(None, "ben.ito@osaka-parts.jp", EX_UNKNOWN, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
                     (None, "aya.ito@osaka-parts.jp", EX_FULL, "552 5.2.2 STOREDRV.Deliver; mailbox full")],
              [xblock("ben.ito@osaka-parts.jp", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                      orcpt="buyers@osaka-parts.jp"),
               xblock("aya.ito@osaka-parts.jp", "5.2.2", "552 5.2.2 STOREDRV.Deliver; mailbox full",
                      orcpt="buyers@osaka-parts.jp")],
              orig_to="buyers@osaka-parts.jp"),
     [H("ben.ito@osaka-parts.jp"), Sf("aya.ito@osaka-parts.jp", FULL)]),
    ("m57-exch-four-with-expiry", f"{EXCH_SRC}; {EXO} (5.1.10, 4.4.7 'QUEUE.Expired'); Exchange mailbox full; Yahoo "
     "user unknown (help.yahoo.com SLN3444)",
     exchange("x5", [("Priya Raman", "Priya.Raman@Quarryside.com", EX_UNKNOWN, RNF),
                     ("Priya Raman (personal)", "priya.raman@yahoo.com", EX_PROBLEM, "554 delivery error: dd This user "
                      "doesn't have a yahoo.com account (priya.raman@yahoo.com) [0] - mta1042.mail.gq1.yahoo.com"),
                     (None, "raman@quarryside.co.in", EX_PROBLEM, "550 4.4.7 QUEUE.Expired; message expired"),
                     (None, "p.raman@quarryside.com", EX_FULL, "552 5.2.2 STOREDRV.Deliver; mailbox full")],
              [xblock("Priya.Raman@Quarryside.com", "5.1.10", RNF, "Priya Raman"),
               xblock("priya.raman@yahoo.com", "5.0.0", "554 delivery error: dd This user doesn't have a yahoo.com "
                      "account (priya.raman@yahoo.com) [0] - mta1042.mail.gq1.yahoo.com", "Priya Raman (personal)"),
               xblock("raman@quarryside.co.in", "4.4.7", "550 4.4.7 QUEUE.Expired; message expired"),
               xblock("p.raman@quarryside.com", "5.2.2", "552 5.2.2 STOREDRV.Deliver; mailbox full")],
              orig_to="Priya Raman <Priya.Raman@Quarryside.com>, priya.raman@yahoo.com, raman@quarryside.co.in, "
                      "p.raman@quarryside.com"),
     [H("priya.raman@quarryside.com"), H("priya.raman@yahoo.com"), Sf("raman@quarryside.co.in", GONE, ANY),
      Sf("p.raman@quarryside.com", FULL)]),
    ("m57-exch-group-restricted-and-unknown", f"{EXCH_SRC}; {EXO} (5.1.10; 5.7.133 'RESOLVER.RST.SenderNotAuthenticated"
     "ForGroup; authentication required; Delivery restriction check failed as sender not authenticated': the group "
     "takes only its organisation's senders)",
     exchange("x6", [(None, "allstaff@tidemark-logistics.com", EX_PROBLEM, "550 5.7.133 RESOLVER.RST.SenderNotAuthenticated"
                      "ForGroup; authentication required; Delivery restriction check failed as sender not authenticated"),
                     (None, "staff@tidemark-logistics.com", EX_UNKNOWN, RNF)],
              [xblock("allstaff@tidemark-logistics.com", "5.7.133", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticated"
                      "ForGroup; authentication required; Delivery restriction check failed as sender not authenticated"),
               xblock("staff@tidemark-logistics.com", "5.1.10", RNF)],
              orig_to="allstaff@tidemark-logistics.com, staff@tidemark-logistics.com, ops@tidemark-logistics.com"),
     [Sf("allstaff@tidemark-logistics.com", (), ANY), H("staff@tidemark-logistics.com")]),
]

# ------------------------------------------------------------------------------------------------------ Gmail, others
GMAIL_ROWS = [
    ("m57-gmail-two-nosuch", f"{GMAIL_SRC} (two Gmail addresses, one reply; the layout extended to two blocks: weak)",
     gmail("g1", ["ana.ruiz.mx@gmail.com", "ana.ruiz@gmail.com"], heading="Address not found",
           lead="Your message wasn't delivered to ana.ruiz.mx@gmail.com, ana.ruiz@gmail.com because the address "
           "couldn't be found, or is unable to receive mail.", response=NOSUCH,
           blocks=[block("ana.ruiz.mx@gmail.com", "failed", "5.1.1", NOSUCH, remote="gmail-smtp-in.l.google.com"),
                   block("ana.ruiz@gmail.com", "failed", "5.1.1", NOSUCH, remote="gmail-smtp-in.l.google.com")],
           orig_to="ana.ruiz.mx@gmail.com, ana.ruiz@gmail.com"),
     [H("ana.ruiz.mx@gmail.com"), H("ana.ruiz@gmail.com")]),
    ("m57-gmail-delay-two", f"{GMAIL_SRC} ('** Delivery incomplete **', Action delayed for two)",
     gmail("g2", ["k.nagy@duna-glass.hu", "z.nagy@duna-glass.hu"], heading="Delivery incomplete",
           lead="There was a temporary problem delivering your message to k.nagy@duna-glass.hu, z.nagy@duna-glass.hu. "
           "Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
           response="The recipient server did not accept our requests to connect.", delay=True,
           blocks=[block("k.nagy@duna-glass.hu", "delayed", "4.4.1", "The recipient server did not accept our "
                         "requests to connect.", remote="mx.duna-glass.hu"),
                   block("z.nagy@duna-glass.hu", "delayed", "4.4.1", "The recipient server did not accept our "
                         "requests to connect.", remote="mx.duna-glass.hu")],
           orig_to="k.nagy@duna-glass.hu, z.nagy@duna-glass.hu"),
     [D("k.nagy@duna-glass.hu"), D("z.nagy@duna-glass.hu")]),
    ("m57-domino-three", f"{DOMINO_SRC}; Domino.pm's 'Several matches found in Domino Directory' (systemerror)",
     domino("d1", [("al@rhein-chemie.example", f"User Al Brandt (al@rhein-chemie.example) {DIR}"),
                   ("hal@rhein-chemie.example", "Several matches found in Domino Directory"),
                   ("k.vogel@rhein-chemie.example", f"User Karin Vogel (k.vogel@rhein-chemie.example) {DIR}")],
            orig_to="al@rhein-chemie.example, hal@rhein-chemie.example, k.vogel@rhein-chemie.example"),
     [H("al@rhein-chemie.example"), Sf("hal@rhein-chemie.example"), H("k.vogel@rhein-chemie.example")]),
    ("m57-domino-name-quotes-other", f"{DOMINO_SRC} (the directory's name field holds another recipient's address)",
     domino("d2", [("m.keller@sihl-papier.example", "User m.keller@sihl-papier.com (m.keller@sihl-papier.example) "
                    f"{DIR}"),
                   ("m.keller@sihl-papier.com", "Several matches found in Domino Directory")],
            orig_to="m.keller@sihl-papier.example, m.keller@sihl-papier.com"),
     [H("m.keller@sihl-papier.example"), Sf("m.keller@sihl-papier.com")]),
    ("m57-gwia-two-domains", f"{GW_SRC} ('(user not found)', '(host not found)')",
     groupwise("w1", [("li.chen@harmon-county.gov", "user not found"), ("li.chen@harmon-cty.example",
                                                                         "host not found")],
               orig_to="li.chen@harmon-county.gov, li.chen@harmon-cty.example"),
     [H("li.chen@harmon-county.gov"), H("li.chen@harmon-cty.example", HU)]),
    ("m57-gwia-eli-li", f"{GW_SRC} (one undeliverable of two; the other, a suffix of it, delivered and unnamed)",
     groupwise("w2", [("eli@harmon-county.gov", "user not found")], orig_to="li@harmon-county.gov, "
               "eli@harmon-county.gov"),
     [H("eli@harmon-county.gov")]),
    ("m57-pf-delay-expanded", f"{POSTFIX_SRC} (delay template with '(expanded from <%s>)'); Postgrey's reply",
     postfix("p11", [("o.mensah@mail.accra-cocoa.com", "sales@accra-cocoa.com", "host mx.accra-cocoa.com"
                      "[203.0.113.220] said: 450 4.2.0 <o.mensah@mail.accra-cocoa.com>: Recipient address rejected: "
                      "Greylisted (in reply to RCPT TO command)", "delayed", "4.2.0", "mx.accra-cocoa.com",
                      "450 4.2.0 <o.mensah@mail.accra-cocoa.com>: Recipient address rejected: Greylisted"),
                     ("sales@accra-cocoa.co.uk", None, "connect to mx.accra-cocoa.co.uk[203.0.113.221]:25: Connection "
                      "refused", "delayed", "4.4.1", None, None)],
             delay=True, orig_to="sales@accra-cocoa.com, sales@accra-cocoa.co.uk"),
     [D("o.mensah@mail.accra-cocoa.com"), D("sales@accra-cocoa.co.uk")]),
    ("m57-pf-original-recipient-differs-case", f"{POSTFIX_SRC} (ORCPT written as sent, upper case; the final "
     "address lower case: no 'expanded from' since they match ignoring case); Postfix user unknown; Dovecot quota",
     postfix("p12", [("f.okafor@lagos-cement.ng", "F.Okafor@Lagos-Cement.NG", "host mx.lagos-cement.ng[203.0.113.230] "
                      "said: 550 5.1.1 <f.okafor@lagos-cement.ng>: Recipient address rejected: User unknown in virtual "
                      "mailbox table (in reply to RCPT TO command)", "failed", "5.1.1", "mx.lagos-cement.ng",
                      "550 5.1.1 <f.okafor@lagos-cement.ng>: Recipient address rejected: User unknown in virtual "
                      "mailbox table"),
                     ("okafor@lagos-cement.ng", "Okafor@Lagos-Cement.NG", "host mx.lagos-cement.ng[203.0.113.230] "
                      "said: 552 5.2.2 <okafor@lagos-cement.ng> Quota exceeded (mailbox for user is full) (in reply "
                      "to end of DATA command)", "failed", "5.2.2", "mx.lagos-cement.ng", "552 5.2.2 "
                      "<okafor@lagos-cement.ng> Quota exceeded (mailbox for user is full)")]),
     [H("f.okafor@lagos-cement.ng"), Sf("okafor@lagos-cement.ng", FULL)]),
]

# --------------------------------------------------------------------------------------------------------------- Exim
EXIM_ROWS = [
    ("m57-exim-three-hosts-dsn", f"{EXIM_SRC}; Exchange '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'; {EXAPP}; "
     "Spamhaus's published reject ('550 5.7.1 Service unavailable; client [%s] blocked using zen.spamhaus.org')",
     exim("e1", [
         ("p.rossi@lucca-arredi.it", exim_entry("p.rossi@lucca-arredi.it", "host mx.lucca-arredi.it [203.0.113.101]\n"
          "SMTP error from remote mail server after RCPT TO:<p.rossi@lucca-arredi.it>:\n550 5.1.1 "
          "RESOLVER.ADR.RecipNotFound; not found")),
         ("g.conti@lucca-arredi.it", exim_entry("g.conti@lucca-arredi.it", "mailbox is full (MTA-imposed quota "
          "exceeded while writing to /var/mail/g.conti)")),
         ("f.bruno@tevere-logistica.it", exim_entry("f.bruno@tevere-logistica.it", "host mx.tevere-logistica.it "
          "[203.0.113.102]\nSMTP error from remote mail server after RCPT TO:<f.bruno@tevere-logistica.it>:\n550 5.7.1 "
          f"Service unavailable; client [{OURIP}] blocked using zen.spamhaus.org"))],
         failed=["p.rossi@lucca-arredi.it", "g.conti@lucca-arredi.it", "f.bruno@tevere-logistica.it"],
         orig_to="p.rossi@lucca-arredi.it, g.conti@lucca-arredi.it, f.bruno@tevere-logistica.it",
         dsn=[block("p.rossi@lucca-arredi.it", "failed", "5.0.0", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                    remote="mx.lucca-arredi.it"),
              block("g.conti@lucca-arredi.it", "failed", "5.0.0"),
              block("f.bruno@tevere-logistica.it", "failed", "5.0.0", "550 5.7.1 Service unavailable; client "
                    f"[{OURIP}] blocked using zen.spamhaus.org", remote="mx.tevere-logistica.it")]),
     [H("p.rossi@lucca-arredi.it"), Sf("g.conti@lucca-arredi.it", FULL), Sf("f.bruno@tevere-logistica.it", BLOCK, S)]),
    ("m57-exim-generated-from-two", f"{EXIM_SRC} (a redirect router expanded office@ to two people; the older "
     f"'(generated from ...)' line); {EXAPP}",
     exim("e2", [
         ("h.berger@alpen-werk.at", exim_entry("h.berger@alpen-werk.at", "SMTP error from remote mail server after "
          "RCPT TO:<h.berger@alpen-werk.at>:\nhost mx.alpen-werk.at [203.0.113.110]: 550 5.1.1 <h.berger@alpen-werk.at>:"
          " Recipient address rejected: User unknown in local recipient table", parent="office@alpen-werk.com")),
         ("m.gruber@alpen-werk.at", exim_entry("m.gruber@alpen-werk.at", "mailbox is full (MTA-imposed quota exceeded "
          "while writing to /var/mail/m.gruber)", parent="office@alpen-werk.com"))],
         failed=["h.berger@alpen-werk.at", "m.gruber@alpen-werk.at"], orig_to="office@alpen-werk.com"),
     [H("h.berger@alpen-werk.at"), Sf("m.gruber@alpen-werk.at", FULL)]),
    ("m57-exim-arrow-parent-and-direct", f"{EXIM_SRC} (newer print_address_information: '    <-- parent', as review "
     "audit43b cites it); Exim 'retry timeout exceeded'",
     exim("e3", [
         ("lena@fjord-sailing.no", exim_entry("lena@fjord-sailing.no", "host mx.fjord-sailing.no [203.0.113.120]\n"
          "SMTP error from remote mail server after RCPT TO:<lena@fjord-sailing.no>:\n550 5.1.1 <lena@fjord-sailing.no>"
          ": Recipient address rejected: User unknown", parent="booking@fjord-sailing.com", arrow=True)),
         ("booking@fjord-ferries.no", exim_entry("booking@fjord-ferries.no", "retry timeout exceeded"))],
         failed=["lena@fjord-sailing.no", "booking@fjord-ferries.no"],
         orig_to="booking@fjord-sailing.com, booking@fjord-ferries.no",
         dsn=[block("lena@fjord-sailing.no", "failed", "5.0.0", "550 5.1.1 <lena@fjord-sailing.no>: Recipient address "
                    "rejected: User unknown", remote="mx.fjord-sailing.no"),
              block("booking@fjord-ferries.no", "failed", "5.0.0")]),
     [H("lena@fjord-sailing.no"), Sf("booking@fjord-ferries.no", GONE, ANY)]),
    ("m57-exim-delay-two", "Exim deliver.c warn_message (delay warning for two addresses, 'Delay reason:'); "
     + GREY,
     exim_delay("e4", ["r.silva@porto-cork.pt", "a.costa@porto-cork.pt"], "SMTP error from remote mail server after "
                "RCPT TO:<r.silva@porto-cork.pt>:\n    host mx.porto-cork.pt [203.0.113.130]: 450 4.2.0 Greylisted, "
                "please try again later", orig_to="r.silva@porto-cork.pt, a.costa@porto-cork.pt"),
     [D("r.silva@porto-cork.pt"), D("a.costa@porto-cork.pt")]),
    ("m57-exim-unrouteable-and-unknown", f"{EXIM_SRC}; {EXAPP} (route.c 'Unrouteable address'; sisimai "
     "Reason/HostUnknown.pm lists 'unrouteable address')",
     exim("e5", [
         ("info@brennan-joinery.ie", exim_entry("info@brennan-joinery.ie", "Unrouteable address")),
         ("sean@brennan-joinery.com", exim_entry("sean@brennan-joinery.com", "host mx.brennan-joinery.com "
          "[203.0.113.140]\nSMTP error from remote mail server after RCPT TO:<sean@brennan-joinery.com>:\n452 4.2.2 "
          "<sean@brennan-joinery.com>: mailbox full: retry timeout exceeded"))],
         failed=["info@brennan-joinery.ie", "sean@brennan-joinery.com"],
         orig_to="info@brennan-joinery.ie, sean@brennan-joinery.com"),
     [H("info@brennan-joinery.ie", HU + UU), Sf("sean@brennan-joinery.com", FULL + GONE)]),
    ("m57-exim-data-reject-two-and-unknown", f"{EXIM_SRC} (one DATA refusal reported for both recipients at that "
     "host); Mimecast '554 Email rejected due to security policies' (Mimecast SMTP error codes page)",
     exim("e6", [
         ("c.hughes@marlow-brokers.co.uk", exim_entry("c.hughes@marlow-brokers.co.uk", "host "
          "eu-smtp-inbound-1.mimecast.com [203.0.113.150]\nSMTP error from remote mail server after end of data:\n554 "
          "Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554")),
         ("t.hughes@marlow-brokers.co.uk", exim_entry("t.hughes@marlow-brokers.co.uk", "host "
          "eu-smtp-inbound-1.mimecast.com [203.0.113.150]\nSMTP error from remote mail server after end of data:\n554 "
          "Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554")),
         ("hughes@marlow-lettings.co.uk", exim_entry("hughes@marlow-lettings.co.uk", "host mx.marlow-lettings.co.uk "
          "[203.0.113.151]\nSMTP error from remote mail server after RCPT TO:<hughes@marlow-lettings.co.uk>:\n550 5.1.1 "
          "<hughes@marlow-lettings.co.uk>: Recipient address rejected: User unknown in virtual mailbox table"))],
         failed=["c.hughes@marlow-brokers.co.uk", "t.hughes@marlow-brokers.co.uk", "hughes@marlow-lettings.co.uk"],
         orig_to="c.hughes@marlow-brokers.co.uk, t.hughes@marlow-brokers.co.uk, hughes@marlow-lettings.co.uk",
         dsn=[block("c.hughes@marlow-brokers.co.uk", "failed", "5.0.0", "554 Email rejected due to security policies - "
                    "https://community.mimecast.com/docs/DOC-1369#554", remote="eu-smtp-inbound-1.mimecast.com"),
              block("t.hughes@marlow-brokers.co.uk", "failed", "5.0.0", "554 Email rejected due to security policies "
                    "- https://community.mimecast.com/docs/DOC-1369#554", remote="eu-smtp-inbound-1.mimecast.com"),
              block("hughes@marlow-lettings.co.uk", "failed", "5.0.0", "550 5.1.1 <hughes@marlow-lettings.co.uk>: "
                    "Recipient address rejected: User unknown in virtual mailbox table",
                    remote="mx.marlow-lettings.co.uk")]),
     [Sf("c.hughes@marlow-brokers.co.uk", (), ANY), Sf("t.hughes@marlow-brokers.co.uk", (), ANY),
      H("hughes@marlow-lettings.co.uk")]),
    ("m57-exim-unknown-spf-full", f"{EXIM_SRC}; Exchange Online '550 5.7.23 The message was rejected because of "
     "Sender Policy Framework violation' (learn.microsoft.com NDR 5.7.23); Postfix user unknown; Dovecot quota",
     exim("e7", [
         ("d.osei@volta-cocoa.com.gh", exim_entry("d.osei@volta-cocoa.com.gh", "host mx.volta-cocoa.com.gh "
          "[203.0.113.245]\nSMTP error from remote mail server after RCPT TO:<d.osei@volta-cocoa.com.gh>:\n550 5.1.1 "
          "<d.osei@volta-cocoa.com.gh>: Recipient address rejected: User unknown in virtual mailbox table")),
         ("a.osei@volta-shipping.com", exim_entry("a.osei@volta-shipping.com", "host "
          "voltashipping-com.mail.protection.outlook.com [203.0.113.246]\nSMTP error from remote mail server after end "
          "of data:\n550 5.7.23 The message was rejected because of Sender Policy Framework violation")),
         ("osei@volta-cocoa.com.gh", exim_entry("osei@volta-cocoa.com.gh", "host mx.volta-cocoa.com.gh [203.0.113.245]"
          "\nSMTP error from remote mail server after end of data:\n552 5.2.2 <osei@volta-cocoa.com.gh> Quota exceeded "
          "(mailbox for user is full)"))],
         failed=["d.osei@volta-cocoa.com.gh", "a.osei@volta-shipping.com", "osei@volta-cocoa.com.gh"],
         orig_to="d.osei@volta-cocoa.com.gh, a.osei@volta-shipping.com, osei@volta-cocoa.com.gh"),
     [H("d.osei@volta-cocoa.com.gh"), Sf("a.osei@volta-shipping.com", ("authfailure",), S),
      Sf("osei@volta-cocoa.com.gh", FULL)]),
]

MORE = EXIM_ROWS + QMAIL_ROWS + COURIER_ROWS + EXCH_ROWS + GMAIL_ROWS
