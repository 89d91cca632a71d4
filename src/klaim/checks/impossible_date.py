"""A date that does not exist: `31/6`, `30 Februari`, `29/2/2023`, `March 7, 224`.

## What it does
Reports every date mention whose day does not exist in its month (`31/6`, `31 April`), or in
its year (`29/2/2023`; a yearless `29/2` when no year within one of the dateline is a leap
year). `data.reason` is `no-such-day` or `not-in-year`. `suggestions` offers the last day of
the month and the first day of the next; when a weekday is written next to the date, the
candidates on that weekday come first, then the nearer one to the written day.

It also reports a date followed by a year of three or five digits (`MANILA March 7, 224 (AP)`,
`7 Maret 20244.`, and a numeric date with its weekday, `Selasa (13/8/209)`; `data.reason`
`year-digits`, `data.written_year`): a digit was dropped or doubled, and the date is read
without a year. Without a weekday a numeric one is a number (`Nomor 12/3/209`). Only before
punctuation or a line's end: before a word the number is a count (`7 Maret, 224 warga
mengungsi`), and a separator or a dash before another digit makes it part of a number or a
score (`150.000 warga`, `112-105`). `suggestions`
offers the years one digit away, from ten years before the publication year to one after, the
nearest first.

It reports a weekday's numeric date whose month and year lost their separator (`Senin
(30/92029)`; `data.reason` `glued-year`, with `day`, `month`, `year`, `written`, the stated
`weekday` and the `actual_weekday` of the date read with the separator put back, Monday 0, or
null for no such day): no date is read from it, so no other check would see it, a weekday that
does not fit it either, nor a day the month lacks (the message says so). The suggestion puts the
separator back, but for no such day: that date is no date either.

It reports a weekday's numeric date in parentheses whose month does not exist (`Senin
(25/0-2019)`, `Kamis (14/13/2021)`; `data.reason` `no-such-month`, with `day`, `month`, `year`
and `written`): in a language that writes the day first, a month outside 1 to 12; where the
month comes first, only after a first number that can be no month, a day written first
(`Monday (14/13/2024)`; `Monday (5/13/2024)` is 13 May). A year has four digits, perhaps after a
mistyped separator, or two after the day's own separator (`Selasa-Kamis (17-19/10)` is a range
of days in October, no month 19 of 2010; nor is `(17-19/2023)`); without a year only a slash
makes it a date (`Minggu (3-0)` is a score). The suggestions are the months of that year (the
publication's, when none is written) whose day falls on the weekday, the nearest to the
publication first.

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
import re
from collections.abc import Iterator

from klaim.calendar_names import CalendarNames, calendar_names
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


_YEAR_TYPO = re.compile(r",?[ \t]{1,2}(\d{3}|\d{5})(?=[ \t]*(?:[(\[;:–—]|[,.\-](?![ \t]*\d)|\r?\n|\Z))")
"""A year of three or five digits right after a date that has none (``March 7, 224 (Valley
Times)``); before a word it is a count (``7 Maret, 224 warga mengungsi``), and before a digit
a larger number or a score (``150.000 warga``, ``150,000 residents``, ``112-105``), not a year."""
_NUMERIC_YEAR_TYPO = re.compile(r"[/.-](\d{3}|\d{5})(?![\d/])")
"""The same after a numeric day and month, with their separator (``Selasa (13/8/209)``): only
with a weekday written next to the date, which makes it one (``Nomor 12/3/209`` is a number)."""
_TYPO_REACH = 10
"""How many years before the publication year a mistyped year may stand for (one after, too),
and how far from it a glued month and year may be (``Senin (30/92019)``)."""


def _year_candidates(written: str, published: dt.date | None) -> list[int]:
    """Four-digit years one digit away from ``written`` (one inserted into three digits, one
    dropped from five), near the publication year, the nearest first."""
    if published is None:
        return []
    years = range(published.year - _TYPO_REACH, published.year + 2)
    if len(written) == 3:
        found = [y for y in years if any(str(y)[:i] + str(y)[i + 1:] == written for i in range(4))]
    else:
        found = [y for y in years if any(written[:i] + written[i + 1:] == str(y) for i in range(5))]
    return sorted(found, key=lambda y: (abs(y - published.year), -y))


def _year_typos(ctx: Context) -> Iterator[Issue]:
    """A date without a year of its own, followed by three or five digits and punctuation."""
    text = ctx.article.text
    published = ctx.article.published_date
    for mention in ctx.analysis.dates:
        if mention.year_start is not None:
            continue
        if mention.form == "numeric":
            typo = _NUMERIC_YEAR_TYPO.match(text, mention.end) if mention.weekday is not None else None
        else:
            typo = _YEAR_TYPO.match(text, mention.end)
        if typo is None:
            continue
        written = typo.group(1)
        suggestions = [Suggestion(text[mention.start:typo.start(1)] + str(year), "a year near the publication date")
                       for year in _year_candidates(written, published)]
        yield Issue(
            f"the year after {mention.text} has {len(written)} digits: {written}",
            ctx.article_span(mention.start, typo.end(1)),
            data={"day": mention.day, "month": mention.month, "year": None, "reason": "year-digits",
                  "written_year": written, "weekday": mention.weekday},
            suggestions=suggestions,
        )


_GLUED_YEAR = re.compile(r"\([ \t]*(\d{1,2})([/.-])(\d{1,2})((?:19|20)\d\d)[ \t]*\)")
"""In parentheses, a numeric date whose month and year lost the separator between them
(``(30/92029)``); it opens with the parenthesis, which the engine skips to at C speed."""
_WORD_BEFORE_PARENTHESIS = re.compile(r"([^\W\d_]+)[ \t]*,?[ \t]*\Z")
"""The word before the parenthesis (the weekday: ``Senin (30/92029)``)."""
_WEEKDAY_REACH = 24
"""How far before the parenthesis its weekday is read (a weekday set farther off by a run of
spaces, as a PDF's columns may be, is not read: ``Senin`` and 24 spaces before ``(30/92019)``)."""


def _weekday_before(text: str, at: int, names: CalendarNames) -> tuple[re.Match[str], int] | None:
    """The weekday's name right before the parenthesis at ``at`` (``Senin (…``), and its number."""
    word = _WORD_BEFORE_PARENTHESIS.search(text, max(0, at - _WEEKDAY_REACH), at)
    weekday = names.weekday(word.group(1)) if word is not None else None
    return (word, weekday) if word is not None and weekday is not None else None


def _glued_years(ctx: Context) -> Iterator[Issue]:
    """A weekday's numeric date whose month and year are glued (``Senin (30/92029)``): no date
    is read from it, so nothing else reports it. Only with the weekday before it in its
    parentheses, which makes it a date (``Nomor 30/92029`` is a number)."""
    text = ctx.article.text
    if "(" not in text:
        return
    names = calendar_names(ctx.article.lang)
    for found in _GLUED_YEAR.finditer(text):
        before = _weekday_before(text, found.start(), names)
        if before is None:
            continue
        word, weekday = before
        day, month, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
        published = ctx.article.published_date
        if not (1 <= day <= 31 and 1 <= month <= 12) or (
                published is not None and abs(year - published.year) > _TYPO_REACH):
            continue  # (a scale's, "Desa Minggu (1/12000)": no year near the story's)
        glued = found.group(3) + found.group(4)
        start = word.start(1)
        fixed = text[start:found.start(3)] + found.group(3) + found.group(2) + text[found.start(4):found.end()]
        try:
            actual: int | None = dt.date(year, month, day).weekday()
        except ValueError:
            actual = None  # (no such day: 31/62019)
        # The weekday read with the separator put back, for the editor: a wrong one is a second
        # slip in the same date (17/72019 was a Wednesday, not "Selasa").
        wrong_day = f"; and {day}/{month}/{year} is no date" if actual is None else \
            "" if actual == weekday else f"; and {day}/{month}/{year} is no {word.group(1)}"
        yield Issue(
            f"the month and the year after {word.group(1)} are glued together: {glued}{wrong_day}",
            ctx.article_span(start, found.end()),
            data={"day": day, "month": month, "year": year, "reason": "glued-year",
                  "written": f"{found.group(1)}{found.group(2)}{glued}", "weekday": weekday,
                  "actual_weekday": actual},
            # (no suggestion when the date read so is no date either: the editor must look it up)
            suggestions=[] if actual is None else [Suggestion(fixed, "the separator between the month and the year")],
        )


_NUMBERED_DATE = re.compile(r"\([ \t]*(\d{1,2})([/.-])(\d{1,2})(?:[/.-]((?:19|20)\d\d)|\2(\d\d))?[ \t]*\)")
"""In parentheses, a numeric date, perhaps with a year: of four digits, perhaps after a mistyped
separator (``(25/0-2019)``), or of two after the same separator as the day's (``(14/13/21)``;
``(17-19/10)`` is a range of days in October); its day and month are checked by
:func:`_impossible_months`."""


def _no_such_month(first: int, second: int, day_first: bool) -> bool:
    """Whether the first number is a day and the second no month: in a language that writes the
    day first; where the month comes first, only when the first number can be no month (``21/6``
    is a day first, ``5/13`` is 13 May)."""
    return (1 if day_first else 13) <= first <= 31 and not 1 <= second <= 12


def _impossible_months(ctx: Context) -> Iterator[Issue]:
    """A weekday's numeric date whose month does not exist (``Senin (25/0-2019)``, ``Kamis
    (14/13/2021)``): no date is read from it, so nothing else reports it. Only with the weekday
    before it, in its parentheses, which makes it a date; without a year, only with a slash (a
    score: ``Minggu (3-0)``). The suggestions are the months of that year (the publication's,
    when none is written) whose day falls on the weekday, the nearest to the publication first."""
    text = ctx.article.text
    if "(" not in text:
        return
    names = calendar_names(ctx.article.lang)
    published = ctx.article.published_date
    for found in _NUMBERED_DATE.finditer(text):
        written_year = found.group(4) or found.group(5)
        if written_year is None and found.group(2) != "/":
            continue
        first, second = int(found.group(1)), int(found.group(3))
        if not _no_such_month(first, second, names.day_first) or (found.group(2) == "-" and first < second):
            continue  # (and not a range of days: "Senin-Rabu (17-19/2023)")
        before = _weekday_before(text, found.start(), names)
        if before is None:
            continue
        word, weekday = before
        year = (int(written_year) + (2000 if len(written_year) == 2 else 0)) if written_year else (
            published.year if published is not None else None)
        day, start = first, word.start(1)
        suggestions = []
        if year is not None:
            months = [m for m in range(1, 13) if day <= calendar.monthrange(year, m)[1]
                      and dt.date(year, m, day).weekday() == weekday]
            anchor = published or dt.date(year, 6, 30)
            months.sort(key=lambda m: abs((dt.date(year, m, day) - anchor).days))
            for month in months[:2]:
                fixed = f"{day}{found.group(2)}{month}" + (
                    f"{found.group(2)}{written_year}" if written_year else "")
                suggestions.append(Suggestion(text[start:found.start(1)] + fixed + ")",
                                              f"a {WEEKDAY_NAMES[weekday]} of that year"))
        yield Issue(
            f"{found.group(1)}{found.group(2)}{found.group(3)} after {word.group(1)} has no such month",
            ctx.article_span(start, found.end()),
            data={"day": day, "month": second, "year": year,
                  "reason": "no-such-month", "written": text[found.start(1):found.end() - 1].strip(),
                  "weekday": weekday},
            suggestions=suggestions,
        )


@check("KL106", "impossible-date", "error")
def impossible_date(ctx: Context) -> Iterator[Issue]:
    """One issue per date mention whose day does not exist, or whose year has three or five digits,
    and per weekday's numeric date whose month and year are glued together or whose month does not
    exist."""
    yield from _year_typos(ctx)
    yield from _glued_years(ctx)
    yield from _impossible_months(ctx)
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
