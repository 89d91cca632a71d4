"""Nothing modified: every command and a pytest run leave every input byte-identical.

A repository holding the real seed article, damaged articles and claims files, and an outside
neighbour is checksummed (file contents, symlink targets, and the set of paths) before and
after each command. A command may create or change only the output it was asked for, and it
refuses to write over an input.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from klaim.cli import COMMANDS, main
from klaim.reporters import formats
from tests.conftest import ROOT, SEED_SLUG

SLUG = SEED_SLUG
PYPROJECT = '[tool.klaim]\npaths = ["claims"]\n\n[tool.pytest.ini_options]\ntestpaths = ["claims"]\n'


def snapshot(*folders: Path) -> dict[str, str]:
    """Every path under the folders: a file's SHA-256, a symlink's target, a folder's mark."""
    state: dict[str, str] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            key = str(path)
            if path.is_symlink():
                state[key] = "link:" + os.readlink(path)
            elif path.is_dir():
                state[key] = "dir"
            elif path.is_file():
                state[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                state[key] = "special"
    return state


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A repository of real and damaged inputs; the working directory during the test."""
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "claims").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text("Secret\nDate: 2024-01-01\nNot yours.\n", encoding="utf-8")
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    shutil.copy(ROOT / "seeds" / f"{SLUG}.txt", root / "seeds")
    shutil.copy(ROOT / "claims" / f"{SLUG}.claims.yaml", root / "claims")
    article = (ROOT / "seeds" / f"{SLUG}.txt").read_text(encoding="utf-8")
    damaged = "\ufeff" + unicodedata.normalize("NFD", article).replace("\n", "\r\n")
    (root / "seeds" / "damaged.txt").write_bytes(damaged.encode("utf-8"))
    (root / "seeds" / "binary.txt").write_bytes(bytes(range(256)))
    (root / "seeds" / "markdown.md").write_text(
        "---\ntitle: Judul\npublished: 2024-06-23T09:05:00+07:00\nlang: id\n---\n\nPeskov berbicara Senin (21/6).\n",
        encoding="utf-8")
    (root / "seeds" / "link-out.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    os.link(root / "seeds" / f"{SLUG}.txt", root / "hard-link.txt")  # the seed under a second name
    claims = {
        "damaged": "article: ../seeds/damaged.txt\r\nclaims:\r\n  - id: a\r\n    kind: quote\r\n    summary: s\r\n"
                   "    quotes: [siap]\r\n    anchor: {exact: Dmitry Peskov}\r\n    sources: [{kind: article}]\r\n"
                   "acknowledged:\r\n"
                   "  - {code: KL101, match: Jumat, reason: reviewed}\r\n",
        "binary": "article: ../seeds/binary.txt\nclaims: []\n",
        "markdown": "article: ../seeds/markdown.md\nclaims: []\n",
        "outside": "article: ../seeds/link-out.txt\nclaims: []\n",
        "invalid": "article: ../seeds/damaged.txt\nclaims: [\n",
        "unknown-key": "article: ../seeds/markdown.md\nclaim: []\n",
        "missing": "article: ../seeds/missing.txt\nclaims: []\n",
    }
    for name, text in claims.items():
        (root / "claims" / f"{name}.claims.yaml").write_bytes(text.encode("utf-8"))
    monkeypatch.chdir(root)
    yield root


ARTICLE = f"seeds/{SLUG}.txt"
CLAIMS = f"claims/{SLUG}.claims.yaml"

# (argv, the only paths it may create or change)
COMMAND_CASES: list[tuple[list[str], list[str]]] = [
    (["check"], []),
    (["check", "claims"], []),
    (["check", "seeds/damaged.txt", "seeds/binary.txt", "seeds/markdown.md", ARTICLE], []),
    (["check", "--select", "KL1", "--ignore", "KL101", "--fail-level", "warning", "--exit-zero"], []),
    (["check", "--lang", "en", "--max-bytes", "100", "claims"], []),
    *[(["check", "--format", name], []) for name in formats()],
    *[(["check", "--format", name, "-o", f"out-{name}.report"], [f"out-{name}.report"]) for name in formats()],
    (["review"], []),
    (["review", "-o", "review.html"], ["review.html"]),
    (["explain", "KL101"], []),
    (["explain", "KL101", "-o", "explain.txt"], ["explain.txt"]),
    (["codes"], []),
    (["codes", "-o", "codes.txt"], ["codes.txt"]),
    (["schema", "--check"], []),
    (["schema", "-o", "generated"], ["generated", "generated/claims.schema.json", "generated/report.schema.json"]),
    (["schema"], ["schemas", "schemas/claims.schema.json", "schemas/report.schema.json"]),
    (["dates", ARTICLE], []),
    (["dates", "seeds/damaged.txt", "--format", "json", "-o", "dates.json"], ["dates.json"]),
    (["dates", CLAIMS, "-o", "claims-dates.txt"], ["claims-dates.txt"]),
    (["draft", ARTICLE], []),
    (["draft", ARTICLE, "-o", "claims/new.claims.yaml"], ["claims/new.claims.yaml"]),
    (["export", "claimreview", CLAIMS, "--date", "2024-06-24"], []),
    (["export", "claimreview", CLAIMS, "--date", "2024-06-24", "-o", "reviews.jsonld"], ["reviews.jsonld"]),
]

# Writing over an input is refused (exit 2), whatever the input is.
REFUSED: list[list[str]] = [
    ["check", "-o", CLAIMS],
    ["check", "-o", ARTICLE],
    ["check", "-o", "seeds/damaged.txt"],
    ["check", "-o", "seeds/markdown.md"],  # named only by a claims file that fails validation
    ["check", "-o", "pyproject.toml"],
    ["check", "-o", "seeds/link-out.txt"],
    ["check", "-o", "hard-link.txt"],  # the seed article's other name
    ["check", "-o", "seeds/missing.txt"],  # named by a claims file, not there yet
    ["check", "-o", "seeds/../seeds/missing.txt"],
    ["check", "--format", "json", ARTICLE, "-o", ARTICLE],
    ["review", "-o", "seeds/markdown.md"],
    ["dates", ARTICLE, "-o", ARTICLE],
    ["dates", CLAIMS, "-o", ARTICLE],  # the article the claims file names
    ["dates", CLAIMS, "-o", CLAIMS],
    ["draft", ARTICLE, "-o", CLAIMS],
    ["draft", ARTICLE, "-o", ARTICLE, "--force"],
    ["export", "claimreview", CLAIMS, "--date", "2024-06-24", "-o", CLAIMS],
    ["export", "claimreview", CLAIMS, "--date", "2024-06-24", "-o", ARTICLE],
    ["schema", "-o", ARTICLE],
]


def test_every_command_has_an_untouched_inputs_case() -> None:
    covered = {argv[0] for argv, _ in COMMAND_CASES}
    assert set(COMMANDS) <= covered, f"add a case for: {sorted(set(COMMANDS) - covered)}"


@pytest.mark.parametrize(("argv", "outputs"), COMMAND_CASES, ids=[" ".join(a) for a, _ in COMMAND_CASES])
def test_commands_write_only_what_they_are_asked_to(repo: Path, argv: list[str], outputs: list[str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(repo.parent)
    code = main(argv)
    capsys.readouterr()
    assert code in (0, 1, 2)
    after = snapshot(repo.parent)
    allowed = {str(repo / path) for path in outputs}
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    assert changed <= allowed, f"{argv} changed {sorted(changed - allowed)}"
    if code != 2:
        assert {str(repo / p) for p in outputs if "." in Path(p).name} <= after.keys()


@pytest.mark.parametrize("argv", REFUSED, ids=[" ".join(a) for a in REFUSED])
def test_writing_over_an_input_is_refused(repo: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(repo.parent)
    assert main(argv) == 2
    assert "klaim: error:" in capsys.readouterr().err
    assert snapshot(repo.parent) == before


@pytest.mark.parametrize("extra", [pytest.param([], id="plain"),
                                   pytest.param(["-n", "2"], id="xdist", marks=pytest.mark.fuzz)])
def test_a_pytest_run_leaves_every_input_untouched(repo: Path, extra: list[str]) -> None:
    before = snapshot(repo.parent)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra], cwd=repo,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 1, done.stdout[-3000:] + done.stderr[-3000:]  # the damaged files fail
    assert "klaim consistency report" in done.stdout
    assert snapshot(repo.parent) == before
