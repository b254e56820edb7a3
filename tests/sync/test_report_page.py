"""The HTML report in a real browser: Debian's headless Chromium loads the page written by
sync/insight/page.py and must draw every chart (each SVG laid out with a real size, and
coloured pixels inside it on a screenshot), with no script and nothing fetched from
elsewhere. .ci/run installs `chromium` when missing, so CI never skips this."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sync.insight import page, report
from sync.report import Alert

NOW = datetime(2026, 3, 31, 12, 0, tzinfo=timezone.utc)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.timeout(180),
              pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")]
CHARTS = ("over-time", "hard-soft", "reasons", "domains", "sequences")
WIDTH, HEIGHT = 900, 2600


def _bounce(n: int, *, mailbox: str, hard: bool, reason: str, days_ago: float, domain: str,
            outcome: str = "marked") -> dict:
    at = NOW - timedelta(days=days_ago)
    return {"address": f"p{n}@{domain}", "crm": "local", "contact_id": str(n), "object_type": "contact",
            "mailbox": mailbox, "message_id": f"m{n}", "reason": reason, "hard": hard,
            "scope": "recipient", "diagnostic": "550 5.1.1", "outcome": outcome if hard else "soft",
            "at": at, "recorded_at": NOW, "counted": True, "counts_for_rate": hard,
            "counts_soft": not hard, "sent_at": at - timedelta(hours=20), "original_id": f"o{n}"}


def _model() -> report.Report:
    rows = [_bounce(n, mailbox=("sales", "support")[n % 2], hard=n % 3 != 0,
                    reason=("userunknown", "hostunknown", "mailboxfull")[n % 3],
                    days_ago=n * 0.9, domain=("acme.example", "globex.example", "initech.example")[n % 3])
            for n in range(30)]
    from sync.records import Enrollment

    removed = {("local", str(n)): (Enrollment(sequence_id="1", sequence_name="Q4 Outbound"),)
               for n in range(0, 30, 2)}
    alert = Alert(mailbox="sales", kind="bounce_rate", reason="bounce_rate", at=NOW,
                  message="sales: 12 hard bounces for 200 messages sent in 7 days (6.0% > 5.0%)")
    since = NOW - timedelta(days=30)
    buckets = report.buckets(since=report.chart_start(rows, since=since, now=NOW), now=NOW)
    # sent before the chart's first bucket, then in each bucket
    sent = {"sales": [0] + [40] * len(buckets), "support": [0] + [25] * len(buckets)}
    return report.build(rows=rows, removed=removed, alerts=[alert], sent=sent, buckets=buckets,
                        mailboxes=["sales", "support"], since=since, now=NOW, days=30)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}", "--hide-scrollbars",
         *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("report")
    html = page.render(_model())
    path = folder / "report.html"
    path.write_text(html, encoding="utf-8")
    return path, html


def test_the_page_is_self_contained(written):
    _, html = written
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "@import" not in html and "url(" not in html
    assert html.count("<svg") == len(CHARTS)
    assert '<section class="summary"' in html.split("<svg")[0]  # the summary comes first


def _measured(tmp_path: Path, html_path: Path) -> dict[str, dict[str, float]]:
    """Each chart's box as Chromium lays it out (a copy of the page with a measuring script;
    the page itself has none)."""
    probe = tmp_path / "probe.html"
    script = ("<script>var out={};document.querySelectorAll('figure').forEach(function(f){"
              "var s=f.querySelector('svg');var r=s.getBoundingClientRect();"
              "out[f.id]={x:r.x,y:r.y+window.scrollY,w:r.width,h:r.height,"
              "shapes:s.querySelectorAll('rect,path,polyline,circle').length};});"
              "document.body.setAttribute('data-measured',JSON.stringify(out));</script>")
    probe.write_text(html_path.read_text(encoding="utf-8").replace("</body>", script + "</body>"),
                     encoding="utf-8")
    done = _chromium(tmp_path, "--dump-dom", probe.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r"data-measured=\"([^\"]*)\"", done.stdout)
    assert found, done.stdout[:2000]
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def test_chromium_lays_out_every_chart_with_a_real_size(written, tmp_path):
    path, _ = written
    boxes = _measured(tmp_path, path)
    assert set(boxes) == set(CHARTS)
    for name, box in boxes.items():
        assert box["w"] >= 300 and box["h"] >= 60, (name, box)
        assert box["shapes"] >= 3, (name, box)


def test_screenshot_shows_coloured_charts(written, tmp_path):
    """A broken page (a chart not drawn, an SVG of size zero, styles gone) fails here: the
    screenshot must show the charts' colours inside each chart's box."""
    from PIL import Image

    path, _ = written
    boxes = _measured(tmp_path, path)
    shot = tmp_path / "report.png"
    done = _chromium(tmp_path, f"--screenshot={shot}", path.as_uri())
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    image = Image.open(shot).convert("RGB")
    assert image.size == (WIDTH, HEIGHT)
    for name, box in boxes.items():
        area = image.crop((int(box["x"]), int(box["y"]), int(box["x"] + box["w"]),
                           int(box["y"] + box["h"])))
        colours = area.getcolors(maxcolors=1 << 16) or []
        saturated = sum(n for n, (r, g, b) in colours if max(r, g, b) - min(r, g, b) > 60)
        assert saturated > 300, (name, saturated)  # bars, lines or the donut, in colour
    top = image.crop((0, 0, WIDTH, int(boxes["over-time"]["y"])))
    dark = sum(n for n, (r, g, b) in top.getcolors(maxcolors=1 << 16) or [] if r + g + b < 200)
    assert dark > 500  # the heading and the summary's text are drawn above the first chart
    image.save(tmp_path / "kept.png")
