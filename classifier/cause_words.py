"""New cause words for the reasons' phrase families, found by review novel38 (tests/classifier/review_novel38.py):
paraphrases a server author or an admin writes for a cause the tables already know under other words (Postfix
access(5) "REJECT <text>", Exim ":fail: <text>" and "deny message", a policy service's own reply). Each pattern is
the FAMILY the cause belongs to (a rate said as "faster than we accept", a reputation as a "sending history", SPF as
"hosts your domain publishes as permitted senders", DKIM as a "signature" that "does not verify"), not the sentence
the review wrote; each has a second paraphrase as a control row there. Data merged into `classifier.phrases`
(PATTERNS) beside the other tables; matched against the lowercase, whitespace-collapsed diagnostic."""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.guard import Guarded
from classifier.records import Reason
from classifier.soft_wordings import NOT_BESIDE_NO_USER

R = Reason
_IN = r"[^.;!?\n|]"  # within one sentence
# A mailbox's words: "too many messages in the mailbox" is its count limit, not our rate (store_wordings).
# Nor for one recipient, named after the words ("Trop de messages pour ce destinataire", "Zu viele Nachrichten für
# diesen Empfänger": its receiving rate, Gmail's 4.2.1 in other words; audit 39's wrong scopes).
_NOT_A_BOX = (r"(?!" + _IN + r"{0,30}?(?:mailbox|casella|buz(?:ó|o)n|bo(?:î|i)te|postfach|postbus|ящик|caixa|"
              r"skrzynk|brevl(?:å|a)d|(?:ce|cet|le|diesen|den|einen|este|el|questo|il|deze|de|tego|этого) "
              r"(?:destinataire|empf(?:ä|a)nger|destinatari[oa]|ontvanger|odbiorcy|получателя)\b))")

# A web form or portal as the only way in: the address takes no mail (audit 43).
_FORM = r"(?:our|the|a|your) (?:web ?form|contact form|online form|web ?site|portal|support portal)\b"

PATTERNS: Mapping[Reason, tuple[re.Pattern[str] | Guarded, ...]] = {
    R.SPEEDING: (
        # Our rate said as a comparison: "delivering faster than we accept", "sending more quickly than this server
        # allows".
        re.compile(r"\b(?:send|sending|sent|deliver|delivering|submitting|submit)\b" + _IN + r"{0,30}?"
                   r"(?:faster|more quickly|more rapidly) than (?:we|this (?:server|host|system)|our \w+) "
                   r"(?:accept|allow|permit|take|can take)"),
        # "Too many messages" (phrases' SPEEDING) in the other languages; not a mailbox's count.
        # Nor the RECIPIENT's receiving rate ("Der Empfänger erhält zu viele Nachrichten", review 86): the recipient's
        # noun before it in its sentence.
        re.compile(r"(?:^|[.;!?|] ?)(?:(?!empf(?:ä|a)nger|destinat|ontvanger|odbiorc|получател|recipient)[^.;!?|])*?"
                   r"\b(?:troppi messaggi|demasiados (?:mensajes|correos)|trop de (?:messages|courriels|mails)|"
                   r"zu viele (?:nachrichten|e-?mails|mails)|te veel (?:berichten|e-?mails)|demasiadas mensagens|"
                   r"mensagens demais|zbyt wiele wiadomo(?:ś|s)ci|слишком много (?:писем|сообщений))" + _NOT_A_BOX),
    ),
    R.TOOMANYCONN: (
        # "Already holds as many open sessions as we permit", "more concurrent connections than we allow".
        re.compile(r"\b(?:as many|more) (?:open |concurrent |simultaneous |parallel )?(?:sessions|connections) "
                   r"(?:as|than) (?:we|this (?:server|host)|our \w+) (?:permit|allow|accept)"),
    ),
    R.BADREPUTATION: (
        # A reputation said as a sending history, standing or record that is poor or too low.
        re.compile(r"\b(?:sending|sender|mailing) (?:history|standing|track record|record)\b" + _IN
                   + r"{0,40}?\b(?:poor|bad|low|insufficient|negative|too low)\b"),
    ),
    R.BLOCKED: (
        # Our host "appears on a list of abusive sources we consult" (a DNSBL not named).
        re.compile(r"\b(?:appears|is (?:listed|found)|was (?:listed|found)|is) (?:on|in) (?:a|an|our|the|one of the) "
                   r"(?:\w+ ){0,2}(?:list|database|registry) of (?:known |abusive |bad |suspect |suspicious |"
                   r"compromised )*(?:sources|spammers|spam sources|hosts|ips|ip addresses|networks)\b"),
    ),
    R.AUTHFAILURE: (
        # SPF in plain words: "not among the hosts your domain publishes as permitted senders".
        re.compile(r"\bnot (?:among|one of|in the list of|listed (?:among|as)) (?:the )?(?:hosts|servers|ips|ip "
                   r"addresses|addresses|senders)\b" + _IN + r"{0,50}?\b(?:permitted|authori[sz]ed|allowed|designated) "
                   r"(?:senders|to send|sending)"),
        # DKIM in plain words: the message's (cryptographic / digital) signature does not verify.
        # Never beside a missing user ("Mailbox does not exist (note: the signature on your message does not
        # verify)": audit 40's false soft; as "may not relay").
        Guarded(re.compile(NOT_BESIDE_NO_USER + r"\b(?:cryptographic |digital |domain )?signature (?:on|of|in) (?:your|"
                           r"the|this) (?:message|mail|e-?mail)\b" + _IN + r"{0,30}?(?:does ?n[o']t|did ?n[o']t|failed "
                           r"to|could ?n[o']t be|cannot be) verif"), ("signature",)),
    ),
    R.SPAMDETECTED: (
        # Judged junk: "rated / scored / classified your message as junk".
        re.compile(r"\b(?:rated|scored|classified|judged|flagged|marked|considered|deemed|identified)\b" + _IN
                   + r"{0,40}?\bas (?:junk|bulk junk|likely junk)\b"),
    ),
    R.VIRUSDETECTED: (
        # Malware in plain words: "malicious code / software / payload".
        re.compile(r"\bmalicious (?:code|software|payload|executable|macro)s?\b"),
    ),
    R.NORELAYING: (
        # "We do not pass on / forward mail for domains we do not serve".
        re.compile(r"\b(?:do not|don't|will not|won't|cannot|can't) (?:pass on|forward|relay|route|deliver) "
                   r"(?:mail|e-?mail|messages) (?:for|to) (?:domains|hosts|destinations|addresses) (?:that )?"
                   r"(?:we|this (?:server|host)) (?:do not|don't|does not) (?:serve|host|handle)"),
        # "May not relay" (phrases know "not allowed to relay"): "unauthenticated senders may not relay". Never beside
        # a missing user ("User unknown in local recipient table; we may not relay for you": audit 39's false soft).
        Guarded(re.compile(NOT_BESIDE_NO_USER + r"(?:\b(?:may|must|can) ?not relay\b|\bmay not be relayed\b)"),
                ("not relay", "not be relayed")),
    ),
    R.POLICYVIOLATION: (
        # An acceptable-use policy's rules, which phrases know as "policy".
        re.compile(r"\bacceptable[- ]use (?:rules|policy|policies|terms|guidelines)\b"),
    ),
    R.NOTACCEPT: (
        # A domain or host that takes no mail: "this domain is send-only", "we do not receive mail here" (not "for
        # this domain": a relay refusal's words too, as mox's "not accepting email for domain"; the lead's merge).
        # Only where the words end the clause: "We do not receive mail here from outside hosts", "... without TLS"
        # restrict who may send (audit 39's false hards).
        # Nor where the clause after a comma or semicolon says why ("..., your IP is listed", "...; authenticate
        # first on port 587"), nor our host send-only ("your reply-to host is send-only"): audit 40's false hards.
        re.compile(r"(?<!your )(?<!reply-to )(?<!sender )(?<!sender's )(?<!sending )\b(?:domain|host|server|system)\b"
                   + _IN + r"{0,20}?\bis (?:a )?send[- ]only\b"
                   r"|\bwe (?:do not|don't|never) (?:receive|accept) (?:any )?(?:e-?mail|mail|messages) (?:here|at this "
                   r"(?:domain|host|address))\b(?=\s*(?:[.;:,!?|)]|$))(?!\s*[,;]" + _IN + r"{0,40}?\b(?:your|"
                   # ...but "you may have mistyped it", "from January write to ..." say the address is gone (audit 41b).
                   r"you(?! (?:may|might|must|could) have (?:mistyped|misspelled|used an old))|authenticat\w*|log ?in|"
                   # ...nor a restriction said as what still comes in or the way it must ("..., only replies to open
                   # tickets", "...; from 1 January send through mx2...": audit 42, false hards); not "used for sending
                   # only" (the domain sends and never receives: audit 39's and 40's notaccept).
                   # Audit 43: but "only through our web form" says no mail comes in at all (a false soft).
                   r"(?<!sending )(?<!send )(?<!outbound )(?<!outgoing )only(?! (?:at|to) \S+@| (?:through|via) "
                   + _FORM + r")|except|(?:through|via)(?! " + _FORM + r")|"
                   r"port \d+|tls|ssl|from(?! (?:now on|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\d))|without|unless|greylist\w*|listed|block\w*|"
                   r"blacklist\w*|spf|dkim|dmarc|reverse dns|ptr)\b)"),
    ),
    R.MAILBOXFULL: (
        # The storage used up, no mailbox's noun: "Recipient has used up all of their storage" (not "your": ours).
        re.compile(r"\b(?:has|have) used up (?:all )?(?:of )?(?:its|their|his|her|the) (?:storage|(?:disk |mailbox )?"
                   r"space|allotment|allocation)\b"),
    ),
}
