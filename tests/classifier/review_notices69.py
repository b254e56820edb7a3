"""The sixty-ninth review: the leaver rule's known gaps after review 68 (classifier/departures.py),
each with controls where the same words mean something else. (1) "Lena Lead left Example Ltd" with
no "has": a capitalised name and a company after "left", read in the reply's own case; controls: a
message or an agent that "left" a gateway, our own sender who left, an auto-reply, a 4xx. (2) Formal
leaver sentences in de/fr/es/it/nl/pt/pl/sv/da/no/fi/cs/ja/zh/ru. (3) A redirection addressed to our
sender ("you have to write to ...") is no sign that our sender is the one who left. (4) "nicht mehr
... tätig" said of a server, a relay, a forwarding. (5) A 4xx with a leaver's words, given up after
the queue lifetime (Action: failed): the words say the person is gone and the give-up is final (and
Postfix's soft_bounce=yes turns an admin's 550 into the 450 a relay retries), so gone; controls: a
greylisting or an "administrator has left for the day" 4xx given up, and the same under a delay.

Wordings: the serverfault answer on Postfix recipient access ('550 Mary no longer works at Example Ltd.
Contact Jason, instead.'), Practical365 on departed users' addresses (a transport rule that tells
senders an address is no longer active), experto.de on a departing employee's mailbox ("nicht mehr
zu erreichen"), selfhtml's "Ihr bisheriger Ansprechpartner ... wird unser Unternehmen verlassen",
Japanese and Chinese admin guides for leavers' mailboxes (退職いたしました, 已离职: Sina and Alibaba mail
"离职" management pages). Rows: (name, source, raw, expected), expected written from the words, the
status and shared/classifier/taxonomy.md BEFORE the classifier ran. All notices HAND-MADE in the
layouts of review_notices67_layouts; test_review_notices69.py runs them."""

from __future__ import annotations

from functools import partial

from tests.classifier.notices import LEAD, relay_and_gmail, relayed
from tests.classifier.review_notices34_layouts import SOURCES as OOF_SOURCES, responder
from tests.classifier.review_notices68 import PF_FULL, _exim, _exo, _pf_full, _rcpt  # review 68's row builders
from tests.classifier.review_notices67_layouts import (
    GMAIL, GWS_RULE, PF, PF_ACCESS, PF_ACCESS_4, QMAIL, SM_VIRT, hard, qmail_own, soft)

_both = partial(relay_and_gmail, cites=(PF, GMAIL))
_RA = "<lead@example.org>: Recipient address rejected: "
_WHO = f"Lena Lead <{LEAD}>"
# Postfix gives up on a deferred recipient after maximal_queue_lifetime: Action failed, the last 4.x.x
# status and reply kept (postconf(5) maximal_queue_lifetime; bounce(8)); soft_bounce=yes (postconf(5))
# turns a 5xx into the 4xx that is then retried.
PF_GAVE_UP = (PF + "; a deferral given up after maximal_queue_lifetime (postconf(5)): Action failed, "
              "the 4.x.x status kept")
SERVERFAULT = "serverfault 919458 (Postfix recipient access: '550 Mary no longer works at Example Ltd. ...')"
EXO_OOF = OOF_SOURCES["exchange"]
# relocated(5): the admin's free text after "User has moved to" (its example "Doesn't work here anymore"),
# 5.1.6 at RCPT (smtpd_check.c, as the halolinux SUSE guide quotes the table).
PF_RELOCATED = "Postfix relocated(5) ('user has moved to <text>', 5.1.6; its example 'Doesn't work here anymore')"


def _gave_up(rid: str, reply: str, status: str, expected: list[tuple]) -> tuple:
    return (f"{rid}-postfix", PF_GAVE_UP, relayed(reply, status=status, action="failed"), expected)


ROWS: list[tuple] = [
    # ---- (1) "left" without "has": a capitalised name, a company after --------------------------------
    _rcpt("left-bare-date", PF_ACCESS, "554 5.7.1 " + _RA + "Lena Lead left Example Ltd on 30 November 2026.",
          "5.7.1", hard()),
    _exo("left-bare-contoso", "550 5.7.1 Dana Lee left Contoso in November. Please contact info@contoso.example",
         "5.7.1", hard()),
    *_both("left-bare-gws", GWS_RULE, "550 5.7.1 Lena Lead left Example GmbH. - gsmtp", "5.7.1", hard()),
    _exim("left-bare-title", "Mr Lead left Example Ltd; please write to office@example.org", hard()),
    ("left-bare-qmail", QMAIL, qmail_own("Lena Lead left ACME Corp in 2025. Write to office@example.org."), hard()),
    # Controls: a message or an agent that "left" a gateway; our own sender; an auto-reply; a 4xx.
    _exo("message-left-eop", "550 5.7.1 Your Message left Exchange Online Protection and was rejected by the next "
         "hop", "5.7.1", soft()),
    _rcpt("agent-left-queue", PF_ACCESS, "554 5.7.1 Delivery Agent left Quarantine Review: message refused",
          "5.7.1", soft()),
    _rcpt("mail-left-relay", PF_ACCESS, "554 5.7.1 Mail From Example left Relay Host: policy refusal", "5.7.1",
          soft()),
    _rcpt("our-sender-left-bare", PF_ACCESS, "554 5.7.1 Sender Sam Seller left Example Corp and is no longer "
          "authorised", "5.7.1", soft()),
    ("oof-left-bare", EXO_OOF, responder("exchange", _WHO, "en", "Lena Lead left Example Ltd on 30 November. "
     "Please write to office@example.org."), []),
    _rcpt("left-bare-4xx-delay", PF_ACCESS_4, "450 4.7.1 " + _RA + "Lena Lead left Example Ltd", "4.7.1",
          soft(delay=True)),
    # ---- (3) a redirection addressed to our sender ---------------------------------------------------
    _exim("left-you-have-to-write", "Lena has left Example Ltd, so you have to write to sales@example.org", hard()),
    _rcpt("no-longer-with-you-are-welcome", PF_ACCESS, "554 5.7.1 " + _RA + "Dana Lee is no longer with Example "
          "Ltd; you are welcome to contact info@example.org", "5.7.1", hard()),
    _rcpt("serverfault-no-longer-works-at", SERVERFAULT, "550 5.7.1 Mary no longer works at Example Ltd. Contact "
          "Jason, instead.", "5.7.1", hard()),
    # Controls: our own sender or account is the one.
    _rcpt("your-account-no-longer-with", PF_ACCESS, "550 5.7.1 Your account is no longer with Example Partners; "
          "you have to register again", "5.7.1", soft()),
    _rcpt("you-are-no-longer-employed", PF_ACCESS, "550 5.7.1 You are no longer employed by an approved supplier, "
          "you have to reapply", "5.7.1", soft()),
    # ---- (2) formal leaver sentences in other languages ---------------------------------------------
    _exo("de-ansprechpartner-nicht-mehr-bei-uns", "550 5.7.1 Ihr Ansprechpartner Herr Lead ist nicht mehr bei uns. "
         "Bitte wenden Sie sich an vertrieb@example.org.", "5.7.1", hard()),
    _exim("de-nicht-mehr-im-unternehmen-taetig", "Frau Lead ist nicht mehr im Unternehmen tätig.", hard()),
    _rcpt("de-ausgeschieden", PF_ACCESS, "554 5.7.1 " + _RA + "Herr Lead ist aus unserem Unternehmen ausgeschieden",
          "5.7.1", hard()),
    _exo("de-unser-unternehmen-verlassen", "550 5.7.1 Die Mitarbeiterin hat unser Unternehmen verlassen.", "5.7.1",
         hard()),
    _exo("fr-effectifs", "550 5.7.1 Mme Lead ne fait plus partie de nos effectifs.", "5.7.1", hard()),
    _exim("fr-au-sein", "M. Lead n'est plus au sein de notre société.", hard()),
    _exo("es-presta-servicios", "550 5.7.1 La Sra. Lead ya no presta sus servicios en Example S.A.", "5.7.1",
         hard()),
    _exim("es-labora", "Lena Lead ya no labora en la empresa.", hard()),
    _rcpt("es-se-encuentra", PF_ACCESS, "554 5.7.1 " + _RA + "Lena Lead ya no se encuentra en la empresa",
          "5.7.1", hard()),
    _exo("it-in-azienda", "550 5.7.1 La dott.ssa Lead non è più in azienda.", "5.7.1", hard()),
    _exim("it-cessato-rapporto", "Lena Lead ha cessato il rapporto di collaborazione con la nostra azienda.",
          hard()),
    _exo("nl-verbonden", "550 5.7.1 Mevrouw Lead is niet langer verbonden aan Example B.V.", "5.7.1", hard()),
    _exim("nl-ons-bedrijf-verlaten", "Lena Lead heeft ons bedrijf verlaten.", hard()),
    _exo("pt-quadro", "550 5.7.1 A Sra. Lead não faz mais parte do quadro de colaboradores.", "5.7.1", hard()),
    _exim("pt-desligada", "Lena Lead foi desligada da empresa.", hard()),
    _exo("pl-pracownikiem", "550 5.7.1 Pani Lead nie jest już pracownikiem naszej firmy.", "5.7.1", hard()),
    _exim("sv-slutat-pa", "Lena Lead har slutat på Example AB.", hard()),
    _exim("da-fratraadt", "Lena Lead er fratrådt sin stilling hos Example ApS.", hard()),
    _exo("no-fratraadt", "550 5.7.1 Lena Lead har fratrådt sin stilling i Example AS.", "5.7.1", hard()),
    _exim("fi-ei-tyoskentele", "Lena Lead ei enää työskentele yrityksessämme.", hard()),
    _exo("cs-zamestnancem", "550 5.7.1 Lena Lead již není zaměstnancem společnosti.", "5.7.1", hard()),
    _exim("cs-nepracuje", "Lena Lead u nás již nepracuje.", hard()),
    _exo("ja-taishoku", "550 5.7.1 リードは退職いたしました。営業部 sales@example.org までご連絡ください。", "5.7.1", hard()),
    _exim("zh-yilizhi", "该员工已离职，请联系 sales@example.org", hard()),
    _exo("ru-ne-rabotaet-v", "550 5.7.1 Лена Лид больше не работает в компании.", "5.7.1", hard()),
    _exim("ru-uvolilas", "Сотрудница уволилась. Пишите на sales@example.org", hard()),
    # English wordings the tables missed.
    _exim("moved-on-from", "Lena Lead has moved on from Example Ltd. Please write to office@example.org.", hard()),
    _exo("no-longer-member-of-team", "550 5.7.1 Lena Lead is no longer a member of the team.", "5.7.1", hard()),
    _rcpt("retired-from", PF_ACCESS, "554 5.7.1 " + _RA + "Lena Lead has retired from Example Ltd", "5.7.1",
          hard()),
    _rcpt("sendmail-decommissioned", SM_VIRT, "550 5.1.1 <lead@example.org>... This mailbox has been decommissioned "
          "and is no longer in use", "5.1.1", hard()),
    # Controls in the same languages: a server, our sender, an auto-reply.
    _rcpt("ru-server-ne-rabotaet", PF_ACCESS, "554 5.7.1 Этот сервер больше не работает", "5.7.1", soft()),
    _rcpt("ru-sender-ne-rabotaet", PF_ACCESS, "554 5.7.1 Отправитель больше не работает в компании", "5.7.1",
          soft()),
    _rcpt("zh-sender-lizhi", PF_ACCESS, "554 5.7.1 退信原因：发件人已离职", "5.7.1", soft()),
    _rcpt("cs-server-nepracuje", PF_ACCESS, "554 5.7.1 Tento server již nepracuje", "5.7.1", soft()),
    _rcpt("tls-retired-from-service", PF_ACCESS, "554 5.7.1 TLS 1.0 has retired from service here", "5.7.1", soft()),
    _rcpt("message-moved-on", PF_ACCESS, "554 5.7.1 The message has moved on to the next relay and was refused",
          "5.7.1", soft()),
    _rcpt("sender-not-member-team", PF_ACCESS, "554 5.7.1 Sender is no longer a member of the team", "5.7.1",
          soft()),
    ("oof-ja-taishoku", EXO_OOF, responder("gmail", _WHO, "ja", "リードは退職いたしました。今後は営業部 "
     "sales@example.org までご連絡ください。"), []),
    # ---- (4) "nicht mehr ... tätig" of a machine or a service -----------------------------------------
    _rcpt("de-server-nicht-mehr-taetig", PF_ACCESS, "554 5.7.1 Dieser Server ist nicht mehr für diese Domain tätig",
          "5.7.1", soft()),
    _rcpt("de-relay-nicht-mehr-taetig", PF_ACCESS, "554 5.7.1 Das Relay ist nicht mehr tätig", "5.7.1", soft()),
    _rcpt("de-weiterleitung-nicht-mehr-taetig", PF_ACCESS, "554 5.7.1 Die Weiterleitung ist nicht mehr tätig",
          "5.7.1", soft()),
    _rcpt("de-virenscanner-nicht-mehr-taetig", PF_ACCESS, "554 5.7.1 Der Virenscanner ist nicht mehr tätig",
          "5.7.1", soft()),
    # ---- (5) a 4xx with a leaver's words given up after the queue lifetime -----------------------------
    _gave_up("gave-up-left", "451 4.0.0 Dana Lee has left Example Ltd", "4.0.0", hard("hasmoved")),
    _gave_up("gave-up-no-longer-works", "450 4.7.1 " + _RA + "Lena Lead no longer works here", "4.7.1",
             hard("hasmoved")),
    # Controls: a greylisting or an administrator away given up; the same words under a delay.
    _gave_up("gave-up-greylist", "450 4.7.1 " + _RA + "Greylisted, please try again later", "4.7.1", soft()),
    _gave_up("gave-up-admin-left-for-day", "451 4.3.0 Our administrator has left for the day; try again later",
             "4.3.0", soft()),
    _rcpt("delay-left-bare", PF_ACCESS_4, "451 4.0.0 Dana Lee has left Example Ltd", "4.0.0", soft(delay=True)),
    # ---- Second pass, written after the first mend from the words: the new wordings' other senses ------
    _exim("left-bare-digits", "Dana Lee left 3 messages in quarantine; this one was refused", soft()),
    _rcpt("left-bare-customer-service", PF_ACCESS, "554 5.7.1 Customer Service left Example Ltd's queue: refused",
          "5.7.1", soft()),
    ("left-bare-quoted-original", PF_FULL + "; our own sales text about a leaver in the original's body",
     _pf_full("550 5.7.1 Message rejected by content policy", "5.7.1", "Hello Sam,\n\nLena Lead left Example Ltd "
              "in May, so I am writing to you instead."), soft()),
    # A person who changed department: the mailbox moved (the taxonomy's hasmoved).
    _exim("left-bare-department", "Lena Lead left Sales; please write to lead.marketing@example.org", hard()),
    _rcpt("cs-sluzba-nepracuje", PF_ACCESS, "554 5.7.1 Služba již nepracuje", "5.7.1", soft()),
    _rcpt("nl-server-niet-langer-verbonden", PF_ACCESS, "554 5.7.1 Deze server is niet langer verbonden aan het "
          "netwerk", "5.7.1", soft()),
    _rcpt("ru-sender-uvolen", PF_ACCESS, "554 5.7.1 Отправитель уволен", "5.7.1", soft()),
    _rcpt("queue-moved-on-from", PF_ACCESS, "554 5.7.1 The queue has moved on from this message", "5.7.1", soft()),
    _rcpt("mx-retired-from-duty", PF_ACCESS, "554 5.7.1 Our old MX has retired from duty; use mx2.example.org",
          "5.7.1", soft()),
    _rcpt("sender-left-you-are-welcome", PF_ACCESS, "554 5.7.1 The sender has left Example Partners; you are "
          "welcome to register again", "5.7.1", soft()),
    _rcpt("postmaster-left-for-day", PF_ACCESS, "550 5.7.1 The postmaster has left for the day; mail to this address "
          "is held", "5.7.1", soft()),
    _exim("left-for-competitor", "Lena Lead has left for a competitor.", hard()),
    _exim("de-bei-uns-taetig", "Frau Lead ist nicht mehr bei uns tätig.", hard()),
    _exo("de-fuer-firma-taetig", "550 5.7.1 Herr Lead ist nicht mehr für die Example GmbH tätig.", "5.7.1", hard()),
    _exim("de-beschaeftigt", "Herr Lead ist bei uns nicht mehr beschäftigt.", hard()),
    ("oof-zh-lizhi", OOF_SOURCES["zimbra"], responder("zimbra", _WHO, "zh", "我已离职，请联系 sales@example.org"), []),
    # ---- Third pass: relocated(5)'s own example text, and the same words under an access REJECT ----------
    _rcpt("relocated-doesnt-work-here", PF_RELOCATED, "550 5.1.6 " + _RA + "User has moved to Doesn't work here "
          "anymore", "5.1.6", hard("hasmoved")),
    _rcpt("access-doesnt-work-here", PF_ACCESS, "554 5.7.1 " + _RA + "Dana Lee doesn't work here anymore", "5.7.1",
          hard()),
    _exim("does-not-work-for-us", "Lena Lead does not work for us any more.", hard()),
    # Controls: a client, a link, a server that "doesn't work here anymore".
    _rcpt("client-doesnt-work-here", PF_ACCESS, "554 5.7.1 Your mail client doesn't work here anymore: use TLS 1.2",
          "5.7.1", soft()),
    _rcpt("link-doesnt-work-anymore", PF_ACCESS, "554 5.7.1 The unsubscribe link doesn't work here anymore",
          "5.7.1", soft()),
    _rcpt("smtputf8-doesnt-work-here", PF_ACCESS, "554 5.7.1 SMTPUTF8 does not work here any more", "5.7.1",
          soft()),
]
