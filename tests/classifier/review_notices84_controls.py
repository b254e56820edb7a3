"""The eighty-fourth review's adversarial controls (review_notices84.py says what it reads): its mends widen
what reads as an address (address literals and deep domains in classifier.parse.ADDRESS, a quoted local
part on a labelled line) and narrow it (an unclosed quote, a domain ended on a hyphen, a 2.X.X block
without Action, one mailbox in U- and A-labels). Each control puts the same forms where they name NO failed
recipient: a postmaster, our own host or sender written as a literal, a help address in a deep domain, two
different mailboxes in one IDN domain, a success report without Action. Expectations written BEFORE the
classifier ran; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices14_layouts import pf_said, postfix, qmail
from tests.classifier.review_notices50_layouts import block, plain, report
from tests.classifier.review_notices50_sources import KIM, LEAD, LEE, PF, QM, RFC3464, _D, hard
from tests.classifier.review_notices84 import BROKEN, IDNA, LITERAL, QSTRING

_PF_LIT = "550 5.1.1 <lead@example.org>: User unknown; questions to postmaster@[192.0.2.25]"


def _rep(name: str, blocks: list[str], to: str = LEAD, **kw) -> bytes:
    return report(f"r84c-{name}", blocks, to=to, **kw)


CONTROLS = [
    ("c84-pf-postmaster-literal-in-reply", PF + "; " + LITERAL + " (the reply names its postmaster at a literal)",
     postfix("r84c-pml", [(LEAD, None, pf_said(LEAD, _PF_LIT))], [(LEAD, None, "5.1.1", _PF_LIT)], to=LEAD), hard(LEAD)),
    ("c84-qm-postmaster-literal-in-reply", QM + "; " + LITERAL + " (the remote reply names root at a literal)",
     qmail("r84c-qml", [(LEAD, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 <lead@example.org> "
                              "unknown; write to root@[192.0.2.25]\nGiving up on 192.0.2.25.")], to=LEAD), hard(LEAD)),
    ("c84-plain-sender-literal", LITERAL + " (a gateway notice naming our sender as a literal-addressed envelope)",
     plain("r84c-snd", "Undeliverable: Quick question", "Your message from seller@[192.0.2.9] could not be delivered "
           f"to {LEAD}.\n\n550 5.1.1 User unknown\n", to=LEAD), hard(LEAD)),
    ("c84-dsn-literal-remote-only", RFC3464 + "; " + LITERAL + " (the literal is the Remote-MTA's, no recipient)",
     _rep("rm", [block(f"rfc822; {LEAD}", remote="[192.0.2.25]")]), hard(LEAD)),
    ("c84-deep-domain-help-address", RFC3464 + " (a help address in a 14-label domain in the text: not a recipient)",
     _rep("deep", [block(f"rfc822; {LEAD}")],
          text="Your message could not be delivered.\n\nHelp: help@a.b.c.d.e.f.g.h.i.j.k.l.example.org\n"), hard(LEAD)),
    ("c84-idn-two-mailboxes-one-domain", IDNA + " (two different mailboxes in one IDN domain, one per label form: "
     "two recipients)",
     _rep("idn2", [block("utf-8; lead@münchen.example"), block("rfc822; kim@xn--mnchen-3ya.example")],
          to="lead@münchen.example, kim@xn--mnchen-3ya.example", kind="message/global-delivery-status"),
     hard("lead@münchen.example", "kim@xn--mnchen-3ya.example")),
    ("c84-success-without-action", RFC3464 + " §2.3.4 (a success report whose blocks lack Action: no bounce)",
     _rep("ok", [f"Final-Recipient: rfc822; {LEAD}\nStatus: 2.0.0\nDiagnostic-Code: {_D}\n"],
          subject="Successful Mail Delivery Report", text="Your message was successfully delivered to the "
          "destination(s) listed below.\n"), []),
    ("c84-status-5-no-action-beside-2", RFC3464 + " §2.3.4 (one block 5.X.X without Action, one 2.X.X with "
     "'delivered': the 5.X.X one failed)",
     _rep("s52", [f"Final-Recipient: rfc822; {LEAD}\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
                  block(f"rfc822; {KIM}", "delivered", "2.0.0", diag=_D)], to=f"{LEAD}, {KIM}"), hard(LEAD)),
    ("c84-balanced-quote-with-blank", BROKEN + "; " + QSTRING + " (control: the quote closed, the address whole)",
     _rep("bq", [block('rfc822; "lead person"@example.org'), block(f"rfc822; {KIM}")],
          to=f'"lead person"@example.org, {KIM}'), hard('"lead person"@example.org', KIM)),
    ("c84-lone-quote-inside-comment", BROKEN + "; RFC 5322 §3.2.2 (ctext may hold a '\"': a lone quote inside a "
     "closed comment leaves the address before it whole)",
     _rep("qc", [block(f'rfc822; {LEAD} (Lead "the lead)'), block(f"rfc822; {LEE}")],
          to=f"{LEAD}, {LEE}"), hard(LEAD, LEE)),
    ("c84-hyphen-wrap-two-recipients", "a gateway's plain notice wrapped inside a domain after a hyphen, two "
     "recipients in the original (HAND-MADE): 'kim@mail-' is no address, the whole one is",
     plain("r84c-hy2", "Undeliverable: Quick question", "Your message did not reach some or all of the intended "
           "recipients.\n\nThe following recipient could not be reached: kim@mail-\npartner.example\n\n"
           "550 5.1.1 User unknown\n", to=f"{LEAD}, kim@mail-partner.example"), hard("kim@mail-partner.example")),
]

# The labelled line read by name or local part (recipients._NAMED_LABEL): a success report and a recap of
# the original's recipients use the same labels.
LABEL = ("groupware notices' labelled lines (formats/recipients._NAMED_LABEL) where the name is no failed "
         "recipient (HAND-MADE)")
LABEL_CONTROLS = [
    ("c84-label-name-in-success-report", LABEL + " (a delivery report: no bounce)",
     plain("r84c-okn", "Delivered: Quick question", "Your message was delivered to the following recipient.\n\n"
           "Recipient: Lead Person\nStatus: 2.0.0 delivered to mailbox\n", to=f"Lead Person <{LEAD}>"), []),
    ("c84-label-recap-of-all-recipients", LABEL + " (a recap line naming both of the original's recipients)",
     plain("r84c-rec", "Undeliverable: Quick question", "Your message could not be delivered to one of its "
           "recipients.\n\nRecipient: lead\nReason: 550 5.1.1 User unknown\n\n"
           "Original recipients: Lead Person, Kim Other\n", to=f"Lead Person <{LEAD}>, Kim Other <{KIM}>"), hard(LEAD)),
    ("c84-label-to-recap-delivered-cc", LABEL + " (the original's headers restated under the failed one: a bare "
     "'Cc:' / 'To:' names no failed recipient)",
     plain("r84c-to", "Undeliverable: Quick question", "Your message could not be delivered to one of its "
           f"recipients.\n\nRecipient: {LEAD}\nReason: 550 5.1.1 User unknown\n\nTo: Lead Person\nCc: Kim Other\n",
           to=f"Lead Person <{LEAD}>, Kim Other <{KIM}>"), hard(LEAD)),
]

# A local part two of the original's recipients share (review 57's rule for a shared display name): which
# failed cannot be told, and either guess may mark a good address (hard).
_INFO2 = "info@a.example, info@b.example"
SHARED = [
    ("c84-label-shared-local-part", LABEL + " (the local part named is two recipients')",
     plain("r84c-sh", "Undeliverable: Quick question", "Your message could not be delivered to one of its "
           "recipients.\n\nRecipient: info\nReason: 550 5.1.1 User unknown\n", to=_INFO2), []),
    ("c84-sendmail-v5-shared-local-part", "Sendmail V5's verdict line '550 jdoe... User unknown' (the shape "
     "classifier/formats/named.py's docstring cites) naming a local part two recipients share",
     plain("r84c-sm5", "Returned mail: User unknown", "   ----- Transcript of session follows -----\n"
           "550 info... User unknown\n", to=_INFO2), []),
    ("c84-label-local-part-unique", LABEL + " (control: the local part is one recipient's)",
     plain("r84c-un", "Undeliverable: Quick question", "Your message could not be delivered to one of its "
           "recipients.\n\nRecipient: info\nReason: 550 5.1.1 User unknown\n", to=f"info@a.example, {KIM}"),
     hard("info@a.example")),
]

ROWS = CONTROLS + LABEL_CONTROLS + SHARED
