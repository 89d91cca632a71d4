"""Runs every case in checks/KLxxx.yaml through the real engine, plus the meta-tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from klaim.registry import all_checks
from tests.conftest import ROOT, run_engine, write_repo

CASES_DIR = ROOT / "checks"
SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead")


def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("KL*.yaml"))


def _cases() -> list[Any]:
    params = []
    for path in _case_files():
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for outcome in ("pass", "fail"):
            for case in spec.get(outcome) or []:
                params.append(pytest.param(spec["code"], outcome, case,
                                           id=f"{spec['code']}-{outcome}-{case['name']}"))
    return params


def _subset(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and _subset(v, actual[k]) for k, v in expected.items())
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(
            _subset(e, a) for e, a in zip(expected, actual, strict=True))
    return bool(expected == actual)


def _matches(expected: dict[str, Any], finding: Any, article_file: str) -> bool:
    where = expected.get("in", "article")
    if where == "article" and finding.file != article_file:
        return False
    if where == "claims" and finding.file == article_file:
        return False
    for key in ("line", "column", "match", "severity", "status", "claim"):
        if key in expected and getattr(finding, key) != expected[key]:
            return False
    return _subset(expected.get("data", {}), finding.data)


@pytest.mark.parametrize(("code", "outcome", "case"), _cases())
def test_case(tmp_path: Path, code: str, outcome: str, case: dict[str, Any]) -> None:
    article: str | bytes = case["article"]
    if case.get("article_encoding"):
        article = str(article).encode(case["article_encoding"])
    path = write_repo(tmp_path, article, case.get("claims"), case.get("acknowledged", ()),
                      lang=case.get("lang"), claims_file=case.get("claims_file"),
                      article_name=case.get("article_name", "article.txt"))
    select = [code] if code not in ("KL001", "KL002", "KL003", "KL004", "KL005") else None
    findings = [f for f in run_engine(path, lang=case.get("lang"), codes=select) if f.code == code]
    if outcome == "pass":
        assert findings == [], [(f.line, f.match, f.data) for f in findings]
        return
    expected = case["findings"]
    article_file = "seeds/" + case.get("article_name", "article.txt")
    unmatched = list(findings)
    for wanted in expected:
        hit = next((f for f in unmatched if _matches(wanted, f, article_file)), None)
        assert hit is not None, (wanted, [(f.file, f.line, f.column, f.match, f.data) for f in findings])
        unmatched.remove(hit)
    assert unmatched == [], [(f.line, f.match, f.data) for f in unmatched]


def test_every_check_has_a_case_file() -> None:
    codes = {c.code for c in all_checks()}
    files = {p.stem for p in _case_files()}
    assert codes - files == set(), "registered checks without checks/KLxxx.yaml"
    assert files - codes == set(), "case files that name no registered check"


@pytest.mark.parametrize("path", _case_files(), ids=lambda p: p.stem)
def test_case_file_has_pass_and_fail_cases(path: Path) -> None:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert spec["code"] == path.stem
    assert spec.get("pass"), "at least one case that must not be flagged"
    assert spec.get("fail"), "at least one case that must be flagged"
    names = [c["name"] for c in spec["pass"] + spec["fail"]]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n) for n in names)


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_check_is_documented(check: Any) -> None:
    doc = check.doc
    assert doc.splitlines()[0].strip(), "summary line"
    for section in SECTIONS:
        assert f"## {section}" in doc, f"{check.code} lacks '## {section}'"
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", check.name)


def test_a_checks_documentation_survives_its_module_leaving_sys_modules(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # pytester's in-process runs restore sys.modules: a check registered during one is dropped.
    check = next(c for c in all_checks() if c.run is not None)
    doc = check.doc
    monkeypatch.delitem(sys.modules, check.module)
    assert check.doc == doc and "## What it does" in doc
    # nor is the module imported again behind the registry's back, replacing the check's function
    assert next(c for c in all_checks() if c.code == check.code).run is check.run


def test_checks_leave_the_shared_analysis_as_they_found_it(tmp_path: Path) -> None:
    # The analysis results and the article's paragraphs are not frozen (see klaim.attribution):
    # no check may change them.
    # Every case article of every check, and the seed, with every check run on it.
    from klaim.config import load_config
    from klaim.engine import check_target, load_target

    paths = [ROOT / "claims" / name for name in sorted(p.name for p in (ROOT / "claims").glob("*.claims.yaml"))]
    for number, param in enumerate(_cases()):
        _, _, case = param.values
        article: str | bytes = case["article"]
        if case.get("article_encoding"):
            article = str(article).encode(case["article_encoding"])
        root = tmp_path / str(number)
        root.mkdir()
        paths.append(write_repo(root, article, case.get("claims"), case.get("acknowledged", ()),
                                lang=case.get("lang"), claims_file=case.get("claims_file"),
                                article_name=case.get("article_name", "article.txt")))
    analysed = 0
    for path in paths:
        target = load_target(path, load_config(path.parent.parent))
        if target.context is None:
            continue
        analysis = target.context.analysis
        parts = (analysis.attribution, analysis.dates, analysis.relatives, analysis.normalised,
                 target.context.article)
        before = repr(parts)
        check_target(target)
        assert repr(parts) == before, path
        analysed += 1
    assert analysed > 200


def test_kl203_relates_filed_names_as_it_relates_every_pair(tmp_path: Path) -> None:
    # Past _FEW_NAMES distinct names, KL203 relates only names with alike surnames: the same
    # findings as relating every pair, on every KL203 case and on an article naming many people.
    from unittest import mock

    from klaim.checks import inconsistent_speaker_name

    cases = [param.values[2] for param in _cases() if param.values[0] == "KL203"]
    people = [f"{first} {last}" for first in ("Joko", "Jokko", "Maria", "Dmitry", "Dmitri", "Ahmad")
              for last in ("Widodo", "Widoddo", "Halim", "Hakim", "Peskov", "Peskow", "Tanjung", "Sitompul",
                           "Siregar", "Nasution")]
    many = {"name": "many", "lang": "id", "article": "Judul\nTanggal: 5 Mar 2024 10:00 WIB\n" + "\n".join(
        f"Menteri {person} mengatakan rapat itu penting." for person in people) + "\n"}
    for number, case in enumerate([*cases, many]):
        root = tmp_path / str(number)
        root.mkdir()
        path = write_repo(root, case["article"], case.get("claims"), case.get("acknowledged", ()),
                          lang=case.get("lang"), claims_file=case.get("claims_file"))
        runs = []
        for few in (inconsistent_speaker_name._FEW_NAMES, 0):  # every pair; only filed alike names
            with mock.patch.object(inconsistent_speaker_name, "_FEW_NAMES", few):
                runs.append([(f.line, f.column, f.message, f.data)
                             for f in run_engine(path, lang=case.get("lang"), codes=["KL203"])])
        found, filed = runs
        assert filed == found, case["name"]
        if case is many:
            assert len(found) > 5  # the misspellings among sixty names are reported


def test_kl302_suggests_a_prefix_or_suffix_that_picks_out_each_match(tmp_path: Path) -> None:
    from klaim.config import load_config
    from klaim.engine import load_target

    article = ("Title\nDate: 2024-06-23\nThe mayor said the bridge would reopen on Friday.\n"
               "Later the governor said the bridge would reopen on Friday.\n"
               "Officials confirmed that the bridge would reopen on Friday.\n")
    claim = {"id": "bridge", "kind": "statement", "summary": "s",
             "anchor": {"exact": "the bridge would reopen on Friday"}, "sources": [{"kind": "article"}]}
    path = write_repo(tmp_path, article, [claim])
    [finding] = run_engine(path, codes=["KL302"])
    assert finding.data["lines"] == [3, 4, 5]
    assert len(finding.suggestions) == 3
    target = load_target(path, load_config(tmp_path))
    assert target.context is not None
    fixed = yaml.safe_load("{" + finding.suggestions[1].replacement + "}")
    from klaim.models import Anchor

    matches = target.context.find_anchor(Anchor(exact=claim["anchor"]["exact"], **fixed))  # type: ignore[index]
    assert [target.context.article_span(*m).line for m in matches] == [4]


def test_kl106_glued_year_suggests_the_separator_back_only_for_a_real_date(tmp_path: Path) -> None:
    article = ("Rapat\nTanggal: 18 Jul 2019\nRapat digelar Selasa (17/72019) di balai desa, "
               "lalu Senin (31/62019) di kantor camat.\n")
    path = write_repo(tmp_path, article, lang="id")
    real, none = run_engine(path, codes=["KL106"])
    assert (real.data["actual_weekday"], none.data["actual_weekday"]) == (2, None)
    assert [s.replacement for s in real.suggestions] == ["Selasa (17/7/2019)"]
    assert none.suggestions == []
