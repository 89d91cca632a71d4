"""Where `klaim check`'s time goes, per article: loading, each analysis, each check.

Not a test: prints a table. Run from the repository root on an archive that
``benchmarks/bench_archive.py`` (or ``generate_archive.py``) wrote:

    python benchmarks/cost_split.py /tmp/klaim-bench/archive-n10000-seed1 [--articles 3000] [--repeat 2]

In one process, for each claims file: the load (reading both files, parsing and validating the
claims, reading the article), then each part of the analysis in the order the checks first ask
for it (the normalised text, dates, quotations, relative dates, attribution), then each check
with the analysis already made. CPU time, the least of ``--repeat`` runs per part; each part's
share is of their sum (the timer's own calls add a little to every part).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from klaim import engine
from klaim.config import load_config

ANALYSES = ("normalised", "dates", "quotations", "relatives", "attribution")


def split(root: Path, articles: int) -> Counter[str]:
    """CPU seconds per part over the first ``articles`` claims files of the archive at ``root``."""
    os.chdir(root)
    config = load_config(Path("."))
    paths = sorted(Path("claims").iterdir())[:articles]
    clock = time.process_time
    spent: Counter[str] = Counter()
    for path in paths:
        start = clock()
        target = engine.load_target(path, config)
        spent["load"] += clock() - start
        context = target.context
        if context is None:
            continue
        for name in ANALYSES:
            start = clock()
            getattr(context.analysis, name)
            spent[f"analysis: {name}"] += clock() - start
        checks = engine.selected_checks(target.config, *target.paths)
        stale = engine.reports_stale(target.config, *target.paths)
        for check in checks:
            start = clock()
            engine.run_check(check, context, stale=stale)
            spent[f"check {check.code}"] += clock() - start
    return spent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="an archive folder (claims/, seeds/)")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    root = args.archive.resolve()
    if not (root / "claims").is_dir():
        print(f"{root}: no claims/ folder; write an archive with benchmarks/generate_archive.py",
              file=sys.stderr)
        return 2
    runs = [split(root, args.articles) for _ in range(args.repeat)]
    best = {part: min(run[part] for run in runs) for part in runs[0]}
    count = min(args.articles, len(list((root / "claims").iterdir())))
    total = sum(best.values())
    print(f"{count} articles, {1000 * total / count:.3f} ms of CPU per article (least of {args.repeat} runs)")
    print()
    print("| part | ms/article | share |")
    print("|---|---|---|")
    for part, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"| {part} | {1000 * seconds / count:.3f} | {100 * seconds / total:.1f}% |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
