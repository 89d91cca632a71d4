"""How much KL201 on an article leans on lexicon phrases that only that article justifies.

Drops (in this process only: the package data is not touched) every editorial phrase of the
article's language that occurs in the article but in none of the check's own cases
(checks/KL201.yaml, written for the tests), then counts the KL201 findings again. A check that
finds the commentary by general evidence keeps its findings; one tuned to the article loses them.

    python benchmarks/lexicon_ablation.py seeds/<slug>.txt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import MappingProxyType

from klaim import lexicon as lexicon_module
from klaim.config import find_root, load_config
from klaim.engine import check_target, load_article_target


def kl201_lines(article: Path) -> list[int]:
    """Lines of the KL201 findings on a bare article, with a fresh analysis."""
    config = load_config(find_root(article))
    config.select = ["KL201"]
    return [f.line for f in check_target(load_article_target(article, config)) if f.code == "KL201"]


def main(argv: list[str] | None = None) -> int:
    """Print KL201 with the full lexicon and without the phrases the article contains."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path)
    args = parser.parse_args(argv)
    full = kl201_lines(args.article)
    text = args.article.read_text(encoding="utf-8").casefold()
    config = load_config(find_root(args.article))
    lang = load_article_target(args.article, config).context.article.lang  # type: ignore[union-attr]
    original = lexicon_module.lexicon(lang)
    cases = (Path(__file__).resolve().parent.parent / "checks" / "KL201.yaml").read_text(encoding="utf-8").casefold()
    dropped = sorted({p for k, v in original.items() if k.startswith("editorial_") for p in v
                      if p in text and p not in cases})
    reduced = MappingProxyType({k: tuple(p for p in v if p not in dropped) if k.startswith("editorial_") else v
                                for k, v in original.items()})
    real = lexicon_module.lexicon
    lexicon_module.lexicon = lambda name: reduced if name == lang else real(name)  # type: ignore[assignment]
    import klaim.attribution as attribution

    attribution.lexicon = lexicon_module.lexicon  # type: ignore[attr-defined]
    for cached in vars(attribution).values():
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()
    ablated = kl201_lines(args.article)
    print(f"article: {args.article} ({lang})")
    print(f"KL201 with the full lexicon:            lines {full}")
    print(f"phrases in the article and in no KL201 case: {len(dropped)}: {', '.join(dropped)}")
    print(f"KL201 without those phrases:            lines {ablated}")
    print(f"findings kept: {len(ablated)}/{len(full)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
