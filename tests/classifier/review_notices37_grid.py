"""The thirty-seventh review's grid (review_notices37.py assembles ROWS): every code of IANA's "SMTP
Enhanced Status Codes" registry (RFC 5248's registry; codes from RFC 3463, 3886, 4468, 4954, 5248,
6531, 6710, 7293, 7372, 7505, draft-levine-mailbomb-header, 8617, 8689), in class 5 and class 4,
under a reply that names no cause: (a) the code alone, (b) a neutral sentence ("Message rejected",
"Rejected by server", an invented vendor text with no known word), (c) a sentence in German, French,
Spanish, Japanese, Russian or Chinese that says only that the message failed. Each (code, class)
is written as an RFC 3464 report (a: the code alone, b: neutral, c: foreign; all with the basic
reply code that agrees with the class, the registry's own where it lists one; b again with a reply
code of the other class; b once more with no reply code; class 4 also as a delay, Action: delayed)
and in one of three plain final notices in turn (Postfix's plain report, Exim's, qmail's), class 5
also in Exim's report whose Status is always 5.0.0, class 4 also in a delay notice in turn (Postfix's
delay notice with its DSN, Exim's plain-text delay warning with none).

Expected readings, written from the taxonomy (shared/classifier/taxonomy.md §2 code column, §4
hard/soft, §6 RFC 3463 subjects, §7 scope) and the registry's meaning BEFORE the classifier ran:
FAMILY below gives, per code and class, the reasons the code alone allows and whose fault it is.
Hard exactly when the reason is userunknown, hostunknown, hasmoved, or notaccept with no 4xx code
(§4), and the notice is final. Calls where the taxonomy is silent are marked "(call: ...)" in FAMILY's
notes; the rules for disagreeing codes are in `expect`."""

from __future__ import annotations

from tests.classifier.review_notices37_layouts import DELAY_LEAD, DELAYS, EXIM_DSN, LEAD, PLAIN, POSTFIX_DSN, dsn, \
    exim_dsn

R, S, ANY = "recipient", "sender", None
UU, HU, HM, NA = ("userunknown",), ("hostunknown",), ("hasmoved",), ("notaccept",)
FI, RJ, SY, SF, NE = ("filtered",), ("rejected",), ("systemerror",), ("systemfull",), ("networkerror",)
SX, CE, SE, AF, EX = ("syntaxerror",), ("contenterror",), ("securityerror",), ("authfailure",), ("expired",)
HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}
SOFT = ((), ANY)  # any reason but a hard one (the check asks hard False)
IANA = "IANA 'SMTP Enhanced Status Codes' registry (RFC 5248)"

# detail -> (registry summary, registering RFC, basic reply code class 5, class 4, family 5, family 4, note);
# a family is (reasons allowed, scope). Basic codes: the registry's associated one, else 550 / 451.
FAMILY: dict[str, tuple] = {
    "1.0": ("Other address status", "RFC 3463", "550", "451", (UU, R), SOFT, "taxonomy: userunknown lists 5.1.0"),
    "1.1": ("Bad destination mailbox address", "RFC 3463", "550", "451", (UU, R), SOFT,
            "(call: a temporary address status never proves the address bad; the registry: only useful permanent)"),
    "1.2": ("Bad destination system address", "RFC 3463", "550", "451", (HU, R), SOFT, "taxonomy: hostunknown 5.1.2"),
    "1.3": ("Bad destination mailbox address syntax", "RFC 3463", "501", "451", (UU, R), SOFT,
            "taxonomy: userunknown lists 5.1.3"),
    "1.4": ("Destination mailbox address ambiguous", "RFC 3463", "550", "451", (FI, R), (FI, R),
            "taxonomy: filtered lists 5.1.4"),
    "1.6": ("Destination mailbox has moved, No forwarding address", "RFC 3463", "550", "451", (HM, R), SOFT,
            "taxonomy: hasmoved 5.1.6 (call: a temporary 4.1.6 is not hard)"),
    "1.7": ("Bad sender's mailbox address syntax", "RFC 3463", "550", "451", (RJ, S), (RJ, S), "the envelope sender"),
    "1.8": ("Bad sender's system address", "RFC 3463", "501", "451", (RJ, S), (RJ, S), "the envelope sender"),
    "1.9": ("Message relayed to non-compliant mailer", "RFC 3886", "550", "451", (SY, R), (SY, R),
            "(call: the address was valid, the next system is not compliant: a mail system matter)"),
    "1.10": ("Recipient address has null MX", "RFC 7505", "556", "451", (NA, R), (NA + SOFT[0], R),
             "taxonomy: notaccept lists 5.1.10 (RFC 7505 null MX); soft under a 4xx code (§4)"),
    "2.0": ("Other or undefined mailbox status", "RFC 3463", "550", "451", (FI + ("onhold",), R), SOFT,
            "(call: the mailbox subject: the mailbox exists, never hard)"),
    "2.1": ("Mailbox disabled, not accepting messages", "RFC 3463", "550", "451", (FI + ("suspend",), R),
            (("suspend",), R), "taxonomy: suspend 4.2.1; plain 5.2.1 defaults to filtered"),
    "2.2": ("Mailbox full", "RFC 3463", "552", "452", (("mailboxfull",), R), (("mailboxfull",), R),
            "taxonomy: mailboxfull 5.2.2 / 4.2.2, soft"),
    "2.3": ("Message length exceeds administrative limit", "RFC 3463", "552", "451", (("exceedlimit",), R),
            (("exceedlimit",), R), "taxonomy: exceedlimit 5.2.3"),
    "2.4": ("Mailing list expansion problem", "RFC 3463", "550", "450", (FI, R), (FI, R),
            "taxonomy: filtered lists 5.2.4"),
    "3.0": ("Other or undefined mail system status", "RFC 3463", "550", "421", (SY, R), (SY + ("onhold",) + EX, R),
            "taxonomy: systemerror 5.3.0"),
    "3.1": ("Mail system full", "RFC 3463", "550", "452", (SF, R), (SF, R), "taxonomy: systemfull 4.3.1, 5.3.1"),
    "3.2": ("System not accepting network messages", "RFC 3463, RFC 7504", "521", "453", (NA, R), (NA, R),
            "taxonomy: notaccept 5.3.2, 521; soft when 4xx"),
    "3.3": ("System not capable of selected features", "RFC 3463", "550", "451", (SY, R), (SY, R),
            "taxonomy: systemerror 5.3.3"),
    "3.4": ("Message too big for system", "RFC 3463", "552", "452", (("mesgtoobig",), R), (("mesgtoobig",), R),
            "taxonomy: mesgtoobig 5.3.4 (call: 4.3.4 is the same meaning, temporary)"),
    "3.5": ("System incorrectly configured", "RFC 3463", "550", "451", (SY, R), (SY, R), "mail system subject"),
    "4.0": ("Other or undefined network or routing status", "RFC 3463", "550", "451", (NE, R),
            (NE + ("onhold",) + EX, R), "taxonomy: networkerror 5.4.0"),
    "4.1": ("No answer from host", "RFC 3463", "550", "451", (NE + EX, R), (EX + NE, R),
            "taxonomy: expired 4.4.1 (call: 5.4.1 has no registry meaning beyond the subject: networkerror)"),
    "4.2": ("Bad connection", "RFC 3463", "550", "421", (NE, R), (NE + EX, R), "taxonomy: networkerror 4.4.2"),
    "4.3": ("Directory server failure", "RFC 3463", "550", "451", (SY, R), (SY + NE, R),
            "taxonomy: systemerror 5.4.3"),
    "4.4": ("Unable to route", "RFC 3463", "550", "451", (HU, R), (NE, R),
            "taxonomy: hostunknown 5.4.4, networkerror 4.4.4"),
    "4.5": ("Mail system congestion", "RFC 3463", "550", "451", (SF + NE + ("speeding",), ANY), (SF, R),
            "taxonomy: systemfull 4.4.5 (call: 5.4.5 is Gmail's sending limit in §7; soft either way)"),
    "4.6": ("Routing loop detected", "RFC 3463", "550", "451", (NE + SY, R), (NE + SY, R),
            "(call: taxonomy systemerror names mail loops, networkerror routing)"),
    "4.7": ("Delivery time expired", "RFC 3463", "550", "451", (EX, R), (EX, R), "taxonomy: expired 4.4.7"),
    "5.0": ("Other or undefined protocol status", "RFC 3463", "554", "451", (SX + ("onhold",), R), SOFT,
            "(call: the protocol subject's other status: syntaxerror or nothing said; soft)"),
    "5.1": ("Invalid command", "RFC 3463", "500", "430", (SX, R), (SX, R), "protocol subject"),
    "5.2": ("Syntax error", "RFC 3463", "500", "451", (SX, R), (SX, R), "taxonomy: syntaxerror 5.5.2"),
    "5.3": ("Too many recipients", "RFC 3463", "550", "451", (("toomanyconn",), S), (("toomanyconn",), S),
            "taxonomy: toomanyconn 5.5.3"),
    "5.4": ("Invalid command arguments", "RFC 3463", "501", "451", (SX, R), (SX, R), "protocol subject"),
    "5.5": ("Wrong protocol version", "RFC 3463", "550", "451", (SY + SX, R), (SY + SX, R), "protocol subject"),
    "5.6": ("Authentication Exchange line is too long", "RFC 4954", "500", "451", (SX, R), (SX, R),
            "taxonomy: syntaxerror 5.5.6"),
    **{f"6.{d}": (summary, rfc, "550", "451", (CE, R), (CE, R), "taxonomy: contenterror 5.6.x")
       for d, summary, rfc in (
           (0, "Other or undefined media error", "RFC 3463"), (1, "Media not supported", "RFC 3463"),
           (2, "Conversion required and prohibited", "RFC 3463"),
           (3, "Conversion required but not supported", "RFC 3463"),
           (4, "Conversion with loss performed", "RFC 3463"), (5, "Conversion Failed", "RFC 3463"),
           (6, "Message content not available", "RFC 4468"),
           (7, "Non-ASCII addresses not permitted for that sender/recipient", "RFC 6531"),
           (8, "UTF-8 string reply is required, but not permitted by the SMTP client", "RFC 6531"),
           (9, "UTF-8 header message cannot be transferred to one or more recipients", "RFC 6531"))},
    "7.0": ("Other or undefined security status", "RFC 3463", "550", "450", (SE, R), (SE, ANY),
            "taxonomy: securityerror, most of 5.7.0-5.7.19"),
    "7.1": ("Delivery not authorized, message refused", "RFC 3463", "550", "451",
            (SE + ("blocked", "policyviolation"), ANY), (("blocked",) + SE, ANY),
            "taxonomy: blocked 4.7.1; 5.7.1 alone only 'refused by policy': soft"),
    "7.2": ("Mailing list expansion prohibited", "RFC 3463", "550", "451", (SE + FI, R), (("blocked",) + SE, ANY),
            "taxonomy: blocked 4.7.2"),
    **{f"7.{d}": (summary, rfc, basic, "451", (SE, ANY), (SE, ANY), "taxonomy: securityerror default")
       for d, summary, rfc, basic in (
           (3, "Security conversion required but not possible", "RFC 3463", "554"),
           (4, "Security features not supported", "RFC 3463", "504"), (5, "Cryptographic failure", "RFC 3463", "550"),
           (6, "Cryptographic algorithm not supported", "RFC 3463", "550"),
           (7, "Message integrity failure", "RFC 3463", "550"),
           (8, "Authentication credentials invalid", "RFC 4954", "535"),
           (9, "Authentication mechanism is too weak", "RFC 4954", "534"), (10, "Encryption Needed", "RFC 5248", "523"),
           (11, "Encryption required for requested authentication mechanism", "RFC 4954", "538"),
           (12, "A password transition is needed", "RFC 4954", "550"),
           (14, "Trust relationship required", "RFC 5248", "554"), (15, "Priority Level is too low", "RFC 6710", "550"),
           (19, "RRVS test cannot be completed", "RFC 7293", "550"),
           (30, "REQUIRETLS support required", "RFC 8689", "550"))},
    "7.13": ("User Account Disabled", "RFC 5248", "525", "451", (("suspend",), R), (("suspend",) + SE, ANY),
             "taxonomy: suspend 5.7.13"),
    "7.16": ("Message is too big for the specified priority", "RFC 6710", "552", "452", (("mesgtoobig",), R),
             (("mesgtoobig",), R), "taxonomy: mesgtoobig 5.7.16"),
    "7.17": ("Mailbox owner has changed", "RFC 7293", "550", "451", (HM, R), SOFT, "taxonomy: hasmoved 5.7.17"),
    "7.18": ("Domain owner has changed", "RFC 7293", "550", "451", (HM, R), SOFT, "taxonomy: hasmoved 5.7.18"),
    **{f"7.{d}": (summary, "RFC 7372" if d < 29 else "RFC 8617", "550", "451", (AF, S), (AF, S) if d < 29 else
                  (AF + SE, ANY), "taxonomy: authfailure 5.7.20-5.7.24, 5.7.26, 5.7.29 (call: Gmail writes 4.7.29 "
                  "for a missing TLS connection, review 31: a temporary 4.7.29 is ARC's or TLS's)")
       for d, summary in ((20, "No passing DKIM signature found"), (21, "No acceptable DKIM signature found"),
                          (22, "No valid author-matched DKIM signature found"), (23, "SPF validation failed"),
                          (24, "SPF validation error"), (26, "Multiple authentication checks failed"),
                          (29, "ARC validation failure"))},
    "7.25": ("Reverse DNS validation failed", "RFC 7372", "550", "451", (("requireptr",), S),
             (("requireptr", "blocked"), S), "taxonomy: requireptr 5.7.25"),
    "7.27": ("Sender address has null MX", "RFC 7505", "550", "451", (RJ, S), (RJ + NA, S),
             "(call: the registry and RFC 7505 §4.2 make it the SENDER's null MX; the taxonomy's column lists it "
             "under notaccept, sisimai's default, which would be a false hard)"),
    "7.28": ("Mail flood detected", "draft-levine-mailbomb-header", "550", "451", (("spamdetected",), R),
             (("spamdetected",), R), "taxonomy: spamdetected 5.7.28"),
}

NEUTRAL = ("Message rejected", "Rejected by server", "Transaction KX-4471 could not be completed (ref 7F2A9C)")
FOREIGN = (("de", "Die Nachricht konnte nicht zugestellt werden."), ("fr", "Le message n'a pas pu être remis."),
           ("es", "No se pudo entregar el mensaje."), ("ja", "メッセージを配信できませんでした。"),
           ("ru", "Сообщение не может быть доставлено."), ("zh", "邮件无法投递。"))


def expect(detail: str, klass: int, reply: str | None, *, delayed: bool = False,
           queue_ran_out: bool = False) -> list[tuple]:
    """The expected reading of `klass`.`detail` under `reply` (a basic reply code or None).
    A reply code of the other class: the reason is still the status's (its detail is the
    specific word), but a 4xx reply says "try again" and a 4.x.x status says "for now": neither
    proves the address bad, so such a row is never hard (call: RFC 3463 asks the class to agree
    with the reply code; the taxonomy is silent on a disagreement; a false hard is the worst error).
    `queue_ran_out`: the notice says it gave up a temporary failure after its queue lifetime (qmail),
    which is also the taxonomy's expired ("the retry period ran out")."""
    reasons, scope = FAMILY[detail][4 if klass == 5 else 5]
    agrees = reply is None or reply[0] == str(klass)
    if not agrees and klass == 5 and set(reasons) & HARD:
        reasons = ()  # the 5.x.x status's hard reading under a 4xx reply: any soft reason
    if delayed:
        return [(LEAD, False, reasons + EX if reasons else (), scope, True)]
    if queue_ran_out and klass == 4 and reasons:
        reasons += EX  # qmail-send's "in the queue too long": the taxonomy's expired too
    hard = klass == 5 and agrees and bool(reasons) and reasons[0] in HARD
    return [(LEAD, hard, reasons, scope, False)]


def _source(detail: str, layout: str) -> str:
    summary, rfc, *_rest, note = FAMILY[detail]
    return f"{IANA}: X.{detail} '{summary}' ({rfc}); {note}; layout: {layout}"


def grid_rows() -> list[tuple]:
    rows, turn = [], 0
    for detail, (_summary, _rfc, basic5, basic4, *_rest) in FAMILY.items():
        for klass, basic, other in ((5, basic5, "451"), (4, basic4, "550")):
            status = f"{klass}.{detail}"
            lang, foreign = FOREIGN[turn % len(FOREIGN)]
            neutral = NEUTRAL[turn % len(NEUTRAL)]
            turn += 1
            src = _source(detail, POSTFIX_DSN)
            for tag, reply, text in (("code", basic, ""), ("neutral", basic, neutral), (lang, basic, foreign),
                                     ("neutral-other-class", other, neutral), ("neutral-no-reply", None, neutral)):
                line = " ".join(p for p in (reply, status, text) if p)
                name = f"dsn {status} {reply or 'no-reply'} {tag} failed"
                rows.append((name, src, dsn(name, line, status, "failed"), expect(detail, klass, reply)))
            if klass == 4:
                name = f"dsn {status} {basic} neutral delayed"
                rows.append((name, src, dsn(name, f"{basic} {status} {neutral}", status, "delayed"),
                             expect(detail, klass, basic, delayed=True)))
                layout, build, layout_src = DELAYS[turn % len(DELAYS)]
                name = f"{layout} {status} {basic} {lang}"
                rows.append((name, _source(detail, layout_src), build(name, f"{basic} {status} {foreign}", status),
                             [(DELAY_LEAD, *expect(detail, klass, basic, delayed=True)[0][1:])]))
            else:
                name = f"exim-dsn {status} {basic} {lang}"
                rows.append((name, _source(detail, EXIM_DSN), exim_dsn(name, f"{basic} {status} {foreign}"),
                             expect(detail, klass, basic)))
            layout, build, layout_src = PLAIN[turn % len(PLAIN)]
            text = neutral if turn % 2 else foreign
            name = f"{layout} {status} {basic} {'neutral' if turn % 2 else lang}"
            rows.append((name, _source(detail, layout_src), build(name, f"{basic} {status} {text}"),
                         expect(detail, klass, basic, queue_ran_out=layout == "qmail")))
    return rows
