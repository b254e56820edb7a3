"""Review 184's second and third batches (written after the batch before ran and was mended, before running these):
attacks on its own mends in classifier/hints.py. Rows as in review_notices184.py (its docstring holds the findings);
test_review_notices184.py runs both."""

from __future__ import annotations

from tests.classifier.review_notices184 import (AG, AR, AWAY, EXIM_SRC, EXO_OOF, GMAIL_VAC, OOF_FIELDS, PASTED, PF_SRC,
    PHONE, ROUTED, ROUTER, SVC_FROM, SVC_SRC, TICKET, ZD_SRC, row)
from tests.classifier.review_notices181_layouts import (EX03_SRC, HOST, KIM, NO, PF_TEXT, REPLY, SM_SRC, SM_TEXT,
    SUBJ, ex03_text, hard, msg)

ROWS: list[tuple] = []

# ---- H. second batch (written after the first ran and was mended, before running these): attacks on review 184's
# own mends in classifier/hints.py (the broader _acknowledged with its sentence end, _REPLY_CODE's telephone rule,
# _lists_failed_other, Gmail's "wasn't delivered" among the failure's words) -------------------------------------------
ROWS += [
    row("h-relay-ex2003-ack-subject", EX03_SRC + ROUTED + " (ATTACK on _acknowledged: our returned Subject, quoted "
        "ABOVE the list intro, is 'Re: Your request SUP-4471 has been received', a seller answering a ticket thread)",
        msg("h1", ROUTER, "Automatic reply: Re: Your request SUP-4471 has been received",
            ex03_text("Re: Your request SUP-4471 has been received"), AR), hard(KIM)),
    row("h-oof-de-folgende-adresse-date", EXO_OOF + AWAY + " (ATTACK on _lists_failed_other: German 'folgende "
        "Adresse:' (a list intro's words), the address alone below it, and a German short date '5.1.26' that has an "
        "enhanced status code's shape)",
        msg("h2", f"Kim Ng <{KIM}>", f"Automatische Antwort: {SUBJ}", "Vielen Dank für Ihre Nachricht. Ich bin nicht "
            "im Büro. Bitte schreiben Sie an folgende Adresse:\nlena@partner.example\nAb 5.1.26 bin ich wieder "
            "erreichbar.\n", OOF_FIELDS), NO),
    row("h-oof-en-following-address-angled", EXO_OOF + AWAY + " (ATTACK on _lists_failed_other: 'the following "
        "address:' then '<ap@partner.example>' alone, a version '4.2.10' of a tool below)",
        msg("h3", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I'm away. Invoices go to the following address:\n"
            "<ap@partner.example>\nPortal users: please update to client 4.2.10 first.\n", OOF_FIELDS), NO),
    row("h-vac-gmail-wasnt-delivered-phone", GMAIL_VAC + AWAY + PHONE + " (ATTACK on the added 'wasn't delivered': "
        "Subject without a prefix, the text about a parcel, a telephone number)",
        msg("h4", f"Kim Ng <{KIM}>", "Away until Monday", "Hi! I'm away. If your sample wasn't delivered to our "
            "office yet, call +1 415 555 0134 <lena@partner.example>.\n", AR), NO),
    row("h-oof-exo-diagnostic-quoted", EXO_OOF + AWAY + " (ATTACK on the Exchange diagnostic shape: an away text that "
        "quotes, about a colleague's old address, the block 'lena.old@partner.example' / \"Remote Server returned "
        "'550 5.1.10 ...'\": judged like review 181's b3-away-old-address-failure-words if it reads a bounce for the "
        "old address, never for kim)",
        msg("h5", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I'm out until Monday. Note: Lena's old address now "
            "answers\nlena.old@partner.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n"
            "please use lena@partner.example.\n", OOF_FIELDS), [("lena.old@partner.example", True, (), "", False)]),
    row("h-svc-received-message-will-and-failure", SVC_SRC + " (ATTACK on the broader _acknowledged from the other "
        "side: 'We have received your message and will process it.' and only THEN 'Delivery to kim failed' with the "
        "5.1.1 naming kim; weak: a relay's words; kim hard)",
        msg("h6", SVC_FROM, SUBJ, "We have received your message and will process it.\n\nYour message to "
            f"{KIM} could not be delivered.\n\n{KIM}: {REPLY}\n", AG), hard(KIM)),
    row("h-relay-postfix-no-enhanced", PF_SRC + ROUTED + " (CONTROL of _REPLY_CODE: a reply without an enhanced "
        "status, '550 User unknown', on the line opening with '<kim>:')",
        msg("h7", ROUTER, f"Automatic reply: {SUBJ}", PF_TEXT + f"<{KIM}>: host {HOST}[192.0.2.25] said: 550 User "
            "unknown (in reply to RCPT TO command)\n", AR), hard(KIM)),
    row("h-relay-sendmail-ja-prefix", SM_SRC + ROUTED + " (CONTROL of _lists_failed_other under '自動応答:')",
        msg("h8", ROUTER, "自動応答: Returned mail: see transcript for details", SM_TEXT, AR), hard(KIM)),
]

# ---- I. third batch (written after the second was mended, before running these) ------------------------------------
ZD_MORE = ("Zendesk 'About the standard Support triggers' ('Your request ({{ticket.id}}) has been received and is being "
           "reviewed by our support staff.') in its shipped Italian and Dutch (weak: the translations' wording)")
EXO_PASTED = ("\n\n----- Original request -----\nHi, I got this back when writing to orders:\nYour message to "
              "orders@partner.example couldn't be delivered.\n\norders@partner.example\nRemote Server returned '550 "
              "5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
ROWS += [
    row("i-ack-zendesk-it", ZD_MORE + TICKET + " (Italian)",
        msg("i1", "Partner Support <support@partner.zendesk.com>", f"[Partner] Richiesta ricevuta: {SUBJ}", "La tua "
            "richiesta (48218) è stata ricevuta ed è in corso di revisione da parte del nostro staff di assistenza."
            + PASTED, AG + "X-Mailer: Zendesk Mailer\n"), NO),
    row("i-ack-zendesk-nl", ZD_MORE + TICKET + " (Dutch)",
        msg("i2", "Partner Support <support@partner.zendesk.com>", f"[Partner] Aanvraag ontvangen: {SUBJ}", "Uw aanvraag "
            "(48219) is ontvangen en wordt momenteel beoordeeld door onze supportmedewerkers." + PASTED,
            AG + "X-Mailer: Zendesk Mailer\n"), NO),
    row("i-ack-zendesk-pasted-exo-automatic-reply", ZD_SRC + TICKET + " (under 'Automatic reply:', the pasted NDR is "
        "Exchange Online's with its diagnostic block naming orders@: _lists_failed_other's Exchange shape, behind the "
        "acknowledgement)",
        msg("i3", "Partner Support <support@partner.example>", f"Automatic reply: {SUBJ}", "Your request (48220) has "
            "been received and is being reviewed by our support staff." + EXO_PASTED, AG), NO),
    row("i-oof-following-recipients-street", EXO_OOF + AWAY + " (ATTACK on _lists_failed_other: 'please contact the "
        "following recipients:' then an address alone, and a street number '500 Main Street' two lines below)",
        msg("i4", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I am out of the office. For orders please contact "
            "the following recipients:\nsales@partner.example\nmark@partner.example\nor visit our office, Suite 4, 500 "
            "Main Street.\n", OOF_FIELDS), NO),
    row("i-relay-exim-plain-reply", EXIM_SRC + ROUTED + " (CONTROL for _lists_failed_other: the remote's reply without "
        "an enhanced status and without an address, '550 User unknown', opening its line)",
        msg("i5", ROUTER, f"Automatic reply: {SUBJ}", "This message was created automatically by mail delivery "
            "software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a "
            f"permanent error. The following address(es) failed:\n\n  {KIM}\n    host {HOST} [192.0.2.25]\n    SMTP "
            f"error from remote mail server after RCPT TO:<{KIM}>:\n    550 User unknown\n", AR), hard(KIM)),
]
