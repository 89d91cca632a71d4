"""The text report: a table of findings and the counts per check under it."""

from __future__ import annotations

from tabulate import tabulate

from klaim.models import Finding, Report
from klaim.registry import get

HEADERS = ["file", "line:col", "code", "check", "severity", "status", "message"]
# Long slugs and messages wrap inside their cells, so the table fits a CI log (about 150 columns).
WIDTHS = [34, None, None, 30, None, None, 52]


def rows(findings: list[Finding]) -> list[list[str]]:
    """One table row per finding."""
    out = []
    for f in findings:
        message = f.message
        hint = f.data.get("hint")
        if isinstance(hint, str) and hint:
            message += f" (fix: {hint})"
        if f.status == "acknowledged" and f.acknowledgement:
            message += f" [ack: {f.acknowledgement.reason}]"
        out.append([f.file, f"{f.line}:{f.column}", f.code, f.name, f.severity, f.status, message])
    return out


def counts_table(report: Report) -> str:
    """Counts per check: new and acknowledged."""
    table = []
    for code in report.counts:
        new = sum(1 for f in report.findings if f.code == code and f.status == "new")
        acknowledged = report.counts[code] - new
        table.append([code, get(code).name, new, acknowledged])
    return tabulate(table, headers=["code", "check", "new", "acknowledged"], tablefmt="simple")


def files_line(report: Report) -> str:
    """What was read: claims files and articles checked, and inputs that could not be."""
    claims = sum(1 for f in report.files if f.checked and f.kind == "claims")
    articles = sum(1 for f in report.files if f.checked and f.kind == "article")
    unchecked = sum(1 for f in report.files if not f.checked)
    line = f"{claims} claims file(s) and {articles} article(s) checked"
    return line + (f"; {unchecked} file(s) could not be checked" if unchecked else "")


def render(report: Report) -> str:
    """The report as a table followed by counts per check and a one-line summary."""
    if not report.findings:
        return f"klaim: no findings; {files_line(report)}.\n"
    table = tabulate(rows(report.findings), headers=HEADERS, tablefmt="simple",
                     maxcolwidths=WIDTHS)
    new = sum(1 for f in report.findings if f.status == "new")
    summary = (f"{len(report.findings)} finding(s): {new} new, "
               f"{len(report.findings) - new} acknowledged; {files_line(report)}.")
    return f"{table}\n\n{counts_table(report)}\n\n{summary}\n"
