"""The normaliser: what it folds, and that every match maps back to the original text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from klaim.text import (
    _FOLD,
    _GAP,
    DOUBLE_QUOTES,
    INVISIBLE,
    LINE_BREAK,
    SINGLE_QUOTES,
    LineIndex,
    _fold_quotes,
    normalise,
    normalised_text,
)


def test_folds_quotes_whitespace_and_composition() -> None:
    original = "Ia berkata,\u00a0 \u201ckami\n siap\u201d \u2014 re\u0301gle\u0301 \u2019"
    assert normalise(original).text == "Ia berkata, \"kami siap\" \u2014 r\u00e9gl\u00e9 '"


def test_invisible_format_characters_are_dropped() -> None:
    assert normalised_text("kes\u200balahan be\u00adsar") == "kesalahan besar"


def test_find_all_reports_original_spans() -> None:
    original = "A  \u201cbig\u201d\tmistake and a \u201cbig\u201d mistake"
    norm = normalise(original)
    spans = norm.find_all(normalised_text('"big" mistake'))
    assert [original[s:e] for s, e in spans] == ["\u201cbig\u201d\tmistake", "\u201cbig\u201d mistake"]


def test_nfd_text_maps_back_to_whole_characters() -> None:
    original = "le ministre a dit re\u0301gle\u0301 hier"
    (start, end), = normalise(original).find_all("réglé")
    assert original[start:end] == "re\u0301gle\u0301"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_normalised_text_has_no_whitespace_runs_or_typographic_quotes(text: str) -> None:
    norm = normalise(text).text
    assert "  " not in norm
    assert not any(c in norm for c in "\u201c\u201d\u2018\u2019")
    assert unicodedata.is_normalized("NFC", norm) or any(unicodedata.combining(c) for c in norm)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60),
       st.data())
def test_every_normalised_span_maps_to_original_text_that_normalises_to_it(text: str, data: st.DataObject) -> None:
    norm = normalise(text)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    o_start, o_end = norm.original_span(start, end)
    assert 0 <= o_start < o_end <= len(text)
    piece = norm.text[start:end]
    if piece.strip() == piece and unicodedata.is_normalized("NFC", text):
        assert normalise(text[o_start:o_end]).text == piece


def test_line_index_counts_crlf_and_cr_as_one_break() -> None:
    index = LineIndex("a\r\nb\rc\nd")
    assert [index.position(i) for i in (0, 3, 5, 7)] == [(1, 1), (2, 1), (3, 1), (4, 1)]
    assert index.line_text(2) == "b"


# --- the fast paths stand for what they replace ----------------------------------------------------

_INVISIBLES = "".join(sorted(INVISIBLE))
# The gap pattern as first written: an alternation the engine tries at every character.
_GAP_REFERENCE = re.compile(f"[\\s{_INVISIBLES}]{{2,}}|[^\\S ]|[{_INVISIBLES}]")
_GAPPY = st.text(alphabet=st.sampled_from([" ", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\u00a0", "\u2028",
                                           "\u3000", "a", "é", *_INVISIBLES]), max_size=30)


@given(_GAPPY)
@settings(deadline=None)
def test_the_gap_pattern_finds_the_gaps_of_the_alternation_it_stands_for(text: str) -> None:
    assert [m.span() for m in _GAP.finditer(text)] == [m.span() for m in _GAP_REFERENCE.finditer(text)]


@given(st.lists(st.sampled_from(["a", " ", "\n", "\n", "\r", "\r\n", "\u2028", "\x85"]), max_size=30).map("".join))
@settings(deadline=None)
def test_line_starts_are_those_the_line_break_pattern_gives(text: str) -> None:
    # LF-only text takes str.find; text with a CR the pattern itself.
    expected = (0, *(m.end() for m in LINE_BREAK.finditer(text)))
    assert LineIndex(text).line_starts == expected


@given(st.text(alphabet=st.sampled_from(["a", "'", '"', " ", *DOUBLE_QUOTES, *SINGLE_QUOTES]), max_size=20))
@settings(deadline=None)
def test_quote_folding_is_the_translation_table(text: str) -> None:
    assert _fold_quotes(text) == text.translate(_FOLD)
