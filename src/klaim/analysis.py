"""Article analysis, computed once per article and shared by every check.

Each part is a lazily computed, cached property: a check that needs date mentions triggers
their extraction once; the other checks of the same article reuse it. Checks read these as
data; they never re-scan the text for the same thing.
"""

from __future__ import annotations

from functools import cached_property
from typing import TypeVar

from klaim.article import Article, own_zone
from klaim.attribution import AttributionAnalysis, analyse_attribution
from klaim.dates import (
    DateMention,
    Quotations,
    RelativeMention,
    bare_weekdays,
    extract_dates,
    extract_relative,
    lend_years,
    quoted_relatives_from_statement,
)
from klaim.text import Normalised, WordIndex, normalise

_Mention = TypeVar("_Mention", DateMention, RelativeMention)
_LEDE_PARAGRAPHS = 3
"""The paragraphs at the body's head read as the lede when the article has no publication date
(a teaser or a caption may stand before the story's first paragraph)."""


class Analysis:
    """What klaim knows about one article's text."""

    def __init__(self, article: Article) -> None:
        self.article = article

    @cached_property
    def normalised(self) -> Normalised:
        """The article text through the one normaliser, with its offset map."""
        return normalise(self.article.text)

    @cached_property
    def words(self) -> WordIndex:
        """The normalised text's words, to find the passage closest to a quote or an anchor."""
        return WordIndex(self.normalised.text)

    @cached_property
    def dates(self) -> list[DateMention]:
        """Every date the article states, resolved against the publication date (sorted by
        offset); without one, a yearless date may take the lede's year for its month
        (:func:`klaim.dates.lend_years`). Not those of a site's navigation lines (``Baca juga:
        …``): they belong to other articles."""
        found = self._outside_boilerplate(extract_dates(self.article.text, self.article.lang,
                                                        self.article.published_date,
                                                        own_zone=own_zone(self.article.dateline, self.article.lang)))
        if self.article.published_date is None:
            # Without a publication date, the lede's month and year date the story's days.
            lede = [(p.start, p.end) for p in self.article.paragraphs if p.kind == "paragraph"][:_LEDE_PARAGRAPHS]
            found = lend_years(self.article.text, found, self.article.lang, lede, self.quotations.overlaps)
        return found

    def _outside_boilerplate(self, mentions: list[_Mention]) -> list[_Mention]:
        spans = [(p.start, p.end) for p in self.article.paragraphs if p.kind == "boilerplate"]
        if not spans or not mentions:
            return mentions
        return [m for m in mentions if not any(start <= m.start < end for start, end in spans)]

    @cached_property
    def relatives(self) -> list[RelativeMention]:
        """Relative date phrases (kemarin, last Friday) and weekdays named alone (kata dia,
        Rabu), resolved against the publication date (sorted by offset)."""
        text, lang, published = self.article.text, self.article.lang, self.article.published_date
        phrases = self._outside_boilerplate(extract_relative(text, lang, published))
        alone = self._outside_boilerplate(bare_weekdays(text, lang, published, self.dates, phrases,
                                                        self.quotations))
        found = sorted([*phrases, *alone], key=lambda mention: mention.start) if alone else phrases
        return quoted_relatives_from_statement(text, lang, self.dates, found, self.quotations)

    @cached_property
    def quotations(self) -> Quotations:
        """The article's quoted spans."""
        return Quotations(self.article.text, self.article.lines.line_starts)

    @cached_property
    def attribution(self) -> AttributionAnalysis:
        """Per-paragraph attribution, editorial evidence, speakers and quotations."""
        return analyse_attribution(self.article.text, self.article.paragraphs, self.article.lang)
