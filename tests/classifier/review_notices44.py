"""The forty-fourth review: an adversarial false-hard audit of the hard-side readings added since
88c16fc (the session's reviews 33-43): Tencent's "Bad address syntax" (remote/tencent.py), Exchange's
"reserved by RFC 2606" (mta_wordings.py), Exchange Online's "<user> wasn't found at <domain>"
(rule_wordings.py), the Hungarian "cím ... nem létezik" and Catalan "no hi ha cap bústia"
(lexicon_more.py), Zoho's "552 5.1.1 Mailbox delivery failure policy error" (left to its 5.1.1),
Google's "address couldn't be found" and "responded with code NXDOMAIN" (reporters/gmail.py),
InterScan's "Unable to deliver message to" (reporters/interscanmss.py), au's "User unknown"
(remote/kddi.py), and the status rules of review 37 (reasons.py, severity.py: 556, 5.7.27, 4.1.10,
a 5.x status under a 4xx reply). Each wording is put where the same words do NOT mean the
recipient's dead address, in the layouts review 32 used (review_notices32.py: Exim's sender
verification callout, as our relay and as Gmail's DSN quote it; Postfix's reject_unverified_sender
at 550 and 450; a refusal at MAIL FROM), in a delay notice (review 37's Postfix and Exim delay
layouts), quoted by a person in a reply, in an auto-reply, in a success report's returned original
and in the returned original's body under a soft failure; plus a control where the recipient
really is dead (hard). Expectations are the taxonomy's reading of the words, written before the
classifier ran. All HAND-MADE. test_review_notices44.py runs them; review_notices44_more.py holds
the single rows."""

from __future__ import annotations

from tests.classifier import review_notices37_layouts as l37
from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices2 import R, UNKNOWN
from tests.classifier.review_notices32 import CALLOUT, SELLER, SMTPD, SOFT, SOFT_DELAY, UNVERIFIED, _callout, _gmail, \
    _unverified
from tests.classifier.review_notices34_layouts import mail, responder
from tests.classifier.review_notices35_layouts import sm_remote
from tests.classifier.review_notices42_layouts import exim_after, qmail_remote
from tests.classifier.review_notices44_layouts import success, with_body

QQ = "mx3.qq.com"
ZOHO = "mx.zoho.com"
# (id, the recipient's reply as the server writes it (control), its status, the same words said of the
# seller's address (callout / verification / MAIL FROM), the hard reasons expected, the remote host, source)
PHRASES = [
    ("tencent-syntax", "550 Bad address syntax", "5.0.0", "Bad address syntax", UNKNOWN, QQ,
     "Sisimai 5 rhost/for-tencent.go 'Bad address syntax' (remote/tencent.py, review 40)"),
    ("rfc2606", "550 5.1.4 Recipient address reserved by RFC 2606", "5.1.4",
     "5.1.4 Recipient address reserved by RFC 2606", ("hostunknown",), "mx.example.org",
     "Sisimai 5 rhost/for-microsoft.go 'Recipient address reserved by RFC 2606' (mta_wordings.py, review 41)"),
    ("wasnt-found", "550 5.1.1 lead wasn't found at example.org.", "5.1.1",
     "5.1.1 seller wasn't found at example.com.", UNKNOWN, "mx.example.org",
     "Microsoft Learn NDR anatomy 'wasn't found at' (rule_wordings.py, review 43)"),
    ("hu-cim", "550 5.1.1 Az e-mail-cím, amelyre elküldte az üzenetet, nem létezik vagy nem található.", "5.1.1",
     "Az e-mail-cím nem létezik vagy nem található.", UNKNOWN, "mx.example.org",
     "Microsoft hu-hu 5.1.10 help 'Az e-mail-cím ... nem létezik' (lexicon_more.py, review 38)"),
    ("ca-bustia", "550 No hi ha cap bústia amb aquest nom", "5.0.0", "No hi ha cap bústia amb aquest nom", UNKNOWN,
     "mx.example.org", "riudoms.xarxa-omnia.org gloss of 550 User unknown (lexicon_more.py, review 38) (weak: a "
     "municipal help page)"),
    ("zoho-policy", f"552 5.1.1 <{LEAD}> Mailbox delivery failure policy error", "5.1.1",
     f"5.1.1 <{SELLER}> Mailbox delivery failure policy error", UNKNOWN, ZOHO,
     "Sisimai 5 rhost/for-zoho.go '552 5.1.1 <a> Mailbox delivery failure policy error' (mta_wordings.py, review 36)"),
    ("user-unknown-au", f"550 <{LEAD}>: User unknown", "5.0.0", f"<{SELLER}>: User unknown", UNKNOWN, "msmx.au.com",
     "Sisimai 5 rhost/for-kddi.go, au support page mail/01 (remote/kddi.py, review 42)"),
    ("null-mx-556", "556 5.1.10 Recipient address has null MX", "5.1.10",
     "5.1.10 Recipient address has null MX", ("notaccept",), "mx.example.org",
     "RFC 7504 556, RFC 7505 X.1.10 (reasons.py reply 556, review 37)"),
    ("host-no-mail-5727", "550 5.7.27 Host does not accept mail", "5.7.27", "5.7.27 Host does not accept mail",
     ("notaccept",), "mx.example.org", "RFC 7505 X.7.27; sendmail's 'Host does not accept mail' (reasons.py, review 37)"),
]

DELAYED = [(l37.DELAY_LEAD, False, (), "", True)]
WHO = f"Lead Person <{LEAD}>"


def _reply_body(reply: str) -> str:
    return ("Hi Sam,\n\nthanks for the quote. By the way, my colleague Bob left us; when I wrote to his old address\n"
            f"the server answered:\n\n> {reply}\n\nso please take him off your list and keep me on it.\n\nBest, Lee\n")


def _away_body(reply: str) -> str:
    return ("I am out of the office until 14 December with limited access to email.\n\n"
            f"Please note: our old domain is closed and mail to it now gets \"{reply}\". Use this address.\n")


def _original_body(reply: str) -> str:
    return (f"Hello Lee,\n\nyour colleague's old address bounced with \"{reply}\", so I am writing to you.\n\n"
            "Best regards,\nSam\n")


def _phrase_rows(pid, control, status, said, reasons, remote, source) -> list[tuple]:
    hard = [(LEAD, True, reasons, R, False)]
    code = control.split()[0]
    delay = ("451 4.3.0 " + control.split(" ", 2)[-1] if control.split()[1][:1].isdigit() else "451 " +
             control.split(" ", 1)[1]).replace(LEAD, l37.DELAY_LEAD)  # the delay layouts' own recipient
    return [
        (f"{pid}-control", f"{source}; the recipient's own server at RCPT",
         relayed(control, status=status, remote=remote), hard),
        (f"{pid}-exim-callout", f"{CALLOUT}; the words: {source}",
         relayed(_callout(said), status="5.0.0", remote=remote), SOFT),
        (f"{pid}-exim-callout-gmail", f"{CALLOUT}, as Gmail's DSN quotes it; the words: {source}",
         _gmail(_callout(said).replace("\n", " "), "5.0.0"), SOFT),
        (f"{pid}-unverified-550", f"{UNVERIFIED}; the words: {source}",
         relayed(_unverified(said, "550", "5.1.7"), status="5.1.7", remote=remote), SOFT),
        (f"{pid}-unverified-450", f"{UNVERIFIED}; the words: {source}",
         relayed(_unverified(said, "450", "4.1.7"), status="4.1.7", action="delayed", remote=remote), SOFT_DELAY),
        (f"{pid}-mail-from", f"{SMTPD}; the words: {source}",
         relayed(f"553 5.1.8 <{SELLER}>: Sender address rejected: {said}", status="5.1.8", command="MAIL",
                 remote=remote), SOFT),
        (f"{pid}-mail-from-bare", f"the words as the whole reply to MAIL FROM (RFC 5321 4.2: the reply answers "
         f"the command it follows); the words: {source}",
         relayed(f"{code} {said}", status=None, command="MAIL", remote=remote), SOFT),
        (f"{pid}-exim-after-mail", f"Exim transports/smtp.c 'SMTP error from remote mail server after MAIL "
         f"FROM:<s> SIZE=n:' (review 42's layout); the words: {source}",
         exim_after(f"r44-{pid}-exim", f"{code} {said}", f"MAIL FROM:<{SELLER}> SIZE=1514", LEAD), SOFT),
        (f"{pid}-qmail-sender", f"notqmail qmail-remote.c 'Connected to %s but sender was rejected.' (review 42's "
         f"layout); the words: {source}", qmail_remote(f"r44-{pid}-qmail", f"{code} {said}", "MAIL", LEAD), SOFT),
        (f"{pid}-sendmail-mail", f"sendmail's DSN transcript '>>> MAIL From:<s>' / '<<< reply' (review 35's layout); "
         f"the words: {source}", sm_remote(f"r44-{pid}-sm", f"{code} {said}", "5.0.0", "MAIL"), SOFT),
        (f"{pid}-postfix-delay", f"{l37.POSTFIX_DELAY}; the words under a 4xx code: {source}",
         l37.postfix_delay(f"r44 {pid} postfix delay", delay, "4.3.0"), DELAYED),
        (f"{pid}-exim-warning", f"{l37.EXIM_WARNING}; the words under a 4xx code: {source}",
         l37.exim_warning(f"r44 {pid} exim warning", delay, "4.3.0"), DELAYED),
        (f"{pid}-person-reply", f"a person's reply quoting another address's bounce (RFC 5322 reply, HAND-MADE); "
         f"the words: {source}", mail(WHO, "Re: Quote for Q3", _reply_body(control)), []),
        (f"{pid}-auto-reply", f"Exchange's Automatic reply (review 34's layout) whose away text quotes the words; "
         f"the words: {source}", responder("exchange", WHO, "en", _away_body(control)), []),
        (f"{pid}-success-original", f"Postfix's success report (bounce_templates.c def_bounce_success_body) whose "
         f"returned original quotes the words; the words: {source}", success(_original_body(control)), []),
        (f"{pid}-full-original", f"Postfix's report of '452 4.2.2 Mailbox full' (mailboxfull, soft) whose returned "
         f"original quotes the words; the words: {source}",
         with_body(relayed("552 5.2.2 Mailbox full", status="5.2.2", remote=remote), _original_body(control)),
         [(LEAD, False, ("mailboxfull",), R, False)]),
    ]


ROWS = [row for p in PHRASES for row in _phrase_rows(*p)]
