"""``--format html``: every claim highlighted, everything escaped, and it renders in Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimcheck.api import check_file, load_ledger
from claimcheck.model import CheckedClaim, Claim, Entry, FileReport, Report
from claimcheck.render import render
from tests.conftest import LEDGER, SEED

HOSTILE_TEXT = (
    'Putin said "<script>alert(1)</script>" & left.\n'
    "Lukashenko's <b>aides</b> denied it & 'more'.\n"
)


def _entry(**fields) -> Entry:
    base = {
        "id": "x-<script>alert('id')</script>",
        "claim": 'Putin said "<script>alert(2)</script>"',
        "status": "false",
        "file": "claims/<evil>.yaml",
        "line": 3,
        "sources": [
            'https://example.com/?a=1&b="2"',
            "javascript:alert(3)",
            "Interview notes <img src=x onerror=alert(4)>",
        ],
        "notes": "Seen on <iframe src=//evil>",
    }
    return Entry(**{**base, **fields})


def _checked(text: str, start: int, end: int, verdict: str | None, entry=None) -> CheckedClaim:
    claim = Claim(text[start:end], start, end, text[start:end], "en", speaker="<i>Putin</i>")
    return CheckedClaim(
        claim, "<draft>.md", 1, start + 1, 1, end, verdict, 0.9, "<b>why</b>", entry
    )


def _hostile_report() -> Report:
    text = HOSTILE_TEXT
    outer = (0, text.index("left.") + 4)  # the whole first sentence
    inner = (text.index('"<script>'), text.index("& left"))  # nested inside it
    second = (text.index("Lukashenko"), text.index("'more'") + 6)
    claims = [
        _checked(text, *outer, "supported", _entry(status="true")),
        _checked(text, *inner, "refuted", _entry()),
        _checked(text, *second, "unverified"),
    ]
    return Report([FileReport("<draft>.md", "en", claims, ["note <u>x</u>"], text)])


class _Collector(HTMLParser):
    """Tags, attributes and the article's text with badges and panels left out."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.article: list[str] = []
        self.stack: list[str] = []
        self.depth_article = 0
        self.hidden = 0
        self.badges: list[str] = []  # the verdict class of each badge in the article

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        classes = (attributes.get("class") or "").split()
        if tag == "div" and "article" in classes:
            self.depth_article = 1
        elif self.depth_article:
            self.depth_article += 1
            if self.hidden or "badge" in classes or "tip" in classes:
                self.hidden += 1
            if "badge" in classes and self.hidden == 1:
                self.badges += [name for name in classes if name.startswith("v-")]

    def handle_endtag(self, tag):
        if self.depth_article:
            self.depth_article -= 1
            if self.hidden:
                self.hidden -= 1

    def handle_data(self, data):
        if self.depth_article and not self.hidden:
            self.article.append(data)


def _collect(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


def test_everything_is_escaped_and_no_script_runs():
    page = render(_hostile_report(), "html")
    assert "<script" not in page.lower()
    for raw in ("<b>aides", "<iframe", "<img", "<evil>", "<i>Putin", "<b>why", "<u>x"):
        assert raw not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&lt;script&gt;alert(2)&lt;/script&gt;&quot;" in page
    assert "x-&lt;script&gt;alert(&#x27;id&#x27;)&lt;/script&gt;" in page
    collector = _collect(page)
    # The article reads exactly as written: escaping loses nothing and adds nothing.
    assert "".join(collector.article) == HOSTILE_TEXT
    links = [attributes for tag, attributes in collector.tags if tag == "a" and "rel" in attributes]
    assert {link["href"] for link in links} == {'https://example.com/?a=1&b="2"'}
    assert all("noopener" in link["rel"].split() for link in links)
    assert not [a for tag, a in collector.tags for v in a.values() if v and "javascript:" in v]
    # Nothing loads from elsewhere.
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.split("<main>")[0])
    assert not [a for tag, a in collector.tags if tag in ("link", "img", "iframe", "script")]


def test_each_claim_has_one_focusable_highlight_and_overlaps_take_the_worst_verdict():
    report = _hostile_report()
    page = render(report, "html")
    tags = _collect(page).tags
    marks = [a for tag, a in tags if tag == "mark"]
    starts = [a for a in marks if "start" in a["class"].split()]
    anchored = [claim_id for a in starts for claim_id in a["data-starts"].split()]
    assert sorted(anchored) == ["f1-c1", "f1-c2", "f1-c3"]
    assert all(a.get("tabindex") == "0" and a.get("aria-describedby") for a in starts)
    tips = {a["id"] for tag, a in tags if "tip" in (a.get("class") or "").split()}
    assert {a["aria-describedby"] for a in starts} == tips
    # The nested refuted claim colours its part of the supported sentence red.
    by_claims = {a["data-claims"]: a["class"].split() for a in marks}
    assert "v-refuted" in by_claims["1 2"]
    assert "v-supported" in by_claims["1"]
    assert "v-unverified" in by_claims["3"]
    # A text label names every verdict, not colour alone, and the summary counts them.
    for verdict in ("supported", "refuted", "unverified"):
        assert "</span>" in page and f"{verdict}</span>" in page
    assert "3 claims in 1 file: 1 supported, 1 refuted, 0 contradicted" in page


def test_extracted_claims_without_verdicts_render_too():
    report = _hostile_report()
    for checked in report.claims:
        checked.verdict, checked.entry = None, None
    page = render(report, "html", checked=False)
    assert page.count('class="badge v-none"') >= 3
    assert "Ledger entry" not in page


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _headless(browser: str, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "HOME": profile},
        )


@pytest.mark.skipif(
    _chromium() is None,
    reason="chromium not installed (CI installs Debian's; locally: apt-get install -y chromium)",
)
def test_the_seed_report_renders_in_headless_chromium(tmp_path: Path):
    browser = _chromium()
    report = Report([check_file(SEED, load_ledger(LEDGER, use_cache=False))])
    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")

    result = _headless(browser, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = _collect(result.stdout)
    marks = [a for tag, a in dom.tags if tag == "mark"]
    anchored = [i for a in marks if "start" in a["class"].split() for i in a["data-starts"].split()]
    assert len(anchored) == len(set(anchored)) == len(report.claims) > 0
    # One verdict badge per claim in the article, each with its claim's verdict class.
    expected = sorted(f"v-{checked.verdict}" for checked in report.claims)
    assert sorted(dom.badges) == expected
    assert "".join(dom.article) == report.files[0].text

    screenshot = tmp_path / "report.png"
    result = _headless(
        browser, f"--screenshot={screenshot}", "--window-size=1280,1600", page.as_uri()
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 10_000  # a page, not a blank
