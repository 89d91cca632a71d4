"""What the review page shows besides the Report: each checked article with its claims and timeline.

A :class:`ReviewDocument` is plain data taken from a checked target (article text, paragraphs,
claim anchors, date mentions). The HTML reporter draws the Report's findings on it; it never
computes findings itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from klaim.calendar_names import calendar_names
from klaim.context import Context


@dataclass(frozen=True, slots=True)
class ParagraphView:
    """One block of the article as the reader sees it."""

    index: int
    kind: str
    line: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim record and where its anchor stands (None when it does not match once)."""

    id: str
    kind: str
    summary: str
    speaker: str | None
    said_on: str | None
    event: str | None
    sources: tuple[str, ...]
    verdict: str | None
    span: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A date mention for the timeline panel."""

    line: int
    column: int
    start: int
    end: int
    text: str
    resolved: str | None
    stated_weekday: str | None
    actual_weekday: str | None


@dataclass(frozen=True)
class ReviewDocument:
    """One article to draw: its text and structure, claims and timeline."""

    article_file: str
    claims_file: str | None
    title: str
    title_span: tuple[int, int] | None
    dateline_span: tuple[int, int] | None
    lang: str
    text: str
    paragraphs: tuple[ParagraphView, ...]
    claims: tuple[ClaimView, ...] = field(default_factory=tuple)
    timeline: tuple[TimelineEntry, ...] = field(default_factory=tuple)


def _source_label(source: object) -> str:
    kind = getattr(source, "kind", "source")
    for attribute in ("title", "url", "name"):
        value = getattr(source, attribute, None)
        if value:
            return f"{kind}: {value}"
    return str(kind)


def timeline(ctx: Context) -> tuple[TimelineEntry, ...]:
    """The article's date mentions in chronological order (unresolved ones last, by position)."""
    names = calendar_names(ctx.article.lang)
    entries = []
    for mention in ctx.analysis.dates:
        line, column = ctx.article.lines.position(mention.start)
        entries.append(TimelineEntry(
            line, column, mention.start, mention.end, mention.text,
            mention.resolved.isoformat() if mention.resolved else None,
            names.weekday_name(mention.weekday) if mention.weekday is not None else None,
            names.weekday_name(mention.resolved.weekday()) if mention.resolved else None))
    return tuple(sorted(entries, key=lambda e: (e.resolved is None, e.resolved or "", e.start)))


def document(ctx: Context) -> ReviewDocument:
    """The review data of one checked target."""
    article = ctx.article
    claims = tuple(
        ClaimView(claim.id, claim.kind, claim.summary,
                  (f"{claim.speaker.name}, {claim.speaker.role}" if claim.speaker and claim.speaker.role
                   else claim.speaker.name if claim.speaker else None),
                  claim.said_on, claim.event, tuple(_source_label(s) for s in claim.sources),
                  claim.verdict, ctx.anchor_span(index))
        for index, claim in enumerate(ctx.claims))
    title_span = None
    if article.format == "text" and article.title:
        start = article.text.find(article.title)
        title_span = (start, start + len(article.title)) if start != -1 else None
    dateline = article.dateline
    return ReviewDocument(
        article.path, ctx.claims_path, article.title, title_span,
        (dateline.start, dateline.end) if dateline else None, article.lang, article.text,
        tuple(ParagraphView(p.index, p.kind, p.line, p.start, p.end) for p in article.paragraphs),
        claims, timeline(ctx))
