"""The JSON report: DESIGN.md's wire format, validated by ``schemas/report.schema.json``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) quotes strings with

from klaim.models import Report


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _indented(value: object, indent: str) -> str:
    """``_dumps(value)`` with ``indent`` after every line break: the value as it stands nested
    that deep in the report.

    The standard library writes indented JSON in Python, a generator per container; a report
    holds two file entries and a few findings per article, so their plain shapes (dicts with
    string keys, lists, strings, whole numbers, booleans, null) are written here, the same way,
    and anything else (a float, a tuple, a non-string key) is left to :func:`_dumps`.
    """
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)  # as json.dumps writes an int
    inner = indent + "  "
    if type(value) is dict and value and all(type(key) is str for key in value):
        items = [f"{inner}{encode_basestring(key)}: {_indented(item, inner)}" for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if type(value) is list and value:
        return "[\n" + ",\n".join([inner + _indented(item, inner) for item in value]) + "\n" + indent + "]"
    return _dumps(value).replace("\n", "\n" + indent)


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
                body = _indented(item.model_dump(mode="json"), "    ")
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
