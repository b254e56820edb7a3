"""An address said to be "no longer in use / used" (departures' retired address, the lead's re-read of 2026-12-07:
"550 5.7.1 This email address is no longer in use" read securityerror, soft, while "no longer valid" read hard).

Only the recipient's address as the clause's subject. Not ours, an IP's, a bounce or forwarding target's ("The
address lead forwards to is no longer in use": the mailbox exists, its forward is broken); not a general rule ("Mail
to an address no longer in use is refused after 30 days"); not an address kept for other uses ("no longer used for
sales enquiries", "no longer in use by the sales team"): audit 41b's false hards. "The address you used / wrote to" is
the recipient's own (audit 41b's false soft), "the address you used to send" ours."""

from __future__ import annotations

# "you" names the sender, except where the address is the one the sender wrote TO.
_YOU_WROTE_TO = (r"you(?! (?:used|wrote to|sent (?:it |this |the message |your message )?to|mailed|e-?mailed)\b"
                 r"(?! to send| for sending| as (?:a |the )?sender))")
# Audit 42: nor an address named as another thing's (an IPv4 / IPv6 one, our From address, an alternate, backup or
# secondary target, a list member's, a web or URL address), nor "that address" after a comma or colon (it points back
# to the thing named before: "Delivery to the alternate address x failed: that address is no longer in use"), nor one
# asked about ("whether the address is no longer in use", "Is this address no longer in use?").
_OTHER_THINGS = ("ip", "ipv4", "ipv6", "forwarding", "-to", "return", "bounce", "from", "member", "alternate",
                 "alternative", "backup", "secondary", "web", "url", "whether the", "whether this", "whether",
                 ": that", ", that", "; that")
# Not kept for other uses ("no longer used for sales", "... in use by the sales team": audit 41b), nor for a time or a
# condition ("no longer in use until the new year", "... except for invoices", "... active during the holiday
# closure", "... valid without a ticket number": audit 42), nor asked.
# Audit 43: but a time since is the address gone ("no longer in use as of 1 March", "... for over a year": false softs).
# Audit 46: "a few years", "a long time" are times since too (false softs).
_SINCE = (r"(?:over |more than |about |almost |nearly |at least |the (?:past|last) )?(?:(?:a|an|one|two|three|four|five|"
          r"six|\d+|several|many|some|a few|few) (?:years?|months?|weeks?|days?)|a long time)\b")
# Audit 44: "for two weeks" with a during / while / until after it is a spell, not a time since (a false hard).
# Audit 45: a return or a leave said after it too ("for two weeks, returning on 4 January", "for 14 days (parental
# leave)": false hards); "from" only before a day ("mail works again from 21 December"), not "remove it from your list"
# or "mail from outside" after "for some / many years" (false softs).
# Audit 46: "from today / tomorrow / now", a cause of the spell ("due to maintenance", "while migrated") and a resend
# asked ("please resend after 21 December") are a spell too (false hards).
# Audit 47: "because of", "owing to", "on account of" are causes too (false hards); a resend or retry TO / WITH another
# address is a redirection, no spell; years (or "a long time") are never a spell for a cause: "for several years due
# to the change of company name", "for over a year, please resend to info@" (false softs: the audit 46 words).
# Audit 48: "as a result of", "in connection with", "pending" are causes too; a secondment a leave ("for one year due to a
# secondment abroad"): false hards.
_STAY = (r"during|while|until|till|starting|again|temporar\w*|return\w*|back|resum\w*|reopen\w*"
         r"|from (?:today|tomorrow|now|next \w+)"
         r"|from (?:the )?(?:\d+|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)")
# Audit 49: but not a cause that is the owner's departure or the box's end ("for 3 months, pending deletion", "in
# connection with her departure", "as a result of the employee leaving": gone, false softs).
# Audit 50: not where the end is said of something else than the box or its owner ("the closure of our office", "the
# merger of our mail systems", "the removal of malware from the server": a spell, false hards).
# Audit 51: two words before the thing ("our two mail servers", "infected files"); the thing as a compound before the
# end ("an office closure", "the mail system merger", "malware removal") or a season's ("the Christmas closure"): a
# spell too (false hards). But not a thing that goes on to the box ("the Office 365 account"), nor a closure said
# permanent or joined by the mailboxes' own end ("the permanent closure of our office", "... and the deletion of all
# staff mailboxes"): gone (false softs).
_BOX = r"(?:mailbox(?:es)?|accounts?|address(?:es)?|users?)\b"
# (Audit 51: and other malware, "ransomware", "a phishing kit": false hards.)
_ELSE = (r"(?:offices?|buildings?|sites?|premises|servers?|(?:mail )?systems?|platforms?|malware|virus(?:es)?|spam"
         rf"|files?|ransomware|spyware|phishing|trojans?)\b(?! (?:(?!(?:and|or)\b)[\w-]+ )?{_BOX})")
_BOX_GONE_TOO = (r" and (?:the |all |her |his |their )?(?:[\w-]+ ){0,2}(?:deletion|removal|closure|termination) of "
                 r"(?:the |all |her |his |their |our )?(?:[\w-]+ ){0,2}(?:mailbox(?:es)?|accounts?|address(?:es)?)\b")
# (Audit 51: "our Leeds and York offices", two places; an end of the box joined to the thing's, "the deletion of her
# files and mailbox": gone, not for a merger, "the merger of our mail systems and user accounts": a spell.)
_OF = r" of (?:the |our |its |this |some )?(?:[\w-]+ (?:and|&) )?(?:[\w-]+ ){0,2}"
_OF_ELSE = rf"(?!{_OF}{_ELSE}(?!{_BOX_GONE_TOO})(?! and (?:(?:the|all|her|his|their|its) )?{_BOX}))"
_OF_ELSE_MERGED = rf"(?!{_OF}{_ELSE}(?!{_BOX_GONE_TOO}))"
_SEASON = r"christmas|xmas|easter|summer|winter|annual|yearly|seasonal|festive|holiday"
# (Audit 51: the owner's possessive before the end, "the employee's departure", "Ms Lead's retirement"; the office
# "closing permanently": gone, false softs.)
_BEFORE_END = rf"(?:(?!(?:{_ELSE}|(?:{_SEASON})\b))[\w-]+(?:['’]s|s['’])? ){{0,2}}"
_GONE = (r"(?! (?:(?:the|his|her|their|its|an?|this|our) )?(?:(?:permanent|final|definitive) closure\b"
         r"|(?:[\w-]+ ){0,2}(?:clos(?:ing|ed)|shutting|shut)(?: down)? (?:permanently|for good)\b"
         rf"|{_BEFORE_END}(?:departure|leaving|left|resignation|retirement|termination|dismissal|deletion|removal"
         rf"|closure)\b{_OF_ELSE}|{_BEFORE_END}merger\b{_OF_ELSE_MERGED}))")
_CAUSE = (r"(?:due to|because of|owing to|on account of|as a result of|in connection with|pending)" + _GONE
          + r"|maintenance|migrat\w*"
          r"|(?:resend\w*|retry)(?! (?:to|with|using|at)\b)")
_WHILE = f"{_STAY}|{_CAUSE}"
_LEAVE = r"(?:parental |maternity |paternity |sick |annual )?leave|vacation|holidays?|sabbatical|secondment|absen(?:ce|t)"
_SPELL = rf"(?![^.;!?|]{{0,40}}\b(?:{_WHILE}|{_LEAVE})\b)"
_YEARS = (r"(?:(?:over |more than |about |almost |nearly |at least |the (?:past|last) )?(?:a|an|one|two|three|four|"
          r"five|six|\d+|several|many|some|a few|few) years?|a long time)\b"
          r"(?![^.;!?|]{0,40}\b(?:" + _STAY + "|" + _LEAVE + r")\b)")
# ("Over", "more than", "the past" say a time since whatever leave follows: "for over a year, since she left on leave";
# audit 46: not where a spell's while / during / until follows: "for over two weeks during her parental leave".)
_SURELY_SINCE = r"(?:over|more than|the (?:past|last)) " + _SINCE + rf"(?![^.;!?|]{{0,40}}\b(?:{_WHILE})\b)"
KEPT = (rf"(?! (?:for(?! {_SURELY_SINCE}| {_YEARS}| {_SINCE}{_SPELL})"
        r"|by|as(?! of\b)|except|until|till|during|without|unless|outside|while|between)\b)"
        r"(?!\s*\?)")
# Audit 43: "that" after a verdict's own word points to the recipient's address ("Sorry: that address is no longer in
# use", "Recipient rejected, that address ...": false softs), not back to another thing named before it.
_VERDICTS = ("sorry", "rejected", "refused", "denied", "unfortunately", "error", "undeliverable", "unknown")


def _not_other(w: str) -> str:
    if w[0] not in ":,;-":
        return rf"(?<!\b{w} )"
    if w[0] == "-":
        return rf"(?<!{w} )"
    # (Audit 44: not a verdict run on right after an address written out: "your Reply-To names billing@example.com;
    # sorry, that address ..." points back to billing@: a false hard.)
    ends = (r"\.[a-z]{2}", r"\.[a-z]{3}", r"\.[a-z]{4}", ">", "x@x")  # (x@x: the address as departures masks it)
    return "(?:" + "|".join([rf"(?<!{w} )"] + [rf"(?<=\b{v}{w} )" + "".join(rf"(?<!{e}[;,] {v}{w} )" for e in ends)
                                               for v in _VERDICTS]) + ")"


# Review audit59: nor where the next sentence asks our sender to send FROM another address ("This address is no longer
# in use. Please send offers from sales@example.net.", "Diese Adresse wird nicht mehr verwendet. Bitte schreiben Sie
# künftig von vertrieb@... aus."): the box retired is the one we sent from, our own tenant's or Workspace's outbound
# rule, never the prospect's address (it read userunknown, hard: a false hard on every prospect that mailbox's sequence
# mailed).
# Only a sending address right after "from" / "aus" / "von" (a reply's addresses are "x@x" when the rules read it):
# "send ... to <address>", "from now on", "von nun an" redirect the recipient's mail and stay the recipient's.
# (The next line of a multi-line reply opens with its codes: "550-5.7.1 ... no longer in use." / "550 5.7.1 Please ...".)
NOT_SENT_FROM_ELSEWHERE = (r"(?![^.;!?|]{0,40}?[.;!?]\s+(?:[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?)?[^.;!?|@]{0,20}?"
                           r"\b(?:send|write|mail|e-?mail|senden|schreiben|mailen)\b[^.;!?|@]{0,40}?\b(?:from|aus|von)\s+"
                           r"<?[\w.+-]+@\w)")


# Review lead43 (audit59's note): nor OUR address, its owner or its use said just before the noun ("Your (e-mail) address
# is no longer in use", "This sending address ...", "Sender address ...": a relay or our own provider retiring the box
# we send from; "your" in a reply is its client, the sender). Each read userunknown, hard, for the prospect.
_OURS_BEFORE = "".join(rf"(?<!\b{owner} {noun})" for owner in ("your", "sending", "sender", "sender's", "sender’s")
                       for noun in ("", "e-mail ", "email ", "mail "))

NO_LONGER_IN_USE = ("".join(_not_other(w) for w in _OTHER_THINGS) + _OURS_BEFORE
                    + r"(?<!\ban )(?<!\bany )(?<!\bevery )"
                    r"\baddress\b(?:(?!\b(?:your|sender|sending|from|forwards?|forwarded|redirect\w*|"
                    + _YOU_WROTE_TO + r")\b)[^.;!?|]){0,40}?\bno longer (?:in use|used)\b" + KEPT
                    + NOT_SENT_FROM_ELSEWHERE)


# Review replies58: German "Diese Adresse wird nicht mehr verwendet / genutzt" (an Exim ':fail:' text), as departures'
# Polish "nie jest już używan" and Swedish "används inte längre"; with review 77's guards (no compound's head,
# "Server-Adresse", "Absender-Adresse"; not "your" address); the verb right after the noun (a use kept, "wird nicht
# mehr für Bestellungen verwendet", is not it), nor a use kept or a time after ("außer für ...", "nur", "bis", "ab").
NICHT_MEHR_VERWENDET = (
    r"(?<![\w-])(?<!ip )(?<!ihre )(?<!ihr )(?<!deine )(?<!dein )(?<!euer )(?<!eure )"
    r"(?:(?:e-?)?mail-?)?(?:adresse|postfach) wird nicht mehr (?:verwendet|genutzt|benutzt)\b"
    r"(?![,:]? ?(?:au(?:ß|ss)er|nur|bis|ab)\b)" + NOT_SENT_FROM_ELSEWHERE)
