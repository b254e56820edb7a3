"""classifier/formats/arf.py: feedback reports read as `feedback`, never as a bounce."""

from __future__ import annotations

from classifier import classify


def _text_feedback(subject: str, extra_ctype: str = "") -> bytes:
    """A DMARC failure report whose feedback fields stand in its text part (no RFC 6591
    message/feedback-report part), the original attached (HAND-MADE, review 54)."""
    part = f"--f1\nContent-Type: {extra_ctype}\n\nReporting-MTA: dns; mx.example.org\n\n" if extra_ctype else ""
    return (f"From: forensic@example.org\nTo: dmarc@example.com\nSubject: {subject}\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="f1"\n\n--f1\nContent-Type: text/plain\n\n'
            "A message from your domain failed DMARC.\n\nFeedback-Type: auth-failure\nOriginal-Rcpt-To: "
            "<lead@example.org>\nReported-Domain: example.com\nAuth-Failure: dmarc\n\n"
            f"{part}--f1\nContent-Type: message/rfc822\n\nFrom: seller@example.com\nTo: lead@example.org\n"
            "Subject: Hello\n\nHi\n--f1--\n").encode()


def test_arf_fields_in_the_text_part():
    """formats/arf.py: a registered Feedback-Type with report fields in the text is `feedback`;
    not under a bounce's Subject (a bounce returning a feedback report), nor beside a DSN part."""
    got = classify(_text_feedback("DMARC Forensic Report for example.com"))
    assert not got.is_bounce and [(d.address, d.reason.value) for d in got.deliveries] == [
        ("lead@example.org", "feedback")]
    assert classify(_text_feedback("Undelivered Mail Returned to Sender")).format != "arf"
    assert classify(_text_feedback("Report", "message/delivery-status")).format != "arf"
