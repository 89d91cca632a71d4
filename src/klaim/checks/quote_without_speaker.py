"""A quotation has no speaker in its own paragraph or the one before.

## What it does
Reports a quotation of speech (four words or more, or fewer ending in sentence punctuation
outside a clause: `“Tidak.”`, `He answered: “No.”`) when neither its own paragraph nor the
preceding one names who said it: no named speaker (`kata Menteri Kesehatan Budi Santoso`,
`Collins told reporters`; a name written in lower case after a reporting verb, `ungkap dave`,
when the article names that person elsewhere, `Dave Laksono`), no pronoun continuing a named
speaker (`Ia menambahkan`, `He added`) and no unnamed or institutional source (`kata seorang
pejabat`, `kata salah satu anggota tim`, `ujar seseorang`, `said someone`, `one of the investigators
said`, `the ministry said`, a speech to an audience, `A councillor addressed the meeting`, lexicon
`attribution_phrases`; a document: `demikian dikutip dalam amar putusan`, `demikian bunyi
…`; a passive verb's agent after `oleh`, a social-media account too: `Hal ini diungkap oleh akun
resmi kementerian`, lexicon `passive_agents`; a lower-case description, a comma and a full name after the verb,
`ucap penumpang bus kota, Rudi Hartanto,`, names the speaker; so does a description closed by a
demonstrative, `kata mantan gelandang tim nasional tersebut`; and a short postposed verb right
after the closing mark reports the quotation whatever the words after it are, a description or
a name in lower case: `,” kata pedagang`, `,” tandas budi`; with no verb, the name of someone the
article quotes right after a closing mark with a comma before it: `,” Wartini, pedagang pasar,
Minggu (7/7).`, or any person's name there with a post after its comma that ends the sentence,
a role and capitalised words only: `,” Idhamsyah, Kabid Ketenagaan Disdik Kaltim.`, or before
the weekday it was said on: `…, Kabid Ketenagaan Disdik Kaltim, Senin (4/3/2024).`; a name set
off by commas after a description names the speaker of its verb:
`Salah satu pedagang, Wartini, membenarkan`). A live page's entry that opens with its time
before a dash, a bar or a colon (`2:05 PM — “…”`, `14.05 WIB - “…”`) takes no speaker from the
entry before it. A quotation inside another (`“… My question is ‘how can he make that up?’
because …”`) is part of the outer one's words: only the outer one may be reported. A round-up's
label line, a paragraph of one line and one sentence that ends with a colon, names the speaker
of the quotation that opens the next paragraph (a photo's caption may stand between), who speaks
on in the paragraph after it too, when it opens with a person's name and a word that joins it to
a topic, not to a day or a month (`— Doc Rivers on the play of his bench:`, `— Budi Santoso soal
keputusan wasit:`; lexicon `label_links`; not `Lopez on Thursday shared a letter from a mother
…:`): a name the article gives a speaker, or after the round-up's dash or bullet a name of two
words or more or one the article writes as a full name's surname (`— Davis on …:` after `Glen
Davis`); `Wall Street on edge:` and `Update on the storm:` name nobody. A role of one to
four words before a colon opening the quotation's paragraph is its unnamed source, as a
headline writes it, when every other word is capitalised or a role's qualifier (`Ireland coach:
'We showed great character …'`, `Kapolsek setempat:`), or after the role the preposition of its
body and an article (`Spokesman for the mayor:`); not `Breaking news: "…"`, `Message to the
mayor: "…"`, `Statement from the mayor: "…"`, `Chief among them: "…"`),
and so does a person's name after a colon right after the quotation that opens a headline (a
paragraph with no sentence's mark at its end), then a verb in the present or a participle or
nothing, when the article writes the surname again (`'We never stopped believing': Marta Kovac
reaches her first final`; not `'…': City Council votes …`, no person's name, nor `"Shame on
you": Christopher Luxon was heckled`, `'…': Harvey Weinstein accuser tells jury`, nor a sentence
of the body, `"…": Daniel Mercer faced a furious crowd.`), and so does a person's name opening
the quotation's paragraph before a preposition of `topic_prepositions`, what was spoken on and a
colon, when the article writes the surname again (`Good on Speakership vote: ‘I’m a no …’`, a
live page's entry, after `Rep. Bob Good`; `Jokowi soal Pilkada: “…”`).
A paragraph that stops mid-sentence after a quotation goes on in the next one, whose first
sentence may name the speaker (`"…," Hawks coach` / `Dana Whitfield said.`: a page broke the
line). A speaker with a reporting verb introduces a quotation after a comma or colon (`Siregar
menimpali, “…”`, `Reyes said: "…"`, perhaps after whom it was said to or what about: `Voss
mouthed to them: "…"`, `The mayor made a comment about the delay: "…"`; lexicon
`topic_prepositions`) or closes it (`"…," Reyes continued.`); verbs that report
speech only there (`melanjutkan`, `went on`, `continued`) do
not attribute anything else (`The
storm continued overnight. "…"` has no speaker); so do other speech acts (`They chanted: "…"`,
`A placard read: "…"`, `Spanduk itu bertuliskan: "…"`). A participle clause after a comma or a dash
(`…, saying …`, `…, adding: “…”`) reports speech for its main clause's subject, however far
back, when that subject can speak (a name or a pronoun opening the sentence, a source or a role
among its first words: `The ministry's spokesperson rejected the figures, saying …`); `adding to
the pressure` reports nothing. A quotation that ends its paragraph has the speaker the next
paragraph names in its first sentence when that paragraph opens by pointing back at it (`“I
hope I’m wrong.”` / `That’s what Judge Ann Ford said …`, `Pernyataan itu disampaikan …`; lexicon
`quotation_pointers`, with a verb of speech, `pointer_verbs`, or naming the words,
`speech_pointers`: `Those were the words of …`). A quotation that is a sentence of its own,
right after a sentence that opens with a person's full name and its verb, is that person's
(`Tomas Reyl celebrated with the fans. "We never stopped believing."`; not a storm's, a firm's or
a body's name, `Hurricane Beryl`, `Bank Mandiri`, lexicons `feature_nouns`, `firm_nouns`, nor
when the quotation opens by speaking of a third person, `“He was unstoppable …”`). A quotation
reopened in the next paragraph (a quote running over several paragraphs, in double marks or in
British single ones: `said: ‘…` / `‘…` / `‘…’`) keeps its speaker. Photo captions, a site's
notice under a salutation to its readers at the page's foot (`Dear TIME Reader,`; see KL201)
and a site's navigation or advertising lines (`Baca juga: …`, `Also Read | …`, `ADVERTISEMENT`,
a list's link with its site's name in parentheses: `* “…” (facebook.com)`) are not paragraphs: the paragraphs on
either side of one are adjacent. Short quoted terms and scare quotes (`“jalur maut”`; one to
three words with a word before the opening mark, whatever punctuation stands inside the closing
one, as in `suspicions are “groundless.”`, or in two apostrophes each side typed for double
marks, `the airspace is ''contested,'' making …`; up to six words set in a sentence, a word before the
opening mark and no sentence punctuation of their own, as in `searches for “how to stop river
flooding” doubled` or `on later flights “at no extra cost”.`; up to six in lower case set off
by commas before a list's conjunction, lexicon `list_conjunctions`: `the Revolutionary War,
“the founding of our country,” and those still serving`, `such as “killer claws,” “flipper
forelimbs,” and a “snout.”`; and a title after a word that
names one or a phrase, lexicon `title_words`, also before a colon (a notice's wording only right
after its noun, `the warning “that …”`, lexicon `notice_words`; not `received a warning: “…”`;
a person's stock phrase only after its noun and a colon, `his trademark farewell: “…”`, lexicon
`saying_nouns`),
or a few words before a link after one that names only titles and phrases, lexicons
`linked_titles`, `title_links` (not
`Her first term was “…”`): `a book entitled “…”`, `berjudul “…”`, `the slogan “…”`, `jargon:
“…”`, `Visi pasangan itu yaitu “…”`; and words in a clause set as a name, the first and one more
capitalised and the rest words a title leaves in lower case, lexicon `title_minor_words`: `their
child being “Principal for a Day”`, not `was “Tom and I are at the ER now”`) are not speech and
are not reported; nor are, set in a clause, a label or a sign quoted in capitals with no comma,
exclamation or question (`cups of "BROOKVALE FARM STRAWBERRY YOGURT"`; a shout, on its own or
`came "WE WILL NOT PAY, WE WILL NOT MOVE"`, stays speech), and codes, half the words or more
with a digit (`lot codes "LOT 4471 08:00 through 11:59"`); nor is a
quotation opening the paragraph after one that ends with a colon and names a source or says it
introduces what follows in the sentence the colon ends (`… in the following statement:`, a
question's word: `muncul pertanyaan di benak pasien:`; lexicon `introductions`; or a work's
noun before the colon: `… did release a statement:`, `… postgame interview:`), perhaps under a
topic's subhead, a short line that ends no sentence (`On the late comeback`), and after that
answer under each next subhead that opens with the same word (`On the fans`; two short lines in
a row are a list's items, no subheads); nor, in a transcript, an answer under a topic's label,
a line that opens with a word of `label_links`, capitalised, ends with a colon or a question's
mark and names no speaker (`On bringing back Tom Reyes at fly-half:`, `Soal peluang tim di
final:`; not `On Instagram, Marsh wrote:`): it is the answer
of the speaker named by the subhead over the first such answer (`Maria Okafor, head coach`, a name
perhaps with a post after a comma or a note in parentheses, not a photo's place, `(kiri)`,
`(centre)`: `Ana Silva (1st, Q3 – 1m 29.607s)`,
which names the speaker of the quotation under it on a round-up's page too); nor a quotation
that ends a block in a run of three or more blocks in a row, each a headline of at most 25
words with no sentence's mark at its end, with none of its own and words before it (a site's
list of other stories set inside the story: `How Britain’s prison system is teetering …` /
`Fostering at Christmas: ‘We once had two boys …’`); neither are
quotations in headings, captions (a caption printed in quotation marks, its photo's credit in
parentheses before the closing mark, too) or those site lines. A quotation whose words (four or more)
stand again in another paragraph that attributes them is a pull quote and is not reported;
nor is a standfirst, a first body paragraph that is only a quotation (perhaps under a byline or
a photo's caption of a few words, no sentence), whose words stand again anywhere in the body,
nor a deck in single marks under the headline, a block that is only such a quotation with no
sentence's mark at its end and no `I` or `we` (lexicons `first_person_singular`,
`first_person_plural`: `‘We lost everything’` is someone's; `World War I` is a numeral) above
the body's first paragraph of prose (not a quotation alone, and one that ends a sentence, perhaps
inside its closing mark or before a bracket, or of twelve words or more) (`‘76,539 cases
booked and Rs 47 lakh fined in 2016’`),
nor a site's link set in marks, words that open like a navigation line (`« Read the rest of
this entry »`, `“Continue reading”`; lexicon `boilerplate_prefixes`),
nor a paragraph that is only a motto or a name in quotation marks (two to eight words in title
case, no sentence's mark: a site's tagline in its footer, `“Kabar Jujur dari Pelosok Negeri”`),
nor a quotation that is all a pair of parentheses holds (a cited
headline or title: `(“Millions face new rules”)`, perhaps with its publication and date:
`(“Council to revisit meters,” Gazette, Nov. 28)`), nor a column's title (written without
quotation marks; an apostrophe is none) repeated in them as a whole paragraph before any prose
(perhaps after a byline), nor one whose sentence names the work it comes from (`… was part of
Lincoln’s Second Inaugural Address`, `dalam pidato Presiden Soekarno`), nor any quotation in an
opinion piece (labelled, or written in the first person: see KL201), which quotes as it argues;
nor the line under a transcript's label: a name (`Tom Reed, Mayor`) or an
interviewer (`Reporter`, `Q:`, `Tanya`; lexicon `interviewer_labels`), nor a quotation that opens its
paragraph after a speaker's name and a colon (`Gov. Peter Mwangi: “…”`, `Ana Silva (4th): “…”`, or
one word in mixed case the article's running text under its title writes as a name, inside a
sentence after a word in lower case or a comma at least as often as in lower case, `Apple: “…”`,
`Target: “…”` beside `the target`, not `Warning: “…”` over `a storm warning` and `a Tornado
Warning`; or after one word naming an unnamed
source or a role, perhaps after a list's bullet, `- Resident: “…”`, lexicons
`generic_sources`, `role_nouns`), nor one signed after it by a dash and a name that end its
paragraph, when it opens the paragraph (an epigraph: `“…” - Jentar. S`), or on the line below it (a
pull quote: `—Ann Lee`; a person's name of two words or more, not `— Reuters`), nor the later parts
of a quotation run on over paragraphs whose first part was not reported (`Opening statement:` /
`“…` / `“…”`); nor a quotation after a noun of words and its owner, a role or a name (lexicon
`owned_speech_nouns`: `Jawaban bupati paling ampuh, “…”`), nor after a clause that ends with a
noun of words and whose they are (lexicons `speech_nouns`, `speech_noun_links`: `in the words
of Marta Quill: “…”`, `pesan dari Rina Hartati: “…”`), nor a quotation that is all
its paragraph says when the next paragraph opens with an attributed one (`“…”` / `“…,”
jelasnya`: the run's speaker), perhaps after more paragraphs that are each only a quotation.
`data` carries `quote` (the quoted words) and `words` (how many).

## Why is this bad?
A quotation is evidence only if the reader knows whose words they are. A quote with no speaker
in reach reads as invented, or as the outlet's own view dressed as testimony.

## Example
```
Puskesmas baru itu akan melayani warga di tiga kecamatan.
“Semua pasien akan dilayani tanpa kecuali, siang maupun malam.”
```

## Use instead
```
“Semua pasien akan dilayani tanpa kecuali, siang maupun malam,” kata Kepala Puskesmas
Cibeunying Rina Hartati.
```
"""

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from klaim.article import Paragraph, navigation_line
from klaim.attribution import ParagraphAttribution, Quotation, is_person_name
from klaim.checks.unattributed_editorial_passage import writes_opinion
from klaim.context import Context
from klaim.dates import sentence_span
from klaim.lexicon import folded_words, phrase_pattern, with_english
from klaim.registry import Issue, check
from klaim.text import DOUBLE_MARKS, SINGLE_MARKS

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_REPEAT_MIN_WORDS = 4
"""The fewest words a quotation repeats for the repeat to be recognised (fewer: a phrase)."""


def _words(text: str) -> str:
    """The words of ``text``, case-folded, each between single spaces (and one at each end)."""
    return " " + " ".join(word.casefold() for word in _WORD.findall(text)) + " "


_STANDFIRST_REACH = 3
"""The body paragraphs in which a standfirst may stand (after a byline and a caption)."""
_ABOVE_STANDFIRST_WORDS = 12
"""The most words of a line a site prints above a standfirst (``Rina Wati, kabar sukamaju``)."""


class _Repeats:
    """Where a quotation's words stand again in the article, outside that quotation: a pull
    quote or a standfirst repeats words that the body gives with their speaker. Asked only of
    quotations that have no speaker, which few articles have."""

    def __init__(self, ctx: Context) -> None:
        text = ctx.article.text
        self.text = text
        body = [p for p in ctx.article.paragraphs if p.kind == "paragraph"]
        # The first body paragraph, after a few short lines a site prints above it (a byline, a
        # photo's caption): where a standfirst stands.
        first = 0
        while first + 1 < min(len(body), _STANDFIRST_REACH) and \
                len(text[body[first].start:body[first].end].split()) <= _ABOVE_STANDFIRST_WORDS and \
                text[body[first].start:body[first].end].lstrip()[:1] not in DOUBLE_MARKS and \
                text[body[first].start:body[first].end].rstrip()[-1:] not in ".!?":
            first += 1  # (not a short standfirst of its own, nor a lede's sentence)
        self.first_body = body[first].index if body else None
        self._above = first
        results = {result.index: result for result in ctx.analysis.attribution.paragraphs}
        self.paragraphs = [(p.index, p.start, p.end, results.get(p.index)) for p in body]
        self._words: list[str] | None = None
        self._by_opening: dict[str, list[int]] = {}

    def _index(self) -> list[str]:
        """Each body paragraph's words (split once), and the paragraphs filed under each run of
        their first words: a lookup per quotation, not a pass over the article."""
        if self._words is None:
            self._words = [_words(self.text[start:end]) for _, start, end, _ in self.paragraphs]
            for place, words in enumerate(self._words):
                split = words.split()
                for at in range(max(0, len(split) - _REPEAT_MIN_WORDS + 1)):
                    key = " ".join(split[at:at + _REPEAT_MIN_WORDS])
                    places = self._by_opening.setdefault(key, [])
                    if not places or places[-1] != place:
                        places.append(place)
        return self._words

    def standfirst(self, quotation: Quotation) -> bool:
        """The quotation is the whole first body paragraph (a pull quote under the headline),
        perhaps after a few short lines (up to ``_ABOVE_STANDFIRST_WORDS`` words each, in the
        first ``_STANDFIRST_REACH`` paragraphs, no sentence: a byline, a photo's caption)."""
        if quotation.paragraph != self.first_body:
            return False
        _, start, end, _ = self.paragraphs[self._above]
        return _blank(self.text, start, quotation.start) and _blank(self.text, quotation.end, end, " .")

    def repeated(self, quotation: Quotation, attributed_only: bool) -> bool:
        """Whether the quotation's words (four or more) stand again in another paragraph: one
        with attribution evidence or a quotation that has a speaker or a source, or
        (``attributed_only`` false) any other."""
        words = _words(self.text[quotation.inner_start:quotation.inner_end])
        split = words.split()
        if len(split) < _REPEAT_MIN_WORDS:
            return False
        paragraph_words = self._index()
        for place in self._by_opening.get(" ".join(split[:_REPEAT_MIN_WORDS]), ()):
            index, _, _, result = self.paragraphs[place]
            if index == quotation.paragraph or words not in paragraph_words[place]:
                continue
            if not attributed_only or (result is not None and _attributed(result)):
                return True
        return False


def _first_prose(ctx: Context) -> int:
    """The index of the body's first paragraph of prose (not a quotation alone, and one that ends
    a sentence, perhaps inside its closing mark or before a bracket, ``… service?”``, or
    of ``_PROSE_WORDS`` words or more, ``… mandatory (see table)``): the blocks above it are the
    page's head (a headline, decks, a byline)."""
    return next((p.index for p in ctx.article.paragraphs if p.kind == "paragraph"
                 and not _whole_quotation(p.text) and (
                     _ends_sentence(p.text) or len(p.text.split(None, _PROSE_WORDS)) > _PROSE_WORDS)),
        len(ctx.article.paragraphs) and ctx.article.paragraphs[-1].index + 1)


def _first_person(text: str, lang: str) -> bool:
    """Whether ``text`` speaks as ``I`` or ``we`` (lexicons ``first_person_singular`` and
    ``first_person_plural``): someone's words, no deck's summary (``‘We lost everything’``)."""
    words = folded_words(lang, "first_person_singular", "first_person_plural")
    found = _WORD.findall(text)
    return any(word.casefold().replace("’", "'") in words and not (
        word == "I" and at >= 2 and found[at - 1][:1].isupper())  # (a numeral: "World War I"; not "Now I …")
        for at, word in enumerate(found))


def _whole_quotation(text: str) -> bool:
    """Whether ``text`` is a quotation in marks and nothing else (a deck: ``‘76,539 cases …’``;
    not a lede opening with a quoted phrase, ``"Evacuate now" was the only message …``)."""
    stripped = text.strip().rstrip(".,")
    return stripped[:1] in _QUOTE_MARKS and stripped[-1:] in _QUOTE_MARKS \
        and not any(mark in stripped[1:-1] for mark in _QUOTE_MARKS if mark not in "'’")


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with a sentence's mark, perhaps before closing marks and brackets."""
    return text.rstrip().rstrip(DOUBLE_MARKS + SINGLE_MARKS + ")]").endswith((".", "!", "?", "…"))


_PROSE_WORDS = 12
"""The fewest words of a paragraph of prose that ends with no sentence's mark (a caption's credit
after the lede: ``… mandatory (Photo: File)``)."""
_QUOTE_MARKS = frozenset(DOUBLE_MARKS + SINGLE_MARKS)
"""Every quotation mark, double or single, of either shape."""


def _column_title(ctx: Context) -> tuple[frozenset[int], str] | tuple[()]:
    """The first body paragraphs (``_TITLE_REACH``: a byline may come first) and the words of a
    title written without quotation marks (a title in marks quotes someone: ``“Kami Tidak Akan
    Mundur”``; an apostrophe is no mark, ``Don’t Let Our Libraries Close``); none for a title
    in marks."""
    title = ctx.article.title.strip()
    if any(mark in title for mark in DOUBLE_MARKS) or title[:1] in "‘'" or title[-1:] in "’'":
        return ()
    first: list[int] = []
    for paragraph in [p for p in ctx.article.paragraphs if p.kind == "paragraph"][:_TITLE_REACH]:
        first.append(paragraph.index)
        if len(paragraph.text.split()) > _BYLINE_WORDS:
            break  # prose: the title is repeated before it, perhaps after a byline, or not at all
    return (frozenset(first), _words(title)) if first else ()


_TITLE_REACH = 3
"""The body paragraphs in which a column may repeat its title (before or after its byline)."""
_BYLINE_WORDS = 8
"""The most words of a byline a column's repeated title may come after (``Oleh : Rina
Kusumawati, S.Pd.``): a longer paragraph is prose."""


def _in_parentheses(text: str, quotation: Quotation) -> bool:
    """Whether the quotation is all a pair of parentheses holds, perhaps with the publication
    and the date after it: a cited headline or title (``(“…,” Gazette, Nov. 28)``)."""
    before = text[max(0, quotation.start - 2):quotation.start].rstrip()
    after = text[quotation.end:quotation.end + 3].lstrip(" .,")
    if not before.endswith("("):
        return False
    if after.startswith(")"):
        return True
    cited = _CITED_SOURCE.match(text, quotation.end)
    return cited is not None and all(word[0].isupper() for word in _CITED_WORD.findall(cited.group()))


_CITED_SOURCE = re.compile(r"[ \t]*+,?[ \t]*+[^\W\d_][\w.'’&-]*+(?:(?:[ \t]*+,[ \t]*+|[ \t]++)"
                           r"(?:[^\W\d_][\w.'’&-]*+|\d[\d.]*+)){0,7}+[ \t]*+\)")
"""A publication and a date after a cited headline, up to its closing parenthesis: capitalised
words and numbers (``, Gazette, Nov. 28)``, ``Harian Sukamaju, 22 Desember 2019)``), each word
checked apart."""
_CITED_WORD = re.compile(r"[^\W\d_][\w.'’&-]*")


_WORKS: dict[str, str] = {
    "en": "address|speech|letter|poem|book|song|novel|essay|sermon|statement|tweet|post|memo|report|column|"
          "interview|remarks",
    "id": "pidato|surat|puisi|buku|lagu|novel|esai|khotbah|pernyataan|cuitan|unggahan|memo|laporan|tulisan|"
          "wawancara",
}


@cache
def _cited_work_pattern(lang: str) -> re.Pattern[str]:
    base = lang.split("-")[0].split("_")[0]
    own = _WORKS.get(base, "")
    works = "|".join(part for part in (own, _WORKS["en"]) if part)
    # English names the owner first ("Lincoln’s Second Inaugural Address"); Indonesian after
    # the work ("pidato Presiden Soekarno", "surat Kartini").
    owner_after = rf"|\b(?i:{own})\s+(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*" if base == "id" else ""
    return re.compile(rf"\b[A-Z][\w.-]*['’]s\s+(?:[\w-]+\s+){{0,3}}(?i:{works})\b{owner_after}")


def _cited_work(text: str, quotation: Quotation, lang: str) -> bool:
    """Whether the quotation's sentence names the person's work it comes from: a line from a
    speech, a letter or a book, not something said to the reporter."""
    left, right = sentence_span(text, quotation.start, quotation.end, lang)
    pattern = _cited_work_pattern(lang)
    return any(not (quotation.start <= m.start() < quotation.end)
               for m in pattern.finditer(text, max(left, quotation.start - 300), min(right, quotation.end + 300)))


_LABEL_WORDS = 4
"""The most words of a transcript's speaker label (``Ann Lee, Reporter``)."""


def _interviewer_labels(ctx: Context) -> frozenset[int]:
    """The paragraphs right under an interviewer's label in a transcript: a heading of a few
    words with an interviewer word of the lexicon (``interviewer_labels``: ``Reporter``,
    ``Q:``, ``Ann Lee, Reporter``, ``Tanya``). The label speaks for the line below it, as a
    name does (``Tom Reed, Mayor``)."""
    words = frozenset(with_english(ctx.article.lang, "interviewer_labels"))
    paragraphs = ctx.article.paragraphs
    found = set()
    for before, after in itertools.pairwise(paragraphs):
        if before.kind == "heading" and after.kind == "paragraph":
            # The label alone ("Reporter", "Q:") or after a name and a comma ("Ann Lee, Reporter"):
            # not a subheading that merely holds such a word ("A question of trust").
            text = before.text.strip().rstrip(":").strip()
            label = text.rsplit(",", 1)[-1].strip().casefold()
            if label in words and (label == text.casefold() or len(text.split()) <= _LABEL_WORDS):
                found.add(after.index)
    return frozenset(found)


_SPEAKER_LABEL = re.compile(r"\s*(?:[A-Z][a-z]{1,5}\.\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
                            r"(?:\s*\([^()\n]{1,40}\))?\s*:\s*")
"""A speaker's name as a label before a quotation that opens its paragraph: ``Peter Mwangi:``,
``Gov. Peter Mwangi:``, ``Valtteri Bottas (4th):`` (two to four capitalised words, perhaps after
an abbreviated title, perhaps with a note in parentheses, then a colon; one word is no name:
``Update:``, ``Tulisannya:``)."""
_SOURCE_LABEL = re.compile(r"\s*(?:[-–•*]\s+)?([^\W\d_][\w'’-]*)\s*:\s*")
"""One word before a colon, perhaps after a list's bullet (``- Resident: “…”``)."""


def _source_label(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a quotation's paragraph opens with an unnamed source's or a role's word and a colon
    (``Resident: “…”``, ``- Warga: “…”``, ``Mayor: “…”``; lexicons ``generic_sources``,
    ``role_nouns``): a story's summary quotes so, naming the speaker no further."""
    found = _SOURCE_LABEL.fullmatch(text, start, end)
    return found is not None and found.group(1).casefold() in _label_words(lang)


_ONE_NAME_LABEL = re.compile(r"\s*([A-Z][a-z][\w'’-]*)\s*:\s*")
"""One capitalised word in mixed case before a colon (``Apple:``)."""


def _named_label(text: str, body: int, start: int, end: int) -> bool:
    """Whether a quotation's paragraph opens with one capitalised word and a colon that the
    article's running text, from ``body`` on, writes as a name (``Apple: “…”`` in a story that
    tells of ``Apple (AAPL)``): a company's or a person's name as a speaker's label, as ``The DOJ:
    “…”`` is; not ``Update: “…”``, ``Warning: “…”`` (the text writes ``a storm warning``)."""
    found = _ONE_NAME_LABEL.fullmatch(text, start, end)
    return found is not None and found.group(1) in _running_names(text, body)


@lru_cache(maxsize=4)
def _running_names(text: str, body: int) -> frozenset[str]:
    """The capitalised words in mixed case that ``text``, from ``body`` on (not its title), writes
    inside a sentence, after a word in lower case or a comma, a semicolon, a parenthesis or an
    apostrophe on its line (not at a sentence's start, nor after
    another capitalised word, ``Tornado Warning``, nor before a colon), at least as often as in
    lower case: names (``shares in Target`` beside ``the target``, ``antara Bagus Prasetyo``
    beside ``dinilai bagus``; found once per text)."""
    lower: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    previous = "."
    for found in _TOKEN.finditer(text, body):
        token = found.group()
        if token == "\n":
            previous = "."  # (a line's first word opens its sentence, whatever ends the line before)
            continue
        if token[0].islower():
            lower[token.casefold()] += 1
        elif token[0].isupper() and token[1:2].islower() and (previous[0].islower() or previous in ",;)’'") \
                and not _COLON_NEXT.match(text, found.end()):
            inner[token] += 1
        previous = token
    return frozenset(word for word, count in inner.items() if count >= lower[word.casefold()])


_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+|[^\w\s]|\n")
"""A word, a number, a mark or a line break."""
_COLON_NEXT = re.compile(r"[^\S\n]*:")
"""A colon after a word (a label's)."""


@cache
def _label_words(lang: str) -> frozenset[str]:
    return folded_words(lang, "generic_sources", "role_nouns", one_word=True)


_SIGNED_AFTER = re.compile(r"[ \t]*[-–—][ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*")
"""A dash and a name (up to four capitalised words) ending the paragraph after a quotation: its
speaker, as an epigraph signs it (``“…” - Jentar. S``, ``“…” — Rudi Hartono``)."""
def _signed(text: str, lang: str) -> bool:
    """Whether ``text`` is only a dash and a person's name of two to four words (``- Jentar. S``,
    ``—Ann Lee``; not an agency's or a place's, ``— Reuters``, ``- Desa Sukamaju``)."""
    found = _SIGNED_AFTER.fullmatch(text)
    if found is None:
        return False
    words = text.strip().lstrip("-–—").split()
    # (initials are part of a signature: "Jentar. S", "Ann B. Lee")
    named = " ".join(word.rstrip(".") for word in words if len(word.rstrip(".")) > 1)
    return len(words) >= 2 and bool(named) and is_person_name(named, lang)


def _signed_below(paragraphs: Sequence[Paragraph], position: int, lang: str) -> bool:
    """Whether the block after the one at ``position`` is only a dash and a person's name
    (``—Ann Lee``): the signature of the quotation above it."""
    return position + 1 < len(paragraphs) and _signed(paragraphs[position + 1].text, lang)


_SPEAKER_LABEL_REACH = 60
"""The most characters of such a label (longer: no label, and the test is not made)."""
@cache
def _words_of(lang: str) -> re.Pattern[str] | None:
    """Whose words follow, named at the end of the clause that introduces them, after a noun of
    words and a link (lexicons ``speech_nouns``, ``speech_noun_links``): ``in the words of Marta
    Quill: “…”``, ``a message from Gov. Peter Mwangi: “…”``, ``pesan dari Rina Hartati: “…”``
    (not ``The latest word from City Hall: “…”``)."""
    nouns, links = with_english(lang, "speech_nouns"), with_english(lang, "speech_noun_links")
    if not nouns or not links:
        return None
    return re.compile(rf"(?<![^\W\d_])(?i:{_alternation(nouns)})\s+(?i:{_alternation(links)})\s+"
                      r"(?:[A-Z][a-z]{1,5}\.\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*:\s*\Z")


@cache
def _owned_words_pattern(lang: str) -> re.Pattern[str] | None:
    """A noun of words, its owner right after it and a few words more, then a comma or a colon
    before the quotation (lexicon ``owned_speech_nouns``: ``Jawaban bupati paling ampuh, “…”``,
    ``Pesan Rina: “…”``)."""
    nouns = with_english(lang, "owned_speech_nouns")
    if not nouns:
        return None
    return re.compile(rf"(?<![^\W\d_])(?i:{_alternation(nouns)})"
                      r"\s+([^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*){0,3}\s*[,:]\s*\Z")


def _alternation(words: Sequence[str]) -> str:
    """Words as a regular expression's alternatives, the longest first."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def _owned_words(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the words before a quotation name whose words it gives (:func:`_owned_words_pattern`):
    the owner a role (lexicon ``role_nouns``, ``generic_sources``) or a capitalised name."""
    pattern = _owned_words_pattern(lang)
    found = pattern.search(text, start, end) if pattern is not None else None
    if found is None:
        return False
    owner = found.group(1)
    return owner[:1].isupper() or owner.casefold() in _label_words(lang)


_ASIDES = ("caption", "boilerplate")


def _introduced(ctx: Context, results: dict[int, ParagraphAttribution]) -> frozenset[int]:
    """The paragraphs after a paragraph that ends with a colon (or a semicolon typed for one) and
    names a source or says it introduces what follows (``… in the following statement:``,
    ``Berikut petikannya:``; lexicon ``introductions``, a work's noun before the colon, ``… did
    release a statement:``, or attribution evidence in ``results``, each paragraph's attribution
    by its index; the introduction's word in the sentence that ends with the colon): a quotation
    opening the next paragraph is what it introduced, perhaps under a topic's subhead (``Here are
    the highlights from Rice’s postgame interview:`` / ``On the late comeback`` / ``“…”``; a
    line of up to ``_SUBHEAD_WORDS`` words that ends no sentence). ``The
    message was blunt:`` names no one."""
    text = ctx.article.text
    introductions = _introductions(ctx.article.lang)
    found = set()
    previous = None
    # An introduction over a topic's subhead introduces the paragraph under it, and after that
    # answer a subhead of the same shape goes on with it: an interview's highlights, topic by
    # topic ("On the late comeback" / "“…”" / "On the fans" / "“…”"). Two short lines in a row
    # are a list's items, no subheads.
    state = _NONE
    shape = ""  # (the first word of the run's first subhead: the next must open with it too)
    for paragraph in ctx.article.paragraphs:
        if paragraph.kind in _ASIDES:
            continue  # (a caption or a site's line between two paragraphs leaves them adjacent)
        if previous is not None and previous.kind == "paragraph" and state in (_NONE, _ANSWERED):
            before = text[previous.start:previous.end].rstrip()
            result = results.get(previous.index)
            if before.endswith((":", ";")) and (
                    (result is not None and _attributed(result)) or
                    (introductions is not None and introductions.search(before, _last_sentence(before)) is not None)
                    or _work_before_colon(ctx.article.lang).search(before) is not None):
                state, shape = _INTRODUCED, ""
        line = text[paragraph.start:paragraph.end].strip()
        subhead = paragraph.kind == "heading" or (
            line[-1:] not in _SENTENCE_ENDS and len(line.split(None, _SUBHEAD_WORDS)) <= _SUBHEAD_WORDS)
        opening = line.split(None, 1)[0].casefold() if line else ""
        if subhead:
            if state == _INTRODUCED or (state == _ANSWERED and opening == shape):
                state, shape = _UNDER_SUBHEAD, shape or opening
            else:
                state = _NONE  # (a second short line in a row: a list's item)
        elif state in (_INTRODUCED, _UNDER_SUBHEAD):
            if paragraph.kind == "paragraph":
                found.add(paragraph.index)
            state = _ANSWERED if state == _UNDER_SUBHEAD else _NONE
        else:
            state = _NONE
        previous = paragraph
    return frozenset(found)


def _last_sentence(text: str) -> int:
    """Where the last sentence of ``text`` starts (after the last mark that ends one: after a
    word in lower case, or a question's or an exclamation's mark; not an abbreviation's full stop,
    ``kantor PT. Sukamaju Jaya:``): an introduction names what follows in the sentence that ends
    with the colon ("Tahun ini jawabannya datang:" introduces no one's words, whatever question
    the sentence before asked)."""
    last = 0
    for found in _SENTENCE_BREAK.finditer(text):
        last = found.end()
    return last


_SENTENCE_BREAK = re.compile(r"(?:(?<!\w)[^\W_A-Z]{3,}\.|[?!])[\"”’')]*[ \t]+(?=\S)")
"""A sentence's end inside a paragraph: a full stop after a word in lower case or a number, of
three characters or more, or a question's or an exclamation's mark, perhaps inside a quotation
or parentheses."""


@cache
def _work_before_colon(lang: str) -> re.Pattern[str]:
    """A work's noun right before a paragraph's closing colon (``the clinic did release a
    statement:``, ``wrote in a letter:``): what follows is the work's text."""
    base = lang.split("-")[0].split("_")[0]
    works = "|".join(part for part in (_WORKS.get(base, ""), _WORKS["en"]) if part)
    return re.compile(rf"(?<![^\W\d_])(?i:{works})\s*[:;]\Z")


@cache
def _introductions(lang: str) -> re.Pattern[str] | None:
    """The lexicon's ``introductions`` of ``lang`` and English, as whole words in any case."""
    return phrase_pattern(with_english(lang, "introductions"))


_SENTENCE_ENDS = ".!?…:;)" + DOUBLE_MARKS
_NONE, _INTRODUCED, _UNDER_SUBHEAD, _ANSWERED = range(4)
"""Where :func:`_introduced` stands: under no introduction; right under one; under a topic's
subhead below it; after the answer under that subhead (a subhead of the same shape goes on)."""
_SUBHEAD_WORDS = 12
"""The most words of a topic's subhead under an introduction (:func:`_introduced`)."""


_HEADLINE_WORDS = 25
"""The most words of a block read as another story's headline in a run of them."""
_HEADLINE_RUN = 3
"""The fewest blocks in a row, each a headline, that make a list of other stories' headlines."""
_HEADLINE_END = re.compile(r"[.!?…:;,]['’\"”)]*\s*\Z")
"""A block's end that a sentence gives it: a headline's has none."""


def _headline_like(paragraph: Paragraph) -> bool:
    """Whether a block reads as a story's headline: a paragraph or a heading of a few words with
    no sentence's mark at its end (``How Britain’s prison system is teetering on the brink of
    collapse``)."""
    return paragraph.kind in ("paragraph", "heading") and len(paragraph.text.split()) <= _HEADLINE_WORDS \
        and _HEADLINE_END.search(paragraph.text) is None


def _among_headlines(paragraphs: Sequence[Paragraph], at: int, text: str, quotation: Quotation) -> bool:
    """Whether the quotation ends a block that stands in a run of other stories' headlines, a
    site's list of links set inside the story (``_HEADLINE_RUN`` blocks in a row or more, each
    :func:`_headline_like`: ``How Britain’s prison system is teetering …`` / ``Fostering at
    Christmas: ‘We once had two boys …’``), with no sentence's mark of its own and its topic
    before it."""
    if not _blank(text, quotation.end, paragraphs[at].end) or not _headline_like(paragraphs[at]) \
            or _blank(text, paragraphs[at].start, quotation.start) \
            or text[quotation.inner_end - 1:quotation.inner_end] in (".", "!", "?", "…"):
        return False  # (a headline names its topic before the quotation; a bare one is the story's)
    first = last = at
    while first > 0 and _headline_like(paragraphs[first - 1]):
        first -= 1
    while last + 1 < len(paragraphs) and _headline_like(paragraphs[last + 1]):
        last += 1
    return last - first + 1 >= _HEADLINE_RUN


def _broken_off(ctx: Context, at: int, quotation: Quotation, results: dict[int, ParagraphAttribution]) -> bool:
    """Whether the quotation's paragraph (``ctx.article.paragraphs[at]``) goes on after it for a
    few words, none a function word but a determiner, and stops mid-sentence, with no sentence
    punctuation (nor a closing parenthesis) at its end, and the next paragraph names a speaker or
    has a reporting verb among its first words: a page broke the line there (``"…," Hawks coach``
    / ``Dana Whitfield said.``), and the sentence with its speaker goes on below (not ``"…" and
    other slogans`` / ``Mayor Ann Lee said …``, a new sentence)."""
    paragraphs, text = ctx.article.paragraphs, ctx.article.text
    if paragraphs[at].end - quotation.end > _BROKEN_TAIL_CHARS:
        return False  # more than a few words (and no copy of a long paragraph's rest per quotation)
    tail = text[quotation.end:paragraphs[at].end].rstrip()
    if not tail.strip() or tail[-1] in _SENTENCE_ENDS or len(tail.split()) > _BROKEN_TAIL_WORDS \
            or at + 1 >= len(paragraphs):
        return False
    function = _function_words(ctx.article.lang)
    if any(word.casefold() in function for word in _TAIL_WORD.findall(tail)):
        return False  # a clause of the writer's goes on: '"…" and other slogans', '"…" dalam rapat itu'
    following = paragraphs[at + 1]
    result = results.get(following.index)
    if following.kind != "paragraph" or result is None:
        return False
    # (the speaker or the verb among the first words below: the broken sentence goes on there)
    head = _HEAD_WORDS.match(text, following.start, following.end)
    stop = head.end() if head is not None else following.start
    return any(m.start < stop for m in result.speakers) or any(
        e.start < stop for e in result.attribution if e.category in ("reporting_verb", "attribution_phrase"))


@cache
def _quotation_pointers(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None,
                                            re.Pattern[str] | None]:
    """The lexicon's ``quotation_pointers``, ``speech_pointers`` and ``pointer_verbs`` of ``lang``
    and English, as whole words in any case (typographic apostrophes too)."""
    def pattern(category: str) -> re.Pattern[str] | None:
        phrases = with_english(lang, category)
        return phrase_pattern([*phrases, *(p.replace("'", "’") for p in phrases if "'" in p)])
    return pattern("quotation_pointers"), pattern("speech_pointers"), pattern("pointer_verbs")


def _pointed_back(ctx: Context, at: int, quotation: Quotation, results: dict[int, ParagraphAttribution]) -> bool:
    """Whether the quotation ends its paragraph (``ctx.article.paragraphs[at]``) and the next
    paragraph opens by pointing back at it (lexicon ``quotation_pointers``: ``That's what``,
    ``Pernyataan itu``), and its first sentence has a verb that says the words were spoken or
    written (lexicon ``pointer_verbs``: ``said``, ``disampaikan``; not ``denied``, ``dibantah``,
    whose subject answers the quotation) with a speaker right before or after it, its agent:
    ``“I hope I’m wrong.”`` / ``That’s what Judge Stephen Dougherty said …`` (not ``… explained to
    Mayor Ann Ford``)."""
    paragraphs, text = ctx.article.paragraphs, ctx.article.text
    if not _blank(text, quotation.end, paragraphs[at].end, " .\n"):
        return False
    later = at + 1
    while later < len(paragraphs) and paragraphs[later].kind in _ASIDES:
        later += 1
    pointers, speech, verbs = _quotation_pointers(ctx.article.lang)
    if later >= len(paragraphs):
        return False
    following = paragraphs[later]
    result = results.get(following.index)
    if result is None:
        return False
    # ("Those were the words of Mayor Ann Ford": the pointer says the words were spoken)
    opening = speech.match(text, following.start, following.end) if speech is not None else None
    if opening is None:
        opening = pointers.match(text, following.start, following.end) if pointers is not None else None
        if opening is None or verbs is None:
            return False
    end = _SENTENCE_BREAK.search(text, opening.end(), following.end)
    stop = end.start() if end is not None else following.end
    speakers = [m for m in result.speakers if opening.end() <= m.start < stop]
    if opening.re is not pointers:
        return bool(speakers)  # "Those were the words of Mayor Ann Ford"
    # The verb's agent: the name right before it ("Judge Ann Lee said") or right after it
    # ("disampaikan Wali Kota …"), with no other words between (not "explained to Mayor …").
    verb = verbs.search(text, opening.end(), stop) if verbs is not None else None
    return verb is not None and any(
        _AGENT_GAP.fullmatch(text, m.end, verb.start()) or _AGENT_GAP.fullmatch(text, verb.end(), m.start)
        for m in speakers)


_AGENT_GAP = re.compile(r"[ \t]*+(?:oleh[ \t]++|by[ \t]++)?")
"""What may stand between a verb of speech and its agent: a space, or the passive's ``oleh``, ``by``."""
_BROKEN_TAIL_WORDS = 6
"""The most words after a quotation before a line broken mid-sentence (``the Hawks``,
``Springfield Hawks assistant pitching coach``)."""
_BROKEN_TAIL_CHARS = 200
"""The most characters of those words with what stands between them (:func:`_broken_off`)."""
_BROKEN_WORDS = 4
"""The most words at the head of the next paragraph where the speaker or the verb stands
(``Dana Whitfield said``)."""
_HEAD_WORDS = re.compile(rf"\s*(?:\S+\s+){{0,{_BROKEN_WORDS - 1}}}\S+")
_TAIL_WORD = re.compile(r"[^\W\d_]+")


@cache
def _function_words(lang: str) -> frozenset[str]:
    """The lexicon's ``function_words`` of ``lang`` and English, but determiners
    (``source_determiners``: ``the Hawks`` may open a speaker's description)."""
    return frozenset(word.casefold() for word in with_english(lang, "function_words")) - frozenset(
        word.casefold() for word in with_english(lang, "source_determiners"))


def _attributed_next(ctx: Context, at: int, quotation: Quotation,
                     results: dict[int, ParagraphAttribution]) -> bool:
    """Whether the quotation is all its paragraph (``ctx.article.paragraphs[at]``) says and the
    next paragraph opens with a quotation that has a speaker or a source (``“…”`` / ``“…,”
    jelasnya``), perhaps after more paragraphs that are each only a quotation (``"…`` / ``"…`` /
    ``"…," kata Rina``, up to ``_RUN_REACH``): the same speaker goes on, attributed at the end of
    the run. A crosshead in single marks (``_CROSSHEAD_WORDS`` words at most, no sentence's mark,
    nothing after it: ``‘He doesn’t get it’``; not ``“…”.``) over a paragraph with a quotation that
    has a speaker or a source anywhere is that speaker's too."""
    text = ctx.article.text
    paragraphs = ctx.article.paragraphs
    for _ in range(_RUN_REACH):
        own = paragraphs[at]
        if not _blank(text, own.start, quotation.start) or not _blank(text, quotation.end, own.end, " .\n"):
            return False
        later = at + 1
        while later < len(paragraphs) and paragraphs[later].kind in _ASIDES:
            later += 1
        if later >= len(paragraphs) or paragraphs[later].kind != "paragraph":
            return False
        following = paragraphs[later]
        result = results.get(following.index)
        if result is None or not result.quotations:
            return False
        first = result.quotations[0]
        if text[following.start:first.start].strip():
            # A crosshead in marks, a few words with no sentence's mark ("‘He doesn’t get it’"),
            # over a paragraph that quotes someone it names: that speaker's words, as a heading.
            inner = text[quotation.inner_start:quotation.inner_end].strip()
            return text[quotation.start] in SINGLE_MARKS and _blank(text, quotation.end, own.end) \
                and len(inner.split()) <= _CROSSHEAD_WORDS and not inner.endswith((".", "!", "?", ",")) \
                and any(q.speaker is not None or q.source is not None for q in result.quotations)
        if first.speaker is not None or first.source is not None:
            return True
        at, quotation = later, first  # a lone quotation again: the run goes on
    return False


_CROSSHEAD_WORDS = 8
"""The most words of a crosshead set in quotation marks over the paragraph that quotes its speaker."""


def _slogan(words: str, lang: str) -> bool:
    """Whether quoted words are a motto or a name in title case, no sentence: two to
    ``_SLOGAN_WORDS`` words, no sentence's mark, not all in capitals, every word capitalised but
    the function words
    (``Kabar Jujur dari Pelosok Negeri``, ``Menyuarakan Hati untuk Kebenaran``)."""
    split = words.split()
    if not 2 <= len(split) <= _SLOGAN_WORDS or _SLOGAN_MARK.search(words) or words.isupper():
        return False  # (all in capitals: shouted, "SAYA TIDAK BERSALAH")
    function = _function_words(lang)
    return split[0][:1].isupper() and all(word[:1].isupper() or word.casefold() in function for word in split[1:])


_SLOGAN_WORDS = 8
"""The most words of a motto set in quotation marks on a line of its own."""
_SLOGAN_MARK = re.compile(r"[.!?,;:…]")
"""A sentence's or a clause's mark, which no motto holds."""

_RUN_REACH = 8
"""The most paragraphs of lone quotations read on for the one that names their speaker."""


def _blank(text: str, start: int, end: int, chars: str | None = None) -> bool:
    """``not text[start:end].strip(chars)``, read from ``start`` only as far as the first other
    character: a paragraph's many quotations each ask it (no slice of the paragraph each time)."""
    at = start
    if chars is None:
        while at < end and text[at].isspace():
            at += 1
    else:
        while at < end and text[at] in chars:
            at += 1
    return at >= end


def _attributed(result: ParagraphAttribution) -> bool:
    return bool(result.attribution or result.speakers) or any(
        q.speaker is not None or q.source is not None for q in result.quotations)


@check("KL204", "quote-without-speaker", "warning")
def quote_without_speaker(ctx: Context) -> Iterator[Issue]:
    """Yield one issue per quotation of speech with neither a speaker nor a source in reach."""
    text = ctx.article.text
    kinds = {p.index: p.kind for p in ctx.article.paragraphs}
    repeats: _Repeats | None = None
    labels: frozenset[int] | None = None
    introduced: dict[int, int] = {}  # (paragraph index: its start, found with the labels)
    opinion: bool | None = None  # (read only for an article with a quotation to report: few have one)
    title: tuple[frozenset[int], str] | tuple[()] | None = None  # (the first body blocks, the title's words)
    prose: int | None = None  # (the index of the body's first paragraph of prose)
    # A quotation run on from the paragraph before (opened there, not closed: the newsroom's
    # convention) whose opening part was not reported is not reported in its later paragraphs
    # either: "Opening statement:" / "“This was a big win …" / "“Our defense played hard …”".
    carried = False
    reported: set[int] = set()
    openings: dict[int, int] | None = None  # (paragraph index: its start, made when first needed)
    for result in ctx.analysis.attribution.paragraphs:
        if kinds.get(result.index) != "paragraph":
            continue
        # (the quotation left open at the paragraph's end, whatever quotation inside it follows)
        continued = next((q for q in reversed(result.quotations) if q.continued), None)
        carry, carried = carried, continued is not None and continued.start not in reported
        farthest = -1  # (where the quotations before this one end, at the farthest: they are in order)
        for quotation in result.quotations:
            inside, farthest = farthest >= quotation.end, max(farthest, quotation.end)
            if carry and quotation is result.quotations[0]:
                if openings is None:
                    openings = {p.index: p.start for p in ctx.article.paragraphs}
                if not text[openings[result.index]:quotation.start].strip():
                    continue  # the quotation the paragraph before opened, and nobody missed its speaker there
            if not quotation.is_speech or quotation.speaker or quotation.source:
                continue
            if inside:
                continue  # "… My question is 'how can he …?' because …": the outer quotation's words
            if _in_parentheses(text, quotation):
                continue  # a cited headline or title: "(“Millions face new rules”)"
            if _cited_work(text, quotation, ctx.article.lang):
                continue  # "… was part of Lincoln’s Second Inaugural Address"
            if navigation_line(text[quotation.inner_start:quotation.inner_end], ctx.article.lang, notices=False):
                continue  # "« Read the rest of this entry »": a site's link, set in marks
            if labels is None:
                labels = _interviewer_labels(ctx)
                starts = {p.index: p.start for p in ctx.article.paragraphs}
                ends = {p.index: p.end for p in ctx.article.paragraphs}
                positions = {p.index: at for at, p in enumerate(ctx.article.paragraphs)}
                by_index = {r.index: r for r in ctx.analysis.attribution.paragraphs}
                introduced = {index: starts[index] for index in _introduced(ctx, by_index)}
                body_start = ctx.article.paragraphs[0].start if ctx.article.paragraphs else 0
            if result.index in labels:
                continue  # a transcript: the interviewer's line, under "Reporter" or "Tanya"
            if _blank(text, starts[result.index], quotation.start) and _blank(text, quotation.end, ends[result.index]) \
                    and _slogan(text[quotation.inner_start:quotation.inner_end], ctx.article.lang):
                continue  # a site's motto on a line of its own: "“Kabar Jujur dari Pelosok Negeri”"
            if title is None:
                title = _column_title(ctx)
            if title and result.index in title[0] and _blank(text, starts[result.index], quotation.start) \
                    and _blank(text, quotation.end, ends[result.index], " .") \
                    and _words(text[quotation.inner_start:quotation.inner_end]) == title[1]:
                continue  # a column's title, repeated in quotation marks as its first block
            if text[quotation.start] in SINGLE_MARKS and _blank(text, starts[result.index], quotation.start) \
                    and _blank(text, quotation.end, ends[result.index]) \
                    and not text[quotation.inner_start:quotation.inner_end].rstrip().endswith((".", "!", "?", ",")):
                if prose is None:
                    prose = _first_prose(ctx)
                if result.index < prose and not _first_person(text[quotation.inner_start:quotation.inner_end],
                                                              ctx.article.lang):
                    continue  # a deck in single marks under the headline: "‘76,539 cases booked in 2016’"
            if result.index in introduced and not text[introduced[result.index]:quotation.start].strip():
                continue  # opening the paragraph after "… in the following statement:"
            if quotation.start - starts[result.index] <= _SPEAKER_LABEL_REACH and (
                    _SPEAKER_LABEL.fullmatch(text, starts[result.index], quotation.start)
                    or _source_label(text, starts[result.index], quotation.start, ctx.article.lang)
                    or _named_label(text, body_start, starts[result.index], quotation.start)):
                continue  # "Gov. Peter Mwangi: “…”", "- Resident: “…”": the label says who speaks
            if _blank(text, starts[result.index], quotation.start) and (
                    _signed(text[quotation.end:ends[result.index]], ctx.article.lang) or (
                        _blank(text, quotation.end, ends[result.index], " .")
                        and _signed_below(ctx.article.paragraphs, positions[result.index], ctx.article.lang))):
                continue  # "“…” - Jentar. S", "“…”" / "—Ann Lee": an epigraph or a pull quote, signed
            reach = max(starts[result.index], quotation.start - _SPEAKER_LABEL_REACH)
            words_of = _words_of(ctx.article.lang)
            if (words_of is not None and words_of.search(text, reach, quotation.start)) or \
                    _owned_words(text, reach, quotation.start, ctx.article.lang):
                continue  # "in the words of Marta Quill: “…”", "Jawaban bupati paling ampuh, “…”"
            if _attributed_next(ctx, positions[result.index], quotation, by_index):
                continue  # “…” / “…,” jelasnya: the speaker's next quotation names them
            if _pointed_back(ctx, positions[result.index], quotation, by_index):
                continue  # “…” / "That's what Judge Ann Ford said …": the next paragraph names the speaker
            if _broken_off(ctx, positions[result.index], quotation, by_index):
                continue  # '"…," Hawks coach' / 'Dana Whitfield said.': a line broken mid-sentence
            if _among_headlines(ctx.article.paragraphs, positions[result.index], text, quotation):
                continue  # "Fostering at Christmas: ‘We once had …’" among other stories' headlines
            if repeats is None:
                repeats = _Repeats(ctx)
            if repeats.repeated(quotation, attributed_only=not repeats.standfirst(quotation)):
                continue  # a pull quote: the body gives these words with their speaker
            if opinion is None:
                opinion = writes_opinion(ctx)
            if opinion:
                return  # a column quotes as it argues: imagined dialogue, a remembered saying
            quoted = " ".join(text[quotation.inner_start:quotation.inner_end].split())
            reported.add(quotation.start)
            if quotation is continued:
                carried = False
            yield Issue("quotation has no speaker in its paragraph or the one before",
                        ctx.article_span(quotation.start, quotation.end),
                        data={"quote": quoted, "words": len(quoted.split())})
