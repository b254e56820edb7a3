"""Further words for the refusals of a message's PATH and SIZE and of the sending HOST, found by review novel40
(tests/classifier/review_novel40.py): relay refusals said as the domains a server serves, a size said as a comparison,
our host named on a deny or abuse list in other nouns, content judged bulk or junk by its likeness, a domain said not
registered or absent from the DNS, and a loop said as too many servers or a circle. Each pattern is the FAMILY a
cause belongs to, the tables knowing it under other words (phrases' "relay access denied", "message size exceeds",
"listed at", "mail loop"...), not the sentence the review wrote; each has a second paraphrase or a nearby wording as
a control row there. Data merged into `classifier.phrases` (PATTERNS); matched against the lowercase,
whitespace-collapsed diagnostic."""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.guard import Guarded
from classifier.records import Reason
from classifier.soft_wordings import NOT_BESIDE_NO_USER

R = Reason
_IN = r"(?:[^.;!?\n|]|\.(?=\S))"  # within one sentence (a dot inside a number or a name does not end it)
# Our side named as the subject anywhere in the reply: the HELO / EHLO name, the client host, the sender's address or
# domain, "your (sending / mail) domain / host", the reverse name or PTR.
# Nor our message's own parts: its From header's domain, a link's or URL's ("the domain of a link in your message is not
# a registered domain", "The domain in your From header is not a registered domain": audit 42, false hards).
_NOT_OUR_NAME = (r"^(?!.*?\b(?:helo|ehlo|client host|sender (?:address|domain)|your (?:sending |mail )?(?:domain|host|"
                 r"hostname|server|helo)|reverse (?:dns|name|lookup|zone)|ptr|rdns|from header|header from|in your from|"
                 r"(?:of|in) (?:a|the|your) (?:link|url|web ?site|web address)s?)\b).*?")
_US = r"(?:we|this (?:server|host|system|gateway|mx)|our (?:server|host|system|gateway|mx|site))"
# The recipient said missing in the languages of the relay words below (review langs45): none of them beside it.
# (Audit 47: nor said unknown, "Usuário desconhecido", "Okänd mottagare", "Bilinmeyen alıcı", "Neznámý příjemce",
# "宛先不明": false softs.)
_NOT_ABSENT_HERE = (r"(?!.*?(?:finns (?:inte|ej)|kullan(?:ı|i)c(?:ı|i) yok|bulunamad(?:ı|i)|neexistuje|n(?:ã|a)o existe|"
                    r"inexistente|存在しません|存在しない|desconhecid[oa]|ok(?:ä|a)nd|bilinmeyen|nezn(?:á|a)m|不明))")

PATTERNS: Mapping[Reason, tuple[re.Pattern[str] | Guarded, ...]] = {
    R.NORELAYING: (
        # The server takes mail only for the domains it serves, or says the destination is none of them: "we only
        # accept mail addressed to domains we host", "destination domain is not served by this MX", "x is not one of
        # our local domains"; and transit through it closed ("onward / third-party delivery through this gateway is
        # not allowed"). Never beside a missing user (a "we only accept mail for existing users" is the recipient).
        re.compile(NOT_BESIDE_NO_USER + r"(?:\b(?:(?:only|solely) (?:accept|take|handle|deliver|receive) (?:mail|e-?mail|"
                   r"messages)(?: addressed| sent)?|(?:accept|take|handle|receive)s? (?:mail|e-?mail|messages) (?:only|"
                   r"solely)) (?:to|for) (?:the )?domains " + _US + r" (?:host|serve|handle)\b"
                   r"|\b(?:destination|recipient|target) domain (?:is )?not (?:served|hosted|handled) (?:by|on|at) "
                   r"(?:this|our) (?:mx|server|host|system|gateway|relay)\b"
                   r"|\bnot (?:one of )?(?:our|the) local domains\b"
                   r"|\b(?:onward|third[- ]party|outbound|foreign) (?:transit|delivery|relaying|forwarding) (?:through|via) "
                   r"(?:this|our) (?:host|server|gateway|system|mx|relay)\b" + _IN + r"{0,30}?\b(?:closed|not allowed|not "
                   r"permitted|refused|denied|prohibited)"
                   r"|\btransit through (?:this|our) (?:host|server|gateway|system|mx) is closed\b"
                   # qmail's rcpthosts refusal in an ISP's paraphrase, "553 Sorry, this domain is not in my list of
                   # allowed hosts (#5.7.1)" (review states57; read securityerror from its 5.7.1): the DOMAIN named, so
                   # not a client-host ACL ("Your host is not in my list of allowed hosts" is ours, its control).
                   r"|\b(?:this|that|the|your) domain (?:is not|isn't) in (?:my|our|the) list of allowed (?:rcpt)?hosts\b)"),
        # Review langs45: relaying refused in Portuguese, Swedish, Turkish, Czech and Japanese ("Retransmissão não
        # permitida", "Vidarebefordran nekas", "Aktarıma izin verilmiyor", "Přeposílání není povoleno", "中継は許可されて
        # いません"); never beside a missing user, said in English or in these languages ("Mottagaren finns inte;
        # vidarebefordran nekas" stays the missing user).
        re.compile("^" + _NOT_ABSENT_HERE + NOT_BESIDE_NO_USER + r"(?:retransmiss(?:ã|a)o|vidarebefordran|"
                   r"aktar(?:ı|i)m\w{0,3}|p(?:ř|r)epos(?:í|i)l(?:á|a)n(?:í|i)|中継|relay\w{0,4})" + _IN
                   + r"{0,30}?(?:n(?:ã|a)o (?:é )?permitid[oa]|"
                   r"negad[oa]|nekas|(?:är )?inte till(?:å|a)ten|izin verilmiyor|nen(?:í|i) povolen[oa]?|"
                   r"zak(?:á|a)z(?:á|a)n[oa]?|許可されていません|拒否)"),
    ),
    R.MESGTOOBIG: (
        # A size said as a comparison or a volume over the permitted amount: "bigger than we allow", "total
        # attachment volume is over the permitted amount". (Not "larger than this recipient accepts": the recipient's
        # own limit, exceedlimit under 5.2.3.)
        re.compile(r"\b(?:bigger|larger) than " + _US + r" (?:allow|accept|permit|take|can take)s?\b"
                   r"|\b(?:attachments?|message|mail|e-?mail)(?: \w+)? (?:volume|size|weight) (?:is |was )?(?:over|"
                   r"above|beyond|past) (?:the|our|this) (?:permitted|allowed|maximum|accepted|admissible) (?:amount|"
                   r"size|volume|limit|maximum)\b"),
    ),
    R.BLOCKED: (
        # Our host, IP or relay named on a deny, block or abuse list in other nouns ("flagged on a public abuse
        # registry", "on our deny roster", "denylisted by zen.example"); never the recipient's own list ("their
        # personal deny list": recipient_blocklists, filtered). Never beside a missing user, as the relay family: a
        # help line naming a list after "User unknown" is no verdict on our host (audit 41a, a false soft under 5.1.1).
        re.compile(NOT_BESIDE_NO_USER + r"\b(?:ip|ip address|address|host|server|relay|mail server|client|network|connection)\b"
                   r"(?:(?!\b(?:their|his|her|recipient|recipient's|personal|user's)\b)" + _IN + r"){0,40}?"
                   r"(?:\b(?:is |was )?(?:flagged|named|listed|found|entered|recorded|present|sitting|placed)? ?(?:on|in) "
                   r"(?:a|an|our|the) (?:[\w-]+ ){0,2}?(?:abuse|abusive|deny|block|black|reject|threat|ban|banned) "
                   r"(?:registry|roster|zone|feed|list|database|register)\b"
                   r"|\b(?:is |was )?(?:denylisted|deny-listed|blocklisted|block-listed)\b)"),
    ),
    R.SPAMDETECTED: (
        # Content judged bulk or junk by its likeness: "resembles unrequested bulk mail", "looks like unwanted
        # advertising", "matches a known promotional blast pattern"; and a content score above a junk threshold.
        re.compile(r"\b(?:resembles|looks like|reads like|matches|is typical of)\b" + _IN + r"{0,40}?"
                   r"\b(?:bulk|junk|unwanted|unrequested|unsolicited|promotional|advertising|advertisement|mass[- ]mail)"
                   r"\w*\b"
                   r"|\bscore\b" + _IN + r"{0,30}?\b(?:above|over|exceeds|exceeding|beyond|past)\b" + _IN
                   + r"{0,20}?\b(?:junk|spam|bulk) (?:threshold|limit|cut-?off)\b"),
    ),
    R.HOSTUNKNOWN: (
        # A domain said not registered or absent from the DNS: "x is not a registered domain name", "that domain does
        # not appear to be registered", "the name does not exist anywhere in DNS". The sender's domain said so is
        # the sender's (reasons: lexicon.not_the_domain_missing and the sender stage read it first); and so is any
        # said where our HELO, client host, sender address or reverse name is the subject (Postfix's "Helo command
        # rejected: <our name> is not a registered domain" read hostunknown, hard: a false hard, audit 41a). Nor one
        # "not registered under / in your account" (Google Workspace's SMTP relay refusing our sending domain: relay63).
        re.compile(_NOT_OUR_NAME + r"(?:\b(?:domain|domain name)\b" + _IN + r"{0,40}?\b(?:is not|isn't|does not appear to be|doesn't "
                   r"appear to be|appears not to be|is no longer) (?:a )?registered\b(?! (?:with|for|to|on) | (?:under|in|within) your )"
                   r"|\b(?:is not|isn't) a registered (?:domain|domain name)\b"
                   r"|\b(?:domain|name)\b" + _IN + r"{0,40}?\bdoes ?n[o']t exist (?:anywhere )?in (?:the )?dns\b"
                   # hMailServer's ExternalDelivery.cpp when DNS ANSWERED and named no mail server for the domain,
                   # "No mail servers appear to exists for the recipient's address." (review states57: read onhold,
                   # a false soft); its failed query is the next family's.
                   r"|\bno mail servers? appears? to exists? for the recipient[’']?s address\b)"),
    ),
    R.NETWORKERROR: (
        # A loop said as too many servers passed or a circle ("has travelled through too many servers", "went round
        # in a circle"), beside phrases' "mail loop", "too many hops" (RFC 5321 section 6.3).
        re.compile(r"\b(?:passed|travell?ed|gone|went|been|routed) (?:through|via|across) too many (?:servers|hosts|"
                   r"hops|relays|systems|mail servers|mtas)\b|\b(?:round|around) in (?:a )?circles?\b"
                   r"|\btoo many relays in the (?:trace|received)\b|\bhop limit (?:reached|exceeded)\b"
                   # hMailServer when the DNS query itself failed (ExternalDelivery.cpp, bDNSQueryOK false): nothing
                   # said of the domain, a failure to look it up (review states57: read onhold).
                   r"|\bunable to find the recipient[’']?s (?:e-?mail |mail )?server\. the dns query has failed\b"),
    ),
}
