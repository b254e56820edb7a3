"""Review replies58: a MEASUREMENT of the classifier on what else lands in a B2B sales rep's inbox that is NOT a
delivery failure (out-of-office replies from Outlook / Exchange, Gmail, Zoho, Apple Mail / iCloud, Lotus Notes,
GroupWise, Zimbra, cPanel's Exim autoresponder, Yahoo, Thunderbird's reply-with-template filter in eleven languages,
many in words a bounce uses: "delivery", "returned", "not available", "no longer"; parental leave, sabbatical,
"mailbox not monitored" and no-reply answers; helpdesk acknowledgements; CRM auto-responses; unsubscribe requests and
confirmations; a person quoting or forwarding a bounce), and of the leaver's notice both ways: as an auto-reply (the
mail WAS delivered: taxonomy section 5, `vacation`, no bounce; the planner takes it as a sign of life, and a person
reads the successor address) and as a server's refusal for good (Exim ':fail:', Postfix access REJECT, Sendmail
virtusertable error:, an Exchange mail flow rule, qmail bouncesaying: classifier/departures.py's `hasmoved`, hard, the
recipient's scope; a retired address `userunknown`). Expected rows (address, hard, reasons, scope, delay; [] = no
bounce) written from the responders' and servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran.
Names "r58-<family>-<what>"; none repeats an earlier review's text."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import QMAIL_SRC, qmail
from tests.classifier.review_nonbounce46_layouts import block, dsn, exim_bounce, person
from tests.classifier.review_notices34_layouts import SOURCES, responder
from tests.classifier.review_replies58_layouts import (FRESHDESK, HELPSCOUT, HUBSPOT, JSM, LEAD, OUTLOOK_FWD, RFC3834,
                                                       SERVICENOW, SFDC, UNSUB, ZENDESK, crm_autoresponse, forwarded,
                                                       helpdesk, unsubscribe_request)

NB: list = []


def gone(a: str, reasons: tuple = ("hasmoved",)) -> list[tuple]:
    """Refused for good because the person left: hard, the recipient's (departures.py)."""
    return [(a, True, reasons, "recipient", False)]


def src(kind: str) -> str:
    return f"{SOURCES[kind]}; {RFC3834}"


CPANEL = ("cPanel docs 'Autoresponders' (docs.cpanel.net: From, Subject, Body, interval; sent by Exim's autoreply "
          "transport: Exim src/src/transports/autoreply.c, 'Auto-Submitted: auto-replied')")
TBIRD = ("Thunderbird support 'Vacation response' (support.mozilla.org: a message filter 'Reply with Template'; a "
         "plain reply, 'Re:' subject, no RFC 3834 field)")
W = "Walter Wolff <w.wolff@partner.example>"


def away(name, kind, who, lang, body, source, subject=""):
    return (f"r58-ooo-{name}", source or src(kind), responder(kind, who, lang, body, subject), NB)


def tbird(name, who, subject, body):
    return (f"r58-ooo-{name}", TBIRD, crm_autoresponse(name, who, subject, body,
                                                       "X-Mozilla-Draft-Info: internal/draft; vcard=0\n"), NB)


def cpanel(name, who, subject, body):
    return (f"r58-ooo-{name}", CPANEL, crm_autoresponse(name, who, subject, body, "Auto-Submitted: auto-replied\n"
                                                        "X-Autorespond: partner.example\nPrecedence: auto_reply\n"), NB)


AWAY_ROWS = [
    away("exo-en-delivery-tracking", "exchange", "Ruth Cole <r.cole@partner.example>", "en",
         "I'm out of the office until 15 December. Delivery schedules and returned goods: please write to "
         "logistics@partner.example, who will answer within one working day.", ""),
    away("exo-en-not-available-phone", "exchange", "Omar Haddad <omar.haddad@partner.example>", "en",
         "I am not available from 7 to 11 December and will have no access to email. Your message has been received "
         "and will be read on my return.", ""),
    away("exo-de-zustellung", "exchange", "Jörg Bauer <joerg.bauer@partner.example>", "de",
         "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.12. nicht im Büro. Fragen zu Lieferung und "
         "Zustellung beantwortet Ihnen gern versand@partner.example.", ""),
    away("exo-fr-pas-disponible", "exchange", "Claire Martin <c.martin@partner.example>", "fr",
         "Bonjour, je ne suis pas disponible jusqu'au 14 décembre. Votre message ne sera pas transféré ; pour toute "
         "urgence, merci de contacter accueil@partner.example.", ""),
    away("exo-es-no-disponible", "exchange", "Lucía Gómez <lucia.gomez@partner.example>", "es",
         "Gracias por su correo. Estaré fuera de la oficina y no disponible hasta el 9 de diciembre. Los pedidos "
         "devueltos los gestiona devoluciones@partner.example.", ""),
    away("exo-it-non-disponibile", "exchange", "Marco Ricci <m.ricci@partner.example>", "it",
         "Sono fuori ufficio fino al 12 dicembre, non disponibile per telefono. Per la consegna degli ordini scrivere "
         "a ordini@partner.example.", ""),
    away("exo-pt-entrega", "exchange", "João Silva <joao.silva@partner.example>", "pt",
         "Estou ausente do escritório até 10 de dezembro, sem acesso ao e-mail. Assuntos de entrega: "
         "entregas@partner.example.", ""),
    away("exo-nl-niet-bereikbaar", "exchange", "Sanne de Vries <s.devries@partner.example>", "nl",
         "Ik ben tot en met 11 december afwezig en niet bereikbaar. Uw bericht wordt niet doorgestuurd; voor "
         "dringende zaken kunt u mailen naar info@partner.example.", ""),
    away("exo-pl-niedostepny", "exchange", "Piotr Nowak <p.nowak@partner.example>", "pl",
         "Dziękuję za wiadomość. Do 16 grudnia jestem niedostępny. W sprawach dostaw proszę pisać na "
         "dostawy@partner.example.", ""),
    away("exo-sv-inte-tillganglig", "exchange", "Erik Lund <erik.lund@partner.example>", "sv",
         "Jag är inte tillgänglig förrän den 14 december och läser inte e-post. Brådskande ärenden: "
         "kundtjanst@partner.example.", ""),
    away("exo-ja-fuzai", "exchange", "Sato Yuki <y.sato@partner.example>", "ja",
         "誠に恐れ入りますが、12月7日から12月11日まで不在にしております。ご返信が遅れますことをご了承ください。"
         "お急ぎの場合は sales@partner.example までご連絡ください。", ""),
    away("exo-zh-buzai", "exchange", "Wang Fang <wang.fang@partner.example>", "zh",
         "您好，我将于12月7日至12月13日休假，期间无法及时回复邮件。紧急事务请联系 support@partner.example。", ""),
    away("exo2010-en-no-longer-handles", "exchange2010", "Gail Price <gail.price@partner.example>", "en",
         "Thank you for your message. I no longer handle purchasing for the Midlands region; I am away until "
         "14 December and your email has been passed to purchasing@partner.example.", ""),
    away("gmail-en-returned-on-return", "gmail", "Nina Patel <nina.patel.work@gmail.com>", "en",
         "Hi! I'm travelling with patchy connection until Dec 12. Emails will be returned to as soon as I'm back. "
         "Thanks for your patience!", ""),
    away("gmail-de-urlaub", "gmail", "Katrin Vogel <katrin@vogel-consulting.example>", "de",
         "Ich bin im Urlaub und ab dem 14.12. wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.", ""),
    away("zoho-en-delivery-team", "zoho", "Arjun Mehta <arjun@partner-tech.example>", "en",
         "Thanks for reaching out. I'm on leave until 10 December. For delivery status of open orders, please "
         "contact deliveries@partner-tech.example.", ""),
    away("zoho-es-vacaciones", "zoho", "Pablo Ruiz <pablo@partner-tech.example>", "es",
         "Estoy de vacaciones hasta el 15 de diciembre. Su mensaje ha sido recibido y lo responderé a mi regreso.", ""),
    away("icloud-en-not-reading", "icloud", "Tom Baker <tom.baker@icloud.com>", "en",
         "I'm off the grid until December 14 and not reading email. Nothing has bounced; I'll see your note when I "
         "return.", ""),
    away("domino-en-will-not-return", "domino_service", "Hans Keller <hans.keller@partner.example>", "en",
         "I will be out of the office starting 07.12.2026 and will not return until 14.12.2026. I will respond to "
         "your message when I return. Mail is not forwarded.", ""),
    away("domino-de-ausser-haus", "domino_service", "Hans Keller <hans.keller@partner.example>", "de",
         "Ich bin ab 07.12.2026 außer Haus und kehre zurück am 14.12.2026. Ich werde Ihre Nachricht nach meiner "
         "Rückkehr beantworten.", "Hans Keller ist außer Haus."),
    away("groupwise-en-not-available", "groupwise", "Dana Fox <dfox@county.example.gov>", "en",
         "I am not available until Monday 14 December. Messages sent to this mailbox are not monitored while I am "
         "away; permit questions go to permits@county.example.gov.", ""),
    away("zimbra-fr-retour", "zimbra", "Luc Bernard <luc.bernard@partner.example>", "fr",
         "Je suis absent jusqu'au 11 décembre inclus. Les demandes de retour de marchandise sont traitées par "
         "sav@partner.example.", ""),
    away("zimbra-it-ferie", "zimbra", "Giulia Conti <giulia.conti@partner.example>", "it",
         "Sono in ferie fino al 14 dicembre. La sua email non è stata inoltrata; risponderò al mio rientro.", ""),
    away("yahoo-en-unavailable", "yahoo", "Bob Ellis <bob_ellis_1971@yahoo.com>", "en",
         "Unavailable until December 10. Your email was delivered and I'll reply when I get back.", ""),
    cpanel("cpanel-en-no-longer-checked-daily", "Mia Torres <mia@torres-design.example>", "Out of office",
           "Hi, I'm away until 9 December and this inbox is no longer checked daily. For anything urgent "
           "call the studio."),
    cpanel("cpanel-pt-ausente", "Ana Costa <ana@costa-arquitetura.example>", "Ausente",
           "Olá! Estou ausente até 11/12. A sua mensagem foi entregue e será lida no meu regresso."),
    tbird("tbird-en-vacation", "Greg Holm <greg@holm-family.example>", "Re: Quick question",
          "Automatic reply: I'm on vacation until 13 December without my laptop. Your mail will be answered "
          "when I'm back."),
    tbird("tbird-de-abwesend", "Ute Lange <ute.lange@lange-steuer.example>", "Re: Quick question",
          "Automatische Antwort: Ich bin bis zum 11. Dezember abwesend. Ihre Nachricht wird danach bearbeitet."),
]

LEAVE_ROWS = [
    away("exo-en-parental-leave", "exchange", "Priya Shah <priya.shah@partner.example>", "en",
         "I am on parental leave until June 2027 and will not be checking email. Your message will not be "
         "forwarded. Please contact my colleague Ben Moss (ben.moss@partner.example).", ""),
    away("exo-de-elternzeit", "exchange", "Lena Krüger <lena.krueger@partner.example>", "de",
         "Ich befinde mich bis zum 30.06.2027 in Elternzeit. Ihre E-Mail wird nicht gelesen und nicht "
         "weitergeleitet. Bitte wenden Sie sich an vertrieb@partner.example.", ""),
    away("gmail-en-sabbatical", "gmail", "Ian Reed <ian@reed-labs.example>", "en",
         "I'm on sabbatical until April 2027 and not available by email. Your message was received but won't be "
         "read; please write to hello@reed-labs.example.", ""),
    away("exo-en-not-monitored-shared", "exchange", "Accounts Payable <ap@partner.example>", "en",
         "This mailbox is not monitored. Invoices sent here are not processed; please upload them to our supplier "
         "portal.", ""),
    away("exo-en-noreply", "exchange", "No Reply <no-reply@partner.example>", "en",
         "This is an unmonitored no-reply address. Replies to this address are not delivered to anyone. Contact "
         "us at help@partner.example.", ""),
    away("zimbra-nl-zwangerschapsverlof", "zimbra", "Eva Jansen <eva.jansen@partner.example>", "nl",
         "Ik ben met zwangerschapsverlof tot 1 maart 2027. Uw e-mail wordt niet gelezen. Voor vragen kunt u "
         "terecht bij verkoop@partner.example.", ""),
]

DESK_ROWS = [
    ("r58-desk-zendesk-received", ZENDESK, helpdesk(
        "zd", "Partner Support <support@partner.zendesk.example>", "Request received: Quick question",
        "Your request (#48213) has been received and is being reviewed by our support staff.\n\nTo add additional "
        "comments, reply to this email.", "Auto-Submitted: auto-generated\nX-Zendesk-From-Account-Id: 1a2b3c\n"
        "X-Mailer: Zendesk Mailer\n"), NB),
    ("r58-desk-freshdesk-ticket", FRESHDESK, helpdesk(
        "fd", "Partner Helpdesk <help@partner.freshdesk.example>", "Ticket Received - Quick question",
        "Dear Sam,\n\nWe would like to acknowledge that we have received your request and a ticket has been created "
        "(#10593). A support representative will be reviewing your request and will send you a personal response "
        "(usually within 24 hours).", "X-Mailer: Freshdesk\nAuto-Submitted: auto-generated\n"), NB),
    ("r58-desk-jsm-created", JSM, helpdesk(
        "jsm", "IT Service Desk <jira@partner.atlassian.example>", "[JIRA] (SD-4471) Quick question",
        "Your request SD-4471 has been received. We'll be in touch soon.\n\nView request · Turn off this request's "
        "notifications", "Auto-Submitted: auto-generated\nPrecedence: bulk\nX-JIRA-FingerPrint: 7f3e91ab\n"), NB),
    ("r58-desk-servicenow-incident", SERVICENOW, helpdesk(
        "sn", "Service Desk <partner@service-now.example>", "Incident INC0031775 -- opened on your behalf",
        "Your incident INC0031775 has been opened on your behalf. Short description: Quick question.\n\nYou can "
        "view all the details of the incident by following the link below.\n\nRef:MSG8812473", ""), NB),
    ("r58-desk-helpscout-auto", HELPSCOUT, helpdesk(
        "hs", "Partner Team <hello@partner.example>", "Re: Quick question",
        "Thanks for getting in touch! We've received your message and will get back to you within one business "
        "day. If your question is about a delivery that was returned, please include your order number.",
        "Auto-Submitted: auto-replied\n"), NB),
    ("r58-desk-hubspot-ticket", HUBSPOT, helpdesk(
        "hub", "Partner Support <support@partner.example>", "We've received your request (Ticket #88120)",
        "Hi Sam,\n\nThanks for contacting us. This is an automatic confirmation that your message was delivered to "
        "our support team. Ticket #88120 is now open.", "X-HubSpot-Ticket-Id: 88120\n"), NB),
    ("r58-crm-salesforce-auto-response", SFDC, crm_autoresponse(
        "sf", "Partner Sales <sales@partner.example>", "Thank you for contacting Partner Inc.",
        "Thank you for your email. A member of our sales team will reply within 2 business days. This address is "
        "not monitored for replies.", "X-SFDC-LK: 00D5g000004xyz\nX-SFDC-User: 0055g00000ABCD\n"), NB),
    ("r58-crm-dynamics-queue-ack", SFDC + "; Dynamics 365 'Automatic record creation and update rules' (auto-"
     "response email on case creation), weak", crm_autoresponse(
        "dyn", "Customer Care <care@partner.example>", "Case CAS-02194-Z3K8 created",
        "We have received your email and created case CAS-02194-Z3K8. Please do not change the subject when "
        "replying. Undeliverable or unrelated messages will be closed automatically.", ""), NB),
]

UNSUB_ROWS = [
    ("r58-unsub-mailto-request", UNSUB, unsubscribe_request("lu1", f"Lena Lead <{LEAD}>"), NB),
    ("r58-unsub-reply-remove-me", "a person's reply (Outlook 16); " + UNSUB, person(
        "r58-rm", f"Lena Lead <{LEAD}>", "RE: Quick question",
        "Please remove me from your mailing list. I no longer wish to receive these emails."), NB),
    ("r58-unsub-confirmation-list", UNSUB + "; Mailchimp help 'Unsubscribe confirmation' (the 'You have been "
     "unsubscribed' message), weak", crm_autoresponse(
        "uc", "Industry Weekly <news@industry-weekly.example>", "You have been unsubscribed",
        "You have been removed from the Industry Weekly list and will no longer receive emails from us. If this "
        "was a mistake, you can resubscribe.", "List-Id: <weekly.industry-weekly.example>\nPrecedence: bulk\n"), NB),
    ("r58-unsub-de-abgemeldet", UNSUB + "; (weak: CleverReach's German 'Abmeldung bestätigt' text)",
     crm_autoresponse("ude", "Newsletter <newsletter@fachverlag.example>", "Abmeldung bestätigt",
                      "Sie wurden erfolgreich vom Newsletter abgemeldet und erhalten keine weiteren E-Mails.",
                      "Precedence: bulk\nAuto-Submitted: auto-generated\n"), NB),
]

QUOTE = "Postfix smtp(8) '550 5.1.1 <addr>: Recipient address rejected: User unknown in virtual mailbox table'"
HUMAN_ROWS = [
    ("r58-human-quotes-550-replying", f"a person's reply; {QUOTE}", person(
        "r58-q1", f"Lena Lead <{LEAD}>", "RE: Quick question",
        "Hi Sam, I tried to reply from my phone and got this error: 550 5.1.1 <sam@exmple.com>: Recipient address "
        "rejected: User unknown in virtual mailbox table. Sending again from my desk: Thursday works."), NB),
    ("r58-human-colleague-bounced", "a person's reply; Gmail's 'Address not found' heading (support.google.com/mail/"
     "answer/6596)", person(
        "r58-q2", f"Lena Lead <{LEAD}>", "RE: Quick question",
        "I forwarded your deck to Mark but it came back with 'Address not found - Your message wasn't delivered to "
        "mark@partner.example because the address couldn't be found'. He left last month; send it to me."), NB),
    ("r58-human-fwd-ndr-received", f"{OUTLOOK_FWD}; Exchange Online NDR 550 5.1.10 RESOLVER.ADR.RecipientNotFound "
     "(learn.microsoft.com)", forwarded(
        "r58-f1", f"Lena Lead <{LEAD}>", "Sam, is this your colleague's address? My mail to him bounced.",
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@partner.example>",
        "Undeliverable: Intro call",
        "Your message to anna@exmple.com couldn't be delivered.\nanna wasn't found at exmple.com.\n\nRemote Server "
        "returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"), NB),
    ("r58-human-fwd-mailer-daemon", f"{OUTLOOK_FWD}; Exim deliver.c bounce text", forwarded(
        "r58-f2", f"Lena Lead <{LEAD}>", "FYI: our old distributor address is dead, use orders@partner.example.",
        "Mail Delivery System <Mailer-Daemon@mx.partner.example>", "Mail delivery failed: returning message to sender",
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not "
        "be delivered to one or more of its recipients. This is a permanent error. The following address(es) "
        "failed:\n\n  orders@old-distributor.example\n    host mx.old-distributor.example\n    SMTP error from "
        "remote mail server after RCPT TO:<orders@old-distributor.example>:\n    550 5.1.1 User unknown"), NB),
    ("r58-human-says-out-of-office", "a person's reply (Outlook 16)", person(
        "r58-q3", f"Lena Lead <{LEAD}>", "RE: Quick question",
        "Sorry, my auto-reply said I was not available; I'm back. The delivery window you mentioned is fine."), NB),
]

DEPART_AR_ROWS = [
    away("leaver-exo-en-successor", "exchange", "Mark Olsen <mark.olsen@partner.example>", "en",
         "Mark Olsen no longer works at Partner Inc. Please contact Julia Stein (julia.stein@partner.example), who "
         "has taken over his accounts. This mailbox will be closed on 31 January.", ""),
    away("leaver-exo-en-no-successor", "exchange", "Kelly Tran <kelly.tran@partner.example>", "en",
         "This employee has left the company. Your message has been delivered but will not be read.", ""),
    away("leaver-exo-de-nicht-mehr", "exchange", "Stefan Braun <stefan.braun@partner.example>", "de",
         "Herr Braun ist nicht mehr im Unternehmen. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich "
         "an info@partner.example.", ""),
    away("leaver-zimbra-fr-ne-fait-plus-partie", "zimbra", "Sophie Laurent <s.laurent@partner.example>", "fr",
         "Sophie Laurent ne fait plus partie de Partner SA. Merci d'adresser vos messages à "
         "direction.commerciale@partner.example.", ""),
    away("leaver-gmail-es-ya-no-trabaja", "gmail", "Diego Torres <diego@partner-es.example>", "es",
         "Diego Torres ya no trabaja en Partner España. Para cualquier consulta escriba a "
         "ventas@partner-es.example.", ""),
    away("leaver-exo-nl-niet-meer-werkzaam", "exchange", "Bram Visser <bram.visser@partner.example>", "nl",
         "Bram Visser is niet meer werkzaam bij Partner BV. Uw e-mail wordt niet doorgestuurd.", ""),
    away("leaver-exo-it-non-lavora-piu", "exchange", "Paolo Greco <p.greco@partner.example>", "it",
         "Paolo Greco non lavora più presso Partner S.r.l. Per favore contattare commerciale@partner.example.", ""),
    away("leaver-exo-pl-nie-pracuje", "exchange", "Anna Wójcik <a.wojcik@partner.example>", "pl",
         "Anna Wójcik nie pracuje już w firmie Partner. Prosimy o kontakt: biuro@partner.example.", ""),
    away("leaver-domino-en-no-longer-with", "domino_service", W, "en",
         "Walter Wolff is no longer with Partner GmbH. Your message was not forwarded; please contact "
         "sales@partner.example.", "Walter Wolff is no longer with Partner GmbH"),
    away("leaver-exo-sv-slutat", "exchange", "Karin Berg <karin.berg@partner.example>", "sv",
         "Karin Berg har slutat på Partner AB. Kontakta istället order@partner.example.", ""),
]

EXIM = "Exim spec 'Redirection data': ':fail: <text>' (the text in the 550 to the sender), Exim deliver.c bounce"
PFX = "Postfix access(5) 'REJECT optional text...' (550 5.7.1 <addr>: Recipient address rejected: <text>)"
SMV = "sendmail cf/README virtusertable 'error:5.1.1:550 <text>' (550 5.1.1 <addr>... <text>)"
EXO_RULE = ("learn.microsoft.com 'Mail flow rule actions in Exchange Online' (Reject the message with the "
            "explanation: NDR 550 5.7.1 with the custom text)")
QMAIL = "qmail bouncesaying(1) ('bouncesaying error [ program ]': the error printed, the message bounced, #5.1.1)"
GWS = ("Google Workspace Admin help 'Set up rules to route email: Reject message' (the custom rejection notice "
       "in 550 5.7.1)")


def pfx_report(name, a, diag, status="5.7.1"):
    return dsn(name, "MAILER-DAEMON@mail.example.com (Mail Delivery System)", "Undelivered Mail Returned to Sender",
               "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your "
               "message could not\nbe delivered to one or more recipients.\n", block("failed", status, diag, a))


REFUSED_ROWS = [
    ("r58-rej-exim-fail-left-successor", EXIM, exim_bounce(
        "r58-e1", "  mark.olsen@partner.example\n    Mark Olsen has left Partner Inc. Please write to "
        "julia.stein@partner.example instead.", failed="mark.olsen@partner.example"),
     gone("mark.olsen@partner.example")),
    ("r58-rej-exim-fail-de-nicht-mehr", EXIM, exim_bounce(
        "r58-e2", "  k.schulz@partner.example\n    Frau Schulz ist nicht mehr bei uns tätig.",
        failed="k.schulz@partner.example"), gone("k.schulz@partner.example")),
    ("r58-rej-postfix-access-no-longer-employed", PFX, pfx_report(
        "r58-p1", "tim.ward@partner.example", "550 5.7.1 <tim.ward@partner.example>: Recipient address rejected: "
        "Tim Ward is no longer employed by Partner Inc, contact sales@partner.example"),
     gone("tim.ward@partner.example")),
    ("r58-rej-postfix-access-fr-ne-fait-plus-partie", PFX, pfx_report(
        "r58-p2", "j.moreau@partner.example", "550 5.7.1 <j.moreau@partner.example>: Recipient address rejected: "
        "Julien Moreau ne fait plus partie de la societe"), gone("j.moreau@partner.example")),
    ("r58-rej-sendmail-virtuser-left-company", SMV, pfx_report(
        "r58-s1", "ray.lopez@partner.example", "550 5.1.1 <ray.lopez@partner.example>... This person has left the "
        "company", status="5.1.1"), gone("ray.lopez@partner.example")),
    ("r58-rej-exo-rule-no-longer-with", EXO_RULE, dsn(
        "r58-x1", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
        "Undeliverable: Quick question",
        "Your message to emma.hill@partner.example couldn't be delivered.\n\nEmma Hill is no longer with Partner "
        "Ltd. Please contact accounts@partner.example.\n",
        block("failed", "5.7.1", "550 5.7.1 Emma Hill is no longer with Partner Ltd. Please contact "
              "accounts@partner.example.", "emma.hill@partner.example",
              "partner-example.mail.protection.outlook.com"), mta="AM6PR08MB1234.eurprd08.prod.outlook.com"),
     gone("emma.hill@partner.example")),
    ("r58-rej-qmail-bouncesaying-es", f"{QMAIL}; {QMAIL_SRC}", qmail(
        "r58-q4", "carmen@partner-es.example", detail="Carmen Vidal ya no trabaja en Partner Espana. Escriba a "
        "info@partner-es.example. (#5.1.1)", host="mail.partner-es.example"), gone("carmen@partner-es.example")),
    ("r58-rej-gws-rule-address-retired", GWS, pfx_report(
        "r58-g1", "old.sales@partner.example", "550 5.7.1 This address was retired. Please use "
        "sales@partner.example"), gone("old.sales@partner.example", ("userunknown", "hasmoved"))),
]


# Second batch (expectations committed before its run): leaver auto-replies in a bounce's own words or without
# RFC 3834 fields, and refusals whose leaver words must not make a delay hard.
def b2(row):
    return ("r58-b2-" + row[0].removeprefix("r58-"),) + row[1:]


def exim_ar(name, who, subject, body):
    return (f"r58-b2-{name}", CPANEL, crm_autoresponse(name, who, subject, body, "Auto-Submitted: auto-replied\n"), NB)


def delayed(name, a, diag, status="4.7.1"):
    return dsn(name, "MAILER-DAEMON@mail.example.com (Mail Delivery System)", "Delayed Mail (still being retried)",
               "This is the mail system at host mail.example.com.\n\n####### THIS IS A WARNING ONLY.  YOU DO NOT NEED "
               "TO RESEND YOUR MESSAGE. #######\n", block("delayed", status, diag, a))


PF_DELAY = ("Postfix bounce(8) delay notice ('Delayed Mail (still being retried)', 'THIS IS A WARNING ONLY'); "
            "access(5) DEFER / 4.7.1 'Recipient address rejected: <text>'")
BATCH2_ROWS = [
    b2(away("leaver-exo-ndr-words", "exchange", "Mark Olsen <mark.olsen@partner.example>", "en",
           "Your message to mark.olsen@partner.example could not be delivered to the recipient because Mark Olsen "
           "is no longer with Partner Inc. Please resend it to julia.stein@partner.example.", "")),
    exim_ar("leaver-cpanel-mailbox-no-longer-active", "Info <info@smallshop.example>", "Mailbox no longer active",
            "The mailbox you are trying to reach is no longer active and will be deleted on 31 January 2027. Please "
            "write to shop@smallshop.example."),
    b2(away("leaver-gmail-subject-undeliverable", "gmail", "Rosa Marin <rosa@marin-studio.example>", "en",
           "I have left Marin Studio. This address is no longer in use; mail to it is not read.",
           "Undeliverable: this address is no longer in use")),
    b2(away("leaver-domino-agent-de", "domino_agent", "Petra Hahn <petra.hahn@partner.example>", "de",
           "Petra Hahn hat das Unternehmen zum 30.11.2026 verlassen. Ihre Nachricht wurde nicht weitergeleitet. "
           "Bitte wenden Sie sich an zentrale@partner.example.", "Petra Hahn hat das Unternehmen verlassen")),
    b2(away("yahoo-quotes-552", "yahoo", "Dave Cho <dave_cho@yahoo.com>", "en",
           "On holiday until 14 December. If your message came back with '552 mailbox full', please resend after "
           "that date: I am clearing my inbox.", "")),
    b2(away("leaver-zimbra-ja-taishoku", "zimbra", "Yamada Taro <t.yamada@partner.example>", "ja",
           "山田は11月末をもって退職いたしました。今後のご連絡は tanaka@partner.example までお願いいたします。", "")),
    b2(away("leaver-exo-zh-lizhi", "exchange", "Li Ming <li.ming@partner.example>", "zh",
           "李明已离职，此邮箱不再使用。请联系 zhang.wei@partner.example。", "")),
    b2(away("leaver-gmail-pt-ja-nao-faz-parte", "gmail", "Rita Alves <rita@partner-pt.example>", "pt",
           "A Rita Alves já não faz parte da equipa da Partner. Este endereço deixará de ser monitorizado; contacte "
           "geral@partner-pt.example.", "")),
    b2(away("leaver-exo2010-no-longer-in-use", "exchange2010", "Procurement Desk <buying@partner.example>", "en",
           "This mailbox is no longer in use and messages sent to it are not read. Please update your records: "
           "procurement@partner.example.", "")),
    ("r58-b2-rej-delay-leaver-4xx", PF_DELAY, delayed(
        "r58-d1", "nora.fink@partner.example", "451 4.7.1 <nora.fink@partner.example>: Recipient address rejected: "
        "Nora Fink has left Partner Inc"), [("nora.fink@partner.example", False, (), "", True)]),
    ("r58-b2-rej-exim-fail-de-retired", EXIM, exim_bounce(
        "r58-e3", "  vertrieb-alt@partner.example\n    Diese Adresse wird nicht mehr verwendet. Bitte schreiben Sie "
        "an vertrieb@partner.example.", failed="vertrieb-alt@partner.example"),
     gone("vertrieb-alt@partner.example", ("userunknown", "hasmoved"))),
    ("r58-b2-rej-exo-rule-nl", EXO_RULE, pfx_report(
        "r58-x2", "jan.deboer@partner.example", "550 5.7.1 Jan de Boer is niet meer werkzaam bij Partner BV. Neem "
        "contact op met info@partner.example"), gone("jan.deboer@partner.example")),
    ("r58-b2-rej-sendmail-fr-a-quitte", SMV, pfx_report(
        "r58-s2", "l.petit@partner.example", "550 5.1.1 <l.petit@partner.example>... Louise Petit a quitte la "
        "societe", status="5.1.1"), gone("l.petit@partner.example")),
    ("r58-b2-rej-postfix-it-non-lavora-piu", PFX, pfx_report(
        "r58-p3", "f.romano@partner.example", "550 5.7.1 <f.romano@partner.example>: Recipient address rejected: "
        "Il destinatario non lavora piu presso Partner"), gone("f.romano@partner.example")),
]

ROWS = (AWAY_ROWS + LEAVE_ROWS + DESK_ROWS + UNSUB_ROWS + HUMAN_ROWS + DEPART_AR_ROWS + REFUSED_ROWS
        + BATCH2_ROWS)
