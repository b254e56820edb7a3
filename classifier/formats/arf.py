"""RFC 5965 abuse/feedback reports (ARF): spam complaints, not bounces.

Also such reports with their fields in the text part (DMARC failure reports that lack RFC
6591's markings), and Apple Mail's unsubscribe requests (`X-Apple-Unsubscribe`), an opt-out by
the recipient.
The complained-about recipient is in the feedback part (`Original-Rcpt-To`, `Removal-Recipient`)
or, failing that, in the `To:` of the returned message.
"""

from __future__ import annotations

from classifier.fields import parse_fields
from classifier.formats import Fact
from classifier.hints import BOUNCE_SUBJECT, tells_failure
from classifier.parse import ADDRESS, Mail, decode_header, part_text

NAME = "arf"
HINTS = ()


def _is_arf(mail: Mail) -> bool:
    if mail.content_type == "multipart/report":
        rtype = str(mail.msg.get_param("report-type", "") or "").lower()
        if rtype == "feedback-report":
            return True
    if mail.parts_of("message/feedback-report"):
        return True
    # Microsoft's junk-mail reporting program (JMRP) sends the complained-about message
    # with its own recipient header instead of an RFC 5965 report.
    # Its Subject first: the returned headers are parsed only for a message that may be one.
    if "complaint about message" not in mail.subject.lower():
        return False
    original = mail.original_headers
    return original is not None and bool(original.get("x-hmxmroriginalrecipient"))


def _unsubscribe_request(mail: Mail) -> tuple[Fact, ...] | None:
    """Apple Mail's "Unsubscribe" button mails the List-Unsubscribe address a message marked
    `X-Apple-Unsubscribe: true` from the person who no longer wants the mail: an opt-out
    (RFC 5965's `opt-out` feedback type), never a bounce nor an auto-reply."""
    if mail.header("x-apple-unsubscribe").strip().lower() != "true":
        return None
    m = ADDRESS.search(mail.header("from"))
    return (Fact(address=m.group(0), reason="feedback", feedback_type="opt-out"),) if m else None


# RFC 5965 section 7.3's registered feedback types, and the report fields of sections 3.1-3.2
# and RFC 6591 section 3.1 that only a feedback report writes.
_TYPES = {"abuse", "fraud", "virus", "other", "not-spam", "auth-failure"}
_REPORT_FIELDS = {"original-mail-from", "original-rcpt-to", "reported-domain", "auth-failure", "source-ip",
                  "arrival-date", "reported-uri"}


def _text_report(mail: Mail) -> dict[str, list[str]] | None:
    """The feedback fields of a report whose receiver wrote them into its text part instead of
    a message/feedback-report part (DMARC failure reports, RFC 7489 section 7.3, from receivers
    that drop RFC 6591's markings): a registered Feedback-Type with report-only fields beside
    it, no delivery-status part, no bounce's Subject and no failure told by the notice itself (a
    mail system's reply code or failure words, a failure naming its address: review 57), so a real
    bounce (also one returning or quoting a feedback report we sent) never reads as one."""
    notice = mail.notice
    if ("eedback-" not in notice and "EEDBACK-" not in notice) or mail.dsn_blocks or BOUNCE_SUBJECT.search(
            mail.subject) or tells_failure(mail):
        return None
    for block in parse_fields(notice):
        fields = dict(block)
        if fields.get("feedback-type", "").strip().lower() in _TYPES and _REPORT_FIELDS & fields.keys():
            return {k: [v] for k, v in block}
    return None


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    fields: dict[str, list[str]] = {}
    if _is_arf(mail):
        for part in mail.parts_of("message/feedback-report"):
            for block in parse_fields(part_text(part)):
                for k, v in block:
                    fields.setdefault(k, []).append(v)
    else:
        fields = _text_report(mail) or {}
        if not fields:
            return _unsubscribe_request(mail)
    ftype = (fields.get("feedback-type") or ["abuse"])[0].strip().lower() or "abuse"
    addresses: list[str] = []
    for name in ("original-rcpt-to", "removal-recipient"):
        for value in fields.get(name, []):
            addresses += ADDRESS.findall(value)
    if not addresses and mail.original_headers is not None:
        addresses = ADDRESS.findall(str(mail.original_headers.get("x-hmxmroriginalrecipient", "")))
    if not addresses and mail.original_headers is not None:
        addresses = ADDRESS.findall(decode_header(mail.original_headers.get("to")))
    if not addresses:
        addresses = ADDRESS.findall(mail.header("to"))[:1]
    seen: list[str] = []
    for a in addresses:
        if a.lower() not in seen:
            seen.append(a.lower())
    return tuple(Fact(address=a, reason="feedback", feedback_type=ftype) for a in seen) or None
