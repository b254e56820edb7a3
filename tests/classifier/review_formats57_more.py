"""Review formats57, second half (the first and the families' list: review_formats57.py): (4) report structures (RFC
6533 global reports, a report forwarded as an attachment by our own inbox rule or colleague, an original that itself
carries a forwarded message, a report wrapped in multipart/mixed with a disclaimer or signed in multipart/signed, an
HTML-only human part); (5) real bounces carrying auto-reply headers; (6) look-alike non-bounces: challenge-response
requests, list-moderation holds, success reports (delivered / relayed / expanded), Exchange recall reports; (7) encoded
returned Message-IDs (MESSAGE_IDS: the id `classify(raw).original.message_id` must give, which review_check does not
compare). Expectations written BEFORE the classifier ran on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_audit35 import hard, soft
from tests.classifier.review_formats57 import CHOICE, DELETED, LENA, NB, OTTO, PH, UU
from tests.classifier.review_formats57_layouts import (MARK, PF_TEXT, answer, fid, fields, forwarded, mdn_fields,
                                                       message, parts_of, plain, rcpt, rejection_mdn, report,
                                                       with_original)
from tests.classifier.review_layouts40_layouts import LEAD, OTHER, SELLER
from tests.classifier.review_notices14_layouts import exim

JU = "jürgen@partner.example"
UNKNOWN_TEXT = PF_TEXT + f"<{LEAD}>: host mx.partner.example said: {UU} (in reply\n    to RCPT TO command)\n"
UNKNOWN = fields(rcpt(LEAD, "failed", "5.1.1", UU))


def _unknown(name: str, **kw) -> bytes:
    """Postfix's report of the lead's 5.1.1 (the plainest failure), laid out as `kw` says."""
    return report(name, UNKNOWN_TEXT, UNKNOWN, to=LEAD, **kw)


# ---- (4) Structures ------------------------------------------------------------------------------------------------
G = "RFC 6533 3 / 6.1-6.3 (utf-8 address type; message/global-delivery-status; message/global-headers)"
RFC6522 = "RFC 6522 3 (multipart/report: the human part, the status part, the returned part)"
GTEXT = PF_TEXT + f"<{JU}>: host mx.partner.example said: {UU} (in reply\n    to RCPT TO command)\n"


def _global(name: str, block: str, **kw) -> bytes:
    return report(name, GTEXT, fields(block), to=JU, report_type="message/global-delivery-status",
                  returned=kw.pop("returned", "message/global-headers"), **kw)


def _inner_forward(name: str) -> str:
    """Our original that itself carries a forwarded message (message/rfc822 addressed to a third party)."""
    inner = ("From: Carl Third <carl@third.example>\nTo: Sam Seller <seller@example.com>\nSubject: Pricing\n"
             "Message-ID: <carl-1@third.example>\nDate: Mon, 30 Nov 2026 09:00:00 +0000\n\nOur prices.\n")
    return (f"From: Sam Seller <{SELLER}>\nTo: {LENA}\nSubject: Fwd: Pricing\nMessage-ID: {fid(name)}\n"
            "Date: Thu, 3 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"in\"\n\n"
            + parts_of("in", [("Content-Type: text/plain", "See below."), ("Content-Type: message/rfc822", inner)]))


def _wrapped(name: str, outer: str, tail: tuple[str, str], subject: str = "Undelivered Mail Returned to Sender"):
    """The lead's report (its three parts) as the first part of `outer`, `tail` after it: a gateway's disclaimer
    (multipart/mixed) or an S/MIME signature (RFC 8551 3.5.3 multipart/signed)."""
    inner = parts_of(f"in-{name}", [("Content-Type: text/plain; charset=utf-8", UNKNOWN_TEXT),
                                    ("Content-Type: message/delivery-status", UNKNOWN),
                                    ("Content-Type: text/rfc822-headers",
                                     f"From: Sam Seller <{SELLER}>\nTo: {LEAD}\nSubject: Quick question\n"
                                     f"Message-ID: {fid(name)}\n")])
    head = (f"From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: {SELLER}\nSubject: {subject}\n"
            f"Message-Id: <f57w-{name}@mail.example.com>\n" + MARK.format("report wrapped by a gateway"))
    first = (f'Content-Type: multipart/report; report-type=delivery-status; boundary="in-{name}"', inner)
    return message(head, f"out-{name}", [first, tail], outer)


SIG = "MIIGAQYJKoZIhvcNAQcCoIIF8jCCBe4CAQExDzANBglghkgBZQMEAgEFADALBgkqhkiG9w0BBwGgggM="
STRUCT_ROWS = [
    ("f57-struct-global-escaped-utf8", f"{G}: the utf-8-addr-xtext form '\\x{{FC}}' in a global report",
     _global("gx", rcpt("j\\x{FC}rgen@partner.example", "failed", "5.1.1", UU, ftype="utf-8")),
     hard("userunknown", address=JU)),
    ("f57-struct-global-failed-and-delayed", f"{G}: a UTF-8 recipient failed, an ASCII one delayed (4.4.1)",
     report("gfd", GTEXT + f"<{OTHER}>: connect to mx2.partner.example: Connection timed out\n",
            fields(rcpt(JU, "failed", "5.1.1", UU, ftype="utf-8"),
                   rcpt(OTHER, "delayed", "4.4.1", None, remote="mx2.partner.example")),
            to=f"{JU}, {OTHER}", report_type="message/global-delivery-status", returned="message/global-headers"),
     hard("userunknown", address=JU) + [(OTHER, False, (), None, True)]),
    ("f57-struct-global-whole-message", f"{G}: the whole UTF-8 original returned as message/global",
     _global("gwm", rcpt(JU, "failed", "5.1.1", UU, ftype="utf-8"), returned="message/global"),
     hard("userunknown", address=JU)),
    ("f57-struct-forwarded-by-inbox-rule-base64", "Exchange inbox rule 'forward as an attachment' from our shared "
     "sales inbox (RFC 2046 5.2.1; the attachment base64 as Outlook sends 8bit parts) around Postfix's report",
     forwarded("fwr", _unknown("fwr"), "", from_="Sales Inbox <sales@example.com>", cte="base64"),
     hard("userunknown")),
    ("f57-struct-forwarded-sieve-rejection", f"our colleague forwarding a {PH.split(' (')[0]} rejection MDN as an "
     "attachment",
     forwarded("fws", rejection_mdn("fws", f"Your message to <{LEAD}> was automatically rejected:\nI do not accept "
                                    "mail from your company.\n", mdn_fields(f"rfc822; {LEAD}", DELETED, name="fws"),
                                    to=LEAD), "FYI, this one refused us.", subject="FW: Rejected: Quick question"),
     soft(*CHOICE)),
    ("f57-struct-original-carries-forward", f"{RFC6522}; our returned original itself carries a forwarded message "
     "(to and from a third party): only the lead failed",
     _unknown("ocf", returned="message/rfc822", returned_text=_inner_forward("ocf")), hard("userunknown")),
    ("f57-struct-report-in-mixed-with-disclaimer", "a gateway appending its disclaimer: multipart/mixed holding the "
     "multipart/report and a text part (RFC 2046 5.1.3)",
     _wrapped("mix", "multipart/mixed", ("Content-Type: text/plain; charset=utf-8", "This e-mail and any attachments "
                                         "are confidential. If you are not the intended recipient, delete it.")),
     hard("userunknown")),
    ("f57-struct-report-smime-signed", "RFC 8551 3.5.3 / RFC 1847: an S/MIME-signing gateway's multipart/signed "
     "around the report",
     _wrapped("sig", 'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256',
              ('Content-Type: application/pkcs7-signature; name="smime.p7s"\nContent-Transfer-Encoding: base64\n'
               'Content-Disposition: attachment; filename="smime.p7s"', SIG)), hard("userunknown")),
    ("f57-struct-html-human-part", f"{RFC6522} with the human part text/html only (Exchange 2013+ writes its NDR "
     "text as HTML)",
     report("html", "<html><body><p>Your message to <b>lead@partner.example</b> couldn't be delivered.</p><p>"
            "lead wasn't found at partner.example.</p></body></html>", UNKNOWN, to=LEAD,
            text_type="text/html; charset=utf-8"), hard("userunknown")),
]

# ---- (5) Real bounces with auto-reply headers ----------------------------------------------------------------------
AUTO = "RFC 3834 5 headers (Auto-Submitted, X-Autoreply, Precedence) set on a notice by its generator or a relay"
AUTO_ROWS = [
    ("f57-auto-report-precedence-bulk", f"{AUTO}: 'Auto-Submitted: auto-replied' and 'Precedence: bulk' on Postfix's "
     "report", _unknown("apb", extra="Auto-Submitted: auto-replied\nPrecedence: bulk\n"), hard("userunknown")),
    ("f57-auto-labelled-x-autoreply", f"{AUTO}: 'X-Autoreply: yes' on a labelled notice (Gromox local_bounce shape)",
     with_original("alx", "Undeliverable: Quick question", "Your message could not be delivered.\n\nFailed address: "
                   f"{LEAD}\nError: 550 5.1.1 No such user\n", to=LEAD,
                   extra="X-Autoreply: yes\nAuto-Submitted: auto-replied\n"), hard("userunknown")),
    ("f57-auto-sieve-rejection-x-autoreply", f"{AUTO}; {PH.split(' (')[0]} rejection MDN with 'X-Autoreply: yes'",
     rejection_mdn("asx", f"Your message to <{LEAD}> was automatically rejected:\nI do not accept mail from your "
                   "company.\n", mdn_fields(f"rfc822; {LEAD}", DELETED, name="asx"), to=LEAD,
                   extra="X-Autoreply: yes\n"), soft(*CHOICE)),
    ("f57-auto-global-x-autoreply", f"{AUTO}; {G.split(' (')[0]} report with 'X-Autoreply: yes', 'Precedence: bulk'",
     _global("agx", rcpt(JU, "failed", "5.1.1", UU, ftype="utf-8"), extra="X-Autoreply: yes\nPrecedence: bulk\n"),
     hard("userunknown", address=JU)),
    ("f57-auto-delay-auto-replied", f"{AUTO}; Postfix's delay report (bounce_template.c delay_template, Action: "
     "delayed, 4.4.1): a delay, not an away reply",
     report("add", "This is the mail system at host mail.example.com.\n\n####################################"
            "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\nYour message could not be "
            f"delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n<{LEAD}>: connect "
            "to mx.partner.example[192.0.2.25]:25: Connection timed out\n",
            fields(rcpt(LEAD, "delayed", "4.4.1", None)), to=LEAD,
            subject="Delayed Mail (still being retried)", extra="Auto-Submitted: auto-replied\nX-Autoreply: yes\n"),
     [(LEAD, False, (), None, True)]),
]

# ---- (6) Look-alike non-bounces ------------------------------------------------------------------------------------
CR = "challenge-response request (text HAND-MADE in the words of the product's own page: weak)"
HELD = "Your mail to 'Partners' with the subject\n\n    Quick question\n\nIs being held until the list moderator can " \
       "review it for approval.\n\n"
MM21 = ("Mailman 2.1 templates/en/postheld.txt (as an LKML archive quotes it: ammarfaizi2/lore-inbox, 'Your message "
        "to Linux-kernel awaits moderator approval')")
OKTPL = ("This is the mail system at host mail.example.com.\n\nYour message was successfully delivered to the "
         "destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further "
         "notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems."
         "\n\n                   The mail system\n\n")
PF_OK = "Postfix bounce_template.c success_template ('Successful Mail Delivery Report')"
RECALL = "Microsoft KB 185038 (mskb.pkisolutions.com/kb/185038, 'XCLN: Message Recall Failure when Recalling a Message')"
CLOUD = "Microsoft Learn 'Work with Cloud-based Message Recall' (the Message Recall Report sent to the sender)"
NONBOUNCE_ROWS = [
    ("f57-nb-tmda-confirm", f"TMDA's confirmation request (Defaults.py CONFIRM_REQUEST_TEMPLATE, templates/"
     f"confirm_request.txt: a dated confirm address); {CR}",
     answer("tmda", "Please confirm your message", f"This message was created automatically by TMDA.\n\nI received "
            f"a message from you addressed to {LEAD}, but your address is not on my list of approved senders.\n\n"
            "To release your message for delivery, simply reply to this message, or visit\n  "
            "https://confirm.partner.example/?c=1764756000.12345.ab12\n\nYour original message is held and will be "
            "deleted if it is not confirmed within 14 days.\n",
            sender="Lena Lead <lead-confirm-1764756000.12345.ab12@partner.example>"), NB),
    ("f57-nb-boxbe-guest-list", f"Boxbe Guest List (blog.boxbe.com 'What is Boxbe?': unknown senders are asked to "
     f"join the guest list); {CR}",
     answer("boxbe", "Your message to Lena Lead is waiting for approval", f"Hello,\n\nYour message to {LEAD} has been "
            "received and is waiting in Lena Lead's Boxbe Waiting List. You are not on Lena's Guest List.\n\nClick the "
            "link below to request to be added to the Guest List; your message will then be delivered:\n  "
            "https://www.boxbe.com/anno?tc=123\n", sender="Boxbe <notifications@boxbe.com>"), NB),
    ("f57-nb-spamarrest-verify", f"Spam Arrest sender verification (its help: the sender verifies once, then the "
     f"message is delivered); {CR}",
     answer("sa", "Please verify your email address", f"Hi,\n\nI'm using Spam Arrest to protect my inbox from junk "
            f"mail. Your message to {LEAD} is waiting. Please click the link below to verify that you are a real "
            "person and not a spam robot; your message will then be delivered and you will not be asked again:\n  "
            "https://www.spamarrest.com/a/verify?k=9f8e\n", sender="Lena Lead <lead@partner.example>"), NB),
    ("f57-nb-boxtrapper-verify", "cPanel BoxTrapper's 'verify' template (cPanel docs: sent to senders not on the "
     f"whitelist; the 'verify#<msgid>' subject must be kept); {CR}",
     answer("bt", "verify#f57-bt-1764756000", f"The e-mail account {LEAD} uses a challenge-response system "
            "(BoxTrapper) to block spam.\n\nYour message has been queued and will be delivered when you confirm that "
            "you are a person. Reply to this message, or click the link below:\n  "
            "https://partner.example:2096/cgi-sys/bxd.cgi?verify=ab12\n\nIf you do not verify, the message will be "
            "deleted after 15 days.\n", sender="Lena Lead <lead@partner.example>"), NB),
    ("f57-nb-icewarp-challenge", "IceWarp (Merak) Mail Server's Challenge Response (its WebMail help 1892: the sender "
     f"gets a message with the URL of an authorisation page); {CR}",
     answer("iw", "Challenge Response: authorisation required", "Your message to Lena Lead <lead@partner.example> "
            "has not been delivered yet.\nThe recipient uses Challenge Response anti-spam protection. To authorise "
            "yourself, open the following page and type the characters shown:\n  https://mail.partner.example/"
            "challenge/?id=77a1\n\nOnce authorised, this and any later message will be delivered.\n",
            sender="Challenge Response <postmaster@partner.example>"), NB),
    ("f57-nb-mailman21-held", MM21,
     answer("mm2", "Your message to Partners awaits moderator approval", HELD + "The reason it is being held:\n\n    "
            "Post by non-member to a members-only list\n\nEither the message will get posted to the list, or you "
            "will receive\nnotification of the moderator's decision.  If you would like to cancel\nthis posting, "
            "please visit the following URL:\n\n    http://lists.partner.example/mailman/confirm/partners/8c2f\n",
            sender="partners-bounces@lists.partner.example"), NB),
    ("f57-nb-mailman3-held", "Mailman 3 src/mailman/templates/en/list:user:notice:hold.txt (the held-message notice "
     "to the poster)",
     answer("mm3", "Your message to partners@lists.partner.example awaits moderator approval", HELD + "The message is "
            "being held because:\n\n    The message is not from a list member\n\nEither the message will get posted "
            "to the list, or you will receive\nnotification of the moderator's decision.\n",
            sender="partners-owner@lists.partner.example"), NB),
    ("f57-nb-sympa-forwarded-to-editors", "Sympa default/mail_tt2/message_report.tt2 ('Your message for list %1 has "
     "been forwarded to editor(s)': a moderated list)",
     answer("sy", "Message distribution: Moderating", "Your message for list 'partners' has been forwarded to "
            "editor(s)\n\nThe message was sent to the list moderators; it will be distributed once they approve it.\n",
            sender="SYMPA <sympa@lists.partner.example>"), NB),
    ("f57-nb-success-delivered-lmtp", f"{PF_OK}; Action: delivered, Status 2.0.0 (RFC 3464 2.3.3)",
     report("okd", OKTPL + f"<{LEAD}>: delivery via mail.partner.example[private/dovecot-lmtp]: 250 2.0.0\n    <{LEAD}>"
            " Saved\n", fields(rcpt(LEAD, "delivered", "2.0.0", f"250 2.0.0 <{LEAD}> Saved")), to=LEAD,
            subject="Successful Mail Delivery Report"), NB),
    ("f57-nb-success-relayed", "Sendmail savemail.c return receipt ('The following addresses had successful delivery "
     "notifications', '(relayed to non-DSN-aware mailer)'); RFC 3464 Action: relayed",
     report("okr", "The original message was received at Thu, 3 Dec 2026 10:00:01 GMT\nfrom localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had successful delivery notifications -----\n"
            f"<{LEAD}>  (relayed to non-DSN-aware mailer)\n\n   ----- Transcript of session follows -----\n"
            f"<{LEAD}>... relayed; expect no further notifications\n",
            fields(rcpt(LEAD, "relayed", "2.0.0", "250 2.0.0 Ok: queued as 4R7kQ3")), to=LEAD,
            subject="Return receipt", from_="Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>"), NB),
    ("f57-nb-success-expanded-list", f"{PF_OK}; Action: expanded (RFC 3464 2.3.3) for a list alias, its members "
     "delivered",
     report("oke", OKTPL + "<sales@partner.example>: alias expanded\n",
            fields(rcpt("sales@partner.example", "expanded", "2.0.0", None, orig="rfc822;sales@partner.example"),
                   rcpt(LEAD, "delivered", "2.0.0", "250 2.0.0 Ok", orig="rfc822;sales@partner.example")),
            to="sales@partner.example", subject="Successful Mail Delivery Report"), NB),
    ("f57-nb-recall-failure", RECALL,
     plain("rcf", "Message Recall Failure: Quick question", "Your message\n\n      To: Lena Lead\n      Subject: "
           "Quick question\n      Sent: 12/3/2026 10:00 AM\n\ncould not be recalled on 12/3/2026 10:45 AM.\n",
           from_=LENA, extra=f"In-Reply-To: {fid('rcf')}\n"), NB),
    ("f57-nb-recall-report-cloud", CLOUD,
     plain("rcc", "Message Recall Report for message: Quick question", "Message recall report\n\nOriginal message "
           "sent: 12/3/2026 10:00 AM\nRecall requested: 12/3/2026 10:42 AM\n\nRecipient                  Recall "
           f"status\n{LEAD}       Failed: the recipient is outside your organization\n{OTHER}      Failed: the "
           "message could not be found\n", from_="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
           "@example.com>"), NB),
    ("f57-nb-recall-success", f"{RECALL} (the success counterpart, 'Message Recall Success')",
     plain("rcs", "Message Recall Success: Quick question", "Your message\n\n      To: Lena Lead\n      Subject: Quick "
           "question\n      Sent: 12/3/2026 10:00 AM\n\nwas successfully recalled on 12/3/2026 10:45 AM.\n",
           from_=LENA), NB),
]

# ---- (7) Encoded returned Message-IDs -------------------------------------------------------------------------------
QPID = "<CAKq=w2Zs4E+Yt7=Lx0pQ-f57@mail.example.com>"
LONGID = "<f57-qpsoft-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef@example.com>"
ID_ROWS = [
    ("f57-id-qp-equals-signs", f"{RFC6522}; RFC 2045 6.7 (quoted-printable writes '=' as '=3D'): a Gmail-style id "
     "with '=' in the returned message/rfc822",
     _unknown("qpe", returned="message/rfc822", returned_cte="quoted-printable", mid=QPID), hard("userunknown")),
    ("f57-id-global-headers-base64", f"{G}; RFC 2045 6.8: the message/global-headers part base64",
     _global("g64", rcpt(JU, "failed", "5.1.1", UU, ftype="utf-8"), returned_cte="base64"),
     hard("userunknown", address=JU)),
    ("f57-id-qp-soft-break-in-id", "RFC 2045 6.7 rule 5 (a soft line break at 76 columns, here inside a long "
     "Message-ID of the returned headers)",
     _unknown("qps", returned_cte="quoted-printable", mid=LONGID), hard("userunknown")),
]

# ---- The mends' rows and controls (after the measurement; not counted in the first-run figures) --------------------
MEND = "mend of review formats57 (classifier/formats/nested.py, parse.py, engine.py, whole_addresses.py, formats/dsn.py, named.py)"
_OWN_NDR = report("pon", PF_TEXT + "<cfo@partner.example>: host mx.partner.example said: 550 5.1.1 User unknown\n",
                  fields(rcpt("cfo@partner.example", "failed", "5.1.1", UU)), to="cfo@partner.example",
                  returned_text="From: Lena Lead <lead@partner.example>\nTo: cfo@partner.example\nSubject: Fwd: Quick "
                  "question\nMessage-ID: <lena-1@partner.example>\n").replace(b"To: seller@example.com\n",
                                                                                 f"To: {LEAD}\n".encode(), 1)
_ORIGINAL = (f"From: Sam Seller <{SELLER}>\nTo: {LEAD}\nSubject: Quick question\nMessage-ID: {fid('cfo')}\n"
             "Date: Thu, 3 Dec 2026 10:00:00 +0000\n\nHello, a quick question.\n").encode()
_MDN_TWO_IDS = rejection_mdn("mid2", f"Your message to <{LEAD}> was automatically rejected:\nI do not accept mail from "
                             "your company.\n", mdn_fields(f"rfc822; {LEAD}", DELETED, name="other-mid2"), to=LEAD)


def _cc(name: str, text: str, cc: str) -> bytes:
    return with_original(name, "Undeliverable: Quick question", text, to=LENA, cc=cc)


MEND_ROWS = [
    ("f57-ctl-prospect-forwards-own-ndr-base64", f"{MEND}: control (nested.py): the prospect forwarding, base64 as "
     "Outlook sends it, the NDR of her own mail to her colleague: passed on, ours never (nonbounce46's rule)",
     forwarded("pon", _OWN_NDR, "Sam - our CFO's address bounced for me too, see attached.", from_=LENA,
               subject="FW: Undelivered Mail Returned to Sender", cte="base64"), NB),
    ("f57-ctl-colleague-forwards-original-base64", f"{MEND}: control (nested.py): our colleague forwarding our own "
     "mail (no report) base64: ordinary mail",
     forwarded("cfo", _ORIGINAL, "Can you check this one?", subject="FW: Quick question", cte="base64"), NB),
    ("f57-ctl-bounce-with-base64-original", f"{MEND}: control (nested.py): a bounce whose own returned original is "
     "base64 (no report inside): read as itself", _unknown("cb6", returned="message/rfc822", returned_cte="base64"),
     hard("userunknown")),
    ("f57-mend-exim-x-failed-quoted-local", f"{MEND} (whole_addresses.py): Exim deliver.c's X-Failed-Recipients and entry with "
     "a needless quoted local part (RFC 5322 3.4.1)",
     exim("xfq", [('"lena.lead"@partner.example', None, UU)], to="lena.lead@partner.example",
          dsn=[('"lena.lead"@partner.example', UU)]), hard("userunknown", address="lena.lead@partner.example")),
    ("f57-ctl-cc-role-name", f"{MEND}: control (named.py): a Cc role's one-word name ('Sales') is not taken",
     _cc("ccr", "Sales could not be reached.\n\nThe recipient's mailbox is full.\n", "Sales <sales@partner.example>"),
     NB),
    ("f57-ctl-cc-name-shared", f"{MEND}: control (named.py): two Cc entries share the display name: nothing invented",
     _cc("ccs", "Otto Other could not be reached.\n\nThe recipient's mailbox is full.\n",
         f"Otto Other <{OTHER}>, Otto Other <otto@home.example>"), NB),
    ("f57-ctl-cc-local-part-word", f"{MEND}: control (named.py): a Cc's local part ('info') as a word of the text: "
     "not taken", _cc("ccl", "For more info, contact your administrator.\n\nThe recipient's mailbox is full.\n",
                      "info@partner.example"), NB),
    ("f57-ctl-cc-name-beside-to-name", f"{MEND}: control (named.py): the To recipient named, a Cc's name too: the To "
     "one (as before)", _cc("cct", "Lena Lead could not be reached; Otto Other was sent a copy.\n\nThe recipient's "
                            "mailbox is full.\n", OTTO), soft("mailboxfull")),
]

MESSAGE_IDS = {
    "f57-sieve-no-returned-part": "f57-noret@example.com",
    "f57-sieve-ph-two-line-reason": "f57-two@example.com",
    "f57-struct-global-whole-message": "f57-gwm@example.com",
    "f57-struct-forwarded-by-inbox-rule-base64": "f57-fwr@example.com",
    "f57-struct-forwarded-sieve-rejection": "f57-fws@example.com",
    "f57-struct-original-carries-forward": "f57-ocf@example.com",
    "f57-struct-report-smime-signed": "f57-sig@example.com",
    "f57-id-qp-equals-signs": QPID.strip("<>"),
    "f57-id-global-headers-base64": "f57-g64@example.com",
    "f57-id-qp-soft-break-in-id": LONGID.strip("<>"),
    # The mends' rows and controls: a returned part's id beside the MDN's field (the returned part wins).
    "f57-ctl-bounce-with-base64-original": "f57-cb6@example.com",
    "f57-ctl-mdn-returned-part-beside-field": "f57-mid2@example.com",
    "f57-struct-global-escaped-utf8": "f57-gx@example.com",
}

MEND_ROWS.append(("f57-ctl-mdn-returned-part-beside-field", f"{MEND}: control (engine.py): an MDN whose returned "
                  "original and Original-Message-ID field differ: the returned part's id", _MDN_TWO_IDS, soft(*CHOICE)))
ROWS = STRUCT_ROWS + AUTO_ROWS + NONBOUNCE_ROWS + ID_ROWS + MEND_ROWS
