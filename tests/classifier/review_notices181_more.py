"""Review 181's second batch (written after the first ran and was mended, before running these): attacks on its
mends in classifier/hints.py, and more relayed bounces and out-of-office notices returned undelivered. Rows as in
review_notices181.py; test_review_notices181.py runs both."""

from __future__ import annotations

from tests.classifier.review_notices181 import (AWAY, CHALLENGE, JSM_SRC, OUR_SUBJ, OWN_OOF, RT_SRC, SVC_BODY, SVC_FROM,
    SVC_SRC, TICKET, TMDA_FROM, TMDA_SRC, ZD_SRC, tmda)
from tests.classifier.review_notices181_layouts import (EX03_FROM, EX03_SRC, EXIM_SRC, HOST, KIM, NO, OOF_ORIGINAL,
    PF_SRC, PF_TEXT, QMAIL_FROM, QMAIL_SRC, REPLY, SUBJ, ex03_text, exim_text, hard, msg, qmail_text, row)

ROWS: list[tuple] = []

# ---- second batch (written after the first ran and was mended, before running these): attacks on the mends ---------
# hints._looks_like_bounce now takes every auto-responder mark (auto_reply_marked) and, off a list, Precedence: bulk /
# junk as a machine's mark for its failure-with-reply-code rule; and a ticket acknowledgement's opening above the
# failure's words is no failure.
VAC1 = ("vacation(1) (FreeBSD usr.bin/vacation/vacation.c: ~/.vacation.msg sent with 'Precedence: bulk' and no "
        "Auto-Submitted in its older versions; Subject 'away from my mail' as its set-up writes)")
DIGEST_SRC = ("RFC 2076 §3.9 / RFC 3834 §2 (Precedence: bulk on bulk mail); a vendor's deliverability newsletter sent "
              "without List-* fields, quoting an example bounce with an example address")
ROWS += [
    row("b2-vac1-bulk-old-address-code", VAC1 + AWAY + " (Precedence: bulk only; the away text says mail to the "
        "sender's OLD address could not be delivered, quoting its 550 5.1.1: an away text, no bounce)",
        msg("b2-vac1", "Robin Hale <robin@unix.partner.example>", "away from my mail", "I am away until 4 January. "
            "Note: mail to my old address robin@old-partner.example could not be delivered after the move (550 5.1.1 "
            "User unknown); please use this one.", "Precedence: bulk\n"), NO),
    row("b2-autorespond-own-address-code", SVC_SRC + AWAY + " (X-Autorespond only, 'Automatic reply:', the away text "
        "quoting a 5.1.1 about the mailbox itself after a date)",
        msg("b2-ar-own", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", f"After 31 January mail to {KIM} could not be "
            "delivered (550 5.1.1 User unknown): I am leaving. Please write to lena@partner.example.",
            "X-Autorespond: yes\n"), NO),
    row("b2-precedence-auto-reply-plain-away", SVC_SRC + AWAY + " (Precedence: auto_reply only, a plain away text)",
        msg("b2-par", f"Kim Ng <{KIM}>", f"Auto Response: {SUBJ}", "I'm travelling this week with limited access to "
            "email.", "Precedence: auto_reply\n"), NO),
    row("b2-bulk-digest-no-list-fields", DIGEST_SRC + " (no bounce: a newsletter's example, 'Your message to "
        "jane@example.com could not be delivered: 550 5.1.1')",
        msg("b2-digest", "Deliverability Weekly <news@mailtips.example>", "Deliverability tips #12: reading bounces",
            "This week: reading a bounce. A typical one says: 'Your message to jane@example.com could not be "
            "delivered. 550 5.1.1 User unknown'. That is a hard bounce; remove the address from your list.\n\nSee you "
            "next week!", "Precedence: bulk\n"), NO),
    row("b2-bulk-digest-list-fields", DIGEST_SRC + " (the same with List-Unsubscribe and Precedence: list: no bounce)",
        msg("b2-digest-l", "Deliverability Weekly <news@mailtips.example>", "Deliverability tips #12: reading bounces",
            "A typical bounce says: 'Your message to jane@example.com could not be delivered. 550 5.1.1 User "
            "unknown'.", "Precedence: bulk\nList-Unsubscribe: <mailto:unsub@mailtips.example>\n"), NO),
    row("b2-junk-notice-service", SVC_SRC + " (Precedence: junk only, procmail's formail -I 'Precedence: junk' mark "
        "(procmailex(5)) on a notice service's failure naming kim with 5.1.1: kim hard)",
        msg("b2-junk", SVC_FROM, SUBJ, SVC_BODY, "Precedence: junk\n"), hard(KIM)),
    row("b2-bulk-on-list-notice-service", SVC_SRC + " (the notice service's failure passed through a list with "
        "List-Id and Precedence: bulk: a list's post, the rule stays off; no daemon From: no bounce read)",
        msg("b2-bulk-list", SVC_FROM, SUBJ, SVC_BODY, "Precedence: bulk\nList-Id: <it.partner.example>\n"), NO),
]

ACK_CTL = ("; CONTROL of the acknowledgement guard: the failure's words come FIRST (a notice service's failure, then "
           "its own note about a ticket or a request): kim hard")
ROWS += [
    row("b2-ack-ticket-after-failure", SVC_SRC + ACK_CTL,
        msg("b2-ack-after", SVC_FROM, SUBJ, SVC_BODY + "\nA ticket has been created for our postmaster (#88121).\n",
            "Auto-Submitted: auto-generated\n"), hard(KIM)),
    row("b2-ack-request-could-not-be-delivered", SVC_SRC + ACK_CTL + " ('Your request could not be delivered to "
        "kim': no acknowledgement)",
        msg("b2-ack-req", SVC_FROM, SUBJ, f"Your request could not be delivered to {KIM}.\n\n{KIM}: {REPLY}\n",
            "Auto-Submitted: auto-generated\n"), hard(KIM)),
    row("b2-ack-received-your-message-but", SVC_SRC + ACK_CTL + " ('We have received your message but could not "
        "deliver it': a message, no request)",
        msg("b2-ack-msg", SVC_FROM, SUBJ, f"We have received your message but it could not be delivered to {KIM}.\n\n"
            f"{KIM}: {REPLY}\n", "X-Autorespond: yes\n"), hard(KIM)),
    row("b2-ack-zendesk-quoted-ndr", ZD_SRC + TICKET + " (the quoted request holds an NDR the seller pasted, 'Your "
        "message to orders@... couldn't be delivered', 550 5.1.10)",
        msg("b2-zd", "Partner Support <support@partner.example>", f"[Partner] Request received: {OUR_SUBJ}",
            "##- Please type your reply above this line -##\n\nYour request (48214) has been received and is being "
            "reviewed by our support staff.\n\nSam Seller\n\nHi, I got this when writing to orders:\n\nYour message to "
            "orders@partner.example couldn't be delivered.\nRemote Server returned '550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
            "Auto-Submitted: auto-generated\nX-Mailer: Zendesk Mailer\n"), NO),
    row("b2-ack-rt-quoted-ndr", RT_SRC + TICKET + " (the summary below quotes a Postfix reply naming orders@)",
        msg("b2-rt", "Partner Support via RT <support@partner.example>", f"[partner.example #4712] AutoReply: "
            f"{OUR_SUBJ}", "Greetings,\n\nThis message has been automatically generated in response to the creation of "
            f"a trouble ticket regarding:\n\t\"{OUR_SUBJ}\",\na summary of which appears below.\n\n-----------\nMy mail "
            "to orders@partner.example was undeliverable: 550 5.1.1 <orders@partner.example>: Recipient address "
            "rejected: User unknown in virtual mailbox table\n",
            "RT-Ticket: partner.example #4712\nPrecedence: bulk\nAuto-Submitted: auto-replied\n"), NO),
    row("b2-ack-jsm-quoted-failure", JSM_SRC + TICKET + " (the request's description quoted: 'delivery failed', a "
        "5.1.1 naming orders@)",
        msg("b2-jsm", "Partner Help Center <jira@partner.atlassian.net>", f"SUP-4712 {OUR_SUBJ}",
            "——-—— Reply above this line.\n\nYour request SUP-4712 has been received and will be reviewed by our team."
            "\n\nDescription:\nDelivery failed to orders@partner.example with 550 5.1.1 User unknown.\n",
            "Auto-Submitted: auto-generated\nPrecedence: bulk\n"), NO),
]

ROWS += [
    row("b2-groups-via-daemon", EXIM_SRC + " (weak: Google Groups' DMARC rewrite of the From, \"'Mail Delivery System' "
        "via Sales Team <sales@ourco.example>\", with its List-Id and Precedence: list, as a group address we send from "
        "relays the bounce to its members; X-Failed-Recipients kept: kim hard)",
        msg("b2-groups", "'Mail Delivery System' via Sales Team <sales@ourco.example>",
            "Mail delivery failed: returning message to sender", exim_text(),
            f"X-Failed-Recipients: {KIM}\nAuto-Submitted: auto-replied\nList-Id: <sales.ourco.example>\n"
            "Precedence: list\nX-Original-Sender: mailer-daemon@mail.partner.example\n"), hard(KIM)),
    row("b2-own-oof-ex2003-es", EX03_SRC + OWN_OOF + " (Spanish Outlook: 'No se puede entregar: Respuesta automática: "
        "Re: Muestras')",
        msg("b2-oof-es", EX03_FROM, "No se puede entregar: Respuesta automática: Re: Muestras",
            ex03_text("Respuesta automática: Re: Muestras")), hard(KIM)),
    row("b2-own-oof-qmail-relayed-prefix", QMAIL_SRC + OWN_OOF + " (the failure notice of our OOF, itself relayed "
        "under 'Automatic reply: failure notice' with X-Autoreply)",
        msg("b2-oof-qmail", QMAIL_FROM, "Automatic reply: failure notice", qmail_text(OOF_ORIGINAL),
            "X-Autoreply: yes\n"), hard(KIM)),
    row("b2-ch-tmda-no-headers", TMDA_SRC + CHALLENGE + " (the request with no TMDA field at all, a relay having "
        "stripped X-Delivery-Agent and Precedence)",
        msg("b2-tmda-bare", TMDA_FROM, "Please confirm your message", tmda().decode().split("\n\n", 1)[1]), NO),
]

# ---- third batch (written after the second ran, before running these): a mail system's failure relayed from a
# sender no daemon pattern names, under an auto-reply's Subject: the failure in the MTAs' other wordings, which
# name the failed address on a line of its own rather than in "could not be delivered to <addr>" -------------------
ROUTER = "Partner Mail Router <router@partner.example>"
ROUTED = ("; relayed by the partner's mail router (a sender no daemon pattern names) under 'Automatic reply: ...' "
          "with Auto-Submitted: auto-replied, as review 8's relayed rows: kim dead, hard")
GM_SRC = ("Gmail's older failure notice as sisimai's Gmail module quotes it (outside opinion): 'Delivery to the "
          "following recipient failed permanently:', the address on its own line, 'Technical details of permanent "
          "failure:' and the remote's reply")
GM_TEXT = (f"Delivery to the following recipient failed permanently:\n\n     {KIM}\n\nTechnical details of permanent "
           f"failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient "
           f"domain partner.example by {HOST}. [192.0.2.25].\n\nThe error that the other server returned was:\n{REPLY}\n")
AR = "Auto-Submitted: auto-replied\n"
ROWS += [
    row("b3-router-gmail-wording", GM_SRC + ROUTED, msg("b3-gm", ROUTER, f"Automatic reply: {SUBJ}", GM_TEXT, AR),
        hard(KIM)),
    row("b3-router-exim-wording", EXIM_SRC + ROUTED + " (no X-Failed-Recipients)",
        msg("b3-exim", ROUTER, f"Automatic reply: {SUBJ}", exim_text(), AR), hard(KIM)),
    row("b3-router-qmail-wording", QMAIL_SRC + ROUTED,
        msg("b3-qmail", ROUTER, "Automatic reply: failure notice", qmail_text(), AR), hard(KIM)),
    row("b3-router-postfix-text-only", PF_SRC + ROUTED + " (the report's text part alone, its reply line naming kim)",
        msg("b3-pf", ROUTER, f"Automatic reply: {SUBJ}", PF_TEXT + f"<{KIM}>: host {HOST}[192.0.2.25] said: {REPLY} "
            "(in reply to RCPT TO command)\n", AR), hard(KIM)),
    row("b3-recipient-own-address-undeliverable", SVC_SRC + " (weak: a hosted filter answering from the recipient's "
        "own address with Subject 'Undeliverable: Quote for Q3' and Auto-Submitted: auto-replied; the notice names "
        "kim's failure and its 5.1.1: hard)",
        msg("b3-self", f"Kim Ng <{KIM}>", f"Undeliverable: {SUBJ}", SVC_BODY, AR), hard(KIM)),
    row("b3-c-away-own-address-code-line", SVC_SRC + AWAY + " (CONTROL: the away text quotes the reply its own "
        "address will get after a date, '550 5.1.1 <kim@...>: Recipient address rejected', under 'Automatic reply:')",
        msg("b3-own", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I am leaving Partner Inc on 31 December; after "
            f"that date the server will answer '550 5.1.1 <{KIM}>: Recipient address rejected: User unknown'. "
            "Please write to lena@partner.example.", AR), NO),
    row("b3-away-old-address-code-line", SVC_SRC + AWAY + " (the away text quotes the reply the person's OLD address "
        "now gets, '550 5.1.1 <kim@old-partner.example>: User unknown', and asks to use this one: an auto-reply, "
        "no bounce)",
        msg("b3-old", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I'm out until Monday. Note: my old address now "
            "returns '550 5.1.1 <kim@old-partner.example>: User unknown'; please use this one.", AR), NO),
]
# Written after the third batch ran and hints._reply_names_other was added, before running it: its attack.
ROWS += [
    row("b3-away-old-address-failure-words", SVC_SRC + AWAY + " (ATTACK on _reply_names_other: the away text says "
        "mail to the person's OLD address 'could not be delivered' and quotes its reply line '550 5.1.1 "
        "<kim@old-partner.example>: User unknown', under 'Automatic reply:': an auto-reply, no bounce)",
        msg("b3-old-fail", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", "I'm out until Monday. Note: mail to my "
            "old address could not be delivered after our move:\n550 5.1.1 <kim@old-partner.example>: User unknown\n"
            "Please use this one.", AR), NO),
]
