"""Generic refusals: RFC 5321's "mailbox unavailable", "Recipient rejected" (wordings.GENERIC_REFUSALS). Alone at
RCPT they are a server's missing user (Outlook.com's "550 5.5.0 Requested action not taken: mailbox
unavailable"); said beside another cause ("... mailbox unavailable - message rejected as spam", "(mailbox full)",
"your IP is blocked") or a status that says another thing, the other cause is the refusal. Asked by
`reasons._is_userunknown` (the generic tables) and `remote` (the provider rules, review 82): one home for
what "beside a cause" means (review 88: the generic tables read the spam case hard where the provider rules
already stood down, a false hard)."""

from __future__ import annotations

import re

from classifier import lexicon, severity, wordings
from classifier.records import REASONS, Reason
from classifier.wording import Wording, wording_of

R = REASONS
# Causes about the sending host that, said beside a generic refusal at RCPT, are the real one.
SENDING_HOST_CAUSES = (R.BLOCKED, R.BADREPUTATION, R.SPEEDING, R.TOOMANYCONN, R.REQUIREPTR)
# Every cause that, named beside a generic refusal, is the refusal rather than a missing mailbox: the mailbox's
# state, the message's content or size, a policy, the sending host, the relay.
CAUSES = (R.MAILBOXFULL, R.SUSPEND, R.SPAMDETECTED, R.VIRUSDETECTED, R.POLICYVIOLATION, R.CONTENTERROR, R.BLOCKED,
          R.MESGTOOBIG, R.SPEEDING, R.REJECTED, R.NORELAYING, R.BADREPUTATION, R.TOOMANYCONN, R.REQUIREPTR)


# What names no cause of this refusal: a parenthesis of examples lists what the refusal may mean (RFC 5321 4.2.2's
# whole 550 text, "mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy
# reasons)", which servers send for a missing mailbox: review 66's and 87's rows), and a help sentence speaks of
# the server's other business ("Mailbox unavailable. To report spam write to abuse@..."; review 88's control), a list
# of possible causes, a cause denied.
_NO_CAUSE = re.compile(r"\(e\.g\.,? [^()]{0,200}\)|(?:^|[.!?;] |\b[245]\d\d[ -])(?:to report|report (?:spam|abuse)|"
                       r"for (?:[a-z]+ ){0,3}?(?:more|further|explanation|assistance|help|details|information|complaints?|questions|"
                       r"reports?)|please (?:visit|see|contact|report|"
                       r"write|send|forward)|see|visit|contact|if you)\b[^.!?;|]*|"
                       # A help LIST of what such a refusal may mean ("Possible causes: the mailbox is full, your IP is
                       # blocked ...", "Common reasons include ..."): none of them named as this one's (review 121); not
                       # one "Possible cause:" named, nor "do not spam" (an accusation), nor a score above zero. The list
                       # ends where this message's own cause is said ("..., and this message was spam", "here ...") and
                       # "reasons can be found below: <cause>" is no list (review 128: false hards at RCPT).
                       r"(?:^|[.!?;] |\b[245]\d\d[ -])(?:(?:possible|common|typical) (?:causes|reasons)|(?:causes|reasons) "
                       r"(?:may|might|can|could) (?:be(?! (?:found|seen|read|viewed|checked|looked)\b)|include))\b"
                       r"(?:(?!,? (?:and|but) (?:this|your|the) (?:message|mail|e-?mail)\b|\b(?:here|in this case|this "
                       r"time)\b)[^.!?;|])*|"
                       # ...nor a cause said NOT to be it ("(not spam)", "this is not a blocklist refusal"; review 121),
                       # never a prohibition ("you can/may/shall not spam") nor "not spam-free" / "not virus-free" (the
                       # cause said; review 128), nor a score above zero written "0,9" (a decimal comma); "0,0" is zero
                       # (review 131: read spamdetected, a false soft of a missing user).
                       r"(?<!do )(?<!must )(?<!should )(?<!can )(?<!may )(?<!shall )(?<!will )(?<!could )(?<!would )"
                       r"(?<!might )(?<!please )\bnot (?:an? )?(?:spam|junk|virus|blocked|blocklist(?:ed)?|blacklist(?:ed)?)\b(?!-)|"
                       r"\bspam score:? 0(?:[.,]0+)?(?![.,]?\d)")
# ...nor a filter product's name and version as a sentence of its own ("Anti-Spam Gateway 3.2"), also in parentheses
# or after a dash ("recipient rejected - Anti-Spam Gateway 3.2", review 131), or as a multi-line reply's line of its
# own after the line's code ("... rejected. 550 5.1.1 Anti-Spam Gateway 3.2"), never where its verdict follows
# ("Anti-Virus Engine 6.1 found ...": review 128). A reply line's code changes no reading (review 133): the name found
# alone is dropped also from the reply's copy without its line codes (reasons' " | " twin), where the line's end is lost
# ("rejected anti-spam gateway 3.2", "... gateway 3.2 recipient rejected").
_PRODUCT_ALONE = re.compile(r"(?:^|[.!?;] |\(| - |\b[245]\d\d[ -])(?:[245]\.\d{1,3}\.\d{1,3} )?"
                            r"(anti-?(?:spam|virus) [a-z]+ v?\d+(?:\.\d+)+)\b(?= ?(?:[.!?;|)]|$|[245]\d\d[ -]))")


# A host name, address or URL names a machine, not a cause ("Recipient rejected by policy-gw.example",
# "mx.spamfilter.example"); a labelled help line ("Spam complaints: abuse@...", "Abuse: ...") and a filter's
# signature ("This server is protected by Spamhaus") speak of the server's other business (review 90: a dead
# address's generic refusal read policy or spam, a false soft).
_START = r"(?:^|[.!?;] |\b[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?)"  # a sentence's or a reply line's start
_SIGNATURE = _START + r"(?:this (?:mail )?(?:server|system|host|domain) is )?protected by [^.!?;|]*"
# (Read in one pass: a host is looked for only from its run's first character, and the run's last name whose top label
# is letters is the one read (the labels between were the run's own, never a second way to read it: a forged reply of
# "a.a.a..." with no such label read every run's split from every character, cubic: 1,600 characters took 152 s in
# classify; benchmarks/redos_scan.py's prober). A host right after a help line or a signature, which stop before its
# dot, is read as theirs, with both their blanks (`_without_either`): the one place a run is entered mid-way.)
_HOST = r"[\w.+-]*[\w-]\.[a-z][a-z-]*[a-z]\b(?:/\S*)?"
_NO_CAUSE_EITHER = re.compile(r"(?<![\w.+-])" + _HOST + "|(?:"
                              + _START + r"(?:(?:spam|abuse) )?(?:complaints?|abuse|reports?) ?:[^.!?;|]*|" + _SIGNATURE
                              + r")(?P<host>(?=\.)" + _HOST + ")?")
# ...and for without_signature only a vendor's name of a few words that ends the sentence: "protected by Spamhaus,
# and your IP is listed there" goes on to name our host.
_SIGNATURE_RE = re.compile(_START + r"(?:this (?:mail )?(?:server|system|host|domain) is )?protected by "
                           r"[\w-]+(?: (?:and )?[\w-]+){0,3}(?= ?(?:[.!?;|]|$))")


def _without_either(m: re.Match[str]) -> str:
    return "  " if m.start("host") >= 0 else " "  # a help line's or signature's blank, and its host's


def cause_words(w: Wording) -> Wording:
    """`w` without its examples and help sentences: the words that may name this refusal's cause."""
    rest = w.text
    if "anti" in rest:
        for name in {m.group(1) for m in _PRODUCT_ALONE.finditer(rest)}:
            rest = rest.replace(name, " ")
    rest = _NO_CAUSE_EITHER.sub(_without_either, _NO_CAUSE.sub(" ", rest))
    return w if rest == w.text else wording_of(rest)


def names_no_user_without(text: str, phrases, rcpt: bool = False) -> bool:
    """Does `text` name no missing user once `phrases` are taken out of it (`rcpt`: read as an answer to RCPT,
    where "<a> does not exist" names one: beside our "sending to unknown users", review 86)?"""
    for phrase in phrases:
        text = text.replace(phrase, " ")
    return not wording_of(text).uses(R.USERUNKNOWN) and not lexicon.no_such_recipient(text, rcpt=rcpt)


def without_signature(w: Wording) -> Wording:
    """`w` without a filter's signature sentence ("This server is protected by Spamhaus"): the vendor it names
    is the receiving server's own armour, no refusal of our host (review 91: under 5.1.1 "Recipient rejected.
    This server is protected by Spamhaus" read blocked, the sender's). Narrower than cause_words: a host name,
    a URL or a help line stay (a blocklist's zone or lookup URL names what refused us)."""
    if "protected by" not in w.text:
        return w
    rest = _SIGNATURE_RE.sub(" ", w.text)
    return w if rest == w.text else wording_of(rest)


def only_generic(text: str) -> bool:
    """Are `text`'s only "no such user" words generic refusals (none left once they are taken out)?"""
    return names_no_user_without(text, wordings.GENERIC_REFUSALS)


def beside_a_cause(w: Wording, causes: tuple[Reason, ...] = CAUSES) -> bool:
    """Does the lowercase wording `w` refuse only in generic words and name one of `causes` beside them?"""
    if not w.uses(R.USERUNKNOWN):
        return False
    if not only_generic(w.text):
        return False
    words = cause_words(w)  # last, and once: its two substitutions cost more than the other tests (review 90's)
    return any(words.uses(r) for r in causes)


def beside_a_status(status: str, coded: Reason | None, w: Wording) -> bool:
    """Only a generic refusal ("Recipient rejected", RFC 5321's "mailbox unavailable") beside a
    status that says another thing (5.2.1 the mailbox disabled, 5.7.1 a policy, 5.1.2 the domain,
    5.4.1 its routing subject) or only for now (4.1.1): the status speaks, neither a missing
    mailbox nor a filter (the 37th review: "550 5.2.1 Recipient rejected" at RCPT read hard)."""
    # A status that names nothing: none, x.0.x, an address detail no table knows, and 5.5.0, a catch-all
    # (Exchange Online's "550 5.5.0 Requested action not taken: mailbox unavailable" for no such user).
    vague = status[2:4] in ("", "0.", "1.") or status[2:] == "5.0"
    return (status[:1] == "4" or coded is not None or not vague or _only_for_now(w.text)) and only_generic(w.text)


# The reply's own code where the notice quotes it with no Status field: at the text's start or after its MTA's framing
# ("... after RCPT TO:<a>: 450 ...", qmail's "Remote host said: 451 ..."). A 4xx there, and no 5xx, is a refusal for
# now, given up when the queue ran out (Exim's "...: retry timeout exceeded", qmail's "in the queue too long"); RFC 5321
# 4.2.2's 450 "mailbox unavailable (e.g., mailbox busy ...)" names no missing user (outside65: read hard, a false hard).
_REPLY_CODE = re.compile(r"(?:^|[:>]\s{0,3}|\bsaid:?\s{1,3})([45])\d\d[ -]")


def _only_for_now(text: str) -> bool:
    """Do the reply codes `text` quotes say only 4xx?"""
    classes = {m.group(1) for m in _REPLY_CODE.finditer(text)}
    return classes == {"4"}


# RFC 5321's generic "mailbox unavailable" in a PROVIDER's rule (remote/): its no-such-user when alone (Outlook.com's
# "550 5.5.0 Requested action not taken: mailbox unavailable"), but said beside another cause ("552 5.2.2 ...
# mailbox unavailable (mailbox full)", "... - message rejected as spam") the cause is the refusal (review 82: false
# hards). Narrower than beside_a_cause: only this phrase is taken out, and no help sentence is set aside.
UNAVAILABLE = "mailbox unavailable"


def unavailable_beside_a_cause(text: str) -> bool:
    """Does lowercase `text` name another cause than a missing mailbox beside the generic "mailbox unavailable"?"""
    rest = text.replace("requested action not taken: " + UNAVAILABLE, " ").replace(UNAVAILABLE, " ")
    if severity.says_no_such_recipient(rest):
        return False
    w = wording_of(rest)
    return any(w.uses(r) for r in CAUSES)
