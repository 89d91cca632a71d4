"""YAML as data: the 1.2 core schema, refused features, limits, and node locations."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

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
    ("a: 1\nb: !!bool null\n", "tag", 1),  # a core tag on a value it cannot describe
    ("a: !!map [x]\n", "tag", 0),
    ("a: !!str {x: 1}\n", "tag", 0),
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


# --- the fast path reads exactly what the full loader reads -----------------------------------

_PLAIN = ["true", "True", "TRUE", "tRue", "false", "null", "Null", "~", "", "yes", "no", "on", "0o17", "0o8",
          "0x1F", "0xg", "012", "-0", "+12", "1_000", "1.5", "-.5", "5.", "+1.5e3", "1e3", ".inf", "-.Inf",
          ".NaN", ".nan", "-", ".", "+", "2024-06-21", "1:20", "<<", "Joko Halim", "x" * 5]
_TAGS = ["", "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!binary ", "!local ", "! ", "!!map ",
         "!!seq ", "!!merge "]


@st.composite
def _yaml_values(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["plain", "quoted", "alias", "map", "seq"] if depth < 3 else ["plain", "quoted"]))
    tag = draw(st.sampled_from(_TAGS)) if draw(st.integers(0, 5)) == 0 else ""
    anchor = f"&a{draw(st.integers(0, 2))} " if draw(st.integers(0, 4)) == 0 else ""
    if kind == "plain":
        value = draw(st.sampled_from(_PLAIN))
        return f"{anchor}{tag}{value}" if value or tag or anchor else "''"
    if kind == "quoted":
        return f'{anchor}{tag}"{draw(st.sampled_from(_PLAIN))}"'
    if kind == "alias":
        return f"*a{draw(st.integers(0, 2))}"
    items = draw(st.lists(_yaml_values(depth + 1), max_size=4))
    if kind == "seq":
        return f"{anchor}{tag}[{', '.join(items)}]"
    keys = draw(st.lists(st.sampled_from(["a", "b", "1", "true", "~", "1.0", "[x]", "*a0", "<<"]),
                         min_size=len(items), max_size=len(items)))
    return f"{anchor}{tag}{{{', '.join(f'{k}: {v}' for k, v in zip(keys, items, strict=True))}}}"


def _outcome(read: Callable[[str], object], text: str) -> tuple[str, object]:
    try:
        return "data", repr(read(text))
    except YamlError as error:
        return "error", (error.kind, error.index, error.line, error.column, error.data)


@given(_yaml_values())
@settings(max_examples=400, deadline=None, derandomize=True)
def test_fast_path_agrees_with_the_full_loader(text: str) -> None:
    # Whatever the fast path reads, it reads as the full loader (plus the size check) does, and
    # what it declines reaches the full loader: load_yaml is always the full loader's outcome.
    full = _outcome(yamlload._load_full, text)
    try:
        fast = ("data", repr(yamlload._load_fast(text)))
    except yamlload._Fallback:
        fast = None
    if fast is not None:
        assert fast == full
    assert _outcome(load_yaml, text) == full


def test_fast_path_reads_a_claims_file_and_declines_what_it_leaves_to_the_full_loader() -> None:
    text = "article: x\nclaims:\n  - {id: a, n: 0x1f, ok: true, none: ~, when: 2024-06-21, f: -.inf}\n"
    assert yamlload._load_fast(text) == load_yaml(text)
    for declined in ["a: 1\na: 2\n", "a: !!int '3'\n", "a: &x [*x]\n", "? [k]\n: v\n", "a: [1\n"]:
        with pytest.raises(yamlload._Fallback):
            yamlload._load_fast(declined)


def _node(text: str) -> yaml.Node | None:
    loader = yamlload._NodeLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _built(build: Callable[[], object]) -> tuple[str, object]:
    try:
        return "data", repr(build())
    except yamlload._Fallback:
        return "declined", None


@given(_yaml_values(), st.sampled_from([0, 3, 10, 10**9]))
@settings(max_examples=400, deadline=None, derandomize=True)
def test_the_tree_builder_reads_an_alias_free_document_as_the_node_builder_does(text: str, max_chars: int) -> None:
    # Without a "*" no node is met twice: the tree builder gives the same data, and declines the
    # same documents (a limit included), as the builder that remembers every node it built.
    assume("*" not in text)
    try:
        root = _node(text)
    except yaml.YAMLError:
        return  # the full loader reports it
    assume(root is not None)
    assert root is not None
    tree = _built(lambda: yamlload._TreeBuilder.load(root, max_chars))
    assert tree == _built(lambda: yamlload._Builder(max_chars).build(root, 0)[0])


@pytest.mark.parametrize(("text", "fits"), [("[1, 2, 3, 4, 5, 6, 7, 8, 9]", True),
                                            ("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]", False),
                                            ("{a: [1, 2, 3], c: {d: x}}", True),  # ten nodes, keys included
                                            ("{a: [1, 2, 3, 4], c: {d: x}}", False)])
def test_both_builders_count_nodes_alike(monkeypatch: pytest.MonkeyPatch, text: str, fits: bool) -> None:
    monkeypatch.setattr(yamlload, "MAX_NODES", 10)
    root = _node(text)
    assert root is not None
    for build in (lambda: yamlload._TreeBuilder.load(root, 10**9),
                  lambda: yamlload._Builder(10**9).build(root, 0)[0]):
        assert (_built(build)[0] == "data") is fits
