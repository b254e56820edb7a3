"""Review multi57's second batch (PROSE, appended to review_multi57.py's ROWS): notices naming several recipients
in PLAIN TEXT ONLY (no delivery-status part to lean on), where each recipient's outcome must be read from the
generator's own prose: Exim's plain bounce (pre-4.8x) with redirect children, sendmail's MIME-less errbody with a
bare address list and a transcript, Exchange 2010 / Courier / Domino text kept by a gateway without the DSN part,
qmail paragraphs whose reply names another address, and an Exim sender-verify callout refusal that quotes OUR address
with 'User unknown'. Expectations written before the classifier ran on them (committed first). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_multi57_layouts import (ANY, BLOCK, EXIM_SRC, FULL, H, OURIP, QMAIL_SRC, S, exim,
                                                     exim_entry, plain, qmail, qmail_remote, Sf)


EX2010 = ("Exchange 2007 / 2010 NDR text ('Delivery has failed to these recipients or distribution lists:', the "
          "admins' '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##' lines; sisimai lib/Sisimai/Lhost/"
          "Exchange2007.pm), the DSN part dropped by a gateway that keeps only text/plain")
SM86 = ("sendmail savemail.c errbody() with SendMimeErrors off (no MIME, no DSN part): the fatal list without "
        "'(reason:)' lines, as sendmail 8.6-8.8 wrote it, then the transcript ('... while talking to', '>>>', '<<<')")
VERIFY = ("Exim verify.c sender callout failure text ('Verification failed for <%s>' / 'Called:' / 'Sent:' / "
          "'Response:' then 'Sender verify failed'), quoted by our Exim after 'SMTP error from remote mail server'")
FULL_T = "552 5.2.2 <{a}> Quota exceeded (mailbox for user is full)"
UNK_T = "550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table"


def _ex_user(name: str, why: str) -> str:
    return f"{name}\n{why}"


EX_UNKNOWN = ("The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try "
              "to resend the message. If the problem continues, please contact your helpdesk.")
EX_FULL = ("The recipient's mailbox is full and can't accept messages now. Please try resending this message later, "
           "or contact the recipient directly.")
EX_PROBLEM = ("A problem occurred during the delivery of this message to this e-mail address. Try sending this message "
              "again. If the problem continues, please contact your helpdesk.")
NW = "northwind-traders.com"

PROSE = [
    ("m57-exim-plain-child-contains-sibling", f"{EXIM_SRC} (pre-4.8x: plain text, no DSN part); Postfix smtpd_check.c "
     "user unknown; Exim appendfile quota (the redirect child jmark@ holds the sibling mark@ as its tail)",
     exim("t1", [
         ("jmark@corrib-marine.ie", exim_entry("jmark@corrib-marine.ie", "SMTP error from remote mail server after RCPT "
          "TO:<jmark@corrib-marine.ie>:\nhost mx.corrib-marine.ie [203.0.113.31]: " + UNK_T.format(
              a="jmark@corrib-marine.ie"), parent="sales@corrib-marine.ie")),
         ("mark@corrib-marine.ie", exim_entry("mark@corrib-marine.ie", "mailbox is full (MTA-imposed quota exceeded "
          "while writing to /var/mail/mark)"))],
         failed=["jmark@corrib-marine.ie", "mark@corrib-marine.ie"],
         orig_to="sales@corrib-marine.ie, mark@corrib-marine.ie"),
     [H("jmark@corrib-marine.ie"), Sf("mark@corrib-marine.ie", FULL)]),
    ("m57-exim-sender-verify-beside-unknown", f"{EXIM_SRC}; {VERIFY}; Postfix smtpd_check.c user unknown",
     exim("t2", [
         ("h.jensen@aarhus-wind.dk", exim_entry("h.jensen@aarhus-wind.dk", "SMTP error from remote mail server after "
          "RCPT TO:<h.jensen@aarhus-wind.dk>:\nhost mx.aarhus-wind.dk [203.0.113.32]: 550-Verification failed for "
          "<seller@example.com>\n550-Called:   203.0.113.9\n550-Sent:     RCPT TO:<seller@example.com>\n550-Response: "
          "550 5.1.1 <seller@example.com>: Recipient address rejected: User unknown\n550 Sender verify failed")),
         ("k.jensen@aarhus-blades.dk", exim_entry("k.jensen@aarhus-blades.dk", "SMTP error from remote mail server after "
          "RCPT TO:<k.jensen@aarhus-blades.dk>:\nhost mx.aarhus-blades.dk [203.0.113.33]: " + UNK_T.format(
              a="k.jensen@aarhus-blades.dk")))],
         failed=["h.jensen@aarhus-wind.dk", "k.jensen@aarhus-blades.dk"],
         orig_to="h.jensen@aarhus-wind.dk, k.jensen@aarhus-blades.dk"),
     [Sf("h.jensen@aarhus-wind.dk", ("rejected", "securityerror", "blocked", "policyviolation"), ANY),
      H("k.jensen@aarhus-blades.dk")]),
    ("m57-sm86-bare-list-transcript", SM86,
     plain("t3", frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>",
           subject="Returned mail: User unknown",
           text="The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com "
           "[198.51.100.7]\n\n   ----- The following addresses had permanent fatal errors -----\n"
           "<r.oduya@kisumu-tea.co.ke>\n<oduya@kisumu-tea.co.ke>\n\n   ----- Transcript of session follows -----\n"
           "... while talking to mx.kisumu-tea.co.ke.:\n>>> RCPT To:<r.oduya@kisumu-tea.co.ke>\n<<< 550 5.1.1 "
           "<r.oduya@kisumu-tea.co.ke>... User unknown\n550 5.1.1 <r.oduya@kisumu-tea.co.ke>... User unknown\n"
           ">>> DATA\n<<< 552 5.2.2 <oduya@kisumu-tea.co.ke>... Mailbox full\n554 5.0.0 <oduya@kisumu-tea.co.ke>... "
           "Service unavailable\n\n   ----- Original message follows -----\n",
           orig_to="r.oduya@kisumu-tea.co.ke, oduya@kisumu-tea.co.ke"),
     [H("r.oduya@kisumu-tea.co.ke"), Sf("oduya@kisumu-tea.co.ke", FULL)]),
    ("m57-ex2010-text-names-swap", f"{EX2010} (al@'s display name is sal@'s address; the admins' section lists "
     "the two in the other order)",
     plain("t4", frm="Microsoft Exchange <postmaster@corp.example.net>", to="<rep@example.net>",
           subject="Undeliverable: Quick question about your Q4 logistics",
           headers="X-MS-Exchange-Message-Is-Ndr:\nAuto-Submitted: auto-replied\n",
           text="Delivery has failed to these recipients or distribution lists:\n\n"
           + _ex_user(f"sal@{NW}<mailto:al@{NW}>", EX_UNKNOWN) + "\n\n" + _ex_user(f"Sal Okafor<mailto:sal@{NW}>",
                                                                                   EX_FULL)
           + "\n\n\n\n\n\nSent by Microsoft Exchange Server 2010\n\n\n\n\nDiagnostic information for administrators:\n\n"
           f"Generating server: EXCH01.corp.example.net\n\nsal@{NW}\n#552 5.2.2 STOREDRV.Deliver; mailbox full ##\n\n"
           f"al@{NW}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\nOriginal message headers:\n\n"
           f"From: Sam Seller <rep@example.net>\nTo: 'sal@{NW}' <al@{NW}>, Sal Okafor <sal@{NW}>\n",
           sender="rep@example.net"),
     [H(f"al@{NW}"), Sf(f"sal@{NW}", FULL)]),
    ("m57-ex2010-text-three", f"{EX2010}; learn.microsoft.com 5.7.606 (banned sending IP)",
     plain("t5", frm="Microsoft Exchange <postmaster@corp.example.net>", to="<rep@example.net>",
           subject="Undeliverable: Quick question about your Q4 logistics",
           headers="X-MS-Exchange-Message-Is-Ndr:\nAuto-Submitted: auto-replied\n",
           text="Delivery has failed to these recipients or distribution lists:\n\n"
           + _ex_user("Greta Lind<mailto:greta.lind@sundsvall-paper.se>", EX_UNKNOWN) + "\n\n"
           + _ex_user("Lind, Greta<mailto:g.lind@sundsvall-pulp.se>", EX_PROBLEM) + "\n\n"
           + _ex_user("lind@sundsvall-paper.se<mailto:lind@sundsvall-paper.se>", EX_FULL)
           + "\n\n\n\n\n\nSent by Microsoft Exchange Server 2010\n\n\n\n\nDiagnostic information for administrators:\n\n"
           "Generating server: EXCH01.corp.example.net\n\ngreta.lind@sundsvall-paper.se\n#550 5.1.1 "
           "RESOLVER.ADR.RecipNotFound; not found ##\n\ng.lind@sundsvall-pulp.se\nsundsvallpulp-se.mail.protection."
           f"outlook.com #550 5.7.606 Access denied, banned sending IP [{OURIP}] ##\n\nlind@sundsvall-paper.se\n"
           "#552 5.2.2 STOREDRV.Deliver; mailbox full ##\n", sender="rep@example.net"),
     [H("greta.lind@sundsvall-paper.se"), Sf("g.lind@sundsvall-pulp.se", BLOCK, S),
      Sf("lind@sundsvall-paper.se", FULL)]),
    ("m57-courier-text-only", "Courier courier/module.dsn/dsn*.txt text (sisimai Lhost/Courier.pm's comment), the DSN "
     "part dropped; Postfix smtpd_check.c user unknown; Dovecot quota",
     plain("t6", frm="Courier mail server at mail.example-courier.org <@>", subject="NOTICE: mail delivery status.",
           text="This is a delivery status notification from mail.example-courier.org,\nrunning the Courier mail "
           "server, version 1.1.8.\n\nThe original message was received on Tue, 14 Oct 2025 09:10:02 +0000\nfrom "
           "[198.51.100.7]\n\n" + "-" * 75 + "\n\n                           UNDELIVERABLE MAIL\n\nYour message to the "
           "following recipients cannot be delivered:\n\n<b.tan@penang-rubber.my>:\n    mx.penang-rubber.my "
           "[203.0.113.41]:\n>>> RCPT TO:<b.tan@penang-rubber.my>\n<<< " + FULL_T.format(a="b.tan@penang-rubber.my")
           + "\n\n<tan@penang-rubber.my>:\n    mx.penang-rubber.my [203.0.113.41]:\n>>> RCPT TO:<tan@penang-rubber.my>"
           "\n<<< " + UNK_T.format(a="tan@penang-rubber.my") + "\n\n" + "-" * 75 + "\n"),
     [Sf("b.tan@penang-rubber.my", FULL), H("tan@penang-rubber.my")]),
    ("m57-qmail-reply-names-forward-target", f"{QMAIL_SRC}; qmail-lspawn 'Sorry, no mailbox here by that name. "
     "(#5.1.1)'; the hosted MX's reply names the internal address it rewrote info@ to. Corrected after the first run "
     "(see the commit): 'does not like recipient' is the prospect's own MX refusing OUR RCPT TO:<info@...> for good, "
     "no copy accepted anywhere, unlike review audit36's forwarder that took the mail for the prospect and failed "
     "only on a forward target; so hard, whatever internal name the reply gives",
     qmail("t7", [("info@taranaki-dairy.co.nz", qmail_remote("203.0.113.51", "550 5.1.1 "
                   "<info.taranaki@mailhost.internal>: Recipient address rejected: User unknown in local recipient "
                   "table")),
                  ("ops@taranaki-dairy.co.nz", "Sorry, no mailbox here by that name. (#5.1.1)")],
           orig_to="info@taranaki-dairy.co.nz, ops@taranaki-dairy.co.nz", host="mail.taranaki-dairy.co.nz"),
     [H("info@taranaki-dairy.co.nz"), H("ops@taranaki-dairy.co.nz")]),
    ("m57-domino-text-only", "HCL Domino router notice text (sisimai lib/Sisimai/Lhost/Domino.pm's comment), without "
     "its DSN part; Domino.pm 'Several matches found in Domino Directory'",
     plain("t8", frm="Postmaster@notes01.example-group.com",
           subject="DELIVERY FAILURE: User Jo Weiss (jo@rhein-chemie.example) not listed in Domino Directory",
           text="Your message\n\n  Subject: Quick question about your Q4 logistics\n\nwas not delivered to:\n\n"
           "  jo@rhein-chemie.example\n\nbecause:\n\n  User Jo Weiss (jo@rhein-chemie.example) not listed in Domino "
           "Directory\n\nwas not delivered to:\n\n  joe@rhein-chemie.example\n\nbecause:\n\n  Several matches found "
           "in Domino Directory\n", orig_to="jo@rhein-chemie.example, joe@rhein-chemie.example"),
     [H("jo@rhein-chemie.example"), Sf("joe@rhein-chemie.example")]),
    ("m57-sm86-three-one-deferred", f"{SM86}; a deferred address in the transient list of the same notice",
     plain("t9", frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>",
           subject="Returned mail: see transcript for details",
           text="The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com "
           "[198.51.100.7]\n\n   ----- The following addresses had permanent fatal errors -----\n"
           "<m.oyelaran@ibadan-print.ng>\n\n   ----- The following addresses had transient non-fatal errors -----\n"
           "<oyelaran@ibadan-print.ng>\n\n   ----- Transcript of session follows -----\n"
           "... while talking to mx.ibadan-print.ng.:\n>>> RCPT To:<m.oyelaran@ibadan-print.ng>\n<<< 550 5.1.1 "
           "<m.oyelaran@ibadan-print.ng>... User unknown\n550 5.1.1 <m.oyelaran@ibadan-print.ng>... User unknown\n"
           ">>> RCPT To:<oyelaran@ibadan-print.ng>\n<<< 452 4.2.2 <oyelaran@ibadan-print.ng>... Mailbox full\n"
           "<oyelaran@ibadan-print.ng>... Deferred: 452 4.2.2 <oyelaran@ibadan-print.ng>... Mailbox full\n",
           orig_to="m.oyelaran@ibadan-print.ng, oyelaran@ibadan-print.ng"),
     [H("m.oyelaran@ibadan-print.ng"), ("oyelaran@ibadan-print.ng", False, (), ANY, True)]),
]
