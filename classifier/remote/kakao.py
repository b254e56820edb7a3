"""Daum/Kakao mail (hanmail.net, daum.net, kakao.com). Its replies carry a four-letter tag after
the enhanced code ("550 5.1.1 RUSR", "421 4.4.5 CCRT", "554 5.7.1 DAS51") that names the failure
where the words do not ("Connection refused. Server is busy(RT)" is its spam centre's block of the
sending IP). Read from a copy of its bilingual texts (oliveit.tistory.com/39) and an
administrator's note (auctionpro.co.kr/?p=2544); tests/classifier/review_notices21.py quotes them."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "kakao"
HOSTS = (".hanmail.net", ".daum.net", ".kakao.com")
DOMAINS = ("hanmail.net", "daum.net", "kakao.com")
MARKERS = ()
TAG = re.compile(r"\b[45]\.\d{1,3}\.\d{1,3} (rusr|ccrt|das\d{2})\b")

CODES: dict[str, R] = {
    "rusr": R.USERUNKNOWN,  # "No such user"
    "ccrt": R.BLOCKED,  # "spam center deteced the IP as a spam IP and temporarily blocked connection"
}


def reason_of(text: str, status: str | None, command: str | None = None) -> R | None:
    """The reason Daum's tag names, or None. DASnn: its anti-spam system's block of the sender
    ("Your mail is blocked automatically by anti-spam system"), the sending IP listed."""
    m = TAG.search(text)
    if m is None:
        return None
    tag = m.group(1)
    return R.BLOCKED if tag.startswith("das") else CODES.get(tag)


RULES: tuple[Rule, ...] = ()
