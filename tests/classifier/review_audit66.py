"""Audit 66: an INDEPENDENT adversarial review of the rules session 45 added (a62a9452..1604a224): mailbox_states' new
full / quota words (Polish 'zapełniona', Czech 'zaplněná', Swedish 'har överskridits' after a quota, Turkish 'kotası
aşıldı', Dutch 'volle <box>', 容量 not after the server's disk), formats/exchange_admin.py (Exchange 2007/2010's own
'#<reply> ##' line), allow_lists.note_set_aside, the prose layouts' reply_rests.names_instead, broken.code_before and
lone.contact_object, remote/microsoft's 5.7.12, and guard.Needing's colon gate. Hand-made rows aimed at what REAL mail
could cross wrongly, costliest first: a FALSE HARD (a live address read dead: a help-desk address after a reply's 'to'
given the reply's 5.1.1; our address's absence from an allow list said with absence words the note's set-aside does not
know), a LOST HARD (a 'volle' before a hyphenated compound of the box under 5.1.1), and soft misreadings (OUR sending
quota, a recipient count, the server's disk said with the new words; an auto-reply naming a full mailbox).

Expected rows (address, hard, reasons, scope, delay; [] = no bounce; review_check) written from the sources' words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "a66-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_audit65 import ORG, ex10_custom
from tests.classifier.review_holdout50 import ANY, R, S, UU, ex_remote, exo_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, EXO_SRC, POSTFIX_SRC, QMAIL_SRC, exim, qmail
from tests.classifier.review_holds58_layouts import plain
from tests.classifier.review_leftovers65 import exim_list
from tests.classifier.review_ms65_layouts import EX2010_SRC, ex2010, ex2010_local_many

NB: list[tuple] = []
FULL = ("mailboxfull",)
SYSF = ("systemfull", "systemerror")
LATE = ("expired",)
BIG = ("mesgtoobig", "exceedlimit")
MANY = ("toomanyconn", "speeding", "exceedlimit", "expired")
SENDQ = ("speeding", "toomanyconn", "blocked", "policyviolation", "rejected", "securityerror")


def hard(a: str, reasons: tuple = UU) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


# ---- 1. exchange_admin: Exchange 2010's own '#<reply> ##' line for failures that are no dead address ---------------
EX_KB_AUTH = ("learn.microsoft.com KB 2773786 '550 5.1.1 or 550 5.7.1 NDRs when an external user sends email to a "
              "universal distribution group' ('550 5.7.1 RESOLVER.RST.AuthRequired; authentication required': the "
              "group's 'Require that all senders are authenticated', on by default in Exchange 2007/2010)")
EX_KB_SIZE = ("mskb KB 960775 (Exchange 2007's NDR quoted as '#550 5.2.3 RESOLVER.RST.RecipSizeLimit;' / 'message too "
              "large for this recipient ##', the reply wrapped over two lines)")
EX_EXPIRED = ("learn.microsoft.com 'Fix email delivery issues for error code 4.4.7 in Exchange Online' ('550 4.4.7 "
              "QUEUE.Expired; message expired': the queue gave up; RFC 3463 4.4.7 delivery time expired)")
EX_DNS = ("learn.microsoft.com 'Fix email delivery issues for error code 5.4.4 ... ' / Exchange's 'SMTPSEND.DNS."
          "NonExistentDomain; nonexistent domain' (the recipient's domain has no DNS entry: hostunknown)")
EX_SHUTOFF = ("cloudbrothers.info 'The case of the... MapiExceptionShutoffQuotaExceeded' (the NDR quotes '554 5.2.0 "
              "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process "
              "message due to a permanent exception with message Move/Copy messages failed.': the recipient's store "
              "over its quota, its user line 'There's a problem with the recipient's mailbox')")
EX_RELAY_HOST = ("review audit65's ex10_custom (Exchange 2010 writing the answering host before the '#': 'EXCH01 #550 "
                 "5.7.1 Unable to relay ##', pastebin.com/YbK982xS); the remote reply a Spamhaus listing as Postfix's "
                 "reject_rbl_client words it (smtpd_check.c 'Service unavailable; Client host [...] blocked using')")
PERM_USER = ("You do not have permission to send to this recipient. For assistance, contact your system "
             "administrator.")
SIZE_USER = "The message is too large for this recipient."
LATE_USER = ("Delivery of this message has expired. The message was not delivered in the time allowed. Please try "
             "resending the message later.")
DNS_USER = "The domain name in the e-mail address is incorrect. Check the address."
STORE_USER = ("There's a problem with the recipient's mailbox. Please try resending the message. If the problem "
              "continues, please contact your email admin.")
G1, G2, G3 = f"sales-team@{ORG}", f"k.ostrom@{ORG}", f"j.varga@{ORG}"

EXCHANGE_ROWS = [
    ("a66-ex10-authrequired-group", f"{EX2010_SRC}; {EX_KB_AUTH}: a group taking mail from authenticated senders "
     "only refuses our (unauthenticated, outside) sender; the group lives",
     ex2010("x1", G1, explain=PERM_USER, reply="550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
            status="5.7.1"), soft(G1)),
    ("a66-ex10-recipsizelimit-wrapped", f"{EX2010_SRC}; {EX_KB_SIZE}: a size limit of the recipient's, not its absence",
     ex2010("x2", G2, explain=SIZE_USER, reply="550 5.2.3 RESOLVER.RST.RecipSizeLimit;\nmessage too large for this "
            "recipient", status="5.2.3"), soft(G2, BIG)),
    ("a66-ex10-queue-expired", f"{EX2010_SRC}; {EX_EXPIRED}: the queue's time ran out (a 550 reply code, a 4.4.7 "
     "status): expired, soft",
     ex2010("x3", G3, explain=LATE_USER, reply="550 4.4.7 QUEUE.Expired; message expired", status="4.4.7"),
     soft(G3, LATE)),
    ("a66-ex10-ctl-nonexistent-domain", f"{EX2010_SRC}; {EX_DNS}: control, the domain does not exist (hard)",
     ex2010("x4", "orders@vantor-frieght.example", explain=DNS_USER, reply="554 5.4.4 SMTPSEND.DNS.NonExistentDomain; "
            "nonexistent domain", status="5.4.4"), hard("orders@vantor-frieght.example", ("hostunknown",))),
    ("a66-ex10-store-shutoff-quota", f"{EX2010_SRC}; {EX_SHUTOFF}: the store's quota exceeded, the mailbox lives",
     ex2010("x5", G2, explain=STORE_USER, reply="554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException."
            "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message "
            "Move/Copy messages failed.", status="5.2.0"), soft(G2, FULL + SYSF)),
    ("a66-ex10-host-line-blocked-no-diagnostic", f"{EX_RELAY_HOST}: the remote host's refusal of OUR IP (a blocklist) on "
     "the '##' line with the host before the '#', no Diagnostic-Code in the report",
     ex10_custom("x6", f"lena.berg@fjord-trade.example\n{PERM_USER}",
                 "lena.berg@fjord-trade.example\nmx1.fjord-trade.example #554 5.7.1 Service unavailable; Client host "
                 "[198.51.100.7] blocked using zen.spamhaus.org ##", [("lena.berg@fjord-trade.example", "5.7.1")]),
     soft("lena.berg@fjord-trade.example", ("blocked", "badreputation"), S)),
]

# ---- 2. allow_lists.note_set_aside: absence words about OUR address beside the allow-list note ---------------------
EXIM_ACL = "Exim ACL 'deny message = ...' (the admin's own text; Exim spec 'Access control lists')"
PF_ACCESS = "Postfix access(5) 'REJECT optional text...' (the admin's own text after 'Recipient address rejected:')"
EXO_RULE = ("Exchange Online mail flow rule 'Reject the message with the explanation' (the admin's own text; "
            "learn.microsoft.com 'Mail flow rule actions in Exchange Online')")
OURS = ("the absence words ('not found in whitelist', 'not recognised', 'no such user in our list of allowed senders') "
        "are about OUR address, which the list does not hold: the recipient's choice of senders (taxonomy.md sec. 7), "
        "never its absence; note_set_aside removes the note when the rest 'says the recipient is missing'")
B1, B2, B3 = "m.holm@holm-vind.example", "t.lind@lind-stal.example", "a.nyberg@nyberg-ror.example"

ALLOW_ROWS = [
    ("a66-allow-exim-address-not-found-in-whitelist", f"{EXIM_SRC}; {EXIM_ACL}: 'Address not found in whitelist: your "
     f"e-mail address is not listed on our allow list'; {OURS}",
     ex_remote("l1", B1, "550 Address not found in whitelist: your e-mail address is not listed on our allow list",
               "mx.holm-vind.example"), soft(B1, (), S)),
    ("a66-allow-pf-user-not-found-in-allow-list", f"{POSTFIX_SRC}; {PF_ACCESS}: 'User not found in allow list' (the "
     f"user being OUR sender, as the note after it says); {OURS}",
     pf_remote("l2", B2, f"554 5.7.1 <{B2}>: Recipient address rejected: User not found in allow list; your address was "
               "not found in the recipient's allow list", "5.7.1", "mx.lind-stal.example"), soft(B2, (), S)),
    ("a66-allow-exo-no-such-user-allowed-senders", f"{EXO_SRC}; {EXO_RULE}: 'No such user in our list of allowed "
     f"senders'; {OURS}",
     exo_remote("l3", B3, "550 5.7.1 No such user in our list of allowed senders: your email address is not listed on "
                "the recipient's safe senders list", "5.7.1", "nyberg-ror-example.mail.protection.outlook.com"),
     soft(B3, (), S)),
    ("a66-allow-ctl-pf-mailbox-not-found-note", f"{POSTFIX_SRC}; {PF_ACCESS}: control, 'Mailbox not found' (the "
     "recipient) with the note in parentheses: the note is a help line, the mailbox missing",
     pf_remote("l4", B2, f"550 5.1.1 <{B2}>: Recipient address rejected: Mailbox not found (note: your address is not "
               "listed on our whitelist)", "5.1.1", "mx.lind-stal.example"), hard(B2)),
]

# ---- 3. prose: an address after a reply's 'to' that is no failed recipient (code_before, names_instead) ------------
GW = "Mail Gateway <postmaster@gw.partner.example>"
GW_SRC = ("a gateway's plain failure notice (review holds58's plain layout, audit65b's pl): the remote reply quoted in "
          "its body, wrapped at the gateway's width (the whole grid's wrap_60 / wrap_40_tab do the same), the original "
          "attached")
HELP_SRC = ("an admin-written 550 text ending with where to ask for help (Postfix access(5) 'REJECT <text>', Exim "
            "':fail: <text>'): the help desk's address lives; broken.code_before gives an address after a reply's "
            "'to' that reply's code")
LEAD, KIM = "lead@partner.example", "kim@partner.example"


def gw(rid: str, reply_lines: str, orig_to: str) -> bytes:
    body = ("This is an automatically generated message from the mail gateway.\n\nYour message could not be "
            f"delivered. The remote server answered:\n\n{reply_lines}\n\nNo further attempts will be made.\n")
    return plain(rid, GW, "Undeliverable: Quick question about your Q4 logistics", body, orig_to=orig_to)


def qm_wrapped(rid: str, a: str, reply_lines: str) -> bytes:
    return qmail(rid, a, detail=f"203.0.113.25 does not like recipient.\nRemote host said: {reply_lines}\n"
                 "Giving up on 203.0.113.25.")


PROSE_ROWS = [
    ("a66-cb-gw-help-send-a-message-to", f"{GW_SRC}; {HELP_SRC} ('send a message to' the help desk, wrapped before "
     "its address); two original recipients, the reply naming the dead one",
     gw("p1", f"    550 5.1.1 <{LEAD}>: Recipient address rejected: no such user. For help, send a message to\n"
        "    <it-help@partner.example> from another account.", f"{LEAD}, {KIM}"), hard(LEAD)),
    ("a66-cb-qmail-mail-goes-to-wrapped", f"{QMAIL_SRC}, its reply wrapped by a relaying gateway; {HELP_SRC} ('mail "
     "for the sales team goes to' another address)",
     qm_wrapped("p2", LEAD, "550 5.1.1 Unknown recipient. Mail for the sales team goes to\n<sales@partner.example> "
                "from now on."), hard(LEAD)),
    ("a66-ni-exim-resend-to-will-not-be-read", f"{EXIM_SRC}; an admin's ':fail:' text naming where to write instead, "
     "then a dash and a sentence with 'not' about the OLD address (reply_rests.names_instead takes any failure word "
     "after the address as the named one's own failure)",
     exim("p3", LEAD, detail=f"host mx.partner.example [203.0.113.30]\n    SMTP error from remote mail server after RCPT "
          f"TO:<{LEAD}>:\n    550 5.1.1 This mailbox is no longer monitored. Please resend your message to "
          "info@partner.example - messages to this address will not be read"), hard(LEAD)),
    ("a66-ni-ctl-qmail-now-forwarded-to", f"{QMAIL_SRC}; Postfix relocated(5)-like text of an admin ('551 5.1.6 User "
     "has moved; mail is now forwarded to <x>'): control, the new address is no failed recipient, the old has moved",
     qm_wrapped("p4", LEAD, "551 5.1.6 User has moved; mail is now forwarded to <lena@newco.example>"),
     hard(LEAD, ("hasmoved", "userunknown"))),
    ("a66-ni-exim-two-instead-address-failed-too", f"{EXIM_SRC} (two entries, review leftovers65's exim_list); an "
     "admin's 'please resend to <kim>' in the first entry's reply, and kim's OWN entry failing too: the address named "
     "instead is no failed recipient on that line, but its own entry still is",
     exim_list("p5", [(LEAD, "mx.partner.example", f"550 5.1.1 User unknown - please resend to {KIM}"),
                      (KIM, "mx.partner.example", "550 5.1.1 User unknown")]), hard(LEAD) + hard(KIM)),
]

# ---- 4. mailbox_states: the new words where no recipient's box is full, and a lost hard ---------------------------
OUR_RELAY = ("our own smarthost refusing at MAIL FROM for OUR account's sending limit (taxonomy s7: the sender's "
             "scope), in the language of a provider of that country")
TR_SEND = ("Turkish hosts' wording of a sending limit ('gönderim limiti / kotası', blog.bilhost.com 'Mail Gönderim "
           "Limiti Nedir?'; Google's tr help 'E-posta gönderme sınırına ulaştınız')")
SV_SEND = "Swedish 'kvot för skickade meddelanden' (a quota of sent messages) with the quota65 mend's 'har överskridits'"
CS_SEND = "Czech 'odesílací kvóta' (sending quota) of the sender's box with the quota65 mend's 'zaplněná'"
DISK = ("RFC 5321 s4.2.2 452 'insufficient system storage', RFC 3463 4.3.1 'Mail system full' (the server's disk: "
        "taxonomy systemfull), given up by Postfix, in the server's language")
VOLLE = ("'voll(e)' as 'complete' (Duden 'voll' 2: 'vollständig'; Van Dale 'vol' = 'volledig') before a HYPHENATED "
         "compound of the box's noun ('Postfach-Adresse', 'mailbox-adres': German and Dutch hyphenate such compounds), "
         "which audit65's '(?![a-zà-ÿ])' after the noun lets through")
OUTMAIL = ("support.prolateral.com 'What does SMTP 554 5.7.1 mean?' (outMail, a smarthost: '554 5.7.1 <email>: "
           "Recipient address rejected: You have exceeded your Outmail quota.': OUR sending quota, under the "
           "recipient's address)")
OOO = ("RFC 3834 auto-reply (Auto-Submitted: auto-replied) with Outlook's Dutch subject prefix 'Automatisch "
       "antwoord:'; its text says the writer's mailbox is full after a holiday: no bounce (taxonomy sec. 5)")
TR_MX, SV_MX, PL_MX, CS_MX = ("mail.karadeniz-tekstil.com.tr", "mx.vasterby-bygg.se", "mx.mazowsze-meble.pl",
                              "mx.ostrava-hutni.cz")
OUR_MX = "smtp-out.example-relay.net"

MAILBOX_ROWS = [
    ("a66-pf-tr-gonderim-kotasi-posta-kutusu", f"{POSTFIX_SRC}; {OUR_RELAY}; {TR_SEND}",
     pf_remote("m1", "satinalma@karadeniz-tekstil.com.tr", "550 5.7.1 Bu posta kutusunun saatlik gönderim kotası aşıldı",
               "5.7.1", OUR_MX, command="MAIL FROM"), soft("satinalma@karadeniz-tekstil.com.tr", SENDQ, S)),
    ("a66-pf-sv-kvot-skickade-meddelanden", f"{POSTFIX_SRC}; {OUR_RELAY}; {SV_SEND}",
     pf_remote("m2", "inkop@vasterby-bygg.se", "550 5.7.1 Din kvot för skickade meddelanden har överskridits", "5.7.1",
               OUR_MX, command="MAIL FROM"), soft("inkop@vasterby-bygg.se", SENDQ, S)),
    ("a66-pf-sv-kvoten-antal-mottagare", f"{POSTFIX_SRC}; RFC 3463 x.5.3 (too many recipients), Swedish 'kvoten för "
     "antal mottagare' (the quota of recipients per message) with 'har överskridits', given up",
     pf_remote("m3", "ekonomi@vasterby-bygg.se", "452 4.5.3 Kvoten för antal mottagare per meddelande har överskridits",
               "4.5.3", SV_MX), soft("ekonomi@vasterby-bygg.se", MANY)),
    ("a66-pf-pl-partycja-serwera-zapelniona", f"{POSTFIX_SRC}; {DISK}: Polish 'partycja' (feminine, as 'skrzynka') of "
     "the SERVER filled up, the box named only as where the message could not be written",
     pf_remote("m4", "biuro@mazowsze-meble.pl", "452 4.3.1 Nie można zapisać wiadomości do skrzynki: partycja serwera "
               "jest zapełniona", "4.3.1", PL_MX), soft("biuro@mazowsze-meble.pl", SYSF)),
    ("a66-pf-zh-server-storage-capacity", f"{POSTFIX_SRC}; {DISK}: Chinese '服务器存储容量不足' (the server's storage "
     "capacity short: 存储 between 服务器 and 容量, which the quota65 mend's look-behinds do not reach)",
     pf_remote("m5", "sales@huadong-jixie.example", "452 4.3.1 服务器存储容量不足，请稍后重试", "4.3.1",
               "mx.huadong-jixie.example"), soft("sales@huadong-jixie.example", SYSF)),
    ("a66-pf-ja-server-no-disk-no-yoryo", f"{POSTFIX_SRC}; {DISK}: Japanese 'サーバーのディスクの容量が不足しています' "
     "(the server's disk's capacity: の between ディスク and 容量)",
     pf_remote("m6", "eigyo@hokuriku-denki.co.jp", "452 4.3.1 サーバーのディスクの容量が不足しています", "4.3.1",
               "mx.hokuriku-denki.co.jp"), soft("eigyo@hokuriku-denki.co.jp", SYSF)),
    ("a66-ooo-nl-volle-mailbox", OOO,
     plain("m7", "Joost de Vries <j.devries@zeeland-havens.nl>", "Automatisch antwoord: Quick question about your Q4 "
           "logistics", "Bedankt voor uw bericht. Ik ben tot en met 14 december afwezig. Na mijn vakantie heb ik een "
           "volle mailbox, dus het kan even duren voordat ik reageer. Voor dringende zaken kunt u contact opnemen met "
           "info@zeeland-havens.nl.\n", extra="Auto-Submitted: auto-replied\n"), NB),
    ("a66-pf-cs-odesilaci-kvota-schranky", f"{POSTFIX_SRC}; {OUR_RELAY}; {CS_SEND}",
     pf_remote("m8", "obchod@ostrava-hutni.cz", "550 5.7.1 Odesílací kvóta vaší schránky je zaplněná", "5.7.1", OUR_MX,
               command="MAIL FROM"), soft("obchod@ostrava-hutni.cz", SENDQ, S)),
    ("a66-pf-de-volle-postfach-adresse-hyphen", f"{POSTFIX_SRC}; {VOLLE}: German under 5.1.1, the recipient unknown",
     pf_remote("m9", "einkauf@rheintal-maschinen.de", "550 5.1.1 Empfänger unbekannt: bitte prüfen Sie die volle "
               "Postfach-Adresse", "5.1.1", "mx.rheintal-maschinen.de"), hard("einkauf@rheintal-maschinen.de")),
    ("a66-pf-nl-volle-mailbox-adres-hyphen", f"{POSTFIX_SRC}; {VOLLE}: Dutch under 5.1.1, the user unknown",
     pf_remote("m10", "inkoop@zeeland-havens.nl", "550 5.1.1 Onbekende gebruiker: controleer het volle mailbox-adres "
               "van de ontvanger", "5.1.1", "mx.zeeland-havens.nl"), hard("inkoop@zeeland-havens.nl")),
    ("a66-pf-outmail-quota-recipient-rejected", f"{POSTFIX_SRC}; {OUTMAIL}",
     pf_remote("m11", "orders@nordkap-fisk.example", "554 5.7.1 <orders@nordkap-fisk.example>: Recipient address "
               "rejected: You have exceeded your Outmail quota.", "5.7.1", OUR_MX),
     soft("orders@nordkap-fisk.example", SENDQ, S)),
    ("a66-pf-tr-disk-kapasitesi-asildi", f"{POSTFIX_SRC}; {DISK}: Turkish 'sunucu disk kapasitesi aşıldı' (the "
     "server's disk capacity exceeded; the quota65 mend's 'kapasitesi aşıldı'), the box named after it as where the "
     "message could not be written",
     pf_remote("m12", "ihracat@karadeniz-tekstil.com.tr", "452 4.3.1 Sunucu disk kapasitesi aşıldı; posta kutusuna "
               "yazılamadı", "4.3.1", TR_MX), soft("ihracat@karadeniz-tekstil.com.tr", SYSF)),
]

# ---- 5. controls: microsoft's 5.7.12 relayed by Postfix; guard.Needing's full-width colon -------------------------
MS_5712 = ("learn.microsoft.com 'Fix email delivery issues for error code 5.7.12 in Exchange Online' ('550 5.7.12 "
           "The sender was not authenticated by organization': the recipient takes mail from inside its organisation "
           "only)")
ZH_LABEL = ("a Chinese gateway's plain notice labelling the recipient '收件人：' with the FULL-WIDTH colon (formats/"
            "recipients._LABEL's '[:：]'; guard.Needing's gate passes '\\uff1a'), the reason a 5.1.1 reply")

CONTROL_ROWS = [
    ("a66-ctl-pf-exo-5712-not-authenticated-by-org", f"{POSTFIX_SRC}; {MS_5712}",
     pf_remote("c1", "rfq@tanaka-buhin.example", "550 5.7.12 The sender was not authenticated by organization. For "
               "more information see https://aka.ms/EXOSmtpErrors", "5.7.12",
               "tanakabuhin-example.mail.protection.outlook.com"), soft("rfq@tanaka-buhin.example", ("filtered",))),
    ("a66-ctl-gw-zh-fullwidth-label", ZH_LABEL,
     plain("c2", "系统退信 <postmaster@gw.huadong-jixie.example>", "退信: Quick question about your Q4 logistics",
           "您发送的邮件未能送达。\n\n收件人：sales@huadong-jixie.example\n原因：550 5.1.1 用户不存在 (user unknown)\n",
           orig_to="sales@huadong-jixie.example"), hard("sales@huadong-jixie.example")),
]

# ---- 6. second batch (written after the first run and the mends, expectations before these rows ran) ------------
DE_HEADS = ("Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:", "Diagnoseinformationen für "
            "Administratoren:", "Generierender Server:")
NOUSER_DE = ("Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und "
             "versuchen Sie dann, die Nachricht erneut zu senden.")
SECOND_ROWS = [
    ("a66-ex10-de-heads-recipnotfound", f"{EX2010_SRC}, in German (Exchange localises the NDR's headings and user "
     "text, not the '#<reply> ##' line: learn.microsoft.com's German NDR articles quote it in English): control, the "
     "user missing (hard)",
     ex10_custom("y1", f"h.weber@{ORG}\n{NOUSER_DE}", f"h.weber@{ORG}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not "
                 "found ##", [(f"h.weber@{ORG}", "5.1.1")], heads=DE_HEADS), hard(f"h.weber@{ORG}")),
    ("a66-ex10-two-authrequired-and-notfound", f"{EX2010_SRC} (review ms65's ex2010_local_many); {EX_KB_AUTH}: the "
     "group refuses our unauthenticated sender (soft), the other recipient is missing (hard): each read by its own "
     "'##' line",
     ex2010_local_many("y2", [(G1, "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "5.7.1"),
                              (G3, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1")], explain=PERM_USER),
     soft(G1) + hard(G3)),
]

ROWS = EXCHANGE_ROWS + ALLOW_ROWS + PROSE_ROWS + MAILBOX_ROWS + CONTROL_ROWS + SECOND_ROWS

# ---- Mend rows: written with the mends, expectations before they ran; failing rows and their controls --------------
MEND = "audit66's mend rows (expectations written before they ran)"
MEND_ROWS = [
    ("a66m-allow-exim-mailbox-unknown-to-allow-list", f"{EXIM_SRC}; {EXIM_ACL}: 'Mailbox unknown to the allow list' "
     f"(OUR mailbox, which the list does not hold); {OURS}; {MEND}",
     ex_remote("n1", B1, "550 Mailbox unknown to the allow list: your address was not found in the recipient's allow "
               "list", "mx.holm-vind.example"), soft(B1, (), S)),
    ("a66m-allow-ctl-pf-unknown-in-virtual-table-note", f"{POSTFIX_SRC} (smtpd_check.c 'User unknown in virtual "
     f"mailbox table'); {PF_ACCESS}: control, absence words placed in a table of the server's, not a list of senders, "
     f"the note beside them; {MEND}",
     pf_remote("n2", B2, f"550 5.1.1 <{B2}>: Recipient address rejected: User unknown in virtual mailbox table; your "
               "address is not listed on our whitelist", "5.1.1", "mx.lind-stal.example"), hard(B2)),
    ("a66m-allow-ctl-exo-no-such-user-here-note", f"{EXO_SRC}; {EXO_RULE}: control, 'No such user here' (the "
     f"recipient) and the note; {MEND}",
     exo_remote("n3", B3, "550 5.1.1 No such user here (your address is not listed on our whitelist)", "5.1.1",
                "nyberg-ror-example.mail.protection.outlook.com"), hard(B3)),
    ("a66m-volle-ctl-nl-volle-mailbox-dash", f"{POSTFIX_SRC}; review quota65's Dutch 'wegens een volle mailbox' "
     f"(domein-registreren.nl), a spaced dash after the noun: still full; {MEND}",
     pf_remote("n4", "inkoop@zeeland-havens.nl", "452 4.2.2 Bericht geweigerd wegens een volle mailbox - probeer het "
               "later opnieuw", "4.2.2", "mx.zeeland-havens.nl"), soft("inkoop@zeeland-havens.nl", FULL)),
    ("a66m-ni-qmail-please-write-to-not-read", f"{QMAIL_SRC}; an admin's text naming where to write instead, a dash "
     f"and a sentence with 'not' about the old address; {MEND}",
     qm_wrapped("n5", LEAD, "550 5.1.1 This address is closed. Please write to info@partner.example - mail to the old "
                "address is not read"), hard(LEAD)),
    ("a66m-ni-ctl-gw-please-note-forwarding-failed", f"{GW_SRC}; control, 'Please note: forwarding to <a> failed' (a "
     f"note, not a request to send): the address named is the failed one; {MEND}",
     gw("n6", f"    550 5.1.1 Please note: forwarding to <{LEAD}> failed - no such user", f"{LEAD}, {KIM}"),
     hard(LEAD)),
    ("a66m-ni-qmail-wrapped-request-address-opens-line", f"{QMAIL_SRC}, its reply wrapped by a relaying gateway so "
     f"the address to write to opens the next line; an admin's request naming it, a dash and 'not' about the old "
     f"address (the grid's wrap_50_flush of a66-ni-exim-resend-to-will-not-be-read: info@ read failed and hard); {MEND}",
     qm_wrapped("n11", LEAD, "550 5.1.1 This address is closed. Please resend your message to\ninfo@partner.example - "
                "mail to the old address is not read"), hard(LEAD)),
    ("a66m-ni-ctl-gw-wrapped-delivered-to-opens-line", f"{GW_SRC}; control, a reply wrapped before the failed address "
     f"it names with no request ('could not be delivered to' / '<lead> - no such user'): the address is the failed "
     f"one; {MEND}",
     gw("n12", f"    550 5.1.1 Your message could not be delivered to\n{LEAD} - no such user", f"{LEAD}, {KIM}"),
     hard(LEAD)),
    ("a66m-q-ctl-zh-mailbox-storage-capacity", f"{POSTFIX_SRC}; control of the 容量 look-behinds: '收件人邮箱存储容量"
     f"不足' (the recipient's MAILBOX storage capacity short): full; {MEND}",
     pf_remote("n7", "sales@huadong-jixie.example", "552 5.2.2 收件人邮箱存储容量不足", "5.2.2",
               "mx.huadong-jixie.example"), soft("sales@huadong-jixie.example", FULL)),
    ("a66m-q-ctl-ja-mailbox-no-yoryo", f"{POSTFIX_SRC}; control: 'メールボックスの容量が不足しています' (the mailbox's "
     f"capacity): full; {MEND}",
     pf_remote("n8", "eigyo@hokuriku-denki.co.jp", "552 5.2.2 メールボックスの容量が不足しています", "5.2.2",
               "mx.hokuriku-denki.co.jp"), soft("eigyo@hokuriku-denki.co.jp", FULL)),
    ("a66m-q-ctl-sv-kvoten-mottagarens-brevlada", f"{POSTFIX_SRC}; control: 'Kvoten för mottagarens brevlåda har "
     f"överskridits' (review quota65's words: the recipient's box), under a bare 550; {MEND}",
     pf_remote("n9", "inkop@vasterby-bygg.se", "550 Kvoten för mottagarens brevlåda har överskridits", "5.0.0", SV_MX),
     soft("inkop@vasterby-bygg.se", FULL)),
    ("a66m-q-ctl-cs-schranka-na-serveru-zaplnena", f"{POSTFIX_SRC}; control of the mend's Czech side: 'Schránka "
     f"příjemce na serveru je zaplněná' (the recipient's box ON the server: Czech 'na serveru' is the locative, the same "
     f"form as the genitive 'serveru'): full; {MEND}",
     pf_remote("n13", "obchod@ostrava-hutni.cz", "550 Schránka příjemce na serveru je zaplněná", "5.0.0", CS_MX),
     soft("obchod@ostrava-hutni.cz", FULL)),
    ("a66m-q-ctl-pl-skrzynka-serwera-zapelniona", f"{POSTFIX_SRC}; control: 'Skrzynka odbiorcy na tym serwerze jest "
     f"zapełniona' (the recipient's box, on this server): full; {MEND}",
     pf_remote("n10", "biuro@mazowsze-meble.pl", "550 Skrzynka odbiorcy na tym serwerze jest zapełniona", "5.0.0",
               PL_MX), soft("biuro@mazowsze-meble.pl", FULL)),
]
