"""Two claims in one claims file share an id.

## What it does
Reports every claim whose `id` was already used by an earlier claim in the same file; the
message and `data.first_line` give the line of the first use, which is the related location.

## Why is this bad?
Ids name claims in acknowledgements, reports and exports (ClaimReview). Two claims with one id
make those references ambiguous, and usually mean a claim was copied and not renamed.

## Example
```yaml
  - id: putin-warns-seoul
  - id: putin-warns-seoul
```

## Use instead
Give each claim its own kebab-case id: `putin-warns-seoul`, `putin-responds-to-seoul`.
"""

from collections.abc import Iterator

from klaim.context import Context
from klaim.registry import Issue, check


@check("KL304", "duplicate-claim-id", "error")
def duplicate_claim_id(ctx: Context) -> Iterator[Issue]:
    """One issue per repeated id, after its first use."""
    first: dict[str, int] = {}
    for index, claim in enumerate(ctx.claims):
        if claim.id in first:
            earlier = first[claim.id]
            first_use = ctx.claim_location(("claims", earlier, "id"))
            yield Issue(f"claim id '{claim.id}' is used twice (first on line {first_use.line})",
                        ctx.claim_location(("claims", index, "id")),
                        data={"id": claim.id, "first_index": earlier, "index": index, "first_line": first_use.line},
                        related=[first_use.with_message("first used here")],
                        claim=claim.id)
        else:
            first[claim.id] = index
