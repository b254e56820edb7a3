"""Ipswitch IMail Server, whose notices carry its delivery agent's name (`X-Mailer: <IMail v8.22>`
or `<SMTP32 v8.22>`) and its layout (Subject "Undeliverable Mail", "Original message follows.").

Its "Unknown user: <address>" line, with no remote reply quoted, is IMail's own user directory
answering for a domain it hosts (the manual's "Unknown Local User Processing": mail to an
address it has no account for is returned): the mailbox does not exist. sisimai's generic rule
reads an unattributed "user unknown" as a content filter; here the generator says whose words
they are. A remote server's reply it quotes (with its code) and its other lines ("User mailbox
exceeds allowed size") are read by the generic rules. Its "Invalid final delivery userid: <address>" (sisimai
Lhost/IMailServer.pm lists it beside "Unknown user" as userunknown) is the same directory's verdict on a local
account (review vintage57: it read filtered, a false soft)."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading

NAME = "imail"


def wrote(mail: Mail) -> bool:
    if mail.header("x-mailer").lstrip().startswith(("<IMail v", "<SMTP32 v")):
        return True
    # Without its X-Mailer (a relay dropped it): its subject and the line before the original.
    return mail.subject.strip() == "Undeliverable Mail" and "\noriginal message follows." in mail.text[:4000].lower()


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    if text.startswith(("unknown user", "invalid final delivery userid")) and not (fact.reply_code or fact.status or fact.remote_mta):
        return Reading(reason=R.USERUNKNOWN, reporter=NAME)
    return None
