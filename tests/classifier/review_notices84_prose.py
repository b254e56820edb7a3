"""The eighty-fourth review (review_notices84.py says what it reads), its plain-text half: the MTAs' own
lists printing the standards' address forms (Postfix's quoted local parts and IPv6 literals, qmail's and
Exim's literals and bang paths, Exim's `\\ooo` escapes of an SMTPUTF8 local part, Sendmail's successful
and fatal sections in one errbody), and notices naming the recipient on a labelled line without its
domain or only by its display name (plain, quoted, RFC 2047-encoded in the original, in a group or behind
an obs-route), an address a writer's width broke across two lines, Domino's canonical names; with the
guards: our sender, the postmaster and a delivered recipient on the same kind of line are never failed.
Expectations written from the grammar and the servers' sources BEFORE the classifier ran; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices14_layouts import exim, pf_said, postfix, qmail
from tests.classifier.review_notices50_layouts import exchange2003, plain
from tests.classifier.review_notices50_sources import EXIM, EX03, KIM, LEAD, PF, QM, SM, _EX, _EX03_TEXT, _HOST, hard
from tests.classifier.review_notices84 import GROUP, IDNA, LITERAL, MAILBOX, QSTRING, RFC3461, UTF8, U

QM_UNKNOWN = "Sorry, no mailbox here by that name. (#5.1.1)"
EXIM_PRINT = ("Exim src/src/string.c string_printing() (a non-printing byte as '\\ooo', three octal digits), "
              "used by deliver.c print_address_information for the address it lists")
LABEL = ("groupware and appliance notices' labelled lines ('Recipient:', 'Original recipient:', 'Empfänger:', "
         "'Destinataire :'; formats/recipients.LABELLED's shapes) naming the recipient by local part or display "
         "name; the returned original's To gives the address (HAND-MADE)")
DOMINO = ("HCL Domino router failure report ('was not delivered to:' then the Notes canonical name 'CN/O@Domain', "
          "'because: User %s (%s) not listed in Domino Directory')")
WRAP = ("a gateway's plain notice wrapped at a fixed width with the break inside the address (HAND-MADE; RFC 5322 "
        "§2.1.1's 78-character line advice applied by a writer that breaks words)")
_WHY = "Reason: 550 5.1.1 User unknown\n"
_LEAD_NAMED = f"Lead Person <{LEAD}>"
_TWO_NAMED = f"Lead Person <{LEAD}>, Kim Other <{KIM}>"


def _label(name: str, lines: str, to: str, **kw) -> bytes:
    """A groupware notice: its lead sentence, the labelled lines, the reason."""
    return plain(f"r84-{name}", "Undeliverable: Quick question",
                 f"Your message could not be delivered to one of its recipients.\n\n{lines}\n{_WHY}", to=to, **kw)


def _pf(name: str, address: str, *, orcpt: str | None = None, to: str | None = None) -> bytes:
    reply = f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
    return postfix(f"r84-{name}", [(address, None, pf_said(address, reply))], [(address, orcpt, "5.1.1", reply)],
                   to=to or address)


# ---- the MTAs' own lists, the grammar's forms ------------------------------------------------------------
MTAS = [
    ("p84-pf-quoted-blank", PF + "; " + QSTRING + " (quote_822_local keeps the quotes in '<%s>')",
     _pf("qb", '"lead person"@example.org'), hard('"lead person"@example.org')),
    ("p84-pf-literal-ipv6", PF + "; " + LITERAL, _pf("l6", "lead@[IPv6:2001:db8::25]"), hard("lead@[ipv6:2001:db8::25]")),
    ("p84-pf-plus-equals-orcpt", PF + "; " + RFC3461 + " (ORCPT '+2B' and '+3D' of a tag holding '=')",
     _pf("peq", "lead+a=b@example.org", orcpt="rfc822;lead+2Ba+3Db@example.org"), hard("lead+a=b@example.org")),
    ("p84-qm-literal", QM + "; " + LITERAL, qmail("r84-qml", [("lead@[192.0.2.1]", QM_UNKNOWN)], to="lead@[192.0.2.1]"),
     hard("lead@[192.0.2.1]")),
    ("p84-qm-bang", QM + "; " + MAILBOX + " (a bang path in the local part)",
     qmail("r84-qmb", [("uucphost!lead@relay.example.net", QM_UNKNOWN)], to="uucphost!lead@relay.example.net"),
     hard("uucphost!lead@relay.example.net")),
    ("p84-qm-literal-and-plain", QM + "; " + LITERAL + " (two paragraphs)",
     qmail("r84-qm2", [("lead@[192.0.2.1]", QM_UNKNOWN), (KIM, QM_UNKNOWN)], to=f"lead@[192.0.2.1], {KIM}"),
     hard("lead@[192.0.2.1]", KIM)),
    ("p84-ex-literal-nodsn", EXIM + "; " + LITERAL + " (no DSN part: X-Failed-Recipients and the text)",
     exim("r84-exl", [("lead@[192.0.2.1]", "[192.0.2.1] [192.0.2.1]", _EX.format(a="lead@[192.0.2.1]"))],
          to="lead@[192.0.2.1]"), hard("lead@[192.0.2.1]")),
    ("p84-ex-octal-escape-with-xfr", EXIM_PRINT + "; " + UTF8 + " (the text escapes the UTF-8 bytes, "
     "X-Failed-Recipients carries them; no '274rgen@' fragment is a recipient)",
     exim("r84-exo", [("j\\303\\274rgen@example.org", _HOST, "SMTP error from remote mail server after RCPT "
                       "TO:<j\\303\\274rgen@example.org>: 550 5.1.1 User unknown")], to=U, failed=[U]), hard(U)),
    ("p84-ex-octal-escape-text-only", EXIM_PRINT + "; " + UTF8 + " (a gateway dropped X-Failed-Recipients: only the "
     "escaped text names the recipient)",
     exim("r84-exo2", [("j\\303\\274rgen@example.org", _HOST, "SMTP error from remote mail server after RCPT "
                        "TO:<j\\303\\274rgen@example.org>: 550 5.1.1 User unknown")], to=U, failed=[])
     .replace(b"X-Failed-Recipients: \n", b""), hard(U)),
    ("p84-ex-unqualified-xfr", EXIM + " (a local recipient listed unqualified: '  lead')",
     exim("r84-exu", [("lead", None, "Unrouteable address")], to=LEAD), hard(LEAD, reasons=("userunknown", "hostunknown"))),
    ("p84-pf-quoted-pair", PF + "; " + QSTRING + " (a quoted-pair inside the quoted local part)",
     _pf("qpp", '"lead\\"q"@example.org'), hard('"lead\\"q"@example.org')),
    ("p84-ex-unqualified-shared", EXIM + " (an unqualified '  info' that two of the original's recipients could be: "
     "neither may be marked, review 57's rule)",
     exim("r84-exsh", [("info", None, "Unrouteable address")], to="info@a.example, info@b.example"), []),
    ("p84-sm-success-and-fatal", SM + " (errbody's '----- The following addresses had successful delivery "
     "notifications -----' above the fatal list: the relayed one is not failed)",
     plain("r84-smsf", "Returned mail: see transcript for details",
           "The original message was received at Thu, 3 Dec 2026 10:00:00 +0000\nfrom localhost [127.0.0.1]\n\n"
           f"   ----- The following addresses had successful delivery notifications -----\n<{KIM}>  (relayed to "
           f"non-DSN-aware mailer)\n\n   ----- The following addresses had permanent fatal errors -----\n<{LEAD}>\n"
           "    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n"
           f"... while talking to mx.example.org.:\n>>> RCPT To:<{LEAD}>\n<<< 550 5.1.1 <{LEAD}>... User unknown\n",
           to=f"{LEAD}, {KIM}", sender="Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>"), hard(LEAD)),
]

# ---- labelled lines: no domain, display names, the original's forms -------------------------------------
LABELLED = [
    ("p84-label-local-part", LABEL, _label("lp", "Recipient: lead", LEAD), hard(LEAD)),
    ("p84-label-local-part-brackets", LABEL, _label("lpb", "Recipient: <lead>", LEAD), hard(LEAD)),
    ("p84-label-display-name", LABEL, _label("dn", "Recipient: Lead Person", _LEAD_NAMED), hard(LEAD)),
    ("p84-label-display-name-second", LABEL + " (the second of two named recipients)",
     _label("dn2", "Original recipient: Kim Other", _TWO_NAMED), hard(KIM)),
    ("p84-label-quoted-comma-name", LABEL + "; RFC 5322 §3.2.4 (a display name quoted for its comma)",
     _label("qn", 'Recipient: "Person, Lead"', f'"Person, Lead" <{LEAD}>'), hard(LEAD)),
    ("p84-label-name-and-local", LABEL + " (the display name, then the local part in brackets)",
     _label("nl", "Recipient: Lead Person <lead>", _LEAD_NAMED), hard(LEAD)),
    ("p84-label-german-name", LABEL, _label("de", "Empfänger: Lead Person", _LEAD_NAMED), hard(LEAD)),
    ("p84-label-french-local", LABEL, _label("fr", "Destinataire : lead", LEAD), hard(LEAD)),
    ("p84-label-rfc2047-name", LABEL + "; RFC 2047 §5(3) (the original's display name an encoded-word)",
     _label("ew", "Recipient: Jürgen Müller", "=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@example.org>"),
     hard("jm@example.org")),
    ("p84-label-address-comment-tag", LABEL + " (the address, a comment and a transport tag after it)",
     _label("ct", f"Recipient: {LEAD} (Lead Person) [SMTP]", _LEAD_NAMED), hard(LEAD)),
    ("p84-label-literal", LABEL + "; " + LITERAL, _label("lit", "Recipient: <lead@[192.0.2.1]>", "lead@[192.0.2.1]"),
     hard("lead@[192.0.2.1]")),
    ("p84-label-quoted-local", LABEL + "; " + QSTRING,
     _label("ql", 'Recipient: "lead person"@example.org', '"lead person"@example.org'), hard('"lead person"@example.org')),
    ("p84-label-group-member", LABEL + "; " + GROUP + " (the original's To a group)",
     _label("grp", "Recipient: Kim Other", f"Partners: {_TWO_NAMED};"), hard(KIM)),
    ("p84-label-obs-route", LABEL + "; " + GROUP + " (the original's To in obs-route form)",
     _label("obs", "Recipient: Lead Person", f"Lead Person <@relay.example.net:{LEAD}>"), hard(LEAD)),
    ("p84-label-sender-lines-too", LABEL + " (the original's From, To and Subject restated on labelled lines)",
     plain("r84-snd", "Undeliverable: Quick question", "Your message could not be delivered.\n\n"
           "From: seller@example.com\nTo: Lead Person\nSubject: Quick question\n\n" + _WHY, to=_LEAD_NAMED),
     hard(LEAD)),
    ("p84-label-postmaster-after", LABEL + " (a help line naming the postmaster under the recipient)",
     _label("pm", "Recipient: lead\nFor help write to postmaster@mail.example.com", LEAD), hard(LEAD)),
    ("p84-label-recipient-address-local", LABEL, _label("ral", "Recipient address: lead", LEAD), hard(LEAD)),
    ("p84-label-unknown-user-name", LABEL, _label("uun", "Unknown user: Lead Person", _LEAD_NAMED), hard(LEAD)),
    ("p84-label-name-and-date", LABEL + "; " + EX03 + " ('%s on %s' on a labelled line)",
     _label("nd", "Recipient: Lead Person on 12/3/2026 10:00 AM", _LEAD_NAMED), hard(LEAD)),
    ("p84-label-unquoted-comma-name", LABEL + " (the quoted name printed without its quotes)",
     _label("ucn", "Failed recipient: Person, Lead", f'"Person, Lead" <{LEAD}>'), hard(LEAD)),
    ("p84-label-upper-name", LABEL + " (the display name in capitals)", _label("up", "Recipient: LEAD PERSON", _LEAD_NAMED),
     hard(LEAD)),
    ("p84-label-dotted-local", LABEL + " (a dotted local part without its domain)",
     _label("dl", "Recipient: lead.person", "Lead Person <lead.person@example.org>"), hard("lead.person@example.org")),
    ("p84-label-tab", LABEL + " (a tab after the label, as a table's cell)", _label("tab", "Recipient:\tLead Person",
                                                                                    _LEAD_NAMED), hard(LEAD)),
    ("p84-label-japanese-local", LABEL, _label("ja", "宛先: lead", LEAD), hard(LEAD)),
    ("p84-label-sender-named-too", LABEL + " (our sender's display name on a 'Sender:' line above)",
     _label("sn", "Sender: Seller\nRecipient: Lead Person", _LEAD_NAMED), hard(LEAD)),
    ("p84-label-two-local-parts", LABEL + " (two labelled lines, two recipients by local part)",
     _label("two", "Recipient: lead\nRecipient: kim", f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
    ("p84-label-two-local-parts-each-reason", LABEL + " (two labelled lines, each with its own reason line)",
     plain("r84-two2", "Undeliverable: Quick question", "Your message could not be delivered to some recipients.\n\n"
           f"Recipient: lead\n{_WHY}\nRecipient: kim\n{_WHY}", to=f"{LEAD}, {KIM}"), hard(LEAD, KIM)),
    ("p84-label-one-of-two-local", LABEL + " (one labelled local part of two recipients: the other delivered)",
     _label("one", "Recipient: kim", f"{LEAD}, {KIM}"), hard(KIM)),
    ("p84-label-local-plus-tag", LABEL + " (a +tag local part without its domain)",
     _label("pt", "Recipient: lead+crm", "lead+crm@example.org"), hard("lead+crm@example.org")),
    ("p84-label-literal-ipv6", LABEL + "; " + LITERAL, _label("l6", "Recipient: <lead@[IPv6:2001:db8::1]>",
                                                            "lead@[IPv6:2001:db8::1]"), hard("lead@[ipv6:2001:db8::1]")),
    ("p84-label-delivered-report", LABEL + " (a delivery report on the same lines: no failure)",
     plain("r84-ok", "Delivered: Quick question", "Your message was delivered to the following recipient.\n\n"
           f"Recipient: {LEAD}\nStatus: 2.0.0 delivered to mailbox\n", to=LEAD), []),
]

# ---- display names in lists, canonical names, wrapped addresses, IDN forms -------------------------------
LISTS = [
    ("p84-x03-group-to", EX03 + "; " + GROUP, exchange2003("r84-x03g", [("Kim Other", _EX03_TEXT, "5.1.1")],
                                                          to=f"Partners: {_TWO_NAMED};"), hard(KIM)),
    ("p84-x03-encoded-name", EX03 + "; RFC 2047 (the display name encoded in the original)",
     exchange2003("r84-x03e", [("Jürgen Müller", _EX03_TEXT, "5.1.1")],
                  to="=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@example.org>"), hard("jm@example.org")),
    ("p84-domino-canonical", DOMINO + " (the 'CN/O@Domain' name is no Internet address)",
     plain("r84-dom", "DELIVERY FAILURE: User Lead Person (Lead Person/Acme@Acme) not listed in Domino Directory",
           "Your message\n\n  Subject: Quick question\n\nwas not delivered to:\n\n  Lead Person/Acme@Acme\n\nbecause:\n\n"
           "  User Lead Person (Lead Person/Acme@Acme) not listed in Domino Directory\n", to=_LEAD_NAMED,
           sender="Postmaster <postmaster@acme.example>"), hard(LEAD)),
    ("p84-wrap-after-at", WRAP, plain("r84-wat", "Undeliverable: Quick question",
                                      "Your message did not reach some or all of the intended recipients.\n\nThe "
                                      "following recipient could not be reached: lead.person.long@\nexample.org\n\n"
                                      "550 5.1.1 User unknown\n", to="lead.person.long@example.org"),
     hard("lead.person.long@example.org")),
    ("p84-wrap-after-hyphen", WRAP + " (the break after a hyphen inside the domain: 'mail-' is no domain)",
     plain("r84-why", "Undeliverable: Quick question", "Your message did not reach some or all of the intended "
           "recipients.\n\nThe following recipient could not be reached: lead@mail-\ngateway.example.org\n\n"
           "550 5.1.1 User unknown\n", to="lead@mail-gateway.example.org"), hard("lead@mail-gateway.example.org")),
    ("p84-idn-both-forms-one-line", IDNA + "; Outlook.com's 'addr (addr)' list line, here the U-label then the "
     "A-label (HAND-MADE)", plain("r84-idn", "Undeliverable: Quick question",
                                  "Delivery has failed to these recipients or groups:\n\nlead@münchen.example "
                                  "(lead@xn--mnchen-3ya.example)\nThe email address you entered couldn't be found.\n",
                                  to="lead@münchen.example"), hard("lead@münchen.example")),
    ("p84-pf-idn-text-a-label-dsn", PF + "; " + IDNA + " (a U-label in the text, the A-label in the DSN: one recipient)",
     postfix("r84-pfidn", [("lead@münchen.example", None, pf_said("lead@münchen.example", "550 5.1.1 User unknown"))],
             [("lead@xn--mnchen-3ya.example", None, "5.1.1", "550 5.1.1 User unknown")], to="lead@xn--mnchen-3ya.example"),
     hard("lead@xn--mnchen-3ya.example")),
]

ROWS = MTAS + LABELLED + LISTS
