"""Archive benchmark: klaim check against the read+parse floor, dateparser, and pytest-xdist.

Not a test: prints a table (ratios are computed within one run, never asserted). Run from the
repository root, with dateparser installed for the baseline (it is not a klaim dependency):

    python benchmarks/bench_archive.py --sizes 1000 10000 --workdir /tmp/klaim-bench

For each N it generates (once, cached by seed and N) an archive with
``benchmarks/generate_archive.py`` and measures, each command in a child process, every timed
command run ``--repeat`` times (default 2; the run with the least CPU time counts, the same
rule for klaim and for the floor, since noise on a shared machine only ever adds time):

- the floor: reading every file of the archive and parsing every claims file with PyYAML's C
  loader, nothing else (at least two runs, warm page cache);
- ``klaim check --format json`` in one process, and with ``--jobs J`` (its report must be
  byte-for-byte the one-process report);
- peak RSS: ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` in a small wrapper process that
  runs the command, so it is the largest resident set of klaim or any of its workers; from the
  same call, CPU time (user + system), which other work on a shared machine inflates far less
  than wall time: ratios are given for both;
- dateparser's ``search_dates(text, languages=[lang])`` on a seeded sample of the same articles,
  per article, in this process (after one warm-up call per language; the least of ``--repeat``
  passes), and klaim's own date reading on the same sample, measured the same way;
- recall: each planted defect of the manifest counts as found when the report has a finding of
  the expected code on the defect's file and line; and every finding in a clean article;
- for N up to ``--pytest-max``: ``pytest -n J --klaim-items=per-file`` in the archive against
  ``klaim check --jobs J``, and whether the report table pytest prints is the same (pytest's
  temporary folder is the results folder's ``pytest-tmp``: by default each session deletes the
  oldest of the ``pytest-N`` folders other sessions left, which times whatever ran before).

Every timed command runs as Python runs by default, with its bytecode cache: a
``PYTHONDONTWRITEBYTECODE`` in the environment (some sandboxes and containers set it) is
cleared for them, or each process would compile klaim from source and pytest would rewrite
the assertions of every plugin's modules, on every start. The first run of each command
writes the cache; the least-CPU rule keeps a later one. The header line says which applied.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import time
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_archive  # noqa: E402  (a sibling script, not a package)

MB = 1024  # ru_maxrss is in KiB on Linux


# --- child processes ------------------------------------------------------------------------


def floor(root: Path) -> int:
    """Read every file of the archive and YAML-parse every claims file (C loader); nothing else."""
    import yaml

    loader = yaml.CSafeLoader
    count = 0
    for path in sorted((root / "claims").iterdir()):
        yaml.load(path.read_bytes().decode("utf-8"), Loader=loader)
        count += 1
    for path in sorted((root / "seeds").iterdir()):
        path.read_bytes().decode("utf-8")
    return count


def measure(command: Sequence[str], cwd: Path, stdout: Path | None = None) -> dict[str, Any]:
    """Run ``command`` in a wrapper process: wall time, CPU time (user + system, the command and the
    workers it waited for), peak RSS (KiB, its largest process) and exit code."""
    wrapper = [sys.executable, str(Path(__file__).resolve()), "_measure", str(stdout or os.devnull), "--",
               *command]
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(wrapper, cwd=cwd, capture_output=True, text=True, check=False, env=environment)
    if done.returncode != 0:
        raise RuntimeError(f"wrapper failed: {done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    if result["returncode"] not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {result['returncode']}: {result['stderr'][-2000:]}")
    return result


def _measure_main(argv: Sequence[str]) -> int:
    """Inside the wrapper: run the command, report its time and the children's peak RSS."""
    out, command = argv[0], list(argv[2:])
    with open(out, "wb") as sink:
        start = time.perf_counter()
        done = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, check=False)
        wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss,
                      "returncode": done.returncode, "stderr": done.stderr.decode("utf-8", "replace")}))
    return 0


def best(runs: int, command: Sequence[str], cwd: Path, stdout: Path | None = None) -> dict[str, Any]:
    """The run with the least CPU time of ``runs`` runs (a shared VM's noise only adds time)."""
    return min((measure(command, cwd, stdout) for _ in range(max(1, runs))), key=lambda r: r["cpu"])


def klaim_command() -> list[str]:
    """The ``klaim`` console script of this interpreter's environment."""
    script = Path(sys.executable).with_name("klaim")
    return [str(script)] if script.exists() else [sys.executable, "-m", "klaim.cli"]


# --- archive, recall --------------------------------------------------------------------------


def archive(workdir: Path, count: int, seed: int, rate: float) -> tuple[Path, dict[str, Any]]:
    """The archive for (count, seed, rate), generated once and reused."""
    root = workdir / f"archive-n{count}-seed{seed}"
    manifest_path = root / "manifest.json"
    if manifest_path.exists():
        manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
        wanted = (count, seed, rate, generate_archive.fingerprint())
        if (manifest.get("count"), manifest.get("seed"), manifest.get("defect_rate"),
                manifest.get("generator_sha256")) == wanted:
            return root, manifest
        shutil.rmtree(root)
    print(f"generating {count} articles into {root} ...", file=sys.stderr, flush=True)
    return root, generate_archive.generate(root, count, seed, rate)


def recall(report: dict[str, Any], manifest: dict[str, Any]) -> dict[str, Any]:
    """Planted defects found (by kind), findings in clean articles, other findings."""
    by_place: dict[tuple[str, int, str], int] = Counter(
        (f["file"], f["line"], f["code"]) for f in report["findings"])
    found: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    missed = []
    expected = set()
    for defect in manifest["defects"]:
        labels = [defect["kind"]] + ([f"{defect['kind']}/{defect['phrasing']}"] if defect.get("phrasing") else [])
        key = (defect["file"], defect["line"], defect["code"])
        expected.add(key)
        for label in labels:
            planted[label] += 1
            found[label] += 1 if by_place.get(key) else 0
        if not by_place.get(key):
            missed.append(defect)
    clean_files = {path for a in manifest["articles"] if a["clean"] for path in (a["article"], a["claims"])}
    clean = [f for f in report["findings"] if f["file"] in clean_files]
    other = [f for f in report["findings"]
             if f["file"] not in clean_files and (f["file"], f["line"], f["code"]) not in expected]
    return {"planted": dict(planted), "found": dict(found), "missed": missed, "clean": clean, "other": other,
            "clean_articles": sum(1 for a in manifest["articles"] if a["clean"])}


def report_section(pytest_output: str) -> list[str]:
    """The klaim report table from pytest's terminal summary."""
    lines = pytest_output.splitlines()
    start = next((i for i, line in enumerate(lines) if "klaim consistency report" in line), None)
    if start is None:
        return []
    section = []
    for line in lines[start + 1:]:
        section.append(line.rstrip())
        # The text report ends with its one-line summary; pytest's own summary line follows.
        if re.match(r"\d+ finding\(s\): |klaim: no findings", line):
            break
    return _trim(section)


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines


# --- dateparser baseline ----------------------------------------------------------------------


def dateparser_per_article(root: Path, manifest: dict[str, Any], sample: int, seed: int,
                           repeat: int = 1) -> dict[str, Any] | None:
    """Mean CPU seconds of ``search_dates(text, languages=[lang])`` per article on a seeded sample,
    the least of ``repeat`` passes over it (as every other timing here is the least of its runs)."""
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        return None
    chosen = random.Random(f"dateparser:{seed}").sample(manifest["articles"], min(sample, len(manifest["articles"])))
    texts = [((root / a["article"]).read_text(encoding="utf-8"), a["lang"]) for a in chosen]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for lang in sorted({lang for _, lang in texts}):  # load each language's data before timing
            search_dates(next(text for text, code in texts if code == lang), languages=[lang])
        passes = []
        for _ in range(max(1, repeat)):
            start = time.process_time()  # CPU time: another process on the machine does not count
            found = 0
            for text, lang in texts:
                found += len(search_dates(text, languages=[lang]) or ())
            passes.append(time.process_time() - start)
    return {"per_article": min(passes) / len(texts), "articles": len(texts), "dates_found": found,
            "passes": len(passes), "version": dateparser.__version__,
            "klaim_dates": klaim_dates_per_article(texts, repeat)}


def klaim_dates_per_article(texts: Sequence[tuple[str, str]], repeat: int = 1) -> dict[str, float]:
    """klaim's own date reading on the same texts, in this process: the article loaded (title,
    dateline, paragraphs) and every date and relative phrase extracted and resolved; the least
    of ``repeat`` passes (each pass loads every article again: nothing is kept between them)."""
    from klaim.analysis import Analysis
    from klaim.article import load_article

    for lang in sorted({lang for _, lang in texts}):  # language data loads once, as in klaim check
        analysis = Analysis(load_article(next(text for text, code in texts if code == lang), "a.txt", lang=lang))
        len(analysis.dates) + len(analysis.relatives)
    passes = []
    for _ in range(max(1, repeat)):
        start = time.process_time()  # CPU time, as dateparser's is measured
        found = 0
        for text, lang in texts:
            analysis = Analysis(load_article(text, "a.txt", lang=lang))
            found += len(analysis.dates) + len(analysis.relatives)
        passes.append(time.process_time() - start)
    return {"per_article": min(passes) / len(texts), "dates_found": found}


# --- the run ----------------------------------------------------------------------------------


def run_size(count: int, args: argparse.Namespace) -> dict[str, Any]:
    """Every measurement for one archive size."""
    root, manifest = archive(args.workdir, count, args.seed, args.defect_rate)
    out = args.workdir / f"results-n{count}"
    out.mkdir(parents=True, exist_ok=True)
    klaim = klaim_command()
    floor_run = best(max(2, args.repeat), [sys.executable, str(Path(__file__).resolve()), "_floor", str(root)], root)
    print(f"N={count}: floor {floor_run['wall']:.2f} s; klaim check ...", file=sys.stderr, flush=True)
    serial = best(args.repeat, [*klaim, "check", "--format", "json", "-o", str(out / "report-j1.json")], root)
    print(f"N={count}: klaim check {serial['wall']:.2f} s; --jobs {args.jobs} ...", file=sys.stderr, flush=True)
    parallel = best(args.repeat, [*klaim, "check", "--format", "json", "--jobs", str(args.jobs),
                                  "-o", str(out / f"report-j{args.jobs}.json")], root)
    identical = (out / "report-j1.json").read_bytes() == (out / f"report-j{args.jobs}.json").read_bytes()
    report = json.loads((out / "report-j1.json").read_text(encoding="utf-8"))
    result: dict[str, Any] = {
        "count": count, "root": str(root), "floor": floor_run, "serial": serial, "parallel": parallel,
        "jobs_identical": identical, "recall": recall(report, manifest),
        "findings": len(report["findings"]),
    }
    if count <= args.pytest_max:
        text_run = best(args.repeat, [*klaim, "check", "--jobs", str(args.jobs), "-o", str(out / "report.txt")], root)
        print(f"N={count}: pytest -n {args.jobs} ...", file=sys.stderr, flush=True)
        pytest_run = best(args.repeat, [sys.executable, "-m", "pytest", "-n", str(args.jobs),
                                        "--klaim-items=per-file", "-q", "--tb=no", "-rN", "-p", "no:cacheprovider",
                                        f"--basetemp={out / 'pytest-tmp'}"],
                          root, stdout=out / "pytest.txt")
        expected = _trim((out / "report.txt").read_text(encoding="utf-8").splitlines())
        printed = report_section((out / "pytest.txt").read_text(encoding="utf-8"))
        result["pytest"] = {"run": pytest_run, "klaim_jobs_text": text_run, "same_report": printed == expected,
                            "lines": len(printed)}
    return result


def _fmt_rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}"


def render(results: list[dict[str, Any]], baseline: dict[str, Any] | None, args: argparse.Namespace) -> str:
    """The printed table, with targets, and the details of misses and clean-article findings."""
    from tabulate import tabulate

    def row(metric: str, values: list[str], target: str = "") -> list[str]:
        return [metric, *values, target]

    j = args.jobs
    rows = [
        row("articles (each with a claims file)", [f"{r['count']:,}" for r in results]),
        row("floor: read every file + C-YAML parse, s", [f"{r['floor']['wall']:.2f}" for r in results]),
        row("floor, articles/s", [_fmt_rate(r["count"], r["floor"]["wall"]) for r in results]),
        row("klaim check (1 process), s", [f"{r['serial']['wall']:.2f}" for r in results]),
        row("klaim check, articles/s", [_fmt_rate(r["count"], r["serial"]["wall"]) for r in results]),
        row("klaim check / floor (wall)", [f"{r['serial']['wall'] / r['floor']['wall']:.2f}x" for r in results],
            "<= 3x at 10,000"),
        row("floor / klaim check, CPU s", [f"{r['floor']['cpu']:.2f} / {r['serial']['cpu']:.2f}" for r in results]),
        row("klaim check / floor (CPU)", [f"{r['serial']['cpu'] / r['floor']['cpu']:.2f}x" for r in results],
            "<= 3x at 10,000"),
        row(f"klaim check --jobs {j}, s (CPU s, all processes)",
            [f"{r['parallel']['wall']:.2f} ({r['parallel']['cpu']:.2f})" for r in results]),
        row(f"--jobs {j} report == --jobs 1 report (bytes)",
            ["yes" if r["jobs_identical"] else "NO" for r in results], "yes"),
        row("peak RSS klaim check, MB", [f"{r['serial']['maxrss_kb'] / MB:.0f}" for r in results],
            "< 200, flat in N"),
        row(f"peak RSS klaim check --jobs {j} (largest process), MB",
            [f"{r['parallel']['maxrss_kb'] / MB:.0f}" for r in results]),
        row("peak RSS floor, MB", [f"{r['floor']['maxrss_kb'] / MB:.0f}" for r in results]),
        row("klaim check, ms/article (wall; CPU)",
            [f"{1000 * r['serial']['wall'] / r['count']:.2f}; {1000 * r['serial']['cpu'] / r['count']:.2f}"
             for r in results]),
    ]
    if baseline is not None:
        per = baseline["per_article"]
        rows.append(row(f"dateparser search_dates, CPU ms/article ({baseline['articles']} sampled, "
                        f"least of {baseline.get('passes', 1)} passes)",
                        [f"{1000 * per:.1f}" for _ in results]))
        rows.append(row("dateparser / klaim check, per article (CPU)",
                        [f"{per / (r['serial']['cpu'] / r['count']):.1f}x" for r in results], ">= 50x"))
        rows.append(row("dateparser / floor (bound for any checker that reads the files)",
                        [f"{per / (r['floor']['cpu'] / r['count']):.1f}x" for r in results]))
        own = baseline["klaim_dates"]["per_article"]
        rows.append(row("klaim date reading alone (load + dates), CPU ms/article, same sample",
                        [f"{1000 * own:.2f}" for _ in results]))
        rows.append(row("dateparser / klaim date reading alone", [f"{per / own:.0f}x" for _ in results]))
    rows.append(row("planted defects found (recall)",
                    [f"{sum(r['recall']['found'].values())}/{sum(r['recall']['planted'].values())}" for r in results],
                    "all"))
    for kind in generate_archive.DEFECT_KINDS:
        code = generate_archive.EXPECTED_CODE[kind]
        rows.append(row(f"  {kind} ({code})",
                        [f"{r['recall']['found'].get(kind, 0)}/{r['recall']['planted'].get(kind, 0)}"
                         for r in results]))
        for phrasing, note in (("seen", "phrasing klaim's lexicons were read against"),
                               ("dev", "phrasing whose misses widened the lexicons"),
                               ("held-out", "phrasing never used to tune klaim")):
            label = f"{kind}/{phrasing}"
            if any(label in r["recall"]["planted"] for r in results):
                rows.append(row(f"    {phrasing}: {note}",
                                [f"{r['recall']['found'].get(label, 0)}/{r['recall']['planted'].get(label, 0)}"
                                 for r in results]))
    rows.append(row("findings in clean articles",
                    [f"{len(r['recall']['clean'])} in {r['recall']['clean_articles']:,} articles" for r in results],
                    "0"))
    rows.append(row("other findings in planted articles", [str(len(r["recall"]["other"])) for r in results], "0"))
    with_pytest = [r for r in results if "pytest" in r]
    if with_pytest:
        def cell(r: dict[str, Any], key: str) -> str:
            p = r.get("pytest")
            if p is None:
                return "-"
            if key == "pytest":
                return f"{p['run']['wall']:.2f} ({p['run']['cpu']:.2f})"
            if key == "text":
                return f"{p['klaim_jobs_text']['wall']:.2f} ({p['klaim_jobs_text']['cpu']:.2f})"
            if key == "ratio":
                return (f"{p['run']['wall'] / p['klaim_jobs_text']['wall']:.2f}x "
                        f"({p['run']['cpu'] / p['klaim_jobs_text']['cpu']:.2f}x)")
            return "yes" if p["same_report"] else "NO"

        rows += [
            row(f"pytest -n {j} --klaim-items=per-file, s (CPU s)", [cell(r, "pytest") for r in results]),
            row(f"klaim check --jobs {j} (text report), s (CPU s)", [cell(r, "text") for r in results]),
            row(f"pytest -n {j} / klaim check --jobs {j}, wall (CPU)", [cell(r, "ratio") for r in results],
                "<= 3x at 1,000"),
            row("pytest prints the same report table", [cell(r, "same") for r in results], "yes"),
        ]
    headers = ["metric", *[f"N={r['count']:,}" for r in results], "target"]
    lines = [
        f"klaim archive benchmark: seed {args.seed}, defect rate {args.defect_rate}, "
        f"{os.cpu_count()} CPU(s), load average {args.load_before:.1f} before and {os.getloadavg()[0]:.1f} after, "
        f"Python {platform.python_version()} (timed commands with its bytecode cache"
        + ("; PYTHONDONTWRITEBYTECODE cleared for them)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else ")")
        + (f", dateparser {baseline['version']}" if baseline else ", dateparser not installed"),
        "",
        tabulate(rows, headers=headers, tablefmt="github"),
    ]
    for r in results:
        lines += ["", f"N={r['count']:,}: details"]
        for defect in r["recall"]["missed"][: args.details]:
            lines.append(f"  missed {defect['kind']} {defect['code']} {defect['file']}:{defect['line']}:"
                         f"{defect['column']} {defect['match'][:80]!r}")
        if len(r["recall"]["missed"]) > args.details:
            lines.append(f"  ... {len(r['recall']['missed']) - args.details} more missed")
        for label, findings in (("clean", r["recall"]["clean"]), ("other", r["recall"]["other"])):
            by_code = Counter(f["code"] for f in findings)
            if by_code:
                lines.append(f"  {label}-article findings by code: "
                             + ", ".join(f"{code} {n}" for code, n in sorted(by_code.items())))
            shown: Counter[str] = Counter()
            for f in findings:
                if shown[f["code"]] < args.details:
                    shown[f["code"]] += 1
                    lines.append(f"    {f['file']}:{f['line']}:{f['column']} {f['code']} {f['match'][:60]!r}: "
                                 f"{f['message'][:110]}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_measure"]:
        return _measure_main(argv[1:])
    if argv[:1] == ["_floor"]:
        floor(Path(argv[1]))
        return 0
    parser = argparse.ArgumentParser(description="klaim archive benchmark")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/klaim-bench"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--defect-rate", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of each timed command; the one with the least CPU time counts")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample", type=int, default=100, help="articles timed with dateparser")
    parser.add_argument("--pytest-max", type=int, default=1000, help="largest N also run under pytest -n JOBS")
    parser.add_argument("--details", type=int, default=5, help="examples listed per code under the table")
    parser.add_argument("-o", "--output", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    args.load_before = os.getloadavg()[0]  # other work on the machine inflates wall times, not CPU times
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = [run_size(count, args) for count in args.sizes]
    root, manifest = archive(args.workdir, args.sizes[0], args.seed, args.defect_rate)
    print("dateparser baseline ...", file=sys.stderr, flush=True)
    baseline = dateparser_per_article(root, manifest, args.sample, args.seed, args.repeat)
    sys.stdout.write(render(results, baseline, args))
    if args.output:
        args.output.write_text(json.dumps({"results": results, "dateparser": baseline}, indent=1, default=str) + "\n",
                               encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
