"""A date that does not exist: `31/6`, `30 Februari`, `29/2/2023`.

## What it does
Reports every date mention whose day does not exist in its month (`31/6`, `31 April`), or in
its year (`29/2/2023`; a yearless `29/2` when no year within one of the dateline is a leap
year). `data.reason` is `no-such-day` or `not-in-year`. `suggestions` offers the last day of
the month and the first day of the next; when a weekday is written next to the date, the
candidates on that weekday come first, then the nearer one to the written day.

## Why is this bad?
A reader cannot tell which day is meant, and every later step (the timeline, the weekday
check, the claim records) has no date to work with. Usually a digit slipped (`31/5` or `30/6`)
or the month is wrong.

## Example
```
Batas pendaftaran ditutup Minggu (31/6).
```

## Use instead
```
Batas pendaftaran ditutup Minggu (30/6).
```
"""

import calendar
import datetime as dt
from collections.abc import Iterator

from klaim.context import Context
from klaim.dates import DateMention, infer_year, month_word, number_like, replace_in_mention
from klaim.registry import Issue, Suggestion, check

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _reason(mention: DateMention) -> str:
    longest = calendar.monthrange(2000, mention.month)[1]  # 2000 is a leap year
    return "no-such-day" if mention.day > longest else "not-in-year"


def _year(mention: DateMention, published: dt.date | None, day: int, month: int) -> int | None:
    if mention.year is not None:
        return mention.year
    return infer_year(day, month, published) if published is not None else None


def _suggestions(ctx: Context, mention: DateMention) -> list[Suggestion]:
    text, lang = ctx.article.text, ctx.article.lang
    published = ctx.article.published_date
    year = mention.year or (published.year if published is not None else 2000)
    last = calendar.monthrange(year, mention.month)[1]
    next_month = mention.month % 12 + 1
    candidates = [(last, mention.month), (1, next_month)]
    ranked = []
    for day, month in candidates:
        edits = [(mention.day_start, mention.day_end,
                  number_like(day, text[mention.day_start:mention.day_end]))]
        if month != mention.month:
            written = text[mention.month_start:mention.month_end]
            edits.append((mention.month_start, mention.month_end,
                          number_like(month, written) if written.isdigit()
                          else month_word(month, lang, written)))
        # December has 31 days, so the next month never wraps into the next year here.
        year_of = _year(mention, published, day, month)
        reason = "the last day of the month" if month == mention.month else (
            "the first day of the next month")
        fits = False
        if year_of is not None and mention.weekday is not None:
            weekday = dt.date(year_of, month, day).weekday()
            wanted = (mention.weekday - 1) % 7 if mention.evening_before else mention.weekday
            fits = weekday == wanted
            reason += f"; a {WEEKDAY_NAMES[weekday]} in {year_of}"
            if fits:
                reason += ", as the written weekday says"
        distance = abs(day - mention.day) if month == mention.month else 1
        ranked.append((not fits, distance, Suggestion(replace_in_mention(mention, edits), reason)))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [suggestion for _, _, suggestion in ranked]


@check("KL106", "impossible-date", "error")
def impossible_date(ctx: Context) -> Iterator[Issue]:
    """One issue per date mention whose day does not exist."""
    for mention in ctx.analysis.dates:
        if not mention.impossible:
            continue
        reason = _reason(mention)
        what = f"{mention.day}/{mention.month}" + (f"/{mention.year}" if mention.year else "")
        message = (f"{what} does not exist" if reason == "no-such-day"
                   else f"{what} does not exist in that year")
        yield Issue(
            message,
            ctx.article_span(mention.start, mention.end),
            data={"day": mention.day, "month": mention.month, "year": mention.year,
                  "reason": reason, "weekday": mention.weekday},
            suggestions=_suggestions(ctx, mention),
        )
