"""The fifty-ninth review: a second, independent adversarial audit of classifier/ours.py (a reply that
names our address or domain and nothing of the prospect's turns a recipient-state reading into
`rejected`, scope sender). Review 58 tried log fields, "sent by", envelope senders, free-mail hosts,
nested domains, IDNA and batches; this one tries what it did not. Part one, the worst error, a FALSE
SOFT: our address named as the sender in words the rule did not know ("message from <us>", and the
word for the sender in German, French, Spanish, Italian, Portuguese, Dutch, Russian, Japanese, the
languages of classifier/lexicon), a moved mailbox naming where it went (our domain: the prospect
joined us), and one notice for two prospects. Part two (review_notices59_more.py): the second
worst, a FALSE HARD, our relayhost named by sendmail's and qmail's DNS errors (not only Postfix's
"name="); refusals of us that must stay soft; controls; and what a forged notice can do.

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written
from the words and shared/classifier/taxonomy.md (sections 2, 4, 7) BEFORE the classifier ran. All
notices HAND-MADE after the cited layout; where the words placed around a server's reply are this
review's own, the source says so. test_review_notices59.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, relayed
from tests.classifier.review_notices35_layouts import exim_remote, pf_batch, sm_remote
from tests.classifier.review_notices46_layouts import mdaemon
from tests.classifier.review_notices59_more import MORE_ROWS

LEAD = "lead@example.org"  # notices.relayed's and the layouts' prospect
R = "recipient"

_PF = "Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed)"
_EXIM = "Exim transports/smtp.c 'SMTP error from remote mail server after %s: %s' (review 35's exim_remote)"
_SM = "Sendmail savemail.c errbody with the session transcript (review 35's sm_remote)"
_MD = "MDaemon's DSN with its session transcript (review 46's mdaemon)"
_GMAIL = "shared/api/gmail.md section 9 (Gmail's own DSN quoting the remote reply, tests/classifier/notices.gmail_own)"
_EXO = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (the remote reply quoted; "
        "tests/classifier/notices.exchange_own)")
_SM_HOST = "sendmail's 'Host unknown' (sendmail/deliver.c, EX_NOHOST; 550 5.1.2)"
_NULLMX = ("RFC 7505 section 4.1 (a RECIPIENT domain's null MX: 556 5.1.10) in Postfix's words ('... does not "
           "accept mail (nullMX)')")
_MOVED = "RFC 3463 X.1.6 'Destination mailbox has moved, No forwarding address' (5.1.6)"
_NOUN = ("this review's own placing of the sender's word of classifier/lexicon.py's _SENDER_NOUNS before our "
         "address (the reply's state words its own)")


def _hard(reasons: tuple = (), address: str = LEAD) -> tuple:
    return (address, True, reasons, R, False)


HOST = ("hostunknown",)
NOTACCEPT = ("notaccept",)
MOVED = ("hasmoved",)


def _gm(reply: str, status: str) -> bytes:
    return gmail_own(reply, status=status, heading="Message not delivered", remote="mx.example.org",
                     body=f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
                     f"The response was:\n\n{reply}")


def _exo(reply: str, status: str) -> bytes:
    return exchange_own(reply, status=status, remote="mx.example.org",
                        body=f"Your message to {LEAD} couldn't be delivered.")


# ---- our address named as the sender, in English words the rule did not know -------------------------------
ENGLISH = [
    ("pf-host-unknown-message-from-us", f"{_PF}; {_SM_HOST}; 'message from <us>' after it (this review's own)",
     relayed("550 5.1.2 Host unknown; message from <sender@example.com> not delivered", status="5.1.2"),
     [_hard(HOST)]),
    ("pf-host-unknown-sender-us", f"{_PF}; {_SM_HOST}; 'sender <us>' after it (this review's own)",
     relayed("550 5.1.2 Host unknown, sender <sender@example.com>", status="5.1.2"), [_hard(HOST)]),
    ("pf-null-mx-message-from-us", f"{_PF}; {_NULLMX}, the domain not named; 'message from <us>' (this review's own)",
     relayed("556 5.1.10 Domain does not accept mail; message from sender@example.com", status="5.1.10"),
     [_hard(NOTACCEPT)]),
    ("exim-null-mx-message-from-us", f"{_EXIM}; {_NULLMX}; 'message from <us>' (this review's own)",
     exim_remote("r59-nullmx", "556 5.1.10 Domain does not accept mail (message from <seller@example.com>)"),
     [_hard(NOTACCEPT)]),
    ("pf-moved-message-from-us", f"{_PF}; {_MOVED}; 'message from <us> returned' (this review's own)",
     relayed("550 5.1.6 This address has moved; message from sender@example.com returned", status="5.1.6"),
     [_hard(MOVED)]),
    ("pf-moved-to-our-domain", f"{_PF}; {_MOVED}: the prospect moved to OUR domain (joined us); the reply names "
     "where it went (this review's own)",
     relayed("550 5.1.6 Moved to example.com", status="5.1.6"), [_hard(MOVED)]),
    ("gmail-own-host-unknown-sender-us", f"{_GMAIL}; {_SM_HOST}; 'Sender: <us>' after it (this review's own)",
     _gm("550 5.1.2 Host unknown. Sender: <seller@example.com>", "5.1.2"), [_hard(HOST)]),
    ("pf-batch-host-unknown-message-from-us", "Postfix bounce(8) of one message to two prospects (review 35's "
     f"pf_batch); {_SM_HOST}, 'message from <us>' after it (this review's own)",
     pf_batch("r59-batch", lambda a: "550 5.1.2 Host unknown (message from <seller@example.com>)", "5.1.2",
              ("lead@example.org", "cfo@example.org")), [_hard(HOST), _hard(HOST, "cfo@example.org")]),
]

# ---- the sender's word in another language (lexicon's nouns): the English-only guard does not see it ------------
FOREIGN = [
    ("pf-de-domain-absender", f"{_PF}; German 'Domain existiert nicht' with 'Absender:' ({_NOUN})",
     relayed("550 5.1.2 Domain existiert nicht (Absender: sender@example.com)", status="5.1.2"), [_hard(HOST)]),
    ("exim-de-zieldomain-absender", f"{_EXIM}; German 'Zieldomain unbekannt', 'Absender' ({_NOUN})",
     exim_remote("r59-de", "550 5.1.2 Zieldomain unbekannt; Absender seller@example.com"), [_hard(HOST)]),
    ("pf-fr-domaine-expediteur", f"{_PF}; French 'Domaine inconnu', 'expéditeur' ({_NOUN})",
     relayed("550 5.1.2 Domaine inconnu - exp\u00e9diteur sender@example.com", status="5.1.2"), [_hard(HOST)]),
    ("gmail-own-es-dominio-remitente", f"{_GMAIL}; Spanish 'Dominio desconocido', 'remitente' ({_NOUN})",
     _gm("550 5.1.2 Dominio desconocido, remitente seller@example.com", "5.1.2"), [_hard(HOST)]),
    ("exo-own-it-dominio-mittente", f"{_EXO}; Italian 'Dominio inesistente', 'mittente' ({_NOUN})",
     _exo("550 5.1.2 Dominio inesistente (mittente seller@example.com)", "5.1.2"), [_hard(HOST)]),
    ("sm-pt-dominio-remetente", f"{_SM}; Portuguese 'Domínio inexistente', 'remetente' ({_NOUN})",
     sm_remote("r59-pt", "550 5.1.2 Dom\u00ednio inexistente; remetente <seller@example.com>", "5.1.2"),
     [_hard(HOST + ("userunknown",))]),  # which hard reason is not at issue (the layout's Remote-MTA)
    ("mdaemon-nl-domein-afzender", f"{_MD}; Dutch 'Domein onbekend', 'afzender' ({_NOUN})",
     mdaemon("r59-nl", LEAD, "550 5.1.2 Domein onbekend, afzender seller@example.com"), [_hard(HOST)]),
    ("pf-ru-domain-otpravitel", f"{_PF}; Russian 'Домен не существует', 'отправитель' ({_NOUN})",
     relayed("550 5.1.2 \u0414\u043e\u043c\u0435\u043d \u043d\u0435 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443"
             "\u0435\u0442, \u043e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c sender@example.com",
             status="5.1.2"), [_hard(HOST)]),
    ("pf-ja-domain-soshinsha", f"{_PF}; Japanese 'ドメインが存在しません', '送信者:' ({_NOUN})",
     relayed("550 5.1.2 \u30c9\u30e1\u30a4\u30f3\u304c\u5b58\u5728\u3057\u307e\u305b\u3093 \u9001\u4fe1\u8005: "
             "sender@example.com", status="5.1.2"), [_hard(HOST)]),
    ("pf-de-null-mx-absender", f"{_PF}; {_NULLMX} in German ('nimmt keine E-Mails an'), 'Absender' ({_NOUN})",
     relayed("550 5.1.10 Domain nimmt keine E-Mails an (Absender sender@example.com)", status="5.1.10"),
     [_hard(NOTACCEPT)]),
    ("pf-de-moved-absender", f"{_PF}; {_MOVED} in German ('Empfänger ist umgezogen'), 'Absender' ({_NOUN})",
     relayed("550 5.1.6 Empf\u00e4nger ist umgezogen; Absender sender@example.com", status="5.1.6"),
     [_hard(MOVED)]),
    # Already kept before this review (lexicon's no_such_recipient reads the German): a control.
    ("pf-de-teilnehmer-absender", "T-Online's '550 5.1.1 unknown user/Teilnehmer existiert nicht' (telekom.de/hilfe, "
     f"as classifier/lexicon cites it); {_PF}; 'Absender:' ({_NOUN})",
     relayed("550 5.1.1 unknown user/Teilnehmer existiert nicht (Absender: sender@example.com)", status="5.1.1"),
     [_hard(("userunknown",))]),
]

ROWS = ENGLISH + FOREIGN + MORE_ROWS
