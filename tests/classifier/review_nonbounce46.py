"""Review nonbounce46: what lands in a salesperson's Gmail/Outlook inbox in 2024-2026 that LOOKS like a bounce and is
none (or none of the address it names), and as controls real bounces that carry auto-reply marks. An auto-reply
from the prospect answering our own Message-ID passes the trust rules, so the classifier alone must not read it as a
bounce (a hard one unenrolls a live prospect: the costliest error); equally a real bounce must not be taken for an
auto-reply because of its headers (issue 13).

Step 1 (grep of tests/classifier, 2026-12-07): covered were the responders' own fields on away texts (34*, 181,
184, autoreply_variants), ticket acknowledgements quoting a pasted 5.1.1 (181, 184), tools' notifications with
Auto-Submitted (73_more), quarantine digests and MDNs in English. Aimed here at what was NOT: Exim's autoreply
transport with return_message (its copy line is the very line of Exim's bounce) and qmail's autorespond quoting the
original; Outlook and Gmail away texts in pt/pl/ja/zh/it/es/nl/de/fr that say the mailbox is full, closed, no longer
monitored or will be deleted, or that the message was not delivered / forwarded; people's replies about a bounce of
ANOTHER address; helpdesk acknowledgements (Zendesk, Freshdesk, Jira SM, Help Scout, osTicket) in their default
wordings; sales tools' notifications WITHOUT Auto-Submitted (Salesloft, Apollo, lemlist, Mailchimp, Salesforce,
HubSpot in German) as multipart/alternative; quarantine digests naming the prospect as the held message's sender;
MDNs 'deleted' ('Not read:'); Exchange's Delivered/Relayed and Sendmail's Return receipt; delays; phishing 'mailbox
full / delivery failed' mail naming the prospect; challenge-response. Controls: Exim / Exchange / Gmail bounces with
Precedence bulk/list/junk, X-Autoreply, X-Autorespond, Precedence auto_reply.

Rows: (name, source, raw, expected); expected [] = no bounce, else (address, hard, reasons, scope, delay) per
/work/shared/classifier/taxonomy.md, written BEFORE the classifier ran on them (committed first). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_audit35_layouts import exim_warning
from tests.classifier.review_nonbounce46_layouts import LEAD, SELLER, block, dsn, exim_autoreply, exim_bounce, \
    gmail_vacation, mdn, outlook_oof, person, qmail_autorespond, service

R = "recipient"
NB: list[tuple] = []
DELAY = [(LEAD, False, (), None, True)]
HARD_UU = [(LEAD, True, ("userunknown",), R, False)]
LENA = f"Lena Lead <{LEAD}>"

EXIM_AR = "Exim/exim src/src/transports/autoreply.c (Auto-Submitted: auto-replied; return_message's copy line)"
OOF = ("Exchange Online Automatic Replies: MS-OXCMAIL 2.1.3.2.20 (X-Auto-Response-Suppress), Auto-Submitted: "
       "auto-generated; localised prefixes as autoreply_variants.OOF_PREFIXES (HAND-MADE text)")
GMAIL = ("Gmail vacation responder: developers.google.com/gmail/api/reference/rest/v1/VacationSettings "
         "(responseSubject prepended; empty -> 'Re:'), Auto-Submitted: auto-replied (HAND-MADE text)")
QMAIL_AR = "sagredo-dev/autorespond README.md (qmail autoresponder; flag 1 appends the quoted original) (HAND-MADE)"
PERSON = "a person's reply (HAND-MADE; Outlook's quote block)"
HUBSPOT_KB = ("knowledge.hubspot.com 'Unenroll a contact from a sequence' (bounce unenrolls; out-of-office replies "
              "do not) and HubSpot's bounce docs: 'You'll receive a bounceback email ... in your own inbox'")
TOOL = "(weak: the tool's notification as its help pages describe the bounced state; text HAND-MADE) "
M365Q = ("Microsoft 365 quarantine notification (sender quarantine@messaging.microsoft.com, Subject 'Microsoft 365 "
         "security: You have messages in quarantine'; Release / Block sender / Review) as universities' help pages "
         "show it (it.chicagobooth.edu KB 11125, blogs.luc.edu uiso)")
PROOFPOINT = ("Proofpoint End User Digest (mso.harvard.edu/proofpoint_digest, it.tufts.edu: 'Request New End User "
              "Digest', Release / Release and Allow Sender / Block Sender; deleted after 30 days)")
MIMECAST = ("Mimecast digest (community.mimecast.com DOC-1724 'The Digest Email'; serviceportal.arbor.edu KB 152895: "
            "sent from postmaster@<your domain>; Release / Block / Permit; removed after 14 days)")
MDN = "RFC 8098 section 3 (multipart/report; disposition-notification); Outlook's 'Read:' / 'Not read:' subjects"
EXCH_DSN = ("Exchange DSNs (learn.microsoft.com 'DSNs and NDRs in Exchange Server': 'Delivered:', 'Relayed: "
            "Delivery to these recipients or groups is complete, but no delivery notification was sent by the "
            "destination server', 'Delivery delayed:')")
PHISH = ("mailbox-quota phishing as malwaretips.com 'Mailbox Usage Warning Email Scam' and agnx.com 'Fake Mailbox "
         "Full Notice' describe it (HAND-MADE)")
EXIM_BNC = "Exim/exim src/src/deliver.c bounce; the extra fields as autoreply_variants.BOUNCE_HEADERS cites"

ROWS = [
    # ---- A. Exim's autoreply transport: the prospect's host's vacation router, its copy line Exim's bounce's ------
    ("nb46-exim-ar-leaver-deleted", EXIM_AR, exim_autoreply(
        "exim-ar-leaver-deleted", LENA, "Auto: Quick question",
        "Lena Lead no longer works at Partner GmbH. This mailbox is no longer monitored and will be deleted on\n"
        "31 December 2026. Your message has not been forwarded. Please write to sales@partner.example."), NB),
    ("nb46-exim-ar-de-postfach-voll", EXIM_AR, exim_autoreply(
        "exim-ar-de-postfach-voll", LENA, "Abwesenheitsnotiz: Quick question",
        "Vielen Dank für Ihre Nachricht. Mein Postfach ist voll und wird derzeit nicht gelesen.\n"
        "Ab dem 4. Januar bin ich wieder erreichbar."), NB),
    ("nb46-exim-ar-fr-plus-active", EXIM_AR, exim_autoreply(
        "exim-ar-fr-plus-active", LENA, "Réponse automatique : Quick question",
        "Cette adresse n'est plus active et ne sera plus consultée. Votre message n'a pas été transmis.\n"
        "Merci d'écrire à contact@partner.example."), NB),
    ("nb46-exim-ar-account-closed-bulk", EXIM_AR + "; headers option 'Precedence: bulk\\nX-Autoreply: yes'",
     exim_autoreply("exim-ar-account-closed-bulk", LENA, "Auto: Quick question",
                    "This account has been closed. Mail sent to this address is not read.",
                    extra="Precedence: bulk\nX-Autoreply: yes\n"), NB),
    ("nb46-exim-ar-address-no-longer-in-use", EXIM_AR + " without return_message; the user's own subject",
     exim_autoreply("exim-ar-address-no-longer-in-use", LENA, "Address no longer in use",
                    f"The address {LEAD} is no longer in use. Please update your records:\n"
                    "lena.lead@partner-group.example", body=False), NB),
    # ---- B. Outlook / Exchange Online away texts with a bounce's words, in the languages sales teams meet -----------
    ("nb46-oof-pt-desativado", OOF, outlook_oof(
        "oof-pt-desativado", LENA, "Resposta automática:",
        "Obrigado pela mensagem. Não trabalho mais na Partner. Este endereço de e-mail será desativado e as mensagens "
        "não serão lidas. Por favor, contate comercial@partner.example.", lang="pt-BR"), NB),
    ("nb46-oof-pl-skrzynka-pelna", OOF, outlook_oof(
        "oof-pl-skrzynka-pelna", LENA, "Odpowiedź automatyczna:",
        "Dziękuję za wiadomość. Moja skrzynka pocztowa jest pełna i wiadomości mogą nie zostać dostarczone. "
        "Jestem nieobecna do 11 stycznia.", lang="pl-PL"), NB),
    ("nb46-oof-ja-taishoku", OOF, outlook_oof(
        "oof-ja-taishoku", LENA, "自動応答:",
        "お問い合わせありがとうございます。リードは退職いたしました。このメールアドレスは今後使用されず、削除されます。"
        "今後は sales@partner.example までご連絡ください。", lang="ja-JP"), NB),
    ("nb46-oof-zh-lizhi", OOF, outlook_oof(
        "oof-zh-lizhi", LENA, "自动答复:",
        "您好，我已离职，此邮箱不再使用，邮件将不会被查看。请联系 sales@partner.example。", lang="zh-CN"), NB),
    ("nb46-oof-it-casella-piena", OOF, outlook_oof(
        "oof-it-casella-piena", LENA, "Risposta automatica:",
        "Grazie per il messaggio. La mia casella di posta è piena e verrà svuotata al mio rientro il 7 gennaio; i "
        "messaggi ricevuti nel frattempo potrebbero andare persi.", lang="it-IT"), NB),
    ("nb46-oof-es-no-entregado", OOF, outlook_oof(
        "oof-es-no-entregado", LENA, "Respuesta automática:",
        "Lena ya no forma parte de la empresa. Esta dirección de correo ya no está supervisada y será eliminada. Su "
        "mensaje no ha sido entregado a ninguna otra persona.", lang="es-ES"), NB),
    ("nb46-oof-nl-verwijderd", OOF, outlook_oof(
        "oof-nl-verwijderd", LENA, "Automatisch antwoord:",
        "Dit e-mailadres is niet meer in gebruik en wordt binnenkort verwijderd. Uw bericht wordt niet "
        "doorgestuurd.", lang="nl-NL"), NB),
    ("nb46-oof-en-size-limit-bounce", OOF, outlook_oof(
        "oof-en-size-limit-bounce", LENA, "Automatic reply:",
        "I'm on leave until 14 December. My mailbox has exceeded its size limit, so your message may be rejected. "
        "If you get a bounce, please resend after 14 December."), NB),
    ("nb46-oof-de-nicht-mehr-abgerufen", OOF, outlook_oof(
        "oof-de-nicht-mehr-abgerufen", LENA, "Automatische Antwort:",
        "Frau Lead ist nicht mehr im Unternehmen tätig. Dieses Postfach wird nicht mehr abgerufen und in Kürze "
        "gelöscht. Ihre Nachricht wurde nicht weitergeleitet.", lang="de-DE"), NB),
    # ---- C. Gmail's vacation responder ------------------------------------------------------------------------------
    ("nb46-gmail-not-monitored-deleted", GMAIL, gmail_vacation(
        "gmail-not-monitored-deleted", LENA,
        "Your email was received, but this mailbox is not monitored until January. Messages will be deleted unread.",
        subject="Out of office: mailbox not monitored"), NB),
    ("nb46-gmail-fr-boite-pleine", GMAIL, gmail_vacation(
        "gmail-fr-boite-pleine", LENA,
        "Je suis en congé. Ma boîte de réception est pleine : si votre message vous est retourné, renvoyez-le après "
        "le 4 janvier.", subject="Absente"), NB),
    ("nb46-gmail-left-new-address", GMAIL, gmail_vacation(
        "gmail-left-new-address", LENA,
        f"I have left Partner. {LEAD} will be closed on 31/12. My new address is lena@newco.example."), NB),
    ("nb46-gmail-pt-caixa-cheia", GMAIL, gmail_vacation(
        "gmail-pt-caixa-cheia", LENA,
        "Esta caixa de correio está cheia e já não é consultada. As mensagens enviadas para este endereço não serão "
        "lidas.", subject="Ausente"), NB),
    # ---- D. qmail's autorespond, the original quoted ----------------------------------------------------------------
    ("nb46-qmail-ar-no-longer-valid", QMAIL_AR, qmail_autorespond(
        "qmail-ar-no-longer-valid", LENA,
        "This address is no longer valid. Your message will not be read. Please use info@partner.example."), NB),
    ("nb46-qmail-ar-mailbox-full", QMAIL_AR, qmail_autorespond(
        "qmail-ar-mailbox-full", LENA, "Mailbox full - I'm away until 10 January and will empty it then."), NB),
    # ---- E. people's replies about a bounce of ANOTHER address, or of an earlier try -------------------------------
    ("nb46-person-bounced-old-address", PERSON, person(
        "person-bounced-old-address", LENA, "Re: Quick question",
        "Hi Sam, your email bounced from my old address (lena.lead@partner-old.example) - please use this one from "
        "now on. Thursday works."), NB),
    ("nb46-person-pasted-ndr-colleague", PERSON + "; the pasted NDR in Exchange Online's words", person(
        "person-pasted-ndr-colleague", LENA, "Re: Quick question",
        "FYI I got this when I forwarded your note to our CFO:\n\n  Delivery has failed to these recipients or "
        "groups:\n  cfo@partner.example\n  The email address you entered couldn't be found.\n  Remote Server returned "
        "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nCan you resend to cfo.office@partner.example?"), NB),
    ("nb46-person-re-undeliverable-fixed", PERSON, person(
        "person-re-undeliverable-fixed", LENA, "Re: Undeliverable: Quick question",
        "Sorry about that - our mail server was full over the weekend. It's fixed now, please resend."), NB),
    ("nb46-person-de-unzustellbar-alte", PERSON, person(
        "person-de-unzustellbar-alte", LENA, "AW: Quick question",
        "Hallo Herr Seller, Ihre Mail kam an meine alte Adresse als unzustellbar zurück; bitte nutzen Sie ab sofort "
        "lena.lead@partner-neu.example."), NB),
    ("nb46-person-es-rebote-buzon", PERSON, person(
        "person-es-rebote-buzon", LENA, "RE: Quick question",
        "Hola Sam, tu correo rebotó porque mi buzón estaba lleno. Ya lo he vaciado, reenvíalo cuando puedas."), NB),
    # ---- F. helpdesk acknowledgements in their default wordings ----------------------------------------------------
    ("nb46-zendesk-request-received", "(weak: Zendesk default trigger 'Notify requester of received request': "
     "'Your request (#{{ticket.id}}) has been received and is being reviewed by our support staff'; the "
     "'##- Please type your reply above this line -##' delimiter; the note HAND-MADE)", service(
        "zendesk-request-received", "Partner Support <support@partner.zendesk.com>", "[Partner] Re: Quick question",
        "##- Please type your reply above this line -##\n\nYour request (#48213) has been received and is being "
        f"reviewed by our support staff.\n\nNote: {LEAD} is no longer monitored; your message was converted into a "
        "ticket.\n\nTo add additional comments, reply to this email.\n", extra="X-Mailer: Zendesk Mailer\n"), NB),
    ("nb46-freshdesk-ticket-received", "(weak: Freshdesk default 'New Ticket Created' requester notification "
     "'Ticket Received - {{ticket.subject}}'; the closed-mailbox note HAND-MADE)", service(
        "freshdesk-ticket-received", "Partner Helpdesk <support@partner.freshdesk.com>",
        "Ticket Received - Quick question",
        "Dear Sam,\n\nWe would like to acknowledge that we have received your request and a ticket has been created.\n"
        "The mailbox you wrote to is closed; a support representative will review your request and reply.\n"
        "Ticket ID: 5120\n", html=False), NB),
    ("nb46-jira-sm-not-monitored", "(weak: Jira Service Management email channel's 'request received' "
     "notification; text HAND-MADE)", service(
        "jira-sm-not-monitored", "Partner Service Desk <jira@partner.atlassian.net>", "[JIRA] (SUP-311) Quick question",
        f"Your request SUP-311 has been received.\nThe address {LEAD} is not monitored; replies go to the service "
        "desk.\n", extra="Auto-Submitted: auto-generated\n"), NB),
    ("nb46-helpscout-auto-reply", "(weak: Help Scout mailbox Auto Reply settings; text HAND-MADE)", service(
        "helpscout-auto-reply", "Partner Team <hello@partner.example>", "Re: Quick question",
        "Thanks for reaching out! This is an automated reply to let you know we received your email. The person you "
        "wrote to no longer works here, so a teammate will answer within one business day.\n",
        extra="X-Autoreply: yes\nAuto-Submitted: auto-replied\n"), NB),
    ("nb46-osticket-ticket-opened", "(weak: osTicket default 'New Ticket Auto-response' template 'Support Ticket "
     "Opened [#%{ticket.number}]'; text HAND-MADE)", service(
        "osticket-ticket-opened", "Partner Support <support@partner.example>", "Support Ticket Opened [#482130]",
        "A request for support has been created and assigned ticket #482130. The mailbox you wrote to was removed; "
        "a representative will follow up with you as soon as possible.\n", html=False), NB),
    # ---- G. sales tools' notifications, no Auto-Submitted, with an HTML twin ---------------------------------------
    ("nb46-salesloft-email-bounced", TOOL + "Salesloft help 'Bounced Emails' (the person is removed from the "
     "cadence)", service(
        "salesloft-email-bounced", "Salesloft <notifications@salesloft.com>", "Email bounced: Lena Lead",
        f"Your email \"Quick question\" to Lena Lead ({LEAD}) bounced.\nReason: 550 5.1.1 <{LEAD}>: Recipient address "
        "rejected: User unknown in virtual mailbox table\nLena Lead has been removed from the cadence Q1 Outbound.\n",
        extra="List-Unsubscribe: <https://app.salesloft.com/unsub>\nFeedback-ID: 46:notify:salesloft\n"), NB),
    ("nb46-apollo-sequence-bounce", TOOL + "Apollo.io help 'Email bounces' (a bounced contact is finished in the "
     "sequence)", service(
        "apollo-sequence-bounce", "Apollo.io <notifications@apollo.io>", "A contact in your sequence bounced",
        f"Lena Lead <{LEAD}> bounced on step 1 of \"Q1 Outbound\".\nBounce type: hard\nSMTP response: 550 5.1.1 The "
        "email account that you tried to reach does not exist.\n", extra="X-Mailgun-Tag: notification\n"), NB),
    ("nb46-lemlist-lead-bounced", TOOL + "lemlist help 'What is a bounce' (the lead is marked bounced and paused)",
     service("lemlist-lead-bounced", "lemlist <hello@lemlist.com>", "Lena Lead bounced in campaign Q1",
             f"Bad news: the email to {LEAD} bounced (mailbox does not exist). We paused this lead so it does not hurt "
             "your deliverability.\n", extra="List-Unsubscribe: <mailto:unsub@lemlist.com>\n"), NB),
    ("nb46-mailchimp-hard-bounces", TOOL + "Mailchimp help 'Soft vs. Hard Bounces' (hard-bounced addresses are "
     "cleaned)", service(
        "mailchimp-hard-bounces", "Mailchimp <no-reply@mailchimp.com>", "Your campaign had 3 hard bounces",
        f"Hard bounces (cleaned):\n{LEAD} - 550 5.1.1 user unknown\nkim@partner.example - 550 5.1.1 user unknown\n"
        "lee@other-partner.example - 554 5.7.1 Service unavailable\n", extra="Precedence: bulk\n"), NB),
    ("nb46-hubspot-de-zurueckgewiesen", TOOL + HUBSPOT_KB, service(
        "hubspot-de-zurueckgewiesen", "HubSpot <noreply@notifications.hubspot.com>",
        "E-Mail an Lena Lead wurde zurückgewiesen",
        f"Ihre Sequenz-E-Mail „Quick question“ an Lena Lead ({LEAD}) ist unzustellbar (Hard Bounce: Empfänger "
        "unbekannt). Lena Lead wurde aus der Sequenz abgemeldet.\n"), NB),
    ("nb46-salesforce-bounced-email", TOOL + "Salesforce help 'Bounce Management' (a bounced email address is flagged "
     "on the record)", service(
        "salesforce-bounced-email", "Salesforce <noreply@salesforce.com>", "Bounced email: Lena Lead",
        f"The email address {LEAD} on the lead Lena Lead bounced: 550 5.1.1 user unknown. Update the address or "
        "confirm it.\n", html=False), NB),
    # ---- H. quarantine digests naming the prospect as a held message's sender --------------------------------------
    ("nb46-m365-quarantine-lead", M365Q, service(
        "m365-quarantine-lead", "Microsoft 365 Security <quarantine@messaging.microsoft.com>",
        "Microsoft 365 security: You have messages in quarantine",
        "Review these messages\n1 messages are being held for you to review as of 12/7/2026 9:00:00 AM (UTC).\n\n"
        f"Sender: {LEAD}\nSubject: RE: Quick question\nDate: 12/7/2026 8:41:12 AM\n\nRelease  Block sender  Review\n"
        "Messages in quarantine are deleted after 30 days.\n"), NB),
    ("nb46-m365-quarantine-de", M365Q + "; German localisation HAND-MADE", service(
        "m365-quarantine-de", "Microsoft 365-Sicherheit <quarantine@messaging.microsoft.com>",
        "Microsoft 365-Sicherheit: Sie haben Nachrichten in Quarantäne",
        f"1 Nachricht wird zur Überprüfung zurückgehalten.\n\nAbsender: {LEAD}\nBetreff: AW: Quick question\n\n"
        "Freigeben  Absender blockieren  Überprüfen\n"), NB),
    ("nb46-proofpoint-digest-lead", PROOFPOINT, service(
        "proofpoint-digest-lead", "Proofpoint <noreply@example.com>", "End User Digest: 2 New Messages",
        "Spam - Quarantine\nFrom                    Subject               Score\n"
        f"{LEAD}    RE: Quick question    87\npromo@deals.example     Win big               99\n\nRelease  Release and "
        "Allow Sender  Block Sender\nQuarantined messages are deleted after 30 days.\n"), NB),
    ("nb46-mimecast-digest-postmaster", MIMECAST, service(
        "mimecast-digest-postmaster", "Postmaster <postmaster@example.com>", "Mimecast Digest: 1 held message",
        "The following message has been held for your review:\n\n"
        f"From: {LEAD}\nSubject: Re: Quick question\nReason: Spam Signature\n\nRelease | Block | Permit\n"
        "Held messages are removed after 14 days.\n"), NB),
    # ---- I. message disposition notifications ------------------------------------------------------------------------
    ("nb46-mdn-read", MDN, mdn(
        "mdn-read", "Read: Quick question",
        "Your message\n\n  To: Lena Lead\n  Subject: Quick question\n  Sent: Monday, December 7, 2026 10:00 AM\n\n"
        "was read on Monday, December 7, 2026 11:12 AM.", "manual-action/MDN-sent-manually; displayed"), NB),
    ("nb46-mdn-not-read-deleted", MDN, mdn(
        "mdn-not-read-deleted", "Not read: Quick question",
        "Your message\n\n  To: Lena Lead\n  Subject: Quick question\n  Sent: Monday, December 7, 2026 10:00 AM\n\n"
        "was deleted without being read on Monday, December 7, 2026 11:12 AM.",
        "automatic-action/MDN-sent-automatically; deleted"), NB),
    ("nb46-mdn-de-gelesen", MDN, mdn(
        "mdn-de-gelesen", "Gelesen: Quick question",
        "Ihre Nachricht\n\n  An: Lena Lead\n  Betreff: Quick question\n\nwurde am Montag, 7. Dezember 2026 11:12 "
        "gelesen.", "manual-action/MDN-sent-manually; displayed"), NB),
    ("nb46-mdn-thunderbird", MDN + "; Thunderbird's 'Return Receipt (displayed)' subject", mdn(
        "mdn-thunderbird", "Return Receipt (displayed) - Quick question",
        f"This is a Return Receipt for the mail that you sent to {LEAD}.\n\nNote: This Return Receipt only "
        "acknowledges that the message was displayed on the recipient's computer.",
        "manual-action/MDN-sent-manually; displayed", ua="mail.partner.example; Thunderbird 128.5.0"), NB),
    # ---- J. success DSNs -----------------------------------------------------------------------------------------------
    ("nb46-exchange-delivered", EXCH_DSN, dsn(
        "exchange-delivered", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
        "Delivered: Quick question",
        f"Your message has been delivered to the following recipients:\n\nLena Lead ({LEAD})\n\nSubject: Quick "
        "question", block("delivered", "2.0.0", "250 2.0.0 OK"), mta="AM0PR08MB.eurprd08.prod.outlook.com"), NB),
    ("nb46-exchange-relayed", EXCH_DSN, dsn(
        "exchange-relayed", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
        "Relayed: Quick question",
        "Delivery to these recipients or groups is complete, but no delivery notification was sent by the "
        f"destination server:\n\nLena Lead ({LEAD})\n\nSubject: Quick question",
        block("relayed", "2.0.0"), mta="AM0PR08MB.eurprd08.prod.outlook.com"), NB),
    ("nb46-sendmail-return-receipt", "sendmail/savemail.c (success DSN: 'Return receipt', '----- The following "
     "addresses had successful delivery notifications -----')", dsn(
        "sendmail-return-receipt", "Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>", "Return receipt",
        "The original message was received at Mon, 7 Dec 2026 09:00:00 GMT\nfrom localhost [127.0.0.1]\n\n"
        f"   ----- The following addresses had successful delivery notifications -----\n<{LEAD}>  (relayed to "
        f"non-DSN-aware mailer)\n\n   ----- Transcript of session follows -----\n<{LEAD}>... relayed; expect no "
        "further notifications", block("relayed", "2.0.0", "250 2.0.0 Ok: queued as 4R46"),
        extra="Auto-Submitted: auto-generated (return-receipt)\n"), NB),
    ("nb46-postfix-expanded-alias", "Postfix bounce_templates.c success_template; RFC 3464 Action: expanded", dsn(
        "postfix-expanded-alias", "MAILER-DAEMON@mail.example.com (Mail Delivery System)",
        "Successful Mail Delivery Report",
        "This is the mail system at host mail.example.com.\n\nYour message was successfully delivered to the "
        f"destination(s)\nlisted below.\n\n<{LEAD}>: alias expanded", block("expanded", "2.0.0", remote=""),
        extra="Auto-Submitted: auto-replied\n"), NB),
    # ---- K. delays: never hard ---------------------------------------------------------------------------------------
    ("nb46-exo-delayed-mailbox-full", EXCH_DSN, dsn(
        "exo-delayed-mailbox-full", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
        "Delivery delayed:Quick question",
        f"Delivery is delayed to these recipients or groups:\n\nLena Lead ({LEAD})\n\nSubject: Quick question\n\nThis "
        "message hasn't been delivered yet. Delivery will continue to be attempted.",
        block("delayed", "4.2.2", "452 4.2.2 The recipient's mailbox is full and can't accept messages now"),
        mta="AM0PR08MB.eurprd08.prod.outlook.com"), DELAY),
    ("nb46-gmail-delay-rate", "Gmail's own DSN (shared/api/gmail.md section 9): 'Delivery Status Notification "
     "(Delay)', 'Message delayed'", dsn(
        "gmail-delay-rate", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        f"** Message delayed **\n\nThere was a temporary problem delivering your message to {LEAD}. Gmail will retry "
        "for 46 more hours. You'll be notified if the delivery fails permanently.",
        block("delayed", "4.2.1", "450 4.2.1 The user you are trying to contact is receiving mail at a rate that "
              "prevents additional messages from being delivered."), mta="googlemail.com",
        extra="Auto-Submitted: auto-replied\n"), DELAY),
    ("nb46-exim-warning-quota", "Exim deliver.c warn_message (review audit35's layout)", exim_warning(
        "nb46q", LEAD, f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 452 4.2.2 Mailbox full"), DELAY),
    ("nb46-exo-delayed-autoreply-marked", EXCH_DSN + "; X-Autoreply added by a relay", dsn(
        "exo-delayed-autoreply-marked", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example"
        ".com>", "Delivery delayed:Quick question",
        f"Delivery is delayed to these recipients or groups:\n\nLena Lead ({LEAD})\n\nThis message hasn't been "
        "delivered yet. Delivery will continue to be attempted.",
        block("delayed", "4.4.7", "441 4.4.1 Error communicating with target host"),
        extra="X-Autoreply: yes\nPrecedence: bulk\n"), DELAY),
    # ---- L. phishing 'mailbox full / delivery failed' mail to the seller -------------------------------------------
    ("nb46-phish-mailbox-full-lead-listed", PHISH, service(
        "phish-mailbox-full-lead-listed", "Mail Delivery Subsystem <mailer-daemon@example-com.mail-notify.example>",
        "Mail delivery failed: your mailbox is full",
        f"Your mailbox {SELLER} has exceeded its storage limit. 6 incoming messages have been suspended and will be "
        f"deleted in 24 hours.\n\nFrom: {LEAD}  Subject: RE: Quick question  Status: failed\n\nClick here to release "
        "pending messages: https://example-com.mail-notify.example/release\n", html=False), NB),
    ("nb46-phish-undelivered-messages", PHISH, service(
        "phish-undelivered-messages", "Microsoft Outlook <no-reply@outlook-secure.example>",
        "You have 4 undelivered messages",
        f"Message delivery to {LEAD} failed because your mailbox storage is full.\nUpgrade your storage to resend "
        "your pending messages now.\n\nResend now: https://outlook-secure.example/resend\n"), NB),
    ("nb46-phish-storage-full", PHISH, service(
        "phish-storage-full", "Google <no-reply@accounts-google.example>",
        "You're out of storage: Gmail can't send or receive emails",
        "Your account storage is full. Delivery of 3 messages failed and new messages will bounce back to the "
        "sender.\n\nGet more storage: https://accounts-google.example/storage\n"), NB),
    # ---- M. challenge-response ------------------------------------------------------------------------------------
    ("nb46-challenge-spamarrest", "(weak: Spam Arrest's verification request as its help describes it: approved "
     "senders only, a request form; text HAND-MADE)", service(
        "challenge-spamarrest", f"Lena Lead <{LEAD}>", "Re: Quick question [Verification Request]",
        "I apologize for this automatic reply to your email. To control spam, I now allow incoming messages only from "
        "senders I have approved beforehand. Your message will be delivered once you verify by filling out the short "
        "request form below. Messages not verified within 7 days are deleted.\n\n"
        "https://www.spamarrest.com/verify?x=46\n", extra="Auto-Submitted: auto-replied\n", html=False), NB),
    ("nb46-challenge-boxbe", "(weak: Boxbe's guest-list notice, as its help describes; text HAND-MADE)", service(
        "challenge-boxbe", "Boxbe <notification@boxbe.com>", "Quick question (Action Required)",
        "Hello Sam,\n\nYour message to Lena Lead has been placed in a lower priority mailbox and has not been "
        "delivered to the inbox. Please request to be added to Lena's Guest List.\n"), NB),
    ("nb46-challenge-verify-human", "(weak: a challenge-response request in TMDA's confirm_request.txt pattern, "
     "'please verify you are human'; text HAND-MADE)", service(
        "challenge-verify-human", f"Lena Lead <{LEAD}>", "Undelivered: please verify you are human",
        f"Your message to {LEAD} has not been delivered yet. Please verify you are human by clicking the link below; "
        "unverified messages are deleted after 72 hours.\n\nhttps://verify.partner.example/c/46\n",
        extra="Auto-Submitted: auto-replied\nPrecedence: bulk\n", html=False), NB),
    # ---- N. controls: REAL bounces carrying auto-reply marks ---------------------------------------------------------
    ("nb46-ctl-exim-uu-precedence-bulk", EXIM_BNC, exim_bounce(
        "ctl-exim-uu-precedence-bulk", f"  {LEAD}\n    host mx.partner.example [192.0.2.25]\n    SMTP error from "
        f"remote mail server after RCPT TO:<{LEAD}>:\n    550 5.1.1 <{LEAD}>: Recipient address rejected: User "
        "unknown in virtual mailbox table", extra="Precedence: bulk\n"), HARD_UU),
    ("nb46-ctl-exim-full-x-autoreply", EXIM_BNC, exim_bounce(
        "ctl-exim-full-x-autoreply", f"  {LEAD}\n    host mx.partner.example [192.0.2.25]\n    SMTP error from "
        f"remote mail server after RCPT TO:<{LEAD}>:\n    552 5.2.2 <{LEAD}>: Mailbox full",
        extra="X-Autoreply: yes\nPrecedence: auto_reply\n"), [(LEAD, False, ("mailboxfull",), R, False)]),
    ("nb46-ctl-exim-unrouteable-autorespond", EXIM_BNC, exim_bounce(
        "ctl-exim-unrouteable-autorespond", f"  {LEAD}\n    Unrouteable address",
        extra="X-Autorespond: yes\n"), [(LEAD, True, ("hostunknown", "userunknown"), R, False)]),
    ("nb46-ctl-exim-disabled-precedence-list", EXIM_BNC, exim_bounce(
        "ctl-exim-disabled-precedence-list", f"  {LEAD}\n    host mx.partner.example [192.0.2.25]\n    SMTP error "
        f"from remote mail server after RCPT TO:<{LEAD}>:\n    550 5.2.1 The email account that you tried to reach is "
        "disabled.", extra="Precedence: list\n"), [(LEAD, False, ("suspend", "filtered"), R, False)]),
    ("nb46-ctl-exchange-ndr-marked", EXCH_DSN + "; Auto-Submitted / X-Auto-Response-Suppress / Precedence on an NDR",
     dsn("ctl-exchange-ndr-marked", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
         "Undeliverable: Quick question",
         f"Delivery has failed to these recipients or groups:\n\n{LEAD}\nThe email address you entered couldn't be "
         "found. Please check the recipient's email address and try to resend the message.",
         block("failed", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
         extra="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nPrecedence: bulk\n"
               "X-MS-Exchange-Message-Is-Ndr:\n", mta="AM0PR08MB.eurprd08.prod.outlook.com"), HARD_UU),
    ("nb46-ctl-gmail-x-autoreply", "Gmail's own DSN (shared/api/gmail.md section 9); X-Autoreply added by a relay",
     dsn("ctl-gmail-x-autoreply", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
         "Delivery Status Notification (Failure)",
         f"** Address not found **\n\nYour message wasn't delivered to {LEAD} because the address couldn't be found, "
         "or is unable to receive mail.",
         block("failed", "5.1.1", "550 5.1.1 The email account that you tried to reach does not exist."),
         extra=f"X-Failed-Recipients: {LEAD}\nAuto-Submitted: auto-replied\nX-Autoreply: yes\n",
         mta="googlemail.com"), HARD_UU),
    ("nb46-ctl-postmaster-undeliverable-autoreply", "RFC 3464 report from a postmaster address with X-Autoreply "
     "(a host's header rule), Subject 'Undeliverable:'", dsn(
        "ctl-postmaster-undeliverable-autoreply", "Postmaster <postmaster@mail.partner.example>",
        "Undeliverable: Quick question", f"Your message could not be delivered to {LEAD}: no such user.",
        block("failed", "5.1.1", f"550 5.1.1 <{LEAD}>: no such user"), extra="X-Autoreply: yes\n",
        mta="mail.partner.example"), HARD_UU),
]
