"""A claim's anchor matches the article more than once.

## What it does
Reports a claim whose `anchor.exact` (after `prefix`/`suffix` filtering, compared normalised)
occurs at more than one place in the article. The message and `data.lines` give the article
line of each match; every match is a related location. For each of the first three matches, a
suggestion gives the `prefix:` or `suffix:` (the fewest words of the article right before or
after it, up to twelve) that picks out that match alone, when there is one.

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

import json
from collections.abc import Iterator

from klaim.anchors import unique_anchor
from klaim.context import Context
from klaim.registry import Issue, Location, Suggestion, check

MAX_SUGGESTED = 3


def _lines(related: list[Location]) -> str:
    lines = list(dict.fromkeys(r.line for r in related))
    if len(lines) == 1:
        return f"all on line {lines[0]}"
    return "lines " + ", ".join(map(str, lines[:-1])) + f" and {lines[-1]}"


def _suggestions(ctx: Context, matches: list[tuple[int, int]], related: list[Location]) -> list[Suggestion]:
    found = []
    for (start, end), where in zip(matches[:MAX_SUGGESTED], related, strict=False):
        anchor = unique_anchor(ctx, start, end)
        if anchor is None or not (anchor.prefix or anchor.suffix):
            continue
        parts = [f"{key}: {json.dumps(value, ensure_ascii=False)}"
                 for key, value in (("prefix", anchor.prefix), ("suffix", anchor.suffix)) if value]
        found.append(Suggestion(", ".join(parts), f"picks out the match on line {where.line}, column {where.column}"))
    return found


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
            yield Issue(f"anchor of claim '{claim.id}' matches {len(matches)} places in the article "
                        f"({_lines(related)})",
                        ctx.claim_location(("claims", index, "anchor", "exact")),
                        data={"exact": claim.anchor.exact, "matches": len(matches),
                              "lines": [r.line for r in related],
                              "hint": "add a prefix: or suffix: (words right before or after the match "
                                      "you mean), or lengthen exact:"},
                        suggestions=_suggestions(ctx, matches, related),
                        related=related, claim=claim.id)
