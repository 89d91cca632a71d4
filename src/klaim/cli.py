"""The ``klaim`` command line.

Exit codes: 0 nothing new reaches the fail level, 1 something does, 2 an input could not be
checked at all or the command or configuration is unusable. Errors are one line on stderr,
never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from klaim import __version__
from klaim.config import SEVERITY_LEVELS, Config, ConfigError, find_root, load_config, validate
from klaim.registry import all_checks, get

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2


class UsageError(Exception):
    """A command that cannot run as asked (exit 2)."""


def _write(text: str, output: str | None, inputs: Sequence[Path] = ()) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    target = Path(output)
    if any(target.resolve() == path.resolve() for path in inputs):
        raise UsageError(f"refusing to write over an input file: {output}")
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror}") from None


def _config_for(paths: Sequence[Path]) -> Config:
    start = paths[0] if paths else Path.cwd()
    return load_config(find_root(start if start.exists() else Path.cwd()))


def cmd_check(args: argparse.Namespace) -> int:
    """Check claims files and articles; print the report."""
    from klaim.engine import check_paths, discover, exit_code
    from klaim.engine import Target
    from klaim.reporters import DOCUMENT_REPORTERS, render
    from klaim.review import ReviewDocument, document

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
        config.select = [c.strip() for c in args.select.split(",") if c.strip()]
    if args.ignore:
        config.ignore += [c.strip() for c in args.ignore.split(",") if c.strip()]
    if args.max_bytes:
        config.max_bytes = args.max_bytes
    validate(config)
    documents: list[ReviewDocument] = []

    def keep(target: Target) -> None:
        if target.context is not None:
            documents.append(document(target.context))

    drawing = args.format in DOCUMENT_REPORTERS
    report = check_paths(paths, config, lang=args.lang, on_checked=keep if drawing else None)
    _write(render(report, args.format, documents), args.output, list(discover(paths)))
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
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if drift:
        print("schemas out of date (run `klaim schema`): " + ", ".join(drift), file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": cmd_check, "review": cmd_check, "explain": cmd_explain, "codes": cmd_codes, "schema": cmd_schema,
}


def _add_run_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--lang", help="article language when neither article nor claims file says")
    command.add_argument("--fail-level", choices=SEVERITY_LEVELS)
    command.add_argument("--select", help="comma-separated codes or prefixes to run (e.g. KL1,KL303)")
    command.add_argument("--ignore", help="comma-separated codes or prefixes to skip")
    command.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings reach the fail level")
    command.add_argument("--max-bytes", type=int, help="largest input file to read")


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
    _add_run_options(check)

    review = sub.add_parser("review", help="write the review page (HTML) of claims files or articles")
    review.add_argument("paths", nargs="*", help="claims files, folders, or article files (default: [tool.klaim] paths)")
    review.add_argument("-o", "--output", help="write the page to this file (default: standard output)")
    review.set_defaults(format="html")
    _add_run_options(review)

    explain = sub.add_parser("explain", help="print a check's documentation")
    explain.add_argument("code")
    explain.add_argument("-o", "--output")

    codes = sub.add_parser("codes", help="list every code")
    codes.add_argument("-o", "--output")

    schema = sub.add_parser("schema", help="write schemas/*.schema.json from the models")
    schema.add_argument("-o", "--output", help="folder to write to (default: <root>/schemas)")
    schema.add_argument("--check", action="store_true", help="exit 1 when the committed schemas differ")
    return parser


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
    except Exception as error:  # a bug in klaim: say so in one line; KLAIM_DEBUG=1 shows the traceback
        if os.environ.get("KLAIM_DEBUG"):
            raise
        print(f"klaim: internal error: {type(error).__name__}: {error} "
              "(please report it; run with KLAIM_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":
    sys.exit(main())
