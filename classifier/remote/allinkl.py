"""ALL-INKL.COM (kasserver.com), a German host whose customers send through its servers: the
refusals of its outgoing servers as its page explains them ("Email error messages",
all-inkl.com/en/mail-error/). Both are its own decisions about our mail, not a remote answer."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "allinkl"
HOSTS = (".kasserver.com",)
DOMAINS = ()  # a host of its customers' own domains
MARKERS = ()

RULES = (
    # "Spam message rejected.": "our spam filter checks outgoing messages": our own provider
    # refusing our message (taxonomy §7: the sender's side).
    # Only where ALL-INKL wrote the notice: "Spam message rejected" is also rspamd's default reply
    # (its milter's RSPAMD_MILTER_REJECT_MESSAGE), which a kasserver.com host receiving mail for a
    # customer's domain may send as the prospect's own filter.
    Rule(reason=R.SPAMDETECTED, wording="spam message rejected", sender=True, own=True),
    # "Message cannot be sent. One or more recipients were previously reported as unknown.": its
    # own list of addresses that failed before, refusing the whole message ("one or more": not
    # this address's answer), a suppression (sisimai 5.2 `suppressed`, read as `filtered`, soft).
    Rule(reason=R.FILTERED, wording="previously reported as unknown"),
)
