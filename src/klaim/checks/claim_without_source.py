"""A claim record lists no source.

## What it does
Reports a claim in the claims file whose `sources` list is missing or empty. The location is the
claim's entry in the claims file.

## Why is this bad?
A claim record says where its support comes from: the article's own reporting, a URL, a
document, an interview. A record without one cannot be reviewed: nobody can tell whether the
claim was checked or merely copied.

## Example
```yaml
  - id: kremlin-ready-for-talks
    kind: statement
    summary: The Kremlin says Moscow is ready for security talks.
    anchor: {exact: "kata juru bicara Kremlin"}
```

## Use instead
```yaml
    sources:
      - {kind: article}
      - {kind: url, url: "https://example.org/briefing", accessed: "2024-06-22"}
```
"""

from collections.abc import Iterator

from klaim.context import Context
from klaim.registry import Issue, check


@check("KL202", "claim-without-source", "error")
def claim_without_source(ctx: Context) -> Iterator[Issue]:
    """Yield one issue per claim whose `sources` is empty."""
    for index, claim in enumerate(ctx.claims):
        if not claim.sources:
            yield Issue(f"claim '{claim.id}' lists no source",
                        ctx.claim_location(("claims", index, "id")),
                        data={"claim_index": index}, claim=claim.id)
