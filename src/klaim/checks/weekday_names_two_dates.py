"""One weekday names two dates less than a week apart, or one date gets two weekdays.

## What it does
Compares the weekday/date pairs of one article with each other. Reports a pair when the same
weekday is written with two dates less than seven days apart (`Jumat (20/6)` and `Jumat
(21/6)`), or the same date with two different weekdays (`Kamis (20/6)` and `Jumat (20/6)`).
The finding stands on the later mention; the earlier one is its related location. `data.kind`
is `weekday-two-dates` or `date-two-weekdays`.

Only mentions that no KL101 covers take part: a pair whose weekday does not fit its date is
already reported there. So this check matters where the calendar cannot decide: an article
without a readable dateline, whose yearless dates have no year. Mentions of the evening before
(`malam Jumat`) are left out, since they fit two weekdays.

## Why is this bad?
Whatever the year, one Friday cannot fall on two dates of one week, and one date cannot be
two weekdays: one of the two mentions is wrong even when no calendar can say which.

## Example
```
Presiden berpidato Jumat (20/6) di Hanoi.
Jumat (21/6), presiden kembali ke Moskow.
```

## Use instead
```
Presiden berpidato Kamis (20/6) di Hanoi.
Jumat (21/6), presiden kembali ke Moskow.
```
"""

from collections.abc import Iterator

from klaim.context import Context
from klaim.dates import DateMention
from klaim.registry import Issue, check

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LEAP_YEAR_DAYS = 366


def _day_of_year(mention: DateMention) -> int:
    """A position in a leap year, so yearless dates (29/2 included) can be compared."""
    return sum((31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[:mention.month - 1]) + mention.day


def _days_apart(first: DateMention, second: DateMention) -> int:
    """Days between two mentions; yearless ones are compared across New Year both ways."""
    if first.resolved is not None and second.resolved is not None:
        return abs((first.resolved - second.resolved).days)
    if first.year is not None and second.year is not None and first.year != second.year:
        return abs(first.year - second.year) * 365
    gap = abs(_day_of_year(first) - _day_of_year(second))
    return min(gap, _LEAP_YEAR_DAYS - gap)


def _same_date(first: DateMention, second: DateMention) -> bool:
    if (first.day, first.month) != (second.day, second.month):
        return False
    return first.year is None or second.year is None or first.year == second.year


def _eligible(mention: DateMention) -> bool:
    return (mention.weekday is not None and not mention.impossible and not mention.evening_before
            and mention.weekday_matches is not False)


def _conflict(
    mention: DateMention, seen: dict[tuple[int, int], list[DateMention]]
) -> tuple[DateMention, str] | None:
    """An earlier mention this one contradicts, and how."""
    assert mention.weekday is not None
    position = _day_of_year(mention)
    for weekday in range(7):
        if weekday != mention.weekday:
            for earlier in seen.get((weekday, position), []):
                if _same_date(earlier, mention):
                    return earlier, "date-two-weekdays"
    for delta in (*range(-6, 0), *range(1, 7)):
        slot = (mention.weekday, (position - 1 + delta) % _LEAP_YEAR_DAYS + 1)
        for earlier in seen.get(slot, []):
            if 0 < _days_apart(earlier, mention) < 7:
                return earlier, "weekday-two-dates"
    return None


@check("KL102", "weekday-names-two-dates", "error")
def weekday_names_two_dates(ctx: Context) -> Iterator[Issue]:
    """One issue per later mention that contradicts an earlier one."""
    mentions = [m for m in ctx.analysis.dates if _eligible(m)]
    # Indexed by (weekday, day of year) so each mention looks at 19 slots, not at all others.
    seen: dict[tuple[int, int], list[DateMention]] = {}
    for mention in mentions:
        assert mention.weekday is not None
        later_issue = _conflict(mention, seen)
        seen.setdefault((mention.weekday, _day_of_year(mention)), []).append(mention)
        if later_issue is None:
            continue
        earlier, kind = later_issue
        assert earlier.weekday is not None
        if kind == "date-two-weekdays":
            message = (f"{mention.day}/{mention.month} is called a {WEEKDAY_NAMES[mention.weekday]}"
                       f" here and a {WEEKDAY_NAMES[earlier.weekday]} earlier")
        else:
            message = (f"{WEEKDAY_NAMES[mention.weekday]} is {mention.day}/{mention.month} here "
                       f"and {earlier.day}/{earlier.month} earlier, less than a week apart")
        yield Issue(
            message,
            ctx.article_span(mention.start, mention.end),
            data={
                "kind": kind,
                "weekday": mention.weekday,
                "day": mention.day,
                "month": mention.month,
                "year": mention.year,
                "other_weekday": earlier.weekday,
                "other_day": earlier.day,
                "other_month": earlier.month,
                "other_year": earlier.year,
            },
            related=[ctx.article_span(earlier.start, earlier.end).with_message(
                "the other mention")],
        )
