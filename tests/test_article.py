"""The article loader: datelines, zones, language, paragraphs, both formats."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klaim.article import _kind, _lines, _read_to_limit, decode, detect_language, load_article, parse_dateline_value
from klaim.text import LINE_BREAK


def _offset(hours: float) -> dt.timedelta:
    return dt.timedelta(minutes=int(hours * 60))


@pytest.mark.parametrize(("value", "lang", "date", "time", "offset"), [
    ("23 Jun 2024 09:05 wib.", "id", "2024-06-23", "09:05", 7),
    ("06/12/2011, 11:08 WIB", "id", "2011-12-06", "11:08", 7),
    ("2023-07-01", "id", "2023-07-01", None, None),
    ("June 21, 2024", "en", "2024-06-21", None, None),
    ("Senin, 24 Juni 2024 10:00 WITA", "id", "2024-06-24", "10:00", 8),
    ("Jum'at, 29/05/2020 09:45 WIB", "id", "2020-05-29", "09:45", 7),  # a weekday spelt with its apostrophe
    ("5 Agt 2024 pukul 07.30 WIT", "id", "2024-08-05", "07:30", 9),
    ("12 Nopember 2019", "id", "2019-11-12", None, None),
    ("3 Pebruari 2020 13:00 WIB", "id", "2020-02-03", "13:00", 7),
    ("2024-06-23T09:05:00+07:00", "en", "2024-06-23", "09:05", 7),
    ("July 4, 2024 3:15 p.m. ET", "en", "2024-07-04", "15:15", -4),
    ("January 4, 2024 3:15 pm ET", "en", "2024-01-04", "15:15", -5),
    ("Jan. 4, 2024, 10:00 UTC+05:30", "en", "2024-01-04", "10:00", 5.5),
    ("06/12/2011 08:00 GMT", "en", "2011-06-12", "08:00", 0),
    ("24th October 2017", "en", "2017-10-24", None, None),
    ("6th Mar 2021 5:00 AM | Updated: 8:26 AM", "en", "2021-03-06", "05:00", None),
    ("09:11, August 19, 2011", "en", "2011-08-19", "09:11", None),
    ("10:17 WIB, Senin, 24 Februari 2025", "id", "2025-02-24", "10:17", 7),
])
def test_dateline_forms(value: str, lang: str, date: str, time: str | None, offset: float | None) -> None:
    parsed = parse_dateline_value(value, lang)
    assert parsed is not None
    assert parsed[0] == dt.date.fromisoformat(date)
    assert (parsed[1].strftime("%H:%M") if parsed[1] else None) == time
    assert parsed[2] == (_offset(offset) if offset is not None else None)


@pytest.mark.parametrize("value", ["sometime last week", "31 Jun 2024", "", "13/13/2024"])
def test_unreadable_datelines(value: str) -> None:
    assert parse_dateline_value(value, "id") is None


def test_plain_article_structure_and_offsets() -> None:
    text = ("\ufeffJudul berita\r\nTanggal: 23 Jun 2024 09:05 WIB\r\n\r\nParagraf pertama yang cukup panjang, "
            "kata menteri.\r\nSubjudul pendek\rFoto: Menteri di kantornya.\nParagraf terakhir dan penutup.")
    decoded = decode(text.encode("utf-8"))
    assert isinstance(decoded, str)
    article = load_article(decoded, "seeds/a.txt")
    assert article.title == "Judul berita"
    assert article.published == dt.datetime(2024, 6, 23, 9, 5, tzinfo=dt.timezone(_offset(7)))
    assert [(p.kind, p.line) for p in article.paragraphs] == [
        ("paragraph", 4), ("heading", 5), ("caption", 6), ("paragraph", 7)]
    for paragraph in article.paragraphs:
        assert decoded[paragraph.start:paragraph.end] == paragraph.text
        assert article.lines.position(paragraph.start) == (paragraph.line, 1)
    assert article.problems == []


@pytest.mark.parametrize(("line", "kind"), [
    ("“Dugaan sementara penyebab kebakaran korsleting listrik. Kerugian di", "paragraph"),
    ("Banjir lagi. Warga mengungsi", "paragraph"),
    ("Prof. H. Amin Rais Terpilih", "heading"),
    ("Tim U.S. Open Menang", "heading"),
])
def test_a_short_line_with_a_sentence_ending_inside_is_prose(line: str, kind: str) -> None:
    article = load_article(f"Title\nDate: 2024-03-05\n{line}\nMore text.\n", "a.txt")
    assert article.paragraphs[0].kind == kind


def test_missing_dateline_is_a_problem_not_a_crash() -> None:
    article = load_article("Title\nThe minister said on Friday the plan would go ahead.\n", "a.txt")
    assert article.dateline is None
    assert [(p.code, p.line, p.data["reason"]) for p in article.problems] == [("KL006", 2, "missing")]
    assert [p.kind for p in article.paragraphs] == ["paragraph"]


@pytest.mark.parametrize(("line", "body", "date", "time"), [
    ("Rabu, 11/07/2012 21:59 WIB", "Menteri itu berbicara kepada wartawan.", dt.date(2012, 7, 11), dt.time(21, 59)),
    ("Kamis, 17 Oktober 2024 14:30 WIB", "Menteri itu berbicara kepada wartawan.", dt.date(2024, 10, 17),
     dt.time(14, 30)),
    ("March 7, 2018 / 10:15 AM / Updated 6 years ago", "The minister spoke to reporters.", dt.date(2018, 3, 7),
     dt.time(10, 15)),
    ("Published on June 21, 2024", "The minister spoke to reporters.", dt.date(2024, 6, 21), None),
    ("2024-06-23", "The minister spoke to reporters.", dt.date(2024, 6, 23), None),
    ("Kompas.com - 18/04/2014, 02:59 WIB", "Menteri itu berbicara kepada wartawan.", dt.date(2014, 4, 18),
     dt.time(2, 59)),
    ("Detik News | Rabu, 11 Jul 2012 21:59 WIB", "Menteri itu berbicara kepada wartawan.", dt.date(2012, 7, 11),
     dt.time(21, 59)),
    ("Tayang: Senin, 24 Februari 2025 10:17 WIB", "Menteri itu berbicara kepada wartawan.", dt.date(2025, 2, 24),
     dt.time(10, 17)),
    ("Diposting : 25 September 2020 01:29", "Menteri itu berbicara kepada wartawan.", dt.date(2020, 9, 25),
     dt.time(1, 29)),
    ("Rabu, 14 September 2016 Reporter: Budi Santoso Editor: Rina Hartati 3235",
     "Menteri itu berbicara kepada wartawan.", dt.date(2016, 9, 14), None),
    ("Posted at 10:00 AM, May 03, 2020", "The minister spoke to reporters.", dt.date(2020, 5, 3), dt.time(10, 0)),
    ("March 8, 2011, 9 p.m. (ET)", "The minister spoke to reporters.", dt.date(2011, 3, 8), None),
    ("2017/11/02 02:47", "Menteri itu berbicara kepada wartawan.", dt.date(2017, 11, 2), dt.time(2, 47)),
    ("Xinhua, January 7, 2015", "The minister spoke to reporters.", dt.date(2015, 1, 7), None),
    ("Sabtu, 11 September 2021 | 11:08 WIB Last Updated 2021-09-11T08:29:52Z",
     "Menteri itu berbicara kepada wartawan.", dt.date(2021, 9, 11), dt.time(11, 8)),
    ("Jane Doe (@JaneDoe) Published March 05, 2024 | 10:30 AM", "The minister spoke to reporters.",
     dt.date(2024, 3, 5), dt.time(10, 30)),
    ("14.3.2024 10:05:12 CET | Newswire | Press release", "The minister spoke to reporters.",
     dt.date(2024, 3, 14), dt.time(10, 5, 12)),
    ("Page last updated at 10:15 GMT, Tuesday, 5 March 2024", "The minister spoke to reporters.",
     dt.date(2024, 3, 5), dt.time(10, 15)),
    ("Created Mar 04 2024", "The minister spoke to reporters.", dt.date(2024, 3, 4), None),
    ("16:45 on 6 March 2024 GMT", "The minister spoke to reporters.", dt.date(2024, 3, 6), dt.time(16, 45)),
    ("6 March 2024 10:15 EAT", "The minister spoke to reporters.", dt.date(2024, 3, 6), dt.time(10, 15)),
    ("Wed,Mar 06 2024", "The minister spoke to reporters.", dt.date(2024, 3, 6), None),
    ("Published By : Admin | March 6, 2024 | 10:15 IST", "The minister spoke to reporters.",
     dt.date(2024, 3, 6), dt.time(10, 15)),
    ("Rina Marlina / ABC Kamis, 13 Juni 2019 | 15:49 WIB", "Menteri itu berbicara kepada wartawan.",
     dt.date(2019, 6, 13), dt.time(15, 49)),
    ("2008-04-18 / Columnists", "The minister spoke to reporters.", dt.date(2008, 4, 18), None),
    ("1:05 p.m. EST, May 10, 2012|The State", "The minister spoke to reporters.", dt.date(2012, 5, 10), None),
    ("Kamis, 14 Maret 2024 / Berita Daerah", "Menteri itu berbicara kepada wartawan.", dt.date(2024, 3, 14), None),
])
def test_a_date_alone_on_the_line_after_the_title_is_the_dateline(
        line: str, body: str, date: dt.date, time: dt.time | None) -> None:
    article = load_article(f"Title of the story\n{line}\n{body}\n", "a.txt")
    assert article.dateline is not None and article.dateline.line == 2
    assert (article.published_date, article.dateline.time) == (date, time)
    assert article.problems == []
    assert [p.line for p in article.paragraphs] == [3]


def test_a_dateline_below_a_pages_furniture_is_the_dateline_and_the_furniture_stays_body() -> None:
    text = ("Mode Gelap/Terang\n\nWarga Desa Gelar Kerja Bakti\nRina Hartati\n"
            "Senin, 3 Juni 2024 08:15 WIB\nWarga menggelar kerja bakti, Senin (3/6/2024).\n")
    article = load_article(text, "a.txt", lang="id")
    assert article.dateline is not None and article.dateline.line == 5
    assert (article.published_date, article.dateline.time) == (dt.date(2024, 6, 3), dt.time(8, 15))
    assert article.problems == [] and article.title == "Mode Gelap/Terang"
    assert [(p.index, p.line) for p in article.paragraphs] == [(0, 3), (1, 4), (2, 6)]


def test_a_first_line_of_many_words_is_the_first_paragraph_not_a_title() -> None:
    # round 91: a story pasted as one line, with no headline over it, and its date at the foot
    lede = ("Sukamaju - Sidang kasus pencurian sepeda motor di Pengadilan Negeri Sukamaju batal digelar "
            "karena terdakwa demam. Majelis hakim memutuskan menunda sidang hingga pekan depan setelah "
            "dokter memeriksa terdakwa di ruang tahanan. Ketua majelis hakim Wirharti meminta maaf kepada "
            "korban atas pembatalan itu. “Kita tunda Senin depan ya,” tukas Wirarti kepada wartawan di "
            "ruang sidang pengadilan itu, seperti disampaikan panitera pengganti yang hadir siang itu.")
    assert len(lede.split()) > 60
    article = load_article(f"{lede}\nSidang Pencurian Batal Digelar\nSenin 23-03-2020,20:04 WIB\n", "a.txt", lang="id")
    assert article.title == "" and article.paragraphs[0].line == 1 and article.paragraphs[0].kind == "paragraph"
    # sixty words exactly are the first paragraph too, fifty-nine a title (with no sentence's end)
    words = (lede.replace(".", "").replace("“", "").replace("”", "").replace(",", "") + " sidang") .split()
    sixty = load_article(" ".join(words[:60]) + "\nTanggal: 23 Mar 2020\nIsi berita.\n", "a.txt", lang="id")
    fifty_nine = load_article(" ".join(words[:59]) + "\nTanggal: 23 Mar 2020\nIsi berita.\n", "a.txt", lang="id")
    assert sixty.title == "" and fifty_nine.title == " ".join(words[:59])
    # with no dateline, the finding stands at the first line, which no title is over
    bare = load_article(f"{lede}\nWarga menunggu sidang berikutnya.\n", "a.txt", lang="id")
    assert [(p.line, p.data["reason"]) for p in bare.problems if p.code == "KL006"] == [(1, "missing")]
    # a long headline of under sixty words stays the title
    headline = " ".join(lede.split()[:40])
    titled = load_article(f"{headline}\nTanggal: 23 Mar 2020\nIsi berita.\n", "a.txt", lang="id")
    assert titled.title == headline and [p.line for p in titled.paragraphs] == [3]


def test_a_first_line_of_thirty_words_that_ends_a_sentence_is_the_first_paragraph() -> None:
    lede = ("Tacoma police on Friday announced the arrest of a 42-year-old man suspected in a deadly "
            "shooting outside a grocery store on the city's east side earlier this month, the department said.")
    assert 30 < len(lede.split()) < 60
    article = load_article(f"{lede}\nThe man was booked into the county jail.\n", "a.txt", lang="en")
    assert article.title == "" and [p.line for p in article.paragraphs] == [1, 2]
    # thirty words exactly that end a sentence are the first paragraph; twenty-nine a title
    words = lede.split()
    thirty = " ".join(words[:29]) + " today."
    assert len(thirty.split()) == 30
    assert load_article(f"{thirty}\nMore.\n", "a.txt", lang="en").title == ""
    twenty_nine = " ".join(words[:28]) + " today."
    assert load_article(f"{twenty_nine}\nMore.\n", "a.txt", lang="en").title == twenty_nine
    # a long headline that ends a sentence stays the title over its dateline (review 61)
    over_date = load_article(f"{lede}\nDate: 2024-03-05\nThe man was booked.\n", "a.txt", lang="en")
    assert over_date.title == lede and [p.line for p in over_date.paragraphs] == [3]
    # a long headline that ends with no sentence's mark stays the title
    headline = lede.removesuffix(".")
    titled = load_article(f"{headline}\nDate: 2024-03-05\nThe man was booked.\n", "a.txt", lang="en")
    assert titled.title == headline


def test_a_sign_offs_place_and_date_at_the_foot_is_the_date_line_and_no_paragraph() -> None:
    body = "".join(f"Paragraf {n}: rencana pemindahan pasar rakyat ke pinggir kota perlu ditinjau ulang, karena "
                   "pedagang kecil akan kehilangan pelanggan yang selama ini datang berjalan kaki.\n\n"
                   for n in range(1, 7))
    text = f"Pasar Rakyat Jangan Dipindah\n{body}Surabaya, 27 Juni 2019\n\nPenulis: Rudi\n"
    article = load_article(text, "a.txt", lang="id")
    assert article.dateline is not None and article.dateline.line == 14
    # (it dates nothing: an event's place and date, or a photo's, may stand so at the foot)
    assert article.published_date is None and article.problems == []
    assert 14 not in [p.line for p in article.paragraphs]
    # not a photo's credit, nor under a line that ends no sentence
    for foot in ("Photo by John Smith, 27 Juni 2019", "Foto: Rudi Hartono, 27 Juni 2019"):
        credited = load_article(text.replace("Surabaya, 27 Juni 2019", foot), "a.txt", lang="id")
        assert [p.data["reason"] for p in credited.problems] == ["missing"]
    unended = load_article(text.replace("berjalan kaki.\n\nSurabaya", "berjalan kaki\n\nSurabaya"), "a.txt",
                           lang="id")
    assert [p.data["reason"] for p in unended.problems] == ["missing"]


def test_a_date_over_the_title_is_the_pages_date_line_but_dates_nothing() -> None:
    # a blog's date or a site's date of the day, which may be years after the story: no
    # KL006, and no publication date to infer years from
    blog = load_article("Thursday, August 04, 2005\nStand Firm, Governor\nThe vote is next week.\n", "a.txt",
                        lang="en")
    assert blog.dateline is not None and blog.dateline.line == 1 and blog.problems == []
    assert (blog.title, blog.published_date) == ("Stand Firm, Governor", None)
    assert [p.line for p in blog.paragraphs] == [3]
    # no headline: the first paragraph (over 160 characters) follows the date, and stays body
    story = "The council on Monday delayed its vote on the new bus depot for the third time this year, saying " \
            "the costs of the land, the buses and the workshop had all risen again since the spring."
    untitled = load_article(f"Thursday, August 04, 2005\n{story}\nMore.\n", "a.txt", lang="en")
    assert untitled.title == "" and [p.line for p in untitled.paragraphs] == [2, 3] and untitled.problems == []
    # a site's date of the day over the title gives way to the dateline below it
    site = load_article("Senin, 6 Mei 2019\nWarga Gelar Kerja Bakti\nRabu, 1 Mei 2019 10:00 WIB\nWarga bekerja.\n",
                        "a.txt", lang="id")
    assert site.dateline is not None and site.dateline.line == 3 and site.published_date == dt.date(2019, 5, 1)


@pytest.mark.parametrize("widget", ["62.1 F\nLos Angeles\n", "31°C\n", "-4 C\nNew York City\n",
                                    "[Masthead] Fair ~ 61°F\nHigh: 77°F ~ Low: 63°F\n"])
def test_a_weather_widgets_date_over_the_title_dates_nothing(widget: str) -> None:
    # a temperature, perhaps a place, then the site's date of the day, over the headline
    article = load_article(f"{widget}Monday, Dec 5, 2022\n\nTime to Act\n\nVoters acted last week.\n", "a.txt",
                           lang="en")
    assert article.dateline is not None and article.dateline.line == widget.count("\n") + 1
    assert (article.title, article.published_date, article.problems) == ("Time to Act", None, [])


def test_a_temperature_over_a_headline_and_its_dateline_is_no_widget() -> None:
    # the line under the date is the lede, which a full stop ends: the date is the dateline
    article = load_article("31°C\nBanjir Lagi\nSelasa, 14 Mei 2024\n\nBanjir kembali merendam 200 rumah, kata Lurah.\n",
                           "a.txt", lang="id")
    assert article.published_date == dt.date(2024, 5, 14)


def test_a_temperature_over_more_than_a_place_is_no_widget() -> None:
    # a line of four words or more between the temperature and the date: the date is below a title
    article = load_article("62.1 F\nCouncil Passes the Road Levy\nMonday, Dec 5, 2022\nVoters acted last week.\n",
                           "a.txt", lang="en")
    assert article.published_date == dt.date(2022, 12, 5)


@pytest.mark.parametrize("lines", [
    # a story's paragraph (over 160 characters) ends the search
    ["The council on Monday delayed its vote on the new bus depot for the third time this year, saying "
     "the costs of the land, the buses and the workshop had all risen again since the spring.",
     "Monday, March 4, 2019"],
    # forty lines down is the furthest (ten, when no lede dates the story: below)
    [*(f"Line {n}" for n in range(1, 41)), "Monday, March 4, 2019"],
    # a second long line of one sentence ends the search (one is a teaser or a caption)
    ["Residents packed the hall to hear the council explain the new plan for the depot.",
     "Short line",
     "The council said that the costs of the land and the buses had all risen since the spring.",
     "Monday, March 4, 2019"],
])
def test_a_date_line_below_the_story_or_too_far_down_is_no_dateline(lines: list[str]) -> None:
    article = load_article("\n".join(["Council delays vote", *lines, "The vote is next month."]) + "\n", "a.txt",
                           lang="en")
    assert article.dateline is None
    assert [(p.code, p.line) for p in article.problems] == [("KL006", 2)]


@pytest.mark.parametrize(("lines", "line"), [
    # eleven to forty lines down, below a widget's short lines
    ([*(f"Line {n}" for n in range(1, 21)), "Monday, March 4, 2019"], 22),
    ([*(f"Line {n}" for n in range(1, 40)), "Monday, March 4, 2019"], 41),
    # below a long line of one sentence: a teaser, or a photo's caption
    (["Residents packed the hall to hear the council explain the new plan for the depot.",
      "Staff Writer", "Monday, March 4, 2019"], 4),
])
def test_a_dateline_further_down_the_head_dates_the_story(lines: list[str], line: int) -> None:
    article = load_article("\n".join(["Council delays vote", *lines, "The vote is next month."]) + "\n", "a.txt",
                           lang="en")
    assert article.dateline is not None and article.dateline.line == line
    assert article.dateline.date == dt.date(2019, 3, 4)
    assert article.problems == []
    assert "Monday, March 4, 2019" not in [p.text for p in article.paragraphs]


def test_a_dateline_under_teasers_below_their_section_labels_is_near() -> None:
    # a site's teasers of one long sentence each, each under its section's label, over the title
    lines = ["Headline", "Gubernur sebut kota butuh jalan yang lebar, aman, bersih, tertib, dan ramah pejalan kaki.",
             "Fokus", "Danau-danau di dataran tinggi menyimpan potensi wisata yang belum digarap pemerintah daerah.",
             "Harga Gula Tak Kunjung Jinak", "05/4/2024 06:00",
             "HARGA gula di Kota Sukamaju naik dua pekan berturut-turut sejak Senin (1/4)."]
    article = load_article("\n\n".join(lines) + "\n", "a.txt", lang="id")
    assert article.dateline is not None and article.dateline.line == 11
    assert article.published_date == dt.date(2024, 4, 5)
    # the same sentences with no label over them are the story's: the search stops
    unlabelled = load_article("\n\n".join(["Berita Terkini dari Kota Sukamaju Hari Ini", lines[1], lines[3],
                                             *lines[4:]]) + "\n", "a.txt", lang="id")
    assert unlabelled.published_date is None


@pytest.mark.parametrize(("first", "title", "date"), [
    ("05/27/10 — Foot in it, again? Council erred", "Foot in it, again? Council erred", dt.date(2010, 5, 27)),
    ("2019-03-14 - Bridge repairs start", "Bridge repairs start", dt.date(2019, 3, 14)),
    # a date in words may head an anniversary's headline: no site's stamp, and it dates nothing
    ("September 11, 2001 — Twenty Years Later", "Crews began work on the bridge, the city engineer said.", None),
    # no whole date before the dash: the line is the title
    ("2024 — A year in review", "2024 — A year in review", None),
    ("Jan. 6 — What happened at the Capitol", "Jan. 6 — What happened at the Capitol", None),
    ("Budi Santoso — Warga Sukamaju", "Budi Santoso — Warga Sukamaju", None),
    # no headline after the dash: a site's date of the day over the title, which dates nothing
    ("Rabu, 12 Nov 2025 - :", "Crews began work on the bridge, the city engineer said.", None),
])
def test_a_date_and_a_dash_before_the_headline_date_the_page(first: str, title: str, date: dt.date | None) -> None:
    article = load_article(f"{first}\n\nCrews began work on the bridge, the city engineer said.\n", "a.txt", lang="en")
    assert (article.title, article.published_date) == (title, date)


@pytest.mark.parametrize(("lede", "date"), [
    ("12 Maret 2020Warga Desa Sukamaju menggelar kerja bakti.", dt.date(2020, 3, 12)),
    ("June 27, 2018Voters in 17 provinces went to the polls.", dt.date(2018, 6, 27)),
    # no whole date before the glued word: no dateline
    ("Tahun 2018Pilkada digelar serentak.", None),
    ("[March 04, 2019]  MILLBROOK — This is Monday's report of the feed prices.", dt.date(2019, 3, 4)),
    ("[Foto] Warga menggelar kerja bakti.", None),
])
def test_a_date_glued_to_the_ledes_first_word_dates_the_story(lede: str, date: dt.date | None) -> None:
    article = load_article(f"Kerja Bakti\n{lede}\nKepala desa mengatakan kegiatan itu rutin.\n", "a.txt")
    assert article.published_date == date


@pytest.mark.parametrize(("lede", "date"), [
    ("September 29, 2009 (CHICAGO) The council voted on Monday.", dt.date(2009, 9, 29)),
    ("March 3, 2015 (SPRINGFIELD) The Elm Street bridge reopened.", dt.date(2015, 3, 3)),
    # a date in prose before words in parentheses that are no place in capitals: no dateline
    ("March 3, 2015 (a Tuesday) was the day the bridge reopened.", None),
    ("In March 2015 (SPRINGFIELD) the bridge reopened.", None),
])
def test_a_lede_that_opens_with_its_date_and_its_place_in_parentheses(lede: str, date: dt.date | None) -> None:
    article = load_article(f"Bridge reopens\n\n{lede}\n", "a.txt", lang="en")
    assert article.published_date == date


def test_a_date_line_right_under_a_teaser_is_no_near_dateline() -> None:
    # a short title read as a label over the lede: the chronology's first date right under the
    # lede is no dateline, and the lede dates the story (review 58)
    lines = ["Bridge Reopens",
             "OAKDALE, May 14, 2024 - The Elm Street bridge reopened to traffic on Tuesday after eight months "
             "of repairs, the county said.",
             "Sept. 8, 2023", "The bridge closes after cracks are found.",
             "May 13, 2024", "The bridge passes its load test.",
             "The county engineer said the final inspection ended on Monday, May 13."]
    article = load_article("\n".join(lines) + "\n", "a.txt", lang="en")
    assert article.published_date == dt.date(2024, 5, 14)


def test_a_weather_widgets_placed_date_over_the_headline_dates_nothing() -> None:
    article = load_article("31°C\nJakarta, Senin, 6 Januari 2025\nBanjir Rendam Sukamaju\n\n"
                           "Banjir merendam ratusan rumah di Sukamaju pada Selasa (14/5), kata Lurah Ahmad Fauzi.\n",
                           "a.txt", lang="id")
    assert article.published_date is None and article.title == "Banjir Rendam Sukamaju"


def test_a_lede_dateline_comes_before_one_further_down_the_head() -> None:
    lines = ["Photo: Jane Roe",
             "DENVER, March 3, 2019 - The council delayed its vote on the depot for the third time this year.",
             *(f"Line {n}" for n in range(1, 12)), "Monday, March 4, 2019", "The vote is next month."]
    article = load_article("\n".join(["Council delays vote", *lines]) + "\n", "a.txt", lang="en")
    assert article.dateline is not None and article.dateline.date == dt.date(2019, 3, 3)


def test_a_list_of_dates_further_down_the_head_is_no_dateline() -> None:
    # related stories with their dates under a menu: the story's own dateline below them dates it
    lines = [*(f"Menu {n}" for n in range(1, 12)), "Warga Keluhkan Jalan Rusak", "Selasa, 7 Maret 2023",
             "Dua Jembatan Rusak", "Sabtu, 4 Februari 2023", "Kamis, 6 Juni 2024 10:00 WIB",
             "SUKAMAJU - Jembatan gantung putus diterjang banjir, Senin (3/6)."]
    article = load_article("\n".join(["Jembatan Gantung Putus", *lines]) + "\n", "a.txt", lang="id")
    assert article.dateline is not None and (article.dateline.line, article.dateline.date) == (17, dt.date(2024, 6, 6))


def test_the_storys_sentences_end_the_search_further_down_the_head() -> None:
    # an undated story of short paragraphs, then a chronology: its date is no dateline
    lines = ["Banjir bandang kembali melanda Desa Sukamaju, Kecamatan Sukajaya, Kabupaten Sukamaju, Kamis (6/6).",
             "Ratusan rumah terendam lumpur.", "Warga kini mengungsi di balai desa.",
             "Berikut kronologi banjir bandang tiga tahun lalu:", "Minggu, 6 Juni 2021", "Hujan deras mengguyur hulu."]
    article = load_article("\n".join(["Banjir Bandang Landa Sukamaju", *lines]) + "\n", "a.txt", lang="id")
    assert article.dateline is None
    assert [(p.code, p.line, p.data["reason"]) for p in article.problems] == [("KL006", 2, "missing")]


def test_a_date_line_at_the_reach_is_the_dateline() -> None:
    lines = ["Council delays vote", *(f"Line {n}" for n in range(1, 10)), "Monday, March 4, 2019", "More."]
    article = load_article("\n".join(lines) + "\n", "a.txt", lang="en")
    assert article.dateline is not None and article.dateline.line == 11 and article.problems == []


@pytest.mark.parametrize("line", [
    "23 Juni 2024 – Presiden mengatakan bahwa rapat kabinet digelar hari ini di Istana Negara.",
    "June 21, 2024 was the day the council finally approved the new flood budget for the city.",
    "Minister says June 21, 2024 is the deadline",
    '1 Mei 2024: "Kami tidak akan mundur sedikit pun."',
    "18 Maret 2024 adalah hari yang kelam.",
    "Jakarta - 18/3/2024 banjir merendam 300 rumah.",
    "Updated 2024-03-09 the rules changed again.",
    "Jakarta, 18/3/2024 banjir merendam 300 rumah.",
    "Budi, 18 Maret 2024, hadir di sana.",
    "The report was published June 21, 2024 by the council.",
    "June 21, 2024 | The council approved the flood budget for the city today.",
    "June 21, 2024 / Council Approves Flood Budget for the City",
    "18 Maret 2024 / banjir merendam rumah",
])
def test_a_paragraph_that_opens_with_a_date_is_not_a_dateline(line: str) -> None:
    article = load_article(f"Title of the story\n{line}\nMore text.\n", "a.txt")
    assert article.dateline is None
    assert [(p.code, p.line, p.data["reason"]) for p in article.problems] == [("KL006", 2, "missing")]
    assert [p.line for p in article.paragraphs] == [2, 3]


def test_markdown_front_matter() -> None:
    text = ("---\ntitle: Judul\npublished: 2024-06-23T09:05:00+07:00\nlang: id\n---\n\n"
            "# Bagian\n\nBaris satu\nbaris dua.\n\nParagraf lain.\n")
    article = load_article(text, "seeds/a.md")
    assert (article.title, article.lang, article.lang_source) == ("Judul", "id", "front-matter")
    assert article.published_date == dt.date(2024, 6, 23)
    assert [(p.kind, p.line, p.text) for p in article.paragraphs] == [
        ("heading", 7, "# Bagian"), ("paragraph", 9, "Baris satu\nbaris dua."), ("paragraph", 12, "Paragraf lain.")]


def test_markdown_without_published_is_kl006() -> None:
    article = load_article("---\ntitle: T\n---\nText.\n", "a.md")
    assert [p.data["reason"] for p in article.problems] == ["missing"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Menteri mengatakan bahwa anggaran akan direvisi dan tidak ada perubahan pada program itu.", "id"),
    ("The minister said that the budget would be revised and that there was no change to the plan.", "en"),
])
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text, ["id", "en"]) == expected
    assert detect_language(text, ["en", "id"]) == expected


def test_dateline_keyword_decides_language_of_a_short_text() -> None:
    article = load_article("Judul\nTanggal: 06/12/2011, 11:08 WIB\nOK.\n", "a.txt", languages=["en", "id"])
    assert article.lang == "id"
    assert article.published_date == dt.date(2011, 12, 6)


@pytest.mark.parametrize(("raw", "reason"), [
    (b"caf\xe9\n", "encoding"), (b"a\x00b", "binary"), (b"x" * 20, "too-large")])
def test_decode_problems_are_located(raw: bytes, reason: str) -> None:
    problem = decode(raw, max_bytes=10)
    assert not isinstance(problem, str)
    assert problem.code == "KL001" and problem.data["reason"] == reason


# --- the fast paths stand for what they replace ----------------------------------------------------


@given(st.lists(st.sampled_from(["a", " ", "\n", "\n", "\r", "\r\n", "\u2028"]), max_size=30).map("".join))
@settings(deadline=None)
def test_lines_are_those_the_line_break_pattern_gives(text: str) -> None:
    # LF-only text is split by str.split; text with a CR by the pattern itself.
    starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]
    ends = [m.start() for m in LINE_BREAK.finditer(text)] + [len(text)]
    expected = [(number, start, end) for number, (start, end) in enumerate(zip(starts, ends, strict=True), 1)]
    assert _lines(text) == expected


@pytest.mark.parametrize(("line", "kind"), [
    ("Satu dua tiga empat lima enam tujuh delapan", "heading"),  # eight words: the most a heading has
    ("Satu dua tiga empat lima enam tujuh delapan sembilan", "paragraph"),
    ("  Satu  dua\ttiga ", "heading"),
    ("Satu dua tiga.", "paragraph"),  # a final full stop makes a sentence
    ("# Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh", "heading"),
    ("Foto: satu dua tiga empat lima enam tujuh delapan sembilan.", "caption"),
    # a credit after the caption's sentences, of a few words: a caption
    ("Satu dua tiga empat lima enam tujuh delapan sembilan. Foto: Dewi Lestari/Kabar", "caption"),
    ("Satu dua tiga empat lima enam. Foto: ANTARA/M. Risyal Hidayat.", "caption"),
    # prose after the label, a label inside a sentence: a paragraph
    ("Satu dua tiga. Foto: satu dua tiga empat lima enam tujuh delapan sembilan.", "paragraph"),
    ("Satu dua tiga empat lima enam tujuh delapan sembilan Foto: Dewi Lestari", "paragraph"),
    ("Satu dua tiga empat lima enam tujuh delapan sembilan.Foto: Dewi Lestari", "paragraph"),
    # a caption is short: no quotation, two sentences at most, 300 characters at most
    ('Satu dua tiga "empat lima" enam tujuh. Foto: Dewi Lestari', "paragraph"),
    ("Satu dua tiga. Empat lima enam. Tujuh delapan sembilan. Foto: Dewi Lestari", "paragraph"),
    ("Satu dua tiga. Empat lima enam. Foto: Dewi Lestari", "caption"),
    ("Satu " + "dua " * 80 + "tiga. Foto: Dewi Lestari", "paragraph"),
    ("Satu " + "dua " * 60 + "tiga. Foto: Dewi Lestari", "caption"),
    # lower-casing that changes the length ("İ" becomes two characters): offsets would not agree
    ("İki üç dört beş altı yedi sekiz dokuz on. Foto: Dewi Lestari", "paragraph"),
])
def test_paragraph_kinds(line: str, kind: str) -> None:
    assert _kind(line, ("foto:",)) == kind


@pytest.mark.parametrize(("lang", "line", "kind"), [
    ("id", "Baca juga: Jembatan Gantung di Desa Sukamaju Putus", "boilerplate"),
    ("id", "BACA JUGA Jembatan Gantung di Desa Sukamaju Putus Diterjang Banjir Bandang Semalam", "boilerplate"),
    ("id", "Baca berita dengan sedikit iklan, klik di sini", "boilerplate"),
    ("id", "- Iklan -", "boilerplate"),
    ("id", "ADVERTISEMENT", "boilerplate"),  # English boilerplate counts in any language
    # A web address with a call to action is a promotion; a web address alone is not.
    ("id", 'Gabung di grup Telegram "Kabar Pagi", caranya klik tautan https://t.me/contoh lalu bergabung.',
     "boilerplate"),
    ("id", "Data lengkap tersedia di situs https://bps.go.id sejak Senin pagi, kata kepala BPS.", "paragraph"),
    ("en", "Join our newsletter: visit https://example.com/news to sign up today.", "boilerplate"),
    ("id", "Iklan rokok dilarang tayang di televisi pada siang hari, kata pejabat itu.", "paragraph"),
    ("en", "Also Read | Ferry Services Resume After Three Days", "boilerplate"),
    ("en", "Read more: Talks in Hanoi end without a deal.", "boilerplate"),
    ("en", "Story continues below advertisement", "boilerplate"),
    ("en", "Also readers wrote to the paper to complain about the closure, the editor said.", "paragraph"),
    ("en", "Advertisement budgets rose by a third last year, the agency said.", "paragraph"),
])
def test_navigation_and_advertising_lines_are_boilerplate(lang: str, line: str, kind: str) -> None:
    article = load_article(f"Title\nDate: 2024-03-05\n{line}\n", "a.txt", lang=lang)
    assert [p.kind for p in article.paragraphs] == [kind]


def test_a_file_is_read_to_its_end_or_to_the_limit(tmp_path: Path) -> None:
    # The size fstat gave is where the first read stops; a file that grew since (a size given
    # too small here) is read on in chunks, to its end or to the limit.
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(range(256)) * 700)  # 179,200 bytes: more than one chunk past any size
    for size, limit, expected in [(179_200, 10**7, 179_200), (0, 10**7, 179_200), (10, 10**7, 179_200),
                                  (0, 100_001, 100_001), (10, 11, 11), (179_200, 179_201, 179_200)]:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            assert _read_to_limit(descriptor, size, limit) == path.read_bytes()[:expected]
        finally:
            os.close(descriptor)


def test_a_file_of_the_size_fstat_gave_is_read_in_one_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A short read of exactly the promised size is the end of a regular file: no second read
    # to find it. A file that reports no size (/proc) is read on until a read returns nothing.
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    reads: list[int] = []
    real_read = os.read

    def counting_read(descriptor: int, want: int) -> bytes:
        reads.append(want)
        return real_read(descriptor, want)

    monkeypatch.setattr(os, "read", counting_read)
    for size, calls in [(5000, 1), (0, 3)]:  # no size: 1 byte, then a chunk, then the empty read
        reads.clear()
        descriptor = os.open(path, os.O_RDONLY)
        try:
            assert _read_to_limit(descriptor, size, 10**7) == b"x" * 5000
        finally:
            os.close(descriptor)
        assert len(reads) == calls


@pytest.mark.parametrize(("first", "title"), [
    ("oleh", "Editorial: Jangan Menunggu"),  # a byline's word alone: furniture
    ("By:", "Editorial: Jangan Menunggu"),
    ("Penulis:", "Editorial: Jangan Menunggu"),  # (lexicon byline_words)
    ("Oleh Budi Santoso", "Oleh Budi Santoso"),  # a byline with its name stays where it is
])
def test_a_byline_word_alone_over_the_title_is_furniture(first: str, title: str) -> None:
    article = load_article(f"{first}\nEditorial: Jangan Menunggu\nTanggal: 3 Juni 2024\nIsi.\n", "a.txt", lang="id")
    assert article.title == title


def test_a_byline_word_over_a_dateline_stays_the_title() -> None:
    article = load_article("By:\nDate: 2024-06-03\nThe council met.\n", "a.txt", lang="en")
    assert article.title == "By:"
    assert article.dateline is not None and article.dateline.date == dt.date(2024, 6, 3)


_WRAPPED = ("Council picks its chair\nDate: 2001-01-08\n"
            "The Harbor Point council will meet at 6 p.m. on Tuesdays from January, the\n"
            "clerk, Ann Ford, said on Monday. Some members call the yearly race for chair\n"
            "a waste of time. And yes, it does shut out the public in some way, since the\n"
            "deals are struck in private, Ford said.\n"
            "Ford said the vote would be held on Jan. 9 at 7 p.m.\n"
            "in the council chamber, where members of the Harbor Point council expect a\n"
            "Close Count to be the talk of the evening, said Ford, and the public is welcome.\n"
            "PROCEDURE\n"
            "Photo: Ann Ford at the council chamber\n"
            "members cast their votes by hand, she said.\n")


def test_hard_wrapped_lines_are_joined_into_their_paragraphs() -> None:
    # Lines broken inside sentences (a lower-case start below a line with no sentence's mark, or
    # below a full stop of an abbreviation, "7 p.m."; a long line runs on whatever follows): one
    # paragraph spans them. A short heading and a caption stay blocks of their own, and a
    # caption takes no line.
    article = load_article(_WRAPPED, "w.txt", lang="en")
    blocks = [(p.line, p.kind, p.text.count("\n") + 1) for p in article.paragraphs]
    assert blocks == [(3, "paragraph", 4), (7, "paragraph", 3), (10, "heading", 1), (11, "caption", 1),
                      (12, "paragraph", 1)]
    first = article.paragraphs[0]
    assert (first.start, first.end) == (_WRAPPED.index("The Harbor"), _WRAPPED.index(" Ford said.") + 11)
    assert first.text == _WRAPPED[first.start:first.end]


def test_one_paragraph_per_line_is_not_unwrapped() -> None:
    # Two lines that begin in lower case below an unfinished line are too few for a wrapped text.
    text = ("Title\nDate: 2024-05-14\nThe mayor spoke on Monday\nand the council agreed.\n"
            "The vote is due\nin June.\nThe budget passed.\nThe road opens in July.\n")
    article = load_article(text, "p.txt", lang="en")
    assert [p.line for p in article.paragraphs] == [3, 4, 5, 6, 7, 8]


def test_a_single_break_between_blank_lines_joins_its_lines() -> None:
    # Paragraphs between blank lines: a line that leaves a quotation open and ends with a comma
    # or a word in lower case runs on into the line right under it. A line with no quotation
    # open (a poem's), one that ends with a capitalised word (a name, a heading) or a sentence
    # does not.
    text = ("Title\nDate: 2024-05-14\n\nThe mayor said: “We spoke on Monday,\nand the council agreed.”\n\n"
            "we were born beside the water,\nand you can hear it in our names\n\n"
            "By Ann Ford\nStaff writer\n\nThe vote is due in June.\nThe budget passed.\n\n"
            "The road opens in July.\n\nThe bridge opens in May.\n")
    article = load_article(text, "s.txt", lang="en")
    assert [(p.line, p.text.count("\n") + 1) for p in article.paragraphs] == [
        (4, 2), (7, 1), (8, 1), (10, 1), (11, 1), (13, 1), (14, 1), (16, 1), (18, 1)]


def test_a_blank_line_ends_a_paragraph_of_a_wrapped_text() -> None:
    # In a hard-wrapped text, a blank line is a paragraph's end whatever the lines around it.
    text = _WRAPPED + "\nthe mayor spoke last, and the council members said they would vote in the\n" \
        + "\nspring, after the budget is set by the county and the state.\n"
    article = load_article(text, "w.txt", lang="en")
    assert [p.line for p in article.paragraphs][-2:] == [14, 16]


def test_a_few_broken_lines_among_many_do_not_make_a_wrapped_text() -> None:
    # Three long lines broken inside a sentence among sixteen adjacent pairs (under a fifth) are
    # slips, not a wrapped text: every line stays a paragraph.
    broken = "The council met on Monday to discuss the new bus depot, and the members agreed to\n" \
             "delay the vote.\n"
    whole = "The council approved the budget for the next year after a long debate on Monday.\n"
    text = "Title\nDate: 2024-05-14\n" + broken * 3 + whole * 11
    article = load_article(text, "f.txt", lang="en")
    assert len(article.paragraphs) == 17


def test_a_blank_line_over_the_first_block_counts_between_blank_lines() -> None:
    # Two pairs of lines right under each other and one blank line between them: with the blank
    # line over the first block, the paragraphs stand between blank lines. A quotation left open
    # after a word in lower case (no comma) runs on too.
    text = ("Title\nDate: 2024-05-14\n\nThe mayor said: “We spoke on\nMonday and left.”\n\n"
            "The clerk said: “The vote is due,\nand the count too.”\n")
    article = load_article(text, "b.txt", lang="en")
    assert [(p.line, p.text.count("\n") + 1) for p in article.paragraphs] == [(4, 2), (7, 2)]
