"""KL003 hints come from what the models allow where the error is (klaim.schema_errors)."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from klaim.models import Acknowledgement, Anchor, Claim, ClaimFile, Speaker
from klaim.schema_errors import KEY_ALIASES, date_readings, explain
from tests.conftest import run_engine, write_repo

ARTICLE = "Judul\nTanggal: 12 Jul 2012\nMenteri itu berkata pada Rabu (11/7/2012).\n"
CLAIM = {"id": "minister-says", "kind": "statement", "summary": "s",
         "anchor": {"exact": "Menteri itu berkata"}, "sources": [{"kind": "article"}]}


def _kl003(tmp_path: Path, claims_file: str) -> list[Any]:
    path = write_repo(tmp_path, ARTICLE, claims_file=claims_file)
    return [f for f in run_engine(path) if f.code == "KL003"]


def _claims_file(*claim_lines: str, lang: str | None = None) -> str:
    head = "article: ../seeds/article.txt\n" + (f"lang: {lang}\n" if lang else "") + "claims:\n"
    return head + "".join(line + "\n" for line in claim_lines)


BLOCK = (
    "  - id: minister-says",          # line 3
    "    kind: statement",
    "    summary: s",
    "    anchor: {exact: \"Menteri itu berkata\"}",
    "    sources: [{kind: article}]",  # line 7
)


@pytest.mark.parametrize(("extra", "key", "suggestion"), [
    ('    date: "2012-07-11"', "date", "said_on"),   # the alias: not 'date' itself
    ('    quote: ["berkata"]', "quote", "quotes"),
    ('    source: []', "source", "sources"),
    ('    Said_on: "2012-07-11"', "Said_on", "said_on"),
])
def test_unknown_claim_key_suggests_a_claim_key(tmp_path: Path, extra: str, key: str, suggestion: str) -> None:
    [finding] = _kl003(tmp_path, _claims_file(*BLOCK[:-1], extra))  # (no sources: 'sources' is free)
    assert (finding.line, finding.column, finding.match) == (7, 5, key)
    assert finding.data["type"] == "extra_forbidden"
    assert finding.data["path"] == f"$.claims[0].{key}"
    assert finding.data["suggestion"] == suggestion


def test_speaker_title_suggests_role(tmp_path: Path) -> None:
    [finding] = _kl003(tmp_path, _claims_file(*BLOCK, "    speaker: {name: Sri Wahyuni, title: Menteri}"))
    assert (finding.line, finding.column, finding.match) == (8, 34, "title")
    assert finding.data["path"] == "$.claims[0].speaker.title"
    assert finding.data["suggestion"] == "role"


def test_source_key_is_judged_by_the_source_kind(tmp_path: Path) -> None:
    # A document source has a title; the path has no trace of pydantic's union tag.
    [finding] = _kl003(tmp_path, _claims_file(
        *BLOCK[:-1], "    sources: [{kind: document, title: Laporan, dat: \"2012-07-11\"}]"))
    assert finding.data["path"] == "$.claims[0].sources[0].dat"
    assert finding.data["suggestion"] == "date"
    assert (finding.line, finding.match) == (7, "dat")


def test_alias_already_given_is_not_suggested(tmp_path: Path) -> None:
    [finding] = _kl003(tmp_path, _claims_file(*BLOCK, '    said_on: "2012-07-11"', '    date: "2012-07-11"'))
    assert finding.data["path"] == "$.claims[0].date"
    assert "suggestion" not in finding.data


def test_outdented_anchor_keys(tmp_path: Path) -> None:
    findings = _kl003(tmp_path, _claims_file(*BLOCK[:3], "    anchor:", '    exact: "Menteri itu berkata"',
                                             *BLOCK[4:]))
    by_type = {f.data["type"]: f for f in findings}
    assert set(by_type) == {"model_type", "extra_forbidden"}
    empty = by_type["model_type"]
    assert empty.data["path"] == "$.claims[0].anchor"
    assert empty.line == 6
    unknown = by_type["extra_forbidden"]
    assert (unknown.line, unknown.column, unknown.match) == (7, 5, "exact")
    assert unknown.data["belongs_to"] == "$.claims[0].anchor"
    assert "suggestion" not in unknown.data


def test_over_indented_claim_key_belongs_to_the_claim(tmp_path: Path) -> None:
    [finding] = _kl003(tmp_path, _claims_file(*BLOCK[:3], "    anchor:", '      exact: "Menteri itu berkata"',
                                              '      said_on: "2012-07-11"', *BLOCK[4:]))
    assert finding.data["path"] == "$.claims[0].anchor.said_on"
    assert finding.data["belongs_to"] == "$.claims[0]"
    assert (finding.line, finding.column) == (8, 7)


@pytest.mark.parametrize(("value", "lang", "suggestion"), [
    ('"11/07/2012"', "id", "2012-07-11"),    # day first, as Indonesian writes dates
    ('"07/11/2012"', "en", "2012-07-11"),    # month first in (US) English
    ('"2012-7-11"', None, "2012-07-11"),
    ("11 Juli 2012", None, "2012-07-11"),
    ('"July 11, 2012"', None, "2012-07-11"),
    ('"Rabu (11/7/2012)"', "id", "2012-07-11"),
    ('"13/07/2012"', None, "2012-07-13"),    # only one reading is a date
])
def test_date_in_another_form_gets_its_iso_spelling(tmp_path: Path, value: str, lang: str | None,
                                                      suggestion: str) -> None:
    [finding] = _kl003(tmp_path, _claims_file(*BLOCK, f"    said_on: {value}", lang=lang))
    line = 9 if lang else 8
    assert (finding.line, finding.column) == (line, 14)
    assert finding.data["path"] == "$.claims[0].said_on"
    assert finding.data["type"] == "string_pattern_mismatch"
    assert finding.data["suggestion"] == suggestion
    assert "[0-9]" not in finding.message  # never the raw pattern


def test_ambiguous_date_gives_both_readings_and_no_suggestion(tmp_path: Path) -> None:
    [finding] = _kl003(tmp_path, _claims_file(*BLOCK, '    said_on: "11/07/2012"'))
    assert finding.data["readings"] == ["2012-07-11", "2012-11-07"]
    assert "suggestion" not in finding.data


@pytest.mark.parametrize("value", ['"11/7/12"', '"11 Juli"', '"kemarin"', '"2012-06-31"'])
def test_date_without_one_reading_has_no_suggestion(tmp_path: Path, value: str) -> None:
    [finding] = _kl003(tmp_path, _claims_file(*BLOCK, f"    said_on: {value}", lang="id"))
    assert finding.data["path"] == "$.claims[0].said_on"
    assert "suggestion" not in finding.data and finding.data["hint"]


def test_kind_misspelt_suggests_an_allowed_kind(tmp_path: Path) -> None:
    [finding] = _kl003(tmp_path, _claims_file(BLOCK[0], "    kind: quotation", *BLOCK[2:]))
    assert (finding.line, finding.column, finding.match) == (4, 11, "quotation")
    assert finding.data["suggestion"] == "quote"
    assert finding.data["allowed"] == ["statement", "quote", "event", "context"]


def test_unknown_source_kind_points_at_the_kind(tmp_path: Path) -> None:
    [finding] = _kl003(tmp_path, _claims_file(*BLOCK[:-1], "    sources: [{kind: artikel}]"))
    assert finding.data["path"] == "$.claims[0].sources[0].kind"
    assert (finding.line, finding.match) == (7, "artikel")
    assert finding.data["suggestion"] == "article"


def test_string_for_a_mapping_suggests_the_mapping(tmp_path: Path) -> None:
    [finding] = _kl003(tmp_path, _claims_file(*BLOCK, "    speaker: Sri Wahyuni"))
    assert finding.data["path"] == "$.claims[0].speaker"
    assert finding.data["suggestion"] == '{name: "Sri Wahyuni"}'


# --- the invariants, over every key of every model --------------------------------------------

MODELS: list[tuple[type[BaseModel], list[str | int], dict[str, Any]]] = [
    (ClaimFile, [], {"article": "x"}),
    (Claim, ["claims", 0], CLAIM),
    (Speaker, ["claims", 0, "speaker"], {"name": "n"}),
    (Anchor, ["claims", 0, "anchor"], {"exact": "e"}),
    (Acknowledgement, ["acknowledged", 0], {"code": "KL101", "match": "m", "reason": "r"}),
]
EVERY_KEY = sorted({name for model, _, _ in MODELS for name in model.model_fields}
                   | {"date", "title", "source", "quote", "text"})


def _document_with(model_at: int, key: str, value: Any) -> dict[str, Any]:
    claim = {**json.loads(json.dumps(CLAIM)), "speaker": {"name": "n"}}
    document: dict[str, Any] = {"article": "x", "claims": [claim],
                                "acknowledged": [{"code": "KL101", "match": "m", "reason": "r"}]}
    target = document
    for step in MODELS[model_at][1]:
        target = target[step]
    target[key] = value
    return document


@pytest.mark.parametrize("model_at", range(len(MODELS)), ids=lambda i: MODELS[i][0].__name__)
@given(key=st.one_of(st.sampled_from(EVERY_KEY), st.text("abcdeilnorstu_", min_size=1, max_size=9)))
@settings(max_examples=60, deadline=None)
def test_unknown_key_suggestion_is_allowed_there_and_never_the_key(model_at: int, key: str) -> None:
    model = MODELS[model_at][0]
    if key in model.model_fields:
        return
    document = _document_with(model_at, key, "x")
    with pytest.raises(ValidationError) as raised:
        ClaimFile.model_validate(document)
    [problem] = [p for p in explain(raised.value, document) if p.data["type"] == "extra_forbidden"]
    assert problem.data["hint"]
    suggestion = problem.data.get("suggestion")
    if suggestion is not None:
        mapping: Any = document
        for step in problem.path[:-1]:
            mapping = mapping[step]
        assert suggestion != key
        assert suggestion in model.model_fields and suggestion not in mapping


def test_alias_table_names_real_fields() -> None:
    for (model, key), field_name in KEY_ALIASES.items():
        assert field_name in model.model_fields and key not in model.model_fields


@given(st.dates(min_value=dt.date(1900, 1, 1)))
def test_date_readings_of_spelt_dates_are_the_date(date: dt.date) -> None:
    for written in (f"{date.year}-{date.month}-{date.day}", f"{date.day} {calendar.month_name[date.month]} {date.year}",
                    f"{calendar.month_abbr[date.month]}. {date.day}, {date.year}", f"{date:%Y/%m/%d}"):
        assert date_readings(written, ["en"]) == [date], written
    assert date_readings(f"{date.day}/{date.month}/{date.year}", ["id"]) == [date]
    assert date_readings(f"{date.month}/{date.day}/{date.year}", ["en"]) == [date]
