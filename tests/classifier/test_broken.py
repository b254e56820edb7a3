"""What a writer's or gateway's line width breaks (classifier/formats/broken.py, lone.broken_sentence,
sections' wrapped markers, dsn's broken heading): read as the unbroken text is.

HAND-MADE messages. The notices' words follow James's bounce text (org.apache.james.transport.mailets.
DSNBounce / Bounce: "Error message below:" then the reply), XMail's QueUtBuildErrorResponse layout
("[<00>] XMail bounce: Rcpt=[...];Error=[...]", "[<05>] Here is listed the initial part of the
message:") and DragonFly Mail Agent's ("There was an error delivering your mail to <a@b>."); the
colleague's mail is an ordinary person's text, as tests/classifier/review_notices19.py's _TALK.
"""

from __future__ import annotations

import re

from classifier import classify
from classifier.formats import broken, lone
from classifier.sections import original_section


def _mail(subject: str, text: str, sender: str = "Mail Delivery System <MAILER-DAEMON@mail.seller-host.example>"):
    return (f"From: {sender}\nTo: seller@example.com\nSubject: {subject}\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            f"Message-ID: <broken-1@seller-host.example>\nContent-Type: text/plain; charset=utf-8\n\n{text}").encode()


def _reading(raw: bytes):
    result = classify(raw)
    return result.is_bounce, [(d.address, d.reason.value, d.hard_bounce) for d in result.deliveries]


_TALK = ("Hallo,\n\nunsere Bounce-Rate lag im November bei 2 %. Die meisten Rückläufer waren\n"
         "'550 5.1.1 User unknown', z. B. bei alt.kontakt@partner.example.\n\nGruß\nJonas\n")


def test_a_colleagues_mail_about_bounces_is_none_however_wrapped():
    """Its example address closing a sentence on a line of its own is no lone failed recipient
    (a false hard): the sentence read whole names no failed delivery, as unbroken."""
    sender = "Jonas IT <jonas.it@ourco.example>"
    wrapped = _TALK.replace("z. B. bei alt.kontakt", "z. B. bei\nalt.kontakt")
    assert _reading(_mail("Bounce-Rate im November", _TALK, sender)) == (False, [])
    assert _reading(_mail("Bounce-Rate im November", wrapped, sender)) == (False, [])
    lines = wrapped.split("\n")
    assert lone.broken_sentence(lines, 4).endswith("z. B. bei alt.kontakt@partner.example.")


def test_a_failure_sentence_broken_before_its_address_still_names_it():
    text = ("There was an error delivering your mail to\n<lead@partner.example>.\n\n"
            "mx.partner.example [192.0.2.9] said: 550 5.1.1 <lead@partner.example>: Recipient address rejected: "
            "User unknown in local recipient table\n")
    assert _reading(_mail("Mail delivery failed", text)) == (True, [("lead@partner.example", "userunknown", True)])


def test_a_reply_broken_before_the_address_it_ends_with():
    lines = ["Error message below:", "550 5.1.1 unknown or illegal user:", "lead@example.org"]
    assert broken.reply_above(lines, 2) == "550 5.1.1 unknown or illegal user"
    assert broken.reply_above(["The following addresses had permanent fatal errors:", "lead@example.org"], 1) == ""
    text = ("Hi. This is the James mail server at mail.seller-host.example.\nI'm afraid I wasn't able to deliver "
            "your message to the following addresses.\n\nError message below:\n550 5.1.1 unknown or illegal user:\n"
            "lead@example.org\n\nMessage details:\n  Subject: Hello\n  RCPT TO: lead@example.org\n")
    assert _reading(_mail("Undelivered", text)) == (True, [("lead@example.org", "userunknown", True)])


def test_a_reply_code_broken_off_before_the_address_it_names_first():
    lines = ["[<00>] XMail bounce: Rcpt=[lead@partner.example];Error=[550 5.1.1",
             "<lead@partner.example>: Recipient address rejected: User unknown in local recipient table]"]
    m = re.search(r"lead@partner\.example", lines[1])
    assert broken.code_above(lines, 1, m) == "550 5.1.1"
    assert broken.code_above(["said: 550 5.1.1 in text", lines[1]], 1, m) == ""


def test_an_original_marker_broken_between_its_words():
    text = ("[<02>] The reason of the delivery failure was:\n\nThe maximum number of delivery attempts has been\n"
            "reached\n\n\n[<05>] Here is listed the initial part of the\nmessage:\n\nFrom: Seller <seller@example.com>\n")
    assert text[original_section(text):].startswith("Here is listed the initial part of the\nmessage:")
    led = "Failed all attempts.\n\n   -- The header and top 20 lines of the message\nfollows --\n\nFrom: x@y.example\n"
    assert led[original_section(led):].startswith("\n   -- The header")
