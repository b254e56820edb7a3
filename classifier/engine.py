"""`classify(raw)`: bytes in, `Classification` out. Pure; never raises on bad mail."""

from __future__ import annotations

import re
from dataclasses import replace

from classifier import order, ours, read_again, reasons, reporters, said_address, severity, whole_addresses
from classifier.fields import mta_host, status_fields
from classifier.formats import Fact, autoreply, nested
from classifier.origin import origin_of
from classifier.parse import ADDRESS, Mail, decode_header
from classifier.records import Classification, Delivery, Original, Reason, Scope
from classifier import remote
from classifier.remote import google

_MSGID = re.compile(r"<?([^<>\s]{1,250}@[^<>\s]{1,250})>?")


def classify(raw: bytes) -> Classification:
    """Classify one message. Bad input is a result (`error` set), never an exception."""
    return _classify(raw, 0)


def classify_headers(raw: bytes) -> Classification:
    """Classify a message of which only some headers are known (Gmail's format=metadata for
    ordinary mail: From, Auto-Submitted, X-Autoreply, Precedence, Subject). No bounce format
    runs (they need the body): the answer is an auto-reply (a VACATION delivery for its From,
    read by the same rule as a whole message's) or ordinary mail. Never raises."""
    try:
        mail = Mail(raw)
    except Exception as exc:  # noqa: BLE001 - unreadable headers are a result
        return Classification(is_bounce=False, error=f"unparseable headers: {type(exc).__name__}")
    facts = autoreply.parse(mail)
    if facts:
        return Classification(is_bounce=False, deliveries=tuple(_delivery(mail, f) for f in facts),
                              original=Original(), format=autoreply.NAME)
    return Classification(is_bounce=False, original=Original())


def _classify(raw: bytes, depth: int) -> Classification:
    try:
        mail = Mail(raw)
    except Exception as exc:  # the stdlib parser is very tolerant; this is truly unreadable input
        return Classification(is_bounce=False, error=f"unparseable message: {type(exc).__name__}")
    for module in order.candidates(mail):
        if module is nested:
            # A wrapper around another delivery report: the inner report is the bounce, with
            # its own original message, generator and receiving provider.
            inner = nested.inner_report(mail) if depth < nested.MAX_DEPTH else None
            if inner is not None:
                result = _classify(inner, depth + 1)
                if result.deliveries and nested.passed_on(mail, inner, [d.address for d in result.deliveries]):
                    continue  # a person's own failure within their organisation, passed on to us: none of ours
                if result.deliveries:
                    return replace(result, format=f"{nested.NAME}/{result.format}",
                                   origin=origin_of(mail))  # the outer message's delivery
            continue
        facts = module.parse(mail)
        if facts:
            facts = whole_addresses.completed(mail, facts)  # an address a gateway cut at a line end, made whole
            deliveries = tuple([_delivery(mail, fact) for fact in facts])
            return Classification(
                is_bounce=any([d.reason.is_bounce for d in deliveries]),
                deliveries=deliveries,
                original=original_of(mail),
                format=module.NAME,
                origin=origin_of(mail),  # header facts for the planner's trust rules (cheap)
            )
    return Classification(is_bounce=False, original=Original())


# A diagnostic read at most this long: RFC 5321 caps a reply line at 512 octets, and the longest real reply quoted whole
# (Exim's of 70 lines, review 61) is some 6,000 characters; a megabyte-long "reply" (forged or mangled mail: the fuzz
# benchmark's huge_lines) cost every rule reading it a scan, 0.5 s in all (seed 12).
_DIAGNOSTIC_AT_MOST = 20_000


def _delivery(mail: Mail, fact: Fact) -> Delivery:
    if fact.diagnostic and len(fact.diagnostic) > _DIAGNOSTIC_AT_MOST:
        fact = fact.with_(diagnostic=fact.diagnostic[:_DIAGNOSTIC_AT_MOST])
    sender_reason = _sender_notice(mail, fact)
    by_words = False
    verdict = None
    reading = None
    if not fact.reason and fact.action not in ("delivered", "relayed", "expanded"):
        # What the bounce's generator itself says (its error codes, categories, fixed sentences).
        reading = reporters.read(mail, fact)
        if reading is not None and reading.command and not fact.smtp_command:
            fact = fact.with_(smtp_command=reading.command)
    if not fact.reason and sender_reason is None and fact.action not in ("delivered", "relayed", "expanded") \
            and (reading is None or reading.reason is None):
        # The receiving provider's own wording first (sisimai's Rhost), then the generic rules.
        # Without a Remote-MTA the refusal may be the reporting MTA's own (Exchange Online's NDR
        # about its sending tenant): its host names a provider whose sender rules then apply.
        verdict = remote.verdict(remote_mta=fact.remote_mta, address=fact.address,
                                 diagnostic=fact.diagnostic, status=fact.status, command=fact.smtp_command,
                                 reporter=None if fact.remote_mta else _reporting_mta(mail),
                                 reply_code=fact.reply_code)
    if fact.reason:
        reason = Reason.parse(fact.reason)
    elif sender_reason is not None:
        reason = sender_reason
    elif reading is not None and reading.reason is not None:
        reason = reading.reason
    elif verdict is not None:
        reason = verdict.reason
    else:
        by_words = True  # the generic rules' reading, no format's, provider's or sender notice's
        reason = read_again.read_again(
            reasons.reason_for(status=fact.status, reply_code=fact.reply_code, diagnostic=fact.diagnostic,
                               action=fact.action, command=fact.smtp_command),
            fact, people=lambda: ours.our_people(mail, original_of(mail).from_),
            own_addresses=lambda: _own_names(mail)[0], from_inside=lambda: _reported_from_inside(mail, fact.address))
    action = fact.action
    scope = severity.scope_of(reason, sender_notice=sender_reason is not None or fact.sender_notice
                              or (verdict is not None and verdict.sender), diagnostic=fact.diagnostic,
                              command=fact.smtp_command, recipient=fact.address)
    reason, scope = _whose(mail, fact, reason, scope, by_words=by_words)
    return Delivery(
        address=fact.address,
        reason=reason,
        hard_bounce=severity.is_hard_bounce(reason, fact.status, fact.reply_code, fact.diagnostic),
        permanent=reason.is_bounce and severity.is_permanent(action, fact.status, fact.reply_code),
        scope=scope,
        action=action,
        status=fact.status,
        reply_code=fact.reply_code,
        diagnostic=fact.diagnostic or None,
        remote_mta=fact.remote_mta,
        smtp_command=fact.smtp_command,
        feedback_type=fact.feedback_type,
    )


def _own_names(mail: Mail) -> tuple[frozenset[str], frozenset[str]]:
    """Our addresses and domains (`ours.own_names`: the original's From, the notice's To)."""
    return ours.own_names(mail, original_of(mail).from_)


# Readings that leave whose refusal it was to the words around them: a bare 5.7.x (securityerror) and a stage-less
# "no such user" a filter may say (filtered: "550 No such user: <our address>" in Gmail's DSN, review lead43).
_UNREAD_REFUSALS = (Reason.SECURITYERROR, Reason.FILTERED)


def _whose(mail: Mail, fact: Fact, reason: Reason, scope: Scope, *, by_words: bool) -> tuple[Reason, Scope]:
    """The reading again where the reply names whose address or domain it means: ours (a refusal of our sender) or,
    where words to the sender made it ours, the prospect's own (its absence). `by_words`: the generic rules read it."""

    def own() -> tuple[frozenset[str], frozenset[str]]:  # our names, looked up only where a rule asks
        return _own_names(mail)

    if (reason in ours.RECIPIENT_STATES or reason is Reason.SECURITYERROR) and scope is Scope.RECIPIENT \
            and not fact.reason and ours.names_only_us(fact.diagnostic, fact.address, own, reason, fact.status):
        # The words blame the recipient, or name no cause (a bare 5.7.x, securityerror: Sendmail's
        # access db "550 5.7.1 <s>... Access denied", review 80), but the reply names our address or
        # domain and nothing of the prospect's: it refuses us.
        return Reason.REJECTED, Scope.SENDER
    if (reason in ours.RECIPIENT_STATES or reason in _UNREAD_REFUSALS) and scope is Scope.RECIPIENT \
            and not fact.reason and fact.diagnostic \
            and said_address.ours_named(ours.without_framing(fact.diagnostic), fact.address, own):
        # "Dear sender, recipient server reports: address <our From> does not exist": the address said missing is
        # ours, whatever recipient's words stand around it (review 105: a false hard after review 104's NOT_SPEAKING);
        # so is our domain said missing, another address at it, and German "existiert Ihre Adresse nicht" (review 106);
        # under a bare 5.7.1 too (securityerror: the words unread), whose refusal is then ours (review 109).
        return Reason.REJECTED, Scope.SENDER
    if reason in ours.RELAYHOST_STATES and scope is Scope.RECIPIENT \
            and not fact.reason and ours.answered_by_our_relayhost(fact.remote_mta, _reporting_mta(mail),
                                                                   fact.diagnostic, fact.address, own):
        # Our own relayhost (a host of our sending domain) said it: it holds no prospect's mailbox, so its "User
        # unknown" or Twisted's relay refusal is our sending path refused, and its "Too many connected clients" our
        # path waiting (audit 36; audit 35's a35-tmc-our-smarthost).
        return (reason if reason is Reason.TOOMANYCONN else Reason.REJECTED), Scope.SENDER
    if reason is Reason.SECURITYERROR and scope is Scope.RECIPIENT and not fact.reason and fact.diagnostic \
            and said_address.ours_refused(fact.diagnostic, fact.address, own):
        # A bare 5.7.x whose words went unread, our address or domain refused in a clause of its own beside the
        # prospect named as the recipient ("<lead>: Recipient address rejected: sender <ours> unknown", "SPF check
        # fail for <our domain>", "Absenderadresse <ours> abgelehnt"): our sender refused (review 139, wrong scopes).
        return Reason.REJECTED, Scope.SENDER
    if reason is Reason.HOSTUNKNOWN and scope is Scope.RECIPIENT and by_words and not fact.reason \
            and fact.diagnostic and said_address.our_domain_beside(fact.diagnostic, fact.address, own):
        # "partner.example: domain <ours> does not exist": the prospect's domain speaks; ours is missing (review 129).
        return Reason.REJECTED, Scope.SENDER
    if reason is Reason.HOSTUNKNOWN and scope is Scope.RECIPIENT and not fact.reason and fact.diagnostic \
            and ours.qmail_route_missing(fact.diagnostic, fact.address):
        # qmail names the host it could not find: not the prospect's domain but our smtproutes relay (review dns63).
        return Reason.SYSTEMERROR, Scope.SENDER
    if reason is Reason.REJECTED and scope is Scope.SENDER and by_words and fact.diagnostic and (
            missing := said_address.theirs_named(fact.diagnostic, fact.address, fact.status, own)):
        # The other way round: words to the sender ("Estimado remitente:", "Ihre Domain") made the reply ours, but
        # what it says missing is the prospect's own address or domain, and nothing of ours (review 127).
        return Reason.parse(missing), Scope.RECIPIENT
    return reason, scope


def _reported_from_inside(mail: Mail, address: str) -> bool:
    """Is the DSN's Reporting-MTA a host of the recipient's own domain?"""
    domain = address.rpartition("@")[2].strip("[]").lower().rstrip(".")
    if not domain or "." not in domain:
        return False
    for block in mail.dsn_blocks[:1]:  # the per-message block comes first
        for k, v in block:
            if k == "reporting-mta":
                host = mta_host(v)
                return host == domain or host.endswith("." + domain)
    return False


def _reporting_mta(mail: Mail) -> str:
    """The DSN's Reporting-MTA field (its last one), lowercased; empty without one. Read once per message (asked
    for each recipient, every block read each time was a square in a report's recipients: benchmarks/growth.py)."""
    reporting = mail.memo.get("reporting_mta")
    if reporting is None:
        reporting = ""
        for block in mail.dsn_blocks:
            for k, v in block:
                if k == "reporting-mta":
                    reporting = v.lower()
        mail.memo["reporting_mta"] = reporting
    return reporting  # type: ignore[return-value]


def _sender_notice(mail: Mail, fact: Fact) -> Reason | None:
    """A notice from the sender's own provider about the sender (no remote server involved)."""
    if fact.reason or fact.remote_mta:
        return None
    reporting = _reporting_mta(mail)
    if not google.is_google_notice(mail.from_, reporting):
        return None
    if re.search(r"(?i)remote server|other server|recipient server|the server for the recipient",
                 fact.diagnostic + " " + mail.notice[:3000]) and "5.4.5" not in fact.diagnostic:
        return None
    return google.sender_notice(f"{fact.diagnostic}\n{mail.notice[:3000]}")


def original_of(mail: Mail) -> Original:
    """Headers of the bounced message: attached part, X-Original-Message-ID, or quoted text.
    Read once per message (the result and a recipient rule of `_delivery` both ask)."""
    found = mail.memo.get("original_of")
    if found is None:
        found = mail.memo["original_of"] = _original_of(mail)
    return found  # type: ignore[return-value]


def _original_of(mail: Mail) -> Original:
    headers = mail.original_headers
    message_id = None
    fields = {}
    if headers is not None:
        for name in ("message-id", "from", "to", "subject", "date"):
            fields[name] = decode_header(headers.get(name)) or None
        message_id = fields.get("message-id")
    if not message_id:
        for block in mail.dsn_blocks:
            for k, v in block:
                if k == "x-original-message-id" and not message_id:
                    message_id = v
    if not message_id:
        # An MDN may return no part of the original (RFC 8098 3): its Original-Message-ID field (3.2.5) names it,
        # as a Sieve rejection's does (review formats57).
        for part in mail.parts_of("message/disposition-notification", "message/global-disposition-notification"):
            message_id = next((v for block in status_fields(part) for k, v in block
                               if k == "original-message-id"), None) or message_id
    if headers is None:
        for name, value in mail.quoted_headers.items():
            fields.setdefault(name, value or None)
        message_id = message_id or fields.get("message-id")
    if not message_id:
        message_id = _message_id_in_body(mail)
    if message_id:
        # A Message-ID fits on one header line (RFC 5322: 998 characters); a hostile one of
        # 200 kB cost this search a second (fuzz_classify), so only its first 2,000 are read.
        m = _MSGID.search(message_id[:2000])
        # An id opened with '<' and never closed was cut with the message (a size-capped
        # archive or gateway stops mid-field): none rather than a part of it.
        message_id = m.group(1) if m and not (m.group(0).startswith("<") and not m.group(0).endswith(">")) else None
    return Original(
        message_id=message_id,
        from_=fields.get("from"),
        to=fields.get("to"),
        subject=fields.get("subject"),
        date=fields.get("date"),
    )


_BODY_MSGID = re.compile(r"(?im)^[ \t>]{0,4}message-id:[ \t]{0,4}(?:\n[ \t]{1,8})?<([^<>\s]{1,250}@[^<>\s]{1,250}?)>")


def _message_id_in_body(mail: Mail) -> str | None:
    """Last resort: the first Message-ID header line anywhere in the body. An attached original
    whose headers the parser could not read (leading blank lines, unindented folded lines, a
    quoted-printable-encoded message/rfc822, a part hidden by a wrong boundary) still has one,
    and a bounce's body holds no other message's headers before the original's."""
    raw = mail.raw
    start = raw.find(b"\n\n")
    if start < 0:
        return None
    body = raw[start : start + 300_000].decode("latin-1")
    if "=\n" in body:  # quoted-printable soft line breaks would split the id
        body = body.replace("=\n", "").replace("=3D", "=").replace("=3d", "=")
    # Every match holds "message-id:" (a Latin-1 text's only letters that match it ignoring
    # case are ASCII ones), on the line the match starts: the regex, which has no literal to
    # skip ahead by, starts at the line of the first one, or not at all (most bodies).
    first = body.lower().find("message-id:")
    if first < 0:
        return None
    own = mail.header("message-id")
    for m in _BODY_MSGID.finditer(body, body.rfind("\n", 0, first) + 1):
        if m.group(1) not in own:
            return m.group(1)
    return None


__all__ = ["classify", "ADDRESS"]
