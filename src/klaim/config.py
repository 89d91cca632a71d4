"""The repository root and the ``[tool.klaim]`` configuration."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEVERITY_LEVELS = ("error", "warning", "info")
KNOWN_KEYS = {"paths", "lang", "languages", "select", "ignore", "per-file-ignores", "fail-level",
              "max-bytes", "pytest-items"}
PYTEST_ITEMS = ("per-check", "per-file")


class ConfigError(Exception):
    """The configuration cannot be used (exit 2)."""


@dataclass
class Config:
    """Settings from ``[tool.klaim]``, overridden by command-line flags."""

    root: Path
    paths: list[str] = field(default_factory=lambda: ["claims"])
    lang: str | None = None
    languages: list[str] = field(default_factory=lambda: ["id", "en"])
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_level: str = "error"
    max_bytes: int = 10 * 1024 * 1024
    pytest_items: str = "per-check"
    """pytest items per claims file: one per check (``-k KL101`` works) or one for all checks."""
    source: Path | None = None


def _has_klaim_table(pyproject: Path) -> bool:
    try:
        with pyproject.open("rb") as handle:
            return "klaim" in tomllib.load(handle).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        return False


def find_root(start: Path) -> Path:
    """Nearest folder upward with a ``pyproject.toml`` that has ``[tool.klaim]``, else the
    nearest with ``.git``, else ``start`` itself (a folder, or a file's folder)."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if (candidate / "pyproject.toml").is_file() and _has_klaim_table(candidate / "pyproject.toml"):
            return candidate
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


def _string_list(value: Any, key: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{key} must be a list of strings")
    return list(value)


def codes_list(values: list[str], setting: str) -> list[str]:
    """Check codes or prefixes (``KL101``, ``KL1``), upper-cased; ConfigError for unknown ones."""
    from klaim.registry import all_checks

    codes = [found.code for found in all_checks()]
    out = []
    for value in values:
        prefix = value.strip().upper()
        if not prefix.startswith("KL") or not any(code.startswith(prefix) for code in codes):
            close = difflib.get_close_matches(prefix, codes, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ConfigError(f"{setting}: unknown check code or prefix {value!r} ({hint}see `klaim codes`)")
        out.append(prefix)
    return out


def load_config(root: Path) -> Config:
    """Read ``[tool.klaim]`` from ``root/pyproject.toml`` (defaults when there is none)."""
    config = Config(root=root)
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return config
    try:
        with pyproject.open("rb") as handle:
            table = tomllib.load(handle).get("tool", {}).get("klaim")
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{pyproject}: not valid TOML: {error}") from None
    if table is None:
        return config
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject}: [tool.klaim] must be a table")
    config.source = pyproject
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        close = difflib.get_close_matches(unknown[0], sorted(KNOWN_KEYS), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise ConfigError(f"{pyproject}: unknown key(s) in [tool.klaim]: {', '.join(unknown)} "
                          f"({hint}known: {', '.join(sorted(KNOWN_KEYS))})")
    try:
        _apply(config, table)
    except ConfigError as error:
        raise ConfigError(f"{pyproject}: [tool.klaim] {error}") from None
    return config


def _apply(config: Config, table: dict[str, Any]) -> None:
    if "paths" in table:
        config.paths = _string_list(table["paths"], "paths")
    if "lang" in table:
        if not isinstance(table["lang"], str):
            raise ConfigError("lang must be a string such as 'id'")
        config.lang = table["lang"]
    if "languages" in table:
        config.languages = _string_list(table["languages"], "languages") or ["id", "en"]
    if "select" in table:
        config.select = codes_list(_string_list(table["select"], "select"), "select")
    if "ignore" in table:
        config.ignore = codes_list(_string_list(table["ignore"], "ignore"), "ignore")
    if "per-file-ignores" in table:
        raw = table["per-file-ignores"]
        if not isinstance(raw, dict):
            raise ConfigError("per-file-ignores must be a table of glob = [codes]")
        config.per_file_ignores = {
            str(pattern): codes_list(_string_list(codes, f"per-file-ignores.{pattern}"),
                                     f"per-file-ignores.{pattern}")
            for pattern, codes in raw.items()}
    if "fail-level" in table:
        level = table["fail-level"]
        if not isinstance(level, str) or level.lower() not in SEVERITY_LEVELS:
            raise ConfigError(f"fail-level must be one of {', '.join(SEVERITY_LEVELS)}, not {level!r}")
        config.fail_level = level.lower()
    if "max-bytes" in table:
        if type(table["max-bytes"]) is not int or table["max-bytes"] <= 0:
            raise ConfigError("max-bytes must be a positive integer")
        config.max_bytes = table["max-bytes"]
    if "pytest-items" in table:
        if table["pytest-items"] not in PYTEST_ITEMS:
            raise ConfigError(f"pytest-items must be one of {', '.join(PYTEST_ITEMS)}, not {table['pytest-items']!r}")
        config.pytest_items = table["pytest-items"]
    validate(config)


def validate(config: Config) -> None:
    """Raise ConfigError for values that cannot be used (unknown codes, levels)."""
    if config.fail_level not in SEVERITY_LEVELS:
        raise ConfigError(f"fail-level must be one of {', '.join(SEVERITY_LEVELS)}, not {config.fail_level!r}")
    codes_list(config.select or [], "select")
    codes_list(config.ignore, "ignore")
    for pattern, codes in config.per_file_ignores.items():
        codes_list(codes, f"per-file-ignores.{pattern}")
