"""A bare "user / recipient (was) deleted" as a departure (`classifier.departures._DELETED`'s nouns beside account,
mailbox, address, inbox; the lead's re-read of 2026-12-07: "550 5.0.0 User deleted" read onhold, soft).

Unlike "account" or "mailbox", a user or a recipient is also a person who DOES the deleting ("the recipient deleted
you from the contact list", "... deleted series", "the user deleted our earlier message") and the word the servers use
for OUR login ("SMTP / API user deleted", "user deleted from SMTP auth database"); a quoted subject or phrase ("Subject
"User deleted?"") names the words without saying them (audit 43: seven false hards). So the bare nouns are read only
where the deletion ENDS its clause ("User deleted", "Recipient deleted.", "User <x> was permanently deleted (in reply
to RCPT TO command)"), or goes on with a past day or "from this server" (a deletion done, of the box itself).
"""

from __future__ import annotations

# Our login's user: the submission or relay account, an API's.
# Audit 45: nor a list's moderator or the domain's admin user, nor "your user" (an ESP speaking of our account).
# Audit 46: nor a group's owner, our "authenticated" or "sender" user (false hards).
# Audit 47 / 48: nor our "client", "tenant" or "customer" user at a relay service (false hards).
_OURS = "".join(rf"(?<!{w} )" for w in ("smtp", "relay", "auth", "login", "sasl", "api", "submission", "sending",
                                         "moderator", "admin", "list", "your", "owner", "authenticated", "sender",
                                         "client", "tenant", "customer"))
# (Audit 49: and their possessive, "tenant's user deleted", "customer's user deleted" at a relay: false hards.)
# (Audit 50: and any possessive, "reseller's user", the plural "tenants' user": someone's login, false hards.)
_OURS += "".join(rf"(?<!{s}s )(?<!s{s} )" for s in "'’")
# (Audit 51: and the plural possessive written without its apostrophe, "Relay access denied: customers user deleted": a
# false hard.)
_OURS += "".join(rf"(?<!{w}s )" for w in ("client", "tenant", "customer", "reseller"))
# What may follow "deleted" for a bare noun: the clause's end (not a question mark or a closing quote: a quotation),
# a past day (audit 44: an ISO day with no "on"), the server or directory it was deleted from, a next sentence's first word.
# Audit 45: a stop that closes a quotation ("phishing phrase 'recipient deleted.' in the subject") is none; a dash or a
# bracket after it ("User deleted - mail refused", "User deleted [HR-4471]"), "permanently" before the end, a year
# ("in 2025"), a time ago ("3 weeks ago"), a directory by its name ("from LDAP", "from Active Directory") are the
# deletion done (false softs). Audit 46: "by the administrator", "after leaving the company" too (false softs; departures'
# schedule words take "after 90 days", not "after leaving").
_ENDS = (r"(?: (?:permanently|completely))?"
         r"(?:\s*(?:[.;:,!)(|\n]|$)(?!['’”])|\s+-\s|\s*\[| (?:(?:on|since) )?\d{4}-\d\d-\d\d\b"
         r"| (?:on|since) (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)| in (?:19|20)\d\d\b"
         r"| by (?:the |an? |your )?(?:admin\w*|postmaster|it department|helpdesk|help desk)\b"
         r"| after (?:leaving|(?:his|her|their) (?:departure|leaving)|the (?:employee|user) left)\b"
         r"| (?:\d{1,3}|a|an|one|two|three|four|five|six|several|some|many) (?:days?|weeks?|months?|years?) ago\b"
         r"| from (?:(?:this|the|our) (?:server|system|directory|domain)|(?:the )?(?:ldap|active directory|ad)\b)\b"
         # (Audit 46: not out of a directory's group, "user deleted from the LDAP group internet-mail": a policy.)
         # (Audit 47: nor its "mail group", its "distribution list": any one or two words before the group or list.)
         r"(?! (?:[\w-]+ ){0,2}(?:groups?|lists?)\b)"
         # ...or a new sentence run on without its stop ("User deleted please note that ...": audit 41b's row).
         # (not "deleted contact", "deleted please-reply requests": something deleted; audit 43's own rows).
         r"| (?:please|kindly|note|see|refer|do not|don't|no forwarding|and (?:is )?no longer|contact (?:the|your|our) "
         r"(?:admin\w*|postmaster|help ?desk|support))(?=[\s.,;:]|$))")
# The noun, and a look ahead to its deletion (within the sentence; an address's dots allowed) that ends so.
NOUN = rf"(?:recipient|(?=user){_OURS}user)(?=[^;!?\"]{{0,80}}?\bdeleted\b{_ENDS})"
