"""The seventy-eighth review: an adversarial audit of review 74's four mends (tests/classifier/review_notices74.py).

(1) departures.for_good asks a given-up 4.7.1 under Postfix's "Recipient address rejected:" for a leaver's words:
here the same prefix with words about someone or something else (an admin gone for the day, a policy service
left a pool, a postmaster moved on, an owner on leave, a mailbox migrated, our own sender named), the same under
Exim's and Sendmail's notices, delay warnings of each, and our own relay's given-up notice. (2) formats/recipients'
"a@b: ..." under a line ending "to"/"for" read as the sentence's tail: real notices whose recipient entry follows
such a line (qmail, Postfix, OpenSMTPD, Courier, a wrapped intro, two recipients). (3) hints._RECEIPT's recall
reports: bounces of a recall request (still bounces) and recall reports in German and French (no bounce). (4)
explanations.exim_stage: a broken MAIL FROM, two recipients in one Exim delay warning, "end of data". And
INLINE[3]'s "was rejected": a sender-scope reason, a person's own words, our own address named.

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All notices HAND-MADE; test_review_notices78.py
runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own, own_postfix, relayed
from tests.classifier.review_notices14_layouts import exim, qmail
from tests.classifier.review_notices25_layouts import courier, opensmtpd
from tests.classifier.review_notices34_layouts import SELLER as OUR_INBOX, mail
from tests.classifier.review_notices43_layouts import exim_warning
from tests.classifier.review_notices50_layouts import sendmail_warning
from tests.classifier.review_notices67_layouts import PF, hard, soft
from tests.classifier.review_notices9_layouts import sendmail_dsn

PF_DEFER = ("Postfix access(5) DEFER / 4NN <text> at RCPT (450 4.7.1, smtpd_check.c 'Recipient address rejected:'), "
            "given up after maximal_queue_lifetime (postconf(5)): Action failed, 4.7.1 kept")
GMAIL = "Gmail's own DSN (shared/api/gmail.md section 9) quoting the remote 450 after Gmail gave up"
EXIM_RETRY = ("Exim deliver.c bounce after the retry rules' timeout ('retry timeout exceeded' beside the last "
              "'SMTP error from remote mail server after RCPT TO:<a@b>:' reply, transports/smtp.c)")
SM_RETURN = ("Sendmail: a 4xx deferral returned after Timeout.queuereturn (conf.c; savemail.c errbody, the DSN's "
             "Action failed with the last Status)")
SM_WARN = "Sendmail savemail.c delay warning (Timeout.queuewarn; review_notices50_layouts.sendmail_warning)"
EXIM_WARN = ("Exim src/deliver.c delay warning ('Delay reason: SMTP error from remote mail server after <command>:'), "
             "review_notices43_layouts.exim_warning; lines broken by a writer's width (HAND-MADE)")
PF_OWN = "Postfix bounce(8) of our own relay after maximal_queue_lifetime, the last deferral kept (notices.own_postfix)"
QMAIL = "qmail-send.c bounce (addbounce: '<' recip '>:' then the report; review_notices14_layouts.qmail)"
PF_TPL = ("Postfix bounce(5) template failure_template ('For further assistance, please send mail to postmaster.'), "
          "its line broken after 'send mail to'; bounce_notify_util.c bounce_recipient_log writes a blank line before "
          "each '<a@b>: host ... said:' entry (HAND-MADE)")
OPENSMTPD = "OpenSMTPD smtpd/bounce.c ('addr: error' lines; review_notices25_layouts.opensmtpd)"
COURIER = "Courier courierdsn.html ('<addr>:' and the indented error; review_notices25_layouts.courier)"
PLAIN = ("a plain-text MAILER-DAEMON notice whose intro a writer's width broke just before the first 'addr: reply' "
         "line (formats/recipients.wrapped_sentence; HAND-MADE)")
EXO = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (notices.exchange_own); the "
       "recall request of Microsoft Support 'Recall or replace an email message that you sent' ('Recall: <subject>')")
DOMINO = ("HCL Domino's delivery failure report ('Your message ... was not delivered to: ... because: ...', "
          "help.hcltechsw.com 'Delivery Failure Report'), plain text, no SMTP code")
RECALL_L10N = ("Outlook's recall tracking reports localised (OlTrackingStatus olTrackingRecallSuccess/Failure; "
               "support.microsoft.com de-de/fr-fr 'Zurückrufen oder Ersetzen einer Nachricht' / 'Rappeler ou "
               "remplacer un message électronique'), wording weak: localised UI text")
MIMECAST = ("Mimecast's rejection notification 'Your message to <a@b> was rejected.' (Mimecast KB 'Mimecast SMTP "
            "error codes'; configurable text, weak)")
_AUTO = "Auto-Submitted: auto-generated\n"
_MSX = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ourco.example>"
_RA = f"<{LEAD}>: Recipient address rejected: "
_OTHER = "second@example.org"
_SELLER = "seller@example.com"


def _gave_up(rid: str, text: str, expected: list[tuple], *, source: str = PF_DEFER) -> list[tuple]:
    """A 450 4.7.1 under Postfix's recipient check, given up: in our relay's report and in Gmail's DSN."""
    reply = "450 4.7.1 " + _RA + text
    body = (f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
            f"The response was:\n\n{reply}")
    return [(f"{rid}-postfix", f"{source}; {PF}", relayed(reply, status="4.7.1", action="failed"), expected),
            (f"{rid}-gmail", f"{source}; {GMAIL}", gmail_own(reply, status="4.7.1", heading="Message not delivered",
                                                             body=body, remote="mx.example.org"), expected)]


def _exim_retry(rid: str, text: str) -> bytes:
    err = f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 450 4.7.1 {_RA}{text}: retry timeout exceeded"
    return exim(rid, [(LEAD, "mx.example.org [192.0.2.25]", err)], to=LEAD, dsn=[(LEAD, f"450 4.7.1 {_RA}{text}")])


def _sendmail(rid: str, text: str) -> bytes:
    reply = f"450 4.7.1 {_RA}{text}"
    return sendmail_dsn(rid, LEAD, reason=reply, status="4.7.1", remote="mx.example.org", diagnostic=reply,
                        transcript=f"... while talking to mx.example.org.:\n>>> RCPT To:<{LEAD}>\n<<< {reply}\n"
                                   f"<{LEAD}>... Deferred: {reply}\nMessage could not be delivered for 5 days\n"
                                   "Message will be deleted from queue")


def _report(body: str) -> bytes:
    return mail("MAILER-DAEMON@mail.example.com (Mail Delivery System)", "Undelivered Mail Returned to Sender", body,
                _AUTO)


def _exim_two_warning(rid: str, lead_reason: str, other_reason: str) -> bytes:
    """Exim's delay warning for two recipients (deliver.c: 'The addresses to which the message has not yet been
    delivered are:', each address with its own 'Delay reason:'), no X-Failed-Recipients."""
    raw = exim_warning(rid, LEAD, lead_reason).decode().replace(f"X-Failed-Recipients: {LEAD}\n", "")
    return raw.replace("The address to which the message has not yet been delivered is:",
                       "The addresses to which the message has not yet been delivered are:").replace(
        "\n\nNo action is required", f"\n\n  {_OTHER}\n    Delay reason: {other_reason}\n\nNo action is required",
        1).encode()


_FALSE_HARD_TEXTS = [
    ("admin-left-for-day", "Greylisted, the admin has left for the day"),
    ("policy-left-pool", "Policy service has left the pool, try again later"),
    ("postmaster-moved-on", "try again later, our postmaster has moved on"),
    ("owner-on-leave", "Service unavailable; the mailbox owner is on leave"),
    ("migration-user-moved", "Mailbox migration in progress, the user has moved to the new server"),
    ("policyd-names-sender", f"mail from Sam Sales <{_SELLER}> refused: Sam Sales no longer works with Example Com"),
    ("domain-moved-provider", "example.org has moved to a new mail provider, please retry later"),
    ("away-left-office", "user is away, left the office until 12 January"),
    ("email-from-sender-has-left", f"e-mail from Sam Sales <{_SELLER}> is held: Sam Sales has left Example Com"),
]

ROWS: list[tuple] = [
    # ---- (1) A given-up 4.7.1 "Recipient address rejected:": words about someone or something else ---------------
    *[row for rid, text in _FALSE_HARD_TEXTS for row in _gave_up(f"gave-up-{rid}", text, soft())],
    ("exim-retry-admin-left", EXIM_RETRY, _exim_retry("r78a", "Greylisted, the admin has left for the day"), soft()),
    ("exim-retry-migration", EXIM_RETRY, _exim_retry("r78b", "Mailbox migration in progress, the user has moved to "
                                                     "the new server"), soft()),
    ("sendmail-returned-on-leave", SM_RETURN, _sendmail("r78c", "Service unavailable; the mailbox owner is on leave"),
     soft()),
    ("sendmail-returned-postmaster-moved-on", SM_RETURN, _sendmail("r78d", "try again later, our postmaster has moved "
                                                                   "on"), soft()),
    # Controls the rule exists for: the leaver's own words, in Exim's and Sendmail's given-up notices.
    ("exim-retry-has-left", EXIM_RETRY, _exim_retry("r78e", "Lena Lead has left Example Ltd"), hard("hasmoved")),
    ("sendmail-returned-no-longer-works", SM_RETURN, _sendmail("r78f", "Lena Lead no longer works at Example Ltd"),
     hard("hasmoved")),
    # Delay warnings stay soft, whatever the words.
    ("postfix-delay-has-left", PF_DEFER.replace("given up after", "still within"),
     relayed("450 4.7.1 " + _RA + "Lena Lead has left Example Ltd", status="4.7.1", action="delayed"),
     soft(delay=True)),
    ("exim-delay-has-left", EXIM_WARN, exim_warning("r78g", LEAD, f"SMTP error from remote mail server after RCPT "
                                                    f"TO:<{LEAD}>: 450 4.7.1 {_RA}Lena Lead has left Example Ltd"),
     soft(delay=True)),
    ("sendmail-delay-no-longer-works", SM_WARN, sendmail_warning("r78h", f"<{LEAD}>", f"450 4.7.1 {_RA}Lena Lead no "
                                                                 "longer works at Example Ltd", to=LEAD),
     soft(delay=True)),
    # Our own relay gave up; its last deferral's words about a postmaster.
    ("own-relay-gave-up-postmaster-left", PF_OWN, own_postfix("delivery temporarily suspended: host mx.example.org"
     f"[192.0.2.7] said: 450 4.7.1 {_RA}our postmaster has left for the day", status="4.7.1"), soft()),
    # ---- (2) An "addr:" entry after a line ending "to"/"for" -------------------------------------------------------
    ("qmail-two-recipients", QMAIL, qmail("r78i", [(LEAD, "Sorry, no mailbox here by that name. (#5.1.1)"),
                                                   (_OTHER, "Sorry, no mailbox here by that name. (#5.1.1)")], to=LEAD),
     [(LEAD, True, ("userunknown",), "recipient", False), (_OTHER, True, ("userunknown",), "recipient", False)]),
    ("postfix-template-broken-send-mail-to", PF_TPL,
     _report("This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message "
             "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
             "please send mail to\npostmaster.\n\nIf you do so, please include this problem report. You can delete "
             "your own\ntext from the attached returned message.\n\n                   The mail system\n\n"
             f"<{LEAD}>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <{LEAD}>: Recipient address rejected: User "
             "unknown in virtual mailbox table (in reply to RCPT TO command)\n"),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("opensmtpd-one", OPENSMTPD, opensmtpd("r78j", LEAD, "550 5.1.1 <lead@example.org>: Recipient address "
                                           "rejected: User unknown"), [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("courier-one", COURIER, courier("r78k", LEAD, "550 5.1.1 <lead@example.org>... User unknown"),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("intro-undeliverable-to-wrapped", PLAIN,
     _report(f"Your message was undeliverable to\n{LEAD}: 550 5.1.1 user unknown\n"),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("two-recipients-first-after-for", PLAIN,
     _report(f"Delivery has failed permanently for\n{LEAD}: 550 5.1.1 user unknown\n{_OTHER}: 550 5.1.1 user "
             "unknown\n"),
     [(LEAD, True, ("userunknown",), "recipient", False), (_OTHER, True, ("userunknown",), "recipient", False)]),
    ("two-recipients-second-after-wrapped-for", PLAIN,
     _report(f"Delivery has failed for these recipients:\n\n{LEAD}: 552 5.2.2 mailbox full, no space left for\n"
             f"{_OTHER}: 550 5.1.1 user unknown\n"),
     [(LEAD, False, ("mailboxfull",), "recipient", False), (_OTHER, True, ("userunknown",), "recipient", False)]),
    ("person-forwarded-to", "a person's own mail (no daemon): 'I forwarded your note to' / 'a@b: she will reply'",
     mail("Pat Partner <pat@partner.example>", "Re: your proposal", f"Hi,\n\nI forwarded your note to\n{LEAD}: she "
          "will reply next week.\n\nPat\n"), []),
    # ---- (3) Recall: bounces of a recall request stay bounces; reports in other languages are none -----------------
    ("exo-ndr-of-recall-request", EXO,
     exchange_own("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", status="5.1.1",
                  body=f"Your message to {LEAD} couldn't be delivered.\n\nlead wasn't found at example.org.")
     .replace(b"Subject: Undeliverable: Quick question", b"Subject: Undeliverable: Recall: Quote for Q3"),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("exo-ndr-of-recall-report-forward", EXO + "; a forwarded 'Recall Failure' report bounced",
     exchange_own("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", status="5.1.1",
                  body=f"Your message to {LEAD} couldn't be delivered.\n\nlead wasn't found at example.org.")
     .replace(b"Subject: Undeliverable: Quick question", b"Subject: Undeliverable: FW: Recall Failure: Quote for Q3"),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("domino-recall-report-undelivered", DOMINO,
     mail("Mail Delivery Subsystem <Postmaster@notes.partner.example>", "DELIVERY FAILURE: User lead not listed",
          "Your message\n\n  Subject: Message Recall Report for message: Quote for Q3\n\nwas not delivered to:\n\n"
          f"  {LEAD}\n\nbecause:\n\n  User lead ({LEAD}) not listed in Domino Directory\n", _AUTO),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("recall-report-german-success", RECALL_L10N,
     mail(_MSX, "Rückruf erfolgreich: Angebot Q3", f"Ihre Nachricht\n\nAn: {LEAD}\nBetreff: Angebot Q3\nGesendet: "
          "04.12.2026 09:55\n\nRückruf erfolgreich: Die Nachricht wurde aus dem Postfach des Empfängers gelöscht.\n",
          _AUTO), []),
    ("recall-report-german-failure", RECALL_L10N,
     mail(_MSX, "Rückruf fehlgeschlagen: Angebot Q3", f"Ihre Nachricht\n\nAn: {LEAD}\nBetreff: Angebot Q3\nGesendet: "
          "04.12.2026 09:55\n\nRückruf fehlgeschlagen: Der Empfänger hatte die Nachricht bereits gelesen.\n", _AUTO),
     []),
    ("recall-report-french-failure", RECALL_L10N,
     mail(_MSX, "Échec du rappel : Devis T3", f"Votre message\n\nÀ : {LEAD}\nObjet : Devis T3\nEnvoyé : 04/12/2026 "
          "09:55\n\nÉchec du rappel : le destinataire avait déjà lu le message.\n", _AUTO), []),
    # ---- (4) Exim's stage read across broken lines ---------------------------------------------------------------
    ("exim-two-delay-broken-each-own", EXIM_WARN,
     _exim_two_warning("r78l", f"SMTP error from remote mail server after\n    RCPT TO:<{LEAD}>:\n    452 4.2.2 "
                       f"<{LEAD}>: mailbox full", f"SMTP error from remote mail server after\n    RCPT TO:<{_OTHER}>:"
                       f"\n    450 4.1.1 <{_OTHER}>: Recipient address rejected: User unknown in local recipient table"),
     [(LEAD, False, ("mailboxfull",), "recipient", True), (_OTHER, False, ("userunknown",), "recipient", True)]),
    ("exim-two-delay-mail-from-and-rcpt", EXIM_WARN,
     _exim_two_warning("r78m", f"SMTP error from remote mail server after\n    MAIL FROM:<{_SELLER}> SIZE=2048:\n    "
                       f"451 4.7.1 <{_SELLER}>: Sender address rejected: try again later",
                       f"SMTP error from remote mail server after\n    RCPT TO:<{_OTHER}>:\n    450 4.1.1 "
                       f"<{_OTHER}>: Recipient address rejected: User unknown in local recipient table"),
     [(LEAD, False, (), "sender", True), (_OTHER, False, ("userunknown",), "recipient", True)]),
    ("exim-two-delay-rcpt-and-data", EXIM_WARN,
     _exim_two_warning("r78n", "SMTP error from remote mail server after\n    end of data:\n    451 4.7.1 Message "
                       "held for content review, try again later", f"SMTP error from remote mail server after RCPT\n"
                       f"    TO:<{_OTHER}>:\n    451 <{_OTHER}>: User unknown"),
     [(LEAD, False, (), "", True), (_OTHER, False, ("userunknown",), "recipient", True)]),
    ("exim-fail-broken-end-of-data", "Exim deliver.c failure notice, its 'after end of data' broken (HAND-MADE)",
     exim("r78o", [(LEAD, "mx.example.org [192.0.2.25]", "SMTP error from remote mail server after end of\ndata: "
                    "550 5.7.1 Message rejected as spam")], to=LEAD, dsn=[(LEAD, "550 5.7.1 Message rejected as spam")]),
     [(LEAD, False, ("spamdetected", "contenterror", "policyviolation", "rejected", "blocked"), "", False)]),
    ("exim-delay-broken-inside-server-name", EXIM_WARN, exim_warning("r78p", LEAD, "SMTP error from remote mail\n"
     f"    server after RCPT\n    TO:<{LEAD}>:\n    450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown in "
     "local recipient table"), [(LEAD, False, ("userunknown",), "recipient", True)]),
    # ---- INLINE[3]'s "was rejected" ---------------------------------------------------------------------------
    ("mimecast-rejected-your-domain", MIMECAST,
     mail("Mimecast <postmaster@partner.example>", "Message rejected: Quote for Q3",
          f"Your message to {LEAD} was rejected by the recipient's server because your domain example.com is "
          "listed on a blocklist.\n\nReason: 554 5.7.1 Service unavailable; client host blocked using a DNSBL\n",
          _AUTO), [(LEAD, False, (), "sender", False)]),
    ("mimecast-has-been-rejected-your-ip", MIMECAST,
     mail("Mimecast <postmaster@partner.example>", "Message rejected: Pricing",
          f"Your message to {LEAD} has been rejected because your IP address 192.0.2.25 is on our block list.\n\n"
          "Reason: 550 5.7.1 Client host rejected: IP listed\n", _AUTO), [(LEAD, False, (), "sender", False)]),
    ("person-my-message-rejected", "a colleague's own mail (no daemon, no automatic mark)",
     mail("Pat Partner <pat@partner.example>", "Re: your proposal",
          f"Hi,\n\nmy message to {LEAD} was rejected too, I think their server is broken. Can you call her?\n\nPat\n"),
     []),
    ("mimecast-rejected-names-our-sender", MIMECAST + "; the notice also names our sender's address",
     mail("Mimecast <postmaster@partner.example>", "Message rejected: Quote for Q3",
          f"Your message to {LEAD} was rejected.\nA message from {OUR_INBOX} was rejected by policy.\n\nReason: 550 "
          "5.1.1 User unknown\n", _AUTO), [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("inbound-mail-for-our-sender-rejected", MIMECAST + "; a notice about mail TO our sender, not from it",
     mail("Mimecast <postmaster@ourco.example>", "Message rejected",
          f"The message for {OUR_INBOX} was rejected by policy: attachment type not allowed.\n", _AUTO), []),
]
