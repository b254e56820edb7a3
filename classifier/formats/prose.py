"""Generic plain-text bounces: the last line of defence for servers we have no module for.

Many MTAs (qmail, Exim, old Sendmail, Gmail before 2016, appliances, webmail providers) write the failed
recipient into prose: a list after "the following address(es) failed", `<addr>:` paragraphs, "could not be
delivered to addr", an SMTP transcript. This module reads those shapes, but only in a message that identifies
itself as a delivery failure (daemon sender, X-Failed-Recipients, bounce subject), so a person's mail that
merely quotes a bounce is never taken for one.

Its parts: formats/recipients.py finds the failed recipients (`candidates`), formats/explanations.py reads
why each failed (`explanation`, `sendmail_verdict`, `general_error`); this module chooses among the
recipients, joins each one's reasons, and tells a delay warning from a failure.
"""

from __future__ import annotations

import re

from classifier.formats import Exchange, Fact, bare_address, clean, exchange_for, failures_only, find_reply, \
    find_status, generated_text, NotOthers, particles_joined, smtp_command, transcript
from classifier.formats.entry_notes import output_of_another, reply_of_another
from classifier.formats.explanations import ERROR_LINE, exim_stage, explanation, general_error, last_of_list, \
    lines_of_others, recipients_rejected_stage, sendmail_verdict
from classifier.formats import named
from classifier.formats.intros import only_delivered
from classifier.formats.later_mentions import transcript_stage
from classifier.formats.lone import fallback as _fallback, is_daemon
from classifier.formats.reply_rests import asks_to_write_to
from classifier.formats.recipients import SENDMAIL_LINE, candidates, delivered_named, sentence_names, starts_with, \
    starts_with_address, verdict_lines
from classifier import slimta_wordings
from classifier.guard import Fast, Guarded
from classifier.hints import DAEMON_FROM, SMTP_CODE, looks_like_bounce
from classifier.parse import ADDRESS, Mail
from classifier.sections import own_subject, without_quoted_subject
from classifier.text import mailbox_key, names, without_names

NAME = "prose"
HINTS = ()

_WORD = re.compile(r"[A-Za-z]{3}")


def excluded(mail: Mail) -> set[str]:
    out = set()
    for name in ("from", "to", "sender", "reply-to"):
        for a in ADDRESS.findall(mail.header(name)):
            out.add(a.lower())
    return out


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if not looks_like_bounce(mail):
        return None
    lines = particles_joined(mail.notice.split("\n")[:600])  # a Japanese sentence broken after its address: one line
    found = candidates(mail, lines)
    own = excluded(mail)
    chosen = _failed_ones(mail, found, own)
    if not chosen:
        chosen = _own_in_shape(mail, found)
    if not chosen:
        chosen = _last_resort(mail, lines, own)
    if not chosen or only_delivered(mail.notice):  # a success report (gromox's, Sympa's): no bounce
        return tuple(Fact(address=a, action="delivered", reason="delivered") for a, _ in chosen) or None
    # A recipient's explanation ends where another's starts: at the line naming it first,
    # or at a later paragraph that opens with it (a notice may name each recipient twice).
    named_first = {a.lower() for a, _ in chosen}
    stops = {i for _, i in chosen} | {k for k, line in enumerate(lines) if k and "@" in line
                                      and not lines[k - 1].strip() and starts_with(line, named_first)}
    exchanges = transcript(mail.notice)
    # The notice's head (the original's subject is no word of it), cut and lowercased once for both questions.
    head = without_quoted_subject(mail.notice[:3000])
    low = head.lower() if head.isascii() else None
    action, mixed = _head_says(mail, head, low)
    facts = []
    verdicts = verdict_lines(lines)
    others = NotOthers(lines, chosen, stops)
    for address, i in chosen:
        own_action = _section_action(lines, i, action, stops) if mixed else action
        if i >= 0 and not SENDMAIL_LINE.match(lines[i]):
            # Listed first ("The following addresses had permanent fatal errors"), explained
            # by its own verdict line of the transcript below.
            i = verdicts.get(address.lower(), i)
        if i >= 0 and SENDMAIL_LINE.match(lines[i]):
            diagnostic, command = sendmail_verdict(lines, i, address)
            facts.append(Fact(address=address, status=find_status(diagnostic), reply_code=find_reply(diagnostic),
                              diagnostic=diagnostic, smtp_command=command or smtp_command(diagnostic),
                              action=_given_up(own_action, diagnostic)))
            continue
        i = last_of_list(lines, i, stops)
        # A list's shared block: the lines naming another of its addresses (and not this one) are that one's.
        skip = lines_of_others(lines, i, address, named_first) if len(chosen) > 1 and i >= 0 and bare_address(
            lines[i]) else frozenset()
        diagnostic = explanation(lines, i, stops - {i}, skip)
        diagnostic = _own_words(diagnostic, mail.notice, address, named_first if len(chosen) > 1 else None)
        if not SMTP_CODE.search(diagnostic):
            diagnostic = _with_later_code(lines, i, address, diagnostic, stops)
        if not _WORD.search(diagnostic) or not ERROR_LINE.search(without_names(diagnostic)):
            # A recipient with words of its own borrows no other recipient's reply.
            own = others.without(address) if diagnostic else lines
            if skip:  # ...nor a line of the list's block that is another's
                gone = {lines[k] for k in skip}
                own = [line for line in own if line not in gone]
            extra = general_error(own)
            diagnostic = diagnostic if extra in diagnostic else clean(f"{diagnostic} {extra}")
        command = smtp_command(diagnostic)
        if exchanges and (exchange := _own_exchange(exchanges, diagnostic, address, named_first)) is not None:
            diagnostic, command = clean(exchange.reply), exchange.command
        facts.append(Fact(
            address=address,
            status=find_status(diagnostic),
            reply_code=find_reply(diagnostic),
            diagnostic=diagnostic,
            # A 4xx at an earlier host lends no stage: the final refusal's (falsehards67, as the DSN path).
            smtp_command=command or transcript_stage(mail.notice, address) or exim_stage(mail.notice, address)
            or recipients_rejected_stage(mail.notice),
            action=_given_up(own_action, diagnostic),
        ))
    # A whole-session transcript names recipients the server accepted ("RCPT To:<a>" answered
    # "250 2.1.5"): beside a failed one they are no part of the bounce, as in a mixed DSN. An address whose domain was
    # cut to its first label is the original's recipient it names (named.cut_domain; leftovers65).
    return failures_only(tuple(_whole(mail, facts)))


def _whole(mail: Mail, facts: list[Fact]) -> list[Fact]:
    """The facts with an address whose domain was cut to its first label ("lead@partner") given the original's one
    recipient it names (named.cut_domain): never our own address, nor one another fact already names."""
    out = []
    for f in facts:
        whole = named.cut_domain(mail, f.address) if "." not in f.address.rpartition("@")[2] else None
        taken = whole is not None and (whole.lower() in excluded(mail) or any(
            g.address.lower() == whole.lower() for g in facts))
        out.append(f.with_(address=whole) if whole and not taken else f)
    return out


def _failed_ones(mail: Mail, found: list, own: set[str]) -> list[tuple[str, int]]:
    """The candidates (address, line) once each, neither a mailer daemon nor the bounce's own addresses unless
    X-Failed-Recipients names them (a sender who wrote to itself); named elsewhere they are the reply's words (Exim's
    "550-Verification failed for" / "<seller@x>" wrapped onto a line of its own)."""
    failed_header = {a.lower() for a in ADDRESS.findall(mail.header("x-failed-recipients"))}
    chosen: list[tuple[str, int]] = []
    seen: set[str] = set()
    for address, i, _ in found:
        low = address.lower().strip(".")
        key = mailbox_key(low)  # a U-label and its A-label are one mailbox (eai60: Exim's list and the reply it quotes)
        if key in seen or is_daemon(low) or (low in own and low not in failed_header):
            continue
        seen.add(key)
        chosen.append((address.strip("."), i))
    return chosen


def _own_exchange(exchanges: tuple[Exchange, ...], diagnostic: str, address: str, named: set[str]) -> Exchange | None:
    """The transcript's exchange that explains `address` better than its own lines (`diagnostic`) do, or None."""
    if not SMTP_CODE.search(diagnostic) or (find_reply(diagnostic) or "5")[0] in "23":
        # The recipient's lines hold only the accepted part of a session transcript
        # ("RCPT TO:<a> ... 250 2.1.5 Ok"); the failing exchange comes later.
        return exchange_for(exchanges, address.lower(), named)
    if any(names(diagnostic, o) for o in named - {address.lower()}):
        # Or they hold the whole transcript, another recipient's refusal first (sendmail's list under its headings,
        # the transcript below: review multi57, "oyelaran@x" given "m.oyelaran@x"'s "550 5.1.1 User unknown"): its
        # own exchange, only one that names it (a width may have cut every RCPT TO from its address: lead42).
        return next((e for e in exchanges if names(e.argument, address) or names(e.reply, address)), None)
    return None


def _own_words(diagnostic: str, notice: str, address: str, others: set[str] | None) -> str:
    """The recipient's explanation with the output Exim returned of its local program (`generated_text`), neither a
    program's words quoting a reply about another address nor, where the notice names several (`others`), a reply
    naming another of them as its object (Haraka's one "Failure Reason:" under its list; audit 46: false hards)."""
    generated = generated_text(notice, address)
    if generated and not output_of_another(generated, address):
        diagnostic = clean(f"{diagnostic} {generated}")
    if others and (cut := reply_of_another(diagnostic, address, others)) >= 0:
        diagnostic = diagnostic[:cut].strip()
    return diagnostic


def _given_up(action: str | None, diagnostic: str) -> str | None:
    """The action, "failed" where the notice says nothing of one but its queue's words say it stopped retrying
    (python-slimta's bounce: the last reply, a 4xx, with " (Too many retries)"; real round 19)."""
    return "failed" if action is None and diagnostic and slimta_wordings.gave_up(diagnostic) else action


def _last_resort(mail: Mail, lines: list[str], own: set[str]) -> list[tuple[str, int]]:
    """lone.fallback's recipient, never one the notice says was delivered: nor the original's To that named.by_name
    finds named in it (review 161: "Ihre Nachricht wurde erfolgreich zugestellt an" / lead, a success report)."""
    delivered = delivered_named(mail, lines)
    # Nor the original's other recipient that the reply asks the reader to write to instead ("This mailbox is closed.
    # Please resend your message to <kim>", a gateway's notice naming no failed address): kim read failed and hard,
    # a false hard on the live address (audit67; reply_rests.asks_to_write_to).
    return [c for c in _fallback(mail, lines, own | delivered, sentence_names) if c[0].lower() not in delivered
            and not (c[1] >= 0 and asks_to_write_to(lines, c[1], c[0]))]


def _own_in_shape(mail: Mail, found: list[tuple[str, int, bool]]) -> list[tuple[str, int]]:
    """Only the bounce's own addresses named, in a shape reserved for failed recipients: the sender
    wrote to itself or its postmaster; believe the shape. Not for the From of no mail system (a
    help desk's ticket acknowledgement taken for a notice by a seller's subject it repeats, naming
    its own "To: support@..."): that is its own address."""
    sender = set() if DAEMON_FROM.search(mail.from_) else {a.lower() for a in ADDRESS.findall(mail.header("from"))}
    chosen, seen = [], set()
    for address, i, strong in found:
        low = address.lower().strip(".")
        if strong and low not in seen and low not in sender:
            seen.add(low)
            chosen.append((address.strip("."), i))
    return chosen


def _with_later_code(lines: list[str], i: int, address: str, diagnostic: str, stops: set[int]) -> str:
    """A notice that names each recipient twice (Exchange 2007 and later: the sentence for
    people, then "Diagnostic information for administrators" with the address again and its
    "#550 5.1.1 ..." reply): the reply of a later line that opens with the address joins the
    sentence, rather than every recipient's replies mixed together."""
    low = address.lower()
    openers: set[int] | None = None  # lines that open with an address (found once, when needed)
    for j in range(i + 1, len(lines)):
        if not lines[j - 1].strip() and lines[j].lstrip(" \t'\"<").lower().startswith(low):
            if openers is None:
                # Another recipient's block opens a paragraph, as this one does: an address that
                # opens a line inside one is the reply's own words wrapped there ("550 Rejected by
                # policy:" / "seller@example.com - https://...").
                openers = {k for k, line in enumerate(lines) if starts_with_address(line)
                           and (not k or not lines[k - 1].strip())}
            later = explanation(lines, j, stops | (openers - {j}))
            if SMTP_CODE.search(later):
                return clean(f"{diagnostic} {later}")
    return diagnostic


# A warning that delivery is late and still being tried, not a failure: Exim's "has not yet been delivered ... Delivery
# attempts will continue", Sendmail's "Warning: could not send message for past 4 hours ... Will keep trying", Postfix's
# "THIS IS A WARNING ONLY", Exchange's "Delivery has been delayed to these recipients", masqmail's "could not yet be delivered
# ... has been defered", XMail's "** This is a temporary error and you do not have to resend" (no DSN in those), OpenSMTPD's "only a temporary failure report".
# Gmail's Japanese "retried (47 hours) / kept retrying, and could not deliver", on whichever line (review 124).
_JA_RETRIED_FAILED = re.compile(r"再試行(?:しましたが|しても|を続けましたが)、?(?:正常に)?配信(?:できません|されません)でした")
_DELAY_SUBJECT = re.compile(r"(?i)\bdelay(?:ed)?\b|warning: could not (?:yet )?send|still being retried|not yet delivered")
_DELAY_TEXT = re.compile(
    r"(?i)has not yet been delivered|could not yet be delivered|has been defered|this is a warning only|delivery attempts "
    r"will continue|will keep trying|still trying to deliver|has been delayed|will (?:be retried|retry|continue to try)|"
    r"temporary error and you do not have to resend|only a temporary failure report|"
    r"delivery is delayed to these recipients|"  # Exchange's delay heading (review 94)
    # MMDF's "Waiting mail" (lib/mmdf/rtn_proc.c rtn_intro(DOWARN): "Attempts to deliver the message will continue",
    # "Delivery attempts are still pending for the following address(es):"; review old47).
    r"attempts to deliver the message will continue|delivery attempts are still pending|"
    # sendmail's own heading over the addresses it still retries (savemail.c errbody(): "----- The following addresses
    # had transient non-fatal errors -----"), beside its "permanent fatal errors" one in a MIME-less notice (review
    # multi57: the retried address read failed for good, a delay counted as a final soft bounce).
    r"transient non-fatal errors|"  # (the heading folded by a width: "had" ends the line above, lead42)
    # MDaemon's warning DSN ("The attached message had TEMPORARY non-fatal delivery errors.", "THIS IS A WARNING
    # MESSAGE ONLY - YOU DO NOT NEED TO RESEND YOUR MESSAGE"; its failure says "PERMANENT fatal delivery errors"), no
    # RFC 3464 part to say delayed (review groupware60: read a final soft bounce).
    r"temporary non-fatal delivery errors|this is a warning message only|"
    # Gmail's Japanese delay notice (review 118's GMAIL_JA): "... へのメールの配信中に一時的な問題が発生しました。Gmail は 47 時間再試行し、
    # ..." (a temporary problem; Gmail retries for 47 hours), not one that passed ("...発生しましたが、"; review 120), nor
    # "。その後、...正常に配信されました" (then delivered normally), nor "再試行しましたが" (retried, and failed: review 122),
    # also on the line below where a writer's width broke the sentence at its blanks ("Gmail は 47" / "時間再試行しましたが",
    # review 125), never on another recipient's line (one naming an address, past an "@").
    # Review 124: "...発生しましたが" is a problem that passed only where "正常に配信されました" follows; "Gmail は 24 時間再試行
    # しましたが、今後 23 時間再試行を続けます" (will go on retrying) is a delay, not "再試行を続けましたが" (kept retrying, and failed).
    rf"一時的な問題が発生しました(?!(?:[^\n@]|\n(?![^\n]*@)){{0,80}}?(?:正常に配信されました|{_JA_RETRIED_FAILED.pattern}))"
    r"|時間再試行し(?!ましたが)|再試行を続けます")
_PERMANENT_CODE = re.compile(r"\b5\d\d[ -]|\b5\.\d{1,3}\.\d{1,3}\b")
_FINAL_TEXT = re.compile(r"(?i)permanent(?:ly)? (?:error|failure|failed)|giving up|gave up|given up|"
                         r"not going to try again|will not be retried|could not be delivered to one or more|"
                         + _JA_RETRIED_FAILED.pattern)


# A notice of two sections, one delayed and one failed for good ("Delivery to the following recipient has been
# delayed:" ... "Delivery to the following recipient failed permanently:"): each recipient is its own section's
# (review 91: the failed one was read delayed, a false soft; review 85's a85-delay-then-failed).
# Exchange's own heading "Delivery has failed to these recipients or groups:" is such a section's too.
# Gmail's Japanese failure sentence, "<a@b> にメールを配信できませんでした" (review 120): a section's heading, and said on
# the recipient's own line, its failure whatever the lines under it add ("宛先のサーバーで一時的な問題が発生しました", the
# cause: review 122). Also without "メールを", as formats/recipients.INLINE reads it (review 124).
_JA_FAILED = "に(?:メールを)?配信できませんでした"
_FINAL_SECTION = re.compile(r"(?i)failed permanently|permanently failed|delivery has failed to|"
                            rf"{_JA_FAILED}|"
                            r"delivery to the following recipients? failed\b|permanent fatal errors|"
                            + _FINAL_TEXT.pattern.removeprefix("(?i)"))


def _head_says(mail: Mail, head: str, low: str | None) -> tuple[str | None, bool]:
    """The notice's action ("delayed" where its `head`, its first 3,000 characters without the original's
    subject, `low` their lowercase where ASCII, or its own subject says delivery is delayed, not failed for
    good), and whether it holds both a delayed section and one failed for good (`_section_action`)."""
    final = _found(_FINAL_TEXT, head, low)
    delay = _found(_DELAY_TEXT, head, low)  # (searched once for both answers)
    action = "delayed" if not final and (delay or _DELAY_SUBJECT.search(own_subject(mail.subject))) else None
    # (Every _FINAL_TEXT match is a _FINAL_SECTION one: that search is needed only where the first found none.)
    return action, delay and (final or _found(_FINAL_SECTION, head, low))


def kept_waiting(mail: Mail, facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """`facts` of a report (formats/dsn.py), each block whose Action field was lost (a cut report: review damaged60)
    and whose status, if any, is no failure for good made "delayed" where the notice's own head or subject says
    delivery is only delayed and names no section failed for good (Postfix's "THIS IS A WARNING ONLY", Gmail's "Gmail
    will retry"): a warning read as a final soft bounce counted on the lead (triage 61)."""
    if all(f.action is not None or (f.status or "4")[0] != "4" for f in facts):
        return facts
    head = without_quoted_subject(mail.notice[:3000])
    action, mixed = _head_says(mail, head, head.lower() if head.isascii() else None)
    if action != "delayed" or mixed:
        return facts
    return tuple(f.with_(action="delayed") if f.action is None and (f.status or "4")[0] == "4" else f for f in facts)


def _found(pattern: Fast, text: str, low: str | None) -> bool:
    """`pattern.search(text)` found a match, `low` being text.lower() for ASCII text (None otherwise)."""
    if low is None:
        return pattern.search(text) is not None
    return (pattern.search_ascii(text, low) if type(pattern) is Guarded else pattern.search_lowered(text, low)) is not None


def _section_action(lines: list[str], i: int, default: str | None, stops: set[int]) -> str | None:
    """The action of the recipient named on line `i`: its section's, said by its own lines (its line and those under
    it, to a blank line or the next recipient's) or the nearest line above it that says delayed or failed for good
    (`default` when none does, or the recipient's line is unknown). Its own reason line first: "Reason: 451 4.4.1
    ..., will retry" under a failed heading is still a delay (review 94, a layout putting both in one list)."""
    if i >= 0 and re.search(_JA_FAILED, lines[i]):
        return None
    for k in range(i + 1, len(lines)) if i >= 0 else ():
        if not lines[k].strip() or k in stops:
            break
        if _JA_RETRIED_FAILED.search(lines[k]):
            return None  # Gmail's "retried 47 hours and could not deliver" under the recipient's line: its own (review 124)
        if _FINAL_SECTION.search(lines[k]) or _PERMANENT_CODE.search(lines[k]):
            # The next section's heading, or a failure said of this one (its own 5xx: "550 5.1.1 User unknown", then
            # "Delivery attempts will continue for the other recipients", review 97): the lines above decide.
            break
        if _DELAY_TEXT.search(lines[k]):
            return "delayed"
    for k in range(i, -1, -1) if i >= 0 else ():
        if _FINAL_SECTION.search(lines[k]):
            return None
        if _DELAY_TEXT.search(lines[k]):
            return "delayed"
    return default


# Speed only (classifier/guard.py `Fast`): the same matches, found through lowercased twins of
# these case-insensitive patterns (about three times faster on a notice line).
_FINAL_TEXT, _FINAL_SECTION = Fast(_FINAL_TEXT), Fast(_FINAL_SECTION)
# A notice's head holds none of the delay words mostly: they are asked first (one alternative's words each), where the
# twin's search, its many first letters common ones, cost ~700,000 instructions on a 3,000-character head.
_DELAY_TEXT = Guarded(_DELAY_TEXT, ("yet", "defered", "warning", "continue", "trying", "delayed", "retr", "temporary",
                                    "pending", "non-fatal", "一時的な問題が発生しました", "時間再試行し", "再試行を続けます"))
