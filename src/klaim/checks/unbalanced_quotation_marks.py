"""A quotation mark in a paragraph has no partner.

## What it does
Reports each double quotation mark or guillemet (`“ ” „ « » "`) that opens without closing, or
closes without opening, within its paragraph. Marks pair by position (a mark after a space
opens, a mark before a space or punctuation closes), so `„…“`, `«…»`, `»…«`, straight quotes and
a mark typed the wrong way round (`”siap”`) all pair. A mark typed as an opening one where a
quotation closes (`(“Sessions says no “).`: before closing punctuation) is reported once, at
that mark, with `data.typed` `opening` and the closing mark as the suggestion, and so is one
closing a whole pair (`“We are pleased,“ he said`, `“Jadi …, “ kata Hanif`; a page that types
`“` for a closing mark more than once, in either shape, is reported once, at the first, with
`data.count` and the next twenty as related locations); a closing mark
where a quotation opens, after a reporting verb and its comma (`mengatakan,” kita …,” ujarnya`:
two closing marks, the first one opening), is reported once, at that mark, with `data.side`
`opening`, `data.typed` `closing` and the opening mark as the suggestion (so is such a mark after
a sentence's end and before a space and a capital, when the next closes before a reporting verb
and no reporting clause opens the words between: `pelaku.” Pelaku marah …,”terangnya`); so is a straight mark
there glued to the comma and spaced after (`he said," We will …".`), or to a sentence's end
before a capital when the next closes before a reporting verb (`pada 2016." Mudah-mudahan …,"
ujarnya`), with `data.spacing` `after`. A mark after a comma
or a sentence's end and before a reporting verb (perhaps with its speaker's clitic) closes what
was said, whatever its shape or spacing (`berimbang, “kata Bupati`; `depan, “tuturnya`; `pusat,
"jelas Djoko`; so does one after a space and glued to a word in lower case a few words after
the straight mark that opened them, no comma between, `yang "belum bebas "dari pengaruh`): one
defect, reported at that mark
(`data.typed` `opening` for an opening shape, else `data.spacing` `before`); a closing shape
after a space and before a word that opens those words is the same pair typed the wrong way
round, no second defect (`urutan 20. ” inflasi …, “pungkasnya`). Two single marks
typed for a double one (print copy: `“…,’’ kata Darto`, `‘‘…’’`) are one double mark, and so
are two grave accents opening a quotation (wire copy: ``` ``Longer hours …" ```). Single
marks are not reported: an unpaired `’` or `'` is an apostrophe (`Jum'at`, `don't`, `the nurses'
pay`, `’90s`), and a straight double mark after feet and inches is the inches' sign (`stands
5'10".`). A double mark typed for one (`the town”s`, `don”t`) is reported, and opens no
quotation; a page that types them so more than once is reported once, at the first, with
`data.typed_for` `apostrophe`, `data.count` and the next twenty as related locations. A
quotation left open at the end of a paragraph whose next paragraph opens with a quotation mark
(perhaps one in the closing shape or a double prime glued to its first word, no reporting verb
and not in lower case, `”This is …`, `″Clearly …`, `”30 persen …`, or any word when the paragraph
quotes on and closes later, or the next paragraph reopens too and this one tells of no one, `”Jelas
kami menolak …,” kata …`; but not a reporting verb (a quoting one with its clitic too,
`”kisahnya sambil …`) before its speaker's name, a pronoun, a source's or a role's word, nor a
pronoun in lower case and a verb that end the clause: `”Kata Ketua …`, `”kata dia.`, `”said
trader Tom Reed.`, `”he said.`, left behind; `”Dia bilang …`, `”Officials said …` reopen) is the
newsroom
convention for a quote running over several paragraphs, not an error (a photo caption, even
one a page split over lines at its credit's bracket, `… (Stock photo) (` / `Image:` / `Getty
Images)`, a site's navigation line or a crosshead between the two does not count),
unless the mark is glued between the quotation's punctuation and the speaker's verb with its
clitic that ends the paragraph (`… pemerintah pusat,"kesalnya.`): it closes, and is reported.
A quotation broken by a paragraph break, its closing mark at the head of the next paragraph with no
mark reopening it (or in a later one, after up to three paragraphs with no quotation mark), is one
defect, reported once at the opening mark (`data.closed_at_line`, and the closing mark as a related
location; so is a closing mark glued to the reporting verb at the next paragraph's head, `”Kata
Ketua …`, which stands where a mark opens); broken only by a site's line (`Read also: …`), with no
paragraph of the article between, it is the site's doing and is not reported; nor is a verse quoted
line by line, each line a block of its own (at most eight words, none but the last ending with a
full stop and at most one with a question's or an exclamation's mark, three to sixteen lines:
`“The beans are tall;` / `The peas are small!` / `…` / `And share them all…”`). A mark spaced on
both sides before a word opens when it is a guillemet (French spacing, `« Les …`), an opening or
straight mark that opens its line (`“ Kami senang …`) or an opening mark after a comma or a colon
(`Budi mengatakan, “ kami …`), unless a reporting verb follows within four words and none stands
before the comma (`… kemarin, “ kata Budi` closes); a straight mark before a comma or a full stop
opens nothing (`" Kami … lalu ", kata Budi` pairs). A `»` spaced on both sides in a paragraph
without `«` is a list bullet or a breadcrumb's separator (`» Dana Whitlow, publisher`, `Home »
News`), no mark, and so is a guillemet alone on its line (a pager's arrow). Marks in a site's
navigation or advertising lines (`Baca juga: …`, `Read more: …`), or in its notice under a
salutation to its readers at the page's foot (`Dear TIME Reader,`; see
KL201), are not the article's and are not reported.
In a text wrapped line by line mid-sentence (a blog's or a mail's copy: long lines broken
before a word in lower case, three or more and a fifth of the lines, or two and half of a
short story's), a line break is no paragraph break: the loader joins the lines of such a text
into their paragraphs, and a quotation over them pairs inside its paragraph. So it does, in a
page whose paragraphs stand between blank lines, for a quotation left open at a single line
break after a comma or a word in lower case, or after a sentence's end when the line under it
closes the quotation with its first mark (`"… luka lecet.` / `Dan saat ini dirawat,"
ungkapnya.`).
`data` carries `mark` (the character) and `side` (`opening` or `closing`).

## Why is this bad?
With a mark missing, nobody can tell where the quoted words end and the reporting resumes: the
quote may put words in a speaker's mouth, or the outlet's words in quotation marks. The
quotation checks (KL204, KL303) and the editorial check (KL201) then read the paragraph wrongly.

## Example
```
Ketua RT setempat menyebut kondisi itu “sangat memprihatinkan bagi warga kami.
```

## Use instead
```
Ketua RT setempat menyebut kondisi itu “sangat memprihatinkan bagi warga kami”.
```
"""

import re
from collections.abc import Iterator
from functools import cache

from klaim.article import Paragraph
from klaim.attribution import left_behind_closing, typed_for_apostrophe
from klaim.context import Context
from klaim.dates import attribution_pattern
from klaim.lexicon import lexicon, phrase_pattern, with_english
from klaim.registry import Issue, Suggestion, check
from klaim.text import PROSE_WORD, SINGLE_MARKS


@check("KL305", "unbalanced-quotation-marks", "warning")
def unbalanced_quotation_marks(ctx: Context) -> Iterator[Issue]:
    """Yield one issue per quotation mark without a partner."""
    text = ctx.article.text
    split = _split_quotations(ctx)
    # Double marks typed for apostrophes ("the town”s"): one defect of the page, reported once at
    # the first, with the others as related locations.
    apostrophes = [offset for result in ctx.analysis.attribution.paragraphs if result.kind != "boilerplate"
                   for offset in result.unbalanced_quotes if typed_for_apostrophe(text, offset)]
    typed = frozenset(apostrophes) if len(apostrophes) > 1 else frozenset()
    typed_closers: list[int] = []  # opening marks “ that close what a mark before them opened
    for result in ctx.analysis.attribution.paragraphs:
        if result.kind == "boilerplate":
            continue  # a link to another story: its title is not the article's text
        sides = [(offset, _side(text, offset, ctx.article.lang)) for offset in result.unbalanced_quotes]
        moved: set[int] = set()  # marks set as opening ones that close what was said before a verb
        for place in range(1, len(sides)):
            if sides[place][1] == sides[place - 1][1] == "opening" and (
                    _closes_before_verb(text, sides[place][0], ctx.article.lang)
                    or _closes_a_phrase(text, sides[place - 1][0], sides[place][0])):
                sides[place] = (sides[place][0], "closing")  # "… berimbang, “kata Bupati": it closes
                moved.add(sides[place][0])  # (so does "yang "belum bebas "dari pengaruh")
        # A pair typed the wrong way round and spaced so that neither pairs: a closing mark's
        # shape opening (after a space, before a word), then an opening one's closing before the
        # verb ("urutan 20. ” inflasi tertinggi …, “pungkasnya"): one defect, at the second.
        reversed_pair: set[int] = set()
        for place in range(1, len(sides)):
            (first, first_side), (second, second_side) = sides[place - 1], sides[place]
            if first_side == "closing" and second_side == "opening" and text[first] in _OPENING_OF \
                    and text[second] in _OPENING_SHAPES and text[first - 1:first].isspace() \
                    and PROSE_WORD.match(text, first + 1 + (text[first + 1:first + 2] == " ")) is not None \
                    and _closes_before_verb(text, second, ctx.article.lang):
                reversed_pair.add(first)
                sides[place] = (second, "closing")
        introduced: set[int] = set()  # closing marks reported as the opening mark of a quotation
        for place, (offset, side) in enumerate(sides):
            mark = text[offset]
            if offset in typed:
                if offset == apostrophes[0]:
                    yield Issue(f"quotation mark {mark} is typed for an apostrophe here and "
                                f"{len(apostrophes) - 1} more time(s) in the article",
                                ctx.article_span(offset, offset + 1),
                                data={"mark": mark, "side": side, "typed_for": "apostrophe",
                                      "count": len(apostrophes)},
                                suggestions=[Suggestion("’", "the apostrophe")],
                                related=[ctx.article_span(other, other + 1).with_message("typed so again")
                                         for other in apostrophes[1:_RELATED_MARKS + 1]])
                continue
            if offset in split:
                closing = split[offset]
                if closing is not None:  # one quotation broken by a paragraph break: reported once
                    closed = ctx.article_span(closing, closing + 1)
                    yield Issue(f"quotation opened here is closed on line {closed.line}, in a later paragraph that "
                                "does not reopen it",
                                ctx.article_span(offset, offset + 1),
                                data={"mark": mark, "side": side, "closed_at_line": closed.line},
                                related=[closed.with_message("the closing mark")])
                continue
            if side == "opening" and place + 1 < len(sides) and sides[place + 1][1] == "closing" \
                    and (text[sides[place + 1][0]] in _OPENING_SHAPES or sides[place + 1][0] in moved):
                continue  # closed by the next mark, typed as an opening one or spaced so: reported there
            if side == "closing" and place and sides[place - 1][0] in introduced:
                continue  # closes the quotation the mark before opened, typed as a closing one
            if offset in reversed_pair:
                continue  # reported at the mark that closes it
            following = sides[place + 1][0] if place + 1 < len(sides) else -1
            if side == "closing" and following >= 0 and sides[place + 1][1] == "closing" and mark in _OPENING_OF \
                    and (_introduces(text, offset, following, ctx.article.lang)
                         or _opens_after_a_sentence(text, offset, following, ctx.article.lang)):
                # "mengatakan,” kita …,” ujarnya": after a reporting verb and its comma, or after a
                # sentence's end before a capital ("pelaku.” Pelaku …,”terangnya"), the first of
                # two closing marks opens the quotation the second closes.
                introduced.add(offset)
                yield Issue(f"quotation mark {mark} opens a quotation but is a closing mark",
                            ctx.article_span(offset, offset + 1),
                            data={"mark": mark, "side": "opening", "typed": "closing"},
                            suggestions=[Suggestion(_OPENING_OF[mark], "the opening mark")])
                continue
            if side == "closing" and mark == '"' and place + 1 < len(sides) and sides[place + 1][1] == "closing" \
                    and text[offset + 1:offset + 2].isspace() \
                    and (_introduces(text, offset, sides[place + 1][0], ctx.article.lang)
                         or _opens_after_a_sentence(text, offset, sides[place + 1][0], ctx.article.lang)):
                # 'he said," I know …".': a straight mark glued to the verb's comma and spaced
                # after opens the quotation the next mark closes; one defect, its spacing (so
                # after a sentence's end: 'pada 2016." Mudah-mudahan …," ujarnya').
                introduced.add(offset)
                yield Issue(f"opening quotation mark {mark} has a space after it and none before",
                            ctx.article_span(offset, offset + 1),
                            data={"mark": mark, "side": "opening", "spacing": "after"})
                continue
            data: dict[str, object] = {"mark": mark, "side": side}
            if side == "closing" and mark in _OPENING_SHAPES and place and (
                    sides[place - 1][1] == "opening" or sides[place - 1][0] in reversed_pair):
                data["typed"] = "opening"  # “Sessions says … store’ “): the closing mark is typed as “
                if mark == "“":
                    typed_closers.append(offset)  # (one habit with the whole pairs', reported below)
                    continue
                yield Issue(f"quotation mark {mark} closes a quotation but is an opening mark",
                            ctx.article_span(offset, offset + 1), data=data,
                            suggestions=[Suggestion(_CLOSING_OF.get(mark, mark), "the closing mark")])
                continue
            if offset in moved:  # 'pusat, "jelas Djoko': the space stands before the closing mark
                data["spacing"] = "before"
                yield Issue(f"closing quotation mark {mark} has a space before it and none after",
                            ctx.article_span(offset, offset + 1), data=data)
                continue
            yield Issue(f"{side} quotation mark {mark} has no partner in its paragraph",
                        ctx.article_span(offset, offset + 1), data=data)
    # "“We are pleased,“ he said", "…, “ kata Hanif": the pair is whole, its closing mark typed as
    # an opening one (a continued quotation has no closing mark), as is one left unpaired where
    # a quotation closes (above). A page that types them so more than once has the habit: one
    # defect, reported at the first, the others related.
    closers = sorted([*typed_closers, *(
        quotation.end - 1 for result in ctx.analysis.attribution.paragraphs if result.kind != "boilerplate"
        for quotation in result.quotations
        if not quotation.continued and text[quotation.start] == "“" == text[quotation.end - 1])])
    if closers:
        habit: dict[str, object] = {"mark": "“", "side": "closing", "typed": "opening"}
        if len(closers) > 1:
            habit["count"] = len(closers)
        yield Issue("quotation mark “ closes a quotation but is an opening mark"
                    + (f", here and {len(closers) - 1} more time(s) in the article" if len(closers) > 1 else ""),
                    ctx.article_span(closers[0], closers[0] + 1), data=habit,
                    suggestions=[Suggestion("”", "the closing mark")],
                    related=[ctx.article_span(other, other + 1).with_message("typed so again")
                             for other in closers[1:_RELATED_MARKS + 1]])


def _split_quotations(ctx: Context) -> dict[int, int | None]:
    """Quotations broken by a paragraph break: the last mark of a paragraph opens and is left
    open, and the first unpaired mark of the next paragraph (or of a later one, after up to
    ``_SPLIT_REACH`` paragraphs with no mark) closes, with no mark before it. By the opening
    mark's offset, the closing mark's; and the closing mark's, None (it is reported with the
    opening one). A site's line or a caption between the two (``Read also: …``) and no paragraph
    of the article was put there by the site, inside one quotation: both marks are then left out
    (the opening one too maps to None)."""
    text, lang = ctx.article.text, ctx.article.lang
    results = ctx.analysis.attribution.paragraphs
    paragraphs = ctx.article.paragraphs
    found: dict[int, int | None] = {}
    for at, result in enumerate(results):
        if result.kind != "paragraph" or not result.unbalanced_quotes:
            continue
        opening = result.unbalanced_quotes[-1]
        if _side(text, opening, lang) != "opening" or any(q.end > opening for q in result.quotations
                                                     if q.start > opening):
            continue
        aside = False
        following, following_at = None, at
        between = 0
        # A verse quoted line by line ("“The beans are tall;" / "The peas are small!" / "We dig
        # them all" / "And share them all…”"): every line short, none with a mark between.
        verse = _verse_line(paragraphs[at])
        lines = 1
        stops = _stops(paragraphs[at])
        for later_at in range(at + 1, len(results)):  # (an index: no copy of the rest per paragraph)
            later = results[later_at]
            if later.kind in ("caption", "boilerplate"):
                aside = True
                continue
            if later.unbalanced_quotes or later.quotations:
                following, following_at = later, later_at
                break
            verse = verse and later.kind in ("paragraph", "heading") and _verse_line(paragraphs[later_at])
            lines += 1
            stops += _stops(paragraphs[later_at])
            if verse or (later.kind == "paragraph" and between < _SPLIT_REACH):
                between += 1  # a paragraph (or a line of verse) of the quotation with no mark at all: read on
                continue
            following, following_at = later, later_at
            break
        if following is None or following.kind != "paragraph" or not following.unbalanced_quotes:
            continue
        closing = following.unbalanced_quotes[0]
        # (a closing mark glued to the verb at the paragraph's head, "”Kata Ketua …", stands where
        # a mark opens, but closes)
        left_behind = text[paragraphs[following_at].start:closing].strip() == "" and \
            left_behind_closing(paragraphs[following_at], lang,
                                paragraphs[following_at + 1] if following_at + 1 < len(paragraphs) else None)
        if (_side(text, closing, lang) != "closing" and not left_behind) or any(
                q.start < closing for q in following.quotations if not q.continued):
            continue
        # (its last line closes it; three lines at least, and at most one that ends with a
        # question's or an exclamation's mark: short sentences of prose end with theirs)
        verse = verse and between > 0 and _VERSE_MIN_LINES <= lines + 1 <= _VERSE_LINES and stops <= 1 \
            and _verse_line(paragraphs[following_at], last=True)
        # (a site's line excuses the break only when no paragraph of the article stands in it too;
        # a verse's lines are no break at all)
        found[opening] = None if (aside and not between) or verse else closing
        found[closing] = None
    return found


_VERSE_WORDS = 8
"""The most words of a line of verse quoted line by line (each line a block of its own)."""
_VERSE_LINES = 16
"""The most lines of such a verse."""
_VERSE_MIN_LINES = 3
"""The fewest lines of such a verse."""


def _stops(paragraph: Paragraph) -> int:
    """1 when a block ends with a question's or an exclamation's mark, else 0."""
    return 1 if paragraph.text.rstrip().rstrip("'\"’”").endswith(("!", "?")) else 0


def _verse_line(paragraph: Paragraph, last: bool = False) -> bool:
    """Whether a block is short enough to be a line of verse, and (but for the last) ends with no
    full stop: short sentences of prose (``“Kami siap.`` / ``Pelatih optimistis.``) are a
    quotation broken over paragraphs."""
    text = paragraph.text.rstrip()
    return len(text.split(None, _VERSE_WORDS)) <= _VERSE_WORDS and (last or not text.endswith("."))


_SPLIT_REACH = 3
"""The most paragraphs without a quotation mark between the opening and the closing mark of a
quotation broken over paragraphs (``“…`` / ``…`` / ``…,” kata Rina``): one defect."""
_OPENING_SHAPES = "“«„‘"
_SINGLE_MARKS = SINGLE_MARKS
"""Single marks: two of them may stand for one double mark (print copy: “…’’, ‘‘…’’)."""
_CLOSING_OF = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_OPENING_OF = {closing: opening for opening, closing in _CLOSING_OF.items() if opening in "“«"}
"""The opening mark of a closing shape (``”``: ``“``); a straight mark has no other shape."""
_RELATED_MARKS = 20
"""The most other marks typed so (apostrophes typed as double marks, opening marks closing a
pair) listed with the first (``data.count`` has them all)."""
_INTRODUCTION_REACH = 40
"""The most characters read before a mark for the reporting verb that introduces it."""


def _opens_after_a_sentence(text: str, offset: int, closing: int, lang: str) -> bool:
    """Whether the mark at ``offset`` stands after a sentence's end and before a space and a
    capitalised word, and the mark at ``closing`` closes what was said before a reporting verb
    (``… pelaku.” Pelaku marah …,”terangnya``): the first opens the quotation the second closes,
    unless a reporting clause opens the words between (:func:`_narrated`: ``… karet.” Kepala BPBD
    Budi Santoso mengatakan …``, two quotations that lost their opening marks)."""
    if not text[max(0, offset - 3):offset].rstrip().endswith((".", "!", "?")):
        return False
    if not (text[offset + 1:offset + 2] == " " and text[offset + 2:offset + 3].isupper()):
        return False
    return _closes_before_verb(text, closing, lang) and not _narrated(text, offset, closing, lang)


def _closes_a_phrase(text: str, opening: int, offset: int) -> bool:
    """Whether the straight mark at ``offset``, after a space and glued to a word in lower case,
    closes the few words the straight mark at ``opening`` opened in the same clause, no comma
    between (``yang "belum bebas "dari pengaruh``): a closing mark spaced wrong."""
    between = text[opening + 1:offset]
    return text[opening] == text[offset] == '"' and text[offset - 1:offset] == " " \
        and text[offset + 1:offset + 2].islower() and not any(mark in between for mark in ".!?,;\n") \
        and len(between.split()) <= _PHRASE_WORDS  # (not "jalur neraka, dan "ujian …": two phrases)


_PHRASE_WORDS = 5
"""The most words of a phrase in straight marks whose closing mark stands spaced wrong."""


def _closes_before_verb(text: str, offset: int, lang: str) -> bool:
    """Whether the mark at ``offset`` stands after a comma or a sentence's end and before a
    reporting verb, perhaps with its speaker's clitic (``berimbang, “kata Bupati``, ``depan,
    “tuturnya``, ``ready. “said Lee``; one that reports only next to a quotation with its clitic,
    ``tersebut," kisahnya``): it closes what was said, whatever its shape and spacing."""
    before = text[max(0, offset - 3):offset].rstrip()
    if not before.endswith((",", ".", "!", "?")):
        return False
    after = offset + 1
    while after < len(text) and text[after] == " ":
        after += 1
    verbs = _verbs(lang, "reporting_verbs", "reporting_verbs_postposed")
    if verbs is None:
        return False
    if verbs.match(text, after) is not None:  # (not "menurut", which opens)
        return True
    word = PROSE_WORD.match(text, after)
    if word is None:
        return False
    # (a verb that reports only next to a quotation, with its speaker's clitic: "…," kisahnya)
    quoting = _verbs(lang, "reporting_verbs_quoting")
    return _verb_with_clitic(word.group(), verbs, lang) or (
        quoting is not None and _verb_with_clitic(word.group(), quoting, lang))


def _verb_with_clitic(word: str, verbs: re.Pattern[str], lang: str) -> bool:
    """Whether ``word`` is a reporting verb with its speaker's clitic (``tuturnya``: ``tutur``)."""
    return any(word.casefold().endswith(clitic) and len(word) > len(clitic) + 1
               and verbs.fullmatch(word[:-len(clitic)]) is not None
               for clitic in lexicon(lang).get("pronoun_clitics", ()))


def _narrated(text: str, offset: int, closing: int, lang: str) -> bool:
    """Whether the words after the mark at ``offset`` (up to the mark at ``closing``) are the
    writer's: a reporting clause opens them (``the officer told …``, ``Kepala BPBD Budi Santoso
    mengatakan …``); a speaker's words may open with "aku", "we", and say "berharap" later."""
    opening = PROSE_WORD.findall(text, offset + 1, closing)[:_CLAUSE_WORDS]
    narrative = _verbs(lang, "reporting_verbs", "attribution_phrases")
    return bool(opening) and opening[0].casefold() not in _first_person(lang) and narrative is not None \
        and narrative.search(" ".join(opening)) is not None


def _introduces(text: str, offset: int, closing: int, lang: str) -> bool:
    """Whether a reporting verb or attribution phrase (perhaps with its speaker's clitic,
    ``ungkapnya``) and a comma or colon stand right before the mark at ``offset``
    (``mengatakan,”``, ``said: ”``), and what follows up to the mark at ``closing`` reports no
    one: a quotation opens there, and ``closing`` ends it. (``… what he said,” the officer told
    reporters. We …,” he added.``: the words after the first mark are the writer's.)"""
    before = text[max(0, offset - _INTRODUCTION_REACH):offset].rstrip()
    if not before.endswith((",", ":")):
        return False
    before = before[:-1].rstrip()
    pattern = attribution_pattern(lang)
    if _narrated(text, offset, closing, lang):
        return False
    stems = [before]
    for clitic in lexicon(lang).get("pronoun_clitics", ()):
        if before.endswith(clitic) and len(before) > len(clitic) and before[-len(clitic) - 1].isalpha():
            stems.append(before[:-len(clitic)])  # "ungkapnya,”": "ungkap" with its speaker's clitic
    # (the last reporting word must end right before the comma; verbs that report only before a
    # quotation count here too: "bertanya,”", "went on: ”")
    quoting = _quoting(lang)
    return any(found.end() == len(stem) for stem in stems
               for verbs in (pattern, quoting) if verbs is not None for found in verbs.finditer(stem))


@cache
def _quoting(lang: str) -> re.Pattern[str] | None:
    """The lexicon's ``reporting_verbs_quoting`` of ``lang`` and English, as whole words."""
    return _verbs(lang, "reporting_verbs_quoting")


_CLAUSE_WORDS = 5
"""How many words after a mark are read for a reporting clause (``the officer told``)."""


@cache
def _first_person(lang: str) -> frozenset[str]:
    """The words a speaker opens with about themselves (``aku``, ``kami``, ``I``, ``we``)."""
    return frozenset(word.casefold() for category in ("first_person_singular", "editorial_outlet_voice")
                     for word in with_english(lang, category))


@cache
def _verbs(lang: str, *categories: str) -> re.Pattern[str] | None:
    """The lexicon's phrases of ``categories`` in ``lang`` and English, as whole words."""
    return phrase_pattern([phrase for category in categories for phrase in with_english(lang, category)])


_VERB_REACH = 4
"""The most words after a mark in which a reporting verb makes it close what was said (``, “ the
chairman told reporters``)."""


def _verb_follows(text: str, offset: int, lang: str) -> bool:
    """Whether a reporting verb (perhaps with its speaker's clitic, ``tuturnya``) stands within
    the ``_VERB_REACH`` words after the mark at ``offset`` (``, “ kata Budi``, ``, “ the chairman
    told reporters``), and none right before
    its comma (``mengatakan, “ Saya bilang …``, ``said, “ I told …``: the mark opens what is
    said, whatever verb the quotation holds)."""
    verbs = _verbs(lang, "reporting_verbs", "reporting_verbs_postposed")
    if verbs is None:
        return False
    before = PROSE_WORD.findall(text, max(0, offset - _INTRODUCTION_REACH), offset)[-2:]
    if before and verbs.search(" ".join(before)) is not None:
        return False
    words = PROSE_WORD.findall(text, offset + 1, min(len(text), offset + 1 + 80))[:_VERB_REACH]
    return verbs.search(" ".join(words)) is not None or any(_verb_with_clitic(word, verbs, lang) for word in words)


def _side(text: str, offset: int, lang: str = "") -> str:
    """Position decides, as when pairing: a mark before a word or an ellipsis (``"...dan``),
    after a space, opens; one before closing punctuation (``“).``) closes, whatever its shape.
    Spaced on both sides, before a word, a guillemet opens (``« Les``), and so does an opening or
    a straight mark that opens its line (``“ Kami``) or an opening mark after a comma or a colon
    (``mengatakan, “ kami``), unless a reporting verb of ``lang`` follows within a few words
    (``kemarin, “ kata Budi``, ``, “ the chairman told reporters``: it closes)."""
    if text[offset] == "`":
        return "opening"  # two grave accents typed for an opening mark: ``…
    before, after = text[offset - 1:offset] if offset else "", text[offset + 1:offset + 2]
    if before and before in _SINGLE_MARKS and text[offset] in _SINGLE_MARKS:
        before = text[offset - 2:offset - 1] if offset > 1 else ""  # two single marks as one: ‘‘…
    elif after and after in _SINGLE_MARKS and text[offset] in _SINGLE_MARKS:
        after = text[offset + 2:offset + 3]  # …’’
    ellipsis = after == "…" or text[offset + 1:offset + 3] == ".."
    opening = after.strip() != "" and (after not in ")]}.,;:!?…" or ellipsis) and (
        before.strip() == "" or before in "([{—–")
    if not opening and after.isspace() and text[offset + 2:offset + 3].isalnum() and (
            (text[offset] == "«" and (before.strip() == "" or before in "([{—–"))
            or (before in ("", "\n") and (text[offset] in _OPENING_SHAPES or text[offset] == '"'))
            or (text[offset] in _OPENING_SHAPES and text[max(0, offset - 2):offset] in (", ", ": ")
                and not (lang and _verb_follows(text, offset, lang)))):
        # Spaced on both sides, before a word: a guillemet set with French spacing ("« Les
        # chercheurs"), an opening or a straight mark that opens its line ("“ Kami senang …"), and
        # an opening mark after a comma or a colon ("Budi mengatakan, “ kami …"), not before a
        # reporting verb ("… kemarin, “ kata Budi" closes), nor after a word ("… sejak kemarin “
        # kata Budi" closes).
        opening = True
    return "opening" if opening else "closing"
