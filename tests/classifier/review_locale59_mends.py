"""Review locale59's rows for its mend (written after the measurement, before the mend ran): the mended row's twins
(must fail without the mend) and controls that must read the same with and without it.

1. WEB.DE / GMX's "550 Benutzer nicht bekannt/User unknown" and "550 User unknown." (their missing mailbox, as
   sitepackage.de lists WEB.DE's and GMX's replies; WEB.DE's own newsroom, 2015-03-28 'Die fünf häufigsten
   Fehlermeldungen beim Mailversand': '... oder User is unknown: Die angegebene E-Mail-Adresse existiert nicht')
   quoted by Gmail's DSN, which names no SMTP stage: read userunknown where GMX's / WEB.DE's host answered
   (classifier/remote/gmx.py). Controls: the same words from another host (the generic unknown-stage rule, filtered),
   a 4xx (nothing gone for good), the words said of OUR sender at MAIL FROM, GMX's inactive and full mailboxes.
A second mend (Microsoft's 5.7.520 in a Microsoft-written NDR read as OUR organisation's) was made and taken back: it
   moved review 130's and 155's Exchange Online copies of the same reply to the sender's scope, against review 130's
   reasoned call (for mail WE send, only the prospect's tenant forwards it, so "your organization" is the recipient
   side's); see test_review_locale59's judgement call."""

from __future__ import annotations

from tests.classifier.review_holdout50 import pf_remote
from tests.classifier.review_locale59 import FULL, SITEPKG, SUSP, hard, later, soft
from tests.classifier.review_locale59_layouts import gmail_loc

NEWSROOM = ("newsroom.web.de 2015-03-28 'Die fünf häufigsten Fehlermeldungen beim Mailversand' ('User is unknown: Die "
            "angegebene E-Mail-Adresse existiert nicht')")
CTL = "control for locale59's mend (review_locale59_mends): {}"

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
]
