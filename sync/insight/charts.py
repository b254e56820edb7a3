"""Inline SVG charts for the HTML report: a line chart (a value per time bucket per series),
horizontal bars split hard/soft, and a donut. Plain SVG text with explicit sizes, no script
and no external reference, so the page renders the same in any browser, offline, and in a
mail client that shows HTML. Every text is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape

HARD, SOFT = "#c0392b", "#e69f00"
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9", "#e69f00", "#000000", "#f0e442")
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'


def _svg(width: int, height: int, body: list[str], title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" {FONT} '
            f'font-size="12"><title>{escape(title)}</title>{"".join(body)}</svg>')


def _nice_max(value: float) -> float:
    """A round top for the y axis (1, 2, 5 times a power of ten) at or above `value`."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def line_chart(labels: Sequence[str], series: Mapping[str, Sequence[float | None]], *, unit: str,
               title: str, width: int = 720, height: int = 280, empty: str = "nothing to show") -> str:
    """One line per series over the labels; `unit` is "%" or a word ("bounces"). A None
    value is a gap (nothing to measure there), not a zero; `empty` is said when every value
    is missing."""
    left, right, top, bottom = 52, 150, 16, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    known = [v for vs in series.values() for v in vs if v is not None]
    top_value = _nice_max(max(known, default=0.0))
    if unit == "%":
        top_value = min(top_value, 100.0)  # a share: the axis never runs past all of it
    n = max(1, len(labels) - 1)
    x = lambda i: left + plot_w * (i / n if len(labels) > 1 else 0.5)  # noqa: E731
    y = lambda v: top + plot_h * (1 - v / top_value)  # noqa: E731
    body = [f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>']
    for k in range(5):
        v = top_value * k / 4
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                    f'stroke="#e5e5e5"/>')
        text = f"{v:g}%" if unit == "%" else f"{v:g}"
        body.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" fill="#555">'
                    f'{escape(text)}</text>')
    body += _x_labels(labels, x, height - bottom + 18)
    body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" '
                'stroke="#999"/>')
    for k, (name, values) in enumerate(series.items()):
        color = PALETTE[k % len(PALETTE)]
        for run in _runs(values):
            points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in run)
            body.append(f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2.5"/>')
        body += [f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="{color}">'
                 f'<title>{escape(name)}, {escape(labels[i])}: {v:g}{"%" if unit == "%" else ""}'
                 '</title></circle>'
                 for i, v in enumerate(values) if v is not None]
        ly = top + 14 + 20 * k
        body.append(f'<rect x="{width - right + 14}" y="{ly - 9}" width="12" height="12" fill="{color}"/>')
        quiet = " (no mail)" if all(v is None for v in values) else ""  # nothing sent
        body.append(f'<text x="{width - right + 32}" y="{ly + 1}" fill="#222">'
                    f'{escape(name[:18])}{quiet}</text>')
    if not known:
        body.append(f'<text x="{left + plot_w / 2}" y="{top + plot_h / 2}" text-anchor="middle" '
                    f'fill="#777">{escape(empty if series else "no mailbox configured")}</text>')
    return _svg(width, height, body, title)


def _x_labels(labels: Sequence[str], x, baseline: float, gap: float = 56) -> list[str]:
    """Labels under the axis, the last always, the others only where they do not crowd it
    or each other (`gap` pixels apart)."""
    if not labels:
        return []
    last = len(labels) - 1
    shown, at = [last], x(last)
    for i in range(last - 1, -1, -1):
        if at - x(i) >= gap:
            shown.append(i)
            at = x(i)
    return [f'<text x="{x(i):.1f}" y="{baseline}" text-anchor="middle" fill="#555">'
            f'{escape(labels[i])}</text>' for i in sorted(shown)]


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """The stretches of known values (a line is broken where a value is missing)."""
    runs: list[list[tuple[int, float]]] = [[]]
    for i, v in enumerate(values):
        if v is None:
            runs.append([])
        else:
            runs[-1].append((i, v))
    return [r for r in runs if r]


def bar_chart(rows: Sequence[tuple[str, int, int]], *, title: str, width: int = 720,
              label_width: int = 260) -> str:
    """Horizontal bars, one per (label, hard, soft), hard and soft stacked."""
    row_h, top = 26, 8
    height = top * 2 + row_h * max(1, len(rows)) + 24
    plot_w = width - label_width - 60
    biggest = max((h + s for _, h, s in rows), default=0) or 1
    body = [f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>']
    for i, (label, hard, soft) in enumerate(rows):
        y = top + i * row_h
        wh, ws = plot_w * hard / biggest, plot_w * soft / biggest
        body.append(f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end" fill="#222">'
                    f'{escape(label[:40])}</text>')
        if hard:
            body.append(f'<rect x="{label_width}" y="{y + 4}" width="{max(wh, 2):.1f}" height="16" '
                        f'fill="{HARD}"><title>{hard} hard</title></rect>')
        if soft:
            body.append(f'<rect x="{label_width + wh:.1f}" y="{y + 4}" width="{max(ws, 2):.1f}" '
                        f'height="16" fill="{SOFT}"><title>{soft} soft</title></rect>')
        body.append(f'<text x="{label_width + wh + ws + 6:.1f}" y="{y + 16}" fill="#222">'
                    f'{hard + soft}</text>')
    if not rows:
        body.append(f'<text x="{width / 2}" y="{top + 16}" text-anchor="middle" fill="#777">'
                    'nothing in this window</text>')
        return _svg(width, height, body, title)
    ly = height - 10
    body += [f'<rect x="{label_width}" y="{ly - 10}" width="12" height="12" fill="{HARD}"/>',
             f'<text x="{label_width + 18}" y="{ly}" fill="#222">hard</text>',
             f'<rect x="{label_width + 70}" y="{ly - 10}" width="12" height="12" fill="{SOFT}"/>',
             f'<text x="{label_width + 88}" y="{ly}" fill="#222">soft</text>']
    return _svg(width, height, body, title)


def donut(parts: Sequence[tuple[str, int, str]], *, title: str, size: int = 220,
          unit: str = "bounce") -> str:
    """A donut of (label, value, color) parts with a legend to the right; the total in the
    middle, counted in `unit`s."""
    width, r, cx = size + 220, size / 2 - 10, size / 2
    total = sum(v for _, v, _ in parts)
    body = [f'<rect x="0" y="0" width="{width}" height="{size}" fill="#ffffff"/>']
    if not total:
        body.append(f'<circle cx="{cx}" cy="{cx}" r="{r - 18}" fill="none" stroke="#e5e5e5" '
                    'stroke-width="36"/>')
    angle = -math.pi / 2
    for label, value, color in parts:
        if not value:
            continue
        if value == total:  # one full ring: an arc cannot start and end at one point
            body.append(f'<circle cx="{cx}" cy="{cx}" r="{r - 18}" fill="none" stroke="{color}" '
                        f'stroke-width="36"><title>{escape(label)}: {value}</title></circle>')
            break
        end = angle + 2 * math.pi * value / total
        x1, y1 = cx + (r - 18) * math.cos(angle), cx + (r - 18) * math.sin(angle)
        x2, y2 = cx + (r - 18) * math.cos(end), cx + (r - 18) * math.sin(end)
        large = 1 if end - angle > math.pi else 0
        body.append(f'<path d="M {x1:.2f} {y1:.2f} A {r - 18:.2f} {r - 18:.2f} 0 {large} 1 '
                    f'{x2:.2f} {y2:.2f}" fill="none" stroke="{color}" stroke-width="36">'
                    f'<title>{escape(label)}: {value}</title></path>')
        angle = end
    body.append(f'<text x="{cx}" y="{cx + 2}" text-anchor="middle" font-size="20" fill="#222">'
                f'{total}</text>')
    body.append(f'<text x="{cx}" y="{cx + 20}" text-anchor="middle" fill="#555">'
                f'{escape(unit if total == 1 else unit + "s")}</text>')
    for i, (label, value, color) in enumerate(parts):
        y = 40 + 26 * i
        share = f" ({100 * value / total:.0f}%)" if total else ""
        body.append(f'<rect x="{size + 10}" y="{y - 11}" width="14" height="14" fill="{color}"/>')
        body.append(f'<text x="{size + 32}" y="{y + 1}" fill="#222">{escape(label)}: {value}'
                    f'{share}</text>')
    return _svg(width, size, body, title)
