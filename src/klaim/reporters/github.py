"""GitHub Actions workflow commands: one annotation per finding on the pull request's lines.

``::error file=F,line=L,endLine=E,col=C,endColumn=D,title=T::message``, escaped the way the
Actions toolkit (``@actions/core``) escapes: ``%``, CR and LF in the message, and also ``:``
and ``,`` in property values, because the runner splits properties on them. Errors and
warnings keep their severity; ``info`` findings and acknowledged findings are notices, so an
accepted finding stays visible without looking like a failure. Columns are only given for
spans on one line: GitHub's annotations take columns only when a span starts and ends on the
same line.
"""

from __future__ import annotations

from klaim.models import Finding, Report
from klaim.reporters.common import full_message

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (``escapeData`` in the toolkit)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``escapeProperty`` in the toolkit)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    """The workflow command for one finding."""
    name = "notice" if finding.status == "acknowledged" else COMMANDS[finding.severity]
    properties = [("file", finding.file), ("line", str(finding.line)), ("endLine", str(finding.end_line))]
    if finding.end_line == finding.line:
        properties += [("col", str(finding.column)), ("endColumn", str(finding.end_column))]
    title = f"{finding.code} {finding.name}"
    message = full_message(finding)
    if finding.status == "acknowledged":
        title += " (acknowledged)"
        if finding.acknowledgement is not None:
            message += f" [acknowledged: {finding.acknowledgement.reason}]"
    properties.append(("title", title))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{name} {rendered}::{escape_data(message)}"


def render(report: Report) -> str:
    """One workflow command per finding, in report order (nothing when there are none)."""
    return "".join(command(finding) + "\n" for finding in report.findings)
