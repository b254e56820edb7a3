"""Cheap signs, from headers alone, that a message is a delivery report at all."""

from __future__ import annotations

import re

from classifier import relayed_failures
from classifier.formats.failure_said import OTHER_FAILURE
from classifier.guard import tried
from classifier.lowercase_once import lower_once
from classifier.parse import ADDRESS, HEADER_PARTS, Mail

# "bounce-"/"bounces+" only in a local part (a VERP return address, "bounce-123@", "bounces+x@"),
# and root, sysadmin, postoffice, mailadmin, daemon only as a whole local part (daemon also after
# "smtp-"): a company called Bounce House (tom@bounce-house.example), a person surnamed Root
# (hannah.root@) or a band's the.daemon@ is no mail system.
DAEMON_FROM = re.compile(
    r"(?i)(?:mailer[-_ ]?daemon|post_?master|mail[-_ ]?delivery[-_ ]?(?:subsystem|system|service)?|"
    r"mail administrator|mail system|delivery[-_ ]?(?:status|notification|subsystem)|"
    r"mdaemon|bounces?@|bounces?[-+][^@\s<>\"]*@|returned mail|mail[-_.]?daemon|messagelabs|"
    r"microsoftexchange|mail delivery|nondeliver|no[-_]?reply@.{0,60}(?:amazonses|ses)|"
    r"(?<![\w.+])daemon@|(?<![\w.+-])(?:postoffice|mailadmin|sysadmin|root)@|"
    # Courier's DSN sender, '"Courier mail server at <host>" <@>' (courier config_dsnfrom's default): its address
    # names no daemon, so a notice that lost its report part had no sign left (review multi57: a Courier notice
    # kept as text only read as no bounce, its user unknown lost).
    r"\bcourier mail server at )"
)
BOUNCE_SUBJECT = re.compile(
    r"(?i)(?:undeliver|undelivered|not delivered|non[- ]?deliver|delivery (?:status notification|failure|"
    r"failed|notification|report|problem|has failed|incomplete)|returned mail|returned to sender|"
    r"mail delivery failed|failure notice|delivery fail|could not be delivered|couldn'?t be delivered|"
    r"mail system error|message (?:not delivered|delivery failed|undeliverable|blocked|rejected|"
    r"could not be delivered)|warning: could not send|delayed mail|delivery delayed|"
    r"unable to deliver|error sending|rejected|bounced?|failed mail|mail failure|"
    r"nondelivery|nicht zustellbar|unzustellbar|unzustellbare|non recapitabile|"
    r"no se pudo entregar|non remis|non distribu[ée]|échec de (?:la )?remise|"
    r"impossible de remettre|no entregado|não entregue|onbestelbaar|"
    # Japanese "error" only as a mail error (KDDI's "メールエラー通知", "配信エラー"): a person's
    # "見積書のエラーについて" (about an error in the quote) is no notice.
    r"配信不能|(?:配送|配信|送信|転送|メール)エラー|未配達|退信|系统退信|returned message)"
)
# An out-of-office or auto-reply Subject in several languages (formats/autoreply.py reads it;
# kept here so that the bounce signs can tell an auto-reply from a notice).
AUTO_REPLY_SUBJECT = re.compile(
    r"(?i)\b(?:auto(?:matic)?[ -]?(?:reply|response|respond|antwort)|out of (?:the )?office|"
    # "away from my mail": the Subject the vacation(1) program (vacation 3.3.3, Debian's `vacation`) writes
    # into the ~/.vacation.msg its set-up creates; its replies carry no Auto-Submitted and no In-Reply-To.
    r"away from (?:the|my) (?:office|mail)|on vacation|on holiday|abwesenheit|abwesend|"
    # French "absent(e) du bureau" / "absence du bureau" (Microsoft's French name of Outlook's
    # out-of-office feature, "Gestionnaire d'absence du bureau"; Zimbra's French preference
    # page "Absent du bureau"), never "absent" or "absence" alone: "Absence of records" or a
    # gateway's "Absent recipient" notice is no away message.
    r"absen(?:t|te|t\(e\)|ce) du bureau|r[ée]ponse automatique|respuesta autom[aá]tica|fuera de la oficina|"
    r"risposta automatica|fuori sede|resposta autom[aá]tica|automatisch antwoord|afwezig|"
    r"autosvar|automaattinen vastaus|自動応答|自動返信|不在|"
    # Outlook's "Automatic reply:" in German, Polish, Swedish, Russian and Chinese, which an
    # Exchange server writes with no Auto-Submitted field (its only other mark,
    # X-Auto-Response-Suppress, is a request that any mail may carry).
    r"automatische antwort|odpowied[zź] automatyczna|automatiskt svar|автоматический ответ|"
    r"автоответ|自动答复|自动回复)"
)
REPLY_PREFIX = re.compile(r"(?i)^\s*(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|antw)\s*(?:\[\d+\])?\s*:")


# Wording of a delivery failure, for notices whose sender and subject say nothing (KDDI/au's
# "Could not be delivered to: <addr>" from no-reply@, with Subject "Mail").
# Its words may be wrapped anywhere (a notice wrapped at 60 columns splits "could not be /
# delivered"): any run of blanks or one line break stands between them (`_GAP`).
_GAP = r"\s{1,4}"
# Also Gmail's "Your message wasn't delivered to ... because the address couldn't be found" (review 184).
_FAILURE_TEXT = re.compile(
    r"(?i)(?:could(?:_)?n[o']t_be_delivered|undeliverable|was(?:_not|n['’]t)_delivered|delivery_(?:has_)?failed|"
    r"failed_to_deliver|unable_to_deliver|permanent_(?:error|failure)|returned_to_sender)".replace("_", _GAP)
)


# A failure sentence that names the address it failed for: "Your message to a@b could not be
# delivered", "could not be delivered to: <a@b>". An away message names no failed address.
# (Up to 8 white space characters after "to:": a blank line between, in CRLF with each line padded by a
# space or a tab, as relays and Windows mail stores write it, is 7.)
_FAILED_FOR = re.compile(
    r"(?i)(?:message|mail|e-?mail)\s{1,4}(?:to|for)\s{1,4}[\"'<]?(" + ADDRESS.pattern + r")[\"'>]?\s{1,4}"
    + r"(?:could(?:_)?n[o']t_be_delivered|was(?:_)?n[o']t_delivered|was_undeliverable)|"
    r"(?:could(?:_)?n[o']t_be_delivered|was(?:_not|n['’]t)_delivered|undeliverable|failed_to_deliver|"
    r"unable_to_deliver)".replace("_", _GAP) +
    r"(?:\s{1,4}(?:your\s{1,4})?(?:message|mail))?\s{1,4}to:?\s{0,8}[\"'<]?(" + ADDRESS.pattern + r")")



def _names_failed_address(mail: Mail, notice: str) -> bool:
    """The notice says delivery to an address other than its own sender's failed."""
    sender = mail.from_
    for m in _FAILED_FOR.finditer(notice[:3000]):
        address = (m.group(1) or m.group(2)).lower()
        if address not in sender:
            return True
    return False


_AUTOMATIC = re.compile(r"(?i)\s*auto-(?:replied|generated)")
# A count of bounces in a Subject is a sending tool's report or digest about many messages
# ("Your email \"Q3 offer\" report: 4 bounces", "daily sequence summary: 3 bounced": Constant
# Contact's bounce report, the sales engagement tools' digests, review 73), no notice of one
# failed delivery; a daemon's notice and a multipart/report stay bounces whatever their Subject.
# Also a count before its noun ("12 emails bounced", "3 hard bounces", "1,204 bounced"), a count of
# undeliverable mail beside it ("3 bounced, 1 undeliverable"), "Bounces: 7", a "bounce report"
# (review 75). A notice that itself says delivery to an address failed keeps its Subject's sign
# (`_names_failed_address`): a mail router's or a host's "Notice: 1 bounced message" (review 75).
_TALLY = re.compile(
    r"(?i)\b\d[\d,.]*\s+(?:(?:hard|soft|e-?mails?|messages?|contacts?|recipients?|addresses)[\s-]+)?"
    r"(?:bounce(?:s|d)|undeliverable)\b|\bbounces?\s*:\s*\d|\bbounce (?:report|summary|digest)s?\b")
# A failure's reply code or enhanced status anywhere in a text (also read by formats/prose.py, broken.py).
# (guard.tried, speed only: the word boundaries behind the first digit, so the engine jumps between 4s and 5s.)
SMTP_CODE = tried(re.compile(r"\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b"))


# A receipt's verdict on the message sent (Outlook/Exchange read, non-read, delivery and message
# recall reports, which an Exchange system mailbox, "Microsoft Outlook <MicrosoftExchange...>",
# may send as plain text: "Your message To: a@b Subject: ... Sent: ... was read on ...", "was
# deleted without being read", "could not be recalled", "Delivery to these recipients or groups
# is complete"; support.microsoft.com "Recall or replace an email message that you sent", learn.
# microsoft.com "DSNs and NDRs in Exchange Server"): the message's fate, no delivery failure. A recall
# report's verdict also as Outlook names it, "Recall Success" / "Recall Failure" (OlTrackingStatus's
# olTrackingRecallSuccess / olTrackingRecallFailure), and Exchange Online's "Message Recall Report for
# message: <subject>" (learn.microsoft.com "Work with Cloud-based Message Recall"; review 74).
# A notice that also says delivery failed or quotes an SMTP reply stays a bounce.
_RECEIPT = re.compile(
    r"(?i)\b(?:was|has been) (?:read|recalled|deleted without being read)\b|\bcould(?: not|n't) be recalled\b|"
    r"\brecall (?:failed|succeeded|was successful|success|failure)\b|\bmessage recall report\b|"
    r"\b(?:has been|was) delivered to the following recipient(?:s|\(s\))|"
    r"\bdelivery to these recipients or groups is complete\b|"
    r"\bwurde (?:am [^\n]{0,30} )?(?:gelesen|ungelesen gel(?:ö|oe)scht|zur(?:ü|ue)ckgerufen)\b|"
    r"\bkonnte nicht zur(?:ü|ue)ckgerufen werden\b"
)


# Words one of _RECEIPT's verdicts holds, looked for first (cheaper than its case-blind search).
_RECEIPT_CUES = ("was read", "been read", "without being read", "recall", "delivered to the following",
                 "delivery to these recipients", "gelesen", "zurückgerufen", "zurueckgerufen")


def _is_receipt(notice: str) -> bool:
    """A read, delivery or recall report's verdict, and no failure's words or SMTP reply."""
    low = lower_once(notice)
    return any(c in low for c in _RECEIPT_CUES) and bool(_RECEIPT.search(notice)) \
        and not _FAILURE_TEXT.search(notice) and not SMTP_CODE.search(notice)


# The held mail and its Release action, also in the languages Microsoft 365 writes its quarantine
# notification in (Quarantäne / Freigeben, quarantaine / Libérer, cuarentena / Liberar, quarantena /
# Rilascia, quarentena / Liberar, quarantaine / Vrijgeven; review 57).
_HELD = ("quarantin", "quarantän", "quarantaen", "quarentena", "cuarentena", "quarantaine", "hold queue",
         "held for you")
_RELEASE = ("release", "freigeb", "libérer", "liberer", "liberar", "rilascia", "vrijgeven")


def _held_digest(mail: Mail, subject: str, notice: str) -> bool:
    """A mail gateway's digest of mail held FOR the reader (Microsoft 365's quarantine
    notification "Review These Messages", Proofpoint's End User Digest, Mimecast's hold queue,
    Barracuda's quarantine summary): a list of held messages with Release links, which may be
    NDRs or phishing dressed as NDRs themselves; it reports no failure of the reader's mail.
    Not a notice whose own opening says the reader's mail to an address failed ("Your message to
    a@b could not be delivered."): a gateway's failure notice from its noreply@ address, with a
    footer about its quarantine and how held mail is released (review 57); a digest opens with its
    heading, the held messages' words only in the list below it."""
    low = f"{subject}\n{notice}".lower()
    if not (any(w in low for w in _HELD) and any(w in low for w in _RELEASE)):
        return False
    paragraphs = [p for p in notice.strip().split("\n\n", 3) if p.strip()][:2]
    # The opening paragraph, past a greeting of its own ("Hello,", "Dear Seller,").
    greeting = len(paragraphs) > 1 and len(paragraphs[0]) < 40 and paragraphs[0].rstrip().endswith(",")
    return not (paragraphs and _names_failed_address(mail, paragraphs[1 if greeting else 0]))


def tells_failure(mail: Mail) -> bool:
    """Does the notice itself tell of a failed or delayed delivery: a mail system's sender with an
    SMTP reply or a failure's words, or a failure sentence naming the address it failed for?
    (formats/arf.py: a bounce quoting a feedback report's fields, the report it could not deliver,
    is no report; review 57.)"""
    notice = mail.notice[:4000]
    if DAEMON_FROM.search(mail.from_) and (SMTP_CODE.search(notice) or _FAILURE_TEXT.search(notice)):
        return True
    return _names_failed_address(mail, notice)


def looks_like_bounce(mail: Mail) -> bool:
    """A delivery failure announces itself: report type, failed-recipients header, daemon sender,
    or a bounce subject. A reply or forward (Re:, Fwd:) from a person never counts. (Asked by
    several formats: answered once per message.)"""
    found = mail.memo.get("looks_like_bounce")
    if found is None:
        found = mail.memo["looks_like_bounce"] = _looks_like_bounce(mail)
    return found  # type: ignore[return-value]


def auto_reply_marked(mail: Mail) -> bool:
    """An auto-responder's own mark (formats/autoreply.py reads it; here so that the bounce signs
    can tell an auto-reply from a notice): RFC 3834 "Auto-Submitted: auto-replied",
    X-Autoreply / X-Autorespond, "Precedence: auto_reply"."""
    return (
        mail.header("auto-submitted").lower().startswith("auto-replied")
        or bool("x-autoreply" in mail.names and mail.msg.get("x-autoreply")
                or "x-autorespond" in mail.names and mail.msg.get("x-autorespond"))
        # Every Precedence field: a Google Group puts its own "Precedence: list" above the
        # auto-responder's when it passes the reply on to its members.
        or any(str(v).strip().lower() == "auto_reply" for v in (mail.msg.get_all("precedence") or ())[:5])
        # Not X-Auto-Response-Suppress: MS-OXCMAIL 2.1.3.2.20 makes it the sender's request that
        # no auto-reply answer this message ("All", or "DR, NDR, RN, NRN, OOF, AutoReply"), which
        # newsletters, ticket systems and people's clients put on mail of every kind.
    )


# A ticket system's acknowledgement of a request (Freshdesk's "we have received your request and a
# ticket has been created", Zendesk's "Your request (48213) has been received", RT's "in response to
# the creation of a trouble ticket", Jira Service Management's "Your request SUP-1 ... has been
# received"): the opening of an automatic answer that may quote the request below it, whatever
# failure and reply code the request's writer pasted into it (review 181). Only ABOVE the failure's
# words: a notice service's failure followed by "a ticket has been created for our postmaster"
# stays a failure.
# Within one sentence: no line break and no period, but the period of an abbreviation a request's title holds, a
# company form or "regarding", and the line break a width put after it ("Your request (48235) for Partner Inc." / "has
# been received", "Ihre Anfrage (48242) bzgl. Angebot ist eingegangen": review 186's judged row and review 187's,
# orders@ of the NDR pasted below read a bounce). A list, not "a period before a word in lower case": that reads
# no German noun, nor a notice in capitals or title case (the whole grid's upper_notice and title_notice).
# (Review 188: and a request's number, title or date, "Your request No. 48250", "Ihre Anfrage Nr. 48251" / "vom
# 04.12.2026", "Votre demande réf. 48252", "Su solicitud núm. 48253", "for Partner S.A.", "for Dr. Weber", "about
# release 4.2": orders@ of the pasted NDR read a bounce. A period between digits, of initials, of those abbreviations;
# and a width's line break before a word in lower case, as _SENTENCE_END reads one: the whole grid's wrap_40_tab
# broke "about release 4.2" / "has been received", read a bounce.)
# (The blanks and line break after a period are taken whole, atomically: were they optional, the other alternatives
# could share them in two ways after every abbreviation, and "your request no. no. no. ..." with no "has been
# received" after it took 1.6 s for twenty of them, doubling with each: a forged mail's hang.)
# (Nor may an initial be read both as one followed by another and as one after another: in "a.b.c.d." each inner one
# is both, and "your request a.a.a..." doubled with each, 20 took 3 s in classify (benchmarks/redos_scan.py's prober).
# The second reading is left to the first wherever both hold: the same span, "x." and no blank, tried first.)
_GAP = (r"(?:[^\n.]|\b(?:inc|ltd|corp|co|llc|plc|pty|gmbh|bzgl|betr|ref|réf|no|nr|núm|num|dr|mr|mrs|ms|st)\.(?>[ \t]*\r?\n?)"
        r"|(?<=\d)\.(?=\d)|\b[^\W\d_]\.(?=[^\W\d_]\.)|(?<=\b[^\W\d_]\.)[^\W\d_]\.(?![^\W\d_]\.)(?>[ \t]*\r?\n?)"
        r"|\n(?=[ \t]*(?-i:[a-zß-ÿ])))")
_ACKNOWLEDGED = re.compile(
    r"(?i)\breceived your (?:support )?(?:request|ticket|enquiry|inquiry)\b|"
    r"\byour (?:support )?(?:request|ticket|case|enquiry|inquiry)\b" + _GAP + r"{0,80}"
    r"\bhas been (?:received|created|logged)\b|"
    # ServiceNow's "Incident INC0012345 has been opened on your behalf" (review 184).
    r"\b(?:a |new )?(?:support )?(?:ticket|case|incident)\b" + _GAP + r"{0,30}\bhas been (?:created|opened|logged)\b|"
    r"\bcreation of a (?:trouble )?ticket\b|"
    # Review 184: a case number given ("Your case number is 00001234", Salesforce's Email-to-Case auto-response), a
    # message or e-mail received AND answered later ("We've received your message and will get back to you", Help
    # Scout; "we've received your email and a member of our team will reply", HubSpot): "received your message" alone
    # may open a relay's failure ("We have received your message but it could not be delivered", review 181).
    r"\byour (?:case|ticket|request|incident) (?:number|id|reference)(?: is|:)|"
    r"\breceived your (?:message|e-?mail)\b" + _GAP + r"{0,40}\band (?:will|we will|we'll|a member|our|one of|appreciate)\b|"
    # The help desks' shipped translations (Freshdesk German "dass wir Ihre Anfrage erhalten haben und ein Ticket
    # erstellt wurde", Zendesk French "Votre demande (48213) a été reçue", Spanish "Su solicitud (48213) ha sido
    # recibida"; review 184, weak sources).
    r"\bihre anfrage\b" + _GAP + r"{0,60}\berhalten\b|\bticket\b" + _GAP + r"{0,40}\b(?:erstellt|angelegt|er(?:ö|oe)ffnet)\b|"
    r"\bvotre (?:demande|requête|ticket)\b" + _GAP + r"{0,60}\ba été (?:reçue?|créée?|enregistrée?)|\breçu votre demande\b|"
    r"\b(?:su|tu) (?:solicitud|petición|caso|ticket)\b" + _GAP + r"{0,60}\bha sido (?:recibid[oa]|cread[oa]|registrad[oa])\b|"
    r"\bhemos recibido (?:su|tu) (?:solicitud|petición|mensaje|correo)\b|"
    # Zendesk's Italian and Dutch ("La tua richiesta (48218) è stata ricevuta", "Uw aanvraag (48219) is ontvangen").
    r"\b(?:la tua|la sua|la vostra) richiesta\b" + _GAP + r"{0,60}\bè stata (?:ricevuta|creata|registrata)\b|"
    r"\b(?:uw|je) (?:aanvraag|verzoek|ticket)\b" + _GAP + r"{0,60}\bis (?:ontvangen|aangemaakt|geregistreerd)\b|"
    # Review 186: Zendesk's German "Ihre Anfrage (48230) ist eingegangen" (its help centre's "Eingang der Anfrage"), and
    # its Portuguese, Polish and Swedish request-received texts (weak: "Sua solicitação (...) foi recebida", "Twoje
    # zgłoszenie (...) zostało przyjęte", "Din förfrågan (...) har tagits emot"), each read a bounce for the address
    # in the NDR the seller pasted into the request.
    r"\bihre anfrage\b" + _GAP + r"{0,60}\bist eingegangen\b|"
    r"\b(?:sua|seu|tua|teu) (?:solicita(?:ção|cao)|pedido|chamado|ticket)\b" + _GAP + r"{0,60}\bfoi (?:recebid[oa]|criad[oa]|"
    r"registrad[oa]|abert[oa])\b|\b(?:twoje|pana|pani|państwa) zgłoszenie\b" + _GAP + r"{0,60}\bzostało (?:przyjęte|odebrane|"
    r"utworzone|zarejestrowane)\b|\b(?:din|er) (?:förfrågan|begäran)\b" + _GAP + r"{0,60}\bhar (?:tagits emot|mottagits|"
    r"skapats|registrerats)\b|\bditt ärende\b" + _GAP + r"{0,60}\bhar (?:tagits emot|mottagits|skapats|registrerats)\b")
# The end of a sentence: the acknowledgement must close before the failure's words begin (review 184: "We received
# your request to deliver a message to kim@..., but it could not be delivered" is a relay's failure). A line break
# ends one unless a width broke the sentence there: after a comma, or before a word in lower case (the whole grid's
# wrap_40_tab on review 184's row, "We received your request to deliver" / "a message to kim@...", read acknowledged).
_SENTENCE_END = re.compile(r"[.!?](?=\s)|(?<![,;])\n(?![ \t]*[a-zß-ÿ])")
_ACK_CUES = ("request", "ticket", "case", "enquiry", "inquiry", "incident", "received your", "anfrage", "demande",
             "solicitud", "petición", "hemos recibido", "richiesta", "aanvraag", "verzoek", "solicitação", "solicitacao",
             "pedido", "chamado", "zgłoszenie", "förfrågan", "begäran", "ärende")


# A quoted Subject line (an NDR's "Subject: Re: Your request SUP-4471 has been received" above its list, Exchange
# 2003's): the title of the message, not the notice's own words (review 184).
_QUOTED_SUBJECT = re.compile(r"(?im)^[ \t>]*(?:subject|betreff|objet|asunto|oggetto|onderwerp)[ \t]*:.*$")


def _acknowledged(opening: str) -> bool:
    """Does `opening`, the notice's text before the failure's words and their first character (whether that word is in
    lower case tells a width's line break from a sentence's end), acknowledge a request in a sentence of its own?"""
    opening = _QUOTED_SUBJECT.sub("", opening) if ":" in opening else opening
    low = opening.lower()
    return any(w in low for w in _ACK_CUES) \
        and any(_SENTENCE_END.search(opening, m.end()) for m in _ACKNOWLEDGED.finditer(opening))


_PREFIX = re.compile(r"^\s*([^:\uff1a\n]{1,40})[:\uff1a]")


def _answered_subject(subject: str) -> bool:
    """An auto-reply's Subject: its prefix ("Automatic reply:", "Réponse automatique :", "自動応答:",
    Exchange 2003's "Out of Office AutoReply:", a user's "Abwesenheitsnotiz:") and then the subject
    of the message it answers, which may hold any word ("Undelivered parcels cost you 3%", a
    seller's own)."""
    m = _PREFIX.match(subject)
    return m is not None and AUTO_REPLY_SUBJECT.search(m.group(1)) is not None


def _bounce_subject(mail: Mail, subject: str, notice: str) -> bool:
    """A bounce's Subject: one of BOUNCE_SUBJECT's words beside any count of bounces (`_TALLY`), or
    only in a count when the notice itself names the address delivery failed for."""
    if BOUNCE_SUBJECT.search(subject) is None:
        return False
    untallied = _TALLY.sub("", subject)
    return untallied == subject or BOUNCE_SUBJECT.search(untallied) is not None \
        or _names_failed_address(mail, notice)


# A Mailman list's own address: "<list>-bounces@", "-owner@", "-request@" (Mailman 3's
# mailman/interfaces/mailinglist.py bounces_address / owner_address / request_address).
_LIST_OWN_FROM = re.compile(r"(?i)-(?:bounces|owner|request)(?:\+[^@\s<>]*)?@")


def _list_manager_notice(mail: Mail) -> bool:
    """Mailman's notice to a poster about its post ('Request to mailing list "X" rejected', "Your
    message to X awaits moderator approval": mailman/app/moderator.py send_rejection, chains/hold.py),
    sent from the list's -bounces@ address with its X-Mailman-Version and List-Id: the list's
    decision on a post, not a failed delivery (the list address exists; the poster's is fine). Not
    a DSN (multipart/report) or a message naming X-Failed-Recipients: those are read before this."""
    return bool("x-mailman-version" in mail.names and mail.msg.get("x-mailman-version") and mail.msg.get("list-id")
                and _LIST_OWN_FROM.search(mail.from_))


def _looks_like_bounce(mail: Mail) -> bool:
    if mail.content_type == "multipart/report":
        return True
    if "x-failed-recipients" in mail.names and mail.msg.get("x-failed-recipients"):
        return True
    subject = mail.subject
    daemon = bool(DAEMON_FROM.search(mail.from_)) and not _list_manager_notice(mail)
    if REPLY_PREFIX.match(subject):
        return daemon
    notice = mail.notice[:4000]
    # Under an auto-reply's prefix the rest of the Subject is the answered message's, no sign.
    answered = _answered_subject(subject)
    # A mailing list's or newsletter's post (RFC 2369 List-Unsubscribe, RFC 2919 List-Id) from
    # no mail system's address: its Subject is an author's ("Why your mail bounced: user unknown
    # vs mailbox full"), no sign; a list server passing on a daemon's notice keeps its From.
    names = mail.names  # (an absent field answered without a call: most notices have neither)
    listed = bool("list-unsubscribe" in names and mail.msg.get("list-unsubscribe")
                  or "list-id" in names and mail.msg.get("list-id"))
    # A message an auto-responder marked as its reply (a user's "<answered subject> [Out of
    # Office]", cPanel's "%subject% - away") has a bounce's Subject only with a failure's words
    # in its text too (an ISP's notice sent through its autoresponder path says "could not be
    # delivered").
    subject_sign = (not answered and not listed and _bounce_subject(mail, subject, notice)
                    and (not auto_reply_marked(mail) or _FAILURE_TEXT.search(notice) is not None))
    if daemon or subject_sign:
        return not _is_receipt(notice)
    # A machine's mark: RFC 3834's Auto-Submitted (auto-generated too) or any mark an auto-responder
    # writes (auto_reply_marked: X-Autoreply, X-Autorespond, Precedence: auto_reply; one home with
    # formats/autoreply.py, which would otherwise read a notice carrying only X-Autorespond or
    # "Precedence: auto_reply" as the notice service's own auto-reply; review 181).
    # Not "Precedence: bulk / junk": newsletters write it with or without list fields, and quote
    # example bounces ("Your message to jane@example.com could not be delivered. 550 5.1.1").
    automatic = bool(_AUTOMATIC.match(mail.header("auto-submitted"))) or auto_reply_marked(mail)
    # A gateway's digest is automatic too; the guard stays off the daemon path above, where a
    # remote's reply may name a quarantine and a release ("550 5.7.1 Message quarantined by
    # policy; ask the administrator to release it").
    if automatic and not _held_digest(mail, subject, notice):
        # Some MTAs mark their bounces as auto-replies (Exchange, Sieve, webmail providers):
        # a machine's notice that says delivery failed, with an SMTP code, is a bounce. Under
        # an auto-reply's Subject ("Automatic reply: ...") the failure must name the address it
        # failed for: an away text may quote a reply code about the mailbox itself ("after 31
        # January mail to this address is undeliverable (550 5.1.1 user unknown)").
        notice = relayed_failures.width_joined(notice)  # (its sentences whole, however a gateway's width broke them)
        # (and only above a quote of an earlier message: a failure below "You wrote:", "-----Original Message-----" or
        # "> " lines is the quoted mail's, review 188; a relayed NDR writes its failure above what it returns)
        notice = notice[:relayed_failures.quote_start(notice)]
        # (under an auto-reply's Subject also in the other languages' words, a router relaying a site's translated
        # Postfix template, "Leider konnte Ihre Nachricht nicht ... zugestellt werden": review 186, kim lost; the rule
        # below still needs a reply naming another address)
        failure = _FAILURE_TEXT.search(notice) or (OTHER_FAILURE.search(notice) if answered else None)
        if failure and not _acknowledged(notice[:failure.start() + 1]) \
                and ((SMTP_CODE.search(notice) and not answered) or _names_failed_address(mail, notice)
                     or (answered and relayed_failures.reply_names_other(mail, notice))
                     or (answered and failure.re is OTHER_FAILURE
                         and relayed_failures.sentence_names_other(mail, notice, failure))):
            return True
        listed = relayed_failures.lists_failed_other(mail, notice) if answered else None
        if listed is not None and not _acknowledged(notice[:listed + 1]):
            return True
    # The returned message attached, and a notice that says it failed.
    attached = any(p.content_type in ("message/rfc822", *HEADER_PARTS) for p in mail.parts)
    if not attached or not _FAILURE_TEXT.search(notice):
        return False
    # Unless the message is an auto-reply (its RFC 3834 or X-Autoreply mark, or an out-of-office
    # Subject), which may attach the message it answers and say in its away text that mail to
    # the person "is undeliverable": that needed an SMTP reply or a failed address, above.
    return not (automatic or AUTO_REPLY_SUBJECT.search(subject))
