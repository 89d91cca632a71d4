"""The command line, run in process: exit codes, formats, located errors, inputs untouched."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from klaim.cli import main
from tests.conftest import ROOT, write_repo

ARTICLE = ("Judul berita\nTanggal: 23 Jun 2024 09:05 WIB\n"
           "Menteri Keuangan Sri Wahyuni mengatakan anggaran akan direvisi, kata dia hari Jumat (21/6).\n")
CLAIM = {"id": "budget-revised", "kind": "statement", "summary": "s",
         "anchor": {"exact": "Menteri Keuangan Sri Wahyuni mengatakan"}, "sources": [{"kind": "article"}],
         "quotes": ["anggaran akan direvisi"]}


@pytest.fixture
def in_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def _checksums(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def test_clean_claims_file_exits_0(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_repo(in_repo, ARTICLE, [CLAIM])
    assert main(["check", "--select", "KL0,KL2,KL3"]) == 0


def test_finding_exits_1_and_json_validates(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_repo(in_repo, ARTICLE, [{**CLAIM, "quotes": ["anggaran direvisi"]}])
    before = _checksums(in_repo)
    assert main(["check", "--format", "json", "--select", "KL3"]) == 1
    report = json.loads(capsys.readouterr().out)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert [(f["code"], f["file"], f["line"], f["claim"]) for f in report["findings"]] == [
        ("KL303", "claims/case.claims.yaml", 3, "budget-revised")]
    assert report["counts"] == {"KL303": 1}
    assert _checksums(in_repo) == before


def test_fail_level_and_exit_zero(in_repo: Path) -> None:
    write_repo(in_repo, "Title\nNo dateline here, only text that goes on.\n", [])
    assert main(["check", "--select", "KL006"]) == 0
    assert main(["check", "--select", "KL006", "--fail-level", "warning"]) == 1
    assert main(["check", "--select", "KL006", "--fail-level", "warning", "--exit-zero"]) == 0


@pytest.mark.parametrize(("claims_file", "code"), [
    ("article: [\n", "KL002"),
    ("", "KL003"),
    ("article: ../seeds/article.txt\nclaims:\n  - {id: x, kind: statement, summary: s, anchr: {exact: a}}\n", "KL003"),
    ("article: ../../../../../../../../../etc/hostname\n", "KL004"),
])
def test_unloadable_claims_file_exits_2_with_a_located_finding(
        in_repo: Path, capsys: pytest.CaptureFixture[str], claims_file: str, code: str) -> None:
    path = write_repo(in_repo, ARTICLE, claims_file=claims_file)
    before = _checksums(in_repo)
    assert main(["check", str(path), "--format", "json"]) == 2
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    findings = json.loads(out.out)["findings"]
    assert findings and all(f["code"] == code and f["line"] >= 1 and f["file"] == "claims/case.claims.yaml"
                            for f in findings)
    assert _checksums(in_repo) == before


def test_bare_article_and_output_file(in_repo: Path) -> None:
    article = write_repo(in_repo, "Title\nThe story without a dateline goes on here.\n")
    assert main(["check", str(article), "--select", "KL006", "--fail-level", "warning",
                 "-o", "out.json", "--format", "json"]) == 1
    report = json.loads((in_repo / "out.json").read_text(encoding="utf-8"))
    assert [(f["code"], f["file"], f["line"]) for f in report["findings"]] == [("KL006", "seeds/article.txt", 2)]


def test_a_folder_of_bare_articles_checks_its_articles(in_repo: Path) -> None:
    write_repo(in_repo, "Title\nThe story without a dateline goes on here.\n")
    (in_repo / "seeds" / "notes.yaml").write_text("not: an article\n", encoding="utf-8")
    for other in ("README.md", "requirements.txt", ".venv/lib/LICENSE.txt", "node_modules/x/readme.md"):
        (in_repo / "seeds" / other).parent.mkdir(parents=True, exist_ok=True)
        (in_repo / "seeds" / other).write_text("Not an article\n", encoding="utf-8")
    assert main(["check", "seeds", "--select", "KL006", "--fail-level", "warning",
                 "-o", "out.json", "--format", "json"]) == 1
    report = json.loads((in_repo / "out.json").read_text(encoding="utf-8"))
    assert [(f["path"], f["kind"]) for f in report["files"]] == [("seeds/article.txt", "article")]
    assert [(f["code"], f["file"], f["line"]) for f in report["findings"]] == [("KL006", "seeds/article.txt", 2)]


def test_a_report_written_into_a_folder_of_articles_is_an_input_of_the_next_run(in_repo: Path) -> None:
    # Never left out to be overwritten: the file named by -o may be an article itself.
    write_repo(in_repo, "Title\nThe story without a dateline goes on here.\n")
    argv = ["check", "seeds", "--select", "KL006", "--fail-level", "warning", "-o", "seeds/report.md",
            "--format", "markdown"]
    assert main(argv) == 1
    before = (in_repo / "seeds" / "report.md").read_bytes()
    assert main(argv) == 2  # refused: it is an input now
    assert (in_repo / "seeds" / "report.md").read_bytes() == before


def test_a_folder_with_claims_files_checks_only_those(in_repo: Path) -> None:
    write_repo(in_repo, ARTICLE, [CLAIM])
    (in_repo / "claims" / "stray.txt").write_text("Title\nNo dateline here at all.\n", encoding="utf-8")
    assert main(["check", "claims", "-o", "out.json", "--format", "json"]) == 0
    report = json.loads((in_repo / "out.json").read_text(encoding="utf-8"))
    assert [(f["path"], f["kind"]) for f in report["files"]] == [
        ("claims/case.claims.yaml", "claims"), ("seeds/article.txt", "article")]


def test_a_folder_with_nothing_to_check_exits_2(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_repo / "empty").mkdir()
    assert main(["check", "empty"]) == 2
    assert "klaim: error:" in capsys.readouterr().err


def test_refuses_to_write_over_an_input(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_repo(in_repo, ARTICLE, [CLAIM])
    before = _checksums(in_repo)
    assert main(["check", str(path), "-o", str(path)]) == 2
    assert _checksums(in_repo) == before


@pytest.mark.parametrize("argv", [
    ["check", "does/not/exist"], ["check", "--select", "XX9"], ["explain", "KL999"]])
def test_unusable_commands_exit_2(in_repo: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    write_repo(in_repo, ARTICLE, [CLAIM])
    assert main(argv) == 2
    assert "klaim: error:" in capsys.readouterr().err


def test_bad_configuration_exits_2(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_repo(in_repo, ARTICLE, [CLAIM])
    (in_repo / "pyproject.toml").write_text('[tool.klaim]\npaths = ["claims"]\nfail_levle = "x"\n')
    assert main(["check"]) == 2


def test_explain_and_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "kl303"]) == 0
    assert "## What it does" in capsys.readouterr().out
    assert main(["codes"]) == 0
    assert "KL304" in capsys.readouterr().out


def test_schema_check_detects_drift(tmp_path: Path) -> None:
    assert main(["schema", "-o", str(tmp_path)]) == 0
    assert main(["schema", "--check", "-o", str(tmp_path)]) == 0
    (tmp_path / "claims.schema.json").write_text("{}")
    assert main(["schema", "--check", "-o", str(tmp_path)]) == 1


def test_without_a_temporary_folder_the_report_is_built_in_memory(
        in_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from klaim import spool

    write_repo(in_repo, ARTICLE, [{**CLAIM, "quotes": ["anggaran direvisi"]}])
    assert main(["check", "--format", "json"]) == 1
    spooled = capsys.readouterr().out

    def no_temporary_file(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(spool.tempfile, "TemporaryFile", no_temporary_file)
    assert main(["check", "--format", "json"]) == 1
    assert capsys.readouterr().out == spooled


def test_a_full_disk_under_the_spool_is_a_usage_error_not_a_traceback(
        in_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import io

    from klaim import spool

    class Full(io.BytesIO):
        def write(self, data: object) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    write_repo(in_repo, ARTICLE, [CLAIM])
    monkeypatch.setattr(spool.tempfile, "TemporaryFile", lambda *args, **kwargs: Full())
    assert main(["check"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("klaim: error: ") and "Traceback" not in captured.err


def test_python_dash_m_klaim_runs_the_command(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "klaim", "codes"], cwd=tmp_path, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "KL101" in done.stdout


def test_a_reader_that_closes_the_pipe_early_stops_klaim_quietly(tmp_path: Path) -> None:
    """``klaim check | head``: the pipe closes under klaim's report, which stops with 141 (128 +
    SIGPIPE), no traceback and no "internal error"."""
    import subprocess
    import sys

    for number in range(800):  # a report far longer than a pipe's buffer
        (tmp_path / f"{number:03}.txt").write_text(f"Title {number}\nNo date here, the council said.\n",
                                                    encoding="utf-8")
    command = [sys.executable, "-m", "klaim", "check", str(tmp_path), "--lang", "en", "--format", "json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()  # the reader goes away before the report is written out
    errors = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 141
    assert "internal error" not in errors and "Traceback" not in errors
