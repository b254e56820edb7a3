"""The report as ONE self-contained HTML page: inline CSS and inline SVG charts, no script,
no font, image or style sheet from anywhere else, so it can be mailed, archived or opened
offline. The plain-words summary comes first; the charts follow (bounce rate over time per
mailbox, hard vs soft, reasons, top recipient domains, sequences), then the tables.
"""

from __future__ import annotations

from html import escape

from sync.insight import charts
from sync.insight.report import RATE_MEANING, Report, rate_words
from sync.insight.words import plural, reason_label, when

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f6f4;color:#222}
main{max-width:860px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px} h2{font-size:18px;margin:28px 0 8px}
.window{color:#666;margin:0 0 16px}
.summary{background:#fff;border-left:6px solid #0072b2;padding:12px 18px;font-size:16px;line-height:1.5}
figure{background:#fff;margin:0 0 12px;padding:12px;border:1px solid #e2e2e2}
figure svg{display:block;max-width:100%;height:auto}
.wide{overflow-x:auto}
figcaption{color:#555;font-size:13px;margin-top:6px}
table{border-collapse:collapse;background:#fff;width:100%;font-size:14px}
th,td{border-bottom:1px solid #e2e2e2;padding:6px 8px;text-align:left} .n{text-align:right}
.note{color:#555;font-size:13px;margin:6px 0 0}
"""


_STEP = {1: "day", 7: "week"}


def render(r: Report) -> str:
    """The whole page as text (UTF-8 when written)."""
    parts = [f"<h1>Bounce report</h1><p class=\"window\">{escape(when(r.since))} to "
             f"{escape(when(r.now))} ({r.days} days)</p>",
             '<section class="summary" id="summary">'
             + "".join(f"<p>{escape(s)}</p>" for s in r.summary) + "</section>"]
    parts.append(_over_time(r))
    apart = (f" Not bounces, so not in it: {plural(r.sender, 'message')} refused because of "
             "the sending mailbox itself (blocked or over a limit); the addresses are fine."
             if r.sender else "")
    parts.append(_figure("hard-soft", "Hard and soft bounces",
                         charts.donut([("hard", r.hard, charts.HARD), ("soft", r.soft, charts.SOFT)],
                                      title="Hard and soft bounces"),
                         note="Hard: the address does not work; it is not emailed again. Soft: "
                              "a passing problem (mailbox full, server busy); tried again."
                              + apart))
    parts.append(_figure("reasons", "Why they bounced", charts.bar_chart(
        [(reason_label(c.key), c.hard, c.soft) for c in r.reasons[:12]], title="Reasons")))
    parts.append(_figure("domains", "Top recipient domains", charts.bar_chart(
        [(c.label, c.hard, c.soft) for c in r.domains], title="Top recipient domains")))
    parts.append(_figure("sequences", "Contacts taken out of each sequence or cadence on a bounce",
                         charts.bar_chart([(c.label, c.hard, c.soft) for c in r.sequences[:12]],
                                          title="Sequences"),
                         note="Hard: taken out on a hard bounce. Soft: taken out when its soft "
                              "bounces reached the limit."))
    parts.append(_tables(r))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Bounce report, last {r.days} days</title><style>{_CSS}</style></head>"
            f"<body><main>{''.join(parts)}</main></body></html>\n")


def _over_time(r: Report) -> str:
    """The chart over time: the bounce rate per period sent, or counts when the mailboxes
    cannot count their sent mail; its caption says which."""
    step = _STEP.get(r.step_days, f"{r.step_days} days")
    labels = [b.label for b in r.buckets]
    if r.series_kind == "rate":
        title = f"Bounce rate per mailbox, by {step} sent"
        note = (f"Each point: of the messages the mailbox sent that {step} (starting on the "
                f"date shown), the share that bounced, hard or soft, whenever the bounce came "
                "back. No point: nothing sent. The latest points may still rise as late "
                "bounces come back.")
        if r.unknown_send:
            note += (f" Not in it: {plural(r.unknown_send, 'bounce')} to mail not found in the "
                     "sent mail.")
        svg = charts.line_chart(labels, r.series, unit="%", title=title,
                                empty="nothing sent in this window")
    else:
        title = f"Bounces per mailbox, by {step} they came back"
        note = ("The mailboxes' sent counts are unknown (no sent folder, or --no-sent), so "
                f"these are counts of bounces, hard and soft, per {step} (starting on the date "
                "shown), not rates.")
        svg = charts.line_chart(labels, r.series, unit="bounces", title=title,
                                empty="no bounce in this window")
    return _figure("over-time", title, svg, note=note)


def _figure(ident: str, caption: str, svg: str, *, note: str = "") -> str:
    text = f"<figcaption>{escape(note)}</figcaption>" if note else ""
    return f'<h2>{escape(caption)}</h2><figure id="{ident}">{svg}{text}</figure>'


def _tables(r: Report) -> str:
    rows = "".join(
        f"<tr><td>{escape(f.name)}</td><td class=n>{f.hard}</td><td class=n>{f.soft}</td>"
        f"<td class=n>{f.sender}</td><td class=n>{'unknown' if f.sent is None else f.sent}</td>"
        f"<td class=n>{f.bounced if f.sent is not None else 'unknown'}</td>"
        f"<td class=n>{rate_words(f, f.rate)}</td><td class=n>{rate_words(f, f.hard_rate)}</td></tr>"
        for f in r.mailboxes) or "<tr><td colspan=8>no mailbox</td></tr>"
    alerts = "".join(f"<li>{escape(when(a.at))}, {escape(a.mailbox)}: {escape(a.message)}</li>"
                     for a in r.alerts) or "<li>none</li>"
    reasons = "".join(f"<tr><td>{escape(reason_label(c.key))} [{escape(c.key)}]</td>"
                      f"<td class=n>{c.hard}</td><td class=n>{c.soft}</td></tr>" for c in r.reasons)
    return ("<h2>Per mailbox</h2><div class=wide><table><tr><th>mailbox</th><th class=n>hard bounces</th>"
            "<th class=n>soft bounces</th><th class=n>sender-side</th><th class=n>messages sent</th>"
            "<th class=n>of which bounced</th><th class=n>bounce rate</th><th class=n>hard rate</th>"
            f"</tr>{rows}</table></div><p class=note>Bounces: those that came back in the window. "
            f"Messages sent: in the window, as the mailbox's sent mail shows. The {escape(RATE_MEANING)}."
            "</p><h2>Per reason</h2><table><tr><th>reason</th><th class=n>hard</th>"
            f"<th class=n>soft</th></tr>{reasons or '<tr><td colspan=3>none</td></tr>'}</table>"
            f"<h2>Open alerts</h2><ul>{alerts}</ul>")
