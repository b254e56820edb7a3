"""Review nonbounce46's mend and its controls (classifier/formats/nested.py `_someone_elses`): a person's forward of
a delivery notice is read as that notice (nested.py's design: a colleague passing on our bounce), EXCEPT when the
notice went to the forwarder themself and they write to another organisation: then it is their own failure, about
an address we never mailed (the prospect's "I forwarded your note to our CFO and got this back"). Controls: the same
forwards from a colleague of the mailbox (every To address of their domain: read as before, hard), notices addressed
to us, and notices with no To line. Rows as review_nonbounce46.ROWS; expectations written before the mend's run."""

from __future__ import annotations

from tests.classifier.review_nonbounce46 import NB
from tests.classifier.review_nonbounce46_layouts import LEAD, SELLER, whole

CFO = "cfo@partner.example"
OURS = "jane.ops@example.com"
MEND = ("nested.py's rule (a person's forward of a notice is the notice); the inline block as Gmail forwards "
        "(shared/api/gmail.md 9), the attached one as Exchange Online's NDR; HAND-MADE")


def _gmail_dsn(failed: str, to: str | None) -> str:
    to_line = f"To: <{to}>\n" if to else ""
    return ("---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
            f"Date: Mon, 7 Dec 2026 at 08:02\nSubject: Delivery Status Notification (Failure)\n{to_line}\n\n"
            f"** Address not found **\n\nYour message wasn't delivered to {failed} because the address couldn't be "
            "found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email "
            "account that you tried to reach does not exist.")


def _ndr(failed: str, to: str, sender: str) -> str:
    return (f"From: Microsoft Outlook <postmaster@outlook.com>\nTo: {to}\nSubject: Undeliverable: Quick question\n"
            "Message-ID: <ndr-46@outlook.com>\nMIME-Version: 1.0\nContent-Type: multipart/report; "
            'report-type=delivery-status; boundary="N46"\n\n--N46\nContent-Type: text/plain; charset=utf-8\n\n'
            f"Delivery has failed to these recipients or groups:\n\n{failed}\nThe email address you entered couldn't "
            "be found.\n\n--N46\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; outlook.com\n\n"
            f"Final-Recipient: rfc822; {failed}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 "
            "RESOLVER.ADR.RecipNotFound; not found\n\n--N46\nContent-Type: text/rfc822-headers\n\n"
            f"From: {sender}\nTo: {failed}\nSubject: Quick question\nMessage-ID: <q-46@example.com>\n\n--N46--\n")


def _fwd(name: str, who: str, to: str, text: str, *, cc: str = "", attached: str = "") -> bytes:
    head = (f"From: {who}\nTo: {to}\n" + (f"Cc: {cc}\n" if cc else "") + "Subject: Fwd: Delivery Status Notification "
            f"(Failure)\nMessage-ID: <fwd-{name}@mail.example>\n")
    if not attached:
        return whole(head, text + "\n", mark="a person's forward")
    body = (f"--F46\nContent-Type: text/plain; charset=utf-8\n\n{text}\n--F46\nContent-Type: message/rfc822\n\n"
            f"{attached}\n--F46--\n")
    return whole(head, body, mark="a person's forward", ctype='multipart/mixed; boundary="F46"')


_HARD = [(LEAD, True, ("userunknown",), "recipient", False)]
_SAM = f"Sam Seller <{SELLER}>"
_LENA = f"Lena Lead <{LEAD}>"

ROWS = [
    # the mend: the forwarder's own failure, passed on to another organisation
    ("nb46-mend-prospect-inline-cc-colleague", MEND, _fwd(
        "m1", _LENA, _SAM, "Sam, FYI - your CFO contact bounced for me too:\n\n" + _gmail_dsn(CFO, LEAD),
        cc="kim@partner.example"), NB),
    ("nb46-mend-prospect-attached-to-colleague-domain", MEND, _fwd(
        "m2", _LENA, _SAM, "See attached; Kim got this when she wrote to our CFO.",
        attached=_ndr(CFO, "kim@partner.example", "kim@partner.example")), NB),
    # controls: read as before
    ("nb46-ctl-mend-colleague-inline-ours", MEND, _fwd(
        "c1", f"Jane Ops <{OURS}>", _SAM, "Sam, Lena's address bounced from our campaign:\n\n" + _gmail_dsn(LEAD, OURS)),
     _HARD),
    ("nb46-ctl-mend-colleague-attached-ours", MEND, _fwd(
        "c2", f"Jane Ops <{OURS}>", _SAM, "Bounce from the campaign, attached.", attached=_ndr(LEAD, OURS, OURS)),
     _HARD),
    ("nb46-ctl-mend-outsider-notice-to-us", MEND, _fwd(
        "c3", "Kim <kim@partner.example>", _SAM, "Sam, this came back to you via our gateway:\n\n"
        + _gmail_dsn(LEAD, SELLER)), _HARD),
    # judgement: the forwarder's own failure of an OUTSIDE address (not within their organisation), passed on
    ("nb46-mend-prospect-own-failure-outside", MEND, _fwd(
        "j1", _LENA, _SAM, "Sam, I tried to send your deck to my private address and got this:\n\n"
        + _gmail_dsn("lena.private@mail-home.example", LEAD)), NB),
    ("nb46-ctl-mend-outsider-notice-no-to", MEND, _fwd(
        "c4", "Kim <kim@partner.example>", _SAM, "Sam, look:\n\n" + _gmail_dsn(LEAD, None)), _HARD),
]
