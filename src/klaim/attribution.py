"""Paragraph attribution: who says what, and which passages speak in the outlet's own voice.

A news report attributes what it says to a person, an institution or a document. This module
reads each paragraph once and records, as spans of the article text:

- **attribution** evidence: reporting verbs (``mengatakan``, ``said``; a short postposed verb
  such as ``kata`` or ``jelas`` only when a speaker follows it; a verb that reports speech only
  next to a quotation, such as ``melanjutkan`` or ``went on``, only when it opens one after a
  comma or colon or closes one; a participle such as ``saying`` or ``adding`` after a comma, for
  the main clause's subject when it can speak), attribution phrases (``menurut``, ``dalam keterangan
  tertulis``, ``according to``), a document or institution as the subject of a reporting verb,
  a pronoun continuing the previous paragraph's speaker (``Ia menambahkan``, ``He added``), a
  reference to a named source's statement (``pernyataan Peskov``, ``Peskov's remarks``) and
  quotations with a speaker. A reporting verb reports nothing where it is a noun (``the
  reports``), commanded (``Jangan berdalih``), owed (after a modal of obligation, ``harus
  menjelaskan``, ``must say why``), the outlet's own (after its "we", ``Kita berharap``), part
  of another word (``seterang-terangnya``, ``long-promised``) or of a name (``the United
  States``) or of an idiom (``meminta
  maaf``, ``say sorry``);
- **editorial** evidence: evaluative, normative, prescriptive and assertive phrases, claims of
  significance, generalising abstractions, commentary connectives, hedged certainty, a
  first-person-plural voice and the reader addressed as "you", matched only *outside*
  quotation marks: a speaker may argue, the report may not. Two weak kinds are read from a
  sentence's shape rather than listed: a stance (one word with an attitude adverb's ending
  before a comma opening a sentence, ``Brazenly,``, unless it only joins or times what
  follows, ``Additionally,``) and a contrast (a negation that corrects, ``repairs, not
  excuses``, ``bukan X, melainkan Y``). An attribution word inside an
  editorial phrase (``needless to say``, ``it should be noted``) is the outlet speaking and
  does not count as attribution, except a document verb after a source (``laporan itu
  menunjukkan lemahnya …``): the report found it;
- **concrete** reported facts: numbers, dates, relative time expressions (hard facts), and
  quantity words, places, titled persons and background markers (soft facts). A quantity word
  inside an idiom (``half-hearted``, ``setengah hati``) states no quantity, and one amount in
  several words (``puluhan miliar``) is one;
- speaker mentions (a name, with the role that titles it), quotations and the quotation marks
  that have no partner. A role is a noun phrase next to the name: it ends at a finite verb, a
  clause word or a preposition after words that qualify no role (``The speaker received a letter
  from Tom Becker`` titles nobody). A police or military rank titles a person like a role and is
  no part of the name (``kata Kombes Pol Djamal Renhoat`` names Djamal Renhoat). A name never
  begins with a place the article names elsewhere (``di Bandung``) or with an organisation word
  (``Dinas``, ``Unit``, ``University``): in ``General Manager PLN Unit Distribusi Bandung Gita
  Tanjung`` the name is ``Gita Tanjung``. A lone word the article uses as a place is no person
  either (``wali kota Bandung``), unless a full name of the article ends with it, or a name
  of two words begins with it (``Ansyar Sutiadi``, then ``Ansyar mengatakan``).

The words come from the per-language lexicons (``klaim/lexicons/<lang>.yaml``); countries and
languages come from CLDR through Babel. Phrases match whole words, case-insensitively, on a
token stream, so matching is linear in the text: no regular expression here backtracks. Each
paragraph's tokens are looked up once in one dict of phrase-initial words (``_StartIndex``); a
phrase index then walks its trie only from the tokens where one of its phrases can start.

Decision rule (KL201)
---------------------
Each distinct piece of evidence has a weight: strong editorial categories (evaluative,
normative, prescriptive, assertive, and a command opening a sentence) weigh 2, weak ones 1;
reporting verbs, attribution phrases, source references and a person named next to a
reporting verb (``kata Jokowi``: the paragraph carries their reported speech; looked for only
where there is editorial evidence) and a passive appeal (``Warga diimbau …``, ``Residents are
asked to …``: what follows is the appeal's content; no source of a quotation) weigh 2,
institution subjects, pronoun continuations, agentless passives and attributed quotations 1;
each soft concrete fact weighs 1. Numbers include ordinals and decades (``3rd``, ``ke-3``,
``50s``, ``80-an``). With ``E``, ``A`` and ``C`` the sums, a passage is editorial when all of
these hold:

1. it is a body paragraph (headings, datelines, captions and boilerplate lines never are);
2. ``E >= 2`` with at least one strong piece of evidence, or ``E >= 3`` from weak evidence
   in two or more categories, or editorial evidence in a paragraph that speaks only in the
   abstract: two sentences or more with no attribution, no concrete fact, no quotation and no
   capitalised word inside a sentence (no name, place or institution). There one phrase is
   enough, but what a tip or a service notice carries too counts for nothing (the reader
   addressed, "we": ``Pastikan kendaraan Anda …``), and an obligation, a contrast or a hedge
   is not enough, alone or together (``Sebaiknya bawa payung``; a corrected fact; ``Perhaps
   his greatest love was the garden``);
3. it states no hard concrete fact (a number, a date, a time expression), unless its
   editorial evidence is overwhelming: ``A = 0``, ``E >= 4`` and ``E >= 2C``, in two categories or more,
   in the outlet's own voice (the paragraph before tells of no speech it does not give, lexicon
   ``speech_events``; no perspective opens it, ``For the families,``, lexicons
   ``perspective_openers``, ``perspective_exclusions``);
4. ``E > A + C``.

A paragraph all in parentheses or brackets right after one that quotes speech in another
language is the quotation's translation, in the speaker's voice: never editorial (the paragraph
reads as the article's language, the quotation does not: its share of the language's common
words is under a third of the paragraph's).

``score`` is ``E - A - C``. A precise rule is preferred to a sensitive one: a false flag on
ordinary attributed reporting or factual background costs editors' trust. Weak evidence alone
needs weight 3: two weak phrases (``unfortunately`` and ``troubling``, say) are common in plain
reporting, next to a name or a figure. A paragraph with neither, of two sentences or more, that
cites no one is another matter: news tells who did what, where and how many; a passage that
tells none of it and hedges, corrects or asks is the outlet's own. The writer's attitude adverbs
(``sadly``, ``regrettably``, ``sayangnya``, ``ironisnya``) are evaluative, strong evidence, not
hedges.

The results (mentions, evidence, analyses) are slotted dataclasses, equal and hashable by value,
that nothing changes once they are made: checks read them as data. They are not frozen, because
a frozen dataclass pays a function call per field to build one, and a big archive builds
millions (about a seventh of the analysis time); a test holds every check to leaving them as
they were.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from operator import attrgetter
from typing import Protocol, TypeVar

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names

from klaim.calendar_names import calendar_names
from klaim.dates import sentence_span
from klaim.lexicon import folded_words, lexicon, phrase_pattern, with_english
from klaim.text import (
    CLOCK,
    CLOSING_DOUBLE_MARK,
    DOUBLE_MARKS,
    GUILLEMETS,
    OPENING_DOUBLE_MARKS,
    PROSE_WORD,
    SINGLE_MARKS,
    STRAIGHT_DOUBLE_MARK,
)

__all__ = [
    "ATTRIBUTION_WEIGHTS",
    "CONCRETE_WEIGHTS",
    "EDITORIAL_MIN",
    "EDITORIAL_WEIGHTS",
    "WEAK_EDITORIAL_MIN",
    "AttributionAnalysis",
    "Evidence",
    "ParagraphAttribution",
    "ParagraphLike",
    "Quotation",
    "SpeakerMention",
    "analyse_attribution",
    "fold_name",
    "is_person_name",
    "name_relation",
    "office_changes",
    "role_groups",
    "roles_conflict",
    "strip_ranks",
    "time_qualified",
]

# --- weights of the decision rule --------------------------------------------------------------

EDITORIAL_WEIGHTS: Mapping[str, int] = {
    "evaluative": 2, "normative": 2, "prescriptive": 2, "assertive": 2, "imperative": 2, "interjection": 2,
    "significance": 1, "generalising": 1, "framing": 1, "hedged_certainty": 1,
    "outlet_voice": 1, "obligation": 1, "rhetorical": 1, "reader_address": 1,
    "stance": 1, "contrast": 1,
}
"""Editorial categories (lexicon ``editorial_<name>``) and their weight. ``rhetorical`` has no
lexicon entries: it is a question or an exclamation in the outlet's own voice (see
``_Reader.collect_rhetorical``). ``imperative`` and ``interjection`` count only where they open a
sentence (``_SENTENCE_OPENERS``): a sentence that begins with a command (``Spare us the
excuses``, ``Copot …``) or an exclamation (``Good grief,``) has no subject that could be its
source."""
_SENTENCE_OPENERS = frozenset({"imperative", "interjection"})
_READER_ADDRESS = "reader_address"
_SERVICE = frozenset({_READER_ADDRESS, "outlet_voice"})
"""Editorial categories that count for nothing in an abstract paragraph (``_decide``): a tip or
a service notice speaks to its readers (``Pastikan Anda …``) or for all (``kita``) too."""
_NOT_ALONE = frozenset({"obligation", "contrast", "hedged_certainty", "framing"})
"""Editorial categories that are not enough alone in an abstract paragraph (``_decide``), even
with each other: a tip advises (``Sebaiknya bawa payung``, ``Children should be seated in the
back, not the front``), a report corrects a fact (``Api bukan berasal dari dapur, melainkan
…``), narration hedges (``Perhaps his greatest love was the garden``), and an explanation
connects (``Dengan kata lain, uang yang sama hanya membeli barang yang lebih sedikit``; with
another category a framing connective is enough: ``In short, the council must act now``)."""

ATTRIBUTION_WEIGHTS: Mapping[str, int] = {
    "reporting_verb": 2, "attribution_phrase": 2, "source_reference": 2, "document_source": 2,
    "institution_source": 1, "pronoun_continuation": 1, "passive_attribution": 1,
    "quotation": 1, "named_speaker": 2, "passive_appeal": 2,
}
"""Attribution evidence categories and their weight."""

CONCRETE_WEIGHTS: Mapping[str, int] = {
    "number": 0, "date": 0, "time": 0,  # hard facts: any one of them rules a passage out (mostly)
    "quantity": 1, "place": 1, "named_actor": 1, "background": 1,
}
"""Concrete fact categories; weight 0 marks a hard fact, which vetoes KL201 unless the editorial
evidence is overwhelming (``_decide``)."""

_NOT_A_SOURCE = frozenset({"source_reference", "passive_appeal"})
"""Attribution evidence that names no source for a quotation in its paragraph."""

_WEIGHTS: Mapping[str, int] = {**CONCRETE_WEIGHTS, **ATTRIBUTION_WEIGHTS, **EDITORIAL_WEIGHTS}

HARD_FACTS = frozenset({"number", "date", "time"})
_RECIPROCAL_STEM = 4
"""The fewest letters of the first half of a reciprocal doubling (``tuduh-menuduh``)."""
_QUANTITY = "quantity"
"""Concrete category of quantity words (lexicon ``quantity_words``)."""
_RANK = "rank"
"""Role-index category of police and military ranks (lexicon ``ranks``)."""
_RHETORICAL_MARKS = "?!"
_RHETORICAL = re.compile("[?!]")
"""The marks that end a question or an exclamation (``collect_rhetorical``)."""
_ROLE_TAIL = 3
"""The most words before an area noun that may open a role it ends (``Menteri Luar Negeri``)."""
_STEM = 4
"""The fewest letters before an ending that makes a word an attitude adverb (``Sadly``; not
``Only``)."""
_SENTENCE_BREAK = re.compile("[.!?\u2026][\"'\u201d\u2019)\\]]*\\s+(?=[\"'\u201c\u2018(\\[]*[A-Z\u00c0-\u00de])")
"""The end of a sentence that another, opening with a capital, follows in its paragraph
(``_abstract``; not ``e.g. the``)."""
_AGENT_REACH = 6
"""The most words from a passive reporting verb to its agent (``confirmed to reporters by``)."""
_CONTRAST_REACH = 12
"""The most words from a negation to the conjunction that completes its contrast."""
_PLAIN_DESCRIPTION_WORDS = 6
_DESCRIPTION_WORDS = 10
"""The most words of a description closed by a demonstrative, without and with a relative
clause (``_Reader.demonstrative_description``)."""
_IDIOM = "idiom"
"""Concrete-index category of phrases that only look like quantities ("half-hearted")."""
_PASSIVE_OBLIGATION = "passive_obligation"
"""Editorial-index category of the modals that are an obligation before a passive verb
(lexicon ``passive_obligation_modals``): their evidence is ``obligation``."""
_EDITORIAL_IDIOM = "editorial_idiom"
"""Phrases that begin like editorial ones and say nothing of the kind (lexicon
``editorial_idioms``: ``let us know`` is no ``let us``); they hide what they cover and count for
nothing."""
_PASSIVE_STEM = 3
"""The fewest letters after a passive prefix (``di``) for a verb: ``dia``, ``dini`` are none."""
EDITORIAL_MIN = 2
"""The least editorial weight that can make a passage editorial (with strong evidence)."""
WEAK_EDITORIAL_MIN = 3
"""The least editorial weight when all the evidence is weak (it must span two categories)."""
_OVERRIDE = 2
"""How many times over editorial evidence must outweigh the minimum and the soft facts to stand
despite a hard fact in a paragraph nothing attributes (``_decide``)."""

_CHUNK_MAX = 12
"""The most words a role-and-name chunk can have; bounds the work on pathological input."""
_APPOSITIVE_WORDS = 8
"""The most words of a description set off by commas between a name and its reporting verb."""

_PHRASE_MAX_WORDS = 6
"""The most words a quoted phrase inside a sentence has (see ``_is_speech``): a longer one is
speech, however it is set."""
_SPEECH_MIN_WORDS = 4
"""A quotation of fewer words is a term or a scare quote, unless it ends in sentence punctuation
and does not stand inside a clause (see ``_is_speech``)."""
_QUOTED_WORD = PROSE_WORD
"""A word of a quotation, counted for ``_is_speech``: a hyphenated word is one (Indonesian
reduplication, ``panas-panas``; ``well-known``)."""

_VERB_STEM = 4
"""The fewest letters a word has besides a finite verb's affix (``me`` + ``rima``, ``call`` +
``ed``): shorter words with the affix are mostly nouns (``media``, ``speed``)."""

_SENTENCE_MAX = 120
"""The most tokens looked back for the start of a sentence."""

_SUBJECT_WORDS = 10
"""The first words of a sentence in which its subject is looked for (a participle clause's)."""

_MEMO_MAX = 20_000
"""The most entries a memo of words or phrases keeps: it is emptied when it grows past this, so
that memory stays flat however many articles are read."""


# --- public data -------------------------------------------------------------------------------

class ParagraphLike(Protocol):
    """What the analysis needs of a paragraph (``klaim.article.Paragraph`` satisfies it)."""

    @property
    def index(self) -> int: ...
    @property
    def kind(self) -> str: ...  # "paragraph" | "heading" | "caption" | "boilerplate"
    @property
    def line(self) -> int: ...  # 1-based
    @property
    def start(self) -> int: ...  # 0-based code-point offset into the article text
    @property
    def end(self) -> int: ...  # exclusive
    @property
    def text(self) -> str: ...


@dataclass(slots=True, unsafe_hash=True)
class Evidence:
    """One phrase or feature found in the article: ``text[start:end]`` is ``phrase``."""

    category: str
    phrase: str
    start: int
    end: int

    @property
    def weight(self) -> int:
        """This evidence's weight in the decision rule."""
        return _WEIGHTS.get(self.category, 0)


@dataclass(slots=True, unsafe_hash=True)
class SpeakerMention:
    """A person named in the text, with the role that titles them where one does.

    ``start``/``end`` cover the whole mention (role and name); ``name_start``/``name_end`` the
    name alone. ``role_head`` is the role noun (``juru bicara``, ``president``), lower-case. A
    name written in lower case after a reporting verb (``ungkap dave``) is given as the article
    spells it elsewhere (``Dave``); its span is the lower-case word.
    """

    name: str
    role: str | None
    start: int
    end: int
    paragraph: int
    name_start: int = 0
    name_end: int = 0
    role_head: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class Quotation:
    """A pair of quotation marks and what they enclose.

    ``speaker`` is the nearest named speaker in its own paragraph (outside quotation marks), else
    the active speaker of the preceding paragraph (captions and a site's boilerplate lines between
    the two do not count: see ``_ASIDE_KINDS``), else the name a round-up's label line over it
    gives (``_label_speaker``) or one right after its closing mark (``_name_after_quotation``).
    ``source`` is attribution evidence standing for an unnamed or institutional speaker (``kata
    seorang pejabat``, ``the ministry said``), from its own paragraph or the preceding one.
    ``continued`` marks a quotation that runs on into the next paragraph (the newsroom convention
    of reopening, not closing, a multi-paragraph quote).
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraph: int
    speaker: SpeakerMention | None
    source: Evidence | None = None
    is_speech: bool = True
    continued: bool = False


@dataclass(slots=True, unsafe_hash=True)
class ParagraphAttribution:
    """Everything the attribution checks need to know about one paragraph."""

    index: int
    attribution: tuple[Evidence, ...]
    editorial: tuple[Evidence, ...]
    concrete: tuple[Evidence, ...]
    """Hard facts that weigh against editorial evidence: places and named actors always;
    numbers, quantities and dates only in a paragraph with editorial evidence to weigh."""
    speakers: tuple[SpeakerMention, ...]
    quotations: tuple[Quotation, ...]
    unbalanced_quotes: tuple[int, ...]
    is_editorial: bool
    score: float
    kind: str = "paragraph"
    editorial_weight: int = 0
    attribution_weight: int = 0
    concrete_weight: int = 0
    active_speaker: SpeakerMention | None = None
    """The speaker a following paragraph's pronoun or quotation continues."""


@dataclass(slots=True, unsafe_hash=True)
class AttributionAnalysis:
    """The per-paragraph attribution of one article, in paragraph order."""

    paragraphs: tuple[ParagraphAttribution, ...]
    speakers: tuple[SpeakerMention, ...]

    def paragraph(self, index: int) -> ParagraphAttribution | None:
        """The analysis of the paragraph with this index, if there is one."""
        for found in self.paragraphs:
            if found.index == index:
                return found
        return None


# --- tokens --------------------------------------------------------------------------------------

# Dotted acronyms (U.S.) first, then words with in-word apostrophes (Jum'at, don't, Peskov's).
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)*")
_GAP_TOKEN = re.compile(r"\W*+\w(?:\.(?<=[^\W\d_]\.)(?:[^\W\d_]\.)++|\w*+(?:['’]\w++)*+)")
"""A gap and the token after it. Every character that is not a word character belongs to a gap
(a token begins with a word character and runs as far as it can), so these pieces of a text
follow each other without a break. The token part finds what ``_TOKEN`` finds, written to be
found faster: both branches begin with one word character, the acronym branch is tried only
where a full stop follows a letter, and no quantifier gives back what it took."""
_GAP = re.compile(r"\W*")
_SENTENCE_END = frozenset(".!?…:;")
_DIGIT = re.compile(r"\d")
_POSSESSIVE = ("'s", "’s")


@dataclass(slots=True, unsafe_hash=True)
class _Token:
    """A word of a text, without its place: where each token stands is kept beside the tokens
    (``_Paragraph.word_starts`` and ``word_ends``), so that one token can stand for every
    occurrence of a word in the same surroundings (see ``_StartIndex.describe``)."""

    text: str
    fold: str
    cap: bool
    joined: bool
    """The gap before this token is plain whitespace or a single hyphen (phrases may span it)."""
    sentence_start: bool
    quoted: bool = False
    starts: int = 0
    """Bit mask of the phrase indexes (``_StartIndex`` slots) that have a phrase starting here."""


def _tokens(text: str, start: int, end: int,
            quoted: Sequence[tuple[int, int]] = ()) -> list[_Token]:
    """The word tokens of ``text[start:end]``; ``quoted`` (sorted, non-overlapping spans) marks
    the tokens that start inside quotation marks."""
    return _tokenise(text, start, end, quoted, _NO_STARTS)[0]


_Tokens = tuple[list[_Token], list[int], list[int], dict[int, list[int]], list[int]]
"""What ``_tokenise`` finds in a text: the tokens; where each starts and where it ends (exclusive)
in the text; per slot of the start index, the positions where one of its phrases can start (or
one of its words stands; a slot missing lists nothing); the positions of the tokens followed by
a comma alone. (A tuple: one is made per paragraph.)"""


def _tokenise(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]],
              index: _StartIndex) -> _Tokens:
    """``_tokens``, where each of them stands, and per slot of the start ``index`` the positions
    where one of its phrases can start (or one of its words stands: each token's ``starts`` mask
    is set too; see ``_StartIndex``), and the tokens followed by a comma alone. One pass does all
    of it.

    This is the innermost loop of the attribution analysis, so it is written for speed: one
    regular expression splits the text into pieces, each a gap and the word after it, and
    each piece is looked up in a memo (``_StartIndex.pieces``: pieces repeat) that holds its
    token, made once. The loop makes every token as if unquoted; the few that are quoted are
    swapped for their quoted twins afterwards, so that the loop need not look at ``quoted``.
    The word after an abbreviated title of the index (``titles``, capitalised or one of
    ``lower_titles``) and its full stop is joined to it and begins no sentence: ``Dr. Jane Smith``
    is one name.
    """
    tokens: list[_Token] = []
    append = tokens.append
    word_starts: list[int] = []
    word_ends: list[int] = []
    append_start, append_end = word_starts.append, word_ends.append
    pieces, describe = index.pieces, index.describe
    positions: dict[int, list[int]] = {}  # (most slots list nothing: they are left out)
    commas: list[int] = []
    position = start
    pending: Mapping[str, tuple[int, ...]] | None = None
    # The pattern fails after the last word, and ``findall`` would retry it at every character
    # of a trailing run without words, which is quadratic in the run (a 5 MB line of dashes).
    # Nothing can match there but an acronym's full stop right after the last word character
    # (``\w`` is ``str.isalnum`` or the underscore), so the search stops one character past it.
    stop = end
    while stop > start and not (text[stop - 1].isalnum() or text[stop - 1] == "_"):
        stop -= 1
    found = _GAP_TOKEN.findall(text, start, min(stop + 1, end)) if stop > start else []
    for at, piece in enumerate(found):
        try:
            gap_length, length, slots, needy, comma_before, token, _ = pieces[piece]
        except KeyError:
            gap_length, length, slots, needy, comma_before, token, _ = describe(piece)
        word_start = position + gap_length
        position = word_start + length
        append_start(word_start)
        append_end(position)
        if comma_before and at:
            commas.append(at - 1)
        if pending and token.joined:
            # The word before starts phrases of more than one word only: it is listed where
            # this word can come next.
            for slot in pending.get(token.fold, ()):
                listed = positions.get(slot)
                if listed is None:
                    positions[slot] = [at - 1]
                else:
                    listed.append(at - 1)
        pending = needy
        if slots:
            for slot in slots:
                listed = positions.get(slot)
                if listed is None:
                    positions[slot] = [at]
                else:
                    listed.append(at)
        append(token)
    for quote_start, quote_end in quoted:
        # The tokens that start inside the span (the pieces were all looked up just now: their
        # memo is missed only if it was emptied meanwhile).
        first = bisect.bisect_left(word_starts, quote_start)
        for at in range(first, bisect.bisect_left(word_starts, quote_end, first)):
            piece = found[at]
            tokens[at] = (pieces.get(piece) or describe(piece))[6]
    for at in positions.get(index.title_slot, ()):  # "Dr. Jane": one name (few paragraphs have a title)
        after = at + 1
        if after < len(tokens) and tokens[after].sentence_start and text.startswith(".", word_ends[at]) \
                and text[word_ends[at] + 1:word_starts[after]].strip(" ") == "" \
                and (tokens[at].cap or tokens[at].fold in index.lower_titles):
            tokens[after] = index.after_title(tokens[after])
    if tokens:
        tokens[0] = index.first_token(tokens[0])
    return tokens, word_starts, word_ends, positions, commas


_Piece = tuple[int, int, tuple[int, ...], Mapping[str, tuple[int, ...]] | None, bool, _Token, _Token]
"""What ``_StartIndex.describe`` says of a gap and the word after it."""


def _strip_possessive(token: _Token) -> str:
    """The token's word without a possessive ``'s`` (both suffixes are two characters long)."""
    word = token.text
    if word.endswith(_POSSESSIVE) and len(word) > 3:
        return word[:-2]
    return word


# --- phrase index ------------------------------------------------------------------------------


class _Node:
    __slots__ = ("children", "ends")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.ends: tuple[str, ...] = ()


@dataclass(slots=True)
class _Hit:
    """A phrase found at tokens ``first`` to ``stop``; never changed once made (not frozen,
    which would make it several times slower to build)."""

    first: int
    stop: int  # token index after the last token
    categories: tuple[str, ...]
    clitic: str | None


class _PhraseIndex:
    """A token trie of lexicon phrases; finds leftmost-longest, non-overlapping matches.

    Matching is index-driven: a phrase can only start at a token whose folded form is a first
    word of some phrase (or such a one-word phrase with a clitic), so the scan looks each token
    up once in a dict and walks the trie only from tokens that can start a phrase.
    """

    def __init__(self, clitics: Sequence[str] = ()) -> None:
        self.root = _Node()
        self.clitics = tuple(sorted(clitics, key=len, reverse=True))
        self._clitic_set = frozenset(self.clitics)
        self._clitic_lengths = tuple(sorted({len(c) for c in self.clitics}, reverse=True))
        self._heads: frozenset[str] | None = None
        """First words that are whole phrases: the only ones a clitic can end at a phrase start."""
        self._clitic_words: frozenset[str] | None = None
        """Every phrase word with a clitic attached: the only words ``_clitic_child`` can find."""
        self._continuations: dict[str, frozenset[str]] | None = None
        """A memo of ``words_following``."""
        self.slot = -1
        """This index's place in its language's ``_StartIndex`` (-1: in none)."""
        self.listed = True
        """Whether that ``_StartIndex`` lists where this index's phrases can start (see there)."""

    def add(self, category: str, phrase: str) -> None:
        words = [word.casefold() for word in _TOKEN.findall(phrase)]
        if not words:
            return
        node = self.root
        for word in words:
            node = node.children.setdefault(word, _Node())
        if category not in node.ends:
            node.ends = (*node.ends, category)
        self._heads = None
        self._clitic_words = None
        self._continuations = None

    def add_all(self, category: str, phrases: Iterable[str]) -> _PhraseIndex:
        for phrase in phrases:
            self.add(category, phrase)
        return self

    def _clitic_child(self, node: _Node, fold: str) -> tuple[_Node, str] | None:
        """The child of ``node`` that ``fold`` names once a clitic is cut off, if it ends a phrase."""
        for length in self._clitic_lengths:
            if len(fold) - length < 2:
                continue
            clitic = fold[-length:]
            if clitic in self._clitic_set:
                child = node.children.get(fold[:-length])
                if child is not None and child.ends:
                    return child, clitic
        return None

    def _words_with_clitics(self) -> frozenset[str]:
        """Each word that ends a phrase, with each clitic attached (``katanya``, ``pentingnya``)."""
        words: set[str] = set()
        nodes = [self.root]
        while nodes:
            node = nodes.pop()
            for word, child in node.children.items():
                if child.ends:
                    words.update(word + clitic for clitic in self.clitics)
                nodes.append(child)
        return frozenset(words)

    def words_following(self) -> dict[str, frozenset[str]]:
        """For each first word that is no phrase by itself, with a clitic or without, the words
        that can come next in one of its phrases: the second words, and those of them that end
        a phrase with a clitic attached. A phrase cannot start at such a word unless one of
        these follows it (joined to it)."""
        if self._continuations is None:
            self._continuations = self._words_following()
        return self._continuations

    def _words_following(self) -> dict[str, frozenset[str]]:
        clitic_words = self._words_with_clitics()
        following: dict[str, frozenset[str]] = {}
        for word, node in self.root.children.items():
            if node.ends or word in clitic_words:
                continue
            following[word] = frozenset(node.children).union(
                second + clitic for second, child in node.children.items() if child.ends
                for clitic in self.clitics)
        return following

    def match_at(self, tokens: Sequence[_Token], first: int, stop: int) -> _Hit | None:
        """The longest phrase starting at token ``first`` (tokens before ``stop`` only)."""
        best_stop = 0  # none found yet
        best_ends: tuple[str, ...] = ()
        best_clitic: str | None = None
        node = self.root
        at = first
        clitic_words = self._clitic_words
        if clitic_words is None:
            clitic_words = self._clitic_words = self._words_with_clitics()
        while at < stop:
            token = tokens[at]
            if at > first and not token.joined:
                break
            fold = token.fold
            # A clitic may end the phrase's last word: "katanya", "pentingnya".
            if fold in clitic_words:
                found = self._clitic_child(node, fold)
                if found is not None:
                    best_stop, best_ends, best_clitic = at + 1, found[0].ends, found[1]
            next_node = node.children.get(fold)
            if next_node is None:
                break
            node = next_node
            at += 1
            if node.ends:
                best_stop, best_ends, best_clitic = at, node.ends, None
        return _Hit(first, best_stop, best_ends, best_clitic) if best_stop else None

    def find(self, tokens: Sequence[_Token], first: int = 0, stop: int | None = None,
             *, skip_quoted: bool = False, starts: Sequence[int] | None = None) -> list[_Hit]:
        """Leftmost-longest, non-overlapping matches in ``tokens[first:stop]``.

        With ``skip_quoted``, only runs of tokens outside quotation marks are searched, and no
        phrase spans a quotation mark. ``starts``, when given, lists (ascending) every token
        position where a phrase of this index can start (see ``_StartIndex``); only those are
        tried.
        """
        stop = len(tokens) if stop is None else stop
        if starts is not None:
            return self.find_from(tokens, first, stop, skip_quoted, starts)
        if not skip_quoted:
            return self._find(tokens, first, stop)
        hits: list[_Hit] = []
        at = first
        while at < stop:
            while at < stop and tokens[at].quoted:
                at += 1
            limit = at
            while limit < stop and not tokens[limit].quoted:
                limit += 1
            hits.extend(self._find(tokens, at, limit))
            at = limit
        return hits

    def find_from(self, tokens: Sequence[_Token], first: int, stop: int, skip_quoted: bool,
                  starts: Sequence[int]) -> list[_Hit]:
        """``find`` with ``starts`` given (see there)."""
        # A quotation mark always stands between a quoted and an unquoted token, so the two are
        # never ``joined`` and no phrase can span the boundary: checking the start suffices.
        hits: list[_Hit] = []
        at = first
        match_at = self.match_at
        for position in starts[bisect.bisect_left(starts, first):] if first else starts:
            if position >= stop:
                break
            if position < at or (skip_quoted and tokens[position].quoted):
                continue
            hit = match_at(tokens, position, stop)
            if hit is not None:
                hits.append(hit)
                at = hit.stop
        return hits

    def _starts_phrase(self, fold: str) -> bool:
        """Whether a token folded to ``fold`` can start a phrase (with a clitic or without)."""
        if fold in self.root.children:
            return True
        heads = self._heads
        if heads is None:
            heads = self._heads = frozenset(w for w, n in self.root.children.items() if n.ends)
        for length in self._clitic_lengths:
            if len(fold) - length >= 2 and fold[-length:] in self._clitic_set and fold[:-length] in heads:
                return True
        return False

    def _find(self, tokens: Sequence[_Token], first: int, stop: int) -> list[_Hit]:
        hits: list[_Hit] = []
        children = self.root.children
        clitics = bool(self._clitic_lengths)
        at = first
        while at < stop:
            fold = tokens[at].fold
            # Only a token that can start a phrase is worth walking the trie from.
            if fold in children or (clitics and self._starts_phrase(fold)):
                hit = self.match_at(tokens, at, stop)
                if hit is not None:
                    hits.append(hit)
                    at = hit.stop
                    continue
            at += 1
        return hits


class _StartIndex:
    """One dict from a folded word to the phrase indexes that have a phrase starting with it.

    A paragraph's tokens are looked up once, and each phrase index then walks its trie only from
    the positions where one of its phrases can start, instead of trying every token. Most first
    words (``the``, ``di``, ``pada``) begin only phrases of two words or more: such a word is
    listed only where a word that can come next in one of them follows it. A set of single
    ``words`` (folded) can be looked up in the same pass: the slot after the indexes'
    (``word_slot``) lists where they stand; the next one (``digit_slot``) lists the tokens with
    a decimal digit (every digit of a text stands in one of its tokens), and the last
    (``title_slot``) the abbreviated ``titles``.

    The ``unlisted`` indexes are only ever matched at a given token (``_Reader.match``): each
    token's ``starts`` mask has their bits, but no list of positions is kept for them, which
    saves listing the many words that begin one of their phrases (countries, role words).
    """

    def __init__(self, indexes: Sequence[_PhraseIndex], words: Iterable[str] = (),
                 unlisted: Sequence[_PhraseIndex] = (), titles: Iterable[str] = (),
                 lower_titles: Iterable[str] = ()) -> None:
        self.indexes = tuple(indexes)
        self.titles = frozenset(titles)
        """Abbreviated titles (folded) whose full stop ends no sentence when capitalised (``Dr. Jane
        Smith``; not ``a sales rep. Jonas said``)."""
        self.lower_titles = frozenset(lower_titles)
        """The ``titles`` written in lower case before a name too (Indonesian ``dr.``, ``drg.``)."""
        self.titled: dict[tuple[str, bool], _Token] = {}
        """A memo of ``after_title``."""
        self.word_slot = len(indexes)
        self.digit_slot = len(indexes) + 1
        self.title_slot = len(indexes) + 2
        self.count = len(indexes) + 3
        self.first_words: dict[str, int] = {}
        self.clitic_heads: dict[str, int] = {}
        clitics: set[str] = set()
        for slot, index in enumerate(indexes):
            index.slot = slot
            index.listed = not any(index is other for other in unlisted)
            bit = 1 << slot
            for word, node in index.root.children.items():
                self.first_words[word] = self.first_words.get(word, 0) | bit
                if index.clitics and node.ends:
                    self.clitic_heads[word] = self.clitic_heads.get(word, 0) | bit
            clitics.update(index.clitics)
        for word in words:
            self.first_words[word] = self.first_words.get(word, 0) | 1 << self.word_slot
        for word in self.titles:
            self.first_words[word] = self.first_words.get(word, 0) | 1 << self.title_slot
        self.clitics = frozenset(clitics)
        self.clitic_lengths = tuple(sorted({len(c) for c in clitics}, reverse=True))
        following: dict[str, dict[str, list[int]]] = {}
        for slot, index in enumerate(indexes):
            if index.listed:
                for word, nexts in index.words_following().items():
                    for next_word in nexts:
                        following.setdefault(word, {}).setdefault(next_word, []).append(slot)
        self.following: dict[str, dict[str, tuple[int, ...]]] = {
            word: {next_word: tuple(slots) for next_word, slots in nexts.items()}
            for word, nexts in following.items()}
        """For each first word that only some words can follow in a phrase (``words_following``),
        the slots that list it before each of them."""
        self.pieces: dict[str, _Piece] = {}
        """A memo of ``describe``: words and the gaps between them repeat, within an article and
        across articles."""
        self.firsts: dict[tuple[str, bool], _Token] = {}
        """A memo of ``first_token``."""
        self._slot_sets: dict[tuple[int, ...], tuple[int, ...]] = {}

    def describe(self, piece: str) -> _Piece:
        """What a piece of text (a gap, then a word token: see ``_GAP_TOKEN``) says: the lengths
        of the gap and of the word; the slots that list the word (the phrase indexes with a
        phrase starting with it, with a clitic or without, and the word sets; the token's
        ``starts`` mask has their bits), those that list it wherever it stands, then those that
        list it only before one of the given words (``following``); whether the gap
        is a comma alone; and the word's token, outside quotation marks and inside (whether the
        gap joins it to the word before, plain whitespace or a single hyphen, and whether it
        begins a sentence are the gap's to say).

        The answer is remembered in ``pieces``, which is emptied when it grows past
        ``_MEMO_MAX`` entries so that its memory stays bounded.
        """
        gap_match = _GAP.match(piece)
        assert gap_match is not None  # (\W* matches everywhere)
        gap, word = piece[:gap_match.end()], piece[gap_match.end():]
        fold = word.casefold()
        if fold == word:
            fold = word  # (one string kept, not two)
        mask = self.first_words.get(fold, 0)
        if _DIGIT.search(word):
            mask |= 1 << self.digit_slot
        for length in self.clitic_lengths:
            if len(fold) - length >= 2 and fold[-length:] in self.clitics:
                mask |= self.clitic_heads.get(fold[:-length], 0)
        slots: list[int] = []
        for slot in range(self.count):
            if mask >> slot & 1 and (slot >= len(self.indexes) or (
                    self.indexes[slot].listed and fold not in self.indexes[slot].words_following())):
                slots.append(slot)
        ready = self._slot_sets.setdefault(tuple(slots), tuple(slots))  # (few: one of each kept)
        joined = (gap != "" and gap.isspace()) or gap == "-"
        sentence_start = not _SENTENCE_END.isdisjoint(gap)
        cap = word[0].isupper()
        found = (len(gap), len(word), ready, self.following.get(fold), gap.strip() == ",",
                 _Token(word, fold, cap, joined, sentence_start, False, mask),
                 _Token(word, fold, cap, joined, sentence_start, True, mask))
        if len(self.pieces) >= _MEMO_MAX:
            self.pieces.clear()
        self.pieces[piece] = found
        return found

    def after_title(self, token: _Token) -> _Token:
        """``token`` after an abbreviated title and its full stop (``Dr. Jane``): joined to the
        title, beginning no sentence (remembered in ``titled``)."""
        return _twin(self.titled, token, joined=True, sentence_start=False)

    def first_token(self, token: _Token) -> _Token:
        """``token`` as the first word of a text: joined to nothing, beginning a sentence
        (remembered in ``firsts``)."""
        return _twin(self.firsts, token, joined=False, sentence_start=True)


def _twin(memo: dict[tuple[str, bool], _Token], token: _Token, *, joined: bool, sentence_start: bool) -> _Token:
    """``token`` with another ``joined`` and ``sentence_start``, remembered in ``memo`` by its
    text and whether it is quoted (emptied past ``_MEMO_MAX`` entries)."""
    key = (token.text, token.quoted)
    twin = memo.get(key)
    if twin is None:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        twin = memo[key] = _Token(token.text, token.fold, token.cap, joined, sentence_start,
                                  token.quoted, token.starts)
    return twin


_NO_STARTS = _StartIndex(())
"""A start index without phrases, for tokenising text that no phrase index reads."""


# --- language data -----------------------------------------------------------------------------


class _Phrases:
    """Short phrases of a lexicon list, each as the tuple of its folded words, found by their last
    word first (one set lookup rules most places out)."""

    __slots__ = ("last_words", "lengths", "phrases")

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = frozenset(tuple(phrase.casefold().split()) for phrase in phrases if phrase.split())
        self.last_words = frozenset(phrase[-1] for phrase in self.phrases)
        self.lengths = tuple(sorted({len(phrase) for phrase in self.phrases}))


@dataclass(frozen=True)
class _Language:
    lang: str
    attribution: _PhraseIndex
    editorial: _PhraseIndex
    sources: _PhraseIndex
    references: _PhraseIndex
    roles: _PhraseIndex
    qualifiers: _PhraseIndex
    concrete: _PhraseIndex
    continuation: _PhraseIndex
    pronouns: frozenset[str]
    pronoun_clitics: frozenset[str]
    participle_conjunctions: frozenset[str]
    determiners: frozenset[str]
    indefinite_speakers: frozenset[str]
    addressee_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    conjunctions: tuple[tuple[str, ...], ...]
    """Conjunctions (each as its folded words): a role never starts with one."""
    particles: frozenset[str]
    place_prepositions: frozenset[str]
    stopwords: frozenset[str]
    question_openers: frozenset[str]
    """Words that open an embedded question (``whether``, ``apakah``): editorial phrases after one
    in their sentence are asked about, not asserted."""
    weekdays: frozenset[str]
    months_wide: frozenset[str]
    months_short: frozenset[str]
    role_groups: Mapping[str, str] = field(default_factory=dict)
    indefinite_articles: frozenset[str] = frozenset()
    """Articles that make a role a kind, no title, inside a sentence (lexicon
    ``indefinite_articles``: ``a``, ``an``; none in Indonesian, which leaves an appositive's
    closing comma out): ``one by a police officer, Fowler said`` titles no Fowler."""
    role_memberships: frozenset[tuple[str, str]] = frozenset()
    role_kinds: frozenset[tuple[str, str]] = frozenset()
    """Pairs (kind, title) of jobs that are kinds of a more general title (lexicon
    ``role_kinds``: a foreign minister is a minister): the title alone agrees with its kinds."""
    """Pairs of canonical jobs (``role_groups``) whose first's holder holds the second too
    (lexicon ``role_memberships``: a mayor is a councillor): one person's two titles."""
    role_prepositions: frozenset[str] = frozenset()
    """Prepositions that end a role unless only qualifiers stand before them (``envoy to``,
    ``pengamat dari``): ``speaker received a letter from`` is no title."""
    clause_words: frozenset[str] = frozenset()
    """Auxiliaries, modals and relative words: a role never runs over one."""
    demonstratives: frozenset[str] = frozenset()
    """Words that close a definite description of someone named before (``itu``, ``tersebut``):
    ``kata mantan gelandang tim nasional tersebut`` is a speaker."""
    elisions: frozenset[str] = frozenset()
    """Words an apostrophe shortens at their start (``‘ol``, ``'em``): the single mark before one
    opens no quotation."""
    group_members: _Phrases = field(default_factory=lambda: _Phrases(()))
    """Phrases (folded words) that make a role one of a group's (``salah satu kuasa hukum Budi``:
    one of Budi's lawyers): the role titles nobody after it."""
    reporting_words: frozenset[str] = frozenset()
    """The one-word reporting verbs (``kata``, ``said``): what an attribution between two
    quotation marks holds (see ``_ATTRIBUTION_SHAPE``)."""
    prohibitives: frozenset[str] = frozenset()
    """Words of a prohibition (``jangan``, ``don't``): a reporting verb after one that opens its
    sentence is commanded, not reported (``Jangan berdalih …``; not ``They don't blame …``)."""
    purposes: frozenset[str] = frozenset()
    """Words of purpose before a verb (``untuk``, ``to``; lexicon ``purpose_words``): a passive
    appeal after one and a word of ease (``eases``) is what is hard or easy to do, nobody's
    appeal (``sulit untuk diminta kembali``; not ``dikumpulkan untuk diminta …``)."""
    eases: frozenset[str] = frozenset()
    """Words of ease or difficulty (``sulit``, ``mudah``, ``hard``; lexicon ``ease_words``)."""
    modal_hosts: frozenset[str] = frozenset()
    """Verbs of feeling or judging whose complement a modal is (``merasa perlu``, ``felt``):
    ``merasa perlu menegaskan`` reports a statement made."""
    hyphen_prefixes: frozenset[str] = frozenset()
    """Prefixes a verb takes with a hyphen (``re-``, ``co-``): ``re-stated`` is a verb."""
    first_person_plural: frozenset[str] = frozenset()
    """First-person plural pronouns that can be a verb's subject (``kita``, ``kami``, ``we``):
    outside quotation marks, the outlet's own voice."""
    obligation_modals: _Phrases = field(default_factory=lambda: _Phrases(()))
    """Modals of obligation (``harus``, ``ought to``): a reporting verb right after one is what
    someone ought to say, not a report of what was said (``Pemkot harus menjelaskan …``,
    ``Ministers must say why …``)."""
    object_prepositions: frozenset[str] = frozenset()
    """Prepositions whose object a name right after a role is (``a spokesperson for Welk``,
    ``an aide to Welk``), and conjunctions that join it to the role's holder (``The mayor and
    Fenn``): the role titles someone else."""
    noun_determiners: frozenset[str] = frozenset()
    """Words after which a reporting verb's spelling is a noun or an adjective (``the reports``,
    ``an estimated 300``): it reports nothing."""
    noun_quantifiers: frozenset[str] = frozenset()
    """Quantifiers after which a reporting verb's plural-looking form is a noun (``most
    states``); before another form they are its subject (``They all said``)."""
    noun_modifiers: frozenset[str] = frozenset()
    """Words after which a reporting verb's spelling is an adjective (``other alleged
    partners``), unless a determiner or a pronoun's host (``noun_modifier_hosts``) stands before
    them: ``The other says``, ``One other said``."""
    noun_modifier_hosts: frozenset[str] = frozenset()
    passive_agents: frozenset[str] = frozenset()
    """The preposition of a passive's agent (``by``): a reporting verb's passive with one has a
    source (``were told by police``)."""
    label_links: frozenset[str] = frozenset()
    """The words that join a speaker's name to the topic in a label line over a quotation
    (``— Doc Rivers on the bench:``, ``Budi soal tarif:``; see ``_label_speaker``)."""
    passive_auxiliaries: frozenset[str] = frozenset()
    """Auxiliaries of the passive (``were``): a quoting verb's participle after one says nothing
    (``were called out``; the progressive does: ``was chanting``)."""
    pointer_nouns: frozenset[str] = frozenset()
    """Nouns that, with a demonstrative after them, point back at what was said (``hal``, and the
    source reference nouns: ``Hal tersebut disampaikan``)."""
    negations: frozenset[str] = frozenset()
    """Words that negate (``tidak``, ``not``)."""
    common_words: frozenset[str] = frozenset()
    """The language's commonest words (function words, pronouns, auxiliaries, negations): few in
    a quotation in another language (``_translates``)."""
    comparison_words: frozenset[str] = frozenset()
    """Words that compare, give an example or open a list (``like``, ``seperti``, ``yakni``): they
    end a role, and before ``yang disampaikan`` mark its agent a source (``seperti yang
    disampaikan Budi``)."""
    contrast_words: frozenset[str] = frozenset()
    """Words that set one thing against another (``but``, ``tetapi``): they end a role, and mark
    no source."""
    passive_prefixes: tuple[str, ...] = ()
    """Prefixes of passive verbs (``di-``): a modal of ``passive_obligation_modals`` before one is
    an obligation (``harus ditagih``, ``wajib dikoreksi``)."""
    verb_prefixes: tuple[str, ...] = ()
    verb_suffixes: tuple[str, ...] = ()
    """Affixes of finite verbs (``me-``, ``ber-``; ``-ed``): a word with one and at least
    ``_VERB_STEM`` more letters ends a role."""
    stance_suffixes: tuple[str, ...] = ()
    neutral_openers: frozenset[str] = frozenset()
    """The ending of an attitude adverb (``-ly``; none in Indonesian, where ``-nya`` makes nouns
    too) and the words with it that only join or time what follows (``Additionally``,
    ``Lately``): one word with the ending that opens a sentence before a comma, and is none of
    those, is the writer's stance (``Incredibly,``)."""
    stance_followers: frozenset[str] = frozenset()
    """Words that may stand between a stance word and its comma (``Oddly enough,``)."""
    contrast: re.Pattern[str] | None = None
    contrast_conjunctions: frozenset[str] = frozenset()
    contrast_exclusions: frozenset[str] = frozenset()
    contrast_exclusion_suffixes: tuple[str, ...] = ()
    """A negation that sets one thing against another (lexicon ``contrast_negations``: ``not``,
    ``bukan``), after a comma (``answers, not spin``) or before a conjunction of contrast in its
    sentence (``not talent but will``, ``bukan seremoni, melainkan kerja``); not before one of
    ``contrast_exclusions`` (``not only``, ``bukan hanya``: an addition, not a correction) or a
    word with an ending of ``contrast_exclusion_suffixes`` (``not wearing``), nor after a
    clause word other than a copula (``did not spread``: a clause negated; ``is not money but
    will`` corrects)."""
    determiner_phrases: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    """Source determiners of more than one word (``salah satu``): the words after the first, by
    the first."""
    starts: _StartIndex = field(default_factory=lambda: _StartIndex(()))
    concrete_words: frozenset[str] = frozenset()
    """Place prepositions, weekday and month names: the words ``collect_concrete`` looks at
    (``starts`` finds them: its ``word_slot``)."""
    name_words: dict[str, bool] = field(default_factory=dict)
    """A memo of ``name_word`` (emptied past ``_MEMO_MAX`` entries)."""
    title_words: frozenset[str] = frozenset()
    """Words before the title of a work in quotation marks (``entitled``, ``berjudul``)."""
    notice_words: frozenset[str] = frozenset()
    """Nouns of a notice's wording, among ``title_words`` but not before a colon (``warning``)."""
    saying_nouns: frozenset[str] = frozenset()
    """Nouns of a person's stock phrase, which name it only before a colon (``saying``)."""
    title_links: frozenset[str] = frozenset()
    """Words that link a title's word to the title in marks a few words on (``Visi pasangan itu
    yaitu “…”``; lexicon ``title_links``)."""
    linked_titles: frozenset[str] = frozenset()
    """The title's words a link may follow (``slogan``, ``visi``; lexicon ``linked_titles``): not
    a participle's (``named``) nor a word that names other things too (``term``: a term of office)."""
    relative_pronouns: frozenset[str] = frozenset()
    """Words that open a relative clause inside a description (``yang``)."""
    speech_events: re.Pattern[str] | None = None
    """Verbs that tell of a speech given, with no words of it (``berorasi``, ``gave a speech``; lexicon
    ``speech_events``): the next paragraph may give them, unmarked."""
    perspective_exclusions: frozenset[str] = frozenset()
    """Words that make an opener's phrase a time, a connective or the writer's own (``years``,
    ``itu``, ``kami``; lexicon ``perspective_exclusions``)."""
    perspective_openers: frozenset[str] = frozenset()
    """Words that open a paragraph's perspective before a comma (``For the families, …``, ``Bagi
    warga, …``; lexicon ``perspective_openers``): whose view the paragraph gives."""
    title_minor_words: frozenset[str] = frozenset()
    """The words a title leaves in lower case (``for``, ``a``, ``of``, ``dan``; lexicon
    ``title_minor_words``)."""
    area_nouns: frozenset[str] = frozenset()
    """Nouns of administrative areas (``kabupaten``, ``kota``): the word after one is a place."""
    rank_words: frozenset[str] = frozenset()
    """Police and military ranks of one word (lexicon ``ranks``): ``AKBP``, ``Iptu``."""
    office_nouns: frozenset[str] = frozenset()
    """Regional offices (``dprd``, ``polres``): the word after one is a place when no other
    capitalised word follows it and no role word stands before the office (``Kepala BPBD
    Wagimin`` names the head)."""
    number_designators: frozenset[str] = frozenset()
    """Words a number after them names a thing with when they are capitalised (``Measure 12``,
    ``Route 66``; lexicon ``number_designators``, folded, without a full stop): no quantity
    (``measure 80 square metres`` is an amount)."""
    any_case_designators: frozenset[str] = frozenset()
    """Such words in any case (``prop. 98``, ``pasal 27 ayat 3``, ``tahap 2``; lexicon
    ``any_case_designators``)."""
    no_name_openers: frozenset[str] = frozenset()
    """Words no person's name opens with: areas, regional offices and bodies (``Koramil
    Cibeureum``, ``Majelis Hakim``, ``Dewan Pers``; lexicon ``body_words`` too)."""
    quoting_words: frozenset[str] = frozenset()
    """Verbs that report only next to a quotation, single words (lexicon ``reporting_verbs_quoting``:
    ``kisah``, ``continued``)."""
    speaker_openers: frozenset[str] = frozenset()
    """Words that open a speaker's mention after a reporting verb: pronouns, sources' and roles'
    words, determiners (``dia``, ``seorang``, ``trader``; lexicons ``third_person_pronouns``,
    ``generic_sources``, ``role_nouns``, ``source_determiners``, ``indefinite_speakers``)."""
    clause_openers: frozenset[str] = frozenset()
    """Conjunctions and connectives that open a clause (lexicon ``clause_openers``: ``namun``,
    ``sementara itu``)."""
    feature_openers: frozenset[str] = frozenset()
    """Words that open a feature's name (``Sungai Pinyuh``, ``Mount Kenya``; lexicon
    ``feature_nouns``): a post's holder named so after the post is the place (``Lurah Sungai
    Pinyuh``; not ``Santa Ono, the university president``)."""
    thing_openers: frozenset[str] = frozenset()
    """Words that open the name of a feature, a storm, a firm or a team (``Hurricane Beryl``,
    ``Bank Mandiri``; lexicons ``feature_nouns``, ``firm_nouns``): no person's name."""
    third_persons: frozenset[str] = frozenset()
    """A person in the third person singular (``he``, ``him``, ``beliau``; lexicon
    ``third_person_objects``; not ``it``, ``they``): a quotation that opens with one speaks of
    someone, not as them."""
    list_conjunctions: frozenset[str] = frozenset()
    """Words that close a list after its last comma (``serta``, ``and``): see ``_Reader.listed``."""
    regional_roles: frozenset[str] = frozenset()
    """Posts named by their region (``bupati``, ``kapolres``), folded: the lone word after one
    may be the region (see ``_regions``)."""
    role_heads: frozenset[str] = frozenset()
    """The single-word roles (``kepala``, ``ketua``)."""
    degrees: frozenset[str] = frozenset()
    """Academic degrees written after a name, without their full stops (``phd``, ``msi``)."""

    @cached_property
    def lexicon_slots(self) -> int:
        """The start-index bits of the attribution, editorial, concrete and continuation phrases:
        a token with one of them set begins a lexicon phrase (read once per language)."""
        return sum(1 << index.slot for index in (self.attribution, self.editorial, self.concrete, self.continuation)
                   if index.slot >= 0)

    def ends_role(self, fold: str, qualified_only: bool) -> bool:
        """Whether a lower-case word that qualifies no role ends one: a finite verb, a clause,
        comparison or contrast word (``like``, ``seperti``, ``tetapi``), or a preposition after words that are not
        qualifiers (``qualified_only`` false)."""
        if fold in self.clause_words or fold in self.comparison_words or fold in self.contrast_words or \
                (fold in self.role_prepositions and not qualified_only):
            return True
        return any(len(fold) >= len(affix) + _VERB_STEM and fold.startswith(affix) for affix in self.verb_prefixes) \
            or any(len(fold) >= len(affix) + _VERB_STEM and fold.endswith(affix) for affix in self.verb_suffixes)

    def passive_verb(self, fold: str) -> bool:
        """Whether a folded word is a passive verb: a prefix of the lexicon's ``passive_prefixes``
        and a stem of ``_PASSIVE_STEM`` letters or more (``ditagih``, ``didampingi``; not
        ``dia``)."""
        return fold.isalpha() and any(fold.startswith(prefix) and len(fold) >= len(prefix) + _PASSIVE_STEM
                                      for prefix in self.passive_prefixes)

    def name_word(self, text: str) -> bool:
        """Whether a token's ``text`` (without a possessive ``'s``) can be a word of a name,
        wherever it stands: no acronym (a single letter may be an initial), no stopword, no
        digit."""
        known = self.name_words.get(text)
        if known is None:
            word = text[:-2] if text.endswith(_POSSESSIVE) and len(text) > 3 else text
            known = ((not word.isupper() or len(word) == 1) and word.casefold() not in self.stopwords
                     and not any(c.isdigit() for c in word))
            if len(self.name_words) >= _MEMO_MAX:
                self.name_words.clear()
            self.name_words[text] = known
        return known


def _locales(lang: str) -> list[Locale]:
    """The CLDR locales of ``lang`` and English (one when they are the same; unknown ones skipped)."""
    found = []
    for code in sorted({lang, "en"}):
        try:
            found.append(Locale.parse(code.replace("-", "_")))
        except (UnknownLocaleError, ValueError):
            continue
    return found


def _locale_names(lang: str) -> set[str]:
    """Country and language names (CLDR) in ``lang`` and English: role qualifiers, not names;
    a country's name given with another in brackets that end it, or a qualifier after a dash, is
    both, or the first (``Myanmar (Burma)``: ``Myanmar``, ``Burma``; ``Congo - Kinshasa``:
    ``Congo``; ``Cocos (Keeling) Islands`` is itself only)."""
    names: set[str] = set()
    for locale in _locales(lang):
        names.update(str(name) for name in locale.languages.values())
        for territory in map(str, locale.territories.values()):
            names.add(territory)
            head, _, other = territory.partition(" (")
            names.add(head.partition(" - ")[0])
            if other.endswith(")") and "(" not in other:
                names.add(other[:-1])
    return names


def _wide_month_names(lang: str) -> frozenset[str]:
    """Spelt-out month names (CLDR, ``lang`` and English) longer than three letters.

    Short ones ("May", "Mei") and abbreviations ("Agus" is also a name) count as dates only next
    to a number.
    """
    names: set[str] = set()
    for locale in _locales(lang):
        for context in ("format", "stand-alone"):
            names.update(str(n).casefold() for n in get_month_names("wide", context, locale).values())
    return frozenset(n for n in names if len(n) > 3)


def _adverbs(words: Iterable[str], endings: Sequence[str]) -> Iterator[str]:
    """The adverbs made from the single words of ``words`` by the lexicon's ``adverb_endings``
    (``"le>ly"``: the first whose old ending a word has applies): a judgement's adverb judges as
    its adjective does (``disgraceful``, ``disgracefully``; ``laughable``, ``laughably``)."""
    rules = [tuple(rule.split(">", 1)) for rule in endings if ">" in rule]
    for word in words:
        if " " in word or not word.isalpha() or word.endswith("ly"):
            continue  # (a phrase, or an adverb already)
        for old, new in rules:
            if word.endswith(old) and not word.endswith(new):
                yield word[:len(word) - len(old)] + new
                break


@cache
def _language(lang: str) -> _Language:
    lex = lexicon(lang)
    clitics = lex.get("clitics", ())

    def words(*categories: str) -> frozenset[str]:
        return frozenset(p for c in categories for p in lex.get(c, ()) if " " not in p)

    attribution = _PhraseIndex(clitics)
    for category in ("reporting_verbs", "reporting_verbs_postposed", "reporting_verbs_quoting",
                     "reporting_verbs_agented", "reporting_verbs_described",
                     "reporting_participles", "reporting_participle_idioms", "reporting_idioms",
                     "attribution_phrases", "passive_attribution", "passive_appeals", "document_verbs"):
        attribution.add_all(category, lex.get(category, ()))
    editorial = _PhraseIndex(clitics)
    for category in EDITORIAL_WEIGHTS:
        editorial.add_all(category, lex.get(f"editorial_{category}", ()))
    listed = {phrase for category in EDITORIAL_WEIGHTS for phrase in lex.get(f"editorial_{category}", ())}
    editorial.add_all("evaluative", [adverb for adverb in _adverbs(lex.get("editorial_evaluative", ()),
                                                                  lex.get("adverb_endings", ()))
                                     if adverb not in listed])
    editorial.add_all(_EDITORIAL_IDIOM, lex.get("editorial_idioms", ()))
    editorial.add_all(_PASSIVE_OBLIGATION, [modal for modal in lex.get("passive_obligation_modals", ())
                                            if modal not in listed])
    sources = _PhraseIndex(clitics).add_all("source_nouns", lex.get("source_nouns", ()))
    sources.add_all("generic_sources", lex.get("generic_sources", ()))
    references = _PhraseIndex().add_all("reference", lex.get("source_reference_nouns", ()))
    # Ranks title a person as roles do, and are no words of a name, but name no job (see
    # ``role_groups``): "Kombes Pol Djamal Renhoat" is Djamal Renhoat, whatever his post.
    roles = _PhraseIndex().add_all("role", lex.get("role_nouns", ())).add_all(_RANK, lex.get("ranks", ()))
    qualifiers = _PhraseIndex()
    for category in ("role_nouns", "ranks", "role_qualifiers", "honorifics", "name_qualifiers"):
        qualifiers.add_all(category, lex.get(category, ()))
    qualifiers.add_all("place", _locale_names(lang))
    qualifiers.add_all("place", lex.get("region_names", ()))
    concrete = _PhraseIndex(clitics)
    for category, name in (("time_expressions", "time"), ("quantity_words", "quantity"),
                           ("background_markers", "background"), ("quantity_idioms", _IDIOM)):
        concrete.add_all(name, lex.get(category, ()))
    continuation = _PhraseIndex().add_all("adverb", lex.get("continuation_adverbs", ()))
    names = calendar_names(lang)
    weekdays = frozenset(names.weekdays_wide)
    months_wide = _wide_month_names(lang)
    months_short = frozenset(names.months)
    stopwords = words(
        "function_words", "third_person_pronouns", "continuation_adverbs", "clause_openers", "reporting_verbs",
        "reporting_verbs_postposed", "reporting_verbs_quoting", "reporting_participles", "attribution_phrases",
        "passive_attribution", "passive_appeals",
        "document_verbs", "source_nouns", "generic_sources", "source_reference_nouns",
        "honorifics", "place_prepositions", "background_markers", "time_expressions",
        "quantity_words", "source_determiners", "indefinite_speakers", *(f"editorial_{c}" for c in EDITORIAL_WEIGHTS),
    ) | weekdays | months_wide  # not abbreviations: "Agus" is a name as well as August
    groups: dict[str, str] = {}
    for source_lang in dict.fromkeys((lang, "en")):
        for line in lexicon(source_lang).get("role_equivalents", ()):
            members = [member.strip() for member in line.split("|") if member.strip()]
            for member in members:
                groups.setdefault(member, members[0])
    memberships: set[tuple[str, str]] = set()
    kinds: set[tuple[str, str]] = set()
    for source_lang in dict.fromkeys((lang, "en")):
        for category, pairs in (("role_memberships", memberships), ("role_kinds", kinds)):
            for line in lexicon(source_lang).get(category, ()):
                holders, _, held = line.partition(">")
                pairs.update((groups.get(holder.strip(), holder.strip()), groups.get(other.strip(), other.strip()))
                             for holder in holders.split("|") if holder.strip()
                             for other in held.split("|") if other.strip())
    determiner_phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in lex.get("source_determiners", ()):
        first, *rest = phrase.split()
        if rest:
            determiner_phrases[first] = (*determiner_phrases.get(first, ()), tuple(rest))
    indexes = (attribution, editorial, sources, references, roles, qualifiers, concrete, continuation)
    concrete_words = words("place_prepositions", "area_nouns", "office_nouns") | weekdays | months_short | months_wide
    return _Language(
        lang=lang, attribution=attribution, editorial=editorial, sources=sources,
        references=references, roles=roles, qualifiers=qualifiers, concrete=concrete,
        continuation=continuation, pronouns=words("third_person_pronouns"),
        pronoun_clitics=words("pronoun_clitics"),
        participle_conjunctions=words("participle_conjunctions"),
        determiners=words("source_determiners"), indefinite_speakers=words("indefinite_speakers"),
        indefinite_articles=words("indefinite_articles"),
        addressee_prepositions=words("addressee_prepositions"),
        topic_prepositions=words("topic_prepositions"),
        conjunctions=tuple(tuple(phrase.casefold().split()) for phrase in lex.get("conjunctions", ())),
        list_conjunctions=words("list_conjunctions"),
        particles=words("name_particles"),
        place_prepositions=words("place_prepositions"), stopwords=stopwords,
        weekdays=weekdays, months_wide=months_wide, months_short=months_short,
        question_openers=words("question_openers"),
        role_groups=groups, role_memberships=frozenset(memberships), role_kinds=frozenset(kinds),
        determiner_phrases=determiner_phrases,
        role_prepositions=frozenset(lex.get("role_prepositions", ())),
        clause_words=frozenset(lex.get("clause_words", ())),
        demonstratives=words("demonstratives"), pointer_nouns=words("pointer_nouns", "source_reference_nouns"),
        passive_auxiliaries=words("passive_auxiliaries"), noun_determiners=words("noun_determiners"),
        passive_agents=words("passive_agents"), label_links=words("label_links"),
        object_prepositions=words("object_prepositions"), prohibitives=words("prohibitives"),
        purposes=words("purpose_words"), eases=words("ease_words"),
        obligation_modals=_Phrases(lex.get("obligation_modals", ())),
        first_person_plural=words("first_person_plural"), modal_hosts=words("modal_hosts"),
        hyphen_prefixes=words("hyphen_prefixes"),
        reporting_words=words("reporting_verbs", "reporting_verbs_postposed"),
        noun_quantifiers=words("noun_quantifiers"), noun_modifiers=words("noun_modifiers"),
        noun_modifier_hosts=words("noun_modifier_hosts"),
        group_members=_Phrases(lex.get("group_members", ())),
        elisions=words("elisions"),
        verb_prefixes=lex.get("finite_verb_prefixes", ()), verb_suffixes=lex.get("finite_verb_suffixes", ()),
        passive_prefixes=lex.get("passive_prefixes", ()), comparison_words=words("comparison_words"),
        contrast_words=words("contrast_words"),
        negations=words("negations"),
        stance_suffixes=lex.get("stance_suffixes", ()), neutral_openers=words("neutral_openers"),
        stance_followers=words("stance_followers"),
        contrast=phrase_pattern(lex.get("contrast_negations", ())),
        contrast_conjunctions=words("contrast_conjunctions"), contrast_exclusions=words("contrast_exclusions"),
        contrast_exclusion_suffixes=lex.get("contrast_exclusion_suffixes", ()),
        common_words=words("function_words", "third_person_pronouns", "first_person_singular",
                           "editorial_outlet_voice", "clause_words", "negations"),
        starts=_StartIndex(indexes, concrete_words, (qualifiers, continuation),
                           titles=words("abbreviations") & words("honorifics", "ranks", "role_nouns"),
                           lower_titles=words("lower_case_titles")),
        concrete_words=concrete_words,
        area_nouns=words("area_nouns"), office_nouns=words("office_nouns"), rank_words=words("ranks"),
        # (a thought in marks is no speech either, nor a notice's wording right after its noun)
        title_words=words("title_words", "thought_verbs", "notice_words"), notice_words=words("notice_words"),
        saying_nouns=words("saying_nouns"),
        title_links=words("title_links"),
        linked_titles=words("linked_titles"),
        no_name_openers=words("area_nouns", "office_nouns", "body_words"),
        thing_openers=words("feature_nouns", "firm_nouns"),
        feature_openers=words("feature_nouns"),
        clause_openers=frozenset(phrase.casefold() for phrase in lex.get("clause_openers", ())),
        quoting_words=words("reporting_verbs_quoting"),
        speaker_openers=words("third_person_pronouns", "generic_sources", "role_nouns", "source_determiners",
                              "indefinite_speakers"),
        third_persons=words("third_person_objects"),
        role_heads=words("role_nouns"), regional_roles=words("regional_roles"),
        relative_pronouns=words("relative_pronouns"),
        perspective_openers=words("perspective_openers"), title_minor_words=words("title_minor_words"),
        perspective_exclusions=words("perspective_exclusions"),
        speech_events=phrase_pattern(lex.get("speech_events", ())),
        degrees=frozenset(degree.replace(".", "") for degree in with_english(lang, "name_degrees")),
        number_designators=frozenset(word.casefold().rstrip(".") for word in with_english(lang, "number_designators")),
        any_case_designators=frozenset(word.casefold().rstrip(".")
                                       for word in with_english(lang, "any_case_designators")),
    )


# --- quotation marks ---------------------------------------------------------------------------

_ADDRESSEE_WORDS = 3
"""The most words after an addressee preposition between a verb and the quotation it opens
(``shouted to the crowd: "…"``)."""

_DOUBLE_OPENING = OPENING_DOUBLE_MARKS
_DOUBLE_CLOSING = CLOSING_DOUBLE_MARK
_DOUBLE = _DOUBLE_OPENING + _DOUBLE_CLOSING + STRAIGHT_DOUBLE_MARK
_GUILLEMETS = GUILLEMETS
_SINGLE = SINGLE_MARKS
_MARKS = _DOUBLE + _GUILLEMETS + _SINGLE
_ALL_MARKS = frozenset(_MARKS)
_PRIME_CLOSING = "\u2033"
"""A double prime (``″``) typed for the closing mark of a quotation in double marks (``” Dibuka
sejak 1 Juli 2024″, ujarnya``): it closes one that is open unless the next double mark can close
it (``“We got 4″ of rain …,” said``: an inch), and is nothing else (``a 5″ pipe``)."""
_QUOTE_MARK = re.compile("[" + re.escape(_DOUBLE + _GUILLEMETS + _SINGLE + _PRIME_CLOSING) + "]|``")
_BACKTICKS = "``"
"""Two grave accents typed for an opening double mark (wire copy: ````Longer hours …"``)."""
_OPEN_BEFORE = frozenset("([{—–-/")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…/")
_NO_OPENING_AFTER = frozenset(",;:!?)]}")
"""What cannot follow a straight mark that opens a quotation (a full stop neither, unless it
begins an ellipsis: ``"...``)."""


@dataclass(slots=True)
class _QuoteScan:
    pairs: list[tuple[int, int]] = field(default_factory=list)
    unbalanced: list[int] = field(default_factory=list)
    open_at_end: int | None = None
    single_open_at_end: int | None = None
    """A single opening mark left open: a quotation running on into the next paragraph when
    that one reopens it with a single mark (British style), else an apostrophe or an elision."""


_CLAUSE_END = re.compile(r"[,;]|[!?](?=\s)|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.(?=\s)")
"""Where the writer's clause after a closing quotation mark ends: a comma, or a sentence's end
(not the full stop of a short title: ``Gov.``, ``Dr.``, ``Sen.``)."""


_ELIDED = re.compile(r"[^\W\d_]+")
"""The word after a single mark, looked up in the language's ``elisions``."""


def typed_for_apostrophe(text: str, at: int) -> bool:
    """Whether the double mark at ``at`` is typed for an apostrophe (``the town”s``, ``don”t``)."""
    return _DOUBLE_APOSTROPHE.match(text, at) is not None


_DOUBLE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[\"”“](?=(?:s|t|re|ll|ve|d|m)(?![^\W\d_]))")
"""A double mark typed for an apostrophe, between a word and an English possessive or
contraction (``the town”s``, ``don”t``): a wrong mark, never a quotation's."""


def _flanks(text: str, at: int, start: int, end: int, width: int = 1) -> tuple[bool, bool]:
    """(can open, can close) for the mark at ``at`` (``width`` characters long: two single marks
    typed for a double one are two), from the characters around it."""
    before = text[at - 1] if at > start else None
    after = text[at + width] if at + width < end else None
    marks = _ALL_MARKS
    can_open = after is not None and not after.isspace() and (
        before is None or before.isspace() or before in _OPEN_BEFORE or before in marks) and not (
        text[at] == '"' and (after in _NO_OPENING_AFTER or (after == "." and text[at + 2:at + 3] != ".")))
    # (a straight mark before a comma or a full stop opens nothing: "… tahun lalu ", kata Budi";
    # an ellipsis may open a quotation, "...; a curly one keeps its shape for KL305 to report)
    can_close = before is not None and not before.isspace() and (
        after is None or after.isspace() or after in _CLOSE_AFTER or after in marks)
    return can_open, can_close


_ARROW_WORDS = 6
"""The most words before a button's arrow (``Read more »``, ``More () »``)."""


def _a_buttons_arrow(text: str, start: int, at: int) -> bool:
    """Whether the ``»`` at ``at``, ending its paragraph, is a button's arrow (``More () »``,
    ``Read more »``): a few words before it, not ending with a sentence's, a clause's or a
    quotation's last punctuation (``… rocks. »`` closes a quotation)."""
    before = text[start:at].rstrip()
    return before != "" and before[-1] not in _SENTENCE_END and before[-1] != "," \
        and before[-1] not in _ALL_MARKS and len(before.split(None, _ARROW_WORDS)) <= _ARROW_WORDS


def _scan_quotes(text: str, start: int, end: int, marks: Sequence[int] | None = None,
                 elisions: frozenset[str] = frozenset(), verbs: frozenset[str] = frozenset()) -> _QuoteScan:
    """Pair the quotation marks of one paragraph (``marks``, when given, are the offsets of
    all of them, ascending).

    Double marks (straight or typographic, in any of the usual conventions) pair with each
    other, guillemets with each other, single marks with each other. A single mark between two
    letters is an apostrophe (``Jum'at``, ``don't``), and so is one before a word an apostrophe
    shortens (``the ‘ol ball coach``, ``'em``: ``elisions``); an unpaired single mark is taken for an
    apostrophe or an elision too (``the companies' profits``, ``’90s``), so only double marks and
    guillemets are ever reported as unbalanced. A double mark typed for an apostrophe (``the
    town”s``) is unbalanced and opens or closes nothing. A ``»`` spaced on both sides (or opening the
    paragraph before a space), before more words, in a paragraph without ``«`` is a list bullet or
    a breadcrumb's separator (``» Dana Whitlow, publisher``, ``Home » News``), no mark; ending a
    paragraph it closes after a sentence's end (``… rocks. »``), and is a button's arrow after
    up to six other words (``More () »``, ``Lihat daftar lengkap pemenang lomba »``); a guillemet
    alone on its line is a pager's arrow (``«`` / ``»``).
    """
    scan = _QuoteScan([], [])  # (lists given: cheaper than the default factories)
    if marks is None:
        marks = [at for match in _QUOTE_MARK.finditer(text, start, end)
                 if not _inches(text, at := match.start())]
    if not marks:
        return scan
    if len(marks) == 1 and text[marks[0]] in _GUILLEMETS and len(text[start:end].strip()) == 1:
        return scan  # a pager's arrow on a line of its own ("«" / "»"), no mark
    double_open: int | None = None
    guillemet_open: int | None = None
    single_open: int | None = None
    tail: int | None = None  # (where the paragraph's text ends, at the first "»" after a space)
    no_opening_guillemet: bool | None = None  # (looked up at the first spaced "»")
    doubles: list[int] | None = None  # (the double marks, listed at the first double prime)
    skip = -1
    for at in marks:
        if at == skip:
            continue
        char = text[at]
        can_open, can_close = _flanks(text, at, start, end)
        if char == _PRIME_CLOSING:
            # (not when the next double mark can close the quotation: "“We got 4″ of rain …,” said"
            # closes at its ”; "“… thrilled″, said Dana. She added, “…”" closes at the prime)
            if double_open is None and can_open and not can_close and not text[start:at].strip():
                double_open = at  # a prime typed for the mark that reopens a quote at a paragraph's head: "″Clearly …"
                continue
            if doubles is None:
                doubles = [mark for mark in marks if text[mark] in _DOUBLE]
            following = bisect.bisect_right(doubles, at)
            if double_open is not None and can_close and not (
                    following < len(doubles) and _flanks(text, doubles[following], start, end)[1]):
                scan.pairs.append((double_open, at))
                double_open = None
            continue
        if char == "`":  # (only a pair of them is found: ``…)
            skip = at + 1
            can_open, can_close = _flanks(text, at, start, end, 2)
            if can_open and not can_close:
                at += 1
            char = '"'
        elif char in _SINGLE and at + 1 < end and text[at + 1] in _SINGLE:
            # Two single marks typed for a double one (print copy: “…’’, ‘‘…’’): one double mark,
            # standing where its quotation's words begin or end (the second of an opening pair,
            # the first of a closing one).
            skip = at + 1
            can_open, can_close = _flanks(text, at, start, end, 2)
            if can_open and not can_close:
                at += 1
            char = '"'
        elif char in _SINGLE:
            before = text[at - 1] if at > start else " "
            after = text[at + 1] if at + 1 < end else " "
            if before.isalnum() and after.isalnum():
                continue  # apostrophe inside a word
            if single_open is not None and can_close:
                scan.pairs.append((single_open, at))
                single_open = None
            elif can_open and not can_close:
                elided = _ELIDED.match(text, at + 1) if elisions else None
                if elided is not None and elided.group().casefold() in elisions:
                    continue  # "the ‘ol ball coach", "'em": an elision's apostrophe opens nothing
                single_open = at
            continue
        if char in _GUILLEMETS:
            separator = False
            if char == "»" and (at == start or text[at - 1].isspace()):
                if tail is None:
                    tail = start + len(text[start:end].rstrip())  # (where the paragraph's text ends)
                separator = (tail > at + 1 and text[at + 1].isspace()) or \
                    (tail == at + 1 and _a_buttons_arrow(text, start, at))
            if separator:
                if no_opening_guillemet is None:
                    no_opening_guillemet = text.find("«", start, end) < 0
                if no_opening_guillemet:
                    continue  # a list bullet or a breadcrumb's separator ("» Dana Whitlow", "Home » News")
            if guillemet_open is not None and text[guillemet_open] != char:
                scan.pairs.append((guillemet_open, at))
                guillemet_open = None
            elif guillemet_open is None:
                guillemet_open = at
            else:  # the same guillemet twice: the first one had no partner
                scan.unbalanced.append(guillemet_open)
                guillemet_open = at
            continue
        # Double marks: the position decides, the mark's shape only breaks ties.
        if _DOUBLE_APOSTROPHE.match(text, at):
            scan.unbalanced.append(at)  # typed for an apostrophe ("the town”s new …"): no partner, no quotation
            continue
        if double_open is None:
            if char in _DOUBLE_CLOSING + '"' and can_close and not can_open:
                scan.unbalanced.append(at)  # a closing mark with nothing open
            else:
                double_open = at
        elif can_close or not can_open or char in _DOUBLE_CLOSING:
            scan.pairs.append((double_open, at))
            double_open = None
        else:  # an opening mark while one is open: the first one had no partner
            scan.unbalanced.append(double_open)
            double_open = at
    if guillemet_open is not None:
        scan.unbalanced.append(guillemet_open)
    scan.open_at_end = double_open
    scan.single_open_at_end = single_open
    if scan.pairs and scan.unbalanced:
        glued = double_open if _glued_after_words(text, double_open, start, end) else None
        if len(scan.unbalanced) > 1 or glued is not None:
            _pair_nested(text, start, end, scan, glued, verbs)
    scan.pairs.sort()
    return scan


_ATTRIBUTION_SHAPE = re.compile(r",\s++(?:(?P<before>[^\W\d_A-Z][\w-]*+)\s++[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+){0,3}+"
                                r"|[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+){0,3}+\s++(?P<after>[^\W\d_A-Z][\w-]*+))\s*+[.,]")
"""An attribution after a comma: a reporting verb and a name, or a name and a reporting verb,
then a full stop or a comma (``, kata Budi Santoso.``, ``, Ann Ford said,``; the verb checked
apart: ``, bertemu Ketua Dewan.`` is none). A glued mark closes no nested quotation across one:
two quotations that lost their marks, and the attribution between them, would read as one."""


def _attributed(text: str, start: int, end: int, verbs: frozenset[str]) -> bool:
    """Whether an attribution (:data:`_ATTRIBUTION_SHAPE` with one of ``verbs``) stands in
    ``text[start:end]``."""
    return any((found["before"] or found["after"]).casefold() in verbs
               for found in _ATTRIBUTION_SHAPE.finditer(text, start, end))


def _glued_after_words(text: str, mark: int | None, start: int, end: int) -> bool:
    """Whether a mark stands glued between a quotation's last punctuation and the next word
    (``… rapat itu,”ucap Rudi``): a closing mark, though it cannot close by its flanks."""
    return mark is not None and mark > start and text[mark - 1] in ",.!?" \
        and mark + 1 < end and text[mark + 1].isalpha()


def _pair_nested(text: str, start: int, end: int, scan: _QuoteScan, glued: int | None,
                 verbs: frozenset[str] = frozenset()) -> None:
    """A quotation in double marks with another one inside, typed in double marks too (``“… read
    the result as “Approved” the whole room cheered.”``): the outer opening mark was left open
    when the inner one opened, and its closing mark came with nothing open. Two such marks next
    to each other among the unpartnered ones, the first able to open and the second to close,
    with a pair between them, are one quotation. The second may be the mark left open at the
    paragraph's end where it is glued to the verb after the quotation's last punctuation (``“…
    “pintu masuk” … itu,”ucap Rudi``; ``glued``), unless what looks like an attribution stands
    inside (``“Kami kecewa, kata Budi Santoso. Proyek “gagal” itu …,”ujar Rina``): it closes."""
    unbalanced = sorted([*scan.unbalanced, glued] if glued is not None else scan.unbalanced)
    # The pairs in double marks never overlap: the first one after a mark is the one to test.
    doubles = sorted(pair for pair in scan.pairs if text[pair[0]] in _DOUBLE)
    openings = [opening for opening, _ in doubles]
    kept: list[int] = []
    at = 0
    while at < len(unbalanced):
        first = unbalanced[at]
        if at + 1 < len(unbalanced):
            second = unbalanced[at + 1]
            inner = bisect.bisect_right(openings, first)
            if text[first] in _DOUBLE and text[second] in _DOUBLE and text[first] not in _DOUBLE_CLOSING \
                    and inner < len(doubles) and doubles[inner][1] < second \
                    and _flanks(text, first, start, end)[0] \
                    and (_flanks(text, second, start, end)[1]
                         or (second == glued and not _attributed(text, first + 1, second, verbs))):
                scan.pairs.append((first, second))
                if second == glued:
                    scan.open_at_end = glued = None
                at += 2
                continue
        if first != glued:
            kept.append(first)
        at += 1
    scan.unbalanced[:] = kept


_FEET_AND_INCHES = re.compile(r"(?<![\w'])\d'\d{1,2}\Z")
"""Feet and inches before a straight double mark, the inches' sign (``5'10"``)."""


def _inches(text: str, at: int) -> bool:
    """Whether the mark at ``at`` is a straight double mark after feet and inches (``5'10"``) and
    its line's other straight double marks, heights' aside, are even: none left open for it to
    close (``"He is already 6'11" and still growing,"`` and ``6'11" and 6'8"`` hold inches; ``as
    "a huge talent at 6'11" and …`` closes)."""
    if not _after_height(text, at):
        return False
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = end if end >= 0 else len(text)
    # (the line's other straight marks, heights' aside, pair among themselves: none is left open)
    others = 0
    mark = text.find('"', start, end)
    while mark >= 0:
        others += not _after_height(text, mark)
        mark = text.find('"', mark + 1, end)
    return others % 2 == 0


def _after_height(text: str, at: int) -> bool:
    """Whether the mark at ``at`` is a straight double mark right after feet and inches."""
    return text[at] == '"' and text[at - 1:at].isdigit() and \
        _FEET_AND_INCHES.search(text, max(0, at - 6), at) is not None


def _quote_marks(text: str) -> list[int]:
    """The offsets of every quotation mark in ``text``, ascending (what ``_QUOTE_MARK`` finds:
    looking for each mark in turn is faster), but a straight double mark after feet and inches
    (``stands 5'10".``: the inches' sign)."""
    found: list[int] = []
    for mark in _MARKS + _PRIME_CLOSING:
        at = text.find(mark)
        while at >= 0:
            if not (mark == '"' and _inches(text, at)):
                found.append(at)  # (not the inches of a height: "stands 5'10\".")
            at = text.find(mark, at + 1)
    at = text.find(_BACKTICKS)
    while at >= 0:  # two grave accents typed for an opening mark (wire copy: ``…")
        found.append(at)
        at = text.find(_BACKTICKS, at + 2)
    found.sort()
    return found


def _starts_with_single_opening_quote(paragraph: ParagraphLike) -> bool:
    """Whether the paragraph opens with a single mark before a capital letter, as a quotation
    reopened in the next paragraph does (``‘Residents are…``; not an elision, ``‘em``, ``’90s``,
    ``‘n``)."""
    stripped = paragraph.text.lstrip()
    return stripped[:1] in ("‘", "'") and stripped[1:2].isupper()


def _opens_running_single(text: str, at: int, start: int) -> bool:
    """Whether the single mark at ``at`` (its paragraph starting at ``start``) opens a quotation
    as a speaker's words begin: at the paragraph's head or after a colon, a comma or a dash, and
    before a capital letter (``said: ‘Crews are …``; not ``give ‘em hell``)."""
    before = text[start:at].rstrip()
    return text[at + 1:at + 2].isupper() and (not before or before[-1] in ":,—–")


def _starts_with_opening_quote(paragraph: ParagraphLike, language: _Language | None = None,
                               then: ParagraphLike | None = None) -> bool:
    """Whether the paragraph opens with a quotation mark that opens, perhaps typed in a closing
    mark's shape or as a double prime glued to a first word that is no reporting verb and not in
    lower case (``”This is the biggest win …,” said White``, ``″Clearly this is …``, ``”30
    persen …``, ``”Dia bilang uang saya aman …``), or to any word when the paragraph quotes on
    and closes later, or the next one (``then``) opens with a mark too and this one tells of no
    one (``”Jelas kami menolak …,” kata …``, ``”e-KTP saya …,” kata …``); not a closing mark a
    paragraph break left at the head of the reporting clause: a reporting verb (a quoting one
    too, ``”kisahnya``) before its speaker's name or a clause that ends within a few words
    (``”Kata Ketua …``, ``”ujar Budi``, ``”kata dia.``, ``”said trader Tom Reed.``), or a pronoun
    in lower case and a verb that end the clause (``”he said.``), or narration after it (a
    clause's end, within a few words or a reporting verb's clause, and a pronoun or a reporting
    verb opening the next sentence: ``”keluh pedagang sayur itu saat ditemui di pasar. Ia …``)."""
    stripped = paragraph.text.lstrip()
    if not stripped:
        return False
    if stripped[0] in CLOSING_DOUBLE_MARK + _PRIME_CLOSING:
        words = stripped[1:].split(None, _SPEAKER_WORDS + 1)[:_SPEAKER_WORDS + 1] if stripped[1:2].strip() else []
        if not words:
            return False
        reporting = language.reporting_words | language.quoting_words if language is not None else frozenset()
        openers = language.speaker_openers if language is not None else frozenset()
        word = words[0].strip(",.").casefold()
        verb = word in reporting or (word.endswith("nya") and word[:-3] in reporting)
        second = words[1].strip(",.").casefold() if len(words) > 1 else ""
        if words[0][:1].islower() and word in openers and second in reporting and words[1].endswith((".", ",")):
            return False  # "”he said. …"
        if verb:
            if words[0].endswith((".", ",")) or len(words) == 1 or word.endswith("nya"):
                return False  # "”katanya.", "”ujarnya, …", "”kisahnya sambil …"
            for following in words[1:]:
                if following[:1].isupper() or following.strip(",.!?").casefold() in openers:
                    return False  # "”Kata Ketua …", "”said trader Tom Reed.", "”kata dia.", "”ujar seorang …"
                if following.endswith((".", "!", "?", ",")):
                    break  # ("”Jelas kami menolak. Kalau …": the quotation's own sentences)
        elif not words[0][:1].islower():
            return True  # "”This is …", "”30 persen …", "”Dia bilang …"
        # Quoted on: a later mark closes it here, or the next paragraph reopens it too and this one
        # tells of no one ("”gerutu Budi. Ia menambahkan, …": narration under a left-behind mark).
        if any(mark in DOUBLE_MARKS for mark in stripped[1:]):
            return True
        if then is None or then.text.lstrip()[:1] not in DOUBLE_MARKS + _PRIME_CLOSING:
            return False
        # (narration: a sentence's end within the first words, or within the clause a reporting
        # verb opens, "”keluh pedagang sayur itu saat ditemui di pasar. Ia …", then a pronoun or a
        # reporting verb opening the next sentence; not "”dan mereka bilang …", a quotation's own
        # words)
        narration = reporting | (language.third_persons if language is not None else frozenset())
        reach = _CLAUSE_WORDS if verb else _SPEAKER_WORDS + 1
        tokens = stripped[1:].split()[:reach + 2]
        ends = next((at for at, token in enumerate(tokens[:reach]) if token.endswith((".", "!", "?"))), None)
        return ends is None or ends + 1 >= len(tokens) or tokens[ends + 1].strip(",.!?").casefold() not in narration
    return stripped[0] in _DOUBLE_OPENING + '"«' \
        or (stripped[:2] in ("‘‘", "''", "’’") and stripped[2:3].strip() != "")


_SPEAKER_WORDS = 3
"""How many words after a reporting verb at a paragraph's head may name its speaker."""
_CLAUSE_WORDS = 12
"""How many words a reporting clause at a paragraph's head may run to its sentence's end."""


def left_behind_closing(paragraph: ParagraphLike, lang: str, then: ParagraphLike | None = None) -> bool:
    """Whether the paragraph opens with a closing mark a paragraph break left at its head,
    reopening nothing (``”Kata Ketua …``, ``”ujar Budi.``; see :func:`_starts_with_opening_quote`;
    ``then`` is the paragraph after it)."""
    stripped = paragraph.text.lstrip()
    return stripped[:1] in (CLOSING_DOUBLE_MARK, _PRIME_CLOSING) and \
        not _starts_with_opening_quote(paragraph, _language(lang), then)


# --- evidence ------------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")
_NUMBER_SUFFIXES = frozenset({"s", "st", "nd", "rd", "th", "an"})
"""Letters that make a number an ordinal or a decade (``3rd``, ``50s``, ``1990s``, ``80an``),
not part of a name (``5G``, ``G20``)."""
_ORDINAL_PREFIXES = frozenset({"ke"})
"""A word before a hyphen that makes the number after it an ordinal (``ke-3``), not part of a
name (``COVID-19``)."""
_CURRENCY_PREFIXES = frozenset({"rp", "usd", "idr", "rm", "eur", "gbp", "sgd", "aud", "jpy", "inr", "php",
                                "thb", "myr", "us"})
"""Currency symbols and codes written in letters and glued to an amount (``Rp6.500``, ``USD5``):
the number is a figure, not part of a name."""
_NUMERIC_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{1,2}-\d{1,2}")


def _concrete_numbers(text: str, start: int, end: int,
                      digits: tuple[int, int] | None = None,
                      designators: frozenset[str] = frozenset(),
                      any_case: frozenset[str] = frozenset()) -> list[Evidence]:
    """The numbers and numeric dates of ``text[start:end]``. ``digits``, when given, is where
    the first digit of the text is and where its last one ends: a number lies between the two,
    and the text outside them need not be read. A number after one of the ``designators``,
    capitalised, or one of ``any_case`` names a thing (``Measure 12``, ``Route 66``, ``prop.
    98``, ``Pasal 27 ayat (3)``): no quantity."""
    found: list[Evidence] = []
    scan_from, scan_to = (start, end) if digits is None else digits
    for match in _NUMBER.finditer(text, scan_from, scan_to):
        first, last = match.span()
        before = text[first - 1] if first > start else " "
        after = text[last] if last < end else " "
        if before in "&#" and after == ";":
            continue  # an HTML entity's code left in the copy: "&#8217;", "&8217;" (an apostrophe)
        if before.isalpha():
            word_start = first - 1
            while word_start > start and text[word_start - 1].isalpha():
                word_start -= 1
            if text[word_start:first].casefold() not in _CURRENCY_PREFIXES:
                continue  # part of a name: G20 (not an amount: Rp6.500)
        if after.isalpha():
            suffix_end = last
            while suffix_end < end and text[suffix_end].isalpha():
                suffix_end += 1
            if suffix_end - last > 3 or text[last:suffix_end].casefold() not in _NUMBER_SUFFIXES or (
                    suffix_end < end and (text[suffix_end].isdigit() or text[suffix_end] == "_")):
                continue  # part of a name: Su35x, 5G; not an ordinal or a decade (3rd, 50s)
        if before == "-" and first - 2 >= start and text[first - 2].isalpha():
            word_start = first - 2
            while word_start > start and text[word_start - 1].isalpha():
                word_start -= 1
            if text[word_start:first - 1].casefold() not in _ORDINAL_PREFIXES:
                continue  # COVID-19, Su-35; not "ke-3"
        if (designators or any_case) and before in " .(":
            word = _WORD_BEFORE_NUMBER.search(text, max(start, first - _DESIGNATOR_REACH), first)
            if word is not None and (word.group(1).casefold() in any_case or (
                    word.group(1)[:1].isupper() and word.group(1).casefold() in designators)):
                continue  # "Prop. 98", "Pasal 27": a name's number ("measure 80 square metres" is an amount)
        number = match.group()
        category = "date" if ("/" in number or "-" in number) and _NUMERIC_DATE.fullmatch(number) \
            else "number"
        found.append(Evidence(category, number, first, last))
    return found


_WORD_BEFORE_NUMBER = re.compile(r"([^\W\d_]+)\.?[ \t](?:\(|[ \t]*)\Z")
"""The word right before a number, perhaps abbreviated (``Prop. 98``), perhaps before a
parenthesis (``ayat (3)``)."""
_DESIGNATOR_REACH = 16
"""How far before a number its designator is looked for."""

_evidence_order = attrgetter("start", "end", "category")
"""Evidence in text order (``start``, then ``end``, then ``category``)."""

class _PhraseKeys(dict[str, str]):
    """Phrases as ``_distinct`` compares them (whitespace runs folded, case-folded), memoised
    (emptied past ``_MEMO_MAX`` entries): short phrases repeat, a long one (a quotation) is not
    kept."""

    def __missing__(self, phrase: str) -> str:
        key = " ".join(phrase.split()).casefold()
        if len(phrase) <= 48:
            if len(self) >= _MEMO_MAX:
                self.clear()
            self[phrase] = key
        return key


_PHRASE_KEYS = _PhraseKeys()


def _distinct(evidence: Sequence[Evidence]) -> tuple[tuple[Evidence, ...], int]:
    """One piece of evidence per (category, phrase), the first occurrence standing; and the
    summed weight of the evidence kept.

    Most paragraphs have two or three pieces, mostly of different categories: those need no
    phrase compared (a quotation's phrase, the longest, is compared least often)."""
    weights = _WEIGHTS
    if not evidence:
        return (), 0
    if len(evidence) == 1:
        return (evidence[0],), weights.get(evidence[0].category, 0)
    phrase_keys = _PHRASE_KEYS
    if len(evidence) == 2:
        first, second = evidence
        if _evidence_order(second) < _evidence_order(first):
            first, second = second, first
        if first.category == second.category and phrase_keys[first.phrase] == phrase_keys[second.phrase]:
            return (first,), weights.get(first.category, 0)
        return (first, second), weights.get(first.category, 0) + weights.get(second.category, 0)
    ordered = sorted(evidence, key=_evidence_order)
    categories = [item.category for item in ordered]
    if len(set(categories)) == len(categories):
        return tuple(ordered), sum([weights.get(category, 0) for category in categories])
    seen: set[tuple[str, str]] = set()
    kept: list[Evidence] = []
    weight = 0
    for item in ordered:
        category = item.category
        key = (category, phrase_keys[item.phrase])
        if key not in seen:
            seen.add(key)
            kept.append(item)
            weight += weights.get(category, 0)
    return tuple(kept), weight


# --- one paragraph -----------------------------------------------------------------------------


_NO_PLACES: frozenset[str] = frozenset()


class _Paragraph:
    """One paragraph as read: its tokens and quotation marks, and the evidence found in it.

    (A plain class rather than a dataclass with list defaults: one is made per paragraph, and
    this is cheaper to make.)
    """

    __slots__ = ("attribution", "commas", "concrete", "continuation", "editorial", "quoted_spans",
                 "scan", "source", "speakers", "starts", "tentative", "tokens", "word_ends",
                 "word_starts")

    def __init__(self, source: ParagraphLike, words: _Tokens, scan: _QuoteScan,
                 quoted_spans: list[tuple[int, int]]) -> None:
        self.source = source
        self.tokens, self.word_starts, self.word_ends, self.starts, self.commas = words
        self.scan = scan
        self.quoted_spans = quoted_spans
        self.attribution: list[Evidence] = []
        self.editorial: list[Evidence] = []
        self.concrete: list[Evidence] = []
        self.speakers: list[SpeakerMention] = []
        self.tentative: list[SpeakerMention] = []
        self.continuation = False

    def points_back(self, text: str, language: _Language) -> Evidence | None:
        """The reporting verb of a paragraph that opens by pointing back at what was said: a
        pointer noun (lexicon ``pointer_nouns``, ``source_reference_nouns``), a demonstrative
        (``demonstratives``) and a passive reporting verb right after it or one word on (``Hal
        tersebut disampaikan …``, ``Pernyataan itu juga disampaikan …``), perhaps after a lead word
        and its comma (``Sebelumnya, hal tersebut …``); or None. (Not
        ``Kasus tersebut dilaporkan …``, a report to the police, nor ``Karena itu, warga
        meminta …``.)"""
        tokens, index = self.tokens, language.attribution
        first = 1 if self.commas and self.commas[0] == 0 else 0  # (after a lead: "Sebelumnya, hal tersebut …")
        if len(tokens) < first + 3 or tokens[first].fold not in language.pointer_nouns or \
                tokens[first + 1].fold not in language.demonstratives or tokens[first].quoted:
            return None
        for verb in (first + 2, first + 3):
            if verb < len(tokens) and any(tokens[verb].fold.startswith(p) for p in language.passive_prefixes) \
                    and tokens[verb].starts >> index.slot & 1:
                hit = index.match_at(tokens, verb, len(tokens))
                if hit is not None and _POINTER_VERBS.intersection(hit.categories):
                    start, end = self.word_starts[hit.first], self.word_ends[hit.stop - 1]
                    return Evidence("reporting_verb", text[start:end], start, end)
        return None


_POINTER_VERBS = frozenset({"reporting_verbs", "reporting_verbs_postposed", "passive_attribution"})
"""The lexicon categories of a verb that reports what a paragraph before said (``disampaikan``
is a postposed verb, read here without the agent it needs elsewhere)."""


class _Reader:
    """Reads one paragraph's tokens against one language's lexicon.

    (Its attributes are slots: one is made per paragraph, and its methods read them often.)
    """

    __slots__ = ("_attribution_hits", "_name_tokens", "_place_runs", "_qualifier_lengths", "_sentences",
                 "_starts", "lang", "lower_names", "paragraph", "places", "text", "tokens", "word_ends",
                 "word_starts")

    def __init__(self, text: str, lang: _Language, paragraph: _Paragraph) -> None:
        self.text = text
        self.lang = lang
        self.paragraph = paragraph
        self.tokens = paragraph.tokens
        self.word_starts = paragraph.word_starts
        self.word_ends = paragraph.word_ends
        self._attribution_hits: list[tuple[_Hit, str]] | None = None
        self._qualifier_lengths: dict[int, int] = {}
        # Whether each token can be part of a name (None: not yet known).
        self._name_tokens: list[bool | None] = [None] * len(self.tokens)
        self._starts = paragraph.starts
        self._place_runs: list[tuple[int, int]] = []
        self._sentences: list[int] | None = None  # (the tokens that start a sentence, when first asked)
        self.places: frozenset[str] = _NO_PLACES
        """Folded words the article uses as place names (set once every paragraph is read)."""
        self.lower_names: list[tuple[_Hit, bool]] = []
        """Reporting verbs followed by a lower-case word that may be a name the article gives
        elsewhere (``ungkap dave``), and whether each attributes without one: told once every
        paragraph's names are known (``add_lower_case_names``)."""

    def gap(self, at: int) -> str:
        """The text between token ``at - 1`` and token ``at``."""
        return self.text[self.word_ends[at - 1]:self.word_starts[at]]

    def evidence(self, first: int, stop: int, category: str) -> Evidence:
        """Evidence of ``category``: the text of tokens ``first`` to ``stop`` (exclusive)."""
        start, end = self.word_starts[first], self.word_ends[stop - 1]
        return Evidence(category, self.text[start:end], start, end)

    # phrase matching, driven by the positions where a phrase can start

    def find(self, index: _PhraseIndex, first: int = 0, stop: int | None = None, *,
             skip_quoted: bool = False) -> list[_Hit]:
        """``index.find`` on this paragraph's tokens, trying only positions that start a phrase."""
        starts = self._starts.get(index.slot)
        if not starts:
            if index.listed:
                return []  # no word of the paragraph begins one of the index's phrases
            # (Not listed: every token whose mask has the index is tried.)
            starts = [at for at, token in enumerate(self.tokens) if token.starts >> index.slot & 1]
        return index.find_from(self.tokens, first, len(self.tokens) if stop is None else stop,
                               skip_quoted, starts)

    def in_role(self, hit: _Hit) -> bool:
        """Whether a role of the lexicon starts inside the hit and ends after it (``the public
        defender``: ``public defender``)."""
        return any((role := self.match(self.lang.roles, at, len(self.tokens))) is not None and role.stop > hit.stop
                   for at in range(hit.first, hit.stop))

    def match(self, index: _PhraseIndex, at: int, stop: int) -> _Hit | None:
        """``index.match_at`` on this paragraph's tokens; None at once where no phrase starts."""
        tokens = self.tokens
        if at >= stop or not tokens[at].starts >> index.slot & 1:
            return None
        return index.match_at(tokens, at, stop)

    # token predicates

    def is_name_token(self, at: int) -> bool:
        """A capitalised word, no acronym, stopword or number, one letter only as an initial."""
        known = self._name_tokens[at]
        if known is None:
            token = self.tokens[at]
            # (Only a word of four or more characters loses a possessive: the length of the
            # word is more than one exactly when the token's is.)
            known = (token.cap and self.lang.name_word(token.text)
                     and (len(token.text) > 1 or self.is_initial(at)))
            self._name_tokens[at] = known
        return known

    def capital_initials(self, at: int, stop: int) -> bool:
        """Two capital letters between two words of a name, no acronym's: a person's initials
        ("Fredrickus WA Maclarimboen"; not "Gubernur BI Perry Warjiyo", where no name runs
        before them, nor "Rudi Hartono RI", where none follows)."""
        word = self.tokens[at].text
        return len(word) == 2 and word.isupper() and word.isalpha() and at + 1 < stop \
            and self.is_name_token(at + 1) and self.gap(at) == " " and self.gap(at + 1) == " "

    def is_initial(self, at: int) -> bool:
        """A single capital letter inside a name: "Doli M Tanjung", "M. Taufan Maulana"."""
        tokens = self.tokens
        word = tokens[at].text
        return (len(word) == 1 and word.isupper() and at + 1 < len(tokens)
                and tokens[at + 1].cap and len(tokens[at + 1].text) > 1
                and self.gap(at + 1) in (" ", ". ", "."))

    def qualifier_length(self, at: int, stop: int) -> int:
        """How many tokens from ``at`` form a role qualifier (country, institution, role word)."""
        # The longest qualifier from ``at`` is looked up once; only one that runs past ``stop``
        # needs a second look, bounded by ``stop``.
        longest = self._qualifier_lengths.get(at)
        if longest is None:
            token = self.tokens[at]
            qualifiers = self.lang.qualifiers
            if token.text.isupper() and len(token.text) >= 2:
                longest = 1  # an acronym: NATO, PBB, AS, U.S.
            elif token.starts >> qualifiers.slot & 1:
                hit = qualifiers.match_at(self.tokens, at, len(self.tokens))
                longest = hit.stop - at if hit is not None else 0
            else:
                longest = 0  # no qualifier starts with this word
            self._qualifier_lengths[at] = longest
        if at + longest <= stop:
            return longest
        hit = self.match(self.lang.qualifiers, at, stop)
        return hit.stop - at if hit is not None else 0

    def capital_chunk(self, first: int, stop: int) -> int:
        """End (exclusive) of the run of capitalised words and qualifiers starting at ``first``."""
        tokens, known = self.tokens, self._qualifier_lengths
        at = first
        stop = min(stop, first + _CHUNK_MAX)
        while at < stop and (at == first or tokens[at].joined or self.is_initial(at - 1)):
            token = tokens[at]
            if token.cap:
                length = known.get(at)  # (``qualifier_length``, without a call when it is known)
                if length is None or at + length > stop:
                    length = self.qualifier_length(at, stop)
                at += length or 1
            elif at + 1 < stop and tokens[at + 1].cap and tokens[at + 1].joined and (
                    token.fold in self.lang.particles or token.fold in self.lang.starts.lower_titles):
                at += 1  # "van Dijk", a title in lower case: "dr Rina Lestari"
            else:
                break
        return at

    def lower_title(self, at: int) -> bool:
        """Whether token ``at`` is an abbreviated title in lower case before a name (``dr Rina
        Lestari``, ``dr. Rina``: Indonesian writes a physician's title so)."""
        tokens = self.tokens
        return (not tokens[at].cap and tokens[at].fold in self.lang.starts.lower_titles and at + 1 < len(tokens)
                and tokens[at + 1].cap and tokens[at + 1].joined)

    def trailing_name(self, first: int, stop: int) -> tuple[int, int] | None:
        """The name in a capitalised chunk: its last run of non-qualifier capitalised words."""
        tokens, particles, places = self.tokens, self.lang.particles, self.places
        # Academic degrees after a name are no part of it ("Prof Sudarmanto PhD", "Budi Santoso SH
        # MH"); but a lone word with a degree and nothing before it ("demikian Sulaeman MSi")
        # keeps it, as the sign of a person's name.
        degreed = stop
        while degreed - first > 1 and tokens[degreed - 1].fold.replace(".", "") in self.lang.degrees:
            degreed -= 1
        if degreed - first > 1 or degreed == stop:
            stop = degreed
        known = self._qualifier_lengths
        name_first: int | None = None
        at = first
        while at < stop:
            length = known.get(at)  # (``qualifier_length``, without a call when it is known)
            if length is None or at + length > stop:
                length = self.qualifier_length(at, stop)
            if length == 1 and at == stop - 1 and name_first is not None and \
                    self.match(self.lang.roles, at, stop) is not None:
                break  # a role word ending a name is a surname: "Yusuf Hakim", "Mike Judge"
            if name_first is not None and self.capital_initials(at, stop):
                at += 1  # (initials inside the name, read as no acronym's qualifier)
                continue
            if length or not (self.is_name_token(at) or tokens[at].fold in particles):
                name_first = None
                at += max(length, 1)
                continue
            if name_first is None:
                name_first = at
            at += 1
        if name_first is None:
            return None
        # A place the article names elsewhere ("di Bandung") before the last word belongs to the
        # role or the body ("Kepala Dinas Perkebunan Bandung"): the name is what follows it. A
        # place that ends a body's name ("PLN Unit Distribusi Bandung") is no name at all.
        for at in range(name_first, stop - 1):
            if tokens[at].fold in places:
                name_first = at + 1
        while name_first < stop and tokens[name_first].fold in particles:
            name_first += 1
        if name_first >= stop or stop - name_first > 4:
            return None
        if name_first > first and tokens[stop - 1].fold in places:
            return None
        return name_first, stop

    def mention(self, role_first: int | None, role_stop: int | None, name: tuple[int, int],
                role_head: str | None) -> SpeakerMention:
        first, stop = name
        tokens = self.tokens
        words = [t.text[:-2] if t.text.endswith(_POSSESSIVE) and len(t.text) > 3 else t.text
                 for t in tokens[first:stop]]  # (``_strip_possessive``)
        name_end = self.word_ends[stop - 1] - (len(tokens[stop - 1].text) - len(words[-1]))
        name_start = self.word_starts[first]
        role: str | None = None
        start = name_start
        end = name_end
        if role_first is not None and role_stop is not None and role_stop > role_first:
            role_start, role_end = self.word_starts[role_first], self.word_ends[role_stop - 1]
            if self.text.startswith(")", role_end) and "(" in self.text[role_start:role_end]:
                role_end += 1  # "Kepala Badan Koordinasi Penanaman Modal (BKPM)"
            role = " ".join(self.text[role_start:role_end].split())
            start, end = min(start, role_start), max(end, role_end)
        return SpeakerMention(" ".join(words), role, start, end, self.paragraph.source.index,
                              name_start, name_end, role_head)

    # evidence

    def attribution_hits(self) -> list[tuple[_Hit, str]]:
        """Accepted attribution hits (outside quotation marks) with their evidence category."""
        if self._attribution_hits is not None:
            return self._attribution_hits
        accepted: list[tuple[_Hit, str]] = []
        if self.lang.attribution.slot not in self._starts:  # (``find`` would find nothing)
            self._attribution_hits = accepted
            return accepted
        tokens = self.tokens
        for hit in self.find(self.lang.attribution, skip_quoted=True):
            categories = hit.categories
            if self.reduplicated(hit.first):
                continue  # "Kata-kata guru itu …": the doubled word is a noun (words), no verb
            if ("reporting_verbs" in categories or "reporting_verbs_postposed" in categories) \
                    and (self.compounded(hit.first) or self.in_name(hit.first)):
                continue  # "seterang-terangnya", "the United States": part of another word or a name, no verb
            if "reporting_verbs" in categories:
                if self.determined(hit.first):
                    continue  # "as most states have done", "the reports": the verb's noun
                if self.obligated(hit.first):
                    continue  # "Pemkot harus menjelaskan …": what ought to be said, no report
                if self.outlet_subject(hit.first):
                    continue  # "Kita berharap …", "We hope …": the outlet's own voice, no source
                if hit.first and tokens[hit.first].joined and tokens[hit.first - 1].sentence_start \
                        and tokens[hit.first - 1].fold in self.lang.prohibitives:
                    continue  # "Jangan berdalih …", "Don't blame …": a command opening its sentence, no report
                if self.agentless_passive(hit):
                    accepted.append((hit, "passive_attribution"))  # "households were promised relief"
                    continue
                accepted.append((hit, "reporting_verb"))
            elif "attribution_phrases" in categories:
                accepted.append((hit, "attribution_phrase"))
            elif "reporting_verbs_postposed" in categories:
                if self.passive_in_clause(hit):
                    continue  # "janji yang disampaikan Wali Kota", "tidak pernah dijelaskan Pemkot"
                if hit.clitic in self.lang.pronoun_clitics or self.speaker_follows(hit.stop) \
                        or self.agent_follows(hit):
                    accepted.append((hit, "reporting_verb"))
                elif self.right_after_quote(hit):
                    # ",” kata pedagang", ",” tandas budi": a verb there reports the quotation,
                    # whoever the words after it name (a lower-case name is still looked up).
                    accepted.append((hit, "reporting_verb"))
                    if self.lower_name_may_follow(hit):
                        self.lower_names.append((hit, True))
                elif self.lower_name_may_follow(hit):
                    self.lower_names.append((hit, False))
            elif "reporting_verbs_described" in categories:
                if self.described_subject(hit.first):
                    accepted.append((hit, "reporting_verb"))  # "Paryadi, calon penumpang, menginginkan …"
            elif "reporting_verbs_agented" in categories:
                if not self.passive_in_clause(hit) and self.agent_follows(hit):
                    accepted.append((hit, "reporting_verb"))  # "diungkap oleh akun resmi …"
            elif "reporting_verbs_quoting" in categories:
                # (a noun and its demonstrative after the closing mark report nothing: '"…,"
                # komentar itu disukai 2.000 akun')
                if self.introduces_quote(hit) or (self.closes_quote(hit) and not (
                        hit.stop < len(self.tokens) and self.tokens[hit.stop].fold in self.lang.demonstratives)):
                    accepted.append((hit, "reporting_verb"))
            elif "reporting_participles" in categories:
                if self.participle_subject(hit) is not None:
                    accepted.append((hit, "reporting_verb"))
            elif "document_verbs" in categories:
                if self.source_before(hit.first) is not None:
                    accepted.append((hit, "document_source"))
                elif self.person_before(hit.first):
                    accepted.append((hit, "reporting_verb"))  # "pelatih Budi Santosa mencatat …": a person notes
            elif "passive_attribution" in categories:
                accepted.append((hit, "passive_attribution"))
            elif "passive_appeals" in categories:
                if hit.first > 1 and tokens[hit.first].joined and tokens[hit.first - 1].fold in self.lang.purposes \
                        and tokens[hit.first - 1].joined and tokens[hit.first - 2].fold in self.lang.eases:
                    continue  # "sulit untuk diminta kembali": what is hard to do, nobody's appeal
                accepted.append((hit, "passive_appeal"))
        self._attribution_hits = accepted
        return accepted

    def agentless_passive(self, hit: _Hit) -> bool:
        """Whether a reporting verb is a passive with no agent in its clause (``households were
        promised relief``, ``it was announced``; not ``were told by police``, ``were confirmed
        to reporters by the coroner``, nor the progressive, ``was saying``): an agentless
        passive, which names no source. The clause runs to a comma, a sentence's end or
        ``_AGENT_REACH`` words."""
        tokens, first = self.tokens, hit.first
        if not first or not tokens[first].joined or tokens[first - 1].fold not in self.lang.passive_auxiliaries \
                or tokens[first].fold.endswith("ing"):
            return False
        for at in range(hit.stop, min(len(tokens), hit.stop + _AGENT_REACH)):
            if not tokens[at].joined or tokens[at].sentence_start:
                return True  # (a comma or a sentence's end closes the clause)
            if tokens[at].fold in self.lang.passive_agents:
                return False
        return True

    def passive_in_clause(self, hit: _Hit) -> bool:
        """Whether a passive reporting verb (a prefix of ``passive_prefixes``: ``disampaikan``)
        follows a relative pronoun or a negation: it names what was said, or that it was not,
        and attributes nothing (``janji yang disampaikan Wali Kota``, ``tidak pernah
        dijelaskan Pemkot``)."""
        tokens, first = self.tokens, hit.first
        if first == 0 or not tokens[first].joined or \
                not any(tokens[first].fold.startswith(prefix) for prefix in self.lang.passive_prefixes):
            return False
        if tokens[first - 1].fold in self.lang.relative_pronouns:
            # ("seperti yang disampaikan Budi", as Budi said: a comparison, and the source)
            return not (first >= 2 and tokens[first - 2].fold in self.lang.comparison_words)
        # A negation right before it, or before one more word ("tidak pernah", "belum juga").
        return any(tokens[at].fold in self.lang.negations and all(t.joined for t in tokens[at + 1:first + 1])
                   for at in range(max(0, first - 2), first))

    def right_after_quote(self, hit: _Hit) -> bool:
        """The verb stands right after a quotation's closing mark, only a comma, a space or the
        mark's own punctuation between: ``“…,” kata pedagang``, ``"…?" ujar dia`` (and a backslash
        a site printed before the mark, ``…,\\” ujar majelis``, or a parenthesis closed inside the
        quotation, ``… (genetik),” kata dr Aditya``)."""
        before = hit.first - 1
        if before < 0 or not self.tokens[before].quoted or self.tokens[hit.first].quoted:
            return False
        gap = self.gap(hit.first)
        last = gap.rstrip()[-1:]
        # (a parenthesis the quotation's words close: "… (genetik)," kata dr Aditya)
        return (last in _ALL_MARKS or last == ",") and any(c in _ALL_MARKS for c in gap) and all(
            c in _ALL_MARKS or c in ",.!?…\\)]" or c.isspace() for c in gap)

    def introduces_quote(self, hit: _Hit) -> bool:
        """The verb opens a quotation: ``Rahman went on: "…"``, ``Rahman melanjutkan, "…"``.

        Only a comma or a colon (and a backslash a site printed before the mark: ``melanjutkan,
        \\"…``) may stand between the verb and the opening mark, after the
        people it was said to, if any (``mouthed to them: "…"``, ``shouted to the crowd:``: an
        addressee preposition and up to ``_ADDRESSEE_WORDS`` words), and what it was said about
        (``made a comment about the delay:``; lexicon ``topic_prepositions``).
        """
        after = hit.stop
        tokens = self.tokens
        if hit.first and tokens[hit.first - 1].fold in self.lang.passive_auxiliaries and tokens[hit.first].joined \
                and not tokens[hit.first].fold.endswith("ing"):
            # "Firefighters were called out “at around 3 a.m.”": the passive, no speech ("The
            # crowd was chanting “…”" is the progressive: speech)
            return False
        for prepositions in (self.lang.addressee_prepositions, self.lang.topic_prepositions):
            if after < len(tokens) and tokens[after].fold in prepositions and tokens[after].joined:
                # (the words said to someone, or about something: "to them", "to the crowd",
                # "about the delay", joined up to the mark)
                reach = min(len(tokens), after + 1 + _ADDRESSEE_WORDS)
                after += 1
                while after < reach and not tokens[after].quoted and tokens[after].joined:
                    after += 1
        if after >= len(tokens) or not tokens[after].quoted:
            return False
        gap = self.gap(after)
        return any(c in _ALL_MARKS for c in gap) and all(
            c in _ALL_MARKS or c in ",:\\" or c.isspace() for c in gap)

    def closes_quote(self, hit: _Hit) -> bool:
        """The verb closes a quotation: ``"…," Rahman continued.``, ``"…," continued Rahman.``

        At most five words (the speaker: ``the BC River Forecast Centre cautions``) stand between
        the closing mark and the verb, in the same sentence; the quotation ends with a comma, a
        question or an exclamation, not a full stop, so that a new sentence after a quotation
        ("…." The rain continued) does not count.
        """
        tokens = self.tokens
        last = hit.first - 1
        while last >= 0 and hit.first - last <= 6 and not tokens[last].quoted:
            last -= 1
        if last < 0 or not tokens[last].quoted or hit.first - last > 6:
            return False
        if any(tokens[at].sentence_start for at in range(last + 2, hit.first + 1)):
            return False
        gap = self.gap(last + 1)
        return any(c in _ALL_MARKS for c in gap) and "." not in gap

    def sentence_first(self, at: int) -> int | None:
        """The first token of the sentence that token ``at`` stands in (None past
        ``_SENTENCE_MAX`` tokens back: no sentence is that long, a list of words is)."""
        tokens = self.tokens
        first = at
        while first > 0 and not tokens[first].sentence_start:
            first -= 1
            if at - first > _SENTENCE_MAX:
                return None
        return first

    def participle_subject(self, hit: _Hit) -> int | None:
        """Where the subject of a participle clause's main clause stands, if one can speak:
        ``The spokesperson rejected the report, saying …`` (``, adding``, ``— noting``). The
        clause follows a comma, a dash or a semicolon (``…; stating that``), or a conjunction of
        ``participle_conjunctions`` (``gets emotional when describing …``); its subject is the
        main clause's, however far back: a pronoun opening the sentence, a source, generic
        source or role among its first words (``the ministry``, ``one official``, ``the
        spokesperson``), or a capitalised word that is no stopword opening it (a name, a
        country, a body)."""
        if hit.first == 0:
            return None
        after_conjunction = self.tokens[hit.first].joined and \
            self.tokens[hit.first - 1].fold in self.lang.participle_conjunctions
        if not after_conjunction and not any(c in ",—–;" for c in self.gap(hit.first)):
            return None
        first = self.sentence_first(hit.first - 1)
        if first is None:
            return None
        tokens = self.tokens
        if tokens[first].fold in self.lang.pronouns or (tokens[first].cap and self.is_name_token(first)):
            return first
        window = min(hit.first, first + _SUBJECT_WORDS)
        for index in (self.lang.sources, self.lang.roles):
            found = self.find(index, first, window, skip_quoted=True)
            if found:
                return found[0].first
        return None

    def described_subject(self, verb: int) -> bool:
        """Whether the verb at token ``verb`` has for its subject a person's name: right before it
        inside the sentence (``Namun, Bahlil menyentil …``; ``Namun Bahlil …``), a name of two words
        or more opening the sentence (``Sri Mulyani menyentil …``), or opening the sentence, set off by a
        comma from a short description in lower case right before the verb (``Paryadi, calon
        penumpang lainnya menginginkan …``; not ``Masyarakat tentu menginginkan …``, ``Tak
        seorang pun menginginkan …``, ``Kenaikan ini jelas menyentil …``)."""
        tokens = self.tokens
        # A name right before the verb, opening its clause after a comma: "Namun, Bahlil menyentil …"
        # (not "Warga Sinjai menginginkan …", "di Sukamaju menyentil …": a place after a noun or a
        # preposition).
        named = self.before_continuation(verb) - 1
        chunk = named
        while chunk > 0 and not tokens[chunk].sentence_start and tokens[chunk].joined \
                and self.is_name_token(chunk - 1) and named - chunk < 3:
            chunk -= 1
        if named > 0 and self.is_name_token(named) and tokens[named + 1].joined:
            if not tokens[chunk].sentence_start and "," in self.gap(chunk):
                return True
            # A person's name of two words or more opening the sentence ("Sri Mulyani menyentil …"),
            # or any after a clause opener with no comma ("Namun Bahlil menyentil …", "Sementara
            # itu Sri Mulyani …"; lexicon ``clause_openers``); not "Warga Sinjai menginginkan …".
            opener = next((size for size in (1, 2) if chunk - size >= 0 and tokens[chunk - size].sentence_start
                           and " ".join(t.fold for t in tokens[chunk - size:chunk]) in self.lang.clause_openers), 0)
            opens = (opener and tokens[chunk].joined) or (tokens[chunk].sentence_start and chunk < named)
            if opens and tokens[chunk].fold not in self.lang.no_name_openers \
                    and is_person_name(self.text[self.word_starts[chunk]:self.word_ends[named]], self.lang.lang):
                return True
        first = self.sentence_first(verb)
        if first is None or verb - first < 3:
            return False
        comma = next((at for at in range(first + 1, min(verb, first + 4)) if self.gap(at).strip() == ","), None)
        if comma is None or verb - comma > _DESCRIPTION_WORDS or not all(
                self.is_name_token(at) for at in range(first, comma)):
            return False
        return all(not tokens[at].cap and (at == comma or tokens[at].joined)
                   and tokens[at].fold not in self.lang.clause_words for at in range(comma, verb + 1))

    def agent_follows(self, hit: _Hit) -> bool:
        """Whether a passive reporting verb is followed by the preposition of its agent and a
        speaker (lexicon ``passive_agents``: ``disampaikan oleh Budi``, ``diungkap oleh akun
        resmi kementerian``). (Read with the Indonesian passives of ``reporting_verbs_postposed``
        and ``reporting_verbs_agented``, which the ``di-`` of ``passive_prefixes`` marks; English
        reads ``by`` in :meth:`agentless_passive`.)"""
        stop = hit.stop
        return stop + 1 < len(self.tokens) and self.tokens[stop].fold in self.lang.passive_agents \
            and self.speaker_follows(stop + 1)

    def speaker_follows(self, at: int) -> bool:
        if at >= len(self.tokens) or not self.tokens[at].joined:
            return False
        token = self.tokens[at]
        if token.cap and (token.fold in self.lang.weekdays or token.fold in self.lang.months_wide) and not (
                at + 1 < len(self.tokens) and self.tokens[at + 1].joined and self.tokens[at + 1].cap):
            # a day or a month, no speaker: "diumumkan Senin (10/6/2024)", "dijelaskan Juli lalu"
            # (not a given name before a surname: "ujar Juni Sitompul")
            return False
        if token.cap or token.fold in self.lang.pronouns or token.fold in self.lang.determiners \
                or token.fold in self.lang.indefinite_speakers:
            return True  # (an indefinite person, "ujar seseorang", is an unnamed source)
        if self.described_speaker(at) is not None or self.demonstrative_description(at):
            return True
        for rest in self.lang.determiner_phrases.get(token.fold, ()):
            # "kata salah satu anggota tim", "ujar salah seorang warga": an unnamed source.
            if self.words_follow(at + 1, rest):
                return True
        return (self.match(self.lang.sources, at, len(self.tokens)) is not None
                or self.match(self.lang.roles, at, len(self.tokens)) is not None)

    def demonstrative_description(self, at: int) -> bool:
        """Whether a definite description of someone named before starts at token ``at`` (right
        after a reporting verb) and ends its clause with a demonstrative: ``kata mantan gelandang
        tim nasional tersebut.``, ``ujar pemain itu,``. At most six words, none a clause word;
        or up to ten with a relative clause after the head noun (lexicon ``relative_pronouns``:
        ``keluh pria yang sudah berjualan selama 12 tahun ini.``)."""
        tokens, lang = self.tokens, self.lang
        if not lang.demonstratives:
            return False
        relative = False  # inside a relative clause ("pria yang sudah berjualan 12 tahun ini")
        for k in range(at, min(len(tokens), at + _DESCRIPTION_WORDS)):
            token = tokens[k]
            if not token.joined or token.quoted:
                return False
            if token.fold in lang.relative_pronouns and k > at:
                relative = True
            elif token.fold in lang.clause_words and not relative:
                return False
            if token.fold in lang.demonstratives:
                return k > at and (k + 1 >= len(tokens) or not tokens[k + 1].joined)
            if k - at >= _PLAIN_DESCRIPTION_WORDS and not relative:
                return False
        return False

    def described_speaker(self, at: int) -> tuple[int, int] | None:
        """A full name after a short lower-case description of its bearer that starts at token
        ``at`` (right after a reporting verb) and ends with a comma: ``ucap penumpang bus kota,
        Yusuf Hardiawan,``, ``said a local resident, Ana Lima.`` The description is at most four
        words, none a stopword or a clause word (a determiner may open it), and the name is what
        ``apposed_name`` finds."""
        tokens, lang = self.tokens, self.lang
        stop = min(len(tokens), at + 4)
        first = at
        while at < stop:
            token = tokens[at]
            if not token.joined or token.cap or token.quoted or token.fold in lang.clause_words or (
                    token.fold in lang.stopwords and not (at == first and token.fold in lang.determiners)):
                return None
            at += 1
            if at < len(tokens) and self.gap(at).strip() == ",":
                return self.apposed_name(at) if at - first > 1 or tokens[first].fold not in lang.determiners \
                    else None
        return None

    def words_follow(self, at: int, words: Sequence[str]) -> bool:
        """Whether ``words`` (folded) stand from token ``at`` on, each joined to the one before."""
        tokens = self.tokens
        if at + len(words) > len(tokens):
            return False
        return all(tokens[at + i].joined and tokens[at + i].fold == word for i, word in enumerate(words))

    def source_before(self, at: int) -> _Hit | None:
        """A source noun among the (up to) four words before token ``at``, same sentence."""
        starts = self._starts.get(self.lang.sources.slot)
        if not starts or starts[0] >= at:
            return None  # no source noun begins before the word (``find`` would find none)
        tokens = self.tokens
        first = at
        while first > 0 and at - first < 4 and not tokens[first].sentence_start:
            first -= 1
        for hit in self.find(self.lang.sources, first, at):
            if "source_nouns" in hit.categories or "generic_sources" in hit.categories:
                return hit
        return None

    def person_before(self, at: int) -> bool:
        """Whether a role and a name opening a clause stand right before token ``at``
        (``Usai laga, pelatih Budi Santosa mencatat``): a person, who notes and reports (not
        ``Persija mencatat kemenangan``, a club; nor ``Persija asuhan pelatih Thomas Doll
        mencatat``, where the club does; nor ``It showed``)."""
        tokens = self.tokens
        if at == 0 or not tokens[at].joined:
            return False
        first = at
        while first > 0 and at - first < 4 and self.is_name_token(first - 1) and tokens[first].joined:
            first -= 1
        if first == at or first == 0 or not tokens[first].joined:
            return False
        return any(hit.stop == first and (hit.first == 0 or tokens[hit.first].sentence_start
                                          or self.gap(hit.first).strip() == ",")
                   for hit in self.find(self.lang.roles, max(0, first - 4), first))

    def phrase_before(self, phrases: _Phrases, at: int) -> int | None:
        """The first token of a phrase of ``phrases`` that ends right before token ``at``, joined
        to it and joined within, or None."""
        tokens = self.tokens
        if not at or not tokens[at].joined or tokens[at - 1].fold not in phrases.last_words:
            return None  # (most places: one lookup)
        for length in phrases.lengths:
            first = at - length
            if first >= 0 and tuple(token.fold for token in tokens[first:at]) in phrases.phrases \
                    and all(token.joined for token in tokens[first + 1:at]):
                return first
        return None

    def group_before(self, at: int) -> bool:
        """Whether a phrase of the lexicon's ``group_members`` ends right before token ``at``
        (``salah satu`` before ``kuasa hukum``), joined to it."""
        return self.phrase_before(self.lang.group_members, at) is not None

    def determined(self, at: int) -> bool:
        """Whether token ``at`` is a noun or an adjective, no finite verb, by the word right
        before it: an article, a possessive or a preposition (``the reports``, ``an estimated
        300``, ``a majority of states``; lexicon ``noun_determiners``), or a quantifier before a
        form ending in ``s`` (``most states``; lexicon ``noun_quantifiers``; not ``They all
        said``), or a modifier with no determiner before it (``other alleged partners``; lexicon
        ``noun_modifiers``; not ``The other says``)."""
        tokens = self.tokens
        if at == 0 or not tokens[at].joined or (tokens[at - 1].cap and not tokens[at - 1].sentence_start):
            return False  # (a name or an initial spelt like one: "Witness A said", "Lily An said")
        lang = self.lang
        before = tokens[at - 1].fold
        if before in lang.noun_modifiers:
            host = tokens[at - 2].fold if at >= 2 and tokens[at - 1].joined else ""
            return host not in lang.noun_determiners and host not in lang.noun_modifier_hosts
        return before in lang.noun_determiners or \
            (before in lang.noun_quantifiers and tokens[at].fold.endswith("s"))

    def reduplicated(self, at: int) -> bool:
        """Whether token ``at`` is doubled with a hyphen (``kata-kata``: a plural noun, no verb)."""
        tokens = self.tokens
        fold = tokens[at].fold
        return (at + 1 < len(tokens) and tokens[at + 1].fold == fold and self.gap(at + 1) == "-") or \
            (at > 0 and tokens[at - 1].fold == fold and self.gap(at) == "-")

    def compounded(self, at: int) -> bool:
        """Whether token ``at`` ends a compound, joined to the word before by a single hyphen
        (``seterang-terangnya``, ``long-promised``, ``self-declared``): a part of that word, no
        verb of its own. Not after a verb's prefix (``re-stated``, ``co-wrote``; lexicon
        ``hyphen_prefixes``) or a name (``Andi Pratama-mengatakan``, a slip), nor in a reciprocal
        doubling, whose second half is the first's verb (``tuduh-menuduh``, ``kecam-mengecam``)."""
        tokens = self.tokens
        if not at or not tokens[at].joined or self.gap(at) != "-":
            return False
        if tokens[at - 1].cap and not tokens[at - 1].sentence_start:
            return False  # a name glued to its verb by a slip: "Andi Pratama-mengatakan"
        before = tokens[at - 1].fold
        if before in self.lang.hyphen_prefixes:
            return False
        return not (len(before) >= _RECIPROCAL_STEM and tokens[at].fold.endswith(before[1:]))

    def in_name(self, at: int) -> bool:
        """Whether token ``at`` is a verb's form that is also a plural noun (ending in ``s``),
        capitalised inside a sentence right after a capitalised word: a part of a name (``the
        United States``, ``Consumer Reports``), no verb. Not in capitals (``MAYOR JANE ROSS
        SAYS``: a lede's opening words), nor another form (``Budi Santoso Mengatakan``: a verb
        over-capitalised)."""
        tokens = self.tokens
        if not at or not tokens[at].cap or tokens[at].sentence_start or not tokens[at].joined \
                or not tokens[at - 1].cap:
            return False
        word = tokens[at].text
        return word.endswith("s") and not word.isupper()

    def obligated(self, at: int) -> bool:
        """Whether a modal of obligation (lexicon ``obligation_modals``) stands right before token
        ``at``, in the same clause: ``harus menjelaskan``, ``ought to say``. Not a modal that is a
        noun (``felt the need to say``: after an article or a possessive) or the complement of a
        verb of feeling or judging before it (``merasa perlu menegaskan``; lexicon
        ``modal_hosts``): a report of what someone did say."""
        first = self.phrase_before(self.lang.obligation_modals, at)
        if first is None:
            return False
        return not (self.determined(first) or (
            first and self.tokens[first].joined and self.tokens[first - 1].fold in self.lang.modal_hosts))

    def outlet_subject(self, verb: int) -> bool:
        """Whether the verb at token ``verb`` has a first-person plural pronoun right before it
        (perhaps before a continuation adverb; lexicon ``first_person_plural``): ``Kita berharap``,
        ``Kami juga meminta``, ``We hope``. Outside quotation marks that is the outlet speaking."""
        at = self.before_continuation(verb)
        tokens = self.tokens
        return at > 0 and tokens[at].joined and tokens[at - 1].fold in self.lang.first_person_plural

    def qualifier_before(self, at: int) -> _Hit | None:
        """A country or institution name right before a verb ("Rusia menyatakan")."""
        tokens, qualifiers = self.tokens, self.lang.qualifiers
        if not tokens[at].joined:
            return None
        for back in (3, 2, 1):
            first = at - back
            if first < 0 or not tokens[first].cap or not tokens[first].starts >> qualifiers.slot & 1:
                continue  # (no qualifier starts there: ``match`` would say None)
            hit = qualifiers.match_at(tokens, first, at)
            if hit is not None and hit.stop == at and not {"role_nouns", "ranks", "role_qualifiers",
                                                           "honorifics"} & set(hit.categories):
                return hit
        return None

    def collect_evidence(self, marks: Sequence[int]) -> None:
        """The paragraph's editorial, attribution and concrete evidence. ``marks``: the offsets
        of the article's question and exclamation marks, ascending (``collect_rhetorical``)."""
        tokens, paragraph = self.tokens, self.paragraph
        # (Where no word of the paragraph begins an editorial phrase, as in most, the call to
        # ``find`` is saved; so in the other collectors.)
        editorial_hits = self.find(self.lang.editorial, skip_quoted=True) \
            if self.lang.editorial.slot in self._starts else []
        editorial_spans: list[tuple[int, int]] = []
        editorial_starts: list[int] = []
        if editorial_hits:
            addressees = self.lang.addressee_prepositions
            # "disampaikan ke publik", "presented to the public": an addressee, no abstraction.
            editorial_hits = [hit for hit in editorial_hits if hit.categories[0] != _EDITORIAL_IDIOM and not (
                hit.first and hit.categories[0] == "generalising" and tokens[hit.first].joined
                and tokens[hit.first - 1].fold in addressees)
                # "the public defender": a role's title, no abstraction
                and not (hit.categories[0] == "generalising" and self.in_role(hit))
                and (hit.categories[0] not in _SENTENCE_OPENERS or self.opens_sentence(hit))
                # a word in capitals is an acronym: "the US" is no "us"
                and not (hit.stop == hit.first + 1 and len(tokens[hit.first].text) > 1
                         and tokens[hit.first].text.isupper())
                # the second half of a word repeated or compounded with a hyphen is no word of its
                # own: "Berikut fakta-faktanya" holds no "faktanya" (but "SUKAMAJU-Sudah saatnya"
                # glues a dateline's place to the lede's first word)
                and not (not tokens[hit.first].cap and self.compounded(hit.first))
                # "harus ditagih": a modal counts only before a passive verb, and not negated
                and (hit.categories[0] != _PASSIVE_OBLIGATION or (
                    self.passive_follows(hit.stop)
                    and not (hit.first and tokens[hit.first - 1].fold in self.lang.negations)))
                # "It is too early to tell whether the drop is a positive sign": an open question
                and not (self.lang.question_openers and self.in_embedded_question(hit.first))]
            # (a modal's obligation covers its passive verb: "harus diminta" is no appeal reported)
            editorial_spans = [(self.word_starts[h.first],
                                self.word_ends[h.stop if h.categories[0] == _PASSIVE_OBLIGATION else h.stop - 1])
                               for h in editorial_hits]
            editorial_starts = [span[0] for span in editorial_spans]
        addressed = False
        for hit in editorial_hits:
            if hit.categories[0] == _READER_ADDRESS:
                if addressed:
                    continue  # one piece, however often the reader is addressed ("you … your …")
                addressed = True
            if hit.categories[0] == _PASSIVE_OBLIGATION:  # the modal and its passive verb
                paragraph.editorial.append(self.evidence(hit.first, hit.stop + 1, "obligation"))
            else:
                paragraph.editorial.append(self.evidence(hit.first, hit.stop, hit.categories[0]))
        if paragraph.source.kind == "paragraph" and marks:
            self.collect_rhetorical(marks)
        for hit, category in self.attribution_hits():
            start, end = self.word_starts[hit.first], self.word_ends[hit.stop - 1]
            if editorial_spans and category != "document_source" and \
                    _inside(editorial_spans, editorial_starts, start, end):
                continue  # "needless to say", "it should be noted": the outlet speaking
            paragraph.attribution.append(Evidence(category, self.text[start:end], start, end))
            if category == "passive_appeal":
                continue  # "Warga diminta …": who is asked speaks for no one, nor carries a speaker on
            if "reporting_participles" in hit.categories:
                self.participle_evidence(hit)
                continue
            source = None if "reporting_verbs" in hit.categories and category == "passive_attribution" \
                else self.source_before(hit.first) or self.qualifier_before(hit.first)
            if source is not None and category != "document_source":  # (an agentless passive names none)
                paragraph.attribution.append(
                    self.evidence(source.first, source.stop, "institution_source"))
            if self.pronoun_continues(hit):
                paragraph.continuation = True
                first = hit.first
                while first > 0 and tokens[first - 1].fold not in self.lang.pronouns and hit.first - first < 3:
                    first -= 1
                first = first - 1 if first > 0 and tokens[first - 1].fold in self.lang.pronouns else hit.first
                stop = hit.stop + 1 if hit.clitic is None and hit.stop < len(tokens) and \
                    tokens[hit.stop].fold in self.lang.pronouns else hit.stop
                paragraph.attribution.append(self.evidence(first, stop, "pronoun_continuation"))
        self.collect_concrete()
        # A stance or a contrast (weak) decides nothing in a paragraph that has attribution or facts
        # and no other editorial evidence: they are looked for only where they may (so a
        # paragraph's data lists them only there).
        if paragraph.source.kind == "paragraph" and (
                paragraph.editorial or not (paragraph.attribution or paragraph.concrete)):
            if self.lang.stance_suffixes and paragraph.commas:
                self.collect_stance({hit.first for hit in editorial_hits})
            if self.lang.contrast is not None:
                self.collect_contrast()

    def in_embedded_question(self, at: int) -> bool:
        """Whether token ``at`` follows, in its clause (no comma between) and at most
        ``_QUESTION_REACH`` words back, a word that opens an embedded question (lexicon
        ``question_openers``: ``whether``, ``apakah``): what the question asks is not asserted
        (``Belum jelas apakah kunjungan ini menjadi sinyal positif``; not ``Whether the council
        likes it or not, it is time …``)."""
        tokens = self.tokens
        stop = max(0, at - _QUESTION_REACH)
        while at > stop and not tokens[at].sentence_start:
            if "," in self.gap(at):
                return False  # the question's clause has closed: "Whether the council likes it or not, it is time …"
            at -= 1
            if tokens[at].fold in self.lang.question_openers:
                return True
        return False

    def opens_sentence(self, hit: _Hit) -> bool:
        """Whether a command or an interjection (``_SENTENCE_OPENERS``) stands as one: it opens
        its sentence; its words are apart, not joined by a hyphen (``Clean-up``, ``Drop-off``);
        an interjection is followed by a comma, an exclamation mark or nothing (``Good grief,``;
        not ``Good Lord Jesus``); a command of two words or more is not the start of a name
        (``Stop the War Coalition``: two capitalised words right after it; ``Copot Kapolres …``,
        ``Fix the NHS now`` and ``Step up, Prime Minister`` are commands)."""
        tokens = self.tokens
        if not tokens[hit.first].sentence_start:
            return False
        if any("-" in self.gap(at) for at in range(hit.first + 1, hit.stop)):
            return False
        if hit.categories[0] == "interjection":
            return hit.stop >= len(tokens) or bool({",", "!"} & set(self.gap(hit.stop)))
        if hit.stop - hit.first < 2 or hit.stop + 1 >= len(tokens) or not self.gap(hit.stop).isspace():
            return True  # "Copot Kapolres …", "Step up, Prime Minister": an office holder addressed
        return not (tokens[hit.stop].cap and tokens[hit.stop + 1].cap)

    def passive_follows(self, at: int) -> bool:
        """Whether token ``at`` is a passive verb right after the word before it: a prefix of
        the lexicon's ``passive_prefixes`` and a stem of ``_PASSIVE_STEM`` letters or more
        (``ditagih``; not ``dia``)."""
        if at >= len(self.tokens):
            return False
        token = self.tokens[at]
        return token.joined and not token.quoted and self.lang.passive_verb(token.fold)

    def collect_rhetorical(self, marks: Sequence[int]) -> None:
        """A sentence ending in a question or an exclamation mark outside quotation marks: the
        outlet asks or exclaims in its own voice (``Sampai kapan warga harus menunggu?``,
        ``Enough is enough!``). A report states what happened and who said what; its questions
        and exclamations are its sources' (quoted). One piece per mark, whatever the count. A
        mark before a lower-case word ends no sentence (``Jeopardy! champion``).
        ``marks``: the offsets of the article's question and exclamation marks, ascending."""
        text, source = self.text, self.paragraph.source
        first = bisect.bisect_left(marks, source.start)
        mine = marks[first:bisect.bisect_left(marks, source.end, first)]
        if not mine:
            return
        quoted = self.paragraph.quoted_spans  # (sorted, merged)
        quoted_starts = [start for start, _ in quoted]
        seen: set[str] = set()
        for at in mine:
            mark = text[at]
            if mark in seen or (at > source.start and text[at - 1] in _RHETORICAL_MARKS):
                continue  # (the first of "?!", "!!!" stands for the run)
            after = at + 1
            while after < source.end and text[after] in _RHETORICAL_MARKS:
                after += 1
            word = at - 1
            following = after
            while following < source.end and text[following].isspace():
                following += 1
            ends = after >= source.end or (text[after].isspace() and (
                following >= source.end or not text[following].islower()))
            if ends and word >= source.start and text[word].isalnum() and not _within(quoted, quoted_starts, at):
                while word > source.start and not text[word - 1].isspace():
                    word -= 1
                self.paragraph.editorial.append(Evidence("rhetorical", mark, word, after))
                seen.add(mark)

    def collect_stance(self, taken: set[int]) -> None:
        """A sentence opened by one word with an attitude adverb's ending and a comma, perhaps
        with a word of ``stance_followers`` between (``Oddly enough,``), which no lexicon phrase
        starts and which only joins or times what follows (``neutral_openers``): the writer's
        stance on what follows (``Incredibly,``, ``Brazenly,``; not ``Additionally,``,
        ``Lately,``)."""
        tokens, lang = self.tokens, self.lang
        slots = lang.lexicon_slots
        for at in self.paragraph.commas:
            token = tokens[at]
            if token.quoted:
                continue
            first = at
            if at and token.joined and tokens[at - 1].sentence_start and token.fold in lang.stance_followers:
                first = at - 1  # "Oddly enough,"
            word = tokens[first]
            if not word.sentence_start or first in taken or word.starts & slots:
                continue
            fold = word.fold
            if fold in lang.neutral_openers or fold in lang.stopwords or not fold.isalpha():
                continue
            if _has_ending(fold, lang.stance_suffixes):
                self.paragraph.editorial.append(self.evidence(first, at + 1, "stance"))

    def collect_contrast(self) -> None:
        """A negation that corrects, in the outlet's voice (``_Language.contrast``): one piece
        per paragraph."""
        lang, tokens, text, source = self.lang, self.tokens, self.text, self.paragraph.source
        assert lang.contrast is not None
        starts, commas = self.word_starts, self.paragraph.commas
        for found in lang.contrast.finditer(text, source.start, source.end):
            at = bisect.bisect_left(starts, found.start())
            if at >= len(tokens) - 1 or starts[at] != found.start() or tokens[at].quoted:
                continue
            following = tokens[at + 1].fold
            before = tokens[at - 1].fold if at and tokens[at].joined else ""
            if following in lang.contrast_exclusions or following.endswith(lang.contrast_exclusion_suffixes) or (
                    before in lang.clause_words and before not in lang.passive_auxiliaries):
                continue  # "not only", "not wearing"; "did not spread": a clause negated ("is not X but Y" corrects)
            apposed = at > 0 and not tokens[at].sentence_start and _any_between(commas, at - 1, at)
            if not apposed:
                stop = min(len(tokens), at + _CONTRAST_REACH)
                conjunction = next((j for j in range(at + 2, stop) if tokens[j].sentence_start
                                    or tokens[j].fold in lang.contrast_conjunctions), None)
                if conjunction is None or tokens[conjunction].sentence_start or (
                        conjunction + 1 < len(tokens) and tokens[conjunction + 1].fold in lang.contrast_exclusions):
                    continue
            self.paragraph.editorial.append(self.evidence(at, at + 1, "contrast"))
            return

    def participle_evidence(self, hit: _Hit) -> None:
        """The subject of an accepted participle clause as evidence: a pronoun continues the
        previous paragraph's speaker (``He rejected the report, saying …``), a source speaks
        for an institution (``The ministry rejected it, saying …``)."""
        subject = self.participle_subject(hit)
        if subject is None:
            return
        tokens = self.tokens
        if tokens[subject].fold in self.lang.pronouns:
            self.paragraph.continuation = True
            self.paragraph.attribution.append(self.evidence(subject, subject + 1, "pronoun_continuation"))
            return
        source = self.match(self.lang.sources, subject, hit.first)
        if source is not None:
            self.paragraph.attribution.append(self.evidence(source.first, source.stop, "institution_source"))

    def pronoun_continues(self, hit: _Hit) -> bool:
        """"Ia menambahkan", "Dia juga mengatakan", "katanya", "kata dia", "He added"."""
        tokens = self.tokens
        if hit.clitic in self.lang.pronoun_clitics and hit.stop - hit.first == 1:
            return True  # "katanya", "menurutnya"; not "dalam keterangannya" (its subject)
        if hit.stop < len(tokens) and tokens[hit.stop].joined and tokens[hit.stop].fold in self.lang.pronouns:
            return True
        at = hit.first
        for _ in range(3):
            if at == 0 or not tokens[at].joined:
                return False
            previous = tokens[at - 1]
            if previous.fold in self.lang.pronouns:
                return True
            adverb = self.match(self.lang.continuation, at - 1, at)
            if adverb is None:
                # Multi-word adverbs ("lebih lanjut") end at ``at``: step back over them.
                if at >= 2 and self.match(self.lang.continuation, at - 2, at) is not None:
                    at -= 2
                    continue
                return False
            at -= 1
        return False

    def collect_references(self) -> None:
        """Background that refers to a named source's statement ("pernyataan Peskov")."""
        if self.lang.references.slot not in self._starts:
            return  # no reference noun in the paragraph (most have none): ``find`` would say so
        tokens, stop = self.tokens, len(self.tokens)
        for hit in self.find(self.lang.references, skip_quoted=True):
            after = hit.stop
            # "post-Brexit" is a compound, not a post by Brexit: a hyphen joins no reference.
            if after < stop and tokens[after].joined and tokens[after].cap and \
                    tokens[after].fold not in self.lang.stopwords and \
                    self.gap(after) != "-":
                chunk = self.capital_chunk(after, stop)
                self.paragraph.attribution.append(
                    self.evidence(hit.first, chunk, "source_reference"))
                name = self.trailing_name(after, chunk)
                if name is not None:
                    self.add_mention(self.mention(None, None, name, None), tokens[name[0]].sentence_start)
            elif hit.first > 0 and tokens[hit.first].joined and \
                    tokens[hit.first - 1].text.endswith(_POSSESSIVE) and tokens[hit.first - 1].cap:
                self.paragraph.attribution.append(
                    self.evidence(hit.first - 1, hit.stop, "source_reference"))

    def collect_concrete(self) -> None:
        """The paragraph's concrete evidence. Numbers, quantities and dates weigh only against
        editorial evidence, so they are looked for only where there is some (after
        ``collect_evidence`` found it); places always, since they also tell a place from a
        person's name (``place_words``)."""
        paragraph, tokens, lang = self.paragraph, self.tokens, self.lang
        source = paragraph.source
        weighed = bool(paragraph.editorial)
        digits = self._starts.get(lang.starts.digit_slot) if weighed else None  # the tokens with a digit
        if digits:
            paragraph.concrete.extend(_concrete_numbers(
                self.text, source.start, source.end,
                (self.word_starts[digits[0]], self.word_ends[digits[-1]]), lang.number_designators,
                lang.any_case_designators))
        amount_stop, amount_first = -1, -1  # the last quantity word's tokens
        for hit in self.find(lang.concrete) if weighed and lang.concrete.slot in self._starts else ():
            category = hit.categories[0]
            if category == _IDIOM:
                continue  # "half-hearted" states no quantity
            if category == _QUANTITY and hit.first == amount_stop and tokens[hit.first].joined:
                # One amount in several words is one quantity: "puluhan miliar", "ratusan juta".
                paragraph.concrete[-1] = self.evidence(amount_first, hit.stop, category)
                amount_stop = hit.stop
                continue
            paragraph.concrete.append(self.evidence(hit.first, hit.stop, category))
            if category == _QUANTITY:
                amount_first, amount_stop = hit.first, hit.stop
        covered = -1  # where the last place stated ends: an address is one place, however many parts
        for at in self._starts.get(lang.starts.word_slot, ()):  # ``lang.concrete_words``
            token = tokens[at]
            if token.fold in lang.area_nouns or (
                    token.fold in lang.office_nouns and not (
                        at + 2 < len(tokens) and tokens[at + 2].joined and tokens[at + 2].cap)
                    and not (at > 0 and token.joined and tokens[at - 1].fold in lang.role_heads)):
                # "Kabupaten Sleman", "Kota Bandung", "Kejari Langkat": the word after names a
                # place (one word: in "Kabupaten Blitar Suwito" the next one is a person's; after
                # an office, only with no capitalised word after it: "Kepala BPBD Rina Marlina").
                # Not when the noun ends a role ("Wali Kota Eri Cahyadi", "Kepala Desa Budi").
                ends_role = False
                for start in range(max(0, at - _ROLE_TAIL), at):  # ("Menteri Luar Negeri Dmitry")
                    role = self.match(lang.roles, start, at + 1)
                    if role is not None and role.stop == at + 1:
                        ends_role = True
                        break
                if not ends_role and at + 1 < len(tokens) and tokens[at + 1].joined and tokens[at + 1].cap \
                        and tokens[at + 1].fold not in lang.stopwords:
                    # (not a part of "di Desa Sukamaju Kecamatan Cibiru …", nor the next part; a
                    # comma or a full stop between makes a list: "Kecamatan A, Kecamatan B")
                    if at > covered or not token.joined:
                        paragraph.concrete.append(self.evidence(at, at + 2, "place"))
                    covered = max(covered, at + 2)
                    self._place_runs.append((at + 1, at + 2))
                    # The place's short form in parentheses after its name is the place too:
                    # "Kabupaten Indragiri Hilir (Inhil)", then "Sekda Inhil", "Bupati Inhil".
                    short = self.capital_chunk(at + 1, len(tokens))
                    if short + 1 < len(tokens) + 1 and short < len(tokens) and tokens[short].cap \
                            and self.gap(short).strip() == "(" and self.text[self.word_ends[short]:][:1] == ")":
                        self._place_runs.append((short, short + 1))
                continue
            if not token.cap:
                if (token.fold in lang.place_prepositions and at + 1 < len(tokens)
                        and tokens[at + 1].joined and tokens[at + 1].cap
                        and tokens[at + 1].fold not in lang.stopwords):
                    stop = self.capital_chunk(at + 1, len(tokens))
                    paragraph.concrete.append(self.evidence(at, stop, "place"))
                    covered = max(covered, stop)
                    self._place_runs.append((at + 1, stop))
                continue
            # A month name counts next to a number, or (spelt out) inside a sentence, so that
            # "May" opening a sentence is not a date.
            is_date = weighed and (token.fold in lang.weekdays
                       or (token.fold in lang.months_short and self.next_to_number(at))
                       or (token.fold in lang.months_wide and not token.sentence_start))
            if is_date:
                paragraph.concrete.append(Evidence("date", token.text, self.word_starts[at],
                                                   self.word_ends[at]))

    def place_words(self) -> list[str]:
        """The words of the short place names this paragraph states ("di Bandung", "in Leeds").

        Only a run of at most three capitalised words with no role, honorific or reporting word
        counts: "ke Presiden Joko Widodo" names a person, not a place.
        """
        words: list[str] = []
        stopwords = self.lang.stopwords
        for first, stop in self._place_runs:
            if not 0 < stop - first <= 3:
                continue
            run = self.tokens[first:stop]
            if any(not t.cap or t.fold in stopwords for t in run) or self.find(self.lang.roles, first, stop):
                continue
            words.extend(t.fold for t in run)
        return words

    def next_to_number(self, at: int) -> bool:
        tokens, starts, ends = self.tokens, self.word_starts, self.word_ends
        if at > 0 and tokens[at - 1].fold.isdigit() and (
                tokens[at].joined or starts[at] - ends[at - 1] <= 2):
            return True
        return at + 1 < len(tokens) and tokens[at + 1].fold.isdigit() and (
            tokens[at + 1].joined or starts[at + 1] - ends[at] <= 2)

    # speakers

    def add_mention(self, mention: SpeakerMention, sentence_start: bool) -> None:
        single = " " not in mention.name
        if single and sentence_start and mention.role is None:
            self.paragraph.tentative.append(mention)  # kept only if a full name is shortened to it
        else:
            self.paragraph.speakers.append(mention)

    def collect_speakers(self) -> None:
        tokens, stop = self.tokens, len(self.tokens)
        # 1. A role, then the name: "juru bicara Kremlin Dmitry Peskov", "President Joe Biden".
        hits = self.find(self.lang.roles) if self.lang.roles.slot in self._starts else []
        role_ends = {hit.stop: hit.first for hit in hits}
        for hit in hits:
            role_first = self.extend_role_left(hit.first)
            if role_first > 1 and tokens[role_first].joined and tokens[role_first - 1].joined \
                    and tokens[role_first - 1].fold in self.lang.list_conjunctions \
                    and role_first - 1 in role_ends and tokens[role_ends[role_first - 1]].cap == tokens[hit.first].cap:
                # "Deputy Prime Minister and Minister of Foreign Affairs Winston Peters": one
                # person's two jobs, both his titles
                role_first = self.extend_role_left(role_ends[role_first - 1])
            if not tokens[hit.first].cap and self.after_name_and_comma(role_first):
                continue  # "Joko Latuconsina, pengamat dari Universitas X,": an appositive
            # "salah satu kuasa hukum Budi": one of a group, and the lone name right after the
            # role is whose it is ("salah satu anggota DPRD Sukamaju Budi Santoso" names a member)
            grouped = self.group_before(role_first)
            at, lower = hit.stop, 0
            # (an abbreviated role's full stop ends no sentence when it is capitalised, "Gov.
            # Ana Lima", or a title written in lower case; "a sales rep. Jonas said" ends one)
            abbreviated = len(tokens[hit.stop - 1].text) <= 4 and (
                tokens[hit.stop - 1].cap or tokens[hit.stop - 1].fold in self.lang.starts.lower_titles)
            quoted = tokens[hit.stop - 1].quoted
            while at < stop:
                token = tokens[at]
                if token.quoted != quoted:
                    at = stop  # '"… a teacher out of the classroom," Cushing said': quoted words title no one
                    break
                gap = self.gap(at)
                if not (token.joined or (at == hit.stop and abbreviated and gap.startswith(".")
                                         and gap[1:].isspace() and gap[1:] != "")):
                    if token.sentence_start:
                        at = stop  # "bertemu kepala negara lainnya. Prabowo …": no name after the role
                    break
                if token.cap:
                    break
                length = self.qualifier_length(at, stop)
                if length:
                    at += length
                    continue
                # Lower-case words may qualify the role ("keamanan nasional", "for the"), but
                # a pronoun, a reporting verb, a finite verb or a clause word ends the mention,
                # and so does a preposition after them: "the speaker received a letter from
                # Malcolm Turnbull" titles nobody. No name follows.
                if lower >= 5 or token.fold in self.lang.pronouns or \
                        self.lang.ends_role(token.fold, lower == 0) or \
                        self.match(self.lang.attribution, at, stop) is not None:
                    at = stop
                    break
                lower += 1
                at += 1
            if at >= stop or not tokens[at].cap:
                continue
            chunk = self.capital_chunk(at, stop)
            if self.parenthesised_acronym(chunk):
                # "Kepala Badan Koordinasi Penanaman Modal (BKPM) Bahlil Lahadalia": the run before
                # the acronym names the body; the name follows it.
                at = chunk + 1
                chunk = self.capital_chunk(at, stop)
            # "pengamat dari Universitas Teluk Biru, Hasan Hidayat, menilai": the capitalised run
            # names the body; the person stands in apposition after the comma.
            apposed = self.apposed_name(chunk)
            if apposed is not None and self.listed(chunk) and self.item_follows(apposed[1]):
                apposed = None  # "Sekda Ahmad Fauzi, Kadis Rudi Hartono, Kepala …": side by side
            if apposed is not None and at == hit.stop and not tokens[hit.first].cap and role_first >= 2 \
                    and tokens[role_first - 1].fold in self.lang.noun_determiners \
                    and tokens[role_first - 2].fold in self.lang.object_prepositions:
                continue  # "an interview with the official Iraqi News Channel, Abdul Ghani said": the
                # word qualifies the preposition's object, a body's name; the clause's subject follows
            if grouped and at == hit.stop and chunk == at + 1 and apposed is None and "," not in self.gap(at):
                continue  # "salah satu kuasa hukum Budi": one of Budi's lawyers, not Budi (but
                # "salah satu kuasa hukum terdakwa, Rina Hartati": Rina is one of them)
            name = apposed or self.trailing_name(at, chunk)
            if name is None:
                continue
            if name[0] == at > hit.stop and tokens[at].joined and (
                    tokens[at - 1].fold in self.lang.object_prepositions
                    or (at - 1 > hit.stop and tokens[at - 1].fold in self.lang.noun_determiners
                        and tokens[at - 1].joined and tokens[at - 2].fold in self.lang.object_prepositions)):
                continue  # "A spokesperson for Welk said": the name is the preposition's object, no title's
                # ("a spokesperson for the Citizens Coalition": a body's name after its article)
            if name[0] == at and "," in self.gap(at) and name[1] < stop and tokens[name[1]].joined \
                    and self.indefinite(role_first) and self.match(self.lang.attribution, name[1], stop) is not None:
                continue  # "one by a police officer, Fowler said": a kind, then a reporting clause's subject
            titled = tokens[hit.first].cap
            role_head = " ".join(t.fold for t in tokens[hit.first:hit.stop])
            mention = self.mention(role_first, name[0], name, role_head)
            if name[1] - name[0] == 1 and not titled:
                self.paragraph.tentative.append(mention)
            else:
                self.paragraph.speakers.append(mention)
        # 2. Appositive: "John Kirby, the White House spokesman, said".
        self.collect_appositives()
        # 3. Next to a reporting verb: "Peskov menyatakan", "kata Peskov", "said Peskov".
        for hit, category in self.attribution_hits():
            if category not in ("reporting_verb", "attribution_phrase"):
                continue
            if "reporting_participles" in hit.categories:
                self.subject_name(hit)  # (what follows "saying" is what was said, not who)
                continue
            self.name_before(hit.first)
            if "reporting_verbs" in hit.categories and self.subject_before(hit.first):
                continue  # "Pelatih Hendra memuji Rudi: …", "He praised Ira Fenn": the name after is the object
            if hit.stop < stop and tokens[hit.stop].joined and (tokens[hit.stop].cap or self.lower_title(hit.stop)):
                chunk = self.capital_chunk(hit.stop, stop)
                if tokens[chunk - 1].text.endswith(_POSSESSIVE) and chunk < stop and tokens[chunk].joined \
                        and not tokens[chunk].cap:
                    # "says Strenge's daughter, Jayme Nelson": the name owns the speaker, who is
                    # named after the description, if at all.
                    if (described := self.described_speaker(chunk)) is not None:
                        self.add_mention(self.mention(None, None, described, None), False)
                elif self.match(self.lang.roles, hit.stop, chunk) is None:
                    name = self.trailing_name(hit.stop, chunk)
                    if name is not None:
                        self.add_mention(self.mention(None, None, name, None), False)
            elif hit.stop < stop and not tokens[hit.stop].cap and \
                    (described := self.described_speaker(hit.stop)) is not None:
                self.add_mention(self.mention(None, None, described, None), False)
            elif category == "reporting_verb" and self.lower_name_may_follow(hit):
                self.lower_names.append((hit, True))
        # 4. The subject of the sentence a quotation follows: "Tomas Reyl lifted the cup. “…”".
        if self.paragraph.scan.pairs or self.paragraph.scan.open_at_end is not None:
            self.collect_quote_subjects()

    def collect_quote_subjects(self) -> None:
        """The person whose full name opens the sentence right before a quotation that is a
        sentence of its own, with no reporting verb between them: ``Tomas Reyl celebrated with
        the fans. “We never stopped believing.”`` The quotation is what that person says (a
        feature writes so). The name is followed by a word in lower case (its verb), as the
        subject of a participle clause is (``subject_name``), and has two words or more, none
        opening a feature's, a storm's, a firm's or a body's name (``Hurricane Beryl``, ``Bank
        Mandiri``; lexicons ``feature_nouns``, ``firm_nouns``, ``body_words``); a titled name is
        read from its role. Not when the quotation's first words speak of a person in the third
        person singular (``“He was unstoppable …”``, ``“Beliau sudah berjanji …”``; not ``“It was
        the best night of my career”``): it speaks of its subject."""
        tokens, lang = self.tokens, self.lang
        for at in range(1, len(tokens)):
            token = tokens[at]
            if not token.quoted or tokens[at - 1].quoted or not token.sentence_start:
                continue
            first = self.sentence_first(at - 1)
            if first is None or not tokens[first].cap or tokens[first].quoted or not self.is_name_token(first) \
                    or tokens[first].fold in lang.thing_openers or tokens[first].fold in lang.no_name_openers:
                continue
            chunk = self.capital_chunk(first, at)
            if chunk >= at or chunk - first < 2 or tokens[chunk].cap or not tokens[chunk].joined:
                continue  # no full name, or no verb right after it
            if any(tokens[k].fold in lang.third_persons for k in range(at, min(len(tokens), at + _QUOTE_HEAD_WORDS))):
                continue  # "“He was unstoppable …”": about the subject, not the subject's words
            if self.find(lang.roles, first, chunk) or self.find(lang.attribution, first, at, skip_quoted=True):
                continue  # a titled name, or a sentence that reports speech: read elsewhere
            name = self.trailing_name(first, chunk)
            if name is not None and name[0] == first and name[1] - name[0] >= 2:
                self.paragraph.speakers.append(self.mention(None, None, name, None))

    def subject_before(self, verb: int) -> bool:
        """Whether the active verb at token ``verb`` has its subject right before it, joined to
        it (a capitalised word that is no stopword, or a pronoun, perhaps before a continuation
        adverb: ``Hendra juga memuji``, ``He praised``): a name after the verb is then its object,
        no speaker (``… memuji Rudi Hartono``). After a comma or a quotation the verb is
        postposed (``“…,” kata Budi``); a passive's agent follows it (``Seperti disampaikan Budi
        Santoso``)."""
        tokens = self.tokens
        at = self.before_continuation(verb)
        if at == 0 or not tokens[at].joined or tokens[at - 1].quoted != tokens[verb].quoted \
                or any(tokens[verb].fold.startswith(prefix) for prefix in self.lang.passive_prefixes):
            return False  # ("Seperti disampaikan Budi Santoso": the passive's agent follows it)
        before = tokens[at - 1]
        if before.fold in self.lang.pronouns:
            return True
        return before.cap and before.fold not in self.lang.stopwords  # (not "Seperti", "Ini", "Begitu")

    def subject_name(self, hit: _Hit) -> None:
        """The name that opens the sentence of a participle clause and is its main clause's
        subject: ``Yuan Da rejected the report, saying …``. A titled name is read from its role."""
        first = self.participle_subject(hit)
        if first is None or not self.tokens[first].cap:
            return
        chunk = self.capital_chunk(first, hit.first)
        if chunk >= hit.first or self.tokens[chunk].cap or not self.tokens[chunk].joined:
            return  # no verb right after the name: an appositive or a list, read elsewhere
        if self.find(self.lang.roles, first, chunk):
            return  # "President Ana Lima rejected …": read from the role
        name = self.trailing_name(first, chunk)
        if name is not None and name[0] == first:
            self.add_mention(self.mention(None, None, name, None), self.tokens[first].sentence_start)

    def lower_name_may_follow(self, hit: _Hit) -> bool:
        """Whether a lower-case word after a verb that closes a quotation or a clause may be the
        speaker's name, written in lower case (``"…," ungkap dave.``, ``…, kata dave``): the
        word is no stopword, and a comma or a quotation mark stands before the verb. Whether it
        is a name is told once the article's names are known (``add_lower_case_names``)."""
        tokens, at = self.tokens, hit.stop
        if at >= len(tokens) or hit.first == 0:
            return False
        token = tokens[at]
        if not token.joined or token.cap or token.quoted or len(token.text) < 3 or \
                not token.text.isalpha() or token.fold in self.lang.stopwords:
            return False
        gap = self.gap(hit.first)
        return "," in gap or any(c in _ALL_MARKS for c in gap)

    def add_lower_case_names(self, spellings: Mapping[str, str]) -> None:
        """Take the lower-case words after a reporting verb (``lower_names``) that are words of
        names the article gives (``spellings``: folded word to the article's spelling) for the
        speaker: ``"…," ungkap dave.`` after ``Dave Laksono``. The name must end the clause (a
        punctuation mark, the paragraph's end, a stopword or an attribution phrase follows), so
        that ``…, tambah hari libur`` names nobody called Hari. The mention is spelt as the
        article spells the name elsewhere."""
        tokens, stop = self.tokens, len(self.tokens)
        for hit, attributes in self.lower_names:
            first = end = hit.stop
            while end < stop and end - first < 4 and (end == first or tokens[end].joined) and \
                    not tokens[end].cap and tokens[end].fold in spellings:
                end += 1
            if end == first:
                continue
            if end < stop and tokens[end].joined and tokens[end].fold not in self.lang.stopwords and \
                    self.match(self.lang.attribution, end, stop) is None:
                continue  # the clause goes on: a common word, not a name
            if not attributes:
                self.paragraph.attribution.append(self.evidence(hit.first, hit.stop, "reporting_verb"))
            start, name_end = self.word_starts[first], self.word_ends[end - 1]
            name = " ".join(spellings[token.fold] for token in tokens[first:end])
            self.paragraph.speakers.append(SpeakerMention(name, None, start, name_end,
                                                          self.paragraph.source.index, start, name_end))

    def parenthesised_acronym(self, at: int) -> bool:
        """Whether token ``at`` is an acronym in parentheses with a capitalised word after it:
        ``Badan Koordinasi Penanaman Modal (BKPM) Bahlil``."""
        tokens = self.tokens
        if at + 1 >= len(tokens) or not tokens[at + 1].cap:
            return False
        word = tokens[at].text
        return len(word) >= 2 and word.isupper() and self.gap(at).strip() == "(" and \
            self.gap(at + 1).strip() == ")"

    def after_name_and_comma(self, at: int) -> bool:
        """Whether token ``at`` follows a name word and a comma: ``Joko Latuconsina, pengamat``."""
        return at > 0 and self.is_name_token(at - 1) and \
            self.gap(at).strip() == ","

    def listed(self, at: int) -> bool:
        """Whether token ``at`` stands in a sentence with a list of three commas or more that a
        conjunction closes (``Hadir Sekda Lembahsari Ahmad Fauzi, Kadis Rudi Hartono, Kepala
        Kejaksaan Negeri, serta lima camat``). There an item followed by another (``item_follows``)
        is side by side with it, in apposition to none. Asked only where a comma stands by a name."""
        tokens, commas = self.tokens, self.paragraph.commas
        conjunctions = self.lang.list_conjunctions
        if len(commas) < 3 or not conjunctions or not 0 <= at < len(tokens):
            return False
        if self._sentences is None:
            self._sentences = [0] + [i for i, token in enumerate(tokens) if i and token.sentence_start]
        sentences = self._sentences
        after = bisect.bisect_right(sentences, at)
        first = sentences[after - 1]
        stop = sentences[after] if after < len(sentences) else len(tokens)
        inside = commas[bisect.bisect_left(commas, first):bisect.bisect_left(commas, stop)]
        return len(inside) >= 3 and inside[-1] + 1 < stop and tokens[inside[-1] + 1].fold in conjunctions

    def item_follows(self, at: int) -> bool:
        """Whether token ``at`` follows a comma and opens another item of a list: a capitalised
        word or a list conjunction (``…, Kepala Kejaksaan``, ``…, serta lima camat``), not a verb
        (``…, Cahya Purnama, mengatakan``)."""
        if at >= len(self.tokens) or self.gap(at).strip() != ",":
            return False
        token = self.tokens[at]
        return token.cap or token.fold in self.lang.list_conjunctions

    def indefinite(self, first: int) -> bool:
        """Whether an indefinite article (lexicon ``indefinite_articles``) stands before token
        ``first``, perhaps with up to two words in lower case between (``a police officer``)."""
        tokens, articles = self.tokens, self.lang.indefinite_articles
        at = first - 1
        while at >= max(0, first - _ARTICLE_REACH) and tokens[at + 1].joined:
            if tokens[at].fold in articles:
                # (not one that opens its sentence: "A firefighter, Ann Fowler said …" is the
                # appositive, its closing comma left out)
                return not tokens[at].sentence_start
            if tokens[at].cap:
                return False
            at -= 1
        return False

    def apposed_name(self, after: int) -> tuple[int, int] | None:
        """A full name set off by commas right after token ``after - 1``: ``…, Hasan Hidayat,``.

        The name must be two to four name words, followed by a comma, a sentence end or a
        reporting verb, so that a list ("Bandung, Cimahi, dan Garut") is not taken for one.
        """
        tokens, stop = self.tokens, len(self.tokens)
        if after >= stop or self.gap(after).strip() != ",":
            return None
        end = after
        while end < stop and (end == after or tokens[end].joined) and (
                self.is_name_token(end) or (tokens[end].fold in self.lang.particles and end > after)):
            end += 1
        if not 2 <= end - after <= 4 or tokens[end - 1].fold in self.lang.particles:
            return None
        if any(self.qualifier_length(at, end) for at in range(after, end)):
            return None
        if end < stop:
            gap = self.gap(end).strip()
            if gap.rstrip(_MARKS).rstrip() not in (",", ".") and not (
                    tokens[end].joined and self.match(self.lang.attribution, end, stop) is not None):
                return None  # (a quotation may open after the comma or the full stop: '…, Jayme Nelson. "…')
        return after, end

    def extend_role_left(self, first: int) -> int:
        """Include qualifiers before a role noun: "White House", "Russian", "former"."""
        tokens, qualifiers = self.tokens, self.lang.qualifiers
        at = first
        for _ in range(4):
            if at == 0 or not tokens[at].joined:
                break
            previous = at - 1
            token = tokens[previous]
            if token.text.isupper() and len(token.text) >= 2:
                at = previous
                continue
            found = None
            for back in (3, 2, 1):
                begin = at - back
                if begin < 0 or not tokens[begin].starts >> qualifiers.slot & 1:
                    continue  # (no qualifier starts there: ``match`` would say None)
                hit = qualifiers.match_at(tokens, begin, at)
                if hit is not None and hit.stop == at:
                    found = begin
                    break
            if found is None or (tokens[found].sentence_start and not tokens[found].cap):
                break
            if tokens[found].fold in self.lang.stopwords:
                break  # "head of the agency": "of" and "the" belong to what precedes
            at = found
        return at

    def before_continuation(self, verb: int) -> int:
        """The token where the verb at ``verb`` starts once up to two continuation adverbs
        joined before it are taken in (``Peskov juga mengatakan``: at ``juga``)."""
        tokens, continuation = self.tokens, self.lang.continuation
        at = verb
        for _ in range(2):
            if at > 0 and tokens[at].joined and tokens[at - 1].starts >> continuation.slot & 1 \
                    and continuation.match_at(tokens, at - 1, at):  # (``match``, unrolled)
                at -= 1
        return at

    def name_before(self, verb: int) -> None:
        tokens = self.tokens
        at = self.before_continuation(verb)  # "Peskov juga mengatakan"
        if at > 1 and not tokens[at].joined and self.gap(at).strip() == ",":
            if tokens[at - 1].cap:
                self.name_between_commas(at - 1)
            else:
                self.name_before_description(at - 1)
            return
        if at == 0 or not tokens[at].joined or not tokens[at - 1].cap:
            return
        self.name_ending(at - 1)

    def name_ending(self, last: int, *, opening: bool = False) -> None:
        """The name of a capitalised chunk that ends at token ``last``, untitled, as a speaker.
        With ``opening``, only a name that is the whole chunk and opens a clause (:meth:`opens_clause`:
        ``Paul Marlin, 54, said``; not ``Residents of Marion, many of them farmers, said``,
        ``Warga Sukadana, …``, nor a name set off inside a description, ``whose father, Jack
        Marlin, founded …``)."""
        tokens = self.tokens
        first = last
        while first > 0 and last - first < _CHUNK_MAX and (
                tokens[first].joined or self.is_initial(first - 1)) and (tokens[first - 1].cap or (
                tokens[first - 1].fold in self.lang.particles and first - 2 >= 0 and tokens[first - 2].cap)):
            first -= 1
        if self.find(self.lang.roles, first, last + 1):
            return  # a titled mention: read from the role
        name = self.trailing_name(first, last + 1)
        if opening and (name is None or name[0] != first or not self.opens_clause(first)):
            return
        if name is not None:
            self.add_mention(self.mention(None, None, name, None), tokens[name[0]].sentence_start)

    def opens_clause(self, at: int) -> bool:
        """Whether token ``at`` opens its sentence, or the clause after a quotation (``“…,” Paul
        Marlin, 54, said``) or after an opening phrase of time (``On Tuesday, Dana Whitlow, 61,
        said``, ``In 2019, …``): not a word after a preposition (``Residents of Marion``) nor a
        name set off after a noun (``whose father, Jack Marlin, founded …``)."""
        tokens = self.tokens
        if tokens[at].sentence_start or at == 0:
            return True
        gap = self.gap(at)
        if any(c in _ALL_MARKS for c in gap):
            return True
        before = tokens[at - 1]
        return "," in gap and (before.fold in self.lang.weekdays or before.fold in self.lang.months_wide
                               or before.fold.isdigit())

    def name_before_description(self, last: int) -> None:
        """A name, then a description set off by commas that ends at token ``last``, its verb after
        the second comma (``Paul Marlin, 54, said``, ``Jane Doe, a local resident, said``, ``Budi
        Santoso, warga setempat, mengatakan``): the description is a run of up to
        ``_APPOSITIVE_WORDS`` words outside quotation marks, in one sentence, with no reporting
        verb; the name is the capitalised chunk before its comma. (A role in the description
        titles the name: :meth:`collect_appositives` reads those.)"""
        tokens = self.tokens
        first = last
        while first > 0 and last - first < _APPOSITIVE_WORDS and tokens[first].joined:
            first -= 1
        if first == 0 or self.gap(first).strip() != "," or not tokens[first - 1].cap \
                or any(tokens[at].quoted or tokens[at].sentence_start for at in range(first - 1, last + 1)):
            return
        if self.find(self.lang.roles, first, last + 1) or self.find(self.lang.attribution, first, last + 1):
            return
        self.name_ending(first - 1, opening=True)

    def name_between_commas(self, last: int) -> None:
        """A name set off by commas after a lower-case description, its verb after the second
        comma (``Salah satu pedagang, Wartini, membenarkan``, ``One trader, Ana Lima, said``):
        the name ends at token ``last``."""
        tokens = self.tokens
        first = last
        while first > 0 and last - first < 3 and tokens[first].joined and tokens[first - 1].cap:
            first -= 1
        if first == 0 or self.gap(first).strip() != "," or tokens[first - 1].cap \
                or tokens[first - 1].fold in self.lang.stopwords or tokens[first - 1].fold.isdigit():
            return
        if self.find(self.lang.roles, first, last + 1):
            return  # a role, not a name ("…, Kepala Dinas, mengatakan")
        name = self.trailing_name(first, last + 1)
        if name is not None and name[0] == first:
            self.add_mention(self.mention(None, None, name, None), False)

    def collect_appositives(self) -> None:
        tokens = self.tokens
        # An appositive needs a name followed by a comma: most paragraphs have few such places.
        commas = [position for position in self.paragraph.commas if tokens[position].cap] \
            if self.paragraph.commas else []
        if not commas:
            return
        # The role of an appositive starts at most eight words after the comma that ends the
        # name: only a name before such a comma is looked for. No chunk of capitalised words
        # runs over a comma, so the chunks before one are read from the start of the run of
        # joined words that it ends, as a reading from the paragraph's start would read them.
        roles = self._starts.get(self.lang.roles.slot)
        if not roles:
            return
        for comma in self.paragraph.commas:
            if comma > commas[-1]:
                return  # no capitalised word before a comma from here on
            if _any_between(roles, comma + 1, comma + 9):
                run = comma
                while run > 0 and (tokens[run].joined or self.is_initial(run - 1)):
                    run -= 1
                self.appositive_before(run, comma)

    def appositive_before(self, first: int, last: int) -> None:
        """A name in apposition that ends at token ``last`` (a comma follows it), the words from
        ``first`` to ``last`` being a run that no chunk of capitalised words runs into or out of:
        "John Kirby, the White House spokesman, said"."""
        tokens = self.tokens
        at = first
        for at_cap in range(first, last + 1):
            if at_cap < at or not tokens[at_cap].cap:
                continue  # inside the previous chunk, or no chunk starts here
            at = at_cap
            if not self.is_name_token(at):
                at += 1
                continue
            chunk = self.capital_chunk(at, len(tokens))
            start = at
            at = max(chunk, at + 1)
            # A name, if any, ends the chunk: only one followed by the comma can be in apposition.
            if chunk - 1 != last:
                continue
            name = self.trailing_name(start, chunk)
            if name is None or name[1] - name[0] < 2:
                continue
            first = name[1]
            stop = first
            while stop < len(tokens) and stop - first < 8 and (stop == first or tokens[stop].joined):
                stop += 1
            role_hits = self.find(self.lang.roles, first, stop)
            verbs = self.find(self.lang.attribution, first, stop)
            if not role_hits or (verbs and verbs[0].first < role_hits[0].first):
                continue
            if any(not tokens[at].cap and self.lang.ends_role(tokens[at].fold, at == first)
                   for at in range(first, role_hits[0].first)) or (
                    first < role_hits[0].first and not tokens[first].cap
                    and self.lang.passive_verb(tokens[first].fold)):
                continue  # "Malcolm Turnbull, who met the speaker,", "…, didampingi Kepala Dinas …": a clause
            if any(tokens[first].fold == conjunction[0] and self.words_follow(first + 1, conjunction[1:])
                   for conjunction in self.lang.conjunctions):
                continue  # "Bahlil Lahadalia, serta Menteri Pariwisata Wishnutama": a list
            after_role = role_hits[0].stop
            if self.listed(last):
                comma = next((at for at in range(after_role, min(len(tokens), after_role + 8))
                              if "," in self.gap(at)), None)
                if comma is not None and self.item_follows(comma):
                    continue  # "Rudi Hartono, Kepala Kejaksaan Negeri, serta …": items of a list
            if after_role < len(tokens) and tokens[after_role].joined and tokens[after_role].cap and \
                    self.trailing_name(after_role, self.capital_chunk(after_role, len(tokens))) is not None:
                continue  # the role titles another person named after it
            if verbs:
                stop = verbs[0].first  # "John Kirby, a spokesman said" ends before "said"
            role_first = first
            if tokens[role_first].fold in self.lang.stopwords and role_first < role_hits[0].first:
                role_first += 1  # "the", "seorang"
            head = " ".join(t.fold for t in tokens[role_hits[0].first:role_hits[0].stop])
            # (The role follows the name: the mention runs from the name to the role's end.)
            self.paragraph.speakers.append(self.mention(role_first, stop, name, head))


# --- the article -------------------------------------------------------------------------------


def _after_determiner(state: _Paragraph, start: int, determiners: frozenset[str]) -> bool:
    """Whether the word at ``start`` follows a determiner (``the Karanjas``, ``a Smith``): a
    family or a kind of person, not the bare surname of someone the article names."""
    at = bisect.bisect_left(state.word_starts, start)
    return 0 < at < len(state.tokens) and state.tokens[at].joined and state.tokens[at - 1].fold in determiners


_APPOSITIVE_NAME = re.compile(r",[ \t]*+(?:[A-Z][\w.]*+[ \t]++){1,4}[A-Z][\w.]*+[ \t]*+,[ \t]*+[a-z]")
"""A name set off by commas, the sentence going on in lower case after it (``, R. Didik S, yang
…``): an appositive, not an item of a list (``, Danang Maharsa dan …``)."""
_NUMBER_AFTER = re.compile(r"[ \t]++\d")
"""A number right after a word (``Tahun 2020``, ``Pasal 27``): the word names a thing by it."""
_RANK_AFTER_COMMA = re.compile(r",[ \t]*+([^\W\d_][\w.]*+)(?:[ \t]++([^\W\d_]))?")
"""The word after a comma (a rank, when it titles the holder of the post before it), and the
first letter of the word after it (a name's second word)."""


def _regions(mentions: Sequence[SpeakerMention], places: frozenset[str],
             regional_roles: frozenset[str]) -> set[str]:
    """The lone words the article's posts name as regions (folded): a word after a post named by
    its region ("Bupati Sleman", "Sekda Sleman") when the article also places something there
    ("di Sleman", "Kabupaten Sleman", "Polres Sleman"). Without that a lone word stays a name
    ("Bupati Kustini", "Wakil Bupati Kustini"), after other titles too ("Mayor Hernandez"),
    and so does one that a full name of the article is shortened to (the caller's ``known``)."""
    if not regional_roles:
        return set()
    return {fold_name(m.name) for m in mentions
            if m.role is not None and " " not in m.name and _regional(m.role, regional_roles)} & places


def _area_named(text: str, name: str, area_nouns: frozenset[str]) -> bool:
    """Whether ``text`` writes ``name`` right after an area noun (``Kecamatan Simpang Hilir``; the
    names after area nouns found once per text)."""
    return name in _area_names(text, area_nouns)


@lru_cache(maxsize=4)
def _area_names(text: str, area_nouns: frozenset[str]) -> frozenset[str]:
    """The one and two capitalised words that ``text`` writes right after an area noun."""
    found: set[str] = set()
    for match in _AREA_NAME.finditer(text):
        if match.group(1).casefold() in area_nouns:
            found.add(match.group(2))
            if match.group(3):
                found.add(f"{match.group(2)} {match.group(3)}")
    return frozenset(found)


_AREA_NAME = re.compile(r"\b([^\W\d_]+)(?=[^\S\n]*+\n?[^\S\n]*+(?<=\s)([A-Z][\w'’-]*)"
                        r"(?:[^\S\n]*+\n?[^\S\n]*+(?<=\s)([A-Z][\w'’-]*))?\b)")
"""A word, then one or two capitalised words (an area noun and its area's name, when the word is
one), spaced by any spaces (a no-break space too) and at most one line break."""


def _regional_tail(role: str, regional_roles: frozenset[str]) -> list[str] | None:
    """The words of ``role`` after its post named by a region (``Kapolsek Simpang``: ``Simpang``;
    ``Camat``: none), or None when it holds no such post."""
    words = role.split()
    folded = [word.casefold() for word in words]
    for at in range(len(words)):
        for end in range(len(words), at, -1):
            if " ".join(folded[at:end]) in regional_roles:
                return words[end:]
    return None


def _regional(role: str, regional_roles: frozenset[str]) -> bool:
    """Whether ``role`` ends with a post named by its region (``Bupati``, ``Wakil Camat``)."""
    words = role.casefold().split()
    return any(" ".join(words[at:]) in regional_roles for at in range(len(words)))


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of ``spans`` as sorted, non-overlapping spans."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _has_ending(word: str, endings: Sequence[str]) -> bool:
    """Whether ``word`` ends with one of ``endings`` after ``_STEM`` letters or more."""
    return any(word.endswith(ending) and len(word) - len(ending) >= _STEM for ending in endings)


def _abstract(text: str, paragraph: ParagraphLike, tokens: Sequence[_Token]) -> bool:
    """Whether a paragraph speaks only in the abstract: two sentences or more, no digit (``5g
    masts``, ``covid-19``) and no capitalised word inside a sentence (no name, no place, no
    institution, no "I"). (The caller has found no attribution, no concrete fact and no
    quotation in it.)"""
    if not _SENTENCE_BREAK.search(text, paragraph.start, paragraph.end) or \
            _DIGIT.search(text, paragraph.start, paragraph.end):
        return False  # (one sentence: "Q: Is the bridge ready?" is a question, no argument)
    return not any(token.cap and not token.sentence_start for token in tokens)


def _decide(kind: str, editorial: Sequence[Evidence], concrete: Sequence[Evidence],
            e_weight: int, a_weight: int, c_weight: int, *, abstract: bool = False,
            own_voice: bool = True) -> tuple[bool, float]:
    """(is editorial, score) by the decision rule, from the distinct evidence and its weights.
    ``abstract``: the paragraph has no attribution, no fact and no quotation, and speaks only in
    the abstract (``_abstract``): one piece of editorial evidence is enough there, of a category
    outside ``_SERVICE`` and ``_NOT_ALONE``. ``own_voice``: nothing around the paragraph says
    whose view it may give (no speech announced and not given in the paragraph before, no
    perspective at its head), so overwhelming editorial evidence may stand despite a hard fact."""
    score = float(e_weight - a_weight - c_weight)
    if not editorial:
        return False, score
    categories = {item.category for item in editorial}
    strong = any(EDITORIAL_WEIGHTS[category] >= 2 for category in categories)
    hard = any(item.category in HARD_FACTS for item in concrete)
    # (a framing connective is enough with another category: "In short, the council must act")
    enough = (abstract and (bool(categories - _SERVICE - _NOT_ALONE) or (
        "framing" in categories and len(categories - _SERVICE) >= 2))) or (e_weight >= EDITORIAL_MIN if strong else (
        e_weight >= WEAK_EDITORIAL_MIN and len(categories) >= 2))
    # A hard fact rules a paragraph out unless nothing attributes it and its editorial evidence
    # outweighs the soft facts twice over, with twice the least weight, in two categories: "The
    # budget is a slap in the face … He should not sign on … the over collection of $2 billion."
    # (Not "Sudah saatnya kita peduli, kata aktivis itu pada 12 Mei 2023": a speaker's words; nor
    # a paraphrase under a paragraph that announces speech, "Koordinator aksi, Budi Santoso,
    # berorasi di atas mobil komando." / "Kenaikan tarif 30 persen ini sungguh keterlaluan …", nor one given from a
    # perspective, "For the families, the delay is a disgrace … before 5 more people die!")
    overwhelming = (own_voice and not a_weight and e_weight >= _OVERRIDE * max(EDITORIAL_MIN, c_weight)
                    and len(categories) >= 2)
    is_editorial = (kind == "paragraph" and enough and (not hard or overwhelming)
                    and e_weight > a_weight + c_weight)
    return is_editorial, score


_DASH_CREDIT = re.compile(r"[.!?…]\s+[-–—]\s*([^\W\d_][^!?–—\n]{0,60}?)\s*\.?\s*$")
"""A spaced dash after a sentence's mark at a paragraph's end, and a few words after it: the
credit of speech given with no quotation marks (``… our plans. - Rutte said.``)."""
_DASH_CREDIT_WORDS = 5
"""The most words of such a credit (``- the secretary general added.``)."""


def _dash_credit(text: str, paragraph: ParagraphLike, language: _Language) -> bool:
    """Whether the paragraph ends with a credit of what it says, set off by a spaced dash after
    its last sentence: a verb of ``reporting_words`` with its speaker as a clitic, alone (``…
    plans. – ujarnya.``), or a reporting verb and its speaker on either side, a capitalised
    word, a pronoun or a determiner (``- Rutte said.``, ``– he added.``, ``– kata Rutte.``,
    ``- said Dr. Lena Brandt.``, ``- the secretary general added.``). Wire copy of some outlets
    gives a speaker's words so, with no quotation marks: the paragraph is the speaker's, not the
    outlet's. A credit of a desk or a reader's formula is none (``— From staff and wire
    reports.``, ``– Harap maklum.``; review 75 M3)."""
    tail = text[max(paragraph.start, paragraph.end - 80):paragraph.end]
    credit = _DASH_CREDIT.search(tail)
    if credit is None:
        return False
    raw = credit.group(1).split()
    words = [word.casefold().strip(",") for word in raw]
    if len(words) > _DASH_CREDIT_WORDS:
        return False
    if len(words) == 1:  # (a verb carrying its speaker as a clitic: "– ujarnya.")
        return any(words[0].endswith(clitic) and words[0][:-len(clitic)] in language.reporting_words
                   for clitic in language.pronoun_clitics)

    def named(at: int) -> bool:
        # a pronoun or a determiner opens the speaker; or a name of capitalised words, one of
        # which the article writes elsewhere too (not "- Staff reports", "— Enough said.")
        name = raw[at:] if at else raw[:-1]
        return words[at] in language.pronouns or words[at] in language.determiners or (
            all(word[:1].isupper() for word in name)
            and any(text.count(word.rstrip(".,")) >= 2 for word in name if len(word.rstrip(".,")) > 2))

    # ("said Rutte", "kata Rutte"; "Rutte said", "he added", "the secretary general added")
    return (words[0] in language.reporting_words and named(1)) or \
        (words[-1].rstrip(".") in language.reporting_words and named(0))


_PERSPECTIVE_WORDS = 6
"""The most words between a perspective's opener and its comma (``For the families of the
victims,``)."""


def _from_a_perspective(state: _Paragraph, language: _Language) -> bool:
    """Whether the paragraph opens with a perspective, an opener of the lexicon and a comma a few
    words on (``For the families, …``, ``Bagi warga, …``): whose view it gives. Not a time's, a
    connective's or the writer's own (lexicon ``perspective_exclusions``: ``For years,``, ``Untuk
    itu,``, ``Bagi kami,``)."""
    tokens = state.tokens
    if not tokens or tokens[0].fold not in language.perspective_openers or not state.commas:
        return False
    comma = state.commas[0]
    return comma < _PERSPECTIVE_WORDS and not any(
        token.fold in language.perspective_exclusions for token in tokens[1:comma + 1])


def _announces_speech(text: str, paragraph: ParagraphLike, language: _Language) -> bool:
    """Whether the paragraph tells of a speech given and gives none of it (lexicon
    ``speech_events``: ``Koordinator aksi, Budi Santoso, berorasi di atas mobil komando.``, ``The
    mayor gave a speech at the rally.``; not ``the clerk said at a news conference``, whose clause
    is what was said); the next paragraph may give its words, unmarked."""
    return language.speech_events is not None and \
        language.speech_events.search(text, paragraph.start, paragraph.end) is not None


_NAMED_SPEAKER_GAP = 24
"""The most characters between a reporting verb and the name it reports (``kata Jokowi``,
``Jokowi juga mengatakan``, ``said Ana Lima``)."""
_CLAUSE_BREAKS = frozenset(".!?;:" + DOUBLE_MARKS)


def _named_speakers(text: str, attribution: Sequence[Evidence],
                    speakers: Sequence[SpeakerMention]) -> list[Evidence]:
    """The named speakers (outside quotation marks) next to a reporting verb or an attribution
    phrase of their paragraph, as ``named_speaker`` evidence: a person named as the source
    vouches for what the paragraph reports of them (``Menteri, kata Jokowi, harus …``) more than
    a bare verb or pronoun does. Next to: at most two words and no sentence or quotation mark
    between the two."""
    verbs = sorted((e for e in attribution if e.category in ("reporting_verb", "attribution_phrase")),
                   key=_start_of)
    if not verbs:
        return []
    starts = [verb.start for verb in verbs]
    found: list[Evidence] = []
    for mention in speakers:
        # Only the verb nearest on either side can be next to the name (one lookup each).
        after = bisect.bisect_left(starts, mention.end)
        gaps = []
        if after < len(verbs) and verbs[after].start - mention.end <= _NAMED_SPEAKER_GAP:
            gaps.append(text[mention.end:verbs[after].start])
        before = bisect.bisect_left(starts, mention.start) - 1
        if before >= 0 and 0 <= mention.start - verbs[before].end <= _NAMED_SPEAKER_GAP:
            gaps.append(text[verbs[before].end:mention.start])
        if any(_CLAUSE_BREAKS.isdisjoint(gap) and len(gap.split()) <= 2 for gap in gaps):
            found.append(Evidence("named_speaker", text[mention.name_start:mention.name_end],
                                  mention.name_start, mention.name_end))
    return found


_QUOTE_HEAD_WORDS = 4
"""How many of a quotation's first words are read for a third person it speaks of."""
_TITLED_NAME_MIN = 6
"""The fewest letters of a one-word name under a title (``Iptu Darmadi``: a person known by one
name) that a lone word opening a sentence may misspell (``Dramadi mengungkapkan``); shorter
names are alike too often (``Yanti``, ``Yanto``)."""


def _mistyped(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` mistyped: as long, with two letters next to each other swapped
    (``Dramadi`` for ``Darmadi``) or one letter other, not among its last two (``Sutopo`` for
    ``Sutapo``) but a final consonant's voiced or voiceless twin (``Rahmad`` for ``Rahmat``). A
    name's ending makes another name of the same root (``Hartono``, ``Hartini``; ``Suryadi``,
    ``Suryani``): two people."""
    if len(word) != len(name) or word == name:
        return False
    differ = [at for at, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
    if len(differ) == 2 and differ[1] == differ[0] + 1:
        return word[differ[0]] == name[differ[1]] and word[differ[1]] == name[differ[0]]
    if len(differ) == 1 and differ[0] == len(name) - 1:
        return {word[-1], name[-1]} in _VOICING_PAIRS  # "Rahmad" for "Rahmat": a final consonant's slip
    return len(differ) == 1 and differ[0] < len(name) - 2


def _answered_mistyped(text: str, state: _Paragraph, mention: SpeakerMention) -> bool:
    """Whether a one-word name under a role in lower case (``ketua majelis hakim Wirharti``) is
    mistyped by the next person its paragraph names, a lone speaker with no role or description
    of their own (``… ,” tukas Wirarti.``; not ``kata Muliadi, kuasa hukum korban``): the
    person just named speaking, their name misspelt. Spelt alike is not enough for two lone
    names (``Yanti``, ``Yanto``), nor for ``y`` and ``i``, which spell two people's names
    (``Mulyadi``, ``Muliadi``; ``Haryanto``, ``Hariyanto``)."""
    if " " in mention.name:
        return False
    later = [m for m in (*state.speakers, *state.tentative) if m.start >= mention.end]
    if not later:
        return False
    nearest = min(later, key=_start_of)
    described = _APPOSITION.match(text, nearest.name_end)
    if described is not None and described.group(1) and any(
            calendar_names(lang).weekday(described.group(1)) is not None for lang in ("id", "en")):
        described = None  # "tukas Wirarti, Senin (9/9).": the day it was said, no description
    if nearest.role is not None or " " in nearest.name or described is not None:
        return False
    return mistyped_name(fold_name(mention.name), fold_name(nearest.name))


_APPOSITION = re.compile(r",\s+([^\W\d_][\w'’-]*)|\s*\(\d")
"""A comma and a word after a name, or an age in parentheses: a description set off
(``Muliadi, kuasa hukum korban``, ``Sugiarto, Ketua RT 03``, ``Sugiarto (52)``)."""


def mistyped_name(word: str, name: str) -> bool:
    """Whether two one-word names of ``_TITLED_NAME_MIN`` letters or more are one mistyped
    (:func:`_mistyped`) or one letter dropped from the other, not among its last two
    (``Wirarti`` for ``Wirharti``), but for a ``y`` and an ``i`` (``Supriyadi``, ``Supriadi``)."""
    if min(len(word), len(name)) < _TITLED_NAME_MIN or word == name:
        return False
    if len(word) == len(name):
        differ = {a + b for a, b in zip(word, name, strict=True) if a != b}
        return _mistyped(word, name) and not differ <= {"yi", "iy"}
    longer, shorter = (word, name) if len(word) > len(name) else (name, word)
    return len(longer) == len(shorter) + 1 and any(
        longer[:at] + longer[at + 1:] == shorter and longer[at] not in "yi" for at in range(len(longer) - 2))


_VOICING_PAIRS = [{"t", "d"}, {"p", "b"}, {"k", "g"}, {"f", "v"}, {"s", "z"}]
"""Final consonants a name is often mistyped with, one for the other (``Rahmat``, ``Rahmad``)."""


def _surnames(mentions: Iterable[SpeakerMention]) -> set[str]:
    """The words a full name of the article may be shortened to: its last, and the first of a
    name of two words (an Indonesian name is often shortened to it, ``Ansyar Sutiadi`` to
    ``Ansyar``; a longer one may begin with a place read into it, ``Sukamaju Dimas Prakoso``)."""
    found: set[str] = set()
    for mention in mentions:
        words = mention.name.split()
        if len(words) > 1:
            found.add(fold_name(words[-1]))
            if len(words) == 2:
                found.add(fold_name(words[0]))
    return found


@lru_cache(maxsize=4096)
def _role_words(role: str) -> frozenset[str]:
    """The words of a role, folded as names are (roles repeat: remembered)."""
    return frozenset(fold_name(word.strip(",.()")) for word in role.split())


_Spanned = TypeVar("_Spanned", SpeakerMention, Evidence)

_start_of = attrgetter("start")
"""The start of a speaker mention or a piece of evidence: a sort key."""


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans`` (sorted, non-overlapping)."""
    at = bisect.bisect_right(starts, start) - 1
    return at >= 0 and spans[at][0] <= start and end <= spans[at][1]


def _any_between(values: Sequence[int], low: int, high: int) -> bool:
    """Whether one of ``values`` (ascending) lies in ``[low, high)``."""
    at = bisect.bisect_left(values, low)
    return at < len(values) and values[at] < high


def _within(spans: Sequence[tuple[int, int]], starts: Sequence[int], offset: int) -> bool:
    """Whether ``offset`` falls in one of ``spans`` (sorted by start)."""
    at = bisect.bisect_right(starts, offset) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


def _nearest(items: Sequence[_Spanned], starts: Sequence[int], start: int, end: int) -> _Spanned | None:
    """The item nearest to ``[start, end)``; ``items`` are sorted by start."""
    at = bisect.bisect_left(starts, start)
    best: _Spanned | None = None
    best_distance = -1
    for candidate in items[max(at - 2, 0):at + 2]:
        distance = start - candidate.end if candidate.end <= start else max(candidate.start - end, 0)
        if best is None or distance < best_distance:
            best, best_distance = candidate, distance
    return best


_ASIDE_KINDS = frozenset({"caption", "boilerplate"})
"""Kinds of block that stand beside the running text (a photo caption, a "Baca juga" link, an
advertisement): the paragraphs around one are adjacent, for speakers, sources and quotations
running on, as if it were not there."""


def _label_or_codes(inner: str) -> bool:
    """Whether the words inside a quotation's marks, set in a clause, are a label, a sign or a
    list of codes, no speech: two words or more whose letters are all capitals, with no comma,
    exclamation or question inside (``“BROOKVALE FARM STRAWBERRY YOGURT”``; not a chant, ``“WE
    WILL NOT PAY, WE WILL NOT MOVE”``), or half of them or more with a digit (``“LOT 4471 08:00
    through 11:59”``)."""
    words = inner.split()
    if len(words) < 2:
        return False
    if sum(any(char.isdigit() for char in word) for word in words) * 2 >= len(words):
        return True
    letters = [char for char in inner if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters) and not any(mark in inner for mark in ",!?")


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S*")
"""A web address, nothing else: quoted, no speech."""


def _is_speech(text: str, start: int, inner_start: int, inner_end: int, paragraph_start: int,
               title_words: frozenset[str] = frozenset(), clause_words: frozenset[str] = frozenset(),
               common_words: frozenset[str] = frozenset(), title_links: frozenset[str] = frozenset(), *,
               end: int = -1, list_conjunctions: frozenset[str] = frozenset(),
               linked_titles: frozenset[str] = frozenset(), title_minor_words: frozenset[str] = frozenset(),
               notice_words: frozenset[str] = frozenset(), saying_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether the quotation opening at ``start`` (and closing before ``end``) quotes speech: four
    words or more, or fewer ending in sentence punctuation (``“Siap!” kata Budi``, ``He said:
    “No.”``). A short quotation inside a clause, a word before its opening mark, is a term or a
    scare quote whatever stands inside its closing mark: ``suspicions are “groundless.”`` (the
    American full stop). So is a phrase of up to six words set in a sentence, a word before it and
    no sentence punctuation of its own (``a search for “how to stop flooding” returned``, ``on later
    flights “at no extra cost”.``), unless one of ``clause_words`` stands before it (``was “a
    betrayal of every flood victim”``: a judgement quoted); and a title or a phrase after one of
    ``title_words``, or after one and a colon (``a book entitled “Notes From The Harbour.”``,
    ``berjudul “…”``, ``the slogan “Build Back Better”``, ``jargon: “Demi kemajuan desa.”``; a
    notice's noun only right before the mark, ``notice_words``: ``the warning “that …”``; a noun
    of a person's stock phrase only after it and a colon, ``saying_nouns``: ``his signature
    saying: “t’was a proper job”``; the
    language's ``thought_verbs`` are read with them: ``Bukan menganggap “Ah, biar saja …”`` is a
    thought, nobody's speech), or a
    few words after one of ``linked_titles`` and a link (``Visi pasangan itu yaitu “…”``;
    ``title_links``). Words set as a title, with no sentence punctuation, name an event, a project
    or a work wherever they stand (``“Pentas Seni dan Pelepasan Siswa Kelas IX” digelar``), and so
    do words in a clause set as a name, every one capitalised but a title's minor words
    (``title_minor_words``: ``bid on their child being “Principal for a Day”``); a few
    such words with a comma, every one capitalised but the language's common words, are a name or an
    address set off in a sentence (``addressed simply, “Granddad and Grandma,” followed by …``; not
    ``“Thank you, Mayor Reyes,”`` nor ``“Yes We Did It, Boys,”``, speech). A phrase in lower case
    set off by commas as an item of a list or an apposition, a conjunction of ``list_conjunctions``
    right after it, is quoted as a name too (``the Revolutionary War, “the founding of our country,”
    and those still serving``; after another such item too, its comma inside the closing mark:
    ``such as “killer claws,” “flipper forelimbs,” and a “snout.”``). Nor are, in a clause, a label in capitals or codes
    (:func:`_label_or_codes`: ``cups of “BROOKVALE FARM …”``), nor a web address alone (a page's
    HTML printed as text: ``<a href="https://twitter.com/…">``)."""
    inner = text[inner_start:inner_end].strip()
    if _WEB_ADDRESS.fullmatch(inner):
        return False  # an attribute of a page's HTML printed as text: '<a href="https://…">'
    before = start - 1
    if before >= paragraph_start and text[start] in SINGLE_MARKS and text[before] == text[start]:
        before -= 1  # two single marks typed for a double one: "the airspace is ''contested,'' making …"
    while before >= paragraph_start and text[before].isspace():
        before -= 1
    in_clause = before >= paragraph_start and text[before].isalnum()
    if in_clause and _label_or_codes(inner):
        return False  # "cups of “BROOKVALE FARM …”" (a shout stands as a sentence of its own)
    word_before = ""
    if in_clause:
        word_start = before
        while word_start > paragraph_start and text[word_start - 1].isalpha():
            word_start -= 1
        word_before = text[word_start:before + 1].casefold()
        if word_before in title_words:
            return False  # the title of a work, a slogan
        if word_before in title_links and not inner.endswith((".", "!", "?", ",", "…")):
            # "Visi pasangan itu yaitu “Menuju …”": a title's word a few words before its link
            named = _WORDS_BEFORE_LINK.search(text, max(paragraph_start, word_start - _LINK_REACH), word_start)
            if named is not None and any(word.casefold() in linked_titles for word in named.group(0).split()):
                return False
    elif before > paragraph_start and text[before] == ":":
        # "dibungkus dengan jargon: “Demi kemajuan desa.”": the noun names a phrase, quoted as such.
        end = before
        while end > paragraph_start and text[end - 1].isspace():
            end -= 1
        word_start = end
        while word_start > paragraph_start and text[word_start - 1].isalpha():
            word_start -= 1
        noun = text[word_start:end].casefold()
        if word_start < end and ((noun in title_words and noun not in notice_words) or noun in saying_nouns):
            return False  # (not a notice's noun: "Residents received a warning: “Stay away …”" is speech)
    if inner.endswith(",") and _title_case(inner) and _every_word_capitalised(inner, common_words) \
            and len(_QUOTED_WORD.findall(inner)) <= _TITLE_MAX_WORDS:
        return False  # a name or an address set off by commas: 'addressed simply, “Granddad and Grandma,” …'
    if inner.endswith(",") and "," not in inner[:-1] and before >= paragraph_start \
            and (in_clause or text[before] == "," or text[before] in _CLOSING_BEFORE) \
            and _set_as_name(inner, title_minor_words) and len(_QUOTED_WORD.findall(inner)) <= _PHRASE_MAX_WORDS:
        # a work's title set off by commas in a sentence: 'nominees included "Ozark," "The Crown,"
        # and …', 'debut, “A Tale of Love and Darkness,” plays …'
        return False
    if inner.endswith(",") and inner[:1].islower() and end >= 0 and before >= paragraph_start \
            and (text[before] == "," or (text[before] in "”\"’'" and before > paragraph_start
                                          and text[before - 1] == ",")) \
            and len(_QUOTED_WORD.findall(inner)) <= _PHRASE_MAX_WORDS:
        following = _NEXT_WORD.match(text, end)
        if following is not None and following.group(1).casefold() in list_conjunctions:
            return False  # an item of a list set off in marks: '…, “the founding of our country,” and …'
    if inner.endswith((".", "!", "?", ",", "…")) and not in_clause:
        return True  # (the words need not be counted)
    if not inner.endswith((";", ":")) and (_title_case(inner) or (
            in_clause and not inner.endswith((".", "!", "?", ",", "…")) and _set_as_name(inner, title_minor_words))):
        # the name of an event, a project or a work: “Pentas Seni dan Pelepasan Siswa”; in a
        # clause, every word capitalised but the common ones: 'their child being “Principal for a Day”'
        return False
    words = len(_QUOTED_WORD.findall(inner))
    if words < _SPEECH_MIN_WORDS:
        return False
    # A phrase after a clause word is a judgement someone made, quoted as the predicate: "was
    # “a betrayal of every flood victim”" is speech.
    return not (in_clause and words <= _PHRASE_MAX_WORDS and word_before not in clause_words
                and not inner.endswith((".", "!", "?", ",", "…", ";", ":")))


_NEXT_WORD = re.compile(r"[ \t]*+([^\W\d_]+)")
"""The word right after a closing mark."""
_WORDS_BEFORE_LINK = re.compile(r"(?:[^\W\d_]+[ \t]+){1,4}\Z")
"""Up to four words before a title's link (``Visi pasangan itu yaitu``)."""
_LINK_REACH = 60
"""How far before a title's link its words are read."""

_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
"""A word of four letters or more (a title capitalises those; ``dan``, ``of``, ``the`` may stay
lower-case)."""


_TITLE_MAX_WORDS = 5
"""The most words of a name or an address in title case set off by commas in quotation marks."""
_CLOSING_BEFORE = "”\"’'"
"""Closing marks that may stand right before a quotation: the one before closed another item."""


def _every_word_capitalised(inner: str, common_words: frozenset[str]) -> bool:
    """Whether quoted words name someone or something in title case: two words at least, each
    capitalised but the language's common words (``Uncle Ned and Aunt Flo``; not ``Thank you,
    Mayor Reyes``, which is speech)."""
    words = _QUOTED_WORD.findall(inner)
    named = [word for word in words if word.casefold() not in common_words]
    return len(named) >= 2 and all(word[0].isupper() for word in named) and any(c.islower() for c in inner)


def _set_as_name(inner: str, minor_words: frozenset[str]) -> bool:
    """Whether quoted words are set as a name: the first capitalised, two capitalised at least,
    every other one of the words a title leaves in lower case (``minor_words``: ``Principal for a
    Day``, ``Man of the Year``; not speech with its verbs, ``Tom and I are at the ER now``), and
    no "I" among them."""
    words = _QUOTED_WORD.findall(inner)
    return len(words) >= 2 and words[0][0].isupper() and "I" not in words \
        and sum(1 for word in words if word[0].isupper()) >= 2 \
        and all(word[0].isupper() or word in minor_words for word in words) and any(c.islower() for c in inner)


def _title_case(inner: str) -> bool:
    """Whether quoted words with no sentence punctuation of their own are set as a title: two
    words of four letters or more, each capitalised, and some letter in lower case (not a
    chant in capitals)."""
    words = _LONG_WORD.findall(inner)
    return len(words) >= 2 and all(word[0].isupper() for word in words) and any(c.islower() for c in inner)


def _read_paragraph(text: str, paragraphs: Sequence[ParagraphLike], position: int,
                    language: _Language, marks: Sequence[int] | None = None,
                    following: Sequence[int] | None = None) -> _Paragraph:
    """Pair one paragraph's quotation marks, mask what they quote and tokenise it.

    ``marks``, when given, are the offsets of every quotation mark in ``text``, ascending;
    ``following``, per paragraph, the position of the next one that may reopen a quotation
    (:func:`_following`), or ``len(paragraphs)``.
    """
    paragraph = paragraphs[position]
    if marks is None:
        scan = _scan_quotes(text, paragraph.start, paragraph.end, elisions=language.elisions,
                            verbs=language.reporting_words)
    else:
        first = bisect.bisect_left(marks, paragraph.start)
        stop = bisect.bisect_left(marks, paragraph.end, first)
        if stop == first:  # no mark: nothing to pair, nothing quoted (most paragraphs)
            return _Paragraph(paragraph, _tokenise(text, paragraph.start, paragraph.end, (), language.starts),
                              _QuoteScan([], []), [])
        scan = _scan_quotes(text, paragraph.start, paragraph.end, marks[first:stop], language.elisions,
                            language.reporting_words)
    quoted = [(open_at + 1, close_at) for open_at, close_at in scan.pairs] if scan.pairs else []
    wrongs: list[int] | None = None  # the single marks that may close a quotation by mistake (when needed)
    single = scan.single_open_at_end
    if scan.open_at_end is not None or single is not None:
        later = (following or _following(paragraphs))[position]
        following_paragraph = paragraphs[later] if later < len(paragraphs) else None
        if scan.open_at_end is not None:
            after = (following or _following(paragraphs))[later] if later < len(paragraphs) else len(paragraphs)
            if following_paragraph is None or not _starts_with_opening_quote(
                    following_paragraph, language, paragraphs[after] if after < len(paragraphs) else None) \
                    or _closes_glued(text, scan.open_at_end, paragraph.end, language):
                scan.unbalanced.append(scan.open_at_end)  # (not reopened: it may be closed by mistake)
                wrongs = _wrong_closings(text, paragraph.start, paragraph.end, scan.pairs)
                quoted.append((scan.open_at_end + 1, _stray_opening_reach(scan.open_at_end, paragraph.end, (), wrongs)))
            else:
                quoted.append((scan.open_at_end + 1, paragraph.end))
        elif single is not None and following_paragraph is not None \
                and _starts_with_single_opening_quote(following_paragraph) \
                and _opens_running_single(text, single, paragraph.start):
            # ‘… / ‘… / ‘…’: a quotation in single marks running over paragraphs, each reopened.
            scan.open_at_end = single
            quoted.append((single + 1, paragraph.end))
    # Text next to a mark without a partner may be quoted: mask it too, so that a
    # speaker's words are not read as the outlet's. A stray closing mark quotes back to
    # the previous quotation (or the paragraph start), a stray opening mark onwards.
    closes = sorted(close_at for _, close_at in scan.pairs) if scan.unbalanced else []
    clause_ends: dict[int, int] = {}  # per closing mark, where the writer's clause after it ends
    openings: list[int] | None = None  # the quotations in double marks or guillemets (when needed)
    for mark in scan.unbalanced:
        if mark == scan.open_at_end or _DOUBLE_APOSTROPHE.match(text, mark):
            continue  # (a double mark typed for an apostrophe, "town”s", quotes nothing)
        if text[mark] in _DOUBLE_CLOSING + '"»' and not _flanks(text, mark, paragraph.start,
                                                                paragraph.end)[0]:
            before = bisect.bisect_left(closes, mark)
            if before:
                # After a quotation, what follows its closing mark is the writer's attribution
                # up to the clause's end: a quotation resumed without its opening mark starts
                # after it (",” kata Rudi, kami siap.”"), and a mark doubled after the clause
                # (",” kata Rudi kepada wartawan,”") quotes nothing.
                start = closes[before - 1] + 1
                if start not in clause_ends:  # (once per closing mark, however many stray ones follow)
                    clause = _CLAUSE_END.search(text, start, paragraph.end)
                    clause_ends[start] = clause.end() if clause is not None else paragraph.end
                if clause_ends[start] <= mark:
                    start = clause_ends[start]
                if start < mark:
                    quoted.append((start, mark))
            else:
                quoted.append((paragraph.start, mark))
        else:
            if openings is None:
                openings = [opening for opening, _ in scan.pairs if text[opening] not in _SINGLE]
            if wrongs is None:
                wrongs = _wrong_closings(text, paragraph.start, paragraph.end, scan.pairs)
            quoted.append((mark + 1, _stray_opening_reach(mark, paragraph.end, openings, wrongs)))
    if scan.unbalanced:
        scan.unbalanced.sort()
    if len(quoted) > 1:
        quoted = _merge(quoted)
    return _Paragraph(paragraph, _tokenise(text, paragraph.start, paragraph.end, quoted, language.starts),
                      scan, quoted)


_WRONG_CLOSING = re.compile(r"(?<=[,.!?…])(?<![A-Z]\.)[’'](?!\S)")
"""A single mark closing a quotation after its last punctuation (``grasp,’ says``): where a
quotation opened with a double mark was closed with the wrong one (not a possessive after an
abbreviation, ``the U.S.’ tariffs``)."""


def _wrong_closings(text: str, start: int, end: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
    """Where a single mark in ``text[start:end]`` may close a quotation by mistake, ascending
    (:data:`_WRONG_CLOSING`; not one that closes a quotation in single marks of its own)."""
    closing = {close for open_at, close in pairs if text[open_at] in _SINGLE}
    return [found.start() for found in _WRONG_CLOSING.finditer(text, start, end) if found.start() not in closing]


def _stray_opening_reach(mark: int, end: int, openings: Sequence[int], wrong: Sequence[int]) -> int:
    """Where the words an opening mark without a partner quotes end: at the next quotation in
    double marks or guillemets (``openings``, ascending: what follows is paired on its own; a
    quotation in single marks inside stays in its reach), or before it at a single mark closing
    it by mistake (``wrong``, ascending: ``“The suffering is hard to grasp,’ says Ian Marsden.
    “More …” Marsden says.``), else at the paragraph's end."""
    after = bisect.bisect_right(openings, mark)
    if after < len(openings):
        end = openings[after]
    first = bisect.bisect_right(wrong, mark)
    return wrong[first] if first < len(wrong) and wrong[first] < end else end


_GLUED_WORD = re.compile(r"[^\W\d_]+(?=[.,;!?]|\s*\Z)")


def _closes_glued(text: str, mark: int, end: int, language: _Language) -> bool:
    """Whether a mark left open at a paragraph's end closes what was said instead, glued between
    the quotation's last punctuation and one word with a pronoun clitic (lexicon
    ``pronoun_clitics``: the speaker's verb, ``kesalnya``) and nothing after it but the sentence's
    end (``… pemerintah pusat,"kesalnya.``). It quotes nothing on into the next paragraph."""
    if not _glued_after_words(text, mark, 0, end):
        return False
    word = _GLUED_WORD.match(text, mark + 1, end)
    if word is None or text[word.end():end].strip(" .,;!?") != "":
        return False
    folded = word.group().casefold()
    return any(folded.endswith(clitic) and len(folded) > len(clitic) + 2 for clitic in language.pronoun_clitics)


def _following(paragraphs: Sequence[ParagraphLike]) -> list[int]:
    """Per paragraph, the position of the next one that may reopen a quotation left open (no
    caption, site line or crosshead), or ``len(paragraphs)``: found in one pass from the end."""
    found = [len(paragraphs)] * len(paragraphs)
    later = len(paragraphs)
    for position in range(len(paragraphs) - 1, -1, -1):
        found[position] = later
        if paragraphs[position].kind not in _ASIDE_KINDS and paragraphs[position].kind != "heading":
            later = position
    return found


def analyse_attribution(text: str, paragraphs: Sequence[ParagraphLike], lang: str) -> AttributionAnalysis:
    """Analyse every paragraph of an article once (see the module docstring for the rule)."""
    language = _language(lang)
    marks = _quote_marks(text)  # (found at once for all the paragraphs)
    following = _following(paragraphs) if marks else None
    states = [_read_paragraph(text, paragraphs, position, language, marks, following)
              for position in range(len(paragraphs))]
    readers = [_Reader(text, language, state) for state in states]
    # Question and exclamation marks, found at once for all the paragraphs (few articles have any).
    rhetorical = [found.start() for found in _RHETORICAL.finditer(text)] if "?" in text or "!" in text else []
    for reader in readers:
        reader.collect_evidence(rhetorical)
    # Words the article uses as places ("di Bandung", "in Leeds") do not begin a person's name:
    # "Wakil Wali Kota Bandung Gita Tanjung" names Gita Tanjung.
    places = frozenset(word for reader in readers if reader._place_runs  # (most name no place)
                       for word in reader.place_words())
    for reader in readers:
        reader.places = places
        if reader.paragraph.source.kind == "boilerplate":
            continue  # a link to another story names that story's people, not this one's
        reader.collect_references()
        reader.collect_speakers()
    # A name written in lower case after a reporting verb ("ungkap dave") is a speaker when the
    # article names that person elsewhere ("Dave Laksono"); few paragraphs have such a word.
    lower = [r for r in readers if r.lower_names and r.paragraph.source.kind != "boilerplate"]
    if lower:
        spellings: dict[str, str] = {}
        for state in states:
            for mention in state.speakers:
                for word in mention.name.split():
                    if len(word) >= 3 and word[0].isupper():
                        spellings.setdefault(word.casefold(), word)
        for reader in lower:
            reader.add_lower_case_names(spellings)

    # A "name" that opens with an area or a regional office names a place ("Staf Ahli, Koramil
    # Cibeureum" in a list of guests), and so does one after a post that opens with a feature's
    # noun ("Lurah Sungai Pinyuh"), one that opens with a body's word the body ("Ketua
    # Majelis Hakim"): no person.
    # Nor does a lone word after a determiner without a title: "the Karanjas said" is a family;
    # nor one a number follows: it names a thing by its number ("PHP Bupati Kaur Tahun 2020": a
    # case of the year 2020).
    offices, features = language.no_name_openers, language.feature_openers
    for state in states:
        if state.speakers:
            state.speakers = [m for m in state.speakers if m.name.split()
                              and fold_name(m.name.split()[0]) not in offices
                              # (a feature's noun after the post: "Lurah Sungai Pinyuh"; not "Santa
                              # Ono, the university president", "River Phoenix said")
                              and not (m.role is not None and m.start < m.name_start
                                       and fold_name(m.name.split()[0]) in features)
                              and (" " in m.name or not _NUMBER_AFTER.match(text, m.name_end))
                              and (m.role is not None or " " in m.name
                                   or not _after_determiner(state, m.name_start, language.determiners))]
    # A lone capitalised word opening a sentence is a speaker only when it is (or is spelt
    # nearly like) a short form of a full name in the article (its surname, or the first word
    # of a name of two words): "Peskov mengatakan", "Ansyar mengatakan".
    mentions = [m for s in states for m in s.speakers]
    known = _surnames(mentions)
    # A lone name the article already gives a speaker ("kata Risma") makes the same word opening
    # a sentence a speaker too ("Risma menjelaskan"); spelt alike is not enough here: Yanti and
    # Yanto are two people.
    lone = {fold_name(m.name) for m in mentions if " " not in m.name and m.role is None}
    known_index: SpellingIndex | None = None  # (made when a lone word first needs it)
    titled: set[str] = set()  # the titled one-word names (with the index)
    # A lone word that titles someone elsewhere ("Kapolres Kotabaru AKBP Doli M Tanjung") names a
    # place or a body there, not a person: "Kapolres Kotabaru menekankan" has no name in it.
    role_words: set[str] = set()
    for mention in mentions:
        if mention.role:
            role_words.update(_role_words(mention.role))
    role_words |= _regions(mentions, places, language.regional_roles)
    # A name of two words after a post named by its region is the region when the article writes
    # it after an area noun too: "Camat Simpang Hilir", "Kapolsek Simpang Hilir" with "Kecamatan
    # Simpang Hilir" (not "Bupati Kustini Sri", no area's name).
    # (the area's first word may be read into the post: "Kapolsek Simpang" and "Hilir")
    for mention in mentions:
        if mention.role is not None and len(mention.name.split()) <= 2:
            tail = _regional_tail(mention.role, language.regional_roles)
            area = " ".join([*tail, mention.name]) if tail is not None else ""
            if len(area.split()) == 2 and _area_named(text, area, language.area_nouns):
                role_words.add(fold_name(mention.name))
    # "Kapolres Kupang, AKBP Adjie Indra": the rank after the comma titles the post's holder, and
    # the lone word before it is the post's region; so does a name of two words or more set off
    # by commas after a post named by its region, "Camat Paserpan, R. Didik S, yang …" (not
    # "Bupati Kustini, Wakil Bupati …" nor "Bupati Kustini, Danang Maharsa dan …", lists).
    titled_at = {m.start for m in mentions if m.role is not None}
    for mention in mentions:
        if mention.role is not None and " " not in mention.name:
            after = _RANK_AFTER_COMMA.match(text, mention.name_end)
            if after is None:
                continue
            word = after.group(1).casefold().rstrip(".")
            if word in language.rank_words or (
                    after.group(1)[0].isupper() and after.group(2) is not None and after.group(2).isupper()
                    and word not in language.role_heads and after.start(1) not in titled_at
                    and _regional(mention.role, language.regional_roles)
                    and _APPOSITIVE_NAME.match(text, mention.name_end)):
                role_words.add(fold_name(mention.name))
    role_words -= known  # (a word a full name of the article is shortened to names a person)
    verdicts: dict[str, bool] = {}
    for state in states:
        if state.speakers and role_words:
            state.speakers = [m for m in state.speakers if fold_name(m.name) not in role_words]
        for mention in state.tentative:
            folded = fold_name(mention.name)
            if folded not in verdicts:
                # "wali kota Bandung" after "di Bandung": a place, however like "Tanjung" it is spelt.
                if folded in known or folded in lone:
                    verdicts[folded] = True
                elif folded in places or len(folded) < 5:
                    verdicts[folded] = False
                else:  # spelt nearly like a known surname, or mistyped from a titled one-word name ("Iptu Darmadi")
                    if known_index is None:
                        titled = {fold_name(m.name) for m in mentions
                                  if m.role is not None and " " not in m.name and len(m.name) >= _TITLED_NAME_MIN}
                        titled -= places  # ("Gubernur Banten" titles no one called Banten)
                        known_index = SpellingIndex(known)
                    # (the titled word itself is no shortened name: "Bupati Tanggamus", then "Tanggamus …")
                    verdicts[folded] = bool(known_index.similar(folded)) or (
                        folded not in titled and any(_mistyped(folded, name) for name in titled))
            if verdicts[folded] or (mention.role is not None and _answered_mistyped(text, state, mention)):
                state.speakers.append(mention)
        if len(state.speakers) > 1:
            unique: dict[tuple[int, int], SpeakerMention] = {}
            for mention in sorted(state.speakers, key=lambda m: (m.name_start, m.role is None)):
                key = (mention.name_start, mention.name_end)
                if key not in unique:
                    unique[key] = mention
            state.speakers = sorted(unique.values(), key=_start_of)
        for mention in state.speakers:
            if mention.role is not None:
                state.concrete.append(Evidence("named_actor", text[mention.start:mention.end],
                                               mention.start, mention.end))

    # A paragraph that opens by pointing back at what was said ("Hal tersebut disampaikan dalam
    # …") attributes the paragraph before it, whose words it reports (few paragraphs open so).
    pointed: dict[int, Evidence] = {}
    if language.demonstratives and len(states) > 1:
        later = following or _following(paragraphs)
        for position in range(len(states) - 1):
            if later[position] < len(states) and \
                    (verb := states[later[position]].points_back(text, language)) is not None:
                pointed[position] = verb
    results: list[ParagraphAttribution] = []
    names: set[str] | None = None  # the article's speakers' names and their short forms (made when needed)
    round_up: bool | None = None  # whether the page is a round-up of reactions (read when needed)
    word_counts: Counter[str] | None = None  # how often the text writes each word (made when needed)
    previous_active: SpeakerMention | None = None
    previous_sources: list[Evidence] = []
    running: Quotation | None = None  # a quotation left open to run on into the next paragraph
    previous_speech: list[Quotation] = []  # the speech the paragraph before quotes
    previous_announces = False  # (the paragraph before announces speech it does not give)
    lead: tuple[SpeakerMention | None, list[Evidence]] | None = None  # before a live page's first entry
    topic_speaker: SpeakerMention | None = None  # who answers under a transcript's topic labels
    for position, state in enumerate(states):
        paragraph = state.source
        if _ENTRY_STAMP.match(text, paragraph.start, paragraph.end) is not None:
            # A live page's entry under its time ("2:05 PM — …") takes no speaker from the entry
            # before; only from what leads in to the entries (a transcript's speaker, named
            # over its timed lines).
            if lead is None:
                lead = (previous_active, previous_sources)
            (previous_active, previous_sources), previous_speech, running = lead, [], None
        quoted_spans = state.quoted_spans  # sorted and merged by _read_paragraph
        if quoted_spans and state.speakers:
            quoted_starts = [span[0] for span in quoted_spans]
            outside = [m for m in state.speakers
                       if not _within(quoted_spans, quoted_starts, m.name_start)]
        else:
            outside = state.speakers
        own_sources: list[Evidence] = []
        if state.attribution:
            # (nor an appeal's unnamed maker: "Warga diminta tetap tenang. “Jangan panik.”")
            own_sources = [e for e in state.attribution if e.category not in _NOT_A_SOURCE]
            own_sources.sort(key=_start_of)
        # Without a named speaker of its own, a paragraph continues the previous one's speaker
        # only through a pronoun or bare quotations; its own unnamed source ("an official
        # said") takes over otherwise.
        inherits = state.continuation or not own_sources
        quotations: list[Quotation] = []
        attribution = state.attribution  # read for the last time: it may grow
        if position in pointed:
            attribution.append(pointed[position])  # reported by the next paragraph's verb
        scan = state.scan
        if scan.pairs or scan.open_at_end is not None:  # (most paragraphs quote nothing)
            # (An escape the site printed before a closing mark, ``…,\”``, is no word of the quotation.)
            pairs = [(o, c + 1, o + 1, c - 1 if text[c - 1] == "\\" else c, False) for o, c in scan.pairs]
            open_end = scan.open_at_end
            if open_end is not None and open_end not in scan.unbalanced:
                pairs.append((open_end, paragraph.end, open_end + 1, paragraph.end, True))
            outside_starts = [m.start for m in outside]
            source_starts = [e.start for e in own_sources]
            if len(pairs) > 1:
                pairs.sort()
            named_after: list[SpeakerMention] = []  # speakers named after a quotation with no verb
            for start, end, inner_start, inner_end, continued in pairs:
                speaker = _nearest(outside, outside_starts, start, end) or (
                    previous_active if inherits else None)
                if speaker is None and position and language.label_links and not quotations \
                        and not text[paragraph.start:start].strip():
                    # '— Doc Rivers on the bench:' over the quotation: a round-up's label names its
                    # speaker, who speaks on in the next paragraph too.
                    before, topical = position - 1, False
                    while before > 0:  # (a photo's caption between the label and the quotation, or a topic's label)
                        source_before = states[before].source
                        if not states[before].speakers and not states[before].attribution and _topic_label(
                                text[source_before.start:source_before.end].rstrip(), source_before.kind, language):
                            topical = True  # (naming no one: not "On Instagram, Marsh wrote:")
                        elif source_before.kind not in _ASIDE_KINDS:
                            break
                        before -= 1
                    names = names if names is not None else _speaker_names(states)
                    if round_up is None:
                        round_up = _round_up(text, states, language, lang)
                    speaker = _label_speaker(text, states[before].source, names, language, lang, round_up)
                    if topical:
                        # a transcript's answer under its topic's label: its speaker's, as the
                        # answers before it under theirs, named by the subhead over the first
                        # ("Andy Farrell, head coach" / "On …:" / "“…" / "On …:" / "“…")
                        earlier = before - 1
                        while speaker is None and topic_speaker is None and earlier >= max(0, before - _TOPIC_REACH):
                            speaker = _label_speaker(text, states[earlier].source, names, language, lang, round_up)
                            earlier -= 1
                        speaker = topic_speaker = speaker or topic_speaker
                    if speaker is not None:
                        named_after.append(speaker)
                        # (the paragraph's later quotations are the same speaker's)
                        outside = sorted([*outside, speaker], key=_start_of)
                        outside_starts = [m.start for m in outside]
                head = None
                if speaker is None and not quotations and ":" in text[paragraph.start:start]:
                    head = _HEAD_LABEL.fullmatch(text, paragraph.start, start)
                role_head = head is not None and _role_label(head["label"], lang)
                if head is not None and role_head:
                    # "Ireland coach: 'We showed great character …'": a headline's speaker named by
                    # a role before a colon opening the paragraph (a name there is a speaker already).
                    own_sources.append(Evidence("attribution_phrase", head["label"],
                                                head.start("label"), head.end("label")))
                    own_sources.sort(key=_start_of)
                    source_starts = [e.start for e in own_sources]
                if speaker is None and not role_head and not quotations and ":" in text[paragraph.start:start]:
                    # "Good on Speakership vote: ‘I’m a no …’": a headline's or a live page's
                    # speaker named before what they spoke on (_topic_head_speaker)
                    names = names if names is not None else _speaker_names(states)
                    speaker = _topic_head_speaker(text, paragraph.start, start, paragraph.index, lang, names)
                    if speaker is not None:
                        named_after.append(speaker)
                if speaker is None and not quotations and not text[paragraph.start:start].strip():
                    # "'We never stopped believing': Marta Kovac reaches her first final": a
                    # headline's quotation, then a colon and its speaker's name (_headline_speaker)
                    named = _headline_speaker(text, end, paragraph, language, lang)
                    if named is not None:
                        if word_counts is None:
                            word_counts = Counter(_NAME_WORD.findall(text))
                        if word_counts[named.name.split()[-1]] >= 2:  # (a surname written again)
                            speaker = named
                            named_after.append(speaker)
                    elif (headline_role := _headline_role(text, end, paragraph, language, lang)) is not None:
                        # "'Maybe I've done a bad job' - Breakers coach holds nothing back"
                        own_sources.append(headline_role)
                        own_sources.sort(key=_start_of)
                        source_starts = [e.start for e in own_sources]
                if speaker is None and text[inner_end - 1:inner_end] == ",":
                    # '…,” Wartini, pedagang pasar, Minggu (7/7).': no verb, but the name of
                    # someone the article quotes stands where the attribution goes.
                    names = names if names is not None else _speaker_names(states)
                    speaker = _name_after_quotation(text, end, paragraph.end, names, paragraph.index, lang)
                    if speaker is not None:
                        named_after.append(speaker)
                source = _nearest(own_sources, source_starts, start, end) or (
                    previous_sources[-1] if previous_sources else None)
                if running is not None and not quotations and not text[paragraph.start:start].strip():
                    # The reopened quotation of a quote running over several paragraphs is still
                    # the words of whoever the first paragraph named.
                    speaker, source = speaker or running.speaker, source or running.source
                elif speaker is None and source is None and previous_speech and not quotations \
                        and language.label_links and ":" in text[start - 2:start] \
                        and _topic_label(text[paragraph.start:start].rstrip(), paragraph.kind, language):
                    # "On the booing he has faced: “…”": a topic put to the speaker of the quotations
                    # before, as a transcript's label line is (_topic_label), who answers it
                    speaker, source = previous_speech[-1].speaker, previous_speech[-1].source
                quotations.append(Quotation(start, end, inner_start, inner_end, paragraph.index, speaker,
                                            source, _is_speech(text, start, inner_start, inner_end, paragraph.start,
                                                               language.title_words, language.clause_words,
                                                               language.common_words, language.title_links,
                                                               end=end, list_conjunctions=language.list_conjunctions,
                                                               linked_titles=language.linked_titles,
                                                               title_minor_words=language.title_minor_words,
                                                               notice_words=language.notice_words,
                                                               saying_nouns=language.saying_nouns),
                                            continued))
            if named_after:  # (sorted once: they speak on in the next paragraph too)
                state.speakers = sorted([*state.speakers, *named_after], key=_start_of)
                outside = sorted(dict.fromkeys([*outside, *named_after]), key=_start_of)
            for quotation in quotations:
                if quotation.speaker is not None and quotation.is_speech:
                    attribution.append(Evidence("quotation", text[quotation.start:quotation.end],
                                                quotation.start, quotation.end))
        if state.editorial and outside and attribution:
            # (Weighed only against editorial evidence: elsewhere it would change no decision.)
            attribution.extend(_named_speakers(text, attribution, outside))
        editorial, e_w = _distinct(state.editorial) if state.editorial else ((), 0)
        attribution_t, a_w = _distinct(attribution) if attribution else ((), 0)
        concrete, c_w = _distinct(state.concrete) if state.concrete else ((), 0)
        if editorial:
            abstract = not (a_w or c_w or quotations) and _abstract(text, paragraph, state.tokens)
            # (a paragraph before it that announces speech and gives none may be paraphrased here)
            own_voice = not previous_announces and not _from_a_perspective(state, language)
            is_editorial, score = _decide(paragraph.kind, editorial, concrete, e_w, a_w, c_w, abstract=abstract,
                                          own_voice=own_voice)
            if is_editorial and previous_speech and _bracketed(text, paragraph.start, paragraph.end) \
                    and _translates(text, paragraph, previous_speech, language.common_words):
                is_editorial = False  # the quotation before it, translated: "(Our officials should …)"
            if is_editorial and not scan.pairs and _dash_credit(text, paragraph, language):
                is_editorial = False  # a speaker's words, credited after a dash: "… plans. - Rutte said."
        else:  # (what _decide says without editorial evidence)
            is_editorial, score = False, float(-a_w - c_w)
        if outside:
            active: SpeakerMention | None = outside[0] if len(outside) == 1 else max(outside, key=_start_of)
        elif inherits and (state.continuation or quotations):
            active = previous_active
        else:
            active = None
        # (The fields in order, without keywords: a call with fourteen keywords costs more.)
        results.append(ParagraphAttribution(
            paragraph.index, attribution_t, editorial, concrete, tuple(state.speakers),
            tuple(quotations), tuple(state.scan.unbalanced), is_editorial, score, paragraph.kind,
            e_w, a_w, c_w, active))
        if paragraph.kind in _ASIDE_KINDS or (
                language.label_links and not quotations and not outside and not state.attribution
                and _topic_label(text[paragraph.start:paragraph.end].rstrip(), paragraph.kind, language)):
            continue  # a caption, a site's line or a topic's label between two paragraphs leaves them adjacent
        previous_active = active
        previous_sources = own_sources
        previous_speech = [quotation for quotation in quotations if quotation.is_speech] if quotations else []
        previous_announces = not previous_speech and _announces_speech(text, paragraph, language)
        # (the quotation left open at the paragraph's end, whatever quotation inside it comes after
        # its opening: "… christened him his 'Rolls Royce' and …")
        running = next((q for q in reversed(quotations) if q.continued), None) if quotations else None
    speakers = tuple(m for result in results for m in result.speakers)
    return AttributionAnalysis(tuple(results), speakers)


_ENTRY_STAMP = re.compile(rf"[ \t]*+{CLOCK}(?![\d.:])(?:[ \t]*+[AaPp]\.?[ \t]?[Mm]\.?)?(?:[ \t]*+[A-Z]{{2,4}})?"
                          r"[ \t]*+(?:[—–]|(?:--?|[|:])[ \t])")
"""A time opening a paragraph before a dash, a bar or a colon: a live page's entry (``2:05 PM —``,
``2:05 p.m.—``, ``16.13 WIB -``, ``09:40 |``)."""
_POST_AFTER_NAME = re.compile(r"[ \t]*+([^,.\n]{2,80}?)[ \t]*+(?:[,.]|\Z)")
"""A post after a name and its comma, up to the next comma or full stop."""
_NAME_AFTER_COLON = re.compile(r"[ \t]*+(?::|(?<=[ \t])[-–—])[ \t]++"
                               r"(?P<name>[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){1,3}+)(?![\w'’-])"
                               r"(?:[ \t]++(?P<verb>[a-z][\w'’-]*+))?")
"""A colon right after a closing mark, or a spaced dash, then a name of two to four capitalised
words, and the word after it in lower case, if any."""
_ROLE_AFTER_COLON = re.compile(r"[ \t]*+(?::|(?<=[ \t])[-–—])[ \t]++"
                               r"(?P<role>(?:[A-Z][\w'’-]*+[ \t]++){1,3}?(?P<noun>[a-z][\w'’-]*+))"
                               r"[ \t]++(?P<verb>[a-z][\w'’-]*+)")
"""A colon right after a closing mark, or a spaced dash, then one to three capitalised words and
a word in lower case (a role: ``Breakers coach``), and the word after it."""
_AGENT_NOUN_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "fans")
"""Endings of plural nouns of people after a headline's name (``accusers``, ``supporters``,
``fans``), which are no verb of it."""
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*+")
"""A word as a name's (counted to tell a surname the article writes again)."""


@lru_cache(maxsize=16)
def _topic_head(lang: str) -> re.Pattern[str]:
    """A paragraph's head before its first quotation: a name of one to three capitalised words, a
    preposition of ``topic_prepositions``, what was spoken on, and a colon (``Good on Speakership
    vote: ‘…’``, ``Bob Good on …:``)."""
    prepositions = "|".join(sorted(map(re.escape, _language(lang).topic_prepositions), key=len, reverse=True))
    return re.compile(r"[ \t]*+(?P<name>[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){0,2})[ \t]++"
                      rf"(?i:{prepositions or '(?!)'})[ \t]++[^:\n\"“”‘’«»]{{1,80}}?[ \t]*+:[ \t]*+")


def _topic_head_speaker(text: str, start: int, end: int, paragraph: int, lang: str,
                        names: set[str]) -> SpeakerMention | None:
    """The speaker a headline or a live page's entry names before what they spoke on and a
    colon, its quotation after them (``Good on Speakership vote: ‘I’m a no …’``, ``Jokowi soal
    Pilkada: “…”``): a person's name, then a preposition of ``topic_prepositions``; a name the
    article gives one of its speakers, in full or shortened (``names``), or one its title writes
    too and never after a place's preposition (``Jokowi Minta Aparat Netral``; not ``Valencia on
    alert: “…”`` under ``Flooding in Valencia``, ``Ohio on the verdict: “…”``)."""
    head = _topic_head(lang).fullmatch(text, start, end)
    if head is None:
        return None
    name = " ".join(head["name"].split())
    if not is_person_name(name, lang):
        return None
    if fold_name(name) not in names and fold_name(name.split()[-1]) not in names \
            and not _title_short_form(text, name, lang):
        return None  # (no speaker's name, nor a short form the title writes)
    return SpeakerMention(name, None, head.start("name"), head.end("name"), paragraph,
                          head.start("name"), head.end("name"))


@lru_cache(maxsize=64)
def _title_short_form(text: str, name: str, lang: str) -> bool:
    """Whether the title (the text's first line) writes ``name`` and the text never writes it
    after a place's preposition (``Jokowi Minta Aparat Netral``; not ``Live: Flooding in
    Valencia``): a short form of a person's name. Found once per text and name."""
    title = text[:text.find("\n")] if "\n" in text else text
    if not re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", title):
        return False
    places = "|".join(map(re.escape, _language(lang).place_prepositions)) or "(?!)"
    return not re.search(rf"(?i:\b(?:{places}))\s+{re.escape(name)}(?![\w'’-])", text)


def _headline_role(text: str, end: int, paragraph: ParagraphLike, language: _Language,
                   lang: str) -> Evidence | None:
    """The role a headline names as its speaker after its quotation and a colon or a spaced dash
    (``'Maybe I've done a bad job' - Breakers coach holds nothing back``): in a paragraph that
    ends with no sentence's mark, capitalised words and a role noun of the lexicon, then a verb
    in the present or a participle, as :func:`_headline_speaker` reads a name's."""
    if text[paragraph.start:paragraph.end].rstrip().endswith((".", "!", "?")):
        return None
    named = _ROLE_AFTER_COLON.match(text, end, paragraph.end)
    if named is None or named["noun"] not in folded_words(lang, "role_nouns", one_word=True):
        return None
    verb = named["verb"]
    if verb in language.passive_auxiliaries or not verb.endswith(("s", "ing")) or verb.endswith(_AGENT_NOUN_ENDINGS):
        return None
    return Evidence("attribution_phrase", named["role"], named.start("role"), named.end("role"))


def _headline_speaker(text: str, end: int, paragraph: ParagraphLike, language: _Language,
                      lang: str) -> SpeakerMention | None:
    """The speaker a headline names after its quotation and a colon or a spaced dash (``'We never
    stopped believing': Marta Kovac reaches her first final``): in a paragraph that ends with no
    sentence's mark, a person's name of two words or more, then the paragraph's end or a verb in
    the present or a participle (a word ending in ``s`` or ``ing``, no passive's auxiliary nor a
    plural noun of people: not ``"Shame on you": Christopher Luxon was heckled``, ``'…': Harvey
    Weinstein accuser tells jury``, ``'…': Harvey Weinstein accusers describe …``). The caller
    asks for the surname written again in the article."""
    if text[paragraph.start:paragraph.end].rstrip().endswith((".", "!", "?")):
        return None  # (a sentence of the body: '"…": Daniel Mercer faced a furious crowd.')
    named = _NAME_AFTER_COLON.match(text, end, paragraph.end)
    if named is None:
        return None
    verb = named["verb"]
    if verb is None and text[named.end():paragraph.end].strip():
        return None
    if verb is not None and (verb in language.passive_auxiliaries or not verb.endswith(("s", "ing"))
                             or verb.endswith(_AGENT_NOUN_ENDINGS)):
        return None  # (not "'…': Harvey Weinstein accusers describe …", a plural noun)
    name = " ".join(named["name"].split())
    if not is_person_name(name, lang):
        return None
    return SpeakerMention(name, None, named.start("name"), named.end("name"), paragraph.index,
                          named.start("name"), named.end("name"))
_NAME_AFTER_QUOTATION = re.compile(r"[ \t]*+([^\W\d_][\w'’-]*+(?:[ \t]++[^\W\d_][\w'’-]*+){0,3}?)[ \t]*+[,.]")


def _name_after_quotation(text: str, at: int, end: int, names: set[str], paragraph: int,
                          lang: str) -> SpeakerMention | None:
    """The speaker a quotation closing with a comma names right after its mark without a verb
    (``,” Wartini, pedagang pasar.``): one to four capitalised words before a comma or a full
    stop, a name the article gives to someone it quotes (in full or shortened), or a person's
    name with a post after its comma that ends the sentence (``,” Idhamsyah, Kabid Ketenagaan
    Disdik Kaltim.``: a role of the lexicon and capitalised words only, up to the full stop, or up
    to a comma and the weekday it was said on, ``…, Kabid Ketenagaan Disdik Kaltim, Senin
    (4/3/2024).``)."""
    found = _NAME_AFTER_QUOTATION.match(text, at, end)
    if found is None:
        return None
    words = found.group(1).split()
    if not all(word[:1].isupper() for word in words):
        return None
    if fold_name(" ".join(words)) not in names:
        # (a person's name, no sentence's adverb, and a post that ends the sentence: not
        # '…," Sebelumnya, kepala dinas memperkirakan …')
        post = _POST_AFTER_NAME.match(text, found.end(), end) \
            if text[found.end() - 1] == "," and is_person_name(" ".join(words), lang) else None
        tokens = _tokens(post.group(1), 0, len(post.group(1))) if post is not None else []
        language = _language(lang)
        role = language.roles.match_at(tokens, 0, len(tokens)) if tokens else None
        if post is None or role is None or any(not token.cap for token in tokens[role.stop:]) \
                or (text[post.end() - 1:post.end()] == "," and not _day_after(text, post.end(), end, lang)):
            # (a post of a role and capitalised words, a body's name, and the sentence's end or the
            # day it was said: not a sentence, "Terpisah, kepala dinas memperkirakan …",
            # "Terpisah, kepala pasar Budi bilang …")
            return None
    return SpeakerMention(" ".join(words), None, found.start(1), found.end(1), paragraph,
                          found.start(1), found.end(1))


def _day_after(text: str, at: int, end: int, lang: str) -> bool:
    """Whether a weekday's name opens the text at ``at`` and its sentence ends within a few
    words (``Senin (4/3/2024).``, ``pada Senin.``): the day a statement was made, closing it."""
    found = _DAY_AFTER_POST.match(text, at, end)
    return found is not None and calendar_names(lang).weekday(found["day"], allow_abbreviated=False) is not None


_DAY_AFTER_POST = re.compile(r"[ \t]*+(?:[a-z]++[ \t]++)?(?P<day>[^\W\d_]++)"
                             r"(?:[ \t]*+\([\d/.\-]{1,10}\))?[ \t]*+[.]")
"""A weekday, perhaps after a word in lower case (a preposition: ``pada Senin``) and before a date
in brackets, then a full stop."""


def _speaker_names(states: Sequence[_Paragraph]) -> set[str]:
    """The article's speakers' names, folded, and the words their full names are shortened to."""
    final = [m for state in states for m in state.speakers]
    return _surnames(final) | {fold_name(m.name) for m in final}


def _round_up(text: str, states: Sequence[_Paragraph], language: _Language, lang: str) -> bool:
    """Whether the page is a round-up of reactions: two label lines or more (``_label_line``:
    ``Kwame Osei on the crowd:``), or two subheads or more that are a person's name alone
    (``_NAME_LINE``: ``Pep Guardiola`` …, ``Manuel Pellegrini`` …)."""
    labels = subheads = 0
    for state in states:
        source = state.source
        if source.kind not in ("paragraph", "heading"):
            continue
        line = text[source.start:source.end].rstrip()
        if _label_line(line, source.kind, language) is not None or _topic_label(line, source.kind, language):
            labels += 1
        elif _name_alone(line, lang) is not None:
            subheads += 1
        if labels >= _ROUND_UP_LINES or subheads >= _ROUND_UP_LINES:
            return True
    return False


def _label_line(line: str, kind: str, language: _Language) -> re.Match[str] | None:
    """A label line's head (``_LABEL_LINE``) when ``line`` has a label's shape: a paragraph of
    one line and one sentence, ``_LABEL_MAX_WORDS`` words at most, that ends with a colon and
    opens with a name and a word of ``label_links``."""
    if kind != "paragraph" or not line.endswith(":") or "\n" in line \
            or len(line.split(None, _LABEL_MAX_WORDS)) > _LABEL_MAX_WORDS \
            or _SENTENCE_BREAK.search(line, 0, len(line) - 1) is not None:
        return None
    found = _LABEL_LINE.match(line)
    return found if found is not None and found["link"] in language.label_links else None


_QUESTION_REACH = 40
"""The most words between an embedded question's opener and an editorial phrase it asks about."""
_DESCRIPTION_WORDS = 5
"""The most words of a description between a name's comma and its verb (``Paryadi, calon
penumpang lainnya menginginkan``)."""
_TOPIC_REACH = 8
"""How many blocks over a transcript's first answer under a topic's label its speaker's subhead
may stand."""


def _topic_label(line: str, kind: str, language: _Language) -> bool:
    """Whether ``line`` is a transcript's topic label over an answer (the caller makes sure it
    names no speaker and reports nothing: not ``On Instagram, Marsh wrote:``): a label line's shape (see
    :func:`_label_line`, or a question's mark for its colon) that opens with a word of
    ``label_links``, capitalised, and no quotation mark (``On bringing back Jamison Gibson-Park at
    scrum-half:``, ``On how important it is to stick with the formula?``, ``Soal target di Piala
    AFF:``).
    Whoever answered the question before answers this one: such a line does not stand between a
    speaker and the answers after it."""
    if kind != "paragraph" or not line.endswith((":", "?")) or "\n" in line or not line[:1].isupper() \
            or len(line.split(None, _LABEL_MAX_WORDS)) > _LABEL_MAX_WORDS \
            or _SENTENCE_BREAK.search(line, 0, len(line) - 1) is not None or any(mark in line for mark in DOUBLE_MARKS):
        return False
    return line.split(None, 1)[0].casefold() in language.label_links


def _role_label(label: str, lang: str) -> bool:
    """Whether a paragraph's head before a colon is a role phrase: a role of the lexicon (not a
    rank alone) and, beside it, only role qualifiers and capitalised words, a place's or a team's
    name (``Ireland coach``, ``Kapolda Jatim``, ``Kapolsek setempat``), and after the role, the
    preposition of its body, perhaps with an article (``Spokesman for the mayor``, ``Head of the
    Council``); no preposition of an addressee and no salutation's first word anywhere (not
    ``Kepada Bupati``, ``To Mayor Reyes``, ``Dear Councillor``: an addressee), no preposition
    before the role (not ``Message from the mayor``), and no other word in lower case (not
    ``Chief among them``)."""
    tokens = _tokens(label, 0, len(label))
    language = _language(lang)
    if not tokens or tokens[0].fold in _salutation_heads(lang) or any(
            token.fold in language.addressee_prepositions for token in tokens):
        return False  # an addressee: "Kepada Bupati:", "To Mayor Reyes:", "Dear Councillor:"
    hits = [hit for hit in language.roles.find(tokens) if _RANK not in hit.categories]
    if not hits:
        return False
    covered = {at for hit in [*hits, *language.qualifiers.find(tokens)] for at in range(hit.first, hit.stop)}
    for at, token in enumerate(tokens):
        if at in covered or token.cap:
            continue
        if token.fold in language.object_prepositions and at >= hits[0].stop:
            continue  # the role's body: "Spokesman for the mayor"
        if token.fold in language.noun_determiners and at and tokens[at - 1].fold in language.object_prepositions:
            continue  # (its article)
        return False
    return True


@lru_cache(maxsize=16)
def _salutation_heads(lang: str) -> frozenset[str]:
    """The first words of a letter's salutations (lexicon ``letter_salutations``: ``dear``,
    ``yth``), folded, without their punctuation."""
    return frozenset(phrase.split()[0].strip(".,:") for phrase in folded_words(lang, "letter_salutations"))


def _label_speaker(text: str, label: ParagraphLike, names: set[str], language: _Language,
                   lang: str, round_up: bool = False) -> SpeakerMention | None:
    """The speaker a label line names over the quotation that opens the next paragraph, as a
    round-up of reactions sets them (``— Doc Rivers on the play of his bench:``; ``_label_line``):
    after the round-up's dash or bullet, or on a page with two such lines or more (``round_up``:
    ``Lopez on the Senate floor shared a letter …:`` alone tells of someone else's words), and,
    with no dash, not before a day or a month (``Lopez on Thursday …``). The name, after a
    possessive (``The Loop‘s Scott Tweedie``, ``Neighbours‘ Jackie Woodburne``), is a person's
    of two words or more (:func:`is_person_name`), or one word the article gives a speaker or
    writes as a full name's surname (``Davis`` after ``Glen Davis``). A subhead that is a
    person's name alone names the speaker too (``Manuel Pellegrini`` over his answers) when the
    article gives that name a speaker, or on a round-up's page; so does a question line there
    (:func:`_question_label`)."""
    if label.kind not in ("paragraph", "heading"):
        return None
    line = text[label.start:label.end].rstrip()
    alone = _name_alone(line, lang)
    if alone is not None:
        name = " ".join(alone["name"].split())
        known = fold_name(name) in names or fold_name(name.split()[-1]) in names
        return _label_mention(label, alone, name) if round_up or known else None
    found = _label_line(line, label.kind, language)
    if found is None and round_up:
        return _question_label(text, label, line, lang)
    if found is None or not (found["dash"] or round_up):
        return None
    after = line[found.end():].split(None, 1)
    if after and not found["dash"] and after[0][:1].isupper():
        calendar, word = calendar_names(lang), after[0].strip(",:")
        if calendar.weekday(word, allow_abbreviated=False) is not None or calendar.month(word) is not None:
            return None  # "Lopez on Thursday …": a time, no topic
    words = found["name"].split()
    owner = max((at for at, word in enumerate(words) if word.endswith(_LABEL_OWNER)), default=-1)
    words = words[owner + 1:]  # ("The Loop‘s Scott Tweedie": the show's presenter, Scott Tweedie)
    if not words or len(words) > _LABEL_NAME_WORDS:
        return None
    name = " ".join(words)
    known = fold_name(name) in names or fold_name(words[-1]) in names
    if len(words) > 1:
        if not is_person_name(name, lang):
            return None
    elif not known and not written_full_names(text, name, lang):
        return None
    return _label_mention(label, found, name)


_LABEL_NAME_WORDS = 4
"""The most words of the name a label line gives, after its owner's possessive."""
_LABEL_OWNER = (*_POSSESSIVE, "‘s", "s'", "s’", "s‘")
"""The endings of a possessive in a label's name: the words after it name the person."""


def _question_label(text: str, label: ParagraphLike, line: str, lang: str) -> SpeakerMention | None:
    """On a round-up's page, the person a question line of one sentence over a quotation names, its
    only person's name of two words or more, not after a preposition (``Has Devil’s Playground
    inspired Simon Burke to produce again?``: a show's possessive is no person): the one who
    answers it (not ``Is this the end of the road for Tony Gustavsson?``, spoken of)."""
    if not line.endswith("?") or "\n" in line or len(line.split(None, _LABEL_MAX_WORDS)) > _LABEL_MAX_WORDS \
            or any(mark in line for mark in DOUBLE_MARKS) or _SENTENCE_BREAK.search(line, 0, len(line) - 1):
        return None
    prepositions = _language(lang).object_prepositions
    names = [found for found in _NAME_IN_LINE.finditer(line, 1)
             if not any(word.endswith(_LABEL_OWNER) for word in found.group().split())
             and is_person_name(" ".join(found.group().split()), lang)]
    if len(names) != 1 or line[:names[0].start()].split()[-1].casefold() in prepositions:
        return None  # (two people: who answers?; "the end of the road for Tony Gustavsson?": he is spoken of)
    found = names[0]
    start = label.start + found.start()
    return SpeakerMention(" ".join(found.group().split()), None, start, start + len(found.group()), label.index,
                          start, start + len(found.group()))


_NAME_IN_LINE = re.compile(r"(?<=[ \t])[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){1,3}+(?![\w'’-])")
"""A run of two to four capitalised words inside a line (not its first word's)."""


def _name_alone(line: str, lang: str) -> re.Match[str] | None:
    """The line's match of ``_NAME_LINE`` when the line is a person's name alone."""
    alone = _NAME_LINE.fullmatch(line) if len(line) <= _NAME_LINE_MAX else None
    return alone if alone is not None and is_person_name(" ".join(alone["name"].split()), lang) else None


def _label_mention(label: ParagraphLike, found: re.Match[str], name: str) -> SpeakerMention:
    """The speaker a label line (``found``, its match) names, where the name stands."""
    start = label.start + found.start("name")
    end = start + len(found["name"])
    return SpeakerMention(name, None, start, end, label.index, start, end)


_LABEL_LINE = re.compile(r"[ \t]*+(?P<dash>[—–•*-][ \t]*+)?(?P<name>[A-Z][\w'’‘-]*+(?:[ \t]++[A-Z][\w'’‘-]*+){0,4}+)"
                         r"[ \t]++(?P<link>[a-z]++)\b")
"""A label line's head: a dash or a bullet perhaps, one to five capitalised words (a possessive's
apostrophe perhaps typed as an opening mark: ``The Morning Show‘s Kate Ellison``), then a word
in lower case."""
_PHOTO_PLACES = (r"(?i:kiri|kanan|tengah|ki-ka|ka-ki|left|right|cent(?:re|er)|middle|front|back|"
                 r"(?:second|third|far|from|top|bottom)[ \t]+(?:left|right))")
"""Where a person stands in a photo, in parentheses after the name in a caption (``Larasati
Hadi (kiri)``, ``Ann Ford (centre)``): no subhead's note."""
_NAME_LINE = re.compile(r"[ \t]*+(?:[—–•*-][ \t]*+)?(?P<name>[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){1,3}+)"
                        r"(?:,[ \t]*+[a-z][\w'’-]*+(?:[ \t]++[\w'’-]++){0,4}+|[ \t]*+\((?!" + _PHOTO_PLACES + r"\))"
                        r"[^()\n]{1,40}\))?[ \t]*+")
"""A line that is a name alone: two to four capitalised words, a dash or a bullet perhaps before,
perhaps with a post in lower case after a comma or a note in parentheses after it (a
transcript's or a round-up's subhead: ``Andy Farrell, head coach``, ``Lewis Hamilton (1st, Q3 –
1m 29.607s)``)."""
_HEAD_LABEL = re.compile(r"[ \t]*+(?P<label>[A-Z][\w'’.-]*+(?:[ \t]++[\w'’.-]++){0,3}+)[ \t]*+:[ \t]*+")
"""A paragraph's head before its first quotation: one to four words, the first capitalised, and a
colon (``Ireland coach: '…'``): the speaker, in a headline or a transcript, when it holds a role."""
_ARTICLE_REACH = 3
"""How far before a role an indefinite article may stand (``a police officer``)."""
_LABEL_MAX_WORDS = 20
"""The most words of a round-up's label line."""
_ROUND_UP_LINES = 2
"""The fewest label lines, or subheads of a name alone, that make a page a round-up of reactions."""
_NAME_LINE_MAX = 60
"""The most characters of a line that is a name alone."""


_BRACKETS = {"(": ")", "[": "]"}
_FOREIGN_MIN_WORDS = 8
"""The fewest words of a quotation, and of its bracketed translation, to compare their languages."""
_NATIVE_SHARE = 0.15
"""The least share of the article language's common words in a translation into it (ordinary
prose in English or Indonesian has a quarter or more)."""
_FOREIGN_RATIO = 3
"""A quotation is in another language when its share of those words is under a third of its
translation's."""


def _share(text: str, start: int, end: int, common: frozenset[str]) -> float | None:
    """The share of ``text[start:end]``'s words that are the article language's common words
    (function words, pronouns, auxiliaries, negations), or None below ``_FOREIGN_MIN_WORDS``."""
    words = _QUOTED_WORD.findall(text, start, end)
    if len(words) < _FOREIGN_MIN_WORDS or not common:
        return None
    return sum(word.casefold() in common for word in words) / len(words)


def _translates(text: str, paragraph: ParagraphLike, speech: Sequence[Quotation], common: frozenset[str]) -> bool:
    """Whether the bracketed ``paragraph`` reads as the article's language and a quotation of
    ``speech`` before it as another: ``“Dapat talaga nating …”`` / ``(Our village officials should
    be thanked …)``. (Measured only for a bracketed paragraph found editorial: few are.)"""
    own = _share(text, paragraph.start, paragraph.end, common)
    if own is None or own < _NATIVE_SHARE:
        return False
    shares = [_share(text, q.inner_start, q.inner_end, common) for q in speech]
    return any(share is not None and share * _FOREIGN_RATIO < own for share in shares)


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all in one pair of parentheses or brackets (a full stop
    after it aside): after a quotation in another language, its translation, in the speaker's
    voice."""
    inner = text[start:end].strip().rstrip(".")
    return len(inner) >= 2 and _BRACKETS.get(inner[0]) == inner[-1] and \
        inner[0] not in inner[1:-1] and inner[-1] not in inner[1:-1]


# --- names and roles (shared by KL203) ---------------------------------------------------------


def name_degrees(lang: str) -> frozenset[str]:
    """The academic degrees written after a name (lexicon ``name_degrees`` of ``lang`` and
    English, without their full stops: ``spd``, ``phd``)."""
    return _language(lang).degrees


@lru_cache(maxsize=4096)
def fold_name(name: str) -> str:
    """A name folded for comparison: case-folded, accents and typographic apostrophes removed."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")



def _within_distance(a: str, b: str, limit: int) -> bool:
    """Whether the Levenshtein distance of ``a`` and ``b`` is at most ``limit``.

    Common prefixes and suffixes are cut first (spellings of one name mostly share them), and
    strings whose lengths differ by more than the limit are told apart at once; the distance of
    the rest is :func:`_edit_distance`.
    """
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a, b = a[start:end_a], b[start:end_b]
    if abs(len(a) - len(b)) > limit:
        return False
    if not a or not b:
        return max(len(a), len(b)) <= limit
    return _edit_distance(a, b) <= limit


def _edit_distance(a: str, b: str) -> int:
    """The Levenshtein distance of two non-empty strings, by Myers' bit-vector algorithm (in
    Hyyrö's formulation): one column of the distance table is a pair of bit masks (+1 and -1
    steps down the column), so each character of ``b`` costs a few integer operations instead
    of a loop over ``a``. Names are short; Python's integers take any length anyway."""
    mask = (1 << len(a)) - 1
    last = 1 << (len(a) - 1)
    peq: dict[str, int] = {}
    for index, char in enumerate(a):
        peq[char] = peq.get(char, 0) | 1 << index
    plus, minus, score = mask, 0, len(a)  # the first column: 0, 1, ..., len(a)
    for char in b:
        eq = peq.get(char, 0)
        xv = eq | minus
        xh = (((eq & plus) + plus) ^ plus) | eq
        ph = minus | (~(xh | plus) & mask)
        mh = plus & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        plus = mh | (~(xv | ph) & mask)
        minus = ph & xv
    return score


def _similar(a: str, b: str) -> bool:
    """Two spellings of one word: a small edit relative to the word's length."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    return _within_distance(a, b, 1 if shorter < 6 else 2)


class SpellingIndex:
    """Words, each found again from every word :func:`_similar` to it, without comparing all
    pairs: the work grows with the words that are alike, not with every pair, so an article
    naming thousands of people (a list of candidates, say) is read in seconds, not hours.

    Two words at most two edits apart can be cut to one string by deleting at most two
    characters from each (a substitution is a deletion from both). A word of up to
    ``_SHORT_WORD`` characters is filed under every such string (at most 79), and a word looks
    up its own. A longer word is filed under the three segments it is cut into: a word within
    two edits keeps one of them (each edit touches one), shifted by at most two characters
    (Li, Deng and Feng's pass-join), so a word looks up, for each length within two of its own,
    the substrings where those segments could stand (at most 75). :func:`_similar` then decides
    among the words found. Words under four characters are only ever similar when equal.
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._keys: dict[object, list[str]] | None = None  # (filed at the first look-up in many words)
        self._words: dict[str, None] = {}
        for word in words:
            self.add(word)

    @staticmethod
    def _deletions(word: str) -> set[str]:
        once = {word[:at] + word[at + 1:] for at in range(len(word))}
        return {word} | once | {shorter[:at] + shorter[at + 1:] for shorter in once for at in range(len(shorter))}

    @staticmethod
    def _cuts(length: int) -> tuple[tuple[int, int], ...]:
        third = length // 3
        return (0, third), (third, third), (2 * third, length - 2 * third)

    def add(self, word: str) -> None:
        """File ``word`` (once)."""
        if word in self._words:
            return
        self._words[word] = None
        if self._keys is not None:
            self._file(self._keys, word)

    def _file(self, filed: dict[object, list[str]], word: str) -> None:
        if len(word) < 4:
            return
        keys: Iterable[object] = (
            self._deletions(word) if len(word) <= _SHORT_WORD else
            [(len(word), part, word[start:start + size]) for part, (start, size) in enumerate(self._cuts(len(word)))])
        for key in keys:
            filed.setdefault(key, []).append(word)

    def similar(self, word: str) -> set[str]:
        """The filed words :func:`_similar` to ``word`` (itself, when filed)."""
        if len(self._words) <= _FEW_WORDS:  # (an article's few names: compared one by one)
            return {other for other in self._words if _similar(word, other)}
        found = {word} if word in self._words else set()
        if len(word) < 4:
            return found
        if self._keys is None:
            self._keys = {}
            for filed in self._words:
                self._file(self._keys, filed)
        keys: list[object] = []
        if len(word) - 2 <= _SHORT_WORD:
            keys += self._deletions(word)
        for length in range(max(_SHORT_WORD + 1, len(word) - 2), len(word) + 3):
            for part, (start, size) in enumerate(self._cuts(length)):
                for at in range(max(0, start - 2), min(start + 2, len(word) - size) + 1):
                    keys.append((length, part, word[at:at + size]))
        for key in keys:
            for candidate in self._keys.get(key, ()):
                if candidate not in found and _similar(word, candidate):
                    found.add(candidate)
        return found


_SHORT_WORD = 12
"""The longest word :class:`SpellingIndex` files under its deletions (longer: its segments)."""
_FEW_WORDS = 48
"""Up to this many words, :class:`SpellingIndex` compares a word with each (cheaper than filing)."""


_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-"})
"""Typographic twins of the apostrophe and the hyphen, as typed in names."""


@lru_cache(maxsize=8192)
def folded_surname(name: str) -> str:
    """The last word of a name as :func:`name_relation` compares it (typography and case
    folded); empty for a name without words."""
    words = name.translate(_TYPOGRAPHY).split()
    return fold_name(words[-1]) if words else ""


def may_relate(a: str, b: str) -> bool:
    """False when :func:`name_relation` would call two names ``other`` for their surnames
    alone: neither equal nor spelt alike. A cheap test before the full one."""
    last_a, last_b = folded_surname(a), folded_surname(b)
    return last_a == last_b or (bool(last_a) and bool(last_b) and _similar_surnames(last_a, last_b))


@lru_cache(maxsize=8192)
def _similar_surnames(a: str, b: str) -> bool:
    """:func:`_similar`, remembered: the same surnames meet again in article after article."""
    return _similar(a, b)


@lru_cache(maxsize=8192)
def name_relation(a: str, b: str) -> str:
    """How two names relate: ``same``, ``variant`` (one person, spelt differently) or ``other``.

    ``Peskov`` and ``Dmitry Peskov`` are the same; ``Dmitri Peskov`` and ``Dmitry Peskov``, or
    ``Peskow`` and ``Peskov``, or ``Pande Putu Gina`` and ``Pande Puti Gina``, are variants;
    ``Joko Widodo`` and ``Iriana Widodo``, ``George H. Bush`` and ``George W. Bush``, or ``Maria
    Halim`` and ``Yusuf Hakim`` (a misspelt surname keeps its given name), are others. A bare
    surname is compared with the other name's surname only, and is no variant of it in the
    plural (``Kenyattas``: a family; but ``Edward`` for ``Mark Edwards`` is); a longer name with
    a shorter one on its last words (``Sukamaju Dimas Prakoso`` and ``Dimaz Prakoso``: a variant).
    """
    # Typography is no spelling: "O’Brien" and "O'Brien" are one name.
    words_a, words_b = a.translate(_TYPOGRAPHY).split(), b.translate(_TYPOGRAPHY).split()
    if not words_a or not words_b:
        return "other"
    fold_a = [fold_name(w) for w in words_a]
    fold_b = [fold_name(w) for w in words_b]
    if fold_a == fold_b:
        return "same" if words_a == words_b else "variant"
    last_a, last_b = fold_a[-1], fold_b[-1]
    if len(fold_a) == 1 or len(fold_b) == 1:
        if last_a == last_b:
            return "same" if words_a[-1] == words_b[-1] else "variant"
        lone, full = (last_a, fold_b) if len(fold_a) == 1 else (last_b, fold_a)
        if len(full) > 1 and lone in (full[-1] + "s", full[-1] + "es"):
            return "other"  # a family in the plural: "Kenyattas" after "Uhuru Kenyatta"
        return "variant" if len(last_a) >= 5 and _similar(last_a, last_b) else "other"
    first_a, first_b = fold_a[0], fold_b[0]
    initial = (len(first_a.rstrip(".")) == 1 or len(first_b.rstrip("."))== 1) and \
        first_a[0] == first_b[0]
    firsts_match = first_a == first_b or initial
    if last_a == last_b:
        if firsts_match:
            # A middle word spelt another way ("Pande Putu Gina", "Pande Puti Gina") is a variant;
            # another middle word altogether ("George H. Bush", "George W. Bush"), another person.
            return _middle_relation(fold_a[1:-1], fold_b[1:-1]) if len(fold_a) == len(fold_b) > 2 else "same"
        if _similar(first_a, first_b):
            return "variant"
    # A misspelt surname keeps the given name: "Maria Halim" and "Yusuf Hakim" are two people.
    elif firsts_match and _similar(last_a, last_b):
        return "variant"
    if len(words_a) != len(words_b):
        # A longer name ending in as many words as the shorter has is compared on those: a word
        # before them is a middle name or a place glued to the name ("Kepala Dinas Sukamaju
        # Dimas Prakoso" read as "Sukamaju Dimas Prakoso", then "Dimaz Prakoso").
        longer, shorter = (words_a, words_b) if len(words_a) > len(words_b) else (words_b, words_a)
        return name_relation(" ".join(longer[-len(shorter):]), " ".join(shorter))
    return "other"


def _middle_relation(middle_a: Sequence[str], middle_b: Sequence[str]) -> str:
    """How the middle words of two names of one length, first and last words alike, relate:
    ``same`` when each pair is equal or an initial of the other (``John F. Kennedy``, ``John
    Fitzgerald Kennedy``), ``variant`` when one pair is only spelt alike, else ``other``."""
    found = "same"
    for a, b in zip(middle_a, middle_b, strict=True):
        if a == b or ((len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1) and a[0] == b[0]):
            continue
        if not _similar(a, b):
            return "other"
        found = "variant"
    return found


@lru_cache(maxsize=8192)
def is_person_name(name: str, lang: str) -> bool:
    """Whether ``name`` reads as a person's name: capitalised words, none a country, an
    institution, a role or an acronym (``Gedung Putih``, ``Pejabat senior di Korea Selatan``
    and ``NATO`` do not)."""
    language = _language(lang)
    tokens = _tokens(name, 0, len(name))
    if not tokens:
        return False
    for at, token in enumerate(tokens):
        if token.fold in language.particles and 0 < at < len(tokens) - 1:
            continue
        word = _strip_possessive(token)
        if not token.cap or word.isupper() or word.casefold() in language.stopwords:
            return False
        if language.qualifiers.match_at(tokens, at, len(tokens)) is not None:
            return False
    return True


def written_full_names(text: str, surname: str, lang: str) -> set[str]:
    """The full names the text writes with ``surname`` as their last word and a given name
    before it inside a sentence (``police said Ron Dawson was …``), whoever speaks: a capitalised
    word that makes a person's name with it (:func:`is_person_name`). A word that opens a
    sentence may be any word (``Saat Halin meninjau``, ``Eventually Dawsen``): not read."""
    found: set[str] = set()
    titles = _language(lang).starts.titles
    # (The look-behind starts the given name at a word's start: no retry inside a long word.)
    for match in re.finditer(rf"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+{re.escape(surname)}(?![\w'’-])", text):
        given = match.group(1)
        name = f"{given} {surname}"
        if not given[:1].isupper() or name in found or _opens_sentence(text, match.start(), titles):
            continue
        if is_person_name(name, lang):
            found.add(name)
    return found


def _upper_class() -> str:
    """A character class of the capital letters of the Basic Multilingual Plane, as ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in ranges) + "]"


_CAPITAL = _upper_class()
_CAPITAL_TAIL = r"[^\W\d_]*+(?:['’-][^\W\d_]++)*+"
_CAPITAL_RUN = re.compile(rf"{_CAPITAL}(?<![\w'’.-].){_CAPITAL_TAIL}(?:[ \t]{_CAPITAL}{_CAPITAL_TAIL})++")
"""Two capitalised words or more, one space apart (a run of a name, perhaps after a title or a
place: ``Hakim Sugi Nur Raharjo``). The first capital is matched before the look-behind that
starts it at a word's start: the search skips ahead to capitals, twice as fast."""


def capitalised_runs(text: str) -> list[list[tuple[int, int]]]:
    """Where the text writes two capitalised words or more in a row, one space apart, whatever
    they name and wherever they stand (in quotations too): each run's words, as spans (``Sugi
    Nur Raharjo`` in ``memvonis Sugi Nur Raharjo alias …``, but also ``Majelis Hakim``, or
    ``Saat Budi Hartanto`` at a sentence's head: the caller asks :func:`is_person_name` of the
    few it compares). A word in capitals ends a run (a degree after a name, ``Sugi Nur Raharjo
    SH``; a masthead before one), and a possessive ``'s`` is no part of a run's last word."""
    found: list[list[tuple[int, int]]] = []
    for run in _CAPITAL_RUN.finditer(text):
        at = run.start()
        spans: list[tuple[int, int]] = []
        for word in run.group().split():  # (one space or tab between words)
            if len(word) > 1 and word.isupper():
                if len(spans) > 1:
                    found.append(spans)
                spans = []
            else:
                spans.append((at, at + len(word)))
            at += len(word) + 1
        if len(spans) > 1:
            found.append(spans)
    for spans in found:
        start, end = spans[-1]
        if text.endswith(_POSSESSIVE, start, end) and end - start > 3:
            spans[-1] = (start, end - 2)
    return found


def _opens_sentence(text: str, at: int, titles: frozenset[str]) -> bool:
    """Whether the word at ``at`` opens its line or a sentence (after a full stop, a question
    or an exclamation, perhaps with a quotation mark between; not an abbreviated title's full
    stop, ``Ir. Yusuf Halin``, ``Dr. Ron Dawson``: ``titles``, folded)."""
    before = text[max(0, at - 12):at].rstrip(" \t" + _MARKS)
    if not before or before.endswith(("\n", "!", "?", "…")):
        return True
    if not before.endswith("."):
        return False
    word = re.search(r"([^\W\d_]+)\.\Z", before)
    return word is None or word.group(1).casefold() not in titles


@lru_cache(maxsize=8192)
def strip_ranks(name: str, lang: str) -> str:
    """``name`` without the ranks and honorifics that open it: ``Kombes Pol Djamal Renhoat`` and
    ``Dr. Budi Santoso`` name ``Djamal Renhoat`` and ``Budi Santoso``. A name that is nothing
    else is given back whole."""
    language = _language(lang)
    tokens, word_starts, _, _, _ = _tokenise(name, 0, len(name), (), _NO_STARTS)
    at = 0
    while at < len(tokens):
        hit = language.qualifiers.match_at(tokens, at, len(tokens))
        if hit is None or not {"ranks", "honorifics"} & set(hit.categories):
            break
        at = hit.stop
    return name[word_starts[at]:] if 0 < at < len(tokens) else name


@dataclass(frozen=True, slots=True)
class RoleParts:
    """What a role text says of its holder, to tell two holders apart (see :func:`role_parts`)."""

    ranks: frozenset[str]
    """The ranks, canonical (``role_equivalents``: ``Kombes Pol`` and ``Komisaris Besar`` are one,
    and so are ``Lt. Col.``, two hits side by side, and ``Lieutenant Colonel``)."""
    head: str | None
    """The first job named, canonical: ``Sekretaris Camat`` is a secretary, ``Camat`` a camat."""
    jobs: frozenset[str]
    """Every job named, as :func:`role_groups` gives them."""
    rest: frozenset[str]
    """The other words, folded, but function words and areas' nouns: the body, the field, a town
    (``Dinas Pendidikan Sukamaju``: ``dinas``, ``pendidikan``, ``sukamaju``)."""
    places: frozenset[tuple[str, str]] = frozenset()
    """The countries and regions named, each as its key (a CLDR code, or the first name of its line
    of ``region_equivalents``: ``Jatim`` is ``jawa timur``, ``Tiongkok`` ``CN``; empty for a place
    neither knows, a people's name: ``Ukrainian``) and its name, folded."""


@lru_cache(maxsize=8192)
def role_parts(role: str, lang: str) -> RoleParts:
    """A role text's ranks, first job, jobs, other words and places (``Kasat Reskrim Polres
    Sukamaju AKP``: ``akp``; ``kasat``; ``kasat``; ``reskrim``, ``polres``, ``sukamaju``), found with the
    role nouns and ranks of ``lang`` and English as :func:`role_groups` finds the jobs. Ranks
    side by side are one (``Lt. Col.``: ``lieutenant colonel``; ``Sgt Maj``: ``sergeant
    major``); the names of countries and regions stand apart from the other words, which leave
    out function words and areas' nouns."""
    language = _language(lang)
    canonical = language.role_groups
    tokens = _tokens(role, 0, len(role))
    covered: set[int] = set()
    ranked: list[tuple[int, int]] = []
    heads: list[tuple[int, str]] = []
    for code in dict.fromkeys((lang, "en")):
        for hit in _language(code).roles.find(tokens):
            covered.update(range(hit.first, hit.stop))
            if _RANK in hit.categories:
                ranked.append((hit.first, hit.stop))
            else:
                text = " ".join(t.fold for t in tokens[hit.first:hit.stop])
                heads.append((hit.first, canonical.get(text, text)))
    ranks: set[str] = set()
    for first, stop in _merge(ranked):
        folds = [t.fold.rstrip(".") for t in tokens[first:stop]]
        text = " ".join(folds)
        if text not in canonical:  # ("Sgt Maj": "sergeant major", read word by word)
            text = " ".join(canonical.get(fold, fold) for fold in folds)
        ranks.add(canonical.get(text, text))
    places: set[tuple[str, str]] = set()
    canonical_places = _place_keys(lang)
    for hit in language.qualifiers.find(tokens):
        if "place" in hit.categories and not covered.intersection(range(hit.first, hit.stop)):
            covered.update(range(hit.first, hit.stop))
            place = " ".join(t.fold for t in tokens[hit.first:hit.stop])
            places.add((canonical_places.get(place, ""), place))
    jobs = role_groups(role, lang)
    head = min((at, job) for at, job in heads if job in jobs)[1] if jobs else None
    function_words = folded_words(lang, "function_words")
    rest = frozenset(t.fold for at, t in enumerate(tokens) if at not in covered
                     and t.fold not in function_words and t.fold not in language.area_nouns)
    return RoleParts(frozenset(ranks), head, jobs, rest, frozenset(places))


@cache
def _place_keys(lang: str) -> dict[str, str]:
    """Countries' names (CLDR, ``lang`` and English) to their codes, and regions' names to the first
    of their line of ``region_equivalents`` (or to themselves, ``region_names``), folded: one key
    for one place; a people's name (``Ukrainian``) has none."""
    keys: dict[str, str] = {}
    for locale in _locales(lang):
        for code, name in locale.territories.items():
            head, _, other = str(name).partition(" (")
            for part in (str(name), head.partition(" - ")[0], other[:-1] if other.endswith(")") else ""):
                if part:
                    keys.setdefault(part.casefold(), code)
    for code in dict.fromkeys((lang, "en")):
        for line in lexicon(code).get("region_equivalents", ()):
            members = [member.strip().casefold() for member in line.split("|") if member.strip()]
            for member in members:
                keys.setdefault(member, members[0])
        for name in lexicon(code).get("region_names", ()):  # (a region of one name is its own key)
            keys.setdefault(name.casefold(), name.casefold())
    return keys


@lru_cache(maxsize=8192)
def role_groups(role: str, lang: str) -> frozenset[str]:
    """The jobs a role text names, as canonical role nouns (``juru bicara`` -> spokesman group).

    Looks the role up with the role nouns of ``lang`` and English, so a claim file may give
    roles in either. Unknown roles give an empty set: nothing to compare. A rank (``Kombes``,
    ``AKBP``, ``Sgt.``) names no job: a police chief holds one, a spokesman another, and a
    promotion changes it, so ranks are left out (and a word that is a rank in ``lang`` is not
    read as an English job: Indonesian ``Mayor`` is a major, not a mayor). Nor does an academic
    title (``Prof``, ``Professor``; lexicon ``academic_titles``): a professor chairs a body too.
    """
    groups: set[str] = set()
    canonical = _language(lang).role_groups
    tokens = _tokens(role, 0, len(role))
    ranked: set[int] = set()
    academic = folded_words(lang, "academic_titles")
    for code in dict.fromkeys((lang, "en")):
        for hit in _language(code).roles.find(tokens):
            if _RANK in hit.categories:
                ranked.update(range(hit.first, hit.stop))
                continue
            if ranked.intersection(range(hit.first, hit.stop)):
                continue
            head = " ".join(t.fold for t in tokens[hit.first:hit.stop])
            if head.rstrip(".") in academic:
                continue  # "Prof Grant", then "Grant, the chairman of …": one person
            groups.add(canonical.get(head, head))
    return frozenset(groups)


@lru_cache(maxsize=8192)
def roles_conflict(a: str, b: str, lang: str) -> bool:
    """True when two role texts name different jobs.

    ``juru bicara Kremlin`` and ``Kremlin spokesman`` agree; ``juru bicara Kremlin`` and
    ``Menteri Luar Negeri`` conflict; ``Dokter`` agrees with ``Kepala Dinas Kesehatan drg``
    (:func:`_title_jobs`); ``Presiden Rusia`` and ``Presiden`` agree (one says less), and so do
    ``Mayor`` and ``Councillor`` (a mayor sits on the council: lexicon ``role_memberships``).
    The bodies a role names are not compared: ``Presiden AS`` and ``Presiden Amerika Serikat``,
    or ``Gedung Putih`` and ``White House``, are one body in other words.
    """
    groups_a, groups_b = role_groups(a, lang), role_groups(b, lang)
    if not (groups_a and groups_b) or groups_a & groups_b:
        return False
    # One job's holder holds the other too: "Mayor Brad Carter", then "Councillor Carter".
    language = _language(lang)
    memberships = language.role_memberships
    if any((x, y) in memberships or (y, x) in memberships for x in groups_a for y in groups_b):
        return False
    # The general title alone says less than its kinds: "Foreign Minister Penny Wong", then
    # "Minister Penny Wong" or "the minister" (not "Health Minister": two portfolios conflict).
    kinds = language.role_kinds
    if (_bare_title(a, lang) and all(any((y, x) in kinds for y in groups_b) for x in groups_a)) or (
            _bare_title(b, lang) and all(any((x, y) in kinds for x in groups_a) for y in groups_b)):
        return False
    # A profession named alone ("Dokter Maharani") is the job of the title in lower case that
    # ends a post ("Kepala Dinas Kesehatan drg."); two posts still conflict, whatever their titles.
    return not (groups_b <= _title_jobs(a, lang) or groups_a <= _title_jobs(b, lang))


def _bare_title(role: str, lang: str) -> bool:
    """Whether a role text is a role noun alone, perhaps after an article (``Minister``, ``the
    minister``, ``Menteri``; not ``Health Minister``, ``Minister of Trade``)."""
    tokens = _tokens(role, 0, len(role))
    language = _language(lang)
    while tokens and tokens[0].fold in language.noun_determiners:
        tokens = tokens[1:]
    hit = language.roles.match_at(tokens, 0, len(tokens)) if tokens else None
    return hit is not None and hit.stop == len(tokens) and _RANK not in hit.categories


def _title_jobs(role: str, lang: str) -> frozenset[str]:
    """The job a title in lower case at the end of a role names (lexicon ``lower_case_titles``
    and ``role_equivalents``: ``Kepala Dinas Kesehatan drg`` is a dentist's, ``dokter``); not a
    title inside a body's name (``Direktur RSUD dr. Soetomo``)."""
    words = role.split()
    last = words[-1].rstrip(".") if words else ""
    language = _language(lang)
    if last != last.casefold() or last not in language.starts.lower_titles or last not in language.role_groups:
        return frozenset()
    return frozenset({language.role_groups[last]})


# --- a change of office (shared by KL203) -----------------------------------------------------

"""The most characters read on either side of a mention for its sentence."""
_WORDS = re.compile(r"[^\W\d_]+")
_CLAUSE_MARKS = ",;:()!?\n" + DOUBLE_MARKS


@lru_cache(maxsize=16)
def _office_indexes(lang: str) -> tuple[_PhraseIndex, _PhraseIndex]:
    """The time qualifiers of a role and the phrases of a change of office, in ``lang`` and
    English (lexicon ``role_time_qualifiers``, ``role_transitions``)."""
    qualifiers, transitions = _PhraseIndex(), _PhraseIndex()
    qualifiers.add_all("time", with_english(lang, "role_time_qualifiers"))
    transitions.add_all("transition", with_english(lang, "role_transitions"))
    return qualifiers, transitions


def time_qualified(text: str, mention: SpeakerMention, lang: str) -> bool:
    """Whether a mention's title says when it held: a time qualifier in the role, or in one of
    the two words right before it with no punctuation between (``former``, ``new``,
    ``outgoing``, ``Prime Minister-designate``, ``ex-President``; ``mantan``, ``Plt.``,
    ``Presiden terpilih``). Such a title may differ from the person's title at another time
    without either being wrong."""
    qualifiers, _ = _office_indexes(lang)
    before: list[str] = []
    end = mention.start
    for match in reversed(list(_WORDS.finditer(text, max(0, mention.start - 40), mention.start))):
        gap = text[match.end():end]
        # Only words joined to the title ("Sementara itu, Menteri" is "meanwhile, the
        # minister"), a full stop only after an abbreviation ("Plt. Bupati", not "new. President").
        if any(c in _CLAUSE_MARKS for c in gap) or (
                "." in gap and not (match.group()[0].isupper() and len(match.group()) <= 4)):
            break
        before.insert(0, match.group())
        end = match.start()
        if len(before) == 2:
            break
    words = " ".join([*before, *_WORDS.findall(mention.role or "")])
    return bool(qualifiers.find(_tokens(words, 0, len(words))))


def office_changes(text: str, mention: SpeakerMention, roles: Sequence[str], lang: str) -> bool:
    """Whether the sentence of ``mention`` tells of a change of office to one of ``roles``: a
    transition (``will become``, ``was named``, ``succeeds``, ``replaces``; ``menjadi``,
    ``ditunjuk``, ``menggantikan``) followed in the sentence by a role of the same job
    (``Treasurer Morrison will become Australia's 30th prime minister``)."""
    _, transitions = _office_indexes(lang)
    first, stop = sentence_span(text, mention.start, mention.end, lang)
    tokens = _tokens(text, first, stop)
    hits = transitions.find(tokens)
    if not hits:
        return False
    wanted = frozenset().union(*(role_groups(role, lang) for role in roles))
    canonical = _language(lang).role_groups
    for code in dict.fromkeys((lang, "en")):
        for hit in _language(code).roles.find(tokens, hits[0].stop):
            head = " ".join(t.fold for t in tokens[hit.first:hit.stop])
            if canonical.get(head, head) in wanted:
                return True
    return False
