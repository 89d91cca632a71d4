"""A statement is dated after the article was published.

## What it does
Reports a date mention later than the publication date when it dates a statement: it stands with
a reporting verb or attribution phrase of the language's lexicon (`kata`, `mengatakan`,
`menurut`, `disampaikan`, `said`, `told`; not a passive of belief or estimate such as `is
expected to` or `diperkirakan`, whose date is the event's) in one sentence, and nothing in the
sentence marks it as future (`akan`, `dijadwalkan`, `rencananya`, `mendatang`; `will`,
`scheduled`, `next`). A date stands with its verb when it follows it with at most eight words
between (the speaker, `to reporters`, `di Jakarta`, `on`) and none that opens a clause of its
own (`that`, `bahwa`, `would`, `is`, `until`): `kata juru bicara itu, Selasa (25/6)`, `told
reporters on Tuesday, June 25`; or when it opens the sentence before the verb (`On June 25, the
spokesman said`), or stands right in front of it (`the spokesman on June 25 said`, `Budi, Selasa
(25/6), mengatakan`). A date in what was said is the date of something else, a vote or a
deadline, and is left out: `said the election would be held on Oct. 6`, `The deadline is October
12, the ministry said`. One day of grace is allowed when the sentence names another time zone. A
bare numeric day/month with neither weekday nor year (`(9/10)`) is not enough evidence of a date
for this check, and a date inside quotation marks is one the speaker talks about, not the date
of the statement (`"Kami mulai Selasa (25/6)," kata Budi`), so it is left out too. Also reports
a claim of kind `statement` or `quote` whose `said_on` is after the publication date (a record
says when it was said, so no future marker excuses it), unless the article mention at its anchor
is already reported. `data` carries `date`, `published`, `days_after` and the `attribution`
word; relative phrases (`besok`) are never reported on their own. A warning: the date may be a
scheduled event told in the past tense. A date without its year is read in the year that puts it
nearest the publication, but a past-tense verb right before it (`explained Feb. 22`, lexicon
`year_past_cues`; not when a weekday is written with the date, which then breaks a near tie) or `sejak`,
`lalu`, `since` keeps it on or before the publication.

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
from klaim.dates import DateMention, RelativeMention, future_marker_in, sentence_span, statement_attribution
from klaim.registry import Issue, check

_KINDS = ("statement", "quote")


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
        text = ctx.article.text
        left, right = sentence_span(text, mention.start, mention.end, lang)
        attributed = statement_attribution(text, lang, mention.start, mention.end, ctx.quotations,
                                           sentence=(left, right))
        if attributed is None:
            continue  # a date in what was said (a scheduled vote, a deadline), not of the saying
        if future_marker_in(text[left:right], lang) is not None:
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
