"""Reporters: render one Report in a named format. They never compute findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from klaim.models import Report
from klaim.reporters import github, html, json_reporter, markdown, sarif, text
from klaim.review import ReviewDocument

Reporter = Callable[[Report], str]

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_reporter.render,
    "sarif": sarif.render,
    "github": github.render,
    "markdown": markdown.render,
}


DocumentReporter = Callable[[Report, Sequence[ReviewDocument]], str]

# Formats that draw the findings on the articles need the checked documents too.
DOCUMENT_REPORTERS: dict[str, DocumentReporter] = {
    "html": html.render,
}


def formats() -> list[str]:
    """Every format name, sorted."""
    return sorted({*REPORTERS, *DOCUMENT_REPORTERS})


def render(report: Report, format_name: str, documents: Sequence[ReviewDocument] = ()) -> str:
    """Render ``report`` in ``format_name``; document formats also draw on ``documents``."""
    if format_name in DOCUMENT_REPORTERS:
        return DOCUMENT_REPORTERS[format_name](report, documents)
    return REPORTERS[format_name](report)


def render_chunks(report: Report, format_name: str, documents: Sequence[ReviewDocument] = ()) -> Iterable[str]:
    """:func:`render` in pieces: the JSON report streams one record at a time (a spooled report
    is never in memory whole); the other formats are one piece."""
    if format_name == "json":
        return json_reporter.chunks(report)
    return (render(report, format_name, documents),)
