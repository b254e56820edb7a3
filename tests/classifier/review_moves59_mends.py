"""Moves 59's rows added with its two mends (written after the first run; test_review_moves59.py runs them beside
ROWS). Mend 1 (classifier/phrases.py): the plain phrase "mailbox has moved" read a mailbox migrating "to a new server",
a 4xx given up, as hasmoved (hard; mv59-pf-given-up-moved-server); mta_wordings' "has moved" pattern, which already
leaves a move to a new server out, now reads it alone. Mend 2 (classifier/changed_address.py, read by departures.gone):
an admin's refusal that says the recipient's address CHANGED or the person moved, in English and seven more languages,
reads hasmoved. POSITIVE rows fail without their mend; CONTROL rows (the same words for now, of a machine, an IP, an
office or our sender) read the same before and after."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, ex_remote, g_remote, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import EXIM_SRC, GMAIL_SRC, POSTFIX_SRC, exim
from tests.classifier.review_moves59_layouts import ADMIN_WORDS, EXIM_FAIL, PF_ACCESS, moved

POSITIVE = [
    ("mv59-mend-pf-access-this-address-changed", f"{POSTFIX_SRC}; {PF_ACCESS} (text HAND-MADE)",
     pf_remote("x1", "d.kaur@halden-tools.com", "550 5.7.1 <d.kaur@halden-tools.com>: Recipient address rejected: This "
               "email address has changed. Please use dkaur@halden.no", "5.7.1", "mx.halden-tools.com"),
     moved("d.kaur@halden-tools.com")),
    ("mv59-mend-exim-fail-nl-verhuisd", EXIM_FAIL + ADMIN_WORDS,
     exim("x2", "p.jansen@halden-tools.nl", detail="Piet Jansen is verhuisd naar Halden Noorwegen: "
          "piet.jansen@halden.no", host="mx.halden-tools.nl"), moved("p.jansen@halden-tools.nl")),
]

CONTROL = [
    # Mend 1: the RFC 3463 words still read hasmoved; the move to a new server for now still a delay.
    ("mv59-ctl-gmail-mailbox-has-moved", f"{GMAIL_SRC}; RFC 3463 X.1.6 'Destination mailbox has moved' said without "
     "a status", g_remote("y1", "a.fischer@tallis-energy.com", "550 Mailbox has moved. Please write to "
                          "andreas.fischer@tallis-group.com", "5.0.0", "mail.tallis-energy.com"),
     moved("a.fischer@tallis-energy.com")),
    ("mv59-ctl-pf-delay-moved-server", f"{POSTFIX_SRC} (delay warning); text HAND-MADE",
     pf_remote("y2", "n.rossi@seiwa-trading.com", "451 4.3.0 Mailbox has moved to a new server, please try again later",
               "4.3.0", "mx1.seiwa-trading.com", action="delayed"), later("n.rossi@seiwa-trading.com")),
    # Mend 2: the same words for now, or of an IP, a server, an office, our sender.
    ("mv59-ctl-pf-delay-de-adresse-geaendert", f"{POSTFIX_SRC} (delay warning); Postfix access(5) DEFER{ADMIN_WORDS}",
     pf_remote("y3", "vertrieb@oberhaus-gruppe.de", "450 4.7.1 <vertrieb@oberhaus-gruppe.de>: Recipient address "
               "rejected: Diese E-Mail-Adresse hat sich geaendert, bitte spaeter erneut versuchen", "4.7.1",
               "mx.oberhaus-gruppe.de", action="delayed"), later("vertrieb@oberhaus-gruppe.de")),
    ("mv59-ctl-pf-client-ip-changed", f"{POSTFIX_SRC}; Postfix access(5) REJECT under 'Client host rejected:' "
     "(text HAND-MADE)",
     pf_remote("y4", "j.oduya@halden-tools.com", "550 5.7.1 Client host rejected: your IP address has changed since "
               "your registration; re-register your relay",
               "5.7.1", "mx.halden-tools.com"), soft("j.oduya@halden-tools.com", (), ANY)),
    ("mv59-ctl-exim-fr-adresse-ip", f"{EXIM_SRC}{ADMIN_WORDS}",
     ex_remote("y5", "c.dubois@lumiere-conseil.fr", "550 Refusé : l'adresse IP de votre serveur a changé, merci de "
               "contacter postmaster@lumiere-conseil.fr", "mx.lumiere-conseil.fr"),
     soft("c.dubois@lumiere-conseil.fr", (), ANY)),
    ("mv59-ctl-exim-de-server-umgezogen", f"{EXIM_SRC}{ADMIN_WORDS}",
     ex_remote("y6", "k.brandt@oberhaus-gruppe.de", "550 Der Server ist umgezogen, bitte nutzen Sie "
               "mx2.oberhaus-gruppe.de", "mx.oberhaus-gruppe.de"), soft("k.brandt@oberhaus-gruppe.de", (), ANY)),
    ("mv59-ctl-pf-nl-kantoor-verhuisd", f"{POSTFIX_SRC}; {PF_ACCESS}{ADMIN_WORDS}",
     pf_remote("y7", "j.devries@halden-tools.nl", "550 5.7.1 <j.devries@halden-tools.nl>: Recipient address rejected: "
               "Ons kantoor is verhuisd; bezorging per post naar het nieuwe adres", "5.7.1", "mx.halden-tools.nl"),
     soft("j.devries@halden-tools.nl", (), ANY)),
    ("mv59-ctl-gmail-your-address-changed", f"{GMAIL_SRC}; a sender check's refusal (text HAND-MADE)",
     g_remote("y8", "m.garcia@marisol-foods.es", "550 5.7.1 Your email address has changed its domain and is not "
              "authorised to send here", "5.7.1", "mx.marisol-foods.es"), soft("m.garcia@marisol-foods.es", (), ANY)),
]

MEND_ROWS = POSITIVE + CONTROL
