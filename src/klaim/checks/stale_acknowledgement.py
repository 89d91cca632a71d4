"""An acknowledgement in the claims file no longer matches any finding.

## What it does
Every entry under `acknowledged:` must match at least one finding of its code (by the
normalised `match` substring, and `line` or `claim` when given) when that code is checked.
An entry that matches nothing, or names a code klaim does not have, is reported at its line.
Acknowledgements are applied per check, so running a subset of checks (`pytest -k KL101`,
`--select`) never makes the others' acknowledgements stale.

## Why is this bad?
A stale acknowledgement is a silenced alarm waiting for the next defect: once the article is
corrected, the entry would hide a new, different problem that happens to match it.

## Example
```yaml
acknowledged:
  - code: KL101
    match: "Kamis (19/6)"   # the article was corrected to "Rabu (19/6)"
    reason: weekday wrong in print
```

## Use instead
Delete the entry once the finding it acknowledged is gone.
"""

from collections.abc import Iterator

from klaim.context import Context
from klaim.models import Acknowledgement
from klaim.registry import Issue, all_checks, check


def stale_issue(ctx: Context, index: int, ack: Acknowledgement, reason: str) -> Issue:
    """The KL005 issue for acknowledgement number ``index``."""
    return Issue(f"acknowledgement of {ack.code} matching {ack.match!r} matches no finding",
                 ctx.claim_location(("acknowledged", index, "match")),
                 data={"acknowledged_code": ack.code, "match": ack.match, "reason": reason,
                       "index": index,
                       "hint": "remove the acknowledgement if the finding is gone, or correct its code, "
                               "match, line or claim"})


@check("KL005", "stale-acknowledgement", "error")
def stale_acknowledgement(ctx: Context) -> Iterator[Issue]:
    """Acknowledgements that name no runnable check (the engine reports the unmatched ones)."""
    runnable = {found.code for found in all_checks() if found.run is not None}
    if ctx.claim_file is None:
        return
    for index, ack in enumerate(ctx.claim_file.acknowledged):
        if ack.code not in runnable:
            yield stale_issue(ctx, index, ack, "unknown-code")
