"""Leftovers 66: hand-made rows for five misreadings earlier reviews noticed and LEFT, each in several real layouts
(holdout 50's Postfix, Exim, Gmail and Exchange Online builders; audit65's Exchange 2010 frame), with near-miss controls.
Expected rows (address, hard, reasons, scope, delay) written from the servers' words and shared/classifier/taxonomy.md
BEFORE the classifier ran on them (committed first). Names "l66-<item>-<what>".

1. gaveup: a 4xx "User unknown" at RCPT that Exim gave up on (retry.c retry_update: the address's message gets
   ': retry timeout exceeded' appended, also when no retry rule matches the error, which times the item out at once).
   Team call (notices42's B7, delay63's FINAL_ROWS): a named RCPT refusal of the address, given up, is hard; a delay
   warning about it stays a delay; a given-up greylisting, lookup failure, full mailbox or refusal of OUR sender stays
   soft.
2. sender: refusals of OUR sender address at RCPT (Postfix's smtpd_delay_reject=yes applies sender restrictions at RCPT
   TO) whose words hold the recipient's phrases ('User unknown in local recipient table', 'No Such User Here',
   'Recipient address rejected' inside a callout's answer about OUR address): the sender's, soft, never a recipient hard.
3. exc: German 'überschritten', Dutch 'overschreden', Polish 'przekroczon-' beside a box noun: a genuine full mailbox
   (quota or capacity exceeded) and the near misses (a time limit, the message's size, OUR sending limit).
4. ex10: Exchange 2010's relayed-reply line '#< #5.2.2 smtp;552 ...> #SMTP#' under the address, in a report WITHOUT a
   Diagnostic-Code (audit65's strict xfail), and its controls.
5. size: Turkish 'boyut sınırı aşıldı' / Swedish 'storleksgräns har överskridits' (the message's size: not a full
   mailbox) beside 'kota(sı) aşıldı' / 'kvot har överskridits' (the mailbox's quota: full)."""

from __future__ import annotations

from tests.classifier.review_audit65 import ex10_custom
from tests.classifier.review_holdout50 import ANY, PROBLEM, R, S, UU, ex_remote, exo_remote, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, SELLER, exim
from tests.classifier.review_ms65_layouts import EX2010_SRC

FULL = ("mailboxfull",)
GIVEN_FULL = ("mailboxfull", "expired")
BIG = ("mesgtoobig", "exceedlimit")
LATE = ("expired", "networkerror", "systemerror", "onhold")
SENDQ = ("speeding", "toomanyconn", "blocked", "policyviolation", "rejected", "securityerror", "exceedlimit")


def hard(a: str) -> list[tuple]:
    return [(a, True, UU, R, False)]


def soft(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def later(a: str) -> list[tuple]:
    return [(a, False, (), ANY, True)]


# ---- 1. Exim gave up on a 4xx 'User unknown' -------------------------------------------------------------------------
EXIM_RETRY = ("Exim src/src/retry.c retry_update(): a deferred address whose retry items all timed out moves to the "
              "failed queue with addr->message '<message>: retry timeout exceeded'; deliver.c writes it under the "
              "address in the bounce")
EXIM_NO_RULE = ("Exim retry.c retry_update(): 'No configured retry item for ...' counts the item timed out at once "
                "(a 4xx with no retry rule fails on its first try, the same ': retry timeout exceeded' text)")
PF_450 = ("Postfix smtpd_check.c reject_unlisted_recipient ('Recipient address rejected: User unknown in local "
          "recipient table') under unknown_local_recipient_reject_code = 450 (postconf(5): 'set to 450 while testing')")
PF_450_VIRT = ("Postfix smtpd_check.c ('User unknown in virtual mailbox table') under unknown_virtual_mailbox_reject_code"
               " = 450 (postconf(5))")
PF_450_RELAY = ("Postfix smtpd_check.c ('User unknown in relay recipient table') under "
                "unknown_relay_recipient_reject_code = 450 (postconf(5))")
EXIM_WARN = "Exim deliver.c delay warning (warn_message: 'has not yet been delivered ... Delay reason:')"
POSTGREY = "postgrey's reply '450 4.2.0 <...>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/<domain>.html'"
PF_LOOKUP = "Postfix smtpd_check.c '451 4.3.0 <...>: Temporary lookup failure' (a map lookup error)"
CYRUS = "Cyrus IMAP lmtpengine.c ('452 4.2.2 Over quota' while the quota is not final)"
PF_SENDER_DOMAIN = ("Postfix smtpd_check.c reject_unknown_sender_domain ('450 4.1.8 <...>: Sender address rejected: Domain "
                    "not found', unknown_address_reject_code's temporary form) at RCPT (smtpd_delay_reject = yes)")


def u450(a: str, table: str = "local recipient table") -> str:
    return f"450 4.1.1 <{a}>: Recipient address rejected: User unknown in {table}"


def ex_given_up(rid: str, a: str, reply: str, mx: str) -> bytes:
    return ex_remote(rid, a, f"{reply}: retry timeout exceeded", mx)


GAVEUP_ROWS = [
    ("l66-gaveup-exim-450-local-table", f"{EXIM_SRC}; {EXIM_RETRY}; {PF_450}",
     ex_given_up("g1", "h.lindqvist@nordvik-trading.se", u450("h.lindqvist@nordvik-trading.se"), "mx.nordvik-trading.se"),
     hard("h.lindqvist@nordvik-trading.se")),
    ("l66-gaveup-exim-450-virtual-table", f"{EXIM_SRC}; {EXIM_RETRY}; {PF_450_VIRT}",
     ex_given_up("g2", "accounts@brookfield-plastics.co.uk", u450("accounts@brookfield-plastics.co.uk",
                                                                   "virtual mailbox table"), "mail.brookfield-plastics.co.uk"),
     hard("accounts@brookfield-plastics.co.uk")),
    ("l66-gaveup-exim-450-no-retry-rule", f"{EXIM_SRC}; {EXIM_NO_RULE}; {PF_450_RELAY}",
     ex_given_up("g3", "m.rossi@valdarno-ceramiche.it", u450("m.rossi@valdarno-ceramiche.it", "relay recipient table"),
                 "smtp.valdarno-ceramiche.it"),
     hard("m.rossi@valdarno-ceramiche.it")),
    ("l66-gaveup-exim-450-old-host-line", f"{EXIM_SRC} (the older layout: 'SMTP error from remote mail server after "
     f"RCPT TO:<...>: host <mx> [<ip>]: <reply>'); {EXIM_RETRY}; {PF_450}",
     exim("g4", "t.okafor@lagos-freight.ng", detail="SMTP error from remote mail server after RCPT TO:<t.okafor@lagos-"
          "freight.ng>: host mx.lagos-freight.ng [203.0.113.44]: " + u450("t.okafor@lagos-freight.ng")
          + ": retry timeout exceeded"),
     hard("t.okafor@lagos-freight.ng")),
    # Controls: a delay about the same reply, and given-up 4xx replies that are no absence.
    ("l66-gaveup-control-exim-delay-warning", f"{EXIM_SRC}; {EXIM_WARN}; {PF_450}",
     exim("g5", "p.novak@brnenska-strojirna.cz", delay_hours=24, detail="SMTP error from remote mail server after RCPT "
          "TO:<p.novak@brnenska-strojirna.cz>: host mx.brnenska-strojirna.cz [203.0.113.45]: "
          + u450("p.novak@brnenska-strojirna.cz")),
     later("p.novak@brnenska-strojirna.cz")),
    ("l66-gaveup-control-exim-greylisted", f"{EXIM_SRC}; {EXIM_RETRY}; {POSTGREY}",
     ex_given_up("g6", "info@kestrel-optics.ie", "450 4.2.0 <info@kestrel-optics.ie>: Recipient address rejected: "
                 "Greylisted, see http://postgrey.schweikert.ch/help/kestrel-optics.ie.html", "mx.kestrel-optics.ie"),
     soft("info@kestrel-optics.ie")),
    ("l66-gaveup-control-exim-lookup-failure", f"{EXIM_SRC}; {EXIM_RETRY}; {PF_LOOKUP}",
     ex_given_up("g7", "sales@harrow-valves.co.uk", "451 4.3.0 <sales@harrow-valves.co.uk>: Temporary lookup failure",
                 "mx.harrow-valves.co.uk"),
     soft("sales@harrow-valves.co.uk")),
    ("l66-gaveup-control-exim-over-quota", f"{EXIM_SRC}; {EXIM_RETRY}; {CYRUS}",
     ex_given_up("g8", "j.moreau@alpes-bois.fr", "452 4.2.2 <j.moreau@alpes-bois.fr>: Over quota", "mx.alpes-bois.fr"),
     soft("j.moreau@alpes-bois.fr", GIVEN_FULL)),
    ("l66-gaveup-control-exim-our-sender-domain", f"{EXIM_SRC}; {EXIM_RETRY}; {PF_SENDER_DOMAIN}",
     ex_given_up("g9", "office@tatra-stavby.sk", f"450 4.1.8 <{SELLER}>: Sender address rejected: Domain not found",
                 "mx.tatra-stavby.sk"),
     soft("office@tatra-stavby.sk", (), S)),
]

# ---- 2. OUR sender refused at RCPT in the recipient's words ------------------------------------------------------------
PF_UNLISTED_SENDER = ("Postfix smtpd_check.c reject_unlisted_sender ('<...>: Sender address rejected: User unknown in "
                      "local recipient table', the sender's DSN 5.1.0; a log parser's table quotes '550 5.1.0 "
                      "<verify@...>: Sender address rejected: User unknown in local recipient table'), applied at RCPT "
                      "TO under smtpd_delay_reject = yes")
PF_UNVERIFIED_SENDER = ("Postfix smtpd_check.c reject_unverified_address ('<%s>: %s rejected: undeliverable address: %s'"
                        " with the probe's answer, as pflogsumm-style parsers quote it: '550 <...>: Sender address "
                        "rejected: undeliverable address: host mail.example.net[...] said: 550 <...>: User unknown in "
                        "virtual alias table (in reply to RCPT TO command)'; the sender's DSN 5.1.7)")
EXIM_CALLOUT = ("Exim acl.c / verify.c sender callout failure at RCPT: '550-Verification failed for <sender>' / "
                "'550-No Such User Here' / '550 Sender verify failed' (a relay's DSN quoted in pastebin.com/RmwwEeeg "
                "and pastebin.com/q0gd1hGA; cPanel's 'No Such User Here' for the callout's answer)")
SM_DELAY = ("sendmail cf/m4/proto.m4 check_mail '553 5.1.8 <...>... Domain of sender address ... does not exist', run "
            "at RCPT under FEATURE(delay_checks) (cf/README: 'the rulesets check_mail and check_relay will not be "
            "called when a client connects or issues a MAIL command, respectively. Instead, those rulesets will be "
            "called by the check_rcpt ruleset')")
PF_LOGIN = ("Postfix smtpd_check.c reject_sender_login_mismatch ('553 5.7.1 <...>: Sender address rejected: not logged "
            "in', quoted after 'rcpt to:' in a postfix-users thread), at RCPT under smtpd_delay_reject = yes")
HMAIL = ("hMailServer '530 SMTP authentication is required.' at RCPT TO (its own tests TestSenderAsLocalDomain: "
         "'Attempt to send a message from a route configured as local domain ... Should fail, since SMTP auth is "
         "required.')")
PF_ACCESS = "Postfix check_sender_access REJECT default text ('554 5.7.1 <...>: Sender address rejected: Access denied')"
EX_AUTH = ("Exchange 2010 NDR page example '#<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> "
           "#SMTP#' (learn.microsoft.com 'Email non-delivery reports and SMTP errors'), relayed in Gmail's DSN")
SEND_SOFT = ("authfailure", "securityerror", "rejected", "blocked", "policyviolation", "notaccept", "onhold", "filtered")

SENDER_ROWS = [
    ("l66-sender-pf-unlisted-sender-user-unknown", f"{POSTFIX_SRC}; {PF_UNLISTED_SENDER}",
     pf_remote("s1", "d.keller@thurgau-druck.ch", f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in "
               "local recipient table", "5.1.0", "mx.thurgau-druck.ch"),
     soft("d.keller@thurgau-druck.ch", (), S)),
    ("l66-sender-gmail-unlisted-sender-user-unknown", f"{GMAIL_SRC}; {PF_UNLISTED_SENDER}",
     g_remote("s2", "r.almeida@tejo-logistica.pt", f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in "
              "local recipient table", "5.1.0", "mx.tejo-logistica.pt", heading="Message not delivered", lead=PROBLEM),
     soft("r.almeida@tejo-logistica.pt", (), S)),
    ("l66-sender-pf-unverified-sender-inner-user-unknown", f"{POSTFIX_SRC}; {PF_UNVERIFIED_SENDER}",
     pf_remote("s3", "k.jansen@utrecht-installatie.nl", f"550 5.1.7 <{SELLER}>: Sender address rejected: undeliverable "
               f"address: host aspmx.l.google.com[142.250.27.26] said: 550 5.1.1 <{SELLER}>: Recipient address "
               "rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", "5.1.7",
               "mx.utrecht-installatie.nl"),
     soft("k.jansen@utrecht-installatie.nl", (), S)),
    ("l66-sender-exo-unverified-sender-status-510", f"{EXO_SRC}; {PF_UNVERIFIED_SENDER} (relayed under Status 5.1.0)",
     exo_remote("s4", "b.horvat@zagreb-elektro.hr", "550 5.1.0 <rep@example.net>: Sender address rejected: "
                "undeliverable address: User unknown in virtual alias table", "5.1.0", "mx.zagreb-elektro.hr"),
     soft("b.horvat@zagreb-elektro.hr", (), S)),
    ("l66-sender-exim-callout-no-such-user", f"{EXIM_SRC}; {EXIM_CALLOUT}",
     ex_remote("s5", "admin@kilkenny-joinery.ie", f"550-Verification failed for <{SELLER}>\n    550-No Such User Here\n"
               "    550 Sender verify failed", "mail.kilkenny-joinery.ie"),
     soft("admin@kilkenny-joinery.ie", (), S)),
    ("l66-sender-exo-callout-no-such-user", f"{EXO_SRC}; {EXIM_CALLOUT} (one line, Status 5.0.0)",
     exo_remote("s6", "f.gruber@salzach-holz.at", "550-Verification failed for <rep@example.net> 550-No Such User Here "
                "550 Sender verify failed", "5.0.0", "mail.salzach-holz.at"),
     soft("f.gruber@salzach-holz.at", (), S)),
    ("l66-sender-pf-sendmail-delay-checks-domain", f"{POSTFIX_SRC}; {SM_DELAY}",
     pf_remote("s7", "ops@fjordline-shipping.no", f"553 5.1.8 <{SELLER}>... Domain of sender address {SELLER} does not "
               "exist", "5.1.8", "mx.fjordline-shipping.no"),
     soft("ops@fjordline-shipping.no", (), S)),
    ("l66-sender-pf-not-logged-in", f"{POSTFIX_SRC}; {PF_LOGIN}",
     pf_remote("s8", "v.petrov@varna-port.bg", f"553 5.7.1 <{SELLER}>: Sender address rejected: not logged in", "5.7.1",
               "mail.varna-port.bg"),
     soft("v.petrov@varna-port.bg", SEND_SOFT)),
    ("l66-sender-gmail-hmailserver-auth-required", f"{GMAIL_SRC}; {HMAIL}",
     g_remote("s9", "office@dunav-agro.rs", "530 SMTP authentication is required.", "5.0.0", "mail.dunav-agro.rs",
              heading="Message not delivered", lead=PROBLEM),
     soft("office@dunav-agro.rs", SEND_SOFT)),
    ("l66-sender-pf-access-denied-sender", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("s10", "l.ionescu@carpati-mobila.ro", f"554 5.7.1 <{SELLER}>: Sender address rejected: Access denied",
               "5.7.1", "mx.carpati-mobila.ro"),
     soft("l.ionescu@carpati-mobila.ro", SEND_SOFT)),
    ("l66-sender-gmail-exchange-client-not-authenticated", f"{GMAIL_SRC}; {EX_AUTH}",
     g_remote("s11", "purchasing@kingsway-metals.co.za", "530 5.7.1 Client was not authenticated", "5.7.1",
              "mail.kingsway-metals.co.za", heading="Message not delivered", lead=PROBLEM),
     soft("purchasing@kingsway-metals.co.za", SEND_SOFT)),
    # Controls: the recipient's own absence in the same servers' words stays hard.
    ("l66-sender-control-pf-unlisted-recipient", f"{POSTFIX_SRC}; Postfix smtpd_check.c reject_unlisted_recipient",
     pf_remote("s12", "n.berg@thurgau-druck.ch", "550 5.1.1 <n.berg@thurgau-druck.ch>: Recipient address rejected: User "
               "unknown in local recipient table", "5.1.1", "mx.thurgau-druck.ch"),
     hard("n.berg@thurgau-druck.ch")),
    ("l66-sender-control-exim-recipient-callout", f"{EXIM_SRC}; Exim acl.c recipient callout failure "
     "('550-Callout verification failed:' / '550 550 5.1.1 <...>: Recipient address rejected: User unknown')",
     ex_remote("s13", "c.walsh@kilkenny-joinery.ie", "550-Callout verification failed:\n    550 550 5.1.1 "
               "<c.walsh@kilkenny-joinery.ie>: Recipient address rejected: User unknown in virtual mailbox table",
               "mail.kilkenny-joinery.ie"),
     hard("c.walsh@kilkenny-joinery.ie")),
]

# ---- 3. German / Dutch / Polish 'exceeded' beside a box noun ---------------------------------------------------------
GMX_DE = ("GMX newsroom 'Unzustellbar: Was tun ...' (newsroom.gmx.net 2017-09-28: 'exceeded storage allocation, Quota "
          "exceeded' = 'im Postfach des Empfängers nicht mehr ausreichend Speicherplatz'); hand-made German reply as a "
          "German host's Dovecot quota_exceeded_message words it")
EX_DE_LATE = ("RFC 3463 4.4.7 'Delivery time expired' in German as Exchange's de-DE NDR words its time-outs "
              "('Zeitlimit ... überschritten'); hand-made")
DE_SIZE = ("RFC 3463 5.3.4 'Message too big for system' in German ('Nachricht ... Größe ... überschreitet'; "
           "schieb.de: '5.3.4 – Die E-Mail ist zu groß'); hand-made")
DE_SEND = ("OUR smarthost's daily sending limit at MAIL FROM in German ('Tageslimit für den Versand überschritten'), "
           "taxonomy s7: the sender's scope; hand-made")
NL_FULL = "RFC 3463 5.2.2 'Mailbox full' in Dutch ('quotum ... overschreden', 'postbus vol'), as Dutch hosts word it; hand-made"
NL_LATE = "RFC 3463 4.4.7 'Delivery time expired' in Dutch ('tijdslimiet ... overschreden'); hand-made"
NL_SIZE = "RFC 3463 5.3.4 'Message too big' in Dutch ('maximale berichtgrootte ... overschreden'); hand-made"
PL_FULL = ("RFC 3463 5.2.2 in Polish as Polish hosts' help words a full box (support.konto.pl / forpsi: 'skrzynka "
           "odbiorcy jest przepełniona'; Interia 'przepełnioną skrzynkę'), with 'przekroczony limit pojemności'; hand-made")
PL_LATE = "RFC 3463 4.4.2 'Bad connection' in Polish ('Przekroczono limit czasu połączenia'); hand-made"
PL_SIZE = "RFC 3463 5.3.4 in Polish ('Przekroczony maksymalny rozmiar wiadomości'); hand-made"
PL_SEND = ("OUR smarthost's daily sending limit at MAIL FROM in Polish ('Przekroczono dzienny limit wysyłki'), "
           "taxonomy s7; hand-made")


def pf_mail_from(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    return pf_remote(rid, a, reply, status, mx, command="MAIL FROM")


EXC_ROWS = [
    ("l66-exc-de-pf-quota-exceeded", f"{POSTFIX_SRC}; {GMX_DE}",
     pf_remote("e1", "k.vogel@rhein-armaturen.de", "552 5.2.2 <k.vogel@rhein-armaturen.de>: Speicherplatz des Postfachs "
               "überschritten (Quota)", "5.2.2", "mx.rhein-armaturen.de"),
     soft("k.vogel@rhein-armaturen.de", FULL)),
    ("l66-exc-de-exim-quota-bare-550", f"{EXIM_SRC}; {GMX_DE} (under a bare 550)",
     ex_remote("e2", "b.schulz@lausitz-textil.de", "550 Das Speicherkontingent im Postfach des Empfängers ist "
               "überschritten", "mx.lausitz-textil.de"),
     soft("b.schulz@lausitz-textil.de", FULL)),
    ("l66-exc-de-control-time-limit", f"{POSTFIX_SRC}; {EX_DE_LATE}",
     pf_remote("e3", "s.maier@isar-logistik.de", "550 5.4.7 Das Zeitlimit für die Zustellung an das Postfach des "
               "Empfängers wurde überschritten", "5.4.7", "mx.isar-logistik.de"),
     soft("s.maier@isar-logistik.de", LATE)),
    ("l66-exc-de-control-time-limit-box-first", f"{GMAIL_SRC}; {EX_DE_LATE} (the box's noun before the time limit)",
     g_remote("e4", "a.wolf@harz-metall.de", "550 5.4.7 Postfach des Empfängers nicht erreichbar: Zeitlimit "
              "überschritten", "5.4.7", "mx.harz-metall.de", heading="Message not delivered", lead=PROBLEM),
     soft("a.wolf@harz-metall.de", LATE)),
    ("l66-exc-de-control-message-size", f"{EXIM_SRC}; {DE_SIZE}",
     ex_remote("e5", "j.becker@mosel-weinbau.de", "552 5.3.4 Die Nachricht überschreitet die maximale Größe für dieses "
               "Postfach", "mx.mosel-weinbau.de"),
     soft("j.becker@mosel-weinbau.de", BIG)),
    ("l66-exc-de-control-size-limit-word", f"{POSTFIX_SRC}; {DE_SIZE}",
     pf_remote("e6", "u.koch@eifel-beton.de", "552 5.3.4 Größenlimit überschritten: Nachricht zu groß für das Postfach",
               "5.3.4", "mx.eifel-beton.de"),
     soft("u.koch@eifel-beton.de", BIG)),
    ("l66-exc-de-control-our-sending-limit", f"{POSTFIX_SRC}; {DE_SEND}",
     pf_mail_from("e7", "h.braun@spree-elektro.de", f"550 5.7.1 Tageslimit für den Versand überschritten (Postfach "
                  f"{SELLER})", "5.7.1", "smtp.example-relay.de"),
     soft("h.braun@spree-elektro.de", SENDQ, S)),
    ("l66-exc-nl-gmail-quotum-exceeded", f"{GMAIL_SRC}; {NL_FULL}",
     g_remote("e8", "j.visser@drenthe-agro.nl", "552 5.2.2 Het quotum van de mailbox van de ontvanger is overschreden",
              "5.2.2", "mx.drenthe-agro.nl", heading="Message not delivered", lead=PROBLEM),
     soft("j.visser@drenthe-agro.nl", FULL)),
    ("l66-exc-nl-exo-postbus-quotum", f"{EXO_SRC}; {NL_FULL}",
     exo_remote("e9", "m.dekker@twente-kunststof.nl", "550 5.2.2 Postbus vol: quotum overschreden", "5.2.2",
                "mx.twente-kunststof.nl"),
     soft("m.dekker@twente-kunststof.nl", FULL)),
    ("l66-exc-nl-control-time-limit", f"{POSTFIX_SRC}; {NL_LATE}",
     pf_remote("e10", "p.smit@zwolle-bouw.nl", "550 5.4.7 De tijdslimiet voor aflevering aan de postbus is overschreden",
               "5.4.7", "mx.zwolle-bouw.nl"),
     soft("p.smit@zwolle-bouw.nl", LATE)),
    ("l66-exc-nl-control-message-size", f"{EXIM_SRC}; {NL_SIZE}",
     ex_remote("e11", "r.bakker@limburg-staal.nl", "552 5.3.4 Maximale berichtgrootte voor deze mailbox overschreden",
               "mx.limburg-staal.nl"),
     soft("r.bakker@limburg-staal.nl", BIG)),
    ("l66-exc-pl-pf-capacity-exceeded", f"{POSTFIX_SRC}; {PL_FULL}",
     pf_remote("e12", "t.nowak@slask-stal.pl", "552 5.2.2 Przekroczony limit pojemności skrzynki odbiorcy", "5.2.2",
               "mx.slask-stal.pl"),
     soft("t.nowak@slask-stal.pl", FULL)),
    ("l66-exc-pl-exim-box-first", f"{EXIM_SRC}; {PL_FULL} (the box first, under a bare 550)",
     ex_remote("e13", "a.wisniewska@pomorze-ryby.pl", "550 Skrzynka odbiorcy: przekroczony limit pojemności",
               "mx.pomorze-ryby.pl"),
     soft("a.wisniewska@pomorze-ryby.pl", FULL)),
    ("l66-exc-pl-control-time-limit", f"{GMAIL_SRC}; {PL_LATE}",
     g_remote("e14", "k.lewandowski@mazury-drewno.pl", "550 5.4.2 Przekroczono limit czasu połączenia ze skrzynką "
              "odbiorcy", "5.4.2", "mx.mazury-drewno.pl", heading="Message not delivered", lead=PROBLEM),
     soft("k.lewandowski@mazury-drewno.pl", LATE)),
    ("l66-exc-pl-control-message-size", f"{POSTFIX_SRC}; {PL_SIZE}",
     pf_remote("e15", "m.zielinski@krakow-szklo.pl", "552 5.3.4 Przekroczony maksymalny rozmiar wiadomości dla skrzynki "
               "odbiorcy", "5.3.4", "mx.krakow-szklo.pl"),
     soft("m.zielinski@krakow-szklo.pl", BIG)),
    ("l66-exc-pl-control-our-sending-limit", f"{POSTFIX_SRC}; {PL_SEND}",
     pf_mail_from("e16", "j.kaminski@lodz-tkaniny.pl", f"550 5.7.1 Przekroczono dzienny limit wysyłki dla skrzynki "
                  f"{SELLER}", "5.7.1", "smtp.example-relay.pl"),
     soft("j.kaminski@lodz-tkaniny.pl", SENDQ, S)),
]

# ---- 4. Exchange 2010's '#< #<status> smtp;<reply>> #SMTP#' line without a Diagnostic-Code -----------------------------
ORG4 = "corp.halden-marine.no"
EX_SMTP_LINE = (f"{EX2010_SRC}: the remote server's '<remote> #<<remote> #<status> smtp;<reply>> #SMTP#' line under the "
                "address (the page's own example '#<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not "
                "authenticated> #SMTP#'); here in a report block without Remote-MTA / Diagnostic-Code")
GMAIL_FULL = "Google's '552 5.2.2 The email account that you tried to reach is over quota' (SMTP error reference)"

EX10_ROWS = [
    ("l66-ex10-smtp-line-host-mailbox-full", f"{EX_SMTP_LINE}; RFC 3463 5.2.2, a generic Status 5.0.0",
     ex10_custom("x1", f"e.haugen@{ORG4}\n", f"e.haugen@{ORG4}\nmx.{ORG4} #<mx.{ORG4} #5.2.2 smtp;552 5.2.2 Mailbox full>"
                 " #SMTP#", [(f"e.haugen@{ORG4}", "5.0.0")], server=f"EXCH01.{ORG4}"),
     soft(f"e.haugen@{ORG4}", FULL)),
    ("l66-ex10-smtp-line-gmail-over-quota", f"{EX_SMTP_LINE}; {GMAIL_FULL}, a generic Status 5.0.0",
     ex10_custom("x2", "ola.nordmann.work@gmail.com\n", "ola.nordmann.work@gmail.com\ngmail-smtp-in.l.google.com "
                 "#<gmail-smtp-in.l.google.com #5.2.2 smtp;552-5.2.2 The email account that you tried to reach is over "
                 "quota. 5b1f17b1804b1-46e6f1c2si8812345f.210 - gsmtp> #SMTP#",
                 [("ola.nordmann.work@gmail.com", "5.0.0")], server=f"EXCH01.{ORG4}"),
     soft("ola.nordmann.work@gmail.com", FULL)),
    ("l66-ex10-smtp-line-no-host-over-quota", f"{EX_SMTP_LINE} (without the host, as audit65's row); Cyrus '552 5.2.2 "
     "Over quota', a generic Status 5.0.0",
     ex10_custom("x3", f"k.strand@{ORG4}\n", f"k.strand@{ORG4}\n#< #5.2.2 smtp;552 5.2.2 Over quota> #SMTP#",
                 [(f"k.strand@{ORG4}", "5.0.0")], server=f"EXCH01.{ORG4}"),
     soft(f"k.strand@{ORG4}", FULL)),
    # Controls: the line under 5.1.1 and a policy refusal; a recipient with no line beside one that has it.
    ("l66-ex10-control-smtp-line-user-unknown", f"{EX_SMTP_LINE}; Postfix 'User unknown in virtual mailbox table', "
     "Status 5.1.1",
     ex10_custom("x4", f"l.moe@{ORG4}\n", f"l.moe@{ORG4}\nmx.{ORG4} #<mx.{ORG4} #5.1.1 smtp;550 5.1.1 <l.moe@{ORG4}>: "
                 "Recipient address rejected: User unknown in virtual mailbox table> #SMTP#", [(f"l.moe@{ORG4}", "5.1.1")],
                 server=f"EXCH01.{ORG4}"),
     hard(f"l.moe@{ORG4}")),
    ("l66-ex10-control-smtp-line-client-not-authenticated", f"{EX_SMTP_LINE} (the page's own example)",
     ex10_custom("x5", f"s.lie@{ORG4}\n", f"s.lie@{ORG4}\nexchange.{ORG4} #<exchange.{ORG4} #5.7.1 smtp;530 5.7.1 Client "
                 "was not authenticated> #SMTP#", [(f"s.lie@{ORG4}", "5.7.1")], server=f"EXCH01.{ORG4}"),
     soft(f"s.lie@{ORG4}", SEND_SOFT)),
    ("l66-ex10-control-two-recipients-one-line", f"{EX_SMTP_LINE}; two recipients, the first with no admin line "
     "(Status 5.0.0), the second's line a full mailbox",
     ex10_custom("x6", f"a.dahl@{ORG4}\n\n\nb.foss@{ORG4}\n", f"a.dahl@{ORG4}\n\nb.foss@{ORG4}\n#< #5.2.2 smtp;552 5.2.2 "
                 "Mailbox full> #SMTP#", [(f"a.dahl@{ORG4}", "5.0.0"), (f"b.foss@{ORG4}", "5.2.2")],
                 server=f"EXCH01.{ORG4}"),
     soft(f"a.dahl@{ORG4}") + soft(f"b.foss@{ORG4}", FULL)),
]

# ---- 5. Turkish / Swedish size limits beside quotas ------------------------------------------------------------------
TR_SIZE = ("RFC 3463 5.3.4 in Turkish as Turkish hosts' SMTP code tables word it ('ileti boyutu' message size, 'sınır' "
           "limit; destek.sh.com.tr 'SMTP Hata Kodları'), with 'aşıldı' (was exceeded); hand-made")
TR_QUOTA = ("RFC 3463 5.2.2 in Turkish ('kota(sı) aşıldı': the quota was exceeded, as review quota65's 'posta kutusu "
            "kotası aşıldı'); hand-made")
SV_SIZE = ("RFC 3463 5.3.4 in Swedish ('storleksgräns' size limit, 'har överskridits' has been exceeded; support."
           "crossnet.se words limits so); hand-made")
SV_QUOTA = "RFC 3463 5.2.2 in Swedish ('kvot ... har överskridits', as review quota65's row); hand-made"

SIZE_ROWS = [
    ("l66-size-tr-pf-message-size-limit", f"{POSTFIX_SRC}; {TR_SIZE}",
     pf_remote("z1", "e.yilmaz@ege-tekstil.com.tr", "552 5.3.4 İleti boyut sınırı aşıldı", "5.3.4",
               "mx.ege-tekstil.com.tr"),
     soft("e.yilmaz@ege-tekstil.com.tr", BIG)),
    ("l66-size-tr-exim-size-beside-box", f"{EXIM_SRC}; {TR_SIZE} (the box's noun before it)",
     ex_remote("z2", "m.demir@bursa-otomotiv.com.tr", "552 Alıcının posta kutusuna gönderilen ileti boyut sınırı aşıldı",
               "mx.bursa-otomotiv.com.tr"),
     soft("m.demir@bursa-otomotiv.com.tr", BIG)),
    ("l66-size-tr-gmail-quota", f"{GMAIL_SRC}; {TR_QUOTA}",
     g_remote("z3", "a.kaya@konya-un.com.tr", "552 5.2.2 Alıcının depolama kotası aşıldı", "5.2.2", "mx.konya-un.com.tr",
              heading="Message not delivered", lead=PROBLEM),
     soft("a.kaya@konya-un.com.tr", FULL)),
    ("l66-size-tr-exim-bare-quota", f"{EXIM_SRC}; {TR_QUOTA} (under a bare 550)",
     ex_remote("z4", "s.celik@izmir-liman.com.tr", "550 Posta kutusu dolu: kota aşıldı", "mx.izmir-liman.com.tr"),
     soft("s.celik@izmir-liman.com.tr", FULL)),
    ("l66-size-sv-pf-message-size-limit", f"{POSTFIX_SRC}; {SV_SIZE}",
     pf_remote("z5", "l.andersson@dalarna-tra.se", "552 5.3.4 Meddelandets storleksgräns har överskridits", "5.3.4",
               "mx.dalarna-tra.se"),
     soft("l.andersson@dalarna-tra.se", BIG)),
    ("l66-size-sv-exo-size-beside-box", f"{EXO_SRC}; {SV_SIZE} (the box's noun in the sentence)",
     exo_remote("z6", "k.nilsson@skane-mejeri.se", "550 Storleksgränsen för meddelanden till mottagarens brevlåda har "
                "överskridits", "5.3.4", "mx.skane-mejeri.se"),
     soft("k.nilsson@skane-mejeri.se", BIG)),
    ("l66-size-sv-gmail-quota", f"{GMAIL_SRC}; {SV_QUOTA}",
     g_remote("z7", "o.berg@norrland-energi.se", "552 5.2.2 Mottagarens kvot har överskridits", "5.2.2",
              "mx.norrland-energi.se", heading="Message not delivered", lead=PROBLEM),
     soft("o.berg@norrland-energi.se", FULL)),
]

ROWS = GAVEUP_ROWS + SENDER_ROWS + EXC_ROWS + EX10_ROWS + SIZE_ROWS

# Written with the mends (after the first run): rows that fail without them and controls that read the same before and
# after them (checked against main's tree at 1604a224).
MEND_ROWS = [
    # exceeded_limits: the box's own size, or its store named beside the message's size, stays a full mailbox.
    ("l66-mend-de-control-box-size-exceeded", f"{EXIM_SRC}; {GMX_DE} (the mailbox's maximum size, no message named)",
     ex_remote("m1", "r.hahn@weser-kontor.de", "550 Die maximale Größe des Postfachs wurde überschritten",
               "mx.weser-kontor.de"),
     soft("r.hahn@weser-kontor.de", FULL)),
    ("l66-mend-de-control-store-beside-message-size", f"{EXIM_SRC}; {GMX_DE} (the box's Kontingent with the message "
     "too big for what is left)",
     ex_remote("m2", "i.lang@neckar-pumpen.de", "552 Postfachkontingent überschritten, die Nachricht ist zu groß für den "
               "verbleibenden Speicher", "mx.neckar-pumpen.de"),
     soft("i.lang@neckar-pumpen.de", FULL)),
    ("l66-mend-nl-control-box-limit-exceeded", f"{EXIM_SRC}; {NL_FULL} (under a bare 550)",
     ex_remote("m3", "h.mulder@friesland-zuivel.nl", "550 Mailbox vol: de limiet van de postbus is overschreden",
               "mx.friesland-zuivel.nl"),
     soft("h.mulder@friesland-zuivel.nl", FULL)),
    ("l66-mend-pl-control-time-then-full", f"{EXIM_SRC}; {PL_LATE}; {PL_FULL} (a time-out sentence, then the full box: "
     "the later match still counts)",
     ex_remote("m4", "p.wojcik@opole-cement.pl", "550 Przekroczono limit czasu połączenia ze skrzynką. Skrzynka odbiorcy "
               "jest pełna", "mx.opole-cement.pl"),
     soft("p.wojcik@opole-cement.pl", FULL)),
    ("l66-mend-pl-control-capacity-then-message", f"{EXIM_SRC}; {PL_FULL} (under a bare 550)",
     ex_remote("m5", "e.kowalczyk@gdansk-stocznia.pl", "550 Przekroczono limit pojemności skrzynki; wiadomość nie może "
               "zostać dostarczona", "mx.gdansk-stocznia.pl"),
     soft("e.kowalczyk@gdansk-stocznia.pl", FULL)),
    # mailbox_states' Turkish size: ASCII-folded Turkish (a gateway that drops the letters) now seen by the guard.
    ("l66-mend-tr-ascii-message-size", f"{EXIM_SRC}; {TR_SIZE} (ASCII-folded, under a bare 552)",
     ex_remote("m6", "o.aydin@trakya-cam.com.tr", "552 Ileti boyut siniri asildi", "mx.trakya-cam.com.tr"),
     soft("o.aydin@trakya-cam.com.tr", BIG)),
    ("l66-mend-tr-control-box-quota", f"{EXIM_SRC}; {TR_QUOTA} (under a bare 552)",
     ex_remote("m7", "b.sahin@antalya-otel.com.tr", "552 Posta kutusu kotası aşıldı", "mx.antalya-otel.com.tr"),
     soft("b.sahin@antalya-otel.com.tr", FULL)),
    # exchange_admin: a '##' line and a '#SMTP#' line for one address: the '##' (Exchange's own) as before.
    ("l66-mend-ex10-control-hash-line-first", f"{EX_SMTP_LINE}; review ms65's '#<reply> ##' line (Exchange's own "
     "refusal) beside a relayed one, Status 5.0.0",
     ex10_custom("m8", f"g.eide@{ORG4}\n", f"g.eide@{ORG4}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\n"
                 f"g.eide@{ORG4}\n#< #5.2.2 smtp;552 5.2.2 Mailbox full> #SMTP#", [(f"g.eide@{ORG4}", "5.0.0")],
                 server=f"EXCH01.{ORG4}"),
     hard(f"g.eide@{ORG4}")),
]
