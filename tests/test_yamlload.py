"""YAML as data: the 1.2 core schema, refused features, limits, and node locations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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


# --- the line reader reads exactly what the full loader reads ---------------------------------

_LINE_SCALARS = [*_PLAIN[:-2], "Joko Halim", "a: b", "a:", "a :", "a:b", "http://x.org/a#b", "a #c", "a#b", "a  ",
                 "-a", "- a", "?a", ":a", "a, b", "[a]", "{a: b}", "[]", "[a, b]", "[a, b,]", "[a, [b]]",
                 "[a: b]", "{a: 1, a: 2}", "{a: x, b: 'y', c: \"z\"}", "{a: , b: c}", "{a}", "[\"a\", 'b''c']",
                 '"a"', '"a', '"a\\"b"', '"a\\/b"', '"\\u00e9\\t"', '"\\ud83d\\ude00"', '"\\udc01"',
                 '"\\x41"', '"a" #c',
                 '"a"#c', '"a" b', "'a'", "'it''s'", "'a", "''", '""', "|", ">-", "&a x", "*a", "!!str x",
                 "%x", "@x", "`x", "...", "---", "a\tb", "x" * 30, "é", "a # b: c", "true #c", "~"]
_LINE_KEYS = ["id", "kind", "a-b", "_x", "true", "null", "1", "a b", "a.b", "é", "id "]


@st.composite
def _block_documents(draw: st.DrawFn) -> str:
    """Block-style documents near the line reader's shape: lines with random indentation,
    dashes, keys and values, blank and comment lines, and a few stray characters."""
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        indent = " " * draw(st.sampled_from([0, 0, 2, 2, 4, 4, 6, 1, 3]))
        dash = draw(st.sampled_from(["", "", "- ", "-  ", "-", "- - "]))
        key = draw(st.sampled_from(_LINE_KEYS)) + ":" if draw(st.booleans()) else ""
        value = draw(st.sampled_from(_LINE_SCALARS)) if not key or draw(st.integers(0, 3)) else ""
        tail = draw(st.sampled_from(["", "", "", " # note", "#x", "  "]))
        sep = " " if key and value else ""
        lines.append(draw(st.sampled_from([f"{indent}{dash}{key}{sep}{value}{tail}", "", "# c", "  # c", "---",
                                           f"{indent}{dash}{key}{sep}{value}{tail}"])))
    end = draw(st.sampled_from(["\n", "", "\n\n", "\r\n", "\n\t"]))
    return "\n".join(lines) + end


@st.composite
def _block_trees(draw: st.DrawFn) -> str:
    """Block-style documents written from a random tree (mappings, sequences, indentless and
    compact sequences, comments, values from the tricky list), then perhaps one line moved or
    replaced: mostly documents the line reader reads, and their near misses."""
    lines: list[str] = []

    def value() -> str:
        return draw(st.sampled_from(_LINE_SCALARS)) if draw(st.integers(0, 2)) else draw(st.sampled_from(_PLAIN[:-2]))

    def collection(indent: int, depth: int, lead: str = "") -> None:
        # ``lead`` is what the first line starts with ("- " of a compact entry) in place of indentation.
        step = draw(st.sampled_from([2, 2, 4, 1]))
        first = lead or " " * indent
        rest = " " * (indent + len(lead)) if lead else " " * indent
        if draw(st.booleans()):
            keys = draw(st.lists(st.sampled_from(_LINE_KEYS[:5]), min_size=1, max_size=3, unique=True))
            for at, key in enumerate(keys):
                head = (first if at == 0 else rest) + key + ":"
                kinds = ["value", "value", "map", "seq", "indentless", "none"] if depth < 3 else ["value"]
                kind = draw(st.sampled_from(kinds))
                if kind == "value":
                    lines.append(f"{head} {value()}" + draw(st.sampled_from(["", "", " # c"])))
                elif kind == "none":
                    lines.append(head)
                else:
                    lines.append(head + draw(st.sampled_from(["", "", "  # c"])))
                    width = len(rest)
                    if kind == "indentless":
                        sequence(width, depth + 1)
                    elif kind == "seq":
                        sequence(width + step, depth + 1)
                    else:
                        collection(width + step, depth + 1)
        else:
            sequence(indent, depth, first)

    def sequence(indent: int, depth: int, first: str = "") -> None:
        for at in range(draw(st.integers(1, 3))):
            dash = (first if at == 0 and first else " " * indent) + draw(st.sampled_from(["- ", "- ", "-   "]))
            kind = draw(st.sampled_from(["value", "value", "compact", "below", "none"])) if depth < 3 else "value"
            if kind == "value":
                lines.append(dash + value())
            elif kind == "compact":
                collection(0, depth + 1, dash)
            elif kind == "none":
                lines.append(dash.rstrip())
            else:
                lines.append(dash.rstrip())
                collection(len(dash), depth + 1)
            if draw(st.integers(0, 5)) == 0:
                lines.append(" " * draw(st.integers(0, 6)) + "# comment")

    collection(0, 0)
    if draw(st.integers(0, 2)) == 0:
        at = draw(st.integers(0, len(lines) - 1))
        change = draw(st.sampled_from(["indent", "dedent", "replace", "insert"]))
        if change == "indent":
            lines[at] = " " * draw(st.integers(1, 3)) + lines[at]
        elif change == "dedent":
            lines[at] = lines[at][draw(st.integers(1, 2)):]
        elif change == "replace":
            lines[at] = " " * draw(st.integers(0, 4)) + value()
        else:
            lines.insert(at, " " * draw(st.integers(0, 6)) + draw(st.sampled_from([value(), "", "---", "- x", "k: v"])))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


def _line_outcome(text: str) -> tuple[str, object] | None:
    try:
        return "data", repr(yamlload._load_lines(text))
    except yamlload._Fallback:
        return None


@given(_block_documents() | _block_trees())
@settings(max_examples=3000, deadline=None, derandomize=True)
def test_line_reader_agrees_with_the_full_loader(text: str) -> None:
    # Whatever the line reader reads, the full loader reads the same (an error there means the
    # line reader must have declined).
    lines = _line_outcome(text)
    if lines is not None:
        assert lines == _outcome(yamlload._load_full, text)


@given(st.recursive(st.sampled_from(_PLAIN) | st.text(max_size=12),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.from_regex(r"[a-z_][a-z0-9_-]{0,6}", fullmatch=True), inner, max_size=4),
                    max_leaves=12),
       st.sampled_from([False, None]), st.sampled_from([2, 4]))
@settings(max_examples=400, deadline=None, derandomize=True)
def test_line_reader_reads_what_pyyaml_writes(data: object, flow_style: bool | None, indent: int) -> None:
    text = yaml.safe_dump({"root": data}, default_flow_style=flow_style, indent=indent, allow_unicode=True,
                          width=10**6)
    lines = _line_outcome(text)
    if lines is not None:
        assert lines == _outcome(yamlload._load_full, text)


def test_line_reader_reads_claims_files_and_declines_the_rest() -> None:
    text = ("# a comment\narticle: ../seeds/x.txt\nlang: id\nclaims:\n- id: a-b   # trailing\n  kind: quote\n"
            "  speaker: {name: \"Joko Halim\", role: 'Kepala ''Dinas'''}\n  quotes: [\"siap\", kata]\n"
            "  said_on: \"2024-06-21\"\n  anchor:\n    exact: \"kata \\\"dia\\\"\"\n  sources:\n"
            "    - {kind: article}\n    -\n      kind: url\n      url: http://x.org/a#b\n  n: 0x1f\n  t: true\n"
            "  e: ~\n  empty:\nacknowledged: []\n")
    expected = {"article": "../seeds/x.txt", "lang": "id", "claims": [{
        "id": "a-b", "kind": "quote", "speaker": {"name": "Joko Halim", "role": "Kepala 'Dinas'"},
        "quotes": ["siap", "kata"], "said_on": "2024-06-21", "anchor": {"exact": 'kata "dia"'},
        "sources": [{"kind": "article"}, {"kind": "url", "url": "http://x.org/a#b"}], "n": 31, "t": True,
        "e": None, "empty": None}], "acknowledged": []}
    assert yamlload._load_lines(text) == expected == yamlload._load_full(text)
    commented = "a: \"x\"  # c\nb: 'y' #d\nc: [1, 2] # e\nd: e #f\n"
    assert yamlload._load_lines(commented) == {"a": "x", "b": "y", "c": [1, 2], "d": "e"}
    for shipped in sorted((Path(__file__).parents[1] / "claims").glob("*.yaml")):
        shipped_text = shipped.read_text(encoding="utf-8")
        assert yamlload._load_lines(shipped_text) == yamlload._load_full(shipped_text)
    for declined in ["a: 1\na: 2\n", "a: |\n  x\n", "a: b\n  c\n", "a: &x 1\n", "a: \"x\n  y\"\n", "--- \na: 1\n",
                     "a: 1\r\n", "a:\tb\n", "a: [1,\n  2]\n", "- - a\n", "true: 1\n", "x\n", "a: b: c\n",
                     '- "/l\\udc01"\n', "a: [\"\\ud800\"]\n"]:
        with pytest.raises(yamlload._Fallback):
            yamlload._load_lines(declined)


def test_line_reader_leaves_an_over_long_integer_to_the_full_loader() -> None:
    with pytest.raises(yamlload._Fallback):
        yamlload._load_lines("a: " + "9" * 5000 + "\n")
    with pytest.raises(YamlError):
        load_yaml("a: " + "9" * 5000 + "\n")


@given(st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,6}", fullmatch=True))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_line_reader_knows_which_keys_are_not_strings(key: str) -> None:
    for word in (key, *yamlload._NOT_STRING_KEYS):
        assert (yamlload._resolve_plain(word).__class__ is str) == (word not in yamlload._NOT_STRING_KEYS)


@pytest.mark.parametrize("text", [
    "\n".join(" " * (2 * i) + "- k:" for i in range(33)),  # "- key:" entries, each a level
    "\n".join(" " * (2 * i) + "- k:" for i in range(32)) + " [x]",
    "k:\n" + "\n".join(" " * (2 * i) + "- k:" for i in range(33)),  # sequences at their key's indentation
    "\n".join(" " * (2 * i) + "- k:" for i in range(340)),  # deeper than Python's recursion allows here
])
def test_line_reader_counts_every_level_it_enters(text: str) -> None:
    # Found by an adversarial review: levels entered as "- key:" or as a sequence at its key's
    # indentation were not counted, so a too-deep document was read as data (or overflowed).
    with pytest.raises(yamlload._Fallback):
        yamlload._load_lines(text)
    assert _outcome(load_yaml, text) == _outcome(yamlload._load_full, text)
