"""``[tool.klaim]``: paths, languages, select/ignore by code or prefix, per-file-ignores, the fail
level, command-line flags over the configuration, and unusable settings as one-line errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from klaim.cli import main
from klaim.config import ConfigError, load_config
from tests.conftest import write_repo

ARTICLE = ("Judul berita\nTanggal: 23 Jun 2024 09:05 WIB\n"
           "Menteri Keuangan Sri Wahyuni mengatakan anggaran akan direvisi, kata dia hari Jumat (21/6).\n"
           "Pejabat itu berbicara Kamis (19/6) di Seoul.\n")
CLAIM = {"id": "budget-revised", "kind": "statement", "summary": "s",
         "anchor": {"exact": "Menteri Keuangan Sri Wahyuni mengatakan"}, "sources": [{"kind": "article"}],
         "quotes": ["anggaran direvisi"]}
UNSOURCED = {**CLAIM, "id": "unsourced", "sources": [], "quotes": []}


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Path]:
    """A repository with KL101 (article), KL202 and KL303 (claims file); the working directory."""
    write_repo(tmp_path, ARTICLE, [CLAIM, UNSOURCED])
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        yield tmp_path


def configure(root: Path, body: str) -> None:
    (root / "pyproject.toml").write_text(f'[tool.klaim]\npaths = ["claims"]\n{body}', encoding="utf-8")


def check(root: Path, *argv: str) -> tuple[int, dict[str, object]]:
    """``klaim check`` with the JSON report written to a file; the exit code and the report."""
    output = root / "report.json"
    output.unlink(missing_ok=True)
    code = main(["check", *argv, "--format", "json", "-o", str(output)])
    return code, json.loads(output.read_text(encoding="utf-8")) if output.exists() else {}


def codes(report: dict[str, object]) -> set[str]:
    findings = report["findings"]
    assert isinstance(findings, list)
    return {finding["code"] for finding in findings}


def test_the_fixture_repository_has_findings_in_both_files(repo: Path) -> None:
    code, report = check(repo)
    assert code == 1
    assert {"KL101", "KL202", "KL303"} <= codes(report)


@pytest.mark.parametrize(("setting", "kept", "dropped"), [
    ('select = ["KL3"]', {"KL303"}, {"KL101", "KL202"}),
    ('select = ["kl30"]', {"KL303"}, {"KL101", "KL202"}),
    ('select = ["KL1", "KL202"]', {"KL101", "KL202"}, {"KL303"}),
    ('ignore = ["KL1"]', {"KL202", "KL303"}, {"KL101"}),
    ('ignore = ["KL303", "KL2"]', {"KL101"}, {"KL202", "KL303"}),
    ('select = ["KL"]\nignore = ["KL10"]', {"KL202", "KL303"}, {"KL101"}),
])
def test_select_and_ignore_take_codes_and_prefixes(repo: Path, setting: str, kept: set[str],
                                                   dropped: set[str]) -> None:
    configure(repo, setting + "\n")
    _, report = check(repo)
    assert kept <= codes(report)
    assert not dropped & codes(report)


@pytest.mark.parametrize(("pattern", "dropped", "kept"), [
    ("claims/case.claims.yaml", {"KL303"}, {"KL101", "KL202"}),
    ("*.claims.yaml", {"KL303"}, {"KL101", "KL202"}),
    ("claims/*", {"KL303"}, {"KL101", "KL202"}),
    # A pattern on the article skips the checks for the claims file that points at it too.
    ("seeds/*.txt", {"KL303"}, {"KL101", "KL202"}),
    ("article.txt", {"KL303"}, {"KL101", "KL202"}),
    ("seeds/other-*.txt", set(), {"KL101", "KL202", "KL303"}),
])
def test_per_file_ignores_skip_codes_for_matching_files(repo: Path, pattern: str, dropped: set[str],
                                                        kept: set[str]) -> None:
    configure(repo, f'[tool.klaim.per-file-ignores]\n"{pattern}" = ["KL303"]\n')
    _, report = check(repo)
    assert kept <= codes(report)
    assert not dropped & codes(report)


def test_per_file_ignores_take_prefixes(repo: Path) -> None:
    configure(repo, '[tool.klaim.per-file-ignores]\n"seeds/*" = ["KL1", "kl2"]\n')
    _, report = check(repo)
    assert codes(report) == {"KL303"}


def test_per_file_ignores_apply_to_pytest_items(repo: Path, pytester: pytest.Pytester) -> None:
    configure(repo, '[tool.klaim.per-file-ignores]\n"*.claims.yaml" = ["KL303"]\n')
    result = pytester.runpytest_inprocess("--collect-only", "-q", "-p", "no:cacheprovider",
                                          str(repo / "claims"), "--rootdir", str(repo))
    collected = result.stdout.str()
    assert "::KL202" in collected and "::KL101" in collected
    assert "::KL303" not in collected


def test_command_line_select_replaces_configured_select_and_ignore(repo: Path) -> None:
    configure(repo, 'select = ["KL1"]\nignore = ["KL303"]\n')
    _, report = check(repo, "--select", "KL303")
    assert codes(report) == {"KL303"}


def test_command_line_ignore_adds_to_configured_ignore(repo: Path) -> None:
    configure(repo, 'ignore = ["KL303"]\n')
    _, report = check(repo, "--ignore", "KL1")
    assert "KL202" in codes(report)
    assert not {"KL101", "KL303"} & codes(report)


def test_per_file_ignores_still_apply_under_a_command_line_select(repo: Path) -> None:
    configure(repo, '[tool.klaim.per-file-ignores]\n"*.claims.yaml" = ["KL303"]\n')
    code, report = check(repo, "--select", "KL3")
    assert (code, codes(report)) == (0, set())


def test_fail_level_from_configuration_and_command_line(tmp_path: Path) -> None:
    path = write_repo(tmp_path, "Title\nNo dateline here, only text that goes on.\n", [])
    configure(tmp_path, 'select = ["KL006"]\nfail-level = "warning"\n')
    assert check(tmp_path, str(path))[0] == 1
    assert check(tmp_path, str(path), "--fail-level", "error")[0] == 0
    assert check(tmp_path, str(path), "--exit-zero")[0] == 0
    configure(tmp_path, 'select = ["KL006"]\nfail-level = "Error"\n')
    assert check(tmp_path, str(path))[0] == 0
    assert check(tmp_path, str(path), "--fail-level", "warning")[0] == 1


def test_exit_zero_never_hides_an_unusable_input(tmp_path: Path) -> None:
    path = write_repo(tmp_path, ARTICLE, claims_file="article: [\n")
    assert check(tmp_path, str(path), "--exit-zero")[0] == 2


def test_paths_are_what_a_bare_check_checks(repo: Path) -> None:
    (repo / "claims").rename(repo / "records")
    configure(repo, "")
    assert main(["check"]) == 2  # claims/ is gone
    (repo / "pyproject.toml").write_text('[tool.klaim]\npaths = ["records"]\n', encoding="utf-8")
    _, report = check(repo)
    files = report["files"]
    assert isinstance(files, list)
    assert "records/case.claims.yaml" in {entry["path"] for entry in files}


def lang_of(report: dict[str, object]) -> str:
    files = report["files"]
    assert isinstance(files, list)
    (article,) = [entry for entry in files if entry["kind"] == "article"]
    return str(article["lang"])


def test_lang_and_languages_from_configuration_and_command_line(tmp_path: Path) -> None:
    path = write_repo(tmp_path, ARTICLE, [CLAIM])
    assert lang_of(check(tmp_path, str(path))[1]) == "id"
    configure(tmp_path, 'lang = "en"\n')
    assert lang_of(check(tmp_path, str(path))[1]) == "en"
    assert lang_of(check(tmp_path, str(path), "--lang", "id")[1]) == "id"
    configure(tmp_path, 'languages = ["en"]\n')
    assert lang_of(check(tmp_path, str(path))[1]) == "en"


def test_ignoring_kl005_silences_stale_acknowledgements(tmp_path: Path) -> None:
    stale = [{"code": "KL303", "match": "no such text", "reason": "r"}]
    path = write_repo(tmp_path, ARTICLE, [{**CLAIM, "quotes": []}], stale)
    assert codes(check(tmp_path, str(path), "--select", "KL303")[1]) == {"KL005"}
    code, report = check(tmp_path, str(path), "--select", "KL303", "--ignore", "KL005")
    assert (code, codes(report)) == (0, set())
    configure(tmp_path, '[tool.klaim.per-file-ignores]\n"claims/*" = ["KL00"]\n')
    assert codes(check(tmp_path, str(path), "--select", "KL303")[1]) == set()


@pytest.mark.parametrize(("body", "argv", "named"), [
    ('fail_levle = "warning"\n', [], "fail_levle"),
    ('colour = "red"\n', [], "colour"),
    ('select = ["KL999"]\n', [], "KL999"),
    ('ignore = ["XX1"]\n', [], "XX1"),
    ('ignore = [""]\n', [], "ignore"),
    ('select = "KL1,KL2"\n', [], "KL1,KL2"),
    ('select = [3]\n', [], "select"),
    ('[tool.klaim.per-file-ignores]\n"seeds/*" = ["KL9"]\n', [], "KL9"),
    ('per-file-ignores = ["KL101"]\n', [], "per-file-ignores"),
    ('fail-level = "fatal"\n', [], "fatal"),
    ('fail-level = 2\n', [], "fail-level"),
    ('max-bytes = true\n', [], "max-bytes"),
    ('lang = ["id"]\n', [], "lang"),
    ('paths = [\n', [], "pyproject.toml"),
    ("", ["--select", "KL999"], "KL999"),
    ("", ["--ignore", "KL1,bogus"], "bogus"),
])
def test_an_unusable_setting_is_a_one_line_error_and_exit_2(repo: Path, capsys: pytest.CaptureFixture[str],
                                                            body: str, argv: list[str], named: str) -> None:
    configure(repo, body)
    capsys.readouterr()
    assert main(["check", *argv]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.startswith("klaim: error:") and out.err.count("\n") == 1
    assert "Traceback" not in out.err
    assert named in out.err


def test_an_unknown_key_suggests_the_known_one(tmp_path: Path) -> None:
    configure(tmp_path, 'fail_level = "warning"\n')
    with pytest.raises(ConfigError, match="fail-level"):
        load_config(tmp_path)


def test_codes_are_stored_upper_case(tmp_path: Path) -> None:
    configure(tmp_path, 'select = ["kl1"]\nignore = ["kl101"]\n[tool.klaim.per-file-ignores]\n"x" = ["kl3"]\n')
    config = load_config(tmp_path)
    assert (config.select, config.ignore, config.per_file_ignores) == (["KL1"], ["KL101"], {"x": ["KL3"]})


def test_no_configuration_means_the_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert (config.paths, config.lang, config.languages, config.select, config.ignore,
            config.per_file_ignores, config.fail_level) == (["claims"], None, ["id", "en"], None, [], {}, "error")
