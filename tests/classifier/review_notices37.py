"""The thirty-seventh review's whole notices: the classifier's FALLBACK for wordings no table knows,
what most held-out real mail exercises. The issue's principle: a permanent failure whose wording
says the recipient does not exist, in any language, is userunknown and hard; an unknown wording
with a permanent status is decided by the status subject (X.1 address, X.2 mailbox, X.3 system,
X.4 routing, X.7 policy) and the reply code; onhold is kept for what truly says nothing usable.

ROWS = the grid of review_notices37_grid.py (every registered enhanced status code, both classes,
three kinds of cause-less text, agreeing / disagreeing / absent reply codes, failed and delayed,
seven layouts) + EDGES below: X.0.0 under each basic reply code, replies with no enhanced code,
codes the grid reads under another reply code than the registry's (550 5.2.2, 553 5.1.3, 554 5.3.4,
503 5.5.1, 555 5.5.4), delays of hard codes, and the recipient-does-not-exist sentence in six
languages under a vague or a policy status; generic refusals ("Recipient rejected", RFC 5321's
"mailbox unavailable") under 17 statuses; six more languages (it, pt, nl, pl, ko, tr).
Expectations: taxonomy §2, §4, §6, §7 and RFC 5321 / RFC 7504's reply code meanings, written before
the classifier ran; "(call: ...)" marks where the taxonomy is silent. All HAND-MADE; test_review_notices37.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices37_grid import ANY, EX, FAMILY, HU, IANA, LEAD, NA, R, S, SX, UU, expect, \
    grid_rows
from tests.classifier.review_notices37_layouts import EXIM_PLAIN, POSTFIX_DSN, POSTFIX_PLAIN, QMAIL, dsn, \
    exim_plain, postfix_plain, qmail_notice

RFC5321 = "RFC 5321 §4.2.2-4.2.3 (the basic reply codes' meanings)"
RFC7504 = "RFC 7504 (521: host does not accept mail; 556: domain does not accept mail)"
ONHOLD = ("onhold",)
NOTHING = ("onhold", "undefined")


def _soft(reasons=(), scope=ANY, delay=False):
    return [(LEAD, False, reasons, scope, delay)]


def _hard(reasons):
    return [(LEAD, True, reasons, R, False)]


def _d(name, reply, status, expected, why, action="failed"):
    return (name, f"{why}; layout: {POSTFIX_DSN}", dsn(name, reply, status, action), expected)


_X0 = f"{IANA}: X.0.0 'Other undefined Status' (RFC 3463); {RFC5321}"
X00 = [
    _d("x00 550 neutral", "550 5.0.0 Message rejected", "5.0.0", _soft(ONHOLD),
       _X0 + " (call: 550 covers a missing mailbox and a policy refusal alike: nothing usable, onhold)"),
    _d("x00 554 neutral", "554 5.0.0 Rejected by server", "5.0.0", _soft(ONHOLD), _X0 + " (554 'Transaction failed')"),
    _d("x00 550 code only", "550 5.0.0", "5.0.0", _soft(NOTHING), _X0),
    _d("x00 empty diagnostic", "", "5.0.0", _soft(NOTHING), _X0 + " (a Status and nothing else)"),
    _d("x00 550 ja", "550 5.0.0 メッセージを配信できませんでした。", "5.0.0", _soft(ONHOLD), _X0),
    _d("x00 550 ru", "550 5.0.0 Сообщение не может быть доставлено.", "5.0.0", _soft(ONHOLD), _X0),
    _d("x00 553 neutral", "553 5.0.0 Message rejected", "5.0.0", _soft(("rejected", "onhold")),
       _X0 + " (553 'mailbox name not allowed'; taxonomy lists 553 under rejected) (call: rejected or onhold, soft)"),
    _d("x00 552 neutral", "552 5.0.0 Message rejected", "5.0.0",
       _soft(("mesgtoobig", "mailboxfull", "exceedlimit", "onhold")),
       _X0 + " (552 'exceeded storage allocation'; taxonomy lists 552 under mesgtoobig) (call: soft)"),
    _d("x00 521 neutral", "521 5.0.0 Rejected by server", "5.0.0", _hard(NA),
       _X0 + "; " + RFC7504 + "; taxonomy: notaccept lists 521, hard when permanent"),
    _d("x00 556 neutral", "556 5.0.0 Rejected by server", "5.0.0", _hard(NA),
       _X0 + "; " + RFC7504 + "; taxonomy: notaccept lists 556, hard when permanent"),
    _d("x00 501 neutral", "501 5.0.0 Message rejected", "5.0.0", _soft(SX, R),
       _X0 + " (501 'Syntax error in parameters or arguments'; taxonomy: syntaxerror lists 501)"),
    _d("x00 500 neutral", "500 5.0.0 Rejected by server", "5.0.0", _soft(SX, R),
       _X0 + " (500 'Syntax error, command unrecognized')"),
    _d("x00 451 failed", "451 4.0.0 Message rejected", "4.0.0", _soft(ONHOLD + EX),
       _X0 + " (call: given up on a temporary failure that named nothing: onhold or expired, soft)"),
    _d("x00 421 failed", "421 4.0.0 Rejected by server", "4.0.0", _soft(ONHOLD + EX + ("networkerror",)),
       _X0 + " (421 'Service not available, closing transmission channel') (call: soft)"),
    _d("x00 452 failed", "452 4.0.0 Message rejected", "4.0.0",
       _soft(ONHOLD + EX + ("systemfull", "mailboxfull")), _X0 + " (452 'insufficient system storage') (call: soft)"),
    _d("x00 451 delayed", "451 4.0.0 Message rejected", "4.0.0", _soft(ONHOLD + EX, ANY, True), _X0, "delayed"),
    _d("x00 4.0.0 failed no reply", "4.0.0 Transaction KX-4471 could not be completed (ref 7F2A9C)", "4.0.0",
       _soft(ONHOLD + EX), _X0 + "; taxonomy §4: Gmail writes 4.0.0 with Action: failed"),
    ("x00 postfix-plain 550", f"{_X0}; layout: {POSTFIX_PLAIN}",
     postfix_plain("x00-pf", "550 5.0.0 Message rejected"), _soft(ONHOLD)),
    ("x00 exim-plain 554", f"{_X0}; layout: {EXIM_PLAIN}", exim_plain("x00-ex", "554 5.0.0 Rejected by server"),
     _soft(ONHOLD)),
    ("x00 qmail 550", f"{_X0}; layout: {QMAIL}", qmail_notice("x00-qm", "550 5.0.0 Die Nachricht wurde abgelehnt."),
     _soft(ONHOLD)),
]

_BARE = f"{RFC5321}: a reply with no enhanced status code and no cause"
NO_ENHANCED = [
    _d("bare 550 dsn", "550 Message rejected", "5.0.0", _soft(ONHOLD), _BARE),
    ("bare 554 exim-plain", f"{_BARE}; layout: {EXIM_PLAIN}", exim_plain("bare-ex", "554 Rejected by server"),
     _soft(ONHOLD)),
    ("bare 550 qmail", f"{_BARE}; layout: {QMAIL}", qmail_notice("bare-qm", "550 Le message a été refusé."),
     _soft(ONHOLD)),
    ("bare 550 postfix-plain", f"{_BARE}; layout: {POSTFIX_PLAIN}",
     postfix_plain("bare-pf", "550 Transaction KX-4471 could not be completed"), _soft(ONHOLD)),
    ("bare 556 postfix-plain", f"{_BARE}; {RFC7504}; layout: {POSTFIX_PLAIN}",
     postfix_plain("bare-556", "556 Rejected by server"), _hard(NA)),
    ("bare 501 exim-plain", f"{_BARE}; 501 syntax error in arguments; layout: {EXIM_PLAIN}",
     exim_plain("bare-501", "501 Message rejected"), _soft(SX, R)),
    ("bare 552 qmail", f"{_BARE}; 552 exceeded storage allocation (call: soft); layout: {QMAIL}",
     qmail_notice("bare-552", "552 Message rejected"), _soft(("mesgtoobig", "mailboxfull", "exceedlimit", "onhold"))),
    _d("bare 451 dsn failed", "451 Message rejected", "4.0.0", _soft(ONHOLD + EX), _BARE),
]

_OTHER = f"{IANA} and {RFC5321}: the status under a basic reply code of the same class but not the registry's own"
OTHER_REPLY = [
    _d("550 5.2.2 neutral", "550 5.2.2 Message rejected", "5.2.2", _soft(("mailboxfull",), R),
       _OTHER + "; taxonomy: mailboxfull is soft whatever the 5xx (a false hard otherwise)"),
    _d("550 5.2.2 de", "550 5.2.2 Die Nachricht konnte nicht zugestellt werden.", "5.2.2",
       _soft(("mailboxfull",), R), _OTHER),
    _d("554 5.7.1 neutral", "554 5.7.1 Rejected by server", "5.7.1",
       _soft(("securityerror", "blocked", "policyviolation")), _OTHER + "; taxonomy §4: 5xx policy blocks are soft"),
    _d("550 5.2.1 neutral", "550 5.2.1 Rejected by server", "5.2.1", _soft(("filtered", "suspend"), R), _OTHER),
    _d("550 5.1.10 neutral", "550 5.1.10 Message rejected", "5.1.10", _hard(NA), _OTHER + "; RFC 7505 null MX"),
    _d("553 5.1.3 neutral", "553 5.1.3 Message rejected", "5.1.3", _hard(UU),
       _OTHER + "; taxonomy: userunknown lists 5.1.3 (553 'mailbox name not allowed' agrees)"),
    _d("554 5.3.4 neutral", "554 5.3.4 Rejected by server", "5.3.4", _soft(("mesgtoobig",), R), _OTHER),
    _d("503 5.5.1 neutral", "503 5.5.1 Rejected by server", "5.5.1", _soft(SX, R),
       _OTHER + " (503 'Bad sequence of commands')"),
    _d("555 5.5.4 neutral", "555 5.5.4 Message rejected", "5.5.4", _soft(SX, R),
       _OTHER + " (555 'MAIL FROM/RCPT TO parameters not recognized')"),
    _d("554 5.6.0 zh", "554 5.6.0 邮件无法投递。", "5.6.0", _soft(("contenterror",), R), _OTHER),
    _d("550 5.4.4 es", "550 5.4.4 No se pudo entregar el mensaje.", "5.4.4", _hard(HU),
       _OTHER + "; taxonomy: hostunknown lists 5.4.4"),
    _d("550 5.7.26 fr", "550 5.7.26 Le message n'a pas pu être remis.", "5.7.26", _soft(("authfailure",), S),
       _OTHER + "; RFC 7372 multiple authentication checks failed"),
    _d("550 5.1.6 ru", "550 5.1.6 Сообщение не может быть доставлено.", "5.1.6", _hard(("hasmoved",)), _OTHER),
    # A hard code in a delay notice: the delay decides (taxonomy §4); nobody is unenrolled yet.
    _d("550 5.1.1 delayed", "550 5.1.1 Message rejected", "5.1.1", _soft((), ANY, True),
       _OTHER + "; taxonomy §4: a delay notice is not a final bounce", "delayed"),
    # (call: a reply code and a status that disagree; the words decide: a missing user given up is hard
    # whatever the class, as the team reads "450 4.1.1 ... User unknown" after the queue lifetime.)
    _d("451 5.1.1 user unknown failed", "451 5.1.1 <lead@example.org>: Recipient address rejected: User unknown",
       "5.1.1", _hard(UU), _OTHER + "; the words say the recipient does not exist"),
    _d("451 5.1.1 ru failed", "451 5.1.1 Получатель не существует.", "5.1.1", _hard(UU), _OTHER),
    _d("452 5.1.1 neutral failed", "452 5.1.1 Message rejected", "5.1.1", _soft(), _OTHER + " (nothing but codes "
       "that disagree: soft)"),
    _d("556 5.1.10 delayed", "556 5.1.10 Message rejected", "5.1.10", _soft((), ANY, True),
       _OTHER + "; taxonomy §4", "delayed"),
]

# The recipient does not exist, said in six languages, under a vague status and a policy one
# (issue 13: "in any language ... is userunknown and hard"; Yandex's '5.7.1 No such user!').
GONE = (("de", "Der Empfänger existiert nicht."), ("fr", "Le destinataire n'existe pas."),
        ("es", "El destinatario no existe."), ("ja", "宛先のユーザーは存在しません。"),
        ("ru", "Получатель не существует."), ("zh", "收件人不存在。"))
_GONE = "the issue's principle (a permanent failure whose wording says the recipient does not exist, any language)"
NO_SUCH = [
    _d(f"gone {status} {lang}", f"550 {status} {text}", status, _hard(UU), f"{_GONE}; {IANA}: {status}")
    for status in ("5.0.0", "5.7.1") for lang, text in GONE
] + [_d(f"gone 4.0.0 delayed {lang}", f"450 4.0.0 {text}", "4.0.0", _soft((), ANY, True),
        f"{_GONE}; a delay is never final (taxonomy §4)", "delayed") for lang, text in GONE[:2]]

_PLAIN = ((POSTFIX_PLAIN, postfix_plain), (EXIM_PLAIN, exim_plain), (QMAIL, qmail_notice))
NO_SUCH += [
    (f"gone plain {reply[:3]} {lang}", f"{_GONE}; layout: {_PLAIN[i % 3][0]}",
     _PLAIN[i % 3][1](f"gone-{reply[:3]}-{lang}", f"{reply} {text}"), _hard(UU))
    for reply in ("550", "554 5.7.1") for i, (lang, text) in enumerate(GONE)
]

# RFC 5321's own generic texts ("550 Requested action not taken: mailbox unavailable") and the common
# "Recipient rejected" name no cause: under a status that names one, the status speaks (taxonomy §2:
# wording overrides the code only where it says something); at RCPT too, where the same words alone
# are the team's "no such user" (a status of another subject, or a temporary one, must not read hard).
GENERIC = ("Recipient rejected", "Requested action not taken: mailbox unavailable")
_GEN = f"{RFC5321} (550's text) and {IANA}"
GENERIC_ROWS = []
for i, status in enumerate(("5.1.1", "5.1.2", "5.1.4", "5.1.7", "5.1.9", "5.1.10", "5.2.0", "5.2.1", "5.2.2",
                            "5.3.0", "5.4.1", "5.7.1", "4.1.0", "4.1.1", "4.2.1", "4.2.2", "4.7.1")):
    klass, detail = int(status[0]), status[2:]
    basic = FAMILY[detail][2 if klass == 5 else 3]
    for j, text in enumerate(GENERIC):
        reply = f"{basic} {status} {text}"
        GENERIC_ROWS.append(_d(f"generic dsn {status} {j}", reply, status, expect(detail, klass, basic),
                               f"{_GEN}: X.{detail} {FAMILY[detail][0]!r}"))
        src, build = _PLAIN[(i + j) % 3]
        GENERIC_ROWS.append((f"generic plain {status} {j}", f"{_GEN}: X.{detail} {FAMILY[detail][0]!r}; layout: {src}",
                             build(f"generic-{status}-{j}", reply),
                             expect(detail, klass, basic, queue_ran_out=build is qmail_notice)))

# Six more languages, cause-less, under the statuses the issue names (its, pt, nl, pl, ko, tr).
MORE = (("it", "Il messaggio non può essere consegnato."), ("pt", "Não foi possível entregar a mensagem."),
        ("nl", "Het bericht kon niet worden afgeleverd."), ("pl", "Nie można dostarczyć wiadomości."),
        ("ko", "메시지를 전달할 수 없습니다."), ("tr", "İleti teslim edilemedi."))
MORE_ROWS = [
    _d(f"more {status} {lang}", f"{FAMILY[status[2:]][2 if status[0] == '5' else 3]} {status} {text}", status,
       expect(status[2:], int(status[0]), FAMILY[status[2:]][2 if status[0] == "5" else 3]), f"{IANA}: X.{status[2:]}")
    for status in ("5.1.1", "5.2.2", "5.7.1", "5.4.4", "4.2.2", "5.3.4") for lang, text in MORE
]

ROWS = grid_rows() + X00 + NO_ENHANCED + OTHER_REPLY + NO_SUCH + GENERIC_ROWS + MORE_ROWS
