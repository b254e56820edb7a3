"""Audit 66b: an INDEPENDENT adversarial review of the rules merged in the last hour (1604a224..9b81029a):
classifier/exceeded_limits.py (a loose de/nl/pl 'exceeded' beside a box noun dropped where its clause names a time limit
or the message's size), mailbox_states' new narrowing (Turkish 'ileti boyut ... aşıldı', Swedish 'för (antal)
mottagare', 'volle <box>' before a hyphen, Polish 'serwera zapełniona', 容量), formats/exchange_admin's '#<... smtp;<reply>>
#SMTP#' line, allow_lists._recipient_missing, reply_rests.names_instead's 'please resend / send / forward ... to <x>', and
dns_names (moved, no reading should change). Hand-made rows aimed at what REAL mail could cross wrongly: the MAILBOX's
own size said in the message-size words the new module drops ('E-Mail-Postfach', 'Größenbeschränkung', 'Größenlimit',
'mailboxgrootte', 'rozmiar skrzynki'), time-outs worded without the module's time words, Exchange 2010's line in a relay
or delay report, a list of valid RECIPIENTS called a whitelist, and requests naming the failed recipient itself.

Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from the sources' words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "a66b-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_audit65 import ex10_custom
from tests.classifier.review_audit66 import KIM, LEAD, gw, qm_wrapped
from tests.classifier.review_holdout50 import ANY, R, UU, ex_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, POSTFIX_SRC, QMAIL_SRC, postfix
from tests.classifier.review_ms65_layouts import EX2010_SRC, ex2010

NB: list[tuple] = []
FULL = ("mailboxfull",)
BIG = ("mesgtoobig", "exceedlimit")
LATE = ("expired", "networkerror", "systemerror", "onhold")


def hard(a: str, reasons: tuple = UU) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def later(a: str) -> list[tuple]:
    return [(a, False, (), ANY, True)]


# ---- 1. exceeded_limits: the MAILBOX's size said with a message's or a size limit's words --------------------------
MITTWALD = ("mittwald.de FAQ 'mail quota warning' ('Dann ist dein E-Mail-Postfach voll ... Erweitere die Größe deines "
            "Postfachs', 'Postfachgröße ändern'): German hosts name the box 'E-Mail-Postfach' and its size 'Größe'")
NOTES_DE = ("HCL Notes de help 'Wie gehe ich vor, wenn ich die Größenbeschränkung für meine Mail überschreite?' (the "
            "MAIL FILE's quota called 'Größenbeschränkung'; 'neue Mail nicht an Sie weitergeleitet'): the box's size "
            "limit, not a message's")
RENAISSANCE = ("renaissance.nl helpdesk 'Mailbox quota overschreden' ('de grootte van uw mailbox weer onder de maximum "
               "limiet', 'mailbox limiet overschreden'): Dutch hosts say the MAILBOX's grootte")
KONTO_PL = ("support.konto.pl 'Informacje zwrotne o niedostarczeniu wiadomości' ('sys_lock quota exceeded - przekroczona "
            "powierzchnia skrzynki odbiorczej'): Polish hosts say the box's size was exceeded")
FULL_MEANT = "a full mailbox (RFC 3463 x.2.2) under a bare 550, the text the only sign: soft, mailboxfull"
DE_WAIT = ("RFC 3463 4.4.7 'Delivery time expired' worded with 'Wartezeit' (the waiting time; Duden), not the module's "
           "'Zeitlimit': a time-out, given up")
NL_TIMEOUT = ("RFC 3463 4.4.7 in Dutch with the loan word 'time-out' (Van Dale 'time-out'; Dutch hosts' help pages use "
              "it for mail time-outs), not the module's 'tijdslimiet'")
PL_REPLY = ("RFC 3463 4.4.2 / 4.4.7 in Polish with 'czas odpowiedzi' (response time), not one of the module's 'czas "
            "połączenia / doręczenia / oczekiwania'")
DE_MX, NL_MX, PL_MX = "mx.rheinau-pumpen.de", "mx.veluwe-hout.nl", "mx.opole-cement.pl"

EXCEEDED_ROWS = [
    ("a66b-el-de-email-postfach-maximale-groesse", f"{POSTFIX_SRC}; {MITTWALD}; {FULL_MEANT} ('E-Mail-Postfach': the "
     "'E-Mail' of the box's compound is no message noun)",
     pf_remote("e1", "k.albrecht@rheinau-pumpen.de", "550 Das E-Mail-Postfach hat seine maximale Größe überschritten",
               "5.0.0", DE_MX), soft("k.albrecht@rheinau-pumpen.de", FULL)),
    ("a66b-el-de-groessenbeschraenkung-postfach", f"{EXIM_SRC}; {NOTES_DE}; {FULL_MEANT}",
     ex_remote("e2", "m.krause@rheinau-pumpen.de", "550 Das Postfach des Empfängers hat seine Größenbeschränkung "
               "überschritten", DE_MX), soft("m.krause@rheinau-pumpen.de", FULL)),
    ("a66b-el-de-groessenlimit-des-postfachs", f"{POSTFIX_SRC}; {MITTWALD} ('Postfachgröße'); {FULL_MEANT} (the "
     "box's size limit: 'Größenlimit des Postfachs')",
     pf_remote("e3", "s.vogt@rheinau-pumpen.de", "550 Größenlimit des Postfachs überschritten", "5.0.0", DE_MX),
     soft("s.vogt@rheinau-pumpen.de", FULL)),
    ("a66b-el-de-email-abgelehnt-postfachgroesse", f"{EXIM_SRC}; {MITTWALD} ('Postfachgröße'); {FULL_MEANT} (the "
     "message named as what was refused, the box's size as what was exceeded)",
     ex_remote("e4", "t.lange@rheinau-pumpen.de", "550 E-Mail abgelehnt: Postfachgröße überschritten", DE_MX),
     soft("t.lange@rheinau-pumpen.de", FULL)),
    ("a66b-el-de-ctl-nachricht-postfach-groesse", f"{POSTFIX_SRC}; {MITTWALD}; {FULL_MEANT}; control (the brief's "
     "own wording: the message named far before the box's size)",
     pf_remote("e5", "u.hahn@rheinau-pumpen.de", "550 Die Nachricht konnte nicht zugestellt werden, das Postfach hat "
               "seine maximale Größe überschritten", "5.0.0", DE_MX), soft("u.hahn@rheinau-pumpen.de", FULL)),
    ("a66b-el-nl-bericht-geweigerd-mailboxgrootte", f"{EXIM_SRC}; {RENAISSANCE}; {FULL_MEANT} ('mailboxgrootte': the "
     "mailbox's size)",
     ex_remote("e6", "j.mulder@veluwe-hout.nl", "550 Bericht geweigerd: maximale mailboxgrootte overschreden", NL_MX),
     soft("j.mulder@veluwe-hout.nl", FULL)),
    ("a66b-el-pl-wiadomosc-odrzucona-rozmiar-skrzynki", f"{POSTFIX_SRC}; {KONTO_PL}; {FULL_MEANT} ('rozmiar "
     "skrzynki': the box's size)",
     pf_remote("e7", "p.wrobel@opole-cement.pl", "550 Wiadomość odrzucona: przekroczony rozmiar skrzynki odbiorcy",
               "5.0.0", PL_MX), soft("p.wrobel@opole-cement.pl", FULL)),
    ("a66b-el-de-wartezeit-postfach", f"{POSTFIX_SRC}; {DE_WAIT}",
     pf_remote("e8", "l.frank@rheinau-pumpen.de", "451 4.4.7 Die maximale Wartezeit für die Zustellung an das Postfach "
               "wurde überschritten", "4.4.7", DE_MX), soft("l.frank@rheinau-pumpen.de", LATE)),
    ("a66b-el-nl-time-out-postbus", f"{EXIM_SRC}; {NL_TIMEOUT}",
     ex_remote("e9", "r.smit@veluwe-hout.nl", "550 5.4.7 Time-out overschreden bij aflevering aan de postbus", NL_MX),
     soft("r.smit@veluwe-hout.nl", LATE)),
    ("a66b-el-pl-czas-odpowiedzi-skrzynki", f"{POSTFIX_SRC}; {PL_REPLY}",
     pf_remote("e10", "a.dudek@opole-cement.pl", "550 5.4.7 Przekroczono czas odpowiedzi serwera skrzynki odbiorcy",
               "5.4.7", PL_MX), soft("a.dudek@opole-cement.pl", LATE)),
]

# ---- 2. mailbox_states: a quota 'för mottagare <x>' (the recipient's own) -----------------------------------------
SV_FULL = ("RFC 3463 5.2.2 in Swedish as a host's template names the recipient after the quota ('Kvoten för mottagare "
           "<address> har överskridits': the quota FOR the recipient, its box's; review quota65's 'Kvoten för "
           "mottagarens brevlåda' in the indefinite form), under a bare 550")
MAILBOX_ROWS = [
    ("a66b-ms-sv-kvoten-for-mottagare-address", f"{POSTFIX_SRC}; {SV_FULL}",
     pf_remote("q1", "inkop@gavle-trav.se", "550 Kvoten för mottagare inkop@gavle-trav.se har överskridits", "5.0.0",
               "mx.gavle-trav.se"), soft("inkop@gavle-trav.se", FULL)),
]


# ---- 3. exchange_admin: the '#SMTP#' line in reports that are no failure, and beside another recipient -------------
def ex10_report(rid: str, user: str, admin: str, blocks: list[tuple[str, str]], *, action: str, lead: str,
                subject: str) -> bytes:
    """review_audit65.ex10_custom's Exchange 2010 frame as a report of another `action` (relayed, delayed), with its
    own lead line and subject."""
    raw = ex10_custom(rid, user, admin, blocks, heads=(lead, "Diagnostic information for administrators:",
                                                       "Generating server:"))
    return raw.replace(b"Action: failed", f"Action: {action}".encode()).replace(
        b"Subject: Undeliverable: Quick question", f"Subject: {subject}: Quick question".encode(), 1)


EX_PAGE = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (the line '#<exchange."
           "contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#' under the address)")
EX_RELAY = (f"{EX2010_SRC}; {EX_PAGE}; RFC 3464 s2.3.3 Action 'relayed' (delivered to a system that sends no DSN): "
            "Exchange 2010's relay report ('Delivery to these recipients or groups is complete, but no delivery "
            "notification was sent by the destination server'), the remote's '250 2.0.0 Ok: queued as' (Postfix "
            "smtpd's accept reply) on its line: no bounce")
EX_DELAY = (f"{EX2010_SRC}; {EX_PAGE}; RFC 3464 Action 'delayed': Exchange 2010's delay report ('Delivery is delayed "
            "to these recipients or groups'), the remote's 4xx on its line (Postfix smtpd 'Recipient address "
            "rejected: ... Mailbox is full' as a 452, a temporary refusal): a delay, never a failure")
EX_TWO = (f"{EX2010_SRC}; {EX_PAGE}: two recipients each with its own line, the first refused as unknown (Postfix "
          "smtpd_check.c 'User unknown in virtual mailbox table'), the second over quota (Gmail's SMTP error reference "
          "'552 5.2.2 ... over quota'), each Status a generic 5.0.0: each read by its own line")
EX_GREY = (f"{EX2010_SRC}; {EX_PAGE}: the queue gave up (Status 4.4.7) on a remote's greylisting 451 (Postgrey's "
           "'Greylisted, see http://postgrey.schweikert.ch/help/<domain>.html'): soft, never the recipient's absence")
ORG7 = "corp.tromso-laks.no"
EXCHANGE_ROWS = [
    ("a66b-ex10-relayed-smtp-line-250", EX_RELAY,
     ex10_report("x1", f"h.berg@{ORG7}\n", f"h.berg@{ORG7}\nmx.{ORG7} #<mx.{ORG7} #2.0.0 smtp;250 2.0.0 Ok: queued as "
                 f"4F1A2B3C4D> #SMTP#", [(f"h.berg@{ORG7}", "2.0.0")], action="relayed", subject="Relayed",
                 lead="Delivery to these recipients or groups is complete, but no delivery notification was sent by "
                 "the destination server:"), NB),
    ("a66b-ex10-delayed-smtp-line-452-full", EX_DELAY,
     ex10_report("x2", f"o.dahl@{ORG7}\n", f"o.dahl@{ORG7}\nmx.{ORG7} #<mx.{ORG7} #4.2.2 smtp;452 4.2.2 <o.dahl@{ORG7}>: "
                 "Recipient address rejected: Mailbox is full> #SMTP#", [(f"o.dahl@{ORG7}", "4.2.2")], action="delayed",
                 subject="Delayed", lead="Delivery is delayed to these recipients or groups:"), later(f"o.dahl@{ORG7}")),
    ("a66b-ex10-two-lines-unknown-and-full", EX_TWO,
     ex10_custom("x3", f"i.lund@{ORG7}\n\n\nkari.fjell.work@gmail.com\n", f"i.lund@{ORG7}\nmx.{ORG7} #<mx.{ORG7} #5.1.1 "
                 f"smtp;550 5.1.1 <i.lund@{ORG7}>: Recipient address rejected: User unknown in virtual mailbox table> "
                 "#SMTP#\n\nkari.fjell.work@gmail.com\ngmail-smtp-in.l.google.com #<gmail-smtp-in.l.google.com #5.2.2 "
                 "smtp;552 5.2.2 The email account that you tried to reach is over quota. 5b1f17b1804b1-46e6f1c2si88"
                 "12345f.210 - gsmtp> #SMTP#", [(f"i.lund@{ORG7}", "5.0.0"), ("kari.fjell.work@gmail.com", "5.0.0")],
                 server=f"EXCH01.{ORG7}"),
     hard(f"i.lund@{ORG7}") + soft("kari.fjell.work@gmail.com", FULL)),
    ("a66b-ex10-gave-up-greylisted-451", EX_GREY,
     ex10_custom("x4", f"e.moen@{ORG7}\n", f"e.moen@{ORG7}\nmx.{ORG7} #<mx.{ORG7} #4.4.7 smtp;451 4.7.1 <e.moen@{ORG7}>: "
                 f"Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/{ORG7}.html> #SMTP#",
                 [(f"e.moen@{ORG7}", "4.4.7")], server=f"EXCH01.{ORG7}"),
     soft(f"e.moen@{ORG7}")),
]

# ---- 4. allow_lists._recipient_missing: absence words beside a list that is no list of senders ----------------------
PF_ACCESS = "Postfix access(5) 'REJECT optional text...' (the admin's own text after 'Recipient address rejected:')"
RECIP_LIST = ("a gateway's list of valid RECIPIENTS (Postfix relay_recipient_maps: 'the list of all valid recipient "
              "addresses' of a relay gateway, which admins also call a whitelist): the recipient's absence from it is "
              "the recipient missing, under 5.1.1 (hard)")
B1, B2 = "p.sandberg@kalmar-glas.example", "e.virtanen@turku-puu.example"
ALLOW_ROWS = [
    ("a66b-allow-pf-user-unknown-senders-note", f"{POSTFIX_SRC} (smtpd_check.c 'User unknown in local recipient "
     f"table'); {PF_ACCESS}: the user unknown, and a note about senders not on the allow list (the brief's probe)",
     pf_remote("w1", B1, f"550 5.1.1 <{B1}>: Recipient address rejected: User unknown in local recipient table; note: "
               "senders not in our allow list are held for review", "5.1.1", "mx.kalmar-glas.example"), hard(B1)),
    ("a66b-allow-pf-not-found-in-whitelist-of-recipients", f"{POSTFIX_SRC}; {PF_ACCESS}; {RECIP_LIST}",
     pf_remote("w2", B2, f"550 5.1.1 <{B2}>: Recipient address rejected: User not found in our whitelist of valid "
               "recipients", "5.1.1", "mx.turku-puu.example"), hard(B2)),
]

# ---- 5. names_instead: requests and notes naming the failed recipient itself, or a help address ----------------------
GW_SRC = ("a gateway's plain failure notice (review audit66's gw layout): the remote reply quoted in its body, the "
          "original attached (two original recipients)")
HELP = ("an admin-written 550 text ending with where to send a complaint (Postfix access(5) 'REJECT <text>', Exim "
        "':fail: <text>'): the help address lives")
NOTE = ("an admin-written closure text 'Please note: mail sent to <address> is no longer delivered' (Postfix access(5) "
        "'REJECT <text>'): a NOTE naming the dead address, no request to send")
AGAIN = ("RFC 3463 4.2.2 and the hosts' advice to resend LATER to the same address ('please send your message to <x> "
         "again later': renaissance.nl 'met het verzoek het bericht op een later tijdstip nogmaals te verzenden'): "
         "the address named is the full one itself")
FORWARD = ("an admin's alias text naming the failed recipient after 'please forward' (a request to forward to the "
           "address whose mail is refused is still about that address) beside a second recipient delivered")
NAMES_ROWS = [
    ("a66b-ni-gw-please-note-mail-sent-to-dead", f"{GW_SRC}; {NOTE}",
     gw("n1", f"    550 5.1.1 Please note: mail sent to <{LEAD}> is no longer delivered, this account was closed",
        f"{LEAD}, {KIM}"), hard(LEAD)),
    ("a66b-ni-gw-please-send-this-to-postmaster", f"{GW_SRC}; {HELP}",
     gw("n2", f"    550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown. If you believe this is an error, "
        "please send this notice to <postmaster@partner.example>", f"{LEAD}, {KIM}"), hard(LEAD)),
    ("a66b-ni-gw-please-send-again-later-full", f"{GW_SRC}; {AGAIN}, given up by the gateway",
     gw("n3", f"    452 4.2.2 Mailbox full - please send your message to <{LEAD}> again later", f"{LEAD}, {KIM}"),
     soft(LEAD, FULL)),
    ("a66b-ni-qmail-please-resend-to-dead-correct-spelling", f"{QMAIL_SRC}; an admin's 550 text asking to check the "
     "spelling before resending: the address named after 'resend ... to' is the failed one, said unknown before it",
     qm_wrapped("n4", LEAD, f"550 5.1.1 Address unknown. Please do not resend your message to <{LEAD}> - check the "
                "spelling first"), hard(LEAD)),
    ("a66b-ni-gw-please-forward-to-failed-alias", f"{GW_SRC}; {FORWARD}",
     gw("n5", f"    550 5.1.1 The alias sales@partner.example no longer exists. Please forward your enquiry to <{LEAD}> "
        "- this address does not exist either", f"{LEAD}, {KIM}"), hard(LEAD)),
]

# ---- 6. dns_names (moved): a control that a DNS failure still reads the same --------------------------------------
PF_DNS = ("Postfix smtp(8) 'Host or domain name not found. Name service error for name=<d> type=MX: Host not found, "
          "...' (dns_lookup.c, HOST_NOT_FOUND): the recipient's domain does not exist (hard)")
DNS_ROWS = [
    ("a66b-dns-pf-host-not-found", f"{POSTFIX_SRC}; {PF_DNS}",
     postfix("d1", "orders@vantor-frieght.example", reason="Host or domain name not found. Name service error for "
             "name=vantor-frieght.example type=MX: Host not found", status="5.4.4", remote=None),
     hard("orders@vantor-frieght.example", ("hostunknown",))),
]

# ---- 7. second batch (written after the first run and the mends, expectations before these rows ran) ---------------
SECOND_ROWS = [
    ("a66b-ex10-diag-and-line-agree-unknown", f"{EX2010_SRC} with the remote's reply in BOTH the report's "
     "Diagnostic-Code and the '#SMTP#' line (review ms65's ex2010 with remote); Postfix smtpd_check.c 'User unknown in "
     "virtual mailbox table': the Diagnostic-Code is read, the line only where it is missing (hard)",
     ex2010("s1", "v.holm@corp.tromso-laks.no", explain="The e-mail address you entered couldn't be found.",
            reply="550 5.1.1 <v.holm@corp.tromso-laks.no>: Recipient address rejected: User unknown in virtual mailbox "
            "table", status="5.1.1", remote="mx.corp.tromso-laks.no"), hard("v.holm@corp.tromso-laks.no")),
    ("a66b-el-de-nachricht-ueberschreitet-groesse-des-postfachs", f"{POSTFIX_SRC}; RFC 3463 5.3.4 / 5.2.2 in German: "
     "'Die Nachricht überschreitet die zulässige Größe des Postfachs' (the message exceeds the box's permitted size: "
     "either the message too big or the box too full; this review's own mend now keeps the box's genitive): soft, "
     "either reason",
     pf_remote("s2", "d.wagner@rheinau-pumpen.de", "552 5.3.4 Die Nachricht überschreitet die zulässige Größe des "
               "Postfachs", "5.3.4", DE_MX), soft("d.wagner@rheinau-pumpen.de", FULL + BIG)),
    ("a66b-ni-gw-please-forward-future-mail-to-colleague", f"{GW_SRC}; an admin's closure text (Postfix access(5) "
     "'REJECT <text>') asking to forward future mail to a colleague, the other original recipient: the colleague "
     "lives, the closed mailbox is the failed one",
     gw("s3", f"    550 5.1.1 <{LEAD}>: Recipient address rejected: mailbox closed. Please forward future mail for the "
        f"sales team to <{KIM}>", f"{LEAD}, {KIM}"), hard(LEAD)),
]

ROWS = EXCEEDED_ROWS + MAILBOX_ROWS + EXCHANGE_ROWS + ALLOW_ROWS + NAMES_ROWS + DNS_ROWS + SECOND_ROWS

# ---- Mend rows: written with the mends, expectations before they ran; failing rows and their controls --------------
MEND = "audit66b's mend rows (expectations written before they ran)"
MANY = ("toomanyconn", "speeding", "exceedlimit", "expired")
DE_SIZE = ("RFC 3463 5.3.4 'Message too big for system' in German (schieb.de '5.3.4 - Die E-Mail ist zu groß'); the "
           "MESSAGE's size beside the box")
MEND_ROWS = [
    ("a66bm-el-de-nachricht-groesse-des-postfachs", f"{POSTFIX_SRC}; {MITTWALD}; {FULL_MEANT} (the box's size in the "
     f"genitive, the message named before it); {MEND}",
     pf_remote("m1", "b.seidel@rheinau-pumpen.de", "550 Nachricht abgelehnt: Größe des Postfachs überschritten", "5.0.0",
               DE_MX), soft("b.seidel@rheinau-pumpen.de", FULL)),
    ("a66bm-el-nl-bericht-grootte-van-de-mailbox", f"{EXIM_SRC}; {RENAISSANCE}; {FULL_MEANT}; {MEND}",
     ex_remote("m2", "h.bos@veluwe-hout.nl", "550 Bericht geweigerd: de grootte van de mailbox is overschreden", NL_MX),
     soft("h.bos@veluwe-hout.nl", FULL)),
    ("a66bm-el-de-zustellzeit-postfach", f"{POSTFIX_SRC}; RFC 3463 4.4.7 with 'Zustellzeit' (delivery time), given "
     f"up; {MEND}",
     pf_remote("m3", "c.peters@rheinau-pumpen.de", "451 4.4.7 Zustellzeit für das Postfach überschritten", "4.4.7",
               DE_MX), soft("c.peters@rheinau-pumpen.de", LATE)),
    ("a66bm-ms-sv-lagringskvoten-for-mottagare-bracketed", f"{POSTFIX_SRC}; {SV_FULL} (the storage quota, the address "
     f"in brackets); {MEND}",
     pf_remote("m4", "ekonomi@gavle-trav.se", "550 Lagringskvoten för mottagare <ekonomi@gavle-trav.se> har "
               "överskridits", "5.0.0", "mx.gavle-trav.se"), soft("ekonomi@gavle-trav.se", FULL)),
    # Controls: the message's size beside the box (not a compound, not the box's genitive), a recipient count.
    ("a66bm-el-ctl-de-die-email-ueberschreitet-groesse", f"{EXIM_SRC}; {DE_SIZE} ('Die E-Mail überschreitet': the "
     f"message itself, no compound); {MEND}",
     ex_remote("m5", "f.roth@rheinau-pumpen.de", "552 5.3.4 Die E-Mail überschreitet die maximale Größe für das "
               "Postfach", DE_MX), soft("f.roth@rheinau-pumpen.de", BIG)),
    ("a66bm-el-ctl-de-nachricht-zu-gross-groessenlimit", f"{POSTFIX_SRC}; {DE_SIZE}; {MEND}",
     pf_remote("m6", "g.kuhn@rheinau-pumpen.de", "552 5.3.4 Die Nachricht ist zu groß für das Postfach, Größenlimit "
               "überschritten", "5.3.4", DE_MX), soft("g.kuhn@rheinau-pumpen.de", BIG)),
    ("a66bm-el-ctl-nl-bericht-te-groot-berichtgrootte", f"{EXIM_SRC}; RFC 3463 5.3.4 in Dutch ('bericht te groot', "
     f"'maximale berichtgrootte'); {MEND}",
     ex_remote("m7", "w.jansen@veluwe-hout.nl", "552 5.3.4 Bericht te groot voor de mailbox: maximale berichtgrootte "
               "overschreden", NL_MX), soft("w.jansen@veluwe-hout.nl", BIG)),
    ("a66bm-el-ctl-pl-rozmiar-wiadomosci-dla-skrzynki", f"{POSTFIX_SRC}; RFC 3463 5.3.4 in Polish ('rozmiar "
     f"wiadomości': the message's size, the box after 'dla'); {MEND}",
     pf_remote("m8", "k.nowicki@opole-cement.pl", "552 5.3.4 Przekroczony rozmiar wiadomości dla tej skrzynki", "5.3.4",
               PL_MX), soft("k.nowicki@opole-cement.pl", BIG)),
    ("a66bm-ms-ctl-sv-kvoten-for-mottagare-per-meddelande", f"{POSTFIX_SRC}; RFC 3463 x.5.3 in Swedish ('kvoten för "
     f"mottagare per meddelande': a count of recipients, no address after), given up; {MEND}",
     pf_remote("m9", "ekonomi@gavle-trav.se", "452 4.5.3 Kvoten för mottagare per meddelande har överskridits", "4.5.3",
               "mx.gavle-trav.se"), soft("ekonomi@gavle-trav.se", MANY)),
]
