"""The hundred-and-thirty-fifth review: an ADVERSARIAL AUDIT of two recent mends nobody had audited.

A. Review 133's sub-heading rule (formats/intros.passed_lines, asked by formats/recipients.candidates and
   formats/lone.fallback; dde6c23: a heading opens its paragraph): a "Delivered:" / "Relayed:" / "Zugestellt:" /
   "Remis :" sub-heading under a failed-list intro names none failed up to the next heading.
   1. FALSE SOFTS: a failure heading that holds a delivered word but says no in a way outcome_words does not read
      ("Cannot be delivered:", "Nicht erfolgreich zugestellt:", "Non è stato consegnato:", "Kon niet worden
      afgeleverd:"); the failed address after a blank line in a paragraph of its own (Postfix's "<addr>: host ...
      said: 550 ...") or under a heading that ends with no colon; "Delivered to: <kim>" (the address it was for)
      and a returned "Delivered-To:" header under Exchange's "Delivery has failed to these recipients or groups:".
   2. FALSE HARDS: "went through" headings the rule does not know ("Expanded:", RFC 3464's action; Polish
      "Dostarczono:", Russian "Доставлено:", Japanese "配達済み：", a count "Delivered (1):").
   3. CONTROLS: the failure headings with a delivered word the rule already reads ("Could not be delivered:",
      "Undelivered:", "Not relayed:", "Non consegnato:", "Niet afgeleverd:", "Nie dostarczono:", "Не доставлено:"),
      real layouts with no sub-heading (Domino's "was not delivered to:", Exim's "The following address(es) failed:",
      Sendmail's "----- The following addresses had permanent fatal errors -----").
B. Review 129's said_address rules (_said_of_us in theirs_named, our_domain_beside):
   1. FALSE HARDS: OUR address or domain said unknown, the prospect named only as the recipient (Postfix's
      reject_unverified_sender quoting its probe's "Recipient address rejected: User unknown" with the recipient in
      front, "mail for <prospect> refused, your address <ours> is unknown", "the address you sent from").
   2. FALSE SOFTS: the prospect's own address said unknown, our address or domain only nearby (a "(mail from
      <ours>)" clause, "your domain example.com is not blocked", "sender <ours> ok").
   3. CONTROLS: "relay for <our domain> denied" (no recipient absence), our own address said missing.

Rows: (name, source, raw, expected), each expectation written from the words, the status (RFC 3463) and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources per section.
test_review_notices135.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import ours_layouts
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices85 import notice

R, S, ANY = "recipient", "sender", None

# ---- A. Sub-headings under a failed-list intro ------------------------------------------------------------------
LEAD = "lead@partner.example"
HEAD_SRC = ("hand-made after RFC 3461 §4.1 (NOTIFY=SUCCESS,FAILURE: one report may name delivered and failed "
            "recipients) and RFC 3464 §2.3.3 (Action: failed / delayed / delivered / relayed / expanded; 'expanded' "
            "= delivered, then forwarded to more addresses), in review 133's layout of headed lists under the intro "
            "'could not be delivered to one or more of its recipients' (Exim src/deliver.c's wording)")
WHY = "\n\tReason: 550 5.1.1 User unknown"
INTRO = "Your message could not be delivered to one or more of its recipients.\n\n"


def _mixed(name: str, lines: str, why: str, intro: str = INTRO, orig: str = "") -> tuple:
    """The intro, then `lines`; lead and kim in the returned original's To; only kim failed."""
    return (f"r135-head-{name}", HEAD_SRC + why, notice(f"r135-{name}", intro + lines + "\n", to=f"{LEAD}, {KIM}",
                                                         orig=orig), hard(KIM))


FS = " (FALSE SOFT attack: kim under a failure heading must stay failed)"
FH = " (FALSE HARD attack: the delivered lead must stay delivered)"
CTL = " (control)"
HEAD_ROWS = [
    # A1. False softs: failure headings holding a delivered word.
    _mixed("cannot-be-delivered", f"Delivered:\n\t{LEAD}\nCannot be delivered:\n\t{KIM}{WHY}",
           FS + " ('cannot' is a 'not' run into 'can')"),
    _mixed("cannot-be-delivered-first", f"Cannot be delivered:\n\t{KIM}{WHY}\nDelivered:\n\t{LEAD}",
           FS + " (the failure heading first)"),
    _mixed("de-nicht-erfolgreich-zugestellt", f"Zugestellt:\n\t{LEAD}\nNicht erfolgreich zugestellt:\n\t{KIM}{WHY}",
           FS + " (German: 'nicht' an adverb away from 'zugestellt')"),
    _mixed("it-non-e-stato-consegnato", f"Consegnato:\n\t{LEAD}\nNon è stato consegnato:\n\t{KIM}{WHY}",
           FS + " (Italian: 'non è stato consegnato', not delivered)"),
    _mixed("nl-kon-niet-worden-afgeleverd", f"Afgeleverd:\n\t{LEAD}\nKon niet worden afgeleverd:\n\t{KIM}{WHY}",
           FS + " (Dutch: 'kon niet worden afgeleverd', could not be delivered)"),
    _mixed("es-no-pudo-ser-entregado", f"Entregado:\n\t{LEAD}\nNo pudo ser entregado:\n\t{KIM}{WHY}",
           FS + " (Spanish: 'no pudo ser entregado')"),
    _mixed("blank-then-postfix-paragraph", f"Delivered:\n\t{LEAD}\n\n<{KIM}>: host mx.partner.example[192.0.2.10] "
           f"said: 550 5.1.1 <{KIM}>: Recipient address rejected: User unknown in local recipient table (in reply "
           "to RCPT TO command)", FS + " (kim's own paragraph after a blank line, in Postfix's bounce_notify_util.c "
           "'<%s>: %s' form, its own reply saying the failure)"),
    _mixed("blank-then-failed-address-colon", f"Delivered:\n\t{LEAD}\n\n{KIM}: 550 5.1.1 User unknown",
           FS + " (kim's own 'addr: 550 ...' line after a blank line)"),
    _mixed("heading-no-colon", f"Delivered:\n\t{LEAD}\n\n----- Failed -----\n\t{KIM}{WHY}",
           FS + " (a failure heading written without a colon)"),
    # A1. Exchange's own intro (learn.microsoft.com 'How to interpret an Exchange NDR': 'Delivery has failed to these
    # recipients or groups:' then the address, then the reason).
    _mixed("exchange-delivered-to-label", f"{KIM}\nThe email address you entered couldn't be found.\n\nDelivered "
           f"to: {KIM}", FS + " (Exchange's intro; 'Delivered to: <kim>' names whom the message was for)",
           intro="Delivery has failed to these recipients or groups:\n\n"),
    _mixed("exchange-delivered-to-folded", f"Delivered to:\n\t{KIM}\nThe email address you entered couldn't be "
           "found.", FS + " (the same label, its address folded under it: the list's only address)",
           intro="Delivery has failed to these recipients or groups:\n\n"),
    _mixed("exchange-delivered-to-header", f"{KIM}\nThe email address you entered couldn't be found.",
           FS + " (a 'Delivered-To:' line among the returned headers, RFC 9228)",
           intro="Delivery has failed to these recipients or groups:\n\n", orig=f"Delivered-To: {KIM}\n"),
    _mixed("delivered-then-kim-sentence", f"Delivered:\n\t{LEAD}\nThe message to {KIM} could not be delivered: "
           "550 5.1.1 User unknown", FS + " (kim's own sentence after the delivered list)"),
    _mixed("delivered-then-kim-reason-first", f"Delivered:\n\t{LEAD}\n550 5.1.1 <{KIM}>: Recipient address "
           "rejected: User unknown", FS + " (kim's reply line, its code first, after the delivered list)"),
    _mixed("delivered-zero-count", f"Delivered: 0\nFailed: 1\n\t{KIM}{WHY}", FS + " ('Delivered: 0', a count)"),
    # A2. False hards: "went through" headings the rule does not know.
    _mixed("expanded", f"Expanded:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", FH + " (RFC 3464's 'expanded')"),
    _mixed("pl-dostarczono", f"Dostarczono:\n\t{LEAD}\nNie dostarczono:\n\t{KIM}{WHY}", FH + " (Polish)"),
    _mixed("ru-dostavleno", f"Доставлено:\n\t{LEAD}\nНе доставлено:\n\t{KIM}{WHY}", FH + " (Russian)"),
    _mixed("ja-haitatsu-zumi", f"配達済み：\n\t{LEAD}\n配達できませんでした：\n\t{KIM}{WHY}",
           FH + " (Japanese, full-width colons)"),
    _mixed("delivered-count", f"Delivered (1):\n\t{LEAD}\nFailed (1):\n\t{KIM}{WHY}", FH + " (counts in brackets)"),
    _mixed("successfully-delivered", f"Successfully delivered:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", FH),
    _mixed("delivered-ok", f"Delivered OK:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", FH),
    _mixed("de-zugestellt-an", f"Zugestellt an:\n\t{LEAD}\nNicht zugestellt an:\n\t{KIM}{WHY}", FH + " (German)"),
    _mixed("it-consegnato", f"Consegnato:\n\t{LEAD}\nNon consegnato:\n\t{KIM}{WHY}", FH + " (Italian)"),
    _mixed("nl-afgeleverd", f"Afgeleverd:\n\t{LEAD}\nNiet afgeleverd:\n\t{KIM}{WHY}", FH + " (Dutch)"),
    # A3. Controls.
    _mixed("c-could-not-be-delivered", f"Delivered:\n\t{LEAD}\nCould not be delivered:\n\t{KIM}{WHY}", CTL),
    _mixed("c-undelivered", f"Delivered:\n\t{LEAD}\nUndelivered:\n\t{KIM}{WHY}", CTL),
    _mixed("c-not-relayed", f"Relayed:\n\t{LEAD}\nNot relayed:\n\t{KIM}{WHY}", CTL),
    _mixed("c-delivery-failed-for", f"Delivered:\n\t{LEAD}\nDelivery failed for:\n\t{KIM}{WHY}", CTL),
    _mixed("c-your-message-was-not-delivered", f"Delivered:\n\t{LEAD}\nYour message was not delivered:\n\t{KIM}{WHY}",
           CTL),
    _mixed("c-erfolgreich-zugestellt", f"Erfolgreich zugestellt:\n\t{LEAD}\nNicht zugestellt:\n\t{KIM}{WHY}",
           CTL + " (German 'erfolgreich zugestellt' went through)"),
    _mixed("c-failed-count-first", f"Failed (1):\n\t{KIM}{WHY}\nDelivered (1):\n\t{LEAD}", CTL + " (counts)"),
    _mixed("c-delivered-then-blank-more-delivered", f"Delivered:\n\t{LEAD}\n\n\tlee@partner.example\n"
           f"Failed:\n\t{KIM}{WHY}", CTL + " (a delivered list with a blank line inside it)"),
    # Controls of review 135's mend (intros._passed_heading, _failed_line; written after it, before they ran): a
    # delivered entry's own words, a failure before its delivery, a count, keep the delivered list delivered.
    _mixed("c-blank-then-250-ok", f"Delivered:\n\t{LEAD}\n\n{LEAD}: 250 2.0.0 OK queued\nFailed:\n\t{KIM}{WHY}",
           CTL + " (the delivered one's own reply line after a blank line)"),
    _mixed("c-delivered-after-failed-attempts", f"Delivered:\n\t{LEAD} (delivered after 2 failed attempts)\n"
           f"Failed:\n\t{KIM}{WHY}", CTL + " (a failure before the delivery)"),
    _mixed("c-delivered-not-yet-read", f"Delivered:\n\t{LEAD} (not yet read)\nFailed:\n\t{KIM}{WHY}",
           CTL + " (its reading, no failure)"),
    _mixed("c-delivered-flush-status", f"Delivered:\n{LEAD}\nStatus: 2.0.0\nFailed:\n{KIM}{WHY}",
           CTL + " (entries flush left, a status line)"),
    _mixed("c-delivered-count-two", f"Delivered (2):\n\t{LEAD}\n\tlee@partner.example\nFailed (1):\n\t{KIM}{WHY}",
           CTL + " (counts, two delivered)"),
    _mixed("c-delivered-no-errors", f"Delivered, no errors:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}",
           CTL + " ('no errors' negates no delivery)"),
    _mixed("c-relayed-no-dsn", f"Relayed (no DSN from the next hop):\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}",
           CTL + " (RFC 3464's relayed, the reason in brackets)"),
    ("r135-head-c-domino", "HCL Domino admin help (Delivery Failure Report: 'Your message ... was not delivered to: "
     "... because: ...', help.hcltechsw.com 'Managing undeliverable mail'); hand-made" + CTL,
     notice("r135-domino", f"Your message\n\n  Subject: Quick question\n\nwas not delivered to:\n\n  {KIM}\n\nbecause:"
            f"\n\n  User {KIM} not listed in Domino Directory\n", to=f"{LEAD}, {KIM}"), hard(KIM)),
    ("r135-head-c-exim", "Exim src/deliver.c (the failure message: 'The following address(es) failed:', each "
     "address then its host and SMTP error indented); hand-made" + CTL,
     notice("r135-exim", "This message was created automatically by mail delivery software.\n\nA message that you "
            "sent could not be delivered to one or more of its recipients. This is a permanent error. The following "
            f"address(es) failed:\n\n  {KIM}\n    host mx.partner.example [192.0.2.10]\n    SMTP error from remote "
            f"mail server after RCPT TO:<{KIM}>:\n    550 5.1.1 <{KIM}>: Recipient address rejected: User unknown\n",
            to=f"{LEAD}, {KIM}"), hard(KIM)),
    ("r135-head-c-sendmail-after-delivered", "freebsd-src contrib/sendmail/src/savemail.c (errbody: '----- The "
     "following addresses had permanent fatal errors -----'), after a delivered sub-heading; hand-made" + CTL,
     notice("r135-sendmail", INTRO + f"Delivered:\n\t{LEAD}\n\n   ----- The following addresses had permanent fatal "
            f"errors -----\n<{KIM}>\n    (reason: 550 5.1.1 User unknown)\n", to=f"{LEAD}, {KIM}"), hard(KIM)),
]

# ---- B. said_address: whose address or domain is said unknown -----------------------------------------------------
MX = "mx.partner.example"
OURS = "sender@example.com"
UNK = ("userunknown",)
OUR_SIDE = (False, (), S)
NOT = (False, (), ANY)
HARD_UNK = (True, UNK, R)

OF_US = ("attack on review 129's said_address rules (theirs_named's _said_of_us, our_domain_beside): OUR address or "
         "domain said unknown, the prospect named only as the recipient; postfix src/smtpd/smtpd_check.c "
         "(reject_unverified_sender: '<%s>: Sender address rejected: undeliverable address: %s', its probe's reply "
         "quoted after it), Exim's sender verification ('Sender verify failed'); the sender's address missing is "
         "taxonomy section 7, never hard")
OF_US_ROWS = [
    ("verify-probe-quoted-rcpt-named", f"550 5.1.0 <{LEAD}>: Sender address rejected: undeliverable address: host "
     f"mx.example.com[192.0.2.25] said: 550 5.1.1 <{OURS}>: Recipient address rejected: User unknown in local "
     "recipient table", "5.1.0", "RCPT", *OUR_SIDE),
    ("mail-for-lead-your-address-unknown", f"550 5.1.1 Dear sender: mail for {LEAD} refused, your address {OURS} is "
     "unknown", "5.1.1", "RCPT", *OUR_SIDE),
    ("address-you-sent-from", f"550 5.1.1 Dear sender: the address you sent from does not exist; mail to {LEAD} not "
     "delivered", "5.1.1", "RCPT", *OUR_SIDE),
    ("lead-ok-sender-unknown", f"550 5.1.1 Dear sender: recipient {LEAD} OK, sender address {OURS} unknown",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("exim-verify-lead-first", f"550 Verification failed for <{OURS}> (recipient {LEAD}): Unrouteable address; "
     "Sender verify failed", "5.0.0", "RCPT", *OUR_SIDE),
    ("our-domain-missing-lead-named", f"550 5.1.2 Dear sender: domain example.com does not exist (sender of mail to "
     f"{LEAD})", "5.1.2", "RCPT", *OUR_SIDE),
]
NEARBY = ("attack on review 129's said_address rules: the PROSPECT's own address said unknown (RFC 3463 5.1.1 bad "
          "destination mailbox address), our address or domain only nearby (a 'mail from <ours>' clause, as Exim's "
          "and Postfix's logs name the envelope sender; 'your domain ... is not blocked'; 'sender <ours> ok'): "
          "userunknown, hard (taxonomy section 2)")
NEARBY_ROWS = [
    ("lead-unknown-mail-from-ours", f"550 5.1.1 Dear sender: address {LEAD} does not exist (mail from {OURS})",
     "5.1.1", "RCPT", *HARD_UNK),
    ("lead-unknown-your-domain-not-blocked", f"550 5.1.1 Dear sender, the address {LEAD} does not exist. Your domain "
     "example.com is not blocked.", "5.1.1", "RCPT", *HARD_UNK),
    ("lead-unknown-sender-ok", f"550 5.1.1 Dear sender: address {LEAD} unknown; sender {OURS} ok", "5.1.1", "RCPT",
     *HARD_UNK),
    ("lead-unknown-for-mail-from-ours", f"550 5.1.1 Dear sender: address {LEAD} does not exist for mail from "
     f"{OURS}", "5.1.1", "RCPT", *HARD_UNK),
    ("lead-unknown-signature-our-domain", f"550 5.1.1 Dear sender: the address {LEAD} does not exist. Mail from "
     "example.com is welcome here.", "5.1.1", "RCPT", *HARD_UNK),
]
CTL_B = ("controls: a relay refused for our domain names no recipient absence (RFC 3463 5.7.1, delivery not "
         "authorized; Postfix smtpd_check.c 'Relay access denied'); our own address said missing stays ours "
         "(taxonomy section 7)")
CTL_B_ROWS = [
    ("c-relay-for-our-domain-denied", "550 5.7.1 Dear sender: relay for example.com denied", "5.7.1", "RCPT", *NOT),
    ("c-our-address-missing-lead-named", f"550 5.1.1 Dear sender: address {OURS} does not exist (message to {LEAD})",
     "5.1.1", "RCPT", *OUR_SIDE),
]
# Controls of review 135's mend (said_address._said_missing, written after it, before they ran): our address named in a
# role _ADDRESS_NAMED does not read ("envelope sender <ours>", "return-path <ours>", "mail from <our domain>") and
# said missing in its own clause beside the prospect's: our sender refused (sender verification), never hard.
CTL_MEND = ("controls of review 135's mend (said_address._said_missing, written after it, before they ran): our "
            "address or domain said missing in its own clause, named in a role (envelope sender, return-path, mail "
            "from), beside the prospect's address said invalid or not found; sender verification (Exim's 'Sender "
            "verify failed', Postfix smtpd_check.c reject_unverified_sender): taxonomy section 7, never hard")
CTL_MEND_ROWS = [
    ("c-envelope-sender-unknown", f"550 5.1.1 Dear sender: address {LEAD} invalid, envelope sender {OURS} unknown",
     "5.1.1", "RCPT", *NOT),
    ("c-return-path-unknown", f"550 5.1.1 Dear sender: mailbox {LEAD} not found; return-path {OURS} unknown",
     "5.1.1", "RCPT", *NOT),
    ("c-mail-from-domain-unknown", f"550 5.1.1 Dear sender: address {LEAD} unknown; mail from example.com unknown",
     "5.1.1", "RCPT", *NOT),
    ("c-sender-verify-failed-for-ours", f"550 5.1.1 Dear sender: address {LEAD} does not exist. Sender verify "
     f"failed for {OURS}", "5.1.1", "RCPT", *NOT),
    ("c-ours-rejected-lead-unknown", f"550 5.1.1 Dear sender: address {LEAD} unknown; sender {OURS} rejected",
     "5.1.1", "RCPT", *NOT),
    ("c-unknown-sender-word-then-ours", f"550 5.1.1 Dear sender: address {LEAD}: unknown sender {OURS}", "5.1.1",
     "RCPT", *NOT),
    ("c-unknown-sender-before", f"550 5.1.1 Dear sender: address {LEAD} does not exist for unknown sender {OURS}",
     "5.1.1", "RCPT", *NOT),
]

ROWS: list[tuple] = (HEAD_ROWS
                     + ours_layouts("r135", MX, LEAD, "ofus", OF_US, OF_US_ROWS,
                                    ("mail-for-lead-your-address-unknown", "lead-ok-sender-unknown"))
                     + ours_layouts("r135", MX, LEAD, "near", NEARBY, NEARBY_ROWS,
                                    ("lead-unknown-mail-from-ours", "lead-unknown-sender-ok"))
                     + ours_layouts("r135", MX, LEAD, "ctl", CTL_B, CTL_B_ROWS, ())
                     + ours_layouts("r135", MX, LEAD, "mend", CTL_MEND, CTL_MEND_ROWS, ()))
