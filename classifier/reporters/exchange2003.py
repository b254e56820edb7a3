"""Microsoft Exchange Server 5.5-2003 (Internet Mail Service / Internet Mail Connector). Its
notices end each recipient's paragraph with "MSEXCH:IMS:... 0 (000C05A6) Unknown Recipient":
the eight hex digits are Exchange's own error code, which names the failure exactly."""

from __future__ import annotations

import re

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, received_text

NAME = "exchange2003"

_CODE = re.compile(r"msexch:[^()\n]{0,200}\(([0-9a-f]{8})\)")
# Exchange error codes (MSEXCH:IMS / IMC) and what they report.
CODES = {
    "000c05a6": R.USERUNKNOWN,  # Unknown Recipient
    "000c0595": R.FILTERED,  # Ambiguous Recipient
    "00010256": R.SYSTEMERROR,  # Too many recipients
    "000d06b5": R.SYSTEMERROR,  # No proxy for recipient
    "00120270": R.NETWORKERROR,  # Too Many Hops
    "00050311": R.CONTENTERROR,  # Conversion to Internet format failed
    "000502cc": R.CONTENTERROR,
    "000b0981": R.SECURITYERROR,  # 502 Server does not support AUTH
    # 000B099C / 000B09AA / 000B09B6 carry the remote server's own error: the wording decides.
}


def wrote(mail: Mail) -> bool:
    if "x-ms-embedded-report" in mail.names:
        return True
    mailer = mail.header("x-mailer")
    if mailer.startswith(("Internet Mail Service (", "Microsoft Exchange Server Internet Mail Connector")):
        return True
    if mail.header("x-mimeole").startswith("Produced By Microsoft Exchange"):
        return True
    return " with Internet Mail Service (" in received_text(mail)


def _paragraph_code(mail: Mail, address: str) -> re.Match[str] | None:
    """The MSEXCH line of `address`'s own paragraph ("addr on <date>", its user text, perhaps the
    MTS-ID, then "MSEXCH:... (code) text"; via-exchange2003.go reads it so): the recipient's
    diagnostic may stop at the user text ("The recipient name is ambiguous")."""
    notice = mail.notice.lower()
    start = notice.find(f"{address.lower()} on ")
    if start < 0:
        return None
    m = _CODE.search(notice, start)
    nxt = _next_paragraph(notice, start + len(address))
    return m if m and (nxt is None or m.start() < nxt) else None


# A run of blanks and the word after it, where that word is followed by " on ": tried only where a run
# starts (the look-behind), so each character is read a bounded number of times.
_WORD_ON = re.compile(r"(?<!\s)(\s++)(\S++)(?= on )")


def _next_paragraph(notice: str, pos: int) -> int | None:
    r"""Where the next recipient's paragraph starts after `pos` (just after an address): a line, after
    blanks, opening with an address followed by " on " ("lead@x on <date>"). `\n\s*\S+@\S+ on `,
    the same test as one pattern, was tried at every newline and took 2 s on a forged notice of 16,000
    blank lines, growing with their square; this reads each blank run and word once."""
    for run in _WORD_ON.finditer(notice, pos):
        if "\n" in run.group(1) and "@" in run.group(2)[1:-1]:
            return run.start(2)
    return None


# The codes whose line carries the remote server's own reply after them (the IMS's user text above is its generic
# X.400 translation, "The recipient name is not recognized" for any refusal at RCPT).
_REMOTE_CODES = frozenset({"000b099c", "000b09aa", "000b09b6"})
_REPLY = re.compile(r"\s*([45]\d\d[ -].*)")
_OPEN = frozenset({R.USERUNKNOWN, R.ONHOLD, R.UNDEFINED, R.FILTERED})


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    m = _CODE.search(text) or _paragraph_code(mail, fact.address)
    if m and m.group(1) in CODES:
        return Reading(reason=CODES[m.group(1)], reporter=NAME)
    if m and m.group(1) in _REMOTE_CODES and m.string is text and (reply := _REPLY.match(text, m.end())):
        # Review old47: "The recipient name is not recognized / MSEXCH:IMS:... 3550 (000B09AA) 550 5.7.1 Mail from
        # 192.0.2.25 refused by blackhole site ..." read the IMS's generic sentence, a false hard: where the remote's
        # own reply names another reason than a missing mailbox (our IP refused, a relay refusal, a full mailbox), it
        # decides; a reply that says no such user, says nothing more, or reads filtered alone (no-user words at a
        # stage the line does not name: "550 <x>... No such user here") leaves the generic rules the whole line.
        from classifier import reasons  # (imports much: only when asked)

        said = reasons.reason_for(status=None, reply_code=None, diagnostic=reply.group(1), action="failed",
                                  command=fact.smtp_command)
        if said not in _OPEN:
            return Reading(reason=said, reporter=NAME)
    return None
