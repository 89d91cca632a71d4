"""The committed JSON Schemas, generated from the pydantic models."""

from __future__ import annotations

import json
from typing import Any

from klaim.models import ClaimFile, Report

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMAS: dict[str, type[ClaimFile] | type[Report]] = {
    "claims.schema.json": ClaimFile,
    "report.schema.json": Report,
}


def generate(name: str) -> dict[str, Any]:
    """The JSON Schema (2020-12) of one model, with ``$schema`` first."""
    model = SCHEMAS[name]
    schema = model.model_json_schema(mode="validation" if model is ClaimFile else "serialization")
    return {"$schema": DIALECT, **schema}


def render(name: str) -> str:
    """The schema file's exact text (stable key order, trailing newline)."""
    return json.dumps(generate(name), indent=2, ensure_ascii=False) + "\n"
