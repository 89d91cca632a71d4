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


@pytest.mark.parametrize(("line", "expected"), [
    ("Rina Hartati Peneliti Lembaga Kajian Anggaran Publik", "Rina Hartati"),
    ("Rina Hartati Peneliti", ""),  # no post of two words
    ("RINA HARTATI Peneliti Lembaga Kajian", ""),  # a name in capitals: a heading
    ("Rina 2024 Peneliti Lembaga Kajian", ""),  # a number is no name
    ("Ketua RT Budi Santoso Warga Desa Sukamaju", ""),  # a role opens the "name"
    ("Rina Ayu Hartati Lestari Peneliti Lembaga Kajian", "Rina Ayu Hartati Lestari"),
    ("Rina Ayu Hartati Lestari Wulan Peneliti Lembaga Kajian", ""),  # too long for a name
    ("Rina Hartati Wartawan Harian Sukamaju", ""),  # a newsroom job: a staff byline
])
def test_a_writers_name_and_post_on_one_line(line: str, expected: str) -> None:
    from klaim.article import _name_and_post, _opinion_words

    vocabulary = _opinion_words("id")
    assert _name_and_post(line, vocabulary.roles, vocabulary.newsroom) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["BangFauzi"], True),
    (["PakRahmat"], True),
    (["Pak", "Rahmat"], True),
    (["Publik"], False),
    (["PUBLIK"], False),
    (["Rakyat", "Kecil"], False),
    (["Pak", "Rahmat", "Hidayat"], False),
])
def test_a_writers_handle(words: list[str], expected: bool) -> None:
    from klaim.article import _opinion_words, _writers_handle

    assert _writers_handle(words, _opinion_words("id").honorifics) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("some way, since the deals are struck", True),
    ("e-KTP yang rusak bisa ditukar", False),
    ("iPhone sales fell", False),
    ("   and the council agreed", True),
    ("The council agreed", False),
    ("", False),
])
def test_a_line_that_runs_on(line: str, expected: bool) -> None:
    from klaim.article import _runs_on

    assert _runs_on(line) is expected
