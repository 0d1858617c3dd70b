"""Drafts as editors write them: Markdown, HTML and Word, with positions in the original file.

Each test reads a realistic draft, extracts its claims and checks that every reported
line:column points at the claim's first word in the file as written, and that no markup
reaches the analysed text.
"""

from __future__ import annotations

import io
import re

import pytest

from claimcheck.api import extract_document
from claimcheck.document import from_text, read_document
from claimcheck.errors import InputError
from tests.conftest import SEED

MARKDOWN_DRAFT = """\
---
title: "Putin in Minsk: what the visit means"
author: Desk <desk@example.com>
claim: Ukrainian forces recaptured the city of Kherson in November 2022.
---

# Putin flies to *Minsk*

MINSK, Dec 19 (Newsdesk) - Vladimir Putin's trip to Minsk this week was his **first visit \
to Belarus since 2019**, according to [the Kremlin](https://kremlin.example/news?id=1 "Kremlin").
Putin and Lukashenko discussed creating a _single defence space_ for Russia and Belarus.

## Background

<!-- claimcheck-disable-next-line -->
> Belarus allowed Russia to use its territory as a staging ground for the invasion of Ukraine.

Analysts say the talks covered:

- Russia has supplied Belarus with Iskander short-range missile systems.
- Russia has provided Belarus with `S-400` air-defence systems.

```bash
echo "The United Nations recognised Russia's annexation of four Ukrainian regions."
```

![Putin and Lukashenko](https://img.example/minsk.jpg)
The war in Ukraine has driven millions of people from their homes &mdash; about 8 million \
Ukrainians have fled abroad as refugees, the UN said.

| Year | Exports to Russia |
|------|-------------------|
| 2022 | Russia is Belarus's largest trading partner, taking about half of its exports. |
"""

HTML_DRAFT = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Putin visited Kyiv in 2022</title>
  <style>.lede::before { content: "Russia annexed Belarus."; }</style>
  <script>var claim = "<p>Putin met Zelensky in Kyiv.</p>";</script>
</head>
<body>
<article>
  <h1 class="headline">Putin&#8217;s trip to <em>Minsk</em></h1>
  <p class="lede">Vladimir Putin&rsquo;s trip to Minsk in December 2022 was
     his <strong>first visit to Belarus since 2019</strong>, the
     <a href="https://kremlin.example/?a=1&amp;b=2">Kremlin said</a>.</p>
  <!-- claimcheck-disable-next-line -->
  <p>Putin and Lukashenko discussed creating a &ldquo;single defence space&rdquo;
     for Russia &amp; Belarus.</p>
  <ul>
    <li>Russia has supplied Belarus with <b>Iskander</b> short-range missile systems.</li>
    <li>Russia has provided Belarus with S&#8209;400 air-defence systems.</li>
  </ul>
  <pre><code>The United Nations recognised Russia's annexation.</code></pre>
  <table><tr><td>2022</td><td>About 8 million Ukrainians have fled abroad as refugees.</td></tr>
  </table>
  <script>document.write("Belarus will join the war in Ukraine.")</script>
</article>
</body>
</html>
"""

MARKUP = re.compile(r"[*_`\[\]<>|#]|&[a-z#0-9]+;|\]\(|https?:|\bclaimcheck-disable")


def _write(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def _check_positions(report, source_lines: list[str]) -> None:
    """Each claim's line:column is its first word in the original file."""
    assert report.claims
    for checked in report.claims:
        claim = checked.claim
        first_word = report.text[claim.start : claim.end].split()[0]
        line = source_lines[checked.line - 1]
        assert line[checked.column - 1 :].startswith(first_word), (checked.line, line)
        assert not MARKUP.search(claim.text), claim.text
        assert checked.line <= checked.end_line


def _claim_starting(report, words: str):
    matches = [c for c in report.claims if report.text[c.claim.start :].startswith(words)]
    assert matches, [c.claim.text for c in report.claims]
    return matches[0]


def test_markdown_draft_claims_point_into_the_markdown(tmp_path):
    path = _write(tmp_path, "draft.md", MARKDOWN_DRAFT)
    document = read_document(str(path))
    assert document.format == "markdown"
    report = extract_document(document, "en")
    lines = MARKDOWN_DRAFT.split("\n")
    _check_positions(report, lines)

    assert not MARKUP.search(document.text), document.text
    for dropped in ("title:", "Kherson", "echo", "United Nations", "kremlin.example", "jpg"):
        assert dropped not in document.text
    # Headings, list items and table cells are lines of their own; emphasis and links kept.
    text_lines = document.text.splitlines()
    assert "Putin flies to Minsk" in text_lines
    assert "Russia has provided Belarus with S-400 air-defence systems." in text_lines
    assert "2022" in text_lines
    assert "first visit to Belarus since 2019, according to the Kremlin." in document.text
    # A soft line break inside a paragraph is a space, so the sentence is whole: the claim
    # after the dash runs across it ("about 8 million \\n Ukrainians").
    fled = _claim_starting(report, "about 8 million")
    assert fled.claim.text == "about 8 million Ukrainians have fled abroad as refugees"
    assert _claim_starting(report, "The war in Ukraine").claim.speaker == "the UN"

    trip = _claim_starting(report, "Vladimir Putin")
    assert (trip.line, trip.column) == (9, 28)
    blockquote = _claim_starting(report, "Belarus allowed")
    assert (blockquote.line, blockquote.column) == (15, 3)
    listed = _claim_starting(report, "Russia has supplied")
    assert (listed.line, listed.column) == (19, 3)
    # The entity is decoded in the text and the claim after it still points at its word.
    assert "homes — about" in document.text
    cell = _claim_starting(report, "Russia is Belarus")
    assert lines[cell.line - 1].startswith("| 2022 | Russia is")


def test_markdown_with_crlf_and_no_front_matter(tmp_path):
    source = "# Minsk\r\n\r\nRussia has supplied Belarus with *Iskander* missile systems.\r\n"
    path = tmp_path / "crlf.markdown"
    path.write_bytes(source.encode())
    report = extract_document(read_document(str(path)), "en")
    [claim] = report.claims
    assert (claim.line, claim.column) == (3, 1)
    assert "\r" not in report.text and "*" not in report.text


def test_html_draft_claims_point_into_the_html(tmp_path):
    path = _write(tmp_path, "draft.html", HTML_DRAFT)
    document = read_document(str(path))
    assert document.format == "html"
    report = extract_document(document, "en")
    lines = HTML_DRAFT.split("\n")
    _check_positions(report, lines)

    assert not MARKUP.search(document.text), document.text
    for dropped in ("Kyiv", "annexed", "Zelensky", "United Nations", "join the war", "meta"):
        assert dropped not in document.text
    assert document.text.startswith("Putin’s trip to Minsk\n")
    assert "“single defence space” for Russia & Belarus." in document.text
    assert "S\u2011400" in document.text
    # White space collapses as a browser shows it: the wrapped paragraph is one line.
    assert "in December 2022 was his first visit to Belarus since 2019, the Kremlin said." in (
        document.text
    )
    trip = _claim_starting(report, "Vladimir Putin")
    assert (trip.line, trip.column) == (12, 19)
    defence = _claim_starting(report, "Putin and Lukashenko")
    assert (defence.line, defence.column) == (16, 6)
    # The claim that ends with an entity ends on the line of that entity.
    assert defence.end_line == 17
    refugees = _claim_starting(report, "About 8 million")
    assert lines[refugees.line - 1][refugees.column - 1 :].startswith("About 8 million")


def test_html_comments_stay_in_the_source_for_suppressions(tmp_path):
    document = read_document(str(_write(tmp_path, "draft.htm", HTML_DRAFT)))
    comment_line = next(
        number
        for number, line in enumerate(document.source_text.split("\n"), start=1)
        if "claimcheck-disable-next-line" in line
    )
    assert "claimcheck-disable" not in document.text
    source_offset = document.source_text.index("Putin and Lukashenko")
    start = document.to_text_offset(source_offset)
    assert document.text[start:].startswith("Putin and Lukashenko")
    assert document.position(start) == (comment_line + 1, 6)


def test_docx_draft_positions_are_paragraph_and_character(tmp_path):
    docx = pytest.importorskip("docx", reason="python-docx is needed to build the .docx")
    word = docx.Document()
    word.add_heading("Putin flies to Minsk", level=1)
    lede = word.add_paragraph("MINSK (Newsdesk) - ")
    lede.add_run("Vladimir Putin's trip to Minsk in December 2022 was his ")
    lede.add_run("first visit to Belarus since 2019").bold = True
    lede.add_run(", the Kremlin said.")
    word.add_paragraph("")
    bullet = word.add_paragraph("Russia has supplied Belarus with ", style="List Bullet")
    bullet.add_run("Iskander").italic = True
    bullet.add_run(" short-range missile systems.")
    broken = word.add_paragraph("Analysts were cautious.")
    broken.add_run().add_break()
    broken.add_run("Belarus allowed Russia to use its territory as a staging ground.")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "2022"
    table.cell(0, 1).text = "About 8 million Ukrainians have fled abroad as refugees."
    word.add_paragraph("The war in Ukraine has driven millions of people from their homes.")
    buffer = io.BytesIO()
    word.save(buffer)
    path = tmp_path / "draft.docx"
    path.write_bytes(buffer.getvalue())

    document = read_document(str(path))
    assert document.format == "docx"
    report = extract_document(document, "en")
    paragraphs = document.source_text.split("\n")
    assert paragraphs[0] == "Putin flies to Minsk"
    assert paragraphs[2] == ""  # the empty paragraph still counts
    _check_positions(report, paragraphs)

    trip = _claim_starting(report, "Vladimir Putin")
    assert (trip.line, trip.column) == (2, 20)
    listed = _claim_starting(report, "Russia has supplied")
    assert (listed.line, listed.column) == (4, 1)
    # A manual line break ends a line of the analysed text, inside one paragraph.
    staging = _claim_starting(report, "Belarus allowed")
    assert (staging.line, staging.column) == (5, 25)
    assert "cautious.\nBelarus allowed" in document.text
    refugees = _claim_starting(report, "About 8 million")
    assert (refugees.line, refugees.column) == (7, 1)
    war = _claim_starting(report, "The war in Ukraine")
    assert (war.line, war.column) == (8, 1)


def test_a_broken_docx_is_an_input_error(tmp_path):
    pytest.importorskip("docx")
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="broken.docx"):
        read_document(str(path))


def _word_file(tmp_path, paragraphs: list[str]):
    docx = pytest.importorskip("docx", reason="python-docx is needed to build the .docx")
    word = docx.Document()
    for text in paragraphs:
        word.add_paragraph(text)
    buffer = io.BytesIO()
    word.save(buffer)
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    return path


def test_a_docx_is_held_to_the_size_limit_once_unpacked(tmp_path):
    # Five megabytes of one letter compress to a few kilobytes: the file passes --max-size,
    # its text must not.
    path = _word_file(tmp_path, ["a" * 5_000_000])
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError, match=r"bomb.docx: its text is larger than 2 MB"):
        read_document(str(path), max_mb=2)
    # A package that unpacks far beyond the limit is refused before any XML is parsed.
    with pytest.raises(InputError, match=r"bomb.docx: unpacks to \d MB.*--max-size"):
        read_document(str(path), max_mb=1)
    assert "a" * 100 in read_document(str(path), max_mb=6).text


def test_plain_text_is_read_as_it_is(tmp_path):
    data = SEED.read_bytes()
    document = read_document(str(SEED))
    assert document.format == "text"
    assert document.text == document.source_text == data.decode("utf-8")
    offset = document.text.index("Lukashenko mengatakan")
    assert document.position(offset) == (4, 1)
    assert document.to_text_offset(offset) == offset
    # A .txt with markup-like text keeps it: only the extension chooses a reader.
    path = _write(tmp_path, "notes.txt", "# Not a heading\n<p>Not HTML</p>\n")
    assert read_document(str(path)).text == "# Not a heading\n<p>Not HTML</p>\n"
    memory = from_text("Putin *met* Lukashenko.")
    assert memory.text == memory.source_text and memory.position(7) == (1, 8)


def test_the_cli_reports_markdown_positions(tmp_path, cli):
    path = _write(tmp_path, "draft.md", MARKDOWN_DRAFT)
    result = cli("extract", str(path))
    assert result.code == 0, result.stderr
    assert f"{path}:9:28: Vladimir Putin's trip" in result.stdout
    assert f"{path}:19:3: Russia has supplied Belarus" in result.stdout


def test_html_from_word_and_broken_markup_keeps_positions(tmp_path):
    source = (
        "<p class=MsoListParagraph><![if !supportLists]>·<![endif]>Russia has supplied"
        " Belarus with Iskander missile systems.</p>\n"
        "<p><![bogus <b>Belarus allowed Russia to use its territory.</b></p>\n"
        "<p>Lukashenko &unknown; said the &#99999999; drills<br>will continue.</p>\n"
    )
    document = read_document(str(_write(tmp_path, "word.html", source)))
    report = extract_document(document, "en")
    _check_positions(report, source.split("\n"))
    assert "Belarus allowed Russia to use its territory." in document.text.splitlines()
    assert "Lukashenko &unknown; said" in document.text
