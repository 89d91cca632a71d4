"""Per-article time of date extraction plus the time checks (KL101-KL106).

Not a test: prints timings. Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_dates.py [--repeat N]

It measures the seed article (with its claims file when there is one) and a longer synthetic
Indonesian article built here, each from scratch per repetition (a fresh Analysis, so the
extraction is not cached between runs). When dateparser is importable (it is not a klaim
dependency: ``pip install dateparser`` to compare), it also times
``dateparser.search.search_dates(text, languages=[lang])`` on the same texts in the same
process and prints how many times faster klaim is. Target: at least 50 times.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from klaim import dates
from klaim.analysis import Analysis
from klaim.article import load_article
from klaim.config import load_config
from klaim.context import Context
from klaim.engine import load_claims_target
from klaim.registry import runnable

ROOT = Path(__file__).resolve().parent.parent
TIME_CHECKS = ("KL101", "KL102", "KL103", "KL104", "KL105", "KL106")


def synthetic_article(paragraphs: int = 300, seed: int = 3) -> str:
    """A long Indonesian article with weekday/date pairs, ranges, relative phrases, numbers."""
    rng = random.Random(seed)
    weekdays = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
    published = dt.date(2024, 9, 5)
    people = ["Menteri Keuangan", "juru bicara kepolisian", "Gubernur", "kepala dinas",
              "ketua panitia", "pengamat ekonomi"]
    lines = ["Laporan Panjang untuk Pengukuran", "Tanggal: 5 Sep 2024 10:00 WIB"]
    for index in range(paragraphs):
        day = published - dt.timedelta(days=rng.randrange(0, 40))
        weekday = weekdays[day.weekday() if rng.random() > 0.05 else rng.randrange(7)]
        person = rng.choice(people)
        form = index % 5
        if form == 0:
            date = f"{weekday} ({day.day}/{day.month})"
        elif form == 1:
            date = f"{weekday}, {day.day} {months[day.month - 1]} {day.year}"
        elif form == 2:
            date = f"hari {weekday} tanggal {day.day} {months[day.month - 1]}"
        elif form == 3:
            date = f"pekan lalu ({day.day}/{day.month}/{day.year})"
        else:
            date = f"kemarin, {day.day}-{day.day + 1 if day.day < 28 else day.day} {months[day.month - 1]}"
        amount = rng.randrange(2, 900)
        lines.append(
            f"Sebanyak {amount} warga hadir dalam pertemuan yang digelar {date} di balai kota, "
            f"kata {person} kepada wartawan. Ia menambahkan bahwa anggaran sebesar Rp {amount}.500 "
            f"juta atau sekitar {amount % 10},{amount % 7} persen dari total sudah dicairkan pukul "
            f"{rng.randrange(7, 22)}.{rng.randrange(10, 59)} WIB, dan 3/4 bagian sisanya menyusul."
        )
    return "\n".join(lines) + "\n"


def seed_context() -> tuple[str, Callable[[], Context]]:
    """The seed article with its claims file (fresh analysis per call), or the bare article."""
    claims = sorted((ROOT / "claims").glob("*.claims.yaml"))
    if claims:
        target = load_claims_target(claims[0], load_config(ROOT))
        if target.context is not None:
            base = target.context

            def fresh() -> Context:
                # Anchors are located by the engine's shared normaliser for every check (KL301
                # needs them anyway); they are resolved before the clock starts, so the timing
                # is the date extraction and the time checks themselves.
                ctx = Context(base.article, Analysis(base.article), base.claim_file,
                              base.claims_path, base.claims_text)
                for index in range(len(ctx.claims)):
                    ctx.anchor_matches(index)
                # Likewise the claims file's line index, shared by every claims-file location.
                ctx.claim_location(("article",))
                ctx.analysis = Analysis(base.article)
                return ctx

            return base.article.text, fresh
    path = sorted((ROOT / "seeds").glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    article = load_article(text, f"seeds/{path.name}")
    return text, lambda: Context(article, Analysis(article))


def time_klaim(make: Callable[[], Context], repeat: int) -> tuple[float, int]:
    """Median seconds of extraction + the time checks, and the number of findings."""
    checks = [check for check in runnable(TIME_CHECKS) if check.run is not None]
    timings = []
    found = 0
    for _ in range(repeat):
        ctx = make()
        dates._LOWERED.clear()  # no carry-over from the previous repetition of the same text
        start = time.perf_counter()
        found = 0
        for check in checks:
            assert check.run is not None
            found += sum(1 for _ in check.run(ctx))
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), found


def _has_dateparser() -> bool:
    try:
        import dateparser  # noqa: F401
    except ImportError:
        return False
    return True


def time_dateparser(text: str, lang: str, repeat: int) -> float | None:
    """Median seconds of dateparser's search_dates, or None when it is not installed."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    search_dates(text[:200], languages=[lang])  # load its language data outside the timing
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        search_dates(text, languages=[lang])
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100, help="repetitions for klaim")
    parser.add_argument("--baseline-repeat", type=int, default=10,
                        help="repetitions for dateparser (the long article takes seconds each)")
    args = parser.parse_args()

    seed_text, seed_make = seed_context()
    long_text = synthetic_article()
    long_article = load_article(long_text, "seeds/synthetic.txt", lang="id")
    cases = [
        ("seed", seed_text, seed_make),
        ("synthetic", long_text, lambda: Context(long_article, Analysis(long_article))),
    ]
    print(f"{'article':<10} {'chars':>8} {'findings':>8} {'klaim ms':>10} {'dateparser ms':>14} "
          f"{'ratio':>8}")
    for name, text, make in cases:
        seconds, found = time_klaim(make, args.repeat)
        baseline = time_dateparser(text, "id", args.baseline_repeat)
        base_ms = f"{baseline * 1000:14.1f}" if baseline is not None else f"{'n/a':>14}"
        ratio = f"{baseline / seconds:7.0f}x" if baseline is not None else f"{'n/a':>8}"
        print(f"{name:<10} {len(text):>8} {found:>8} {seconds * 1000:10.2f} {base_ms} {ratio}")
    if not _has_dateparser():
        print("dateparser is not installed: `pip install dateparser` to compare", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
