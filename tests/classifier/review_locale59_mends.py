"""Review locale59's rows for its two mends (written after the measurement, before the mends ran): each mended row's
twin in another frame (must fail without the mend) and controls that must read the same with and without it.

1. WEB.DE / GMX's "550 Benutzer nicht bekannt/User unknown" and "550 User unknown." (their missing mailbox, as
   sitepackage.de lists WEB.DE's and GMX's replies; WEB.DE's own newsroom, 2015-03-28 'Die fünf häufigsten
   Fehlermeldungen beim Mailversand': '... oder User is unknown: Die angegebene E-Mail-Adresse existiert nicht')
   quoted by Gmail's DSN, which names no SMTP stage: read userunknown where GMX's / WEB.DE's host answered
   (classifier/remote/gmx.py). Controls: the same words from another host (the generic unknown-stage rule, filtered),
   a 4xx (nothing gone for good), the words said of OUR sender at MAIL FROM, GMX's inactive and full mailboxes.
2. Microsoft 365's "5.7.520 Access denied, Your organization does not allow external forwarding" in the NDR our own
   tenant wrote (no remote server): our organisation's policy, scope sender (classifier/remote/microsoft.py, an
   `own` rule). Control: the same reply answered by a Microsoft host as the RECIPIENT's server and relayed to us
   stays the recipient's (review 130's call: its rows 5-7-520-external-forwarding, outlook-5.7.520-forwarding)."""

from __future__ import annotations

from tests.classifier.review_holdout50 import pf_remote
from tests.classifier.review_locale59 import FULL, S, SITEPKG, SUSP, hard, later, soft
from tests.classifier.review_locale59_layouts import exo_loc, gmail_loc

NEWSROOM = ("newsroom.web.de 2015-03-28 'Die fünf häufigsten Fehlermeldungen beim Mailversand' ('User is unknown: Die "
            "angegebene E-Mail-Adresse existiert nicht')")
CTL = "control for locale59's mends (review_locale59_mends): {}"
FWD = ("550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your "
       "administrator for further assistance. AS(7555)")
MS520 = "learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (5.7.520)"
EOP = "mail-db5eur04on2041.outbound.protection.outlook.com"

ROWS: list[tuple] = [
    ("lc59-m-gmail-it-webde-user-unknown-dot", f"{SITEPKG}; {NEWSROOM}; Gmail frame as review_locale59",
     gmail_loc("lc59m1", "a.neumann@web.de", "it", "notfound", "550 User unknown.", "5.0.0", "mx-ha02.web.de"),
     hard("a.neumann@web.de")),
    ("lc59-m-gmail-fr-gmx-user-is-unknown", f"{SITEPKG}; {NEWSROOM}; GMX's words without an enhanced status",
     gmail_loc("lc59m2", "o.schreiber@gmx.de", "fr", "notfound", "550 User is unknown", "5.0.0", "mx00.emig.gmx.net"),
     hard("o.schreiber@gmx.de")),
    ("lc59-m-ctl-other-host", CTL.format("WEB.DE's words from a host that is not GMX's / WEB.DE's: the generic "
                                         "unknown-stage rule, filtered (as review langs57's controls)"),
     gmail_loc("lc59m3", "b.kraft@partner-technik.de", "de", "notfound", "550 Benutzer nicht bekannt/User unknown",
               "5.0.0", "mx.partner-technik.de"), soft("b.kraft@partner-technik.de", ("filtered",))),
    ("lc59-m-ctl-webde-4xx", CTL.format("a 4xx from WEB.DE with the same words: nothing gone for good (hand-made)"),
     gmail_loc("lc59m4", "c.lorenz@web.de", "de", "delay", "451 Benutzer nicht bekannt/User unknown, bitte spaeter "
               "erneut versuchen", "4.0.0", "mx-ha03.web.de"), later("c.lorenz@web.de")),
    ("lc59-m-ctl-webde-our-sender", CTL.format("WEB.DE refusing OUR sender at MAIL FROM with the same words (hand-made; "
                                               "Postfix's 'in reply to MAIL FROM command'): not the recipient's "
                                               "mailbox"),
     pf_remote("lc59m5", "d.peters@web.de", "550 <seller@example.com>: Sender address rejected: User unknown", "5.0.0",
               "mx-ha03.web.de", command="MAIL FROM"), soft("d.peters@web.de", (), None)),
    ("lc59-m-ctl-gmx-inactive", CTL.format(f"GMX's inactive mailbox stays suspend; {SITEPKG}"),
     gmail_loc("lc59m6", "e.busch@gmx.de", "de", "failed", "550 User is inactive", "5.0.0", "mx00.emig.gmx.net"),
     soft("e.busch@gmx.de", SUSP)),
    ("lc59-m-ctl-webde-full", CTL.format(f"WEB.DE's full mailbox stays mailboxfull; {SITEPKG}"),
     gmail_loc("lc59m7", "f.haas@web.de", "de", "failed", "550 Benutzer hat das Speichervolumen ueberschritten. / User "
               "has exhausted allowed storage space.", "5.0.0", "mx-ha02.web.de"), soft("f.haas@web.de", FULL)),
    ("lc59-m-exo-de-external-forwarding", f"{MS520}: our own tenant's NDR, no remote server (frame as "
     "review_locale59_more)",
     exo_loc("lc59m8", "g.otto@partner-papier.de", "de", "Ihre Nachricht wurde nicht zugestellt, weil Ihre Organisation "
             "keine Weiterleitung an externe Empfänger zulässt.", FWD, "5.7.520"), soft("g.otto@partner-papier.de", (), S)),
    ("lc59-m-ctl-remote-520", CTL.format(f"{MS520} answered by a Microsoft host as the RECIPIENT's server and relayed "
                                         "by our Postfix: the recipient's organisation (review 130's call)"),
     pf_remote("lc59m9", "h.roth@partner-papier.de", FWD, "5.7.520", EOP), soft("h.roth@partner-papier.de")),
]
