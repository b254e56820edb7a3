"""The fifty-third review's single notices (see review_notices53.py): the recipient rules of review
50. Exchange's 'The email address you entered couldn't be found' (wordings.LOCAL_DELIVERY_UNKNOWN)
beside another recipient's other failure and where no server speaks (a help desk's auto-reply, a
person's reply); formats/named.address_of_name (an address-shaped display name mapped to the address
under it) with several recipients, our sender's and a colleague's addresses among the names, and
two entries with the same name; formats/broken._in_recipients_paragraph (a bare address in a qmail
'<r>:' paragraph is its reply wrapped) with real multi-recipient qmail notices, and one whose blank
lines a gateway removed; fields.encoded_original with base64 and quoted-printable status parts that
open with a blank line and name several recipients. Layouts are review 14's and review 50's
builders. All HAND-MADE; each source names the rule audited and the layout followed."""

from __future__ import annotations

import base64
import quopri

from tests.classifier.review_notices14_layouts import qmail
from tests.classifier.review_notices34_layouts import mail, responder
from tests.classifier.review_notices50_layouts import exchange, exchange2003, headers

LEAD, KIM, SELLER = "lead@example.org", "kim@partner.example", "seller@example.com"
R, S, ANY = "recipient", "sender", ""
UNKNOWN = ("userunknown",)
CE = "counter-example (hand-made): "
EXCH_TEXT = ("wordings.LOCAL_DELIVERY_UNKNOWN 'the email address you entered couldn't be found' (review 50; Microsoft "
             "Learn 'Email non-delivery reports and SMTP errors in Exchange Online', 5.1.1 user text)")
EXCH_FULL = ("Microsoft Learn NDR pages (5.2.2 'The recipient's mailbox is full and can't accept messages now')")
A2N = ("formats/named.address_of_name (review 50: Exchange 2003 lists a recipient by its display name; an address-"
       "shaped name is mapped to the address under it); Microsoft KB 284204 Exchange 2003 NDR layout")
QM = ("formats/broken._in_recipients_paragraph (review 50); notqmail qmail-send.c addbounce ('<' recip '>:\\n', the "
      "report, a blank line; blank lines inside a report become '/'); qmail-remote.c 'Remote host said:'")
ENC = ("fields.encoded_original (review 50: a blank line opening an encoded status part); RFC 6533 section 6.2 (a "
       "message/global-delivery-status part may carry a transfer encoding) and gateways that re-encode every part")
UNF = "_UNFORMATTED_"


def exchange_mixed(name: str, entries: list[tuple[str, str]], blocks: list[str] | None, *, to: str) -> bytes:
    """review 50's Exchange NDR (review_notices50_layouts.exchange) with each recipient's own user text."""
    raw = exchange(name, [UNF + str(i) for i in range(len(entries))], blocks, to=to).decode()
    stock = ("The email address you entered couldn't be found. Please check the recipient's email address and try to "
             "resend the message. If the problem continues, please contact your helpdesk.\n")
    for i, (shown, text) in enumerate(entries):
        raw = raw.replace(f"{UNF}{i}\n{stock}", f"{shown}\n{text}\n", 1)
    return raw.encode()


def _block(address: str, status: str, diag: str, action: str = "failed") -> str:
    return (f"Final-Recipient: rfc822;{address}\nAction: {action}\nStatus: {status}\n"
            f"Diagnostic-Code: smtp;{diag}\n")


_NOT_FOUND = ("The email address you entered couldn't be found. Please check the recipient's email address and try to "
              "resend the message.")
_FULL = "The recipient's mailbox is full and can't accept messages now. Please try resending this message later."

ROWS = [
    # ---- Exchange's sentence, one recipient each.
    ("r53-exch-not-found-only", f"{EXCH_TEXT}: the positive control (no DSN part)",
     exchange("r53-exch-not-found-only", [LEAD], None, to=LEAD), [(LEAD, True, UNKNOWN, R, False)]),
    ("r53-exch-found-beside-full", f"{EXCH_TEXT}; {EXCH_FULL}; {CE}two recipients, the sentence under one of them only "
     "(no DSN part): the other's full mailbox stays soft",
     exchange_mixed("r53-exch-found-beside-full", [(KIM, _NOT_FOUND), (LEAD, _FULL)], None, to=f"{KIM}, {LEAD}"),
     [(KIM, True, UNKNOWN, R, False), (LEAD, False, (), R, False)]),
    ("r53-exch-full-before-found", f"{EXCH_TEXT}; {EXCH_FULL}; {CE}the same with the full mailbox listed first",
     exchange_mixed("r53-exch-full-before-found", [(LEAD, _FULL), (KIM, _NOT_FOUND)], None, to=f"{LEAD}, {KIM}"),
     [(KIM, True, UNKNOWN, R, False), (LEAD, False, (), R, False)]),
    ("r53-exch-found-beside-full-dsn", f"{EXCH_TEXT}; {EXCH_FULL}; {CE}the same with the DSN part's statuses",
     exchange_mixed("r53-exch-found-beside-full-dsn", [(KIM, _NOT_FOUND), (LEAD, _FULL)],
                    [_block(KIM, "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
                     _block(LEAD, "5.2.2", "554 5.2.2 mailbox full;")], to=f"{KIM}, {LEAD}"),
     [(KIM, True, UNKNOWN, R, False), (LEAD, False, ("mailboxfull",), R, False)]),
    ("r53-exch-sentence-helpdesk-autoreply", f"{EXCH_TEXT}; {CE}a help desk's auto-reply (RFC 3834, review 34's "
     "responder) about OUR address not found in its customer records: no bounce",
     responder("exchange", "Support Desk <support@example.org>", "en",
               "Thank you for contacting support.\n\nWe could not match your request to a customer: the email address "
               "you entered couldn't be found in our customer records. Please reply with your account number.\n"),
     []),
    ("r53-exch-sentence-person-reply", f"{EXCH_TEXT}; {CE}a person's reply (review 34's plain mail layout) quoting the "
     "sentence about an address they tried: no bounce",
     mail(f"Lee <{LEAD}>", "Re: Quick question",
          "Hi,\n\nI tried to forward this to my colleague but Outlook said \"The email address you entered couldn't be "
          "found\". Could you send it to her directly?\n\nThanks,\nLee\n"), []),
    # ---- address-shaped display names (Exchange 2003 lists display names only).
    ("r53-a2n-control", f"{A2N}: the positive control (an old address kept as the name)",
     exchange2003("r53-a2n-control", [("kim@old.example", "The e-mail account does not exist at the organization this "
                                       "message was sent to.", "5.1.1")], to=f'"kim@old.example" <{LEAD}>'),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("r53-a2n-two-named", f"{A2N}; {CE}two recipients each listed by an address-shaped name: each maps to its own",
     exchange2003("r53-a2n-two-named", [("kim@old.example", "The e-mail account does not exist at the organization "
                                         "this message was sent to.", "5.1.1"),
                                        ("lee@old.example", "The e-mail account does not exist at the organization "
                                         "this message was sent to.", "5.1.1")],
                  to=f'"kim@old.example" <{LEAD}>, "lee@old.example" <{KIM}>'),
     [(LEAD, True, UNKNOWN, R, False), (KIM, True, UNKNOWN, R, False)]),
    ("r53-a2n-one-of-two", f"{A2N}; {CE}two recipients, only the first failed: the second is not marked",
     exchange2003("r53-a2n-one-of-two", [("kim@old.example", "The e-mail account does not exist at the organization "
                                          "this message was sent to.", "5.1.1")],
                  to=f'"kim@old.example" <{LEAD}>, "Kim Lee" <{KIM}>'),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("r53-a2n-real-address-and-name", f"{A2N}; {CE}the listed address is a real To address and also the name of a "
     "colleague's Cc entry: the real address, never the colleague",
     exchange2003("r53-a2n-real-address-and-name", [(LEAD, "The e-mail account does not exist at the organization "
                                                     "this message was sent to.", "5.1.1")],
                  to=LEAD, cc=f'"{LEAD}" <colleague@example.com>'),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("r53-a2n-same-name-twice", f"{A2N}; {CE}two entries share one address-shaped name and one failed: which one "
     "cannot be told, so neither is taken (the listed string stays)",
     exchange2003("r53-a2n-same-name-twice", [("info@partner.example", "The e-mail account does not exist at the "
                                              "organization this message was sent to.", "5.1.1")],
                  to=f'"info@partner.example" <{LEAD}>, "info@partner.example" <{KIM}>'),
     [("info@partner.example", True, UNKNOWN, R, False)]),
    ("r53-a2n-sender-name", f"{A2N}; {CE}our sender's address as the name of the prospect's entry (a merge field "
     "error): the entry is the prospect's, never our sender",
     exchange2003("r53-a2n-sender-name", [(SELLER, "The e-mail account does not exist at the organization this "
                                           "message was sent to.", "5.1.1")], to=f'"{SELLER}" <{LEAD}>'),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("r53-a2n-full-mailbox", f"{A2N}; {CE}the mapped recipient's mailbox is full: soft",
     exchange2003("r53-a2n-full-mailbox", [("kim@old.example", "The recipient's mailbox is full.", "5.2.2")],
                  to=f'"kim@old.example" <{LEAD}>'), [(LEAD, False, ("mailboxfull",), R, False)]),
    # ---- qmail '<r>:' paragraphs.
    ("r53-qm-three-recipients", f"{QM}: three failed recipients, three paragraphs (control)",
     qmail("r53-qm-three-recipients", [
         (LEAD, "Remote host said: 550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown\n"
                "Giving up on 192.0.2.25."),
         (KIM, "192.0.2.26 does not like recipient.\nRemote host said: 550 5.1.1 No such user\nGiving up on 192.0.2.26."),
         ("lee@example.net", "Sorry, no mailbox here by that name. (#5.1.1)")], to=f"{LEAD}, {KIM}, lee@example.net"),
     [(LEAD, True, UNKNOWN, R, False), (KIM, True, UNKNOWN, R, False), ("lee@example.net", True, UNKNOWN, R, False)]),
    ("r53-qm-wrapped-helpdesk", f"{QM}: a reply wrapped before the address it names (control: not a recipient)",
     qmail("r53-qm-wrapped-helpdesk", [
         (LEAD, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 Mailbox unknown; for help write to\n"
                "helpdesk@example.org\nGiving up on 192.0.2.25.")], to=LEAD), [(LEAD, True, UNKNOWN, R, False)]),
    ("r53-qm-wrapped-then-second", f"{QM}; {CE}a wrapped address in the first paragraph, a second failed recipient "
     "after it: both recipients, not the wrapped one",
     qmail("r53-qm-wrapped-then-second", [
         (LEAD, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 Mailbox unknown; for help write to\n"
                "helpdesk@example.org\nGiving up on 192.0.2.25."),
         (KIM, "192.0.2.26 does not like recipient.\nRemote host said: 552 5.2.2 Mailbox full\nGiving up on "
               "192.0.2.26.")], to=f"{LEAD}, {KIM}"),
     [(LEAD, True, UNKNOWN, R, False), (KIM, False, ("mailboxfull",), R, False)]),
    ("r53-qm-no-blank-lines", f"{QM}; {CE}the paragraphs with their blank lines removed (a gateway reflowing the "
     "notice): every '<r>:' line is still a recipient",
     qmail("r53-qm-no-blank-lines", [
         (LEAD, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 User unknown\nGiving up on "
                "192.0.2.25."),
         (KIM, "192.0.2.26 does not like recipient.\nRemote host said: 550 5.1.1 User unknown\nGiving up on "
               "192.0.2.26.")], to=f"{LEAD}, {KIM}").replace(b"192.0.2.25.\n\n<", b"192.0.2.25.\n<"),
     [(LEAD, True, UNKNOWN, R, False), (KIM, True, UNKNOWN, R, False)]),
    ("r53-qm-sender-wrapped", f"{QM}; {CE}a refusal of our sender at MAIL FROM, our address wrapped on its own line: "
     "no recipient of ours is gone, our address is not a recipient",
     qmail("r53-qm-sender-wrapped", [
         (LEAD, "Connected to 192.0.2.25 but sender was rejected.\nRemote host said: 553 5.1.8 Domain of sender "
                "address\nseller@example.com\ndoes not exist")], to=LEAD, host="mail.example.com"),
     [(LEAD, False, (), S, False)]),
]


# ---- encoded status parts that open with a blank line.
def _report(name: str, status_text: str, cte: str, kind: str = "message/delivery-status") -> bytes:
    body = status_text.encode()
    if cte == "base64":
        encoded = base64.encodebytes(body).decode()
    else:
        encoded = quopri.encodestring(body).decode()
    return ("From: MAILER-DAEMON@gw.example.com (Mail Delivery System)\nTo: seller@example.com\n"
            "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
            f"Message-Id: <r53-{name}@gw.example.com>\nX-Hand-Made: yes (RFC 3464 report, part re-encoded)\n"
            'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="E53"\n\n'
            "--E53\nContent-Type: text/plain; charset=us-ascii\n\nYour message could not be delivered.\n\n"
            f"--E53\nContent-Type: {kind}\nContent-Transfer-Encoding: {cte}\n\n\n{encoded}\n"
            "--E53\nContent-Type: text/rfc822-headers\n\n" + headers(name, f"{LEAD}, {KIM}") + "\n--E53--\n").encode()


_TWO = ("Reporting-MTA: dns; gw.example.com\n\n"
        f"Final-Recipient: rfc822; {LEAD}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox "
        "table, please check the address and try again\n\n"
        f"Final-Recipient: rfc822; {KIM}\nAction: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx.partner.example\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n")
_DELAY = ("Reporting-MTA: dns; gw.example.com\n\n"
          f"Final-Recipient: rfc822; {LEAD}\nAction: delayed\nStatus: 4.4.1\nRemote-MTA: dns; mx.example.org\n"
          "Diagnostic-Code: smtp; 451 4.4.1 Connection timed out\n")
_TWO_READ = [(LEAD, True, UNKNOWN, R, False), (KIM, False, ("mailboxfull",), R, False)]
ROWS += [
    ("r53-enc-b64-blank-two", f"{ENC}: base64, two recipients (control)", _report("b64-two", _TWO, "base64"), _TWO_READ),
    ("r53-enc-qp-blank-two", f"{ENC}; {CE}quoted-printable (the long Diagnostic-Code soft-broken), two recipients",
     _report("qp-two", _TWO, "quoted-printable"), _TWO_READ),
    ("r53-enc-b64-blank-delay", f"{ENC}; {CE}base64, a delay: not hard", _report("b64-delay", _DELAY, "base64"),
     [(LEAD, False, (), ANY, True)]),
    ("r53-enc-qp-blank-delay", f"{ENC}; {CE}quoted-printable, a delay: not hard",
     _report("qp-delay", _DELAY, "quoted-printable"), [(LEAD, False, (), ANY, True)]),
    ("r53-enc-b64-global-two", f"{ENC}: message/global-delivery-status in base64, two recipients",
     _report("b64-global", _TWO, "base64", "message/global-delivery-status"), _TWO_READ),
]
ROWS += [
    ("r53-enc-b64-two", f"{ENC}: base64 without the leading blank line (control)",
     _report("b64-two-plain", _TWO, "base64").replace(b"base64\n\n\n", b"base64\n\n"), _TWO_READ),
    ("r53-enc-qp-two", f"{ENC}: quoted-printable without the leading blank line (control)",
     _report("qp-two-plain", _TWO, "quoted-printable").replace(b"quoted-printable\n\n\n", b"quoted-printable\n\n"),
     _TWO_READ),
    ("r53-exch-three", f"{EXCH_TEXT}; {EXCH_FULL}; {CE}three recipients: two not found, one full (no DSN part)",
     exchange_mixed("r53-exch-three", [(KIM, _NOT_FOUND), (LEAD, _FULL), ("lee@example.net", _NOT_FOUND)], None,
                    to=f"{KIM}, {LEAD}, lee@example.net"),
     [(KIM, True, UNKNOWN, R, False), (LEAD, False, (), R, False), ("lee@example.net", True, UNKNOWN, R, False)]),
    ("r53-qm-other-recipient-wrapped", f"{QM}; {CE}the first report wraps the second recipient's address (both "
     "failed): each listed once",
     qmail("r53-qm-other-recipient-wrapped", [
         (LEAD, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 User unknown; also refused:\n"
                f"{KIM}\nGiving up on 192.0.2.25."),
         (KIM, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 User unknown\nGiving up on "
               "192.0.2.25.")], to=f"{LEAD}, {KIM}"),
     [(LEAD, True, UNKNOWN, R, False), (KIM, True, UNKNOWN, R, False)]),
    ("r53-qm-second-wraps-sender", f"{QM}; {CE}the second report wraps our sender's address: not a recipient",
     qmail("r53-qm-second-wraps-sender", [
         (LEAD, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 User unknown\nGiving up on "
                "192.0.2.25."),
         (KIM, "192.0.2.26 does not like recipient.\nRemote host said: 552 5.2.2 Mailbox full, mail from\n"
               f"{SELLER}\nnot accepted now\nGiving up on 192.0.2.26.")], to=f"{LEAD}, {KIM}"),
     [(LEAD, True, UNKNOWN, R, False), (KIM, False, ("mailboxfull",), R, False)]),
]
ROWS += [
    ("r53-enc-b64-two-blank-lines", f"{ENC}; {CE}two blank lines before the base64 text (a gateway's re-serializing "
     "adds one per empty block, as Python's email generator does): both recipients",
     _report("b64-two-blank", _TWO, "base64").replace(b"base64\n\n\n", b"base64\n\n\n\n"), _TWO_READ),
]
