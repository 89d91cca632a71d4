"""The JSON report: DESIGN.md's wire format, validated by ``schemas/report.schema.json``."""

from __future__ import annotations

import json

from klaim.models import Report


def render(report: Report) -> str:
    """Deterministic JSON: findings already sorted, keys in model order, UTF-8 kept."""
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
