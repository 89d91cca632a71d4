"""A claim's anchor does not occur in the article.

## What it does
Looks for the claim's `anchor.exact` (with `prefix`/`suffix` when given) in the article, both
through the text normaliser (NFC, typographic quotes folded, whitespace folded). Reports the
anchor when it matches nowhere, or when `start`/`end` are given and do not select `exact`.
When the text occurs with different letter case, that is offered as a suggestion; otherwise
the closest passage, word for word (as KL303 finds it), is named in `data.closest` and
`data.differs`, drawn as a related location and offered as the suggestion.

## Why is this bad?
The claim is not tied to the article: either the record was written against another version of
the story, or the article was edited after the claim was recorded. Checks that read the text at
the claim (its date, its speaker) cannot run for it.

## Example
```yaml
anchor: {exact: "kata juru bicara Kremlin Dmitri Peskov"}   # the article spells it Dmitry
```

## Use instead
Copy the anchor from the article, character for character.
"""

from collections.abc import Iterator

from klaim.context import Context
from klaim.registry import Issue, Suggestion, check
from klaim.text import normalised_text


@check("KL301", "anchor-not-found", "error")
def anchor_not_found(ctx: Context) -> Iterator[Issue]:
    """One issue per claim whose anchor has no match."""
    for index, claim in enumerate(ctx.claims):
        anchor = claim.anchor
        matches = ctx.anchor_matches(index)
        if matches and anchor.start is None and anchor.end is None:
            continue  # found, and no position to compare: no location needed (composing costs)
        location = ctx.claim_location(("claims", index, "anchor", "exact"))
        if not matches:
            suggestions = []
            exact = normalised_text(anchor.exact)
            text = ctx.analysis.normalised.text
            at = text.casefold().find(exact.casefold())
            data: dict[str, object] = {"exact": anchor.exact, "prefix": anchor.prefix,
                                       "suffix": anchor.suffix, "reason": "no-match"}
            related = []
            detail = ""
            if at != -1 and len(text.casefold()) == len(text):
                start, end = ctx.analysis.normalised.original_span(at, at + len(exact))
                suggestions.append(Suggestion(ctx.article.text[start:end],
                                              "the article has this text with other letter case"))
            elif (near := ctx.analysis.words.closest(exact)) is not None:
                start, end = ctx.analysis.normalised.original_span(near.start, near.end)
                data["closest"] = ctx.article.text[start:end]
                data["differs"] = near.differs
                suggestions.append(Suggestion(ctx.article.text[start:end], "the closest passage in the article"))
                related.append(ctx.article_span(start, end).with_message("the closest passage"))
                detail = (f" (closest on line {related[0].line}: the article has {near.differs['article']!r} "
                          f"where the anchor has {near.differs['quote']!r})")
            yield Issue(f"anchor of claim '{claim.id}' is not in the article{detail}", location,
                        data=data, suggestions=suggestions, related=related, claim=claim.id)
            continue
        if anchor.start is not None or anchor.end is not None:
            positioned = [(s, e) for s, e in matches
                          if (anchor.start is None or s == anchor.start)
                          and (anchor.end is None or e == anchor.end)]
            if not positioned:
                start, end = matches[0]
                yield Issue(f"anchor of claim '{claim.id}' is not at start/end {anchor.start}-{anchor.end}",
                            location,
                            data={"exact": anchor.exact, "reason": "position-mismatch",
                                  "start": anchor.start, "end": anchor.end, "found": [list(m) for m in matches]},
                            suggestions=[Suggestion(f"start: {start}, end: {end}", "where the text stands")],
                            related=[ctx.article_span(start, end).with_message("the anchor text is here")],
                            claim=claim.id)
