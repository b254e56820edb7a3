"""Trend Micro InterScan Messaging Security Suite (IMSS): its own non-delivery notices.

Sent as `"InterScan MSS"` / `"InterScan Notification"` with a fixed subject ("Mail could not be
delivered", in Japanese "メッセージを配信できません。" / "メール配信に失敗しました") and a body
headed "Message from InterScan Messaging Security Suite". When IMSS itself refuses a recipient
its sentence is "Unable to deliver message to <addr> (and other recipients in the same domain).
Please check if address is correct.": the appliance's own recipient check, a missing mailbox
(sisimai's InterScanMSS reads it so). A relayed remote reply ("Received >>> 550 ...") is left
to the generic rules.
"""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, notice_head

NAME = "interscanmss"

_SENDERS = ('"interscan mss"', '"interscan notification"', "(\"interscan notification\")")
_SUBJECTS = ("mail could not be delivered", "メッセージを配信できません。", "メール配信に失敗しました")


def wrote(mail: Mail) -> bool:
    sender = mail.header("from").lower()
    if any(s in sender for s in _SENDERS) or mail.subject.strip().lower() in _SUBJECTS:
        return True
    return "message from interscan messaging security suite" in notice_head(mail)


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    if "unable to deliver message to" in text and "received >>>" not in text and " <<< " not in text:
        return Reading(reason=R.USERUNKNOWN, command="RCPT", reporter=NAME)
    return None
