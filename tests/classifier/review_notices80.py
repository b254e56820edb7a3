"""The eightieth review: a triage of the strict xfails whose reading differs from their reviewer's only in
SCOPE (whose fault) or only in REASON (hard/soft agrees), as review 70 did for hard/soft. Two families were
mended (classifier/severity.py, engine.py), each with controls, the same words where they keep the other scope:

- a RECIPIENT's own receiving rate (Google's 450 4.2.1 "The user you are trying to contact is receiving
  mail too quickly / at a rate that prevents additional messages from being delivered", Exchange Online's
  554 5.2.122 "The recipient has exceeded their limit for the number of messages they can receive per
  hour"): speeding, soft, but the mailbox's state, scope recipient (_RECIPIENTS_RATE); our own sending
  rate stays the sender's (taxonomy section 7);
- OUR sender refused where the words name no cause the tables know (a bare 5.7.x, securityerror) but make
  our side the subject ("Sending user <s> not known", "Ihr Postfach", "Expéditeur non recensé": Postfix's
  smtpd_delay_reject, on by default per postconf(5), answers sender checks at RCPT), or name only our
  address (Sendmail's access db "<s>... Access denied", classifier/engine.py with classifier/ours.py):
  scope sender, so the prospect is not charged a soft bounce for our account's problem;
- and one reason family: the recipient's own choice said at RCPT under 5.7.1 ("Recipient doesn't want your
  mail", "Recipient refuses to accept your mail") is filtered, not the status' securityerror default
  (classifier/soft_wordings.py _CHOICE_AT_RCPT, asked through recipient_choice, which keeps the same words
  beside our IP a block of our host).

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran (review_check.py). All notices HAND-MADE with
tests/classifier/notices.py's builders (our relay's Postfix report, Gmail's own DSN, Exchange Online's own
NDR); test_review_notices80.py runs them."""

from __future__ import annotations

from functools import partial

from tests.classifier.notices import LEAD, exchange_own, relay_and_gmail, relayed
from tests.classifier.review_notices67_layouts import GMAIL, PF

R, S, ANY = "recipient", "sender", ""
_both = partial(relay_and_gmail, cites=(PF, GMAIL))
EXO = "Exchange Online's own NDR (tests/classifier/notices.exchange_own), the remote's reply quoted"
_EXO_BODY = "Your message to lead@example.org couldn't be delivered.\n\nThe recipient's server rejected it."
G_SMTP = "Google 'Gmail SMTP errors and codes' (support.google.com/a/answer/3726730)"
MS_NDR = ("Microsoft 'Email non-delivery reports and SMTP errors in Exchange Online' (5.2.121/5.2.122: the "
          "recipient's hourly receive limit; message center MC272450)")
WILDDUCK = "WildDuck (zone-eu/wildduck lib/..., its copy of Google's 4.2.1 receiving-rate reply; review 64)"
SENDER_AT_RCPT = ("Postfix postconf(5) smtpd_delay_reject (default yes: a sender restriction's REJECT is answered at "
                  "RCPT TO); access(5) REJECT <text> on the sender, text written as a site's admin words it")
SM_ACCESS = "Sendmail cf/README access database: 'From:<addr> REJECT' answers '550 5.7.1 <addr>... Access denied'"
INTERIA = ("Interia's '550 5.7.1 Recipient doesn't want your mail' (its help: the recipient blocked the sender; "
           "classifier/wordings.py files it filtered)")
REFUSES = "Sisimai::Reason::Filtered's 'refuses to accept' (lib/Sisimai/Reason/Filtered.pm)"
HAND = "hand-made control: the same words where they keep the other scope"


def soft(scope: str, *reasons: str, delay: bool = False) -> list[tuple]:
    return [(LEAD, False, reasons, scope, delay)]


def _exo(rid: str, source: str, reply: str, status: str, expected: list[tuple]) -> tuple:
    return (f"{rid}-exo", f"{source}; {EXO}", exchange_own(reply, status=status, body=_EXO_BODY), expected)


def _pf(rid: str, source: str, reply: str, status: str, expected: list[tuple], **kw) -> tuple:
    return (f"{rid}-postfix", f"{source}; {PF}", relayed(reply, status=status, **kw), expected)


GOOGLE_RATE = ("450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional "
               "messages from being delivered. Please resend your message at a later time. If the user is able to "
               "receive mail at that time, your message will be delivered. - gsmtp")
GOOGLE_QUICK = ("450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your\n"
                "450-4.2.1 message at a later time. If the user is able to receive mail at that time, your\n"
                "450 4.2.1 message will be delivered. - gsmtp")

ROWS: list[tuple] = [
    # ---- A recipient's own receiving rate: speeding, soft, the recipient's scope -----------------------
    _pf("google-rate-delay", G_SMTP, GOOGLE_RATE, "4.2.1", soft(R, "speeding", delay=True), action="delayed"),
    *_both("google-rate-given-up", G_SMTP, GOOGLE_RATE, "4.2.1", soft(R, "speeding"), action="failed"),
    _pf("google-quickly-folded-delay", G_SMTP, GOOGLE_QUICK, "4.2.1", soft(R, "speeding", delay=True),
        action="delayed"),
    _exo("exo-5.2.122-receive-limit", MS_NDR, "554 5.2.122 The recipient has exceeded their limit for the number "
         "of messages they can receive per hour.", "5.2.122", soft(R, "speeding")),
    _pf("wildduck-mailbox-receiving-rate", WILDDUCK, "450 4.2.1 The user you are trying to contact is receiving mail "
        "at a rate that prevents additional messages from being delivered.", "4.2.1", soft(R, "speeding"),
        action="failed"),
    # Controls: our own sending rate, the server receiving too much from US: the sender's.
    *_both("our-rate-sending-too-quickly", HAND + " (a receiver's throttle of our IP)", "450 4.7.1 You are sending "
           "mail too quickly, please slow down", "4.7.1", soft(S), action="failed"),
    *_both("server-receiving-too-quickly-from-your-ip", HAND + " (the server's throttle of our IP)", "421 4.7.0 Our "
           "system is receiving mail too quickly from your IP 192.0.2.7, try again later", "4.7.0", soft(S),
           action="failed"),
    _exo("exo-5.2.121-sender-limit", MS_NDR + " (5.2.121: the SENDER's hourly limit of messages to the recipient)",
         "550 5.2.121 The sender has exceeded their limit for the number of messages they can send to this "
         "recipient per hour", "5.2.121", soft(S)),
    # ---- Our sender refused, the words' subject our side: scope sender, soft ---------------------------
    *_both("authenticated-user-not-known", SENDER_AT_RCPT, "550 5.7.1 Authenticated user seller@example.com not "
           "known at this site", "5.7.1", soft(S)),
    *_both("ihr-konto-nicht-berechtigt", SENDER_AT_RCPT, "550 5.7.1 Ihr Konto ist nicht berechtigt, Nachrichten "
           "zu senden", "5.7.1", soft(S)),
    *_both("votre-compte-non-autorise", SENDER_AT_RCPT, "550 5.7.1 Votre compte n'est pas autorisé à envoyer des "
           "messages", "5.7.1", soft(S)),
    *_both("absender-nicht-zugelassen", SENDER_AT_RCPT, "553 5.7.1 Absender nicht zugelassen", "5.7.1", soft(S)),
    # (Our relay's layout returns an original From sender@example.com, Gmail's seller@example.com: each names its own.)
    _pf("sm-access-db-our-address", SM_ACCESS, "550 5.7.1 <sender@example.com>... Access denied", "5.7.1", soft(S)),
    _both("sm-access-db-our-address", SM_ACCESS, "550 5.7.1 <seller@example.com>... Access denied", "5.7.1",
          soft(S))[1],
    _exo("sm-access-db-our-address", SM_ACCESS, "550 5.7.1 <seller@example.com>... Access denied", "5.7.1", soft(S)),
    # Controls: the recipient's own rule or the recipient's address, whoever else the words speak to.
    *_both("recipient-refuses-your-mail", HAND + " (Sisimai::Reason::Filtered's 'recipient refuses')", "550 5.7.1 "
           "Recipient refuses to accept your mail", "5.7.1", soft(R)),
    *_both("sm-access-db-recipient-address", SM_ACCESS + " ('To:<addr> REJECT', the recipient)", "550 5.7.1 "
           "<lead@example.org>... Access denied", "5.7.1", soft(R)),
    *_both("your-message-recipient-policy", HAND, "550 5.7.1 Your message was rejected by the recipient's mail "
           "policy", "5.7.1", soft(R)),
    *_both("sender-blocked-by-recipient", HAND + " (the recipient's own block list)", "550 5.7.1 Sender blocked by "
           "recipient", "5.7.1", soft(R)),
    *_both("user-not-authorised-to-receive", HAND, "550 5.7.1 The user lead@example.org is not authorised to receive "
           "mail from your domain", "5.7.1", soft(R)),
    *_both("restricted-mailbox-your-account-manager", HAND + " ('your account' said of a person, not of our account)",
           "550 5.7.1 Mail to this mailbox is restricted; your account manager can request access", "5.7.1", soft(R)),
    *_both("not-authorized-your-account-manager", HAND + " (Postfix's 'Delivery not authorized' for a recipient, a "
           "help line naming a person)", "550 5.7.1 Delivery not authorized, message refused; contact your account "
           "manager", "5.7.1", soft(R)),
    # ---- The recipient's own choice under 5.7.1 (soft_wordings.RECIPIENT_CHOICE): filtered, not securityerror -----
    *_both("the-recipient-does-not-want-your-mail", INTERIA, "550 5.7.1 The recipient does not want your mail",
           "5.7.1", soft(R, "filtered")),
    _exo("recipient-refuses-to-accept-your-mail", REFUSES, "550 5.7.1 Recipient refuses to accept your mail", "5.7.1",
         soft(R, "filtered")),
    # Controls: the same words said of our host, a block of our IP: the sender's.
    *_both("refuses-your-mail-from-ip-address", HAND + " (" + REFUSES + ", said of our IP)", "550 5.7.1 Recipient "
           "refuses to accept your mail from IP address 192.0.2.7", "5.7.1", soft(S)),
    *_both("refuses-your-mail-your-ip-blocked", HAND + " (" + REFUSES + ", with wordings.IP_REFUSED's words)", "550 "
           "5.7.1 Recipient refuses to accept your mail: your IP address has been blocked", "5.7.1", soft(S)),
    *_both("does-not-want-your-mail-your-ip", HAND + " (" + INTERIA + ", said of our IP)", "550 5.7.1 We do not want "
           "your mail: your IP 192.0.2.7 is listed", "5.7.1", soft(S)),
]
