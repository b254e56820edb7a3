"""Sympa, the mailing list manager, answering a post to a list with its own RFC 3464 report.

Sympa's send_dsn() (src/lib/Sympa.pm) fills default/mail_tt2/delivery_status_notification.tt2:
"This is an automatic response sent by Sympa Mailing Lists Manager.", a paragraph per status, and
a `Diagnostic-Code: X-Sympa; ...` whose text is only the status's RFC 3463 name from its
%diag_messages table ("Other or undefined security status" for 5.7.0). For the virus alert that
name says less than the paragraph above it ("Our viruschecker found a virus named %1 in a message
addressed to %2 ..."): the paragraph is the witness. Every other status is left to the DSN (the
template's fallback paragraph, "The following address is not a known mailing list", is written
for 5.3.0, 5.4.6 and 5.7.1 too, so it names no reason).
"""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording

NAME = "sympa"

_INTRO = "sent by sympa mailing lists manager"
_PARAGRAPHS = (("our viruschecker found a virus", R.VIRUSDETECTED),)


def wrote(mail: Mail) -> bool:
    # Its words joined again where a line width broke them ("... Sympa Mailing Lists" / "Manager.").
    return _INTRO in " ".join(mail.notice[:2000].lower().split())


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    reason = by_wording(" ".join(mail.notice[:4000].lower().split()), _PARAGRAPHS)
    return None if reason is None else Reading(reason=reason, reporter=NAME)
