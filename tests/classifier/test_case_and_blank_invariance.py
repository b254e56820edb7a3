"""The same bounce written in capitals or with other blanks classifies the same (metamorphic
tests; transforms in casing.py).

SMTP reply text is for people and has no case (RFC 5321 §4.2): "550 USER UNKNOWN" from an old
gateway says what "550 User unknown" says, and a notice written in capitals, or with
non-breaking spaces, tabs or double spaces between its words, or with its sentences broken
at another width, names the same failures. Each
transformed message must give the reading of the message it came from (the baseline, right or
wrong, as in test_transport_invariance).
"""

from __future__ import annotations

from tests.classifier import casing
from tests.classifier.invariance import FIRST_ROUND as SAMPLE, grid_tests, keeps_reading, message

# (transform, message) pairs whose reading changes for a reason, not by a defect.
# Words a reader takes as its generator's own, exactly as that generator writes them: a server
# writing capitals is not that generator.
_SES_JSON = ("Amazon SES mails its notification as a JSON document; its keys have case ('notificationType'), "
             "and in capitals it is no SES notification")
KNOWN: dict[tuple[str, str], str] = {
    ("upper_notice", "corpus/bsd__lhost-amazonses-09.eml"): _SES_JSON,
    ("upper_notice", "corpus/bsd__lhost-amazonses-12.eml"): _SES_JSON,
    ("upper_notice", "corpus/bsd__lhost-receivingses-02.eml"):
        "Amazon SES inbound's fixed sentence 'This message could not be delivered.' is its reporter's sign "
        "(reporters/receivingses.py); in capitals the generic rules read it",
    ("wrap_60", "corpus/bsd__lhost-yahoo-07.eml"):
        "Yahoo's fixed sentence 'unable to deliver your message to the following address' is its reporter's sign "
        "(reporters/yahoo.py, which gives the reply its RCPT stage); broken over two lines it is no Yahoo notice, "
        "and 'User unknown' at no stage reads filtered (reasons._first_pass, deliberate)",
}


def test_every_transform_changes_many_messages():
    """Guard: a transform that silently finds nothing would make its cases all skip."""
    for name, transform in casing.TRANSFORMS.items():
        assert sum(transform(message(k)) != message(k) for k in SAMPLE) >= 100, name


def test_upper_keeps_addresses():
    assert casing.upper_keeping_addresses("550 5.1.1 <Jane.Doe@Example.com>: user unknown") == \
        "550 5.1.1 <Jane.Doe@Example.com>: USER UNKNOWN"


test_case_and_blanks_keep_the_reading, test_known_changes = grid_tests(
    ((name, key) for name in casing.TRANSFORMS for key in SAMPLE), KNOWN, keeps_reading(casing.TRANSFORMS))