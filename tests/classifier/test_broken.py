"""What a writer's or gateway's line width breaks (classifier/formats/broken.py, lone.broken_sentence,
sections' wrapped markers, dsn's broken heading, a rule straight above returned headers, a recipient
sentence broken before its address, a stage word lowered): read as the unbroken text is.

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


def test_a_rule_straight_above_the_returned_headers_starts_the_original():
    """Halon's plain-text notice (tests/classifier/review_notices29_layouts.halon) puts 80 dashes and
    then the returned message's own header lines, no label, no blank line: the original starts
    at the rule, so its "To:" line is no labelled failed recipient once the reply above is wrapped."""
    notice = ("This is the mail system at host\n\tmailrelay6.relay.example.\n\n"
              "<lead@partner.example> failed:\n\tpartner.example->MX:\n554 5.7.1 <lead@partner.example>: Recipient\n"
              "\taddress rejected: ERS-QIL.\n" + "-" * 80 + "\nReceived: from seller-pc (unknown [198.51.100.7])\n"
              "Message-ID: <broken-halon@example.com>\nFrom: Seller <seller@example.com>\nTo: <lead@partner.example>\n"
              "Subject: Quick question\n")
    assert notice[original_section(notice):].startswith("-" * 80 + "\nReceived: from seller-pc")
    raw = _mail("Undelivered Mail Returned to Sender", notice)
    result = classify(raw)
    assert [(d.address, d.reason.value, d.scope.value) for d in result.deliveries] == \
        [("lead@partner.example", "blocked", "sender")]
    assert "ERS-QIL" in result.deliveries[0].diagnostic
    # A rule above ordinary text, or above a labelled block that is no header, starts nothing.
    assert original_section("Hello\n" + "-" * 40 + "\nReceived your note, thanks\n") == len(
        "Hello\n" + "-" * 40 + "\nReceived your note, thanks\n")


def test_a_recipient_sentence_broken_before_the_address():
    """"SMTP Server <mx> rejected recipient <a@b> (Error following RCPT command). It responded as
    follows: [...]" (the X6 layout of review 25) broken at 60 columns before the address: the
    sentence still names it, rather than the returned headers' "To:" line below."""
    text = ("1 error(s):\n\nSMTP Server <mx.partner.example> rejected recipient\n<lead@partner.example> (Error "
            "following RCPT command). It responded\nas follows: [554 5.7.1 Service unavailable; Client host\n"
            "[198.51.100.7] blocked using zen.spamhaus.org]\n\nThe attachment contains the original mail headers.\n\n"
            "From: Seller <seller@example.com>\nTo: lead@partner.example\nSubject: Quick question\n")
    result = classify(_mail("There was an error sending your mail", text, "postmaster@relay.example.net"))
    assert [(d.address, d.reason.value, d.scope.value, d.smtp_command) for d in result.deliveries] == \
        [("lead@partner.example", "blocked", "sender", "RCPT")]


def test_the_stage_word_in_any_case():
    """X3's "SMTP:RCPT host ...: 553 5.3.0 <a@b>... No such user here" names the RCPT stage, in
    capitals or lowered by a gateway: a missing user, hard (unnamed stage: the team's filtered)."""
    for line in ("SMTP:RCPT host 192.0.2.8: 553 5.3.0 <lead@partner.example>... No such user here",
                 "smtp:rcpt host 192.0.2.8: 553 5.3.0 <lead@partner.example>... no such user here"):
        text = ("Delivery to the following recipients failed permanently:\n\n  * lead@partner.example\n\n"
                f"Technical details:\n\n{line}\n")
        assert _reading(_mail("Delivery status notification", text)) == \
            (True, [("lead@partner.example", "userunknown", True)])


def test_a_postfix_reply_wrapped_right_after_its_code_keeps_its_stage():
    """Postfix's bounce(8) paragraph (bounce_notify_util.c; smtp_proto.c's "host %s said: %s (in reply to
    %s command)") broken by a gateway right after "553 5.1.8": the sender's address opening the next line
    is the reply going on, no second recipient, and its "(in reply to MAIL FROM command)" is still the
    recipient's stage, so the refusal is the sender's (taxonomy §7) with the DSN part or without it."""
    reply = ("<lead@partner.example>: host mx.partner.example[192.0.2.7] said: 553 5.1.8\n"
             "<seller@example.com>: Sender address rejected: Domain not found (in\nreply to MAIL FROM command)\n")
    text = ("This is the mail system at host mail.seller-host.example.\n\nI'm sorry to have to inform you that your "
            "message could not\nbe delivered to one or more recipients.\n\n" + reply)
    for raw in (_mail("Undelivered Mail Returned to Sender", text),
                _with_report(text, "553 5.1.8 <seller@example.com>: Sender address rejected: Domain not found")):
        d = classify(raw).deliveries
        assert [(x.address, x.smtp_command, x.scope.value, x.hard_bounce) for x in d] == \
            [("lead@partner.example", "MAIL", "sender", False)]


def _with_report(text: str, diagnostic: str) -> bytes:
    return ("From: MAILER-DAEMON@mail.seller-host.example (Mail Delivery System)\nTo: seller@example.com\n"
            "Subject: Undelivered Mail Returned to Sender\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
            f"--B\nContent-Type: text/plain; charset=utf-8\n\n{text}\n--B\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mail.seller-host.example\n\nFinal-Recipient: rfc822; lead@partner.example\n"
            f"Action: failed\nStatus: 5.1.8\nRemote-MTA: dns; mx.partner.example\nDiagnostic-Code: smtp; {diagnostic}\n"
            "\n--B--\n").encode()
