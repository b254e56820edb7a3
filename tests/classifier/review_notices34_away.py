"""The thirty-fourth review's away texts: out-of-office and leaver auto-replies as each
responder writes them (review_notices34_layouts.responder), in the languages sales teams meet,
many of them in words a bounce uses ("undeliverable", "mailbox full", "no longer monitored",
"no longer works here", "user unknown"). Taxonomy section 5: an auto-reply is no bounce, whatever
its text says; every row expects [] (review_check: is_bounce False). The texts are HAND-MADE,
as people write them; each row's source is its responder's (layouts.SOURCES)."""

from __future__ import annotations

from tests.classifier.review_notices34_layouts import SOURCES, responder

# (lang, key, mailbox, away text, responders)
TEXTS = [
    # ---- English -------------------------------------------------------------------------------
    ("en", "ooo-plain", "Kim Ng <kim@partner.example>",
     "Thank you for your email. I am out of the office until Monday 14 December with limited access to email. "
     "For urgent matters please contact sales@partner.example.", ("exchange", "gmail", "zimbra", "domino_agent")),
    ("en", "undeliverable-words", "Kim Ng <kim@partner.example>",
     "I am travelling this week. Large attachments may be undeliverable to my phone, so please resend anything "
     "important after 14 December.", ("exchange", "pigeonhole", "icloud")),
    ("en", "mailbox-full", "Lee Park <lee@partner.example>",
     "I am on parental leave. My mailbox is full so I may not see your mail; please write to "
     "team@partner.example instead.", ("exchange", "gmail", "yahoo", "zoho")),
    ("en", "not-monitored", "Info Desk <info@partner.example>",
     "This address is no longer monitored. Your message has not been read. Please use our contact form at "
     "https://partner.example/contact.", ("exchange", "zimbra", "groupwise", "exchange2010")),
    ("en", "left-company", "Jane Doe <jane.doe@partner.example>",
     "I have left the company. I no longer work here, please contact john.roe@partner.example for anything "
     "regarding your account.", ("exchange", "gmail", "exchange2010", "icloud", "domino_service")),
    ("en", "left-company-not-delivered", "Jane Doe <jane.doe@partner.example>",
     "Jane Doe is no longer with Partner Inc. This mailbox is not monitored and your message will not be "
     "forwarded. Please contact info@partner.example.", ("exchange", "zoho")),
    ("en", "user-unknown-joke", "Ops Team <ops@partner.example>",
     "Auto-reply: we are migrating mail servers this weekend. If you get a 'user unknown' or 'mailbox "
     "unavailable' error from us, please try again on Monday.", ("gmail", "pigeonhole", "cyrus")),
    ("en", "delivery-failed-subject", "Kim Ng <kim@partner.example>",
     "I am out until 2 January. If you receive a delivery failure notice from our system, it is because our "
     "archive is being moved; the message still reaches me.", ("exchange", "vacation1")),
    ("en", "vacation1-default", "Robin Hale <robin@unix.partner.example>",
     "I am on vacation until July 22. Your mail regarding \"Quote for Q3\" will be read when I return.",
     ("vacation1",)),
    ("en", "procmail-received", "Robin Hale <robin@unix.partner.example>", "Mail received.", ("procmail",)),
    ("en", "domino-default", "Kim Ng <kim@partner.example>",
     "I will be out of the office starting 04/12/2026 and will not return until 14/12/2026.\n\n"
     "I will respond to your message when I return.", ("domino_agent", "domino_service")),
    ("en", "address-changing", "Chris Byrne <chris@partner.example>",
     "Please note my email address is changing: mail to this address will be undeliverable after 31 January. "
     "Please update your records to chris.byrne@newpartner.example.", ("exchange", "gmail")),
    # ---- German --------------------------------------------------------------------------------
    ("de", "ooo", "Anna Schmidt <anna.schmidt@partner.example>",
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.12.2026 nicht im Büro und habe keinen Zugriff "
     "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an vertrieb@partner.example.",
     ("exchange", "exchange2010", "gmail", "zimbra")),
    ("de", "left", "Anna Schmidt <anna.schmidt@partner.example>",
     "Ich bin nicht mehr im Unternehmen tätig. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden Sie sich an "
     "info@partner.example.", ("exchange", "exchange2010", "domino_service")),
    ("de", "mailbox-full", "Jonas Weber <jonas.weber@partner.example>",
     "Ich bin in Elternzeit. Mein Postfach ist voll und wird nicht gelesen; Nachrichten an diese Adresse sind "
     "derzeit nicht zustellbar an mich persönlich. Bitte schreiben Sie an team@partner.example.",
     ("exchange", "pigeonhole")),
    # ---- French --------------------------------------------------------------------------------
    ("fr", "ooo", "Claire Martin <claire.martin@partenaire.example>",
     "Bonjour, je suis absente du bureau jusqu'au 14 décembre inclus. Pour toute urgence, merci de contacter "
     "commercial@partenaire.example.", ("exchange", "exchange2010", "gmail", "zimbra")),
    ("fr", "left", "Claire Martin <claire.martin@partenaire.example>",
     "Je ne fais plus partie de la société. Cette adresse n'est plus consultée et votre message ne sera pas "
     "transmis. Merci d'écrire à contact@partenaire.example.", ("exchange", "zimbra")),
    ("fr", "undeliverable", "Luc Bernard <luc.bernard@partenaire.example>",
     "Je suis en congé. Ma boîte aux lettres est pleine, votre message risque de ne pas être remis à temps. "
     "Je vous répondrai à mon retour le 4 janvier.", ("exchange", "gmail")),
    # ---- Spanish -------------------------------------------------------------------------------
    ("es", "ooo", "Lucía García <lucia.garcia@socio.example>",
     "Gracias por su mensaje. Estaré fuera de la oficina hasta el 14 de diciembre. Para asuntos urgentes, "
     "escriba a ventas@socio.example.", ("exchange", "exchange2010", "gmail", "zoho")),
    ("es", "left", "Lucía García <lucia.garcia@socio.example>",
     "Ya no trabajo en la empresa. Esta cuenta de correo ya no se revisa; por favor, contacte con "
     "info@socio.example.", ("exchange", "gmail")),
    ("es", "mailbox-full", "Pablo Ruiz <pablo.ruiz@socio.example>",
     "Estoy de vacaciones. Mi buzón está lleno y es posible que su correo no sea entregado; vuelvo el 7 de enero.",
     ("exchange", "zimbra")),
    # ---- Italian -------------------------------------------------------------------------------
    ("it", "ooo", "Marco Rossi <marco.rossi@partner.example.it>",
     "Grazie per la sua email. Sarò fuori sede fino al 14 dicembre con accesso limitato alla posta. Per urgenze "
     "scriva a commerciale@partner.example.it.", ("exchange", "exchange2010", "gmail", "zimbra")),
    ("it", "left", "Marco Rossi <marco.rossi@partner.example.it>",
     "Non lavoro più presso l'azienda. Questa casella non è più monitorata e il messaggio non verrà recapitato "
     "a nessuno. Scriva a info@partner.example.it.", ("exchange", "gmail")),
    # ---- Portuguese ----------------------------------------------------------------------------
    ("pt", "ooo", "João Silva <joao.silva@parceiro.example>",
     "Obrigado pela sua mensagem. Estou fora do escritório até 14 de dezembro. Para assuntos urgentes, contacte "
     "vendas@parceiro.example.", ("exchange", "exchange2010", "gmail")),
    ("pt", "left", "João Silva <joao.silva@parceiro.example>",
     "Não trabalho mais nesta empresa. Este endereço não é mais monitorado e sua mensagem não será entregue. "
     "Escreva para contato@parceiro.example.", ("exchange", "zimbra")),
    # ---- Dutch ---------------------------------------------------------------------------------
    ("nl", "ooo", "Sanne de Vries <sanne@partner.example.nl>",
     "Bedankt voor uw bericht. Ik ben tot en met 14 december afwezig en lees mijn e-mail niet. Voor dringende "
     "zaken: verkoop@partner.example.nl.", ("exchange", "exchange2010", "gmail")),
    ("nl", "left", "Sanne de Vries <sanne@partner.example.nl>",
     "Ik ben niet meer werkzaam bij dit bedrijf. Deze mailbox wordt niet meer gelezen; uw bericht is niet "
     "doorgestuurd. Mail naar info@partner.example.nl.", ("exchange", "pigeonhole")),
    # ---- Polish --------------------------------------------------------------------------------
    ("pl", "ooo", "Piotr Nowak <piotr.nowak@partner.example.pl>",
     "Dziękuję za wiadomość. Jestem poza biurem do 14 grudnia. W pilnych sprawach proszę pisać na "
     "sprzedaz@partner.example.pl.", ("exchange", "exchange2010", "gmail")),
    ("pl", "left", "Piotr Nowak <piotr.nowak@partner.example.pl>",
     "Nie pracuję już w firmie. Ta skrzynka nie jest monitorowana, a wiadomość nie zostanie dostarczona do "
     "nikogo. Proszę pisać na biuro@partner.example.pl.", ("exchange", "zimbra")),
    # ---- Swedish -------------------------------------------------------------------------------
    ("sv", "ooo", "Erik Lund <erik.lund@partner.example.se>",
     "Tack för ditt mejl. Jag är ledig till och med 14 december och läser inte min e-post. Brådskande ärenden: "
     "salj@partner.example.se.", ("exchange", "exchange2010", "gmail")),
    ("sv", "left", "Erik Lund <erik.lund@partner.example.se>",
     "Jag har slutat på företaget. Denna brevlåda bevakas inte längre. Kontakta info@partner.example.se.",
     ("exchange", "zimbra")),
    # ---- Russian -------------------------------------------------------------------------------
    ("ru", "ooo", "Ivan Petrov <ivan.petrov@partner.example.ru>",
     "Спасибо за письмо. Я в отпуске до 14 декабря. По срочным вопросам пишите на sales@partner.example.ru.",
     ("exchange", "exchange2010", "gmail")),
    ("ru", "left", "Ivan Petrov <ivan.petrov@partner.example.ru>",
     "Я больше не работаю в компании. Этот ящик не проверяется, письмо не будет доставлено адресату. "
     "Пишите на info@partner.example.ru.", ("exchange", "zimbra")),
    # ---- Japanese ------------------------------------------------------------------------------
    ("ja", "ooo", "Tanaka Yuki <tanaka@partner.example.jp>",
     "メールありがとうございます。12月14日まで不在にしております。お急ぎの場合は sales@partner.example.jp までご連絡ください。",
     ("exchange", "exchange2010", "gmail")),
    ("ja", "left", "Tanaka Yuki <tanaka@partner.example.jp>",
     "田中は退職いたしました。このアドレスは現在使用されておりません。今後は info@partner.example.jp までご連絡ください。",
     ("exchange", "gmail")),
    # ---- Chinese -------------------------------------------------------------------------------
    ("zh", "ooo", "Wang Li <wangli@partner.example.cn>",
     "您好，我将于12月14日前休假，期间无法及时回复邮件。如有急事请联系 sales@partner.example.cn。",
     ("exchange", "exchange2010", "gmail")),
    ("zh", "left", "Wang Li <wangli@partner.example.cn>",
     "您好，我已离职，此邮箱不再使用，邮件将无法送达本人。请联系 info@partner.example.cn。", ("exchange", "zimbra")),
    # ---- a few others: Czech, Turkish, Danish, Norwegian, Finnish, Korean, Hungarian, Romanian,
    # Greek, Ukrainian (the Exchange 2010 shape: Subject and X-Auto-Response-Suppress only) --------
    ("cs", "ooo", "Jan Novák <jan.novak@partner.example.cz>",
     "Děkuji za e-mail. Do 14. prosince jsem mimo kancelář. V naléhavých případech pište na obchod@partner.example.cz.",
     ("exchange", "exchange2010")),
    ("tr", "ooo", "Ayşe Yılmaz <ayse@partner.example.tr>",
     "E-postanız için teşekkürler. 14 Aralık'a kadar ofis dışındayım. Acil konular için satis@partner.example.tr.",
     ("exchange", "exchange2010")),
    ("da", "left", "Mette Hansen <mette@partner.example.dk>",
     "Jeg er ikke længere ansat i virksomheden. Denne postkasse bliver ikke læst. Skriv til info@partner.example.dk.",
     ("exchange", "exchange2010")),
    ("no", "ooo", "Ola Nordmann <ola@partner.example.no>",
     "Takk for e-posten. Jeg er på ferie til 14. desember. Haster det, skriv til salg@partner.example.no.",
     ("exchange", "exchange2010")),
    ("fi", "ooo", "Mikko Virtanen <mikko@partner.example.fi>",
     "Kiitos viestistäsi. Olen lomalla 14.12. asti. Kiireellisissä asioissa: myynti@partner.example.fi.",
     ("exchange", "exchange2010")),
    ("ko", "ooo", "Kim Minsu <minsu@partner.example.kr>",
     "메일 감사합니다. 12월 14일까지 휴가 중입니다. 급한 용무는 sales@partner.example.kr 로 연락 주십시오.",
     ("exchange", "exchange2010")),
    ("hu", "ooo", "Nagy Péter <peter.nagy@partner.example.hu>",
     "Köszönöm levelét. December 14-ig szabadságon vagyok. Sürgős esetben: ertekesites@partner.example.hu.",
     ("exchange", "exchange2010")),
    ("ro", "left", "Andrei Popescu <andrei@partner.example.ro>",
     "Nu mai lucrez în cadrul companiei. Această adresă nu mai este monitorizată. Scrieți la info@partner.example.ro.",
     ("exchange", "exchange2010")),
    ("el", "ooo", "Nikos Papadopoulos <nikos@partner.example.gr>",
     "Ευχαριστώ για το μήνυμά σας. Θα απουσιάζω έως τις 14 Δεκεμβρίου. Για επείγοντα: sales@partner.example.gr.",
     ("exchange", "exchange2010")),
    ("uk", "left", "Olena Kovalenko <olena@partner.example.ua>",
     "Я більше не працюю в компанії. Ця скринька не перевіряється. Пишіть на info@partner.example.ua.",
     ("exchange", "exchange2010")),
]

_LANG_SUBJECTS = {  # a few responders' own subjects the user typed, in their language (HAND-MADE)
    ("de", "zimbra"): "Abwesenheitsnotiz", ("fr", "zimbra"): "Absent du bureau", ("es", "zoho"): "Fuera de la oficina",
    ("it", "zimbra"): "Fuori sede", ("pl", "zimbra"): "Nieobecność", ("ru", "zimbra"): "Нет на месте",
    ("zh", "zimbra"): "休假中", ("pt", "zimbra"): "Ausente", ("sv", "zimbra"): "Ledig",
    ("nl", "pigeonhole"): "Afwezig", ("de", "pigeonhole"): "Nicht im Büro",
}

AWAY_ROWS = [
    (f"away-{lang}-{key}-{kind}", f"{SOURCES[kind]}; the away text HAND-MADE ({lang})",
     responder(kind, who, lang, text, _LANG_SUBJECTS.get((lang, kind), "")), [])
    for lang, key, who, text, kinds in TEXTS for kind in kinds
]
