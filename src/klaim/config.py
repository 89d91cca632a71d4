"""The repository root and the ``[tool.klaim]`` configuration."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEVERITY_LEVELS = ("error", "warning", "info")
KNOWN_KEYS = {"paths", "lang", "languages", "select", "ignore", "per-file-ignores", "fail-level",
              "max-bytes"}


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
        raise ConfigError(f"[tool.klaim] {key} must be a list of strings")
    return list(value)


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
        raise ConfigError(f"{pyproject}: unknown key(s) in [tool.klaim]: {', '.join(unknown)} "
                          f"(known: {', '.join(sorted(KNOWN_KEYS))})")
    if "paths" in table:
        config.paths = _string_list(table["paths"], "paths")
    if "lang" in table:
        if not isinstance(table["lang"], str):
            raise ConfigError(f"{pyproject}: [tool.klaim] lang must be a string such as 'id'")
        config.lang = table["lang"]
    if "languages" in table:
        config.languages = _string_list(table["languages"], "languages") or ["id", "en"]
    if "select" in table:
        config.select = _string_list(table["select"], "select")
    if "ignore" in table:
        config.ignore = _string_list(table["ignore"], "ignore")
    if "per-file-ignores" in table:
        raw = table["per-file-ignores"]
        if not isinstance(raw, dict):
            raise ConfigError(f"{pyproject}: [tool.klaim] per-file-ignores must be a table")
        config.per_file_ignores = {str(k): _string_list(v, f"per-file-ignores.{k}") for k, v in raw.items()}
    if "fail-level" in table:
        config.fail_level = str(table["fail-level"])
    if "max-bytes" in table:
        if not isinstance(table["max-bytes"], int) or table["max-bytes"] <= 0:
            raise ConfigError(f"{pyproject}: [tool.klaim] max-bytes must be a positive integer")
        config.max_bytes = table["max-bytes"]
    validate(config)
    return config


def validate(config: Config) -> None:
    """Raise ConfigError for values that cannot be used (unknown codes, levels)."""
    from klaim.registry import all_checks

    if config.fail_level not in SEVERITY_LEVELS:
        raise ConfigError(f"fail-level must be one of {', '.join(SEVERITY_LEVELS)}, not {config.fail_level!r}")
    codes = [c.code for c in all_checks()]
    lists = [*(config.select or []), *config.ignore, *(c for v in config.per_file_ignores.values() for c in v)]
    for prefix in lists:
        if not any(code.startswith(prefix.upper()) for code in codes) or not prefix.upper().startswith("KL"):
            raise ConfigError(f"unknown check code or prefix {prefix!r} (see `klaim codes`)")
