"""SARIF 2.1.0: the format code-scanning tools (GitHub, GitLab, Azure DevOps, IDEs) read.

One run per report. ``tool.driver.rules`` lists every registered code (sorted, so a code's
``ruleIndex`` is the same in every report), with the check's docstring as its descriptions and
help. Each finding is one result located by line and column (1-based code points,
``columnKind: unicodeCodePoints``) and by ``charOffset``/``charLength`` in the decoded text.
Paths are relative to ``%SRCROOT%``, the repository root. Acknowledged findings are results
with an accepted external suppression whose justification is the editor's reason.

``partialFingerprints["klaim/v1"]`` hashes the code, the file, the normalised match and the
claim, never line numbers, so a finding keeps its fingerprint when text elsewhere moves it;
identical findings in one file are told apart by their order (``:1``, ``:2``, ...).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any
from urllib.parse import quote

from klaim import __version__
from klaim.models import Finding, RelatedLocation, Report
from klaim.registry import all_checks
from klaim.reporters.common import doc_section, full_message
from klaim.text import normalised_text

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "klaim/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_WINDOWS_ABSOLUTE = re.compile(r"^[A-Za-z]:/")


def artifact_location(path: str, indexes: dict[str, int] | None = None) -> dict[str, Any]:
    """A SARIF artifactLocation: a percent-encoded URI relative to ``%SRCROOT%``.

    A path outside the root (reported absolute) becomes a ``file://`` URI without a base.
    """
    location: dict[str, Any]
    if path.startswith("/") or _WINDOWS_ABSOLUTE.match(path):
        location = {"uri": "file://" + ("" if path.startswith("/") else "/") + quote(path, safe="/:")}
    else:
        location = {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}
    if indexes is not None and path in indexes:
        location["index"] = indexes[path]
    return location


def fingerprint(finding: Finding) -> str:
    """Hash of code, file, normalised match and claim: stable when other text moves the finding."""
    parts = (finding.code, finding.file, normalised_text(finding.match), finding.claim or "")
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def _rule(check_code: str, name: str, severity: str, summary: str, doc: str) -> dict[str, Any]:
    return {
        "id": check_code,
        "name": name,
        "shortDescription": {"text": summary or name},
        "fullDescription": {"text": doc_section(doc, "What it does") or summary or name},
        "help": {"text": doc or summary or name, "markdown": doc or summary or name},
        "defaultConfiguration": {"level": LEVELS[severity]},
    }


def _region(span: Finding | RelatedLocation) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": span.line, "startColumn": span.column,
        "endLine": span.end_line, "endColumn": span.end_column,
        "charOffset": span.offset, "charLength": span.length,
    }
    if span.match:
        region["snippet"] = {"text": span.match}
    return region


def _claims_file_of(finding: Finding, report: Report) -> str | None:
    """The claims file that holds the acknowledgement of a finding, when the report says."""
    claims = [entry for entry in report.files if entry.kind == "claims"]
    if any(entry.path == finding.file for entry in claims):
        return finding.file
    owners = [entry.path for entry in claims if entry.article == finding.file]
    return owners[0] if len(owners) == 1 else None


def _result(finding: Finding, report: Report, rule_index: dict[str, int], indexes: dict[str, int],
            occurrence: int) -> dict[str, Any]:
    result: dict[str, Any] = {"ruleId": finding.code}
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    result["level"] = LEVELS[finding.severity]
    result["message"] = {"text": full_message(finding)}
    result["locations"] = [{"physicalLocation": {"artifactLocation": artifact_location(finding.file, indexes),
                                                 "region": _region(finding)}}]
    if finding.related:
        result["relatedLocations"] = [
            {"id": number,
             "physicalLocation": {"artifactLocation": artifact_location(related.file, indexes),
                                  "region": _region(related)},
             **({"message": {"text": related.message}} if related.message else {})}
            for number, related in enumerate(finding.related, 1)]
    result["partialFingerprints"] = {FINGERPRINT_KEY: f"{fingerprint(finding)}:{occurrence}"}
    if finding.status == "acknowledged":
        suppression: dict[str, Any] = {"kind": "external", "status": "accepted"}
        if finding.acknowledgement is not None:
            suppression["justification"] = finding.acknowledgement.reason
            claims_file = _claims_file_of(finding, report)
            if claims_file is not None and finding.acknowledgement.line is not None:
                suppression["location"] = {"physicalLocation": {
                    "artifactLocation": artifact_location(claims_file, indexes),
                    "region": {"startLine": finding.acknowledgement.line}}}
        result["suppressions"] = [suppression]
    properties: dict[str, Any] = {"name": finding.name, "status": finding.status}
    if finding.claim is not None:
        properties["claim"] = finding.claim
    if finding.suggestions:
        properties["suggestions"] = [s.model_dump(mode="json") for s in finding.suggestions]
    if finding.data:
        properties["data"] = finding.data
    result["properties"] = properties
    return result


def _artifact_paths(report: Report) -> list[str]:
    paths: set[str] = {entry.path for entry in report.files}
    for finding in report.findings:
        paths.add(finding.file)
        paths.update(related.file for related in finding.related)
    return sorted(paths)


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dictionary."""
    checks = all_checks()
    rule_index = {found.code: index for index, found in enumerate(checks)}
    rules = [_rule(c.code, c.name, c.severity.value, c.summary, c.doc) for c in checks]
    analysed = {entry.path for entry in report.files}
    paths = _artifact_paths(report)
    indexes = {path: index for index, path in enumerate(paths)}
    artifacts = [{"location": artifact_location(path),
                  **({"roles": ["analysisTarget"]} if path in analysed else {})} for path in paths]
    seen: dict[str, int] = {}
    results = []
    for finding in report.findings:
        key = fingerprint(finding)
        seen[key] = seen.get(key, 0) + 1
        results.append(_result(finding, report, rule_index, indexes, seen[key]))
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "klaim", "version": __version__, "semanticVersion": __version__,
                            "rules": rules}},
        "invocations": [{"executionSuccessful": all(entry.checked for entry in report.files)}],
        "originalUriBaseIds": {SRCROOT: {"description": {
            "text": "The repository root: the nearest folder whose pyproject.toml has [tool.klaim]."}}},
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    """The SARIF log as deterministic JSON (no timestamps; findings in report order)."""
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2) + "\n"

