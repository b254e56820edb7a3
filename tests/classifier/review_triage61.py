"""Triage 61's mend rows (HAND-MADE): the triage of the strict xfails of reviews states57 ... audit60 and lead43 mends
what it can narrowly in the rule's home; each mend gets rows of its own here, written and committed BEFORE the mend
(positives in other layouts and wordings than the xfail row's, each citing its source, and controls with the same
words in another sense that read the same before and after). Expected rows (address, hard, reasons, scope, delay;
[] = no bounce) follow review_holdout50's helpers.

Mend 1 (damaged60's dm60-gmail-dsn-cut-after-action): a delivery-status block whose Diagnostic-Code is lost (a size
limit or a partial fetch cut the report part) while the notice's text part still quotes the remote server's reply
after Gmail's own intro ('The response from the remote server was:' / 'The response was:'): that reply is what the
field held, and the reading should be the undamaged notice's."""

from __future__ import annotations

from tests.classifier.review_damaged60_layouts import cut_after
from tests.classifier.review_holdout50 import (BLOCKED, NOTFOUND, PFS, PROBLEM, R, S, g_dns, hard, later, pf_remote,
                                               soft)
from tests.classifier.review_holdout50_layouts import EXO_OLD_SRC, GMAIL_SRC, POSTFIX_SRC, exchange_old, gmail
from tests.classifier.review_notices43_layouts import zoho as zoho_notice

SIZE_CUT = ("a size limit or partial fetch that ends a stored notice mid-field: IMAP BODY[]<0.N> partial fetch (RFC "
            "3501 6.4.5) as clients fetch previews, and mail archivers' per-message size caps")
EXCH = ("Exchange Online's 'RESOLVER.ADR.RecipientNotFound' (learn.microsoft.com 'Fix NDR error 550 5.1.10 in Exchange "
        "Online')")
GQUOTA = ("Google's SMTP error reference (support.google.com/a/answer/3726730): '552 5.2.2 The recipient's inbox is out "
          "of storage space and inactive'")
GRATE = ("Google's SMTP error reference (support.google.com/a/answer/3726730): '450 4.2.1 The user you are trying to "
         "contact is receiving mail too quickly'")
PFSENDER = ("Postfix src/smtpd/smtpd_check.c check_sender_access REJECT ('<s>: Sender address rejected: Access denied', "
            "the sender's address refused)")
TEMP = ("There was a temporary problem delivering your message to {a}. Gmail will retry for 46 more hours. You'll be "
        "notified if the delivery fails permanently.")


def _remote(rid: str, a: str, reply: str, status: str, mx: str, *, heading: str, lead: str,
            remote_words: bool = True, action: str = "failed") -> bytes:
    return gmail(rid, a, heading=heading, lead=lead.format(a=a), response=reply, diag=reply, status=status, remote=mx,
                 remote_words=remote_words, action=action)


def _gmail_rows() -> list[tuple]:
    a1, a2, a3, a4, a5, a6 = ("k.brennan@lough-derg-marine.ie", "p.varga@balaton-borhaz.hu",
                              "s.oyelaran@lekki-cargo.com.ng", "j.moreau@vosges-scierie.fr",
                              "h.nakamura@kobe-seiko.co.jp", "r.pires@douro-cortica.pt")
    a7 = "l.haugen@tromso-fisk.no"
    pf_unknown = f"550 5.1.1 <{a1}>: Recipient address rejected: User unknown in virtual mailbox table"
    exo_unknown = ("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup "
                   "[AM6PR04MB1234.eurprd04.prod.outlook.com]")
    quota = ("552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to "
             "https://support.google.com/mail/?p=OverQuotaPerm a1si2 - gsmtp")
    sender = "550 5.7.1 <seller@example.com>: Sender address rejected: Access denied"
    rate = ("450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a "
            "later time. a5si3 - gsmtp")
    spam = ("550 5.7.1 [198.51.100.7] Our system has detected that this message is likely unsolicited mail. To reduce "
            "the amount of spam sent to Gmail, this message has been blocked. For more information, go to "
            "https://support.google.com/mail/?p=UnsolicitedMessageError a7si4 - gsmtp")
    return [
        ("tr61-gmail-cut-pf-unknown-no-action", f"{GMAIL_SRC}; {PFS}; {SIZE_CUT}: cut after the Final-Recipient line "
         "(no Action, Status nor Diagnostic-Code); the text part quotes the remote's reply",
         cut_after(_remote("t1", a1, pf_unknown, "5.1.1", "mx.lough-derg-marine.ie", heading="Address not found",
                           lead=NOTFOUND), b"Final-Recipient: rfc822; " + a1.encode(), 26 + len(a1)), hard(a1)),
        ("tr61-gmail-cut-exo-unknown-mid-status", f"{GMAIL_SRC} ('The response was:'); {EXCH}; {SIZE_CUT}: cut at "
         "'Status: 5.'", cut_after(_remote("t2", a2, exo_unknown, "5.1.10", "balatonborhaz.mail.protection.outlook.com",
                                           heading="Address not found", lead=NOTFOUND, remote_words=False),
                                   b"Status: 5.1.10", 10), hard(a2)),
        ("tr61-gmail-cut-quota-after-action", f"{GMAIL_SRC}; {GQUOTA}; {SIZE_CUT}: cut after 'Action: failed' (a full "
         "mailbox, soft: the reply's words, not the lead sentence, name the cause)",
         cut_after(_remote("t3", a3, quota, "5.2.2", "gmail-smtp-in.l.google.com", heading="Message not delivered",
                           lead=PROBLEM), b"Action: failed", 15), soft(a3, ("mailboxfull",))),
        ("tr61-control-gmail-cut-our-sender-refused", f"{GMAIL_SRC}; {PFSENDER}; {SIZE_CUT}: cut after 'Action: "
         "failed' (control: the reply refuses OUR sender, the sender's scope, as the lead sentence's block already reads)",
         cut_after(_remote("t4", a4, sender, "5.7.1", "mx.vosges-scierie.fr", heading="Message blocked", lead=BLOCKED),
                   b"Action: failed", 15), soft(a4, (), S)),
        # Controls: the same intro and a cut report that read the same before and after.
        ("tr61-control-gmail-delay-cut", f"{GMAIL_SRC} (Delay); {GRATE}; {SIZE_CUT}: cut after 'Action: delayed' "
         "(control: a warning stays a warning, never hard)",
         cut_after(_remote("t5", a5, rate, "4.2.1", "gmail-smtp-in.l.google.com", heading="Delivery incomplete",
                           lead=TEMP, action="delayed"), b"Action: delayed", 16), later(a5)),
        ("tr61-gmail-cut-dns-after-action", f"{GMAIL_SRC}; Google's DNS error text ('responded with code NXDOMAIN', "
         f"Status 4.0.0 with Action failed: gmail.md section 9); {SIZE_CUT}: cut after 'Action: failed' (Google's own "
         "DNS words quoted under 'The response was:', the domain missing: hard as the whole notice reads)",
         cut_after(g_dns("t6", a6), b"Action: failed", 15), [(a6, True, ("hostunknown",), R, False)]),
        ("tr61-control-gmail-intact-spam", f"{GMAIL_SRC}; Google's SMTP error reference (550 5.7.1 'likely "
         "unsolicited mail'); the report whole (control: a Diagnostic-Code present is read, not the text's quote; soft, "
         "the scope left open as review holdout56 finds it)",
         _remote("t7", a7, spam, "5.7.1", "gmail-smtp-in.l.google.com", heading="Message blocked", lead=BLOCKED),
         soft(a7, (), None)),
        ("tr61-control-person-quotes-response", "a colleague's own mail quoting a delivery log line (RFC 5321 4.2: "
         "'250' is success; Gmail's intro words in a person's sentence) (control: no bounce)",
         _person_quote(), []),
    ]


def _person_quote() -> bytes:
    return ("From: Dana Whitfield <dana@example.com>\nTo: seller@example.com\nSubject: Re: the Kobe order\n"
            "Date: Tue, 14 Oct 2025 10:02:11 +0000\nMessage-ID: <tr61-person@example.com>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=UTF-8\n\nHi Sam,\n\nI resent it from my own account and it went through. "
            "The response from the remote server was:\n250 2.0.0 OK 1760436131 a5si3 - gsmtp\n\nso they have it now.\n\n"
            "Dana\n").encode()


ROWS = _gmail_rows()


# Mend 2 (groupware60's gw60-zoho-own-unusual-activity): Zoho Mail's own notice labels every refused recipient
# 'Invalid Address, ERROR_CODE :<code>, ERROR_CODE :<reply>' whatever the reply says (sisimai's Lhost/Zoho.pm reads that
# line, its own example under the label being 'Requested action not taken: mailbox unavailable'), and Zoho's block of
# OUR account's outgoing mail, '550 5.4.6 Unusual sending activity detected.' (help.zoho.com community; Zoho Mail Usage
# Policy zoho.com/mail/help/usage-policy.html: 'the email outgoing from your account ... may be temporarily
# restricted'), is the sender's: no soft count on the lead.
ZOHO_SRC = ("Zoho Mail's own notice (review_notices43_layouts.zoho after sisimai's Lhost/Zoho.pm: X-ZohoMail, 'addr "
            "Invalid Address, ERROR_CODE :550, ERROR_CODE :...', one line per refused recipient)")
ZOHO_OUT = ("help.zoho.com community 'Unable to send message;Reason:550 5.4.6 Unusual sending activity detected.' and "
            "Zoho Mail Usage Policy (zoho.com/mail/help/usage-policy.html: outgoing restricted after unusual activity)")
OUT_REPLY = "550 5.4.6 Unusual sending activity detected."


def _zoho_line(address: str, code: str, rest: str) -> str:
    return f"{address} Invalid Address, ERROR_CODE :{code}, ERROR_CODE :{rest}"


def _zoho_rows() -> list[tuple]:
    b1, b2, b3, b4, b5, b6, b7 = ("purchasing@kaveri-textiles.in", "a.menon@kaveri-textiles.in",
                                  "o.adeyemi@ibadan-agro.com.ng", "ceo@pampas-cuero.com.ar", "r.silva@minas-cafe.com.br",
                                  "t.ngata@rotorua-timber.co.nz", "d.kowalczyk@wisla-stal.pl")
    two = "\n".join((_zoho_line(b1, "550", "5.4.6 Unusual sending activity detected."),
                     _zoho_line(b2, "550", "5.4.6 Unusual sending activity detected.")))
    return [
        ("tr61-zoho-two-outgoing-blocked", f"{ZOHO_SRC}; {ZOHO_OUT}: two recipients refused by our account's block "
         "(the sender's, neither lead's)", zoho_notice("tr61-z1", b1, two),
         [(b1, False, (), S, False), (b2, False, (), S, False)]),
        ("tr61-exch-zoho-smarthost-outgoing-blocked", f"{EXO_OLD_SRC}; {ZOHO_OUT}: our Exchange relaying through "
         "Zoho's SMTP, which refuses our account (no Remote-MTA named; 5.4.6 alone is a routing loop's code)",
         exchange_old("tr61-x1", b3, explain="", diag=OUT_REPLY, status="5.4.6"), soft(b3, (), S)),
        # Controls: the same label over a recipient's own failure, and the words in the recipient's sense.
        ("tr61-control-zoho-user-unknown", f"{ZOHO_SRC}; sendmail's '<addr>... User Unknown' (sisimai Lhost/Zoho.pm's "
         "own example line) (control: hard before and after)",
         zoho_notice("tr61-z2", b4, _zoho_line(b4, "550", f"5.1.1 <{b4}>... User Unknown")), hard(b4)),
        ("tr61-control-zoho-mailbox-unavailable", f"{ZOHO_SRC}; RFC 5321 4.2.3's canonical 550 text (sisimai "
         "Lhost/Zoho.pm's own example line) (control: a failure, the scope the recipient's)",
         zoho_notice("tr61-z3", b5, _zoho_line(b5, "550", "Requested action not taken: mailbox unavailable")),
         soft(b5, (), R)),
        ("tr61-control-pf-recipient-suspended-unusual-sending", f"{POSTFIX_SRC}; Google's 5.2.1 'The email account "
         "that you tried to reach is disabled' family in a host's own words: the RECIPIENT's account suspended for its "
         "own unusual sending (control: suspend, the recipient's)",
         pf_remote("tr61-p1", b6, f"550 5.2.1 <{b6}>: the recipient account has been suspended due to unusual sending "
                   "activity", "5.2.1", "mx.rotorua-timber.co.nz"), soft(b6, ("suspend",), R)),
        ("tr61-control-pf-invalid-address-rcpt", f"{POSTFIX_SRC}; a RCPT refusal worded 'Invalid Address' (not Zoho's "
         "label: no ERROR_CODE fields) (control: hard before and after)",
         pf_remote("tr61-p2", b7, f"550 5.1.1 <{b7}>: Recipient address rejected: Invalid Address", "5.1.1",
                   "mx.wisla-stal.pl"), hard(b7)),
        ("tr61-control-person-unusual-sending", "a prospect's own reply naming unusual sending activity on its account "
         "(control: no bounce)", _person_unusual(), []),
    ]


def _person_unusual() -> bytes:
    return ("From: Tomasz Nowak <t.nowak@wisla-stal.pl>\nTo: seller@example.com\nSubject: Re: Quick question\n"
            "In-Reply-To: <tr61-orig@example.com>\nDate: Tue, 14 Oct 2025 11:40:00 +0000\n"
            "Message-ID: <tr61-reply@wisla-stal.pl>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
            "Hi Sam,\n\nsorry for the silence: our provider flagged unusual sending activity on our account last week "
            "and held our outgoing mail. Thursday at 10 works.\n\nTomasz\n").encode()


ROWS += _zoho_rows()


# Mend 3 (damaged60's dm60-pf-delay-cut-before-action): a report block that lost its Action field to a cut, in a notice
# whose own words say it is a warning only (Postfix's delay template 'THIS IS A WARNING ONLY', bounce(5); Gmail's
# '** Delivery incomplete **' 'Gmail will retry'): a delay, never a final soft bounce counted on the lead.
GREY = "Postfix postscreen / policy greylisting's '450 4.7.1 ... Recipient address rejected: Greylisted' (postgrey's text)"


def _cut_before_action(raw: bytes, address: str) -> bytes:
    """`raw` cut right after its report's Final-Recipient line for `address` (the Action and what follows lost)."""
    return cut_after(raw, f"Final-Recipient: rfc822; {address}\n".encode(), len(f"Final-Recipient: rfc822; {address}\n"))


def _delay_rows() -> list[tuple]:
    c1, c2, c3 = "m.oconnell@shannon-aero.ie", "y.sato@sendai-denki.co.jp", "f.lund@bergen-havn.no"
    grey = (f"450 4.7.1 <{c1}>: Recipient address rejected: Greylisted, see "
            "http://postgrey.schweikert.ch/help/shannon-aero.ie.html")
    rate = ("450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a "
            "later time. c2si3 - gsmtp")
    unknown = f"550 5.1.1 <{c3}>: Recipient address rejected: User unknown in virtual mailbox table"
    return [
        ("tr61-pf-delay-greylist-cut-before-action", f"{POSTFIX_SRC} (delay template: 'THIS IS A WARNING ONLY'); {GREY}; "
         f"{SIZE_CUT}: cut after Final-Recipient (a warning stays a warning)",
         _cut_before_action(pf_remote("tr61-d1", c1, grey, "4.7.1", "mx.shannon-aero.ie", action="delayed"), c1),
         later(c1)),
        ("tr61-gmail-delay-cut-before-action", f"{GMAIL_SRC} (Delay: 'Delivery incomplete', 'Gmail will retry'); "
         f"{GRATE}; {SIZE_CUT}: cut after Final-Recipient (a warning stays a warning)",
         _cut_before_action(_remote("tr61-d2", c2, rate, "4.2.1", "gmail-smtp-in.l.google.com",
                                    heading="Delivery incomplete", lead=TEMP, action="delayed"), c2), later(c2)),
        ("tr61-control-pf-failed-cut-before-action", f"{POSTFIX_SRC} (failure template); {PFS}; {SIZE_CUT}: cut after "
         "Final-Recipient (control: a failure for good stays one, hard)",
         _cut_before_action(pf_remote("tr61-d3", c3, unknown, "5.1.1", "mx.bergen-havn.no"), c3), hard(c3)),
    ]


ROWS += _delay_rows()
