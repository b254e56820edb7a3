"""Review replies58's mends and their controls (classifier/departures.py): a leaver's refusal in the ASCII an SMTP
reply is written in, Italian "non lavora piu" / "piu'" for "più" (RFC 5321 4.2.1: reply text is printable US-ASCII),
and German "Diese Adresse wird nicht mehr verwendet / genutzt" (an address no longer used, as the Polish and Swedish
entries). Each mend's rows failed without it (soft: securityerror / onhold); the controls read the same with and
without it: a machine that no longer works with TLS, a condition, a delay, an auto-reply, our own or a compound's
address, a use kept. HAND-MADE; sources as review_replies58's."""

from __future__ import annotations

from tests.classifier.review_nonbounce46_layouts import block, dsn, exim_bounce
from tests.classifier.review_notices34_layouts import responder
from tests.classifier.review_replies58 import EXIM, PF_DELAY, PFX, RFC3834, SOURCES, delayed, gone, pfx_report

NB: list = []
RFC5321 = "RFC 5321 4.2.1 / 4.5.3.1.5 (reply text: printable US-ASCII); " + PFX


def soft(a: str) -> list[tuple]:
    return [(a, False, (), "", False)]


def exim_de(name: str, a: str, text: str) -> bytes:
    return exim_bounce(name, f"  {a}\n    {text}", failed=a)


ROWS = [
    # Italian in ASCII: the mend.
    ("r58-mend-it-postfix-piu-apostrophe", RFC5321, pfx_report(
        "r58-m1", "g.esposito@partner.example", "550 5.7.1 <g.esposito@partner.example>: Recipient address rejected: "
        "Giorgio Esposito non lavora piu' presso Partner S.p.A."), gone("g.esposito@partner.example")),
    ("r58-mend-it-exim-non-fa-piu-parte", f"{EXIM}; RFC 5321 4.2.1", exim_de(
        "r58-m2", "c.rossi@partner.example", "Chiara Rossi non fa piu parte dello staff di Partner."),
     gone("c.rossi@partner.example")),
    ("r58-mend-it-e-apostrophe-non-piu-dipendente", RFC5321, pfx_report(
        "r58-m3", "a.bruno@partner.example", "550 5.7.1 <a.bruno@partner.example>: Recipient address rejected: "
        "Andrea Bruno non e' piu dipendente di Partner"), gone("a.bruno@partner.example")),
    # Controls (Italian): a machine, a condition, a delay, an auto-reply.
    ("r58-ctl-it-server-non-lavora-piu-tls", RFC5321, pfx_report(
        "r58-c1", "m.gallo@partner.example", "550 5.7.1 Il server di posta non lavora piu con TLS 1.0: aggiornare il "
        "client"), soft("m.gallo@partner.example")),
    ("r58-ctl-it-se-non-lavora-piu", RFC5321, pfx_report(
        "r58-c2", "s.fontana@partner.example", "550 5.7.1 Messaggio rifiutato dal filtro. Se il destinatario non lavora "
        "piu presso di noi, scrivere a info@partner.example"), soft("s.fontana@partner.example")),
    ("r58-ctl-it-delay-non-lavora-piu", PF_DELAY, delayed(
        "r58-c3", "l.marino@partner.example", "451 4.7.1 <l.marino@partner.example>: Recipient address rejected: "
        "Luca Marino non lavora piu presso Partner"), [("l.marino@partner.example", False, (), "", True)]),
    ("r58-ctl-it-autoreply-non-lavora-piu", f"{SOURCES['exchange']}; {RFC3834}", responder(
        "exchange", "Elena Ricci <e.ricci@partner.example>", "it",
        "Elena Ricci non lavora piu' presso Partner. Scrivere a commerciale@partner.example."), NB),
    # German "wird nicht mehr verwendet": the mend.
    ("r58-mend-de-postfach-nicht-mehr-genutzt", EXIM, exim_de(
        "r58-m4", "einkauf-alt@partner.example", "Dieses Postfach wird nicht mehr genutzt."),
     gone("einkauf-alt@partner.example", ("userunknown", "hasmoved"))),
    ("r58-mend-de-postfix-adresse-nicht-mehr-verwendet", PFX, pfx_report(
        "r58-m5", "info-alt@partner.example", "550 5.7.1 <info-alt@partner.example>: Recipient address rejected: "
        "Die E-Mail-Adresse wird nicht mehr verwendet"), gone("info-alt@partner.example", ("userunknown", "hasmoved"))),
    # Controls (German): a compound's address (our sender's), "your" address, a use kept, a delay, an auto-reply.
    ("r58-ctl-de-absender-adresse", PFX, pfx_report(
        "r58-c4", "b.koch@partner.example", "550 5.7.1 Die Absender-Adresse wird nicht mehr verwendet und ist "
        "gesperrt"), soft("b.koch@partner.example")),
    ("r58-ctl-de-ihre-adresse", PFX, pfx_report(
        "r58-c5", "h.wolf@partner.example", "550 5.7.1 Ihre Adresse wird nicht mehr verwendet? Bitte pruefen Sie die "
        "Absenderdaten"), soft("h.wolf@partner.example")),
    ("r58-ctl-de-ausser-fuer-rechnungen", EXIM, exim_de(
        "r58-c6", "buchhaltung@partner.example", "Diese Adresse wird nicht mehr verwendet, außer für Rechnungen: "
        "bitte senden Sie Angebote an einkauf@partner.example."), soft("buchhaltung@partner.example")),
    ("r58-ctl-de-delay-adresse", PF_DELAY, delayed(
        "r58-c7", "p.klein@partner.example", "451 4.7.1 <p.klein@partner.example>: Recipient address rejected: "
        "Diese Adresse wird nicht mehr verwendet"), [("p.klein@partner.example", False, (), "", True)]),
    ("r58-ctl-de-autoreply-adresse", f"{SOURCES['zimbra']}; {RFC3834}", responder(
        "zimbra", "Vertrieb alt <vertrieb-alt@partner.example>", "de",
        "Diese Adresse wird nicht mehr verwendet. Bitte schreiben Sie an vertrieb@partner.example."), NB),
    ("r58-ctl-de-report-block", PFX, dsn(
        "r58-c8", "MAILER-DAEMON@mail.example.com (Mail Delivery System)", "Undelivered Mail Returned to Sender",
        "This is the mail system at host mail.example.com.\n", block(
            "failed", "5.1.1", "550 5.1.1 <o.berg@partner.example>: Recipient address rejected: User unknown",
            "o.berg@partner.example")), gone("o.berg@partner.example", ("userunknown",))),
]
