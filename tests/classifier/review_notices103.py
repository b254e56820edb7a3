"""The hundred-and-third review: an adversarial audit of review 99's mends (commit 51de393), looking for FALSE HARDS
in its fresh rules (and the false softs beside them).

1. lexicon._sender_said / sender_words: a greeting, vocative or label addressed to the sender set aside before the
   recipient's noun. Attacks: a refusal of OUR sender (our domain example.com, our address, "your" IP) that opens
   with such a greeting or label; controls: the same greeting before the recipient's own absence (hard).
2. sender_words.OPENING_YOURS ("Ihre Domain", "Su dominio", ... opening a reply): the recipient's domain in context
   ("Su dominio de destino"), "Ihre Domain" after a short prefix; controls: our domain refused.
3. The returned copy's Bcc (fields.quoted_headers, formats/named): Bcc to ourselves, to a colleague, to a CRM's
   logging address (HubSpot's BCC address, Email-to-Salesforce), a Bcc'd list; controls: the named To fails.
4. departures' German leaver with a date or adverb between: a day's leaving ("am Nachmittag"), never ("nie"),
   parental leave / a sabbatical, "verlässt" (still there), a colleague who left beside a reader still there;
   controls: "zum 1. des Monats", "zum Monatsende", "per sofort", "Ihr Ansprechpartner".

Rows: (name, source, raw, expected), expected written from the words, the status and shared/classifier/taxonomy.md
BEFORE the classifier ran. Layouts: review_notices25.rows_relayed (our relay's Postfix report) and rows_quoted
(Gmail's and Exchange Online's own notices quoting the reply); a groupware notice with the returned copy for the Bcc
rows. All HAND-MADE (sources per row); test_review_notices103.py runs them. Our sender is seller@example.com (our
domain example.com), the recipient lead@example.org."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_quoted, rows_relayed
from tests.classifier.review_notices50_sources import LEAD, hard
# Review 99's shorthands (the review this one audits): scopes, the relay's MX, the reason tuples.
from tests.classifier.review_notices99 import HOST, MOVED, MX, NOT, UNK, R

both = both_layouts("r103", MX, LEAD)


# ---- 1. A greeting or label to the sender, then OUR side refused ---------------------------------------------------
GREET = ("attack on review 99's sender_words mend: a refusal of OUR sender's side (our domain example.com said "
         "missing, our address unknown, 'your' IP/address listed) that opens with a greeting, vocative or header "
         "label to the sender and names the recipient's server or the recipient before it; as Postfix's "
         "reject_unknown_sender_domain ('Sender address rejected: Domain not found', smtpd_check.c) and "
         "reject_rbl_client say it; taxonomy: a sender-side refusal is never hard. Hand-made following the "
         "Chinese providers' 退信提示 texts addressed to the sender (Coremail's help, "
         "https://www.icoremail.vip/support/index.php?cate_id=84) and the languages' letter salutations")
GREET_ATTACKS = [
    ("en-dear-sender-recipient-server-our-domain", "550 5.7.1 Dear sender, recipient server reports: domain "
     "example.com does not exist", "5.7.1", "RCPT", *NOT),
    ("de-absender-empfaengerserver-our-domain", "550 5.7.1 Sehr geehrter Absender, Empfängerserver meldet: Domain "
     "example.com existiert nicht", "5.7.1", "RCPT", *NOT),
    ("zh-zunjing-shoujianren-fuwuqi-our-domain", "550 5.7.1 尊敬的发件人：收件人服务器无法解析域名example.com，"
     "域名不存在", "5.7.1", "RCPT", *NOT),
    ("uk-shanovnyi-odershuvach-our-domain", "550 5.7.1 Шановний відправнику, одержувач не приймає пошту: домен "
     "example.com не існує", "5.7.1", "RCPT", *NOT),
    ("ro-stimate-destinatarul-our-domain", "550 5.7.1 Stimate expeditor, destinatarul a respins mesajul: domeniul "
     "example.com nu există", "5.7.1", "RCPT", *NOT),
    ("de-label-absender-empfaenger-server-518", "553 5.1.8 Absender: seller@example.com Empfänger-Server meldet: "
     "Domain existiert nicht", "5.1.8", "MAIL", *NOT),
    ("en-label-sender-recipient-server-no-mx", "550 5.7.1 Sender: seller@example.com Recipient server rejected: "
     "domain example.com has no MX record", "5.7.1", "RCPT", *NOT),
    ("en-dear-sender-recipient-could-not-verify-ours", "550 5.7.1 Dear sender, the recipient's server could not "
     "verify the address seller@example.com: user unknown", "5.7.1", "RCPT", *NOT),
    ("bare-en-dear-sender-recipient-server-our-domain", "550 Dear sender, recipient server reports: domain "
     "example.com does not exist", "5.0.0", "RCPT", *NOT),
    # The brief's own examples: no recipient's noun after the greeting or label, the sender's reading kept.
    ("de-label-absender-abgelehnt", "550 5.7.1 Absender: seller@example.com abgelehnt", "5.7.1", "RCPT", *NOT),
    ("zh-label-fajianren-dizhi-bucunzai-511", "550 5.1.1 发件人: 地址不存在", "5.1.1", "RCPT", *NOT),
    ("zh-label-fajianren-dizhi-bucunzai-bare", "550 发件人: 地址不存在", "5.0.0", "RCPT", *NOT),
    ("en-label-sender-no-mx", "550 Sender: domain has no MX", "5.0.0", "RCPT", *NOT),
    ("en-dear-sender-blacklisted", "550 5.7.1 Dear sender, your address is blacklisted", "5.7.1", "RCPT", *NOT),
    ("zh-zunjing-nin-de-ip", "550 5.7.1 尊敬的发件人，您的IP被列入黑名单", "5.7.1", "RCPT", *NOT),
    ("uk-shanovnyi-vashu-adresu", "550 5.7.1 Шановний відправнику, вашу адресу заблоковано", "5.7.1", "RCPT", *NOT),
    ("ro-stimate-adresa-dvs", "550 5.1.1 Stimate expeditor, adresa dvs. nu există", "5.1.1", "RCPT", *NOT),
]
GREET_CTL = ("control of the sender_words attacks, hand-made: the same greetings or labels before the RECIPIENT's own "
             "absence (RFC 3463 5.1.1 bad destination mailbox, 5.1.2 bad destination system; taxonomy section 2: "
             "userunknown / hostunknown, hard)")
GREET_CONTROLS = [
    ("c-en-dear-sender-recipient-missing", "550 5.1.1 Dear sender, recipient lead@example.org does not exist",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-en-dear-sender-recipient-domain", "550 5.1.2 Dear sender, recipient domain example.org does not exist",
     "5.1.2", "RCPT", True, HOST, R),
    ("c-de-absender-empfaenger-unbekannt", "550 5.1.1 Sehr geehrter Absender, Empfänger unbekannt", "5.1.1", "RCPT",
     True, UNK, R),
    ("c-zh-zunjing-bare", "550 尊敬的发件人：收件人lead@example.org不存在", "5.0.0", "RCPT", True, UNK, R),
    ("c-uk-shanovnyi-odershuvacha-nemaye", "550 5.1.1 Шановний відправнику, одержувача lead@example.org не існує",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-ro-stimate-destinatarul", "550 5.1.1 Stimate expeditor, destinatarul nu există", "5.1.1", "RCPT", True, UNK,
     R),
    # The recipient's server speaking, then the RECIPIENT's absence: still hard (review 103's NOT_SPEAKING keeps the
    # greeting, the sender check must still not read it).
    ("c-zh-shoujianren-fuwuqi-then-recipient", "550 5.1.1 尊敬的发件人：收件人服务器返回：收件人地址不存在", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-en-recipient-server-then-recipient", "550 5.1.1 Dear sender, recipient server reports: recipient "
     "lead@example.org does not exist", "5.1.1", "RCPT", True, UNK, R),
    ("c-de-empfaengerserver-then-empfaenger", "550 5.1.1 Sehr geehrter Absender, Empfängerserver meldet: Empfänger "
     "unbekannt", "5.1.1", "RCPT", True, UNK, R),
    ("c-ro-destinatarul-a-respins-then-missing", "550 5.1.1 Stimate expeditor, destinatarul a respins mesajul: "
     "destinatarul nu există", "5.1.1", "RCPT", True, UNK, R),
    ("c-de-label-empfaenger-domain", "550 5.1.2 Absender: seller@example.com Empfänger-Domain example.org existiert "
     "nicht", "5.1.2", "RCPT", True, HOST, R),
]

# ---- 2. "Your domain" opening a reply ------------------------------------------------------------------------------
YOURS = ("attack on review 99's OPENING_YOURS: a reply opening with the polite 'your domain' where the words say the "
         "DESTINATION's domain (es 'Su dominio de destino', pt 'Seu domínio de destino', it 'Il vostro dominio di "
         "destinazione': the domain you sent to; RFC 3463 5.1.2, hostunknown, hard), and 'Ihre Domain' after a "
         "short prefix ('Fehler:', a sentence), still the sender's (not hard); hand-made following Postfix's "
         "smtpd_check.c 'Sender address rejected: Domain not found' and its translations in admin texts")
YOURS_ROWS = [
    ("es-su-dominio-de-destino", "550 5.1.2 Su dominio de destino no existe", "5.1.2", "RCPT", True, HOST, R),
    ("pt-seu-dominio-de-destino", "550 5.1.2 Seu domínio de destino não existe", "5.1.2", "RCPT", True, HOST, R),
    ("it-vostro-dominio-di-destinazione", "550 5.1.2 Il vostro dominio di destinazione non esiste", "5.1.2", "RCPT",
     True, HOST, R),
    ("de-fehler-ihre-domain", "550 5.7.1 Fehler: Ihre Domain existiert nicht", "5.7.1", "RCPT", *NOT),
    ("de-sentence-ihre-domain-ours", "550 5.7.1 Zugriff verweigert. Ihre Domain example.com existiert nicht",
     "5.7.1", "RCPT", *NOT),
    ("es-su-dominio-ours", "550 5.7.1 Su dominio example.com no existe", "5.7.1", "RCPT", *NOT),
    ("nl-uw-domein-geen-mx-bare", "550 Uw domein heeft geen MX-record", "5.0.0", "RCPT", *NOT),
    ("pt-seu-dominio-lista-negra", "550 5.7.1 Seu domínio está na lista negra", "5.7.1", "RCPT", *NOT),
    ("de-ihre-domain-names-recipients", "550 5.1.2 Ihre Domain example.org existiert nicht", "5.1.2", "RCPT", True,
     HOST, R),
]
YOURS_CTL = ("control of the OPENING_YOURS attacks, hand-made: the recipient's domain said missing without 'your' "
             "(RFC 3463 5.1.2, hostunknown, hard) and our domain listed (blocked, sender's side, soft)")
YOURS_CONTROLS = [
    ("c-de-die-domain-existiert-nicht", "550 5.1.2 Die Domain example.org existiert nicht", "5.1.2", "RCPT", True,
     HOST, R),
    ("c-es-el-dominio-de-destino", "550 5.1.2 El dominio de destino example.org no existe", "5.1.2", "RCPT", True,
     HOST, R),
    ("c-de-fehler-die-domain", "550 5.1.2 Fehler: die Domain example.org existiert nicht", "5.1.2", "RCPT", True,
     HOST, R),
    ("c-de-fehler-ihre-domain-ok-empfaenger", "550 5.1.1 Fehler: Ihre Domain ist gültig, aber der Empfänger "
     "existiert nicht", "5.1.1", "RCPT", True, UNK, R),
    ("c-es-motivo-su-dominio-de-destino", "550 5.1.2 Motivo: su dominio de destino no existe", "5.1.2", "RCPT", True,
     HOST, R),
    ("c-de-ihre-domain-sperrliste", "550 5.7.1 Ihre Domain example.com steht auf einer Sperrliste", "5.7.1", "RCPT",
     *NOT),
]

# ---- 4. departures' German leaver with a date -----------------------------------------------------------------------
LEFT = ("attack on review 99's departures mend ('hat ... zum/am/mit/per/Ende ... verlassen'): a day's leaving (am "
        "Nachmittag, am Morgen, zum Mittagessen, am Wochenende), never left ('nie'), a leave that ends (Elternzeit, "
        "Mutterschutz, Sabbatical), a leaving announced ('verlässt', 'hat angekündigt ... zu verlassen'), a "
        "colleague's leaving beside a reader still there; a recipient server's admin text (Postfix access(5) "
        "'REJECT <text>', review 69/97's layout); taxonomy: not for good is not hasmoved, not hard. Hand-made")
LEFT_ATTACKS = [
    ("de-am-nachmittag-morgen-wieder", "550 5.7.1 José Núñez hat die Firma am Nachmittag verlassen und ist morgen "
     "wieder im Büro", "5.7.1", "RCPT", *NOT),
    ("de-am-morgen-ab-14-uhr", "550 5.7.1 José Núñez hat uns am Morgen verlassen und ist ab 14 Uhr wieder da",
     "5.7.1", "RCPT", *NOT),
    ("de-zum-mittagessen", "550 5.7.1 José Núñez hat uns zum Mittagessen verlassen", "5.7.1", "RCPT", *NOT),
    ("de-am-wochenende-zurueck", "550 5.7.1 José Núñez hat uns am Wochenende verlassen, er ist am Montag zurück",
     "5.7.1", "RCPT", *NOT),
    ("de-zum-glueck-nie", "550 5.7.1 José Núñez hat uns zum Glück nie verlassen", "5.7.1", "RCPT", *NOT),
    ("de-noch-nicht", "550 5.7.1 José Núñez hat das Unternehmen zum Jahresende noch nicht verlassen", "5.7.1", "RCPT",
     *NOT),
    ("de-in-die-elternzeit", "550 5.7.1 José Núñez hat uns zum 1. März in die Elternzeit verlassen", "5.7.1", "RCPT",
     *NOT),
    ("de-in-den-mutterschutz", "550 5.7.1 José Núñez hat uns am 15. Mai in den Mutterschutz verlassen", "5.7.1",
     "RCPT", *NOT),
    ("de-sabbatical", "550 5.7.1 José Núñez hat das Unternehmen zum 1. Juli für ein Sabbatical verlassen", "5.7.1",
     "RCPT", *NOT),
    ("de-verlaesst", "550 5.7.1 José Núñez verlässt das Unternehmen zum 31. Dezember", "5.7.1", "RCPT", *NOT),
    ("de-angekuendigt", "550 5.7.1 José Núñez hat angekündigt, das Unternehmen zum 31. Dezember zu verlassen",
     "5.7.1", "RCPT", *NOT),
    # The lead's call (session of 2026-12-05, with reviews 106 and 127): refused at RCPT of the leaver's own address,
    # the writer who stays is a colleague answering for it, so the recipient left (hasmoved, hard), as review 106's
    # twins ("..., ich bin weiterhin Ihr Ansprechpartner") read; this row expected soft until then.
    ("de-kollege-verlassen-ich-bleibe", "550 5.7.1 Mein Kollege José Núñez hat das Unternehmen zum 31.12. verlassen, "
     "ich bin weiterhin für Sie da", "5.7.1", "RCPT", True, MOVED, R),
    ("de-absender-at-rcpt", "550 5.7.1 Ihr Absender seller@example.com hat das Unternehmen zum 31.12. verlassen",
     "5.7.1", "RCPT", *NOT),
]
LEFT_CTL = ("control of the departures attacks, hand-made: a person gone for good with a date or an adverb between "
            "(RFC 3463 5.7.1 admin text; taxonomy: hasmoved, hard), and a leaver whose post is filled again 'ab "
            "August wieder' (not an absence ending: review 99's _AWAY 'ab <word> wieder' must not read it)")
LEFT_CONTROLS = [
    ("c-de-zum-ersten-des-monats", "550 5.7.1 José Núñez hat uns zum 1. des Monats verlassen", "5.7.1", "RCPT", True,
     MOVED, R),
    ("c-de-zum-monatsende", "550 5.7.1 José Núñez hat das Unternehmen zum Monatsende verlassen", "5.7.1", "RCPT",
     True, MOVED, R),
    ("c-de-per-sofort", "550 5.7.1 José Núñez hat die Firma per sofort verlassen", "5.7.1", "RCPT", True, MOVED, R),
    ("c-de-ihr-ansprechpartner", "550 5.7.1 Ihr Ansprechpartner José Núñez hat das Unternehmen zum 31.12. verlassen",
     "5.7.1", "RCPT", True, MOVED, R),
    ("c-de-stelle-ab-august-wieder-besetzt", "550 5.7.1 José Núñez hat uns zum 30. Juni verlassen. Die Stelle ist ab "
     "August wieder besetzt", "5.7.1", "RCPT", True, MOVED, R),
]

ROWS = (both("greet", GREET, GREET_ATTACKS) + both("greetctl", GREET_CTL, GREET_CONTROLS)
        + both("yours", YOURS, YOURS_ROWS) + both("yoursctl", YOURS_CTL, YOURS_CONTROLS)
        + rows_relayed("r103-left", LEFT, MX, LEAD, LEFT_ATTACKS) + rows_quoted("r103-left", LEFT, MX, LEAD,
                                                                               LEFT_ATTACKS[:3])
        + both("leftctl", LEFT_CTL, LEFT_CONTROLS))

# ---- 3. The returned copy's Bcc -----------------------------------------------------------------------------------
BCC = ("attack on review 99's Bcc mend (fields.quoted_headers, formats/named): the returned copy's Bcc holds OUR side "
       "(our own address, a colleague at example.com, a list, a CRM's logging address: HubSpot's BCC address "
       "https://knowledge.hubspot.com/connected-email/log-email-in-your-crm-with-the-bcc-or-forwarding-address, "
       "Salesforce's Email-to-Salesforce address https://help.salesforce.com/s/articleView?id=sf.email_my_email_2_sfdc"
       ".htm) while the RECIPIENT's server (its MAILER-DAEMON, mx.partner.example) reports a local part or a name: "
       "a partner's server cannot have delivered to our Bcc'd addresses, so none of ours is the failed one (never "
       "marked); RFC 5322 3.6.3 (Bcc); hand-made after review 94/99's groupware copy")
_WHY = "Reason: 550 5.1.1 User unknown\n"
_DATE = "Date: Thu, 3 Dec 2026 10:00:00 +0000\n"
_OWN = "From: Seller <seller@example.com>\n"
HUB = "21436587@bcc.hubspot.com"
SFDC = "emailtosalesforce@a1b2c3d4e5.x9-abcdef.na1.le.salesforce.com"


def _copy(name: str, named: str, own: str, reporter: str = "mx.partner.example") -> bytes:
    """A plain notice from `reporter` naming `named` (nothing when empty), then the returned copy's headers `own`."""
    line = f"Recipient: {named}\n" if named else ""
    return (f"From: MAILER-DAEMON@{reporter}\nTo: seller@example.com\nSubject: Undeliverable: Pricing\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <r103-{name}@{reporter}>\nX-Hand-Made: yes (review 103)\n"
            f"Content-Type: text/plain; charset=utf-8\n\nYour message could not be delivered.\n\n{line}"
            + _WHY + "\n------ This is a copy of the message. ------\n\n" + own + _DATE + "Subject: Pricing\n\nHello.\n"
            ).encode()


ROWS += [
    ("r103-bcc-self-named", BCC + " (the copy's Bcc holds our own sender; the partner names 'seller')",
     _copy("self", "seller", _OWN + f"To: {LEAD}\nBcc: seller@example.com\n"), []),
    ("r103-bcc-colleague-named", BCC + " (the Bcc holds our colleague kim@example.com; the partner names 'kim')",
     _copy("col", "kim", _OWN + f"To: {LEAD}\nBcc: Kim Colleague <kim@example.com>\n"), []),
    ("r103-bcc-list-named", BCC + " (the Bcc holds our list sales-team@example.com; the partner names it)",
     _copy("list", "sales-team", _OWN + f"To: {LEAD}\nBcc: sales-team@example.com\n"), []),
    ("r103-bcc-hubspot-named", BCC + " (the Bcc holds HubSpot's BCC address; the partner names its local part)",
     _copy("hub", "21436587", _OWN + f"To: {LEAD}\nBcc: {HUB}\n"), []),
    ("r103-bcc-colleague-name-only", BCC + " (the partner names 'Kim Colleague' by name; two Bcc'd Kims)",
     _copy("kk", "Kim Colleague", _OWN + f"To: {LEAD}\nBcc: Kim Colleague <kim@example.com>, Kim Colleague "
           "<kim.c@example.net>\n"), []),
    ("r103-bcc-c-lead-named-hubspot", BCC + " (control: the partner names 'lead', the To; HubSpot's BCC beside)",
     _copy("clh", "lead", _OWN + f"To: {LEAD}\nBcc: {HUB}\n"), hard(LEAD)),
    ("r103-bcc-c-lead-named-sfdc", BCC + " (control: the partner names lead's full address; Email-to-Salesforce "
     "Bcc'd)", _copy("cls", LEAD, _OWN + f"To: {LEAD}\nBcc: {SFDC}\n"), hard(LEAD)),
    ("r103-bcc-c-lead-named-self", BCC + " (control: the partner names 'lead'; our own sender Bcc'd)",
     _copy("clself", "lead", _OWN + f"To: {LEAD}\nBcc: seller@example.com\n"), hard(LEAD)),
    ("r103-bcc-c-lead-named-undisclosed", BCC + " (control: 'lead' named; an empty group in Bcc, RFC 5322 3.4)",
     _copy("clu", "lead", _OWN + f"To: {LEAD}\nBcc: undisclosed-recipients:;\n"), hard(LEAD)),
    ("r103-bcc-nobody-named-hubspot", BCC + " (the partner names nobody; To lead, HubSpot's BCC beside: the "
     "partner's server handled lead only, but review 85 reads no guess beside another recipient)",
     _copy("nh", "", _OWN + f"To: {LEAD}\nBcc: {HUB}\n"), hard(LEAD)),
    ("r103-bcc-c-partner-bcc-named", BCC + " (control: our server's notice names 'kim', Bcc'd at the partner's "
     "domain, not ours: review 99's reading stays)", _copy("cpk", "kim", _OWN + f"To: {LEAD}\nBcc: Kim Other "
                                                       "<kim@partner.example>\n", reporter="mail.example.com"),
     hard("kim@partner.example")),
]
