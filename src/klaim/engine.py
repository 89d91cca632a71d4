"""The engine: load a claims file (or a bare article), run checks, apply acknowledgements.

Flow (one direction only): files -> Article + ClaimFile -> Context -> checks -> findings with
acknowledgements applied -> Report. Loading problems become KL001-KL004 findings; nothing here
raises on bad input.
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import gc
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from klaim import __version__
from klaim.analysis import Analysis
from klaim.article import Article, Problem, decode, load_article, read_bytes
from klaim.checks.stale_acknowledgement import stale_issue
from klaim.config import Config
from klaim.context import Context, text_location
from klaim.models import (
    LANG,
    AcknowledgementInfo,
    ClaimFile,
    FileEntry,
    Finding,
    RelatedLocation,
    Report,
    SuggestionModel,
    ToolInfo,
)
from klaim.registry import Check, Issue, Location, Severity, get, runnable
from klaim.schema_errors import explain
from klaim.spool import ReportSpool
from klaim.text import LineIndex, normalised_text
from klaim.yamlload import YamlError, load_yaml, locate, locate_key

CLAIMS_SUFFIX = ".claims.yaml"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")


def resolve(path: Path) -> Path:
    """``path`` absolute with symlinks resolved; as written (made absolute) when it cannot be,
    e.g. for a symlink loop, a NUL byte or a name too long for the system.

    A run resolves thousands of files in a few folders: each folder is resolved once (per
    working directory), and the file itself costs one ``lstat`` unless it is a symlink.
    """
    name = path.name
    if name in ("", ".", ".."):  # also the root and ".", the paths that are their own parent
        return _resolve_fully(path)
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return _resolve_fully(path)
    except (OSError, ValueError):
        # Missing (``gone/../link`` still resolves through ``link``), a loop, a bad name: the
        # rare paths take the full walk.
        return _resolve_fully(path)
    return _folder(path.parent) / name


def _folder(folder: Path) -> Path:
    """:func:`_resolved_folder` of a folder as the working directory sees it: keyed by the
    working directory only when the folder is relative to it (no system call otherwise)."""
    return _resolved_folder("" if folder.is_absolute() else os.getcwd(), folder)


@functools.lru_cache(maxsize=256)
def _resolved_folder(cwd: str, folder: Path) -> Path:
    """A folder resolved once per run (:func:`forget_folders` starts a run afresh)."""
    return _resolve_fully(Path(cwd, folder))


def forget_folders() -> None:
    """Resolve folders afresh: a long-lived process (pytest, a test suite) may have changed them."""
    _resolved_folder.cache_clear()


def _resolve_fully(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return Path(os.path.abspath(path))


def _resolved_root(root: Path) -> Path:
    """:func:`resolve` for the repository root, which every file of a run asks for again."""
    return _folder(root)


def relative(path: Path, root: Path, *, resolved: bool = False) -> str:
    """POSIX path relative to the root (absolute when outside it); ``resolved`` when ``path``
    already is (:func:`resolve`), which saves resolving it again."""
    if not resolved:
        path = resolve(path)
    base = _resolved_root(root)
    if os.sep == "/":  # (a run asks for thousands: compared as strings, as PurePosixPath does)
        text, prefix = str(path), str(base)
        if text.startswith(prefix):
            rest = text[len(prefix):]
            if prefix.endswith("/"):  # the file system's root
                return rest or "."
            if rest.startswith("/"):
                return rest[1:]
            if not rest:
                return "."
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def make_finding(check: Check, issue: Issue) -> Finding:
    """Turn a check's Issue into a Finding with the check's code, name and severity."""
    loc = issue.location
    severity = issue.severity or check.severity
    return Finding(
        code=check.code, name=check.name, severity=severity.value, status="new", file=loc.file,
        line=loc.line, column=loc.column, end_line=loc.end_line, end_column=loc.end_column,
        offset=loc.offset, length=loc.length, match=loc.match, message=issue.message,
        suggestions=[SuggestionModel(replacement=s.replacement, reason=s.reason) for s in issue.suggestions],
        data=issue.data, claim=issue.claim,
        related=[RelatedLocation(file=r.file, line=r.line, column=r.column, end_line=r.end_line,
                                 end_column=r.end_column, offset=r.offset, length=r.length,
                                 match=r.match, message=r.message) for r in issue.related],
    )


def _file_location(file: str, text: str | None, line: int, column: int, length: int = 0) -> Location:
    index = LineIndex(text or "")
    starts = index.line_starts
    offset = (starts[line - 1] if line - 1 < len(starts) else len(text or "")) + column - 1
    offset = min(offset, len(text or ""))
    match = (text or "")[offset:offset + length]
    end_line, end_column = index.position(offset + len(match))
    return Location(file, line, column, end_line, end_column, offset, len(match), match)


def problem_finding(problem: Problem, file: str, text: str | None) -> Finding:
    """A Finding for a loading problem (KL001-KL004, KL006 are located by the loader)."""
    data = dict(problem.data)
    if problem.hint:
        data.setdefault("hint", problem.hint)
    location = _file_location(file, text, problem.line, problem.column)
    return make_finding(get(problem.code), Issue(problem.message, location, data=data))


# --- acknowledgements ------------------------------------------------------------------------


def _ack_matches(ctx: Context, index: int, finding: Finding) -> bool:
    assert ctx.claim_file is not None
    ack = ctx.claim_file.acknowledged[index]
    if ack.line is not None and ack.line != finding.line:
        return False
    if ack.claim is not None and ack.claim != finding.claim:
        return False
    return normalised_text(ack.match) in normalised_text(finding.match)


def run_check(check: Check, ctx: Context, *, stale: bool = True) -> list[Finding]:
    """Run one check and apply the acknowledgements of its code.

    Acknowledgements of this code that match no finding become KL005 findings here, so a run of
    any subset of checks judges exactly the acknowledgements it could have used. ``stale=False``
    (KL005 ignored by the configuration) leaves them unreported.
    """
    assert check.run is not None
    acks = ctx.claim_file.acknowledged if ctx.claim_file else []
    mine = [i for i, ack in enumerate(acks) if ack.code == check.code]
    used: set[int] = set()
    findings = []
    for issue in check.run(ctx):
        finding = make_finding(check, issue)
        for index in mine:
            if _ack_matches(ctx, index, finding):
                used.add(index)
                ack_line = ctx.claim_location(("acknowledged", index)).line
                finding.status = "acknowledged"
                finding.acknowledgement = AcknowledgementInfo(reason=acks[index].reason, line=ack_line)
                break
        findings.append(finding)
    for index in mine:
        if stale and index not in used:
            findings.append(make_finding(get("KL005"), stale_issue(ctx, index, acks[index], "no-match")))
    return findings


# --- loading ---------------------------------------------------------------------------------


@dataclass
class Target:
    """One thing to check: a claims file with its article, or a bare article."""

    path: Path
    config: Config
    context: Context | None = None
    findings: list[Finding] = field(default_factory=list)
    files: list[FileEntry] = field(default_factory=list)

    @property
    def checked(self) -> bool:
        """False when the input could not be checked at all."""
        return self.context is not None

    @functools.cached_property
    def file(self) -> str:
        """The target's report path."""
        return relative(self.path, self.config.root)

    @property
    def paths(self) -> list[str]:
        """Report paths of the files this target covers: the claims file and its article."""
        return [entry.path for entry in self.files] or [self.file]


def _schema_findings(error: ValidationError, data: object, file: str, text: str,
                     languages: Sequence[str]) -> list[Finding]:
    check = get("KL003")
    findings = []
    index = LineIndex(text)
    for problem in explain(error, data, languages):
        if problem.at == "key":
            span = locate_key(text, problem.path)
        else:
            span = locate(text, problem.path[:-1] if problem.at == "parent" else problem.path)
        location = text_location(file, text, index, span.start, span.end)
        findings.append(make_finding(check, Issue(problem.message, location, data=problem.data)))
    return findings


def _read(path: Path, file: str, config: Config) -> tuple[str | None, list[Finding]]:
    raw = read_bytes(path, config.max_bytes)
    if isinstance(raw, Problem):
        return None, [problem_finding(raw, file, None)]
    decoded = decode(raw, config.max_bytes)
    if isinstance(decoded, Problem):
        return None, [problem_finding(decoded, file, None)]
    return decoded, []


def _yaml_finding(error: YamlError, file: str, text: str) -> Finding:
    """KL002 (KL003 for a duplicate key) where the YAML loader stopped."""
    code = "KL003" if error.kind == "duplicate-key" else "KL002"
    at = (LineIndex(text).position(min(error.index, len(text))) if error.index is not None
          else (error.line + 1, error.column + 1))
    problem = Problem(code, error.problem, *at, data={**error.data, "reason": error.kind}, hint=error.hint)
    return problem_finding(problem, file, text)


def load_claims_target(path: Path, config: Config, lang: str | None = None) -> Target:
    """Load a claims file and its article into a Target (with findings when it cannot be)."""
    target = Target(path, config)
    file = target.file
    target.files.append(FileEntry(path=file, kind="claims", checked=False))
    text, problems = _read(path, file, config)
    if text is None:
        target.findings += problems
        return target
    try:
        data = load_yaml(text)
    except YamlError as error:
        target.findings.append(_yaml_finding(error, file, text))
        return target
    if not isinstance(data, dict):
        what = "empty" if data is None else f"a {type(data).__name__}, not a mapping"
        problem = Problem("KL003", f"the claims file is {what}", 1, 1,
                          data={"path": "$", "type": "empty" if data is None else "not-a-mapping"},
                          hint="start from 'article: ../seeds/<slug>.txt' and 'claims:' (or run klaim draft)")
        target.findings.append(problem_finding(problem, file, text))
        return target
    try:
        claim_file = ClaimFile.model_validate(data)
    except ValidationError as error:
        target.findings += _schema_findings(error, data, file, text, config.languages)
        return target
    article_path = (path.parent / claim_file.article)
    resolved = resolve(article_path)
    article_file = relative(resolved, config.root, resolved=True)
    reason = _article_problem(claim_file.article, article_path, resolved, config.root)
    if reason:
        span = locate(text, ["article"])
        location = text_location(file, text, LineIndex(text), span.start, span.end)
        data = {"reason": reason[0], "article": claim_file.article, "hint": reason[2]}
        target.findings.append(make_finding(get("KL004"), Issue(reason[1], location, data=data)))
        return target
    article_text, problems = _read(resolved, article_file, config)
    if article_text is None:
        target.findings += problems
        return target
    article = load_article(article_text, article_file, lang=claim_file.lang or lang or config.lang,
                           languages=config.languages)
    target.context = Context(article, Analysis(article), claim_file, file, text)
    target.files[0] = FileEntry(path=file, kind="claims", article=article_file, lang=article.lang, checked=True)
    target.files.append(FileEntry(path=article_file, kind="article", lang=article.lang, checked=True))
    return target


def _article_problem(written: str, path: Path, resolved: Path, root: Path) -> tuple[str, str, str] | None:
    """Why the article a claims file names cannot be read: (reason, message, hint), or None."""
    if not resolved.is_relative_to(_resolved_root(root)):
        return ("outside-root", f"article {written!r} resolves outside the repository root",
                "keep articles inside the repository, e.g. in seeds/, and do not link out of it")
    try:
        mode = os.stat(resolved).st_mode  # ``resolved`` follows every link but a looping one
    except FileNotFoundError:
        return ("not-found", f"article {written!r} does not exist",
                "give the path relative to this claims file, e.g. ../seeds/<slug>.txt")
    except (OSError, RuntimeError, ValueError) as error:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return ("unresolvable", f"article {written!r} cannot be resolved: {detail}",
                "give the path of a file, relative to this claims file, without symlink loops")
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        return ("not-a-file", f"article {written!r} is {kind}",
                "give the path of the article file, e.g. ../seeds/<slug>.txt")
    return None


def claims_article(path: Path, config: Config) -> tuple[Path, str | None] | list[Finding]:
    """The article a claims file names (resolved) and the file's ``lang``, read from its
    ``article:`` and ``lang:`` alone, so that a claim that fails validation does not hide the
    article (``klaim dates`` on a claims file); the located KL001-KL004 findings when the file
    cannot be read or names no usable article."""
    file = relative(path, config.root)
    text, problems = _read(path, file, config)
    if text is None:
        return problems
    try:
        data = load_yaml(text)
    except YamlError as error:
        return [_yaml_finding(error, file, text)]
    written = data.get("article") if isinstance(data, dict) else None
    if not isinstance(written, str) or not written:
        problem = Problem("KL003", "the claims file names no article", 1, 1,
                          data={"path": "$.article", "type": "missing"},
                          hint="start it with 'article: ../seeds/<slug>.txt'")
        return [problem_finding(problem, file, text)]
    article_path = path.parent / written
    resolved = resolve(article_path)
    reason = _article_problem(written, article_path, resolved, config.root)
    if reason:
        span = locate(text, ["article"])
        location = text_location(file, text, LineIndex(text), span.start, span.end)
        data = {"reason": reason[0], "article": written, "hint": reason[2]}
        return [make_finding(get("KL004"), Issue(reason[1], location, data=data))]
    assert isinstance(data, dict)
    lang = data.get("lang")
    return resolved, lang if isinstance(lang, str) and re.fullmatch(LANG, lang) else None


def load_article_target(path: Path, config: Config, lang: str | None = None) -> Target:
    """Load a bare article (no claims file): only the article checks have anything to see."""
    target = Target(path, config)
    file = target.file
    text, problems = _read(path, file, config)
    if text is None:
        target.files.append(FileEntry(path=file, kind="article", checked=False))
        target.findings += problems
        return target
    article: Article = load_article(text, file, lang=lang or config.lang, languages=config.languages)
    target.context = Context(article, Analysis(article))
    target.files.append(FileEntry(path=file, kind="article", lang=article.lang, checked=True))
    return target


def load_target(path: Path, config: Config, lang: str | None = None) -> Target:
    """A claims file (``*.claims.yaml``, ``*.yaml``) or a bare article."""
    if path.name.endswith((".yaml", ".yml")):
        return load_claims_target(path, config, lang)
    return load_article_target(path, config, lang)


ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")


_TOOLING_FOLDERS = frozenset({"node_modules", "site-packages", "venv", "__pycache__", "build", "dist"})
_NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing", "requirements",
                           "code_of_conduct", "security", "notice", "authors"})


def _tooling(relative: Path) -> bool:
    """Whether a text file under a folder is no article: in a hidden or tooling folder
    (``.venv``, ``node_modules``), or a project's own README, LICENSE or requirements."""
    *folders, name = relative.parts
    if any(part.startswith(".") or part in _TOOLING_FOLDERS for part in folders):
        return True
    stem = name.rsplit(".", 1)[0].casefold()
    return name.startswith(".") or stem.split("-")[0] in _NOT_ARTICLES


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders to the claims files in them (sorted), or, in a folder that holds none,
    to its articles (``.txt``, ``.md``: a folder of bare articles; not those in hidden or
    tooling folders, nor a README, LICENSE or requirements file); files are taken as given."""
    for path in paths:
        if path.is_dir():
            claims = sorted(p for p in path.rglob(f"*{CLAIMS_SUFFIX}") if p.is_file())
            if not claims:
                claims = sorted(p for p in path.rglob("*") if p.name.lower().endswith(ARTICLE_SUFFIXES)
                                and not _tooling(p.relative_to(path)) and p.is_file())
            yield from claims
        else:
            yield path


def report_inputs(report: Report, config: Config) -> Iterator[Path]:
    """Every file a finished run read or named, so that no command writes its report over one:
    the configuration, every file in ``report.files`` (claims files and articles), and the
    articles named by claims files that could not be loaded (a claims file that fails
    validation still names its article). Only those claims files are read again.
    """
    if config.source is not None:
        yield config.source
    for entry in report.files:
        path = config.root / entry.path
        yield path
        if entry.kind != "claims" or entry.article is not None:
            continue
        raw = read_bytes(path, config.max_bytes)
        text = decode(raw, config.max_bytes) if isinstance(raw, bytes) else None
        if not isinstance(text, str):
            continue
        named = _named_articles(text)
        if named is None:
            try:
                data = load_yaml(text)
            except YamlError:
                continue
            named = ([data["article"]] if isinstance(data, dict) and isinstance(data.get("article"), str)
                     else [])
        yield from (path.parent / article for article in named)


# A top-level `article:` line whose value is a plain or quoted path on that line alone.
_ARTICLE_LINE = re.compile(
    r"""^article[ \t]*:[ \t]+(?:'(?P<single>[^'\r\n]+)'|"(?P<double>[^"\\\r\n]+)"|"""
    r"""(?P<plain>[^\s'"#&*!|>%@`{}\[\],][^\r\n]*?))[ \t]*(?:[ \t]#[^\r\n]*)?(?:\r\n|\r|\n|\Z)""",
    re.MULTILINE,
)
_INDENTED_NEXT = re.compile(r"[\r\n]*[ \t]")


def _named_articles(text: str) -> list[str] | None:
    """The articles a claims file names, read without parsing the YAML; None when unsure.

    Only a plain or quoted value on a column-0 ``article:`` line followed by a line that is not
    a continuation (indented) is read this way; anything else falls back to the YAML loader.
    Naming more files than the YAML would is harmless here (the list only guards against
    writing a report over an input), naming fewer is not, hence the conservative fallback.
    """
    found = []
    for match in _ARTICLE_LINE.finditer(text):
        if _INDENTED_NEXT.match(text, match.end()):
            return None  # an indented line, even after empty ones, may continue a plain scalar
        found.append(match.group("single") or match.group("double") or match.group("plain"))
    return found or None


def ignored_codes(config: Config, *files: str) -> list[str]:
    """Codes ignored by ``per-file-ignores`` for any of ``files`` (a claims file and its article).

    A pattern is a glob matched against the report path (relative to the root) and, as in ruff,
    against the file name alone: ``"seeds/wire-*.txt"`` or ``"*.md"``.
    """
    return [code for pattern, codes in config.per_file_ignores.items()
            if any(fnmatch.fnmatchcase(file, pattern) or fnmatch.fnmatchcase(file.rsplit("/", 1)[-1], pattern)
                   for file in files)
            for code in codes]


def selected_checks(config: Config, *files: str) -> list[Check]:
    """The checks to run on a claims file and its article under the configuration."""
    return list(runnable(config.select, [*config.ignore, *ignored_codes(config, *files)]))


def reports_stale(config: Config, *files: str) -> bool:
    """Whether unmatched acknowledgements become KL005 findings: unless KL005 is ignored.

    Only ``ignore``/``per-file-ignores`` turn it off: a ``select`` that leaves KL005 out still
    judges the acknowledgements of the checks it runs.
    """
    ignored = [*config.ignore, *ignored_codes(config, *files)]
    return not any("KL005".startswith(prefix) for prefix in ignored)


def check_target(target: Target, checks: Sequence[Check] | None = None) -> list[Finding]:
    """Every finding for one target: loading findings, then each check's findings."""
    findings = list(target.findings)
    if target.context is not None:
        chosen = checks if checks is not None else selected_checks(target.config, *target.paths)
        stale = reports_stale(target.config, *target.paths)
        for found in chosen:
            findings += run_check(found, target.context, stale=stale)
    return findings


def sort_key(finding: Finding) -> tuple[str, int, int, str, int]:
    """The one order of findings everywhere: file, line, column, code."""
    return finding.file, finding.line, finding.column, finding.code, finding.offset


def build_report(files: Sequence[FileEntry], findings: Iterable[Finding]) -> Report:
    """Assemble the report: findings sorted, counts per code."""
    ordered = sorted(findings, key=sort_key)
    counts: dict[str, int] = {}
    for finding in ordered:
        counts[finding.code] = counts.get(finding.code, 0) + 1
    unique_files: dict[tuple[str, str], FileEntry] = {}
    for entry in files:
        unique_files.setdefault((entry.path, entry.kind), entry)
    return Report(version=1, tool=ToolInfo(name="klaim", version=__version__),
                  files=sorted(unique_files.values(), key=lambda e: (e.path, e.kind)),
                  findings=ordered, counts=dict(sorted(counts.items())))


def check_paths(paths: Sequence[Path], config: Config, lang: str | None = None,
                on_checked: Callable[[Target], None] | None = None, jobs: int = 1,
                spool: ReportSpool | None = None) -> Report:
    """Check claims files and articles; one article in memory at a time.

    ``on_checked`` sees each target after its checks ran (the review page keeps what it draws).
    ``jobs`` > 1 spreads the files over that many processes (not with ``on_checked``, whose
    targets would live in other processes); the report is the same, in the same order. With a
    ``spool``, file entries and findings go to it as each file is done, and the report reads
    them back from it (memory flat in the number of files); else the report is built in memory.
    """
    forget_folders()
    found = list(discover(paths))
    collected: list[tuple[list[FileEntry], list[Finding]]] = []
    add = spool.add if spool is not None else (lambda files, findings: collected.append((files, findings)))
    with few_collections():
        if jobs > 1 and on_checked is None and len(found) > 1:
            for entries, findings in _check_parallel(found, config, lang, jobs):
                add(entries, findings)
        else:
            for path in found:
                target = load_target(path, config, lang)
                add(target.files, check_target(target))
                if on_checked is not None:
                    on_checked(target)
                del target  # gone before the next file is read: one article at a time
    if spool is not None:
        return spool.report()
    return build_report([e for entries, _ in collected for e in entries],
                        [f for _, findings in collected for f in findings])


@contextlib.contextmanager
def few_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while checking many files.

    Checking allocates many short-lived objects and (by design) no reference cycles, so the
    collector's frequent young-generation passes find nothing to free yet cost a sixth of the
    run on a big archive. Reference counting still frees everything at once; the collector
    still runs, every 10,000 allocations instead of 700. The previous setting is restored.
    """
    previous = gc.get_threshold()
    _fewer_collections()
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _fewer_collections() -> None:
    first, *rest = gc.get_threshold()
    gc.set_threshold(max(first, 10_000), *rest)


def _check_one(path: Path, config: Config, lang: str | None) -> tuple[list[FileEntry], list[Finding]]:
    """One file's entries and findings (a worker process's unit of work)."""
    target = load_target(path, config, lang)
    return target.files, check_target(target)


def _worker_start() -> None:
    """A worker process lives for one run: it keeps :func:`few_collections`' setting."""
    _fewer_collections()


def _check_parallel(paths: list[Path], config: Config, lang: str | None,
                    jobs: int) -> Iterator[tuple[list[FileEntry], list[Finding]]]:
    # Results come back in input order and the report sorts stably, so the report is
    # byte-for-byte the serial one. Chunks amortise the inter-process round trips; each worker
    # still holds one article at a time and loads each language's data once.
    from concurrent.futures import ProcessPoolExecutor
    from itertools import repeat

    workers = max(1, min(jobs, len(paths)))
    chunk = max(1, min(32, len(paths) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start) as pool:
        yield from pool.map(_check_one, paths, repeat(config), repeat(lang), chunksize=chunk)


def fails(finding: Finding, fail_level: str) -> bool:
    """Whether a finding reaches the fail level (acknowledged findings never fail)."""
    return finding.status == "new" and Severity(finding.severity).rank >= Severity(fail_level).rank


def exit_code(report: Report, fail_level: str) -> int:
    """0 nothing new at the fail level; 1 something is; 2 some input could not be checked."""
    if any(not entry.checked for entry in report.files):
        return 2
    return 1 if any(fails(f, fail_level) for f in report.findings) else 0
