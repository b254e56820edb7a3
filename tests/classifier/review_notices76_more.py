"""The seventy-sixth review's second table (review_notices76.py says how the expectations were
written): the rule tables' words as mail servers write them in their OWN notices (our Postfix
relay's failures, qmail-send's and Exim's bounces), CiviCRM's "Away" patterns in out-of-office
replies (no bounce: taxonomy s5; CiviCRM counts them), and controls. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import own_postfix
from tests.classifier.review_notices25 import rows_relayed
from tests.classifier.review_notices42_layouts import exim_own, qmail_own
from tests.classifier.review_notices56_more import FULL, auto_reply, with_original

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"

CIVI = ("CiviCRM civicrm_mailing_bounce_pattern, type {} (xml/templates/civicrm_data.tpl, CRM/Upgrade/Incremental/"
        "sql/4.3.alpha1 CRM-12373); the words as {} writes them")
PF = ("Postfix src/smtp/smtp_connect.c / smtp_proto.c ('connect to %s: %m', 'lost connection with %s while %s', "
      "'conversation with %s timed out while %s')")

# ---- our relay's own failures (Postfix layout): CiviCRM Host / Relay, soft there and here ----------
# (name, words, status, action, reasons); a failed 4.x is the queue lifetime run out.
PF_OWN = [
    ("lost-connection-greeting", "lost connection with mx.partner.example[192.0.2.25] while receiving the initial "
     "server greeting", "4.4.2", "delayed", ("networkerror", "expired")),
    ("conversation-timed-out", "conversation with mx.partner.example[192.0.2.25] timed out while sending RCPT TO",
     "4.4.2", "failed", ("networkerror", "expired")),
    ("no-route-to-host", "connect to mx.partner.example[192.0.2.25]:25: No route to host", "4.4.1", "failed",
     ("networkerror", "expired")),
    ("network-unreachable", "connect to mx.partner.example[192.0.2.25]:25: Network is unreachable", "4.4.1",
     "delayed", ("networkerror", "expired")),
]

# ---- qmail-send's and Exim's own words ------------------------------------------------------------
QM = ("qmail-remote.c 'Sorry, I couldn't find any host named %s. (#5.1.2)' and qmail-local.c 'This message is "
      "looping: it already has my Delivered-To line. (#5.4.6)'")
EX = "Exim src/deliver.c / routers: 'Unrouteable address' when no router accepts the address"
# OpenEMM [soft] "Sorry, i couldn.t find any host by that name"; CiviCRM Host "couldn't find any host
# named": soft there. qmail's own 5.1.2 for a name with no A/MX record: the domain, hard.
# OpenEMM [soft] "This message is looping": soft both.
# OpenEMM [hard] "Unrouteable address"; CiviCRM Relay (soft): Exim's own for a domain no router takes.
OWN_MTAS = [
    ("qmail-no-host-named", QM, qmail_own("r76-qmail-no-host", "Sorry, I couldn't find any host named "
     "partner.example. (#5.1.2)", LEAD), [(LEAD, True, ("hostunknown",), R, False)]),
    ("qmail-looping", QM, qmail_own("r76-qmail-looping", "This message is looping: it already has my Delivered-To "
     "line. (#5.4.6)", LEAD), [(LEAD, False, ("systemerror", "networkerror"), ANY, False)]),
    # CiviCRM Host "isn't in my control/locals file": qmail-remote.c's own words when it is the
    # domain's best MX but does not take it as local (a misconfigured loop, 5.4.6): soft.
    ("qmail-control-locals", QM + "; qmail-remote.c 'Sorry. Although I'm listed as a best-preference MX or A for "
     "that host, it isn't in my control/locals file'", qmail_own("r76-qmail-locals", "Sorry. Although I'm listed "
     "as a best-preference MX or A for that host,\nit isn't in my control/locals file, so I don't treat it as "
     "local. (#5.4.6)", LEAD), [(LEAD, False, ("systemerror", "networkerror"), ANY, False)]),
    ("exim-unrouteable", EX, exim_own("r76-exim-unrouteable", "Unrouteable address", LEAD),
     [(LEAD, True, ("hostunknown", "userunknown"), R, False)]),
]

# ---- CiviCRM "Away" (three bounces there; an auto-reply is no bounce here) ----------------------------
AWAY = ("CiviCRM civicrm_mailing_bounce_pattern, type Away '(be|am)? (out of|away from) (the|my)? "
        "(office|computer|town)', 'i am on vacation' and Inactive '(my )?e-?mail( address)? has changed', 'please use "
        "my new e-?mail address'; RFC 3834 (Auto-Submitted: auto-replied) and taxonomy s5")
AWAY_ROWS = [
    ("away-out-of-the-office", AWAY, auto_reply("r76-away-office", "Thank you for your message. I am out of the "
     "office until 14 December with limited access to e-mail."), []),
    ("away-on-vacation", AWAY, auto_reply("r76-away-vacation", "Hello, I am on vacation and will answer when I am "
     "back."), []),
    # CiviCRM: Inactive (on hold after one). An auto-reply naming a new address: still no bounce.
    ("away-address-has-changed", AWAY, auto_reply("r76-away-changed", "Please note that my e-mail address has "
     "changed. Please use my new e-mail address lead@newco.example from now on."), []),
]

# ---- controls of the rules this review added (HAND-MADE replies) -----------------------------------
# The words made HARD here ("no e-mail address registered", "user x not known at this site", Exchange's
# and Lotus Notes' French "no such recipient", German "diese Adresse ist nicht mehr verfügbar") where they
# mean something else: said of our sender at MAIL FROM, a 4xx still retried, a server's own state, the
# words inside the returned original under a full mailbox's deferral.
CTL = "controls of review 76's rules (rule_wordings, lexicon_more.MISSING_RECIPIENT, departures._RETIRED)"
SELLER = "seller@example.com"
CONTROLS = [
    ("no-email-registered-sender", f"550 No e-mail address registered for {SELLER}", "5.0.0", "MAIL", False, (), S),
    ("no-email-registered-450", f"450 4.1.1 No e-mail address registered for {LEAD}, try again later", "4.1.1",
     "RCPT", False, (), ANY),
    ("not-known-at-this-site-sender", f"550 User {SELLER} not known at this site", "5.0.0", "MAIL", False, (), S),
    ("not-known-at-this-site-450", f"450 User {LEAD} not known at this site, try again later", "4.0.0", "RCPT",
     False, (), ANY),
    ("nom-destinataire-450", "450 Le nom du destinataire n'est pas reconnu, veuillez réessayer plus tard", "4.0.0",
     "RCPT", False, (), ANY),
    ("ihre-adresse-nicht-mehr-verfuegbar", "550 5.7.1 Ihre Adresse ist nicht mehr verfügbar", "5.7.1", "MAIL",
     False, (), S),
    ("dienst-nicht-mehr-verfuegbar", "550 5.3.0 Der Dienst ist nicht mehr verfügbar", "5.3.0", "RCPT", False, (), ANY),
    ("adresse-nicht-mehr-verfuegbar-450", "450 4.2.0 Diese Adresse ist nicht mehr verfuegbar", "4.2.0", "RCPT",
     False, (), ANY),
    ("ip-adresse-nicht-mehr-verfuegbar", "550 5.7.1 Die IP-Adresse 192.0.2.7 ist nicht mehr verfügbar", "5.7.1",
     "CONN", False, (), ANY),
    ("server-disk-space-452", "452 4.3.1 Server doesn't have enough disk space left", "4.3.1", "RCPT", False,
     ("systemfull",), ANY),
]
QUOTED = "RFC 3464 s2 (the diagnosis is the report's; the returned original's body is the sender's text)"
QUOTED_ROWS = [
    (f"quoted-{name}", QUOTED + "; " + CTL, with_original(FULL, "4.2.2", "RCPT", body),
     [("lead@example.org", False, ("mailboxfull",), R, True)])
    for name, body in (("no-email-registered", "Last time I got 'No e-mail address registered' from your server."),
                       ("nom-destinataire", "Le serveur a dit : le nom du destinataire n'est pas reconnu."),
                       ("nicht-mehr-verfuegbar", "Ihr Server sagte: Diese Adresse ist nicht mehr verfuegbar."))
]

ROWS_OWN = [(f"civi-own-{name}", CIVI.format("Host / Relay", "Postfix") + "; " + PF,
             own_postfix(text, status=status, address=LEAD, action=action, host="relay.ourco.example"),
             [(LEAD, False, reasons, ANY, action == "delayed")])
            for name, text, status, action, reasons in PF_OWN]

MORE_ROWS = (ROWS_OWN + OWN_MTAS + AWAY_ROWS + rows_relayed("control", CTL, "mx.partner.example", LEAD, CONTROLS)
             + QUOTED_ROWS)
