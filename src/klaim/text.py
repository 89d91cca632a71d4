"""The one text normaliser and line index, used by every comparison klaim makes.

Normalising folds what editors cannot see or do not mean: Unicode composition (NFC),
typographic quotes and apostrophes (to ASCII ``"`` and ``'``), runs of whitespace (to one
space) and invisible format characters (zero-width spaces and joiners, soft hyphens, BOMs and
bidirectional marks and controls, which content systems leave in copy). The policy, and how
columns are counted, is in docs/unicode.md. Every normalised character keeps the span of original
text it came from, so a match found in normalised text is reported on the original, untouched.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02"
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\u2032\uff07"
# Zero-width characters, BOM and soft hyphen, and the bidirectional controls (marks, embeddings,
# overrides, isolates) that content systems leave in copy: none is a letter an editor means.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad"
                      "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Quotation marks as the analyses pair them (the normaliser above folds more, for comparison):
# double marks, typographic, low-9 and straight, and guillemets; single marks, which quote only
# in pairs whose sides look like quotation marks (an apostrophe sits between letters).
OPENING_DOUBLE_MARKS = "\u201c\u201e\u201f"  # “ „ ‟
CLOSING_DOUBLE_MARK = "\u201d"  # ”
STRAIGHT_DOUBLE_MARK = '"'
GUILLEMETS = "\u00ab\u00bb"  # « »
FULLWIDTH_DOUBLE_MARK = "\uff02"  # ＂ (quotes, as the others do; the pairing leaves it out)
DOUBLE_MARKS = OPENING_DOUBLE_MARKS + CLOSING_DOUBLE_MARK + STRAIGHT_DOUBLE_MARK + FULLWIDTH_DOUBLE_MARK + GUILLEMETS
SINGLE_MARKS = "'\u2018\u2019\u201a\u201b"  # ' ‘ ’ ‚ ‛
_FOLD = {**{ord(c): '"' for c in DOUBLE_QUOTES}, **{ord(c): "'" for c in SINGLE_QUOTES}}
_FOLD_MARKS = DOUBLE_QUOTES + SINGLE_QUOTES
CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
"""A clock time's hour and minutes (``9:05``, ``21.30``), as a pattern to build on."""
LINE_BREAK = re.compile(r"\r\n|\r|\n")
PROSE_WORD = re.compile(r"\w+(?:['’-]\w+)*")
"""A word of prose as a reader counts it: an apostrophe or a hyphen inside does not split it
(``don't``, Indonesian reduplication ``panas-panas``, ``well-known``)."""


class Offsets(Protocol):
    """Per normalised character, an offset into the original text (a tuple, or runs of them)."""

    def __getitem__(self, index: int, /) -> int: ...

    def __len__(self) -> int: ...


class _RunOffsets:
    """:class:`Offsets` kept as runs, for text already in NFC: a few runs, not one int a character.

    Piece ``p`` starts at normalised index ``firsts[p]`` and original offset ``origins[p]``. A
    run of unchanged characters maps one to one (``widths[p]`` is -1); a folded gap is one
    normalised space standing for ``widths[p]`` original characters.
    """

    __slots__ = ("ends", "firsts", "length", "origins", "widths")

    def __init__(self, firsts: list[int], origins: list[int], widths: list[int], length: int,
                 *, ends: bool) -> None:
        self.firsts, self.origins, self.widths = firsts, origins, widths
        self.length, self.ends = length, ends

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index: int, /) -> int:
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError(index)
        piece = bisect.bisect_right(self.firsts, index) - 1
        width = self.widths[piece]
        if width >= 0:
            return self.origins[piece] + (width if self.ends else 0)
        return self.origins[piece] + index - self.firsts[piece] + (1 if self.ends else 0)


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and, per normalised character, the original span it stands for."""

    text: str
    starts: Offsets
    ends: Offsets

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` back to the original text."""
        if start >= end:
            anchor = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return anchor, anchor
        return self.starts[start], self.ends[end - 1]

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Original spans of every (possibly overlapping) occurrence of a normalised needle."""
        if not needle:
            return []
        spans = []
        at = self.text.find(needle)
        while at != -1:
            spans.append(self.original_span(at, at + len(needle)))
            at = self.text.find(needle, at + 1)
        return spans


def _segments(text: str) -> list[tuple[int, int]]:
    """Split into runs of one starter plus its combining marks, which NFC keeps separate."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or unicodedata.combining(text[index]) == 0:
            bounds.append((start, index))
            start = index
    return bounds


# A run of whitespace and invisible characters becomes one space when it holds any whitespace,
# else nothing. A lone space stays what it is, so it is not matched: prose then has few gaps.
# A gap is a run of two or more such characters, or a single one that is not a space; the
# pattern starts with the one class every gap starts with, so the engine skips to candidates at
# C speed instead of trying alternatives at every character.
_INVISIBLE_CLASS = "[" + "".join(sorted(INVISIBLE)) + "]"
_GAP_CHARS = "[\\s" + "".join(sorted(INVISIBLE)) + "]"
_GAP = re.compile(f"{_GAP_CHARS}(?:{_GAP_CHARS}+|(?<=[^\\S ])|(?<={_INVISIBLE_CLASS}))")


def _normalise_nfc(text: str) -> Normalised:
    """:func:`normalise` for text already in NFC: whole runs at a time rather than characters
    (the common case, and the one that runs once per article)."""
    parts: list[str] = []
    firsts: list[int] = []
    origins: list[int] = []
    widths: list[int] = []
    done = 0
    length = 0
    for gap in _GAP.finditer(text):
        start, end = gap.span()
        if start > done:
            parts.append(text[done:start])
            firsts.append(length)
            origins.append(done)
            widths.append(-1)
            length += start - done
        done = end
        run = gap.group()
        if run.isspace():  # the usual gap: line breaks, spaces, no invisible character
            first, last = start, end
        else:
            spaces = [start + i for i, char in enumerate(run) if char.isspace()]
            if not spaces:
                continue  # only invisible characters: dropped
            first, last = spaces[0], spaces[-1] + 1
        parts.append(" ")
        firsts.append(length)
        origins.append(first)
        widths.append(last - first)
        length += 1
    if done < len(text):
        parts.append(text[done:])
        firsts.append(length)
        origins.append(done)
        widths.append(-1)
        length += len(text) - done
    return Normalised(_fold_quotes("".join(parts)),
                      _RunOffsets(firsts, origins, widths, length, ends=False),
                      _RunOffsets(firsts, origins, widths, length, ends=True))


def _fold_quotes(text: str) -> str:
    """``text.translate(_FOLD)``: quotes folded to ASCII, a C-speed pass per mark present."""
    if text.isascii():  # no mark to fold (every one is outside ASCII); a flag, not a scan
        return text
    for mark in _FOLD_MARKS:
        if mark in text:
            text = text.replace(mark, _FOLD[ord(mark)])
    return text


def normalise(text: str) -> Normalised:
    """Normalise ``text`` (NFC, quote folding, whitespace folding) keeping an offset map."""
    if unicodedata.is_normalized("NFC", text):
        return _normalise_nfc(text)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pieces: list[tuple[str, int, int]] = []
    for start, end in _segments(text):
        for c in unicodedata.normalize("NFC", text[start:end]):
            pieces.append((c, start, end))
    in_space = False
    for char, start, end in pieces:
        if char in INVISIBLE:
            continue
        if char.isspace():
            if in_space:
                ends[-1] = end
                continue
            in_space = True
            char = " "
        else:
            in_space = False
            char = char.translate(_FOLD)
        chars.append(char)
        starts.append(start)
        ends.append(end)
    return Normalised("".join(chars), tuple(starts), tuple(ends))


def _gap_replacement(gap: re.Match[str]) -> str:
    return " " if any(char.isspace() for char in gap.group()) else ""


def normalised_text(text: str) -> str:
    """Only the normalised string (for short strings such as quotes and acknowledgements)."""
    if not text:
        return ""
    if unicodedata.is_normalized("NFC", text):
        return _fold_quotes(_GAP.sub(_gap_replacement, text)).strip()  # no offset map needed
    return normalise(text).text.strip()


@dataclass(frozen=True)
class LineIndex:
    """Maps code-point offsets of a text to 1-based (line, column). CRLF and CR are one break."""

    text: str

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        """Offset at which each line starts."""
        text = self.text
        if "\r" in text:
            return (0, *(m.end() for m in LINE_BREAK.finditer(text)))
        starts = [0]  # LF breaks only (the usual case): found by str.find, no match objects
        at = text.find("\n")
        while at != -1:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        return tuple(starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_end(self, offset: int) -> int:
        """Offset where the line holding ``offset`` ends, before its line break."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        if line + 1 >= len(self.line_starts):
            return len(self.text)
        following = self.line_starts[line + 1]
        return following - (2 if self.text[following - 2:following] == "\r\n" else 1)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


# --- the closest passage ----------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_MOST_WORDS = 60
"""Longer wording is not searched for a closest passage: the search is for an editor's typo,
not for a paragraph rewritten."""
_MOST_PLACES = 40
_ALIKE = 0.75


@dataclass(slots=True)
class NearPassage:
    """A passage of the text (``start``, ``end``: offsets of its first and last word) and the
    first words that differ from what was looked for (``quote``, ``article``)."""

    start: int
    end: int
    differs: dict[str, str]


class WordIndex:
    """The normalised article's words, and where each (case-folded) occurs."""

    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.words = [text[a:b].casefold() for a, b in self.spans]
        self.places: dict[str, list[int]] = {}
        for place, word in enumerate(self.words):
            self.places.setdefault(word, []).append(place)

    def closest(self, quote: str) -> NearPassage | None:
        """The passage most like ``quote`` word for word, when it is alike enough: three quarters
        of the words alike, in order, or all but one word of three or more. Bounded work: at
        most a few dozen places are tried, whatever the length of the text."""
        wanted = [m.group().casefold() for m in _WORD.finditer(quote)]
        if not 2 <= len(wanted) <= _MOST_WORDS:
            return None
        # Where the passage may start: the quote's words found in the article, rarest first,
        # each place shifted back by the word's position in the quote.
        starts: set[int] = set()
        for offset, word in sorted(enumerate(wanted), key=lambda item: len(self.places.get(item[1], ()))):
            for place in self.places.get(word, ())[:_MOST_PLACES]:
                starts.add(max(0, place - offset))
            if len(starts) >= _MOST_PLACES:
                break
        best: tuple[float, int, int, int] | None = None
        for start in sorted(starts):
            for length in range(max(1, len(wanted) - 2), len(wanted) + 3):
                window = self.words[start:start + length]
                matcher = difflib.SequenceMatcher(None, wanted, window, autojunk=False)
                if best is not None and matcher.quick_ratio() <= best[0]:
                    continue  # (an upper bound of the ratio: this window cannot do better)
                ratio = matcher.ratio()
                if best is None or ratio > best[0]:
                    same = sum(block.size for block in matcher.get_matching_blocks())
                    best = (ratio, same, start, start + len(window))
        # Alike: three quarters of the words, or all but one word of a quote of three or more.
        if best is None or not (best[0] >= _ALIKE or (len(wanted) >= 3 and best[1] >= len(wanted) - 1)):
            return None
        _, _, first, last = best
        window = self.words[first:last]
        differs = {"quote": "", "article": ""}
        for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, wanted, window, autojunk=False).get_opcodes():
            if tag != "equal":
                differs = {"quote": " ".join(wanted[a1:a2]), "article": " ".join(window[b1:b2])}
                break
        return NearPassage(self.spans[first][0], self.spans[last - 1][1], differs)
