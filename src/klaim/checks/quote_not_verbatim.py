"""A quote in a claim record does not appear verbatim in the article.

## What it does
Compares each entry of a claim's `quotes` with the article through the text normaliser (NFC,
typographic quotes folded to ASCII, whitespace folded). Anything else (a changed word, letter
case, a dropped comma) is reported at the quote's line in the claims file. When the article
has the quote with other letter case, that is offered as a suggestion.

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
            yield Issue(f"quote of claim '{claim.id}' is not verbatim in the article",
                        ctx.claim_location(("claims", index, "quotes", number)),
                        data={"quote": quote, "quote_index": number},
                        suggestions=suggestions, claim=claim.id)
