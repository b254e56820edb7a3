"""A notice written in HTML only, or pasted into a person's forward, classifies the same
(metamorphic tests; variants built in htmlfwd.py).

A. Outlook/Exchange and Gmail write a notice's human-readable text as text/html (paragraphs as
   <p>, line breaks as <br>, addresses possibly as mailto links, or facts in table cells as
   Exchange Online does) with no text/plain
   alternative. The same text in HTML must read the same recipients, reasons, hard/soft and
   original Message-ID.
B. A colleague forwards the notice inline (Gmail's "---------- Forwarded message ---------",
   Outlook's "-----Original Message-----" block, Thunderbird's and Apple Mail's, sent
   format=flowed), the notice's text pasted below, Subject
   "Fwd: <subject>", no report part. formats/nested.forwarded_notice reads such a forward as
   the notice when the forwarded block's From is a mail daemon, or any sender with a bounce
   Subject (its intent, restated in `_read_as_notice`); then the same failed recipients and
   hard/soft are expected (where the pasted text names them: the report part is not pasted).
   Otherwise the forward is the colleague's own mail and must not become a bounce about the
   colleague or our user.

Sample: the first round's (test_transport_invariance.py).
"""

from __future__ import annotations

import functools
import re


from tests.classifier import htmlfwd
from tests.classifier.invariance import Reading, FIRST_ROUND as SAMPLE, baseline, grid_tests, message, reading
from tests.classifier.transport import notice_parts, parse

HTML = {"html_p": (False, False), "html_mailto": (True, False), "html_table": (False, True)}
FORWARDS = ("gmail", "outlook", "thunderbird", "apple")

# The intent of nested.forwarded_notice, restated (not imported, so a change there shows here):
# a mail daemon's From, or a bounce Subject from any sender.
_DAEMON = re.compile(r"(?i)mailer[-_ ]?daemon|post_?master|mail[-_ ]?delivery|delivery[-_ ]?(?:status|subsystem)"
                     r"|microsoftexchange|bounces?@|daemon@|mail system|mail administrator")
_BOUNCE_SUBJECT = re.compile(r"(?i)undeliver|not delivered|delivery (?:status notification|failure|failed|"
                             r"notification|has failed)|returned mail|failure notice|could not be delivered|"
                             r"delivery fail|returned to sender|mail delivery failed")

_STATUS_REWRITTEN = ("the report's Diagnostic-Code continues on unindented lines; the stdlib writes the broken field "
                     "back split, its tail is then read as notice text and the HTML notice is not read (a transform "
                     "artifact: roundtrip alone keeps the reading only because the text/plain notice wins)")
_REPORTER_HEADERS = ("the reporter is known by a header the forward drops (Yahoo's X-YMailISG, Exchange 5.5's X-Mailer, "
                     "Verizon's Received), which gives 'User unknown' its SMTP stage (RCPT); with no stage it reads "
                     "filtered (reasons._first_pass, deliberate), as the notice with only From/Date/Subject/To does")
_TWISTED_DSN = ("Twisted's own notice (twisted.mail.bounce.generateBounce, real round 18) writes the returned message "
                "INTO its message/delivery-status part, the original's body as the report's field blocks; they are "
                "text/plain to the parser, so in the HTML variant that text wins over the notice's text/html and no "
                "recipient is read (a transform artifact on a malformed report: Twisted writes no HTML)")
_HEADER_ONLY = ("the full address is only in X-Failed-Recipients (the notice text names the login 'kijitora'), which "
                "a forward does not paste")
KNOWN: dict[tuple[str, str], str] = {
    ("html_p", "corpus/bsd__lhost-messagelabs-01.eml"): _STATUS_REWRITTEN,
    ("html_mailto", "corpus/bsd__lhost-messagelabs-01.eml"): _STATUS_REWRITTEN,
    ("html_table", "corpus/bsd__lhost-messagelabs-01.eml"): _STATUS_REWRITTEN,
    **{(name, f"real/twisted-own-bounce-recipient-{how}.eml"): _TWISTED_DSN for name in HTML
       for how in ("deferred", "refused")},
    **{(client, key): why for client in FORWARDS for key, why in (
        ("corpus/bsd__lhost-yahoo-07.eml", _REPORTER_HEADERS), ("fixtures/fmt-exchange55.eml", _REPORTER_HEADERS),
        ("corpus/bsd__lhost-verizon-01.eml", _REPORTER_HEADERS), ("corpus/bsd__lhost-exim-04.eml", _HEADER_ONLY))},
    # (Review 26: InterScan's "Unable to deliver message to <addr>" alone is read now, no original needed.)
}


@functools.cache
def variant(name: str, key: str) -> tuple[bytes | None, str | None]:
    if name in HTML:
        return htmlfwd.html_only(message(key), *HTML[name])
    return htmlfwd.inline_forward(message(key), name)


def _read_as_notice(key: str) -> bool:
    fields = htmlfwd.forwarded_fields(message(key))
    return bool(_DAEMON.search(fields["frm"]) or (fields["frm"] and _BOUNCE_SUBJECT.search(fields["subject"])))


def _names_every_recipient(key: str) -> bool:
    text = (htmlfwd.pasted_text(message(key)) or "").lower()
    return all(address.lower() in text for address, *_ in baseline(key)[1])


_REPORT_TYPES = ("multipart/report", "message/delivery-status", "message/global-delivery-status",
                 "message/disposition-notification")


def _has_report(key: str) -> bool:
    """A report part (delivery status, MDN) holds facts a person's client does not paste."""
    return any(p.get_content_type() in _REPORT_TYPES for p in notice_parts(parse(message(key))))


def _same_as_notice(key: str) -> bool:
    """Must the forward read the notice's failed recipients and hard/soft?"""
    before = baseline(key)
    return before[0] and bool(before[1]) and _read_as_notice(key) and _names_every_recipient(key) \
        and not _has_report(key)


def broken(name: str, key: str, after: Reading) -> bool:
    """Does `after`, the variant's reading, break what the module says must hold?"""
    before = baseline(key)
    if name in HTML:
        return after != before
    if {htmlfwd.COLLEAGUE, htmlfwd.USER} & {address for address, *_ in after[1]}:
        return True
    if _same_as_notice(key):
        return not after[0] or {(a, hard) for a, _, hard, _ in after[1]} != {(a, hard) for a, _, hard, _ in before[1]}
    return False


def _broken(name: str, key: str) -> str | None:
    changed, _ = variant(name, key)
    if changed is None:
        return None  # nothing of the variant's kind in the message
    after = reading(changed)
    return f"{baseline(key)} -> {after}" if broken(name, key, after) else None


test_html_and_inline_forward_keep_the_reading, test_known_changes = grid_tests(
    ((name, key) for name in (*HTML, *FORWARDS) for key in SAMPLE), KNOWN, _broken)


def test_the_variants_apply_to_most_of_the_sample():
    """So a changed sample or a broken transform cannot skip every case silently."""
    counts = {name: sum(variant(name, key)[0] is not None for key in SAMPLE) for name in ("html_p", "gmail")}
    assert counts["html_p"] >= 150 and counts["gmail"] >= 150


def test_a_line_break_and_the_source_newline_after_it_are_one_break():
    from classifier.text import html_to_text
    assert html_to_text("<p>could not<br>\r\nbe delivered</p>\n<p>next</p>") == "could not\nbe delivered\n\nnext\n"


def test_render_escapes_and_links():
    out = htmlfwd.render("<a@x.example>: 550 User unknown\n\nnext", mailto=True)
    assert '&lt;<a href="mailto:a@x.example">a@x.example</a>&gt;' in out and "<p>next</p>" in out


if __name__ == "__main__":  # per-variant counts: applicable / changed
    for variant_name in tuple(HTML) + FORWARDS:
        applicable = changed_n = 0
        for sample_key in SAMPLE:
            msg, _ = variant(variant_name, sample_key)
            if msg is None:
                continue
            applicable += 1
            differs = broken(variant_name, sample_key, reading(msg))
            changed_n += differs
            if differs:
                print(variant_name, sample_key, baseline(sample_key), reading(msg), sep="\n  ")
        print(f"{variant_name}: applicable {applicable}, changed {changed_n}")
