"""A quote in a claim record does not appear verbatim in the article.

## What it does
Compares each entry of a claim's `quotes` with the article through the text normaliser (NFC,
typographic quotes folded to ASCII, whitespace folded). Anything else (a changed word, letter
case, a dropped comma) is reported at the quote's line in the claims file. When the article
has the quote with other letter case, that is offered as a suggestion. Otherwise the closest
passage of the article, word for word (three quarters of the words alike, in order, or all
but one word of a quote of three or more), is named: `data.closest` holds its words as
printed, `data.differs` the first words that differ (`quote` and `article`, either empty
where words were dropped or added), the passage is a related location, and its words are
offered as the suggestion.

## Why is this bad?
A quotation mark is a promise that these are the speaker's words. A quote record that differs
from the article means either the record or the article misquotes.

## Example
```yaml
quotes: ["masalah terus bertumpuk"]   # the article has "masalah terus menumpuk"
```

## Use instead
Copy the quoted words from the article exactly.
"""

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from klaim.context import Context
from klaim.registry import Issue, Suggestion, check
from klaim.text import normalised_text


@check("KL303", "quote-not-verbatim", "error")
def quote_not_verbatim(ctx: Context) -> Iterator[Issue]:
    """One issue per quote that is not in the article."""
    text = ctx.analysis.normalised.text
    folded: str | None = None
    words: _Words | None = None
    for index, claim in enumerate(ctx.claims):
        for number, quote in enumerate(claim.quotes):
            wanted = normalised_text(quote)
            if wanted and wanted in text:
                continue
            suggestions = []
            folded = folded if folded is not None else text.casefold()
            at = folded.find(wanted.casefold()) if len(folded) == len(text) else -1
            if at != -1:
                start, end = ctx.analysis.normalised.original_span(at, at + len(wanted))
                suggestions.append(Suggestion(ctx.article.text[start:end],
                                              "the article has these words with other letter case"))
            data: dict[str, object] = {"quote": quote, "quote_index": number}
            related = []
            if not suggestions:
                words = words if words is not None else _Words(text)
                near = words.closest(wanted)
                if near is not None:
                    # The quote's own punctuation at either end, where the article has it too.
                    first, last = near.start, near.end
                    if wanted[-1:] and not wanted[-1].isalnum() and text[last:last + 1] == wanted[-1]:
                        last += 1
                    if wanted[:1] and not wanted[0].isalnum() and text[first - 1:first] == wanted[0]:
                        first -= 1
                    start, end = ctx.analysis.normalised.original_span(first, last)
                    printed = ctx.article.text[start:end]
                    data["closest"] = printed
                    data["differs"] = near.differs
                    suggestions.append(Suggestion(printed, "the closest passage in the article"))
                    related.append(ctx.article_span(start, end).with_message("the closest passage"))
            detail = ""
            if "differs" in data:
                differs = data["differs"]
                assert isinstance(differs, dict)
                line = related[0].line
                detail = (f" (closest on line {line}: the article has {differs['article']!r} where the "
                          f"quote has {differs['quote']!r})")
            yield Issue(f"quote of claim '{claim.id}' is not verbatim in the article{detail}",
                        ctx.claim_location(("claims", index, "quotes", number)),
                        data=data, suggestions=suggestions, related=related, claim=claim.id)


_WORD = re.compile(r"\w+")
_MOST_WORDS = 60
"""Quotes longer than this many words are not searched for a closest passage (the search is
for the typo of an editor, not for a paragraph rewritten)."""
_MOST_PLACES = 40
_ALIKE = 0.75


@dataclass(slots=True)
class _Near:
    start: int
    end: int
    differs: dict[str, str]


class _Words:
    """The normalised article's words, and where each (case-folded) occurs."""

    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.words = [text[a:b].casefold() for a, b in self.spans]
        self.places: dict[str, list[int]] = {}
        for place, word in enumerate(self.words):
            self.places.setdefault(word, []).append(place)

    def closest(self, quote: str) -> _Near | None:
        """The passage most like ``quote`` word for word, when it is alike enough."""
        wanted = [m.group().casefold() for m in _WORD.finditer(quote)]
        if not 2 <= len(wanted) <= _MOST_WORDS:
            return None
        # Where the passage may start: the quote's words found in the article, rarest first,
        # each place shifted back by the word's position in the quote.
        starts: set[int] = set()
        for offset, word in sorted(enumerate(wanted), key=lambda item: len(self.places.get(item[1], ()))):
            for place in self.places.get(word, ())[:_MOST_PLACES]:
                starts.add(max(0, place - offset))
            if len(starts) >= _MOST_PLACES:
                break
        best: tuple[float, int, int, int] | None = None
        for start in sorted(starts):
            for length in range(max(1, len(wanted) - 2), len(wanted) + 3):
                window = self.words[start:start + length]
                matcher = difflib.SequenceMatcher(None, wanted, window, autojunk=False)
                ratio = matcher.ratio()
                if best is None or ratio > best[0]:
                    same = sum(block.size for block in matcher.get_matching_blocks())
                    best = (ratio, same, start, start + len(window))
        # Alike: three quarters of the words, or all but one word of a quote of three or more.
        if best is None or not (best[0] >= _ALIKE or (len(wanted) >= 3 and best[1] >= len(wanted) - 1)):
            return None
        _, _, first, last = best
        window = self.words[first:last]
        differs = {"quote": "", "article": ""}
        for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, wanted, window, autojunk=False).get_opcodes():
            if tag != "equal":
                differs = {"quote": " ".join(wanted[a1:a2]), "article": " ".join(window[b1:b2])}
                break
        return _Near(self.spans[first][0], self.spans[last - 1][1], differs)
