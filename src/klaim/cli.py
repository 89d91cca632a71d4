"""The ``klaim`` command line.

Exit codes: 0 nothing new reaches the fail level, 1 something does, 2 an input could not be
checked at all or the command or configuration is unusable. Errors are one line on stderr,
never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from klaim import __version__
from klaim.config import SEVERITY_LEVELS, Config, ConfigError, codes_list, find_root, load_config, validate
from klaim.registry import all_checks, get

if TYPE_CHECKING:
    from klaim.models import Finding

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2


class UsageError(Exception):
    """A command that cannot run as asked (exit 2)."""


def _write(text: str | Iterable[str], output: str | None, inputs: Iterable[Path] = ()) -> None:
    """Write to stdout or to ``output``, refusing to write over an input; ``text`` may come in
    pieces (written as they come)."""
    pieces = (text,) if isinstance(text, str) else text
    if output is None:
        for piece in pieces:
            sys.stdout.write(piece)
        return
    target = Path(output)
    identity = _identity(target)
    if any(_writes_over(target, identity, path) for path in inputs):
        raise UsageError(f"refusing to write over an input file: {output}")
    try:
        with target.open("w", encoding="utf-8", newline="") as handle:
            for piece in pieces:
                handle.write(piece)
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror}") from None


def _identity(path: Path) -> tuple[int, int] | None:
    """The file's (device, inode), following symlinks; None when it cannot be looked at."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def _writes_over(target: Path, identity: tuple[int, int] | None, path: Path) -> bool:
    """Whether writing ``target`` (of ``identity``) would write the input ``path``: the same
    file, also through a symlink or a hard link, or, for an input that does not exist (an
    article a claims file names), the same resolved path. One ``stat`` per input: a run over an
    archive has tens of thousands."""
    found = _identity(path)
    if found is None:
        from klaim.engine import resolve

        return resolve(path) == resolve(target)
    return found == identity


def _config_for(paths: Sequence[Path]) -> Config:
    start = paths[0] if paths else Path.cwd()
    return load_config(find_root(start if start.exists() else Path.cwd()))


def cmd_check(args: argparse.Namespace) -> int:
    """Check claims files and articles; print the report."""
    from klaim.engine import ARTICLE_SUFFIXES, CLAIMS_SUFFIX, Target, check_paths, discover, exit_code, report_inputs
    from klaim.reporters import DOCUMENT_REPORTERS, render_chunks
    from klaim.review import ReviewDocument, document
    from klaim.spool import ReportSpool, SpoolError

    paths = [Path(p) for p in args.paths]
    config = _config_for(paths or [Path.cwd()])
    if not paths:
        paths = [config.root / p for p in config.paths]
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
    if args.fail_level:
        config.fail_level = args.fail_level
    if args.select:
        # As in ruff: a --select on the command line replaces the configured select and ignore.
        config.select = codes_list([c for c in args.select.split(",") if c.strip()], "--select")
        config.ignore = []
    if args.ignore:
        config.ignore += codes_list([c for c in args.ignore.split(",") if c.strip()], "--ignore")
    if args.max_bytes is not None:
        if args.max_bytes <= 0:
            raise UsageError(f"--max-bytes must be a positive number of bytes, not {args.max_bytes}")
        config.max_bytes = args.max_bytes
    validate(config)
    if not any(True for _ in discover(paths)):
        shown = ", ".join(str(path) for path in paths)
        raise UsageError(f"nothing to check under {shown}: no claims files (*{CLAIMS_SUFFIX}) and no articles "
                         f"({', '.join('*' + suffix for suffix in ARTICLE_SUFFIXES)})")
    documents: list[ReviewDocument] = []

    def keep(target: Target) -> None:
        if target.context is not None:
            documents.append(document(target.context))

    drawing = args.format in DOCUMENT_REPORTERS
    jobs = getattr(args, "jobs", 1)
    # The review page keeps every document it draws; other formats stream from a spool, or are
    # built in memory when no temporary file can be made.
    try:
        spooling: contextlib.AbstractContextManager[ReportSpool | None] = (
            contextlib.nullcontext() if drawing else ReportSpool())
    except OSError:
        spooling = contextlib.nullcontext()
    with spooling as spool:
        try:
            report = check_paths(paths, config, lang=args.lang, on_checked=keep if drawing else None,
                                 jobs=(os.cpu_count() or 1) if jobs == 0 else jobs, spool=spool)
        except SpoolError as error:
            raise UsageError(f"{error} (set TMPDIR to a folder with free space)") from None
        # Every input of the run: the configuration, the claims files and the articles they name.
        inputs = report_inputs(report, config) if args.output else ()
        _write(render_chunks(report, args.format, documents), args.output, inputs)
        code = exit_code(report, config.fail_level)
    return EXIT_OK if args.exit_zero and code == EXIT_FINDINGS else code


def cmd_explain(args: argparse.Namespace) -> int:
    """Print a check's documentation."""
    try:
        found = get(args.code)
    except KeyError:
        raise UsageError(f"unknown code {args.code!r} (see `klaim codes`)") from None
    _write(f"{found.code} {found.name} ({found.severity.value})\n\n{found.doc}\n", args.output)
    return EXIT_OK


def cmd_codes(args: argparse.Namespace) -> int:
    """List every code."""
    from tabulate import tabulate

    rows = [[c.code, c.name, c.severity.value, c.summary] for c in all_checks()]
    _write(tabulate(rows, headers=["code", "name", "severity", "summary"]) + "\n", args.output)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    """Write the JSON Schemas, or with --check report drift."""
    from klaim.schema import SCHEMAS, render

    folder = Path(args.output) if args.output else find_root(Path.cwd()) / "schemas"
    drift = []
    for name in SCHEMAS:
        path = folder / name
        text = render(name)
        if args.check:
            try:
                current = path.read_text(encoding="utf-8")
            except OSError:
                current = None
            if current != text:
                drift.append(str(path))
        else:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            except OSError as error:  # e.g. -o names a file, not a folder
                raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
            print(f"wrote {path}")
    if drift:
        print("schemas out of date (run `klaim schema`): " + ", ".join(drift), file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


def cmd_dates(args: argparse.Namespace) -> int:
    """Print an article's timeline: every dated phrase, in chronological order. Given a claims
    file, the timeline of the article it names (its ``article:``), read in its ``lang``."""
    import json

    from tabulate import tabulate

    from klaim.dates import timeline
    from klaim.engine import claims_article, load_article_target, relative

    path = Path(args.article)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    config = _config_for([path])
    article_path, lang, claims = path, args.lang, None
    if path.name.endswith((".yaml", ".yml")):
        # A claims file: the timeline of the article it names, in its language.
        claims = relative(path, config.root)
        named = claims_article(path, config)
        if isinstance(named, list):
            _print_findings(named)
            raise UsageError(f"cannot take the article from {claims} (see above); pass the article itself: "
                             "klaim dates seeds/<slug>.txt")
        article_path, lang = named[0], named[1] or args.lang
    target = load_article_target(article_path, config, lang)
    if target.context is None:
        _print_findings(target.findings)
        return EXIT_UNUSABLE
    article, analysis = target.context.article, target.context.analysis
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    entries = timeline(analysis.dates, analysis.relatives)
    published = article.published_date.isoformat() if article.published_date else None
    if args.format == "json":
        rows = []
        for entry in entries:
            line, column = article.lines.position(entry.start)
            end_line, end_column = article.lines.position(entry.end)
            rows.append({
                "line": line, "column": column, "end_line": end_line, "end_column": end_column,
                "offset": entry.start, "length": entry.end - entry.start, "text": entry.text,
                "kind": entry.kind, "date": entry.date.isoformat() if entry.date else None,
                "stated_weekday": entry.stated_weekday, "actual_weekday": entry.actual_weekday,
                "weekday_matches": entry.weekday_matches, "year_inferred": entry.year_inferred,
                "impossible": entry.impossible, "zone_hint": entry.zone_hint,
                "relative_kind": entry.relative_kind, "range_id": entry.range_id,
            })
        document = {"article": target.file, "claims": claims, "lang": article.lang, "published": published,
                    "mentions": rows}
        _write(json.dumps(document, ensure_ascii=False, indent=2) + "\n", args.output, [path, article_path])
        return EXIT_OK
    table = []
    for entry in entries:
        line, column = article.lines.position(entry.start)
        notes = [entry.relative_kind] if entry.relative_kind else []
        notes += ["weekday does not fit"] if entry.weekday_matches is False else []
        notes += ["year inferred"] if entry.year_inferred else []
        notes += ["impossible"] if entry.impossible else []
        notes += [f"zone: {entry.zone_hint}"] if entry.zone_hint else []
        table.append([
            entry.date.isoformat() if entry.date else "?",
            days[entry.stated_weekday] if entry.stated_weekday is not None else "",
            days[entry.actual_weekday] if entry.actual_weekday is not None else "",
            f"{line}:{column}", entry.text, ", ".join(notes),
        ])
    named_by = f", the article of {claims}" if claims else ""
    header = f"{target.file} ({article.lang}, published {published or 'unknown'}{named_by})\n"
    body = tabulate(table, headers=["date", "stated", "actual", "line:col", "text", "note"])
    _write(header + body + "\n", args.output, [path, article_path])
    return EXIT_OK


def _print_findings(findings: Iterable[Finding]) -> None:
    """Located findings on stderr, one a line (for a command that cannot run on its input)."""
    for finding in findings:
        hint = finding.data.get("hint")
        print(f"{finding.file}:{finding.line}:{finding.column}: {finding.code} {finding.message}"
              + (f" (fix: {hint})" if isinstance(hint, str) and hint else ""), file=sys.stderr)


def _review_date(value: str | None) -> dt.date:
    """``--date``, else ``SOURCE_DATE_EPOCH`` (reproducible builds), else today in UTC."""
    if value is not None:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise UsageError(f"--date must be an ISO date such as 2024-06-23, not {value!r}") from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
        except (ValueError, OverflowError, OSError):
            raise UsageError(f"SOURCE_DATE_EPOCH must be a Unix timestamp, not {epoch!r}") from None
    return dt.datetime.now(dt.UTC).date()


def cmd_export(args: argparse.Namespace) -> int:
    """Export claim records: ``claimreview`` writes schema.org ClaimReview JSON-LD."""
    import json

    from klaim.engine import build_report, load_claims_target
    from klaim.export import claim_reviews, is_http_url
    from klaim.reporters import render

    path = Path(args.claims_file)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    for option, value in (("--url", args.url), ("--article-url", args.article_url)):
        if value is not None and not is_http_url(value):
            raise UsageError(f"{option} must be an http(s) URL, not {value!r}")
    date = _review_date(args.date)
    config = _config_for([path])
    target = load_claims_target(path, config, args.lang)
    if target.context is None or target.context.claim_file is None:
        # The same located findings `klaim check` reports for a file it cannot check.
        sys.stderr.write(render(build_report(target.files, target.findings), "text"))
        return EXIT_UNUSABLE
    context = target.context
    assert context.claim_file is not None
    reviews = claim_reviews(context.claim_file.claims, context.article, url=args.url,
                            article_url=args.article_url, date=date, author=args.author)
    if not reviews:
        print(f"klaim: no claim in {target.file} has a verdict; nothing to export", file=sys.stderr)
    article = config.root / context.article.path
    _write(json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", args.output, [path, article])
    return EXIT_OK


def cmd_draft(args: argparse.Namespace) -> int:
    """Write a claims-file scaffold for an article."""
    from klaim.draft import article_reference, draft
    from klaim.engine import load_article_target
    from klaim.reporters import render as render_report

    article = Path(args.article)
    if not article.is_file():
        raise UsageError(f"{article}: no such article file")
    if article.name.endswith((".yaml", ".yml")):
        raise UsageError(f"{article}: give the article (seeds/<slug>.txt), not a claims file")
    config = _config_for([article])
    output = Path(args.output) if args.output else None
    if output is not None and output.exists() and not args.force:
        raise UsageError(f"{output} exists; use --force to overwrite it")
    target = load_article_target(article, config, lang=args.lang)
    if target.context is None:
        from klaim.engine import build_report

        sys.stderr.write(render_report(build_report(target.files, target.findings), "text"))
        return EXIT_UNUSABLE
    text = draft(target.context, article_reference(article, output, config.root))
    _write(text, args.output, [article])
    if output is not None:
        print(f"wrote {output}: review every TODO, then run `klaim check {output}`", file=sys.stderr)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": cmd_check, "review": cmd_check, "explain": cmd_explain, "codes": cmd_codes, "schema": cmd_schema,
    "dates": cmd_dates, "export": cmd_export, "draft": cmd_draft,
}


def _add_run_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--lang", help="article language when neither article nor claims file says")
    command.add_argument("--fail-level", choices=SEVERITY_LEVELS)
    command.add_argument("--select", help="comma-separated codes or prefixes to run (e.g. KL1,KL303)")
    command.add_argument("--ignore", help="comma-separated codes or prefixes to skip")
    command.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings reach the fail level")
    command.add_argument("--max-bytes", type=int, help="largest input file to read")


def _job_count(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"expected a number of processes (0 for one per CPU), not {value!r}")
    return jobs


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (subcommands register here)."""
    from klaim.reporters import formats

    parser = argparse.ArgumentParser(prog="klaim", description="Check news articles and their claim records.")
    parser.add_argument("--version", action="version", version=f"klaim {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check claims files and articles")
    check.add_argument("paths", nargs="*", help="claims files, folders, or article files (default: [tool.klaim] paths)")
    check.add_argument("--format", choices=formats(), default="text")
    check.add_argument("-o", "--output", help="write the report to this file")
    check.add_argument("-j", "--jobs", type=_job_count, default=1, metavar="N",
                       help="check files in N processes (0: one per CPU); the report is the same")
    _add_run_options(check)

    review = sub.add_parser("review", help="write the review page (HTML) of claims files or articles")
    review.add_argument("paths", nargs="*",
                        help="claims files, folders, or article files (default: [tool.klaim] paths)")
    review.add_argument("-o", "--output", help="write the page to this file (default: standard output)")
    review.set_defaults(format="html")
    _add_run_options(review)

    explain = sub.add_parser("explain", help="print a check's documentation")
    explain.add_argument("code")
    explain.add_argument("-o", "--output")

    codes = sub.add_parser("codes", help="list every code")
    codes.add_argument("-o", "--output")

    draft = sub.add_parser("draft", help="write a claims-file scaffold for a new article")
    draft.add_argument("article", help="the article file (seeds/<slug>.txt or .md)")
    draft.add_argument("-o", "--output", help="the claims file to write (default: standard output)")
    draft.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    draft.add_argument("--lang", help="article language, when it cannot be detected")

    schema = sub.add_parser("schema", help="write schemas/*.schema.json from the models")
    schema.add_argument("-o", "--output", help="folder to write to (default: <root>/schemas)")
    schema.add_argument("--check", action="store_true", help="exit 1 when the committed schemas differ")
    dates = sub.add_parser("dates", help="print an article's timeline of dates")
    dates.add_argument("article", help="the article file, or a claims file (the timeline of the article it names)")
    dates.add_argument("--format", choices=["text", "json"], default="text")
    dates.add_argument("--lang", help="article language when the article does not say")
    dates.add_argument("-o", "--output", help="write the timeline to this file")

    export = sub.add_parser("export", help="export claim records to other formats")
    formats_of_export = export.add_subparsers(dest="export_format", required=True)
    claimreview = formats_of_export.add_parser(
        "claimreview", help="schema.org ClaimReview JSON-LD for each claim that has a verdict")
    claimreview.add_argument("claims_file", help="the claims file")
    claimreview.add_argument("-o", "--output", help="write the JSON-LD to this file")
    claimreview.add_argument("--url", help="the page that publishes the reviews (each gets #<claim id>)")
    claimreview.add_argument("--article-url", help="where the article appeared")
    claimreview.add_argument("--date", help="review date (default: SOURCE_DATE_EPOCH, else today, UTC)")
    claimreview.add_argument("--author", help="the organisation that publishes the reviews")
    claimreview.add_argument("--lang", help="article language when neither article nor claims file says")
    return parser


EXIT_BROKEN_PIPE = 141
"""The exit code when the reader of the output closed the pipe early (128 + SIGPIPE, as a shell
reports a command killed by it)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (UsageError, ConfigError) as error:
        print(f"klaim: error: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader closed the pipe early ("klaim check | head"): stop quietly, as a tool killed
        # by SIGPIPE does, with nothing more written to the closed stream.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as error:  # a bug in klaim: say so in one line; KLAIM_DEBUG=1 shows the traceback
        if os.environ.get("KLAIM_DEBUG"):
            raise
        print(f"klaim: internal error: {type(error).__name__}: {error} "
              "(please report it; run with KLAIM_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":
    sys.exit(main())
