"""One weekday names two dates less than a week apart, or one date gets two weekdays.

## What it does
Compares the weekday/date pairs of one article with each other. Reports a pair when the same
weekday is written with two dates less than seven days apart (`Jumat (20/6)` and `Jumat
(21/6)`), or the same date with two different weekdays (`Kamis (20/6)` and `Jumat (20/6)`).
The finding stands on the later mention; the earlier one is its related location. `data.kind`
is `weekday-two-dates` or `date-two-weekdays`. A mention that contradicts only mentions already
reported, and agrees with the ones they were reported against, is the same defect, not
reported again (`Senin (25/11)`, `Senin (26/11)`, then `Selasa (26/11)`: one finding, at `Senin
(26/11)`).

Dates are compared as resolved, years included: `Friday, Jan. 1, 2021` and `Wednesday,
Jan. 1` in an article of 2025 are two dates, and both fit the calendar. Only mentions that no
KL101 covers take part (a pair whose weekday does not fit its date is reported there), and two
mentions that both fit the calendar never conflict, so this check speaks where the calendar
cannot decide: in an article without a readable dateline, whose yearless dates have no year.
Those are compared with each other as dates of one unknown year (so `31/12` and `1/1` are a
day apart); a yearless date is never compared with a date that has a year, since nothing says
which year it is in. Mentions of the evening before (`malam Jumat`) are left out, since they
fit two weekdays.

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


def _eligible(mention: DateMention) -> bool:
    """A weekday/date pair that no KL101 covers and that could contradict another.

    A resolved pair either fits its date or is a KL101; two that fit share a weekday exactly
    when their dates are a multiple of seven days apart, so they never conflict. That leaves
    the unresolved ones: yearless dates without a dateline (an unresolved date with a written
    year does not exist: KL106).
    """
    return (mention.weekday is not None and mention.resolved is None and mention.year is None
            and not mention.impossible and not mention.evening_before)


def _conflicts(
    mention: DateMention, seen: dict[int, dict[int, DateMention]]
) -> Iterator[tuple[DateMention, str]]:
    """The earlier mentions this one contradicts, and how, the earliest kind first (the same
    date with another weekday, then the same weekday on another date of the week).

    ``seen`` holds, by day of year, the first mention of each weekday on that day (in the
    order the weekdays first appeared): a fixed number of slots is looked at (the same day, and
    six either way, across New Year), each of at most seven mentions, however long the article
    and however often it repeats one date.
    """
    assert mention.weekday is not None
    day = _day_of_year(mention)
    for weekday, earlier in seen.get(day, {}).items():
        if weekday != mention.weekday:
            yield earlier, "date-two-weekdays"
    for delta in (*range(-6, 0), *range(1, 7)):
        near = seen.get((day - 1 + delta) % _LEAP_YEAR_DAYS + 1, {}).get(mention.weekday)
        if near is not None:
            yield near, "weekday-two-dates"


def _agree(a: DateMention, b: DateMention) -> bool:
    """Whether two yearless weekday/date pairs fit one calendar: their weekdays lie as many days
    apart as their dates (counted in a leap year, the nearer way round New Year, modulo a
    week: ``Selasa (31/12)`` and ``Rabu (1/1)`` agree)."""
    assert a.weekday is not None and b.weekday is not None
    apart = (_day_of_year(a) - _day_of_year(b)) % _LEAP_YEAR_DAYS
    if apart > _LEAP_YEAR_DAYS // 2:
        apart -= _LEAP_YEAR_DAYS
    return (apart - (a.weekday - b.weekday)) % 7 == 0


@check("KL102", "weekday-names-two-dates", "error")
def weekday_names_two_dates(ctx: Context) -> Iterator[Issue]:
    """One issue per later mention that contradicts an earlier one."""
    mentions = [m for m in ctx.analysis.dates if _eligible(m)]
    seen: dict[int, dict[int, DateMention]] = {}
    reported: dict[int, DateMention] = {}  # (by id: a mention reported, and the one it contradicts)
    for mention in mentions:
        assert mention.weekday is not None
        # (a mention that contradicts only mentions already reported, and agrees with the ones
        # each was reported against, is their defect again: "Senin (25/11)", "Senin (26/11)",
        # "Selasa (26/11)"; the second was reported, and the third agrees with the first)
        later_issue = next((found for found in _conflicts(mention, seen)
                            if (counterpart := reported.get(id(found[0]))) is None
                            or not _agree(mention, counterpart)), None)
        seen.setdefault(_day_of_year(mention), {}).setdefault(mention.weekday, mention)
        if later_issue is None:
            continue
        earlier, kind = later_issue
        assert earlier.weekday is not None
        reported[id(mention)] = earlier
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
