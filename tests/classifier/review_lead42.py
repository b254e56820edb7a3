"""Review lead42 (HAND-MADE): an address that another recipient's address holds ("oyelaran@x" inside
"m.oyelaran@x", "sales@x" inside "presales@x", "doe@x" inside "j.doe@x") in one MIME-less sendmail notice: each takes
its own transcript exchange, never the other's. Found by the whole invariance grid over review multi57's rows: its
sendmail notice re-wrapped at 40 columns lost the "transient non-fatal errors" heading, and the deferred "oyelaran@"
then read the "550 5.1.1 User unknown" its neighbour "m.oyelaran@" had drawn (a false hard); unwrapped, the address had
drawn the same status under its delay. The notices: sendmail's errbody() headings over the bare addresses and the
transcript below (savemail.c; multi57's SM86 layout), the addresses' order and outcomes varied. Rows
(address, hard, reasons, scope, delay) written from the servers' words before the classifier ran."""

from __future__ import annotations

from tests.classifier.review_multi57_layouts import plain

EXIM_SRC = ("Exim src/src/deliver.c (the bounce's 'The following address(es) failed:' list, each address indented two "
            "and its 'SMTP error from remote mail server after RCPT TO:<x>:' / 'host ... : <reply>' indented four) and "
            "smtp.c's callout reply lines ('550-Verification failed for <x>' / '550-Called:' / '550-Sent:' / "
            "'550-Response:' / '550 Sender verify failed', acl.c); review multi57's row, re-wrapped at 60 columns")
SRC = ("sendmail savemail.c errbody() with SendMimeErrors off ('----- The following addresses had permanent fatal "
       "errors -----', the bare addresses, '----- Transcript of session follows -----', '>>> RCPT To:' / '<<< 5xx' and "
       "the verdict line '<addr>... why'); the replies are sendmail's own (5.1.1 'User unknown', 5.2.2 'Mailbox full')")
FROM = "Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>"
SUBJECT = "Returned mail: see transcript for details"
HEAD = ("The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com "
        "[198.51.100.7]\n\n")
UU = ("userunknown",)
FULL = ("mailboxfull",)


def _exchange(a: str, reply: str, deferred: bool, folded: bool = False) -> str:
    """One recipient's exchange: sendmail's verdict line after the reply, "<addr>... Deferred: <reply>" for an address
    it still retries (its deferral, savemail.c / deliver.c), "<reply>" again for a permanent one; `folded`: as a
    40-column width with tabs folds it (">>> RCPT" / "<tab>To:<addr>", "<<< 550 5.1.1" / "<tab><addr>... why")."""
    said = reply.replace("ADDR", a)
    if folded:
        code, rest = said[:9], said[10:]
        return f">>> RCPT\n\tTo:<{a}>\n<<< {code}\n\t{rest}\n" + (
            f"<{a}>...\n\tDeferred: {code}\n\t{rest}\n" if deferred else f"{code}\n\t{rest}\n")
    return f">>> RCPT To:<{a}>\n<<< {said}\n" + (f"<{a}>... Deferred: {said}\n" if deferred else f"{said}\n")


def notice(rid: str, fatal: str, transient: str, *, fatal_first: bool = True, folded: bool = False) -> bytes:
    """One address under the fatal heading (its "550 5.1.1 ... User unknown"), one under the transient heading (its
    "452 4.2.2 ... Mailbox full", deferred); `folded`: the headings and the transcript broken as a 40-column width with
    tabs breaks them (the grid's wrap_40_tab); the transcript in the order the original listed them."""
    fh, th = (("   ----- The following addresses had\n\tpermanent fatal errors -----\n",
               "   ----- The following addresses had\n\ttransient non-fatal errors -----\n") if folded else
              ("   ----- The following addresses had permanent fatal errors -----\n",
               "   ----- The following addresses had transient non-fatal errors -----\n"))
    text = HEAD + fh + f"<{fatal}>\n\n" + th + f"<{transient}>\n"
    text += "\n   ----- Transcript of session follows -----\n... while talking to mx.example-print.ng.:\n"
    pair = [_exchange(fatal, UNKNOWN, False, folded), _exchange(transient, FULLBOX, True, folded)]
    text += "".join(pair if fatal_first else pair[::-1])
    order = [fatal, transient] if fatal_first else [transient, fatal]
    return plain(rid, frm=FROM, subject=SUBJECT, text=text, orig_to=", ".join(order))


UNKNOWN = "550 5.1.1 <ADDR>... User unknown"
FULLBOX = "452 4.2.2 <ADDR>... Mailbox full"


def rows(tag: str, fatal: str, transient: str, **kw) -> tuple:
    return (f"l42-sm-{tag}", SRC, notice(f"l42-{tag}", fatal, transient, **kw),
            [(fatal, True, UU, "recipient", False), (transient, False, FULL, "recipient", True)])


ROWS = [
    rows("longer-fatal-shorter-deferred", "m.oyelaran@ibadan-print.ng", "oyelaran@ibadan-print.ng"),
    rows("longer-fatal-shorter-deferred-folded", "m.oyelaran@ibadan-print.ng", "oyelaran@ibadan-print.ng",
         folded=True),
    rows("presales-fatal-sales-deferred", "presales@kisumu-tea.co.ke", "sales@kisumu-tea.co.ke"),
    rows("presales-fatal-sales-deferred-folded", "presales@kisumu-tea.co.ke", "sales@kisumu-tea.co.ke", folded=True),
    rows("shorter-fatal-longer-deferred", "doe@harbour-freight.example", "j.doe@harbour-freight.example"),
    rows("shorter-fatal-longer-deferred-later", "doe@harbour-freight.example", "j.doe@harbour-freight.example",
         fatal_first=False, folded=True),
    # Controls: addresses neither of which holds the other, unfolded and folded (each its own, as before the mend).
    rows("control-unrelated", "k.mwangi@kisumu-tea.co.ke", "accounts@kisumu-tea.co.ke"),
    rows("control-unrelated-folded", "k.mwangi@kisumu-tea.co.ke", "accounts@kisumu-tea.co.ke", folded=True),
    # Exim's list re-wrapped at 60 columns: the first entry's reply (a sender verify callout quoting our address) ends
    # on a line without an address, and the second entry stands shallower below it; a reply a width broke around an
    # address (formats/broken.reply_around) is no such thing. The second entry's own 550 5.1.1 is its reply (hard);
    # the first is our sender refused (soft, sender).
    ("l42-exim-verify-callout-then-unknown-at-60", EXIM_SRC, plain(
        "l42-exim60", frm="Mail Delivery System <Mailer-Daemon@mx1.example-hosting.net>",
        subject="Mail delivery failed: returning message to sender",
        headers="X-Failed-Recipients: h.jensen@aarhus-wind.dk,\n  k.jensen@aarhus-blades.dk\n",
        text="This message was created automatically by mail delivery\nsoftware.\n\nA message that you sent could "
             "not be delivered to one or\nmore of its\nrecipients. This is a permanent error. The following\n"
             "address(es) failed:\n\n  h.jensen@aarhus-wind.dk\n    SMTP error from remote mail server after RCPT\n"
             "    TO:<h.jensen@aarhus-wind.dk>:\n    host mx.aarhus-wind.dk [203.0.113.32]: 550-Verification\n"
             "    failed for <seller@example.com>\n    550-Called:   203.0.113.9\n"
             "    550-Sent:     RCPT TO:<seller@example.com>\n"
             "    550-Response: 550 5.1.1 <seller@example.com>: Recipient\n    address rejected: User unknown\n"
             "    550 Sender verify failed\n  k.jensen@aarhus-blades.dk\n"
             "    SMTP error from remote mail server after RCPT\n    TO:<k.jensen@aarhus-blades.dk>:\n"
             "    host mx.aarhus-blades.dk [203.0.113.33]: 550 5.1.1\n    <k.jensen@aarhus-blades.dk>: Recipient "
             "address\n    rejected: User unknown in virtual mailbox table\n\n"
             "------ This is a copy of the message, including all the\nheaders. ------\n",
        orig_to="h.jensen@aarhus-wind.dk, k.jensen@aarhus-blades.dk"),
     [("k.jensen@aarhus-blades.dk", True, UU, "recipient", False),
      ("h.jensen@aarhus-wind.dk", False, ("rejected",), "sender", False)]),
]
