"""Review layouts40: whole formats not detected, measured with HAND-MADE whole messages (headers and MIME structure),
each after its generator's own source or document:
(1) older groupware's own notices the earlier reviews did not hold in these forms: Exchange 4.0/5.5's MTA,
    information-store and IMS NDRs naming a recipient by display name or quoted address with the reasons the Microsoft
    KB articles print (no transport provider, the maximum time expired, size or storage, redirection prohibited, the
    postoffice's problem), several recipients in To and Cc;
(2) Sieve rejections sent as MDNs (RFC 5429): Cyrus's own layout (lmtp_sieve.c send_rejection, its bare userid as
    Final-Recipient), Pigeonhole's with the script's reason in other languages and encodings, ereject answered in LMTP;
    RFC 8098 MDNs that are no failure (displayed, a person's deletion, denied);
(3) prose notices naming the recipient on a labelled line, by local part or by display name only: recovered from the
    original's To/Cc where one recipient fits, nothing invented where two do;
(4) RFC 3464 reports where one recipient's Final-Recipient is malformed (spaces, no type, empty, missing, x400,
    RFC 6533 utf-8 type, a comment): the others still read;
(5) real bounces carrying auto-reply headers (Auto-Submitted: auto-replied, X-Autoreply, Precedence: auto_reply,
    X-Autorespond) still bounces; out-of-office replies and challenge-response requests (ChoiceMail's registration
    request, SurgeMail's Friends confirmation, Powder AntiSpam's challenge, from their docs) no bounces; an encoded
    (RFC 2047, base64 part) Message-ID in the returned headers read (MESSAGE_IDS).

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first).
test_review_layouts40.py runs them, with review_layouts40_more.py's later batches and the mends' controls."""

from __future__ import annotations

import base64

from tests.classifier.notices import relayed
from tests.classifier.review_audit35 import hard, soft
from tests.classifier.review_layouts40_layouts import LEAD, OTHER, block, cyrus_reject, dsn, exchange55, headers_of, \
    labelled, mdn, pigeonhole_reject, reply, with_headers
from tests.classifier.review_notices14_layouts import qmail
from tests.classifier.review_notices43_layouts import exchange2003

R, S, ANY = "recipient", "sender", None
NOT_BOUNCE: list[tuple] = []
LENA = f"Lena Lead <{LEAD}>"
OTTO = f"Otto Other <{OTHER}>"
ELSEWHERE = "lena.lead@other.example"

# ---- (1) Exchange 4.0 / 5.5 NDRs ------------------------------------------------------------------------------------
KB = "jeffpar/kbarchive kb/{}/README.md (the NDR the article prints)"
NR = "The recipient name is not recognized\nMSEXCH:MSExchangeMTA:PARTNER:MAIL01"
X55_ROWS = [
    ("l40-x55-name-not-recognized-display", KB.format("183/Q183588") + ": a display name and 'The recipient name is not "
     "recognized' (MSEXCH:MSExchangeMTA); the address only in the attached original's To",
     exchange55("nr", LENA, [("Lena Lead", NR)]),
     hard("userunknown")),
    ("l40-x55-max-time-expired", KB.format("158/Q158399") + ": 'Reason:1 / Diagnostic:5 / The maximum time for "
     "delivering the message expired', the 'To:' line in the summary",
     exchange55("mt", LENA, [("Lena Lead", "Reason:1\nDiagnostic:5\nThe maximum time for delivering the message "
                              "expired\nMSEXCH:MSExchangeMTA:PARTNER:MAIL01")], to_line="Lena Lead"),
     soft("expired", scope=ANY)),
    ("l40-x55-no-transport-provider", KB.format("192/Q192349") + ": 'No transport provider was available for delivery "
     "to this recipient.' (the store's routing fault, nothing of the mailbox)",
     exchange55("np", LENA, [("Lena Lead", "No transport provider was available for delivery to this recipient.")]),
     soft(scope=ANY)),
    ("l40-x55-size-or-storage", KB.format("199/Q199325") + " (the MTA's size limit met by journaling): 'Either the "
     "message size exceeds the maximum "
     "allowed for the recipient or the transport, or you have exceeded the storage limit on your mailbox.' "
     "(MSExchangeIS)",
     exchange55("ss", LENA, [("Lena Lead", "Either the message size exceeds the maximum allowed for the recipient or "
                              "the transport, or you have exceeded the storage limit on your mailbox.\n"
                              "MSEXCH:MSExchangeIS:PARTNER:MAIL01")]),
     soft("mesgtoobig", "mailboxfull", "exceedlimit", scope=ANY)),
    ("l40-x55-redirection-prohibited", KB.format("181/Q181579") + ": 'Unable to deliver the message "
     "because the originator prohibited redirection to an alternate recipient or the message was encrypted'",
     exchange55("rp", LENA, [("Lena Lead", "Unable to deliver the message because the originator prohibited\n"
                              "redirection to an alternate recipient or the message was encrypted\n"
                              "MSEXCH:MSExchangeMTA:PARTNER:MAIL01")]),
     soft(scope=ANY)),
    ("l40-x55-postoffice-problem", KB.format("159/Q159601") + " (Windows Messaging, an MS Mail postoffice): 'Mail could "
     "not be "
     "delivered due to a problem with the postoffice. Contact your administrator.'",
     exchange55("po", LENA, [("Lena Lead", "Mail could not be delivered due to a problem with the postoffice. Contact "
                              "your\nadministrator.")]),
     soft("systemerror", "undefined", "onhold", scope=ANY)),
    ("l40-x55-content-length-quoted-address", KB.format("266/Q266092") + ": the IMS naming "
     "'<address>' with 'The content length of the message is too long for the recipient to take delivery.' and "
     "'Message exceeds size limit.'",
     exchange55("cl", LEAD, [(f"'{LEAD}'", "The content length of the message is too long for the recipient to take "
                              "delivery.\nThe MTS-ID of the original message is: c=US;a=;p=PARTNER;"
                              "l=MAIL01-261203100000Z-3\nMSEXCH:IMS:PARTNER:SITE:MAIL01 3903 (000B099C) Message "
                              "exceeds size limit.")]),
     soft("mesgtoobig", scope=ANY)),
    ("l40-x55-two-display-names-to-and-cc", KB.format("183/Q183588, 158/Q158399") + ": one recipient in To not "
     "recognized, one in Cc timed out; each found by its display name",
     exchange55("tc", LENA, [("Lena Lead", NR),
                             ("Otto Other", "Reason:1\nDiagnostic:5\nThe maximum time for delivering the message "
                              "expired\nMSEXCH:MSExchangeMTA:PARTNER:MAIL01")], cc=OTTO),
     hard("userunknown") + soft("expired", scope=ANY, address=OTHER)),
    ("l40-x55-display-name-two-recipients-share", KB.format("183/Q183588") + ": the display name 'Lena Lead' that two "
     "of the original's recipients carry: nothing invented",
     exchange55("sh", LENA, [("Lena Lead", NR)],
                cc=f"Lena Lead <{ELSEWHERE}>"),
     NOT_BOUNCE),
    ("l40-x55-display-name-with-comma", KB.format("183/Q183588") + ": a 'Last, First' display name, quoted in the "
     "original's To",
     exchange55("cm", f'"Lead, Lena" <{LEAD}>', [("Lead, Lena", "The recipient name is not recognized\n"
                                                   "MSEXCH:MSExchangeMTA:PARTNER:MAIL01")]),
     hard("userunknown")),
]

# ---- (2) Sieve rejections as MDNs; MDNs that are no failure -------------------------------------------------------
CY = "cyrus-imapd imap/lmtp_sieve.c send_rejection (RFC 5429 reject)"
PH = "Pigeonhole rejection MDN (Dovecot rejection_reason default, RFC 5429 2.1.1)"
CHOICE = ("filtered", "policyviolation", "rejected")
SIEVE_ROWS = [
    ("l40-cyrus-reject-filtered", f"{CY}; the script's reason refuses our sender",
     cyrus_reject("cf", "I no longer accept mail from this sender.", final=LEAD, orig_rcpt=LEAD),
     soft(*CHOICE, scope=R)),
    ("l40-cyrus-reject-bare-userid", f"{CY}: Final-Recipient the bare userid 'lead' (single-domain server), no "
     "Original-Recipient; the address from the original's To",
     cyrus_reject("cu", "I no longer accept mail from this sender.", final="lead"),
     soft(*CHOICE, scope=R)),
    ("l40-cyrus-reject-bare-userid-two-fit", f"{CY}: the bare userid 'lead' while the original went to lead@ at two "
     "domains: nothing invented",
     cyrus_reject("c2", "I no longer accept mail from this sender.", final="lead", cc="lead@other.example"),
     NOT_BOUNCE),
    ("l40-cyrus-reject-alias", f"{CY}: Original-Recipient the alias written (sales@), Final-Recipient the mailbox",
     cyrus_reject("ca", "No unsolicited sales mail, please.", final=LEAD, orig_rcpt="sales@partner.example",
                  to="sales@partner.example"),
     soft(*CHOICE, scope=R)),
    ("l40-cyrus-reject-reason-mailbox-full", f"{CY}; the script's reason says the mailbox is full",
     cyrus_reject("cq", "My mailbox is full, please send again next week.", final=LEAD, orig_rcpt=LEAD),
     soft("mailboxfull", *CHOICE, scope=R)),
    ("l40-pigeonhole-reject-address-retired", f"{PH}; the owner's script says the address is no longer used and names "
     "a new one",
     pigeonhole_reject("ar", "This address is no longer in use. Please write to lena@newco.example instead."),
     hard("hasmoved", "userunknown")),
    ("l40-pigeonhole-reject-german", f"{PH}; the script's reason in German",
     pigeonhole_reject("de", "Ich nehme keine E-Mails von diesem Absender mehr an."), soft(*CHOICE, scope=R)),
    ("l40-pigeonhole-reject-french-qp", f"{PH}; the reason in French, the text part quoted-printable",
     pigeonhole_reject("fr", "Je n'accepte plus les messages de cet expéditeur.", cte="quoted-printable"),
     soft(*CHOICE, scope=R)),
    ("l40-pigeonhole-reject-base64", f"{PH}; the text part base64 (a relay re-encoding 8bit)",
     pigeonhole_reject("b6", "Mail from your company is not wanted here.", cte="base64"), soft(*CHOICE, scope=R)),
    ("l40-pigeonhole-ereject-lmtp", "Pigeonhole ereject (RFC 5429 2.2: refused in the protocol, '550 5.7.1' + the "
     "reason) answered to the site's Postfix over LMTP, as our relay reports the site's DATA refusal",
     relayed("550 5.7.1 I do not accept mail from this sender", status="5.7.1", command="DATA",
             remote="mail.partner.example", address=LEAD),
     soft(*CHOICE, scope=R)),
    ("l40-mdn-displayed-manual", "RFC 8098 3.2.6: a person's read receipt (manual-action/MDN-sent-manually; displayed)",
     mdn("dm", "manual-action/MDN-sent-manually; displayed", "This is a Return Receipt for the mail that you sent to "
         f"{LEAD}.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's "
         "computer."), NOT_BOUNCE),
    ("l40-mdn-displayed-automatic", "RFC 8098: an automatic display notice (automatic-action/MDN-sent-automatically; "
     "displayed)",
     mdn("da", "automatic-action/MDN-sent-automatically; displayed", "Your message was displayed."), NOT_BOUNCE),
    ("l40-mdn-deleted-by-person", "RFC 8098 3.2.6.2: 'deleted' sent manually: a person deleted the message they "
     "received (delivered, no refusal by any filter)",
     mdn("dd", "manual-action/MDN-sent-manually; deleted", f"The message sent to {LEAD} was deleted without being "
         "displayed."), NOT_BOUNCE),
    ("l40-mdn-denied", "RFC 3798 'denied' (the recipient does not wish the sender told of the disposition)",
     mdn("dn", "manual-action/MDN-sent-manually; denied", "The recipient does not wish to report what happened to "
         "your message."), NOT_BOUNCE),
]

# ---- (3) Labelled recipient lines, local part or display name only --------------------------------------------------
LB = "labelled prose notice (Gromox local_bounce shape: reason, then 'Label: value' lines)"


def _lab(name: str, what: str, tag: str, subject: str, text: str, expected: list[tuple], **kw) -> tuple:
    """A row of the labelled notices: `what` said after LB, the notice's `subject` and `text`, `kw` its To/Cc."""
    return (name, f"{LB}; {what}", labelled(tag, subject, text, **kw), expected)


LABEL_ROWS = [
    _lab("l40-label-recipient-full", "English 'Recipient:' / 'Reason:' with an RFC 5321 reply",
         "rf", "Undeliverable mail: Quick question",
         "Your message could not be delivered.\n\n" + f"Recipient: {LEAD}\nReason: 550 5.1.1 User unknown\n",
         hard("userunknown"), to=LEAD),
    _lab("l40-label-original-recipient", "'Original recipient:' naming the address, a quota reason",
         "or", "Delivery failure",
         "Delivery of your message failed.\n\n" + f"Original recipient: {LEAD}\nError: 552 5.2.2 Mailbox full\n",
         soft("mailboxfull"), to=LEAD),
    _lab("l40-label-de-local-part", "German 'Empfänger:' with the local part alone, the address from the To",
         "de", "Unzustellbar: Quick question",
         "Ihre Nachricht konnte nicht zugestellt werden.\n\n" + "Empfänger: lead\nGrund: Benutzer unbekannt\n",
         hard("userunknown"), to=LENA),
    _lab("l40-label-fr-display-name", "French 'Destinataire :' with the display name alone",
         "fr", "Non distribuable : Quick question",
         "Votre message n'a pas pu être distribué.\n\n" +
         "Destinataire : Lena Lead\nMotif : boîte aux lettres pleine\n",
         soft("mailboxfull"), to=LENA),
    _lab("l40-label-es-full", "Spanish 'Destinatario:' with the address", "es", "No se puede entregar: Quick question",
         "No se ha podido entregar su mensaje.\n\n" + f"Destinatario: {LEAD}\nMotivo: el buzón no existe\n",
         hard("userunknown"), to=LEAD),
    _lab("l40-label-zh-full", "Chinese '收件人：' with the address", "zh", "退信：Quick question",
         "您的邮件无法投递。\n\n" + f"收件人：{LEAD}\n原因：用户不存在\n",
         hard("userunknown"), to=LEAD),
    _lab("l40-label-ja-local-part", "Japanese '宛先:' with the local part alone", "ja", "配信不能: Quick question",
         "メッセージを配信できませんでした。\n\n" + "宛先: lead\n理由: 宛先のユーザーは存在しません\n",
         hard("userunknown"), to=LENA),
    ("l40-label-local-part-two-fit", f"{LB}; 'Recipient: lead' while lead@ at two domains got the original: nothing "
     "invented",
     labelled("l2", "Undeliverable mail: Quick question", "Your message could not be delivered.\n\n"
              "Recipient: lead\nReason: 550 5.1.1 User unknown\n", to=LEAD, cc="lead@other.example"), NOT_BOUNCE),
    _lab("l40-label-display-name-in-cc", "the display name of the Cc recipient, not the To one",
         "dc", "Undeliverable mail: Quick question",
         "Your message could not be delivered.\n\n" + "Recipient: Otto Other\nReason: mailbox full\n",
         soft("mailboxfull", address=OTHER), to=LENA, cc=OTTO),
    _lab("l40-label-local-part-others-differ", "'Recipient: lead' while the other recipient is other@: one fits",
         "lo", "Undeliverable mail: Quick question",
         "Your message could not be delivered.\n\n" + "Recipient: lead\nReason: 550 5.1.1 User unknown\n",
         hard("userunknown"), to=LEAD, cc=OTHER),
    _lab("l40-label-name-and-address", "'Recipient: <display name> <address>'",
         "na", "Undeliverable mail: Quick question",
         "Your message could not be delivered.\n\n" +
         f"Recipient: Lena Lead <{LEAD}>\nReason: 550 5.1.1 User unknown\n",
         hard("userunknown"), to=LENA),
    ("l40-label-sender-line-too", f"{LB}; a 'Sender:' line naming our seller above the recipient's",
     labelled("sl", "Undeliverable mail: Quick question", "Your message could not be delivered.\n\n"
              "Sender: seller@example.com\nSubject: Quick question\n"
              f"Recipient: {LEAD}\nReason: 550 5.1.1 User unknown\n", to=LEAD), hard("userunknown")),
    ("l40-label-two-blocks", f"{LB}; two labelled blocks, two reasons",
     labelled("tb", "Undeliverable mail: Quick question", "Your message could not be delivered to all recipients.\n\n"
              f"Recipient: {LEAD}\nReason: 550 5.1.1 User unknown\n\n"
              f"Recipient: {OTHER}\nReason: 452 4.2.2 Mailbox full, giving up\n", to=LEAD, cc=OTHER),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
]

# ---- (4) One recipient's Final-Recipient malformed ------------------------------------------------------------------
RFC = "RFC 3464 2.3.2 (Final-Recipient: address-type ; generic-address)"
U6533 = "RFC 6533 3 (utf-8 address type; message/global-delivery-status)"
GOOD = block(f"rfc822; {OTHER}", "failed", "5.2.2", "552 5.2.2 Mailbox full")
TEXT2 = f"<{OTHER}>: host mx.partner.example said: 552 5.2.2 Mailbox full\n"
MALFORMED_ROWS = [
    ("l40-dsn-spaces-first", f"{RFC}: the first block's address with spaces (no address at all); the second read",
     dsn("sf", TEXT2, [block("rfc822; <bad address with spaces>", "failed", "5.1.1"), GOOD], to=OTHER),
     soft("mailboxfull", address=OTHER)),
    ("l40-dsn-spaces-last", f"{RFC}: the malformed block last",
     dsn("sl", TEXT2, [GOOD, block("rfc822; <bad address with spaces>", "failed", "5.1.1")], to=OTHER),
     soft("mailboxfull", address=OTHER)),
    ("l40-dsn-no-type", f"{RFC}: the first block's Final-Recipient without its address type",
     dsn("nt", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n" + TEXT2,
         [block(LEAD, "failed", "5.1.1", "550 5.1.1 User unknown"), GOOD], to=f"{LEAD}, {OTHER}"),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("l40-dsn-utf8-type-ascii", f"{U6533}: 'utf-8;' with an ASCII address in a global report",
     dsn("ua", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n",
         [block(f"utf-8; {LEAD}", "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD,
         report="message/global-delivery-status", kind="delivery-status", returned="message/global-headers"),
     hard("userunknown")),
    ("l40-dsn-utf8-type-unicode", f"{U6533}: a non-ASCII local part beside an ASCII recipient",
     dsn("uu", "<léa@partner.example>: host mx.partner.example said: 550 5.1.1 User unknown\n" + TEXT2,
         [block("utf-8; léa@partner.example", "failed", "5.1.1", "550 5.1.1 User unknown"), GOOD],
         to=f"léa@partner.example, {OTHER}", report="message/global-delivery-status",
         returned="message/global-headers"),
     hard("userunknown", address="léa@partner.example") + soft("mailboxfull", address=OTHER)),
    ("l40-dsn-utf8-type-escaped", "RFC 6533 3 (utf-8-addr-unitext: '\\x{E9}' in a plain message/delivery-status)",
     dsn("ux", TEXT2, [block("utf-8; l\\x{E9}a@partner.example", "failed", "5.1.1", "550 5.1.1 User unknown"),
                       GOOD], to=OTHER),
     hard("userunknown", address="léa@partner.example") + soft("mailboxfull", address=OTHER)),
    ("l40-dsn-empty-final-original-kept", f"{RFC}: an empty Final-Recipient, the Original-Recipient whole",
     dsn("ef", TEXT2, [block("rfc822;", "failed", "5.1.1", "550 5.1.1 User unknown", orig=f"rfc822; {LEAD}"),
                       GOOD], to=f"{LEAD}, {OTHER}"),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("l40-dsn-comment", f"{RFC} with an RFC 5322 comment after the address",
     dsn("co", TEXT2, [block(f"rfc822; {LEAD} (Lena Lead)", "failed", "5.1.1", "550 5.1.1 User unknown"), GOOD],
         to=f"{LEAD}, {OTHER}"),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("l40-dsn-final-missing-text-names", f"{RFC}: the first block without Final-Recipient; the text part names it",
     dsn("fm", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n" + TEXT2,
         [block(None, "failed", "5.1.1", "550 5.1.1 User unknown"), GOOD], to=f"{LEAD}, {OTHER}"),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("l40-dsn-x400-final-rfc822-original", f"{RFC}: an x400 Final-Recipient, the rfc822 Original-Recipient",
     dsn("x4", TEXT2, [block("x400; /G=Lena/S=Lead/O=Partner/PRMD=partner/ADMD= /C=DE/", "failed", "5.1.1",
                             "550 5.1.1 User unknown", orig=f"rfc822; {LEAD}"), GOOD], to=f"{LEAD}, {OTHER}"),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
]

# ---- (5) Auto-reply headers on bounces; away replies and challenges; encoded Message-IDs ---------------------------
Q14 = "qmail-send.c bounce (review 14's layout)"
X03 = "Exchange 5.5/2000/2003 NDR (review 43's layout)"
UNKNOWN_03 = "MSEXCH:IMS:PARTNER:SITE:MAIL01 3553 (000B099C) 550 5.1.1 User unknown"
AUTO_ROWS = [
    ("l40-qmail-x-autoreply", f"{Q14} with 'X-Autoreply: yes' a hosting filter added",
     with_headers(qmail("xa", [(LEAD, "Sorry, no mailbox here by that name. (#5.1.1)")], to=LEAD),
                  "X-Autoreply: yes\n"),
     hard("userunknown")),
    ("l40-qmail-precedence-auto-reply", f"{Q14} with 'Precedence: auto_reply'",
     with_headers(qmail("pa", [(LEAD, "Sorry, no mailbox here by that name. (#5.1.1)")], to=LEAD),
                  "Precedence: auto_reply\n"),
     hard("userunknown")),
    ("l40-dsn-auto-submitted-auto-replied", f"{RFC}; 'Auto-Submitted: auto-replied' and 'X-Autorespond' on the report",
     dsn("as", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n",
         [block(f"rfc822; {LEAD}", "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD,
         extra="Auto-Submitted: auto-replied\nX-Autorespond: yes\n"),
     hard("userunknown")),
    ("l40-x03-x-autoreply", f"{X03} with 'X-Autoreply: yes' and 'Precedence: auto_reply'",
     with_headers(exchange2003("xr", [(LEAD, "The recipient name is not recognized", UNKNOWN_03)]),
                  "X-Autoreply: yes\nPrecedence: auto_reply\n"),
     hard("userunknown")),
    ("l40-ooo-auto-submitted", "RFC 3834 5: an out-of-office reply (Auto-Submitted: auto-replied, X-Autoreply)",
     reply("oa", "Auto-Submitted: auto-replied\nX-Autoreply: yes\n", "Out of Office: Quick question",
           "I am out of the office until Monday 14 December with limited access to email.\nFor urgent matters "
           "please contact office@partner.example."), NOT_BOUNCE),
    ("l40-ooo-precedence-only", "an away reply marked only by 'Precedence: auto_reply' (RFC 3834 3.1.8 mentions it)",
     reply("op", "Precedence: auto_reply\n", "Away: Quick question",
           "Thank you for your email. I am travelling this week and will reply when I am back.\n"
           "If your message is urgent, please resend it to office@partner.example."), NOT_BOUNCE),
    ("l40-ooo-not-forwarded", "an out-of-office reply that says the message will not be forwarded (no failure)",
     reply("nf", "Auto-Submitted: auto-replied\n", "Automatic reply: Quick question",
           "I am on parental leave until March 2027. Your message will not be forwarded and will not be read\n"
           "before my return. Please write to office@partner.example instead."), NOT_BOUNCE),
    ("l40-challenge-choicemail", "DigiPortal ChoiceMail One help ('Registration Request message': 'Click here to "
     "verify your identity.', the days before the held message is deleted)",
     reply("cm", "", "Registration request: Quick question",
           "Hello,\n\nI am using ChoiceMail to protect my inbox from junk mail. Your message is waiting in my "
           "Unknown Senders list.\nBefore it can be delivered to me, please register:\n\n"
           "Click here to verify your identity: https://register.partner.example/cm?id=8d2f\n\n"
           "If you do not register within 4 days, your message will be deleted."), NOT_BOUNCE),
    ("l40-challenge-surgemail-friends", "NetWin SurgeMail help ('Friends confirmation' confirm.eml, From "
     "'email (g_friends_name system)'; 1usa.co's page: 'Did you send me an email?', the sender clicks to confirm)",
     reply("sf", "", "Did you send me an email?",
           "To keep spam out of my mailbox I use a Friends list. Your message to me is held pending until you\n"
           "confirm that you sent it. Please click the link below to confirm you are a real person:\n\n"
           "https://mail.partner.example/cgi/confirm?k=51ab\n\nYou will only have to do this once.",
           sender=f'"{LEAD} (Friends system)" <{LEAD}>'), NOT_BOUNCE),
    ("l40-challenge-powder", "Powder AntiSpam's page ('Challenge request' e-mail; the message stays in quarantine "
     "until the sender answers)",
     reply("pw", "Auto-Submitted: auto-replied\n", "Challenge request: Quick question",
           "Your message has been placed in quarantine by Powder AntiSpam.\nTo have it delivered, simply reply to "
           "this challenge request without changing the subject.\nOnce you have answered, your future messages "
           "will reach me directly."), NOT_BOUNCE),
]

# The encoded Message-IDs of the returned original (row -> the id the classifier must read).
ENC = "RFC 2047 encoded-word in the returned Message-ID (a gateway encoding every header)"
B64 = "RFC 2045 6.8: the returned headers part base64-encoded"
ID_ROWS = [
    ("l40-msgid-rfc2047", f"{RFC}; {ENC}",
     dsn("m2", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n",
         [block(f"rfc822; {LEAD}", "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD,
         returned_body=headers_of("m2", LEAD, mid="=?us-ascii?Q?=3Cenc-m2=40example=2Ecom=3E?=")),
     hard("userunknown")),
    ("l40-msgid-base64-headers", f"{RFC}; {B64}",
     dsn("m6", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n",
         [block(f"rfc822; {LEAD}", "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD, returned_cte="base64",
         returned_body=base64.encodebytes(headers_of("m6", LEAD).encode()).decode("ascii")),
     hard("userunknown")),
    ("l40-msgid-base64-rfc822", f"{RFC}; the returned message/rfc822 part base64-encoded (against RFC 2046 5.2.1, "
     "written by some gateways)",
     dsn("m8", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n",
         [block(f"rfc822; {LEAD}", "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD, returned="message/rfc822",
         returned_cte="base64",
         returned_body=base64.encodebytes((headers_of("m8", LEAD) + "\nHello\n").encode()).decode()),
     hard("userunknown")),
    ("l40-msgid-folded", f"{RFC}; RFC 5322 folding: the Message-ID on the next line",
     dsn("mf", f"<{LEAD}>: host mx.partner.example said: 550 5.1.1 User unknown\n",
         [block(f"rfc822; {LEAD}", "failed", "5.1.1", "550 5.1.1 User unknown")], to=LEAD,
         returned_body=headers_of("mf", LEAD, mid="\n <l40-mf@example.com>")),
     hard("userunknown")),
]
MESSAGE_IDS = {
    "l40-msgid-rfc2047": "enc-m2@example.com",
    "l40-msgid-base64-headers": "l40-m6@example.com",
    "l40-msgid-base64-rfc822": "l40-m8@example.com",
    "l40-msgid-folded": "l40-mf@example.com",
    "l40-x55-name-not-recognized-display": "l40-nr@example.com",
    "l40-cyrus-reject-filtered": "l40-cf@example.com",
}

ROWS_A = X55_ROWS + SIEVE_ROWS + LABEL_ROWS + MALFORMED_ROWS + AUTO_ROWS + ID_ROWS
