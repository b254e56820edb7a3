"""Relay 63: a first-run MEASUREMENT of the classifier on refusals of OUR side that sit beside recipient words:
relay refusals (norelaying), size refusals at MAIL FROM or DATA (mesgtoobig / exceedlimit), our IP or host on a
block list (blocked / badreputation) against content judged spam (spamdetected), our envelope sender refused
(rejected). All are soft; the danger is a FALSE HARD, a relay or block-list refusal read userunknown because the
reply also names the recipient's address, says "recipient" or "user", carries a 5.1.x code an admin or a gateway
wrote, or travels in a layout whose own lead says the address was not found (Gmail's DSN picks its heading from
the code). Controls beside them: real no-such-user replies from the same relays, filters and providers (hard),
and a recipient's full mailbox.

Census before writing (review_blocks36 and the review modules naming norelaying, mesgtoobig, exceedlimit): the
common English relay and size texts (Postfix's "Relay access denied", Sendmail's "Relaying denied", Courier's
"513 Relaying denied.", Exchange Online's 5.7.54 / 5.7.64, Spamhaus and Outlook.com S3150 rows) are measured many
times, mostly in Postfix's layout with the enhanced code they are meant to carry. These rows aim at what is not:
the same texts under a 5.1.x code (a DSN Status a gateway wrote, an access map's own code), inside Gmail's DSN
whose lead then says "the address couldn't be found", relay refusals that speak of a "non-local e-mail address"
or a "domain or address defined for this server" (MailEnable), "Delivery is not allowed to this address"
(hMailServer), block-list replies that say "user complaints" (Yahoo), "contact the intended recipient"
(IronPort), "permanent failure for one or more recipients (<address>:blocked)" (Barracuda), a list's TXT text
that speaks of unknown users, and size refusals at MAIL FROM that name our sender, not the recipient.

Expected rows (address, hard, reasons, scope, delay) written from the servers' words and shared/classifier/
taxonomy.md BEFORE the classifier ran on them (committed first). Scope: relay, block-list and envelope-sender
refusals are the sender's (severity._SENDER_REASONS); a size refusal or a content verdict is left open (ANY): the
recipient's server sets that limit or filter, and the taxonomy names no side for it. Names "r63-<frame>-<what>".
Relay and size rows here; block lists, spam verdicts and the controls in review_relay63_more.py."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, PROBLEM, S, ex_remote, exo_remote, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       SENDMAIL_SRC, exchange_old, exim, qmail, sendmail)

NR, SIZE = ("norelaying",), ("mesgtoobig", "exceedlimit")
OURIP = "198.51.100.7"


def relay(a: str, reasons: tuple = NR) -> list[tuple]:
    return [(a, False, reasons, S, False)]


def sized(a: str, scope: str | None = ANY) -> list[tuple]:
    return [(a, False, SIZE, scope, False)]


def soft_any(a: str) -> list[tuple]:
    return [(a, False, (), ANY, False)]


def later(a: str, reasons: tuple = ()) -> list[tuple]:
    return [(a, False, reasons, ANY, True)]


PF_RELAY = "Postfix src/smtpd/smtpd_check.c reject_unauth_destination ('<%s>: Relay access denied', relay_domains_reject_code 554, 5.7.1)"
PF_DEFER = "Postfix smtpd_check.c defer_unauth_destination (454 4.7.1 '<%s>: Relay access denied'; postconf(5))"
PF_ACCESS = "Postfix access(5): 'REJECT optional text...' with the admin's own enhanced code before the text"
SM_RELAY = "sendmail cf/m4/proto.m4 check_rcpt ('550 Relaying denied', 'Relaying denied. Proper authentication required.', 'IP name lookup failed')"
SM_ACCESS = "sendmail cf/README access database ('ERROR:D.S.N:### text' sets the enhanced code of a refusal)"
SM_SIZE = "sendmail srvrsmtp.c mail_esmtp_args SIZE ('552 5.2.3 Message size exceeds maximum value')"
EXIM_RELAY = "Exim default configure acl_check_rcpt ('relay not permitted'); cPanel's Exim ACL relay text (cPanel docs)"
EXIM_SIZE = "Exim src/smtp_in.c MAIL FROM with SIZE= over message_size_limit ('552 Message size exceeds maximum permitted')"
QMAIL_RELAY = "qmail-smtpd.c err_nogateway ('553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)')"
KERIO = "Kerio Connect relay refusal ('550 5.7.1 Relaying to <address> denied (authentication required)'; Kerio KB 'Relaying denied')"
HMAIL = "hMailServer SMTPConnection.cpp relay refusal by IP range ('550 Delivery is not allowed to this address.'; hMailServer docs 'IP ranges')"
MAILENABLE = "MailEnable SMTP relay refusal ('503 This mail server requires authentication when attempting to send to a non-local e-mail address'; MailEnable KB ME020193)"
DOMINO = "HCL Domino SMTP ('Relay rejected for policy reasons.'; Domino admin help 'Restricting relays')"
EXCH_RELAY = "Exchange Server receive connector ('550 5.7.1 Unable to relay'; learn.microsoft.com 'Fix NDR 550 5.7.1')"
EXO_RELAY = "Exchange Online NDR 5.7.54 / 5.7.64 (learn.microsoft.com 'Fix email delivery issues for error code 5.7.54'; OfficeDocs-Support 'relay-access-denied-attr36-ndr')"
GWS_RELAY = "Google Workspace SMTP relay service ('Mail relay denied ... Invalid credentials for relay'; support.google.com/a/answer/6140680)"
G_SIZE = "Gmail MAIL FROM SIZE refusal ('552-5.3.4 Your message exceeded Google's message size limits', p=MaxSizeError; support.google.com/a/answer/3726730)"
EXCH_SIZE = "Exchange Server ('552 5.3.4 Message size exceeds fixed maximum message size'; 'ROUTING.SizeLimit'; 'RESOLVER.RST.RecipSizeLimit'; learn.microsoft.com 'NDR 5.3.4')"
PF_SIZE = "Postfix src/smtpd/smtpd.c mail_cmd ('552 5.3.4 Message size exceeds fixed limit'), smtp_proto.c '(in reply to MAIL FROM command)'"

RELAY_ROWS = [
    # Postfix's relay refusal in the layouts it travels in, then under codes that say 5.1.x.
    ("r63-pf-relay-recipient-address-rejected", f"{POSTFIX_SRC}; {PF_RELAY}",
     pf_remote("a1", "k.osei@tidewater-freight.com", "554 5.7.1 <k.osei@tidewater-freight.com>: Recipient address "
               "rejected: Relay access denied", "5.7.1", "mx.tidewater-freight.com"), relay("k.osei@tidewater-freight.com")),
    ("r63-pf-relay-dsn-status-5-1-1", f"{POSTFIX_SRC}; {PF_RELAY}; the DSN Status a gateway rewrote",
     pf_remote("a2", "m.haddad@cedarline-trade.com", "554 5.7.1 <m.haddad@cedarline-trade.com>: Relay access denied",
               "5.1.1", "mail.cedarline-trade.com"), relay("m.haddad@cedarline-trade.com")),
    ("r63-pf-relay-access-map-5-1-1", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("a3", "j.ruiz@alto-packaging.es", "550 5.1.1 <j.ruiz@alto-packaging.es>: Recipient address rejected: "
               "Relaying denied", "5.1.1", "mx1.alto-packaging.es"), relay("j.ruiz@alto-packaging.es")),
    ("r63-gmail-relay-under-5-1-1-address-not-found", f"{GMAIL_SRC}; {PF_ACCESS}",
     g_remote("a4", "t.berg@nordkyst-shipping.no", "550 5.1.1 <t.berg@nordkyst-shipping.no>: Relay access denied",
              "5.1.1", "mx.nordkyst-shipping.no"), relay("t.berg@nordkyst-shipping.no")),
    ("r63-gmail-relay-5-7-1-problem", f"{GMAIL_SRC}; {PF_RELAY}",
     g_remote("a5", "p.nair@lotus-components.in", "554 5.7.1 <p.nair@lotus-components.in>: Relay access denied",
              "5.7.1", "mail.lotus-components.in", heading="Message not delivered", lead=PROBLEM),
     relay("p.nair@lotus-components.in")),
    ("r63-pf-relay-defer-delay", f"{POSTFIX_SRC}; {PF_DEFER}",
     pf_remote("a6", "d.klein@rhein-metall-handel.de", "454 4.7.1 <d.klein@rhein-metall-handel.de>: Relay access "
               "denied", "4.7.1", "mx.rhein-metall-handel.de", action="delayed"), later("d.klein@rhein-metall-handel.de")),
    # Sendmail's relay refusals: its proto.m4 texts and an access-db code of 5.1.1.
    ("r63-sm-relaying-denied-proper-auth", f"{SENDMAIL_SRC}; {SM_RELAY}",
     sendmail("a7", "l.moreau@atelier-brun.fr", remote="mx.atelier-brun.fr", rcpt_reply="550 5.7.1 "
              "<l.moreau@atelier-brun.fr>... Relaying denied. Proper authentication required.", status="5.7.1"),
     relay("l.moreau@atelier-brun.fr")),
    ("r63-sm-relaying-denied-ip-lookup-failed", f"{SENDMAIL_SRC}; {SM_RELAY}",
     sendmail("a8", "f.costa@vale-textil.pt", remote="mail.vale-textil.pt", rcpt_reply="550 5.7.1 "
              f"<f.costa@vale-textil.pt>... Relaying denied. IP name lookup failed [{OURIP}]", status="5.7.1"),
     relay("f.costa@vale-textil.pt")),
    ("r63-sm-access-db-5-1-1-relaying-denied", f"{SENDMAIL_SRC}; {SM_ACCESS}",
     sendmail("a9", "h.sato@kanto-seiki.jp", remote="mx.kanto-seiki.jp", rcpt_reply="550 5.1.1 "
              "<h.sato@kanto-seiki.jp>... Relaying denied", status="5.1.1"), relay("h.sato@kanto-seiki.jp")),
    # Exim, qmail, Kerio, hMailServer, MailEnable, Domino: relay refusals in their own words.
    ("r63-exim-relay-not-permitted", f"{EXIM_SRC}; {EXIM_RELAY}",
     ex_remote("b1", "a.novak@vltava-stroje.cz", "550 relay not permitted", "mx.vltava-stroje.cz"),
     relay("a.novak@vltava-stroje.cz")),
    ("r63-exim-cpanel-not-permitted-to-relay", f"{EXIM_SRC}; {EXIM_RELAY}",
     ex_remote("b2", "s.wong@harbourview-pacific.com.au", "550-Please turn on SMTP Authentication in your mail "
               "client, or login to the\n    550-IMAP/POP3 server before sending your message.  mail.example.com\n    "
               f"550-[{OURIP}]:41234 is not permitted to relay through this server without\n    550 authentication.",
               "server.harbourview-pacific.com.au"), relay("s.wong@harbourview-pacific.com.au")),
    ("r63-qmail-not-in-rcpthosts", f"{EXIM_SRC}; {QMAIL_RELAY}",
     ex_remote("b3", "g.rossi@lago-arredi.it", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
               "mail.lago-arredi.it"), relay("g.rossi@lago-arredi.it")),
    ("r63-qmail-bounce-rcpthosts", f"qmail-send bounce; {QMAIL_RELAY}",
     qmail("b4", "e.larsen@fyn-maskiner.dk", detail="Remote host said: 553 sorry, that domain isn't in my list of "
           "allowed rcpthosts (#5.7.1)\nGiving up on 203.0.113.44."), relay("e.larsen@fyn-maskiner.dk")),
    ("r63-pf-kerio-relaying-to-denied", f"{POSTFIX_SRC}; {KERIO}",
     pf_remote("b5", "r.kowalski@wisla-logistyka.pl", "550 5.7.1 Relaying to <r.kowalski@wisla-logistyka.pl> "
               "denied (authentication required)", "5.7.1", "mail.wisla-logistyka.pl"), relay("r.kowalski@wisla-logistyka.pl")),
    ("r63-pf-hmailserver-not-allowed-to-address", f"{POSTFIX_SRC}; {HMAIL}",
     pf_remote("b6", "c.ionescu@carpati-agro.ro", "550 Delivery is not allowed to this address.", "5.0.0",
               "mail.carpati-agro.ro"), soft_any("c.ionescu@carpati-agro.ro")),
    ("r63-exim-mailenable-non-local-address", f"{EXIM_SRC}; {MAILENABLE}",
     ex_remote("b7", "n.petrov@balkan-trans.bg", "503 This mail server requires authentication when attempting to "
               "send to a non-local e-mail address. Please check your mail client settings or contact your "
               "administrator to verify that the domain or address is defined for this server.",
               "mail.balkan-trans.bg"), relay("n.petrov@balkan-trans.bg", ("norelaying", "securityerror"))),
    ("r63-pf-domino-relay-rejected-policy", f"{POSTFIX_SRC}; {DOMINO}",
     pf_remote("b8", "w.jansen@polder-bouw.nl", "554 5.7.1 Relay rejected for policy reasons.", "5.7.1",
               "smtp.polder-bouw.nl"), relay("w.jansen@polder-bouw.nl")),
    # Exchange's relay refusals, on-premises, in Exchange Online's NDR, through Gmail.
    ("r63-exch-old-unable-to-relay-for", f"{EXO_OLD_SRC}; {EXCH_RELAY}",
     exchange_old("c1", "b.okafor@lagos-ports.com.ng", explain="Your message wasn't delivered because the "
                  "recipient's email provider rejected it.", diag="550 5.7.1 Unable to relay for "
                  "b.okafor@lagos-ports.com.ng", status="5.7.1", remote="mail.lagos-ports.com.ng"),
     relay("b.okafor@lagos-ports.com.ng")),
    ("r63-exo-5-7-54-non-accepted-domain", f"{EXO_SRC}; {EXO_RELAY}",
     exo_remote("c2", "y.cohen@negev-solar.co.il", "550 5.7.54 SMTP; Unable to relay recipient in non-accepted "
                "domain", "5.7.54", "negevsolar-co-il.mail.protection.outlook.com"), relay("y.cohen@negev-solar.co.il")),
    ("r63-gmail-5-7-64-tenant-attribution", f"{GMAIL_SRC}; {EXO_RELAY}",
     g_remote("c3", "o.lindgren@skane-verktyg.se", "550 5.7.64 TenantAttribution; Relay Access Denied "
              "[HE1EUR02FT012.eop-EUR02.prod.protection.outlook.com]", "5.7.64",
              "skaneverktyg-se.mail.protection.outlook.com", heading="Message not delivered", lead=PROBLEM),
     relay("o.lindgren@skane-verktyg.se")),
    ("r63-exch-old-5-7-64-status-5-1-1", f"{EXO_OLD_SRC}; {EXO_RELAY}; Status as a relay wrote it",
     exchange_old("c4", "i.schmidt@alpen-holz.at", explain="Your message wasn't delivered because the recipient's "
                  "email provider rejected it.", diag="550 5.7.64 TenantAttribution; Relay Access Denied ATTR36",
                  status="5.1.1", remote="alpenholz-at.mail.protection.outlook.com"), relay("i.schmidt@alpen-holz.at")),
    # Google Workspace's SMTP relay refusing OUR relay (our own provider's words, no remote mailbox named).
    ("r63-pf-gws-relay-invalid-credentials", f"{POSTFIX_SRC}; {GWS_RELAY}",
     pf_remote("c5", "v.dubois@loire-vins.fr", f"550-5.7.1 Invalid credentials for relay [{OURIP}]. The IP address "
               "you've\n    550-5.7.1 registered in your Workspace SMTP Relay service doesn't match domain of\n    "
               "550-5.7.1 the account this email is being sent from. If you are trying to\n    550 5.7.1 relay "
               "mail from a domain that isn't registered under your account - gsmtp", "5.7.1",
               "smtp-relay.gmail.com"), relay("v.dubois@loire-vins.fr", ("norelaying", "securityerror", "rejected"))),
]

SIZE_ROWS = [
    ("r63-pf-size-at-mail-from", f"{POSTFIX_SRC}; {PF_SIZE}",
     pf_remote("d1", "q.tran@mekong-foods.vn", "552 5.3.4 Message size exceeds fixed limit", "5.3.4",
               "mx.mekong-foods.vn", command="MAIL FROM"), sized("q.tran@mekong-foods.vn")),
    ("r63-exim-size-at-mail-from-names-sender", f"{EXIM_SRC}; {EXIM_SIZE}",
     exim("d2", "u.fischer@elbe-chemie.de", detail="host mx.elbe-chemie.de [203.0.113.30]\n    SMTP error from "
          "remote mail server after MAIL FROM:<seller@example.com> SIZE=31457280:\n    552 Message size exceeds "
          "maximum permitted"), sized("u.fischer@elbe-chemie.de")),
    ("r63-sm-size-5-2-3-at-mail", f"{SENDMAIL_SRC}; {SM_SIZE}",
     sendmail("d3", "k.ali@gulf-marine.ae", remote="mx.gulf-marine.ae", rcpt_reply="552 5.2.3 Message size exceeds "
              "maximum value", status="5.2.3"), sized("k.ali@gulf-marine.ae")),
    ("r63-pf-gmail-size-mail-from", f"{POSTFIX_SRC}; {G_SIZE}",
     pf_remote("d4", "r.silva@serra-cafe.com.br", "552-5.3.4 Your message exceeded Google's message size limits. "
               "Please visit\n    552-5.3.4  https://support.google.com/mail/?p=MaxSizeError to view our size\n    "
               "552 5.3.4 guidelines. 5a478bee46e88-2b4c1d2e3f4si567890e0c.12 - gsmtp", "5.3.4",
               "aspmx.l.google.com", command="MAIL FROM"), sized("r.silva@serra-cafe.com.br")),
    ("r63-exim-gmail-size-5-2-3", f"{EXIM_SRC}; {G_SIZE} (the 5.2.3 form)",
     exim("d5", "m.garcia@sierra-ceramica.mx", detail="host aspmx.l.google.com [142.250.102.27]\n    SMTP error "
          "from remote mail server after end of data:\n    552-5.2.3 Your message exceeded Google's message size "
          "limits. Please visit\n    552-5.2.3  https://support.google.com/mail/?p=MaxSizeError to view our size\n"
          "    552 5.2.3 guidelines. 71dfb90a1353d-4a2b3c4d5esi1234567e0c.88 - gsmtp"), sized("m.garcia@sierra-ceramica.mx")),
    ("r63-exch-old-fixed-maximum-size", f"{EXO_OLD_SRC}; {EXCH_SIZE}",
     exchange_old("d6", "a.fernandes@douro-cork.pt", explain="The message you sent is too large for the recipient's "
                  "e-mail system.", diag="552 5.3.4 Message size exceeds fixed maximum message size",
                  status="5.3.4", remote="mail.douro-cork.pt"), sized("a.fernandes@douro-cork.pt")),
    ("r63-exch-old-routing-sizelimit", f"{EXO_OLD_SRC}; {EXCH_SIZE}",
     exchange_old("d7", "j.peters@veluwe-hout.nl", explain="The message you sent is too large for the recipient's "
                  "e-mail system.", diag="550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for "
                  "route", status="5.3.4"), sized("j.peters@veluwe-hout.nl")),
    ("r63-exo-recip-size-limit-names-recipient", f"{EXO_SRC}; {EXCH_SIZE}",
     exo_remote("d8", "h.yilmaz@bosphorus-tekstil.com.tr", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large "
                "for this recipient", "5.2.3", "bosphorustekstil-com-tr.mail.protection.outlook.com"),
     sized("h.yilmaz@bosphorus-tekstil.com.tr")),
    ("r63-exo-send-size-limit-ours", f"{EXO_SRC}; {EXCH_SIZE} (RESOLVER.RST.SendSizeLimit.Sender)",
     exo_remote("d9", "c.walsh@shannon-agri.ie", "550 5.2.3 RESOLVER.RST.SendSizeLimit.Sender; message too large "
                "for this sender", "5.2.3", None), sized("c.walsh@shannon-agri.ie", S)),
    ("r63-pf-size-5-2-2-miscoded", f"{POSTFIX_SRC}; {PF_ACCESS} (a size text under the admin's 5.2.2)",
     pf_remote("d10", "b.horvat@drava-metal.hr", "552 5.2.2 <b.horvat@drava-metal.hr>: Message size exceeds fixed "
               "maximum message size", "5.2.2", "mx.drava-metal.hr", command="DATA"),
     [("b.horvat@drava-metal.hr", False, SIZE + ("mailboxfull",), ANY, False)]),
]

ROWS = RELAY_ROWS + SIZE_ROWS
