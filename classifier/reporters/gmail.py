"""Gmail's DSNs for mail it relayed (mailer-daemon@googlemail.com, "Delivery Status Notification").
The older layout quotes the remote reply and ends it with "(state N)": Gmail's own record of
the SMTP state it was in, which names the command that failed and what such a refusal means
there (a "no such user" answered only after DATA is a filter, not a missing mailbox)."""

from __future__ import annotations

import re

from classifier.formats import Fact
from classifier.parse import STATUS, Mail
from classifier.reasons import by_status
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording, words_name_another
from classifier.wording import wording_of

NAME = "gmail"

_STATE = re.compile(r"\(state (\d{1,2})\)")
STATES: dict[str, tuple[str, R]] = {
    "6": ("MAIL", R.SYSTEMERROR),  # remote server does not support TLS
    "8": ("AUTH", R.SYSTEMERROR),  # SMTP AUTH failed with the remote server
    "9": ("AUTH", R.SYSTEMERROR),  # TLS certificate problem
    "12": ("AUTH", R.NORELAYING),  # remote server does not support authenticated relay
    "13": ("EHLO", R.BLOCKED),
    "14": ("RCPT", R.USERUNKNOWN),
    "15": ("DATA", R.FILTERED),
    "17": ("DATA", R.FILTERED),
    "18": ("DATA", R.FILTERED),
}
WORDING = (
    ("dns error: could not contact dns servers", R.EXPIRED),
    ("the recipient server did not accept our requests to connect", R.EXPIRED),
    ("dns error: domain name not found", R.HOSTUNKNOWN),
    ("dns error: dns server returned answer with no data", R.HOSTUNKNOWN),
    # Google's own sentences where no DSN part carries a status (Sisimai 5's via-googleworkspace.go,
    # the forty-third review): the address or the domain does not exist; and its 'Send mail as'
    # account misconfigured (help page CustomFromDenied): our own SMTP login, not the recipient.
    ("because the address couldn't be found. check for typos", R.USERUNKNOWN),
    ("responded with code nxdomain", R.HOSTUNKNOWN),
    ("?p=customfromdenied", R.SECURITYERROR),
)


def wrote(mail: Mail) -> bool:
    return "mailer-daemon@googlemail.com" in mail.from_ and "Delivery Status Notification" in mail.subject


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    m = _STATE.search(text)
    if m and m.group(1) in STATES:
        command, reason = STATES[m.group(1)]
        # A detailed status in the quoted reply (5.2.2, 5.1.1) says more than the state.
        status = STATUS.search(text)
        code = ".".join(status.groups()) if status else ""
        if code[1:3] == ".7" and wording_of(text).uses(R.AUTHFAILURE):
            # A policy status (5.7.1) whose words name SPF, DKIM or DMARC: "SPF unauthorized mail is
            # prohibited (state 15)" is the sender's authentication failing (taxonomy section 2: the
            # text overrides 5.7.1), not a filter; the generic rules read it.
            return Reading(command=command, reporter=NAME)
        if code and ".0" not in code:
            reason = by_status(code) or reason
            if reason in (R.FILTERED, R.SECURITYERROR) and wording_of(text).uses(R.SUSPEND if reason is R.FILTERED
                                                                             else R.MAILBOXFULL):
                # Review 45: the words override a vague 5.2.1 or 5.7.1 (taxonomy section 2): "550-5.2.1 The
                # email account that you tried to reach is disabled", "550-5.7.1 Email quota exceeded"
                # (Mautic's BodyParser samples) are a disabled and a full mailbox; the generic rules read them.
                return Reading(command=command, reporter=NAME)
        elif reason is R.USERUNKNOWN and words_name_another(text, command):
            # The state's default, no detailed status to confirm it: "550 <x>... Relaying denied (state 14)" is
            # the refusal's stage, not a missing mailbox (audit 35e); the generic rules read the words.
            return Reading(command=command, reporter=NAME)
        return Reading(reason=reason, command=command, reporter=NAME)
    reason = by_wording(text, WORDING)
    return Reading(reason=reason, reporter=NAME) if reason else None
