"""YAML as data: the 1.2 core schema, refused features, limits, and node locations."""

from __future__ import annotations

import pytest

from klaim import yamlload
from klaim.yamlload import YamlError, load_yaml, locate, locate_key


@pytest.mark.parametrize(("text", "expected"), [
    ("a: 2024-06-21", {"a": "2024-06-21"}),
    ("a: no", {"a": "no"}),
    ("a: yes", {"a": "yes"}),
    ("a: on", {"a": "on"}),
    ("a: 1:20", {"a": "1:20"}),
    ("a: true", {"a": True}),
    ("a: null", {"a": None}),
    ("a: ~", {"a": None}),
    ("a: 0o17", {"a": 15}),
    ("a: 0x1f", {"a": 31}),
    ("a: 012", {"a": 12}),
    ("a: 1.5", {"a": 1.5}),
    ("a: .inf", {"a": float("inf")}),
    ("<<: 1", {"<<": 1}),
])
def test_core_schema_resolution(text: str, expected: object) -> None:
    assert load_yaml(text) == expected


@pytest.mark.parametrize(("text", "kind", "line"), [
    ("a: 1\nb: 2\na: 3\n", "duplicate-key", 2),
    ("a: !!binary aGVsbG8=\n", "tag", 0),
    ("a: !!timestamp 2024-01-01\n", "tag", 0),
    ("a: !!set {x}\n", "tag", 0),
    ("a: !local x\n", "tag", 0),
    ("a: !!python/object/apply:os.system [ls]\n", "tag", 0),
    ("a: [1, 2\n", "syntax", 1),
])
def test_refused(text: str, kind: str, line: int) -> None:
    with pytest.raises(YamlError) as raised:
        load_yaml(text)
    assert raised.value.kind == kind
    assert raised.value.line == line


def test_alias_expansion_is_bounded_without_expanding(monkeypatch: pytest.MonkeyPatch) -> None:
    # Nine levels of ten aliases would expand to 10**9 values; the check counts each distinct
    # node once, so it visits a few dozen objects before refusing.
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 9)]
    visited = []
    original = yamlload._check_size

    def counting(document: object, *written: int) -> yamlload.Measure:
        visited.append(document)
        return original(document, *written)

    monkeypatch.setattr(yamlload, "_check_size", counting)
    with pytest.raises(YamlError) as raised:
        load_yaml("\n".join(lines))
    assert raised.value.kind == "limit"
    assert len(visited) == 1


def test_depth_is_bounded() -> None:
    with pytest.raises(YamlError) as raised:
        load_yaml("a: " + "[" * 100 + "]" * 100)
    assert raised.value.kind == "limit"


def test_locate_value_and_key() -> None:
    text = "article: x\nclaims:\n  - id: a-b\n    qoutes: [q]\n"
    span = locate(text, ["claims", 0, "id"])
    assert (span.line, span.column) == (2, 8)
    key = locate_key(text, ["claims", 0, "qoutes"])
    assert (key.line, key.column, text[key.start:key.end]) == (3, 4, "qoutes")
    # A path that runs out points at the nearest existing parent.
    assert locate(text, ["claims", 5]).line == 2
