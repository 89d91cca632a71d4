"""The check registry: every code klaim can report, with its name, severity and documentation.

A check is a function ``run(ctx) -> Iterable[Issue]`` in its own module under
``klaim.checks``, registered with :func:`check`. Input codes (KL001-KL004), which the loaders
emit before any check can run, are registered with :func:`input_code` so that ``klaim codes``,
``klaim explain``, SARIF rules and the meta-test see them too. The module docstring is the
check's documentation.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from klaim.context import Context


class Severity(StrEnum):
    """How bad a finding is. Ordered: ``error`` > ``warning`` > ``info``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """A number that orders severities: higher is worse."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding (or a related mention) stands: a span in an article or claims file.

    ``file`` is the POSIX path relative to the repository root. Lines and columns are 1-based
    (columns count code points); ``offset``/``length`` are 0-based code points of the decoded
    text. ``match`` is the original text of the span, untouched.
    """

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    length: int
    match: str
    message: str | None = None

    def with_message(self, message: str) -> Location:
        """The same location, labelled (used for related locations)."""
        return Location(self.file, self.line, self.column, self.end_line, self.end_column,
                        self.offset, self.length, self.match, message)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One candidate fix, ranked by the check: what to write instead and why."""

    replacement: str
    reason: str


@dataclass(slots=True)
class Issue:
    """What a check yields: the engine turns it into a Finding with the check's code and name.

    ``severity`` overrides the check's default (e.g. a weekday conflict explained by a time zone
    is a warning). ``data`` holds structured facts for tests and machines; keep it JSON-safe.
    """

    message: str
    location: Location
    data: dict[str, Any] = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)
    related: list[Location] = field(default_factory=list)
    claim: str | None = None
    severity: Severity | None = None


CheckFunction = Callable[["Context"], Iterable[Issue]]


@dataclass(frozen=True, slots=True)
class Check:
    """A registered code."""

    code: str
    name: str
    severity: Severity
    module: str
    run: CheckFunction | None
    """None for input codes, which the loaders emit before checks run."""
    docstring: str = ""
    """The module's docstring, kept when the code registers: a host that restores ``sys.modules``
    after a nested run (pytest's ``pytester``) may drop the module later."""

    @property
    def doc(self) -> str:
        """The check's documentation: its module docstring."""
        return inspect.cleandoc(self.docstring)

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.splitlines()[0] if self.doc else ""


_REGISTRY: dict[str, Check] = {}


def _register(code: str, name: str, severity: str, module: str, run: CheckFunction | None) -> None:
    if code in _REGISTRY and _REGISTRY[code].module != module:
        raise RuntimeError(f"{code} is registered twice ({_REGISTRY[code].module}, {module})")
    source = sys.modules.get(module)  # (registering as it imports: the module is there)
    docstring = (source.__doc__ if source is not None else None) or ""
    _REGISTRY[code] = Check(code, name, Severity(severity), module, run, docstring)


def check(code: str, name: str, severity: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under ``code`` (``KLxxx``) and kebab-case ``name``."""

    def decorate(function: CheckFunction) -> CheckFunction:
        _register(code, name, severity, function.__module__, function)
        return function

    return decorate


def input_code(code: str, name: str, severity: str, module: str) -> None:
    """Register a code that the loaders emit (it has documentation but no run function)."""
    _register(code, name, severity, module, None)


_LOADED: list[bool] = []


def _load() -> None:
    if _LOADED:
        return
    _LOADED.append(True)
    from klaim.checks import MODULES

    for module in MODULES:
        importlib.import_module(f"klaim.checks.{module}")


def all_checks() -> list[Check]:
    """Every registered code, sorted by code."""
    _load()
    return [_REGISTRY[code] for code in sorted(_REGISTRY)]


def get(code: str) -> Check:
    """The check registered under ``code``; KeyError when there is none."""
    _load()
    return _REGISTRY[code.upper()]


def runnable(select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> Iterator[Check]:
    """Checks with a run function, filtered by code prefixes (``KL1`` selects KL101-KL199)."""
    selected = tuple(select) if select is not None else ("KL",)
    ignored = tuple(ignore)
    for found in all_checks():
        if found.run is None:
            continue
        if found.code.startswith(selected) and not found.code.startswith(ignored or ("\0",)):
            yield found
