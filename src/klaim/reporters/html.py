"""The review page: one self-contained HTML file with the findings drawn on the articles.

No network requests, no external fonts: inline CSS and a little inline JavaScript, which only
filters by check and severity (the page reads fully without it). All article and claim text is
escaped. Severity is shown by colour *and* by an icon and a label; acknowledged findings are
dashed and carry their reason. A print stylesheet drops the controls and prints the messages.
"""

from __future__ import annotations

import html
import itertools
from collections import defaultdict
from collections.abc import Sequence

from klaim.models import Finding, Report
from klaim.registry import get
from klaim.review import ClaimView, ReviewDocument

ICONS = {"error": "\u2716", "warning": "\u25b2", "info": "\u25cf"}

CSS = """
:root { --error: #b00020; --warning: #8a5300; --info: #1a4f8f; --ack: #4d4d4d; --ink: #1a1a1a;
  --muted: #555; --shade: #fff1bf; --claim: #e3eefc; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 Georgia, 'Times New Roman', serif; color: var(--ink); background: #fff; }
header, main { max-width: 76rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 1px solid #ccc; font-family: system-ui, sans-serif; }
h1 { font-size: 1.6rem; margin: .2rem 0; }
.counts { border-collapse: collapse; font-size: .9rem; }
.counts td, .counts th { border: 1px solid #bbb; padding: .15rem .5rem; text-align: left; }
.filters { margin: .6rem 0; font-size: .9rem; }
.filters label { margin-right: 1rem; }
.doc { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 1.3fr); gap: 2rem;
  border-bottom: 1px solid #ddd; padding: 1rem 0 2rem; }
.dateline { color: var(--muted); font-family: system-ui, sans-serif; font-size: .9rem; }
.line-no { color: var(--muted); font: .75rem system-ui, sans-serif; margin-right: .4rem; user-select: none; }
p.heading { font-weight: bold; font-size: 1.15rem; }
p.caption { font-style: italic; color: var(--muted); }
p.boilerplate { color: var(--muted); font-size: 0.85rem; }
p.editorial { background: var(--shade); outline: 2px dotted var(--warning); outline-offset: 2px; }
p.editorial::before { content: "Editorial passage (unattributed commentary) "; display: block;
  font: bold .75rem system-ui, sans-serif; color: var(--warning); }
.claim { background: var(--claim); border-radius: 2px; }
.f { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.f.sev-error { text-decoration-color: var(--error); text-decoration-style: solid; }
.f.sev-warning { text-decoration-color: var(--warning); text-decoration-style: wavy; }
.f.sev-info { text-decoration-color: var(--info); text-decoration-style: dotted; }
.f.ack { text-decoration-style: dashed; text-decoration-color: var(--ack); }
.badge { position: relative; display: inline-block; font: bold .7rem/1.2 system-ui, sans-serif;
  padding: 0 .25rem; margin: 0 .15rem; border-radius: 3px; color: #fff; text-decoration: none;
  vertical-align: super; }
.badge.sev-error { background: var(--error); }
.badge.sev-warning { background: var(--warning); }
.badge.sev-info { background: var(--info); }
.badge.ack { background: var(--ack); }
.badge:focus { outline: 3px solid #000; outline-offset: 1px; }
.tip { display: none; position: absolute; z-index: 10; left: 0; top: 1.4rem; width: 22rem;
  background: #fff; color: var(--ink); border: 1px solid #444; padding: .5rem; font-weight: normal;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.badge:hover .tip, .badge:focus .tip, .badge:focus-within .tip { display: block; }
aside { font-family: system-ui, sans-serif; font-size: .9rem; }
aside h2 { font-size: 1rem; margin: 1rem 0 .3rem; }
aside ol, aside ul { padding-left: 1.2rem; margin: 0; }
aside li { margin-bottom: .4rem; }
.sev { font-weight: bold; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.status-ack { color: var(--ack); }
.timeline .bad { color: var(--error); font-weight: bold; }
.hidden { display: none !important; }
@media print {
  .filters, .badge .tip { display: none !important; }
  .doc { display: block; }
  .badge { color: #000; background: none !important; border: 1px solid #000; }
  a { color: inherit; }
}
"""

SCRIPT = """
(function () {
  var boxes = document.querySelectorAll('.filters input');
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.value] = true; } });
    document.querySelectorAll('[data-code]').forEach(function (el) {
      var hide = off[el.getAttribute('data-code')] || off[el.getAttribute('data-severity')];
      el.classList.toggle('hidden', !!hide);
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
})();
"""


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _label(finding: Finding) -> str:
    status = " (acknowledged)" if finding.status == "acknowledged" else ""
    return f"{ICONS[finding.severity]} {finding.severity}{status}"


def _tip(finding: Finding) -> str:
    parts = [f"<strong>{_e(finding.code)} {_e(finding.name)}</strong> \u2014 {_e(_label(finding))}",
             f"<br>{_e(finding.message)}"]
    for suggestion in finding.suggestions[:3]:
        parts.append(f"<br>Suggestion: \u201c{_e(suggestion.replacement)}\u201d ({_e(suggestion.reason)})")
    if finding.acknowledgement:
        parts.append(f"<br>Acknowledged: {_e(finding.acknowledgement.reason)}")
    return "".join(parts)


def _classes(finding: Finding) -> str:
    return f"sev-{finding.severity}" + (" ack" if finding.status == "acknowledged" else "")


def _segments(start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    cuts = {start, end}
    for s, e in spans:
        if s < end and e > start:
            cuts.add(max(s, start))
            cuts.add(min(e, end))
    ordered = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(ordered) if a < b]


def _paragraph_html(doc: ReviewDocument, start: int, end: int, findings: Sequence[tuple[int, Finding]],
                    claims: Sequence[tuple[int, int, str, str]]) -> str:
    spans = [(f.offset, f.offset + f.length) for _, f in findings] + [(s, e) for s, e, _, _ in claims]
    out = []
    badged: set[int] = set()
    for a, b in _segments(start, end, spans):
        active = [(n, f) for n, f in findings if f.offset <= a and b <= f.offset + f.length]
        active_claims = [(cid, label) for s, e, cid, label in claims if s <= a and b <= e]
        # A badge (keyboard reachable, with the message) stands before the first segment of each finding.
        for number, finding in active:
            if number not in badged:
                badged.add(number)
                out.append(f'<a class="badge {_classes(finding)}" id="span-{number}" href="#item-{number}" '
                           f'data-code="{_e(finding.code)}" data-severity="{_e(finding.severity)}" '
                           f'aria-label="{_e(finding.code)} {_e(_label(finding))}: {_e(finding.message)}">'
                           f'{_e(ICONS[finding.severity])} {_e(finding.code)}'
                           f'<span class="tip" role="tooltip">{_tip(finding)}</span></a>')
        text = _e(doc.text[a:b])
        if active:
            classes = " ".join(sorted({_classes(f) for _, f in active}))
            numbers = " ".join(str(n) for n, _ in active)
            codes = " ".join(sorted({f.code for _, f in active}))
            text = (f'<span class="f {classes}" data-findings="{numbers}" data-codes="{codes}">{text}</span>')
        if active_claims:
            ids = " ".join(cid for cid, _ in active_claims)
            title = " | ".join(label for _, label in active_claims)
            text = f'<span class="claim" data-claims="{_e(ids)}" title="{_e(title)}">{text}</span>'
        out.append(text)
    return "".join(out)


def _finding_item(number: int, finding: Finding, drawn: bool) -> str:
    link = f'<a href="#span-{number}">' if drawn else ""
    close = "</a>" if drawn else ""
    status = ' <span class="status-ack">acknowledged</span>' if finding.status == "acknowledged" else ""
    reason = (f"<br><em>Reason:</em> {_e(finding.acknowledgement.reason)}"
              if finding.acknowledgement else "")
    suggestion = (f"<br>Suggestion: \u201c{_e(finding.suggestions[0].replacement)}\u201d"
                  if finding.suggestions else "")
    return (f'<li id="item-{number}" data-code="{_e(finding.code)}" data-severity="{_e(finding.severity)}">'
            f'<span class="sev {_e(finding.severity)}">{_e(ICONS[finding.severity])} {_e(finding.severity)}</span> '
            f'{link}{_e(finding.file)}:{finding.line}:{finding.column} {_e(finding.code)}{close}{status}'
            f'<br>{_e(finding.message)}{suggestion}{reason}</li>')


def _claim_label(claim: ClaimView) -> str:
    parts = [f"claim {claim.id}"]
    if claim.speaker:
        parts.append(claim.speaker)
    if claim.said_on:
        parts.append(f"said on {claim.said_on}")
    parts.append("sources: " + ("; ".join(claim.sources) or "none"))
    return ", ".join(parts)


def _document_html(doc: ReviewDocument, numbered: Sequence[tuple[int, Finding]]) -> str:
    mine = [(n, f) for n, f in numbered if f.file in (doc.article_file, doc.claims_file)]
    in_article = [(n, f) for n, f in mine if f.file == doc.article_file and f.length > 0]
    editorial_lines = {f.line for _, f in mine if f.code == "KL201" and f.file == doc.article_file}
    claims = [(c.span[0], c.span[1], c.id, _claim_label(c)) for c in doc.claims if c.span]
    out = [f'<section class="doc"><div><article lang="{_e(doc.lang)}">']

    def drawn_block(span: tuple[int, int]) -> str:
        here = [(n, f) for n, f in in_article if span[0] <= f.offset < span[1]]
        return _paragraph_html(doc, span[0], span[1], here, claims)

    out.append(f"<h1>{drawn_block(doc.title_span) if doc.title_span else _e(doc.title)}</h1>")
    if doc.dateline_span:
        out.append(f'<p class="dateline">{drawn_block(doc.dateline_span)}</p>')
    out.append(f'<p class="dateline">{_e(doc.article_file)}'
               + (f" \u00b7 claims: {_e(doc.claims_file)}" if doc.claims_file else "") + "</p>")
    for paragraph in doc.paragraphs:
        kinds = [paragraph.kind] + (["editorial"] if paragraph.line in editorial_lines else [])
        body = drawn_block((paragraph.start, paragraph.end))
        out.append(f'<p class="{" ".join(kinds)}" data-line="{paragraph.line}">'
                   f'<span class="line-no" aria-hidden="true">{paragraph.line}</span>{body}</p>')
    out.append("</article></div><aside>")
    drawn = {n for n, _ in in_article}
    out.append(f"<h2>Findings ({len(mine)})</h2><ol>")
    out += [_finding_item(n, f, n in drawn) for n, f in mine]
    out.append("</ol>")
    if doc.claims:
        out.append(f"<h2>Claims ({len(doc.claims)})</h2><ul>")
        for claim in doc.claims:
            details = [f"<strong>{_e(claim.id)}</strong> ({_e(claim.kind)})", _e(claim.summary)]
            if claim.speaker:
                details.append(f"Speaker: {_e(claim.speaker)}")
            if claim.said_on:
                details.append(f"Said on: {_e(claim.said_on)}")
            if claim.event:
                details.append(f"Event: {_e(claim.event)}")
            details.append("Sources: " + (_e("; ".join(claim.sources)) or "<em>none</em>"))
            if claim.verdict:
                details.append(f"Verdict: {_e(claim.verdict)}")
            if claim.span is None:
                details.append("<em>anchor not found once in the article</em>")
            out.append("<li>" + "<br>".join(details) + "</li>")
        out.append("</ul>")
    if doc.timeline:
        out.append('<h2>Timeline</h2><ol class="timeline">')
        for entry in doc.timeline:
            wrong = (entry.stated_weekday is not None and entry.actual_weekday is not None
                     and entry.stated_weekday != entry.actual_weekday)
            weekday = ""
            if entry.stated_weekday:
                weekday = f" \u2014 stated {_e(entry.stated_weekday)}"
                if entry.actual_weekday:
                    cls = ' class="bad"' if wrong else ""
                    weekday += f", actually <span{cls}>{_e(entry.actual_weekday)}</span>"
            out.append(f"<li>{_e(entry.resolved or 'unresolved')}: \u201c{_e(entry.text)}\u201d "
                       f"(line {entry.line}:{entry.column}){weekday}</li>")
        out.append("</ol>")
    out.append("</aside></section>")
    return "".join(out)


def render(report: Report, documents: Sequence[ReviewDocument]) -> str:
    """The review page for a report and the documents it was computed on."""
    # The report's order, not the order the inputs were named: the page is deterministic.
    documents = sorted(documents, key=lambda doc: (doc.article_file, doc.claims_file or ""))
    numbered = list(enumerate(report.findings, 1))
    per_code: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for finding in report.findings:
        per_code[finding.code][0 if finding.status == "new" else 1] += 1
    rows = "".join(f"<tr><td>{_e(code)}</td><td>{_e(get(code).name)}</td><td>{new}</td><td>{ack}</td></tr>"
                   for code, (new, ack) in sorted(per_code.items()))
    severities = sorted({f.severity for f in report.findings})
    filters = "".join(f'<label><input type="checkbox" value="{_e(s)}" checked> {_e(ICONS[s])} {_e(s)}</label>'
                      for s in severities)
    filters += "".join(f'<label><input type="checkbox" value="{_e(c)}" checked> {_e(c)}</label>'
                       for c in sorted(per_code))
    new = sum(1 for f in report.findings if f.status == "new")
    head = (f"<header><h1>klaim review</h1><p>{len(report.findings)} finding(s): {new} new, "
            f"{len(report.findings) - new} acknowledged, in {len(documents)} article(s).</p>")
    if rows:
        head += ('<table class="counts"><thead><tr><th>code</th><th>check</th><th>new</th>'
                 f"<th>acknowledged</th></tr></thead><tbody>{rows}</tbody></table>")
        head += f'<div class="filters" aria-label="Filter findings">Show: {filters}</div>'
    head += "</header>"
    body = "".join(_document_html(doc, numbered) for doc in documents)
    orphans = [(n, f) for n, f in numbered
               if not any(f.file in (d.article_file, d.claims_file) for d in documents)]
    if orphans:
        body += ("<section><h2>Files that could not be checked</h2><ol>"
                 + "".join(_finding_item(n, f, False) for n, f in orphans) + "</ol></section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>klaim review</title>"
            f"<style>{CSS}</style></head><body>{head}<main>{body}</main>"
            f"<script>{SCRIPT}</script></body></html>\n")
