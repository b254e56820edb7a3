"""The ninety-ninth review: the open false softs reviews 93, 94 and 96 left as judgement calls, mended, then each
mend attacked for false hards (and for the false softs it still leaves).

1. lexicon's sender check (classifier/sender_words.py): a greeting to the sender ("尊敬的发件人：", "Sehr geehrter
   Absender,", "Шановний відправнику!", "Estimado remitente:"), a vocative or a header label ("发件人：<address>")
   before the RECIPIENT's absence is not the sender's address missing; controls: the sender's own absence after the
   same greeting, "your" after it, the label's address itself missing, honorific 様 as the subject.
2. "Ihre Domain" / "Su dominio" / "Uw domein" opening a reply is the sending client's domain (as English "your
   domain"); controls: the recipient's domain after another sentence, the recipient said missing after it.
3. fields.quoted_headers / formats.named: the returned copy's Bcc (our sender's own, RFC 5322 §3.6.3) resolves a
   local part; controls: two Bcc'd addresses share it, an older quoted message's Bcc.
4. departures: a German leaver with a date between ("hat das Unternehmen zum 31. Dezember verlassen"); controls:
   future tense, an office left for the day, a holiday, negated, the sender, a 4xx.

Rows: (name, source, raw, expected), expected written from the words, the status and shared/classifier/taxonomy.md
BEFORE the classifier ran. Layouts: review_notices25.rows_relayed (our relay's Postfix report) and rows_quoted
(Gmail's and Exchange Online's notices quoting the reply); review 94's returned-copy notice for the Bcc rows.
All HAND-MADE; test_review_notices99.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_quoted, rows_relayed
from tests.classifier.review_notices50_sources import KIM, LEAD, hard

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
UNK = ("userunknown",)
HOST = ("hostunknown",)
MOVED = ("hasmoved", "userunknown")
NOT = (False, (), ANY)


both = both_layouts("r99", MX, LEAD)


# ---- 1. A greeting, vocative or label addressed to the sender, then the recipient's absence ------------------------
GREET = ("review 93/96's _SALUTE/_GREET/_LABEL false softs, mended (sender_words): a bounce text that greets "
         "its reader, the sender, or labels the message's sender, then says the RECIPIENT (收件人, 宛先, Empfänger, "
         "destinatario, одержувач) does not exist; taxonomy section 2: userunknown, hard. Hand-made following the "
         "Chinese providers' 退信提示 texts addressed to the sender (Coremail's help, "
         "https://www.icoremail.vip/support/index.php?cate_id=84) and the salutations of the languages' letters")
GREET_ATTACKS = [
    ("zh-zunjing-fajianren", "550 5.1.1 尊敬的发件人：收件人地址不存在", "5.1.1", "RCPT", True, UNK, R),
    ("zh-fajianren-nihao-address", "550 5.1.1 发件人你好，收件人lead@partner.example不存在", "5.1.1", "RCPT", True, UNK,
     R),
    ("zh-zunjing-then-ninhao", "550 5.1.1 尊敬的发件人：您好，收件人地址不存在", "5.1.1", "RCPT", True, UNK, R),
    ("zh-tw-fajianren-nihao", "550 5.1.1 發件人您好：收件者地址不存在", "5.1.1", "RCPT", True, UNK, R),
    ("ja-soushinsha-sama-colon", "550 5.1.1 送信者様：宛先のユーザーは存在しません", "5.1.1", "RCPT", True, UNK, R),
    ("ja-soushinsha-kakui", "550 5.1.1 送信者各位：宛先のアドレスは存在しません", "5.1.1", "RCPT", True, UNK, R),
    ("de-hallo-absender", "550 5.1.1 Hallo Absender, die Empfängeradresse existiert nicht", "5.1.1", "RCPT", True,
     UNK, R),
    ("de-liebe-absenderin", "550 5.1.1 Liebe Absenderin, der Empfänger ist unbekannt", "5.1.1", "RCPT", True, UNK, R),
    ("uk-shanovnyi-excl", "550 5.1.1 Шановний відправнику! Одержувача не існує", "5.1.1", "RCPT", True, UNK, R),
    ("ru-uvazhaemyi-otpravitel", "550 5.1.1 Уважаемый отправитель, получателя не существует", "5.1.1", "RCPT", True,
     UNK, R),
    ("ro-stimate-expeditorule", "550 5.1.1 Stimate expeditorule, adresa destinatarului nu există", "5.1.1", "RCPT",
     True, UNK, R),
    ("fr-cher-expediteur", "550 5.1.1 Cher expéditeur, le destinataire n'existe pas", "5.1.1", "RCPT", True, UNK, R),
    ("es-estimado-remitente", "550 5.1.1 Estimado remitente: el destinatario no existe", "5.1.1", "RCPT", True, UNK,
     R),
    ("it-gentile-mittente", "550 5.1.1 Gentile mittente, il destinatario non esiste", "5.1.1", "RCPT", True, UNK, R),
    ("zh-label-fajianren-address", "550 5.1.1 发件人：seller@example.com，收件人：lead@partner.example，收件人地址不存在",
     "5.1.1", "RCPT", True, UNK, R),
    ("de-label-absender-address", "550 5.1.1 Absender: seller@example.com Empfänger lead@partner.example existiert "
     "nicht", "5.1.1", "RCPT", True, UNK, R),
    ("ja-label-soushinsha-address", "550 5.1.1 送信者: seller@example.com 宛先 lead@partner.example は存在しません",
     "5.1.1", "RCPT", True, UNK, R),
    ("en-hello-sender-mailbox", "550 5.1.1 Hello sender: the mailbox does not exist", "5.1.1", "RCPT", True, UNK, R),
]
GREET_CTL = ("control of review 99's sender_words mend, hand-made: the same greetings or labels where the SENDER's "
             "side is what is missing (its address after the greeting, 'your' address, the labelled address itself, "
             "the polite 送信者様 as the subject), a sender check answered at RCPT (Postfix smtpd_delay_reject; "
             "smtpd_check.c 'Sender address rejected'): not hard")
GREET_CONTROLS = [
    ("c-zh-fajianren-dizhi-bucunzai", "550 5.1.1 发件人地址不存在", "5.1.1", "RCPT", *NOT),
    ("c-de-absender-existiert-nicht", "550 5.1.1 Absender existiert nicht", "5.1.1", "RCPT", *NOT),
    ("c-en-sender-address-missing", "550 5.1.1 The sender address does not exist", "5.1.1", "RCPT", *NOT),
    ("c-zh-greeting-then-sender-absent", "550 5.1.1 尊敬的发件人：发件人地址不存在", "5.1.1", "RCPT", *NOT),
    ("c-zh-greeting-your-address", "550 5.1.1 尊敬的发件人：您的地址不存在", "5.1.1", "RCPT", *NOT),
    ("c-de-greeting-ihre-adresse", "550 5.1.1 Sehr geehrter Absender, Ihre Adresse ist dem Empfänger unbekannt",
     "5.1.1", "RCPT", *NOT),
    ("c-de-greeting-absenderadresse", "550 5.1.1 Sehr geehrter Absender, die Absenderadresse ist dem Empfänger "
     "unbekannt", "5.1.1", "RCPT", *NOT),
    ("c-en-dear-sender-your-address", "550 5.1.1 Dear sender, your address does not exist", "5.1.1", "RCPT", *NOT),
    ("c-de-label-absender-only", "550 5.1.1 Absender: seller@example.com existiert nicht", "5.1.1", "RCPT", *NOT),
    ("c-zh-label-absent-then-recipient", "550 5.1.1 发件人：seller@example.com 不存在，收件人：lead@partner.example",
     "5.1.1", "RCPT", *NOT),
    ("c-ja-soushinsha-sama-subject", "550 5.1.1 送信者様のアドレスは存在しません", "5.1.1", "RCPT", *NOT),
    ("c-ru-greeting-vash-adres", "550 5.1.1 Уважаемый отправитель, ваш адрес не существует", "5.1.1", "RCPT", *NOT),
    ("c-ro-greeting-dumneavoastra", "550 5.1.1 Stimate expeditor, adresa dumneavoastră nu există", "5.1.1", "RCPT",
     *NOT),
    ("c-de-greeting-empfaenger-ihre-adresse", "550 5.1.1 Sehr geehrter Absender, laut dem Empfängerserver existiert "
     "Ihre Adresse nicht", "5.1.1", "RCPT", *NOT),
    ("c-es-greeting-destinatario-su-direccion", "550 5.1.1 Estimado remitente: el destinatario rechazó su dirección, "
     "que no existe", "5.1.1", "RCPT", *NOT),
    ("c-en-dear-sender-recipient-says-sender", "550 5.1.1 Dear sender, the recipient's server reports: sender address "
     "unknown", "5.1.1", "RCPT", *NOT),
    ("c-de-label-absender-dem-empfaenger-nicht-bekannt", "550 5.1.1 Absender: seller@example.com ist dem Empfänger "
     "nicht bekannt", "5.1.1", "RCPT", *NOT),
    ("c-zh-label-sender-absent-at-recipient", "550 5.1.1 发件人：seller@example.com 在收件人服务器上不存在", "5.1.1",
     "RCPT", *NOT),
    ("c-en-label-sender-unknown-to-recipient", "550 5.1.1 Sender: seller@example.com is unknown to the recipient",
     "5.1.1", "RCPT", *NOT),
    ("c-zh-greeting-4xx", "450 4.1.1 尊敬的发件人：收件人地址暂时无法验证", "4.1.1", "RCPT", *NOT),
]

# ---- 2. "Your domain" opening a reply ------------------------------------------------------------------------------
YOURS = ("review 93's _YOUR false hards, mended in lexicon (sender_words.OPENING_YOURS): a reply that opens with "
         "'your domain' in the language's polite form (de Ihre, es Su, pt Seu, it vostro, nl Uw), said to the "
         "sending client as Postfix's reject_unknown_sender_domain is ('Sender address rejected: Domain not found', "
         "smtpd_check.c), under 5.7.1: the sender's, not hard; hand-made")
YOURS_ROWS = [
    ("pt-seu-dominio-nao-existe", "550 5.7.1 Seu domínio não existe", "5.7.1", "RCPT", *NOT),
    ("nl-uw-domein-bestaat-niet", "550 5.7.1 Uw domein bestaat niet", "5.7.1", "RCPT", *NOT),
    ("it-il-vostro-dominio", "550 5.7.1 Il vostro dominio non esiste", "5.7.1", "RCPT", *NOT),
    ("de-ihre-domaene", "550 5.7.1 Ihre Domäne existiert nicht", "5.7.1", "RCPT", *NOT),
]
YOURS_CTL = ("control of review 99's 'your domain' mend, hand-made: the recipient said missing after the sender's "
             "domain is said fine (userunknown, hard), and the RECIPIENT's domain missing (RFC 3463 5.1.2, "
             "hostunknown, hard) where 'ihre' refers back to the address or 'Ihre/Su' is the message's")
YOURS_CONTROLS = [
    ("c-de-ihre-domain-ok-empfaenger", "550 5.1.1 Ihre Domain ist gültig, aber der Empfänger existiert nicht", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-es-su-dominio-ok-usuario", "550 5.1.1 Su dominio es válido, pero el usuario no existe", "5.1.1", "RCPT", True,
     UNK, R),
    ("c-de-adresse-ihre-domain", "550 5.1.2 Die Adresse lead@partner.example ist ungültig, ihre Domain existiert "
     "nicht", "5.1.2", "RCPT", True, HOST + UNK, R),
    ("c-de-ihre-nachricht-domain", "550 5.1.2 Ihre Nachricht konnte nicht zugestellt werden: die Domain "
     "partner.example existiert nicht", "5.1.2", "RCPT", True, HOST, R),
    ("c-es-su-mensaje-dominio", "550 5.1.2 Su mensaje no se pudo entregar: el dominio partner.example no existe",
     "5.1.2", "RCPT", True, HOST, R),
]

# ---- 4. A German leaver with a date ----------------------------------------------------------------------------
LEFT = ("departures' German leaver with a date or an adverb between ('hat das Unternehmen zum 31. Dezember "
        "verlassen'), a recipient server's admin text (Postfix access(5) 'REJECT <text>', review 69/97's layout): "
        "the person left for good, hasmoved, hard; hand-made")
LEFT_ATTACKS = [
    ("de-unternehmen-zum-datum", "550 5.7.1 José Núñez hat das Unternehmen zum 31. Dezember verlassen", "5.7.1",
     "RCPT", True, MOVED, R),
    ("de-uns-zum-datum", "550 5.7.1 Frau Núñez hat uns zum 31.12.2026 verlassen", "5.7.1", "RCPT", True, MOVED, R),
    ("de-firma-leider-am", "550 5.7.1 Herr Núñez hat die Firma leider am 30. November verlassen", "5.7.1", "RCPT",
     True, MOVED, R),
    ("de-unternehmen-mit-ablauf", "550 5.7.1 José Núñez hat das Unternehmen mit Ablauf des Jahres 2026 verlassen",
     "5.7.1", "RCPT", True, MOVED, R),
    ("de-unser-unternehmen-ende", "550 5.7.1 José Núñez hat unser Unternehmen Ende November verlassen; bitte wenden "
     "Sie sich an info@partner.example", "5.7.1", "RCPT", True, MOVED, R),
]
LEFT_CTL = ("control of review 99's departures mend, hand-made: a leaving still to come (future 'wird ... verlassen'), "
            "an office left for the day or for a holiday (review 97's _AWAY), negated, said of OUR sender, or under "
            "a 4xx (a delay): not hard")
LEFT_CONTROLS = [
    ("c-de-wird-verlassen", "550 5.7.1 José Núñez wird das Unternehmen zum 31. Dezember verlassen", "5.7.1", "RCPT",
     *NOT),
    ("c-de-buero-am-freitag", "550 5.7.1 José Núñez hat das Büro am Freitag verlassen und ist ab Montag wieder "
     "erreichbar", "5.7.1", "RCPT", *NOT),
    ("c-de-uns-am-freitag-urlaub", "550 5.7.1 José Núñez hat uns am Freitag verlassen und ist bis zum 4. Januar im "
     "Urlaub", "5.7.1", "RCPT", *NOT),
    ("c-de-nicht-verlassen", "550 5.7.1 José Núñez hat das Unternehmen zum 31. Dezember nicht verlassen, sondern die "
     "Abteilung gewechselt", "5.7.1", "RCPT", *NOT),
    ("c-de-absender-verlassen", "550 5.7.1 Der Absender hat das Unternehmen zum 31. Dezember verlassen", "5.7.1",
     "MAIL", *NOT),
    ("c-de-firma-am-freitag-wieder-da", "550 5.7.1 José Núñez hat die Firma am Freitag um 15 Uhr verlassen und ist "
     "ab Montag wieder da", "5.7.1", "RCPT", *NOT),
    ("c-de-zum-glueck-nicht", "550 5.7.1 José Núñez hat uns zum Glück nicht verlassen, die Adresse ist neu", "5.7.1",
     "RCPT", *NOT),
    ("c-de-4xx", "450 4.7.1 José Núñez hat das Unternehmen zum 31. Dezember verlassen", "4.7.1", "RCPT", *NOT),
]

ROWS = (both("greet", GREET, GREET_ATTACKS[:4] + GREET_ATTACKS[14:15])
        + rows_relayed("r99-greet", GREET, MX, LEAD, GREET_ATTACKS[4:14] + GREET_ATTACKS[15:])
        + both("greetctl", GREET_CTL, GREET_CONTROLS[:6])
        + rows_relayed("r99-greetctl", GREET_CTL, MX, LEAD, GREET_CONTROLS[6:])
        + rows_relayed("r99-yours", YOURS, MX, LEAD, YOURS_ROWS)
        + both("yoursctl", YOURS_CTL, YOURS_CONTROLS)
        + both("left", LEFT, LEFT_ATTACKS)
        + rows_relayed("r99-leftctl", LEFT_CTL, MX, LEAD, LEFT_CONTROLS)
        + rows_quoted("r99-leftctl", LEFT_CTL, MX, LEAD, LEFT_CONTROLS[:2]))

# ---- 3. The returned copy's Bcc -----------------------------------------------------------------------------------
BCC = ("review 94's c94-bcc-only, mended in fields.quoted_headers / formats.named: a notice naming only the local part "
       "'kim' (Exim's unqualified address, Sendmail V5's 'kim... User unknown') and a returned copy whose Bcc, our "
       "sender's own header (RFC 5322 §3.6.3: the sender's copy may keep it), holds kim's address; sync's trust check "
       "(sync/planner/trust.py) still asks the sent message's To/Cc/Bcc; hand-made after review 94's c94 rows")
_WHY = "Reason: 550 5.1.1 User unknown\n"
_DATE = "Date: Thu, 3 Dec 2026 10:00:00 +0000\n"
_CHAIN = ("Hello,\nsee below.\n\n-----Original Message-----\nFrom: Pat Colleague <pat@partner.example>\nSent: "
          "Wednesday, December 2, 2026 09:00\nTo: Seller <seller@example.com>\nBcc: Kim Other <kim@partner.example>\n"
          "Subject: Pricing\n\nPlease send the price list.\n")


def _copy(name: str, named: str, own: str, chain: str = "") -> bytes:
    """A plain groupware notice naming `named`, then the returned copy's header lines `own` (and a quoted chain)."""
    return ("From: MAILER-DAEMON@mail.example.com\nTo: seller@example.com\nSubject: Undeliverable: Pricing\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <r99-{name}@mail.example.com>\nX-Hand-Made: yes (review 99)\n"
            f"Content-Type: text/plain; charset=utf-8\n\nYour message could not be delivered.\n\nRecipient: {named}\n"
            + _WHY + "\n------ This is a copy of the message. ------\n\n" + own + "\n" + (chain or "Hello.\n")).encode()


def _attached(name: str, named: str, own: str) -> bytes:
    """The same notice with the returned message as a message/rfc822 part (RFC 2046 §5.2.1)."""
    return ("From: MAILER-DAEMON@mail.example.com\nTo: seller@example.com\nSubject: Undeliverable: Pricing\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <r99-{name}@mail.example.com>\nX-Hand-Made: yes (review 99)\n"
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b99\"\n\n--b99\n"
            "Content-Type: text/plain; charset=utf-8\n\nYour message could not be delivered.\n\n"
            f"Recipient: {named}\n{_WHY}\n--b99\nContent-Type: message/rfc822\n\n{own}Subject: Pricing\n"
            f"Message-Id: <orig-{name}@example.com>\n\nHello.\n\n--b99--\n").encode()


_OWN = "From: Seller <seller@example.com>\n"
ROWS += [
    ("r99-bcc-beside-to", BCC + " (the copy's To holds lead, its Bcc kim)",
     _copy("bt", "kim", _OWN + f"To: {LEAD}\nBcc: Kim Other <{KIM}>\n" + _DATE), hard(KIM)),
    ("r99-bcc-attached-rfc822", BCC + " (the copy attached as message/rfc822 keeps its Bcc)",
     _attached("ba", "kim", _OWN + f"To: {LEAD}\nBcc: Kim Other <{KIM}>\n" + _DATE), hard(KIM)),
    ("r99-bcc-c-two-kims", BCC + " (control: two Bcc'd addresses share the local part: no guess, no recipient)",
     _copy("b2", "kim", _OWN + f"To: {LEAD}\nBcc: {KIM}, kim@other.example\n" + _DATE), []),
    ("r99-bcc-c-chain-bcc", BCC + " (control: only an older quoted message's Bcc holds kim: not ours to read)",
     _copy("bc", "kim", _OWN + f"To: {LEAD}\n" + _DATE, _CHAIN), []),
    ("r99-bcc-c-named-to", BCC + " (control: the notice names lead, the To; the Bcc'd kim did not fail)",
     _copy("bn", "lead", _OWN + f"To: {LEAD}\nBcc: Kim Other <{KIM}>\n" + _DATE), hard(LEAD)),
]
