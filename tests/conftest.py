"""Shared fixtures: temporary klaim repositories built from strings."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from klaim.config import load_config
from klaim.engine import check_target, load_target
from klaim.models import Finding

ROOT = Path(__file__).resolve().parent.parent
# The article shipped with klaim. Tests name it rather than take "the first seed": a newsroom's
# own articles and claims files sit next to it and must not change what these tests see.
SEED_SLUG = "rusia-siap-untuk-perundingan-keamanan-dengan-as-termasuk-isu-ukraina"
SEED = ROOT / "seeds" / f"{SEED_SLUG}.txt"
SEED_CLAIMS = ROOT / "claims" / f"{SEED_SLUG}.claims.yaml"


def write_repo(root: Path, article: str | bytes, claims: Sequence[dict[str, Any]] | None = None,
               acknowledged: Sequence[dict[str, Any]] = (), *, lang: str | None = None,
               claims_file: str | None = None, article_name: str = "article.txt") -> Path:
    """A repository with one article and (optionally) its claims file; returns the path to check.

    The claims file puts each claim and acknowledgement on one line (JSON flow mappings), so
    claim number N (1-based) is on line N + 2 (line N + 3 with ``lang``).
    """
    (root / "pyproject.toml").write_text('[tool.klaim]\npaths = ["claims"]\n', encoding="utf-8")
    (root / "seeds").mkdir(exist_ok=True)
    (root / "claims").mkdir(exist_ok=True)
    article_path = root / "seeds" / article_name
    if isinstance(article, bytes):
        article_path.write_bytes(article)
    else:
        article_path.write_text(article, encoding="utf-8", newline="")
    if claims is None and claims_file is None:
        return article_path
    claims_path = root / "claims" / "case.claims.yaml"
    if claims_file is None:
        lines = [f"article: ../seeds/{article_name}"]
        if lang:
            lines.append(f"lang: {lang}")
        lines.append("claims:" if claims else "claims: []")
        lines += [f"  - {json.dumps(c, ensure_ascii=False)}" for c in claims or ()]
        if acknowledged:
            lines.append("acknowledged:")
            lines += [f"  - {json.dumps(a, ensure_ascii=False)}" for a in acknowledged]
        claims_file = "\n".join(lines) + "\n"
    claims_path.write_text(claims_file, encoding="utf-8")
    return claims_path


def run_engine(path: Path, lang: str | None = None, codes: Sequence[str] | None = None) -> list[Finding]:
    """Every finding the engine reports for one path (all checks, or those in ``codes``)."""
    config = load_config(path.parent.parent)
    if codes is not None:
        config.select = list(codes)
    return check_target(load_target(path, config, lang))


@pytest.fixture
def make_repo(tmp_path: Path) -> Callable[..., Path]:
    """Build a repository in a temporary folder: ``make_repo(article, claims, ...)``."""

    def build(*args: Any, **kwargs: Any) -> Path:
        return write_repo(tmp_path, *args, **kwargs)

    return build


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--fuzz`` adds the full fuzz run (tests marked ``fuzz``) to the selected tests."""
    parser.addoption("--fuzz", action="store_true", default=False,
                     help="also run the full robustness fuzz run (tests marked 'fuzz'; slow)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep the slow ``fuzz`` tests out of the default run: ``--fuzz`` or ``-m fuzz`` selects them."""
    if config.getoption("--fuzz") or "fuzz" in (config.getoption("markexpr", "") or ""):
        return
    deselected = [item for item in items if item.get_closest_marker("fuzz")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("fuzz")]
