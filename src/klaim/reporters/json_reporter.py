"""The JSON report: DESIGN.md's wire format, validated by ``schemas/report.schema.json``."""

from __future__ import annotations

import json
from collections.abc import Iterator

from klaim.models import Report


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def chunks(report: Report) -> Iterator[str]:
    """The report's text in pieces, one file entry or finding at a time, so that a spooled
    report is never in memory whole. The pieces join to exactly what ``json.dumps`` gives for
    the whole report (``render``); a test holds the two equal."""
    yield "{\n"
    fields = list(type(report).model_fields)
    for position, name in enumerate(fields):
        value = getattr(report, name)
        yield f"  {_dumps(name)}: "
        if name in ("files", "findings") and len(value):
            yield "["
            for index, item in enumerate(value):
                body = _dumps(item.model_dump(mode="json")).replace("\n", "\n    ")
                yield f"{',' if index else ''}\n    {body}"
            yield "\n  ]"
        elif name in ("files", "findings"):
            yield "[]"
        else:
            plain = value.model_dump(mode="json") if hasattr(value, "model_dump") else value
            yield _dumps(plain).replace("\n", "\n  ")
        yield ",\n" if position < len(fields) - 1 else "\n"
    yield "}\n"


def render(report: Report) -> str:
    """Deterministic JSON: findings already sorted, keys in model order, UTF-8 kept."""
    return "".join(chunks(report))
