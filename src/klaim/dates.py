"""Date mentions in article text: weekday/date pairs, bare dates, ranges and relative phrases.

Pure functions over a string. Day and month names come from :mod:`klaim.calendar_names` (CLDR
through Babel for the article's language, merged with English, plus an alias table), so the
same code reads ``Selasa (3/9)``, ``Tuesday, Sept. 3, 2024``, ``Dienstag, 3. September 2024``
and ``martes 3 de septiembre``.

How the text is scanned, and why it stays linear on any input: every date form contains a day
number, so one scanner finds standalone runs of one, two or four digits, and only at those
positions are the date forms tried, each anchored there (``pattern.match``), or on a window of
bounded width before it read backwards (the weekday, the month name of ``September 3``).
Relative phrases and time-zone phrases are tried only where one of their first words starts
(found with ``str.find``). Every quantifier in every pattern is bounded (``{0,3}`` and the
like; a test checks it), so the work per position tried is bounded by a constant and a 5 MB
line costs a constant times 5 MB. Patterns are built once per language and cached.

A weekday on its own is never a date mention (Indonesian ``Minggu`` also means "week", English
``May`` is a verb): a weekday counts only next to a date, and an abbreviated weekday only
directly next to one. A numeric day/month without a year counts only when it is parenthesised,
paired with a weekday, or introduced by a word that says "date" (``tanggal``): ``21/6 bagian``
is a fraction, not 21 June.

The results (mentions, evidence, analyses) are slotted dataclasses, equal and hashable by value,
that nothing changes once they are made: checks read them as data. They are not frozen, because
a frozen dataclass pays a function call per field to build one, and a big archive builds
millions (about a seventh of the analysis time); a test holds every check to leaving them as
they were.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from klaim.calendar_names import CalendarNames, calendar_names
from klaim.lexicon import phrase_pattern, with_english
from klaim.text import CLOSING_DOUBLE_MARK, DOUBLE_MARKS, SINGLE_MARKS

__all__ = [
    "DateMention",
    "Quotations",
    "RelativeMention",
    "TimelineEntry",
    "attribution_pattern",
    "bare_weekdays",
    "expand_two_digit_year",
    "extract_dates",
    "extract_relative",
    "future_marker_in",
    "future_markers",
    "infer_year",
    "match_case",
    "mention_at",
    "month_word",
    "number_like",
    "quoted_relatives_from_statement",
    "relative_covers",
    "replace_in_mention",
    "sentence_span",
    "statement_attribution",
    "timeline",
    "weekday_word",
]


@dataclass(slots=True, unsafe_hash=True)
class DateMention:
    """One date the text states, with the weekday written next to it (if any).

    Offsets are 0-based code points into the text given to :func:`extract_dates`; ``end`` is
    exclusive. Mentions produced from one range expression (``Senin-Selasa (2-3/9)``) share the
    whole expression as their span and carry the same ``range_id``.
    """

    start: int
    end: int
    text: str
    weekday: int | None
    weekday_start: int | None
    weekday_end: int | None
    day: int
    month: int
    year: int | None
    resolved: dt.date | None
    impossible: bool
    year_inferred: bool
    evening_before: bool
    zone_hint: str | None
    range_id: int | None
    day_start: int = 0
    """Span of the day number as written (for suggestions that replace the day)."""
    day_end: int = 0
    year_start: int | None = None
    """Span of the written year, None when the year is not written."""
    year_end: int | None = None
    month_start: int = 0
    """Span of the month as written (number or name, without an abbreviation's full stop)."""
    month_end: int = 0
    form: str = "name"
    """``numeric`` (3/9), ``name`` (3 September), ``month-first`` (September 3) or ``iso``."""
    weekday_abbreviated: bool = False

    @property
    def actual_weekday(self) -> int | None:
        """The weekday of the resolved date, None when the date did not resolve."""
        return self.resolved.weekday() if self.resolved is not None else None

    @property
    def weekday_matches(self) -> bool | None:
        """Whether the stated weekday fits the resolved date; None when there is nothing to compare.

        ``malam Jumat`` (the evening before Friday) fits a Thursday as well as a Friday.
        """
        if self.weekday is None or self.resolved is None:
            return None
        actual = self.resolved.weekday()
        if actual == self.weekday:
            return True
        return self.evening_before and actual == (self.weekday - 1) % 7


@dataclass(slots=True, unsafe_hash=True)
class RelativeMention:
    """A phrase dated relative to the publication (``kemarin``, ``last Friday``, ``pekan ini``).

    ``resolved`` is computed against the reference date; for the week kinds it is the Monday of
    that week. ``weekday`` is the weekday named by the weekday kinds, else None.
    """

    start: int
    end: int
    text: str
    kind: str
    resolved: dt.date | None
    weekday: int | None


# --- names and cues per language -------------------------------------------------------------

# Horizontal whitespace only: a date never continues on the next line.
_H = r"[^\S\r\n]"
_SP1 = _H + "{1,3}"
_SP0 = _H + "{0,3}"
_LB = r"(?<![^\W\d_])"  # no letter before
_LA = r"(?![^\W\d_])"  # no letter after
_DASH = "[-–—]"
# The same boundaries for text read backwards (see "Looking back" below).
_RLB = r"(?![^\W\d_])"
_RLA = r"(?<![^\W\d_])"

# Names that are also ordinary lower-case words of their language: they only count with a
# capital first letter, as newsrooms write them (Indonesian "minggu" = week, English "may" and
# "march" = verbs). The English ones do not apply where the spelling is a name of the article's
# own language written in lower case (Spanish "may" = mayo).
_CAPITALISED_ONLY: dict[str, frozenset[str]] = {
    "id": frozenset({"minggu"}),
    "en": frozenset({"may", "march"}),
}

# Words joining two weekdays or two days of one range ("Senin dan Selasa", "2 to 3 September").
_RANGE_WORDS = ["dan", "hingga", "sampai", "s.d.", "and", "&", "to", "through", "und", "bis",
                "et", "au", "y", "al", "a", "e"]

# Words allowed between a wide weekday and its date: parts of the day and "this/last" words
# ("Kamis malam (20/6)", "Thursday night (June 20)", "Selasa lalu (3/9)").
_DAY_PARTS: dict[str, list[str]] = {
    "id": ["pagi", "siang", "sore", "petang", "malam", "dini hari", "subuh", "lalu", "kemarin",
           "ini", "depan"],
    "ms": ["pagi", "tengah hari", "petang", "malam", "lalu", "ini", "depan"],
    "en": ["morning", "afternoon", "evening", "night", "last", "next", "this"],
    "de": ["früh", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"],
    "fr": ["matin", "midi", "après-midi", "soir", "dernier", "prochain"],
    "es": ["por la mañana", "por la tarde", "por la noche", "pasado", "próximo"],
    "pt": ["de manhã", "à tarde", "à noite", "passado", "passada"],
    "nl": ["ochtend", "middag", "avond", "nacht"],
}
# Words that introduce a clock time between a weekday and its date: "Selasa pukul 10.00 WIB
# (6/5/2024)", "Tuesday at 10am, May 6".
_CLOCK_WORDS: dict[str, list[str]] = {
    "id": ["pukul", "jam", "pkl.", "pkl", "sekitar pukul", "sekitar jam", "mulai pukul"],
    "ms": ["pukul", "jam", "kira-kira pukul"],
    "en": ["at", "at about", "at around", "around", "from"],
    "de": ["um", "gegen", "ab"],
    "fr": ["à", "vers"],
    "es": ["a las", "a la", "hacia las"],
    "pt": ["às", "à", "por volta das"],
    "nl": ["om", "rond"],
}
# Words that may stand between a weekday and the date: "Selasa tanggal 3", "Dienstag, den 3.".
_DATE_WORDS = ["tanggal", "tgl.", "tgl", "the", "den", "dem", "le", "el", "o", "de", "der"]
# A word directly before a yearless numeric date that makes it a date ("tanggal 21/6").
_NUMERIC_DATE_CUES = ["tanggal", "tgl.", "tgl"]
_ORDINAL_PREFIX = {"id": r"(?<![kK][eE]-[0-9])"}
"""A look-behind (at the number's first digit) for a language's ordinal prefix: ``ke-2``."""
# Ordinal endings after a day number: 3rd, 1er, 1º, 3. (German).
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°)"
# Weekday kinds built on "the evening before" (Indonesian and Malay "malam Jumat").
_EVENING_BEFORE: dict[str, str] = {"id": "malam", "ms": "malam"}

# Time-zone and local-time phrases per language (case-insensitive), plus case-sensitive zone
# abbreviations shared by all. The US short forms (ET, PT...) need a clock time before them:
# "PT" alone is the Indonesian company prefix (PT Pertamina).
_ZONE_PHRASES: dict[str, list[str]] = {
    "id": ["waktu setempat", "waktu indonesia barat", "waktu indonesia tengah",
           "waktu indonesia timur"],
    "ms": ["waktu tempatan", "waktu setempat"],
    "en": ["local time"],
    "de": ["ortszeit", "mitteleuropäischer zeit", "deutscher zeit"],
    "fr": ["heure locale", "heure de paris", "heure française"],
    "es": ["hora local", "hora peninsular"],
    "pt": ["hora local", "horário local", "horário de brasília"],
    "nl": ["lokale tijd", "nederlandse tijd"],
}
# "waktu Washington", "heure de Kyiv", "hora de Madrid": a capitalised place after the word.
# Values: (the word, the pattern before the place).
_ZONE_OF_PLACE: dict[str, tuple[str, str]] = {
    "id": ("waktu", r"(?<![Pp]ada )waktu"), "ms": ("waktu", "waktu"),
    "fr": ("heure", "heure de"), "es": ("hora", "hora de"), "pt": ("horário", "horário de"),
}
_ZONE_ABBREVIATIONS = [
    "WIB", "WITA", "WIT", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "JST", "KST",
    "AEST", "AEDT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "HKT", "SGT", "MEZ",
    "MESZ",
]
# "Moscow time", "Eastern time", but not "Some time" or "Last time".
_NOT_A_PLACE = frozenset({
    "some", "this", "that", "each", "every", "last", "next", "first", "any", "no", "the",
    "prime", "full", "part", "over", "half", "extra", "real", "long", "same", "other", "one",
    "what", "which", "by", "at", "in", "on", "for", "from", "free", "short", "lead", "screen",
    "game", "down", "bed", "meal", "tea", "question", "injury", "summer", "winter", "peak",
    "record", "due", "good", "hard", "high", "about", "a", "an", "his", "her", "their",
    "our", "my", "your", "its", "around", "all", "old",
    "shalat", "salat", "sholat", "solat",  # "waktu Shalat Zuhur": prayer time, no zone
})

_FUTURE_MARKERS: dict[str, tuple[str, ...]] = {
    "id": ("akan", "bakal", "dijadwalkan", "terjadwal", "rencananya", "direncanakan",
           "berencana", "mendatang", "depan", "nanti", "besok", "segera"),
    "ms": ("akan", "dijadualkan", "dijangka", "dirancang", "akan datang", "depan"),
    "en": ("will", "'ll", "shall", "scheduled", "is set to", "are set to", "planned", "plans to",
           "plan to", "expected to", "upcoming", "next", "tomorrow", "due to"),
    "de": ("wird", "werden", "soll", "sollen", "geplant", "kommende", "kommenden", "nächste",
           "nächsten", "morgen"),
    "fr": ("va", "vont", "sera", "seront", "prévu", "prévue", "prochain", "prochaine", "demain"),
    "es": ("va a", "van a", "será", "serán", "previsto", "prevista", "próximo", "próxima",
           "mañana"),
    "pt": ("vai", "vão", "será", "serão", "previsto", "prevista", "próximo", "próxima",
           "amanhã"),
    "nl": ("zal", "zullen", "gepland", "volgende", "komende", "morgen"),
}


def _base(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].casefold()


def _with_english(table: dict[str, list[str]], lang: str) -> list[str]:
    words = list(table.get(_base(lang), []))
    for word in table.get("en", []):
        if word not in words:
            words.append(word)
    return words


def future_markers(lang: str) -> tuple[str, ...]:
    """Words that mark a statement as about the future, for ``lang`` plus English.

    Lower-case; match them on word boundaries. ``akan``, ``dijadwalkan``, ``rencananya``,
    ``mendatang`` (id); ``will``, ``scheduled``, ``next`` (en).
    """
    own = _FUTURE_MARKERS.get(_base(lang), ())
    return tuple(dict.fromkeys(own + _FUTURE_MARKERS["en"]))


def _alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation of literal words, longest first so the longest spelling wins."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", _SP1) for word in ordered)


def _reversed_alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    """:func:`_alternation` of the words spelt backwards, for the look-back patterns."""
    return _alternation({word[::-1] for word in words})


def _reversed_names_re(names: set[str], full: frozenset[str]) -> str:
    """:func:`_names_re` for text read backwards (the optional full stop comes first)."""
    whole = [name for name in names if name in full]
    short = [name for name in names if name not in full]
    parts = []
    if whole:
        parts.append(f"{_RLA}(?:{_reversed_alternation(whole)})")
    if short:
        parts.append(f"\\.?{_RLA}(?:{_reversed_alternation(short)})")
    return f"(?:{'|'.join(parts)}){_RLB}" if parts else "(?!)"


def _names_re(names: set[str], full: frozenset[str]) -> str:
    """Names as a regex; a full name never takes a following full stop (it ends a sentence),
    an abbreviation or alias may (``Sept.``, ``Tues.``, ``janv.``)."""
    whole = [name for name in names if name in full]
    short = [name for name in names if name not in full]
    parts = []
    if whole:
        parts.append(f"(?:{_alternation(whole)}){_LA}")
    if short:
        parts.append(f"(?:{_alternation(short)}){_LA}\\.?")
    return f"{_LB}(?:{'|'.join(parts)})" if parts else "(?!)"


@cache
def _capitalised_only(lang: str) -> frozenset[str]:
    """The names that need a capital letter to count, for ``lang`` plus English."""
    base = _base(lang)
    own = _CAPITALISED_ONLY.get(base, frozenset())
    if base == "en":
        return own
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return own | _CAPITALISED_ONLY["en"]
    own_names = {
        name.rstrip(".").casefold()
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
        for table in (get_day_names(width, context=context, locale=locale),
                      get_month_names(width, context=context, locale=locale))
        for name in table.values()
    }
    return own | (_CAPITALISED_ONLY["en"] - own_names)


def _full_names(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The wide CLDR weekday and month names of ``lang`` and English, lower-cased."""
    weekdays: set[str] = set()
    months: set[str] = set()
    for code in dict.fromkeys([lang.replace("-", "_"), "en"]):
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for context in ("format", "stand-alone"):
            weekdays.update(
                name.casefold()
                for name in get_day_names("wide", context=context, locale=locale).values()
            )
            months.update(
                name.casefold()
                for name in get_month_names("wide", context=context, locale=locale).values()
            )
    return frozenset(weekdays), frozenset(months)


# --- compiled patterns -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Patterns:
    names: CalendarNames
    english_months: frozenset[str]
    month_first_language: bool
    ordinal_dot: bool
    """Whether the language writes ordinals with a full stop (``25. Juni``), so that a number
    and a full stop need not end a sentence."""
    short_names: frozenset[str]
    capitalised_only: frozenset[str]
    """Abbreviated day and month names: a full stop after one does not end a sentence."""
    honorifics: frozenset[str]
    """The lexicon's honorifics (``mr``, ``pak``), folded: before a weekday they make it a name."""
    place_heads: frozenset[str]
    """The words that open a place's name before a weekday (lexicon ``weekday_place_heads`` of the
    language alone: ``pasar``, ``jalan``), folded: capitalised before a weekday they make it the
    place's name (``Pasar Minggu``). English has none: its places end with their noun, and a
    weekday after one is the day (``at Harvard University Monday, Sept. 3``)."""
    scanner: re.Pattern[str]
    numeric_range: re.Pattern[str]
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    day_month: re.Pattern[str]
    month_first: re.Pattern[str]
    weekday_after: re.Pattern[str]
    close_paren_after: re.Pattern[str]
    range_join: re.Pattern[str]
    # Looking back: what stands before a date is matched on the text before it read backwards
    # (``text[lo:start][::-1]``), with patterns built from reversed names and anchored at the
    # date. One anchored attempt instead of a search over the window, so the work per date is
    # bounded by the window and by nothing else.
    weekday_before: re.Pattern[str]
    month_before: re.Pattern[str]
    numeric_cue_before: re.Pattern[str]
    open_paren_before: re.Pattern[str]
    zone: re.Pattern[str]
    relative: re.Pattern[str]
    relative_kinds: dict[str, str]
    relative_words: tuple[str, ...]
    """Lower-case first words of the relative phrases, to find where one may start."""
    zone_words: tuple[str, ...]
    """Lower-case first words of the zone phrases (``waktu``, ``local``, ``heure``)."""
    month_year: re.Pattern[str]
    """A month's name and a year with no day (``September 2024``, ``Sept. 2024``)."""


_WINDOW = 90
"""How far before a date the weekday may start (weekday range, day part and cue words)."""
_MONTH_WINDOW = 24
"""How far before a day number the month of ``September 3`` may start."""


@cache
def _patterns(lang: str) -> _Patterns:
    names = calendar_names(lang)
    base = _base(lang)
    wide = set(names.weekdays_wide)
    abbreviated = set(names.weekdays_abbreviated) - wide
    months = set(names.months)
    flags = re.IGNORECASE
    full_weekdays, full_months = _full_names(lang)

    wide_re = _names_re(wide, full_weekdays)
    abbr_re = _names_re(abbreviated, frozenset())
    month_re = _names_re(months, full_months)
    range_word = f"(?:{_SP0}{_DASH}{_SP0}|{_SP1}(?:{_alternation(_RANGE_WORDS)}){_SP1})"

    # Before the date, read backwards. Forwards the shape is:
    #   [malam] WEEKDAY [-|dan WEEKDAY] [DAY-PART] [,] [tanggal|the|den] [(]  DATE
    # or, for an abbreviated weekday, only:  ABBR [,] [(]  DATE
    wide_back = _reversed_names_re(wide, full_weekdays)
    abbr_back = _reversed_names_re(abbreviated, frozenset())
    range_back = (
        f"(?:{_SP0}{_DASH}{_SP0}|{_SP1}(?:{_reversed_alternation(_RANGE_WORDS)}){_SP1})"
    )
    evening = _EVENING_BEFORE.get(base)
    evening_back = f"(?:{_SP1}(?P<eve>{re.escape(evening[::-1])}){_RLB})?" if evening else ""
    # A clock time between the weekday and the date, read backwards: a zone, "am"/"pm", the
    # minutes, the hour, the word before it; a bare hour needs its word ("pukul 10", "at 10").
    zone_back = _reversed_alternation(_ZONE_ABBREVIATIONS)
    clock_word_back = f"{_SP1}(?:{_reversed_alternation(_with_english(_CLOCK_WORDS, lang))}){_RLB}"
    meridiem_back = r"\.?m\.?[ap]"
    clock_back = (
        f"(?:{_RLA}(?:{zone_back}){_SP1})?"
        f"(?:(?:{_RLA}{meridiem_back}{_SP0})?\\d{{2}}[.:]\\d{{1,2}}(?:{clock_word_back})?"
        f"|{_RLA}{meridiem_back}{_SP0}\\d{{1,2}}(?:{clock_word_back})?"
        f"|\\d{{1,2}}{clock_word_back})"
    )
    weekday_before = (
        f"(?:(?P<po>{_SP0}\\()?(?:{_SP1}(?:{_reversed_alternation(_DATE_WORDS)}))?"
        f"{_SP0}(?:,{_SP0})?"
        f"(?:{_SP0}(?:{clock_back})(?!\\d){_SP0}(?:,{_SP0})?)?"
        f"(?:{_RLA}(?P<part>{_reversed_alternation(_with_english(_DAY_PARTS, lang))}){_SP1})?"
        f"(?:(?P<w2>{wide_back}){range_back})?(?P<w1>{wide_back}){evening_back}"
        f"|(?P<pa>{_SP0}\\()?{_SP0}(?:,{_SP0})?(?P<a1>{abbr_back}))"
    )
    day = r"(?P<d1>\d{1,2})"
    year4 = r"(?P<y>\d{4})(?!\d)"
    zone_phrases = _with_english(_ZONE_PHRASES, lang)
    place = _ZONE_OF_PLACE.get(base)
    zone_parts = [
        f"(?i:{_LB}(?:{_alternation(zone_phrases)}){_LA})",
        rf"\b(?:{'|'.join(_ZONE_ABBREVIATIONS)})\b",
        rf"(?:(?<=[:.]\d)\d|[ap]\.m\.){_SP0}\b(?P<us>ET|CT|MT|PT)\b",  # (after a clock time: _US_ZONE_BEFORE)
        rf"\b(?P<place>[A-Z][\w'’-]{{1,30}}){_SP1}[Tt]ime\b",
    ]
    if place:
        zone_parts.append(rf"\b{place[1]}{_SP1}(?P<local>[A-Z][\w'’-]{{1,30}})")
    relative, kinds, relative_words = _relative_pattern(lang, names)
    return _Patterns(
        names=names,
        english_months=frozenset(calendar_names("en").months),
        month_first_language=not names.day_first,
        ordinal_dot=base in _ORDINAL_DOT,
        capitalised_only=_capitalised_only(lang),
        honorifics=_honorifics(lang),
        place_heads=_place_heads(lang),
        short_names=frozenset((wide - full_weekdays) | abbreviated | (months - full_months)),
        # A standalone day (1-2 digits) or year (4 digits): not inside a longer number, not
        # after a decimal separator or a clock colon.
        # It starts with an ASCII digit class, which the engine skips to at C speed (a Unicode
        # class would be tried at every character); news copy writes dates in ASCII digits.
        # Not an ordinal's number either: Indonesian "pekan ke-2 Oktober" is a week, not 2 October.
        scanner=re.compile(r"[0-9](?<![\w/:][0-9])(?<![0-9][.,][0-9])" + _ORDINAL_PREFIX.get(base, "")
                           + r"(?:[0-9]{3}|[0-9]?)(?![0-9])"),
        numeric_range=re.compile(
            rf"{day}{_SP0}{_DASH}{_SP0}(?P<d2>\d{{1,2}})/(?P<m>\d{{1,2}})"
            r"(?:/(?P<y>\d{4}|\d{2}))?(?![\d/]|[.,]\d)(?!\w)"
        ),
        # Not followed by more digits (a decimal, a longer number), except a clock time glued
        # to a four-digit year by a comma: "Rabu 15-11-2016,13:39 WIB".
        # A year of three or five digits is left out of the date, which KL106 then reports:
        # "Selasa (13/8/209)", "Selasa (23/04/209)" (when no year of two or four digits was read).
        numeric=re.compile(
            r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?"
            r"(?:(?<=[/.-][0-9]{4})(?=,[0-9]{1,2}[:.][0-9]{2}(?![0-9]))|(?![\d/]|[.,-]\d)"
            r"|(?(y)(?!)|(?=(?P=sep)(?:[0-9]{3}|[0-9]{5})(?![0-9]))))(?!\w)"
        ),
        iso=re.compile(
            r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d]|[.,]\d)"
        ),
        day_month=re.compile(
            f"{day}{_ORDINAL}?(?:{range_word}(?P<d2>\\d{{1,2}}){_ORDINAL}?)?"
            # (a comma after an English ordinal too, when a year follows the month: "Friday, 22nd,
            # January 2022"; not a ranking, "finished 1st, June Patel 2nd")
            f"(?:\\.{_SP0}|(?<=st|nd|rd|th),{_SP1}(?=[^\\W\\d_]{{3,12}}\\.?,?{_SP1}[0-9]{{4}}(?![0-9]))|{_SP1})"
            f"(?:(?:de|of|the){_SP1})?(?P<mon>{month_re})"
            f"(?:,?{_SP1}(?:de{_SP1})?{year4})?",
            flags,
        ),
        month_first=re.compile(
            f"{day}(?:st|nd|rd|th)?(?:{range_word}(?P<d2>\\d{{1,2}})(?:st|nd|rd|th)?)?"
            f"(?!\\d|[.,:]\\d|{_SP0}%)(?![^\\W\\d_])(?:,?{_SP1}{year4})?",
            flags,
        ),
        weekday_after=re.compile(
            f"{_SP0}\\({_SP0}(?:(?P<w1>{wide_re})|(?P<a1>{abbr_re})){_SP0}\\)", flags
        ),
        close_paren_after=re.compile(f"{_SP0}[),]"),
        range_join=re.compile(
            f"{_SP0}{_DASH}{_SP0}|{_SP1}(?:hingga|sampai|s\\.d\\.|to|until|through|bis|au|al|a)"
            f"{_SP1}",
            flags,
        ),
        weekday_before=re.compile(weekday_before, flags),
        month_before=re.compile(
            # (an abbreviation's full stop may stand for the space: "Oct.4")
            f"(?:{_SP1}(?:eht{_SP1})?|(?=\\.[^\\W\\d_]))(?P<mon>{_reversed_names_re(months, full_months)})", flags
        ),
        numeric_cue_before=re.compile(
            f"{_SP1}(?:{_reversed_alternation(_NUMERIC_DATE_CUES)}){_RLB}", flags
        ),
        open_paren_before=re.compile(f"{_SP0}\\("),
        zone=re.compile("|".join(zone_parts)),
        relative=relative,
        relative_kinds=kinds,
        relative_words=relative_words,
        zone_words=tuple(sorted(
            {phrase.split()[0].lower() for phrase in zone_phrases}
            | ({place[0]} if place else set())
        )),
        month_year=re.compile(f"{_LB}(?P<m>{month_re})\\.?,?{_SP1}{year4}", flags),
    )


def _back(text: str, start: int, width: int) -> tuple[str, int]:
    """The ``width`` characters before ``start``, reversed, and the offset they end at."""
    return text[max(0, start - width):start][::-1], start


def _forward_span(found: re.Match[str], group: str, end: int) -> tuple[int, int]:
    """Where a group of a look-back match lies in the original text (``end`` = anchor)."""
    return end - found.end(group), end - found.start(group)


# Relative phrases: (kind, spellings) per language; "WD" stands for a wide weekday name.
_RELATIVE: dict[str, list[tuple[str, list[str]]]] = {
    "id": [
        ("day-before-yesterday", ["kemarin lusa"]),
        ("yesterday", ["kemarin"]),
        ("overnight", ["semalam", "tadi malam"]),
        ("today", ["hari ini", "pagi ini", "siang ini", "sore ini", "malam ini"]),
        ("tomorrow", ["besok"]),
        ("this-week", ["minggu ini", "pekan ini"]),
        ("last-week", ["minggu lalu", "pekan lalu", "minggu kemarin", "pekan kemarin"]),
        ("next-week", ["minggu depan", "pekan depan"]),
        ("last-weekday", ["WD lalu", "WD kemarin"]),
        ("next-weekday", ["WD depan"]),
        ("this-weekday", ["WD ini"]),
    ],
    "en": [
        ("yesterday", ["yesterday"]),
        ("overnight", ["overnight", "last night"]),
        ("today", ["today", "tonight", "this morning", "this afternoon", "this evening"]),
        ("tomorrow", ["tomorrow"]),
        ("this-week", ["this week"]),
        ("last-week", ["last week"]),
        ("next-week", ["next week"]),
        ("last-weekday", ["last WD"]),
        ("next-weekday", ["next WD"]),
        ("this-weekday", ["this WD"]),
    ],
    "de": [
        ("day-before-yesterday", ["vorgestern"]),
        ("yesterday", ["gestern"]),
        ("today", ["heute"]),
        ("this-week", ["diese woche", "dieser woche"]),
        ("last-week", ["letzte woche", "letzten woche", "vergangene woche", "vergangenen woche"]),
        ("next-week", ["nächste woche", "nächsten woche"]),
        ("last-weekday", ["letzten WD", "vergangenen WD"]),
    ],
    "fr": [
        ("day-before-yesterday", ["avant-hier"]),
        ("yesterday", ["hier"]),
        ("today", ["aujourd'hui", "aujourd’hui"]),
        ("tomorrow", ["demain"]),
        ("this-week", ["cette semaine"]),
        ("last-week", ["la semaine dernière", "la semaine passée"]),
        ("next-week", ["la semaine prochaine"]),
        ("last-weekday", ["WD dernier"]),
        ("next-weekday", ["WD prochain"]),
    ],
    "es": [
        ("day-before-yesterday", ["anteayer", "antier"]),
        ("yesterday", ["ayer"]),
        ("today", ["hoy"]),
        ("this-week", ["esta semana"]),
        ("last-week", ["la semana pasada"]),
        ("next-week", ["la semana próxima", "la próxima semana", "la semana que viene"]),
        ("last-weekday", ["el WD pasado"]),
        ("next-weekday", ["el próximo WD"]),
    ],
}
_RELATIVE["ms"] = _RELATIVE["id"]
_RELATIVE_DAYS = {"day-before-yesterday": -2, "yesterday": -1, "overnight": -1, "today": 0,
                  "tomorrow": 1}
_WEEK_KINDS = {"last-week": -7, "this-week": 0, "next-week": 7}


def _relative_pattern(
    lang: str, names: CalendarNames
) -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...]]:
    base = _base(lang)
    english = set(calendar_names("en").weekdays_wide)
    # Each table's weekday phrases use that language's names: "Jumat lalu", "last Friday".
    # "Minggu lalu" is "last week", not "last Sunday": the week phrases are listed first and
    # the weekday forms never use the word that also means "week".
    own = [name for name in names.weekdays_wide
           if name not in _capitalised_only(lang) and (base == "en" or name not in english)]
    tables = [(_RELATIVE.get(base, []), own)]
    if base != "en":
        tables.append((_RELATIVE["en"], sorted(english)))
    branches: list[str] = []
    kinds: dict[str, str] = {}
    first_words: set[str] = set()
    for table, weekday_names in tables:
        weekday = f"(?P<wd{{n}}>{_alternation(weekday_names)})"
        for kind, spellings in table:
            for spelling in spellings:
                first = spelling.split()[0]
                first_words.update(
                    [name.lower() for name in weekday_names] if first == "WD" else [first.lower()]
                )
                n = len(branches)
                escaped = re.escape(spelling).replace(r"\ ", _SP1)
                escaped = escaped.replace("WD", weekday.format(n=n))
                branches.append(f"(?P<k{n}>{escaped})")
                kinds[f"k{n}"] = kind
    if not branches:
        return re.compile(r"(?!)"), kinds, ()
    # Longest spellings first inside one alternation would reorder groups; instead each branch
    # is tried in table order, and tables list the longer phrases ("kemarin lusa") first.
    # The leading look-ahead rejects non-letters before the alternation is tried at all.
    pattern = f"(?=[^\\W\\d_]){_LB}(?:{'|'.join(branches)}){_LA}"
    return re.compile(pattern, re.IGNORECASE), kinds, tuple(sorted(first_words))


# --- years -----------------------------------------------------------------------------------


_CLEAR_CHOICE = 2
"""A yearless date is clearly in the nearest year when the next nearest is at least this many
times farther from the reference; otherwise (a date some six months away) the weekday written
with it, or a lean towards the past, decides."""
_PAST_LEAN_DAYS = 30
"""Between two such years, the past wins unless the future one is more than this much nearer:
news is mostly about what has happened."""


def infer_year(day: int, month: int, reference: dt.date, *, weekday: int | None = None,
               lean: Literal["past", "future"] | None = None, offset: int | None = None) -> int | None:
    """The year among reference −1, 0, +1 that puts day/month nearest the reference date.

    ``31/12`` in an article of 1 January is last year. None when the day/month exists in none
    of the three (``31/6``; ``29/2`` far from a leap year). Words next to the date narrow it:
    ``offset`` fixes the year (``tahun lalu``, ``last year``: −1), ``lean`` keeps the dates on
    or before (``past``: ``18 Maret lalu``, ``since``) or after the reference (``future``).
    When the nearest year is not clearly nearest (the date is about six months away), the year
    in which the written ``weekday`` (0 = Monday) fits wins, and else the past one unless the
    future one is more than a month nearer. On an exact tie the earlier year wins.
    """
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if offset is not None:
        year = reference.year + offset
        valid = dt.MINYEAR <= year <= dt.MAXYEAR and day <= _month_length(year, month)
        return year if valid else None
    origin = reference.toordinal()
    candidates: list[tuple[int, int, dt.date]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if not (dt.MINYEAR <= year <= dt.MAXYEAR) or day > _month_length(year, month):
            continue
        date = dt.date(year, month, day)
        candidates.append((abs(date.toordinal() - origin), year, date))
    if lean is not None:
        leaning = [c for c in candidates if (c[2] <= reference if lean == "past" else c[2] >= reference)]
        candidates = leaning or candidates
    if not candidates:
        return None
    candidates.sort()
    nearest = candidates[0]
    if len(candidates) == 1 or candidates[1][0] >= _CLEAR_CHOICE * nearest[0]:
        return nearest[1]
    pair = candidates[:2]
    if weekday is not None:
        fitting = [c for c in pair if c[2].weekday() == weekday]
        if len(fitting) == 1:
            return fitting[0][1]
    second = candidates[1]
    if nearest[2] > reference >= second[2] and second[0] - nearest[0] <= _PAST_LEAN_DAYS:
        return second[1]
    return nearest[1]


# Words next to a yearless date that say which year it is in: ``18 Maret tahun lalu`` (the
# year before publication's), ``18 Maret lalu`` and ``sejak 18 Maret`` (on or before the
# publication), ``18 Maret mendatang`` (after it).
_YEAR_AFTER: dict[str, dict[str, int]] = {
    "id": {"tahun lalu": -1, "tahun kemarin": -1, "tahun ini": 0, "tahun depan": 1,
           "tahun mendatang": 1},
    "ms": {"tahun lalu": -1, "tahun lepas": -1, "tahun ini": 0, "tahun depan": 1,
           "tahun hadapan": 1},
    "en": {"last year": -1, "this year": 0, "next year": 1},
}
_LEAN_AFTER: dict[str, dict[str, Literal["past", "future"]]] = {
    "id": {"lalu": "past", "yang lalu": "past", "silam": "past", "mendatang": "future",
           "yang akan datang": "future"},
    "ms": {"lalu": "past", "lepas": "past", "akan datang": "future"},
    "en": {},
}
_LEAN_BEFORE: dict[str, dict[str, Literal["past", "future"]]] = {
    "id": {"sejak": "past", "semenjak": "past"},
    "ms": {"sejak": "past", "semenjak": "past"},
    "en": {"since": "past"},
}


@cache
def _lean_before(lang: str) -> dict[str, Literal["past", "future"]]:
    """The words right before a yearless date that lean it (``since``), and the lexicon's
    ``year_past_cues``: a verb in the past tense that tells what was said or done on that day
    (``explained Feb. 22``, AP's style without "on")."""
    from klaim.lexicon import lexicon

    base = _base(lang)
    lean: dict[str, Literal["past", "future"]] = dict(_LEAN_BEFORE.get(base, _LEAN_BEFORE["en"]))
    for word in lexicon(lang).get("year_past_cues", ()):
        lean.setdefault(word.casefold(), "past")
    return lean


@cache
def _year_cue_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    base = _base(lang)
    after = {**_LEAN_AFTER.get(base, _LEAN_AFTER["en"]), **_YEAR_AFTER.get(base, _YEAR_AFTER["en"])}
    before = _lean_before(lang)
    # Right after the date, with no comma: "pada 18 Maret lalu di Jakarta" is last March; after
    # a comma, "18 Maret, lalu dilanjutkan" is "and then", and "14 Februari, tahun lalu partai
    # itu kalah" starts a clause of its own.
    after_re = re.compile(rf"{_SP1}(?i:{_alternation(set(after)) or '(?!)'}){_LA}")
    before_re = re.compile(rf"{_LB}(?i:{_alternation(set(before)) or '(?!)'}){_SP1}\Z")
    return after_re, before_re


def year_cue(text: str, start: int, end: int, lang: str, *,
             verb_cues: bool = True) -> tuple[int | None, Literal["past", "future"] | None]:
    """What the words next to the yearless date ``text[start:end]`` say of its year: a fixed
    offset from the publication year, or a lean to the past or the future (:func:`infer_year`).
    Without ``verb_cues`` a past-tense verb before the date (``year_past_cues``) says nothing:
    with a weekday written next to the date, the year nearest the publication is taken and the
    weekday breaks a near tie (``said Tuesday, Feb. 22, will be the vote`` is a coming Tuesday)."""
    after_re, before_re = _year_cue_patterns(lang)
    base = _base(lang)
    found = after_re.match(text, end)
    if found is not None:
        word = re.sub(r"\s+", " ", found.group().strip().casefold())
        years = _YEAR_AFTER.get(base, _YEAR_AFTER["en"])
        if word in years:
            return years[word], None
        return None, _LEAN_AFTER.get(base, _LEAN_AFTER["en"]).get(word)
    found = before_re.search(text, max(0, start - _CUE_REACH), start)
    if found is not None:
        word = found.group().strip().casefold()
        if not verb_cues and word not in _LEAN_BEFORE.get(base, _LEAN_BEFORE["en"]):
            return None, None
        return None, _lean_before(lang).get(word)
    return None, None


_CUE_REACH = 24
"""The most characters read before a date for a word that leans its year (``since``,
``acknowledged``, ``semenjak``), with the spaces after it."""


_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_LENGTHS[month - 1]


def expand_two_digit_year(two_digits: int, reference_year: int) -> int:
    """The year ending in ``two_digits`` nearest ``reference_year`` (``24`` → 2024 in 2025).

    On a tie (50 years either way) the earlier century wins.
    """
    century = reference_year // 100 * 100
    candidates = [century - 100 + two_digits, century + two_digits, century + 100 + two_digits]
    return min(candidates, key=lambda year: (abs(year - reference_year), year))


# Without a dateline, two-digit years are read as the nearest to this year (1950–2049): a
# deterministic choice that does not depend on the day the check runs.
_DEFAULT_REFERENCE_YEAR = 2000


def _day_exists(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]


# --- extraction ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Core:
    """A date expression without its weekday: one or two days, month, optional year.

    Not frozen, though never changed: this and :class:`_Weekdays` are built for every date of
    every article, and a frozen dataclass pays a function call per field to build.
    """

    start: int
    end: int
    days: tuple[tuple[int, int, int], ...]  # (day, start, end) per day of the range
    month: int
    year: int | None
    year_span: tuple[int, int] | None
    form: str
    two_digit_year: bool = False
    month_span: tuple[int, int] = (0, 0)


def _month_span(match: re.Match[str], group: str) -> tuple[int, int]:
    """Span of a month as written, without the full stop of an abbreviation."""
    start, end = match.start(group), match.end(group)
    return (start, end - 1) if match.group(group).endswith(".") else (start, end)


def _group_span(match: re.Match[str], name: str) -> tuple[int, int]:
    return match.start(name), match.end(name)


def _days(match: re.Match[str], first: str, second: str | None) -> tuple[tuple[int, int, int], ...]:
    days = [(int(match.group(first)), *_group_span(match, first))]
    if second is not None and match.group(second) is not None:
        days.append((int(match.group(second)), *_group_span(match, second)))
    return tuple(days)


def _year(match: re.Match[str]) -> tuple[int | None, tuple[int, int] | None, bool]:
    written = match.group("y")
    if written is None:
        return None, None, False
    return int(written), _group_span(match, "y"), len(written) == 2


def _plausible_days(days: tuple[tuple[int, int, int], ...]) -> bool:
    """Days 1-31, and a range runs forwards (``2-3``, not ``3-2``, which is a score)."""
    return all(1 <= day <= 31 for day, _, _ in days) and (
        len(days) == 1 or days[0][0] < days[1][0]
    )


def _capitalised_ok(word: str, pats: _Patterns) -> bool:
    key = word.rstrip(".").casefold()
    return key not in pats.capitalised_only or word[:1].isupper()


_CLOCK_BEFORE = re.compile(r"(?i:pukul|jam|pkl?\.?)\s{1,3}\Z")
_CLOCK_AFTER = re.compile(
    rf"\s{{0,3}}(?:{'|'.join(_ZONE_ABBREVIATIONS)}|(?i:[ap]\.?m\.?|waktu\s+setempat|local\s+time))(?!\w)")


def _clock_time(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (three dot-separated numbers) is a time of day: after a clock
    word (``pukul``, ``jam``) or before a zone (``WIB``, ``p.m.``, ``local time``), and a
    possible hh.mm.ss. English ``at``, ``until`` and ``by`` take dates as often (``until
    10.12.23``)."""
    parts = text[start:end].split(".")
    if len(parts) != 3 or not (int(parts[0]) <= 23 and int(parts[1]) <= 59 and int(parts[2]) <= 59):
        return False
    return (_CLOCK_BEFORE.search(text, max(0, start - 12), start) is not None
            or _CLOCK_AFTER.match(text, end) is not None)


def _match_core(text: str, start: int, digits: str, pats: _Patterns) -> _Core | None:
    """The date expression whose day (or year, for ISO) starts at ``start``, if any."""
    if len(digits) == 4:
        found = pats.iso.match(text, start)
        if found is None:
            return None
        year, span, _ = _year(found)
        month, day = int(found.group("m")), int(found.group("d"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return _Core(start, found.end(), ((day, *_group_span(found, "d")),), month, year, span,
                     "iso", month_span=_group_span(found, "m"))

    found = pats.numeric_range.match(text, start)
    if found is not None and pats.names.day_first:
        month = int(found.group("m"))
        days = _days(found, "d1", "d2")
        if 1 <= month <= 12 and _plausible_days(days):
            year, span, short = _year(found)
            return _Core(start, found.end(), days, month, year, span, "numeric", short,
                         month_span=_group_span(found, "m"))

    found = pats.numeric.match(text, start)
    if found is not None:
        first, second = int(found.group("a")), int(found.group("b"))
        day, month = (first, second) if pats.names.day_first else (second, first)
        day_group = "a" if pats.names.day_first else "b"
        if not pats.names.day_first and not 1 <= month <= 12 and 1 <= second <= 12:
            # A month-first locale, but the first number cannot be a month (21/6): the writer
            # put the day first.
            day, month, day_group = first, second, "a"
        # Without a year only the slash makes a date: "3.9" is a decimal, "3-2" a score.
        dated = found.group("sep") == "/" or found.group("y") is not None
        if dated and found.group("sep") == "." and _clock_time(text, start, found.end()):
            dated = False  # "pukul 16.04.12 WIB": hours, minutes and seconds
        if 1 <= month <= 12 and 1 <= day <= 31 and dated:
            year, span, short = _year(found)
            days = ((day, *_group_span(found, day_group)),)
            month_group = "b" if day_group == "a" else "a"
            return _Core(start, found.end(), days, month, year, span, "numeric", short,
                         month_span=_group_span(found, month_group))

    found = pats.day_month.match(text, start)
    if found is not None and _capitalised_ok(found.group("mon"), pats):
        month_number = pats.names.month(found.group("mon"))
        days = _days(found, "d1", "d2")
        if month_number is not None and _plausible_days(days):
            year, span, _ = _year(found)
            return _Core(start, found.end(), days, month_number, year, span, "name",
                         month_span=_month_span(found, "mon"))

    back, anchor = _back(text, start, _MONTH_WINDOW)
    before = pats.month_before.match(back)
    if before is not None:
        month_start, month_end = _forward_span(before, "mon", anchor)
        month_word = text[month_start:month_end]
        key = month_word.rstrip(".").casefold()
        if _capitalised_ok(month_word, pats):
            found = pats.month_first.match(text, start)
            month_number = pats.names.month(month_word)
            if found is not None and month_number is not None:
                days = _days(found, "d1", "d2")
                year, span, _ = _year(found)
                # A day-first language's own month first only before a comma and the year, as
                # a blog's date line writes it ("Kamis, Maret 28, 2024"; not "Maret 28 orang …")
                if _plausible_days(days) and (
                        pats.month_first_language or key in pats.english_months
                        or (span is not None and "," in text[days[-1][2]:span[0]])):
                    if month_word.endswith("."):
                        month_end -= 1
                    return _Core(month_start, found.end(), days, month_number, year, span,
                                 "month-first", month_span=(month_start, month_end))
    return None


@dataclass(slots=True)
class _Weekdays:
    """The weekday (or the two of a range) written next to a date expression."""

    start: int
    weekdays: tuple[tuple[int, int, int], ...]  # (weekday, start, end)
    abbreviated: bool
    evening_before: bool
    open_paren: bool


def _weekday_before(text: str, core: _Core, pats: _Patterns) -> _Weekdays | None:
    back, anchor = _back(text, core.start, _WINDOW)
    found = pats.weekday_before.match(back)
    if found is None:
        return None
    spans: list[tuple[int, int, int]] = []
    abbreviated = found.group("a1") is not None
    groups = ("a1",) if abbreviated else ("w1", "w2")
    for group in groups:
        if found.group(group) is None:
            continue
        start, end = _forward_span(found, group, anchor)
        word = text[start:end]
        if word.endswith("."):
            word, end = word[:-1], end - 1
        if not _capitalised_ok(word, pats) and not (
                not abbreviated and found.group("po") is not None and found.group("part") is None
                and not _spans_time(text, start)):
            # (lower case, "minggu" is a week, "may" a verb; right before a date in parentheses it
            # is the day, "Saat ditemui, minggu (18/6/2012)", "hari minggu (15/6)", unless a count
            # or a word of a span stands before it: "dua minggu (3/9 …)", "awal minggu (10/6)")
            return None
        title = _TITLE_BEFORE.search(text, max(0, start - _TITLE_REACH), start)
        if title is not None and title.group(1).casefold() in pats.honorifics:
            return None  # "Mr. Friday, August 15", "Pak Minggu (15/6)": a name
        if title is not None and title.group(1)[0].isupper() and title.group(1).casefold() in pats.place_heads \
                and (len(title.group(1)) <= _ABBREVIATED_HEAD or not text.startswith(".", title.end(1))):
            # "di Pasar Minggu (2/10/2023)", "Jl. Minggu": a place ("ke pasar Minggu (2/10)" is a
            # day, and so is "… di pasar. Minggu (2/10)")
            return None
        if abbreviated and len(word) <= 2 and not word[:1].isupper():
            # Two-letter abbreviations (German "Di", "Do", "So") are ordinary lower-case words.
            return None
        number = pats.names.weekday(word, allow_abbreviated=abbreviated)
        if number is None:
            return None
        spans.append((number, start, end))
    if not abbreviated and found.group("part") is not None:
        part = found.group("part")[::-1].casefold()
        first = text[spans[0][1]:spans[0][2]].casefold()
        if first == "minggu" and part in {"ini", "lalu", "depan", "kemarin"}:
            return None  # "Minggu ini" is "this week", not "this Sunday"
    # Written order: the reversed pattern meets the second weekday of a range first.
    spans.sort(key=lambda span: span[1])
    evening = "eve" in pats.weekday_before.groupindex and found.group("eve") is not None
    paren = found.group("pa" if abbreviated else "po") is not None
    return _Weekdays(anchor - found.end(), tuple(spans), abbreviated, evening, paren)


_WORD_BEFORE = re.compile(r"([^\W_][\w-]*)[^\S\r\n]+\Z")
_SPAN_WORDS = frozenset({"awal", "akhir", "pertengahan", "tengah", "sepanjang", "selama", "untuk", "per",
                         "setiap", "tiap", "minggu", "pekan", "sebelas", "belasan", "puluhan", "kedua", "ketiga",
                         "keempat", "kelima", "terakhir"})
"""Indonesian words before "minggu" that make it a span of time (``awal minggu``, ``selama
minggu``), like the counts of ``_DAY_COUNTS`` (``dua minggu``)."""


def _spans_time(text: str, at: int) -> bool:
    """Whether a count or a word of a span stands right before the word at ``at`` (``dua minggu``,
    ``3 minggu``, ``awal minggu``): a week, not a day."""
    before = _WORD_BEFORE.search(text, max(0, at - _DAY_BEFORE_REACH), at)
    if before is None:
        return False
    word = before.group(1).casefold()
    return word[0].isdigit() or word in _DAY_COUNTS or word in _SPAN_WORDS


def _weekday_after(text: str, core: _Core, pats: _Patterns) -> tuple[_Weekdays, int] | None:
    found = pats.weekday_after.match(text, core.end)
    if found is None:
        return None
    group = "w1" if found.group("w1") is not None else "a1"
    word = found.group(group)
    number = pats.names.weekday(word, allow_abbreviated=group == "a1")
    if number is None or not _capitalised_ok(word, pats):
        return None
    end = found.end(group) - (1 if word.endswith(".") else 0)
    weekdays = _Weekdays(core.start, ((number, found.start(group), end),), group == "a1",
                         False, False)
    return weekdays, found.end()


def _is_parenthesised(text: str, core: _Core, pats: _Patterns) -> bool:
    opened = pats.open_paren_before.match(_back(text, core.start, 4)[0])
    return opened is not None and pats.close_paren_after.match(text, core.end) is not None


# Starts with a character class so the regex engine skips to candidates at C speed.
_BOUNDARY = re.compile(r"[.!?…\r\n](?:(?<=[.!?…])[\"'”’)»]{0,3}[^\S\r\n]{1,4}|(?<=[\r\n]))")
_US_ZONE_BEFORE = re.compile(r"(?:(?<=[:.]\d)\d|[ap]\.m\.)[^\S\r\n]{0,3}\Z")
"""The end of a clock time right before a US zone's letters (``9 p.m. ET``, ``21:00 PT``): a
number alone is none (``Divisi 5 PT RAA``: PT opens a company's name)."""
_US_ZONES = ("ET", "CT", "MT", "PT")
# Case-sensitive literals first, so the engine skips to capital letters at C speed.
_ZONE_ABBREVIATION = re.compile(
    "|".join(sorted([*_ZONE_ABBREVIATIONS, *_US_ZONES], key=len, reverse=True))
)
# Languages whose ordinals take a full stop (``25. Juni``, ``3. září``): CLDR's ordinal
# number patterns of these end in ".".
_ORDINAL_DOT = frozenset({"de", "da", "nb", "nn", "no", "fi", "cs", "sk", "pl", "hu", "hr", "sl",
                          "sr", "bs", "et", "lv", "lt", "is", "fo", "tr"})
_NOT_SENTENCE_END = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "jr", "sr", "st", "gen", "sen", "rep", "gov", "lt", "col",
    "no", "vs", "inc", "corp", "co", "ltd", "jl", "kol", "brigjen", "irjen", "mayjen", "letjen",
    "bpk", "ny", "sdr", "hlm", "tgl", "dll", "dsb", "nr", "bzw", "mme", "mlle", "sra",
})
_SENTENCE_REACH = 400


def _is_boundary(text: str, match: re.Match[str], pats: _Patterns) -> bool:
    """Whether a full stop (or other end mark) found by ``_BOUNDARY`` ends a sentence."""
    if match.group()[0] in "\r\n!?…":
        return True
    end = match.start()
    lo = max(0, end - 21)
    token_start = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end), text.rfind("\t", lo, end))
    token = text[max(token_start + 1, lo):end].lstrip("(\"'“‘").casefold()
    # "Sept. 3", "a.m. ET", "Gen. Smith", "Jl. Sudirman", "J. Smith" do not end a sentence;
    # a number does ("as early as Oct. 6. House Speaker …"), unless the language writes
    # ordinals with a full stop ("am 6. Oktober").
    if token.isdigit():
        if pats.ordinal_dot:
            return False
    elif len(token) <= 1 or "." in token or token in _NOT_SENTENCE_END:
        return False
    if token in pats.short_names:
        return False
    following = text[match.end():match.end() + 2].lstrip("\"'“‘(«")
    return following[:1].isupper() or following[:1].isdigit()


def sentence_span(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from after the previous sentence end to the next.

    Line breaks end sentences; a full stop after an abbreviation (``Sept.``, ``a.m.``, ``Jl.``)
    does not. Bounded to a few hundred characters each way, so it costs the same on any text.
    """
    pats = _patterns(lang)
    left = max(0, start - _SENTENCE_REACH)
    # The last sentence end before the span: tried from the nearest, usually the first tried.
    for found in reversed(list(_BOUNDARY.finditer(text, left, start))):
        if _is_boundary(text, found, pats):
            left = found.end()
            break
    right = min(len(text), end + _SENTENCE_REACH)
    for found in _BOUNDARY.finditer(text, end, right):
        if _is_boundary(text, found, pats):
            right = found.start() + 1 if found.group()[0] not in "\r\n" else found.start()
            break
    return left, right


@cache
def _future_pattern(lang: str) -> re.Pattern[str]:
    parts = []
    for marker in future_markers(lang):
        escaped = re.escape(marker).replace(r"\ ", _SP1)
        parts.append(f"{_LB}{escaped}{_LA}" if marker[:1].isalpha() else f"{escaped}{_LA}")
    return re.compile("|".join(parts), re.IGNORECASE)


def future_marker_in(text: str, lang: str) -> str | None:
    """The first word of :func:`future_markers` standing as a whole word in ``text``, or None."""
    found = _future_pattern(lang).search(text)
    return found.group() if found else None


def match_case(word: str, like: str) -> str:
    """``word`` with the letter case of ``like`` (``SELASA``, ``selasa`` or ``Selasa``)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].islower():
        return word.lower()
    return word[:1].upper() + word[1:]


_Width = Literal["wide", "abbreviated"]
_WIDTHS: tuple[_Width, ...] = ("wide", "abbreviated")


def _own_name_language(word: str, lang: str, kind: str) -> tuple[str, _Width]:
    """Which language (``lang`` or English) and width a written day or month name is in."""
    key = word.rstrip(".").casefold()
    for code in dict.fromkeys([lang.replace("-", "_"), "en"]):
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        getter = get_day_names if kind == "day" else get_month_names
        for width in _WIDTHS:
            for context in ("format", "stand-alone"):
                names = getter(width, context=context, locale=locale).values()
                if key in {name.rstrip(".").casefold() for name in names}:
                    return code, width
    return lang.replace("-", "_"), "wide"


@cache
def weekday_word(weekday: int, lang: str, like: str) -> str:
    """The name of ``weekday`` as the article would write it in place of the word ``like``.

    Same language (the article's or English) and width (wide or abbreviated) as ``like``, and
    the same letter case: ``Kamis`` for ``Jumat``, ``Thu`` for ``Fri``, ``jeudi`` for ``vendredi``.
    """
    code, width = _own_name_language(like, lang, "day")
    try:
        name = str(get_day_names(width, locale=Locale.parse(code))[weekday])
    except (UnknownLocaleError, ValueError):
        name = str(get_day_names(width, locale=Locale.parse("en"))[weekday])
    if width == "abbreviated" and not like.endswith("."):
        name = name.rstrip(".")
    return match_case(name, like)


@cache
def month_word(month: int, lang: str, like: str) -> str:
    """The name of ``month`` in the language, width and letter case of the written ``like``."""
    code, width = _own_name_language(like, lang, "month")
    try:
        name = str(get_month_names(width, locale=Locale.parse(code))[month])
    except (UnknownLocaleError, ValueError):
        name = str(get_month_names(width, locale=Locale.parse("en"))[month])
    return match_case(name.rstrip("."), like)


def number_like(value: int, written: str) -> str:
    """``value`` written like ``written``: zero-padded when it was (``03`` → ``04``)."""
    return str(value).zfill(len(written)) if written.startswith("0") else str(value)


def replace_in_mention(mention: DateMention, edits: list[tuple[int, int, str]]) -> str:
    """The mention's text with spans (absolute offsets inside it) replaced: a suggested fix."""
    result = mention.text
    for start, end, new in sorted(edits, reverse=True):
        result = result[:start - mention.start] + new + result[end - mention.start:]
    return result


_WEEK_KINDS_SPAN = frozenset(_WEEK_KINDS)

# --- quotations ------------------------------------------------------------------------------

# Double marks (straight, typographic, low-9) and guillemets quote; single marks quote only in
# pairs whose sides look like quotation marks (an apostrophe sits between letters or after one).
_DOUBLE_MARKS = DOUBLE_MARKS
_SINGLE_MARKS = SINGLE_MARKS
_QUOTE_MARK = re.compile("[" + re.escape(_DOUBLE_MARKS + _SINGLE_MARKS) + "]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CLOSING_ONLY = CLOSING_DOUBLE_MARK
_SINGLE_CLOSE_AFTER = frozenset(".,;:!?)]}-\u2013\u2014\u2026")


def _only_closes(text: str, at: int, line_start: int, line_end: int) -> bool:
    """Whether the double mark at ``at`` can only be a closing one (``kata dia."``, ``”``)."""
    after = text[at + 1] if at + 1 < line_end else " "
    if after.isalnum():
        return False
    if text[at] in _CLOSING_ONLY:
        return True
    before = text[at - 1] if at > line_start else " "
    return text[at] == '"' and not before.isspace() and (after.isspace() or after in ".,;:!?)")


class Quotations:
    """The spans of an article's text that stand inside quotation marks, line by line.

    Marks pair within one line (a paragraph): a double mark (or guillemet) opens, the next one
    closes; a double quotation still open at the end of its line runs to the end of the line
    (the newsroom convention for a quotation that goes on in the next paragraph), and a closing
    mark with nothing open quotes back to the start of its line. Single marks pair only when
    one can open (after a space or an opening bracket, before a letter or digit) and a later one
    can close (after a letter, before a space or punctuation), so apostrophes (``Jum'at``,
    ``don't``, ``the companies' profits``, ``'90s``) quote nothing. When in doubt a span counts
    as quoted: that only makes the time checks say less.

    A line is paired the first time a question falls on it: the time checks ask about the few
    lines that hold an anchor or a late date, not about the whole article.
    """

    __slots__ = ("_line_starts", "_lines", "text")

    def __init__(self, text: str, line_starts: Sequence[int] | None = None) -> None:
        self.text = text
        self._line_starts = (line_starts if line_starts is not None
                             else (0, *(found.end() for found in _LINE_BREAK.finditer(text))))
        self._lines: dict[int, tuple[list[int], list[int]]] = {}

    def spans(self) -> list[tuple[int, int]]:
        """Every quoted span of the text, in order (marks excluded)."""
        found: list[tuple[int, int]] = []
        for line_start in self._line_starts:
            starts, ends = self._line(line_start)
            found += zip(starts, ends, strict=True)
        return found

    def around(self, offset: int) -> tuple[int, int] | None:
        """The quoted span holding ``offset`` (its marks excluded), or None."""
        starts, ends = self._line(offset)
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and offset < ends[index]:
            return starts[index], ends[index]
        return None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any part of ``[start, end)`` stands inside quotation marks."""
        last = max(start, end - 1)
        for at in dict.fromkeys((start, last)):  # a span may run onto a second line
            starts, ends = self._line(at)
            index = bisect.bisect_right(starts, last) - 1
            if index >= 0 and ends[index] > start:
                return True
        return False

    def _line(self, offset: int) -> tuple[list[int], list[int]]:
        """The quoted spans of the line holding ``offset``: (starts, ends), paired once."""
        line = max(0, bisect.bisect_right(self._line_starts, offset) - 1)
        if line not in self._lines:
            line_start = self._line_starts[line]
            line_end = (self._line_starts[line + 1] if line + 1 < len(self._line_starts)
                        else len(self.text))
            while line_end > line_start and self.text[line_end - 1] in "\r\n":
                line_end -= 1
            spans = _pair_quotes(self.text, line_start, line_end)
            self._lines[line] = ([start for start, _ in spans], [end for _, end in spans])
        return self._lines[line]


def _pair_quotes(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The quoted spans of one line, sorted and merged (see :class:`Quotations`)."""
    spans: list[tuple[int, int]] = []
    double_open: int | None = None
    single_open: int | None = None
    for found in _QUOTE_MARK.finditer(text, line_start, line_end):
        at = found.start()
        char = text[at]
        if char in _DOUBLE_MARKS:
            if double_open is not None:
                spans.append((double_open + 1, at))
                double_open = None
            elif _only_closes(text, at, line_start, line_end):
                spans.append((line_start, at))
            else:
                double_open = at
            continue
        before = text[at - 1] if at > line_start else " "
        after = text[at + 1] if at + 1 < line_end else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if single_open is not None and not before.isspace() and (
                after.isspace() or after in _SINGLE_CLOSE_AFTER or after in _DOUBLE_MARKS):
            spans.append((single_open + 1, at))
            single_open = None
        elif (before.isspace() or before in "([{\u2014\u2013" or before in _DOUBLE_MARKS) and (
                after.isalnum()):
            single_open = at
    if double_open is not None:
        spans.append((double_open + 1, line_end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# --- the date at a claim's anchor ------------------------------------------------------------

_ATTRIBUTION_CATEGORIES = ("reporting_verbs", "reporting_verbs_postposed", "attribution_phrases",
                           "passive_reporting_verbs")
"""The lexicon categories that report a statement. Not the passives of belief and estimate
(``passive_attribution``: ``is expected to``, ``diperkirakan``): in ``The flow is expected to
rise on Thursday`` the date is the rise's, and no one's statement is dated."""
# Languages that have no lexicon file yet get a minimal list, so the time checks are not blind
# there. These belong in klaim/lexicons/<lang>.yaml once those files exist.
_FALLBACK_REPORTING: dict[str, tuple[str, ...]] = {
    "de": ("sagte", "sagt", "erklärte", "betonte", "teilte mit", "laut", "zufolge"),
    "fr": ("a déclaré", "a dit", "a affirmé", "a indiqué", "a annoncé", "selon", "a-t-il dit",
           "a-t-elle dit", "a-t-il déclaré", "a-t-elle déclaré"),
    "es": ("dijo", "afirmó", "declaró", "aseguró", "señaló", "según", "explicó", "anunció"),
    "pt": ("disse", "afirmou", "declarou", "segundo", "anunciou"),
    "nl": ("zei", "zegt", "verklaarde", "volgens"),
}


@cache
def attribution_pattern(lang: str) -> re.Pattern[str]:
    """Reporting verbs and attribution phrases of ``lang`` and English, as whole words.

    From the language's lexicon (``kata``, ``mengatakan``, ``menurut``; ``said``, ``told
    reporters``, ``according to``), or a short built-in list for a language without one.
    """
    from klaim.lexicon import lexicon

    words: set[str] = set()
    for code in dict.fromkeys([lang, "en"]):
        own = lexicon(code)
        for category in _ATTRIBUTION_CATEGORIES:
            words.update(own.get(category, ()))
        if not own:
            words.update(_FALLBACK_REPORTING.get(_base(code), ()))
    ordered = sorted(words, key=lambda word: (-len(word), word))
    body = "|".join(re.escape(word).replace(r"\ ", r"\s{1,3}") for word in ordered) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.IGNORECASE)


@cache
def _postposed(lang: str) -> frozenset[str]:
    """The lexicon's ``reporting_verbs_postposed`` (``kata``, ``tutup``), folded: they report only
    with a speaker after them. Not the passives among them (lexicon ``passive_prefixes``:
    ``disampaikan Senin (17/6) oleh …`` dates a statement)."""
    from klaim.lexicon import lexicon

    own = lexicon(lang)
    passive = tuple(prefix.casefold() for prefix in own.get("passive_prefixes", ()))
    return frozenset(verb.casefold() for verb in own.get("reporting_verbs_postposed", ())
                     if not (passive and verb.casefold().startswith(passive)))


_LINE_REACH = 10 * _SENTENCE_REACH
"""How far from an anchor the date at it may stand: farther than any sentence reaches in practice
(400 characters either way, plus a few quotations stepped over)."""
_MENTION_REACH = 256
"""Longer than any date mention (weekday window, date, closing parenthesis): how far before an
anchor a mention overlapping it may start."""


def _anchor_sentence(
    text: str, lang: str, start: int, end: int, quotations: Quotations
) -> tuple[int, int]:
    """The anchor's sentence, widened where a sentence end falls inside a quotation.

    ``"Kami siap. Kami tunggu," kata Peskov, Jumat (21/6).``: the full stop after ``siap``
    ends no sentence of the reporter's, so the anchor ``Kami siap`` and the date belong to one.
    """
    left, right = sentence_span(text, start, end, lang)
    for _ in range(8):  # each round steps over one quotation; a line holds few
        quoted = quotations.around(right - 1) if right > left else None
        if quoted is None or right >= quoted[1] or quoted[1] >= len(text):
            break
        closing = quoted[1]
        if text[closing] in "\r\n":
            right = closing  # a quotation left open runs to the end of its line
            break
        if text[closing - 1] in ".!?\u2026":
            right = closing + 1  # the quotation ends the sentence: "Kami siap. Kami tunggu."
            break
        right = max(right, sentence_span(text, closing, closing + 1, lang)[1])
    for _ in range(8):
        quoted = quotations.around(left)
        if quoted is None or quoted[0] <= 0 or left <= quoted[0]:
            break
        left = min(left, sentence_span(text, quoted[0] - 1, quoted[0], lang)[0])
    return left, right


def _from(items: list[DateMention] | list[RelativeMention], offset: int) -> int:
    """Index of the first item starting at or after ``offset`` (items are sorted by start)."""
    return bisect.bisect_left(items, offset, key=lambda item: item.start)


def mention_at(
    text: str,
    lang: str,
    mentions: list[DateMention],
    relatives: list[RelativeMention],
    start: int,
    end: int,
    quotations: Quotations | None = None,
) -> DateMention | RelativeMention | None:
    """The date the text gives for ``text[start:end]`` (a claim's anchor), if any.

    The rule, the same for every article. The date at an anchor is the date of the statement
    or event the anchor attributes, not a date the speaker talks about, so:

    1. Only resolved mentions outside quotation marks count (:class:`Quotations`): ``"Sayap
       baru dibuka pekan depan," kata Okafor`` gives ``kata Okafor`` no date, and neither does
       a date the quotation names. The anchor itself may be the quoted words.
    2. A date mention overlapping the anchor wins (``kata Menteri, Selasa (5/3)``).
    3. Else, in the anchor's sentence (not cut by a full stop inside a quotation), the date
       mention or relative phrase (``kemarin``, ``last Friday``, ``pekan lalu``) nearest the
       attribution wins: nearest the reporting verb or attribution phrase (``kata``, ``said``,
       ``told reporters``) that overlaps the anchor, or else the one nearest it in the
       sentence; nearest the anchor when the sentence has none. On equal distance a written
       date beats a relative phrase, then the earlier one wins.

    Week phrases (``pekan lalu``) count too: their ``resolved`` is the week's Monday. Mentions
    and relatives must be sorted by start, as the extractors return them; the cost per anchor
    is a binary search and one sentence, whatever the length of the text.
    """
    quotes = quotations if quotations is not None else Quotations(text)

    def usable(found: DateMention | RelativeMention) -> bool:
        return found.resolved is not None and not quotes.overlaps(found.start, found.end)

    index = _from(mentions, start - _MENTION_REACH)
    while index < len(mentions) and mentions[index].start < end:
        overlapping = mentions[index]
        if overlapping.end > start and usable(overlapping):
            return overlapping
        index += 1
    # A sentence never crosses a line break: what is not on the anchor's line cannot count.
    # Both searches are bounded, so a claims file of many anchors on one huge line stays linear.
    low, high = max(0, start - _LINE_REACH), min(len(text), end + _LINE_REACH)
    line_start = max(text.rfind("\n", low, start), text.rfind("\r", low, start), low - 1) + 1
    line_end = min((at for at in (text.find("\n", end, high), text.find("\r", end, high))
                    if at != -1), default=high)
    on_line: list[DateMention | RelativeMention] = []
    for group in (mentions, relatives):
        index = _from(group, line_start)
        while index < len(group) and group[index].start < line_end:
            if usable(group[index]):
                on_line.append(group[index])
            index += 1
    if not on_line:
        return None
    left, right = _anchor_sentence(text, lang, start, end, quotes)
    near = [found for found in on_line if left <= found.start and found.end <= right]
    if len(near) <= 1:
        return near[0] if near else None
    target = _attribution_near(text, lang, start, end, left, right, quotes) or (start, end)

    def rank(found: DateMention | RelativeMention) -> tuple[int, bool, int]:
        gap = max(found.start - target[1], target[0] - found.end, 0)
        return gap, isinstance(found, RelativeMention), found.start

    return min(near, key=rank)


def _attribution_near(
    text: str, lang: str, start: int, end: int, left: int, right: int, quotes: Quotations
) -> tuple[int, int] | None:
    """The reporting verb or attribution phrase outside quotations nearest the anchor."""
    best: tuple[int, int, int] | None = None
    for found in attribution_pattern(lang).finditer(text, left, right):
        if quotes.overlaps(found.start(), found.end()):
            continue
        gap = max(found.start() - end, start - found.end(), 0)
        if best is None or gap < best[0]:
            best = (gap, found.start(), found.end())
    return (best[1], best[2]) if best is not None else None


# --- the date of a statement ------------------------------------------------------------------

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STATEMENT_GAP_WORDS = 8
"""How many words (outside quotations) may stand between a reporting verb and the date of its
statement: ``kata juru bicara Kremlin Dmitry Peskov hari Jumat (21/6)`` has six, ``told
reporters at a news conference in Geneva on Tuesday`` eight."""
_GAP_REACH = 160
"""How many characters from a date its reporting verb is looked for: room for eight long words."""
_NEAR_REACH = 40
"""The first, shorter look back for the verb: it is usually a few words away."""
_OPENING_REACH = 32
"""How far back from a date the start of its sentence may be for the date to open it."""

# Words that, standing between a reporting verb and a date, put the date in what was said (a
# clause of its own) rather than on the saying: complementisers, auxiliaries and modals, and
# prepositions that make the date a span's end or start. ``said the vote would be held on Oct.
# 6``, ``mengatakan bahwa rapat digelar Selasa (25/6)``, ``said talks run until June 30``.
_CLAUSE_WORDS: dict[str, frozenset[str]] = {
    "en": _words("""that if whether would could may might must should can cannot shall will
        be is are was were been being has have had do does did until till before after since
        from through between by likely unlikely expected due set"""),
    "id": _words("""bahwa jika kalau apakah akan bisa dapat boleh mungkin harus perlu wajib
        mesti sedang telah sudah belum adalah ialah merupakan menjadi sampai hingga sejak
        sebelum sesudah setelah usai selama mulai antara paling lambat diperkirakan
        dijadwalkan"""),
    "ms": _words("""bahawa jika akan boleh dapat mungkin harus perlu telah sudah adalah
        ialah merupakan sehingga sejak sebelum selepas mulai"""),
    "de": _words("""dass ob wird werden würde soll sollen kann können muss müssen ist sind
        war waren sei bis seit ab vor nach zwischen"""),
    "fr": _words("""que qu si sera seront serait pourrait pourraient doit doivent est sont
        était jusqu avant après depuis entre"""),
    "es": _words("""que si será serán sería podría podrían debe deben es son era hasta
        antes después desde entre"""),
    "pt": _words("""que se será serão seria poderia deve devem é são era até antes depois
        desde entre"""),
    "nl": _words("""dat of zal zullen zou kan kunnen moet moeten is zijn was waren tot voor
        na sinds vanaf tussen"""),
}
# What may open a sentence before the date of its statement: ``On Tuesday, June 25, the
# spokesman said``, ``Pada Selasa (25/6), juru bicara itu mengatakan``.
_SENTENCE_LEAD: dict[str, frozenset[str]] = {
    "en": frozenset({"on", "late", "early", "and", "but"}),
    "id": frozenset({"pada", "hari", "dan", "namun", "sementara", "itu"}),
    "ms": frozenset({"pada", "hari"}),
    "de": frozenset({"am", "an"}),
    "fr": frozenset({"le", "ce"}),
    "es": frozenset({"el", "este"}),
    "pt": frozenset({"na", "no", "em"}),
    "nl": frozenset({"op"}),
}
_GAP_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d+")


def _gap_words(text: str, start: int, end: int, quotes: Quotations) -> list[str]:
    """The words of ``text[start:end]`` outside quotations, lower-cased; a quotation counts as
    one word (``"…," kata X`` says it between the verb and the date)."""
    words = []
    inside: tuple[int, int] | None = None
    for found in _GAP_WORD.finditer(text, start, end):
        if inside is not None and found.start() < inside[1]:
            continue
        inside = quotes.around(found.start())
        words.append("\0quoted" if inside is not None else found.group().casefold().rstrip("."))
    return words


def statement_attribution(
    text: str, lang: str, start: int, end: int, quotes: Quotations,
    sentence: tuple[int, int] | None = None,
) -> re.Match[str] | None:
    """The reporting verb or attribution phrase whose statement ``text[start:end]`` (a date
    mention) dates, or None when the date belongs to what was said, not to the saying.

    A date dates a statement when it stands with its reporting verb, in the verb's sentence
    (outside quotations):

    1. after the verb, with at most a few words between (the speaker, ``to reporters``, ``di
       Jakarta``, ``hari``, ``on``) and none that opens a clause of its own (``that``,
       ``bahwa``, ``would``, ``akan``, ``is``, ``until``): ``kata juru bicara itu, Selasa
       (25/6)``, ``told reporters on Tuesday``, but not ``said the vote would be held on
       Oct. 6``;
    2. or before it, opening the sentence (``On Tuesday, June 25, the spokesman said``) or
       right in front of it (``the spokesman on Tuesday said``, ``Budi, Selasa (25/6),
       mengatakan``), but not ending a clause of what was said (``The deadline is October 12,
       the ministry said``).

    A passive of belief or estimate (``is expected to``, ``diperkirakan``) reports no
    statement: its date is the event's. A passive reporting verb (``disampaikan Budi``,
    ``dilaporkan``) does.

    ``sentence`` gives the sentence's bounds when the caller has them (else the anchor's
    sentence, widened over full stops inside quotations).
    """
    base = _base(lang)
    # The language's own words only: English ``was`` and ``will`` are German ``what`` and
    # ``wants``. A language with no list of its own uses English's.
    clause = _CLAUSE_WORDS.get(base, _CLAUSE_WORDS["en"])
    lead = _SENTENCE_LEAD.get(base, _SENTENCE_LEAD["en"])
    left, right = sentence if sentence is not None else _anchor_sentence(text, lang, start, end, quotes)
    pattern = attribution_pattern(lang)
    before: re.Match[str] | None = None
    for reach in (_NEAR_REACH, _GAP_REACH):  # the nearest verb is usually a few words away
        for verb in reversed(list(pattern.finditer(text, max(left, start - reach), start))):
            if not quotes.overlaps(verb.start(), verb.end()):
                if not text[verb.end():start].strip() and verb.group().casefold() in _postposed(lang):
                    break  # "Pasar itu tutup Senin (17/6)": a verb that needs a speaker after it has none
                before = verb
                break
        if before is not None or start - reach <= left:
            break
    after: re.Match[str] | None = None
    for verb in pattern.finditer(text, end, min(right, end + _GAP_REACH)):
        if not quotes.overlaps(verb.start(), verb.end()):
            after = verb
            break
    # Only the nearest verb on each side can qualify: a farther one has the nearer one's gap,
    # and more, between it and the date.
    if before is not None:
        gap = _gap_words(text, before.end(), start, quotes)
        if len(gap) <= _STATEMENT_GAP_WORDS and clause.isdisjoint(gap):
            return before
    if after is None:
        return None
    between = _gap_words(text, end, after.start(), quotes)
    reach = max(left, start - _OPENING_REACH)
    opening = _gap_words(text, reach, start, quotes)
    if reach == left and set(opening) <= lead:  # the date opens the sentence
        if len(between) <= _STATEMENT_GAP_WORDS and clause.isdisjoint(between):
            return after
    elif not between:
        comma_after = "," in text[end:after.start()]
        comma_before = text[reach:start].rstrip().endswith(",")
        # ``the spokesman on Tuesday said``, or set off by commas after the subject:
        # ``Budi, Selasa (25/6), mengatakan``. Not ``held on Oct. 6, said Smith``.
        if (not comma_after and opening and opening[-1] in lead) or (comma_before and comma_after):
            return after
    return None


def quoted_relatives_from_statement(
    text: str,
    lang: str,
    mentions: list[DateMention],
    relatives: list[RelativeMention],
    quotes: Quotations,
) -> list[RelativeMention]:
    """``relatives`` with those inside a quotation resolved against the date of the statement
    that quotes them, where the text gives one (:func:`mention_at` at the quotation):
    ``"Besok kami berangkat," kata Budi, Minggu (28/9).`` is 29 September whatever the
    publication date. The others are returned as they are; the list stays sorted.
    """
    if not any(quotes.overlaps(r.start, r.end) for r in relatives):
        return relatives
    outside = [r for r in relatives if not quotes.overlaps(r.start, r.end)]
    result = []
    for mention in relatives:
        quoted = quotes.around(mention.start) if mention.resolved is not None else None
        if quoted is not None:
            said = mention_at(text, lang, mentions, outside, quoted[0], quoted[1], quotes)
            if said is not None and said.resolved is not None and not (
                    isinstance(said, RelativeMention) and said.kind in _WEEK_KINDS_SPAN):
                mention = RelativeMention(start=mention.start, end=mention.end, text=mention.text,
                                          kind=mention.kind, weekday=mention.weekday,
                                          resolved=_resolve_relative(mention.kind, mention.weekday, said.resolved))
        result.append(mention)
    return result


def relative_covers(mention: RelativeMention, day: dt.date) -> bool:
    """Whether ``day`` is the relative phrase's date, or lies in its week for week phrases."""
    if mention.resolved is None:
        return False
    if mention.kind in _WEEK_KINDS_SPAN:
        return mention.resolved <= day <= mention.resolved + dt.timedelta(days=6)
    return mention.resolved == day


@dataclass(slots=True, unsafe_hash=True)
class TimelineEntry:
    """One dated phrase of an article, for ``klaim dates``: a date mention or a relative one."""

    start: int
    end: int
    text: str
    kind: str
    """``date`` or ``relative``."""
    date: dt.date | None
    stated_weekday: int | None
    actual_weekday: int | None
    weekday_matches: bool | None
    year_inferred: bool
    impossible: bool
    zone_hint: str | None
    relative_kind: str | None
    range_id: int | None


def timeline(mentions: list[DateMention], relatives: list[RelativeMention]) -> list[TimelineEntry]:
    """Every dated phrase in chronological order; undated ones last, each group in text order."""
    entries = [
        TimelineEntry(m.start, m.end, m.text, "date", m.resolved, m.weekday, m.actual_weekday,
                      m.weekday_matches, m.year_inferred, m.impossible, m.zone_hint, None,
                      m.range_id)
        for m in mentions
    ]
    entries += [
        TimelineEntry(r.start, r.end, r.text, "relative", r.resolved, r.weekday,
                      r.resolved.weekday() if r.resolved and r.weekday is not None else None,
                      None, False, False, None, r.kind, None)
        for r in relatives
    ]
    return sorted(entries, key=lambda e: (e.date is None, e.date or dt.date.min, e.start))


_LOWERED: list[tuple[str, str]] = []


def _lowered(text: str) -> str:
    """``text.lower()``, remembered for the last text (extraction and relatives share it)."""
    cached = _LOWERED[0] if _LOWERED else None  # one read: safe if threads share the cache
    if cached is not None and cached[0] is text:
        return cached[1]
    lowered = text.lower()
    _LOWERED[:] = [(text, lowered)]
    return lowered


def _word_starts(text: str, lowered: str, words: tuple[str, ...]) -> list[int]:
    """Sorted offsets where one of the lower-case ``words`` starts a word of ``text``.

    ``str.find`` on the lower-cased text runs at C speed, so finding the few places where a
    phrase may start costs far less than trying a large alternation at every character.
    """
    starts: set[int] = set()
    for word in words:
        at = lowered.find(word)
        while at != -1:
            if at == 0 or not (text[at - 1].isalpha()):
                starts.add(at)
            at = lowered.find(word, at + 1)
    return sorted(starts)


def _zone_phrases(text: str, pats: _Patterns) -> list[tuple[int, int, str]]:
    """Every zone or local-time phrase of the text: (start, end, the phrase as a hint)."""
    found: list[tuple[int, int, str]] = []

    def keep(match: re.Match[str] | None) -> None:
        if match is None:
            return
        place = match.group("place") or (match.group("local") if "local" in match.re.groupindex else None)
        if place is not None and place.casefold() in _NOT_A_PLACE:
            return
        found.append((match.start(), match.end(), (match.group("us") or match.group()).strip()))

    lowered = _lowered(text)
    if len(lowered) != len(text):  # a rare letter changes length when lower-cased
        for each in pats.zone.finditer(text):
            keep(each)
        return found
    candidates = set(_word_starts(text, lowered, pats.zone_words))
    for match in _ZONE_ABBREVIATION.finditer(text):
        if match.group() not in _US_ZONES:
            candidates.add(match.start())
            continue
        # "9 p.m. ET": the phrase starts at the clock time before the zone.
        before = _US_ZONE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if before is not None:
            candidates.add(before.start())
    for at in _word_starts(text, lowered, ("time",)):
        # "Moscow time": the place word before "time" is where the phrase starts.
        back = at
        while back > 0 and text[back - 1] in " \t\u00a0" and at - back < 3:
            back -= 1
        while back > 0 and (text[back - 1].isalnum() or text[back - 1] in "'’-"):
            back -= 1
            if at - back > 34:
                break
        candidates.add(back)
    last_end = 0
    for at in sorted(candidates):
        if at >= last_end:
            anchored = pats.zone.match(text, at)
            keep(anchored)
            if anchored is not None:
                last_end = anchored.end()
    return found


class _Sentences:
    """Sentence boundaries and zone phrases of one text, found once, looked up per mention.

    Both are scanned over the whole text in one pass each, so the zone hint of every mention
    costs a binary search, however many mentions share a long sentence.
    """

    def __init__(self, text: str, pats: _Patterns) -> None:
        self.text = text
        self.pats = pats
        self.zone_starts: list[int] = []
        self.zones: list[tuple[int, str]] = []
        for start, end, hint in _zone_phrases(text, pats):
            self.zone_starts.append(start)
            self.zones.append((end, hint))
        self.boundary_starts: list[int] = []
        self.boundary_ends: list[int] = []
        if not self.zones:
            return  # most articles name no zone: no sentence needs its bounds
        for found in _BOUNDARY.finditer(text):
            if _is_boundary(text, found, pats):
                self.boundary_starts.append(found.start())
                self.boundary_ends.append(found.end())

    def zone_hint(self, start: int, end: int, own: Callable[[str], bool] | None = None) -> str | None:
        """The first zone phrase in the sentence around ``text[start:end]``, but the outlet's
        own zone (``own``: the dateline's)."""
        if not self.zones:
            return None
        before = bisect.bisect_right(self.boundary_ends, start) - 1
        left = self.boundary_ends[before] if before >= 0 else 0
        left = max(left, start - _SENTENCE_REACH)
        after = bisect.bisect_left(self.boundary_starts, end)
        right = self.boundary_starts[after] + 1 if after < len(self.boundary_starts) else len(
            self.text
        )
        right = min(right, end + _SENTENCE_REACH)
        index = bisect.bisect_left(self.zone_starts, left)
        while index < len(self.zones) and self.zones[index][0] <= right:
            if own is None or not own(self.zones[index][1]):
                return self.zones[index][1]
            index += 1
        return None


def extract_dates(text: str, lang: str, reference: dt.date | None,
                  own_zone: Callable[[str], bool] | None = None) -> list[DateMention]:
    """Every date the text states, with its weekday when one is written next to it.

    ``lang`` picks the names (plus English) and the numeric order (CLDR short date pattern:
    ``3/9`` is 3 September in ``id``, 9 March in ``en``). ``reference`` is the publication date:
    yearless dates get the year nearest it (:func:`infer_year`); without it they stay
    unresolved (the caller may lend them the lede's year: :func:`lend_years`). A yearless date whose written
    weekday does not fit that year takes the year nearest a date its own sentence gave before it
    with a year, when its weekday fits that one and no word next to it gives its year (``tahun
    lalu``). A mention's ``zone_hint`` is the
    first zone its sentence names that ``own_zone`` (the dateline's zone) does not. Returns
    mentions sorted by start (range members in written order).
    """
    pats = _patterns(lang)
    mentions: list[DateMention] = []
    cores: list[tuple[_Core, _Weekdays | None, int, int]] = []
    last_end = 0
    for candidate in pats.scanner.finditer(text):
        if candidate.start() < last_end:
            continue
        core = _match_core(text, candidate.start(), candidate.group(), pats)
        if core is None or core.start < last_end:
            continue
        weekdays = _weekday_before(text, core, pats)
        if weekdays is not None and weekdays.start < last_end:
            weekdays = None
        end = core.end
        if weekdays is None:
            after = _weekday_after(text, core, pats)
            if after is not None:
                weekdays, end = after
        if weekdays is not None and weekdays.open_paren:
            closing = pats.close_paren_after.match(text, core.end)
            if closing is not None and closing.group().endswith(")"):
                end = closing.end()
        if core.form == "numeric" and core.year is None and weekdays is None:
            cue = pats.numeric_cue_before.match(_back(text, core.start, 12)[0])
            if cue is None and not _is_parenthesised(text, core, pats):
                continue  # "21/6 bagian": a fraction or a score, not a date
        start = weekdays.start if weekdays is not None else core.start
        cores.append((core, weekdays, start, end))
        last_end = end

    range_ids = _range_ids(text, cores, pats)
    sentences = _Sentences(text, pats) if cores else None
    dated: DateMention | None = None  # the last date written with its year
    for index, (core, weekdays, start, end) in enumerate(cores):
        zone = sentences.zone_hint(start, end, own_zone) if sentences is not None else None
        pairs = _pair_weekdays(core, weekdays)
        year = core.year
        if year is not None and core.two_digit_year:
            year = expand_two_digit_year(
                year, reference.year if reference else _DEFAULT_REFERENCE_YEAR
            )
        inherited = range_ids.get(index)
        year_span = core.year_span
        if year is None and inherited is not None and inherited[1] is not None:
            year = inherited[1]
        hint = (year_cue(text, start, end, lang, verb_cues=weekdays is None)
                if year is None and reference is not None else (None, None))
        for (day, day_start, day_end), weekday in zip(core.days, pairs, strict=True):
            mention = _mention(
                text, start, end, core, day, day_start, day_end, weekday, weekdays, year,
                year_span, reference, zone,
                inherited[0] if inherited is not None else None, hint,
            )
            if mention.weekday_matches is False and mention.year_inferred and hint == (None, None) \
                    and dated is not None and dated.resolved is not None \
                    and _same_sentence(text, dated.end, start, pats):
                # "on 28 December 2021, after the election on Thursday, November 18": a date its
                # sentence has just given with a year may be the one to read the yearless date
                # by. It is, when the written weekday fits the year nearest that date and not the
                # one nearest the publication, and no word next to the date ("tahun lalu") gives
                # its year. (A weekday wrong in print that happens to fit that year goes unseen:
                # the price of not reporting a right one.)
                again = _mention(text, start, end, core, day, day_start, day_end, weekday, weekdays,
                                 None, year_span, dated.resolved, zone,
                                 inherited[0] if inherited is not None else None)
                if again.weekday_matches:
                    mention = again
            mentions.append(mention)
            if mention.year is not None and mention.resolved is not None:
                dated = mention
    return mentions


_LEND_BLOCKERS: dict[str, frozenset[str]] = {
    "id": frozenset({"sejak", "semenjak", "hingga", "sampai", "sebelum", "setelah", "sesudah", "pasca",
                     "usai", "dari", "lalu", "silam", "periode", "laporan", "tahun", "anggaran",
                     # what is planned or due
                     "akan", "mulai", "rencana", "direncanakan", "dijadwalkan", "ditargetkan", "target",
                     "berakhir", "tenggat", "batas", "diharapkan", "diperkirakan"}),
    "en": frozenset({"since", "until", "till", "before", "after", "from", "through", "last", "previous",
                     "the", "fiscal", "report", "ending", "ended", "by",
                     # what is planned or due
                     "will", "scheduled", "planned", "expected", "due", "deadline", "ends", "end",
                     "begins", "begin", "starts", "start", "opens", "open", "set",
                     # what is to be, not what was ("expected to be completed in September 2020";
                     # "was completed in May 2024" dates the story's past)
                     "be", "should", "slated", "completion"}),
}
"""Words up to three before a month and its year that make it background, not the story's own
time: ``sejak banjir besar Maret 2021``, ``the March 2019 floods``, ``Laporan Maret 2023``, a
fiscal year."""
_LEND_WINDOW = 3


@cache
def _future_words(lang: str) -> re.Pattern[str] | None:
    """The lexicon's ``future_words`` of ``lang`` and English: a time to come anywhere in a
    month's clause before it (``The annex is expected to finish in May 2025``), which no story is
    dated by (the blockers' reach is the clause)."""
    return phrase_pattern(with_english(lang, "future_words"))


_CLAUSE_REACH = 160
"""How far back a month's clause is read for a phrase of the lexicon's ``future_words``."""
_CLAUSE_BREAK = re.compile(r"[,.;:!?]")
_YEAR_RANGE_AFTER = re.compile(r"\s*[-–—/]\s*\d{2,4}(?!\d)|\s+(?:to|hingga|sampai|s\.d\.?)\s+\d{4}")
"""A second year after a month's: ``Maret 2023-2024`` names two years."""


def lend_years(text: str, mentions: list[DateMention], lang: str, lede: Sequence[tuple[int, int]],
               quoted: Callable[[int, int], bool]) -> list[DateMention]:
    """Without a publication date, a yearless date takes the year the lede writes its month with
    (``Harga beras … terus naik pada September 2024``, then ``… kata Miyati, Rabu (21/9)``):
    the story's own time. The lede is ``lede`` (its first paragraphs, as spans); its month with
    a year counts (``September 2024``, ``5 September 2024``), outside quotations (``quoted``)
    and not as background (``sejak … Maret 2021``, ``the March 2019 floods``, ``Laporan Maret
    2023``: lexicon of this module, ``_LEND_BLOCKERS``; nor a time to come, a phrase of the
    lexicon's ``future_words`` anywhere in its clause: ``is expected to finish in May 2025``; not
    ``than expected``, ``due to flooding``), nor a range of years (``Maret
    2023-2024``). The month must have one year only there. Not lent to a date whose words give
    its year (``tahun lalu``: :func:`year_cue`), nor to an anniversary, a day and month the
    text writes with a year (``Sabtu (17/8)`` beside ``17 Agustus 1945``). The year is marked
    inferred, as one from the publication date is."""
    if not lede or not any(m.year is None and m.resolved is None for m in mentions):
        return mentions
    pats = _patterns(lang)
    blockers = _LEND_BLOCKERS.get(_base(lang), frozenset()) | _LEND_BLOCKERS["en"]
    future = _future_words(lang)

    def background(start: int) -> bool:
        words = re.findall(r"[^\W\d_]+", text[max(0, start - 60):start].casefold())[-_LEND_WINDOW:]
        if any(word in blockers for word in words):
            return True
        clause_start = max(0, start - _CLAUSE_REACH)
        for found in _CLAUSE_BREAK.finditer(text, clause_start, start):
            clause_start = found.end()
        return future is not None and future.search(text, clause_start, start) is not None

    years: dict[int, set[int]] = {}
    for lede_start, lede_end in lede:
        for mention in mentions:
            if mention.year is not None and lede_start <= mention.start < lede_end:
                years.setdefault(mention.month, set()).add(
                    -1 if background(mention.start) or quoted(mention.start, mention.end) else mention.year)
        for found in pats.month_year.finditer(text, lede_start, lede_end):
            month = pats.names.month(found.group("m"))
            if month is None:
                continue
            ranged = _YEAR_RANGE_AFTER.match(text, found.end()) is not None
            years.setdefault(month, set()).add(
                -1 if ranged or background(found.start()) or quoted(found.start(), found.end())
                else int(found.group("y")))
    written = [(m.day, m.month, m.year) for m in mentions if m.year is not None]
    resolved: list[DateMention] = []
    for mention in mentions:
        year = years.get(mention.month, set())
        lent = next(iter(year)) if len(year) == 1 else -1
        if mention.year is None and mention.resolved is None and lent != -1 \
                and not any(day == mention.day and month == mention.month for day, month, _ in written) \
                and year_cue(text, mention.start, mention.end, lang) == (None, None):
            try:
                date: dt.date | None = dt.date(lent, mention.month, mention.day)
            except ValueError:
                date = None
            if date is not None:
                mention = dataclasses.replace(mention, resolved=date, year_inferred=True, impossible=False)
        resolved.append(mention)
    return resolved


def _same_sentence(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """Whether no sentence ends in ``text[start:end]``, at most ``_SENTENCE_REACH`` characters
    (a longer stretch is taken for more than one sentence: the search stays short)."""
    return end - start <= _SENTENCE_REACH and not any(
        _is_boundary(text, found, pats) for found in _BOUNDARY.finditer(text, start, end))


def _pair_weekdays(
    core: _Core, weekdays: _Weekdays | None
) -> list[tuple[int, int, int] | None]:
    """Which written weekday goes with which day: one to one, or none when the counts differ."""
    if weekdays is None or len(weekdays.weekdays) != len(core.days):
        return [None] * len(core.days)
    return list(weekdays.weekdays)


def _range_ids(
    text: str, cores: list[tuple[_Core, _Weekdays | None, int, int]], pats: _Patterns
) -> dict[int, tuple[int, int | None]]:
    """Range ids per core index, and the year a range's first part takes from its second.

    A core with two days is a range by itself; ``30 Agustus-2 September 2024`` is two cores
    joined by a dash or "to", and the first takes the year of the second (minus one when the
    range crosses New Year).
    """
    ids: dict[int, tuple[int, int | None]] = {}
    next_id = 0
    for index, (core, _, _, _) in enumerate(cores):
        if len(core.days) > 1 and index not in ids:
            ids[index] = (next_id, None)
            next_id += 1
        if index + 1 >= len(cores):
            continue
        following, _, following_start, _ = cores[index + 1]
        if core.form not in {"name", "month-first"} or following.form != core.form:
            continue
        if core.year is not None or len(core.days) > 1 or len(following.days) > 1:
            continue
        joined = pats.range_join.fullmatch(text, core.end, following_start)
        if joined is None:
            continue
        range_id = ids[index][0] if index in ids else next_id
        if index not in ids:
            next_id += 1
        year = following.year
        if year is not None and core.month > following.month:
            year -= 1
        ids[index] = (range_id, year)
        ids[index + 1] = (range_id, None)
    return ids


def _mention(
    text: str,
    start: int,
    end: int,
    core: _Core,
    day: int,
    day_start: int,
    day_end: int,
    weekday: tuple[int, int, int] | None,
    weekdays: _Weekdays | None,
    year: int | None,
    year_span: tuple[int, int] | None,
    reference: dt.date | None,
    zone: str | None,
    range_id: int | None,
    hint: tuple[int | None, Literal["past", "future"] | None] = (None, None),
) -> DateMention:
    month = core.month
    resolved: dt.date | None = None
    inferred = False
    if year is not None:
        try:
            resolved = dt.date(year, month, day)
        except ValueError:
            resolved = None
        impossible = resolved is None
    elif reference is not None:
        stated = weekday[0] if weekday and not (weekdays and weekdays.evening_before) else None
        inferred_year = infer_year(day, month, reference, weekday=stated, lean=hint[1], offset=hint[0])
        if inferred_year is not None:
            resolved = dt.date(inferred_year, month, day)
            inferred = True
        impossible = resolved is None
    else:
        impossible = not _day_exists(day, month)
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        weekday=weekday[0] if weekday else None,
        weekday_start=weekday[1] if weekday else None,
        weekday_end=weekday[2] if weekday else None,
        day=day,
        month=month,
        year=year,
        resolved=resolved,
        impossible=impossible,
        year_inferred=inferred,
        evening_before=bool(weekday and weekdays and weekdays.evening_before),
        zone_hint=zone,
        range_id=range_id,
        day_start=day_start,
        day_end=day_end,
        year_start=year_span[0] if year_span else None,
        year_end=year_span[1] if year_span else None,
        month_start=core.month_span[0],
        month_end=core.month_span[1],
        form=core.form,
        weekday_abbreviated=bool(weekday and weekdays and weekdays.abbreviated),
    )


def extract_relative(text: str, lang: str, reference: dt.date | None) -> list[RelativeMention]:
    """Phrases dated relative to the publication, resolved against ``reference``.

    Kinds: ``day-before-yesterday``, ``yesterday``, ``overnight`` (the night before: resolved
    to the evening's date, reference − 1), ``today``, ``tomorrow``, ``this-week``,
    ``last-week``, ``next-week`` (resolved to that week's Monday), ``last-weekday`` (the latest
    such weekday before the reference), ``next-weekday`` (the first after it),
    ``this-weekday`` (that weekday in the reference's week); ``hari Minggu kemarin`` is last
    Sunday (after ``hari``, "day", ``Minggu`` is the weekday, not "week"). They are never flagged
    on their own; the timeline and KL105 use them. Weekdays named alone are :func:`bare_weekdays`.
    """
    pats = _patterns(lang)
    found: list[RelativeMention] = []
    for match in _relative_matches(text, pats):
        kind_group = next(
            (name for name in pats.relative_kinds if match.group(name) is not None), None
        )
        if kind_group is None:
            continue
        kind = pats.relative_kinds[kind_group]
        if kind == "overnight" and _ADJECTIVE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "in overnight custody", "an overnight flight": no date
        weekday: int | None = None
        weekday_group = "wd" + kind_group[1:]
        if weekday_group in pats.relative.groupindex and match.group(weekday_group) is not None:
            weekday = pats.names.weekday(match.group(weekday_group), allow_abbreviated=False)
        elif kind in _WEEK_AS_DAY and match.group()[:1].isupper() \
                and (day := _DAY_BEFORE.search(text, max(0, match.start() - _DAY_BEFORE_REACH), match.start())) \
                and (day.group("count") or "").casefold() not in _DAY_COUNTS \
                and not (day.group("count") or "").isdigit():
            # "pada hari Minggu kemarin": the day named "Minggu" (Sunday), not a week (not
            # "dua hari pekan lalu", "tiga hari minggu lalu": days counted in a week).
            found_weekday = pats.names.weekday(match.group().split()[0], allow_abbreviated=False)
            if found_weekday is not None:
                weekday, kind = found_weekday, _WEEK_AS_DAY[kind]
        found.append(RelativeMention(
            start=match.start(),
            end=match.end(),
            text=match.group(),
            kind=kind,
            resolved=_resolve_relative(kind, weekday, reference),
            weekday=weekday,
        ))
    return found


_WEEK_AS_DAY = {"last-week": "last-weekday", "next-week": "next-weekday", "this-week": "this-weekday"}
_DAY_BEFORE = re.compile(r"(?<![\w-])(?:(?P<count>\d+|[^\W\d_]+)\s+)?(?i:hari)\s+\Z")
"""``hari`` (day) before ``Minggu kemarin``, not after a number (``tiga hari``: days counted):
the weekday Minggu (Sunday), not a week."""
_DAY_COUNTS = frozenset({"se", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                         "sepuluh", "beberapa", "berapa", "dua-tiga"})
_DAY_BEFORE_REACH = 24
_ABBREVIATED_ALIASES = frozenset({"tues", "weds", "thur", "thurs"})
# A weekday in a name is not a day: "Black Friday", "Ash Wednesday", "Good Friday".
_HOLIDAY_BEFORE = re.compile(r"(?:Black|Good|Ash|Holy|Maundy|Cyber|Super|Easter|Palm)\s\Z")
_EVERY_BEFORE = re.compile(r"(?<![^\W\d_])(?i:setiap|tiap|saban|every|each)\s+\Z")
"""Before a weekday that recurs ("tiap Jumat", "every Friday"): no day of its own."""
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]\Z")
_CAPITAL_AFTER = re.compile(r"[ \t](?=[^\W\d_])(?-i:[A-Z])")


_TITLE_REACH = 12
"""How far before a weekday an honorific is looked for (``Mrs. ``)."""


@cache
def _honorifics(lang: str) -> frozenset[str]:
    """The honorifics of ``lang`` and English, folded, without a full stop."""
    from klaim.lexicon import with_english

    return frozenset(word.casefold().rstrip(".") for word in with_english(lang, "honorifics"))


_ABBREVIATED_HEAD = 3
"""The most letters of a place's word that may be abbreviated with a full stop (``Jl.``)."""


@cache
def _place_heads(lang: str) -> frozenset[str]:
    """The words that open a place's name before a weekday in ``lang`` (lexicon
    ``weekday_place_heads``, not English's), folded."""
    from klaim.lexicon import lexicon

    return frozenset(word.casefold() for word in lexicon(lang).get("weekday_place_heads", ()))


@cache
def _titles(lang: str) -> frozenset[str]:
    """The words that title a person in ``lang`` and English (the last word of each role, rank
    and honorific of the lexicon, folded): before a weekday, they make it a given name."""
    from klaim.lexicon import with_english

    words = (*with_english(lang, "role_nouns"), *with_english(lang, "ranks"), *with_english(lang, "honorifics"))
    return frozenset(word.split()[-1].casefold().rstrip(".") for word in words if word.split())


def _given_name(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the weekday at ``text[start:end]`` is a person's given name: a title before it
    and a capitalised word after it (``Commissioner Monday Bello``, ``Governor Sunday Dare``)."""
    if _CAPITAL_AFTER.match(text, end) is None:
        return False
    before = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).casefold() in _titles(lang)


@cache
def _bare_weekday_pattern(lang: str) -> re.Pattern[str]:
    names = [name for name in calendar_names(lang).weekdays_wide if name not in _ABBREVIATED_ALIASES]
    # Capitalised, as news copy writes them: "minggu" is also "week", "friday" no day at all.
    # Grouped by that capital and with no look-behind in front, so the engine skips to the
    # capitals at C speed (the caller checks that no letter comes before).
    by_initial: dict[str, list[str]] = {}
    for name in names:
        by_initial.setdefault(name[:1].upper(), []).append(name[1:])
    groups = "|".join(f"{re.escape(initial)}(?:{_alternation(rests)})"
                      for initial, rests in sorted(by_initial.items()))
    return re.compile(f"(?:{groups}){_LA}(?!['’]?s{_LA})")


class _VerbsNear:
    """Whether a reporting verb stands within a gap's reach of a span (only such a weekday can
    date a statement). The first few spans search around themselves; after that the text's
    verbs are found once, so a text of many weekday names costs one pass."""

    _SEARCHES = 8

    def __init__(self, text: str, lang: str) -> None:
        self._text, self._pattern = text, attribution_pattern(lang)
        self._searches = 0
        self._starts: list[int] | None = None

    def near(self, start: int, end: int) -> bool:
        low, high = max(0, start - _GAP_REACH), end + _GAP_REACH
        if self._starts is None:
            if self._searches < self._SEARCHES:
                self._searches += 1
                return self._pattern.search(self._text, low, high) is not None
            self._starts = [verb.start() for verb in self._pattern.finditer(self._text)]
        return bisect.bisect_left(self._starts, low) < bisect.bisect_left(self._starts, high)


def bare_weekdays(
    text: str,
    lang: str,
    reference: dt.date | None,
    dates: Sequence[DateMention],
    relatives: Sequence[RelativeMention],
    quotations: Quotations | None = None,
) -> list[RelativeMention]:
    """Weekday names standing alone, kind ``weekday``: ``kata dia di Jakarta, Rabu``, ``said
    on Wednesday``. Not one written with a date (``Rabu (10/7)``, in ``dates``), in a relative
    phrase (``Rabu lalu``, in ``relatives``), in the plural (``on Wednesdays``), in a holiday's
    name (``Good Friday``), recurring (``tiap Jumat``, ``every Friday``), or a person's given
    name after a title (``Commissioner Monday Bello``).

    News names the days of its own week by their weekday, so one that dates a statement (it
    stands with the reporting verb: :func:`statement_attribution`) is resolved to the latest
    such day on or before the reference (the publication date itself included). Any other is
    left unresolved: ``polls open on Sunday`` may be the coming Sunday or the last.
    """
    pattern = _bare_weekday_pattern(lang)
    taken = sorted([(m.start, m.end) for m in dates] + [(r.start, r.end) for r in relatives])
    starts = [start for start, _ in taken]
    names = calendar_names(lang)
    quotes = quotations
    found: list[RelativeMention] = []
    verbs = _VerbsNear(text, lang)
    for match in pattern.finditer(text):
        if match.start() and (text[match.start() - 1].isalpha() or text[match.start() - 1] == "_"):
            continue  # inside a word
        at = bisect.bisect_right(starts, match.start()) - 1
        if at >= 0 and taken[at][1] > match.start():
            continue  # inside a date mention or a relative phrase
        if at + 1 < len(taken) and taken[at + 1][0] < match.end():
            continue
        if _HOLIDAY_BEFORE.search(text, max(0, match.start() - 8), match.start()) or \
                _EVERY_BEFORE.search(text, max(0, match.start() - 9), match.start()) or \
                _given_name(text, match.start(), match.end(), lang):
            continue
        weekday = names.weekday(match.group(), allow_abbreviated=False)
        resolved = None
        near = reference is not None and weekday is not None and verbs.near(match.start(), match.end())
        if near and reference is not None and weekday is not None:
            quotes = quotes if quotes is not None else Quotations(text)
            if not quotes.overlaps(match.start(), match.end()) and statement_attribution(
                    text, lang, match.start(), match.end(), quotes) is not None:
                resolved = reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
        found.append(RelativeMention(start=match.start(), end=match.end(), text=match.group(),
                                     kind="weekday", resolved=resolved, weekday=weekday))
    return found


# Before "overnight" used as an adjective: "held in overnight custody", "an overnight flight".
_ADJECTIVE_BEFORE = re.compile(r"(?<![^\W\d_])(?i:a|an|the|in|for|of)\s+\Z")


def _relative_matches(text: str, pats: _Patterns) -> Iterator[re.Match[str]]:
    """The relative pattern's matches, tried only where one of its first words starts."""
    lowered = _lowered(text)
    if len(lowered) != len(text):  # a rare letter changes length when lower-cased
        yield from pats.relative.finditer(text)
        return
    last_end = 0
    for at in _word_starts(text, lowered, pats.relative_words):
        if at < last_end:
            continue
        match = pats.relative.match(text, at)
        if match is not None:
            last_end = match.end()
            yield match


def _resolve_relative(kind: str, weekday: int | None, reference: dt.date | None) -> dt.date | None:
    if reference is None:
        return None
    if kind in _RELATIVE_DAYS:
        return reference + dt.timedelta(days=_RELATIVE_DAYS[kind])
    monday = reference - dt.timedelta(days=reference.weekday())
    if kind in _WEEK_KINDS:
        return monday + dt.timedelta(days=_WEEK_KINDS[kind])
    if weekday is None:
        return None
    if kind == "last-weekday":
        back = (reference.weekday() - weekday) % 7 or 7
        return reference - dt.timedelta(days=back)
    if kind == "next-weekday":
        ahead = (weekday - reference.weekday()) % 7 or 7
        return reference + dt.timedelta(days=ahead)
    if kind == "this-weekday":
        return monday + dt.timedelta(days=weekday)
    return None
