"""What a check sees: the article, its analysis, and the claims file (if any)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from klaim.analysis import Analysis
from klaim.article import Article
from klaim.dates import DateMention, Quotations, RelativeMention, mention_at
from klaim.models import Anchor, Claim, ClaimFile
from klaim.registry import Location
from klaim.text import LineIndex, normalised_text
from klaim.yamlload import locate, locate_key


def text_location(file: str, text: str, lines: LineIndex, start: int, end: int) -> Location:
    """A location for ``text[start:end]``, cut at the end of its first line.

    Line and column come from the offsets (code points), never from a parser's own line count,
    so every format and every producer agrees on them (YAML also counts NEL, LS and PS as line
    breaks; klaim counts only CRLF, CR and LF).
    """
    start = max(0, min(start, len(text)))
    # A block node's end mark can sit on the next line; keep the span on its first line.
    end = max(start, min(end, lines.line_end(start)))
    return Location(file, *lines.position(start), *lines.position(end), start, end - start, text[start:end])


@dataclass
class Context:
    """Inputs of one check run. Checks read it; they never read files or print."""

    article: Article
    analysis: Analysis
    claim_file: ClaimFile | None = None
    claims_path: str | None = None
    """POSIX path of the claims file relative to the repository root."""
    claims_text: str | None = None
    _anchor_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict, repr=False)
    _anchor_dates: dict[int, DateMention | RelativeMention | None] = field(
        default_factory=dict, repr=False)

    @property
    def claims(self) -> Sequence[Claim]:
        """The claim records (empty when checking a bare article)."""
        return self.claim_file.claims if self.claim_file else ()

    def article_span(self, start: int, end: int) -> Location:
        """A location for ``article.text[start:end]``."""
        lines = self.article.lines
        line, column = lines.position(start)
        end_line, end_column = lines.position(end)
        return Location(self.article.path, line, column, end_line, end_column, start,
                         end - start, self.article.text[start:end])

    def article_line(self, line: int) -> Location:
        """A location covering one whole line of the article (e.g. the dateline)."""
        index = self.article.lines
        if line - 1 >= len(index.line_starts):
            return self.article_span(len(self.article.text), len(self.article.text))
        start = index.line_starts[line - 1]
        return self.article_span(start, start + len(index.line_text(line)))

    @cached_property
    def _claims_lines(self) -> LineIndex:
        return LineIndex(self.claims_text or "")

    def claim_location(self, path: Sequence[str | int], *, key: bool = False) -> Location:
        """A location in the claims file for a JSON path, e.g. ``("claims", 2, "anchor")``.

        Composes the YAML nodes lazily, only when a finding needs a location. With ``key``,
        the location of the mapping key itself (for an unknown or misspelt key).
        """
        text = self.claims_text or ""
        span = (locate_key if key else locate)(text, path)
        return text_location(self.claims_path or "", text, self._claims_lines, span.start, span.end)

    def anchor_matches(self, claim_index: int) -> list[tuple[int, int]]:
        """Original spans where a claim's anchor matches (prefix/suffix applied), cached."""
        if claim_index not in self._anchor_cache:
            anchor = self.claims[claim_index].anchor
            self._anchor_cache[claim_index] = self.find_anchor(anchor)
        return self._anchor_cache[claim_index]

    def find_anchor(self, anchor: Anchor) -> list[tuple[int, int]]:
        """Every span of the article matching a TextQuoteSelector, compared normalised."""
        norm = self.analysis.normalised
        exact = normalised_text(anchor.exact)
        prefix = normalised_text(anchor.prefix or "")
        suffix = normalised_text(anchor.suffix or "")
        text = norm.text
        found = []
        at = text.find(exact) if exact else -1
        while at != -1:
            end = at + len(exact)
            # Compare in place (no slices of the text): an anchor that matches at every position
            # of a long line stays linear. Normalised whitespace is single spaces.
            before, after = at, end
            while before and text[before - 1] == " ":
                before -= 1
            while after < len(text) and text[after] == " ":
                after += 1
            if text.endswith(prefix, 0, before) and text.startswith(suffix, after):
                found.append(norm.original_span(at, end))
            at = text.find(exact, at + 1)
        return found

    def anchor_span(self, claim_index: int) -> tuple[int, int] | None:
        """The anchor's span when it matches exactly once, else None."""
        matches = self.anchor_matches(claim_index)
        return matches[0] if len(matches) == 1 else None

    @property
    def quotations(self) -> Quotations:
        """The article's quoted spans, found once for every check that needs them."""
        return self.analysis.quotations

    def anchor_date(self, claim_index: int) -> DateMention | RelativeMention | None:
        """The date the article gives at a claim's anchor (:func:`klaim.dates.mention_at`).

        None when the anchor does not match exactly once or the article gives no date there.
        Cached: KL103, KL104 and KL105 ask for the same anchors.
        """
        if claim_index not in self._anchor_dates:
            span = self.anchor_span(claim_index)
            found = None
            if span is not None:
                found = mention_at(self.article.text, self.article.lang, self.analysis.dates,
                                   self.analysis.relatives, *span, self.quotations)
            self._anchor_dates[claim_index] = found
        return self._anchor_dates[claim_index]
