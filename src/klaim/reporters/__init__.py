"""Reporters: render one Report in a named format. They never compute findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
