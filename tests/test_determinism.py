"""Deterministic output: the same inputs give byte-identical reports in every format.

Every format ``klaim.reporters`` registers is covered automatically. A report must not depend on
the run (twice in one process), on hash randomisation or the local time zone (child processes
with different ``PYTHONHASHSEED`` and ``TZ``), on the order the inputs were named, or on the
day it is run (no timestamps). Columns are code points in every format.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klaim.cli import main
from klaim.reporters import formats
from tests.conftest import ROOT, SEED_SLUG

SLUG = SEED_SLUG
FORMATS = formats()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Several claims files and articles (clean, damaged, unreadable); the working directory."""
    root = tmp_path
    (root / "pyproject.toml").write_text('[tool.klaim]\npaths = ["claims"]\n', encoding="utf-8")
    (root / "seeds").mkdir()
    (root / "claims").mkdir()
    shutil.copy(ROOT / "seeds" / f"{SLUG}.txt", root / "seeds")
    shutil.copy(ROOT / "claims" / f"{SLUG}.claims.yaml", root / "claims")
    article = (ROOT / "seeds" / f"{SLUG}.txt").read_text(encoding="utf-8")
    (root / "seeds" / "damaged.txt").write_bytes(
        ("\ufeff" + unicodedata.normalize("NFD", article).replace("\n", "\r\n")).encode("utf-8"))
    (root / "seeds" / "binary.txt").write_bytes(b"\0\1\2")
    claims = {
        "damaged": "article: ../seeds/damaged.txt\nclaims:\n  - id: a\n    kind: quote\n    summary: s\n"
                   "    quotes: [siap, tidak ada]\n    anchor: {exact: Peskov}\n    sources: []\n"
                   "acknowledged:\n  - {code: KL101, match: Kamis, reason: reviewed}\n"
                   "  - {code: KL303, match: nothing, reason: stale}\n",
        "binary": "article: ../seeds/binary.txt\nclaims: []\n",
        "invalid": "article: ../seeds/damaged.txt\nclaims: [\n",
        "unknown": "article: ../seeds/damaged.txt\nclaim: []\nlang: id\n",
    }
    for name, text in claims.items():
        (root / "claims" / f"{name}.claims.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    yield root


def render(argv: list[str], output: Path) -> bytes:
    assert main([*argv, "-o", str(output)]) in (0, 1, 2)
    return output.read_bytes()


@pytest.mark.parametrize("name", FORMATS)
def test_same_input_gives_byte_identical_output(repo: Path, tmp_path_factory: pytest.TempPathFactory,
                                                name: str) -> None:
    out = tmp_path_factory.mktemp("out")
    first = render(["check", "--format", name], out / "first")
    again = render(["check", "--format", name], out / "again")
    assert first == again
    assert first  # something was rendered


@pytest.mark.parametrize("name", FORMATS)
def test_output_does_not_depend_on_the_order_inputs_are_named(repo: Path, tmp_path_factory: pytest.TempPathFactory,
                                                              name: str) -> None:
    out = tmp_path_factory.mktemp("out")
    named = sorted(str(p.relative_to(repo)) for p in (repo / "claims").iterdir())
    forward = render(["check", "--format", name, *named], out / "forward")
    backward = render(["check", "--format", name, *reversed(named)], out / "backward")
    assert forward == backward


@pytest.mark.parametrize("name", FORMATS)
def test_no_timestamps(repo: Path, tmp_path_factory: pytest.TempPathFactory, name: str) -> None:
    text = render(["check", "--format", name], tmp_path_factory.mktemp("out") / "report").decode("utf-8")
    for moment in (dt.datetime.now(dt.UTC), dt.datetime.now()):  # the local day too
        for form in ("%Y-%m-%d", "%Y%m%d", "%d/%m/%Y", "%m/%d/%Y", "%d %b %Y", "%b %d, %Y"):
            assert moment.strftime(form) not in text, f"{name} output contains today's date"


ALL_FORMATS = """
    import json, sys
    from pathlib import Path
    from klaim.cli import main

    out = {}
    for name in sys.argv[2:]:
        path = Path(sys.argv[1]) / name
        main(["check", "--format", name, "-o", str(path)])
        out[name] = path.read_text(encoding="utf-8")
    print(json.dumps(out))
"""


def test_output_does_not_depend_on_hash_seed_or_time_zone(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    tmp_path = tmp_path_factory.mktemp("runs")
    runs = []
    for seed, zone in (("1", "UTC"), ("4242", "Pacific/Kiritimati"), ("random", "America/Los_Angeles")):
        env = {**os.environ, "PYTHONHASHSEED": seed, "TZ": zone}
        out = tmp_path / f"run-{seed}"
        out.mkdir()
        done = subprocess.run([sys.executable, "-c", textwrap.dedent(ALL_FORMATS), str(out), *FORMATS], cwd=repo,
                              env=env, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-3000:]
        runs.append(json.loads(done.stdout))
    assert sorted(runs[0]) == FORMATS
    for name in FORMATS:
        assert runs[0][name] == runs[1][name] == runs[2][name], name


# --- columns are code points, in every format ---------------------------------------------------

# On line 3, "Senin" stands after three astral emoji (two UTF-16 units and four UTF-8 bytes each)
# and an NFD "é" (two code points): code point, UTF-16 and byte columns all differ.
PREFIX = "Emoji 😀😀😀 dan e\u0301 Peskov berbicara hari "
LINE_3 = PREFIX + "Senin (21/6) kepada wartawan."
CODE_POINT_COLUMN = len(PREFIX) + 1
UTF16_COLUMN = len(PREFIX.encode("utf-16-le")) // 2 + 1
BYTE_COLUMN = len(PREFIX.encode("utf-8")) + 1
# How each format writes a column on line 3; a new format adds its way here.
COLUMN_PATTERNS = [r"\b3:(\d+)\b", r"\bcol=(\d+)", r'"column": (\d+)', r'"startColumn": (\d+)']


@pytest.mark.parametrize("name", FORMATS)
def test_columns_are_code_points_in_every_format(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert len({CODE_POINT_COLUMN, UTF16_COLUMN, BYTE_COLUMN}) == 3
    (tmp_path / "pyproject.toml").write_text("[tool.klaim]\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(f"Judul\nTanggal: 23 Jun 2024 09:05 WIB\n{LINE_3}\n", encoding="utf-8")
    assert main(["check", str(article), "--format", name, "--select", "KL101"]) == 1
    text = capsys.readouterr().out
    columns = {int(found) for pattern in COLUMN_PATTERNS for found in re.findall(pattern, text)}
    assert columns, f"{name}: no column found; add the format's column pattern to COLUMN_PATTERNS"
    assert CODE_POINT_COLUMN in columns
    assert not columns & {UTF16_COLUMN, BYTE_COLUMN}
    if name == "sarif":
        assert json.loads(text)["runs"][0]["columnKind"] == "unicodeCodePoints"


# --- the spooled report is the in-memory report -------------------------------------------------


def test_spooled_report_equals_the_in_memory_report_in_every_format(repo: Path) -> None:
    # klaim check spools file entries and findings to disk and reads them back sorted; the
    # review page and the library build the report in memory. Both orders and every field agree.
    from klaim.config import load_config
    from klaim.engine import check_paths
    from klaim.reporters import render, render_chunks
    from klaim.spool import ReportSpool, materialise

    config = load_config(repo)
    # Named twice and out of order: duplicate file entries collapse, findings sort the same.
    paths = [repo / "claims", repo / "seeds" / "damaged.txt", repo / "claims" / "damaged.claims.yaml"]
    in_memory = check_paths(paths, config)
    with ReportSpool() as spool:
        spooled = check_paths(paths, config, spool=spool)
        assert len(spooled.findings) == len(in_memory.findings) > 5
        assert materialise(spooled).model_dump() == in_memory.model_dump()
        assert spooled.findings[-1] == in_memory.findings[-1]
        assert spooled.files[1:3] == in_memory.files[1:3]
        for name in FORMATS:
            if name != "html":
                assert "".join(render_chunks(spooled, name)) == render(in_memory, name), name


_JSON_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
                 | st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8))
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: (st.lists(inner, max_size=4) | st.tuples(inner)
                   | st.dictionaries(st.text(max_size=4) | st.integers() | st.booleans() | st.none(), inner,
                                     max_size=4)),
    max_leaves=12)


@given(_JSON_VALUES, st.sampled_from(["", "  ", "    "]))
@settings(deadline=None)
def test_the_json_report_writes_a_value_as_json_dumps_does_nested_that_deep(value: object, indent: str) -> None:
    from klaim.reporters import json_reporter

    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
    assert json_reporter._indented(value, indent) == expected


def test_a_spool_read_back_takes_more_records_after_it(tmp_path: Path) -> None:
    # Reading the report moves the spool file's position; records added after it still land
    # at its end, and every record reads back.
    from klaim.models import FileEntry
    from klaim.spool import ReportSpool

    def entry(name: str) -> FileEntry:
        return FileEntry(path=name, kind="article", checked=True)

    with ReportSpool() as spool:
        spool.add([entry("b.txt"), entry("a.txt")], [])
        assert [e.path for e in spool.report().files] == ["a.txt", "b.txt"]
        spool.add([entry("c.txt")], [])
        assert [e.path for e in spool.report().files] == ["a.txt", "b.txt", "c.txt"]


def test_json_chunks_join_to_json_dumps_of_the_whole_report(repo: Path) -> None:
    from klaim.config import load_config
    from klaim.engine import check_paths
    from klaim.reporters import json_reporter

    report = check_paths([repo / "claims"], load_config(repo))
    whole = json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert json_reporter.render(report) == whole
    empty = report.model_copy(update={"files": [], "findings": [], "counts": {}})
    assert json_reporter.render(empty) == json.dumps(empty.model_dump(mode="json"), ensure_ascii=False,
                                                     indent=2) + "\n"
