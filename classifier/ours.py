"""Refusals that name only our side: the sending address or its domain, never the prospect's.

A receiving server that refuses the sender often names the sender's address or domain and no
recipient: sendmail's access db ("550 5.7.1 <seller@ours.example>... Access denied"), Baruwa ("550
The domain ours.example is banned"), PowerMTA's bad-domain wording in chasquid's one MAIL+RCPT reply
("550 5.7.1 Domain ours.example is obsolete"), RFC 7505's null MX of the sender's domain, or our own
relayhost that does not resolve ("Name service error for name=smtp.ours.example"). Read by their
words alone these blame the recipient (a missing domain, a disabled mailbox), which is a false hard
for every prospect of the send. The bounce itself says who sent the mail: the returned original's
From and the notice's own To (a delivery report goes back to the envelope sender).

Only readings that blame the recipient's mailbox or domain are turned round, and only where the
reply names us and nothing of the recipient's: a reply naming the prospect's address or domain, or
any other address, keeps its reading. Where we mail our own domain, a domain names both sides and
only our exact address counts (and so where one domain is under the other: a company's
subsidiary, a hosting company's customers). Our address or domain named in another role (a
log's "from=<...>", "sent by", "envelope sender", "relayed via", "message from", the sender's
word in lexicon's languages) is no refusal of it, nor is the MTA's own framing of the reply it
quotes (Exim's "after RCPT TO:<prospect>:", qmail's "does not like recipient"), and a
looked-up host under a mail provider's domain (outlook.com, googlemail.com) is that provider's
MX for many domains, not our relayhost, even when we send from that provider's free mail."""

from __future__ import annotations

import re
from collections.abc import Callable

from classifier import departures, remote, said_address, severity
from classifier.dns_names import LOOKED_UP, other_form, related
from classifier.fields import mta_host
from classifier.guard import Worded, tried
from classifier.lexicon import SENDER_NOUNS
from classifier.parse import ADDRESS, Mail
from classifier.records import Reason
from classifier.text import address_pairs

# What a refusal of the sender's address or domain is read as: the words only blame the recipient.
# Not `filtered`: a recipient-side filter that names our address is the recipient blocking us
# (taxonomy section 2's own example; Mimecast's "Rejected by header based manually Blocked
# Senders: <us>", review 56), the prospect's choice, not our sending broken.
# Not `hasmoved`: a moved mailbox's reply names where it went ("moved to <domain>"), which may be
# ours (the prospect joined us), and no refusal of the sender reads as a moved mailbox (review 59).
RECIPIENT_STATES = frozenset({
    Reason.USERUNKNOWN, Reason.HOSTUNKNOWN, Reason.NOTACCEPT, Reason.MAILBOXFULL, Reason.SUSPEND,
    Reason.ONHOLD, Reason.UNDEFINED,
})

# A domain name standing alone (not inside an address, a longer host name or a URL's path).
_DOMAIN = re.compile(r"(?<![\w.@/-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?![\w@-]|\.\w)")
# A reply is a line or a few; a longer "diagnostic" is a pasted notice or header block, where our
# address stands for other reasons (its From line, MailMarshal's "Original Sender:").
_REPLY_AT_MOST = 600
# Fields that name us as the message's sender, not as what was refused: a header block pasted into
# the diagnostic, an MTA's "Original Sender:" line, a transcript's "MAIL FROM:<...>".
# Exchange's NDR names its writer as "Generating server: %s" (fr "Serveur de génération", it "Server
# di generazione", de "Generierender Server"): our own server there, maybe named as our bare domain.
_LABELLED = re.compile(
    r"(?:\b(?:from|sender|return-path|reply-to|to|cc|envelope-from|original[ -]sender|x-[a-z-]+"
    r"|generating server|serveur de g(?:é|e)n(?:é|e)ration|server di generazione|generierender server)[ \t]*:"
    r"|\bmail from:)[ \t]*(?:\"[^\"\n]{0,80}\"[ \t]*|[^<>\s,;\"]{1,80}[ \t]*)?<?[^\s<>,;]*>?")
# Our address or host named as the message's sender or route, not as what was refused: a log's
# "key=value" fields (Postfix's "from=<...>"), "sent by", "envelope sender", "return path",
# "relayed via", and a pasted notice's self-introduction of its writer ("This is the mail system
# at host %s", Postfix; "the qmail-send program at %s"; "the mail server on %s"), and the sender
# or the message's sender in any of lexicon's languages ("message from <us>", "Absender: <us>",
# "expéditeur", "отправитель", "送信者": review 59), whose state the reply does not speak of.
# "Message from" in the languages of lexicon's sender nouns (fr, es, pt, de, it, nl): the message's
# sender named, not refused (review 63; "Boîte pleine pour message de <us>" is the mailbox full).
_MESSAGE_FROM = "message from|message de|mensaje de|mensagem de|nachricht von|messaggio da|bericht van"
_IN_A_ROLE = re.compile(
    r"\b[a-z-]*(?:from|sender)=<?[^\s<>,;()]*>?"
    r"|\b(?:(?:envelope|original|return)[ -]sender|return[ -]path|(?:sent|relayed|forwarded|submitted) (?:by|via|from)"
    r"|via|on behalf of|(?:program|system|server) (?:at|on)(?: host)?)\b[ \t]*(?:\([ \t]*)?<?[^\s<>,;()]*>?"
    # (A noun, not an address's local part: "sender@example.com does not exist" refuses it.)
    rf"|(?<![\w.+=-])(?:{_MESSAGE_FROM}|{SENDER_NOUNS})(?![\w@.=+-])[ \t]*:?[ \t]*(?:\([ \t]*)?<?[^\s<>,;()]*>?")
# "(mail from <us>)", the parenthesis holding nothing else, says whose mail it was where the reply speaks
# of a mailbox or an account ("This account has been closed (mail from <us>)", review 63); beside words
# of a domain or host ("Domain not found (mail from <us>)") it may name what was not found: ours, kept.
# Only where the reading itself is a mailbox's state: a domain's words in a language _OF_A_DOMAIN does not
# list ("Domäne nicht gefunden", "Domein bestaat niet", "Hôte inconnu") read hostunknown (review 66).
# "Mail from <us> not accepted" (RFC 7505's words, review 58) is no such note and stays a refusal of us.
_MAIL_FROM_NOTE = re.compile(r"\(mail from <?[^\s<>,;()]*>?\)")
# Speed only (speed round 5): `_IN_A_ROLE` blanks only a text holding a word of each set every match holds
# (guard.Worded's, read off the pattern); without one the substitution finds nothing. It opens with a word
# boundary and a class, so the engine tried its three alternatives at every offset: 25 microseconds a reply, and
# some 97 replies in 100 hold no role word. tests/classifier/test_prefilters.py checks it on every reply asked.
_IN_A_ROLE_SEEN = Worded(_IN_A_ROLE)


def in_a_role_blanked(text: str) -> str:
    """`_IN_A_ROLE.sub(" ", text)`."""
    for words in _IN_A_ROLE_SEEN.seen:
        if not words.seen_in(text):
            return text
    return _IN_A_ROLE_SEEN.plain.sub(" ", text)
# "Message from <us> refused: domain does not exist" ("Message de <us> refusé : domaine inexistant", "Nachricht
# von <us> abgelehnt: Domain existiert nicht") under a status that names no destination (none, X.0.0, X.7.x):
# the reply introduces the message by its sender, then says a domain is missing, and names no other; the
# domain the server could not find is ours (a sender-domain check), and reading it as the prospect's is a
# false hard for every prospect of the send (review 66). Under a destination's status (X.1.x: "550 5.1.2 Host
# unknown; message from <us> not delivered") the words are the prospect's domain, as review 59 reads them.
_OF_A_DOMAIN_STATES = frozenset({Reason.HOSTUNKNOWN, Reason.NOTACCEPT})
_SENT_MESSAGE = re.compile(rf"(?<![\w.+=-])(?:{_MESSAGE_FROM})(?![\w@.=+-])")
_OF_A_MAILBOX = frozenset({Reason.USERUNKNOWN, Reason.MAILBOXFULL, Reason.SUSPEND})
_OF_A_DOMAIN = re.compile(r"domain|dominio|dom\u00ednio|host|\bmx\b|\bdns\b|resolv")
# The MTA's own words before the remote reply it quotes (qmail-remote's "<ip> does not like
# recipient. Remote host said:", Exim's "SMTP error from remote mail server after RCPT TO:<a>:",
# Postfix's "host %s said:"): they name the command it sent and the stage, not what the reply
# refused (review 59: our domain's null MX read hard in Exim's plain-text and qmail's bounces).
# (guard.tried, speed only: its "said" alternatives led by a word boundary made the engine try them all at every
# offset of the lazy lead; grouped under their first letters, a ninth of the time.)
_FRAMING = tried(re.compile(r"^.*?(?:remote host said:|smtp error from remote mail server after [a-z ]+?(?::<[^>]*>[^:]*)?:"
                            r"|\bsaid:|\bsaid(?= [245]\d\d[ -]))", re.S))  # ...its colon lost where a wrap broke after it
_OF_A_RECIPIENT = tried(re.compile(r"\b(?:recipient|mailbox|user|destination)"))  # (guard.tried: speed only)


def without_framing(diagnostic: str) -> str:
    """The remote reply an MTA quotes, without its own words before it (`_FRAMING`), where those name the recipient in
    the command they sent ("SMTP error from remote mail server after RCPT TO:<lead>: 550 Unknown user <ours>": the
    reply, not the framing, says whose address is missing; review lead43). ASCII text only (offsets kept)."""
    if not diagnostic.isascii():
        return diagnostic
    low = diagnostic.lower()
    if "said" not in low and "smtp error from remote mail server after " not in low:
        return diagnostic  # (every match holds one of them: speed only)
    found = _FRAMING.match(low)
    return diagnostic[found.end():] if found else diagnostic



# qmail-remote's perm_dns "Sorry, I couldn't find any host named %s. (#5.1.2)" (notqmail qmail-remote.c) names the
# host it looked up: the recipient's domain, or the control/smtproutes relay it was told to use. A name that is
# neither the recipient's domain nor under or above it is that relay: our route is broken, not the prospect's domain
# missing (review dns63: a third-party smarthost's name read hostunknown, a false hard for every prospect of the send).
# The name as qmail-remote's outsafe() printed it: an smtproutes relay written with its final dot ("relay.example..
# (#5.1.2)", audit 64: read the prospect's domain missing, a false hard), and '?' for each byte outside 33..126: a
# UTF-8 domain looked up raw (qmail has no IDNA) is our MTA failing it, never the prospect's domain known missing.
_QMAIL_NO_HOST = re.compile(r"sorry, i couldn't find any host named ([a-z0-9?-]+(?:\.[a-z0-9?-]+)+)\.?\. \(#5\.1\.2\)")


def qmail_route_missing(diagnostic: str, recipient: str) -> bool:
    """Is `diagnostic` qmail-remote's "couldn't find any host named" for a host other than the recipient's domain?"""
    found = _QMAIL_NO_HOST.search(" ".join(diagnostic.lower().split()))
    rdomain = recipient.lower().rpartition("@")[2].strip("[]").rstrip(".")
    # Per qmail-remote.c the host is the recipient's domain itself or the relay: a name UNDER that domain is never the
    # domain looked up ("mx-old.partner.example": our route to a host of theirs; audit 64, leftovers65: false hards).
    # A name above it stays theirs (the recipient's domain may be a subdomain of the organisation named).
    return bool(found and rdomain) and not any(
        found.group(1) == d or d.endswith("." + found.group(1)) for d in (rdomain, other_form(rdomain)) if d)


def own_names(mail: Mail, original_from: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The sending side's addresses (the original's From and the notice's To) and domains (the
    From's only), lowercased. The To's domain is left out: a notice may reach the sender at
    another domain than it sent from (an alias, a forward), and the corpus' anonymised notices
    give the two sides look-alike names (a "553 neko.example.com does not exist" whose To, not
    its From, is at neko.example.com is read hard there, as Sisimai reads it)."""
    sent_from = {a.lower() for a in ADDRESS.findall((original_from or "")[:2000])}
    addresses = sent_from | {a.lower() for a in ADDRESS.findall(mail.header("to")[:2000])}
    return frozenset(addresses), frozenset(a.rpartition("@")[2] for a in sent_from)


# A title before a name ("Mr. Sam Sales"): not part of what is compared.
_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|dr|herr|frau)\.? ", re.I)


def _person_key(name: str) -> str:
    return "".join(ch for ch in _TITLE.sub("", name.strip()).lower() if ch.isalpha())


def our_people(mail: Mail, original_from: str | None) -> frozenset[str]:
    """Our sender as a person, for "<Name> left <Company>" (departures.leavers): the display names and the
    local parts ("sam.sales" is "Sam Sales") of the original's From and of the notice's To, letters only,
    lowercased. A leaver so named is our own sender, whose account our relay refuses (review 72's false
    hard), not the prospect; a name sharing only a first name or a surname with ours is another person."""
    keys = set()
    for name, address in address_pairs([(original_from or "")[:2000], mail.header("to")[:2000]]):
        keys.update(k for k in (_person_key(name), _person_key(address.partition("@")[0]), *_name_runs(name))
                    if len(k) > 3)
    return frozenset(keys)


# Where a display name goes on past the person: a company in parentheses or brackets, after a bar, a slash,
# a spaced dash, "via" a tool, "at" a company, a comma ("Sam Sales, Example Corp"; "Mueller, Juergen").
_SEGMENT = re.compile(r"\s*(?:[()\[\]|/,\u2013\u2014]| - | via | at )\s*", re.I)


def _name_runs(name: str) -> list[str]:
    """The person inside a display name that says more than the name (review 86): each piece between the
    separators ("Sam Sales (Example Corp)", "Sam Sales via Example CRM", "Sam Sales | Example Corp", "Sam Sales –
    Vertrieb"), and a surname written first with a comma the other way round ("Mueller, Juergen"). A leaver
    must match a whole piece: a prospect who shares two words of a longer name ("Maria Lee" beside our "Anna
    Maria Lee") stays another person."""
    parts = [p for p in _SEGMENT.split(_TITLE.sub("", name.strip())) if p.strip()]
    if len(parts) < 2:
        return []
    keys = [_person_key(p) for p in parts]
    if name.count(",") == 1 and len(parts) == 2:
        keys.append(keys[1] + keys[0])
    return keys


def without_our_leavers(diagnostic: str, people: Callable[[], frozenset[str]]) -> str | None:
    """`diagnostic` without the leaver names (departures.leavers) that are our own sender's, or None where it
    names none of ours (the reading stands). `people`: our_people, asked only when a leaver is named."""
    # A title and one name ("Mr Smith left ...") is no one's whole name: a surname our sender shares through a
    # "Smith, John" piece or a local part "smith@" does not make the prospect ours (review 87: false softs).
    names = [n for n in departures.leavers(diagnostic) if len(_TITLE.sub("", n).split()) > 1]
    ours = names and [n for n in names if _person_key(n) in people()]
    if not ours:
        return None
    flat = " ".join(diagnostic.split())
    for name in ours:
        flat = flat.replace(name, "")
    return flat


def names_only_us(diagnostic: str, recipient: str,
                  own: Callable[[], tuple[frozenset[str], frozenset[str]]], reason: Reason | None = None,
                  status: str | None = None) -> bool:
    """Does the reply name our address or domain, and nothing of the recipient's? `own` gives our
    addresses and domains (own_names);
    `reason` the words' reading (a "(mail from <us>)" note is a role beside a mailbox's state only),
    `status` the DSN's (a domain missing after "message from <us>" is ours unless it names X.1.x)."""
    low = diagnostic.lower()
    recipient = recipient.lower()
    if not low or len(low) > _REPLY_AT_MOST:
        return False
    addresses, domains = own()
    if not any(name in low for name in addresses | domains):
        # (Speed only: what the tests below find ours is one of these, in the reply as it stands, only cut by
        # blanks; the cheap test first, where most replies name none of them.)
        return False
    low = _FRAMING.sub(" ", low, count=1)
    if recipient and recipient in low:
        return False
    if reason in _OF_A_DOMAIN_STATES and (status or "x.0.0")[1:4] != ".1.":
        low = _SENT_MESSAGE.sub(" ", low)  # its sender named as what was refused, not in a role
    low = in_a_role_blanked(_LABELLED.sub(" ", low))
    if "(mail from" in low and reason in _OF_A_MAILBOX and not _OF_A_DOMAIN.search(low):
        low = _MAIL_FROM_NOTE.sub(" ", low)
    if _OF_A_RECIPIENT.search(low) or severity.says_no_such_recipient(low) or said_address.speaks_of_recipient(low):
        # "Mailbox full, mail from <us> not accepted now" (qmail), "Original Sender: <us> ... 550
        # 5.1.1 User unknown": the words speak of a recipient's mailbox, whoever else they name.
        return False
    rdomain = recipient.rpartition("@")[2]
    named = {a.lower() for a in ADDRESS.findall(low)}
    standing, looked_up = set(_DOMAIN.findall(low)), set(LOOKED_UP.findall(low))
    other = other_form(rdomain)
    if any(related(t, d) for t in standing | looked_up for d in (rdomain, other) if d) \
            or (other and other in low) or (recipient and _verp(recipient) in low):
        # The recipient's domain or one of its hosts is named too (before or beside our address),
        # in either IDNA form, or inside our VERP bounce address: the words may be the recipient's.
        # (An address of the recipient's domain other than ours fails the test below; ours there is
        # mail to our own domain, where only our exact address counts.)
        return False
    addresses = addresses - {recipient}
    if named:
        # Every address it names is ours (our From, our envelope sender): none is the prospect's.
        return bool(addresses) and named <= addresses
    domains = {d for d in domains if not related(d, rdomain)}
    if not domains:
        return False
    return bool(standing & domains) or any(
        t.endswith("." + d) and not _a_providers(t) for t in looked_up for d in domains)


# What our relayhost may still say of the RECIPIENT (audit 37): a DNS verdict on the recipient's domain is as good from
# it as from us (Postfix's reject_unknown_recipient_domain "Domain not found", Exim's "Unrouteable address": read
# hostunknown and asked no further); a verdict it verified at the recipient's host and passes on without the host's
# name (Exim's "Callout verification failed: 550 ..."), and Postfix's tables of the domains a host serves itself ("User
# unknown in virtual mailbox table" / "local recipient table" / "relay recipient table": the host is the recipient's,
# as at a hosting provider that sends its own mail from the domain its customers' MX hosts are under). Postfix's
# reject_unverified_recipient passes its verify(8) probe's report on after "undeliverable address: " (smtpd_check.c
# check_rcpt_verify; "unverified address: " while the probe is pending or failed for now): the prospect's MX said it,
# whatever the MX's name (aspmx.l.google.com, *.mail.protection.outlook.com: audit 38, a false soft and a sender page).
# Only the probe's report of a remote host ("host %s said: ...", "connect to %s: ..."): its local(8) "unknown user" or
# "mail for %s loops back to myself" is the relayhost's own (it took the domain for its own: audit 40, a false hard).
RELAYHOST_STATES = (RECIPIENT_STATES - {Reason.HOSTUNKNOWN}) | {Reason.TOOMANYCONN}
_PASSED_ON = re.compile(r"\bcallout verification failed\b|\brecipient verification failed\b"
                        r"|\bin (?:virtual mailbox|virtual alias|local recipient|relay recipient) table\b"
                        r"|\brecipient address rejected: (?:undeliverable|unverified) address: (?:host|connect to|"
                        r"lost connection|conversation with)\b")


def answered_by_our_relayhost(remote_mta: str | None, reporting_mta: str, diagnostic: str, recipient: str,
                               own: Callable[[], tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Is the Remote-MTA a host of our own sending domain (the original From's: our relay's relayhost,
    postconf(5) relayhost, a smarthost), one that speaks of no host of the recipient's domain? Such a host does
    not hold the prospect's mailbox: its "550 5.1.1 User unknown" or Twisted's "Cannot receive for specified
    address" (relay.DomainQueuer refusing to relay for our unauthenticated client) is our relay refused, the
    sender's to mend, never the prospect's address gone (audit 35b's strict xfail, audit 36). A reply that names
    a host of the recipient's domain outside its address (Postfix's reject_unverified_recipient "undeliverable
    address: host mx.partner.example said: 550 5.1.1 ...") passes on the prospect's own host's verdict and keeps
    its reading; so does mail to our own domain, and a mail provider's host (outlook.com's MX for many domains);
    and so do words that it verified at the recipient's host or serves the recipient's domain itself (_PASSED_ON).
    Only in our own relay's report (`reporting_mta` a host of our domain too: Gmail's DSN, whose Remote-MTA is the
    recipient's MX, may name one that merely looks like ours, review 9's "mx.au.example.com"), and never the reporting
    host itself: a server that hosts our domain and the recipient's too hands the mail to its own LMTP store (real
    round: Postfix and Cyrus at mx.bounce-lab.test, "550-Mailbox unknown")."""
    host = mta_host(remote_mta)
    rdomain = recipient.lower().rpartition("@")[2]
    reporter = mta_host(reporting_mta)
    if not host or "." not in host or not rdomain or host == reporter:
        return False
    domains = [d for d in own()[1] if d and not related(d, rdomain)]
    if not any(host.endswith("." + d) and related(reporter, d) for d in domains) or _a_providers(host):
        return False
    low = diagnostic.lower().replace(recipient.lower(), " ")
    return not _PASSED_ON.search(low) and not any(related(t, rdomain) for t in _DOMAIN.findall(low))


def _verp(recipient: str) -> str:
    """The recipient as a VERP bounce address carries it ("bounces+lead=example.org@esp", djb's
    VERP): our envelope sender for this recipient, which names the prospect too."""
    return recipient.replace("@", "=", 1) + "@"


def _a_providers(host: str) -> bool:
    """Is `host` a mail provider's server (remote's tables: its hosts and its mail domains)? Such a
    host receives for many domains: a prospect's MX as likely as our relayhost."""
    return remote.provider_of(remote_mta=host, address="@" + host, text="") is not None
