"""GMX and WEB.DE (1&1 Mail & Media, "Nemesis" ESMTP) and IONOS (ex 1&1: kundenserver.de, its
ionos.* MX and submission hosts, perfora.net), United Internet's mail systems. Wording from their
postmaster pages and IONOS's help ("SMTP-Fehlermeldungen der IONOS Mailserver", ionos.de/hilfe/
e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver)."""

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "gmx"
HOSTS = (".gmx.net", ".gmx.com", ".web.de", ".mail.com", ".kundenserver.de", ".ionos.de", ".ionos.com",
         ".ionos.co.uk", ".ionos.fr", ".ionos.es", ".ionos.it", ".ionos.ca", ".ionos.mx", ".perfora.net")
DOMAINS = ("gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.com", "web.de", "mail.com")
MARKERS = ("nemesis esmtp", "postmaster.gmx.net", "postmaster.web.de", "postmaster.1und1.de")

RULES = (
    # IONOS writes RFC 5321's "Requested (mail) action not taken: mailbox unavailable" in front of
    # refusals that are about the sender, the cause on the next line: read first.
    # IONOS "421/450 Reject due to policy violations": the sending server's IP is barred for a poor
    # delivery rate (mail to too many missing addresses) or for a HELO that keeps changing; our
    # sending host, whoever the recipient (its generic words would read as the recipient's policy).
    Rule(reason=R.BLOCKED, wording="reject due to policy violations", sender=True),
    # "450 Mail send limit exceeded." (IONOS help, "What are the mass mailing limits"): our account.
    Rule(reason=R.SPEEDING, wording="mail send limit exceeded", sender=True),
    # "550 ... invalid DNS MX or A/AAAA resource record": the sender's domain has no mail records.
    Rule(reason=R.REJECTED, wording="invalid dns mx or a/aaaa resource record", sender=True),
    # "550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions."
    # (DreamHost Help "Blocked email"; GMX's "For explanation visit .../error-messages?...&c=poli"):
    # a policy block of the sending server under RFC 5321's mailbox line, not a missing mailbox.
    Rule(reason=R.BLOCKED, wording="reject due to policy restrictions", sender=True),
    # support.gmx.com "Email returned as undeliverable": "User has too many messages on server" or
    # "Mailbox full" = the recipient's account has run out of space (not our sending rate).
    Rule(reason=R.MAILBOXFULL, wording="has too many messages on server"),
    Rule(reason=R.SUSPEND, wording="mailbox disabled"),
    Rule(reason=R.USERUNKNOWN, wording="requested action not taken: mailbox unavailable"),
    Rule(reason=R.USERUNKNOWN, wording="mailbox unavailable"),
    # WEB.DE's "550 Benutzer nicht bekannt/User unknown", "550 User unknown." and GMX's "550 5.1.1 ... User is unknown"
    # (sitepackage.de's list of German providers' replies, "Empfänger ist unbekannt oder existiert nicht mehr"; WEB.DE's
    # newsroom 2015-03-28: "User is unknown: Die angegebene E-Mail-Adresse existiert nicht"): their missing mailbox.
    # Quoted by a relay that names no SMTP stage (Gmail's DSN) the generic rule reads the words as a filter's after
    # DATA (reasons._is_userunknown): review locale59's Gmail row read filtered, soft. A 4xx, our sender's refusal
    # and our own login keep their readings (remote._may_say).
    Rule(reason=R.USERUNKNOWN, wording="user unknown"),
    Rule(reason=R.USERUNKNOWN, wording="user is unknown"),
    Rule(reason=R.MAILBOXFULL, wording="quota exceeded"),
    Rule(reason=R.REQUIREPTR, wording="dns ptr", sender=True),
    Rule(reason=R.REQUIREPTR, wording="no ptr", sender=True),
    Rule(reason=R.BLOCKED, wording="ip address is block listed", sender=True),
    Rule(reason=R.BLOCKED, wording="no smtp service", sender=True),
    # 1&1/IONOS "550 Syntax error in parameters or arguments": "E-mail reception has been denied due
    # to an incorrect configuration" of the sending server (help.1and1.com a793087): our host. Only
    # its 550: RFC 5321's own 501 with these words is a malformed command (an address), syntaxerror.
    Rule(reason=R.BLOCKED, wording="550 syntax error in parameters or arguments", sender=True),
    Rule(reason=R.SPAMDETECTED, wording="mail rejected by nemesis"),
)


# Another reply line after RCPT's "mailbox unavailable": the cause ("550-Requested action not taken: mailbox
# unavailable 550 Mailbox quota exceeded").
_CAUSE_AFTER = re.compile(r"mailbox unavailable\W{0,3}[245]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3} )?[a-z]")


def skips(rule: Rule, text: str) -> bool:
    """IONOS and GMX write RFC 5321's "mailbox unavailable" in front of the cause, on the reply's next line;
    alone it is their missing mailbox. A cause the rules above do not list ("550 Mailbox quota exceeded",
    "550 Message rejected as spam") is still the cause, not a missing user (review 82: a false hard)."""
    return rule.reason is R.USERUNKNOWN and "mailbox unavailable" in text and _CAUSE_AFTER.search(text) is not None
