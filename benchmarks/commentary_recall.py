"""KL201 recall on every phrasing of the generator's commentary, family by family.

Not a test: prints a table. The archive benchmark samples the commentary (a planted passage is
one opener, one judgement and one demand, drawn at random); this script analyses every
combination of each family, in each language, as one body paragraph of the analysis, so the
recall it prints has no sampling noise:

    python benchmarks/commentary_recall.py

Each family's phrases are described in ``benchmarks/generate_archive.py`` (``FAMILIES``).
``--components FAMILY`` also lists, for each phrase of that family alone, the editorial
evidence klaim finds in it (for studying ``seen`` and ``dev``; reading ``held-out`` this way
turns it into a tuning set: rotate it into ``dev`` first).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_archive

from klaim.attribution import ParagraphAttribution, analyse_attribution

NOUNS = {"id": "penanganan banjir", "en": "the flood response"}


@dataclass(frozen=True)
class _Paragraph:
    index: int
    start: int
    end: int
    kind: str = "paragraph"


def analyse(text: str, lang: str) -> ParagraphAttribution:
    """The attribution analysis of ``text`` as one body paragraph."""
    return analyse_attribution(text, [_Paragraph(0, 0, len(text))], lang).paragraphs[0]


def recall(family: str, lang: str) -> tuple[int, int]:
    """(passages reported, passages) over every opener x judgement x demand of a family."""
    openers, judgements, demands = generate_archive.FAMILIES[family]
    found = total = 0
    for opener, judgement, demand in itertools.product(openers[lang], judgements[lang], demands[lang]):
        text = generate_archive.commentary(opener, judgement.format(noun=NOUNS[lang]), demand)
        total += 1
        found += analyse(text, lang).is_editorial
    return found, total


def components(family: str) -> list[str]:
    """Each phrase of a family alone, with the editorial evidence found in it."""
    lines = []
    for lang in ("id", "en"):
        for slot, phrases in zip(("opener", "judgement", "demand"), generate_archive.FAMILIES[family], strict=True):
            for phrase in phrases[lang]:
                result = analyse(phrase.format(noun=NOUNS[lang]), lang)
                evidence = ", ".join(f"{e.category}: {e.phrase!r}" for e in result.editorial) or "-"
                lines.append(f"{lang} {slot:9} E={result.editorial_weight} A={result.attribution_weight} "
                             f"C={result.concrete_weight}  {phrase}  [{evidence}]")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--components", choices=sorted(generate_archive.FAMILIES), default=None)
    args = parser.parse_args(argv)
    print("| family | language | passages reported | recall |")
    print("|---|---|---|---|")
    for family in generate_archive.FAMILIES:
        for lang in ("id", "en"):
            found, total = recall(family, lang)
            print(f"| {family} | {lang} | {found:,}/{total:,} | {found / total:.1%} |")
        found, total = (sum(x) for x in zip(*(recall(family, lang) for lang in ("id", "en")), strict=True))
        print(f"| {family} | both | {found:,}/{total:,} | {found / total:.1%} |")
    if args.components:
        print()
        print("\n".join(components(args.components)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
