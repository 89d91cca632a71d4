"""The pytest plugin, tested with pytester: items, failures, the report, xdist."""

from __future__ import annotations

import json

import pytest

ARTICLE = ("Judul berita\nTanggal: 23 Jun 2024 09:05 WIB\n"
           "Menteri Keuangan Sri Wahyuni mengatakan anggaran akan direvisi.\n")


def _claims(quote: str = "anggaran akan direvisi", acknowledged: str = "") -> str:
    claim = {"id": "budget-revised", "kind": "statement", "summary": "s", "quotes": [quote],
             "anchor": {"exact": "Sri Wahyuni mengatakan"}, "sources": [{"kind": "article"}]}
    return f"article: ../seeds/a.txt\nclaims:\n  - {json.dumps(claim)}\n{acknowledged}"


@pytest.fixture
def repo(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".toml", pyproject='[tool.klaim]\npaths = ["claims"]\nfail-level = "error"\n'
                      '[tool.pytest.ini_options]\ntestpaths = ["claims", "tests"]\n')
    pytester.mkdir("seeds")
    pytester.mkdir("claims")
    (pytester.path / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    pytester.mkdir("tests")
    (pytester.path / "tests" / "stray.claims.yaml").write_text("article: nowhere\n", encoding="utf-8")
    return pytester


def test_one_item_per_check_and_test_data_not_collected(repo: pytest.Pytester) -> None:
    (repo.path / "claims" / "a.claims.yaml").write_text(_claims(), encoding="utf-8")
    result = repo.runpytest("--collect-only", "-q")
    lines = [text for text in result.outlines if "::" in text]
    assert "claims/a.claims.yaml::KL303" in lines
    assert "claims/a.claims.yaml::KL202" in lines
    assert not any("stray" in line for line in lines)


def test_failure_shows_location_line_and_caret(repo: pytest.Pytester) -> None:
    (repo.path / "claims" / "a.claims.yaml").write_text(_claims("anggaran direvisi"), encoding="utf-8")
    result = repo.runpytest("-k", "KL303")
    result.assert_outcomes(failed=1, deselected=result.parseoutcomes().get("deselected", 0))
    text = result.stdout.str()
    location = "claims/a.claims.yaml:3:"
    assert location in text
    line = next(x for x in result.outlines if x.startswith("      - {"))
    caret = result.outlines[result.outlines.index(line) + 1]
    column = int(text.split(location)[1].split(":")[0])
    assert caret.index("^") == 4 + column - 1
    assert "klaim consistency report" in text


def test_acknowledged_finding_passes_and_is_reported(repo: pytest.Pytester) -> None:
    ack = "acknowledged:\n  - {code: KL303, match: direvisi, reason: reviewed by the desk}\n"
    (repo.path / "claims" / "a.claims.yaml").write_text(_claims("anggaran direvisi", ack), encoding="utf-8")
    result = repo.runpytest()
    assert result.ret == 0
    assert "acknowledged" in result.stdout.str()


def test_unloadable_claims_file_is_one_failing_item(repo: pytest.Pytester) -> None:
    (repo.path / "claims" / "a.claims.yaml").write_text("article: [\n", encoding="utf-8")
    result = repo.runpytest("-q")
    result.assert_outcomes(failed=1)
    assert "claims/a.claims.yaml::KL002" in result.stdout.str()
    assert "Traceback" not in result.stdout.str()


def test_same_report_under_xdist(repo: pytest.Pytester) -> None:
    ack = "acknowledged:\n  - {code: KL303, match: direvisi, reason: reviewed}\n"
    (repo.path / "claims" / "a.claims.yaml").write_text(_claims("anggaran direvisi", ack), encoding="utf-8")
    (repo.path / "claims" / "b.claims.yaml").write_text(_claims("menteri"), encoding="utf-8")

    def report(*args: str) -> list[str]:
        out = repo.runpytest_subprocess(*args).outlines
        start = next(i for i, text in enumerate(out) if "klaim consistency report" in text)
        return [text for text in out[start + 1:] if text.startswith("claims/")]

    serial = report()
    assert len(serial) == 2
    # Which processes gather the findings: the controller only, not each worker as well.
    repo.makeconftest(
        "def pytest_sessionfinish(session):\n"
        "    config = session.config\n"
        "    who = config.workerinput['workerid'] if hasattr(config, 'workerinput') else 'controller'\n"
        "    has = config.pluginmanager.get_plugin('klaim-report-collector') is not None\n"
        "    (config.rootpath / f'collector-{who}').write_text(str(has))\n")
    assert report("-n", "2") == serial
    gathered = {path.name: path.read_text() for path in repo.path.glob("collector-*")}
    assert gathered == {"collector-controller": "True", "collector-gw0": "False", "collector-gw1": "False"}
