"""The normaliser: what it folds, and that every match maps back to the original text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from klaim.text import LineIndex, normalise, normalised_text


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
