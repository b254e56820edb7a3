"""Which reason a failed delivery gets: one deciding function over the phrase tables.

The tables (`classifier.phrases`, `classifier.lexicon`) hold wording real mail servers use, matched against the
lowercase, whitespace-collapsed diagnostic. The RFC 3463 status gives a default reason; wording overrides it where
the code is vague (x.0.0, most of x.7.x). Delivered/feedback/vacation are decided by the formats, not here.
"""

from __future__ import annotations

import re

from classifier import (allow_lists, cause_clauses, denied_mentions, departures, gateway_wordings, haraka_wordings, lexicon,
                        lexicon_more, mailbox_states, older_servers, recipient_blocklists, reply_lines, rule_wordings,
                        said_of_others, schleuder_wordings, sender_stage, soft_wordings, store_wordings, temporary_absence,
                        wordings)
from classifier.severity import of_our_side
from classifier.guard import tried
from classifier.generic_refusal import (beside_a_cause, beside_a_status, only_generic, cause_words,
                                        names_no_user_without as _names_no_user_without, without_signature)
from classifier.phrases import BY_STATUS, PHRASES
from classifier.qmail_trailers import without_qmail_trailers
from classifier.records import REASONS, Reason
from classifier.text import FOLD_CODES, addresses_replaced, lowered
from classifier.wording import Wording as _Wording, wording_of  # one diagnostic's wording, read once per text

R = REASONS
# What a code says is only a first guess for these; the wording is read again (sisimai's retry list).
_RETRY = frozenset({R.UNDEFINED, R.ONHOLD, R.SYSTEMERROR, R.SECURITYERROR, R.EXPIRED, R.SUSPEND,
                    R.NETWORKERROR, R.HOSTUNKNOWN, R.USERUNKNOWN})

_X_UNIX_EXIT_CODE = re.compile(r"x-unix; ?\d*")
# First pass: each reason's own test of status, command and wording, most specific first.
_FIRST = (R.MAILBOXFULL, R.MESGTOOBIG, R.EXCEEDLIMIT, R.SUSPEND, R.HASMOVED, R.NORELAYING,
          R.AUTHFAILURE, R.USERUNKNOWN, R.FILTERED, R.REQUIREPTR, R.NOTCOMPLIANTRFC, R.REJECTED,
          R.NOTACCEPT, R.HOSTUNKNOWN, R.BADREPUTATION, R.SPAMDETECTED, R.SPEEDING, R.TOOMANYCONN, R.BLOCKED)
# Second pass: wording only, when the status said nothing decisive.
_SECOND = (R.MAILBOXFULL, R.SPAMDETECTED, R.POLICYVIOLATION, R.VIRUSDETECTED, R.NORELAYING, R.AUTHFAILURE,
           R.BADREPUTATION, R.SECURITYERROR, R.SYSTEMERROR, R.NETWORKERROR, R.SPEEDING, R.SUSPEND, R.EXPIRED,
           R.CONTENTERROR, R.SYSTEMFULL, R.NOTACCEPT, R.MAILERERROR, R.SYNTAXERROR)
# Wording that contradicts a 5.1.1-style "user unknown" status.
_BEATS_USERUNKNOWN = (R.FILTERED, R.NORELAYING, R.BLOCKED, R.MAILBOXFULL, R.HASMOVED, R.REJECTED, R.NOTACCEPT)
# ...and only where no missing user is named beside it ("5.1.1 ... sender IP reputation", "5.1.1 Too many recipients").
_MISCODED_AS_UNKNOWN = (R.SPAMDETECTED, R.VIRUSDETECTED, R.POLICYVIOLATION, R.SPEEDING, R.SYSTEMERROR, R.BADREPUTATION,
                        R.TOOMANYCONN, R.REQUIREPTR, R.CONTENTERROR, R.NOTCOMPLIANTRFC)
# Statuses that a "the recipient does not exist" wording may overrule: none, a vague one, a
# policy-class one (x.7.x reads as securityerror), a filter or an address status.
_MAY_BE_UNKNOWN = frozenset({None, R.FILTERED, *_RETRY})
# What a permanent status says by its subject alone (RFC 3463 §3), for details no table lists.
# Not the protocol subject: 5.5.0 is written as a catch-all after any 5xx reply (qmail with the
# remote-fallback patch: "... said: 550 Unknown user x (#5.5.0)"), so it says nothing of the protocol.
_BY_SUBJECT = {"1.": R.USERUNKNOWN, "2.": R.FILTERED, "3.": R.SYSTEMERROR, "4.": R.NETWORKERROR,
               "6.": R.CONTENTERROR, "7.": R.SECURITYERROR}
# SMTP commands sent before DATA: a refusal there cannot be about the message's content.
_BEFORE_DATA = frozenset({"CONN", "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT"})


def _server_trouble(text: str, w: _Wording) -> bool:
    """Do the words of a refused greeting name the server's own trouble or a TLS check, and no policy?
    RFC 5321's generic "554 Transaction failed" names none (GMX's "554-Transaction failed 554-Reject due
    to policy restrictions" is our host refused)."""
    if "transaction failed" in text:
        w = wording_of(text.replace("transaction failed", ""))
    return not w.uses(R.POLICYVIOLATION) and any(
        w.uses(r) for r in (R.SYSTEMERROR, R.SYSTEMFULL, R.NETWORKERROR, R.SECURITYERROR))


def _recipients_null_mx(status: str, w: _Wording) -> bool:
    """RFC 7505's 5.7.27 is the sender's null MX (the bare code, review 37), but Sendmail also writes it for the
    RECIPIENT's ("550 Host does not accept mail"): words that a host takes no mail and name no sender."""
    return status.startswith("5.7.27") and _takes_no_mail(w)


def _takes_no_mail(w: _Wording) -> bool:
    """Words that a host or domain takes no mail at all (a null MX), not from someone."""
    return not _from_someone(w.text) and (any(p in w.text for p in wordings.NO_MAIL_SERVICE) or w.uses(R.NOTACCEPT))


def _from_someone(text: str) -> bool:
    """"Does not accept mail from this sender" is the recipient's filter, "... over IPv6" a
    condition of the transport and "... with attachments" one on the message: never a domain
    that takes no mail (`notaccept`, a false hard); nor is "... in non-Western character sets"."""
    return any(p in text for p in wordings.FROM_SOMEONE) or any(p in text for p in rule_wordings.MESSAGE_CONDITIONS) \
        or rule_wordings.CLIENTS_OWN.search(text) is not None  # "your domain": the sender's


def by_status(status: str | None) -> Reason | None:
    return BY_STATUS.get(status) if status else None


_STATUS_IN_TEXT = tried(re.compile(r"(?<![\d.])([45])\.([1-7])\.(\d{1,3})(?![\d.])"))  # guard.tried: speed only


def _inner_status(text: str, status: str | None, any_class: bool = False) -> tuple[str, Reason] | None:
    """The first RFC 3463 code in `text` of `status`'s class (any class with `any_class`) that implies a reason."""
    for m in _STATUS_IN_TEXT.finditer(text):
        code = m.group(0)
        reason = BY_STATUS.get(code)
        if reason is not None and (not status or any_class or status[0] == code[0]):
            return code, reason
    return None


def _is_userunknown(coded: Reason | None, status: str, w: _Wording, command: str | None) -> bool:
    """The first pass's test for `userunknown`: status, stage and wording weighed."""
    text = w.text
    if rule_wordings.floods(text) and _names_no_user_without(text, rule_wordings.RECIPIENT_FLOOD, "sending to " in text):
        return False  # only a count of bad addresses ("Too many invalid recipients"): the sender's list (review 45)
    if (status[:1] == "4" or text[:1] == "4") and ("temporar" in text or "lookup failed" in text  # review 82
                                                    or wordings.RFC5321_450 in text or soft_wordings.found_users_store(text)):
        # "451 4.1.1 Recipient address temporarily unknown": the directory, for now; and RFC
        # 5321's own 450 text, "mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy
        # reasons)", is for now by definition; a found user's store too, given up under 5.0.0 (review 66).
        # (A 4xx "User unknown" given up after the queue lifetime stays a missing mailbox: corpus.)
        return False
    # A "no such user" status stands unless the wording says something else; without one,
    # the wording counts only as the answer to RCPT: the same words after DATA or from an
    # unknown stage are often a content or sender filter speaking (sisimai does the same).
    if coded is R.USERUNKNOWN:
        signed = without_signature(w)  # once, not once per reason
        if any(signed.uses(r) for r in _BEATS_USERUNKNOWN):
            return False
        # Spam, virus, policy or rate words under a "no such user" status whose text names no missing user (its
        # cause_words made once, not once per reason): the code is misused, the words say what was refused. RFC 5321's
        # generic "mailbox unavailable" names none ("5.1.1 Mailbox unavailable - message rejected as spam", review 88).
        return not only_generic(text) or not any(map(cause_words(w).uses, _MISCODED_AS_UNKNOWN)) \
            or soft_wordings.found_users_store(text)
    if coded is R.NOTACCEPT and status.startswith("5.1."):
        # 5.1.10 is RFC 7505's null MX, and Exchange Online's "Recipient not found by SMTP
        # address lookup": the wording tells which (both hard).
        return w.uses(R.USERUNKNOWN) or lexicon.no_such_recipient(text)
    # Without such a status the wording counts only as the answer to RCPT. A refusal whose
    # stage the bounce does not name falls to `filtered` below (sisimai's rule): carriers'
    # and appliances' content filters answer "user unknown" after DATA, and the formats
    # that do imply RCPT (Yahoo, Office 365 relays...) say so through `reporters`.
    if (rest := said_of_others.set_aside(text)) != text:  # "the list owner bounces: no such user" (review 98)
        return _is_userunknown(coded, status, wording_of(rest), command)
    if any(p in text for p in wordings.LOCAL_DELIVERY_UNKNOWN) or lexicon_more.qmail_local_verdict(text) \
            or older_servers.local_verdict(text):  # (GroupWise's, InterMail's: review 165, 168)
        return True  # the local delivery program found no such mailbox: no filter speaks there
    if any(p in text for p in wordings.LOCAL_AGENT) and (w.uses(R.USERUNKNOWN) or lexicon.no_such_recipient(text)):
        return True
    if command == "RCPT":
        # Only a generic refusal beside a named cause (review 88), or our address off the recipient's allow list.
        if beside_a_cause(w) or _only_the_domain(w) or allow_lists.ours_not_listed(text):
            return False
        if beside_a_status(status, coded, w):
            return False
        # Exim's "550 Unrouteable address" at RCPT: the domain's own server cannot route the mailbox.
        gone = lexicon.other_things_missing(text)  # "The PTR record ... does not exist." (review 82)
        return ((w.uses(R.USERUNKNOWN) and not (gone and _names_no_user_without(text, gone)))
                or lexicon.no_such_recipient(text, rcpt=True)) and not cause_clauses.only_conditioned(
                    text, lambda rest: lexicon.no_such_recipient(rest, rcpt=True)) \
            or any(p in text for p in wordings.UNROUTEABLE)
    if command is None and "unrout" in text and wordings.UNROUTEABLE_REPLY.search(text):  # (every match holds it)
        return True
    # A permanent refusal at a stage the bounce does not name, whose wording says in any
    # language that the recipient does not exist, is that (issue 13): a policy-class status
    # (Yandex's "5.7.1 No such user!") does not overrule it. An explicit reply to DATA keeps
    # sisimai's reading: a content filter speaking there.
    if command is not None or status.startswith("4") or coded not in _MAY_BE_UNKNOWN:
        return False
    # Nor does a missing-domain status (Stalwart's "550 5.1.2 Mailbox does not exist.") when the
    # words name the mailbox, not the domain, as missing: the domain answered.
    if coded is R.SECURITYERROR or coded is R.HOSTUNKNOWN or not w.uses(R.USERUNKNOWN):
        return lexicon.no_such_recipient(text) and not _only_the_domain(w)
    return lexicon.said_in_another_language(text)  # English beside its translation: the translation


def _only_the_domain(w: _Wording) -> bool:
    """Words that name only the domain as missing, which the user wording's looser shapes match too
    ("Mail domain mentioned in email address is unknown", "Recipient address rejected: unknown
    domain name"; the twenty-third review): the domain, not a mailbox, and never a filter. Not
    Exim's "Unrouteable address", which at RCPT is the mailbox (`_is_userunknown`)."""
    return w.uses(R.HOSTUNKNOWN) and not any(p in w.text for p in wordings.UNROUTEABLE) \
        and _names_no_user_without(w.text, PHRASES[R.HOSTUNKNOWN])


def _not_the_mailbox(reason: Reason, w: _Wording) -> bool:
    """A full or disabled mailbox by its status (x.2.2, 4.2.1) or a bare "quota exceeded", whose
    words speak of the sender's own quota ("Submission quota exceeded", "Daily sending quota
    exceeded"), only of a rate (Gmail's 4.2.1 "receiving mail at a rate that prevents
    additional messages"), of a security requirement or of the sending host: not the recipient's mailbox."""
    if reason is R.MAILBOXFULL and "quota" in w.text and wordings.SENDER_QUOTA.search(w.text):
        return True
    if reason is R.MAILBOXFULL and any(p in w.text for p in store_wordings.MESSAGE_SIZE):
        return True  # Dovecot's "554 5.2.2 Mail size is larger than the maximum size allowed ...": the message (r. 148)
    if "your account" in w.text and (w.uses(R.USERUNKNOWN) or lexicon.no_such_recipient(w.text)):
        # "User unknown; if your account is locked, contact support": the help line speaks to the
        # server's own users, the missing user is the recipient (review 53).
        return reason in (R.MAILBOXFULL, R.SUSPEND)
    # Zimbra's "451 4.2.2 Server accepts messages only on TLS connection" under a full-mailbox status;
    # Stalwart's "452 4.2.2 Greylisted, please try again in a few moments." (inbound/rcpt.rs): our host held back.
    return reason in (R.MAILBOXFULL, R.SUSPEND) and any(w.uses(r) for r in (R.SPEEDING, R.SECURITYERROR, R.BLOCKED)) \
        and not w.uses(reason)


def _first_pass(reason: Reason, coded: Reason | None, status: str, w: _Wording, command: str | None) -> bool:
    """Does this delivery show `reason`? Status, command and wording weighed per reason."""
    text = w.text
    if reason in (R.MAILBOXFULL, R.SUSPEND):  # said by status or words (cheap; false for most: the rest skipped), unless
        # the words speak of something else, or "5.1.1 mailbox discontinued, no such user" (reviews 75, 79)
        return (coded is reason or w.uses(reason)) and not _not_the_mailbox(reason, w) and not (reason is R.SUSPEND
            and coded in (R.USERUNKNOWN, R.HASMOVED) and mailbox_states.gone_beside_a_state(text, w.uses(R.HASMOVED)))
    if reason is R.USERUNKNOWN:
        return _is_userunknown(coded, status, w, command)
    if reason is R.FILTERED:
        if coded is R.SUSPEND or (coded is not R.FILTERED and recipient_blocklists.HOST_BLOCKED.search(text)):
            return False  # ...or "Rejected by recipient: your mail server is blacklisted": our host blocked (audit 38)
        if coded is R.FILTERED:
            return w.uses(R.USERUNKNOWN) or w.uses(R.FILTERED)
        if command in _BEFORE_DATA or (command is None and coded is not None and coded not in _RETRY):
            return soft_wordings.recipient_choice(text) or haraka_wordings.RECIPIENT_RULE in text  # (Haraka's access)
        return w.uses(R.FILTERED) or soft_wordings.recipient_choice(text) or (
            w.uses(R.USERUNKNOWN) and not _only_the_domain(w) and not beside_a_status(status, coded, w)
            and not said_of_others.only_denied(text)  # "this is not 'no such user'" names none (review 98)
            and not beside_a_cause(w))  # "recipient rejected, <ip> is blocked": the cause named (review 119)
    if reason is R.REJECTED:
        if coded is R.REJECTED:
            return not _recipients_null_mx(status, w)  # notaccept below
        if command == "MAIL":
            return w.uses(R.REJECTED)
        if command == "DATA":
            return coded is not R.USERUNKNOWN and w.uses(R.REJECTED)
        return coded in (None, R.UNDEFINED, R.ONHOLD) and w.uses(R.REJECTED)
    if reason is R.HOSTUNKNOWN:
        if coded is R.HOSTUNKNOWN:
            return not w.uses(R.NETWORKERROR)
        if status[:1] == "4" and (status[1:] == ".3.5" or any(p in text for p in wordings.DNS_TRY_AGAIN)):
            # Postfix's "Host or domain name not found. Name service error for name=x type=MX: Host not found, try
            # again" (4.4.3) is a resolver that did not answer, not a domain known missing (that one ends "Host not
            # found", 5.4.4); under 4.3.5 the name is our relayhost's (a configuration error, review dns63): never hard.
            return False
        # "The sender's domain does not exist" is a sender check speaking (a false hard).
        return w.uses(R.HOSTUNKNOWN) and not lexicon.not_the_domain_missing(text)
    if reason is R.MESGTOOBIG:
        if coded is R.MESGTOOBIG:
            return True
        return coded is not R.EXCEEDLIMIT and w.uses(R.MESGTOOBIG)
    if reason is R.SPAMDETECTED:
        if coded is R.SPAMDETECTED:
            # x.7.28 (a mail flood) whose words name only our host's connections ("421 4.7.28
            # Too many connections from your IP address", EmailEngine's label reference; the
            # thirty-third review): the connection limit, said in words, is the cause.
            return not (w.uses(R.TOOMANYCONN) and not w.uses(R.SPAMDETECTED))
        # A refusal that names a DNS blocklist or the sending IP is about the sender's host
        # ("blocked"), even when the list's name or URL says "spam" (Spamhaus, SpamCop).
        if command not in _BEFORE_DATA and ((any(p in text for p in wordings.URI_LIST)
                                             and not any(p in text for p in wordings.LOOKED_UP))
                                            or any(p in text for p in rule_wordings.CONTENT_VERDICTS)):
            return True
        # So is one that says mail from the sending IP is refused ("mail sent from your IP
        # address has been blocked"), whatever it says about spam.
        return command not in _BEFORE_DATA and w.uses(R.SPAMDETECTED) \
            and not (coded is R.SECURITYERROR and wordings.BLOCKLIST.search(text)) and not wordings.IP_REFUSED.search(text) \
            and not soft_wordings.host_as_spam_source(text)
    if reason is R.NORELAYING:
        # "not permitted to relay without authentication" asks for SMTP AUTH: a security matter.
        return command not in ("CONN", "EHLO", "HELO") and "authentication" not in text \
            and w.uses(R.NORELAYING)
    if reason is R.NOTACCEPT and coded is R.REJECTED:
        return _recipients_null_mx(status, w)
    if reason is R.NOTACCEPT:
        # Wording that the domain exists but takes no mail (no MX nor address, null MX) beats a
        # "bad destination" status: qmail says "couldn't find any host named" for a missing
        # domain and "couldn't find a mail exchanger or IP address" (#5.4.4) for this.
        if coded is R.NOTACCEPT:
            # ...unless a 4.3.2's words name a rate or connection limit (Sendmail's ratecontrol and
            # conncontrol: "421 4.3.2 Connection rate limit exceeded.") or a block of the sending IP
            # (NAVER's "421 4.3.2 Your IP(...) is filtered and this connection will be closed").
            return status[:1] != "4" or not (w.uses(R.SPEEDING) or w.uses(R.TOOMANYCONN) or w.uses(R.BLOCKED))
        if _from_someone(text):
            return False
        return any(p in text for p in wordings.NO_MAIL_SERVICE) or (coded is not R.HOSTUNKNOWN and w.uses(R.NOTACCEPT))
    return coded is reason or w.uses(reason)


def _x_unix(text: str, coded: Reason | None, w: _Wording) -> Reason:
    """A local delivery program (pipe, procmail, maildrop) reports "X-Unix; <exit text>": its wording may
    name the cause ("Disk quota exceeded"), else the program failed. Postfix's text for an EX_NOUSER exit,
    alone, says no such user (Dovecot's LDA; Sendmail's "X-Unix; 67" + "User unknown"); a retry-class status
    decides beside a bare exit code ("X-Unix; 77"), and 5.1.1 beside an output that only says the user is
    unknown (GNU Mailutils' mda "%s: no such user" in its catalog's languages, review 81)."""
    bare = text.split(" | ")[0].strip()
    if bare == "x-unix; user unknown":
        return R.USERUNKNOWN
    for reason in _SECOND:
        if reason is not R.MAILERERROR and w.uses(reason):
            return reason
    if coded is R.USERUNKNOWN and lexicon.program_says_no_user(bare):
        return R.USERUNKNOWN
    if coded is not None and (coded not in _RETRY or _X_UNIX_EXIT_CODE.fullmatch(bare)):
        return coded
    return R.MAILERERROR


def _coded(status: str | None, text: str, command: str | None) -> tuple[str | None, Reason | None]:
    """The status that speaks for the failure and the reason it implies (None: none does)."""
    coded = by_status(status)
    # postscreen's refusal of our client, also where a sending MTA that defers a 5XX greeting
    # reports it as 4.3.2 ("refused to talk to me: 521 5.3.2 Service currently unavailable").
    if coded is R.NOTACCEPT and wordings.CLIENT_REFUSED_532 in text and (
            (status or "").startswith("5.3.2") or "5.3.2 " + wordings.CLIENT_REFUSED_532 in text):
        return status, R.BLOCKED
    if coded is R.NOTACCEPT and wordings.PORTS_BUSY in text:
        return status, R.TOOMANYCONN  # postscreen: all its ports busy, for every client
    if (coded is R.NOTACCEPT and (status or "")[2:4] == "3." and (
            any(p in text for p in wordings.STORE_FAULT) or any(p in text for p in wordings.FOR_NOW))) \
            or (coded is R.CONTENTERROR and older_servers.ALIAS_EXPANSION in text):  # Postfix's 4.6.0: older_servers
        return status, R.SYSTEMERROR  # a store's fault, a service down for now, the receiver's own alias table
    if coded is R.NOTACCEPT and (status or "").startswith("5") and command in ("CONN", "HELO", "EHLO") \
            and not any(p in text for p in wordings.NO_MAIL_SERVICE):
        # Refused for good at the greeting, before any recipient was named, with no words that the
        # domain takes no mail: our host refused (Spectrum's "554 ... server not available").
        return status, R.BLOCKED
    if coded is R.HOSTUNKNOWN and any(p in text for p in rule_wordings.LOCAL_PROGRAM):
        return status, R.MAILERERROR  # a local program's failure under 5.4.4: no word of a domain
    if coded is None and (not status or status[2:4] in ("0.", "3.")) and "." in text:
        # A relay's vague status around the remote server's own: "5.0.350 Remote server
        # returned an error -> 550 5.1.1 ..." (Exchange) says what the inner code says; so does
        # OpenSMTPD's "4.3.0 ... LMTP server error: 550 5.1.1 ... User doesn't exist" (it
        # retries what the delivery agent refused for good: the notice stays a delay).
        return _inner_status(text, status, any_class=bool(status) and status[2:4] == "3.") or (status, coded)
    return status, coded


def _sender_stage_status_yields(coded: Reason | None, text: str) -> bool:
    """Does the status of a refusal at MAIL FROM (or one naming the sender) leave the reason to the sender rules? A
    vague, filter, sender or "takes no mail" one does; so does a syntax status whose words name the sender (Sendmail's
    "553 5.5.4 <s>... Real domain name required for sender address"), and any where our sender is said forged."""
    return coded is None or coded in _RETRY or coded in (R.FILTERED, R.REJECTED, R.NOTACCEPT) \
        or (coded is R.SYNTAXERROR and lexicon.sender_refused(text)) or sender_stage.forged(text)


def reason_for(*, status: str | None, reply_code: str | None, diagnostic: str,
               action: str | None, command: str | None) -> Reason:
    """The reason of one failed delivery, from its status, reply code, SMTP command and wording."""
    if (action or "") in ("delivered", "relayed", "expanded") or (status or "").startswith("2."):
        return R.DELIVERED
    text, gave_up = without_qmail_trailers(_normal(diagnostic))
    text = allow_lists.note_set_aside(denied_mentions.without_denied(text))  # (review 107; an allow-list help note: leftovers65)
    rest = reply_lines.without_quoted_temporary(text, status)
    if rest is not text and not only_generic(rest):
        text = rest  # a permanent reply's own words say no such user: not the 4xx it quotes (reply_lines)
    # Multi-line replies repeat "550-5.7.1" on each line; read the wording without them too
    # (where there are any: the same words twice would only double every search).
    bare = FOLD_CODES.sub("", text)
    if bare != text:
        text = f"{text} | {bare}"
    status, coded = _coded(status, text, command)
    w = wording_of(text)
    if (said := schleuder_wordings.verdict(text)) or text.startswith("x-unix;"):  # Schleuder's own, under any MTA
        return said or _x_unix(text, coded, w)
    if _sender_stage_status_yields(coded, text) and sender_stage.applies(text, command, status):  # (cheap first)
        return sender_stage.reason(text, command)
    named = gateway_wordings.content_category(text) or (  # a content filter's verdict ("- INFECTED: ..."),
        departures.for_good(text, status, reply_code, action, diagnostic, vague=coded in _MAY_BE_UNKNOWN)) or (  # a leaver,
        temporary_absence.reason(text, status, reply_code, action))  # or a recipient missing only for now (review 93)
    if named:
        return named
    for reason in _FIRST:
        if _first_pass(reason, coded, status or "", w, command):
            return reason
    if command in ("CONN", "HELO", "EHLO") and (coded is None or coded in _RETRY) \
            and (action != "delayed" or w.uses(R.POLICYVIOLATION)) and coded is not R.EXPIRED \
            and not _server_trouble(text, w):
        # Refused before any address was given: our host is refused, unless the words name the server's
        # own trouble or a TLS check (Exim's "421 Too much load"). A greeting that kept answering 4xx
        # until the queue ran out is an expiry; one deferred for a policy is our host barred for now
        # (IONOS's "421 Reject due to policy violations", review 36).
        return R.BLOCKED
    if coded is not None and coded not in _RETRY and not _not_the_mailbox(coded, w):
        return coded
    if gave_up and not any(w.uses(r) for r in (R.NETWORKERROR, R.SYSTEMERROR, R.SYSTEMFULL)):
        return R.EXPIRED  # qmail gave up after its queue lifetime with no more specific cause
    for reason in _SECOND:
        if w.uses(reason) and not (reason is R.NOTACCEPT and _from_someone(text)) \
                and not (reason is R.MAILBOXFULL and _not_the_mailbox(reason, w)):
            return reason
    by_subject = _BY_SUBJECT.get(status[2:4]) if status and status[0] == "5" else None
    if command == "DATA" and status in ("5.7.0", "5.7.1") and "transaction failed" not in text \
            and not (lexicon.sender_refused(text) or of_our_side(text)):
        # The generic 5.7.0/5.7.1 in reply to the end of DATA, in words no table knows: what was refused is
        # the message (TLS and AUTH are asked before MAIL; SPF/DKIM/DMARC have their own words): a filter
        # (taxonomy: "refused after DATA"; Postfix's header/body_checks texts, a milter's "Command rejected").
        # Not a specific 5.7.x (5.7.30 REQUIRETLS), nor RFC 5321's bare "Transaction failed" (names nothing),
        # nor our sender refused in words (its scope is ours, as at RCPT; review 95).
        return R.FILTERED
    if by_subject is not None and coded in (None, by_subject):
        # A permanent status whose detail no table knows (server-specific 5.1.x, 5.4.x...):
        # its subject still says what failed (RFC 3463 §3; issue 13). A detail the table does
        # know keeps its own reason: 5.1.9 is a valid address relayed to a non-compliant mailer
        # (RFC 3886), not the address subject's missing user; 5.4.3 a directory server failure.
        return by_subject
    if status and status[2:4] == "6.":
        return R.CONTENTERROR
    if status and status[2:4] == "7.":
        return R.SECURITYERROR
    if action != "delayed" and not (status or reply_code or "5").startswith("4") \
            and lexicon.no_such_domain(text):
        return R.HOSTUNKNOWN
    if coded is not None and coded not in (R.USERUNKNOWN, R.HOSTUNKNOWN):
        return coded
    if reply_code and reply_code[0] in "45" and reply_code[1] == "0":
        return R.SYNTAXERROR  # 50x/40x: the command itself was not understood
    if reply_code == "556" and not _from_someone(text):  # RFC 7504's "domain does not accept mail" (not 521)
        return R.NOTACCEPT
    if action == "delayed" or gave_up:
        return R.EXPIRED
    if command in ("HELO", "EHLO"):
        return R.BLOCKED
    if coded is not None:
        return coded
    return R.ONHOLD if text.strip(" |") else R.UNDEFINED


# What `reported_from_inside` may change.
READ_AGAIN_FROM_INSIDE = frozenset({R.FILTERED, R.HOSTUNKNOWN})


def reported_from_inside(reason: Reason, diagnostic: str, *, remote_reply: bool) -> Reason:
    """`reason` read again when the recipient's own domain reported the failure (its
    Reporting-MTA is a host of that domain): the domain exists, so what no route was found
    for is the mailbox (Exim writes "Unrouteable address" for both); and with no remote
    server's reply, a "no such user" is that server's own directory, not a filter speaking
    at an unnamed stage."""
    if reason is R.HOSTUNKNOWN:
        return R.USERUNKNOWN
    if reason is R.FILTERED and not remote_reply:
        text = _normal(diagnostic)
        if wording_of(text).uses(R.USERUNKNOWN) or lexicon.no_such_recipient(text):
            return R.USERUNKNOWN
    return reason


# An address is one word to the wording tables, however long: their shapes allow a few words
# between a noun and its verdict ("Postfach <address> ist voll", "Почтовый ящик <address> не
# существует") as a count of characters, which a 100-character address used up: `_normal` puts a
# stand-in for each (classifier.text ADDRESS_WORD, which ends one where CJK text starts).
# Microsoft's localised texts write "e‑mail" with U+2011, the non-breaking hyphen (U+2010 is
# the other Unicode hyphen): the tables' words are spelt with "-".
_HYPHENS = str.maketrans("\u2010\u2011", "--")


def _normal(diagnostic: str) -> str:
    """The diagnostic as the wording tables read it: lowercase, whitespace collapsed, each
    address a short stand-in, capped (a long reply's final line kept: reply_lines)."""
    text = " ".join(lowered(diagnostic).split())  # the Turkish capital İ as "i" (classifier.text.lowered)
    text = text if text.isascii() else text.translate(_HYPHENS)
    text = addresses_replaced(text, "x@x") if "@" in text else text
    return text if len(text) <= 2000 else text[:2000] + reply_lines.final_line(text, 2000)
