"""The same failure, laid out as another MTA lays out an RFC 3464 report, reads the same
(metamorphic tests of formats/dsn.py and the readers around it).

Postfix, Exim, Sendmail, Exchange, Gmail, qmail-ldap and Courier write the same recipient,
status and remote reply into a multipart/report differently: the Diagnostic-Code's type and
spacing, a reply folded at 78 columns or sent as a multi-line reply, the enhanced code repeated
in the reply or not, a Status comment, Action in upper case, fields in another order,
Final-Recipient in angle brackets, Remote-MTA present or not, extension fields and dates, the
report typed text/plain, the human part as Postfix writes it (the reply copied, the stage kept)
or as Exchange does (a generic sentence). tests/classifier/layout.py and layout_human.py have one function per layout; each
keeps the facts, so recipients, reasons, hard/soft, is_bounce and the original's Message-ID
must be the untransformed message's (the classifier's own reading, right or wrong).

Sample: the messages of the address-invariance sample (all labelled corpus bounces, fixtures,
real notices) with a message/delivery-status part in a multipart/report, each layout on every
third of them (offset by layout, so each message sees a third of the layouts; all of them take
some 40 s), plus the pairs of the known exceptions and of the defects found.
`python -m tests.classifier.test_layout_invariance` prints the per-layout counts.
"""

from __future__ import annotations

import functools

from tests.classifier import layout, layout_human
from tests.classifier.invariance import EVERY_BOUNCE as ALL, grid_tests, keeps_reading, message, reading
from tests.classifier.transport import parse

TRANSFORMS = {**layout.TRANSFORMS, **layout_human.TRANSFORMS}
SAMPLE = [k for k in ALL if layout.status_parts(parse(message(k)))]

# The human part says who wrote the report, or what really happened: replacing it changes the
# facts, not their layout (the same messages for each human-part transform).
_HUMAN = {
    "corpus/bsd__lhost-receivingses-01.eml": "Amazon SES inbound's fixed sentence 'This message could not be "
    "delivered.' is the receivingses reporter's sign (its table reads the reply as filtered)",
    "corpus/bsd__lhost-receivingses-02.eml": "Amazon SES inbound's fixed sentence is its reporter's sign",
    "corpus/bsd__rfc3464-01.eml": "the human part is Dovecot LDA's own rejection ('Not enough disk space') "
    "that the relaying Sendmail's 5.1.1 misstates: replaced, the real reason goes",
    "fixtures/dovecot-lda-rejection-in-dsn.eml": "the human part is Dovecot LDA's own rejection ('Not enough "
    "disk quota'), the Sendmail DSN's 5.1.1 'User unknown' a misstatement: replaced, the real reason goes",
    "real/nullmailer-mixed-recipients.eml": "nullmailer's fixed first sentence is its reporter's sign (one "
    "reply for every recipient: onhold)",
}
KNOWN: dict[tuple[str, str], str] = {
    ("no_remote_mta", "corpus/bsd__rhost-nttdocomo-02.eml"): "Remote-MTA mfsmax.docomo.ne.jp selects NTT "
    "docomo's table (classifier/remote/docomo.py: its '550 Unknown user' is its sender filter); the "
    "recipient's test domain names no provider, so without it the reply is read as elsewhere",
    **{(name, key): why for name in layout_human.TRANSFORMS for key, why in _HUMAN.items()},
}


@functools.cache
def baseline(key: str) -> tuple[object, ...]:
    return reading(message(key))


# Pairs that found a defect (in the classifier's git log): in the sample whatever the stride.
FOUND = {("as_text_plain", k) for k in (
    "corpus/bsd__lhost-powermta-01.eml", "corpus/bsd__lhost-powermta-02.eml", "real/courier-unknown-local-user.eml",
    "real/exim-manualroute-host-not-found.eml", "real/exim-mixed-recipients.eml", "real/exim-unknown-local-user.eml",
    "real/exim-redirect-loop-too-many-received.eml", "real/haraka-outbound-mixed-recipients-2.eml",
    "real/nullmailer-mixed-recipients.eml")} | {
    # Postfix's folded reply: a line "    <sender>... Invalid MX record ... (in" was taken for another
    # recipient's paragraph, losing "reply to MAIL FROM command" (read as hostunknown, a false hard).
    ("human_postfix", "real/sendmail-remote-badmx.eml")}


def test_sample_holds_the_reports():
    """The sample is what the module says (so a moved corpus cannot empty it silently)."""
    assert sum(k.startswith("real/") for k in SAMPLE) >= 40
    assert len(SAMPLE) >= 100 or not any(k.startswith("corpus/") for k in ALL)


def _pairs() -> list[tuple[str, str]]:
    """Each layout on a third of the sample (by turns), and the pairs known or found whatever the turn."""
    pairs = []
    for i, name in enumerate(TRANSFORMS):
        pinned = {k for n, k in {*KNOWN, *FOUND} if n == name}
        pairs += [(name, k) for j, k in enumerate(SAMPLE) if j % 3 == i % 3 or k in pinned]
    return pairs


test_layout_keeps_the_reading, test_known_changes = grid_tests(_pairs(), KNOWN, keeps_reading(TRANSFORMS))


def test_a_report_typed_text_plain_is_read_as_its_fields():
    """Older Exchange and Notes gateways type the report's second part text/plain: its fields
    are the report's, not notice text (a reporter's sign or an explanation)."""
    raw = message("real/exim-unknown-local-user.eml")
    assert reading(layout.as_text_plain(raw)) == baseline("real/exim-unknown-local-user.eml")


def _counts() -> None:
    """Per layout: messages it applies to; those whose recipients, reasons/hard, Message-ID change."""
    for name, transform in TRANSFORMS.items():
        applied = recipients = reasons = message_id = 0
        for key in SAMPLE:
            changed = transform(message(key))
            if changed == message(key):
                continue
            applied += 1
            (b_bounce, before, b_id), (a_bounce, after, a_id) = baseline(key), reading(changed)
            wrong = b_bounce != a_bounce or [d[0] for d in before] != [d[0] for d in after]
            recipients += wrong
            reasons += not wrong and before != after
            message_id += b_id != a_id
        print(f"{name:24} applicable {applied:4}  recipients {recipients:3}  reason/hard {reasons:3}  "
              f"message-id {message_id:3}")


if __name__ == "__main__":
    _counts()
