"""A pull-request comment in GitHub-flavoured Markdown: counts per check, then every finding.

Article text and messages are escaped so they render as text: Markdown and HTML punctuation is
backslash-escaped, ``|`` cannot break a table row, line breaks become ``<br>``, and ``@`` gets
a zero-width space after it, so quoting a handle never notifies a GitHub user. A hidden
``<!-- klaim-report -->`` marker lets a bot find and update its own comment. GitHub refuses
comments over 65,536 characters: past a budget the table stops and says how many are left out.
"""

from __future__ import annotations

import re

from klaim.models import Finding, Report
from klaim.registry import get
from klaim.reporters.common import full_message

MARKER = "<!-- klaim-report -->"
MAX_CHARS = 60_000
ICONS = {"error": "\u2716", "warning": "\u26a0\ufe0f", "info": "\u2139\ufe0f"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#!])")
_BREAK = re.compile(r"\r\n|\r|\n")
_BACKTICKS = re.compile(r"`+")


def text_cell(text: str) -> str:
    """Plain text made safe for one table cell."""
    escaped = _SPECIAL.sub(r"\\\1", text.replace("\0", "\ufffd")).replace("@", "@&#8203;")
    return _BREAK.sub("<br>", escaped)


def code_cell(text: str) -> str:
    """Text as a code span inside a table cell (verbatim, whatever backticks it holds)."""
    if not text:
        return ""
    flat = _BREAK.sub(" ", text.replace("\0", "\ufffd"))
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(flat)), default=0) + 1)
    pad = " " if flat[0] in " `" or flat[-1] in " `" else ""
    # GFM splits table cells on `|` even inside code spans; `\|` is its escape there too.
    return f"{fence}{pad}{flat}{pad}{fence}".replace("|", "\\|")


def _row(finding: Finding) -> str:
    status = " (acknowledged)" if finding.status == "acknowledged" else ""
    message = text_cell(full_message(finding))
    if finding.suggestions:
        message += "<br>Suggestion: " + code_cell(finding.suggestions[0].replacement)
    if finding.acknowledgement is not None:
        message += "<br>Acknowledged: " + text_cell(finding.acknowledgement.reason)
    cells = [f"{ICONS[finding.severity]} {finding.severity}{status}",
             code_cell(f"{finding.file}:{finding.line}:{finding.column}"),
             f"{finding.code} {finding.name}", code_cell(finding.match), message]
    return "| " + " | ".join(cells) + " |"


def counts_table(report: Report) -> list[str]:
    """Counts per check: new and acknowledged findings."""
    lines = ["| code | check | new | acknowledged |", "| --- | --- | ---: | ---: |"]
    for code, total in report.counts.items():
        new = sum(1 for f in report.findings if f.code == code and f.status == "new")
        lines.append(f"| {code} | {get(code).name} | {new} | {total - new} |")
    return lines


def render(report: Report) -> str:
    """The comment: a summary line, the counts per check, then one table row per finding."""
    checked = sum(1 for entry in report.files if entry.checked)
    unchecked = len(report.files) - checked
    new = sum(1 for f in report.findings if f.status == "new")
    summary = (f"{len(report.findings)} finding(s): {new} new, {len(report.findings) - new} "
               f"acknowledged, in {checked} checked file(s)")
    if unchecked:
        summary += f"; {unchecked} file(s) could not be checked"
    lines = [MARKER, "### klaim", "", summary + "."]
    if not report.findings:
        return "\n".join(lines) + "\n"
    lines += ["", *counts_table(report), "",
              "| severity | location | check | text | message |", "| --- | --- | --- | --- | --- |"]
    size = sum(len(line) + 1 for line in lines)
    for shown, finding in enumerate(report.findings):
        row = _row(finding)
        if size + len(row) + 1 > MAX_CHARS:
            left = len(report.findings) - shown
            lines += ["", f"{left} more finding(s) not shown: see the JSON or SARIF report."]
            break
        lines.append(row)
        size += len(row) + 1
    return "\n".join(lines) + "\n"
