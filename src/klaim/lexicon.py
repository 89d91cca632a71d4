"""Per-language word lists (package data in ``klaim/lexicons/<lang>.yaml``), loaded lazily.

A lexicon maps a category name (``reporting_verbs``, ``dateline_keywords``, ...) to a tuple of
lower-case words or phrases. Categories mean the same thing in every language, so supporting a
new language is a new data file and no code.

An entry may also be a list of word lists, which stands for every phrase made of one item of
each list, in order: ``[[officials, the authorities], [should, must]]`` is ``officials should``,
``officials must``, ``the authorities should`` and ``the authorities must``. Phrases match word
for word, so a pattern such as "an authority, then a modal" is written once this way instead of
listed out. A language without a file has an empty lexicon:
evidence-based analyses then find nothing rather than guess.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
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

    Phrases are stripped and case-folded; empty entries are dropped. A phrase with an
    apostrophe is also kept with the typographic one (``let's`` and ``let’s``), as pages type
    either. Raises ``LexiconError``
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
        cleaned: dict[str, None] = {}  # (insertion-ordered, without repeats)
        for phrase in _expand(phrases, f"lexicon {base}: {category}"):
            folded = " ".join(phrase.split()).casefold()
            if folded:
                cleaned[folded] = None
                if "'" in folded:  # typed with the typographic apostrophe too: "let’s", "i’m"
                    cleaned[folded.replace("'", "\u2019")] = None
        categories[category] = tuple(cleaned)
    return MappingProxyType(categories)


def _expand(entries: list[object], where: str) -> Iterator[str]:
    """The phrases of a category's entries: strings as they are, and every combination of a list
    of word lists (see the module docstring)."""
    for entry in entries:
        if isinstance(entry, str):
            yield entry
        elif (isinstance(entry, list) and entry
              and all(isinstance(part, list) and part and all(isinstance(word, str) for word in part)
                      for part in entry)):
            for words in itertools.product(*entry):
                yield " ".join(words)
        else:
            raise LexiconError(f"{where}: {entry!r} is neither a string nor a list of word lists")


@cache
def with_english(lang: str, category: str) -> tuple[str, ...]:
    """A category's entries in ``lang`` and then in English, without repeats: site furniture
    (captions, "ADVERTISEMENT", "Opinion:") is often in English whatever the article's
    language."""
    return tuple(dict.fromkeys((*lexicon(lang).get(category, ()), *lexicon("en").get(category, ()))))


@cache
def folded_words(lang: str, *categories: str, one_word: bool = False) -> frozenset[str]:
    """The entries of ``categories`` in ``lang`` and English (:func:`with_english`), case-folded;
    with ``one_word``, only the entries of one word."""
    return frozenset(entry.casefold() for category in categories for entry in with_english(lang, category)
                     if not (one_word and " " in entry))


def phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """A case-blind pattern of lexicon phrases as whole words (a space in one matches any run of
    whitespace), the longest first; None when there are none."""
    if not phrases:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    # The lookahead names every phrase's first character: the engine then skips at C speed to
    # where one can start, instead of trying the lookbehind and each phrase at every character
    # (about twice as fast on prose; it matches what the phrases match, case-blind alike).
    ahead = "(?=[" + "".join(sorted({re.escape(p[0]) for p in phrases})) + "])" if all(phrases) else ""
    return re.compile(rf"{ahead}(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.IGNORECASE)
