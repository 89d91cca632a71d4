"""Date mentions: the forms newsrooms write, in several languages, and what is not a date.

Every sentence here was written for these tests. Assertions are on fields (offsets, weekday,
resolved date), never on wording.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

import pytest
from babel.dates import get_day_names, get_month_names
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from klaim.dates import (
    DateMention,
    Quotations,
    RelativeMention,
    bare_weekdays,
    expand_two_digit_year,
    extract_dates,
    extract_relative,
    future_markers,
    infer_year,
    mention_at,
    sentence_span,
    statement_attribution,
)

REFERENCE = dt.date(2024, 9, 5)  # a Thursday
TUESDAY = 1


def only(text: str, lang: str, reference: dt.date | None = REFERENCE) -> DateMention:
    mentions = extract_dates(text, lang, reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


# --- the forms ------------------------------------------------------------------------------

FORMS = [
    ("id", "Gubernur meresmikan jembatan itu Selasa (3/9) pagi.", "Selasa (3/9)", None),
    ("id", "Sidang dibuka hari Selasa (3/9) oleh hakim ketua.", "Selasa (3/9)", None),
    ("id", "Kontrak diteken Selasa (3/9/2024) di Surabaya.", "Selasa (3/9/2024)", 2024),
    ("id", "Kontrak diteken Selasa (3/9/24) di Surabaya.", "Selasa (3/9/24)", 2024),
    ("id", "Festival dibuka Selasa, 3 September 2024, di Medan.", "Selasa, 3 September 2024", 2024),
    ("id", "Festival dibuka Selasa 3 September di Medan.", "Selasa 3 September", None),
    ("id", "Pendaftaran dibuka Selasa tanggal 3 September 2024.",
     "Selasa tanggal 3 September 2024", 2024),
    ("id", "Hari jadi kota itu jatuh pada hari Selasa, 3 September.",
     "Selasa, 3 September", None),
    ("en", "The council voted on Tuesday, Sept. 3, 2024, to close the pier.",
     "Tuesday, Sept. 3, 2024", 2024),
    ("en", "The council voted on Tuesday, September 3, after a long debate.",
     "Tuesday, September 3", None),
    ("en", "The council voted Tuesday (Sept. 3) to close the pier.", "Tuesday (Sept. 3)", None),
    ("en", "Ballots were counted on Tuesday 3 September 2024 in Leeds.",
     "Tuesday 3 September 2024", 2024),
    ("en", "The filing is dated 2024-09-03 (Tuesday) in the register.",
     "2024-09-03 (Tuesday)", 2024),
    ("de", "Der Stadtrat tagte am Dienstag, 3. September 2024, im Rathaus.",
     "Dienstag, 3. September 2024", 2024),
    ("fr", "Le conseil s'est réuni mardi 3 septembre 2024 à Lyon.",
     "mardi 3 septembre 2024", 2024),
    ("es", "El concejo se reunió el martes 3 de septiembre en Quito.",
     "martes 3 de septiembre", None),
]


@pytest.mark.parametrize(("lang", "text", "mention", "year"), FORMS)
def test_weekday_date_pair_forms(lang: str, text: str, mention: str, year: int | None) -> None:
    found = only(text, lang)
    assert (found.start, found.end) == span(text, mention)
    assert found.text == mention
    assert found.weekday == TUESDAY
    assert (found.day, found.month) == (3, 9)
    assert found.year == year
    assert found.year_inferred is (year is None)
    assert found.resolved == dt.date(2024, 9, 3)
    assert found.weekday_matches is True
    assert not found.impossible
    weekday_word = text[found.weekday_start:found.weekday_end]
    assert weekday_word.casefold() in {"selasa", "tuesday", "dienstag", "mardi", "martes"}


@pytest.mark.parametrize(
    ("lang", "text", "mention", "date"),
    [
        ("id", "Gedung itu diresmikan 3 September 2024 oleh wali kota.", "3 September 2024",
         dt.date(2024, 9, 3)),
        ("en", "The bridge reopened September 3 after repairs.", "September 3",
         dt.date(2024, 9, 3)),
        ("en", "The bridge reopened on the 3rd of September.", "3rd of September",
         dt.date(2024, 9, 3)),
        ("id", "Jembatan dibuka kembali (21/6) setelah diperbaiki.", "21/6", dt.date(2024, 6, 21)),
        ("id", "Surat itu bertanggal 21/6/2023 dan ditandatangani camat.", "21/6/2023",
         dt.date(2023, 6, 21)),
        ("id", "Undangan menyebut tanggal 21/6 sebagai batas akhir.", "21/6",
         dt.date(2024, 6, 21)),
        ("de", "Die Frist endete am 3.9.2024 um Mitternacht.", "3.9.2024", dt.date(2024, 9, 3)),
    ],
)
def test_bare_dates(lang: str, text: str, mention: str, date: dt.date) -> None:
    found = only(text, lang)
    assert found.text == mention
    assert found.weekday is None
    assert found.weekday_start is None
    assert found.resolved == date


def test_numeric_order_follows_the_locale() -> None:
    # 4/9 is 4 September in Indonesian and German copy, April 9 in US English copy.
    assert only("Rapat digelar Rabu (4/9).", "id").resolved == dt.date(2024, 9, 4)
    assert only("The vote was held Tuesday (4/9).", "en").resolved == dt.date(2024, 4, 9)
    assert only("Die Wahl war am Mittwoch, 4.9.2024.", "de").resolved == dt.date(2024, 9, 4)


def test_month_first_locale_reads_an_impossible_month_day_first() -> None:
    found = only("The ceasefire started Friday (21/6).", "en")
    assert (found.day, found.month) == (21, 6)


@pytest.mark.parametrize(
    ("lang", "text", "weekday_word"),
    [
        ("id", "Pasar dibuka Sel (3/9) setelah renovasi.", "Sel"),
        ("en", "Polls opened Tue., Sept. 3, at dawn.", "Tue"),
        ("de", "Die Messe begann Di., 3.9.2024, in Köln.", "Di"),
        ("fr", "La grève a commencé mar. 3 sept. à Nantes.", "mar"),
    ],
)
def test_abbreviated_weekday_directly_paired(lang: str, text: str, weekday_word: str) -> None:
    found = only(text, lang)
    assert text[found.weekday_start:found.weekday_end] == weekday_word
    assert found.weekday == TUESDAY
    assert found.weekday_abbreviated


def test_names_are_case_insensitive() -> None:
    found = only("PEMILIHAN DIGELAR SELASA (3/9) DI SELURUH DESA.", "id")
    assert found.weekday == TUESDAY
    found = only("the vote took place on tuesday, september 3, in ohio.", "en")
    assert found.weekday == TUESDAY
    assert found.resolved == dt.date(2024, 9, 3)


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Pertemuan berlangsung Jum'at (6/9) di masjid raya.", 4),
        ("Pertemuan berlangsung Jum’at (6/9) di masjid raya.", 4),
        ("Pengajian digelar Ahad (8/9) selepas subuh.", 6),
    ],
)
def test_alias_spellings(text: str, weekday: int) -> None:
    assert only(text, "id").weekday == weekday


def test_wire_style_weekday_abbreviation() -> None:
    text = "Wire copy dated Tues. Sept. 3 arrived late."
    found = only(text, "en")
    assert text[found.weekday_start:found.weekday_end] == "Tues"
    assert found.weekday == TUESDAY


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Pelantikan dijadwalkan 3 Nopember 2024.", 11),
        ("Pelantikan dijadwalkan 3 Pebruari 2024.", 2),
        ("Pelantikan dijadwalkan 17 Agt 2024.", 8),
    ],
)
def test_alias_month_spellings(text: str, month: int) -> None:
    assert only(text, "id").month == month


def test_day_part_between_weekday_and_date() -> None:
    found = only("Hujan deras turun Kamis sore (5/9) di Bogor.", "id")
    assert found.weekday == 3
    assert found.text == "Kamis sore (5/9)"
    found = only("Sirens sounded Thursday night (Sept. 5) in the port.", "en")
    assert found.weekday == 3


# --- years -----------------------------------------------------------------------------------


def test_yearless_date_across_the_year_boundary() -> None:
    new_year = dt.date(2025, 1, 1)
    found = only("Pesta kembang api digelar Selasa (31/12) di alun-alun.", "id", new_year)
    assert found.resolved == dt.date(2024, 12, 31)
    assert found.year is None
    assert found.year_inferred
    assert found.weekday_matches is True
    found = only("Libur dimulai Kamis (2/1) menurut edaran.", "id", dt.date(2024, 12, 30))
    assert found.resolved == dt.date(2025, 1, 2)


def test_explicit_year_is_respected() -> None:
    found = only("Bendungan itu jebol 3 September 2019.", "id", dt.date(2024, 9, 5))
    assert found.resolved == dt.date(2019, 9, 3)
    assert not found.year_inferred


def test_two_digit_year_expands_to_nearest_century() -> None:
    assert only("Akta itu bertanggal 3/9/24.", "id").year == 2024
    assert only("Akta itu bertanggal 3/9/98.", "id").year == 1998
    assert expand_two_digit_year(24, 2025) == 2024
    assert expand_two_digit_year(98, 2025) == 1998
    assert expand_two_digit_year(1, 2099) == 2101


def test_without_a_dateline_yearless_dates_stay_unresolved() -> None:
    found = only("Sidang ditunda Selasa (3/9).", "id", None)
    assert found.resolved is None
    assert found.weekday == TUESDAY
    assert not found.impossible
    assert only("Sidang ditunda Selasa (3/9/2024).", "id", None).resolved == dt.date(2024, 9, 3)


def test_infer_year_examples() -> None:
    assert infer_year(31, 12, dt.date(2025, 1, 1)) == 2024
    assert infer_year(1, 1, dt.date(2024, 12, 31)) == 2025
    assert infer_year(15, 6, dt.date(2024, 6, 20)) == 2024
    assert infer_year(31, 6, dt.date(2024, 6, 20)) is None
    assert infer_year(29, 2, dt.date(2023, 12, 1)) == 2024
    assert infer_year(29, 2, dt.date(2026, 6, 1)) is None


def test_a_comma_after_an_ordinal_day_needs_a_year_after_the_month() -> None:
    found = extract_dates("Assaults on Friday, 22nd, January 2022 were reported.", "en", dt.date(2022, 1, 23))
    assert [(m.day, m.month, m.year) for m in found if isinstance(m, DateMention)] == [(22, 1, 2022)]
    ranking = extract_dates("Anna Lee finished 1st, June Patel 2nd.", "en", dt.date(2022, 1, 23))
    assert [m for m in ranking if isinstance(m, DateMention)] == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Mayor Jan Kowal explained Feb. 22 that the levy would stay.", 2010),  # past verb: last February
        ("The council will vote Feb. 22 on the new levy.", 2011),  # nearest: next February
        ("The vote, scheduled Feb. 22, decides the levy.", 2011),  # a participle that schedules
        ("The board said Tuesday, Feb. 22, will be the day of the vote.", 2011),  # the weekday decides
    ],
)
def test_past_tense_verb_before_a_yearless_date(text: str, year: int) -> None:
    found = [m for m in extract_dates(text, "en", dt.date(2010, 11, 27)) if isinstance(m, DateMention)]
    assert [m.resolved.year for m in found if m.resolved] == [year]


# --- impossible dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "month"),
    [
        ("Batas pendaftaran diumumkan Senin (31/6).", 31, 6),
        ("Tenggat dipindah ke 30 Februari 2024.", 30, 2),
        ("Surat itu bertanggal 29/2/2023.", 29, 2),
        ("Tenggat dipindah ke (31/4).", 31, 4),
    ],
)
def test_impossible_dates(text: str, day: int, month: int) -> None:
    found = only(text, "id")
    assert found.impossible
    assert found.resolved is None
    assert (found.day, found.month) == (day, month)


def test_leap_day_exists_in_a_leap_year() -> None:
    found = only("Surat itu bertanggal 29/2/2024.", "id")
    assert not found.impossible
    assert found.resolved == dt.date(2024, 2, 29)


# --- what is not a date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Sebanyak 21/6 bagian lahan sudah ditanami."),
        ("id", "Rapat digelar Selasa di balai desa."),
        ("id", "Minggu ini harga cabai naik lagi."),
        ("id", "Dalam dua minggu (3/9 dari target) proyek molor."),
        ("id", "Minggu lalu (8 orang) dan pekan ini (5 orang) terluka."),
        ("id", "Skor akhir 3-2 untuk tuan rumah, pukul 20.30 WIB."),
        ("id", "Inflasi naik 3,9 persen dan 1.5/2 dari target."),
        ("en", "Officials may 3 times a year review the rules."),
        ("en", "Voters may decide on Tuesday whether to approve the bond."),
        ("en", "Three of 5 people march 12 miles."),
        ("en", "The model scored 3/4 on the test."),
        ("de", "Die Quote liegt bei 3.9 Prozent, so das Amt."),
        ("en", "He stood 6-3 and weighed 210 pounds."),
        ("id", "Harga Rp 12.500/kg dan 2024/2025 musim tanam."),
    ],
)
def test_non_dates(lang: str, text: str) -> None:
    assert extract_dates(text, lang, REFERENCE) == []


def test_weekday_far_from_the_date_is_not_paired() -> None:
    found = only("Selasa itu warga berkumpul sejak 3 September.", "id")
    assert found.weekday is None


# --- ranges ----------------------------------------------------------------------------------


def test_weekday_range_with_numeric_day_range() -> None:
    text = "Pameran digelar Senin-Selasa (2-3/9) di Makassar."
    first, second = extract_dates(text, "id", REFERENCE)
    assert first.range_id is not None
    assert first.range_id == second.range_id
    assert (first.weekday, first.resolved) == (0, dt.date(2024, 9, 2))
    assert (second.weekday, second.resolved) == (1, dt.date(2024, 9, 3))
    assert text[first.weekday_start:first.weekday_end] == "Senin"
    assert text[second.weekday_start:second.weekday_end] == "Selasa"
    assert first.weekday_matches and second.weekday_matches


def test_day_range_with_month_name() -> None:
    text = "Konferensi 2-3 September dan lokakarya 9-10 September."
    mentions = extract_dates(text, "id", REFERENCE)
    assert [m.day for m in mentions] == [2, 3, 9, 10]
    assert all(m.weekday is None for m in mentions)
    assert mentions[0].range_id == mentions[1].range_id
    assert mentions[2].range_id == mentions[3].range_id
    assert mentions[0].range_id != mentions[2].range_id


def test_range_across_months_takes_the_year_of_its_end() -> None:
    text = "Libur sekolah 30 Desember - 3 Januari 2025 diumumkan."
    first, second = extract_dates(text, "id", REFERENCE)
    assert first.resolved == dt.date(2024, 12, 30)
    assert second.resolved == dt.date(2025, 1, 3)
    assert first.range_id == second.range_id is not None


def test_english_weekday_range() -> None:
    text = "Hearings run Monday and Tuesday, Sept. 2-3, in Boston."
    first, second = extract_dates(text, "en", REFERENCE)
    assert (first.weekday, first.day, second.weekday, second.day) == (0, 2, 1, 3)


def test_separate_pairs_are_not_a_range() -> None:
    mentions = extract_dates("Senin (2/9) dan Selasa (3/9) warga antre.", "id", REFERENCE)
    assert [m.range_id for m in mentions] == [None, None]


# --- evening before, zones -------------------------------------------------------------------


def test_malam_jumat_is_the_evening_before() -> None:
    found = only("Pengajian digelar malam Jumat (5/9) di rumah warga.", "id")
    assert found.evening_before
    assert found.weekday == 4
    assert found.resolved is not None
    assert found.resolved.weekday() == 3
    assert found.weekday_matches is True
    assert found.text == "malam Jumat (5/9)"


def test_jumat_malam_is_friday_night() -> None:
    found = only("Konser digelar Jumat malam (6/9) di stadion.", "id")
    assert not found.evening_before
    assert found.weekday == 4
    assert found.weekday_matches is True


@pytest.mark.parametrize(
    ("lang", "text", "zone"),
    [
        ("id", "Gempa terjadi Rabu (4/9) pukul 23.10 waktu setempat.", "waktu setempat"),
        ("id", "Debat digelar Selasa (3/9) malam waktu Washington.", "waktu Washington"),
        ("id", "Peluncuran digelar Kamis (5/9) pukul 06.00 WIB.", "WIB"),
        ("id", "Laga berlangsung Rabu (4/9) (Kamis pagi WIB).", "WIB"),
        ("en", "The launch slipped to Wednesday (Sept. 4), 11 p.m. local time.", "local time"),
        ("en", "The launch slipped to Wednesday (Sept. 4) at 11 p.m. ET.", "ET"),
        ("en", "Trading resumed Wednesday, Sept. 4, at 9:30 Moscow time.", "Moscow time"),
        ("de", "Das Beben traf am Mittwoch, 4. September, um 23 Uhr Ortszeit.", "Ortszeit"),
    ],
)
def test_zone_hint_in_the_same_sentence(lang: str, text: str, zone: str) -> None:
    assert extract_dates(text, lang, REFERENCE)[0].zone_hint == zone


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "PT Sinar Jaya menutup pabrik Rabu (4/9). Pukul 10 waktu setempat pabrik kosong."),
        ("en", "The vote was Wednesday (Sept. 4). Some time later the count began."),
        ("id", "Direksi PT Maju Rabu (4/9) menandatangani kontrak."),
    ],
)
def test_no_zone_hint(lang: str, text: str) -> None:
    assert extract_dates(text, lang, REFERENCE)[0].zone_hint is None


# --- relative expressions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "phrase", "kind", "resolved", "weekday"),
    [
        ("id", "kemarin", "yesterday", dt.date(2024, 9, 4), None),
        ("id", "kemarin lusa", "day-before-yesterday", dt.date(2024, 9, 3), None),
        ("id", "semalam", "overnight", dt.date(2024, 9, 4), None),
        ("id", "hari ini", "today", dt.date(2024, 9, 5), None),
        ("id", "minggu ini", "this-week", dt.date(2024, 9, 2), None),
        ("id", "pekan ini", "this-week", dt.date(2024, 9, 2), None),
        ("id", "pekan lalu", "last-week", dt.date(2024, 8, 26), None),
        ("id", "Minggu lalu", "last-week", dt.date(2024, 8, 26), None),
        ("id", "Jumat lalu", "last-weekday", dt.date(2024, 8, 30), 4),
        ("id", "Kamis lalu", "last-weekday", dt.date(2024, 8, 29), 3),
        ("id", "Senin depan", "next-weekday", dt.date(2024, 9, 9), 0),
        ("en", "yesterday", "yesterday", dt.date(2024, 9, 4), None),
        ("en", "overnight", "overnight", dt.date(2024, 9, 4), None),
        ("en", "today", "today", dt.date(2024, 9, 5), None),
        ("en", "this week", "this-week", dt.date(2024, 9, 2), None),
        ("en", "last week", "last-week", dt.date(2024, 8, 26), None),
        ("en", "last Friday", "last-weekday", dt.date(2024, 8, 30), 4),
        ("en", "next Monday", "next-weekday", dt.date(2024, 9, 9), 0),
    ],
)
def test_relative_expressions(
    lang: str, phrase: str, kind: str, resolved: dt.date, weekday: int | None
) -> None:
    text = f"Menurut laporan, {phrase} ada rapat." if lang == "id" else f"Officials met {phrase}."
    (found,) = extract_relative(text, lang, REFERENCE)
    assert found.kind == kind
    assert found.text == phrase
    assert (found.start, found.end) == span(text, phrase)
    assert found.resolved == resolved
    assert found.weekday == weekday


@pytest.mark.parametrize(
    ("phrase", "kind", "resolved"),
    [
        ("Minggu kemarin", "last-weekday", dt.date(2024, 9, 1)),
        ("Minggu lalu", "last-weekday", dt.date(2024, 9, 1)),
        ("Minggu depan", "next-weekday", dt.date(2024, 9, 8)),
    ],
)
def test_hari_minggu_is_sunday_not_a_week(phrase: str, kind: str, resolved: dt.date) -> None:
    # "minggu" is both "week" and "Sunday"; after "hari" (day) it is the day.
    text = f"Menurut laporan, pada hari {phrase} ada rapat."
    (found,) = extract_relative(text, "id", REFERENCE)
    assert (found.kind, found.weekday, found.resolved) == (kind, 6, resolved)
    assert (found.start, found.end) == span(text, phrase)


@pytest.mark.parametrize("text", ["Ia dirawat dua hari pekan lalu.", "Ia dirawat tiga hari Minggu lalu.",
                                  "Ia dirawat 3 hari minggu lalu.", "Rapat digelar hari minggu lalu."])
def test_days_counted_in_a_week_stay_a_week(text: str) -> None:
    # After a number of days, or in lower case, "minggu"/"pekan" is the week.
    (found,) = extract_relative(text, "id", REFERENCE)
    assert (found.kind, found.weekday) == ("last-week", None)


def test_relative_without_reference_is_unresolved() -> None:
    (found,) = extract_relative("Harga naik kemarin.", "id", None)
    assert found.kind == "yesterday"
    assert found.resolved is None


def test_relative_phrases_are_not_date_mentions() -> None:
    assert extract_dates("Kemarin, pekan lalu dan Jumat lalu warga antre.", "id", REFERENCE) == []


def test_future_markers() -> None:
    assert {"akan", "dijadwalkan", "rencananya", "mendatang"} <= set(future_markers("id"))
    assert {"will", "scheduled", "next"} <= set(future_markers("en"))
    assert "will" in future_markers("id")  # English quotes in Indonesian copy


# --- linear time -----------------------------------------------------------------------------


def _repeats(tree: Any, inside_repeat: bool = False) -> list[tuple[Any, bool]]:
    """Every repeat node of a parsed pattern, with whether it sits inside another repeat."""
    from re import _constants as constants  # type: ignore[attr-defined]

    found: list[tuple[Any, bool]] = []
    for op, argument in tree:
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            found.append((argument, inside_repeat))
            found.extend(_repeats(argument[2], True))
        elif op == constants.SUBPATTERN:
            found.extend(_repeats(argument[3], inside_repeat))
        elif op == constants.BRANCH:
            for branch in argument[1]:
                found.extend(_repeats(branch, inside_repeat))
        elif op in (constants.ASSERT, constants.ASSERT_NOT):
            found.extend(_repeats(argument[1], inside_repeat))
    return found


@pytest.mark.parametrize("lang", ["id", "en", "de", "fr", "es"])
def test_patterns_have_only_bounded_repeats(lang: str) -> None:
    """No unbounded quantifier anywhere, so no nesting can backtrack without bound."""
    from re import _constants as constants
    from re import _parser as parser  # type: ignore[attr-defined]

    from klaim import dates

    patterns = dates._patterns(lang)
    compiled = [value for value in vars(patterns).values() if isinstance(value, re.Pattern)]
    compiled += [dates._BOUNDARY, dates._ZONE_ABBREVIATION, dates._US_ZONE_BEFORE]
    assert len(compiled) > 10
    for pattern in compiled:
        for argument, _ in _repeats(parser.parse(pattern.pattern, pattern.flags)):
            assert argument[1] != constants.MAXREPEAT, pattern.pattern[:80]


def test_long_line_stays_correct() -> None:
    unit = "Warga antre Selasa (3/9) sejak 21/6 bagian pukul 20.30 WIB, 1 2 3 "
    text = unit * 20_000  # about 1.3 MB on one line
    mentions = extract_dates(text, "id", REFERENCE)
    assert len(mentions) == 20_000
    assert all(m.weekday == TUESDAY for m in mentions)
    assert len(extract_relative(text, "id", REFERENCE)) == 0


_WORDS = ["hari", "ini", "kemarin", "Jumat", "lalu", "pekan", "waktu", "setempat", "Washington",
          "WIB", "ET", "9", "p.m.", "local", "time", "Moscow", "Some", "last", "Friday", "this",
          "week", "minggu", "Minggu", "semalam", "tadi", "malam", "PT", "(", ")", ",", ".", "\n"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=40), lang=st.sampled_from(["id", "en"]))
@example(words=["waktu", "Some"], lang="id")  # "waktu <word>": no zone when the word is no place
def test_keyword_search_finds_what_the_full_patterns_find(words: list[str], lang: str) -> None:
    """The fast word-start search gives the same phrases as running the patterns everywhere."""
    from klaim import dates

    text = " ".join(words)
    pats = dates._patterns(lang)
    assert [m.span() for m in dates._relative_matches(text, pats)] == [
        m.span() for m in pats.relative.finditer(text)
    ]
    expected = []
    for match in pats.zone.finditer(text):
        place = match.group("place") or (match.group("local") if "local" in match.re.groupindex else None)
        if place is None or place.casefold() not in dates._NOT_A_PLACE:
            expected.append((match.start(), match.end()))
    assert [(start, end) for start, end, _ in dates._zone_phrases(text, pats)] == expected


# --- properties ------------------------------------------------------------------------------

LOCALES = ["id", "en", "de", "fr", "es"]


def _names(lang: str, width: str) -> tuple[dict[int, str], dict[int, str]]:
    return (dict(get_day_names(width, locale=lang)), dict(get_month_names(width, locale=lang)))


def _render(lang: str, day: dt.date, form: int, width: str) -> tuple[str, bool]:
    """A weekday/date pair as a newsroom writes it; returns it and whether it carries a year."""
    weekdays, months = _names(lang, width)
    wd, month, d, m, y = weekdays[day.weekday()], months[day.month], day.day, day.month, day.year
    comma = "" if lang in {"fr", "es"} else ","
    named = {
        "id": [f"{wd}, {d} {month} {y}", f"{wd} {d} {month}", f"hari {wd} tanggal {d} {month} {y}"],
        "en": [f"{wd}, {month} {d}, {y}", f"{wd} ({month} {d})", f"{wd} {d} {month} {y}"],
        "de": [f"{wd}, {d}. {month} {y}", f"{wd}, {d}. {month}", f"{wd}, den {d}. {month} {y}"],
        "fr": [f"{wd} {d} {month} {y}", f"{wd} {d} {month}", f"le {wd} {d} {month} {y}"],
        "es": [f"{wd} {d} de {month} de {y}", f"{wd} {d} de {month}", f"el {wd}, {d} de {month}"],
    }[lang]
    numeric_day_first = f"{wd}{comma} ({d}/{m}/{y})" if lang != "de" else f"{wd}, {d}.{m}.{y}"
    numeric = numeric_day_first if lang != "en" else f"{wd} ({m}/{d}/{y})"
    yearless_numeric = f"{wd} ({d}/{m})" if lang != "en" else f"{wd} ({m}/{d})"
    forms = [*named, numeric, yearless_numeric]
    rendered = forms[form % len(forms)]
    if width == "abbreviated":
        # An abbreviated weekday only counts directly next to its date: no "tanggal", "den".
        rendered = rendered.replace(" tanggal", "").replace(" den", "")
    return rendered, str(y) in rendered


dates_1900_2100 = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=400, deadline=None)
@given(
    day=dates_1900_2100,
    lang=st.sampled_from(LOCALES),
    form=st.integers(min_value=0, max_value=4),
    width=st.sampled_from(["wide", "abbreviated"]),
    drift=st.integers(min_value=-150, max_value=150),
)
def test_rendered_pair_resolves_to_its_date(
    day: dt.date, lang: str, form: int, width: str, drift: int
) -> None:
    pair, has_year = _render(lang, day, form, width)
    reference = day + dt.timedelta(days=drift)
    text = f"— {pair} —"
    mentions = extract_dates(text, lang, reference)
    assert len(mentions) == 1, (pair, mentions)
    found = mentions[0]
    assert found.weekday == day.weekday(), pair
    assert found.resolved == day, pair
    assert found.year_inferred is not has_year
    assert found.text == text[found.start:found.end]
    assert found.weekday_matches is True


@settings(max_examples=300, deadline=None)
@given(day=dates_1900_2100, lang=st.sampled_from(LOCALES), form=st.integers(0, 4),
       shift=st.integers(min_value=1, max_value=6))
def test_wrong_weekday_is_kept_as_written(day: dt.date, lang: str, form: int, shift: int) -> None:
    """The extractor reports the weekday as written, never the one the date implies."""
    weekdays, _ = _names(lang, "wide")
    right = weekdays[day.weekday()]
    wrong = weekdays[(day.weekday() + shift) % 7]
    pair, _ = _render(lang, day, form, "wide")
    pair = pair.replace(right, wrong, 1)
    (found,) = extract_dates(pair, lang, day)
    assert found.weekday == (day.weekday() + shift) % 7
    assert found.resolved == day
    assert found.weekday_matches is False


@given(
    reference=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    day=st.integers(min_value=1, max_value=31),
    month=st.integers(min_value=1, max_value=12),
)
def test_infer_year_picks_nearest_year_across_boundary(
    reference: dt.date, day: int, month: int
) -> None:
    year = infer_year(day, month, reference)
    candidates = []
    for offset in (-1, 0, 1):
        with contextlib.suppress(ValueError):
            candidates.append(dt.date(reference.year + offset, month, day))
    if not candidates:
        assert year is None
        return
    assert year is not None
    chosen = dt.date(year, month, day)
    nearest = min(abs((c - reference).days) for c in candidates)
    distance = abs((chosen - reference).days)
    # The nearest year, or a past one at most a month farther (news is mostly about the past).
    assert distance == nearest or (chosen <= reference and distance - nearest <= 30)
    if (month, day) != (2, 29):
        # Any day of the year lies within half a year of any reference.
        assert nearest <= 183


@pytest.mark.parametrize(("day", "month", "reference", "keywords", "year"), [
    # Clearly nearest: the written weekday does not move the date (KL101 reports the mismatch).
    (19, 6, dt.date(2024, 6, 23), {"weekday": 3}, 2024),
    # About six months away either way: the year in which the weekday fits...
    (18, 3, dt.date(2025, 9, 18), {"weekday": 1}, 2025),
    (18, 3, dt.date(2025, 9, 18), {"weekday": 2}, 2026),
    # ...or, with no weekday, the past unless the future is more than a month nearer.
    (18, 3, dt.date(2025, 9, 18), {}, 2025),
    (14, 2, dt.date(2023, 10, 1), {}, 2024),
    # Words next to the date: "18 Maret lalu", "sejak", "mendatang", "tahun lalu".
    (1, 10, dt.date(2025, 9, 18), {"lean": "past"}, 2024),
    (1, 9, dt.date(2025, 9, 18), {"lean": "future"}, 2026),
    (20, 9, dt.date(2025, 9, 18), {"offset": -1}, 2024),
    (29, 2, dt.date(2025, 9, 18), {"offset": 0}, None),
])
def test_infer_year_weighs_the_weekday_and_the_words_next_to_the_date(
        day: int, month: int, reference: dt.date, keywords: dict[str, Any], year: int | None) -> None:
    assert infer_year(day, month, reference, **keywords) == year


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("id", "Kejadian pada Selasa (18/3) lalu.", dt.date(2025, 3, 18)),
    ("id", "Sejak 1 Oktober, kasus naik.", dt.date(2024, 10, 1)),
    ("id", "Rapat digelar 1 September mendatang.", dt.date(2026, 9, 1)),
    ("id", "Gempa terjadi 20 September tahun lalu.", dt.date(2024, 9, 20)),
    ("en", "The fire broke out on Tuesday, March 18, officials said.", dt.date(2025, 3, 18)),
    ("en", "It began on Sept. 20 last year.", dt.date(2024, 9, 20)),
    ("en", "Cases have risen since Oct. 1.", dt.date(2024, 10, 1)),
    ("id", "Kejadian pada 1 Oktober lalu di Jakarta.", dt.date(2024, 10, 1)),
    # After a comma, "lalu" is "then" and "tahun lalu" opens a clause of its own.
    ("id", "Rapat digelar 1 Oktober, lalu dilanjutkan kunjungan.", dt.date(2025, 10, 1)),
    ("id", "Pemilu digelar 1 Oktober, tahun lalu partai itu kalah.", dt.date(2025, 10, 1)),
    # "until" and "by" take dates: three dotted numbers after them are no clock time.
    ("en", "The offer runs until 10.12.24.", dt.date(2024, 10, 12)),
])
def test_yearless_dates_take_the_year_their_words_say(lang: str, text: str, date: dt.date) -> None:
    assert only(text, lang, dt.date(2025, 9, 18)).resolved == date


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Gempa terjadi pukul 16.04.12 WIB di laut."),
    ("id", "Sirene berbunyi jam 08.30.15 pagi."),
    ("en", "The quake struck at 10.04.12 local time."),
])
def test_a_clock_time_with_seconds_is_not_a_date(lang: str, text: str) -> None:
    assert extract_dates(text, lang, dt.date(2025, 9, 18)) == []


@pytest.mark.parametrize("text", [
    "Survei pada pekan ke-2 Oktober mencatat inflasi rendah.",
    "Tim itu menempati peringkat Ke-3 Juni lalu.",
])
def test_an_ordinal_number_is_no_day(text: str) -> None:
    assert extract_dates(text, "id", dt.date(2019, 11, 1)) == []


def test_a_clock_time_glued_to_the_year_by_a_comma() -> None:
    (found,) = extract_dates("Rabu 15-11-2016,13:39 WIB", "id", dt.date(2016, 11, 16))
    assert (found.text, found.resolved, found.weekday, found.weekday_matches) == (
        "Rabu 15-11-2016", dt.date(2016, 11, 15), 2, False)


@given(
    year=st.integers(min_value=1901, max_value=2099),
    reference_day=st.integers(min_value=1, max_value=10),
    late_day=st.integers(min_value=22, max_value=31),
)
def test_late_december_in_early_january_article_is_last_year(
    year: int, reference_day: int, late_day: int
) -> None:
    assert infer_year(late_day, 12, dt.date(year, 1, reference_day)) == year - 1
    assert infer_year(reference_day, 1, dt.date(year, 12, late_day)) == year + 1


@given(two_digits=st.integers(0, 99), reference_year=st.integers(1100, 2900))
def test_two_digit_year_is_nearest_with_those_digits(two_digits: int, reference_year: int) -> None:
    year = expand_two_digit_year(two_digits, reference_year)
    assert year % 100 == two_digits
    assert abs(year - reference_year) <= 50


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("0123456789/.-() ,Selasa3Sept")), max_size=80))
def test_mentions_point_at_their_text(text: str) -> None:
    for lang in ("id", "en"):
        mentions = extract_dates(text, lang, REFERENCE)
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)
        for mention in mentions:
            assert mention.text == text[mention.start:mention.end]
            assert mention.start <= mention.day_start < mention.day_end <= mention.end


# --- the weekday check over rendered pairs ---------------------------------------------------


def _kl101(text: str, lang: str) -> list[Any]:
    from klaim.analysis import Analysis
    from klaim.article import load_article
    from klaim.checks.weekday_date_conflict import weekday_date_conflict
    from klaim.context import Context

    article = load_article(text, "seeds/case.txt", lang=lang)
    return list(weekday_date_conflict(Context(article, Analysis(article))))


@settings(max_examples=200, deadline=None)
@given(day=dates_1900_2100, lang=st.sampled_from(LOCALES), form=st.integers(0, 4),
       width=st.sampled_from(["wide", "abbreviated"]), drift=st.integers(-60, 60),
       shift=st.integers(min_value=0, max_value=6))
def test_kl101_silent_iff_weekday_matches_date(
    day: dt.date, lang: str, form: int, width: str, drift: int, shift: int
) -> None:
    """A correctly rendered pair yields no KL101; a wrong weekday yields exactly one."""
    weekdays, _ = _names(lang, width)
    pair, _ = _render(lang, day, form, width)
    if shift:
        pair = pair.replace(weekdays[day.weekday()], weekdays[(day.weekday() + shift) % 7], 1)
    reference = day + dt.timedelta(days=drift)
    issues = _kl101(f"Title\nDate: {reference.isoformat()}\nText — {pair} — text.\n", lang)
    if shift == 0:
        assert issues == []
        return
    assert len(issues) == 1, pair
    (issue,) = issues
    assert issue.data["date"] == day.isoformat()
    assert issue.data["stated_weekday"] == (day.weekday() + shift) % 7
    assert issue.data["actual_weekday"] == day.weekday()
    kinds = [candidate["kind"] for candidate in issue.data["candidates"]]
    assert "weekday" in kinds and "day" in kinds


# --- quotations and the date at a claim's anchor --------------------------------------------


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in Quotations(text).spans()]


@pytest.mark.parametrize(("text", "quoted"), [
    ('"Kami siap," kata Peskov.', ["Kami siap,"]),
    ("“Kami siap,” kata Peskov.", ["Kami siap,"]),
    ("«Nous sommes prêts», a dit Peskov.", ["Nous sommes prêts"]),
    ("„Wir sind bereit“, sagte Peskov.", ["Wir sind bereit"]),
    ("'We are ready,' said Peskov.", ["We are ready,"]),
    ('He said: "It goes on\nThe next line', ["It goes on"]),
    ('the rest of a quotation," he said.', ["the rest of a quotation,"]),
    ("Jum'at, don't, the companies' profits, the '90s.", []),
])
def test_quotations(text: str, quoted: list[str]) -> None:
    """Double marks pair per line; an open one runs to the line's end; apostrophes quote nothing."""
    assert _quoted(text) == quoted


def _date_at(text: str, anchor: str, lang: str, reference: dt.date) -> str | None:
    start, end = span(text, anchor)
    found = mention_at(text, lang, extract_dates(text, lang, reference),
                       extract_relative(text, lang, reference), start, end)
    return None if found is None else found.text


@pytest.mark.parametrize(("lang", "text", "anchor", "expected"), [
    ("en", 'Thornton told reporters: "The wing opens next week. The list will shrink."',
     "Thornton told reporters", None),
    ("id", '"Rapat digelar Senin (10/6)," kata Menteri Budi, Jumat (7/6).', "kata Menteri Budi",
     "Jumat (7/6)"),
    ("en", '"We are ready. We wait," Peskov told reporters on Friday, June 21.', "We are ready",
     "Friday, June 21"),
    ("en", 'On Friday, June 21, Peskov said: "We are ready. We wait."', "We wait",
     "Friday, June 21"),
    ("id", "Menteri Sari yang sejak Senin (3/6) memimpin rapat kabinet itu mengatakan pada "
     "Jumat (7/6) bahwa rencana itu tetap berjalan.", "Menteri Sari", "Jumat (7/6)"),
    ("id", "Menteri itu mengatakan kemarin bahwa rapat Senin (3/6) berjalan lancar.",
     "Menteri itu mengatakan", "kemarin"),
    ("id", "Presiden bertemu menteri Jumat (21/6).\nMoskow siap berunding, kata juru bicara itu.",
     "kata juru bicara itu", None),
])
def test_date_at_the_anchor(lang: str, text: str, anchor: str, expected: str | None) -> None:
    """The attribution's date: outside quotations, nearest the reporting verb, in the sentence."""
    assert _date_at(text, anchor, lang, dt.date(2024, 6, 8)) == expected


_SPEECH = ["Kami siap berunding", "Rapat digelar {date}", "Sidang ditunda sampai {date}",
           "Harga naik sejak {date}", "Semua berjalan lancar. Kami menunggu {date}"]


@settings(max_examples=200, deadline=None)
@given(
    inside=st.dates(min_value=dt.date(2024, 5, 1), max_value=dt.date(2024, 7, 31)),
    outside=st.one_of(st.none(), st.dates(min_value=dt.date(2024, 5, 1),
                                          max_value=dt.date(2024, 7, 31))),
    speech=st.sampled_from(_SPEECH),
    marks=st.sampled_from([('"', '"'), ("“", "”"), ("«", "»")]),
    relative=st.sampled_from(["", "pekan depan", "kemarin", "besok"]),
    before=st.booleans(),
)
def test_date_at_the_anchor_is_never_inside_a_quotation(
    inside: dt.date, outside: dt.date | None, speech: str, marks: tuple[str, str],
    relative: str, before: bool,
) -> None:
    """Whatever the quotation says, the anchor's date is the attribution's, or none."""
    weekdays, _ = _names("id", "wide")
    quoted = speech.format(date=f"{weekdays[inside.weekday()]} ({inside.day}/{inside.month})")
    quoted = f"{quoted} {relative}".strip()
    said = (f", {weekdays[outside.weekday()]} ({outside.day}/{outside.month})"
            if outside is not None else "")
    quotation = f"{marks[0]}{quoted},{marks[1]}"
    attribution = f"kata juru bicara itu{said}"
    text = (f"{attribution}: {quotation}" if before else f"{quotation} {attribution}") + ".\n"
    found = mention_at(text, "id", extract_dates(text, "id", dt.date(2024, 6, 15)),
                       extract_relative(text, "id", dt.date(2024, 6, 15)),
                       *span(text, "kata juru bicara itu"))
    if outside is None:
        assert found is None, text
    else:
        assert isinstance(found, DateMention | RelativeMention)
        assert found.resolved == outside, text


def _kl102(text: str, lang: str) -> list[Any]:
    from klaim.analysis import Analysis
    from klaim.article import load_article
    from klaim.checks.weekday_names_two_dates import weekday_names_two_dates
    from klaim.context import Context

    article = load_article(text, "seeds/case.txt", lang=lang)
    return list(weekday_names_two_dates(Context(article, Analysis(article))))


# Offsets that put two dates on one day and month of two years, or on one weekday nearby.
_NEAR_OR_A_YEAR_APART = st.sampled_from([0, 1, 3, 6, 7, -6, 364, 365, 366, 371, 730, 1461, -365,
                                         -366, -1461])


@settings(max_examples=300, deadline=None)
@given(base=st.dates(min_value=dt.date(1905, 1, 1), max_value=dt.date(2095, 12, 31)),
       offsets=st.lists(_NEAR_OR_A_YEAR_APART, min_size=2, max_size=5),
       lang=st.sampled_from(["id", "en"]), forms=st.lists(st.integers(0, 4), min_size=5, max_size=5),
       drift=st.integers(-400, 400), dateline=st.booleans())
def test_kl102_silent_when_every_pair_fits_the_calendar(
    base: dt.date, offsets: list[int], lang: str, forms: list[int], drift: int, dateline: bool
) -> None:
    """Pairs that each fit their (resolved) date never contradict each other, years included."""
    days = [base + dt.timedelta(days=offset) for offset in offsets]
    pairs = []
    for day, form in zip(days, forms, strict=False):
        pair, has_year = _render(lang, day, form, "wide")
        if not dateline and not has_year:
            continue  # without a dateline a yearless pair has no date to fit
        pairs.append(pair)
    head = f"Title\nDate: {(days[0] + dt.timedelta(days=drift)).isoformat()}\n" if dateline else "Title\n"
    # Yearless pairs resolve near the dateline: keep only those that fit there.
    article = head + "".join(f"Text — {pair} — text.\n" for pair in pairs)
    fitting = [m for m in extract_dates(article, lang, days[0] + dt.timedelta(days=drift))
               if m.weekday_matches is False]
    if dateline and fitting:
        return  # a yearless pair moved to another year: KL101's business
    assert _kl102(article, lang) == []


@settings(max_examples=200, deadline=None)
@given(first=dates_1900_2100, gap=st.integers(1, 6), lang=st.sampled_from(["id", "en"]))
def test_kl102_reports_one_weekday_on_two_yearless_dates_without_dateline(
    first: dt.date, gap: int, lang: str
) -> None:
    """Without a dateline, one weekday written with two dates under a week apart is reported."""
    second = first + dt.timedelta(days=gap)
    # Yearless dates are laid out in a leap year: in other years a gap across 29 February is
    # one day longer there, and a gap of seven is never reported.
    in_leap_year = (dt.date(2000, second.month, second.day) - dt.date(2000, first.month, first.day))
    assume(in_leap_year.days % 366 == gap)
    weekdays, _ = _names(lang, "wide")
    wd = weekdays[first.weekday()]

    def numeric(day: dt.date) -> str:
        return f"{day.day}/{day.month}" if lang == "id" else f"{day.month}/{day.day}"

    article = f"Title\nText {wd} ({numeric(first)}) text.\nText {wd} ({numeric(second)}) text.\n"
    issues = _kl102(article, lang)
    assert [issue.data["kind"] for issue in issues] == ["weekday-two-dates"], article


# --- the timeline command --------------------------------------------------------------------


def test_dates_command_prints_the_timeline_in_order(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from klaim.cli import main

    (tmp_path / "pyproject.toml").write_text("[tool.klaim]\n", encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(
        "Banjir di Hulu\nTanggal: 5 Sep 2024 10:00 WIB\n"
        "Air naik Kamis (5/9) pagi setelah hujan sejak Senin (2/9).\n"
        "Warga mengungsi kemarin, kata camat, dan sekolah libur Rabu (3/9).\n",
        encoding="utf-8",
    )
    assert main(["dates", str(article), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["published"] == "2024-09-05"
    mentions = document["mentions"]
    dates = [m["date"] for m in mentions]
    assert dates == sorted(dates)
    wrong = [m for m in mentions if m["weekday_matches"] is False]
    assert [(m["text"], m["line"], m["column"]) for m in wrong] == [("Rabu (3/9)", 4, 56)]
    assert wrong[0]["stated_weekday"] == 2 and wrong[0]["actual_weekday"] == 1
    assert {"kind": "relative", "relative_kind": "yesterday", "date": "2024-09-04"}.items() <= next(
        m for m in mentions if m["kind"] == "relative"
    ).items()
    assert main(["dates", str(article)]) == 0
    assert "Rabu (3/9)" in capsys.readouterr().out


@settings(max_examples=300, deadline=None)
@given(pairs=st.lists(st.tuples(st.integers(0, 6), st.sampled_from([(1, 1), (2, 1), (5, 1), (28, 12), (31, 12),
                                                                      (29, 2), (1, 3), (6, 1), (8, 1)])),
                      min_size=1, max_size=12),
       lang=st.sampled_from(["id", "en"]))
def test_kl102_pairs_each_mention_with_the_earliest_it_contradicts(
    pairs: list[tuple[int, tuple[int, int]]], lang: str
) -> None:
    """Per mention, what comparing it with every earlier mention in text order finds first (the
    check keeps only the first mention of each weekday per day, so a date repeated a hundred
    thousand times on one line costs no more per mention than one written once)."""
    from klaim.checks.weekday_names_two_dates import _day_of_year

    weekdays, _ = _names(lang, "wide")
    article = "Title\n" + "".join(
        f"Text {weekdays[wd]} ({day}/{month}) text.\n" if lang == "id" else
        f"Text {weekdays[wd]} ({month}/{day}) text.\n" for wd, (day, month) in pairs)
    mentions = [m for m in extract_dates(article, lang, None) if m.weekday is not None]
    assert len(mentions) == len(pairs)
    expected = []
    reported: dict[int, Any] = {}  # a mention reported (by position), and the one it contradicts

    def agree(a: Any, b: Any) -> bool:  # one calendar fits both (a real year's days, the near way)
        first = dt.date(2024, a.month, a.day)
        second = dt.date(2024, b.month, b.day)
        days = min(((first - second).days, (first - second).days - 366, (first - second).days + 366), key=abs)
        return (days - (a.weekday - b.weekday)) % 7 == 0

    for at, mention in enumerate(mentions):
        day = _day_of_year(mention)
        earlier = mentions[:at]
        # Every earlier mention it contradicts, in the order the check weighs them: the first
        # mention of each other weekday on the same date, then the first of the same weekday on
        # each date up to six days before or after.
        candidates = list({e.weekday: (e, "date-two-weekdays") for e in reversed(earlier)
                           if _day_of_year(e) == day and e.weekday != mention.weekday}.values())
        candidates.sort(key=lambda found: found[0].start)
        for delta in (*range(-6, 0), *range(1, 7)):
            near = [e for e in earlier if _day_of_year(e) == (day - 1 + delta) % 366 + 1
                    and e.weekday == mention.weekday]
            if near:
                candidates.append((near[0], "weekday-two-dates"))
        # (one that contradicts only mentions already reported, and agrees with the mentions
        # they were reported against, is their defect again)
        found = next((c for c in candidates
                      if c[0].start not in reported or not agree(mention, reported[c[0].start])), None)
        if found:
            reported[mention.start] = found[0]
            expected.append((mention.start, found[0].start, found[1]))
    issues = _kl102(article, lang)
    assert [(i.location.offset, i.related[0].offset, i.data["kind"]) for i in issues] == expected


@pytest.mark.parametrize(("lang", "text", "word", "sentence"), [
    # A number and a full stop end a sentence in English and Indonesian...
    ("en", "The vote could be held as early as Oct. 6. House Speaker Tony Smith said so.", "Smith",
     "House Speaker Tony Smith said so."),
    ("id", "Rapat digelar pada tanggal 6. Menteri Budi mengatakan itu.", "Budi", "Menteri Budi mengatakan itu."),
    # ...but not after an initial, or in a language that writes ordinals with a full stop.
    ("en", "The board chose J. Smith as chair.", "Smith", "The board chose J. Smith as chair."),
    ("de", "Der Gipfel beginnt am 6. Oktober in Genf.", "Oktober", "Der Gipfel beginnt am 6. Oktober in Genf."),
])
def test_sentence_ends_after_a_number_unless_ordinals_take_a_full_stop(
        lang: str, text: str, word: str, sentence: str) -> None:
    at = text.index(word)
    left, right = sentence_span(text, at, at + len(word), lang)
    assert text[left:right] == sentence


@pytest.mark.parametrize(("lang", "text", "date", "verb"), [
    # The date stands with the reporting verb: it dates the statement.
    ("id", "Kami siap, kata juru bicara itu, Selasa (25/6).", "Selasa (25/6)", "kata"),
    ("id", "Juru bicara Kremlin Dmitry Peskov hari Selasa (25/6) mengatakan Moskow siap.", "Selasa (25/6)",
     "mengatakan"),
    ("id", "Juru bicara itu, Selasa (25/6), mengatakan Moskow siap.", "Selasa (25/6)", "mengatakan"),
    ("id", "Pada Selasa (25/6), juru bicara itu mengatakan Moskow siap.", "Selasa (25/6)", "mengatakan"),
    ("en", "The spokesman told reporters at a news conference on June 25 that Moscow was ready.", "June 25",
     "at a news conference"),
    ("en", "On June 25, the spokesman said Moscow was ready.", "June 25", "said"),
    ("en", "The spokesman on June 25 said Moscow was ready.", "June 25", "said"),
    ("en", '"We are ready," the spokesman said on June 25.', "June 25", "said"),
    # The date is in what was said: a scheduled vote, a deadline, a span.
    ("en", "The speaker said the election would be held on June 25 in the seat.", "June 25", None),
    ("en", "The vote could be held as early as June 25, Smith said.", "June 25", None),
    ("en", "The deadline is June 25, the ministry said.", "June 25", None),
    ("en", "He said the talks run until June 25.", "June 25", None),
    ("en", "The minister said that the law takes effect on June 25.", "June 25", None),
    ("id", "Juru bicara itu mengatakan bahwa rapat digelar Selasa (25/6).", "Selasa (25/6)", None),
    ("id", "Rapat digelar Selasa (25/6), kata juru bicara itu.", "Selasa (25/6)", None),
    ("id", "Menurut dia, batas waktunya adalah Selasa (25/6).", "Selasa (25/6)", None),
])
def test_statement_attribution_is_the_verb_a_date_stands_with(
        lang: str, text: str, date: str, verb: str | None) -> None:
    at = text.index(date)
    found = statement_attribution(text, lang, at, at + len(date), Quotations(text))
    assert (found.group() if found else None) == verb


def _bare(text: str, lang: str, reference: dt.date | None = dt.date(2017, 4, 19)) -> list[tuple[str, dt.date | None]]:
    dates = extract_dates(text, lang, reference)
    relatives = extract_relative(text, lang, reference)
    return [(m.text, m.resolved) for m in bare_weekdays(text, lang, reference, dates, relatives)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A weekday that dates a statement: the latest such day on or before publication (a Wednesday).
    ("en", "The secretary said on Wednesday that Iran was a threat.", [("Wednesday", dt.date(2017, 4, 19))]),
    ("en", '"We are ready," the spokesman told reporters Tuesday.', [("Tuesday", dt.date(2017, 4, 18))]),
    ("en", "On Thursday, the minister said the plan was sound.", [("Thursday", dt.date(2017, 4, 13))]),
    ("id", '"Kami siap," kata dia di Jakarta, Senin.', [("Senin", dt.date(2017, 4, 17))]),
    ("id", "Hal itu disampaikan Budi di Jakarta, Senin.", [("Senin", dt.date(2017, 4, 17))]),
    # Named alone but not dating a statement: listed, unresolved.
    ("en", "The flow is expected to rise to 160,000 cfs on Thursday.", [("Thursday", None)]),
    ("id", "Puncak banjir diperkirakan terjadi Kamis.", [("Kamis", None)]),
    ("en", "The vote is on Sunday, officials said.", [("Sunday", None)]),
    ("id", "Pertemuan akan digelar Senin, katanya.", [("Senin", None)]),
    # Not a weekday alone: with a date, in a relative phrase, plural, a holiday, lower case.
    ("en", "The minister said on Tuesday, April 18, that the plan was sound.", []),
    ("en", "The minister said last Tuesday that the plan was sound.", []),
    ("en", "The club meets on Wednesdays.", []),
    ("en", "Shops opened early on Black Friday, the union said.", []),
    ("en", "The market opens every Friday, the mayor said.", []),
    ("id", "Pasar murah digelar tiap Jumat, kata Budi.", []),
    ("id", "Harga naik minggu ini, kata pedagang.", []),
    ("id", "Putin hari Jumat (14/4) memperingatkan Seoul.", []),
    # A given name after a title; a weekday before a name is still a weekday.
    ("en", "Commissioner Monday Bello said the suspects were arrested.", []),
    ("en", "On Monday Bello said the suspects were arrested.", [("Monday", dt.date(2017, 4, 17))]),
])
def test_bare_weekdays(lang: str, text: str, expected: list[tuple[str, dt.date | None]]) -> None:
    assert _bare(text, lang) == expected


def test_bare_weekdays_need_a_publication_date_to_resolve() -> None:
    assert _bare("The secretary said on Wednesday that Iran was a threat.", "en", None) == [("Wednesday", None)]


def test_dates_of_a_claims_file_is_the_timeline_of_its_article(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from klaim.cli import main
    from tests.conftest import write_repo

    article = ("Banjir di Hulu\nTanggal: 5 Sep 2024 10:00 WIB\n"
               "Air naik Kamis (5/9) pagi, kata camat Budi Santoso.\n")
    # A claim that fails validation (said_on in another form) does not hide the article.
    claims = write_repo(tmp_path, article, claims_file=(
        "article: ../seeds/article.txt\nlang: id\nclaims:\n"
        "  - {id: camat-says, kind: statement, summary: s, said_on: 5/9/2024, anchor: {exact: kata camat}}\n"))
    assert main(["dates", str(claims), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["article"], document["claims"], document["lang"]) == (
        "seeds/article.txt", "claims/case.claims.yaml", "id")
    assert [(m["date"], m["line"], m["column"]) for m in document["mentions"]] == [
        ("2024-09-05", 2, 10), ("2024-09-05", 3, 10)]
    assert main(["dates", str(claims)]) == 0
    assert "Kamis (5/9)" in capsys.readouterr().out


@pytest.mark.parametrize(("claims_file", "code", "line"), [
    ("article: ../seeds/missing.txt\nclaims: []\n", "KL004", 1),
    ("article: ../seeds/article.txt\nclaims:\n\t- id: x\n", "KL002", 3),
    ("claims: []\n", "KL003", 1),
])
def test_dates_of_a_claims_file_without_a_readable_article_exits_2_located(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], claims_file: str, code: str, line: int
) -> None:
    from klaim.cli import main
    from tests.conftest import write_repo

    claims = write_repo(tmp_path, "Judul\nTanggal: 5 Sep 2024\nTeks.\n", claims_file=claims_file)
    assert main(["dates", str(claims)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"claims/case.claims.yaml:{line}:" in captured.err and f" {code} " in captured.err


@pytest.mark.parametrize(("text", "kinds"), [
    ("Markets fell overnight in Asia.", ["overnight"]),
    ("He was held in overnight custody.", []),
    ("She took an overnight flight to Jakarta.", []),
])
def test_overnight_is_a_date_only_as_an_adverb(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in extract_relative(text, "en", REFERENCE)] == kinds


@pytest.mark.parametrize(("text", "expected"), [
    # Inside a quotation, "besok" is the day after the statement, not after publication.
    ('"Besok kami berangkat," kata Budi, Minggu (28/9).\n', [("Besok", dt.date(2025, 9, 29))]),
    ('"We leave tomorrow," Budi said on Sunday.\n',
     [("tomorrow", dt.date(2025, 9, 29)), ("Sunday", dt.date(2025, 9, 28))]),
    # With no date for the statement, or outside quotations, publication is the reference.
    ('"Besok kami berangkat," kata Budi.\n', [("Besok", dt.date(2025, 10, 1))]),
    ("Harga naik kemarin, kata pedagang, Minggu (28/9).\n", [("kemarin", dt.date(2025, 9, 29))]),
])
def test_quoted_relative_phrases_count_from_the_statement(text: str, expected: list[tuple[str, dt.date]]) -> None:
    from klaim.analysis import Analysis
    from klaim.article import load_article

    article = load_article("Judul\nTanggal: 30 Sep 2025 09:05 WIB\n" + text, "a.txt")
    assert [(r.text, r.resolved) for r in Analysis(article).relatives] == expected


def test_a_year_of_three_digits_gets_the_years_one_digit_away() -> None:
    from klaim.analysis import Analysis
    from klaim.article import load_article
    from klaim.checks.impossible_date import _year_typos
    from klaim.context import Context

    text = "Title\nDate: 2024-05-06\nRIVERTON March 7, 224 (Valley Times) -- the mayor spoke.\n"
    article = load_article(text, "t.txt", lang="en")
    issues = list(_year_typos(Context(article, Analysis(article))))
    assert [i.data["written_year"] for i in issues] == ["224"]
    assert [s.replacement for s in issues[0].suggestions] == ["March 7, 2024"]
