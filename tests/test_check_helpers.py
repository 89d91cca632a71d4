"""Small readers inside the loader and the checks, each condition pinned by a case."""

from __future__ import annotations

import pytest

from klaim.article import (
    _academic_byline,
    _calendar_word,
    _holds_job,
    _names_again,
    _news_bureau,
    _numeric_date_like,
    _open_quotation,
    _opinion_words,
)
from klaim.attribution import _mistyped
from klaim.checks.quote_without_speaker import _last_sentence, _slogan


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


@pytest.mark.parametrize(("word", "name", "expected"), [
    ("dramadi", "darmadi", True),  # two letters swapped
    ("surpiadi", "supriadi", True),
    ("sutapo", "sutopo", True),  # one letter, not among the last two
    ("rahmad", "rahmat", True),  # a final consonant's voiced twin
    ("rahman", "rahmat", False),  # a final consonant of another kind
    ("hartini", "hartono", False),  # another ending: another person
    ("suryani", "suryadi", False),
    ("setiawati", "setiawan", False),  # not as long
    ("darmadi", "darmadi", False),  # the name itself
    ("dramida", "darmadi", False),  # two changes apart
])
def test_a_titled_name_mistyped(word: str, name: str, expected: bool) -> None:
    assert _mistyped(word, name) is expected


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("Prof. Tjipta Lesmana", "id", ("Tjipta Lesmana", False)),
    ("Oleh: Rina Hartati, M.Si", "id", ("Rina Hartati", True)),
    ("By Dr. Ann Lee", "en", ("Ann Lee", True)),
    ("Rina Hartati, M.Si", "id", ("", False)),  # a degree needs a byline's word
    ("Penulis: Budi Santoso, S.Sos", "id", ("", False)),  # a staff credit
    ("Oleh: dr. Rina Hartati", "id", ("", False)),  # no capitalised title
    ("Prof. Budi mengatakan hal itu.", "id", ("", False)),  # a sentence
    ("Prof Budi", "id", ("", False)),  # one word of name
])
def test_an_academic_byline(line: str, lang: str, expected: tuple[str, bool]) -> None:
    assert _academic_byline(line, _opinion_words(lang)) == expected


@pytest.mark.parametrize(("post", "lang", "expected"), [
    ("kepala biro kabarkita sukamaju", "id", True),
    ("kepala biro kabarkita kabupaten sukamaju", "id", True),  # a place's word names no government
    ("kepala biro hukum setda provinsi jawa barat", "id", False),
    ("kepala biro sukamaju pemprov jawa barat", "id", False),  # a government's word anywhere
    ("senior reporter, capitol bureau", "en", True),
    ("director of the bureau of economic research", "en", False),  # "of" after the bureau's word
    ("washington bureau chief", "en", True),
    ("guru sd negeri 3", "id", False),  # no bureau
])
def test_a_news_bureau(post: str, lang: str, expected: bool) -> None:
    assert _news_bureau(post.replace(",", "").split(), _opinion_words(lang)) is expected


@pytest.mark.parametrize(("post", "expected"), [
    ("director of digital news", True),  # a phrase of the lexicon
    ("director of news", True),
    ("chief political correspondent", True),
    ("director of the digital rights foundation", False),
    ("professor of digital humanities", False),  # "of digital" only at the post's end
    ("head of digital", True),
    ("founder of the news literacy project", False),
])
def test_a_newsroom_job(post: str, expected: bool) -> None:
    assert _holds_job(post.split(), _opinion_words("en").newsroom) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Tuesday", True), ("Maret", True), ("Sukirman", False), ("Ann Lee", False),
])
def test_a_calendar_word_for_a_name(name: str, expected: bool) -> None:
    assert _calendar_word(name, "id") is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Polisi memeriksa Kepala Desa Ahmad Fauzi kemarin.", True),  # the whole name
    ("Menurut Pak Fauzi, dana sudah dilaporkan.", True),  # the last word after a title
    ("Setiap pagi Pak Ahmad mendorong gerobaknya.", False),  # a first name after a title: another Ahmad
    ("kata Ahmad kepada wartawan.", True),  # a word alone
    ("Putusan Mahkamah Fauzi dibacakan.", False),  # inside another proper name
])
def test_a_name_named_again(text: str, expected: bool) -> None:
    assert _names_again("Ahmad Fauzi", text, frozenset({"pak", "kepala", "desa"})) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Berikut pengumuman di pintu kantor PT. Sukamaju Jaya:", "Berikut"),  # an abbreviation ends none
    ("Apa kabar? Tahun ini jawabannya datang:", "Tahun"),  # a question's mark ends one
    ("Hujan turun sejak pagi. Air naik:", "Air"),
    ("Sejak 2024. Tahun ini:", "Tahun"),  # a number's full stop ends one
])
def test_the_last_sentence(text: str, expected: str) -> None:
    assert text[_last_sentence(text):].startswith(expected)

