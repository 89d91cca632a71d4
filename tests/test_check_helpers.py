"""Small readers inside the loader and the checks, each condition pinned by a case."""

from __future__ import annotations

import pytest

from klaim.article import _numeric_date_like, _open_quotation
from klaim.checks.quote_without_speaker import _slogan


@pytest.mark.parametrize(("line", "expected"), [
    ("23 04-2019", True),
    ("2019 04 23", True),
    ("12/31/2019", True),  # a month-first date
    ("2019-2024", False),  # a range of years: two numbers
    ("23 04-2019-2020", False),  # more than three numbers
    ("23 04-1819", False),  # no year of these centuries
    ("32 04-2019", False),  # no day above 31
    ("23 13-2019", False),  # no month among them
    ("23 04-2019 2020", False),
    ("123 04-2019", False),  # a number of three digits
])
def test_numbers_that_could_be_a_date(line: str, expected: bool) -> None:
    assert _numeric_date_like(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("The mayor said: “We spoke on Monday,", True),
    ("The mayor said: “We spoke on Monday,” and left,", False),
    ('The mayor said: "We spoke on Monday,', True),
    ('The mayor said: "We spoke," and "left,', True),
    ('The mayor said: "We spoke," and left,', False),
    ("Le maire a dit : « Nous avons parlé lundi,", True),
    ("Le maire a dit : « Nous avons parlé » lundi,", False),
])
def test_a_line_that_leaves_a_quotation_open(line: str, expected: bool) -> None:
    assert _open_quotation(line) is expected


@pytest.mark.parametrize(("words", "expected"), [
    ("Kabar Jujur dari Pelosok Negeri", True),
    ("Menyuarakan Hati untuk Kebenaran", True),
    ("Kabar Jujur", True),
    ("Jujur", False),  # one word: a term, not a motto
    ("Kabar Jujur dari Pelosok Negeri Yang Selalu Hadir Untuk Anda", False),  # too long for a motto
    ("Kabar Jujur, Pelosok Negeri", False),  # a clause's mark
    ("Kami Tidak Akan Mundur.", False),  # a sentence
    ("SAYA TIDAK BERSALAH", False),  # shouted
    ("Kami tidak akan mundur", False),  # a sentence in lower case
])
def test_a_motto_in_title_case(words: str, expected: bool) -> None:
    assert _slogan(words, "id") is expected
