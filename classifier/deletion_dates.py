"""The day a mailbox's state began, and the schedule or condition a deletion may carry after it: the pieces of
`classifier.departures._DELETED` that tell a deletion DONE ("expired on Monday, 1 March and was deleted", gone, hard)
from one still to come ("expired on 1 March and deleted on 1 April unless renewed", "... is deleted by 1 April",
suspend, soft). Review 117 read a state's day between the state and "deleted"; review 123 found its schedules and
conditions read as past deletions (false hards) and its other date forms missed (false softs)."""

from __future__ import annotations

# A state's day: "1 March", "1st of March", "March 1st, 2026", "2026-03-01", "2026/03/01", "01.03.2026", "01-03-2026",
# after a weekday ("Monday, 1 March") or "the" ("the 1st of March"), with a time after it ("at 10:00", "10:00 UTC").
# Review 126: a month by its name only (so "30 days", "3 times" are no day), the weekday short ("Sun, 01 Mar 2026",
# RFC 5322 section 3.3), "March 2026", the German day with no year ("1.3."), an ISO time ("2026-03-01T10:00:00Z") and
# a zone after the time ("CET", "+0100"): past deletions read as the state alone (false softs).
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_ZONE = r"(?: ?[+-]\d\d:?\d\d| (?:utc|gmt|z|[cew]es?t|bst|ist|[ecmp][sd]t|jst|msk))?"
DAY = (
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun),? )?(?:the )?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH}\.?|{MONTH}\.? (?:\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?)"
    r"|\d{4}[-/.]\d\d[-/.]\d\d(?:t\d\d:\d\d(?::\d\d)?(?:z|[+-]\d\d:?\d\d)?)?"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.\d{1,2}\.(?!\d))(?:,? \d{4})?"
    rf"(?:,? (?:at )?\d{{1,2}}[:.]\d\d(?::\d\d)?(?: ?[ap]\.?m\.?)?{_ZONE})?"
)
# "Is deleted" then a day, a count or "from/until/as of": a schedule ("is deleted by 1 April", "is deleted 30 days
# later", "is deleted from 1 April"); not "is deleted by the administrator" (the state now, gone).
IS_SCHEDULED = r"(?:in|on|at|from|until|as of|after|\d{1,3}|by (?:\d|[a-z]{3,9}\.? \d))\b"
# Said between "and" and "deleted" of a deletion done: "inactivated and permanently / subsequently / later deleted".
DONE_ADVERB = r"(?:permanently |subsequently |later |since |eventually |finally )?"
# After "deleted", in its clause: a condition ("deleted on 1 April unless renewed", "deleted 1 April if not renewed",
# "deleted between 1 and 30 April if not reactivated"), or the mailbox deleting some messages ("deleted 12 queued
# messages"). Not a help line's "if you believe this is an error" (the deletion done).
NOT_DONE = (r"(?! [^.;:!?]{0,60}?\b(?:unless|if not|if unpaid|if (?:it is |it's |the account is |the mailbox is )?not)\b"
            r"| \d{1,6} (?:\w+ ){0,2}?(?:messages?|mails?|e-?mails?|items?|files?)\b)")
# A state, then "removed / purged / erased" (review 123: "inactivated and removed" read as the state alone once review 117
# made "inactivated" a state word, a false soft; "disabled and removed" with it). Not "removed from" a list or a group,
# nor "purged of" old messages. Review 126: the removal ends its clause or says when, by whom or for good ("removed.",
# "removed on 2 March", "removed by the administrator", "permanently purged"): not a state that "removed your message /
# its aliases", "purged spam / old messages", nor one "removed temporarily / pending review / until payment" (false
# hards; nor ", pending payment"); with "first" or "&" before ("first inactivated, then deleted", "inactivated & deleted"; false softs).
STATE_WORDS = r"(?:expired|disabled|(?:de|in)activated|suspended|closed|locked)"
STATE_JOIN = r"(?:,?(?: and| then| &){1,2})"
# Review 130: a semicolon or a colon as the comma, and the removal said temporary or undoable after it ("removed;
# pending payment", "removed: pending review", "removed, temporarily / for now", "removed, reactivation possible":
# false hards of review 126's rule).
REMOVED_ENDS = (r"(?=\s*(?:$|[.!?)\]]|[,;:](?! ?(?:pending|until|unless|if|awaiting|while|temporar\w*|for now|for the "
                r"time being|(?:\w+ ){0,2}(?:reactivation|restore|recovery) (?:is )?possible|(?:\w+ ){0,2}can (?:still )?"
                r"be (?:reactivated|restored|recovered))\b))"
                r"|\s(?:on|at|by|after|since|permanently|for good|completely|and|then)\b)")
STATE_THEN_REMOVED = (
    r"\b(?:account|mailbox|address|inbox) (?:has |had |was |is )?(?:been )?(?:first |initially )?" + STATE_WORDS
    + r"(?: on " + DAY + r"[,;]?(?: and| then){0,2}|" + STATE_JOIN + r") (?:(?:has|had|was) (?:been )?|been )?"
    + DONE_ADVERB + r"(?:removed|purged|erased)\b(?! (?:from|of)\b)" + REMOVED_ENDS + NOT_DONE
)
# A German day ("am 1. März", "am 1.3.", "am 01.03.2026", "am 1. März 2026"): review 126, "Das Postfach wurde am 1. März
# gelöscht" read as no deletion (a false soft).
TAG = r"\d{1,2}\.(?: ?\d{1,2}\.(?:\d{2,4})?| [a-zä]{3,9}(?: \d{4})?)"


# "Removed" as "deleted" in departures' English shape (session 41: "Mailbox has been removed" read onhold) where the
# removal ends its clause as review 126's REMOVED_ENDS has it, or is from the server or the organisation; never removed
# from or of something else (a quarantine, a list, a group: the box stays), nor said temporary or undoable.
REMOVED = (r"(?:removed|purged|erased)\b(?:(?= from (?:this|the|our|its) (?:mail ?)?(?:servers?|systems?|domain"
           r"|organi[sz]ation|company)\b)|(?! (?:from|of)\b)" + REMOVED_ENDS + ")")
