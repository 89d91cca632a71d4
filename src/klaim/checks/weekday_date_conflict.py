"""A weekday does not fit the date written next to it.

## What it does
Reports every weekday/date pair in the article (`Kamis (19/6)`, `Tuesday, Sept. 3, 2024`,
`Dienstag, 3. September 2024`, `Friday, 22nd, January 2022`; a language that writes the day
first, in its own month names, only before a comma and the year: `Kamis, Maret 28, 2024`, a
blog's date line) whose weekday is not the weekday of the date. Yearless dates
take the year nearest the dateline; in an article without one, the year its lede (its first
three paragraphs) writes their month with, when it writes that month with one year only and
not as background (`… terus naik pada September 2024`, then `Rabu (21/9)`; not `sejak Maret
2021`, `the March 2019 floods`, `scheduled to open in March 2027`, a time to come anywhere in
its clause, `is expected to finish its first floor in May 2025`, nor to a day and month the
article writes with a year, `17 Agustus 1945`, nor to a date whose words give its year, `tahun
lalu`): a weekday that does not fit it is a warning, `reason: lede-year`. `malam Jumat` (the
evening before Friday) fits a Thursday. A yearless date in a photo's caption whose weekday fits the
same day a year or two earlier is not reported: a file photo's (`Foto: …`, `(Foto arsip)`); unless
the day is the story's own (its dateline's, or one its text dates with the right weekday) and
the caption does not say it is an archive's photo (lexicon `file_photo_words`). A weekday that is part of
a name is no weekday: after an honorific (`Pak Minggu (15/6)`, `Mr. Friday, August 15`) or after
a capitalised word that opens a place's name (`di Pasar Minggu (2/10/2023)`, `Jl. Minggu`;
lexicon `weekday_place_heads`, which English leaves empty: `at Harvard University Monday, Sept.
3` is the day).
`data` carries `stated_weekday`, `date`, `actual_weekday` (0 = Monday), `day_offset` (days
from the date to the nearest day with the stated weekday), `year_inferred`, `zone_hint`,
`earlier_year_fits` (for a year inferred from the page's date: the nearest of the two years
before it in which the weekday fits, `Monday, Jan. 9` on a page dated 2024-02-06 fits 2023, so
the page's date may be later than the story's; else null) and `reason`: `mismatch`,
`lede-year` (above), or `time-zone` when the weekday is one day off and the same sentence names
another zone or local time (`waktu setempat`, `WIB`, `local time`, `ET` after a clock time,
`9 p.m. ET`, not `Divisi 5 PT RAA`, a company; not the
dateline's own zone, compared by its offset on the dateline's day: `ET` under `EDT` in May is
the same; under a dateline that gives no zone, not a zone of the country the article's language
is written in, lexicon `home_zones`: `Sabtu (9/2/2018) pukul 02.00 WIB` is the story's own
time; `zone_hint` is the first other zone the sentence names): then the finding is a
warning, because the weekday may be the local one.
A larger gap stays an error.
A range whose every end is off by the same days (`Jumat-Sabtu (28-29 Juni 2018)`, a Thursday
and a Friday) is one defect: reported once, with `data.range_dates`, and fixes for the whole
range (`Kamis-Jumat`, `29-30 Juni`, or the year in which both fit).
The items of a list of links under a site's label (`Berita terkait:`, `Related:`, a bullet or a
number opening each item) name other stories' dates and are not checked; the story's own list
under a longer line (`Simak juga jadwal lengkapnya:`) is.

`suggestions` lists every candidate fix, each with its reason:

- the weekday: the actual weekday of the stated date;
- the day of month: the date with the stated weekday nearest the stated date, and the one
  nearest the dateline (news is mostly about the last few days);
- the year, when it is written: a year within 3 of the stated one, or the dateline's year, in
  which the pair fits.

Ranking rule, the same for every article: first the article's own evidence, then the smallest
change. A candidate is supported when another mention in the article pairs a weekday with the
candidate's date and fits (`Jumat (21/6)` elsewhere supports changing `Jumat (20/6)` to 21/6;
`Kamis (20/6)` elsewhere supports changing its weekday to Kamis). Supported candidates come
first; then candidates whose date lies in the week that ends on the dateline; then the smaller
change (a weekday word counts 1, a day of month counts its distance in days, a year counts its
distance in years); then weekday before day before year; then the earlier date.

## Why is this bad?
A reader cannot know which part is right, and the date libraries quietly keep the date and
drop the weekday. It is the commonest internal error in news copy.

## Example
```
Tanggal: 23 Jun 2024 09:05 WIB
Pejabat itu berbicara Kamis (19/6) di Seoul.
```
19 June 2024 was a Wednesday.

## Use instead
```
Pejabat itu berbicara Rabu (19/6) di Seoul.
```
or `Kamis (20/6)`, whichever the reporting supports.
"""

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from klaim.context import Context
from klaim.dates import DateMention, month_word, number_like, replace_in_mention, weekday_word
from klaim.lexicon import phrase_pattern, with_english
from klaim.registry import Issue, Location, Severity, Suggestion, check

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YEAR_REACH = 3
_KIND_ORDER = {"weekday": 0, "day": 1, "year": 2}


@dataclass
class _Candidate:
    kind: str
    date: dt.date
    replacement: str
    reasons: list[str]
    cost: int
    support: list[DateMention]
    in_dateline_week: bool

    def rank(self) -> tuple[bool, bool, int, int, dt.date]:
        return (not self.support, not self.in_dateline_week, self.cost, _KIND_ORDER[self.kind],
                self.date)


def _effective(mention: DateMention) -> int:
    """The weekday the date must have: ``malam Jumat`` is Thursday evening."""
    assert mention.weekday is not None
    return (mention.weekday - 1) % 7 if mention.evening_before else mention.weekday


def _nearest(weekday: int, around: dt.date) -> dt.date:
    """The day with ``weekday`` nearest ``around`` (never a tie: the week has 7 days)."""
    ahead = (weekday - around.weekday()) % 7
    return around + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def _date_edits(text: str, lang: str, mention: DateMention, new: dt.date) -> list[tuple[int, int, str]]:
    """Edits turning the mention's written date into ``new`` (day, and month/year if they move)."""
    assert mention.resolved is not None
    edits = [(mention.day_start, mention.day_end,
              number_like(new.day, text[mention.day_start:mention.day_end]))]
    if new.month != mention.month:
        written = text[mention.month_start:mention.month_end]
        month = (number_like(new.month, written) if written.isdigit()
                 else month_word(new.month, lang, written))
        edits.append((mention.month_start, mention.month_end, month))
    if new.year != mention.resolved.year and mention.year_start is not None:
        assert mention.year_end is not None
        edits.append(_year_edit(text, mention, new.year))
    return edits


def _year_edit(text: str, mention: DateMention, year: int) -> tuple[int, int, str]:
    assert mention.year_start is not None and mention.year_end is not None
    written = text[mention.year_start:mention.year_end]
    return (mention.year_start, mention.year_end,
            str(year)[-2:] if len(written) == 2 else str(year))


def _weekday_edit(text: str, lang: str, mention: DateMention) -> tuple[int, int, str]:
    """The edit writing the weekday the mention's date has (the evening before, for "malam")."""
    assert mention.resolved is not None and mention.weekday_start is not None and mention.weekday_end is not None
    stated = mention.resolved
    written_weekday = (stated.weekday() + 1) % 7 if mention.evening_before else stated.weekday()
    like = text[mention.weekday_start:mention.weekday_end]
    return mention.weekday_start, mention.weekday_end, weekday_word(written_weekday, lang, like)


def _candidates(ctx: Context, mention: DateMention, fitting: dict[dt.date, list[DateMention]],
                partners: list[DateMention]) -> list[_Candidate]:
    """The fixes of ``mention``, ranked; with ``partners`` (the other ends of its range, off by
    as many days), each fix mends the whole range: every weekday, every day moved alike, or the
    one year."""
    text, lang = ctx.article.text, ctx.article.lang
    stated = mention.resolved
    assert stated is not None and mention.weekday is not None
    assert mention.weekday_start is not None and mention.weekday_end is not None
    published = ctx.article.published_date
    wanted = _effective(mention)

    def whole(kind: str, day: dt.date, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        for partner in partners:
            assert partner.resolved is not None
            if kind == "weekday":
                edits.append(_weekday_edit(text, lang, partner))
            elif kind == "day":
                edits += _date_edits(text, lang, partner, partner.resolved + (day - stated))
        return sorted(set(edits))  # (a range's one year is edited once)

    def in_week(day: dt.date) -> bool:
        return published is not None and published - dt.timedelta(days=6) <= day <= published

    # Keyed by the date the fix leads to: two routes to one date (the day nearest the dateline
    # that is also a year typo) are one candidate with both reasons and the smaller change.
    found: dict[dt.date, _Candidate] = {}

    def add(kind: str, day: dt.date, edits: list[tuple[int, int, str]], reason: str,
            cost: int) -> None:
        if partners and kind == "day" and any(
                (end.resolved + (day - stated)).month != end.resolved.month
                for end in (mention, *partners) if end.resolved is not None):
            return  # a range moved across a month's end ("31-1 Juni") is no fix to offer
        edits = whole(kind, day, edits) if partners else edits
        if day in found:
            known = found[day]
            known.reasons.append(reason)
            if (cost, _KIND_ORDER[kind]) < (known.cost, _KIND_ORDER[known.kind]):
                known.kind, known.cost = kind, cost
                known.replacement = replace_in_mention(mention, edits)
            return
        found[day] = _Candidate(kind, day, replace_in_mention(mention, edits), [reason], cost,
                                fitting.get(day, []), in_week(day))

    # The weekday: keep the date, write the weekday it has (the evening before, for "malam").
    add("weekday", stated, [_weekday_edit(text, lang, mention)],
        f"{stated.isoformat()} is a {WEEKDAY_NAMES[stated.weekday()]}", 1)
    # The day of month: the stated weekday nearest the stated date, and nearest the dateline.
    near = _nearest(wanted, stated)
    add("day", near, _date_edits(text, lang, mention, near),
        f"the {WEEKDAY_NAMES[wanted]} nearest the stated date is {near.isoformat()}",
        abs((near - stated).days))
    if published is not None:
        near_dateline = _nearest(wanted, published)
        add("day", near_dateline, _date_edits(text, lang, mention, near_dateline),
            f"the {WEEKDAY_NAMES[wanted]} nearest the dateline is {near_dateline.isoformat()}",
            abs((near_dateline - stated).days))
    # The year, when written: a year typo within a few years.
    if mention.year_start is not None:
        # (and the dateline's year, however far: a decade's digit mistyped, "15/5/2014" in 2024)
        years = list(range(stated.year - YEAR_REACH, stated.year + YEAR_REACH + 1))
        if published is not None and published.year not in years:
            years.append(published.year)
        for year in years:
            try:
                day = stated.replace(year=year)
            except ValueError:
                continue
            if year != stated.year and day.weekday() == wanted and all(
                    _fits_in(partner, year) for partner in partners):
                add("year", day, [_year_edit(text, mention, year)],
                    f"in {year} that date is a {WEEKDAY_NAMES[wanted]}", abs(year - stated.year))

    ranked = sorted(found.values(), key=_Candidate.rank)
    for candidate in ranked:
        if candidate.support:
            candidate.reasons.append("the article pairs a fitting weekday with this date elsewhere")
        if candidate.in_dateline_week:
            candidate.reasons.append("it falls in the week before publication")
    return ranked


def _fits_in(mention: DateMention, year: int) -> bool:
    """Whether the mention's weekday fits its day and month in ``year``."""
    assert mention.resolved is not None
    try:
        return mention.resolved.replace(year=year).weekday() == _effective(mention)
    except ValueError:  # 29 February
        return False


def _range_partners(ranges: dict[int, list[DateMention]], mention: DateMention, offset: int) -> list[DateMention]:
    """The other ends of the mention's range (``ranges``: the article's date mentions by range)
    when every end's weekday is off by ``offset`` days and all share the mention's span
    (``Jumat-Sabtu (28-29 Juni 2018)``): one defect, reported once with fixes for the whole
    range. Else none."""
    if mention.range_id is None:
        return []
    others = [m for m in ranges.get(mention.range_id, ()) if m is not mention]
    if not others or not all(
            m.weekday_matches is False and (m.start, m.end) == (mention.start, mention.end)
            and m.resolved is not None and (_nearest(_effective(m), m.resolved) - m.resolved).days == offset
            for m in others):
        return []
    return others


def _fitting_dates(ctx: Context) -> dict[dt.date, list[DateMention]]:
    """Dates the article pairs with a weekday that fits, and the mentions that do."""
    fitting: dict[dt.date, list[DateMention]] = {}
    for mention in ctx.analysis.dates:
        if mention.weekday_matches and mention.resolved is not None:
            fitting.setdefault(mention.resolved, []).append(mention)
    return fitting


def _location(ctx: Context, mention: DateMention) -> Location:
    return ctx.article_span(mention.start, mention.end)


_FILE_PHOTO_YEARS = 2
"""How many years before its inferred year a caption's yearless date may be of (a file photo)."""


def _earlier_fitting_year(mention: DateMention, partners: list[DateMention]) -> int | None:
    """The nearest of the two years before the inferred one in which the mention's weekday (and
    each range partner's) fits its day and month, or None."""
    assert mention.resolved is not None
    for back in range(1, _FILE_PHOTO_YEARS + 1):
        year = mention.resolved.year - back
        if _fits_in(mention, year) and all(_fits_in(partner, year) for partner in partners):
            return year
    return None


def _of_an_earlier_year(mention: DateMention) -> bool:
    """Whether the weekday fits the same day and month a year or two before the inferred year
    (29 February has no such day in the year before)."""
    assert mention.resolved is not None
    for back in range(1, _FILE_PHOTO_YEARS + 1):
        try:
            earlier = mention.resolved.replace(year=mention.resolved.year - back)
        except ValueError:  # (29 February)
            continue
        if earlier.weekday() == mention.weekday:
            return True
    return False


@cache
def _file_photo_words(lang: str) -> re.Pattern[str] | None:
    """The lexicon's ``file_photo_words`` of ``lang`` and English, as whole words in any case."""
    return phrase_pattern(with_english(lang, "file_photo_words"))


def _says_file_photo(ctx: Context, start: int, end: int) -> bool:
    """Whether the caption at ``text[start:end]`` says its photo is an archive's (``File photo``,
    ``Foto arsip``; lexicon ``file_photo_words``)."""
    words = _file_photo_words(ctx.article.lang)
    return words is not None and words.search(ctx.article.text, start, end) is not None


@check("KL101", "weekday-date-conflict", "error")
def weekday_date_conflict(ctx: Context) -> Iterator[Issue]:
    """One issue per weekday/date pair whose weekday is not the date's weekday."""
    fitting: dict[dt.date, list[DateMention]] | None = None
    reported: set[int] = set()  # the ranges reported whole
    ranges: dict[int, list[DateMention]] | None = None
    captions: list[tuple[int, int]] | None = None
    for mention in ctx.analysis.dates:
        if mention.weekday_matches is not False or mention.range_id in reported:
            continue
        assert mention.resolved is not None and mention.weekday is not None
        if mention.year_inferred and _of_an_earlier_year(mention):
            if captions is None:
                captions = [(p.start, p.end) for p in ctx.article.paragraphs if p.kind == "caption"]
            if fitting is None:
                fitting = _fitting_dates(ctx)
            caption = next(((start, end) for start, end in captions if start <= mention.start < end), None)
            if caption is not None and (
                    (mention.resolved != ctx.article.published_date and mention.resolved not in fitting)
                    or _says_file_photo(ctx, *caption)):
                # a photo's caption, a file photo: its yearless date fits a year or two before
                # (not the story's own day, its dateline's or one its text dates with the right
                # weekday: the photo is of the day reported, unless the caption says it is an
                # archive's, "File photo: …" in an anniversary story)
                continue
        if fitting is None:
            fitting = _fitting_dates(ctx)
        stated = mention.resolved
        wanted = _effective(mention)
        offset = (_nearest(wanted, stated) - stated).days
        # (the dateline's own zone is no hint: "pukul 15.00 WIB" under a dateline in WIB says
        # nothing of a local day; see ``extract_dates``)
        zone = mention.zone_hint is not None and abs(offset) == 1
        if ranges is None:  # (grouped once: an article may hold many ranges)
            ranges = {}
            for other in ctx.analysis.dates:
                if other.range_id is not None:
                    ranges.setdefault(other.range_id, []).append(other)
        partners = _range_partners(ranges, mention, offset)
        candidates = _candidates(ctx, mention, fitting, partners)
        related = [_location(ctx, other).with_message("pairs this date with a fitting weekday")
                   for other in candidates[0].support]
        text = ctx.article.text
        written = text[mention.weekday_start:mention.weekday_end]
        message = (f"{written} does not fit {stated.isoformat()}, which is a "
                   f"{WEEKDAY_NAMES[stated.weekday()]}")
        if partners:
            assert mention.range_id is not None
            reported.add(mention.range_id)
            ends = [mention, *partners]
            message = (" and ".join(text[m.weekday_start:m.weekday_end] for m in ends) + " do not fit "
                       + " and ".join(m.resolved.isoformat() for m in ends if m.resolved) + ", which are a "
                       + " and a ".join(WEEKDAY_NAMES[m.resolved.weekday()] for m in ends if m.resolved))
        if zone:
            message += f" (one day off; the sentence names {mention.zone_hint!r})"
        # A year lent by the lede, the article having no publication date, is a guess: a warning.
        lent = mention.year_inferred and ctx.article.published_date is None
        if lent and not zone:
            message += " (the year is the lede's: the article has no dateline)"
        # A year inferred from the page's date, and a year or two before it the weekday fits
        # ("Monday, Jan. 9" under a page dated 2024-02-06 fits 2023-01-09): the story may be
        # older than its page's date, which is as likely the error as the weekday.
        earlier = _earlier_fitting_year(mention, partners) if mention.year_inferred and not (zone or lent) else None
        if earlier is not None:
            message += f" (in {earlier} it is a {WEEKDAY_NAMES[wanted]}: is the story older than the page's date?)"
        yield Issue(
            message,
            _location(ctx, mention),
            data={
                "stated_weekday": mention.weekday,
                "stated_weekday_name": WEEKDAY_NAMES[mention.weekday],
                "date": stated.isoformat(),
                "actual_weekday": stated.weekday(),
                "actual_weekday_name": WEEKDAY_NAMES[stated.weekday()],
                "day_offset": offset,
                "year_inferred": mention.year_inferred,
                "evening_before": mention.evening_before,
                "zone_hint": mention.zone_hint,
                "reason": "time-zone" if zone else "lede-year" if lent else "mismatch",
                "earlier_year_fits": earlier,
                "candidates": [{"kind": c.kind, "date": c.date.isoformat(),
                                "supported": bool(c.support)} for c in candidates],
                **({"range_dates": [m.resolved.isoformat() for m in (mention, *partners) if m.resolved]}
                   if partners else {}),
            },
            suggestions=[Suggestion(c.replacement, "; ".join(c.reasons)) for c in candidates],
            related=related,
            severity=Severity.WARNING if zone or lent else None,
        )
