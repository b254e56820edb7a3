"""Delays 58's mend rows: variants the mend (classifier/rule_wordings.py, Stalwart's own failed connect read as the
network's) must read as written, and controls whose reading it must NOT change (each checked against the reading
without the mend when written). Expectations as in review_delays58.py."""

from __future__ import annotations

from tests.classifier.review_delays58 import EXPS, SENDMAIL_EXPIRE, sm
from tests.classifier.review_delays58_layouts import STALWART_SRC, rcpt, sendmail_text, stalwart
from tests.classifier.review_holdout50 import ANY, hard, soft

NET = ("networkerror",)


def later_as(a: str, reasons: tuple) -> list[tuple]:
    """A delay whose reason matters: the mend's reading of a retried connect."""
    return [(a, False, reasons, ANY, True)]


def _conn(a: str, host: str, why: str) -> str:
    return f"<{a}> (connection to '{host}' failed: {why})\n"


ROWS = [
    # Variants: Stalwart's "connection to 'h' failed: I/O error: ..." while retried and after it gave up.
    ("d58m-stalwart-delay-io-timeout", STALWART_SRC,
     stalwart("m1", kind="delay", delayed=[_conn("r.aalto@saimaa-paper.fi", "mx.saimaa-paper.fi", "I/O error: "
                                                 "Connection timed out")],
              blocks=[rcpt("r.aalto@saimaa-paper.fi", "delayed", "4.0.0", remote="mx.saimaa-paper.fi")]),
     later_as("r.aalto@saimaa-paper.fi", NET)),
    ("d58m-stalwart-final-io-refused", f"{STALWART_SRC}; Rust std::io::Error display ('Connection refused (os error "
     "111)')",
     stalwart("m2", kind="fail", failed=[_conn("k.virtanen@saimaa-paper.fi", "mx.saimaa-paper.fi", "I/O error: "
                                               "Connection refused (os error 111)")],
              blocks=[rcpt("k.virtanen@saimaa-paper.fi", "failed", "5.0.0", remote="mx.saimaa-paper.fi")]),
     soft("k.virtanen@saimaa-paper.fi", NET)),
    ("d58m-stalwart-mixed-io-noroute", STALWART_SRC,
     stalwart("m3", kind="mixed", delayed=[_conn("a.lund@vattern-fiske.se", "mx.vattern-fiske.se", "I/O error: "
                                                 "No route to host (os error 113)")],
              failed=["<b.ek@vattern-bygg.se> (host 'mx.vattern-bygg.se' rejected command 'RCPT TO:<b.ek@vattern-bygg"
                      ".se>' with code 550 (5.1.1) 'No such user here')\n"],
              blocks=[rcpt("a.lund@vattern-fiske.se", "delayed", "4.0.0", remote="mx.vattern-fiske.se"),
                      rcpt("b.ek@vattern-bygg.se", "failed", "5.1.1", "550 5.1.1 No such user here",
                           "mx.vattern-bygg.se")]),
     later_as("a.lund@vattern-fiske.se", NET) + hard("b.ek@vattern-bygg.se")),
    # Controls: a receiving store's own I/O error, quoted by Stalwart or by sendmail, stays the store's
    # (systemerror); Stalwart's refusal by the remote host stays a missing user (hard); its connect
    # refused without "I/O error" was the network's already.
    ("d58m-ctl-stalwart-remote-io-error", f"{STALWART_SRC} (the remote host's own 451 quoted)",
     stalwart("c1", kind="delay", delayed=["<j.salo@inari-lodge.fi> (host 'mx.inari-lodge.fi' rejected command 'DATA'"
                                           " with code 451 (4.3.0) 'Local I/O error, try again later')\n"],
              blocks=[rcpt("j.salo@inari-lodge.fi", "delayed", "4.3.0", "451 4.3.0 Local I/O error, try again later",
                           "mx.inari-lodge.fi")]),
     later_as("j.salo@inari-lodge.fi", ("systemerror",))),
    ("d58m-ctl-sendmail-io-error-expired", f"{SENDMAIL_EXPIRE}; sendmail's local 'Deferred: I/O error'",
     sm("c2", subject="Returned mail: Cannot send message for 5 days",
        text=sendmail_text(fatal=["<ops@example.org>\n    (reason: I/O error)"], transient=[],
                           transcript="<ops@example.org>... Deferred: I/O error\nMessage could not be delivered for 5 "
                           "days\nMessage will be deleted from queue"),
        blocks=[rcpt("ops@example.org", "failed", "4.4.7", "I/O error")]), soft("ops@example.org", EXPS)),
    ("d58m-ctl-stalwart-rejected-unknown", STALWART_SRC,
     stalwart("c3", kind="fail", failed=["<t.kallio@oulu-metalli.fi> (host 'mx.oulu-metalli.fi' rejected command "
                                         "'RCPT TO:<t.kallio@oulu-metalli.fi>' with code 550 (5.1.1) 'Recipient "
                                         "address rejected: User unknown in local recipient table')\n"],
              blocks=[rcpt("t.kallio@oulu-metalli.fi", "failed", "5.1.1", "550 5.1.1 Recipient address rejected: User "
                           "unknown in local recipient table", "mx.oulu-metalli.fi")]),
     hard("t.kallio@oulu-metalli.fi")),
    ("d58m-ctl-stalwart-final-refused-os", f"{STALWART_SRC}; classifier/mta_wordings.py's 'connection refused (os "
     "error' (review of Stalwart's connect)",
     stalwart("c4", kind="fail", failed=[_conn("p.heikkinen@oulu-metalli.fi", "mx2.oulu-metalli.fi", "Connection "
                                               "refused (os error 111)")],
              blocks=[rcpt("p.heikkinen@oulu-metalli.fi", "failed", "5.0.0", remote="mx2.oulu-metalli.fi")]),
     soft("p.heikkinen@oulu-metalli.fi", NET)),
]
