"""Limits: hostile inputs are refused quickly, and the tests show the refusal is bounded.

No wall-clock assertions. Each limit is shown structurally (how many collections the alias
check visited, how deep it went, how many bytes were read, which files were opened), and the
bombs also run in a child process under ``resource.setrlimit`` caps on CPU time and address
space: a refusal that expanded the bomb, or a regular expression that backtracked, would be
killed by the cap instead of finishing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from klaim import engine, yamlload
from klaim.article import DEFAULT_MAX_BYTES, Problem, read_bytes
from klaim.cli import main
from klaim.config import Config, load_config
from klaim.engine import check_target, load_target
from klaim.yamlload import MAX_ALIAS_CHARS, MAX_DEPTH, YamlError, load_yaml

resource = pytest.importorskip("resource")  # POSIX only: the caps below need setrlimit

ARTICLE = "Judul berita\nTanggal: 23 Jun 2024 09:05 WIB\nPeskov berbicara hari Jumat (21/6) kepada wartawan.\n"


def billion_laughs(levels: int = 9, width: int = 10) -> str:
    """``width ** levels`` copies of one string, written in a few hundred bytes."""
    lines = ["l0: &l0 [" + ", ".join(["lol"] * width) + "]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def wide_alias(width: int = 1000) -> str:
    """One list of ``width`` values aliased ``width`` times: width**2 values."""
    return f"a: &a [{', '.join(['x'] * width)}]\nb: [{', '.join(['*a'] * width)}]\n"


def long_string_alias(length: int = 200_000, copies: int = 100) -> str:
    """A claims file whose one long quote is aliased many times: few nodes, much text."""
    quotes = ", ".join(["*q"] * copies)
    return (f"article: ../seeds/a.txt\nclaims:\n  - id: a\n    kind: quote\n    summary: s\n"
            f"    quotes: [&q \"{'x' * length}\", {quotes}]\n")


def flow_nesting(depth: int) -> str:
    return "a: " + "[" * depth + "]" * depth + "\n"


# --- YAML: aliases and depth, structurally ------------------------------------------------------


def test_measure_counts_aliases_as_copies_but_visits_each_collection_once() -> None:
    document = yamlload.DataLoader("a: &a [xy, z, w]\nb: [*a, *a, *a]\n").get_single_data()
    measure = yamlload._check_size(document)
    # root + 2 keys + a (1 + 3) + b (1 + 3 copies of a's 4 values)
    assert measure.expanded == 1 + 2 + 4 + 13
    assert measure.chars == 2 + 4 * 4  # "a", "b"; "xy" + "z" + "w" four times
    assert measure.depth == 3  # root -> b -> a
    assert measure.visited == 3  # root, a, b: the aliases were not walked again


@pytest.mark.parametrize(("text", "limit", "most_visited"), [
    (billion_laughs(), "nodes", 10),  # 10**9 values; the root and nine lists
    (wide_alias(), "nodes", 3),  # 10**6 values; the root and two lists
    (long_string_alias(), "chars", 4),  # 20 MB of quotes from a 200 kB file
])
def test_alias_bombs_are_refused_after_visiting_only_the_distinct_collections(text: str, limit: str,
                                                                              most_visited: int) -> None:
    with pytest.raises(YamlError) as raised:
        load_yaml(text)
    error = raised.value
    assert (error.kind, error.data["limit"]) == ("limit", limit)
    assert error.data["visited"] <= most_visited
    assert error.hint


def test_node_limit_boundary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlload, "MAX_NODES", 10)
    assert yamlload._check_size(load_yaml("[1, 2, 3, 4, 5, 6, 7, 8, 9]")).expanded == 10
    with pytest.raises(YamlError) as raised:
        load_yaml("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]")
    assert raised.value.data["limit"] == "nodes"


def test_alias_text_limit_allows_what_the_file_spells_out() -> None:
    # Long strings written out in full are the file's own size (bounded by --max-bytes), not
    # an expansion: only what aliases add counts against MAX_ALIAS_CHARS.
    written = "quotes: [" + ", ".join([f'"{"x" * 1000}"'] * (MAX_ALIAS_CHARS // 1000 + 10)) + "]\n"
    assert len(load_yaml(written)["quotes"]) == MAX_ALIAS_CHARS // 1000 + 10


def test_depth_limit_boundary() -> None:
    assert yamlload._check_size(load_yaml(flow_nesting(MAX_DEPTH))).depth == MAX_DEPTH + 1
    with pytest.raises(YamlError) as raised:
        load_yaml(flow_nesting(MAX_DEPTH + 1))
    assert (raised.value.kind, raised.value.data["limit"]) == ("limit", "depth")


@pytest.mark.parametrize("text", [flow_nesting(1_000_000), "- " * 100_000 + "x\n",
                                  "a: " + "{b: " * 100_000 + "}" * 100_000 + "\n"])
def test_nesting_past_the_parser_bound_is_a_limit_not_a_crash(text: str) -> None:
    # libyaml stops at its own nesting bound, long before a stack could overflow.
    with pytest.raises(YamlError) as raised:
        load_yaml(text)
    assert (raised.value.kind, raised.value.data["limit"]) == ("limit", "depth")


def test_a_refused_limit_is_a_located_kl002_finding(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    path = root / "claims" / "bomb.claims.yaml"
    path.write_text(billion_laughs(), encoding="utf-8")
    target = load_target(path, load_config(root))
    [finding] = check_target(target)
    assert not target.checked
    assert (finding.code, finding.data["reason"], finding.data["limit"]) == ("KL002", "limit", "nodes")
    assert finding.data["hint"]


# --- the bombs under resource caps -----------------------------------------------------------

CAPPED_CPU_SECONDS = 60
CAPPED_MEMORY = 1024 * 1024 * 1024


def run_capped(script: str, cwd: Path, *, cpu_seconds: int = CAPPED_CPU_SECONDS,
               memory: int = CAPPED_MEMORY) -> subprocess.CompletedProcess[str]:
    """Run a Python script in a child process capped in CPU seconds and address space."""

    def caps() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    # The timeout only keeps a broken run from hanging the suite; the caps are the assertion.
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script)], cwd=cwd, capture_output=True,
                          text=True, preexec_fn=caps, timeout=cpu_seconds * 20, check=False)


CHECK_ALL = """
    import json, sys
    from pathlib import Path
    from klaim.config import load_config
    from klaim.engine import check_target, load_target

    root = Path.cwd()
    config = load_config(root)
    out = {}
    for name in sys.argv[1:] or sorted(p.name for p in (root / "claims").iterdir()):
        target = load_target(root / "claims" / name, config)
        findings = check_target(target)
        out[name] = sorted({(f.code, str(f.data.get("reason")), str(f.data.get("limit"))) for f in findings})
    print(json.dumps(out))
"""


def _repo(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text('[tool.klaim]\npaths = ["claims"]\n', encoding="utf-8")
    (root / "seeds").mkdir(exist_ok=True)
    (root / "claims").mkdir(exist_ok=True)
    (root / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return root


def test_bombs_are_refused_under_cpu_and_memory_caps(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    bombs = {
        "laughs.claims.yaml": billion_laughs(),
        "wide.claims.yaml": wide_alias(),
        "quotes.claims.yaml": long_string_alias(),
        "flow.claims.yaml": flow_nesting(1_000_000),
        "block.claims.yaml": "a:\n" + "".join(" " * i + "- \n" for i in range(1, 1500)),
        "digits.claims.yaml": "article: " + "9" * 1_000_000 + "\n",
    }
    for name, text in bombs.items():
        (root / "claims" / name).write_text(text, encoding="utf-8")
    done = run_capped(CHECK_ALL, root)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    assert {name: codes[0][:2] for name, codes in results.items()} == {
        "laughs.claims.yaml": ["KL002", "limit"], "wide.claims.yaml": ["KL002", "limit"],
        "quotes.claims.yaml": ["KL002", "limit"], "flow.claims.yaml": ["KL002", "limit"],
        "block.claims.yaml": ["KL002", "limit"], "digits.claims.yaml": ["KL002", "syntax"],
    }
    assert all(len(codes) == 1 for codes in results.values())


# --- file size -----------------------------------------------------------------------------


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_a_file_over_the_limit_is_refused_by_its_size_before_reading(tmp_path: Path) -> None:
    path = _sparse(tmp_path / "huge.txt", 4 * 1024 ** 3)
    tracemalloc.start()
    try:
        result = read_bytes(path, DEFAULT_MAX_BYTES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(result, Problem)
    assert (result.code, result.data["reason"], result.data["bytes"]) == ("KL001", "too-large", 4 * 1024 ** 3)
    assert peak < 1024 * 1024  # nothing of the 4 GiB was read


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs a file whose size is not known up front")
def test_a_file_that_grows_past_the_limit_is_read_only_to_the_limit() -> None:
    # /proc files report a size of 0: reading stops one byte past the limit.
    result = read_bytes(Path("/proc/self/status"), 10)
    assert isinstance(result, Problem)
    assert (result.data["reason"], result.data["bytes"], result.data["limit"]) == ("too-large", 11, 10)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    os.mkfifo(root / "seeds" / "pipe.txt")
    (root / "claims" / "pipe.claims.yaml").write_text("article: ../seeds/pipe.txt\nclaims: []\n", encoding="utf-8")
    script = CHECK_ALL + """
    target = load_target(root / "seeds" / "pipe.txt", config)
    print(json.dumps([(f.code, f.data.get("reason")) for f in check_target(target)]))
    """
    done = run_capped(script, root)
    assert done.returncode == 0, done.stderr[-2000:]
    claims_line, article_line = done.stdout.splitlines()
    assert json.loads(claims_line) == {"pipe.claims.yaml": [["KL004", "not-a-file", "None"]]}
    assert json.loads(article_line) == [["KL001", "not-a-file"]]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pytest_reports_a_huge_claims_file_unread_and_passes_over_a_pipe(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    (root / "pyproject.toml").write_text(
        '[tool.klaim]\npaths = ["claims"]\nmax-bytes = 1000\n\n[tool.pytest.ini_options]\ntestpaths = ["claims"]\n',
        encoding="utf-8")
    os.mkfifo(root / "claims" / "pipe.claims.yaml")
    _sparse(root / "claims" / "huge.claims.yaml", 2 * 1024 ** 3)
    done = run_capped(f"import sys, pytest; sys.exit(pytest.main(['-p', 'no:cacheprovider', '-q', {str(root)!r}]))",
                      root)
    # pytest collects regular files only: the pipe is passed over, not waited on.
    assert done.returncode == 1, done.stdout[-3000:] + done.stderr[-3000:]
    assert "1 failed" in done.stdout
    assert "huge.claims.yaml:1:1: KL001 unreadable-file" in done.stdout


def test_max_bytes_from_configuration_and_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repo(tmp_path)
    (root / "pyproject.toml").write_text('[tool.klaim]\npaths = ["claims"]\nmax-bytes = 60\n', encoding="utf-8")
    (root / "claims" / "a.claims.yaml").write_text("article: ../seeds/a.txt\nclaims: []\n", encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["check", "--format", "json"]) == 2  # the 100-byte article is over 60
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert (finding["code"], finding["file"], finding["data"]["limit"]) == ("KL001", "seeds/a.txt", 60)
    assert main(["check", "--format", "json", "--max-bytes", "30"]) == 2  # now the claims file too
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert (finding["file"], finding["data"]["bytes"], finding["data"]["limit"]) == ("claims/a.claims.yaml", 35, 30)
    assert main(["check", "--max-bytes", "1000"]) in (0, 1)  # checked
    capsys.readouterr()
    for bad in ("0", "-5"):
        assert main(["check", "--max-bytes", bad]) == 2
        assert "max-bytes" in capsys.readouterr().err
    (root / "pyproject.toml").write_text("[tool.klaim]\nmax-bytes = 0\n", encoding="utf-8")
    assert main(["check", "claims"]) == 2
    assert "max-bytes" in capsys.readouterr().err


# --- paths leaving the repository ------------------------------------------------------------


@pytest.fixture
def linked_repo(tmp_path: Path) -> Iterator[Path]:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    root = _repo(tmp_path / "repo")
    seeds = root / "seeds"
    (seeds / "link-out.txt").symlink_to(outside / "secret.txt")
    (seeds / "dir-out").symlink_to(outside, target_is_directory=True)
    (seeds / "relative-out.txt").symlink_to(Path("..", "..", "outside", "secret.txt"))
    (seeds / "alias.txt").symlink_to(seeds / "a.txt")
    (seeds / "loop.txt").symlink_to(seeds / "loop.txt")
    (seeds / "folder.txt").mkdir()
    yield root


@pytest.mark.parametrize(("article", "reason"), [
    ("../../outside/secret.txt", "outside-root"),
    ("{outside}/secret.txt", "outside-root"),
    ("../seeds/link-out.txt", "outside-root"),
    ("../seeds/dir-out/secret.txt", "outside-root"),
    ("../seeds/relative-out.txt", "outside-root"),
    ("../seeds/../../outside/secret.txt", "outside-root"),
    ("../nope/../seeds/link-out.txt", "outside-root"),  # a missing folder before '..' hides no link
    ("../seeds/missing.txt", "not-found"),
    ("../seeds/loop.txt", "unresolvable"),
    ("../seeds/folder.txt", "not-a-file"),
    ("../seeds/a\\0.txt", "unresolvable"),
    ("../seeds/" + "x" * 5000 + ".txt", "unresolvable"),
    ("../seeds/alias.txt", None),  # a symlink that stays inside is fine
    ("../seeds/./a.txt", None),
])
def test_article_paths_that_leave_the_repository_are_refused_unread(linked_repo: Path, article: str,
                                                                   reason: str | None,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    real_read = engine.read_bytes

    def recording(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | Problem:
        opened.append(path)
        return real_read(path, max_bytes)

    monkeypatch.setattr(engine, "read_bytes", recording)
    value = article.replace("{outside}", str(linked_repo.parent / "outside"))
    path = linked_repo / "claims" / "a.claims.yaml"
    path.write_text(f"article: \"{value}\"\nclaims: []\n", encoding="utf-8")
    target = load_target(path, Config(root=linked_repo))
    findings = check_target(target)
    if reason is None:
        assert target.checked
        assert opened[-1].resolve() == (linked_repo / "seeds" / "a.txt").resolve()
        return
    assert [(f.code, f.data["reason"], f.line, f.column) for f in findings] == [("KL004", reason, 1, 10)]
    assert findings[0].match == f'"{article.replace("{outside}", str(linked_repo.parent / "outside"))}"'
    assert opened == [path]  # only the claims file was read: nothing outside, nothing unresolvable


# --- regular expressions on long lines -------------------------------------------------------

# Units repeated into one long line: each stresses a pattern family (dates, weekday and month
# names, numbers, quotes, attribution words, sentence boundaries, combining marks, invisibles).
LONG_LINE_UNITS = ["a", " ", "1", "1/", "12/12/", "a. ", '"', "“", "(Senin", "Senin (1/2) ", "1 Juni ",
                   "12:30 ", "a\u0301", "\u200b", "kata ", "Jumat, 21 Juni 2024, ", "Dr. A. B. ", "1.2.3.",
                   "“a” kata Budi. ", "Ia menambahkan ", "ET ", "-", "(", "'a", "9" * 9, '"Why? No." ',
                   "Pameran digelar Jumat-Minggu (28-29 Juni 2018). ", "« ", "kata Prof Budi PhD. ",
                   "“a” \x1fx” ", "12 March 2009\x1f ", "whether it is time ", "pemerintah harus bertindak "]
"""A unit with a ``\x1f`` is a head written once, then the rest repeated: one quotation, then stray
closing marks after it (each looks back to the same quotation's end); a date, then spaces (a
dateline's fields and page are looked for after it)."""

LONG_LINES = """
    import functools, json, sys
    from pathlib import Path
    from klaim.config import Config
    from klaim.engine import check_target, load_target

    root = Path.cwd()
    size = int(sys.argv[1])
    for written in sys.argv[2:]:
        head, _, unit = written.rpartition("\\x1f")
        line = head + unit * (size // len(unit.encode("utf-8")))  # size is in bytes, under --max-bytes
        for header in ("", "Judul\\n", "Judul\\nTanggal: 23 Jun 2024 09:05 WIB\\n"):  # title, dateline, body
            path = root / "seeds" / "long.txt"
            path.write_text(header + line + "\\n", encoding="utf-8")
            target = load_target(path, Config(root=root))
            assert target.context is not None
            analysis = target.context.analysis
            for name, value in vars(type(analysis)).items():
                if isinstance(value, functools.cached_property):
                    getattr(analysis, name)
            check_target(target)
        if size <= 100_000:  # anchors, quotes and acknowledgements that match at every position
            # The last quote is not in the article: KL303 looks for the closest passage.
            claim = {"id": "a", "kind": "quote", "summary": "s", "quotes": [unit, unit * 3, unit * 3 + " zq zq"],
                     "anchor": {"exact": unit, "prefix": unit, "suffix": unit}, "sources": [{"kind": "article"}]}
            ack = {"code": "KL302", "match": unit, "reason": "r"}
            claims = root / "claims" / "long.claims.yaml"
            claims.write_text(json.dumps({"article": "../seeds/long.txt", "claims": [claim], "acknowledged": [ack]}),
                              encoding="utf-8")
            check_target(load_target(claims, Config(root=root)))
        print("ok", repr(written), flush=True)
"""


def _long_lines(root: Path, size: int, units: list[str], cpu_seconds: int) -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(LONG_LINES), str(size), *units], cwd=root, capture_output=True,
        text=True, check=False, timeout=cpu_seconds * 20,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds)))
    finished = [line for line in done.stdout.splitlines() if line.startswith("ok")]
    assert done.returncode == 0, f"killed or failed after {finished}: {done.stderr[-2000:]}"
    assert len(finished) == len(units)


def test_long_single_lines_stay_linear_under_a_cpu_cap(tmp_path: Path) -> None:
    # 10 kB lines keep the default run quick: linear work is a second or two in all, and a
    # pattern that backtracks exponentially never ends, so it would hit the cap. A quadratic
    # one shows at 5 MB (~10**13 steps): the fuzz run below.
    _long_lines(_repo(tmp_path), 10_000, LONG_LINE_UNITS, cpu_seconds=60)


@pytest.mark.fuzz
@pytest.mark.parametrize("unit", LONG_LINE_UNITS)
def test_five_megabyte_single_line_under_a_cpu_cap(tmp_path: Path, unit: str) -> None:
    _long_lines(_repo(tmp_path), 5_000_000, [unit], cpu_seconds=600)


def test_folders_are_resolved_afresh_for_each_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A run resolves each folder once; a long-lived process (pytest) starts each run afresh, so
    # a folder that became a symlink in between is followed.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "f.txt").write_text("x", encoding="utf-8")
    assert engine.resolve(Path("d/f.txt")) == tmp_path.resolve() / "d" / "f.txt"
    (tmp_path / "d").rename(tmp_path / "o")
    (tmp_path / "d").symlink_to(tmp_path / "o", target_is_directory=True)
    engine.check_paths([], Config(root=tmp_path))  # a new run
    assert engine.resolve(Path("d/f.txt")) == tmp_path.resolve() / "o" / "f.txt"


@pytest.mark.parametrize(("path", "root", "expected"), [
    ("/srv/news/claims/a.claims.yaml", "/srv/news", "claims/a.claims.yaml"),
    ("/srv/news", "/srv/news", "."),
    ("/srv/newsroom/a.txt", "/srv/news", "/srv/newsroom/a.txt"),  # a sibling sharing the prefix: outside
    ("/srv/a.txt", "/srv/news", "/srv/a.txt"),
    ("/srv/news/a.txt", "/", "srv/news/a.txt"),
    ("/", "/", "."),
])
def test_report_paths_are_relative_to_the_root_only_inside_it(path: str, root: str, expected: str) -> None:
    # The string comparison the engine makes for speed gives what PurePosixPath.relative_to does.
    assert engine.relative(Path(path), Path(root), resolved=True) == expected


MANY_PEOPLE = """
    import random, sys
    from pathlib import Path
    from klaim.config import Config
    from klaim.engine import check_target, load_target

    rng = random.Random(1)

    def word():
        return "".join(rng.choice("bcdfghjklmnprstw") + rng.choice("aeiou") for _ in range(3)).capitalize()

    people = [f"{word()} {word()}" for _ in range(int(sys.argv[1]))]
    text = "Judul\\nTanggal: 23 Jun 2024 09:05 WIB\\n" + " ".join(f"{p} mengatakan hal itu." for p in people)
    Path("seeds/people.txt").write_text(text + "\\n", encoding="utf-8")
    target = load_target(Path("seeds/people.txt"), Config(root=Path.cwd()))
    assert target.context is not None and len(target.context.analysis.attribution.speakers) > 1000
    check_target(target)
    print("ok")
"""


@pytest.mark.fuzz
def test_an_article_naming_many_people_under_a_cpu_cap(tmp_path: Path) -> None:
    # KL203 relates only names with alike surnames (klaim.attribution.SpellingIndex): comparing
    # every pair of 20,000 names would take hours.
    root = _repo(tmp_path)
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(MANY_PEOPLE), "20000"], cwd=root,
                          capture_output=True, text=True, check=False, timeout=1200,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (60, 60)))
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


SPACE_RUNS = """
    from klaim.yamlload import YamlError, load_yaml

    n = 200_000  # quadratic backtracking over a run of spaces would take minutes here
    for text in ("-" + " " * n + "'", "a:" + " " * n + "'x' y", "a: [a" + " " * n + "b]", " " * n + "'",
                 "a: {b: c" + " " * n + "}", "a: 'x'" + " " * n + "# c", "- a" + " " * n + "\\n- b"):
        try:
            load_yaml(text)
        except YamlError:
            pass
    print("ok")
"""


def test_yaml_with_long_runs_of_spaces_loads_under_a_cpu_cap(tmp_path: Path) -> None:
    # The line reader's patterns never give back spaces they took (possessive quantifiers): a
    # line of 200,000 spaces costs one pass, as in libyaml.
    done = run_capped(SPACE_RUNS, tmp_path, cpu_seconds=20)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


MANY_PARAGRAPHS = """
    import sys
    from pathlib import Path
    from klaim.config import Config
    from klaim.engine import check_target, load_target

    lang, count, paragraph = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    dateline = "Tanggal: 23 Jun 2024 09:05 WIB" if lang == "id" else "Date: 2024-06-23"
    Path("seeds/many.txt").write_text(f"Title\\n{dateline}\\n" + "\\n\\n".join([paragraph] * count) + "\\n",
                                      encoding="utf-8")
    target = load_target(Path("seeds/many.txt"), Config(root=Path.cwd(), lang=lang))
    check_target(target)
    print("ok")
"""


@pytest.mark.fuzz
@pytest.mark.parametrize(("lang", "count", "paragraph"), [
    # a one-word speaker label on every paragraph of a transcript: whether the running text
    # writes the word without a colon is found once per text, not once per label (560 s before)
    ("en", 20_000, "Apple: \u201cWe are fine.\u201d"),
    # the same district after a regional post in every paragraph: whether the text names it
    # after an area noun is found once per area (117 s before)
    ("id", 8_000, "Hal itu disampaikan Camat Simpang Hilir kepada warga."),
])
def test_many_paragraphs_of_one_shape_under_a_cpu_cap(tmp_path: Path, lang: str, count: int,
                                                      paragraph: str) -> None:
    # Paragraph-shaped inputs: work per paragraph that walks the whole text is quadratic in the
    # article's length, which one long line does not show. Linear work is a few seconds here.
    root = _repo(tmp_path)
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(MANY_PARAGRAPHS), lang, str(count), paragraph],
                          cwd=root, capture_output=True, text=True, check=False, timeout=1200,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CPU, (40, 40)))
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


REPEATED_WORDS = """
    from pathlib import Path
    from klaim.config import Config
    from klaim.engine import check_target, load_target

    # A quotation of one repeated word and a flagged paragraph of more of it: the pull quote's
    # run is extended once per diagonal where it starts, never from every repeated start.
    for size in (1_500, 3_000):
        quoted, said = " ".join(["ha"] * (size // 2)), " ".join(["ha"] * size)
        Path("seeds/ha.txt").write_text(
            f"Crowd chants at rally\\nDate: 2024-06-10\\n\\u201c{quoted},\\u201d the crowd chanted.\\n\\n"
            f"It is time to act. Shamefully, the crowd went {said}. It is high time leaders listened.\\n",
            encoding="utf-8")
        findings = check_target(load_target(Path("seeds/ha.txt"), Config(root=Path.cwd(), lang="en")))
        assert [finding.code for finding in findings] == ["KL201"], findings
    print("ok")
"""


def test_a_paragraph_of_one_repeated_word_under_a_cpu_cap(tmp_path: Path) -> None:
    # (cubic before review 80 M6: 800 words took 8.6 s, 3,000 would take minutes)
    done = run_capped(REPEATED_WORDS, _repo(tmp_path), cpu_seconds=20)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
