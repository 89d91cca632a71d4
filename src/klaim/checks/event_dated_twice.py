"""Claims about one event carry different dates.

## What it does
Groups the claims that share an `event` key. Within a group it compares two things: the claims'
`said_on` dates, and the dates the article gives at their anchors (found as KL103 finds them:
outside quotation marks, in or nearest the anchor's attribution). When either differs, the
group's date is the one most of its claims carry; on a tie, the one the article gives at more
of their anchors with a weekday that fits (or none), then the first claim's. Every claim whose
date differs from the group's is reported, located at its `said_on` (or at its anchor when
only the article dates it), with the first claim of the group's date as related location and
the article mentions as well. So one wrong record among four is the one reported, whichever
comes first. `data` carries `event`, `source` (`said_on` or
`text`), `date`, `other_date` and `other_claim`.

## Why is this bad?
One remark was made on one day. When the records, or the article itself, date it twice, one of
the dates is wrong, and a reader who compares the paragraphs sees the contradiction.

## Example
```yaml
  - {id: putin-warns-seoul, event: putin-warning, said_on: "2024-06-21", ...}
  - {id: putin-replies-seoul, event: putin-warning, said_on: "2024-06-20", ...}
```

## Use instead
Check which day the remark was made and give both claims (and the article) that date.
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from klaim.context import Context
from klaim.dates import DateMention, RelativeMention
from klaim.registry import Issue, Location, check


@dataclass(frozen=True)
class _Dated:
    index: int
    said_on: dt.date | None
    text: DateMention | RelativeMention | None


def _text_date(dated: _Dated) -> dt.date | None:
    found = dated.text
    if found is None:
        return None
    if isinstance(found, RelativeMention) and found.kind.endswith("week"):
        return None  # a week phrase does not date a remark to one day
    return found.resolved


@check("KL104", "event-dated-twice", "error")
def event_dated_twice(ctx: Context) -> Iterator[Issue]:
    """One issue per claim whose event date differs from the date of the event's group."""
    groups: dict[str, list[_Dated]] = {}
    for index, claim in enumerate(ctx.claims):
        if claim.event is None:
            continue
        text = ctx.anchor_date(index)
        said = dt.date.fromisoformat(claim.said_on) if claim.said_on else None
        groups.setdefault(claim.event, []).append(_Dated(index, said, text))
    for event, members in groups.items():
        if len(members) < 2:
            continue
        reported: set[int] = set()
        for source in ("said_on", "text"):
            dates = [(m, m.said_on if source == "said_on" else _text_date(m)) for m in members]
            dated = [(m, day) for m, day in dates if day is not None]
            if not dated:
                continue
            first, first_day = _reference(dated)
            for member, day in dated:
                if day == first_day or member.index in reported:
                    continue
                reported.add(member.index)
                yield _issue(ctx, event, source, member, day, first, first_day)


def _reference(dated: list[tuple[_Dated, dt.date]]) -> tuple[_Dated, dt.date]:
    """The group's date and the first claim that carries it: the date most claims carry, then
    the one the article states at more anchors with a fitting weekday, then the earliest."""
    counts: dict[dt.date, int] = {}
    support: dict[dt.date, int] = {}
    first: dict[dt.date, tuple[int, _Dated]] = {}
    for position, (member, day) in enumerate(dated):
        counts[day] = counts.get(day, 0) + 1
        first.setdefault(day, (position, member))
        found = member.text
        if (isinstance(found, DateMention) and found.resolved == day
                and found.weekday_matches is not False):
            support[day] = support.get(day, 0) + 1
    best = max(counts, key=lambda day: (counts[day], support.get(day, 0), -first[day][0]))
    return first[best][1], best


def _claim_place(ctx: Context, member: _Dated, source: str) -> Location:
    key = "said_on" if source == "said_on" and member.said_on is not None else "anchor"
    path: tuple[str | int, ...] = ("claims", member.index, key)
    if key == "anchor":
        path = (*path, "exact")
    return ctx.claim_location(path)


def _issue(ctx: Context, event: str, source: str, member: _Dated, day: dt.date,
           first: _Dated, first_day: dt.date) -> Issue:
    claim = ctx.claims[member.index]
    other = ctx.claims[first.index]
    related = [_claim_place(ctx, first, source).with_message(
        f"claim '{other.id}' dates the event {first_day.isoformat()}")]
    for dated, label in ((member, "this claim"), (first, f"claim '{other.id}'")):
        if dated.text is not None:
            related.append(ctx.article_span(dated.text.start, dated.text.end).with_message(
                f"the article's date for {label}"))
    where = "the records" if source == "said_on" else "the article"
    return Issue(
        f"event '{event}' is dated {day.isoformat()} here and {first_day.isoformat()} for "
        f"claim '{other.id}' ({where})",
        _claim_place(ctx, member, source),
        data={"event": event, "source": source, "date": day.isoformat(),
              "other_date": first_day.isoformat(), "other_claim": other.id,
              "claim_index": member.index},
        related=related,
        claim=claim.id,
    )
