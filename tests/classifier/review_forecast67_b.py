"""Forecast 67, second batch: draws 100-199 of tests/classifier/forecast67_draw.py (the same random.Random(67) stream
continued), written and committed after the first batch's run and mends, BEFORE this batch's own run. The first
batch's wordings (review_forecast67.WORDINGS) and two found after it (forecast67_draw.SOURCED2), each cited; the
layouts are the first batch's (review_forecast67_layouts), with Exchange's Portuguese NDR added (none drawn).

Expected rows (address, hard, reasons, scope, delay) written from the words and shared/classifier/taxonomy.md BEFORE
the classifier ran on them. Names "f67-<draw index>-<lang>-<reason>-<layout>", as the first batch's."""

from __future__ import annotations

from tests.classifier.forecast67_draw import BATCH2, draw
from tests.classifier.review_forecast67 import ANY, LATE, SOFT, SPAMR, WORDINGS, W, rows_of

WORDINGS_B: dict[tuple[str, str], W] = {
    **WORDINGS,
    # IONOS (1&1, a German provider) gives up with its own words (pastebin.com/gwHtk6Ha, mailer-daemon@kundenserver.de:
    # 'Mail delivery failed: returning message to sender ... Reason: delivery retry timeout exceeded').
    ("de", "expired/onhold"): W("IONOS's own notice (pastebin.com/gwHtk6Ha, mailer-daemon@kundenserver.de: 'Reason: "
                                "delivery retry timeout exceeded')", "kanzlei-brandt.de",
                                "delivery retry timeout exceeded", "4.4.7", "", SOFT, LATE, ANY, own=True),
    # Aruba's outgoing server refuses OUR message as spam (its guide: 'la stringa dell'errore si manifesta quando il
    # server della posta in uscita impedisce l'invio del messaggio'): a refusal of us, soft, whoever's scope.
    ("it", "rejected/blocked"): W("Aruba Business guide 'Errori comuni durante l'invio e la ricezione della posta' "
                                  "(guide.arubabusiness.it: 'ERRORE: 552 5.2.0 igxL1p00E1WDM2s01gxMXG spam detected', "
                                  "the outgoing server refusing the message)", "studio-ferri.it",
                                  "552 5.2.0 igxL1p00E1WDM2s01gxMXG spam detected", "5.2.0", "", SOFT, SPAMR, ANY),
}

ROWS = rows_of(draw(200, start=BATCH2), WORDINGS_B)
