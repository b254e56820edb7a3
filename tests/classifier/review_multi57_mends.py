"""Review multi57's mend rows (MENDS, appended to review_multi57.py's ROWS): the notices beside the second batch's
misses that the mends must read right, and CONTROLS that look alike and must not change (a parcel courier's status
mail, a Courier delay kept as text (its Subject a sign already), a Domino failure whose returned To names delivered
recipients, sendmail's single-section notices). All HAND-MADE;
each cites its generator as the batch's rows do."""

from __future__ import annotations

from tests.classifier.review_multi57_layouts import D, FULL, H, plain, Sf


COURIER = ("Courier courier/module.dsn/dsn*.txt ('DELAYS IN DELIVERING YOUR MESSAGE'; sisimai Lhost/Courier.pm) and its "
           "DSN From, courier config_dsnfrom() '\"Courier mail server at %s\" <@>', kept as text only")
DOMINO = "HCL Domino router notice text ('was not delivered to:' / 'because:' per recipient; sisimai Lhost/Domino.pm)"
SM86 = "sendmail savemail.c errbody() with SendMimeErrors off (MIME-less: headings, bare addresses, transcript)"
RULE = "-" * 75


def _domino(rid: str, pairs: list[tuple[str, str]]) -> bytes:
    text = "Your message\n\n  Subject: Quick question about your Q4 logistics\n\n" + "\n".join(
        f"was not delivered to:\n\n  {a}\n\nbecause:\n\n  {why}\n" for a, why in pairs)
    return plain(rid, frm="Postmaster@notes01.example-group.com", subject="DELIVERY FAILURE: " + pairs[0][1], text=text,
                 orig_to=", ".join(a for a, _ in pairs))


MENDS = [
    ("m57-ctl-courier-delay-text", f"{COURIER}; Postgrey's greylisting reply",
     plain("u1", frm="\"Courier mail server at mail.example-courier.org\" <@>", subject="WARNING: delayed mail.",
           text="This is a delivery status notification from mail.example-courier.org,\nrunning the Courier mail "
           "server, version 1.1.8.\n\n" + RULE + "\n\n                      DELAYS IN DELIVERING YOUR MESSAGE\n\nThis is "
           "a warning message only.  Your message remains in the mail queue and the\nmail server will continue trying "
           "to deliver it.\n\n<l.nkosi@zulu-steel.co.za>:\n    mx.zulu-steel.co.za [203.0.113.61]:\n>>> RCPT "
           "TO:<l.nkosi@zulu-steel.co.za>\n<<< 450 4.2.0 <l.nkosi@zulu-steel.co.za>: Recipient address rejected: "
           "Greylisted\n\n<nkosi@zulu-steel.co.za>:\n    mx.zulu-steel.co.za [203.0.113.61]:\n>>> RCPT "
           "TO:<nkosi@zulu-steel.co.za>\n<<< 450 4.2.0 <nkosi@zulu-steel.co.za>: Recipient address rejected: "
           "Greylisted\n\n" + RULE + "\n"),
     [D("l.nkosi@zulu-steel.co.za"), D("nkosi@zulu-steel.co.za")]),
    # Control: a parcel courier's own status mail (a company named Courier, a delivery that failed): no mail system's
    # notice, before and after.
    ("m57-ctl-parcel-courier-status", "a parcel carrier's tracking mail (control: 'courier' and 'could not be "
     "delivered' in a person-facing message from a company's address)",
     plain("u2", frm="SwiftCourier Mail Service <updates@swiftcourier.example>",
           subject="Delivery status of your parcel 4711-22",
           text="Hello,\n\nour courier tried to deliver your parcel 4711-22 today at 10:42, but it could not be "
           "delivered to the address given (Unit 4, Harbour Road).\n\nPlease book a new slot at "
           "https://swiftcourier.example/4711-22 or write to support@swiftcourier.example.\n\nSwiftCourier\n"),
     []),
    ("m57-mend-domino-text-single", f"{DOMINO} (one recipient: before the mend the lone-address fallback took 'because:' for its whole reason, onhold, a false soft)",
     _domino("u3", [("r.frei@rhein-chemie.example", "User Rolf Frei (r.frei@rhein-chemie.example) not listed in "
                     "Domino Directory")]),
     [H("r.frei@rhein-chemie.example")]),
    ("m57-mend-domino-soft-then-hard", f"{DOMINO} (the soft block first, the hard second: no hard pinned on the "
     "first; before the mend the second was lost)",
     _domino("u4", [("ute@rhein-chemie.example", "Several matches found in Domino Directory"),
                    ("ute.berg@rhein-chemie.example", "User Ute Berg (ute.berg@rhein-chemie.example) not listed in "
                     "Domino Directory")]),
     [Sf("ute@rhein-chemie.example"), H("ute.berg@rhein-chemie.example")]),
    ("m57-ctl-domino-to-recap", f"{DOMINO} (control: one failed of three; the returned headers' To names the two "
     "delivered, which no entry lists)",
     plain("u7", frm="Postmaster@notes01.example-group.com", subject="DELIVERY FAILURE: User Al Roth (al@rhein-chemie."
           "example) not listed in Domino Directory",
           text="Your message\n\n  Subject: Quick question about your Q4 logistics\n\nwas not delivered to:\n\n"
           "  al@rhein-chemie.example\n\nbecause:\n\n  User Al Roth (al@rhein-chemie.example) not listed in Domino "
           "Directory\n", orig_to="al@rhein-chemie.example, bea@rhein-chemie.example, cy@rhein-chemie.example"),
     [H("al@rhein-chemie.example")]),
    ("m57-ctl-sm86-warning-only", f"{SM86} (control: its 4-hour warning, the transient section alone)",
     plain("u5", frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>",
           subject="Warning: could not send message for past 4 hours",
           text="    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n"
           "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n"
           "The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com "
           "[198.51.100.7]\n\n   ----- The following addresses had transient non-fatal errors -----\n"
           "<a.bello@kano-textiles.ng>\n\n   ----- Transcript of session follows -----\n<a.bello@kano-textiles.ng>... "
           "Deferred: Connection timed out with mx.kano-textiles.ng.\nWarning: message still undelivered after 4 hours\n"
           "Will keep trying until message is 5 days old\n"),
     [D("a.bello@kano-textiles.ng")]),
    ("m57-ctl-sm86-fatal-only-full", f"{SM86} (control: the fatal section alone, a full mailbox: final, soft)",
     plain("u6", frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>",
           subject="Returned mail: see transcript for details",
           text="The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com "
           "[198.51.100.7]\n\n   ----- The following addresses had permanent fatal errors -----\n"
           "<e.udo@enugu-coal.ng>\n\n   ----- Transcript of session follows -----\n... while talking to "
           "mx.enugu-coal.ng.:\n>>> DATA\n<<< 552 5.2.2 <e.udo@enugu-coal.ng>... Mailbox full\n554 5.0.0 "
           "<e.udo@enugu-coal.ng>... Service unavailable\n"),
     [Sf("e.udo@enugu-coal.ng", FULL)]),
]
