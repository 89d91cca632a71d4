"""The pytest plugin: claims files become test items, one per check.

``pytest`` collects ``*.claims.yaml`` under ``[tool.klaim] paths`` (or named on the command
line), never test data elsewhere. Each claims file gives one item per selected check
(``path::KL101``), so ``-k KL101`` works; acknowledgements are applied inside each item. A
claims file that cannot be loaded is one failing item named by its input code. Findings travel
with the test reports (``user_properties``), so the report table in the terminal summary is the
same under ``pytest -n auto``.

On big archives, ``--klaim-items=per-file`` (or ``[tool.klaim] pytest-items = "per-file"``)
makes one item per claims file (``path::klaim``) that runs every selected check: the per-item
overhead is paid once per file, and the file is loaded when its item runs rather than at
collection, so each pytest-xdist worker loads only the files it checks.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from klaim.config import PYTEST_ITEMS, Config, ConfigError, find_root, load_config
from klaim.engine import (
    CLAIMS_SUFFIX,
    Target,
    build_report,
    check_target,
    fails,
    few_collections,
    forget_folders,
    load_claims_target,
    relative,
    reports_stale,
    run_check,
    selected_checks,
)
from klaim.models import Finding
from klaim.registry import Check

PROPERTY = "klaim_findings"


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--klaim-fail-level`` overrides ``[tool.klaim] fail-level`` for the items."""
    group = parser.getgroup("klaim")
    group.addoption("--klaim-fail-level", choices=("error", "warning", "info"), default=None,
                    help="severity at which a klaim finding fails its item")
    group.addoption("--klaim-items", choices=PYTEST_ITEMS, default=None,
                    help="one item per check of each claims file (per-check, the default) or one "
                         "item per claims file running every check (per-file: less overhead on big archives)")


def pytest_configure(config: pytest.Config) -> None:
    """Register this session's report collector (one per config: pytester runs nest).

    A pytest-xdist worker has none: its reports reach the controller, which prints the table;
    reading them in the worker too would parse every finding twice and render a table no one sees.
    """
    forget_folders()  # a session resolves its folders afresh
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(ReportCollector(), "klaim-report-collector")


_ROOTS = pytest.StashKey[dict[Path, Path]]()
_SETTINGS = pytest.StashKey[dict[Path, Config]]()
_FOLDERS = pytest.StashKey[dict[Path, list[Path]]]()
_NAMED = pytest.StashKey[set[Path]]()
_EFFECTIVE = pytest.StashKey[dict[Path, Config]]()


def _shared_config(config: pytest.Config, path: Path) -> Config:
    """``[tool.klaim]`` for a file, read once per folder and root in this session (not to be changed)."""
    roots = config.stash.setdefault(_ROOTS, {})
    folder = path.parent
    if folder not in roots:
        roots[folder] = find_root(path)
    settings = config.stash.setdefault(_SETTINGS, {})
    root = roots[folder]
    if root not in settings:
        settings[root] = load_config(root)
    return settings[root]


def _klaim_config(config: pytest.Config, path: Path) -> Config:
    """The file's ``[tool.klaim]`` with the command line's options, made once per root."""
    shared = _shared_config(config, path)
    made = config.stash.setdefault(_EFFECTIVE, {})
    if shared.root not in made:
        settings = dataclasses.replace(shared)
        option = config.getoption("--klaim-fail-level", None)
        if option:
            settings.fail_level = option
        items = config.getoption("--klaim-items", None)
        if items:
            settings.pytest_items = items
        made[shared.root] = settings
    return made[shared.root]


def _named_on_command_line(config: pytest.Config, resolved: Path) -> bool:
    named = config.stash.get(_NAMED, None)
    if named is None:
        named = set()
        for arg in config.args:
            candidate = Path(arg.split("::")[0])
            if not candidate.is_absolute():
                candidate = Path(config.invocation_params.dir) / candidate
            named.add(candidate.resolve())
        config.stash[_NAMED] = named
    return resolved in named


def _under_configured_paths(config: pytest.Config, file_path: Path, resolved: Path) -> bool:
    """Whether the file is under its root's ``paths`` (resolved once per root and session)."""
    try:
        settings = _shared_config(config, file_path)
    except ConfigError:
        return False
    folders = config.stash.setdefault(_FOLDERS, {})
    if settings.root not in folders:
        folders[settings.root] = [(settings.root / p).resolve() for p in settings.paths]
    return any(resolved.is_relative_to(folder) for folder in folders[settings.root])


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect claims files under the configured paths, or named explicitly."""
    if not file_path.name.endswith(CLAIMS_SUFFIX):
        return None
    resolved = file_path.resolve()
    if not (_named_on_command_line(parent.config, resolved)
            or _under_configured_paths(parent.config, file_path, resolved)):
        return None
    return ClaimsFile.from_parent(parent, path=file_path)


class ClaimsFile(pytest.File):
    """A claims file: loads once, yields one item per check."""

    target: Target | None = None

    def collect(self) -> Iterator[pytest.Item]:
        """One item per selected check, or one failing item when the file cannot be loaded."""
        try:
            settings = _klaim_config(self.config, self.path)
        except ConfigError as error:
            raise self.CollectError(str(error)) from None
        if settings.pytest_items == "per-file":
            yield KlaimFileItem.from_parent(self, name="klaim", check=None, settings=settings)
            return
        self.target = load_claims_target(self.path, settings)
        if not self.target.checked:
            code = self.target.findings[0].code if self.target.findings else "KL001"
            yield KlaimItem.from_parent(self, name=code, check=None)
            return
        for found in selected_checks(settings, *self.target.paths):
            yield KlaimItem.from_parent(self, name=found.code, check=found)


class KlaimFailure(Exception):
    """Findings that reach the fail level."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(f"{len(findings)} finding(s)")
        self.findings = findings


class KlaimItem(pytest.Item):
    """One check on one claims file."""

    def __init__(self, *, check: Check | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check = check

    @property
    def target(self) -> Target:
        """The parent's loaded claims file."""
        parent = self.parent
        assert isinstance(parent, ClaimsFile) and parent.target is not None
        return parent.target

    def runtest(self) -> None:
        """Run the check, apply acknowledgements, fail on new findings at the fail level."""
        target = self.target
        if self.check is None or target.context is None:
            findings = list(target.findings)
            entry = {"files": [f.model_dump(mode="json") for f in target.files]}
        else:
            findings = run_check(self.check, target.context,
                                 stale=reports_stale(target.config, *target.paths))
            entry = {"files": [f.model_dump(mode="json") for f in target.files]}
            # Findings of the loader (none when loaded) belong to the file, not to one check.
        payload = {"findings": [f.model_dump(mode="json") for f in findings], **entry}
        self.user_properties.append((PROPERTY, json.dumps(payload)))
        if self.check is None:
            raise KlaimFailure(findings)
        failing = [f for f in findings if fails(f, target.config.fail_level)]
        if failing:
            raise KlaimFailure(failing)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str | Any:
        """Each finding as ``path:line:col``, the line it is on, and a caret under the span."""
        if not isinstance(excinfo.value, KlaimFailure):
            return super().repr_failure(excinfo)
        return "\n\n".join(_render_finding(self.target, f) for f in excinfo.value.findings)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Point at the claims file."""
        return self.path, None, f"{self.target.file}::{self.name}"


class KlaimFileItem(KlaimItem):
    """Every selected check on one claims file, loaded when the item runs (per-file items)."""

    def __init__(self, *, settings: Config, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.settings = settings
        self.loaded: Target | None = None

    @property
    def target(self) -> Target:
        """The claims file, loaded on first use and dropped at teardown."""
        if self.loaded is None:
            self.loaded = load_claims_target(self.path, self.settings)
        return self.loaded

    def runtest(self) -> None:
        """Run every selected check (acknowledgements applied), fail on new findings at the fail level."""
        with few_collections():  # as in klaim check: the checks make no reference cycles
            target = self.target
            findings = check_target(target)
        payload = {"findings": [f.model_dump(mode="json") for f in findings],
                   "files": [f.model_dump(mode="json") for f in target.files]}
        self.user_properties.append((PROPERTY, json.dumps(payload)))
        failing = findings if not target.checked else [f for f in findings if fails(f, self.settings.fail_level)]
        if failing:
            raise KlaimFailure(failing)

    def teardown(self) -> None:
        """Keep one article in memory at a time: the failure report has been rendered by now."""
        self.loaded = None

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Point at the claims file."""
        return self.path, None, f"{relative(self.path, self.settings.root)}::{self.name}"


def _source_line(target: Target, finding: Finding) -> str | None:
    ctx = target.context
    if ctx is not None and finding.file == ctx.article.path:
        return ctx.article.lines.line_text(finding.line)
    if ctx is not None and finding.file == ctx.claims_path and ctx.claims_text is not None:
        from klaim.text import LineIndex

        return LineIndex(ctx.claims_text).line_text(finding.line)
    from klaim.article import read_bytes
    from klaim.text import LineIndex

    # The same bounded, non-blocking read as the loader: a file over the size limit, or a pipe,
    # is shown without its line rather than read whole (or waited on).
    raw = read_bytes(target.path, target.config.max_bytes)
    if finding.file != target.file or not isinstance(raw, bytes):
        return None
    lines = LineIndex(raw.decode("utf-8", errors="replace").removeprefix("\ufeff"))
    return lines.line_text(finding.line) if finding.line <= len(lines.line_starts) else None


def _render_finding(target: Target, finding: Finding) -> str:
    where = f"{finding.file}:{finding.line}:{finding.column}"
    head = f"{where}: {finding.code} {finding.name} ({finding.severity}) {finding.message}"
    out = [head]
    line = _source_line(target, finding)
    if line is not None:
        same_line = finding.end_line == finding.line
        width = finding.end_column - finding.column if same_line else len(line) - finding.column + 1
        out.append(f"    {line}")
        out.append("    " + " " * (finding.column - 1) + "^" * max(1, width))
    for suggestion in finding.suggestions[:3]:
        out.append(f"    suggestion: {suggestion.replacement!r} ({suggestion.reason})")
    hint = finding.data.get("hint")
    if hint:
        out.append(f"    hint: {hint}")
    return "\n".join(out)


class ReportCollector:
    """Gathers findings from test reports for one session (under xdist, on the controller only)."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.files: dict[tuple[str, str], dict[str, Any]] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Keep the findings an item attached to its report."""
        if report.when != "call":
            return
        for name, value in report.user_properties:
            if name == PROPERTY and isinstance(value, str):
                payload = json.loads(value)
                self.findings += [Finding.model_validate(f) for f in payload["findings"]]
                for entry in payload["files"]:
                    self.files[(entry["path"], entry["kind"])] = entry

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """Print the consistency report table."""
        if not self.files:
            return
        from klaim.models import FileEntry
        from klaim.reporters.text import render

        report = build_report([FileEntry.model_validate(e) for e in self.files.values()],
                              _dedupe(self.findings))
        terminalreporter.section("klaim consistency report")
        terminalreporter.write(render(report))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out = []
    for finding in findings:
        key = finding.model_dump_json()
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out
