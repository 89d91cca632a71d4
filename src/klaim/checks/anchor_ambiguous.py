"""A claim's anchor matches the article more than once.

## What it does
Reports a claim whose `anchor.exact` (after `prefix`/`suffix` filtering, compared normalised)
occurs at more than one place in the article. Every match is a related location.

## Why is this bad?
klaim cannot tell which sentence the claim is about, so checks that read the text at the claim
(its date, its speaker) would pick one at random.

## Example
```yaml
anchor: {exact: "hari Jumat (21/6)"}   # the article says this twice
```

## Use instead
```yaml
anchor: {exact: "hari Jumat (21/6)", prefix: "kata juru bicara Kremlin Dmitry Peskov"}
```
or a longer `exact`.
"""

from collections.abc import Iterator

from klaim.context import Context
from klaim.registry import Issue, check


@check("KL302", "anchor-ambiguous", "error")
def anchor_ambiguous(ctx: Context) -> Iterator[Issue]:
    """One issue per claim whose anchor has several matches."""
    for index, claim in enumerate(ctx.claims):
        matches = ctx.anchor_matches(index)
        if len(matches) > 1:
            if claim.anchor.start is not None and any(s == claim.anchor.start for s, _ in matches):
                continue  # a TextPositionSelector picks one of them
            related = [ctx.article_span(s, e).with_message(f"match {n}")
                       for n, (s, e) in enumerate(matches, 1)]
            yield Issue(f"anchor of claim '{claim.id}' matches {len(matches)} places in the article",
                        ctx.claim_location(("claims", index, "anchor", "exact")),
                        data={"exact": claim.anchor.exact, "matches": len(matches),
                              "lines": [r.line for r in related]},
                        related=related, claim=claim.id)
