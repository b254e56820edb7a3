"""The fifty-seventh review, part two (see review_notices57.py): review 53's 'your account' words
beside a missing recipient (lexicon.sender_refused, reasons._not_the_mailbox), its ambiguous
display names (formats/named.address_of_name), and review 55's au/KDDI rule (remote/kddi.reason_of:
"550 <x@au.com|ezweb.ne.jp>: User unknown" is the missing subscriber at any stage) against our
sender's own au address, a 4xx, a delay, an auto-reply or a person quoting it, a returned original
quoting it, and au's no-address "550 : User unknown" (the reception filter). Expectations written
from the words and taxonomy sections 2, 4, 5 and 7 before the classifier ran."""

from __future__ import annotations

from tests.classifier.notices import gmail_own, relayed
from tests.classifier.review_notices34_layouts import SELLER, mail
from tests.classifier.review_notices50_layouts import exchange2003

LEAD = "lead@partner.example"
AU = "taro.yamada@ezweb.ne.jp"
AUC = "hanako@au.com"
REPLIED = "Auto-Submitted: auto-replied\n"

_PF = "Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed)"
_AU = ("au support 'www.au.com/support/service/internet/trouble/mail/01/' as Sisimai 5's rhost/for-kddi.go reads it "
       "('550 <...>: User unknown' the missing subscriber; '550 : User unknown' the reception filter) (outside "
       "opinion; code, not tests)")
_GMAIL = "shared/api/gmail.md section 9 (Gmail's DSN, tests/classifier/notices.gmail_own)"
_DOVECOT = ("Dovecot src/lmtp and Postfix smtpd 'User unknown in virtual mailbox table'; a site's help sentence "
            "after the reply (HAND-MADE)")


def _h(address: str) -> tuple:
    return (address, True, ("userunknown",), "recipient", False)


def _soft(address: str, reasons: tuple = (), scope: str = "") -> tuple:
    return (address, False, reasons, scope, False)


# ---- (c) 'your account' words beside a missing recipient ----------------------------------------------
ACCOUNT_ROWS = [
    ("pf-unknown-then-your-account-help", _DOVECOT,
     relayed("550 5.1.1 <lead@partner.example>: Recipient address rejected: User unknown in virtual mailbox "
             "table; if your account is locked, contact support@partner.example", status="5.1.1", command="RCPT",
             address=LEAD), [_h(LEAD)]),
    ("pf-no-such-user-your-account-suspended-help", _DOVECOT,
     relayed("550 No such user here. If your account has been suspended please visit https://help.partner.example",
             status=None, command="RCPT", address=LEAD), [_h(LEAD)]),
    ("pf-your-account-blocked-sender-mail-from", _PF + "; the sender's account refused at MAIL FROM",
     relayed("550 5.7.1 Your account has been blocked for sending spam", status="5.7.1", command="MAIL",
             address=LEAD), [_soft(LEAD, scope="sender")]),
    ("pf-your-account-disabled-then-unknown", _PF + "; our own provider's refusal of the sending account first, "
     "a recipient verdict after it",
     relayed("554 5.7.1 Your account has been disabled for sending; recipient not checked (user unknown?)",
             status="5.7.1", command="MAIL", address=LEAD), [_soft(LEAD, scope="sender")]),
    ("pf-mailbox-full-your-account-words", _PF + "; a full mailbox with a help line, no missing user",
     relayed("552 5.2.2 <lead@partner.example>: Mailbox full. If this is your account, free some space",
             status="5.2.2", command="RCPT", address=LEAD), [_soft(LEAD, ("mailboxfull",), "recipient")]),
    ("pf-disabled-your-account-words", _PF + "; a disabled mailbox with a help line",
     relayed("550 5.2.1 <lead@partner.example>: Account disabled. If this is your account, contact support",
             status="5.2.1", command="RCPT", address=LEAD), [_soft(LEAD)]),
]

_EX03 = ("Microsoft KB 284204 'Delivery status notifications in Exchange Server and in Small Business Server' "
         "(Exchange 2003 lists display names only; tests/classifier/review_notices50_layouts.exchange2003)")
_EX03_TEXT = "The e-mail account does not exist at the organization this message was sent to."

# ---- (c) ambiguous display names ------------------------------------------------------------------------
_NAMED = ("a notice naming the failed recipient by display name only (Lotus Domino / GroupWise style 'The "
          "following recipient(s) could not be reached: <Name>'; classifier/formats/named.py) (HAND-MADE)")


def _named(name: str, to: str) -> bytes:
    return mail("Postmaster <postmaster@partner.example>", "DELIVERY FAILURE: Quote for Q3",
                f"Your message\n\n  Subject: Quote for Q3\n\nwas not delivered to:\n\n  {name}\n\nbecause:\n\n"
                f"  User {name} not listed in Domino Directory\n\n"
                f"------ Original message ------\nFrom: {SELLER}\nTo: {to}\nSubject: Quote for Q3\n\nHello\n",
                REPLIED)


NAMED_ROWS = [
    ("named-unique", _NAMED, _named("Pat Lee", f"Pat Lee <{LEAD}>, Sam Roe <sam@partner.example>"), [_h(LEAD)]),
    ("named-unique-other-case", _NAMED, _named("PAT LEE", f"Pat Lee <{LEAD}>, Sam Roe <sam@partner.example>"),
     [_h(LEAD)]),
    # Two entries under one name: which failed cannot be told; neither address may be marked.
    ("named-two-same-name", _NAMED, _named("Pat Lee", f"Pat Lee <{LEAD}>, Pat Lee <pat.lee@other.example>"), []),
    ("ex03-two-same-display-name", _EX03 + "; two entries share the display name listed",
     exchange2003("r57-ex03-same", [("Pat Lee", _EX03_TEXT, "5.1.1")],
                  to=f"Pat Lee <{LEAD}>, Pat Lee <pat.lee@other.example>"), []),
    ("ex03-unique-display-name", _EX03 + "; the name listed is one entry's, another entry beside it",
     exchange2003("r57-ex03-unique", [("Pat Lee", _EX03_TEXT, "5.1.1")],
                  to=f"Pat Lee <{LEAD}>, Sam Roe <sam@partner.example>"), [_h(LEAD)]),
    ("ex03-same-name-to-and-cc", _EX03 + "; one name in To and in Cc",
     exchange2003("r57-ex03-cc", [("Pat Lee", _EX03_TEXT, "5.1.1")], to=f"Pat Lee <{LEAD}>",
                  cc="Pat Lee <pat.lee@other.example>"), []),
]

# ---- (c) broken: a recipients paragraph without blank lines (formats/broken._opens) ----------------------
_PF_TEXT = ("Postfix bounce(8) text (src/bounce/bounce_notify_util.c: '<r>: host h said: reply (in reply to RCPT TO "
            "command)'), the DSN part dropped and the blank lines between entries removed by a gateway (HAND-MADE)")


def _pf_text(entries: str) -> bytes:
    return mail("MAILER-DAEMON@mx.ourco.example (Mail Delivery System)", "Undelivered Mail Returned to Sender",
                "This is the mail system at host mx.ourco.example.\n\nI'm sorry to have to inform you that your "
                f"message could not\nbe delivered to one or more recipients.\n\n{entries}\n", REPLIED)


BROKEN_ROWS = [
    ("pf-text-two-entries-no-blank", _PF_TEXT,
     _pf_text(f"<{LEAD}>: host mx.partner.example[192.0.2.7] said: 550 5.1.1\n    User unknown (in reply to RCPT "
              "TO command)\n<sam@partner.example>: host mx.partner.example[192.0.2.7] said: 552\n    5.2.2 Mailbox "
              "full (in reply to RCPT TO command)"),
     [_h(LEAD), _soft("sam@partner.example", ("mailboxfull",))]),
    ("pf-text-bare-opener-no-blank", _PF_TEXT + "; the second entry's reply wrapped onto the lines under its opener",
     _pf_text(f"<{LEAD}>: host mx.partner.example[192.0.2.7] said: 552 5.2.2 Mailbox\n    full (in reply to RCPT "
              "TO command)\n<sam@partner.example>:\n    host mx.partner.example[192.0.2.7] said: 550 5.1.1 User "
              "unknown (in reply to RCPT TO command)"),
     [_soft(LEAD, ("mailboxfull",)), _h("sam@partner.example")]),
]

# ---- (d) au / KDDI ---------------------------------------------------------------------------------------
KDDI_ROWS = [
    ("au-rcpt-user-unknown", _AU + "; " + _PF,
     relayed(f"550 <{AU}>: User unknown", status="5.0.0", command="RCPT", address=AU, remote="lsean.ezweb.ne.jp"),
     [_h(AU)]),
    ("au-data-user-unknown", _AU + "; " + _PF + " (after end of data)",
     relayed(f"550 <{AUC}>: User unknown", status="5.0.0", command="DATA", address=AUC, remote="mx.au.com"),
     [_h(AUC)]),
    ("au-gmail-no-stage", _AU + "; " + _GMAIL,
     gmail_own(f"550 <{AUC}>: User unknown", status="5.0.0", heading="Address not found",
               body=f"Your message wasn't delivered to {AUC} because the address couldn't be found.",
               address=AUC, remote="mx.au.com"), [_h(AUC)]),
    ("au-no-address-filter", _AU + "; " + _PF,
     relayed("550 : User unknown", status="5.0.0", command="DATA", address=AU, remote="lsean.ezweb.ne.jp"),
     [_soft(AU, ("filtered",))]),
    ("au-no-address-filter-gmail", _AU + "; " + _GMAIL,
     gmail_own("550 : User unknown", status="5.0.0", heading="Message not delivered",
               body=f"There was a problem delivering your message to {AU}.", address=AU,
               remote="lsean.ezweb.ne.jp"), [_soft(AU, ("filtered",))]),
    ("au-450-with-address", _AU + "; a temporary refusal naming the subscriber",
     relayed(f"450 <{AU}>: User unknown", status="4.0.0", command="RCPT", address=AU, remote="lsean.ezweb.ne.jp",
             action="failed"), [_soft(AU)]),
    ("au-delay-quoting-550", _AU + "; a delay whose diagnostic quotes the earlier 550 (Action: delayed)",
     relayed(f"451 4.3.0 Try again later (last reply: 550 <{AU}>: User unknown)", status="4.3.0", command="RCPT",
             address=AU, remote="lsean.ezweb.ne.jp"), [(AU, False, (), "", True)]),
    ("au-our-sender-refused-mail-from", _AU + "; our seller's own au address refused at MAIL FROM by a remote",
     relayed("550 <seller@au.com>: User unknown", status="5.0.0", command="MAIL", address=LEAD,
             remote="mx.partner.example"), [_soft(LEAD)]),
    ("au-our-sender-named-no-stage", _AU + "; the reply names our seller's au address, no stage given (Gmail)",
     gmail_own("550 <seller@au.com>: User unknown", status="5.0.0", heading="Message not delivered",
               body=f"There was a problem delivering your message to {LEAD}.", address=LEAD,
               remote="mx.partner.example"), [_soft(LEAD)]),
    ("au-other-subscriber-named", _AU + "; the reply names another au subscriber than the recipient (a "
     "forwarding target), no stage",
     gmail_own(f"550 <{AUC}>: User unknown", status="5.0.0", heading="Message not delivered",
               body=f"There was a problem delivering your message to {LEAD}.", address=LEAD,
               remote="mx.partner.example"), [_soft(LEAD)]),
    ("au-autoreply-quoting", "RFC 3834 auto-reply (Auto-Submitted: auto-replied) quoting au's refusal of an old "
     "address (HAND-MADE)",
     mail(f"Taro Yamada <{AUC}>", "Automatic reply: Quote for Q3",
          f"Thank you for your mail. My old address {AU} now answers '550 <{AU}>: User unknown'; please write "
          f"to {AUC} from now on.\n", REPLIED), []),
    ("au-person-quoting", "a person's reply quoting au's refusal (HAND-MADE)",
     mail("Sam Roe <sam@partner.example>", "Re: Quote for Q3",
          f"Hi, your first mail to Taro bounced with '550 <{AU}>: User unknown' - his address is now {AUC}.\n\n"
          f"> Hello, attached is the quote.\n"), []),
    ("au-returned-original-quotes-it", _PF + "; a full mailbox whose returned original quotes au's refusal",
     (relayed("552 5.2.2 Mailbox full", status="5.2.2", command="RCPT", address=LEAD)
      .replace(b"Subject: Hello\n", f"Subject: Fwd: bounce\n\nTaro's bounce said: 550 <{AU}>: User unknown\n"
               .encode())), [_soft(LEAD, ("mailboxfull",))]),
]

KDDI_ROWS += [
    ("au-biz-subdomain-data", _AU + "; a subdomain of au's (biz.ezweb.ne.jp) after end of data",
     relayed("550 <shop@biz.ezweb.ne.jp>: User unknown", status="5.0.0", command="DATA", address="shop@biz.ezweb.ne.jp",
             remote="lsean.ezweb.ne.jp"), [_h("shop@biz.ezweb.ne.jp")]),
    ("au-mixed-case", _AU + "; the reply as a relay re-cased it",
     relayed("550 <Taro.Yamada@EZweb.ne.jp>: User Unknown", status="5.0.0", command="RCPT", address=AU,
             remote="lsean.ezweb.ne.jp"), [_h(AU)]),
    ("au-our-au-sender-to-au-mail-from", _AU + "; our seller's au address refused at MAIL FROM by au itself",
     relayed("550 <seller@au.com>: User unknown", status="5.0.0", command="MAIL", address=AU,
             remote="lsean.ezweb.ne.jp"), [_soft(AU)]),
    ("au-our-au-sender-to-au-no-stage", _AU + "; " + _GMAIL + ": au names our seller's au address, no stage",
     gmail_own("550 <seller@au.com>: User unknown", status="5.0.0", heading="Message not delivered",
               body=f"There was a problem delivering your message to {AU}.", address=AU,
               remote="lsean.ezweb.ne.jp"), [_soft(AU)]),
    ("au-delay-action-550-quoted", _AU + "; a delay report (Action: delayed, 4.4.1) whose diagnostic is au's 550",
     relayed(f"550 <{AU}>: User unknown", status="4.4.1", command="RCPT", address=AU, remote="lsean.ezweb.ne.jp",
             action="delayed"), [(AU, False, (), "", True)]),
]

MORE_ROWS = ACCOUNT_ROWS + NAMED_ROWS + BROKEN_ROWS + KDDI_ROWS
