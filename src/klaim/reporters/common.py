"""Small helpers the review-tool reporters (SARIF, GitHub, Markdown) share."""

from __future__ import annotations

import re

from klaim.models import Finding

_SECTION = re.compile(r"^##\s+(.+?)\s*$", re.MULTILINE)


def full_message(finding: Finding) -> str:
    """The finding's message with the loader's fix hint (``data.hint``) when there is one."""
    hint = finding.data.get("hint")
    if isinstance(hint, str) and hint:
        return f"{finding.message} (fix: {hint})"
    return finding.message


def doc_section(doc: str, title: str) -> str:
    """The body of the ``## title`` section of a check's docstring ('' when it has none)."""
    headings = list(_SECTION.finditer(doc))
    for index, heading in enumerate(headings):
        if heading.group(1).strip().lower() == title.lower():
            end = headings[index + 1].start() if index + 1 < len(headings) else len(doc)
            return doc[heading.end():end].strip()
    return ""
