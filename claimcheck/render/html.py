"""``--format html``: one self-contained page showing each article with its claims highlighted.

Each claim is highlighted in its verdict's colour *and* underline style, and starts with a
text badge naming the verdict, so colour is never the only cue. Hovering or keyboard-focusing
a claim (Tab) opens a panel with the verdict, the reason and the ledger entry (id, claim,
status, sources as links, notes); so does following a claim's link in the table under the
article (``#f1-c3``). Where claims overlap, the text is cut into segments and each segment
takes the most severe verdict of the claims covering it.

No JavaScript and no external resources: CSS is inline, the page works from a file or an
attachment. Every piece of article and ledger text is HTML-escaped, and its control and bidi
characters (a right-to-left override that would show a claim reversed) are shown as inert
escapes such as ``\u202e``; only ``http(s)`` and ``mailto`` sources become links, with
``rel="noopener noreferrer"``. Ledger files are named relative to the working directory, so a
report shows no machine's absolute paths.
"""

from __future__ import annotations

from html import escape

from claimcheck.baseline import relative_file
from claimcheck.model import VERDICTS, CheckedClaim, FileReport, Report
from claimcheck.render import summary_line
from claimcheck.safe_text import visible

# Most severe first: a segment covered by several claims takes the first of these.
SEVERITY = ("refuted", "contradicted", "disputed", "unverified", "supported", None)

LABELS = {
    "supported": ("✓", "supported", "agrees with a ledger entry rated true, or denies a false one"),
    "refuted": ("✗", "refuted", "asserts what the ledger rates false"),
    "contradicted": (
        "≠",
        "contradicted",
        "conflicts with an entry rated true: another number, year or quantity, or its negation",
    ),
    "disputed": ("?", "disputed", "matches an entry rated mixed or disputed, or only weakly"),
    "unverified": ("…", "unverified", "no entry matches, or it is stale or unrated: check it"),
    None: ("•", "claim", "an extracted claim, not checked against the ledger"),
}

_LINK_SCHEMES = ("http://", "https://", "mailto:")

_CSS = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 2rem 4rem; color: var(--ink);
  background: #fff; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-top: 1rem; border-top: 2px solid var(--rule);
  overflow-wrap: anywhere; }
.summary { margin: .25rem 0 1rem; color: var(--muted); }
.counts, .legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .5rem 0;
  padding: 0; list-style: none; }
.legend { display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); }
.legend li { display: flex; gap: .4rem; align-items: baseline; font-size: .9rem; }
.notes { color: var(--muted); font-size: .9rem; margin: .25rem 0 .75rem; padding-left: 1.2rem; }
.article { white-space: pre-wrap; overflow-wrap: break-word; font: 1.05rem/1.9 Georgia,
  "Times New Roman", serif; padding: 1rem 1.25rem; border: 1px solid var(--rule);
  border-radius: 6px; background: #fcfcfb; }
mark { color: var(--ink); border-radius: 2px; padding: .1em 0;
  text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: .22em; text-decoration-skip-ink: none; }
mark.start { position: relative; cursor: help; }
mark.start:focus { outline: 3px solid #000; outline-offset: 2px; }
.badge { display: inline-block; font: 600 .72rem/1.4 system-ui, sans-serif; padding: 0 .35em;
  border-radius: 3px; color: #fff; vertical-align: .12em; margin-right: .25em;
  white-space: nowrap; text-decoration: none; user-select: none; }
.v-supported { background: #d9f2df; text-decoration-color: #1b7f3b;
  text-decoration-style: solid; }
.v-refuted { background: #ffdcd8; text-decoration-color: #b3261e; text-decoration-style: wavy; }
.v-contradicted { background: #f4e0f8; text-decoration-color: #8e24aa;
  text-decoration-style: double; }
.v-disputed { background: #fff0c2; text-decoration-color: #8a5a00;
  text-decoration-style: dotted; }
.v-unverified { background: #dde9fb; text-decoration-color: #1f5fa8;
  text-decoration-style: dashed; }
.v-none { background: #ececec; text-decoration-color: #555; text-decoration-style: solid; }
.badge.v-supported { background: #1b7f3b; } .badge.v-refuted { background: #b3261e; }
.badge.v-contradicted { background: #8e24aa; } .badge.v-disputed { background: #8a5a00; }
.badge.v-unverified { background: #1f5fa8; } .badge.v-none { background: #555; }
.tip { display: none; position: absolute; left: 0; top: calc(100% + .35rem); z-index: 10;
  width: min(30rem, 80vw); padding: .7rem .85rem; background: #fff; color: var(--ink);
  border: 1px solid #888; border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: .88rem/1.45 system-ui, sans-serif; white-space: normal; text-align: left; }
.tip .card, .tip .card > span { display: block; margin: .15rem 0; }
.tip .k { color: var(--muted); font-weight: 600; margin-right: .3em; }
.tip .card + .card { border-top: 1px solid var(--rule); margin-top: .5rem; padding-top: .5rem; }
.tip ul { margin: .1rem 0 0; padding-left: 1.1rem; }
mark.start:hover > .tip, mark.start:focus-within > .tip, mark.start:target > .tip {
  display: block; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  overflow-wrap: anywhere; }
a { color: #0b57b0; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem;
  border-bottom: 1px solid var(--rule); }
th { background: #f3f3f3; }
td.loc { white-space: nowrap; }
@media print { .tip { display: none !important; } }
"""


def _e(text: object) -> str:
    # Line breaks and tabs lay out the article (white-space: pre-wrap); the rest is shown.
    return escape(visible(str(text), keep="\t\n\r"), quote=True)


def _badge(verdict: str | None) -> str:
    icon, label, _ = LABELS[verdict]
    return f'<span class="badge {_class(verdict)}">{icon} {_e(label)}</span>'


def _class(verdict: str | None) -> str:
    return f"v-{verdict}" if verdict in LABELS and verdict else "v-none"


def _source(source: str) -> str:
    if source.lower().startswith(_LINK_SCHEMES):
        return f'<a href="{_e(source)}" rel="noopener noreferrer" target="_blank">{_e(source)}</a>'
    return _e(source)


def _card(claim: CheckedClaim, checked: bool) -> str:
    """The panel content for one claim: spans only, so it may sit inside ``<mark>``."""
    parts = [f'<span class="card"><span>{_badge(claim.verdict)} {_e(claim.claim.text)}</span>']
    if claim.claim.speaker:
        parts.append(f'<span><span class="k">Speaker</span>{_e(claim.claim.speaker)}</span>')
    if checked:
        if claim.reason:
            parts.append(f'<span><span class="k">Reason</span>{_e(claim.reason)}</span>')
        entry = claim.entry
        if entry is not None:
            parts.append(
                f'<span><span class="k">Ledger</span><code>{_e(entry.id)}</code>'
                f" ({_e(entry.status)}) · {_e(relative_file(entry.file))}:{entry.line}</span>"
                f'<span><span class="k">Entry</span>{_e(entry.claim)}</span>'
            )
            if entry.sources:
                links = "".join(f"<li>{_source(source)}</li>" for source in entry.sources)
                parts.append(f'<span><span class="k">Sources</span></span><ul>{links}</ul>')
            if entry.notes:
                parts.append(f'<span><span class="k">Notes</span>{_e(entry.notes)}</span>')
        else:
            parts.append('<span><span class="k">Ledger</span>no matching entry</span>')
        parts.append(f'<span><span class="k">Score</span>{claim.score:.2f}</span>')
    parts.append("</span>")
    return "".join(parts)


def _spans(file: FileReport) -> list[tuple[int, int]]:
    length = len(file.text)
    spans = []
    for checked in file.claims:
        start = max(0, min(checked.claim.start, length))
        spans.append((start, max(start, min(checked.claim.end, length))))
    return spans


def _article(file: FileReport, prefix: str, checked: bool) -> str:
    """The article's text, cut into segments at every claim boundary, claims marked."""
    text = file.text
    spans = _spans(file)
    bounds = sorted({0, len(text), *(offset for span in spans for offset in span)})
    starting: dict[int, list[int]] = {}
    for index, (start, _end) in enumerate(spans):
        starting.setdefault(start, []).append(index)
    out = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        covering = [i for i, (start, end) in enumerate(spans) if start <= left and right <= end]
        segment = _e(text[left:right])
        if not covering:
            out.append(segment)
            continue
        verdicts = {file.claims[i].verdict for i in covering}
        worst = next(v for v in SEVERITY if v in verdicts)
        numbers = " ".join(str(i + 1) for i in covering)
        anchors = [i for i in starting.get(left, []) if spans[i][1] > left]
        if not anchors:
            out.append(f'<mark class="{_class(worst)}" data-claims="{numbers}">{segment}</mark>')
            continue
        first = anchors[0]
        ids = " ".join(f"{prefix}-c{i + 1}" for i in anchors)
        tip_id = f"{prefix}-tip{first + 1}"
        badges = "".join(_badge(file.claims[i].verdict) for i in anchors)
        cards = "".join(_card(file.claims[i], checked) for i in anchors)
        out.append(
            f'<mark class="start {_class(worst)}" id="{prefix}-c{first + 1}" tabindex="0"'
            f' data-claims="{numbers}" data-starts="{ids}" aria-describedby="{tip_id}">'
            f'{badges}{segment}<span class="tip" role="tooltip" id="{tip_id}">{cards}</span>'
            "</mark>"
        )
    return "".join(out)


def _table(file: FileReport, prefix: str, checked: bool) -> str:
    head = "<th>Location</th><th>Verdict</th><th>Claim</th>"
    if checked:
        head += "<th>Ledger entry</th><th>Reason</th>"
    rows = []
    spans = _spans(file)
    anchors: dict[int, int] = {}
    for index, (start, _end) in enumerate(spans):
        anchors.setdefault(start, index)
    for index, claim in enumerate(file.claims):
        anchor = anchors[spans[index][0]]
        location = f"{claim.file}:{claim.line}:{claim.column}"
        cells = [
            f'<td class="loc"><a href="#{prefix}-c{anchor + 1}">{_e(location)}</a></td>',
            f"<td>{_badge(claim.verdict)}</td>",
            f"<td>{_e(claim.claim.text)}</td>",
        ]
        if checked:
            entry = claim.entry
            ledger = f"<code>{_e(entry.id)}</code> ({_e(entry.status)})" if entry else ""
            cells += [f"<td>{ledger}</td>", f"<td>{_e(claim.reason)}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _file(file: FileReport, number: int, checked: bool) -> str:
    prefix = f"f{number}"
    parts = [f'<section class="file" aria-labelledby="{prefix}-name">']
    count = len(file.claims)
    parts.append(
        f'<h2 id="{prefix}-name">{_e(file.file)} <small>({count} claim{"s" * (count != 1)},'
        f" {_e(file.lang)})</small></h2>"
    )
    if file.notes:
        parts.append(
            '<ul class="notes">' + "".join(f"<li>{_e(n)}</li>" for n in file.notes) + "</ul>"
        )
    if file.text:
        parts.append(f'<div class="article" lang="{_e(file.lang)}">')
        parts.append(_article(file, prefix, checked))
        parts.append("</div>")
    if file.claims:
        parts.append(_table(file, prefix, checked))
    parts.append("</section>")
    return "".join(parts)


def render(report: Report, *, color: bool = False, checked: bool = True) -> str:
    verdicts = list(VERDICTS) if checked else [None]
    counts = report.counts()
    if checked:
        items = "".join(f"<li>{_badge(v)} {counts[v]}</li>" for v in VERDICTS)
        count_list = f'<ul class="counts" aria-label="Claims by verdict">{items}</ul>'
    else:
        count_list = ""
    legend = "".join(f"<li>{_badge(v)} <span>{_e(LABELS[v][2])}</span></li>" for v in verdicts)
    files = "".join(_file(file, n, checked) for n, file in enumerate(report.files, start=1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="claimcheck">'
        "<title>claimcheck report</title>"
        f"<style>{_CSS}</style></head><body>"
        "<header><h1>claimcheck report</h1>"
        f'<p class="summary">{_e(summary_line(report, checked))}</p>'
        f"{count_list}"
        '<details class="legend-box" open><summary>Legend</summary>'
        f'<ul class="legend">{legend}</ul>'
        '<p class="summary">Hover over a claim, or focus it with Tab, to see its ledger entry.'
        "</p></details></header>"
        f"<main>{files}</main></body></html>\n"
    )
