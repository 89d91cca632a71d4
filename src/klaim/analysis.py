"""Article analysis, computed once per article and shared by every check.

Each part is a lazily computed, cached property: a check that needs date mentions triggers
their extraction once; the other checks of the same article reuse it. Checks read these as
data; they never re-scan the text for the same thing.
"""

from __future__ import annotations

from functools import cached_property

from klaim.article import Article
from klaim.attribution import AttributionAnalysis, analyse_attribution
from klaim.dates import DateMention, RelativeMention, bare_weekdays, extract_dates, extract_relative
from klaim.text import Normalised, WordIndex, normalise


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
        """Every date the article states, resolved against the publication date (sorted by offset)."""
        return extract_dates(self.article.text, self.article.lang, self.article.published_date)

    @cached_property
    def relatives(self) -> list[RelativeMention]:
        """Relative date phrases (kemarin, last Friday) and weekdays named alone (kata dia,
        Rabu), resolved against the publication date (sorted by offset)."""
        text, lang, published = self.article.text, self.article.lang, self.article.published_date
        phrases = extract_relative(text, lang, published)
        alone = bare_weekdays(text, lang, published, self.dates, phrases)
        if not alone:
            return phrases
        return sorted([*phrases, *alone], key=lambda mention: mention.start)

    @cached_property
    def attribution(self) -> AttributionAnalysis:
        """Per-paragraph attribution, editorial evidence, speakers and quotations."""
        return analyse_attribution(self.article.text, self.article.paragraphs, self.article.lang)
