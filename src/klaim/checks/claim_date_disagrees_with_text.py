"""A claim's `said_on` is not the date the article gives at the claim's anchor.

## What it does
For each claim with a `said_on` and an anchor that matches once, finds the date the article
gives there, the date of the statement or event the anchor attributes, resolved against the
dateline:

1. Dates inside quotation marks never count: they are what the speaker talks about (`"Sayap
   baru dibuka pekan depan," kata Okafor`; `she said: "We vote on July 1."`), not when the
   words were said. This holds for written dates and relative phrases alike.
2. A date mention overlapping the anchor (`kata Menteri, Selasa (5/3)`).
3. Else, in the anchor's sentence (a full stop inside a quotation does not end it), the date
   mention or relative phrase (`kemarin`, `last Friday`, `pekan lalu`) nearest the reporting
   verb or attribution phrase at the anchor (`kata`, `mengatakan`, `said`, `told reporters`),
   or nearest the anchor when the sentence has none; a written date wins a tie. A weekday
   named alone counts when it dates a statement (`said on Wednesday`, `kata dia di Jakarta,
   Rabu`): it is the latest such day on or before the publication date, as news names the
   days of its own week. One in what was said (`the vote is on Sunday`) is not resolved.

Reports the claim when `said_on` differs from that date as the text states it. For a
`statement` or `quote`, a date after the publication date is what was announced (`Fico will
meet early next week`), not when it was said, so a `said_on` on or before publication is not
compared with it (KL105 reports a `said_on` after publication). A week phrase
covers its seven days. When the text's weekday does not fit its date (a KL101) and `said_on`
is the day the weekday names, the record follows the weekday and KL101 already reports the
text, so nothing is reported here. `data` carries `said_on`, `text_date` and `text` (the
mention as written); the related location is the mention in the article.

## Why is this bad?
`said_on` is meant to record the date as the article states it. When the two differ, either
the record was typed wrong or the article was edited after the record was written; in both
cases the timeline built from the records no longer matches what readers see.

## Example
```yaml
  - id: peskov-ready-for-talks
    said_on: "2024-06-20"
    anchor: {exact: "kata juru bicara Kremlin Dmitry Peskov hari Jumat (21/6)"}
```

## Use instead
```yaml
    said_on: "2024-06-21"
```
"""

import datetime as dt
from collections.abc import Iterator

from klaim.context import Context
from klaim.dates import DateMention, RelativeMention, relative_covers
from klaim.registry import Issue, Suggestion, check


def _follows_weekday(mention: DateMention, said: dt.date) -> bool:
    """Whether ``said`` is the day the mention's (mismatched) weekday names, within 3 days."""
    if mention.weekday_matches is not False or mention.resolved is None:
        return False
    assert mention.weekday is not None
    weekday = (mention.weekday - 1) % 7 if mention.evening_before else mention.weekday
    return said.weekday() == weekday and abs((said - mention.resolved).days) <= 3


_SAID = ("statement", "quote")


@check("KL103", "claim-date-disagrees-with-text", "error")
def claim_date_disagrees_with_text(ctx: Context) -> Iterator[Issue]:
    """One issue per claim whose said_on is not the date at its anchor."""
    for index, claim in enumerate(ctx.claims):
        if claim.said_on is None:
            continue
        # None also when the anchor matches no or several spans: KL301/KL302 report those.
        found = ctx.anchor_date(index)
        if found is None or found.resolved is None:
            continue
        said = dt.date.fromisoformat(claim.said_on)
        published = ctx.article.published_date
        if (claim.kind in _SAID and published is not None and found.resolved > published
                and said <= published):
            continue  # the date of what was announced (``will meet next week``), not of saying it
        if isinstance(found, RelativeMention):
            if relative_covers(found, said):
                continue
        elif found.resolved == said or _follows_weekday(found, said):
            continue
        text_date = found.resolved.isoformat()
        yield Issue(
            f"claim '{claim.id}' is dated {claim.said_on}, the article says {found.text!r} "
            f"({text_date}) at its anchor",
            ctx.claim_location(("claims", index, "said_on")),
            data={"said_on": claim.said_on, "text_date": text_date, "text": found.text,
                  "relative": isinstance(found, RelativeMention), "claim_index": index},
            suggestions=[Suggestion(text_date, "the date the article gives at the anchor")],
            related=[ctx.article_span(found.start, found.end).with_message(
                "the article's date for this claim")],
            claim=claim.id,
        )
