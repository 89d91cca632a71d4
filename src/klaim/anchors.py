"""Anchors that match once: the TextQuoteSelector that picks out one span of the article.

``klaim draft`` writes its anchors with it, and KL302 suggests with it how to pick out each
place an ambiguous anchor matches. The span itself (``exact``) is kept: it is what the claim is
about, and the checks read the date and the speaker at it. What is added is context, the fewest
words first: a ``prefix`` (words right before it), then a ``suffix`` (words right after it),
both within the paragraph, then both reaching into the neighbouring paragraphs.
"""

from __future__ import annotations

import re

from klaim.context import Context
from klaim.models import Anchor

_WORD = re.compile(r"\S+")
MAX_CONTEXT_WORDS = 12


def _before(text: str, start: int, floor: int, words: int) -> str | None:
    """The last ``words`` words of ``text[floor:start]``; None when it has fewer."""
    found = [m.start() for m in _WORD.finditer(text, floor, start)]
    return " ".join(text[found[-words]:start].split()) if len(found) >= words else None


def _after(text: str, end: int, ceiling: int, words: int) -> str | None:
    """The first ``words`` words of ``text[end:ceiling]``; None when it has fewer."""
    found = [m.end() for m in _WORD.finditer(text, end, ceiling)]
    return " ".join(text[end:found[words - 1]].split()) if len(found) >= words else None


def _has_word(context: str | None) -> bool:
    return context is not None and any(c.isalnum() for c in context)


def _paragraph_bounds(ctx: Context, at: int) -> tuple[int, int]:
    """The offsets of the paragraph (or title, or dateline line) holding offset ``at``."""
    for paragraph in ctx.article.paragraphs:
        if paragraph.start <= at < paragraph.end:
            return paragraph.start, paragraph.end
    lines = ctx.article.lines
    line, _ = lines.position(at)
    start = lines.line_starts[line - 1]
    return start, lines.line_end(start)


def unique_anchor(ctx: Context, start: int, end: int) -> Anchor | None:
    """An anchor whose ``exact`` is ``article.text[start:end]`` (stripped) and that matches the
    article exactly once, there; None when no context of up to :data:`MAX_CONTEXT_WORDS`
    words does (the same text repeated at length).

    Context from the span's own paragraph is tried first, then context reaching past it.
    """
    text = ctx.article.text
    raw = text[start:end]
    exact = raw.strip()
    if not exact:
        return None
    start += len(raw) - len(raw.lstrip())
    end = start + len(exact)

    def picks(anchor: Anchor) -> bool:
        matches = ctx.find_anchor(anchor)
        return len(matches) == 1 and matches[0][0] < end and start < matches[0][1]

    if picks(Anchor(exact=exact)):
        return Anchor(exact=exact)
    floor, ceiling = _paragraph_bounds(ctx, start)
    bounds = [(floor, ceiling)] + ([(0, len(text))] if (floor, ceiling) != (0, len(text)) else [])
    for low, high in bounds:
        for words in range(1, MAX_CONTEXT_WORDS + 1):
            prefix, suffix = _before(text, start, low, words), _after(text, end, high, words)
            if prefix is None and suffix is None:
                break
            # Context of punctuation alone ("," after "Menurutnya") is too easily lost in an edit.
            for anchor in (Anchor(exact=exact, prefix=prefix) if _has_word(prefix) else None,
                           Anchor(exact=exact, suffix=suffix) if _has_word(suffix) else None):
                if anchor is not None and picks(anchor):
                    return anchor
    return None
