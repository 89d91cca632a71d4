"""A statement is dated after the article was published.

## What it does
Reports a date mention later than the publication date when its sentence attributes a
statement (a reporting verb or attribution phrase from the language's lexicon: `kata`,
`mengatakan`, `menurut`, `said`, `told`) and nothing in the sentence marks it as future
(`akan`, `dijadwalkan`, `rencananya`, `mendatang`; `will`, `scheduled`, `next`). One day of
grace is allowed when the sentence names another time zone. A bare numeric day/month with
neither weekday nor year (`(9/10)`) is not enough evidence of a date for this check, and a date
inside quotation marks is one the speaker talks about, not the date of the statement (`"Kami
mulai Selasa (25/6)," kata Budi`), so it is left out. Also reports a claim of kind
`statement` or `quote` whose `said_on` is after the publication date (a record says when it
was said, so no future marker excuses it), unless the article mention at its anchor is already
reported. `data` carries
`date`, `published`, `days_after` and the `attribution` word; relative phrases (`besok`) are
never reported on their own. A warning: the date may be a scheduled event told in the past
tense.

## Why is this bad?
Nobody can have said something after the article reporting it was published. Usually the
weekday or the day of month is wrong (`Senin (25/6)` for `Senin (17/6)`), or the year was
inferred wrongly because the article omits it.

## Example
```
Tanggal: 23 Jun 2024 09:05 WIB
"Kami siap berunding," kata juru bicara itu, Selasa (25/6).
```

## Use instead
```
"Kami siap berunding," kata juru bicara itu, Jumat (21/6).
```
or, for a future statement, say so: `juru bicara itu dijadwalkan berbicara Selasa (25/6)`.
"""

import datetime as dt
from collections.abc import Iterator

from klaim.context import Context
from klaim.dates import DateMention, RelativeMention, attribution_pattern, future_marker_in, sentence_span
from klaim.registry import Issue, check

_KINDS = ("statement", "quote")


def _sentence(ctx: Context, start: int, end: int) -> str:
    left, right = sentence_span(ctx.article.text, start, end, ctx.article.lang)
    return ctx.article.text[left:right]


@check("KL105", "statement-dated-after-publication", "warning")
def statement_dated_after_publication(ctx: Context) -> Iterator[Issue]:
    """One issue per attributed, unmarked date after publication (article or claim record)."""
    published = ctx.article.published_date
    if published is None:
        return
    lang = ctx.article.lang
    flagged: set[DateMention | RelativeMention] = set()
    for mention in ctx.analysis.dates:
        if mention.resolved is None or mention.resolved <= published:
            continue
        if mention.weekday is None and mention.form == "numeric" and mention.year is None:
            continue  # a bare "(9/10)" may be a fraction; a weekday, month name or year says date
        if ctx.quotations.overlaps(mention.start, mention.end):
            continue  # a date the speaker talks about, not the date of the statement
        days_after = (mention.resolved - published).days
        if mention.zone_hint is not None and days_after <= 1:
            continue
        sentence = _sentence(ctx, mention.start, mention.end)
        attributed = attribution_pattern(lang).search(sentence)
        if attributed is None or future_marker_in(sentence, lang) is not None:
            continue
        flagged.add(mention)
        yield Issue(
            f"{mention.text!r} ({mention.resolved.isoformat()}) is {days_after} day(s) after "
            f"publication, in a statement not marked as future",
            ctx.article_span(mention.start, mention.end),
            data={"date": mention.resolved.isoformat(), "published": published.isoformat(),
                  "days_after": days_after, "attribution": attributed.group(),
                  "year_inferred": mention.year_inferred, "source": "article"},
        )
    for index, claim in enumerate(ctx.claims):
        if claim.kind not in _KINDS or claim.said_on is None:
            continue
        said = dt.date.fromisoformat(claim.said_on)
        if said <= published:
            continue
        if ctx.anchor_date(index) in flagged:
            continue
        yield Issue(
            f"claim '{claim.id}' ({claim.kind}) is dated {claim.said_on}, after publication "
            f"on {published.isoformat()}",
            ctx.claim_location(("claims", index, "said_on")),
            data={"date": claim.said_on, "published": published.isoformat(),
                  "days_after": (said - published).days, "source": "claim",
                  "claim_index": index},
            claim=claim.id,
        )
