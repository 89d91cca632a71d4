"""Reporters: render one Report in a named format. They never compute findings."""

from __future__ import annotations

from collections.abc import Callable

from klaim.models import Report
from klaim.reporters import json_reporter, text

Reporter = Callable[[Report], str]

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_reporter.render,
}


def render(report: Report, format_name: str) -> str:
    """Render ``report`` in ``format_name`` (one of REPORTERS)."""
    return REPORTERS[format_name](report)
