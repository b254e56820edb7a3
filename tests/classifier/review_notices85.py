"""The eighty-fifth review: an adversarial audit of review 84's recipient rules, its plain-text half. A labelled
line naming a recipient without an address ("Recipient: lead", "Empfänger: Lead Person") is now mapped to the
original's To/Cc (formats/recipients._NAMED_LABEL): these notices put such lines on people who did NOT fail (a
delivered recipient's line, a recap of the original's headers, a help contact, our own sender Cc'd, a colleague
an out-of-office names) beside the one who did; address literals (x@[192.0.2.1]) now read, so our relay's and a
transcript's literals sit beside the failed one; and review 84's domain end (never on a hyphen) meets prose
dashes and wrapped domains. A false recipient (a hard reason on an address that did not fail) is the worst
harm. Expectations written from the words and taxonomy.md BEFORE the classifier ran; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices50_layouts import SELLER, headers
from tests.classifier.review_notices50_sources import KIM, LEAD, LEE, hard

LABEL = ("groupware and appliance notices' labelled lines ('Recipient:', 'Empfänger:', 'Address:'; review 84's "
         "formats/recipients._NAMED_LABEL shapes) naming people by local part or display name; the returned "
         "original's To/Cc give the addresses (HAND-MADE)")
MIXED = ("RFC 3461 §4.1 NOTIFY=SUCCESS,FAILURE (one notice may report delivered and failed recipients together), "
         "written as a groupware notice's labelled lines (HAND-MADE)")
RECAP = ("a notice restating the original's header fields (Exchange 2003's 'Subject:'/'Sent:' recap, James's "
         "'Message details:'), here labelled lines naming the original's other recipients (HAND-MADE)")
OOO = ("RFC 3834 §3.1.7 and §5 (an auto-reply: Auto-Submitted: auto-replied; no bounce) with an out-of-office "
       "text naming a colleague on a labelled line (HAND-MADE)")
LITERAL = ("RFC 5321 §4.1.3 (address literals, '[192.0.2.1]'), as MTAs write them for our relay or a remote "
           "host in a transcript or trace field (HAND-MADE)")
SM_TRANSCRIPT = ("freebsd-src contrib/sendmail/src/savemail.c errbody ('----- Transcript of session follows -----', "
                 "'>>> MAIL From:' / '<<< 250' lines of usersmtp.c) with a literal sender (HAND-MADE)")
RECEIVED = ("RFC 5321 §4.4 Received trace (Sendmail's 'from host (user@[192.0.2.10])' ident form, "
            "sendmail/conf.c's $_ macro) in the returned original's headers (HAND-MADE)")
DASH = ("prose notices of gateways writing an ASCII dash '--' or a hyphen against an address, and wrapped domains "
        "(RFC 1035 §2.3.1: a label ends in a letter or digit) (HAND-MADE)")
DEEP = "RFC 1035 §2.3.4 (names up to 255 octets: many labels), RFC 5321 §4.5.3.1.2 (HAND-MADE)"
_WHY = "Reason: 550 5.1.1 User unknown\n"
_LEAD_N, _KIM_N, _LEE_N = f"Lead Person <{LEAD}>", f"Kim Other <{KIM}>", f"Lee Third <{LEE}>"
_SELF = f"Seller <{SELLER}>"


def notice(name: str, body: str, *, to: str, cc: str = "", subject: str = "Undeliverable: Quick question",
           sender: str = "MAILER-DAEMON@mail.example.com", top: str = "", orig: str = "") -> bytes:
    """A one-part notice (the server's words), then the returned original's headers (To and Cc)."""
    return (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\n{top}Auto-Submitted: auto-replied\n"
            f"Message-Id: <r85-{name}@mail.example.com>\nX-Hand-Made: yes (review 85)\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + body
            + "\n------ This is a copy of the message's headers. ------\n\n" + orig + headers(f"r85-{name}", to, cc)
            ).encode()


def _one(name: str, lines: str, to: str, cc: str = "") -> bytes:
    return notice(name, f"Your message could not be delivered to one or more of its recipients.\n\n{lines}\n", to=to,
                  cc=cc)


# ---- (a) labelled lines that name someone who did not fail ------------------------------------------------
NAMED = [
    ("a85-delivered-section-then-failed", MIXED + " (a delivered section, then a failed one)",
     notice("ds", "Delivery to the following recipients succeeded:\n\nRecipient: lead\n\n"
            "Delivery to the following recipients failed:\n\nRecipient: kim\n" + _WHY, to=f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-delivered-tag-column", MIXED + " (each labelled line its own outcome after the local part)",
     _one("dtc", "Recipient: lead (delivered)\nRecipient: kim (failed: 550 5.1.1 User unknown)", f"{LEAD}, {KIM}"),
     hard(KIM)),
    ("a85-delivered-dash-ok", MIXED + " (' - OK' after the delivered one's name)",
     _one("ddo", "Recipient: Lead Person - OK\nRecipient: Kim Other - 550 5.1.1 User unknown", f"{_LEAD_N}, {_KIM_N}"),
     hard(KIM)),
    ("a85-german-zugestellt", MIXED + " (German: 'zugestellt' delivered, 'unzustellbar' failed)",
     notice("dez", "Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.\n\n"
            "Empfänger: Lead Person (zugestellt)\nEmpfänger: Kim Other (unzustellbar: 550 5.1.1 Benutzer unbekannt)\n",
            to=f"{_LEAD_N}, {_KIM_N}", subject="Unzustellbar: Quick question"), hard(KIM)),
    ("a85-success-report-named", LABEL + " (a success report naming the recipient by display name)",
     notice("ok", "Your message was delivered to the following recipient.\n\nRecipient: Lead Person\n"
            "Status: 2.0.0 delivered to mailbox\n", to=_LEAD_N, subject="Delivered: Quick question"), []),
    ("a85-success-report-local", LABEL + " (a relay's success report by local part)",
     notice("okl", "This is a delivery status notification. Delivery to the following recipient succeeded.\n\n"
            "Recipient: lead\nStatus: delivered\n", to=LEAD, subject="Delivery Status Notification (Success)"), []),
    ("a85-sender-cc-self", LABEL + " (our sender Cc'd herself; the notice names her on a 'Mailbox:' line)",
     _one("self", f"Recipient: lead\n{_WHY}\nMailbox: seller (sender)\n", LEAD, _SELF), hard(LEAD)),
    ("a85-recap-recipients-line", RECAP + " ('Recipients:' restating the whole To)",
     _one("rr", f"Recipient: kim\n{_WHY}\nOriginal message:\n  Recipients: Lead Person, Kim Other\n"
          "  Subject: Quick question\n", f"{_LEAD_N}, {_KIM_N}"), hard(KIM)),
    ("a85-recap-bulleted-to", RECAP + " (a bulleted recap '- To: Lead Person')",
     _one("bt", f"Recipient: kim\n{_WHY}\nOriginal message details:\n - From: Seller\n - To: Lead Person\n"
          " - Cc: Kim Other\n", _LEAD_N, _KIM_N), hard(KIM)),
    ("a85-recap-addressee-after", RECAP + " ('Addressee:' naming the first To recipient in a recap below the failure)",
     notice("ra", f"Delivery to kim@partner.example failed.\n{_WHY}\nMessage details\n  Addressee: Lead Person\n"
            "  Subject: Quick question\n", to=f"{_LEAD_N}, {_KIM_N}"), hard(KIM)),
    ("a85-forwarded-three-to", LABEL + " (a forwarded thread sent to three; the notice names the third)",
     _one("f3", f"Recipient: lee\n{_WHY}", f"{LEAD}, {KIM}, {LEE}"), hard(LEE)),
    ("a85-shared-name-cc", LABEL + "; review 57 (a display name shared by a Cc: which failed cannot be told)",
     _one("sn", f"Recipient: Lead Person\n{_WHY}", _LEAD_N, "Lead Person <lead@home.example>"), []),
    ("a85-shared-local-cc", LABEL + "; review 57 (a local part shared by a Cc)",
     _one("sl", f"Recipient: lead\n{_WHY}", LEAD, "lead@home.example"), []),
    ("a85-reply-to-line", LABEL + " (a 'Reply-To:' line naming a Cc'd colleague)",
     _one("rt", f"Recipient: lead\n{_WHY}\nReply-To: Kim Other\n", LEAD, _KIM_N), hard(LEAD)),
    ("a85-help-address-line", LABEL + " (an 'Address:' line of the help desk naming a Cc'd role mailbox)",
     _one("help", f"Recipient: lead\n{_WHY}\nFor assistance contact our help desk.\nAddress: info\n", LEAD,
          "info@example.com"), hard(LEAD)),
    ("a85-contact-postmaster", LABEL + " ('Contact: postmaster', the original Cc'd a postmaster)",
     _one("pm", f"Recipient: lead\n{_WHY}\nContact: postmaster\n", LEAD, "postmaster@example.org"), hard(LEAD)),
    ("a85-sender-line", LABEL + " ('Sender: Sam', our sender's name, Sam also Cc'd)",
     _one("sam", f"Sender: Sam\nRecipient: lead\n{_WHY}", LEAD, "Sam <sam@example.com>"), hard(LEAD)),
    ("a85-to-line-cased", LABEL + " ('TO: lead' upper case, a recap as much as a failure: not read alone)",
     notice("tc", "Your message could not be delivered.\n\nFROM: Seller\nTO: Kim Other\n\n"
            f"Delivery to lead@example.org failed.\n{_WHY}", to=f"{_LEAD_N}, {_KIM_N}"), hard(LEAD)),
    ("a85-ooo-colleague", OOO, notice("ooo", "I am out of the office until 10 December.\n\nFor urgent matters please "
                                      "contact my colleague:\nAddressee: Kim Other\n", to=_LEAD_N, cc=_KIM_N,
                                      subject="Automatic reply: Quick question", sender="Lead Person <lead@example.org>"),
     []),
    ("a85-autoreply-recipient-lines", OOO + " (a ticket system's receipt with 'Recipient:' lines)",
     notice("tk", "Thank you, your request has been received and a ticket was opened.\n\nRecipient: lead\n"
            "Ticket: #4711\n", to=LEAD, subject="Ticket received: Quick question", sender="helpdesk@example.org"), []),
    ("a85-digest-recipient-lines", LABEL + " (a daily digest of mail delivered, recipients on labelled lines)",
     notice("dg", "Daily delivery digest for seller@example.com\n\nMessage 1: Quick question\nRecipient: lead\n"
            "Result: delivered\n\nMessage 2: Follow-up\nRecipient: kim\nResult: delivered\n", to=f"{LEAD}, {KIM}",
            subject="Your daily mail digest", sender="reports@mail.example.com"), []),
    ("a85-delay-then-failed", LABEL + " (a delayed recipient's line and a failed one's)",
     notice("dl", "Delivery to the following recipient has been delayed:\n\nRecipient: lead\n"
            "Reason: 451 4.4.1 no answer from host, will retry\n\nDelivery to the following recipient failed "
            f"permanently:\n\nRecipient: kim\n{_WHY}", to=f"{LEAD}, {KIM}"),
     [(LEAD, False, (), "", True)] + hard(KIM)),
    ("a85-ctrl-local-part", LABEL + " (control: the failed one by local part alone, two recipients)",
     _one("c1", f"Recipient: kim\n{_WHY}", f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-ctrl-display-name-cc", LABEL + " (control: the failed one a Cc by display name)",
     _one("c2", f"Empfänger: Kim Other\n{_WHY}", _LEAD_N, _KIM_N), hard(KIM)),
    ("a85-ctrl-address-and-delivered-name", MIXED + " (control: the failed by address, the delivered by name)",
     notice("c3", "Delivered:\n  Recipient: Lead Person\n\nFailed:\n  Recipient: kim@partner.example\n  " + _WHY,
            to=f"{_LEAD_N}, {_KIM_N}"), hard(KIM)),
]

# ---- (a') the guards' controls: the same words on a failed one's line keep it found -----------------------
GUARDS = [
    ("a85-g-not-delivered-tail", MIXED + " ('(not delivered: ...)' holds 'delivered' but says the opposite)",
     _one("g1", "Recipient: kim (not delivered: 550 5.1.1 User unknown)", f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-g-status-line-failed", MIXED + " (a 'Status:' line under the failed one's label)",
     _one("g2", "Recipient: kim\nStatus: 550 5.1.1 User unknown", f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-g-not-delivered-heading", MIXED + " (a 'Not delivered:' heading over the failed one's label)",
     notice("g3", "Not delivered:\n  Recipient: Kim Other\n  " + _WHY, to=f"{_LEAD_N}, {_KIM_N}"), hard(KIM)),
    ("a85-g-french-non-remis", MIXED + " (French: 'remis' delivered, 'non remis' not)",
     notice("g4", "Votre message n'a pas pu être remis à tous ses destinataires.\n\nDestinataire : lead (remis)\n"
            "Destinataire : kim (non remis : 550 5.1.1 utilisateur inconnu)\n", to=f"{LEAD}, {KIM}",
            subject="Non remis : Quick question"), hard(KIM)),
    ("a85-g-german-nicht-zugestellt", MIXED + " (German: 'nicht zugestellt' is no delivery)",
     notice("g5", "Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.\n\n"
            "Empfänger: Kim Other (nicht zugestellt, 550 5.1.1 Benutzer unbekannt)\n", to=f"{_LEAD_N}, {_KIM_N}",
            subject="Unzustellbar: Quick question"), hard(KIM)),
    ("a85-g-cc-by-local-part", LABEL + " (the failed one a Cc, named by local part; the To is someone else)",
     _one("g6", f"Recipient: kim\n{_WHY}", LEAD, KIM), hard(KIM)),
    ("a85-g-invalid-recipient", LABEL + " ('Invalid recipient:' naming a Cc by display name)",
     _one("g7", f"Invalid recipient: Kim Other\n{_WHY}", _LEAD_N, _KIM_N), hard(KIM)),
    ("a85-g-address-label-in-list", LABEL + " (a bare 'Address:' label naming the failed one inside the list)",
     notice("g8", "Your message could not be delivered to the following address:\n\nAddress: kim\n" + _WHY,
            to=f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-g-date-in-failed-block", LABEL + " (the failed one's block holds its own 'Date:' line: no recap)",
     _one("g10", f"Recipient: kim\nDate: Thu, 3 Dec 2026 10:05:00 +0000\n{_WHY}", f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-g-date-in-failed-block-cc", LABEL + " (the same, the failed one a Cc)",
     _one("g11", f"Recipient: kim\nDate: Thu, 3 Dec 2026 10:05:00 +0000\n{_WHY}", LEAD, KIM), hard(KIM)),
    ("a85-g-nobody-named-with-cc", LABEL + " (the notice names nobody; the original had a To and a Cc: "
     "which failed cannot be told)", notice("g9", "Your message could not be delivered.\n\n" + _WHY, to=LEAD, cc=KIM),
     []),
]

# ---- (a'') more shapes of the same attack ------------------------------------------------------------------
MORE = [
    ("a85-forward-receipt", OOO + " (a forwarding receipt naming where the mail went: no failure)",
     notice("fw", "Your message to lead has been forwarded to my colleague.\n\nRecipient: kim\n", to=LEAD, cc=KIM,
            subject="Forwarded: Quick question", sender="Lead Person <lead@example.org>"), []),
    ("a85-german-ooo", OOO + " (German 'Abwesenheitsnotiz' with an 'Empfänger:' line naming the deputy)",
     notice("deo", "Ich bin bis 10. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an:\n\n"
            "Empfänger: Kim Other\n", to=_LEAD_N, cc=_KIM_N, subject="Abwesenheitsnotiz: Quick question",
            sender="Lead Person <lead@example.org>"), []),
    ("a85-mdn-like-text", "RFC 8098 §3.2.6 wording in a plain read receipt ('Recipient:' then 'Disposition: displayed') "
     "(HAND-MADE)", notice("mdn", "Your message was displayed by the recipient.\n\nRecipient: Lead Person\n"
                                 "Disposition: manual-action/MDN-sent-manually; displayed\n", to=_LEAD_N,
                                 subject="Read: Quick question", sender="Lead Person <lead@example.org>"), []),
    ("a85-ctrl-to-label-failed", LABEL + " (control: 'To: kim' on a failure's own line; by_name finds kim's word)",
     notice("tk2", f"Delivery failed.\nTo: kim\n{_WHY}", to=f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-ctrl-mailboxfull-label", LABEL + " (control: a full mailbox by label, soft)",
     _one("mf", "Recipient: kim\nReason: 552 5.2.2 Mailbox full", f"{LEAD}, {KIM}"),
     [(KIM, False, ("mailboxfull",), "", False)]),
    ("a85-literal-from-local-label", LABEL + "; " + LITERAL + " (the original's From a literal; the failed by local part)",
     notice("lf", f"Your message could not be delivered.\n\nRecipient: lead\n{_WHY}", to=f"{LEAD}, {KIM}",
            orig="Return-Path: <seller@[198.51.100.7]>\n"), hard(LEAD)),
    ("a85-two-names-one-delivered-line-below", MIXED + " (each labelled line followed by its own 'Status:' line)",
     _one("sb", "Recipient: Lead Person\nStatus: 250 2.0.0 delivered\n\nRecipient: Kim Other\n"
          "Status: 550 5.1.1 User unknown", f"{_LEAD_N}, {_KIM_N}"), hard(KIM)),
]

# ---- (a3) the same lines with addresses (LABELLED, before review 84): a delivered one never failed ---------
ADDRESSED = [
    ("a85-addr-delivered-tag", MIXED + " (addresses, each line its outcome)",
     _one("ad1", f"Recipient: {LEAD} (delivered)\nRecipient: {KIM} (failed: 550 5.1.1 User unknown)", f"{LEAD}, {KIM}"),
     hard(KIM)),
    ("a85-addr-status-lines", MIXED + " (addresses, a 'Status:' line under each)",
     _one("ad2", f"Recipient: {LEAD}\nStatus: 250 2.0.0 delivered\n\nRecipient: {KIM}\nStatus: 550 5.1.1 User unknown",
          f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-addr-headings", MIXED + " (addresses under 'Delivered:' and 'Failed:' headings)",
     notice("ad3", f"Delivered:\n  Recipient: {LEAD}\n\nFailed:\n  Recipient: {KIM}\n  " + _WHY, to=f"{LEAD}, {KIM}"),
     hard(KIM)),
    ("a85-addr-recap-with-comment", RECAP + " (the recap's 'To: a@b (Name)' with a comment after the address)",
     notice("ad5", f"Delivery to {KIM} failed.\n{_WHY}\nOriginal message:\nFrom: seller@example.com (Seller)\n"
            f"To: {LEAD} (Lead Person)\nSubject: Quick question\n", to=f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-addr-recipient-comment-sent", RECAP + " ('Recipient: a@b (Name)' in a block that restates Sent and Subject)",
     notice("ad6", f"Delivery to {KIM} failed.\n{_WHY}\nSent: 12/3/2026 10:00 AM\nRecipient: {LEAD} (Lead Person)\n"
            "Subject: Quick question\n", to=f"{LEAD}, {KIM}"), hard(KIM)),
    ("a85-addr-sections", MIXED + " (addresses under a succeeded intro and a failed one)",
     notice("ad4", f"Delivery to the following recipients succeeded:\n\nRecipient: {LEAD}\n\n"
            f"Delivery to the following recipients failed:\n\nRecipient: {KIM}\n" + _WHY, to=f"{LEAD}, {KIM}"),
     hard(KIM)),
]

# ---- (b) address literals that are never a recipient ------------------------------------------------------
LITERALS = [
    ("b85-sm-literal-sender-transcript", SM_TRANSCRIPT,
     notice("smt", "   ----- The following addresses had permanent fatal errors -----\n<lead@example.org>\n"
            "    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n"
            "... while talking to mx.example.org.:\n>>> MAIL From:<seller@[198.51.100.7]> SIZE=1234\n<<< 250 2.1.0 OK\n"
            ">>> RCPT To:<lead@example.org>\n<<< 550 5.1.1 <lead@example.org>... User unknown\n", to=LEAD,
            subject="Returned mail: see transcript for details"), hard(LEAD)),
    ("b85-postmaster-literal-help", LITERAL + " (the help line names postmaster@[ip])",
     notice("pml", f"Delivery to lead@example.org failed.\n{_WHY}\nIf you need help, write to postmaster@[192.0.2.1].\n",
            to=LEAD), hard(LEAD)),
    ("b85-received-ident-literal", RECEIVED,
     notice("rcv", f"Delivery to lead@example.org failed.\n{_WHY}", to=LEAD,
            orig="Received: from mail.example.com (seller@[198.51.100.7])\n\tby mx.example.org (8.17.1/8.17.1) with ESMTP "
                 "id 4B3A0001; Thu, 3 Dec 2026 10:00:01 +0000\n"), hard(LEAD)),
    ("b85-relay-literal-line", LITERAL + " (our relay's literal on its own line under the failed one)",
     notice("rl", "The following recipient could not be reached:\n\n  lead@example.org\n\n"
            "Reported by: bounce@[203.0.113.5]\n" + _WHY, to=LEAD), hard(LEAD)),
    ("b85-literal-recipient-ctrl", LITERAL + " (control: the failed one is the literal itself)",
     notice("lr", f"Delivery to lead@[192.0.2.1] failed.\n{_WHY}", to="lead@[192.0.2.1]"), hard("lead@[192.0.2.1]")),
    ("b85-reporting-literal-label", LITERAL + " ('Reporting host:' label with a literal mailbox)",
     _one("rh", f"Recipient: lead\n{_WHY}\nReporting host: mailer-daemon@[192.0.2.25]\n", LEAD), hard(LEAD)),
]

# ---- (c) domains near dashes and breaks ------------------------------------------------------------------
DOMAINS = [
    ("c85-ascii-dash-after", DASH + " ('--' as an em dash right after the address)",
     notice("dd", "Delivery to lead@example.org--the recipient's server replied:\n550 5.1.1 User unknown\n", to=LEAD),
     hard(LEAD)),
    ("c85-hyphen-after-address", DASH + " (a hyphen then the reply, no blank)",
     notice("ha", "Recipient lead@example.org- 550 5.1.1 User unknown\n", to=LEAD), hard(LEAD)),
    ("c85-deep-domain", DEEP + " (a recipient at a 14-label domain in prose)",
     notice("deep", f"Delivery to lead@{'.'.join('abcdefghijkl')}.example.org failed.\n{_WHY}",
            to=f"lead@{'.'.join('abcdefghijkl')}.example.org"), hard(f"lead@{'.'.join('abcdefghijkl')}.example.org")),
    ("c85-trailing-period", DASH + " (the sentence's period after the address)",
     notice("tp", f"Your message could not be delivered to lead@example.org.\n{_WHY}", to=LEAD), hard(LEAD)),
    ("c85-hyphenated-local", DASH + " (hyphens in the local part and domain: 'lead-person@mail-gw.example.org')",
     notice("hl", f"Delivery to lead-person@mail-gw.example.org failed.\n{_WHY}", to="lead-person@mail-gw.example.org"),
     hard("lead-person@mail-gw.example.org")),
    ("c85-wrap-after-dot-two", DASH + " (a domain broken after a dot, two recipients: its local part names kim alone)",
     notice("wd", "Your message could not be delivered to the following recipient: kim@partner.\nexample\n"
            f"{_WHY}", to=f"{LEAD}, {KIM}"), hard(KIM)),
    ("c85-e-mail-hyphen-word", DASH + " ('e-mail' and 're-send' beside the address)",
     notice("em", f"Your e-mail to lead@example.org could not be delivered; do not re-send.\n{_WHY}", to=LEAD),
     hard(LEAD)),
]

ROWS = NAMED + GUARDS + MORE + ADDRESSED + LITERALS + DOMAINS
