"""A quote in a claim record does not appear verbatim in the article.

## What it does
Compares each entry of a claim's `quotes` with the article through the text normaliser (NFC,
typographic quotes folded to ASCII, whitespace folded). Anything else (a changed word, letter
case, a dropped comma) is reported at the quote's line in the claims file. When the article
has the quote with other letter case, that is offered as a suggestion. Otherwise the closest
passage of the article, word for word (three quarters of the words alike, in order, or all
but one word of a quote of three or more), is named: `data.closest` holds its words as
printed, `data.differs` the first words that differ, case-folded (`quote` and `article`, either empty
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

from collections.abc import Iterator

from klaim.context import Context
from klaim.registry import Issue, Suggestion, check
from klaim.text import normalised_text


@check("KL303", "quote-not-verbatim", "error")
def quote_not_verbatim(ctx: Context) -> Iterator[Issue]:
    """One issue per quote that is not in the article."""
    text = ctx.analysis.normalised.text
    folded: str | None = None
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
                near = ctx.analysis.words.closest(wanted)
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
