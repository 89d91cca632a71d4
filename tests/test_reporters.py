"""The review-tool reporters (SARIF, GitHub workflow commands, Markdown) through the real CLI.

Every format renders the one report, so each test compares a format with the JSON report of the
same run: codes, files, lines, spans and statuses, never message wording.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from klaim.cli import build_parser, main
from klaim.models import AcknowledgementInfo, FileEntry, Finding, Report, ToolInfo
from klaim.registry import all_checks
from klaim.reporters import formats, github, markdown, sarif
from tests.conftest import ROOT, write_repo

SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
SARIF_VALIDATOR = jsonschema.validators.validator_for(SARIF_SCHEMA)
SEED_CLAIMS = ROOT / "claims"

ARTICLE = ("Judul berita\nTanggal: 23 Jun 2024 09:05 WIB\n"
           "Menteri Keuangan Sri Wahyuni mengatakan anggaran akan direvisi, kata dia hari Jumat (21/6). "
           "Menteri Keuangan hadir.\n"
           "Pejabat itu berbicara Kamis (19/6) di Seoul.\n")
CLAIM = {"id": "budget-revised", "kind": "statement", "summary": "s",
         "anchor": {"exact": "Menteri Keuangan Sri Wahyuni mengatakan"}, "sources": [{"kind": "article"}],
         "quotes": ["anggaran akan direvisi"]}
# KL302 (related mentions in the article), KL303 twice (once acknowledged), KL304 (related claim),
# KL202, and KL101 in the article.
CLAIMS = [
    {**CLAIM, "anchor": {"exact": "Menteri Keuangan"}},
    {**CLAIM, "quotes": ["anggaran direvisi"]},
    {**CLAIM, "id": "minister-unsourced", "sources": [], "quotes": ["anggaran direvisi"]},
]
ACKNOWLEDGED = [{"code": "KL303", "match": "anggaran direvisi", "claim": "minister-unsourced",
                 "reason": "checked with the desk: wording, ok"}]
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def run(argv: list[str], output: Path) -> tuple[int, str]:
    """Run the CLI in process, writing to ``output``; the exit code and the file's text."""
    code = main([*argv, "-o", str(output)])
    return code, output.read_text(encoding="utf-8") if output.exists() else ""


def reports(tmp_path: Path, *paths: str, extra: tuple[str, ...] = ()) -> dict[str, tuple[int, str]]:
    """Every review format (and JSON) of one run over ``paths``."""
    out = {}
    for name in ("json", "sarif", "github", "markdown"):
        out[name] = run(["check", *paths, "--format", name, *extra], tmp_path / f"report.{name}")
    return out


def validate_sarif(log: dict[str, Any]) -> None:
    """Validate against the official OASIS schema (a draft-04 schema: the matching validator)."""
    SARIF_VALIDATOR(SARIF_SCHEMA, format_checker=SARIF_VALIDATOR.FORMAT_CHECKER).validate(log)


@pytest.fixture
def mixed_repo(tmp_path: Path) -> Path:
    """A repository whose report has related locations, an acknowledged finding, several codes."""
    repo = tmp_path / "repo"
    repo.mkdir()
    return write_repo(repo, ARTICLE, CLAIMS, ACKNOWLEDGED)


def keys_of_json(report: dict[str, Any]) -> list[tuple[str, int, int, str, str]]:
    return [(f["file"], f["line"], f["column"], f["code"], f["status"]) for f in report["findings"]]


def keys_of_sarif(log: dict[str, Any]) -> list[tuple[str, int, int, str, str]]:
    keys = []
    for result in log["runs"][0]["results"]:
        location = result["locations"][0]["physicalLocation"]
        status = "acknowledged" if result.get("suppressions") else "new"
        keys.append((unquote(location["artifactLocation"]["uri"]), location["region"]["startLine"],
                     location["region"]["startColumn"], result["ruleId"], status))
    return keys


# --- GitHub workflow commands, parsed the way the Actions runner parses them ----------------


def unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """``::name k=v,k=v::message`` as the runner reads it (ActionCommand.TryParseV2)."""
    assert line.startswith("::")
    end = line.index("::", 2)
    name, _, raw = line[2:end].partition(" ")
    properties = {}
    for pair in raw.split(","):
        key, _, value = pair.partition("=")
        properties[key] = unescape_property(value)
    return name, properties, unescape_data(line[end + 2:])


def parse_github(output: str) -> list[tuple[str, dict[str, str], str]]:
    # The runner reads its output line by line: CR and LF end a line, nothing else does.
    return [parse_command(line) for line in re.split(r"\r\n|\r|\n", output) if line]


def keys_of_github(output: str) -> list[tuple[str, int, int | None, str, str]]:
    keys = []
    for _, properties, _ in parse_github(output):
        code = properties["title"].split()[0]
        status = "acknowledged" if properties["title"].endswith("(acknowledged)") else "new"
        column = int(properties["col"]) if "col" in properties else None
        keys.append((properties["file"], int(properties["line"]), column, code, status))
    return keys


def expected_github(report: dict[str, Any]) -> list[tuple[str, int, int | None, str, str]]:
    """JSON findings as GitHub gets them: columns only for spans on one line."""
    return [(f["file"], f["line"], f["column"] if f["end_line"] == f["line"] else None, f["code"], f["status"])
            for f in report["findings"]]


# --- Markdown tables, split the way GitHub's cmark-gfm splits rows ---------------------------


def cells(row: str) -> list[str]:
    """A table row's cells: a pipe right after a backslash is escaped (cmark-gfm's scanner)."""
    assert row.startswith("| ") and row.endswith(" |")
    parts, current, previous = [], "", ""
    for char in row[1:-1]:
        if char == "|" and previous != "\\":
            parts.append(current)
            current = ""
        else:
            current += char
        previous = char
    parts.append(current)
    return [part.strip() for part in parts]


def finding_rows(output: str) -> list[list[str]]:
    # Markdown ends a line at LF, CR or CRLF only (not at the other characters str.splitlines knows).
    assert "\r" not in output
    lines = output.split("\n")
    header = lines.index("| severity | location | check | text | message |")
    rows = []
    for line in lines[header + 2:]:
        if not line.startswith("|"):
            break
        rows.append(cells(line))
    return rows


def keys_of_markdown(output: str) -> list[tuple[str, int, int, str, str]]:
    keys = []
    for row in finding_rows(output):
        file, line, column = row[1].strip("`").rsplit(":", 2)
        status = "acknowledged" if "(acknowledged)" in row[0] else "new"
        keys.append((file, int(line), int(column), row[2].split()[0], status))
    return keys


# --- the seed and the mixed repository through the CLI ----------------------------------------


def test_every_review_format_is_a_check_format() -> None:
    assert {"sarif", "github", "markdown"} <= set(formats())


def test_sarif_on_the_seed_validates_against_the_official_schema(tmp_path: Path) -> None:
    out = reports(tmp_path, str(SEED_CLAIMS))
    log = json.loads(out["sarif"][1])
    validate_sarif(log)
    assert SARIF_VALIDATOR is jsonschema.Draft4Validator
    report = json.loads(out["json"][1])
    assert keys_of_sarif(log) == keys_of_json(report)
    assert len({code for code, _ in out.values()}) == 1, "every format exits alike"


def test_every_format_renders_the_same_findings_on_the_seed(tmp_path: Path) -> None:
    out = reports(tmp_path, str(SEED_CLAIMS))
    report = json.loads(out["json"][1])
    assert keys_of_github(out["github"][1]) == expected_github(report)
    assert keys_of_markdown(out["markdown"][1]) == keys_of_json(report)


def test_every_format_renders_the_same_findings(mixed_repo: Path, tmp_path: Path) -> None:
    out = reports(tmp_path, str(mixed_repo))
    report = json.loads(out["json"][1])
    expected = keys_of_json(report)
    assert {"KL302", "KL303", "KL304", "KL202"} <= {code for *_, code, _ in expected}
    assert ("acknowledged" in {status for *_, status in expected})
    assert keys_of_sarif(json.loads(out["sarif"][1])) == expected
    assert keys_of_github(out["github"][1]) == expected_github(report)
    assert keys_of_markdown(out["markdown"][1]) == expected
    assert {code for code, _ in out.values()} == {1}


def test_sarif_results_carry_spans_related_locations_and_suppressions(mixed_repo: Path, tmp_path: Path) -> None:
    out = reports(tmp_path, str(mixed_repo))
    log = json.loads(out["sarif"][1])
    validate_sarif(log)
    findings = json.loads(out["json"][1])["findings"]
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    artifacts = run_["artifacts"]
    assert len(run_["results"]) == len(findings)
    for result, finding in zip(run_["results"], findings, strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding["code"]
        assert result["level"] == LEVELS[finding["severity"]]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert location["artifactLocation"]["uri"] == finding["file"]
        assert artifacts[location["artifactLocation"]["index"]]["location"]["uri"] == finding["file"]
        region = location["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"],
                region["charOffset"], region["charLength"]) == (
            finding["line"], finding["column"], finding["end_line"], finding["end_column"],
            finding["offset"], finding["length"])
        related = result.get("relatedLocations", [])
        assert [(r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"]["startLine"],
                 r["physicalLocation"]["region"]["charOffset"]) for r in related] == [
            (r["file"], r["line"], r["offset"]) for r in finding["related"]]
        assert [r["id"] for r in related] == list(range(1, len(related) + 1))
        assert result["properties"].get("data", {}) == finding["data"]
        if finding["status"] == "acknowledged":
            (suppression,) = result["suppressions"]
            assert suppression["kind"] == "external" and suppression["status"] == "accepted"
            assert suppression["justification"] == finding["acknowledgement"]["reason"]
            where = suppression["location"]["physicalLocation"]
            assert where["artifactLocation"]["uri"] == "claims/case.claims.yaml"
            assert where["region"]["startLine"] == finding["acknowledgement"]["line"]
        else:
            assert "suppressions" not in result
    assert any(result.get("relatedLocations") for result in run_["results"])
    assert any(result.get("suppressions") for result in run_["results"])


def test_sarif_rules_are_the_registry_with_their_documentation(tmp_path: Path) -> None:
    _, text = run(["check", str(SEED_CLAIMS), "--format", "sarif"], tmp_path / "out.sarif")
    rules = json.loads(text)["runs"][0]["tool"]["driver"]["rules"]
    checks = all_checks()
    assert [rule["id"] for rule in rules] == [check.code for check in checks]
    for rule, check in zip(rules, checks, strict=True):
        assert rule["name"] == check.name
        assert rule["shortDescription"]["text"] == check.summary
        assert rule["fullDescription"]["text"] and rule["fullDescription"]["text"] in check.doc
        assert rule["help"]["markdown"] == check.doc
        assert rule["defaultConfiguration"]["level"] == LEVELS[check.severity.value]


def fingerprints(log: dict[str, Any]) -> dict[tuple[str, str | None, str], tuple[str, int]]:
    out = {}
    for result in log["runs"][0]["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        key = (result["ruleId"], result["properties"].get("claim"), region.get("snippet", {}).get("text", ""))
        out[key] = (result["partialFingerprints"]["klaim/v1"], region["startLine"])
    return out


def test_sarif_fingerprints_survive_edits_elsewhere(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    other = {**CLAIM, "id": "another-claim"}
    write_repo(repo, ARTICLE, [CLAIM, {**CLAIM, "id": "minister-unsourced", "sources": []}])
    _, before = run(["check", str(repo / "claims"), "--format", "sarif"], tmp_path / "before.sarif")
    # A new paragraph above the weekday conflict and a new claim above the others move them down.
    lines = ARTICLE.splitlines(keepends=True)
    write_repo(repo, "".join([*lines[:3], "Paragraf baru yang menggeser baris.\n", *lines[3:]]),
               [other, CLAIM, {**CLAIM, "id": "minister-unsourced", "sources": []}])
    _, after = run(["check", str(repo / "claims"), "--format", "sarif"], tmp_path / "after.sarif")
    old, new = fingerprints(json.loads(before)), fingerprints(json.loads(after))
    assert {"KL101", "KL202"} <= {code for code, _, _ in old}
    for key, (print_, line) in old.items():
        assert new[key][0] == print_
        assert new[key][1] == line + 1


def test_sarif_fingerprints_tell_findings_apart(mixed_repo: Path, tmp_path: Path) -> None:
    _, text = run(["check", str(mixed_repo), "--format", "sarif"], tmp_path / "out.sarif")
    prints = [r["partialFingerprints"]["klaim/v1"] for r in json.loads(text)["runs"][0]["results"]]
    assert len(prints) == len(set(prints))


@pytest.mark.parametrize(("path", "uri", "base"), [
    ("seeds/a b.txt", "seeds/a%20b.txt", "%SRCROOT%"),
    ("seeds/berita-ñ.txt", "seeds/berita-%C3%B1.txt", "%SRCROOT%"),
    ("seeds/50%.txt", "seeds/50%25.txt", "%SRCROOT%"),
    ("/etc/hostname", "file:///etc/hostname", None),
    ("C:/news/a b.txt", "file:///C:/news/a%20b.txt", None),
])
def test_sarif_uris_are_encoded_relative_posix_paths(path: str, uri: str, base: str | None) -> None:
    location = sarif.artifact_location(path)
    assert location["uri"] == uri
    assert location.get("uriBaseId") == base


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0"), min_size=1),
                min_size=1, max_size=4))
def test_sarif_uri_decodes_back_to_the_report_path(parts: list[str]) -> None:
    path = "/".join(parts)
    assume(re.match(r"[A-Za-z]:/", path) is None)  # a Windows absolute path: a file URI (above)
    location = sarif.artifact_location(path)
    assert unquote(location["uri"]) == path
    assert " " not in location["uri"] and "#" not in location["uri"] and "?" not in location["uri"]


def test_output_is_deterministic(mixed_repo: Path, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert reports(tmp_path / "a", str(mixed_repo)) == reports(tmp_path / "b", str(mixed_repo))


# --- exit codes ------------------------------------------------------------------------------


def test_exit_codes_follow_the_fail_level_in_every_format(tmp_path: Path) -> None:
    path = write_repo(tmp_path, "Title\nNo dateline here, only text that goes on.\n", [])
    for name in ("sarif", "github", "markdown", "json", "text"):
        argv = ["check", str(path), "--select", "KL006", "--format", name]
        assert run(argv, tmp_path / "out")[0] == 0
        assert run([*argv, "--fail-level", "warning"], tmp_path / "out")[0] == 1
        assert run([*argv, "--fail-level", "warning", "--exit-zero"], tmp_path / "out")[0] == 0


def test_acknowledged_findings_never_fail_in_any_format(tmp_path: Path) -> None:
    path = write_repo(tmp_path, ARTICLE, [{**CLAIM, "quotes": ["anggaran direvisi"]}],
                      [{"code": "KL303", "match": "anggaran direvisi", "reason": "r"}])
    for name in ("sarif", "github", "markdown"):
        code, text = run(["check", str(path), "--select", "KL303", "--format", name], tmp_path / "out")
        assert code == 0 and text


def test_unloadable_input_exits_2_and_is_reported_in_every_format(tmp_path: Path) -> None:
    path = write_repo(tmp_path, ARTICLE, claims_file="article: [\n")
    for name in ("sarif", "github", "markdown"):
        assert run(["check", str(path), "--format", name], tmp_path / f"out.{name}")[0] == 2
    log = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    validate_sarif(log)
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False
    assert keys_of_sarif(log) == [("claims/case.claims.yaml", 2, 1, "KL002", "new")]
    assert keys_of_github((tmp_path / "out.github").read_text(encoding="utf-8")) == [
        ("claims/case.claims.yaml", 2, 1, "KL002", "new")]


# --- rendering units: reports built from the models ------------------------------------------


def make_finding(**overrides: Any) -> Finding:
    fields: dict[str, Any] = {
        "code": "KL303", "name": "quote-not-verbatim", "severity": "error", "status": "new",
        "file": "seeds/a.txt", "line": 3, "column": 5, "end_line": 3, "end_column": 9, "offset": 40,
        "length": 4, "match": "kata", "message": "m"}
    fields.update(overrides)
    return Finding(**fields)


def make_report(*findings: Finding) -> Report:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.code] = counts.get(finding.code, 0) + 1
    return Report(version=1, tool=ToolInfo(name="klaim", version="0"),
                  files=[FileEntry(path="seeds/a.txt", kind="article", checked=True)],
                  findings=list(findings), counts=counts)


@pytest.mark.parametrize(("severity", "status", "command"), [
    ("error", "new", "error"), ("warning", "new", "warning"), ("info", "new", "notice"),
    ("error", "acknowledged", "notice"), ("warning", "acknowledged", "notice"),
])
def test_github_command_follows_severity_and_status(severity: str, status: str, command: str) -> None:
    ack = AcknowledgementInfo(reason="ok", line=4) if status == "acknowledged" else None
    output = github.render(make_report(make_finding(severity=severity, status=status, acknowledgement=ack)))
    ((name, properties, _),) = parse_github(output)
    assert name == command
    assert (properties["file"], properties["line"], properties["col"], properties["endColumn"]) == (
        "seeds/a.txt", "3", "5", "9")


def test_github_gives_columns_only_for_one_line_spans() -> None:
    ((_, properties, _),) = parse_github(github.render(make_report(make_finding(end_line=4, end_column=2))))
    assert (properties["line"], properties["endLine"]) == ("3", "4")
    assert "col" not in properties and "endColumn" not in properties


def test_github_renders_nothing_without_findings() -> None:
    assert github.render(make_report()) == ""


TEXT = st.text(st.characters(blacklist_categories=("Cs",)))


@settings(max_examples=300)
@given(message=TEXT, file=TEXT, reason=TEXT, acknowledged=st.booleans())
def test_github_escaping_round_trips_through_the_runner(message: str, file: str, reason: str,
                                                        acknowledged: bool) -> None:
    finding = make_finding(message=message, file=file, status="acknowledged" if acknowledged else "new",
                           acknowledgement=AcknowledgementInfo(reason=reason) if acknowledged else None)
    output = github.render(make_report(finding))
    assert output.endswith("\n") and output.count("\n") == 1 and "\r" not in output
    ((_, properties, data),) = parse_github(output)
    assert properties["file"] == file
    assert properties["title"].startswith("KL303 quote-not-verbatim")
    assert data.startswith(message)
    if acknowledged:
        assert data.endswith(f"{reason}]")
    raw_properties = output[2:output.index("::", 2)]
    assert raw_properties.count(",") == len(properties) - 1
    assert ":" not in raw_properties


@settings(max_examples=300)
@given(message=TEXT, match=TEXT, file=TEXT, reason=TEXT)
def test_markdown_rows_keep_five_cells_whatever_the_text(message: str, match: str, file: str, reason: str) -> None:
    finding = make_finding(message=message, match=match, file=file, status="acknowledged",
                           acknowledgement=AcknowledgementInfo(reason=reason))
    output = markdown.render(make_report(finding, make_finding()))
    rows = finding_rows(output)
    assert len(rows) == 2 and all(len(row) == 5 for row in rows)
    assert rows[1][2].split()[0] == "KL303"
    # GitHub mentions nobody from a code span; in text, a quoted @handle must not notify anyone.
    assert all(re.search(r"@(?!&#8203;)", row[4]) is None for row in rows)


@pytest.mark.parametrize("text", ["`", "a`b", "``", " x ", "`x`", "a|b", "a\\|b", "x\ny"])
def test_markdown_code_cells_hold_their_text(text: str) -> None:
    cell = markdown.code_cell(text)
    fence = re.match(r"`+", cell)
    assert fence is not None and cell.endswith(fence.group())
    inner = cell[len(fence.group()):-len(fence.group())].replace("\\|", "|")
    if inner.startswith(" ") and inner.endswith(" ") and inner.strip():
        inner = inner[1:-1]
    assert inner == text.replace("\n", " ")
    assert "`" * len(fence.group()) not in inner


def test_markdown_counts_per_check(mixed_repo: Path, tmp_path: Path) -> None:
    out = reports(tmp_path, str(mixed_repo))
    report = json.loads(out["json"][1])
    lines = out["markdown"][1].splitlines()
    start = lines.index("| code | check | new | acknowledged |")
    counted = {}
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        code, _, new, acknowledged = cells(line)
        counted[code] = (int(new), int(acknowledged))
    expected = {code: (sum(1 for f in report["findings"] if f["code"] == code and f["status"] == "new"),
                       sum(1 for f in report["findings"] if f["code"] == code and f["status"] != "new"))
                for code in report["counts"]}
    assert counted == expected
    assert lines[0] == markdown.MARKER


def test_markdown_stays_under_githubs_comment_limit() -> None:
    findings = [make_finding(line=n, end_line=n, message="x" * 500) for n in range(1, 1001)]
    output = markdown.render(make_report(*findings))
    assert len(output) < 65_536
    rows = finding_rows(output)
    left = int(re.findall(r"\d+", output.rstrip().splitlines()[-1])[0])
    assert rows and len(rows) + left == len(findings)


def test_markdown_without_findings_has_no_tables() -> None:
    output = markdown.render(make_report())
    assert output.startswith(markdown.MARKER) and "|" not in output


# --- pre-commit hook and CI workflow ---------------------------------------------------------


def test_pre_commit_hook_runs_klaim_check_on_the_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "klaim" and hook["language"] == "python"
    assert re.search(hook["files"], "claims/x.claims.yaml") and re.search(hook["files"], "seeds/x.txt")
    assert not re.search(hook["files"], "src/klaim/cli.py")
    program, *argv = shlex.split(hook["entry"])
    assert program == "klaim"
    monkeypatch.chdir(ROOT)
    expected = main(["check", "--format", "json", "-o", str(tmp_path / "r.json")])
    assert main(argv) == expected and expected in (0, 1)


def workflow() -> dict[str, Any]:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
              if block.startswith("name:")]
    (found,) = [block for block in blocks if isinstance(block, dict) and "jobs" in block]
    return found


def test_documented_workflow_runs_pytest_and_uploads_the_sarif_file() -> None:
    steps = [step for job in workflow()["jobs"].values() for step in job["steps"]]
    runs = [step["run"] for step in steps if "run" in step]
    assert "pytest" in runs
    (upload,) = [step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
    sarif_commands = [shlex.split(r) for r in runs if r.startswith("klaim check") and "sarif" in r]
    (command,) = sarif_commands
    assert command[command.index("-o") + 1] == upload["with"]["sarif_file"]
    assert "always()" in upload["if"]
    parser = build_parser()
    for line in runs:
        if line.startswith("klaim "):
            args = parser.parse_args(shlex.split(line.split(">>")[0])[1:])
            assert args.command == "check"
