"""Audit 67: an adversarial review of the classifier mends of session 46 (1604a224..06a1eb1d): exceeded_limits.NotOtherLimit
(a loose de/nl/pl 'exceeded' in a clause about a time limit or the message's size is no full mailbox; the box's own size
stays full), mailbox_states' Swedish 'för (antal) mottagare' and the box's own quota for a named recipient,
allow_lists._recipient_missing (absence words placed in a list of senders), reply_rests.names_instead's request
('please resend to x'), formats/exchange_admin's '#SMTP#' line, and dns_names. Hand-made rows aimed at what REAL mail
could cross wrongly: the box named in the open or hyphenated spellings German and Dutch hosts use ('E-Mail Postfach',
'Postfach-Größe', 'die Mailbox', 'mailbox-grootte'), a quoted recipient after the Swedish quota, a request worded without
'please ' ('Please, resend', 'Kindly resend') followed by a sentence about the OLD address, a list of trusted senders the
mend does not name, a recipient whitelist beside our note, our smarthost refusing relay on Exchange 2010's line.

The speed gates (remote tags' strongest set, Wording.uses' required sets, success_sentences' guard.Fast, intros' words,
Words through alternatives.tried) were audited by program, not rows: every gated pattern's own matches drawn with
hypothesis.strategies.from_regex (22,554 strings; intros and _SAID also upper- and title-cased) and every review row
classified with each gate compared with its ungated search (as is and upper-cased): no gate skipped a match.

Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from the sources' words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "a67-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_audit65 import ex10_custom
from tests.classifier.review_audit66 import KIM, LEAD, gw, qm_wrapped
from tests.classifier.review_holdout50 import ANY, R, S, UU, ex_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, POSTFIX_SRC, QMAIL_SRC, exim
from tests.classifier.review_ms65_layouts import EX2010_SRC

FULL = ("mailboxfull",)
BIG = ("mesgtoobig", "exceedlimit")
MANY = ("toomanyconn", "speeding", "exceedlimit", "expired")


def hard(a: str, reasons: tuple = UU) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


# ---- 1. exceeded_limits: the box in the open or hyphenated spellings, 'die Mailbox' ---------------------------------
EBBLOGS = ("ebblogs.de 'E-Mail Postfach voll? 10 Tipps' ('Ein E-Mail Postfach (Mailbox) ist ein Briefkasten im Internet', "
           "'Ein volles E-Mail Postfach erkennen'): German writers spell the box's compound open, 'E-Mail Postfach'")
MAILBOX_DE = ("4ws-netdesign.de 'Warum ist meine Mailbox voll?' ('landen zuerst ... in Ihrer persönlichen Mailbox. Diese "
              "Mailbox hat allerdings ein begrenztes Volumen'): German hosts call the box 'die Mailbox'")
HYPHEN_DE = ("mittwald.de FAQ 'mail quota warning' ('So erweiterst du den Postfach-Speicherplatz', 'Postfachgröße "
             "ändern'): German hosts write the box's compounds hyphenated too (Duden: Bindestrich in Zusammensetzungen)")
HYPHEN_NL = ("Dutch spelling (Woordenlijst: a hyphen in a compound of a loan word for clarity, 'mailbox-instellingen'); "
             "renaissance.nl 'Mailbox quota overschreden' ('de grootte van uw mailbox'): the box's size")
FULL_MEANT = "a full mailbox (RFC 3463 x.2.2) under a bare 550, the text the only sign: soft, mailboxfull"
DE_SIZE = ("RFC 3463 5.3.4 'Message too big for system' in German (schieb.de '5.3.4 - Die E-Mail ist zu groß'); the "
           "MESSAGE's size beside the box")
DE_MX, NL_MX = "mx.lahn-textil.de", "mx.drenthe-staal.nl"

EXCEEDED_ROWS = [
    ("a67-el-de-email-postfach-open-maximale-groesse", f"{POSTFIX_SRC}; {EBBLOGS}; {FULL_MEANT} (the open spelling "
     "'E-Mail Postfach': the box, no message noun)",
     pf_remote("e1", "h.becker@lahn-textil.de", "550 Das E-Mail Postfach hat seine maximale Größe überschritten", "5.0.0",
               DE_MX), soft("h.becker@lahn-textil.de", FULL)),
    ("a67-el-de-nachricht-groesse-der-mailbox", f"{EXIM_SRC}; {MAILBOX_DE}; {FULL_MEANT} (the box's size in the "
     "genitive of 'die Mailbox', the message named as what was refused)",
     ex_remote("e2", "i.schulz@lahn-textil.de", "550 Nachricht abgelehnt: maximale Größe der Mailbox überschritten",
               DE_MX), soft("i.schulz@lahn-textil.de", FULL)),
    ("a67-el-de-email-postfach-groesse-hyphen", f"{POSTFIX_SRC}; {HYPHEN_DE}; {FULL_MEANT} ('Postfach-Größe': the box's "
     "size)",
     pf_remote("e3", "j.wolf@lahn-textil.de", "550 E-Mail abgelehnt: Postfach-Größe überschritten", "5.0.0", DE_MX),
     soft("j.wolf@lahn-textil.de", FULL)),
    ("a67-el-nl-bericht-mailbox-grootte-hyphen", f"{EXIM_SRC}; {HYPHEN_NL}; {FULL_MEANT} ('mailbox-grootte')",
     ex_remote("e4", "p.visser@drenthe-staal.nl", "550 Bericht geweigerd: maximale mailbox-grootte overschreden", NL_MX),
     soft("p.visser@drenthe-staal.nl", FULL)),
    ("a67-el-de-ctl-email-zu-gross-nachrichtengroesse", f"{EXIM_SRC}; {DE_SIZE}; control (the message's size, "
     "'Nachrichtengröße', beside the box: no full mailbox)",
     ex_remote("e5", "k.koch@lahn-textil.de", "552 5.3.4 E-Mail zu groß für das Postfach: maximale Nachrichtengröße "
               "überschritten", DE_MX), soft("k.koch@lahn-textil.de", BIG)),
    ("a67-el-de-ctl-speicherplatz-email-postfach-open", f"{POSTFIX_SRC}; {EBBLOGS}; {HYPHEN_DE}; control (the box's "
     "store named: full either way)",
     pf_remote("e6", "l.braun@lahn-textil.de", "550 Nachricht abgelehnt: Speicherplatz des E-Mail Postfachs überschritten",
               "5.0.0", DE_MX), soft("l.braun@lahn-textil.de", FULL)),
]

# ---- 2. mailbox_states: the Swedish quota FOR a recipient quoted ------------------------------------------------------
SV_FULL = ("RFC 3463 5.2.2 in Swedish as a host's template names the recipient after the quota ('Kvoten för mottagare "
           "<address> har överskridits', review audit66b's row), here with the address in quotation marks as templates "
           "quote a value: the recipient's box quota, under a bare 550")
SV_COUNT = ("RFC 3463 x.5.3 'Too many recipients' in Swedish ('kvoten för mottagare per timme': a count of recipients an "
            "hour, no address after), given up")
SV_MX = "mx.umea-moebler.se"
MAILBOX_ROWS = [
    ("a67-ms-sv-kvoten-for-mottagare-quoted", f"{POSTFIX_SRC}; {SV_FULL}",
     pf_remote("q1", "order@umea-moebler.se", "550 Kvoten för mottagare \"order@umea-moebler.se\" har överskridits",
               "5.0.0", SV_MX), soft("order@umea-moebler.se", FULL)),
    ("a67-ms-sv-ctl-kvoten-for-mottagare-per-timme", f"{POSTFIX_SRC}; {SV_COUNT}; control",
     pf_remote("q2", "order@umea-moebler.se", "452 4.5.3 Kvoten för mottagare per timme har överskridits", "4.5.3", SV_MX),
     soft("order@umea-moebler.se", MANY)),
]

# ---- 3. names_instead: a request to write elsewhere not opened by 'please ' ------------------------------------------
GW_SRC = ("a gateway's plain failure notice (review audit66's gw layout): the remote reply quoted in its body, the "
          "original attached (two original recipients)")
MOVED = ("an admin's closure text (Postfix access(5) 'REJECT <text>', Exim ':fail: <text>') naming where to write "
         "instead, then a dash and a sentence about the OLD address (audit66's 'Please resend your message to info@ - "
         "messages to this address will not be read'), the request worded {how}: the address named lives, the closed "
         "one is the failed recipient")
NAMES_ROWS = [
    ("a67-ni-gw-please-comma-resend-to-kim-not-read", f"{GW_SRC}; " + MOVED.format(how="'Please, resend' (a comma after "
     "'please')"),
     gw("n1", f"    550 5.1.1 This mailbox is closed. Please, resend your message to <{KIM}> - mail to this address is "
        "not read", f"{LEAD}, {KIM}"), hard(LEAD)),
    ("a67-ni-gw-kindly-resend-to-kim-no-longer-read", f"{GW_SRC}; " + MOVED.format(how="'Kindly resend' (British and "
     "Indian English office style)"),
     gw("n2", f"    550 5.1.1 This mailbox is no longer in use. Kindly resend your message to <{KIM}> - messages to "
        "this address will not be read", f"{LEAD}, {KIM}"), hard(LEAD)),
    ("a67-ni-qmail-please-resend-upper-to-kim", f"{QMAIL_SRC}; " + MOVED.format(how="in capitals ('PLEASE RESEND')"),
     qm_wrapped("n3", LEAD, f"550 5.1.1 THIS MAILBOX IS CLOSED. PLEASE RESEND YOUR MESSAGE TO <{KIM}> - MAIL TO THIS "
                "ADDRESS IS NOT READ"), hard(LEAD)),
    ("a67-ni-ctl-gw-please-resend-to-kim-correct", f"{GW_SRC}; " + MOVED.format(how="'Please resend' (the mend's own "
     "words); control"),
     gw("n4", f"    550 5.1.1 This mailbox is closed. Please resend your message to <{KIM}> - mail to this address is "
        "not read", f"{LEAD}, {KIM}"), hard(LEAD)),
]

# ---- 4. allow_lists._recipient_missing: lists the mend does not name, and a list of recipients ----------------------
PF_ACCESS = "Postfix access(5) 'REJECT optional text...' (the admin's own text after 'Recipient address rejected:')"
TRUSTED = ("learn.microsoft.com Set-MailboxJunkEmailConfiguration (-TrustedSendersAndDomains, 'Safe Senders and "
           "Recipients'): a list of TRUSTED senders; 'Sender not found in trusted senders list' is OUR sender's absence, "
           "the recipient's choice under 5.7.1 (soft)")
RECIP_WHITE = ("a relay gateway's list of valid RECIPIENTS (Postfix relay_recipient_maps, 'the list of all valid "
               "recipient addresses', admins' 'whitelist'): 'User not found in whitelist' under 5.1.1 is the recipient "
               "missing from it (hard), whatever the help note after it says of our address")
A1, A2 = "m.laine@oulu-teras.example", "s.berg@narvik-fisk.example"
ALLOW_ROWS = [
    ("a67-allow-pf-sender-not-found-trusted-senders", f"{POSTFIX_SRC}; {PF_ACCESS}; {TRUSTED}",
     pf_remote("w1", A1, f"554 5.7.1 <{A1}>: Recipient address rejected: Sender not found in trusted senders list; your "
               "address was not found in the recipient's allow list", "5.7.1", "mx.oulu-teras.example"),
     soft(A1, (), S)),
    ("a67-allow-pf-user-not-found-in-whitelist-with-note", f"{POSTFIX_SRC}; {PF_ACCESS}; {RECIP_WHITE}",
     pf_remote("w2", A2, f"550 5.1.1 <{A2}>: Recipient address rejected: User not found in whitelist. Note: if your "
               "address was not found in our allow list, contact postmaster", "5.1.1", "mx.narvik-fisk.example"),
     hard(A2)),
]

# ---- 5. exchange_admin's '#SMTP#' line: our smarthost refusing relay, a wrapped full mailbox --------------------------
EX_PAGE = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (the line '#<exchange."
           "contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#' under the address)")
EX_RELAY = (f"{EX2010_SRC}; {EX_PAGE}; Postfix smtpd_check.c 'Relay access denied' (554 5.7.1) from the org's own "
            "smarthost on the line: a refusal of relaying, never the recipient's absence (soft)")
EX_WRAP = (f"{EX2010_SRC}; {EX_PAGE}; Dovecot LDA/LMTP 'Quota exceeded (mailbox for user is full)' (552 5.2.2): the line "
           "wrapped inside the reply by a width (review audit66's mend read it wrapped between its parts): full")
ORG = "corp.haugesund-olje.no"
EXCHANGE_ROWS = [
    ("a67-ex10-smarthost-relay-access-denied", EX_RELAY,
     ex10_custom("x1", f"t.nilsen@{ORG}\n", f"t.nilsen@{ORG}\nsmarthost.{ORG} #<smarthost.{ORG} #5.7.1 smtp;554 5.7.1 "
                 f"<t.nilsen@{ORG}>: Relay access denied> #SMTP#", [(f"t.nilsen@{ORG}", "5.7.1")],
                 server=f"EXCH01.{ORG}"), soft(f"t.nilsen@{ORG}")),
    ("a67-ex10-line-wrapped-inside-reply-full", EX_WRAP,
     ex10_custom("x2", f"a.hansen@{ORG}\n", f"a.hansen@{ORG}\nmx.{ORG} #<mx.{ORG} #5.2.2 smtp;552 5.2.2 Quota exceeded\n"
                 "(mailbox for user is full)> #SMTP#", [(f"a.hansen@{ORG}", "5.0.0")], server=f"EXCH01.{ORG}"),
     soft(f"a.hansen@{ORG}", FULL)),
]

ROWS = EXCEEDED_ROWS + MAILBOX_ROWS + NAMES_ROWS + ALLOW_ROWS + EXCHANGE_ROWS

# ---- Mend rows: written with the mends, expectations before they ran; failing rows and their controls --------------
MEND = "audit67's mend rows (expectations written before they ran)"
EXIM_MOVED = (f"{EXIM_SRC}; an admin's ':fail:' text (audit66's a66-ni-exim-resend-to-will-not-be-read) naming where to "
              "write instead, the request worded {how}, then a sentence about the OLD address: info@ lives, the closed "
              "address is the failed recipient (5.1.1, hard)")


def exim_moved(rid: str, request: str) -> bytes:
    return exim(rid, LEAD, detail=f"host mx.partner.example [203.0.113.30]\n    SMTP error from remote mail server after "
                f"RCPT TO:<{LEAD}>:\n    550 5.1.1 This mailbox is no longer monitored. {request} - messages to this "
                "address will not be read")


MEND_ROWS = [
    ("a67m-ni-exim-please-comma-resend", EXIM_MOVED.format(how="'Please, resend'") + f"; {MEND}",
     exim_moved("m1", "Please, resend your message to info@partner.example"), hard(LEAD)),
    ("a67m-ni-exim-kindly-resend", EXIM_MOVED.format(how="'Kindly resend'") + f"; {MEND}",
     exim_moved("m2", "Kindly resend your message to info@partner.example"), hard(LEAD)),
    ("a67m-ni-exim-we-kindly-ask-you-to-resend", EXIM_MOVED.format(how="'We kindly ask you to resend'") + f"; {MEND}",
     exim_moved("m3", "We kindly ask you to resend your message to info@partner.example"), hard(LEAD)),
    ("a67m-ni-ctl-exim-please-comma-do-not-resend-dead", f"{EXIM_SRC}; control, 'Please, do not resend to <the dead "
     f"address>' (no request to write elsewhere: the address named is the failed one); {MEND}",
     exim("m4", LEAD, detail=f"host mx.partner.example [203.0.113.30]\n    SMTP error from remote mail server after RCPT "
          f"TO:<{LEAD}>:\n    550 5.1.1 Address unknown. Please, do not resend to {LEAD} - this address does not "
          "exist"), hard(LEAD)),
    ("a67m-el-de-groessenlimit-der-mailbox", f"{POSTFIX_SRC}; {MAILBOX_DE}; {FULL_MEANT} ('Größenlimit der Mailbox': "
     f"the box's size limit); {MEND}",
     pf_remote("m5", "n.vogel@lahn-textil.de", "550 E-Mail abgelehnt: Größenlimit der Mailbox überschritten", "5.0.0",
               DE_MX), soft("n.vogel@lahn-textil.de", FULL)),
    ("a67m-el-nl-bericht-postbus-limiet", f"{EXIM_SRC}; {HYPHEN_NL}; {FULL_MEANT} ('postbus-limiet': the box's limit); "
     f"{MEND}",
     ex_remote("m6", "r.bakker@drenthe-staal.nl", "550 Bericht geweigerd: postbus-limiet overschreden", NL_MX),
     soft("r.bakker@drenthe-staal.nl", FULL)),
    ("a67m-el-ctl-de-email-zu-gross-email-postfach-open", f"{EXIM_SRC}; {DE_SIZE}; {EBBLOGS}; control (the message "
     f"too big for the box spelled open, a size limit exceeded: the message's); {MEND}",
     ex_remote("m7", "o.lang@lahn-textil.de", "552 5.3.4 Die E-Mail ist zu groß für das E-Mail Postfach, Größenlimit "
               "überschritten", DE_MX), soft("o.lang@lahn-textil.de", BIG)),
    ("a67m-ms-sv-kvoten-for-mottagare-typographic-quotes", f"{POSTFIX_SRC}; {SV_FULL} (Swedish typographic quotes "
     f"”...”); {MEND}",
     pf_remote("m8", "inkop@umea-moebler.se", "550 Kvoten för mottagare ”inkop@umea-moebler.se” har överskridits",
               "5.0.0", SV_MX), soft("inkop@umea-moebler.se", FULL)),
    ("a67m-ms-ctl-sv-kvoten-for-mottagare-quoted-per-dag", f"{POSTFIX_SRC}; {SV_COUNT} (a quoted period, no address: "
     f"still a count); {MEND}",
     pf_remote("m9", "inkop@umea-moebler.se", "452 4.5.3 Kvoten för mottagare \"per dag\" har överskridits", "4.5.3",
               SV_MX), soft("inkop@umea-moebler.se", MANY)),
]

# Second mend batch (prose._last_resort: the original's recipient a reply names only as where to write instead is no
# failed recipient): controls in the gateway's layout, expectations before they ran.
GW_CTL = (f"{GW_SRC}; control for prose._last_resort's mend: the reply names the original's other recipient as the "
          "failed one")
MEND_ROWS += [
    ("a67m-ni-ctl-gw-kim-user-unknown", f"{GW_CTL} (Postfix smtpd_check.c 'Recipient address rejected: User unknown in "
     f"virtual mailbox table'); {MEND}",
     gw("m10", f"    550 5.1.1 <{KIM}>: Recipient address rejected: User unknown in virtual mailbox table", f"{LEAD}, {KIM}"),
     hard(KIM)),
    ("a67m-ni-ctl-gw-please-do-not-resend-to-kim", f"{GW_CTL} ('Please do not resend to <kim>': no request to write "
     f"there, the address named is the unknown one); {MEND}",
     gw("m11", f"    550 5.1.1 Address unknown. Please do not resend your message to <{KIM}>", f"{LEAD}, {KIM}"),
     hard(KIM)),
]

# ---- Second batch (written after the mends, expectations before these rows ran): mailbox_states' other new words ------
SYSF = ("systemfull", "systemerror")
TR_SRC = ("Turkish hosts' help: aso.com.tr 'Quota exceeded (mailbox for user is full)' ('alıcının sunucudaki mail kutusu "
          "dolmuş', 'posta kutusu kotası'), tr.godaddy.com 'E-postamın geri dönmesi ne anlama geliyor?' ('Dolu posta "
          "kutusu ... depolama sınırına ulaştığında'), feeddi.com ('E-posta boyutu ... maksimum boyutu aşabilir': the "
          "message's size)")
ZH_SRC = ("Chinese hosts' bounce help: emailhost.com.cn '[退信] 收件容量满:Quota exceeded', 023dns.com ('收件人邮箱容量的使用情况', "
          "'使用容量已满': the mailbox's capacity full)")
PL_SRC = ("support.konto.pl 'Informacje zwrotne o niedostarczeniu wiadomości' ('przekroczona powierzchnia skrzynki "
          "odbiorczej'); Polish 'na serwerze' (locative: the box ON the server)")
SECOND_ROWS = [
    ("a67-ms-tr-eposta-kutusu-depolama-siniri-asildi", f"{POSTFIX_SRC}; {TR_SRC}; {FULL_MEANT} ('e-posta kutusu': the "
     "mailbox, its storage limit exceeded, beside the message-size words leftovers66 added)",
     pf_remote("t1", "satis@izmir-tekstil.com.tr", "552 E-posta kutusu depolama sınırı aşıldı", "5.0.0",
               "mx.izmir-tekstil.com.tr"), soft("satis@izmir-tekstil.com.tr", FULL)),
    ("a67-ms-tr-ctl-eposta-boyutu-asti", f"{POSTFIX_SRC}; {TR_SRC}; control (the message's size: 'E-posta boyutu ... "
     "maksimum boyutu aştı')",
     pf_remote("t2", "satis@izmir-tekstil.com.tr", "552 5.3.4 E-posta boyutu izin verilen maksimum boyutu aştı", "5.3.4",
               "mx.izmir-tekstil.com.tr"), soft("satis@izmir-tekstil.com.tr", BIG)),
    ("a67-ms-tr-ileti-boyut-siniri-capitals", f"{EXIM_SRC}; {TR_SRC}; leftovers66's 'ileti boyut sınırı aşıldı' in "
     "capitals with the Turkish dotted capital İ (classifier.text.lowered): the message's size",
     ex_remote("t3", "ihracat@izmir-tekstil.com.tr", "552 5.3.4 İLETİ BOYUT SINIRI AŞILDI", "mx.izmir-tekstil.com.tr"),
     soft("ihracat@izmir-tekstil.com.tr", BIG)),
    ("a67-ms-pl-ctl-skrzynka-na-serwerze-zapelniona", f"{POSTFIX_SRC}; {PL_SRC}; {FULL_MEANT}; control beside audit66's "
     "'serwera zapełniona' look-behind",
     pf_remote("t4", "biuro@opole-cement.pl", "550 Skrzynka odbiorcy na serwerze jest zapełniona", "5.0.0",
               "mx.opole-cement.pl"), soft("biuro@opole-cement.pl", FULL)),
    ("a67-ms-zh-youxiang-cunchu-rongliang-yiman", f"{POSTFIX_SRC}; {ZH_SRC}; {FULL_MEANT} ('邮箱存储容量': the MAILBOX's "
     "storage capacity, beside audit66's '服务器存储容量' look-behind)",
     pf_remote("t5", "caigou@suzhou-jixie.cn", "552 收件人邮箱存储容量已满", "5.0.0", "mx.suzhou-jixie.cn"),
     soft("caigou@suzhou-jixie.cn", FULL)),
    ("a67-ms-zh-ctl-fuwuqi-cunchu-rongliang-buzu", f"{POSTFIX_SRC}; {ZH_SRC}; RFC 3463 4.3.1 'Mail system full' (the "
     "SERVER's storage, '邮件服务器存储容量不足'): control, no full mailbox",
     pf_remote("t6", "caigou@suzhou-jixie.cn", "452 4.3.1 邮件服务器存储容量不足", "4.3.1", "mx.suzhou-jixie.cn",
               action="delayed"), [("caigou@suzhou-jixie.cn", False, SYSF + ("onhold",), ANY, True)]),
]
ROWS += SECOND_ROWS
