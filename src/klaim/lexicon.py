"""Per-language word lists (package data in ``klaim/lexicons/<lang>.yaml``), loaded lazily.

A lexicon maps a category name (``reporting_verbs``, ``dateline_keywords``, ...) to a tuple of
lower-case words or phrases. Categories mean the same thing in every language, so supporting a
new language is a new data file and no code. A language without a file has an empty lexicon:
evidence-based analyses then find nothing rather than guess.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

__all__ = ["LexiconError", "available_languages", "lexicon"]

_PACKAGE = "klaim.lexicons"


class LexiconError(ValueError):
    """A lexicon data file is malformed (a packaging bug, not a user error)."""


def _base_language(lang: str) -> str:
    # "id-ID", "en_GB" and "EN" all use the base language's file.
    return lang.strip().replace("_", "-").split("-")[0].casefold()


def available_languages() -> tuple[str, ...]:
    """The languages that have a lexicon file, sorted."""
    folder = resources.files(_PACKAGE)
    return tuple(
        sorted(
            entry.name.removesuffix(".yaml")
            for entry in folder.iterdir()
            if entry.name.endswith(".yaml")
        )
    )


@cache
def lexicon(lang: str) -> Mapping[str, tuple[str, ...]]:
    """Return the lexicon of ``lang`` (category -> phrases), read once and cached.

    Phrases are stripped and case-folded; empty entries are dropped. Raises ``LexiconError``
    when the file is not a mapping of category names to lists of strings.
    """
    base = _base_language(lang)
    # Only a language subtag names a file: "../../x" from --lang must not reach outside the package.
    if not (base.isascii() and base.isalpha()):
        return MappingProxyType({})
    entry = resources.files(_PACKAGE).joinpath(f"{base}.yaml")
    if not entry.is_file():
        return MappingProxyType({})
    # Read as YAML 1.2 data, like claims files: `on`, `no`, `yes` stay words.
    from klaim.yamlload import load_yaml

    loaded = load_yaml(entry.read_text(encoding="utf-8"))
    if loaded is None:
        return MappingProxyType({})
    if not isinstance(loaded, dict):
        raise LexiconError(f"lexicon {base}: top level must be a mapping")
    categories: dict[str, tuple[str, ...]] = {}
    for category, phrases in loaded.items():
        if not isinstance(category, str) or not isinstance(phrases, list):
            raise LexiconError(f"lexicon {base}: {category!r} must map to a list")
        cleaned: list[str] = []
        for phrase in phrases:
            if not isinstance(phrase, str):
                raise LexiconError(f"lexicon {base}: {category}: {phrase!r} is not a string")
            folded = " ".join(phrase.split()).casefold()
            if folded and folded not in cleaned:
                cleaned.append(folded)
        categories[category] = tuple(cleaned)
    return MappingProxyType(categories)
