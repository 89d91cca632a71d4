"""The article has no dateline, or klaim cannot read its date.

## What it does
Reports a plain-text article whose second line is not a dateline (`Tanggal: 23 Jun 2024 09:05
WIB`, `Date: 2022-09-22`, `Published: June 21, 2024`), a dateline whose date cannot be read, and
Markdown front matter without a valid ISO 8601 `published`. `data.reason` is `missing` or
`unparsed`. A short second line that is a date and nothing else is a dateline too, as copy from
a site prints it (`Rabu, 11/07/2012 21:59 WIB`, `March 7, 2018 / 10:15 AM`, `Published on June
21, 2024`, `24th October 2017`, `09:11, August 19, 2011`), also after a few words of outlet or
byline and a separator (`Kompas.com - 18/04/2014, 02:59 WIB`, `Xinhua, January 7, 2015`; a
byline with a newsroom job, `Rina Hartati , Jurnalis-Senin, 3 Juni 2024`; up to six words before
a spaced dash or bar, perhaps after a dash or bullet of their own, or a byline and the story's place
each before a bar, `BY SUSAN KIM | BALTIMORE | June 28, 2006`, `- Associated Press - Monday,
…`, not prose; the outlet's name and its tagline in title case, each before a dash or bar, `NTVNews -
Berita Hari Ini, Terbaru dan Viral - 8 Jul 2024, 17:12` (the name a word with a capital inside
it or a web address, a word of a news site's tagline in it, lexicon `tagline_words`, or a time
after the date: not a kicker and a deck before an event's date); four before a comma; up to three
capitalised ones with no separator, `Potret
Kalteng 20 Jun 2024`, `News May 18, 2001`; up to six before the date in parentheses ending the
line, with no function word but a byline's among them: `SMPN 3 Sukamaju (14 Juni 2023)`, `Posted
by admin (June 14, 2023)`), after a keyword and `at`, `on` or `pada`, perhaps with a colon
(`Posted at 10:00 AM, May 03, 2020`, `Page last updated at …`, `Diposting pada : 3 Maret 2023`)
or the site's section and `on` (`Published in News on December 30, 2007`), after a byline and a
keyword (`Jane Doe (@JaneDoe) Published March 05, 2024`), or before byline fields, an update
stamp or a site's short fields after a bar, a spaced colon, dash, section sign or dot (`Rabu, 14
September 2016 Reporter: …`, `… 11:08 WIB Last Updated …`, `14.3.2024 10:05 CET | Newswire`, a
view counter `… | 12:10 - Dibaca 4.57k kali`, `Januari 10, 2011 § 31 Komentar`, `March 14, 2024
· 3 min read`; up to six such fields do not count to the line's length), a site's buttons or its
sections after the year (`June 17, 2017 Email To
Friend`, `January 22, 2021, in Headline News, Sports`) or a print edition's page (`12 March
2009, Page 17`, `Halaman 3`); its parts may stand between dashes (`June - 14 - 2023`), a list
bullet, a separator or a byline may open the line (`• 2025-10-07 11:23 AM`, `/ 02:34 PM
September 15, 2016`, `By humas 22 Des 2022`, `Oleh Rina Hartati pada hari Senin, 12 Mei 2025`),
a site's section may follow a time and its zone (`08:11:43 WIB umum`), and the year may be glued
to the month's name (`11 Jun2019`). A paragraph that opens with a date is not; but a dateline's
keyword and an ISO date glued before the title on its first line, as an archive exports a page
(` date 2019-02-17 River floods homes`, perhaps with a time), are the dateline, and what follows
is the title (or the story's lede, when it ends a statement, a word in lower case and its full
stop, or runs over twenty words: it is then the body's first paragraph, and the article has no
title; a question stays the headline).
A page's furniture may stand before the dateline (`Dark/Light Mode` over the title, a logo's
line, a standfirst or a byline below it): a dateline up to ten lines below the title is read
where each line before it is short (160 characters at most), holds no two sentences and is no
long one (over 80 characters) that ends a sentence; the furniture stays in the body. Failing
that, and failing a dated lede (below), a date line up to forty lines down is read where one
line before it at most ends a sentence (a teaser, a photo's caption: the story's own sentences
end the search), none holds two sentences or more than 160 characters, and no other date line
stands among the two after it (a list of related stories, a chronology, a schedule): under a
widget's many short lines, `Sunday, September 16, 2018` under `1 of 3`, a caption and `Staff
Writer`. A date alone and a colon ending its line, with another such line among the three before
or after it, heads a schedule's entries and is no dateline, wherever it stands (`Friday, March 3, 2023:` over
`- Quiz Night …` and `Saturday, March 4, 2023:`; not `Monday, March 4, 2019:` over the story,
bulleted or not, nor `Published …:` over `Updated …:`). A byline's word alone
over the title (`oleh`, `By:`) is furniture, not the title; so is
a column writer's post that places them over the headline and a date line (`Senior Fellow at
Westbrook College` / the headline / `March 9th, 2023`; the post places them, `at`, `di`, `pada`,
and the headline under it is a sentence: not a news headline, `Mayor Unveils …`). A site's line
(lexicon `boilerplate_prefixes`, a login banner: `Welcome to the site! Login or Signup below.`)
between the title and the dateline does not end the search, whatever its length. A
date alone over the title (a blog's, or a site's date of the day, which may be years after the
story) is the page's date line but dates nothing: no year is inferred from it; so is one under
the page's skip links (`Go to main contentsGo to main menu`, links glued as copied; lexicon
`boilerplate_lines`) when it has no dateline's keyword (`Published May 14, 2024` under
`Advertisement` stays the story's dateline, and so does a place's or a byline's, `Oakdale, May
14, 2024`, `Oleh Rina Hartati | 14 Mei 2024`), and one under a weather widget's temperature,
perhaps with its place between, over a headline (`62.1 F` / `Los Angeles` / `Monday, Dec 5,
2022` / `Time to Act`). More forms of the page's date: a writer's name and the desk's initials
after a slash before it (`Lenny Tristia Tambun / FER Kamis, 13 Juni 2019 | 15:49 WIB`); a
section's name after a slash (`2008-04-18 / Columnists`), or the outlet's name after a bar
with no space around it (`1:05 p.m. EST, May 10, 2012|The State`); the date and a dash before the
headline on the first line (`05/27/10 — Foot in it, again? …`); an archive's stamp of the year
and month only before the page's own date line (` date 2021-12 Minggu, 5 Desember 2021 |
20:14 WIB`). A site's teaser of one sentence under its section's label (`Headline` /
`Presiden sebut …`) does not end the search for a date line under the headline below it. A short second
line of calendar words and numbers that reads as no date (`Apr 122009`, also after a
keyword with no colon: `Published 03/28 2014 09:32PM`) is a dateline with a typo: `unparsed`,
not `missing`. Without any of these, a lede that opens with the story's place
and a whole date before a dash, as wire copy and press releases print it, dates the story
(`PITTSBURGH, July 11, 2011 /PRNewswire/ -- …`, `Rocky Mount, N.C., Sept. 16, 2018 — …`,
`JAKARTA, 5 Maret 2024 – …`, `SAMPANG, Jumat (5/4/2024) contoh.com – …`, a long dash perhaps
right after the year, `SUKAMAJU, 14 Maret 2023— …`; in one of the first
three blocks after the title or, when those are all short, in the first block of more than 80
characters up to forty lines below the first, under a release's contact box, unless it is a
photo's caption, `(Foto arsip)`, `file photo`); `JAKARTA, KOMPAS.com -` names the outlet, no date.
So does a lede that opens with its date and then its place in capitals in parentheses
(`September 29, 2009 (CHICAGO) The …`), with its date in square brackets (`[October 02, 2014]
SPRINGFIELD — …`), or with its date glued to its first word (`27 Juni 2018Pilkada …`). A
weather widget's lines may carry more than the temperature (`[Masthead] Fair ~ 61°F` / `High:
77°F ~ Low: 63°F`). Failing all of these, a letter's or a column's sign-off, a place (or the
writer's name) in capitals and a comma before a whole date alone on one of the last two lines,
under a block that ends a sentence (`Surabaya, 27 Juni 2019`, perhaps over a credit), is the
page's date line; it is no paragraph of the piece, and it dates nothing (no year is inferred from
it: a line of that shape may give an event's place and date, or a photo's). A first line
of sixty words or more, or of thirty that ends a sentence, is no title but the story's first
paragraph (a page saved without its headline), and its own place and date may date it (`Sukamaju,
13 Maret 2024 – …`). A Hijri date and a slash before the Gregorian one are read past (`12 Sya'ban
1438/9 Mei 2017`).

## Why is this bad?
Yearless dates ("Jumat (21/6)") and relative ones ("kemarin") are resolved against the
publication date; without it the time checks cannot infer years and check less.

## Example
```
Rusia siap berunding
Moskow menyatakan ...
```

## Use instead
```
Rusia siap berunding
Tanggal: 23 Jun 2024 09:05 WIB
Moskow menyatakan ...
```
"""

from collections.abc import Iterator

from klaim.context import Context
from klaim.registry import Issue, check


@check("KL006", "missing-or-unparsed-dateline", "warning")
def missing_or_unparsed_dateline(ctx: Context) -> Iterator[Issue]:
    """Report the dateline problems the article loader found."""
    for problem in ctx.article.problems:
        if problem.code != "KL006":
            continue
        location = ctx.article_line(problem.line)
        yield Issue(problem.message, location, data={**problem.data, "hint": problem.hint})
